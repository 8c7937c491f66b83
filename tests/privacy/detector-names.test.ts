import { describe, it, expect } from "vitest";
import { DETECTOR_VERSION, scanFields, scanText } from "../../src/privacy/detector/index.ts";
import { expectFindings, expectNoFindings } from "./detector-helpers.ts";

describe("version 2", () => {
  it("reports rounds-detector/37", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/37");
  });
});

describe("NAME: honorifics (the honorific is inside the span, a possessive 's is not)", () => {
  it("UK: title + surname, with and without a dot, and a possessive", () => {
    expectFindings("I clerked Mrs Adeyemi on nights. Mr. O'Brien was next door, and Mrs Khan's daughter sat with her.", [
      ["NAME", "Mrs Adeyemi"],
      ["NAME", "Mr. O'Brien"],
      ["NAME", "Mrs Khan"],
    ]);
  });
  it("Bangladeshi and Nigerian titles: Mst. and Baba", () => {
    expectFindings("Mst. Begum was anxious about the scan; Baba Tunde held her hand.", [
      ["NAME", "Mst. Begum"],
      ["NAME", "Baba Tunde"],
    ]);
  });
  it("title + initials: 'Mr J.K.', 'Mrs A', 'Mr AB'", () => {
    expectFindings("Mr J.K. was reviewed first. Later Mrs A asked for water and Mr AB refused his tablets.", [
      ["NAME", "Mr J.K."],
      ["NAME", "Mrs A"],
      ["NAME", "Mr AB"],
    ]);
  });
  it("later bare mentions of a surname already found are flagged too", () => {
    expectFindings("Mrs Adeyemi was frightened. I sat with Adeyemi's son afterwards.", [
      ["NAME", "Mrs Adeyemi"],
      ["NAME", "Adeyemi"],
    ]);
  });
});

describe("NAME: full names, first names, relatives, labels and nicknames", () => {
  it("a full name (US)", () => {
    expectFindings("Tom Harris was admitted overnight with DKA.", [["NAME", "Tom Harris"]]);
  });
  it("a first name alone when the sentence is about the patient, also later in the text", () => {
    expectFindings("Tom was crying when I arrived on the ward. I asked Priya how she felt about the diagnosis.", [
      ["NAME", "Tom"],
      ["NAME", "Priya"],
    ]);
  });
  it("relatives: 'his wife, Mary' and 'her son Kwame' (Ghana/Nigeria)", () => {
    expectFindings("His wife, Mary, stayed overnight. Her son Kwame phoned from Accra.", [
      ["NAME", "Mary"],
      ["NAME", "Kwame"],
    ]);
  });
  it("Pakistani and Indian names in context", () => {
    expectFindings("The patient's daughter, Ayesha, translated for us while I examined Mr Chaudhry in Lahore.", [
      ["NAME", "Ayesha"],
      ["NAME", "Mr Chaudhry"],
    ]);
  });
  it("initials used as a patient label; a single letter (the suggested pseudonym) is not", () => {
    expectFindings("I presented patient AB at the teaching session; patient A was anonymised properly.", [["NAME", "AB"]]);
  });
  it("a nickname in quotes after 'known as'", () => {
    expectFindings("On the ward he was known as 'Tiny' by the other patients.", [["NAME", "Tiny"]]);
  });
  it("Australian reflection: 'a bloke called Shane' and his wife", () => {
    expectFindings("In Perth I looked after a bloke called Shane whose wife, Kylie, was a nurse elsewhere.", [
      ["NAME", "Shane"],
      ["NAME", "Kylie"],
    ]);
  });
});

describe("NAME: obfuscated names are found at their original offsets", () => {
  it("Markdown emphasis inside or around a name", () => {
    expectFindings("Mrs *Ade*yemi was admitted. **Tom** was her grandson and Mrs _Khan_ her neighbour.", [
      ["NAME", "Mrs *Ade*yemi"],
      ["NAME", "**Tom**".slice(2, 5)],
      ["NAME", "Mrs _Khan"],
    ]);
  });
  it("spaced-out letters", () => {
    expectFindings("Then J o h n  S m i t h was moved, and M r s  K h a n was seen.", [
      ["NAME", "J o h n  S m i t h"],
      ["NAME", "M r s  K h a n"],
    ]);
  });
  it("a Cyrillic look-alike letter inside a surname", () => {
    expectFindings("Mrs \u0410deyemi was discharged home.", [["NAME", "Mrs \u0410deyemi"]]);
  });
  it("an escaped underscore inside a name", () => {
    expectFindings("His son J\\_ohn Smith visited.", [["NAME", "J\\_ohn Smith"]]);
  });
});

describe("NAME: hard negatives produce no finding", () => {
  it("clinicians, teachers and staff", () => {
    expectNoFindings(
      "Dr Okafor and Prof. Iqbal taught us. Sister Wright and Nurse Jo ran the ward. My consultant Sarah was kind; my supervisor, Dr Mehta, and the registrar, Ben, reviewed the plan.",
    );
  });
  it("staff first names stay unflagged later in the text", () => {
    expectNoFindings("The registrar, Ben, showed me how to site a cannula. Later Ben said I should practise on the simulator.");
  });
  it("eponyms and clinical terms", () => {
    expectNoFindings(
      "We discussed Parkinson's disease, Hodgkin lymphoma, Cushing's syndrome, the Glasgow Coma Scale, the Apgar score, Down syndrome, Bell's palsy, Murphy's sign, Crohn's disease, Addison's disease, Wernicke encephalopathy, Korsakoff syndrome, Guillain-Barré syndrome, Alzheimer's disease, Kawasaki disease, Hashimoto's thyroiditis, Marfan syndrome, Turner syndrome and Stevens-Johnson syndrome.",
    );
    expectNoFindings(
      "A Gram stain was sent, a Foley catheter placed with a Seldinger technique, and we taught the Heimlich manoeuvre, Valsalva, Trendelenburg position, Babinski sign, Romberg test, Kernig sign and Brudzinski sign.",
    );
  });
  it("months, days, cities, countries and organisations", () => {
    expectNoFindings("In March, on a Monday, I flew from Sydney to London; NHS England, NICE, the WHO and the GMC all publish guidance. She grew up in Karachi, Pakistan.");
  });
  it("section headings of a reflective model", () => {
    expectNoFindings("Description\nFeelings\nEvaluation\nAnalysis\nConclusion\nAction plan\nWhat? So what? Now what?");
  });
  it("the author's own name and handle given as nonPatientNames", () => {
    const text = "Amira Hassan here: Amira learned a lot this week. Follow @amira_h for more.";
    expect(scanText(text, "text", { nonPatientNames: ["Amira Hassan", "@amira_h"] })).toEqual([]);
    expect(scanFields([{ field: "body", text }], { nonPatientNames: ["Amira Hassan", "@amira_h"] })).toEqual([]);
  });
});

describe("FACILITY_ROOM", () => {
  it("ward, bay, bed and room numbers, joined when adjacent", () => {
    expectFindings("He was in bed 4 on Ward 7B, then moved to Bay 3, bed 2, and finally Room 12.", [
      ["FACILITY_ROOM", "bed 4 on Ward 7B"],
      ["FACILITY_ROOM", "Bay 3, bed 2"],
      ["FACILITY_ROOM", "Room 12"],
    ]);
  });
  it("named hospitals in the UK, Pakistan, Nigeria and India", () => {
    expectFindings("She was moved to St Mary's Hospital ICU, then Aga Khan University Hospital, Lagos University Teaching Hospital and AIIMS Delhi.", [
      ["FACILITY_ROOM", "St Mary's Hospital ICU"],
      ["FACILITY_ROOM", "Aga Khan University Hospital"],
      ["FACILITY_ROOM", "Lagos University Teaching Hospital"],
      ["FACILITY_ROOM", "AIIMS Delhi"],
    ]);
  });
  it("a named care home", () => {
    expectFindings("He came in from Oakwood Care Home.", [["FACILITY_ROOM", "Oakwood Care Home"]]);
  });
  it("generic settings are not flagged", () => {
    expectNoFindings("I worked in a district general hospital, then a teaching hospital in Lahore; the ward and the ICU were busy.");
  });
});

describe("LOCATION", () => {
  it("small places tied to the patient", () => {
    expectFindings("She came from the village of Kotli and now lives in Little Snoring, near the Tesco on Hope Street.", [
      ["LOCATION", "Kotli"],
      // v3: a place and the landmark that pins it down are one phrase (was "Little Snoring" + "Tesco on Hope Street").
      ["LOCATION", "Little Snoring, near the Tesco on Hope Street"],
    ]);
  });
  it("cities and countries alone are not flagged", () => {
    expectNoFindings("He lives in Manchester and his brother lives in Nigeria.");
  });
});

describe("DEVICE", () => {
  it("labelled serial numbers, IMEIs and UK plates (plates are OTHER, as ANNOTATION.md marks them)", () => {
    expectFindings("Pacemaker serial 8812-AB-33; pump serial no. PJN123456; his phone's IMEI 356938035643809; he drove AB12 CDE.", [
      ["DEVICE", "8812-AB-33"],
      ["DEVICE", "PJN123456"],
      ["DEVICE", "356938035643809"],
      ["OTHER", "AB12 CDE"],
    ]);
  });
});

describe("OTHER", () => {
  it("a patient's social-media handle", () => {
    expectFindings("Her son posts as @tom_h_1987 about her care.", [["OTHER", "@tom_h_1987"]]);
  });
  it("a combination that singles one person out, with a reason naming the combination", () => {
    const f = expectFindings("She was the only female blacksmith in the village, a 47-year-old with a chest infection.", [
      ["OTHER", "the only female blacksmith in the village"],
    ]);
    expect(f[0]!.reason).toMatch(/exact age/);
  });
  it("one ordinary detail is not enough", () => {
    expectNoFindings("A 47-year-old man from a village came in with a chest infection.");
  });
});
