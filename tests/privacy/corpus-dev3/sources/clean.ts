import type { SourceItem } from "../../corpus/types.ts";

/**
 * Clean items: no patient identifier, but dense with what a naive detector flags (institutions in teaching, exam,
 * conference and job contexts; simulation bays and named mannequins; tutors, examiners, chaplains, interpreters and
 * porters; nicknames; rotation, exam and holiday dates; the writer's own age, children, hometown and commute).
 */
export const CLEAN: SourceItem[] = [
  { id: "ke-free-101", setting: "simulation", role: "nursing student", text: `
# Sim day at KMTC

Our skills lab at KMTC Nakuru has a mannequin everyone calls Baba Otieno because he is old and his chest squeaks. On Monday 3 March our tutor, Mrs Wanjiku Kamau, ran a sepsis drill in Bay 3 of the sim suite and I was team leader. I forgot to call for help until minute six.

Mr Kiprop the lab technician laughed and said Baba Otieno has died more times than anyone in Kenya. Next drill is on 17 March before the KNEC exams in April. I am 22 and this is my first time leading anything, so I am proud I did not cry.
` },
  { id: "gh-free-102", setting: "medical education", role: "consultant physician", text: `
# Thirty years of teaching at Korle Bu

When I gave the valedictory lecture at Korle Bu in June, I was asked what changed most since I arrived from Cape Coast in 1994. The answer is the students. The class of 2025 asks better questions than my generation did.

Prof. Akosua Darko chaired the session and Dr Yaw Boakye-Ansah, my first registrar, now heads cardiology at KATH. I told them about the night the generator failed during my Membership exam at the West African College in Lagos. I am 61, I still take the trotro from Madina, and I still enjoy the ward round more than the committee room.
` },
  { id: "ng-what-103", setting: "medical education", role: "house officer", text: `
**What?** I attended a lecture at LUTH on antimicrobial stewardship on Thursday 12 June, given by Dr Funmi Adeyemi from the Nigeria Centre for Disease Control. Half my set from UNILAG were there.

**So what?** She showed how ceftriaxone became our default for everything. Our unit at LASUTH is no different. The pharmacist, Pharm. Chukwuemeka "Emeka" Obi, agrees.

**Now what?** I will audit our ward's prescribing in July, present it at the August departmental meeting, and sit Part 1 of the West African College in November. Wish me luck, and pray for NEPA to keep the light on.
` },
  { id: "eg-free-104", setting: "exam", role: "intern", text: `
# Preparing for the Egyptian Fellowship

I finished my internship at Kasr Al Ainy on 28 February and the Egyptian Fellowship exam is on 15 May. I am 25, living with my parents in Heliopolis, and I take the metro to Tahrir every morning to study at the library of Cairo University.

My study group is Dr Mohamed Saeed, Dr Nourhan Adel and Dr Abdelrahman, whom we call "Bodi". We meet after iftar during Ramadan because nobody can think in the afternoon. Our tutor, Prof. Hala El-Sayed from Ain Shams, says to read Harrison twice and Davidson once. Eid holiday will cost us a week but my mother insists.
` },
  { id: "za-gibbs-105", setting: "simulation", role: "registrar", text: `
## Description
Our department at Groote Schuur ran an in-situ obstetric haemorrhage drill on 4 April in Resus Bay 2, with a SimMom mannequin the midwives call Thandi.

## Feelings
Nervous: the HOD, Prof. Naidoo, was watching with a clipboard.

## Evaluation
We activated the massive transfusion protocol in four minutes.

## Analysis
Sister Mokoena, the unit manager, pointed out the porter, Bra Sipho, was never told where to take the samples.

## Conclusion
Next drill is booked for 6 June at Mowbray Maternity. I will brief the porters first. Then braai at my cousin's place in Stellenbosch, Springboks on the TV.
` },
  { id: "ie-free-106", setting: "career", role: "SHO", text: `
# Leaving Ireland for Perth?

I am 29, from a small town in Mayo, and I have been an SHO at the Mater since July 2024. Half my year from RCSI have gone to Australia. My friend Ciara went to Fiona Stanley Hospital in January and sends me photos of the beach every Sunday.

The interview for the BST programme is on 20 March. My consultant, Dr Declan O'Sullivan, wrote me a reference and told me to stay because the HSE will need us. My mam says the same. I will decide after the Leaving Cert results of my little brother in August, and after Paddy's Day, obviously.
` },
  { id: "nz-comment-107", setting: "general practice", role: "GP registrar", text: `
Kia ora, lovely post. I did my GPEP year at a practice in Whanganui and our kaumātua, Matua Hemi, opened every staff hui with a karakia. Rotorua Hospital runs the Hauora Māori course on 8 and 9 October if anyone wants to go. Ngā mihi to Whaea Moana the practice nurse who taught me how to say my pepeha.
` },
  { id: "ca-what-108", setting: "emergency department", role: "charge nurse", text: `
**What?** Tired post after four nights at Sunnybrook. Nothing dramatic; just a long run of falls and chest pains. Our interpreter, Mr Oyelaran from the language line, spent two hours with us on the Tuesday, and Father Gabriel the chaplain sat with the family in the quiet room.

**So what?** I realised I never learn the names of the people who make the night possible: Deb at the desk, Raj the porter, "Big Mike" from security.

**Now what?** I am writing their names on the thank-you card for the unit party on 19 December. Also the Leafs lost again. I am 47 and I need my bed.
` },
  { id: "ph-comment-109", setting: "community medicine", role: "nurse", text: `
Hala grabe this post!! Same here sa RHU namin sa Batangas. Our MHO Doc Jun and Ma'am Weng (our PHN) did the same dengue drill last August. Sana all may ganyang training. Congrats also sa board exam passers from UST and FEU last November, proud ate here haha. See you sa PNA convention sa Manila next month!!
` },
  { id: "my-free-110", setting: "medical education", role: "lecturer", text: `
# Teaching at UKM and the Hari Raya rush

Every year the final professional exam at Universiti Kebangsaan Malaysia lands right after Hari Raya Aidilfitri. This year the written paper was on 14 April and the long case at Hospital Canselor Tuanku Muhriz on 21 April.

Dr. Siti Aminah binti Yusof, our coordinator, arranged extra teaching in Bilik Tutorial 4. My co-examiner was Dr. Rajesh a/l Krishnan from Hospital Kuala Lumpur. My own children, aged 9 and 12, complained that I marked scripts through the balik kampung trip to Kota Bharu. Worth it: 96% passed.
` },
  { id: "sg-comment-111", setting: "medical education", role: "medical student", text: `
Solid tips! For M3 at NUS we had Prof Tan as our CG tutor and the sim session was at the CET in Outram, Ward 55 is the mock ward there. OSCE is on 2 May so rip my CNY plans. Anyone from Duke-NUS doing the SingHealth residency open house on Saturday? Chope me a seat.
` },
  { id: "bd-what-112", setting: "career", role: "medical officer", text: `
**What?** I passed FCPS Part 1 from BCPS on my second attempt, result published 10 January. I am a medical officer at Dhaka Medical College Hospital, 31 years old, and I commute from Mirpur by CNG every day.

**So what?** My first failure was in July 2024. My mentor Dr. Nasrin Sultana apa told me to study with the Bangla translation first. My roommate Tanvir bhai quizzed me every night after Isha.

**Now what?** Residency starts in March at BSMMU. Pohela Boishakh is on 14 April and I promised my ammu I would be home in Cumilla.
` },
  { id: "lk-free-113", setting: "career", role: "intern", text: `
# Internship appointment day

The internship appointment list from the Ministry of Health came out on 5 February and I got Teaching Hospital Karapitiya, my first choice. I am from Matara, so the bus ride is only an hour.

Dr. Chaminda Perera, the registrar from my student days at Ruhuna, told me to bring short eats for the nurses on the first day. Sister Kumari, the ward sister of the surgical unit, remembered me from my clinical appointment in 2023. I start on 1 March after the Navam Perahera in Colombo, which my family never misses.
` },
  { id: "pk-what-114", setting: "medical education", role: "postgraduate trainee", text: `
**What?** I presented at the CPSP annual conference in Karachi on 22 November. My supervisor, Prof. Dr. Ayesha Siddiqui of Aga Khan University, sat in the front row.

**So what?** My hands shook. Dr. Usman "Mani" Tariq, my senior from Mayo Hospital Lahore, texted me "breathe" five minutes before.

**Now what?** The paper goes to JPMA by 31 December. Then a week in Murree with my wife and our son, who turns 4 on Christmas Day, which is also Quaid Day. PSL starts in February and I am going to Gaddafi Stadium.
` },
  { id: "in-free-115", setting: "exam", role: "PG resident", text: `
# NEET-PG, again

I am writing this at AIIMS Delhi hostel at 2am. My INI-CET is on 9 November, and my NEET-PG rank last year was 4213. My roommate Sandeep, whom everyone calls Sandy, is sleeping.

Our unit head, Dr. R. K. Sharma sir, says consistency beats intensity. Dr. Lakshmi ma'am from Madras Medical College runs a free Telegram channel every Sunday. Diwali is on 20 October and I will not go home to Jaipur this year. My mother cried on the phone. Marrow videos at 1.5x speed are my only friend.
` },
  { id: "in-free-116", setting: "nursing", role: "staff nurse", text: `
Very nice sir. I am working at CMC Vellore since 2019 in Ward Q block. Our nursing superintendent Mrs. Grace Jebakumari madam also says the same thing about handover. We are having CNE programme on 15 August Independence Day. Onam holiday in September I am going to Kottayam. Thank you for the sharing. In my unit also the night staff is giving handover standing in the corridor only, and the patients are hearing everything. Our ward sister Mrs. Thangam told to use the SBAR card which Dr. Jacob sir printed for us. Still many seniors are not using. I will try.
` },
  { id: "ae-free-117", setting: "emergency department", role: "emergency physician", text: `
# Why I moved to Abu Dhabi

I left Manchester Royal Infirmary in September 2022 for Sheikh Khalifa Medical City. I was 38 and my twins were 6. People ask if I miss the NHS; I miss the banter.

Our department chair, Dr. Khalid Al Mansoori, runs the best journal club I have attended, every Wednesday during Ramadan after iftar. Nurse Joy from Iloilo leads the triage team and is feared by everyone. DHA licensing took four months and the Prometric exam was on 11 May. Last weekend we drove to Jebel Jais and the kids met a falcon named Saqr.
` },
  { id: "uk-what-118", setting: "general practice", role: "GP partner", text: `
**What?** Our practice in Leeds hosted three FY2 doctors this rotation, starting 6 August. The CQC inspection was on 14 November.

**So what?** The inspector, a Mr Hughes, asked each of them about safeguarding. Our practice manager, Bev, nicknamed "the General", had prepared them well. Dr Priya Nair from the LMC led our session on Tuesday.

**Now what?** I am 54, three years from retirement, and I want the next GP trainees to inherit a happier surgery. Leeds United got promoted, so morale is good. Christmas rota goes out on 1 December.
` },
  { id: "us-free-119", setting: "residency", role: "intern", text: `
# Match Day and the Mass General interview

On March 21, Match Day, I matched into internal medicine at UCSF. I am 27, from Fresno, the first doctor in my family. My mom drove up from Bakersfield to open the envelope with me.

My MS4 advisor, Dr. Linda Chen from Stanford, told me to rank the program where the residents looked happy. At Brigham the chief residents were Dr. Jamal Washington and "Nate" Kowalski, and they were lovely. I start June 24 at Zuckerberg San Francisco General. Step 3 in January. Go Niners.
` },
  { id: "jm-comment-120", setting: "obstetrics", role: "midwife", text: `
Big up yuhself for writing this! At UHWI we had the same PPH drill last February, Nurse Campbell did the teaching and Dr Brown from Victoria Jubilee was the examiner. I'm 34, born in Mandeville, still feel like a student when I see Sister Gordon on the labour ward. Reggae Sumfest in July, who coming?
` },
  { id: "br-what-121", setting: "emergency department", role: "resident", text: `
**What?** Primeiro plantão como R1 na emergência do Hospital das Clínicas in São Paulo on 1 March, during Carnaval. I am 26, from Recife, and I took the metro from Vila Madalena at 5am.

**So what?** Dr. Fernanda Oliveira, my preceptor, gave me the "sala vermelha" with three patients in shock. Enfermeira Rosângela, called Rô by everyone, saved me twice with the crash cart.

**Now what?** I will revise the ACLS algorithm before the next shift on 8 March. Flamengo plays Corinthians on Sunday; I will be on call, of course.
` },
  { id: "au-free-122", setting: "rural medicine", role: "rural generalist", text: `
# Twelve months in Broken Hill

I moved to Broken Hill in February last year for my rural generalist training with the RFDS. I was 31, with a border collie called Banjo. The hospital is small and the sky is huge.

My supervisor, Dr Mick Thompson, flew with me on my first retrieval to Wilcannia in March. Aunty Val, the Aboriginal liaison officer, taught me more than any ACRRM module. The FACRRM exam is on 18 October in Brisbane. I will miss the Broken Hill Silver City Show. State of Origin game three is on a Wednesday so the ED will be quiet.
` },
  { id: "uk-free-123", setting: "nursing", role: "ward nurse", text: `
# Night shift notes from a tired nurse

Twelve-hour night at St Thomas'. Ward was full. Our matron, "Auntie Bisi" to everyone, came up at 3am with biscuits. The HCA Gary sang Mr Brightside under his breath all shift and nobody minded.

I'm 42, two kids (9 and 14), and I drive in from Croydon on the A23 every night. The NMC revalidation deadline is 31 October and I still haven't done my reflections, so this counts. Christmas rota is out. I've got Boxing Day off for the first time in four years. Strictly final on Saturday.
` },
  { id: "za-comment-124", setting: "emergency department", role: "medical officer", text: `
Eish this one hit home. We had the same at Chris Hani Baragwanath during my community service year in 2021. Dr Dlamini our HOD used to say "if in doubt, tube". Sister Ntombi in Resus 1 is a legend. Heading to the EMSSA congress in Durban on 12 September, see some of you there!
` },
  { id: "gh-what-125", setting: "pharmacy", role: "pharmacist", text: `
**What?** Our hospital pharmacy at Tamale Teaching Hospital ran out of Coartem in week 2 of October. We switched to artesunate-amodiaquine from the regional medical stores.

**So what?** Mallam Issah from stores drove to Bolgatanga himself to collect a consignment. Our head, Pharm. Abena Owusu, wrote to the Ghana Health Service on 16 October.

**Now what?** A stock dashboard before the rainy season. Also our team, Asante Kotoko, beat Hearts of Oak on Sunday and the whole dispensary was singing "Kotoko kum apem".
` },
  { id: "ke-free-126", setting: "nursing", role: "nurse", text: `
Sawa sawa, this is so true. In Ward 7 at KNH we call our in-charge "Mama Mboga" because she brings sukuma for everyone lol. Doc Wafula teaches us ECG every Friday. I'm doing my BScN upgrade at Moi University from January. Madaraka Day we are working as usual 😩 Anyway the point about handover is true, our night team from Ward 8 also complain that we write too little. Sister Akinyi from the CNE office says she will run a refresher on 3 July in the nurses' lounge. My son is turning 6 that weekend so I hope it ends by 4pm. Gor Mahia are playing too.
` },
  { id: "eg-free-127", setting: "medical education", role: "demonstrator", text: `
Very good reflection ya doctor. In our anatomy department at Mansoura University we had the same problem with the students before the exam on 2 June. Dr. Ahmed Fathy and Dr. Mona Khalil arranged extra sessions in Hall 3. Ramadan Kareem to everyone and good luck for Ain Shams students too. I am 24 and this is my first year as demonstrator, so I am learning with them. Prof. Samir from Alexandria visited on 10 March and told us to give the students old papers from 2019 to 2023. After the exam we will all go to Ras El Bar for Sham El Nessim, inshallah.
` },
];
