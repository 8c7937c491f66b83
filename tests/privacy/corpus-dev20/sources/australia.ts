import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: DEM supervisors, rural generalist supervisors, sim leads, prevocational directors, and trainees replying. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote supervision",
    role: "rural generalist supervisor (Northern Territory)",
    text: `
I supervise rural generalist registrars by phone and video across a lot of red dirt, and this week's supervision session was the kind I want to keep a record of.

My registrar, Hamish, rang after a long day at a remote clinic. He'd seen ⟦NAME|Mr Jimmy Tjapaltjarri⟧, from ⟦LOCATION|the Kintore outstation past Walungurru⟧, Medicare ⟦ID|${medicare("2953 7184", 2)}⟧, with a foot ulcer that had been "getting better" for four months. Hamish was rattled because the probe-to-bone test was positive and the nearest MRI is a flight away.

We went through it together:
- Probe-to-bone positive plus an ulcer over a metatarsal head: treat as osteomyelitis until proven otherwise.
- Get an X-ray at the clinic, bloods including CRP and HbA1c, and a deep tissue sample if he can.
- Talk to the retrieval service about whether this is an evacuation or a planned transfer.

What I found more interesting, as his supervisor, was the cultural load. ⟦NAME|Jimmy⟧ didn't want to leave country, and his family had a funeral coming up. Hamish had already rung the Aboriginal health practitioner, Maureen, who knew the family, and she'd sat in on the consult. That's the bit you can't teach in a lecture: knowing who to call.

We agreed a plan for oral antibiotics, a dressing plan with the remote area nurse, and review in a week by telehealth, with a transfer after the funeral. I've asked Hamish to present the case at our next regional teaching webinar, de-identified, as an example of shared decision-making with a remote patient.
`,
  },
  {
    id: "au-free-002",
    setting: "simulation program",
    role: "simulation educator (emergency medicine)",
    text: `
We've just finished the first term of our fortnightly multidisciplinary sim program in the ED, and I promised the team a write-up.

Twelve sessions, mostly on Wednesday afternoons. Each one is a 15-minute scenario followed by a 30-minute debrief, using the PEARLS framework. Participants: ED registrars, RMOs, nurses and, when we can get them, ambulance paramedics from the station down the road.

Scenarios we ran: paediatric sepsis, massive transfusion after a farm accident, a snakebite with VICC, eclampsia in triage, and a deteriorating patient with a high-flow nasal cannula failing. The snakebite was the favourite. Nobody could remember where the brown snake antivenom was kept, and the pressure immobilisation bandage was applied to the wrong limb twice.

What we learned as faculty:
- Debriefing is harder than running the scenario. Dr. Priya Natarajan and I observed each other's debriefs and gave feedback, which was mortifying and useful.
- The best learning was interprofessional. Nurses corrected registrars on the massive transfusion protocol; a paramedic taught everyone a better way to splint a femur.
- Psychological safety takes time. By session 8 people were saying "I didn't know what to do" out loud.

Next term: in-situ sessions in resus, a ketamine sedation scenario, and a debrief on a real case once a month with the department director, Dr. Ross McAllister, sitting in.
`,
  },
  {
    id: "au-what-003",
    setting: "ED teaching",
    role: "director of emergency medicine training",
    text: `
**What?** Friday teaching for the ED registrars, and one of them presented a case from her night shift for the "tricky cases" slot. She'd done a great job: a young woman with a paracetamol overdose, staggered ingestion, who'd left before the second level was back. The registrar showed the nomogram, explained why the nomogram doesn't apply to staggered overdoses, and how we got her back. Then came the slide about the follow-up: ⟦NAME|Tayla Brennan⟧, mobile ⟦PHONE|0491 570 318⟧, her Instagram ⟦URL|https://www.instagram.com/taylabrennan.art⟧ where she'd posted after leaving, and a screenshot of the post.

**So what?** The clinical management was right. The team rang her, the police did a welfare check, and she came back for NAC. But that slide went up in front of thirty people, including students. The registrar had kept the screenshot because it showed the risk, and it did. It also showed a young woman at the worst moment of her life, to a room of strangers.

**Now what?** I spoke to the registrar afterwards, gently; she's a good doctor and she was mortified. We agreed the slides would be rebuilt. I'm adding a one-slide "what not to bring to teaching" reminder to the start of every Friday session, and our director of clinical training, Dr. Siobhan Kerr, is taking the social-media question to the hospital's medical education committee.
`,
  },
  {
    id: "au-free-004",
    setting: "prevocational supervision",
    role: "director of clinical training",
    text: `
Our interns have now been through the first year of the new National Framework for Prevocational Medical Training, and I want to put some honest reflections on the record before the mid-year term supervisor meetings.

The good: the entrustable professional activities. Four EPAs for interns (assessment and management of a patient, recognising the deteriorating patient, prescribing, and team communication) gave term supervisors something concrete to observe. Several supervisors told me it was the first time they had actually watched an intern take a history since they themselves were interns.

The not so good: the e-portfolio. It works, mostly, but interns are spending an hour a week on it, and the supervisors are spending longer. Dr. Mai Nguyen, our medical education registrar, counted. She's presenting the numbers to the Postgraduate Medical Council at the next forum.

The hard: the "assessment review panel" for the two interns who were struggling. In both cases, the problem was not competence but wellbeing: one had a parent dying in Perth, one was working nights with a newborn at home. The framework gives us a structure for remediation but not much for compassion. We found a way, with the help of the JMO wellbeing lead, Dr. Lachlan Ferris.

For term supervisors reading this: please do your EPA observations early in the term, not in the last week, and remember that "not yet" is an answer, not a failure.
`,
  },
  {
    id: "au-gibbs-005",
    setting: "paediatric diabetes teaching",
    role: "paediatric endocrinologist (advanced trainee supervisor)",
    text: `
Description: I supervise advanced trainees in paediatric endocrinology, and this month's case-based tutorial was on a pump failure. My trainee, Dr. Kate, brought the case: ⟦NAME|Noah Fitzgerald⟧, 11, Medicare ⟦ID|${medicare("4417 2096", 1)}⟧, on a pump with serial number ⟦DEVICE|NG2417738H⟧, presented in DKA after his cannula kinked overnight at school camp on ⟦DATE|21 May⟧. His mum had sent the pump download via email to the clinic and it had the serial on every page.

Feelings: Proud of how well Kate managed the case; mildly exasperated, again, at how much identifying information rides along in device data.

Evaluation: The clinical reasoning was excellent. She identified early that his CGM had been alarming for three hours, that ketones were 4.2 at the time of presentation, and that a pump user has no long-acting insulin on board, so ketosis develops fast. The teaching points on the ISPAD 2022 DKA guidelines were spot on.

Analysis: The case made me realise that our trainees don't know that pump and CGM serials are identifiers. They see them as technical data.

Conclusion: A good tutorial with one gap.

Action plan: I'll add a slide on device data and privacy to the trainee induction, and Dr. Kate will present the case, de-identified, at the state paediatric endocrine meeting.
`,
  },
  {
    id: "au-comment-006",
    setting: "simulation program",
    role: "ED registrar (comment)",
    text: `
Loved this term of sims. The snakebite scenario embarrassed me thoroughly (I was one of the wrong-limb bandagers) and I haven't forgotten it since. Would love more of the paramedic involvement next term. Also a vote for a sim on the agitated patient, as we have a lot of those at 2 am and I don't think any of us do it well.
`,
  },
  {
    id: "au-free-007",
    setting: "conference report",
    role: "medical education lecturer",
    text: `
Just back from the ANZAHPE conference in Adelaide. A few notes for colleagues in our medical school.

Opening keynote by Professor Lambert Schuwirth on programmatic assessment. His argument, as always, that any single assessment is a data point and that the decision should come from many, in the way a diagnosis comes from many findings. He used the example of a student who fails one OSCE station, and asked how many of us would make a progression decision from a single blood pressure reading. Not one hand went up.

Second keynote was on Indigenous health curriculum, given by Professor Tom Calma. It was moving and practical; he asked us to stop "adding content" and start asking Aboriginal and Torres Strait Islander communities what they want from the doctors we train.

I presented our pilot of longitudinal integrated clerkships in the Riverina. Questions were mostly about supervisor workload, which is the right question.

A short list of names I'm following up: Dr. Kirsty Forrest on assessment in the time of AI, Dr. Anna Ryan on feedback culture in clinical placements, and the Monash team's work on near-peer teaching.

I'll put the slides on the faculty drive. The conference dinner was at the wine centre and the less said about my dancing the better.
`,
  },
  {
    id: "au-comment-008",
    setting: "ED teaching",
    role: "ED registrar (comment)",
    text: `
I'm the registrar who presented. Thank you for handling it the way you did. I genuinely thought the screenshot showed why we rang her. I've deleted it, and the new slides just say "a 22-year-old woman". For what it's worth, I saw on her ⟦URL|https://www.instagram.com/taylabrennan.art⟧ page last week that she's doing okay.
`,
  },
  {
    id: "au-free-009",
    setting: "bedside teaching",
    role: "general physician (clinical school tutor)",
    text: `
I've been doing Tuesday bedside tutorials for our clinical school's third-year students for eleven years now. Last week one of them asked me what I'd change about how I teach, and I've been thinking about it since.

What I'd keep:
- The "look first" minute. Before any examination, students stand at the end of the bed and tell me what they see. Cachexia, a walking frame, a urinary catheter, a Get Well card from grandchildren. They learn more in that minute than in the next ten.
- Letting patients teach. Plenty of people with chronic illness know their condition far better than the students do, and they enjoy explaining it.
- Asking "what would change your mind?" after every differential.

What I'd change:
- Fewer signs, more reasoning. I've spent years teaching Murphy's sign and shifting dullness and Trendelenburg's test. I still think they matter. But I've spent less time teaching when to order an ultrasound instead.
- More feedback, less praise. "Good job" helps no one.
- More on uncertainty. Students want a right answer. General medicine rarely has one.

The student who asked, Sophie, wants to be a rural GP. I told her the best thing she can do for the next two years is to examine as many people as she can and read Talley and O'Connor cover to cover at least once. That's what my tutor, Dr. Graham Penrose, told me in 1996.
`,
  },
];
