import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: 10 items, 5 with identifiers, 1 comment. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "nicu",
    role: "paediatric resident",
    text: `
On my first night posting in the SNCU I was given ⟦NAME|B/O Sunita Yadav⟧, a 1.3 kg preterm girl born on ⟦DATE|12.08.2024⟧ at 32 weeks, now on ⟦FACILITY_ROOM|radiant warmer 7 in the SNCU of Shri Ramkrishna District Hospital⟧. She had been referred from the PHC near ⟦LOCATION|Bhojpur Khurd⟧ after a home delivery and had arrived cold, with a temperature of 34.6.

Hypothermia in a preterm baby is a cascade: hypoglycaemia, apnoea, sepsis. We warmed her slowly, started 10% dextrose at 80 mL/kg/day and put her on caffeine citrate 20 mg/kg loading. By morning she was pink and maintaining.

The hardest part was not clinical. The mother was still in the labour room, and the father had gone back to the village because the JSY payment needed her Aadhaar, ⟦ID|${aadhaar("4918 2736 501")}⟧, linked to a bank account before the baby's discharge. I spent twenty minutes helping the data operator with the paperwork while also watching a saturation monitor.

Reflection: I had read the NNF guidelines on thermal care, but nobody had told me how much of neonatal care in a district hospital depends on the transport van, the warm chain and the family's bank account. I am now trying to learn the referral and scheme system as seriously as the drug doses, because the baby needs both.

UHID ⟦ID|20241187346⟧ noted in my logbook for follow-up.
`,
  },
  {
    id: "in-what-002",
    setting: "paediatric ward",
    role: "paediatric resident",
    text: `
**What?** During the monsoon our paediatric ward in Chennai was full of dengue. One night a nine-year-old boy went into compensated shock on day five of fever, just as his temperature settled: cold peripheries, pulse pressure of 20, haematocrit up from 38% to 46%, platelets 18,000.

**So what?** I nearly missed it because the fever had gone and his mother said he was "better". The WHO 2009 classification is clear that defervescence is the critical phase, not the recovery, and the IAP guidance on fluid management uses exactly this picture as its warning. I started crystalloid at 10 mL/kg/hour, repeated the haematocrit after an hour, and called Dr Menon, who came in and stepped the fluids down carefully over the next 24 hours. The biggest risk after that was fluid overload, and we watched for pleural effusion and ascites.

**Now what?** I have made a pocket card with the warning signs and the fluid steps. I have also started asking every parent on the evening round "when did the fever stop?", because the answer tells me more than the platelet count. Platelet transfusion was not needed, which surprised the family; I want to get better at explaining why a low number alone is not an emergency.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "community nutrition",
    role: "community medicine postgraduate",
    text: `
**Description.** On a field visit with the anganwadi worker I met ⟦NAME|Guddu⟧, a little boy born on ⟦DATE|Janmashtami 2022⟧, which is why everyone in the hamlet remembers his birthday. He lives with his mother, ⟦NAME|Rampyari⟧, in ⟦LOCATION|the Musahar tola at the edge of Belwa Chak⟧. His MUAC was 10.8 cm, with bilateral pitting oedema: severe acute malnutrition with complications.

**Feelings.** I felt angry, and then useless, because the nearest nutrition rehabilitation centre was 40 km away and she had two other children and daily wage work.

**Evaluation.** The anganwadi worker, Sunita didi, knew the family's situation far better than I did. She had already tried to refer him twice.

**Analysis.** SAM with oedema needs inpatient care under the national guidelines, with F-75 and careful rehydration, not just take-home ration. But admission costs a mother her wages, and the follow-up system after discharge is weak. The POSHAN Abhiyaan data look good in aggregate and miss children like this one.

**Conclusion.** Referral is not a single act; it is transport, money, childcare and trust.

**Action plan.** We arranged the 108 ambulance, and the ASHA gave the mother's number, ⟦PHONE|+91 94555 12870⟧, to the NRC staff so they could call her about the wage-loss compensation. I will follow him up with the team next month and write this up for our department's community diagnosis.
`,
  },
  {
    id: "in-free-004",
    setting: "thalassaemia day care",
    role: "paediatric haematology fellow",
    text: `
Thalassaemia day care runs on Tuesdays and Fridays in our unit in Ludhiana, and by ten in the morning every chair is taken. Most of the children are between four and fourteen and come every three to four weeks for transfusion, keeping their pre-transfusion haemoglobin around 9.5 to 10.5 g/dL.

This week I reflected on chelation. One nine-year-old had a ferritin of 2,400 ng/mL despite being on deferasirox at 20 mg/kg. When I asked about adherence, his father told me the tablets made his son's stomach hurt, so they gave them "when he is well". I had been increasing the dose on paper without asking the most basic question.

Dr Harpreet Kaur, my consultant, suggested we switch to the film-coated formulation, check the liver enzymes and creatinine, and arrange a T2* MRI. She also reminded me that Thalassemics India and the parent support groups often get better adherence than doctors do, because the parents talk to each other.

I also noticed the clinic's emotional load: children who have grown up in these chairs, siblings tested for HLA matching, parents calculating the cost of a bone marrow transplant. I want to learn how to counsel on transplant properly, and I want to ask about side effects before I write a higher dose.
`,
  },
  {
    id: "in-what-005",
    setting: "adolescent mental health",
    role: "school counsellor",
    text: `
**What?** A Class 10 student, ⟦NAME|Anvi⟧, was brought to me by her class teacher after she told a friend she had taken twenty paracetamol tablets the night before the pre-board exams. She had been posting dark sketches on her art account, ⟦OTHER|@its_anvi.sketches⟧, for weeks, and two classmates had noticed. She lives with her parents at ⟦ADDRESS|B-214, Shanti Kunj Apartments, Sector 9, Dwarka, New Delhi 110075⟧.

**So what?** My first job was medical: paracetamol overdose can look fine for a day and then damage the liver. I insisted on the emergency department that morning, even though her mother was worried about "what people will say". The doctors started N-acetylcysteine based on the timing and levels. My second job was to notice my own shock, because I have known her since Class 6 and she is one of the most cheerful children in the school.

**Now what?** Under the Mental Healthcare Act 2017, attempted suicide is presumed to be under severe stress, and the focus is on care. I am working with the child psychiatrist on a safety plan and a phased return, and I have shared the Tele-MANAS helpline, 14416, with her and her parents. I am also proposing a board-exam stress programme for Classes 10 and 12, because she is not the only one.
`,
  },
  {
    id: "in-free-006",
    setting: "osce",
    role: "medical student",
    text: `
Our final-year paediatrics OSCE had a newborn examination station on a SimBaby manikin, and I want to write down what went wrong while I remember it.

I started well: hand hygiene, consent from the "mother", general appearance, then the Apgar recap from the case sheet. I checked the fontanelles, the palate, the red reflex. Then I forgot the hips. The examiner, Dr Subramaniam, waited, and when I started to auscultate the heart he asked, quietly, "Anything else below the umbilicus?" I did the Ortolani and Barlow manoeuvres in a rush and probably too forcefully.

I also did not mention the femoral pulses, which matter for coarctation, or the Moro reflex, or the spine and sacral dimple. In the viva I was asked about the timing of newborn screening for congenital hypothyroidism and I said 24 hours when the answer in our state programme is after 48 to 72 hours of life.

The lesson is simple: an examination routine has to be automatic. I now have a written head-to-toe sequence taped inside my notebook, and I practise it on the manikin in the skills lab twice a week. I also want to watch more real newborn checks on the postnatal ward, where the babies do not lie still and the mothers ask questions.
`,
  },
  {
    id: "in-gibbs-007",
    setting: "audiology",
    role: "audiologist",
    text: `
**Description.** Today was the switch-on for ⟦NAME|Mohd. Arhaan⟧, three years old, who received a cochlear implant under the government scheme after failing newborn screening that was never followed up. His processor, serial ⟦DEVICE|CI612-5509281⟧, was activated on ⟦DATE|02/10/2024⟧. His father, ⟦NAME|Irfan bhai⟧, had taken two buses to come.

**Feelings.** I was nervous about the first stimulation, because some children cry at the first sound. He did cry, and then he turned to his father's voice.

**Evaluation.** The mapping went smoothly and the impedances were within range. What worried me was the rehabilitation plan: auditory-verbal therapy needs weekly sessions for at least two years, and the family lives far from us.

**Analysis.** Implantation after three gives poorer language outcomes than implantation before two, and this delay came from a lost referral after the OAE screen at birth. The technology is excellent; the pathway around it is weak. I entered his Aadhaar, ⟦ID|${aadhaar("7306 5512 948")}⟧, into the scheme portal for the therapy reimbursement, which took longer than the mapping.

**Conclusion.** A cochlear implant is the beginning of the work, not the end.

**Action plan.** I will train his local ASHA and a teacher at the anganwadi in basic listening activities, set up video follow-up, and audit how many failed newborn hearing screens in our district actually reach diagnostic testing.
`,
  },
  {
    id: "in-free-008",
    setting: "breaking bad news",
    role: "paediatric physiotherapist",
    text: `
As a physiotherapist I am usually not the person who gives bad news, but this month I ended up doing it. A couple brought their two-year-old to our child development centre expecting a "walking exercise" programme. He had been born at term after a difficult labour and had spastic quadriplegic cerebral palsy, GMFCS level IV, though nobody had used those words with them.

They asked me directly, "When will he walk?" I froze, then said that most children at his level do not walk independently, but can learn to sit supported, use a wheelchair, and communicate. The mother stared at me and then started asking about surgery she had seen on YouTube.

Afterwards I spoke to Dr Rao, the developmental paediatrician, who was upset that they had not been told properly before. She explained the prognosis again the following week, with the MRI findings, and I was there. It went better because the message was the same.

What I learned: in a team, the family will ask the hardest question of whoever they trust, often the therapist. I need to know what has been said, and I need a shared language. We have now started writing a one-line "what parents have been told" entry in the therapy file, and I am practising with the SPIKES structure for conversations I cannot postpone.
`,
  },
  {
    id: "in-what-009",
    setting: "night shift",
    role: "neonatal staff nurse",
    text: `
**What?** On a night shift in the postnatal ward I noticed a term baby looking more yellow than the evening before, almost to the knees. The transcutaneous reading was high, and the serum bilirubin at 60 hours of life came back at 18.2 mg/dL. The duty resident had not reviewed the baby since admission.

**So what?** Using the AAP 2022 hyperbilirubinaemia thresholds, this was above the phototherapy line for a baby with no risk factors, and close to the escalation line. I called the resident, who started intensive phototherapy and sent a repeat bilirubin, blood group and DCT. The mother was upset because she had been told jaundice was normal and would go away with sunlight. In many families that advice still comes from grandmothers, and from some of us.

**Now what?** I discussed with Sister Lalitha how to make bilirubin checks routine before discharge, not just when someone notices a yellow baby. We are trialling a Bhutani nomogram chart on the postnatal ward and a checklist item for "skin colour to the legs". I will also practise explaining why sunlight exposure is not treatment, and why early and frequent breastfeeding matters. I felt proud of catching this, and slightly frightened by how easily it could have been missed.
`,
  },
  {
    id: "in-comment-010",
    setting: "paediatric ward",
    role: "paediatric resident",
    text: `
Thank you for writing this. The "fever has gone, he's better" trap catches all of us in the first monsoon posting. Our unit also added a rule that any child with dengue and a rising haematocrit gets an evening review by the senior resident, not just the intern. It has already caught two early shocks this season.
`,
  },
];
