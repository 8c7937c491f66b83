import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** England, Scotland, Wales and Northern Ireland. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "district nursing",
    role: "district nurse",
    text: `
**Description.** I've been a district nurse in Ceredigion for eleven years and I still got this one wrong. ⟦NAME|Mrs Gwenllian Pritchard⟧ (everyone calls her ⟦NAME|Nain Gwen⟧, even the postman) lives on her own at ⟦LOCATION|Tŷ Uchaf, the farm above the chapel in Llanddewi Brefi⟧. She's ⟦AGE|ninety-four⟧ and has had a grade 3 sacral sore since the autumn. On ⟦DATE|Thursday 6 November⟧ I went up to do her dressing and found her on the kitchen floor, cold, with the Rayburn out. She'd been down since the night before.

**Feelings.** Honestly? Guilt. I'd been meant to visit on the Wednesday but the rota got shuffled and she was moved to the next day. I also felt a bit of anger at the system, which I'm not proud of.

**Evaluation.** The good bit: she was NEWS2 3, no obvious fracture, GCS 15, and the ambulance came in under two hours which for us is quick. Her NHS number (${"⟦ID|" + nhs("485 777 312") + "⟧"}) was on the handover sheet so ⟦FACILITY_ROOM|Bronglais⟧ had her records before she arrived.

**Analysis.** A visit moved by 24 hours is nothing on a spreadsheet. For someone who lives alone three miles up a single-track lane it's everything. We had no falls pendant on her list because she'd refused one in 2022.

**Conclusion.** Refusals should be asked again, not filed.

**Action plan.** I've put "revisit pendant" on all my over-85s and I've raised the rota issue with our team lead, Carys, at Monday's huddle.
`,
  },
  {
    id: "uk-free-002",
    setting: "night shift",
    role: "FY1",
    text: `
nights, done. three in a row at the ⟦FACILITY_ROOM|QEUH⟧ and I'm writing this on the bus home so forgive the typos.

the one I keep thinking about: ${"⟦FACILITY_ROOM|bed 14 on ward 47⟧"}, ${"⟦NAME|Mr Tam McColl⟧"}, "${"⟦NAME|Big Tam⟧"}" to the nurses, DOB ${"⟦DATE|04.07.31⟧"}, CHI ${"⟦ID|" + nhs("040731 276") + "⟧"}. bleeped at 0340 for "pt agitated, pulling at cannula". I was knackered and honestly went in expecting to just write up some haloperidol. wee man was scared stiff. couldn't find his glasses, thought he was back in the shipyards, kept asking for ${"⟦NAME|Agnes⟧"}, his wife, who died years ago according to the notes.

sat with him for twenty minutes. found the glasses in his slipper. 4AT was 6 so delirium for sure, bloods came back with a sodium of 124 which explained a fair bit. did the delirium bundle, no sedation needed in the end.

what I learned: the bleep tells you what the nurse saw, not what the patient is feeling. and my reg (Dr Fraser, absolute legend) said the best sedative on nights is a chair next to the bed. she's right, annoyingly.
`,
  },
  {
    id: "uk-what-003",
    setting: "ward round",
    role: "nursing student",
    text: `
**What?** Second-year placement on a care of the elderly ward in Belfast. A gentleman with Parkinson's disease was admitted with a chest infection and his co-careldopa was due at 07:00, 11:00, 15:00 and 19:00. On the morning ward round I noticed the 11:00 dose hadn't been given because he was nil by mouth for a swallow assessment. By the time the SLT saw him it was after 14:00 and his tremor and rigidity were much worse; he could barely lift a cup.

**So what?** I knew from my pharmacology module that missing Parkinson's medication by even 30 minutes can matter, and Parkinson's UK's "Get It On Time" campaign says the same. NICE NG71 (2017) recommends that people admitted to hospital have their medicines given at their usual times. What struck me was that nobody had done anything wrong on purpose: nil by mouth was the "safe" choice. My mentor, Staff Nurse Ciara Donnelly, explained that there are dispersible options and that the pharmacist can advise on alternatives such as a rotigotine patch.

**Now what?** I'll flag time-critical medicines at handover, and I've made a little card for my lanyard listing the common ones (levodopa, insulin, antiepileptics). I'm also going to ask the ward sister whether we can add a time-critical box to the nil-by-mouth sign. Small thing, big difference.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "breaking bad news",
    role: "GP trainee",
    text: `
Description: In my ST3 year in a practice in Lewisham I told a 27-year-old man that his neck lump was Hodgkin lymphoma. The letter from haematology arrived at 16:40 on a Friday, the worst possible time. My trainer, Dr Anjali Mehta, sat in with me.

Feelings: I was scared of getting it wrong and I was aware I had my AKT in January and had been revising SPIKES only as a mnemonic. The man went very quiet and then asked whether he would still be able to play five-a-side.

Evaluation: I did well at warning shots and silence. I did less well at checking what he already knew; he had googled "B symptoms" and assumed the worst, which was actually not far off. I used too many numbers ("stage IIA", "80% five-year survival") too early.

Analysis: Buckman's SPIKES protocol (2000) puts perception before invitation and knowledge for a reason. Hodgkin has a good prognosis but prognosis is not what a person hears in the first five minutes. The RCGP curriculum talks about "managing uncertainty", and here the uncertainty was mine more than his.

Conclusion: Less data, more pause.

Action plan: I'll book a follow-up call within 48 hours for any serious diagnosis, and I'll ask Dr Mehta to observe two more of these conversations before my CSA-equivalent recorded consultations.
`,
  },
  {
    id: "uk-free-005",
    setting: "pre-hospital",
    role: "paramedic",
    text: `
Long lie job in Kirkby last week that I need to get out of my head. Called by the daughter, ${"⟦NAME|Pauline⟧"}, who'd not been able to get her mum on the phone since tea time. Address was ${"⟦ADDRESS|14 Tithebarn Close, Kirkby L32 9RT⟧"} — one of those bungalows where the key safe code had been changed and nobody told the care agency.

${"⟦NAME|Mrs Irene Dutton⟧"}, ${"⟦AGE|91⟧"}, on the hall floor, conscious, CK later came back over 9,000. She kept apologising for "the state of the place". We got her warm, did a full set, ECG was AF rate 110 which she was already on apixaban for.

What I want to reflect on is the phone call. ${"⟦NAME|Pauline⟧"} gave me her mobile, ${"⟦PHONE|07700 900318⟧"}, and asked me to ring when we got to ⟦FACILITY_ROOM|Aintree⟧. I said I would. Then we had a 3-hour handover delay outside and I forgot until my crewmate Dave reminded me. She'd been sat at home imagining the worst.

Learning: I now write the relative's number on my glove (I know, IPC) and on the ePCR "callback" field before we leave the house. JRCALC doesn't tell you this stuff but it matters as much as the ECG.
`,
  },
  {
    id: "uk-comment-006",
    setting: "OSCE",
    role: "medical student",
    text: `
Really useful write-up, thanks Femi. I had the same abdo station at the mock and completely forgot to check Murphy's sign properly — I pressed and asked her to breathe in but didn't compare with the left side. The examiner (think it was Mr Holloway from surgery?) gave me a 3/5. Going to practise on my flatmate tonight if she'll let me.
`,
  },
  {
    id: "uk-what-007",
    setting: "medication error",
    role: "pharmacist",
    text: `
What happened

I'm a band 7 pharmacist on the surgical wards at the ⟦FACILITY_ROOM|Northern General⟧ in Sheffield. On ${"⟦DATE|the 3rd⟧"} I screened a chart for ${"⟦NAME|Mr D. Oyelaran⟧"} (hospital number ${"⟦ID|J4418207⟧"}) in ${"⟦FACILITY_ROOM|bay 2, bed 12 on Firth 7⟧"} and didn't spot that his enoxaparin had been prescribed at a treatment dose of 1.5 mg/kg when it was meant to be prophylactic. His weight on the chart was 112 kg and his eGFR was 28. He'd had two doses before the nurse, Becky, queried it because of bruising round the injection sites.

So what

No lasting harm: anti-Xa was high but he didn't bleed, and the haematology reg was happy with monitoring. But I'd screened that chart. I remember looking at it. I think I read "enoxaparin" and "once daily" and my brain filled in 40 mg. The renal function should have made me stop regardless of dose.

Now what

- I've done a Datix and a short teaching slot for the surgical pharmacists on renal dosing of LMWH.
- I've asked our EPMA lead whether a CrCl < 30 alert can fire on treatment-dose LMWH.
- I'm going to stop screening after 6pm when I'm tired; that's when I did this one.

Writing it down here because I think other pharmacists should know it's OK to say "I missed it."
`,
  },
  {
    id: "uk-free-008",
    setting: "OSCE",
    role: "medical student",
    text: `
OSCE debrief, Cardiff, year 3. Eight stations, and I'm writing this before I talk myself into thinking it went better or worse than it did.

Station 2 was a cranial nerve exam on an actor pretending to have a Bell's palsy. I did forehead sparing properly this time (thank you to Dr Rhys Morgan's teaching session) and said "lower motor neurone" out loud, which I think is what they wanted. Station 5 was explaining a Down syndrome screening result to a pregnant actor. I panicked at "1 in 150" and started talking about nuchal translucency before I'd checked what she understood. The examiner's face said it all.

Station 7: Glasgow Coma Scale on a mannequin with a printed obs chart. GCS E2 V3 M5 = 10. I said 11. Maths under pressure is not my friend.

Things I'm taking from it: slow down on communication stations, use the first 30 seconds to ask what they know, and practise GCS scoring with a friend until it's automatic. Results come out on 18 June so I'll update this then.
`,
  },
  {
    id: "uk-gibbs-009",
    setting: "learning disability",
    role: "nursing associate",
    text: `
Description — On my placement at ${"⟦FACILITY_ROOM|Heartlands⟧"} I looked after ${"⟦NAME|Kyle⟧"}, a 24-year-old with a learning disability and epilepsy, admitted after a long seizure. His mum ${"⟦NAME|Sharon⟧"} stayed every night. Everyone on the ward knew who he was before he arrived because he's ${"⟦OTHER|the lad who reads out the team sheet over the tannoy at St Andrew's on match days⟧"}.

Feelings — I felt out of my depth at first. ${"⟦NAME|Kyle⟧"} doesn't like being touched on his left side and nobody had written that down.

Evaluation — His hospital passport was in his bag the whole time. Once ${"⟦NAME|Sharon⟧"} showed us, everything got easier: the obs were done from his right, we turned the telly to the Blues game and his heart rate came down from 120.

Analysis — The Oliver McGowan training talks about reasonable adjustments and about listening to families. I'd done it in January but hadn't really understood how much is in the passport. The reasonable adjustment flag on the system was blank.

Conclusion — Read the passport first. Ask mum second. Do the obs third.

Action plan — I've put the hospital passport on our huddle board and I'm going to ask our practice educator, Marcia, if I can do a 10-minute talk on it.
`,
  },
  {
    id: "uk-free-010",
    setting: "medication error",
    role: "FY2",
    text: `
An insulin near miss on a Wednesday evening in Newcastle, and I've been asked to reflect for my portfolio, so here it is.

A patient on the renal ward with Cushing's syndrome (iatrogenic, long-term prednisolone 30 mg for vasculitis) had CBGs running 18–24 mmol/L. I was covering four wards and prescribed "Novorapid 10 units" on the as-required section. I wrote "10u". The nurse who was checking it, Joe, asked me whether it was 10 or 100. We laughed, then stopped laughing.

Insulin errors are on the NHS England never-events list for exactly this reason: "u" read as a zero. I know this. I've done the e-learning twice. I still wrote it, because it was 21:15, I'd been bleeped 14 times in an hour and the ward only has paper charts for PRN insulin.

What went right: a second checker who was not afraid to ask a junior doctor a "stupid" question. What went wrong: me, and a system that still lets me write it that way.

I talked it through with my educational supervisor, Dr Rutherford. We agreed I'd write "units" in full every single time, even when the EPMA does it for me, so the habit is there on the wards that are still on paper. I've also added a line to the FY2 induction slides for next August's rota.
`,
  },
  {
    id: "uk-comment-011",
    setting: "community",
    role: "medical student",
    text: `
Not being funny but you might want to take this down and anonymise it. Anyone from round here would know ${"⟦NAME|Mrs Elsie Brannigan⟧"} from that description, she's my granny's neighbour on ${"⟦LOCATION|Church Street in Ahoghill⟧"} and half the village was at her ⟦AGE|90th⟧. The learning about the warfarin is really good though, would be a shame to lose it.
`,
  },
  {
    id: "uk-what-012",
    setting: "obstetrics",
    role: "midwife",
    text: `
What?
A night on the labour ward in Edinburgh. A first-time mum, 39+4, had a shoulder dystocia at 02:50. The head delivered, turtled, and the shoulders didn't follow. I pulled the emergency buzzer and the team arrived within a minute. McRoberts and suprapubic pressure did it; the baby came out floppy with an Apgar of 4 at one minute and 8 at five, and went to the neonatal unit for a few hours of observation. Mum had a third-degree tear.

So what?
I've been a midwife for three years and this was my first dystocia as the lead. The PROMPT training paid off: I said "shoulder dystocia" out loud, stated the time, and the coordinator (Morag, who has seen everything) took over the scribing. What I didn't do well was talk to the mum. She told me the next day that she thought her baby had died because the room went silent and then everyone started shouting numbers.

The RCOG Green-top Guideline No. 42 (2012) is all about the manoeuvres. It doesn't say much about what the woman hears.

Now what?
I'm going to propose that at our next PROMPT day one person is given the job of narrating to the mother. I've also booked a debrief with her through the birth afterthoughts service, which I didn't know existed until this week.
`,
  },
  {
    id: "uk-free-013",
    setting: "general practice",
    role: "GP",
    text: `
I'm a salaried GP in West Cornwall and I want to write about the limits of "the patient's wishes" when the whole town is involved.

${"⟦NAME|Jory⟧"} has MND, diagnosed last spring. He is ${"⟦OTHER|the only tin-mine tour guide at Geevor who still does the underground shift in Pendeen⟧"}, and he wanted to keep working until he couldn't. His wife ${"⟦NAME|Demelza⟧"} set up a fundraiser for a wheelchair-accessible van (${"⟦URL|https://www.gofundme.com/f/get-jory-back-underground⟧"}) and emailed me from ${"⟦EMAIL|demelza.trewhella64@btinternet.com⟧"} asking if I'd write a supporting letter with "a bit of medical detail".

I said no to the detail and yes to the letter. We talked about riluzole, about the PEG conversation we'll need to have, about his ALSFRS-R score slipping from 38 to 31. None of that belongs on a public fundraising page, however much the village wants to help.

What I learned: confidentiality in a small place isn't only about what I say. It's about what I'm asked to co-sign. The GMC's confidentiality guidance (2017) covers disclosures to third parties; I'd never thought of a crowdfunding page as a third party until now.
`,
  },
  {
    id: "uk-gibbs-014",
    setting: "faculty feedback",
    role: "consultant",
    text: `
Some feedback for the Year 4 students who joined my Tuesday ward round in Leeds this term, written up as a Gibbs cycle because I keep telling you to use one.

Description: Five of you presented patients. Most presentations were structured well: presenting complaint, relevant history, examination, impression, plan. Priya Nair's presentation of a patient with suspected Addison's disease was the best I've heard from a student this year: she had the short Synacthen result, knew the cortisol cut-off our lab uses, and had already checked whether hydrocortisone had been given before the test.

Feelings: I was proud, and a bit humbled, because I'd forgotten how frightening it is to present to a consultant in front of a patient.

Evaluation: The weakest part was always the plan. "Continue current management" is not a plan.

Analysis: The GMC's Outcomes for Graduates (2018) expects you to formulate a plan, not just a list of tests. It's hard to do when you are not the one prescribing, but you should still say what you would do.

Conclusion: Be brave with the plan. I'd rather correct a wrong plan than hear no plan.

Action plan: Next term I'll ask each presenter to finish with three concrete actions, and I'll give feedback on those first.

— Dr Hamish Gallagher, consultant physician
`,
  },
  {
    id: "uk-free-015",
    setting: "mental health",
    role: "mental health nurse",
    text: `
Community mental health nurse, south Manchester. ${"⟦NAME|Mr K.W.⟧"} has had an ICD since his cardiac arrest in 2019 and has panic attacks that he's convinced are shocks. On ${"⟦DATE|Tuesday the 14th⟧"} he rang the crisis line four times. When I visited he'd written down the serial from his device card (${"⟦DEVICE|PJN418227S⟧"}) on the fridge whiteboard so the paramedics would "know which one to switch off".

I didn't realise how much of his anxiety was about the device until I asked him to tell me about it. I'd been treating it as generalised anxiety and offering CBT worksheets. He wanted to know, in plain English, what would happen if it fired. A 20-minute phone call with the cardiac physiologist at ⟦FACILITY_ROOM|Wythenshawe⟧ answered more than six weeks of my visits.

Reflection: I stay in my lane too much. Physical health in mental health isn't a tick box for the annual health check; sometimes it's the whole problem. I've asked our team manager if we can get a contact for the device clinic on the shared drive, and I'm going to do the BHF's ICD e-learning this month.
`,
  },
  {
    id: "uk-free-016",
    setting: "general practice",
    role: "GP registrar",
    text: `
GP registrar (ST2) in Bradford. This is long, sorry, but my trainer said to write it all down while it still bothers me.

Nana ji — ${"⟦NAME|Mr Mohammed Rafiq⟧"} on the system, DOB ${"⟦DATE|12.3.38⟧"} — was brought in by his grandson ${"⟦NAME|Adeel⟧"} on a Monday morning for "his sugar". He came over from Mirpur in the sixties, worked nights at the mills for thirty years, and now lives with his son's family in ${"⟦LOCATION|the flats behind the mosque on Southfield Lane⟧"}. He speaks Pahari-Pothwari; his English is limited to "thank you, doctor" and cricket.

His HbA1c was 94. On paper he was on metformin 1 g BD and gliclazide 80 mg BD. In reality, ${"⟦NAME|Adeel⟧"} told me, his dad had been "sorting his tablets" from a carrier bag of old boxes, including some that had been stopped in 2021, and ${"⟦NAME|Mr Rafiq⟧"} had been fasting on and off because he'd heard fasting was good for diabetes. He'd had two hypos that the family described as "going quiet and sweaty after Asr".

What I did: I used the telephone interpreter, which was a faff, and I'm not proud that my first instinct was to let ${"⟦NAME|Adeel⟧"} translate because it was quicker. He's 16. He shouldn't be telling his grandfather about erectile dysfunction and foot ulcers.

What I learned:
1. A medication review isn't a review of the list; it's a review of the bag. We did a brown-bag review the next week and threw out nine boxes.
2. Hypos in older people on sulfonylureas are dangerous, and the "sweaty after prayers" story was a hypo until proven otherwise. I stopped the gliclazide and we're aiming for an HbA1c nearer 58–64, in line with what NICE NG28 (2015, updated 2022) says about individualised targets and frailty.
3. Family interpreting is convenient and often wrong. The practice now books a Pahari interpreter for his reviews.

${"⟦NAME|Adeel⟧"} left me his mobile (${"⟦PHONE|07700 900742⟧"}) "in case Nana gets lost again", and I realised the family had been carrying far more than I'd known. I've referred them to the carers' hub and I'm taking this to our practice meeting on Ramadan and diabetes before next spring.
`,
  },
];
