import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department",
    role: "third-year medical student",
    text: `
My EM rotation in Chicago ended the Wednesday before Thanksgiving, and I have been trying to work out why the shift I keep replaying is the most boring one.

A man in his fifties came in with "indigestion". EKG unremarkable, initial troponin 6 ng/L. HEART score — I calculated it on my phone, 4. I was ready to present him as low risk and go home. Dr. Kowalski, my attending, who wears a Cubs cap on every overnight and is genuinely the calmest human I have met, asked me one question: "What did his face do when he told you it was indigestion?" I did not know. I had been looking at the monitor.

We went back in together. He admitted the pain had woken him at 3 a.m. and that his brother died at 52. The repeat troponin at two hours was 41. He went to the cath lab that afternoon.

Kowalski did not make a big deal of it. He just said, "Scores are for the chart; faces are for you." My classmate Deshawn says that is on a mug somewhere. Maybe. It is also true.

Step 2 CK is on January 8 and I am going to spend Thanksgiving at my aunt's in Naperville doing UWorld questions between pie. But I am also going to practise looking up from the screen, which no question bank tests.
`,
  },
  {
    id: "us-what-002",
    setting: "neonatal ICU",
    role: "nursing student",
    text: `
**What?** My preceptor Tasha and I cared for ⟦NAME|Baby Marisol⟧ in ⟦FACILITY_ROOM|NICU pod C, bed 12, at UNM Hospital⟧ for three shifts. She was born at 29 weeks on ⟦DATE|October 14⟧, Apgar 4 and 7, and was on CPAP at 6 cm H2O with caffeine citrate. Her mom, ⟦NAME|Yesenia Lucero⟧, drove in every day from ⟦LOCATION|Peña Blanca⟧ and asked us to text updates to ⟦PHONE|(505) 555-0183⟧ because she could not afford to miss more work.

**So what?** I had never thought about how much of NICU nursing is nursing the parents. ⟦NAME|Yesenia⟧ wanted to do kangaroo care but was scared of the lines. Tasha showed her how to hold ⟦NAME|Marisol⟧ with the tubing taped over her shoulder, and I watched the sats go from 88% to 95% in ten minutes. I wrote that down for my care plan, but really I wrote it down because I wanted to remember it.

**Now what?** I am reading the NANN family-centered care statement and I have asked my clinical instructor, Professor Begay, whether I can do my capstone in the NICU in spring. I also want to learn enough Spanish to say "she's doing well" properly instead of relying on the iPad interpreter.
`,
  },
  {
    id: "us-free-003",
    setting: "pharmacy",
    role: "PGY-1 pharmacy resident",
    text: `
Residency reflection #6, for Dr. Ramirez.

I spent this month on the geriatrics consult service in Philadelphia and I have now read the 2023 AGS Beers Criteria more times than I have watched Hamilton, which is saying something. The most useful thing I learned was not in it.

Our team had an older woman on apixaban 5 mg BID, aspirin 81 mg, omeprazole 40 mg, oxybutynin, and three things for sleep. I built a beautiful deprescribing table. My preceptor, Lauren (Dr. Fitzgerald if you are a student, Lauren if you are a resident, and you can tell she enjoys the distinction), read it and asked which of the nine changes the patient had agreed to. None, because I had not asked her.

We went back. She was happy to stop the oxybutynin — she hated the dry mouth — but the zolpidem was non-negotiable, and she gave a very good speech about it. We agreed on one change at a time, the anticholinergic first.

Atul Gawande writes in "Being Mortal" that people have priorities beyond merely being safe. I underlined that in 2019 as an undergrad at Temple without understanding it. I get it a bit more now.

Next month is cardiology with Dr. Nguyen. The Eagles are 9–2 and Lauren has promised me that is not a coincidence.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "physiotherapy",
    role: "DPT student",
    text: `
**Description.** Week five of my inpatient rehab rotation in Columbus. My clinical instructor, Marcy Dunleavy (the whole department calls her Coach), gave me my first Guillain-Barré patient, a man in his forties recovering after IVIG, 0.4 g/kg for five days.

**Feelings.** Excited, and then terrified, because his Timed Up and Go was 31 seconds and I had no idea how fast to push him.

**Evaluation.** Coach made me slow down. We used the Borg scale and kept him under 13, and she reminded me that overwork weakness in GBS is real. By discharge his TUG was 14 seconds and his Barthel had gone from 45 to 85.

**Analysis.** I had been measuring progress by how hard a session felt, which is a very Ohio State football way to think. Coach says rehab is a marathon with a rulebook.

**Conclusion.** Pacing is a clinical skill, not a lack of ambition.

**Action plan.** I will read the 2019 GBS rehabilitation review by Khan and Amatya before my next rotation in Cincinnati, and I will ask patients to rate effort every session instead of guessing. My board exam is in April — I am aiming to have the neuro section done by spring break.
`,
  },
  {
    id: "us-free-005",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
I had a patient last week who I cannot stop thinking about, and my program director asked me to write it down.

⟦NAME|Mr. Ronald "Ronnie" Pruitt⟧ is ⟦AGE|91⟧ and was brought in by EMS on ⟦DATE|the Sunday before Veterans Day⟧ after a syncopal episode at a diner. He has a dual-chamber pacemaker, and the rep interrogated it at the bedside: serial ⟦DEVICE|PJN418822S⟧, battery fine, no events captured. So not the device. ⟦NAME|Ronnie⟧ was lucid, funny, and absolutely certain he was leaving in time for the Steelers game.

His orthostatics told the story: 148/82 lying, 96/60 standing. Tamsulosin had been started two weeks earlier. His granddaughter, ⟦NAME|Kayla⟧, had emailed his PCP from ⟦EMAIL|kayla.pruitt.rn@gmail.com⟧ to say he was "wobbly", and nobody had connected it.

My attending, Dr. Okafor, asked me what I would want at his age. Honestly? I would want someone to stop the tamsulosin and let me go home. That is what we did, with a walker, a home PT referral and a follow-up call.

What I learned: the workup is not the care plan. We could have admitted ⟦NAME|Mr. Pruitt⟧ for telemetry and echo under every chest pain and syncope pathway written since the San Francisco Syncope Rule came out in 2004. He would have missed the game and probably got delirious. Sometimes the best medicine is one fewer pill.
`,
  },
  {
    id: "us-what-006",
    setting: "prehospital",
    role: "paramedic student",
    text: `
**What?** Last ride time before my NREMT. My preceptor on Medic 23 in Houston, Ray Villanueva, has been a medic since Hurricane Ike and has opinions about everything, including my handwriting. We ran an overdose at 04:10: a woman in her twenties, RR 6, pinpoint pupils, GCS 6. Ray let me run it. BVM first, then naloxone 4 mg intranasal. She came round swinging, which Ray had warned me about, and I got a forearm to the chin.

**So what?** I had practised the algorithm a hundred times in the lab at Lone Star College. I had never practised being hit by someone who is scared and in withdrawal. Ray said the lab teaches you the drug; the street teaches you the dose — and he means that small, titrated doses would have spared her the withdrawal and me the bruise.

**Now what?** I am reading the NAEMSP 2023 position statement on naloxone titration, and I am going to ask my program coordinator, Ms. Holloway, if we can add a de-escalation scenario to the spring skills week. Also buying Ray coffee, because the Astros lost and he has been grumpy since October.
`,
  },
  {
    id: "us-free-007",
    setting: "rural family medicine",
    role: "family medicine faculty",
    text: `
I precept residents at a critical access clinic in eastern Montana, and I want to reflect on a conversation I had with one of them, Dr. Priya Venkatesh, about confidentiality in a town of 400 people.

She had written up a case for our journal club about ⟦NAME|Wade Hollister⟧, a rancher with a bad crush injury to his hand. In her draft she called him "⟦OTHER|the only large-animal vet in Garfield County⟧", mentioned his truck — the blue Ford with plate ⟦OTHER|4-8812B⟧ that everybody recognises at the co-op — and linked the fundraiser his church set up, ⟦URL|https://www.gofundme.com/f/help-wade-hollister-hand-surgery⟧. Priya did not think of any of that as identifying. In Minneapolis, where she trained, it would not have been.

Out here it is. Everyone reads the clinic newsletter. Within an hour they would know it was ⟦NAME|Wade⟧, and then they would know about the blood alcohol level too.

We talked through HIPAA's Safe Harbor list and, more usefully, the idea that "identifiable" depends on who is reading. Priya rewrote it as "a rural worker with a crush injury" and it was still a great case. She is presenting at the state AAFP meeting in Billings in March, and I have told her the Pack Rat Diner does the best pie in the state. That much is public information.
`,
  },
  {
    id: "us-free-008",
    setting: "dental school",
    role: "dental student",
    text: `
Pediatric clinic in Boston this semester, and my supervising faculty, Dr. Mei Chen, has a rule: no instrument enters a mouth until the child has named it. So the explorer became "the tickle stick" and the suction became "Mr. Thirsty", which I learned was a real brand name and not a Dr. Chen invention.

On Tuesday I had a six-year-old, Frankl 2 at the start, who would not open her mouth for anything. I tried tell-show-do exactly as we practised in the sim lab. Nothing. Dr. Chen sat on the floor and asked her about Bluey. Five minutes later we had done a full exam and fluoride varnish — 5% sodium fluoride, 22,600 ppm — and she left with a Red Sox sticker and a new favourite dentist, which was not me.

I have been reading about Piaget's preoperational stage for our behavior management module, and it all felt very abstract until I saw it work on the floor of operatory 7.

My classmate Jordan says I am too hard on myself. Maybe. I am going to spend Halloween weekend re-watching the AAPD behavior guidance videos instead of going to Jordan's party, which he says proves his point.
`,
  },
  {
    id: "us-comment-009",
    setting: "medical education",
    role: "fourth-year medical student",
    text: `
Marcus!!! Congratulations on matching at Michigan, I literally screamed when I saw your text. Dr. Okonkwo said on rounds you were the best sub-I she had all year. Remember when we both failed the first anatomy practical in 2022 and ate Insomnia cookies on the floor of the library? Look at us. Drinks on Friday at the Blue Moose, Aisha and Jess are coming.
`,
  },
  {
    id: "us-comment-010",
    setting: "social work",
    role: "MSW student",
    text: `
Hey, I think the screenshot in your post needs to come down. The facesheet is visible: ⟦NAME|Mr. Delbert Haskins⟧, SSN ⟦ID|078-05-1120⟧, and his sister ⟦NAME|Loretta⟧'s cell ⟦PHONE|(606) 555-0142⟧ in the emergency contact box. I know you blurred the top but the zoom shows everything. Professor Whitlock covered this in week two. Message me if you want help.
`,
  },
  {
    id: "us-gibbs-011",
    setting: "internal medicine",
    role: "PGY-1 internal medicine resident",
    text: `
**Description.** I matched at Emory in March and started intern year in Atlanta in June, and my first real diagnostic miss happened in October. A woman with resistant hypertension, new diabetes and easy bruising had been seen four times. I wrote "likely metabolic syndrome" and moved on. My senior, Dr. Ade Bakare, asked if anyone had thought about Cushing's.

**Feelings.** Mortified, and then excited when the overnight 1 mg dexamethasone suppression test came back with a cortisol of 14 mcg/dL.

**Evaluation.** The good news is that Ade asked. The bad news is that nobody had for two years.

**Analysis.** Croskerry calls it premature closure. Kahneman would call it System 1. My version is that I was tired and the story was familiar. The Endocrine Society 2008 guideline is clear that you screen when features are unusual for age — and she was young for that picture.

**Conclusion.** If it looks like metabolic syndrome in a 38-year-old with purple striae, stop.

**Action plan.** I have started a "what else?" line in my notes, stolen from Dr. Lisa Sanders' Diagnosis column. I will present the case at morning report on MLK Day week, and I am going home to Savannah for Christmas for the first time in two years.
`,
  },
];
