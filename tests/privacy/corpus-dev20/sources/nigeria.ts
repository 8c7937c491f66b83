import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: consultants, residency trainers, sim faculty, a provost, and residents replying. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "teaching ward round",
    role: "consultant physician (residency trainer)",
    text: `
Grand round on Wednesday, and I want to write about how we present patients, because it has been bothering me for months.

The senior registrar presented ⟦NAME|Mama Nkechi⟧ — ⟦NAME|Mrs. Nkechi Obiora⟧, folder number ⟦ID|LUTH/MED/2019/04471⟧ — a known hypertensive, now on ⟦FACILITY_ROOM|Ward D2, bed 9⟧ with a hypertensive emergency and acute kidney injury. BP 230/140 on arrival, creatinine 486 µmol/L. The presentation was clinically superb. He had thought about renal artery stenosis, about NSAID use (she had been buying diclofenac from a patent medicine store in Mushin for her knees), and about adherence.

And yet the first two minutes were her full name, folder number, ward, bed, church and the name of her son who is a banker in Abuja. None of it changed what we did. All of it was heard by the relatives of the patient in the next bed, because our grand rounds happen at the bedside, in an open Nightingale ward.

What I said to the residents afterwards:
- Identify the patient with the minimum needed: "a 61-year-old woman with known hypertension."
- The social history matters when it changes management. The diclofenac mattered; the son's job did not.
- Lower your voice at the bedside. A Nightingale ward has no walls.

Dr. Adebayo, the other consultant on the unit, pointed out that we taught the residents to present this way. He's right. We will change the presentation template at the next unit meeting, and I have asked the chief resident, Dr. Funmi, to model it for the house officers.
`,
  },
  {
    id: "ng-free-002",
    setting: "update course",
    role: "senior lecturer (community health)",
    text: `
I was one of the faculty at the National Postgraduate Medical College's revision course for Part I candidates in Ijebu-Ode this month. Some notes for my residents, especially those writing in the next diet.

The course ran for five days. Prof. Olufemi Akinyemi opened with a talk on how the examiners think, which was worth the journey alone. His message: the Part I tests whether you understand principles, not whether you have memorised the last five past questions. Several of the candidates visibly did not enjoy hearing this.

I taught two sessions, on study designs and on sample size calculation. The sample size session was the harder one. Most candidates could quote the formula n = Z²pq/d² but could not explain where p comes from or why a 5% margin of error might be too wide for a rare outcome. We spent an hour on worked examples using data from the 2018 Nigeria Demographic and Health Survey, which they found much more real than textbook examples.

Dr. Hauwa Ibrahim ran a superb session on critical appraisal using a paper on malaria in pregnancy. She made every candidate write a one-sentence summary of the paper's finding before any discussion. Half of them got it wrong.

For my own residents: please read the methods section of everything. And start your dissertation protocol early. The college's ethics office does not hurry for anyone.
`,
  },
  {
    id: "ng-what-003",
    setting: "bedside teaching",
    role: "consultant paediatrician",
    text: `
What? I took final-year students to the children's emergency for bedside teaching on severe malaria. The child we saw, ⟦NAME|Chiamaka⟧, six years old, from ⟦ADDRESS|No. 7 Ogui Road, Enugu⟧, came in with cerebral malaria; Blantyre Coma Score 2 on arrival, now 5. Her mother had written her own phone number, ⟦PHONE|0803 555 2917⟧, on the wall chart above the cot so the nurses could reach her when she went home to bathe.

So what? The teaching was good. Students learned the Blantyre score, why we check glucose before anything else in a fitting child, and the IV artesunate regimen (2.4 mg/kg at 0, 12 and 24 hours). But the wall chart bothered me. It's the mother's way of making sure she is not forgotten, and in a crowded ward that matters. She did not write it there for thirty students to copy into their notebooks. Two of them did.

Now what? I asked the students to cross it out of their notes, and I explained why. I also spoke to the nursing officer, Mrs. Okafor, who suggested that relatives' numbers go in the nursing Kardex rather than on the wall. That is a much better answer than a rule against it. For teaching, I'll brief students at the start of each session about what not to write down.
`,
  },
  {
    id: "ng-free-004",
    setting: "journal club",
    role: "senior registrar (journal club coordinator)",
    text: `
Journal club this week: the AQUAMAT trial (Dondorp et al., Lancet 2010), artesunate versus quinine for severe malaria in African children. I picked it because our younger residents have never known a world without IV artesunate, and I think they should know how much evidence it took to get there.

Dr. Tunde presented. Key points he made clearly:
- More than 5,400 children across nine African countries.
- Mortality 8.5% with artesunate vs 10.9% with quinine.
- Fewer episodes of coma, convulsions and hypoglycaemia in the artesunate arm.

Then Dr. Zainab asked the question I was waiting for: why did it take until 2010, when SEAQUAMAT had shown the same benefit in adults in Asia in 2005? That led to a good discussion about whether evidence from one population transfers to another, and about how WHO guidelines are made.

Our consultant, Dr. Eze, added a personal note: he remembers the quinine drips in the 1990s, the hypoglycaemia, the ECG monitoring that never happened because there was one monitor for the ward. The residents listened to that more closely than to anything else.

Next week: a paper on sickle cell disease and hydroxyurea from the REACH study. Volunteers, please.
`,
  },
  {
    id: "ng-gibbs-005",
    setting: "simulation debrief",
    role: "simulation lead (anaesthesia)",
    text: `
Description: Our skills centre ran a difficult airway simulation for anaesthesia registrars, and one registrar, Dr. Ngozi, brought in a real case to base her reflection on. Her written reflection included ⟦NAME|Alhaji Musa Danladi⟧, NIN ⟦ID|48213907655⟧, seen in ⟦FACILITY_ROOM|Theatre 3 at ABUTH Shika⟧ on ⟦DATE|Friday 9 February⟧, a large goitre, Mallampati IV, and the line that he is "⟦OTHER|the only retired army captain who runs the cattle market at Sabon Gari in Zaria⟧".

Feelings: I was impressed by the reflection and uneasy about the detail.

Evaluation: The clinical thinking was excellent. She recognised a predicted difficult airway early, planned awake fibreoptic intubation, and had a front-of-neck access kit open. The sim replicated this well; the mannequin had a stiff neck collar to simulate limited extension.

Analysis: Registrars use real cases because real cases make reflections vivid. But a reflection that goes into a shared e-portfolio is read by many people.

Conclusion: Good medicine, too much identity.

Action plan: Dr. Ngozi has rewritten the reflection. We have added a note to our simulation reflection template and will discuss the Difficult Airway Society 2015 guidelines at next month's session with Dr. Bello.
`,
  },
  {
    id: "ng-comment-006",
    setting: "update course",
    role: "resident (comment)",
    text: `
Thank you ma. The sample size session was the one I needed most. I'm writing Part I in the next diet and I still can't explain design effect for cluster sampling. Could you share the worked examples from the NDHS data with our WhatsApp group? Dr. Hauwa's one-sentence exercise is something we could do every week in journal club too.
`,
  },
  {
    id: "ng-free-007",
    setting: "mentoring",
    role: "professor of obstetrics (mentor)",
    text: `
Every year I take on two or three young residents as mentees, and every year I learn that mentoring is not the same as supervision.

This year one of my mentees, a second-year resident in Ibadan, told me she was thinking of leaving for the UK after Part I. She apologised as if she had confessed something shameful. I told her there was nothing to apologise for. Half of my own set from the 1990s are now consultants in Manchester, Houston and Riyadh. Japa is not new; only the word is.

What I tried to do, and I'm not sure I did it well, was help her decide based on what she wants rather than on what she is running from. We talked about her research interest in postpartum haemorrhage, about the PLAB route versus finishing her fellowship first, and about her mother, who is not well.

A few things I've learned over the years of mentoring:
- Listen more than you talk. Most mentees already know the answer.
- Share your failures. My own Part II failure in 1997 is the most useful story I have.
- Introduce them to people. I have connected her with Dr. Bukola Fawole, whose work on maternal near-miss she admires.

She has not decided. That is fine. Whatever she chooses, she is going to be an excellent obstetrician, and I told her so.
`,
  },
  {
    id: "ng-comment-008",
    setting: "bedside teaching",
    role: "final-year student (comment)",
    text: `
Thank you ma for the teaching. I was one of the two who wrote the number down, I'm sorry. I've crossed it out. Good news though: I saw ⟦NAME|Chiamaka⟧ again on Friday when I was on call in the children's emergency and she was sitting up asking for bread. Her mother was so happy. I'll remember the glucose before anything else.
`,
  },
  {
    id: "ng-free-009",
    setting: "quality improvement project",
    role: "consultant (QI supervisor, Kano)",
    text: `
Our house officers' quality improvement project on sepsis screening is finished, and I want to note what I learned as their supervisor.

The project: a sepsis screening tool on the medical admissions unit, adapted from the qSOFA and the "Sepsis Six". Baseline: antibiotics given within an hour of recognition in 19% of patients. After three PDSA cycles (a laminated screening card, a pre-packed antibiotic box, and a daily huddle) it reached 58%.

What the house officers taught me:

The antibiotic box mattered more than the screening tool. Recognition was never the main problem; the delay was in getting ceftriaxone from the pharmacy, which closes at 8 pm. Dr. Aminu, the house officer who led the second cycle, worked out that patients admitted after 8 pm waited an average of 3 hours 40 minutes.

The huddle was the most fragile change. It worked when Dr. Hadiza was the registrar and disappeared when she rotated. QI that depends on one enthusiastic person is not yet improvement.

Data collection was harder than they expected. Our folders are paper, and they spent weeks in the records office.

They presented at the hospital's research day and won the prize for best QI project. I am proud of them. Next year I'd like every house officer set to do one project, with a proper teaching session on the Model for Improvement at the start of the year rather than halfway through.
`,
  },
];
