/**
 * rounds-detector/3: the classes of identifier added in v3, each with positives written for
 * this file (not copied from the corpus) and hard negatives next to them.
 */
import { describe, expect, it } from "vitest";
import { DETECTOR_VERSION, scanText } from "../../src/privacy/detector/index.ts";
import { expectFindings, expectNoFindings } from "./detector-helpers.ts";

describe("version", () => {
  it("is rounds-detector/37 (v3's classes below still hold)", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/37");
  });
});

describe("NAME: kinship and community titles across cultures", () => {
  it("flags a title with any name after it, listed or not", () => {
    expectFindings("We visited Gogo Dlamini at home; Kuia Mere was there too.", [
      ["NAME", "Gogo Dlamini"],
      ["NAME", "Kuia Mere"],
    ]);
    expectFindings("Baby Chidera was born at 34 weeks and Mzee Otieno Kamau came in with his son.", [
      ["NAME", "Baby Chidera"],
      ["NAME", "Mzee Otieno Kamau"],
    ]);
  });
  it("does not read an ordinary word after the title as a name", () => {
    expectNoFindings("The Baby Friendly Initiative and Mama Kits were discussed at the antenatal clinic.");
  });
});

describe("NAME: particles, nicknames, introductions, apposition", () => {
  it("keeps particles and quoted nicknames inside the name", () => {
    expectFindings("Her full name, Siti Nurhaliza binti Osman, was on the wristband.", [["NAME", "Siti Nurhaliza binti Osman"]]);
    expectFindings('Mr. Dwayne "Tiny" Okoro was admitted overnight.', [["NAME", 'Mr. Dwayne "Tiny" Okoro']]);
  });
  it("finds a name introduced as a name or in apposition to a patient noun", () => {
    expectFindings("His name was Tendai Moyo and he was nineteen.", [["NAME", "Tendai Moyo"]]);
    expectFindings("An elderly widow, Ngozi Eze, came to clinic with a cough.", [["NAME", "Ngozi Eze"]]);
    expectFindings("Mpho Khumalo came in with chest pain at 2am and was scared.", [["NAME", "Mpho Khumalo"]]);
  });
  it("does not flag my own name, organisations or places", () => {
    expectNoFindings("My name is on the rota. The Royal College of Surgeons and Public Health England said so.");
    expectNoFindings("Home palliative care in rural Ontario; the Lancet Commission on Global Surgery (2015).");
  });
});

describe("NAME: clinical staff named with Mr/Ms are not patients", () => {
  it("theatre lists, specialties in brackets, teaching verbs and roles", () => {
    expectNoFindings("Theatre list with Mr Patel (vascular) today. Mr Patel let me close the skin.");
    expectNoFindings("I spent the afternoon assisting Mr Rahman in theatre; Mr Rahman's list overran.");
    expectNoFindings("Ms Chen, our clinical instructor, ran the simulation.");
    expectNoFindings("Mr Whitfield (colorectal) took me through the case and Mr Whitfield counted my knots.");
  });
  it("a sign-off is the author", () => {
    expectNoFindings("Thanks for reading. — Hannah, 4th year");
  });
  it("a patient addressed as Mr is still flagged", () => {
    expectFindings("I clerked Mr Patel, who had been vomiting since Sunday.", [["NAME", "Mr Patel"]]);
  });
});

describe("FACILITY_ROOM: hospital + ward phrases and named hospitals", () => {
  it("joins ward, room, unit and hospital into one span", () => {
    expectFindings("He was moved to Room 8, Ward 3 North, Northern General, overnight.", [["FACILITY_ROOM", "Room 8, Ward 3 North, Northern General"]]);
    expectFindings("She was in cubicle 4 at Frimley Park overnight.", [["FACILITY_ROOM", "cubicle 4 at Frimley Park"]]);
    expectFindings("Resus Bay 1 of the Emergency Department at Mayo Hospital, Lahore was full.", [
      ["FACILITY_ROOM", "Resus Bay 1 of the Emergency Department at Mayo Hospital, Lahore"],
    ]);
  });
  it("a named hospital after a unit, and a named care home", () => {
    expectFindings("Night shift on the labour ward at Komfo Anokye.", [["FACILITY_ROOM", "Komfo Anokye"]]);
    expectFindings("She came from the Wattle Grove aged care home.", [["FACILITY_ROOM", "the Wattle Grove aged care home"]]);
  });
  it("a city after a unit, quoted programme titles and a list of hospitals stay apart", () => {
    expectNoFindings("I did a week of A&E at Leeds and then the NPHCDA's \"Reaching Every Ward\" strategy.");
    expectFindings("She went to St Mary's Hospital, then Aga Khan University Hospital.", [
      ["FACILITY_ROOM", "St Mary's Hospital"],
      ["FACILITY_ROOM", "Aga Khan University Hospital"],
    ]);
  });
});

describe("ADDRESS: whole addresses", () => {
  it("street, unit, town, region and postcode as one span, in several countries", () => {
    expectFindings("Her address, 9 Kestrel Close, Leeds LS6 3QT, was on the letter.", [["ADDRESS", "9 Kestrel Close, Leeds LS6 3QT"]]);
    expectFindings("They live at 55 Ridge Rd, Apt 4, Dayton, OH 45402 with two dogs.", [["ADDRESS", "55 Ridge Rd, Apt 4, Dayton, OH 45402"]]);
    expectFindings("Home is Plot No. 27, Sector 4, Dwarka, Delhi 110075.", [["ADDRESS", "Plot No. 27, Sector 4, Dwarka, Delhi 110075"]]);
    expectFindings("He lives at 8/14 Ocean St, Bondi NSW 2026 alone.", [["ADDRESS", "8/14 Ocean St, Bondi NSW 2026"]]);
  });
  it("Eircodes", () => {
    expectFindings("Her Eircode is T12 X7PK.", [["ADDRESS", "T12 X7PK"]]);
  });
  it("a hospital ward number, doses and counts are not addresses", () => {
    expectNoFindings("We gave 2 units, 4 mg of ondansetron and 500 mL; 62704 people attended; she lives in Cork, Ireland.");
  });
});

describe("ID: any labelled personal or record number", () => {
  it("labels the v2 list did not know", () => {
    expectFindings("His NHIS number 0456-78912 was read out; her passport number, K1234567, was photocopied.", [
      ["ID", "0456-78912"],
      ["ID", "K1234567"],
    ]);
    expectFindings("His BVN is 22345678901 and the ration card no. MH-552189 was in her bag.", [
      ["ID", "22345678901"],
      ["ID", "MH-552189"],
    ]);
  });
  it("slash-coded record numbers without a label", () => {
    expectFindings("The clinic card said OPD/KTH/2023/55612 in red.", [["ID", "OPD/KTH/2023/55612"]]);
  });
  it("guideline codes, years, lab values and doses are not IDs", () => {
    expectNoFindings("NICE NG51 (2016), CG103, version number 2, step number 3, troponin 1,250 ng/L, CK 4500, HbA1c 11.2%, 20 mL/kg.");
  });
});

describe("LOCATION: settlements, home places and landmarks", () => {
  it("named settlements with their district and landmark", () => {
    expectFindings("He came from Nyamira village, Kisii district, near the Itibo tea factory.", [
      ["LOCATION", "Nyamira village, Kisii district, near the Itibo tea factory"],
    ]);
    expectFindings("They live in Kampung Baru behind the Masjid Jamek.", [["LOCATION", "Kampung Baru behind the Masjid Jamek"]]);
    expectFindings("The family drove her from Lake Cargelligo to see us.", [["LOCATION", "Lake Cargelligo"]]);
  });
  it("cities, regions and countries alone are not flagged", () => {
    expectNoFindings("The family drove her from Manchester; a clinic in Gulu and a hospital in Lahore; western Kenya.");
  });
});

describe("OTHER: one-of-a-kind descriptions, family group names", () => {
  it("a one-of-a-kind claim tied to a named place", () => {
    expectFindings("She is the only female boat-builder on Tiree, everyone knows her.", [["OTHER", "the only female boat-builder on Tiree"]]);
  });
  it("a named family group", () => {
    expectFindings('Her sister set up a Facebook group called "Pray for Amaka — ward 4 LUTH".', [["OTHER", "Pray for Amaka — ward 4 LUTH"]]);
  });
  it("ordinary 'the only / the first' phrases are not flagged", () => {
    expectNoFindings("The last time I saw the only consultant in Leeds was in March. She was the first patient in Cardiff to get it.");
  });
});

describe("AGE, DATE, vehicle plates", () => {
  it("an age of 90+ said plainly, but not under 90 or a percentage", () => {
    expectFindings("She was 96, and sharp as a tack.", [["AGE", "96"]]);
    expectNoFindings("She was 89 and he is 85; her saturation was 93% and he is 95 kg.");
  });
  it("weekday dates and 'on the 19th' tied to a patient event", () => {
    expectFindings("She was discharged on Friday 12 July and came back on the 19th.", [
      ["DATE", "Friday 12 July"],
      ["DATE", "the 19th"],
    ]);
    expectNoFindings("The guideline was updated in the 19th century; ward rounds are on Tuesday.");
  });
  it("plates after more labels, and Indian plates", () => {
    expect(scanText("His car registration, WP 4419 GHT, was in the notes; the van's number plate was MH 12 AB 1234.").map((f) => f.text)).toEqual([
      "WP 4419 GHT",
      "MH 12 AB 1234",
    ]);
  });
});

describe("v3 second pass: more formats of the same classes", () => {
  it("South African ID and Australian Medicare numbers by their check digits", () => {
    expectFindings("Her ID number 8001015009087 was on the form.", [["ID", "8001015009087"]]);
    expectFindings("Medicare card 2123 45670 1 was in her purse.", [["ID", "2123 45670 1"]]);
    expectNoFindings("The trial enrolled 8001015009086 people, which is impossible, and cost 2123 45670 dollars.");
  });
  it("ages of 90+ written in words or as 'years of age'", () => {
    expectFindings("A ninety-three-year-old man, aged ninety-one, and he was 92 years of age.", [
      ["AGE", "ninety-three-year-old"],
      ["AGE", "aged ninety-one"],
      ["AGE", "92 years of age"],
    ]);
    expectNoFindings("A ninety-minute wait for ninety patients; she was eighty-nine and 45 years of age.");
  });
  it("street-type-first addresses, numbered streets, PO boxes and town–PIN", () => {
    expectFindings("She lives at No. 12, Jalan Ampang, 50450 Kuala Lumpur with her son.", [["ADDRESS", "No. 12, Jalan Ampang, 50450 Kuala Lumpur"]]);
    expectFindings("Apartment 4B, 310 West 85th Street, New York, NY 10024 is his home.", [["ADDRESS", "Apartment 4B, 310 West 85th Street, New York, NY 10024"]]);
    expectFindings("Write to P.O. Box 4512-00100, Nairobi.", [["ADDRESS", "P.O. Box 4512-00100, Nairobi"]]);
    expectFindings("Address: Delhi - 110005.", [["ADDRESS", "Delhi - 110005"]]);
    expectNoFindings("We gave 12 mg at 14:00 to 50450 people in the 2019 study; the 5th Avenue of care.");
  });
  it("the hospital a patient was taken to, and named wards in lower case", () => {
    expectFindings("She was transferred to Tygerberg for dialysis and then referred to Cardiology.", [["FACILITY_ROOM", "Tygerberg"]]);
    expectFindings("She was moved to Nightingale ward overnight.", [["FACILITY_ROOM", "Nightingale ward"]]);
    expectNoFindings("Admitted to Medical ward, referred to Social Services, transferred to ICU, admitted to Leeds; moved to Resus.");
  });
});

describe("v3 third pass: address formats from more countries", () => {
  it("building names, abbreviations with dots, Indian house numbers and cross/main roads", () => {
    expectFindings("She lives at Flat 2B, Rowan Court, 9 High St, Leeds with her cat.", [["ADDRESS", "Flat 2B, Rowan Court, 9 High St, Leeds"]]);
    expectFindings("He gave 123 Main St. Apt. 5, Boise, ID 83702 as his address.", [["ADDRESS", "123 Main St. Apt. 5, Boise, ID 83702"]]);
    expectFindings("Her address was H.No. 4-5-67/A, Nallakunta, Hyderabad 500044.", [["ADDRESS", "H.No. 4-5-67/A, Nallakunta, Hyderabad 500044"]]);
    expectFindings("They stay at #45, 2nd Cross, 3rd Main, Jayanagar, Bengaluru 560011.", [["ADDRESS", "#45, 2nd Cross, 3rd Main, Jayanagar, Bengaluru 560011"]]);
    expectFindings("Address: C-45, Sector 62, Noida.", [["ADDRESS", "C-45, Sector 62, Noida"]]);
    expectFindings("Her home is Erf 1234, Khayelitsha.", [["ADDRESS", "Erf 1234, Khayelitsha"]]);
  });
  it("Canadian postal codes, Irish counties, Ghana digital addresses, Malaysian postcode-first towns", () => {
    expectFindings("She lives at 45 Rue Principale, Gatineau, QC J8X 2B1.", [["ADDRESS", "45 Rue Principale, Gatineau, QC J8X 2B1"]]);
    expectFindings("Her postal code is M5V 2T6 and she lives in Toronto.", [["ADDRESS", "M5V 2T6"]]);
    expectFindings("He lives at 12 Main Street, Ballina, Co. Mayo, F26 X2Y4.", [["ADDRESS", "12 Main Street, Ballina, Co. Mayo, F26 X2Y4"]]);
    expectFindings("Her digital address is GA-183-8164 in Accra.", [["ADDRESS", "GA-183-8164"]]);
    expectFindings("Address: No. 8, Jalan SS2/24, 47300 Petaling Jaya, Selangor.", [["ADDRESS", "No. 8, Jalan SS2/24, 47300 Petaling Jaya, Selangor"]]);
  });
  it("ward beds, units of blood, vitamin names, scores and grades are not addresses", () => {
    expect(scanText("Bed 4, Ward 6 had 2 units of blood; the B12 level, vitamin D3 1000 units; in 2019, 4 patients; GCS 3/15, Sector 4 team; A-12, B-15 grades.").map((f) => f.type)).toEqual([
      "FACILITY_ROOM",
    ]);
  });
});

describe("v3 third pass: hospital units", () => {
  it("a hospital's own unit, and lower-case units after a hospital name", () => {
    expectFindings("She was seen in Tygerberg's ED overnight.", [["FACILITY_ROOM", "Tygerberg's ED"]]);
    expectFindings("He was in Bed 9 of the Korle-Bu surgical emergency.", [["FACILITY_ROOM", "Bed 9 of the Korle-Bu surgical emergency"]]);
    expectFindings("He was in Bed 22 on Ward C7 in the LGI.", [["FACILITY_ROOM", "Bed 22 on Ward C7 in the LGI"]]);
  });
  it("a person's or a city's unit, eponyms and guidance are not hospitals", () => {
    expectNoFindings("The hospital's ED was full; Parkinson's disease; NICE's ICU guidance; Leeds's A&E was busy.");
  });
});

describe("v3 third pass: unlisted single names as the object of care", () => {
  it("a name not on any list, after something done to or with a person", () => {
    expectFindings("I sat with Thandeka while her mother signed the consent.", [["NAME", "Thandeka"]]);
    expectFindings("We examined Kiri and then her sister.", [["NAME", "Kiri"]]);
  });
  it("departments and services after the same verbs are not names", () => {
    expectNoFindings("I spoke to Cardiology and Pharmacy; I spoke with Resus about the bed; we examined Datix reports.");
  });
});
