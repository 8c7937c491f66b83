import type { SourceItem } from "../../corpus/types.ts";

export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "hip fracture",
    role: "intern",
    text: `Night float, and the ED paged ortho and medicine at the same time for ⟦NAME|Mrs. Loretta Haskins⟧, ⟦AGE|96 years old⟧, found on her kitchen floor on ⟦DATE|03/11/2025⟧ with a shortened, externally rotated left leg. The face sheet still had her Social Security number on it, ⟦ID|078-05-1120⟧, next to MRN ⟦ID|E4471902⟧, which I only noticed because I was printing it for the consent. Her niece answered at ⟦PHONE|(614) 555-0142⟧ and told me ⟦NAME|Loretta⟧ had said for years that she never wanted to be "fixed up and sent to a home." The hospitalist, Dr. Feldman, helped me have the goals-of-care conversation at 1am. She still had the hemiarthroplasty, because the pain was worse than the surgery, and that was her choice. I learned that surgery can be comfort care too.`,
  },
  {
    id: "us-what-002",
    setting: "anaesthetic emergency",
    role: "anesthesiology resident",
    text: `What? Our department ran an unannounced malignant hyperthermia drill in the main OR. The simulated end-tidal CO2 climbed to 85 mmHg, the temperature to 39.4 °C, and I froze for about ten seconds before calling for the MH cart.
So what? Reconstituting dantrolene is slow; even with Ryanodex the dose is 2.5 mg/kg and somebody has to be dedicated to drawing it up. Dr. Patel, our attending, had assigned roles in advance in her head, and we had not. The MHAUS protocol was taped inside the cart, which is exactly where it should be.
Now what? I have made a one-page cognitive aid for our residents' room and I am going to present the debrief at morbidity and mortality conference next month. Ten seconds of freezing is normal. Thirty is not.`,
  },
  {
    id: "us-gibbs-003",
    setting: "consent for surgery",
    role: "surgical resident",
    text: `Description: ⟦NAME|Don Esteban Ruiz⟧ needed a cholecystectomy and spoke only Spanish. I consented him in ⟦FACILITY_ROOM|pre-op bay 12 at Parkland⟧ on ⟦DATE|Thursday, January 9⟧ with a video interpreter, while his daughter listened on speaker.
Feelings: I was rushed; the OR had already called twice.
Evaluation: the interpreter caught that "vesícula" had been translated by the family as "kidney." Without her we would have consented him for the wrong organ, in his mind at least.
Analysis: informed consent assumes shared words. The daughter later asked for the discharge papers by email, at ⟦EMAIL|maria.ruiz.tx@example.com⟧, so she could translate them for her father.
Conclusion: I will never use a family member as the interpreter for consent again.
Action plan: book the interpreter before I walk into the bay, not after.`,
  },
  {
    id: "us-free-004",
    setting: "delirium",
    role: "geriatrics fellow",
    text: `In fellowship I have become the person who crosses out diphenhydramine. Last week on the surgical service in Boston it was a 79-year-old after a colectomy, given Benadryl for sleep, oxybutynin for bladder spasm and hydromorphone PRN, and then restrained when he became delirious. The Beers Criteria (2023) would have flagged two of the three. Sharon Inouye's HELP program has shown for decades that reorientation, sleep hygiene, mobility and hearing and vision aids prevent a third of delirium. None of it is expensive. What is expensive is the extra week in hospital and the nursing-home placement afterwards. My attending, Dr. Marcantonio, told me not to lecture the surgeons but to offer to write the orders. He was right; they accepted every one.`,
  },
  {
    id: "us-what-005",
    setting: "home visit",
    role: "nurse practitioner",
    text: `What? I do home-based primary care, and my favorite patient is ⟦NAME|Mr. Harold Tuttle⟧, who is ⟦AGE|ninety-three⟧ and lives alone at ⟦ADDRESS|1187 Ridgeview Drive, Dayton, OH 45459⟧. He had stopped answering the phone and his son thought he was "going downhill." It turned out that his left hearing aid, serial ⟦DEVICE|SN 2219-HX47730⟧, had a dead receiver and he simply could not hear it ring.
So what? We nearly started a dementia workup for a hearing problem. His MoCA was 24/30 with the aid working, 17/30 without.
Now what? I check hearing aids and glasses first at every visit now, before any cognitive test. I have also asked the audiology clinic to give families a simple troubleshooting card.`,
  },
  {
    id: "us-free-006",
    setting: "pre-op clinic",
    role: "medical student",
    text: `My week in the preoperative evaluation clinic was the most underrated rotation of third year. Dr. Goldberg taught me to ask one question before the RCRI and the ASA class: can you climb two flights of stairs without stopping? Four METs tells you more than an echo most of the time. We saw a 68-year-old with diet-controlled diabetes and an A1c of 6.4%, a 54-year-old on apixaban who needed a bridging plan (he didn't), and a 75-year-old whose knee replacement we postponed because her hemoglobin was 9.1 and nobody had looked for the cause. I used to think pre-op was paperwork. It is actually the last chance to make an operation safer before anyone picks up a scalpel.`,
  },
  {
    id: "us-gibbs-007",
    setting: "falls clinic",
    role: "physician assistant",
    text: `Description: in our orthopedic falls clinic in Phoenix I assessed a 77-year-old woman after her second wrist fracture. Her Timed Up and Go was 19 seconds and her vitamin D was 18 ng/mL.
Feelings: I felt frustrated that nobody had started osteoporosis treatment after the first fracture.
Evaluation: Dr. Nguyen, my supervising surgeon, pointed out that this is the norm, not the exception: most patients with a fragility fracture never get a DEXA.
Analysis: the fracture liaison service model from the UK exists to close exactly this gap. Our clinic has no coordinator.
Conclusion: a fragility fracture should trigger a bone health pathway automatically, not rely on memory.
Action plan: I wrote an order set with DEXA, vitamin D, calcium and a referral to physical therapy for Otago exercises, and we are piloting it this spring.`,
  },
  {
    id: "us-free-008",
    setting: "hospital at home",
    role: "registered nurse",
    text: `Our hospital-at-home program admitted ⟦NAME|Betty Jean Morrow⟧ with cellulitis, and her grandson set up everything: the tablet, the Bluetooth blood pressure cuff, even a family update page at ⟦URL|https://www.caringbridge.org/visit/bettyjeanmorrow⟧. On day two our command center lost her vitals feed. Our tech traced the tablet to her home router at ⟦IP|198.51.100.37⟧ and found the Wi-Fi had been turned off at night to "save electricity." I drove out with a cellular hotspot. She is 81, sharp, and she told me she was not going to pay for internet to be watched sleeping. It made me think about consent in a new way: when the hospital comes home, it brings cameras, cuffs and data into someone's living room, and the patient sets the rules there, not us.`,
  },
  {
    id: "us-what-009",
    setting: "skilled nursing facility",
    role: "registered nurse",
    text: `What? ⟦NAME|Mrs. Ingrid Solberg⟧ came to our skilled nursing unit after a hip pinning, and within a day every aide knew her as ⟦OTHER|the woman who piloted the ore boats out of Two Harbors for thirty years⟧. She refused physical therapy because "tugboat captains don't do leg lifts."
So what? I realized her identity was doing more for her recovery than any exercise sheet. When our therapist, Jenna, reframed the sessions as "getting your sea legs back," she walked 40 feet on day five.
Now what? I want our admission template to include one line on who the person was before they were a patient. It cost nothing, and it changed her rehab.`,
  },
  {
    id: "us-free-010",
    setting: "theatre list",
    role: "faculty surgeon",
    text: `As a program director I now ask residents to reflect on the OR schedule, not only on the operations. Last Tuesday our elective list overran by three hours because the first case started at 8:40 instead of 7:30: the consent was unsigned, the H&P was out of date and the patient's potassium was 5.9. The last case, a 70-year-old's hernia repair, was cancelled at 5pm after she had fasted since midnight. Clavien-Dindo grades will never capture that harm. Atul Gawande's checklist work made the time-out routine, but the day-before huddle matters just as much. My chief resident, Dr. Alvarez, has started a 2pm call to the next day's patients. In a month our first-case start delays halved.`,
  },
  {
    id: "us-comment-011",
    setting: "peer comment",
    role: "surgical resident",
    text: `This resonates so much. On my service we cancelled three patients in one week for an expired H&P. Dr. Alvarez's 2pm phone call is a great idea; we tried something similar with our PA, Marcus, and the first-case delays dropped. Would you share the script you use? I would love to bring it to our quality meeting in April.`,
  },
];
