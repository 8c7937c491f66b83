import type { SourceItem } from "../../corpus/types.ts";

/** US: EMS, nursing school, pharmacy, residency and a CNA in long-term care. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "EMS",
    role: "EMT-Basic",
    text: `
typing this in the rig between calls so excuse the mess. Lift assist at ⟦ADDRESS|1418 W Dunmore Ave, Apt 2B, Lansing, MI 48915⟧, 4th time this month. ⟦NAME|Mrs. Kowalczyk⟧, ⟦AGE|91 y/o⟧, on the floor since around midnight, no LOC, skin tear on the L forearm, CK probably through the roof but she refused transport again. A&Ox4, capacity documented, signed the refusal. Her daughter ⟦NAME|Renata⟧ is in Ohio and asked us to call her at ⟦PHONE|(614) 555-0139⟧ every time, which we did.
What bugs me: we keep "lifting and leaving." Nobody is connecting her to anything. Talked to my partner Marcus and our supervisor about the community paramedic referral program, apparently it exists, apparently nobody uses it. Filling one out tomorrow. Also this truck needs a lift cushion that actually inflates, lol.
`,
  },
  {
    id: "us-what-002",
    setting: "pharmacy",
    role: "PGY1 pharmacy resident",
    text: `
What: first week running vancomycin AUC dosing on my own. Patient with MRSA bacteremia, 82 kg, SCr 1.4 and rising. Two levels drawn, AUC came out at 710, way above the 400–600 target in the 2020 ASHP/IDSA consensus. I recommended dropping from 1,250 mg q12h to 1,000 mg q12h and rechecking in 48h.

So what: the team had been about to add pip-tazo "for coverage", and vanc + pip-tazo is the combo everyone worries about for AKI. I was nervous speaking up on rounds, Dr. Feldman is very fast and very sure. But he listened, and he asked me to explain AUC vs trough to the interns, which I totally fumbled.

Now what: make a one-page AUC cheat sheet, practice explaining it in under 60 seconds, and ask my preceptor Jenna to watch me do it on Thursday.
`,
  },
  {
    id: "us-free-003",
    setting: "emergency department",
    role: "nursing student (BSN, 3rd semester)",
    text: `
Clinical day 6 in the ED. Helping my RN with an admission and the face sheet printed to the hallway printer, not the one at the nurses station. It had the patient's full SSN on it, ⟦ID|078-05-1120⟧, plus name ⟦NAME|Ms. Halvorsen⟧ and DOB ⟦DATE|3/9/44⟧. It sat there for like 20 min with visitors walking past. I grabbed it and gave it to my nurse (Trish, amazing) who shredded it and reset the printer default.
Why am I writing this: I almost didn't say anything because I'm "just a student." HIPAA isn't just about not gossiping in the elevator, it's printers and screens and whiteboards. Trish told me to email the charge nurse so it gets fixed for real and not just for today. Did that. Felt weirdly brave lol.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "resuscitation",
    role: "medical student (MS4)",
    text: `
Description. Sub-I in the MICU. A patient coded on day rounds, PEA, and I did compressions for two cycles while my resident ran it. Epi every 3–5 min, we found a K of 7.9 on the gas and gave calcium chloride, bicarb and insulin with D50. ROSC after 14 minutes. He died two days later after the family moved to comfort care.
Feelings. During: weirdly calm, counting out loud. After: shaky, then nothing, then I cried in the parking garage at 9pm.
Evaluation. Compressions were good quality per the feedback pad. I didn't swap out when I was tiring and I should have, the rate dropped.
Analysis. The H's and T's work when someone says them aloud. Hyperkalemia was on the list because Dr. Osei said "dialysis patient, missed Saturday" in the first minute.
Conclusion. Good code, sad outcome, and both are true.
Action plan. Say "swap in 30 seconds" out loud. Go to the resident debrief next time instead of skipping it. Text my mom more.
`,
  },
  {
    id: "us-free-005",
    setting: "long-term care",
    role: "certified nursing assistant",
    text: `
been a CNA 6 yrs and this one got me. Resident at ⟦FACILITY_ROOM|Maple Crest Manor, room 114⟧, ⟦NAME|Miss Betty⟧ to everyone, going on hospice this week. She taught 3rd grade for 40 years and still corrects my grammar lol. Her grandson set up ⟦URL|https://www.gofundme.com/f/betty-okonjo-hospice-wishes⟧ and put pictures of her from her bed on it, one with her chart in the background.
I showed the nurse because I didn't know if I was allowed to say anything. She said its the family's right to post but the chart in the photo is a problem for us, and she called the grandson, really kindly. He took it down and reposted.
learned: you can respect a family and still protect the info. I also learned Miss Betty likes strawberry Ensure and hates the vanilla. Writing that on the care plan.
`,
  },
  {
    id: "us-comment-006",
    setting: "internal medicine",
    role: "attending physician",
    text: `
This is a really thoughtful write-up. Two things. First, your instinct to recheck the potassium before pushing more insulin was correct; trust it and say it out loud. Second, you don't need to apologize in your sign-out for calling me at 2 a.m. That's what I'm there for. Let's go through the DKA protocol together on Friday. Proud of you.
`,
  },
  {
    id: "us-free-007",
    setting: "night shift",
    role: "intern (internal medicine)",
    text: `
night float 3/7. paged 41 times. highlights:
- K 6.1 on a CKD pt, peaked T's, gave Ca gluconate 1g, insulin 10u + D50, albuterol neb. repeat 5.4. felt like a real doctor for 5 minutes
- "pt is agitated" x4 → 2 were pain, 1 was retention (900ml on bladder scan!!), 1 was actually just bored
- tylenol order clarification at 3:12am, no comment
what I'm taking away: go see the patient. the page never tells you the whole thing. my senior Ravi said the same on day 1 and I didn't really get it until tonight.
also: drink water, you are not a cactus. sleeping till 2pm then gym then more nights. 4 to go.
`,
  },
  {
    id: "us-what-008",
    setting: "telemedicine",
    role: "telehealth nurse (heart failure program)",
    text: `
What? A heart failure patient missed her third video visit in a row. IT finally told me the platform's fraud filter had blocked every login from her home connection, ⟦IP|198.51.100.47⟧, because it looked "out of region." She lives 20 minutes from our clinic. Meanwhile her weight was up 4 lb in 3 days on the Bluetooth scale and nobody was looking at it. Her daughter emailed me from ⟦EMAIL|marisol.quintero.fam77@gmail.com⟧ asking why nobody called.

So what? Tech failures look like "non-adherence" in the chart. She got labelled non-compliant when the system locked her out.

Now what? I called her, increased the furosemide per protocol with Dr. Nakamura's okay, and IT whitelisted the address. I'm also asking our manager for a weekly "failed login" report so we catch this before the patient ends up in the ED.
`,
  },
  {
    id: "us-free-009",
    setting: "OSCE",
    role: "physician assistant student",
    text: `
Standardized patient exam today. Abdominal pain case, RLQ, I got McBurney's point, Rovsing's and psoas, then totally forgot to ask about LMP before saying "appendicitis." The SP was kind but marked me down and she was right, ectopic has to be on the list for anyone who could be pregnant.
Being first-gen means I don't have anyone at home to practice on who knows what a psoas sign is, so my little brother got examined at Thanksgiving and he was NOT thrilled. My study group (Ana, Deshawn, Kim) is going to do timed cases every Tuesday night on Zoom.
Next goal: build a differential out loud before I touch the patient. Also sleep more than 5 hours before exams, the last time I did this on 4 hours I forgot my own stethoscope.
`,
  },
  {
    id: "us-comment-010",
    setting: "EMS",
    role: "paramedic",
    text: `
@rigrat that's ⟦NAME|Mrs. Kowalczyk⟧ on ⟦ADDRESS|Dunmore⟧, right? We've been out there three times on B shift too. Community paramedic program is real, I referred someone last spring and they got a home safety eval and a lift chair in two weeks. Call the coordinator direct, the online form goes into a void. Good on you for calling the daughter every time.
`,
  },
  {
    id: "us-free-011",
    setting: "ICU",
    role: "ICU nurse (internationally educated)",
    text: `
I am nurse from Haiti, 2 years now in a big ICU in Miami. Tonight we proned a man with ARDS, P/F ratio 82, on 80% FiO2 and PEEP 14. Six people, one at the head, my charge nurse Yolanda run it like a dance. I was on the left side watching the lines. One time I was scared because the art line dampened, but it was only kinked under his arm.
In my country we had no prone team, sometimes no ventilator. Here we have everything and still it is so hard. What I learn: the slow way is the fast way. Check every line before, during, after. And talk, all the time, even when he cannot hear. I speak to him a little bit in Creole because his wife told me he like it. Tomorrow I will ask to join the proning training as a helper.
`,
  },
  {
    id: "us-gibbs-012",
    setting: "palliative care",
    role: "ICU nurse (CVICU)",
    text: `
Description. Last night I took care of ⟦NAME|Mr. Abernathy⟧ in ⟦FACILITY_ROOM|CVICU room 7 at Baptist Health Lexington⟧ during his terminal wean. He was ⟦AGE|91⟧, three weeks out from a valve surgery that he'd chosen himself ("I'm not done fishing"). He never really woke up after the second stroke. His wife ⟦NAME|June⟧ had asked, two days before, if the grandkids could record a video message to play for him, and she'd sent it to me from ⟦EMAIL|junebug.abernathy1948@aol.com⟧ with a shared album link, ⟦URL|https://photos.app.goo.gl/aB3xKq9TfWm2Lr7N8⟧, full of pictures of him holding fish. The family meeting was on ⟦DATE|Jan 2⟧ and the wean was planned for the evening of ⟦DATE|the 4th⟧.

Feelings. Honored, heavy, and at one point irritated, because the fellow wanted to do the extubation at shift change and I pushed back. He died 40 minutes after extubation with June holding his hand and the video playing quietly on my work phone propped on the bedside table.

Evaluation. What went well: the room was calm, the glyco and morphine were on board before we pulled the tube, the alarms were off, and I'd asked respiratory therapy to come in quietly. What didn't: I'd forgotten to tell the unit clerk, so a phone call came through for the family right in the middle. Small thing, big moment.

Analysis. Comfort-focused extubation is a procedure like any other, and it deserves a checklist and a time-out. Our unit doesn't have one. My colleague Tasha, who worked hospice for ten years, says a "quiet room" sign and a heads-up to the desk are standard where she came from.

Conclusion. I did a good job for him and his family, and I also learned that privacy and peace in the room need planning, not luck. Also: the personal email and the album should go through the patient portal next time, not my work inbox. I said yes because I wanted to help.

Action plan. Draft a one-page terminal wean checklist with Tasha and our CNS, bring it to the practice council next month. Ask pastoral care to run a short debrief for the night staff. Go fishing with my dad this spring.
`,
  },
];
