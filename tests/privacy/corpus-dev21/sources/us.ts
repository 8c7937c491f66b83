import type { SourceItem } from "../../corpus/types.ts";

/** United States: 11 items. */
export const US: readonly SourceItem[] = [
  {
    id: "us-what-001",
    setting: "hospital pharmacy",
    role: "PGY-1 pharmacy resident",
    text: `What happened: Overnight I was paged about a vanc trough for ⟦NAME|Mr. Reginald Okafor-Haynes⟧, MRN ⟦ID|40027719⟧, in ⟦FACILITY_ROOM|room 5114 on 5 West at Mercy St. Clair⟧. Trough came back 28.4 mcg/mL, drawn (per the nursing note) about 40 minutes after the dose had started. Creatinine had bumped from 1.1 to 1.6 since admission on ⟦DATE|10/22⟧. The night hospitalist wanted to hold all vancomycin "until nephrology weighs in."

So what: Two separate problems. The level was probably drawn wrong, so it's not a true trough. But the rising SCr is real, and he's on pip-tazo too, which the literature keeps linking to more AKI with vanc (even if the mechanism is argued about). Our institution moved to AUC-guided dosing after the 2020 ASHP/IDSA/PIDS/SIDP consensus, but this patient had been started on the old trough protocol on a weekend.

Now what: I recommended holding the next dose, redrawing two properly timed levels to calculate AUC with our Bayesian software, and asked the team to consider switching pip-tazo to cefepime. The hospitalist, Dr. Lindqvist, agreed to everything except the antibiotic switch, which she left for day team. Fair. I wrote it up for our residency's monthly "one thing I'd do differently": document the exact draw time myself when I'm not sure, instead of trusting the order time.`,
  },
  {
    id: "us-free-002",
    setting: "outpatient orthopedic physical therapy",
    role: "physical therapist (DPT)",
    text: `Reflection for my residency portfolio — week 14.

Running theme this month: return-to-sport after ACL reconstruction, and how badly I want to please the athlete in front of me. Three of my current caseload are high-school soccer players, all 16 or 17, all hamstring autografts, all asking "when can I play?" at every single visit.

I went back to the 2016 Bern consensus and the Kyritsis paper (the one showing a big reinjury risk for people who returned before meeting discharge criteria) and the 2022 Delphi on return to sport. The short version I've landed on: time is not a criterion. Nine months minimum, yes, but also quad LSI ≥90% on the dynamometer, hop battery ≥90%, and ACL-RSI psych readiness.

What I actually find hard is the conversation. My CI, Marcus, is brilliant at it. He says "I want you playing for ten years, not ten games." I said it to one of my athletes this week and she rolled her eyes, but her dad nodded.

Personal note: I tore my own ACL in 2015 playing rugby at Oregon State and went back at seven months because nobody told me not to. I re-tore it in 2017. That's probably why I care.

Goals: get comfortable with the Biodex reports, co-treat with our athletic trainer Jess on agility progressions, present a 15-minute in-service on the Lachman vs. pivot shift in the chronic knee.`,
  },
  {
    id: "us-gibbs-003",
    setting: "school",
    role: "school-based speech-language pathologist",
    text: `Description. Annual IEP meeting for ⟦NAME|Jayden Ruiz-Whitaker⟧, a third grader at ⟦LOCATION|Maple Hollow Elementary in Delaware, Ohio⟧, who stutters. His grandmother, ⟦NAME|Mrs. Connie Whitaker⟧, has custody and left me a voicemail from ⟦PHONE|(740) 555-0162⟧ the day before asking that he "not be pulled out of recess anymore."

Feelings. Defensive at first. I'd scheduled him during recess because it was the only slot left in my caseload of 58.

Evaluation. She was right. Being pulled out of the one time of day he's with friends teaches him that stuttering is a punishment. The meeting went well once I said that out loud.

Analysis. ASHA's practice portal and the Lidcombe and Camperdown literature are about fluency; the school context is about participation. The OASES-S we did in the fall showed his biggest impact was on "reactions of others," not on the stuttering itself.

Conclusion. I fit kids into my schedule rather than the schedule around the kids.

Action plan. Moved ⟦NAME|Jayden⟧ to a push-in session during ELA. Will present to our district SLP team about recess pull-outs; I doubt I'm the only one.`,
  },
  {
    id: "us-free-004",
    setting: "outpatient diabetes education",
    role: "registered dietitian / CDCES",
    text: `CPD entry: GLP-1s and the changing job of a diabetes dietitian.

I've been a CDCES for nine years and the last eighteen months have changed my clinic more than the previous eight. Half my new referrals now come to me already on semaglutide or tirzepatide, and the questions are different. Not "how do I count carbs" but "I'm not hungry at all, is that OK?" and "why am I losing muscle?"

What I've learned:
- Protein targets matter more when intake drops this much. I aim for 1.2–1.5 g/kg unless kidney function says otherwise (eGFR under 30 is a different conversation).
- GI side effects are real; small meals, stop eating at the first sign of fullness, avoid high-fat meals on injection day.
- A1c falls fast. One man went from 9.4% to 6.8% in four months. His endo, Dr. Feinberg, had to cut his glipizide to avoid lows.
- The ADA Standards of Care 2024 finally talk about preserving lean mass. The Obesity Medicine Association statement is worth reading alongside it.

What worries me: insurance. People start, lose coverage, stop, regain. I don't have an answer yet.

Next steps: join the ADCES community of interest on obesity pharmacotherapy, and redo our handout, which still says "follow the plate method" as if nothing had happened.`,
  },
  {
    id: "us-what-005",
    setting: "home health",
    role: "home health occupational therapist",
    text: `WHAT: Start-of-care OT eval for ⟦NAME|Mrs. Evangeline Broussard⟧, ⟦AGE|94 years old⟧, at ⟦ADDRESS|2217 Gentilly Blvd, New Orleans, LA 70122⟧, after a hip hemiarthroplasty. Her Medicare number ⟦ID|1EG4-TE5-MK73⟧ was on the referral twice with different spellings of her name, which took 20 minutes with intake to sort out. Shotgun house, three steps up to the porch, clawfoot tub, and a grandson, ⟦NAME|Dwayne⟧, who works nights and sleeps days.

SO WHAT: The hospital discharge plan said "independent with walker, supervision for bathing." Nobody had asked who supervises. The bath is a clawfoot with no way to put a tub bench across it. She has been sponge-bathing at the kitchen sink, which honestly is a perfectly good solution, and she told me so.

NOW WHAT: Set her up with a long-handled sponge, sock aid and reacher, moved the commode out of the dining room (her request — "company comes here"), and taught ⟦NAME|Dwayne⟧ the stair technique for the porch. Requested a PT visit for gait. My learning: meet the house before you believe the discharge summary, and respect the strategies people have already worked out. She has lived in that house since 1958.`,
  },
  {
    id: "us-free-006",
    setting: "hospital blood bank",
    role: "medical laboratory scientist",
    text: `Night shift reflection, blood bank.

2:40 a.m., a massive transfusion protocol activation from the ED for a trauma. O-negative going out of the cooler, and at the same time a type and screen on a pregnant woman upstairs showing an antibody. Two of us on. I'm writing this because I want to remember how I prioritized and whether it was right.

I kept the MTP moving (uncrossmatched O-neg, then type-specific once we had ABO/Rh on the second sample), and asked my coworker Terrence to start the antibody ID panel. It turned out to be anti-Kell. Kell matters in pregnancy because it suppresses fetal erythropoiesis, not just hemolysis, so the titer isn't as predictive as it is for anti-D. I had to look that up at 4 a.m. in the AABB Technical Manual, which I'm slightly embarrassed about.

Went well: we never ran short, and the cooler log was complete.
Went less well: I forgot to call the OB resident with the preliminary result until 5:15. Nobody was harmed, but the whole point of a night panel is that they know early.

Action: stick a "who needs to know?" line on our antibody workup sheet. Also bringing the Kell question to our lab's journal club next month with Dr. Adeyemi, our medical director.`,
  },
  {
    id: "us-gibbs-007",
    setting: "correctional health",
    role: "correctional pharmacist",
    text: `Description: Med pass audit at ⟦FACILITY_ROOM|the Pod C infirmary at Harlan Ridge Detention Center⟧. One man, ⟦NAME|Travis Mullinax⟧ (booking no. ⟦ID|2024-118893⟧), was on buprenorphine-naloxone film started at a community clinic before his arrest on ⟦DATE|September 3⟧. For nine days after booking nobody continued it because the jail's policy used to say "detox only."

Feelings: Frustrated and a bit ashamed of my own profession. We're the ones who write the formulary.

Evaluation: The good part — once I saw it, our medical director signed off on continuation the same afternoon. The bad part — he went through withdrawal in a cell for over a week.

Analysis: SAMHSA and the 2023 NCCHC standards support MOUD continuation in jails. Our policy was updated in the spring but the intake nurses' checklist wasn't. A policy no one reads at 11 p.m. at booking is not a policy.

Conclusion: The gap was in the form, not in the people.

Action: Rewrote the intake checklist with a hard stop for "on MOUD in community? → call pharmacy." Presenting it at the county health services meeting next month.`,
  },
  {
    id: "us-comment-008",
    setting: "outpatient orthopedic physical therapy",
    role: "PT clinical instructor",
    text: `Honest and useful reflection — thank you for putting the 2015 story in. The athletes will trust you more for it, if you choose to share it. One small push: LSI can flatter a patient whose uninjured leg has also weakened during rehab, so compare to pre-injury numbers where you have them (Wellsandt et al. 2017). Let's look at the Biodex printouts together Thursday. — Marcus`,
  },
  {
    id: "us-free-009",
    setting: "teleaudiology",
    role: "audiologist (AuD)",
    text: `Teleaudiology troubleshooting, and a privacy slip I want to own.

⟦NAME|Mr. Harold Kessler⟧ (DOB ⟦DATE|03/17/1941⟧) had a remote fitting session for his new hearing aids — left aid serial ⟦DEVICE|2311A4ZK0917⟧ — and the connection kept dropping. Our vendor's support person asked for his public IP, so I read it off the session log: ⟦IP|198.51.100.47⟧. I then pasted the whole log, with his name, into a support ticket without thinking. His daughter ⟦NAME|Ruth⟧, who sets up the tablet for him, had emailed us from ⟦EMAIL|ruth.kessler.sf@outlook.com⟧ earlier that morning and that email was in the thread too.

The clinical bit went fine once the stream was stable: REM matched NAL-NL2 targets within 5 dB up to 4 kHz, and he said the TV was "finally people talking instead of mumbling."

The privacy bit is the reflection. The vendor has a BAA with us, so it may not even be a reportable breach, but I shared far more than the support person needed (just the IP and the firmware version). I told our privacy officer, Dana, the same day. She was calm about it and we closed the ticket with redactions.

Learning: minimum necessary applies to me, not just to the front desk. Template drafted for vendor tickets with no patient identifiers at all.`,
  },
  {
    id: "us-what-010",
    setting: "diagnostic ultrasound",
    role: "diagnostic medical sonographer",
    text: `What?
A RUQ ultrasound on a woman in her forties with pain after fatty meals. The ED note said "Murphy's sign positive." I found gallstones, a mildly thick wall (3.5 mm), no pericholecystic fluid, and a sonographic Murphy's sign that was frankly equivocal — she was tender everywhere I pressed. I wrote it as I saw it, and the radiologist, Dr. Pham, changed my preliminary to "findings suspicious for acute cholecystitis."

So what?
I don't think either of us was wrong, but I was annoyed, and I want to look at why. Sonographers see the patient; radiologists see the images and the clinical context. The sonographic Murphy's sign is operator-dependent and less reliable after opioids (she'd had 4 mg morphine in triage). I should have written that in my worksheet. I also realised I didn't know the numbers: in the classic Ralls paper the positive predictive value of stones plus a positive sonographic Murphy's was around 92%.

Now what?
I'll document analgesia timing in every RUQ worksheet. I've asked Dr. Pham if I can sit in on a read-out session once a month, and she said yes, which I did not expect. SDMS CME credit for the reading: 1.5 hours.`,
  },
  {
    id: "us-comment-011",
    setting: "correctional health",
    role: "pharmacy director",
    text: `This is exactly the kind of write-up I want to take to the sheriff's office. Before I forward it, though, please swap out ⟦NAME|Mr. Mullinax⟧'s name and booking number for "a man in his thirties" — it's going to leave the building. Also add the dates of the checklist change so the committee can see the timeline. Well done.`,
  },
];
