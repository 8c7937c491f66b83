import type { SourceItem } from "../../corpus/types.ts";

/** United States: 12 items, 6 with identifiers, 2 comments. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "handover",
    role: "PGY-1 internal medicine",
    text: `Night float sign-out, I-PASS style, the way our chief wants it. I'm posting it because I'm proud of how short it got by month three.

**⟦FACILITY_ROOM|7-114⟧ — ⟦NAME|Ray Dellucci⟧, MRN ⟦ID|40817736⟧**
I: Watcher.
P: 78M, HFrEF (EF 20%), admitted for volume overload. Diuresing on furosemide 80 IV BID, net -2.1 L today.
A: If UOP < 200 mL by midnight, give metolazone 2.5 mg PO x1 and recheck BMP at 04:00. Cr 1.9 (baseline 1.6).
S: If he gets confused again, it is probably his sodium. Daughter ⟦NAME|Gina⟧ (HCP) wants a call for anything: ⟦PHONE|(617) 555-0139⟧.
S: Repeat back done with night intern.

**⟦FACILITY_ROOM|7-120⟧ — Stable**
Cellulitis, on cefazolin. Nothing to do.

**⟦FACILITY_ROOM|7-122⟧ — Stable**
Alcohol withdrawal, CIWA 6, last Ativan 18:00.

My senior, Dr. Amara Okoye, said the best sign-outs read like weather forecasts: what is likely, what would change the plan, and who to call. I used to write paragraphs. Now I write contingencies.`,
  },
  {
    id: "us-what-002",
    setting: "sepsis",
    role: "PGY-2 internal medicine",
    text: `What? Rapid response at 04:10 for a 58-year-old woman on the oncology floor, two weeks after chemo for Hodgkin lymphoma. Temp 39.4, HR 132, BP 84/50, ANC 0.2. Neutropenic fever with septic shock. I was the senior on the rapid team.

So what? I knew the algorithm: cultures, cefepime within an hour, 30 mL/kg of crystalloid, lactate, and call the ICU. The 2021 Surviving Sepsis Campaign guidelines are pinned to my phone. What I did not know was how loud a rapid response room gets. Eight people, two pumps alarming, a family member in the doorway. I realized I had not said out loud who was leading until minute six.

Our nurse educator, Marcy Lindqvist, debriefed us afterwards and asked one question: "Who did you think was in charge?" Four different answers.

Now what? I now say "I'm Dr. Patel, I'm running this" in the first thirty seconds, assign a recorder, and ask the room to go quiet for a one-line summary every five minutes. She went to the MICU on norepinephrine and stress-dose hydrocortisone (we worried about adrenal insufficiency after steroids), and she was back on the floor four days later. The antibiotics mattered. So did the quiet.`,
  },
  {
    id: "us-free-003",
    setting: "disclosure of error",
    role: "PGY-3 internal medicine",
    text: `Our hospital uses the CANDOR process, and last month I took part in my first disclosure as the resident who wrote the order.

⟦NAME|Mrs. Loretta Boykins⟧ was on ⟦FACILITY_ROOM|5 West, bed 22 at Grady⟧ with a diabetic foot infection. On ⟦DATE|March 3⟧ I entered her evening insulin glargine as 40 units instead of 14; the pharmacist caught the change from home dose but it was overridden during a busy admission. At 03:20 her glucose was 38 and she was diaphoretic and confused. The nurse, Tasha, gave D50 and called me. She recovered fully.

The next morning my attending, Dr. Bernard, and the patient safety officer sat with me and Mrs. Boykins and her son ⟦NAME|Darnell⟧. I said what happened, that it was my order, and that I was sorry. She looked at me and said, "Baby, you look worse than I felt." Darnell was less forgiving, and he had every right to be. He asked what would stop it happening to the next person. I could answer that: a hard stop for basal insulin doses that differ by more than 50% from home medication reconciliation.

I thought disclosure would feel like confession. It felt more like handing over the truth to the people who owned it.`,
  },
  {
    id: "us-free-004",
    setting: "night shift",
    role: "PGY-2 internal medicine",
    text: `I want to write about the phone interpreter line, because at 2 a.m. it is the most important piece of equipment in the hospital and nobody teaches it.

On nights I cover about ninety patients across three floors. Maybe a quarter prefer a language other than English: Spanish, Haitian Creole, Vietnamese, Cape Verdean Portuguese, Somali. In daytime there are in-person interpreters. At night there is a blue phone on a rolling pole and a code you dial.

Early in intern year I used it badly. I talked to the interpreter instead of the patient. I asked compound questions ("any chest pain or shortness of breath or dizziness?") and then wondered why the answer was one word. I used "sats" and "PRN" and "we're going to hold your Lasix". Once, exhausted, I used a patient's fifteen-year-old son instead, and he had to tell his mother that her scan showed a mass. I still think about that.

What changed me was a night with Rosa, a Spanish interpreter I have never met in person but whose voice I would recognise anywhere. A man in his seventies with new delirium and a urinary tract infection was trying to climb out of bed. Rosa told me, gently, that he was not confused in the way I thought; he was asking where his wife was, and he was using a phrase from his home region that sounds like nonsense if you don't know it. His wife had died in 2019. He was grieving, and frightened, and also delirious. All three.

So now I do a few things. I look at the patient, not the phone. I say one idea at a time. I ask the interpreter to tell me if something doesn't translate. I never use family members for anything that matters, including consent and bad news; the Joint Commission standards are clear and so is my conscience. And at the end I ask the patient to tell me back what the plan is, through the interpreter, the same teach-back we'd use in English.

Dr. Hernández, our program director, says the interpreter is part of the care team. At 2 a.m., on the blue phone, she is the care team.`,
  },
  {
    id: "us-gibbs-005",
    setting: "stroke",
    role: "PGY-1 neurology",
    text: `Description: Stroke alert at 21:52 on ⟦DATE|Saturday, October 12⟧. ⟦NAME|Mr. Walter Kiesling⟧, found by his wife ⟦NAME|Doreen⟧ slumped at the dinner table at 21:30, last known well 21:15. Global aphasia, right hemiparesis, NIHSS 19. CTA showed an M1 occlusion. Tenecteplase at 22:29, then thrombectomy.

Feelings: I was excited, honestly. Door-to-needle 37 minutes. Then I walked out to the family room and saw Doreen, and excitement felt obscene.

Evaluation: The clinical care went well. My communication did not. I said "clot-busting drug" and "a thrombectomy" in the same breath and she heard neither.

Analysis: Two weeks later Doreen's niece set up a CaringBridge page, ⟦URL|https://www.caringbridge.org/site/walterkiesling⟧, and a nurse showed me the first post, where Doreen wrote that "the young doctor talked very fast". She also wrote that he was now saying "yes" and "Dory". I was so glad and so embarrassed.

Conclusion: Speed belongs in the scanner, not in the family room.

Action plan: Sit down. Use one word for each thing. Ask "what did you hear?" Read the AHA/ASA 2019 guidelines for the neurology, and Back to Basics in Communication for the rest.`,
  },
  {
    id: "us-comment-006",
    setting: "night shift",
    role: "attending (mentor comment)",
    text: `This is the best thing I've read from a resident this year. The detail about the fifteen-year-old son is painful and important; almost all of us have done some version of it. Would you be willing to share this with the incoming interns at orientation in June? I'll ask Dr. Hernández to put it in the packet with the language-access policy. — Dr. Meyer, hospitalist`,
  },
  {
    id: "us-free-007",
    setting: "discharge planning",
    role: "PGY-2 internal medicine",
    text: `Discharge planning is where medicine meets housing, and I wasn't ready.

⟦NAME|Mr. Curtis Ambrose⟧, a 61-year-old veteran with COPD and a new diagnosis of heart failure, was medically ready to go on day four. He had been living in his car. His last address on file was ⟦ADDRESS|4410 W. Augusta Blvd, Apt 2R, Chicago, IL 60651⟧, which he lost on ⟦DATE|August 30⟧ last year when the building was sold.

Our social worker, Keisha, spent most of a day on the phone. The Medicaid application needed his SSN, which he knew by heart (⟦ID|078-05-1120⟧; he recited it to me like a prayer while I filled the form), and proof of identity, which was in a glovebox in an impound lot. The VA wanted paperwork we could not get before Monday. Meanwhile he was taking up a bed and the bed board was calling every two hours.

I wrote "pending dispo" in my progress notes for three days. My attending, Dr. Liu, made me rewrite it as "waiting for a safe place to go", because it was true and it reminded everyone that the delay was not him.

He went to a medical respite program on day seven with a scale, a 2-gram sodium diet sheet he laughed at, and follow-up at the VA clinic. I don't know how he is. I wish I did.`,
  },
  {
    id: "us-free-008",
    setting: "falls",
    role: "PGY-1 internal medicine",
    text: `We had four inpatient falls on our team in one month, so our attending, Dr. Sato, made the falls review our journal club instead of the usual trial.

Notes for myself:
- Most falls happen at night, going to the bathroom. Scheduled toileting at 22:00 and 02:00 is boring and works.
- Bed alarms don't prevent falls in the trials; they mostly annoy everyone.
- Zolpidem, diphenhydramine and "as-needed" opioids are the usual suspects. The Beers Criteria (2023 update) lists most of them.
- Orthostatic vitals: we order them and don't do them. Actually do them.
- Delirium and falls are one problem, not two. The Hospital Elder Life Program treats them together.
- Vitamin D does not prevent falls in hospital. Stop adding it as if it does.
- After a fall on anticoagulation, CT head. After a fall with a head strike on aspirin alone, discuss.

The patient who made it real for me was an 84-year-old retired machinist who fell reaching for his glasses. He fractured his hip. He said, "I just wanted to see the TV." His glasses were on the tray table, eighteen inches out of reach. Now I put things back where people can reach them before I leave the room.`,
  },
  {
    id: "us-what-009",
    setting: "patient portal privacy",
    role: "PGY-3 internal medicine",
    text: `What? I was the senior resident when our privacy office called about ⟦NAME|Mrs. Evangeline Torres⟧, a ⟦AGE|97-year-old⟧ on our service with a hip fracture and delirium. Her portal account was being accessed every few hours, and she could not have been doing it. The access log showed repeated logins from ⟦IP|198.51.100.47⟧, not from the hospital network. It turned out a grandson, who was not her proxy, had her password and was reading notes, then calling the nurses' station to argue about her medications. Her daughter, the actual health care proxy, had no idea.

So what? I had written in a note that Mrs. Torres "lacks capacity for complex decisions at present". The grandson read it at 3 a.m., and by morning the family was fighting about a nursing home. My note was accurate. It was also read by the wrong person, at the wrong time, without anyone to explain it.

Now what? The portal team locked the account and set up formal proxy access for the daughter. I have changed how I write: I assume my notes will be read by the patient and family (Cures Act, after all), so I write "currently unable to weigh complex decisions because of delirium, which may improve" rather than a bare capacity verdict.`,
  },
  {
    id: "us-free-010",
    setting: "handover",
    role: "PGY-1 internal medicine",
    text: `A mistake from my handoffs this month that I want to remember, anonymized.

I signed out a patient as "stable, no to-dos". Overnight, her potassium came back at 2.8 from an afternoon draw that I had forgotten was pending. The night intern, Jordan, found it by chance at 01:00 and replaced it; her telemetry showed some ectopy, nothing worse.

What I had missed was the "pending" part of I-PASS. We drill illness severity and action list, but pending results are where things fall through, because they belong to nobody at 7 p.m.

Things I now do:
1. Before sign-out, open the results tab for each patient and look for anything ordered but not resulted.
2. Write "pending: K+ (16:00), blood cultures x2, CT read" explicitly, with what to do if abnormal.
3. Say it out loud. The written list is backup.
4. Call back at 21:00 if I'm worried, which my co-intern Jordan says is annoying but also fine.

The resident who taught me I-PASS, Dr. Bauer, says the handoff is the most dangerous procedure we do without a consent form. I used to think that was dramatic.`,
  },
  {
    id: "us-comment-011",
    setting: "handover",
    role: "PGY-1 (peer comment)",
    text: `I was the night intern the week you covered ⟦NAME|Mr. Dellucci⟧ in ⟦FACILITY_ROOM|7-114⟧, and your sign-out saved me at 01:00 when his urine output tanked. I gave the metolazone exactly as you wrote and didn't have to wake anyone. Stealing the "if confused, check sodium" line for my own lists. Thanks for posting this.`,
  },
  {
    id: "us-free-012",
    setting: "complaint",
    role: "PGY-2 internal medicine",
    text: `I got my first formal patient complaint this year. It was about tone, not medicine, and it stung more than any clinical error I've made.

The patient was a woman in her forties admitted with hypercalcemia that turned out to be from a parathyroid adenoma. On the second morning, pre-rounding at 06:15, I woke her to examine her, asked rapid questions, and left. She wrote that I "treated her like a lab value". I had come from an overnight admission of a young man with Cushing's syndrome and a pulmonary embolism, and I was already thinking about the next patient.

My program director, Dr. Alvarez, met with me. She didn't defend me, which I appreciated in retrospect. She asked me to write a response and to visit the patient if she agreed. She did agree. I apologized for waking her roughly and for not explaining why I needed to examine her so early. She told me she had been awake all night worrying it was cancer, because her mother died of Hodgkin lymphoma, and nobody had asked.

I now open the curtain slowly, say good morning and my name, and ask "what's on your mind today?" before touching anyone. It adds about thirty seconds per patient.`,
  },
];
