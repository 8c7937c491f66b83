import type { SourceItem } from "../../corpus/types.ts";

export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Something small from last week's overnight that I want to keep.

⟦NAME|Mr. Delroy Haynes⟧ came in by ambulance at 02:40 with chest pain, brought by his daughter ⟦NAME|Keisha⟧. He was 67, uninsured, and terrified of the bill more than the pain. While I was examining him, he pushed a crumpled disability form across the stretcher and asked me to “just fill in the doctor part”. It had his Social Security number, ⟦ID|078-05-1120⟧, in full, and our registration clerk had already photocopied it into the chart under MRN ⟦ID|CH4471902⟧.

His troponin was 8 then 9 ng/L, the ECG was normal, and his HEART score was 3. By any guideline he could go home. But he lives alone, and ⟦NAME|Keisha⟧ gave me her cell, ⟦PHONE|(773) 555-0164⟧, and said she works doubles and can't always pick up.

Our attending, Dr. Marisol Vega, made me slow down. She said a low-risk chest pain with no follow-up is not low risk in practice. We got the social worker down at 06:00, who enrolled him in the hospital's charity care program and got him a cardiology clinic slot for ⟦DATE|December 4⟧.

I learned two things. One, the form: I should not be the person who decides how much of a patient's paperwork goes into our record; I flagged the photocopied SSN to our privacy officer. Two, the financial fear is a clinical finding. He was about to refuse the stress test because of cost. Asking “is anything going to stop you getting this done?” takes ten seconds.
`,
  },
  {
    id: "us-what-002",
    setting: "surgery",
    role: "nursing student",
    text: `
What? On my med-surg rotation in Columbus I admitted a woman with right upper quadrant pain. When my preceptor, Jess, asked me to assess her, I palpated under the right costal margin, asked her to breathe in, and she stopped mid-breath and gasped. Murphy's sign, positive, the first one I have ever felt. Her WBC was 14.2, her temperature 38.4, and the ultrasound confirmed acute cholecystitis.

So what? I was so excited I almost forgot she was in pain. Jess gently reminded me to offer analgesia before I went off to tell everyone. We gave IV acetaminophen 1 g and then morphine 4 mg, with ondansetron 4 mg for her nausea, and I reassessed her pain score at 30 minutes: 8 down to 4. I also realized I had not asked about her pregnancy status before imaging, which the surgical team thankfully had.

Now what? Finding a sign is only half of the assessment; the person attached to it still needs care. I am going to use a written checklist for abdominal pain admissions for the rest of this rotation, including analgesia, pregnancy test, NPO status and the Tokyo Guidelines 2018 severity criteria. I have my next skills check-off on November 20 and I want to ask Dr. Lindqvist, the surgical resident, to show me how she grades severity at the bedside.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "hospice",
    role: "hospice nurse",
    text: `
**Description.** I've been a hospice nurse in western Montana for six years. This fall I cared for ⟦NAME|Mrs. Edna Brekke⟧, who turned ⟦AGE|102⟧ on our service and lived alone ⟦LOCATION|on the ranch off Highway 200 past the Grange hall in Dixon⟧. She was born on ⟦DATE|June 3, 1923⟧, she said, “in the same bedroom I plan to die in.” Her diagnosis was heart failure with an EF of 20%, and she had refused every hospital admission for three years.

**Feelings.** I admired her enormously and I was scared for her. The nearest neighbor was two miles away, and winter was coming.

**Evaluation.** Our team did a lot right: we set up a medication lockbox, taught her nephew ⟦NAME|Arne⟧ to give sublingual morphine, and arranged a satellite phone. What went less well was my own need to control the risk. I kept bringing up a facility, and ⟦NAME|Edna⟧ eventually told me, kindly, to stop.

**Analysis.** Autonomy in hospice is not a line in a care plan; it means letting someone make choices I would not make. The NHPCO standards talk about patient-directed goals, but they don't prepare you for how it feels to drive away at dusk.

**Conclusion.** She died at home in early November, with ⟦NAME|Arne⟧ there, exactly as she wanted.

**Action plan.** Talk to my supervisor, Linda, about the moral distress I felt; bring this case to our interdisciplinary team meeting; read Atul Gawande's “Being Mortal” again, which I last read in nursing school.
`,
  },
  {
    id: "us-free-004",
    setting: "night shift",
    role: "internal medicine intern",
    text: `
ok quick reflection bc my PD wants one per month and this month was rough

sepsis call at 1:15am. 74 yo, lactate 4.2, MAP 58. i did the 30 mL/kg bolus, blood cultures x2, started pip-tazo, all inside the hour like the Surviving Sepsis 2021 bundle says. felt good about that. then i didn't recheck the lactate until 5am, which was way too late. the senior, Dr. Okonkwo, pointed it out at sign-out without making me feel stupid, which i appreciated.

also: i ordered vanc without checking the renal function first. creat was 2.1. pharmacy caught it and dosed it properly. pharmacy is amazing and i will never complain about their pages again (i will, but less).

things i'm changing:
1. set a 2h timer on my phone for repeat lactate on every septic patient
2. check creat/eGFR before any renally cleared abx
3. ask for help earlier. i waited 40 min to call the senior because i didn't want to seem incapable.

the ICU fellow told me at 4am that the interns who call early are the ones they trust. going to try to believe that.

step 3 is in march so i should probably also, like, study.
`,
  },
  {
    id: "us-free-005",
    setting: "diabetes care",
    role: "pharmacy student",
    text: `
This APPE rotation in an outpatient diabetes clinic in Tucson taught me that privacy problems can hide inside technology.

⟦NAME|Kaylee⟧ is sixteen and uses an insulin pump, serial ⟦DEVICE|NG2-581744H⟧, paired with a CGM that uploads to a cloud portal. Her mom, ⟦NAME|Tonya Burris⟧, emailed the clinic from ⟦EMAIL|tonya.burris.az@yahoo.com⟧ to ask why the portal showed a login from a strange place. When our diabetes educator, Maria, pulled up the access log together with me, there were logins from ⟦IP|203.0.113.87⟧ that nobody in the family recognised. It turned out to be ⟦NAME|Kaylee⟧'s ex-boyfriend, who had her password and had been watching her glucose values and her location for weeks.

Clinically, the visit was about a basal rate change: her overnight lows were around 55 mg/dL and we cut the 02:00–06:00 basal from 0.8 to 0.65 units/hr. But that was the easy part.

I had never thought of a CGM account as something that could be used to stalk someone. My preceptor, Dr. Alvarez, helped ⟦NAME|Tonya⟧ reset the password, turn on two-factor authentication, and report the concern to the school counselor. We also talked about consent now that ⟦NAME|Kaylee⟧ is old enough to want her own account.

What I'm taking away: device counseling should include account security, not just sensor placement and alarms. I'm drafting a one-page handout on this for the clinic, and I'll present it at our student case conference.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "OSCE",
    role: "physician assistant student",
    text: `
Description: My summative OSCE on October 28 had six stations. At the abdominal pain station, the standardized patient played a 45-year-old man with epigastric pain radiating to the back after a weekend of heavy drinking.

Feelings: I walked in calm and walked out shaking, because I realized in the hallway that I never asked about his alcohol intake in numbers.

Evaluation: My exam was fine: I checked for Cullen's and Grey Turner's signs, which I know are rare, and I said “pancreatitis” in my differential. But I did not quantify the drinking, did not ask about gallstones, and I forgot to mention lipase in my plan. My faculty examiner, Professor Hendricks, wrote “good rapport, incomplete history.”

Analysis: Under pressure, I fall back on the physical exam because that is where I feel confident. The history is where the points are and, honestly, where the diagnosis usually is. The Revised Atlanta classification (2012) is something I had memorized for the written exam, not integrated into the way I talk to patients.

Conclusion: My OSCE preparation was unbalanced toward exam maneuvers.

Action plan: Practice three full histories a week with my study group (Dana, Marcus and me) using a timer, including AUDIT-C questions, until the retake window closes on December 12. I will also ask Professor Hendricks if I can review my recording.
`,
  },
  {
    id: "us-what-007",
    setting: "pre-hospital care",
    role: "EMT",
    text: `
What? I volunteer as an EMT in northern New Mexico. Last month we got a call for an elderly man found down by his truck. It was ⟦NAME|Mr. Gilbert Archuleta⟧, whom everyone in ⟦LOCATION|Truchas⟧ knows as ⟦NAME|Tío Gil⟧. His truck, the faded blue Ford with plates ⟦OTHER|BTW-417⟧, was half in the acequia. His glucose was 38. He came round with oral glucose gel and a sandwich, and then refused transport to Española.

So what? I wanted to argue. He lives alone and he's diabetic on glipizide, which can cause long, recurrent lows. My partner, Ray, who grew up there, did something I could not have done: he called ⟦NAME|Gil⟧'s granddaughter ⟦NAME|Marisa⟧ at ⟦PHONE|(505) 555-0193⟧ and asked her to come over and sit with him for the next six hours, then documented the refusal with her as a witness. That was better than anything in my protocol binder.

Now what? Sulfonylurea hypoglycemia is a reason for observation, and I need to be able to explain that in plain Spanish as well as English. I'm going to ask our medical director, Dr. Chavez, to run a session on refusals and capacity, and I'm practicing my Spanish medical phrases with Ray on slow shifts.
`,
  },
  {
    id: "us-free-008",
    setting: "faculty feedback",
    role: "attending physician",
    text: `
Feedback to a PGY-2 after our neurology consult week, shared with her permission as an example for the residency blog.

Dr. Nakamura, you did an excellent job on the Guillain-Barré consult on Tuesday. Your history picked up the diarrheal illness three weeks before onset, which points toward Campylobacter, and your exam was meticulous: you documented areflexia in all four limbs and tested neck flexion strength, which many residents skip. You calculated the EGRIS score and called for bedside spirometry early. The FVC of 22 mL/kg was the number that got the patient to the ICU in time.

Two things to work on. First, your presentation on rounds took eleven minutes. Lead with the assessment and the risk (“I'm worried about respiratory failure”) and give the detail after. Second, you told the family that IVIG “usually works” before we had discussed the plan as a team. That was well meant, but it set an expectation we could not guarantee.

For reading: the 2023 European Academy of Neurology/Peripheral Nerve Society guideline on GBS, and the Miller Fisher variant section of our departmental handbook.

I'd be glad to write you a letter for the neurocritical care elective. Let's meet on Friday at 3 pm.

— Dr. Samuel Oyelaran, attending, Neurology
`,
  },
  {
    id: "us-free-009",
    setting: "paediatric intensive care",
    role: "PICU nurse",
    text: `
I have been a PICU nurse for four years and this was the first time a family's fundraiser made me rethink my charting.

[⟦NAME|Baby Mateo⟧'s road to recovery](⟦URL|https://www.gofundme.com/f/baby-mateo-heart-warrior-kc⟧) was shared by half the unit. His parents, ⟦NAME|Daniela⟧ and ⟦NAME|Luis Ortega⟧, posted daily photos from ⟦FACILITY_ROOM|PICU bed 14 at Children's Mercy⟧. In one photo you could read the whiteboard: his weight, his Norwood date and my name.

I was not upset that my name was there; I was upset that other babies' names were visible on the census board in the background. Our charge nurse, Tamika, and I talked to the family together. They had no idea and were horrified. They took the photo down within the hour.

Clinically, ⟦NAME|Mateo⟧ had hypoplastic left heart syndrome, with his stage 1 on ⟦DATE|September 30⟧. His saturations ran 75–85% as expected, and I spent a lot of my shifts explaining to visitors why we were not “fixing” them. That turned out to be one of the most helpful things I did.

What I will do differently: keep census boards out of family sight lines, which our unit council is now looking at, and add “photos and social media” to my admission conversation with every family, framed as protecting other children, not as a rule against them.
`,
  },
  {
    id: "us-what-010",
    setting: "respiratory therapy",
    role: "respiratory therapy student",
    text: `
What? On my clinical rotation at a community hospital in Ohio, I was asked to teach inhaler technique to a man with COPD who had been admitted three times this year. He had a metered-dose inhaler of albuterol and a tiotropium soft-mist inhaler. When I asked him to show me how he used them, he sprayed the albuterol into the air in front of his face and inhaled about two seconds later.

So what? Nobody had watched him do it before. His discharge paperwork from the last admission said “inhaler education completed”. The GOLD 2024 report is very clear that technique should be checked at every visit, and the studies say up to two-thirds of patients make critical errors. I felt a mix of frustration at the system and embarrassment that I, too, had assumed he knew.

Now what? I used teach-back and a spacer and he got it on the third try. My clinical instructor, Mr. Delgado, suggested I make this a small quality project: I am auditing 20 discharges this month to see how often technique is observed and documented. I present the findings at our program's research day on April 9. I also want to learn more about peak inspiratory flow and choosing the right device for the patient rather than the other way round.
`,
  },
  {
    id: "us-gibbs-011",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
Description. On my rural psychiatry rotation in eastern Kentucky I was called to see ⟦NAME|Ruby Combs⟧ on the medical floor at ⟦FACILITY_ROOM|Hazard ARH⟧ for “confusion and agitation”. She was ⟦AGE|ninety-three⟧, admitted on ⟦DATE|Thursday the 13th⟧ with a UTI. Her great-granddaughter, who was sitting with her, called her ⟦NAME|Mamaw Ruby⟧ and told me she had been “sharp as a tack” two weeks ago.

Feelings. I felt pressure from the floor team, who wanted haloperidol “so she'll sleep”, and a kind of protectiveness toward her.

Evaluation. I did a 4AT (score 6) and a CAM, both consistent with delirium. I reviewed her medications and found diphenhydramine 50 mg given twice for sleep. Stopping it, getting her hearing aids back in and her glasses from home made a bigger difference than any drug.

Analysis. Delirium in the very old is common and under-recognized, and antipsychotics have a narrow role (NICE CG103 and the 2019 AGS Beers Criteria). The team's request was understandable; nights were hard for the nurses.

Conclusion. The best psychiatric consult was not a psychiatric drug.

Action plan. Present the case at the hospitalist noon conference, with my attending, Dr. Sizemore, and push for a non-pharmacological delirium order set. For me: keep the Beers list bookmarked.
`,
  },
  {
    id: "us-comment-012",
    setting: "peer feedback",
    role: "nursing student",
    text: `
This made me think about my own clinical last week. I also froze when a patient asked me something I didn't know, and my instructor said “I'll find out” is a complete sentence. Love that you used the Gibbs cycle to break it down. Your action plan is really specific, too. Good luck on your NCLEX prep!
`,
  },
  {
    id: "us-comment-013",
    setting: "peer feedback",
    role: "medical student",
    text: `
Great reflection. Just flagging that you wrote “⟦NAME|Jaylen⟧ in ⟦FACILITY_ROOM|room 4112⟧” and mentioned his mom by name, ⟦NAME|Shondra⟧, in the second paragraph. That plus the date would identify him to anyone on our floor. Maybe use “a teenager on the peds floor” instead? The point about asthma action plans still lands.
`,
  },
  {
    id: "us-free-014",
    setting: "telehealth",
    role: "family medicine resident",
    text: `
A telehealth visit that taught me how much identifying information a "routine" encounter collects.

I'm a PGY-3 in family medicine in Albuquerque, and our clinic does video visits for patients on the Navajo Nation side of the state line and in rural counties. Last month I saw ⟦NAME|R.T.⟧ — ⟦NAME|Mr. Roland Tsinajinnie⟧ — for follow-up of his heart failure. He has an LVAD, controller serial ⟦DEVICE|HM3-C-771204⟧, placed in Phoenix two years ago, and he joins the video calls from his sister's house because it has the only reliable internet for miles. Our platform logged the connection from ⟦IP|192.0.2.118⟧, which is now sitting in the visit metadata alongside everything else.

Clinically, he was doing well. Weight stable at 82 kg, no orthopnea, the flows and the pump speed his sister read off the controller screen were within his targets, and his INR from the point-of-care device was 2.4. We talked about sodium, which is hard when the nearest grocery store is a gas station, and I adjusted his furosemide.

The part I want to reflect on came afterward. To mail him a new BP cuff, our front desk asked for his address, and his sister gave it as ⟦ADDRESS|HC 61 Box 2207, Sanders, AZ 86512⟧. Then she asked me to email the visit summary to her at ⟦EMAIL|lorraine.tsinajinnie.az@gmail.com⟧ because ⟦NAME|Roland⟧ doesn't use email. I almost did it, from my phone, between patients.

My attending, Dr. Begay, stopped me — kindly, and with a story about a summary that went to the wrong Lorraine. We documented ⟦NAME|Roland⟧'s verbal consent for his sister to receive information, used the patient portal's proxy access instead of email, and sent the cuff to the chapter house he chose, not the home address.

What I learned: telehealth makes the clinic smaller and the data trail longer. Every connection, device and shipping label is another copy of the patient. I'm going to ask our clinic to include a short privacy script at the start of video visits, covering who is in the room, where the summary goes, and whether the patient wants anything mailed, and I'll bring the proxy-access workflow to our next QI meeting. It's not glamorous, but neither is a breach.
`,
  },
];
