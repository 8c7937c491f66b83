import type { SourceItem } from "../../corpus/types.ts";
import { hkid } from "../gen.ts";

/** Indonesia, Vietnam, Hong Kong, Malawi, Rwanda and Papua New Guinea: 18 items. */
export const ASIA_AFRICA_PACIFIC: readonly SourceItem[] = [
  {
    id: "id-free-001",
    setting: "birth",
    role: "village midwife",
    text: `
I am bidan desa in East Lombok since 2016. This reflection is for the midwifery refresher in Mataram.

On ⟦DATE|H+2 Lebaran⟧, when everybody was still visiting family and the puskesmas was closed, a husband came on motorbike at 2 in the night to my house. His wife, ⟦NAME|Ibu Rina Wahyuni⟧, was bleeding after giving birth at home with the dukun. Their house is in ⟦LOCATION|Dusun Lendang Bajur, the house behind the musholla, near the big tamarind tree⟧, 20 minutes on motorbike in the dark.

When I arrived, the placenta was already out but not complete, and she was pale, pulse 120. I did uterine massage, gave oxytocin 10 IU IM and put an infusion. I called the puskesmas doctor but no answer because of the holiday. Then I called the ambulance desa, it is a pickup car from the village head. Her NIK from the KTP was needed for BPJS at the RSUD, ⟦ID|5203086507910002⟧, and the husband ⟦NAME|Pak Saiful⟧ could not find the card, so I took a photo of the KK instead.

She survived, got transfusion two bags and manual removal of the remaining placenta. Baby boy healthy.

What I learned: the dukun is still trusted more than the bidan in this dusun. I cannot fight this. Better I make partnership with the dukun, so she calls me early, like the kemitraan bidan-dukun programme. I already visited the dukun, Inaq Sahnun, after, with a gift of sugar and coffee. She said next time she will call me. Insya Allah.
`,
  },
  {
    id: "id-what-002",
    setting: "dengue ward",
    role: "nurse",
    text: `
**What?** I work in the children ward of a government hospital in Bandung. In the rainy season, almost half of our patients are DHF (demam berdarah). This week we had a 7-year-old boy in day 4 of fever, platelet 45,000, hematocrit 44%, and he looked fine, playing with the phone. His mother wanted to go home because he looked healthy.

**So what?** I remembered from my training that day 3 to 5 is the critical phase, when the fever goes down but the plasma leakage happens. Looking healthy is dangerous here. I explained to the mother in Sundanese, slowly. She still wanted to go home, because of the cost of staying and her other children alone at home. I called the doctor to explain also. Finally she agreed to stay one more night.

At 3 in the morning, the boy became restless, cold extremities, pulse weak, blood pressure 90/80. Dengue shock. We gave crystalloid bolus 10 mL/kg according to the Kemenkes and WHO guidelines, and he recovered.

**Now what?** I will make a simple leaflet in Bahasa Indonesia and Sundanese about the critical phase for the mothers. Also I will ask our ward head if we can have a small fund for transport or food for the families who stay, because cost is the reason they want to go home. Next week is the Persib match and half of the fathers will be there, not in the ward, haha.
`,
  },
  {
    id: "id-free-003",
    setting: "oncology ward",
    role: "nurse",
    text: `
Reflection as a nurse in the oncology ward, Yogyakarta.

Our patient ⟦NAME|Mbak Dewi Anggraini⟧, 34, breast cancer stage 3, on chemotherapy cycle 4, stays in ⟦FACILITY_ROOM|Ruang Melati 3, bed 5, RSUP Dr. Sardjito⟧. She is a teacher, very cheerful, and always asks about the other patients. Her family started a fundraising page on Kitabisa for her treatment not covered by BPJS, [Bantu ⟦NAME|Mbak Dewi⟧ Lawan Kanker](⟦URL|https://kitabisa.com/campaign/bantumbakdewilawankanker⟧), with her photos in the ward, bald, with the infusion.

Last week her husband ⟦NAME|Mas Agus⟧ asked me to write a "testimony from the nurse" for the page and to send it to his email, ⟦EMAIL|agus.prasetyo.jogja@gmail.com⟧. I wanted to help, they are good people and they need the money. But I was not sure if it was allowed. Our hospital has rules about staff and social media.

I asked my head nurse, Bu Sri. She said no testimony with the hospital name or my uniform, because it can look like the hospital endorses it, and it can show other patients. But I can support the family in other ways, like connecting them with the social worker and the YKPI foundation.

I felt sad to say no to ⟦NAME|Mas Agus⟧. But I explained and he understood. I realised that kindness and professional boundary can go together. Maybe the boundary protects the patient also, because ⟦NAME|Mbak Dewi⟧ herself never asked for the testimony, it was the husband's idea.
`,
  },
  {
    id: "vn-free-001",
    setting: "geriatric ward",
    role: "nursing student",
    text: `
My reflection for the clinical practice in the geriatric department, third year nursing in Hà Nội.

My patient was ⟦NAME|bà Nguyễn Thị Lan⟧, ⟦AGE|91 tuổi⟧, admitted to ⟦FACILITY_ROOM|room 204, Khoa Lão khoa, Bạch Mai⟧ with pneumonia on ⟦DATE|mùng 3 Tết⟧. The whole family came with her, children and grandchildren, and they all wanted to stay in the room. The room has four beds and three other patients.

The first days were difficult. The family brought bánh chưng and a rice cooker, and they fed her while she was coughing. I was afraid of aspiration. I told them she must eat slowly, sitting up, soft food, but the oldest son said "we took care of her 60 years, we know how to feed our mother". I felt small because I am only a student.

I asked my clinical teacher, cô Hương, for help. She did not argue with the son. She sat with the family and showed them how to check if ⟦NAME|bà Lan⟧ can swallow: small spoon, wait, check the voice. The son's wife understood first, then she taught the others.

What I learned: in Vietnam family is a partner in the nursing care, the family stays with the patient day and night. We cannot push them away, we must teach them. The swallowing screening we studied in class was useful, but the communication was more important. Next time I will talk with the family on the first day, and show them, not only tell.
`,
  },
  {
    id: "vn-what-002",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
**What?** I am a pharmacist in a private pharmacy (nhà thuốc) in Thành phố Hồ Chí Minh. Every day many customers come and ask for antibiotics without prescription, for cough, for diarrhoea, even for a small wound. Last week a mother asked for cefuroxime for her 3-year-old with fever for one day. She said "the last time the pharmacy gave it and he was better quickly".

**So what?** The Circular 07/2017 of the Ministry of Health says antibiotics need prescription, but in practice many pharmacies sell them, and customers go to another shop if we refuse. The owner of my pharmacy also prefers we don't lose customers. I felt the conflict between my knowledge and the business.

I asked the mother about the symptoms. Fever 38.2, runny nose, eating okay, no rash. I explained that most fevers in children are from virus, that paracetamol 15 mg/kg is enough and she should go to the doctor if fever more than 3 days or the child is drowsy. I gave her the paracetamol syrup and a paper with the warning signs. She left not so happy.

**Now what?** I will continue to refuse antibiotics without prescription, even if we lose some customers. I will talk with the owner about it, maybe we can advertise "responsible pharmacy". I also want to join the Vietnam Pharmacists Association training on antimicrobial resistance. It is our responsibility also, not only doctors.
`,
  },
  {
    id: "vn-free-003",
    setting: "rehabilitation",
    role: "physiotherapy student",
    text: `
Reflection about my first clinical rotation in physiotherapy, in a rehabilitation hospital in Huế.

I was surprised that many patients come for rehabilitation only after many months. One man, 52, had a stroke seven months ago and only now came for physiotherapy. Before, the family used acupuncture and traditional medicine. His shoulder was painful and subluxated, the hand very stiff, spasticity Ashworth 3.

At first I was thinking the family was wrong. But my supervisor, thầy Minh, told me that in our culture many people believe in traditional medicine first, and we should respect it and work together. Actually our hospital has a traditional medicine department also, and some patients do both.

I learned the positioning and the shoulder support, how to do the passive range of motion without pain. I also taught the wife the exercises at home because the family cannot come every day, the bus from their district is two hours. She was very careful, writing everything in her notebook.

What I learned:
- Early rehabilitation is very important, but the patients don't know it. Health education in the community is needed.
- Respect for the culture makes the family trust us.
- The family is the physiotherapist at home.

In the future I want to work in community-based rehabilitation. During Tết I will go home to Quảng Trị, and I want to ask the commune health station if they have rehabilitation services. Maybe not.
`,
  },
  {
    id: "hk-free-001",
    setting: "elderly home",
    role: "enrolled nurse",
    text: `
Writing this for my EN to RN bridging course. Hong Kong elderly home, night shift.

⟦NAME|Chan Pui-ying⟧, everybody calls her ⟦NAME|Ying por⟧, she is ⟦AGE|95⟧ this year, stays in ⟦FACILITY_ROOM|room 3B, bed 12 of Wah Lok Care and Attention Home in Tai Po⟧. She has cochlear implant on the right side, processor serial ⟦DEVICE|CP910-4471852⟧ written on the care plan because she loses it every two weeks. On ⟦DATE|Chung Yeung⟧ the family came to take her for grave sweeping, and her son showed me her HKID, ⟦ID|${hkid("D418265")}⟧, to fill in the leave form.

That night after she came back she was very confused and agitated, kept saying her husband is waiting at the pier. Her SpO2 was 91%, temp 37.9. I thought maybe UTI or chest infection, and maybe tiredness from the trip to the hillside cemetery.

I called the Community Geriatric Assessment Team hotline in the morning. The CGAT nurse came, and it was urine infection. She started antibiotics, and we did fluid chart.

What I learned: when elderly come back from outings, we must check more closely. Also, her processor was missing again after the trip, and without hearing she becomes more confused. I found it in her handbag with the joss paper. After I put it on, she recognised me.

Reflection: small things like hearing device and glasses are really part of delirium care. Next time I will add "check hearing aid/implant" on the return checklist.
`,
  },
  {
    id: "hk-comment-002",
    setting: "peer feedback",
    role: "enrolled nurse",
    text: `
Very good reflection, but careful! You wrote ⟦NAME|Ying por⟧'s full name, the home name and even her HKID ⟦ID|${hkid("D418265")}⟧, the tutor will mark you down and it's a PDPO problem. Just say "a 90-something resident with cochlear implant". The delirium checklist idea is very good, I will try in our home also.
`,
  },
  {
    id: "hk-what-003",
    setting: "community occupational therapy",
    role: "occupational therapist",
    text: `
**What?** I am OT in a District Elderly Community Centre in Sham Shui Po. Many of our elderly live in subdivided units, 100 square feet, shared toilet, no window. This month I did home assessments for fall prevention with five elderly.

**So what?** The textbook home modification list is useless in a subdivided flat. No space for a shower chair, no wall strong enough for grab bars, and the landlord does not allow drilling. One lady in her eighties sleeps on a bunk bed, upper level, because her grandson sleeps in the lower one. She climbs the ladder at night to use the bucket.

I had to be creative. We used tension poles that don't need drilling, moved the bucket to a stable stool, and put motion-sensor night lights, HK$45 each from a shop in Apliu Street. And the grandson agreed to change beds with her, after we talked with him. He is a nice boy, he just never thought about it.

I also felt angry about the housing policy, the waiting time for public rental housing is more than five years. As an OT I can only do small modifications, the big problem is not in my hands.

**Now what?** I will write a simple guide for OTs working with subdivided units, maybe share at the HKOTA seminar. And I want to join the advocacy group with the social workers. Also I should stop eating pineapple buns for lunch every day at the cha chaan teng next to the centre.
`,
  },
  {
    id: "mw-free-001",
    setting: "community health",
    role: "health surveillance assistant",
    text: `
I am Health Surveillance Assistant in Zomba district and I am writing this reflection for the HSA refresher course.

During the cholera outbreak, on ⟦DATE|the Monday after Chilembwe Day⟧, I was called to a household in ⟦LOCATION|Mpondabwino village, near the borehole behind the CCAP church, on the path to Likangala river⟧. The mother, ⟦NAME|Agnes Banda⟧, had watery diarrhoea and vomiting since morning, and her child ⟦NAME|Chikondi⟧, 4 years, also. The father, ⟦NAME|Mr. Yohane Banda⟧, was at the estate working.

I gave ORS immediately and showed how to prepare it with the clean water. The mother was weak, sunken eyes. I called the ambulance from the health centre but it was on another trip. We put her on a bicycle ambulance, and the village headman sent two young men to push. The child we carried.

At the cholera treatment unit at ⟦FACILITY_ROOM|Zomba Central⟧ they gave IV fluids to the mother, and the child was treated with ORS only.

After that, we did chlorination of the well and health talks in the village. Many people were using the river because the borehole was broken for two months. I reported it to the area development committee.

What I learned: the outbreak is not only the disease, it is the broken borehole, the distance, the transport. As HSA I am the link between the community and the system. I will continue to push for the borehole repair. Also I learned to prepare: now I keep ORS sachets in my bag all the time.
`,
  },
  {
    id: "mw-free-002",
    setting: "labour ward",
    role: "nurse-midwife technician",
    text: `
Reflection of my first month as a nurse-midwife technician, labour ward at ⟦FACILITY_ROOM|Bwaila⟧ in Lilongwe.

A very busy night, 30 deliveries, three of us on duty. At 3 in the morning ⟦NAME|Mrs. Tiyamike Phiri⟧, 24, came in second stage with the baby's head already visible. She is ⟦OTHER|the woman who delivered twins in a minibus at Kanengo last year, the one that was on Zodiak TV⟧, so she was very afraid of being late again. She delivered a baby girl who did not breathe. I remembered the Helping Babies Breathe training: dry, stimulate, clear airway, and bag and mask within the Golden Minute. After about one minute of ventilation, the baby cried. Heart rate above 100.

The mother was crying and asking "is she alive?". I said yes. I was shaking too.

Later, her husband ⟦NAME|Kondwani⟧ came and gave me his phone number so I can tell them about the follow up, ⟦PHONE|0888 555 312⟧. He also asked if they can name the baby after me. I said it is not necessary, but they named her ⟦NAME|Chisomo⟧ anyway, which means grace.

What I learned: the training works. We did the HBB practice with the NeoNatalie doll many times in school, and I was bored, but in the real situation my hands knew what to do. The problem is staffing: with three midwives for 30 deliveries, a baby who does not breathe can be missed. I will tell our ward in-charge, and I will propose that we practise HBB every Friday for 15 minutes, like the quality improvement team suggested.
`,
  },
  {
    id: "mw-comment-003",
    setting: "tutor feedback",
    role: "nursing tutor",
    text: `
Well written, Grace. You have described the resuscitation clearly and linked it to your HBB training. To improve, please add the Apgar scores and the time of the first breath, and reflect on how the staffing affected the care, with reference to the Malawi Nurses and Midwives Council standards. The Friday practice idea is excellent, please present it at the next unit meeting.
`,
  },
  {
    id: "rw-free-001",
    setting: "community health",
    role: "community health worker",
    text: `
I am umujyanama w'ubuzima (community health worker) in Musanze district since 2014. This reflection is for the training with the health centre.

In our cell, I follow a young mother, ⟦NAME|Uwimana Claudine⟧, 22, with her first baby, ⟦NAME|Ishimwe⟧, 8 months, who was not gaining weight. On the weighing day at the end of the month, the baby was in the red zone on the MUAC tape, 11.2 cm. I referred to the health centre for the malnutrition programme.

But she didn't go. I visited her house in ⟦LOCATION|umudugudu wa Kabaya, the last house after the Adventist church on the road to the potato market⟧. She told me she was ashamed, because her husband left and her family says she is a bad mother. She also didn't have the money for the mutuelle de santé this year.

I talked with our cell leader and the social affairs officer, and they registered her in Ubudehe category 1 so the mutuelle is paid by the government. I went with her to ⟦FACILITY_ROOM|Kinigi health centre⟧ myself. The nurse started therapeutic milk and the baby gained weight after three weeks.

The nurse sent me the follow-up message on my phone from the RapidSMS system, and the baby's mother also gave me her number, ⟦PHONE|+250 788 555 427⟧, so I can check on her after.

What I learned: malnutrition is also a problem of shame and money, not only food. As community health worker, I must visit the house and not only wait at the weighing. I will continue to visit her every week until the baby is in the green zone.
`,
  },
  {
    id: "rw-what-002",
    setting: "emergency department",
    role: "nurse",
    text: `
**What?** I work in the emergency department of a district hospital near Kigali. Last Saturday was Umuganda, the community work day, and we received four injuries from the work: two cuts from machetes, one fall from a roof, and one eye injury. All came at the same time after 11 a.m.

**So what?** We were only two nurses and one general practitioner. I did triage using the South African Triage Scale, which we adopted a few years ago. The man who fell from the roof was orange, with suspected spinal injury, GCS 14. The eye injury was yellow. The cuts were green. But the families of the machete cuts were pushing to be seen first because of the bleeding. I explained that pressure bandage was enough for them while we stabilised the man with the neck injury.

I felt proud that the triage system helped me to stay calm and explain. Before we had the SATS, it was "first come, first served" and who shouts louder.

**Now what?** I want to suggest to the district that Umuganda days should have a first aid team in each sector, because many injuries are preventable, like no helmet or gloves. I will also teach the new nurses the SATS, because some still triage by feeling. And I need to rest more on weekends, after this I went home and slept without even watching the APR FC match.
`,
  },
  {
    id: "rw-free-003",
    setting: "midwifery education",
    role: "midwifery tutor",
    text: `
Reflection as a midwifery tutor in Kigali, after supervising students in the maternity of a district hospital.

Our students in the final year are good with the clinical skills: partograph, active management of the third stage, neonatal resuscitation. But this year I saw a problem with respectful maternity care. One student shouted at a woman in second stage, "push, or your baby will die". The woman was exhausted and crying.

I did not correct the student in front of the woman. After the delivery, I took her aside and asked how she thought the woman felt. She said, "I was only trying to help, my teacher also shouted at us in the labour room". That was painful to hear. The culture of shouting is passed from one generation to the next.

We organised a reflective session with all the students, using the WHO 2018 recommendations on intrapartum care for a positive childbirth experience. We did role play, one student as the woman, and they felt how it is to be shouted at.

What I learned as a tutor: skills are not enough. We must teach attitudes, and we must model them. I also must look at how I speak to students, because they copy me. Next year I want to add respectful maternity care as a separate module, not only one lecture. And after Kwibohora holiday in July, I will organise a workshop for the clinical preceptors as well.
`,
  },
  {
    id: "pg-free-001",
    setting: "rural health centre",
    role: "health extension officer",
    text: `
Reflection from my first year as Health Extension Officer at a health centre in East Sepik, for the in-service training.

On ⟦DATE|Independence Day⟧ while everyone was at the sing-sing, a canoe came down the river with a man who had been bitten by a snake three hours before. ⟦NAME|Papa Joseph Kambu⟧, he is ⟦OTHER|the only carver left in Kambaramba who still makes the big spirit house posts⟧, and he was bitten in the bush near ⟦LOCATION|the old mission haus kuk past Kambaramba lagoon⟧. His leg was swollen, he had ptosis and bleeding from the gums. Probably taipan or death adder.

We have only two vials of polyvalent antivenom in our fridge, and the generator was off because of no fuel. I gave the two vials, adrenaline ready, and called ⟦FACILITY_ROOM|Boram Hospital⟧ in Wewak on the HF radio for evacuation. His nephew ⟦NAME|Tobias⟧ went to the mission to borrow fuel for the boat.

The trip to Wewak is five hours by boat and road. He survived, but needed more antivenom and ventilation in Wewak for two days.

What I learned: pressure immobilisation bandage is very important and the villagers don't know it. They cut and suck the wound, or tie a rope. I will do health education in the villages about first aid for snakebite. Also I will report to the provincial health office about antivenom supply and fuel for the generator, because we cannot keep the antivenom cold without it.
`,
  },
  {
    id: "pg-what-002",
    setting: "tuberculosis clinic",
    role: "nurse",
    text: `
**What?** I am a nursing officer in the TB clinic of a hospital in Port Moresby. This month we had 14 new cases of drug-resistant TB, mostly young people from the settlements. One 19-year-old girl started on the all-oral short regimen with bedaquiline. She stopped coming after two weeks.

**So what?** The treatment is long, the tablets are many, and the side effects are bad: nausea, joint pain. Also she lost her job at the market because people knew she had TB. Stigma in the settlements is very strong, people think TB is sorcery or punishment.

We have a treatment supporter programme but there are not enough supporters. I went with our outreach worker, Mary, to the settlement to find her. She was at home, embarrassed. We talked a long time. She said she wants to be treated but she can't come every day because the PMV bus costs K2 each way and she has no money now.

**Now what?** We arranged for a treatment supporter near her house who gives her the tablets, and video DOT on a phone once a week. I will talk to the clinic manager about transport support for patients, like some NGOs do. I learned that TB is not only a medical disease, it is poverty and stigma. I also need to take care of my own health, wearing the N95 properly, because two of our staff got TB last year. Go the Hunters this weekend!
`,
  },
  {
    id: "pg-free-003",
    setting: "nursing education",
    role: "nursing student",
    text: `
My reflection for the clinical placement in the paediatric ward, third year nursing at a school of nursing in Lae.

I was scared the first week because the children's ward is always full, two children sometimes in one bed, with their mothers sleeping on the floor. Many children have pneumonia, malaria, malnutrition and diarrhoea. The nurses are very few, so the mothers do most of the care, feeding, washing, even watching the drip.

One day a baby with severe pneumonia needed oxygen, but the concentrator was already used by another baby. My preceptor, Sister Kila, showed me how to use the oxygen splitter so two babies can share, with lower flow each. I never knew this. She said "in PNG we make do". I learned that nursing here is about being creative with what you have.

I also learned to respect the mothers. At first I was telling them what to do like a teacher. Then one mother, who had six children, taught me how to calm a crying baby better than I could. After that, I listened more.

The Standard Treatment Manual for children in PNG is very useful, I keep it in my pocket. I also practised the IMCI assessment, counting breaths, checking chest indrawing, and danger signs.

Next placement is the labour ward in Goroka. I am nervous but more confident now. My family will come to the graduation in December, and I am the first nurse in our family. That makes me proud.
`,
  },
];
