import { medicare } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Australia: 9 items, 4 with identifiers, 2 comments. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "medical admissions",
    role: "medical registrar",
    text: `Admissions reg on a Saturday take, and one admission I want to reflect on properly.

⟦NAME|Mr Graham Petrovic⟧, Medicare ⟦ID|${medicare("2953 1847", 1)}⟧, came up from ED to ⟦FACILITY_ROOM|4B bed 22 at the Royal Melbourne⟧ at 18:30 with "?fall ?UTI". On the Sunday morning his wife, ⟦NAME|Lorraine⟧, rang the ward from ⟦PHONE|0491 570 158⟧ to say he'd been "a bit off" for a week and had been drinking more than usual since their son moved interstate. His CIWA-Ar was 18 by midnight. He was withdrawing.

Nobody had asked about alcohol in ED, or on the ward, including me. I'd looked at his MCV of 104 and his GGT and thought "interesting" and moved on.

We started diazepam per protocol and thiamine 300 mg IV TDS (Wernicke's prophylaxis, before any glucose). He didn't seize. He did become frightened and disinhibited on day two, and Lorraine was upset that nobody had warned her.

Learning points for me:
- Take a proper alcohol history on every admission, using the AUDIT-C, even in a tidy retired accountant.
- Macrocytosis is a clue, not trivia.
- Tell families early what withdrawal may look like.

My consultant, Dr Sarah Nguyen, suggested I present it at the registrar teaching on Wednesday.`,
  },
  {
    id: "au-what-002",
    setting: "deteriorating patient",
    role: "medical registrar",
    text: `What? MET call at 03:40 on the respiratory ward: a 71-year-old woman with COPD, RR 32, SpO2 84% on 2 L, GCS 13, drowsy. The ADDS score had been in the yellow zone for six hours. The nurse, Kylie, had escalated twice to the resident, who was in ED.

So what? ABG showed pH 7.21, pCO2 78. Type 2 respiratory failure, probably from over-oxygenation earlier on 6 L through nasal prongs, then an infective exacerbation. We started BiPAP and brought her oxygen target down to 88-92% (the Thoracic Society of Australia and New Zealand guideline is clear about that).

What worried me more was the six hours. Our MET criteria are good. Our "yellow zone" response depends on a resident being free, and at night there is one resident for about 150 patients. Kylie did everything right and still waited.

Now what? I raised it at the deteriorating patient committee with Dr Mahmoud, our ICU liaison consultant. We're piloting a night-time clinical review nurse for yellow-zone calls. I've also added "what is their target saturation?" to my own post-take ward round checklist, because nobody had written one.`,
  },
  {
    id: "au-free-003",
    setting: "remote discharge planning",
    role: "advanced trainee (general medicine)",
    text: `Discharge planning from a regional hospital for a patient going back to a remote community is a different job from discharge in the city.

⟦NAME|Mr Jimmy Tjapaltjarri⟧ had been with us for three weeks with endocarditis and a new mechanical-sounding murmur, and he was ready for the next stage of IV antibiotics. He wanted to go home to ⟦LOCATION|Ngarrku Creek outstation⟧, four hours' drive on dirt from the nearest clinic. He said he would rather die on country than stay in a ward with no sky.

The Aboriginal Liaison Officer, Aunty Margaret, and the remote area nurse at the clinic, Dev, made the plan possible. We switched to an oral regimen after discussion with ID (based on the POET trial), arranged for the clinic to do his bloods weekly, and sent him with a flight back by the Royal Flying Doctor Service booked for ⟦DATE|Tuesday 4 March⟧ for his echo.

He flew home. He came back for the echo. Dev texts the team fortnightly.

I learned that "safe discharge" means safe by his measure too, and that the people who know how to make it safe are often not doctors.`,
  },
  {
    id: "au-free-004",
    setting: "night shift",
    role: "night medical registrar",
    text: `A night as the medical registrar in a regional base hospital, about 300 beds, one reg for medicine after 22:00, three residents, a nurse manager, and the ICU consultant at home.

22:00 Handover. Three watchers: a man with an upper GI bleed and a Glasgow-Blatchford score of 12, a woman with a pulmonary embolism on a heparin infusion, and a 58-year-old with pneumonia whose lactate was 3.1.

23:15 Code blue on the cardiology ward. VF arrest, shocked twice, ROSC after six minutes. Cath lab team called in from home. I stood at the foot of the bed running it and realised halfway through that I had not eaten since midday.

01:00 The GI bleed had a haematemesis of about 400 mL. Two large-bore cannulas, group and hold, crossmatch four units, IV pantoprazole, terlipressin because he has known varices. The gastroenterologist came in at 02:30 and banded him. I was very glad to see her.

02:45 The pharmacist on call, Jess, rang me back about the heparin infusion: APTT 140, well above range. She had already worked out the new rate. I love on-call pharmacists.

04:00 A resident, Tom, called to ask whether a man with dementia and a hip fracture should have haloperidol for agitation. We talked it through: pain first (he hadn't had paracetamol since 18:00), a full bladder (he had 900 mL on bladder scan), and then an orientation approach. No haloperidol. Tom said he'd never been taught to scan a bladder before antipsychotics. He has now.

05:30 A family meeting, at their request, for a woman with metastatic breast cancer whose goals-of-care form said "for full resuscitation". Her husband and daughter both said she had told them she didn't want that. She was awake and clear and said "no more machines". We changed the form together. It took forty minutes and it was the best thing I did all night.

07:30 Handover. Tired. The code blue patient was extubated by lunchtime, I found out later.

Looking back, the clinical work was mostly protocols I know. The hard and important parts were the 05:30 conversation, and teaching Tom about the bladder. I want to be a registrar who leaves residents more confident than she found them. I also need to eat at 20:00, every night shift, no excuses.`,
  },
  {
    id: "au-comment-005",
    setting: "night shift",
    role: "consultant physician (mentor comment)",
    text: `Great reflection. The 05:30 conversation is exactly what a senior registrar should be doing, and I'm glad you took the time rather than leaving it for the day team. Small suggestion: document the patient's own words in the goals-of-care note, not just the decision. And yes, eat. We'll talk about the night workload at your mid-term review.`,
  },
  {
    id: "au-gibbs-006",
    setting: "falls",
    role: "resident medical officer",
    text: `Description: ⟦NAME|Mrs Beryl Hocking⟧, a ⟦AGE|91-year-old⟧ widow from Ballarat, fell in the bathroom of ⟦FACILITY_ROOM|Ward 3 South, room 12⟧ at 02:10 on ⟦DATE|19 July⟧, two days after admission for cellulitis. She had a laceration to her forehead and a small subdural on CT. I was the covering RMO.

Feelings: Guilty, even though I had not been on the ward when she fell.

Evaluation: Her falls risk had been documented as high. A sensor mat was ordered and not placed. She had been given temazepam at 22:00 for sleep.

Analysis: Her niece, ⟦NAME|Janine⟧, emailed the nurse unit manager the next day from ⟦EMAIL|janine.hocking.ballarat@outlook.com⟧, asking three things: why her aunt was given a sleeping tablet, why she was allowed to walk alone, and why no one had called her till 08:00. Those are fair questions. Open disclosure under the Australian Open Disclosure Framework began that day, and I was part of the meeting.

Conclusion: Night-time sedation in frail older people is rarely worth it.

Action plan: I no longer prescribe PRN temazepam for over-75s without discussing it with the registrar. Call families about falls at the time, not in the morning.`,
  },
  {
    id: "au-comment-007",
    setting: "falls",
    role: "nurse unit manager (peer comment)",
    text: `Thanks for writing this up so openly. For the record, ⟦NAME|Mrs Hocking⟧ went home to her unit with her niece on ⟦DATE|2 August⟧, and the subdural didn't need surgery. We now place the sensor mat within an hour of the order and we've added a nightly check to the bed-board huddle. Your point about the temazepam has gone to the drug committee.`,
  },
  {
    id: "au-free-008",
    setting: "handover",
    role: "resident medical officer",
    text: `Handover tips I wish I'd known as an intern, from a second-year RMO who has done a lot of after-hours cover in Queensland hospitals. No patients, just lessons.

- Use ISBAR when you call the reg. Identify yourself, situation in one line, background in two, assessment, and what you need. "I'm worried" is a valid assessment.
- Know your hospital's MET criteria and your ward's modifications. A modified criterion is only safe if it says why and until when.
- Put your own escalation plan in the notes: "if RR > 30 or SBP < 90, call MET".
- Warfarin and insulin are where after-hours errors live. Check the INR and BGL charts before you write anything.
- If you're called to a fall: look at the patient, look at the head, check the anticoagulants, do neuro obs, call the family. In that order.
- Write "discussed with Dr X (med reg)" with the time. It protects you and helps the day team.
- Eat something. Drink water. Your judgement at 04:00 is worse than you think.

These came from my first supervisor, Dr Kate Ramsay, and from a lot of mistakes. Happy to add more if people comment.`,
  },
  {
    id: "au-what-009",
    setting: "delirium",
    role: "geriatrics advanced trainee",
    text: `What? On our geriatric unit, the night staff asked for "something to settle" an 87-year-old man with delirium four times in one week. Each time, a different resident gave a different drug: haloperidol, olanzapine, lorazepam, and once oxazepam. He fell on the fifth night.

So what? Nobody was doing anything obviously wrong. Each decision on its own was defensible. But nobody owned the plan, and his delirium got worse. The Australian Commission's Delirium Clinical Care Standard (2021) says first-line management is non-drug: orientation, hearing aids, glasses, sleep, mobility, hydration. Drugs only if the person is distressed or at risk, at the lowest dose, and reviewed daily.

My supervisor, Dr Leung, asked me to write a single "agitation plan" for patients like him, on one page: what usually helps him (his daughter's voice on the phone, music, being walked to the window), what to check (pain, bladder, bowels), and which drug to give and how much if all that fails. We tried it, and the night calls dropped.

Now what? We're making this template standard on the ward. It costs nothing but ten minutes of thought in daylight.`,
  },
];
