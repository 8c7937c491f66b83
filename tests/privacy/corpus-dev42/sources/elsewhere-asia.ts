import type { SourceItem } from "../../corpus/types.ts";

/** Philippines, Indonesia and Vietnam: measles, dengue, TB and leprosy, rabies, HIV online outreach, HFMD, stewardship. */
export const ASIA: readonly SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "paediatrics",
    role: "pediatric resident",
    text: `
During the measles outbreak in our province, I admitted ⟦NAME|Baby Princess Joy Dela Cruz⟧, nine months old, with fever, rash and pneumonia. She was too young for her first dose of MCV under the routine schedule. Her older brother had caught measles first at a daycare centre in ⟦LOCATION|Purok 5, Barangay San Isidro Labrador⟧. Her PhilHealth number, ⟦ID|12-025176439-8⟧, and her mother's cellphone, ⟦PHONE|0917 555 6621⟧, were taken for the disease surveillance report.

The ward was full. Children shared beds, and we tried to cohort measles cases in one room. Our consultant, Dr. Reyes, was strict about masks and about checking the vaccination status of every sibling and visitor. Many of the parents told us that they had stopped vaccinating after the dengue vaccine controversy, because they were afraid that all vaccines were dangerous.

⟦NAME|Princess Joy⟧ needed oxygen for five days and vitamin A on two consecutive days, as the WHO recommends. She recovered, but two other children in the ward did not survive. I had never before signed a death certificate for a vaccine-preventable disease.

My reflection is that vaccine confidence, once lost, is very slow to recover. The barangay health workers now visit each house during Chikiting Ligtas campaigns, and I volunteered to speak at a mothers' class. I tell parents what I saw on the ward, because stories seem to work better than statistics. I still think about the two children we lost.
`,
  },
  {
    id: "ph-what-002",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
What? In the rainy season our emergency room in Metro Manila sees dozens of dengue patients every day. On one night shift I managed a teenager in the critical phase of dengue: day five of fever, abdominal pain, cold hands, and a rising haematocrit with a falling platelet count. I followed the WHO 2009 warning signs and started IV fluids, giving 5 to 7 mL/kg/hour with close monitoring.

So what? It was difficult to balance fluid resuscitation with the risk of fluid overload. Our senior, Dr. Santos, taught me to check the haematocrit every four to six hours, watch urine output, and reduce the fluid rate step by step as the patient improves. I realised that the most dangerous time is when the fever goes down, because families think the patient is getting better. By morning the patient was stable, and the haematocrit was falling slowly.

I also thought about leptospirosis, because many dengue patients in the rainy season have waded through floods. Dr. Santos reminded me to ask about flood exposure and to consider doxycycline prophylaxis or treatment.

Now what? I want to learn more about fluid management in dengue and its evidence base, and to teach families about the warning signs before discharge. I will also write a short handover checklist for our ER, because the critical phase often begins in the middle of the night.
`,
  },
  {
    id: "ph-comment-003",
    setting: "emergency department",
    role: "internal medicine consultant",
    text: `
Excellent summary of the critical phase. One more tip: use ideal body weight to calculate fluids in overweight patients, because fluid overload is common. Our unit also found that a simple chart at the bedside, with the haematocrit and fluid rate every four hours, helped the night team. Salamat for sharing this reflection.
`,
  },
  {
    id: "id-gibbs-001",
    setting: "community health",
    role: "puskesmas doctor",
    text: `
Description. As a doctor at a puskesmas in Central Java, I diagnosed leprosy in ⟦NAME|Pak Sutrisno⟧, a 60-year-old rice farmer from ⟦LOCATION|Dusun Ngablak Kidul⟧, who came with painless burns on his hands. His NIK, ⟦ID|3322051207640003⟧, was recorded for the national health insurance. He told me his numbness began around ⟦DATE|malam 1 Suro⟧ the year before, because he remembered burning his hand during the night ritual.

Feelings. I was surprised. I had not expected leprosy in Java, and I felt guilty that two other doctors had seen him before and missed it.

Evaluation. After the diagnosis, we started multidrug therapy for multibacillary leprosy and examined his family. We also started single-dose rifampicin post-exposure prophylaxis for his contacts, as the national programme now recommends.

Analysis. Our supervisor, Dr. Wulandari, explained that Indonesia still has one of the highest numbers of new leprosy cases in the world, and that many cases are missed because doctors do not think of it. Stigma is strong, and many patients hide their disease. ⟦NAME|Pak Sutrisno⟧ asked me not to tell his neighbours.

Conclusion. Leprosy must be in our differential diagnosis for any skin lesion with numbness.

Action plan. I now test sensation in every patient with chronic skin lesions. I have also joined the district team for active case finding in villages, and I explain leprosy to the community in a way that reduces fear: it is curable and the drugs are free.
`,
  },
  {
    id: "id-free-002",
    setting: "public health",
    role: "veterinary public health officer",
    text: `
I am a veterinarian working in One Health, and this year I joined a rabies elimination campaign in Bali. Rabies returned to the island in 2008, and since then there have been many human deaths, almost all after dog bites. Our team vaccinated dogs in villages and taught people what to do after a bite.

The work was physically hard. We vaccinated around two hundred dogs a day, some of them free-roaming and difficult to catch. We marked vaccinated dogs with a collar, and kept records on a mobile app. Many families were happy to cooperate, but some worried that vaccination would make their dogs sick or less protective.

What I learnt most was the importance of coordination between the human and animal health sectors. When a person is bitten, the puskesmas gives wound care and post-exposure vaccine, and our team investigates the biting dog. If the dog is suspected of rabies, the brain is tested at the laboratory in Denpasar. Dr. Putu, our human health counterpart, explained that washing the wound with soap and water for fifteen minutes can prevent many deaths, yet many people still go to traditional healers first.

I also saw how tourism shapes the response. Foreign tourists are bitten by monkeys and dogs, and they often need immune globulin. I now understand why the WHO target of zero human deaths from dog-mediated rabies by 2030 needs vaccinating at least 70% of dogs, year after year.
`,
  },
  {
    id: "id-what-003",
    setting: "hiv clinic",
    role: "peer outreach worker",
    text: `
What? I work as a peer outreach worker for an HIV clinic that reaches young men through social media. This month one client, ⟦NAME|Mas Dimas⟧, contacted us on our Instagram account from his own account, ⟦OTHER|@dimasrizky.sby⟧, asking for a test. He was diagnosed with HIV and started treatment the same day. Later, our clinic's security check showed that someone had logged into his account on our online booking page from ⟦IP|203.0.113.87⟧, and had tried to see his appointment history.

So what? We realised that the online system that made testing easier also created a risk of exposing people. ⟦NAME|Dimas⟧ told us that his brother sometimes uses his phone. If his family found out about his status through our website, it could have been very dangerous for him. Stigma against HIV and against men who have sex with men is strong in Indonesia.

Now what? We changed the booking system so that it does not show the test result or diagnosis, and we added a second login step. I also learnt to ask every client how they want to be contacted, and whether their phone is private. Our clinic manager, Ibu Ratna, organised a training on digital security for all outreach workers. Same-day ART is a great success, but privacy must come with it.
`,
  },
  {
    id: "vn-free-001",
    setting: "paediatrics",
    role: "paediatric nurse",
    text: `
During an outbreak of hand, foot and mouth disease at a kindergarten, our children's infectious diseases department admitted many children with fever and blisters. One of them was ⟦NAME|bé Nguyễn Gia Bảo⟧, three years old, who developed myoclonic jerks and a fast heart rate on the third day. His test showed enterovirus 71. He was treated in ⟦FACILITY_ROOM|phòng 204, khoa Truyền nhiễm, Bệnh viện Nhi đồng An Phú⟧ with IV immunoglobulin and close monitoring. His illness began on ⟦DATE|mùng 3 Tết⟧, while the family was visiting relatives, and his father's phone, ⟦PHONE|0905 555 218⟧, was recorded for follow-up.

I remember the fear in the parents' eyes when he was moved to intensive care. I tried to explain the danger signs in simple words, and I stayed with his mother while the doctors examined him.

From this case I learnt that in HFMD, the complications can appear quickly, especially with EV71. The Ministry of Health guideline classifies the severity in grades, and grade 2b or higher requires close monitoring in hospital. Our head nurse, Chị Hương, taught us to count the heart rate when the child is calm and to observe the child while sleeping, because startles during sleep are an early sign.

I also reflected on prevention. The kindergarten needed better handwashing and cleaning. Our team worked with the district preventive medicine centre to teach teachers and parents. ⟦NAME|Bảo⟧ recovered fully after ten days, and I will never forget how quickly he became ill.
`,
  },
  {
    id: "vn-what-002",
    setting: "antimicrobial stewardship",
    role: "clinical pharmacist",
    text: `
What? In Vietnam, antibiotics are easy to buy without a prescription, and many patients arrive at hospital having already taken several. As a clinical pharmacist, I joined our hospital's antimicrobial stewardship team this year. We reviewed the antibiotic prescriptions in the internal medicine department for one month and found that third-generation cephalosporins were used in almost half of the patients, often for viral respiratory infections.

So what? Vietnam has some of the highest rates of antimicrobial resistance in Asia. Our laboratory reports show high rates of ESBL-producing E. coli and Klebsiella, and carbapenem-resistant Acinetobacter in the ICU. The Ministry of Health has issued guidelines for stewardship programmes in hospitals, but implementation is slow. Our team leader, Dr. Trần, explained that doctors prescribe antibiotics because patients expect them and because they fear complications.

Now what? We started weekly feedback meetings with the internal medicine doctors, showing their prescribing data compared to the guideline. We also introduced a simple form that requires the indication and planned duration for every antibiotic. I learnt that stewardship is not only about rules, but about building trust between pharmacists and doctors. I plan to measure the change after six months, and to include community pharmacies in our next project.
`,
  },
  {
    id: "vn-gibbs-003",
    setting: "osce",
    role: "medical student",
    text: `
Description. In my OSCE on infectious diseases, the station was a simulated patient with fever, headache and a rash after a trip to the Mekong Delta. I had to take a history and suggest a diagnosis. I focused on dengue, but forgot to ask about exposure to pigs, which was the key to the diagnosis of Streptococcus suis meningitis.

Feelings. I was disappointed with myself, because Streptococcus suis is a common cause of bacterial meningitis in adults in Vietnam, and we had studied it in lectures.

Evaluation. My history was well organised and I asked good questions about the fever pattern and mosquito exposure. But I did not ask about occupation or eating habits, such as raw pig blood pudding, which is a known risk factor.

Analysis. I realised that I was thinking of the most common disease, not the most dangerous one. Dr. Lê, our lecturer, explained that Streptococcus suis infection often causes deafness, and that early treatment with ceftriaxone and dexamethasone can reduce complications. She also reminded us that the history is the most important diagnostic tool in infectious diseases.

Conclusion. A complete history must include occupation, food and animal contact.

Action plan. I have made a checklist for fever histories that includes travel, animals, food, water and occupation. I will practise it with my classmates, and I will read the guidelines on bacterial meningitis again before the final examination in June.
`,
  },
];
