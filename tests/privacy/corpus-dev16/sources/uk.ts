import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland): 12 items. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "prehospital",
    role: "paramedic student",
    text: `
# Long lie, short notice

Third shift of my placement week with the crew out of Halifax station. We were sent to a fall, category 3, which on a Saturday afternoon meant we got there almost four hours after the call. ⟦NAME|Mrs Edna Pilkington⟧, ⟦AGE|94⟧, had gone down between the commode and the bed at about six the previous evening and spent the night on the carpet. She was cold (35.1 °C), dry, and apologising for the state of the kitchen.

My mentor Dave let me lead the assessment. I did the primary survey properly for once, checked her hips before anybody tried to lift her, and found a CK of nothing because we do not carry one, so I said "rhabdo risk" out loud and Dave nodded. Her Message in a Bottle was in the fridge door like it should be: NHS number ⟦ID|${nhs("486 241 807")}⟧, DNACPR discussed but not signed, allergies to penicillin. The address on it was still ⟦ADDRESS|12 Cromwell Terrace, Halifax HX1 3PL⟧, which matched, so at least that bit was reassuring.

## What I learned

- A long lie is a diagnosis in itself. Pressure areas, kidneys, temperature, and why she fell.
- Do not believe "I'm fine, love" from someone who has been on the floor for twenty hours.
- Ask about the carer rota. Hers had been cut to one call a day in August.

We conveyed her, with the Mangar Elk doing the heavy work. I handed over to the ED nurse using ATMIST even though it was not a trauma call, because it kept me organised. Dave said my handover was "too long but right", which I will take.
`,
  },
  {
    id: "uk-what-002",
    setting: "theatres",
    role: "operating department practitioner",
    text: `
**What?**
Elective laparoscopic cholecystectomy list, second case. A 58-year-old man, BMI 41, Mallampati 3, with a history of obstructive sleep apnoea he had been "meaning to get his CPAP sorted" for. The anaesthetist, Dr Olusegun Bakare, planned a standard induction with propofol and rocuronium after a long preoxygenation, head-up. At laryngoscopy it was a Cormack-Lehane grade 3. Second attempt with the videolaryngoscope and a bougie, and the tube went through. Saturations dipped to 86% and came back.

I had the difficult airway trolley open before anybody asked for it, because my mentor Gemma had made me lay out the Difficult Airway Society plan A to D the night before. That felt good. What did not feel good was that I passed the bougie the wrong way round the first time.

**So what?**
The DAS 2015 guideline is not a poster; it is a sequence you rehearse with your hands. I knew it in my head but under pressure my hands were slower than my head. I also realised I do not understand sugammadex dosing well enough to be useful if the anaesthetist had wanted to wake the patient up: 16 mg/kg for immediate reversal, which for this man would have been a lot of vials.

**Now what?**
- Practise bougie handover in the skills lab with Gemma, ten times, until it is boring.
- Read the NAP4 report summary on airway complications in obese patients.
- Learn where every vial of sugammadex is kept across all six theatres, not just ours.
`,
  },
  {
    id: "uk-gibbs-003",
    setting: "labour ward",
    role: "student midwife",
    text: `
**Description.** On the night of ⟦DATE|3 February⟧ I was in ⟦FACILITY_ROOM|Delivery Room 6 on the Jessop Wing⟧ with my mentor, Lorraine, supporting ⟦NAME|Kayleigh Marsh⟧ in her second labour. The head delivered at 02:14 and then did not restitute. Lorraine said "turtling" very calmly and pulled the emergency bell. Within a minute there were six people in the room. McRoberts, suprapubic pressure from the registrar, then delivery of the posterior arm. The baby, ⟦NAME|Ruby⟧, was born at 02:17 with an Apgar of 4 at one minute and 8 at five.

**Feelings.** I froze at the bell. I knew the HELPERR mnemonic and I still could not remember what came after "call for help". My job ended up being the clock and the scribe, which I now understand is a real job.

**Evaluation.** The team worked. The documentation afterwards was the weak point: three people wrote three different head-to-body intervals.

**Analysis.** Shoulder dystocia is rare enough that students may never see one before qualifying. Skills drills (PROMPT) exist for exactly this. I had done one in first year and remembered nothing useful.

**Conclusion.** Being the timekeeper is not a lesser role. Accurate times protect the woman, the baby and the staff.

**Action plan.** Ask to scribe at the next PROMPT day; learn the Rubin II and Woods' screw manoeuvres on the mannequin; write the head-to-body interval on my glove next time if I have to.
`,
  },
  {
    id: "uk-free-004",
    setting: "emergency department",
    role: "emergency medicine consultant",
    text: `
Hot debrief notes, typed up from the whiteboard after a trauma call this evening (shared with the team's permission, nothing here about the patient beyond what any of us would say in teaching).

A young motorcyclist, GCS 7 on arrival, pelvic binder already on from the HEMS team. Massive haemorrhage protocol activated at 19:40, first pack of O negative in by 19:46, TXA 1 g given prehospital. CT by 20:05. We went to theatre inside the hour, which is the bit everyone wanted to celebrate.

We used STOP5:
1. **Summarise** — structured, loud, one voice (Priya Nair led, and she was excellent).
2. **Things that went well** — the runner role. Callum, our charge nurse, ran bloods and blood products without being asked twice.
3. **Opportunities to improve** — nobody was watching the ionised calcium. It was 0.86 by the third unit. We all know the 2021 guidance; we still missed it.
4. **Points to action** — calcium is going on the MHP checklist, top line.
5. **Thanks.**

For the trainees reading this: the thing I want you to take away is not the Glasgow Coma Scale or the FAST scan. It is that the team leader should have hands off, eyes up. I touched the patient twice tonight. That was two times too many.

Next month's sim will be a massive transfusion with deliberately low calcium. Sign up with Hannah.
`,
  },
  {
    id: "uk-comment-005",
    setting: "ward",
    role: "FY2 doctor",
    text: `
Really honest reflection, and the bit about handover at 8am landed with me. One thing though — before this goes on your portfolio you need to take out ⟦NAME|Mr Hollins⟧'s name and ⟦FACILITY_ROOM|bay 4, bed 2⟧. Even first name plus ward is enough for someone on the ward to know who it was. Happy to go through it together on Thursday.
`,
  },
  {
    id: "uk-what-006",
    setting: "pharmacy",
    role: "ward pharmacist",
    text: `
## What happened

On my Monday morning round I found that ⟦NAME|Mr Graham Tolley⟧ on ⟦FACILITY_ROOM|Ward 22 at Leeds General Infirmary⟧ had been given his usual NovoMix 30 at home doses (48 units in the morning) on Saturday and Sunday, despite eating almost nothing since his hip operation. His CBG had been in the 3s twice overnight on Sunday and treated with Lucozade and then glucagon 1 mg IM. Hospital number ⟦ID|RHM4471902⟧, and the Datix went in before lunch.

His daughter had phoned the ward three times over the weekend, and left her mobile (⟦PHONE|07700 900318⟧) at the nurses' station with a note saying "Dad's sugars go low when he doesn't eat". Nobody had connected the note to the chart.

## So what

- The insulin was prescribed correctly for a man who eats; it was never reviewed for a man who does not.
- Weekend cover in our trust has no diabetes specialist nurse.
- Families often know the pattern before we do. The note should have been a trigger.

I have learned more from this than from the two lectures on insulin I had at Bradford. Variable rate insulin and the JBDS guidance make sense once you see the harm of not using them.

## Now what

I have suggested a "not eating" prompt on the electronic chart for anyone on a fixed-dose insulin. Our lead pharmacist, Anjali, is taking it to the medication safety group in June. I have also booked onto the Diabetes UK Think Glucose e-learning.
`,
  },
  {
    id: "uk-free-007",
    setting: "dentistry",
    role: "dental student",
    text: `
First solo inferior alveolar nerve block this week, on a clinic list in the dental hospital with Mr Fenwick supervising. Patient was a nervous 33-year-old who needed a lower left six extracted. I used one cartridge of 2% lidocaine with 1:80,000 adrenaline, aspirated, and went slow. Two minutes later his left eyelid would not close properly and the corner of his mouth drooped.

I thought I had given him a stroke. Mr Fenwick looked for about two seconds and said "transient facial palsy, you've gone too far back into the parotid". It looks exactly like a Bell's palsy and it wears off as the anaesthetic does. We taped the eye shut with a pad, explained it, and rebooked the extraction.

What I took away:

- Anatomy from first year suddenly matters. The facial nerve runs through the parotid, and if the needle is too posterior you anaesthetise it.
- Landmark check before every block: coronoid notch, pterygomandibular raphe, and the depth of the needle.
- Tell the patient what you see, calmly, before they see it in the mirror.

He was kind about it. He said his brother once had a real Bell's palsy and this was "nothing like as scary because you explained it". I need to remember that the explanation is part of the treatment. Next block I will practise on the phantom head first and ask Mr Fenwick to watch my angle.
`,
  },
  {
    id: "uk-free-008",
    setting: "radiography",
    role: "diagnostic radiographer",
    text: `
Near miss, CT department, written up for my IR(ME)R learning log.

Two requests came through within ten minutes of each other for a CT head, both for a ⟦NAME|John Davies⟧. This is Cardiff; there are a lot of John Davieses. The porter brought the first one down and I started the three-point ID check at the scanner door. Name: yes. Date of birth: I read out the one on my request, ⟦DATE|02/11/1947⟧, and he said "that's right, love". Then I found his wristband under his sleeve. It said ⟦DATE|14/06/1941⟧.

I stopped. My colleague Rhian pulled both requests up: the ⟦NAME|John Davies⟧ I had the request for lives at ⟦ADDRESS|CF14 4XW⟧ and was still waiting on the stroke unit; the one on my trolley was the other man, from the medical admissions unit, with a different NHS number, ⟦ID|${nhs("721 930 554")}⟧. The porter had been sent to the wrong bay.

If I had accepted "name and a rough birthday" we would have irradiated the wrong patient and, worse, put a normal scan on the record of a man who might have had a bleed.

Why it nearly happened:
1. Two identical names, two identical requests, one busy Friday.
2. The patient was a little confused and happy to agree to anything.
3. The wristband was under his sleeve and I had not yet looked at it.

What I changed: I now read the wristband before I ask the questions, not after, and I ask the patient to tell me the date rather than confirming one I read out. Rhian is adding a same-name alert to our huddle board.
`,
  },
  {
    id: "uk-comment-009",
    setting: "theatres",
    role: "senior ODP mentor",
    text: `
Aisha, this is a really good reflection and you were more help than you think in that room. The bougie thing happens to everyone once. For your next step, have a look at the DAS extubation guideline as well, because the end of the case is where obese patients get into trouble, not just the start. Let's do the skills lab on Tuesday.
`,
  },
  {
    id: "uk-what-010",
    setting: "general surgery",
    role: "surgical registrar",
    text: `
# M&M: anastomotic leak after anterior resection

**Case summary.** A 67-year-old man had an elective laparoscopic anterior resection for a rectal cancer, with a defunctioning ileostomy declined after a long discussion. Day 3: tachycardic at 112, CRP 214, "a bit bloated". Day 4: CRP 310, lactate 2.8, a surgical review recorded "ileus, continue to observe". Day 5: peritonitic, CT showed free fluid and gas at the anastomosis. Return to theatre, Hartmann's procedure, ITU for four days. He went home on day 19.

**What went wrong.** Not the leak itself; the published leak rate after low anterior resection is somewhere between 5 and 15%. What went wrong was 24 hours of attributing a rising CRP to "expected post-op inflammation". There is good evidence (the Welsh and Dutch studies, and the 2019 NCEPOD report on emergency abdominal surgery) that a CRP above 150 on day 3 should prompt a CT.

**What went well.** Once recognised, the return to theatre happened within two hours. The NELA score was calculated and documented, and the consultant came in.

**Learning points.**
- A day-3 CRP over 150 is a CT, not a conversation.
- Tachycardia is the earliest sign, and it is not pain until proven otherwise.
- Documentation should say what we are worried about, not what we hope.

**Actions.** Our enhanced recovery pathway will include an automatic day-3 CRP review with a named consultant. Mr Ahmed is presenting this at the regional meeting in the spring.
`,
  },
  {
    id: "uk-free-011",
    setting: "intensive care",
    role: "ICU staff nurse",
    text: `
I have been an ICU nurse for six years and this was the first time I looked after a patient from the first hour to organ donation.

⟦NAME|Morag Strachan⟧ came to ⟦FACILITY_ROOM|ICU bed 9 at the Queen Elizabeth University Hospital⟧ after a subarachnoid haemorrhage, a Fisher grade 4 bleed, on ⟦DATE|Hogmanay⟧. Her husband ⟦NAME|Iain⟧ was at the bedside every day. By day four we were doing brainstem death testing, and the specialist nurse for organ donation, Fiona, sat with him for a long time.

What nobody prepared me for was social media. On the fifth day one of our healthcare support workers showed me a fundraiser the family had set up, with photos from the unit — the ventilator, the bed, a nurse's hand (not mine) on ⟦NAME|Morag⟧'s arm. The link was going round the whole of Paisley: ⟦URL|https://www.justgiving.com/crowdfunding/morag-strachan-icu⟧. Her CHI number, ⟦ID|${nhs("030171 412")}⟧, was visible on a label in one of the photos.

I did not know what to do. The family had every right to share their own story, but the label belonged to our records and other patients were in the background. My charge nurse, Stuart, spoke to the family gently, and they cropped the photo within an hour.

Lessons for me: keep labels turned away and screens angled; and know who to call (our Caldicott guardian) before something like this happens, not after. I also learned that grief makes people want to tell the world, and that is not wrong.
`,
  },
  {
    id: "uk-free-012",
    setting: "prehospital",
    role: "newly qualified paramedic",
    text: `
## My learning-needs log, month 3 (NQP)

Writing this on my day off with the kids at nursery, so it might be a bit disjointed.

- **Ketamine for analgesia.** JRCALC 2022 changed some of the wording and I am still not confident about the 0.1–0.2 mg/kg doses versus what HEMS give. Ask Mark (my clinical team leader) for a case review.
- **Hypoglycaemia in people on SGLT2 inhibitors.** Had a call where the BM was 5.8 but the man was clearly unwell. Euglycaemic DKA is a thing. Read the 2023 JBDS update.
- **Abdominal exams in the back of a moving ambulance.** I could not elicit Murphy's sign with any confidence. Practise properly on the next hospital placement.
- **Stroke assessment.** FAST is not enough for posterior circulation. Learn BE-FAST and why vertigo in a 50-year-old is not always "labyrinthitis".
- **Parkinson's medication.** Time critical. I did not know until last week that a missed dose of co-careldopa can make someone unable to swallow within hours.
- **Glasgow Coma Scale.** I keep scoring the motor response too generously. Watch the Teasdale video again.

Things I am proud of this month: my first solo cardiac arrest as lead (ROSC, though he died two days later), and actually taking my breaks.

Things I am not proud of: snapping at a control room dispatcher at 4am. Apologised the next shift.
`,
  },
  {
    id: "uk-free-013",
    setting: "theatres",
    role: "recovery nurse",
    text: `
## SBAR I gave at 16:40 — rewritten for my revalidation reflection

I am putting the SBAR here exactly as I said it on the phone, because my practice supervisor, Bernie, said it was a good example of how to escalate when the surgeon does not want to come back.

**S:** This is Joanne, recovery nurse in ⟦FACILITY_ROOM|Theatre 3 recovery, bay 2⟧. I am calling about ⟦NAME|Mrs Patricia Oyelaran⟧, hospital number ⟦ID|K4471806⟧, who had a laparoscopic hysterectomy with you this afternoon. I am worried she is bleeding.

**B:** She is 52, otherwise well, on no anticoagulants. The operation finished at 15:10. Estimated blood loss in theatre was 200 mL.

**A:** Over the last 40 minutes her heart rate has gone from 78 to 118 and her blood pressure from 128/80 to 92/58. She is pale, clammy, and her abdomen is more distended than at handover. Her shoulder tip pain is new. The HemoCue is 84, down from 131 pre-op. She has had 1 litre of Hartmann's and her BP has not responded.

**R:** I need you to come and see her now, within ten minutes. I have called the anaesthetist, sent a crossmatch for two units and asked the theatre coordinator to keep ⟦FACILITY_ROOM|Theatre 3⟧ open.

## What happened next

The registrar said "probably just pain, give her more morphine". I repeated the R. I said "I am not comfortable; I need you to see her now", which is the CUS language we were taught ("I am Concerned, I am Uncomfortable, this is a Safety issue"). He came within eight minutes and she was back in theatre by 17:15. A bleeding vessel at the vaginal vault. She had two units and went home on day 3.

## What I learned

1. Structure is not a script; it stops you from rambling when you are frightened.
2. The recommendation is the most important part. Say exactly what you want and by when.
3. If you are brushed off, repeat it, and escalate. My ward manager backed me the next morning, which matters.
4. Read the NHS Improvement SBAR guide again, and the Francis report chapter on speaking up.

I was shaking when I put the phone down. That is normal too.
`,
  },
];
