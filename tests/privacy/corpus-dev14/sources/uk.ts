import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom: England, Scotland and Wales. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "surgery",
    role: "FY1 doctor",
    text: `**Reflective entry – Horus ePortfolio – FY1 General Surgery rotation**

**Description.** On my third week on general surgery I was asked by the registrar to consent a patient for a laparoscopic cholecystectomy that had already been cancelled twice. The patient, ⟦NAME|Doreen⟧, was lying in ⟦FACILITY_ROOM|bed 2 in Bay 4 on Ward 23⟧ and had been nil by mouth since midnight. When I got to her she was tearful and said nobody had told her whether the operation was actually going ahead.

**Feelings.** I felt out of my depth. I knew I could not answer her questions about conversion to open surgery or bile duct injury with any confidence.

**Evaluation.** What went well is that I stopped. I told her honestly that I was a foundation doctor and that the surgeon doing the operation should talk her through the risks. I found Mr Okonkwo in the theatre coffee room and he came to see her before the list. What went less well is that she had been fasting for eleven hours with no IV fluids, and nobody had checked a capillary glucose even though she is on metformin 500 mg BD.

**Analysis.** The GMC's Decision making and consent guidance (2020) is clear that the person taking consent should be able to explain the procedure and its material risks. I was being used to save time. Her operation finally went ahead on ⟦DATE|14 February⟧, and the Clavien-Dindo grade was 0, but the fasting was a safety issue that I had walked past on two ward rounds.

**Conclusion.** I should escalate early and check fluid balance on every patient who is NBM, not just the ones on the board.

**Action plan.** Ask to attend the consent teaching in April; add "NBM – fluids? CBG?" to my ward round checklist; discuss with my supervisor, Dr Ellen Marsh.`,
  },
  {
    id: "uk-what-002",
    setting: "anaesthesia",
    role: "CT1 anaesthetics trainee",
    text: `What?
I was the CT1 on the emergency list at ⟦FACILITY_ROOM|Ninewells⟧ when we were asked to anaesthetise a ⟦AGE|93-year-old⟧ man for a hip hemiarthroplasty. ⟦NAME|Mr H.⟧ had moderate aortic stenosis on an echo from last year, a Rockwood frailty score of 6, and an eGFR of 38. While checking his identity I realised the CHI number on the consent form, ⟦ID|${nhs("120431 234")}⟧, did not match the one on his wristband by a single digit. The ward had printed the form from an old record after he was transferred from the orthopaedic admissions unit.

So what?
We stopped before the WHO sign-in was completed. It was a transcription error, not a different patient, but the whole point of the checklist is that "nearly right" is not right. I also noticed how much pressure I felt from the theatre clock; the list was already running forty minutes late and I was tempted to let the ODP fix it "after". My consultant, Dr Fiona Guthrie, backed the pause without hesitation, which made it easier.

The anaesthetic itself went smoothly: spinal with 2.2 mL of 0.5% heavy bupivacaine plus a fascia iliaca block, phenylephrine infusion, MAP kept within 20% of baseline. He was drinking tea in recovery.

Now what?
I have completed a Datix and spoken to the ward's charge nurse about reprinting forms at transfer. I will read the Royal College of Anaesthetists' guidance on perioperative care of the elderly again and present this as a short case at our Friday morbidity meeting. Personally, I want to get better at saying "stop" in a calm voice the first time.`,
  },
  {
    id: "uk-free-003",
    setting: "general practice",
    role: "GP specialty trainee (ST3)",
    text: `Reflection for my trainer – home visit, rural Ceredigion

I went out on my own for the first time this week. The patient is a man in his late sixties with COPD who had declined admission twice this winter. I will not use his name here, but I realise as I write this that I do not need to: everyone in the practice knows him as ⟦OTHER|the only Welsh-speaking farrier left between Rhydlewis and Cardigan⟧, and the receptionist recognised him from my description before I had finished the sentence.

He was breathless at rest, SpO2 86% on air, with a productive cough and no fever. He wanted to stay at home because of the horses. We had a long conversation in a mixture of Welsh and English (my Welsh is still learner level, but he seemed to appreciate the effort). In the end we agreed on a rescue pack – prednisolone 30 mg for five days and doxycycline – and a review in 48 hours. His daughter asked me to ring her afterwards on ⟦PHONE|07700 900318⟧, which I did, with his permission.

What I am taking from this: first, that shared decision-making in a patient who understands the risks is not the same as giving up. I used the CRB-65 and his own history of previous exacerbations to frame the risk honestly. Second, that in a small community anonymity is much harder than in a city, and even an unnamed case can be recognisable. I will be more careful with how I describe patients in tutorials.

Dr Rhian Pugh (my trainer) suggested I look at the RCGP's rural health resources and the BTS 2019 guidance on home oxygen.`,
  },
  {
    id: "uk-gibbs-004",
    setting: "psychiatry",
    role: "fourth-year medical student",
    text: `Gibbs reflection – psychiatry placement, week 3

Description: I sat in on a Mental Health Act assessment led by Dr Alasdair Fairbairn and an AMHP, Grace. A young man was assessed for detention under section 2. I was there to observe, and afterwards Dr Fairbairn asked me to summarise the mental state examination back to him.

Feelings: I was anxious before we went in and then strangely calm during it. Afterwards I felt flat for the rest of the day, which surprised me.

Evaluation: My MSE summary was organised but I missed the thought disorder, which was subtle; I had written "speech normal rate and volume" and stopped there. Dr Fairbairn pointed out the knight's-move thinking and the neologism I had not recognised.

Analysis: I think I was listening for content rather than form, because content is what we practise in OSCE stations. Reading Sims' Symptoms in the Mind afterwards helped, and so did the Royal College of Psychiatrists' podcast on formal thought disorder. I also reflected on the ethics of detention: the patient was clearly frightened, and the team spent a long time explaining his rights under section 132. That felt respectful, even though the outcome was not what he wanted.

Conclusion: I need to practise describing the form of thought, not just the content. I also need to notice my own reactions; feeling flat after a detention is normal and worth talking about.

Action plan: Shadow two more MSEs with the core trainee, write them up and ask for feedback; bring this case to the Balint group on Thursday; look into a psychiatry taster week in FY2, possibly in Leeds, where I hope to apply.`,
  },
  {
    id: "uk-what-005",
    setting: "dentistry",
    role: "dental foundation trainee",
    text: `What happened?
A nine-year-old attended with her father for a check-up. Bitewings showed early enamel lesions on several first permanent molars. I planned fluoride varnish (Duraphat, 22,600 ppm) and fissure sealants, and I started giving diet advice. I noticed I was speaking almost entirely to her father, who answered for her, while she sat silently in the chair.

So what?
My educational supervisor, Mrs Harpreet Kaur, watched the appointment and gave me feedback afterwards. She said my clinical plan was sound and in line with Delivering Better Oral Health (fourth edition) and SDCEP's Prevention and Management of Dental Caries in Children, but that I had missed an opportunity to engage the child herself. Children of that age can understand why sugary drinks between meals matter, and they are the ones who will carry the habits forward. I realised that my communication training had mostly been with adults.

I also reflected on my recall interval: I had defaulted to six months without really applying NICE CG19, which says recall should be based on risk. In this case six months was right, but I had not reasoned it out.

Now what?
- At the next appointment I will address the child first, use the disclosing tablets as a game, and ask her to show me how she brushes.
- I will complete the BSPD online module on communicating with children.
- I will write a short risk-based recall rationale in every paediatric record for the next month and audit it with Mrs Kaur.

Overall this was a small moment, but it changed how I think about who my patient is.`,
  },
  {
    id: "uk-free-006",
    setting: "emergency medicine",
    role: "ST4 emergency medicine registrar",
    text: `Night shift reflection – Paisley, New Year

I was the registrar on nights over ⟦DATE|Hogmanay⟧. Around 02:30 the paramedics brought in a man well known to the department; the staff all call him "⟦NAME|Wee Shug⟧" and several nurses greeted him by it. He had fallen down a stairwell in a block in ⟦LOCATION|Ferguslie Park⟧ and had a GCS of 13, a scalp laceration and smelt strongly of alcohol.

It would have been very easy to attribute his confusion to drink. I will be honest: my first thought, seeing the nickname on the whiteboard, was "here we go again". The SIGN 110 and NICE head injury guidance both say that intoxication should not delay CT in a patient with a reduced GCS, and the FY2 I was supervising asked, quite rightly, whether we were going to scan him. We did. He had a small acute subdural, and neurosurgery at the regional unit advised observation and repeat imaging.

What I have taken from the shift is about labels. A nickname feels affectionate, and I think it often is, but it also lets us stop seeing someone as a new presentation. It changed the speed of my decision by a few minutes and it could have changed it by more. I have since asked our nurse in charge, Senga, whether we should stop writing nicknames on the board. She agreed, and we raised it at the departmental huddle.

For my portfolio: I also want to record that the FY2 challenged me appropriately and that I thanked her for it. I would like to get better at inviting that challenge before I need it.`,
  },
  {
    id: "uk-free-007",
    setting: "obstetrics",
    role: "fifth-year medical student",
    text: `Breaking bad news – early pregnancy unit

This is a reflection on the first time I was present when a miscarriage was confirmed on scan. I will keep details minimal. The woman was in her early thirties, eleven weeks by dates, and had come in with light bleeding. The sonographer, Bernie, said very little during the scan, and I watched the woman watching her face.

Miss Adebayo-Wright, the consultant, explained the findings. She sat down, used the word "miscarriage" clearly and early, and then stopped talking. The silence went on for what felt like a full minute. I wanted to fill it. I am glad I did not.

Afterwards I asked her why she had not softened it with words like "pregnancy loss" or "it doesn't look viable". She said that euphemisms give the patient extra work to do, and that clarity is a kindness. She pointed me to the SPIKES framework, which I had learned for OSCEs but had never seen done well in real life, and to the RCOG Green-top Guideline on recurrent miscarriage for the follow-up questions people often ask.

What I felt: sadness, and something like guilt at being an observer in such a private moment. I asked afterwards whether the woman had agreed to a student being present; she had, at the start, but I wonder how free that choice really was.

What I will do differently: ask for consent myself, in words that make it easy to say no, and be ready to step out. I also want to learn more about expectant, medical and surgical management so that one day I can answer the "what now?" questions myself. I have signed up for the Miscarriage Association's training webinar next month.`,
  },
  {
    id: "uk-gibbs-008",
    setting: "paediatrics",
    role: "ST2 paediatric trainee",
    text: `Gibbs reflection: a conversation with a mother on the neonatal unit

Description. ⟦NAME|Baby Ellis⟧ was born at 29+3 weeks on ⟦DATE|3 October⟧ and was in ⟦FACILITY_ROOM|cot 6 in the Special Care Baby Unit at the Princess Royal⟧ when I met her mother on a Sunday morning. Her mother asked me directly whether the grade II intraventricular haemorrhage on the cranial ultrasound meant her daughter would have cerebral palsy. She had read about it on a forum overnight.

Feelings. I felt the weight of the question. I also felt a flicker of irritation at the forum, which I am not proud of.

Evaluation. I think I did reasonably well at acknowledging the question and not brushing it aside. I was less good at the numbers: I gave a vague answer and then, when pushed, quoted a figure I was not sure of.

Analysis. The BAPM framework on communication with parents emphasises honesty about uncertainty. Looking back, "I don't know, and here is how we will find out together" would have been better than a half-remembered statistic. Later that week she emailed the unit from ⟦EMAIL|kayleigh.ellis.94@example.com⟧ asking for the figures in writing, which the neonatal consultant, Dr Thandiwe Moyo, answered carefully with a plan for the follow-up scans and the neurodevelopmental clinic at two years.

Conclusion. I need a clearer grasp of prognosis data for preterm brain injury, and a habit of offering a proper sit-down conversation rather than answering big questions at the cot side during a busy round.

Action plan. Read the EPICure and EPIPAGE-2 outcome summaries; ask Dr Moyo if I can shadow a formal parent meeting; practise saying "I'll come back at two o'clock with the consultant" and meaning it.`,
  },
  {
    id: "uk-what-009",
    setting: "OSCE",
    role: "third-year medical student",
    text: `What? In my summative OSCE this week I had a surgical station: a simulated acute abdomen, then a viva with the examiner on management. I froze on the first question about fluid resuscitation and said "Hartmann's, a litre stat" before I had even assessed the circulation properly. The examiner, a colorectal surgeon I had never met, raised an eyebrow and asked me to start again with an ABCDE approach. I did, and the rest of the station went better: I examined for peritonism, mentioned Rovsing's sign and Murphy's sign in the right places, and asked for an erect chest X-ray and a serum lactate.

So what? I think the freeze was about performance rather than knowledge. I had revised the Sepsis Six and the NICE guideline on intravenous fluid therapy in adults (CG174), but in the room I jumped to the answer I thought the examiner wanted. I noticed that my hands were shaking and my voice sped up. Talking afterwards with my clinical tutor, Dr Sam Whitworth, helped me see that saying "Can I just step back and take this systematically?" is not a weakness; examiners actually reward it.

Now what? I am going to practise timed stations with my study group every Wednesday evening until finals, and deliberately rehearse the sentence "Let me take a moment." I will also try box breathing before each station, which a friend who plays rugby for the university swears by. Results are released on 28 June, and whatever the mark, I want to keep this lesson.`,
  },
  {
    id: "uk-free-010",
    setting: "anaesthesia",
    role: "ST5 anaesthetics registrar",
    text: `Drug error reflection – Edinburgh, regional anaesthesia list

I am writing this for my ARCP portfolio as a significant event. During a busy orthopaedic list I drew up what I believed was 10 mL of 0.5% levobupivacaine for an interscalene block. As I was labelling the syringe I noticed the ampoule in the tray was 0.25%. Nothing had been given. The two ampoules are similar in size and the labels use the same colour band.

I stopped, discarded both syringes and redrew with my consultant, Dr Calum MacLeod, checking with me aloud. We reported it on the local incident system as a near miss.

What I felt: a cold feeling in my stomach, then embarrassment. I have done hundreds of blocks and I pride myself on being careful.

What I think happened: I was drawing up for the next patient while the previous block was still wearing off, and I had been interrupted twice by the phone. The Safe Anaesthesia Liaison Group's guidance on syringe labelling, and the RCoA's Guidelines for the Provision of Anaesthetic Services (2023), both describe exactly this kind of error: look-alike packaging, interruption and task-switching.

What I will change: I will draw up only at the point of use, in a quiet area, and not multitask during drug preparation. I have asked pharmacy whether the two strengths can be stocked in separate, clearly labelled drawers, and they have agreed to review it. I will present the event at our departmental governance meeting in March, with Dr MacLeod, as an example of a system fix rather than a personal failing.

Lastly, I have booked a week's leave in Skye after the exam in May. Tiredness is part of this story too.`,
  },
  {
    id: "uk-comment-011",
    setting: "surgery",
    role: "educational supervisor (consultant surgeon)",
    text: `Supervisor's comment: A thoughtful and honest entry. Stopping to find a senior before consenting ⟦NAME|Doreen⟧ was exactly right, and I am glad you noticed the fasting problem, which is a system issue we have raised with the ward manager. For next time, please complete the action plan with a date. Your ward round checklist idea is good — share it with the other FY1s at handover teaching.`,
  },
  {
    id: "uk-comment-012",
    setting: "OSCE",
    role: "clinical tutor",
    text: `Comment from clinical tutor: Thank you, Priya. This is a mature reflection on performance under pressure, and you are right that examiners value a structured restart over a fast wrong answer. The link you make to CG174 is appropriate. I would add one thing: practise the viva aloud with someone who will interrupt you. Well done on a clear action plan.`,
  },
  {
    id: "uk-gibbs-013",
    setting: "general practice",
    role: "GP specialty trainee (ST2)",
    text: `Description
A woman in her seventies, ⟦NAME|Mrs T.W.⟧, came to the surgery with a letter from cardiology about her implantable loop recorder. She wanted to know why "the machine" was still in her chest when her palpitations had stopped. The letter listed the device as a Reveal LINQ, serial ⟦DEVICE|RLA208841G⟧, and said it had captured no arrhythmia in 26 months. She was also upset that she could not have an MRI for her knee "because of it".

Feelings
I felt unprepared. I know roughly how ILRs work but I had never had to explain one, and I did not know whether the MRI statement was true.

Evaluation
I did not bluff. I told her I would find out, and I rang the cardiac physiologists that afternoon. They confirmed that the device is MR-conditional and that explant could be discussed at her next review.

Analysis
This consultation showed me how much of general practice is translation between secondary care letters and the patient in front of you. The letter was accurate but written for clinicians. ⟦NAME|Mrs W.⟧ had filled the gaps with worry. The Calgary-Cambridge model talks about checking the patient's ideas, concerns and expectations; I realised I had only done that after she was already distressed.

Conclusion
"I don't know, but I will find out today" was the right answer and I should not be ashamed of it.

Action plan
1. Read the British Heart Rhythm Society's patient leaflet on ILRs so I can explain them simply.
2. Ask ICE questions earlier when a patient arrives with a hospital letter.
3. Discuss with my trainer, Dr Nadia Rahman, how to ask cardiology to copy patients into letters in plain English.`,
  },
  {
    id: "uk-free-014",
    setting: "anaesthesia",
    role: "FY2 doctor (anaesthetics and ICU)",
    text: `Quick entry before I forget – night shift, ICU outreach

Called at 03:10 on ⟦DATE|Sunday 16 March⟧ to a ⟦AGE|101-year-old⟧ woman in ⟦FACILITY_ROOM|side room 3 on Ward 9⟧ with a NEWS2 of 8 after a fall and a fractured neck of femur. She had a DNACPR form and a clear treatment escalation plan: ward-based care only. The ward FY1 had called us because "the numbers are bad".

My learning: outreach is not only about escalating. I reviewed her, agreed with the plan, stopped the hourly obs that were waking her, and helped the FY1 phone her son. My registrar, Dr Joe Hadley, said afterwards that this was good ICU medicine even though she never came near the unit.

To do: read the ReSPECT process guidance; ask for feedback on my TEP discussions.`,
  },
];
