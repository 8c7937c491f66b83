import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia, New Zealand, the Philippines and Malaysia: interns, registrars, nurses, paramedics, pharmacists. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "emergency department",
    role: "intern",
    text: `
**Description.** I started my internship on 13 January at a tertiary hospital in Brisbane, and my first term was ED. On my fourth shift, a man in his fifties came in with crushing chest pain and ST elevation in V1–V4. My supervisor, Dr Lachlan Murray, FACEM, activated the cath lab, and I gave aspirin 300 mg and ticagrelor 180 mg.

**Feelings.** Buzzing with adrenaline, but also aware I had been slow to get the ECG.

**Evaluation.** Door-to-balloon was 62 minutes. The triage nurse, Jess O'Connor, had actually spotted it first.

**Analysis.** The NHFA/CSANZ ACS guidelines (2016) say ECG within 10 minutes of arrival. I had been clerking someone else. Nurses are the ones who see patients first.

**Conclusion.** Listen to triage.

**Action plan.** Present at our Thursday intern teaching in the Clinical Skills Centre, and start studying for the ACEM primary exam next year. — Dr Mia Nguyen, PGY1
`,
  },
  {
    id: "au-what-002",
    setting: "rural health",
    role: "remote area nurse",
    text: `
**What?** I am a remote area nurse in the Kimberley. This week the Royal Flying Doctor Service retrieved a young woman with suspected ectopic pregnancy, and I was the only clinician for four hours. Dr Ben Hartley, the RFDS doctor, supported me over the phone. Her haemoglobin on the i-STAT was 78.

**So what?** The CARPA Standard Treatment Manual (8th edition, 2022) was my bible that night. I put in two large-bore cannulas, gave tranexamic acid and kept her warm. The Aboriginal health worker, Auntie Marlene, stayed with the family and explained everything in Kriol.

**Now what?** I am doing the CRANAplus Maternity Emergency Care course in Alice Springs in February. I will also debrief with our clinic manager, Sue Collins, and write a case for the Remote Area Nurse forum. — Kate, RAN
`,
  },
  {
    id: "au-free-003",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
Community pharmacy in Perth. A customer asked for Nurofen Plus, and the codeine rescheduling of 2018 meant I had to say no without a script. He was angry and said Dr Patel always gives it to him. I explained the Real Time Prescription Monitoring system (ScriptCheckWA) and offered paracetamol and ibuprofen instead.

My owner-pharmacist, Nathan Leigh, said I handled it well. What I found hard was the judgement in my own head. The PSA Professional Practice Standards (2023) remind us that pharmacists are clinicians, not shopkeepers.

I reflected with Gibbs and realised I need better words for opioid conversations. I have booked the PSA opioid stewardship module and will attend the Pharmacy Guild's conference in Fremantle in May. — Chloe Tan, pharmacist
`,
  },
  {
    id: "au-gibbs-004",
    setting: "paramedic",
    role: "paramedic",
    text: `
**Description.** A Sunday callout on the Eyre Peninsula. ⟦NAME|Mr Clarence Hoskins⟧, ⟦AGE|97⟧, had fallen at ⟦LOCATION|the old stone cottage behind the silos at Lock⟧. His Medicare number, ⟦ID|${medicare("2951 3847", 1)}⟧, was on the fridge with his daughter ⟦NAME|Raelene⟧'s mobile, ⟦PHONE|0491 570 226⟧.

**Feelings.** Worried about a long drive to Port Lincoln with a fractured neck of femur.

**Evaluation.** Methoxyflurane and a fascia iliaca block, under guidance from the clinician on call, Dr Emma Walsh.

**Analysis.** SA Ambulance guidelines (2021) support the block in trained hands.

**Action plan.** Finish my nerve block credentialing with our educator, Mick Daly.
`,
  },
  {
    id: "au-what-005",
    setting: "ICU",
    role: "ICU registrar",
    text: `
**What?** In the ICU at ⟦FACILITY_ROOM|bed 11, Royal Darwin Hospital⟧, ⟦NAME|Mr Jimmy Wurramarrba⟧ from ⟦LOCATION|the outstation past the airstrip at Umbakumba on Groote Eylandt⟧ had melioidosis septic shock. His URN was ⟦ID|RDH0442817⟧. His cochlear implant, serial ⟦DEVICE|CI-622-884-19F⟧, needed checking before MRI.

**So what?** Our consultant, Dr Dianne Stephens, spoke to his family with an Aboriginal Liaison Officer present.

**Now what?** Read the Darwin melioidosis guideline (2020) and the CICM statement on family meetings. I reflected with Gibbs afterwards: my feeling was that I had been rushing, and the family taught me to slow down. Meropenem 2 g q8h, noradrenaline 0.3 mcg/kg/min.
`,
  },
  {
    id: "au-free-006",
    setting: "aged care",
    role: "nursing student",
    text: `
My aged care placement in Melbourne taught me about dementia care more than any lecture. My facilitator, Deb Robinson, and the RN in charge, Tenzin, showed me how to use the Abbey Pain Scale for residents who cannot tell us they hurt.

One resident, whom I will call Mrs Z, became agitated every afternoon at 4pm. Tenzin thought it was sundowning. I noticed she was always looking for her handbag. When I found it, she calmed.

Reflecting with Driscoll: what? A lost handbag. So what? Behaviours of concern often have simple causes. Now what? I will apply the DBMAS principles and the Royal Commission into Aged Care Quality and Safety recommendations (2021) in my next placement. I am also presenting at our La Trobe University nursing seminar. — Sophie
`,
  },
  {
    id: "au-what-007",
    setting: "general practice",
    role: "GP registrar",
    text: `
**What?** A rural GP term in Tamworth. My supervisor, Dr Anne McKenzie, asked me to see a farmer in his sixties with a new Dupuytren's contracture and a glucose of 14.6. He had not seen a doctor in ten years.

**So what?** The RACGP Red Book (10th edition, 2024) has a lot to say about opportunistic screening. We did HbA1c (8.9%), lipids and a skin check. He also had a basal cell carcinoma on his ear.

**Now what?** We booked a long appointment for next month. I am sitting the RACGP AKT in October and the CCE in February, and I want to reflect on men's health with our practice nurse, Leanne, who runs the farmers' health clinic at the show. — Dr Rohan Singh, GPT2
`,
  },
  {
    id: "au-comment-008",
    setting: "rural health",
    role: "RFDS doctor",
    text: `
@kate_ran@outback.social You did brilliantly, Kate. I remember that night; you made my job easy. The CRANAplus MEC course is excellent, and Alice Springs in February is hot but worth it. Say hi to Auntie Marlene and Sue for me. Next time we do a debrief together in person. — Dr Ben Hartley, RFDS
`,
  },
  {
    id: "au-free-009",
    setting: "emergency department",
    role: "ED nurse",
    text: `
Triage in a regional ED on the Gold Coast. A man brought his father, ⟦NAME|Mr Desmond Pryce⟧, who is ⟦AGE|ninety-four⟧, from ⟦ADDRESS|Unit 3, 18 Marine Parade, Coolangatta QLD 4225⟧ in a ute with the rego ⟦OTHER|QLD 714 DSP⟧, parked across the ambulance bay. He was confused with a temperature of 38.9.

Our CNC, Rebecca Holt, helped me triage him as ATS 2. Dr Sam Patel, the ED registrar, found a UTI and started ceftriaxone 1 g.

I reflected on how to handle angry family members with our educator, Peta, using the Gibbs cycle.
`,
  },
  {
    id: "nz-what-001",
    setting: "general practice",
    role: "medical student",
    text: `
**What?** My trainee intern year started on 20 January, and my first run was general practice in Whanganui with Dr Aroha Tane. A kaumātua with gout came in. Allopurinol 100 mg, titrate to urate below 0.36 mmol/L as per the bpac.nz guidance (2021).

**So what?** Dr Tane spent half the consult on whakapapa and whānau before gout. The patient trusted her, and he agreed to a treat-to-target plan.

**Now what?** I want to learn te reo Māori for clinical greetings through the University of Otago's Hauora Māori programme, and I will present this at our Tuesday tutorial. — Liam, TI
`,
  },
  {
    id: "nz-free-002",
    setting: "midwifery",
    role: "midwife",
    text: `
A home birth in rural Northland. ⟦NAME|Ngaire Te Rangi⟧, whose NHI is ⟦ID|ZZZ0016⟧, lives at ⟦LOCATION|the house by the marae on the Matawaia road past the dairy⟧. Her partner ⟦NAME|Rewi⟧ called me at 3am.

The baby came fast; a postpartum haemorrhage of 800 mL. I gave oxytocin 10 IU IM and called the St John paramedics, who took her to Whangārei. My colleague, Mere Tāwhai, and the obstetric registrar, Dr Hannah Liu, supported us.

I reflected with Driscoll: a home birth is a choice, and my job is to keep it safe. I will do the PROMPT refresher next month.
`,
  },
  {
    id: "ph-gibbs-001",
    setting: "community medicine",
    role: "medical intern",
    text: `
**Description.** My community rotation as a medical intern in Iloilo. We joined a barangay health worker, Ate Linda, on house visits for TB case finding. Dr Ramon Villanueva, our preceptor, taught us the DOTS strategy.

**Feelings.** Hot, tired and humbled.

**Evaluation.** We found two new smear-positive cases. One family had never heard of the free TB-DOTS programme.

**Analysis.** The Philippine Clinical Practice Guidelines for TB (2016) are clear, but information does not reach everyone.

**Conclusion.** Health workers are the bridge.

**Action plan.** Help Ate Linda make a simple flyer in Hiligaynon; prepare for the Physician Licensure Exam in August. — Dr Carla Dela Cruz, intern, UP Visayas
`,
  },
  {
    id: "ph-what-002",
    setting: "emergency",
    role: "nurse",
    text: `
**What?** During the typhoon, ⟦NAME|Lola Remedios Bautista⟧, who turned ⟦AGE|ninety-nine⟧ on ⟦DATE|All Saints' Day⟧, was carried to the municipal health office from ⟦LOCATION|the stilt house by the chapel in Purok 3, Barangay Bagongbayan, Guiuan⟧. Her PhilHealth number was ⟦ID|12-050018372-6⟧.

**So what?** Dr Jun Abad said wound care and tetanus prophylaxis come first.

**Now what?** Learn disaster triage (SALT) with our MHO, Dr Grace Tan, and join the next Department of Health training in Tacloban. I reflected with Driscoll: the elderly are the last to be evacuated and the first to be forgotten. Tetanus toxoid 0.5 mL IM and cloxacillin were given.
`,
  },
  {
    id: "my-free-001",
    setting: "medicine",
    role: "house officer",
    text: `
Housemanship in Kuching, my second posting, Medicine. Dato' Dr Lim Kok Wah, our consultant, asked me to present a case of leptospirosis. The patient had been in a flood, had jaundice, AKI and thrombocytopenia, and Weil's disease was the diagnosis.

I had never examined conjunctival suffusion. Dr Lim showed us, and our MO, Dr Nurul Huda, taught me the Faine's criteria (modified, 2012). We started IV penicillin G.

Reflection with Gibbs: my feeling was excitement at seeing textbook medicine. I will read the Malaysian CPG on leptospirosis (2011) and present it at our Wednesday CME in the auditorium. I also want to do my MRCP Part 1 in June. — Dr Aiman bin Rosli, HO
`,
  },
  {
    id: "my-comment-002",
    setting: "medicine",
    role: "medical officer",
    text: `
@aiman_ho@medsocial.my Good job, Aiman! Dato' Dr Lim loves asking about Faine's criteria, you passed his test. One more tip: always ask about recreational water activity, not only floods. Nurul Huda and I did MRCP Part 1 together in 2022, so ask us for notes. Selamat maju jaya. — Dr Siti Aishah, MO
`,
  },
  {
    id: "au-free-010",
    setting: "teaching",
    role: "medical student",
    text: `
My rural clinical school year in Broken Hill finished on 22 November, and our Dean, Professor David Lyle, asked us to write about the year. So here goes.

I learned that a country town hospital runs on about six people. I learned to suture from Dr Kate Swan, to take a history from a shearer, and to sit in silence with a family after a death. I learned the Aboriginal Medical Service's name for every visiting specialist.

I passed my OSCEs in October. I turned 24 on 7 July during a night in the ED, and the nurses brought a cake. My supervisor, Dr Hamish Forbes, let me lead a trauma call in August and gave me the honest feedback I needed.

Reflecting with Kolb, my active experimentation will be to come back here as an intern. Thank you to Vicki, our clinical school administrator, and to the University of Sydney for the rural bonded scholarship. — Jess Tran, Year 4
`,
  },
];
