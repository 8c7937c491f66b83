import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "surgery",
    role: "house officer (surgery)",
    text: `Reflective writing for house job logbook – Surgical Unit, Lahore

Description: During my evening duty I was asked to prepare a patient for an emergency open cholecystectomy. ⟦NAME|Chaudhry Nazir⟧, a 71-year-old retired patwari, was in ⟦FACILITY_ROOM|Bed 9, Surgical Unit II at Mayo Hospital⟧ with empyema of the gallbladder. For the Sehat Sahulat card paperwork I copied his CNIC, ⟦ID|35202-4471832-5⟧, into the consent register, and his son asked me to write it on the OT list as well "so there is no mix-up".

Feelings: I felt rushed and a little proud that the family trusted me. I did not feel worried about the number at the time.

Evaluation: Pre-operative work-up was complete: CBC, LFTs, serum amylase, ultrasound, two units cross-matched, and an ECG which showed old inferior Q waves, so I called the cardiology SR as Dr. Faisal instructed. What went badly was that the OT list, with his full CNIC, was pinned on the notice board outside the theatre for anyone to read.

Analysis: Our patient-identification policy needs two identifiers, but the name and MR number are enough; the national ID card number is not needed on a public list. The PMDC code of ethics and the Prevention of Electronic Crimes Act both treat personal data seriously, and in Pakistan a CNIC can be misused for SIMs and bank accounts. I acted on the son's request without thinking.

Conclusion: The family's trust is not the same as their consent to share data publicly.

Action plan: Remove CNICs from OT lists and use MR numbers; discuss with our head nurse, Sister Parveen, and with Prof. Tariq, who chairs the unit meetings; learn the Tokyo Guidelines 2018 severity grading for cholecystitis properly, which I could not recall in the morning round.`,
  },
  {
    id: "pk-what-002",
    setting: "anaesthesia",
    role: "FCPS anaesthesia trainee (second year)",
    text: `What?
Load-shedding hit during an elective thyroidectomy list. The theatre went dark for about twelve seconds before the generator kicked in. The ventilator switched to battery, but the infusion pump running remifentanil alarmed and stopped, and the monitor rebooted and lost the trend data.

So what?
Twelve seconds felt very long. I reached for the Ambu bag even though the ventilator was working, which Dr. Saima Khalid, my supervisor, later said was a good instinct but should have been preceded by a look at the ventilator screen. The remifentanil stop was more important than I realised: within about four minutes the heart rate went from 68 to 104 and the BP rose sharply. I restarted the pump, gave a bolus of fentanyl 50 micrograms and deepened sevoflurane. The surgeon, Prof. Hamid, was calm but asked, reasonably, why the patient was bleeding more.

We discussed afterwards that in our setting power failure is not a rare event; it is a predictable hazard and should be in our pre-list checklist, like the suction and the difficult airway trolley. The WFSA and the Lifebox project both mention backup power in their standards for low-resource theatres.

Now what?
- Add "UPS charged? Pumps on battery?" to our theatre's morning machine check, which I have proposed at the department meeting.
- Keep a written copy of the key vitals every fifteen minutes during long cases so that a reboot does not wipe the record.
- Practise total intravenous anaesthesia with manual bolus backup in the skills lab.

Personal note: I am sitting FCPS-II in the spring. This event reminded me that the exam tests knowledge, but theatre tests composure.`,
  },
  {
    id: "pk-free-003",
    setting: "obstetrics",
    role: "postgraduate resident (obstetrics and gynaecology)",
    text: `Reflection – eclampsia in a rural referral, interior Sindh

I want to reflect on a night I will not forget. A 22-year-old primigravida, ⟦NAME|Sughran⟧, was brought by donkey cart and then a borrowed Suzuki pickup from ⟦LOCATION|Goth Allah Dino near Thari Mirwah⟧ after two fits at home. She arrived fitting again, BP 180/120, GCS 9.

We gave magnesium sulphate by the Zuspan regimen, hydralazine, and delivered her by emergency caesarean section under general anaesthesia. The baby needed resuscitation but cried at five minutes. The mother stayed in the high-dependency area for three days and went home on day seven.

Her husband's only number, ⟦PHONE|0301 5559204⟧, belonged to a neighbour with a phone shop; he was in Karachi for work. Her mother-in-law told us the family had never attended antenatal care because the LHW had stopped visiting their goth a year ago. Nobody in her village had checked her blood pressure in the whole pregnancy.

What I felt: anger, then sadness, then a kind of determination. My registrar, Dr. Rukhsana, said "this is why we do this job". I also felt the limits of what a tertiary hospital can do when women arrive this late.

What I learned clinically: I am now confident with the Zuspan and Pritchard regimens and with monitoring for magnesium toxicity (reflexes, respiratory rate, urine output). What I learned about systems: the Lady Health Worker programme is the link that failed here. I want to write to the district health officer with the case details (without her name) and ask what happened to the LHW post. I also plan to join the FIGO pre-eclampsia webinar series next month.`,
  },
  {
    id: "pk-free-004",
    setting: "psychiatry",
    role: "final-year MBBS student",
    text: `Psychiatry ward rotation – reflection on stigma

Before this rotation I had only seen psychiatry through the lens of jokes and dramas. In our two weeks on the psychiatry ward I clerked patients with schizophrenia, bipolar disorder and severe depression, and I want to be honest about how my views changed.

The first change was seeing how many families brought their relative to a pir or shrine before coming to us. Dr. Ayesha Mirza, our assistant professor, did not dismiss this. She asked families what they had tried, what they believed was happening, and whether they would allow both the prayers and the medicine. Most said yes. I realised that if she had mocked the shrine visit, the family would probably have taken the patient away.

The second was watching a young man with first-episode psychosis respond to risperidone over ten days. On the day of admission he believed his neighbours were poisoning his food; by the end he was joking with the ward staff about cricket. I had read in Kaplan and Sadock that early treatment improves outcome, but seeing it was different.

The third change was in myself. On the first day I felt nervous walking into the ward. By the end I was sitting with patients at tea time. Dr. Mirza said that fear of mentally ill patients is one of the strongest barriers to care in Pakistan, and that doctors share it.

What I will do: I want to do my house job elective in psychiatry. I will read the Mental Health Ordinance 2001 and the Punjab Mental Health Act 2014, and the WHO mhGAP guide, which is practical for non-specialists. And I will stop laughing at the jokes.`,
  },
  {
    id: "pk-gibbs-005",
    setting: "paediatrics",
    role: "paediatrics postgraduate resident",
    text: `Gibbs reflection – diarrhoea and dehydration during Ramzan

Description: Late in the evening of ⟦DATE|27 Ramzan⟧, just after iftar, a 14-month-old boy, ⟦NAME|Ayaan⟧, was brought to our paediatric emergency with watery diarrhoea and severe dehydration. MR number ⟦ID|PE-2025-004718⟧. Sunken eyes, skin pinch went back very slowly, lethargic. Weight 7.4 kg.

Feelings: The ER was packed and the mothers were anxious. I felt pressure to move quickly and was worried I would not get a line in a small, dehydrated child.

Evaluation: I followed Plan C of the WHO IMCI dehydration protocol: Ringer's lactate 30 mL/kg over 30 minutes and then 70 mL/kg over two and a half hours. My first two cannulation attempts failed; I called my senior, Dr. Usman, who placed an intraosseous needle within three minutes. Fluids went in and the child was drinking ORS by midnight. The part that went poorly was my delay in calling for help; I made a third attempt I did not need to make.

Analysis: The IMCI chart and APLS both allow intraosseous access early when IV access fails. I think I was trying to prove I could do it alone. I also noticed that I gave zinc only when my senior reminded me; WHO recommends zinc for 10–14 days in every child with diarrhoea.

Conclusion: Escalation is part of competence, not a failure of it.

Action plan: Attend the IO access skills station at the next PPA workshop; place an IMCI chart on the ER wall; do a one-month audit of zinc prescribing in our unit with my supervisor, Prof. Nighat.`,
  },
  {
    id: "pk-what-006",
    setting: "dentistry",
    role: "house officer (dentistry)",
    text: `What?
A young man came to the oral surgery OPD for extraction of an impacted lower third molar. His OPG showed the root apex close to the inferior alveolar canal. I was about to start when my supervisor, Dr. Farhan Qureshi, asked me whether I had discussed the risk of paraesthesia. I had mentioned "some numbness" in passing. He asked me to stop and counsel the patient properly.

So what?
The risk of permanent nerve injury is low but real, and the OPG signs (darkening of the root, interruption of the canal's white line) raised it. The patient had a right to know that in plain Urdu, not a word buried in a consent form. When I explained it properly he asked for a CBCT first, which we arranged. It showed the root was not in contact with the canal, and the extraction went ahead the following week without complications.

I realised that I think of consent as a signature because our OPD is so busy, sometimes 60 patients a morning. But the PMDC guidelines and every textbook I have read say consent is a process. Pakistan's dental students are taught the procedure in detail and the conversation hardly at all.

Now what?
- I have made a bilingual (English/Urdu) one-page information sheet on third molar surgery risks, which Dr. Qureshi is reviewing.
- I will use the Pell and Gregory and Winter's classifications in every case note.
- I want to attend the Pakistan Association of Oral and Maxillofacial Surgeons conference in Islamabad this autumn.

This was a small case, but it showed me the gap between knowing the risk and telling the patient about it.`,
  },
  {
    id: "pk-comment-007",
    setting: "obstetrics",
    role: "assistant professor (obstetrics)",
    text: `Supervisor's comment: Powerful reflection. The management was textbook and you have drawn the right system lesson about the LHW gap. Before this goes in your portfolio, remove ⟦NAME|Sughran⟧'s name and the name of ⟦LOCATION|Goth Allah Dino⟧; the case is identifiable in a district that small. Your letter to the DHO is a good idea — let me see the draft first.`,
  },
  {
    id: "pk-free-008",
    setting: "emergency medicine",
    role: "medical officer (emergency)",
    text: `Night shift reflection – road traffic accident, Lahore

On a Friday night, around 1:30am, Rescue 1122 brought in a 34-year-old motorcyclist hit by a car on the canal road. No helmet. GCS 11, open tibial fracture, a large scalp wound. He was placed in ⟦FACILITY_ROOM|emergency bay 3 at Services Hospital⟧, and within minutes the police arrived along with the car driver's family, who were arguing loudly with the patient's brothers.

What happened next is the reason I am writing this. One of the brothers read out the car's registration, ⟦OTHER|LEA-18-4471⟧, and asked me to write it "in the medical report" so the police could not change it later. The medicolegal officer was not on site yet. I wrote it in the MLC register, which is correct, but I also wrote it on the ER whiteboard next to the bay number, which is not.

Clinically, we followed ATLS: airway secured with C-spine protection, two large-bore cannulas, FAST negative, CT brain showed a small contusion, and ortho took him for debridement and external fixation. He was conscious and oriented the next afternoon.

What I learned:
- The whiteboard is visible to everyone in the corridor, including both families and a journalist who walked in later. Medicolegal details belong in the MLC register only.
- In a tense situation I wanted to please the family who was standing in front of me. Dr. Waqas, my senior, said the right answer is "it will be documented properly", not "I'll write it here".
- Our department needs a private space for medicolegal conversations. I have suggested it at the monthly ER meeting.

I will also complete the ATLS provider course, which the hospital has offered to fund this year.`,
  },
  {
    id: "pk-free-009",
    setting: "general practice",
    role: "family medicine trainee",
    text: `Clinic reflection – hypertension that was not controlled

In our family medicine clinic in Rawalpindi I followed up a 49-year-old shopkeeper with hypertension and type 2 diabetes who had been on amlodipine 5 mg and metformin for two years. His BP was still 158/96 and HbA1c 8.9%. My first plan was simply to add another drug.

My trainer, Dr. Sadia Iqbal, asked me to find out how he actually took his medicines. It turned out he stopped amlodipine every Ramzan because he believed it was not allowed while fasting, and he also stopped it whenever he felt "fine". He had been told to "take it daily" but never why.

This changed my thinking. Adding a third drug would have added cost and side effects without addressing why the first one was not working. We discussed the South Asian guidelines on hypertension and the ADA standards of care, but the real intervention was a conversation about timing medicines around sehri and iftar, using a once-daily long-acting regimen, and a home BP diary. He also asked about salt in the food from his wife's cooking, and we brought her into the next visit.

Three months later his BP was 138/84. His HbA1c will take longer.

Reflection: I was trained to intensify treatment. Family medicine is teaching me to understand the treatment the patient is already on. Next steps: read the Pakistan Hypertension League's consensus statement; make a Ramzan medication counselling sheet for our clinic; present this at our Thursday case discussion. I am also fasting myself this year and understand the fatigue better than before.`,
  },
];
