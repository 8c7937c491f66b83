/**
 * rounds-detector/36: the classes of misses and false blocks found in dev42 and dev43 (written blind, scored once on /35,
 * opened in session 13), and the landmark phrases the development corpora's LOCATION spans were found short on. Every
 * sentence was written for this file, not copied from a corpus; no name, number or place is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, spares, texts } from "./detector-helpers.ts";

const HELD = "Mrs Osei was on bed 4.";

describe("places told by what is near them", () => {
  it("a home pinned by a landmark in apposition, with no name in the landmark", () => {
    covers("She is a survivor from Kpandebu Hill, the house behind the old rubber-drying shed.", "Kpandebu Hill, the house behind the old rubber-drying shed");
    covers("The message said only \"from Sundarpali, house beside the grain store\".", "Sundarpali, house beside the grain store");
  });
  it("an unknown place with a landmark right after the comma, and a place with a number in its name", () => {
    covers("A student, Emeka Obi, from Unguwar Dosa, near the old abattoir, was brought by his brother.", "Unguwar Dosa, near the old abattoir");
    covers("The worst hurt was an old man from Chak 214 JB, near the dry canal bridge, with a crushed foot.", "Chak 214 JB, near the dry canal bridge");
  });
  it("a name set beside what kind of small place it is", () => {
    covers(`${HELD} Her grandfather lives on Tōrishima-naka, an island of about ninety people.`, "Tōrishima-naka, an island of about ninety people");
    covers(`${HELD} We drove to Kampung Sungai Leban, an Orang Asli settlement past the rubber estate, to see him.`, "Sungai Leban, an Orang Asli settlement past the rubber estate");
  });
  it("not a known city described in apposition", () => {
    expect(texts("I grew up in Leeds, a city of students, and trained there.")).toEqual([]);
  });
  it("a settlement word of the writer's language with 'of'", () => {
    covers(`${HELD} She walked in from the ejido of San Bartolo Yautepec with her baby.`, "the ejido of San Bartolo Yautepec");
  });
});

describe("names", () => {
  it("a given name with an age set after it, even a given name that is also a country", () => {
    finds("Worst shift so far. Georgia, fifteen, with asthma, came in blue.", "NAME", "Georgia");
    finds("Kwabena, 9, from the next village, had a snakebite.", "NAME", "Kwabena");
  });
  it("a given name that care was done to, and the one a piece of care was for", () => {
    finds("A Year 11 pupil, Ishani, was brought to me by the head of year.", "NAME", "Ishani");
    finds("Lovely post. I did the clinic follow-up for Freddie and heard his side of it.", "NAME", "Freddie");
  });
  it("a name taken whole over its particles and its short given name, and a lower-case title of kinship", () => {
    finds("I visited Mr Johannes van der Walt at home every morning.", "NAME", "Mr Johannes van der Walt");
    finds("Today's switch-on was for Mohd. Irfan, four years old.", "NAME", "Mohd. Irfan");
    covers("Her grandmother, tanti Ileana, who raised her, brought her in.", "tanti Ileana");
  });
});

describe("dates, numbers and rooms", () => {
  it("a day of Carnaval, the feast of San Juan, the Javanese new year, a Japanese era date, the Ethiopian calendar's mark", () => {
    finds(`${HELD} On segunda-feira de Carnaval she was brought in.`, "DATE", "segunda-feira de Carnaval");
    finds(`${HELD} The bite happened near la Fiesta de San Juan.`, "DATE", "la Fiesta de San Juan");
    finds(`${HELD} The weakness began around malam 1 Suro.`, "DATE", "malam 1 Suro");
    finds("Yui was born on 令和5年11月3日 with a cleft palate.", "DATE", "令和5年11月3日");
    finds("She was born on Tahsas 9, 2015 E.C. at home.", "DATE", "Tahsas 9, 2015 E.C.");
  });
  it("Colombia's NUIP after its label and a comma", () => {
    finds("His NUIP, 1.102.338.467, was on the school form.", "ID", "1.102.338.467");
  });
  it("rooms and units in other languages, and the room of a named ward", () => {
    covers(`${HELD} We sent her to Station B4, Zimmer 9, at the children's hospital.`, "Station B4, Zimmer 9");
    finds(`${HELD} He was nursed in phòng 312 for a week.`, "FACILITY_ROOM", "phòng 312");
    finds(`${HELD} She was born early and lies on radiant warmer 3.`, "FACILITY_ROOM", "radiant warmer 3");
    covers(`${HELD} He went to the side room of the infectious ward at Farhadi Hospital.`, "the side room of the infectious ward at Farhadi Hospital");
    covers(`${HELD} She tested positive at the Millgate Road sexual health clinic.`, "Millgate Road sexual health clinic");
  });
  it("a numbered intensive-care room in the writer's own sentence holds the comment", () => {
    expect(texts("I was next door in Intensive Care Room 5 that night and remember the alarms.").length).toBeGreaterThan(0);
  });
});

describe("not patients", () => {
  it("a fellow student, a caseload, a past campaign, a ward's sister signing off", () => {
    expect(texts("I practised breaking bad news twice with Farida from my year before the OSCE.")).toEqual([]);
    expect(texts("Our two health advisers had a caseload of ninety between them.")).toEqual([]);
    expect(texts("In the last measles campaign our team covered 520 houses in a ward on the edge of Kano.")).toEqual([]);
    expect(texts("Thank you for writing this down. — Carys, ED sister")).toEqual([]);
  });
  it("a weekday's or a city's clinic", () => {
    spares(`${HELD} I sat in the Tuesday fracture clinic and the Leeds sexual health clinic.`, "Tuesday");
  });
});
