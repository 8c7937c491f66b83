import type { SourceItem } from "../../corpus/types.ts";

/** United States: 11 items. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Every EM resident warns you about the Fourth of July. I thought they were exaggerating.

At 22:50 on ⟦DATE|July 4th⟧ we got a level 1 activation: adult male, firework injury to the right hand, "mangled". He came into ⟦FACILITY_ROOM|Trauma Bay 2⟧ with a tourniquet a bystander had made out of a phone charger cable, which honestly worked. Registration had him as "Trauma Kilo" for the first twenty minutes until his girlfriend arrived and gave us his real name, ⟦NAME|Darnell Hughes⟧, and a wallet with his Social, ⟦ID|078-05-1120⟧, on a card he apparently kept folded behind his license. MRN ⟦ID|40918276⟧ was merged into the alias chart by the end of the night.

Clinically the hand was the easy part: Hand surgery came down, he got cefazolin 2 g and a tetanus booster, and the X-ray showed what we expected. What I want to reflect on is his mom. She called the department six times from ⟦PHONE|(404) 555-0183⟧ and each time got a different person. By the fifth call she was shouting, and I understood why.

I learned three things:

1. Name a single family liaison for every trauma activation, even a hand.
2. Do not assume the alias chart will be merged correctly. Check the allergies twice after a merge.
3. Tourniquets improvised by the public can be perfectly adequate. The Stop the Bleed campaign is working.

My attending, Dr. Reyes, said the best thing I did all night was call the mom back myself at 01:30 and tell her he was going to keep most of his fingers.
`,
  },
  {
    id: "us-what-002",
    setting: "anesthesia",
    role: "student registered nurse anesthetist",
    text: `
**What?** We ran a malignant hyperthermia drill in the sim center this week, and I was the primary anesthesia provider. The scenario: a 24-year-old healthy man under sevoflurane for an ACL repair, end-tidal CO2 climbing from 38 to 71 over ten minutes, masseter rigidity after succinylcholine, temperature 39.4 °C and rising.

I called it at an EtCO2 of 58, which my preceptor Dr. Kowalski said was "good, but you were staring at it for two minutes before you said it". Then I froze on the dantrolene math. Initial dose is 2.5 mg/kg; he was 90 kg, so 225 mg. The older formulation comes in 20 mg vials that each need 60 mL of sterile water, which is eleven or twelve vials and a lot of hands. Ryanodex is 250 mg in 5 mL and changes everything.

**So what?** The MHAUS protocol is clear but it has many steps, and under pressure I skipped straight to dantrolene without turning off the volatile and increasing fresh gas flow. That is the first step for a reason. I also forgot to assign anyone to cool the patient.

**Now what?**
- Print the MHAUS card and tape it inside my locker so I see it every day.
- Learn exactly where the MH cart lives in every OR I rotate through.
- Practise saying out loud: "I think this is MH. I need help. Turn off the vapor."

It is a rare emergency. That is exactly why we drill it.
`,
  },
  {
    id: "us-free-003",
    setting: "prehospital",
    role: "flight paramedic",
    text: `
Forty minutes of windshield time on a gravel road, then another twenty on foot, for a man who had rolled his side-by-side into a coulee. By the time our crew reached him he had been there since morning.

⟦NAME|Walt⟧ is ⟦AGE|91⟧ and everybody in the county knows him, because he is ⟦OTHER|the last saddle maker in Big Timber⟧ and half the rodeo kids ride on his work. He told me that himself while I was splinting his femur, and then told me about the fire of 1953 that took his father's shop. He was pale, BP 92/58, HR 118, and perfectly lucid.

We gave him 50 mcg fentanyl intranasal, a traction splint, and a lot of warm blankets. The helicopter could not land in the coulee, so it was a litter carry up to the ridge with four volunteer firefighters and me at the head.

My reflection is about age and frailty. I walked in expecting a fragile old man and found someone stronger than me in most ways that matter. His physiology was still that of a ⟦AGE|91-year-old⟧, though: the tachycardia was blood loss into the thigh, and he was on apixaban. I almost missed the anticoagulant because he called it "my heart pill".

Lessons:
- Always ask for the actual bottles.
- Geriatric trauma triage criteria exist because "looks fine" lies.
- Ranchers will undersell their pain. Believe the vitals.
`,
  },
  {
    id: "us-comment-004",
    setting: "emergency department",
    role: "emergency medicine attending",
    text: `
Great reflection. I would push you one step further on the family call: the reason it felt chaotic was that nobody owned it, and that is a systems problem, not a you problem. Bring it to the ED operations meeting next month. Also read the 2019 ACS TQIP guidance on trauma family communication; it is short and practical.
`,
  },
  {
    id: "us-gibbs-005",
    setting: "labor and delivery",
    role: "labor and delivery nurse",
    text: `
**Description.** Postpartum hemorrhage after a spontaneous vaginal birth, G3P3, uncomplicated labor. Baby had Apgars of 8 and 9. About fifteen minutes after the placenta delivered, I noticed the pad was saturated and the fundus was boggy and deviated to the right. Quantitative blood loss was 1,100 mL by the time the OB arrived.

**Feelings.** I was calm until I realized I had not emptied her bladder. Then I felt like an idiot.

**Evaluation.** We did a lot right: fundal massage, oxytocin 40 units in a liter running wide, a straight cath that drained 600 mL, and TXA 1 g IV within the first hour. Methylergonovine was skipped because she had gestational hypertension, which was the right call. Carboprost 250 mcg IM was given once.

**Analysis.** The AWHONN risk assessment on admission had her as medium risk, and we had a type and screen but not a crossmatch. The California Maternal Quality Care Collaborative toolkit says the stage 2 response should bring in blood bank early. We called blood bank at 1,000 mL, which was fine, but we could have called at 800.

**Conclusion.** The boggy uterus is often a full bladder wearing a costume. I will check the bladder first, every time.

**Action plan.** I am signing up for our unit's quarterly obstetric hemorrhage drills, and I asked Kendra, our educator, to add a bladder prompt to the PPH cart checklist. I also want to read the WOMAN trial paper from 2017 properly rather than just quoting it.
`,
  },
  {
    id: "us-free-006",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
A strange week at the counter, and a lesson in how prescriptions get forged now.

A telehealth prescription for oxycodone 10 mg, #90, arrived electronically for a patient I knew well: ⟦NAME|Tina Marchetti⟧, pharmacy account ⟦ID|RX-5520841⟧, who has been on the same low-dose tramadol for her back for years. She had never had oxycodone. The prescriber was real, but in another state.

Something felt off, so I called the prescriber's office. They had no record of the visit. Then the patient herself emailed the pharmacy from ⟦EMAIL|tina.marchetti71@yahoo.com⟧ asking why her "new pain meds" were not ready yet, which confused everyone even more. When our corporate fraud team looked, the telehealth portal log showed the request had come from ⟦IP|198.51.100.47⟧, nowhere near her home, and her patient portal password had been changed the day before.

So her account had been taken over. Someone was trying to get the oxycodone filled in her name and collect it with a fake ID.

What I took away:
- The PDMP check was clean, which is exactly why it would have gone through. The PDMP cannot tell you about fraud that has not happened yet.
- Trust the "this is not like her" feeling. I know my regulars.
- Call the patient on the number in our own system, not the one on the new script.

⟦NAME|Tina⟧ was shaken but fine. The DEA was notified through our loss-prevention team. I am going to suggest two-factor authentication for our patient app at the next district meeting.
`,
  },
  {
    id: "us-what-007",
    setting: "general surgery",
    role: "surgical resident",
    text: `
## M&M: pacemaker interference during an open hernia repair

**What happened.** ⟦NAME|Mr. Leonard Abernathy⟧, a 78-year-old with complete heart block and a dual-chamber pacemaker (serial ⟦DEVICE|PJN662781S⟧), came to ⟦FACILITY_ROOM|OR 11⟧ on ⟦DATE|March 3⟧ for an incarcerated inguinal hernia. The device clinic was closed (Sunday). We placed a magnet over the generator, used bipolar where we could and kept the monopolar return pad on the thigh away from the chest. During the dissection I used monopolar cautery in long bursts and the monitor showed a paced rhythm dropping out, HR 38, BP 74/40. Anesthesia asked me to stop. It recovered.

**So what.** Under magnet mode most pacemakers go to asynchronous pacing, but not all models respond the same way, and we never confirmed what his did. The HRS/ASA 2011 consensus statement recommends a device check before and after surgery when monopolar use above the umbilicus is likely. This was below the umbilicus, which is why we felt comfortable. We were still wrong about my cautery technique.

**Now what.**
1. Short bursts (under 5 seconds) with monopolar in any patient with a device.
2. Confirm magnet response from the manufacturer's rep line when the device clinic is closed.
3. Post-op interrogation before leaving PACU. His was done the next morning: no reprogramming, leads fine.

Dr. Salazar, our chief, made the point that the patient was never in danger only because anesthesia was watching. That is a team save, not a surgical one.
`,
  },
  {
    id: "us-free-008",
    setting: "emergency department",
    role: "ED nurse",
    text: `
Night shift reflection, the one I promised myself I would write.

Sepsis bundles are one of those things that look easy on paper. A 46-year-old came in with fever, rigors, and a UTI that had been "treated" at an urgent care two days earlier. Triage vitals: HR 124, BP 88/50, RR 26, lactate 4.2 on the first VBG. That is septic shock until proven otherwise, and we knew it.

But the clock runs fast. Blood cultures took twenty minutes because her veins were awful; I had to get ultrasound-guided access from Marcus, who was with another patient. The 30 mL/kg fluids went in. Ceftriaxone was hung late — 74 minutes after triage, not inside the hour.

What I keep thinking about:
- The Surviving Sepsis Campaign 2021 guidance softened the one-hour target for possible sepsis without shock, but not for shock. She was in shock.
- I could have given the antibiotic before the cultures once it was clear access would take time. Cultures first is a goal, not a hard stop.
- I should have asked the charge nurse for help at minute ten, not minute thirty.

She did well and went to the MICU on norepinephrine at 0.08 mcg/kg/min. Our educator Beth says I am too hard on myself. Maybe. But 74 minutes is a number I want to get down to 45.

Next steps: ultrasound IV course in January, and I am going to ask if we can stock ceftriaxone in the triage Pyxis.
`,
  },
  {
    id: "us-comment-009",
    setting: "general surgery",
    role: "chief surgical resident",
    text: `
Good write-up, and it is the kind of case people should hear about. But please pull the serial number and ⟦NAME|Mr. Abernathy⟧'s name before this goes on the program blog. Device serials are traceable to a single patient through the manufacturer registry. Date plus OR number is also more than we need. "A man in his late seventies" is plenty.
`,
  },
  {
    id: "us-what-010",
    setting: "oral and maxillofacial surgery",
    role: "dental resident",
    text: `
**What?** Paged to the ED at 3am for a "dental abscess". The patient was a 38-year-old man with swelling under both sides of his jaw, a raised floor of mouth, drooling, and a voice that sounded like he had a hot potato in his mouth. He was sitting forward and refused to lie down. Temperature 38.9 °C, WBC 19.

It was Ludwig's angina, and I was the first person to say the words out loud.

**So what?** The ED team had ordered a CT and wanted to send him down lying flat. I told them I was worried about his airway, but I was the most junior person in the room and I said it too quietly. The ED attending, Dr. Nakamura, heard it the second time and stopped the transfer. Anesthesia came down and did an awake fiberoptic intubation in the OR before we touched anything else. We then drained the submandibular, sublingual and submental spaces and took out the lower left second molar that started it all. He was on ampicillin-sulbactam and extubated on day 3.

**Now what?**
- Ludwig's is an airway emergency first and an infection second.
- Say the important thing clearly, twice if necessary. Rank does not change anatomy.
- Read the 2021 review on deep neck space infections that my program director recommended.

I am proud of this one. I am also shaken by how close it was to going wrong in the CT scanner.
`,
  },
  {
    id: "us-free-011",
    setting: "radiology",
    role: "CT technologist",
    text: `
Contrast extravasation, CT, and a lesson about the link I almost sent.

Last Tuesday I injected 100 mL of iohexol through a 20G in the antecubital fossa for a CT abdomen/pelvis. At around 70 mL the pressure alarm went off and the patient, ⟦NAME|Ms. Keisha Langford⟧, said her arm felt tight. By the time I got in the room, the forearm was swollen and cool. We stopped, elevated the arm, applied a cold compress, and called the radiologist, Dr. Iyer. Roughly 30 mL had gone into the tissue.

The clinical side was textbook and she was fine at the 4-hour check. What I want to reflect on is what happened after. The radiologist asked me to message the ordering physician "the images", so I copied the link from our PACS viewer into a text message: ⟦URL|https://pacs.northbridge-health.org/viewer?acc=E88213307&mrn=62049185⟧. I stopped before sending, because I realized the link had her accession number and MRN in it and I was about to send it to a personal phone number.

We use secure chat for exactly this reason. The link should have gone through the EHR message center.

Takeaways:
- ACR Manual on Contrast Media: extravasation of under 100 mL rarely needs surgery, but document compartment checks.
- Never paste viewer links into personal texting apps; they carry identifiers in the URL.
- Tell the patient what happened and write it down.
`,
  },
  {
    id: "us-free-012",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
**Title:** The dizzy patient I almost sent home

**Summary:** A 63-year-old woman with acute continuous vertigo, nausea and a normal CT head, labeled "peripheral vertigo" at triage. The HINTS exam (head impulse, nystagmus, test of skew) was central: a normal head impulse, direction-changing nystagmus and a skew deviation. MRI with diffusion showed a small left cerebellar infarct.

![Diagram of the three steps of the HINTS exam, with arrows showing the direction of the head impulse](hints-diagram.png)

**Key points for the residents' blog:**
- A normal head CT does not exclude posterior circulation stroke; its sensitivity in the first 24 hours is poor.
- A *normal* head impulse test in a patient with acute continuous vertigo is the worrying finding. It is counterintuitive, which is why we get it wrong.
- Learn it properly: the [original Kattah paper in Stroke (2009)](https://www.ahajournals.org/journal/str) and the [ACEP clinical policy on dizziness](https://www.acep.org/patient-care/clinical-policies/) are both worth an hour.

Thanks to Dr. Okafor for making me do the exam again when I said "probably BPPV".
`,
  },
];
