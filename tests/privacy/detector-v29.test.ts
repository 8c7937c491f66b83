/**
 * rounds-detector/29, by class, from the misses and false blocks of dev30 and dev31 (written blind and scored once on
 * rounds-detector/28 before they were opened). Every sentence was written for this file (none is taken from a corpus),
 * each rule with a sentence it must find and one like it that it must leave alone. No name, place or number is meant to
 * be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, texts } from "./detector-helpers.ts";

describe("names", () => {
  it("the head of a household is no member of staff", () => {
    finds("We did three rounds. The head of the household, Haji Gul Rehman, met us at the door.", "NAME", "Haji Gul Rehman");
    expect(texts("The head of department, Dr Ahmed, met us at the door.")).toEqual([]);
  });
  it("Scandinavian 'fru' and Uzbek 'opa'", () => {
    finds("One widow, fru Birgit Halvorsen, asked me to look at the memorial page.", "NAME", "fru Birgit Halvorsen");
    finds("Then his wife Dilnoza opa came with the same fever.", "NAME", "Dilnoza");
  });
  it("the patient given as an initial", () => {
    finds("The index patient, K. (I'll leave it at that), named one partner.", "NAME", "K.");
    expect(texts("The index case was traced to a wedding.")).toEqual([]);
  });
});

describe("comments that recognise the patient", () => {
  it("I'd know X anywhere; was this the X lad; were these the X twins", () => {
    finds("Ha, I'd know Davo anywhere from that description. Tell him the dog is fine.", "NAME", "Davo");
    finds("Was this the Pearson lad from the Brookside estate? Thin, freckled.", "NAME", "Pearson");
    finds("I think I know this family. Were these the Tsosie twins, the ones out past the trading post?", "NAME", "Tsosie");
    expect(texts("Was this the first time you presented at M&M? Great job.")).toEqual([]);
  });
});

describe("ages, numbers, rooms", () => {
  it("an age at the start of a clause with what the patient has, and 'år'", () => {
    finds("The answer was full extraction. At 93, with pacemaker dependence and nobody at home, we talked for an hour.", "AGE", "93");
    finds("The man was Sten Lindqvist, 94 år, a retired ferryman.", "AGE", "94 år");
    expect(texts("At 90, with a team of six, the ward ran well.")).toEqual([]);
  });
  it("Kazakhstan's IIN and Jamaica's TRN after their labels", () => {
    finds("A black eschar on his forearm. IIN 880512301455. He had helped slaughter a cow.", "ID", "880512301455");
    finds("TRN on the chart: 118-204-377. The police came at 2 a.m.", "ID", "118-204-377");
  });
  it("two beds or cots named together, but not beds that are free", () => {
    finds("We had twins last winter, Oscar and Ruby in cots 5 and 6, and their dad never left.", "FACILITY_ROOM", "cots 5 and 6");
    expect(texts("We have beds 3 and 4 free for the afternoon list.")).toEqual([]);
  });
  it("a nationality before ICU is no hospital", () => {
    expect(texts("In our Norwegian ICU we have written patient diaries for years.")).toEqual([]);
  });
});

describe("the reason a comment's finding gives", () => {
  it("says the comment names who the patient is when it recognises or warns, and 'asks to remove' only when it asks", async () => {
    const { scanText } = await import("../../src/privacy/detector/index.ts");
    const recognised = scanText("Ha, I'd know Davo anywhere from that description. Tell him the dog is fine.").find((f) => f.text === "Davo");
    expect(recognised?.reason).toMatch(/^A comment that names who the patient is/);
    const asked = scanText('Great reflection. Please take out "Sparky" and the farm name before submitting to the college.').find((f) => f.text === "Sparky");
    expect(asked?.reason).toMatch(/asks to remove/);
  });
});
