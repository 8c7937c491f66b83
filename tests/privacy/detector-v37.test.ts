/**
 * rounds-detector/37: places found late (joined by v13 or guessed by the tagger) run on over a landmark clause after them
 * as the early ones do; ages and rooms the development corpora missed; and the classes of misses and false blocks found in
 * dev44 and dev45 (written blind, scored once on /36, opened in session 13). Every sentence was written for this file, not copied from a corpus; no name, number or place
 * is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, spares, texts } from "./detector-helpers.ts";

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
    finds("Don Ramiro, noventa y uno — ninety-one — still walks to the plaza.", "AGE", "noventa y uno");
    expect(texts("The taxi was noventa reais from the bus station.")).toEqual([]);
  });
});

describe("rooms", () => {
  it("a numbered warmer holds even in the writer's own sentence", () => {
    expect(texts("I keep thinking about last night, when we lost a 27-weeker in warmer 8 of the SNCU.").length).toBeGreaterThan(0);
  });
});

const HELD = "Mrs Osei was on bed 4.";

describe("dev44 and dev45: names", () => {
  it("the patient named after 'my patient' or 'one patient was', by initials or with a title", () => {
    finds("My patient, K.M., came back for her third scaling visit.", "NAME", "K.M.");
    finds("One patient was Aunty Mavis Tjungurrayi, who came from the outstation.", "NAME", "Aunty Mavis Tjungurrayi");
    expect(texts("For this patient, CPM was not available on the ward.")).toEqual([]);
  });
  it("a name a phone shows, a relative's word before a name, a postposed uncle", () => {
    finds('The missed calls were from a number saved in her phone as "Boss Lady", which was her mother.', "NAME", "Boss Lady");
    finds("Her great-nephew Tomasito rings me whenever she is breathless.", "NAME", "Tomasito");
    finds("Guddu Chacha himself had cataract surgery last year.", "NAME", "Guddu Chacha");
  });
  it("a care home's resident with a symptom is a patient; a resident in a specialty is staff", () => {
    finds("I asked the dermatologist about Mme Garnier, a resident with leg ulcers.", "NAME", "Mme Garnier");
    expect(texts("I presented the case to Dr Okafor, a resident in paediatrics.")).toEqual([]);
  });
});

describe("dev44 and dev45: numbers, dates and places", () => {
  it("a Chinese resident ID by its check character", () => {
    finds("Her son sent her resident ID, 11010519491231002X, with the photo.", "ID", "11010519491231002X");
    expect(texts("The batch number 110105194912310021 was on the box.")).toEqual([]);
  });
  it("dates of the Republic of China, the Bengali calendar, Bikram Sambat, Serbian months and the Gujarati lunar day", () => {
    finds("She was admitted on 民國113年11月8日 with a fever.", "DATE", "民國113年11月8日");
    finds("The rash began on ৩ আষাঢ় ১৪৩১ after the floods.", "DATE", "৩ আষাঢ় ১৪৩১");
    finds(`${HELD} She was seen on 2081 Shrawan 9 at the health post.`, "DATE", "2081 Shrawan 9");
    finds(`${HELD} We reached her on 14. novembar 2024 at home.`, "DATE", "14. novembar 2024");
    finds(`${HELD} The swelling began on Posh vad 11, Samvat 2080.`, "DATE", "Posh vad 11, Samvat 2080");
    expect(texts("In Magh we push the vaccines; 2,000 doses by Push 2080 is absurd.")).toEqual([]);
  });
  it("phones after a call with its person between", () => {
    finds("His daughter asked me to ring her on 944 555 318 first.", "PHONE", "944 555 318");
    finds(`${HELD} Her nephew calls me from 55 5555 0199 every week.`, "PHONE", "55 5555 0199");
    expect(texts("I called him at 10 30 on Monday about the rota.")).toEqual([]);
  });
  it("addresses: a door number at the head of an Indian address, and streets in lower case or other languages", () => {
    covers(`${HELD} Her address is Door No. 7/221, Gandhi Street, Tiruttani 631209.`, "Door No. 7/221, Gandhi Street, Tiruttani 631209");
    covers(`${HELD} She lives at via delle Rose 14, 38122 Trento.`, "via delle Rose 14");
    covers(`${HELD} She lives on calle Las Acacias 318, Luján.`, "calle Las Acacias 318");
    covers(`${HELD} We went to Bulevar kralja Petra 12, stan 4.`, "Bulevar kralja Petra 12");
    expect(texts("I gave it via the NG tube 2 times and via Zoom 3 times.")).toEqual([]);
  });
  it("a place warned to be small, a small island, a French care home", () => {
    finds("Please take the name out: Kibbutz Nahal is small enough that everyone will know her.", "LOCATION", "Kibbutz Nahal");
    finds(`${HELD} The nurse at the posta on Isla Quehui sent the photos.`, "LOCATION", "Isla Quehui");
    covers(`${HELD} I am the doctor for the EHPAD Les Glycines in Rostrenen.`, "EHPAD Les Glycines");
    expect(texts("Belfast is small enough that everyone knows everyone.")).toEqual([]);
  });
});

describe("dev44 and dev45: not patients", () => {
  it("a dentist named after 'the dentist was', and what an institute is for", () => {
    expect(texts("There was no second trained person; the dentist was Ms Keane.")).toEqual([]);
    expect(texts("The Institute for Safe Medication Practices keeps a list of look-alike names.")).toEqual([]);
    spares(`${HELD} The Society for Acute Medicine published the audit.`, "Acute Medicine");
  });
});
