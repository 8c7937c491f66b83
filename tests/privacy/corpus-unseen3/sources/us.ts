/** United States. */
import type { SourceItem } from "../../corpus/types.ts";

export const US: SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
**Gibbs reflection — PGY-2, ED nights**

**Description.** Around 4 a.m. on ⟦DATE|Nov. 8⟧ I picked up ⟦NAME|Mr. Walter Kowalczyk⟧, a ⟦AGE|96-year-old⟧ retired steelworker brought in from his daughter's house in Cicero with "weakness." He was in ⟦FACILITY_ROOM|hallway bed H3 at Loyola⟧ because every room was full. His MRN (⟦ID|40718823⟧) pulled up a chart with a DNR/DNI from 2021 and a long list: CHF, CKD stage 4, AFib on apixaban. Labs came back with a potassium of 7.1 and wide QRS on the ECG.

**Feelings.** Honestly, my first feeling was dread about where to treat a hyperkalemic ⟦AGE|96-year-old⟧ in a hallway. Then guilt for thinking about logistics before him.

**Evaluation.** Calcium gluconate, insulin/dextrose and albuterol went in fast. My attending, Dr. Priya Raman, helped me move him into a resus bay ahead of a stable patient. What didn't go well: I didn't talk to him about goals of care until after the treatment was running. He was clear and sharp. He said, "I told my girl I don't want machines, but medicine is fine." We got lucky that what we did matched what he wanted.

**Analysis.** Hallway medicine makes every conversation shorter and more public. There is no door to close. I noticed I avoided the big questions partly because other patients could hear. The literature on ED boarding (there's a lot since 2020) is mostly about mortality and length of stay; it says less about how it erodes dignity and privacy in the moment. Also, I've been leaning on the code status in the chart rather than asking, which is lazy. A DNR from 2021 tells me what he wanted three years ago.

**Conclusion.** Ask about goals early, even in a hallway, even at 4 a.m. Lower your voice, pull the curtain you do have, sit on the edge of the stretcher.

**Action plan.** I'm going to add a "goals check" to my own mental checklist for every patient over 80 with a critical lab. I'll bring the hallway-privacy issue to our resident council, and I signed up for the VitalTalk session in February.
`,
  },
  {
    id: "us-what-002",
    setting: "nursing school clinical",
    role: "nursing student",
    text: `
What?
Clinical day on a med-surg floor in San Antonio. I was given a patient on sliding-scale insulin and, when the fingerstick came back at 312, I calculated the dose from the scale and went to draw it up. My clinical instructor, Ms. Delgado, asked me to tell her the patient's last dose and when they ate. I didn't know either.

So what?
I had the math right but the context wrong. The patient had received correctional insulin two hours earlier and had just eaten a tray that I hadn't looked at. Stacking doses is exactly how people end up hypoglycemic at 3am. The ADA standards talk about moving away from sliding scale alone for this reason, and we had literally covered this in pharm the week before.

Now what?
I'm going to build a habit: before any insulin, check the MAR for the last dose, check the meal, then the scale. I wrote it on an index card for my badge reel. And I'm going to ask more "why" questions out loud so my instructors can catch my thinking before I act.
`,
  },
  {
    id: "us-free-003",
    setting: "hospice",
    role: "hospice nurse",
    text: `
The last visit

I've been a hospice nurse in Vermont for eleven years and I still get caught out by the last visit.

⟦NAME|Arlene Bouchard⟧ had been on our service since August with end-stage COPD. She lived alone at ⟦ADDRESS|1187 Route 14, East Craftsbury, VT 05826⟧, at the end of a dirt road that turns to soup in mud season. Her son ⟦NAME|Denis⟧ came up from Massachusetts on weekends and had given us his cell, ⟦PHONE|(413) 555-0182⟧, "for anything, any hour."

On ⟦DATE|Sunday the 15th⟧ I went up for a routine visit and knew within a minute that she was actively dying. Mottled knees, long pauses in her breathing. I called ⟦NAME|Denis⟧ and he was three hours away. I stayed. I turned her, did mouth care, and put the radio on the station she always had on, which was playing polkas, of all things. She died about forty minutes before he arrived.

I felt I'd failed him somehow, that I should have seen it coming on Thursday. My team lead, Marcy, pointed out that I'd told him on Thursday that things were changing, and I had. People die when they die.

What I'm keeping from this: tell families "it could be days, it could be hours" out loud even when you're not sure. And the radio thing. I'll do that again.
`,
  },
  {
    id: "us-comment-004",
    setting: "nursing school clinical",
    role: "nursing student",
    text: `
@rnjess@mastodon.social this is so real. I did almost the same thing with heparin last semester, right dose, wrong timing because I didn't check when the last one was. My instructor called it "being correct and still wrong." The index card idea is great, stealing it. Good luck with your NCLEX in May!
`,
  },
  {
    id: "us-free-005",
    setting: "outpatient pharmacy",
    role: "pharmacy resident",
    text: `
### Prior auths are eating my residency

Posting this partly to vent and partly to ask for advice.

I'm a PGY-1 ambulatory care pharmacy resident in Ohio. A big chunk of my week is prior authorizations for GLP-1s and insulin. Last Tuesday one came back denied for the third time for a patient with type 2 diabetes whose A1c is 10.4 on metformin and glipizide, and the plan wanted "step therapy documentation," which as far as I can tell means proof of something we already sent twice. I cropped the name off the screenshot so you can see the section I mean:

![Prior auth denial for ⟦NAME|Denise Tolliver⟧, DOB ⟦DATE|03/22/1967⟧, SSN ⟦ID|078-05-1120⟧, member ID ⟦ID|OHX449201773⟧, step therapy section](/uploads/pa-denial-crop.png)

The part that bothers me is that the plan's own rules say metformin plus one other agent for at least 90 days counts as the step, and she's been on both since 2022. My preceptor, Dr. Hollis, says the denials are basically designed to make people give up, and that the appeal letter is where pharmacists earn their keep.

Things I'm learning:
- Write the appeal like a clinical note: dates of each trial, doses, A1c values, reason for failure.
- Call the plan's pharmacist line instead of faxing again. Took me 40 minutes on hold, then 5 minutes to fix.
- Keep a template, but never let the template do the thinking.

If anyone has a good appeal template for semaglutide, please share.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "medication error",
    role: "internal medicine intern",
    text: `
Gibbs cycle: a potassium order I should not have signed

Description
Three weeks into intern year, on a busy general medicine service in Baltimore, I ordered IV potassium chloride for a patient with a potassium of 2.9. I put in 40 mEq to run over one hour through a peripheral line. The nurse, Keisha, called me within ten minutes and said our hospital policy caps peripheral potassium at 10 mEq per hour and that 40 over an hour through a 22-gauge in the hand was going to hurt, at best, and at worst was dangerous. I changed the order. The patient was fine.

Feelings
Mortified. I'd been an "A" student and had told myself I was a careful person. Also, weirdly, a little defensive at first, because the order set allowed me to enter it, which I now realise is not the same as it being right.

Evaluation
Good: the system worked, because a nurse who knew the policy was watching. I listened, I changed it, I thanked her. Bad: I didn't know the policy, I didn't think about the line, and I was going fast because I had eleven patients and a discharge to finish before noon.

Analysis
I went back and read our institutional guideline and the ISMP material on concentrated electrolytes. Potassium has been on high-alert medication lists for decades. The error had several layers: a knowledge gap (mine), an order set that didn't force the route/rate check, and time pressure. In the human factors lecture during orientation, Dr. Feldman talked about "Swiss cheese" and I nodded along; it is a different thing to be one of the holes.

I also reflected on the defensiveness. Nurses catch intern errors every single day. If my first instinct is to explain myself, I'm going to make it harder for them to call next time. Keisha had no obligation to be kind about it and she was.

Conclusion
I'm not a careless person, but I was a hurried one. Order sets are not guardrails unless someone builds them that way.

Action plan
- I submitted a safety report (blameless, about the order set), which our pharmacy team is now reviewing.
- Before signing any high-alert med, I'll say the dose, route and rate out loud to myself.
- When a nurse calls about an order, my first words will be "thank you, tell me more."
`,
  },
  {
    id: "us-what-007",
    setting: "rural EMS",
    role: "EMT",
    text: `
WHAT: Volunteer EMS call, rural eastern Montana. Rollover on a gravel county road about 40 minutes from the nearest critical access hospital. Driver was ⟦OTHER|the only large-animal vet in Garfield County⟧, pinned in a pickup with Montana plates ⟦OTHER|27-4417B⟧, conscious, GCS 14, complaining of neck and left hip pain. We did spinal motion restriction, splinted, and called for the helicopter, which took 50 minutes because of wind.

SO WHAT: Everybody on scene knew him, which helped (he trusted us) and hurt (one of our crew was visibly upset and froze up for a minute). In a town this small, there's no such thing as a stranger patient. I also realized we don't have a real plan for when the air ambulance can't fly: we talked about driving him ourselves and nobody agreed on the threshold.

NOW WHAT: I brought up two things at our monthly meeting. One, a quick "can you do this one?" check before we assign people to calls involving someone they're close to. Two, a written no-fly plan with our medical director, Dr. Haugen. We also have a PHTLS refresher scheduled for the spring.
`,
  },
  {
    id: "us-free-008",
    setting: "OSCE",
    role: "physician assistant student",
    text: `
My first OSCE as a PA student and what it taught me about nerves

I'm in the didactic year of a PA program in Atlanta. Last week we had our first graded standardized patient encounter: a 45-year-old with headache. I had prepared like crazy. I had differentials memorized (tension, migraine, cluster, SAH, giant cell arteritis even though she was too young). I walked in and forgot to introduce myself.

The SP, who was playing a patient whose headache was "the worst of my life," gave me a look that was completely in character and totally crushing. I recovered, got the thunderclap history, asked about neck stiffness, did a neuro exam, and did fine on the checklist. But the communication score was mediocre, and the faculty comment was "seemed rushed, did not acknowledge patient's fear."

She was right. I was listening for keywords that would unlock the next checklist item. Our program director, Professor Whitaker, always says the checklist is the floor, not the ceiling. I get it now. Next time I'm going to take one breath at the door, say my name, and ask "what's worrying you most?" before anything else.
`,
  },
  {
    id: "us-free-009",
    setting: "pediatric endocrinology",
    role: "pediatric resident",
    text: `
DKA at fourteen, and what a pump can't fix

This is a reflection I wrote for my pediatrics continuity clinic, lightly edited.

⟦NAME|Jaylen Brooks⟧ is a 14-year-old with type 1 diabetes I've followed for two years. He came in through the ED on ⟦DATE|October 30⟧ in DKA, pH 7.08, and was admitted to ⟦FACILITY_ROOM|PICU bed 6 at Children's of Alabama⟧. His insulin pump (serial ⟦DEVICE|NG3318462H⟧) had been disconnected for most of two days. He told the night resident the site had fallen off at school and he "just didn't feel like dealing with it."

At clinic I had always focused on his A1c and his pump downloads. What I hadn't asked, not really, was how things were at home. His mom works nights, his grandmother had died in the spring, and he was handling diabetes by himself as a ninth grader. The pump was never the problem.

My preceptor, Dr. Amanda Ellis, said something that stuck: "Technology is a multiplier. It multiplies whatever support the kid already has." We made a referral to our psychologist and set up a school nurse plan. I'm going to start every visit with him by asking about his week before I look at a single number.
`,
  },
  {
    id: "us-comment-010",
    setting: "pediatric endocrinology",
    role: "school nurse",
    text: `
@peds_resident@med-mastodon.com I'm pretty sure this is one of my kids, his mom posted about the PICU stay on her page (⟦URL|https://www.facebook.com/tanya.brooks.5530⟧) so the family isn't hiding it, but still. Really glad someone noticed the grief piece. Happy to be part of the school plan, we have a nurse on site until 3.
`,
  },
  {
    id: "us-what-011",
    setting: "medical education",
    role: "faculty",
    text: `
What? I've been a clerkship director in internal medicine in Minnesota for nine years. This fall I piloted replacing our end-of-rotation written feedback with a ten-minute in-person conversation, structured using the R2C2 model (published by Sargeant and colleagues in 2015).

So what? The students' comments were overwhelmingly positive, but what surprised me was the faculty. Several of my colleagues, including Dr. Lindqvist, who has taught here for thirty years, said they had never had to say negative things to a student's face before. Written comments let us hedge; face to face, you find out whether you actually believe what you're saying. Two faculty members asked for coaching.

Now what? We'll run a faculty development session in January with role-play, and I'll collect data on whether students act on the feedback (we can look at their sub-I evaluations in the spring). I'd love to hear from anyone who has tried something similar, especially at schools with large cohorts.
`,
  },
  {
    id: "us-free-012",
    setting: "telehealth",
    role: "nurse practitioner",
    text: `
Telehealth, a frozen screen, and a wellness check

I'm a psychiatric NP doing mostly video visits for a clinic in New Mexico. On ⟦DATE|Friday, November 13⟧ I was seeing ⟦NAME|Rosalind Tapia⟧ for a medication follow-up. Halfway through, she said something like "I won't need these refills after the weekend" and then the video froze and the call dropped.

She didn't answer her phone. I had her listed number (⟦PHONE|505-555-0139⟧) and her email, ⟦EMAIL|rosie.tapia77@outlook.com⟧, and nothing came back. Our platform logs the connection, and our IT person helped me confirm she'd been connecting from home, not from a work location (the session log showed ⟦IP|198.51.100.47⟧, same as her previous visits, which matched the home address on file). I called local police for a wellness check.

She was alive. She was angry at me for a couple of weeks and then she came back and told me she'd been planning to overdose, and that the knock on the door had interrupted it.

My clinical supervisor, Dr. Chavez, and I talked about whether I'd overstepped by using the IP log. We decided I hadn't, because it was about confirming location in an emergency, but I want a written policy so the next clinician isn't improvising. I've drafted one with our compliance team and it's going to our December staff meeting.
`,
  },
  {
    id: "us-gibbs-013",
    setting: "night shift",
    role: "registered nurse",
    text: `
Description: Night shift on a step-down unit in Phoenix. One of my patients, a man in his eighties with delirium, got out of bed around 2:40 am and fell before the bed alarm sounded. He had a skin tear and no fracture on imaging.

Feelings: Guilty. I was in another room with a rapid response and I felt like I'd abandoned him.

Evaluation: The bed alarm had been set to the least sensitive setting, probably by day shift when he was calmer. I didn't check it when I took over. The rapid response was appropriate to prioritize. Post-fall huddle went well and my charge nurse, Daniela, made it clear it wasn't about blame.

Analysis: Falls with delirium are common, and the evidence for bed alarms alone is weak. Things like the HELP program (Hospital Elder Life Program, developed at Yale in the 1990s) focus on sleep, orientation and mobility, which are much harder to do at night with a 1:4 ratio. I've been thinking of the alarm as the safety measure instead of one piece.

Conclusion: I need to check equipment settings at handover and think about delirium prevention earlier in the shift.

Action plan: Add alarm settings to my bedside handover checklist. Ask our educator about a delirium in-service. Get better at asking for a sitter early.
`,
  },
  {
    id: "us-free-014",
    setting: "breaking bad news",
    role: "oncology fellow",
    text: `
# "Is it the bad kind?" — telling a 19-year-old she has Hodgkin lymphoma

I'm a first-year hematology/oncology fellow in Seattle, and I want to write about a conversation I had a month ago that I did partly well and partly badly.

The patient was a 19-year-old college student. The biopsy of a neck node showed classical Hodgkin lymphoma. The prognosis for early-stage disease is good; cure rates are high. I went into the room thinking that this would be an easier conversation than most of mine, because I could say "very treatable."

I used the SPIKES framework (Baile and Buckman, 2000), which I learned in medical school in Michigan. Private room, her mom there, phones on silent. I asked what she understood; she said "the doctor said it might be lymphoma, is it the bad kind?" She said "just tell me," so I did.

Here's where it went sideways. I moved too fast to the good news. I said "it's lymphoma, Hodgkin lymphoma, and the good news is that it's very curable." She started crying and didn't stop for several minutes, and I kept talking, listing stages and the ABVD regimen and fertility preservation. Her mom eventually put a hand on my arm and said, kindly, "she's not hearing you."

In my head, "curable cancer" was a relief. In hers, the first word was cancer, and everything after it was noise. I had given her my emotional frame instead of waiting for hers.

What I did well: I stopped, said "I'm sorry, this is a lot," and sat with them. Two hours later I came back and we went through it again, slower, with written information.

My attending, Dr. Nakamura, said that "optimistic dumping" is one of the most common mistakes she sees in fellows, and that the fix is just to name the emotion and stop talking. I knew that. I have the NURSE acronym on a card. I still didn't do it in the moment, because I was so relieved to be giving good news that I forgot it wasn't good news to her.

Going forward, I'm going to wait for the first emotional response before giving any prognostic information, even when it's positive. I'll ask, "What's going through your mind?" And I'm going to practice this in our communication lab in January, on exactly this scenario, the "good" bad news.
`,
  },
  {
    id: "us-free-015",
    setting: "home ventilation",
    role: "respiratory therapist",
    text: `
Home vent visit, eastern Kentucky

I'm a respiratory therapist with a home medical equipment company. One of my patients is ⟦NAME|Bobby Ray Caudill⟧, 61, a retired coal miner with ALS on a home ventilator (serial ⟦DEVICE|TV2H-118407⟧) since the spring. He lives up a hollow at ⟦ADDRESS|4410 Lower Rockhouse Rd, Hindman, KY 41822⟧, where the power goes out every time there's a storm.

On ⟦DATE|Nov. 4⟧ his wife ⟦NAME|Darlene⟧ called the after-hours line from ⟦PHONE|606-555-0121⟧ because the internal battery alarm was going off and the generator wouldn't start. I talked her through switching to the external battery, then drove out. Ninety minutes. The generator had bad gas in it.

What bothers me is how much depends on her. She's his only caregiver, she's 64, and she's terrified of the machine. We'd trained her, but in daylight, calmly, with me standing there.

I've asked our company to add a night-time, lights-off drill to caregiver training, and I called the electric co-op to make sure he's on their medical priority list. He was not. He is now.
`,
  },
];
