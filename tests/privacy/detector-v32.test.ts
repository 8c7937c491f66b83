/**
 * rounds-detector/32: the classes of misses and false blocks found in dev34 and dev35 (written blind, scored once on /30
 * and /31, opened in session 12). Every sentence was written for this file, not copied from a corpus; no name, number or
 * place is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { cnpIsValid, codiceFiscaleIsValid } from "../../src/privacy/detector/checksums.ts";
import { covers, finds, spares, texts } from "./detector-helpers.ts";

const HELD = "Mrs Osei was on bed 4.";

describe("numbers people carry, by their own names and check characters", () => {
  it("an Italian codice fiscale and a Romanian CNP are checked, not guessed", () => {
    expect(codiceFiscaleIsValid("RSSMRA85T10A562S")).toBe(true);
    expect(codiceFiscaleIsValid("RSSMRA85T10A562T")).toBe(false);
    expect(cnpIsValid("1800101221144")).toBe(true);
    expect(cnpIsValid("1800101221145")).toBe(false);
    finds("Ricoverato ieri; the transfer form asked for RSSMRA85T10A562S and a phone number.", "ID", "RSSMRA85T10A562S");
    finds("Her identity card was in her coat: 1800101221144, which started the insurance claim.", "ID", "1800101221144");
    expect(texts("The form number 1800101221145 is only a reference.").filter((t) => t.startsWith("ID:1800101221145"))).toEqual([]);
  });
  it("labels of other systems: a bilhete de identidade, a custody record, an MLC, a detainee's boat ID, a PAAYPA", () => {
    finds("Her bilhete de identidade, 220304958112C, was soaked but readable.", "ID", "220304958112C");
    finds("He was brought from the cells (custody record 11MX/20417/23) with a glucose of 2.1.", "ID", "11MX/20417/23");
    finds("I filled in the MLC 208/THQ/2023 and informed the police post.", "ID", "208/THQ/2023");
    finds("The guards call him by his boat ID, KAP-204, not his name.", "ID", "KAP-204");
    finds("Her PAAYPA, 80031214466, finally came through.", "ID", "80031214466");
    finds("The CNP on it, 1800101221144, let us register her.", "ID", "1800101221144");
  });
});

describe("dates, ages and devices as people write them", () => {
  it("a day in words with its month, a Turkish month after its day, a due date", () => {
    finds("The midwife said the baby is due on the fourteenth of April.", "DATE", "the fourteenth of April");
    finds("Taburcu oldu: she went home on 9 Mart with her daughter.", "DATE", "9 Mart");
    spares("My pharmacology essay is due on 14 May, so the week is busy.", "14 May");
  });
  it("festival days: Ferragosto, the Eleventh Night, Tika day", () => {
    finds(`${HELD} She fell in the square on Ferragosto.`, "DATE", "Ferragosto");
    finds(`${HELD} He was burned at a bonfire on the Eleventh Night.`, "DATE", "the Eleventh Night");
    finds(`${HELD} The bus overturned on Tika day.`, "DATE", "Tika day");
  });
  it("an age of ninety and over after an aside or a label", () => {
    finds("She lived alone and was, by her own reckoning, ninety-four.", "AGE", "ninety-four");
    finds("> ATMIST. **A**: ninety-six. **T**: found on the floor.", "AGE", "ninety-six");
    finds("Age: ninety-one. Sex: M.", "AGE", "ninety-one");
    spares("The cuff was, as ever, ninety percent useless.", "ninety");
  });
  it("a serial told with where it was read, a transmitter's six characters, a beacon's hex ID", () => {
    finds("He carries an ICD, serial on his card QXT 420917 K, and it fired twice.", "DEVICE", "QXT 420917 K");
    finds("We noted the transmitter serial, 7H2MPQ, for the replacement.", "DEVICE", "7H2MPQ");
    finds("The beacon's hex ID, 3EF10B7C44FFBFF, was relayed by the coastguard.", "DEVICE", "3EF10B7C44FFBFF");
    finds("His serial, from the card in his wallet, was CD-XRT-4418820 and it was MR-conditional.", "DEVICE", "CD-XRT-4418820");
    spares("Serial 20WBCT and neuro checks every six hours after an unknown bite.", "20WBCT");
  });
});

describe("names as the story gives them", () => {
  it("a name the person gave or was asked for", () => {
    finds("I asked his name. Tharshan. Nobody had written it down in a year.", "NAME", "Tharshan");
    finds("She gave her name as Pearl, though I doubt it is on any form.", "NAME", "Pearl");
    finds("A cousin arrived and told us she was Saraswathi Ramanathan from the next district.", "NAME", "Saraswathi Ramanathan");
  });
  it("a respect word joined by a hyphen, a kunya, Turkish titles after the name, Romanian Nea and Italian Signor", () => {
    finds("The caretaker keeps a list, and Mahesh-bhai is on it.", "NAME", "Mahesh-bhai");
    finds("Kamla-didi has not had her insulin for a week.", "NAME", "Kamla-didi");
    finds("Could the clinic find a fridge for Abu Sami and the other diabetics?", "NAME", "Abu Sami");
    finds("We pulled Emine Hanım, sixty-eight, from the second floor.", "NAME", "Emine Hanım");
    finds("Nea Vasile, as the station calls him, had a productive cough.", "NAME", "Nea Vasile");
    finds("Signor Carlo Benetti had fallen from the ladder.", "NAME", "Signor Carlo Benetti");
  });
  it("a name found soft comes again soft, shown where the post is held", () => {
    const t = "We found Reggie on our Tuesday round. His SSN is 078-05-1120. Reggie lost his papers in the sweep.";
    expect(texts(t).filter((x) => x === "NAME:Reggie").length).toBe(2);
  });
  it("but not the placeholders an emergency department gives the unidentified", () => {
    expect(texts('The board was a mess: we had "Unknown Male Kilo", "Unknown Male Lima" and two patients in each other\'s jackets.')).toEqual([]);
    expect(texts('We had "Unknown Male Echo", "Unidentified Female 2" and a Jane Doe on one board.')).toEqual([]);
  });
  it("nor colleagues: a role with the writer's work in it, a cook, an anthropologist, an ASHA given -ji", () => {
    expect(texts("The nurse I shadowed, Bronwyn, said the trick is to sit down.")).toEqual([]);
    expect(texts("I asked the cook, Tariq sahib, whether the menu could change.")).toEqual([]);
    expect(texts("Our team's anthropologist, Marisol, explained the families' view of the clinic.")).toEqual([]);
    expect(texts("Our ASHA, Rekha-ji, knows every family in the lanes.")).toEqual([]);
    expect(texts("After the clinic we ate at Abou Hamdi near the station.")).toEqual([]);
  });
  it("and a staff member who is then admitted is a patient", () => {
    finds("The porter, Idris, was admitted with burns to both hands.", "NAME", "Idris");
  });
  it("a language a team runs a room in is no business", () => {
    spares(`${HELD} The head of the unit ran the room in Portuguese and slow English for me.`, "ran the room in Portuguese");
  });
});

describe("places of custody and shelter, and where people sleep rough", () => {
  it("a detention centre, a county jail's division, a shelter's mattress, an exam room", () => {
    finds("He was sent to the Maribyrnong detention centre last spring.", "FACILITY_ROOM", "the Maribyrnong detention centre");
    finds("He was held in Division 9 at Kane County Jail, the medical unit.", "FACILITY_ROOM", "Division 9 at Kane County Jail");
    finds(`${HELD} Shelter list: mattress 12, new guest, no English.`, "FACILITY_ROOM", "mattress 12");
    finds("She was seen in exam room 4 at St. Joseph's in Casper.", "FACILITY_ROOM", "exam room 4 at St. Joseph's in Casper");
  });
  it("where someone sleeps or is found, pinned by a landmark", () => {
    covers(`${HELD} He's been kipping behind the Lyceum stage door most nights.`, "behind the Lyceum stage door");
    covers(`${HELD} Found Robbie Jupurrurla in the long grass behind the Fannie Bay car park.`, "the long grass behind the Fannie Bay car park");
    covers(`${HELD} We visited the leprosy colony behind the Tondiarpet water tank, where thirty families live.`, "the leprosy colony behind the Tondiarpet water tank");
  });
});
