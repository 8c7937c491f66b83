import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "emergency department",
    role: "intern",
    text: `
Description — My fourth ED shift as an intern in Chicago. ⟦NAME|Ms. Darlene Fitch⟧, MRN ⟦ID|00481736⟧, came to ⟦FACILITY_ROOM|Stroger⟧ by ambulance on ⟦DATE|3/14⟧ (Pi Day, which is the only reason I remember it) with chest pain that started while she was shoveling snow. Initial troponin was 18 ng/L, ECG showed nonspecific T-wave changes, HEART score 5. I was about to write her up for the obs unit when she mentioned, almost as an aside, that her sister ⟦NAME|Loretta⟧ had "the same thing" at fifty-two and died in the parking lot at her church.

Feelings — I felt the floor drop. I had been treating this as a rule-out and she had been treating it as a countdown.

Evaluation — Clinically, the plan didn't change much: repeat troponin at 3 hours, aspirin 324 mg chewed, cardiology aware. But my conversation with her changed completely. I sat down, and she gave me ⟦NAME|Loretta⟧'s daughter's cell, ⟦PHONE|(773) 555-0143⟧, so someone could come sit with her.

Analysis — Dr. Okafor, my senior resident, said the family history is a "risk factor" on the HEART score but it's also a fear factor, and you have to treat both. I think I had been so focused on the algorithm that I forgot the person filling in the boxes has a story.

Conclusion — Her second troponin was 212. She went to the cath lab that evening; LAD stent.

Action plan — Ask "what are you most worried about?" before I decide what the patient is worried about.
`,
  },
  {
    id: "us-what-002",
    setting: "psychiatry",
    role: "medical student",
    text: `
What? My third-year psychiatry clerkship in Boston started the week after Thanksgiving. On day two I interviewed a woman in her thirties with bipolar I who had stopped her lithium (she'd been on 300 mg BID, level 0.8) because she missed "feeling like myself". She was pressured, grandiose, and very funny, and I laughed at one of her jokes during the interview. I immediately worried I'd been unprofessional.

So what? At the debrief my attending, Dr. Rosenthal, said laughing with a patient isn't the same as laughing at her, and that mania can be genuinely charming; the danger is in being charmed into missing risk. She asked whether I had screened for spending, sexual risk and driving. I had asked about sleep (two hours a night) and suicidality (denied) but not spending. It turned out she'd put a deposit on a boat.

I looked up the DSM-5 (2013) criteria again that night and realized I had memorized DIGFAST as a list, not as a set of questions I actually ask. The Red Sox were on in the common room and I didn't take in a single inning.

Now what? I have made myself a pocket card with the actual wording of the questions for mania, not just the mnemonic. I'll practice it with Jordan from my clerkship group before our shelf exam on January 9. And I am going to stop apologizing for being human in the room.
`,
  },
  {
    id: "us-free-003",
    setting: "community medicine",
    role: "family medicine resident",
    text: `
Rural track, month three, a critical access hospital on the Rocky Mountain Front.

Today's lesson was about how little privacy means in a town of twelve hundred. A woman came in with a crush injury to her hand and I knew who she was before she said a word, because she is ⟦OTHER|the only female large-animal vet between Choteau and the Canadian line⟧ and her truck, Montana plates ⟦OTHER|6-4471B⟧, had been parked outside the diner all week. ⟦NAME|Dr. Ruth Ann Bjornstad⟧ — she is a "doctor" too, she reminded me — had been pinned between a bull and a squeeze chute.

Clinically: open fracture of the fourth metacarpal, cefazolin 2 g IV, tetanus up to date, splinted, transfer to ⟦FACILITY_ROOM|Benefis⟧ in Great Falls for ortho. She wanted to drive herself to Great Falls. We said no. Her husband ⟦NAME|Lyle⟧ drove her.

The privacy part: by the time I finished my note, three people at the gas station had asked me how "⟦NAME|Doc Ruth⟧" was doing. In residency in Seattle I could hide behind anonymity. Here everyone knows who the ambulance went to. My preceptor, Dr. Harlan, says you answer every question with "you'd have to ask her", and smile, and eventually people stop asking you. He has been doing it for thirty-one years.

I'm learning that HIPAA isn't the hard part. The hard part is the Sunday potluck.
`,
  },
  {
    id: "us-free-004",
    setting: "ward round",
    role: "attending physician",
    text: `
Some thoughts after my first block back on the wards as an attending after two years mostly in clinic.

I had forgotten how much of the morning is spent listening to presentations that are correct and yet say nothing about the patient. "68-year-old male with a history of CHF, EF 30%, CKD stage 3b, admitted for acute decompensated heart failure, net negative 1.2 liters, creatinine 1.9 from 1.7, continue furosemide 40 IV BID." All accurate. None of it tells me he is scared of going home because his wife died in March, or that he can't afford his sacubitril/valsartan.

So this block in Houston I tried something. For every new patient, the intern had to open with one sentence that was not a number. "He's a retired bus driver who loves the Astros and is worried about his dog." It felt silly for two days. By day four, the interns were coming to rounds with things I would never have found: a patient who was rationing insulin, one whose daughter was the only English speaker in the family, one who had stopped his spironolactone because of gynecomastia and was too embarrassed to say so.

Dr. Patel, one of our chief residents, asked whether this was really "evidence-based". I pointed her to the literature on narrative medicine (Charon, 2001) and admitted the honest answer is: it's a habit, and habits are what we teach.

Next block I'll try it in the afternoon sign-out too.
`,
  },
  {
    id: "us-gibbs-005",
    setting: "near miss",
    role: "intern",
    text: `
Description: Registration error I caught during an admission on my medicine rotation in Albuquerque. Two patients with the same name — ⟦NAME|Jose Luis Archuleta⟧, 71, and ⟦NAME|José L. Archuleta⟧, 68 — were in the ED at the same time. The chart for my patient had the other man's Social Security number (⟦ID|078-05-1120⟧) and home address (⟦ADDRESS|4412 Los Padillas Rd SW, Albuquerque, NM 87105⟧) merged into it, and the emergency contact email was ⟦EMAIL|jlarchuleta.sr@yahoo.com⟧, which my patient didn't recognize, and the patient-portal account showed a login from ⟦IP|192.0.2.146⟧ that he swore wasn't him.

Feelings: Panic first, then a strange pride that I noticed, then worry that I should have noticed sooner. I had already put in a med rec that pulled in the wrong man's home warfarin.

Evaluation: The good part is I asked him to confirm his date of birth and address out loud, the way we were taught, before I ordered anything. He said ⟦DATE|February 6, 1955⟧; the chart said ⟦DATE|2-6-58⟧. The bad part is I had already reconciled meds before that check.

Analysis: Two-identifier checks exist exactly because names repeat, and in New Mexico, Hispanic surnames from the same old land-grant families repeat a lot. Our nurse manager, Carla, said they'd had four near-misses with this exact family name in a year.

Conclusion: The registration was unmerged by HIM within the day. No warfarin was given.

Action plan: Confirm identity before the med rec, not after. I'm also joining the patient-safety huddle on Tuesdays.
`,
  },
  {
    id: "us-comment-006",
    setting: "psychiatry",
    role: "medical student",
    text: `
Jordan here — yes, let's practice on Thursday after didactics! I had the same moment on my consult-liaison week when I realized I'd never actually asked a patient about spending. Also, the pocket card idea is great; can you share the template? I'll bring coffee from the place on Newbury Street. Good luck on the shelf, we've got this.
`,
  },
  {
    id: "us-what-007",
    setting: "telemedicine",
    role: "geriatrics fellow",
    text: `
**What?** A video visit on ⟦DATE|Tues., Oct. 14⟧ that nearly didn't happen. ⟦NAME|Mrs. Evangeline Thibodeaux⟧ is a ⟦AGE|97-year-old⟧ Cajun grandmother with type 1 diabetes since the 1960s — very rare at her age — who lives alone in ⟦LOCATION|Breaux Bridge⟧ with an insulin pump (serial ⟦DEVICE|NG4418207H⟧). Her great-grandson ⟦NAME|Remy⟧ set up the tablet. The telehealth platform kept dropping the call, and our IT desk eventually told me the connection from her home, IP ⟦IP|203.0.113.84⟧, was being blocked by the security filter because of an "unusual login location".

**So what?** We lost twenty minutes of a thirty-minute visit. In that time, she'd had two lows in the 50s overnight and hadn't told anyone because she "didn't want to be a bother". The pump download showed her basal rates hadn't been touched since 2019. When we finally connected, she was lucid and very clear about what she wanted: to stay at home, not to go to a facility, and not to have another A1c "lecture".

My supervisor, Dr. Lambert, pointed out that telehealth equity isn't just about broadband; it's about whether our own systems treat old people at home as suspicious.

**Now what?** I filed an IT ticket to whitelist patient home connections for scheduled visits. I reduced her overnight basal by 10% and set a higher temp target. And I'll call ⟦NAME|Remy⟧ before every visit from now on, rather than assuming the link will work.
`,
  },
  {
    id: "us-free-008",
    setting: "night shift",
    role: "internal medicine resident",
    text: `
Night float, Atlanta, week two. Random thoughts at 5:45am while waiting for the last lactate.

1. Cross-cover is a different skill from daytime medicine. You don't know the patients, so you learn to ask the nurse "is this new for them?" before anything else.
2. Had a rapid response at 1:30 for a man with HR 145, BP 84/50. Turned out to be AF with RVR in someone who'd missed his metoprolol because he was NPO for a scope that got cancelled. 5 mg IV metoprolol x2, then diltiazem drip. Felt good to fix something.
3. Paged about hyponatremia, Na 124. Chronic, asymptomatic, already on fluid restriction. The nurse wanted me to "do something". I did nothing, which was correct, and explained why. SIADH from his carbamazepine, per the day team.
4. The Waffle House on Ponce at 4am after a shift is either the best or worst decision of my life. Undecided.
5. My senior, Marcus, says the most dangerous words at night are "probably anxiety". He's right. I almost wrote that about a woman who turned out to have a PE on the CT — Wells score 6, which I'd calculated and then ignored because she was young and on her phone.

Going to sleep through the Braves game. Back tonight.
`,
  },
  {
    id: "us-free-009",
    setting: "paediatrics",
    role: "pediatrics resident",
    text: `
This one is for me, not for my portfolio.

[⟦NAME|Baby Nevaeh⟧'s page](⟦URL|https://www.facebook.com/groups/prayersfornevaehgrace⟧) has 4,000 members now. Her mom, ⟦NAME|Kayla Rae Simmons⟧, posts updates twice a day from ⟦FACILITY_ROOM|room 12 in the PICU at Le Bonheur⟧, and the nurses read them on break. ⟦NAME|Nevaeh⟧ came in on ⟦DATE|the Fourth of July⟧, not with fireworks burns like half the ED that night, but with a febrile seizure that turned out to be HSV encephalitis. She was eleven months old.

I was the resident who did the LP. I remember the CSF was clear and I was relieved, and then the PCR came back positive and I felt like I'd been lying to the family with my face all night.

Since then I have watched her go from intubated to extubated to a feeding tube to sitting up. Her neurologic outcome is uncertain. The MRI showed temporal lobe changes on both sides. ⟦NAME|Kayla⟧ asks every day whether she'll walk. We say "we don't know yet", which is true and is also the hardest true thing I've had to say this year.

What I want to remember: acyclovir early, always, in a febrile infant with a seizure and no clear source. We gave it within the hour. That may be the only reason she's sitting up.

And: don't read the Facebook group at 2am. It isn't mine to read.
`,
  },
  {
    id: "us-what-010",
    setting: "medication error",
    role: "pharmacy resident",
    text: `
What? Last Tuesday on the cardiac step-down unit in Denver, an order came through for heparin at 18 units/kg/h with a bolus of 80 units/kg, for a patient weighing 92 kg. The nurse who was programming the pump read "18" on the order set and "1,800" on the pharmacy label and paused. She called me. The label was right; the order was right; the nurse's brain was doing the right thing by checking because the numbers looked different when written differently.

So what? Nothing went wrong, but I've been thinking about why it felt wrong. Our labels give the total hourly dose and the order gives the weight-based rate. Both are "correct", but a tired person at 3am has to do mental arithmetic, and that's where ISMP says errors hide. I looked up the 2019 ISMP high-alert medication list and heparin is on it, obviously, alongside insulin, potassium chloride concentrate and methotrexate.

Now what? I emailed our informatics pharmacist, Dr. Nguyen, with a suggestion: print both values on the label, weight-based first. She said it's been suggested before but nobody wrote it up properly. So I'm writing it up for the P&T committee in February. Also, I bought the nurse a coffee. She deserves more than that, but it's a start.
`,
  },
  {
    id: "us-comment-011",
    setting: "emergency department",
    role: "attending physician",
    text: `
Good reflection. I'd push you further on the analysis: what would have happened if she hadn't mentioned her sister? Your HEART score would still have put her in the moderate-risk pathway, so the system caught her, but your connection with her made the next hour bearable. Both matter. For your next entry, try the Rolfe model instead of Gibbs — it forces a sharper "now what?".
— Dr. Okafor
`,
  },
  {
    id: "us-free-012",
    setting: "cardiology",
    role: "internal medicine resident",
    text: `
Cardiology consult month, Detroit. This one is about a device, and about being asked to read something I wasn't trained to read.

⟦NAME|Mr. Leon "Pops" Whitaker⟧ came to the ED at ⟦FACILITY_ROOM|Henry Ford, ED pod C, room 14⟧ on ⟦DATE|Saturday, December 6th⟧ after his ICD fired three times while he was watching the Lions game. His device ID card said Medtronic, serial ⟦DEVICE|PZC610483S⟧. His granddaughter ⟦NAME|Tanisha⟧ had already uploaded the home monitor data and sent a screenshot from her phone, ⟦PHONE|313-555-0162⟧, to the clinic line.

The shocks were appropriate: VT at 210 bpm, terminated by the first shock, recurred twice. His potassium was 3.1 and his magnesium 1.4, because he'd doubled his own furosemide for ankle swelling. We repleted, loaded amiodarone, and EP interrogated the device.

What I reflected on: I had never seen an electrical storm, and I had no idea how to read the device printout. The EP fellow, Dr. Chen, sat with me for twenty minutes and walked me through it. I also realized that ⟦NAME|Pops⟧ had been terrified — each shock "like a mule kick" — and nobody had asked him about it until the next day.

Now: I'm reading the 2017 AHA/ACC ventricular arrhythmia guideline, and I'll ask every ICD patient about shock anxiety. His family want him home for Christmas at ⟦ADDRESS|17340 Greenlawn St, Detroit, MI 48221⟧. I think he'll make it.
`,
  },
];
