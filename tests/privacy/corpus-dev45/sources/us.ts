import type { SourceItem } from "../../corpus/types.ts";

/** United States: interns, residents, new-graduate nurses, pharmacy residents. */
export const US: readonly SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "night float",
    role: "PGY-1 internal medicine",
    text: `Description: Night float, week two of intern year. At 01:10 I was paged about ⟦NAME|Mr. Harold "Hal" Brinkley⟧ in ⟦FACILITY_ROOM|room 712 at St. Agnes Medical Center⟧, MRN ⟦ID|40091763⟧, who had pulled out his IV and was trying to leave. He was ⟦AGE|96⟧ and had been admitted ⟦DATE|10/14/2025⟧ with a UTI. The day team's sign-out said "pleasant, oriented".

Feelings: I felt irritated, then guilty for feeling irritated. It was my eleventh page in an hour.

Evaluation: I almost ordered haloperidol over the phone. Instead, I went to the room. He was not combative; he was terrified, convinced he was at the rail yard and late for his shift. His daughter ⟦NAME|Lorraine⟧ had left a note on the whiteboard with her cell, ⟦PHONE|(317) 555-0186⟧. I called her and she talked to him on speaker for ten minutes. He settled without any medication.

Analysis: The CAM-ICU was positive; delirium had not been flagged in sign-out. The AGS Beers Criteria (2023 update) lists antipsychotics as a strong caution in older adults for exactly this reason. My impulse came from fatigue and from a culture that sees agitated elderly patients as a nursing problem rather than a medical one.

Conclusion: Going to the bedside took twelve minutes and saved a sedative.

Action plan: I will add "delirium risk / family contact" to our I-PASS template, and I asked our chief resident, Dr. Kowalski, if we can teach non-drug delirium care in intern bootcamp next June.`,
  },
  {
    id: "us-what-002",
    setting: "handover",
    role: "PGY-1 pediatrics",
    text: `What? My program uses I-PASS for sign-out, and I thought I was good at it until my senior, Dr. Mai Nguyen, shadowed my evening handoff and scored me. I was strong on the "P" (patient summary) and terrible on "S" (synthesis by receiver). I was reading my list like a radio announcer and never asked the night intern to read anything back.

So what? The original I-PASS study (Starmer et al., NEJM 2014) showed a drop in preventable adverse events after the bundle was introduced, and the synthesis step is where misunderstandings are caught. On our unit, the worst near misses in the past year came from contingency plans that were never confirmed: "if fever, get cultures" turning into nothing because the receiver heard "if fever, Tylenol". I had been treating sign-out as a transfer of information instead of a transfer of responsibility.

Now what? For the next month I will end every handoff by asking, "What are the two things you will do first tonight?" I have also started writing my if/then plans with actual numbers: "if temp ≥ 38.0, blood culture ×1 and ceftriaxone 50 mg/kg". Dr. Nguyen said she would score me again in four weeks. I want to see my synthesis score move from a 2 to a 4, and I want my co-interns to be comfortable telling me when my plans are vague.`,
  },
  {
    id: "us-free-003",
    setting: "rural critical access hospital",
    role: "family medicine resident",
    text: `My rural rotation was six weeks in a critical access hospital in eastern Montana, fourteen beds and an hour and a half from the nearest cath lab. I expected to learn procedures. I learned about patient portals.

⟦NAME|Mr. Earl Vukovich⟧, a rancher from ⟦LOCATION|Ekalaka⟧, had a dual-chamber pacemaker (serial ⟦DEVICE|PJN881204S⟧) and sent portal messages at all hours about his "heart buzzing". His messages came in from the same home connection every time, ⟦IP|203.0.113.58⟧, which IT noted when a message got caught in the spam filter and was not seen for two days. By the time I read it, he had driven himself to the ER with a device alarm. It was a lead issue; he was fine after a transfer, but the two-day gap was ours.

What I took from this: in a town where everyone knows everyone, the clinic becomes the safety net for things the city would route to a 24-hour device line. The portal was never designed to be an alarm system, and we had quietly let it become one. My attending, Dr. Lindqvist, called the device company with me, and we set up remote monitoring alerts that go to the nurse's phone, not the inbox. We also wrote to ⟦NAME|Mr. Vukovich⟧ at ⟦EMAIL|earl.vuko@frontiermail.net⟧ with a plain rule: alarms are a phone call, not a message.

I came home thinking about how many rural safety systems rely on someone reading the inbox at the right time.`,
  },
  {
    id: "us-gibbs-004",
    setting: "near miss",
    role: "PGY-2 surgery",
    text: `Description. As a PGY-2 covering surgical floors overnight, I was asked to replace potassium for a post-op patient with a K of 2.9. I entered 40 mEq of potassium chloride IV and, in the rush, picked an order set that defaulted to a one-hour infusion through a peripheral line. The night pharmacist, Tomás, called within five minutes.

Feelings. Shame, mostly, and a flush of adrenaline when I realized what a 40 mEq bolus rate could do.

Evaluation. The order was never dispensed. Our pharmacy checks worked. But the order set had allowed it, and I had clicked through a warning I had seen so many times that I no longer read it.

Analysis. ISMP lists concentrated potassium among high-alert medications, and the usual peripheral maximum at our institution is 10 mEq per hour. Alert fatigue is real: our EHR fires dozens of low-value warnings a shift. I also realized I was prescribing like I did as an intern on medicine, where oral replacement was the norm and IV potassium was rare.

Conclusion. My safety net was a person, not a process, and I got lucky that Tomás was paying attention at 4am.

Action plan. I presented this at our M&M without blame, and the informatics team agreed to remove the one-hour default. Personally, I now split IV potassium into 10 mEq runs and think "rate, route, line" before signing. I also thanked Tomás properly, with coffee.`,
  },
  {
    id: "us-what-005",
    setting: "emergency department",
    role: "PGY-3 emergency medicine",
    text: `What? On my Indian Health Service elective in northern Arizona, I saw ⟦NAME|Ms. Loretta Begay⟧ on ⟦DATE|the Fourth of July⟧. She had driven two hours from ⟦LOCATION|Chilchinbeto⟧ with her grandson after three days of vomiting. Her glucose was 612 and her anion gap 28. She had stopped her insulin because the refrigerator in her trailer had failed in the heat and she did not want to waste the vials.

So what? I had arrived thinking about DKA protocols; the ADA consensus is clear and the protocol worked. What I had not thought about was electricity. The nurse, Mr. Yazzie, who grew up nearby, explained that many families haul water and run generators, and that "non-adherence" often means "no fridge". My documentation template had a box for "compliance" and nothing about power or distance.

Now what? Before she left, the pharmacist arranged a cooling wallet and a pen formulary that tolerates room temperature for longer. I wrote down her granddaughter's number, ⟦PHONE|(928) 555-0143⟧, for the public health nurse follow-up. For my own practice in a city ED next year, I will ask every patient with insulin "how do you keep it cold?" and I will stop writing "non-compliant" in notes. I also want to read more about the history of the IHS and the health system my patients there are navigating.`,
  },
  {
    id: "us-free-006",
    setting: "night shift",
    role: "new graduate RN",
    text: `Six months into my first nursing job on a cardiac step-down unit, I finally understand what my instructors meant by "reality shock". Kramer wrote about it in 1974 and Benner's novice-to-expert model came a decade later, and both described me exactly: following the rules perfectly and missing the patient.

The turning point was a Tuesday night in the spring. A man in his sixties with new heart failure looked "off" at midnight. His vitals were within the parameters; nothing triggered the rapid response criteria. I charted and moved on. At 03:00 his breathing was worse and his oxygen needs had doubled. The charge nurse, Denise, asked me one question: "What did your gut tell you at midnight?" It told me something was wrong. I had ignored it because I did not have a number to back it up.

Since then I have been practising saying "I'm worried, and here's why" even when the numbers look fine. Our hospital has a "nurse concern" trigger in the rapid response policy and I had never used it, because I thought it was for experienced nurses. I used it last week for a woman whose speech seemed slightly slurred, and it was a small stroke caught inside the window.

I am not an expert yet. But I am learning to trust myself, and to use the structures that already exist to back up a feeling with a call.`,
  },
  {
    id: "us-free-007",
    setting: "patient registration error",
    role: "PGY-1 family medicine",
    text: `This reflection is about a wrong-patient error I found during my first month of residency in Houston.

Two patients named ⟦NAME|Maria Guadalupe Hernández⟧ were in our clinic system. One was born ⟦DATE|02/14/1958⟧ and the other ⟦DATE|02/14/1985⟧. When I was reviewing labs after a night shift, I noticed a mammogram report in the chart of the younger woman, who had never had one. Registration had merged the two charts after a front desk clerk used a Social Security number, ⟦ID|078-05-1120⟧, that turned out to belong to neither of them: it had been copied from a sample form.

The older ⟦NAME|Mrs. Hernández⟧ had an abnormal mammogram that had never reached her. Her son had started a fundraiser for her "mystery" breast biopsy costs at ⟦URL|https://www.gofundme.com/f/ayuda-para-mama-lupe-hernandez⟧, which is how our social worker found her phone number again.

What I learned: identity errors are silent until something falls through. Two identifiers (name plus date of birth) were not enough when the dates were mirror images. My attending, Dr. Abernathy, helped me file a safety report and we contacted the health information management team, who unmerged the charts.

What I will do differently: I now check MRN, DOB and address when a result looks "wrong", and I have asked our clinic to stop using SSNs as a registration shortcut. The Joint Commission patient safety goals mention two identifiers; I think in practice we need a habit of noticing when two is not enough.`,
  },
  {
    id: "us-gibbs-008",
    setting: "resuscitation",
    role: "PGY-1 internal medicine",
    text: `Description: My first code as the intern who ran compressions and then, for four minutes, as the person at the foot of the bed while my senior ran to a second arrest on another floor. The patient was a woman in her fifties with PEA after a PE.

Feelings: I was excited, then terrified, then oddly focused. My hands were shaking when I said "Epinephrine 1 milligram IV push now" for the first time.

Evaluation: I followed the AHA 2020 ACLS algorithm: compressions, rhythm check every two minutes, epinephrine every 3–5 minutes, reversible causes. Where I struggled was closed-loop communication; I gave orders into the air and twice nobody confirmed them. The respiratory therapist, Kendra, quietly stood next to me and repeated each order back, which fixed it.

Analysis: I knew the algorithm cold. I did not know how to lead. Crew resource management literature talks about shared mental models and naming people. I was saying "someone get the ultrasound" instead of "Kendra, ultrasound please".

Conclusion: Leading a code is a communication skill, not a knowledge test. The tPA decision was made by the senior when he came back, and I think she got the right care, but the first minutes were messier than they needed to be.

Action plan: I signed up for our simulation lab's code leader sessions, and for the next month I will practise using names and closed-loop phrases on routine rounds too.`,
  },
  {
    id: "us-comment-009",
    setting: "night float",
    role: "chief resident",
    text: `This is a great reflection. As chief, I hear "pleasant, oriented" in sign-out every single night and it means almost nothing at 1am. Going to the bedside before ordering a sedative is exactly right. Your I-PASS addition is going on the agenda for our next intern curriculum meeting in March. Thanks for writing it down honestly, including the irritation.`,
  },
  {
    id: "us-what-010",
    setting: "discharge planning",
    role: "PGY-1 pharmacy resident",
    text: `What? On a Friday evening, I reviewed a discharge for ⟦NAME|Mr. Theodore Walsh⟧, who was going home to ⟦ADDRESS|2218 W Lunt Ave, Apt 3B, Chicago, IL 60645⟧ on apixaban after a new DVT. The pharmacy on file was a chain store that had closed months ago, and his insurance required a prior authorization nobody had started. He told me he drives a green pickup with the vanity plate ⟦OTHER|TEDDYW 7⟧ and would "just swing by whichever pharmacy is open".

So what? If I had not called, he would have left with a prescription that could not be filled over the weekend, and a new clot is not a weekend problem. Transitions of care are where anticoagulants go wrong; the ASHP has said this for years, and I had memorised it without ever seeing how it happens. It happens with a dead pharmacy address and a Friday.

Now what? I started the prior authorization, gave him a free 30-day card from the manufacturer program, and called his niece ⟦NAME|Colleen⟧, who helps with his medications, at ⟦PHONE|(773) 555-0119⟧. I now check the preferred pharmacy and insurance status for every anticoagulant discharge, and I have asked our preceptor, Dr. Hassan, whether discharge meds for high-risk drugs can be filled in our outpatient pharmacy before the patient leaves.`,
  },
];
