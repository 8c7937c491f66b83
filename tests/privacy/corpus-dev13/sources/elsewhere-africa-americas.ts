import type { SourceItem } from "../../corpus/types.ts";

/** Uganda, Tanzania, Ethiopia, Cameroon, Zambia, Trinidad and Tobago, and Argentina. */
export const AFRICA_AMERICAS: SourceItem[] = [
  {
    id: "ug-free-001",
    setting: "paediatrics",
    role: "intern doctor",
    text: `
Paeds ward, ⟦FACILITY_ROOM|Lacor⟧. ⟦NAME|Ajok⟧, 3 yrs, severe malaria with Hb 3.4, came from ⟦LOCATION|Pabbo, near the old camp by the borehole⟧ on a boda with her mum. Transfused 20 ml/kg whole blood, IV artesunate. She was gasping when she arrived, by evening she was sitting on the mother's lap eating posho.
The blood bank had only 2 units of O neg for the whole ward. I had to choose between her and another child. Dr. Okello helped me decide on Hb and respiratory distress. The other child was stable enough to wait until morning, and got blood at 7am.
I did not sleep well. Learning: triage decisions are medical but they feel moral. Writing it down so I don't carry it alone.
`,
  },
  {
    id: "ug-what-002",
    setting: "HIV clinic",
    role: "clinical officer",
    text: `
What? Adolescent HIV clinic. Viral load non-suppressed in 6 of 20 teenagers I saw today. All on TLD. Most say they "forget", but when I asked more, the real reason is they hide pills from schoolmates in boarding school.

So what? Adherence is social, not memory. Counselling "take your drugs" is useless if the dormitory is the problem. One girl said she takes her dose in the toilet at night.

Now what? Our peer supporter Brian (he is 22 and very good with young ones) will start a WhatsApp-free, in-person teen club on Saturdays. I will write to the schools' nurses, with consent only, about a private space for medicines. And I will read more about the Operation Triple Zero model from 2016.
`,
  },
  {
    id: "ug-free-003",
    setting: "obstetrics",
    role: "midwife",
    text: `
Labour suite night. ⟦NAME|Nakato⟧, 17, eclampsia, fitting on arrival at 1am. MgSO4 loading 4 g IV + 10 g IM, then the Pritchard regimen. Her BP was 170/115, we gave nifedipine. Baby delivered by C-section at 4am, 1.9 kg, to special care.
Her auntie was the only one with her, and she kept asking us not to tell the village. Admission was on ⟦DATE|Saturday 9th⟧, the same day as her school exams were supposed to end.
I keep thinking how she will go back to school. Learning: eclampsia care doesn't end with the delivery. I'll link her to the adolescent mothers' programme before discharge and ask Sister Achieng if the school can be told without her name going around.
`,
  },
  {
    id: "tz-free-001",
    setting: "geriatrics",
    role: "nursing officer",
    text: `
Home visit with the community team near Moshi. ⟦NAME|Bibi Mwanaisha⟧ lives alone, ⟦AGE|94⟧, blind from cataract, still makes her own ugali. She fell last week and her wrist is swollen, likely Colles. She refuses to go to hospital because "who will feed my chickens".
We splinted, gave paracetamol, and called her grandson who is in Dar. His number ⟦PHONE|0754 555 218⟧ was written on the wall with charcoal.
Learning: for old people in villages, hospital is not always the best place. We arranged X-ray through the mobile clinic Thursday, and the neighbour's daughter will feed the chickens. Sometimes the care plan includes chickens.
`,
  },
  {
    id: "tz-comment-002",
    setting: "geriatrics",
    role: "medical student (4th year)",
    text: `
"Sometimes the care plan includes chickens" — I'm putting that on my wall. In our community medicine lectures we talk about social determinants like a list, but your post shows what it looks like. Did you check her bone health or vision referral options too? The cataract camp in Arusha comes twice a year, maybe she qualifies.
`,
  },
  {
    id: "et-free-001",
    setting: "TB ward",
    role: "nurse",
    text: `
TB ward, Gondar. ⟦NAME|Ato Tesfaye⟧ came back with MDR-TB, his second time. First time he stopped treatment on ⟦DATE|Tir 11⟧ (⟦DATE|19 January⟧), ⟦DATE|the day before Timket⟧, to go to his village for the celebration and never came back. Now he is thin, coughing blood, GeneXpert shows rifampicin resistance.
I do not blame him. The treatment is long and far from home. But I was sad because if we had a plan for the holiday maybe he would continue.
Learning: ask patients about holidays and travel before, not after. Give them enough drugs, or link to the health centre near village. Our head nurse Sister Almaz will discuss with the TB focal person.
`,
  },
  {
    id: "et-what-002",
    setting: "surgery",
    role: "general surgery resident",
    text: `
What? Emergency laparotomy for sigmoid volvulus, very common here. My first time as primary surgeon, with Dr. Bekele assisting. Sigmoid was gangrenous, we did resection and Hartmann's.

So what? I was slow, 2 hours 40 minutes. But the patient is stable, passing flatus day 3. I learned that the volvulus belt of Ethiopia is real, and the mortality with gangrene is high, especially with delay. The patient came after 4 days of distension.

Now what? I will present the case at morning conference and review our last 50 volvulus cases for timing of presentation. Maybe we can do community awareness through the health extension workers. Also I need to practise my hand ties, Dr. Bekele said my knots were "ambitious".
`,
  },
  {
    id: "et-free-003",
    setting: "community health",
    role: "health officer student",
    text: `
Community attachment in Amhara region. Today we did a malnutrition screening with the health extension worker Wubit. MUAC on 60 children, 7 were red (<11.5 cm), 12 yellow. We gave RUTF and referred 2 with oedema to the stabilisation centre.
The mothers walked from very far and waited 3 hours in the sun. I felt bad that we were slow with the forms.
What I learned: MUAC tape is simple but the job is not simple. The hardest part is to explain to a mother that her child is sick when he looks "normal" to her.
Next: I want to make the form faster, maybe pre-fill with the kebele list, and bring water for mothers next time. Exam next week, need to read epi chapter 6.
`,
  },
  {
    id: "cm-free-001",
    setting: "internal medicine",
    role: "medical student (6th year)",
    text: `
Stage in internal medicine, Yaoundé. I write in English to practise, pardon my mistakes. ⟦NAME|Maman Odile⟧, hypertensive, came for stroke, right hemiplegia, aphasia. She is in ⟦FACILITY_ROOM|salle 3, lit 12⟧. Her family buy all the medicines at the pharmacy before we can give, the "ordonnance" system. Nicardipine was not available, family went to 3 pharmacies in the night.
I was very frustrated because the scan was also payable before, 80 000 FCFA, and the family was collecting money. We lost 6 hours.
What I learn: in our system, the first treatment is sometimes the money. Dr. Mbarga says we should have an emergency kit paid by the hospital and reimbursed later. I want to propose this to the chef de service with my colleague Ngono.
`,
  },
  {
    id: "cm-free-002",
    setting: "paediatrics",
    role: "nurse (paediatric ward)",
    text: `
Bamenda, paediatrics. Many displaced families now because of the crisis. Today we had 4 children with malaria and one with kwashiorkor. The girl with kwashiorkor, 3 years, oedema bilateral pitting, flaky paint skin. We started F-75 and antibiotics per WHO protocol.
The mother told me she had to leave everything. I listened. I am also from a village that had to move, so I understand a little.
My learning: malnutrition in conflict is about security, not only about food. I want to train more on psychosocial support, because the children need it and the mothers need it more. My supervisor Mme Tabi said the NGO will do a training in October, I will register.
`,
  },
  {
    id: "zm-free-001",
    setting: "medication error",
    role: "nurse (adult medical ward)",
    text: `
Adult medical at ⟦FACILITY_ROOM|UTH⟧, Lusaka. ⟦NAME|Mr Banda⟧, cryptococcal meningitis, on amphotericin B and flucytosine. I noticed his potassium was 2.8 and nobody had prescribed KCl. Ampho causes low K, it is in the protocol to give prophylactic potassium. His NRC ⟦ID|284617/11/1⟧ was on the lab form but the results were printed under another patient with the same surname, that's why nobody saw.
I informed the doctor on call, Dr. Mwale, and we corrected. Potassium given orally and IV.
Learning: same surnames in one ward is a danger, some family names are very common here. I will suggest we use a "name alert" sticker on the file when two patients share a surname.
`,
  },
  {
    id: "zm-comment-002",
    setting: "medication error",
    role: "ward sister",
    text: `
Excellent catch. The name alert idea is good, we had a similar error two years ago with two patients of the same surname on one ward. Please bring this to the ward meeting on Friday, and complete the incident form so pharmacy also knows. Also remember daily creatinine and magnesium for ampho patients. Keep up this vigilance.
`,
  },
  {
    id: "tt-free-001",
    setting: "district nursing",
    role: "district health visitor",
    text: `
Home visit in the rain, Central Trinidad. ⟦NAME|Mr. Ramkissoon⟧, diabetic foot, lives at ⟦ADDRESS|LP 47 Ramlal Trace, Caparo⟧ with his wife and a very loud parrot. Wound is healing slowly, granulation tissue good, but he's still walking barefoot in the yard. His daughter in Toronto emails me every week for updates from ⟦EMAIL|ramkissoon.s.toronto@outlook.com⟧, which is lovely but I had to check with him first if he was ok with that.
Learning: consent for sharing info is not assumed because it's family. And offloading is the treatment, not the dressing. Brought him a pair of proper diabetic slippers donated by the church. He said he'll wear them "when company come". We'll see.
`,
  },
  {
    id: "tt-what-002",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
What? Carnival season in Port of Spain, A&E full every weekend. 18 alcohol intoxications, 6 lacerations, 2 stab wounds, 1 chest pain that was cocaine-related. One young man, 24, with chest pain and ST elevation — we were so focused on "cocaine" that we almost held the cath lab. Cardiology came, he had a true STEMI.

So what? Labels are dangerous, even on a day when most cases are predictable. Cocaine can cause MI; it doesn't exclude it.

Now what? I'm asking our department to create a mass-gathering protocol for Carnival with a separate chest pain pathway. My consultant Dr. Baptiste agrees. And next year I'm taking Carnival off and playing mas, I earned it.
`,
  },
  {
    id: "tt-free-003",
    setting: "palliative care",
    role: "hospice nurse",
    text: `
⟦NAME|Tantie Merle⟧ passed this morning. ⟦AGE|97⟧, lived in ⟦LOCATION|the blue house by the Mayaro fish depot⟧ all her life, and the whole village came. She fell on ⟦DATE|J'Ouvert morning⟧ trying to see the band pass and never really got up after that.
Morphine subcut 2.5 mg 4 hourly, midazolam for the agitation in the last 24 hours, mouth care with the grandchildren. The family sang to her.
I've been a nurse 22 years and I still cry in the car after. I think that's alright. What I want to remember: a good death is possible at home, even with no syringe driver, if the family is prepared. I'll ask our team to run another family caregiver session next month.
`,
  },
  {
    id: "ar-free-001",
    setting: "primary care",
    role: "medical resident (medicina general)",
    text: `
Centro de salud, Buenos Aires. ⟦NAME|Doña Elvira⟧, 68, hypertension and COPD, lives in ⟦LOCATION|Barrio Mugica, manzana 104⟧, on the third floor with no elevator. She stopped coming because the stairs. Her DNI ⟦ID|12.418.593⟧ was needed for the program to get free inhaler, and she lost it.
We did a home visit instead. Spirometry impossible there, but SpO2 91%, mMRC 3. I changed her salbutamol to a combined inhaler with spacer made from a plastic bottle (it works!).
Lesson: primary care must walk. And I must improve my Spanish explanations of inhaler technique for people who never saw one. My jefa de residentes Dra. Sosa says this is the real medicine.
`,
  },
  {
    id: "ar-free-002",
    setting: "neonatal ICU",
    role: "neonatal nurse",
    text: `
NICU night, Córdoba. Preterm baby 28 weeks, 1,050 g, on CPAP 6 cmH2O, FiO2 30%. At 3am she had apnoea with bradycardia to 70, stimulated, bag-mask ventilation 30 seconds, recovered. Caffeine already on. The doctor on call, Dr. Ferreyra, increased the CPAP.
The mother was sleeping in the chair, and she woke up during the bradycardia. I had to explain while bagging. Not ideal.
Learning: parents in NICU see everything. I must explain what alarms mean before the alarm happens, in calm moments. Next shift I'll do a 5-minute "alarm tour" with each new family. Also finally use my vacation days in January, Bariloche waits for me.
`,
  },
];
