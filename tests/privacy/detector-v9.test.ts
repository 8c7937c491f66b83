/**
 * rounds-detector/9: false blocks first. A third development corpus (tests/privacy/corpus-dev3/) was written for v9
 * in voices unlike dev2's (tired nurses, text-speak comments, ESL students, proud consultants); v8 held 25 of its 27
 * clean items. Its false blocks were grouped into classes, and for each class the sentences below were written for
 * this file, in other voices and places than the corpus, with near misses that must still be flagged. No name, place
 * or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { DETECTOR_VERSION, scanText } from "../../src/privacy/detector/index.ts";
import { expectNoFindings, finds, flags, spares } from "./detector-helpers.ts";

describe("v9 version", () => {
  it("is rounds-detector/37 (v9's classes below still hold)", () => {
    expect(DETECTOR_VERSION).toBe("rounds-detector/37");
  });
});

describe("false blocks: the writer's workplace, training and drills (soft findings)", () => {
  it("a hospital or room in a sentence about the author's own work, with nothing else identifying, is not reported", () => {
    expectNoFindings("I gave a talk at Wesley Memorial Hospital on sepsis bundles and the registrars asked good questions.");
    expectNoFindings("Our resus team ran a cardiac arrest drill in Bay 6 using the old mannequin.");
    expectNoFindings("I left Saint Brigid's Infirmary in 2021 and joined a practice nearer home.");
    expectNoFindings("My mentor from Ridgeview General Hospital still sends me articles.");
  });
  it("a date for the author's drill, party, lecture or rotation is not reported on its own", () => {
    expectNoFindings("The next fire drill is booked for 14 February, so wear flat shoes.");
    expectNoFindings("Our rotation to paediatrics starts on 3 August and I cannot wait.");
    expectNoFindings("The department party is on 12 December at the rugby club.");
  });
  it("a clinician's home hospital in a sentence with no patient is not reported on its own", () => {
    expectNoFindings("Dr. Anand Pillai from Lakeside Medical College runs revision sessions on Sundays.");
    expectNoFindings("Prof Grace Mwale from Mzuzu Central Hospital chaired the morning panel.");
    expectNoFindings("Pharm. Tunde Bakare from Adeoyo Hospital wrote the antibiotic guide.");
  });
  it("a week of a month is not a date", () => {
    expectNoFindings("Stock of cotrimoxazole ran low in week 3 of March across the district.");
  });
  it("still flags the same hospital or room when the sentence is about a patient", () => {
    finds("I gave a talk at Wesley Memorial Hospital after my patient there was discharged.", "FACILITY_ROOM", "Wesley Memorial Hospital");
    flags("During the drill, the man in Bay 6 collapsed for real.", "Bay 6");
    flags("The next fire drill was on 14 February, the day she was admitted.", "14 February");
  });
  it("keeps a soft finding when something else in the text identifies a patient", () => {
    const s = "I am a staff nurse at Wesley Memorial Hospital. Mrs Adaeze Okolie was admitted on 4 May with sepsis.";
    finds(s, "FACILITY_ROOM", "Wesley Memorial Hospital");
    finds(s, "NAME", "Mrs Adaeze Okolie");
    const t = "Our rotation started on 3 August. Baby Kemi in cot 4 was born on 5 August.";
    flags(t, "3 August");
    flags(t, "Baby Kemi");
  });
});

describe("false blocks: staff told in more ways", () => {
  it("a quoted nickname after a role, a role after an indefinite article, Pharm. as a title", () => {
    spares('Our ward manager, "Aunty Gloria" to all of us, made tea at 4am.', "Aunty Gloria");
    spares("The surveyor, a Mrs Pendleton, asked about hand hygiene; the inspector, a Mr Caldwell, took notes.", "Mr Caldwell");
    spares("The pharmacist, Pharm. Ifeoma Nwosu, checked every chart.", "Ifeoma Nwosu");
  });
  it("a role after the name with modifiers, supervisors and the people the author lives with", () => {
    spares("Mr Barasa the theatre technician fixed the suction.", "Mr Barasa");
    spares("Our nursing superintendent Mrs. Selvi Rajan retired last month.", "Selvi Rajan");
    spares("My roommate Karthik quizzed me until midnight.", "Karthik");
    spares("My flatmate Oisín cooked for both of us before the exam.", "Oisín");
  });
  it("a quoted nickname in a pair of titled clinicians, and a nickname before the service someone works in", () => {
    spares('The chiefs were Dr. Ama Ofori and "Kobby" Mensah this year.', "Kobby");
    spares('Thanks to Lou at the desk and "Tall Pete" from security.', "Tall Pete");
    spares('Mandla "Doc" Khumalo from the pharmacy sorted the stock.', "Mandla");
  });
  it("still flags a patient or relative with a role word nearby", () => {
    finds("Her roommate's mother, Mrs Vivienne Hart, was admitted with a stroke.", "NAME", "Mrs Vivienne Hart");
    flags("The patient, a Mr Desmond Clarke, was brought in by his son.", "Mr Desmond Clarke");
    flags('Mr Barasa, the patient in bed 4, said "thank you".', "Mr Barasa");
  });
});

describe("false blocks: mannequins, animals, songs and books are not people", () => {
  it("a named mannequin or animal", () => {
    spares("Our skills lab has a mannequin everyone calls Uncle Bode.", "Uncle Bode");
    spares("We adopted a border collie called Pippin last summer.", "Pippin");
    spares("The SimBaby the students call Little Tomas cries on cue.", "Little Tomas");
    spares("On safari the children fed a goat named Kamau.", "Kamau");
  });
  it("a title after a verb of reading, singing or listening", () => {
    spares("The porter sang Mrs Robinson all the way to theatre.", "Mrs Robinson");
    spares("For finals I read Kumar and Clark twice.", "Kumar");
    spares("We were listening to Brown Eyed Girl on the night shift radio.", "Brown Eyed Girl");
  });
  it("still flags a patient named after those verbs elsewhere", () => {
    flags("A mannequin is no substitute for Mrs Edith Norbury, who died on 3 March.", "Mrs Edith Norbury");
    flags("We called Mr Kwame Asiedu's daughter at midnight.", "Mr Kwame Asiedu");
    flags("I read Mrs Hollis's discharge letter to her husband.", "Mrs Hollis");
  });
});

describe("false blocks: the author's own home town and a clinician's institution", () => {
  it("the author's birthplace or home town is not a patient's place", () => {
    spares("I'm 41, born in Kilkeel, and I still miss the sea.", "Kilkeel");
    spares("I grew up in Tarrawarra before medical school.", "Tarrawarra");
    spares("I moved to Wanganella in 2019 for the job.", "Wanganella");
  });
  it("what follows '<Dr Name> from' is where the clinician works", () => {
    spares("Dr. Amy Tran from Westmead gave the lecture.", "Westmead");
    spares("Prof Sipho Ndlovu from Frere came to examine us.", "Frere");
    spares("Dr Kofi Mensah from Princess Marie Louise was our examiner.", "Princess Marie Louise");
  });
  it("a department with a modifier at a college, in a teaching sentence, is not reported on its own", () => {
    expectNoFindings("In our anatomy department at Lakeside Medical College the students struggled before the exam.");
    expectNoFindings("Our paediatric team at Mzuzu Central Hospital ran a neonatal resuscitation drill.");
  });
  it("still flags someone else's home and a patient after 'from'", () => {
    flags("I saw Mr Pope, who lives in Kilkeel, on the ward.", "Kilkeel");
    flags("I visited her at home; she lives in Tarrawarra.", "Tarrawarra");
    flags("Dr Lee from cardiology reviewed Tom Baxter, who was admitted overnight.", "Tom Baxter");
  });
});

describe("DATE: named holidays and more events of care", () => {
  it("a named holiday tied to a patient event is a date", () => {
    finds("Her dad took her home on Boxing Day after the op.", "DATE", "Boxing Day");
    finds("Grandad Len was admitted on Guy Fawkes Night with chest pain.", "DATE", "Guy Fawkes Night");
    finds("She was discharged on Waitangi Day to her whānau.", "DATE", "Waitangi Day");
    finds("He went home over Deepavali with his son.", "DATE", "Deepavali");
  });
  it("falls, overdoses, tracheostomies and missed dialysis are events", () => {
    finds("She had fallen in the garden on 3rd June and lay there all night.", "DATE", "3rd June");
    finds("He overdosed the night of August 9th in his car.", "DATE", "August 9th");
    finds("Her trache came out on the 14th, two weeks early.", "DATE", "the 14th");
    finds("He missed his dialysis session on 22 March because the lift broke.", "DATE", "22 March");
  });
  it("a holiday with no patient, or no event, is not a date", () => {
    expectNoFindings("I worked on Boxing Day and the canteen was shut.");
    expectNoFindings("We had a lovely curry on Diwali at my aunt's.");
    expectNoFindings("The clinic is closed on Waitangi Day.");
  });
});

describe("NAME: great-, half- and grand- kin, and kin words in other languages", () => {
  it("a name after such a kin word is a relative's", () => {
    finds("Her great-grandson Tyler brought sparklers to the ward.", "NAME", "Tyler");
    finds("His mokopuna Aroha holds the torch while we dress the wound.", "NAME", "Aroha");
    finds("Her pamangkin Joy texted me the BP readings.", "NAME", "Joy");
    finds("His great-niece Maisie rang the ward at midnight.", "NAME", "Maisie");
  });
  it("the kin word alone, or the author's own kin without a name, is nothing", () => {
    expectNoFindings("My great-grandmother was a village midwife, so I come from a long line.");
    expectNoFindings("Ask about the mokopuna at home when you plan a discharge.");
    expectNoFindings("Her half-brother signed the consent form.");
  });
});

describe("v9 patterns stay linear on long adversarial input", () => {
  it("own-work sentences, clinicians 'from', named animals and work verbs", () => {
    const inputs = [
      "I am a " + "very ".repeat(20000) + "nurse at Xyz Hospital.",
      "Dr " + "Aa ".repeat(20000) + "from Qq Hospital",
      "a dog " + "big ".repeat(20000) + "called Rex",
      "sang " + "\u201C".repeat(20000) + "Mr Y",
      "I" + "'m 3, ".repeat(20000) + "born in Xyzzy",
      "she was admitted on " + "Christmas Day on ".repeat(8000) + "Boxing Day",
      "drill ".repeat(5000) + "at Lakeside Hospital on 3 March " + "lecture Bay 4 ".repeat(5000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      scanText(s);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
