/**
 * rounds-detector/6: generalisation to more health systems, regions and professions. Every
 * sentence here was written for this file, in the voices of dentists, pharmacists, physios,
 * midwives, paramedics, liaison psychiatry, rural GPs, prison and refugee health, from Scotland,
 * Wales, Egypt, the UAE, Bangladesh, Sri Lanka, the Philippines, Singapore, Brazil, Portugal, New
 * Zealand, Jamaica and Zimbabwe. Neither corpus was opened or mined for it; the identifiers are
 * synthetic (check digits computed here), and no name or place is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { DETECTOR_VERSION, scanText } from "../../src/privacy/detector/index.ts";
import {
  chiIsValid,
  cpfIsValid,
  emiratesIdIsValid,
  nhiIsValid,
  nifIsValid,
  nricIsValid,
} from "../../src/privacy/detector/checksums.ts";
import { expectNoFindings, finds, findsType } from "./detector-helpers.ts";

describe("v6 version", () => {
  it("is rounds-detector/37 (v6's classes below still hold)", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/37");
  });
});

describe("national identifier check algorithms", () => {
  it("CHI: DDMMYY date of birth and mod-11 check digit", () => {
    expect(chiIsValid("1203854323")).toBe(true);
    expect(chiIsValid("1203854324")).toBe(false); // wrong check digit
    expect(chiIsValid("3102854323")).toBe(false); // 31 February
    expect(chiIsValid("12038543")).toBe(false);
  });
  it("NRIC / FIN: weighted sum, series offset, check letter", () => {
    expect(nricIsValid("S1234567D")).toBe(true);
    expect(nricIsValid("T1234567J")).toBe(true);
    expect(nricIsValid("F1234567N")).toBe(true);
    expect(nricIsValid("G1234567X")).toBe(true);
    expect(nricIsValid("S1234567A")).toBe(false);
    expect(nricIsValid("A1234567D")).toBe(false);
  });
  it("Emirates ID: 784, year of birth, Luhn", () => {
    expect(emiratesIdIsValid("784198512345673")).toBe(true);
    expect(emiratesIdIsValid("784198512345674")).toBe(false);
    expect(emiratesIdIsValid("785198512345673")).toBe(false);
  });
  it("CPF: two mod-11 check digits; repeated digits rejected", () => {
    expect(cpfIsValid("52998224725")).toBe(true);
    expect(cpfIsValid("11144477735")).toBe(true);
    expect(cpfIsValid("52998224726")).toBe(false);
    expect(cpfIsValid("11111111111")).toBe(false);
  });
  it("NIF: first digit and mod-11 check digit", () => {
    expect(nifIsValid("123456789")).toBe(true);
    expect(nifIsValid("501964843")).toBe(true);
    expect(nifIsValid("123456780")).toBe(false);
    expect(nifIsValid("412345678")).toBe(false); // 4 alone is not an issued first digit
  });
  it("NHI: old format mod 11, new format mod 23 check letter", () => {
    for (const ok of ["ZAC5361", "WLD9413", "ZZZ0016", "ZBN77VL", "ZSC21TN"]) expect(nhiIsValid(ok)).toBe(true);
    for (const bad of ["ZZZ0044", "ZZZ00AA", "ZAC5362", "IAC5361", "ZA5361"]) expect(nhiIsValid(bad)).toBe(false);
  });
});

describe("ID: national numbers in running text", () => {
  it("finds numbers with valid check digits, labelled or not", () => {
    finds("Her CHI was 120385 4323 on the referral letter from the Fife practice.", "ID", "120385 4323");
    finds("The discharge summary carried 1203854323 in the header.", "ID", "1203854323");
    finds("His NRIC S1234567D was photocopied at the polyclinic counter.", "ID", "S1234567D");
    finds("A foreign worker, FIN G1234567X, came to the dormitory clinic.", "ID", "G1234567X");
    finds("Emirates ID 784-1985-1234567-3 was scanned at triage.", "ID", "784-1985-1234567-3");
    finds("The pharmacist asked for his CPF, 529.982.247-25, to dispense the inhaler.", "ID", "529.982.247-25");
    finds("Her NHI ZAC5361 was on the midwifery notes.", "ID", "ZAC5361");
    finds("The new-format NHI ZBN77VL was on his referral.", "ID", "ZBN77VL");
  });
  it("finds labelled numbers and structured national IDs without public check digits", () => {
    finds("O utente deu o NIF 501964843 na farmácia.", "ID", "501964843");
    finds("The NIF is 123 456 789 on the prescription.", "ID", "123 456 789");
    finds("He showed his national ID 29001011234567 at the outpatient desk.", "ID", "29001011234567");
    finds("Her NIC 853021234V was written in the clinic book.", "ID", "853021234V");
    finds("His ID 63-2145789 F 42 was on the prison register.", "ID", "63-2145789 F 42");
    finds("Prisoner number A1234BC was on the medication card.", "ID", "A1234BC");
    finds("UNHCR case number 123-15C01234 appeared on the referral.", "ID", "123-15C01234");
    finds("Her PhilHealth number 12-345678901-2 was needed for the claim.", "ID", "12-345678901-2");
    finds("His TRN 123-456-789 was on the clinic form.", "ID", "123-456-789");
  });
  it("does not flag unlabelled codes whose check fails, doses, or lab values", () => {
    expectNoFindings("The audit code S1234567A was on the spreadsheet header.");
    expectNoFindings("We gave 100 mg of tramadol at 93 minutes into the procedure.");
    expectNoFindings("Hb 93, platelets 150, WBC 11.");
    expectNoFindings("In Scotland the CHI number is used across services; I reflected on how that helps safety.");
    expectNoFindings("We discussed the NRIC policy change and why clinics stopped collecting full numbers.");
  });
});

describe("AGE: 90 and over in more phrasings", () => {
  it("clinical shorthand, units glued on, ordinal years, other languages, honorifics", () => {
    finds("A 93F with a fractured neck of femur was brought in by the paramedics.", "AGE", "93F");
    finds("F/94, lives alone, fell at home.", "AGE", "94");
    finds("The man, aged 96yrs, declined extraction.", "AGE", "aged 96yrs");
    findsType("She is in her 97th year and still walks to the pharmacy.", "AGE");
    finds("Last week Kuia celebrated her 100th with the whole whānau.", "AGE", "100th");
    finds("Dona Conceição tem 93 anos e mora sozinha.", "AGE", "93 anos");
    finds("Lola (94) was seen at the barangay health station.", "AGE", "94");
    finds("Hajia Amina, 92, was reviewed in the dental chair.", "AGE", "92");
    finds("He is ninety-two years of age and still farms.", "AGE", "ninety-two years of age");
    finds("Age ninety-one, she was the oldest on the ward.", "AGE", "Age ninety-one");
  });
  it("not saturations, angles, catheter sizes or counts", () => {
    expectNoFindings("She was 93% saturated on air and turned 90 degrees in bed.");
    expectNoFindings("We used a 16F catheter after the 14F one failed.");
    expectNoFindings("She had a fever of 101F, so we sent cultures; temp 100F, then settled.");
    expectNoFindings("His blood pressure was 190/100 and heart rate 94.");
  });
});

describe("FACILITY_ROOM: dental, pharmacy, prison, camp and ambulance settings", () => {
  it("named practices, pharmacies, prisons, stations and camp blocks", () => {
    // v12: the writer's own shift or errand there ("I worked a shift at … before the exam", "We collected the blister
    // packs from …"), in a sentence with no patient, is soft now (detector-v12.test.ts); a patient's is still found.
    finds("Her abscess was drained at Riverside Dental Surgery before the weekend.", "FACILITY_ROOM", "Riverside Dental Surgery");
    finds("Her blister packs come from Mercury Drug Pharmacy every week.", "FACILITY_ROOM", "Mercury Drug Pharmacy");
    finds("The inmate was seen at HMP Kilbride on Monday.", "FACILITY_ROOM", "HMP Kilbride");
    finds("We visited the family in Camp 4, Block 12 near the water point.", "FACILITY_ROOM", "Camp 4, Block 12");
    finds("The family lives in Camp 4, Block 12 near the water point.", "ADDRESS", "Camp 4, Block 12"); // where they live: an address
    finds("He was reviewed in Cell 14 by the prison nurse.", "FACILITY_ROOM", "Cell 14");
    // v12: "Our crew left … at 3 am" has no patient in it and is soft; a patient's journey through the station is found.
    finds("The crew took him from Eastfield Ambulance Station to theatre at 3 am.", "FACILITY_ROOM", "Eastfield Ambulance Station");
    finds("She had been to Hillcrest Physiotherapy Clinic twice.", "FACILITY_ROOM", "Hillcrest Physiotherapy Clinic");
  });
  it("not generic services, cell biology or neck zones", () => {
    expectNoFindings("The community pharmacy ran out of salbutamol inhalers during the winter.");
    expectNoFindings("Our ambulance station debrief used the After Action Review format.");
    expectNoFindings("Cell salvage was used during the caesarean section.");
    expectNoFindings("Zone 2 of the neck was explored by the trauma surgeon.");
    expectNoFindings("Camp was set up by the volunteers for the mass vaccination day.");
  });
});

describe("LOCATION: small places as written in each country", () => {
  it("barangays, sitios, kafrs and ezbets, bairros, townships, camps, parishes", () => {
    finds("She lives in Barangay San Roque with her daughter.", "LOCATION", "Barangay San Roque");
    finds("The family came from Kafr El-Dawar to the clinic.", "LOCATION", "Kafr El-Dawar");
    finds("He farms near Mbare township and travels in on a kombi.", "LOCATION", "Mbare township");
    finds("They were housed in Kutupalong camp after the crossing.", "LOCATION", "Kutupalong camp");
    finds("She lives in Bairro Santa Luzia with her grandson.", "LOCATION", "Bairro Santa Luzia");
    finds("He grew up by the sea and moved to St Thomas parish.", "LOCATION", "St Thomas parish");
    finds("She lives in Sitio Malinis, up the mountain.", "LOCATION", "Sitio Malinis");
    finds("Their home is in Ezbet Khairallah near the canal.", "LOCATION", "Ezbet Khairallah");
  });
  it("not countries, systems or organisations named alone", () => {
    expectNoFindings("I trained in Sri Lanka and now work in Auckland.");
    expectNoFindings("The Ponseti method for clubfoot was explained by the physiotherapist from Sri Lanka.");
    expectNoFindings("In the Philippines, barangay health workers do much of the antenatal follow-up.");
    expectNoFindings("Colleagues from Bangladesh and the Philippines shared how their upazila health complexes run.");
    expectNoFindings("Brazil's Estratégia Saúde da Família teams visit homes monthly.");
    expectNoFindings("The Jamaican Ministry of Health guidance on dengue was similar to the PAHO one.");
    expectNoFindings("Welsh Ambulance Service guidance on long waits was discussed in the debrief.");
    expectNoFindings("NHS Highland and NHS Grampian have different referral pathways.");
  });
});

describe("NAME: names and titles from more cultures", () => {
  it("honorifics and kinship titles with the name", () => {
    finds("Seu Raimundo brought his own tablets to the posto.", "NAME", "Seu Raimundo");
    finds("Aling Nena waited three hours at the health station.", "NAME", "Aling Nena");
    finds("Umm Khalid translated for her neighbour in the clinic.", "NAME", "Umm Khalid");
    finds("Sekuru Moyo walked twelve kilometres to the clinic.", "NAME", "Sekuru Moyo");
    finds("Ambuya Ncube asked whether the tablets were safe with her herbs.", "NAME", "Ambuya Ncube");
  });
  it("unlisted full names told by what is done to or by them", () => {
    finds("We reviewed Chathurika Wijesinghe after her fall.", "NAME", "Chathurika Wijesinghe");
    finds("Selvi Murugan asked for a female dentist.", "NAME", "Selvi Murugan");
    finds("Tendai Chirwa missed two doses in the prison wing.", "NAME", "Tendai Chirwa");
    finds("Nomvula Sibanda delivered at home before the midwife arrived.", "NAME", "Nomvula Sibanda");
    finds("Rangi Tipene declined the second physio session.", "NAME", "Rangi Tipene");
    finds("Tiva Mhlanga's wound was healing.", "NAME", "Tiva Mhlanga");
  });
  it("not tools, scales, handbooks and questionnaires with capitalised titles", () => {
    expectNoFindings("The Kessler Psychological Distress Scale guided the refugee clinic referral.");
    expectNoFindings("The Beck Depression Inventory and the Zarit Burden Interview were both completed.");
    expectNoFindings("I revised from the Oxford Handbook before the dental OSCE.");
    expectNoFindings("We used the Berlin Questionnaire and the Morisky Adherence Scale at the pharmacy.");
    expectNoFindings("The Sepsis Six bundle was delivered within the Golden Hour.");
    expectNoFindings("We audited against the WHO Surgical Safety Checklist.");
  });
  it("not eponyms, dental instruments, drugs or scales in clinical writing", () => {
    expectNoFindings("Extraction of the lower left third molar under inferior alveolar nerve block with articaine; Warwick James elevators and Cryer's forceps used.");
    expectNoFindings("Physio session focused on the Berg Balance Scale, Timed Up and Go, and Oxford grading for quadriceps.");
    expectNoFindings("As a midwife I used the Bishop score and the Robson classification when reviewing the caesarean rates.");
    expectNoFindings("In psychiatry liaison we completed a Mini-Mental State Examination and the Columbia suicide scale.");
    expectNoFindings("Amlodipine, Losartan and Atorvastatin were started by the cardiology team.");
    expectNoFindings("The Māori health provider ran a hui about diabetes and whānau involvement.");
    expectNoFindings("I practised Lidocaine infiltration, then used a Gracey curette for the periodontal pocket.");
  });
});

describe("ADDRESS: addresses as written in more countries", () => {
  it("villas and streets (UAE), name-then-number and postcodes (Brazil, Portugal), head-first streets without a number", () => {
    findsType("Home is Villa 14, Street 23, Al Barsha 2, near the park.", "ADDRESS");
    finds("O endereço era Rua das Flores, 120, apto 31.", "ADDRESS", "Rua das Flores, 120, apto 31");
    finds("The address was Rua de Santa Catarina 45, 4000-447 Porto.", "ADDRESS", "Rua de Santa Catarina 45, 4000-447 Porto");
    finds("The patient lives on Jalan Besar near the mosque.", "ADDRESS", "Jalan Besar");
    finds("Their home is 18 Bairro do Alto, Lisboa.", "LOCATION", "Bairro do Alto");
  });
  it("Welsh head-first streets with their particles; numbered areas after 'lives in'", () => {
    finds("The address on the form was 7 Heol y Nant, Caerphilly.", "ADDRESS", "7 Heol y Nant, Caerphilly");
    finds("He lives at 3 Maes yr Ysgol, Llanrug.", "ADDRESS", "3 Maes yr Ysgol, Llanrug");
    finds("The family lives in Mirpur 10, Block C, Road 4.", "ADDRESS", "Mirpur 10, Block C, Road 4");
    finds("She lives in Sector 12, Uttara, near the lake.", "ADDRESS", "Sector 12, Uttara");
    finds("He lives in Zone 3, Chitungwiza, with his aunt.", "ADDRESS", "Zone 3, Chitungwiza");
  });
  it("not a Welsh word alone, or a city and a number with nothing after", () => {
    expectNoFindings("The Maes is busy on market day.");
    expectNoFindings("She lives in Leeds 6, and so what?");
  });
  it("already-covered forms still hold (Egypt, Bangladesh, Sri Lanka, Jamaica, Zimbabwe, Scotland)", () => {
    findsType("She lives at 12 Sharia El-Tahrir, Dokki, and walks to the clinic.", "ADDRESS");
    findsType("Their flat is House 12, Road 5, Dhanmondi, on the third floor.", "ADDRESS");
    findsType("He gave his address as No. 45/2, Galle Road, Colombo 03.", "ADDRESS");
    findsType("They live at 22 Hope Road, Kingston 6.", "ADDRESS");
    findsType("They live at Stand 4521, Glen View 3, Harare.", "ADDRESS");
    findsType("He lives at 3 Wellgate Wynd, Forfar DD8 2AB.", "ADDRESS");
  });
});

describe("false blocks: services, bodies, schedules and worksheets named like places", () => {
  it("not a prison, pharmacy or ambulance service or body", () => {
    expectNoFindings("The Scottish Prison Service now runs naloxone training for officers.");
    expectNoFindings("HM Prison and Probation Service policy changed the medication round.");
    expectNoFindings("Our Aseptic Pharmacy team made up the chemotherapy.");
    expectNoFindings("The Welsh Ambulance Service Trust and the Scottish Ambulance Service share learning.");
    expectNoFindings("Our Community Dental Service sees children under general anaesthetic.");
    expectNoFindings("The Prison Reform Trust report informed my reflection.");
  });
  it("not a weekly schedule, a spreadsheet cell or a page", () => {
    expectNoFindings("Our Physiotherapy Department runs a falls class on Tuesdays.");
    expectNoFindings("Cell 4 on the worksheet had the wrong formula.");
    expectNoFindings("The Landing Page of the health portal was confusing.");
    expectNoFindings("The 1000-day window for nutrition matters in Zimbabwe too.");
    expectNoFindings("In the Emirates, the DHA and DOH license clinicians separately.");
    expectNoFindings("Upazila health complexes in Bangladesh have limited dental chairs.");
  });
});

describe("OTHER: community roles and one-of-a-kind descriptions", () => {
  it("a patient who is the only, first or oldest one of a kind in a community", () => {
    finds("She was the only Tongan woman on the island.", "OTHER", "the only Tongan woman on the island");
    finds("He is the only pharmacist in the whole upazila.", "OTHER", "the only pharmacist in the whole upazila");
  });
  it("a public or community role, or a case that was in the news", () => {
    finds("He is the imam of the only mosque in the village.", "OTHER", "the imam of the only mosque");
    finds("The patient is the village chief and everyone knew him.", "OTHER", "the village chief");
    finds("She is the headmistress of the primary school in our town.", "OTHER", "the headmistress of the primary school");
    finds("He is a retired High Court judge.", "OTHER", "a retired High Court judge");
    finds("He was the former goalkeeper for the national team.", "OTHER", "the former goalkeeper for the national team");
    finds("He is the mayor of the town.", "OTHER", "the mayor of the town");
    finds("The patient was the man whose stabbing was in the newspapers on Monday.", "OTHER", "whose stabbing was in the newspapers");
    findsType("She is a well-known gospel singer who was on television last month.", "OTHER");
  });
  it("not the writer, ordinary jobs, staff roles, list positions or news in general", () => {
    expectNoFindings("I was the only registrar on the ward that night.");
    expectNoFindings("He was the only patient in the bay with a side room.");
    expectNoFindings("She was the first patient on the list.");
    expectNoFindings("He was a singer in his youth and still hums in clinic.");
    expectNoFindings("She was the first in her family to go to university.");
    expectNoFindings("The chief pharmacist approved the unlicensed use.");
    expectNoFindings("The imam visited the ward to pray with the family.");
    expectNoFindings("He was a retired farmer with COPD.");
    expectNoFindings("Stories about knife crime were in the news all week.");
    expectNoFindings("We were the only team in the district using the new pathway.");
  });
});

describe("v6 patterns stay linear on adversarial input", () => {
  for (const unit of ["Camp 4, Block 12, ", "He is the only ", "Rua a, ", "lives on Rua ", "784-", "S1234567D ", "whose x was ", "aged 93yrs "]) {
    it(`scans 200,000 characters of ${JSON.stringify(unit)} repeated in under 2 s`, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
      const t0 = performance.now();
      scanText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  }
});
