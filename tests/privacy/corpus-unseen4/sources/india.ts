import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "medicine ward",
    role: "resident",
    text: `
JR-1 medicine, Delhi. Writing this after a 36 hour duty so bear with the Hinglish.

${"⟦NAME|Ramvati ji⟧"} was admitted in our ward with CAP + hyponatremia, Na 118. Age on the file says ${"⟦AGE|92⟧"}, she says "beta, sau saal ki ho gayi", her son says 88, Aadhaar (${"⟦ID|" + aadhaar("5821 4407 396") + "⟧"}) says ${"⟦DATE|01/01/1933⟧"} which obviously is the default date everyone gets. She lives in ${"⟦LOCATION|C-block of the JJ colony in Bawana, the lane behind the Shiv mandir⟧"} and her bahu ${"⟦NAME|Sunita⟧"} is the only one who comes daily.

Main learning: I corrected her sodium too fast. 118 to 129 in 24 hrs. I was busy, 60+ patients, I put 3% saline as per the unit protocol and didn't recheck at 6 hours. Senior resident Dr. Kashyap caught it at 24 hrs and we put her on D5 to bring it down a bit. Luckily no signs of ODS till discharge.

I know the rule (8–10 mmol/L per day max, 2014 European guidelines). Knowing and doing alag cheez hai when there's no sister free to send the sample.

Action: I've made the interns put a 6-hourly Na reminder in the ward whatsapp group for every hyponatremia pt. ${"⟦NAME|Sunita⟧"} gave me her number for updates, ${"⟦PHONE|+91 98110 55521⟧"}, and I actually called her this time.
`,
  },
  {
    id: "in-what-002",
    setting: "paediatrics",
    role: "nursing student",
    text: `
What?
I am a third year B.Sc Nursing student from Kottayam, Kerala. In our paediatric posting I was assigned to a 4 year old child with Down syndrome admitted for pneumonia. The mother was very worried and asked me many times if her child will "become normal after the medicine". I did not know what to answer, so I told her to ask the doctor.

So what?
Later our clinical instructor, Sister Lissy chechi, told me that I missed a chance. She said the mother was not really asking about the pneumonia, she was asking about her whole future with the child. I felt bad. In our class we studied Down syndrome as trisomy 21, features, heart defects (AVSD), hypothyroidism screening, but not how to talk to the parents. Also I remember the APGAR and growth charts better than the feelings.

Now what?
Next time I will sit with the mother and first ask what she is worried about. I will read the Indian Academy of Pediatrics guidelines on Down syndrome follow-up so I can tell her about regular thyroid and eye check-ups. I also want to ask Lissy chechi if we can do a role play in our skills lab about speaking to parents. I am writing this in English because that is the rule of our college but in Malayalam I would have said it better.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "surgery",
    role: "nursing student",
    text: `
Description: During my surgical posting I cared for ${"⟦NAME|Mariamma Varghese⟧"}, whom everyone in the ward called ${"⟦NAME|Mariamma Ammachi⟧"}, in ${"⟦FACILITY_ROOM|Ward 5, bed 22 at Medical College Hospital Kottayam⟧"}. She had a below knee amputation on ${"⟦DATE|12.10.2025⟧"} for diabetic foot. On the second day she refused to eat and kept the curtain closed.

Feelings: I was scared to go near her because I thought she was angry with us.

Evaluation: When I finally went and sat with her, she told me in Malayalam that she was embarrassed because she could not go to church on Sunday and everybody from ${"⟦LOCATION|St. Thomas church at Kuravilangad⟧"} would ask her family. She was not angry, she was ashamed.

Analysis: In our Fundamentals of Nursing we learnt about body image disturbance as a nursing diagnosis. I did not connect it to a real person until I saw her. Her HbA1c was 10.2 and her wound care was very important, but her emotional care was not in our care plan at all.

Conclusion: I should assess psychological needs as carefully as I check the drain.

Action plan: I spoke to our ward sister and the vicar came to visit her on the fourth day. I will include body image in every amputation care plan I write from now.
`,
  },
  {
    id: "in-free-004",
    setting: "night shift",
    role: "intern",
    text: `
internship, mumbai, monsoon = dengue season. night duty in medicine casualty. writing this at 6am in the duty room.

had 11 dengue pts between 10pm and 4am. platelet counts all over the place: 18k, 42k, 9k, 110k. one 19 yo college boy with platelets 14k and a hct of 48 was the one that scared me, he was cold and clammy, pulse 118, bp 90/70 narrow. warning signs as per WHO 2009 criteria. i started a 10 ml/kg bolus and called the registrar. he was ok by morning.

what i want to remember: everyone (relatives, even some nurses) is obsessed with the platelet number, and they ask "platelet chadhao" all night. but the thing that kills in dengue is plasma leakage and shock, not the platelet count alone. NVBDCP guidelines also say platelet transfusion only in bleeding or very low counts. i had to explain this to 5 different families at 2am.

also learnt: paracetamol yes, no NSAIDs, no "papaya leaf juice" as treatment though i can't stop them. dr. shetty sir said at morning rounds that a good intern in dengue season is a good counsellor first.
`,
  },
  {
    id: "in-comment-005",
    setting: "OSCE",
    role: "medical student",
    text: `
Bhai this is so relatable. In our internal assessment the examiner also asked me to demonstrate Bell's palsy vs UMN lesion and I forgot to ask the patient to raise eyebrows first. Got 6/10. Sir said "forehead is the first question, always". Will practise with you before the university exam in Feb, let's book the skills lab.
`,
  },
  {
    id: "in-free-006",
    setting: "community medicine",
    role: "medical officer",
    text: `
I'm an MO at a PHC in Jodhpur district on my rural bond posting. Writing about a home delivery that went wrong and what the ASHA taught me.

${"⟦NAME|Kesar Bai⟧"}, w/o ${"⟦NAME|Mangilal⟧"}, delivered at home in ${"⟦LOCATION|Meghwalon ki Dhani, the last cluster of houses before the sand dunes on the Osian road⟧"} because the 108 didn't come in time. PPH. Our ASHA, Santosh didi, had misoprostol in her kit, gave it, massaged the uterus, and called me on the phone. By the time we reached with the jeep she was pale but talking. Hb next day was 6.1.

Her MCP card number ${"⟦ID|RJ-JOD-0412-77318⟧"} and the date of delivery, Karva Chauth night, ${"⟦DATE|20 October⟧"}, are both on the ASHA's register, which is how I found her records at follow up.

What I learned: the real first responder in rural Rajasthan is the ASHA, not us. Our training in medical college was all about tertiary care. Santosh didi has had 6 days of training and she handled a PPH better than I would have alone.

Action: I've requested more misoprostol stock for all ASHAs in our block, and I'm doing a monthly PPH drill with them at the PHC on the first Monday.
`,
  },
  {
    id: "in-what-007",
    setting: "pharmacy",
    role: "pharmacology postgraduate",
    text: `
What?
I am a pharmacology PG in Chennai doing my pharmacovigilance posting. We received a near-miss report: a prescription for metformin 500 mg BD was dispensed as metronidazole 400 mg BD from the ward stock. The staff nurse noticed the tablet was a different colour before giving it.

So what?
Look-alike sound-alike drugs are a known issue; ISMP publishes lists every year. In our hospital both strips are white with blue printing and they were kept next to each other alphabetically. The prescription was handwritten and "Met" was the only clear part. This is a system error, not a person error. WHO's Medication Without Harm challenge (2017) says exactly this, but in a busy ward everyone still blames the pharmacist.

Now what?
We are suggesting tall-man lettering (metFORMIN / metroNIDAZOLE) on shelf labels, separating the two in ward stock, and a one-page LASA list for every nursing station. My guide, Dr. Lakshmi Narayanan ma'am, wants me to present this at the PvPI monthly meeting. I am also going to audit how many LASA pairs are stored side by side in our five main wards.
`,
  },
  {
    id: "in-gibbs-008",
    setting: "faculty feedback",
    role: "faculty",
    text: `
Feedback to the 2021 MBBS batch after Tuesday's OSCE in the neurology block, AIIMS New Delhi. Writing it here as a Gibbs cycle because your logbooks need to show one.

Description. Twelve stations. The weakest were station 4 (Glasgow Coma Scale on a simulated head injury) and station 9 (counselling a parent about febrile seizures).

Feelings. I felt frustrated at first because GCS has been taught three times. Then I watched the videos and realised the problem was not knowledge. Most of you knew the scale. You just didn't apply a painful stimulus properly, so you scored M4 when it should have been M5 (localising).

Evaluation. Counselling was better than last year. Many of you used simple Hindi words, which is good, and nobody said "convulsion" without explaining it.

Analysis. The NMC's CBME curriculum (2019) gives the AETCOM module equal weight with clinical skills. You are taking it seriously. GCS needs more hands-on practice, not more lectures.

Conclusion. Knowledge is there; technique is not.

Action plan. From next week, Dr. Rohan Bhatia and I will run 20-minute GCS practice sessions in the skills lab every Friday at 4 pm. Attendance will be in the logbook.

— Prof. Meenakshi Iyer, Department of Neurology
`,
  },
  {
    id: "in-free-009",
    setting: "audiology",
    role: "audiologist",
    text: `
Audiologist, Hyderabad. I want to reflect on a mapping session that I almost messed up because of a mix-up with device serial numbers.

${"⟦NAME|Baby Anvika⟧"} (${"⟦NAME|Anvika Reddy⟧"}, 3 years) got bilateral cochlear implants under the state scheme. Both processors look identical and both were brought in the same pouch. I started mapping the left with the right ear's program. I only noticed when the software showed the processor serial ${"⟦DEVICE|CP1150-4827319⟧"} was linked to the right implant, ${"⟦DEVICE|CI632-5518204⟧"}. The child's father, ${"⟦NAME|Mr. Srinivas Reddy⟧"}, had no idea which was which — why would he.

No harm done, I'd not saved anything. But the child had been crying with the first beep, and I had put that down to her being tired.

What I've changed: colour-coded stickers (red for right, blue for left, as the AAA and ASHA guidance suggest), and I check the serial against the implant record before connecting, every time. I also explained this to ${"⟦NAME|Srinivas⟧"} so he can check at home. He emailed me later from ${"⟦EMAIL|srinivas.reddy.hyd81@gmail.com⟧"} with a photo of the stickers, very proud. Small change, big difference.
`,
  },
  {
    id: "in-comment-010",
    setting: "geriatrics",
    role: "medical student",
    text: `
Ma'am one small thing — we all know this is ${"⟦NAME|Kaushalya dadi⟧"} from ${"⟦LOCATION|the third floor of the DDA flats in Sector 14, Rohini⟧"}, she comes to OPD every Thursday with her walker. Maybe remove the floor and the walker colour? Otherwise the reflection on polypharmacy is so good, I'm sharing it with my batch.
`,
  },
  {
    id: "in-what-011",
    setting: "community medicine",
    role: "medical student",
    text: `
What?
As part of our community medicine posting in Kolkata we visited a DOTS centre. I met a 35-year-old man with pulmonary TB who had stopped his medicines after two months because he "felt fine" and because the rifampicin made his urine orange and his wife thought it was a sign of kidney failure.

So what?
I had only thought of TB adherence as a problem of distance or cost. Here it was fear and misunderstanding. The treatment supervisor, Mr. Biswas, told me they register every patient on Nikshay and get DBT support of ₹500 a month, but money doesn't fix fear. I also realised that in our pathology classes we compare TB and Hodgkin lymphoma for caseating vs non-caseating granulomas and Reed-Sternberg cells, but nobody talks about orange urine.

Now what?
I made a small Bengali leaflet with my classmate explaining that orange urine is normal with rifampicin. Our HOD, Dr. Chakraborty, liked it and will ask the District TB Officer whether it can be used in more centres. I want to do my ICMR STS project on reasons for TB treatment interruption.
`,
  },
  {
    id: "in-free-012",
    setting: "palliative care",
    role: "resident",
    text: `
Palliative medicine resident, Amritsar. ${"⟦NAME|Sardarni Gurbachan Kaur⟧"} says she is ${"⟦AGE|103⟧"}, and her pension book agrees. Carcinoma gallbladder with obstructive jaundice, bilirubin 14. Her grandson brought her from ${"⟦ADDRESS|House No. 27, Gali Kashmirian, Katra Ahluwalia, Amritsar 143001⟧"}, and she wanted only two things: to go home before Gurpurab, ${"⟦DATE|5 November⟧"} and to not have "the tube in the nose".

We discussed a biliary stent. The surgeons were keen, the family was divided. She said in Punjabi, "I have seen Partition, I have seen my husband go, I am not scared of this." I didn't translate that sentence into the notes well. I wrote "pt not keen on intervention". That's not what she said at all.

Learning: documentation of a patient's wishes should use their words where possible, especially when someone else will read the notes at 3 am and decide whether to escalate. The 2014 WHA resolution on palliative care talks about dignity; I think a patient's own sentence is part of that dignity.

She went home on ${"⟦DATE|the 2nd⟧"} with oral morphine and a hospice number. I've asked our team to add a "in the patient's own words" box in the advance care plan form we use.
`,
  },
  {
    id: "in-free-013",
    setting: "emergency department",
    role: "resident",
    text: `
JR in emergency medicine, Delhi. Writing this at 7am post-night, chai in hand, so it's a bit all over the place.

Around 1:30 am a man brought his father in an auto from Anand Vihar bus terminal — they'd come by the overnight bus from Bihar for "a checkup in the big hospital" and his father collapsed in the bus. Baba, as the son kept calling him (real name ${"⟦NAME|Ramesh Prasad Yadav⟧"}, ${"⟦AGE|ninety-three⟧"} according to the son, though the Aadhaar says otherwise), was in AF with a rate of 160, BP 84/50, and confused.

Boss, the triage was madness. Red area full, two RTAs, one organophosphate poisoning being atropinised in the corner, and I had Baba on a trolley in the corridor with a BP cuff that kept failing. I gave amiodarone as per our protocol and he converted after about 40 minutes. Then the son asked me the question that I've been thinking about since: "Doctor sahab, humne 1,100 km travel kiya, ab kya karein?" What do we do now.

I realised I didn't know. He wasn't registered anywhere, he didn't have a UHID yet, and we don't have a bed in medicine for 48 hours on a good day. The son had Baba's Aadhaar (${"⟦ID|" + aadhaar("3094 6621 580") + "⟧"}) and the address of their home — ${"⟦ADDRESS|Ward 9, Mohalla Tola Pachhim, near the Durga mandir, Sasaram 821115⟧"} — written on a piece of cardboard in case they got separated. That cardboard broke my heart a little.

Learning 1: in AF with hypotension, I should have thought about synchronised DC cardioversion earlier; the ACLS algorithm says unstable = shock. I froze because he was so old and frail. My senior, Dr. Neha Sethi, said the next morning that frailty is a reason to think about goals, not a reason to do nothing.

Learning 2: our ED is the front door for the whole of north India. Referral from the district hospital would have saved them the journey. I've started writing a short "what next" slip in Hindi for patients discharged from ED who live outside Delhi, listing the nearest district hospital and what to take with them.

Son's number for follow-up: ${"⟦PHONE|+91 94311 55583⟧"}. I did call. Baba reached home safely.
`,
  },
];
