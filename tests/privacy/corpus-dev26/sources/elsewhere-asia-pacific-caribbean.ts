import type { SourceItem } from "../../corpus/types.ts";
import { nhi } from "../gen.ts";

/** New Zealand, the Philippines, Jamaica, Singapore, Sri Lanka: 12 items. */
export const ASIA_PACIFIC_CARIBBEAN: readonly SourceItem[] = [
  {
    id: "nz-free-001",
    setting: "kaupapa Māori mental health",
    role: "mental health nurse",
    text: `
Kia ora koutou. A reflection from our kaupapa Māori inpatient unit. ⟦NAME|Whaea Mere Parata⟧ was admitted on ⟦DATE|Waitangi Day⟧ after weeks without sleep; NHI ⟦ID|${nhi("ZZZ047")}⟧. Her mokopuna, ⟦NAME|Ariana⟧, rang the ward from ⟦PHONE|021 555 0427⟧ to ask whether the kaumātua could come and do a karakia at her bedside in ⟦FACILITY_ROOM|Te Whare Ahuru, room 5⟧.

Of course they could. That's the point of the unit. Te Whare Tapa Whā isn't a poster on our wall; it's how we plan: taha wairua, taha hinengaro, taha tinana, taha whānau.

Clinically, she had a manic episode with psychotic features, and lithium helped. But what she talks about is the karakia, and the whānau hui where her sons spoke about their own worry for the first time.

Ngā mihi to the kaumātua, Matua Hemi, who sat with her every afternoon.
`,
  },
  {
    id: "nz-what-002",
    setting: "addiction services",
    role: "alcohol and drug clinician",
    text: `
What? Our service had its first year under the Substance Addiction (Compulsory Assessment and Treatment) Act 2017. I was involved in two compulsory assessments for people with severe alcohol use disorder who lacked capacity.

So what? Compulsion in addiction is ethically fraught. Both people were at real risk of death; both were furious at first. One later thanked us; the other left as soon as the order ended and was readmitted within a month.

Now what?
- Keep compulsion rare and short, with a clear plan for what happens after.
- Involve whānau from day one.
- Follow the research: the evidence for compulsory addiction treatment is thin and mixed, and we should say so.

Our clinical lead, Sarah, says the Act is a brake, not an engine. It can stop the fall; it can't drive recovery.
`,
  },
  {
    id: "nz-comment-003",
    setting: "kaupapa Māori mental health",
    role: "psychiatrist",
    text: `
Ka pai, beautiful writing about what kaupapa Māori care can look like. Gentle reminder for everyone posting here: whānau and room names, NHIs and phone numbers all need to come out. Talk about the practice, not the person. The practice is the lesson worth sharing.
`,
  },
  {
    id: "ph-free-001",
    setting: "community mental health",
    role: "psychiatry resident",
    text: `
Barangay visit with our community mental health team. ⟦NAME|Lola Corazon⟧ — ⟦NAME|Corazon Dimaculangan⟧ — is ⟦AGE|91⟧, and she has been caring for her son with schizophrenia for forty years in ⟦LOCATION|the blue house beside the basketball court in Barangay San Roque, Tanauan⟧.

Our nurse asked for a phone number. She gave her grandson's Messenger, ⟦URL|fb.me/jepoy.dimaculangan⟧, because she has no phone.

The Mental Health Act (RA 11036, 2018) promises community care. What we see is a grandmother doing it alone. Her son is stable on haloperidol decanoate from the RHU, but she is tired, and she wonders aloud who will care for him when she dies.

"Kaya pa naman," she said. I can still manage. I'm not sure she can, for long. We're looking for a day centre.
`,
  },
  {
    id: "ph-what-002",
    setting: "substance use",
    role: "psychologist",
    text: `
What? Our community-based drug rehabilitation programme sees people who surrendered during the drug war years. Many still fear being seen at the clinic.

So what? Treatment built under the shadow of punishment has a trust problem. Clients ask whether their names go to the police. Some arrive with a barangay official. I can't do therapy with someone who is terrified.

Now what?
- Meet clients at the health centre, not the barangay hall.
- Explain confidentiality clearly, in Filipino, and write it on the consent form.
- Make the programme voluntary in practice, not just on paper.

Our programme head, Dr. Santos, says we have to earn trust one client at a time. I agree. It's slow. It's the only way.
`,
  },
  {
    id: "ph-comment-003",
    setting: "substance use",
    role: "social worker",
    text: `
Salamat for this. In our municipality we've started holding sessions in the rural health unit instead of the municipal hall and attendance went up. People notice where the chairs are. Small details about trust matter so much. Ingat lagi, and keep writing.
`,
  },
  {
    id: "jm-free-001",
    setting: "inpatient psychiatry",
    role: "psychiatry resident",
    text: `
⟦FACILITY_ROOM|Bellevue⟧ is the name every Jamaican uses to mean "madhouse", and it was my first rotation. ⟦NAME|Miss Ivy Lattibeaudiere⟧, whom everyone calls ⟦NAME|Miss Ivy⟧, has been in ⟦FACILITY_ROOM|Ward 8, bed 22⟧ for nearly thirty years. She was admitted on ⟦DATE|Emancipation Day⟧, ⟦DATE|1 August 1995⟧ and has outlived three medical superintendents.

She has no family left to take her. She knows every nurse's children by name. She is stable on fluphenazine and mostly bored.

The long-stay patients of psychiatric hospitals are the people the deinstitutionalisation movement forgot. We talk about community care, but where is the community for someone whose whole life since 1995 has been one ward?

I don't have the answer. I brought her a Gleaner on Sundays.
`,
  },
  {
    id: "jm-what-002",
    setting: "community mental health",
    role: "mental health officer",
    text: `
What? Home visits as a mental health officer in rural St. Elizabeth. We give depot injections in people's yards, under the ackee tree, with the dog watching.

So what? Jamaica's community mental health model is old and works, mostly. But there are not enough of us, and we spend most of the day on the road.

Now what?
- Ask for a second vehicle for the parish.
- Start a WhatsApp reminder system for clinic days, with consent.
- Train church sisters as mental health first aiders.

My supervisor, Mr. Clarke, has done this for thirty years and still gets up at five. "Walk good," he says to every family. I'm learning to say it too.
`,
  },
  {
    id: "sg-free-001",
    setting: "psychiatric emergency",
    role: "psychiatry resident",
    text: `
Emergency psychiatry at ⟦FACILITY_ROOM|IMH⟧, night shift. ⟦NAME|Mr. Tan Wei Ming⟧, 34, profoundly deaf, came in with suicidal thoughts. His cochlear implant processor (serial ⟦DEVICE|CP1150-37729418⟧) had broken two weeks before, and he'd been alone in silence since. He typed to me on his phone and emailed his sister's contact from ⟦EMAIL|tan.weiming.art@example.sg⟧ so we could reach her.

We got a sign-language interpreter by video at 3 am, which felt like a small miracle. He didn't have depression so much as isolation and an acute crisis. The interpreter's presence changed everything.

Lesson: communication access is a psychiatric intervention. I'm adding interpreter access to our night-time checklist.
`,
  },
  {
    id: "sg-what-002",
    setting: "child and adolescent mental health",
    role: "clinical psychologist",
    text: `
What? Teenagers in Singapore describe exam stress as the main reason for referral, but the stories underneath are often about family expectations, sleep and gaming.

So what? "Exam stress" is an acceptable reason to seek help here. Depression, anxiety and self-harm are less acceptable. Families come because of grades; we stay because of everything else.

Now what?
- Screen for sleep and mood at every intake, even if the referral says "PSLE anxiety".
- Work with schools' counsellors rather than around them.
- Use the CHAT service resources for young people.

My supervisor, Dr. Lim, says parents are our most important clients in adolescent work. I'm slowly learning to make the parent session as important as the teen's.
`,
  },
  {
    id: "lk-free-001",
    setting: "suicide prevention",
    role: "psychiatry registrar",
    text: `
⟦NAME|Nimal⟧ was admitted to ⟦FACILITY_ROOM|ward 14 at Teaching Hospital Karapitiya⟧ after drinking weedkiller on ⟦DATE|Vesak Poya⟧ this year. His wife, ⟦NAME|Kumari⟧, told us the debt collectors had come that morning.

Sri Lanka cut its suicide rate dramatically by banning the most toxic pesticides. Paraquat is gone. What remains is less lethal, which is why ⟦NAME|Nimal⟧ is alive to tell us about the debt.

His video consult with our psychologist the following week came from an IP our system logged as ⟦IP|203.0.113.58⟧, the village internet shop, and the psychologist noticed he was speaking in a low voice because others were listening.

Means restriction saves lives. Privacy in follow-up is how you keep them.
`,
  },
  {
    id: "lk-what-002",
    setting: "community mental health",
    role: "community psychiatric nurse",
    text: `
What? Post-tsunami mental health services along the southern coast are now twenty years old. I work in a clinic that began as a temporary tent.

So what? The disaster response brought resources that never fully left. Some of our best community workers started as volunteers in 2005.

Now what?
- Keep the community workers paid and trained.
- Document the model for other disaster-prone areas.
- Stop treating mental health as an emergency add-on; make it part of primary care.

Our medical officer, Dr. Perera, keeps a photo of the original tent in his office. "Do not forget where we started," he says. Ayubowan to all who built it.
`,
  },
];
