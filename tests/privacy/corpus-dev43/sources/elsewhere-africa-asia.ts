import type { SourceItem } from "../../corpus/types.ts";
import { rrn, saudiId } from "../gen.ts";

/** Saudi Arabia, Japan, Korea, Malaysia, Kenya and Ethiopia: 18 items, 10 with identifiers, 2 comments. */
export const AFRICA_ASIA: readonly SourceItem[] = [
  {
    id: "sa-free-001",
    setting: "metabolic genetics",
    role: "paediatric resident",
    text: `
⟦NAME|Faisal⟧ was six days old when he arrived in our emergency department in a metabolic crisis: lethargic, vomiting, with an ammonia of 420 µmol/L and a severe metabolic acidosis. He was born on ⟦DATE|14 Ramadan 1446⟧, and his newborn screening result had come back abnormal the same morning he collapsed. He has propionic acidaemia, and he is ⟦OTHER|the third child in the same extended family in Al-Ruwaidah diagnosed with it⟧.

His mother, known in the family as ⟦NAME|Umm Faisal⟧, already knew the disease. She had lost a daughter to it four years ago. She was calmer than I was.

We started haemodialysis, carglumic acid, high glucose infusions and stopped all protein, following the metabolic team's protocol. He recovered over the week. His national ID, ⟦ID|${saudiId("113047825")}⟧, was registered for the special formula programme before discharge.

The hardest conversation was about consanguinity and premarital screening. The parents are first cousins. Dr. Al-Harbi, our geneticist, discussed it with great respect, without blame, and offered prenatal diagnosis for future pregnancies.

I learned how much a family's experience can exceed our own, and how important it is to speak about genetic risk without shame. I will study the national newborn screening programme and premarital screening more closely, because the science is only useful if families trust it.
`,
  },
  {
    id: "sa-what-002",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
**What?** During Ramadan in our NICU in Riyadh, several breastfeeding mothers told me they were fasting. One mother of a 34-week baby was expressing less milk, and her baby was losing weight. She said she felt tired and dizzy in the afternoons.

**So what?** Islamic rulings allow breastfeeding mothers to be exempt from fasting if they are concerned for their health or their baby's, but many mothers still choose to fast. I did not want to tell her what to do about her religious practice, and I was not sure how to raise it. Our unit's lactation consultant, Nurse Al-Otaibi, explained that fasting usually does not reduce milk volume much in healthy mothers, but dehydration and fatigue can. She suggested focusing on hydration at suhoor and iftar and resting in the afternoon.

**Now what?** I talked with the mother about drinking more water during non-fasting hours and expressing more often at night. We also arranged for the unit's religious counsellor to speak with her about the exemption if she wished. The baby's weight began to improve. I want to learn more about culturally sensitive breastfeeding support, and I plan to suggest a Ramadan information sheet for NICU mothers, prepared with our religious affairs department.
`,
  },
  {
    id: "sa-free-003",
    setting: "adolescent diabetes",
    role: "paediatric endocrinology fellow",
    text: `
⟦NAME|Reem bint Saad⟧ is fifteen, has type 1 diabetes, and was admitted in DKA to ⟦FACILITY_ROOM|Room 304 of the adolescent ward at Al-Nakheel Children's Hospital⟧ three days into Ramadan. She had decided to fast without telling her doctors, and reduced her basal insulin to avoid hypoglycaemia.

She was embarrassed, and she begged me not to tell her father, whose number, ⟦PHONE|+966 55 555 0187⟧, was on the admission form. I could not promise that; he had to be involved. But I could help her explain it in her own words, and I did.

Fasting in type 1 diabetes is considered high risk by the IDF-DAR 2021 guidelines, and most children are advised not to fast. But many adolescents want to fast with their families and friends, and if we simply forbid it, they may do it secretly, as she did.

Dr. Al-Mutairi, my consultant, has a different approach: pre-Ramadan education, CGM, adjusting basal insulin by about 20 percent, and clear rules for breaking the fast if glucose is below 3.9 or above 16.7 mmol/L. ⟦NAME|Reem⟧ and her family attended the session before discharge, and her father was more supportive than she expected.

I learned that respecting a young person's faith and keeping her safe are not opposites. I want to set up a structured Ramadan clinic for our adolescents next year.
`,
  },
  {
    id: "jp-free-001",
    setting: "community paediatrics",
    role: "paediatrician",
    text: `
I have been doing monthly paediatric clinics on a remote island in Kagoshima Prefecture, and one family has taught me a great deal. ⟦NAME|Haruto-kun⟧ was born on ⟦DATE|令和6年5月12日⟧, that is, ⟦DATE|12 May 2024⟧, with a congenital heart defect, and he lives with his parents and his great-grandmother, ⟦NAME|Tome-san⟧, who is ⟦AGE|96⟧, on ⟦LOCATION|Kuroshima-kami, an island of about 180 people⟧.

After his surgery on the mainland, the family returned to the island. There is no paediatrician, only a clinic nurse and a ferry twice a week. His great-grandmother looks after him while his parents fish. She keeps his weight, feeds and medication in the Maternal and Child Health Handbook with beautiful handwriting.

At the last visit his weight gain had slowed, and his respiratory rate was 50. I was worried about heart failure. We adjusted his furosemide and arranged a video call with the cardiologist in Kagoshima City.

I learned that home care for children with complex conditions in remote areas depends on families, including the very old, and on telemedicine. ⟦NAME|Tome-san⟧ told me she had raised six children and four grandchildren without a doctor. I respect her, and I also worry about her health.

I want to improve support for island families, including respite care and regular telemedicine check-ups.
`,
  },
  {
    id: "jp-gibbs-002",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
**Description.** In our NICU in Osaka I helped a father do kangaroo care for the first time with his 28-week baby. He was nervous and asked if he might hurt her.

**Feelings.** I was happy, because fathers in Japan are often less involved in the NICU, and I wanted him to feel confident.

**Evaluation.** The baby was stable during the session, with good temperature and oxygen saturation. The father cried, which surprised him and me.

**Analysis.** Kangaroo care has benefits for babies and parents, including bonding and stable physiology. Dr. Tanaka, our neonatologist, explained that the research shows benefits for fathers too, including reduced stress. But our unit's visiting culture is centred on mothers, and fathers often work long hours. The national paternity leave policy has improved, but few fathers take it.

**Conclusion.** We should actively invite fathers into care, not wait for them to ask.

**Action plan.** I will suggest that our unit offer weekend and evening kangaroo care sessions, and make a simple leaflet for fathers. I will also ask fathers directly if they want to hold their baby, rather than assuming they are not interested.
`,
  },
  {
    id: "jp-comment-003",
    setting: "community paediatrics",
    role: "public health nurse",
    text: `
I am the public health nurse who visits the island between your clinics. ⟦NAME|Tome-san⟧ showed me the handbook too, and her records are better than ours. Please be careful: with the island name, the birth date and her age, anyone in the prefecture would know exactly who ⟦NAME|Haruto-kun⟧ is. Otherwise a wonderful reflection.
`,
  },
  {
    id: "kr-what-001",
    setting: "adolescent mental health",
    role: "school counsellor",
    text: `
**What?** ⟦NAME|Park Ji-woo⟧, a second-year middle school student, was referred to me after a teacher found a note in her notebook saying she wanted to disappear. She studies at a hagwon until 11 p.m. every night and sleeps about five hours. She told me her mock exam results on ⟦DATE|2025년 4월 9일⟧ were the worst of her class, and her mother shouted at her. She messages me through the school counselling KakaoTalk account as ⟦OTHER|jiwoo_0417⟧, and her resident registration number, ⟦ID|${rrn("110417-423851")}⟧, was on the referral to the Wee Center.

**So what?** Adolescent suicide is a serious problem in Korea, and academic pressure is one of the main factors. I felt anxious because this was the second student this term. I also felt frustrated with a system that seems to push children to the limit.

**Now what?** I completed a suicide risk assessment; she had thoughts but no plan. I contacted her parents and arranged a meeting. Her mother cried and said she did not know. We referred ⟦NAME|Ji-woo⟧ to a youth mental health centre and created a safety plan. I also spoke with the teacher about reducing homework pressure. I want to advocate for more mental health education in our school and for parents to learn about warning signs.
`,
  },
  {
    id: "kr-free-002",
    setting: "paediatric cardiology",
    role: "paediatric resident",
    text: `
Kawasaki disease is common in Korea, and in my paediatric residency in Seoul I have seen many cases. This week I diagnosed an incomplete case in a two-year-old with five days of fever, red lips, and a rash, but without conjunctivitis or limb changes.

I hesitated, because the classic criteria were not met. My supervisor, Prof. Kim, reminded me of the AHA 2017 algorithm for incomplete Kawasaki disease, which uses laboratory findings such as CRP, albumin, and platelet count, along with echocardiography. The CRP was 12 mg/dL, the albumin was 2.9 g/dL, and the echocardiogram showed mild coronary dilation.

We gave IVIG 2 g/kg and high-dose aspirin. The fever settled within a day. I felt relieved and also aware of how close I came to waiting.

I learned that incomplete Kawasaki disease is common in young children, and that waiting for all the classic signs can be dangerous because coronary aneurysms may develop. The algorithm exists to help us decide when the clinical picture is unclear.

I will review the guidelines again and discuss cases with senior doctors early when I am uncertain. I also want to learn more about the long-term follow-up of children with coronary changes.
`,
  },
  {
    id: "kr-free-003",
    setting: "school nursing",
    role: "school nurse",
    text: `
As a school nurse in a middle school in Daegu, I organise the annual health check, which includes scoliosis screening. This year I found several students with an asymmetric back on the Adams forward bend test.

One girl, in her first year of middle school, had a visible rib hump. Her parents had not noticed because she always wore loose clothes. I referred her to an orthopaedic clinic, and the X-ray showed a Cobb angle of 22 degrees. She started wearing a brace.

She was upset, because she was worried about what her friends would think. I spent time with her talking about how to wear the brace under her uniform and how to explain it if anyone asked. I also talked to her homeroom teacher so she could change for PE privately.

In reflection, screening is only the first step. The real work is helping students cope with a diagnosis during adolescence, when body image matters so much. I had thought my job was the measurement, but it was also the emotional support.

I want to learn more about adolescent idiopathic scoliosis and bracing, and I plan to create a support group for students who wear braces, because they often feel alone.
`,
  },
  {
    id: "my-free-001",
    setting: "paediatric ward",
    role: "house officer",
    text: `
During my paediatric posting in Pahang I admitted ⟦NAME|Nur Aisyah binti Kamarudin⟧, eleven, with severe dengue. She came from ⟦LOCATION|Kampung Bukit Tebuk Hulu⟧, a village about two hours from the hospital, and had been unwell for five days. Her MyKid number, ⟦ID|140312-06-5562⟧, and her father's number, ⟦PHONE|012-555 7841⟧, were on the admission sheet.

She was in the critical phase, with a rising haematocrit and falling platelets. We followed the Malaysian Clinical Practice Guidelines on dengue in children, with careful fluid management and close monitoring. On day six she developed pleural effusion and ascites, and we had to reduce the fluids. It was difficult to balance not enough and too much.

Her mother stayed with her the whole time. She told me she had waited because she thought it was just a normal fever, and because the father was working on a palm oil estate and could not drive them.

I learned how important the timing of dengue is, and how difficult fluid management can be. Dr. Lim, my specialist, was very patient in explaining. I also learned that delays often come from practical problems, not ignorance.

I will review the dengue guidelines again and help with the community education programme about warning signs, especially in rural areas.
`,
  },
  {
    id: "my-gibbs-002",
    setting: "neonatal jaundice",
    role: "house officer",
    text: `
**Description.** In the postnatal ward in Penang I reviewed a three-day-old boy with jaundice. His G6PD screening result was deficient, and his serum bilirubin was 280 µmol/L.

**Feelings.** I was worried, because I knew that G6PD deficiency increases the risk of severe jaundice.

**Evaluation.** Dr. Lim reminded me that in Malaysia G6PD screening is done for all newborns, and that deficient babies need closer monitoring. We started phototherapy and checked bilirubin every six hours.

**Analysis.** G6PD deficiency is common in Malaysia, especially in Malay and Chinese populations. The parents need to be told about avoiding triggers such as naphthalene mothballs, certain herbs and some medications. I had not known how many traditional remedies could be triggers. The Malaysian CPG on neonatal jaundice gives clear treatment thresholds.

**Conclusion.** Jaundice in a G6PD-deficient baby needs early action and good parent education.

**Action plan.** I will prepare a short information sheet for parents of G6PD-deficient babies, including lists of things to avoid, and I will always check G6PD status before deciding on a jaundice plan.
`,
  },
  {
    id: "my-what-003",
    setting: "indigenous child health",
    role: "medical officer",
    text: `
**What?** On a mobile clinic visit to ⟦LOCATION|Pos Tenau, an Orang Asli settlement upriver from Gua Musang⟧, I examined a boy the whole village calls ⟦NAME|Along⟧, the eldest of six. He had a chronic cough and weight loss. His mother, ⟦NAME|Minah a/p Bah Rening⟧, said it started around ⟦DATE|Hari Raya Haji⟧. His sputum was positive for tuberculosis.

**So what?** Orang Asli communities have much higher rates of TB than the general population, and access to care is hard. The boy would need six months of treatment, with directly observed therapy, and the nearest clinic was a four-hour boat and truck journey. I felt overwhelmed.

**Now what?** I worked with the JAKOA health staff and a village health volunteer to arrange community-based DOTS. We screened the household, and two younger siblings were started on preventive therapy. I learned that TB in children is often a sign of an adult case in the household, and that we must trace contacts. I want to learn more about Orang Asli health and to respect their traditions, which I did not understand well. I also want to push for better access to care for remote communities.
`,
  },
  {
    id: "ke-free-001",
    setting: "paediatric pneumonia",
    role: "clinical officer",
    text: `
At our sub-county hospital I admitted ⟦NAME|Baby Wanjiru⟧, ten months, with severe pneumonia. Her grandfather, ⟦NAME|Mzee Kamau Njoroge⟧, brought her from ⟦LOCATION|Kiambiriria B village⟧ on a boda boda, because the mother was at work in Nairobi. Her oxygen saturation was 84%, and she was breathing 68 times a minute.

We started oxygen and gave IV benzylpenicillin and gentamicin, following the Kenyan Basic Paediatric Protocols. Her birth certificate number, ⟦ID|0473821⟧, was needed for the SHA registration, and the grandfather's phone, ⟦PHONE|0722 555 318⟧, for the M-Pesa payment of the remaining fee.

She improved over five days. The grandfather stayed the whole time, sleeping on a bench. He told me that his wife had died and that he looked after three grandchildren while their parents worked in the city.

I learned that grandparents are often the main carers in rural Kenya, and that they need support and education as much as parents do. I also learned how much oxygen matters: without our oxygen concentrator, she might not have survived.

I will advocate for more oxygen supplies and for health education targeted at grandparents who care for young children.
`,
  },
  {
    id: "ke-what-002",
    setting: "emergency triage",
    role: "nurse",
    text: `
**What?** At the children's emergency unit in Kisumu, I did my first ETAT+ triage during a busy morning. A two-year-old came in unconscious, with a weak pulse and cold hands. I recognised an emergency sign and brought the child straight to the resuscitation area.

**So what?** ETAT+ training taught me to identify emergency signs quickly: obstructed breathing, severe respiratory distress, shock, coma, convulsions and severe dehydration. The child had severe dehydration and shock from diarrhoea. Dr. Were started IV fluids and checked the blood glucose, which was low. The child recovered.

**Now what?** I realised that triage is one of the most important roles in the hospital. Before, I thought it was just sorting patients. Now I understand that it saves lives. The Kenyan Basic Paediatric Protocols (2022) are clear and practical. I want to teach ETAT+ to other nurses and make sure the triage area is always staffed, even during busy times. I will also practise the ABCD steps regularly so that I act quickly and confidently.
`,
  },
  {
    id: "ke-comment-003",
    setting: "emergency triage",
    role: "paediatrician",
    text: `
Well done. ETAT+ has changed paediatric care in Kenya, and nurses at triage are the first line. In our hospital, mortality in the first 24 hours dropped after we trained all triage staff. Keep teaching others, and do not forget to check glucose in every sick child, as Dr. Were did.
`,
  },
  {
    id: "et-free-001",
    setting: "severe acute malnutrition",
    role: "paediatric resident",
    text: `
In our stabilisation centre in the Amhara region I admitted ⟦NAME|Hanna Tesfaye⟧, eighteen months, with severe acute malnutrition and oedema. Her father, ⟦NAME|Tesfaye Alemu⟧, brought her from ⟦LOCATION|Kebele 04 of Debre Sina Zuria woreda⟧. In the Ethiopian calendar she was born on ⟦DATE|Meskerem 12, 2016 E.C.⟧, and the health extension worker had written it in her card, number ⟦ID|DS-04-1187⟧.

Her mother had died after childbirth, and her grandmother had been feeding her mostly on cow's milk and injera. She was apathetic, with hypothermia and hypoglycaemia.

We followed the national SAM guidelines: warming, glucose, antibiotics, and F-75 therapeutic milk in small amounts every two to three hours. Her oedema resolved over a week, and she started smiling again. Then we moved her to F-100 and RUTF.

I learned how much the loss of a mother affects a child's nutrition. Dr. Girma, our consultant, said that every SAM child is a family story. I also learned that the health extension worker was key, because she found the child and referred her.

I will strengthen follow-up with the community health workers, and I want to study how to support families who have lost the mother of a young child.
`,
  },
  {
    id: "et-gibbs-002",
    setting: "neonatal care",
    role: "midwife",
    text: `
**Description.** In the health centre where I work in Oromia, a baby was born at home and brought to us two hours later, cold and limp. Her temperature was 34.8°C.

**Feelings.** I was scared, because hypothermia in newborns is dangerous, and we had no incubator.

**Evaluation.** I started skin-to-skin care immediately with the mother, covered both of them with warm blankets, and checked the baby's blood glucose. The baby warmed up over two hours and began to breastfeed.

**Analysis.** Hypothermia is a major cause of newborn death in Ethiopia, especially for home births. The mother told me the baby had been washed immediately after birth, which is a common practice. The national guidelines recommend delaying the first bath for at least 24 hours. Dr. Girma's training on essential newborn care last year helped me respond quickly.

**Conclusion.** Simple measures like skin-to-skin contact and delayed bathing save lives, and we need to teach them in the community.

**Action plan.** I will work with the health extension workers to educate pregnant women about delayed bathing and keeping the baby warm. I also want to encourage more facility births, and I will ask for a thermometer for every health post.
`,
  },
  {
    id: "et-what-003",
    setting: "paediatric burns",
    role: "paediatric nurse",
    text: `
**What?** ⟦NAME|Dawit⟧, three, pulled a pot of boiling water from the traditional stove and was admitted with scalds to 18% of his body to ⟦FACILITY_ROOM|Bed 6 of the burns unit at Entoto Children's Hospital⟧. His grandmother, whom everyone calls ⟦NAME|Emama Worknesh⟧, cares for him while his mother sells coffee at the market. She gave her phone, ⟦PHONE|+251 91 555 4172⟧, and cried because she felt it was her fault.

**So what?** Scalds from open fires and traditional stoves are common in Ethiopian children. The grandmother was not careless; the kitchen is the home's only room. I felt sad and wanted to reassure her, but I also knew we must talk about prevention.

**Now what?** We managed his fluid resuscitation with the Parkland formula, dressed the wounds with silver sulfadiazine, and gave pain relief. I talked with ⟦NAME|Emama Worknesh⟧ about raised stoves and keeping children away from fire, in a way that did not blame her. I also learned that grandmothers are important educators in the family. I want to create simple pictorial health messages about burn prevention for the ward, and I will talk with our nurse educator about a community programme.
`,
  },
];
