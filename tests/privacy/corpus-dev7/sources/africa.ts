import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Nigeria, Kenya, Ghana, South Africa and Uganda: house officers, residents, nurses, midwives, CHWs, pharmacists. */
export const AFRICA: SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
**Description.** My housemanship started on 1 November, and my first rotation was Internal Medicine. On the Tuesday ward round, Dr Chukwuemeka Eze, our consultant, asked me to present a woman with hypertensive emergency, BP 220/130, and papilloedema. I had forgotten to check her urine.

**Feelings.** Embarrassed in front of the whole team, including Dr Ngozi Okeke, the senior registrar, and the matron, Mrs Bisi Adebayo.

**Evaluation.** Dr Eze was firm but fair. Urinalysis showed 3+ protein; creatinine was 412 µmol/L. We started IV labetalol and planned renal review.

**Analysis.** The JNC 8 (2014) and ISH (2020) guidelines emphasise end-organ assessment. I had treated the number, not the patient.

**Conclusion.** The urine dipstick is part of the blood pressure.

**Action plan.** Present a short talk at the house officers' Thursday forum at the College of Medicine, University of Lagos, and revise for Part I of the West African College of Physicians. — Dr Tolulope Adeyemi, HO
`,
  },
  {
    id: "ng-what-002",
    setting: "paediatrics",
    role: "paediatric resident",
    text: `
**What?** At the Emergency Paediatric Unit in Ibadan, a child with severe malaria and a haemoglobin of 3.9 g/dL arrived at 2am. Our consultant, Prof. Adebola Orimadegun, was on call, and the senior registrar, Dr Funmi Alabi, led the resuscitation.

**So what?** IV artesunate 3 mg/kg (as the WHO guidelines of 2023 recommend for children under 20 kg) and a blood transfusion of 20 mL/kg. The hardest part was the blood bank: no group O negative. The mother's brother donated in the middle of the night. I learned that blood availability, not knowledge, kills children in Nigeria.

**Now what?** I have joined the hospital's voluntary blood donor drive with Dr Alabi. I will present the audit at our departmental seminar on 18 March and write the FMCPaed Part II dissertation proposal on transfusion delays. — Dr Yetunde Balogun, registrar
`,
  },
  {
    id: "ng-free-003",
    setting: "community health",
    role: "community health extension worker",
    text: `
I am a CHEW in a primary health centre in Kano State. This week the LGA immunisation officer, Mallam Sani Abdullahi, came to supervise our polio campaign. We met at the ward head's house and walked the settlements together.

One mother refused the OPV because of rumours on WhatsApp. Mallam Sani did not argue. He asked the village head, the Mai Unguwa, to speak, and she agreed. Our supervisor, Hajiya Rakiya Bello, told me afterwards that trust is the real vaccine.

I reflected on this at our monthly review with Dr Aminu Musa from the State Primary Health Care Board. My lesson: health workers must know the community leaders by name. I will write a list for the new CHEWs, and we will discuss the NPHCDA micro-planning guide (2022) at our next meeting. — Aisha Garba, CHEW
`,
  },
  {
    id: "ng-gibbs-004",
    setting: "surgery",
    role: "surgical resident",
    text: `
**Description.** On ⟦DATE|the second day of Sallah⟧, ⟦NAME|Alhaji Musa Danladi⟧, who says he is ⟦AGE|ninety-one⟧, was brought to ⟦FACILITY_ROOM|Male Surgical Ward, bed 22, Aminu Kano Teaching Hospital⟧ with acute urinary retention from BPH. His hospital number was ⟦ID|AKTH/2024/118473⟧. His son ⟦NAME|Ibrahim⟧ left his number, ⟦PHONE|0803 555 2918⟧.

**Feelings.** Sympathy; he had been catheterised four times at a chemist's shop.

**Evaluation.** Prof. Lawal, our urologist, recommended TURP after optimisation; PSA 6.2.

**Analysis.** EAU guidance (2023) supports surgery for recurrent retention.

**Action plan.** Learn suprapubic catheterisation under supervision.
`,
  },
  {
    id: "ng-what-005",
    setting: "midwifery",
    role: "midwife",
    text: `
**What?** At the maternity in Enugu, ⟦NAME|Mrs Chioma Nwankwo⟧ of ⟦ADDRESS|Plot 7, Ezeani Close, off Chime Avenue, New Haven, Enugu⟧ delivered twins. Her husband ⟦NAME|Obinna⟧ emailed the records officer from ⟦EMAIL|obinna.nwankwo.enu@examplemail.com⟧ asking for birth certificates, copying his NIN, ⟦ID|48817290315⟧.

**So what?** Our chief nursing officer, Mrs Ifeoma Udeh, reminded us never to forward such emails to group inboxes.

**Now what?** I will follow the NDPA (2023) guidance and raise it at the Friday unit meeting. I also want to ask Dr Uche Eze, our medical records lead, to set up a proper request form so families never need to send identity numbers by email. Reflecting with Gibbs, I felt anxious for the family.
`,
  },
  {
    id: "ng-free-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
I am a hospital pharmacist in Abuja. On Monday, Dr Emeka Obi, a medical officer, prescribed Coartem for a patient already on efavirenz-based ART. I called him because of the interaction: efavirenz lowers lumefantrine levels.

He was gracious and we changed to artesunate-amodiaquine. Our chief pharmacist, Pharm. Halima Yusuf, later asked me to present the case at the departmental CPD session.

I reflected using Gibbs. What went well: I spoke up. What could be better: I should have checked the Liverpool HIV Drug Interactions checker before calling. I will also revisit the National Guidelines for HIV Prevention, Treatment and Care (2020), which list these interactions. We meet in the Pharmacy Conference Room every first Thursday. — Pharm. Chidinma Okafor, MPCPharm
`,
  },
  {
    id: "ng-gibbs-007",
    setting: "ICU",
    role: "anaesthesia resident",
    text: `
**Description.** A young man with tetanus in our ICU in Port Harcourt. Spasms every few minutes, autonomic instability. Our consultant anaesthetist, Dr Ibinabo Tamuno, started magnesium sulphate infusion and diazepam. He needed a tracheostomy on day 5.

**Feelings.** Frustrated: tetanus is preventable with a vaccine that costs less than a bottle of Coke.

**Evaluation.** He survived after 24 days of ventilation. The nurses, led by Sister Patience Amadi, did the real work.

**Analysis.** The Cochrane review of magnesium in tetanus (2015) supports its use. Our mortality is still high because we lack ventilators.

**Conclusion.** Prevention is the cheapest ICU.

**Action plan.** Lead a tetanus toxoid outreach with the Community Medicine department, and present the case at the Nigerian Society of Anaesthetists conference in Calabar. — Dr Boma George, SR
`,
  },
  {
    id: "ng-what-008",
    setting: "nursing",
    role: "nursing student",
    text: `
**What?** My first clinical posting as a nursing student was on the female medical ward. Matron Grace Okoro asked me to do the 6am vital signs for all 28 patients. I took 3 hours. Patient B had a temperature of 39.2°C and I didn't report it until 9.

**So what?** Sister Okoro was not angry but explained that a fever in a diabetic patient with a foot ulcer may mean sepsis. She showed me the early warning chart we are piloting.

**Now what?** I will learn to prioritise and report abnormal values immediately. I also made a pocket list of normal ranges. I will discuss this with my clinical instructor, Mrs Funke Ajayi, at the School of Nursing on Friday. — Blessing, Year 1 nursing student
`,
  },
  {
    id: "ng-comment-009",
    setting: "internal medicine",
    role: "registrar",
    text: `
@tolu_ho@naijadocs.social Dr Eze did the same thing to me in 2021, urine dipstick and all. It is a rite of passage on that unit. Your action plan is solid. Add fundoscopy practice with Dr Okeke; she is the best teacher I know. See you at the Thursday forum, and good luck with the West African College exams. — Dr Femi
`,
  },
  {
    id: "ng-free-010",
    setting: "obstetrics",
    role: "obstetrics resident",
    text: `
Reflecting on my first caesarean section as the primary surgeon, under the eye of Dr Olumide Fashola, our consultant obstetrician, in Lagos. The indication was prolonged obstructed labour; the baby was in the occipito-posterior position.

I used the Misgav Ladach technique as taught at the WACS update course. Dr Fashola stopped me twice: once to check the bladder, once to extend the uterine incision in a J rather than a T. The baby had Apgar scores of 7 and 9.

My feelings: proud and shaken. The evaluation: I need to practise knot tying until it is automatic. I am booking time in the skills lab with my colleague Dr Kemi Oladipo every Tuesday and reading the RCOG Green-top Guideline on operative vaginal delivery (No. 26, 2020) as well. I sit the FWACS Part II in April. — Dr Seun Ogunleye, SR
`,
  },
  {
    id: "ke-what-001",
    setting: "HIV clinic",
    role: "clinical officer",
    text: `
**What?** At the comprehensive care clinic in Kisumu, a teenager on dolutegravir had a viral load of 1,200 copies/mL. Our clinic in-charge, Dr Achieng Otieno, asked me to lead the enhanced adherence counselling with the peer educator, Brian.

**So what?** The 2022 Kenya ART guidelines suggest three sessions of counselling before a repeat viral load. The teenager told Brian, not me, that he hid his pills from his classmates at boarding school.

**Now what?** We linked him to an Ariel club at his school. I will present at the county HIV technical working group and read the OTZ guidance. — Wycliffe, clinical officer
`,
  },
  {
    id: "ke-free-002",
    setting: "surgery",
    role: "intern",
    text: `
⟦NAME|Mzee Kipchumba arap Rotich⟧ was brought from ⟦LOCATION|the homestead past the cattle dip at Kapsowar, Elgeyo-Marakwet⟧ on a motorbike with a strangulated hernia. His NHIF number was ⟦ID|8847210⟧ and his daughter ⟦NAME|Chebet⟧ had a phone, ⟦PHONE|0722 555 318⟧.

Our consultant surgeon, Dr Wanjiru Kamau, let me assist. The bowel was viable after warm packs. My reflection with Gibbs: fear, then focus. I learned to respect how far families travel, and I will read the Kenya Essential Surgical Care guidelines (2021) before my next call.
`,
  },
  {
    id: "ke-comment-003",
    setting: "HIV clinic",
    role: "nurse",
    text: `
@wycliffe_co@afyasocial.ke Asante, Wycliffe. OTZ clubs changed our clinic too. Dr Otieno is right that teens talk to peers first. We also send SMS reminders through the clinic system, which helped our viral suppression reach 91% last year. Happy to share our training slides from Nairobi. — Nurse Faith Wambui
`,
  },
  {
    id: "gh-gibbs-001",
    setting: "emergency",
    role: "house officer",
    text: `
**Description.** My first night in the emergency department in Kumasi. A man with a snakebite from a farm, a swollen leg and a 20-minute whole blood clotting test that failed to clot. Dr Kwame Asante, the emergency physician, started antivenom.

**Feelings.** Terrified of anaphylaxis.

**Evaluation.** We pre-treated with adrenaline 0.25 mg subcutaneously as per the WHO guidelines (2016), and he did not react. By morning his clotting had recovered.

**Analysis.** Snakebite is a neglected tropical disease, and our antivenom supply depends on donors.

**Conclusion.** Preparation reduces fear.

**Action plan.** Teach the snakebite protocol to the nurses with Dr Asante, and prepare for my Ghana College membership exams in June. — Dr Ama Owusu, HO, KNUST
`,
  },
  {
    id: "gh-what-002",
    setting: "geriatrics",
    role: "nurse",
    text: `
**What?** ⟦NAME|Nana Akosua Mansa⟧, the queen mother who says she is ⟦AGE|one hundred and two⟧, came to our clinic from ⟦LOCATION|the chief's palace compound in Asokore Mampong⟧. Her Ghana Card number is ⟦ID|GHA-712948305-4⟧. She had a chest infection.

**So what?** Our physician assistant, Mr Kofi Boateng, prescribed amoxicillin. The whole family came.

**Now what?** I will read the Ghana STGs (2017) on elderly care and the WHO ICOPE handbook (2019). Mr Boateng also reminded me that pneumonia in the very old often presents without fever, only confusion, so I will teach this to the new rotation nurses with our in-charge, Madam Akua Sarpong, on Monday.
`,
  },
  {
    id: "za-free-001",
    setting: "district hospital",
    role: "community service doctor",
    text: `
Community service in the Eastern Cape. I was the only doctor on call for the district hospital at night. A woman with TB meningitis, GCS 11, arrived at midnight. I did an LP with my torch in my mouth while Sister Nomsa Dlamini held her position.

The next morning, Dr Pieter van der Merwe, our clinical manager, reviewed my note and said it was a good LP. He taught me the MRC grading and the British Infection Society (2009) criteria for steroids.

Reflecting with Driscoll: so what? I can do things I thought only registrars could do. Now what? I will complete my Diploma in HIV Management (DipHIV) through the College of Medicine of South Africa, and plan to present the case at the Walter Sisulu University teaching day. — Dr Thandi Mokoena
`,
  },
  {
    id: "za-what-002",
    setting: "maternity",
    role: "midwife",
    text: `
**What?** ⟦NAME|Mrs Zanele Khumalo⟧, ID number ⟦ID|${saId("880314082708")}⟧, was admitted to ⟦FACILITY_ROOM|bed 4 of the labour ward at Edendale Hospital⟧ with eclampsia. Her mother ⟦NAME|Gogo Thoko⟧ lives at ⟦LOCATION|the house behind the spaza shop at KwaNyuswa, near the Valley of a Thousand Hills⟧.

**So what?** Dr Sipho Ndlovu, the registrar, gave MgSO4 per the Guidelines for Maternity Care (2016).

**Now what?** I will teach the Zuma regimen to our new midwives, with Sister Lindiwe Mthembu from the ESMOE team, and practise the eclampsia drill every month. I felt shaky afterwards, but the drill we had practised in April carried us through.
`,
  },
  {
    id: "ug-free-001",
    setting: "paediatrics",
    role: "medical student",
    text: `
My clerkship in paediatrics in Kampala under Dr Sarah Nakibuuka. On the acute care unit, a child with sickle cell anaemia had a painful crisis and a Hb of 5.1. Dr Nakibuuka taught us about hydroxyurea from the REACH trial (2019), which included Ugandan children.

I was moved by how the mother knew more than me about her child's disease. She had been to the sickle cell clinic since he was 1. I reflected with Kolb: my concrete experience humbled me, and I want to learn from parents.

Our group presents at the Makerere University College of Health Sciences paediatrics seminar on Friday. My friend Brenda and I will make a leaflet in Luganda. — Joseph, Year 4 MBChB
`,
  },
  {
    id: "ng-free-011",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
At the neuropsychiatric hospital clinic in Abeokuta I saw ⟦NAME|Mr Adewale Ogunbiyi⟧, whom everyone in his town knows as ⟦OTHER|the talking-drum player who opens every Oro festival procession in Ilaro⟧, with his brother ⟦NAME|Kunle⟧. He had stopped his olanzapine because it made him too slow to drum. His file number was ⟦ID|NPH/ABK/22/04418⟧.

My consultant, Dr Olufemi Adeoye, taught me to negotiate: we switched to aripiprazole 10 mg and agreed to review in two weeks. I reflected with Gibbs: my feelings were respect, and my analysis is that adherence depends on what the drug takes away from a person's identity. I will present this at our Friday grand round.
`,
  },
  {
    id: "ng-what-012",
    setting: "public health",
    role: "resident doctor",
    text: `
**What?** On Monday 3 March I started my rural posting in Ogbomoso as part of my residency in Family Medicine. Dr (Mrs) Folake Adeniran, our supervising consultant, took us on the cottage hospital's outreach to the market. We screened 140 traders for hypertension; 38 had BP above 140/90 and most did not know.

**So what?** The NCD guidelines (2019) say screening without follow-up is pointless. Dr Adeniran insisted we book every trader with the community health officer, Mr Tunde Ajani, for a repeat check.

**Now what?** I will design a simple follow-up register in our WhatsApp group "FM Residents 2024" and present the results at the departmental seminar. I also need to finish my Part II dissertation proposal by 30 June. — Dr Damilola Akinwale, senior registrar
`,
  },
];
