import type { SourceItem } from "../types.ts";

export const US: SourceItem[] = [
  { id: "us-free-001", setting: "internal medicine", role: "PGY-1 resident", text: `
Intern year, month 3. I admitted ⟦NAME|Mr. Delgado⟧ overnight for DKA — glucose 612, anion gap 28, pH 7.08. He's 19 and this was his fourth admission this year because he can't afford insulin. His mom gave me her cell, ⟦PHONE|(312) 555-0147⟧, and begged me to call her before discharge.

We ran the DKA protocol: insulin drip at 0.1 units/kg/hr, 2 L of LR, potassium replacement when K+ dropped to 3.4. Gap closed by 14:00.

The medicine is the easy part. Our social worker, Denise, spent two hours finding him a manufacturer assistance program. My attending, Dr. Goldberg, said that was the most important order we wrote all day.

I want to do a QI project on insulin access at discharge. ADA Standards of Care (2024) has a whole section on cost-related nonadherence that I hadn't read.
` },
  { id: "us-what-002", setting: "OSCE", role: "MS3 medical student", text: `
**What?** Step 2 CS is gone, but our school still runs a full standardized-patient OSCE. Today's case was a 45-year-old with chest pain. I forgot to ask about cocaine use and the SP's whole case hinged on it.

**So what?** I had anchored on ACS from the first sentence. HEART score, troponin, aspirin 325 mg chewed — all in my head before I'd finished the history. Croskerry (2003) calls this premature closure.

**Now what?** I'm going to finish the social history before I let myself build a differential. Dr. Nakamura, our clinical skills director, suggested a "diagnostic time-out" before the physical exam. I'll try it on my IM rotation starting Monday.
` },
  { id: "us-gibbs-003", setting: "ICU", role: "ICU nurse", text: `
## Description
My patient was a ⟦AGE|97-year-old⟧ retired schoolteacher, ⟦NAME|Mrs. Eleanor Whitcombe⟧, intubated for aspiration pneumonia. Her DOB on the whiteboard read ⟦DATE|March 12th 1927⟧ and the family had put up a photo of her with 30 great-grandchildren. MRN ⟦ID|00482913⟧ was on the lab stickers I was labeling.

## Feelings
Conflicted. She'd told her PCP she "never wanted machines".

## Evaluation
The POLST wasn't in the chart. Her son found it in her purse on day 2.

## Analysis
Advance directives are useless if they can't be found. Our health system has a place to scan them in Epic; nobody had.

## Action plan
Ask about advance directives and POLST at admission for every patient over 80. Talk to our nurse manager, Keisha, about an admission checklist prompt.
` },
  { id: "us-free-004", setting: "emergency department", role: "EM resident", text: `
EM PGY-2. A chaotic shift: two traumas, a STEMI, and a kid with a bead up his nose. The reflection I want to write is about the boarders. We had 22 admitted patients boarding in the ED, some for over 30 hours.

One man in his sixties with a GI bleed — Hb 6.8 g/dL, BUN 48 — got two units of pRBCs and pantoprazole 80 mg IV in a hallway bed. We did his Glasgow-Blatchford score (14) on a clipboard.

ACEP has been writing about boarding for twenty years. It's a hospital-wide capacity problem that lands on ED nurses. Our charge nurse, Marcus, held the whole department together tonight.

I don't have an action plan beyond showing up for the next shift and writing this down.
` },
  { id: "us-what-005", setting: "medication error", role: "PharmD resident", text: `
What happened: During my PGY1 pharmacy residency, I verified a heparin order for ⟦NAME|Ms. Tanya Brooks⟧, ⟦FACILITY_ROOM|Room 614, 6 West at Methodist⟧, with an aPTT-based nomogram when the unit had switched to anti-Xa monitoring. Her SSN, ⟦ID|078-05-1120⟧, was pasted in the comment field of the order by mistake — someone had copied it from an insurance form.

Why it matters: Two errors. The nomogram mismatch could have led to underdosing; the SSN in an order comment is visible to everyone who opens the MAR.

Now what: Called the prescriber, fixed the nomogram, and escalated the SSN to our privacy officer. Our preceptor, Dr. Alvarez, turned this into a teaching case on ISMP's high-alert medication list and on HIPAA minimum necessary.
` },
  { id: "us-free-006", setting: "paediatrics", role: "pediatric resident", text: `
Peds clinic. A 2-month-old for a well-child visit, and mom was worried about vaccines. I did the whole thing — the evidence, the schedule, the VIS sheets — and she said "I just want to know what you'd do for your kid."

I don't have kids. I said what I believe: I'd vaccinate on schedule. She got DTaP, IPV, Hib, PCV20, HepB and rotavirus today.

Reflection: the AAP's guidance on vaccine hesitancy emphasizes presumptive language ("your baby is due for...") over participatory language. I used participatory for 10 minutes and then my own story sealed it. Dr. Okonkwo, my preceptor, said the relationship did more than the data.

Reading: https://publications.aap.org and CDC's Pink Book.
` },
  { id: "us-comment-007", setting: "paediatrics", role: "pediatric nurse practitioner", text: `
As a PNP for 15 years I can tell you: "what would you do" is the most common question I get, and answering honestly is fine. Just make sure it's true. Nice job not pushing back defensively — that's where most visits go sideways.
` },
  { id: "us-gibbs-007", setting: "surgery", role: "general surgery resident", text: `
## Description
Post-op day 3 after a Whipple, ⟦NAME|Mr. Harlan "Buzz" Petrakis⟧ had a drain amylase of 4,200. Pancreatic fistula. He lives at ⟦ADDRESS|1408 Birchwood Ave, Evanston, IL 60201⟧ and wanted to know if he'd be home in time for his granddaughter's graduation on ⟦DATE|May 18th⟧.

## Feelings
I wanted to promise him. I didn't.

## Evaluation
The ISGPF grade B fistula was managed with the drain, octreotide and NPO — standard. Communication was the hard part.

## Analysis
I realized I'd been framing the fistula as "a complication" rather than explaining it in plain language.

## Action plan
Practice plain-language explanations of the five commonest post-op complications. Ask Dr. Feldman to watch one.
` },
  { id: "us-free-008", setting: "psychiatry", role: "psychiatry resident", text: `
Psych consult-liaison. Called to evaluate capacity for a man in his fifties refusing amputation of a gangrenous foot. He understood, appreciated, reasoned and communicated a choice — the Appelbaum criteria — and the choice was no.

The primary team wanted me to say he lacked capacity. I didn't, because he didn't.

I keep thinking about how capacity consults are often "please make the patient agree with us" consults. My attending, Dr. Liang, said the best thing a C-L psychiatrist can do is protect a patient's right to make a bad decision.

Later that week he changed his mind after his sister visited. I don't know what to make of that, but it wasn't my job to get him there.
` },
  { id: "us-what-009", setting: "cardiology", role: "cardiology fellow", text: `
What? Device clinic. ⟦NAME|Mrs. Okafor-Reyes⟧'s dual-chamber pacemaker (Medtronic Azure XT, serial ⟦DEVICE|RNB402719S⟧) had been transmitting remote alerts about AF burden for six weeks. Nobody had looked at them; the inbox in the remote monitoring portal had over 900 unread transmissions.

So what? CHA₂DS₂-VASc 4. She should have been on anticoagulation since the first alert. She had a TIA last week.

Now what? I've started apixaban 5 mg BID, and raised a safety event. HRS expert consensus (2023) on remote monitoring staffing is blunt about this. My program director, Dr. Feinstein, is bringing it to M&M. I also want a triage rule so AF episodes over 24 h page the on-call fellow.
` },
  { id: "us-free-010", setting: "obstetrics", role: "OB/GYN resident", text: `
L&D night float. Shoulder dystocia at 02:40 — turtle sign, then nothing. Called for help, McRoberts, suprapubic pressure, then delivered the posterior arm. Head-to-body interval about 3 minutes. Baby's Apgars 4 and 8, cord pH 7.18. Brachial plexus looked intact on the peds exam.

Afterwards I sat in the stairwell for ten minutes. The attending, Dr. Abernathy, came and sat with me and said she still shakes after every one.

ACOG Practice Bulletin 178 (2017) is the reference, and we'd drilled HELPERR in sim in July. Sim works. So does someone sitting on the stairs with you.
` },
  { id: "us-gibbs-011", setting: "primary care", role: "family medicine resident", text: `
## Description
A patient messaged me through the portal with a photo of a rash and her new email, ⟦EMAIL|lorraine.k.mitchell58@yahoo.com⟧, asking me to "send results there instead". ⟦NAME|Lorraine⟧ also wrote that she's moved to ⟦ADDRESS|2231 W Maple St, Tucson, AZ 85705⟧.

## Feelings
Pressure to just be helpful.

## Evaluation
I nearly emailed her lab results directly. Our clinic policy is that results go through the portal only.

## Analysis
Convenience and privacy pull in opposite directions. HIPAA allows email if the patient accepts the risk, but our system has no way to document that.

## Action plan
Replied in the portal, asked our front desk to update her demographics, and flagged the policy gap to our medical director, Dr. Sandoval.
` },
  { id: "us-free-012", setting: "palliative care", role: "hospice nurse", text: `
Hospice home visit. A man in his late eighties with end-stage heart failure, wife at the bedside. He'd had an ICD for eight years and it fired twice in the night. The family was terrified.

We deactivated it with the rep on the phone and a magnet in place, which the HRS consensus statement supports when it aligns with goals of care. He died three days later, peacefully, no shocks.

I'm reflecting on how often ICD deactivation isn't discussed until a crisis. Our medical director, Dr. Whitaker, wants a standard conversation at hospice admission. I'm going to help write the script.
` },
  { id: "us-what-013", setting: "emergency department", role: "ED nurse", text: `
WHAT: Patient came in with an overdose and we found his phone unlocked. Security wrote down the IP address shown on his home Wi-Fi settings, ⟦IP|73.158.24.201⟧, and his roommate's name, ⟦NAME|Jordan Pierce⟧, "for police". ⟦NAME|Jordan⟧ turned up an hour later anyway.

SO WHAT: None of that was needed for care. We documented more than the minimum necessary, and some of it ended up in the nursing note.

NOW WHAT: I raised it with our nurse educator, Tiffany. We're reviewing what goes in notes about phones and belongings. Naloxone 0.4 mg IV worked beautifully, by the way — RR went from 6 to 16.
` },
  { id: "us-free-014", setting: "internal medicine", role: "MS4 sub-intern", text: `
Sub-I reflection. I'm trying to be better at presenting on rounds — my attending, Dr. Rosenthal, says my presentations are "a data dump".

This week's patient list included: CHF exacerbation (BNP 2,400, on furosemide 40 mg IV BID), cellulitis (cefazolin 2 g q8h), alcohol withdrawal (CIWA 18, lorazepam protocol), and a new diagnosis of Addison's disease in a woman in her thirties — Na 128, K 5.6, cortisol 2.1 mcg/dL at 8am.

Feedback: lead with the one-liner, then only the data that changes today's plan. I tried it on Friday and Dr. Rosenthal said "better". I'll take it.
` },
  { id: "us-gibbs-015", setting: "surgery", role: "MS3 medical student", text: `
## Description
On my surgery clerkship, the trauma team brought in a motorcyclist after a crash on I-94. The police report on the clipboard listed his license plate, ⟦OTHER|Wisconsin plate 7ZK-4419⟧, and his name, ⟦NAME|Kyle Brandt⟧. He had a grade III splenic laceration and went to IR for embolization.

## Feelings
Overwhelmed, in awe of the trauma bay.

## Evaluation
I did the FAST exam with the chief and saw free fluid in Morison's pouch.

## Analysis
ATLS (10th edition) primary survey really does bring order to chaos.

## Action plan
Learn the FAST views properly — I've booked time in the sim lab with Dr. Chen.
` },
  { id: "us-comment-016", setting: "surgery", role: "trauma surgeon", text: `
Good reflection. Keep doing FAST exams on every trauma — the views get easier after about fifty. And remember the left upper quadrant view is the one most students miss, because the spleen sits higher and further back than you expect. The sim lab is open Saturdays too.
` },
  { id: "us-free-017", setting: "nursing education", role: "nursing faculty", text: `
Faculty reflection after clinical post-conference.

My BSN students cared for patients on a med-surg unit today. One student presented a patient with cirrhosis and hepatic encephalopathy — ammonia 98, on lactulose 30 mL TID and rifaximin 550 mg BID — and described him as "noncompliant".

We spent twenty minutes on that word. He had no car, no pharmacy near his home, and had been discharged with six new medications. By the end the student rewrote her care plan with "barriers to adherence" instead.

The Joint Commission's health literacy resources and the 2021 AACN Essentials both frame this. I want to build a language-of-stigma exercise into week 2 of the course next semester.
` },
  { id: "us-what-018", setting: "pharmacy", role: "community pharmacist", text: `
What? A woman called the pharmacy from ⟦PHONE|(617) 555-0183⟧ to ask why her husband's naloxone prescription wasn't ready. The tech put her on speaker in the dispensing area and read out his full name, ⟦NAME|Raymond Tucci⟧, his DOB, ⟦DATE|11/23/1961⟧, and his pharmacy account number ⟦ID|RX-4471920⟧ while customers waited at the counter.

So what? Naloxone is life-saving and stigmatized. People who needed to trust us heard everything.

Now what? Staff huddle: no speakerphone in the dispensing area, and confirm identity with two identifiers quietly. I've also linked our staff to SAMHSA's naloxone toolkit.
` },
  { id: "us-free-019", setting: "neurology", role: "neurology resident", text: `
Neurology wards. A woman in her forties came in with ascending weakness after a diarrheal illness: areflexia, FVC 1.4 L and falling. Guillain-Barré syndrome, probably after Campylobacter. We started IVIG 0.4 g/kg/day for 5 days and checked NIF and FVC every 4 hours.

The 20/30/40 rule (FVC < 20 mL/kg, NIF weaker than −30, expiratory pressure < 40) came straight out of my boards prep and straight into her chart. She went to the ICU for monitoring on day 2 but never needed intubation.

I'm reflecting on how much I rely on mnemonics and whether I'd have noticed the trend without the rule. Dr. Hernandez says mnemonics are scaffolding; the skill is noticing. Fair.
` },
  { id: "us-gibbs-020", setting: "emergency department", role: "EMT", text: `
## Description
EMT call to ⟦ADDRESS|4520 Lakeshore Dr, Apt 12B, Oakland, CA 94610⟧ for a fall. ⟦NAME|Mr. Huang⟧, ⟦AGE|aged 92⟧, had been on the floor since the night before. CK 8,900 at the ED. His daughter's contact on the fridge was ⟦EMAIL|mei.huang.family@gmail.com⟧.

## Feelings
Sad. He apologized for the mess.

## Evaluation
Good packaging and handover. I didn't check his med list, which turned out to include warfarin.

## Analysis
Long lies are common, and rhabdomyolysis plus a head strike on anticoagulation is a dangerous combination.

## Action plan
Always bring the med bottles or a photo of the list. My FTO, Luis, says he's been saying this for years.
` },
  { id: "us-free-021", setting: "ICU", role: "respiratory therapist", text: `
RT reflection. Night shift in the MICU, four vents and a high-flow. A COPD patient on BiPAP at IPAP 16, EPAP 6 with a pCO2 of 78 and pH 7.24 had an AVAPS trial that finally got him under 60.

I've been an RT for 12 years and I still learn from the docs and the docs still learn from us. Tonight the fellow asked me how to titrate the rise time. Little moments like that are why I love the ICU.

Something to read: the ATS/ERS guideline on NIV for acute respiratory failure (2017).
` },
  { id: "us-what-022", setting: "genetics", role: "genetic counselor", text: `
What? In clinic I met a family with ⟦OTHER|the only known case of fibrodysplasia ossificans progressiva in Pine Ridge, South Dakota — a 7-year-old boy whose story ran in the local paper⟧. Mom had brought the newspaper clipping.

So what? In rare disease, the condition itself can be an identifier. If I wrote "a child with FOP from a small town in SD", anyone who'd read that paper would know exactly who.

Now what? For case presentations and this blog I'll describe rare conditions without geography and without age specifics. The NSGC's guidance on case reports is useful here, and our program director, Dr. Amsel, has a great lecture on it.
` },
  { id: "us-free-023", setting: "OSCE", role: "PA student", text: `
PA school OSCE week. The station that got me was a knee exam with Lachman, anterior drawer, McMurray. I remembered all the names and still did the Lachman in too much flexion.

Preceptor feedback (thanks, Professor Daniels): "Your hands are tentative. Patients can feel it." Ouch, but true.

I watched the Stanford 25 knee video three times tonight. I also practised on my roommate, who now knows more about the anterior cruciate ligament than she ever wanted to. The thing I need to fix is confidence: firm hands, explain what I'm doing, watch the patient's face for pain. OSCE retake Friday at 9:30.
` },
  { id: "us-gibbs-024", setting: "night shift", role: "PGY-2 resident", text: `
## Description
Cross-cover at 01:00. A nurse paged that the patient in ⟦FACILITY_ROOM|bed 23 of the 8 North step-down unit at Mercy⟧, ⟦NAME|Ms. Patricia "Trish" Connolly⟧, was "just not right". Vitals normal: BP 128/70, HR 96, SpO2 95%. I almost said "call me if anything changes". I went anyway. She had new left facial droop. Stroke alert.

## Feelings
Shaken by how close I came to not going.

## Evaluation / Analysis
Nurse worry is a vital sign — it's in several early-warning literature reviews. She got tPA within the window.

## Action plan
Never dismiss "not right" over the phone. Tell my co-interns. Thank the nurse, Joanna, properly.
` },
  { id: "us-comment-025", setting: "night shift", role: "nurse", text: `
Thank you for going. As a night nurse, "just not right" is usually all I can put into words at 1am. The residents who come see the patient are the ones we trust. Please keep telling your co-interns, and please keep coming when we page.
` },
  { id: "us-free-026", setting: "global health", role: "EM attending", text: `
Faculty reflection on a month of teaching in a district hospital abroad with our global health program. We didn't have CT, troponin took a day, and our oxygen came from two concentrators.

I've been practicing for 15 years and I relearned history-taking. A man with crushing chest pain, ECG with ST depression, treated on clinical grounds with aspirin 300 mg, clopidogrel and enoxaparin 1 mg/kg. He walked out on day 5.

I'm humbled by my hosts, especially Dr. Mwangi, who runs a 40-bed medical ward with two interns. The WHO Basic Emergency Care course was our shared language.
` },
  { id: "us-what-027", setting: "primary care", role: "medical assistant", text: `
What: I work the front desk and rooming at a community health center. A patient left a note with her Social Security number, ⟦ID|219-09-9999⟧, her daughter's name ⟦NAME|Destiny Alvarez⟧, and her daughter's phone ⟦PHONE|555-0162⟧ at the check-in kiosk. The note sat there for the morning.

So what: Kiosks are public. I only noticed because the next patient handed it to me.

Now what: Shredded it, told my supervisor, Rosa, and we put a sign asking patients not to leave papers at the kiosk. I want to do the HIPAA refresher module early this year.
` },
  { id: "us-free-028", setting: "internal medicine", role: "hospitalist", text: `
Hospitalist, 10 years in. I'm reflecting on burnout, the real kind. Fourteen patients a day, EHR inbox at 140, prior authorizations for apixaban. The Maslach Burnout Inventory would probably score me high on depersonalization this month.

What helps: a 15-minute walk at lunch, the Thursday case conference with Dr. Simmons, and my residents, who still ask "why" about everything. Hyponatremia workups with serum osmolality, urine osm and urine Na — the kind of teaching that reminds me why I chose medicine.

Resources I've found helpful: the NAM Clinician Well-Being Collaborative and our hospital's peer support program.
` },
];
