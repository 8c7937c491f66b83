import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Kenya, Ghana, South Africa, Egypt, Sudan and Zambia. */
export const AFRICA: readonly SourceItem[] = [
  {
    id: "ke-gibbs-001",
    setting: "community medicine",
    role: "medical officer intern",
    text: `
Description: My rural rotation at a sub-county hospital in Kitui. On ⟦DATE|Madaraka Day⟧ we did an outreach clinic at a dispensary and saw ⟦NAME|Mzee Mutua Kilonzo⟧, who came with his grandson from ⟦LOCATION|Kyuso, the homestead past the sand dam on the Tseikuru road⟧. He said he was ⟦AGE|miaka tisini na moja⟧ — ⟦AGE|ninety-one⟧ — and his ID card agreed. He had a large, painless ulcer on his lower lip that he had been treating with herbs for six months. His grandson ⟦NAME|Musyoka⟧ gave us his Safaricom line, ⟦PHONE|0722 555 318⟧, and his NHIF number, ⟦ID|4470913⟧, in case we needed to refer.

Feelings: I suspected squamous cell carcinoma and felt the weight of what that meant this far from Nairobi.

Evaluation: I examined the neck (a firm, mobile submandibular node), took a good history, and we arranged a biopsy at ⟦FACILITY_ROOM|Kitui County Referral Hospital⟧. What I struggled with was communicating uncertainty through a translator. "We need to check" became, in Kamba, something that sounded much more definite, and ⟦NAME|Mzee Mutua⟧ looked frightened.

Analysis: Our MO in charge, Dr. Wambua, said the translator had softened nothing, and that the old man had understood perfectly well; he had seen people with "wounds that don't heal" before. I'd underestimated him.

Conclusion: Uncertainty doesn't need to be hidden. It needs to be explained well.

Action plan: I'm going to learn basic Kamba phrases for consultations, and I'll follow up the histology myself.
`,
  },
  {
    id: "ke-what-002",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? My paediatrics rotation at a county referral hospital in Kisumu during the long rains. Malaria everywhere. I clerked a dozen children a day with fever, and on one morning I saw three with severe anaemia needing transfusion. Haemoglobin 3.8, 4.1, 4.5. The blood bank ran out by 10am.

So what? I'd read about malaria at the University of Nairobi in lectures, with diagrams of the Plasmodium lifecycle and the artesunate dosing table (2.4 mg/kg at 0, 12 and 24 hours). I had not understood the pressure it puts on everything else — beds, blood, staff time. The children were sharing beds, two or three at a time. Our consultant, Dr. Achieng, said that on a bad week in the rainy season they admit more children than they have space for, and it has been this way for as long as she's worked there.

I also reflected on what I can actually do as a student. The answer, embarrassingly, is: take histories carefully, spot danger signs early, and make the mothers feel heard. I can do those things.

Now what? I'm going to volunteer for the blood donation drive the medical students' association is running next month. I'll also read the 2022 WHO malaria guidelines properly, and the RTS,S vaccine evidence. Gor Mahia play on Sunday and the ward nurses have promised to explain the rivalry to me.
`,
  },
  {
    id: "ke-free-003",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
Home visit reflection, hospice team, Nyeri. Writing quickly on my phone in the matatu.

Visited a woman in her sixties with advanced oesophageal cancer. She can only take liquids now, uji and milk. Her pain is controlled on oral morphine 10 mg four-hourly and she has been constipated (of course) so we added bisacodyl. Her husband feeds her with a spoon, patiently, every two hours.

What I keep thinking about: the family asked whether they should take her to a "bigger hospital" in Nairobi for an operation. They had heard on the radio about a new machine. I explained, as gently as I could, that the cancer had spread too far, and that what we were doing — pain control, nutrition, comfort — was the treatment. The husband nodded. The daughter was angry.

I've learned that hope and honesty can live together. My supervisor, Dr. Gikonyo, says "hope for the best day, not for the cure". I used that line and the daughter softened a little.

Next visit on Thursday. I'll bring the oral care kit and a leaflet in Kikuyu for the daughter. Also, remind self: the hospice fundraising walk is on the last Saturday of the month and I promised to volunteer.
`,
  },
  {
    id: "ke-comment-004",
    setting: "community medicine",
    role: "medical officer",
    text: `
Good reflection. You're right that we often underestimate what our older patients already know. One thing: when you refer for biopsy, phone the receiving team yourself and note the date you called. Referrals from the outreach clinics get lost far too easily. I'll review the histology with you when it comes back — ping me on the team group.
— Dr. Wambua
`,
  },
  {
    id: "gh-gibbs-001",
    setting: "obstetrics",
    role: "house officer",
    text: `
Description: Labour ward at ⟦FACILITY_ROOM|Korle Bu⟧, a night call. A young woman, ⟦NAME|Akosua Mensah⟧, came in at 2am on ⟦DATE|6th March⟧, Independence Day, fully dilated, with severe pre-eclampsia (BP 180/115, proteinuria 3+, headache). She was from ⟦LOCATION|Ashaiman, the compound behind the Lebanon Zone 3 Methodist church⟧, and her mother, ⟦NAME|Maame Efua⟧, had carried her on a taxi. Her Ghana Card number, ⟦ID|GHA-718204936-5⟧, was written on her NHIS form.

Feelings: I panicked, inside, the way you do when you know magnesium sulfate is the answer but you've never drawn it up yourself.

Evaluation: Our midwife, Auntie Grace, talked me through the Pritchard regimen: 4 g IV loading, 10 g IM, then 5 g IM four-hourly. We delivered a live baby boy within the hour. ⟦NAME|Akosua⟧ did not fit. I monitored reflexes and respiratory rate every hour until the morning.

Analysis: The Magpie trial (2002) made this drug the standard, and still I'd been taught it more as a fact than a skill. Skills are drills, and I had never drilled.

Conclusion: Knowing the dose isn't the same as being able to draw it up at 2am.

Action plan: I've organised an obstetric emergency drill with the midwives for house officers in our rotation, starting next month.
`,
  },
  {
    id: "gh-what-002",
    setting: "surgery",
    role: "surgery resident",
    text: `
What? I'm a surgical resident in Kumasi, and this week I did my first unsupervised hernia repair using the low-cost mosquito net mesh technique. We sterilise the mesh in the autoclave. The evidence (Löfgren et al., NEJM 2016) shows outcomes similar to commercial mesh at a fraction of the cost.

So what? When I first heard about mosquito net mesh as a medical student, I thought it was a "poor country" compromise, and I was embarrassed by it. I think I believed that the proper way to do things was the way it's done in London or Baltimore. Then I read the trial and watched my consultant, Dr. Asante, repair forty hernias in a week on an outreach trip to the Northern Region. The patients walked home the next day.

I've realised a lot of my idea of "good medicine" was borrowed from places that don't have our problems.

Now what? I want to write a short audit of our mesh repairs for the department. I'm also going to visit the surgical outreach programme in Tamale in January. And I'm going to stop apologising for our methods to visiting electives. Kotoko vs Hearts is on Sunday; I'll be in theatre anyway.
`,
  },
  {
    id: "gh-free-003",
    setting: "psychiatry",
    role: "medical student",
    text: `
Psychiatry posting at ⟦FACILITY_ROOM|Pantang⟧, final year. A man we'll call "⟦NAME|Kofi⟧" in this post — actually that is his real name, ⟦NAME|Kofi Boateng⟧, and he told me he doesn't mind, but I'm not sure he understood — was brought by his brothers from a prayer camp in ⟦LOCATION|Nyakumasi, near the Assin Fosu junction⟧, where he had been chained to a tree for several weeks.

He has schizophrenia. He was thin, dehydrated, and had sores on his ankles from the chain. After two weeks on olanzapine 10 mg, he was calmer, eating, and asking about his goats.

I felt so much anger at the prayer camp. Then I talked to his brother ⟦NAME|Yaw⟧, who said they took him there because it was the only place that would accept him, and they didn't have money for the bus to Accra. It's a lot harder to be angry at poverty than at a pastor.

Ghana's Mental Health Act (2012) is meant to regulate prayer camps. It's still patchy. Our consultant, Dr. Osei, says the way forward is collaboration with faith healers, not confrontation. I'm not sure I agree yet, but I'm listening.

Lesson for my own writing: I started to write his name by accident and then kept it. That's exactly the thing we are told not to do. I'll be more careful.
`,
  },
  {
    id: "za-gibbs-001",
    setting: "emergency department",
    role: "community service medical officer",
    text: `
Description: ⟦DATE|Friday 27 June⟧, month-end, in a casualty in Khayelitsha. A man was brought in with multiple stab wounds. He had an ID document in his back pocket, ⟦ID|${saId("870419571208")}⟧, in the name ⟦NAME|Sipho Ndlovu⟧, and lived at ⟦ADDRESS|23 Lwandle Street, Site C, Khayelitsha, 7784⟧. His girlfriend ⟦NAME|Thandeka⟧ arrived an hour later and sat in the corridor. I was running the trauma bay because the MO was in theatre.

Feelings: Exhausted, on my fourth Friday in a row doing this.

Evaluation: Primary survey: GCS 14, airway fine, left-sided chest stab with reduced breath sounds. I inserted an intercostal drain (300 mL blood, then air), gave a litre of Ringer's, and called surgery. He was stable by 1am and went up to ⟦FACILITY_ROOM|Ward C7 at Groote Schuur⟧. What I did badly: I didn't speak to ⟦NAME|Thandeka⟧ for two hours, and she thought he was dead.

Analysis: Trauma in the Cape Flats is predictable: weekends, month-end, alcohol. The ATLS approach (10th edition, 2018) works, and I'm good at it now. What isn't in ATLS is the family in the corridor.

Conclusion: I should have asked a nurse or the porter to update her while I was busy.

Action plan: Our casualty has now agreed that the triage nurse gives families a short update within thirty minutes. I'll push for it at the next M&M.
`,
  },
  {
    id: "za-what-002",
    setting: "hiv clinic",
    role: "family medicine registrar",
    text: `
What? My rotation at an ART clinic in a community health centre in Soweto. I saw about forty patients a day. The majority stable on TLD (tenofovir, lamivudine, dolutegravir), viral loads suppressed, due for six-monthly repeat scripts. A few with unsuppressed viral loads, usually adherence issues. One or two advanced disease — CD4 under 200, cryptococcal antigen screening, TB screening.

So what? I came into this with a picture of HIV from the early 2000s, from news stories and the Treatment Action Campaign history we learned at Wits. What I saw was mostly a chronic disease clinic. It felt like a diabetes clinic, honestly. The success is extraordinary. But the clinic is also overwhelmed, and I found myself rushing. On Tuesday I saw a woman for three minutes because the queue was so long. She'd come to tell me something important and I didn't give her the chance.

Our clinical manager, Sister Dlamini, said that most of what matters in the clinic is said at the door when the patient is leaving. I need to slow down at the door.

Now what? I'm going to try ending each consultation with "is there anything else?", with my pen down. And I'll read the 2023 national ART guidelines, which changed the viral load monitoring schedule. Also, Bafana Bafana play on Saturday. Everyone will be watching.
`,
  },
  {
    id: "za-free-003",
    setting: "rural medicine",
    role: "intern",
    text: `
Intern year, Eastern Cape, a district hospital about two hours from Mthatha. This is a ward round reflection, quickly written between calls.

Our TB ward has twenty-four beds. Most patients are co-infected with HIV. The youngest this week is nineteen, the oldest seventy-eight. We've got two patients with drug-resistant TB on the BPaL regimen (bedaquiline, pretomanid, linezolid), and I'm learning to watch for peripheral neuropathy and myelosuppression with the linezolid.

Things I reflected on:
- Adherence isn't about "non-compliance". Most of our patients stop treatment because the taxi fare to the clinic is more than they have.
- The nurses run this ward. Sister Mqhayi knows every patient's weight trend without looking at the chart.
- My isiXhosa is getting better, slowly. I can now say "breathe in" and "where is the pain?", and the patients laugh kindly at my clicks.

A sad moment: a young man died on Tuesday with TB meningitis. I spent ten minutes in the sluice room afterwards.

What I want to do next: learn to do LPs confidently (I've done five), and read the 2024 South African TB guidelines, which I've only skimmed. Also, my sister's graduation is in Grahamstown — sorry, Makhanda — next month, and I need to swap a weekend.
`,
  },
  {
    id: "za-comment-004",
    setting: "emergency department",
    role: "emergency medicine consultant",
    text: `
Good reflection, and the action plan is practical, which is what we need. A small addition: a thirty-minute update needs an owner, or it won't happen. Suggest the triage nurse writes the time of the family update on the trauma sheet. Also, your chest drain technique is now solid — I've seen it. Let's do your next DOPS on a pericardiocentesis sim.
`,
  },
  {
    id: "eg-gibbs-001",
    setting: "ward round",
    role: "resident",
    text: `
Description: Internal medicine residency in Cairo. On the ward round on ⟦DATE|15 Baramhat⟧ (a Coptic calendar date I only know because the patient's family used it), I presented ⟦NAME|Am Girgis Tawadros⟧, a retired tram driver from ⟦LOCATION|Shubra, the building next to the St. Mark church on Khalafawi Square⟧. He was admitted with decompensated liver cirrhosis from hepatitis C, ascites and hepatic encephalopathy grade 2. His son, ⟦NAME|Mina⟧, gave me his WhatsApp number, ⟦PHONE|+20 100 555 3472⟧, and asked for daily updates; later he emailed old scans from ⟦EMAIL|mina.girgis.t@gmail.com⟧. He was in ⟦FACILITY_ROOM|bed 11 of the men's medical ward at Kasr Al Ainy⟧.

Feelings: Frustration that a disease we can now cure had reached this stage.

Evaluation: Management was good: lactulose to two soft stools a day, rifaximin, therapeutic paracentesis with albumin cover (8 g per litre removed), and we started him on sofosbuvir/daclatasvir through the national programme. He improved.

Analysis: Egypt's hepatitis C elimination campaign (100 Million Healthy Lives, 2018) is an extraordinary success, but ⟦NAME|Am Girgis⟧ had been screened and had not started treatment, because he was afraid of the side effects he'd heard of from the interferon era.

Conclusion: The medicine worked. The communication years ago didn't.

Action plan: I've started giving every HCV-positive patient a short explanation of the new drugs' side effects (very few).
`,
  },
  {
    id: "eg-what-002",
    setting: "osce",
    role: "medical student",
    text: `
What? My sixth-year clinical exam at a faculty of medicine in Alexandria. The long case was a woman with rheumatoid arthritis, and I had forty minutes to take a history and examine her. She had classic swan neck and Boutonnière deformities, ulnar deviation, and rheumatoid nodules on her elbows. I did well on the hands. I forgot to examine the eyes (scleritis), and I forgot to ask about methotrexate side effects.

So what? My examiner, Prof. Hanan, asked me, "Who monitors her bloods?" I didn't know. She told me it is often nobody, because patients buy their own methotrexate from the pharmacy and stop coming to clinic. That was more important than any deformity.

I realised I'd been preparing to pass an exam rather than to look after a patient. The EULAR 2022 recommendations say methotrexate monitoring is essential for safety. I knew that as a fact, but I didn't think of it as a question to ask.

Now what? I'll practise every long case with a "who looks after this?" question at the end: who monitors, who pays, who comes to clinic. My friend Nour and I are quizzing each other every evening on the Corniche. And I'll try not to let the smell of fiseekh at Sham El-Nessim distract me this year.
`,
  },
  {
    id: "eg-free-003",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
Quick reflection, paediatric emergency, Assiut. Heat wave, August.

We had a run of children with severe dehydration from gastroenteritis. I followed the WHO Plan C: 100 mL/kg Ringer's lactate, 30 mL/kg in the first hour (30 min in older children), then 70 mL/kg over the next five hours (2.5 hours). One baby needed an intraosseous line because we couldn't get IV access. First IO I've placed. Proximal tibia, 2 cm below the tibial tuberosity, medial flat surface. It worked.

What I learned:
- ORS works for most children if you give it patiently, spoon by spoon. The mothers can do it.
- Zinc for ten to fourteen days. I keep forgetting.
- The waiting room is too hot. Children were getting worse while waiting.

What I felt: pride at the IO, anger at the waiting room.

I've talked to our head of department, Dr. Mahmoud, about setting up an ORS corner in the waiting room with a nurse. He agreed in principle. We'll see.

Also, I need to finish my thesis proposal before the deadline in October. And the Ahly match is on Friday.
`,
  },
  {
    id: "sd-gibbs-001",
    setting: "obstetrics",
    role: "medical officer",
    text: `
Description: I work at a rural hospital in Gedaref State. On ⟦DATE|the first day of Eid al-Adha⟧, a woman, ⟦NAME|Hajja Amna Osman⟧, brought in her daughter-in-law, ⟦NAME|Fatima Abdelrahim⟧, who had been in labour for two days at home in ⟦LOCATION|Um Shajara, the village past the water tank by the Doka road⟧. The baby had died. The mother had a ruptured uterus.

Feelings: Anger, grief, helplessness. I was the only doctor in the hospital that day.

Evaluation: We did a laparotomy. The nurse anaesthetist, Ustaz Hassan, gave ketamine. I repaired the uterus rather than doing a hysterectomy because she was young and wanted more children, though the risk is high. She needed three units of blood, which her brothers donated on the spot. ⟦NAME|Fatima⟧ survived.

Analysis: Since the war started, many of our specialists have left, and referral to the state hospital is often impossible. The "three delays" were all present. What I did was beyond my training, and I worry about whether I did the right thing by repairing.

Conclusion: I did what I could. I need support and supervision, which I don't have.

Action plan: I've joined a WhatsApp teleconsultation group of Sudanese obstetricians abroad. I'll present this case to them and ask for advice.
`,
  },
  {
    id: "sd-free-002",
    setting: "community medicine",
    role: "medical student",
    text: `
I'm a medical student from Khartoum, displaced to Port Sudan since the war, and now volunteering at a clinic for displaced families. I want to write about what medicine means when the normal structures are gone.

The clinic is in a school. We see malnutrition, cholera, measles, and a lot of untreated chronic disease: hypertension, diabetes, epilepsy — patients who ran out of their medications months ago. We have limited supplies: amlodipine, metformin, phenobarbital, ORS, amoxicillin.

What I keep thinking: I trained for five years with textbooks from Britain and America, and almost nothing in them fits here. But the basics still work — the history, the examination, the clinical judgement. Our supervising doctor, Dr. Salah, says that good medicine is 90% listening and 10% medicine, especially now.

I've also learned to look after myself a little. I started writing here in the evenings because otherwise I can't sleep. And I play football with the other volunteers on Fridays. We have one ball.

Things to read: the MSF clinical guidelines (2023 edition), the cholera treatment protocol. Things to do: finish my degree, somehow, somewhere. The university is trying to run exams online.
`,
  },
  {
    id: "zm-gibbs-001",
    setting: "hiv clinic",
    role: "clinical officer",
    text: `
Description: I work at a rural health centre in Eastern Province. A teenage girl, ⟦NAME|Chisomo Banda⟧, came in with her aunt ⟦NAME|Bana Mwape⟧ from ⟦LOCATION|Chipata, the house behind the Kapata market mosque⟧ for her six-monthly HIV viral load on ⟦DATE|03-07-2025⟧. It came back at 12,000 copies. She had been on dolutegravir-based ART since childhood. Her clinic file number is ⟦ID|EP/CHP/2011/04417⟧.

Feelings: Disappointed, then worried about her.

Evaluation: I asked about adherence in the usual way, and she said "I take them every day". Then, when her aunt left the room, she told me that she hides the pills because her new boyfriend doesn't know her status.

Analysis: Adolescents living with HIV are the group we are failing most. The aunt was kind but the clinic set-up meant the girl couldn't speak in front of her. I only learned the truth because I asked the aunt to step out for a moment.

Conclusion: I need to see adolescents alone for part of every visit.

Action plan: I've spoken to our in-charge, Mr. Phiri, about setting up a Saturday adolescent clinic with peer supporters. We'll start in January.
`,
  },
  {
    id: "zm-what-002",
    setting: "emergency department",
    role: "medical officer",
    text: `
What? A week of night duty at a general hospital in Lusaka during the cholera outbreak. We set up tents in the car park for cholera treatment. At one point we had sixty patients in one night.

So what? The management is simple: rehydrate. Ringer's lactate, ORS, doxycycline single dose for severe cases. But the logistics are hard — buckets, cots with holes, chlorine solutions, enough staff to monitor everyone. I learned that public health emergencies are won by whoever organises the chlorine and the buckets, not by whoever knows the most medicine.

I also saw the fear. Families were afraid of the tents. Rumours said the cholera tents were where people went to die. Our team leader, Dr. Mulenga, spent an hour at the gate every evening explaining what we were doing to the families.

Now what? I want to learn more about outbreak response. I'm applying for a short course at the University of Zambia School of Public Health next year. I'll also read the 2017 GTFCC roadmap on ending cholera by 2030. The Chipolopolo play in the AFCON qualifier next month and I hope to be off duty for it.
`,
  },
];
