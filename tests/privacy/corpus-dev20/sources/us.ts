import type { SourceItem } from "../../corpus/types.ts";

/** United States: program directors, clerkship directors, sim faculty, and residents replying. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "morning report",
    role: "internal medicine program director",
    text: `
Morning report today was one of those sessions that reminds me why I still do this job at 7 a.m.

The senior resident, Dr. Alvarez, presented a case from overnight: ⟦NAME|Mr. Dwayne Pettiford⟧, MRN ⟦ID|40718823⟧, admitted ⟦DATE|March 4⟧ through the ED with "weakness." She walked the interns through it beautifully. Potassium 2.1, a U wave on the ECG, and a medication list that included hydrochlorothiazide and a new over-the-counter laxative his sister had bought him. The sister's number was on the board — ⟦PHONE|(414) 555-0186⟧ — because the night team wanted someone to call her about what else was in the medicine cabinet. I asked them to wipe it before we started.

The teaching points we landed on:

- Hypokalemia with metabolic alkalosis: think diuretics, vomiting, and mineralocorticoid excess, in that order.
- Always check magnesium. His was 1.2.
- The U wave is real, but a normal ECG doesn't exclude dangerous hypokalemia.

What I want to reflect on is the board. We've been doing morning report in a conference room with glass walls for years, and the board faces the corridor. Dr. Kowalski from the chief residents' office is going to help me redesign the template so that cases are presented with a one-line identifier ("a 58-year-old man with weakness") and nothing else. Case-based teaching doesn't need the patient's name to work. It works better without it, honestly; the learners stop thinking about the person down the hall and start thinking about the physiology.
`,
  },
  {
    id: "us-free-002",
    setting: "clinical competency committee",
    role: "associate program director (pediatrics)",
    text: `
Clinical Competency Committee met yesterday for the mid-year milestone reviews. Twenty-four residents, three hours, one bad coffee urn.

What I keep noticing is how much we lean on a handful of loud data points. One resident had a single glowing evaluation from the NICU attending, Dr. Sorensen, and a single harsh one from a hospitalist, and we spent twenty minutes arguing about those two when she had forty-one other evaluations that told a consistent, perfectly solid story. Dr. Nakamura, our PD, eventually cut in and said, "We are not a jury, we are a pattern-recognition committee." That's going on a sticky note.

A few other things for the record:

- The ACGME Milestones 2.0 language for Patient Care 3 is much better than the old version. People actually agreed on levels.
- We still have almost no direct-observation data on handoffs. The I-PASS structure is great, but nobody watches residents do it.
- Two PGY-1s were flagged as "needs more time", and in both cases what the committee actually meant was "quiet". I pushed back on that. Being quiet on rounds isn't a competency deficit.

Next step: I'm piloting a short handoff observation form with the chiefs, Maya and Devon, in February. If it takes more than two minutes to complete, nobody will use it, so that's the design constraint.
`,
  },
  {
    id: "us-what-003",
    setting: "in-situ simulation",
    role: "simulation director",
    text: `
**What happened.** We ran an unannounced in-situ sim in the MICU on a Tuesday afternoon: a massive hemoptysis scenario with a mannequin, fake blood, and a nurse confederate. It went fine as a sim. What went wrong was the room. The charge nurse gave us ⟦FACILITY_ROOM|MICU room 14 at Mercy St. Luke's⟧, which had been cleaned after a discharge, and on the whiteboard was still written "⟦NAME|Carmen⟧ — daughter ⟦NAME|Lupe⟧ visiting 4–6, DOB ⟦DATE|6/19/1931⟧, ⟦AGE|92⟧ — NO BP R arm." The whole team debriefed in front of it. I only noticed in the photos afterwards.

**So what.** Our debrief was good. The residents realized they had never practiced positioning a patient bleeding-side-down, and the respiratory therapist taught everyone how the bronchial blocker kit is stored. But the photos were going to go into our faculty development slide deck and into a conference abstract. Every in-situ sim happens in a space where real patients were a few hours ago. We plan for the mannequin and forget the room.

**Now what.** Our pre-brief checklist now has a line: "Whiteboard, screens and paperwork cleared (check with charge nurse)." I've deleted the photos and asked our sim tech, Jordan, to do the same. Dr. Hughes and I will present the room-clearance checklist at the regional sim meeting instead of the original abstract, which feels like a better talk anyway.
`,
  },
  {
    id: "us-free-004",
    setting: "morbidity and mortality conference",
    role: "surgery clerkship director",
    text: `
Some thoughts after this week's M&M, written mostly for the students on my clerkship who sat in the back row looking terrified.

M&M is supposed to be a place where we talk about complications without blame. This week the case was a missed retained sponge on a postoperative film, and the chief resident presenting it did something I have rarely seen: she said "I missed it" before anybody asked. Dr. Feldman, who has been running M&M here since before some of our residents were born, thanked her and then immediately turned the discussion to the count protocol and to why the radiology read had been delayed by six hours.

For students, a few translations of things you heard:

- "Gossypiboma" is the fancy word for a retained surgical sponge. It's rare, roughly 1 in 5,000 to 10,000 abdominal operations.
- The "Swiss cheese model" is James Reason's, from 1990.
- When Dr. Feldman asked about "the Joint Commission," he meant the accreditation body, and retained foreign objects are a sentinel event for them.

What I want you to take away is not the sponge. It's the tone. The chief could say "I missed it" because she trusted the room. If you ever present at M&M, and you will, the best thing you can do is be that honest, and the best thing the rest of us can do is deserve it.
`,
  },
  {
    id: "us-gibbs-005",
    setting: "clerkship professionalism meeting",
    role: "family medicine clerkship director",
    text: `
Description. A third-year student on my family medicine clerkship emailed me a "case log verification" for her portfolio. Attached was a scanned intake form from the clinic, unredacted: ⟦NAME|Rosa Delgado-Ybarra⟧, SSN ⟦ID|078-05-1120⟧, email ⟦EMAIL|rosadelgado.ybarra@yahoo.com⟧, with the student's own handwriting in the margin about the diabetic foot exam.

Feelings. My first reaction was a kind of sinking embarrassment on the student's behalf. My second was irritation with myself, because our case-log instructions say "attach documentation" and never say what kind.

Evaluation. The student did not intend to disclose anything; she was trying to be thorough. Nothing left our institutional email system. On the other hand, the form had been on her personal laptop for two weeks.

Analysis. This is a curriculum failure. We teach HIPAA in a single online module during orientation and assume it transfers. It clearly doesn't transfer to "what counts as evidence for my portfolio." Students copy what they think faculty want.

Conclusion. I met her with Dr. Whitaker, our privacy officer, and we treated it as a teaching conversation rather than a professionalism referral.

Action plan. The case-log template now says "de-identified summary only; never attach clinic documents." I've also added a ten-minute session on de-identification to the first clerkship Friday, using a fake intake form with a made-up name on it so students can practise redacting.
`,
  },
  {
    id: "us-comment-006",
    setting: "clinical competency committee",
    role: "PGY-2 resident (trainee comment)",
    text: `
As one of the "quiet" residents in a previous cycle, thank you for pushing back. My feedback said I needed to "speak up more on rounds," and nobody could tell me what I'd missed clinically. Once Dr. Nakamura sat down with my actual evaluations we figured out the real gap was presenting overnight events concisely. That's fixable. Quiet isn't a diagnosis.
`,
  },
  {
    id: "us-free-007",
    setting: "telehealth teaching",
    role: "telehealth curriculum lead",
    text: `
We've been teaching residents to do video visits for three years now, and this month I sat in on our first audit of how they document them. It was a humbling morning.

I'll give one example, with the resident's permission, because it shows exactly what we haven't taught. A second-year wrote a telehealth note for ⟦NAME|Mr. Harold Benally⟧ and pasted the whole connection troubleshooting log into the body of the note: the patient's home IP address ⟦IP|198.51.100.73⟧, the platform's session link ⟦URL|https://telehealth.nmhealthnet.org/visit/rm/hbenally-0417⟧, and a line saying his granddaughter ⟦NAME|Kayla⟧ had set up the tablet. She was trying to show that the visit really happened and that the patient really consented. Nobody had told her that the session link is effectively a key to the room.

Things the audit turned up, in order of how often:

1. Consent documented, but not the patient's location at the time of the visit (which matters for licensure).
2. Vital signs copied forward from an old in-person visit.
3. Identifiers from the technical side (links, IPs, device names) pasted into clinical notes.

The fix for the first two is a smart phrase. The third needs teaching. I'm adding a segment to our PGY-1 telehealth workshop, co-taught with Ana Figueroa from IT security, on what belongs in a chart and what belongs in a ticket to the help desk.
`,
  },
  {
    id: "us-free-008",
    setting: "conference report",
    role: "assistant dean for graduate medical education",
    text: `
Back from the ACGME Annual Educational Conference in Nashville, with a notebook full of things I want to try and a suitcase full of conference tote bags.

Highlights, in no particular order:

**Dr. Eric Holmboe** on competency-based medical education. He said the thing I've been trying to say for years: milestones are a shared mental model, not a grade. If your CCC is averaging milestone scores, you have missed the point.

**The well-being plenary.** A panel of program directors and one very brave PGY-3 talked about the 2017 duty-hour changes and what they did and didn't fix. The resident said the hours were fine; it was the inbox that was killing her.

**A workshop on entrustable professional activities** run by a team from Michigan. The best idea: write the EPA in the words a nurse would use to describe what they trust a resident to do. "I'd let her run a code without calling the attending" is an EPA.

**Coaching.** Three separate sessions on academic coaching, each citing Deiorio and Hammoud's coaching handbook. We've had a coaching program for two years; it is good, and it is under-resourced.

Our GME committee meets on the 14th. I'll bring a proposal for a half-day retreat on EPAs for program directors, and I'm going to ask for protected time for our coaches, who currently do this on top of full clinical loads.
`,
  },
  {
    id: "us-comment-009",
    setting: "morning report",
    role: "PGY-1 intern (trainee comment)",
    text: `
This was a great morning report. Small thing, though: we discussed ⟦NAME|Mr. Pettiford⟧ again on rounds later and the attending mentioned he's in ⟦FACILITY_ROOM|7 West, bed 22⟧ now, so half the interns went to have a look at the U wave on the monitor. Is that okay for teaching? I genuinely don't know where the line is.
`,
  },
  {
    id: "us-what-010",
    setting: "feedback conversation",
    role: "emergency medicine faculty",
    text: `
What? I gave an intern feedback at 3 a.m. after a hard resuscitation, and it went badly. He had run the code for a man in VF arrest, and I'd stepped in at minute six because compressions had drifted down to around 80 a minute and nobody had swapped the compressor for four cycles. Afterwards, in the doc box, I told him all that. He nodded and said "okay" and walked off.

So what? I realized on the drive home that I had given him a list of deficits while he was still adrenalized and probably a bit ashamed. I never asked what he saw or what he thought went well. I did the opposite of everything I teach in our faculty development sessions on the "ask-tell-ask" model. Also: the compressions were a team problem, and the team included me, standing at the foot of the bed for six minutes.

Now what? I texted him the next afternoon and asked for twenty minutes on his next shift. This time I started with "how are you doing after the other night?" and then "what do you remember about the first five minutes?" He identified the compressor swap himself. He also told me he'd never run a code as the leader before, which I had not known and should have asked. I've put a note in my own teaching portfolio: feedback after a resuscitation waits until the adrenaline has gone.
`,
  },
  {
    id: "us-free-011",
    setting: "rural rotation teaching",
    role: "rural track faculty (family medicine)",
    text: `
Our rural track residents spend eight weeks in small towns in the Upper Peninsula, and I visit each one at least twice. This week's teaching visit was in a clinic I love, and it produced a case I want to think about on paper.

The resident, Ethan, had been following ⟦NAME|Mrs. Alma Kivela⟧, ⟦AGE|99 years old⟧, still living on her own ⟦LOCATION|farm outside Chassell⟧, still driving her own truck, the green Ford with the plate ⟦OTHER|MI BKR 4417⟧ that everyone in town recognizes. Her daughter called the clinic on ⟦DATE|October 2⟧ because ⟦NAME|Alma⟧ had driven into the ditch by the church.

The teaching question was the driving conversation. Ethan had done the cognitive screen (MoCA 22) and wanted to know if that meant he should report her to the Secretary of State. I sent him to read the AMA's physician guide on older drivers and we role-played the conversation twice before he had it with her for real.

What I took from the visit:

- Rural residents carry continuity in a way our urban residents never will. Ethan knew her dog's name.
- The same closeness makes confidentiality different. In a town of 800, "an elderly woman with a green truck" identifies her.
- We need to teach driving assessment explicitly; it's not in our didactics at all.

I'll bring this to our rural track faculty meeting, and Dr. Lindqvist has offered to build a simulated case from it (with everything changed).
`,
  },
];
