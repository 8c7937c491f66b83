/**
 * rounds-detector/8: generalising from classes of misses, not from strings. A second development
 * corpus (tests/privacy/corpus-dev2/) was written for v8, aimed at the weak types of v7's held-out
 * score (LOCATION, DEVICE, DATE, ADDRESS, OTHER) and at clean posts full of hard negatives; its misses
 * and false blocks were grouped into classes, and for each class the sentences below were written for
 * this file, in other voices and places than the corpus, with near-miss negatives. No name, place or
 * number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { DETECTOR_VERSION, scanText } from "../../src/privacy/detector/index.ts";
import { covers, expectNoFindings, finds, spares } from "./detector-helpers.ts";

describe("v8 version", () => {
  it("is rounds-detector/37 (v8's classes below still hold)", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/37");
  });
});

describe("false blocks: staff and things named like people", () => {
  it("a community or teaching role in apposition, in other health systems' words", () => {
    expectNoFindings("Tita Merly, who has been a BHW since 2009, walked us to every house on the list.");
    expectNoFindings("Whaea Huia, the kaiako, translated the consent form for the tamariki.");
    expectNoFindings("Bibi Rahela, who works as our interpreter, stayed late for the family meeting.");
    expectNoFindings("Mzee Onyango, the CHV for the sub-location, keeps the register of home births.");
  });
  it("'our' or 'my' in apposition makes someone the author's colleague, not a patient", () => {
    expectNoFindings("Kuya Dodong, our boatman, knows which islands flood first.");
    expectNoFindings("Auntie Grace, our ward clerk, found the missing folder in ten minutes.");
    expectNoFindings("Madam Rukhsana, my block health supervisor, checks every ASHA diary.");
  });
  it("near misses: a patient phrase after 'our', and a relative, are still names", () => {
    finds("Tita Nena, our oldest patient on the island, missed her insulin again.", "NAME", "Tita Nena");
    finds("Auntie Grace, our neighbour's mother, came in with chest pain.", "NAME", "Auntie Grace");
  });
  it("a later mention of the same colleague is spared too", () => {
    expectNoFindings("Ate Cora, who has been a midwife for thirty years, ran the drill. Afterwards Ate Cora's checklist went on the wall.");
  });
  it("a name joined by 'and' to a titled clinician is a colleague", () => {
    expectNoFindings("The viva examiners were Prof. Nandini Rao and Mr Gareth Pugh, both very fair.");
    expectNoFindings("Dr Obuya and Mrs Wanjiru Kamau ran the simulation day together.");
  });
  it("someone who plays the patient in a simulation is not a patient", () => {
    expectNoFindings("The simulated patient, an actor named Desmond, clutched his chest on cue.");
    expectNoFindings("A standardised patient called Aunty Pearl played the worried grandmother.");
  });
  it("a staff role followed by 'of …' before a name", () => {
    expectNoFindings("We met the director of nursing, Ms. Hélène Gagnon, about the staffing rota.");
    expectNoFindings("The head of department, Mrs Adaeze Obi, opened the audit meeting.");
  });
  it("an elder described with 'an' is a person in the story, not staff", () => {
    finds("An elder, Mr. Tobias Moosetail, came to the nursing station with a cough.", "NAME", "Mr. Tobias Moosetail");
  });
  it("a capitalised title right after 'the', an acronym or a year is not a person", () => {
    expectNoFindings("Next month I am presenting at the Hui Manawa in Hamilton.");
    expectNoFindings("The 2013 WHO Pocket Book stays in my white coat.");
    expectNoFindings("I read the CDC Pink Book chapter on measles.");
  });
  it("near miss: a titled name after 'the' still counts", () => {
    finds("On the ward the Mrs Tembo I had clerked was asleep.", "NAME", "Mrs Tembo");
  });
});

describe("LOCATION: a home described by its landmarks is one place", () => {
  it("a found place runs on over a named landmark to the end of the clause", () => {
    finds("She lives in Kipsamoite village, three farms past the Chemuswo dip, and walks to clinic.", "LOCATION", "Kipsamoite village, three farms past the Chemuswo dip");
    covers("The family stays in Ezbet El Nakhl, near the Bahr Mouis pumping station.", "Ezbet El Nakhl, near the Bahr Mouis pumping station");
  });
  it("a clause after 'lives in/at', 'at home in' or 'came … from' that names a landmark", () => {
    finds("He lives in Mbiri compound behind the Emir's polo ground at Dutse and farms millet.", "LOCATION", "Mbiri compound behind the Emir's polo ground at Dutse");
    finds("She was brought in from the row houses beside the Santa Cruz chapel in Barrio Obrero.", "LOCATION", "the row houses beside the Santa Cruz chapel in Barrio Obrero");
    finds("He came by bus from Aranui, the cul-de-sac behind the Wainoni Park pavilion.", "LOCATION", "Aranui, the cul-de-sac behind the Wainoni Park pavilion");
    finds("We saw her at home in the manse next to Kilmory church in Lochranza.", "LOCATION", "the manse next to Kilmory church in Lochranza");
  });
  it("a comma and a verb end the clause: the place does not run on into the story", () => {
    finds("Mr Ndou, who lives in Tshikota, behind the Lutheran mission school, was admitted to the medical ward.", "LOCATION", "Tshikota, behind the Lutheran mission school");
  });
  it("'by' + a lower-case word is how they came, not where they live", () => {
    finds("She came from Tarbet Crofts, below the Ardlui pier by boat in the rain.", "LOCATION", "Tarbet Crofts, below the Ardlui pier");
  });
  it("a plain 'in' needs a dwelling or settlement word", () => {
    covers("The boy fell into the canal in Kafr Salama, the hamlet beside the El Rayah bridge.", "Kafr Salama, the hamlet beside the El Rayah bridge");
  });
  it("near misses: an unnamed landmark stays outside, a city with a landmark is not a home", () => {
    finds("Their home is in Kafr Dawud near the canal.", "LOCATION", "Kafr Dawud");
    expectNoFindings("She came from Nairobi, near the Kenyatta Avenue end of town, for the conference.");
    expectNoFindings("The registrar lives in Manchester and drives past the Etihad on the way in.");
    expectNoFindings("I came from the ward behind the lifts to help with the arrest.");
    spares("My cousin came from Lagos, near the lagoon, for the wedding of Dr Ade.", "Lagos, near the lagoon");
  });
  it("stays linear on long adversarial input", () => {
    const long = "She lives in " + "Xa, the hut behind the Yb well near the Zc tree, ".repeat(4000);
    const t0 = performance.now();
    scanText(long);
    expect(performance.now() - t0).toBeLessThan(3000);
    const long2 = "came from " + "near the A near the B ".repeat(6000);
    const t1 = performance.now();
    scanText(long2);
    expect(performance.now() - t1).toBeLessThan(3000);
  });
});

describe("DEVICE and plates: labels written with a comma, short prefixes, plates named by state or article", () => {
  it("a serial after 'serial,' or 'serial number,' with the code in apposition", () => {
    finds("The concentrator's serial, OXC-7H-558102, is on the asset list.", "DEVICE", "OXC-7H-558102");
    finds("The insulin pump serial number, PX 77Q-20914, was logged by the school nurse.", "DEVICE", "PX 77Q-20914");
    finds("His LVAD controller serial, HVC-CTRL 41-20077, was read out over the phone.", "DEVICE", "HVC-CTRL 41-20077");
  });
  it("a plate after '<State> plate' or 'the plate'", () => {
    finds("Her husband's truck, Ontario plate CBRT 912, was parked in the ambulance bay.", "OTHER", "CBRT 912");
    finds("He rides a boda with the plate KMFA 219L and parks at the stage.", "OTHER", "KMFA 219L");
  });
  it("near misses: no number after the label, or a plate of food", () => {
    expectNoFindings("The serial, the nurse said, was on the back of the pump.");
    expectNoFindings("Her lunch plate was empty by 2pm and the dinner plate was untouched.");
    expectNoFindings("We used the plate method (half vegetables) in the diabetes class.");
  });
});

describe("DATE: more patient events and named days", () => {
  it("a day and month tied to supplies running out, a device fitted or a last period", () => {
    finds("His inhalers ran out on 3 August and he did not refill them.", "DATE", "3 August");
    finds("The loop recorder was implanted on 11 May under local anaesthetic.", "DATE", "11 May");
    finds("She counted from her last period on the 21st of January.", "DATE", "the 21st of January");
  });
  it("a day's name in another language, or a named day, is part of the date", () => {
    finds("She presented on Khamis, 12 Jun 2025 with fever.", "DATE", "Khamis, 12 Jun 2025");
    finds("He was airlifted on Boxing Day, 26 December 2024, from the island.", "DATE", "Boxing Day, 26 December 2024");
    finds("He was admitted on Huwebes, 4 September 2025 after the typhoon.", "DATE", "Huwebes, 4 September 2025");
  });
  it("near misses: guideline and teaching dates, a day's name without a date", () => {
    expectNoFindings("The updated guideline was published on 3 August.");
    expectNoFindings("Every Khamis the clinic closes early for the staff meeting.");
    expectNoFindings("Our teaching session moved to 11 May.");
  });
});

describe("FACILITY_ROOM: titles and colleagues' wards are not where a patient lay; neonatal warmers are", () => {
  it("a named unit that runs into a document or event is its title", () => {
    expectNoFindings("I revised from the Essential Surgery notes and the Primary Surgery handbook.");
  });
  it("a ward named as where colleagues work", () => {
    expectNoFindings("I will invite the nurses from 5 North to the next teaching session.");
  });
  it("near misses: a patient in a ward; a warmer or isolette number", () => {
    finds("She was nursed in Ward 5 North after the operation.", "FACILITY_ROOM", "Ward 5 North");
    finds("The twins were in warmer 7 and isolette 3 overnight.", "FACILITY_ROOM", "warmer 7");
  });
});

describe("NAME: patronymic connectors and people told by their trade", () => {
  it("a/l, a/p, s/o, d/o and w/o join the father's or husband's name", () => {
    finds("Encik Muthu a/l Kandasamy was bitten in the rubber rows.", "NAME", "Encik Muthu a/l Kandasamy");
    finds("Puan Kavitha a/p Suppiah came for her dressing.", "NAME", "Puan Kavitha a/p Suppiah");
    finds("The card said Mr Bilal s/o Haroon Qureshi, age 44.", "NAME", "Mr Bilal s/o Haroon Qureshi");
  });
  it("a single name in apposition to a trade", () => {
    finds("Kiplagat, a tea plucker from the estate, cut his hand badly.", "NAME", "Kiplagat");
    finds("Tane, a shearer, came in with a crush injury.", "NAME", "Tane");
  });
  it("near misses: a staff role in apposition, a connector without a name", () => {
    expectNoFindings("Dr Wong, a registrar on the firm, showed us the chest drain.");
    expectNoFindings("Forms marked s/o or d/o must be checked against the ID card.");
  });
});

describe("FACILITY_ROOM: a neonatal unit before a warmer belongs to it", () => {
  it("NICU/SCBU before a warmer, isolette or crib", () => {
    finds("The baby was nursed in SCBU isolette 4 for a week.", "FACILITY_ROOM", "SCBU isolette 4");
    finds("She was moved to NICU warmer 2 overnight.", "FACILITY_ROOM", "NICU warmer 2");
  });
});

describe("ADDRESS: a block and #floor-unit flat; rows of cottages and villas", () => {
  it("a block, street and #floor-unit, with the postcode when written", () => {
    finds("He lives at Blk 402 Ang Mo Kio Ave 10 #07-1133, Singapore 560402 with his wife.", "ADDRESS", "Blk 402 Ang Mo Kio Ave 10 #07-1133, Singapore 560402");
    finds("Her flat is Block 17 Jalan Tenteram #03-88 and the lift is broken.", "ADDRESS", "Block 17 Jalan Tenteram #03-88");
  });
  it("a numbered house in a named row of cottages or villas, non-ASCII letters included", () => {
    finds("We visited him at 4 Bryn Hŷf Cottages, Llanuwchllyn LL23 7UB on Friday.", "ADDRESS", "4 Bryn Hŷf Cottages, Llanuwchllyn LL23 7UB");
    finds("She moved to 9 Railway Villas last spring.", "ADDRESS", "9 Railway Villas");
  });
  it("near misses: a teaching block and room, a year of cottages", () => {
    expectNoFindings("The tutorial is in Block 4 #02-11 of the medical school.");
    expectNoFindings("In 2019 Cottages were the theme of the hospital art fund.");
  });
  it("stays linear on long adversarial input", () => {
    const long = "Blk 1 " + "Aa ".repeat(30000) + "#1";
    const t0 = performance.now();
    scanText(long);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("PHONE, not DEVICE: a phone number after 'phone number'", () => {
  it("is a phone number, comma or not", () => {
    finds("His cousin wrote down his phone number, 0722 555 019, on the card.", "PHONE", "0722 555 019");
    finds("Her mobile number 0301-5550142 was on the referral.", "PHONE", "0301-5550142");
  });
  it("near miss: a handset's IMEI is still a device", () => {
    finds("The phone IMEI 356938035643809 was logged by the police.", "DEVICE", "356938035643809");
  });
});

describe("DEVICE: more ways a serial is written", () => {
  it("'was listed as' with quotes, and several serials after one label", () => {
    finds("The ICD serial was recorded as 'BXR204417T' in the clinic letter.", "DEVICE", "BXR204417T");
    finds("Both processors (serials 31-220917 and 31-220918) were replaced.", "DEVICE", "31-220918");
  });
  it("near misses: serials without numbers, a vaccine batch", () => {
    expectNoFindings("The serials were all checked by medical physics on Tuesday.");
    expectNoFindings("The flu vaccine batch 2023A was used across the whole region.");
  });
  it("stays linear on long adversarial input", () => {
    const long = "serials " + "A1234 and ".repeat(20000);
    const t0 = performance.now();
    scanText(long);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("LOCATION: a name in apposition to a small settlement; Malay estates and gardens head-first", () => {
  it("'<Name>, a village …' runs to the end of the clause", () => {
    finds("The boy is from Akim Oda Zongo? No: from Abomosu, a village an hour past the gold pits.", "LOCATION", "Abomosu, a village an hour past the gold pits");
    finds("She herds goats near Sidi Ifni and sleeps in Tagant, the hamlet below the old fort.", "LOCATION", "Tagant, the hamlet below the old fort");
  });
  it("Taman, Desa, Felda and Ladang name small places head-first", () => {
    finds("Pt resides in Taman Seri Indah, Kluang, with her son.", "LOCATION", "Taman Seri Indah, Kluang");
    finds("He works the oil palm at Felda Bukit Goh.", "LOCATION", "Felda Bukit Goh");
  });
  it("near misses: a township or city in apposition, a staff member described as a village GP", () => {
    expectNoFindings("The conference dinner was in Soweto, a township with a long history.");
    expectNoFindings("Kampala, a city of millions, has many hospitals.");
    expectNoFindings("Dr Mensah, a village GP for thirty years, taught us suturing.");
  });
  it("stays linear on long adversarial input", () => {
    const long = "Aa Bb Cc, a ".repeat(20000);
    const t0 = performance.now();
    scanText(long);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("DATE: Hijri dates, weekday ordinals and more events", () => {
  it("a Hijri date, full with its year or tied to an event", () => {
    finds("He was admitted on 14 Shawwal 1446 after the fall.", "DATE", "14 Shawwal 1446");
    finds("Her father passed on 3rd of Ramadan, just before iftar.", "DATE", "3rd of Ramadan");
  });
  it("a weekday with a bare ordinal in an event context; a fall, seizure or crash is an event", () => {
    finds("She came in Tuesday 9th with a seizure.", "DATE", "Tuesday 9th");
    finds("The crash happened on the night of 14th April.", "DATE", "14th April");
  });
  it("near misses: Ramadan as a season, a floor, a mask fit test", () => {
    expectNoFindings("During Ramadan we adjust insulin doses for fasting patients.");
    expectNoFindings("The stroke team meets on Friday 2nd floor seminar room.");
    expectNoFindings("Mask fit testing for all staff is on 3 May.");
  });
});

describe("false blocks: more ways staff are named, and the author's own courses", () => {
  it("Sis and Sir are staff titles (Ghana, Nigeria, the Philippines, South Asia)", () => {
    expectNoFindings("Big thanks to Sis Efua on nights, she caught my drug error.");
    expectNoFindings("Thank you Sir Danilo for the anatomy revision!");
  });
  it("a role right after the name, or the service they come from", () => {
    expectNoFindings("Shout out to Uncle Kojo the porter, a legend on nights.");
    expectNoFindings("Aunty Bisi from the canteen always saves us jollof.");
  });
  it("the author's own course, exam or conference date is not a patient's", () => {
    expectNoFindings("I attended the APLS course in Nelson in March 2024 and loved it.");
    expectNoFindings("We sat the OSCE on 12 June, then went for suya.");
  });
  it("near misses: a relative called Uncle, a patient admitted during a course", () => {
    finds("Uncle Kojo, her grandfather, was admitted with a stroke.", "NAME", "Uncle Kojo");
    finds("The patient was admitted on 12 June with sepsis.", "DATE", "12 June");
  });
});

describe("false blocks: organisations' handles and lines, rooms in places of study, the author's exam dates", () => {
  it("accounts the reader is told to follow", () => {
    expectNoFindings("Follow @ACEMonline, @PaedsNZ and @WHO for the updates.");
  });
  it("an institution's phone line", () => {
    expectNoFindings("Ring the switchboard on 0300 555 0199 and ask for the on-call anaesthetist.");
    expectNoFindings("The poisons advice line is 0800 555 0764 if you are unsure.");
  });
  it("a room in a library, skills lab or simulation suite", () => {
    expectNoFindings("Room 6 of the library is ours every Tuesday for revision.");
    expectNoFindings("In Bed 3 of the sim suite the mannequin arrested on cue.");
  });
  it("a full date in a sentence about the author's exam, with no patient in it", () => {
    expectNoFindings("The MRCS Part B is on 14 February 2026, so revision starts now.");
  });
  it("near misses: a patient's handle, a patient's number, a patient's bed, a patient's birth date", () => {
    finds("Her son told us to follow @kwame.recovery.journey for updates on his mum.", "OTHER", "@kwame.recovery.journey");
    finds("Her daughter's mobile is 07700 900417, the switchboard said.", "PHONE", "07700 900417");
    finds("She was in Bed 3 of Ward 9 overnight.", "FACILITY_ROOM", "Bed 3 of Ward 9");
    finds("Her exam showed a DOB of 14 February 1941 on the wristband.", "DATE", "14 February 1941");
  });
});

describe("OTHER: fame tied to a place is a person's, not a dish's or a landmark's", () => {
  it("something the writer ate, bought or visited", () => {
    expectNoFindings("We tried the famous bunny chow in Durban after the exam.");
    expectNoFindings("Afterwards we visited the famous clock tower in Mandeville.");
  });
  it("near miss: a famous person in a named place", () => {
    covers("Her father is the famous drummer of Ede who plays at every festival.", "the famous drummer of Ede");
  });
});
