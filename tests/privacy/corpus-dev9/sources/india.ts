import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: 11 items. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "vaccination drive",
    role: "ASHA worker",
    text: `
I am ASHA in our block since 2017 and my supervisor madam is telling all of us to write one reflection for the training in Hanamkonda, so I am writing about the measles-rubella catch-up round.

In our list there was one child, ⟦NAME|Baby Sravani⟧, 14 months, daughter of ⟦NAME|Mallesh⟧ and ⟦NAME|Yadamma⟧, missing all vaccine after BCG. The family stays in ⟦LOCATION|the last house after the Hanuman temple near the old railway gate in Kothapalli⟧, and they are going for chilli cutting work so every time I go the house is locked. The Aadhaar of mother on the MCP card was ⟦ID|${aadhaar("4831 0275 916")}⟧ but the phone number written was wrong, some digit missing.

On ⟦DATE|the second day after Sankranti⟧ I went at 6 morning before they left for field. ⟦NAME|Yadamma⟧ was angry first, she said last time after the injection baby had fever for two days and she lost two days wages. I did not argue. I told her fever is common and paracetamol drops can give, and I gave her my number. Then mother-in-law also came and said our ANM sister is good, so finally they agreed for the session day at the anganwadi.

What I learnt is, the family is not against vaccine, they are against losing the wage. Next round I will ask the ANM to keep one evening session for field working families. Also I will check phone number at first visit itself, not later.
`,
  },
  {
    id: "in-what-002",
    setting: "dengue ward",
    role: "staff nurse",
    text: `
**What?** Monsoon season on the medicine ward in Kochi, and dengue is everywhere. Last week I had six dengue patients out of my twelve. One young man, 24, platelet 18,000, haematocrit rising from 41 to 49 over twelve hours, BP 100/70 and then 90/70 with narrowing pulse pressure. I informed the duty doctor at 2 a.m. and we started the fluid protocol as per the WHO 2009 guidelines and the national NCVBDC chart.

**So what?** Everyone on the ward, including relatives, is obsessed with the platelet number. The bystanders were asking "sister, when will you give platelets?" every hour. But the danger is plasma leakage, not the platelet count alone. Our nursing superintendent always says, "watch the haematocrit, watch the urine, watch the pulse pressure." I charted intake-output every hour, and the urine output was the first thing to improve when the fluids worked.

I also realised I was getting short-tempered with the relatives at 3 a.m. They are scared. They have read WhatsApp forwards about papaya leaf juice. I can explain in Malayalam calmly, it takes two minutes.

**Now what?** I will make a simple one-page explanation for bystanders with our ward in-charge, Sister Leelamma, about warning signs and why we don't give platelets for every low count. And I will eat something before night duty, because Onam sadya at home and then no food till morning is a bad idea. Kerala Blasters lost also, so it was a bad week in general.
`,
  },
  {
    id: "in-free-003",
    setting: "medical ward",
    role: "student nurse",
    text: `
Clinical posting reflection, GNM second year.

My patient was ⟦NAME|Shri Gopinath Kulkarni⟧, ⟦AGE|91 years old⟧, admitted in ⟦FACILITY_ROOM|bed 14 of the male medical ward at Sassoon⟧ with pneumonia and dehydration. UHID ⟦ID|SGH-2025-0448173⟧. He is a retired school headmaster and he corrected my English two times while I was taking his history, which I did not mind.

On the third day he became confused in the night, pulling his IV cannula and calling for his wife who expired years back. His son ⟦NAME|Prakash⟧ was staying as attendant but he had gone home to bathe. I was alone with him and I did not know what to do. I called my clinical instructor, Mrs. Deshpande madam, and she came and just held his hand and spoke to him in Marathi, asked him about his school. Slowly he settled. Next day the doctor said it is delirium, due to infection and also due to the new place.

Before this I thought confusion in old people is dementia only. Now I learnt about delirium, that it comes suddenly and can go away, and that sleep, light, family and hearing aid are treatment also. ⟦NAME|Gopinath sir⟧'s hearing aid was in the bag under his bed the whole time, nobody put it on.

My plan: in every elderly patient I will ask family about spectacles and hearing aid on first day, and I will tell the attendant not to leave at night if possible. I will also read the CAM tool in our textbook properly before my exam on 18th.
`,
  },
  {
    id: "in-comment-004",
    setting: "tutor feedback",
    role: "nursing tutor",
    text: `
Very nice reflection Anjali. You have understood the difference between delirium and dementia, this is exactly what I wanted you to see. Next time, please write the CAM assessment findings also, in points, so it becomes a proper nursing assessment. And remember we never write "expired" in a reflection about a family member, write "passed away". See me after the 11 o'clock class.
`,
  },
  {
    id: "in-free-005",
    setting: "pharmacy",
    role: "hospital pharmacist",
    text: `
One incident from our outpatient pharmacy in Jaipur that I keep thinking about.

A man came to the window to collect TB medicines for his father, ⟦NAME|Ramesh Chand Meena⟧. Under Nikshay our patients get DBT money, so we check identity. He gave the father's Aadhaar, ⟦ID|${aadhaar("7420 8813 560")}⟧, and his own mobile, ⟦PHONE|+91 94141 55528⟧. All matched the Nikshay entry. But the FDC strip he was asking for was the paediatric one, and the father is 68.

I stopped and asked. Turned out the man's son, ⟦NAME|Chintu⟧, six years old, was also started on treatment at the district hospital last month as a contact, and the family thought one strip is for both, half-half. The grandfather was getting half dose and the boy was getting adult tablets cut. Nobody had explained weight bands to them.

I phoned the DOTS provider, Sunita ji, and we sat with the family for almost forty minutes with the weight band chart. I drew pictures on the back of the prescription, one strip with a big man and one with a small boy.

Learning for me: matching ID is not same as checking understanding. Our counter is always crowded, especially before Diwali, and I am tempted to just dispense. But this could have been a drug-resistant case in six months. Now I ask "who is this for and how will you give it" for every TB pickup, even when the queue is shouting.
`,
  },
  {
    id: "in-gibbs-006",
    setting: "neuro rehabilitation",
    role: "physiotherapy intern",
    text: `
**Description.** Neuro posting in a private hospital in Mumbai. Patient was a 56-year-old bank manager, left MCA stroke, right hemiplegia, Brunnstrom stage 3 for the upper limb, aphasic. I was doing PNF patterns and he kept crying in the middle of the session.

**Feelings.** I thought I was hurting him. I felt useless and kept saying "sorry, sorry".

**Evaluation.** My senior, Dr. Kavita (PT), explained post-stroke emotionalism, pathological crying, which is common after stroke and is not the same as pain or depression. She said the right thing is to pause, acknowledge, and continue if he is okay, not to stop the whole session.

**Analysis.** I had read about shoulder subluxation, spasticity, Modified Ashworth scale, everything, but not this. Textbooks talk about muscles more than feelings. Also his wife was sitting watching and she looked more upset than him.

**Conclusion.** I need to explain to family before starting that tears can come and it doesn't mean we are hurting him.

**Action plan.** Read about PSE and the SADQ-10. Practice explaining things in simple Hindi and Marathi. Also try to reach before 8 because the Western line local is impossible after that, and I was late two times this week, especially on Ganesh Chaturthi week with all the pandals blocking Lalbaug.
`,
  },
  {
    id: "in-free-007",
    setting: "birth",
    role: "auxiliary nurse midwife",
    text: `
I am ANM in a sub-centre in Sawai Madhopur district. This delivery I want to write because it taught me about referral.

⟦NAME|Sunita⟧ w/o ⟦NAME|Hariram Bairwa⟧, gravida 3, came at night on ⟦DATE|Kartik Purnima⟧, full moon, everybody in the village at the mela. Her mother-in-law ⟦NAME|Kamla bai⟧ brought her on a tractor trolley from ⟦LOCATION|the dhani behind the Devnarayan temple, last one on the kuccha road to Khandar⟧. She had pains from afternoon. On my check, cervix 8 cm, head high, and she was looking pale, Hb on her card was 7.2 from the last ANC.

Per protocol, with that Hb and head not engaged I should refer to CHC. But the 108 ambulance said 40 minutes. ⟦NAME|Kamla bai⟧ said the last two babies came at home with dai and no problem. I was scared. I called my ANM didi at the PHC on the phone and she said prepare for delivery but keep calling 108.

Baby girl came at 11:20 in the night, 2.4 kg, cried immediately, thank God. I gave oxytocin 10 units IM within one minute as taught, and did AMTSL. Bleeding was little more than normal but controlled with massage. The ambulance reached at 11:45 and I sent ⟦NAME|Sunita⟧ and baby to ⟦FACILITY_ROOM|CHC Khandar⟧ anyway for the anaemia.

Reflection: I was right to keep calling 108 and right to give oxytocin fast. But I should have referred at the ANC visit itself when the Hb was 7.2. That was my miss, not the family's. JSY money also I must explain better, because they fear hospital costs.
`,
  },
  {
    id: "in-free-008",
    setting: "nursing education",
    role: "nursing tutor",
    text: `
Some thoughts after ten years of teaching B.Sc. Nursing students in Bengaluru.

This year I changed how I teach medication administration. Earlier we did the "rights" as a list, five rights then seven rights then ten, and students would recite them in the viva and then on the ward give injections without checking the name band. So in the first semester this time I did simulation with our manikins, with deliberately wrong labels: a vial of KCl labelled as normal saline, an insulin order written "10U" which can look like 100, heparin 5,000 units versus 50,000.

Results were interesting. In the first round, 19 out of 32 students missed the KCl trap. In the second round after debriefing, only 3 missed. One student, Fathima, said "ma'am, I never knew potassium can kill." That one line made the whole semester worth it.

What I learnt as a teacher: students don't lack knowledge, they lack the habit of doubt. The INC syllabus gives us hours, but not this mindset. I borrowed ideas from the ISMP and the WHO Medication Without Harm challenge (2017).

Next year I want to add a session on interruptions, because on the ward the real problem is someone calling you in the middle of preparing. Also must remember to book the skill lab before Dasara holidays, last time it was taken by the physio department and we had to do it in the corridor.
`,
  },
  {
    id: "in-what-009",
    setting: "community health",
    role: "community health officer",
    text: `
**What?** I am CHO in a Health and Wellness Centre near Bhubaneswar. During NCD screening camp a man, ⟦NAME|Bijay Kumar Sahu⟧, 44, autorickshaw driver, BP 190/120, RBS 412. He said no time to go to district hospital, he drives the whole day. His auto, ⟦OTHER|OD 02 AK 7731⟧, was parked outside with passengers waiting. He lives ⟦ADDRESS|Plot 118, Sailashree Vihar, Bhubaneswar 751021⟧, with wife and mother.

**So what?** I knew he needs referral urgently, but I also knew if I just give referral slip, he will throw it. His mother is diabetic also, so I asked about her. He became soft. I told him if something happens to him, who will earn for them. Not nice thing to say maybe, but true.

I started amlodipine as per the standard treatment protocol which CHO can continue, and called the MO on teleconsultation through eSanjeevani. MO added metformin and advised urgent HbA1c and urine ketones.

**Now what?** I took his wife's number for follow up. I realised the camp timings (10 to 4) are worst for drivers and daily wage workers. I will propose evening screening once a week to our block programme manager. For me also, I will learn more about motivational interviewing, I only know the name from the induction training.
`,
  },
  {
    id: "in-free-010",
    setting: "night duty",
    role: "student nurse",
    text: `
night duty week 2 in the ICU, writing this in the canteen at 6am before the bus

honestly i didnt know ICU nurses do this much. i thought doctors are running everything. nope. our staff nurse Reshma chechi managed 2 ventilated pts, 1 on noradrenaline, did ABG, suctioning, chest physio with the physio guy, and still found time to scold me for not labelling the syringe pump line lol

things i learnt:
- GCS properly. E2V1M4 is not the same as "unconscious"
- how to read the vent screen: PEEP, FiO2, tidal volume. still confused about modes tbh
- norad dose in mcg/kg/min, never touch the line without telling
- ABG interpretation in 4 steps (pH, PaCO2, HCO3, compensation). got one right, felt like a genius

the hard part: a young patient, 30s, GBS, fully awake but can't move, on ventilator. he blinks to communicate. the family comes only at visiting time 5–6pm. i sat with him for 10 min at 3am with the alphabet board and he spelled "cold". such a simple thing and nobody knew because nobody asked.

so my learning is that talking to patients who can't talk back is still nursing. gonna carry a letter board in my pocket now.

also who schedules exam results on the same week as night duty. results on 22nd, pray for me
`,
  },
  {
    id: "in-free-012",
    setting: "community health",
    role: "student nurse",
    text: `
The family health survey posting changed how I think about nursing.

Our batch of 14 B.Sc. Nursing third years was posted for four weeks to a rural block about 30 km from our college in Vellore. Each of us was given 20 households to survey with the family folder: family tree, income, housing, water, toilet, immunisation, chronic illness. Our community health nursing tutor, Mrs. Selvi Arumugam, told us on the first day, "You are not collecting data, you are entering someone's house. Remove your slippers and your attitude at the door."

I thought I knew villages, I grew up in Madurai and my grandmother's house is in a village. But I had never asked a family how much they earn or where they go to toilet. The first two days I was shy and filled the forms fast. Then one amma, in her sixties, caught me writing "no illness" for her husband and laughed. "He takes the white tablet for sugar," she said. Metformin 500 mg BD, from the PHC, for six years, and he never checks his sugar because the glucometer strips are finished. When we checked, RBS was 312.

After that I slowed down. I asked about tablets by showing the strips. I asked about the toilet by asking where the children go. In my 20 houses I found seven adults with diabetes or hypertension not on follow-up, two children who had missed the MR vaccine, and one old man with a foot wound that he was treating with turmeric and neem. We referred all of them to the PHC, and our tutor followed up with the VHN.

What I learned:
- Surveys are nursing care, not paperwork. The questions are the assessment.
- Non-communicable diseases are the new village problem. The NPCDCS guidelines (2016, now NP-NCD) talk about screening everyone above 30, and I understand why now.
- Water and toilets are health, exactly like Florence Nightingale wrote about sanitation.

Small things I also learned: carry an umbrella in November, the Pongal holiday week no one is at home, and the bus back to Vellore is always full when CSK are playing. Our community health exam is on 9 December, so now I must study the vital statistics formulas also.
`,
  },
  {
    id: "in-comment-011",
    setting: "peer feedback",
    role: "student nurse",
    text: `
Very good writing yaar but please remove the details before submitting to Pallavi ma'am. You have written the full name ⟦NAME|Shri Gopinath Kulkarni⟧, the UHID ⟦ID|SGH-2025-0448173⟧ and the bed number. Same thing happened with Rohan's file last sem and he got called to the principal's office. Write "elderly male patient, medical ward". Rest is very nice, delirium part is perfect.
`,
  },
];
