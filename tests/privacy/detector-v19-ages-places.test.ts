/**
 * rounds-detector/19: ages, places and quasi-identifiers, stated by class, each with sentences written for this file (not
 * taken from any corpus) and near misses. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, spares, texts } from "./detector-helpers.ts";

// A sentence that holds any text it is put in front of, so a rule's soft findings are shown too.
const HELD = "Mrs Osei was on bed 4. ";

describe("ages of 90 and over said of a named person (v19)", () => {
  it("finds the age after a full name, a quoted nickname, a bracketed or comma aside, or a dashed aside", () => {
    finds(`${HELD}Mr. Walter "Wally" Kempe is 94 and still drives to the bowls club.`, "AGE", "94");
    finds(`${HELD}Ethel Brannigan (the ward calls her Effie) was 97 when she came in.`, "AGE", "97");
    finds(`${HELD}Dadi, as the whole family calls her, is 92 and refuses the stairlift.`, "AGE", "92");
    finds(`${HELD}Teodora Lupu — Dora to everyone on the street — is 101 and sharp as a tack.`, "AGE", "101");
    finds(`${HELD}Grandpa Ivor Bevan — 93, on warfarin — slipped on the ice.`, "AGE", "93");
    finds(`${HELD}The handover sheet said "Mr Hamish McAskill, 95" in red ink.`, "AGE", "95");
  });
  it("finds an age restated after 'at' once the text has given it, in figures or in words", () => {
    finds(`${HELD}She is ninety-six and lives alone. Heart failure at 96 is a different conversation.`, "AGE", "96");
    finds(`${HELD}He was 102 years old. Surgery at 102 was never on the table.`, "AGE", "102");
  });
  it("finds a Swahili age in words", () => {
    finds(`${HELD}Alisema ana miaka tisini na nne, and his daughter agreed.`, "AGE", "miaka tisini na nne");
  });
  it("near misses: observations, durations, and a number never given as an age", () => {
    spares(`${HELD}Ward Sister Nkemelu, as usual, was 95 minutes early for handover.`, "95");
    spares(`${HELD}Pulse was 96 and regular; sats were 94 on air.`, "96");
    spares(`${HELD}Her sats sat at 94 all night, and the HR at 96.`, "94");
    spares(`${HELD}She is ninety-six. We ran the infusion at 100 ml an hour.`, "100");
  });
});

describe("plates, vehicle numbers and messaging IDs (v19)", () => {
  it("finds a plate after 'plate(s)' in a sentence about a vehicle or after a place's name, and a vehicle's number", () => {
    finds(`${HELD}She drove the red Toyota with plate 7-3390K to every appointment.`, "OTHER", "7-3390K");
    finds(`${HELD}His pickup, Wyoming plates 12-8841C, was in the car park all night.`, "OTHER", "12-8841C");
    finds(`${HELD}He rode in on his scooter, plate Kampot 2B-7781, with his son behind.`, "OTHER", "Kampot 2B-7781");
    finds(`${HELD}Everyone knows the rickshaw number LEA 9912 in that bazaar.`, "OTHER", "LEA 9912");
  });
  it("finds a messaging app's ID and a long handle", () => {
    finds(`${HELD}Her son added me on LINE (ID somchai.k77) to send the photos.`, "OTHER", "somchai.k77");
    finds(`${HELD}Her daughter posts every scan on @never_give_up_on_grandma_rosario_2024 for her followers.`, "OTHER", "@never_give_up_on_grandma_rosario_2024");
  });
  it("near misses: bone and culture plates, a bus route", () => {
    spares(`${HELD}The fracture was fixed with a 9-hole plate and the LCP plate 3.5 mm held.`, "9-hole");
    spares(`${HELD}Culture plate 3 grew coliforms; growth plate 2 had fused.`, "3");
    spares(`${HELD}The bus number is 42 and it stops by the clinic.`, "is 42");
  });
});

describe("homes told by landmarks (v19)", () => {
  it("keeps an unnamed landmark after a place that was found, and a dwelling told in apposition", () => {
    finds(`${HELD}She walked in from Kabwelume, just past the old cotton depot. She was febrile.`, "LOCATION", "Kabwelume, just past the old cotton depot");
    finds(`${HELD}He lives in Morobe Station, the last house before the mission airstrip. His son phoned.`, "LOCATION", "Morobe Station, the last house before the mission airstrip");
  });
  it("runs a clause on over 'before the' and 'after the', but a bare unnamed landmark stays outside", () => {
    finds(`${HELD}She lives in Tawa Creek, the shack after the old sawmill. Nobody visits.`, "LOCATION", "Tawa Creek, the shack after the old sawmill");
    finds(`${HELD}Their home is in Ezbet Salama near the canal.`, "LOCATION", "Ezbet Salama");
  });
});

describe("national numbers by their own names, dotted thousands, and the Malaysian IC (v19)", () => {
  it("finds a DNI, a cédula, a CIN, an NRC, a RUT and an IC", () => {
    finds(`${HELD}Her DNI 23.551.804 was needed for the free-medicine programme.`, "ID", "23.551.804");
    finds(`${HELD}His cédula, 79.334.210, went on the authorisation.`, "ID", "79.334.210");
    finds(`${HELD}Her CIN was BK771203 and her daughter signed.`, "ID", "BK771203");
    finds(`${HELD}His NRC 512044/61/1 was written on the request form.`, "ID", "512044/61/1");
    finds(`${HELD}The RUT 9.876.543-K was on the referral.`, "ID", "9.876.543-K");
    finds(`${HELD}The clinic had him as 610302-08-5531 on the old card.`, "ID", "610302-08-5531");
  });
  it("near misses: a dose written with a thousands dot, CIN the lesion", () => {
    spares(`${HELD}We gave 1.500 ml of Hartmann's over the night.`, "1.500");
    spares(`${HELD}The biopsy showed CIN 2/3 and she was booked for LLETZ.`, "2/3");
  });
});

describe("names in handover shorthand, relatives named like months, Vietnamese titles (v19)", () => {
  it("finds a name followed by clinical shorthand or a patient's verb", () => {
    finds(`${HELD}Last admission: Zainabu, G4P3, 32 weeks, came up from the labour ward.`, "NAME", "Zainabu");
    finds(`${HELD}Ruksana Begum, known DM, came with DKA again.`, "NAME", "Ruksana Begum");
    finds(`${HELD}Boda rider, Wafula, came in with an open tib-fib.`, "NAME", "Wafula");
    finds(`${HELD}Eirlys laboured for eleven hours on the unit.`, "NAME", "Eirlys");
  });
  it("finds a relative named like a month, and a name after a Vietnamese title in lower case", () => {
    finds(`${HELD}Her husband August had brought the tablets in a carrier bag.`, "NAME", "August");
    finds(`${HELD}Today I looked after ông Tư, who had a stroke last week.`, "NAME", "ông Tư");
  });
  it("keeps a relative who rings 'the team' a relative (not a member of the team)", () => {
    finds(`${HELD}His mother, Mrs. Aoife Brennan, rang the team in tears.`, "NAME", "Mrs. Aoife Brennan");
  });
  it("near misses: a month with a day, a colleague named with a role", () => {
    expect(texts(`${HELD}Her daughter, June 12 was the day she flew home.`)).not.toContain("NAME:June");
    spares(`${HELD}Our sister, Sr Wanjiru, the ward manager, taught me the checks.`, "Wanjiru");
  });
});

describe("dates in more languages, hospitals by short name, numbers for a patient, the CURP (v19)", () => {
  it("finds a day and month in Turkish, Romanian, German, Indonesian and Polish", () => {
    finds(`${HELD}Her implant stopped working on 14 Mayıs after the school trip.`, "DATE", "14 Mayıs");
    finds(`${HELD}He was admitted on 9 octombrie with sepsis.`, "DATE", "9 octombrie");
    finds(`${HELD}Sie kam am 3. März mit einem Sturz.`, "DATE", "3. März");
    finds(`${HELD}Dia dirawat sejak 21 Agustus karena DBD.`, "DATE", "21 Agustus");
    finds(`${HELD}Przyjęta 5 stycznia z gorączką.`, "DATE", "5 stycznia");
  });
  it("finds a hospital's short name after 'for', and 'the Royal' alone", () => {
    finds(`${HELD}"I'll not leave this farm for Sligo General," he told me.`, "FACILITY_ROOM", "Sligo General");
    finds(`${HELD}Orthopaedics at the Royal would not take him back.`, "FACILITY_ROOM", "the Royal");
  });
  it("finds a number given 'for her' after its label, and a CURP", () => {
    finds(`${HELD}The UHID for her was BLR2207714409 on every form.`, "ID", "BLR2207714409");
    finds(`${HELD}Her CURP, from the old certificate, was GOLM520917MJCNPR08.`, "ID", "GOLM520917MJCNPR08");
  });
  it("near misses: the Royal Mail, an English word after a number", () => {
    spares(`${HELD}The results came back to the Royal Mail depot, not to us.`, "Royal");
    spares(`${HELD}We gave 2 mac tablets before the walk.`, "2 mac");
  });
});

describe("rooms and hospitals in more phrasings (v19)", () => {
  it("a lower-case unit before or after the bed", () => {
    finds(`${HELD}I cared for her on male surgical ward, bed 14, at the district hospital.`, "FACILITY_ROOM", "male surgical ward, bed 14");
    finds(`${HELD}The photo showed her drip on bed 3, female medical ward and her smile.`, "FACILITY_ROOM", "bed 3, female medical ward");
  });
  it("finds rooms and beds in French, Spanish and Italian, and a bed in a handover list", () => {
    finds(`${HELD}Elle est en salle 5, lit 9 depuis dimanche.`, "FACILITY_ROOM", "salle 5, lit 9");
    finds(`${HELD}Lo pasaron a la habitación 12 por la noche.`, "FACILITY_ROOM", "habitación 12");
    finds(`${HELD}Handover:\n- b22: 88F, UTI, for review\n- b23: 54M, chest pain`, "FACILITY_ROOM", "b22");
  });
  it("finds a hospital's own name after a posting, an on-call or a transfer, and after a ward at a clause's end", () => {
    finds(`${HELD}Surgery posting at Ridgeback, week two.`, "FACILITY_ROOM", "Ridgeback");
    finds(`${HELD}He refused transfer to Castlemaine for the scan.`, "FACILITY_ROOM", "Castlemaine");
    finds(`${HELD}Maternity ward, Nkhoma. A long night.`, "FACILITY_ROOM", "Nkhoma");
  });
  it("near misses: candles lit, vitamin B12 in a list, a rotation in a city, a ward on a weekday", () => {
    spares(`${HELD}His daughter lit 3 candles by the window.`, "lit 3");
    spares(`${HELD}Bloods:\n- B12: low, start replacement`, "B12");
    spares(`${HELD}My rotation at London was the best of the year.`, "London");
    spares(`${HELD}Surgical ward, Tuesday. Quiet.`, "Tuesday");
  });
});

describe("the tagger never grows a finding over a sentence's end (v19)", () => {
  it("keeps 'bed 4' apart from the next sentence", () => {
    expect(texts("Mrs Osei was on bed 4. Surgical ward, Tuesday. Quiet.")).toEqual(["NAME:Mrs Osei", "FACILITY_ROOM:bed 4"]);
  });
});

describe("days told by a festival or public event not on the lists (v19)", () => {
  it("finds 'the day before/after', 'the week after' and 'the first day of' an event, and a named day after 'on'", () => {
    finds(`${HELD}She had fallen the day after Qoyllur Rit'i and lay there till morning.`, "DATE", "the day after Qoyllur Rit'i");
    finds(`${HELD}He was admitted the week after the Listowel Races with a GI bleed.`, "DATE", "the week after the Listowel Races");
    finds(`${HELD}She delivered on the second day of Pchum Ben at the health post.`, "DATE", "the second day of Pchum Ben");
    finds(`${HELD}He died on Tapati Day, with the whole family around him.`, "DATE", "Tapati Day");
  });
  it("near misses: the writer's own exam week, a ward round", () => {
    spares(`${HELD}My OSCE is the week after the Ward Round teaching.`, "Ward Round");
  });
});

describe("names after a nurse's sentence and after relatives, in full (v19)", () => {
  it("a titled name opening the sentence after one that ends with a role is a patient", () => {
    finds(`Home visit with the district nurse. Mrs Morag Sinclair, 94, lives alone above the harbour.`, "NAME", "Mrs Morag Sinclair");
  });
  it("a relative's full name whose first word is also a common or held-back word", () => {
    finds(`${HELD}Her son-in-law, Lee Ji-hoon, rings me when the oxygen runs low.`, "NAME", "Lee Ji-hoon");
    finds(`${HELD}His father, Allah Rakha, signed the consent for him.`, "NAME", "Allah Rakha");
  });
  it("near misses: a nurse named with her title, a relative word before a common noun", () => {
    spares(`${HELD}I shadowed Nurse Adeyemi on the morning round.`, "Adeyemi");
    spares(`${HELD}His father, Park Rangers fan to the end, sang all night.`, "Rangers");
  });
});

describe("ages said with their source or doubt (v19)", () => {
  it("finds 'He's 92 whichever it is' and 'Kamla Devi, 90 as per her grandson'", () => {
    finds(`${HELD}The card said 1931, the clinic said 1929. She's 94 whichever it is.`, "AGE", "94");
    finds(`${HELD}Next came Sushila Bai, 91 as per her son, with a fall.`, "AGE", "91");
  });
  it("near miss: a saturation whichever probe", () => {
    spares(`${HELD}Her sats were 94 whichever probe we used.`, "94");
  });
});

describe("addresses written the Colombian, Polish, Korean, Trinidadian and Irish ways (v19)", () => {
  it("finds each whole", () => {
    finds(`${HELD}She lives at Carrera 15 Bis # 40-22, barrio Kennedy, Bogotá, with her sister.`, "ADDRESS", "Carrera 15 Bis # 40-22, barrio Kennedy, Bogotá");
    finds(`${HELD}The ambulance brought him from ul. Długa 7/12, 80-827 Gdańsk in the night.`, "ADDRESS", "ul. Długa 7/12, 80-827 Gdańsk");
    finds(`${HELD}I visit her at 45-3 Jangjeon-dong, Geumjeong-gu, Busan every Thursday.`, "ADDRESS", "45-3 Jangjeon-dong, Geumjeong-gu, Busan");
    finds(`${HELD}He lives at LP 12 Mahabir Trace, Penal with his brother.`, "ADDRESS", "LP 12 Mahabir Trace, Penal");
    finds(`${HELD}A visit to Mrs Nora Keane at Derrylea, Co. Galway H91 X2Y4 today.`, "ADDRESS", "Derrylea, Co. Galway H91 X2Y4");
  });
  it("near misses: a numbered list item, a ward code, 'Co.' for a company", () => {
    spares(`${HELD}Item # 24-17 on the audit list was the fridge log.`, "24-17");
    spares(`${HELD}Smith & Co. Pharmacy delivered the blister packs.`, "Co.");
  });
});

describe("a holiday's weekend or week named with it is a stretch, not a day (v19)", () => {
  it("does not hold a text for 'Halloween weekend' alone, but shows it beside a held finding", () => {
    expect(texts("He tried hard and so did I. I am going to spend Halloween weekend re-reading the guidance.")).toEqual([]);
    finds(`${HELD}He was admitted over the Halloween weekend with a fever.`, "DATE", "the Halloween weekend");
  });
});

describe("identifiers a comment names while asking for them to be removed (v19)", () => {
  it("holds a mentor's comment that repeats the place, the name or the number", () => {
    finds("Good reflection. But please remove Chaurjahari and the bit about the bridge before this goes into the newsletter.", "LOCATION", "Chaurjahari");
    finds("Please remove Tomasz's registration number (WAR-2023-004417) and the tent number though. Everything else can stay.", "NAME", "Tomasz");
    finds("Please remove Tomasz's registration number (WAR-2023-004417) and the tent number though. Everything else can stay.", "ID", "WAR-2023-004417");
    finds("One thing: the photo caption still has Aroha Tipene's full name in it, so anyone could work it out.", "NAME", "Aroha Tipene");
    finds("Please anonymise before submitting to the department: Kheda, the boy's full name and his school make him identifiable.", "LOCATION", "Kheda");
  });
  it("near misses: clinical removals, a city, the writer's own name", () => {
    expect(texts("Please remove Foley catheter before discharge and document it.")).toEqual([]);
    expect(texts("Lovely post. Maybe remove Manchester from the title so it reads as a general reflection?")).toEqual([]);
  });
});
