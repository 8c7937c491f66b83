import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "spinal cord injury rehabilitation",
    role: "PM&R resident",
    text: `
Six weeks with ⟦NAME|Marcus "Tank" Delahoya⟧ and I think I learned more from him than from the whole SCI didactic block.

T6 ASIA A after a dirt-bike crash. He was in ⟦FACILITY_ROOM|room 412 at Craig Hospital⟧ for most of the fall, the room with the Broncos flag over the bed. He called me "Doc Junior" and made a point of asking me every morning whether I'd done my own bowel program, which, fair.

What I learned clinically: autonomic dysreflexia is not a textbook emergency, it's a Tuesday. The first time his BP hit 190/110 and he got that pounding headache, I froze for about four seconds before sitting him up, loosening his leg bag strap and checking the catheter. Kinked tubing. BP was down in ten minutes and he said "see, Junior, you're a natural."

What I learned otherwise: his cousin set up ⟦URL|https://www.gofundme.com/f/get-tank-back-on-wheels⟧ for a lighter manual chair and a hand-control conversion for his truck, and it raised more than his insurance paid for durable medical equipment. That says something about the system I'm training in that I haven't finished thinking about.

Dr. Halvorsen says the best SCI docs are the ones who stay curious about what patients do after discharge. I'm trying.
`,
  },
  {
    id: "us-what-002",
    setting: "spinal cord injury rehabilitation",
    role: "PM&R resident",
    text: `
**What?** I taught the ISNCSCI exam to two third-year students this week and realized halfway through that I couldn't explain why we test light touch and pinprick separately. I knew the rule, not the reason.

**So what?** Dr. Lindqvist filled the gap afterwards: dorsal columns versus spinothalamic tracts, and why sacral sparing decides complete versus incomplete. It's the whole logic of Brown-Séquard and central cord patterns, and I'd been reciting it without picturing the cord. Teaching exposed that. It also made me realize how often we document "ASIA B" on a rounds note without anyone checking the S4-5 exam was actually done.

**Now what?** I've made a one-page cross-section diagram for the students, with the tracts colored, and I'm going to re-watch the ASIA e-learning modules before the next cohort. I also want to audit how many of our admission exams document a rectal exam at all. Small project, but it's the difference between telling a family "complete" and "incomplete", and that changes the conversation about walking. Baclofen and tizanidine doses I can look up; the reasoning I need to own.
`,
  },
  {
    id: "us-free-003",
    setting: "disability benefits advocacy",
    role: "medical social worker",
    text: `
I am writing this partly as a confession.

I was helping ⟦NAME|Mr. Wilson Begay⟧, a former sheep rancher with bilateral below-knee amputations from diabetes, with his SSDI application. He lives at ⟦LOCATION|the end of the dirt road past the Tsaile chapter house, the hogan with the blue door⟧ and has no internet, so we filled the forms in clinic. I wrote his SSN, ⟦ID|078-05-1120⟧, and his daughter's cell, ⟦PHONE|(928) 555-0162⟧, onto a sticky note so I could copy them across, then left the note on the shared workstation over lunch.

Nothing came of it, as far as I know. But when I came back, a colleague had put it face down with a pen on top, and she didn't say anything, and that silence was the lesson.

The wider reflection: disability benefits systems assume applicants have addresses, broadband and a printer. He has none, lives ninety minutes from the nearest Social Security office, and his prosthetic appointments alone eat two days a month. The paperwork is its own disability.

I now keep a locked folder for anything with identifiers, and I shred at the end of every session. Small fix, but it's mine.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "cerebral palsy clinic",
    role: "occupational therapy student",
    text: `
**Description:** Fieldwork II in a multidisciplinary cerebral palsy clinic. A seven-year-old, GMFCS level III, came in for botulinum toxin injections to her gastrocnemius and hamstrings, followed by serial casting. My supervisor, Renata, asked me to run the pre-injection play session.

**Feelings:** Nervous. I'd practiced on dolls. Children who have had a lot of needles don't trust people in scrubs, and she took one look at me and hid behind her dad.

**Evaluation:** What worked was letting her "inject" the therapy bear first with a capless syringe while Dr. Okonkwo drew up the dose, about 4 units/kg per muscle group. What didn't work was my plan: I had a whole sequence of fine-motor activities and she wanted to color for the full twenty minutes.

**Analysis:** I read afterwards about child-life approaches to procedural anxiety. Choice and control are what the child lacks in a procedure, so giving her choices about everything else matters. My sequence took those away.

**Conclusion:** The plan was for me. The coloring was for her.

**Action plan:** Go in with two options, not a program. Learn the Gross Motor Function Measure properly before next week, and ask the family what she likes before we meet, not during.
`,
  },
  {
    id: "us-comment-005",
    setting: "spinal cord injury rehabilitation",
    role: "peer mentor",
    text: `
Love this! And he's killing it now btw — he posts his whole transfer-to-truck routine on TikTok as ⟦OTHER|@tank_rolls_on⟧, like forty thousand followers. Tell your students to watch the one where he loads the chair one-handed. Better teaching than any PT video I've seen, no offense to the PTs.
`,
  },
  {
    id: "us-free-006",
    setting: "veterans' brain injury clinic",
    role: "neuropsychology intern",
    text: `
One of my first long-term clients at the VA polytrauma clinic was an Army veteran with a blast TBI from 2011 and a programmable VP shunt placed after post-traumatic hydrocephalus. I'll call him by the name on his intake sheet, ⟦NAME|Sgt. Raymond Ocasio⟧, because that is the name he insists on.

His intake packet, which I copied into my supervision notes before I knew better, had his MRN ⟦ID|V-00482917⟧, his DOB ⟦DATE|03/14/1979⟧ and the valve serial, ⟦DEVICE|PSV-2207-88431⟧, because neurosurgery needed us to check it after every MRI. I've since scrubbed my notes.

Clinically, I was struck by how much of his difficulty was not memory but initiation. On the RBANS he scored in the low-average range, which didn't match his wife's description of a man who would sit in the truck for an hour without starting it. Dr. Feldman explained executive dysfunction to me with a metaphor about an orchestra without a conductor, and it stuck.

We set up a structured day with phone alarms and a whiteboard, and practiced starting tasks rather than finishing them. He says the alarms "nag like a drill sergeant" and that's why they work.

I'm learning that tests measure the instrument, and the family tells you about the music.
`,
  },
  {
    id: "us-what-007",
    setting: "prosthetics",
    role: "prosthetics resident",
    text: `
**What?** I sat in on a Medicare K-level justification meeting for a man with a transfemoral amputation who wanted a microprocessor knee. He was a K2 on paper, K3 in real life: he walks his dog on uneven ground every day but had done his Amputee Mobility Predictor assessment on a bad day with a socket that pinched.

**So what?** K-levels decide what Medicare will pay for. The L-codes (L5856 for the knee, for example) follow the K-level, and the K-level follows one clinician's observation. I hadn't appreciated how much of a person's future mobility depends on a fifteen-minute test and how it's documented. My supervisor, Marisol, says the documentation is part of the prosthesis.

**Now what?** We re-assessed with a refitted socket and he scored clearly as K3. I'm going to read the AOPA documentation guidance and practice writing justification letters that describe function in the patient's own environment, not just clinic scores. I've also been watching Paralympian Tatyana McFadden's interviews about equipment access, which put the funding fight in a longer frame.
`,
  },
  {
    id: "us-free-008",
    setting: "ALS home visit",
    role: "speech-language pathologist",
    text: `
Home visit notes I should not have written this way — reflection attached.

Client: ⟦NAME|Linda Kowalczyk⟧, bulbar-onset ALS, dx 2022. Home: ⟦ADDRESS|2218 Oakhurst Drive, Parma, OH 44134⟧. Her eye-gaze device (serial ⟦DEVICE|TD-I16-0081923⟧) kept dropping its connection to the vendor's remote support, and the tech on the phone asked us for the tablet's IP, which her husband ⟦NAME|Stan⟧ read out as ⟦IP|198.51.100.27⟧. I typed all of this into my notes app so I could forward it to our AT specialist.

Reflection: I was so focused on getting her voice back online that I treated the details as logistics rather than identifiers. The notes app syncs to my personal cloud. I've deleted it and written a proper encrypted referral instead.

The clinical part, which matters more: we had banked her voice a year ago with a message-banking program, and hearing "her" voice come out of the device again made Stan leave the room. When he came back he said "that's the first time she's told me off in months." She laughed, with her eyes.

AAC isn't equipment. It's the marriage continuing.
`,
  },
  {
    id: "us-comment-009",
    setting: "ALS home visit",
    role: "assistive technology specialist",
    text: `
Thank you for owning this so openly. One more thing to check: the photo in your post shows the device screen, and the vendor's support ticket number and her home Wi-Fi network name are readable in the corner. Please crop it. Otherwise this is exactly the reflection I want new SLPs reading about AAC and dignity.
`,
  },
  {
    id: "us-free-010",
    setting: "intellectual disability transition clinic",
    role: "developmental pediatrics fellow",
    text: `
Transition clinic is where pediatrics hands young people with intellectual and developmental disabilities to adult medicine, and this week I understood why families dread it.

A young man with Down syndrome and a congenital heart repair, turning 18, came with his mom and a binder three inches thick. His mom's biggest worry wasn't cardiology. It was guardianship. She had been told by a school counselor that she "had to" get full guardianship before his birthday or lose the right to be in appointments.

Dr. Abernathy walked them through alternatives: supported decision-making agreements, a healthcare proxy, limited guardianship. The young man, asked directly, said he wanted his mom in appointments "but not for the girlfriend stuff". Everybody laughed and then took it seriously.

I'd assumed guardianship was a protective default. The disability rights literature, and organizations like the Arc, argue it often removes more rights than it needs to. I hadn't read any of that in residency.

Going forward, I'm going to ask the young person first, every time, and I've added supported decision-making to my transition checklist next to the echo and the thyroid screen for Fragile X and Down syndrome patients.
`,
  },
  {
    id: "us-gibbs-011",
    setting: "amputee rehabilitation",
    role: "physical therapist",
    text: `
**Description.** ⟦NAME|Mr. Tran⟧ lost three fingers and part of his left hand to a firework mortar on ⟦DATE|the Fourth of July⟧, in the cul-de-sac behind his nail salon. His grandson, ⟦NAME|Kevin⟧, came to every session and translated.

**Feelings.** I was uncomfortable that the translation kept getting shorter than what I said. I didn't know what was being lost.

**Evaluation.** Range of motion and scar work went fine. What went badly was my home exercise program, which I wrote in English with stick figures and handed to ⟦NAME|Kevin⟧.

**Analysis.** Ad hoc family interpreting is something every guideline tells you to avoid, and I did it anyway because the clinic phone interpreter took twenty minutes to connect. When I finally used a professional Vietnamese interpreter, it turned out ⟦NAME|Mr. Tran⟧ was terrified he would never hold a nail file again and wasn't doing the exercises because they hurt and he thought pain meant damage.

**Conclusion.** The grandson was protecting him, and me.

**Action plan.** Book a professional interpreter at every visit, get the home program translated, and explain pain versus harm with the interpreter before any exercises.
`,
  },
  {
    id: "us-free-012",
    setting: "disability curriculum",
    role: "faculty",
    text: `
# What I tell first-years about disability (and what I got wrong for ten years)

I teach the disability and rehabilitation thread in our medical school, and every fall I revise this post for the incoming class. Here is this year's version.

## 1. Disability is common, and it is not a diagnosis

About one in four US adults reports a disability, according to the [CDC's disability data](https://www.cdc.gov/ncbddd/disabilityandhealth/). Most disabilities are not visible. Some of your classmates are disabled. The medical model sees impairment in a body; the social model points at stairs, forms and attitudes. You need both, and the second one is the one medicine forgets.

## 2. Ask, don't assume

The most common complaint I hear from disabled patients is being talked past: the doctor addresses the companion, the interpreter, the aide. Address the patient. Ask how they communicate, what they need, what accommodation helps. Ask before touching a wheelchair.

## 3. Accommodation is part of care

Height-adjustable exam tables, accessible scales and extra appointment time are not favors. They are required under the ADA and Section 504, and they change outcomes: people who use wheelchairs are weighed far less often than other patients, and their cervical and breast screening rates are lower. Iezzoni's work on physicians' attitudes (2021) is uncomfortable reading, and I assign it for that reason.

## 4. Learn from disabled people, not just about them

Read Judy Heumann's memoir *Being Heumann*. Watch *Crip Camp*. Follow disabled clinicians; there are more than you think. The Disability Visibility Project is a good starting place.

## 5. What I got wrong

For my first decade of teaching I invited patients to "share their stories" in lectures and paid them with a gift card and a thank-you. Then a speaker with cerebral palsy, a lawyer, asked me why the only disabled people in my curriculum were there to be inspiring. She was right. Now disabled faculty and community members co-design the sessions and are paid as faculty. My colleague, Dr. Ramirez-Holt, who uses a power chair, leads the accommodation workshop, and the students listen to her differently than they ever listened to me.

## 6. What I want you to leave with

You will spend your careers caring for disabled people, and some of you will be disabled people. Build the habits now: ask, listen, accommodate, and don't mistake a body for a life.
`,
  },
];
