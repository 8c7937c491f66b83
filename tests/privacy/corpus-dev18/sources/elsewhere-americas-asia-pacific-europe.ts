import { ohip } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";
import { cpf, nhi, ppsn } from "../gen.ts";

/** Ireland, Canada, New Zealand, the Philippines, Sri Lanka and Brazil: 20 items. */
export const AMERICAS_ASIA_PACIFIC_EUROPE: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "public health nursing",
    role: "nursing student",
    text: `
Second-year general nursing in Galway, and my community placement is with a public health nurse, Maura, who covers a huge rural patch. On Wednesday we called to ⟦NAME|Mrs Bridie Mannion⟧ at ⟦ADDRESS|Cloonlara, Moycullen, Co. Galway H91 K2X7⟧ to check on a skin tear and do her bloods. She's a widow, sharp as a tack, and had the kettle on before we were out of the car.

Maura was filling in the form for a home help review and asked me to read out the PPS number from the letter on the dresser: ⟦ID|${ppsn("8271536", "A")}⟧. I said it out loud in the kitchen while the neighbour was in dropping off the paper, and Maura gave me a look I'll remember.

Clinically I learned how to apply a steri-strip the right way on fragile skin and why we never use adhesive dressings on it. Maura also showed me the Clinical Frailty Scale; ⟦NAME|Bridie⟧ is a 4 at most.

In the car Maura said the biggest risk out here isn't the skin tear, it's the winter and the isolation. She rings some of her patients on a Sunday even though she's off.
`,
  },
  {
    id: "ie-gibbs-002",
    setting: "respiratory physiotherapy",
    role: "physiotherapy student",
    text: `
Description: My first clinical placement as a second-year physio student at UCD, on a respiratory caseload. My practice tutor, Orla Brennan, was treating a young woman in her twenties with cystic fibrosis using airway clearance: the active cycle of breathing and a PEP device.

Feelings: I was nervous because the patient knew far more about her own condition than I did. She corrected my description of autogenic drainage.

Evaluation: Orla laughed and said that's normal with CF — people are experts by the time they're adults. She let me do the auscultation and I heard crackles in the right upper zone.

Analysis: I had assumed the therapist is the expert in the room. With long-term conditions that isn't true. It made me think of the Hodgkin lymphoma survivor who spoke to our class in first year and said "nobody asked what I knew."

Conclusion: Ask first, teach second.

Action plan: Read the 2017 ERS standards of care for CF, practise auscultation with my classmate Cian, and keep up my Saturday camogie training so I have something that isn't study. The Luas at 7:10 is my reading time.
`,
  },
  {
    id: "ie-comment-003",
    setting: "respiratory physiotherapy",
    role: "physiotherapist",
    text: `
Great reflection, Aoife. "Ask first, teach second" would make a good motto for our whole department. For the next one, look at how shared decision-making frameworks describe this, and bring your stethoscope on Thursday — Cian has volunteered to be your practice chest again. Good luck with the camogie on Saturday. — Orla
`,
  },
  {
    id: "ie-free-004",
    setting: "medical ward",
    role: "medical student",
    text: `
First-year medicine at UCC and we had our first patient contact session this week. Our group tutor, Dr. Eoin Lynch, brought us to ⟦FACILITY_ROOM|bed 9 on St Finbarr's ward at CUH⟧ to meet ⟦NAME|Con⟧, a retired fisherman from West Cork who'd been admitted on ⟦DATE|Paddy's Day⟧ with a chest infection and had been "kept for the craic" ever since, as he put it.

Con told us about the boats, his COPD, and the day he gave up the fags in 2004. Dr. Lynch used him to show us clubbing (there wasn't any — "good man yourself") and how to count a respiratory rate without the patient noticing. Twenty-two.

What struck me is that I was more nervous than he was. I'd practised the history script for an hour and then forgot to say my name. Con said "and you are?" and the whole group laughed.

Mam rang that evening and asked if I'd "seen a real patient yet". I said yes, and that he was better at it than me.
`,
  },
  {
    id: "ca-free-001",
    setting: "medical unit",
    role: "nursing student",
    text: `
Second-year BScN at TMU, first acute care placement in Toronto. I was assigned to ⟦NAME|Mr. Gordon Beaulieu⟧, a retired TTC streetcar driver with cellulitis of the left leg. My preceptor, Keisha, let me do his admission assessment and medication reconciliation. I needed his OHIP number, ⟦ID|${ohip("5821-904-37")}⟧, for the form, and his wife gave me her cell, ⟦PHONE|(416) 555-0139⟧, for updates.

I marked the erythema with a skin pen and we watched it over 24 hours. It didn't spread beyond the line, and his temperature settled from 38.6 to 37.1 on IV cefazolin. Keisha explained the difference between cellulitis and venous stasis dermatitis, which I'd always mixed up.

My reflection point: I was so focused on the forms that I didn't notice he hadn't eaten his lunch. Keisha did. He couldn't open the packaging with his arthritic hands. It's those little things.

I take the Line 2 subway home and I spend the whole ride thinking about everything I missed. My sister says this is called "growth".
`,
  },
  {
    id: "ca-what-002",
    setting: "student life",
    role: "medical student",
    text: `
Structured with Rolfe's framework, because our reflective practice tutor, Dr. Geneviève Tremblay, insists.

What? I'm a first-year med student at McGill and this month I did my first longitudinal family medicine sessions, half in French and half in English. A woman in her seventies came in for a follow-up of hypothyroidism and the entire visit was in Québécois French with expressions I'd never heard. Dr. Tremblay adjusted her levothyroxine from 75 to 88 mcg based on a TSH of 6.2.

So what? I'm bilingual on paper, but medical French under pressure is different. I also noticed how quickly Dr. Tremblay switched register: formal with the patient, joking with the receptionist.

Now what? I'll use the French glossary our faculty provides, and practise histories with my classmate Mathieu. On weekends I volunteer with the Terry Fox Run committee, which keeps me grounded. My parents came to Montreal from Beirut in 1994 and still speak three languages at dinner. I should be better at this.
`,
  },
  {
    id: "ca-free-003",
    setting: "remote nursing station",
    role: "nursing student",
    text: `
My northern placement took me to the nursing station in ⟦LOCATION|Attawapiskat⟧. I'm a second-year nursing student and I've never been anywhere you can only reach by plane in summer. The nurse in charge, Darlene, runs the station like a small hospital.

On my third day we visited ⟦NAME|Kokum Mary⟧, who is ⟦AGE|92⟧ and the oldest person in the community. She was the one who taught half the town to speak Cree. She has heart failure and stubborn leg edema, and she told me firmly she is not leaving for a hospital down south "to die among strangers".

Darlene respected that. We adjusted her furosemide, arranged for the home care worker to weigh her daily, and made a plan with her family for what to do if she got worse.

I'm still thinking about what culturally safe care means when the system's answer is always "medevac". The TRC Calls to Action (2015) were on our reading list. They felt much more real up here.
`,
  },
  {
    id: "ca-comment-004",
    setting: "student life",
    role: "medical student",
    text: `
Same, Karim! My first clinic visit in French left me sweating. Dr. Tremblay once told me the trick is to ask the patient to teach you their words for things — "mal de bloc" means headache, apparently. Want to practise histories with Mathieu and me on Thursday after anatomy lab? — Élodie, MDCM 2nd year
`,
  },
  {
    id: "nz-free-001",
    setting: "rural general practice",
    role: "medical student",
    text: `
Rural immersion for my second year at Otago, up the East Coast. The GP, Dr. Aroha Kingi, took me on a home visit to ⟦NAME|Koro Hemi⟧ in ⟦LOCATION|Ruatoria⟧. He has gout and type 2 diabetes and had run out of allopurinol. Dr. Kingi asked me to check his NHI on the laptop, ⟦ID|${nhi("ZZZ047")}⟧, to see when his last prescription was printed, and I read it out loud in front of his moko, who was very interested.

His uric acid was 0.58 mmol/L and his HbA1c 71. Dr. Kingi explained that colchicine for the flare and restarting allopurinol low and slow was the plan, and that gout is massively under-treated in Māori men, which is a system failure rather than an individual one.

The korero was more important than the medicine. We sat for forty minutes, had a cup of tea, and talked about fishing. I learned the word "hauora" and what it actually means.

I used to think rural medicine was a backup plan. Not anymore.
`,
  },
  {
    id: "nz-gibbs-002",
    setting: "student life",
    role: "pharmacy student",
    text: `
Description: My second-year pharmacy class in Dunedin had a session on Te Tiriti o Waitangi in health, taught by Dr. Mere Parata and our pharmacy practice lecturer, James Holloway. We looked at why Māori and Pacific people get fewer funded medicines, even for the same disease.

Feelings: I felt uncomfortable, then defensive, then motivated. My family came from Samoa in the 1980s and I had never connected those numbers to my uncles.

Evaluation: The session used real data from PHARMAC's 2018 variations report and asked us to design one change a community pharmacy could make.

Analysis: I realised I've been thinking of pharmacy as a technical job. It's also about who gets to sit in front of you. My friend Tevita said his nana never asks the pharmacist questions because she doesn't want to be a bother.

Conclusion: Equity isn't a lecture topic, it's part of every script.

Action plan: Practise counselling in simple Samoan with my mum, read the Pae Ora Act summary (2022), and bring the "one change" idea to our student pharmacy association. Also rewatch Jacinda Ardern's speech about kindness — corny, but it works for me.
`,
  },
  {
    id: "nz-comment-003",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
Ka pai, Sam. You captured the visit beautifully. ⟦NAME|Koro Hemi⟧ rang today to say his toe is much better and he wants to know when "the doctor with the big notebook" is coming back. One thing though: take the NHI out before this goes on the class blog. Ngā mihi. — Dr. Aroha Kingi
`,
  },
  {
    id: "ph-free-001",
    setting: "barangay health center",
    role: "nursing student",
    text: `
Community health nursing exposure, 2nd year BSN 🇵🇭 We did home visits in ⟦LOCATION|Barangay San Roque, Tanauan⟧ with the barangay health worker, Ate Liza. Our patient was ⟦NAME|Lola Remedios⟧, who has hypertension and lives with her daughter and six grandchildren. Ate Liza checked her PhilHealth number for the Konsulta package — ⟦ID|12-025539187-4⟧ — and I copied it into our family nursing care plan because our CI told us to complete every field.

Her BP was 170/100. She admitted she only takes her amlodipine "when she feels dizzy". We taught her about silent hypertension using a balloon analogy our CI, Ma'am Tess, showed us, and she laughed so hard she had to sit down.

Reflection: Filipino families are the real support system. Her apo already reminds her about her tea, so now he will remind her about her tablets too.

#StudentNurse #CHN #FutureRN #BarangayHealth
`,
  },
  {
    id: "ph-gibbs-002",
    setting: "OSCE",
    role: "medical student",
    text: `
Description: Our first OSCE in second year medicine in Manila. Stations included a pediatric history, a cardiovascular exam, and a station on the ocular exam, which made me think of José Rizal, who was an ophthalmologist before he became our national hero.

Feelings: I was anxious for weeks. My Tita, who is a nurse in London, kept sending me voice messages saying "kaya mo 'yan".

Evaluation: The cardiovascular station went well: I remembered the JVP at 45 degrees and the Valsalva effect on HOCM murmurs. The pediatric history was a disaster; I forgot to ask about immunizations.

Analysis: My study group (Paolo, Jasmine and Ria) practised only adult histories. We assumed pediatrics would be the same. It isn't.

Conclusion: I prepare for what I'm comfortable with, not for what I'm weak at.

Action plan: Make a pediatric history checklist (birth history, feeding, development, immunizations), practise with Ria, and ask Dr. Dela Cruz for feedback. Also commit to sleeping before 1am, even if the jeepney ride means I leave at 5:30.
`,
  },
  {
    id: "ph-free-003",
    setting: "skills lab",
    role: "nursing student",
    text: `
Nasogastric tube insertion day in the skills lab and I am weirdly proud of myself 😂 NEX measurement, lubricate, ask the "patient" (a mannequin named Resusci Anne, who has seen things) to swallow, check placement with pH aspirate below 5.5, secure the tube. Our CI, Sir Marco, made us repeat it until our hands stopped shaking.

Why I'm doing this: my mom has worked as an OFW nurse in Dubai for twelve years. She sends money, I send her videos from the skills lab, and she critiques my technique over Messenger. Tonight she said my taping was "acceptable", which from her is basically a medal.

My classmates and I are already planning to review together for the NLE even though it's years away. Bea says we need a group chat name. I voted for "Nightingales ng Bayan".

Next week: IV fluids and drip rate computation. 1 litre over 8 hours with a 20 drops/mL set = 42 gtts/min. Ate ko, please pray for me.
`,
  },
  {
    id: "lk-free-001",
    setting: "medical ward",
    role: "medical student",
    text: `
Second-year medicine at Peradeniya, and our introductory clinical appointments have begun. My first patient was ⟦NAME|Mr. Wijesinghe⟧ in ⟦FACILITY_ROOM|Ward 12, Teaching Hospital Kandy⟧, a retired schoolmaster with heart failure who insisted on correcting my Sinhala grammar. His son lives in Melbourne and asked me to email updates to ⟦EMAIL|nimal.wije64@gmail.com⟧ because "the doctors are too busy". I agreed before I thought.

Our lecturer, Dr. Chamari Ranasinghe, explained that updates to family are the consultant's job, not a medical student's, and certainly not by personal email. She wasn't angry, just firm. I sent one message saying I could not share details and gave him the ward phone number.

Clinically I learned to examine the JVP properly and to listen for an S3. I also learned that a heart failure patient's weight chart tells you more than his chest X-ray. He was 2 kg down in three days on furosemide 40 mg BD.

I cycle to the faculty along the Mahaweli every morning. It's the only time I'm not thinking about medicine.
`,
  },
  {
    id: "lk-gibbs-002",
    setting: "dengue ward",
    role: "nursing student",
    text: `
Description: During my second-year nursing placement in Colombo, I worked on a dengue high-dependency unit during the monsoon outbreak. Sister Dilani Perera taught us fluid management in the critical phase using the national guidelines (2012).

Feelings: I was scared of getting it wrong. Platelet counts dropped so fast — one young man in his twenties went from 98,000 to 22,000 in 36 hours.

Evaluation: Sister Perera showed us how to calculate the fluid quota using body weight and how to chart PCV every three hours. Strict input-output charting is life-saving, not paperwork.

Analysis: I learned that in dengue the danger is fluid leakage, not bleeding, which is the opposite of what the public thinks. My own mother still believes papaya leaf juice is the cure; we argued about it on the phone.

Conclusion: Careful monitoring matters more than anything dramatic.

Action plan: Revise the warning signs, practise the fluid calculation with my friend Tharushi, and watch Kumar Sangakkara's MCC lecture on the weekend because it makes me feel proud to be Sri Lankan.
`,
  },
  {
    id: "lk-free-003",
    setting: "audiology clinic",
    role: "audiology student",
    text: `
Second-year audiology, and this week I sat in on a cochlear implant mapping session. The patient was ⟦NAME|Ayesha⟧, a shy 7-year-old who loves Frozen. Our supervisor, Ms. Nadeesha Silva, let me read the processor details to the programming software: the implant serial, ⟦DEVICE|CI24RE-5530671⟧. I also wrote it in my clinic notes because I wasn't sure what mattered.

Then her father mentioned that he watches her sleep on a home camera and asked if the hospital could "link it" in case of seizures. He showed me the settings page, with the camera's address, ⟦IP|192.0.2.117⟧, and I wrote that down too, thinking our IT person might help. Ms. Silva gently told me that neither belonged in a student notebook.

What I loved: when the new map was switched on, ⟦NAME|Ayesha⟧ turned her head to her mother's voice and smiled. Ms. Silva said the first year after activation is the most important and that parents do most of the work.

I want to be the person who makes that moment happen more often.
`,
  },
  {
    id: "br-free-001",
    setting: "family health strategy",
    role: "medical student",
    text: `
Segundo ano de medicina — second year of med school in Rio, and our community module puts us with a Family Health Strategy team. The community health agent, Dona Célia, took my group up to ⟦LOCATION|Morro dos Prazeres⟧ to see ⟦NAME|Seu Joaquim⟧, a retired doorman with diabetes and a toe that had turned black.

While the nurse cleaned the wound, Dona Célia asked me to check his CPF on the SUS card so we could register the visit — ⟦ID|${cpf("384.219.506")}⟧. I typed it into my phone's notes to finish the form later and forgot about it until tonight.

Our preceptor, Dr. Rafael Lima, said the toe was dry gangrene and needed vascular assessment. Seu Joaquim cried, then made a joke about finally having an excuse to stop climbing stairs. His capillary glucose was 287 mg/dL.

I'm deleting the note now. What stays is the climb, the view of the bay from his window, and the way Dona Célia knows every door on the hill.
`,
  },
  {
    id: "br-gibbs-002",
    setting: "student life",
    role: "physiotherapy student",
    text: `
Description: Second-year physiotherapy in São Paulo. This week was my first supervised session in the university's sports physio lab with Prof. Camila Souza, assessing a volleyball player with patellar tendinopathy using the VISA-P score.

Feelings: Excited, but also very tired. I work three evenings a week as a receptionist at a gym and take two buses and the metro to get home to Guarulhos.

Evaluation: Prof. Camila let me run the single-leg decline squat and explained why isometric loading helps pain in the early phase.

Analysis: My gym job actually helps. I see how people move every day, and I've learned to talk to strangers. My classmate Lucas, who doesn't work, is better at the theory but freezes with patients.

Conclusion: Work and study compete, but they also teach each other.

Action plan: Read the 2019 BJSM consensus on patellar tendinopathy, practise the assessment with Lucas, and ask my boss for Saturday mornings off before exams. My mother says Dr. Drauzio Varella also worked while studying. I'm not sure that's true, but I'll take it.
`,
  },
  {
    id: "br-free-003",
    setting: "vaccination campaign",
    role: "nursing student",
    text: `
First vaccination campaign as a nursing student! 💉🇧🇷 Our school joined the flu campaign at a health post in Recife, and I spent the whole Saturday next to Zé Gotinha (a colleague in the costume, sweating like crazy). Our supervisor, Enf. Patrícia Gomes, checked every dose I drew up: 0.5 mL, deltoid, 90 degrees, and always check the card first.

The kids screamed at the needle and then hugged Zé Gotinha. The elderly came in groups from church. One lady in her eighties told me she got the smallpox vaccine in the 1960s and "survived worse than me".

After the campaign my friends Júlia and Thiago and I got açaí and talked about what kind of nurses we want to be. Thiago wants ICU. Júlia wants obstetrics. I think I want public health — the SUS is huge and imperfect but today I felt it working.

Carnaval is next month and Enf. Patrícia already warned us: hydration stations need volunteers. #enfermagem #SUS #vacinação
`,
  },
];
