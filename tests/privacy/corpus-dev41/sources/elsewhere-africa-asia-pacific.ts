import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";
import { nric } from "../gen.ts";

/** South Africa, Kenya, Ghana, Nepal, Sri Lanka, Malaysia, Singapore, Japan, South Korea and Fiji. */
export const AFRICA_ASIA_PACIFIC: readonly SourceItem[] = [
  {
    id: "za-free-001",
    setting: "community rehabilitation",
    role: "occupational therapist",
    text: `
During my community service year as an OT in the Eastern Cape, I did a home visit to ⟦NAME|Gogo Nomvula Mthembu⟧ after her discharge from hospital with a stroke. She lives in ⟦LOCATION|KwaNyathi village outside Ngqeleni, the rondavel behind the spaza shop with the blue door⟧. Her ID book, ⟦ID|${saId("330714021308")}⟧, was on the table so that her grandson could apply for the disability grant, and it told me she was ⟦AGE|91⟧, not "about eighty" as the hospital file said.

The path from the road to her rondavel was steep and rocky. Her hospital-issue wheelchair could not get more than a few metres. She had been carried to the pit latrine by her grandson twice a day since she came home, which embarrassed her deeply.

I had planned to teach transfers and provide a commode. What actually helped was much simpler: we made a path of flattened stones with the neighbours, found a chair with armrests in the village, and I showed her grandson how to support her safely. The commode was accepted but only at night, because she insisted on walking to the latrine during the day, with help, as a matter of dignity.

I learned that rural rehabilitation depends on the family and the community, and that equipment made for city hospitals often fails in the places where our patients live. I also learned to check the ID book. Ages in hospital files are often guesses, and at her real age the care plan changes.
`,
  },
  {
    id: "za-what-002",
    setting: "TB pharmacy",
    role: "pharmacist",
    text: `
**What?** I am a pharmacist at a drug-resistant TB unit in KwaZulu-Natal. A 34-year-old man starting the all-oral BPaL regimen — bedaquiline, pretomanid and linezolid — asked me why he needed so many ECGs and why his feet had started tingling after six weeks.

**So what?** I had explained the regimen at the start, but clearly not in a way that stuck. Bedaquiline prolongs the QT interval, and linezolid causes peripheral neuropathy and bone marrow suppression. His tingling was an early sign of neuropathy, which can become permanent if the linezolid is not adjusted. I had not warned him to report it. I felt that I had failed him by treating counselling as a tick-box exercise on day one.

**Now what?** I discussed it with the doctor, Dr. Naidoo, who reduced his linezolid dose to 600 mg according to the WHO 2022 guidance. I then made a simple side-effect card in isiZulu and English with pictures: a heart for ECGs, feet for tingling, eyes for blurred vision. I now review side effects at every dispensing visit, not only at initiation. I realised that patients on long TB regimens need repeated counselling, because their questions change as treatment goes on, and that the pharmacy is where they come most often.
`,
  },
  {
    id: "ke-gibbs-001",
    setting: "blood transfusion laboratory",
    role: "medical laboratory technologist",
    text: `
**Description.** I work in the blood transfusion lab of a county referral hospital in Kisumu. ⟦NAME|Mama Akinyi Achieng⟧ was admitted to ⟦FACILITY_ROOM|Ward 8, bed 21 at JOOTRH⟧ with severe anaemia from malaria, haemoglobin 4.2 g/dL. Her SHA number, ⟦ID|SHA-0047719382⟧, was written on the request form, and her husband's number, ⟦PHONE|0722 555 318⟧, was beside it. The form said blood group A positive. My grouping said B positive.

**Feelings.** I was anxious because the ward was calling every ten minutes, and the easiest thing would have been to believe the form.

**Evaluation.** I regrouped a fresh sample and got B positive again. It turned out the "A positive" came from a card she had been given at an antenatal clinic years ago, which had been wrong. What went well was that I trusted my own result. What went badly was the pressure: the ward wanted the blood to follow the card.

**Analysis.** In our setting, patients carry old cards and records from many facilities, and clinicians sometimes trust those more than the lab. The KNBTS guidelines are clear that we must group every patient ourselves. I also realised that I had not explained this clearly to the nurse on the phone, who thought we were wasting time.

**Conclusion.** Never issue blood based on a card.

**Action plan.** I now explain our reasons briefly when wards call, and our lab has asked that old grouping cards be noted but never used for issue.
`,
  },
  {
    id: "ke-free-002",
    setting: "radiology",
    role: "medical student",
    text: `
On my radiology rotation in Nairobi, I spent a week with the ultrasound team. The sonographer, Mr. Kamau, showed me how to do a FAST scan on trauma patients in the emergency department, and most of the cases were boda boda accidents.

One afternoon, a young man came in after a motorbike crash. His blood pressure was 100/60 and he was talking. Mr. Kamau found free fluid in Morison's pouch within two minutes. The surgical team took him straight to theatre, where they found a splenic laceration.

What struck me was how quickly the scan changed the plan. Before, the team was debating whether to wait for a CT scan, which would have meant transporting him to another floor and waiting for the radiologist. The FAST scan took less time than getting the CT request signed.

Mr. Kamau also taught me the limits: FAST does not exclude retroperitoneal bleeding or hollow viscus injury, and a negative scan in a haemodynamically unstable patient should not reassure anyone. He made me practise the four windows on healthy volunteers, including myself, until I could find Morison's pouch without help.

I realised that point-of-care ultrasound is a skill I want to have as a doctor, especially in Kenya where CT is not always available. I also learned to respect sonographers' expertise; Mr. Kamau had done thousands of scans, and his judgment was better than many doctors'.
`,
  },
  {
    id: "gh-free-001",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
I work in the physiotherapy department of a teaching hospital in Kumasi. A large part of my caseload is children with cerebral palsy, and many families come from far away after visiting prayer camps or herbalists first.

This week a mother brought her four-year-old son with spastic diplegia. He could not sit without support, and his hamstrings and adductors were very tight. She told me that her pastor had said the condition was spiritual and would go away with prayer, but she had come because her son was getting heavier and she could no longer carry him to the market.

I had to be careful. If I dismissed her beliefs, she might not come back. My senior, Mrs. Owusu, advised me to respect her faith while showing her what physiotherapy could do. We agreed that she could continue to pray, and that exercises and positioning could work alongside that.

I showed her stretches, how to position him in sitting using a corner seat made from a cardboard box, and how to carry him in a way that reduced the scissoring. At the next visit, two weeks later, he was sitting for five minutes with support, and she was delighted.

I learned that cultural humility is as important as technical skill. I also learned that cheap, locally made equipment, like the cardboard seat, can be as effective as expensive devices. The GMFCS level helps me classify, but the mother's goals guide the plan.
`,
  },
  {
    id: "gh-comment-002",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
This is beautiful, but I think I know this family. Isn't that ⟦NAME|Maame Serwaa⟧'s boy from ⟦LOCATION|Ejisu Besease, the house behind the Methodist chapel⟧? She showed everyone at church the cardboard seat. Maybe remove the details about the prayer camp, since people in her area will recognise the story. Otherwise, thank you for sharing; it is very encouraging.
`,
  },
  {
    id: "np-what-001",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
**What?** I work in a pharmacy in Pokhara, and many of our customers come down from the hill villages. On ⟦DATE|Poush 12, 2080⟧ — ⟦DATE|27 December⟧ in the English calendar — ⟦NAME|Aama Dhan Kumari Gurung⟧ from ⟦LOCATION|Sikles village in Kaski⟧ came with her son. She had a prescription for glibenclamide 5 mg twice daily from a health post, and she had been having shaky, sweaty episodes in the afternoons for a week. She was eating only dal bhat twice a day and very little in between, as is normal in the village.

**So what?** Glibenclamide is a long-acting sulphonylurea with a high risk of hypoglycaemia in older people, especially with irregular meals. The Beers Criteria advise avoiding it in the elderly. I felt I had to act, but I am a pharmacist, not a prescriber, and the health post was two days' walk away.

**Now what?** I advised her son to give her sugar or glucose if she felt shaky, and to eat a small snack in the afternoon. I called the health assistant at the health post on his mobile and suggested switching to gliclazide or metformin. He agreed to review her. I learned that in rural Nepal, pharmacists must communicate across distances and that the most dangerous medicines are sometimes the cheapest and most available. I now ask every older patient on a sulphonylurea about their meal pattern.
`,
  },
  {
    id: "np-free-002",
    setting: "dental outpatient",
    role: "dental surgeon",
    text: `
I work as a dental surgeon in a government hospital in Kathmandu, and every week I see children with severe early childhood caries. This week a three-year-old girl came with abscesses on four upper front teeth. Her mother said she drinks sweet tea in a bottle all night to sleep.

I have seen this many times, and I noticed myself becoming impatient. I began lecturing the mother about sugar. Her face closed, and she said, "Everyone gives tea to children." My senior, Dr. Shrestha, gently took over. He asked the mother how she managed at night, and she explained that they live in one room with five family members, and that if the child cries, everyone wakes up.

This changed my understanding. The bottle was a solution to a real problem, not ignorance. Dr. Shrestha suggested gradually diluting the tea with water over two weeks, then only water at night. He also applied fluoride varnish and explained that the teeth would need to be extracted under general anaesthesia.

I learned that I need to ask about the family's situation before giving advice. I also realised that I had not thought about how housing affects oral health. The WHO guideline on sugar intake (2015) is important, but advice only works if it fits into people's lives. I want to work on the community oral health programme next year and try to reach families before the caries start.
`,
  },
  {
    id: "lk-free-001",
    setting: "speech and language therapy",
    role: "speech and language therapist",
    text: `
I am a speech and language therapist in Kandy, and I am often called to the medical wards to assess swallowing. Last month I saw ⟦NAME|Seelawathie Amma⟧, as the nurses called her, in ⟦FACILITY_ROOM|Ward 19, bed 22 at Teaching Hospital Peradeniya⟧. She had Parkinson's disease and had been admitted with aspiration pneumonia. Her NIC, ⟦ID|194812504331⟧, showed she was born in 1948, and her daughter, who works in a garment factory, gave us her number, ⟦PHONE|077 555 2418⟧, so we could call with updates.

During the assessment, ⟦NAME|Seelawathie Amma⟧ coughed on thin fluids but managed soft rice and curry well. The ward had been giving her only kanji through a syringe because they were afraid she would choke. She was losing weight, and she told me she would rather not eat at all than have kanji every day.

I recommended soft rice with thickened curry sauce and small sips of thickened water, sitting upright at 90 degrees. I also showed the daughter how to help her with the chin-tuck posture. When I came back two days later, she had eaten a full plate for the first time in a week.

I learned that swallowing therapy is not only about safety but also about culture and enjoyment. Rice and curry is not just food; it is home. I also learned that nurses need clear written recommendations, because fear often leads to the most restrictive option.
`,
  },
  {
    id: "lk-comment-002",
    setting: "speech and language therapy",
    role: "speech and language therapy student",
    text: `
Thank you for this. In our placements in Colombo we often see patients kept on kanji for weeks because nobody is sure. Our lecturer, Ms. Perera, said the same thing about writing clear recommendations on the bed head ticket. Could you share how you thicken curry sauce without commercial thickeners? Many families cannot afford them.
`,
  },
  {
    id: "my-gibbs-001",
    setting: "hospital pharmacy",
    role: "provisionally registered pharmacist",
    text: `
**Description.** During my provisional registration year in Kuching, I counselled ⟦NAME|Puan Dayang binti Abang Ahmad⟧ on warfarin before discharge. Her MyKad, ⟦ID|540318-13-5522⟧, was photocopied in the file. She was going home to ⟦LOCATION|Rumah Panjang Nanga Sumpa, up the Batang Ai⟧, a longhouse four hours by road and boat, and her INR would be checked only once a month at the klinik kesihatan.

**Feelings.** I felt worried, because her INR had swung between 1.4 and 4.6 during her admission.

**Evaluation.** I did the standard counselling, but she told me she eats a lot of midin, a local fern, and that her family gives her traditional herbal drinks. I did not know how these would interact with warfarin.

**Analysis.** My preceptor, Encik Hafiz, helped me look for information. Midin is a leafy green vegetable likely to be rich in vitamin K, and some herbal preparations may affect warfarin. He advised consistency rather than avoidance: eat the same amount every week. We also discussed whether a DOAC would be more suitable, since she has non-valvular AF and monthly monitoring would be difficult.

**Conclusion.** Counselling must include the local diet and practices, not just the standard list of vegetables in the leaflet.

**Action plan.** The team switched her to apixaban, which I counselled her on again with her son. I have started a small list of local foods and herbs with possible interactions, to share with other pharmacists in Sarawak.
`,
  },
  {
    id: "my-what-002",
    setting: "newborn screening laboratory",
    role: "science officer",
    text: `
**What?** I work as a science officer in a hospital laboratory in Penang, where we screen all newborns for G6PD deficiency using the fluorescent spot test. Last month I read a sample as "normal" because the spot fluoresced, but it was weak. The senior, Cik Nurul, re-read it and asked for a quantitative assay, which showed partial deficiency in a baby girl.

**So what?** G6PD deficiency is common in Malaysia, and babies with it can develop severe neonatal jaundice and kernicterus. Girls with partial deficiency are easy to miss on the qualitative spot test because of lyonisation. If we had released it as normal, the family would not have been told to avoid naphthalene mothballs, certain herbal medicines and some drugs, and the baby would not have been monitored closely for jaundice.

**Now what?** I realised that I had been reading borderline results as normal because of workload and because most results are clear. Cik Nurul taught me to report intermediate fluorescence as "borderline" and request quantitative testing. We are also discussing with the paediatricians whether all girls with weak fluorescence should have quantitative testing. I learned that borderline results need extra thought, not less, and that the laboratory's caution protects babies we will never meet.
`,
  },
  {
    id: "sg-what-001",
    setting: "hospital pharmacy",
    role: "pharmacist",
    text: `
**What?** I was doing medication reconciliation for ⟦NAME|Madam Tan Ah Moi⟧, ⟦AGE|ninety-one⟧, in ⟦FACILITY_ROOM|Ward 57, Bed 12 at Singapore General Hospital⟧. Her NRIC, ${"⟦ID|" + nric("S3912674") + "⟧"}, linked to the National Electronic Health Record, which listed amlodipine, atorvastatin and metformin. But her daughter brought in a plastic bag from home with nine bottles, including a Chinese herbal medicine from a TCM shop in Chinatown and some traditional pills bought on a trip to Malaysia. Her daughter emailed me photos of the labels from ⟦EMAIL|tan.meiling.family@example.sg⟧ because she could not read the Chinese characters on some of them.

**So what?** One of the TCM products was labelled to contain "Chuan Xiong" and "Dan Shen", which may increase bleeding risk, and she had been admitted with a GI bleed. I felt that the electronic record gave a false sense of completeness. Patients use many medicines that never appear in it.

**Now what?** I asked my colleague, a TCM-trained pharmacist, Ms. Lim, to help identify the products, and we documented all of them in the record. The team advised stopping the herbal products for now. I learned to always ask about traditional and over-the-counter medicines, in a non-judgmental way, and to use family members as a source of information.
`,
  },
  {
    id: "sg-free-002",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
On my placement at a community hospital in Singapore, my clinical educator, Mr. Rajesh, gave me a 78-year-old woman recovering from a total knee replacement. She was Hokkien-speaking, and my Hokkien is very limited. I relied on my basic Mandarin and a lot of gestures.

In the first session, she kept refusing to bend her knee beyond 60 degrees. I thought she was afraid of pain. I explained the importance of range of motion and showed her on my own knee. She nodded, but she still refused.

Mr. Rajesh asked a healthcare assistant who spoke Hokkien to help. It turned out she was not afraid of pain at all. She believed that bending her knee too much would "break the new joint", because her neighbour had told her that. Once we explained, with the model of the prosthesis, that the joint was designed to bend, she tried much harder. By discharge she had 105 degrees of flexion.

I learned that language barriers can lead me to make wrong assumptions about why a patient is not cooperating. I also learned to ask "What are you worried about?" rather than assuming. Singapore is multilingual, and as a future physiotherapist I need to use interpreters and colleagues, not just my own limited language skills. I have started learning some basic Hokkien phrases from the healthcare assistants, which the patients appreciate.
`,
  },
  {
    id: "jp-free-001",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
I work in a dispensing pharmacy near a clinic in a small town in Akita prefecture. Most of our patients are elderly, and many of them carry their okusuri techō, the medicine notebook that records every prescription.

⟦NAME|Sasaki Tome-san⟧ is ⟦AGE|98⟧ and still lives alone. On ⟦DATE|Reiwa 6, March 4⟧ she came in with a new prescription for zolpidem from an orthopaedic clinic after a wrist fracture. Her notebook showed she was already taking brotizolam from her internal medicine doctor. Two hypnotics in a ⟦AGE|98-year-old⟧ woman who had just fallen was very worrying.

She told me she had forgotten to bring her notebook to the orthopaedic clinic. She also told me, proudly, that her hearing aid, serial ⟦DEVICE|RX-44M-0729183⟧, was new and that she could now hear the doctor clearly, but that she was too embarrassed to ask questions.

I made a tōgi shōkai, a prescription inquiry, to the orthopaedic clinic. The doctor cancelled the zolpidem. I then spent time with ⟦NAME|Sasaki-san⟧ explaining why two sleeping pills were dangerous, using large writing because her eyesight is poor.

I learned that the medicine notebook works only if patients bring it, and that pharmacists are often the only people who see all of a patient's prescriptions. In an ageing Japan, our role in preventing polypharmacy and falls is very important. I also learned that even patients who can hear well may not ask questions if they feel they are bothering the doctor.
`,
  },
  {
    id: "jp-gibbs-002",
    setting: "radiology",
    role: "radiological technologist",
    text: `
**Description.** I am a radiological technologist at a university hospital in Sendai. A junior doctor requested a CT of the head for a 6-year-old boy who had bumped his head at school and vomited once. He was alert, GCS 15, with no other symptoms.

**Feelings.** I felt uneasy about the radiation dose to a young child for what seemed like a minor injury.

**Evaluation.** I discussed the request with the radiologist, Dr. Watanabe, who applied the PECARN rule with the doctor. The child was in the intermediate-risk group, so observation was a reasonable alternative. The doctor agreed to observe for four hours instead. The boy went home without a CT.

**Analysis.** Japan has one of the highest numbers of CT scanners per person in the world, and CT is easy to access. This can lead to overuse, especially in children, who are more sensitive to radiation. I realised that as a technologist, I have a responsibility to question requests when I am concerned, even if it feels uncomfortable with a doctor.

**Conclusion.** Speaking up, respectfully and with evidence, can protect patients from unnecessary radiation.

**Action plan.** I am preparing a short presentation for junior doctors on paediatric head injury decision rules and our department's dose reference levels, with Dr. Watanabe's support. I also want to learn more about the Image Gently campaign.
`,
  },
  {
    id: "kr-what-001",
    setting: "clinical laboratory",
    role: "clinical pathologist (resident)",
    text: `
**What?** I am a laboratory medicine resident in Seoul. ⟦NAME|Kim Soon-ja halmeoni⟧, an elderly woman on warfarin, uses our hospital app to see her INR results at home. Her grandson set it up for her. On ⟦DATE|2024년 2월 19일⟧ the app showed an INR of 8.2, which was actually a result from a different patient that had been wrongly linked because of a registration error. Her registration number was ⟦ID|01293847⟧. The grandson called the hospital in a panic. He also posted about it on his blog, ⟦URL|https://blog.naver.com/soonja_grandson/223341882⟧, with a screenshot showing the app's access log and his home IP, ⟦IP|192.0.2.44⟧.

**So what?** The error was caught before any harm, but I realised that patient-facing apps can turn an internal mislabelling into a frightening event at home. Her real INR was 2.6. I felt responsible, because our lab's result had reached the wrong patient's screen.

**Now what?** We traced the error to a duplicate registration and fixed the interface. I discussed with Prof. Park, my supervisor, how to add a check so that critical results are only released after identity verification. I also asked the IT team to contact the grandson, politely, about the screenshot showing the access log. I learned that digital health tools are only as reliable as the registration behind them.
`,
  },
  {
    id: "kr-free-002",
    setting: "ultrasound",
    role: "medical student",
    text: `
During my clerkship in a university hospital in Busan, I shadowed a senior sonographer in the thyroid ultrasound clinic. Korea had a huge increase in thyroid cancer diagnoses from screening in the 2000s, and I wanted to understand how this happened.

The sonographer, Ms. Choi, scanned around forty patients in a morning. Many had small nodules found on health checks at their workplace. She showed me how the K-TIRADS system classifies nodules by features such as microcalcifications, taller-than-wide shape and irregular margins. Most nodules she saw were category 3 or lower, and did not need biopsy.

She told me that in the past, many small nodules were biopsied and operated on, leading to many people living with thyroid hormone replacement for cancers that would probably never have harmed them. She said she felt uneasy about this history, and that now the radiologists are more careful about recommending biopsy only for nodules above certain size thresholds.

I learned about overdiagnosis in a very concrete way. It is not only a public health concept; it is about individual patients who undergo surgery and take levothyroxine for life. I also learned that imaging technology can find more than we can meaningfully treat. As a future doctor, I want to think carefully about the harm of looking for problems in people without symptoms, and explain these trade-offs honestly to patients.
`,
  },
  {
    id: "fj-free-001",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
I am a physiotherapist in Suva, and most of my amputee patients have lost legs to diabetes. Fiji has one of the highest rates of diabetes-related amputation in the world, and sometimes it feels like we are only dealing with the end of the story.

Last month I worked with a 56-year-old man who had a below-knee amputation after a foot ulcer became infected. He was a farmer and a church deacon, and he said he felt ashamed to go back to his village on crutches. He asked when he would get his "new leg".

Prosthetic services in Fiji are limited, and waiting times can be long. My senior, Mrs. Naidu, explained that our job during this time is to prepare the stump, strengthen the other leg and prevent contractures. I taught him stump bandaging, hip extension exercises and safe transfers. I also checked his other foot, which had reduced sensation and a small callus. This frightened me more than the amputation, because the other leg is at high risk too.

We talked about foot care: checking his foot daily, wearing shoes, and keeping his blood sugar controlled. I realised that for him, the most important thing was not the exercise, but protecting his remaining foot. I also referred him to the diabetes educator.

I learned that rehabilitation after amputation in Fiji must include prevention. I hope our ministry's diabetes foot programme can reach people before they reach us.
`,
  },
  {
    id: "fj-comment-002",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Vinaka for this reflection. We had a similar case on my placement: ⟦NAME|Tui Seru⟧ from ⟦LOCATION|Nabouwalu village on Bua's coast⟧, ⟦OTHER|the deacon who leads the Wednesday choir⟧, waited seven months for his prosthesis. His wife, ⟦NAME|Adi Litia⟧, did all his stump bandaging. Like you said, his other foot was the real worry. The diabetes foot programme needs more staff in the north.
`,
  },
];
