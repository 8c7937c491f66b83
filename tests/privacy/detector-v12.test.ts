/**
 * rounds-detector/12: rules stated by class, each with sentences written for this file (not taken from any corpus) and
 * near misses. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { DETECTOR_VERSION, scanText } from "../../src/privacy/detector/index.ts";
import { expectNoFindings, finds, flags, spares } from "./detector-helpers.ts";
import { isEnglishWord } from "../../src/privacy/detector/lexicon/english.ts";

describe("v12 version", () => {
  it("is rounds-detector/12", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/12");
  });
});

describe("the writer's own life: a place, date, hospital or room in a sentence about the writer or staff with no patient", () => {
  it("is soft: not reported in a text that singles out no patient", () => {
    expectNoFindings("On my first night as an intern at Mercy Vale Hospital on 4 July I barely slept.");
    expectNoFindings("I worked a shift at Riverside Dental Surgery before the exam.");
    expectNoFindings("I took the tram from Kelvin Heights to the skills centre and got there at six.");
    expectNoFindings("Prof. Abena Mensah from Tamale visited our department on 12 March and spoke about audit.");
  });
  it("a pronoun after staff or after the writer's own people does not make it a patient's", () => {
    expectNoFindings("Our charge nurse baked a cake for Ward 9 on 2 May because she was leaving.");
    expectNoFindings("My aunt says she will light a candle for us at Ermita on 3 June.");
  });
  it("a name right after 'at' in such a sentence is a place in the writer's life", () => {
    expectNoFindings("After the exam my friends and I ate at Kofi Brown on the corner.");
    finds("We admitted Kofi Brown with malaria.", "NAME", "Kofi Brown");
  });
  it("near misses: a patient, a pronoun with no staff before it, or an event of care keeps the finding", () => {
    finds("Mrs Adebayo was admitted to Mercy Vale Hospital on 4 July.", "FACILITY_ROOM", "Mercy Vale Hospital");
    finds("She was moved to Ward 9 on 2 May after the fall.", "FACILITY_ROOM", "Ward 9");
    finds("The district nurse will visit again on Friday 21/6 to change the dressing.", "DATE", "Friday 21/6");
    finds("On April 2nd we got a call to a tractor rollover.", "DATE", "April 2nd");
  });
  it("soft findings are still reported when something else in the text points to a patient", () => {
    finds("Mr Tembo was seen in clinic. I started my rotation at Lakeside Clinic on 3 March.", "FACILITY_ROOM", "Lakeside Clinic");
  });
  it("a name-shaped place after 'on' or 'in' is soft in any sentence ('fallen on …'), but not after 'operated on'", () => {
    expectNoFindings("The winch crew lifted a climber who had fallen on Slieve Carran in the fog.");
    flags("We operated on Declan Ruane the next morning for his fracture.", "Declan Ruane");
  });
});

describe("DATE: a particular day without an event word", () => {
  it("is soft: reported only with something else that points to a patient", () => {
    finds("Mrs Okoro's daughter rang the ward. On 12 June the swelling had gone.", "DATE", "12 June");
    expectNoFindings("On 12 June the swelling had gone.");
  });
  it("near miss: the writer's own course stays out", () => {
    expectNoFindings("I sat the OSCE on 12 June.");
  });
});

describe("unlisted proper nouns in a sentence about a patient", () => {
  it("is a soft place after in/from/near, reported with a hard finding", () => {
    finds("Mr Dube was brought in by ambulance. His sister in Mbalabala phoned twice.", "LOCATION", "Mbalabala");
    expectNoFindings("The patient's sister in Mbalabala phoned twice.");
  });
  it("near misses: languages, staff, kinds of people, labels before numbers, destinations and festivals", () => {
    spares("Mr Dube was admitted with pneumonia; we spoke with him in Ndebele and Shona.", "Ndebele");
    spares("Mr Dube was admitted; our preceptor Nomsa Zulu reviewed him.", "Nomsa Zulu");
    spares("Mr Dube was admitted; a Tonga fisherman had brought him in.", "Tonga");
    spares("Mr Dube was admitted and his Medicaid number 7781 was checked.", "Medicaid");
    spares("Mr Dube was admitted, then he went to Gweru.", "Gweru");
    spares("Mr Dube was admitted the day after Umhlanga and his wife stayed.", "Umhlanga");
  });
  it("a name right after a word for a person is a hard NAME", () => {
    finds("That night one lady Sunitha had a PPH.", "NAME", "Sunitha");
    finds("Reminded me of little Kaito on the children's ward.", "NAME", "Kaito");
  });
  it("near misses: a role in apposition, a language, the writer's own child", () => {
    expectNoFindings("One lady, a teacher, had a PPH.");
    expectNoFindings("She spoke a little Spanish to the child.");
    expectNoFindings("My little Kaito turned four today.");
  });
  it("initials after a possessed kinship word are a relative's name", () => {
    finds("Her grandson TJ rang the ward at midnight.", "NAME", "TJ");
    expectNoFindings("Her son's GP rang the ward at midnight.");
  });
  it("the English word list knows words and not names", () => {
    expect(isEnglishWord("Theatre")).toBe(true);
    expect(isEnglishWord("dressings")).toBe(true);
    expect(isEnglishWord("Lakshmi")).toBe(false);
    expect(isEnglishWord("Mbalabala")).toBe(false);
  });
});

describe("FACILITY_ROOM: a clinical area with a number", () => {
  it("is a room, in English and in the languages our writers mix in", () => {
    finds("He was intubated in Resus 3 after the fall.", "FACILITY_ROOM", "Resus 3");
    finds("She waited on Trolley 6 for eleven hours.", "FACILITY_ROOM", "Trolley 6");
    finds("Pakcik di katil 12 demam sejak semalam.", "FACILITY_ROOM", "katil 12");
  });
  it("near misses: teaching rooms, durations and doses", () => {
    expectNoFindings("We ran a sim in Resus 2 for the students.");
    expectNoFindings("Trauma 2 weeks ago had left him with a limp.");
  });
  it("a facility word before model or approach is the concept", () => {
    expectNoFindings("The CHPS model depends on volunteers.");
    finds("She delivered at the Asuom CHPS compound.", "FACILITY_ROOM", "Asuom CHPS");
  });
});

describe("references, not people", () => {
  it("an organisation's publication and a site's front page", () => {
    expectNoFindings("Reading: CDC's Yellow Book and the BNF.");
    expectNoFindings("Reading: https://www.resus.org.uk and the ALS manual.");
    finds("Her brother posted https://www.gofundme.com/f/help-amara on Facebook.", "URL", "https://www.gofundme.com/f/help-amara");
  });
});

describe("speed of the v12 passes", () => {
  it("stays linear on long runs of capitalised words", () => {
    const long = "Mr Dube was admitted. " + "Zuvu Kaka Mbeli, his nephew Kobe in Lusu, ".repeat(5000);
    const t0 = performance.now();
    scanText(long);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
