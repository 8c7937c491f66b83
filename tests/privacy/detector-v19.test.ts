/**
 * False blocks by class (branch fb): colleagues, friends, public figures, the writer's own holidays and places, and things
 * named like people. Each rule with sentences written for this file (not taken from any corpus) and the patient names in
 * like sentences that must still be held. No name, place or number is meant to be a real person's.
 */
import { describe, expect, it } from "vitest";
import { finds, findsType, texts } from "./detector-helpers.ts";

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

describe("fb2: authors by their titles, people who play patients, one-of-a-kind things, drugs by their symbols", () => {
  it("an author's possessive before a quoted title, wherever it stands: nothing held", () => {
    expect(texts("Before bed I have been reading fiction, not journals: this month Hilary Mantel's \"Wolf Hall\", slowly.")).toEqual([]);
    expect(texts("My comfort book after a death on the ward is still Chimamanda Adichie's \"Half of a Yellow Sun\".")).toEqual([]);
  });
  it("a patient's possessive before a titled thing, and words a patient says, are still held", () => {
    finds("Ward round done. Mr Kalanithi's \"When Breath Becomes Air\" was on his locker when he died.", "NAME", "Mr Kalanithi");
    finds("Rosa Lindqvist's \"Thank You\" card is still on the ward fridge after her discharge.", "NAME", "Rosa Lindqvist");
  });
  it("someone described between a role-player word and 'called', and what the text says of them: nothing held", () => {
    expect(texts("One of the role-players, an older woman called Bernadette, cried so convincingly that I forgot it was a scenario.")).toEqual([]);
    expect(texts("Each candidate had ten minutes with a simulated patient played by a retired postman called Gwilym who has been doing this for twenty years.")).toEqual([]);
  });
  it("a patient or a relative described and called by name is still held", () => {
    findsType("After the session one of the actors told us about his neighbour, a retired miner called Dai, who was admitted with pneumonia.", "OTHER");
    findsType("The patient, a young man called Tariq, played football until his knee gave way.", "OTHER");
    finds("The patient was played by an actor, but the real case was a young man called Tariq Aziz who died on the ward.", "NAME", "Tariq Aziz");
  });
  it("a one-of-a-kind claim about a time, an event or a thing, tied to a place: nothing held", () => {
    expect(texts("Diwali is the first festival in four years that I will spend at home with my sister in Pune.")).toEqual([]);
    expect(texts("Our clinic has run since 2009, when the first outbreak came from Kasese.")).toEqual([]);
    expect(texts("Of 40 referrals, for 9 the first contact with any service was in the Kawempe police post.")).toEqual([]);
  });
  it("a one-of-a-kind claim about a person tied to a place is still held", () => {
    findsType("He is the last crofter working the township above Lochcarron.", "OTHER");
    findsType("She was the first woman from Kasese to drive a matatu, and she came in with chest pain.", "OTHER");
    findsType("He is the only kaumātua in Ruatoria who still carves.", "OTHER");
  });
  it("an element's symbol before its salt and a dose is a drug, not a name", () => {
    expect(texts("Hyperkalaemia again: gave Ca gluconate 10ml, insulin-dextrose, salbutamol nebs.")).toEqual([]);
    finds("Bed 3: gave Aisha paracetamol 1g and reassessed her pain at 02:00.", "NAME", "Aisha");
  });
});

describe("fb2: ward helpers by their titles, formulas, and a pronoun that points back to a colleague", () => {
  it("a ward helper named after the writer's own title for them: nothing held", () => {
    expect(texts("On Christmas night our ward boy Imtiaz brought parathas for the whole team, and I ate mine between two admissions.")).toEqual([]);
    expect(texts("The ward attendant, Joseph, wheeled the trolley to theatre for me at 3 a.m.")).toEqual([]);
  });
  it("a patient's attendant (a relative, in South Asia) is still held", () => {
    finds("His attendant, Ramesh, said he had been vomiting since morning.", "NAME", "Ramesh");
  });
  it("capitals then small letters are a formula or an acronym's plural, not a surname", () => {
    expect(texts("Pharmacy lesson of the week. Fast KCl can cause arrhythmia and death on any ward.")).toEqual([]);
    finds("Pharmacy lesson of the week. Fast Kelly collapsed on the ward after the second dose.", "NAME", "Fast Kelly");
  });
  it("a day of the writer's, in a sentence whose pronoun points back to a classmate named before: nothing held", () => {
    expect(texts("My flatmate Tomasz thinks I work too much. I am going to spend Halloween weekend on the renal module instead of going to Tomasz's party, which he says proves his point.")).toEqual([]);
  });
  it("the same day in a sentence about a patient is still held", () => {
    // (the day itself: a holiday's weekend is a stretch of days, weak even in a patient's sentence, as v17 decided for
    // "the St. Patrick's Day weekend")
    findsType("My flatmate Tomasz thinks I work too much. I admitted a girl on Halloween after Tomasz's party, and her sats were 84%.", "DATE");
  });
});

describe("fb2: the writer's own clause, and colleagues told by what is said of them later", () => {
  const BREECH =
    "Description: my first breech delivery on the labour ward, under supervision of Dr. Okafor. Feelings: hands shaking, then joy when the baby cried. Evaluation: I pulled too early and the midwife stopped me. ";
  it("people named after 'with' in a clause of the writer's own study, in a post about a patient: nothing held", () => {
    expect(texts(`${BREECH}Action plan: watch three more births, practise on the mannequin in the skills lab on Friday with Amaka and Chidi, and reread the RCOG guideline.`)).toEqual([]);
  });
  it("a person described right after 'with', or visited, is still held", () => {
    finds(`${BREECH}Action plan: watch three more births, practise in the skills lab with Amaka, 19, who had a breech last year, and reread the guideline.`, "NAME", "Amaka");
    finds(`${BREECH}Action plan: watch three more births, then visit Amaka at home on Friday with the midwife, and reread the guideline.`, "NAME", "Amaka");
  });
  it("a date in a clause of its own about the writer's teaching, before a dash: nothing held", () => {
    expect(texts("Now what? I have also booked onto the cooling teaching in Bristol on 3 October — my own diary, not the baby's, before anyone asks.")).toEqual([]);
  });
  it("the same date said of a patient is still held", () => {
    findsType("Now what? I have also booked the baby into the cooling follow-up clinic in Bristol on 3 October — not my diary, the baby's.", "DATE");
  });
  it("a name the sentence later says was the writer's registrar, and one of a group of house officers: nothing held", () => {
    expect(texts("Lovely reflection, Megan. Dafydd will be thrilled you wrote this up — he has been banging the insulin-safety drum since he was my registrar at Glangwili in 2015.")).toEqual([]);
    expect(texts("The house officers were quiet at first. One of them, Vikram, said his own father had been a pharmacist and he had never thought about dispensing errors.")).toEqual([]);
  });
  it("a name with a patient event between it and the role, and one of a group of patients, are still held", () => {
    finds("Lovely reflection, Megan. Dafydd was admitted with a stroke last week — he was my registrar at Glangwili in 2015.", "NAME", "Dafydd");
    finds("We saw three boys with dengue on the ward. One of them, Vikram, said his own father had been a pharmacist.", "NAME", "Vikram");
  });
});
