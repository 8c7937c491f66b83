import { nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland): registrars, fellows, consultants, supervisors. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "surgery",
    role: "surgical registrar",
    text: `**Description.** I was the ST4 on the general surgical take overnight on ⟦DATE|Saturday 8 February⟧. Just after midnight the ED referred ⟦NAME|Mr Albert Quarrington⟧, a ⟦AGE|93-year-old⟧ retired drainage engineer, with a distended, tender abdomen and a lactate of 4.1. He had been brought in from his bungalow out on the fen by his neighbour, who told the paramedics he "still does his own gutters". The CT showed a sigmoid volvulus with a question of ischaemia. I had a decision to make about theatre and a patient who, it turned out, had very firm views of his own.

**Feelings.** I felt the familiar pull between the surgeon who wants to fix the problem and the registrar who knows that a laparotomy at ⟦AGE|93⟧ carries a mortality I would not accept for my own grandfather. I was also tired, and I noticed I wanted the decision to be someone else's.

**Evaluation.** What went well was that I did not rush. I rang my consultant, Miss Okonjo, who came in rather than advising from home, and we sat with him on ⟦FACILITY_ROOM|Bay 4, Ward 3 at Pilgrim Hospital⟧ and talked through flexible sigmoidoscopy and decompression versus surgery. He said, "Son, I've buried two wives and a Labrador. Don't cut me open unless you have to." We decompressed endoscopically at 03:10 and the tube drained well.

**Analysis.** The literature on emergency laparotomy in the very old (NELA reports, the 2019 frailty audit) supports shared decisions, but what made the difference here was a consultant at the bedside and a patient who was asked rather than told. The Clinical Frailty Scale was 4; I had nearly assumed it was 7 because of the number.

**Conclusion.** Age on a referral letter is a number, not an assessment.

**Action plan.** I will document CFS on every emergency admission over 65 I see, and I will ask for senior presence earlier when the decision is about whether to operate rather than how.`,
  },
  {
    id: "uk-what-002",
    setting: "psychiatry",
    role: "core psychiatry trainee",
    text: `**What?** Last month I finished my first six months as a CT1 in general adult psychiatry in Dundee, the city I grew up in and left at eighteen swearing I would never come back to. My educational supervisor, Dr Fiona Kerr, asked me to write about one thing that surprised me. It was how much of the job is about time: the time a person needs before they will tell you about the voices, the time a tribunal takes, the time it took me to stop talking in the tone I used on the medical take.

**So what?** On medical rotations I learned to get to the point. In psychiatry the point is often three conversations away. Dr Kerr calls it "the long history", and she was right that I kept cutting it short. I would arrive with my MSE headings (appearance, speech, mood, thought form, perception, cognition, insight) and tick them in order. The consultant, Dr Rahul Menon, does the same assessment while talking about football, and somehow he gets further. I read Eleanor Longden's account of hearing voices and the first chapters of Lucy Johnstone's writing on formulation, which helped me see that the headings are for the notes, not for the room.

There were also things I got right. My lithium monitoring was tidy (levels 0.6–0.8 mmol/L, TFTs and U&Es on schedule) and the ward pharmacist, Aisha, said my clozapine bloods were the best organised she had seen from a trainee. That mattered to me more than I expected.

**Now what?** I sit MRCPsych Paper A in the spring, so my evenings are spoken for, and my mum has already told the whole of her Tuesday choir that I am "nearly a consultant". For the next post I want to practise a first assessment without the proforma in front of me, then write it up afterwards and compare. Dr Kerr will sit in on two of them. I will also go back to the Royal College's guidance on trauma-informed care before the rotation in Perth starts.`,
  },
  {
    id: "uk-free-003",
    setting: "GP placement",
    role: "GP registrar",
    text: `Home visits are the part of general practice my hospital friends understand least, so I want to write about one. I am an ST3 GP registrar in Rotherham. On a grey Thursday the duty doctor passed me a request for ⟦NAME|Mrs Edna Pryce⟧ at ⟦ADDRESS|Flat 2, 19 Tenter Street, Rotherham S60 1LB⟧, who had "gone off her legs". Her daughter, ⟦NAME|Carol⟧, had phoned from work in Leeds and left her mobile, ⟦PHONE|07700 900318⟧, asking us to ring her as soon as we had seen her mother.

The flat was warm and very tidy. ⟦NAME|Mrs Pryce⟧ was sitting in her chair with the television on and a pile of unopened post on the side. She was confused in a way that came and went. Her temperature was 37.9, pulse 104, and her urine, once I persuaded her to produce some, was dipstick positive for nitrites and leucocytes. I know the 2020 guidance tells us not to rely on dipsticks in the over-65s, and I did not: the history, the fever and the new delirium were enough to make me think of a urinary source. But I also noticed that her tablets for the week were all still in their dosette box.

What I learned was less about the infection than about the phone call. When I rang ⟦NAME|Carol⟧ she burst into tears because she had been saying for months that her mum was not coping. I had ⟦NAME|Mrs Pryce⟧'s NHS number, ⟦ID|${nhs("472 918 305")}⟧, open on the laptop and could see three missed memory clinic appointments. Nobody had joined those dots.

My trainer, Dr Sanjay Bhatt, reminded me in the debrief that a home visit is the only time we see the dosette box, the post and the fridge. We started nitrofurantoin, arranged a same-day community nursing visit and a rapid-response social care review, and I made a note to re-refer to memory services once the delirium had settled. I have since added "look at the tablets" to my own home-visit checklist, next to "look in the fridge".`,
  },
  {
    id: "uk-free-004",
    setting: "palliative care",
    role: "palliative medicine consultant",
    text: `Every August I teach the new foundation doctors about death, and every August I start with the same confession: I was thirty-one before I sat with someone as they died and did not feel I should be doing something. I am now a consultant in palliative medicine in Leicester, and this piece is for the trainees who asked me, at the end of last year's session, what I wish I had been told.

First, the language. "Nothing more we can do" is never true. There is a great deal we can do; it is just not curative. I learned this from Dame Cicely Saunders' writing long before I met anyone who had worked with her, and from my first consultant, Dr Margaret Ellwood, who would say "we are changing the goal, not stopping the care".

Second, the prescribing. Anticipatory medicines are not a sign of giving up. Morphine sulfate 2.5–5 mg subcutaneously for pain or breathlessness, midazolam 2.5–5 mg for agitation, glycopyrronium 200 micrograms for secretions, levomepromazine 6.25 mg for nausea. Write them up early, with sensible ranges, and the nurses at two in the morning will thank you. The Liverpool Care Pathway was withdrawn in 2014 for good reasons, but the problem was never the drugs; it was the box-ticking and the failure to talk.

Third, the conversations. Use the ReSPECT form as a conversation, not a form. Sit down. Say "dying" if that is what is happening. Leave silences. A registrar I trained, Dr Tunde Bakare, once timed himself and found he had filled every pause within four seconds. He now counts to ten in his head.

Fourth, look after yourselves. Schwartz Rounds exist for a reason. So does the pub. Kathryn Mannix's book "With the End in Mind" is the best preparation I know, and Atul Gawande's "Being Mortal" is a close second.

Finally: you will get some of this wrong. I still do. The question is whether you notice, and whether you ask someone afterwards what they saw.`,
  },
  {
    id: "uk-gibbs-005",
    setting: "breaking bad news",
    role: "medical registrar",
    text: `**Description.** On a Wednesday evening as the medical registrar I was asked to tell a man in his seventies that his CT showed widespread metastatic disease, probably from a pancreatic primary. The day team had run out of time. His wife had gone home to feed the dog. I had never met either of them.

**Feelings.** Honestly, irritation first: this should not have been left to the evening. Then dread. Then, when I read the notes properly, a sort of tenderness, because he had written "please be straight with me" on the back of his menu card and the HCA had clipped it into the folder.

**Evaluation.** I used SPIKES, as I was taught as a medical student in Cardiff: setting, perception, invitation, knowledge, emotions, strategy. I found a side room, asked the staff nurse, Bronwen, to come with me, turned my bleep over to my SHO and sat down. I asked what he understood. He said, "It's cancer, isn't it. How long?" I did not answer the second question with a number. I said that it was likely to be months rather than years, and that the oncology team would see him tomorrow. He asked me to ring his wife and be the one to tell her. I did, with his permission, on the ward phone.

**Analysis.** Buckman's framework is useful because it slows you down. What the framework does not tell you is how to manage your own reaction. Afterwards I noticed my hands were shaking. My consultant, Dr Ian Forsyth, said on the phone that the shaking was the right response and that the day I stop shaking is the day I should worry. I am still thinking about whether he was right.

**Conclusion.** The news was no worse for being given by a stranger at nine in the evening, but it was not better either. Continuity matters.

**Action plan.** I will raise with the ward manager the idea of a "difficult conversations" flag at the afternoon board round so that news like this is planned for daylight, and I will attend the next Schwartz Round.`,
  },
  {
    id: "uk-what-006",
    setting: "rural general practice",
    role: "rural GP fellow",
    text: `**What?** I am six months into a rural GP fellowship in Ceredigion, and this is the first place I have worked where nearly every patient is somebody's cousin. In March I saw a woman in her fifties with breathlessness and a new murmur. She came in wearing a fleece with a harp embroidered on it, and within a minute I realised she was ⟦OTHER|the only Welsh-language harp teacher in Pontrhydfendigaid⟧, which meant the receptionist, the practice nurse and the pharmacist all knew who she was and why she was there before I did.

**So what?** Her echo showed severe aortic stenosis and she needed referral to ⟦FACILITY_ROOM|Morriston⟧ for assessment. The clinical path was straightforward. The confidentiality was not. Her husband, ⟦NAME|Gwilym⟧, rang the surgery twice in one afternoon asking for results, and a lady in the queue at the pharmacy asked me, kindly, whether "⟦NAME|Mair y delyn⟧" was going to be all right. I did not answer, of course, but I realised how little our usual confidentiality rules account for communities where everyone already knows half the story.

My supervisor, Dr Rhodri Evans, has been a GP here for twenty years and said the trick is not to pretend people don't know, but to be very clear about what you will and won't say. He was also clear that I should not write a reflection like this one with her village and her harp in it, which is why this version is for my portfolio only and will be anonymised before I share it with the fellowship group.

**Now what?** I am going to agree with ⟦NAME|Mrs Jenkins⟧, at her next appointment, who she would like us to speak to. I have also asked the practice manager to add consent-to-share notes to the template, in English and Welsh, and I am reading the RCGP rural forum papers on confidentiality in small communities before my next tutorial.`,
  },
  {
    id: "uk-free-007",
    setting: "neonatology",
    role: "neonatal grid registrar",
    text: `I want to write about the night I had to tell a father that the machine we had been using to keep his son alive had a fault, because it taught me more about honesty than any communication course.

I am a neonatal grid trainee. ⟦NAME|Baby Rowan Tillotson⟧ was born at 27+3 weeks on ⟦DATE|12 October⟧ and was in ⟦FACILITY_ROOM|cot 6 of the intensive care nursery at Leeds General Infirmary⟧. He was on high-flow, then CPAP, doing well. Around four in the morning his saturations dipped repeatedly and we found the humidifier on his circuit was alarming intermittently. Biomed later confirmed that the heater base, serial ⟦DEVICE|MR850-2290417⟧, had an intermittent thermistor fault. No harm came to him, his gases were fine, and we swapped the unit within ten minutes. But the alarms had been silenced twice by staff who thought they were nuisance alarms.

His dad, ⟦NAME|Jordan⟧, was sitting by the cot the whole time. He had watched us silence the alarm. When things settled he asked me, straight out, whether something had gone wrong.

I could have given a technically true non-answer. Instead I told him: yes, a piece of equipment had a fault, we had missed the first two alarms, we had fixed it, ⟦NAME|Rowan⟧ was safe, and we would be reporting it. Duty of candour is in the GMC guidance and in the 2014 regulations, but that night it felt less like a duty and more like the only respectful thing to do. He was quiet for a moment, then thanked me for not treating him like an idiot.

The Datix went in before I left. My consultant, Dr Hannah Wexford, supported the decision and joined the follow-up meeting with both parents two days later. We have since changed our practice so that humidifier alarms are always checked at the cot side before silencing, and there is a laminated card on every incubator now. I keep thinking about how close I came to saying "everything's fine".`,
  },
  {
    id: "uk-free-008",
    setting: "medication error",
    role: "anaesthetics fellow",
    text: `This is a reflection on a near miss I was responsible for, written for my ARCP portfolio and shared with the department's safety group because I think the lesson is bigger than me.

I am a post-CCT fellow in obstetric anaesthesia. During a category 2 caesarean section under spinal, the patient became hypotensive (BP 78/40) after the block. I reached for the phenylephrine syringe and, in the low light at the head end, picked up a 10 mL syringe labelled in my own handwriting from earlier in the list. Before I pushed it I checked the label, as I always do, and realised it was the diluted ephedrine (3 mg/mL) I had drawn up for the previous case and failed to discard. Both would have raised her blood pressure; the harm would probably have been small. But a wrong drug is a wrong drug, and it was my syringe from a previous patient on my tray.

I gave phenylephrine 100 micrograms from the correct, pre-labelled syringe, her pressure came up to 110/65, and the baby was delivered with Apgars of 8 and 9. I told the obstetric consultant, Mr Daniel Ashworth, and the ODP, Kerry, at the end of the case, and completed an incident report.

What went wrong was not knowledge. I know the Association of Anaesthetists' guidance on syringe labelling (2022) and I teach it. What went wrong was a busy list, a tray that was not cleared between cases and a handwritten label that looked like the printed ones from a metre away. James Reason would recognise the holes lining up.

What I have changed: I clear the whole tray between every patient, no exceptions, even when the next patient is already in the anaesthetic room. I use pre-printed colour-coded labels only. And I have proposed to our lead, Dr Shreya Nair, that we trial pre-filled phenylephrine syringes for the obstetric theatres. The safety group discussed it last week and the pharmacy is costing it.

Writing this down was uncomfortable. I think that is the point.`,
  },
  {
    id: "uk-comment-009",
    setting: "portfolio feedback",
    role: "educational supervisor",
    text: `Thank you, this is a thoughtful and honest piece and the action plan is specific. One thing before it goes into the shared folder: please take out ⟦NAME|Mr Quarrington⟧'s name, his age of ⟦AGE|93⟧ and the bay and hospital. Together with the drainage engineer detail, anyone from Boston would know him. "An older man admitted overnight with a volvulus" is enough. Otherwise, sign-off gladly. — Anne`,
  },
  {
    id: "uk-comment-010",
    setting: "portfolio feedback",
    role: "clinical supervisor",
    text: `Really enjoyed reading this. Your use of the Gibbs headings is much more natural than in your last entry, and the analysis section actually engages with the NELA data rather than just citing it. For next time, push the "feelings" a little further: what did tiredness do to your judgement? Let's talk it through at our meeting on Friday. Good work, Priyanka.`,
  },
  {
    id: "uk-what-011",
    setting: "OSCE",
    role: "clinical teaching fellow",
    text: `**What?** I spent this year as a clinical teaching fellow at the medical school in Aberdeen, a job I took because I failed to get a core surgical number first time round and needed a year to regroup. Last week I examined in the final-year OSCE for the first time, at the history-taking station on chest pain. Twelve students came through, each with eight minutes and a simulated patient played by a retired drama teacher called Malcolm who has been doing this for fifteen years and knows the mark scheme better than I do.

**So what?** Two things struck me. First, how differently the students approached the same script. One of them, clearly terrified, asked every question on the SOCRATES list in order and missed that Malcolm had mentioned his brother died suddenly at forty. Another barely looked at her watch, asked "what are you worried it might be?", and got the family history, the cocaine use and the ideas and concerns in four minutes. Both passed, but only one of them would have made me feel heard.

Second, how much my own marking drifted. By the tenth student I was marking tougher than I had been on the first, partly from fatigue and partly because the good students had reset my idea of "competent". The examiner briefing from Professor Elaine Mackie warned us about exactly this, and I still did it.

**Now what?** I have volunteered for the standard-setting group so I understand borderline regression better. I will re-read my marks for the first three candidates against the descriptors next time before the day ends. And I will tell the students I teach in January what Malcolm told me afterwards over coffee: "The ones who listen, I can tell by the second sentence." I am also sitting the MRCS Part B in Edinburgh in May, and I intend to remember how it felt on the other side of the table when I walk in.`,
  },
  {
    id: "uk-free-012",
    setting: "emergency department",
    role: "emergency medicine registrar",
    text: `I grew up in Belfast and I trained in Glasgow, and I came home two years ago as an ST5 in emergency medicine. I thought I knew the place. This is about a patient who reminded me that I did not.

On ⟦DATE|Easter Monday⟧ a man was brought in by the air ambulance after a fall from a ladder while painting the gable of the pub on ⟦LOCATION|Rathlin Island⟧, which, for those who have never been, has about a hundred and fifty residents and one pub. He had a closed tibial fracture and a scalp laceration and he was, in his own words, "grand". His name was ⟦NAME|Seán Mac Giolla Bhríde⟧ and he insisted I call him ⟦NAME|Johnny⟧, which he said everyone on the island did.

What made him memorable was not the fracture. It was that within an hour I had had calls from his sister in Ballycastle, from the ferry operator asking whether he'd be back for the Tuesday sailing, and from a man who said he was "the other half of the island's darts team". Each of them wanted information, and each of them was, I suspect, genuinely worried. I gave nothing to anyone who was not his next of kin, and I found myself explaining data protection to a ferryman.

Afterwards my consultant, Dr Orla McKeown, pointed out something I had missed: that in a community that small, even saying "I can't discuss that" tells people he is here. We talked about how the triage desk handles calls, and she agreed to raise it at the departmental governance meeting.

I also learned that orthopaedics at ⟦FACILITY_ROOM|the Royal⟧ would not send him home to an island without a way to get up the hill to his cottage on crutches, which is why he stayed three extra nights and taught the ward how to play twenty-fives. When I reflect on it, the medicine was simple and the context was everything.`,
  },
];
