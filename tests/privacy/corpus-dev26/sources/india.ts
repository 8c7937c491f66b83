import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: 10 items. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "family ward psychiatry",
    role: "psychiatry resident",
    text: `
At ⟦FACILITY_ROOM|NIMHANS⟧ the family stays. That was the first thing that struck me when I joined as a junior resident: every bed on the family ward has a relative on a mat beside it, cooking rice on the common stove in the evening.

⟦NAME|Lakshmamma⟧ came in with her son ⟦NAME|Manjunath⟧, who had not spoken for three weeks — catatonia, we thought, and lorazepam 2 mg brought him back within a day, which felt like a miracle to her and pharmacology to us. She had walked from ⟦LOCATION|Hosahalli, the village behind the Kunigal tank⟧ to the bus stand carrying his Aadhaar card in a plastic sleeve, ⟦ID|${aadhaar("3921 4470 586")}⟧, because someone told her "without it no admission".

It took her two days to trust that no one would take him away from her. On the third day she started teaching my co-resident how to make ragi mudde properly.

I want to remember what this ward does right. In Bengaluru or anywhere, a family member is not a visitor; she is a co-therapist. Her "amma sleep here only" was not a request, it was a treatment plan.
`,
  },
  {
    id: "in-what-002",
    setting: "inpatient psychiatry",
    role: "intern",
    text: `
What? During my psychiatry posting, a 24-year-old engineering student was brought by his parents, who wanted him admitted "by force" for smoking ganja. He had capacity, no psychosis, and he was very angry. My unit chief, Dr. Menon, walked me through the Mental Healthcare Act, 2017 in the corridor: supported admission needs criteria, and the parents' wish is not one of them.

So what? I had grown up assuming that families decide. The Act gives the person a nominated representative and the right to an advance directive. It also makes attempted suicide presumptively not a crime under Section 115, which half my batch did not know.

Now what? I am reading the Act properly, not from WhatsApp forwards. I have saved Tele-MANAS (14416) on my phone for patients who cannot reach a psychiatrist. And I will ask the young person first, and the parents second, and write down why.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "de-addiction",
    role: "psychiatric nurse",
    text: `
Description: ⟦DATE|Diwali night⟧ on the de-addiction ward. ⟦NAME|Gurpreet⟧ (UHID ⟦ID|GNC/2023/118407⟧), 27, in ⟦FACILITY_ROOM|bed 12 of the de-addiction ward at Guru Nanak Charitable Hospital, Moga⟧, day four of heroin ("chitta") withdrawal. Crackers outside all night. He wanted leave to go home; his father called from ⟦PHONE|+91 98150 55521⟧ at midnight and begged us to keep him.

Feelings: Torn between his pain and his father's fear.

Evaluation: Buprenorphine-naloxone 8 mg had settled the withdrawal; what remained was craving, the sound of the festival, and loneliness. I stayed with him, we played ludo on my phone, he slept at 3.

Analysis: In Punjab, almost every family knows someone lost to chitta. The ward becomes a place the family trusts more than the patient does. Leave requests are rarely just about leave.

Conclusion: Presence was the intervention.

Action plan: Ask the counsellor, Harjeet ji, to schedule a family session before any leave; plan festival nights with more staff.
`,
  },
  {
    id: "in-free-004",
    setting: "stigma",
    role: "psychology student",
    text: `
When Deepika Padukone spoke about her depression on national television in 2015, my aunt said "these film people have too much time". Ten years later the same aunt sent me a reel from the Live Love Laugh Foundation. That is roughly how change feels from inside an Indian family: slow, and then a WhatsApp forward.

My MPhil placement is at a district mental health programme clinic, and stigma is the first symptom we treat. People come on the third bus of the morning to avoid being seen. They call it "nerve weakness" or "tension". A woman in her forties told me her husband's family would return her to her parents if they heard the word "psychiatrist".

I don't have an answer yet. What I have noticed is that the clinic's best outreach worker is not a clinician at all: he is a retired schoolteacher who talks about his own depression at the panchayat meetings. Lived experience opens doors that a pamphlet cannot.
`,
  },
  {
    id: "in-comment-005",
    setting: "inpatient psychiatry",
    role: "staff nurse",
    text: `
Sir, I think this is the same boy from Kottayam we had, ⟦NAME|Jithin⟧ — ⟦FACILITY_ROOM|room 4, male closed ward⟧ — his mother brought the achappam tin for the whole staff. If it is him please tell his amma we are all asking. I have his mother's number still, ⟦PHONE|94470 55583⟧, if the team needs.
`,
  },
  {
    id: "in-free-006",
    setting: "perinatal mental health",
    role: "psychiatry registrar",
    text: `
Postpartum psychosis, twelve days after a caesarean: ⟦NAME|Anju⟧, first baby, brought by her husband ⟦NAME|Biju⟧ on ⟦DATE|Thiruvonam⟧, still in her Onam kasavu saree, saying the baby was not hers. The ASHA worker had walked them to the bus. They live in ⟦LOCATION|the house behind St. Mary's church at Kumarakom, the one with the blue boat in the yard⟧, and the whole ward somehow knew this by evening.

We admitted mother and baby together, which our ward can just about manage with a cot squeezed in. Olanzapine 5 mg, sleep, breastfeeding paused for a few days then resumed with advice. Her amma-amma took over nights.

What I keep returning to: the family had been told by the local priest and by a relative that it was "drishti", the evil eye. They came anyway. The ASHA worker, Sheela chechi, was the reason. I want our referral pathways to start with people like her.
`,
  },
  {
    id: "in-what-007",
    setting: "pharmacy",
    role: "clinical pharmacist",
    text: `
What? A man on lithium for bipolar disorder came to the OPD pharmacy with tremor and diarrhoea. His level the week before was 0.9 mmol/L, but he had since started ibuprofen for a knee and had been fasting during Navratri. I held the dose and called the duty psychiatrist, Dr. Iyer; the repeat level was 1.6 mmol/L.

So what? Our counselling on lithium is usually one line: "take after food, drink water." Nobody had mentioned NSAIDs, dehydration or fasting. Three common things in Indian daily life can push a stable level into toxicity.

Now what? I have made a half-page lithium card in English, Hindi and Marathi with the danger signs and the medicines to avoid. Clozapine patients are getting a similar card for fever and sore throat, because the ANC monitoring is only as good as the patient's knowledge of when to come back.
`,
  },
  {
    id: "in-free-008",
    setting: "community psychiatry",
    role: "medical student",
    text: `
Our community medicine posting took us to a mental health camp at a primary health centre in Tamil Nadu. The psychiatrist, Dr. Karthik, saw about ninety people in one day on a wooden bench under a neem tree, with a rickety table of medicines: fluoxetine, risperidone, trihexyphenidyl, sodium valproate.

I was given the job of checking BPs and asking, in my bad Tamil, "thookam varudha?" — are you sleeping? It is a good first question. Almost every person had a story about sleep.

Two things stayed with me. One, how many people were on the same tablets for years without review, because the camp comes only once a month. Two, how much the ASHA workers knew: who had stopped medicines, whose husband drank, which family would never allow a home visit.

I came away thinking mental health in rural India is not a specialist problem. It is a primary-care and community-worker problem, and the DMHP is only as good as its least-paid worker.
`,
  },
  {
    id: "in-gibbs-009",
    setting: "old age psychiatry",
    role: "geriatric psychiatrist",
    text: `
Description. Memory clinic, Pune. Ajji — ⟦NAME|Sushila Bhat⟧, ⟦AGE|96⟧ — brought by her grandson, who had emailed us her old prescriptions from ⟦EMAIL|rohit.k.bhat@example.in⟧ at 2 am. HMSE 14/30. She recited Marathi abhangs perfectly and could not tell me the year.

Feelings. Tenderness, and a bit of worry about the grandson.

Evaluation. The diagnosis was straightforward (probable Alzheimer's, with some vascular load). The harder thing was the family: her son wants donepezil "to stop it", her grandson wants her to stop being "difficult" at night.

Analysis. Families expect a tablet. What helps more is a routine, a light on in the corridor, and someone sitting with her in the evenings when sundowning starts. I gave donepezil 5 mg, but I spent most of the time on the evenings.

Conclusion. Dementia care is family care.

Action plan. Referral to the ARDSI caregiver group; review in six weeks; teach our fellows that the grandson who emails at 2 am is also a patient of sorts.
`,
  },
  {
    id: "in-free-010",
    setting: "child guidance",
    role: "occupational therapist",
    text: `
Child guidance clinic, Thursday. Seven children with autism, two with ADHD, one with a tic disorder and an anxious mother. My job is sensory integration and daily-living skills, and today, mostly, explaining to parents why their child is not "spoiled".

A six-year-old who lines up his toy buses in a perfect row taught me patience. He let me join the line after forty minutes. His mother cried — not because anything had changed clinically, but because someone had played his game instead of stopping it.

Notes for myself:
- Use the weighted blanket before the fine-motor task, not after.
- Bring the visual timetable cards in Hindi as well as English.
- Stop saying "normal child" in front of parents; say "other children".

The ISAA scores and the Vineland help with certificates and school admissions, but the parents remember the play.
`,
  },
];
