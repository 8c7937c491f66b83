import type { SourceItem } from "../types.ts";
import { ohip } from "../gen.ts";

export const CA_IE: SourceItem[] = [
  { id: "ca-gibbs-001", setting: "emergency department", role: "PGY-2 family medicine", text: `
## Description
Rural ED shift in northern Ontario. ⟦NAME|Mr. Joseph Kakegamic⟧ flew in from ⟦LOCATION|Sandy Lake First Nation⟧ with a septic knee. His health card, ⟦ID|${ohip("5584-201-93")}⟧ with version code KT, was in his jacket. His daughter ⟦NAME|Sherry⟧ had called ahead from ⟦PHONE|(807) 555-0139⟧.

## Feelings
Humbled by how far he'd travelled.

## Evaluation
Aspiration: WBC 85,000 in the fluid. Cefazolin plus vancomycin, ortho washout.

## Analysis
Medevac distances shape everything; he'd waited two days for weather.

## Action plan
Learn the Ornge transfer process properly. Ask Dr Beardy, our Indigenous health lead, about culturally safe discharge planning.
` },
  { id: "ca-free-002", setting: "ICU", role: "ICU fellow", text: `
Critical care fellow, Toronto. MAID (medical assistance in dying) conversation in the ICU this week. A man in his sixties with ALS, ventilated, requested MAID. He communicated with an eye-gaze board.

Track 1 assessment by two independent assessors. The family was supportive. The day itself was quiet, with music.

I'm reflecting on how MAID has changed ICU medicine in Canada since Bill C-14 (2016) and C-7 (2021). I'm also reflecting on my own feelings, which were more complicated than I expected. Our unit's ethicist, Dr Wong, ran a debrief for the team.
` },
  { id: "ca-what-003", setting: "medication error", role: "registered nurse", text: `
**What?** I hung a bag of heparin 25,000 units/250 mL for ⟦NAME|Mrs. Marie-Claude Tremblay⟧ in ⟦FACILITY_ROOM|Room 412, 4B Medicine, CHUM⟧ and programmed the pump for the wrong concentration. The smart pump library caught it.

**So what?** The pump's dose error reduction software did its job. I didn't.

**Now what?** I'm going to do an independent double-check for every high-alert infusion, per ISMP Canada recommendations. Our nurse educator, Julie, ran a refresher on pump libraries for the whole unit, including the night staff.
` },
  { id: "ca-free-004", setting: "OSCE", role: "medical student", text: `
MCCQE Part II prep. Our school ran a mock OSCE this week. My worst station was a capacity assessment for a woman in her seventies refusing discharge to long-term care.

I fumbled the Aid to Capacity Evaluation (ACE) questions and forgot to explore her values. The examiner, Dr Beaulieu, said "you assessed her memory, not her capacity". Fair.

What helped: the CMPA's guidance on consent and capacity. I'm also reading Etchells' Bioethics for Clinicians. Practising with my study group Thursday at 19:00.
` },
  { id: "ca-gibbs-005", setting: "pharmacy", role: "community pharmacist", text: `
## Description
A man called asking to transfer his wife's prescriptions. He gave her name, ⟦NAME|Linda Sorensen⟧, her DOB ⟦DATE|1958-07-22⟧, and her address ⟦ADDRESS|88 Elm Crescent, Saskatoon, SK S7H 2K4⟧. He wanted her oxycodone transferred too.

## Feelings
Suspicious, then guilty for being suspicious.

## Evaluation
Opioid transfers need the patient's consent. I called her directly; she hadn't asked for it.

## Analysis
Narcotics diversion by family is real. Our PIP system flags multiple pharmacies but not who calls.

## Action plan
Always verify with the patient herself for controlled-substance transfers. Discuss with our pharmacy manager, Tom.
` },
  { id: "ca-free-006", setting: "psychiatry", role: "psychiatry resident", text: `
Psychiatry, Vancouver. Outreach clinic in the Downtown Eastside. A young man with opioid use disorder, on the street for two years, asked to start buprenorphine-naloxone. We did micro-dosing (the "Bernese method") so he didn't need to go into withdrawal first.

I was taught that addiction was a choice. Working here has unravelled that. The BCCSU guidelines (2023) are excellent on micro-induction.

He came back the next day. And the next. Dr Patel, our outreach physician, says that's the whole treatment: coming back.
` },
  { id: "ca-what-007", setting: "paediatrics", role: "paediatric resident", text: `
What? ⟦NAME|Baby Noah Gagnon⟧, born ⟦DATE|March 3rd, 2024⟧, was readmitted with jaundice. His bilirubin was 380 µmol/L. His mom ⟦NAME|Émilie⟧ had been discharged at 24 hours.

So what? Early discharge without a bili check at 24–72 hours is a known gap. The CPS position statement (2007, reaffirmed 2018) recommends universal bilirubin screening.

Now what? Phototherapy brought his bili down in 36 hours. I've suggested to our nursery lead, Dr Lavoie, that we audit our pre-discharge bilirubin checks over the next three months.
` },
  { id: "ca-free-008", setting: "palliative care", role: "palliative care nurse", text: `
Home palliative care, Nova Scotia. Paramedics Providing Palliative Care at Home is a program here where paramedics can give symptom relief instead of taking the patient to the ED. Last night a paramedic gave subcut hydromorphone to a man in his eighties with lung cancer and breathlessness, and he stayed home.

Reflection: our system is finally catching up to what people want — most want to die at home. The program's evaluation (Carter et al., 2019) is encouraging. Our team lead, Maureen, is pushing to expand it.
` },
  { id: "ca-gibbs-009", setting: "surgery", role: "surgical resident", text: `
## Description
Post-op day 1 after a total knee replacement. ⟦NAME|Mr. Gordon MacLeod⟧ had a cochlear implant (serial ⟦DEVICE|CI632-4418720⟧) and we hadn't told the OR team — monopolar diathermy near the head is contraindicated.

## Feelings
Alarmed. Nothing happened, but it could have.

## Evaluation
The pre-op checklist asked about pacemakers, not other implants.

## Analysis
Implanted devices are increasingly common. The Cochlear manufacturer's guidelines are very clear.

## Action plan
Ask about all implants. Suggested a checklist change to our OR manager, Kristen, who agreed to trial it.
` },
  { id: "ca-comment-010", setting: "surgery", role: "anaesthesiologist", text: `
Excellent catch. We had a similar issue with a spinal cord stimulator last year. Our pre-op form now says "any implanted electronic device" and lists examples: pacemaker, ICD, cochlear, DBS, SCS, insulin pump. Happy to share the wording with your OR manager.
` },
  { id: "ca-what-011", setting: "GP placement", role: "nurse practitioner", text: `
WHAT: A patient messaged the clinic's portal asking me to look at her son's gaming stream, ⟦URL|https://www.twitch.tv/tyler_gagne_07⟧, because he'd said something worrying on it. ⟦NAME|Tyler⟧ is 15.

SO WHAT: I watched 5 minutes. He'd talked about not wanting to be here anymore. I called the mom.

NOW WHAT: Same-day appointment, safety plan, referral to the youth mental health team. I'm reflecting on the blurry line between public and private online. Our clinic's medical director, Dr Chen, and I discussed when it's okay to look.
` },
  { id: "ie-gibbs-001", setting: "emergency department", role: "SHO", text: `
## Description
ED in Cork on a Saturday night. ⟦NAME|Mr Seán Ó Briain⟧ came in with alcohol withdrawal and a seizure. His MRN, ⟦ID|0784512⟧, was on every sticker. His sister ⟦NAME|Nuala⟧ left her number, ⟦PHONE|087 555 3917⟧, with the nurse.

## Feelings
Frustrated: his fifth presentation this year.

## Evaluation
Chlordiazepoxide reducing regime, IV Pabrinex for Wernicke's prevention.

## Analysis
Ireland's alcohol harm is significant; the HSE's alcohol strategy exists but detox beds don't.

## Action plan
Refer to the alcohol liaison nurse, Siobhán, every time, not just when there's a bed.
` },
  { id: "ie-free-002", setting: "ward round", role: "intern", text: `
Intern year, medicine in Galway. Ward round with Prof. Kelly this morning — 28 patients. I've learned a lot about heart failure this month: furosemide 80 mg IV BD, daily weights, fluid restriction of 1.5 L, and an ACE inhibitor once the creatinine settles.

A lady in her eighties with HFrEF, EF 25%, asked me why she needed "so many tablets". I explained the four pillars (ACEi/ARNI, beta-blocker, MRA, SGLT2i). She said "that's a lot of pillars for an old house". I laughed.

ESC Heart Failure Guidelines (2021) are now on my phone.
` },
  { id: "ie-what-003", setting: "obstetrics", role: "midwife", text: `
**What?** A woman, ⟦NAME|Aoife Gallagher⟧, was admitted to ⟦FACILITY_ROOM|St Monica's Ward, Room 5, the Rotunda⟧ with hyperemesis gravidarum. Her Eircode, ⟦ADDRESS|D15 XR2W⟧, was on the admission form and she asked me to email her partner at ⟦EMAIL|ciaran.g.dublin@eircom.net⟧.

**So what?** I emailed from my work email, which is fine, but I put her name and diagnosis in the subject line.

**Now what?** I spoke with our CMM2, Bríd, and we've agreed a template. The HSE's data protection guidance is clear. I've recalled the email.
` },
  { id: "ie-free-004", setting: "GP placement", role: "GP trainee", text: `
GP training, rural Mayo. Reflection on "the Irish mammy".

A woman in her thirties came in about her mother, who has Alzheimer's disease, and her own burnout. She works full time and cares for three kids. She said she was "grand". She wasn't.

I've learned that "grand" in Ireland can mean anything from fine to falling apart. We did a PHQ-9 (15) and talked about respite. The Alzheimer Society of Ireland has a carer support line. My trainer, Dr Mulcahy, says the GP's most important question is "and how are YOU?"
` },
  { id: "ie-gibbs-005", setting: "palliative care", role: "palliative care registrar", text: `
## Description
⟦NAME|Mrs Bridget Reilly⟧, ⟦AGE|aged 99⟧, was admitted to ⟦FACILITY_ROOM|Room 3 of Marymount Hospice⟧ on ⟦DATE|4th December⟧. She was ⟦OTHER|the last native Irish speaker on Inis Beag who still made currachs⟧, the nurses said, and her family came from the island.

## Feelings
Privileged to care for her.

## Evaluation
Comfort care: subcut morphine and midazolam via syringe driver. She died peacefully.

## Analysis
Language matters at the end of life. She spoke Irish in her last days.

## Action plan
Learn some basic Irish phrases for patients. Ask our chaplain, Fr. Murphy, about bringing in Irish-language prayers.
` },
  { id: "ie-free-006", setting: "medication error", role: "pharmacist", text: `
Hospital pharmacist, Dublin. Near miss: an intern prescribed methotrexate 2.5 mg daily for a patient on weekly methotrexate. I caught it on the ward round.

We see methotrexate errors every year. The HPRA safety notice and the HSE guidance say: weekly dosing, one day named. Our EPMA system now has a hard stop for daily methotrexate — took two years to get approved.

I'm reflecting on how long system fixes take and how much we rely on individual vigilance in the meantime. Thanks to Dr O'Sullivan for championing the hard stop.
` },
  { id: "ie-what-007", setting: "ICU", role: "ICU nurse", text: `
What? A patient's daughter asked us to let her log into her father's patient portal from the ICU family room. The IT helpdesk later told us the login came from ⟦IP|192.0.2.45⟧ and the portal user was ⟦EMAIL|dermot.kavanagh1952@gmail.com⟧ — ⟦NAME|Mr Dermot Kavanagh⟧ himself, who was sedated.

So what? She had his password. She was trying to help. But she also read results we hadn't discussed with the family yet.

Now what? We now discuss results with families before they're released to the portal. The HIQA guidance on information governance was my reading this week.
` },
  { id: "ie-free-008", setting: "surgery", role: "surgical SHO", text: `
Surgical SHO, Limerick. A busy on-call with appendicitis, a perforated diverticulitis with Hinchey III, and an incarcerated hernia. I felt like a real surgeon for a night.

Reflection: I'm better at the technical decisions than at the people ones. A man in his forties cried when I said he might need a stoma. I didn't know what to say. The stoma nurse, Margaret, came the next day and was brilliant.

I'm going to spend a morning with her to learn.
` },
  { id: "ie-gibbs-009", setting: "paediatrics", role: "paediatric registrar", text: `
## Description
Child with type 1 diabetes, ⟦NAME|Cian⟧, 11, came in with DKA because his insulin pump (Medtronic 780G, serial ⟦DEVICE|NG3918827H⟧) had failed overnight. His mum ⟦NAME|Deirdre Walsh⟧ had rung the company from ⟦PHONE|086 555 0172⟧ and was told to wait.

## Feelings
Frustrated with the device support.

## Evaluation
ISPAD DKA protocol. He recovered in 18 hours.

## Analysis
Pump failures need a backup plan with injections.

## Action plan
Make sure every pump user has pens and a written backup plan. Ask our diabetes nurse, Orla, to check at clinic.
` },
  { id: "ie-comment-010", setting: "paediatrics", role: "diabetes nurse specialist", text: `
Thank you for flagging this. We give every family a "pump failure" card at diagnosis, but it's easy for it to get lost over the years. I'll add it to the annual review checklist so we can refresh the plan with each family every year.
` },
  { id: "ie-what-011", setting: "night shift", role: "intern", text: `
What? My first night as an intern on call. Fourteen bleeps in the first hour. The worst: a patient with a K+ of 6.8 and a sinusoidal ECG. Calcium gluconate 10% 30 mL, insulin-dextrose, salbutamol nebs. K+ 5.4 two hours later.

So what? I knew the algorithm but I'd never done it. Having the hyperkalaemia guideline from the UK Kidney Association (2023) on my phone saved me.

Now what? I'm making a "night one" crib sheet for the next interns: hyperkalaemia, sepsis, chest pain, falls. Our registrar, Dr Byrne, will review it.
` },
];
