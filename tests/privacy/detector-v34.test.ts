/**
 * rounds-detector/34: the classes of misses and false blocks found in dev38 and dev39 (written blind, scored once on /33,
 * opened in session 12). Every sentence was written for this file, not copied from a corpus; no name, number or place is
 * meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, texts } from "./detector-helpers.ts";

const HELD = "Mrs Osei was on bed 4.";

describe("dates in more calendars and languages", () => {
  it("Kinyarwanda and Swedish months, a Thai month with the Buddhist year, Divali with its year", () => {
    finds("She had her valve surgery on 3 Gicurasi 2023 in Kigali.", "DATE", "3 Gicurasi 2023");
    finds("Her transfer visit was booked for 9 maj 2025.", "DATE", "9 maj 2025");
    finds("The appointment in his book read 2 พ.ย. 2566.", "DATE", "2 พ.ย. 2566");
    finds(`${HELD} He lost his leg on Divali 2021.`, "DATE", "Divali 2021");
  });
});

describe("names and titles", () => {
  it("a daughter called Jan, Tamil Thiru., a title with sahib and no name", () => {
    finds("Her daughter, Jan, rings every evening.", "NAME", "Jan");
    finds("I dress the ulcer of Thiru. Murugesan Pandian every Friday.", "NAME", "Thiru. Murugesan Pandian");
    finds("The next morning Haji sahib asked me whether he would walk again.", "NAME", "Haji sahib");
  });
  it("but not colleagues: a new starter, a Turkish charge nurse, a consultant called sahib", () => {
    expect(texts("Nine years on the dialysis unit, and last month a new starter, Keisha, asked me why I bother chatting to every patient on the chairs.")).toEqual([]);
    expect(texts("On the cardiology ward the charge nurse, Hemşire Ayten, gave me three patients. Hemşire Ayten came in, looked at the monitor, and silenced it.")).toEqual([]);
    expect(texts("Our consultant, Khan sahib, taught us to listen first.")).toEqual([]);
  });
  it("nor a television show, nor peoples after 'from'", () => {
    expect(texts("I know who watches Wheel of Fortune on the chair TV.")).toEqual([]);
    expect(texts("Most of my patients from Nigerian, Ghanaian and Jamaican families cook with palm oil.")).toEqual([]);
  });
});

describe("phones, rooms and hospitals", () => {
  it("a phone number after a comma, as it is written down", () => {
    finds("She wrote her phone number, 5550 3391, on the card.", "PHONE", "5550 3391");
  });
  it("a room of a clinic at a hospital is one place, and the hospital in it does not cut it short", () => {
    finds(`${HELD} I met him in Room 6 of the foot protection clinic at Royal Derby Hospital.`, "FACILITY_ROOM", "Room 6 of the foot protection clinic at Royal Derby Hospital");
  });
  it("a Swedish hospital and room, a name with St. inside, one-word hospitals", () => {
    finds(`${HELD} She moved to adult care at Karolinska sjukhuset, rum 9.`, "FACILITY_ROOM", "Karolinska sjukhuset, rum 9");
    finds(`${HELD} The admission went to 5 East, room 518 at Mercy St. Joseph.`, "FACILITY_ROOM", "5 East, room 518 at Mercy St. Joseph");
    finds(`${HELD} Intern year, Kasr Al Ainy, ward 7, bed 12.`, "FACILITY_ROOM", "Kasr Al Ainy, ward 7, bed 12");
  });
});
