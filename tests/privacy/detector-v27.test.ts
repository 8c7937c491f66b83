/**
 * rounds-detector/27, by class, from the misses and false blocks of dev26 and dev27 (written blind and scored once on
 * rounds-detector/26 before they were opened). Every sentence was written for this file (none is taken from a corpus),
 * each rule with a sentence it must find and one like it that it must leave alone. No name, place or number is meant to
 * be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, texts } from "./detector-helpers.ts";

describe("hospitals known by one word", () => {
  it("a teaching or psychiatric hospital everyone names by one word", () => {
    finds("Night shift at Butabika: two admissions and a seclusion review.", "FACILITY_ROOM", "Butabika");
    finds("She spent a week at SickKids before the transfer home.", "FACILITY_ROOM", "SickKids");
  });
  it("but not a street named like one", () => {
    expect(texts("The clinic moved to Bellevue Road last spring.")).toEqual([]);
  });
});

describe("names", () => {
  it("an age in words after 'is'", () => {
    finds("It becomes a palliative conversation at some point. Harleen is sixteen. She has had eleven transfusions.", "NAME", "Harleen");
    expect(texts("Team Seven is two nurses short tonight.")).toEqual([]);
  });
  it("the patient named by what the story calls them, a word of English only when set off as a name", () => {
    finds("The patient was Tomasz, and he had walked in from the car park.", "NAME", "Tomasz");
    expect(texts("The patient was Afghan, and spoke Dari with his cousin.")).toEqual([]);
    expect(texts("The baby was fine, and fed well overnight.")).toEqual([]);
  });
  it("a nickname in brackets after the name, and a nickname before the name on the forms", () => {
    finds('Night shift again. Kayleigh ("Kay" to everyone on the ward) had cut again.', "NAME", "Kayleigh");
    finds('Night shift again. Kayleigh ("Kay" to everyone on the ward) had cut again.', "NAME", "Kay");
    finds("Bed 6 — P. O'R (the \"Wee Paddy\" one), day 4, settled.", "NAME", "Wee Paddy");
    finds("Much of the work is at the kitchen table. Dinny — Denis Culhane on the forms — lives up a long lane.", "NAME", "Denis Culhane");
  });
  it("what the story makes of the patient: first baby, first admission", () => {
    finds("Puerperal psychosis, ten days after the birth: Rinku, first baby, brought by her mother.", "NAME", "Rinku");
  });
});

describe("comments", () => {
  it("a commenter who guesses who it is, or warns that the person is known to the whole parish", () => {
    finds("Oh I think I know exactly who this is. Darlene? Works at the diner by the highway?", "NAME", "Darlene");
    finds("Moving piece, but be careful — Tadhg with the two collies is known to half the parish.", "NAME", "Tadhg");
    expect(texts("Moving piece. I know exactly how this feels after a long night.")).toEqual([]);
  });
});

describe("dates and places", () => {
  it("a full-moon or festival day and Northern Ireland's Twelfth", () => {
    finds("He was brought in after drinking paraquat on Poson Poya this year.", "DATE", "Poson Poya");
    finds("He was referred after a night on the bonfire at the Twelfth when he fell from the pallets.", "DATE", "the Twelfth");
    expect(texts("He scored the twelfth goal of the season.")).toEqual([]);
  });
  it("a day of the month in words after 'on the', but not a count", () => {
    finds("Mrs Doherty rang at 0300 and wants a call back about the tribunal on the twenty-third.", "DATE", "the twenty-third");
    expect(texts("She was cannulated on the third attempt at the bedside.")).toEqual([]);
  });
  it("a pupil's school, with the class and the town", () => {
    covers("The Year 8 girl I saw — Shannon, in 8T at Holme Valley Academy — told me about her chest pain.", "8T at Holme Valley Academy");
    covers("A Year 9 boy at St Brendan's Academy in Moy came to the drop-in on Wednesday.", "St Brendan's Academy in Moy");
    expect(texts("I was a student at Imperial College and loved the library.")).toEqual([]);
  });
  it("a place does not grow over the person named after it", () => {
    expect(texts("A Year 11 student at Ridgeway High School, Callum Bryce, came to see me about his inhaler.")).toContain("NAME:Callum Bryce");
  });
});

describe("false blocks", () => {
  it("an artist's song and a death remembered from the writer's youth are a public figure's", () => {
    expect(texts("We played her favourite Dolly Parton song on a speaker and she settled within minutes.")).toEqual([]);
    expect(texts("I wanted to understand what my patients hear. Robin Williams died when I was at school and I remember the news.")).toEqual([]);
  });
});
