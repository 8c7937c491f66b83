import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (all four nations): supervisors, tutors, programme directors and their trainees. */
export const UK: SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "teaching ward round",
    role: "clinical supervisor (geriatrics consultant)",
    text: `
Teaching round, Thursday. I had four FY1s and a third-year student, Priyanka, and I'd promised them we would slow down and actually examine someone properly rather than run the list.

We stopped at ⟦FACILITY_ROOM|bay 2, bed 6 on Elm Ward⟧. ⟦NAME|Mrs Dorothy Haigh⟧, ⟦AGE|94⟧, admitted with "off legs" — the phrase every geriatrician loves to hate. I asked the group what "off legs" actually means and got the usual answers: UTI, fall, constipation. Nobody said hypoactive delirium until Priyanka asked if she could do a 4AT, and ⟦NAME|Dorothy⟧ scored 6.

What I wanted them to see was the gap between the referral letter and the woman in front of us. Her daughter had rung the ward twice to say her mum "was doing the crossword on Sunday". That's a baseline. That's the single most useful piece of history on the whole admission and it was sitting in a nursing note.

Teaching points I wrote on the whiteboard afterwards:

- Collateral history is history. Ring someone.
- Delirium is a medical emergency with a mortality comparable to an NSTEMI.
- Check the drug chart before the bloods: she'd been started on oxybutynin by the out-of-hours GP.
- Anticholinergic burden scores exist; use one.

Dr Fenwick, my registrar, took the FY1s through the ACB calculator while I sat with Priyanka and went through how to document capacity for the decision about a urinary catheter. Good session. I'll run the same format next week with the new rotation.
`,
  },
  {
    id: "uk-what-002",
    setting: "simulation debrief",
    role: "simulation lead",
    text: `
**What?**

Monday's in-situ simulation in the emergency department was a paediatric anaphylaxis scenario: a mannequin "child" with a peanut exposure, stridor at minute three, and a hypotension twist at minute seven. The team was two ED registrars, an F2, a charge nurse and a paediatric nurse borrowed from the children's assessment unit. Adrenaline was given IM at minute four (0.15 mg, correct for the notional 20 kg), but the second dose was delayed to minute eleven because nobody was holding the clock.

**So what?**

In the debrief (I use the Diamond model: description, analysis, application) the charge nurse, Rhiannon, said straight away that she had assumed the registrar was timing. The registrar, Tom Asante, assumed the scribe was. Classic diffusion of responsibility. What I found interesting was that every participant could quote the Resuscitation Council UK 2021 anaphylaxis algorithm word for word; the knowledge was never the problem. The problem was that nobody was explicitly given the role of timekeeper.

We also talked about the psychological safety of debriefing when a consultant is in the room. Dr Okonjo, who co-facilitated, deliberately kept quiet for the first ten minutes, and it showed: the F2 spoke more than anyone.

**Now what?**

1. We are adding a "clock" role card to the paeds resus trolley.
2. Next term's scenarios will rotate the timekeeper role on purpose.
3. I'm writing this up for the regional simulation network's newsletter, with Rhiannon as co-author if she agrees.
`,
  },
  {
    id: "uk-gibbs-003",
    setting: "educational supervision",
    role: "educational supervisor",
    text: `
## Description

Supervision meeting with one of my F2s, Callum, after a Datix about a discharge summary. The summary had gone to the wrong GP practice. When I pulled it up with him, the header showed ⟦NAME|Mr Kenneth Oduya⟧, NHS number ⟦ID|${nhs("485 777 302")}⟧, date of birth ⟦DATE|14/02/1939⟧, but the body of the letter was another patient's: a copy-paste from the previous discharge he had done that afternoon.

## Feelings

Callum was mortified. I was more worried than angry. He had done eleven discharges that shift.

## Evaluation

Good: he reported it himself, quickly, and the GP practice rang us before any medication was changed. Bad: our electronic discharge template lets you clone a letter in one click.

## Analysis

We talked through the Swiss cheese model (Reason, 2000) and where the holes lined up: workload, a template that invites copying, and no second check on discharges after 5pm. I was clear with him that this is a system problem first, and a learning point second.

## Conclusion

He will reflect on it for his ePortfolio, and I'll write a supervisor's note that says what I've said here.

## Action plan

I've raised the clone button with the digital team and with Dr Marsh, our foundation programme director, and suggested this case (anonymised properly this time) for the F2 teaching programme in September.
`,
  },
  {
    id: "uk-free-004",
    setting: "journal club",
    role: "consultant (journal club convenor)",
    text: `
This month's journal club, which I convene for the core medical trainees, was on the RECOVERY dexamethasone paper (Horby et al., NEJM 2021). I chose it deliberately: it's famous, everyone thinks they know the result, and very few have read the methods.

Sadia presented. She did a lovely job of explaining why a pragmatic, open-label platform trial could still give an answer most of us trust, and why the 28-day mortality difference was larger in ventilated patients (roughly 29% vs 41%) and absent in those not on oxygen. Ben argued the devil's advocate position on open-label bias, which got the room going.

Things I'd like the trainees to take away:

- Read the CONSORT diagram before the abstract.
- A subgroup is a hypothesis, not a result, unless it was pre-specified (this one was).
- Number needed to treat is easier to explain to a patient than a hazard ratio.

We ran out of time before the CASP checklist, so next month Dr Llewellyn will do a shorter paper, probably one of the NICE NG191 evidence reviews, and we'll do the checklist properly. Pizza budget remains the single biggest threat to this programme.
`,
  },
  {
    id: "uk-free-005",
    setting: "quality improvement project",
    role: "QI lead and clinical supervisor (Scotland)",
    text: `
Our foundation doctors' QI project on falls assessments has reached its third PDSA cycle, and I want to write down what supervising it has taught me before the trainees rotate.

The aim was simple: lying and standing blood pressure recorded within 24 hours of admission for every patient over 65 on the two medical receiving wards. Baseline was 22%. After cycle one (a prompt on the admission proforma) it was 41%; after cycle two (a sticker on the obs chart) 63%.

Cycle three went wrong in an instructive way. One of the trainees put a case vignette in the ward newsletter to show why it matters, and she used a real patient: ⟦NAME|Agnes McCrindle⟧, CHI ⟦ID|${nhs("170338 412")}⟧, from ⟦FACILITY_ROOM|Ward 4, Crosshouse⟧, who fell on ⟦DATE|3 November⟧ after a postural drop of 40 mmHg. The newsletter was printed and pinned in the staff room before anybody noticed.

We took it down within the hour and reported it through the proper route. I don't want the trainee to remember this project for that, though. The run chart is genuinely good, her write-up of the Model for Improvement is the best I've seen from an F1, and she will present at the regional Scottish Patient Safety Programme event in the spring. What I've changed is my own checklist: every QI output now gets a second pair of eyes for identifiers, the same way every poster gets checked for spelling.
`,
  },
  {
    id: "uk-free-006",
    setting: "study day report",
    role: "clinical teaching fellow",
    text: `
Notes from the regional medical education study day in Leeds, for the teaching fellows who couldn't make it.

Morning keynote was Professor Janet Grant on workplace-based assessment. Her main argument: we have turned the mini-CEX into a tick-box, and the value was always in the conversation afterwards, not the form. She quoted Miller's pyramid (1990) and then spent twenty minutes on why "does" is the only level that matters in foundation training.

Second session, Dr Amit Rao from the deanery on the new supervision standards. Useful numbers: educational supervisors should have 0.25 PA per trainee in their job plan. Almost nobody in the room did.

Workshops after lunch. I went to the one on feedback run by Helen Dewar and Dr Femi Bankole, using the R2C2 model (relationship, reaction, content, coaching). We practised on each other with actors playing struggling trainees. The actor who played a tearful ST3 was frighteningly good.

Last session was a panel on differential attainment, chaired by Professor Iain Macleod. The GMC data on international medical graduates' ARCP outcomes were sobering. One panellist said, "If your teaching only works for people who already think like you, it isn't teaching."

Actions for our team: redo our bedside teaching feedback form around R2C2; ask for the supervision PA in job plans at the next review; invite Dr Bankole to our faculty development afternoon in June.
`,
  },
  {
    id: "uk-comment-007",
    setting: "teaching ward round",
    role: "FY1 (trainee comment)",
    text: `
Thank you for writing this up, Dr Whitmore. The bit about ringing someone for collateral has stuck with me. I went back the next morning and ⟦NAME|Mrs Haigh⟧'s daughter told me she'd been doing the crossword right up to the weekend. I'd never have known. I've started carrying the 4AT card in my lanyard now. See you on Thursday's round.
`,
  },
  {
    id: "uk-comment-008",
    setting: "study day report",
    role: "core surgical trainee (trainee comment)",
    text: `
Really useful summary, thanks. I missed the R2C2 workshop because of a theatre list, and this is exactly the model our TPD keeps mentioning. One question: did Professor Grant say anything about the surgical DOPS forms? Half our consultants sign them without watching the procedure, and I'm never sure whether to push for a proper observed one or just be grateful for the signature.
`,
  },
  {
    id: "uk-what-009",
    setting: "skills lab",
    role: "skills-lab tutor",
    text: `
What? I run the Wednesday cannulation and venepuncture sessions for second-years. This week a student, Eilidh, told me she had already done her first real cannula on placement, and then told the whole group the story, which was lovely until she read out the patient's details from her own notebook: "⟦NAME|Mr Gwyn Pryce⟧, ⟦FACILITY_ROOM|Ward 11, Glan Clwyd⟧, his wife's mobile is ⟦PHONE|07700 900482⟧, she wanted to be called if he pulled it out."

So what? She meant well: she was proud, and she wanted to show she had looked after the whole person. But a notebook full of identifiers in a skills lab of thirty students is exactly how confidentiality breaks happen. Nobody else in the room reacted, which worried me more than what she said.

Now what? I spoke to her privately afterwards and she tore out the page. Next week I'm opening the session with five minutes on the Caldicott principles and on what a "clinical notebook" should and shouldn't contain. I'll ask the year lead, Dr Parry, whether this belongs in the professionalism strand rather than in my practical session.
`,
  },
  {
    id: "uk-free-010",
    setting: "assessment panel",
    role: "training programme director",
    text: `
ARCP season again. I sat on nine panels in two days for the internal medicine training programme, with Dr Claire Osei as lay-adjacent chair (she'd object to that description) and Dr Marcus Hale as the external.

Some reflections, mostly for myself:

The outcome 5s were almost all paperwork: a missing MSF, a supervisor's report not signed off. That's a failure of our process, not the trainees'. We send reminders in March; we should send them in January.

One trainee got an outcome 3. She has had two years of sick leave around a bereavement, and the panel spent longer on how to word the outcome supportively than on the decision itself. I think we got it right. We extended her training by six months with a clear plan and a named supervisor, and the Professional Support and Wellbeing service is already involved.

The best portfolios were not the longest. The ST4 who impressed us most had eleven reflections, each under 300 words, each ending with something he actually changed. Compare that with the forty-reflection portfolio full of "I learnt that communication is important."

And I noticed again how much the panel relies on the educational supervisor's report. If the ESR is thin, the panel has nothing. Our faculty development day in May will be entirely on writing ESRs, and I've asked Professor Ruth Adeyemi-Clarke to run it.
`,
  },
  {
    id: "uk-free-011",
    setting: "GP tutorial",
    role: "GP trainer",
    text: `
Tutorial with my GP registrar this week was built around a home visit we did together, because I wanted her to see how much of general practice happens outside the consulting room.

The visit was to ⟦NAME|Mr Stanley Whitbread⟧, ⟦AGE|aged 96⟧, who lives alone at ⟦ADDRESS|12 Ferncliffe Terrace, Settle BD24 9HJ⟧. He'd been seen by the out-of-hours service on ⟦DATE|Boxing Day⟧ with a chest infection and given doxycycline. His neighbour had rung the surgery because he hadn't collected his paper.

Things we discussed in the tutorial afterwards:

1. The frailty assessment — his Clinical Frailty Scale was 6, and Lena asked, reasonably, what that actually changes. We talked through anticipatory care planning and the ReSPECT form.
2. Whether he needed admission. His CURB-65 was 2 (age and urea), but admission for a man like this has its own risks. We agreed a plan with the community matron, Sue Holroyd, for a visit the next day.
3. The neighbour. Who is this person, and what does it mean for a ⟦AGE|96-year-old⟧ man that his safety net is the person who notices his newspaper?

Lena has written the case up for her portfolio under "Community orientated medicine". I suggested she anonymise it more than she had; she'd included the street name.
`,
  },
  {
    id: "uk-gibbs-012",
    setting: "bedside teaching",
    role: "consultant neurologist (undergraduate tutor)",
    text: `
Description: Bedside teaching for five fourth-year students in Belfast, neurology block. Three patients had kindly agreed to be examined: a man with Parkinson's disease, a woman with a resolving Bell's palsy, and a young man with Charcot-Marie-Tooth.

Feelings: I enjoy this more than anything else in my week, and I was worried the students were too nervous to enjoy it at all.

Evaluation: The Parkinson's examination went well. Aoife demonstrated cogwheel rigidity with synkinesis and explained why the tremor was asymmetric. The Bell's palsy discussion was weaker: nobody could explain why the forehead is spared in an upper motor neurone lesion, and two students thought prednisolone should be started at any point in the illness rather than within 72 hours.

Analysis: I think I asked "what do you see?" too quickly. When I gave them thirty seconds of silence to just look, they noticed the pes cavus and the inverted champagne bottle legs on their own. Ramani and Hodder write about exactly this in their work on bedside teaching: the student has to be allowed to look before being asked to speak.

Conclusion: Fewer patients, more time, more silence.

Action plan: From next week I'll see two patients per session rather than three, and I'll ask Dr Conor Magee, who runs the neurology clinic, whether his registrars can co-teach so that students get a near-peer explanation as well as mine.
`,
  },
];
