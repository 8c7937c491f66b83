import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: unit heads, professors, CBME faculty, skills-lab tutors, deans, and postgraduates replying. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "teaching ward round",
    role: "professor and unit head (general medicine)",
    text: `
Grand ward rounds on Saturday, Unit III. I have been doing these for nineteen years and I still learn something from the postgraduates every week.

This week's case was presented by Dr. Sneha, second-year MD. The patient, ⟦NAME|Shri Ramesh Babulal Yadav⟧, UHID ⟦ID|MH2024-118734⟧, came from ⟦LOCATION|Kharkhoda village, Sonipat district⟧ with fever for three weeks, splenomegaly and pancytopenia. She had done her homework: she listed kala-azar, typhoid, brucellosis and lymphoma and ranked them sensibly. His Aadhaar ⟦ID|${aadhaar("4862 1937 502")}⟧ was photocopied on the front of the case file because the PMJAY desk needed it, and she read the whole front sheet aloud, number and all, before I could stop her. We have talked about it since.

The teaching point I was trying to make was about epidemiology. A patient's village is a clinical clue, not only an address. Kala-azar has nearly disappeared from Haryana; it is still seen in Bihar. Where has this man travelled? He had worked for two seasons at a brick kiln near Muzaffarpur. That changed our differential completely, and the rK39 came back positive on Monday.

For the juniors: history of travel and occupation is not a formality. Ask it properly. And the case file's front sheet is for the records office, not for the bedside presentation.

Dr. Menon, my associate professor, will take next Saturday's round. I have asked him to keep the ten-minute "how to present a case" slot for the interns.
`,
  },
  {
    id: "in-free-002",
    setting: "competency-based curriculum",
    role: "medical education unit coordinator",
    text: `
Five years into the NMC's competency-based medical education curriculum, I was asked to speak to our new faculty about the AETCOM module, and it made me look back at what has actually changed.

What has changed: the foundation course in the first month. Students now learn basic life support, biosafety and hand hygiene before they dissect anything. Our first-professional batch of 250 did the foundation course this August and the feedback was better than any year before.

What hasn't changed: assessment. We still do long cases and short cases for the final professional exam in almost exactly the way Dr. B.K. Dutta taught them to me in 1998. CBME says competencies should be assessed in the workplace; our workplace-based assessment is mostly a logbook that gets signed the week before the exam.

AETCOM itself is a lovely idea. Attitude, ethics and communication, taught in small groups with case scenarios. In practice, in a college with twelve faculty members per department and a large batch, it becomes a lecture. Dr. Kavitha Raghunathan from our MEU and I have been trying a flipped format: students read the case vignette beforehand and the session is entirely discussion. Attendance went down and participation went up, which I count as a win.

For any new faculty reading this: do the Basic Course in Medical Education workshop early, and don't be embarrassed to ask the old-timers what they actually do rather than what the curriculum says.
`,
  },
  {
    id: "in-what-003",
    setting: "postgraduate case presentation",
    role: "associate professor (paediatrics)",
    text: `
What? Our Thursday PG case presentation this week was on a child with nephrotic syndrome who relapsed while on alternate-day prednisolone. The resident, Dr. Arjun, presented it well. Then in the Q&A the junior resident showed the WhatsApp group where the family had been sending morning urine albumin readings: "⟦OTHER|Baby Tanvi Bed 17 PICU KEM⟧", with the father's number ⟦PHONE|+91 98201 55563⟧ visible at the top of the screenshot. It was projected on the seminar room screen for perhaps a minute.

So what? The family had been wonderfully engaged. They had done exactly what we asked, dipstick every morning and send a photo. And we as a department have never thought about where those photos go, who keeps them, and what happens when a resident uses them in teaching. I myself have used such screenshots before. I cannot pretend this is only the junior resident's mistake.

Now what? I have proposed to our HOD, Dr. Kulkarni, three things:
1. A department rule that any screenshot used in teaching is cropped and checked by the presenting consultant.
2. A printed urine-albumin chart that families fill in and bring, instead of phone messages for routine readings.
3. A short session for PG residents on the DPDP Act 2023 and what it means for us.

The medical teaching in the presentation was very good. Steroid-dependent nephrotic syndrome, when to consider levamisole or MMF, the ISPN 2021 guidelines. I will write a separate note on that.
`,
  },
  {
    id: "in-gibbs-004",
    setting: "skills lab OSCE",
    role: "skills lab in-charge (Kerala)",
    text: `
Description: We conducted the first formative OSCE in the new skills lab for the third-year MBBS batch. Twelve stations, six minutes each, standardised patients drawn from our nursing tutors and a drama club in Thrissur.

Feelings: Tired, proud, and a little worried by station 7.

Evaluation: Stations on BLS, IV cannulation on the manikin arm, and urinary catheterisation ran smoothly. Station 7 was "explain to a mother why her child needs an MMR vaccine", and our standardised patient, a retired teacher named Mrs. Leelamma, was so convincingly hesitant that eleven students failed to address her concern about autism at all. They recited the schedule instead.

Analysis: The students know the facts. They do not know how to listen. We teach communication as a theory class in the AETCOM module but rarely let students practise with someone who pushes back. Kurtz, Silverman and Draper's Calgary-Cambridge guide has a whole phase on "gathering information" before "explanation and planning" and our students skip straight to the second.

Conclusion: The station worked as assessment and exposed a real gap.

Action plan: Dr. Thomas Varghese and I will run three communication sessions with standardised patients before the summative OSCE in March. Mrs. Leelamma has agreed to come back. We will also record (with consent) two model consultations for students to watch.
`,
  },
  {
    id: "in-free-005",
    setting: "bedside teaching (geriatrics)",
    role: "professor of medicine",
    text: `
A bedside teaching session this week that I want to remember.

I took five final-year students to see an elderly lady in ⟦FACILITY_ROOM|female medical ward 2, bed 31⟧. Everyone in the ward calls her "⟦NAME|Ammachi⟧". She is ⟦NAME|Smt. Mariamma Kurian⟧, ⟦AGE|ninety-three⟧, from ⟦LOCATION|Kainakary⟧, admitted on ⟦DATE|Onam⟧ with a fall and a urinary infection. Her grandson ⟦NAME|Jibin⟧ sleeps on a mat beside her bed every night.

I asked the students to take a history without looking at the case sheet. They began with "what is your complaint?" She said, in Malayalam, that she had no complaint except that the ward was too cold. One student, Nikhil, who speaks Malayalam, then asked her about her day at home: how far she walks, whether she can manage the steps to the canal, what she eats. In ten minutes he had the functional history that the admission note completely lacked.

Teaching points:
- In the elderly, functional history is the history.
- Ask about falls in the last year; one fall predicts another.
- Review medications: she was on glimepiride with a HbA1c of 6.1, which is dangerous at her age.

I told the students that what I remember from my own training in Calicut is not the lectures but the patients my teacher, Dr. P.K. Nair, made me sit with. I hope they will remember her.
`,
  },
  {
    id: "in-comment-006",
    setting: "competency-based curriculum",
    role: "assistant professor (comment)",
    text: `
Sir, very true about the logbooks. In our department the WBA forms are filled on the last day of the posting, all together. We tried the mini-CEX in surgery last year with Dr. Fathima's help and students liked it, but faculty found it time-consuming. Maybe the MEU can do a short workshop on quick DOPS forms? I would be happy to help organise it.
`,
  },
  {
    id: "in-free-007",
    setting: "conference report",
    role: "professor of community medicine",
    text: `
I attended the national conference of the Indian Association of Preventive and Social Medicine in Bhopal last month, along with three of our PG residents who presented posters. A short report, mainly for the residents who could not come.

The inaugural oration by Dr. Sanjay Zodpey was on public health workforce. He reminded us that India needs public health cadres in every state and that only a handful of states have created them. Tamil Nadu's model was mentioned repeatedly.

The session I valued most was on teaching epidemiology through outbreaks. A team from Puducherry showed how they use real (anonymised) outbreak line-lists from the IDSP to teach residents case definitions and epidemic curves. Our residents still learn this from a 1990s textbook example of cholera. We should change that.

Our residents' posters: Dr. Shruti's on tobacco cessation in a rural block got good questions from the judges; Dr. Imran's on anaemia among adolescent girls under the WIFS programme won second prize in its session. I am very proud of both of them.

One concern: many presentations still report p-values without confidence intervals, and reviewers do not push back. I will spend one of our journal club sessions next month on reporting effect sizes, with Dr. Rao from biostatistics.
`,
  },
  {
    id: "in-what-008",
    setting: "clinical audit",
    role: "assistant professor (obstetrics and gynaecology)",
    text: `
What: Our PG residents completed an audit of postpartum haemorrhage management against the FOGSI and WHO recommendations. I supervised it. Sixty-two cases from January to June; oxytocin within one minute of delivery in 84%, tranexamic acid within three hours in only 41% of PPH cases.

So what: The residents' draft presentation, which was to be shown at the department's CME, included a slide of "illustrative cases". One of them read: "⟦NAME|Mrs. Lakshmi Devi⟧, IPD no. ⟦ID|24/OBG/06612⟧, ⟦FACILITY_ROOM|Labour room bed 4, Government Rajaji Hospital⟧, residing ⟦ADDRESS|Door No. 14, Anna Nagar 3rd Street, Madurai 625020⟧, delivered ⟦DATE|12.03.2024⟧, PPH 1.8 L, TXA given at 4 hours." The clinical detail is exactly what makes the audit memorable; the identifying detail adds nothing at all.

I had to admit to the residents that the audit form I gave them at the start had columns for name, IPD number and address, because I copied an old proforma. They did exactly what the form asked.

Now what: New proforma with a study number only, kept separate from a master list that stays in the department. The residents reworked the slides into a timeline with no identifiers, and the presentation at the CME was excellent. The main message stayed: we need a PPH trolley with TXA in the labour room, not in the pharmacy. Our HOD has agreed to take that to the hospital's drug and therapeutics committee.
`,
  },
  {
    id: "in-free-009",
    setting: "white coat ceremony",
    role: "dean",
    text: `
Notes from my address to the new MBBS batch at this year's white coat ceremony. Some of the students asked for a copy, so here it is, slightly tidied up.

Dear students,

You have come through NEET and counselling and a long summer of waiting, and now you are here. Your parents are in the back rows, and some of them are crying. Let them.

I want to tell you three things.

First, the patient is your teacher. Sir William Osler said that to study medicine without books is to sail an uncharted sea, but to study books without patients is not to go to sea at all. You will be tempted to learn medicine from apps and question banks. Learn it from people.

Second, your teachers are human. Some of us will inspire you, some will bore you, and a few will be unkind. Learn from all of us, and when you are a teacher, be kind.

Third, look after each other. Medical students in India have high rates of depression and anxiety; the NMC's own task force said so in 2024. If a friend stops coming to class, go and find them. Our counsellor, Ms. Deepa Iyer, is in the student welfare office every afternoon and you do not need a reason to visit.

Welcome to the profession. It will ask a great deal of you, and it will give you more than it asks.
`,
  },
  {
    id: "in-comment-010",
    setting: "bedside teaching (geriatrics)",
    role: "final-year student (comment)",
    text: `
Thank you sir for taking us to see ⟦NAME|Ammachi⟧. When we went back on Monday to say goodbye, ⟦NAME|Jibin⟧ told us she is going home to ⟦LOCATION|Kainakary⟧ on Wednesday and wanted Nikhil to visit if he is ever nearby. I have started asking every elderly patient about their day at home. It really is the best part of the history.
`,
  },
  {
    id: "in-free-011",
    setting: "journal club",
    role: "associate professor (pulmonary medicine)",
    text: `
Our department journal club this month was on the TRUNCATE-TB trial (Paton et al., NEJM 2023), presented by Dr. Harpreet, second-year DM.

I chose it because it challenges something our residents take as fixed: that drug-sensitive TB needs six months of treatment. The trial tested a strategy of eight weeks of intensive therapy, with extended treatment for those who didn't respond, and found it non-inferior to standard treatment for the overall strategy. Dr. Harpreet explained the idea of a "strategy trial" very clearly, better than I would have.

The discussion went where I hoped. Dr. Abhishek asked how this applies under India's National TB Elimination Programme, where follow-up is the hardest part. If a shorter strategy depends on careful monitoring and retreatment, is it actually shorter for our patients? Dr. Sunita from our DOTS centre said the real question is not weeks of drugs but the number of visits.

I also asked them to look at the non-inferiority margin (12 percentage points) and whether they found it acceptable. Most did not, which made for a lively fifteen minutes. We ended with a short session on how to read a non-inferiority trial, using the CONSORT extension.

Next month Dr. Vikram will present a paper on bedaquiline-based regimens for MDR-TB.
`,
  },
];
