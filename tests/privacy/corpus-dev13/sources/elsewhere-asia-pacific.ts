import type { SourceItem } from "../../corpus/types.ts";
import { iranCode, tcKimlik } from "../gen.ts";

/** Malaysia, Indonesia, Vietnam, Sri Lanka, Fiji, Turkey, Iran and Saudi Arabia. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "my-free-001",
    setting: "diabetes clinic",
    role: "staff nurse",
    text: `
Klinik kesihatan today very packed, 70 patients for diabetic clinic. One makcik, ⟦NAME|Puan Rokiah binti Osman⟧, HbA1c 11.8, she say she take her insulin "bila rasa pening" only, means only when dizzy. Her IC ⟦ID|580714-03-5126⟧ was registered under a different clinic also so she was getting double metformin from two places, 2 g here and 1.7 g there.
I explain slowly in Kelantan dialect, she laugh because my dialect is not so good. We did pen technique again, she was injecting through her baju kurung!
Learning for me: ask patient to SHOW, not tell. And check the MySejahtera record for other clinic visits. Will discuss with Dr. Hafiz about the duplicate registration on Monday.
`,
  },
  {
    id: "my-what-002",
    setting: "medication error",
    role: "provisionally registered pharmacist",
    text: `
What? During my PRP rotation, a prescription for IV potassium chloride 20 mmol in 100 ml to run over 30 minutes came to the satellite pharmacy. Max peripheral rate in our protocol is 10 mmol/hr.

So what? Fast KCl can cause arrhythmia and death. The houseman wrote it during a busy oncall and the nurse might have just hung it. I was afraid to call because the MO on duty is known to be garang (fierce).

Now what? I called anyway. Dr. Lim changed it to 20 mmol over 2 hours, said thank you even. My preceptor Puan Farah says the fear of calling is the real hazard, not the doctor. I'll present this at our Friday pharmacy CPE and suggest premixed KCl bags only in wards. Then balik kampung for Hari Raya, finally.
`,
  },
  {
    id: "my-comment-003",
    setting: "medication error",
    role: "house officer",
    text: `
Replying from meds.social — as a houseman who once wrote exactly this kind of order at 3am, thank you for calling. Please always call. We are tired and we make mistakes and pharmacists catch more of them than anyone thanks them for. Premixed bags is a very good idea, I will support at our department meeting.
`,
  },
  {
    id: "id-free-001",
    setting: "community health",
    role: "nursing student (final year)",
    text: `
Praktek komunitas week 3. Home visit with bidan to ⟦NAME|Bu Sri⟧ in ⟦LOCATION|Desa Wonorejo, Kecamatan Pakis⟧. She has hypertension, BP 180/100, stop her amlodipine because "the tablet makes my leg swollen" and she prefer jamu from her neighbour. Her BPJS card ⟦ID|0001283746512⟧ also expired, so she afraid to go to puskesmas.
I not argue about jamu. I ask what is inside, we check together, then explain amlodipine can cause swollen ankle and we can try other tablet. The bidan help to reactivate BPJS through the village office.
Reflection: patient have her own logic, and it make sense for her. My job is to understand first. Next visit I bring the home BP machine from campus to check again.
`,
  },
  {
    id: "id-free-002",
    setting: "emergency department",
    role: "intern (dokter internsip)",
    text: `
Internsip at a district hospital in East Nusa Tenggara. Tonight dengue, malaria, and a motor accident, 3 at once and only me and one nurse in IGD. Boy 8 years with dengue shock, cold extremities, CRT 4 seconds, Ht 48%. Ringer lactate 20 ml/kg bolus, then 10, then he warm up. I was so scared my hand shake when I put the cannula.
After that malaria falciparum, DHP given, and the accident man only need sutures, 6 stitches.
I think about my friend Rina who is internsip in Jakarta with 5 doctors per shift. Here I am alone. But the nurse, Kak Yohanes, has 15 years experience and he guide me quietly. Lesson: respect the nurses, they keep the hospital alive.
`,
  },
  {
    id: "id-what-003",
    setting: "paediatrics",
    role: "midwife",
    text: `
What? Posyandu day. Baby ⟦NAME|Aditya⟧, 11 months, weight not going up for 3 months, now below red line in KMS book. Mother works in the palm oil plantation from 5 am, baby stays with grandmother. Born ⟦DATE|17-08-2023⟧ at home, never got measles vaccine because they moved.

So what? Stunting is not only about food, it is about who has time to feed. Grandmother gives rice water and sweet tea.

Now what? I explain MP-ASI with egg and tempe, give vitamin A, schedule measles vaccine next posyandu, and refer to puskesmas nutrition program. I also want to talk with the plantation management about a daycare corner, my senior bidan Ibu Wati say it worked in other estate.
`,
  },
  {
    id: "vn-free-001",
    setting: "geriatrics",
    role: "nurse (internal medicine)",
    text: `
Today I care for ⟦NAME|bà Hoa⟧, ⟦AGE|93 tuổi⟧, from ⟦LOCATION|xã Tân Phú, huyện Cai Lậy⟧. Pneumonia and very dehydrated, Na 152. Family sleep on the floor beside the bed, 4 people, bring food from home. In my training we learn "family is visitor", but here family is part of the care team, they turn her, feed her, clean her.
One problem: her grandson give her a traditional medicine in the night that we do not know the ingredient. I was angry first, then I ask him to show me the bottle and explain. Dr. Tuấn say we must respect but also record it.
Learning: work with the family, not against. I will make a small paper in Vietnamese for families about what to tell the nurse before giving anything.
`,
  },
  {
    id: "vn-free-002",
    setting: "OSCE",
    role: "medical student (5th year)",
    text: `
OSCE practice with English-speaking SP for our exchange program. Station: history of fever in a traveller. I know malaria, dengue, typhoid, but in English my brain go slow. I forget to ask about the mosquito net and the prophylaxis. The SP was an Australian volunteer, she was kind, she say my examination was very good.
My English teacher Cô Lan says practise by talking to myself in English on the motorbike. I tried, people looking at me at red light haha.
Plan: write my own checklist for travel history (where, when, prophylaxis, vaccine, food, water, sex, animal), say it 10 times every day. Exchange to Hanoi partner school is in September, I must be ready.
`,
  },
  {
    id: "lk-free-001",
    setting: "plantation health",
    role: "public health midwife",
    text: `
Field visit today, up the hill in the rain. ⟦NAME|Nimali⟧, 24, second pregnancy, lives in ⟦LOCATION|line room 14 on the Glenloch estate near Pundaluoya⟧. Hb 8.1, she did not attend the clinic for 2 months because the tea plucking quota, if she leave work she lose the day's pay. Her NIC ⟦ID|199258304127⟧ was needed for the Thriposha registration, she had it in a plastic bag with the pregnancy record.
I gave iron and folate, checked fundal height (28 cm, ok for dates), and spoke to the estate medical assistant to arrange clinic on Sunday. 
Reflection: on the estate, health depends on the work schedule. Next month I will ask the estate manager if pregnant workers can come to clinic without losing pay. Might not work. Will try.
`,
  },
  {
    id: "lk-gibbs-002",
    setting: "surgery",
    role: "medical student (4th year)",
    text: `
Description: surgical appointment, Kandy. My first time scrubbing for a laparoscopic cholecystectomy. I held the camera.
Feelings: excited, then my arm started burning after 20 minutes.
Evaluation: the camera kept drifting, and the registrar Dr. Perera said "horizon, horizon" maybe 30 times. But I learned Calot's triangle properly, finally seeing the critical view of safety on the screen.
Analysis: camera holding is a skill, needs posture and anticipation. I was watching the monitor only, not the surgeon's hands, so I couldn't anticipate where he would go next.
Conclusion: watch the hands, the screen follows.
Action plan: practise in the laparoscopic box trainer in the skills lab with Dilshan, 20 minutes a day for two weeks, and read the Strasberg 1995 paper on critical view. Also do shoulder exercises, I am not 18 anymore.
`,
  },
  {
    id: "lk-comment-003",
    setting: "plantation health",
    role: "medical officer of health",
    text: `
Good work. I know ⟦NAME|Nimali⟧'s family from the ⟦LOCATION|Glenloch line rooms⟧, her mother also had severe anaemia in pregnancy. The Sunday clinic idea is good, I will support it at the next estate meeting. Please check her for hookworm also, deworming with mebendazole after first trimester. Send me the list of pregnant workers.
`,
  },
  {
    id: "fj-free-001",
    setting: "NCD clinic",
    role: "nurse practitioner",
    text: `
Outreach to ⟦LOCATION|Nakorovou village in Naitasiri⟧ today, 2 hrs by carrier + 40 min walk. ⟦NAME|Bu Losana⟧, grandmother of eleven, diabetic foot, big ulcer on the right heel, smells. She has refused amputation twice. Her grandchildren started a page ⟦URL|https://www.facebook.com/groups/prayersforbulosana⟧ with photos of the foot asking for prayers and money for transport to Suva.
I cleaned and dressed, started oral antibiotics, and did the talanoa with the family about what happens if it spreads. We sat on the mat for an hour, kava for the men, tea for me.
Learning: in the village, decisions are for the family, not one person. I must come back with the doctor and the turaga ni koro next Friday. And remind the family gently that wound photos online are forever.
`,
  },
  {
    id: "fj-free-002",
    setting: "night shift",
    role: "nursing student (2nd year)",
    text: `
first night shift ever. medical ward, 2 nurses + me for 30 patients. i did obs, turned patients, gave out medications with my RN (Sera, so patient with me). One patient with a hypo at 2am, BGL 2.4, we gave 50 ml of 50% dextrose, recheck 7.1. I was shaking more than him.
also learned how to make tea strong enough to last till 6am lol.
what i learn: night shift is its own world. quiet but not calm. everything you skip during the day comes back at night. plan: sleep properly before next night, eat before 2, don't drink 5 cups of tea. and revise hypoglycaemia protocol because i forgot the step after recheck and Sera had to tell me.
`,
  },
  {
    id: "fj-comment-003",
    setting: "NCD clinic",
    role: "medical officer",
    text: `
Vinaka for this. I'll come with you Friday. Please ask the family to take down the foot photos on that group for ⟦NAME|Bu Losana⟧, we can help with transport through the divisional hospital fund instead. Bring the doppler if the battery is charged, I want to check the ABPI before we talk amputation again. Great talanoa.
`,
  },
  {
    id: "tr-free-001",
    setting: "paediatric audiology",
    role: "audiology and speech therapy intern",
    text: `
Cochlear implant clinic today, Ankara. Little ⟦NAME|Elif⟧, 4 years, implanted last year, came for mapping. Her processor was not working since ⟦DATE|23 Nisan⟧ — she was dancing at the school show and it fell and cracked. Mother brought the implant card with the serial ⟦DEVICE|CI5-88231047⟧ and Elif's TC number ⟦ID|${tcKimlik("318650427")}⟧ for the SGK paperwork for the new processor.
3 weeks without sound at that age is a lot, her speech regressed a little. My supervisor Doç. Dr. Aydın was very calm, gave a loaner processor and we remapped.
Learning: the device is also the child's voice. A spare processor plan should be part of discharge counseling. I will prepare a Turkish leaflet for families about what to do if the processor breaks.
`,
  },
  {
    id: "tr-free-002",
    setting: "emergency department",
    role: "intern (6th year medical student)",
    text: `
Intörn in acil servis, Istanbul. 12 hour shift, 4 chest pains, 2 renal colics, many "I have cold since 1 day". One man with chest pain, 48, ECG normal, troponin normal, HEART score 3, my resident Burak Hoca wanted discharge. But the man said pain started when he carry his son up stairs, and stop when rest. I said it to Burak, he re-thought, serial troponin, second one went up to 82 ng/L. NSTEMI. Cardiology took him.
I was proud, but also scared: if I did not listen to the story we send him home.
Learning: history is the first test. Numbers come later. Tomorrow I am off, I'll sleep and watch Galatasaray.
`,
  },
  {
    id: "ir-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Nowruz holidays in Shiraz, ER full of food poisoning, burns from Chaharshanbe Suri and road accidents. One case I keep thinking: ⟦NAME|Aghaye Rostami⟧, 67, found unconscious in his car on ⟦DATE|Sizdah Bedar⟧ (⟦DATE|13 Farvardin⟧), CO poisoning, the family picnic and he was napping with the engine running for the heater. COHb 31%. High-flow O2, considered HBO but nearest chamber was far.
His national code ⟦ID|${iranCode("048-215963-")}⟧ did not match the insurance record because his old card was from before the digital system, so paperwork took 1 hour while he was on oxygen.
Lesson: carbon monoxide hides in happy days. And admin should never be in the critical path, we treated first anyway. I want to write a small protocol for the holiday season with Dr. Karimi.
`,
  },
  {
    id: "ir-what-002",
    setting: "ICU",
    role: "ICU nurse",
    text: `
What? Sanctions mean some drugs are not available or very expensive. Today we had no alteplase for a stroke patient within window, only streptokinase which is not indicated for stroke. The neurologist decided no thrombolysis.

So what? As a nurse I felt helpless. I know the 2019 AHA stroke guideline by heart, but the guideline assumes the drug is in the fridge. My colleague Maryam said we cannot change the politics, we can change what we do with what we have: swallow screen, positioning, early mobilisation, prevent aspiration.

Now what? I will lead a small team to improve our stroke nursing bundle, because that part is in our hands. And I will stop reading the news before night shift.
`,
  },
  {
    id: "sa-free-001",
    setting: "telemedicine",
    role: "family medicine resident",
    text: `
Virtual clinic via the Seha app. ⟦NAME|Abu Fahad⟧ (he introduce himself like this, his son is ⟦NAME|Fahad⟧), diabetic, HbA1c 9.6, wanted refills and to ask about fasting. His video kept dropping, IT told me his connection ⟦IP|203.0.113.58⟧ was getting blocked by the VPN rule. Son gave his mobile ⟦PHONE|055 555 0193⟧ to call instead. He was admitted to ⟦FACILITY_ROOM|King Saud Medical City⟧ on ⟦DATE|5 Shawwal 1445⟧ with hypo after Eid sweets and insulin, and nobody told his primary care team.
Learning: virtual care is only as good as the connection, and the handover between hospital and PHC is still paper. I discussed with my program director Dr. Al-Harbi to add discharge summaries into the app.
`,
  },
  {
    id: "sa-free-002",
    setting: "Hajj medical mission",
    role: "paramedic",
    text: `
Hajj season, Mina. Heat index crazy, 47 degrees. Our team treated 26 heat exhaustion and 3 heat stroke today. Heat stroke protocol: core temp above 40, altered mental status, cool first, transport second. We use the body cooling units and ice packs in axilla and groin. One pilgrim core temp 41.6, after 20 min cooling down to 38.9, GCS improved from 9 to 14.
My colleague Khalid from Riyadh and me did the cold water immersion for the first time in field, it works better than anything I saw in training.
Reflection: "cool first, transport second" feels wrong to a paramedic brain that wants to move. But evidence supports it. I want to teach it at our station when I go back to Jeddah. Also drink my own water, I forgot myself.
`,
  },
];
