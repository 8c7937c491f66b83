import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "emergency medicine",
    role: "PGY-2 emergency medicine resident",
    text: `Milestone reflection (ACGME Professionalism/Systems-Based Practice) – EM PGY-2

Description: On the overnight of ⟦DATE|July 3⟧ I saw a 67-year-old man, ⟦NAME|Earl⟧, brought in by his neighbor after a fall. He was on apixaban for atrial fibrillation and had a laceration over the left eyebrow. While I was registering him with the ED tech we discovered he had no insurance card and no ID, and the tech copied his Social Security number, ⟦ID|078-05-1120⟧, and home address, ⟦ADDRESS|1418 Kessler Ave, Apt 3B, Dayton, OH 45410⟧, onto a sticky note from what he told her so she could find his chart. The sticky note was then stuck on the computer monitor in the hallway bed.

Feelings: Honestly, I did not notice it for an hour. When I did, I felt embarrassed for the department and a bit sick.

Evaluation: The clinical care was fine: CT head per the Canadian CT Head Rule (anticoagulated, so imaging was indicated regardless), negative; laceration closed with 5-0 nylon; tetanus updated. The privacy care was not.

Analysis: Nobody meant harm. The tech was trying to be efficient in a registration system that times out. But a hallway bed plus a sticky note is a HIPAA breach waiting to happen, and I walked past it. Dr. Ramirez, my attending, said the same thing happens weekly and that the fix is not scolding the tech but getting registration a secure scratch workflow.

Conclusion: I have a role in systems, not just in sutures.

Action plan: (1) Shredded the note and told the charge nurse. (2) Emailed our compliance office with a suggestion for the EHR downtime form. (3) Will bring this to our M&M/systems conference in September.`,
  },
  {
    id: "us-what-002",
    setting: "anaesthesia",
    role: "CA-1 anesthesiology resident",
    text: `WHAT?
My first unanticipated difficult airway. Elective lap chole, BMI 41, Mallampati II, thyromental distance fine, no OSA history. After induction with propofol 200 mg and rocuronium 1.2 mg/kg I got a grade 3 view with the Mac 3. Second attempt with the video laryngoscope, still grade 3 with a floppy epiglottis. SpO2 drifting to 91%. My attending, Dr. Hernandez, took over, placed a bougie and intubated on the first pass.

SO WHAT?
I had read the ASA Practice Guidelines for Management of the Difficult Airway (2022) and the DAS algorithm, but I had not rehearsed what I would actually say. I kept trying for longer than I should have because I did not want to hand over. In the debrief Dr. Hernandez said two useful things: that "maximum three attempts, then change something" should be a reflex, not a decision, and that asking for help early is the senior move, not the junior one. She also pointed out that my airway assessment was fine — some airways are just difficult — and that the real lesson is about task fixation.

I also noticed that I did not verbalize the SpO2 to the room. The nurse anesthetist was watching the monitor, but the surgeon had no idea why we were pausing.

NOW WHAT?
- Run the DAS plan A–D out loud in the sim lab with my co-residents this month.
- Use the "Vortex" cognitive aid on the cart and say the saturation out loud.
- Always have a bougie open on the tray for BMI over 40.
- Practice front-of-neck access on the part-task trainer before my next call.

I'm grateful this was a safe learning moment and not a can't-intubate-can't-oxygenate.`,
  },
  {
    id: "us-free-003",
    setting: "surgery",
    role: "general surgery intern",
    text: `Reflection: the patient everyone called "⟦NAME|the Colonel⟧"

He was a retired Army officer admitted for a small bowel obstruction who spent nine days in ⟦FACILITY_ROOM|Room 614 on 6 West⟧. From the first morning, the nurses, the residents and eventually the attendings all called him "⟦NAME|the Colonel⟧". He liked it. He told us where he had served and what he thought of the hospital coffee.

On day six his NG output dropped, he was passing gas and I was keen to advance his diet. On rounds I said, "⟦NAME|The Colonel⟧ is ready for clears." My chief, Dr. Abernathy, asked me what his potassium was. I did not know. It was 2.9. He had been getting replacement, but not enough, and his ileus had been slow to resolve for a reason I should have thought about.

I think the nickname made him feel like a character in the team's story rather than a patient with an electrolyte problem. He seemed so robust that I stopped looking for reasons he might not be.

His daughter called the nurses' station most evenings and eventually asked for a direct callback number for the intern; I gave her the unit number and took hers, ⟦PHONE|(412) 555-0173⟧, which I wrote in my paper list. When I cleaned out my white coat at the end of the rotation I found that list with his name, room and her number on it. I shredded it, but it had been in my pocket for two weeks.

Two lessons for my portfolio: check the chemistry before the diet order, and treat my paper list as protected health information, because that is what it is. I've started using the team's secure list app instead of paper.`,
  },
  {
    id: "us-free-004",
    setting: "psychiatry",
    role: "third-year medical student",
    text: `Psychiatry clerkship reflection – the first suicide risk assessment I led

I was asked to do the initial interview of a college student referred from the counseling center for passive suicidal ideation. My resident, Dr. Feldman, sat in. I used the Columbia Suicide Severity Rating Scale (C-SSRS) as we had practiced, and the PHQ-9, which came out at 19.

What surprised me was how structured the C-SSRS felt in a good way. I had worried that asking directly about a plan would be intrusive. Instead the patient seemed relieved to be asked plainly. That matches what we were taught: asking about suicide does not increase risk, and the evidence review behind the 2019 VA/DoD guideline says the same.

Where I struggled was safety planning. I rushed through the Stanley-Brown template as if it were a form, filling in "reasons for living" with one word. Dr. Feldman slowed me down and asked the patient to name specific people and places, and to put the 988 Suicide & Crisis Lifeline in her phone while we were in the room. It took fifteen minutes longer and it was the most useful part of the whole encounter.

I also want to record my own reaction. I have lost a friend to suicide, which I mentioned to my clerkship director before the rotation. I was okay during the interview but cried in the car afterwards. I think that is allowed. I have booked a session with the student wellness service, partly for myself and partly because I want to be able to do this work for a long time.

Learning goals: practice collaborative safety planning; read Stanley and Brown (2012); observe an outpatient DBT group.`,
  },
  {
    id: "us-gibbs-005",
    setting: "obstetrics",
    role: "PGY-1 family medicine resident (OB rotation)",
    text: `Gibbs cycle – rural obstetrics, Four Corners region

Description: During my OB block with the Indian Health Service I was on labor and delivery on the night of ⟦DATE|November 9⟧. A 24-year-old G3P2 at 38 weeks, ⟦NAME|Ms. R.B.⟧, arrived after a two-hour drive from ⟦LOCATION|Chilchinbeto⟧ in active labor. She delivered a healthy boy about forty minutes after arrival, but then had a postpartum hemorrhage of roughly 1,200 mL from uterine atony.

Feelings: Adrenaline, then a kind of tunnel vision. I remember the sound of the bed alarm more than anything anyone said.

Evaluation: The team was excellent. The nurse called the hemorrhage early, oxytocin was running, my attending Dr. Begay did bimanual compression while I drew up carboprost and misoprostol, and tranexamic acid 1 g went in within the first hour as WOMAN trial evidence supports. I was slow to call out the cumulative blood loss; nobody had been assigned to quantify it.

Analysis: ACOG's Practice Bulletin on postpartum hemorrhage and the AIM safety bundle both stress quantitative blood loss and role assignment. In a small unit with one doctor on site overnight, those roles matter even more. Distance is a risk factor here in its own right: had she delivered on the road, the outcome could have been very different.

Conclusion: I did my tasks but did not help lead. I want to be the person who says "I'm going to weigh the pads and call out numbers every five minutes."

Action plan: Complete the ALSO course in February; ask Dr. Begay to run a hemorrhage drill with the night team; read about community birth planning for families living far from the hospital.`,
  },
  {
    id: "us-what-006",
    setting: "paediatrics",
    role: "PGY-2 pediatrics resident",
    text: `What? Bronchiolitis season, my third night on the inpatient team. We had six infants on high-flow nasal cannula and two on the waitlist for the PICU. One mother asked me why we were not giving her baby albuterol "like last time at urgent care". I explained the AAP 2014 bronchiolitis guideline, which recommends against routine bronchodilators, steroids and chest physiotherapy. She listened, but she was not convinced, and I could see she thought we were withholding treatment.

So what? I think I led with evidence when she needed reassurance first. The guideline is right, but "the research says it doesn't work" can sound like "we are not going to do anything". My senior, Dr. Okafor, later reframed it with another family: she talked about what we were doing — suctioning, oxygen, feeding support, watching for apnea — before she talked about what we were not doing. The family agreed with the plan without any argument.

I also noticed how tired I was. By 4am I was answering pages in a flat voice and I caught myself sighing audibly when another admission was called. That is not who I want to be.

Now what? I will practice leading with the plan, then the reasoning, in my next family-centered rounds. I've signed up for the hospital's communication workshop in January. And I've started keeping a snack and water at the workstation, which sounds trivial, but the Lancet study on physician fatigue (and my own experience) says it isn't. I'd like to present the high-flow weaning protocol at resident noon conference if Dr. Okafor agrees.`,
  },
  {
    id: "us-free-007",
    setting: "dentistry",
    role: "DMD student (fourth year)",
    text: `Clinic reflection – community dental outreach

Last semester I treated a woman in her forties through our school's free Saturday clinic. I'll call her by her first name because that is how she introduced herself and how I still think of her: ⟦NAME|Marisol⟧. She had a failing lower left first molar with a large periapical lesion and, more importantly, had avoided dentists for fifteen years after a traumatic extraction as a child.

We spent the whole first appointment on history and trust. I used tell-show-do, which I had only read about for kids, and she said it helped. By the third appointment she let me take radiographs. By the fifth we had extracted the tooth under local anesthetic with her holding a stress ball, and she laughed when it was done.

Here is the part I want to reflect on. A month later she sent the clinic a message with a link to a fundraiser her family had set up for an implant, ⟦URL|https://www.gofundme.com/f/marisol-smile-again-fund⟧, and asked if I would share it. I wanted to. I was proud of her and it felt like a happy ending. My supervising faculty, Dr. Lindqvist, explained why I should not: sharing it from my account would confirm she is a patient of the school, and the ADA Code of Ethics and our clinic's social media policy both treat that as a disclosure. I had honestly not thought of it that way.

I did not share it. I wrote her a short card instead, which Dr. Lindqvist approved. I still feel a little conflicted. But I understand better now that confidentiality is not only about charts; it's also about what my friendship-shaped impulses do online.

Goals: finish the dental anxiety CE course; read the ADA guidance on social media; keep using tell-show-do with adults.`,
  },
  {
    id: "us-free-008",
    setting: "general practice",
    role: "PGY-3 family medicine resident",
    text: `Continuity clinic reflection: colorectal cancer screening at 45

The USPSTF lowered the starting age for average-risk colorectal screening to 45 in 2021, and our clinic's quality dashboard now flags every patient between 45 and 49 who is overdue. This month I had a run of these visits and I want to reflect on how I handled them.

My default was to offer colonoscopy first. Several patients said no, mainly because of the prep and the need for a driver. After the third refusal I talked with my preceptor, Dr. Whitaker, who asked whether I had offered FIT or multitarget stool DNA as genuine options rather than as a fallback. I had not. I realized I was presenting colonoscopy as the "real" test and everything else as second best, which is not what the evidence says for average-risk screening when the patient follows through.

So I changed my script. I described the options side by side using the shared decision aid from the American Cancer Society, explained that a positive stool test means a colonoscopy anyway, and asked which fit the patient's life. Uptake went up noticeably. Two patients chose colonoscopy, five chose FIT, and one chose to wait until after the holidays, which I documented.

What I learned: the best test is the one a patient will actually do. I also learned that a dashboard can push clinicians toward box-ticking. I want to keep the conversation human even when the flag is red.

Next steps: present my small audit at our practice meeting, update our AVS template with the decision aid, and read the 2023 ACP guidance statement, which disagrees on the starting age, so I can explain the controversy honestly.`,
  },
  {
    id: "us-comment-009",
    setting: "surgery",
    role: "surgery attending",
    text: `Attending comment: Good reflection, and I appreciate the honesty about the potassium. I'd add that "⟦NAME|the Colonel⟧" was a nickname all of us used, me included, so this is a team lesson, not just yours. Please also take ⟦FACILITY_ROOM|Room 614⟧ out of the version you upload to the portfolio; the rest is fine to keep. Nice work switching to the secure list app.`,
  },
  {
    id: "us-comment-010",
    setting: "anaesthesia",
    role: "anesthesiology attending",
    text: `Faculty comment: This is exactly the kind of reflection I hope residents write after a hard airway. You identified task fixation yourself, which is the important insight. One addition: when you practice in the sim lab, rehearse handing over the laryngoscope with a specific sentence. The words matter under stress. I'm happy to run that session with you and Dr. Patel next Thursday.`,
  },
  {
    id: "us-gibbs-011",
    setting: "emergency medicine",
    role: "fourth-year medical student (EM sub-internship)",
    text: `Gibbs reflection – mass-casualty drill

Description: Our department ran a full-scale mass-casualty drill with the county EMS agencies, using volunteer "patients" with moulage. I was assigned to the triage point with Dr. Nguyen and two nurses and asked to apply START triage.

Feelings: Exhilarated at first, then overwhelmed. The noise was incredible and the volunteers were very good actors.

Evaluation: I triaged accurately by the algorithm but slowly — I kept doing full assessments instead of the thirty-second respiration/perfusion/mental status check. Dr. Nguyen reminded me twice that triage is "sort, don't treat". I also tagged a walking volunteer with a (simulated) tension pneumothorax as green because he could walk, which the algorithm technically allows but which I should have flagged for re-triage.

Analysis: The ACEP policy on disaster triage and the SALT model both emphasize repeated re-triage, which I did not think about once I had put a tag on someone. I realize I treated triage as a one-time label. Reading about the 2017 Las Vegas shooting response afterwards made this very real to me; departments there had to re-sort patients constantly as resources changed.

Conclusion: Speed and re-triage are skills, not just knowledge. The drill showed me I have the knowledge.

Action plan: Complete the FEMA IS-100 online course; volunteer for next spring's drill in a different role (maybe the command post); ask Dr. Nguyen whether students can join the department's disaster committee meetings. I also plan to mention this experience in my residency personal statement, since it was the moment I was sure I wanted emergency medicine.`,
  },
  {
    id: "us-what-012",
    setting: "dentistry",
    role: "AEGD dental resident",
    text: `What: I fractured a file in the mesiobuccal canal of a lower molar during my first unsupervised root canal. Faculty, Dr. Sorensen, helped me bypass it.

So what: I had skipped recapitulation because I was running behind, and I was using a rotary file past the number of uses our clinic protocol allows. Both are exactly what the AAE position statement on instrument separation warns about. I also hesitated before telling the patient, which I should not have.

Now what: follow the file-use log strictly, recapitulate every time, disclose promptly (I did tell him the same day), and book an extra endo sim session before I take the endo block exam in May.`,
  },
];
