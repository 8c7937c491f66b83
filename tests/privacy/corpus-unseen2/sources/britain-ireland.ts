/**
 * Unseen2 corpus, Britain and Ireland: Ireland, England/UK, Scotland, Wales.
 * Every patient, relative, number, address, plate and link is made up, and so is every clinician.
 */
import { nhs } from "../../corpus/gen.ts";
import { ppsn } from "../../corpus-unseen/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const BRITAIN_IRELAND: SourceItem[] = [
  // ---------------- Ireland ----------------
  {
    id: "ie-what-001",
    setting: "general practice",
    role: "GP trainee",
    text: `
## What?

Home visit in west Donegal on ⟦DATE|Little Christmas⟧, because the practice was short and I'm the trainee with the 4x4. ⟦NAME|Mrs Bríd Ní Ghallchóir⟧ lives alone at ⟦ADDRESS|Drumnacart, Glenties, Co. Donegal F94 K2T8⟧. Her PPSN, ⟦ID|${ppsn("6183027")}⟧, was on the medical card letter stuck to the fridge with a Sacred Heart magnet. She had stopped her bisoprolol because "it made me dreamy".

## So what?

⟦NAME|Bríd⟧ switched between Irish and English depending on whether she was annoyed with me. I have school Irish only. I missed half of what she said about her breathing. My trainer, Dr Gallagher, says the language is part of the history, not decoration.

## Now what?

- Restart bisoprolol at 1.25 mg, review in a week.
- Ask the public health nurse to call in.
- Sign up for the Gaeltacht course in the summer.
`,
  },
  {
    id: "ie-free-002",
    setting: "prehospital",
    role: "paramedic",
    text: `
National Ambulance Service, south Kerry. Call at 21:15 on ⟦DATE|St Stephen's Day⟧ to ⟦NAME|Mossie⟧ — ⟦NAME|Maurice "Mossie" O'Connell⟧ on the form — who collapsed outside ⟦LOCATION|the last thatched pub before the Ballaghisheen pass⟧. His wife rang from ⟦PHONE|087 555 2194⟧ and drove behind us the whole way in their jeep, ⟦OTHER|221-KY-4093⟧, flashing her lights at every bend.

He was in VF. Two shocks, ROSC after the second. We did the 12-lead in the ambulance: inferior STEMI. We went straight to the cath lab, bypassing the local ED, as the pathway says.

I'm writing this because everything worked, and that almost never happens. I want to remember why: a bystander did CPR within a minute, the defib in the pub was registered and charged, and our dispatcher, Siobhán, stayed on the line.

I'll be doing a CPR session at my local GAA club in January.
`,
  },
  {
    id: "ie-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Ah lads this is class. The bit about Dr Byrne making you percuss every chest on the round — same for us in Cork, I'd say he trained half the country. Would love your Wells score flashcards if you're sharing them? Repeat exams are 18 August so I need all the help going 😅
`,
  },
  {
    id: "ie-gibbs-004",
    setting: "emergency department",
    role: "clinical pharmacist",
    text: `
**Description.** Medicines reconciliation in ⟦FACILITY_ROOM|Cubicle 6, ED, University Hospital Galway⟧. ⟦NAME|Mr Pádraig Ó Sé⟧, ⟦AGE|aged 97⟧, brought in with a GI bleed. His son gave me the PPSN ⟦ID|${ppsn("5520914", "A")}⟧ so I could pull the dispensing record from his pharmacy.

**Feelings.** Relief, at first, because the record showed rivaroxaban 20 mg once daily. Then worry: his eGFR was 24.

**Evaluation.** The dose was too high for his renal function. Nobody had adjusted it since 2022.

**Analysis.** DOAC dosing in the very old with falling kidney function is a known trap. The SmPC gives 15 mg for CrCl 15–49 mL/min. It is easy to miss in a nursing-home transfer letter.

**Conclusion.** Reconciliation is not copying. It is checking.

**Action plan.** I emailed the GP and the nursing home; I am drafting a DOAC checklist with Dr Fahy for the ED.
`,
  },
  {
    id: "ie-free-005",
    setting: "internal medicine",
    role: "intern",
    text: `
I'm Aoife, 24, an intern from Mallow in Co. Cork. I graduated from RCSI in June and started medicine in July. These are things I wish someone had told me in the first month.

1. Your team will ask "is he sick or not sick?" — learn to answer that before you learn anything else.
2. Write the NEWS score on every review. Our hospital uses INEWS; a score of 7 means you call the registrar, full stop.
3. Eat. I fainted on a ward round in week two because I skipped breakfast and lunch.
4. Dr Murphy, my registrar, checks every potassium I chart. I was offended. Then I charted 40 mmol in 100 mL for a peripheral line.

Next rotation is surgery. I'm nervous, but I'm less scared of asking now.
`,
  },
  {
    id: "ie-what-006",
    setting: "psychiatry",
    role: "mental health nurse",
    text: `
What? An involuntary admission under the Mental Health Act 2001. The young man believed his phone was being tracked by the Gardaí. He was frightened, not aggressive.

So what? We had to explain his rights, the tribunal, the solicitor. I read the form to him and realised he took in nothing. I felt like I was doing the legal thing and not the human thing.

Now what? I sat with him later, with a cup of tea, and went through it again in plain words. I will ask our clinical nurse manager, Ms Kennedy, if we can have an easy-read rights leaflet. The Mental Health Commission has a template from 2019.
`,
  },

  // ---------------- UK (England) ----------------
  {
    id: "uk-free-001",
    setting: "hospital at home",
    role: "virtual ward nurse",
    text: `
# Hospital at home: week 3

Our virtual ward in Leeds takes people with COPD and heart failure who would otherwise be on a medical ward. This week the remote-monitoring dashboard flagged ⟦NAME|Mrs Doreen Pickersgill⟧ at 06:20: SpO2 84%. The alert came from her tablet at ⟦IP|203.0.113.58⟧ and the oximeter in her kit, serial ⟦DEVICE|HAH-OX-20417⟧.

I rang her. No answer. I drove to ⟦ADDRESS|Flat 6, Moorside Court, Leeds LS12 4QT⟧ with the NHS number ⟦ID|${nhs("463 118 720")}⟧ on my handover sheet in case I needed to call 999.

⟦NAME|Doreen⟧ was fine. The probe was on her thumb upside down and she had the heating off to save money. Her real sats were 91%, her baseline.

## What I take from it

- Technology creates work as well as saving it.
- Fuel poverty is a clinical finding. I referred her to the council's warm-home scheme.
- I will teach probe placement on day one, with a photo card.
`,
  },
  {
    id: "uk-what-002",
    setting: "general practice",
    role: "physician associate",
    text: `
**What?** I'm a physician associate in a GP surgery in South Tyneside. On ⟦DATE|Wed 4th Nov⟧ I saw ⟦NAME|J.W.⟧, who is ⟦OTHER|the lollipop man outside St Aidan's Primary in Hebburn⟧, about his cough. He asked me to send his results to ⟦EMAIL|jwhitt1932@btinternet.com⟧ and to ring his daughter on ⟦PHONE|07700 900382⟧ instead of him.

**So what?** He thought I was a doctor. I introduced myself as a PA but he didn't take it in. I felt uneasy — the role is new and patients don't know what we are.

**Now what?** I now say "I'm not a doctor, I'm a physician associate, I work with Dr Hussain" every time, and I wear the purple lanyard. I discussed his chest X-ray with my supervising GP before any plan. Red flags for lung cancer per NICE NG12 were present, so he went on the two-week-wait pathway.
`,
  },
  {
    id: "uk-comment-003",
    setting: "community mental health",
    role: "student nurse",
    text: `
omg is this ⟦NAME|Dougie⟧ from the art group?? he's on insta as ⟦OTHER|@dougie_paints_wigan⟧ and honestly his stuff is amazing. so glad u wrote about him!! my mentor says creative therapy is underrated, idk why more CMHTs don't do it. ur reflection made me cry on the bus lol x
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "prehospital",
    role: "paramedic",
    text: `
**Description:** Category 1 call in Bristol, 03:40, a man in his sixties, cardiac arrest at home. His wife had started CPR with the call handler.

**Feelings:** I was the lead clinician for the first time since qualifying. I felt a weird calm.

**Evaluation:** Good CPR, mechanical compression device on for the move downstairs, adrenaline 1 mg every 3–5 minutes, airway with an i-gel. ROSC after 22 minutes.

**Analysis:** The Resuscitation Council UK 2021 guidelines emphasise minimal interruptions. We paused for 9 seconds to move him — I checked the defib log afterwards.

**Conclusion:** The wife's CPR probably saved him.

**Action plan:** I want to visit her (through the service's family liaison) to tell her that. I also asked my mentor, Lucy Barnes, to review my leadership in a debrief.
`,
  },
  {
    id: "uk-free-005",
    setting: "psychiatry",
    role: "foundation doctor",
    text: `
I'm Tom, 26, an F2 in psychiatry in Birmingham. Before this job I thought psych was "just talking". It isn't.

This week my consultant, Dr Patel, asked me to assess capacity for a man refusing dialysis. The Mental Capacity Act 2005 has a four-part test: understand, retain, weigh up, communicate. He understood everything. He just weighed things differently from us. He said that at 71 he had had enough of four hours, three times a week.

I felt uncomfortable. I wanted him to choose dialysis. Dr Patel said: "Capacity is not agreeing with us."

I learned the difference between a bad decision and an incapacitous one. I will bring this case to our Balint group on Thursday, and I am reading the 2015 Montgomery ruling again.
`,
  },
  {
    id: "uk-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
What? In our community pharmacy in Norwich a customer asked for codeine linctus "for his cough" for the fourth time this month.

So what? Codeine linctus was reclassified to prescription-only in 2024 because of misuse. I felt awkward, because he was polite and I liked him. But the pattern looked like dependence.

Now what? I spoke privately in the consultation room, without judgement. I gave him information on the local drug and alcohol service. I also discussed it with my pre-reg tutor, Mr Okonjo, about how to phrase these conversations. The GPhC standards remind me that the person's wellbeing comes before the sale.
`,
  },
  {
    id: "uk-free-007",
    setting: "information governance",
    role: "foundation doctor",
    text: `
## A near miss I'm not proud of

FY1, Sheffield, ⟦DATE|the Thursday before Bonfire Night⟧. I was finishing discharge summaries at 17:55 and emailed ⟦NAME|Mrs Kathleen Hollis⟧'s summary to the address her son had written on the whiteboard, ⟦EMAIL|kath.hollis47@outlook.com⟧ — except the ward clerk later spotted that I'd copied it from the wrong bay's board. I had also pasted the record link, ⟦URL|https://ehr.sth-intranet.example.nhs.uk/patient/4471928/summary⟧, into the body.

The IT team traced it: the link was opened once, from ⟦IP|192.0.2.147⟧, and they revoked it.

### What I learnt

- Email is not a safe default for discharge summaries. The trust policy says GP systems and the patient's NHS App only.
- Tiredness at 17:55 is a risk factor. I should have handed it over.
- I completed a Datix and spoke to my educational supervisor, Dr Okoye. Nobody shouted. That made me more likely to report the next one.
`,
  },

  // ---------------- Scotland ----------------
  {
    id: "sc-free-001",
    setting: "general practice",
    role: "GP trainee",
    text: `
Rural GP placement in the Western Isles. On ⟦DATE|Hogmanay⟧ I was on call when ⟦NAME|Mr Angus MacNeil⟧ — ⟦AGE|94⟧, and ⟦OTHER|the retired ferryman on Eriskay who still mends everyone's creels⟧ — had chest pain. His CHI ⟦ID|${nhs("240632 119")}⟧ came up on the Emergency Care Summary but the island's connection dropped twice.

The weather was too bad for the air ambulance. We managed him in the surgery: aspirin 300 mg, GTN, ECG showing ST depression. Thrombolysis wasn't indicated. We watched him overnight with his nephew in the chair beside him.

I felt very alone, even with the nurse, Morag, who has been there thirty years.

What I learned: remote medicine is about planning for the bad weather day before it comes. I'll read the Scottish Rural Medicine Collaborative's guidance and talk to my trainer, Dr Campbell, about our emergency kit.
`,
  },
  {
    id: "sc-what-002",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
**What?** ⟦NAME|Mrs Agnes "Nessie" McAllister⟧ was in ⟦FACILITY_ROOM|Ward 4B at the Queen Elizabeth, bed 7⟧ for end-of-life care. Her syringe driver, ⟦DEVICE|T34-118820⟧, alarmed every hour. Her CHI was ⟦ID|${nhs("140331 228")}⟧. Her daughter said: "Mum wants to die at home, in her own bed, in the flat ⟦LOCATION|above the chippy on Kinfauns Drive⟧."

**So what?** I was frustrated with the driver, but more with the delay. Fast-track discharge took four days. ⟦NAME|Nessie⟧ wanted her own room with her budgie.

**Now what?** We got her home with the district nurses on day five. I will learn the fast-track paperwork myself instead of waiting for the discharge coordinator. I also reported the syringe driver to medical physics.
`,
  },
  {
    id: "sc-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Aye this is pure brilliant. Mind when Dr Fraser made us dae the full cranial nerve exam in front of the whole year? Ah still dream aboot the fundoscopy. Finals are in May so I'm living in the library noo. Gie us a shout if ye want tae practise the GCS and Glasgow-Blatchford stations.
`,
  },
  {
    id: "sc-gibbs-004",
    setting: "cardiology",
    role: "medical student",
    text: `
Description: Cardiology placement in Aberdeen. On ⟦DATE|Tuesday the 14th⟧ I shadowed the pacing clinic. ⟦NAME|Mr D.⟧, a fisherman from ⟦LOCATION|the only house at the end of the Cove Bay harbour road⟧, came for a check on his dual-chamber pacemaker, serial ⟦DEVICE|PJN661042H⟧, fitted in ⟦FACILITY_ROOM|Ward 104 at ARI⟧ last spring.

Feelings: I was fascinated by the interrogation screen and forgot to talk to him.

Evaluation: The physiologist, Karen, did everything: battery, lead impedance, thresholds. I just watched. ⟦NAME|Mr D.⟧ asked me about going back to sea and I didn't know.

Analysis: DVLA-type rules for fishermen and the electromagnetic interference from boat engines are real questions. Patient priorities are not in the device report.

Conclusion: Technology is part of the patient, not the whole.

Action: I'll look up the guidance on pacemakers and work, and next time ask the patient's questions first.
`,
  },
  {
    id: "sc-free-005",
    setting: "prehospital",
    role: "paramedic",
    text: `
I'm Euan, 31, a paramedic in the Highlands. I studied at Glasgow Caledonian University and grew up in Inverness. This reflection is about distance.

A typical job for us is an hour's drive each way. Last month I spent a whole shift on two calls. One was a woman in her eighties with a hip fracture on a croft, the other a stroke where the thrombolysis window closed while we were on the single-track road.

I felt angry on the way back. FAST positive, onset 10:30, we got to the stroke unit at 14:10.

What I can do: pre-alert earlier, use the Scottish Ambulance Service's stroke video triage, and push for air support when the timing is borderline. I'll bring this to the next clinical governance meeting in March.
`,
  },
  {
    id: "sc-what-006",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
What? A young rugby player in our MSK clinic in Edinburgh with an ACL tear. He wanted surgery because "all the pros get it".

So what? The KANON trial (2010) showed rehab first is as good for many people. But he had watched his favourite Scotland players come back from reconstruction. My advice felt weak against that.

Now what? I will use shared decision aids, and show him the data visually. I also need to respect that he may choose surgery. My senior, Ailsa, agreed to co-see him next week.
`,
  },

  // ---------------- Wales ----------------
  {
    id: "wl-free-001",
    setting: "general practice",
    role: "GP trainee",
    text: `
Bore da. My GP training placement is in Gwynedd and most of my patients speak Welsh first.

⟦NAME|Mrs Eluned Pritchard⟧ — ⟦NAME|Nain Eluned⟧ to half the valley — lives in ⟦LOCATION|the chapel house in Cwm Pennant⟧. She rang the surgery, then her granddaughter rang again from ⟦PHONE|01632 960418⟧. Her NHS number, ⟦ID|${nhs("712 604 339")}⟧, was on a sticker on her blister pack.

She had a chest infection and a new confusion. When I spoke English she answered "yes" to everything. When my trainer, Dr Rhys Hughes, spoke Welsh, she told him she had not taken her tablets for a week because her hands were too stiff for the blister pack.

The lesson for me: the Active Offer in Wales isn't a courtesy. It's clinical. I have signed up for the Say Something in Welsh course and I'll ask every patient which language they prefer.
`,
  },
  {
    id: "wl-what-002",
    setting: "neonatal",
    role: "midwife",
    text: `
**What?** ⟦NAME|Baby Osian⟧ was born at 29 weeks on ⟦DATE|03/11/2026⟧ in ⟦FACILITY_ROOM|Room 5 of the birth centre at Singleton⟧, and he came too fast for a transfer. His parents have since set up [⟦NAME|Osian⟧'s page](⟦URL|https://www.gofundme.com/f/osian-neonatal-journey⟧) to cover travel to the NICU.

**So what?** I had not delivered a baby that premature without a neonatal team in the room. The registrar arrived four minutes later. Those four minutes: delayed cord clamping, a plastic bag, a hat, and a lot of praying.

**Now what?** I'll do the NLS course again in spring. And I'll ask the family's permission before I ever mention his page to colleagues; it's their story.
`,
  },
  {
    id: "wl-comment-003",
    setting: "community nursing",
    role: "district nurse",
    text: `
Diolch am rannu! Wait — is this ⟦NAME|Dai Llaeth⟧? ⟦OTHER|the last milkman in Tregaron⟧? He still does the round with his leg ulcer dressing under his wellie, I've told him off twice 😂 Lovely reflection about compression bandaging, and yes the ABPI matters before you wrap anything.
`,
  },
  {
    id: "wl-gibbs-004",
    setting: "dental",
    role: "dental student",
    text: `
Description: My outreach clinic placement in the Valleys with the Cardiff dental school. A teenage patient with several carious lesions asked why her teeth were "rotten" when she brushes.

Feelings: I felt judgemental at first — I assumed she didn't brush.

Evaluation: The diet history showed four energy drinks a day. She did brush, twice a day.

Analysis: Sugar frequency, not just amount, drives caries. The Delivering Better Oral Health toolkit (2021) recommends 1,450 ppm fluoride toothpaste and high-fluoride varnish. I also learnt that Designed to Smile works in Welsh schools.

Conclusion: Assume nothing, ask everything.

Action plan: I'll take a diet diary from every patient with new caries, and my tutor, Mr Evans, will check my counselling next week.
`,
  },
  {
    id: "wl-free-005",
    setting: "prehospital",
    role: "paramedic student",
    text: `
I'm Ffion, 20, a second-year paramedic science student at Swansea University, from Carmarthen. Mae Cymraeg yn iaith gyntaf i fi — Welsh is my first language.

On placement with the Welsh Ambulance Service, I realised how often I switch without noticing. An older man who was having a hypo (glucose 2.1) calmed down the moment I spoke Welsh. We gave oral glucose gel, then a sandwich, and his reading came up to 6.4.

My mentor, Gareth, said he'd never seen him settle that fast. It made me proud of my language in a way I wasn't at school.

I want to write my dissertation on language and patient experience in emergency care. I'll email my module lead, Dr Lewis, before the deadline on 12 December.
`,
  },
  {
    id: "wl-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
What? A flu vaccination clinic in our pharmacy in Aberystwyth. A man asked if the vaccine had "pork in it" because he is Muslim and had read it online.

So what? The nasal flu vaccine for children contains porcine gelatine; the injectable adult vaccines we give do not. I didn't know the answer straight away and I felt unprofessional.

Now what? I checked the Green Book chapter 19 and the PHW guidance, and gave him the correct information. I've put a note in our SOP folder. I also learned to say "let me check" confidently, not apologetically.
`,
  },
];
