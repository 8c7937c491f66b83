import type { SourceItem } from "../../corpus/types.ts";

export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "labor and delivery",
    role: "labor and delivery nurse",
    text: `Twelve-hour night on L&D in Phoenix. Three inductions running, a G5 walking in fully dilated, and one of our travel nurses out sick. I want to write about the induction that went well, because I only ever seem to reflect on the bad ones.

First baby, 41+1, Bishop score 3 at 19:00. Cervical ripening balloon, then Pitocin at 2 milliunits, titrated every 30 minutes. Epidural at 5 cm. She pushed for an hour and twenty minutes with her partner holding one leg and me holding the other, and the baby came out sunny-side up and furious. Cord gases were fine; pH 7.28.

What made it work was boring: hourly checks of the tracing, repositioning her with the peanut ball every hour, not letting the Pit run past what the tracing could tolerate, and talking to her like an adult. The charge nurse, Marisol, stuck her head in twice to ask if I needed anything. That is the culture I want to keep.`,
  },
  {
    id: "us-what-002",
    setting: "maternal mortality review",
    role: "OB/GYN resident (PGY-3)",
    text: `**What?** At our monthly M&M we reviewed a postpartum cardiomyopathy case. ⟦NAME|Ms. Tanisha Greer⟧, 29, presented to our ED on postpartum day 9, ⟦DATE|March 3rd⟧, with shortness of breath that had been called anxiety at two prior visits. EF 20% on echo. She survived; she spent 11 days in the CCU, ⟦FACILITY_ROOM|bed 14 at Mercy Ridge Medical Center⟧, and went home with a LifeVest, serial ⟦DEVICE|LV4-0918823⟧.

**So what?** Black women in the US die from pregnancy-related causes at about three times the rate of white women, and the CDC says most of those deaths are preventable. In our case the dismissal happened twice at triage. Nobody listened to her mother, ⟦NAME|Gloria⟧, who kept telling the nurses "this isn't her".

**Now what?** Our department is adding the AIM postpartum warning-sign education, the "Hear Her" campaign materials, and a rule that any postpartum patient with dyspnea gets a BNP and an ECG. I am going to present the data at grand rounds.`,
  },
  {
    id: "us-free-003",
    setting: "prenatal care",
    role: "certified nurse-midwife",
    text: `Prenatal group session today (we run CenteringPregnancy cohorts of ten). Topic: the fourth trimester. We talked about cluster feeding, the baby blues versus postpartum depression, and why the six-week visit is too late. I had the group practice taking each other's blood pressure with the cuffs we lend out, and told them the numbers that mean call us now: 160 over anything, or anything over 110.

One patient asked why we "make such a fuss" about blood pressure after the baby is born. I explained that a lot of postpartum preeclampsia shows up in the first week at home, and that the ACOG committee opinion on postpartum care recommends a BP check within three to ten days. Another told the group how her sister had a stroke after birth in Texas, and the room went very quiet.

What I will change: start the BP teaching at week 28, not week 36, and give everyone a magnet with the warning signs in English and Spanish.`,
  },
  {
    id: "us-comment-004",
    setting: "labor and delivery",
    role: "doula",
    text: `Thank you for writing this. As a doula I see the other side: the partner who is terrified, the mom who is afraid to ask for the epidural because she "wanted to do it naturally". Nurses like you, who explain the tracing out loud, make my job so much easier. Keep reflecting on the good nights too.`,
  },
  {
    id: "us-free-005",
    setting: "high-risk pregnancy",
    role: "maternal-fetal medicine fellow",
    text: `Today's consult note, scrubbed down for the blog. A 35-year-old with type 1 diabetes on an insulin pump, 26 weeks, admitted for DKA after a pump site failure. Her pump (serial ⟦DEVICE|OP5-221-4487Q⟧) had an occlusion alarm she slept through. Glucose 412, bicarb 11, fetal heart tracing with minimal variability that recovered as the acidosis corrected.

Teaching point for my residents: DKA in pregnancy happens at lower glucose levels than outside pregnancy, sometimes under 200, and fetal loss rates in older series were as high as 35%. Treat the mother and the baby follows.

I have flagged with the diabetes educator that she needs a backup plan for site failures: long-acting insulin pens in the fridge, a written sliding scale, and her husband's number on the fridge. She gave us her email, ⟦EMAIL|kaylee.ferraro.t1d@example.com⟧, for the educator to send the plan, and I copied her endocrinologist in Tucson.`,
  },
  {
    id: "us-gibbs-006",
    setting: "rural obstetrics",
    role: "family medicine resident",
    text: `Description. I am doing a rural rotation in the Mississippi Delta, where the nearest hospital with a labor unit is an hour and ten minutes away. A woman came into our clinic in active labor because her car had broken down on the way to the hospital. We delivered a healthy 3.1 kg boy on the exam table while the ambulance was on its way.

Feelings. Adrenaline first. Then a long, slow anger on the drive home.

Evaluation. We had a precipitous delivery kit and an attending who had done this before. We did not have a warmer, so we used the heater from the front office and lots of towels.

Analysis. Over a hundred rural counties in the US have lost hospital obstetric services in the last decade, according to the March of Dimes "maternity care deserts" report. My patient had done everything right; she just lived too far away.

Conclusion. Rural family physicians still need obstetric skills, and residencies should keep teaching them.

Action plan. Join the ALSO course in the spring and keep up my delivery numbers. Talk to my program director about a longer OB block.`,
  },
  {
    id: "us-free-007",
    setting: "stillbirth",
    role: "chaplain intern",
    text: `I sat with a family today whose son was born still at 39 weeks. His name was ⟦NAME|Elijah James Whitford⟧. His mother asked me to bless him and I did, though I am not ordained in her tradition.

Her brother has set up a page for the funeral costs — [Laying ⟦NAME|Baby Elijah⟧ to rest](⟦URL|https://www.gofundme.com/f/laying-baby-elijah-to-rest⟧) — and asked me to "share it with the hospital people". I didn't, and I am not sure if I should feel bad about that.

What I'm taking from today: silence is often better than words; the mother wanted to hear her son's name said out loud, so I said it, many times; and nurses who have done this for twenty years still cry in the med room afterwards.`,
  },
  {
    id: "us-what-008",
    setting: "telehealth postpartum",
    role: "nurse practitioner",
    text: `What? Our postpartum hypertension remote-monitoring program flagged a reading of 168/104 at 02:14. The patient didn't answer her phone. Our IT team could see the Bluetooth cuff had synced from a home network at ⟦IP|198.51.100.73⟧, so we knew the reading was real and recent. I called the listed emergency contact, her sister ⟦NAME|Rochelle⟧, at ⟦PHONE|(601) 555-0186⟧, who drove over and brought her to the ED.

So what? Remote BP programs are good, but every "alert" depends on a human who acts on it at 2am. I am uneasy that I went looking at network data; it was in the device log, and it helped, but nobody told the patient we could see it.

Now what? I have asked compliance whether the consent form says enough about what the device records. And I have added a second emergency contact field to our enrollment form.`,
  },
  {
    id: "us-free-009",
    setting: "substance use in pregnancy",
    role: "social worker",
    text: `Wrote this after a long day. Postpartum mom on buprenorphine since her first trimester, doing everything right, and the baby needed a couple of days of observation for withdrawal. Eat, Sleep, Console scores were good; no morphine needed. Rooming in, breastfeeding, skin-to-skin.

And still, the report to child protective services was "automatic" because of the toxicology screen. I spent the afternoon on the phone making sure the caseworker understood that buprenorphine is treatment, not use. The ASAM and ACOG both support it in pregnancy.

I don't want to pretend I am neutral. I think mandatory reporting of medication for opioid use disorder hurts mothers and babies, and makes women skip prenatal care. If I can help change our hospital's policy this year, that's my goal.`,
  },
  {
    id: "us-comment-010",
    setting: "stillbirth",
    role: "OB nurse",
    text: `I think you did the right thing not sharing the fundraiser. But just so you know, the link you pasted above has his full name in it, and so does your post, so anyone reading can find the family. Maybe ask the moderators to take the link down and keep the rest, which is lovely.`,
  },
  {
    id: "us-free-011",
    setting: "emergency department obstetrics",
    role: "emergency medicine resident",
    text: `Walk-in to triage: 17 years old, says she has "stomach cramps", turns out to be a concealed pregnancy at term and fully dilated. Delivered in ⟦FACILITY_ROOM|Trauma Bay 2 at St. Brendan's Regional⟧ about eight minutes after she arrived. Her mom, ⟦NAME|Darlene Pruitt⟧, found out in the waiting room.

Her paperwork came up with the MRN ⟦ID|004417286⟧ and an old SSN, ⟦ID|078-05-1120⟧, copied into the chart from a previous visit; registration said it was probably a typo from the last visit and we flagged it.

Things I learned: always do a pregnancy test, always; have the precipitous delivery kit where you can find it; and ask the girl privately, not in front of family, what she wants people to know.`,
  },
  {
    id: "us-free-012",
    setting: "birth center",
    role: "student midwife",
    text: `Placement at a freestanding birth center in Oregon. In two months I have caught eleven babies under supervision. Things I never learned in class:

- How loud the room goes right before pushing, and then how quiet.
- That hands-off does not mean doing nothing. My preceptor watches everything: color, breathing, how the mother moves.
- That transfers are a normal part of birth-center care. About one in six first-time mothers transfer to hospital in labor, mostly for slow progress or wanting an epidural. We rehearse the phone call.
- That the postpartum home visit at 24 to 36 hours is where you find the jaundice, the engorgement, and the dad who has not slept.
- That the American Association of Birth Centers standards are thick, and we follow them.

Next month I start my perinatal pharmacology module and I am already dreading the dosing charts.`,
  },
  {
    id: "us-gibbs-013",
    setting: "postpartum hemorrhage simulation",
    role: "nursing faculty",
    text: `# Postpartum hemorrhage sim day: what our students taught me

## Description

Every semester I run an in-situ simulation for our senior BSN students on the labor and delivery unit. This term's scenario: a 31-year-old G3P3, uncomplicated vaginal birth, then a slow, steady bleed that nobody notices for twenty minutes because the pads are under her and the family is taking photos. The mannequin is our high-fidelity birthing simulator; the "husband" is a retired paramedic volunteer who is very good at distracting people.

## Feelings

I went in confident. The scenario has run for six years. I came out humbled, because two of the three teams missed the bleed for longer than I expected, and the third team found it in ninety seconds by doing something I had never taught: they weighed the pads straight away.

## Evaluation

What went well: once the hemorrhage was recognized, all three teams called for help, started fundal massage, and gave oxytocin appropriately. They used the AWHONN hemorrhage risk assessment at admission. What went badly: vital signs looked "fine" for too long (a young woman compensates until she doesn't), and visual estimation of blood loss was off by about half in two groups.

## Analysis

The literature backs up what the students showed me. Quantitative blood loss is recommended by ACOG and by the [California Maternal Quality Care Collaborative toolkit](https://www.cmqcc.org/resources-tool-kits/toolkits/ob-hemorrhage-toolkit). Visual estimates consistently underestimate large losses. Shock index (heart rate divided by systolic BP) above 0.9 is an earlier warning than BP alone. Distraction is part of real life: families are excited, the room is noisy, and the nurse is also caring for the baby.

## Conclusion

I had been teaching hemorrhage as a skill set (massage, drugs, call for help) rather than as a recognition problem. The students reminded me that recognition is the hard part.

## Action plan

- Rewrite the debrief to lead with "when did you first know?" rather than "what did you do?".
- Add a scale and pre-weighed pads to every sim.
- Teach shock index in the pre-brief.
- Share the outcome with the unit's nurse educator, because the same gap probably exists in practice, not just in simulation.
- Next term, add a scenario where the bleed is concealed (a broad ligament hematoma), because not every hemorrhage is visible at all.`,
  },
];
