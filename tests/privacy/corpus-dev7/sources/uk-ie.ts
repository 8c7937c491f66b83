import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK and Ireland: FY1s, student nurses, midwives, pharmacists, paramedics, GP trainees, faculty. */
export const UK_IE: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "ward round",
    role: "FY1",
    text: `
**Description.** My F1 started on 2 August, and by the third week I was presenting on the post-take ward round with Dr Helen Marsh, the acute medicine consultant. Patient A, a man in his seventies, had come in with new atrial fibrillation and a CHA2DS2-VASc of 4. I presented him well until Dr Marsh asked why I had not started apixaban, and I froze.

**Feelings.** Hot-faced. I knew the answer, I just could not find it with six people watching.

**Evaluation.** The registrar, Tom Ashworth, rescued me kindly and the plan was right: rate control with bisoprolol 2.5 mg, apixaban 5 mg BD once the ORBIT score was done, echo as an outpatient.

**Analysis.** Reading Gibbs (1988) again, I think the freeze was about the audience, not the knowledge. NICE NG196 (2021) is clear, and I had read it on the train from Leeds.

**Conclusion and action plan.** I will practise presenting out loud with Ellie, my housemate and fellow F1, and ask Dr Marsh for feedback at my mid-point review on 18 October. — Sam Whitaker, FY1
`,
  },
  {
    id: "uk-what-002",
    setting: "acute medical unit",
    role: "student nurse",
    text: `
**What?** My second placement as a second-year student nurse was on the Acute Medical Unit. Sister Bernadette Okonjo asked me to do the 14:00 medication round with her. Mr X, who has Parkinson's disease, had not had his Madopar since the morning because he was in the Discharge Lounge waiting for transport and nobody had moved his meds.

**So what?** Time-critical medicines are exactly that. Parkinson's UK's *Get It On Time* campaign says doses should be given within 30 minutes of the prescribed time; he was four hours late and his tremor and rigidity were much worse. Sister Okonjo did not blame anyone; she rang the bed manager and the pharmacist, Raj, came up within ten minutes.

**Now what?** I am making a pocket card of time-critical drugs (levodopa, insulin, anti-epileptics, Creon) and I will present it at the student nurse forum on Wednesday. Thanks to Bernadette and to my practice assessor, Karen Doyle. — Megan, Year 2 Adult Nursing, University of Salford
`,
  },
  {
    id: "uk-free-003",
    setting: "OSCE",
    role: "medical student",
    text: `
My finals OSCE was on my birthday, 3 March, which felt like a cruel joke. Station 7 was a breaking-bad-news station with an actor playing Mrs Green, whose husband had "died unexpectedly in the Emergency Department". The examiner, Professor Adewale, sat in the corner writing.

I used SPIKES, as Dr Kaur taught us in Seminar Room 4 of the Education Centre, and I remembered to give a warning shot. But I used the word "passed" instead of "died", which our communication lead, Dr Fiona Baird, had warned us about all year.

Afterwards I cried in the toilets for five minutes and then went for a pint at the Students' Union with Josh and Aisha. We all had the same station. Reflecting with Kolb's cycle: the concrete experience was the station; I am now actively experimenting by practising with the Year 3 students on Tuesday evenings at the Medical School. Results come out on 28 March. Fingers crossed. — Hannah, Year 5, University of Bristol
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
**Description.** On a Saturday on-call I was bleeped by the F2, Dr Chloe Patel, about a gentamicin level of 2.4 mg/L taken 18 hours after the dose in a woman with pyelonephritis and an eGFR of 38. She wanted to know whether to give the next dose.

**Feelings.** Confident about the Hartford nomogram, less confident about whether it applied.

**Evaluation.** We held the dose, repeated the level at 24 hours, and discussed with the microbiologist, Dr Ian Fraser, who suggested switching to co-amoxiclav once sensitivities came back.

**Analysis.** The trust guideline (2019) and the BNF both say to use the nomogram only with once-daily dosing at 7 mg/kg; we had used 5 mg/kg because of her renal function, so the nomogram did not apply. I had not made that clear on the first call.

**Conclusion.** Give the caveat first, not last.

**Action plan.** I will update the gentamicin teaching slides for the Wednesday pharmacy lunchtime session in the Pharmacy Department and ask my tutor, Lucy Grant, to watch me teach. — Anjali Mistry, Band 7 pharmacist
`,
  },
  {
    id: "uk-what-005",
    setting: "ambulance",
    role: "paramedic",
    text: `
**What?** A night shift out of Manchester with my crewmate Dave Brennan. We were called at 02:40 to a man in his eighties who had fallen in his kitchen. GCS 14/15, BP 102/64, SpO2 94% on air, no head injury, a history of Parkinson's and COPD. His daughter was with him and was worried he would be "put in a home".

**So what?** The JRCALC guidelines (2022) and our falls pathway let us refer to the community falls team instead of conveying. It was 3am and the ED was at 80 patients with ambulances queueing outside. I was tempted to convey anyway to protect myself. Dave reminded me that conveying an older person to a corridor for 12 hours is not risk-free either.

**Now what?** We referred to the falls team and the GP. I am doing the College of Paramedics frailty module in January and I want to talk about this at our station's clinical supervision with our team leader, Sandra Nwosu.
`,
  },
  {
    id: "uk-free-006",
    setting: "labour ward",
    role: "midwife",
    text: `
Reflection for my revalidation. Last week I supported a first-time mother through a long induction on the Delivery Suite. Her partner stayed all night. Bishop score 4 at the start; propess, then ARM and syntocinon; she reached 10 cm at 05:10 and pushed for an hour and a half.

Baby X was born with Apgars of 6 at one minute and 9 at five. I called the neonatal team anyway, and Dr Kofi Mensah, the paediatric registrar, came within three minutes and was lovely to the parents.

What I learned: the NICE intrapartum care guideline (NG235, 2023) is clear about escalation, but what made the difference was the senior midwife, Jo Pritchard, sitting beside me for the second stage so I did not have to think about the CTG and the mother at the same time. Driscoll's "What? So what? Now what?" helped me see that asking for help early is a skill, not a weakness.

— Ffion Roberts, Band 6 midwife, Cardiff
`,
  },
  {
    id: "uk-gibbs-007",
    setting: "general practice",
    role: "GP trainee",
    text: `
**Description.** A telephone consultation with a woman in her nineties who lives with her son. She had been started on prednisolone for polymyalgia rheumatica by a locum and now had ankle swelling and "a moon face", as her son put it. My trainer, Dr Rachel Oduya, wondered about Cushingoid features from steroids rather than heart failure.

**Feelings.** Uneasy: telephone consultations with older patients always feel thin.

**Evaluation.** We brought her in for a face-to-face review. BP 164/92, glucose 11.2, weight up 3 kg. No crackles, JVP not raised.

**Analysis.** The BSR guideline (2015) suggests tapering to the lowest effective dose. She was still on 15 mg after eight weeks because nobody had written the taper down. Schön would call this reflection-on-action; it made me check every PMR patient on our list.

**Conclusion.** A repeat prescription is not a plan.

**Action plan.** Audit our steroid tapers and present the results at the practice meeting; sit my AKT on 21 January. — Dr Yusuf Ali, GPST2
`,
  },
  {
    id: "uk-free-008",
    setting: "palliative care",
    role: "hospice nurse",
    text: `
I have worked in a hospice for eleven years and I still learn something every week. On Tuesday we admitted Mrs Y, a woman in her sixties with motor neurone disease, from the Respiratory Ward. Her syringe driver had midazolam 10 mg and morphine 10 mg over 24 hours, and she was frightened of choking.

Our consultant, Dr Morag Campbell, sat with her for forty minutes. No notes, no computer, just listening. I watched how she used silence. When she finally asked, "What are you most afraid of?", Mrs Y told us about her father dying of the same disease in 1989.

Bed management had been on the phone all morning asking whether we had a bed for a man from the Emergency Department, and there was pressure to move faster. Dr Campbell said no, gently, and finished the conversation first.

I am writing this up using Rolfe's framework for my NMC revalidation and sharing it at our Thursday reflective practice group with our educator, Liz Thornton.
`,
  },
  {
    id: "uk-what-009",
    setting: "teaching",
    role: "faculty",
    text: `
**What?** On 12 September I ran my first simulation session as a clinical teaching fellow, in the Sim Suite on the second floor of the Postgraduate Centre. Six F1s, one scenario: a 72-year-old with sepsis and a falling BP. Our technician, Gareth, played the nurse, and my co-facilitator was Dr Amara Nwachukwu, an ST5 in anaesthetics.

**So what?** The debrief was where the learning happened. I used the PEARLS framework and the diamond model, and I talked far too much. Amara counted: I spoke for 14 of the 20 minutes. The F1s were polite, but Ben, the quietest, only spoke when Amara asked him directly.

**Now what?** I am doing the ASPiH faculty course in November. For the next session, on 3 October, I will use a timer and let the learners talk first. I also want to read Rudolph et al. (2007) on debriefing with good judgement. — Dr Ollie Fenwick, clinical teaching fellow, Newcastle
`,
  },
  {
    id: "uk-comment-010",
    setting: "teaching",
    role: "medical student",
    text: `
@hannah_y5@medsocial.uk This is so relatable. I had the same breaking-bad-news station at Sheffield last year with Dr Ellis examining, and I said "passed away" twice. Dr Baird's advice is spot on. Also, Kolb is great, but try Driscoll for OSCE reflections; it is quicker to write up. Good luck on 28 March! — Ayesha, FY1
`,
  },
  {
    id: "uk-gibbs-011",
    setting: "ward",
    role: "FY1",
    text: `
**Description.** A Friday night on the surgical wards. I was the only F1 for 120 patients. At 23:30 I was called about ⟦NAME|Mr Derek Fairclough⟧, ⟦AGE|91⟧, day 2 after a hemiarthroplasty, in ⟦FACILITY_ROOM|Bay C, bed 14 on Ward 31 at Royal Preston⟧. His NEWS2 was 7: HR 118, BP 88/50, new confusion. His NHS number, ⟦ID|${nhs("485 777 336")}⟧, was not on the drug chart I was handed, which was for another patient.

**Feelings.** Panic, then a strange calm once I had called the medical registrar, Dr Priya Nair.

**Evaluation.** Sepsis six done within the hour; lactate 4.1. He went to HDU. The chart mix-up was caught by the nurse in charge, Maureen.

**Analysis.** Two patient identifiers on every chart, every time (NPSA, 2007).

**Action plan.** Complete a Datix; present at the F1 teaching on patient identification. — Jack, FY1
`,
  },
  {
    id: "uk-free-012",
    setting: "community mental health",
    role: "mental health nurse",
    text: `
A difficult week on the crisis team. A young woman I will call J had posted on Instagram as ⟦OTHER|@lottie.paints.hebden⟧ that she "would not be here by the weekend". Her mum, ⟦NAME|Carol Whitworth⟧, rang us on ⟦DATE|Sunday 9 November⟧ from ⟦PHONE|07700 900417⟧, frightened, and gave her address as ⟦ADDRESS|4 Weavers Fold, Hebden Bridge HX7 6DF⟧.

We did a joint visit with the police. ⟦NAME|Charlotte⟧ was safe, tearful and angry that her mum had called. My supervisor, Dr Imran Qureshi, helped me think about how to keep the relationship with ⟦NAME|Charlotte⟧ while taking the risk seriously.

I used the Stanley-Brown safety plan with her. Reflecting with Driscoll: what mattered was not the form but that she chose who would be on it. I will bring this to our Tuesday supervision and to the Trust's suicide prevention training in Halifax.
`,
  },
  {
    id: "uk-what-013",
    setting: "paramedic",
    role: "paramedic",
    text: `
**What?** A call to ⟦LOCATION|the last farmhouse past the chapel at Cwm Penmachno⟧, where ⟦NAME|Mr Emlyn Pugh⟧ had fallen in the yard at 6am. He was ⟦AGE|ninety-six⟧ and had farmed there all his life; he refused to come in. GCS 15, a skin tear on the forearm, no hip pain, BP 138/80.

**So what?** Capacity is decision-specific (MCA 2005). My crewmate, Rhys, and I spent an hour with him. He understood the risks and said he would rather die in his own yard than in a corridor in Bangor.

**Now what?** We dressed the wound, left a falls pendant referral and rang his niece, ⟦NAME|Gwen⟧. I want to reflect on capacity with our clinical lead, Dr Sian Hughes, at the next CPD day in Llandudno.
`,
  },
  {
    id: "uk-free-014",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
My first year as a critical care nurse finished on 30 June, and my preceptor, Claire Dunmore, asked me to write a reflection on the whole year rather than one shift. So here it is.

I learned to titrate noradrenaline, to prone a patient with six people counting, to talk to families at 3am when the consultant is still on the way in. I learned that the Critical Care Outreach Team are the best people in the hospital. I learned that a bed number is not a name, and that asking what music someone likes can change a whole shift.

I sat the ICS step 1 competencies in March and passed. I did my ALS course at the Education Centre in May with Dr Ravi Menon as course director. In October I start the post-registration critical care course at Birmingham City University.

Thank you to Claire, to Dr Menon, and to my band 6, Kemi Adeyemi, who taught me more than any textbook.
`,
  },
  {
    id: "ie-gibbs-001",
    setting: "emergency department",
    role: "intern",
    text: `
**Description.** An intern night in the ED in Galway in January. A woman in her seventies with a Wells score of 6, a pleuritic chest pain and a D-dimer of 3,400. My SHO, Dr Niamh Ó Briain, was in resus and the registrar, Dr Cathal Daly, was at a trauma call.

**Feelings.** Anxious. I knew the algorithm but not whether to start treatment before the CTPA.

**Evaluation.** I started tinzaparin after checking renal function and weight, and the CTPA confirmed a saddle PE. Cathal said I had done the right thing.

**Analysis.** The ESC guideline (2019) supports anticoagulation while awaiting imaging when the clinical probability is high. I had read it during my final-year rotation in Cork.

**Action plan.** Present at the Wednesday intern teaching in the Clinical Science Institute. — Aoife, intern, University of Galway
`,
  },
  {
    id: "ie-what-002",
    setting: "general practice",
    role: "GP registrar",
    text: `
**What?** A home visit in Mayo with my trainer, Dr Séamus Walsh, to ⟦NAME|Mrs Bridie Gallagher⟧ at ⟦ADDRESS|Carrowkeel, Ballycroy, Co. Mayo F28 K2V9⟧. She is ⟦AGE|ninety-three⟧, lives alone and still keeps hens. Her nephew ⟦NAME|Martin⟧ had rung the surgery because she had stopped eating. Hb 86, MCV 72.

**So what?** Iron-deficiency anaemia at ⟦AGE|93⟧ still needs a conversation about investigation. Séamus let her lead; she said no scopes, thank you.

**Now what?** Oral iron on alternate days (as per the 2020 BSG guidance) and a review in four weeks. I will reflect on shared decision-making at our ICGP half-day release in Castlebar.
`,
  },
  {
    id: "ie-comment-003",
    setting: "emergency department",
    role: "SHO",
    text: `
@aoife_intern@irishmed.social Great reflection. Starting treatment while waiting for the CTPA is exactly what we teach. Cathal Daly was my reg too in 2022 and he is the calmest person in Connacht. One tip: document the Wells score in the notes, not just in your head. See you at the Wednesday teaching. — Dr Eimear Nolan, EM SHO
`,
  },
  {
    id: "uk-free-015",
    setting: "surgery",
    role: "core surgical trainee",
    text: `
CASE SUMMARY

A man in his late sixties with a Courvoisier gallbladder, painless jaundice and a bilirubin of 212. CT showed a mass in the head of the pancreas. Mr Andrew Whitfield, the HPB consultant, took me to clinic to see how he discusses a Whipple's procedure.

LEARNING POINTS

1. Mr Whitfield drew the anatomy on the back of the clinic letter: stomach, duodenum, bile duct, pancreas.
2. He said the number that matters is not the 5-year survival but what the patient wants from the next year.
3. Our specialist nurse, Julie, booked the ERCP and the MDT for Thursday.

REFLECTION

I used to think surgeons talked in numbers. Mr Whitfield talked in stories. Schön (1983) calls this knowing-in-action, and I saw it for an hour. I have my MRCS Part B on 9 February in Edinburgh and I will practise this kind of explanation in the communication stations with my CST colleague, Raj Kohli. — Dr Lucy Bainbridge, CT1
`,
  },
];
