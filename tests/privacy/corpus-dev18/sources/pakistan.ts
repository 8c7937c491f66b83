import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: MBBS, BSN, DPT and Pharm.D students, 9 items. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "early clinical exposure",
    role: "medical student",
    text: `
First year MBBS, and our early clinical exposure visits started this month. We went to the medical ward at ⟦FACILITY_ROOM|Mayo Hospital⟧ in small groups with Dr. Usman Tariq. He asked me to take a history from ⟦NAME|Bashir Ahmed⟧, a farmer from near Kasur with a swollen abdomen. His son held up his father's CNIC so I could copy the details onto my clerking sheet: ⟦ID|35102-7784213-5⟧. I wrote everything down like it was an exam.

⟦NAME|Bashir sahib⟧ had ascites from hepatitis C cirrhosis. Dr. Usman showed us shifting dullness and a fluid thrill, and explained why we don't just "drain the water". Albumin 2.4, platelets 78,000. I felt so small standing there with my new stethoscope that I hadn't even used yet.

Afterwards Dr. Usman collected our clerking sheets and tore off the top parts with the names and numbers. He said, "You can learn medicine without anyone's CNIC." It was the most memorable thing he said all day.

Going home I told Ammi about it and she said my dada also had "paani" in his stomach before he died. I never knew that. I'm going to ask her more.
`,
  },
  {
    id: "pk-gibbs-002",
    setting: "surgical ward",
    role: "nursing student",
    text: `
Description: I am a second-year BSN student in Lahore. During Ramadan our clinical rotation was on a surgical ward, and a young man in his twenties who had been in a road traffic accident died after a day with us. It was the first death I had witnessed.

Feelings: I felt numb, and then I cried on the staff bus home. I had been fasting and was exhausted, and everything felt heavier.

Evaluation: Our clinical instructor, Ms. Sadia Anwar, gathered the four of us students after the shift and we talked for half an hour. She told us her first death was during her internship in 2009 and that she still remembers the patient's face.

Analysis: I realised I had no words for his mother, and neither did anyone else. Our curriculum covers the Kübler-Ross stages, but I had never thought about what to actually say. My friend Maryam said she recited Surah Yaseen quietly, and that helped her.

Conclusion: Grief on the ward is shared, and it's okay to take time.

Action plan: I will read about breaking bad news using the SPIKES protocol, go to the monthly spiritual care session Ms. Sadia mentioned, and talk to my mother, who was an LHV for twenty years, about how she coped.
`,
  },
  {
    id: "pk-free-003",
    setting: "community medicine",
    role: "medical student",
    text: `
Our community medicine field visit was to ⟦LOCATION|Basti Malook⟧, about forty minutes outside Multan. We went with the Lady Health Worker, Shazia baji, who has covered the same 120 households for fourteen years. She took us to see ⟦NAME|Amma Rasoolan⟧, who has diabetes and a foot ulcer that won't heal. Her grandson gave me his number, ⟦PHONE|0301 5558823⟧, in case we could arrange a referral, and I saved it in my phone.

The foot was the worst thing I've seen so far in second year. Dr. Farhan showed us how to test for neuropathy with a monofilament (she felt nothing at 7 of 10 sites). Her random glucose was 312 mg/dL. She was using a neighbour's leftover insulin.

What struck me was that she didn't complain once. She kept apologising for not having tea to offer us. Shazia baji quietly told us the family had sold a buffalo to pay for the last admission.

I'm writing this because I want to remember that medicine in Pakistan isn't only the big hospitals of Lahore and Karachi. It's also a Lady Health Worker with a notebook and a bag of paracetamol.
`,
  },
  {
    id: "pk-what-004",
    setting: "paediatric physiotherapy",
    role: "physiotherapy student",
    text: `
What? In the third week of my DPT clinical rotation in Islamabad, I observed Ms. Hina Qureshi treating children with cerebral palsy. A 7-year-old boy with spastic diplegia climbed up from the floor by walking his hands up his thighs — Gowers' sign, which Ms. Hina said you see in weak children generally, not only in Duchenne muscular dystrophy. We recorded his GMFCS level (III) and used the Modified Tardieu Scale.

So what? I realised how much of paediatric physio is play. Ms. Hina did almost the whole session with a ball and a mirror. My classmate Ali tried to do it "properly" with counted reps and the child lost interest in two minutes.

I also thought about Abdul Sattar Edhi, whose foundation helped my uncle when I was small — care is about showing up, not equipment.

Now what? I'll read the 2017 JAMA Pediatrics paper on early diagnosis of cerebral palsy by Novak et al., learn three games for each goal (balance, strength, stretch), and ask Ms. Hina if I can help with the parents' group on Thursday.
`,
  },
  {
    id: "pk-free-005",
    setting: "hospital pharmacy",
    role: "pharmacy student",
    text: `
As part of my Pharm.D second-year hospital exposure I spent a week with the clinical pharmacist, Mr. Kamran Siddiqui. On Wednesday he asked me to review the chart of the patient in ⟦FACILITY_ROOM|Bed 9, Medical Unit II, Civil Hospital Karachi⟧. ⟦NAME|Zubaida Khatoon⟧, MR number ⟦ID|CHK-0458219⟧, was on ceftriaxone 2 g, IV omeprazole and heparin. I noticed her creatinine had gone up to 2.1 and she was still on full-dose metformin from home.

I was so nervous about telling Mr. Kamran that I nearly didn't. He checked, agreed, and we went to the house officer together. Metformin was held. I kept thinking: if I hadn't said anything, would anyone have noticed?

Mr. Kamran told me pharmacists in Pakistan are still fighting to be seen as part of the team, and that every good catch helps. He gave me photocopied pages on renal dose adjustment and told me to learn the ones for drugs we see every day: vancomycin, enoxaparin, metformin, gabapentin.

I called my Abbu from the bus stop, I was so happy. He runs a medical store in Korangi and has been telling me for years that "the pharmacist is the last guard."
`,
  },
  {
    id: "pk-free-006",
    setting: "student life",
    role: "medical student",
    text: `
My day starts at 5:30 with Fajr, then a paratha my mother insists on, then the Metro bus from Saddar to Faizabad and a Suzuki to college. By the time I reach the dissection hall I've been travelling for an hour and a half. Second year MBBS is no joke.

Three evenings a week I tutor two O-level students in biology to help with fees. Abbu's shop in Raja Bazaar has been slow since prices went up after the floods, and my older brother Hamza is applying for jobs in Dubai.

Our endocrinology module this month was taught by Prof. Nasreen Akhtar, who made us draw the HPA axis until we could do it in our sleep. Cushing's syndrome versus Cushing's disease finally makes sense: ACTH high or low, pituitary or adrenal. She showed us photos from her own clinic (faces blurred, no names, which I noticed).

Friday nights are for my friends Sana and Iqra — chai at the dhaba near Liaquat Bagh and complaining about Prof. Akhtar's MCQs. Sana wants surgery. Iqra wants to go the USMLE route. I want to sleep.
`,
  },
  {
    id: "pk-comment-007",
    setting: "paediatric physiotherapy",
    role: "physiotherapist",
    text: `
Very honest reflection, beta. Physiotherapy with children is always a negotiation. Next week bring the therapy ball and the stickers, and you can lead the first ten minutes. Also read Novak's paper with the parents' questions in mind — they will ask you about walking and school. — Ms. Hina Qureshi, Senior Physiotherapist
`,
  },
  {
    id: "pk-gibbs-008",
    setting: "geriatric ward",
    role: "medical student",
    text: `
Description: On my second-year geriatrics attachment in Peshawar I helped with the discharge of ⟦NAME|Haji Sher Zaman⟧, who was admitted on ⟦DATE|14 August⟧ with a chest infection and went home ten days later. He is ⟦AGE|95⟧ and his family joked that he had seen Pakistan being born.

Feelings: I was nervous about explaining the inhaler technique in Pashto because my Pashto is not very formal, and I worried I would sound disrespectful.

Evaluation: Dr. Shahida Gul, our tutor, let me try first and then helped. He understood the spacer much better when his grandson did it alongside him.

Analysis: Elders in our culture expect to be addressed through the family, and teaching the family is sometimes more useful than teaching the patient directly. I also noticed his saturation on air was 93% and he was still considered well enough for home, which surprised me after our lectures. Dr. Gul explained the BTS oxygen guideline (2017) target of 88–92% for people at risk of hypercapnia.

Conclusion: Language and respect are clinical skills.

Action plan: Practise the spacer demonstration with my classmate Arsalan and make a picture leaflet in Pashto and Urdu.
`,
  },
  {
    id: "pk-free-009",
    setting: "OSCE",
    role: "medical student",
    text: `
OSCE results come out tomorrow and I can't sleep, so I'm writing. Our second-year OSCE in Rawalpindi had eight stations: BP measurement, hand washing, CPR on a mannequin, a history of diarrhoea, inhaler counselling, a knee exam, a paediatric paracetamol dose (15 mg/kg for a 12 kg child = 180 mg), and a communication station with a simulated patient.

The communication station was the hardest. The actor, a lecturer from the English department, played an angry father whose son had waited six hours. I said "I understand" far too many times. Dr. Zainab Malik, who was observing, told me to acknowledge, apologise if appropriate, and then ask what they need.

CPR went well, thanks to the hours my friend Bilal and I spent in the skills lab doing 30:2 at 100–120 a minute. We had a playlist with "Stayin' Alive" and some Atif Aslam, which is not the right tempo but kept us going.

Whatever happens tomorrow, I know I'm better at talking to people than I was in September. And if I fail the knee station, I'm blaming McMurray's test.
`,
  },
];
