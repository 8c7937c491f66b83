import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../gen.ts";

/** Pakistan: professors, FCPS supervisors, sim faculty, a dean, and residents replying. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "teaching ward round",
    role: "professor of surgery (FCPS supervisor)",
    text: `
Teaching round in ⟦FACILITY_ROOM|Surgical Unit II, Mayo Hospital⟧ yesterday, with my FCPS residents and a group of fourth-year students from KEMU. I want to note down one case because it taught more than I planned.

⟦NAME|Muhammad Boota⟧, a rickshaw driver from ⟦LOCATION|Chak 47 GB, near Jaranwala⟧, came in with a three-day history of right iliac fossa pain. His admission slip had his CNIC, ⟦ID|${cnic("33105", "6621847", "m", 3)}⟧, written in the corner because the Sehat Card desk needs it. The student who presented read everything off the slip in order, CNIC included, and then said "provisional diagnosis acute appendicitis" with complete confidence.

I asked him to examine. Rovsing's sign was positive, Alvarado score 8. So far so good. Then I asked him to palpate the left iliac fossa and the renal angles, and to look at the urine. Microscopic haematuria. Ultrasound that evening showed a 7 mm stone at the right VUJ and a normal appendix.

What I told the students: the diagnosis you arrive with is a hypothesis, not a conclusion. Alvarado is a tool, not a verdict. And the slip from the admission desk is not a history. Nobody needs his CNIC read out at the bedside.

Dr. Ayesha, my senior registrar, has agreed to run a short session on renal colic versus appendicitis for the students next week. I am going to ask her to begin with this case, without the name and number.
`,
  },
  {
    id: "pk-free-002",
    setting: "supervisor workshop",
    role: "assistant professor (medicine)",
    text: `
Attended the CPSP supervisors' workshop in Karachi last week. Two days, around forty supervisors from across Sindh and Balochistan, facilitated by Prof. Shabih Zaidi's old team and Dr. Rukhsana Ghazanfar from the Department of Medical Education.

Main takeaways, for my colleagues who keep asking:

1. The e-logbook is here to stay. We were told plainly that supervisors who verify entries without seeing the procedure are the biggest threat to its credibility. I have been guilty of this.
2. Mini-CEX and DOPS should be done at least once a month per resident, and the forms should carry actual written feedback, not just a number. One facilitator showed us examples of real feedback forms (anonymised). "Good" was the most common comment.
3. The IMM exam has changed to include more clinical reasoning MCQs. Residents who rely on past papers will struggle.

The most useful session was a role-play on giving feedback to a resident who is struggling. My partner, a gynaecologist from Quetta, played a resident who cried. I handled it badly. The facilitator pointed out that I moved to solutions within thirty seconds. Silence is allowed.

I've proposed to my HOD that we set aside one hour every Thursday afternoon for workplace-based assessments, with the residents booking slots. Let's see if it survives the first emergency list.
`,
  },
  {
    id: "pk-what-003",
    setting: "simulation debrief",
    role: "simulation centre faculty (Karachi)",
    text: `
What happened: We ran a postpartum eclampsia simulation for the obstetrics residents, and the scenario was built (by a well-meaning colleague) from a real case the week before. The case notes he used were still in the sim room folder when the residents arrived: ⟦NAME|Shazia Bibi⟧, MR no. ⟦ID|1347-22-88⟧, from ⟦LOCATION|Goth Haji Ismail Jokhio, near Thatta⟧, admitted ⟦DATE|14 Rabi-ul-Awwal⟧ / ⟦DATE|19 September⟧, seizure on the way in the rickshaw. One resident recognised her: "She's the one from ⟦LOCATION|Goth Haji Ismail⟧!"

So what: The simulation itself went well. Magnesium sulphate loading dose of 4 g IV given at minute three, Zuspan regimen, airway protected, left lateral position. The debrief (we use PEARLS) was rich, especially on the communication with the husband, who in the real case had refused transfer for two hours. But the folder made the scenario personal in a way we did not intend, and it reminded me that a sim scenario "based on a real case" must be rewritten, not just relabelled.

Now what: I have added a checklist to our scenario template: change name, age, place, date and two clinical details; remove source notes from the sim room. Dr. Farah Naz, our centre director, agreed to make scenario review a standing item in the monthly faculty meeting.
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "feedback conversation",
    role: "associate professor (paediatrics)",
    text: `
Description. One of my second-year residents, Dr. Hamza, came to me after a family complained that he had been rude during a night shift in the paediatric emergency. The father said Hamza shouted at them for bringing the child late.

Feelings. I was disappointed, and also not surprised. Hamza is a good clinician and an exhausted one. He had covered three nights in a row because a colleague was on leave.

Evaluation. What went well: he came to me himself, before the complaint reached the HOD. What went badly: he started by explaining why the family was wrong.

Analysis. I used the Pendleton model at first and it didn't work; when I asked what went well, he said "nothing". So I switched to simply asking him to tell me the story of the night. He talked for fifteen minutes. The child had had a febrile seizure at home, and the family had first gone to a local hakeem. Hamza had seen two children die of delayed presentation that month. His anger was grief.

Conclusion. The feedback conversation was really a debrief, and he needed that more than he needed correction.

Action plan. He will apologise to the family, in person, with me. I have asked Prof. Tariq Mehmood to raise the three-nights-in-a-row rota issue at the residency committee. And I will read again about the R2C2 model, which a colleague at Aga Khan University recommended.
`,
  },
  {
    id: "pk-free-005",
    setting: "clinical audit",
    role: "dean (medical college, Peshawar)",
    text: `
As dean I sign off every clinical audit that goes to our annual research day, and this year I want to write down something I saw, because it concerns teaching more than research.

The medicine department's audit on diabetic ketoacidosis management was excellent in substance. Fixed-rate insulin infusion started within one hour in 71% of cases, potassium monitored two-hourly in most. But the appendix of the printed report contained a photocopy of a data collection sheet with everything on it: ⟦NAME|Gul Jana⟧, ⟦AGE|aged 91⟧, CNIC ⟦ID|${cnic("17301", "4419073", "f", 2)}⟧, ⟦FACILITY_ROOM|Medical C ward, bed 12, Lady Reading Hospital⟧, son ⟦NAME|Fazal Rehman⟧'s mobile ⟦PHONE|0301 5558142⟧.

I asked the supervising professor and the residents to meet me. Nobody had noticed, because nobody reads appendices. The sheet was there to show the data collection tool; they simply picked a filled one instead of a blank one.

I don't want to punish anyone. I want to change how we teach audit. From next year every department's audit lead will attend a half-day workshop on data protection and ethics, which Dr. Sadia Khattak from our research unit has agreed to run, and the research day committee will check every appendix before printing. I have also asked the library to remove the printed copies, and we will reprint.

The audit will still be presented. The work deserves it.
`,
  },
  {
    id: "pk-comment-006",
    setting: "supervisor workshop",
    role: "FCPS resident (comment)",
    text: `
Sir, the Thursday WBA hour is a great idea. Please do keep it going even if the first week fails. Most of my DOPS were signed in the corridor. One suggestion: could you let us pick the procedure we want observed? I'd like someone to actually watch my pleural taps. Dr. Saima said she would also join if you need another assessor.
`,
  },
  {
    id: "pk-free-007",
    setting: "journal club",
    role: "assistant professor (cardiology)",
    text: `
Our cardiology journal club met on Wednesday for the first time in the new seminar room, and Dr. Usman presented the DAPA-HF trial (McMurray et al., NEJM 2019).

It was a good choice for teaching. Our residents prescribe dapagliflozin every day now and most of them have never read the paper. Usman walked through it well: 4,744 patients, ejection fraction 40% or less, primary outcome a composite of worsening heart failure or cardiovascular death, hazard ratio 0.74. He pointed out that the benefit was the same with or without diabetes, which surprised some of the house officers.

We spent the second half on applicability. In the trial, the mean age was 66, and most patients were on an ACE inhibitor or ARB and a beta blocker. In our OPD, many patients can't afford four drugs. Dr. Nida asked how we prioritise when a patient can afford only two, and the room had a long and honest argument about it. Prof. Ahmed Raza said it was the best journal club discussion he had heard in years, which made Usman very happy.

Next month Dr. Nida presents EMPEROR-Preserved, and I've asked her to bring a local cost comparison.
`,
  },
  {
    id: "pk-comment-008",
    setting: "teaching ward round",
    role: "final-year student (comment)",
    text: `
Sir, I was the student who presented. Thank you for being kind about it. I had honestly thought reading out the whole slip was being thorough. I went back to see ⟦NAME|Boota⟧ bhai before his discharge; he passed the stone and was very happy to go home. I will practise the renal angle examination before Dr. Ayesha's session next week.
`,
  },
  {
    id: "pk-free-009",
    setting: "skills lab",
    role: "skills lab coordinator (Lahore)",
    text: `
The skills lab at our college has finally moved out of the old anatomy museum and into a proper space, and I want to record what we learned from the first month.

We now have six stations: two for IV cannulation, one for urinary catheterisation, one for suturing on pig skin, one airway trainer and a low-fidelity obstetric manikin. First-year house officers rotate through in groups of eight every Monday morning, supervised by me, Dr. Sana Iqbal and a nurse instructor, Sister Nasreen.

What worked: peer teaching. We asked house officers who had done the session the previous week to come back and supervise one station. They remember exactly what was hard and they explain it in the words the new ones understand.

What did not work: the suturing station. Pig skin from the market is unpredictable and smells terrible by 11 am. We are trying silicone pads next month, though they cost PKR 3,500 each.

What surprised me: how few house officers had ever inserted a urinary catheter under supervision during MBBS. Most had watched, not done. That is a curriculum gap, not a skills lab gap, and I have raised it with our principal, Prof. Khalid Mahmood.

Numbers so far: 64 house officers trained, and self-rated confidence in cannulation went from 2.1 to 4.0 on a five-point scale.
`,
  },
];
