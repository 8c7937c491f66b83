import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "complex care paediatrics",
    role: "pediatric resident",
    text: `Complex care clinic, PGY-2, and the patient I've learned the most from this year can't talk.

⟦NAME|Jayden Okafor-Riley⟧ is eleven, has spastic quadriplegic cerebral palsy from a hypoxic injury at birth, a G-tube, a trach he's had since he was three, and an intrathecal baclofen pump. His mom, ⟦NAME|Tanisha⟧, knows more about that pump than I do. On Tuesday she came in with the programmer printout and a note: "refill alarm went off at 2am, pump says reservoir low, serial ⟦DEVICE|NGV661204H⟧ in case you need it". We did need it. The refill had been logged against the wrong device in the chart after his replacement surgery last spring, and the refill date was off by two weeks. Baclofen withdrawal in a kid like ⟦NAME|Jayden⟧ — itching, fever, rigidity, and then it can get very bad, very fast.

The neurosurgery NP refilled it that afternoon. I wrote an incident report and updated the device record under MRN ⟦ID|40772815⟧. Then ⟦NAME|Tanisha⟧ showed me ⟦URL|https://www.caringbridge.org/site/jaydenstrong⟧, where she posts updates for about 300 people, and asked me whether I'd mind her mentioning that "the resident caught it." I said the truth, which is that she caught it.

Things I want to remember:
- Parents of medically complex kids are the actual experts. Ask them to teach you the equipment.
- "Reconcile devices" should be a line on every admission and clinic note, like meds.
- ⟦NAME|Jayden⟧ laughs when you sing the ABC song wrong. Dr. Kessler, our attending, does it on purpose every visit.`,
  },
  {
    id: "us-comment-002",
    setting: "complex care paediatrics",
    role: "pediatric resident",
    text: `@peds_nadia@med-mastodon.com thank you for writing this. Same thing happened to a kid on our service with a VNS — old device still in the chart. We added a "devices" tab to our handoff template last month. Also, I'd quietly take ⟦NAME|Jayden⟧'s CaringBridge link out of the post, his mom may not want it connected to a clinic story. #PedsComplexCare #MedEd`,
  },
  {
    id: "us-what-003",
    setting: "home-based primary care",
    role: "geriatrics fellow",
    text: `What? Home-based primary care, week six. I spent an hour in the kitchen of an 87-year-old retired machinist with Lewy body dementia and orthostatic hypotension, who told me about landing at Inchon while his wife made coffee and corrected his dates. His BP was 142/80 sitting and 98/60 standing. He's on donepezil 10 mg, which he takes, and tamsulosin, which he doesn't, because "it makes the room swim." He was right.

So what? In clinic I'd have seen a list of meds and a set of orthostatics. In his kitchen I saw the rug he trips on, the stair with no rail, the pill organizer with Sunday's tamsulosin still in it, and the fact that his wife is doing all of this alone. Dr. Abena Mensah, my attending, says home visits are "the physical exam of the life." I'd roll my eyes if she weren't completely right.

We talked about goals of care with the MOLST form on the table between us. He wants to stay home. He does not want a feeding tube. He does want to see the Steelers win a playoff game, which none of us could promise.

Now what? Deprescribe tamsulosin (discussed with urology), refer to PT and OT for a home safety evaluation, caregiver support through the Area Agency on Aging. And I'm rereading Atul Gawande's Being Mortal (2014), which I read as a premed and clearly didn't understand.`,
  },
  {
    id: "us-gibbs-004",
    setting: "jail health",
    role: "family medicine resident",
    text: `Description. I did a rotation at the county jail clinic as a family medicine resident. On ⟦DATE|Friday, October 10⟧, a 34-year-old man was booked in at 1am, and by the time I saw him at 9 in ⟦FACILITY_ROOM|exam room B at the Harlan County Detention Center medical unit⟧ his COWS score was 16. Booking number ⟦ID|2025-018847⟧. He'd been on buprenorphine 16 mg daily in the community and the jail formulary, until this spring, only allowed "taper and stop."

Feelings. Angry, mostly, and then guilty about being angry in front of him, because he's the one in withdrawal and I get to go home at five.

Evaluation. The good news is the jail now has a MOUD program. The custody sergeant, the nurse Deb and I got him his dose by noon after verifying his prescription through the state PDMP. The bad news is that it took eleven hours, and for someone who'd used fentanyl before starting treatment, the first two weeks after release are the most dangerous time of their life.

Analysis. The research is not subtle: people leaving jail and prison have an overdose death risk many times that of the general population in the first weeks after release. The 2023 SAMHSA and NCCHC guidance says continue MOUD in custody. Policy is catching up; practice lags.

Conclusion. "Verify and continue" should take an hour, not a shift.

Action plan. I've drafted a nursing protocol with the medical director for verifying MOUD at intake, and I'll present the case (de-identified) at our residency's M&M.`,
  },
  {
    id: "us-free-005",
    setting: "hospice",
    role: "palliative care fellow",
    text: `Diary — hospice home visits, Oregon, the wet part of the year

Six visits today, four hours in the car, two deaths on my list by Friday if I'm honest with myself.

Visit one: a woman in her seventies with ALS who types with her eyes. She spelled out "not today" when the chaplain asked whether she wanted to talk about dying, and then "funny" when I said I was fine with that. I am learning to be fine with that.

Visit three: a retired teacher with end-stage heart failure and a pacemaker-defibrillator that nobody had turned off. We talked through deactivating the shocks. He asked whether it would "stop his heart," and I explained, as Dr. Lindqvist explained to me last month, that it won't: it only stops the shocks. He wanted to think about it overnight. His daughter wrote the question down for their pastor.

Visit five: Cheyne-Stokes breathing, mottled knees, a granddaughter asleep on the floor. Morphine concentrate 5 mg sublingual every hour as needed, glycopyrrolate for the secretions. We stood in the kitchen and I told the family what the next day might look like. I used Cicely Saunders's phrase about "total pain" in my head and never out loud.

Things my mentor, Ruth, said today that I want to keep: "You're not there to fix. You're there to notice." And, after the fourth visit, "Eat something, you look like a ghost."

I had a protein bar in the driveway at 4:15. Tomorrow: four visits and teaching at 3.`,
  },
  {
    id: "us-free-006",
    setting: "primary care",
    role: "family medicine resident",
    text: `I need to think out loud about the patient portal.

One of my continuity patients, ⟦NAME|Marisol Ortega-Finch⟧, started sending me MyChart messages in the spring. Forty-one of them over eight weeks. Some were about her migraines and the new sumatriptan, most were about her ex-husband, and a few were pictures of bruises. She also wrote from a personal account, ⟦EMAIL|marisolof.art@gmail.com⟧, when the portal locked her out.

In September our IT security team called me. Her portal had been logged into at 2:13am from ⟦IP|198.51.100.87⟧, an address that did not match any of her previous logins. She had told me the week before that he still had the password to "everything." The login had opened every message, including her safety plan and the number for the shelter.

We did all the things: locked the account, reset credentials with her in clinic, called her on the cell she gave us that week, ⟦PHONE|(503) 555-0162⟧, and moved the safety plan out of the portal entirely. The DV advocate at our clinic, Lorena, spent an hour with her.

What I keep circling is that the portal felt like intimacy — she was writing to me — and it was also the least safe place in her life. Our residency talks a lot about access and responsiveness. We don't talk about who else is reading.

I've asked the clinic manager whether we can add a "safe to contact?" flag and a proxy-access review to every DV screen. Dr. Benedetti says it's been raised before. I'll raise it again.

I also want to be honest about my own part. For weeks I answered her messages late at night, from my couch, because it felt like the caring thing to do and because I liked being the doctor she trusted. Our chief resident, Priya, pointed out, kindly, that I'd built a relationship that depended on me being available at midnight, and that the safety plan shouldn't depend on one PGY-2's phone. She's right. The team is the continuity, not me.`,
  },
  {
    id: "us-comment-007",
    setting: "primary care",
    role: "residency faculty",
    text: `Mentor feedback: "We don't talk about who else is reading." That sentence should go to the clinic operations committee exactly as written. Your response was right and fast. For the write-up, please check the AHRQ and Futures Without Violence guidance on patient portals and intimate partner violence, and strip every detail that could identify her before it goes anywhere beyond this group. Proud of you.`,
  },
  {
    id: "us-what-008",
    setting: "refugee health",
    role: "nurse practitioner student",
    text: `What? My clinical hours this semester are at a refugee health clinic in the Twin Cities. Today was domestic medical screenings for a group of families who arrived from camps in Kenya and Ethiopia: IGRA for TB, hepatitis B surface antigen, strongyloides serology, lead levels for the kids under sixteen, vaccine catch-up. Our interpreter, Hodan, did eight hours straight in Somali and Af-Maay.

So what? I'd read the CDC domestic screening guidelines and felt prepared. I wasn't prepared for how little the checklist told us. A grandmother in her sixties answered every question with "alhamdulillah, I am fine," and then, when Hodan asked her in a different way, described two years of not sleeping since her son disappeared. A 9-year-old had an elevated blood lead level of 8 mcg/dL and his mother's first question was whether he'd be taken away.

My preceptor, Dr. Yusuf Abdirahman, said the screening visit is the first time many families meet the US health system, and it has to be the visit where they learn that the clinic is safe. He teaches us the RHS-15 for mental health screening and insists we ask it with the interpreter, not from a tablet.

Now what? I'm going to learn to do the RHS-15 properly, read the Minnesota Department of Health's refugee health resources, and, one evening a week, learn a little Somali from Hodan's handouts. I'd also like to follow up the family with the high lead level at the 3-month check.`,
  },
  {
    id: "us-free-009",
    setting: "learning disability transition",
    role: "medicine-pediatrics resident",
    text: `Transition clinic, and a form that nearly broke me.

⟦NAME|Eli Brandvold⟧ is nineteen, autistic, minimally verbal, with epilepsy controlled on levetiracetam and lamotrigine. He has been seen in our children's hospital since he was two. On his eighteenth birthday the world decided he was an adult: his mom lost access to his portal, the pediatric neurologist had to hand him over, and his SSI redetermination arrived asking for "medical evidence of disability."

His mother, ⟦NAME|Karen Brandvold⟧, brought a binder. Eighteen years of letters, his Social Security number (⟦ID|078-05-1120⟧) on every page, his home address — ⟦ADDRESS|2214 Larkspur Lane, Fargo, ND 58103⟧ — and her cell, ⟦PHONE|701-555-0139⟧, written inside the cover in Sharpie. She had been told by three offices that the form needed a doctor's signature, and that no adult doctor would sign it because "he's not our patient yet."

We spent forty minutes on it. Dr. Halvorsen, my attending, has done hundreds of these; she showed me how to describe function rather than diagnosis — what ⟦NAME|Eli⟧ can do, what he needs help with, what happens during a seizure.

Things I learned: guardianship versus supported decision-making (⟦NAME|Karen⟧ had never heard of the second), ABLE accounts, and that Got Transition has a whole toolkit I'd never opened. ⟦NAME|Eli⟧ spent the visit lining up the otoscope covers by color, which, his mother said, is what he does when he's happy.`,
  },
  {
    id: "us-gibbs-010",
    setting: "addiction medicine",
    role: "internal medicine resident",
    text: `Description. Addiction consult service, week two. A woman in her late twenties admitted with a forearm abscess from injecting, using fentanyl daily, wanting to start buprenorphine but terrified of precipitated withdrawal after a bad experience two years ago.

Feelings. Nervous. I'd only ever seen a standard induction: wait for a COWS of 12 or so, then 4 mg, then titrate.

Evaluation. My attending, Dr. Ishaan Rao, suggested a low-dose ("micro") induction, sometimes called the Bernese method, first described by Hämmig and colleagues in 2016: start buprenorphine at 0.5 mg while she keeps her full agonist, then climb over about a week. We used the 7-day hospital protocol with hydromorphone as the full agonist. Day seven she was on 16 mg and comfortable, and she said it was the first time in years she'd felt "normal without being sick."

Analysis. Fentanyl's lipophilicity changes the usual rules; standard inductions precipitate withdrawal more often than they used to. Since the X-waiver was eliminated in January 2023, any clinician with a DEA registration can prescribe buprenorphine, which has made inpatient starts much easier to bridge. The hardest part wasn't the pharmacology, it was coordinating the outpatient appointment two days after discharge.

Conclusion. Low-dose inductions are worth doing; the nurses' buy-in is what makes them work.

Action plan. Teach the protocol at our resident noon conference; give every discharge naloxone and fentanyl test strips; read the ASAM 2020 national practice guideline properly.`,
  },
  {
    id: "us-comment-011",
    setting: "addiction medicine",
    role: "addiction medicine fellow",
    text: `@resident_sam@doctors.social great write-up. One practical addition: check whether the outpatient pharmacy actually stocks the 2 mg films before discharge. We lost a patient to follow-up last year over exactly that. SAMHSA's buprenorphine quick start guide is a good one-pager for the nurses: https://www.samhsa.gov/medications-substance-use-disorders #AddictionMedicine #MOUD #lowdoseinduction`,
  },
  {
    id: "us-free-012",
    setting: "general pediatrics",
    role: "pediatric resident",
    text: `Friday clinic thought. Three 12-month visits today and all three parents asked whether the MMR causes autism. I used to launch into the history: Andrew Wakefield, the 1998 Lancet paper, the retraction in 2010, the Danish cohort of 650,000 kids. Our attending, Dr. Osei-Bonsu, watched me do it once and said, "They didn't ask for a lecture, they asked whether you'd give it to your own kid." So now I say yes, I did, at twelve months, and then I ask what worried them. Two of three got the shot.`,
  },
];
