import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: ASHA and ANM work, ICTC counselling, TB, sterilisation camps, One Stop Centres, adolescent health. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "village maternal health",
    role: "auxiliary nurse midwife",
    text: `
I am ANM at a sub-centre in Gaya district, Bihar. I write this for my training course in English, so please excuse mistakes.

This month one case taught me a lot. ⟦NAME|Sunita Devi⟧, 22 years, first pregnancy, from ⟦LOCATION|Dumri tola of Bankey Bazar block⟧. Her mother-in-law did not allow her to come for ANC check-up because "in our family nobody goes." Our ASHA didi, Rekha ji, went three times to the house. Finally at 7 months she came with her husband only, and her Hb was 6.8 g/dL. Severe anaemia.

We gave IV iron sucrose at the PHC and referred for blood. For the JSY payment I had to fill her Aadhaar ⟦ID|${aadhaar("4821 7736 905")}⟧ and the husband's mobile ⟦PHONE|+91 94311 55502⟧, because she has no phone of her own. This means every message from the programme goes to him. I did not think about this before.

She delivered at the PHC, normal delivery, baby girl 2.4 kg, Apgar good. The mother-in-law came to see the baby and was not happy it is a girl. I talked to her about the baby's weight and about exclusive breastfeeding, and I did not say anything about the girl part, but I wanted to.

Learning for me: anaemia in our area is not only about iron tablets. It is about who decides when the woman can go out of house. Next time I will try to meet the mother-in-law early, not only the pregnant woman. Our MO sir, Dr. Prakash, agreed to come to the next VHSND day to talk to the older women.
`,
  },
  {
    id: "in-what-002",
    setting: "labour room",
    role: "obstetrics postgraduate",
    text: `
What?
First month of my MS in obstetrics at a government medical college in Delhi. On my third night duty we had four eclampsia cases in twelve hours. All four were unbooked, all referred from outside, two with seizures in the ambulance.

So what?
The Pritchard regimen became muscle memory: magnesium sulphate 4 g IV slowly plus 10 g IM loading, then 5 g IM four-hourly, checking knee jerks, respiratory rate and urine output before each dose. Calcium gluconate 10% at the bedside always. Labetalol 20 mg IV for BP 170/110. My senior, Dr. Kaur, showed me how to do all this without shouting, which impressed me more than anything.

What struck me is that eclampsia is almost completely preventable with antenatal BP checks and low-dose aspirin 150 mg from 12 weeks for high-risk women. The WHO 2011 recommendations and our own national guidelines both say this. The failure was not in the labour room; it was six months earlier.

One baby had Apgar 3 at one minute and 7 at five minutes after resuscitation. The others were fine.

Now what?
I want to do my thesis on unbooked referrals, because every one of those four women passed a sub-centre on the way. I will also present the Zuspan versus Pritchard comparison at our journal club, since our unit uses Pritchard because IV pumps are not always free.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "integrated counselling and testing centre",
    role: "ICTC counsellor",
    text: `
Description: Pre-test counselling for a pregnant woman at 16 weeks, routine for all ANC cases. ⟦NAME|Mrs. Lakshmi Narayanan⟧ came alone. Her HIV test was reactive, confirmed on three tests. I gave the result on ⟦DATE|14/08/2024⟧. She is registered at the ART centre of ⟦FACILITY_ROOM|Government Rajaji Hospital, Madurai⟧ under PID ⟦ID|MDU-ART-2024-03318⟧.

Feelings: I have given positive results many times, but this one was hard. Her first question was "Will my husband know?"

Evaluation: NACO guidelines encourage partner testing and disclosure but do not force it. We started her on TLD the same day for PPTCT. She refused to bring her husband. I respected that and we made a plan: she will tell her sister first.

Analysis: Women are often tested first because of ANC, and then they are blamed for "bringing" HIV home. This is why women hide. The HIV/AIDS Act 2017 protects confidentiality, but in a joint family the pill bottle is the problem, not the law. I suggested she keep the tablets in the kitchen with other "vitamin" tablets. I am not sure it was right advice.

Conclusion: Counselling is not one session. It is a relationship.

Action plan: Follow-up at 20 weeks, and I will ask our DAPCU supervisor, Mr. Senthil, whether we can use a peer counsellor from the positive network to talk with her, someone who has been in her place.
`,
  },
  {
    id: "in-free-004",
    setting: "adolescent health programme",
    role: "peer educator",
    text: `
I am a Saathiya, a peer educator under the RKSK adolescent health programme, in a block in Jharkhand. I am 19 and studying BA second year. I want to write how our sessions changed after one question.

We do sessions with girls and boys separately in the Anganwadi centre on Saturdays. Topics: menstruation, nutrition, anaemia, mental health, substance use, and "good touch bad touch" for younger ones. We give weekly iron-folic acid blue tablets and Albendazole twice a year.

In one session a girl asked me, very quietly, if it is true that you cannot cook during periods and that pickle will spoil if you touch it. Everyone laughed, but then five more girls said their mothers say the same. So we made a whole session only on myths. I brought a sanitary pad, a cloth pad, and a menstrual cup which I had never used myself. The girls loved the cup and were also scared of it.

Our ANM didi, Pushpa ji, and the school science teacher, Mrs. Sharma, helped me answer medical questions, like whether irregular periods in the first two years are normal (mostly yes) and when to see a doctor (bleeding more than 7 days, or severe pain).

The boys' group is harder. They only want to talk about cricket and body-building supplements. My friend Rohit runs it and he says the trick is to start with the cricket.

I think peer education works because we are the same age. But we also need adults who will not shame the girls who come to the clinic afterwards.
`,
  },
  {
    id: "in-free-005",
    setting: "TB programme",
    role: "senior treatment supervisor",
    text: `
As a Senior Treatment Supervisor under NTEP in Pune I handle around 80 patients at any time. I want to reflect on one family because it shows how TB and secrecy travel together.

⟦NAME|Shri Dattatray Kale⟧ is ⟦AGE|92 years old⟧ and has pulmonary TB, sputum positive, no drug resistance on CBNAAT. His Nikshay ID is ⟦ID|18834920⟧. He lives with his son's family at ⟦ADDRESS|Flat 12, Shree Ganesh Apartments, Karve Nagar, Pune 411052⟧. The problem: his granddaughter is getting married in December and the family does not want anyone in the building to know there is TB in the house. They asked us not to come in the department vehicle.

So we adjusted. I visit on my two-wheeler without the NTEP bag. Contact screening was done at the clinic, not at home. The granddaughter tested negative and was put on TB preventive treatment, 3HP weekly for 12 weeks. The family was worried the in-laws would find out through the medicine.

At his age we must watch for hepatotoxicity from isoniazid, rifampicin and pyrazinamide, so LFTs were done at two weeks, normal. He also gets pyridoxine 10 mg. Nikshay Poshan Yojana money of Rs 1,000 per month goes into the son's account.

I learnt that the stigma is stronger than the disease sometimes. But small changes, like a plain bag and a private phone call, keep people on treatment. Our DTO sir said the same in last review meeting.
`,
  },
  {
    id: "in-comment-006",
    setting: "TB programme",
    role: "district TB officer",
    text: `
Very good reflection. These small adjustments, like the plain bag and visiting on your own vehicle, are not in any guideline but they keep patients on treatment. Please share this at the next monthly review so other STS staff also try it. Also remember the TPT completion has to be entered in Nikshay after 12 doses, many are missing this step.
`,
  },
  {
    id: "in-gibbs-007",
    setting: "sterilisation camp",
    role: "medical officer",
    text: `
Description: I was posted to a fixed-day sterilisation service at a community health centre in Madhya Pradesh. Twenty-two laparoscopic tubectomies were scheduled for one surgeon in a day, which is the maximum under the 2014 national standards.

Feelings: I was uneasy from the morning. I remembered the Bilaspur camp deaths of 2014, which were in every newspaper in my final year of MBBS.

Evaluation: Our surgeon, Dr. Verma, was careful. He refused to go over the limit even when the block officer said more women were waiting. Each woman had Hb checked (one was 7.2 and sent back), BP, and a consent form read aloud in Hindi. We used local anaesthesia with lignocaine and sedation with pentazocine and promethazine. Recovery was observed for four hours. No complications.

Analysis: What bothered me was how few men come for vasectomy. It is simpler, safer, and the no-scalpel method takes fifteen minutes. But in this district vasectomy is less than 1% of sterilisations. Also many of the women were under 25 with two children and had never been offered a copper T or injectable MPA under the Antara programme. Sterilisation should be a choice, not the only option.

Conclusion: The camp followed the rules. The system around the camp does not give real choice.

Action plan: I will do the NSV training at the state institute, and I will start a "basket of choice" counselling corner at our CHC with the ANM, so that every woman sees all methods before camp day.
`,
  },
  {
    id: "in-what-008",
    setting: "One Stop Centre",
    role: "case worker",
    text: `
What?
I am a case worker at a Sakhi One Stop Centre. On the night of ⟦DATE|Karwa Chauth⟧ a woman, ⟦NAME|Pooja Rawat⟧, 27, was brought in by a neighbour. Her husband had beaten her because she ate before the moon came out. She had a fractured wrist and bruises. The neighbour told us the husband had driven around looking for her in his car, ⟦OTHER|UK 07 CX 4412⟧.

So what?
The medical officer documented the injuries on the medico-legal form and the wrist was set. We gave her shelter for the night. She did not want an FIR. She wanted to go to her parents' house in ⟦LOCATION|Khirsu village near Pauri⟧ but was afraid the husband would follow her there.

Under the Protection of Women from Domestic Violence Act, 2005, she can get a protection order without a criminal case, and I explained this. Our counsellor, Meenakshi ma'am, spent two hours with her. The Protection Officer came in the morning.

I also learnt how festivals can be dangerous days. Everyone is at home, alcohol is there, expectations are high.

Now what?
She went to her parents with a protection order application filed. I gave the local police station the car number, with her consent. I want to make a safety plan template in Hindi and Garhwali, because the English one we have is useless in the hills.
`,
  },
  {
    id: "in-free-009",
    setting: "primary health centre",
    role: "medical officer",
    text: `
Two years as medical officer at a Family Health Centre in Kerala, and I want to put down some thoughts about family planning here versus what I learnt in Manipal.

Kerala's total fertility rate is below replacement, around 1.8 in NFHS-5. Most of our women have two children and want to stop. The common method is still female sterilisation after the second delivery. Male participation is almost zero, even in a state with high literacy.

The newer methods are not well known. I have done maybe thirty Copper T 380A insertions this year, and three PPIUCD insertions within 48 hours of delivery. MPA injectable every three months is slowly becoming popular with women whose husbands work in the Gulf, because they only need it when he is home, and that is honestly how they explain it to me.

A few clinical lessons. Always check for PID signs before IUCD insertion. Pain at insertion is real and we should not dismiss it. Centchroman (Chhaya), the weekly non-hormonal pill, is good for women who cannot take oestrogen, but it can delay periods and women panic.

My senior at the district, Dr. Anitha, keeps telling us that family planning is also about spacing and teenage pregnancy, not only numbers. In our coastal wards teenage marriage still happens.

I am applying for the diploma in family medicine next year. Whatever I do, I want to keep some part of this work.
`,
  },
  {
    id: "in-free-010",
    setting: "HIV outreach",
    role: "outreach worker",
    text: `
I work with a targeted intervention project for transgender people and MSM in Mumbai. I am a trans woman myself, and I was a client of this same project eight years back.

Last month we lost one of our community members to TB meningitis because she came too late. Her name in the community was ⟦NAME|Sundari⟧, and she lived with her guru, ⟦NAME|Lata Nayak⟧, in the ⟦LOCATION|dera behind the Malvani fish market⟧. She was on ART but stopped because, she said, the tablets made her feel heavy and customers would notice. Her Instagram, ⟦OTHER|@sundari_queen_malad⟧, was full of photos from the last month; nobody would guess she was sick.

The doctors at the hospital did everything. But when she was admitted, the ward staff put her in the male ward first and called her by her old name. By the time the social worker fixed it, she had stopped talking to anyone.

What I learnt: our work is not only condoms and testing camps. It is going with people to the hospital, standing next to them at the registration desk, and making sure the staff use the right name. We have a checklist now: every client admitted gets a community worker to visit within one day.

Our project director, Dr. Shetty, has asked me to train nursing students next month on gender-affirming care. I am nervous, but I will tell them about ⟦NAME|Sundari⟧.
`,
  },
  {
    id: "in-gibbs-011",
    setting: "high-risk antenatal clinic",
    role: "diabetes educator",
    text: `
Description: A 31-year-old with type 1 diabetes, ⟦NAME|Ms. Farzana Shaikh⟧, MR no. ⟦ID|KEM/OBS/2024/118452⟧, attending the high-risk ANC clinic at ⟦FACILITY_ROOM|KEM Hospital, Parel⟧ at 10 weeks. She had been given a continuous glucose monitor by a charity; the sensor serial ⟦DEVICE|3MH0072KQ4⟧ was noted in her file for the warranty.

Feelings: I was impressed by her, and embarrassed that our clinic did not know how to read the CGM reports.

Evaluation: Her HbA1c was 7.8% before conception, higher than the target of 6.5%. On the CGM her time in range was about 50%, with night hypoglycaemia. She was on basal-bolus insulin (glargine and aspart). We started folic acid 5 mg and aspirin from 12 weeks, and arranged a retinal exam.

Analysis: NICE NG3 and the 2022 ADA Standards recommend CGM for all pregnant women with type 1 diabetes. In our setting it is rare. She told me her family does not know she is diabetic, because it would hurt the marriage prospects of her younger sister. She injects in the bathroom.

Conclusion: The technology is the easy part; secrecy makes hypoglycaemia dangerous because nobody around her knows what to do.

Action plan: Teach her husband, with her permission, how to use glucagon. Ask the endocrinologist, Dr. Mehta, for a CGM training session for the ANC nurses.
`,
  },
];
