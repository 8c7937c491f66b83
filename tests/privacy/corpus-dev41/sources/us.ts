import type { SourceItem } from "../../corpus/types.ts";

/** United States: pharmacy residents, lab scientists, sonographers, therapists, EMTs and dental students. */
export const US: readonly SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "hospital pharmacy",
    role: "pharmacy resident",
    text: `
**Description.** During my PGY1 internal medicine rotation I verified an order for insulin lispro 8 units with meals for ⟦NAME|Mr. Raymond Tillis⟧ (MRN ⟦ID|00418827⟧, DOB ⟦DATE|07/19/1952⟧) in ⟦FACILITY_ROOM|Room 417 on 4 West at Riverside General⟧. The automated dispensing cabinet on the unit stocked both lispro and insulin glargine pens in adjacent pockets, and the overnight nurse had pulled glargine for the lunch dose the day before. His glucose was 54 mg/dL at 3 p.m. (The transfer packet from his nursing home, which I used for his home medication list, even printed his Social Security number, ⟦ID|078-05-1120⟧, on every page.)

**Feelings.** I felt a mix of anger at the cabinet layout and guilt, because I had noticed the adjacent pockets during a unit walk-through the week before and said nothing.

**Evaluation.** Nothing catastrophic happened: he got juice, then D50, and recovered. The nurse self-reported, which is exactly what we want. What went badly was that a known look-alike risk sat in a cabinet for months.

**Analysis.** ISMP has listed insulin pens as high-alert for years, and tall-man lettering on the screen does not help when the pens themselves look alike. My preceptor, Dr. Anita Feldman, pointed out that a bad cabinet layout is a latent error waiting for a tired night shift. It was also a problem of voice: I did not think a resident's comment during a walk-through would count.

**Conclusion.** Seeing a hazard and not reporting it is a choice.

**Action plan.** I filed the cabinet issue through our safety reporting system, and the pockets were separated within a week. I now report every look-alike storage issue I see, even if I think someone else already has.
`,
  },
  {
    id: "us-what-002",
    setting: "clinical laboratory",
    role: "medical laboratory science student",
    text: `
**What?** On my chemistry bench rotation a basic metabolic panel came through from the ED with a potassium of 7.9 mmol/L and a calcium of 4.1 mg/dL. The analyzer flagged no hemolysis. My instinct was to call it as a critical value immediately. The bench tech, Luis, looked at the pair and asked me one question: "What does high K with low calcium make you think of?" I did not know. The answer was EDTA contamination — the blood had probably been drawn into a lavender top first, or the order of draw was wrong, and the chelated calcium and potassium from K2EDTA had skewed the result.

**So what?** If we had phoned that potassium through, the ED team might have started calcium gluconate, insulin and dextrose on a patient with a normal potassium. Spurious hyperkalemia is not harmless. But if we had simply assumed contamination, we might have missed a true critical value. The CLSI order-of-draw guidance exists for this reason, and I had memorized it without ever picturing the consequences.

**Now what?** Luis called the ED, explained the suspected contamination and asked for a redraw, which came back at 4.3 mmol/L. I have made myself a laminated card with the pattern-recognition clues: high K plus low Ca, high K plus high LD with hemolysis, and glucose drops in delayed samples. I also learned that a good lab scientist's judgment sits between the analyzer and the phone call, and that this is where we protect patients.
`,
  },
  {
    id: "us-free-003",
    setting: "vascular ultrasound",
    role: "sonographer",
    text: `
I have been a registered vascular sonographer for six years, and I rarely write reflections, but this one has stayed with me.

⟦NAME|Keisha Marlowe⟧ came in for a lower-extremity venous duplex on ⟦DATE|January 9⟧ after a long bus trip home from her sister's. She was 29, a home health aide, and chatty. The scan showed an occlusive thrombus from the common femoral vein down into the popliteal. I called the ordering provider per protocol and she was sent straight to the ED.

Two weeks later a colleague showed me an Instagram post from ⟦OTHER|@keishamarlowe.cna⟧. ⟦NAME|Keisha⟧ had posted a screenshot of her own scan report, with our department's header, and a link to a fundraiser, ⟦URL|https://www.gofundme.com/f/help-keisha-heal-and-get-back-to-work⟧, because she could not work while on anticoagulation and had no paid sick leave. In the comments, people were asking "which tech was it?" and tagging our hospital.

Nothing wrong had happened, but I felt exposed, and then I felt ashamed that my first reaction was about me rather than about her. She had every right to share her own story. The anxiety I felt came from the fact that our reports carry the sonographer's initials.

What I took from it: I now think about every report as something a patient may post publicly, which is a good test of clarity and tone. And I donated to the fundraiser, quietly, because a clot should not cost a 29-year-old her rent.
`,
  },
  {
    id: "us-free-004",
    setting: "physical therapy",
    role: "DPT student",
    text: `
Clinical rotation two, outpatient orthopedics in Denver. My clinical instructor, Marcus, lets me take the lead on new evaluations now, and this week I assessed a 19-year-old collegiate soccer player nine weeks after ACL reconstruction with a bone–patellar tendon–bone graft.

She was desperate to return to play. Her Lachman was firm with a good end point, her quad lag was gone, and she could single-leg squat without much valgus collapse. On paper she looked great. But her limb symmetry index on the single-leg hop test was 71%, and her isokinetic quad strength was 62% of the other side. The 2023 consensus most programs use asks for 90% or better before return to sport.

The hard part was not the numbers. It was her face when I told her she was at least three months away from cutting drills. She said her coach had told her the team needed her by conference season. I felt stuck between being encouraging and being honest.

Marcus helped me reframe it: "You're not the one saying no. The data is. Your job is to show her the road." We printed her strength curves, put them next to the target, and made a plan with milestones she could see moving. By the end of the session she was asking what she could do at home to close the gap.

I learned that patient education is not a speech about graft maturity. It is making the goal visible and giving the person something to do about it.
`,
  },
  {
    id: "us-what-005",
    setting: "prehospital",
    role: "paramedic student",
    text: `
**What?** On my ride-along shift on ⟦DATE|March 14, 2024⟧ we were called for a lift assist at ⟦ADDRESS|1187 Ridgeview Drive, Tulsa, OK 74105⟧. ⟦NAME|Mrs. Opal Henning⟧, ⟦AGE|97 years old⟧, had slid off her recliner around 2 a.m. and pressed the button on her medical alert pendant, serial ⟦DEVICE|MA7-40318825⟧, but the monitoring company could not reach her daughter at ⟦PHONE|(918) 555-0176⟧, so they called 911. She was uninjured, alert, and a little embarrassed. My preceptor, Jake, said this was her fourth lift assist this month.

**So what?** My instinct was to get her back into the chair, check vitals, get a refusal signed, and leave. Jake made us do a full assessment instead: orthostatic vitals, a blood glucose of 112, a quick look at her medication bottles. She was taking tamsulosin, furosemide 40 mg and a new prescription for oxybutynin — a combination that explained her nighttime urgency and her dizziness. Four "non-injury" calls in a month is not a non-event. It is a pattern.

**Now what?** With her consent, Jake made a referral to our community paramedicine program, which sends a medic out for home safety checks and medication reviews with the primary care office. I learned that lift assists are among the highest-yield calls we go on, precisely because nothing looks wrong. I now look at the pill bottles on every call with an older patient, and I write down what I see.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "dental school clinic",
    role: "dental student",
    text: `
**Description.** In my third year I gave my first inferior alveolar nerve block on a real patient rather than a classmate: a 42-year-old man who needed a composite restoration on tooth #30. I aspirated, deposited 1.7 mL of 2% lidocaine with 1:100,000 epinephrine, and waited. Ten minutes later he had lip numbness but felt everything when I started with the high-speed handpiece.

**Feelings.** I was mortified. He was gripping the armrests, and I could feel the supervising faculty member, Dr. Nguyen, watching.

**Evaluation.** I stopped immediately, which was right. I apologized, which was also right. What I did badly was keep saying "you should be numb by now," which put the failure on him.

**Analysis.** Dr. Nguyen walked me through it afterward. The IANB has a failure rate often quoted at 15–20%, higher with irreversible pulpitis. My injection was probably too low and too anterior; I had not palpated the coronoid notch properly because I was nervous. She suggested a Gow-Gates technique or buccal infiltration with 4% articaine as a supplement, which we did, and he was comfortable within a few minutes.

**Conclusion.** Anesthesia failure is common and not a moral failing, but language matters. Telling someone they should not be feeling pain is never helpful.

**Action plan.** I am practicing landmarks on the skull models in the sim lab, and I have written a script for myself: "Some people need a little more. Let me give you that before we go on."
`,
  },
  {
    id: "us-free-007",
    setting: "telehealth speech therapy",
    role: "speech-language pathologist",
    text: `
Since the pandemic most of my aphasia caseload is seen by video. ⟦NAME|Walt⟧ is a retired machinist who had a left MCA stroke last year, and his wife, ⟦NAME|Darlene⟧, sets up the laptop for him every Tuesday.

Our platform shows an audit log to clinicians, and last month I noticed that ⟦NAME|Walt⟧'s session had been joined from two addresses at once: his usual home connection, ⟦IP|203.0.113.57⟧, and a second one, ⟦IP|198.51.100.24⟧, that I did not recognize. Nobody else appeared on screen. When I asked, ⟦NAME|Darlene⟧ explained that their grandson had logged in from college to "watch Grandpa work" and had kept his camera off so as not to distract him. She had forwarded him the session link from her email, ⟦EMAIL|darlene.w.kowalczyk@example.com⟧.

I felt uneasy in a way I could not immediately justify. ⟦NAME|Walt⟧ had consented to family being present; he beamed when I told him his grandson had been watching. But I had not known a third person was there. I had been doing picture naming and some quite personal conversation practice about his frustration and low mood.

I talked this through with my clinical supervisor, Dr. Ruth Alvarez. We agreed that the family were well intentioned and that the real gap was ours: our consent form covered "family members present in the room" but said nothing about remote observers. We have since updated it, and I now start every session by asking who is watching, in person or online.

Telehealth widened the room. I had not widened my idea of consent to match.
`,
  },
  {
    id: "us-free-008",
    setting: "community pharmacy",
    role: "medical student",
    text: `
Our school sends first-years to shadow in a community pharmacy for a week, and I chose a big chain store in a strip mall outside Columbus. I expected to watch pills being counted. Instead I watched Dr. Tamika Reese, the pharmacist in charge, do about thirty clinical interventions in a single shift.

She caught a prescription for clarithromycin in a man already taking simvastatin 40 mg and called the prescriber. She talked a young woman through emergency contraception options in a private corner and explained that levonorgestrel works less well above a certain weight. She handed out two naloxone kits under the state standing order without making anyone feel judged. She gave flu shots between phone calls with insurers about prior authorizations.

What struck me most was how often she was the first clinician anyone had spoken to in months. One man with uncontrolled blood pressure told her he could not afford his lisinopril copay, and she found him a discount card that brought it to four dollars. That is a clinical outcome, even if no physician will ever see it.

I also saw the strain. She had one technician for over 300 prescriptions that day, and she told me that many pharmacists in chains like Walgreens and CVS had walked out in 2023 over exactly this workload.

I will remember to call the pharmacist as a colleague when I am a resident, and not only when something has gone wrong. They see our patients more often than we do.
`,
  },
  {
    id: "us-what-009",
    setting: "clinical nutrition",
    role: "dietetic intern",
    text: `
**What?** On my ICU rotation I was asked to start enteral nutrition for a man in his fifties admitted with alcohol-related pancreatitis who had eaten almost nothing for about ten days. The team wanted full feeds at goal within 24 hours. My preceptor, Kristen, asked me to check his phosphate, potassium and magnesium first. His phosphate was 2.1 mg/dL, potassium 3.2 mmol/L, magnesium 1.5 mg/dL, and his BMI was 17.

**So what?** He met the ASPEN 2020 consensus criteria for high risk of refeeding syndrome. Starting at goal rate could have pushed his phosphate into the dangerous range within days, with the risk of respiratory muscle weakness, arrhythmias and heart failure. I had learned this in lectures, but I had not appreciated how easily the urgency of "the patient needs calories" overrides it. I was also nervous about contradicting an attending in rounds.

**Now what?** Kristen and I recommended starting at about 10 kcal/kg/day, repleting electrolytes, giving thiamine 100 mg before the first feed, and advancing slowly over four to seven days while checking labs twice daily. The attending agreed. His phosphate dipped to 1.6 mg/dL on day two despite all this, which convinced me that the risk was real. I have since made a one-page refeeding checklist for the ICU team and learned that presenting the numbers, calmly, is the most persuasive thing a dietitian can do on rounds.
`,
  },
  {
    id: "us-comment-010",
    setting: "hospice",
    role: "occupational therapist",
    text: `
Thank you for writing about ⟦NAME|Mr. Delacroix⟧. His family set up a public journal at ⟦URL|https://www.caringbridge.org/site/hank-delacroix-journey⟧ and they have been posting about the bedside commode you arranged, with photos of his room at the hospice. Maybe don't link to it from the class forum, though? Anyone reading your post could click through to his full name and his church.
`,
  },
  {
    id: "us-comment-011",
    setting: "clinical laboratory",
    role: "laboratory scientist",
    text: `
Great catch on the EDTA contamination. We teach the order of draw in the first week, but students rarely see it go wrong until something like this happens. In our lab we also look for a very low alkaline phosphatase alongside the low calcium, because EDTA chelates the zinc and magnesium the enzyme needs. Keep writing these up; they make excellent teaching cases.
`,
  },
];
