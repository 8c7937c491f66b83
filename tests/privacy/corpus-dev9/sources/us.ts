import type { SourceItem } from "../../corpus/types.ts";

/** United States: 11 items. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "ambulance call",
    role: "EMT",
    text: `
Writing this for my EMT-B portfolio, because my medic told me the calls that bother you are the ones worth writing up.

Saturday night, we got sent to a "man down" on the Northwest Side. Our patient, ⟦NAME|Mr. Ernesto Villalobos⟧, 67, was on the floor of his kitchen at ⟦ADDRESS|4418 N. Kostner Ave, Chicago, IL 60630⟧, with his grandson ⟦NAME|Danny⟧ on the phone to us from Texas because he'd been on FaceTime with his abuelo when he went down. ⟦NAME|Danny⟧ gave dispatch his own cell, ⟦PHONE|(512) 555-0163⟧, and stayed on with us the whole time.

⟦NAME|Mr. Villalobos⟧ was alert but confused, glucose 38. We did the textbook thing: IV access, D10, recheck, up to 112 in about eight minutes, and he came back to himself and started apologizing in Spanish and English for the mess. He's on glipizide and had skipped dinner because the Bears game went to overtime.

What I keep thinking about is ⟦NAME|Danny⟧. He was 1,100 miles away, watching his grandfather on a phone screen propped against a coffee can, and he was the one who called 911. My partner Tasha talked to him the whole time, narrating what we were doing. I would never have thought to do that. It made me realize family on the phone are part of the scene even when they're not in the room.

Also, refusals after hypoglycemia are tricky. He wanted to stay home. We did the full refusal with capacity assessment, left him eating a sandwich, and Tasha made him promise to call his PCP Monday. I'm still not 100% comfortable with it.
`,
  },
  {
    id: "us-what-002",
    setting: "medication error",
    role: "new graduate RN",
    text: `
**What happened?** Month three of my nurse residency on a med-surg floor in Phoenix. I gave 10 units of insulin lispro to a patient at 17:30 when the order was sliding scale and her POC glucose was 142, which on our scale is 2 units. I read the scale for the wrong row. No harm: I caught it myself at 18:10 when I was charting, called the charge nurse, we did q30 min glucose checks, gave juice and crackers, and her lowest was 71. I filed the incident report before I left.

**So what?** I had six patients, two of them on insulin drips' worth of attention, and dinner trays all came up at once. Our scanner beeped "dose exceeds" and I clicked through because it always beeps for sliding scale. Alarm fatigue is a real thing, not a phrase from an ISMP newsletter. I also didn't use the independent double check for insulin because nobody on nights does.

My preceptor, Renee, said something that stuck: the Joint Commission doesn't care if you felt rushed, but she does, and both matter.

**Now what?** 1) I read the sliding scale out loud, row and dose, before I draw up. 2) Double checks for every insulin dose over 5 units, even if I'm the only one doing it at first. 3) I've asked our unit educator to look at the scanner alert because if I'm clicking through, everyone is.

I cried in the car, listened to half a Grey's episode on my phone, and came back the next day. That's probably also part of the reflection.
`,
  },
  {
    id: "us-free-003",
    setting: "hospice home visit",
    role: "hospice nurse",
    text: `
⟦NAME|Miss Opal⟧ died this morning and I want to write something down before the next visit.

She was ⟦AGE|a hundred and two⟧. She lived in ⟦LOCATION|the single-wide behind the Free Will Baptist church off KY-80, across from the old Tastee Freez in Hindman⟧, with her great-niece ⟦NAME|Loretta Slone⟧ and three cats. Heart failure, EF of 15%, and a pacemaker she'd had since 1998 that the cardiology nurse finally had us deactivate last month. The serial off the interrogation sheet, ⟦DEVICE|PJN614820H⟧, went on our deactivation form and I checked it against the card in her Bible twice.

I'd been her nurse since March. She'd tell you straight out she didn't like "doctoring" and wanted to go at home in her own bed with the Grand Ole Opry on. That's what happened. ⟦NAME|Loretta⟧ called me at 4:50, I was there by six, and the whole holler had already brought casseroles.

What I want to remember as a nurse: we talked about the pacemaker deactivation for three visits before she decided. I brought the cardiology nurse out to the house because ⟦NAME|Opal⟧ wouldn't go to the clinic in Hazard. She asked if turning it off would "kill her". We explained it wouldn't stop her heart, it would stop it being forced to keep going. She thought about it for a week and then said, "Well, the Lord's been patient, I reckon I can be too."

Hospice nursing isn't glamorous. It's gravel roads, a lot of coffee, and sitting with people long enough for them to decide.
`,
  },
  {
    id: "us-comment-004",
    setting: "preceptor feedback",
    role: "nurse preceptor",
    text: `
Good reflection, and thank you for being honest about the insulin. For what it's worth I did exactly the same thing in 2011 on my second week, with Humalog, and I still remember the patient's face. Two suggestions: bring this to our unit practice council next Wednesday as a case, no names, and look up the ISMP high-alert medication list before then. You're going to be a good nurse.
`,
  },
  {
    id: "us-free-005",
    setting: "pharmacy",
    role: "pharmacy technician",
    text: `
Privacy fail at our retail pharmacy I want to reflect on, because I was part of it.

A fax came in from a specialty clinic for a prior authorization. Normal. But the clinic had faxed it to our store instead of the one three blocks away, and instead of calling them right away it sat on the shared printer for about two hours. It had the patient's name, ⟦NAME|Tamika R. Whitfield⟧, DOB ⟦DATE|11/02/1984⟧, SSN ⟦ID|078-05-1120⟧, and her HIV medication list on it. Anybody picking up their own prints could have seen it. One of the other techs, Brandon, read it out loud as in "hey whose is this", in front of the drive-thru window.

I knew the HIPAA training answer. I'd done the annual module in January like everyone else. What I didn't do was act on it. I put the fax in the "misc" tray and kept filling. The pharmacist, Dr. Nguyen, found it when the clinic called looking for it, and she handled it properly: called the clinic, documented, shredded, reported to our privacy officer.

What I'm taking from it:
- "someone else will deal with it" is how breaches happen.
- HIV status has extra state protections in a lot of places, and a name read out loud is a disclosure.
- The fax machine should not print to the same tray as the photo kiosk. I raised this and the store manager moved it.

I'm studying for my PTCB recert in the spring and I want to actually understand the rules this time, not just pass the quiz.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "outpatient physical therapy",
    role: "physical therapy student",
    text: `
**Description.** Second clinical rotation, outpatient ortho in Columbus. My patient was a 19-year-old college soccer player, 6 weeks post ACL reconstruction with hamstring autograft. My CI, Mike, let me run the whole session. I pushed her into open-chain knee extension from 90 to 0 degrees because her quad lag was bugging me.

**Feelings.** Confident, then not. Mike stopped me halfway and asked what the literature says about open chain this early.

**Evaluation.** I knew it. I just didn't apply it. Early open-chain terminal extension puts anterior shear on the graft. Most protocols limit OKC to 90–45 degrees until about 12 weeks. Nothing bad happened, she did four reps and had no pain or effusion.

**Analysis.** I was treating the number (a 10 degree lag) instead of the person and the timeline. I also wanted to impress Mike, which is not a clinical reason for anything. The MOON group papers and the 2022 CPG are pretty clear.

**Conclusion.** Knowing a protocol and using it under pressure are two different skills.

**Action plan.** Write out the phase-based protocol on an index card for each post-op patient before the session. Ask my CI before I change an exercise mid-session. And maybe stop talking about Ohio State football with patients who went to Michigan, she was not amused.
`,
  },
  {
    id: "us-free-007",
    setting: "school nursing",
    role: "school nurse",
    text: `
First year as the only RN for three elementary schools in a rural district, and this week made me rethink how I handle parent communication.

One of our second graders, ⟦NAME|Jaxon "Jax" Pruitt⟧, has type 1 diabetes and a Dexcom that shares to his mom's phone. On ⟦DATE|Tuesday the 14th⟧ his CGM alarmed low at recess, 54 and dropping. We treated per his DMMP (15 g fast carbs, recheck in 15), and he came up fine. But his mom, ⟦NAME|Brandi⟧, saw the alert at work and emailed me from ⟦EMAIL|brandi.pruitt.walden@yahoo.com⟧, cc'ing the principal, the superintendent and, somehow, the whole PTA list, asking why nobody called her.

The honest answer is the plan says call for under 50 or if symptoms don't resolve, and he was 54 and fine. But she didn't know that because she'd never actually seen the final plan, the old nurse had signed it with her.

What I did: I called her instead of replying-all. We went through the plan line by line. She cried a bit, and so did I after I hung up. He's ⟦OTHER|the only kid in Walden Elementary with an insulin pump and a service dog named Biscuit⟧ and she feels like everyone's watching them.

What I learned: a plan no one has explained isn't a plan. Also, I need to ask the district IT about that email list, because that reply-all put her son's medical info in front of about ninety people. Our IT guy already told me the message went out from ⟦IP|198.51.100.77⟧, which is the district's own guest wifi, so she must have been sitting in the school parking lot when she sent it.
`,
  },
  {
    id: "us-free-008",
    setting: "labor and delivery",
    role: "labor and delivery nurse",
    text: `
Shoulder dystocia last night, and I want to write it while my hands still remember.

Term multip, estimated fetal weight 4,100 g, gestational diabetes on metformin, precipitous second stage. The head delivered at 03:12 and turtled. I called it out loud, pressed the emergency button, and noted the time. The attending was there in about 40 seconds, which felt like ten minutes.

We did McRoberts first, my colleague Yesenia and I each taking a leg, then I did suprapubic pressure, CPR-style hands, while the attending tried for the posterior arm. Delivered at 03:14. Baby was floppy, Apgar 3 at one minute, 8 at five, NICU team took over, cord gases were okay. Mom had a third-degree tear and a 1,200 mL PPH that we managed with oxytocin, methergine and a lot of fundal massage.

What went well: we'd done the AWHONN drill in September and everyone knew their role. I said the time out loud every 30 seconds, like we practiced, and it helped the attending more than I expected.

What I'd change: I didn't tell mom what was happening. She was screaming "what's wrong" and all I said was "push when I say". Our debrief afterward (Dr. Ferreira insisted on it, even at 5am) brought that up. Next time somebody's job is to talk to the patient.

Home now. Too wired to sleep. Texans are on at noon, so at least there's that.
`,
  },
  {
    id: "us-free-009",
    setting: "nursing home",
    role: "certified nursing assistant",
    text: `
so my instructor says we have to do a reflection for every clinical day and i'm bad at these so here goes

day 6 at ⟦FACILITY_ROOM|Maple Crest Health & Rehab⟧. i'm assigned to the east hall again w/ my aide buddy Keisha. ⟦NAME|Mr. Haskins⟧ in ⟦FACILITY_ROOM|214B⟧ is a handful but honestly i love him. he was a trucker for 40 yrs and tells the same story about a snowstorm in Wyoming every morning. he's got moderate dementia and a hx of CVA w/ left side weakness. 2 assist with the gait belt, he hates the hoyer.

(mr H from here on, we're not supposed to write full names, oops) today ⟦NAME|mr H⟧ refused his shower bc "the girl from last week scrubbed too hard". i didn't push. came back 30 min later w/ warm towels and a radio playing Merle Haggard and he let me do it. keisha says i have the magic touch lol. not magic, i just listened to what he actually complained about.

the other thing: his son ⟦NAME|Randy⟧ came in while i was charting and asked me straight out if his dad's been falling. i froze. i know there was a fall last week but i'm a CNA student, not the charge nurse, and i didn't know if i was allowed to say. i said "let me get the nurse for you" which my instructor said was exactly right.

things to remember:
- ask why someone refuses, don't just document refusal
- family questions go to the nurse, nicely
- wash your hands before AND after, every time, even when you're in a rush

tired but good day
`,
  },
  {
    id: "us-what-010",
    setting: "telehealth",
    role: "telehealth nurse",
    text: `
**What?** I work remote triage for a telehealth service out of Denver. Tuesday a patient, ⟦NAME|Gordon Everly⟧, MRN ⟦ID|TH-4471902⟧, logged in for a routine BP follow-up but his video showed him in a car, clearly driving. He said he was "just on the way to work". Then halfway through the call the session dropped and reconnected from a totally different location. Our audit log showed the first connection from ⟦IP|192.0.2.17⟧, his usual home address, and the second from ⟦IP|203.0.113.58⟧, which the system flagged as not his usual device.

**So what?** Two problems tangled together. One: safety. We aren't supposed to do visits with someone driving and I should have ended it at once instead of asking him to "pull over when you can". Two: identity. When the session came back, it wasn't him on the screen at first, it was a woman who said she was his wife, ⟦NAME|Sharon⟧, and she wanted to know his numbers. I had no consent on file for her.

I handled the second one okay. I didn't give her anything and asked ⟦NAME|Gordon⟧ to call back himself. I handled the first one badly because I was worried about losing the visit slot.

**Now what?** I'm going to use our "stop the visit" script word for word next time, and I've asked our IT security folks how we're supposed to respond to the different-device flag. Nobody on the nursing side knew. HIPAA training covers fax machines and hallway conversations, but not this.
`,
  },
  {
    id: "us-free-012",
    setting: "emergency department",
    role: "ED nurse",
    text: `
Posting the picture our charge nurse took for the unit newsletter, with the family's OK:

![⟦NAME|Mr. Alvin Tuckett⟧ and his daughter ⟦NAME|Marisol⟧ in ⟦FACILITY_ROOM|ED room 12⟧ on his birthday](tuckett-birthday.jpg)

He turned ⟦AGE|100⟧ on ⟦DATE|Friday, June 6th⟧ and spent it with us on a 2-liter nasal cannula, CHF exacerbation, BNP over 2,000. We got a cupcake from the cafeteria and half the night shift sang. Small thing, but it was the best moment of a rough week. Reminder to self: ask about birthdays.
`,
  },
  {
    id: "us-comment-011",
    setting: "peer feedback",
    role: "nursing student",
    text: `
Omg the shower thing is so real. I had a resident last week who refused every single day until I figured out she hated the fan noise in the shower room, not the shower. Agree with your instructor about family questions too, our clinical group got told the same. Also Merle Haggard is the move, my grandpa would approve. See you at sim lab Thursday!
`,
  },
];
