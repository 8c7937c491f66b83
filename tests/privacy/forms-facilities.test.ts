/**
 * Forms battery: where a patient was seen or lay — FACILITY_ROOM — written the ways clinicians in many countries write it,
 * and the generic talk about wards, beds and rooms that must stay clean. Written for this file from general knowledge of
 * how such places are named (not taken from any corpus), before the detector was changed for it.
 *
 * Each positive marks its identifier inline as ⟦TYPE|text⟧ (ANNOTATION.md boundaries). A positive counts as found when the
 * findings, of any type, cover every non-space character of the span (the bench's span recall); a negative must give no
 * finding at all.
 *
 * First measured on rounds-detector/13 (2026-11-25): 48 of 58 marked places found, 0 of 45 clean sentences flagged.
 * After the session-6 facility forms (verbs that carry a patient somewhere, teams and labs at a hospital, head words in
 * Welsh, Afrikaans, Hindi/Urdu and others, lower-case "resus 2"): 53 found, 0 of 58 clean sentences flagged.
 */
import { describe, expect, it } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";

const POSITIVES: readonly string[] = [
  // Named hospitals on their own, tied to the patient.
  "She had been discharged from ⟦FACILITY_ROOM|Groote Schuur⟧ a week earlier with a new diagnosis of heart failure.",
  "We transferred him to ⟦FACILITY_ROOM|Mulago⟧ for dialysis because our unit had no machine free.",
  "His family took him by rickshaw to ⟦FACILITY_ROOM|Lady Reading Hospital⟧ when the fever would not settle.",
  "She was referred on to ⟦FACILITY_ROOM|Chris Hani Baragwanath⟧ for the neurosurgical opinion.",
  "The ambulance diverted to ⟦FACILITY_ROOM|Royal Prince Alfred⟧ because of the stroke call.",
  "He had spent three weeks at ⟦FACILITY_ROOM|Kenyatta National Hospital⟧ before coming home to the village.",
  "Her first two babies were delivered at ⟦FACILITY_ROOM|Korle Bu⟧, she told me proudly.",
  "He was flown from Tennant Creek to ⟦FACILITY_ROOM|Royal Darwin Hospital⟧ with the burns.",
  "They had already taken her to ⟦FACILITY_ROOM|Mayo Hospital⟧ once that month and been sent home.",
  "The baby was born at ⟦FACILITY_ROOM|Lagos Island Maternity⟧ and brought to us at six days old.",
  "He was admitted under the medical team at ⟦FACILITY_ROOM|Ninewells⟧ after the fall.",
  "Mum said the twins had been in the neonatal unit at ⟦FACILITY_ROOM|St Thomas'⟧ for a month.",
  "She came to us from ⟦FACILITY_ROOM|Ysbyty Gwynedd⟧ with the scan results on a disc.",
  "His cardiologist at ⟦FACILITY_ROOM|Christian Medical College, Vellore⟧ had changed the dose.",
  "The patient was shifted to ⟦FACILITY_ROOM|Jinnah Postgraduate Medical Centre⟧ for the ERCP.",
  "He had been seen twice at ⟦FACILITY_ROOM|Alice Springs Hospital⟧ before the amputation.",
  "Her husband drove her to ⟦FACILITY_ROOM|Aminu Kano Teaching Hospital⟧ through the night.",
  "She was stepped down to ⟦FACILITY_ROOM|Queen Elizabeth Hospital Birmingham⟧ once the burns were grafted.",
  "We sent the bloods to ⟦FACILITY_ROOM|Philippine General Hospital⟧ because our lab was down, and he followed the next day.",
  "He was brought to ⟦FACILITY_ROOM|Kasr Al Ainy⟧ after the accident on the ring road.",
  // Care homes, hospices, nursing homes with their names.
  "She moved into ⟦FACILITY_ROOM|Rosewood House care home⟧ after her second fall.",
  "He died peacefully at ⟦FACILITY_ROOM|St Christopher's Hospice⟧ with his daughters there.",
  "The district nurse visits him at ⟦FACILITY_ROOM|Sunnyside Lodge nursing home⟧ every Tuesday.",
  "She lives at ⟦FACILITY_ROOM|Mary Potter Hospice⟧ now and the staff there adore her.",
  "The call came from ⟦FACILITY_ROOM|Oak Lodge Residential Home⟧ at 3am: he had pulled out his catheter.",
  // Wards, named or numbered, with or without the hospital.
  "He had been on ⟦FACILITY_ROOM|Ward 7B⟧ for nine days when the family asked to speak to me.",
  "She was moved to ⟦FACILITY_ROOM|Cedar Ward⟧ once the side room was needed.",
  "I clerked him on ⟦FACILITY_ROOM|Female Medical Ward 2⟧ during my first night on call.",
  "He is still on ⟦FACILITY_ROOM|ward 23⟧ waiting for a package of care.",
  "She lay on ⟦FACILITY_ROOM|Ward C4 at the General⟧ for a week before anyone called her son.",
  "They admitted her to ⟦FACILITY_ROOM|Nightingale Ward⟧ under the elderly care team.",
  "He was on ⟦FACILITY_ROOM|Ward 5 at Services Hospital⟧ with the dengue patients.",
  "After theatre she went back to ⟦FACILITY_ROOM|Ward 12⟧ and I checked her drain.",
  // Beds, bays, cubicles, cots and rooms tied to the patient.
  "The man in ⟦FACILITY_ROOM|bed 14⟧ kept asking for his wife.",
  "She was in ⟦FACILITY_ROOM|Bay 3, bed 4⟧ when she became unresponsive.",
  "I found him in ⟦FACILITY_ROOM|side room 2⟧, sitting on the floor.",
  "The lady in ⟦FACILITY_ROOM|cubicle 6⟧ had been waiting eleven hours.",
  "He was moved to ⟦FACILITY_ROOM|resus 2⟧ when his pressure dropped.",
  "The baby in ⟦FACILITY_ROOM|cot 3⟧ was the one we were all worried about.",
  "She was admitted to ⟦FACILITY_ROOM|ICU bed 5⟧ from theatre.",
  "The patient in ⟦FACILITY_ROOM|room 412⟧ had refused every dose that week.",
  "He stayed in ⟦FACILITY_ROOM|isolation room 3⟧ until the swabs came back.",
  "She delivered in ⟦FACILITY_ROOM|labour room 2⟧ with only a student midwife present.",
  "The girl in ⟦FACILITY_ROOM|HDU bed 2⟧ was septic from a perforated appendix.",
  "My patient in ⟦FACILITY_ROOM|majors cubicle 11⟧ had chest pain that turned out to be a dissection.",
  "The old man in ⟦FACILITY_ROOM|bed no. 17⟧ kept calling for his son.",
  "He had been on a trolley in ⟦FACILITY_ROOM|corridor space 4⟧ for two days.",
  "The woman in ⟦FACILITY_ROOM|bed 6 of the female ward⟧ asked me to pray with her.",
  "Her daughter sat by ⟦FACILITY_ROOM|bed 9⟧ all night.",
  "The boy in ⟦FACILITY_ROOM|Room 7 on the paediatric ward⟧ had been bitten by a dog.",
  "We moved her to the ⟦FACILITY_ROOM|side room on Ward 4⟧ for end-of-life care.",
  "The patient in ⟦FACILITY_ROOM|chair 6⟧ of the discharge lounge had not had her medicines.",
  "I reviewed the man in ⟦FACILITY_ROOM|bay B, bed 2⟧ first because his NEWS was 7.",
  // A generic unit before a named hospital stays outside the span (ANNOTATION.md).
  "He was in the ICU at ⟦FACILITY_ROOM|Aga Khan University Hospital⟧ for a fortnight.",
  "She spent her last days in the oncology ward at ⟦FACILITY_ROOM|Tygerberg⟧.",
  "The child was admitted to PICU at ⟦FACILITY_ROOM|Great Ormond Street⟧ overnight.",
  "He was seen in the burns unit at ⟦FACILITY_ROOM|Concord⟧ before coming back to us.",
  "She had her stent at the cath lab in ⟦FACILITY_ROOM|Fortis Escorts⟧ two years ago.",
];

const NEGATIVES: readonly string[] = [
  "On the ward round the consultant asked me to present the first patient.",
  "Bed management called three times before 9am asking about discharges.",
  "We had no beds in the whole hospital by midnight.",
  "Bedside teaching with Dr Mensah is the best hour of my week.",
  "I learned to do a bed bath properly from the healthcare assistants.",
  "There is room for improvement in how I handed over.",
  "Store the vials at room temperature.",
  "The side room was needed for an infectious patient, so we moved people around.",
  "ICU outreach reviewed him and were happy for him to stay on the ward.",
  "The ED was full and the corridor had become a second waiting room.",
  "The theatre list overran, so the afternoon cases were cancelled.",
  "I spent my elective at a district hospital in western Kenya.",
  "I did my foundation years in Manchester before moving to Leeds.",
  "Aga Khan University runs a brilliant simulation course for interns.",
  "I am a final-year student at the University of Lagos.",
  "King's College London published the module handbook last week.",
  "I trained at Moi University and then worked in Eldoret.",
  "The Royal Flying Doctor Service taught me more about triage than any lecture.",
  "Our hospital uses the Manchester triage system in the emergency department.",
  "The labour ward was short of two midwives every night that week.",
  "Handover happened in the doctors' room at 8pm.",
  "The nurses' station is where all the real decisions get made.",
  "We practised the scenario in the sim suite on the third floor.",
  "The bay was noisy and it was hard to have a private conversation.",
  "I was the only doctor covering four wards overnight.",
  "A quiet room is now set aside for breaking bad news.",
  "Our ward has twenty-eight beds and two side rooms.",
  "The teaching session was held in Lecture Theatre 2.",
  "The OSCE was in the clinical skills centre, station 4 being the hardest.",
  "I wrote up the reflection in the library after the shift.",
  "We discussed the case at the departmental meeting.",
  "The paediatric ward is painted with animals and the children love it.",
  "He needed a bed on a medical ward, which took fourteen hours to find.",
  "I rotated through cardiology, respiratory and the stroke unit.",
  "The hospice team taught us about anticipatory medicines.",
  "My supervisor works at the same teaching hospital as my mother did.",
  "During Ramadan the clinic opened after iftar.",
  "Room 101 is where the OSCE examiners gathered, according to the timetable.",
  "There was a bed-side manner workshop for the FY1s.",
  "A care home in the area had a norovirus outbreak, so visits were stopped.",
  "I read the NICE guideline on falls in the hospital library.",
  "The radiology department reported the film the next morning.",
  "Resus was quiet for once, so the charge nurse taught us about the trolley.",
  "The mental health liaison team are based in the basement.",
  "I have applied for core training posts in Wales and Scotland.",
  // Verbs that carry a patient somewhere, followed by a department, a city or a service rather than a hospital's name.
  "The samples were sent to Microbiology before the first dose.",
  "We took him to CT with the anaesthetist and a portable monitor.",
  "She was brought to Resus by the crew with a GCS of 8.",
  "He was stepped down to HDU on day three.",
  "The retrieval team flew him to Sydney overnight.",
  "The baby was taken to NICU for observation.",
  "I was sent to Cardiology for the week of my attachment.",
  "She was shifted to Emergency once the bed was ready.",
  "He was diverted to Theatre straight from the scanner.",
  "The medical team at our hospital meets every Friday to review deaths.",
  "The cath lab in our hospital closes at 5pm on weekdays.",
  "He was flown to Karachi for the transplant assessment.",
  "She was carried to Majors on a scoop by the porters.",
];

interface Marked {
  text: string;
  spans: { start: number; end: number; type: string }[];
}

function parse(source: string): Marked {
  const spans: Marked["spans"] = [];
  let text = "";
  const re = /⟦([A-Z_]+)\|([^⟧]+)⟧/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    text += source.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]! });
    text += m[2]!;
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), spans };
}

function covered(text: string, span: { start: number; end: number }): boolean {
  const findings = scanText(text);
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (!findings.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

// Counts measured on the detector as it stands; raise them as the detector improves, never lower them.
const FOUND_AT_LEAST = 53;
const FLAGGED_AT_MOST = 0;

describe("forms battery: facilities, wards, beds and rooms", () => {
  it("has enough forms to mean something", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(55);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(45);
    for (const p of POSITIVES) expect(parse(p).spans.length, p).toBeGreaterThan(0);
  });

  it(`finds at least ${FOUND_AT_LEAST} of the marked places`, () => {
    const missed = POSITIVES.map(parse).flatMap((m) => m.spans.filter((s) => !covered(m.text, s)).map((s) => m.text.slice(s.start, s.end)));
    const found = POSITIVES.map(parse).reduce((n, m) => n + m.spans.length, 0) - missed.length;
    if (process.env.FORMS_REPORT) console.log(`found ${found}; missed: ${JSON.stringify(missed, null, 1)}`);
    expect(found).toBeGreaterThanOrEqual(FOUND_AT_LEAST);
  });

  it(`flags at most ${FLAGGED_AT_MOST} of the clean sentences`, () => {
    const flagged = NEGATIVES.filter((n) => scanText(n).length > 0);
    if (process.env.FORMS_REPORT) console.log(`flagged ${flagged.length}: ${JSON.stringify(flagged.map((n) => [n, scanText(n).map((f) => `${f.type}:${f.text}`)]), null, 1)}`);
    expect(flagged.length).toBeLessThanOrEqual(FLAGGED_AT_MOST);
  });
});

describe("facility forms added in session 6 (regression checks, written with the change)", () => {
  const found = (text: string, type: string, sub: string) => expect(scanText(text).map((f) => `${f.type}:${f.text}`)).toContain(`${type}:${sub}`);
  it("keeps the kind of hospital written before a head-first name", () => {
    found("She was admitted to General Hospital Ikorodu with eclampsia.", "FACILITY_ROOM", "General Hospital Ikorodu");
    found("He was brought to Civil Hospital Karachi after the blast.", "FACILITY_ROOM", "Civil Hospital Karachi");
    found("She delivered at District Hospital Nashik last year.", "FACILITY_ROOM", "District Hospital Nashik");
  });
  it("reads a hospital's emergency, a unit after a hospital's name and care it follows up", () => {
    found("He was seen in Sir Ganga Ram's emergency.", "FACILITY_ROOM", "Sir Ganga Ram's emergency");
    found("The twins were in the Mulago NICU for a month.", "FACILITY_ROOM", "the Mulago NICU");
    found("She is followed at Sloan Kettering for the lymphoma.", "FACILITY_ROOM", "Sloan Kettering");
  });
  it("does not read a kind of unit, or shouting, as a hospital's name", () => {
    for (const clean of ["He spent a week in the Cardiac ICU after the valve.", "HE WAS ADMITTED TO ICU OVERNIGHT.", "Today's ward round ran late."]) {
      expect(scanText(clean), clean).toEqual([]);
    }
  });
});
