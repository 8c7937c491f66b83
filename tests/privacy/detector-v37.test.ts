/**
 * rounds-detector/37: places found late (joined by v13 or guessed by the tagger) run on over a landmark clause after them
 * as the early ones do; and the classes of misses and false blocks found in dev44 and dev45 (written blind, scored once on
 * /36, opened in session 13). Every sentence was written for this file, not copied from a corpus; no name, number or place
 * is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, texts } from "./detector-helpers.ts";

describe("places found late", () => {
  it("grow over a landmark clause after them", () => {
    covers("Harjit Kaur is a 52-year-old weaver from village Dhanaula Khurd, near Sangrur who came with a foot ulcer.", "village Dhanaula Khurd, near Sangrur");
  });
});

describe("ages", () => {
  it("an age after a name with another name for the person in brackets between", () => {
    finds("Lolo Andres (Andres Mabini Cruz), 92, was admitted with pneumonia.", "AGE", "92");
  });
  it("an age of 90 or over in Portuguese or Spanish words, but not a price", () => {
    finds("Dona Celeste is noventa e três and still feeds her hens.", "AGE", "noventa e três");
    finds("Mi abuela tiene noventa y dos años y vive sola.", "AGE", "noventa y dos años");
    expect(texts("The taxi was noventa reais from the bus station.")).toEqual([]);
  });
});

describe("rooms", () => {
  it("a numbered warmer holds even in the writer's own sentence", () => {
    expect(texts("I keep thinking about last night, when we lost a 27-weeker in warmer 8 of the SNCU.").length).toBeGreaterThan(0);
  });
});
