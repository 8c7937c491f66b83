import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Elsewhere in Africa and the Middle East: South Africa, Kenya, Ghana, Egypt (11 items). */
export const AFRICA_MIDEAST: readonly SourceItem[] = [
  {
    id: "za-what-001",
    setting: "primary care clinic pharmacy",
    role: "pharmacist's assistant (post-basic)",
    text: `What?
At our CHC in Khayelitsha we run the CCMDD pickup point. On ⟦DATE|Monday 3 March⟧ a lady came to collect ARVs for her neighbour, ⟦NAME|Nomvula Dlamini⟧, whose folder number is ⟦ID|KH-118274⟧ and ID number ⟦ID|${saId("860412049308")}⟧. She had a note, but it wasn't signed, and the neighbour's address on the note, ⟦ADDRESS|Site C, Section 12, No. 4471⟧, didn't match the address on the system.

So what?
I've been trained that you only give chronic meds to the patient or a nominated collector. But I also know that if I send her home, ⟦NAME|Nomvula⟧ misses doses. The 2023 ART guidelines emphasise "differentiated service delivery" so that stable clients don't have to queue every month. Rules protect privacy; rigidity can hurt adherence.

Now what?
I phoned the patient directly. She confirmed, nominated the neighbour properly over the phone, and I documented it with my supervisor, Sister Mbeki, as witness. Next: ask our facility manager to print a simple nominated-collector form in isiXhosa and English that patients can sign at their next clinical visit.`,
  },
  {
    id: "za-free-002",
    setting: "psychiatric occupational therapy",
    role: "community service occupational therapist",
    text: `My community service year in psychiatry, six months in.

I didn't choose mental health — I was allocated it — and I was scared. Now I love it. I work in a 60-bed acute unit in the Eastern Cape. Most of our users have schizophrenia or bipolar disorder, and a lot of them have methamphetamine ("tik") or cannabis use on top.

What OT looks like here: a morning group (newspaper discussion, baking, gardening), individual work on budgeting and ADLs for people going home, and vocational stuff for the ones who are stable. I use the Model of Human Occupation and the MOHOST rating because my supervisor, Thandi, trained in it. I'm less sure about it than she is.

What's been hard: discharge. People leave on depot antipsychotics and return to households with no income. Within weeks they're back. We call it the revolving door and pretend it isn't our job.

What's been good: the vegetable garden. Spinach and butternut. A man who barely spoke for two weeks now tells me how much water the seedlings need.

Learning goals for the next six months: learn cognitive remediation basics, read the 2023 SASOP treatment guidelines, and apply for my HPCSA registration as independent practitioner in January.`,
  },
  {
    id: "za-comment-003",
    setting: "primary care clinic pharmacy",
    role: "pharmacist supervisor",
    text: `I'm glad you phoned the patient instead of just saying no. That's exactly the judgement we want. For the form: keep it one page and include space for the collector's name and relationship. I'll raise it at the sub-district pharmacy meeting on Thursday. Please remove the folder and ID numbers before sharing this on the group.`,
  },
  {
    id: "ke-free-004",
    setting: "HIV laboratory",
    role: "medical laboratory technologist",
    text: `I want to reflect on a result I released last month.

A viral load came back at 186,000 copies/mL for a woman I know from church — ⟦NAME|Mama Wanjiku⟧, who sells vegetables at ⟦LOCATION|Kagio market in Kirinyaga⟧. Her CCC number, ⟦ID|10204-01987⟧, was on the request form. She is on TLD and had been suppressed for three years. I felt sick seeing her name.

Two things I want to work through.
First: confidentiality when you know the patient. I didn't tell anyone. But I noticed I wanted to call her. I didn't — that's the clinician's job, and it would have been a breach. I told my supervisor, Mr. Kiprono, that I knew her, and he reassigned her future samples.

Second: the result itself. A high VL after long suppression usually means adherence problems, not resistance, but an EAC session and repeat VL at three months is the protocol under the 2022 Kenya ARV guidelines. I checked the sample ID twice with the barcode before release, because a mix-up would be worse than the result.

Later I learned she had stopped taking her pills after her husband found them. That's not a lab problem, but it made me think about how much sits behind one number.`,
  },
  {
    id: "ke-what-005",
    setting: "sports physiotherapy",
    role: "physiotherapist",
    text: `What?
I work at a sports clinic in Iten during the training season, with distance runners — some international, many young and unsponsored. This week I saw four Achilles tendinopathies, two bone stress injuries of the tibia and a navicular stress fracture that had been "trained through" for six weeks.

So what?
The navicular one bothers me. High-risk stress fractures need MRI and non-weight-bearing, and in a town where running is the only way out of poverty, nobody wants to stop. The coach, a famous former Olympian, told me to "just give him something for the pain". The RED-S consensus (IOC 2023) also fits several of these athletes: low energy availability, missed periods in the women, low BMI.

Now what?
I talked to the athlete in Kalenjin with my colleague Cheruiyot translating. He agreed to six weeks in a boot. I'm planning a talk at the training camps about bone stress injuries and eating enough, with a sports dietitian from Eldoret. Reading: Warden et al. on high-risk stress fractures. Personal: I run too, badly, and it helps them trust me.`,
  },
  {
    id: "ke-gibbs-006",
    setting: "orthopaedic workshop",
    role: "orthopaedic technologist",
    text: `Description: Fitting a transtibial prosthesis for ⟦NAME|Mzee Kiprotich arap Bett⟧, who lost his leg to diabetes. Everyone in the area knows him as ⟦OTHER|the one-legged boda boda chairman of Kapsabet stage⟧. His grandson called from ⟦PHONE|+254 722 555 618⟧ to say the socket was rubbing.

Feelings: Proud of the fit, annoyed that he was back on the motorbike before we'd finished gait training.

Evaluation: The PTB socket was fine in the workshop but he rides 60 km a day, and the sweat and vibration caused a blister on the tibial crest.

Analysis: ISPO guidance assumes walking is the main activity. For him it's riding, with the prosthesis on the footpeg. I hadn't asked.

Conclusion: Ask about the real daily activity, not the textbook one.

Action: Added a gel liner and a silicone pad. Talked to ⟦NAME|Mzee Bett⟧ about skin checks with a mirror every evening.`,
  },
  {
    id: "gh-free-007",
    setting: "school eye screening",
    role: "optometrist",
    text: `School eye screening, Northern Region.

At ⟦LOCATION|Gbanyamni D/A Primary School in Tamale⟧ on ⟦DATE|Friday 17 January⟧ I found a 12-year-old girl, ⟦NAME|Fuseini Ayishetu⟧, with visual acuity of 6/60 in both eyes. Not myopia — bilateral dense cataracts. Her father had been told years ago that "she will outgrow it". Her Ghana Card number ⟦ID|GHA-718204659-3⟧ was needed for NHIS registration so she could have free surgery.

I referred her to the eye unit and drove her and her father there myself the next week. She had surgery on the right eye on ⟦DATE|4 February⟧. Her acuity is now 6/18 with aphakic glasses. I'm still unsure whether IOL implantation would have been better at her age.

Reflection: Paediatric cataract is a leading cause of avoidable childhood blindness. WHO's VISION 2020 pushed screening, but the cost of travel stops families more than the cost of surgery. I used my own fuel money. I don't think that's sustainable, and my boss, Dr. Amankwah, agrees we need a transport budget line for the programme.`,
  },
  {
    id: "gh-what-008",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `What?
A busy Saturday at my pharmacy in Kumasi. Eleven customers asked for antimalarials without a test. Under the Ghana Standard Treatment Guidelines (2017) and the national malaria policy, every suspected case should be tested before ACT. We have mRDTs, but people say "I know it's malaria, I feel it in my body".

So what?
I tested nine of them. Four were positive. That means five would have been given artemether-lumefantrine unnecessarily, and their real illness (one looked like a UTI, one a viral fever, one probably typhoid) would have been missed. The FDA Ghana and the Pharmacy Council want us to test; customers want speed.

Now what?
I've started offering the test for free and making it quick — 15 minutes while they wait in a chair with the TV on. My pharmacy technician, Kofi, handles the queue. I'm going to track numbers for three months and share at the GPPA Ashanti branch meeting. Personally I need to be less irritated when customers refuse. My mother used to self-treat too.`,
  },
  {
    id: "gh-comment-009",
    setting: "school eye screening",
    role: "senior optometrist",
    text: `Thank you for writing this up — and for driving them. Please don't do that again without telling me first; if something had happened on the road, you wouldn't be covered. On the IOL question: at twelve, yes, an IOL is usually preferred. We'll ask the paediatric ophthalmologist. I'll add transport to next year's budget. — Dr. Amankwah`,
  },
  {
    id: "eg-free-010",
    setting: "private physiotherapy",
    role: "physiotherapist",
    text: `I'm writing this in English for my master's portfolio.

A young man, ⟦NAME|Omar Samir El-Tanbouly⟧, came to our clinic in Heliopolis with low back pain after lifting at the gym. He is a fitness influencer — his Instagram is ⟦OTHER|@omar.lifts.cairo⟧ — and he asked me to film the session for his followers. His national ID number ⟦ID|29703120104537⟧ was on the insurance form he brought.

I said no to filming inside the treatment room. He was annoyed. Clinically, he had non-specific LBP with no red flags, normal neuro exam, a negative straight leg raise. I followed the 2020 NICE NG59 approach and the Lancet series on low back pain: reassurance, stay active, graded loading. No imaging.

What I learned: fitness influencers want a story, and the story he wanted was "serious injury, dramatic recovery". My job was to tell him it's common, it will get better, and the deadlift isn't evil. I think he was disappointed. He came back twice and was pain-free by week 4.

For next time: have a clear policy about filming, written on the wall, so it isn't a personal argument. My clinic owner, Dr. Hany, agrees. Also learn more about how to use social media positively, because patients will find exercises online anyway.`,
  },
  {
    id: "eg-what-011",
    setting: "clinical nutrition",
    role: "clinical dietitian",
    text: `What?
I run a paediatric nutrition clinic in Alexandria. Most of my referrals are for obesity now, not underweight. Today, six children under ten with BMI above the 97th centile on the WHO charts. Two had acanthosis nigricans; one had fasting glucose 6.3 mmol/L.

So what?
Egypt has one of the highest obesity rates in the region — the 2019 STEPS survey reported around 40% of adults. The children's diets are full of sugary tea, fuul sandwiches with white bread, koshary, and packaged juice. Parents think a chubby child is a healthy child. Grandmothers especially. I catch myself using English terms like "portion control" that don't translate.

Now what?
I have started using a picture plate with Egyptian food, and giving one change at a time — swap juice for water first, not everything. My supervisor, Prof. Nagwa, suggested we run a group class for mothers and grandmothers together, on a weekend. I'm also reading the 2023 AAP clinical practice guideline, which is very different from what I learned at university (earlier, more intensive treatment, including medication for older children). I'm not sure it fits our setting, but I want to understand it.`,
  },
];
