/**
 * False blocks fixed by form after dev7's first score (tests/privacy/corpus-dev7/README.md): identifier-free posts that
 * were held for the writer's own name, colleagues, placeholders, generic units, career dates or the writer's own group.
 * Every sentence here was written for this file (none is taken from a corpus), and each form has near misses that must
 * still be flagged. No name, place or number is meant to be a real person's.
 */
import { describe, it } from "vitest";
import { expectNoFindings, finds, flags, spares } from "./detector-helpers.ts";

describe("the writer's sign-off at the end of a text", () => {
  it("is the author, whatever follows the name after a comma", () => {
    expectNoFindings("I will practise the handover script with my team before the next block of nights.\n\n— Bethany, Year 3 Nursing, Keele");
    expectNoFindings("Next time I will ask for help sooner and say so out loud. — Chinedu Okoro, house officer");
    expectNoFindings("I am grateful to the whole unit for their patience this month. – Dr Farhan Qadir, ST2");
    expectNoFindings("Thanks for reading, and do tell me how you teach this. — Pharm. D. Sana Malik");
    expectNoFindings("That is what I will take into my next rotation.\n— Tevita");
    expectNoFindings("The family were upset about the delay and the patient cried when her son arrived.\n\nRhiannon, Year 2 Adult Nursing");
    expectNoFindings("The family were upset about the delay and the patient cried when her son arrived.\n\nThanks, Rhiannon");
  });

  it("is not a sign-off in the middle of a text, after a quotation, or with a patient's title", () => {
    flags("We talked for an hour. — Mrs Okonkwo, who had been on the ward for a week, asked me about her scan results.", "Mrs Okonkwo");
    flags("The last thing he said to me was \"look after her\" — Derek Aldridge, her husband of sixty years.", "Derek Aldridge");
    flags("I still think about our talk before the operation. — Mrs Bellamy", "Mrs Bellamy");
    flags("We reviewed her drug chart and stopped the amlodipine.\nGloria, the patient's daughter, rang the ward to thank us.", "Gloria");
  });
});

describe("a reply's addressee", () => {
  it("after the @mentions a reply opens with, or spoken to after 'you'", () => {
    expectNoFindings(
      "@dan_pgy1@doctors.social Great write-up, Daniel. My attending talked me through my first paracentesis over the phone too. Always check the platelets and the INR, but an INR of 2 should not stop a diagnostic tap.",
    );
    expectNoFindings("@amy_ran@outback.social You did brilliantly, Amy. I remember the night the patient bled; you kept her warm and gave the tranexamic acid before we landed.");
    expectNoFindings("@chidi_rn@naijanurses.social Chidi, this made me cry. I had a patient just like this on my first week, and nobody told me how to talk to the family after she died.");
    expectNoFindings("Replying to @yusuf: Yusuf, the CURB-65 is only part of it. Our patient with pneumonia last week scored 1 but was clearly unwell.");
    expectNoFindings("Well said, Obinna. When my patient with heart failure was readmitted for the third time, I realised the discharge teaching was not working.");
  });

  it("but a name after 'you' in a post that is not a reply, or spoken to mid-sentence, is still read", () => {
    flags("I sat with the family. You could see how tired she was, Mrs Delaney, after three nights in the chair.", "Mrs Delaney");
    flags("@chidi_rn@naijanurses.social I remember Mrs Okafor too; her son Emeka rang the ward every night after she was admitted.", "Emeka");
  });
});

describe("people the writer greets, and colleagues named by what they are to the writer", () => {
  it("greeted through the writer, a role after 'is/was my', a partner in the writer's exams", () => {
    expectNoFindings("@obi_fy1@naijadocs.social Well said. Say hi to Ngozi and Tunde for me when you see them at the forum.");
    spares("In the handover I mentioned Priyanka Mehta was my reg on that rotation, and she taught me how to prioritise.", "Priyanka Mehta");
    spares("Siobhan Keane and I sat MRCP Part 2 together last spring and revised every evening.", "Siobhan Keane");
    spares("Last month my band 6, Olumide Bankole, showed me how to set up the syringe pump.", "Olumide Bankole");
    spares("I want to thank Mr Eze for his teaching on the upper GI firm; he always asked what the patient wanted before discussing surgery.", "Mr Eze");
    spares("Thanks to our ward clerk Maureen, who found the old notes in ten minutes; the patient had been seen with the same pain in 2021.", "Maureen");
    spares("The kindest person on our unit is Aunty Kemi, who cleans the ICU every night and greets every patient's family by name.", "Aunty Kemi");
  });

  it("but a patient or relative in the same forms is still flagged", () => {
    flags("Mrs Hadley and I talked about her fears before the operation on the ward.", "Mrs Hadley");
    flags("Kevin Ashby was my patient for three days on the surgical ward; he was admitted with pancreatitis.", "Kevin Ashby");
    flags("I want to thank Mr Eze for his patience while I tried three times to cannulate him on the ward.", "Mr Eze");
    flags("Her neighbour, Aunty Kemi, who works at the market, brought her in after she collapsed at home.", "Aunty Kemi");
  });
});

describe("the writer's byline, study group and colleagues listed together", () => {
  it("a byline, the members of the writer's group, names listed after a colleague's", () => {
    spares("Reflection by Obiageli Nnaji, 500-level medical student. On my surgery posting a patient with a strangulated hernia went to theatre at midnight.", "Obiageli Nnaji");
    expectNoFindings("Thank you to my revision group (Zainab, Hamza and Maryam) for the late nights. On the ward a patient with dengue shock taught me the fluid protocol.");
    expectNoFindings("I covered the night shifts with my colleagues Rachel, Dev and Imogen. On the second night a man with a GI bleed needed two units of blood.");
    expectNoFindings("After the station I went for a coffee in the canteen with Callum and Nadia. We had all examined the same patient with a murmur.");
  });

  it("but a patient in a list, or named after 'by' in the story, is still flagged", () => {
    flags("The patients I clerked that night were Mrs Oyelaran, Mr Dube and Mrs Hargreaves, all admitted with pneumonia.", "Mr Dube");
    flags("The bruises were noticed by Kieran Walsh, her son, when he visited her on the ward.", "Kieran Walsh");
    flags("On the ward I sat with Callum while his mother went for a coffee; he was frightened of the cannula.", "Callum");
  });
});

describe("the writer's experience and the pronoun I", () => {
  it("'the best I have ever seen' is no patient; 'on the ward I saw' is no ward called I", () => {
    expectNoFindings("Ward 9 sister, Sr. Abena Owusu, runs the calmest unit I have ever seen. A patient with DKA came up from A&E and she had the insulin running in minutes.");
    expectNoFindings("On the ward I saw how much the nurses do before the doctors arrive: a woman with sepsis had her antibiotics within the hour.");
  });

  it("but a patient's ward and bed are still flagged", () => {
    flags("He was admitted to Ward 9, bed 4, where I saw him the next morning.", "Ward 9, bed 4");
  });
});

describe("placeholders and names the writer says are made up", () => {
  it("Mr X, Mrs Y, Baby Z and 'whom I will call' are not the patient's name", () => {
    expectNoFindings("On the ward round we reviewed Mr X, a man in his seventies with pneumonia. Mr X was frightened of the oxygen mask.");
    expectNoFindings("Baby Z was born at 03:10 with Apgars of 7 and 9 and went to the postnatal ward with her mother.");
    expectNoFindings("One resident, whom I will call Mrs Q, asked every afternoon where her husband was. Mrs Q calmed when we sat with her.");
  });

  it("but real initials after a title are still flagged", () => {
    finds("On the ward round we reviewed Mrs J.K., who was admitted with a fall.", "NAME", "Mrs J.K.");
    finds("Mr D was admitted with chest pain and his wife stayed overnight.", "NAME", "Mr D");
  });
});

describe("offices, clubs, holidays and generic units", () => {
  it("a community title after 'the' is an office; a name before 'club' names the club; a person-named holiday is a day", () => {
    spares("The chief did not argue; he asked the ward head, the Mai Anguwa, to speak to the mothers, and she agreed to the vaccine.", "Mai Anguwa");
    spares("We linked him to a Zvandiri club at his school so he could meet other teenagers on treatment.", "Zvandiri");
    expectNoFindings("I worked the night shift on Martin Luther King Jr. Day and it was the busiest of my year.");
    spares("At the Emergency Paediatric Unit in Kano, a child with severe malaria arrived at 2am.", "Emergency Paediatric Unit");
    spares("In our Balint group, facilitated by Dr Helen Ross, I talked about a patient who reminded me of my father.", "Balint");
  });

  it("a unit named by anything but department words is still a named ward", () => {
    flags("She was moved to the Nightingale Unit at 2am, in the side room by the nurses' station.", "Nightingale Unit");
  });
});

describe("the writer's own career and group", () => {
  it("a date in a sentence about the writer's residency in Family Medicine is the writer's life", () => {
    expectNoFindings("On Tuesday 4 March I started my rural posting in Ilorin as part of my residency in Family Medicine.");
  });

  it("the writer's own group chat is not a family's", () => {
    spares("I will post the register in our WhatsApp group \"Paeds Juniors 2025\" and remind everyone on Friday.", "Paeds Juniors 2025");
    flags("Her daughters set up a family WhatsApp group called \"Mum ICU updates bed 7\" for the relatives.", "Mum ICU updates bed 7");
  });
});
