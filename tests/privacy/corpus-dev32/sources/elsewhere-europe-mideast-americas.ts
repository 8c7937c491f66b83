import type { SourceItem } from "../../corpus/types.ts";

/** Ireland, the Netherlands, Jordan, Lebanon and Guatemala. */
export const EUROPE_MIDEAST_AMERICAS: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "home adaptations",
    role: "occupational therapist",
    text: `
Notes from a housing adaptation grant visit in Connemara, tidied up for my CPD portfolio.

⟦NAME|Mrs Nóra Ní Fhlatharta⟧, MS for twenty years, now uses a power chair indoors. Her cottage at ⟦ADDRESS|Baile na hAbhann, Co. na Gaillimhe, H91 XK7T⟧ has a step at every door and a bathroom the size of a wardrobe. Her husband ⟦NAME|Pádraig⟧ built a wooden ramp at the front himself, which is lovely and also 1 in 5.

The council grant covers a ramp, a level-access shower and widening two doors. What it doesn't cover is what she actually asked for first: a way to get to the turf shed and the hens. "Sure what's the point of a shower if I can't go out to my own yard?"

We redesigned the back access so the path to the hens is the priority and the shower comes second, which meant a separate application and another six months. My team lead, Aoife, was wary of the delay but backed it.

Reflection: grant categories shape what we recommend, and I nearly let them shape what I heard. Go raibh maith agat, a ⟦NAME|Nóra⟧, for being stubborn.
`,
  },
  {
    id: "ie-what-002",
    setting: "acquired brain injury",
    role: "medical student",
    text: `
**What?** On my neurology placement in Dublin I joined a community acquired brain injury team for a week. They see people months or years after discharge, when the hospital has forgotten them and the family is exhausted.

**So what?** The difficulties that mattered were almost invisible in hospital: fatigue, irritability, losing friends, not being able to follow a conversation in a pub. One man said he had "passed" every test in hospital and then lost his job in a month. The case manager, Declan, spends more time with employers and social welfare than with doctors.

**Now what?** I want to remember that a normal MoCA does not mean a normal life. I am reading Headway Ireland's material on fatigue, and the Glasgow Outcome Scale-Extended, which at least asks about work and social life. If I end up in neurology, I will ask patients at follow-up about their friendships, not just their seizures.
`,
  },
  {
    id: "ie-comment-003",
    setting: "home adaptations",
    role: "occupational therapist",
    text: `
Lovely reflection and the hens are a great example of priorities. Just a note from someone who works in a small county: the Eircode in your notes points to a single house, and the Irish name plus MS plus Connemara is enough for locals. I'd take both out before this goes in any shared portfolio.
`,
  },
  {
    id: "nl-free-001",
    setting: "amputee rehabilitation",
    role: "rehabilitation physician trainee",
    text: `
Mijn eerste week op de amputatieafdeling, and the first patient who really challenged me.

⟦NAME|Meneer Van der Berg⟧ — ⟦NAME|Henk⟧ to everyone — had a transfemoral amputation after a failed bypass. He was in ⟦FACILITY_ROOM|kamer 14 op afdeling B2 van Rijndam⟧ and had decided, on day two, that he would not walk again and wanted to go home with a wheelchair. He had cycled everywhere his whole life, like every Dutchman, and walking with a prosthesis seemed to him a poor substitute.

My supervisor, dr. Jansen, didn't argue. She asked what ⟦NAME|Henk⟧ would miss most. "Fietsen." Cycling. She showed him a video of a man with a transfemoral amputation on an adapted tricycle, and then a hand bike. He watched it three times.

He is now doing gait training, mostly so he can get onto the tricycle safely. His goal is the Kralingse Plas in spring.

What I learned: the goal is the patient's, and our job is to find the route. Sometimes the route is not walking, and that's fine.
`,
  },
  {
    id: "nl-gibbs-002",
    setting: "learning disability services",
    role: "physician for people with intellectual disabilities trainee",
    text: `
**Description.** As an AVG (arts voor verstandelijk gehandicapten) trainee, I saw a woman in her fifties with a severe intellectual disability and no speech whose behaviour had changed: she was hitting herself on the jaw.

**Feelings.** The care staff had already decided it was "gedrag" — behaviour — and wanted medication. I felt pressured to go along.

**Evaluation.** We did a full medical review first, as my supervisor Marieke insisted. Her dental exam under sedation showed two abscessed molars.

**Analysis.** Diagnostic overshadowing, where symptoms get attributed to the disability, is well described. People without speech express pain through behaviour. The Dutch guideline on problem behaviour puts somatic assessment first for exactly this reason, and I had read it, but under pressure I nearly skipped it.

**Conclusion.** "Behaviour" is a description, not a diagnosis.

**Action plan.** Use a pain scale designed for people with intellectual disability, like the REPOS, and ask for a dental check every time behaviour changes. I am also going to present this case, anonymised, at our team meeting.
`,
  },
  {
    id: "nl-free-003",
    setting: "wheelchair and seating clinic",
    role: "physiotherapist",
    text: `
A short reflection on a long argument.

In our seating clinic we debated whether to recommend a power wheelchair for a teenage boy with Duchenne muscular dystrophy who still walks short distances. His parents were against it: they feared he would stop walking sooner. The boy wanted it because he could not keep up with his friends.

I used to think the physio answer was always "keep walking as long as possible". Then our OT, Sanne, showed me the current thinking: for boys with Duchenne, early powered mobility supports participation without clearly speeding loss of walking, and energy conservation matters. The boy's quality of life is not just his step count.

We recommended the chair for distances, with walking continued at home and school. The parents agreed to a trial. In the follow-up session the boy said he went to the football with his friends for the first time in a year.

I now try to ask "what do you want to take part in?" before "how far can you walk?"
`,
  },
  {
    id: "jo-free-001",
    setting: "refugee camp rehabilitation",
    role: "physiotherapist",
    text: `
Working in Zaatari with a humanitarian rehab team, week three.

⟦NAME|Abu Khaled⟧ — his name is ⟦NAME|Khaled Al-Hariri⟧ but he's called by his son's name — has a spinal cord injury from shrapnel during the war and lives in ⟦LOCATION|District 6, Block 3, the caravan with the painted olive tree on the door⟧. His UNHCR case number, ⟦ID|945-15C48211⟧, is what we use to log every visit.

His caravan is on a slope and the gravel path makes wheeling impossible in winter mud. He had not left it for two months when we first visited. The pressure sore on his sacrum was the size of my palm.

We treated the sore, trained his wife in turning and wound care, and worked with the shelter team to pour a concrete path to the main road. The first day the path was dry he went to the mosque for Friday prayer. He said "alhamdulillah, I am a person again".

Rehabilitation in a camp is mostly about the environment. I'm learning to see gravel as a clinical problem.
`,
  },
  {
    id: "jo-what-002",
    setting: "prosthetics",
    role: "prosthetist",
    text: `
**What?** In our prosthetics workshop in Amman, most of the patients are Syrian and Iraqi refugees with blast and gunshot injuries, and many are children who need new limbs every year as they grow.

**So what?** Our funding is project-based, and projects end. I had a boy on my list whose socket was too small, and the project that funded his limb had closed two months earlier. My supervisor, Rami, said we will make it anyway and find the money later. I had not realised how much of the work here depends on people bending rules.

**Now what?** I've started a simple register of children who will need a new socket in the next year, by age and growth, so we can plan funding before each child outgrows a limb rather than after. I'm also learning the Arabic words for pain, pressure and rubbing, because children describe fit better than any measurement. "Biwajja'ni hon" — it hurts here — is the most useful sentence I know.
`,
  },
  {
    id: "jo-comment-003",
    setting: "refugee camp rehabilitation",
    role: "community health volunteer",
    text: `
Shukran for writing this. I'm a volunteer in the same district. Please remove his case number and the olive tree — everyone in District 6 knows that caravan. Also his son ⟦NAME|Khaled junior⟧ told me he's already seen this post on Facebook. People here are worried about who reads about them online.
`,
  },
  {
    id: "lb-free-001",
    setting: "trauma rehabilitation",
    role: "physical medicine resident",
    text: `
Two years on, I'm still thinking about the patients from the port explosion.

⟦NAME|Rita⟧ was a waitress in a café in Gemmayzeh when the blast hit on ⟦DATE|4 August⟧. Glass injuries everywhere, and a brachial plexus injury on her right side that left her with a flail arm. She came to our rehab unit in the autumn, when the hospital was also running on generators because of the electricity crisis.

She did nerve transfer surgery, months of therapy, a hand splint that she decorated with stickers. Her goal was to make coffee again, ahwe, the proper way, in a rakweh on the stove.

The day she managed it, in the OT kitchen, using her left hand and her right as a helper, she cried and made everyone in the department a cup. It was terrible coffee. We all drank it.

What I learned from that year: rehab continues while a country collapses around it. The staff were unpaid for months and still came. I'm not sure I'd have been that strong.
`,
  },
  {
    id: "lb-free-002",
    setting: "autism services",
    role: "speech therapist",
    text: `
I run a small parent group for families of autistic children in Beirut, and this week one mother said something that I keep thinking about: "In our culture, the family hides the child, and then the family is blamed for hiding the child."

Stigma in Lebanon is real, and the families who come to us are often the ones who have pushed through it. They speak Arabic, French and English at home, and a common worry is whether to drop one language to "help" the child. I used to say yes. The research says no: bilingual autistic children do not have worse language outcomes, and dropping the home language can cut the child off from grandparents.

We now support families to keep their languages. One father said "Alhamdulillah, my mother can still talk to him."

My reflection: advice that sounds sensible can carry cultural loss. I'm going to check my advice against evidence more often, especially when it asks families to give something up.
`,
  },
  {
    id: "lb-what-003",
    setting: "community-based rehabilitation",
    role: "occupational therapist",
    text: `
**What?** I joined a mobile rehab team visiting older people with disabilities in villages in the Bekaa during the economic crisis. Many had had strokes years ago and had never seen a therapist.

**So what?** Equipment was the biggest barrier. Walking frames and commodes were unaffordable after the currency collapse, and the few donated ones went to whoever heard first. We found walking frames in people's storerooms from relatives who had died, and redistributed them with the families' blessing. I felt awkward asking the question, but people were generous.

**Now what?** We started a small equipment loan library in the municipality office with help from the local council. I'm learning to think of equipment as a community resource, not an individual prescription. I'm also reading the WHO assistive technology report (2022), which confirmed that nearly a billion people lack the devices they need. In the Bekaa that number has faces.
`,
  },
  {
    id: "gt-free-001",
    setting: "community-based rehabilitation",
    role: "medical student",
    text: `
Mi rotación rural in the western highlands, with a community rehab promoter named Don Chepe, who has been doing this for twenty years.

We walked up to ⟦LOCATION|the aldea of Xecaracoj, the house above the evangelical church with the blue tin roof⟧ to see ⟦NAME|Doña Rosalía Tzunún⟧, who had a stroke last year. Her DPI, ⟦ID|2489 41725 0901⟧, was needed for the municipal disability register, and her daughter ⟦NAME|Marta⟧ brought it out of a plastic bag wrapped in a huipil.

She has a right hemiparesis and a frozen shoulder. She had been weaving until the stroke, and weaving is what she wants back. Her backstrap loom needs two hands and her body as the frame. Don Chepe suggested she sit against the wall with a cushion, tie the loom higher, and use her left hand for the weft while her right hand just holds.

She wove three rows while we watched. Slowly, but three rows.

I had brought a list of exercises. Don Chepe brought the loom. I'm learning that the most meaningful rehabilitation is the work the person already knows.
`,
  },
  {
    id: "gt-what-002",
    setting: "cerebral palsy services",
    role: "physiotherapist",
    text: `
**What?** I volunteered for a month with a small NGO in Antigua Guatemala that runs therapy for children with cerebral palsy. Most families come from far away, and many mothers are raising their children alone because the fathers migrated north.

**So what?** The mothers carry their children for hours on buses and on their backs, often teenagers who are too heavy. Their own backs are damaged. The therapy plan focused on the child, never on the mother. Our coordinator, Lucía, said the best thing we can do is give the mother a way to move her child safely.

**Now what?** We ran a session on lifting and carrying for mothers only, and made simple adapted slings. We also helped two families apply for wheelchairs through a local donation programme. I'm learning that the "patient" in paediatric rehab is the whole family, and that caregiver health is part of the plan, not a side issue. Next time I'll start with the mother's back.
`,
  },
  {
    id: "gt-free-003",
    setting: "spinal cord injury rehabilitation",
    role: "rehabilitation physician",
    text: `
Reflexión, for my residents.

⟦NAME|Byron⟧ is 19, from ⟦LOCATION|the colonia behind the Terminal market in zona 4, the house with the Rojos flag⟧, and was shot in the back during a robbery. T8 complete. He came to our rehab centre angry and silent, and his mother called him "mi pobre niño" in front of everyone, which made him angrier.

What changed him was another patient: a man with the same injury, ten years on, who works as a wheelchair mechanic and came to fix ⟦NAME|Byron⟧'s chair. They talked about football and pandillas and girls, and the mechanic showed him how to pop a wheelie.

His mother's number, ⟦PHONE|+502 5555 0183⟧, is in our peer mentor programme file now, because she wants to join the parents' group.

Peer mentoring is not optional in spinal cord injury rehab. It does what we can't.
`,
  },
];
