/**
 * dev5 clean items: no patient identifier, but full of what looks like one — the writer's own dates, age, home town,
 * exams and workplace; named staff and teachers; eponyms, scores, drugs, doses, lab values, guideline and paper years;
 * cities and countries alone; age bands and ages under 90.
 */
import type { SourceItem } from "../../corpus/types.ts";

export const CLEAN: readonly SourceItem[] = [
  {
    id: "uk-gibbs-031",
    setting: "OSCE",
    role: "third-year medical student",
    text: `
# Gibbs: I failed my OSCE station on the cranial nerves

**Description.** My summative OSCE was on Tuesday 4 June at the Worsley Building in Leeds. Station 7 was a cranial nerve exam on a simulated patient. I forgot to test the corneal reflex (which we don't do on actors anyway) and then completely blanked on the accessory nerve. The examiner, Dr Hamid Qureshi, was kind but I knew I'd lost marks.

**Feelings.** Panic. I'd revised with Geeky Medics and Dr Nisha Bhatt's cranial nerve videos for two weeks. My hands were sweating on the ophthalmoscope.

**Evaluation.** Good: I introduced myself, gained consent, and my eye movements and visual fields were smooth. Bad: I lost my order after CN VIII, and I said "Bell's palsy" when I meant an upper motor neurone lesion sparing the forehead.

**Analysis.** My revision was passive — watching, not doing. Our clinical skills lead, Mr Andrew Whitcombe, always says "do it on a friend fifty times". I did it maybe five.

**Conclusion.** I passed overall (results came out on 21 June, my 22nd birthday, which was a relief) but I need a system, not a memory.

**Action plan.** Practise each system exam aloud on my housemates, three times a week, using the Macleod's checklist, until resits in August.

I also want to note what helped on the day, because I'll forget. Arriving early (I got the 07:12 train from Harrogate, where I live with my parents in the holidays) meant I wasn't rushing. Eating a proper breakfast helped. Not talking to other students in the waiting area about "what came up" definitely helped; last year in my formative I let that spiral. And the examiner for the respiratory station, Dr Emma Sutcliffe, smiled when I said "clubbing", which I know isn't meant to mean anything but it did. My friend Zainab says I should write these down after every exam, good or bad, so here it is.
`,
  },
  {
    id: "uk-what-032",
    setting: "ward round",
    role: "consultant geriatrician",
    text: `
What? So what? Now what? — teaching on the post-take ward round

**What?** I've been a consultant geriatrician at the Royal Derby for eleven years, and this winter I tried something new: on Thursday post-take rounds, the FY1 leads the first three patients and I stay silent unless safety is at stake. We saw the usual — delirium (4AT 6), falls, a Clinical Frailty Scale 7 lady in her nineties with a UTI that wasn't a UTI, and a gentleman with Parkinson's whose co-careldopa had been missed for two doses.

**So what?** The FY1s were slower, and the nurses (Sister Jo Marriott especially) were sceptical at first. But the quality of the plans went up. When they lead, they own the plan. The BGS "Fit for Frailty" guidance (2014) and the 2023 NICE delirium update both push for comprehensive geriatric assessment, and a silent consultant forces the juniors to do it.

**Now what?** I'm writing this up for our deanery's teaching fellowship. I turn 52 next month and I want to do fewer rounds faster and more rounds better.
`,
  },
  {
    id: "uk-free-033",
    setting: "night shift",
    role: "FY2 doctor",
    text: `
Nights, week one, a list

Things nobody told me before my first set of nights as an FY2 at Musgrove Park:

1. The bleep is louder at 4am. I swear.
2. Half my jobs were fluid prescriptions and warfarin doses. Know your INR targets (2.5 for most, 3.5 for mechanical mitral valves) and have the BNF app open.
3. Escalate early. I called my reg, Dr Olumide Bankole, for a NEWS2 of 7 at 01:15 and he was glad I did.
4. Eat. The hospital canteen shuts at 20:00 and the vending machine on level 2 only takes cards.
5. Hypokalaemia (K+ 2.9) comes back every night on the same ward. Set a reminder.
6. Verifying deaths: there's a checklist on the intranet. Use it.
7. The site manager, Lisa, knows everything. Be nice to Lisa.

I grew up in Taunton and went to school five minutes from the hospital, so it's odd to be walking those corridors at 3am in scrubs. My mum used to work in the pharmacy here in the 1990s.

Sleep is the hardest bit. I'm trying blackout blinds and no caffeine after 02:00. Next set of nights is from 9 December. Wish me luck.
`,
  },
  {
    id: "uk-comment-034",
    setting: "OSCE",
    role: "clinical skills tutor",
    text: `
@priya_fy@mstdn.example This is brilliant and so honest. For the accessory nerve, try the "shrug then turn" line — I've taught it since 2015 and students remember it. Also, Dr Qureshi is one of our kindest examiners; he'd have noticed your consent and communication. Resits are in the Worsley skills lab from 12 August — come to my Thursday drop-in if you'd like to practise.
`,
  },
  {
    id: "us-gibbs-035",
    setting: "error",
    role: "PGY-1 resident",
    text: `
## A near miss with insulin — Gibbs reflection

**Description.** I'm two months into intern year at Mass General. Last week I ordered insulin glargine 40 units at bedtime for a patient with type 2 diabetes who was NPO for a procedure the next morning. The night nurse, Karen, called me at 22:30 to question it. I reduced it to 20 units (50%, per our perioperative protocol) and his morning glucose was 142 mg/dL.

**Feelings.** Embarrassed, and grateful. I'd been in the hospital for 27 hours.

**Evaluation.** The system worked because Karen spoke up. My order was wrong because I copied the home dose from the med rec without thinking about NPO status.

**Analysis.** The ADA Standards of Care (2024) recommend reducing basal insulin by 20–25% the evening before surgery, and our local policy says 50% for glargine. James Reason's Swiss cheese model fits perfectly: copy-forward med rec, fatigue, and no hard stop in the EHR.

**Conclusion.** I'm one of the holes in the cheese when I'm tired.

**Action plan.** I've proposed an EHR alert for basal insulin + NPO to our patient safety committee, and I'm presenting this at M&M next Wednesday with my attending, Dr. Priya Raman.
`,
  },
  {
    id: "us-what-036",
    setting: "emergency medicine",
    role: "emergency medicine attending",
    text: `
**What?** I turned 45 on the Fourth of July, working a double in the ED at Cook County. We had three GSWs, a firework hand injury, and a kid with an allergic reaction to a bee sting at a barbecue (epinephrine 0.15 mg IM, good response).

**So what?** My residents asked me why I still pick up holiday shifts after fifteen years. The honest answer is that I grew up in Cicero, ten minutes away, and holiday shifts here feel like looking after my own neighbourhood. But I also notice the toll: my own kids spent the Fourth with their grandmother again.

**Now what?** I'm going to be more deliberate about when I say yes. Our chair, Dr. Marcus Whitfield, has a burnout working group and I'm joining it. The Maslach Burnout Inventory results from last spring were not great for our department (emotional exhaustion above the national mean). Holidays are a good place to start.
`,
  },
  {
    id: "us-free-037",
    setting: "pediatrics",
    role: "pediatric nurse practitioner",
    text: `
Teaching the Apgar to new grads, again

I precept new graduate nurses in our newborn nursery, and every cohort mixes up the Apgar (appearance, pulse, grimace, activity, respiration) with the Ballard score. So this year I made a one-page card. Virginia Apgar designed the score in 1952, and I like telling students that the name became a backronym later.

Other things that trip them up:
- Erythema toxicum vs. pustular melanosis (harmless, both).
- Mongolian spots — now called congenital dermal melanocytosis, and you must document them so nobody mistakes them for bruises.
- Down syndrome features: single palmar crease, sandal gap, upslanting palpebral fissures. Never "diagnose" in front of parents.
- Vitamin K 1 mg IM, erythromycin eye ointment, hep B vaccine within 24 hours.
- Bilirubin: plot on the Bhutani nomogram, not "it looks fine".

I'll share the card at the AWHONN chapter meeting in Denver on October 17. Our nurse educator, Shanice Brooks, helped me lay it out.
`,
  },
  {
    id: "us-comment-038",
    setting: "internal medicine",
    role: "hospitalist",
    text: `
Great reflection. As a hospitalist in Ohio for nine years I'd add: the Morse Fall Scale is not the whole story, and the Braden score gets filled in on autopilot. We started a "two-minute huddle" at 7:15 on our unit in 2021 and falls dropped by a third. Happy to share our protocol — Dr. Ellen Kowalski on our team led it.
`,
  },
  {
    id: "pk-gibbs-039",
    setting: "surgery",
    role: "surgical trainee",
    text: `
Reflection on my first laparoscopic cholecystectomy as primary surgeon (Gibbs)

Description: I am a second year FCPS trainee in General Surgery at Services Hospital Lahore. On Monday my supervisor Prof. Khalid Mehmood let me do a lap chole from start to finish. The patient was a woman in her forties with symptomatic gallstones and a positive Murphy's sign at admission. It took me 95 minutes.

Feelings: I was excited and nervous. My hands were stable but I was slow in dissecting Calot's triangle.

Evaluation: I achieved the critical view of safety before clipping, which Prof. Sahib checked. I had a small bleed from the cystic artery branch which I controlled with clip. No bile spillage.

Analysis: The SAGES Safe Cholecystectomy program says to achieve CVS every time, and the Strasberg paper of 1995 describes the technique. My simulation box practice in the skills lab helped a lot.

Conclusion: I can do it safely but slowly. Speed will come.

Action plan: I will log every case in my e-logbook, watch two videos a week, and aim for 20 cases before my IMM exam in March 2027.
`,
  },
  {
    id: "pk-free-040",
    setting: "medical education",
    role: "faculty (medical educator)",
    text: `
Some thoughts after the PMDC workshop

I teach physiology at Khyber Medical College in Peshawar. Last week I attended a three-day workshop on competency-based education in Islamabad. I am 38 and I have been teaching for twelve years, and honestly some of it felt like new words for old things. But a few ideas stuck.

First, Miller's pyramid. We assess "knows" and "knows how" very well, with our MCQs and SEQs. We assess "shows how" only in the OSPE, and "does" almost never.

Second, feedback. Dr Ayesha Siddiqui from Aga Khan showed how Pendleton's rules can become a ritual, and suggested the R2C2 model instead.

Third, reflection itself. Students write reflections because the logbook asks them to. Nobody reads them. I want to change this.

So my plan for the next semester: one reflective writing session per block, read by a faculty member, and the best ones (with consent, and with all patient details removed) shared here on Rounds.
`,
  },
  {
    id: "pk-comment-041",
    setting: "medical education",
    role: "medical student",
    text: `
JazakAllah ma'am for this post. I am in 3rd year at KMC and we really feel no one reads our logbook reflections. If you start the sessions, our batch will definitely attend. Also please tell us more about the R2C2 model, Dr Siddiqui's talk sounds very interesting. Can we also practise OSPE stations before the send-up exams in April?
`,
  },
  {
    id: "in-gibbs-042",
    setting: "OSCE",
    role: "final year MBBS student",
    text: `
Gibbs reflection: my long case in the final prof exam

Description: My final MBBS practical exam was at Grant Medical College, Mumbai, on 14 February (yes, Valentine's Day, my friends would not stop joking). I got a long case of mitral stenosis with atrial fibrillation in a lady in her fifties. The external examiner, Dr. Deshpande from Pune, asked me about the Wilkins score and the indications for balloon valvotomy.

Feelings: Nervous but prepared. I had seen many MS cases in the Wednesday cardiology OPD.

Evaluation: History and examination were good, I picked up the tapping apex and the opening snap. I forgot to ask about history of rheumatic fever in childhood and Jones criteria.

Analysis: Rheumatic heart disease is still common in India, and the 2023 Indian Consensus guidelines say penicillin prophylaxis continues till age 40 in some cases. I knew the medicine; I missed the story.

Conclusion: I passed with distinction in medicine. My parents came from Nashik for the results.

Action plan: As an intern I will take full histories including childhood illness, and revise the Jones criteria (2015 revision) before the NEET-PG.
`,
  },
  {
    id: "in-what-043",
    setting: "pharmacy",
    role: "clinical pharmacist",
    text: `
What? So what? Now what? — antibiotics in the surgical ICU

What? I'm a clinical pharmacist at a tertiary hospital in Bengaluru, and since April I join the surgical ICU rounds three days a week. In one week I counted 14 patients on meropenem, most started empirically and never de-escalated after culture reports came.

So what? The ICMR Antimicrobial Treatment Guidelines (2022) and the Kerala Antibiotic Policy both emphasise de-escalation at 48–72 hours. Our unit's carbapenem-resistant Klebsiella rates are high. Dr. Srinivasan, our intensivist, agreed but said the surgeons are worried. When I suggested switching to piperacillin-tazobactam 4.5 g q6h or narrowing to ceftriaxone based on sensitivities, the surgical residents felt I was overstepping.

Now what? I'm preparing a 48-hour "antibiotic time-out" sticker for the ICU charts with our HOD, Dr. Lalitha Menon, and presenting our data at the state hospital pharmacy conference in Mysuru in January.
`,
  },
  {
    id: "in-comment-044",
    setting: "pharmacy",
    role: "intensivist",
    text: `
@lalitha_menon@mastodon.example very well written. We tried the time-out sticker in our MICU in 2019 and meropenem days fell by about 30% over six months. The key was Dr Srinivasan-style buy-in from surgeons: show them their own culture data, not the ICMR slides. Would love to see your numbers after three months.
`,
  },
  {
    id: "in-free-045",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
My first month in psychiatry at NIMHANS

I grew up in Kochi and did my MBBS in Thrissur, and I never thought I would choose psychiatry. My father still tells relatives I am "doing neurology". The first month has been full.

What I saw: catatonia that melted with lorazepam 2 mg IV, a patient in his sixties with late-onset OCD, a young woman with conversion disorder whose story was about her marriage more than her legs. We use the Bush-Francis Catatonia Rating Scale and the Y-BOCS. I am learning the MSE properly for the first time, and Dr. Thomas, my unit chief, corrects every single word ("not 'patient is angry', write what you saw").

What I feel: stigma, still. Even in the hospital canteen other residents joke about "the mad people's doctors". I turned 27 on 3 October and my friends gave me a cake with a brain on it.

What I want: to do the Mental Healthcare Act 2017 training properly, and to understand capacity assessment better.
`,
  },
  {
    id: "ng-gibbs-046",
    setting: "obstetrics",
    role: "midwife",
    text: `
Gibbs reflection: using the partograph properly

Description: I have been a midwife at the Lagos University Teaching Hospital (LUTH) for six years. During our in-service training in March, facilitated by Matron Folake Adebayo, we reviewed partographs from the previous month and found that nearly half were filled in after delivery.

Feelings: Ashamed, because some of them were mine.

Evaluation: The WHO partograph (and now the 2020 Labour Care Guide) only works if it is filled in real time. Filled in later, it is decoration. Alert and action lines cannot warn you if the cervicograph is drawn at the end.

Analysis: We are often two midwives for twelve women in labour. When I am busy, documentation is the first thing I drop. But obstructed labour and PPH are still big killers in Nigeria, and the partograph is the tool to catch prolonged labour early.

Conclusion: Staffing is real but it is not an excuse for a blank chart.

Action plan: I will fill in the partograph at every vaginal examination, and I volunteered to do monthly audits with Dr Chukwuemeka Eze, our consultant, starting in June.
`,
  },
  {
    id: "ng-free-047",
    setting: "emergency",
    role: "house officer",
    text: `
Lessons from my first month of housemanship in Enugu

I started my house job at UNTH on 1 November, after passing my final MBBS in July. I am 24 and I am from Nsukka, so my family thinks I am already a consultant.

Some honest lessons:
- Sepsis kills fast. qSOFA is not enough; check the lactate when we have reagent.
- "Doctor, there is no cannula" is a clinical problem, not a complaint.
- Sickle cell crisis needs analgesia within 30 minutes, not after the ward round. Dr. Nnamdi Okoye, our senior registrar, drilled this into us.
- Malaria is not always malaria. Do the RDT.
- IV ceftriaxone 1 g BD and metronidazole 500 mg TDS are not the answer to every fever.

I also learnt that the nurses (especially Sister Ngozi on Ward 4) know more than me. I ask them first now.

I am writing this because in one year I want to look back and see how far I came.
`,
  },
  {
    id: "ng-comment-048",
    setting: "emergency",
    role: "senior registrar",
    text: `
Well done Dr! Proud of you. One more lesson for your list: document your times. Analgesia at 14:20, review at 14:50. The NICE 2012 sickle guideline and our own departmental protocol both say 30 minutes. Sister Ngozi will tell you the same. See you on call on Thursday — bring suya.
`,
  },
  {
    id: "au-gibbs-049",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Gibbs reflection – my first week on the stroke unit placement

**Description.** I'm a third-year physio student at the University of Queensland, on placement at the Royal Brisbane and Women's since 6 May. My clinical educator is Tegan O'Brien. I've been doing sit-to-stand practice, gait re-education and the Berg Balance Scale with patients after ischaemic stroke, most of them in their seventies and eighties.

**Feelings.** Exhausted. The unit is fast and I kept forgetting which side was which (left hemiparesis = right hemisphere, I know, I know).

**Evaluation.** My handling is improving. I did my first independent Modified Rankin Scale and my first 10-metre walk test. I wasn't confident with the NIHSS, which the doctors use and we don't.

**Analysis.** The Australian Clinical Guidelines for Stroke Management (2023) recommend more therapy time, and the AVERT trial reminded me early high-dose mobilisation isn't always better. Tegan says I should think "why" before "what".

**Conclusion.** I'm learning to link the research to what I do on the ward.

**Action plan.** Read the AVERT paper properly this weekend, and ask Tegan for a case study assignment on Bobath vs task-specific training.
`,
  },
  {
    id: "au-what-050",
    setting: "mental health",
    role: "mental health nurse",
    text: `
What?

I've worked in community mental health in Darwin for four years. Today I did my 200th home visit (I keep count in my diary — I started 14 March 2022). Today's client has schizophrenia and is on a paliperidone depot monthly, and we talked for an hour about fishing.

So what?

The best predictor of relapse in my caseload isn't the PANSS, it's whether someone has a reason to get up in the morning. Our team psychiatrist, Dr Reuben Walsh, calls it "the fishing rod factor". The Fifth National Mental Health Plan (2017) talks about recovery-oriented practice, and this is what it looks like.

Now what?

I'm going to the TheMHS conference in Melbourne in August to present on "meaningful activity" in remote community mental health. I'm 41 and it's my first conference presentation. Terrified. My manager, Kylie, has booked me a practice session with the team.
`,
  },
  {
    id: "au-free-051",
    setting: "emergency",
    role: "paramedic",
    text: `
Ten years on the road (a long one)

Today is ten years since I started as a graduate paramedic with NSW Ambulance, 19 January 2016, at Parramatta station. I was 23. I'm 33 now and I've been at Dubbo for six years.

Some things I've learned:

1. Cardiac arrest survival is about bystander CPR, not about us. The ANZCOR 2021 guidelines changed very little; the community changed a lot with the GoodSAM app.
2. Methoxyflurane (Penthrox) is magic for a broken wrist and useless for an upset toddler.
3. Fentanyl 50 mcg IN works faster than you think.
4. Elderly falls are the calls that break your heart — the "long lie", someone in their nineties on the kitchen floor all night. Mostly they're embarrassed.
5. Mental health calls are the majority now. The Mental Health Act schedules are the hardest paperwork.
6. Eat when you can, pee when you can.

The hardest: my first paediatric arrest, in 2018. I still think about the parents. Our peer support officer, Brett, got me through that month.

The best: a birth on the side of the Mitchell Highway, baby girl, Apgar 9 at five minutes, mum laughing and crying. I've never been happier in a ditch.

Thank you to everyone who has worked with me. Here's to ten more — or maybe a desk job by 50.
`,
  },
  {
    id: "au-comment-052",
    setting: "emergency",
    role: "intensive care paramedic",
    text: `
Congrats on ten years mate! I started the same year at Liverpool station and remember your grad cohort. Penthrox for the kids — agree, useless. IN fentanyl all the way. The Mitchell Highway baby story gave me chills. Let's catch up at the Paramedicine conference in Adelaide in November, Brett's going too.
`,
  },
  {
    id: "ie-gibbs-053",
    setting: "ICU",
    role: "ICU nurse",
    text: `
Gibbs reflection — proning during the winter surge

Description: I've been an ICU nurse at Beaumont for nine years. This winter we had a run of severe influenza A with ARDS, and we proned patients several times a week. I was team leader for the proning rota for the first time.

Feelings: Responsible. A prone turn needs five people and one wrong move can dislodge the ETT.

Evaluation: We used the checklist from the Intensive Care Society (2019) and the "five-person log roll" we trained in. No accidental extubations. Two pressure injuries on the face, both grade 2.

Analysis: The PROSEVA trial (2013) showed the mortality benefit of 16+ hours prone. Our pressure care was weak: we didn't use foam dressings early enough on the forehead and chin.

Conclusion: The team was good, the skin care needs work.

Action plan: With our CNM, Niamh Kavanagh, I'm updating the proning checklist to include prophylactic dressings and two-hourly head repositioning.
`,
  },
  {
    id: "za-what-054",
    setting: "community medicine",
    role: "community service doctor",
    text: `
What?

I'm doing my community service year at a district hospital in the Eastern Cape. I qualified from Wits in December and I'm 25. On my first week I managed TB meningitis, a snakebite (puff adder, no antivenom needed), and three trauma cases from a Saturday night.

So what?

Nothing at Wits prepared me for being the only doctor at night. The district guidelines (Standard Treatment Guidelines, 2020 edition) have become my bible, alongside the EML. Dr Thandeka Dlamini, our clinical manager, told me "you are allowed to phone, but first decide what you'd do". That's been the best advice. TB is everywhere: GeneXpert, LAM, LP. I had never seen so many positive CSF samples.

Now what?

I'm going to do the Diploma in HIV Management next year and I'm thinking about family medicine. I want to stay rural, at least for a few years.
`,
  },
  {
    id: "nz-free-055",
    setting: "general practice",
    role: "GP registrar",
    text: `
A reflection on cultural safety, after a year in general practice

I'm a GPEP registrar in Rotorua. I grew up in Christchurch, Pākehā, and went to Otago. This year I have learnt more about Te Tiriti o Waitangi in practice than in six years of med school.

Our kaumātua, Matua Hemi, runs a session for the clinical team every month. He taught me to slow down at the start of a consultation, to introduce where I'm from, and to welcome whānau into the room instead of asking them to wait outside. The Medical Council's 2019 statement on cultural safety says it is about the clinician's own attitudes, not about knowing facts about Māori. I find that uncomfortable in a useful way.

Clinically, my year has been rheumatic fever prophylaxis, gout (allopurinol titration, target urate below 0.36 mmol/L), diabetes with HbA1c over 80, and a lot of skin infections. The Health New Zealand data says Māori and Pasifika patients wait longer for everything.

Next year I sit my FRNZCGP exam in March and I want to stay in Rotorua.
`,
  },
  {
    id: "uk-gibbs-056",
    setting: "breaking bad news",
    role: "oncology registrar",
    text: `
# Gibbs: a bad-news clinic that overran

**Description.** I've been an oncology registrar at the Christie since August. Last Thursday I ran my first solo "results" clinic. I had six patients booked; two needed bad news (progression on scan). The first was a man in his sixties with metastatic colorectal cancer whose CEA had doubled and whose CT showed new liver deposits. The second was a woman in her eighties with Hodgkin lymphoma relapse. My consultant, Dr Ruth Abernethy, was across the corridor.

**Feelings.** I felt like I was robbing the later patients of time. The clinic ran 80 minutes late.

**Evaluation.** The conversations went well, I think — both patients said they felt listened to. But the four patients waiting got irritable, and the clinic nurse, Marcus, had to manage a complaint.

**Analysis.** The Buckman SPIKES protocol (2000) and the Calgary-Cambridge model don't mention clinic templates. Twenty-minute slots are not enough for bad news. This is a booking problem, not a me problem, although I could have used the Macmillan CNS better — she could have continued the second conversation while I moved on.

**Conclusion.** Good communication needs protected time and team planning.

**Action plan.** I've asked our service manager to flag "likely bad news" appointments for 40-minute slots, and I will involve the CNS from the start next time.

A postscript, because my supervisor asked me to add what I'd say differently. With the first patient I used the words "the treatment isn't working any more", which I'd rehearsed. He heard "there's nothing more you can do", which is not what I meant — we still have second-line FOLFIRI and good symptom control to offer. So I went back and said it again with a plan attached. Dr Abernethy calls this "hope with a handrail". I'm writing it on a sticky note for my clinic room. I also realised I hadn't eaten since 07:00, and at 15:30 I was running on coffee; I think that showed in my patience with the last two patients. Lunch is part of the job.
`,
  },
  {
    id: "us-what-057",
    setting: "ICU",
    role: "critical care nurse",
    text: `
**What?** I'm a CCRN in a 24-bed medical ICU in Phoenix and I precepted my 10th new grad this fall. We spent their first week on sedation: RASS targets (-1 to 0), daily SATs and SBTs, and the ABCDEF bundle. My preceptee asked why we give propofol and not midazolam for most ventilated patients.

**So what?** I realised I'd been teaching "what" without "why". The 2018 PADIS guidelines (Devlin et al.) prefer propofol or dexmedetomidine over benzodiazepines because of delirium and ventilator days. The CAM-ICU is how we catch delirium, not "she seems confused".

**Now what?** I've made a "why" column on our orientation checklist. My own anniversary as an ICU nurse is on March 3 — eight years — and I want to spend the next year teaching better, maybe start my DNP at ASU in the fall.
`,
  },
  {
    id: "pk-what-058",
    setting: "community medicine",
    role: "lady health worker supervisor",
    text: `
What? I supervise lady health workers in a rural tehsil of district Swat. This month our team visited households for the measles-rubella campaign. I am 34 and I have been in this programme for nine years, since 2016.

So what? Refusals are less than before. The mothers trust the LHWs because they are from the same community. What has changed is WhatsApp — misinformation spreads faster. Dr Farhan Ali, our district coordinator, gave us short voice notes in Pashto to share with families, and that helped. The EPI schedule (BCG, OPV, Penta, PCV, MR at 9 and 15 months) is now on a laminated card that every LHW carries.

Now what? I want to train our LHWs on how to answer misinformation respectfully. I will also request more vaccine carriers because our cold chain is weak in summer.
`,
  },
  {
    id: "ng-what-059",
    setting: "paediatrics",
    role: "paediatric resident",
    text: `
What? I am a second-year paediatric resident at ABUTH Zaria. On my night call in the children's emergency room, we had five children with severe malaria in one night, two with cerebral malaria (Blantyre coma score 2). We ran out of artesunate at 3 am.

So what? Dr Aisha Bello, my consultant, had to call the pharmacy head at home. The WHO 2023 malaria guidelines recommend IV artesunate 3 mg/kg for children under 20 kg, and quinine is the fallback. Supply chain is a clinical problem.

Now what? I have written to the drug and therapeutics committee to request a minimum stock level for artesunate in CHER. Also, I will check the stock at the start of each call.
`,
  },
  {
    id: "uk-free-060",
    setting: "ward round",
    role: "FY1 doctor",
    text: `
Reply to my consultant's post about silent ward rounds, written up for my e-portfolio.

Love this. I'm an FY1 at the Royal Derby and your silent rounds are the best teaching I've had since I started in August. I was terrified the first Thursday, but leading the round on the lady with delirium (4AT 7) made me actually do a proper collateral history. Sister Marriott is a convert too now, I think! For my portfolio: the capability this maps to is HLO 1, clinical assessment, and my supervised learning event was signed off on 2 October.
`,
  },
];
