import type { SourceItem } from "../../corpus/types.ts";
import { emiratesId, fin, nric } from "../gen.ts";

/** Sri Lanka, Bangladesh, Nepal, Singapore, the UAE, Saudi Arabia and Fiji. */
export const ASIA_PACIFIC: readonly SourceItem[] = [
  {
    id: "lk-free-001",
    setting: "toxicology",
    role: "intern medical officer",
    text: `
Internship, medical ward, hill country. Writing this on the bus back from Kandy.

⟦NAME|Seelawathie Herath⟧ — ⟦NAME|Seelawathie amma⟧ to everyone in her family — was ⟦AGE|93⟧ and still weeding her own tea plot ⟦LOCATION|on the slope above the Mandaram Nuwara kovil⟧ when a hump-nosed viper bit her hand. Her grandson brought her on a three-wheeler to the divisional hospital and then she was transferred to ⟦FACILITY_ROOM|Ward 22, bed 40, Teaching Hospital Kandy⟧ on ⟦DATE|27 September⟧. Her NIC was ⟦ID|193245601873⟧, the new 12-digit one, which her grandson had laminated “for hospital days”.

The question was antivenom. Our Indian polyvalent antivenom does not cover hump-nosed viper well, and our consultant, Dr. Chaminda Wickramasinghe, was clear that giving it would mean allergic risk with little benefit. Her 20-minute whole blood clotting test was normal. Her creatinine was rising though, 1.9 on day 2.

Mata baya hituna. I wanted to do something. I kept asking if we should give antivenom “just in case”. Sir explained the Sri Lanka Medical Association snakebite guidelines (2021) to me slowly, again, and we focused on fluids, urine output and watching for AKI.

She recovered. Creatinine back to 1.1 by discharge. Her grandson ⟦NAME|Kasun⟧ brought us kavum on the last day.

Learning: doing nothing active is sometimes the treatment, and the hardest part is my own anxiety. I will read the guideline properly, and ask Sir about the research on hump-nosed viper AKI he mentioned.
`,
  },
  {
    id: "lk-what-002",
    setting: "infectious disease",
    role: "nursing student",
    text: `
What? During my nursing training in Colombo, I cared for a 16-year-old boy with dengue haemorrhagic fever in the critical phase. I was monitoring his fluid balance hourly. At 3 am his PCV rose from 42 to 48 and his pulse pressure narrowed to 20 mmHg. I was unsure whether to wake the house officer, because the nursing officer on duty, Sister Malkanthi, was busy with another patient.

So what? I remembered the National Dengue Guidelines (2012, revised) saying a rising PCV with narrowing pulse pressure means plasma leakage and possible shock. I called the house officer, Dr. Ruwan, and he came immediately, increased the fluid rate and asked for a dextran bolus to be ready. Sister Malkanthi told me later that I did the right thing and that I should never hesitate to call.

Now what? I learned that my knowledge from lectures was useful, but my confidence to act was weak. I will practise SBAR communication with my batch, and I will re-read the fluid quota calculation for dengue (M + 5%). I also want to learn how to read the dengue monitoring chart faster. My final clinical exam is on 10 February and I feel more ready now. Mama godak igena gatta — I learned a lot.
`,
  },
  {
    id: "lk-comment-003",
    setting: "peer feedback",
    role: "medical student",
    text: `
Machan, really good reflection on the snakebite case. But you have written ⟦NAME|Mr. Gunapala⟧'s full name and his son's number, ⟦PHONE|077 555 3921⟧, in the last paragraph. Please delete before the batch shares it in the Facebook group. The learning points about the 20WBCT are very clear and will help everyone before the clinical exam.
`,
  },
  {
    id: "bd-free-001",
    setting: "humanitarian medicine",
    role: "medical officer",
    text: `
I have been working as a medical officer with an NGO clinic in the Rohingya camps in Ukhiya for eight months. This reflection is about a girl whose story I cannot forget.

⟦NAME|Nur Kalima⟧, 14, was brought by her mother with severe abdominal pain. She lives in ⟦LOCATION|Camp 15, Block C, near the big learning centre⟧. Her family's registration card number is ⟦ID|183KTP044172⟧. On examination, she was pregnant, around 28 weeks, and had pre-eclampsia: BP 160/110, proteinuria 3+.

Her mother did not know about the pregnancy, or said she did not. Through our interpreter, Rashida apa, we learned that ⟦NAME|Kalima⟧ had been married four months before, to a man in another block. I felt angry and powerless. Child marriage is common here, and I know the reasons: poverty, safety, tradition. Still, this was a child.

We gave magnesium sulfate using the Pritchard regimen and labetalol, and referred her to the ⟦FACILITY_ROOM|Sadar hospital in Cox's Bazar⟧. I heard that she delivered by caesarean section and survived. The baby was small but alive.

My reflection: clinical protocols kept her alive. But protection matters as much as medicine. I have since talked to our protection team about a referral pathway for child marriage and adolescent pregnancy. I want to learn more about the IASC guidelines on gender-based violence, and about how to talk to girls, not only their mothers. Ami onek kichu shikhchi, but I think the biggest lesson is humility.
`,
  },
  {
    id: "bd-what-002",
    setting: "obstetrics",
    role: "midwifery student",
    text: `
What? I am a diploma midwifery student in Sylhet. In my labour ward placement, a woman came with eclamptic fits. She had not attended any antenatal visits. My instructor, Ms. Shirin Akter, asked me to help prepare the magnesium sulfate loading dose: 4 g IV over 10–15 minutes and 10 g IM, 5 g in each buttock.

So what? I had studied the Pritchard regimen but I had never drawn it up. I made a mistake in the dilution, which Ms. Shirin caught before it was given. I felt ashamed. She told me that errors happen when people rush, and the right response is to slow down and double-check. She also taught me how to monitor for toxicity: patellar reflex, respiratory rate above 16, and urine output above 30 mL per hour. Calcium gluconate 10% must always be ready at the bedside.

Now what? I will practise the calculation again and again, and I will use the two-person check for every high-risk drug. I learned that the women who come to us without antenatal care often come from far away, and many are afraid of hospitals. I want to become the kind of midwife who makes them feel safe. I will ask Ms. Shirin to observe me at the next case, and I will revise the national guidelines on eclampsia management before my final exam in June.
`,
  },
  {
    id: "bd-gibbs-003",
    setting: "community medicine",
    role: "medical student",
    text: `
Description: As part of our community medicine placement, our group visited a village in the Comilla district for a week, to study arsenic in tube-well water. We tested 40 tube wells with field kits, and twelve had levels above the Bangladesh standard of 50 µg/L. We met several adults with keratosis on their palms and soles.

Feelings: I was shocked. I grew up in Dhaka and had only read about arsenicosis in the textbook (Park's Preventive and Social Medicine). Seeing people with skin lesions who still drank from red-marked wells made me feel sad and confused.

Evaluation: Our group did good work testing and painting the wells. But when we told families not to drink from the red wells, many said the green well was too far and the water tasted bad. Our supervisor, Dr. Mahbub Rahman, said we had given information without solving the problem.

Analysis: The WHO guideline value is 10 µg/L, and the national standard is higher because of practical reasons. Health education alone is not enough when the alternative is hard to use. Deep tube wells, pond sand filters and rainwater harvesting are options, but they need community organisation and funding.

Conclusion: Public health is about making the healthy choice the easy choice.

Action plan: Write our report with specific recommendations for the union parishad; read about successful arsenic mitigation projects; present our findings at the department seminar next month.
`,
  },
  {
    id: "np-free-001",
    setting: "high-altitude medicine",
    role: "medical officer",
    text: `
Reflection from my three-month posting as a medical officer in the Khumbu.

⟦NAME|Ang Dawa Sherpa⟧, a 52-year-old porter from ⟦LOCATION|Thame⟧, was carried down to ⟦FACILITY_ROOM|Khunde Hospital⟧ by two friends on ⟦DATE|Saturday 11 October⟧. He had a cough with pink frothy sputum, SpO2 62% on room air, and crackles in both lungs. High-altitude pulmonary oedema. He had been carrying loads for a trekking group above Gorak Shep and had kept going because the group was paying well.

We gave oxygen, nifedipine 30 mg modified release, and kept him warm. By the next morning his saturation was 84% on oxygen. We advised descent, but he refused to go to Kathmandu because he would lose his season's income. His wife ⟦NAME|Pasang Lhamu⟧ called from ⟦PHONE|+977 984 555 2174⟧ and asked us to convince him.

Our senior doctor, Dr. Kami Temba, did not argue. He asked him what he needed, and it turned out that what he needed was someone to call the trekking agency and make sure he would still be paid. Dr. Kami did that, and ⟦NAME|Ang Dawa⟧ agreed to fly down.

My reflection: the Wilderness Medical Society guidelines (2019) on altitude illness are clear about treatment. But the decisions are also about money, pride and family. I learned that sometimes the most important clinical task is a phone call to someone who is not a doctor.
`,
  },
  {
    id: "np-what-002",
    setting: "postnatal care",
    role: "nursing student",
    text: `
What? In my postnatal ward posting in Pokhara, I cared for ⟦NAME|Sunita Gurung⟧, 24, who delivered her first baby on ⟦DATE|2082 Kartik 12⟧ (⟦DATE|29 October⟧). She was in ⟦FACILITY_ROOM|bed 5 of the postnatal ward at Pokhara Academy of Health Sciences⟧. On the second day she was crying quietly and refused to breastfeed. Her mother-in-law said she was “just tired”.

So what? I remembered from our lectures that postpartum blues are common, but I was not sure if this was more. I used the Edinburgh Postnatal Depression Scale with her, in Nepali, with help from my clinical instructor, Ms. Bimala Thapa. Her score was 14, which suggests possible depression. She told us that her husband works in Qatar and has not seen the baby, and that she felt completely alone.

Now what? We informed the doctor and arranged counselling before discharge. I realised that many women on our ward have husbands working abroad, and that this loneliness is a real risk. I want to learn more about perinatal mental health and how to screen routinely. I also want to suggest that the ward uses the EPDS for every woman before discharge. I discussed this with Ms. Bimala and she said I can prepare a short presentation for the ward staff meeting in Mangsir.
`,
  },
  {
    id: "np-gibbs-003",
    setting: "community health",
    role: "health assistant",
    text: `
Description: I am a health assistant at a health post in Sindhupalchok. Since the earthquake, I have seen many patients with back pain, anxiety and poor sleep. Last month I started using the mhGAP Intervention Guide (version 2.0, 2016) to screen for depression in adults who come with “body pain” and “gastric”.

Feelings: At first I felt uncomfortable asking about mood. In our culture people do not say “I am sad”, they say “my heart is heavy” (man garho bhayo).

Evaluation: The screening questions worked better than I expected when I asked them in everyday Nepali. Out of 40 adults, 11 had symptoms of moderate depression. But I had no clear referral pathway. The nearest psychiatrist is in Kathmandu, and most people cannot go.

Analysis: The mhGAP approach expects non-specialists to treat common mental disorders, including starting fluoxetine in some cases. I have not been trained to prescribe it and I did not feel confident. The WHO and Nepal's Mental Health Strategy (2020) both support task-sharing, but training and supervision are needed.

Conclusion: Screening without a pathway is incomplete.

Action plan: Request mhGAP training for our health post through the district health office; work with the female community health volunteers to identify people who need support; try problem-solving counselling after I complete the training; discuss with our in-charge, Mr. Hari Prasad Adhikari.
`,
  },
  {
    id: "sg-free-001",
    setting: "geriatrics",
    role: "staff nurse",
    text: `
I'm a staff nurse on a geriatric ward in Singapore and this one is about a wrong-patient near miss.

⟦NAME|Madam Tan Ah Moi⟧, ⟦AGE|97⟧, in ⟦FACILITY_ROOM|Ward 56, bed 12, Tan Tock Seng Hospital⟧, speaks only Hokkien. On ⟦DATE|4 November⟧ the lab called with a critical potassium of 6.4 and read out the NRIC ⟦ID|${nric("S0841736")}⟧. I had two patients with that surname that night, and I nearly went to the wrong one because both beds are near the window and I was using the name only.

Lucky thing, my senior, Sister Rosalind, had drilled into us to check two identifiers. I checked the wristband against the NRIC and the date of birth. Correct patient, correct treatment: calcium gluconate, insulin-dextrose, repeat ECG. Her grandson ⟦NAME|Wei Jie⟧ came in the morning and we updated him.

Another thing. When I wrote the incident report I put her address, ⟦ADDRESS|Blk 217 Ang Mo Kio Avenue 1, #08-1142, Singapore 560217⟧, in the free-text box, because the form asked for “patient details”. Our NM, Ms. Koh, told me that the free text goes to a wider group than the main record, so only the MRN is needed.

Reflection lah: having two patients with the same surname is very common in Singapore, so ID checks must be strict, not “can lah, I know her already”. I'll also share with our ward about what to put in the incident report and what not to.
`,
  },
  {
    id: "sg-what-002",
    setting: "occupational health",
    role: "medical officer",
    text: `
What? I'm a medical officer doing a stint at a clinic that serves migrant workers in the west of Singapore. ⟦NAME|Md. Jahangir Alam⟧, 31, from Bangladesh, came in with a crush injury to his left hand from a construction site. His FIN is ⟦ID|${fin("G5193827")}⟧. He lives in ⟦LOCATION|room 14-08 of the dormitory at Tuas South Avenue 1⟧ with eleven other men. He said his supervisor told him not to report it as a work accident.

So what? Clinically, it was two fractured metacarpals and a laceration. I was angry about the supervisor, but he was worried that reporting would cost him his job and his work permit. I felt stuck between his fear and my duty. Our clinic manager, Ms. Farah Ismail, explained that under the Work Injury Compensation Act the employer must report, and that the Ministry of Manpower protects workers who report. She also connected him with a migrant worker NGO.

Now what? I learned that occupational medicine is about rights as much as wounds. I'll read the WICA guidelines and learn what information workers need. I also want to improve my Bangla phrases. ⟦NAME|Jahangir⟧ laughed at my pronunciation but he understood me. And I'll follow up his hand therapy at the polyclinic in two weeks.
`,
  },
  {
    id: "sg-comment-003",
    setting: "peer feedback",
    role: "medical student",
    text: `
Wah, this is so relatable. I also panicked in my first OSCE when the SP started crying. I like how you linked it to the Calgary-Cambridge model and made a plan to practise with your CG. Maybe also try recording yourself? It helped me a lot before the Phase III exams. Jiayou!
`,
  },
  {
    id: "ae-free-001",
    setting: "emergency department",
    role: "emergency nurse",
    text: `
I'm an emergency nurse in Dubai, originally from Kerala, and this reflection is about language, family and a patient portal.

⟦NAME|Hajja Moza Al Falasi⟧, ⟦AGE|ninety⟧, was brought to ⟦FACILITY_ROOM|Rashid Hospital⟧ by her grandsons with chest pain on ⟦DATE|the 19th⟧ of last month. Emirates ID ⟦ID|${emiratesId("784-1935-5520913-")}⟧. She only speaks Arabic and her grandsons wanted to answer all the questions for her. Our Arabic-speaking doctor, Dr. Omar Haddad, gently asked to speak to her first. She told him that the pain had started when her eldest son shouted at her, and that she had not taken her medicines for a week.

Her troponin was negative and her ECG unchanged. We treated her blood pressure and arranged follow-up. But something else happened: her grandson ⟦NAME|Saeed⟧ complained that someone had viewed her records from an unknown device. The portal log showed access from ⟦IP|198.51.100.46⟧. IT found it was a relative in another emirate who had been given the password. He gave us his mobile, ⟦PHONE|+971 50 555 3187⟧, to call back with the result.

What did I learn? Families are central here, and that is beautiful, but the patient's own voice still matters. Interpreters and same-language staff help a lot. Also, digital access is a family matter too; we now advise families about who should hold the portal password. I'll read our hospital's policy on proxy access and share it at the next huddle.
`,
  },
  {
    id: "ae-what-002",
    setting: "diabetes care",
    role: "medical student",
    text: `
What? In my family medicine rotation in Sharjah, just before Ramadan, I saw many patients with type 2 diabetes asking about fasting. One man on gliclazide and metformin said he would fast all thirty days “whatever the doctor says”.

So what? Before this rotation I thought the doctor's job was to tell patients not to fast if they are at risk. My preceptor, Dr. Layla Mansour, showed me a different approach using the IDF-DAR Practical Guidelines (2021). We calculated his risk score: moderate. Instead of forbidding him, we switched gliclazide to a lower dose taken at iftar, kept metformin at iftar and suhoor, and taught him to check his glucose at midday. We also told him clearly that breaking the fast is required if glucose is below 70 mg/dL or above 300 mg/dL, and that this is allowed in Islam for the sick.

Now what? I understood that respecting a patient's faith and keeping him safe are not opposites. I want to learn more about Ramadan-focused education, and I'll prepare a short leaflet in Arabic and English with my classmate Noura for the clinic. I'll also follow up with him after Eid to see how it went.
`,
  },
  {
    id: "sa-gibbs-001",
    setting: "intensive care",
    role: "critical care resident",
    text: `
Description: I am a critical care resident in Riyadh. ⟦NAME|Mr. Abdulrahman Al-Qahtani⟧, 68, was admitted to ⟦FACILITY_ROOM|ICU bed 7 at King Fahad Medical City⟧ on ⟦DATE|12 Jumada al-Awwal 1447⟧ with cardiogenic shock. He had an ICD, serial ⟦DEVICE|PRM 503817 H⟧, which had fired four times that morning at his home ⟦LOCATION|on the date farm by the old mud-brick mosque in Ushaiqer⟧. His national ID is ⟦ID|1048837265⟧. His son ⟦NAME|Fahad⟧ did not leave the unit for three days.

Feelings: I felt overwhelmed by the family's expectations and by the number of decisions to make.

Evaluation: The electrophysiology team reprogrammed the device and found an electrical storm. We started amiodarone and sedation. I felt I did well on the medical side. I did not do well with ⟦NAME|Fahad⟧. I kept giving him numbers, ejection fraction and lactate, when he wanted to know whether his father would wake up.

Analysis: Our consultant, Dr. Saleh Al-Harbi, showed me how he speaks to families: he starts with the person, not the numbers, and uses the phrase “in sha Allah” honestly, without hiding uncertainty. The SCCM family-centred care guidelines (2017) say the same: regular, structured meetings.

Conclusion: ⟦NAME|Mr. Al-Qahtani⟧ was extubated on day 6. The medicine worked; my communication needs work.

Action plan: Attend the family communication course; prepare a simple daily update template; ask Dr. Saleh to observe one of my family meetings.
`,
  },
  {
    id: "sa-what-002",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
What? During my pharmacy internship in Jeddah I worked at a medical station near the Haram during Hajj season. Many pilgrims came with heat exhaustion, blisters, and diabetes problems. One elderly pilgrim from Indonesia was taking metformin, glimepiride and insulin but had not eaten for hours while performing the rites in 44 °C heat.

So what? His glucose was 52 mg/dL. We gave oral glucose and then food, and the physician reduced his glimepiride. I realised how many pilgrims come with several medicines and no clear instructions for extreme heat and walking. The Saudi Ministry of Health publishes health requirements for Hajj, and there are guidelines on diabetes and Hajj (Diabetes and Ramadan International Alliance, 2021), but many pilgrims had never seen them.

Now what? I learned that counselling must fit the real situation. I want to help prepare simple, multilingual medicine cards for pilgrims, with pictures. My supervisor, Dr. Reem Al-Ghamdi, suggested I present the idea to the pharmacy department. I also want to learn some basic Bahasa Indonesia and Urdu phrases, because so many pilgrims speak those languages and we often relied on other pilgrims to translate.
`,
  },
  {
    id: "fj-free-001",
    setting: "surgery",
    role: "surgical registrar",
    text: `
Reflection from my surgical registrar year in the north of Fiji.

⟦NAME|Bu Litia⟧ — ⟦NAME|Litia Naivalu⟧, but everyone calls her Bu — came to ⟦FACILITY_ROOM|Labasa Hospital⟧ from ⟦LOCATION|Nakawaga village, up past the Dreketi river crossing⟧ with a diabetic foot infection. She had been treating it with leaves for three weeks. By the time she arrived, there was wet gangrene of three toes and her glucose was 24 mmol/L. We did a below-knee amputation on ⟦DATE|8 October⟧.

Her granddaughter ⟦NAME|Mere⟧ gave us her number, ⟦PHONE|+679 555 2841⟧, and cried in the corridor. She said the family had wanted to bring her sooner but Bu would not leave the village until the church event was finished.

I felt frustrated and sad. Fiji has one of the highest rates of diabetes-related amputation in the world, and I do this surgery almost every week. Our consultant, Dr. Josefa Tuivaga, said that our job is not only to cut but to prevent the next one. He asked me to think about what would have made ⟦NAME|Bu Litia⟧ come earlier.

My answer: a nurse she trusts, in her village, checking her feet. I will work with the diabetes hub and the zone nurses on foot checks, and I want to present our amputation numbers at the Pacific surgical meeting. Vinaka, Bu, for teaching me.
`,
  },
  {
    id: "fj-what-002",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? On my paediatrics rotation in Suva, I examined a 12-year-old girl with rheumatic heart disease. She had a loud pansystolic murmur at the apex, radiating to the axilla: mitral regurgitation. She had missed many of her monthly benzathine penicillin injections because they hurt and the health centre was far from her home.

So what? I had learned about rheumatic fever in lectures using the Jones criteria (revised 2015) and I knew that secondary prophylaxis is key. But I did not understand how painful the injections are or how hard it is to get them every four weeks. My tutor, Dr. Ana Rokovucago, showed me how lignocaine can be used to reduce injection pain, and explained that the Fiji RHD control programme tracks adherence.

Now what? I want to learn more about the RHD register and help with a school screening day using echo, if possible. I also want to talk to the girl's mother more about the importance of prophylaxis, but in a way that does not blame her. I learned that the history is also about the journey to the clinic, not only the symptoms. I will practise explaining rheumatic heart disease in simple English and learn some iTaukei phrases. Vinaka vakalevu to Dr. Ana.
`,
  },
];
