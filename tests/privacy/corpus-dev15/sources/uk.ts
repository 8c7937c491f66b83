import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK (England, Wales, Scotland incl. Orkney, Northern Ireland): district nursing, prison health, Traveller sites, islands. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "hospice at home",
    role: "district nurse",
    text: `
Description: Hospice-at-home shift covering the upper Wye valley. My last visit of the night was to ⟦NAME|Mr Emrys Pugh⟧, ⟦AGE|93⟧, who lives at ⟦LOCATION|the last farm up the lane past Capel Bethel above Llanwrthwl⟧ with his daughter ⟦NAME|Glenys⟧. He has metastatic prostate cancer and had been on a syringe driver for four days (midazolam 10 mg and oxycodone 5 mg over 24 hours). The pump, asset tag ⟦DEVICE|SD-PWY-00417⟧, had alarmed twice for occlusion and ⟦NAME|Glenys⟧ had rung the out-of-hours line both times.

Feelings: Driving up in the dark I was anxious, partly about the single-track road and partly because I am still not confident re-siting a line on my own. When I got there he said "Croeso, bach" and asked if I'd had my tea, and I felt my shoulders drop.

Evaluation: The cannula site on his chest was red and hard. I re-sited it to the upper arm, primed a new line and the driver ran without trouble until the morning team came. What went less well was the handover: the notes in the house were in English, ⟦NAME|Glenys⟧ kept moving between Welsh and English with me, and I missed that she had given an extra PRN dose at 2am.

Analysis: I only have learner's Welsh. I caught "mae o'n anesmwyth" (he's restless) but not the bit about the dose. Our local syringe driver guidance is clear that every PRN goes on the chart, whichever language it is said in, and it is on me to ask.

Conclusion: He died peacefully on ⟦DATE|St David's Day⟧ with ⟦NAME|Glenys⟧ and the sheepdog in the room.

Action plan: Finish my Cymraeg Gwaith course this spring; ask families to write PRN doses on the chart themselves; practise re-siting with Bethan, our CNS, before my next run of nights.
`,
  },
  {
    id: "uk-what-002",
    setting: "gp placement",
    role: "gp trainee",
    text: `
What? Third week as a GP trainee in a single-handed practice in Sutherland. Dr Fraser, my trainer, covers an area bigger than some English counties, and on Thursday I did my first solo home-visit round: a crofter with cellulitis, a woman with new atrial fibrillation, and a man whose COPD had been "just the same" for six years until it wasn't. Half of the older patients slip into Gaelic with each other, and one greeted me with "Ciamar a tha thu?" before the door was properly open.

So what? I kept wanting to send people in. The nearest acute hospital is in Inverness, two hours away on a good day, and the roads were icy. With the AF patient (CHA2DS2-VASc 4, HAS-BLED 1, rate 130) I started apixaban 5 mg BD and bisoprolol 2.5 mg at home rather than admitting, which is what NICE NG196 (2021) supports. In Manchester, where I did my foundation years, I would have sent her to the acute medical unit without thinking. The distance forced me to actually use the guideline instead of hiding behind the hospital.

Now what? I want to get better at safety-netting by phone, because out here a follow-up call is what stands in for a bed. I've booked a morning with the community nursing team in Lairg, and I'm starting the Gaelic evening class in Dornoch, even if I only manage "tapadh leibh" by August.
`,
  },
  {
    id: "uk-free-003",
    setting: "prison health",
    role: "prison nurse",
    text: `
Reception screening, Friday evening, in ⟦FACILITY_ROOM|the healthcare centre at HMP Ashdown, room 2⟧. I'm a band 5 nurse four months into prison work and this is the part of the week I dread: the vans arrive late, everyone is tired, and we have about ten minutes each for the first-night screen.

⟦NAME|Dean⟧ (prison number ⟦ID|A4417KT⟧) came in on his fourth sentence. He told me straight away he was on 60 mL of methadone in the community and that his chemist in Walsall had last dosed him on ⟦DATE|Thursday 14 March⟧. I could not confirm that until the pharmacy opened on Monday, and our policy says we don't continue an unconfirmed dose. So he got symptomatic relief, lofexidine, a COWS score every four hours, and a lot of me apologising.

By 3am his COWS was 14. He was sweating, yawning, vomiting into a bowl and asking me whether I was doing this to punish him. I wasn't, but it's a fair question from where he was sitting.

What I've taken from it: the rule exists because people have died from double dosing after transfer, and I understand it. But the gap between a Friday-night reception and a Monday-morning phone call is a gap the system created, not him. Karen, our substance misuse lead, is now asking the court liaison team to send the dispensing pharmacy's details with the person escort record. It's a small change. I'd have liked it to happen before ⟦NAME|Dean⟧'s weekend.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "gp placement",
    role: "medical student",
    text: `
Description: My rural placement this term is at a GP surgery on the Lizard. A retired fisherman came in with a hand that had slowly curled over ten years: classic Dupuytren's, with Garrod's pads on the other hand too. My supervisor, Dr Penrose, asked me to examine him and explain the options.

Feelings: I was pleased to recognise it and then embarrassed when I couldn't explain the difference between needle fasciotomy and fasciectomy in plain English.

Evaluation: He was patient with me. He said he'd "get round to it dreckly", which I have since learned is Cornish for some time between next week and never.

Analysis: I had learned Dupuytren's as a picture and a table (Hueston's tabletop test, ring and little fingers, links with alcohol, diabetes and epilepsy). I had never had to turn it into a conversation about whether a man can still haul a rope or grip a tiller. Dr Penrose says the practice sees a lot of hand problems because of the work people do on boats and farms, and that the wait for the hand clinic in Truro is about five months, which changes how you frame "let's refer you".

Conclusion: Knowing the name of a condition is not the same as being able to help someone decide what to do about it.

Action plan: Write my own plain-English paragraph for the ten conditions I'm most likely to see in general practice, and try them out on my housemates, who are historians and will tell me when I'm waffling.
`,
  },
  {
    id: "uk-free-005",
    setting: "health visiting",
    role: "health visitor",
    text: `
Health visiting on the council Traveller site is the part of my caseload I'd fight to keep. I go on Tuesdays, when most of the men are out working and the women have time, and the kettle is always on.

This week I finally got the new baby weighed. Her mum, ⟦NAME|Bridie⟧, had her in the trailer on ⟦DATE|the Thursday of Appleby Fair⟧; they were up in Cumbria for the horses and came home early. No midwife saw the baby for five days. She's thriving (3.9 kg, feeding well, the jaundice gone), and ⟦NAME|Granny Mags⟧ had everything in hand, to be fair to her.

What I want to reflect on is the paperwork. The baby isn't showing on our system because the birth was registered late in another county, so her six-to-eight-week check isn't booked and her immunisations won't trigger. ⟦NAME|Bridie⟧'s own record is fine (NHS number ⟦ID|${nhs("485 777 320")}⟧), so I've linked them by hand and rung the child health team. If I hadn't been on site this week, nobody would have noticed until she turned up unwell in A&E.

They're on ⟦LOCATION|pitch 9 at the Brookfield Lane site⟧, and I've left my number with her brother, whose mobile (⟦PHONE|07700 900318⟧) is the one that actually gets answered.

What I'm taking forward: literacy is mixed on the site and letters don't work. I'm going to ask whether we can text reminders to a family member's phone with consent, and I'll take this to safeguarding supervision, not because anyone is at risk, but because our whole system assumes a postbox and a fixed address.
`,
  },
  {
    id: "uk-what-006",
    setting: "homeless outreach",
    role: "medical student",
    text: `
What? I spent my elective week with the street outreach nursing team in Glasgow. On Wednesday night we met a man in his forties under a railway bridge who had been drinking two litres of strong cider a day and hadn't eaten properly for a week. He was a bit unsteady and couldn't tell us what day it was. Morag, the nurse I was shadowing, gave him Pabrinex in the van with his consent and talked him into coming to the day centre in the morning. "Ye'll be nae use to anybody deid," she told him, and he laughed.

So what? In lectures, Wernicke's is a triad and a question about thiamine. On the street it's a man who's a wee bit confused and could easily be written off as drunk. Morag said the team gives parenteral thiamine at the first hint, because there's no guarantee they'll find him again. She also carries naloxone kits and hands them out like sweets, and I learned more about overdose from her in three nights than from my whole pharmacology block.

Now what? I want to carry her threshold into hospital medicine: treat the possibility, not just the proven diagnosis, when follow-up isn't certain. I've signed up for the naloxone training the Scottish Drugs Forum runs so I can carry a kit myself.
`,
  },
  {
    id: "uk-comment-007",
    setting: "health visiting",
    role: "student health visitor",
    text: `
Really thoughtful, and the point about the system assuming a postbox is spot on. One thing before this goes anywhere public, though: you've got ⟦NAME|Granny Mags⟧ by name, the pitch and the brother's mobile in there. On a site that small that's the whole family identified. Maybe strip it back to "a grandmother" and "the site"? — Aoife, SCPHN student
`,
  },
  {
    id: "uk-comment-008",
    setting: "gp placement",
    role: "gp trainee",
    text: `
I did my GP rotation in Caithness and recognised every word of this. The phone call as a stand-in for a bed is exactly right; my trainer used to say the safety net is only as good as the signal at the croft. If you're doing the Gaelic class, the Dornoch one was lovely when I went, and nobody minds you being rubbish. — Euan, ST2
`,
  },
  {
    id: "uk-free-009",
    setting: "community midwifery",
    role: "community midwife",
    text: `
My first home birth as a community midwife in the Glens, and the one I'll remember. ⟦NAME|Siobhán McKillop⟧ rang at 4am on ⟦DATE|St Patrick's Day⟧ ("I think this is it, so it is"), and by the time I'd found the house at ⟦ADDRESS|12 Glenview Road, Cushendall BT44 0QZ⟧ in the dark she was fully dilated on the kitchen floor with her mother holding her hand.

A wee girl, born at 05:12, Apgar 9 and 10. Physiological third stage, intact perineum, estimated blood loss 250 mL. The second midwife, Roisin, arrived eleven minutes after the birth, and that's the part I need to reflect on.

Our guideline says two midwives should be present for the birth. In practice, out here, the second midwife is coming from forty minutes away on roads with sheep on them. I did everything right on my own, but I was aware the whole time that if there had been a shoulder dystocia or a PPH, my assistant would have been a frightened grandmother.

I've spoken to our team lead about calling the second midwife at the first phone call rather than after I've assessed, for anyone living more than twenty minutes out. She agreed, and it's going to the next governance meeting.

The grandmother kept calling the baby "a wee dote" and making tea. I've never felt so useful and so exposed in the same hour.
`,
  },
  {
    id: "uk-gibbs-010",
    setting: "addiction services",
    role: "community pharmacist",
    text: `
Description: I run a community pharmacy in Blackpool and supervise about forty people a day on methadone or buprenorphine. Last week a regular came in for his 16 mg buprenorphine looking grey and scratching at his arms. He admitted he'd used on top. I was supposed to withhold the dose and refer back to the prescriber, and I did, which meant he walked out of my shop without his medication.

Feelings: Rotten. My dad was in recovery for most of my teens, and I remember what the bad days looked like from the kitchen table. I know what it means to turn someone away.

Evaluation: I followed the Orange Book (2017) and our local service-level agreement, and I rang the key worker straight away. She saw him that afternoon and he was re-dosed the next day. The process worked. It just didn't feel like it.

Analysis: Withholding a dose when someone is intoxicated protects them from respiratory depression, and precipitated withdrawal with buprenorphine is real. But I noticed I hadn't said anything warm to him. I'd read the policy at him. Our new pharmacist, Ifeoma, handled a similar conversation the next morning by saying "I want you to come back tomorrow, I'll be here," and it landed completely differently.

Conclusion: The decision was right; the delivery wasn't.

Action plan: I'm going to role-play withholding conversations with the team at our next staff meeting, and I've asked the service to let us hand out naloxone at the counter without a separate appointment.
`,
  },
  {
    id: "uk-what-011",
    setting: "hospice at home",
    role: "community nurse",
    text: `
What? I'm a community nurse on one of the north isles of Orkney, and most of my end-of-life care is done with a phone on one shoulder and the ferry timetable in my head. This month I looked after ⟦OTHER|the old ferryman on Sanday who rowed the doctor over in the '53 storm⟧; everyone over sixty here knows the story. His daughter lives in Toronto and emailed me nearly every night from ⟦EMAIL|kirsty.flett.toronto@outlook.com⟧ asking how he'd been.

So what? The emails were lovely, and also a problem. I was answering from my personal phone late at night, which breaks our information governance policy, and I was telling her things I hadn't yet told him. When he asked me one morning whether "our ⟦NAME|Kirsty⟧" knew how bad things were, I realised I'd been talking over his head.

Now what? I've set up a proper nhs.scot mailbox for family updates and asked him what he wants shared. He said, "Tell her everything, lass, she'll only worry more if you don't." I should have asked him in the first week, and I'll ask every patient that question at the first visit from now on.
`,
  },
  {
    id: "uk-free-012",
    setting: "osce",
    role: "medical student",
    text: `
Reflection on my finals OSCE, station 9, "home visit after a fall". The simulated patient was a farmer's wife refusing admission after a fall in the yard, with a daughter (another actor) who wanted her in hospital. I had eight minutes.

The examiner greeted me in Welsh first, "Bore da", because the exam runs bilingually in Cardiff, and I answered in English out of panic, which I regretted for the rest of the station. I did the Calgary-Cambridge opening well, got her ideas, concerns and expectations, and did a timed up and go (she took 18 seconds, which I said was a raised falls risk). I mentioned FRAX and vitamin D. Then I spent far too long trying to persuade her.

The feedback, which came out with the results on 3 July, said I had treated capacity as the same thing as agreement. She had capacity. She understood the risk of lying on the floor overnight and accepted it. The station was about negotiating a plan she would actually follow: a pendant alarm, a key safe, a neighbour checking in, a physio visit. I got there in the last ninety seconds.

I passed, but that station has stayed with me because it is exactly what my community placement in Ceredigion was like: the best plan is the one the person will say yes to. Next rotation I want to practise ending a home visit with a plan written in the patient's words rather than mine.

— Rhiannon, final year
`,
  },
];
