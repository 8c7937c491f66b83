/**
 * False blocks by class (branch fb): colleagues, friends, public figures, the writer's own holidays and places, and things
 * named like people. Each rule with sentences written for this file (not taken from any corpus) and the patient names in
 * like sentences that must still be held. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, texts } from "./detector-helpers.ts";

// A sentence that holds any text it is put in front of, so a rule's soft findings are shown too.
const HELD = "Mrs Osei was on bed 4.";

describe("a full name of listed names with nothing said of the person, in the writer's own life", () => {
  it("a figure the writer thinks of, a player the writer's father follows, a singer the writer's parents go to hear: nothing held", () => {
    expect(texts("Driving back from the outreach day I thought about Chinua Achebe, who wrote about villages like this one.")).toEqual([]);
    expect(texts("My brother only wants to know whether Kevin Moran will play in the cup final.")).toEqual([]);
    expect(texts("After my exams I will take my parents to hear Sunita Rao sing, because my mother loves her.")).toEqual([]);
  });
  it("the same names told as a person (a verb of care, an age, a ward, a meeting) or opening a sentence about care are held", () => {
    finds("Driving back from the outreach day I thought about Chinua Achebe, 74, who had waited all day.", "NAME", "Chinua Achebe");
    finds("On the ward round I met Kevin Moran, seven years old, with a broken wrist.", "NAME", "Kevin Moran");
    finds("We reviewed Sunita Rao on the day unit after her second cycle.", "NAME", "Sunita Rao");
    finds("Kevin Moran had a fever again that morning.", "NAME", "Kevin Moran");
    finds("Sunita Rao came with her third miscarriage.", "NAME", "Sunita Rao");
  });
  it("a full name in a writer's sentence is still shown in a held text", () => {
    finds(`${HELD} My brother only wants to know whether Kevin Moran will play in the cup final.`, "NAME", "Kevin Moran");
  });
});

describe("colleagues and classmates named once by their role, then bare", () => {
  it("a role with where they work between it and the name, then the bare name: nothing held", () => {
    expect(texts("My preceptor on Engine 9 in Dallas, Tony Alvarez, has been a medic since 2004. We ran an overdose at 04:10: a woman in her twenties, RR 6. Tony let me run it, and later Tony said the lab teaches you the drug.")).toEqual([]);
  });
  it("a classmate named after the role, then their mother: nothing held", () => {
    expect(texts("My classmate Edosa, who grew up in Onitsha, had never heard of noma. The posting ended with a Friday lunch of pounded yam that Edosa's mother sent.")).toEqual([]);
  });
  it("the people the writer is crewed with, and a nickname made of a colleague's name", () => {
    expect(texts("I was crewed with Declan (everyone calls him Big Declan) and Aoife, who is newly qualified. We went to a collapse at 02:00. Aoife caught the low sugar.")).toEqual([]);
  });
  it("patients in the same shapes are still held", () => {
    finds("My preceptor on Engine 9 in Dallas, Tony Alvarez, has been a medic since 2004. We ran a hypo at 03:00: Rosa Lindqvist, 84, was on the kitchen floor.", "NAME", "Rosa Lindqvist");
    finds("My classmate Edosa clerked the patient. Osaro's mother said he had been fitting since morning.", "NAME", "Osaro");
    finds("We went to a collapse at 02:00. Mr Declan Foley, 71, had a sugar of 1.8.", "NAME", "Mr Declan Foley");
  });
});

describe("things and people the writer names that are no patient", () => {
  it("a team's result alone at the end of a sentence", () => {
    expect(texts("He needed three more debridements and he is alive. Ate my lunch on the theatre steps at 4am. Kerala Strikers lost. The internship is only a year.")).toEqual([]);
  });
  it("a name read as the writer's own place, repeated in a sentence about the writer's weekend", () => {
    expect(texts("Week six of my rotation in Perth. The ward was quiet. Outside work: a curry with my flatmate, and Perth Glory lost again.")).toEqual([]);
  });
  it("a campaign read under its author's name, a name used to describe a kind of thing, a colleague's first name in quotes", () => {
    expect(texts("Everyone on the ward has read Kate Granger's #hellomynameis and still forgets to use it.")).toEqual([]);
    expect(texts("The retrieval doctor narrates every landing strip like a Bruce Parry documentary, and the patient laughed.")).toEqual([]);
    expect(texts("The answers were honest. \"That it's fine to call Dr Kumar 'Priya' when she asks you to.\" \"That you can say no to a cannula if you have already tried twice.\"")).toEqual([]);
  });
  it("patients in the same shapes are still held", () => {
    finds("Ate my lunch on the theatre steps at 4am. Ravi Menon lost two litres of blood overnight and needed a transfusion.", "NAME", "Ravi Menon");
    finds("Everyone on the ward has read Kate Morrow's notes: she was admitted with sepsis.", "NAME", "Kate Morrow");
    finds("The students told me the patient asked them to call Mrs Okafor 'Mama Ada' at the bedside.", "NAME", "Mrs Okafor");
  });
});

describe("the writer's own places and institutions", () => {
  it("home for the holidays after 'I went home', and where the writer matched", () => {
    expect(texts("In September I went home to Puerto Montt, ate too many empanadas, and watched the football.")).toEqual([]);
    expect(texts("I matched at Emory in March and started intern year in June, and my first real diagnostic miss came in October.")).toEqual([]);
  });
  it("a patient who went home, and a patient's bedside, are still held", () => {
    finds(`${HELD} In September she went home to Puerto Montt with her daughter.`, "LOCATION", "Puerto Montt");
    finds("The nurse at Emory's bed said her sats had dropped overnight.", "NAME", "Emory");
  });
});

describe("titled colleagues by what the writer does with them", () => {
  it("the one a case is presented to, the one who ran the writer's pharmacy, one listed in a visiting team", () => {
    expect(texts("I clerked a 23-year-old with right iliac fossa pain and presented it on the ward round to Mr Dunmore, who asked me for a differential.")).toEqual([]);
    expect(texts("Ten years ago I bought the only pharmacy in our town from Mr. Walt Kessler, who had run it since 1981.")).toEqual([]);
    expect(texts("I spent a month with the palliative care team. I went on home visits with a nurse, Sister Mercy, and a volunteer, Mr. Thomas, who is a retired schoolteacher.")).toEqual([]);
  });
  it("patients in the same shapes are still held", () => {
    finds("Mr Dunmore, who has run the shop on Station Road since 1981, came in with chest pain.", "NAME", "Mr Dunmore");
    finds("I spent a month with the palliative care team. I went on home visits with a nurse, Sister Mercy, and a patient, Mr. Thomas, who has motor neurone disease.", "NAME", "Mr. Thomas");
    finds("Mr Dunmore presented to A&E with right iliac fossa pain.", "NAME", "Mr Dunmore");
  });
});
