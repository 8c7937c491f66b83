/**
 * Forms battery: ages 90+, patient dates, one-of-a-kind details (OTHER), IDs and device serials, as people really write
 * them, with the hard negatives that sit beside them. Every sentence was written for this file (before the detector's
 * pattern modules were read) and none is taken from a corpus; no name, number, plate or handle is meant to be real.
 * Numbers with a real check (NHS, CHI, H&C, Aadhaar, Medicare, IHI, SA ID, SIN) are valid so the checksum paths run.
 *
 * Marking: `⟦text⟧` around each expected span, of the list's type (`⟦TYPE|text⟧` for another type). `⟦?|text⟧` marks an
 * identifier of another kind that the sentence carries (a patient's name, a bed): a finding there is neither scored
 * nor spurious. A span is found when a finding of the
 * same type overlaps it; it is flagged when a finding of any type does. A finding overlapping no marked span is spurious;
 * a sentence with no marks must have no findings at all.
 *
 * Decisions this file makes (ANNOTATION.md asks for exact ages 90+):
 * - "centenarian" / "supercentenarian" count as AGE: they place a person at 100+, a narrower band than the "90 or over"
 *   Safe Harbor allows. "nonagenarian" (90–99) is the same band as "in her nineties" and is a negative.
 * - A birth year is a DATE only when it puts the patient at 90 or over ("born in 1931"); "born in 1988" is a year alone.
 * - A single-day festival named as the day of the encounter ("on Eid day", "on Christmas Day") is a DATE; a season or
 *   period ("during Ramadan", "over Diwali week", "at Easter") is not.
 * - A month/year of onset ("since 12/22") is a DATE; clinical fractions (2/52, 3/7, 6/12, 3/10, 24/7) are not.
 * - Staff numbers (bleep, extension, GMC/PMDC/NMC registration, student numbers) are not IDs; nor are ICD-10, SNOMED,
 *   ATC, NDC, PMID, DOI, trial registration numbers, or lab values.
 * - A device's model name or model number alone is not a DEVICE; its serial or lot number is.
 * - An organisation's handle (@NICEComms) and hashtags are not OTHER; a patient's or relative's handle is.
 *
 * First measured result (rounds-detector/13 as on main at 0854c00, before any detector change on this branch):
 *   AGE    found 34/43  flagged 34/43  spurious 0
 *   DATE   found 40/48  flagged 40/48  spurious 1   (LOCATION "a village near Kumasi")
 *   ID     found 37/40  flagged 38/40  spurious 1   (FACILITY_ROOM "Hospital ID")
 *   DEVICE found 13/16  flagged 14/16  spurious 0
 *   OTHER  found 15/34  flagged 25/34  spurious 0   (8 plates flagged, but as DEVICE)
 *   NEGATIVE clean 118/120                         (PHONE on a GMC number and on an NDC drug code)
 * After the rules on this branch (tuned on these sentences, so this is a training score, not an estimate):
 *   AGE 43/43 spurious 0; DATE 44/48 spurious 1; ID 40/40 spurious 0; DEVICE 15/16 spurious 0; OTHER 34/34 spurious 0;
 *   NEGATIVE clean 120/120. Left missing: dates with no event word and no other identifier in the sentence (soft by
 *   design: "the night of 2 March when she arrested", "on New Year's Day", "on Holi"), a month/year of onset ("since
 *   12/22"), and a two-digit transmitter code ("8G4KPL").
 * BASELINE holds the current floors; the test fails if a count gets worse. Run with FORMS_VERBOSE=1 to list misses.
 */
import { describe, expect, it } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";
import type { FindingType } from "../../src/privacy/detector/index.ts";

interface Marked {
  readonly type: FindingType | "?";
  readonly start: number;
  readonly end: number;
}

/**
 * Strip `⟦text⟧` / `⟦TYPE|text⟧` marks from a battery sentence, returning the plain text and the marked spans; a mark
 * without a type takes its list's type.
 */
function parse(marked: string, listType: FindingType): { text: string; spans: Marked[] } {
  let text = "";
  const spans: Marked[] = [];
  const re = /⟦(?:([A-Z_?]+)\|)?([^⟧]*)⟧/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    spans.push({ type: (m[1] as FindingType | "?" | undefined) ?? listType, start, end: text.length });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}

// ---------------------------------------------------------------------------------------------------------------
// AGE 90+
const AGES: readonly string[] = [
  "Saw a ⟦94yo⟧ lady with a UTI on the take.", // UK
  "Pt is a ⟦94 y/o⟧ female with confusion x2 days.", // US
  "A ⟦94-yr-old⟧ man presented with a fall.", // US
  "She was ⟦aged ninety-four⟧ and sharper than me.", // UK
  "He calls himself ⟦ninety four years young⟧ and refuses the walker.", // IE
  "Honestly, ⟦she's 97⟧ and still does her own shopping.", // AU
  "⟦?|Mrs Kiplagat⟧ ⟦turned 100⟧ in March and the whole ward sang.", // KE
  "We celebrated her ⟦101st birthday⟧ on the ward with cake.", // UK
  "Our patient was a ⟦centenarian⟧ who had outlived all her children.", // NZ
  "Referral letter: ⟦age: 92⟧, lives alone, independent.", // CA
  "Handover: ⟦?|bed 3⟧ ⟦(92F)⟧ — delirium, for review.", // UK
  "ED board read '⟦92M⟧ fall ?NOF'.", // UK
  "Triage slip said ⟦F, 93⟧, SOB, known CCF.", // ZA
  "The ⟦95 saal ki⟧ amma had walked from the bus stop.", // PK
  "⟦?|Baba⟧ is ⟦96 years⟧ and he has never seen a hospital before.", // NG
  "⟦?|Nana⟧ was ⟦ninety-seven⟧ and had buried two husbands.", // GH
  "The ⟦98-year-old⟧ grandmother held my hand throughout.", // IN
  "A ⟦91 year old⟧ retired teacher with a hip fracture.", // IE
  "⟦?|Mr Tan⟧, ⟦93⟧, was brought by his daughter.", // MY
  "⟦?|Lola Remedios⟧, ⟦99⟧, insisted on praying before the procedure.", // PH
  "He was ⟦aged 102⟧ and the oldest person I have ever clerked.", // UK
  "Our ⟦one hundred and one-year-old⟧ patient asked for tea.", // UK
  "The ⟦ninety-six-year-old⟧ farmer had never taken a tablet.", // AU
  "⟦?|Dadi ji⟧ is ⟦ninety-two⟧ and watches cricket every night.", // IN
  "A ⟦90-year-old⟧ woman was found on the floor by her carer.", // CA
  "He is ⟦95 yrs⟧, a widower, lives with his son.", // KE
  "Aged ⟦91y⟧, she came in with sepsis.", // UK
  "Pt ⟦94yrs⟧ old, bedbound, grade 3 pressure sore.", // NG
  "The patient, a ⟦supercentenarian⟧, was a local celebrity.", // BR
  "She told us proudly she would be ⟦100⟧ next month.", // UK
  "He had just had his ⟦90th birthday⟧ party when he collapsed.", // IE
  "⟦?|Mama Grace⟧ is ⟦ninety-three years old⟧ and very frail.", // UG
  "⟦?|Gogo⟧ was ⟦97⟧ when she first came to the clinic.", // ZA
  "At ⟦96⟧, he was still tending his goats every morning.", // KE
  "⟦?|Nonna⟧, ⟦aged 93⟧, came with her whole family.", // AU
  "Umar? His son wrote ⟦٩٥ saal⟧ on the form.", // PK (Arabic-Indic digits)
  "Age ⟦９４⟧ (full-width digits typed on a phone).", // MY
  "A ⟦95-yo⟧ woman with AF and a fall.", // US
  "The ⟦93 y.o.⟧ man was on warfarin.", // PH
  "⟦?|Abuela⟧ was ⟦92 años⟧ and spoke only Spanish.", // US
  "He was a ⟦hundred and two⟧ and still ironed his own shirts.", // UK
  "Patient (⟦96⟧) was admitted overnight.", // EG
  "The family said ⟦94 years of age⟧ but he had no papers.", // NG
];

// DATE tied to the patient
const DATES: readonly string[] = [
  "Clerking note: DOB ⟦04.07.31⟧, lives alone.", // UK
  "Her d.o.b. ⟦4/7/31⟧ was wrong on the wristband.", // UK
  "She was ⟦born in 1931⟧ in a village near Kumasi.", // GH
  "He was admitted on ⟦the 14th⟧ with chest pain.", // UK
  "We saw him last ⟦Tuesday the 9th⟧ in clinic.", // IE
  "He was brought in ⟦on Eid day⟧ after a fall.", // PK
  "She came in on ⟦Christmas Day⟧ with a hot swollen knee.", // UK
  "Her surgery was on the ⟦3rd of Jan⟧.", // NG
  "The baby was delivered ⟦Jan 3rd⟧ at 32 weeks.", // US
  "Admission date ⟦2024-01-03⟧, discharge pending.", // CA
  "Discharged ⟦03-Jan-24⟧ with a package of care.", // AU
  "It was ⟦the night of 2 March⟧ when she arrested.", // UK
  "The old man ⟦died on 12.3⟧ surrounded by family.", // ZA
  "She was admitted on ⟦15 Ramadan 1445⟧ according to her son.", // PK
  "He was born on ⟦27 Rajab⟧, his wife said.", // EG
  "Symptoms ⟦since 12/22⟧, worse over the last month.", // IN
  "Baby was born on ⟦12/03/2024⟧ at 02:15.", // UK
  "Seen in clinic ⟦14 Feb 2024⟧ with haemoptysis.", // KE
  "He was operated on ⟦March 5, 2024⟧.", // US
  "She had her stroke on ⟦5th March⟧.", // IN
  "Date of admission: ⟦12-08-2023⟧.", // IN
  "Pt admitted ⟦12/8⟧, deteriorated ⟦14/8⟧.", // UK
  "She passed away on ⟦Sunday 4 August⟧.", // IE
  "The boy was vaccinated on ⟦3.11.2023⟧.", // NG
  "Date of death ⟦2023.11.04⟧ in the register.", // MY
  "We saw her on ⟦Monday, 9th October⟧.", // UK
  "He was discharged on ⟦the 21st⟧ and readmitted on ⟦the 23rd⟧.", // AU
  "Her DOB is ⟦1st April 1929⟧.", // UK
  "Born ⟦1928⟧, he served in the war.", // UK
  "The accident happened on ⟦New Year's Day⟧.", // NZ
  "She delivered on ⟦Diwali night⟧ in the labour room.", // IN
  "She was first seen on ⟦5/11/23⟧ by the GP.", // IE
  "He was admitted ⟦22nd Nov⟧ with DKA.", // UK
  "Operated ⟦Nov 22⟧, discharged ⟦Nov 25⟧.", // US
  "His birthday is ⟦12 June⟧, he told me twice.", // PH
  "LMP ⟦2/1/24⟧, so she is 12 weeks.", // GH
  "Her LMP was ⟦the 2nd of January⟧.", // KE
  "She fell ⟦on the 14th of this month⟧.", // NG
  "EDD ⟦30.09.2024⟧ per dating scan.", // UK
  "Admitted ⟦Thursday 14/03⟧ via ED.", // UK
  "The family visited on ⟦Saturday the 16th⟧.", // ZA
  "Date of injury ⟦11th Sept 2023⟧.", // AU
  "He was born on ⟦Eid ul Fitr 1932⟧, his grandson said.", // PK
  "We met her on ⟦Holi⟧, the day of the colours.", // IN
  "Seen ⟦14/02⟧ in the respiratory clinic.", // UK
];

// ID
const IDS: readonly string[] = [
  "Labels printed with the wrong number (MRN ⟦00482913⟧) on them.", // UK
  "The blood form had hosp no. ⟦K123456⟧ but the wrong name.", // UK
  "Her UHID ⟦2023/044718⟧ had been duplicated.", // IN
  "CR no. ⟦2024-118273⟧ was written on the file.", // IN
  "IPD No. ⟦45127⟧, ⟦?|bed 12⟧.", // PK
  "OPD no ⟦88213/24⟧ for follow-up.", // IN
  "His folder number ⟦3377120⟧ was on the old card.", // ZA
  "NHS number ⟦943 476 5919⟧ was on the referral.", // UK
  "CHI ⟦0101311230⟧ on the prescription.", // UK (Scotland)
  "H&C number ⟦320 719 8554⟧ did not match.", // UK (NI)
  "Her Aadhaar ⟦4918 2736 4553⟧ was photocopied.", // IN
  "CNIC ⟦35202-1234567-1⟧ was noted by the clerk.", // PK
  "The child's B-form ⟦61101-7654321-3⟧ was missing.", // PK
  "NIN ⟦12345678901⟧ was captured at registration.", // NG
  "Medicare number ⟦2953 18477 1⟧ on the form.", // AU
  "IHI ⟦8003 6081 6669 1006⟧ was in the My Health Record.", // AU
  "SSN ⟦078-05-1120⟧ was visible on the screen.", // US
  "reg. no. ⟦44172⟧ on the casualty card.", // PK
  "The bed-ticket no. ⟦2291⟧ was torn.", // IN
  "pt ID ⟦7788-21⟧ on the wristband.", // US
  "SA ID ⟦5203045809089⟧ on the clinic card.", // ZA
  "His SIN ⟦046 454 286⟧ was on the disability form.", // CA
  "UR number ⟦1452369⟧ on the drug chart.", // AU
  "File no. ⟦2019/3344⟧ at the records office.", // NG
  "Hospital ID: ⟦K-45-2281⟧ was on the band.", // KE
  "NHIF no. ⟦4419283⟧ had lapsed.", // KE
  "Ghana Card ⟦GHA-723841560-3⟧ was used for registration.", // GH
  "MyKad ⟦520304-14-5678⟧ was copied to the file.", // MY
  "PhilHealth no. ⟦12-345678901-2⟧ on the claim.", // PH
  "Her PPSN ⟦1234567T⟧ was on the medical card.", // IE
  "His MRN was ⟦RX0917745⟧.", // US
  "Patient number ⟦P-2024-00813⟧ on the lab form.", // UK
  "Driving licence ⟦MORGA657054SM9IJ⟧ was in his wallet.", // UK
  "Passport no. ⟦AB1234567⟧ was copied for the visa letter.", // EG
  "Her health card ⟦1234-567-897-AB⟧ was expired.", // CA
  "MR# ⟦448201⟧ on the consent form.", // US
  "Registration No: ⟦2024/OPD/5567⟧.", // NG
  "Medicaid ID ⟦AB12345C⟧ on the face sheet.", // US
  "NHI ⟦ZZZ0016⟧ was on the discharge letter.", // NZ
  "Case no. ⟦0914/23⟧ on the medico-legal file.", // PK
];

// DEVICE
const DEVICES: readonly string[] = [
  "Pacemaker check: SN: ⟦PJN412873H⟧, battery fine.", // UK
  "The ICD, serial ⟦8841-227⟧, had fired twice.", // US
  "Hip prosthesis lot ⟦22C19⟧ was on the recall list.", // UK
  "We checked the pump, S/N ⟦33-1298⟧, against the chart.", // AU
  "Cochlear implant ⟦CI632-4418720⟧ was activated.", // NZ
  "ICD serial no. ⟦RNB402719S⟧ was logged in the clinic.", // CA
  "Insulin pump serial ⟦4421-9987-PX⟧ was replaced.", // IE
  "The VP shunt, serial number ⟦VPS-220713⟧, was documented.", // IN
  "Device ID ⟦8824-331⟧ for his home ventilator.", // UK
  "Her LVAD (serial ⟦HM3-12345⟧) alarmed at night.", // US
  "Knee implant batch ⟦K7731-04⟧ was written in the op note.", // ZA
  "The CGM transmitter ID ⟦8G4KPL⟧ was on the box.", // AU
  "Oxygen concentrator asset tag ⟦BMT-00412⟧ was in her house.", // UK
  "The pacemaker's serial number is ⟦SJM 7720154⟧.", // KE
  "Stent lot no. ⟦0052719⟧ was stuck on the cath lab sheet.", // PK
  "Ser. no. ⟦MX-448812⟧ on the hearing aid.", // MY
];

// OTHER
const OTHERS: readonly string[] = [
  "She was ⟦the only female blacksmith in our village⟧, so everyone knew her.", // GH
  "He is ⟦the only vet in Timaru who speaks Igbo⟧.", // NZ
  "She is ⟦the only woman taxi driver in Chitral⟧.", // PK
  "He was ⟦the last lighthouse keeper on Achill⟧.", // IE
  "The car was registered ⟦KX19 ABC⟧, the police said.", // UK
  "Reg plate ⟦MH 12 AB 1234⟧ was noted by security.", // IN
  "His rickshaw, ⟦LEA-1234⟧, was parked outside casualty.", // PK
  "The bus ⟦KJA 123 AB⟧ overturned on the expressway.", // NG
  "Her car ⟦1ABC 234⟧ was in the ED drop-off bay.", // AU
  "The matatu ⟦KCA 123A⟧ hit him on Thika Road.", // KE
  "The taxi ⟦GR 1234-20⟧ brought her in.", // GH
  "The bakkie, ⟦CA 123-456⟧, was left at the entrance.", // ZA
  "The jeepney plate ⟦ABC 1234⟧ was written on the police report.", // PH
  "His car ⟦WXY 1234⟧ was towed from the hospital car park.", // MY
  "The car ⟦191-D-12345⟧ was involved in the collision.", // IE
  "The pickup, plate ⟦7ABC123⟧, hit the cyclist.", // US
  "She posts as ⟦@dan_the_drummer_leeds⟧ on Instagram.", // UK
  "Her TikTok is ⟦@gran_of_kibera⟧ and it has 20k followers.", // KE
  "His son tweeted from ⟦@obi_lagos_dad⟧ about the delay.", // NG
  "The family made the ⟦'Pray for Baby Amara' Facebook group⟧.", // NG
  "The ⟦'Mum Bed 12 Updates' WhatsApp group⟧ had forty members.", // UK
  "He was ⟦the boy from the Thursday bus crash on the A470⟧.", // UK
  "She was ⟦the only survivor of the Ikorodu tanker explosion⟧.", // NG
  "He was ⟦the farmer gored by his bull at the Royal Welsh Show⟧.", // UK
  "She is ⟦the only child with progeria in County Leitrim⟧.", // IE
  "He was ⟦the former mayor of Oamaru⟧ and everyone knew him.", // NZ
  "She was ⟦the only Hausa-speaking midwife in Invercargill⟧.", // NZ
  "He is ⟦the imam of the only mosque in Tobermory⟧.", // UK
  "She was ⟦the headmistress of the only school on Lamu Island⟧.", // KE
  "He was ⟦the man whose house collapsed in the Malir floods⟧ on the news.", // PK
  "He is ⟦the only albino fisherman on Lake Bunyonyi⟧.", // UG
  "She was ⟦the village's only traditional bonesetter in Ekiti⟧.", // NG
  "His YouTube channel ⟦@tractor_tales_ballina⟧ was how they found us.", // IE
  "His Snapchat ⟦@kofi.boy.99⟧ was on his phone screen.", // GH
];

// Hard negatives: every one must stay silent.
const NEGATIVES: readonly string[] = [
  // ages that are not exact 90+, and numbers near 90–110 that are not ages
  "She was in her nineties and lived alone.",
  "A nonagenarian with delirium is a common admission.",
  "A 54-year-old man with chest pain.",
  "Sats were 94% on air and HR 96.",
  "His weight was 94 kg and BMI 31.",
  "Hb 92 g/L, down from 110.",
  "BP 190/100 on arrival.",
  "He had a 90-day mortality risk of 12%.",
  "Above the 97th centile for weight.",
  "Patients over 90 are at high risk of delirium.",
  "Flexion to 90 degrees at the knee.",
  "She scored 91/100 on the ACE-III.",
  "The 95% CI was wide.",
  "It took 100 minutes to get a CT.",
  "We admitted 96 patients that weekend.",
  "RR 22, temp 38.9, glucose 9.6.",
  "One in 100 patients develop this.",
  "The 100-day cough lasted a month.",
  "Aged 18 to 65 were eligible for the trial.",
  "We see about 90 patients a day in OPD.",
  "Room temperature was 24 degrees.",
  "A 19-year-old student with headache.",
  "She was 89 and still drove.",
  "Paracetamol 1 g QDS, max 4 g in 24 hours.",
  "He needed 100 mL of fluid per hour.",
  // dates that are not the patient's
  "My exam is on 3 May, so revision is tight.",
  "The rota starts from 1 August.",
  "NICE 2019 guidance recommends this.",
  "As in (Smith et al., 2019), outcomes were worse.",
  "The 2021 ALS guidelines changed the drug order.",
  "The helpline is open 24/7.",
  "Give 1/2 tablet at night.",
  "BP 120/80 at rest.",
  "Pain 3/10 after analgesia.",
  "The handover was at 14:30.",
  "Review in 2/52 with bloods.",
  "She had a 3/7 history of cough.",
  "Follow-up in 6/12 in clinic.",
  "GCS 14/15 on arrival.",
  "Adrenaline 1:1000 IM.",
  "Power 5/5 in all limbs.",
  "Visual acuity 6/9 in the left eye.",
  "A grade 3/6 systolic murmur.",
  "In 2019 I started medical school.",
  "In March the rota changes.",
  "Last Tuesday was my first night shift.",
  "Three days ago I passed my OSCE.",
  "Results are out on 14 July.",
  "Our induction was on 2 August 2023.",
  "The course runs 5–9 June.",
  "During Ramadan many patients fast.",
  "Over Diwali week the ED is always busy.",
  "At Easter the clinic closes.",
  "He was born in 1988 and works in IT.",
  "The ratio of 3:1 compressions to breaths.",
  "Tidal volume 6 mL/kg.",
  "WHO 2016 classification of CNS tumours.",
  "The BMJ 2020;368:m1234 paper was useful.",
  // IDs that are not a patient's
  "ICD-10 I21.4 was the coded diagnosis.",
  "SNOMED 22298006 is myocardial infarction.",
  "Bleep 4432 for the on-call registrar.",
  "Call the ward on ext 4432.",
  "NEWS2 score 7, escalated.",
  "qSOFA 2 so we started the sepsis six.",
  "Creatinine 145, INR 3.2.",
  "HbA1c 86 mmol/mol.",
  "My GMC number 7012345 is on my badge.",
  "My PMDC reg. no. is on the certificate.",
  "Student no. 2019-1234 for the logbook.",
  "PMID 31245678 describes the trial.",
  "Trial NCT04280705 was published.",
  "DOI 10.1136/bmj.m1234 is the reference.",
  "ATC code N02BE01 is paracetamol.",
  "NDC 0002-3227-30 on the vial.",
  "Troponin 1,250 ng/L at 3 hours.",
  "K+ 5.9 and eGFR 45.",
  "Version 2.3.1 of the app crashed.",
  "Room 204 of the medical school library.",
  "Lecture theatre 3 was packed.",
  // devices that are only models
  "She had a Medtronic Azure pacemaker.",
  "A DDD pacemaker was inserted.",
  "He uses a MiniMed 780G pump.",
  "The Cochlear Nucleus 7 processor was charging.",
  "A size 4 LMA was used.",
  "A 20G cannula in the left ACF.",
  "A 14 Fr catheter was placed.",
  "The batch was recalled by the manufacturer.",
  "We checked the vaccine lot before giving it.",
  "An Accu-Chek Guide meter.",
  "The pharmacy checked the lot number against the recall.",
  // one-of-a-kind details that are not
  "He is a retired teacher from Leeds.",
  "A farmer from rural Punjab with a snake bite.",
  "A taxi driver after a road traffic accident on the motorway.",
  "She is a shopkeeper in Lagos.",
  "I was the only F1 on the ward tonight.",
  "I was the only doctor in the department.",
  "Follow @NICEComms for updates.",
  "I tweet at #MedTwitter sometimes.",
  "The A470 was closed so I was late.",
  "The NG12 guideline on suspected cancer.",
  "CG95 was replaced years ago.",
  "An ST3 in cardiology taught us.",
  "MRCP Part 1 is in January.",
  "COVID-19 and H1N1 both came up.",
  "BRCA1 and HLA-B27 in genetics teaching.",
  "CKD 3a with T2DM.",
  "An N95 mask and FFP3 fit test.",
  "Group B strep and vitamin B12.",
  "HPV 16 and 18 are high risk.",
  "Rs 1500 for the scan is a lot for the family.",
  "KES 2000 for transport.",
  "A bus crash is a mass casualty drill scenario.",
  "Many patients come from small villages nearby.",
  "She is a nurse in a small town.",
  "The family WhatsApp group was busy all night.",
  "A Facebook group for parents of premature babies.",
  "4AT score 4, likely delirium.",
  "Print it on A4 paper.",
  "The MMR and BCG were given.",
  "Apgar 9 at 5 minutes.",
];

// ---------------------------------------------------------------------------------------------------------------
// A second set, written after the rules above were added and measured once before any rule was touched for it: an honest
// (if small) check that the rules are forms rather than the sentences above. Marks carry their type.
// Measured once, as first written: found 51/54, spurious 9 (six patients' names and kinship names the set had not
// marked, now marked ⟦?|…⟧; two "a farm/hut near <town>" LOCATIONs; "come Diwali" as a DATE), negatives clean 28/30
// ("Patients aged 90 and over" — an AGE already on main; "The centenarian study" — the new centenarian rule). Missed:
// "was 103, she told me" after a noun subject, "wrote 91yrs", a double-quoted group name holding an apostrophe.
// Fixed after that measurement (so no longer unseen): age bands after "aged" ("aged 90 and over", "aged 90+"), a
// centenarian study/cohort, "91yrs" run together, apostrophes in a double-quoted group name.
const FRESH: readonly string[] = [
  "⟦?|Mrs Achterberg⟧, ⟦AGE|aged 96⟧, came in from her farm near Gouda.",
  "Our oldest patient this week was ⟦AGE|103⟧, she told me, and she still knits.",
  "Note on the drug chart: '⟦AGE|97 F⟧, frail, for comfort care'.",
  "His grandson kept saying ⟦?|Dada⟧ was ⟦AGE|ninety-eight⟧ come Diwali.",
  "The triage nurse wrote ⟦AGE|91yrs⟧ on the card.",
  "⟦?|Mzee Otieno⟧ is ⟦AGE|99⟧ and walks with a stick made of olive wood.",
  "She was ⟦AGE|one hundred⟧ last spring, her niece said.",
  "Pt ⟦AGE|M/93⟧ BIBA post fall.",
  "⟦?|Lolo Ben⟧ just celebrated his ⟦AGE|95th⟧ birthday with lechon.",
  "Sex/age: ⟦AGE|F/92⟧.",
  "He said he was ⟦AGE|ninety-nine⟧ and a half and we all laughed.",
  "⟦?|Nenek⟧, ⟦AGE|94⟧, had been fasting through Ramadan.",
  "The family brought Ouma, who was ⟦AGE|97⟧, for her flu jab.",
  "A frail ⟦AGE|92 yo⟧ man from a care home.",
  "Grandma turned ⟦AGE|ninety⟧ the day before she fell.",
  "He was born on ⟦DATE|the 5th of May 1930⟧ in a hut near Kisumu.",
  "DOB: ⟦DATE|12/11/1929⟧.",
  "She was admitted ⟦DATE|on 3/2⟧ with a UTI.",
  "Her operation was booked for ⟦DATE|Friday 19th⟧ and she was nervous.",
  "He was born in ⟦DATE|1933⟧, his papers said.",
  "Date of birth ⟦DATE|1936-05-02⟧ on the wristband.",
  "The baby arrived ⟦DATE|Sept 14⟧ at 04:10.",
  "⟦?|Mr Dube⟧ died ⟦DATE|22.10.2023⟧ at home.",
  "She was discharged on ⟦DATE|Wednesday 6 March⟧.",
  "He was seen in the fracture clinic ⟦DATE|on the 28th⟧.",
  "We saw him on ⟦DATE|Eid ul Adha⟧ in the emergency room.",
  "Her LMP was ⟦DATE|4 Oct⟧, so she was 34 weeks.",
  "His hospital number was ⟦ID|D4417823⟧.",
  "UHID: ⟦ID|AIIMS/2024/118822⟧ on the slip.",
  "The folder no. ⟦ID|2023-77412⟧ was missing from records.",
  "Her NHS no. is ⟦ID|401 023 2137⟧.",
  "CNIC no. ⟦ID|42101-7654321-9⟧ on the admission form.",
  "The MRN ⟦ID|A00917733⟧ was printed on every label.",
  "Her IP no. ⟦ID|2024/09981⟧ was on the chart.",
  "His NHIS number ⟦ID|08817263⟧ was checked at the desk.",
  "Medicare card ⟦ID|4117 26380 2⟧ was in her purse.",
  "Her Aadhaar number ⟦ID|7301 6284 5917⟧ was on the form.",
  "His pacemaker serial is ⟦DEVICE|PZM448120S⟧.",
  "The insulin pump (S/N ⟦DEVICE|NG4471902H⟧) had a cracked screen.",
  "Cochlear implant serial number ⟦DEVICE|CI622-55123⟧ was noted.",
  "The hearing aid, serial ⟦DEVICE|HA-20381-L⟧, was lost on the ward.",
  "His ICD SN ⟦DEVICE|RWL 771204 S⟧ was checked by the physiologist.",
  "Her hip implant lot no. ⟦DEVICE|1185-2203⟧ was on the recall list.",
  "The ambulance noted the car reg ⟦OTHER|YK21 FHD⟧.",
  "His keke, ⟦OTHER|ABJ 442 XY⟧, was parked at the gate.",
  "The lorry ⟦OTHER|KBZ 771T⟧ hit his boda.",
  "Her husband's Hilux, ⟦OTHER|ND 445-221⟧, was used to bring her in.",
  "Her daughter posts on Instagram as ⟦OTHER|@mama_nkechi_cares⟧.",
  "The family made a ⟦OTHER|“Dad’s Recovery Squad”⟧ WhatsApp group.",
  "He was ⟦OTHER|the only Maori saddler in Waipukurau⟧.",
  "She was ⟦OTHER|the last woman still weaving kente in Bonwire⟧.",
  "He was ⟦OTHER|the only survivor of the Kaduna train attack⟧.",
  "She was ⟦OTHER|the town's only female undertaker in Ballinrobe⟧.",
  "He is ⟦OTHER|the chief of Nkoranza⟧ and came with his linguist.",
];
const FRESH_NEGATIVES: readonly string[] = [
  "Patients aged 90 and over need a lower dose.",
  "She was in her late nineties, we think.",
  "The 100 m sprint was on TV in the relatives' room.",
  "Temp 38.2, HR 92, BP 100/60.",
  "We audited 95 notes against NICE NG89.",
  "The rota changes on 4 August.",
  "My finals are on 12 June.",
  "Take 2/7 off work.",
  "Symptoms for 3/52.",
  "GCS 15/15 and pupils equal.",
  "The MRCP results come out on Friday.",
  "My NMC PIN is on my lanyard.",
  "Bleep 2231 if the sats drop below 92.",
  "ICD-10 code F03 for dementia.",
  "She had a DDD pacemaker from Medtronic.",
  "We used a size 7.5 endotracheal tube.",
  "The bus was late so I missed handover.",
  "I am the only Yoruba speaker on the ward.",
  "Follow @RCPhysicians for updates.",
  "The WhatsApp group for our rotation is busy.",
  "A farmer with a snake bite from a rural area.",
  "The 2019 floods affected many patients in Sindh.",
  "Paracetamol 1 g, max 4 g per day.",
  "He scored 27/30 on the MoCA.",
  "Born in the 1990s, most of my cohort never used paper notes.",
  "Florence Nightingale was born in 1820.",
  "The hospital was founded in 1931.",
  "She weighed 94 kg at booking.",
  "Lot 5 of the charity auction raised money for the ward.",
  "The centenarian study in Okinawa is famous.",
];

interface Score {
  spans: number;
  found: number;
  flagged: number;
  spurious: number;
  cleanNegatives: number;
  negatives: number;
  missed: string[];
  noisy: string[];
}

function score(groups: Record<string, readonly string[]>, negatives: readonly string[]): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const [group, items] of [...Object.entries(groups), ["NEGATIVE", negatives] as const]) {
    const s: Score = { spans: 0, found: 0, flagged: 0, spurious: 0, cleanNegatives: 0, negatives: 0, missed: [], noisy: [] };
    for (const marked of items) {
      const { text, spans } = parse(marked, group as FindingType);
      const findings = scanText(text);
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
      for (const span of spans) {
        if (span.type === "?") continue;
        s.spans++;
        const over = findings.filter((f) => overlaps(f, span));
        if (over.some((f) => f.type === span.type)) s.found++;
        else s.missed.push(`${span.type}:${text.slice(span.start, span.end)} ← ${text} → ${over.map((f) => `${f.type}:${f.text}`).join(" | ")}`);
        if (over.length > 0) s.flagged++;
      }
      const extra = findings.filter((f) => !spans.some((span) => overlaps(f, span)));
      s.spurious += extra.length;
      if (extra.length > 0) s.noisy.push(`${text} → ${extra.map((f) => `${f.type}:${f.text}`).join(" | ")}`);
      if (spans.length === 0) {
        s.negatives++;
        if (findings.length === 0) s.cleanNegatives++;
      }
    }
    out[group] = s;
  }
  return out;
}

/** Floors: the measured counts; raise them as the detector improves, never lower them. */
const BASELINE: Record<string, { found: number; spurious: number }> = {
  AGE: { found: 43, spurious: 0 },
  DATE: { found: 44, spurious: 1 },
  ID: { found: 40, spurious: 0 },
  DEVICE: { found: 15, spurious: 0 },
  // 1 since the places rules were merged (session 6): "The matatu KCA 123A hit him on Thika Road" now also flags the
  // road, a named street in a sentence about the patient. Accepted, not a regression: where a patient was hit is a
  // detail a local reader can place, and the places battery wants streets so flagged.
  OTHER: { found: 34, spurious: 1 },
};
const BASELINE_CLEAN_NEGATIVES = 120;
const FRESH_FLOOR = { found: 53, spurious: 3, cleanNegatives: 30 };

describe("forms battery: ages, dates, one-of-a-kind details, IDs and devices", () => {
  const result = score({ AGE: AGES, DATE: DATES, ID: IDS, DEVICE: DEVICES, OTHER: OTHERS }, NEGATIVES);

  it("has at least 150 marked sentences and 100 hard negatives", () => {
    const marked = AGES.length + DATES.length + IDS.length + DEVICES.length + OTHERS.length;
    expect(marked).toBeGreaterThanOrEqual(150);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(100);
    for (const s of [...AGES, ...DATES, ...IDS, ...DEVICES, ...OTHERS]) expect(parse(s, "OTHER").spans.filter((m) => m.type !== "?").length, s).toBeGreaterThan(0);
  });

  it("reports its score on the second set, written after the rules (printed for the record)", () => {
    const fresh = score({ FRESH }, FRESH_NEGATIVES);
    const f = fresh.FRESH!;
    const n = fresh.NEGATIVE!;
    const lines = [`FRESH    found ${f.found}/${f.spans}  flagged ${f.flagged}/${f.spans}  spurious ${f.spurious}`, `FRESH NEGATIVE clean ${n.cleanNegatives}/${n.negatives}`];
    if (process.env.FORMS_VERBOSE) for (const m of [...f.missed, ...f.noisy, ...n.noisy]) lines.push(`  ${m}`);
    console.log(lines.join("\n"));
    expect(f.found).toBeGreaterThanOrEqual(FRESH_FLOOR.found);
    expect(f.spurious).toBeLessThanOrEqual(FRESH_FLOOR.spurious);
    expect(n.cleanNegatives).toBeGreaterThanOrEqual(FRESH_FLOOR.cleanNegatives);
  });

  it("reports its score (printed for the record)", () => {
    const lines = Object.entries(result).map(([g, s]) =>
      g === "NEGATIVE"
        ? `NEGATIVE clean ${s.cleanNegatives}/${s.negatives}`
        : `${g.padEnd(8)} found ${s.found}/${s.spans}  flagged ${s.flagged}/${s.spans}  spurious ${s.spurious}`,
    );
    if (process.env.FORMS_VERBOSE) {
      for (const s of Object.values(result)) for (const m of [...s.missed, ...s.noisy]) lines.push(`  ${m}`);
    }
    console.log(lines.join("\n"));
    expect(lines.length).toBeGreaterThan(0);
  });

  for (const [group, floor] of Object.entries(BASELINE)) {
    it(`${group}: finds at least ${floor.found} and adds at most ${floor.spurious} spurious findings`, () => {
      const s = result[group]!;
      expect(s.found, s.missed.join("\n")).toBeGreaterThanOrEqual(floor.found);
      expect(s.spurious, s.noisy.join("\n")).toBeLessThanOrEqual(floor.spurious);
    });
  }

  it("the rules for these forms stay linear on long adversarial input", () => {
    const inputs = [
      "the car " + "ABC ".repeat(20000) + "1234",
      "his car 1" + "ABC ".repeat(20000) + "234",
      "the car 191-" + "D-".repeat(20000) + "12345",
      "Knee implant " + "batch ".repeat(20000) + "K7731-04",
      "Ser. " + "no. ".repeat(20000) + "MX-448812",
      "ED board: " + "92M ".repeat(20000) + "fall",
      "Triage: " + "F, ".repeat(20000) + "93,",
      "Gogo " + "was ".repeat(20000) + "97 when",
      "Baba is 96 " + "years ".repeat(20000),
      "our " + "super".repeat(20000) + "centenarian",
      "born in " + "early ".repeat(20000) + "1931",
      "died on " + "12.3.".repeat(20000),
      "My GMC number " + "7012345 ".repeat(10000),
      "the '" + "Pray for Amara ".repeat(5000) + "' WhatsApp group",
      "the boy from the " + "Thursday ".repeat(20000) + "bus crash on the A470",
      "the farmer gored by his bull at the " + "Royal ".repeat(20000) + "Show",
      "the man whose house collapsed in the " + "Malir ".repeat(20000) + "floods",
      "the village's only " + "traditional ".repeat(20000) + "bonesetter in Ekiti",
      "Umar " + "٩٥ ".repeat(20000) + "saal",
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      scanText(text);
      expect(performance.now() - t0, text.slice(0, 40)).toBeLessThan(3000);
    }
  });

  it(`leaves at least ${BASELINE_CLEAN_NEGATIVES} hard negatives silent`, () => {
    const s = result.NEGATIVE!;
    expect(s.cleanNegatives, s.noisy.join("\n")).toBeGreaterThanOrEqual(BASELINE_CLEAN_NEGATIVES);
  });
});

// Forms found by probing after the battery (the sentences are the probes; each rule is stated by its form in ages.ts).
describe("AGE: more ways an age of 90+ is said", () => {
  const ages: readonly [string, string][] = [
    ["His age was 93 on the chart.", "93"],
    ["ninety four y/o male, SOB on exertion", "ninety four y/o"],
    ["a 91-y-o man with a fractured neck of femur", "91-y-o"],
    ["Over all of her 97 years she had never been in hospital.", "97"],
    ["He claims to be 102, and nobody argues.", "102"],
    ["She was born 95 years ago in a village in Jhelum.", "95"],
    ["Ma Efua (ninety-five) was brought by her son.", "ninety-five"],
    ["Grandad's 96 next week and wants to be home for it.", "96"],
  ];
  for (const [text, age] of ages) {
    it(text, () => {
      const at = text.indexOf(age);
      expect(scanText(text).some((f) => f.type === "AGE" && f.start <= at && f.end >= at + age.length), texts(text)).toBe(true);
    });
  }
  const notAges: readonly string[] = [
    "Her 90 years of service to the church were honoured at the funeral.",
    "The age was 95% certain from the X-ray.",
    "We counted the patients (ninety in total) on the board.",
    "She says she is 95 kg now.",
    "He smoked for 90yrs, he joked, which cannot be right.",
    "Patients aged 90 and over need a lower starting dose.",
  ];
  for (const text of notAges) {
    it(`not an age: ${text}`, () => {
      expect(scanText(text).filter((f) => f.type === "AGE").map((f) => f.text)).toEqual([]);
    });
  }
});

function texts(s: string): string {
  return scanText(s).map((f) => `${f.type}:${f.text}`).join(" | ");
}

describe("DEVICE: serials said in more ways", () => {
  const serials: readonly [string, string][] = [
    ["His hearing aid serial numbers were 2103447 and 2103448.", "2103448"],
    ["Her pacemaker card gave the serial as PJN 402771 H.", "PJN 402771 H"],
    ["The sticker read (01)00643169007222(17)250101(10)22C19(21)4471 on her knee implant card.", "(01)00643169007222(17)250101(10)22C19(21)4471"],
  ];
  for (const [text, serial] of serials) {
    it(text, () => {
      expect(scanText(text).some((f) => f.type === "DEVICE" && f.text === serial), texts(text)).toBe(true);
    });
  }
  for (const text of [
    "We used the serial as a reference in the audit.",
    "The box said (01)00643169007222 only, the model's product code.",
    "UDI (01)00643169007222(17)250101 is the model and expiry, not one device.",
  ]) {
    it(`not a device: ${text}`, () => {
      expect(scanText(text).filter((f) => f.type === "DEVICE").map((f) => f.text)).toEqual([]);
    });
  }
  it("stays linear on a long run of GS1 groups", () => {
    const t0 = performance.now();
    scanText("(01)00643169007222" + "(17)250101".repeat(20000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("OTHER: the eldest of a named place, and a person who went viral", () => {
  it("finds them", () => {
    expect(scanText("She is the oldest living person in Kilkenny.").map((f) => f.type)).toContain("OTHER");
    expect(scanText("She was the woman who went viral for the dancing video at the Lagos wedding.").map((f) => f.type)).toContain("OTHER");
  });
  it("not the writer, nor a post, nor a room", () => {
    expect(scanText("I was the oldest person in the room at the Leeds conference.").map((f) => f.type)).not.toContain("OTHER");
    expect(scanText("My post about night shifts went viral last week.").map((f) => f.type)).not.toContain("OTHER");
  });
});

describe("a phone-shaped number labelled as a patient's record is still flagged (session 6)", () => {
  it("keeps a number after a record label, and drops one after a clinician's registration", () => {
    // The last two were lost when every such label dropped the phone (the ID rules do not read "ticket" or "record:").
    for (const text of ["Her folder number 0803 555 1234 was on the card.", "The case number, 07700 900461, was on the referral.", "Ticket 0412 555 678 was pinned to her gown.", "Her son's record: 0803 555 1234."]) {
      expect(scanText(text).length, text).toBeGreaterThan(0);
    }
    expect(scanText("My GMC number 7012345 is on the form.")).toEqual([]);
  });
});
