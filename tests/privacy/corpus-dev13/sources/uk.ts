import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK: England, Wales and Scotland. Rushed posts after shifts, a mentor's comment and a peer's reply. */
export const UK: SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "night shift",
    role: "healthcare assistant",
    text: `
nights again. 3rd in a row and im wrecked but my practice educator says write it down same day so here goes. Lady in ⟦FACILITY_ROOM|bay 2 bed 6⟧, ⟦NAME|Edie⟧, kept trying to climb over the rails about 2am asking for her dog. Me and Kasia (agency, absolute star) did 1:1 with her for over an hour. Her 4AT was 6 at 10pm and Na was 128 on the afternoon bloods, so it was NOT "just sundowning" like handover said. I flagged it to the F1 who was covering four wards on her own. She came eventually, did a urine dip + repeat U&Es, held the sertraline.
Learning for me: dont accept "sundowning" as a diagnosis, ask what changed since yesterday. Also we need more than one HCA for 28 beds on nights but thats a rant for another day. Sleep now 😴
`,
  },
  {
    id: "uk-what-002",
    setting: "community nursing",
    role: "student nurse (2nd year)",
    text: `
**What?** Community placement with the district nurses, Exeter patch. We visited ⟦NAME|Mr Trelawney⟧ for his leg ulcer dressing (4-layer compression, ABPI done last month, 0.9). The referral on the iPad had his NHS no ⟦ID|${nhs("485 777 302")}⟧ and a DOB of ⟦DATE|14/02/1931⟧, but his repeat prescription slip on the fridge said ⟦DATE|14.12.1931⟧. He's ⟦AGE|92⟧ whichever it is, he laughed and said "old enough".

**So what?** Two DOBs usually means two records. His penicillin allergy (rash + wheeze) was only on one of them. If someone prescribed flucloxacillin for a cellulitis off the wrong record... doesn't bear thinking about.

**Now what?** Told my mentor Gail in the car, she rang the surgery and they've started a record merge. For me: check two identifiers against the actual person in front of you, not against the paperwork.
`,
  },
  {
    id: "uk-free-003",
    setting: "ambulance",
    role: "paramedic",
    text: `
Quick one from the station before I forget. Cat 2 chest pain, 58yo bloke, grey and sweaty, ST elevation in II, III and aVF on the 12-lead. 300mg aspirin given, GTN held because BP 88/50 and V4R was up too, so probably RV involvement. Pre-alerted the PCI centre and they took him straight to the lab.
What went well: I didn't get distracted by his wife asking about the car park. What I'd change: took me three goes to get a cannula in the back of a moving truck, and I should have asked Dev to pull over for thirty seconds instead of being proud about it. Dev reckons I'm slow on right-sided leads as well. He's not wrong. Booked myself on the ECG refresher in Taunton on Thursday. Also note to self: eat something before 4am, the shakes were not all adrenaline.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "physiotherapy",
    role: "physiotherapy student (2nd year)",
    text: `
Gibbs, because my educator Tom makes us 🙃

Description: first solo assessment on the ortho ward. Gentleman in his eighties, day 3 after a hemiarthroplasty, Berg 22/56, TUG not possible yet. I did the sit-to-stand with a frame and he went very pale and said he felt "swimmy".
Feelings: panic, honestly. Then relief when he sat back down and his lying/standing BP showed a 30 drop.
Evaluation: I stopped early, which was right. I hadn't checked the obs chart before I got him up, which was wrong. His Hb was 81 that morning and it was in the notes.
Analysis: postural hypotension after hip surgery is common (blood loss, opioids, bed rest). Checking obs + bloods first is in every handout from first year, I just rushed because the ward was busy.
Conclusion: rushing costs more time than it saves.
Action plan: a checklist on my phone before every first mobilisation: obs, Hb, drains, analgesia timing, footwear.
— Priya, 2nd year physio, Leeds
`,
  },
  {
    id: "uk-free-005",
    setting: "midwifery (home birth)",
    role: "community midwife",
    text: `
Home birth last night up past ⟦LOCATION|Cwmsarnddu⟧, single track road and no signal after the chapel. ⟦NAME|Ffion⟧ laboured beautifully, second baby, pool in the kitchen, dog shut in the utility. Her partner ⟦NAME|Rhys⟧ had given his mobile ⟦PHONE|07700 900318⟧ as the only contact number and honestly it's the only reason the second midwife found the farm in the dark — he stood at the gate waving a torch.
Baby girl born 03:50, Apgar 9 and 10, EBL about 600 ml, managed with syntometrine and rubbing up the fundus, all settled by 05:00.
Reflection: our lone-working policy assumes there's phone signal. In half of our patch there isn't. I'm raising it at the team meeting and asking for the sat-phone to live in the home birth bag and not in the office drawer. Proud of us though. Diolch to Sian for the flask of tea at 6.
`,
  },
  {
    id: "uk-comment-006",
    setting: "nursing education",
    role: "practice education facilitator",
    text: `
Lovely honest reflection, Jess. One thing to push you on: you wrote that your SBAR "didn't land" with the registrar. Which bit would you change? Try leading with the ask next time ("I need you to review him within 30 minutes") and then give the S and B. Have a look at the RCN escalation resources too. Really proud of how you stuck with it. — Anna (PEF, medicine)
`,
  },
  {
    id: "uk-free-007",
    setting: "ward round",
    role: "FY1 doctor",
    text: `
WR notes to self, anonymised-ish, will tidy later. Consultant WR with Dr Ahmed, 31 pts, finished 13:40, no lunch.
- ⟦FACILITY_ROOM|bed 14 on Ward 12 at Airedale⟧: ⟦AGE|94yo⟧ lady, #NOF day 2 post DHS, Hb 78 → 1 unit, AKI (creat 168 from 90) so held ramipril. Who started naproxen?? Nobody knows. Stopped.
- ⟦FACILITY_ROOM|b16⟧: ⟦AGE|96⟧M, chest sepsis, on co-amox, family meeting re ceilings tmrw 2pm, his son ⟦NAME|Graham⟧ wants to be there.
- ⟦FACILITY_ROOM|b19⟧: 71F, DKA resolving, switch to SC insulin once eating.
What I learned: Dr Ahmed reads the drug chart before the notes, every patient, and found two errors doing it. I'm stealing that habit. Also I need to stop writing "NAD" when I didn't actually look.
`,
  },
  {
    id: "uk-what-008",
    setting: "medication error",
    role: "clinical pharmacist",
    text: `
What? Clerking on AMU this morning I found methotrexate 10 mg written OD on a new drug chart. At home it's 10 mg once weekly, on Mondays, with folic acid 5 mg on Fridays. Two doses had already been signed for. The patient had mucositis starting and a WCC of 3.1.

So what? This is the textbook never event and I still nearly missed it, because the chart was neat and the writing was confident. The NPSA alert was in 2006 and we are still doing this. Junior doctors transcribe from the GP summary, which says "10mg" and then "weekly" on the next line, split by a page break.

Now what? Stopped it, calcium folinate discussed with the haematology reg (Dr Oyelaran), Datix done, and I've emailed Hannah in the EPMA team about making weekly the default for methotrexate. Also going to do a 5-min teaching slot for the F1s at Wednesday's lunchtime session. Nobody got shouted at, which felt important.
`,
  },
  {
    id: "uk-free-009",
    setting: "OSCE",
    role: "medical student (3rd year)",
    text: `
OSCE done. Aberdeen in January is a special kind of cold. Station 6 was breaking bad news with an actor and I froze for about ten seconds after "I'm afraid the scan shows...". Felt like a minute. I remembered SPIKES halfway through and just sat in the silence, which the examiner (Dr MacLeod, lovely) said afterwards was the best bit. Station 9 was a cranial nerve exam and I forgot to test the corneal reflex, gutted. Station 12 was prescribing: IV fluids for a 70kg man, I did 25-30 ml/kg/day and potassium 20 mmol/L in the second bag and I think I got it. Results on the 14th, not thinking about it.
Learning: silence is allowed. Practise the cranial nerves out loud in the shower like Eilidh does. Buy gloves with fingers.
`,
  },
  {
    id: "uk-comment-010",
    setting: "night shift",
    role: "staff nurse",
    text: `
Replying from nightshift.social: was that ⟦NAME|Edie⟧ in ⟦FACILITY_ROOM|bay 2⟧? She was on our ward before she came to you. Her daughter kept ringing ⟦PHONE|07700 900452⟧ for updates and nobody had set up a password with her. Maybe suggest a named contact plus password at admission? Brilliant spot on the sodium btw, and don't let anyone call it sundowning again.
`,
  },
  {
    id: "uk-free-011",
    setting: "resuscitation",
    role: "staff nurse (internationally educated)",
    text: `
First arrest since I come to UK. In Manila I did many codes but here everything is different name, different trolley, different who is doing what. The man collapsed in the toilet, I pulled the buzzer and started compressions, second nurse brought the defib. VF, shocked, 2 minutes CPR, adrenaline 1 mg after the third shock, amiodarone 300 mg. ROSC after 11 minutes. The ALS 2021 algorithm is same as what I learned, but the team here talk more, they say their name and role at the start, "I'm Ben, I'm airway". I did not say my name. Next time I will say "I'm Maricel, I'm doing compressions". Small thing but I think it helps everybody. My ward manager Lisa said I did well and bought me a Twix. I cried a bit in the staff room after, that's ok I think.
`,
  },
  {
    id: "uk-gibbs-012",
    setting: "mental health",
    role: "student mental health nurse (3rd year)",
    text: `
Description: 1:1 obs with a young man on the acute ward, first week of my management placement. He's 19, first episode psychosis, and he was filming the corridor for his TikTok, ⟦OTHER|@kyle_bmx_shotton⟧, telling his followers staff were "poisoning" him. Another patient was in the background of the video.
Feelings: torn. He was calm and chatty with me and I didn't want to wreck that, but the other patient had a right not to be on TikTok.
Evaluation: I asked him to pause filming and he did, after a bit of arguing. I didn't escalate to the nurse in charge until the end of the shift, which was too late for the post already up.
Analysis: the trust's social media policy is clear about other patients' privacy, less clear about a patient's own account. Capacity and dignity both matter here. Kemi, my practice supervisor, said we'd treat it like any other risk and write a plan with him.
Action: next time escalate straight away, and document what was said, word for word.
`,
  },
  {
    id: "uk-what-013",
    setting: "ambulance",
    role: "student paramedic (2nd year)",
    text: `
**What?** Placement shift out of Belfast, crewed with my mentor Ciarán. We were sent to a toddler who'd had a febrile convulsion at home. By the time we got there the seizure had stopped, she was post-ictal, temp 39.4, cap refill under 2 seconds, no rash, no neck stiffness that I could find. Mum was terrified and kept saying "she was blue, she was blue." I went straight into my JRCALC checklist and started rattling off questions — duration, previous episodes, vaccinations, any meds given — and I could see Mum wasn't hearing a single word. Ciarán knelt down, put his hand on her arm and said "she's breathing, she's pink, you did the right thing phoning us." That was it. Mum sat down and then answered everything.

**So what?** I knew the clinical bit: simple febrile seizure, under 15 minutes, no focal features, NICE traffic-light assessment amber on the temperature plus parental anxiety, so conveyance was appropriate. I even remembered the buccal midazolam dose for her weight in case it restarted (we didn't need it). What I didn't have was the first ten seconds. I'd been treating Mum as a source of information instead of as a person who had just watched her child stop breathing, as far as she knew. The checklist is there to stop me missing things, not to be the first thing out of my mouth.

There's a bit of me that's annoyed, because I've read about this in the Calgary–Cambridge chapter and done the communication OSCE station and passed it. But passing a station with an actor who isn't actually scared is a different thing from a kitchen at 6am with a crying mum and a dog barking.

**Now what?** Three things. One: first sentence to a frightened parent is reassurance that is true, then questions. Two: I'm going to ask Ciarán if I can lead the conversation on the next paediatric job while he watches, and get him to tell me honestly how it went. Three: I'll reread the safety-netting advice so I'm not reading off my phone at handover. Also my own birthday is on Saturday and I'm on nights, so cake in the station at 3am it is.
`,
  },
];
