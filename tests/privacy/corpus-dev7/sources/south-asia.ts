import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** Pakistan, India, Bangladesh and Sri Lanka: house officers, postgraduate trainees, nurses, interns, faculty. */
export const SOUTH_ASIA: SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "medicine",
    role: "house officer",
    text: `
**Description.** My house job started on 1 January in Medical Unit II, and in the second week Prof. Shahid Mahmood asked me to present a case of Guillain-Barré syndrome on the morning round. The patient, a young man from a village in Punjab, had ascending weakness after a diarrhoeal illness. His single breath count was falling.

**Feelings.** Nervous. Prof. Mahmood is famous for asking about Landry, Guillain, Barré and Strohl by name.

**Evaluation.** The PG trainee, Dr Ayesha Tariq, had taught me the EGRIS score the night before, so I could say he was at high risk of ventilation. IVIG was started at 0.4 g/kg/day for five days.

**Analysis.** Our unit has no plasmapheresis, and IVIG costs more than the family earns in six months. Bait-ul-Maal helped. I learned that treatment plans in Lahore include a finance plan.

**Conclusion and action plan.** I will read the EAN/PNS guideline (2023) and prepare for FCPS Part I in March. — Dr Usman Farooq, HO
`,
  },
  {
    id: "pk-what-002",
    setting: "obstetrics",
    role: "postgraduate trainee",
    text: `
**What?** A night in the labour room in Karachi during my second year of FCPS training in Obstetrics and Gynaecology. A primigravida with eclampsia, BP 180/115, fitting on arrival. Our senior registrar, Dr Sana Baloch, gave magnesium sulphate by the Pritchard regimen, 4 g IV and 10 g IM, and I monitored reflexes and respiratory rate every hour.

**So what?** I had read about magnesium toxicity but had never checked patellar reflexes at 3am with a torch. Dr Baloch said the Collaborative Eclampsia Trial (1995) changed practice worldwide, yet we still see women arriving after three fits at home.

**Now what?** I will teach the LHWs in our outreach programme about danger signs, with Dr Baloch's permission, at the Saturday session in the Community Medicine department. I also have my IMM exam on 12 May. — Dr Hira Siddiqui, FCPS II trainee
`,
  },
  {
    id: "pk-free-003",
    setting: "paediatrics",
    role: "medical student",
    text: `
Final year clinical rotation in Paeds at a teaching hospital in Peshawar. Our professor, Dr Gul Rehman, asked me to examine a child with kwashiorkor: pitting oedema, flaky paint dermatosis, and the saddest eyes. The child was from a family displaced from Bajaur.

What I learnt: the WHO ten steps (2013) for severe acute malnutrition are not only about F-75 and F-100. Dr Rehman spent twenty minutes with the mother explaining why we give small, frequent feeds, in Pashto, and she understood. I could not have done that.

I reflected with Kolb's cycle. My abstract conceptualisation is that language is a clinical skill. My active experimentation: I have asked my friend Zainab, who speaks Pashto, to teach me the twenty words I need most. We are practising in the library of Khyber Medical College every evening before the professional exam. — Ahmed, final year MBBS
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "surgery",
    role: "surgical resident",
    text: `
**Description.** On ⟦DATE|14 Rabi ul Awwal⟧, the day after the 12 Rabi ul Awwal procession, ⟦NAME|Haji Muhammad Akram⟧, ⟦AGE|ninety years old⟧, was brought to ⟦FACILITY_ROOM|Surgical Ward 2, bed 17, Mayo Hospital Lahore⟧ with an incarcerated inguinal hernia. His CNIC, ⟦ID|35202-4417283-5⟧, was written on the admission slip. His grandson ⟦NAME|Bilal⟧ gave his number as ⟦PHONE|0300 5551284⟧.

**Feelings.** Worried: a ⟦AGE|90-year-old⟧ man and an emergency laparotomy.

**Evaluation.** Prof. Javed Iqbal, our unit head, decided to operate under spinal anaesthesia. Dr Nadia Hussain gave the block.

**Analysis.** The P-POSSUM score predicted high mortality, but the alternative was certain death.

**Action plan.** Study frailty scoring before my FCPS exit exam. — Dr Kamran, R3
`,
  },
  {
    id: "pk-what-005",
    setting: "community medicine",
    role: "lady health worker supervisor",
    text: `
**What?** I supervise lady health workers in district Thatta. This month one of my LHWs, Shazia, reported a newborn who was not feeding in ⟦LOCATION|Goth Allah Dino Khaskheli, behind the government girls' primary school near Gharo⟧. The baby, ⟦NAME|Baby of Naseem⟧, was born on ⟦DATE|3 Safar⟧ at home. The father, ⟦NAME|Rasool Bux⟧, had a B-form number ⟦ID|42101-6634912-8⟧ for the older children only.

**So what?** Birth registration and newborn care are linked. Without registration there are no vaccination cards. Dr Farah Naz, our district coordinator, helped us refer the baby.

**Now what?** I will raise registration at our monthly meeting and with the EPI focal person, Mr Imtiaz Memon.
`,
  },
  {
    id: "pk-free-006",
    setting: "ICU",
    role: "ICU nurse",
    text: `
I have been a charge nurse in the medical ICU in Islamabad for six years. Last week our new nurses, Sobia and Rahat, asked me why we do sedation holds every morning. I realised I had never explained it properly.

So I prepared a teaching session on the ABCDEF bundle with our intensivist, Dr Faisal Kiani. We used the RASS scale, the CAM-ICU, and the Awakening and Breathing Controlled trial (Girard et al., 2008). We met in the nursing classroom on the ground floor at 2pm on Thursday, after the morning round.

Reflecting with Gibbs: I felt proud afterwards but also guilty that I had waited six years. My evaluation is that bedside teaching works better than lectures. Next I will run the same session for the night staff, and I am applying for the post-RN BSN at Shifa College of Nursing in September. — Nasreen Akhtar, Charge Nurse
`,
  },
  {
    id: "pk-comment-007",
    setting: "medicine",
    role: "house officer",
    text: `
@usman_ho@pakmed.social Prof. Mahmood asked me about Landry too! The EGRIS tip is very good. Also check the Hughes functional grade on admission, because he always asks for that next. Best of luck for FCPS Part I in March, and say salam to Dr Ayesha Tariq from me. — Dr Mehwish, HO Medical Unit I
`,
  },
  {
    id: "pk-what-008",
    setting: "psychiatry",
    role: "psychiatry trainee",
    text: `
**What?** In the psychiatry OPD in Rawalpindi I saw ⟦NAME|Mrs Parveen Akhtar⟧, a widow, with her son ⟦NAME|Tariq⟧, who said she talks to jinn at night. Her MR number was ⟦ID|MR-2291746⟧. She lives in ⟦ADDRESS|House 14, Street 9, Block C, Satellite Town, Rawalpindi⟧.

**So what?** My supervisor, Dr Asim Raza, reminded me that spiritual explanation and psychosis are not exclusive. Her MMSE was 19/30, suggesting dementia with psychotic features.

**Now what?** Low-dose quetiapine 12.5 mg at night, a CT head, and a family meeting. I will read the NICE dementia guideline (NG97, 2018).
`,
  },
  {
    id: "pk-free-009",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
As a hospital pharmacist in Multan I run the Friday drug information session for house officers. This week Dr Imran Sheikh, a new HO, asked why we keep ceftriaxone and Ringer's lactate apart in the same line. It was a great question and I used it.

We discussed calcium-ceftriaxone precipitation (the FDA warning of 2007, revised in 2009), then the WHO AWaRe classification (2023) and why our antibiogram shows ESBL rates above 60%. Dr Sadia Qureshi from Microbiology joined to show our local data.

Reflecting with Driscoll, what? I was nervous speaking to doctors. So what? They wanted practical answers, not lectures. Now what? I have made a one-page sheet on IV compatibility for the wards, and Prof. Rashid Khan from Medicine has agreed to put it on the notice board of every unit. — Pharm. D. Ali Raza
`,
  },
  {
    id: "pk-gibbs-010",
    setting: "emergency",
    role: "medical officer",
    text: `
**Description.** A Saturday night in the emergency department in Quetta. A young man was brought in after a road traffic accident on the highway, GCS 9/15, with a boggy scalp swelling. The neurosurgery resident, Dr Abdul Wahid, was in theatre.

**Feelings.** Alone and overwhelmed.

**Evaluation.** I secured the airway with Dr Zarmina, the anaesthesia trainee, and got a CT. Extradural haematoma. He went to theatre within 90 minutes.

**Analysis.** The ATLS 10th edition (2018) sequence helped me stay calm. Our department has no trauma team activation.

**Conclusion.** A checklist is a colleague when there is none.

**Action plan.** Propose a trauma call system at the next meeting with our head of department, Dr Saleem Kakar; do my ATLS provider course in Karachi in April. — Dr Faiz, MO
`,
  },
  {
    id: "in-what-001",
    setting: "medicine",
    role: "intern",
    text: `
**What?** My internship began on 15 April, and my first posting was General Medicine. Our unit chief, Dr R. Venkatesan, asked me to manage a patient with dengue and a platelet count of 18,000. The attenders wanted a platelet transfusion immediately.

**So what?** The WHO dengue guidelines (2009) and the national NVBDCP guidance say prophylactic platelet transfusion is not indicated without bleeding. Dr Venkatesan explained this to the family in Tamil while I watched. He drew the warning signs on a piece of paper. The patient's haematocrit stayed stable and her platelets rose to 62,000 by day 7.

**Now what?** I will make a bilingual poster on the warning signs for the casualty waiting area, with help from our PG, Dr Divya Krishnan. I am also preparing for NEET PG on 3 August and will revise the arboviruses chapter this week. — Dr Arjun, intern, Madras Medical College
`,
  },
  {
    id: "in-free-002",
    setting: "community medicine",
    role: "medical student",
    text: `
Our community medicine posting took us to a PHC in rural Maharashtra for two weeks. Dr Meera Kulkarni, our professor of PSM, introduced us to the ASHA worker, Sunita tai, who has worked in the area since 2008.

I learned more from Sunita tai in two days than from Park's textbook in two years. She knew which houses had pregnant women, which children had missed their measles-rubella vaccine, and which family would not open the door for a man. She uses the MCP card like a bible.

We did a household survey using the Modified Kuppuswamy scale (2021 update) and found that many families fell in the upper-lower class. I reflected with Kolb's cycle: I had a concrete experience, and my abstract conceptualisation is that the health system in India rests on women like Sunita tai who are paid very little. We present our findings at the department seminar on 22 November. — Rohan Deshpande, III MBBS, B. J. Medical College, Pune
`,
  },
  {
    id: "in-gibbs-003",
    setting: "nursing",
    role: "staff nurse",
    text: `
**Description.** I work in the cardiac ICU in Kochi. Last month a patient after CABG developed atrial fibrillation on day 2. Our cardiothoracic surgeon, Dr Thomas Mathew, ordered amiodarone 150 mg IV over 10 minutes and then an infusion.

**Feelings.** I was confident with the drug but worried because our infusion pumps were all in use.

**Evaluation.** My head nurse, Sr. Lissy Joseph, borrowed a pump from the Cath Lab. The rhythm converted within six hours.

**Analysis.** The ACC/AHA guidelines (2023) support amiodarone for post-operative AF. The real problem was equipment. We have 12 beds and 9 pumps.

**Conclusion.** Good clinical decisions can be delayed by logistics.

**Action plan.** I wrote an incident report and discussed it with our nursing superintendent, Mrs Annamma Varghese. I will present this at the Kerala Nurses' Council CNE programme in December. — Reshma, Staff Nurse
`,
  },
  {
    id: "in-what-004",
    setting: "obstetrics",
    role: "postgraduate resident",
    text: `
**What?** In the labour room in Jaipur, ⟦NAME|Smt. Kamla Devi⟧, wife of ⟦NAME|Shri Ramesh Meena⟧ of ⟦LOCATION|Dhani Meenon ki, past the Hanuman temple outside Chaksu⟧, came with a postpartum haemorrhage after a home delivery on ⟦DATE|Karva Chauth⟧. Her Aadhaar, ⟦ID|${aadhaar("4821 7745 309")}⟧, was on the JSY form, and her husband's mobile, ⟦PHONE|94140 55521⟧, was on the ANC card.

**So what?** My unit head, Dr Sunita Agarwal, ran the PPH drill: uterine massage, oxytocin 10 IU, tranexamic acid 1 g (WOMAN trial, 2017). She needed two units.

**Now what?** Teach the PPH bundle to the interns with Dr Agarwal on Monday.
`,
  },
  {
    id: "in-free-005",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
A night in the PICU at a government hospital in Hyderabad. ⟦NAME|Master Sai Charan⟧, 4, son of ⟦NAME|K. Lakshmi⟧, was admitted to ⟦FACILITY_ROOM|PICU bed 6 at Niloufer Hospital⟧ with scorpion sting envenomation, BP 160/100 and pulmonary oedema. His UHID was ⟦ID|NLF2024118827⟧.

Our consultant, Dr Srinivas Rao, started prazosin 30 mcg/kg as per the IAP guidelines. I had read Bawaskar's work (1986) on prazosin in scorpion sting but had never seen it used.

His mother had walked from ⟦LOCATION|the tanda beyond the Gram Panchayat office in Pedda Thanda, Nalgonda district⟧ with him on her hip. I reflected with Gibbs afterwards: my feelings were mostly awe.
`,
  },
  {
    id: "in-gibbs-006",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
**Description.** On my first day of psychiatry residency in Bengaluru, 1 August, my consultant, Dr Kavitha Reddy, asked me to take a history from a college student with a first episode of mania. YMRS 32.

**Feelings.** Overwhelmed by the pressured speech; I could not get a word in.

**Evaluation.** Dr Reddy showed me how to interrupt respectfully and keep the interview safe. We started lithium 300 mg twice daily after baseline TFTs and creatinine. The Maudsley Prescribing Guidelines (14th edition, 2021) were open on the desk.

**Analysis.** Schön's reflection-in-action: I needed to change my approach in the moment, and I couldn't.

**Conclusion.** Structure is a kindness in mania.

**Action plan.** Practise with role play at the Wednesday case conference in the institute's convention centre, and read about the MHCA 2017 provisions on supported admission. — Dr Karthik S., JR1
`,
  },
  {
    id: "in-comment-007",
    setting: "community medicine",
    role: "intern",
    text: `
@rohan_3mbbs@indimed.social Beautiful, Rohan. Sunita tai sounds like our ASHA didi in Wardha. The Kuppuswamy update is a good touch. If you get time, read the NFHS-5 (2021) district fact sheet for your PHC; it will make your seminar on 22 November much stronger. All the best to you and Dr Kulkarni. — Sneha, intern, MGIMS
`,
  },
  {
    id: "in-what-008",
    setting: "surgery",
    role: "surgery resident",
    text: `
**What?** In surgery OPD in Lucknow, our professor, Dr Alok Srivastava, examined a man with a left-sided varicocele and asked us about the Fowler-Stephens and Palomo procedures. Then he asked why a sudden left varicocele in an older man should make us think of renal cell carcinoma.

**So what?** I knew about the left gonadal vein draining into the left renal vein, but I had not thought to examine the abdomen. Dr Srivastava made us all palpate the flank. USG later showed a normal kidney, but the lesson stuck.

**Now what?** Bailey & Love (28th edition) and the EAU guideline (2024) are my reading for this week. I will present the anatomy at our Saturday PG seminar in the Lecture Hall of the Department of Surgery, KGMU, and prepare for my MS exams in May. — Dr Nikhil Verma, JR2
`,
  },
  {
    id: "bd-free-001",
    setting: "public health",
    role: "medical officer",
    text: `
I work as a medical officer at an upazila health complex in Sylhet division. In the monsoon we see many cases of acute watery diarrhoea. This year our UH&FPO, Dr Mahbubur Rahman, asked me to run training for the nurses on the Dhaka solution and the icddr,b guidelines on ORS and zinc.

I used the WHO Hospital Care for Children pocket book (2013). Nurse Rokeya and Nurse Shirin asked very good questions about how to estimate dehydration in a malnourished child, where skin pinch is unreliable.

My reflection with Gibbs: I felt useful, and the evaluation showed better ORS counselling at the outpatient desk. In future I will involve the family welfare visitors too. Next month I sit the FCPS Part I in Dhaka. — Dr Tanvir Hasan
`,
  },
  {
    id: "lk-what-001",
    setting: "estate health",
    role: "public health midwife",
    text: `
**What?** I am a public health midwife in the hill country near Nuwara Eliya. On my clinic day I saw ⟦NAME|Mrs Selvi Ramasamy⟧ from ⟦LOCATION|line room 9 in the lower division of Pedro estate, beside the kovil⟧. She was 34 weeks pregnant with a haemoglobin of 7.8.

**So what?** My MOH, Dr Nirosha Perera, said anaemia on the estates is linked to worm load, tea picking and long hours. Mebendazole and iron had been given but not taken.

**Now what?** I will visit with the estate medical assistant, Mr Rajan, and explain again in Tamil.
`,
  },
  {
    id: "in-free-009",
    setting: "oncology",
    role: "oncology nurse",
    text: `
Day care chemotherapy, Mumbai. ⟦NAME|Mrs Farida Shaikh⟧ comes every three weeks for paclitaxel and carboplatin, and her son ⟦NAME|Imran⟧ messages the ward number at odd hours. This week he wrote from ⟦EMAIL|imran.shaikh.kurla@examplemail.com⟧ with her full address, ⟦ADDRESS|Room 12, Chawl No. 4, Jarimari Road, Kurla West, Mumbai 400070⟧, asking for the ambulance to pick her up.

Our oncologist, Dr Nandini Iyer, asked me to reply from the official account only, and our ward in-charge, Sister Mary D'Souza, reminded me of the DPDP Act (2023). I reflected with Driscoll: what? a kind son. So what? our informal channels leak data. Now what? a proper transport booking form.
`,
  },
  {
    id: "in-gibbs-010",
    setting: "anaesthesia",
    role: "anaesthesia resident",
    text: `
**Description.** My first spinal anaesthetic in the main OT complex in Chandigarh, for an elective hernia repair. Dr (Mrs) Harpreet Kaur, our professor, stood beside me. Bupivacaine 0.5% heavy, 3 mL, 25G Quincke needle at L3–L4. I missed twice.

**Feelings.** Ma'am said nothing, and that was worse than a scolding.

**Evaluation.** On the third attempt I got clear CSF. The block reached T10. Our senior resident, Dr Gurpreet Singh, said everyone misses in the first month.

**Analysis.** I had not positioned the patient well. Ma'am showed me afterwards how the Tuffier's line shifts if the patient is not fully flexed.

**Conclusion.** Positioning is half the block.

**Action plan.** Practise on the spinal simulator in the skill lab and read Miller's Anesthesia (9th edition, 2019) on neuraxial blocks before my DNB theory exam in June. — Dr Simran, JR1
`,
  },
];
