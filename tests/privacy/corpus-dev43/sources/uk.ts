import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales): 11 items, 6 with identifiers, 2 comments. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
**Description.** On my fourth night as named nurse for ⟦NAME|Baby Orla Pennington⟧ in ⟦FACILITY_ROOM|cot 3, Intensive Care Room 2 at Ridgeway Children's Hospital⟧, her saturations drifted into the low 80s at 02:40 and did not come back with more oxygen. She was born at 23+6 weeks on ⟦DATE|14/02/2025⟧, weighing 590 g, and had had two doses of poractant alfa. The registrar, Dr Emeka Obi, found the endotracheal tube had slipped to the right main bronchus; we re-taped it and she was back to 92% within minutes.

**Feelings.** My hands shook while I held the bag. When ⟦NAME|Orla⟧'s mum, ⟦NAME|Kerry⟧, rang from ⟦PHONE|07700 900318⟧ at 03:10 I told her the truth, but in far too much detail, and she cried.

**Evaluation.** The airway response was quick and calm. The phone call was not my best work.

**Analysis.** I logged the incident against NHS number ⟦ID|${nhs("485 777 312")}⟧ and re-read the BAPM framework (2019) on extreme prematurity. Nothing in it tells you how to talk at three in the morning, but it is clear that parents remember how things were said long after the numbers fade.

**Conclusion.** Tube position should be checked after every set of cares, not only on X-ray days, and night calls need a short, honest script.

**Action plan.** Our educator, Sister Joan Mallory, is running a session on phoning parents overnight, and I have signed up.
`,
  },
  {
    id: "uk-what-002",
    setting: "school nursing",
    role: "school nurse",
    text: `
**What?** ⟦NAME|Tilly-Mae⟧, in Year 8, came to my Thursday drop-in at ⟦LOCATION|Harrowgate Vale Academy⟧ on ⟦DATE|6 March⟧ with her hoodie sleeves pulled right down. Under them were fresh superficial cuts. She eventually showed me messages from an older boy posting as ⟦OTHER|@kxng_ryder07⟧, who had been asking her for photos for weeks and threatening to "tell everyone" if she stopped replying. She lives with her nan, ⟦NAME|Mrs Brenda Voss⟧, under a special guardianship order.

**So what?** I wanted so badly to keep her trust that for a moment I considered only telling her nan. Working Together to Safeguard Children (2023) is unambiguous, and so was my supervisor, Gail Henshaw, when I phoned her from the medical room: this was a child at risk of sexual exploitation, and the designated safeguarding lead, Mr Okoro, had to know that morning. I explained this to ⟦NAME|Tilly⟧ before I did anything, which I think mattered more than any form.

**Now what?** The referral went to the MASH the same day and the police took the account details. I have booked the CSE awareness module, and I will rehearse the "I can't keep this secret, but I can stay with you" conversation with a colleague, because I stumbled over it.
`,
  },
  {
    id: "uk-free-003",
    setting: "paediatric emergency department",
    role: "paediatric registrar",
    text: `
A six-week-old came in at 04:15 with a temperature of 38.4 and a mottled look that the triage nurse, Becky, did not like. Heart rate 190, capillary refill four seconds, CRP 87. Under NICE NG143 (2019) any infant under three months with a fever of 38 or more is high risk, so there was no real decision to make: bloods, cultures, urine, lumbar puncture, cefotaxime 50 mg/kg and amoxicillin.

What I want to record is the lumbar puncture. I had done eleven on neonates and failed four. My consultant, Dr Aisha Rahman, was at home, and I hesitated for almost twenty minutes before ringing her, mostly from pride. She talked me through positioning over speakerphone, the nurse held the baby in a tight curl, and the second attempt gave clear fluid. Brudzinski's and Kernig's signs are useless at that age, which is exactly why the tap matters.

The culture grew group B streptococcus at 36 hours. The baby did well.

Learning: I delay calling for help on nights because I think I should cope. In a department in Leeds with one registrar overnight, that is a patient-safety issue, not a personality trait. I now ring early, and I tell my juniors that I do.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "developmental clinic",
    role: "foundation doctor",
    text: `
**Description.** In my community paediatrics block I sat in on Dr Nkechi Obi's developmental clinic. A toddler in the second year of life had lost the dozen words he used to have, had stopped pointing and now lined up toy cars for hours. His parents had waited nine months for the appointment.

**Feelings.** I was anxious about the word "autism" being said out loud, and then surprised by how relieved the father looked when it was.

**Evaluation.** Dr Obi did not rush. She used the Griffiths III items and an informal ADOS-style play session, and she explained that regression of language also makes her think about Rett syndrome, Landau–Kleffner and hearing loss before settling on any label. A creatine kinase and fragile X testing were sent, and an audiology referral was made.

**Analysis.** I had assumed the assessment was mainly the checklist. In fact most of the work was listening: when the regression started, what the grandparents had noticed, the sleep, the diet of beige food. DSM-5 criteria are the end of that conversation, not the start. NICE CG128 (2011) recommends a multidisciplinary assessment within three months of referral, which made me think about the nine-month wait.

**Conclusion.** Developmental history is a skill I have barely practised since medical school.

**Action plan.** I will take two histories myself next week under supervision and write up the differential for regression.
`,
  },
  {
    id: "uk-free-005",
    setting: "transition to adult care",
    role: "cystic fibrosis nurse specialist",
    text: `
Transition clinics teach me more than any other part of my week. Today's was with ⟦NAME|Gethin ap Rhys⟧, who is seventeen and has cystic fibrosis, and who farms with his father on a hill holding above ⟦LOCATION|Pentre-bach-y-Coed⟧, where he is the only lad in the young farmers' club with a port. He has been on elexacaftor/tezacaftor/ivacaftor for two years and his FEV1 has gone from 54% to 71%.

He sat with his arms folded while his mother answered my questions for him. Using the Ready Steady Go questionnaire I asked her to wait outside for the second half, which she did with visible reluctance. Alone, ⟦NAME|Gethin⟧ told me he had stopped his nebulised hypertonic saline three months ago because there is no time before milking, and that he vapes at the mart.

I did not lecture. We talked about what he wanted: to take over the farm, to go to the Royal Welsh show without coughing. We agreed to swap the saline for a shorter routine and to meet the adult team in Cardiff together. He asked me to send the clinic letters to him, not his mum, at ⟦EMAIL|gethin.defaid03@hotmail.co.uk⟧, and to the GP.

Reflection: I have been running transition as a paperwork exercise. It only started working today when I let him be the patient.
`,
  },
  {
    id: "uk-what-006",
    setting: "health visiting",
    role: "health visitor",
    text: `
**What?** My new-birth and child-development caseload in Orkney includes ⟦NAME|Callum⟧, who is three and lives with his great-grandmother, ⟦NAME|Granny Isa⟧, at ⟦ADDRESS|4 Skerry Brae, Stromness KW16 3BX⟧. She is ⟦AGE|93⟧. His mother is in residential rehab on the mainland. At the 27–30 month review, which was overdue, his speech was well behind and he was still in nappies, but he was clean, fed, adored and knew every boat in the harbour by name.

**So what?** My first instinct was to worry about the age gap and escalate. When I stopped and used the GIRFEC wellbeing indicators honestly, most of them were green; what was missing was respite, a nursery place and a speech and language referral, not a safeguarding plan. I also realised I had assumed she would not manage a smartphone, and she does, better than me. I updated his record under CHI ⟦ID|${nhs("170322 481")}⟧ and wrote the plan with her at the kitchen table, not at the office.

**Now what?** Nursery starts after the Easter break, I have referred him to SLT, and I have asked the named person service at the school to include her in the team around the child meetings. I will revisit in six weeks, and I will check my own assumptions about old age before I open the red folder.
`,
  },
  {
    id: "uk-free-007",
    setting: "breaking bad news",
    role: "paediatric oncology nurse specialist",
    text: `
I sat in on a relapse conversation this week for a teenager with acute lymphoblastic leukaemia, nearly two years after she finished maintenance. Dr Laura Beck led it; I was there as the key worker.

We used SPIKES, more or less. Setting: the quiet room, phones off, tissues on the table, not in the doorway. Perception: she asked the girl what she thought the bone marrow would show, and she said "it's back, isn't it", before anyone else spoke. That changed everything. Instead of delivering news, we were confirming something she had already guessed, and the rest of the hour was about what happens next: blinatumomab, the possibility of CAR-T, the word "transplant".

What I found hardest was her dad, who kept asking about survival percentages. Dr Beck gave ranges, honestly, and then stopped talking. The silence lasted nearly a minute. I have always filled silences; this week I watched one do its work.

Afterwards I wrote the plan in the notes and called the community team in Birmingham. I also noticed I had skipped lunch and had a headache by four, which is a pattern. Ruth, my own supervisor, reminded me that looking after the key worker is part of the job.

— Hannah, CNS, paediatric haematology and oncology
`,
  },
  {
    id: "uk-gibbs-008",
    setting: "osce",
    role: "medical student",
    text: `
**Description.** My paediatrics OSCE included an adolescent history station: a fifteen-year-old with headaches, played by an actor called Dev, with the examiner, Dr Fiona Greaves, sitting in the corner. The hidden agenda was that he was being bullied and had started missing school.

**Feelings.** I was nervous because I had practised headache red flags for days and had barely touched HEADSSS.

**Evaluation.** I covered the red flags well: early morning vomiting, visual change, papilloedema on the fundoscopy image. I got to the home and education questions only at minute six and never asked about drugs, sexuality or suicide.

**Analysis.** The marking sheet rewarded asking his mother to step out and explaining confidentiality, including its limits, with reference to Gillick competence and the Fraser guidelines (1985). I skipped that entirely because the "mother" was sitting there and I felt awkward asking her to leave. Looking back, the station was designed to see if I would.

**Conclusion.** In adolescent consultations the psychosocial history is the clinical history, not an optional extra. A tension headache, poor sleep and 4 missed days a month are a story about school.

**Action plan.** I will practise HEADSSS with a friend until it is automatic, start every teenage history with a confidentiality statement, and ask for time alone with the young person as a routine, not an exception.
`,
  },
  {
    id: "uk-free-009",
    setting: "night shift",
    role: "paediatric senior house officer",
    text: `
My worst night of the rotation so far. ⟦NAME|Jordan⟧, fourteen, with type 1 diabetes, came in by ambulance from ⟦ADDRESS|22 Elmcroft Avenue, Salford M6 8QJ⟧ at about 01:00: Kussmaul breathing, pH 7.08, glucose 28 mmol/L, ketones 6.1. His insulin pump, serial ⟦DEVICE|NG4471839H⟧, had a kinked cannula that nobody had noticed for at least a day.

I followed the BSPED 2021 DKA guideline almost line by line: 10 mL/kg bolus only because he was shocked, fluid deficit calculated at 5%, insulin at 0.05 units/kg/hour an hour after fluids started. What went wrong was the potassium. I did not check that the second bag had KCl in it, and at 05:30 his potassium was 3.0. The nurse, Chantelle, spotted it on the gas before it became dangerous.

I felt ashamed, then defensive, then just tired. The debrief with my registrar was kind and specific: the guideline has a fluid prescription chart for a reason, and I had written the bags as free text.

What I have changed: I now use the chart every time, and I read back each bag with the nurse. I have also asked the diabetes team to add a pump-failure question to the ED proforma, because his mother had said "the pump's been beeping" on the phone and that never made it to me.
`,
  },
  {
    id: "uk-comment-010",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
Really honest reflection, thank you. I was across the corridor in ⟦FACILITY_ROOM|Intensive Care Room 2⟧ that night and remember ⟦NAME|Orla⟧'s alarms. She went home on low-flow last week, which made the whole unit smile. Small point: you might want to take her name and the room out before this goes on the blog, even if her mum would probably be proud.
`,
  },
  {
    id: "uk-comment-011",
    setting: "paediatric emergency department",
    role: "emergency nurse",
    text: `
As the nurse in a lot of these rooms: please ring early. We would much rather a registrar who calls the consultant at 04:20 than one who tries a fifth lumbar puncture alone. The NG143 traffic-light table is printed in our resus bay for exactly this reason. Good on you for writing this down — Becky, ED sister
`,
  },
];
