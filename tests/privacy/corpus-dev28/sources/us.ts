import type { SourceItem } from "../../corpus/types.ts";

export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "home hospice",
    role: "hospice nurse",
    text: `Forty minutes of gravel road for a fifteen-minute visit, and it was the most important visit of my week.

⟦NAME|Mr. Earl Tackett⟧ lives (lived — I keep doing that) in ⟦LOCATION|the single-wide behind the Dollar General on Route 7 outside Gallipolis⟧, with three coonhounds and a daughter, ⟦NAME|Rhonda⟧, who drove a school bus by day and did his mouth care by night. He had end-stage lung cancer and a POLST that said comfort measures only in big capital letters he wrote himself.

On ⟦DATE|the Fourth of July⟧ Rhonda called the on-call line from ⟦PHONE|(740) 555-0162⟧ because the fireworks across the river were scaring him and he kept trying to climb out of the recliner. Terminal agitation or fireworks? Both, probably. I talked her through the lorazepam in the comfort kit and stayed on the phone until he settled.

What I want new hospice nurses to know: the comfort kit is not the intervention. The intervention is the person on the other end of the line who does not hang up. He died two days later with the hounds on the porch.`,
  },
  {
    id: "us-what-002",
    setting: "oncology clinic",
    role: "oncology fellow",
    text: `**What?** I used the Serious Illness Conversation Guide for the first time without my attending in the room. A man in his sixties with pancreatic cancer, ECOG 3, progressing on second-line gemcitabine and nab-paclitaxel. I asked what he understood about his illness; he said “that it’s winning.” I asked what was most important if time was short; he said being able to sit on his porch and not being “a burden on Linda.”

**So what?** Fellowship trains us hard on response rates and median progression-free survival. Nobody had asked him about the porch. The guide felt scripted when I practiced it in a workshop, but in the room the script did something useful: it stopped me talking about the next line of chemotherapy before I knew whether he wanted one. He did not.

**Now what?** Dr. Feldman and I are referring him to home hospice this week. I am going to document the conversation in the advance care planning tab rather than a free-text note, so the next clinician does not have to start again. And I am going to stop saying “there’s nothing more we can do.” There is always something.`,
  },
  {
    id: "us-comment-003",
    setting: "home hospice",
    role: "nursing student",
    text: `Wait, is this ⟦NAME|Gloria⟧ from the Lakeview apartments? Her family posts updates publicly at ⟦URL|https://www.caringbridge.org/visit/gloriarivera-journey⟧, and the last entry mentions a hospice nurse who brought her Mexican hot chocolate. If it’s her, this post plus that page would make her very easy to find. Maybe change a couple of details? Beautiful writing otherwise.`,
  },
  {
    id: "us-gibbs-004",
    setting: "bone marrow transplant",
    role: "BMT nurse",
    text: `Description: ⟦NAME|Devonte⟧ is nineteen, two months out from a haploidentical transplant for AML, and in ⟦FACILITY_ROOM|Room 11 on 7 West at Vanderbilt⟧ with skin GVHD that makes him look sunburnt from scalp to feet. Last Tuesday his mom was on speakerphone with the insurance company, trying to get his ruxolitinib approved, and she read his Social out loud to the rep twice: ⟦ID|078-05-1120⟧. The door was open. Two visitors and a transport tech were in the hall.

Feelings: I froze. Then I felt protective of her, because she had been on hold for ninety minutes.

Evaluation: Closing the door would have taken two seconds. I did not close it until after the second time.

Analysis: Privacy in a BMT unit is strange. We gown and glove for infection, we scrub, we HEPA-filter the air, and then identity details walk out into the corridor. His MRN, ⟦ID|E44718203⟧, is on the whiteboard outside the room for the pharmacy runners.

Conclusion: Protecting a patient’s information is also infection control, of a sort.

Action plan: We moved the insurance calls to the family consult room, and I asked our nurse manager, Keisha, whether the whiteboard can show initials and room number only.`,
  },
  {
    id: "us-free-005",
    setting: "hospital chaplaincy",
    role: "chaplain resident",
    text: `CPE taught me a lot of theory about ministry of presence. An afternoon on an oncology floor in Houston taught me that presence mostly means not leaving when you want to.

A woman in her forties with metastatic breast cancer asked me whether God was punishing her for the abortion she had at twenty. I wanted very badly to say no, and move on. My supervisor, Rev. Ortiz, had told us to ask one more question before answering any question about God. So I asked what made her think that. She talked for forty minutes: about her mother, about a priest in 1998, about her daughter’s quinceañera she might not see.

I never did answer the question. At the end she said she felt lighter. I am not sure I did anything except listen. Maybe that is the job.

Things I am taking into the rest of my residency: ask one more question; notice when my own discomfort is the thing driving me to reassure; and write verbatims on the hard visits, not the ones that make me look good.`,
  },
  {
    id: "us-free-006",
    setting: "advance care planning",
    role: "oncology social worker",
    text: `The advance directive that nearly did not get to the right person.

A ⟦AGE|96-year-old⟧ retired streetcar conductor, ⟦NAME|Mr. Stanley Kowalski⟧ (yes, really, and he had heard every joke), signed his healthcare power of attorney with me in clinic. He named his son ⟦NAME|Mike⟧ as agent and asked me to email Mike a copy because “he lives in Phoenix and never answers the phone.” The address he read me off a Post-it was ⟦EMAIL|mike.kowalski1961@example.com⟧. I typed it into our secure email portal and it bounced.

Turns out it was 1967, not 1961. I found that out only because Mr. Kowalski’s neighbor, who drove him, remembered. The copy I mailed to the home address on file, ⟦ADDRESS|1418 W. Cullerton St, Chicago, IL 60608⟧, came back because the unit number was missing.

Two weeks later he was admitted with neutropenic sepsis. The ICU team had no directive on file and nobody had Mike’s number. It got sorted in four hours. Four hours is a long time when the question is intubation.

Lessons: verify contact details with the agent directly, at signing, by calling them from the room. Upload the document to the EHR the same day. And never trust a Post-it.`,
  },
  {
    id: "us-what-007",
    setting: "palliative pharmacy",
    role: "clinical pharmacist",
    text: `**What?** The palliative team asked me to help switch a patient in her fifties from high-dose oral oxycodone to methadone for neuropathic pain from a pelvic sarcoma. She had a QTc of 478 ms on the baseline ECG and was also on ondansetron and citalopram.

**So what?** Methadone conversion is not a ratio, it is a judgment. The equianalgesic tables in our residency binder assume stable patients, no interacting drugs and normal hepatic function; she had none of those. I was nervous about getting it wrong in both directions: undertreated pain, or torsades. The APS and the ASCO guidance both suggest consulting someone experienced. That someone was supposed to be me.

**Now what?** We started low (2.5 mg three times a day), swapped ondansetron for a non-QT-prolonging antiemetic, repeated the ECG at day 4 and day 8, and kept oxycodone for breakthrough. QTc stayed under 490. Her pain scores fell from 8 to 4 by day ten. I wrote up the case for our journal club, with every identifying detail removed, and I asked Dr. Nguyen to check my stepwise rationale before I presented it.`,
  },
  {
    id: "us-free-008",
    setting: "radiotherapy",
    role: "radiation therapist",
    text: `Teenagers on the linac are their own category. ⟦NAME|Bree⟧ is sixteen, getting craniospinal radiation for medulloblastoma, and she has decided that her treatment is content. She films the mask going on, the lasers, the “beam on” light, and posts it for her 40,000 followers as ⟦OTHER|@brave.little.bree⟧.

On Monday she filmed me. I did not say no fast enough. By Tuesday a clip of my hands adjusting her mask had 12k views and a comment saying “I know that place, that’s the cancer center off the freeway in Roseville.” It wasn’t, but it was close enough to make my manager very interested in our social media policy.

I am torn. It is her body and her story, and honestly her videos are some of the best patient education about radiotherapy I have seen. But she is a minor, and what the internet can piece together — her face, the machine, the staff, the time of day — goes well beyond what she chose to share.

We agreed with her parents: she films herself, not staff, and no shots of the door signs or the console screen. She was fine with it. She said, “Deal, but you have to do a dance at my last fraction.” I will.`,
  },
  {
    id: "us-comment-009",
    setting: "online professionalism",
    role: "residency program director",
    text: `Reminder for everyone posting from the oncology rotation this month: dates, room numbers and distinctive jobs are identifiers even without a name. “A retired streetcar conductor in his nineties” is usually fine; add a neighborhood and a date and it is not. If you are unsure, message me before you publish, not after. Beautiful writing in this thread, all of you.`,
  },
  {
    id: "us-free-010",
    setting: "medical student placement",
    role: "medical student",
    text: `My first family meeting on the palliative care service. Six relatives, one interpreter on a tablet, one attending, one fellow, one chaplain and me, holding a clipboard I did not need.

I had read Being Mortal by Atul Gawande before the rotation and thought I understood. I did not understand how long the silences are. The attending, Dr. Abernathy, asked the family “What has your mother told you about what matters to her?” and then said nothing for what my watch said was 41 seconds. The eldest son finally said, “She said no machines.” That one sentence changed the plan for the rest of the week.

Things I noticed as the person with nothing to do:
- The interpreter needed a pause after every two sentences, and the team gave it.
- Nobody used the word “dying” for the first twenty minutes. Then the chaplain did, gently, and it was a relief.
- The fellow drew a picture of the lungs on a paper towel.

I want to be the kind of doctor who can sit in 41 seconds of silence. I am not there yet; I counted them.`,
  },
  {
    id: "us-gibbs-011",
    setting: "cardiac palliative care",
    role: "palliative care fellow",
    text: `Description. ⟦NAME|Mrs. Hattie Mae Boudreaux⟧ had a HeartMate 3 LVAD and, two years later, metastatic colon cancer. She told us she wanted to go home to ⟦LOCATION|Pierre Part⟧ to die and that she wanted the pump turned off there, with Father Landry present and her grandchildren in the yard. The device, serial ⟦DEVICE|MLP-0473916⟧, had kept her alive through two Mardi Gras she did not expect to see.

Feelings. I was fine with the medicine and terrified of the logistics.

Evaluation. We got the LVAD coordinator, the hospice, the parish priest and the cardiology attending onto one call. What went badly: nobody had told the ambulance crew the pump would be stopped at home, and they nearly refused to transport.

Analysis. Deactivation is ethically withdrawal of a treatment she no longer wanted, not euthanasia; our ethics consult was clear on that. The practical parts — alarms, who presses the button, what the family will see — are the hard part.

Conclusion. She died forty minutes after the controller was disconnected, on ⟦DATE|Ash Wednesday⟧, with ashes on her forehead from the morning Mass.

Action plan. I am drafting a home deactivation checklist with the VAD team, including a call to EMS dispatch the day before.`,
  },
  {
    id: "us-free-012",
    setting: "night shift",
    role: "oncology nurse",
    text: `I am a night nurse on an inpatient oncology unit, and I want to write about handover, because that is where most of the dying on my unit gets decided without anyone noticing.

Here is, word for word, the handover I received at 19:00 one night last winter (I kept my scribbled sheet, which I should not have done, and I have shredded it since):

> ⟦FACILITY_ROOM|22B⟧ — ⟦NAME|Mrs. R.T.⟧, 68, metastatic ovarian, malignant bowel obstruction, NG to suction. DNR/DNI. Family “not on the same page”. Daughter ⟦NAME|Renée⟧ at the bedside, son flying in from Denver, call him at ⟦PHONE|303-555-0119⟧ if anything changes. Pain OK on the hydromorphone PCA. Should be a quiet night.

It was not a quiet night. By 23:00 her breathing had changed to the pattern every oncology nurse learns to recognise, and by 01:00 she was mottled to the knees. The PCA was useless because she could no longer press the button. I called the covering resident, who had never met her and asked, reasonably, “What are the goals of care?” I read him the handover. “Not on the same page” was all we had.

What I did: I asked the resident to come and see her, and he did, and he wrote for a continuous hydromorphone infusion with bolus doses. I sat with Renée. I called the son, who was in the air. He landed at 03:40 and came straight from the airport, and she died at 04:15 on ⟦DATE|the 3rd⟧ with both of them holding her hands.

What I think went wrong: “family not on the same page” is not a handover, it is a warning label without instructions. Which page? Whose page? Nobody on days had asked the patient, while she could still talk, who should decide if she could not.

What I have changed:

- I hand over goals of care in the patient’s words if we have them, and I say out loud when we do not.
- If someone is actively dying, I say “actively dying” at handover, not “quiet night”.
- I ask the day team, before 17:00, to make sure the PCA plan works for a patient who cannot press the button.

My unit educator, Marisol, has asked me to teach this at our next skills day. I am nervous. I will bring the shredded sheet as a prop. Nothing on it is readable now, which is the point.`,
  },
];
