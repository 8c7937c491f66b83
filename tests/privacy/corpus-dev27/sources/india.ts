import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: SNCUs, nutrition rehabilitation, RBSK school health, paediatric wards and palliative care. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "special newborn care unit",
    role: "staff nurse",
    text: `Writing this after a 14-hour night in the SNCU.

We had 31 babies in 20 warmers, so two to a warmer in the step-down side. One of them was the baby of ⟦NAME|Sunita Devi⟧ from ⟦LOCATION|Kheda Rampura, the dhani beyond the canal⟧, a 1.4 kg girl, born at home and brought in by the 108 ambulance cold and grunting. Temperature 34.8 °C. We put her under the warmer, started 10% dextrose at 60 mL/kg/day, and the doctor gave the first dose of ampicillin and gentamicin.

By morning she was warm and pink, and then the real problem started: the mother wanted to go home because her JSY money had not come and her other two children were alone. The accountant needed her Aadhaar (⟦ID|${aadhaar("6012 4871 309")}⟧) and her MCP card number, ⟦ID|RJ-BHL-2024-118733⟧, and she had neither paper with her. Her husband's phone was switched off.

I spent forty minutes of a night shift on paperwork, and I am not sorry. If she takes the baby home at 1.4 kg on day two, the baby will likely not survive the week. Kangaroo mother care and breastfeeding support matter more than any drug we gave. The IMNCI and FBNC guidelines say it clearly: keep them warm, keep them fed, keep them with mother.`,
  },
  {
    id: "in-what-002",
    setting: "immunisation session",
    role: "community medicine intern",
    text: `What? My first village health and nutrition day as an intern, in a block of Madhya Pradesh. The ANM vaccinated 46 children in four hours under a neem tree: pentavalent, OPV, rotavirus, fIPV, measles-rubella. I was in charge of the cold chain — checking the vaccine vial monitors, keeping the ice packs conditioned — and of counselling mothers about what to expect after the injection.

So what? I had memorised the National Immunisation Schedule for exams, but I did not understand how fragile it is on the ground. One mother had walked six kilometres with twins. Another had been told by a neighbour that the MR vaccine causes infertility. The ASHA didi knew every family by name and who had missed which dose; the register in her bag was better than any software.

Now what? I want to do my community medicine project on dropout between Penta-1 and Penta-3 in this block. I also learnt to say "thoda dard hoga, bas ek din" to a mother, and to mean it. Mission Indradhanush gets the headlines, but the work is done by ASHAs and ANMs under trees.`,
  },
  {
    id: "in-gibbs-003",
    setting: "paediatric ward",
    role: "paediatrics postgraduate",
    text: `Description: On ⟦DATE|Vishu⟧ morning, while the rest of the hostel was eating sadya, we admitted ⟦NAME|Anandu⟧, an eight-year-old with a snakebite on the foot. Local swelling to the knee, a whole blood clotting test above twenty minutes. His father kept saying it was "only a small one, a vellikettan", a krait, which made no sense with the swelling. We gave ASV as per protocol.

Feelings: Panic, and then a strange calm once the protocol gave me something to do.

Evaluation: We gave the ten vials quickly, watched for anaphylaxis, and repeated the 20WBCT every six hours. The part that went badly was communication; I told the father his son might need dialysis before I knew that was likely.

Analysis: The national snakebite protocol (2017) is clear that identification of the snake matters less than the syndrome. His UHID, ⟦ID|KL-TVM-2404471⟧, came up in our audit later because we had used more vials than the protocol suggests.

Conclusion: Follow the syndrome; say less about what might happen until you know more.

Action plan: Present the case at our unit meeting and do the ASV audit properly.`,
  },
  {
    id: "in-free-004",
    setting: "nutrition rehabilitation centre",
    role: "MBBS intern",
    text: `Two weeks in a nutrition rehabilitation centre taught me more about paediatrics than two years of lectures.

The rules are simple on paper. A child with severe acute malnutrition (weight-for-height below −3 SD, MUAC under 11.5 cm, or bilateral pitting oedema) with complications gets admitted. Stabilisation with F-75, then transition to F-100 or RUTF, with antibiotics, vitamin A and folic acid. The WHO 2013 update and our state protocol say the same thing.

In practice, the hardest part is the mothers. They have to stay fourteen days, away from their fields and other children, for a wage compensation of a few hundred rupees. The nutrition counsellor, Rekha madam, spends hours teaching them to cook a khichdi with oil and jaggery that costs less than a packet of biscuits.

I also learnt how quickly things go wrong. Hypoglycaemia and hypothermia at night, refeeding problems on day three, a child who stops eating because her appetite test failed. The appetite test is the most underrated clinical sign I have seen.

By the time I left, the first child I admitted had gained 11 g/kg/day and was smiling. That is a number I will remember.`,
  },
  {
    id: "in-free-005",
    setting: "neonatal intensive care",
    role: "paediatrics resident",
    text: `Family WhatsApp groups are a new kind of ward round.

Every family in our NICU has one, and I found out this week that I had been added to one. It was called "⟦OTHER|Baby Pihu NICU Bed 7 updates 🙏⟧", and it had 63 members: both sets of grandparents, aunts in Pune and Dubai, and a cousin who is a dentist and kept asking about the CRP. The grandfather, ⟦NAME|Ramesh-ji⟧, had got my number from the nursing station board and added me so that I could "answer all questions in one place". He also posted my reply about the blood culture to everyone, along with his own phone number, ⟦PHONE|+91 98200 55517⟧, "for anyone who wants to help with the hospital bill".

I left the group politely, after explaining to him in person why I could not give updates there. He was upset and said doctors in private hospitals do it.

What I learnt: families want information and they want it from a person. We now give a daily update at 5 pm at the bedside, to the parents, and the parents decide what goes on WhatsApp. Our unit has also put up a notice that doctors' numbers are not for sharing. It is a small policy, but it protected me and it protects the babies.`,
  },
  {
    id: "in-comment-006",
    setting: "neonatal intensive care",
    role: "nursing officer",
    text: `Ma'am, is this the same baby who was in ⟦FACILITY_ROOM|Ward 21 at KEM⟧ in the winter? My cousin's neighbour's granddaughter was there with a WhatsApp group just like this and the dada-ji kept sending sweets to the nurses. If it's her, please tell the family we all pray for her. Very nice writing, and very true about daily updates.`,
  },
  {
    id: "in-what-007",
    setting: "school health",
    role: "RBSK medical officer",
    text: `What? Our mobile health team under the Rashtriya Bal Swasthya Karyakram screened 212 children in two government schools in Odisha in one day. We look for the 4Ds: defects at birth, diseases, deficiencies and developmental delays. We found nineteen children with refractive errors, six with suspected congenital heart disease (murmurs that need echo), a dozen with severe anaemia by pallor, and one boy with a cleft palate repaired badly years ago who had never been referred for speech therapy.

So what? The screening is the easy part. Referral completion is where the programme leaks. Families have to travel to the district early intervention centre, lose a day's wages, and often come back with a date for another day. Last year only about half of our echo referrals were completed.

Now what? We have started calling families the day before the referral date, and we partnered with the block's ASHAs to accompany children with heart murmurs. I also want to push for spectacles to be given on the spot — there is no reason a child should wait three months to see the blackboard.`,
  },
  {
    id: "in-gibbs-008",
    setting: "paediatric ward",
    role: "paediatric nurse",
    text: `Description: A dengue night in Delhi. Eleven children with dengue on our ward, and one of them, a ten-year-old girl, went into shock at 3 am: cold peripheries, pulse pressure of 15, capillary refill four seconds. I called the resident, and we gave a 10 mL/kg bolus of normal saline, then a second, checking the haematocrit in between.

Feelings: Fear. I had read about dengue shock but had never seen it come on so quietly.

Evaluation: I recognised it because I had been checking capillary refill every hour, not just the BP. What was not good: there was no fluid chart at the bedside, and I had to reconstruct her intake from the mother's memory.

Analysis: The WHO dengue guidelines (2009) and the national guidelines emphasise the critical phase after the fever drops. She was on day five, afebrile, and everyone had relaxed.

Conclusion: "Fever is gone" is when dengue becomes dangerous.

Action plan: I have made an hourly intake-output chart for every dengue patient in the critical phase, and I teach the mothers what a cold hand means.`,
  },
  {
    id: "in-free-009",
    setting: "child protection",
    role: "paediatric senior resident",
    text: `We admitted a seven-year-old girl under POCSO this month, and I am writing this because I am still angry at myself for one thing.

She came in ⟦DATE|the night after Diwali⟧ with her mother, who said only "something happened at the neighbour's house". The medico-legal examination was done by the gynaecology team with a female doctor, as the law requires; my role was the paediatric assessment and the safety plan. The police needed the address for the FIR and I wrote it on the case sheet in front of the family and two other patients' attendants: ⟦ADDRESS|H.No. 12-2-417/B, Gudimalkapur, Hyderabad 500028⟧. The mother flinched. Everyone in that corridor now knew where the family lived.

What I should have done: taken the mother to the counselling room, asked for details there, and written them only on the MLC form. The Child Welfare Committee and the one-stop centre exist for exactly this, and our hospital social worker, Mr Srinivas, helped the family with both.

The child was discharged to her aunt's house with a support person and follow-up with the child psychologist. She drew a picture of a rangoli for the nurses.`,
  },
  {
    id: "in-free-010",
    setting: "paediatric palliative care",
    role: "palliative care physician",
    text: `Thalassaemia major is a chronic disease in our day-care unit, but at some point it becomes a palliative one.

⟦NAME|Gurleen⟧ is seventeen. She has had transfusions every three weeks since she was one year old, and her ferritin is above 6,000 despite chelation. Her heart is failing. She told me in Punjabi, "Main thak gayi haan" — I am tired. She wants to finish her 12th board exams and then she does not want any more admissions.

Her desferrioxamine infusions run through a pump we lend from the unit; its asset number, ⟦DEVICE|PBTS-PUMP-0392⟧, is on the form I signed when her father took it home. He works at ⟦OTHER|the only tyre-repair shop on the Kotkapura bypass⟧, and he said he would close it for a month if that is what she needs.

What I am learning: palliative care in thalassaemia is not about stopping transfusions. It is about symptom control, honest talk about the heart, and goals. Hers are simple — exams, then her cousin's wedding.

We wrote an advance care plan together. She chose the words herself.`,
  },
  {
    id: "in-what-011",
    setting: "kangaroo mother care",
    role: "midwife",
    text: `What? Our district hospital in Assam opened a kangaroo mother care ward this year: eight beds with recliners, where low-birthweight babies stay skin to skin with their mothers for most of the day. I helped the first mother settle her 1.6 kg son against her chest, tie the binder, and cover both of them with the gamosa she had brought from home.

So what? I have been a midwife for eleven years and I always thought of KMC as a poor country's substitute for incubators. The WHO immediate KMC trial (2021) showed the opposite: starting KMC straight after birth reduces deaths even compared with incubator care. In our ward the babies gain weight faster, the mothers are more confident with breastfeeding, and fewer babies get cold at night.

Now what? The challenge is keeping it going for long hours. Mothers get tired and grandmothers take over, which is allowed. Fathers are beginning to take turns. I have started a simple chart of hours per day, and I want to present it at our district meeting in spring.`,
  },
];
