import type { SourceItem } from "../../corpus/types.ts";

/** United States: MICU, SICU, CVICU/ECMO, PICU, NICU, transplant, chaplaincy. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "medical icu",
    role: "pulmonary and critical care fellow",
    text: `I want to write about the family meeting I got wrong and then got less wrong.

⟦NAME|Mrs. Dolores "Dee" Whitaker⟧, ⟦AGE|93⟧, was in the MICU with urosepsis and a new NSTEMI on top of her CKD. Her son ⟦NAME|Randall⟧ flew in from Phoenix and wanted "everything", and her daughter ⟦NAME|Bonnie⟧, who had lived with her on ⟦ADDRESS|Caldwell Street in Paducah, KY 42001⟧, kept saying Mom had told her "no machines". There was no POLST. At 4 p.m. I ran the meeting like a lecture: the troponin, the lactate, the percentages.

Dr. Feldman, my attending, let me finish, then asked Bonnie, "What would your mom say if she could sit up and join us?" Bonnie laughed and cried and said, "She'd tell Randall to sit down and let her go home to her cat." Randall laughed too. That changed the room.

We made her DNR/DNI that evening and moved to comfort-focused care; she died ⟦DATE|Sunday, March 9⟧ with both kids there and a photo of the cat taped to the IV pole.

Lesson: substituted judgment is a question about a person, not about numbers. Ask it first.`,
  },
  {
    id: "us-what-002",
    setting: "surgical icu",
    role: "SICU nurse",
    text: `What?
A post-op Whipple patient, ⟦NAME|Mr. K.⟧ in ⟦FACILITY_ROOM|SICU bed 9⟧, had a MAP in the low 60s for most of a night shift on 0.08 of norepinephrine. I titrated per protocol, but I didn't page the resident because the MAP never went below the 60 floor in the order set.

So what?
His urine output dropped to 15 mL/h for four hours and his creatinine doubled the next morning. Nobody "did anything wrong" per the orders, but I had a feeling at 1 a.m. and I sat on it. My preceptor, Marisol, told me the order set is a floor, not a ceiling for concern. The resident that night, Dr. Kapoor, said afterward she would have come and looked.

Now what?
I now page for trends: a MAP that has needed three uptitrations in two hours, or UOP under 0.5 mL/kg/h for two hours in a row, regardless of the number. I also started using the I-PASS "watcher" label at handoff for patients I have a bad feeling about. It's not scientific. It works.`,
  },
  {
    id: "us-free-003",
    setting: "cvicu ecmo",
    role: "ECMO specialist (RN)",
    text: `ECMO night, day 22 of VA support for a cardiogenic shock post-MI. Quick notes before I sleep:

- Patient: ⟦NAME|Luis Ortega-Vance⟧, 48, ⟦FACILITY_ROOM|CVICU room 14 at Sentara Norfolk General⟧.
- Pump: the console on loan from the OR, ⟦DEVICE|SN CAR-2019-40771⟧, so biomed was on my case about logging it.
- Wife ⟦NAME|Yesenia⟧ prays the rosary at the foot of the bed every night at 9; the kids FaceTime from their grandma's.
- Their church set up a fundraiser: ⟦URL|https://www.gofundme.com/f/bring-luis-home-norfolk⟧ — I donated. Probably shouldn't say that here.

I'm writing this because the fellow asked me tonight what the hardest part of ECMO nursing is, and I said "the circuit," and that was a lie. The hardest part is day 22, when the circuit is boring and the family has run out of hope, and you are the person at 3 a.m. who has to be kind and also tell them nothing has changed.`,
  },
  {
    id: "us-comment-004",
    setting: "cvicu ecmo",
    role: "CVICU nurse manager (reply)",
    text: `I know you wrote this with love, but you've put his full name, room, the console serial and the fundraiser link in a public post. Any one of those finds him. Please take it down and repost without them; the reflection on day 22 is beautiful and doesn't need any of it. Call me if you want to talk.`,
  },
  {
    id: "us-gibbs-005",
    setting: "pediatric icu",
    role: "pediatric resident (PGY-2)",
    text: `Description: My first PICU rotation. A 4-year-old with DKA came in with a pH of 6.98 and a glucose of 612. I wanted to bolus aggressively; the fellow stopped me and walked me through the two-bag system and the cerebral edema risk.

Feelings: Embarrassed, then grateful, then anxious every hour the neuro checks came due.

Evaluation: The kid did well. The hourly glucose fell by about 80 mg/dL per hour and his bicarb crept up. I learned the protocol by living it.

Analysis: My instinct came from adult ED shifts in med school, where a dry patient gets fluid. Pediatric DKA punishes that instinct. The PECARN FLUID trial (2018) is reassuring about rate, but our unit still emphasizes careful neuro monitoring, and I think the culture of checking is as important as the fluid number.

Conclusion: Know which instincts came from which population.

Action plan: I made myself a pocket card with the two-bag math, and I'm teaching it to the interns next block.`,
  },
  {
    id: "us-free-006",
    setting: "transplant coordination",
    role: "transplant coordinator",
    text: `Post for the coordinator forum, because someone asked how we handle "the call".

The call came at 01:47. A liver had been offered for a man on our list, ⟦NAME|Terrence Boyd⟧, MELD 34, who lives out past the county line. His cell went to voicemail three times. His partner's number on file, ⟦PHONE|(606) 555-0183⟧, rang through to a night-shift job at the distribution center. She drove to his trailer and banged on the window at 2:30.

Things I'd tell a new coordinator:

1. Keep two backup contacts per patient and re-check them every three months.
2. Have your script ready: who you are, that there is an offer, what time they need to be here, not to eat or drink.
3. Write down the exact time of every attempt. UNOS will ask.
4. Don't let your voice get excited. The offer might fall through at the donor hospital, and they'll remember your tone.

He got the liver. He also got a new cell phone, with a louder ringtone, from his partner's sister.`,
  },
  {
    id: "us-what-007",
    setting: "neonatal icu",
    role: "NICU nurse practitioner",
    text: `What? We changed how we do family-integrated rounds in our Level IV NICU. Parents now present the first line of their baby's summary — how the night went, feeds, their worries — before the bedside nurse and the team.

So what? Parents who present feel like parents, not visitors. Our pilot survey showed parents understood the plan better, and nurses said rounds ran no longer once everyone got used to it. One dad told us he had "never been allowed to say anything useful" in four weeks before the change. The literature (FICare, O'Brien and colleagues) supports this, and the staff who doubted it most now defend it.

Now what? We need translated prompt cards: Spanish is done, Haitian Creole and Arabic are next. We also need to protect rounds from interruptions so a mom who waited all morning doesn't get three sentences. Dr. Nguyen is drafting a guideline; I'm doing the nursing education piece.`,
  },
  {
    id: "us-comment-008",
    setting: "neonatal icu",
    role: "NICU parent advocate (reply)",
    text: `As a former NICU mom (34 days, many years ago) this made me cry in a good way. The first time a nurse asked me what I'd noticed overnight I felt like I existed. Please keep the prompt cards simple — I couldn't read anything longer than a sentence in those weeks.`,
  },
  {
    id: "us-free-009",
    setting: "trauma icu",
    role: "trauma surgery resident",
    text: `Trauma ICU, ⟦DATE|Fourth of July⟧ weekend. I'm posting because I need to put this somewhere.

The kid from the fireworks, ⟦NAME|Jaylen⟧, 16, lost three fingers on his right hand and has a corneal burn. The other one, his cousin, was the one we intubated. Their family all wear the same shirts with a picture of their grandfather on them, and they filled the waiting room. One of the uncles found me on Instagram by the evening, messaging from ⟦OTHER|@bigdre_kingsport423⟧ asking for updates. I didn't reply, and I made my account private.

The IP logs from the hospital portal showed someone had tried to get into Jaylen's chart from ⟦IP|198.51.100.77⟧ with his mom's login; security flagged it to us.

What I'm learning: families will reach you by any route available. The kindest thing is a consistent, scheduled update from a named person, so nobody feels they need to hunt. I've asked the chief to make that a standing part of our trauma ICU workflow.`,
  },
  {
    id: "us-free-010",
    setting: "icu chaplaincy",
    role: "hospital chaplain (resident)",
    text: `A chaplain's list of things I have said in ICU rooms this year that actually helped:

- "You don't have to decide anything in this minute."
- "Tell me about her before all this."
- "Would you like me to pray, or would you rather I just sit?"
- "It's okay to go home and shower. We will call you."
- "The doctors are telling you the truth, and it is also okay to hope."

And things that did not help: anything with "God's plan" in it; anything starting with "At least"; quoting scripture to a family I had not asked about their faith.

The ICU chaplain rotation in my CPE year has been the most formative part of my training. Our supervisor, Rev. Hollis, makes us write verbatims and then reads them back to us in our own voices. Painful and effective. If you are a resident or a nurse reading this: page us earlier. We don't only come for the dying.`,
  },
  {
    id: "us-gibbs-011",
    setting: "medical icu",
    role: "medical student (MS3)",
    text: `Description. On my MICU rotation I admitted ⟦NAME|Mr. Harlan Pruitt⟧, a veteran with COPD exacerbation and hypercarbic failure, pH 7.19 on arrival. His VA card and the SSN in his chart, ⟦ID|078-05-1120⟧, were both on the triage sheet I was told to shred, and I found it in my white coat pocket at home.

Feelings. Sick. I couldn't sleep. I drafted three emails to my clerkship director before I sent one.

Evaluation. The privacy office was kind and practical. They logged it as a near miss because it had not left my apartment, and I shredded it with them watching over video.

Analysis. I carry paper because the workstation-on-wheels is always taken. That is a systems issue, but it is also a habit I own.

Conclusion. Paper with identifiers leaves the building only by accident, so the fix is never to let it enter my pocket.

Action plan. Index cards with bed-space initials only, emptied into the confidential bin before I leave every day. I have told my classmates too.`,
  },
];
