import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Kenya, South Africa, Uganda, Malawi, Zimbabwe, Ethiopia and Ghana. */
export const AFRICA: SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "HIV comprehensive care clinic",
    role: "clinical officer",
    text: `
I am a clinical officer at a comprehensive care clinic in Kisumu. I want to reflect on disclosure in discordant couples, because one couple this month showed me both sides.

⟦NAME|Mr. Otieno Ochieng⟧, 34, has been on ART for five years and is virally suppressed. He came with a new wife, ⟦NAME|Akinyi⟧, who is negative, for couple testing. He had never told her. He told her in my room, with me sitting there, which was not the plan.

She was silent for a long time. Then she asked me, not him, whether she was going to die. We talked about U=U, which she had never heard of, and I offered her oral PrEP while they adjust. She took it. I also gave him our number, but he asked us to call only his work phone, ⟦PHONE|0722 555 318⟧, so his mother would not hear. His SHA number is ⟦ID|CR4418270932⟧ on the file.

What I learnt: assisted disclosure in the room can feel like an ambush for the partner. Next time I'll prepare both of them separately first, as our KENPHIA training advised, and give the negative partner time alone with the counsellor afterwards.

My mentor, Dr. Wanjiru, told me that the people who tell are braver than we give them credit for. I think both of them were brave.
`,
  },
  {
    id: "ke-free-002",
    setting: "pastoralist outreach",
    role: "community nurse",
    text: `
Outreach week in Turkana with the mobile clinic. We drove four hours on sand to reach families who move with their goats and camels. I want to write about self-injection.

Subcutaneous DMPA, the Sayana Press, has changed family planning for nomadic women. We teach women to inject themselves every three months, in the thigh or belly, and give them three doses to take with them. Many women here cannot come back to a clinic on time because they move with the animals.

I trained eleven women this week. The first time is hard; they are scared of the needle. By the second practice on the model, they laugh. One grandmother in her seventies asked to learn "for my daughters." Our community health promoter, Mr. Ekai, translates into Ng'aturkana and explains with humour.

Clinical points to remember: check blood pressure and pregnancy status, explain irregular bleeding and amenorrhoea, and that fertility returns more slowly after stopping, around seven to ten months. The WHO Medical Eligibility Criteria (2015) allow it for almost everyone. Sharps disposal is a problem; we give a small plastic container and ask them to bring it next time.

The trip also had malaria, kala-azar and a lot of trachoma. But the self-injection training is the part the women talked about most.
`,
  },
  {
    id: "ke-gibbs-003",
    setting: "gender-based violence recovery centre",
    role: "nurse counsellor",
    text: `
Description: ⟦NAME|Wanjiku⟧, 15, came to ⟦FACILITY_ROOM|the Gender Violence Recovery Centre at Kenyatta National Hospital⟧ on ⟦DATE|26 December⟧ with her mother after a neighbour raped her on ⟦DATE|Christmas night⟧ in ⟦LOCATION|Laini Saba, Kibera⟧. The family wanted to "sort it" with the neighbour's family for money.

Feelings: Angry at the system that makes money settlements seem normal.

Evaluation: We filled the PRC form, gave PEP, emergency contraception and STI prophylaxis, and took forensic samples within 72 hours. She was quiet but asked good questions about HIV.

Analysis: The Sexual Offences Act 2006 makes this a crime that families cannot settle. But families fear the police and need the neighbour's goodwill to live there. I explained the law and our linkage with the police gender desk. The mother agreed to report.

Conclusion: Medical care is the easy part compared to justice.

Action plan: PEP adherence follow-up at two weeks, pregnancy test at four weeks, and trauma counselling weekly with our psychologist, Mr. Kamau.
`,
  },
  {
    id: "ke-comment-004",
    setting: "gender-based violence recovery centre",
    role: "senior nurse mentor",
    text: `
Good reflection. The pressure from families to settle is something every nurse here faces. Remember to document the family's attempts at settlement in the PRC notes; courts find it useful. I'd also like you to join the community dialogue we're running with chiefs next month, because changing that norm has to happen outside the hospital.
`,
  },
  {
    id: "za-what-001",
    setting: "adolescent youth zone",
    role: "professional nurse",
    text: `
**What?** A 19-year-old, ⟦NAME|Lerato Mokoena⟧, ID number ⟦ID|${saId("050914078408")}⟧, came to our youth zone in Soweto on ⟦DATE|Heritage Day⟧. She was diagnosed with HIV at the clinic in 2021 but "lost" to care. She lives at ⟦ADDRESS|2218 Vilakazi Street, Orlando West, 1804⟧ with her boyfriend's family, who don't know.

**So what?** She had stopped ART because her boyfriend's mother found her tablets in her bag and asked questions. She told them it was for acne. Her viral load was 48,000 copies/mL and her CD4 count 210. We restarted TLD and did a TB screen and CrAg, both negative.

Our youth zone is separate from the main queue because young people won't sit next to their aunties waiting for ARVs. The Adolescent and Youth Health Policy (2017) says this is the standard, but not every clinic does it.

**Now what?**
- Enrolled her in a youth adherence club that meets on Saturdays.
- Gave her a three-month refill in a plain bag, through the CCMDD pick-up point near her work.
- Referred her to our social worker, Mr. Dlamini, for disclosure support if she wants it. She's not ready yet, and that's okay.
`,
  },
  {
    id: "za-free-002",
    setting: "TB and HIV medicine",
    role: "medical officer",
    text: `
Two years into medicine in a district hospital in the Eastern Cape, and the ward still teaches me something every week.

Advanced HIV disease is still common here. Last month I admitted four people with cryptococcal meningitis. The CrAg screening programme should catch it earlier, but people come late. Treatment now is single high-dose liposomal amphotericin B 10 mg/kg with flucytosine and fluconazole, following the WHO 2022 guidance, if we have it; otherwise the older regimen. Therapeutic lumbar punctures for raised pressure are my daily task.

TB is everywhere. The Xpert MTB/RIF Ultra changed diagnosis, and the urine LAM test at the bedside helps for sick patients with low CD4. We start TB treatment first and ART two weeks later, except for TB meningitis, where we wait longer.

I also see late Kaposi's sarcoma, Pneumocystis pneumonia, and the occasional Guillain–Barré at seroconversion. Sometimes I feel like I'm reading from an old textbook.

What sustains me: the nurses. Sister Mthembu has worked on this ward since before ART rollout in 2004 and remembers when every bed was a death. She reminds us how far we've come.

What frustrates me: transport. People can't afford the taxi fare to come back for results. I'd like to see more community-based ART and more point-of-care tests. Until then, I'll keep doing lumbar punctures.
`,
  },
  {
    id: "za-gibbs-003",
    setting: "high-risk antenatal clinic",
    role: "obstetric registrar",
    text: `
Description: ⟦NAME|Mrs. Nomvula Khumalo⟧, 29, with a mechanical mitral valve from rheumatic heart disease, came to the combined cardiac-obstetric clinic at ⟦FACILITY_ROOM|Groote Schuur Hospital⟧ at 8 weeks. Her valve card listed the implant serial ⟦DEVICE|MHV-27-3318094⟧, which we needed to confirm the valve type.

Feelings: Nervous. Pregnancy with a mechanical valve is one of the highest-risk situations in obstetrics.

Evaluation: She was on warfarin 7.5 mg. Warfarin in the first trimester carries a risk of embryopathy, especially above 5 mg daily, but heparin carries a higher risk of valve thrombosis. We followed the ESC 2018 guidelines and, after a long discussion, switched to therapeutic low molecular weight heparin with anti-Xa monitoring until 13 weeks, then back to warfarin.

Analysis: Rheumatic heart disease is a disease of poverty. She had rheumatic fever as a child and never had secondary prophylaxis. She had been told not to get pregnant, but her husband's family wanted a child.

Conclusion: Shared decisions with the cardiologist, Dr. Ntsekhe's team, and the patient were essential.

Action plan: Review anticoagulation plan weekly, plan delivery with the anaesthetists, and discuss contraception (copper IUD) early.
`,
  },
  {
    id: "za-free-004",
    setting: "school health",
    role: "school health nurse",
    text: `
HPV vaccination week in schools in uMgungundlovu district, KwaZulu-Natal. I'm an Integrated School Health Programme nurse and this is my favourite and most exhausting week.

We vaccinate Grade 5 girls aged nine and up. Since 2014 South Africa has used a school-based campaign, and now a single dose following the WHO 2022 recommendation. Consent forms go home a month earlier; this year about 85% came back signed.

The questions from parents are always the same: "Will it make her sterile?" "Is this to make girls start sex early?" I answer these at the parents' evening with the principal, Mrs. Zulu. Cervical cancer is the second most common cancer in South African women, and women living with HIV are at much higher risk. That usually settles the room.

The girls are mainly worried about the needle. We vaccinate in the library, behind screens, one at a time, and we keep the ones who faint lying down with their feet up. Three fainted this week; all recovered in minutes.

We also do the learner health screening: eyes, ears, teeth, and for older grades, questions about menstruation and safety. The national learner pregnancy policy of 2021 allows pregnant learners to stay in school; I help the teachers understand it.

Vaccinating 340 girls in five days with one assistant is a lot. But every one of them is less likely to get cervical cancer. That's why I stay.
`,
  },
  {
    id: "ug-gibbs-001",
    setting: "adolescent antenatal care",
    role: "midwife",
    text: `
Description: ⟦NAME|Akello Grace⟧, 16, came for her first ANC visit at 30 weeks at ⟦FACILITY_ROOM|St. Mary's Hospital Lacor⟧. She lives with her grandmother in ⟦LOCATION|Pabbo trading centre⟧. The father of the baby is a boda boda rider who has denied it. Her only phone contact is the grandmother's neighbour, ⟦PHONE|0772 555 904⟧.

Feelings: I felt protective and also frustrated that she came so late.

Evaluation: Her BP was normal, Hb 9.8, HIV negative, syphilis negative. We gave IPTp, iron, and tetanus. She had been expelled from school when her pregnancy showed, though Uganda's 2020 guidelines say pregnant girls can return after delivery.

Analysis: Adolescents come late because of shame and because the clinic feels like it is for "proper mothers." Older mothers in the queue gossip loudly.

Conclusion: We need a separate adolescent ANC day.

Action plan: Ask our in-charge, Sister Atim, to start adolescent ANC on Friday afternoons; link her with the DREAMS programme; and talk to her head teacher about re-entry after delivery.
`,
  },
  {
    id: "ug-free-002",
    setting: "DREAMS programme",
    role: "adolescent girls mentor",
    text: `
I am a DREAMS mentor in Wakiso. I meet with a group of twenty adolescent girls and young women every week in a "safe space", which is actually a church hall with a borrowed speaker.

We cover HIV prevention, PrEP, condoms, family planning, financial literacy, and violence. Each session starts with dancing, which the girls love, and then we sit in a circle.

This month's session was on "sugar daddies." I did not say it was wrong; I asked the girls to list what they get and what they risk. The list of risks was long: HIV, pregnancy, beating, being dropped. The list of gains was school fees, phone credit, lotion. Then one girl said, "But without it, I don't eat." That silenced everyone.

That is why DREAMS includes cash transfers and savings groups. Prevention without money doesn't work for girls who are hungry.

Oral PrEP uptake in my group is good, but adherence is hard. Some girls hide the pills because their parents think they are ARVs and will assume they are positive. The dapivirine ring is new and some prefer it. Long-acting cabotegravir is coming, and I think it will help.

My supervisor, Ms. Nakato, says I'm a good mentor because I was once one of these girls. That is true. I got pregnant at 17 and finished school later. I tell them my story every intake.
`,
  },
  {
    id: "ug-comment-003",
    setting: "adolescent antenatal care",
    role: "nursing officer",
    text: `
A Friday afternoon adolescent ANC clinic is a very good idea and I will support it. About ⟦NAME|Akello Grace⟧: please make sure she has a birth plan and transport money saved, since ⟦LOCATION|Pabbo⟧ is far from us and adolescents have more obstructed labour. I have also spoken with the DREAMS coordinator, who will visit her next week.
`,
  },
  {
    id: "mw-free-001",
    setting: "family planning outreach",
    role: "nurse midwife technician",
    text: `
Outreach clinic under a mango tree in Zomba district. We do this every month with a tent, a table and a box of commodities.

This month a young mother, ⟦NAME|Chikondi Banda⟧, 23, from ⟦LOCATION|Mponda village, T/A Mwambo⟧, asked for an implant. She has two children and her husband is working in South Africa. She said, "When he comes home at Christmas, I don't want a third child before the second one walks."

The problem was the implant: we had only Jadelle, and she had heard it "moves in the arm." I showed her the two small rods and explained how they stay under the skin. She agreed, and I inserted it. Then she asked me to write the appointment for removal in five years on a paper she can hide, not in her health passport, which her mother-in-law reads. I did so. I also left her own mobile, ⟦PHONE|0888 555 127⟧, off the card and gave her our facility number for questions instead, because her mother-in-law uses that phone too.

What I have learnt: the health passport is a good idea, but for many women it is not private. In our culture the woman's book is the family's book. I would like the programme to think about this.

Our supervisor, Mrs. Phiri, says outreach is where the women are. I agree. Forty-two clients in one day, and most had walked more than an hour.
`,
  },
  {
    id: "mw-free-002",
    setting: "cervical cancer screening",
    role: "medical student",
    text: `
During my community health rotation at a district hospital in southern Malawi I joined the cervical cancer screening clinic. Malawi has one of the highest cervical cancer rates in the world, and women living with HIV carry most of that burden.

The clinic uses VIA, visual inspection with acetic acid. You apply 5% vinegar to the cervix, wait one minute, and look for acetowhite lesions near the transformation zone. If positive and small, the nurse does thermocoagulation on the same day. If large or suspicious for cancer, the woman is referred for biopsy and possibly LEEP at the central hospital.

Screen and treat in one visit matters because many women cannot come back. Some travel all day.

The nurse in charge, Mrs. Kalua, has done thousands of screenings. She can tell a lesion from a cervicitis in seconds. She talked to each woman in Chichewa about what she saw, and held their hands. I learned more from her than from any lecture.

What affected me most: a woman in her forties with a visible, fungating tumour, who said she thought the bleeding was "normal for her age." She was referred for palliative radiotherapy, which in Malawi means a long trip.

The HPV vaccine for girls started in 2019. In twenty years, this clinic should be much quieter. Until then, screening every woman living with HIV is the most important thing we can do.
`,
  },
  {
    id: "mw-what-003",
    setting: "HIV clinic",
    role: "expert client",
    text: `
What?
I am an expert client at an ART clinic in Lilongwe. I have lived with HIV for fifteen years. My job is to greet people, explain the system, and sit with new clients after the nurse gives them results.

So what?
This month I noticed something: the young men do not come. Women come because of antenatal care; children are brought by their mothers. Men come only when they are very sick, often with TB or cryptococcal meningitis. One man told me he would rather die than be seen in the ART queue by someone from his church.

I think we have designed the clinic for women without meaning to. The waiting area is full of babies. The posters show mothers. The health talks are about breastfeeding.

Now what?
Our clinic started a Saturday "men's clinic" after my report. Dr. Chirwa, our clinician, came on his day off. A football match was on the TV. Eleven men came the first Saturday, twenty-three the second. Four tested positive and started ART the same day. One of them told me, "I came for the match."

I want to add self-test kits for men to give to friends. Secondary distribution works, the studies say, and I believe it, because it is how I got my first test in 2010, from my brother.
`,
  },
  {
    id: "zw-free-001",
    setting: "community ART refill group",
    role: "community health worker",
    text: `
I coordinate community ART refill groups in Chitungwiza. Members take turns to collect drugs for the group, so each one only goes to the clinic twice a year.

One group member worries me. ⟦NAME|Mai Tendai⟧ is in her forties and is ⟦OTHER|the only woman driving a kombi on the Seke Road route⟧, so everyone at the rank knows her. She refuses to collect for the group when it's her turn because people at the clinic "will see the kombi driver going in." Last month she missed her own collection date, ⟦DATE|12 September⟧, and her viral load result from July came back at 1,200.

In the group meeting, the others were not happy. "We all carry it," one said. I had to manage the tension without exposing her more.

I visited her at home. She told me her passengers would stop riding with her if they knew. Driving is her only income.

We agreed she will swap turns with a younger member and collect at a different clinic outside town. Her enhanced adherence counselling starts this week, and she'll have a repeat viral load in three months.

Lesson for me: the refill group is great for most people, but some people's jobs make them public. One size does not fit all. Our nurse, Sister Moyo, agreed to let me adjust collection points case by case.
`,
  },
  {
    id: "zw-free-002",
    setting: "Friendship Bench",
    role: "lay health worker",
    text: `
I am one of the grandmothers of the Friendship Bench in Harare. I am 67 and have been doing this since 2013. We sit on wooden benches outside clinics and talk to people who are "kufungisisa," thinking too much, which is what we call depression and anxiety.

Most of the people I see are young women. Many are living with HIV. Some have a husband who beats them. Some are pregnant and the boyfriend has left. We use a screening tool called the SSQ-14, fourteen questions, and if the score is high we start problem-solving therapy: six sessions, on the bench.

The method is simple. You help the person name the problem, pick one part they can change, and make a small plan. A young mother, for example, chose to join a savings group so she could buy her own soap, and not ask her husband for money every week. It sounds small. For her it was huge.

If someone has thoughts of suicide, we refer the same day to the nurse and the doctor. Dr. Chibanda, who started the bench, trained us to never leave someone alone who is at risk.

What I have learned is that people want to be listened to by someone who has lived a bit. The young nurses are kind, but they are busy. We grandmothers have time.

The Lancet published a trial about us in 2016. My granddaughter printed it, and I keep it in my bag.
`,
  },
  {
    id: "zw-what-003",
    setting: "VMMC programme",
    role: "VMMC nurse",
    text: `
What?
I work in a voluntary medical male circumcision programme in Bulawayo. A 16-year-old, ⟦NAME|Tinashe Ncube⟧, came alone asking for circumcision. He did not want his father to know, because his father's church is against it. He gave an email for follow-up, ⟦EMAIL|tinashencube.byo@gmail.com⟧, and showed me a crowdfunding page his cousin had set up for his school fees, ⟦URL|https://www.gofundme.com/f/help-tinashe-finish-school⟧, saying he had "nothing to hide from us".

So what?
Zimbabwe's VMMC guidelines require parental consent for under-18s. He was frustrated. I explained why, and we talked about HIV prevention with condoms and about PrEP for adolescents. I also noticed the page had his full name and school on it, which I raised gently.

VMMC reduces HIV acquisition in men by about 60%, from the three trials in Orange Farm, Kisumu and Rakai. But it is only one piece.

Now what?
He agreed to bring his aunt, who is his guardian in practice. He came back two weeks later with her and had the procedure, with a dorsal slit under local anaesthesia, no adverse events at the day-7 review. I have asked our team leader, Mr. Sibanda, whether we can have a counselling session for fathers in the churches.
`,
  },
  {
    id: "et-free-001",
    setting: "health post",
    role: "health extension worker",
    text: `
I am a health extension worker at a health post in Amhara region. We are two women for five thousand people.

In ⟦LOCATION|Gelawdios kebele⟧ there is a girl, ⟦NAME|Tigist Alemu⟧, 15, whose family arranged her marriage for after ⟦DATE|Timket⟧, the Epiphany festival, which this year is ⟦DATE|20 January⟧. She came to me secretly asking for an injection "so no baby comes." She wants to finish grade 10.

I gave her DMPA, after counselling, because she is at real risk. But I also knew that under the Revised Family Code the minimum age of marriage is 18, so this marriage is illegal. I spoke with the kebele women's affairs officer, Woizero Almaz, and the school director. Together with the kebele leaders, we visited the father.

He was not a bad man. He said if she stays unmarried, people will say she has "a problem," and that the bride price will help the family. We talked about the risks of early pregnancy: obstetric fistula, death. The priest, who respects our work, supported us.

The marriage has been postponed until she finishes school. She came to the health post and hugged me.

I learned that child marriage is not solved by telling people it is illegal. It is solved by finding the people they listen to.
`,
  },
  {
    id: "et-free-002",
    setting: "fistula hospital",
    role: "midwife",
    text: `
I trained as a midwife and now work at a fistula centre in Addis Ababa. Dr. Catherine Hamlin, who founded the work here with her husband in 1974, is famous around the world. When I started, she was still alive and walked through the wards in her nineties.

Obstetric fistula is caused by prolonged obstructed labour. The baby's head presses on the bladder or rectum for days, and the tissue dies. Most women here laboured at home for three or four days. Most babies died.

The women arrive ashamed. Many have been divorced and lived alone because of the smell. After surgery and two weeks with a catheter, most are dry. The moment we remove the catheter and they stay dry is the most joyful moment I know in medicine.

My part now is prevention. I teach in the midwifery school. My message is simple: use the partograph, refer early, and never leave a woman in labour for more than twelve hours without a plan. The national target is to eliminate fistula by 2030.

Some women can't be repaired and have urinary diversion surgery. Some come back years later because of infertility or depression. Our psychologist, Ato Dawit, sees them all.

I think often about the grandmothers in the villages who help women in labour. They are not the enemy. They are the first link, and they need training and respect.
`,
  },
  {
    id: "et-what-003",
    setting: "youth-friendly service",
    role: "youth counsellor",
    text: `
What?
I am a counsellor at a youth-friendly service corner in a health centre in Hawassa. A university student, 20, came for a pregnancy test. It was positive. She cried and asked about safe abortion.

So what?
Ethiopia's 2005 penal code amendment allows legal abortion in certain cases, including when the woman is a minor, after rape or incest, or when the pregnancy endangers her health. The technical guidelines (2014) let providers accept the woman's word. She was 20 and the pregnancy was from a relationship, but she had a history of depression and was thinking of self-harm, so the medical team assessed her under the health criterion.

She had a medication abortion at 8 weeks, mifepristone then misoprostol, and chose an implant afterwards.

What I learned: my own values were tested. I was raised Orthodox and abortion was never discussed at home. But my job is to give accurate information without judgement. My supervisor, Dr. Meseret, helped me separate my beliefs from my professional role in our case discussion.

Now what?
I will do the values clarification training offered by the regional health bureau. I will also ask for a private room, because our "corner" is a curtain in a corridor.
`,
  },
  {
    id: "gh-gibbs-001",
    setting: "postnatal ward",
    role: "staff midwife",
    text: `
Description: ⟦NAME|Mrs. Abena Owusu⟧, 31, delivered twins by caesarean section on the ⟦FACILITY_ROOM|Maternity Block, Ward D at Korle Bu Teaching Hospital⟧. On day two she told me her husband did not know she had been on family planning for five years before this pregnancy; she had stopped the injection "secretly" to conceive. Her Ghana Card number ⟦ID|GHA-718204593-6⟧ was on the NHIS form, and her sister's phone, ⟦PHONE|024 555 6619⟧, was the contact.

Feelings: Touched, and a little confused about why she was telling me.

Evaluation: She wanted postpartum contraception before discharge, a copper IUD or implant, and asked me not to write it in the booklet. I explained I must document in her hospital notes, which she accepted, but the booklet is hers.

Analysis: Women in Ghana often manage fertility in secret because of family expectations. The Ghana Health Service guidelines support postpartum contraception counselling antenatally.

Conclusion: She needed privacy, not judgement.

Action plan: Implant inserted on day 3, after counselling. I will raise the idea of a removable sticker system for sensitive entries in the maternal booklet at our unit meeting.
`,
  },
  {
    id: "gh-free-002",
    setting: "CHPS compound",
    role: "community health nurse",
    text: `
I run a CHPS compound in the Upper East Region. We are the first and often only health facility for the villages around us, and I do everything: antenatal care, deliveries when a woman cannot reach the health centre, family planning, immunisation, malaria, and school health.

This year I had three births at night in the compound because the road was flooded. For each one I used the partograph, active management of the third stage with oxytocin 10 IU IM, and watched for bleeding. I keep misoprostol tablets in the drawer in case oxytocin is finished or warm. The cold chain for oxytocin is hard without electricity; we use a solar fridge.

Family planning uptake has improved since we started Tuesday sessions with men at the chief's palace. The men ask about side effects of the injection, the implant, and why women "get fat." I answer honestly. The assemblyman, Mr. Azure, helped us get the men together.

Adolescent pregnancy is still high. Girls in junior high school get pregnant and drop out. I give talks at the school every term, with the headmistress, Madam Atanga, in the room so the parents trust it.

I am proud of my work. I am also tired. I've been here four years and my transfer letter hasn't come. But when a woman walks three hours to see me, I can't close the door.
`,
  },
  {
    id: "gh-what-003",
    setting: "adolescent sexual health",
    role: "peer educator",
    text: `
What?
I'm a peer educator with a youth health project in Kumasi. A 17-year-old girl, ⟦NAME|Fati⟧, from ⟦LOCATION|the Zongo at Asawase, behind the central mosque⟧, messaged our project's page asking about abortion pills. She said a friend sold them on TikTok under the name ⟦OTHER|@nana_pharma_gh⟧. She had taken two already and was bleeding.

So what?
Unsafe abortion is still a big cause of maternal death in Ghana, even though the law allows safe abortion in several situations. Girls don't know this. They buy fake or wrong doses online.

I called our nurse, Sister Gifty, who talked to her on the phone and told her to come to the clinic immediately. She had an incomplete abortion and had manual vacuum aspiration. She recovered.

Now what?
We reported the TikTok account. I've asked our project coordinator whether we can make short videos about where to get safe, legal care, in Twi and Hausa. I also want to learn more about post-abortion care, so I can answer questions correctly.
`,
  },
];
