import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: house jobs, a lady health worker's midwife, pharmacy, nursing and students. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
House job, month 2. Admission night in ⟦FACILITY_ROOM|East Medical Ward, bed 9, Mayo Hospital⟧. ⟦NAME|Bashiran Bibi⟧, known DM, came with DKA, BSR HI on glucometer, pH 7.08. Her son brought only her CNIC ⟦ID|35201-5582914-6⟧ and a plastic bag of old prescriptions, no reports. Insulin infusion started, 0.1 u/kg/hr, fluids, K+ was 3.2 so we replaced before pushing insulin — registrar sahib asked me why and I actually knew the answer for once.
Lesson for me: the potassium before insulin thing is not just for exams. And the plastic bag of prescriptions is a gold mine, read all of it, she was on two sulfonylureas from two different doctors.
Sleeping now, post-call. Ammi is making paratha, thank God.
`,
  },
  {
    id: "pk-what-002",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
What? Ramzan week 1 and already 5 patients asked me how to take their diabetes medicines while fasting. One uncle was taking glimepiride at sehri AND at iftar, same dose as before, and he had two hypos already.

So what? The IDF-DAR guidelines (2021) say sulfonylureas need dose adjustment and timing change during Ramadan, usually take at iftar and reduce. Many doctors here don't counsel about fasting, patients just decide themselves. I also fast, and I know how it feels to be weak at asr time, so I can understand why people don't want to stop fasting.

Now what? I made a one-page Urdu leaflet with my colleague Sana: which meds to shift, hypo signs, when to break the fast (sugar below 70). Going to print 200 before next Friday. My Eid leave starts after 27th so need to finish quickly.
`,
  },
  {
    id: "pk-free-003",
    setting: "midwifery",
    role: "community midwife",
    text: `
Long day in the field. Home visit in ⟦LOCATION|Basti Malik Wala near Muzaffargarh⟧, after the flood water went down. ⟦NAME|Nasreen⟧, 8 months, BP 160/110, swelling in face and hands, headache since 2 days. I gave her methyldopa, told husband she must go to THQ today, not tomorrow. He said no money for the rickshaw. I called the Rescue 1122 and gave them his number ⟦PHONE|0300 5551247⟧ so they could call when they reached the road.
She reached and they gave MgSO4. I heard she delivered a baby boy by night.
Reflection: eclampsia kills in the gap between "go to hospital" and reaching hospital. Transport is part of the care plan. I will ask my LHS madam to keep a list of drivers in every basti.
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "surgery",
    role: "medical student (3rd year MBBS)",
    text: `
Description: first day in surgical ward. Prof. sahib's round at 8, thirty students, I was at the back and could see nothing. He asked me the signs of appendicitis and I said McBurney, Rovsing, psoas… and then blanked on obturator.
Feelings: embarrassed in front of everybody, especially in front of Hamza who knows everything.
Evaluation: I knew it, I just couldn't say it under pressure. Also I didn't examine a single patient today.
Analysis: big rounds are not for learning examination, they are for learning how seniors think. Real learning is in the evening when the ward is quiet and patients are free to talk.
Conclusion: come back at 6 pm.
Action plan: Ayesha and me will examine 2 patients every evening this week (with permission and the staff nurse around), and I'll practise answering out loud with Das surgery book. Also eat breakfast, fainted-feeling by 11.
`,
  },
  {
    id: "pk-free-005",
    setting: "paediatrics",
    role: "staff nurse (paediatric ward)",
    text: `
⟦NAME|baby Zarmina⟧ came back today. She was admitted on ⟦DATE|14 Aug⟧ with severe pneumonia and went home after 6 days, now again with fever and chest indrawing. Her father drives a rickshaw, ⟦OTHER|PSE-4471⟧ written on the back with her name in Pashto, he parks it outside the children ward every night so everyone knows whose baby.
SpO2 86% on room air, started O2 by nasal prongs, ceftriaxone as per protocol. Weight for age below -3 SD. I think the real problem is the malnutrition and the smoke from the wood fire at home.
I talked to the mother about feeding and the nutrition stabilisation center. Dr. Gul agreed to refer. Learning: readmission is telling us something the discharge missed.
`,
  },
  {
    id: "pk-comment-006",
    setting: "surgery",
    role: "assistant professor of surgery",
    text: `
Obturator sign: internal rotation of the flexed hip. Now you will never forget it. Blanking in front of thirty people happens to everybody, it happened to me in 2009 in front of a very scary professor. The evening plan is excellent. Ask the house officers to let you present a case on Wednesday round. Well done for writing honestly.
`,
  },
  {
    id: "pk-free-007",
    setting: "emergency department",
    role: "intern (house officer)",
    text: `
dengue season in Lahore, ER is full of it. tonight 19 cases. platelets 18,000, 22,000, 9,000... everyone wants platelet transfusion. Consultant explained again: platelets alone don't kill, plasma leakage kills. We watch the HCT, the pulse pressure, the urine output. One girl, 17, HCT went from 38 to 49 with BP 100/85, narrow pulse pressure, we gave crystalloid 10 ml/kg and she picked up.
Mistake I made: I ordered platelets for a 9,000 patient with no bleeding because relatives were shouting. Registrar cancelled it and told me to counsel instead. He was right.
Plan: read WHO 2009 dengue guideline warning signs again, and practise saying "no" kindly to families. Need also to charge my phone, 3% left.
`,
  },
  {
    id: "pk-what-008",
    setting: "ICU",
    role: "medical student (final year MBBS)",
    text: `
What? ICU rotation in Rawalpindi. A family made a WhatsApp group called "⟦OTHER|Abbu ICU Bed 3 Updates⟧" with 60+ relatives, and the son was posting photos of his father with the ventilator and the monitor, plus voice notes from the doctors on rounds.

So what? I understand, the family is big and spread across Dubai and Manchester, everybody wants news. But the monitor photos showed the next patient also, and the voice notes had the consultant talking about prognosis in a way that was meant for close family only. Things get forwarded.

Now what? Dr. Rabia and I talked to the son. We suggested one family spokesperson and one update call daily at 4 pm. He agreed, deleted the photos. For me: privacy conversations should happen at admission, not after the problem.
`,
  },
  {
    id: "pk-free-009",
    setting: "physiotherapy",
    role: "physiotherapist (DPT)",
    text: `
Post-op ACL rehab, week 2. Young cricketer, 21, very motivated, too motivated actually — he was doing squats at home against my advice and his knee effusion came back. ROM 0–95, quad lag 10°.
I was annoyed with him but then I remember myself at 21, I would have done the same. So instead of shouting I showed him the graft healing timeline, why the graft is weakest between week 6 and 12, and what "ligamentization" means.
He listened more to the picture than to my words. Learning: show, don't only tell. Next: make a simple phase chart in Urdu with pictures for all ACL patients. Also I must update my own CPD log, Dr. Imran asked for it since two months.
`,
  },
];
