import type { SourceItem } from "../types.ts";
import { nhs } from "../gen.ts";

export const UK: SourceItem[] = [
  { id: "uk-gibbs-001", setting: "night shift", role: "FY1 doctor", text: `
# Night shift reflection: the septic lady in Bay 3

## Description
At about 03:15 I was bleeped to see ⟦NAME|Mrs Adeyemi⟧ in ⟦FACILITY_ROOM|Bay 3, bed 4 on Ward 7B at St Mary's⟧. NEWS2 had gone from 3 to 8 in two hours: BP 90/60, HR 130, temperature 38.9, SpO2 88% on air. I started the sepsis six, took cultures and gave IV piperacillin–tazobactam 4.5 g and a 500 mL bolus of 0.9% saline. Her NHS number (⟦ID|${nhs("943 476 591")}⟧) was on the wrong wristband, which is how I noticed the drug chart had been written up for someone else.

## Feelings
Honestly terrified. It was my third night as an FY1 and the med reg, Dr Okafor, was stuck in resus.

## Evaluation
The escalation worked. The band mismatch was caught but only by luck.

## Analysis
The Surviving Sepsis Campaign and NICE NG51 (2016) both stress time to antibiotics; I managed 40 minutes. Positive patient identification is a system problem, not a personal one.

## Conclusion
I did the right things in roughly the right order.

## Action plan
- Datix the wristband issue (done)
- Ask Sister Wright about a checking routine for nights
` },
  { id: "uk-gibbs-002", setting: "OSCE", role: "medical student", text: `
## Description
Today was my mock OSCE and the station I'd been dreading came up: breaking bad news to a simulated patient whose biopsy showed Hodgkin lymphoma. The actor was brilliant and very tearful. The examiner, Dr Okafor, kept a straight face throughout, which somehow made it worse.

## Feelings
I went blank after the warning shot. I remember saying "I'm afraid the results are not what we hoped" and then nothing for what felt like a minute.

## Evaluation
I used SPIKES, mostly. I checked understanding, but I jumped to treatment (ABVD, radiotherapy) far too early.

## Analysis
Buckman's SPIKES protocol (Baile et al., 2000) is great on paper but silence is hard. Our comms lead, Prof. Iqbal, says silence is the intervention.

## Conclusion
I need to tolerate pauses.

## Action plan
Practise with my housemates twice before the real OSCE in June, and re-watch the Calgary–Cambridge teaching video.

— Hannah, 4th year
` },
  { id: "uk-what-003", setting: "medication error", role: "staff nurse", text: `
**What?**
On ⟦DATE|12/03/2024⟧ I gave ⟦NAME|Mr J.K.⟧ his evening insulin twice. The day team had given the 18:00 dose of Humalog 8 units and signed on paper because the eMAR was down; I gave it again at 18:40 from the electronic chart. His capillary glucose at 22:00 was 2.9 mmol/L. He was symptomatic but alert, GCS 15/15, and responded to 150 mL orange juice and then a biscuit. No lasting harm.

**So what?**
I felt sick. I've been qualified for six years and I always thought this was something that happened to other people. Two parallel records during downtime is exactly the setup described in the NPSA insulin alerts. My manager Claire was supportive and we completed the Datix together.

**Now what?**
- During downtime, one record only — paper — until the system is back.
- I've signed up for the Trust's insulin safety module (https://www.diabetes.org.uk/professionals).
- I'll share this anonymously at our ward safety huddle.
` },
  { id: "uk-free-004", setting: "GP placement", role: "medical student", text: `
Third week of GP placement in a practice just outside Leeds. My GP supervisor, Dr Ellis, let me do asthma reviews on my own today (well, with her listening from the corner).

The thing that struck me was how few people were using their inhalers properly. One man in his forties had been on salbutamol 100 micrograms two puffs PRN for years and was using six to eight puffs a day, which should have triggered a review long ago. Peak flow 62% of predicted. We started him on a MART regimen per the BTS/NICE/SIGN joint guideline (NG245, 2024), and I showed him the technique with a spacer.

I think I used to see "poorly controlled asthma" as a patient problem. Today it felt more like a system that never had the ten minutes to watch someone use an inhaler.

Useful: https://www.nice.org.uk/guidance/ng245 and the Asthma + Lung UK inhaler videos.
` },
  { id: "uk-free-005", setting: "palliative care", role: "FY2 doctor", text: `
I keep thinking about ⟦NAME|Albert⟧. He was a ⟦AGE|94-year-old⟧ retired miner admitted from ⟦LOCATION|Beech House care home in Little Milton⟧ with aspiration pneumonia on top of advanced dementia. His wife, ⟦NAME|Mary⟧, visited every single day on the bus.

We had the ReSPECT conversation on a Thursday afternoon. I'd rehearsed it with my consultant, Dr Patel, but when I sat down Mary just said, "I know, love. He's tired." She had known for weeks. I had prepared for resistance and what I needed was to listen.

He died peacefully on ⟦DATE|3rd March⟧ with a syringe driver of midazolam 10 mg and morphine 10 mg over 24 hours. Mary held his hand and sang to him.

What I take from this: families are often ahead of us. Asking "what do you understand about what's happening?" first would have saved me a lot of anxiety. I'm going to use the Gold Standards Framework prompts next time.
` },
  { id: "uk-comment-006", setting: "palliative care", role: "consultant", text: `
Thank you for writing this so thoughtfully. You're right that families are often ahead of us. One small thing: the syringe driver doses you describe are quite standard starting doses for an opioid-naive frail patient, and it's worth noting that in the reflection because juniors often worry they "caused" the death. They didn't. The Palliative Care Formulary is a good read on this. Well done for sitting with it.
` },
  { id: "uk-gibbs-007", setting: "resuscitation", role: "FY1 doctor", text: `
## Description
My first cardiac arrest as part of the team. A man in his seventies on the cardiology ward went into VF at about 2am. I did compressions for two cycles, then took over the airway with a bag-valve-mask until anaesthetics arrived. He was shocked three times and got adrenaline 1 mg and amiodarone 300 mg after the third shock per the 2021 ALS guidelines. ROSC at 14 minutes.

## Feelings
Adrenaline (mine, not his). Afterwards I shook for about an hour.

## Evaluation
The team leader, our med reg Priya, was calm and gave clear closed-loop instructions. I forgot to say "I'm charging" once and the ODP called it out, rightly.

## Analysis
Human factors teaching (Flin et al., 2008) was suddenly real. A good leader stepping back from the hands-on tasks makes a huge difference.

## Conclusion
I was useful. That is enough for a first arrest.

## Action plan
Book the ILS refresher, and ask for a hot debrief after every arrest — we didn't have one tonight.
` },
  { id: "uk-what-008", setting: "obstetrics", role: "midwife", text: `
### What?
Postpartum haemorrhage on the labour ward, about 1,400 mL estimated blood loss after a forceps delivery. The woman, ⟦NAME|Chloe⟧, was 24 and it was her first baby. We did the PPH drill: syntocinon infusion, ergometrine, carboprost 250 micrograms IM, tranexamic acid 1 g. Baby had Apgars of 9 and 10.

### So what?
Chloe asked me afterwards to text her partner because her phone had died, and I did it from the ward phone — and then, stupidly, I wrote his number, ⟦PHONE|07700 900461⟧, on my handover sheet, which I took home in my pocket. I found it in the wash the next day.

### Now what?
The clinical care was good and the drill worked the way the RCOG Green-top Guideline 52 says it should. But my handover sheet habits are not good. From now on the sheet stays in the confidential waste bin at the end of the shift. Our matron, Sister Wright, has agreed to put a reminder on the board.
` },
  { id: "uk-free-009", setting: "psychiatry", role: "CT1 psychiatry", text: `
Reflection — boundaries and social media

A young man I'd been seeing in the early intervention service sent me a follow request last week. His account is ⟦OTHER|@dan_the_drummer_leeds⟧ and his profile (⟦URL|https://www.instagram.com/dan_the_drummer_leeds⟧) is full of posts about his voices and his meds. I noticed my curiosity and I also noticed that I really wanted to look.

I didn't accept. I talked to my educational supervisor, Dr Adebayo, who pointed me to the GMC guidance on doctors' use of social media (2013, updated 2024). We discussed how to raise it at his next appointment without it sounding like rejection.

When I did, ⟦NAME|Dan⟧ laughed and said he sends requests to "everyone, even the postman". It was a non-event for him and a big thing for me. I think I'm learning that the emotional weight of a boundary is often on the clinician's side.
` },
  { id: "uk-free-010", setting: "ward round", role: "FY1 doctor", text: `
Care of the elderly ward round with Dr Harrington today. Eighteen patients, most in their eighties and one lady in her nineties who was sharper than any of us.

A few things I want to remember:

1. Clinical Frailty Scale matters more than age. A CFS of 6 changes the conversation more than being 84 does.
2. We stopped 4 medicines for one man — amlodipine 10 mg, doxazosin 4 mg, a PPI with no indication, and his nightly zopiclone. He'd had three falls. STOPP/START criteria (O'Mahony et al., 2015) were useful.
3. eGFR 45 with a K+ of 5.9 in someone on ramipril and spironolactone: hold both, repeat U&Es in the morning, ECG now.
4. Hb 92 g/L in someone with a normal MCV — ask about bleeding, check ferritin and B12 anyway.

Dr Harrington said "the best prescription on a COTE ward is often a rubber". I liked that.
` },
  { id: "uk-gibbs-011", setting: "emergency department", role: "ED registrar", text: `
## Description
Busy Saturday in ED. A man came in after a fall from a ladder: GCS 14/15, bruising behind the ear (Battle's sign), clear fluid from the nose. CT head showed a basal skull fracture. While I was examining him his daughter, ⟦NAME|Sophie Turner-Hale⟧, kept calling him "Dad" and telling me he was ⟦AGE|91⟧ "but fit as a fiddle". She gave me her number in case we needed to reach her: ⟦PHONE|020 7946 0321⟧.

## Feelings
Impressed by him, and slightly anxious about anticoagulation — he was on apixaban 5 mg BD.

## Evaluation
We reversed nothing (apixaban reversal wasn't indicated on the scan) and admitted under neurosurgery. I think I could have documented the anticoagulant timing better.

## Analysis
The NICE head injury guideline (NG232, 2023) is clear on CT within an hour for anticoagulated patients, which we met.

## Action plan
Document last anticoagulant dose time in every head injury clerking.
` },
  { id: "uk-comment-012", setting: "emergency department", role: "medical student", text: `
This is so useful, thank you. I had never heard of Battle's sign outside of a textbook and I didn't realise how quickly you have to move with apixaban. We had a similar case on my ED week in Bristol but the patient was on warfarin and INR was 3.4, so they gave vitamin K and Beriplex. Do you know if the NICE timing applies the same way for DOACs?
` },
  { id: "uk-what-013", setting: "paediatrics", role: "paediatric nurse", text: `
What?
A toddler on our ward, ⟦NAME|Lily-Mae⟧, had a prolonged febrile seizure on ⟦DATE|14 February 2024⟧ — about seven minutes before buccal midazolam 2.5 mg worked. Her mum, ⟦NAME|Kerry⟧, screamed for help and I was the first one in.

So what?
I froze for maybe five seconds, which felt like forever. Then the training kicked in: time it, recovery position, oxygen, call for help, midazolam. The registrar, Dr Kowalski, arrived just as it stopped. Afterwards Kerry said she thought Lily-Mae was dying. Febrile seizures are so common (2–5% of children) that we can forget how terrifying they are for parents.

Now what?
I want to get better at the conversation afterwards. I've found the NICE CKS page on febrile seizures and the leaflet from Epilepsy Action, and I'll ask our play specialist to help me find words that don't sound like a textbook.
` },
  { id: "uk-free-014", setting: "surgery", role: "core surgical trainee", text: `
Short one. Theatre list today with Mr Whitfield (colorectal). Right hemicolectomy for a caecal adenocarcinoma, then a laparoscopic cholecystectomy that turned into a very difficult Calot's triangle.

I was allowed to close the first case. My knots were slow and Mr Whitfield counted them out loud, which was mortifying but probably deserved.

What I learned:
- Critical view of safety before clipping anything, always. (Strasberg, 1995, still holds.)
- Enhanced recovery matters — the first patient was sitting out at 6 hours post-op.
- Ask for the bailout early; a subtotal cholecystectomy is not a failure.

Next: 20 minutes a day on the knot-tying board until the Royal College course in October.
` },
  { id: "uk-gibbs-015", setting: "ward round", role: "FY2 doctor", text: `
## Description
On the respiratory ward round, our consultant asked me to present the patient in ⟦FACILITY_ROOM|side room 2 on Ward 22, Leeds General⟧. ⟦NAME|Mr Kowalczyk⟧ (hospital number ⟦ID|K4418273⟧) had an exacerbation of COPD and his gas showed pH 7.29, pCO2 8.1 kPa. We started NIV.

## Feelings
I presented well, I think, but when his son asked me outright if his dad was going to die, I deflected.

## Evaluation and analysis
Mr Kowalczyk had been admitted five times this year. The BTS NIV guidance (2016) suggests ceilings of care are agreed before NIV starts, and we hadn't done that. I avoided the hard question because nobody had set the frame.

## Action plan
Ask for a ceiling-of-care discussion on every NIV start. Ask Dr Mensah to supervise my next one.
` },
  { id: "uk-free-016", setting: "near miss", role: "pharmacist", text: `
Near miss of the week, shared with permission of our team.

An electronic prescription for methotrexate 10 mg once DAILY rather than once WEEKLY landed on my screen on the AMU. The patient was a woman in her sixties with rheumatoid arthritis, previously on 10 mg weekly on Mondays with folic acid 5 mg on another day. The prescriber had picked the wrong default from the drop-down.

I called the FY1, who was lovely about it, and we amended it. But we've had two of these since January. The MHRA drug safety update and the NPSA alert on oral methotrexate have existed for years and still the software allows "daily" as the first option.

Action: I've raised it with our EPMA lead (Tom, one of our senior pharmacists) to remove daily as a selectable frequency. I'll also teach it at the FY1 induction in August.
` },
  { id: "uk-comment-017", setting: "near miss", role: "FY1 doctor", text: `
As an FY1 who has definitely clicked the wrong default before: thank you for how you handled it. Being called by pharmacy is never nice but a pharmacist who explains is worth their weight in gold. Removing the option entirely seems like the only real fix — human vigilance at 7pm on a Friday just isn't a barrier.
` },
  { id: "uk-what-018", setting: "breaking bad news", role: "medical student", text: `
**What happened**
On my oncology placement I sat in while Dr Chaudhry told ⟦NAME|Mrs Brennan⟧ that her scan showed metastases in her liver. Her husband ⟦NAME|Patrick⟧ asked if it was "the same as before" (she'd had breast cancer in 2019). It was.

**So what**
What struck me was how Dr Chaudhry paused. She said the sentence and then said nothing for what must have been 30 seconds. Mrs Brennan cried, and Patrick held her hand, and then she asked about her daughter's wedding in the summer.

**Now what**
I think I would have filled the silence. I'm going to watch for it in every consultation for the rest of the block. I'll also read the NICE guidance on advanced breast cancer (CG81), because I didn't understand half the treatment plan.
` },
  { id: "uk-free-019", setting: "ICU", role: "ICU nurse", text: `
Twelve-hour night in ICU. Our patient was a young man with severe ARDS after influenza A, proned for the second night. FiO2 0.8, PEEP 14, P/F ratio 11 kPa. Noradrenaline at 0.3 mcg/kg/min.

Proning is a team sport: five of us, the anaesthetist at the head, and a lot of counting out loud. We checked pressure areas at 02:00 and 06:00.

I spent the quiet hours reading the FICM/ICS guidance on prone positioning and thinking about his family, who'd been told he might not survive. His mum rang at 04:30 and I could only say "he's stable tonight".

I've been an ICU nurse for three years and I'm only now realising how much of my job is holding uncertainty for other people. I want to talk about this at our next staff wellbeing session (Schwartz Rounds, run by our psychologist Anna).
` },
  { id: "uk-gibbs-020", setting: "GP placement", role: "GP trainee", text: `
## Description
Telephone consultation: a mum worried her 8-month-old had a rash. I asked for a photo and she emailed it to the practice inbox from ⟦EMAIL|jade.whitlock92@gmail.com⟧. The baby, ⟦NAME|Archie⟧, had a non-blanching rash on the photo. I asked her to bring him straight in and called 999 when they arrived — he was pale and floppy, temp 39.4.

## Feelings
Cold fear. Then relief when the paramedics arrived in 8 minutes.

## Evaluation
Good: I didn't rely on the photo; the glass test can't be done over a screen. Bad: I didn't give IM benzylpenicillin before transfer because I couldn't find it in the doctor's bag. It was there, in a different pouch.

## Analysis
NICE NG240 (2024) on bacterial meningitis recommends pre-hospital benzylpenicillin 300 mg IM for infants. I should have known exactly where it lived.

## Action plan
Check the emergency bag myself on every session start. Teach this at our practice meeting.
` },
  { id: "uk-free-021", setting: "obstetrics", role: "medical student", text: `
My first delivery as a student! I wasn't delivering, obviously — I was holding a leg and trying not to cry. The midwife, Joanne, was incredible. The mum had been pushing for two hours, and when the baby came out he was blue and floppy for what felt like ages, then screamed. Apgar 7 at one minute, 9 at five.

Things I learned:
- Delayed cord clamping for at least 60 seconds in a well baby (Resuscitation Council UK NLS guidelines 2021).
- Physiological third stage vs active management — this mum chose active, so oxytocin 10 units IM.
- How much a midwife does with her voice.

I'm on the labour ward for two more weeks and I can't wait.
` },
  { id: "uk-what-022", setting: "safeguarding", role: "school nurse", text: `
What?
A Year 9 girl disclosed at drop-in that her stepdad hits her mum. I followed our safeguarding procedure and referred to children's social care the same day.

So what?
What I need to reflect on is what I wrote. In my email to the designated safeguarding lead I put her full name, ⟦NAME|Keira Louise Danby⟧, her date of birth ⟦DATE|04/09/2010⟧, and their home address, ⟦ADDRESS|27 Marsh Lane, Hull HU9 2QT⟧, in the subject line. The subject line goes everywhere — notifications, previews, searches.

Now what?
Our named nurse for safeguarding, Bernie, said it's a really common mistake. Identifiers go in the body, ideally through the secure referral form, never in a subject line. I've changed my email template and I'll mention it at the next school nurse team meeting.
` },
  { id: "uk-free-023", setting: "night shift", role: "healthcare assistant", text: `
Nights again. Nobody warns you how the 4am slump feels. I did the obs round at 02:00 and 04:00 and at 04:00 I noticed a lady's resps had gone up to 26, sats 91% on 2 L. Her NEWS2 was 6. I told the nurse in charge and the FY1 came within 20 minutes. Turned out to be a PE — she got a CTPA later that morning and was started on treatment-dose enoxaparin.

I'm proud of myself for speaking up even though I wasn't sure. The nurse in charge, Grace, said "that's exactly why we do obs". I'm going to apply for my nursing associate course this September.
` },
  { id: "uk-gibbs-024", setting: "medication error", role: "FY1 doctor", text: `
## Description
I prescribed gentamicin for a lady with pyelonephritis on ⟦DATE|Tuesday 9 April⟧ using her booking weight, not her actual weight. The trough level came back at 2.4 mg/L. Her details for the pharmacy query were ⟦NAME|Mrs Eileen Farraday⟧, MRN ⟦ID|RX0917745⟧, ⟦FACILITY_ROOM|bed 12, Ward 4, Royal Derby⟧.

## Feelings
Embarrassed, and scared I had damaged her kidneys. Her creatinine stayed at baseline, thankfully.

## Evaluation
The Hartford nomogram is only as good as the weight you put into it.

## Analysis
We weigh on admission but it lives in a different tab from the drug chart. Our pharmacist Ahmed said he sees this every month.

## Action plan
- Weigh the patient myself before any weight-based drug
- Ask IT if the weight can be displayed on the prescribing screen
` },
  { id: "uk-comment-025", setting: "medication error", role: "clinical pharmacist", text: `
Thanks for sharing this — it takes guts. We see weight errors with gentamicin, enoxaparin and paracetamol IV in low-weight adults all the time. One practical tip: if the weight hasn't been measured in the last 24 hours, treat it as unknown. The BNF dosing calculator is great, but garbage in, garbage out.
` },
  { id: "uk-free-026", setting: "physiotherapy", role: "physiotherapist", text: `
Physio reflection — stroke rehab

I've been working with ⟦NAME|Mr Obi⟧ for three weeks on the stroke unit. He was a ⟦OTHER|bus driver on the number 42 route through Moss Side for 31 years⟧ and every passenger seemed to know him — the ward has had visitors from his route every day.

He has a left hemiparesis and neglect. Progress has been slow: Berg Balance 18/56 to 29/56. But today he walked 10 metres with a quad stick and me on his left. He cried, I nearly cried.

I'm reflecting on motivation. The goal we set together (walking to the ward door to greet his passengers) worked far better than anything on the Barthel index. Goal-setting theory (Levack et al., 2015) says this; seeing it is different.

Next: discuss with the OT, Rachel, about home access visits.
` },
  { id: "uk-free-027", setting: "psychiatry", role: "mental health nurse", text: `
An evening on the acute psychiatric ward. A man in his thirties with bipolar affective disorder, currently manic, was detained under Section 2 of the Mental Health Act. He'd been awake for three days, pressured speech, grandiose ideas about winning the lottery.

He refused olanzapine and we talked for nearly an hour instead. De-escalation worked this time. He eventually took lorazepam 1 mg orally and slept.

What I keep coming back to is how much of our power is invisible to us and so visible to the people we detain. The Mental Health Act Code of Practice (2015) talks about least restrictive options. Tonight, time and patience were the least restrictive option.

Supervision with my clinical lead, Femi, next week.
` },
  { id: "uk-what-028", setting: "GP placement", role: "medical student", text: `
What?
At my GP placement the receptionist asked me to help with the overflow of repeat prescription requests. One request came through the practice website with ⟦NAME|Mr Derek Hollis⟧'s date of birth (⟦DATE|17 June 1948⟧) and his NHS number ⟦ID|${nhs("485 777 322")}⟧ in the free-text field, plus a note saying "please leave at the Boots on ⟦LOCATION|Chapel Street in Haworth⟧".

So what?
It made me realise how much patient data flows through informal channels. I copied the details into my notebook without thinking, to show my supervisor. That notebook leaves the building.

Now what?
Tore out the page and shredded it. I'll discuss with Dr Lindqvist how students should log learning points without identifiers — I think "a man in his seventies with a repeat request" would have been enough.
` },
  { id: "uk-free-029", setting: "ICU", role: "FY2 doctor", text: `
ICU rotation, week 6. I'm reflecting on delirium. We screen every patient with CAM-ICU twice a day and about a third are positive. Today a lady recovering from a perforated diverticulitis pulled out her arterial line and tried to climb out of bed, shouting that we were poisoning her.

We avoided benzodiazepines (they make delirium worse), used haloperidol 0.5 mg IV once, got her glasses and hearing aids on, opened the blinds, and her husband sat with her.

PADIS guidelines (Devlin et al., 2018) were the basis for our unit protocol. I find I'm now much more interested in sleep, light and noise than in sedation scores. Our consultant Dr Fitzgerald says this is the sign of a good ICU doctor.
` },
  { id: "uk-gibbs-030", setting: "breaking bad news", role: "FY1 doctor", text: `
## Description
I was asked to call a patient's son to tell him his father had died overnight. The nurse had written the son's mobile, ⟦PHONE|07700 900872⟧, and his name, ⟦NAME|Gareth Pryce⟧, on the back of a blood form that was left at the nursing station. His father, ⟦NAME|Mr Pryce⟧, was ⟦AGE|aged 96⟧ and died at 05:40 on ⟦DATE|22 November⟧.

## Feelings
I'd never told anyone about a death over the phone. I rehearsed the first sentence six times.

## Evaluation
It went as well as it could. Gareth was expecting it. But the blood form with his number was still sitting at the station when I left at 9.

## Analysis & conclusion
The bereavement part I'm proud of. The information governance part I'm not.

## Action plan
Any scrap of paper with contact details goes in the confidential bin before I leave the station.
` },
  { id: "uk-free-031", setting: "OSCE", role: "medical student", text: `
Finals OSCE done!! 16 stations in 3 hours and I'm shattered.

Stations I remember: cranial nerve exam (the patient had a Bell's palsy — real one, I think), a cardiovascular exam with a mechanical mitral valve (the click!), a prescribing station with amoxicillin 500 mg TDS vs clarithromycin for a penicillin-allergic patient, a data interpretation station with a K+ of 6.7 and peaked T waves, and explaining warfarin to an actor.

I messed up the Murphy's sign in the abdominal station. I did it but the examiner asked me what it meant if it was positive in an elderly patient and I said something nonsensical about pancreatitis.

Huge thanks to Dr Saunders and everyone at the peer teaching group. Results on 14 July.
` },
  { id: "uk-what-032", setting: "surgery", role: "theatre nurse", text: `
WHAT — A WHO Surgical Safety Checklist was done for a left knee arthroscopy, but the site mark was on the right. The surgeon, Mr Lyle, spotted it during the time-out because the consent form said left. The patient, a man in his fifties, had been marked by a locum in the admissions unit.

SO WHAT — The checklist did its job. But it was only caught because one person read one word aloud. I was the scrub nurse and I didn't check the mark against the consent myself. I'd assumed the ward had.

NOW WHAT — I'll check the mark against the consent and the list myself every time, not assume. We did a learning review and the NatSSIPs 2 standards (2023) were shared at our department meeting. Never Events are called that for a reason.
` },
  { id: "uk-free-033", setting: "palliative care", role: "district nurse", text: `
District nursing reflection.

I visited ⟦NAME|Joan⟧ at home for the last time this morning. She lived at ⟦ADDRESS|Flat 3, 14 Wellington Road, Sheffield S10 2UP⟧ with her cat and a view of the park she'd walked in for sixty years. She was ⟦AGE|93⟧.

Her son ⟦NAME|Colin⟧ had flown back from Australia. She had her anticipatory medicines (morphine, midazolam, levomepromazine, glycopyrronium) in the house since last week and the syringe driver went up yesterday.

I'm reflecting on how much of good end-of-life care at home is about the unglamorous bits — a commode in the right place, the night sitter turning up, the GP answering the phone. My team lead, Sam, calls it "plumbing and love".
` },
  { id: "uk-comment-034", setting: "palliative care", role: "nursing student", text: `
"Plumbing and love" — I'm stealing that. I'm a second-year nursing student on my community placement and I've seen exactly what you describe: one missing commode turned a good death into a very stressful night for a family. Thank you for writing this.
` },
  { id: "uk-gibbs-035", setting: "emergency department", role: "ED nurse", text: `
## Description
Triage at 19:30. A man with chest pain, sweaty, grey. ECG showed ST elevation in V1–V4. Activated the primary PCI pathway and he went to the cath lab within 35 minutes.

## Feelings
Focused. It's the one pathway where everything just works.

## Evaluation
Door-to-balloon was excellent. What didn't go well was the waiting room: three people who had waited four hours watched him jump the queue and one became verbally aggressive.

## Analysis
Triage is invisible to the people waiting. The Manchester Triage System makes sense to us but not to anyone else.

## Conclusion
Explaining the process to the waiting room is part of triage.

## Action plan
Suggest an information screen. Talk to our ED matron, Lorraine, about how other departments do this.
` },
  { id: "uk-free-036", setting: "paediatrics", role: "ST3 paediatrics", text: `
Neonatal reflection — I resuscitated a term baby boy born by emergency section on ⟦DATE|2024-01-27⟧ for fetal bradycardia at ⟦FACILITY_ROOM|Theatre 2, Jessop Wing⟧. Mum ⟦NAME|Aisha Rahman⟧ was under general anaesthetic.

He needed five inflation breaths and 30 seconds of ventilation breaths before his heart rate came up above 100. Apgar 3 at one minute, 8 at ten minutes. Cord gas pH 7.05.

My consultant, Dr Nwosu, talked me through the NLS algorithm as if I was on my own. I wasn't. It still felt like I was.

Reflecting on: speaking the algorithm aloud, and the moment I told Dad the baby was breathing. I'd like to do more simulation on the neonatal manikin before my next nights.
` },
  { id: "uk-what-037", setting: "pharmacy", role: "community pharmacist", text: `
What? A man came into the pharmacy with a prescription for co-codamol 30/500 and asked for extra over the counter. He'd been in three times this week. I refused and asked if he was OK; he told me he'd been self-managing back pain for months and couldn't get a GP appointment.

So what? I felt the tension between policing and caring. The Pharmacy Quality Scheme pushes us to intervene on opioids, and I also know we're often the only healthcare professional someone sees that week.

Now what? I've done the CPPE opioid module and I'll make a note in our PMR and refer to his GP with his consent. I want to learn more about the local pain service — our locality lead, Nadia, is running a session in Leicester next month.
` },
  { id: "uk-free-038", setting: "night shift", role: "FY1 doctor", text: `
Bleeped about a chest drain on the surgical ward at midnight. The patient's wife had posted about him on Facebook — the nurse showed me: a public post with a photo of him in bed and the text "please pray for my husband ⟦NAME|Stuart McAllister⟧, ⟦FACILITY_ROOM|bed 6 in the surgical HDU at Ninewells⟧" and a link to a fundraiser, ⟦URL|https://www.gofundme.com/f/help-stuart-mcallister-recover⟧.

I'm not sure what I'm reflecting on exactly. Maybe that patients and families share far more than we ever would, and that it doesn't change our duty at all. I didn't comment, didn't like, closed the phone.

The drain was fine, by the way — swinging and bubbling, just kinked under him.
` },
  { id: "uk-free-039", setting: "GP placement", role: "GP", text: `
Teaching reflection as a GP trainer.

Our ST2 registrar, Dr Rehman, consulted today with a 58-year-old man with new atrial fibrillation. She did everything right clinically — CHA2DS2-VASc 2, ORBIT 1, started edoxaban 60 mg OD — but she spent 11 of her 12 minutes typing.

In debrief we talked about the RCGP consultation observation tool and about "chunking" documentation. I used to do the same thing. I showed her how I keep a scrap of paper with three words on it and write the notes after the patient leaves.

I need to remember that a registrar copies what I do more than what I say. I'll video my own consultation (with consent) for our next tutorial.
` },
  { id: "uk-what-040", setting: "midwifery", role: "community midwife", text: `
What
I do a lot of postnatal home visits in a small rural patch. On one visit the mum, ⟦NAME|Rhiannon⟧, told me she had nobody: partner working offshore, family in Cardiff. She mentioned she's ⟦OTHER|the only midwife-trained sheep farmer in Llanfihangel-y-Creuddyn⟧, which made us both laugh.

So what
Her Edinburgh Postnatal Depression Scale score was 14. She hadn't slept more than two hours in a row for three weeks.

Now what
I referred to the perinatal mental health team, arranged an extra visit, and linked her with a local parents' group. I want to be more deliberate about asking the Whooley questions at every contact, not only at booking, as NICE CG192 recommends.
` },
  { id: "uk-free-041", setting: "surgery", role: "medical student", text: `
Week 2 of surgery. I scrubbed for a Whipple's procedure (pancreaticoduodenectomy) — 7 hours! I was mostly holding a retractor and trying not to faint. Mr Achterberg talked through the anatomy the whole time: SMV, portal vein, gastroduodenal artery.

The anaesthetist, Dr Moyo, let me look at the arterial line trace and explained pulse pressure variation. That was honestly the best teaching of the week.

Reflection: I thought I wanted to be a surgeon. After 7 hours, I still do, but I'm aware of how physically demanding it is. Need better shoes.
` },
  { id: "uk-gibbs-042", setting: "ward round", role: "FY1 doctor", text: `
## Description
On ⟦DATE|Monday 5th August⟧ I discharged ⟦NAME|Mr Harold Finch⟧, who lives at ⟦ADDRESS|9 Orchard Close, Taunton TA1 4PL⟧, without his new furosemide dose on the TTO. His community nurse rang us the next day after he'd gained 2 kg.

## Feelings
Guilty, and then defensive (it was 17:00, I had eight discharges).

## Evaluation
Medicines reconciliation on discharge is a known weak point; the NICE NG5 guidance is clear that it should happen at every transfer.

## Analysis
I wrote the TTO from the morning drug chart; the dose had been changed on the afternoon ward round.

## Conclusion and action plan
Re-check the drug chart immediately before signing a TTO, not earlier in the day. Our ward pharmacist, Lucy, has offered to do a session on this for the FY1s.
` },
  { id: "uk-free-043", setting: "resuscitation", role: "resuscitation officer", text: `
Resus officer reflection: in-situ simulation on the maternity unit.

We ran a maternal collapse scenario (amniotic fluid embolism) with the real team on a real shift. Perimortem caesarean section decision at 4 minutes, as the 2021 Resuscitation Council guidelines suggest. Left lateral uterine displacement was forgotten for the first two cycles.

What I'm proud of: the psychological safety in the debrief. The obstetric registrar, Emma, said "I didn't know where the PMCS kit was", and nobody laughed.

What I'll change: do this quarterly, not annually. The kit is now in a red bag on the resus trolley.
` },
  { id: "uk-comment-044", setting: "resuscitation", role: "obstetric registrar", text: `
I was in that sim, and I can confirm it felt safe to admit I didn't know where the kit was. Our unit has since done a "find the kit" walk-round for every new starter. I'd love to see the scenario shared with other units — is it possible to put it on the regional simulation network page?
` },
];
