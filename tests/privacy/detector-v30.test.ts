/**
 * rounds-detector/30, by class, from the misses and false blocks of dev32 and dev33 (written blind and scored once on
 * rounds-detector/29 before they were opened). Every sentence was written for this file (none is taken from a corpus),
 * each rule with a sentence it must find and one like it that it must leave alone. No name, place or number is meant to
 * be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, texts } from "./detector-helpers.ts";

describe("names", () => {
  it("a rank, a Dutch title and a name 'to everyone' after a dash", () => {
    finds("They call him by the name on his intake sheet, Cpl. Dwayne Ortiz, because he insists on it.", "NAME", "Cpl. Dwayne Ortiz");
    finds("The patient who challenged me most. Mevrouw De Wit — Truus to everyone — had lost both legs.", "NAME", "Mevrouw De Wit");
    finds("The patient who challenged me most. Mevrouw De Wit — Truus to everyone — had lost both legs.", "NAME", "Truus");
  });
  it("a nickname the family uses, in brackets after the name", () => {
    finds("Nobody could examine him. Kieran (his nan calls him KP, and that is all he answers to) screamed.", "NAME", "KP");
  });
  it("a Telugu title after the name", () => {
    finds("I think I saw the same gentleman at our camp — Reddy garu who has the cloth shop?", "NAME", "Reddy garu");
  });
  it("rehabilitation workers and attendants named as colleagues, and an author's work", () => {
    expect(texts("Most of the work is done at home with the CBR worker, Selvi akka, who has done this for years.")).toEqual([]);
    expect(texts("We did the exercises in Pashto through our attendant, Gul bibi, and it worked.")).toEqual([]);
    expect(texts("I have since read Kagan's work on supported conversation for adults with aphasia.")).toEqual([]);
  });
});

describe("places and numbers", () => {
  it("a Dutch room and the clinic of a named hospital, not of a university's acronym", () => {
    finds("He was in kamer 9 op afdeling C3 and would not try the prosthesis.", "FACILITY_ROOM", "kamer 9 op afdeling C3");
    finds("Every three months he sat on a bench at the eye clinic of Korle Bu from 7 a.m.", "FACILITY_ROOM", "Korle Bu");
    expect(texts("During my internship at the physiotherapy clinic of UNIFESP my supervisor taught me to palpate.")).toEqual([]);
  });
  it("a number a person gave at reception is theirs; the reception's own line is not", () => {
    finds("I rang the mobile he gave at reception, 0412 345 678, and got his wife.", "PHONE", "0412 345 678");
    expect(texts("Call reception on 0412 345 678 to book.")).toEqual([]);
  });
});

describe("advice for declared names", () => {
  it("a name with its nickname in brackets: the name gets a name's advice, the nickname a nickname's", async () => {
    const { scanText } = await import("../../src/privacy/detector/index.ts");
    const found = scanText('Night shift again. Kayleigh ("Kay" to everyone on the ward) had cut again.');
    expect(found.find((f) => f.text === "Kayleigh")?.suggestion).toMatch(/^Use 'the patient'/);
    expect(found.find((f) => f.text === "Kay")?.suggestion).toMatch(/^Leave the nickname out: 'someone well known/);
  });
});
