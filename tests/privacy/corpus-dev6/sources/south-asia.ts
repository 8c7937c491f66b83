import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** Pakistan, India, Bangladesh and Sri Lanka: house officers, interns, nurses, LHWs, physios, pharmacists, faculty. */
export const SOUTH_ASIA: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
Medical Unit rotation, Faisalabad. On my Thursday night call a family brought in ⟦NAME|Amma Sakina⟧ from ⟦LOCATION|Chak 118 JB, the house behind the girls' primary school⟧. They said she was ⟦AGE|95⟧; her CNIC, ⟦ID|33100-7712054-1⟧, said she was younger, but nobody in the family believed the card. Breathless for three days, bilateral crackles, pedal oedema to the knees, BP 180/100, SpO2 84% on air.

We got her a bed — ⟦FACILITY_ROOM|Medical Unit II, bed 22, Allied Hospital⟧ — after an hour on a trolley in the corridor. Furosemide 40 mg IV, GTN, oxygen. My senior registrar, Dr Asma, asked me to take a history about salt, and I discovered the family had started giving her a "desi" remedy with a lot of rock salt in it for her knees.

Her son gave me his number for updates, ⟦PHONE|0300 5551274⟧, and asked me three times whether she would "go on the machine". I said we would try medicines first and talk again in the morning. I wasn't sure I was allowed to say that, but my registrar said I had said it well.

Reflection: the ESC 2021 heart failure guideline was useful that night, but the most useful thing was a twenty-minute conversation in Punjabi about what was in the bottle. I am going to ask about home remedies in every history from now on, without judgement.
`,
  },
  {
    id: "pk-gibbs-002",
    setting: "ward round",
    role: "medical student",
    text: `
**Description.** Fourth year at King Edward Medical University, Lahore. On Prof. Zafar's ward round we saw a 17-year-old with tremor, dysarthria and deranged LFTs. Prof. Zafar asked me to look at her eyes under the slit lamp: Kayser-Fleischer rings. Wilson's disease. Serum ceruloplasmin came back at 8 mg/dL a day later.

**Feelings.** Excited, honestly. Then ashamed of being excited about someone else's illness.

**Evaluation.** I knew the textbook facts (ATP7B, autosomal recessive, penicillamine or trientine, zinc). I didn't know how to explain to her mother that her other children should be screened.

**Analysis.** The EASL 2012 guideline recommends screening first-degree relatives. Our resident, Dr Bilal, explained it to the mother in simple Urdu using a cousin-marriage diagram without blaming anyone. I noticed he never said "your fault". I'll remember that.

**Conclusion.** Spotting the eponym is the easy part of medicine.

**Action plan.** Read the genetics chapter properly before our send-up exams in March; ask Dr Bilal if I can sit in on the family counselling next week. It's Ramzan now and I'm fasting, so I'm planning my reading for after iftar. Someone said Wasim Akram played with diabetes for years; I'd like to look up how he managed during fasting.
`,
  },
  {
    id: "pk-what-003",
    setting: "community outreach",
    role: "lady health worker",
    text: `
**What?** I'm a lady health worker in upper Swat and I write this for my supervisor's course. After ⟦DATE|the second day of Eid ul Adha⟧ I visited ⟦NAME|Bibi Gul⟧ in ⟦LOCATION|the upper mohalla of Mankial, past the trout farm⟧. Her grandson, eleven months, had not come for his measles vaccine. The family had the child's B-form, ⟦ID|61101-4477290-8⟧, and I wrote the number into my register so the EPI team could find his record.

She told me her husband did not want "the injection". His brother's child had a fever after a vaccine two years ago.

**So what?** In training they told us to "convince" families. What worked was listening. I asked ⟦NAME|Bibi Gul⟧ what happened to the other child, and she said he was fine after two days. I told her about the measles outbreak in the valley this spring — eleven children in hospital — and she decided to bring him herself to the EPI session at the BHU on Monday.

**Now what?** I want to learn more about vaccine hesitancy. Our supervisor, Sister Rukhsana, said the WHO 2019 guide on it has a chapter for community workers. I will read it with my daughter's help because my English is slow.
`,
  },
  {
    id: "pk-comment-004",
    setting: "obstetrics",
    role: "gynaecology resident",
    text: `
@dr_hina@med-mastodon.example Thank you for this. As a second-year resident in Multan I see PPH every week and I still get shaky at 1000 mL. The WHO 2017 tranexamic acid recommendation (the WOMAN trial) changed our protocol; we now give 1 g IV within three hours. Dr Nusrat taught us to call the bleed out loud so the team moves. I'll share our drill checklist after my FCPS part 2 exam.
`,
  },
  {
    id: "pk-gibbs-005",
    setting: "psychiatry",
    role: "mental health nurse",
    text: `
**Description.** Night duty on ⟦FACILITY_ROOM|Ward 3, bed 7 at Civil Hospital Karachi⟧. ⟦NAME|Mr Qureshi⟧ — "call me ⟦NAME|Qureshi sahib⟧" — was brought in by his nephew from ⟦ADDRESS|House 17-B, Street 4, Block 13, Gulshan-e-Iqbal, Karachi⟧ with low mood, not eating, and saying he wanted to "leave the platform". He is ⟦OTHER|the former Pakistan Railways announcer whose voice was on the Karachi Cantt station tapes for thirty years⟧; the junior doctors recognised his voice before they recognised his face. His MR number on the file was ⟦ID|KHI-2291047⟧.

**Feelings.** I felt protective. Everybody wanted to talk to him about trains, and nobody wanted to talk to him about dying.

**Evaluation.** PHQ-9 of 22. No psychotic features. He had stopped his sertraline 50 mg after his wife died in the winter. Suicide risk assessment was high; we put him on close observation.

**Analysis.** The phrase "leave the platform" could have been poetry or it could have been a plan. I asked him directly, as our 2019 training said we should. It was a plan.

**Conclusion.** Asking directly did not put the idea in his head; it let him say it.

**Action plan.** Dr Farah, our consultant, is running a session on the Columbia scale in two weeks. I'll go. I also want to stop leading with the celebrity part of a patient's story.
`,
  },
  {
    id: "pk-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
**What?** I'm a hospital pharmacist in Islamabad. This month a man in his fifties came to the counter with a strip of metformin 500 mg that looked wrong — the foil was thinner and the batch number had a spelling mistake in the manufacturer's name. His HbA1c had gone from 7.2 to 9.1 in four months and his doctor had added a second drug.

**So what?** We sent the strip to the DRAP regional office and it failed dissolution testing. Counterfeit and substandard medicines are not rare here; the WHO's 2017 estimate was that about one in ten medical products in low- and middle-income countries is substandard or falsified. I had been trained to check prescriptions, not packaging.

**Now what?** I've started a two-minute "look at the box" check for every refill of diabetes, antihypertensive and antibiotic medicines. I presented the case at our department meeting, and Dr Saeed suggested we log every suspicious batch. I'm also going to the pharmacovigilance training in Lahore in September, during my annual leave, because I think it's that important. The Drug Act of 1976 gives the regulator the power; we need to give them the reports.
`,
  },
  {
    id: "pk-free-007",
    setting: "emergency department",
    role: "GP trainee",
    text: `
Heatwave week in Peshawar. Our emergency department saw forty-one cases of heat illness in five days, most of them labourers and older people. Core temperatures of 41–42°C, GCS dropping, some already in renal failure by the time they reached us.

What I learned, and what I'd tell a new trainee:

1. Cool first, investigate second. Ice-water immersion if you can; evaporative cooling with fans and sprays if you can't. Paracetamol does nothing for heat stroke.
2. Check the potassium and the CK. Rhabdomyolysis is common and the creatinine can climb over days.
3. Older patients in their eighties and nineties often present "off legs" rather than hot, because they can't sweat well. Take a rectal temperature.
4. The Pakistan NDMA heatwave guidance (2024) says to set up cooling centres; the patients tell you they need shade at the bus stops.

My own lesson: I worked three 12-hour shifts in a row and forgot to drink. Dr Saima, our senior, made me sit down with ORS at 4pm on the third day. I'm 29, I play cricket every weekend, and I still got a headache and a racing heart. If it can happen to me in an air-conditioned department, it can happen to anyone on a construction site.
`,
  },
  {
    id: "in-what-001",
    setting: "internal medicine",
    role: "intern",
    text: `
**What?** Internship, medicine posting in Tirupati. ⟦NAME|Savitri amma⟧, ⟦AGE|ninety-three⟧, was admitted on ⟦DATE|the 14th⟧ to ⟦FACILITY_ROOM|Female Medical Ward, bed 31, SVRR Hospital⟧ with hyponatraemia and confusion. Her UHID was ⟦ID|2025-0418831⟧, but the lab had registered her under her Aadhaar, ⟦ID|${aadhaar("5821 4470 936")}⟧, and then again under a second UHID, so her sodium results were split across two records and nobody saw the trend. Her son wrote their address on the consent form as ⟦ADDRESS|H.No. 4-12, Gandhi Nagar, Chittoor 517001⟧.

Sodium went 128, 124, 119 over three days. Everyone saw one value at a time.

**So what?** This was not a clinical error, it was a records error that became a clinical one. Duplicate registration is common in our system when families bring a different ID card on a second visit. The ABDM health ID is meant to fix this, but only if we use it at registration.

**Now what?** I told my unit chief, Dr Reddy, and we merged the records. I've asked the MRD in-charge if interns can be trained to check for duplicates when a patient is admitted. For ⟦NAME|Savitri amma⟧: 3% saline, slow correction, and she was sitting up and arguing with her son about going home by the fifth day.
`,
  },
  {
    id: "in-gibbs-002",
    setting: "community medicine",
    role: "medical student",
    text: `
**Description.** Community medicine posting, third year MBBS. We went on a family health survey to a village about forty kilometres from Pune with our ASHA, Sunita tai, and Dr Kulkarni from the PSM department. I was assigned to take anthropometry for under-fives: weight, height, MUAC.

**Feelings.** Nervous about the scale, which kept drifting, and about asking mothers about income.

**Evaluation.** Of 23 children I measured, four had MUAC under 12.5 cm, one under 11.5 — severe acute malnutrition. I had read the WHO 2006 growth standards, and it still felt different when the child was sitting on my knee. I nearly missed Koplik spots in one feverish child until Dr Kulkarni pointed them out.

**Analysis.** Malnutrition in our survey clustered in families with seasonal migrant work — sugarcane cutting. The NFHS-5 data shows the same pattern at state level.

**Conclusion.** Community medicine is the subject we all joke about, and it's the one where I learned the most this term.

**Action plan.** Prepare properly for my NEET PG attempt on 3 August without forgetting this. Make a poster for the PHC on MUAC tapes. Sachin Tendulkar's biography is what I'm reading on the bus, not Park's textbook, and I need to fix that.
`,
  },
  {
    id: "in-free-003",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
I'm a physio in Thrissur and I've been doing home visits for a stroke patient for six weeks. ⟦NAME|Kunjiraman ashan⟧ is ⟦OTHER|the retired Kathakali artist who played Ravana at the Guruvayur festival for forty years⟧, and his right side is weak after an MCA infarct. He lives in ⟦LOCATION|the old house behind the Shiva temple in Cheruthuruthy⟧, up eleven granite steps.

His goal was not to walk to the shop. His goal was to do the eye movements — the navarasas — again for his students. His fall happened on ⟦DATE|Thiruvonam day⟧, in front of the whole family, which he found more humiliating than the stroke.

We did the usual: Brunnstrom staging (stage 4 in the arm), Berg 38/56, mirror therapy, task practice on the steps. But what worked best was letting him teach me the mudras with his affected hand. Hand movement that had a meaning for him improved faster than any cone-stacking task I set.

Reflection: goal-setting frameworks like SMART and the 2016 AHA stroke rehabilitation guideline talk about meaningful goals, and I had written "improve fine motor function" in his file. That isn't his goal. His daughter ⟦NAME|Radha⟧ took a video of him doing the Ravana eyes last week and cried.

There's a wider point here about physiotherapy and culture. Our assessment forms were written in English for patients in Bangalore and Chennai, and they measure what a physio in a hospital gym can see. They don't measure whether a man can hold a mudra or climb the temple steps for the evening lamp. I asked two senior colleagues how they handle this and both said the same thing: you write what the form wants and then you do what the patient needs. I'd like to change the form instead.

Next: I'm going to rewrite goals in the patient's own words on the first visit.
`,
  },
  {
    id: "in-comment-004",
    setting: "palliative care",
    role: "resident",
    text: `
@rural_doc@mastodon.in This is exactly it. We had ⟦NAME|Ramesh bhaiya⟧'s mother at home on morphine syrup last month, and the only thing the family asked for was a phone number that someone would answer at night. We gave them the team mobile, and ⟦NAME|Ramesh⟧ called from ⟦PHONE|+91 98450 55512⟧ twice. She died peacefully with the family around. Pallium India's training helped us more than any textbook.
`,
  },
  {
    id: "in-what-005",
    setting: "ICU",
    role: "ICU nurse",
    text: `
**What?** Monsoon season in Mumbai, and our ICU has eight dengue patients. One young woman went into shock on day five: pulse pressure of 15 mmHg, cold peripheries, haematocrit up from 38 to 49, platelets 18,000. We gave NS 20 mL/kg over an hour and she improved, then needed a second bolus. By morning she was stable.

**So what?** The WHO 2009 dengue guidelines and the 2012 handbook both stress that platelets don't predict bleeding well, and that fluids are the treatment for shock. Yet families kept asking for platelet transfusions, and one resident nearly ordered them "for the family's satisfaction". Sister Mary, my charge nurse, explained to the family in Marathi why we weren't transfusing, and they accepted it.

**Now what?** I'm making a one-page explanation in Marathi, Hindi and English for families. I've also signed up for the ISCCM fluid management course in Pune in November. My mother keeps asking me whether papaya leaf juice works; I told her the trials are weak.
`,
  },
  {
    id: "in-gibbs-006",
    setting: "obstetrics",
    role: "obstetrics resident",
    text: `
**Description.** Night duty in the labour room at a district hospital in Telangana. ⟦NAME|Lakshmi⟧, 19, primigravida, was brought in by the 108 ambulance from ⟦LOCATION|Kothapalli tanda, the last hamlet before the forest check-post⟧ on ⟦DATE|Dhanteras⟧ night, already fully dilated. Baby of ⟦NAME|Lakshmi⟧ was born at 23:40 with Apgar 4 and 8. Her RCH ID, ⟦ID|1 2401 0078 3315⟧, was written on the back of her hand in pen by the ASHA because the card had been left at home.

**Feelings.** Terrified during the resuscitation, then very tired.

**Evaluation.** We followed the NRP algorithm: dried, stimulated, five inflation breaths with a bag and mask, heart rate came up above 100 within a minute. Her PPH afterwards, 700 mL, responded to oxytocin.

**Analysis.** The delay was the road. The ambulance took ninety minutes. The ASHA, Sarojini, had done everything right; the system hadn't.

**Conclusion.** Training ASHAs in basic newborn care probably saved this baby before we even touched him.

**Action plan.** Run the HBB (Helping Babies Breathe) drill with our nurses monthly; write to the DMHO about a birth waiting home for the tandas.
`,
  },
  {
    id: "in-free-007",
    setting: "pharmacology teaching",
    role: "faculty",
    text: `
I teach pharmacology at a medical college in Chennai, and every year I give a lecture on rational drug use that students say is "boring but true". This year I tried something different: I asked them to bring the last prescription anyone in their own family received.

We looked at sixty prescriptions. Twenty-one had a fixed-dose combination that CDSCO has banned or restricted; fourteen had an antibiotic for what sounded like a viral cold; nine had a Schedule H drug bought without a prescription. One student's own prescription had nimesulide and paracetamol together.

The WHO's 1985 Nairobi conference defined rational use; the National List of Essential Medicines (2022) gives us the tools. What the students needed was to see that irrationality was in their own homes.

I'm 52, I've been teaching for twenty years, and this was the best session I've ever run. Dr Lakshmanan, our head of department, wants it in the curriculum from next year. I'm presenting it at the IPS conference in Hyderabad on 12 December.
`,
  },
  {
    id: "bd-what-001",
    setting: "community outreach",
    role: "community health worker",
    text: `
**What?** I'm a community health worker with an NGO on the chars of the Brahmaputra. After the July floods I went by boat to ⟦LOCATION|the char opposite Chilmari ghat, the cluster of houses on the raised plinth by the tubewell⟧ to see ⟦NAME|Rahima Khatun⟧. She says she is ⟦AGE|90 years⟧ old and she remembers the 1970 cyclone. Her NID card, ⟦ID|4617 2290 58⟧, was the only document that survived the water, wrapped in plastic under her pillow.

She had diarrhoea for three days, sunken eyes, skin pinch slow. I gave ORS and zinc per our protocol and asked her granddaughter ⟦NAME|Shefali⟧ to keep count of cups.

**So what?** Our training was about children. Nobody told us that old people on the chars get dehydrated faster and say less about it. The icddr,b guidance is for all ages, but our checklist only had a section for under-fives.

**Now what?** I've asked my supervisor, Apa Nasrin, if we can add an elderly section to the checklist. I'm also writing down which houses have older people living alone, so after the next flood we go to them first.
`,
  },
  {
    id: "bd-free-002",
    setting: "ICU",
    role: "ICU resident",
    text: `
Dhaka, cholera season. We had a run of adults in severe dehydration — rice-water stools, no radial pulse, lethargy. The icddr,b "Dhaka solution" and the WHO plan C are drilled into us: 100 mL/kg of Ringer's lactate in three hours for adults, 30 mL/kg in the first 30 minutes. One man in his forties needed eleven litres in the first day.

The thing I keep getting wrong is potassium. I forget that it falls as acidosis corrects, and one patient went to 2.6 with an ileus. My consultant, Prof. Rahman, asked me to write out the maths on the whiteboard in front of the interns, which was humbling.

Also worth noting: azithromycin 1 g single dose shortens the illness; doxycycline resistance is common here now. The 2023 surveillance report from our own lab says so.

I'm 31, it's my first Pohela Boishakh on call, and I spent it watching drip rates. I'm going to make a fluid chart template for the ward so no one has to do the arithmetic at 3am.
`,
  },
  {
    id: "lk-gibbs-001",
    setting: "rural placement",
    role: "medical officer",
    text: `
**Description.** Estate medical officer rotation near Hatton. ⟦NAME|Periyasamy⟧, ⟦AGE|92⟧, was carried down to the estate dispensary from ⟦LOCATION|line room 14 in the upper division of Glencairn, beside the kovil⟧ by two of his grandsons on ⟦DATE|Thai Pongal⟧ with a fever and cough. He is ⟦OTHER|the estate's oldest retired tea plucker, the one the Planters' Association gave a plaque to last year⟧, and the whole line came down to see what was wrong.

**Feelings.** Pressure, because the audience was large and everybody had an opinion.

**Evaluation.** Temperature 38.6, RR 28, crackles at the left base, SpO2 90%. CURB-65 of 3. We don't have oxygen at the dispensary; I arranged transfer to the base hospital in the estate lorry and called ahead.

**Analysis.** Pneumonia in an elderly man with COPD is straightforward. What was hard was deciding to transfer someone who said, in Tamil, that he'd rather die in his own line room. His daughter ⟦NAME|Meenakshi⟧ translated for the grandsons, who wanted him to go.

**Conclusion.** He agreed to go for three days. He came back in five.

**Action plan.** Write a referral pathway with the estate manager; ask the Ministry's regional office about an oxygen concentrator.
`,
  },
  {
    id: "lk-what-002",
    setting: "emergency department",
    role: "house officer",
    text: `
**What?** My first Russell's viper bite as a house officer in the North Central Province. A farmer in his thirties, bitten while cutting paddy, came in with a swollen ankle and bleeding gums. The 20-minute whole blood clotting test was positive: the blood in the glass tube didn't clot.

**So what?** Our national guidelines (Sri Lanka Medical Association, 2021) say 10 vials of Indian polyvalent antivenom for systemic envenoming, and to watch for anaphylaxis, which happens a lot. He had a reaction at vial six — urticaria, wheeze — and we stopped, gave adrenaline 0.5 mg IM and restarted slowly. Dr Wijesinghe, my consultant, made me repeat the WBCT every six hours.

**Now what?** I need to be faster at recognising the neurotoxic signs of krait bites too. I'm going to the toxicology workshop in Colombo after Vesak. My grandfather was a farmer near Anuradhapura and always carried a torch in the fields; I understand why now.
`,
  },
];
