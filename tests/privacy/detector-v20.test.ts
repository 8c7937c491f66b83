/**
 * rounds-detector/20, by class. Every sentence was written for this file (none is taken from a corpus), each rule with a
 * sentence it must find and one like it that it must leave alone. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { covers, finds, texts } from "./detector-helpers.ts";
import { scanText } from "../../src/privacy/detector/index.ts";

// A sentence that holds any text it is put in front of, so a rule's soft findings are shown too.
const HELD = "Mrs Osei was on bed 4.";

describe("comments that name the patient while asking for the name to go", () => {
  it("a name said to be in the post, with the reason it must go", () => {
    finds("Supervisor's remark: your entry still contains Ponnusamy's name and his street, so remove both before the final submission.", "NAME", "Ponnusamy");
    finds("Lovely write-up. Before this goes anywhere public, though: you've got Nanna Bet by name and the caravan number.", "NAME", "Nanna Bet");
    finds('Great reflection. Please take out "Sparky" and the farm name before submitting to the college.', "NAME", "Sparky");
  });
  it("a commenter who knew the patient, in a comment about consent", () => {
    finds("I knew Dezzie from the drop-in on Carver Street. Maybe take his photo out of the post; his sister didn't agree to any of this.", "NAME", "Dezzie");
  });
  it("but not a device, a word or a colleague named in the same kind of sentence", () => {
    expect(texts("Please take out the Foley before submitting, and remove the second paragraph before the final submission.")).toEqual([]);
    expect(texts('Please take out "Ward" before submitting, it reads oddly.')).toEqual([]);
    expect(texts("I knew Glasgow would be cold. Don't post a case study without consent.")).toEqual([]);
  });
});

describe("nicknames", () => {
  it("in quotes after call him / everyone calls / the ward called, with 'the' inside the quotes kept", () => {
    finds('A man the porters all call "Big Tam" came in after a fall down the close stairs.', "NAME", "Big Tam");
    finds('A farmhand everyone calls "Snowy" came in with a crush injury.', "NAME", "Snowy");
    finds('Our patient, whom the ward called "the Major", refused his tablets. Later the Major relented.', "NAME", "the Major");
    expect(texts('Our patient, whom the ward called "the Major", refused his tablets. Later the Major relented.')).toContain("NAME:the Major");
  });
  it("said to be a nickname after it, or what everyone calls the person", () => {
    finds('For the record, "the Skipper" was a nickname the whole unit used for him.', "NAME", "the Skipper");
    finds("An old man, Baba Tunji to everyone on the street, came in breathless.", "NAME", "Baba Tunji");
  });
  it("not a colleague's, a mannequin's, a thing's or a title alone", () => {
    expect(texts('My registrar, who everyone calls "the Boss", let me lead the arrest.')).toEqual([]);
    expect(texts('We practised on a mannequin everyone calls "Resus Rita".')).toEqual([]);
    expect(texts('We have a group chat everyone calls "The Night Owls".')).toEqual([]);
    expect(texts('I called him "Doctor" twice before a nurse corrected me.')).toEqual([]);
    expect(texts('Our ward sister, whom we all call "Mama T", runs a tight ship.')).toEqual([]);
    expect(texts('"The Golden Hour" is a nickname for the first hour after injury.')).toEqual([]);
  });
});

describe("names told by what stands next to them", () => {
  it("a record number or an age in brackets after a name", () => {
    finds("Cormac (hospital no. 7731942) was brought up from ED.", "NAME", "Cormac");
    finds("Ngozi (17) told me she was frightened of the drip.", "NAME", "Ngozi");
    expect(texts("We switched to Keppra (500 mg) for the seizures.")).toEqual([]);
    expect(texts("I met Priya (FY2) on the ward.")).toEqual([]);
  });
  it("a name in brackets after the patient or a relative", () => {
    finds("The patient (Jolene) was anxious.", "NAME", "Jolene");
    finds("The lady (Bronagh) was anxious.", "NAME", "Bronagh");
    expect(texts("We used the drug (Keppra) for the seizures.")).toEqual([]);
  });
  it("a name introduced by the person herself, and a name after the verb of care in progress", () => {
    finds("She introduced herself as Yesenia and asked for water.", "NAME", "Yesenia");
    finds("I stopped before consenting Harriet because she was still drowsy.", "NAME", "Harriet");
  });
  it("a kinship title before a name on no list", () => {
    finds("The toddler was asleep at last, and Granny Mabs had everything under control.", "NAME", "Granny Mabs");
    expect(texts("The village head, the Mai Gari, welcomed the team.")).toEqual([]);
  });
  it("the lower-case Spanish and Italian titles belong to the name", () => {
    finds("Esa noche la señora Carmen Ibáñez went into labour at 36 weeks.", "NAME", "señora Carmen Ibáñez");
  });
  it("a patient's initials given as such, not the writer's or an acronym", () => {
    finds("Patient initials: J.R., 71, admitted with pneumonia.", "NAME", "J.R.");
    expect(texts("I wrote my initials TB on the drug chart.")).toEqual([]);
    expect(texts("The initials NEWS stand for National Early Warning Score.")).toEqual([]);
  });
});

describe("a name with the family beside it", () => {
  it("in a sentence about care", () => {
    finds("Tamati and his whānau waited in the relatives room.", "NAME", "Tamati");
  });
});

describe("colleagues named by community roles are not patients", () => {
  it("a treatment supporter, a health aide, a promotora in apposition", () => {
    expect(texts("I followed a treatment supporter, Rubina baji, as she visited patients in the lanes.")).toEqual([]);
    expect(texts("The skill of the health aide, Ya Fatmata, was obvious in the labour room.")).toEqual([]);
    expect(texts("We ran the group with a promotora, Doña Chela, on Saturday mornings.")).toEqual([]);
  });
  it("a colleague's home town", () => {
    expect(texts("Our team leader, Dr Lokwang, who grew up in Kakuma, told me about trachoma when he was a boy.")).toEqual([]);
    finds("Her son, who grew up in Kakuma, brought her in after the fall.", "LOCATION", "Kakuma");
  });
});

describe("ages", () => {
  it("an age someone else gave, in brackets after 'age', made exact, or said again", () => {
    finds("A boy carried in his great-grandmother, who he said was 97 and had never seen a doctor.", "AGE", "97");
    finds("Her age (94) was raised at the MDT.", "AGE", "94");
    finds("A man in his late nineties, 98 to be exact, came in from the home.", "AGE", "98");
    finds("He was born before the war and is now 96.", "AGE", "96");
  });
  it("not a reading made exact", () => {
    expect(texts("The systolic was 95 to be exact.")).toEqual([]);
  });
});

describe("dates by festivals", () => {
  it("more festivals, an ordinal day of one, and an Eve with its possessive", () => {
    finds("She was admitted on the third day of Eid with fits.", "DATE", "the third day of Eid");
    finds("On Chinese New Year's Eve an old man was brought in after a fall.", "DATE", "Chinese New Year's Eve");
    finds("I last saw her before the New Yam festival, and she was admitted a week after with sepsis.", "DATE", "the New Yam festival");
    finds("She was admitted the day after Martyrs' Day with a fever.", "DATE", "the day after Martyrs' Day");
  });
});

describe("ID numbers", () => {
  it("a number where it is kept, in brackets on a card, or listed in a register", () => {
    finds("His card number at the district hospital, 2207-1998-K, was in the Ethiopian calendar.", "ID", "2207-1998-K");
    finds("Bring the health card (number KA-BL-0311-5520) next time.", "ID", "KA-BL-0311-5520");
    finds("A detainee, number MLT-4471 in our register, was brought with haemoptysis.", "ID", "MLT-4471");
  });
  it("not a helpline's number, or a list position", () => {
    expect(texts("I gave him the national helpline number, 0800-22-4417, before he left.")).toEqual([]);
    expect(texts("We saw twelve patients, and number 4 in the list was a child.")).toEqual([]);
  });
});

describe("places and rooms", () => {
  it("a small place named with a listed word at its end, where someone lives and works", () => {
    finds("He lives and works at Coolabah Downs Station, three hours from the clinic.", "LOCATION", "Coolabah Downs Station");
    finds("The patient lives in Ferguson Park with her mum.", "LOCATION", "Ferguson Park");
    expect(texts("She lives in Lagos Island with her son.")).toEqual([]);
  });
  it("a home in a block, a numbered tent or caravan, a home pinned by one landmark", () => {
    finds("He fell on the stairs of a block in Drumchapel and had a GCS of 12.", "LOCATION", "Drumchapel");
    finds("The family's shelter is tent 27 in row D, and they share a tap.", "LOCATION", "tent 27 in row D");
    finds("He lives in the room behind the bakery and was admitted with pneumonia.", "LOCATION", "the room behind the bakery");
    expect(texts("I live in the room behind the library during exams.")).toEqual([]);
  });
  it("the way a patient came, a home visit, a home village in apposition", () => {
    finds("She walked six hours from Rukungiri with the baby on her back.", "LOCATION", "Rukungiri");
    finds("We did a home visit to Korogocho, where she lives with four children.", "LOCATION", "Korogocho");
    finds("His village, Bududa, is three hours away.", "LOCATION", "Bududa");
    expect(texts("We did a home visit to Mama Wanjiru on Friday.")).not.toContain("LOCATION:Mama Wanjiru");
  });
  it("where the home is, said with an adverb, a family's house, a town's sector, a family from a place", () => {
    finds("They live up in the Kerio Valley and walked for two days.", "LOCATION", "the Kerio Valley");
    finds("She lives down in Ballymun with her three kids.", "LOCATION", "Ballymun");
    finds("I visited her at her daughter's house in Kotri Bagh and she was breathless.", "LOCATION", "Kotri Bagh");
    finds("He lives in Orangi Town sector 11 with his brothers.", "LOCATION", "Orangi Town sector 11");
    finds("The family are from Dharavi and the child had TB.", "LOCATION", "Dharavi");
    expect(texts("I stayed at my house in Kotri Bagh over the holidays.")).toEqual([]);
    expect(texts("He lives in Benin City with his wife.")).toEqual([]);
  });
  it("a health post or hospital told by the place it is in (soft: shown in a held text)", () => {
    finds(`${HELD} We arranged a transfer to the MSF hospital in Kutupalong.`, "FACILITY_ROOM", "the MSF hospital in Kutupalong");
  });
  it("the unit of a prison or camp before it, when a room is given", () => {
    covers("Reception screening was in the healthcare centre at HMP Fenwick, room 3, on Friday.", "the healthcare centre at HMP Fenwick, room 3");
    expect(texts("We connected patients to NGOs that provided free medication.")).toEqual([]);
  });
});

describe("held texts show soft findings", () => {
  it("a numbered pitch at a named site", () => {
    finds(`${HELD} They're on pitch 12 at the Mill Lane site now.`, "LOCATION", "pitch 12 at the Mill Lane site");
  });
});

// rounds-detector/21: the false blocks and misses of dev16 and dev17 (written blind, scored once on /20), fixed by class.
describe("v21: links that lead to no person are soft", () => {
  it("guidance, journals and charities' toolkits, even with 'patient' in the path, are not held", () => {
    expect(texts("See the [policy on dizziness](https://www.example-college.org/patient-care/clinical-policies/) before nights.")).toEqual([]);
    expect(texts("Worth adding to the reading list: https://www.example-fund.org.uk/long-reads/continuity-of-care #GPtraining")).toEqual([]);
  });
  it("a profile, a fundraiser, an appeal page or a record system still holds", () => {
    finds("His brother set up https://www.gofundme.com/f/bring-kojo-home last week.", "URL", "https://www.gofundme.com/f/bring-kojo-home");
    finds("Her son made a page for her: https://www.example.org/appeal/help-nana-efua", "URL", "https://www.example.org/appeal/help-nana-efua");
    finds("The scan is on http://10.1.2.3/viewer?mrn=4471", "URL", "http://10.1.2.3/viewer?mrn=4471");
  });
});

describe("v21: colleagues", () => {
  it("a role in the plural before a list, a role with its acronym, a colleague among the role, a colleague presenting or busy", () => {
    expect(texts("This year's registrars, Chidera and Ben, are already pushing back on the rota.")).toEqual([]);
    expect(texts("My first water birth was with my preceptor LMC, Hine, in a primary unit.")).toEqual([]);
    expect(texts("The Aboriginal health workers, especially Uncle Lenny, did most of the trust-building.")).toEqual([]);
    expect(texts("Mr Osagie is presenting this at the regional meeting next month.")).toEqual([]);
    expect(texts("I needed ultrasound-guided access from Dimitri, who was with another patient.")).toEqual([]);
  });
  it("an author or maker of a model or report, a helpline phoned, a service's nurse", () => {
    expect(texts("The Fonofale model, developed by Fuimaono Karl Pulotu-Endemann, frames family and culture.")).toEqual([]);
    expect(texts("I called Samaritans' number aloud to check it was on our card.")).toEqual([]);
    expect(texts("I've been a Well Child Tamariki Ora nurse for three years. The Ministry's Well Child schedule is a framework.")).toEqual([]);
  });
  it("but a student told with an age is a patient", () => {
    finds("A 19-year-old nursing student, Temitope Adeyemi, from Ikire, was brought by her aunt after she fainted.", "NAME", "Temitope Adeyemi");
  });
});

describe("v21: letters to patients and comments about them", () => {
  it("the patient a letter is written to, and an age told to them", () => {
    finds("Dear Mama Efua,\n\nYour grandson asked me to write for your funeral. You were 93 when you came to us.", "NAME", "Mama Efua");
    finds("Dear Mama Efua,\n\nYour grandson asked me to write for your funeral. You were 93 when you came to us.", "AGE", "93");
    expect(texts("Dear Tunde, this is a thoughtful reflection on your placement, and your pain at the death shows.")).toEqual([]);
  });
  it("a comment that says who could tell, who is findable, or warns against contacting the patient", () => {
    finds("Thank you for this. With the school and his full name, anyone from Akropong will know it's Opanin Yaw, so anonymise it.", "NAME", "Opanin Yaw");
    finds("The block and the shelter number make Rahima findable by anyone with the registry. Please remove them.", "NAME", "Rahima");
    finds("Don't email Ikenna at a student address; the estate is enough to identify him.", "NAME", "Ikenna");
    expect(texts("Please email Ruth at the deanery about your identification badge.")).toEqual([]);
  });
});

describe("v21: more forms", () => {
  it("a writer's own grandmother's age, and a one-of-a-kind claim about a thing named by an acronym, are soft", () => {
    expect(texts("I am careful with X-rays because my dadi, who is 92, still says they burn.")).toEqual([]);
    expect(texts("She reminded me that the first KMC units in Ghana were started by people told it wouldn't work.")).toEqual([]);
  });
  it("a named subject with an age over 90, a Hijri week, a card's number after a comma, a family number with its prefix", () => {
    finds("Alfie is 93 and everybody in the valley knows him.", "AGE", "93");
    finds(`${HELD} Her son was detained in the first week of Jamadi ul Sani.`, "DATE", "the first week of Jamadi ul Sani");
    finds("She showed me her registration card, number RF-0042-7713, at the gate.", "ID", "RF-0042-7713");
    finds("Their family's FCN, FCN 204-1187-03, is on the ration book.", "ID", "FCN 204-1187-03");
  });
  it("Nordic personal numbers and addresses, a marae, a health post or nursing station by its place", () => {
    finds("Ingrid, four months, personnummer 240519-3346, was admitted.", "ID", "240519-3346");
    finds("They live at Kvarngatan 7, lgh 1102, 752 36 Uppsala.", "ADDRESS", "Kvarngatan 7, lgh 1102, 752 36 Uppsala");
    expect(texts("The Eastgate 4 meeting was moved.")).toEqual([]);
    finds("The whānau took him to Rāwhiti Marae for the unveiling, and he was short of breath.", "LOCATION", "Rāwhiti Marae");
    finds(`${HELD} We flew her out from the nursing station at Peawanuck.`, "FACILITY_ROOM", "the nursing station at Peawanuck");
  });
});

// rounds-detector/22: the false blocks and misses of dev18 and dev19 (written blind, scored once on /21), fixed by class.
describe("v22: the writer's own life and colleagues", () => {
  it("the writer's relatives with a word between, partners in study, teaching roles, our team", () => {
    expect(texts("We rent a small house in Fresno and my little brother Santi is a junior in high school.")).toEqual([]);
    expect(texts("Keep practising your Yoruba with Tobi, and learn the clinical terms too.")).toEqual([]);
    expect(texts("Skills lab was on falls. Mr Dafydd Owen ran the session and we practised the Berg.")).toEqual([]);
    expect(texts("Keep the Welsh going: Mrs Pritchard in our team will happily practise with you.")).toEqual([]);
    expect(texts("In Lahore I observed Ms. Saima Rauf treating children with cerebral palsy.")).toEqual([]);
    expect(texts("I am writing a short Urdu leaflet with Havildar Rana, who has served here for years.")).toEqual([]);
  });
  it("a role-player named anywhere, a pronoun opening a sentence, a people's name, a public figure wished for or recalled", () => {
    expect(texts('OSCE case: "Brenda, 52, with chest pain." Brenda was of course a simulated patient.')).toEqual([]);
    expect(texts("We measured each other's BP. Mine was 104/70.")).toEqual([]);
    expect(texts("I'm a medic with the Canadian Armed Forces.")).toEqual([]);
    expect(texts("A girl told me she wanted to be the next Tegla Loroupe.")).toEqual([]);
    expect(texts("The eye exam made me think of José Rizal, who was an ophthalmologist before he became a hero.")).toEqual([]);
  });
  it("an awareness day's date, a room that is the word 'I'", () => {
    expect(texts("Please join the walk on 19 June for World Sickle Cell Day.")).toEqual([]);
    expect(texts("The hydro class was the happiest room I've seen on placement.")).toEqual([]);
  });
});

describe("v22: more identifiers", () => {
  it("numbers worn or carried, and serials read off a device", () => {
    finds("His wristband read FW24-0871163 and he gave a false name.", "ID", "FW24-0871163");
    finds("A swimmer, race number 2291, was pulled out unconscious.", "ID", "2291");
    finds("Her ABHA health ID, 91-2207-5531-0864, was on the slip.", "ID", "91-2207-5531-0864");
    finds("I read the serial off the processor, CI-B7Q1180224, and rang audiology.", "DEVICE", "CI-B7Q1180224");
  });
  it("cabins, mats and birth suites; a named vessel", () => {
    finds("He had two syncopal episodes in cabin 6120 overnight and was admitted.", "FACILITY_ROOM", "cabin 6120");
    finds("She is in the gym, row C, mat 22, and keeps asking for her rosary.", "FACILITY_ROOM", "mat 22");
    finds("I followed her birth in birth suite 4 at the district hospital.", "FACILITY_ROOM", "birth suite 4");
    finds("The skipper of the F/V Southern Promise called at 02:10 about a deckhand.", "LOCATION", "the F/V Southern Promise");
  });
  it("names told by a relative word opening a note, an honorific after a listed name, a document, a photo in a consent comment", () => {
    finds("Quiet night. Wife Maureen phoned the beach at 05:15 after he texted her.", "NAME", "Maureen");
    finds("Shyam Lal ji came in today with breathlessness.", "NAME", "Shyam Lal ji");
    finds("He carried a copy of his Aadhaar card: Shyam Lal Verma, 3926 4417 0561, from the next village.", "NAME", "Shyam Lal Verma");
    finds("Thanks for raising this. I took the caption off the photo of Adjoa this morning; our consent form needs work.", "NAME", "Adjoa");
  });
});

// rounds-detector/23: the false blocks and misses of dev20 and dev21 (written blind, scored once on /22), by class.
describe("v23: names and ages given with a record", () => {
  it("a full name right before its record or phone number, an alias, a name bracketed with class or father", () => {
    finds("The slide showed a real patient: Morag Drummond, CHI 1203487761, from the ward.", "NAME", "Morag Drummond");
    finds("— H.M. Ranjith Kumara, NIC 712345678V, from the hill country, had fallen from a tree.", "NAME", "H.M. Ranjith Kumara");
    finds('I assessed Gul Khan alias "Gullu", 16, under-trial.', "NAME", 'Gul Khan alias "Gullu"');
    finds("One girl, Lavanya (Class 5, father Ramesh Naik), could not see the board.", "NAME", "Lavanya");
    expect(texts("Dr Ahmed Khan, GMC 7012345, taught us suturing.")).toEqual([]);
  });
  it("an age set between commas after a record number or date of birth, and after a role word", () => {
    finds("Meena Kumari, UHID MH2023-0071142, 93, bed 9 in the CCU.", "AGE", "93");
    finds("The resident, Mr. Wally Binns, is 101 — a Kokoda veteran.", "NAME", "Mr. Wally Binns");
  });
  it("cells, houseblocks and units of a named prison or hospital; a serial read from a card", () => {
    finds("Medication review on Houseblock 2 at HMP Fernhill today.", "FACILITY_ROOM", "Houseblock 2 at HMP Fernhill");
    finds("He is on the twos landing, cell 117 and has had two seizures.", "FACILITY_ROOM", "cell 117");
    finds(`${HELD} We screened women on the female wing of Ikoyi Custodial Centre.`, "FACILITY_ROOM", "the female wing of Ikoyi Custodial Centre");
    finds("His serial, from the card in his wallet, was AB-QRT-5512290 and it was MR-conditional.", "DEVICE", "AB-QRT-5512290");
  });
});

describe("v23: colleagues, pets, acronyms and months", () => {
  it("a colleague presenting, a student who asked, a consultant's nurses, an employer", () => {
    expect(texts("Few had read the methods. Amaka presented. She did a lovely job.")).toEqual([]);
    expect(texts("The student who asked, Ella, wants to be a rural GP.")).toEqual([]);
    expect(texts("Mr. Kamau's nurses taught us a lot about feeding.")).toEqual([]);
    expect(texts("I sold none, which cost my employer, Seth sahib, some customers.")).toEqual([]);
    finds("Mrs Otieno presented with chest pain.", "NAME", "Mrs Otieno");
  });
  it("a pet's name, a condition's acronym before 'patients', 'MST' in capitals, a month spelt Ramazan", () => {
    expect(texts("Personal: I bought a dog. His name is Bruno. He is the best thing here.")).toEqual([]);
    expect(texts("Watch the patient, not the monitor. GBS patients have autonomic instability too.")).toEqual([]);
    expect(texts("Nurses complete it better than the MST. I can help with the criteria.")).toEqual([]);
    expect(texts("Ramazan started this year in the heat and my clinic filled up.")).toEqual([]);
  });
});

describe("v23: a given name with an initial", () => {
  it("is a name, unless it is a word of English or a colleague's", () => {
    finds("Third block of therapy for Wojtek K. in Year 3 this term.", "NAME", "Wojtek K.");
    expect(texts("We gave Vitamin D. to everyone on the ward.")).toEqual([]);
    expect(texts("My colleague Priya K. helped with the audit.")).toEqual([]);
  });
});

// rounds-detector/24: the false blocks and misses of dev22 and dev23 (written blind, scored once on /23), by class.
describe("v24", () => {
  it("colleagues on call or on duty, guards, what a clinician runs, what patients call the writer", () => {
    expect(texts("There are not enough ward boys. Sher ji, the security guard, manages them.")).toEqual([]);
    expect(texts("At 02:45 the pharmacist on call, Bea, rang me back about the infusion.")).toEqual([]);
    expect(texts('I grew up near Sialkot and patients still call me "Doctor ji ka beta".')).toEqual([]);
    expect(texts("I read my own films and ran a code on a patient in VF until the helicopter came.")).toEqual([]);
    finds('He told me, "Call me Chaudhry sahib," and smiled.', "NAME", "Chaudhry sahib");
  });
  it("doses in a one-of-a-kind phrase, programmes and codes of practice named like hospitals", () => {
    expect(texts("I gave the antibiotic and the first 500 mL of Hartmann's before anything else.")).toEqual([]);
    expect(texts("Mrs Osei was on bed 4. The Hospital Elder Life Program treats delirium and falls together.")).toEqual(["NAME:Mrs Osei", "FACILITY_ROOM:bed 4"]);
  });
  it("a unit of land named with its kind, a home told by its owner and a named feature", () => {
    finds(`${HELD} She came in from the townland of Ballinacurra.`, "LOCATION", "the townland of Ballinacurra");
    finds("He went through the ice near his trapline cabin on the Kapiskau River and was admitted.", "LOCATION", "his trapline cabin on the Kapiskau River");
    expect(texts("A call to a farm in the Brecon Beacons: a man had been kicked by a cow.")).not.toContain("LOCATION:a farm in the Brecon Beacons");
  });
});

describe("v24: found in the new-user check", () => {
  it("a warning without its apostrophe, in a reply about identification", () => {
    finds("Lovely. Dont email Obiageli at her student address though, the estate is enough to identify her.", "NAME", "Obiageli");
  });
  it("each kind of declared name gets advice that fits it", () => {
    const advice = (s: string, sub: string): string => scanText(s).find((f) => f.text === sub)?.suggestion ?? "";
    expect(advice("Dear Mama Efua,\n\nYour grandson asked me to write for your funeral.", "Mama Efua")).toMatch(/letter/);
    expect(advice("The slide showed a real patient: Morag Drummond, CHI 1203487761, from the ward.", "Morag Drummond")).toMatch(/number/);
    expect(advice("Third block of therapy for Wojtek K. in Year 3 this term.", "Wojtek K.")).toMatch(/initial/);
  });
});
