import type { SourceItem } from "../../corpus/types.ts";
import { ohip, saId } from "../../corpus/gen.ts";
import { nhi, ppsn } from "../gen.ts";

/** Ireland, Canada, New Zealand, South Africa, Kenya and Ghana. */
export const ELSEWHERE_A: SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "intern teaching",
    role: "consultant physician (intern tutor, Ireland)",
    text: `
Wednesday intern teaching: I ran a session on writing a good discharge summary, which sounds dull and turned out to be one of the liveliest hours of the term.

I'd asked the interns to bring an anonymised summary they were proud of. One brought a summary that was anonymised in the header and not in the body: "⟦NAME|Mr Tadhg Ó Súilleabháin⟧, PPSN ⟦ID|${ppsn("6183402", "A")}⟧, discharged from ⟦FACILITY_ROOM|St Brendan's Ward, Cork University Hospital⟧ on ⟦DATE|the 8th⟧ to his home place ⟦LOCATION|Cill na Martra⟧." He'd deleted the name from the top and forgotten it appears three more times.

We used it anyway, with his blessing, as a lesson in how identifiers hide. Then we moved on to the actual teaching: what a GP needs from a summary. Dr Niamh Cotter, a GP trainer who joined us, said: diagnosis, what changed with the meds and why, what she needs to do, and what the patient was told. Everything else is optional.

Interns are writing three of these a day. A half-hour session on doing it well is worth more than another lecture on DKA.
`,
  },
  {
    id: "ie-what-002",
    setting: "simulation debrief",
    role: "simulation fellow (Dublin)",
    text: `
What? A neonatal resuscitation scenario for paediatric SHOs: term baby, meconium-stained liquor, apnoeic at birth, heart rate 60 after inflation breaths. The team got the inflation breaths right but took nearly two minutes to recognise the chest wasn't moving, and went to compressions before fixing the airway.

So what? The NLS algorithm is explicit: if the chest isn't moving, fix the airway before anything else. Every SHO in the room could recite it. In the debrief (advocacy-inquiry, after Rudolph and colleagues) the registrar said she saw the heart rate and "her brain went to CPR". That is exactly why we simulate: knowledge under stress behaves differently.

Now what? Next month's scenarios will repeat the non-moving-chest element with different distractors. Dr Eoin Farrelly and I will also try a "pause and think" prompt card on the resuscitaire. We'll measure time to recognition and see if it moves.
`,
  },
  {
    id: "ie-comment-003",
    setting: "intern teaching",
    role: "intern (comment)",
    text: `
I was the intern with the "anonymised" summary, and honestly it was the most useful embarrassment of my year. I went back through my last ten summaries and found two others with names in the body text. Dr Cotter's four questions are now taped to the computer in the doctors' office. Thanks for using it kindly.
`,
  },
  {
    id: "ca-free-001",
    setting: "academic half-day",
    role: "family medicine residency site director (Ontario)",
    text: `
Academic half-day this week was on prescribing opioids safely, and I built the case session around a patient from our own clinic. I'm writing this partly as a confession.

In the handout, I left in the details from the chart extract: ⟦NAME|Mr. Gordon Tremblay⟧, health card ⟦ID|${ohip("5523-771-04")}⟧, ⟦ADDRESS|48 Lakeshore Drive, Sudbury ON P3E 4K7⟧, with his wife ⟦NAME|Linda⟧'s email ⟦EMAIL|linda.tremblay57@bell.net⟧ on the consent line. Eight residents took copies home before one of them pointed it out.

We collected the handouts and I reported it to our privacy office. The teaching itself was good: the 2017 Canadian opioid guideline, tapering, the risk of stopping abruptly, naloxone kits for every patient on more than 50 MME.

For residents reading this: the case-based method works because cases are real. That's also why you must build them from scratch. Dr. Patel has offered to build a library of fictional cases for the half-day so none of us has to adapt a real chart again.
`,
  },
  {
    id: "ca-free-002",
    setting: "competence committee",
    role: "program director (internal medicine, CBD)",
    text: `
Three years into Competence by Design, our competence committee has found a rhythm, and I want to write down what's working.

We meet monthly. Each resident is reviewed at least quarterly, with a primary reviewer who reads every EPA observation beforehand and presents a short summary. The Royal College's guidance suggested this, but it took us a year to actually do it.

Things that help:
- Narrative comments matter more than entrustment scores. A "4" from a staff who writes "independent, safe, would trust overnight" means something; a "4" with no comment means much less.
- Residents who request observations themselves progress faster. Dr. Chen calls this "owning the dashboard".
- Our academic advisors meet residents before each committee, so there are no surprises.

Things we're still bad at: procedures. Nobody observes a paracentesis from start to finish and fills in an EPA at 2 a.m.

Next year we're piloting a two-minute observation tool on the iPad, led by Dr. Amara Okafor and the chief residents.
`,
  },
  {
    id: "ca-comment-003",
    setting: "competence committee",
    role: "PGY-2 resident (comment)",
    text: `
Speaking as someone who "owns the dashboard" only when reminded, this was a helpful read. The narrative-over-numbers point is true from our side too; the comments are the only part we actually learn from. I'd happily test the iPad tool. Procedures at night are exactly where nobody fills anything in, so a two-minute version might actually get used.
`,
  },
  {
    id: "nz-free-001",
    setting: "rural hospital teaching",
    role: "rural hospital medicine supervisor (New Zealand)",
    text: `
Weekly teaching for our rural hospital registrars. This week, a case review that also became a lesson on privacy in a small place.

The registrar presented ⟦NAME|Koro Hemi⟧ — ⟦NAME|Hemi Tawhai⟧, NHI ⟦ID|${nhi("ZZZ048")}⟧, ⟦AGE|ninety-one⟧, from ⟦LOCATION|the marae at Pipiriki⟧ — who came in with a GI bleed. Excellent presentation: Glasgow-Blatchford score, when to transfuse, when to call the base hospital for endoscopy. The retrieval discussion was particularly good: the helicopter couldn't fly, so the team held him overnight on PPIs and two units.

Then she said which marae he was from, and two of the nurses in the room knew him. In a town this size, that is usually the case.

We talked afterwards about how rural presentations need even less detail than city ones, and about the whānau's role in decisions, which in this case was central: his mokopuna had driven two hours to be there.

I'll ask Dr. Aroha Walker to take a session next term on tikanga in hospital care.
`,
  },
  {
    id: "nz-what-002",
    setting: "prevocational teaching",
    role: "prevocational educational supervisor",
    text: `
What? I observed our PGY1s on a teaching ward round with Dr. Sam Lemalu, one of our general medicine consultants, and was struck by how little they spoke.

So what? The round was efficient, the decisions were sound, and Sam explained his reasoning clearly: why he stopped the furosemide, why the sodium of 128 needed fluid restriction rather than saline. But the PGY1s were scribes. Every question went to the registrar. Our curriculum asks for "active participation in ward rounds", and this wasn't it.

Now what? With Sam's agreement, we're trying a simple rule on his Thursday rounds: each PGY1 presents two patients, start to finish, and proposes the plan before the registrar speaks. I'll observe in four weeks and ask the PGY1s what changed for them. Sam thinks the round will take ten minutes longer. I think that's a bargain.
`,
  },
  {
    id: "nz-free-003",
    setting: "conference report",
    role: "senior lecturer (medical education, Otago)",
    text: `
Back from the Rural Medicine conference in Rotorua. A few notes for the department.

The best session was on Hauora Māori training in the rural immersion programme. A panel of graduates described what it meant to them to spend a year in a community and see the same whānau over and over. The theme of relationships over rotations came up in every talk.

Dr. Garry Nixon spoke about rural hospital medicine as a specialty, and made the case again for generalism: the rural doctor who can reduce a shoulder, manage a DKA and have a goals-of-care conversation in the same evening.

Workshops I attended: one on teaching ultrasound-guided procedures with limited equipment (lots of practical tips; gel-filled gloves as phantoms) and one on supervising registrars remotely. The remote supervision workshop confirmed what we've found: weekly scheduled calls work better than "ring if you need me".

I'll share slides on the staff drive. Next year the conference is in Nelson and I'd like at least two of our registrars to present.
`,
  },
  {
    id: "za-free-001",
    setting: "teaching ward round",
    role: "internal medicine consultant (registrar supervisor)",
    text: `
Registrar teaching round in Soweto this week, and a case I want to reflect on as a teacher.

⟦NAME|Mrs Nomvula Dlamini⟧, ID ⟦ID|${saId("380611012408")}⟧, ⟦FACILITY_ROOM|Ward 21, bed 14, Chris Hani Baragwanath⟧, admitted ⟦DATE|16 June⟧ with TB meningitis. Her granddaughter ⟦NAME|Lerato⟧ had come from ⟦ADDRESS|1587 Vilakazi Street, Orlando West 1804⟧ every day to feed her.

The registrar, Dr. Sipho, presented a difficult question: should we continue dexamethasone when she is confused and not eating? The teaching round turned into a discussion on evidence (Thwaites, NEJM 2004), on HIV co-infection, and on how far we push treatment in a frail elderly woman.

What I want to hold on to is the conversation with ⟦NAME|Lerato⟧, which Sipho did at the bedside with the interns watching. He sat down, used isiZulu, and asked her what her grandmother would want before he explained anything. The interns were silent for a full minute afterwards.

I'll ask him to run a session on family meetings for the next intake.
`,
  },
  {
    id: "za-gibbs-002",
    setting: "OSCE examiner training",
    role: "clinical skills lecturer (Cape Town)",
    text: `
Description: I trained twenty new OSCE examiners for the final-year MBChB exam. We watched recorded stations and scored them independently, then compared.

Feelings: Surprised. I expected some disagreement, not a spread from "fail" to "distinction" on the same recording.

Evaluation: The station that split the room was a history-taking station on chest pain. The student was thorough but never once made eye contact with the standardised patient. Half the examiners scored the checklist; half scored the person.

Analysis: Our global rating scale isn't anchored. Examiners bring their own idea of "competent". Harden's original OSCE model (1975) was about objectivity, but it has become clear since that checklists alone miss too much.

Conclusion: We need both the checklist and a global rating with descriptors, and we need examiners to practise.

Action plan: Prof. Vanessa Burch's descriptors will be adapted for each station. Every new examiner will score two recorded stations before the real exam, and Dr. Fatima Moosa will review the inter-rater data.
`,
  },
  {
    id: "za-free-003",
    setting: "community placement teaching",
    role: "family physician (district hospital supervisor)",
    text: `
I supervise final-year students on their district hospital rotation in the Eastern Cape, and this week one of them, Lwazi, presented a case at our Friday meeting that taught everyone something.

The patient was ⟦NAME|Tata Ngcobo⟧ — ⟦NAME|Mr Mzwandile Ngcobo⟧ — ⟦OTHER|the only blacksmith in the whole of Qumbu⟧, who came in with tetanus from a cut on his hand at the forge. Lwazi described the spasms, the risus sardonicus, the magnesium infusion, and the fact that we had to transfer him to ICU at ⟦FACILITY_ROOM|Mthatha General⟧ on ⟦DATE|Freedom Day⟧.

Clinically, a superb presentation. And then the ward sister, who lives in Qumbu, said, "Everyone knows who that is." She was right.

Teaching point I made afterwards: in a rural district, an occupation can identify someone as surely as a name. "A man in his fifties who works with metal" would have done.

Tetanus vaccination catch-up is the other lesson: he'd never had a booster.
`,
  },
  {
    id: "ke-free-001",
    setting: "clinical officer teaching",
    role: "clinical officer tutor (Kenya Medical Training College)",
    text: `
Our clinical officer students have just finished their paediatric rotation, and I want to write down what we did differently this year.

We used the ETAT+ course materials for the first two weeks: triage, emergency signs, airway, breathing, circulation, coma, convulsion, dehydration. Each student practised on the mannequins until they could do a full assessment in under two minutes. Dr. Wambui Kariuki, who trained as an ETAT+ instructor, took the scenarios.

Then they went to the wards. The difference was obvious. Students who had practised triage could tell a sick child from a well one at the door. One student, Brian, noticed a child with sunken eyes and a slow skin pinch in the waiting bay before the nurse did, and started the Plan C rehydration.

What didn't work: the written exam still asks for definitions rather than decisions. I have asked our head of department to let us try a scenario-based OSCE next year.

A thank-you to Mr. Otieno, the nursing officer in charge of the paediatric ward, who let my students follow his nurses for a week.
`,
  },
  {
    id: "ke-what-002",
    setting: "morning report",
    role: "senior lecturer (internal medicine)",
    text: `
What? At morning report, the medical officer intern presented a young man with cryptococcal meningitis and read aloud from the file: ⟦NAME|Kevin Ouma Odhiambo⟧, IP number ⟦ID|KNH/2024/117823⟧, ⟦FACILITY_ROOM|Ward 7C, bed 22⟧, from ⟦LOCATION|Kibera, Soweto East village, near the Gatwekera footbridge⟧, phone of his brother ⟦PHONE|0722 555 194⟧.

So what? Clinically it was a strong case: CrAg positive, opening pressure 34 cm, amphotericin and flucytosine started under the WHO 2022 regimen. But the front sheet became the first two minutes of the presentation. When I asked why, the intern said that is how he was taught to present in medical school: "identify the patient fully".

Now what? I am asking our department to teach the "one-liner" model. I will model it myself at next week's report, and Dr. Achieng will help me draft a one-page guide for interns.
`,
  },
  {
    id: "ke-comment-003",
    setting: "clinical officer teaching",
    role: "clinical officer student (comment)",
    text: `
Thank you madam for the ETAT+ weeks. I was afraid of the mannequin scenarios at first, but on the ward they made everything faster. Mr. Otieno's nurses taught us a lot about feeding and fluids. Please also tell the next group to practise the coma position many times; I forgot it on my first night.
`,
  },
  {
    id: "gh-free-001",
    setting: "teaching ward round",
    role: "consultant obstetrician (residency trainer, Ghana)",
    text: `
Labour ward teaching round in Kumasi, and one of the residents asked me afterwards what makes a good bedside teacher. I've been thinking about that.

The case that morning: ⟦NAME|Maame Afua⟧ — ⟦NAME|Mrs. Afua Serwaa Boateng⟧, folder number ⟦ID|KATH 0923417⟧ — a grand multipara on the Labour ward at ⟦FACILITY_ROOM|Komfo Anokye⟧ with a previous caesarean and a uterine rupture that we caught early. She came from ⟦LOCATION|Bonwire, the kente weaving village⟧ and her husband had ridden her in on a motorbike on ⟦DATE|Easter Monday⟧.

The residents presented the case well. We discussed the signs of rupture (loss of station, abdominal tenderness, fetal bradycardia) and the guidance on trial of labour after caesarean.

But what makes good bedside teaching? My answer to the resident: ask questions you don't know the answer to. When I asked ⟦NAME|Mama Afua⟧ what she felt when the pain changed, she described it better than any textbook.
`,
  },
  {
    id: "gh-free-002",
    setting: "medical school curriculum",
    role: "head of department (medical education)",
    text: `
We are redesigning the clinical years curriculum at our medical school, and as head of the medical education unit I've been asked to write a short note on what we've learned from student feedback.

Students want more time on the wards and less time in lectures. No surprise. But they also want more structure on the wards: many of them spend hours following a team without anyone teaching them anything. One student wrote, "I learnt to stand."

The proposal: each clinical rotation will have named teaching sessions at the bedside, two per week, with a named consultant or senior resident. Attendance will be recorded for the teacher, not the students.

We're also introducing portfolio reflection in the fourth year. Dr. Kwame Asante-Mensah ran a pilot last year; the reflections were short and honest, and students said it was the first time they'd been asked what they thought.

Finally, we'll align our assessments with the Medical and Dental Council's competencies. That's a bigger job than it sounds.

I'll present the proposal at the faculty board next month.
`,
  },
  {
    id: "gh-what-003",
    setting: "simulation debrief",
    role: "emergency physician (simulation faculty, Accra)",
    text: `
What? Our first full-day simulation course for emergency residents, six scenarios, with faculty from our department and two visiting instructors, Dr. Emily Harrison and Dr. Joseph Oduro-Mensah. The scenarios included a road traffic trauma with tension pneumothorax, a snake envenomation, and a paediatric DKA.

So what? The tension pneumothorax scenario went fastest. The DKA went slowest: the team argued about whether to give a fluid bolus and for how long. This argument is healthy; the guidance changed after the FEAST trial and the 2021 BSPED guidance on fluids.

Now what? We will run the DKA scenario again next month with a printed DKA protocol in the room, to see whether the protocol speeds up decisions or just gives people something to read.
`,
  },
];
