import { medicare } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Australia: nursing, medical, pharmacy and physiotherapy students, 9 items. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "aged care",
    role: "nursing student",
    text: `
Second-year nursing, aged care placement, and I'm completely in love with the residents. ⟦NAME|Nell⟧ is ⟦AGE|97⟧ and lives at ⟦LOCATION|Banksia Grove aged care in Mount Barker⟧. She was a telephonist during the war and still remembers every switchboard code. She calls me "the tall one".

My facilitator, Leanne, taught me to do a Waterlow and a Mini Nutritional Assessment, and I learned to use a standing hoist without terrifying anyone. ⟦NAME|Nell⟧'s MNA score was 19, so "at risk", and we talked to the kitchen about adding Sustagen to her morning tea.

The thing I didn't expect is how much loneliness there is. Some residents have visitors every day; some have none. ⟦NAME|Nell⟧'s son visits on Sundays and she spends Saturday getting ready.

Aged care got a bad reputation after the Royal Commission report in 2021, and some of it is deserved. But the staff I've worked with are kind and run off their feet. I'm actually considering aged care after graduation, which my friends think is mad.
`,
  },
  {
    id: "au-gibbs-002",
    setting: "rural GP placement",
    role: "medical student",
    text: `
Description: My second-year rural placement through the John Flynn program took me to a GP practice in western Queensland. My supervisor, Dr. Jo Harrington, is the only GP for 200 km and does everything from antenatal care to skin checks.

Feelings: I was overwhelmed by how much she knew and how little backup there was. I was also excited every single day.

Evaluation: I watched the Royal Flying Doctor Service retrieve a man in his forties with chest pain. Dr. Harrington had already started the ACS protocol (aspirin 300 mg, GTN, heparin) and I did my first 12-lead ECG on a real person. I was also surprised by how many melanomas she excised in one week.

Analysis: Our lecturers in Brisbane talk about the rural generalist as a career, but I didn't get it until I saw Jo start an evening shift after a full day of clinic. I've always admired Fiona Wood and her work in burns, and I realised rural doctors need that same inventiveness.

Conclusion: Rural medicine is my first real career thought.

Action plan: Apply for the rural clinical school, book an ALS course, and learn ECG interpretation properly with my mate Liam.
`,
  },
  {
    id: "au-free-003",
    setting: "community pharmacy",
    role: "pharmacy student",
    text: `
My first week on a pharmacy placement in Parramatta and I've already made an error. A customer, ⟦NAME|Mr. Huy Tran⟧, came in to collect his wife's PBS script and I keyed in his Medicare number, ⟦ID|${medicare("2953 1847", 1)}⟧, instead of hers. My preceptor, Sam, caught it before it was dispensed, but the claim had to be reversed.

Sam was calm. She explained the difference between the Medicare and concession card details and why we confirm date of birth as a second identifier. I felt terrible and went quiet for an hour. Then ⟦NAME|Mr. Tran⟧ rang back on ⟦PHONE|0491 570 156⟧ to ask if the script was ready, and Sam let me handle the call, which helped.

What I learned: slow down at the counter. The system doesn't think for you. Sam says everyone makes a mistake in their first week and the good pharmacists are the ones who own it.

I'm in second year of my pharmacy degree at Western Sydney. I work weekends at Bunnings. Both jobs have taught me that people appreciate it when you're honest.
`,
  },
  {
    id: "au-what-004",
    setting: "hydrotherapy",
    role: "physiotherapy student",
    text: `
What? In my second year of physiotherapy at the University of Melbourne I had my first week of clinical observation in a hydrotherapy program. My supervisor, Dr. Nadia Petrovic, ran a class for people with knee osteoarthritis. I also saw a woman in her thirties with an ankle injury, and Nadia used the Ottawa ankle rules to decide she didn't need an X-ray.

So what? I'd learnt the Ottawa rules in a lecture and thought of them as a list. Nadia used them as a conversation, explaining each step so the patient understood why she wasn't getting a scan. The hydro class was the happiest room I've seen on placement. People were laughing.

Now what? I'll practise explaining clinical decision rules in plain language with my classmate Olivia, and read the 2019 OARSI guidelines on knee OA. I'm also taking Nadia's advice and doing an aqua fitness class myself — apparently I can't teach a squat in water until I've done one.
`,
  },
  {
    id: "au-free-005",
    setting: "remote area nursing",
    role: "nursing student",
    text: `
Remote placement in Central Australia. I spent a week with Kirsten, a remote area nurse, at the clinic in ⟦LOCATION|Areyonga⟧. On Thursday we did a home visit to ⟦NAME|Nancy⟧, who has rheumatic heart disease and needs her benzathine penicillin injection every 28 days. She had missed two. Her auntie said the family had been away for sorry business.

Kirsten didn't lecture. She sat on the step, talked about the footy, and then asked ⟦NAME|Nancy⟧ if she was ready. Her echo shows moderate mitral regurgitation and she is only 19. It's a disease we've nearly got rid of in the cities.

I learned more about culturally safe care in five days than in a semester of lectures. Kirsten says you earn trust in months and lose it in a minute. I also learned that the "missed dose" line on a chart tells you nothing about why.

Back to Adelaide tomorrow. Our tutor, Dr. Mabel Tan, wants us to reflect using the Gibbs cycle, but honestly I just want to sit with it for a while.
`,
  },
  {
    id: "au-free-006",
    setting: "student life",
    role: "nursing student",
    text: `
The V/Line from Geelong is my second library. An hour each way, four days a week, and I've done most of my pharmacology flashcards on it. Second-year nursing, and I also work three shifts a week as a barista, which has made me an expert at remembering names and orders — a skill I'm hoping transfers to medication charts.

This week's lab was blood glucose monitoring and insulin. Our lecturer, Tim, had us prick our own fingers (mine was 5.6 mmol/L, my mate Bec's was 4.2 after skipping breakfast). We drew up Actrapid and Protaphane and he quizzed us on onset and peak times until we could say them in our sleep.

Footy finals are on and my family are Cats tragics, so Saturday was spent at the pub with Dad and my brother Jack watching us lose by eleven points. Mum texted "study" every quarter.

Placement starts in three weeks and I've got a mix of dread and excitement. A friend in third year said bring snacks, comfortable shoes and a notepad. Done.
`,
  },
  {
    id: "au-comment-007",
    setting: "aged care",
    role: "nursing student",
    text: `
Such a beautiful post. I was at ⟦FACILITY_ROOM|Banksia Grove⟧ last year and ⟦NAME|Nell⟧ called me "the short one", so at least she's consistent 😂 Give her my love and make sure she still gets her crossword on Tuesdays. Leanne is honestly the best facilitator in the whole program. — Hannah, 3rd year
`,
  },
  {
    id: "au-gibbs-008",
    setting: "GP placement",
    role: "medical student",
    text: `
Description: My first GP placement as a second-year medical student, in Hobart. Dr. Priya Raman let me take a history from a man in his seventies with breathlessness. He had smoked for fifty years and his spirometry showed an FEV1/FVC of 0.58.

Feelings: I was anxious about presenting to Dr. Raman and kept forgetting what I'd already asked.

Evaluation: Dr. Raman said my history was thorough but I didn't summarise back to the patient. She also pointed out that I said "exacerbation" three times and he had no idea what it meant.

Analysis: I'm speaking in lecture language. Our communication tutor, Dr. Ben Foster, calls it "jargon leakage". I've been so focused on learning the words that I forget most people don't know them.

Conclusion: I need to translate, not just transmit.

Action plan: Read the COPD-X guidelines, practise summarising with my partner Sarah, who is a primary school teacher and will tell me when I'm confusing, and ask Dr. Raman for feedback on plain language at my next session.
`,
  },
  {
    id: "au-free-009",
    setting: "diabetes camp",
    role: "nursing student",
    text: `
Diabetes camp volunteer week and I'm exhausted in the best way. I was a cabin leader for eight kids aged 10 to 12, as part of my second-year nursing community hours. One of my campers, ⟦NAME|Ollie⟧, had a pump alarm at 2am (occlusion) and I had to read his pump serial, ⟦DEVICE|NG2147093H⟧, over the phone to the company's 24-hour line while the camp doctor, Dr. Caroline Ng, changed his cannula.

His BGL was 17.8 with ketones of 0.9. We corrected per his plan and he was back to 8.4 by breakfast. He slept through most of it, honestly.

What I'll keep from camp:
- kids with T1D are the most capable people I know
- hypos at 3am are scary even with a plan
- jelly beans fix everything (15 g fast carbs)

Also learned I'm not as good at capture the flag as I thought.
`,
  },
];
