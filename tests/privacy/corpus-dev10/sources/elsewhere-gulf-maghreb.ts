import type { SourceItem } from "../../corpus/types.ts";

/** Elsewhere, the Gulf and the Maghreb: Saudi Arabia, Oman, Qatar, Morocco. */
export const GULF_MAGHREB: readonly SourceItem[] = [
  {
    id: "sa-free-001",
    setting: "internship",
    role: "medical intern",
    text: `
I am a female intern in Riyadh and I started my internship year in July, right after Hajj season. My mentor, Dr. Hessa Al-Qahtani, asked each of us to write about a moment when we felt like a doctor for the first time.

For me it was in the emergency department during the MERS-CoV screening drill. We practised the whole pathway: triage questions about camel contact and travel, N95 fit-testing, the negative pressure room. I was given the role of the doctor in charge, because Dr. Hessa said women need to practise leading, not only assisting. My voice shook when I gave the first instruction. By the end I was telling a consultant where to stand.

Vision 2030 talks a lot about women in the workforce. In our batch, more than half the interns are women, which my mother, who was not allowed to study medicine in the 1980s, finds unbelievable. She tells her friends I am "the doctor" at every family gathering.

My SMLE result came out in September, and I have applied for paediatrics. My brother says I only chose it because the paediatric department watches Al Hilal games together in the staff room. This is partly true. Dr. Hessa says the real reason is that I talk to children better than to adults, which is also true.
`,
  },
  {
    id: "sa-gibbs-002",
    setting: "intensive care",
    role: "ICU staff nurse",
    text: `
**Description.** I am a Filipino nurse working in Jeddah for six years. Last month I cared for ⟦NAME|Mr. Saleh Al-Ghamdi⟧ — everyone called him ⟦NAME|Abu Faisal⟧ — in ⟦FACILITY_ROOM|ICU bed 7, King Fahad General Hospital Jeddah⟧, after cardiac arrest. He was admitted on ⟦DATE|14 Rabi al-Thani 1447⟧. His national ID, ⟦ID|1048827365⟧, was on the consent form for the tracheostomy.

**Feelings.** I felt sad because his family stayed outside the ICU every day and I could not speak Arabic well enough to comfort them.

**Evaluation.** My charge nurse, Sister Marites, asked the patient relations interpreter, Mr. Yasser, to come at visiting time. We explained the ventilator, the GCS of 6, and the plan. ⟦NAME|Abu Faisal⟧'s eldest son thanked us and brought dates and Arabic coffee for the whole unit.

**Analysis.** Family-centred care in the Saudi context means the family decides together, often through the eldest son. I had been waiting for one person to answer.

**Conclusion.** Interpreters are part of the care team, not an extra.

**Action plan.** I have started an Arabic course on weekends, and I will suggest an interpreter schedule for ICU visiting hours to our nurse manager, Ms. Norah.
`,
  },
  {
    id: "sa-what-003",
    setting: "pharmacy",
    role: "PharmD intern",
    text: `
**What?** During Ramadan, my preceptor in Dammam, Dr. Nora Al-Dossary, ran a Ramadan medication clinic in the outpatient pharmacy. I helped her adjust regimens for people who wanted to fast: metformin 1 g moved to iftar and suhoor, gliclazide reduced, diuretics moved to after iftar. We used the IDF–DAR risk categories from 2021.

**So what?** Before this, I thought of fasting as a risk. Dr. Nora treats it as a patient's goal. She said that if we tell people not to fast, they will fast anyway without telling us. Several patients said they had never been asked about fasting before.

**Now what?** I am making a one-page guide in Arabic and English for our pharmacy, and I will present it at our SFDA pharmacovigilance seminar in Shawwal. My sister, who is a nurse in Al Khobar, has asked for a copy. After Eid I am going to Abha with my family to escape the heat, and I will try not to open my laptop.
`,
  },
  {
    id: "sa-comment-004",
    setting: "intensive care",
    role: "ICU staff nurse",
    text: `
Lovely reflection, Joy, but please remove the details. You wrote ⟦NAME|Abu Faisal⟧'s full name, his national ID and ⟦FACILITY_ROOM|ICU bed 7⟧. His son ⟦NAME|Faisal⟧ also emailed the unit from ⟦EMAIL|faisal.alghamdi88@hotmail.com⟧, and someone could connect it. Sister Marites will ask in the meeting. I can help you rewrite it tonight after shift.
`,
  },
  {
    id: "om-free-005",
    setting: "physiotherapy",
    role: "physiotherapy lecturer",
    text: `
I teach physiotherapy at Sultan Qaboos University in Muscat, and this semester I changed how I run the musculoskeletal practical. I want to reflect on why.

For years I taught the special tests as a list: Neer, Hawkins–Kennedy, empty can, drop arm. Students memorised them for the OSCE and forgot them by the next year. This year my colleague, Dr. Aisha Al-Balushi, suggested we start with a story instead: a fisherman from the coast who cannot lift his nets. The students had to decide which tests to do, and why.

The change was remarkable. Muna and Khalid, who never speak in class, argued about whether the painful arc meant impingement or a rotator cuff tear. Maryam brought in a paper by Hegedus from 2012 on the diagnostic accuracy of shoulder tests and said half of them are not very useful. She is right.

Over National Day we had a long weekend, and I drove to Salalah for the Khareef with my family. It rained, the mountains were green, and I thought about teaching the whole time, which my wife says is a problem.

Next semester I will use the same approach for the knee, with a story about a young footballer who supports Dhofar Club.
`,
  },
  {
    id: "om-gibbs-006",
    setting: "cardiology",
    role: "nursing student",
    text: `
**Description.** During my cardiology placement in Nizwa, I cared for ⟦NAME|Haji Salim bin Hamad Al-Kindi⟧, who was ⟦AGE|aged 95⟧ and had an ICD for ventricular tachycardia. The device technician checked it and read out the serial, ⟦DEVICE|RWX880142H⟧, for the record. ⟦NAME|Haji Salim⟧ lives in ⟦LOCATION|the old mud-brick quarter of Misfat al-Abriyeen, by the falaj⟧, and came in after the device shocked him twice on the night of ⟦DATE|18 Jumada al-Awwal⟧.

**Feelings.** I was scared because I had never seen an ICD interrogation and he was frightened of another shock.

**Evaluation.** My clinical instructor, Ms. Zuwaina, explained the interrogation: two appropriate shocks for VT, amiodarone adjusted. She encouraged me to explain to his grandson ⟦NAME|Hamad⟧ in simple Arabic what the device does.

**Analysis.** Patients with ICDs often develop anxiety after shocks. I had focused on the technical part only.

**Conclusion.** Psychological care is part of device care.

**Action plan.** I will read the 2022 ESC guidelines on ventricular arrhythmias, and I will ask Ms. Zuwaina to let me observe the device clinic next week.
`,
  },
  {
    id: "om-what-007",
    setting: "prehospital",
    role: "paramedic student",
    text: `
**What?** Field placement with the ambulance service in Sohar. A road traffic collision on the highway at 22:40: a car hit a camel. Two young men, one with GCS 15 and a fractured clavicle, the other with GCS 13 and a scalp laceration. My preceptor, Mr. Said Al-Hinai, let me lead the triage.

**So what?** I used the START triage method we learned at the college. I felt confident until the second man started vomiting and I worried about his cervical spine and airway at the same time. Mr. Said reminded me: log-roll, suction, then reassess. The camel, sadly, did not survive, and the camel's owner arrived very angry, which nobody trained me for.

**Now what?** I will practise spinal motion restriction scenarios with two people instead of four, and read the 2018 consensus statement on spinal immobilisation. Mr. Said says camel collisions are common in Khareef season on the road to Salalah, so I will be ready. My final exam is on 5 January and my family has planned a trip to Jebel Akhdar after it.
`,
  },
  {
    id: "qa-free-008",
    setting: "career reflection",
    role: "internal medicine resident",
    text: `
I joined the residency programme at Hamad Medical Corporation in Doha in 2021, just before the World Cup, and I want to write my end-of-residency reflection before my board exam.

The World Cup year was unforgettable. We had mass gathering drills, extra heat illness protocols, and an emergency department full of fans from every country. I treated an Argentina fan with exertional heat stroke (core temperature 41.2 °C) with cold water immersion, and I treated a Moroccan fan for a panic attack after the semi-final. I still have the flag he gave me.

My programme director, Dr. Mohamed Hamad (no relation to the hospital, he jokes every year), taught me that medicine in Qatar is medicine for the whole world. My co-residents came from Sudan, Jordan, India, Pakistan, the Philippines and Egypt. We celebrated Eid, Diwali and Christmas together in the residents' lounge.

Now I am thinking about fellowship in infectious diseases, maybe in Canada, maybe here. My mentor, Dr. Laila Haddad, says I should not decide because of the weather.

My board exam is in May. After that I will take my parents to watch Al Sadd play, because my father has supported them since 1990.
`,
  },
  {
    id: "qa-what-009",
    setting: "occupational health",
    role: "medical student",
    text: `
**What?** During my clinical attachment in Doha, I saw ⟦NAME|Ramesh Thapa⟧, a Nepali construction worker, with heat exhaustion and rhabdomyolysis, CK 38,000 U/L, on ⟦DATE|the 17th of July⟧, the hottest week of the summer. He lives in ⟦LOCATION|Labour City, Block 14, Room 6⟧ and works on a site near the Corniche. His QID, ⟦ID|28952401837⟧, was on the health card. He asked us to call his supervisor, ⟦NAME|Mr. Bikash Gurung⟧, on ⟦PHONE|+974 5555 0192⟧, because he was worried about losing his job.

**So what?** My supervising consultant, Dr. Salma, explained that Qatar changed the summer working hours law in 2021 to protect outdoor workers. But ⟦NAME|Ramesh⟧ said he had worked at noon anyway because the deadline was close.

**Now what?** I am reading the ILO reports on heat stress, and I will do my research elective on occupational heat illness. ⟦NAME|Ramesh⟧ recovered after three days of IV fluids and went back to work, which worried me.
`,
  },
  {
    id: "qa-comment-010",
    setting: "medical education",
    role: "internal medicine resident",
    text: `
Congratulations, Omar! Chief resident next year — nobody deserves it more. Dr. Mohamed announced it at the Thursday academic half-day and the whole room clapped. Remember our first night on call in 2021 when we got lost looking for the CT scanner? Now you will be showing the new interns where it is. Karak tea is on me.
`,
  },
  {
    id: "ma-free-011",
    setting: "paediatrics",
    role: "medical student",
    text: `
Fifth-year paediatrics in Rabat, and my professor, Pr. Benjelloun, starts every morning round with the same question: "What would Ibn Sina do?" He means it half as a joke, half seriously, because Avicenna wrote about childhood illnesses a thousand years ago and some of his advice about feeding and fever is not far from what we do now.

This month we had many children with bronchiolitis, mostly RSV, saturation around 90%, and my friend Youssef and I learned to do nasal suction better than any lecture could teach. The protocols from the Moroccan Paediatric Society follow the 2014 AAP guideline: no routine salbutamol, no antibiotics without a reason, oxygen if saturation falls below 90%.

What I found hard was the mothers. Many travelled from villages far away and could not stay. Pr. Benjelloun spoke with each of them in Darija, slowly, and asked about the older children at home. I had never thought about that.

During Ramadan our rounds started later, and everyone was tired by the afternoon. I broke my fast with my family in Salé most evenings. On the weekends I watched Raja with my brothers. My exam is in June, and I have promised my mother I will sleep more.
`,
  },
  {
    id: "ma-gibbs-012",
    setting: "pulmonology",
    role: "pulmonology resident",
    text: `
**Description.** In my second year as a resident in Marrakech, I cared for ⟦NAME|Mme Fatima Zahra Ait Lahcen⟧ in ⟦FACILITY_ROOM|bed 12 of the pulmonology department, CHU Mohammed VI⟧. She had pulmonary tuberculosis and was admitted on ⟦DATE|the Tuesday after Eid al-Mawlid⟧. She came from ⟦LOCATION|douar Tighdouine Oufella, above the Thursday souk⟧, in the Atlas. Her CIN was ⟦ID|EE428173⟧, and her son ⟦NAME|Brahim⟧ gave his number, ⟦PHONE|0661-555-482⟧, for the tuberculosis programme follow-up.

**Feelings.** I was worried she would stop treatment when she returned home, because the nearest health centre is far.

**Evaluation.** My professor, Pr. El Idrissi, and the TB nurse, Si Mohamed, organised directly observed treatment with the local health centre and a community worker.

**Analysis.** The national tuberculosis programme has good guidelines, but distance is the biggest cause of treatment interruption in the mountains.

**Conclusion.** Treatment must be planned around the patient's village, not around the hospital.

**Action plan.** I will study the 2022 WHO consolidated guidelines and present this case at our staff meeting.
`,
  },
  {
    id: "ma-what-013",
    setting: "dental school",
    role: "dental student",
    text: `
**What?** Clinical year in Casablanca, in the faculty of dental medicine. My supervisor, Dr. Salma Tazi, asked me to treat a young woman for a molar with irreversible pulpitis. I did the anaesthesia (articaine 4% with adrenaline 1:100,000), the access cavity and the working length. It took me two and a half hours.

**So what?** Dr. Tazi did not criticise my speed. She said speed comes later and that every endodontist she knows, including her own professor in Montpellier, was slow at the beginning. What she criticised was that I forgot to check the patient's comfort during the long procedure. The patient was too polite to ask for a break.

**Now what?** I will ask every twenty minutes if the patient needs a rest, and I will practise on extracted teeth in the lab on Wednesday afternoons with my friend Imane. I have my clinical exam in June. Until then, no more Wydad matches on weeknights — my father says this is the real sacrifice.
`,
  },
];
