/**
 * rounds-detector/35: the classes of misses and false blocks found in dev40 and dev41 (written blind, scored once on /34,
 * opened in session 12). Every sentence was written for this file, not copied from a corpus; no name, number or place is
 * meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, spares, texts } from "./detector-helpers.ts";

const HELD = "Mrs Osei was on bed 4.";

describe("names, dates, numbers and places", () => {
  it("titles of more languages, and a respect word after 'with'", () => {
    finds("Zarmina Bibi, wife of Haji Sher Khan, came to the clinic in labour.", "NAME", "Zarmina Bibi");
    finds("Isn't that Maame Akosua's boy from the next village?", "NAME", "Maame Akosua");
    finds("Madan Pierre-Louis sells food near the market and came in with pain.", "NAME", "Madan Pierre-Louis");
    finds("I spent an hour with Tanaka-san going through his tablets.", "NAME", "Tanaka-san");
  });
  it("Afghan solar months, feasts and holy nights as days", () => {
    finds("She came to our clinic on 3 Jawza 1403 in labour.", "DATE", "3 Jawza 1403");
    finds("Her son was born on the Night of Power, in the small hours.", "DATE", "the Night of Power");
    finds(`${HELD} She was attacked on the feast of the Assumption.`, "DATE", "the feast of the Assumption");
  });
  it("a clinic file, a scan room, the hamlet of a place", () => {
    finds("Her clinic file is CAP-MXL-04418, kept at the front desk.", "ID", "CAP-MXL-04418");
    finds(`${HELD} We scanned her in scan room 3 of the Early Pregnancy Unit.`, "FACILITY_ROOM", "scan room 3 of the Early Pregnancy Unit");
    covers(`${HELD} She laboured at home in the hamlet of Kéré Bandiala.`, "the hamlet of Kéré Bandiala");
  });
});

describe("not patients", () => {
  it("a colleague named with where she works, a health post's nurse in charge", () => {
    expect(texts("I handed over to the midwife at the health post, Khala Zarghuna, who gave the injection.")).toEqual([]);
    expect(texts("In our training, the ICP, Madame Sarr, explained why men should come to the antenatal visit.")).toEqual([]);
  });
  it("a charity or instrument named after someone, and what an NGO is called", () => {
    expect(texts("I sent her the leaflet from Jo's Cervical Cancer Trust afterwards.")).toEqual([]);
    expect(texts("The clinic is run by an NGO called HopeAhead, which trains peer counsellors.")).toEqual([]);
  });
  it("electrolytes written as symbols, in a post held for something else", () => {
    spares(`${HELD} The clues: high K plus low Ca, high K plus high LD with hemolysis.`, "Ca,");
  });
});
