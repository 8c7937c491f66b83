import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** England, Scotland, Wales and Northern Ireland. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "medication error",
    role: "foundation doctor",
    text: `**Description.** My fourth night as an FY1 on the medical take. At about 02:30 the nurse in charge, Bernie, bleeped me to ⟦FACILITY_ROOM|Bay 4, bed 2 on Ward 22⟧ because ⟦NAME|Mrs Hollis⟧ had a prescription for enoxaparin 80 mg once daily written twice on the drug chart: once by the admitting SHO, once by me on the evening ward round when I "rewrote" the chart because it was full. She had been given both doses on ⟦DATE|Tuesday 11 February⟧. Her weight was 61 kg and her eGFR was 38.

**Feelings.** Cold, then hot. I remember staring at her NHS number, ⟦ID|${nhs("485 777 324")}⟧, on the wristband as if it would tell me what to do.

**Evaluation.** What went well: Bernie caught it at the next drug round, not me, and said so kindly. I called the med reg, Dr Aziz, who talked me through anti-Xa levels and what to watch for. No bleed. What went badly: I rewrote a chart at 21:00 without checking the first page.

**Analysis.** Rewriting charts is one of the riskiest things juniors do, and nobody teaches it. The Datix I filed was the first one I had ever written.

**Conclusion.** I should have crossed through and countersigned, not duplicated.

**Action plan.** I now rewrite charts only in daylight, with a second person, and I read the old chart line by line aloud. I told ⟦NAME|Mrs Hollis⟧ myself in the morning, with Dr Aziz beside me. She said, "Well, you've owned up, love."`,
  },
  {
    id: "uk-what-002",
    setting: "OSCE",
    role: "final-year medical student",
    text: `**What?** My finals long case was on 3 June at 9:20. The examiners were Dr Fenwick, a respiratory physician, and Mr Ashworth, a colorectal surgeon who barely spoke. My patient was a retired man in his seventies with bronchiectasis and a history I could not get into a straight line. I spent forty minutes of my sixty on the history and ran out of time before examining the hands properly, so I missed the clubbing and the nicotine staining that Dr Fenwick then pointed to.

**So what?** I have practised long cases with my study group (Priya, Callum and Joe) since January, but always with each other, never with someone who had his own agenda. The real patient wanted to tell me about his pigeons and his time in the merchant navy. I let him, because it felt rude not to, and that is not a bad instinct, but I did not steer. The Calgary-Cambridge model talks about signposting and I never once said "I'm going to move us on now."

**Now what?** I passed, narrowly. For foundation training I want to practise summarising out loud every ten minutes, and to do a full examination before I perfect the history. I also want to remember that the man in front of me had given up a morning to help strangers pass an exam. I thanked him at the end, but I could have thanked him at the start.`,
  },
  {
    id: "uk-free-003",
    setting: "community nursing",
    role: "nursing student",
    text: `Second-year placement with the district nurses in north-east Fife. Most of the visits were dressings and insulin, and I started to think of it as a route rather than a list of people. Then we visited ⟦NAME|Mr Alexander "Sandy" Duthie⟧, who is ⟦AGE|ninety-four⟧ and lives on his own at ⟦ADDRESS|3 Shore Road, Crail KY10 3TA⟧, above what used to be his chandlery. His CHI is ⟦ID|${nhs("150330 412")}⟧ and I copied it into the notes for the first time without prompting, which my mentor Lorna said was the point of the day.

He had a venous leg ulcer that had been "nearly healed" for eight months. He also had a fridge containing a single lemon. I asked Lorna whether we should say something, and she said that was exactly the question, and that the answer was not to make it a big conversation at the door. We made a referral to the council's care at home team and the practice pharmacist, and Lorna rang his niece, ⟦NAME|Fiona⟧, on ⟦PHONE|07700 900417⟧.

What I learned: a wound does not heal in a cold house with nothing to eat, and the dressing plan is the easiest part of a leg-ulcer visit. I also learned that I go quiet when I am worried rather than asking, and that Lorna would much rather I asked in the car than thought about it all afternoon.`,
  },
  {
    id: "uk-free-004",
    setting: "breaking bad news",
    role: "fourth-year medical student",
    text: `We had a simulation afternoon on breaking bad news run by Dr Okonjo, a palliative care consultant, and Helen, one of the clinical nurse specialists. I was the doctor in the third scenario: telling an actor playing a 52-year-old man that his CT showed pancreatic cancer with liver metastases.

I had read about SPIKES before. I had the acronym on a card in my pocket. I still said "I'm afraid the scan showed some changes" and then waited, and the actor, who was very good, said "Changes? What changes? Is that good?" and I had to say it again, properly, and it was worse the second time because I had already made him hope.

Dr Okonjo's feedback was short: "Warning shot, then the word. Cancer is the word." Helen added that I had looked at the laptop screen four times, which I had not noticed at all.

I am writing this down because in two years I will be an FY1 and the first time I say this to someone will not be in a sim suite with a debrief after. What I want to keep: sit down, check what they already know, use the word, then stop talking. Silence is not my failure to fill it. I also want to find out what the palliative team at my placement actually say, because the acronym is a skeleton and I want to hear real voices on it.`,
  },
  {
    id: "uk-what-005",
    setting: "professionalism",
    role: "third-year medical student",
    text: `**What?** On my GP placement in Belfast a patient came in for a smear follow-up and I realised halfway through the consultation that she was ⟦NAME|Mrs Gráinne McAleese⟧, who lives three doors down from my parents at ⟦ADDRESS|41 Rathmore Gardens, Belfast BT6 9QL⟧. She recognised me too, and smiled, and I stayed in the room because neither of us said anything. That evening her daughter posted on Facebook (⟦URL|https://www.facebook.com/niamh.mcaleese.77⟧) a throwaway line about "the wee student doctor from our street", and my mum asked me about it.

**So what?** I should have said at the start that I knew her and offered to leave; the GP, Dr Rafferty, said afterwards that she would have made the same offer. Nothing confidential was shared, but I now know things about a neighbour that I did not choose to know, and my mum nearly asked me about them. In a small city that will keep happening.

**Now what?** I have asked my practice to let me check the list before each clinic. I replied to my mum that I could not talk about anyone I had seen, which felt rude and was right. I also did not comment on or like the post, and I have made my own Instagram (@doc_in_the_making) private.`,
  },
  {
    id: "uk-gibbs-006",
    setting: "handover",
    role: "pharmacist in training",
    text: `Description: On my foundation pharmacist year I sat in on the evening medical handover at 20:30. The registrar, Dr Parveen Akhtar, ran it using SBAR, and it was fast: twenty-two patients in eighteen minutes. One patient on gentamicin had a level due at 06:00 and nobody at handover owned it.

Feelings: I felt I was not allowed to speak. I was the only person in the room who was not a doctor or a nurse, and I had been told I was there to "observe".

Evaluation: I did speak in the end, at the very end, saying that the level needed taking before the next dose and that the trough from the day before had been 1.4 mg/L. The night FY1, Tom, wrote it on his list. Good outcome, late intervention.

Analysis: Handover is built around the people who will be awake at 3am. Pharmacy goes home at 17:30. The Francis report and every patient-safety course say "speak up", but the structure of the room says otherwise. Gentamicin, vancomycin and lithium are exactly the drugs where a missed level matters.

Conclusion: My tutor, Sanjay, said that the useful thing was not being brave but being specific: drug, time, number, action.

Action plan: I will ask before handover starts whether I can add a thirty-second pharmacy item, and I will keep a card of the day's time-critical levels.`,
  },
  {
    id: "uk-free-007",
    setting: "consent",
    role: "core surgical trainee",
    text: `I consented a man for a laparoscopic cholecystectomy this week and it did not go as the Montgomery lecture said it would. ⟦NAME|Mr Emyr Pugh⟧ keeps sheep above ⟦LOCATION|Llanuwchllyn⟧ and is, as he put it, ⟦OTHER|the only sheepdog trialist in Penllyn who has judged at the International⟧. His first language is Welsh. Mine is not, and my Welsh stops at "bore da".

He nodded at everything. When I asked him to tell me back what the risks were, he said "bile leak, bleeding, and you'll send me home the same day," and then, "but I can't have it in lambing." The operation was booked for ⟦DATE|18 March⟧. That was the real conversation, and the consent form had no box for it.

We rebooked. The healthcare support worker, Delyth, translated the leaflet details he wanted to go over again and I asked her to say my part as well as his. His son rang later on ⟦PHONE|07700 900283⟧ to say thank you.

Things I would tell myself a month ago: material risk is about what matters to this person, and that includes his calendar; offer the interpreter before they seem to need one; and being quick at consent is not a skill.`,
  },
  {
    id: "uk-free-008",
    setting: "professionalism",
    role: "foundation doctor",
    text: `A small dilemma from the care of the elderly ward. A family left a tin of shortbread, a card and a £50 voucher for "the young doctor with the curly hair", which is me. The chocolates and biscuits went straight to the staff room as usual. The voucher sat in my pigeonhole for two days while I wondered what to do.

The GMC's Good Medical Practice says you must not accept gifts that could affect, or be seen to affect, the way you treat patients. Our trust policy says anything over £25 goes in the register. My educational supervisor, Dr Hughes, said the test he uses is simple: would you be comfortable if the next family on the ward knew? I would not have been. I declared it, and it went to the ward's patient amenities fund, which paid for a radio for the day room.

What I keep thinking about is that the family wanted to thank someone and we gave them a form. I wrote a short reply to the card thanking them, without saying what happened to the voucher, which Sister Morrison read over first.

Learning: declare early, not after two days of dithering; and thank people warmly even when the gift itself cannot be kept.`,
  },
  {
    id: "uk-comment-009",
    setting: "medication error",
    role: "foundation doctor",
    text: `Thanks for writing this up. I was the SHO who wrote the first enoxaparin prescription for ⟦NAME|Mrs Hollis⟧ in ⟦FACILITY_ROOM|Bay 4 on Ward 22⟧, so half of this is mine. I have stopped writing "see old chart" on rewrites. The ward pharmacist says two more duplicates were caught last month, so it is not just us. Could we take this to the FY teaching next Wednesday?`,
  },
  {
    id: "uk-comment-010",
    setting: "OSCE",
    role: "clinical teaching fellow",
    text: `Really honest reflection. As someone who examines long cases, I can tell you the clubbing is almost always pointed out by an examiner and almost never fails a candidate by itself. What we look for is a coherent summary and a safe plan. Practise the two-minute summary with a timer, and start the examination by the half-hour. Good luck in August.`,
  },
  {
    id: "uk-what-011",
    setting: "complaints",
    role: "geriatrics registrar",
    text: `**What?** A formal complaint arrived through PALS about the discharge of ⟦NAME|Mr Walter Brennan⟧, who is ⟦AGE|91⟧, from ⟦FACILITY_ROOM|Ward 9 at Leicester Royal Infirmary⟧ on ⟦DATE|2 October⟧. His daughter, ⟦NAME|Carol Whitby⟧, wrote that he went home at 21:40 in a taxi with no key safe code passed to the carers and a bag of medicines nobody had explained. She copied in her own email (⟦EMAIL|carol.whitby@example.co.uk⟧) and asked for a reply from "the doctor who decided". That was me.

**So what?** Reading it was horrible. The worst part was that she was right about nearly everything. Flow pressure at 19:00 meant we pushed a discharge that was medically fine and practically unsafe. My consultant, Dr Nwosu, said the complaint was not about my clinical judgement but about a system that discharges frail people at night, and that I should still own my part.

**Now what?** I met her with Dr Nwosu and the ward manager, apologised without hedging, and explained what we have changed: no discharges of people over 85 after 20:00 unless the family agrees, and a checklist that includes keys, carers and a named person to call. She said it was the first time she had felt listened to. I have put the complaint and my response in my portfolio for ARCP.`,
  },
  {
    id: "uk-free-012",
    setting: "ward round",
    role: "second-year medical student",
    text: `My first proper surgical ward round was with Professor Whitcombe's team at 07:15, and it taught me more about how to stand than about surgery. Seven people round one bed, the registrar presenting, the FY1 writing in the notes, the nurse trying to get a word in about the drain output.

Things I picked up in a week: how to elicit Murphy's sign and why a negative one in an older patient means less; what a "Trendelenburg test" actually is (I had only ever heard of the position); that "NBM from midnight" is written far more often than it is needed, and that Mr Desai, the registrar, was quietly crossing it out for anyone not on the list; and that the FY1, Aisha, knew every patient's potassium without looking.

What surprised me was how little the patients were spoken to. Professor Whitcombe himself was warm and sat on the edge of the bed, which the infection control lead would probably hate, but the others mostly talked over people. On day four a man asked me, after the round had left, what "lap chole" meant, and I realised he had heard it said about him three times.

I want to be the person who turns back to the bed. For now, as the student at the back, I can at least be the one who explains the jargon afterwards, and check with the team that what I am saying is right.`,
  },
];
