import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "rural medicine",
    role: "rural generalist registrar",
    text: `
Description: Six months into my rural generalist year in the Kimberley. ⟦NAME|Aunty Rosie Cox⟧ came into the clinic at ⟦LOCATION|Looma⟧ with a foot wound that had been "a bit sore" for three weeks. She is a senior woman in the community, a painter, and her granddaughter ⟦NAME|Shania⟧ translates for her when she's tired. Her Medicare number (⟦ID|${medicare("2953 1847", 1)}⟧) was on the card in her bag, and we needed it because the clinic system had her under two different spellings.

Feelings: I felt out of my depth, culturally and clinically. The foot looked like osteomyelitis.

Evaluation: I took the history slowly, with ⟦NAME|Shania⟧, and eventually with the Aboriginal health worker, Leanne, who knew ⟦NAME|Aunty Rosie⟧ well. The X-ray at Derby confirmed osteomyelitis of the fifth metatarsal. ⟦NAME|Aunty Rosie⟧ did not want to be flown to Perth. "Too far from Country."

Analysis: Leanne helped me understand that for ⟦NAME|Aunty Rosie⟧, the risk of dying far from home was worse than the risk of losing her foot. My supervisor, Dr. Mick Halloran, suggested a compromise: IV antibiotics via a PICC, managed at ⟦FACILITY_ROOM|Derby Hospital⟧ with daily visits, and surgical review by the visiting team. It took three phone calls and two case conferences.

Conclusion: I learned that "best practice" is only best if the patient can actually receive it.

Action plan: Read the 2020 Australian diabetes-related foot disease guidelines; keep working with Leanne; learn more Walmajarri than "hello" and "thank you".
`,
  },
  {
    id: "au-what-002",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
What? A Saturday night in a busy ED in western Sydney. We had a run of methamphetamine-related presentations: agitation, hyperthermia, tachycardia. One young man needed four security guards and a sedation protocol of droperidol 10 mg IM then ketamine 4 mg/kg. His temperature was 39.8 and his CK came back at 12,000.

So what? I noticed my own reactions: fear, then frustration, then a sort of contempt that I'm ashamed of. By the third patient I was thinking "not another one". My consultant, Dr. Anh Tran, said something at 3am that stuck: "Every one of these blokes was somebody's kid on a footy team once." It's corny, but it worked on me.

I also reflected on staff safety. One of our nurses, Kirsty, was kicked in the chest. We now have a code grey debrief after each event, which helps. The 2023 NSW Health workplace violence report says EDs are the highest-risk setting and I believe it.

Now what? I'm going to do the ACEM agitation and sedation module. I want to get better at verbal de-escalation before the syringe. And I'm going to the Bulldogs game next Saturday to remind myself that western Sydney isn't only what I see at night.
`,
  },
  {
    id: "au-free-003",
    setting: "aged care",
    role: "gp registrar",
    text: `
My first month doing aged-care visits as a GP registrar in regional Victoria, and I wanted to write about ⟦NAME|Mr. Wally Kovacs⟧.

He lives at ⟦LOCATION|Banksia Lodge in Natimuk⟧, ⟦FACILITY_ROOM|room 14⟧, and he turned ⟦AGE|101⟧ on ⟦DATE|3 March⟧. Not "in his hundreds" — ⟦AGE|a hundred and one⟧, with a letter from the King on the wall next to his army photo. His daughter ⟦NAME|Marg⟧ is seventy-five herself and drives over from Horsham every day. ⟦NAME|Marg⟧ gave me her mobile, ⟦PHONE|0491 570 228⟧, and asked me to call "before, not after" any medication change.

The medical issue was simple: he'd been started on oxybutynin for urinary frequency, and he'd become confused. Anticholinergic burden score of 4. I stopped it, did a urine culture (negative) and suggested timed voiding instead. Within a week he was back to beating the other residents at euchre.

The bigger issue was that nobody had called ⟦NAME|Marg⟧ before starting the oxybutynin, and she'd found out from the care staff. She was angry, and she was right.

I've learned that in aged care, the person who knows the patient best is often not in the building. The Royal Commission into Aged Care Quality and Safety (2021) said more or less this, and I'd read the summary in med school at Monash without really taking it in.

Now I call the family first. And I check the Beers criteria before, not after.
`,
  },
  {
    id: "au-free-004",
    setting: "paediatrics",
    role: "paediatric resident",
    text: `
Week three of paediatrics at a tertiary children's hospital in Brisbane. Some notes.

Bronchiolitis season is relentless. We had eleven admissions in one shift. High-flow nasal cannula at 2 L/kg/min for the sickest ones, NG feeds when they couldn't suck. I'm learning that most of bronchiolitis management is not doing things: no salbutamol, no steroids, no antibiotics, no chest X-ray unless something's off. The PREDICT guideline (2016) is clear about this, and the parents still ask why we're "not doing anything".

Had my first lumbar puncture on a febrile infant under 28 days. Got it first go, CSF was clear, and I was so pleased I forgot to label one of the tubes until the nurse reminded me.

Difficult conversation of the week: a mother who didn't want her son vaccinated. I didn't argue; I asked what worried her. It was a story she'd read about a child in Queensland who had a febrile convulsion. We talked for half an hour. She didn't agree to vaccinate that day, but she agreed to come back. My consultant, Dr. Fiona Reid, says that's a win.

Personal: I'm exhausted. I've been going to the Ekka on my days off because my niece loves the showbags. Strawberry sundae, obviously.
`,
  },
  {
    id: "au-gibbs-005",
    setting: "near miss",
    role: "intern",
    text: `
Description: Intern year in Hobart. I nearly gave a patient a second dose of enoxaparin. ⟦NAME|Mrs. Beryl Hutchins⟧ (⟦AGE|92⟧), ⟦FACILITY_ROOM|bed 7 on 4A at the Royal Hobart⟧, was on prophylactic enoxaparin 40 mg daily, and her medication chart had been rewritten after a transfer. The old chart showed it given at 08:00 and the new chart had it due at 20:00. I nearly signed off on the 20:00 dose without checking.

Feelings: I felt sick when I realised.

Evaluation: What went well is that her son, ⟦NAME|Trevor⟧, who was visiting, asked "didn't she have one of those this morning?" and I stopped to check. What went badly is that a relative had to be the safety check.

Analysis: Chart rewrites are a known risk point. The National Inpatient Medication Chart is designed to be rewritten carefully, but at 7pm with four patients to review, I didn't look at the old one. Reason's Swiss cheese model (2000) fits perfectly: a rewrite, a busy evening, a tired intern. The last slice of cheese was ⟦NAME|Trevor⟧.

Conclusion: I reported it through the incident system and we reviewed it at the unit meeting.

Action plan: Always check the previous chart after any rewrite. I've also suggested to our nurse unit manager, Jo, that rewritten charts have a sticker that says "check old chart".
`,
  },
  {
    id: "au-what-006",
    setting: "psychiatry",
    role: "psychiatry registrar",
    text: `
What? My rotation in a community mental health team in the Northern Territory. I went out on a visit with our Aboriginal mental health worker, Dennis, to see a young man ⟦LOCATION|in the only house with a blue roof at the far end of Ali Curung⟧. His mother ⟦NAME|Nellie Kemarr⟧ had called us on ⟦PHONE|0491 570 664⟧ to say he'd stopped eating and wasn't sleeping.

So what? When we arrived, he was sitting outside with his cousins, and Dennis chatted for twenty minutes about footy (the Tigers, obviously) before anyone mentioned the reason for the visit. My instinct was to get on with the MSE. I had a checklist. Dennis had a relationship.

We learned that his uncle had died, and there'd been sorry business. Some of what I'd have recorded as "depressive symptoms" were expected mourning. There was also real risk: he'd been drinking and had talked about "going to be with" his uncle. We organised follow-up, involved the clinic nurse, and left our number.

Now what? I'm going to read the Working Together book (2014) on Aboriginal mental health properly. And I'm going to let Dennis lead the first twenty minutes of every visit, and take his advice about when the checklist comes out.
`,
  },
  {
    id: "au-free-007",
    setting: "surgery",
    role: "surgical resident",
    text: `
Random surgical resident thoughts from a long list day in Adelaide.

1. Lap chole number 12 for me as camera holder. I'm now good enough at holding the camera that nobody shouts. Critical view of safety: two structures entering the gallbladder, hepatocystic triangle cleared, lower third of the gallbladder off the liver bed. My consultant, Mr. Papadopoulos, makes everyone say it out loud before clipping. I like that.

2. The patient with the Whipple's last week is doing well. Pancreatic leak, grade B, drained. On day 9 she's eating.

3. A hernia repair in a man with COPD who coughed every thirty seconds during the spinal. Anaesthetist's quote: "I can't stop him breathing, mate."

4. The ward round at 6:30am is too early for humans.

5. I got my first "good job" from the boss this week, after closing a laparotomy wound with a continuous mass closure, 4:1 suture-to-wound length ratio. Felt ridiculously proud.

Next: start revising for the GSSE in March, get more time in the skills lab on suturing, and book flights home to Perth for Christmas. Adelaide Crows vs Port Power next weekend; I'm neutral, which is the only safe position in this city.
`,
  },
  {
    id: "au-comment-008",
    setting: "aged care",
    role: "gp supervisor",
    text: `
Great reflection. The key learning — call the family first — is exactly what I hoped you'd take from the aged-care visits. A small addition: when you stop an anticholinergic, put a note on the facility's medication chart explaining why, so the next locum doesn't restart it. I've seen that happen twice this year. Let's discuss the Beers criteria at our teaching session on Wednesday.
— Dr. Jenny Walsh
`,
  },
  {
    id: "au-free-009",
    setting: "obstetrics",
    role: "medical student",
    text: `
My obstetrics placement in Townsville finished this week, and I wanted to write about ⟦NAME|Kristy⟧, whose birth I followed through continuity-of-care, in ⟦FACILITY_ROOM|birth suite 3 at Townsville University Hospital⟧.

I met ⟦NAME|Kristy Lee Watson⟧ at her 28-week appointment in June. She's a dental nurse and lives at ⟦ADDRESS|14 Curlew Crescent, Kirwan QLD 4817⟧ with her partner ⟦NAME|Jaxon⟧ and a staffy called Biscuit. She let me come to every appointment. She went into labour at 39+2, on ⟦DATE|Friday the 19th⟧, and I got the call at 2am.

Labour was long — 18 hours — and she had an epidural at 7cm. Second stage was 2 hours, with a ventouse at the end because of a persistent OP position. The baby, a boy, had Apgars of 7 and 9. I got to hand him to her. I cried; she didn't. She laughed at me.

What I learned about the medicine: OP positions, ventouse indications, the importance of a full bladder check before instrumental delivery. What I learned about the rest: continuity matters. By the time she was in labour, she knew me, and when the registrar explained the ventouse she looked at me to check I thought it was okay. I felt responsible in a way I've never felt before.

I'll remember this one. She's sent me photos on Facebook, which I'll keep to myself.
`,
  },
];
