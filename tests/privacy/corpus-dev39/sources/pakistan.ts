import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "breaking bad news",
    role: "house officer",
    text: `House job, surgical unit, Multan. ⟦NAME|Haji Allah Ditta⟧ came with obstructive jaundice and a mass in the head of the pancreas on CT. His CNIC, ⟦ID|36302-5184471-9⟧, was on the admission slip with his son's mobile, ⟦PHONE|0301 5550 824⟧. He is from ⟦LOCATION|Basti Maluk, off the Bahawalpur road⟧ and had travelled four hours by wagon.

The family asked us, on the first day, not to tell him. "He has done Hajj, he is a strong man, but this will break him." My registrar, Dr. Asma, agreed to "wait". Three days later ⟦NAME|Haji sahib⟧ asked me directly, in Saraiki, while I was taking blood: "Beta, is it the bad disease?"

I lied. I said we were waiting for reports. He looked at me as if he knew.

I talked to Dr. Asma that evening, and to our professor, Prof. Qureshi, the next morning. Prof. Qureshi said we must respect the family, but the patient has the first right to know, and he asked the sons whether they would want to be told in their father's place. One said yes. We sat with ⟦NAME|Haji Allah Ditta⟧ the next day, the sons present, and asked how much he wanted to know. He wanted everything.

What I learned: collusion is offered out of love, and saying "we will wait" is also a decision. And I should never again answer a direct question with a lie just to get out of the room.`,
  },
  {
    id: "pk-what-002",
    setting: "OSCE",
    role: "fourth-year MBBS student",
    text: `**What?** Our medicine ward test in fourth year was a short case: a patient with hemiplegia, examine the lower limbs. Dr. Shahid, the examiner, watched me elicit the plantar response with the handle of a tendon hammer and stopped me. "Babinski or withdrawal?" I said Babinski. He asked me to do it again slowly along the lateral border of the sole. It was withdrawal.

**So what?** I had practised on my friends, who all have flexor plantars, and I had a fixed image in my head of what an upgoing toe looks like. The patient was ticklish. I had also scraped far too hard. Dr. Shahid said half of final-year students overcall the Babinski sign because they expect it in every stroke case.

**Now what?** I have been going to the neurology ward in the evenings with my friend Hira to examine real patients with the permission of the registrar, Dr. Naveed. We do tone, power, reflexes, plantars and then compare notes, and we ask the patient to tell us if anything is uncomfortable. I am also reading the original description in a neurology textbook instead of relying on YouTube videos. The lesson was about humility: a sign is something you observe, not something you expect.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "medication error",
    role: "house officer",
    text: `Description: On my medicine rotation in Lahore, ⟦NAME|Bibi Zubaida⟧, a diabetic with a foot infection in ⟦FACILITY_ROOM|bed 23, East Medical Ward, Mayo Hospital⟧, MR no. ⟦ID|MH-0923817⟧, was given intramuscular ceftriaxone by the attendant's purchased vial rather than the ward stock, because the family had been told to "bring medicine from outside". The vial was a different strength. It was the evening of ⟦DATE|27 Ramzan⟧, and the ward was half-staffed.

Feelings: Anger at the system, then embarrassment that I had written the slip asking them to buy it.

Evaluation: No harm came to her; she got 500 mg instead of 1 g once. But I had never checked what the family brought back from the pharmacy outside the gate.

Analysis: In many of our public hospitals the family is part of the supply chain. The prescription slip goes out, the medicine comes in, and nobody reconciles the two. Dr. Waqas, my senior, said he had seen attendants return with the wrong drug entirely, once with oral instead of IV.

Conclusion: If I send a family to buy medicine, I must check it when it comes.

Action plan: I now write the strength and route in capitals on the slip, and I check the vial against the slip before it is given. I raised the issue in the unit meeting; our professor agreed that house officers should inspect purchased medicines, and the head nurse, Sister Rubina, made a small register for it.`,
  },
  {
    id: "pk-free-004",
    setting: "night shift",
    role: "nursing student",
    text: `My first night duty as a BSN student in Karachi. I was on a surgical ward with one staff nurse, Mr. Salman, and thirty-two patients. I thought I would mostly watch. By midnight I was doing observations on every patient and charting intake and output, because Mr. Salman was busy with a post-operative bleed.

At about 03:00 I took a blood pressure of 82/50 on a post-laparotomy patient who had been 120/80 at 22:00. I checked it twice and then froze. I did not know whether I was allowed to call the doctor myself. In the end I went to Mr. Salman and said, "I think the laparotomy patient is not well." He told me later that the best part was that I said the number and the trend, not only the feeling.

The doctor on call, Dr. Farah, came in ten minutes and started fluids. She used the phrase "SBAR" when she explained to me how to call next time. We had learned SBAR in our first year but I had never used it in real life.

What I took from that night: the patient does not care whether I am a student. Night duty teaches you to trust the numbers and to speak. I have written an SBAR card for my pocket, and next time I will call directly if the staff nurse is in the middle of something, and tell him straight afterwards.`,
  },
  {
    id: "pk-free-005",
    setting: "professionalism",
    role: "final-year MBBS student",
    text: `During my gynaecology rotation in Rawalpindi I found my own khala, ⟦NAME|Nasreen Akhtar⟧, on the ward list. She had not told the family she was having a hysterectomy. I saw her name on the board in ⟦FACILITY_ROOM|Gynae Unit II, room 4, Holy Family Hospital⟧ and my heart stopped.

I did not go in. I told my unit's registrar, Dr. Saima, that the patient was my relative and asked to be excused from her care. She was kind and moved me to the labour room for the week. But that evening my mother asked whether I had seen her sister in hospital, because someone from our village, ⟦LOCATION|Dhok Syedan near Gujar Khan⟧, had seen her there.

I said I could not talk about any patient. My mother was hurt. "She is your khala, not a patient." I understood why she said it. But I also understood that my aunt had chosen who to tell, and that choice was not mine to undo.

Two days later my aunt called me herself and told me everything, and asked me to keep it from my grandmother, which I have.

What I learned: confidentiality with family is hardest because the pressure comes with love. And declaring a relationship early to the team is easy compared with the conversations at home. Next time I will tell my mother, plainly, that I will never discuss any patient, so she does not have to ask.`,
  },
  {
    id: "pk-what-006",
    setting: "handover",
    role: "postgraduate trainee",
    text: `**What?** In our paediatric unit, handover happens at 8 am in the doctors' room, with the night PG reading from a register. Last week a child with meningitis was "handed over" as "stable, on antibiotics", and at 9:30 the consultant, Dr. Tahira, found him with a GCS of 10 and a bulging fontanelle.

**So what?** Nobody lied. The night PG, who was exhausted, summarised the night in the way that we all do. But "stable" says nothing about trend, and our register has no space for "watch for". The child's GCS had been 13 at midnight and 12 at 4 am; the information existed, but the handover did not carry it.

**Now what?** We discussed it in our Friday morbidity meeting. I proposed we try the I-PASS structure for two weeks, with an explicit "illness severity" and a "contingency plan" for each sick child. Dr. Tahira agreed, with the condition that it must not add more than ten minutes. The first week was clumsy; the second went better. The nurses asked to join the handover, which we should have invited them to years ago. For my own practice, I have stopped using the word "stable" without a number beside it.`,
  },
  {
    id: "pk-free-007",
    setting: "community medicine",
    role: "third-year MBBS student",
    text: `Community medicine field visit in Swat. Our group visited ⟦NAME|Baba Sher Zaman⟧, who told us he was ⟦AGE|ninety-one⟧ and had been the ⟦OTHER|schoolmaster of the single-room school in Kalam for forty years⟧. He uses a home oxygen concentrator, serial ⟦DEVICE|OC5-2219-44871⟧, which his grandson had bought second-hand in Mingora, and it kept cutting out during load-shedding.

Our task was a household survey on smoking and biomass fuel. He had never smoked, but had cooked and taught beside a wood stove all his life. Our supervisor, Dr. Khattak, explained chronic obstructive pulmonary disease in non-smokers and how common it is in the northern valleys. I had always thought of COPD as a smoker's disease.

The part I keep thinking about is the concentrator. When the electricity went, he switched to a small cylinder the family refilled in Mingora. They had not been told how long it would last, and the grandson was timing it by the clock on his phone.

We could not fix the electricity. We could show the family how to read the cylinder gauge and write the flow rate on the wall, and Dr. Khattak called the district health office about the local lady health worker's visits.

Learning: the disease is written in the house, and the device only works if the house does.`,
  },
  {
    id: "pk-comment-008",
    setting: "medication error",
    role: "house officer",
    text: `Good reflection. I covered ⟦NAME|Bibi Zubaida⟧ on the night shift after that and her attendant showed me the outside pharmacy receipt, still with the wrong strength. Sister Rubina's register is now in every medicine ward at our hospital. Maybe we should also put a notice at the gate pharmacy itself.`,
  },
  {
    id: "pk-free-009",
    setting: "feedback",
    role: "physician associate student",
    text: `Pakistan does not really have physician associates yet, so I am one of a small group doing the course in the UK after finishing my BSc in Peshawar. On a visit home I spent two weeks observing in a private hospital outpatient clinic with my uncle's friend, Dr. Jamil, an internist.

The feedback I got from patients surprised me. In Peshawar, patients thanked Dr. Jamil for prescribing more: more tablets, an injection, a drip. In my UK placement, patients sometimes complain when we prescribe too much. Dr. Jamil said he feels pressure to give an injection because otherwise patients go to the next clinic, and he knows it is not ideal. He writes fewer antibiotics than most of his colleagues, and loses patients for it.

I am reflecting on this because my PA training emphasises antimicrobial stewardship and shared decision-making. Both assume a patient who trusts that doing less can be better. That trust is built over years, not in a single consultation.

What I want to carry into practice: explanations matter more than prescriptions, and the patient's expectations come from somewhere real. I will never again assume that someone who asks for an antibiotic is ignorant; often they have learned from experience what gets them treated seriously.`,
  },
];
