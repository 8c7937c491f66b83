import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { emiratesId, ppsn, rut, teudatZehut } from "../gen.ts";

/** Canada, Ireland, Portugal, Chile, Israel and the United Arab Emirates. */
export const AMERICAS_EUROPE_GULF: readonly SourceItem[] = [
  {
    id: "ca-gibbs-001",
    setting: "hospital pharmacy",
    role: "hospital pharmacist",
    text: `
**Description.** I work as a clinical pharmacist in a regional hospital in northern Ontario, and many of our patients are flown in from fly-in First Nations communities on the James Bay coast. ⟦NAME|Mrs. Agnes Koostachin⟧, a Cree elder from ⟦LOCATION|Attawapiskat First Nation⟧, was being discharged on ⟦DATE|November 28⟧ after a COPD exacerbation. Her health card, ${"⟦ID|" + ohip("5521-804-62") + "⟧"}, was on the chart. The nursing station back home asked me to email the discharge medication list to her granddaughter, ⟦EMAIL|shaylakoostachin@example.ca⟧, because the fax line had been down for a week.

**Feelings.** I was torn. Our policy discourages email, but the alternative was ⟦NAME|Agnes⟧ flying home with nobody at the nursing station knowing her new inhaler regimen.

**Evaluation.** I phoned the nursing station nurse, Ruth, who confirmed the granddaughter was ⟦NAME|Agnes⟧'s substitute decision-maker and helped with her medications. I sent the list through our secure email service instead, with ⟦NAME|Agnes⟧'s verbal consent documented.

**Analysis.** ⟦NAME|Agnes⟧ had been given three different inhalers with three different techniques: a Breezhaler, an Ellipta and an MDI with a spacer. She could not manage the Breezhaler with her arthritis. I had focused on the transfer of information and nearly missed the basic question of whether she could use what we prescribed.

**Conclusion.** Continuity of care in remote communities needs both creative communication and a simple regimen.

**Action plan.** We switched her to a single triple-therapy Ellipta inhaler, and I now check inhaler technique with the actual device before every discharge, not just the leaflet.
`,
  },
  {
    id: "ca-comment-002",
    setting: "hospital pharmacy",
    role: "pharmacy student",
    text: `
Thanks for this. On my co-op term in Saskatoon, my preceptor Amira had us watch every patient use their inhaler before discharge, and it was shocking how many could not. The Lung Association videos were useful, and so was simply asking "show me how you take it". I never realised arthritis could make a Breezhaler impossible.
`,
  },
  {
    id: "ie-what-001",
    setting: "phlebotomy",
    role: "phlebotomist",
    text: `
**What?** I do the early morning bloods round in a hospital in Galway. On ⟦DATE|Monday the 8th of April⟧ I was bleeding ⟦NAME|Nóirín Ní Fhlatharta⟧ in ⟦FACILITY_ROOM|St Brigid's Ward, bed 9⟧. She's an Irish speaker from ⟦ADDRESS|Cloghmore, Moycullen, Co. Galway H91 X2F7⟧, and her chart had her PPSN, ${"⟦ID|" + ppsn("8412736", "A") + "⟧"}, on the front sheet for the long-stay scheme. Her wristband said "⟦NAME|Nora Flaherty⟧". The request form said ⟦NAME|Nóirín Ní Fhlatharta⟧. They were the same woman, but the system didn't know that.

**So what?** The lab rejects any sample where the name doesn't match exactly, and rightly so. But I stood there at 6 a.m. with two names and a woman who told me, a bit sharply, "⟦NAME|Nora⟧ is what the English call me." I realised that the anglicised version had been entered at a previous admission and never corrected. It wasn't a small thing for her; it was her own name. And for us it was a real identification risk, because we had two records.

**Now what?** I didn't take the sample. I asked the ward clerk, Siobhán, to raise it with patient registration, and they merged the records that morning with her hospital number, which I then used on the new labels. I came back at 9 to take the bloods. I've learned that positive patient identification isn't just ticking a box: it depends on the system recording people the way they name themselves. I also try now to ask patients, "Is this the name you use?"
`,
  },
  {
    id: "ie-free-002",
    setting: "speech and language therapy",
    role: "speech and language therapy student",
    text: `
My placement this term is with the adult acute team in a Dublin hospital. This week my practice educator, Aoife, let me lead a bedside swallow assessment for a man in his early sixties recovering from a posterior circulation stroke.

I did the oral motor exam, checked his cranial nerves, and gave him teaspoons of water. He had no cough, no wet voice, and his oxygen saturation stayed at 97%. I was ready to recommend a normal diet. Aoife asked me to listen again while he swallowed, and to look at how long it took. His laryngeal elevation was reduced, and there was a delay of a few seconds before he swallowed.

She explained that silent aspiration is common after brainstem strokes and that the absence of a cough doesn't mean safety. We requested a FEES (fibreoptic endoscopic evaluation of swallowing), which showed penetration and silent aspiration of thin fluids. He was put on IDDSI level 2 fluids and a soft diet.

I felt quite deflated. I had followed the checklist perfectly, and it had given the wrong answer. But Aoife said that the bedside screen is just that, a screen, and knowing its limits is part of being a good clinician.

I learned that I must combine the checklist with clinical reasoning about the lesion site. The 2021 ESSD position statement on dysphagia screening, which she sent me afterwards, explains this clearly. I want to do more instrumental assessments before I qualify.
`,
  },
  {
    id: "pt-free-001",
    setting: "community physiotherapy",
    role: "physiotherapist",
    text: `
I work as a physiotherapist for a community care team in Trás-os-Montes, in the far north-east of Portugal. Most of my patients are elderly people living alone in villages that have emptied out over the last fifty years.

⟦NAME|Dona Albertina Pires⟧ is ⟦AGE|noventa e quatro⟧ — ⟦AGE|ninety-four⟧ — and lives in ⟦LOCATION|the aldeia of Rio de Onor, in the last house before the Spanish border⟧. I started visiting her after a fall on ⟦DATE|15 de março⟧ that left her with a fractured pubic ramus. Her número de utente, ⟦ID|284 615 903⟧, is written on a piece of cardboard by her door, because the GP who comes once a month needs it for the prescriptions.

The hospital discharge summary recommended walking with a frame. She lives in a stone house with uneven slate floors and a step at every doorway. The frame was useless there. Instead, we practised with a single stick and her late husband's walking staff, which she preferred, and I taught her neighbour to help with the exercises.

She told me she would rather die in her own kitchen than in a lar in Bragança, and she meant it. What I took from this was that my job is not to make her world fit the textbook. It is to make the textbook fit her world, as much as I can. Rehabilitation in an emptying village is as much about loneliness as about balance, and the forty minutes of conversation during our sessions may be doing as much good as the exercises.
`,
  },
  {
    id: "pt-what-002",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
**What?** I am a pharmacist in a farmácia in Lisbon. A man in his forties came to buy ibuprofen 600 mg for back pain. When I asked about his other medicines, he said he took lisinopril and furosemide for heart failure. He did not think this was important because "it is only ibuprofen".

**So what?** NSAIDs with ACE inhibitors and diuretics form the "triple whammy" that can cause acute kidney injury, and in heart failure NSAIDs can cause fluid retention and decompensation. I felt a bit awkward, because he had come for something simple and was in pain. My director técnico, Dr. Sofia Marques, taught me that many interventions in Portugal are small moments like this, not dramatic ones.

**Now what?** I explained the risks calmly and offered paracetamol 1 g up to three times daily, with heat and gentle movement, and advised him to see his médico de família if the pain continued. He accepted, a little surprised. I recorded the intervention in our system. I learned that "it is only ibuprofen" is a phrase to watch for, and that our counter is a place where we can prevent hospital admissions. I now always ask about heart and kidney medicines before selling any NSAID, even when the patient is in a hurry and the shop is full.
`,
  },
  {
    id: "cl-gibbs-001",
    setting: "clinical laboratory",
    role: "tecnólogo médico",
    text: `
**Description.** I am a tecnólogo médico in the clinical laboratory of a public hospital in Santiago. ⟦NAME|Don Heriberto Quilapán⟧, a Mapuche man, was admitted to ⟦FACILITY_ROOM|Sala 4, cama 12 del Hospital Barros Luco⟧ with chest pain. His RUT, ⟦ID|${rut("6.204.581")}⟧, was printed on the request, and his troponin came back at 2,400 ng/L on ⟦DATE|12/09/2023⟧. The result belonged to someone else.

**Feelings.** I was frightened when I realised, because the cardiology team had already started a heparin infusion.

**Evaluation.** It was detected because the second troponin, three hours later, was 8 ng/L. Such a drop is not physiologically possible. We traced it: two samples from the emergency department had been placed in the wrong racks in the pneumatic tube station, and the labels had been attached afterwards at the nursing station. What went well was that our delta check flagged the second result.

**Analysis.** Errors in the pre-analytic phase are the most common laboratory errors, and most happen outside the lab. He also had a pacemaker, serial ⟦DEVICE|PM-BX-7731942⟧, which made his ECG hard to interpret, so the team relied more on the troponin. The combination was dangerous.

**Conclusion.** The delta check is one of our most important safety tools, and labels must be attached at the bedside.

**Action plan.** I presented the case to the emergency nurses, together with my jefa, Dra. Carolina Muñoz, and we are piloting portable label printers in the ED.
`,
  },
  {
    id: "cl-free-002",
    setting: "clinical nutrition",
    role: "nutritionist",
    text: `
I work as a nutricionista in a primary care centre in Valparaíso. Chile has one of the highest obesity rates in Latin America, and our black octagonal "ALTO EN" warning labels are famous. I thought that would make my work easier. It has not, at least not in the way I expected.

This week I saw a 10-year-old girl and her mother for obesity. The mother knew all the labels, and she proudly said they never buy products with the black stamps. Then she described their typical day: white bread with palta and butter, sopaipillas after school, large portions of rice and noodles, and sugary drinks from a cheaper brand that had reformulated just enough to avoid the stamp.

My supervisor, Javiera, reminded me that the labels are only one part of the picture. Portion size, home-cooked foods, and physical activity matter as much. We talked about the girl's school, where she does physical education twice a week, and the family's limited time because both parents work long hours.

I realised I had been giving advice as if they had time and money to cook. Instead, we focused on small changes: water instead of juice, one less piece of bread, and walking to the feria on Sundays together. The mother said she liked that I did not blame her.

I learned that public health policy can help, but it does not replace listening to a family's real life.
`,
  },
  {
    id: "il-free-001",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
I am a pharmacist in a Clalit pharmacy in Haifa. ⟦NAME|Savta Rivka Mizrahi⟧, as her grandchildren call her, has been coming to our counter for years. Last month her grandson posted a video of her on Facebook, ⟦URL|https://www.facebook.com/watch/?v=10158834412775&ref=rivka-savta-dances⟧, dancing at her ⟦AGE|90th⟧ birthday party, and half the neighbourhood saw it, including us.

The next week she came in with a new prescription for oxycodone after a hip fracture, and her teudat zehut, ⟦ID|${teudatZehut("03427186")}⟧, came up on the screen with a warning: she was also getting tramadol from a different doctor at another branch. The two prescriptions had been written three days apart.

I felt uncomfortable because she is so well known and loved, and I did not want to embarrass her. In the consultation room, I explained that taking both together could cause drowsiness and falls, and that her new hip could not afford another fall. She said the orthopaedic surgeon gave her one and the family doctor gave her the other, and nobody had asked her about the first.

I contacted her family doctor, Dr. Levi, who stopped the tramadol. What I learned is that shared digital records help, but they only work when someone acts on the alert. I also thought about privacy: the whole community had seen her birthday video, and I realised how easily people in a neighbourhood pharmacy could be recognised even when we never say a name.
`,
  },
  {
    id: "il-what-002",
    setting: "radiology",
    role: "radiographer",
    text: `
**What?** I work as a CT radiographer in a hospital in Be'er Sheva. Last month a woman in her fifties had a contrast-enhanced CT of her abdomen. Within two minutes of the iohexol injection she developed urticaria, then wheeze and a drop in blood pressure to 80/50. This was an anaphylactoid reaction.

**So what?** I had done the contrast reaction training, but I had never seen a real one. My first reaction was to freeze. The radiologist, Dr. Ben-David, took the lead and gave intramuscular adrenaline 0.5 mg, and I called the resuscitation team and started oxygen. She recovered within twenty minutes. Later, we found in her file that she had had a mild reaction five years earlier, which had not been flagged on the referral or in our system.

**Now what?** I realised I must ask every patient directly about previous contrast reactions, even if the referral says "no allergies". The ACR Manual on Contrast Media recommends this. I also learned where everything is in our reaction kit, which I had never opened. We held a simulation session with the whole CT team the following week, and I was surprised how many colleagues also did not know the adrenaline dose by heart. I now keep a laminated card with the doses at the console. I want to volunteer to run the next simulation.
`,
  },
  {
    id: "ae-gibbs-001",
    setting: "occupational health clinic",
    role: "physiotherapist",
    text: `
**Description.** I volunteer at a weekend clinic for migrant construction workers in Dubai. ⟦NAME|Mr. Rajan Pillai⟧, a 45-year-old steel fixer from Kerala, came with low back pain so severe that he could not bend to tie his boots. He lives in ⟦LOCATION|Block C, Room 14 of the Sonapur labour camp⟧ with eleven other men. His Emirates ID, ${"⟦ID|" + emiratesId("784-1978-3304172") + "⟧"}, was needed for the clinic's records, and his own mobile, ⟦PHONE|+971 50 555 0213⟧, was written on his file.

**Feelings.** I felt angry at the conditions and helpless, because I knew he would go back to carrying rebar on Monday.

**Evaluation.** His examination suggested mechanical low back pain, with no red flags and a negative straight leg raise. I gave him education, exercises and advice, but his bunk bed was too short for him to lie flat, and he works twelve-hour shifts in the heat.

**Analysis.** I realised that the textbook advice of "stay active and avoid prolonged bending" meant nothing to him. My mentor, Dr. Fatima Al Hashimi, reminded me that occupational health is about changing the work, not only the worker.

**Conclusion.** Physiotherapy for migrant workers must address their working and living conditions.

**Action plan.** With his permission, we wrote a letter for a temporary light-duty role, and I am helping the clinic design a short exercise sheet in Malayalam, Hindi and Urdu.
`,
  },
  {
    id: "ae-what-002",
    setting: "clinical nutrition",
    role: "medical student",
    text: `
**What?** During my nutrition elective in Abu Dhabi I shadowed a clinical dietitian, Ms. Layla Haddad, in the diabetes centre during Ramadan. We saw a 38-year-old Emirati man with type 1 diabetes on an insulin pump who was determined to fast. His HbA1c was 7.1%, and he had had two hypoglycaemic episodes before sunset the previous year.

**So what?** I expected her to tell him not to fast, since type 1 diabetes places most people in the high-risk category of the IDF-DAR guidelines. Instead, she worked through the plan with him in detail: reducing his basal rate by about 20% in the last hours before iftar, adjusting his bolus for the large iftar meal with dates and harees, and delaying suhoor as close as possible to dawn. She also gave him clear rules to break the fast if his glucose fell below 3.9 mmol/L or rose above 16.7.

**Now what?** I learned that patient-centred care means respecting what matters to people, even if it increases clinical complexity. I also learned a lot about insulin pump settings, which I had only seen in textbooks. I want to remember that my role as a future doctor is to help patients do what matters to them as safely as possible, not to forbid it. I will read the 2021 IDF-DAR guidelines in full before my next rotation.
`,
  },
];
