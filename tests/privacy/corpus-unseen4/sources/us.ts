import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
PGY-2, EM, Central Texas. Y'all, I learned something about pride this week.

${"⟦NAME|Mr. Billy Ray Coker⟧"} came in by private vehicle with his grandson at 2 a.m. He's a ${"⟦AGE|93 y/o⟧"} retired rancher who lives ${"⟦LOCATION|out past the Dairy Queen on the Hamilton highway in Hico⟧"} and he'd been "a little short of breath" for about a week. Sat 84% on room air, BNP north of 3,000, legs like tree trunks. Classic CHF exacerbation. He refused BiPAP because "I ain't wearing a muzzle" and wanted to go home to feed his cattle.

I'll be honest, I got frustrated. I had a full board and I started the capacity talk like it was a box to check. My attending, Dr. Alvarez, pulled me aside and said, "Ask him who feeds the cattle if he dies." So I did. Turns out his grandson had already fed them. The cows were a way of saying he was scared to be admitted, because the last time he was admitted (to ${"⟦FACILITY_ROOM|Hill Country Memorial⟧"}) his wife died while he was on the floor below.

He took the BiPAP. Diuresed four liters. Grandson left me his cell, ${"⟦PHONE|(254) 555-0173⟧"}, and MRN ${"⟦ID|HCM-00481736⟧"} is now on my "call back" list because I promised I'd let the family know when he went up.

Lesson: refusal is information. Find out what it's about before you go to capacity.
`,
  },
  {
    id: "us-what-002",
    setting: "internal medicine",
    role: "intern",
    text: `
What: On my first inpatient month in Boston I admitted a 46-year-old woman with new hypertension, hypokalemia (K 2.9) and easy bruising. I wrote "r/o Cushing's" on my problem list and ordered a random cortisol. My senior, Dr. Feldman, gently asked me why a random cortisol, and I didn't have an answer.

So what: The Endocrine Society guideline (2008, updated in pieces since) recommends a 1 mg overnight dexamethasone suppression test, late-night salivary cortisol, or 24-hour urinary free cortisol as first-line screening, not a random level. I'd learned this for Step 1. I forgot it because on the wards I default to "order something now". Her late-night salivary cortisol came back high twice, and the eventual diagnosis was an ACTH-secreting pituitary adenoma, i.e. Cushing's disease rather than syndrome from another cause.

What also mattered: she'd been told by three different clinicians that she was "just stressed". When I said the word Cushing's she cried, because someone was finally taking her weight gain seriously.

Now what: I'm building a personal "first test" cheat sheet for the endocrine conditions I'm most likely to miss (Cushing's, Addison's, pheochromocytoma, primary hyperaldosteronism), and I'm going to say out loud to patients when I'm considering something, even before I'm sure.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "community nursing",
    role: "public health nurse",
    text: `
I'm a public health nurse with IHS on the Navajo Nation. Writing this as a Gibbs reflection for my preceptee, who asked how I decide when to push.

Description: ${"⟦NAME|Grandma Lorena Tsosie⟧"} lives in a hogan ${"⟦LOCATION|past the windmill off N12, about four miles north of Lukachukai⟧"}, with no running water. ${"⟦NAME|Lorena⟧"} turned ${"⟦AGE|100⟧"} in June — her granddaughter ${"⟦NAME|Shaylene⟧"} made a cake with a sheep on it. She has type 2 diabetes, a non-healing foot ulcer, and she does not want to go to ${"⟦FACILITY_ROOM|Chinle Comprehensive⟧"} for debridement. On my visit of ${"⟦DATE|Oct 9⟧"} the wound smelled and she had a temp of 100.8.

Feelings: I wanted to load her in my truck. I also know that hospitals have not always been safe places for our elders.

Evaluation: Talking through ${"⟦NAME|Shaylene⟧"}, who translated, worked. Grandma agreed to oral antibiotics and to a wound-care visit every other day instead of admission. She did not agree to the X-ray.

Analysis: The ADA Standards of Care (2024) would say admit for a possible osteomyelitis. Our elders would say that healing happens at home. Both are true. My job is to carry both.

Conclusion: I pushed on antibiotics and let go of the X-ray for now.

Action plan: I'll visit on a schedule that works around the sheep, and I've asked our medicine man liaison to come with me next week.
`,
  },
  {
    id: "us-free-004",
    setting: "night shift",
    role: "labor and delivery nurse",
    text: `
night shift, L&D, chicago. 0530 and I'm finally charting.

triage got slammed around 2. one of my patients was a 31 y/o G3P2 on mag for severe pre-e, BP 168/112 at arrival, and I'd been doing q1h reflexes and resp checks all night. at 0315 her reflexes were gone and RR was 11. I stopped the mag, called the doc, got the calcium gluconate out of the pyxis. mag level came back 9.2. she was fine after, baby's tracing stayed cat 1 the whole time.

what gets me is I almost didn't check reflexes at 0300 because she was sleeping and I didn't want to wake her. I did it because my preceptor from last year, Tanya, drilled it into me: "mag doesn't care if she's tired."

ACOG's practice bulletin on gestational hypertension and preeclampsia (2020) lists what to monitor. It doesn't say "even when you feel bad about waking her up". I'm going to say that to every new grad I precept. ok going home to sleep now
`,
  },
  {
    id: "us-comment-005",
    setting: "ICU",
    role: "ICU nurse",
    text: `
This is such an honest post, thank you for writing it. I had almost the same thing happen on my first month in the MICU in Cleveland: propofol running, triglycerides nobody had checked in five days, and I was the one who noticed because the line looked milky. Don't beat yourself up. You caught it. That's the job.
`,
  },
  {
    id: "us-free-006",
    setting: "pharmacy",
    role: "pharmacy resident",
    text: `
Reflection for my PGY1 portfolio on a privacy mistake, not a clinical one.

A patient called our outpatient pharmacy because her refill of tacrolimus had been sent to the wrong address. She was upset, understandably (transplant patients cannot miss doses). To "help", I took a screenshot of her profile in our system and sent it to our IT helpdesk in a ticket. The screenshot showed her name, ${"⟦NAME|Dolores Aguilar-Finch⟧"}, her SSN ${"⟦ID|078-05-1120⟧"}, her email ${"⟦EMAIL|dee.aguilarfinch@yahoo.com⟧"}, and the IP address the portal had logged for her last login, ${"⟦IP|203.0.113.44⟧"}, which IT had asked for to check whether someone else had changed the address.

IT did find that the address had been changed from an unfamiliar device, so the instinct was right. But the ticketing system is not a secure channel, and the helpdesk contractor did not need her SSN or tacrolimus level to look at a login log.

I reported myself to our privacy officer. She was kind about it and explained the HIPAA minimum necessary standard in a way that finally made sense: share what the other person needs for their task, nothing else.

Going forward: crop screenshots to the field in question, or better, send the account number through the secure messaging tool. I've also suggested a one-slide "minimum necessary" reminder for our resident orientation next July.
`,
  },
  {
    id: "us-gibbs-007",
    setting: "neurology",
    role: "PA student",
    text: `
Description. On my neurology rotation in Columbus, Ohio, I saw a 38-year-old man with ascending weakness that started in his feet four days after a bout of diarrhea. My preceptor, Dr. Okonkwo, asked me for a differential before we went in. I said Guillain-Barré, transverse myelitis, and "maybe something toxic". He asked about Campylobacter and I blanked.

Feelings. Embarrassed. Then interested, because Dr. Okonkwo turned it into a teaching moment instead of a pimp session.

Evaluation. I did the reflex exam well: areflexic at the ankles and knees. I forgot to check his vital capacity, which is the thing that actually decides whether he goes to the ICU. The respiratory therapist checked it: FVC 1.9 L, NIF -28.

Analysis. The "20/30/40 rule" (VC < 20 mL/kg, NIF weaker than -30, expiratory pressure < 40) is something I knew but didn't connect to the patient in front of me. Textbook knowledge and bedside knowledge are different muscles.

Conclusion. In any weakness, check breathing first.

Action plan. I've written the 20/30/40 rule on my pocket card, and I asked Dr. Okonkwo if I could present a short talk on GBS and Miller Fisher variant at our Friday didactics.
`,
  },
  {
    id: "us-what-008",
    setting: "neonatal ICU",
    role: "pediatric resident",
    text: `
What? I'm a peds resident in Seattle. ${"⟦NAME|Baby Kaiden⟧"} was born at 26+3 weeks on ${"⟦DATE|3/14/25⟧"} and spent 97 days in ${"⟦FACILITY_ROOM|NICU room 12 at Seattle Children's⟧"}. His mom, ${"⟦NAME|Brianna⟧"}, documented the whole stay on Instagram as ${"⟦OTHER|@kaidens_mama_wa⟧"}, including photos of the monitors, his name card and sometimes the whiteboard with our names and his plan on it.

So what? Some nurses were angry about the whiteboard photos. I understood that, but I also understood ${"⟦NAME|Brianna⟧"}. She was 19, an hour and a half away by ferry, and her followers were the only people who asked how she was doing. When we had to talk about a grade III IVH she asked if she could post about it. I didn't know what to say.

Now what? Our unit has since written a family social media guideline (drafted with families, which I think is the right way round). I've learned to say, "It's your story to tell, and here's what I'd leave out for your son's sake." I've also stopped writing anything on the whiteboard I wouldn't want on the internet.
`,
  },
  {
    id: "us-free-009",
    setting: "faculty feedback",
    role: "emergency medicine attending",
    text: `
Feedback for our interns after this month's chest pain M&M, posted here so the whole program sees it.

We reviewed a case where a 52-year-old man was discharged with "musculoskeletal chest pain" and came back two days later with an NSTEMI. The first visit had a single troponin at 3 hours from symptom onset and a HEART score documented as 2. When we re-scored it together in the conference, most of you scored it 4 (age 1, risk factors 1, history 2 — the pain was exertional).

A few points:

1. The HEART score (Six et al., 2008) only works if the H is honest. "Slightly suspicious" is a 1, "moderately" a 2. Exertional pain is not slightly suspicious.
2. The 2021 AHA/ACC chest pain guideline supports high-sensitivity troponin pathways. Use ours. It's on the intranet.
3. Discharge is a clinical decision, not a disposition. If you wouldn't send your own dad home, don't send this man home.

Nobody in that case was careless. The department was at 140% capacity. But the system pressures are exactly why we need the score to be honest.

Great discussion everyone. Dr. Marisol Ortega, Associate Program Director
`,
  },
  {
    id: "us-free-010",
    setting: "hospice",
    role: "hospice nurse",
    text: `
Hospice nurse in south Louisiana, been doing this 17 years and I still learn. ${"⟦NAME|Miss Odile Thibodeaux⟧"} — ${"⟦NAME|Mawmaw Odile⟧"} to her whole family — died at home last week at ${"⟦AGE|96⟧"}, at ${"⟦ADDRESS|4410 Bayou Dularge Rd, Theriot, LA 70397⟧"}, in the same bed she was born in. She had end-stage heart failure and some mild dementia and she spoke Cajun French more than English near the end.

The thing I want to write about is the morphine. Her granddaughter ${"⟦NAME|Renée⟧"} was scared that the roxanol would "kill her faster" and wouldn't give it even when Mawmaw was air hungry. I explained the way I always explain it, and it didn't work. What worked was her great-aunt, a retired LPN, telling her in French that it's like a quilt, it doesn't stop you breathing, it stops you being afraid of breathing.

I'm writing that down because I'm going to steal it. Sometimes the best teacher at the bedside is the family. My job was to make sure the right person in the family got to say it.

Also: NHPCO's guidance on dyspnea management (and the 2019 ASCO update) say what I already knew. What they don't say is that the best explanation might not be in English.
`,
  },
  {
    id: "us-comment-011",
    setting: "primary care",
    role: "medical student",
    text: `
Great reflection, but heads up: I'm pretty sure I saw this same patient in clinic last month, ${"⟦NAME|Mrs. Hattie Lomax⟧"}, DOB ${"⟦DATE|02/11/1929⟧"}, the one with the parakeet in the waiting room? If I can tell from the post, others can too. Maybe change the pet and the date of the fall?
`,
  },
  {
    id: "us-what-012",
    setting: "surgery",
    role: "medical student",
    text: `
What? Third-year surgery clerkship in Atlanta. A 44-year-old woman with RUQ pain after fatty meals. I did the abdominal exam in front of the chief resident and called Murphy's sign positive when she winced, but I'd pressed so hard on the left side first that she winced there too. The chief asked me to redo it and it was clearly positive on the right with inspiratory arrest. Ultrasound confirmed acute cholecystitis, and she had a lap chole the next day.

So what? I've been doing abdominal exams "hard" because I was afraid of missing peritonism. The Tokyo Guidelines (2018) include Murphy's sign as a local sign of inflammation, but a sign elicited badly is noise. Our surgical skills tutor, Dr. Ayodele Brooks, says the abdomen is an interview, not an interrogation.

Now what? Start gentle, watch the face, compare sides. I'm going to practise on standardized patients in the sim center before my shelf exam in December.
`,
  },
  {
    id: "us-gibbs-013",
    setting: "respiratory therapy",
    role: "respiratory therapist",
    text: `
Description: I'm an RRT in Denver. A 71-year-old man with COPD came into the ED with a pH of 7.24 and a pCO2 of 78. We put him on BiPAP at 14/6. Forty minutes later his gas was worse. I'd set the mask too big and he was leaking around the nose bridge; the leak was over 60 L/min.

Feelings: Frustrated with myself. I've set up hundreds of these.

Evaluation: The part I got right: I rechecked the gas at an hour, not "when I had time". The part I got wrong: I didn't refit the mask after he moved from the gurney to the bed.

Analysis: GOLD 2024 and the BTS/ICS guideline for NIV both stress that failure to improve in 1–2 hours should make you reassess interface and settings before you escalate. Altitude makes COPD patients here a little more hypoxic at baseline, so we have less room.

Conclusion: Mask fit is therapy, not setup.

Action plan: After every transfer, I'll check the leak number before I leave the room, and I'm running a 15-minute in-service on mask sizing for our new grad RTs next week.
`,
  },
  {
    id: "us-free-014",
    setting: "pre-hospital",
    role: "EMT",
    text: `
Volunteer EMT, Mat-Su valley, Alaska. On ⟦DATE|Sunday the 16th⟧ we got toned out for an unresponsive male in a pickup on ⟦LOCATION|the Parks Highway turnout by mile 98⟧. Dispatch gave us the plate, Alaska ${"⟦OTHER|GKM 447⟧"}, and a description of the truck: a green Tacoma with a kayak on the roof and "MOOSE DROOL" painted on the tailgate.

When we got there it was ${"⟦NAME|Walt Ahnangnatoguk⟧"}, who half our squad knows from the fish processor. Glucose was 31. He'd taken his insulin and then driven to Talkeetna without eating. D10 through a 20g in his AC and he was sitting up and cussing at us in ten minutes.

What I'm reflecting on: he refused transport, and he had capacity. My partner wanted to call his daughter anyway. We didn't, because he said no. Instead we waited with him while he ate two granola bars and a sandwich from our cooler, and he promised to keep glucose tabs in the truck.

Our medical director, Dr. Hensley, says that treat-and-release in hypoglycemia is reasonable if the patient eats and there's someone around. We were the someone around. I'm not sure that counts, and I'm going to ask at our next run review whether we need a better protocol for people who live an hour from anyone.
`,
  },
  {
    id: "us-gibbs-015",
    setting: "breaking bad news",
    role: "internal medicine resident",
    text: `
Description. I'm a PGY-3 in internal medicine in Minneapolis. On a Thursday afternoon I told a 68-year-old Somali-American man, through a professional interpreter, that the mass in the head of his pancreas was almost certainly cancer. His bilirubin was 11, his gallbladder was palpable (the textbook Courvoisier sign I'd only ever seen on a slide), and the CT showed encasement of the SMA. His three sons were in the room. My attending, Dr. Karin Lindqvist, let me lead and stayed quiet in the corner.

Feelings. Before the conversation I felt prepared; I had practised SPIKES in our communication curriculum. Ten minutes in, I felt completely lost, because the eldest son asked me to stop and said, very politely, that in their family the news should be given to the sons first and they would decide what their father should hear.

Evaluation. What went well: I stopped. I didn't push on with the script. I asked the patient, through the interpreter, how he wanted information about his illness to be shared. He said he trusted his sons and wanted them to speak with me, and that he would ask me himself if there was something he wanted to know. What went less well: I had not asked this at the start. I had assumed that a Western model of individual disclosure was the default.

Analysis. The literature on cross-cultural disclosure (and our hospital's ethics consult service, who I called afterwards) suggests asking about preferences before giving news: "Some people want all the details, others prefer the family to handle it; what would you like?" It respects autonomy because the patient chooses. I had read this. I hadn't built it into my own opening. I also learned that our interpreter, Mr. Abdi, had important cultural insight that I didn't ask for until afterwards.

Conclusion. Asking how someone wants to receive news is part of the news.

Action plan. I'll open every serious-news conversation by asking about information preferences, and I'll debrief with interpreters as colleagues, not as equipment. I also asked Dr. Lindqvist if I could present this at our Tuesday noon conference, because I think my co-residents make the same assumption I did.
`,
  },
];
