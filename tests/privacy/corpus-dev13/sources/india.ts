import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: PHC internship, nursing, pharmacy, physiotherapy and casualty, some in Hinglish and clipped shorthand. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "community medicine",
    role: "intern (MBBS)",
    text: `
PHC posting wk 2. ANC day, 40+ ladies before lunch. One stayed in my head: ⟦NAME|Lakshmamma⟧, G3P2, 7 months, from ⟦LOCATION|Kothapalli village near Nalgonda⟧, Hb 7.2, walked 6 km because the auto was not coming. She needed the JSY money for the delivery and the ANM said her Aadhaar ⟦ID|${aadhaar("3852 6640 917")}⟧ was not seeded with the bank account so payment is stuck since 3 months. She was more worried about that than her Hb.
I gave IFA, started the iron sucrose plan with MO sir, explained diet in my broken Telugu (she laughed at me, fair). Learning: the social part is the treatment part. Anaemia in pregnancy will not go away with tablets if she can't come back for the injections. Will ask the ASHA didi to do a home visit next week.
`,
  },
  {
    id: "in-what-002",
    setting: "pharmacy",
    role: "pharmacy student (Pharm.D, 4th year)",
    text: `
What? Hospital pharmacy posting, dispensing counter. A man came with a prescription for Dolo 650 TDS and also bought Crocin from outside "for extra fever". Both paracetamol. Plus he was taking a cold tablet with paracetamol in it. Total could be above 4 g per day easily.

So what? Brand names confuse everybody, even us. Our senior pharmacist Mrs. Deshmukh sir said (yes she is called sir in our dept, long story) that every week they see someone doubling up like this. Liver damage can be silent until day 3.

Now what? I made a small chart in Marathi and English with the common paracetamol brands for the counter. Ma'am approved it. Also I will learn the top 50 combination brands properly before my exams. Going home for Diwali leave after this, so chart must be printed by Friday.
`,
  },
  {
    id: "in-free-003",
    setting: "internal medicine",
    role: "student nurse (GNM, 2nd year)",
    text: `
Today duty in ⟦FACILITY_ROOM|female medical ward bed no 23, KEM⟧. Patient ⟦NAME|Sushila aunty⟧ — CKD, on MHD twice weekly, K+ was 6.4 in morning report. Sister told me to keep her NBM for dialysis but aunty was crying for chai, she said "beta ek cup". I did not give, but I sat with her for some time. Her son gave his number ⟦PHONE|+91 98200 55512⟧ for updates and told us don't tell her about the fistula failing, he wants to tell himself.
UHID ⟦ID|2024/MED/118734⟧ was wrong on the dialysis slip (one digit off) — I noticed only because I was copying the vitals. Told Sister, she corrected before sending.
Learning: small checking is big safety. Also, sitting with patient is also nursing, not only tasks.
`,
  },
  {
    id: "in-gibbs-004",
    setting: "medicine OPD",
    role: "medical student (2nd year MBBS)",
    text: `
Description — my first full history in medicine OPD. Uncle with chest pain, 56, smoker, diabetic. I took 25 minutes. Unit PG took 4 minutes for the next one.
Feelings — embarrassed, then determined.
Evaluation — I did the SOCRATES properly and got radiation to the left arm, but I didn't ask about exertion properly, which is the most important thing for angina. Also I didn't do BP in both arms.
Analysis — we learned history-taking in a skills lab with a script. Real patients don't follow the script, they tell you about their daughter's wedding first. Dr. Kulkarni sir says that is not waste of time, it is rapport.
Conclusion — history is a skill like suturing. Need reps.
Action plan — 2 histories every OPD day, present one to the PG, read Hutchison chapter 3 again, and stop rushing the family-history part. Me and Sneha will practise on each other on Sunday in hostel.
`,
  },
  {
    id: "in-free-005",
    setting: "emergency department",
    role: "intern (MBBS)",
    text: `
Casualty duty on ⟦DATE|Holi⟧ night. Burns, RTA, bhang intoxication, everything. One case I want to remember: ⟦NAME|Kamla Devi⟧, ⟦AGE|90⟧ as per her grandson, brought with fall and altered sensorium. Everybody assumed "bhang" because of the festival and the colour on her face. Her GRBS was 38. Dextrose 25% 100 ml, she woke up in 5 minutes and asked for her spectacles.
She was on glimepiride 2 mg and had not eaten since morning because the whole family was playing Holi. Our senior resident Dr. Farhan made all of us interns check sugar on every altered patient for the rest of the night, no matter what story.
Lesson: the context can blind you. Check the sugar. Always check the sugar.
`,
  },
  {
    id: "in-comment-006",
    setting: "medicine OPD",
    role: "postgraduate resident (MD medicine)",
    text: `
Good reflection yaar. 25 min for first history is normal, I took 40 in my 2nd year haha. One tip: ask about exertion and rest pain in the first two minutes for any chest pain, then go wide. Also write down BP both arms even if same, examiners love it. Come to the Thursday case discussion, 2 pm, seminar hall.
`,
  },
  {
    id: "in-free-007",
    setting: "physiotherapy",
    role: "physiotherapy intern (BPT)",
    text: `
Neuro posting, stroke rehab OPD in Pune. Today I worked with a 62 yr man, right hemiparesis, 3 months post MCA infarct, Brunnstrom stage 3 in upper limb, MAS grade 2 in elbow flexors. He is a tailor and his only question is "will my hand sew again". I did not know what to say. My supervisor Dr. Joshi ma'am said be honest, say we will work on it and measure every 2 weeks.
We did task-specific training with pegboard and theraputty, and mirror therapy. He was so tired after 20 min.
I want to learn CIMT properly. Plan: read the EXCITE trial (2006) and ask ma'am if I can make a home program with his own scissors and cloth, because practice with his real tools might motivate him more. Also MPT entrance in June, need to start studying seriously, no more reels.
`,
  },
  {
    id: "in-what-008",
    setting: "cardiology",
    role: "medical student (final year MBBS)",
    text: `
What? Cardio posting in Kochi. ⟦NAME|Varghese chettan⟧ came for pacemaker check, implanted on ⟦DATE|2-8-24⟧ for complete heart block. The tech showed us the interrogation and the ID card he keeps in his wallet with the serial ⟦DEVICE|PJN448172X⟧. Battery fine, pacing 62% of time, one AHRE episode that made the consultant start talking about anticoagulation.

So what? I never thought about device data as patient data. The card in his wallet has more info than his discharge summary lol.

Now what? Learn CHA₂DS₂-VASc properly (he is 4 points), and read about AHRE vs clinical AF and when to anticoagulate. Also reminded myself: when I take photos of ECGs for learning, crop the name AND the device details.
`,
  },
  {
    id: "in-free-009",
    setting: "emergency department",
    role: "intern (MBBS)",
    text: `
Night casualty, snakebite season in Nagpur. 3 cases tonight. One was a 23 yr farmer, krait suspected (bitten while sleeping on the floor, no local swelling, then ptosis at 4am). 20WBCT was normal so initially we waited, but ptosis means neurotoxic. Gave ASV 10 vials, neostigmine + atropine trial, shifted to ICU for possible ventilation.
Honestly my mistake: I didn't re-examine him for 2 hours after the first look because casualty was full. Dr. Pawar sir caught the ptosis on his round.
Learning: krait bites can look innocent. Re-examine every hour for neuro signs, even if bloods are normal. I'm reading the national snakebite protocol (2017) again tomorrow. Also need better chappals, stood 14 hours.
`,
  },
  {
    id: "in-comment-010",
    setting: "internal medicine",
    role: "student nurse (GNM, 3rd year)",
    text: `
Same ward na? ⟦NAME|Sushila aunty⟧ in ⟦FACILITY_ROOM|bed 23⟧ — she asked me for chai also yesterday 😅 I told her after dialysis I will bring. Very good catch on UHID. Last month a dialysis slip went with wrong number and the sample got rejected, patient had to be poked again. Always check slip vs file vs band. Keep writing didi!
`,
  },
  {
    id: "in-free-011",
    setting: "breaking bad news",
    role: "ICU staff nurse",
    text: `
MICU, Delhi. Today the doctors told a family that the patient is brain dead. I was present because I am the bedside nurse. Dr. Mehra explained very slowly, in Hindi, with no English words, and then kept quiet. The wife asked 3 times "but heart is beating?" and each time he answered the same, patient.
I was holding the tissue box and thinking about my own father. I felt I should not cry in front of them, but my eyes were wet anyway. Later Sister Thomas told me it's ok, families remember that you cared.
Learning: the words matter — "brain death is death", not "he is almost gone". And silence is part of breaking news. I want to do the ISCCM communication workshop next month if they give me leave.
`,
  },
];
