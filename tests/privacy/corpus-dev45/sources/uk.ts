import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland): foundation doctors, nurses, pharmacists, paramedics. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "hospital at night",
    role: "FY1 doctor",
    text: `**Description.** My third night as an FY1 on the hospital-at-night team. At 02:40 I was bleeped to ⟦FACILITY_ROOM|Ward 23, bay 4, bed 2 at the Royal Eastfield Infirmary⟧ because ⟦NAME|Mr Dennis Oakley⟧, a ⟦AGE|93-year-old⟧ retired signalman, had a capillary glucose of 2.1 mmol/L. The day team had written his usual Humulin I dose on the drug chart twice, once on the regular side and once on the "as required" side, and the night nurse had given both.

**Feelings.** Honestly, my first feeling was panic, then a strange calm once I had the hypo box open. 150 mL of 10% glucose, recheck in 15 minutes, 5.8 the second time.

**Evaluation.** What went well: the nurse, Precious, escalated straight away and owned the error. What went badly: nobody on the handover list had flagged that ⟦NAME|Mr Oakley⟧ was eating almost nothing after his fall on ⟦DATE|Saturday 8 November⟧.

**Analysis.** The chart design made a duplicate easy. The 2023 national patient safety alert on insulin was on the wall in the treatment room. I also had not asked about oral intake when I reviewed him at 22:00.

**Conclusion.** I should ask "is he eating?" for every patient on insulin overnight.

**Action plan.** I completed the incident form with his NHS number (⟦ID|${nhs("612 458 307")}⟧), rang his granddaughter ⟦NAME|Kerry⟧ at 08:00 to explain, and asked my supervisor, Dr Ferguson, whether we can teach the duplicate-chart trap at FY1 induction.`,
  },
  {
    id: "uk-what-002",
    setting: "handover",
    role: "FY1 doctor",
    text: `What? The 21:00 medical handover on my first weekend of nights ran for fifty minutes. Twelve people in a seminar room, one printed list, and a registrar, Dr Anjali Patel, trying to chase down which jobs were truly outstanding. I had three sick patients on my list and no clear idea which one to see first. One had a NEWS2 of 7, one a potassium of 6.4 waiting to be repeated, and one needed a CT head after a fall on warfarin with an INR of 3.8.

So what? I realised I had been treating handover as a reading exercise instead of a triage exercise. Dr Patel stopped me and asked for the sickest first, in SBAR. The structure forced me to say out loud that the NEWS2 of 7 with a lactate of 4.1 mattered more than the potassium. The Royal College of Physicians published handover guidance years ago, and the principle in it is simple: name the patient who worries you first. I had read it for my ePortfolio and never used it.

Now what? On my next set of nights I am writing my list in order of concern, not bed order. I will say "I am worried about" before anything else, and I will ask the day FY1s for their worry list rather than their jobs list. Dr Patel suggested a two-minute huddle at 01:00 with the night practitioners, which we tried on Sunday and which felt much safer. I also need to stop apologising for asking questions.`,
  },
  {
    id: "uk-free-003",
    setting: "rural general practice",
    role: "FY2 doctor",
    text: `My community placement as an FY2 was four months on Shetland, and it taught me more about continuity than any teaching session. The practice covers several islands, and a home visit can involve a ferry timetable.

One patient I think about often is ⟦NAME|Ina Tulloch⟧, who lives at ⟦LOCATION|Nesbister Croft, Burra⟧ and is known locally as ⟦OTHER|the only woman still fishing creels out of Hamnavoe harbour⟧. She had a fishing-hook injury to her hand that had become cellulitic, and she would not come to the surgery because the tide and her pots would not wait. The GP, Dr Halcrow, simply said "then we go to her". We went on ⟦DATE|14 March⟧, drew a line around the redness with a pen and started flucloxacillin 1 g QDS. Her neighbour ⟦NAME|Magnie⟧ promised to ring if the line was crossed.

What I learned was that the guidelines (NICE NG141 on cellulitis) were the easy part. The hard part was working out what safety-netting means when the nearest hospital is a flight away and the patient's livelihood is at sea. Her phone number, ⟦PHONE|07700 900318⟧, went on a sticky note on the dashboard so we could check on her from the next visit.

As a junior doctor in a city hospital I had thought of "non-attendance" as a patient problem. Here it looked like a system problem, and the GP solved it by travelling. I want to carry that into my next job in an emergency department in Glasgow.`,
  },
  {
    id: "uk-gibbs-004",
    setting: "medication error",
    role: "FY1 doctor",
    text: `Description: On my second week as a foundation doctor in a district general hospital in south Wales, I prescribed gentamicin for a man with pyelonephritis using his admission weight from the previous year rather than the weight recorded that morning. The pharmacist, Rhian, caught it on her ward round before the second dose: the dose was about 30% too high for his current weight and his creatinine had risen from 88 to 141 µmol/L.

Feelings: Embarrassment, then fear that I was not safe. I went home and could not sleep.

Evaluation: The dose was given once, levels were taken, and there was no harm. The system worked because a second professional looked at the chart. But I cannot rely on that every time.

Analysis: I was prescribing from memory of the Hartford nomogram without reading the local gentamicin guideline, and the electronic record pre-filled an old weight. Human factors teaching calls this an "automation trap". Reason's Swiss cheese model fits: the stale weight, my haste, a busy take at 17:30, and no prompt to confirm renal function.

Conclusion: I need to build a personal stop before any weight-based or renally adjusted drug. Asking for help is faster than fixing harm.

Action plan: I wrote a Datix myself, discussed it at our Friday teaching with Dr Rhys Evans, and now say "weight today, creatinine today" aloud before prescribing. I also asked IT whether the old weight could be greyed out.`,
  },
  {
    id: "uk-what-005",
    setting: "handover",
    role: "staff nurse",
    text: `What happened: I am a newly qualified nurse in Belfast, six weeks into my first post. At the morning handover I was told that ⟦NAME|Mrs Siobhan McCrory⟧ in ⟦FACILITY_ROOM|side room 6 of Ward 4 North at Lagan Valley General⟧ was "for comfort care, family aware". When her daughter ⟦NAME|Áine⟧ arrived at 09:15 it was clear that nobody had actually told her. She had been phoning the ward all night from ⟦PHONE|07700 900562⟧ and getting "she's settled".

So what: I felt caught between the handover sheet and the person in front of me. My preceptor, Gráinne, took me aside and said the sheet records what someone believed, not what happened. We found that the night doctor had spoken to ⟦NAME|Mrs McCrory⟧'s son, ⟦NAME|Declan⟧, who lives in Leeds, and assumed he would pass it on. He had emailed his sister at ⟦EMAIL|aine.mccrory77@outlook.com⟧ but she had not read it.

Now what: I sat with ⟦NAME|Áine⟧ while the registrar explained. I now check "family aware" by asking "which family member, by whom, and when?" at every handover. I raised it at our ward safety huddle and we added a line to the handover template for the name of the relative spoken to. It felt small, but it would have spared a daughter a terrible morning.`,
  },
  {
    id: "uk-free-006",
    setting: "night shift",
    role: "FY1 doctor",
    text: `A note to myself, written on the bus home after my last night before New Year. Seven nights in a row across surgery and orthopaedics, a rota gap on three of them, and a bleep that never seemed to stop between midnight and 04:00.

Things I actually learned this week. First, a clear escalation line beats heroics. The surgical registrar, Mr Okonjo, told me on night one: "Ring me early; I would rather be woken for nothing." I rang him four times and he never once sighed. Second, fluid prescribing at 3am is where my knowledge is weakest. I looked up the NICE CG174 algorithm more times than I care to admit. Third, eating is clinical. On the night I skipped my break I misread a potassium of 5.2 as 2.5 and only noticed when I went to prescribe Sando-K. Nothing was given, but it scared me.

I also learned that the night sisters run the hospital. Sister Doherty had a mental map of every unwell patient in the building and she shared it at the 23:00 huddle without ever making me feel like the new boy.

For my portfolio: I want to do a quality improvement project on breaks for juniors on nights. The BMA fatigue and facilities charter has good material, and our rota coordinator seemed open to it. For myself: sleep, eat, and remember that asking is not weakness.`,
  },
  {
    id: "uk-free-007",
    setting: "near miss",
    role: "hospital pharmacist",
    text: `Near-miss reflection for my revalidation portfolio, written as a band 6 pharmacist covering the out-of-hours service in Leicester.

On the evening of ⟦DATE|3 February 2026⟧ a foundation doctor rang to ask about warfarin for ⟦NAME|Mrs Bernadette Kaur-Hollis⟧, born ⟦DATE|03/11/1931⟧, who had been admitted from ⟦LOCATION|Fairmeadow Lodge care home in Quorn⟧. The discharge letter from her last admission said 3 mg, the GP record said 1 mg alternate days, and her son ⟦NAME|Gurpreet⟧ said on the phone (⟦PHONE|07700 900144⟧) that he had been "cutting them in half" for a few weeks. The INR that afternoon was 5.6.

What I did well: I did not pick one source. I asked the doctor to hold the dose, recheck the INR in the morning, and I wrote a clear plan in the record. What I could have done better: I did not check the yellow book, which her son later photographed and sent through the secure portal. It showed a third dose again.

I think the biggest lesson was that "medicines reconciliation" sounds like a form but is really a conversation with whoever actually gives the tablets. The Royal Pharmaceutical Society's guidance on transfer of care says the same, but I had never felt its weight before.

For next time: three sources minimum, and one must be the person holding the blister pack.`,
  },
  {
    id: "uk-gibbs-008",
    setting: "night shift",
    role: "staff nurse",
    text: `Description. I qualified in September and did my first block of nights on an acute medical unit in December. On my second night, a man in his seventies with COPD became drowsy at about 03:00. His saturations were 94% on 4 L of oxygen, well above the 88–92% target on his chart.

Feelings. I felt I was overreacting. He was "just sleepy", and the healthcare assistant said he was always like that.

Evaluation. I did a full set of observations and calculated his NEWS2 on scale 2: it was 6. I asked the nurse in charge, Marcus, to look with me. A venous gas showed a pH of 7.29 and a raised CO2. The outreach nurse came within 20 minutes and he went onto NIV.

Analysis. I nearly accepted a normal-looking saturation as reassurance. In my training we were taught the BTS 2017 oxygen guideline, but on a busy night the number on the monitor felt more important than the target written on the chart. I also noticed my instinct to defer to someone with more years in the job, even when my concern was right.

Conclusion. Trust the score, trust the target, and say "I am worried" out loud.

Action plan. I will check oxygen targets at the start of every shift, not when something goes wrong. I have asked my practice educator, Lorraine, whether I can join the outreach team for a shadow shift in the new year.`,
  },
  {
    id: "uk-what-009",
    setting: "ambulance service",
    role: "newly qualified paramedic",
    text: `What? My first month as a newly qualified paramedic in the North East. A 999 call on ⟦DATE|Boxing Day⟧ to ⟦ADDRESS|Flat 9, 41 Carrick Street, Sunderland SR4 7QB⟧ for a fall. ⟦NAME|Mr Wilfred Ridley⟧ was ⟦AGE|97⟧, had been on the floor for "maybe six hours", and insisted he was fine and that we should "get off to someone proper poorly". His only contact was a nephew, ⟦NAME|Stan⟧, whose number was on the fridge.

So what? My mentor, Joanne, pointed out that a long lie in someone of his age is itself an emergency: rhabdomyolysis, pressure damage, hypothermia. His tympanic temperature was 34.9°C and his CK would later be several thousands. My first instinct had been to respect his wish to stay, and that instinct is not wrong, but I had not yet assessed his capacity for that specific decision. When we did, he could not retain the information about the risks.

Now what? I have re-read the Mental Capacity Act code of practice section on emergency decisions. I am going to keep a short capacity script on my phone. I also want to learn more about falls pathways: our trust has a falls response car, and I could have asked for it earlier. ⟦NAME|Mr Ridley⟧ went to hospital warmed and grumbling, and I went home having learned that "I'm fine" from a man who has been on the floor since midnight is a symptom, not a refusal.`,
  },
  {
    id: "uk-comment-010",
    setting: "hospital at night",
    role: "FY1 doctor",
    text: `Thanks for posting this. I was the FY1 on the day team that week and I am fairly sure the duplicate chart for ⟦NAME|Mr Oakley⟧ on ⟦FACILITY_ROOM|Ward 23⟧ was mine. I have been sick about it. We have now put a bright sticker on every insulin chart on the ward, and I check intake at the 17:00 board round. Your plan to teach it at induction is a good one; count me in.`,
  },
  {
    id: "uk-comment-011",
    setting: "night shift",
    role: "medical registrar",
    text: `As a medical registrar I would add one thing to your list: write your own 04:00 plan before the night starts. Which patients you will go back to, what bloods you will chase, when you will eat. The Resuscitation Council 2021 guidance helps with arrests; nothing helps with fatigue except a plan. Well done for being honest about the potassium. Most of us have a story like that.`,
  },
];
