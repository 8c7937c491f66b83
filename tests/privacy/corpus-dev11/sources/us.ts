import type { SourceItem } from "../../corpus/types.ts";

/** US items: refugee health, psychiatry, NICU, rural medicine, corrections, hospice, anesthesia, outbreaks. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "refugee health",
    role: "family medicine resident (PGY-2)",
    text: `Refugee clinic, first visit for a family resettled from Kandahar eight weeks ago. ⟦NAME|Mr. Abdul Wahid Noorzai⟧ came with his daughter ⟦NAME|Zarmina⟧, who is fourteen and did most of the interpreting before I stopped her and got a phone interpreter in Pashto. That moment is the one I want to reflect on.

She was good. Better than good. But halfway through her father's history she skipped a question about his mood and I only noticed because the phone interpreter later asked it and he cried. Latent TB screen positive (QuantiFERON), hemoglobin 10.9, vitamin D low, and a PHQ-9 that we never would have got through his daughter.

Admin notes that I put in here because they nearly went wrong: the resettlement agency had his address as ⟦ADDRESS|2417 Fruitridge Rd, Apt 6, Sacramento, CA 95820⟧ and his phone as ⟦PHONE|(916) 555-0183⟧, but the phone belongs to a neighbor. The follow-up visit on ⟦DATE|Saturday, March 22nd⟧ almost got sent to the wrong person.

My attending, Dr. Ellen Marsh, has one rule: children do not interpret medical history. I understood the rule before. I believe it now.`,
  },
  {
    id: "us-what-002",
    setting: "psychiatry",
    role: "psychiatry resident (PGY-2)",
    text: `What?
Consult-liaison call to medicine for a "non-responsive" 34-year-old. Mutism, posturing, waxy flexibility, negativism when I tried to move her arm. Bush-Francis score 19. We gave lorazepam 2 mg IV and within twenty minutes she was asking for orange juice.

So what?
The medicine team had ordered an MRI, an EEG and a lumbar puncture before anyone thought of catatonia. I don't say that to score points; I missed catatonia myself as an intern in Chicago. It hides in plain sight because it looks like "not cooperating." The lorazepam challenge is cheap, fast and diagnostic, and the Fink and Taylor textbook is still the clearest thing I've read on it.

Now what?
I'm giving a twenty-minute noon conference on catatonia next month, with the Bush-Francis printed on cards. I also want to learn more about when to move to ECT — our attending, Dr. Rasmussen, has strong feelings, and the APA guideline is less specific than I expected. Somewhere in there I need to study for boards, and the Cubs have a home stand the same week. Priorities.`,
  },
  {
    id: "us-gibbs-003",
    setting: "neonatology",
    role: "NICU nurse practitioner",
    text: `Description: ⟦NAME|Baby Boy Delacroix⟧ was born at 26+4 weeks on ⟦DATE|Mardi Gras⟧ — his mother, ⟦NAME|Shantelle⟧, had been at a parade on St. Charles when her waters broke. Birth weight 880 g. He came to ⟦FACILITY_ROOM|pod C, bed 22 in the NICU at Woman's Hospital in Baton Rouge⟧ on CPAP and needed surfactant by hour two.

Feelings: Proud of the team; sad for ⟦NAME|Shantelle⟧, who kept apologizing to us as if she had caused it.

Evaluation: Resuscitation went by NRP 8th edition, delayed cord clamping 30 seconds, plastic wrap, temperature on admission 36.6°C. The bit that went less well was the conversation with mom. I used the phrase "grade II IVH" before explaining what a ventricle was.

Analysis: Prematurity vocabulary is a wall. Parents hear numbers — 880, 26, two — and hold on to them without the context.

Conclusion: I need a script, not for the medicine but for the first sentence.

Action plan: Sit with our social worker, Marisol, on the next three admission talks, and bring the parent guide from the March of Dimes.`,
  },
  {
    id: "us-free-004",
    setting: "rural medicine",
    role: "rural family physician",
    text: `Our patient list is mostly ranchers, and this week one of them was the vet. ⟦NAME|Lyle Halvorsen⟧ is ⟦AGE|ninety-three⟧ and has been ⟦OTHER|the only large-animal vet in Garfield County⟧ since the 1960s; half the county still calls him "⟦NAME|Doc⟧", which makes the clinic schedule confusing.

He drove himself in — his old white Ford with the Montana plate ⟦OTHER|17-4418B⟧ — from ⟦LOCATION|the ranch out past the Hell Creek turnoff, north of Jordan⟧, because his heel ulcer "smelled like a calving gone wrong". His words. Osteomyelitis on X-ray. He has type 2 diabetes, an A1c of 9.1, and absolutely no intention of being flown to Billings.

This is the rural medicine problem in one man: the right answer (IV antibiotics, vascular surgery consult, possibly an amputation) is 175 miles away and he has cattle to feed. We negotiated. He got a PICC placed at our critical access unit, daily ertapenem given by our nurse Jodie on her way home, and a telehealth visit with vascular. He agreed to Billings if the ABI was under 0.5. It was 0.62.

I am not sure we did the textbook thing. I am sure we did the thing he would actually do.`,
  },
  {
    id: "us-comment-005",
    setting: "oncology",
    role: "oncology fellow",
    text: `Nice reflection on oxaliplatin neuropathy. One thing that changed my practice: asking about cold-induced symptoms at every FOLFOX cycle, not just at the end of the course. Patients don't volunteer it; they think it's expected. We now dose-reduce earlier per the ASCO 2020 survivorship guidance, and stop-and-go dosing has kept several people on treatment longer than I'd have guessed.`,
  },
  {
    id: "us-free-006",
    setting: "intensive care",
    role: "critical care fellow",
    text: `Nights in the MICU in Pittsburgh, week three. Thought I'd write down what I've learnt about proning before the details fade.

We proned four patients with ARDS this week. The ARDSNet table is taped to every ventilator — PEEP 14 on FiO2 0.7, tidal volume 6 mL/kg of predicted body weight, plateau under 30. PROSEVA (2013) said 16 hours a day, and it really is the sixteen that matters; we used to flip people back for the morning round because it was convenient.

Practical things nobody taught me: you need five people and one of them must own the airway and only the airway. You count out loud. You check the eyes and the genitals and the pressure points every two hours, because a pressure injury to the face is a thing that follows someone for life. The cisatracurium drip goes on before, not during.

Our respiratory therapist, Gary, has proned more people than I've met. He runs the turn like a drill sergeant and I have stopped pretending I'm in charge of it. That's the lesson, maybe. Thanksgiving is on my block. The Steelers are losing. The coffee machine is broken. Still, three of the four are extubated.`,
  },
  {
    id: "us-what-007",
    setting: "correctional health",
    role: "correctional nurse",
    text: `What?
I work sick call in a state prison in East Texas. This week ⟦NAME|Tomás Reyes⟧, TDCJ number ⟦ID|02318847⟧, put in three requests about chest pain before he was seen, and I was the nurse who triaged the first two as "musculoskeletal". He was seen in ⟦FACILITY_ROOM|the infirmary at the Ellis Unit, exam room 2⟧ on ⟦DATE|Oct. 14⟧ with an ECG showing anterior ST depression and a troponin of 0.41 ng/mL.

So what?
I had been doing triage from paper slips. The slips said "chest hurts when I lift" and I didn't see him. I'm not going to hide behind the system, but the system is part of it: one nurse, 900 men, slips collected at 4am. He also told me afterward that his release paperwork had been left on the counter with his SSN, ⟦ID|078-05-1120⟧, visible to the officer and the next man in line. That one is on all of us.

Now what?
Any slip mentioning chest pain gets a face-to-face and an ECG the same shift; I've written it into our local protocol and the medical director signed off. And I've asked for a locked tray for release paperwork.`,
  },
  {
    id: "us-free-008",
    setting: "hospice",
    role: "hospice chaplain intern",
    text: `I met ⟦NAME|Mamaw Opal Kincaid⟧ the week she turned ⟦AGE|101⟧. Her grandson had set up a fundraiser for her home hospice care ([⟦NAME|Mamaw Opal⟧'s last summer on the mountain](⟦URL|https://www.gofundme.com/f/mamaw-opal-kincaid-hospice⟧)) and half of Letcher County had given ten dollars.

She lived ⟦LOCATION|up Pigeonroost Hollow, past the Free Will Baptist church and the last culvert⟧ in a house her husband built. Heart failure, ejection fraction 20%, furosemide 80 mg twice a day that she took "when I remember, which is never". The nurse, Darlene, and I went up together on Tuesdays.

She asked me to read Psalm 121 every visit. I am not a good reader. I read it anyway. On ⟦DATE|the Fourth of July⟧ she asked us to wheel her onto the porch to hear the fireworks over Whitesburg. She died two days later, in the afternoon, with her great-granddaughter ⟦NAME|Kaylee⟧ doing her hair.

What I want to keep from this: I arrived at seminary thinking chaplaincy was about saying the right thing. It is mostly about being on the porch.`,
  },
  {
    id: "us-comment-009",
    setting: "refugee health",
    role: "clinic social worker",
    text: `Seconding Dr. Marsh on interpreters. One practical fix: please don't put ⟦NAME|Mr. Noorzai⟧'s number ⟦PHONE|(916) 555-0183⟧ or ⟦ADDRESS|2417 Fruitridge Rd⟧ in a blog, even a teaching one — we've had families recognized from far less. Our language line code is on the whiteboard in room 3, and Pashto usually connects in under a minute.`,
  },
  {
    id: "us-gibbs-010",
    setting: "anesthesia",
    role: "nurse anesthesia student (SRNA)",
    text: `Description: During a routine knee arthroscopy under general with sevoflurane, end-tidal CO2 climbed from 38 to 78 over ten minutes despite doubling minute ventilation. Heart rate 128, temperature 38.9 and rising, masseter rigidity. My preceptor said "MH" out loud before I did.

Feelings: Frozen for maybe five seconds, then busy.

Evaluation: We stopped the volatile, hyperventilated with 100% oxygen at high flows, called for the MH cart and mixed dantrolene — 2.5 mg/kg, and yes, the old vials take forever; we had Ryanodex, which was a relief. Potassium was 6.1; we treated with calcium chloride and insulin-dextrose. The patient, a 27-year-old, went to the ICU and did well.

Analysis: We'd done an MH drill in Boston two months earlier, and I think that is the only reason the cart was in the right place and everyone knew their job. The MHAUS hotline was genuinely helpful.

Conclusion: Rare things happen; drills make them survivable.

Action plan: Lead the next drill myself. Also memorize the dantrolene dose so I don't need the poster. Red Sox–Yankees the night of my boards; I'm recording it.`,
  },
  {
    id: "us-free-011",
    setting: "public health outbreak",
    role: "epidemiology intern",
    text: `A few things I learnt from my summer with the state health department during the West Texas measles outbreak.

First, the numbers were never just numbers. Every confirmed case in Gaines County meant a list of contacts, and every contact meant a phone call, often in Low German or Spanish, asking a family where they'd been on which days. I was embarrassed by how little I knew about the Mennonite communities before I started.

Second, vitamin A is not a treatment for measles in the way some social media said it was. The CDC and AAP position is that it has a role in severe disease in children, under medical supervision, and that toxicity is real. We saw cases of hepatotoxicity in kids given cod liver oil by well-meaning parents.

Third, MMR works. Two doses, 97% effective. I found myself repeating that line hundreds of times.

My supervisor, Dr. Alvarez, said outbreaks are won in the years before they happen. I'm back at school in Austin in August, and I've switched my MPH concentration to epidemiology because of this summer.`,
  },
  {
    id: "us-free-012",
    setting: "telepsychiatry",
    role: "psychiatry attending",
    text: `Long post, but I think this one matters for anyone doing telehealth.

I've been seeing ⟦NAME|Dana Whitfield⟧ by video for postpartum depression since the summer. Sertraline 100 mg, weekly therapy with our LCSW, and a safety plan we wrote together. She lives with her grandmother, ⟦NAME|Nana Ruth⟧, who is ⟦AGE|94⟧ and fiercely on her side, at ⟦ADDRESS|318 Elm Hollow Road, Berea, KY 40403⟧, because she left the baby's father in June.

In October our IT security team flagged her patient-portal account: two logins in one night from an address that wasn't hers, ⟦IP|198.51.100.23⟧, the second one reading her visit notes. The audit trail showed it came from her ex-partner's connection. He had her password from when they lived together. He had read everything, including my notes about her fear of him.

I want to be honest about what I did wrong. I write detailed notes, the way I was taught. With open notes under the Cures Act, I had written them for her, and it had not occurred to me that someone else might be reading them. I also hadn't asked, at intake, "does anyone else have access to your phone or your accounts?" That is now the second question I ask, after "are you safe?"

What we did: locked the account, reset credentials with her on the phone, flagged the chart as sensitive, and used the "harm to the patient" exception to keep certain notes from release while we sorted it. She got a protective order on ⟦DATE|November 3rd⟧. Her grandmother drove her to the courthouse.

Clinically she is improving. PHQ-9 from 21 to 9. The baby is thriving. But I keep thinking about how a portal built to empower patients became a tool for coercive control, and how little of my training prepared me to see it. If you do telehealth, ask about device and account safety. It takes thirty seconds.`,
  },
];
