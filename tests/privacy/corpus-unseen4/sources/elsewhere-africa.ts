import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Kenya, Ghana, South Africa and Egypt. */
export const AFRICA: SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "HIV clinic",
    role: "clinical officer",
    text: `
Clinical officer, Kisumu. This is about a defaulter tracing visit that taught me more than any CME.

${"⟦NAME|Mama Akinyi Owino⟧"} had missed three ART refills. Viral load in March was 48,000 copies. Our CHV, Brian, and I went to find her in ${"⟦LOCATION|Kanyamwa village, the homestead behind Got Oyaro primary school⟧"}. She was there, thin, coughing, and she told us she had stopped because her new husband didn't know her status and she was hiding the pills in the granary. The rats had eaten half of them.

We took her to ${"⟦FACILITY_ROOM|JOOTRH⟧"} where she was started on TB treatment (GeneXpert positive, rifampicin sensitive) and restarted on TLD after two weeks. Her SHA number ${"⟦ID|SHA-4418-0927-3361⟧"} was needed for the admission and she didn't have her card, so we spent an hour at records. Her sister ${"⟦NAME|Atieno⟧"} gave me her number, ${"⟦PHONE|+254 722 555 418⟧"}, for follow-up, since ⟦NAME|Mama Akinyi⟧ can't take calls at home.

Reflection: "defaulter" is the wrong word. She wasn't defaulting, she was protecting herself. The Kenya HIV guidelines (2022) mention disclosure support, but in practice we don't have time. I've asked our facility in-charge, Mr. Odhiambo, if we can run a disclosure support group on Saturday mornings, when the husbands are at the market.
`,
  },
  {
    id: "ke-what-002",
    setting: "paediatrics",
    role: "nursing student",
    text: `
What?
I am a KRCHN nursing student from Eldoret doing my paediatric rotation. I nursed a 3-year-old with severe malaria and anaemia (Hb 4.2). She needed a blood transfusion and I was asked to monitor her. Fifteen minutes in, she started shivering and her temperature went up to 38.9. I stopped the transfusion and called the nurse in charge, who confirmed a febrile non-haemolytic reaction.

So what?
I was scared I had done something wrong. My tutor, Madam Chebet, said I did exactly the right thing: stop, check the patient, check the bag, call. In class we learned the transfusion reactions as a table. Today I learned how fast it happens. Pia nilijifunza kwamba the mother needs to be told what is happening; she was crying because she thought the blood was "bad blood" and the child would die.

Now what?
I will check vitals at baseline, at 15 minutes and every 30 minutes, as the Kenya National Blood Transfusion Service guideline says, and I will talk to the parent before starting. I also want to read more about severe malaria management in the Basic Paediatric Protocols (2022 edition), because I didn't know artesunate dosing by weight.
`,
  },
  {
    id: "ke-comment-003",
    setting: "surgery",
    role: "intern",
    text: `
Pole sana, that night sounds rough. We had the same thing at our county hospital in Nakuru: one theatre, three emergencies, one anaesthetist. Dr. Wambui told us to triage by "who dies first without the knife" and it helped me think. Your point about writing the delay reasons in the file is very good. Let's share it with the other interns.
`,
  },
  {
    id: "gh-gibbs-001",
    setting: "medical ward",
    role: "house officer",
    text: `
Description: House officer, Kumasi. ${"⟦NAME|Nana Yaa Serwaa⟧"} was admitted on ${"⟦DATE|Monday 13th October⟧"} to ${"⟦FACILITY_ROOM|Ward D2, bed 17 at Komfo Anokye⟧"} with a hyperosmolar hyperglycaemic state: glucose 42 mmol/L, sodium 152, very dry. Her Ghana Card number (${"⟦ID|GHA-721904386-5⟧"}) was on her NHIS form, and her grandson ${"⟦NAME|Kofi Boateng⟧"} stayed by her side.

Feelings: I felt confident at first, then worried, because she was not improving after 12 hours.

Evaluation: I had been giving fluids too slowly because I was afraid of cerebral oedema, which is more of a DKA-in-children issue. Her osmolality hardly moved.

Analysis: The JBDS guideline on HHS (2022) recommends aiming for a fall in osmolality of 3–8 mOsm/kg/h, with 0.9% saline as first line. My registrar, Dr. Asante, showed me how to calculate the osmolality hourly. I learned that being "careful" can also be harmful if it means under-treating.

Conclusion: Aim for the target, don't just avoid the danger.

Action plan: I have made an HHS flow chart for our ward, and I will present it at our Friday departmental meeting. I also want to revise DKA vs HHS management differences before my next rotation.
`,
  },
  {
    id: "gh-free-002",
    setting: "midwifery",
    role: "midwife",
    text: `
Midwife, Tamale. I want to reflect on postpartum haemorrhage and our drugs.

Last month we had three PPHs in one week. In the first case oxytocin from our fridge didn't seem to work. We later found out that the fridge had been off for two days during a power outage and nobody logged it. Oxytocin needs the cold chain, and in northern Ghana the heat is serious. We used misoprostol and bimanual compression and the woman survived, but with 4 units of blood.

What I learned: the drug is only as good as its storage. WHO now recommends heat-stable carbetocin (2018) for PPH prevention where the cold chain is not reliable. We don't have it yet. Our head of unit, Madam Fuseini, has asked the regional health directorate.

I also reflected on how we as midwives sometimes blame the woman ("she didn't come early") when the failure is ours. Yes, many of our women come late. But that day, she came on time and we were the problem.

Now I check the fridge thermometer every shift and write it down. Small thing. It matters.
`,
  },
  {
    id: "gh-what-003",
    setting: "cardiology",
    role: "cardiology resident",
    text: `
What? Cardiology resident, Accra. ${"⟦NAME|Opanyin Kwabena Asare⟧"}, a retired headmaster who told me proudly he was ${"⟦AGE|97 years old⟧"}, came for his first pacemaker check since implantation. His pacemaker (serial ${"⟦DEVICE|PJN882104H⟧"}) was put in at ${"⟦FACILITY_ROOM|the cardiothoracic centre at Korle Bu⟧"} on ${"⟦DATE|4 March⟧"} for complete heart block. He had not come for follow-up because he thought "the machine is finished, it is inside now".

So what? On interrogation his battery was fine but the ventricular lead threshold had risen and there was intermittent loss of capture. He had been having dizzy spells and had fallen once. I felt that we had failed to explain follow-up properly at discharge. He had a card, but it was in English and his eyesight is poor.

Now what? With our senior, Dr. Mensah, I adjusted the output, and we scheduled him every three months. I also drafted a short Twi explanation of pacemaker follow-up, with pictures, and our nurses are testing it with new patients. I think many "lost to follow-up" patients are really "never told properly".
`,
  },
  {
    id: "za-free-001",
    setting: "emergency department",
    role: "intern",
    text: `
Intern, Soweto. Second rotation, and the trauma unit at ⟦FACILITY_ROOM|Bara⟧ is everything people say it is.

This reflection isn't about trauma though. ${"⟦NAME|Gogo Nomvula Dlamini⟧"} came in with a hip fracture, brought by a neighbour in a taxi. She lives alone at ${"⟦ADDRESS|stand 4417, Zone 6, Diepkloof⟧"} and her grandson, ${"⟦NAME|Sipho⟧"}, is the one who collects her SASSA grant. Her ID book says ${"⟦ID|" + saId("380917082108") + "⟧"}, so she's 87.

She waited 19 hours for a bed in ortho. In that time she developed a grade 2 pressure sore on her sacrum, on a trolley, in the corridor. I turned her when I could, but I had 30 other patients.

Reflection: the national hip fracture guidelines (and the "Blue Book" from the UK that our orthopaedic registrar keeps quoting) say surgery within 36 hours, and pressure area care from the start. Our system can't deliver the first, but the second is within our control. I asked our sister-in-charge, Sister Mokoena, if we can have a pressure-relief mattress stored in casualty for elderly hip fractures. She's asking management.

I also learned that "Gogo" is not a name to write in the notes. I wrote "Gogo" on the handover sheet and the ortho team didn't know who I meant.
`,
  },
  {
    id: "za-gibbs-002",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Description: Final-year physiotherapy student at UCT, neuro rehab block in Cape Town. My patient was a 59-year-old man, six weeks after a left MCA stroke, with right hemiparesis and expressive aphasia. His Berg Balance Scale was 31/56. He speaks isiXhosa and some Afrikaans; my isiXhosa is basic.

Feelings: I felt useless in the first session because I couldn't explain what I wanted him to do.

Evaluation: I used demonstration and mirroring, which worked better than words. By week three his Berg was 42/56 and he could walk 10 m with a quad stick.

Analysis: The aphasia plus the language barrier made my usual verbal cueing useless. Our lecturer, Ms. Jacobs, reminded us of the 2016 AHA/ASA stroke rehabilitation guideline: task-specific practice, repetition, and feedback, none of which needs many words. I had been relying on talk because it's what I'm comfortable with.

Conclusion: Show, don't tell.

Action plan: I'm learning 20 key isiXhosa instructions for rehab (stand up, sit down, step, turn) and making picture cards. I will also involve families more, as his wife was the one who understood him best.
`,
  },
  {
    id: "za-comment-003",
    setting: "paediatrics",
    role: "medical student",
    text: `
Eish, you need to take the TikTok link out. ${"⟦URL|https://www.tiktok.com/@thando_and_lil_lwazi/video/7391028846012⟧"} goes straight to the mom's page with the whole burns story, and her handle ${"⟦OTHER|@thando_and_lil_lwazi⟧"} is right there in your post too. Good reflection on dressing changes otherwise, but please edit.
`,
  },
  {
    id: "eg-free-001",
    setting: "hepatology",
    role: "resident",
    text: `
Internal medicine resident, Cairo. Short reflection about a diagnosis I almost missed.

A 19-year-old university student came with jaundice, a tremor, and a new habit of laughing at odd moments. Her ALT was only mildly raised, ALP was strangely low, and her haemoglobin was 8.9 with a Coombs-negative haemolysis picture. I thought hepatitis A or maybe autoimmune hepatitis. Our professor, Dr. Hany Fathy, asked me to look at her eyes under the slit lamp. Kayser-Fleischer rings. Wilson's disease.

Inshallah she is now on chelation and doing better. But what I reflected on: the low ALP and haemolysis were clues I had read in Harrison's and in the EASL Wilson's disease guideline (2012), and I still didn't put them together, because I was thinking about common things. "Common things are common" is good advice until it isn't.

Also, her family were very worried about "inherited disease" and what it means for her marriage prospects. Genetic counselling for siblings is now planned, and I learned that in Egypt this conversation needs the family, not only the patient.

Lesson: young + liver + neuro/psych = think Wilson's. I wrote it on the first page of my notebook.
`,
  },
  {
    id: "eg-what-002",
    setting: "nursing",
    role: "staff nurse",
    text: `
What? I am a staff nurse in a medical ward in Alexandria. ${"⟦NAME|Hagga Fatma Abdel-Rahman⟧"}, ${"⟦AGE|ninety-one⟧"}, was admitted with pneumonia. Her national ID, ${"⟦ID|23412040201887⟧"}, was needed for the insurance, and the family brought it late. Meanwhile her daughter ${"⟦NAME|Samia⟧"} insisted on feeding her by spoon, lying flat, because the Hagga "doesn't like the bed up".

So what? On the third day she aspirated and her oxygen dropped to 84%. I felt angry with the daughter and then with myself, because I had seen it happen and didn't stop it strongly. In our culture it's difficult for a young nurse to tell an older woman how to feed her mother. But aspiration pneumonia can kill. Our nursing supervisor, Mrs. Nagwa, said respect and safety are not opposites.

Now what? I sat with ${"⟦NAME|Samia⟧"} and explained, in Arabic, with a drawing, why the head must be up 30–45 degrees. She understood and she was the one who reminded the other relatives. I'm also asking for a swallowing assessment to be done on every elderly patient on admission.
`,
  },
  {
    id: "ke-gibbs-004",
    setting: "community nursing",
    role: "nurse",
    text: `
Description: I am a nurse at a dispensary in Kericho county. ${"⟦NAME|Mzee Kiprono arap Langat⟧"}, a tea picker for over forty years, came in on ${"⟦DATE|Tuesday 21st October⟧"} with a foot wound that he had been treating with herbs for three weeks. His blood sugar was 22 mmol/L. He had never been tested for diabetes. He lives in ${"⟦LOCATION|Kapsoit, the last house before the tea factory weighbridge⟧"} with his wife, ${"⟦NAME|Mama Chepkoech⟧"}.

Feelings: I felt sad, because if he had been screened earlier the wound could have been prevented. Also, I was worried because we had no insulin in stock that week.

Evaluation: I cleaned and dressed the wound, started metformin according to the Kenya national diabetes guidelines, and referred him to the county hospital in Kericho for review and insulin. His SHA number ${"⟦ID|SHA-2719-3348-0051⟧"} was registered so he would not pay at the referral facility. But he did not go, because the bus fare was 300 shillings each way and the harvest was on.

Analysis: I realised that referral is not the same as access. The guidelines assume the patient will reach the next level. In our area, many patients only come when they are very sick, and they cannot easily travel. Our community health promoters can do glucose checks at home, but we have few glucometer strips.

Conclusion: I should plan with the patient, not just refer.

Action plan: I asked the tea estate clinic nurse to see him on the estate, which is near his house, and I call his son ${"⟦NAME|Kipkemoi⟧"} on ${"⟦PHONE|0712 555 903⟧"} every Friday to ask about the wound. I am also writing to the sub-county health office to ask for a screening day at the factory, because many workers like Mzee are at risk and have never been tested.
`,
  },
  {
    id: "gh-free-004",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
Psychiatry resident, Accra. This is a reflection on a prayer camp visit that I keep coming back to.

As part of our community psychiatry rotation, we joined a Mental Health Authority team visiting a prayer camp in the Eastern Region. I had read about prayer camps in the news and in the 2012 Mental Health Act debates, and I went with a lot of anger in my heart. I expected to see chained people, and I did: a young man with what looked like chronic schizophrenia was chained to a tree by his ankle. The pastor was friendly and offered us water.

My first feeling was rage. My second was confusion, because the pastor said the family brought him there after the psychiatric hospital discharged him with two weeks of medication and no follow-up, and the family could not afford the bus to come back for a refill. "Where else should they take him?" he asked. I didn't have a good answer.

Our consultant, Dr. Efua Ansah, handled it with a calm I admire. She didn't shout. She negotiated: the team would provide monthly depot antipsychotic injections (fluphenazine decanoate) at the camp, and in return the camp would stop chaining. She documented everything and reported to the Authority as the law requires. Some of my classmates felt that was too soft. I'm not sure. The WHO QualityRights toolkit (2019) says we should work with communities and traditional healers to protect rights, not just condemn them.

I learned three things. First, human rights violations happen in the gaps our own system leaves. Second, anger is not a plan. Third, continuity of medication is a human rights issue, not just a clinical one.

I want to do my dissertation on follow-up after discharge from our psychiatric hospitals, because I think that is where the chains really start.
`,
  },
];
