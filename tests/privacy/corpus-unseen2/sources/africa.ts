/**
 * Unseen2 corpus, Africa: Kenya, Ghana, Uganda, Nigeria, South Africa, Egypt.
 * Every patient, relative, number, address, plate and link is made up, and so is every clinician.
 */
import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const AFRICA: SourceItem[] = [
  // ---------------- Kenya ----------------
  {
    id: "ke-what-001",
    setting: "community health",
    role: "community health promoter",
    text: `
## What?

I am a community health promoter (CHP) in Kilifi county, I cover forty-one households. On ⟦DATE|the 3rd⟧ I went to see ⟦NAME|Mama Kadzo⟧ in ⟦LOCATION|Mwarakaya, the compound behind the Anglican church with the blue water tank⟧. She had missed two ANC visits. Her husband's phone ⟦PHONE|0722 555 019⟧ was off, so I walked. She was tired, feet swollen, and she told me "nimechoka tu, ni kawaida" — it is normal tiredness. I checked BP with the machine from the dispensary: 156/104. That is not normal.

## So what?

In training they taught us pre-eclampsia signs but I think I was still shy to insist. ⟦NAME|Kadzo⟧ did not want to leave her shamba during harvest. I learnt that my role is not only to refer, it is to negotiate — transport, who will watch the goats, money for the boda.

## Now what?

I wrote her SHA number ⟦ID|SHA-4471-0920-36⟧ on the referral slip and called our link nurse, Sister Mwende. Next time I will carry the danger-signs card in Giriama and not only in English.
`,
  },
  {
    id: "ke-gibbs-002",
    setting: "internal medicine",
    role: "clinical officer intern",
    text: `
**Description.** Night call, medical ward. ⟦NAME|Mzee Baraka Ngala⟧, ⟦AGE|aged 93⟧, admitted through casualty with a fall and confusion. He was in ⟦FACILITY_ROOM|Ward 6 at Coast General, bed 14⟧. His grandson kept saying he was "sharp like a razor" last week. Sodium came back 118 mmol/L.

**Feelings.** Honestly I felt panic. Hyponatraemia that low and I was alone with Dr Otieno's number on my phone and thirty other patients.

**Evaluation.** What went well: I did not give a fast bolus. I remembered from the 2023 rotation teaching that overcorrection causes osmotic demyelination. What went badly: I took too long to find out that he had been started on hydrochlorothiazide at a private clinic.

**Analysis.** Thiazides in the very old are a classic cause. The family did not know the name of the drug; they just had "the small white one". Medication reconciliation at 2am is hard but it is where the answer was.

**Conclusion.** Ask for every tablet, including the ones from the chemist.

**Action plan.** I will print a simple "bring all your medicines" sheet for casualty.
`,
  },
  {
    id: "ke-comment-003",
    setting: "obstetrics",
    role: "medical student",
    text: `
Pole sana bro, hiyo shift ilikuwa heavy 😔 but you handled the PPH so well. Dr Wanjiru always says "uterus first, paperwork later" lol. Apgar 4 then 8 at five minutes is not bad at all. Ukiwa na time tupatane Saturday, I have notes on oxytocin and misoprostol doses from the 2024 MOH guideline.
`,
  },
  {
    id: "ke-free-004",
    setting: "prehospital",
    role: "paramedic",
    text: `
I am Brian, 27, a paramedic with a county ambulance service in Nairobi. I trained at Kenya Medical Training College and I grew up in Nyeri, so the traffic on Thika Road still surprises me after four years.

This reflection is about scene safety. We were called to a road traffic crash at around 18:40. Two motorbikes. One rider had a Glasgow Coma Scale of 9 (E2 V2 M5), a boggy scalp and blood from one ear — I thought of Battle's sign though it was too early to see it. The crowd was big and angry, and people wanted us to move him into a matatu.

What I learnt: scene safety is not only cones and gloves. It is also talking to a crowd. My partner, Faith, spoke to the crowd in Sheng while I held the head in line. We gave oxygen 15 L/min, and we kept SpO2 above 94%. Tranexamic acid was not in our bag that day, which I have reported to our supervisor, Mr Kamau.

Next time I will call police earlier and I will check the bag before the shift, not after.
`,
  },
  {
    id: "ke-what-005",
    setting: "pharmacy",
    role: "pharmacy intern",
    text: `
What? A mother came to the outpatient pharmacy window with a prescription for artemether-lumefantrine for a child of 14 kg. The prescriber wrote one tablet twice daily. The weight band for 5–14 kg is one tablet, and 15–24 kg is two tablets, so the dose was right, but the child looked bigger than 14 kg to me.

So what? I weighed the child on our scale: 16.2 kg. The weight on the card was from three months ago. Under the dosing table that should be two tablets per dose, six doses over three days. Underdosing antimalarials drives resistance and treatment failure. I felt nervous to question the clinician because I am only an intern, but Dr Achieng thanked me.

Now what? I will weigh children at the window when there is a scale nearby, and I made a small laminated weight-band chart. I will also revise the 2020 national malaria guidelines before my pharmacy board exam on 14 March.
`,
  },
  {
    id: "ke-free-006",
    setting: "midwifery",
    role: "midwife",
    text: `
The baby came at 04:10 on ⟦DATE|Madaraka Day⟧, in the back room of ⟦FACILITY_ROOM|Ndhiwa Sub-County Hospital⟧ maternity, because the main delivery room had no bulb. ⟦NAME|Baby of Achieng Awuor⟧ was floppy; Apgar 3 at one minute. I dried, stimulated, and started bag-and-mask under the torch on my phone. At five minutes Apgar was 7.

The mother's sister ⟦NAME|Rose⟧ held the torch. I will never forget her hands shaking but not moving the light.

I am writing this because Helping Babies Breathe training felt like theatre at the time — the Golden Minute, the mannequin. But on the day it was automatic. What I did not do well: I did not document the times until much later. Now I keep a marker pen in my pocket and write on my glove.
`,
  },
  {
    id: "ke-free-008",
    setting: "palliative care",
    role: "lecturer",
    text: `
# Teaching the morphine conversation: notes from a palliative care lecturer

I am Dr Wambui Kariuki, and I have taught palliative care at Moi University School of Medicine in Eldoret for eleven years. Every January a new group of fifth-years arrives, and every January the same fear appears on their faces when I say the word "morphine". I want to write down, for my own learning, what I have tried and what seems to help.

## What I used to do

I lectured. WHO analgesic ladder, oral morphine 2.5–5 mg every four hours, double the night dose, always prescribe a laxative, naloxone only for true respiratory depression. The students passed the MCQs. Then on the wards they still wrote "paracetamol 1 g TDS" for a woman with bone metastases scoring her pain 9/10.

## What I do now

1. **Role play before theory.** Students practise telling an actor, "This medicine is morphine. It will not make you an addict. It is the right medicine for this pain." My colleague Mr Cheruiyot, a palliative nurse, plays the frightened son, and he is very convincing.
2. **Myths on the board.** "Morphine is for the dying", "morphine kills", "once you start you can't stop". We answer each one with evidence, including the Kenya National Palliative Care Guidelines (2013) and the 2018 Lancet Commission on global access to palliative care.
3. **One real prescription each.** Under supervision, each student writes one opioid prescription correctly, with a laxative and a clear breakthrough dose.

## What I have learnt

Fear spreads from teacher to student. When I was tense about opioids in my own early years, my students were tense too. Since I started sharing my own mistakes — the time I forgot the senna, the time I under-dosed — the room relaxes.

## Next

I presented this approach at the APCA conference in Kampala in 2025. This year I want to measure it properly: a short confidence questionnaire in week one and week six, with help from our education unit. If it works, I will share it with the other medical schools in Kenya.
`,
  },

  // ---------------- Ghana ----------------
  {
    id: "gh-gibbs-001",
    setting: "obstetrics",
    role: "midwifery student",
    text: `
### Description
On ⟦DATE|Friday 12 September⟧ I was on the labour ward at ⟦FACILITY_ROOM|Tamale Teaching Hospital⟧ with my preceptor, Madam Fuseini. ⟦NAME|Abena Serwaa⟧, a primigravida, had been pushing for ninety minutes. Her Ghana Card number ⟦ID|GHA-718204553-6⟧ was missing from the NHIS form and the records clerk would not release the folder without it.

### Feelings
I felt torn. ⟦NAME|Abena⟧ was in pain and the CTG was fine, but the paperwork was shouting at me.

### Evaluation
Madam Fuseini told me: "The baby does not know about NHIS." She examined, found the head at +2, and we prepared for a vacuum with the doctor.

### Analysis
Partograph crossed the action line. Prolonged second stage raises risks of PPH and fistula. I should have escalated at the alert line and not waited for forms.

### Conclusion / Action plan
Paperwork can be done in parallel. I will write the partograph in real time and call early.
`,
  },
  {
    id: "gh-what-002",
    setting: "community health",
    role: "community health nurse",
    text: `
**What?** I run a CHPS zone in the Eastern Region. Last month I did a home visit to ⟦NAME|Nana Yaa Owusuaa⟧, who is ⟦AGE|96⟧ and lives in ⟦LOCATION|Adumasa, past the cocoa buying shed⟧. Her grandson called me from ⟦PHONE|024 555 0183⟧ because she had stopped eating. She is ⟦OTHER|the last woman kente weaver in Adumasa⟧ and everyone in the district knows her.

**So what?** She had oral thrush and a broken denture. Small things. But because she is famous, half the village came to watch me examine her, and I did not ask them to leave. That was a dignity failure on my part.

**Now what?** Next time I will ask the family head to clear the room before I start. I also wrote to the district nurse, Mrs Boateng, about getting a dentist on the outreach day. Nystatin suspension 1 mL QDS for seven days was started.
`,
  },
  {
    id: "gh-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Chale this is so relatable!! The Murphy's sign part — I also thought I was pressing wrong until Dr Mensah showed me the inspiratory catch. We get our surgery end-of-rotation exam on 3rd December so I'm reading Bailey & Love every night. Ebe God. Let's do OSCE practice at the library on Sunday, I'll bring the BP cuff.
`,
  },
  {
    id: "gh-free-004",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
I have worked as a community pharmacist in Kumasi for six years. I studied at KNUST and I still go back to teach the fourth-years one afternoon a week. This reflection is about how I talk about antibiotics.

Almost every day someone asks for "amoxy" for a cold. The old me would sell it, because if I refuse they walk to the next shop. After the 2022 WHO AWaRe book came out and our pharmacy council workshop in Accra, I changed my script. I say: "This is a virus. Your body will fight it in five to seven days. If you get fever above 38.5 or you struggle to breathe, come back or go to the clinic."

Some people still leave angry. But I keep paracetamol 500 mg, honey-lemon, and a leaflet in Twi and English ready. I also keep a tally: last month 31 requests, 22 accepted my advice. That number is not perfect but it feels like something.

What I need to work on: I talk too fast when the shop is busy.
`,
  },
  {
    id: "gh-free-005",
    setting: "surgery",
    role: "house officer",
    text: `
Surgery rotation, week 6. I wanted to write about being wrong in front of the consultant.

On the ward round Dr Asante asked me to present a patient with right iliac fossa pain. I said Rovsing's sign was positive and the Alvarado score was 8. He pressed, and Rovsing's was negative. I had examined in a hurry at 5am before handover. He did not shout; he said "Examine as if you will be cross-examined."

I was embarrassed. I replayed it all day. But reading Gibbs again I realise the real problem is the 5am rush: I examine eight patients in forty minutes before the round.

Plan: I will ask the team if the house officers can split the pre-round list, and I will document the time I examined, so the team knows how fresh my findings are. Abdominal signs change over hours; appendicitis does not wait for my schedule.
`,
  },
  {
    id: "gh-what-006",
    setting: "paediatrics",
    role: "physician assistant",
    text: `
What? I am a physician assistant at a rural polyclinic. A 4-year-old boy, ⟦NAME|Kwabena⟧, son of ⟦NAME|Mr. Yeboah⟧, ⟦OTHER|who owns the only drinking bar in Asaprochona⟧, came with fever and convulsions on ⟦DATE|25/10/2026⟧. RDT positive for malaria.

So what? I gave IV artesunate 3 mg/kg because he weighed less than 20 kg, and rectal diazepam for the seizure. I wanted to refer to the regional hospital but the ambulance was out. I learned to start treatment before transfer, not wait for transfer to start treatment.

Now what? We need a pre-referral protocol on the wall. I am drafting it with Dr Agyeman, using the WHO severe malaria guideline.
`,
  },
  {
    id: "gh-free-008",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
## Chains, prayers and a drawing

I am a psychiatry resident, and this is the longest reflection I have written, because I have not stopped thinking about this young man.

On ⟦DATE|Sunday 19th October⟧, a 24-year-old, ⟦NAME|Kofi Boakye⟧, was brought to ⟦FACILITY_ROOM|Pantang Hospital⟧ by his brother ⟦NAME|Yaw⟧. For six weeks he had been kept at ⟦LOCATION|the prayer camp at Nyakumasi-Ahenbronum⟧, chained to a tree, fasting on the pastor's orders. ⟦NAME|Yaw⟧ had walked him out at night. He gave me his number, ⟦PHONE|020 555 7391⟧, and begged me not to tell the pastor where ⟦NAME|Kofi⟧ was.

On admission ⟦NAME|K.B.⟧ was mute, dehydrated, with wounds on both ankles. Catatonia — I remembered the Bush-Francis rating scale from our teaching with Prof Ofori-Atta, and he scored 18. We gave lorazepam 2 mg IV and he began to speak within an hour. I will never forget the first thing he said: "Is it still October?"

![A pencil drawing of a tree with a broken chain, which ⟦NAME|Kofi⟧ drew on day five](uploads/2026/ward-drawing-1.jpg)

He drew this on day five, and said I could share it without his name. I am sharing the drawing, not the story of who he is.

### What I feel

Anger at the camp, and then confusion, because his mother believes the camp saved his life before. Families go to prayer camps because the hospital is far, expensive and feared. The Mental Health Act 2012 (Act 846) forbids chaining, but the law has not reached the tree.

### What I will do

- Learn to assess and treat catatonia quickly; it is treatable and it kills when missed.
- Join the department's work with faith healers. Dr Asamoah says collaboration works better than condemnation, and the WHO QualityRights toolkit agrees.
- Write to the Mental Health Authority's regional officer about the camp, through my consultant, without putting ⟦NAME|Yaw⟧ in danger.
`,
  },

  // ---------------- Uganda ----------------
  {
    id: "ug-free-001",
    setting: "hiv clinic",
    role: "nurse",
    text: `
I am a nurse counsellor at ⟦FACILITY_ROOM|Kisoro Health Centre IV⟧. ⟦NAME|Jajja Nyiramahoro⟧ came for her ART refill and said she would not come again because the walk from ⟦LOCATION|Rurembwe, the last village before the Bwindi buffer zone⟧ takes her four hours now. Her daughter-in-law ⟦NAME|Peace Tumusiime⟧ gave me her number, ⟦PHONE|+256 772 555 104⟧, so we could send reminders.

I felt ashamed of our system. Viral load suppressed for six years, and we were about to lose her because of hills.

We discussed community drug distribution points with our in-charge, Sister Kyomuhendo. ⟦NAME|Jajja N.⟧ is now on three-month dispensing through a CDDP at the trading centre. This is in the 2022 consolidated guidelines but I had never used it for an elderly person, only for fishermen. I will check every older client's travel time at the next visit.
`,
  },
  {
    id: "ug-what-002",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
**What?** I visited ⟦NAME|Mzee Okello Ojok⟧ at home on ⟦DATE|Tuesday 7 October⟧. He has cancer of the oesophagus and could not swallow oral morphine any more. His NIN ⟦ID|CM54017109KXQA⟧ was needed for the NDA controlled-drug register before we could release more.

**So what?** In Uganda nurses can prescribe morphine after the specialist course. This is a gift. But a register that blocks a dying man's relief is a barrier. I was frustrated. His son ⟦NAME|Samuel⟧, a boda rider, had to ride back to town for the ID card.

**Now what?** I talked to Dr Nakato about subcutaneous morphine via a syringe driver. We set it at 10 mg over 24 hours and the family learnt to watch the site. I will now collect ID details at the first home visit, not when the pain is already bad.
`,
  },
  {
    id: "ug-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Eh this one has touched me. Mbu you cried after the post-mortem? Me too I cried after my first one, nobody tells you. Dr Ssali says it gets easier but I hope it does not get too easy. We do the pathology viva on 20 January so let us revise Virchow's triad together, I will bring the Robbins.
`,
  },
  {
    id: "ug-gibbs-004",
    setting: "dental",
    role: "dental student",
    text: `
Description: In our school's dental clinic in Kampala we saw a boy of nine with a swelling of the lower jaw. My supervisor, Dr Kaggwa, asked me to write the differential. I wrote dental abscess and forgot Burkitt lymphoma completely.

Feelings: I felt stupid, because Burkitt was described here in Uganda, and we learnt about it in first year.

Evaluation: I focused on the tooth because I am a dental student and a tooth is what I expected.

Analysis: This is anchoring bias. Croskerry writes about it. In our region, endemic Burkitt must be on the list for a child with a jaw mass, especially with loose teeth and rapid growth.

Conclusion: A mouth belongs to a whole child.

Action: I made myself a checklist for jaw swellings, and I will ask to sit in one morning with the paediatric oncology team.
`,
  },
  {
    id: "ug-free-005",
    setting: "surgery",
    role: "physiotherapy student",
    text: `
Reflection — physiotherapy placement, orthopaedic ward, Mbarara.

I thought physio after a femur fracture was mostly walking frames. This week I learnt it is also chest physio, pressure care and convincing people they can move. Our tutor, Mr Tumwine, gave each student one patient to follow for the whole week, with consent.

Day 1 my patient refused to sit up. Day 3 he sat for ten minutes. Day 5 he stood with the frame, Berg 18/56. Small numbers but I was proud.

What I did wrong: I spoke to him in English when he understood Runyankore better, and so he nodded without understanding. When my classmate Gloria translated, he asked many questions about when he can go back to farming.

Next placement I will ask about language on day one, before any exercise.
`,
  },
  {
    id: "ug-free-006",
    setting: "emergency department",
    role: "intern doctor",
    text: `
Intern year is teaching me how much I depend on nurses. At 3am during a cholera outbreak response we had fourteen patients with rice-water stools. Sister Namutebi set up the Ringer's lactate lines while I was still calculating. She said: "Doctor, write later, run now."

We used the WHO plan C: 100 mL/kg in three hours for adults. I was scared of fluid overload in the older patients but none had crackles. We checked every hour. The ORS corner was run by a volunteer from the Red Cross.

I wrote this because my medical school did not teach outbreak logistics. Buckets, chlorine 0.2% and 2%, a separate latrine. I will read the GTFCC guide properly this weekend.
`,
  },
  {
    id: "ug-comment-007",
    setting: "neonatal",
    role: "nursing student",
    text: `
Eh, is this ⟦NAME|Maama Florence Nakato⟧'s baby? The tiny one in ⟦FACILITY_ROOM|the Nsambya NICU, cot 6⟧? I called her on ⟦PHONE|0772 555 318⟧ last week and she said the baby is now 1.9 kg and on full feeds 🙏🏾 Thank you for writing about kangaroo care, our tutor Sr. Achan will love this.
`,
  },

  // ---------------- Nigeria ----------------
  {
    id: "ng-what-001",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
What? A young man was brought to the emergency unit at ⟦FACILITY_ROOM|Federal Neuropsychiatric Hospital, Yaba⟧ in chains by his uncle, ⟦NAME|Alhaji Musa Danjuma⟧. The patient, ⟦NAME|Ibrahim⟧, had stopped sleeping and was preaching at the motor park. The uncle's line was ⟦PHONE|0803 555 0147⟧ and he kept calling it from another phone to prove it worked.

So what? The chains upset me more than the psychosis. But the uncle had walked him from a prayer camp because he believed hospital was the last resort, and that also deserves respect. I spoke calmly and used Hausa greetings I know.

Now what? Haloperidol 5 mg IM and lorazepam were given after a team review, and the chains came off in the room. I will talk to our consultant, Dr Adebayo, about a short talk for religious leaders in the community.
`,
  },
  {
    id: "ng-free-002",
    setting: "geriatrics",
    role: "house officer",
    text: `
![Photo of ⟦NAME|Baba Olumide⟧'s hands holding his old talking drum at the bedside](⟦URL|https://photos.app.goo.gl/xQ7rT2mKpL9sVw4n8⟧)

That is ⟦NAME|Baba Olumide⟧'s drum. His grandson brought it to ⟦FACILITY_ROOM|Ward E2, bed 9, at LUTH⟧ because he said the old man would not eat without hearing it. Baba is ⟦AGE|ninety-four⟧, admitted on ⟦DATE|12-10-2026⟧ with aspiration pneumonia.

I am posting it (the family said yes, and the link is in our private group) because I learnt something: a stroke patient with dysphagia is not just a swallow assessment. He ate three spoons of pap after his grandson played. The speech therapist, Mrs Okoro, said music can help attention and swallowing rhythm. It felt like magic but there is literature on it.

Next: I want to ask the family what matters to the patient on admission, not only the allergies. Ceftriaxone 1 g BD continues.
`,
  },
  {
    id: "ng-comment-003",
    setting: "emergency department",
    role: "nursing student",
    text: `
Omo this your post na real talk o. That woman from Ikorodu you talked about — ⟦NAME|Mama Chidinma⟧ — no wahala, I remember her from ⟦FACILITY_ROOM|A&E bay 3 at LASUTH⟧. She was shouting for her daughter all night. Abeg next time tag me, I dey night shift too. Well done for the sepsis six!
`,
  },
  {
    id: "ng-gibbs-004",
    setting: "medication error",
    role: "pharmacist",
    text: `
Description: On a night duty I dispensed metformin 500 mg to a ward where the prescription said methotrexate. Sorry — the opposite. The prescription was for metformin and the store assistant picked methotrexate 2.5 mg from the next shelf. I signed without checking the box, only the label.

Feelings: When the nurse called me at 23:10 I felt sick. She had noticed the tablets were yellow.

Evaluation: The nurse saved the day. Our system failed: look-alike boxes next to each other, one pharmacist for three floors.

Analysis: This is a classic slip. The Swiss cheese model fits — the holes lined up. I also realised I was hungry and tired; the HALT checklist.

Conclusion: I am not a machine.

Action plan: We moved methotrexate to a separate high-alert shelf and put a red sticker. I filed an incident form. I presented the case at the Friday meeting with our chief pharmacist, Pharm. Eze, without naming anyone.
`,
  },
  {
    id: "ng-free-005",
    setting: "medical education",
    role: "lecturer",
    text: `
As a lecturer in community medicine at the University of Ibadan, I grade about 200 reflective logs every semester. Many of them read like case reports. This post is for students: what I am looking for.

1. **Your feeling, not the diagnosis.** I already know what Kwashiorkor is. I want to know what you felt when the mother said she had no money for eggs.
2. **One model, used honestly.** Gibbs or Rolfe or Kolb — any one, but finish the cycle.
3. **A plan you can check.** "Read more" is not a plan. "Revise the 2019 IMCI chart booklet before Monday" is a plan.
4. **No identifiers.** No names, no dates of admission, no ward and bed. Write "a woman in her thirties".

I read them all. I remember the honest ones years later.

— Dr Funmilayo Adeyemi, Department of Community Medicine
`,
  },
  {
    id: "ng-what-006",
    setting: "obstetrics",
    role: "medical student",
    text: `
What? During my obstetrics posting in Enugu, I watched a caesarean section for obstructed labour. The mother had laboured at home for two days. The baby had an Apgar of 2 and did not survive.

So what? I kept thinking about delay. The three delays model — deciding to seek care, reaching care, receiving care. I had read it for exams. Now it had a face. I did not know where to put my feelings after theatre; I sat in the changing room for twenty minutes.

Now what? I spoke to my registrar, Dr Nwosu, who told me that grief after a bad outcome is normal and that he still goes for a walk after each one. I will go to the Balint-style group our department started in August. I also want to join the community outreach on birth preparedness.
`,
  },

  // ---------------- South Africa ----------------
  {
    id: "za-free-001",
    setting: "emergency department",
    role: "community service doctor",
    text: `
Community service year, rural Eastern Cape. Saturday night is trauma night.

⟦NAME|Mr Sipho Mthembu⟧ came in with a stab wound to the chest. His ID, ⟦ID|${saId("850712534108")}⟧, was in his shoe and the nurse found it when we cut his clothes. He lived at ⟦ADDRESS|No. 14 Ndlovu Street, Zwelitsha, 5608⟧, and his girlfriend drove him in a white bakkie, registration ⟦OTHER|CA 512-873⟧, which the police wanted for their docket.

I did the ultrasound: pericardial fluid. Beck's triad was not complete — no muffled heart sounds that I could hear over the noise — but he was hypotensive. We called the regional hospital; the helicopter could not fly at night.

I remember my hands shaking while I prepared the pericardiocentesis tray. Dr Naidoo talked me through it on the phone. 20 mL of blood came out and his BP improved. He survived the transfer.

What I learned: practise procedures in the skills lab even when you feel you know them.
`,
  },
  {
    id: "za-what-002",
    setting: "palliative care",
    role: "hospice nurse",
    text: `
**What?** ⟦NAME|Oupa Jacobus⟧ died at home in ⟦LOCATION|Paternoster⟧ on ⟦DATE|Freedom Day⟧, with his dog on the bed. He was ⟦AGE|91 years old⟧. His daughter, ⟦NAME|Marlene van Wyk⟧, had emailed me the evening before from ⟦EMAIL|marlene.vwyk58@webmail.co.za⟧ to say his breathing had changed.

**So what?** I had prepared her for the "death rattle" and she was calm. She said: "You told me it does not hurt him." That sentence mattered more than the hyoscine butylbromide 20 mg I gave.

**Now what?** I will keep giving families a written leaflet on the last days of life. I will also debrief with Sister Pillay — it was my third death this week and I noticed I was numb.
`,
  },
  {
    id: "za-gibbs-003",
    setting: "tb ward",
    role: "medical student",
    text: `
Description: My TB rotation in Durban. A man with XDR-TB asked me why he had to stay in hospital for months when his cousin with TB went home.

Feelings: I felt unqualified to answer. I am a fourth-year student at UKZN.

Evaluation: I said I would ask the doctor. That was honest but a bit of a cop-out.

Analysis: After reading, I learnt that under the 2019 South African drug-resistant TB guidelines, most patients start bedaquiline-containing regimens and many are treated as outpatients now. Our ward keeps people who are very sick or who have no safe home. I did not know that.

Conclusion: Patients want explanations from anyone in a white coat.

Action: Next time I will say "I'm a student; let me find out and come back today" — and actually go back. I went back the next day, with Dr Khumalo, and we explained together.
`,
  },
  {
    id: "za-comment-004",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Yoh, this is lekker written. I had the same thing at my community placement in Soweto — the Berg score tells you balance, not if the gogo can get to the taxi rank. Prof Mokoena made us do home visits for that reason. Shot for sharing, eish I'm stealing your goal-setting template 😂
`,
  },
  {
    id: "za-free-005",
    setting: "psychiatry",
    role: "registrar",
    text: `
I'm a psychiatry registrar in Cape Town, born in Gqeberha, and I have been thinking about language in the ward round.

Our consultant, Dr Steyn, speaks Afrikaans and English. Many of our patients speak isiXhosa first. When a patient is psychotic and frightened, a Mental Health Care Act form in English is not consent in any real sense.

This week we had a patient on a 72-hour assessment. His mother only spoke isiXhosa. The interpreter was off sick. My colleague Lwazi translated, but he is a doctor, not an interpreter, and he told me later that he softened some words because he felt embarrassed.

So: I will push for a proper interpreter roster. I will ask the HPCSA education session in March to include this. And I want to learn more isiXhosa — I booked a course at the university language centre from 2 February.
`,
  },
  {
    id: "za-what-006",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? A child with kwashiorkor in our paeds ward: oedema, flaky-paint dermatosis, hair changes. My first instinct was to feed her a lot, fast.

So what? Our registrar explained refeeding syndrome and the WHO ten steps: F-75 first, slowly, then F-100. Hypophosphataemia can kill. I knew the words but not the order.

Now what? I made a one-page summary of the ten steps and stuck it in my notebook. I also learnt to check glucose and temperature every few hours, because hypoglycaemia and hypothermia come first. Our exam is on 28 November and I feel better about this topic now.
`,
  },
  {
    id: "za-comment-007",
    setting: "geriatrics",
    role: "nurse",
    text: `
Sho, I was on that shift too! ⟦NAME|Gogo Nomsa Dlamini⟧ from ⟦FACILITY_ROOM|Ward 21, bed 3 at Chris Hani Baragwanath⟧ — she turned ⟦AGE|100⟧ on ⟦DATE|Heritage Day⟧ and the whole ward sang for her. Her grandson brought vetkoek for everyone. Your bit about pressure care and the Waterlow score is spot on, we must do better with the turning chart.
`,
  },

  // ---------------- Egypt ----------------
  {
    id: "eg-gibbs-001",
    setting: "emergency department",
    role: "intern doctor",
    text: `
Description: Night shift in the emergency department of ⟦FACILITY_ROOM|Kasr Al Ainy⟧. A man brought his mother, ⟦NAME|Hagga Zeinab Abdel-Fattah⟧, ⟦AGE|92⟧, after a fall. Her national ID ⟦ID|23402171401536⟧ was written on the ticket and the triage nurse read it out loud in the corridor, in front of everyone.

Feelings: I was angry but I said nothing. She is a senior nurse and I am an intern.

Evaluation: The fall care was good: hip X-ray, no fracture, ECG normal. The privacy was bad.

Analysis: In our setting there is no space and no time. But reading numbers aloud is a habit, not a need.

Conclusion: I should speak up politely; nurses also want to protect patients.

Action: I asked our head nurse, Sister Amal, if we can call by ticket number instead. She agreed to try it next month.
`,
  },
  {
    id: "eg-free-002",
    setting: "dialysis",
    role: "nephrology resident",
    text: `
In the dialysis unit we have regulars who become like family. ⟦NAME|Amm Saber⟧ — we call him that, he sells fuul from a cart near ⟦LOCATION|the Sayeda Zeinab mosque, the corner with the green door⟧ — has been on haemodialysis for nine years. He comes three times a week, Saturday, Monday, Wednesday. His son's mobile is ⟦PHONE|010 555 42871⟧ and he always says "call my son, not me, I'm too busy".

Last week his potassium was 6.8 and he refused to stay. He wanted to work. We argued. In the end we gave calcium gluconate, insulin-dextrose, and an extra session.

Reflection: I was treating the number. He was protecting his income. Dr Hany suggested we talk with him about diet in a practical way, about which foods from his own cart are dangerous. I will do that on Saturday.
`,
  },
  {
    id: "eg-what-003",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? As an Ain Shams University student on my paediatrics round, I was asked by the professor to examine a child with thalassaemia major. I saw frontal bossing and hepatosplenomegaly. She asked for ferritin and I said 200. It was 4,500.

So what? I had never thought of the treatment as a cause of harm. Transfusion every three weeks means iron overload unless chelation with deferasirox or deferoxamine is taken. Adherence is hard for teenagers.

Now what? I will read about iron chelation and the Thalassaemia International Federation guideline (2021). I want to ask the social worker about the support groups in Cairo.
`,
  },
  {
    id: "eg-comment-004",
    setting: "medical education",
    role: "medical student",
    text: `
Ya gama3a this is exactly how I felt in the OSCE! Cushing's station, I forgot to look for proximal myopathy 🙈 Dr Mostafa said "the patient must stand up from the chair, habibi". Final exam is in June insha'Allah, let's do stations together every Thursday in the faculty library in Manial.
`,
  },
  {
    id: "eg-free-005",
    setting: "surgery",
    role: "surgical resident",
    text: `
I'm a second-year general surgery resident in Alexandria. I am 29, and I grew up in Tanta. I want to write about fatigue.

Our shift was 36 hours. At hour 30 I was closing the skin after a laparoscopic cholecystectomy and I realised I had forgotten to count my last two sutures out loud. The scrub nurse, Ms Hoda, counted for me. Nothing was missed.

I know the research on sleep deprivation and performance; at 24 hours awake, performance is like a blood alcohol of 0.1%. We joke about it. It is not funny.

What I will do: I brought this up at the residents' meeting. The programme director, Prof Sherif, said the schedule will not change this year. So I will change what I can: a 20-minute nap at hour 20 if the list allows, and I will count aloud always, not only when tired.
`,
  },
  {
    id: "eg-what-006",
    setting: "community health",
    role: "medical student",
    text: `
What? Summer community rotation in a village in Minya with our faculty's outreach team. We screened for hepatitis C as part of the national programme. A 40-year-old farmer tested positive and asked if he will die like his brother.

So what? Egypt treated millions with sofosbuvir-based regimens after 2018. His brother probably had no treatment. I told him the cure rate is over 95% and he cried. I realised how much history sits behind one test.

Now what? I will learn the referral pathway properly, and the FIB-4 score. I also want to write up our screening numbers for the student research day in April.
`,
  },
  {
    id: "eg-comment-007",
    setting: "paediatrics",
    role: "medical student",
    text: `
Mabrouk ya doctor, beautiful reflection 👏 Wait, is this ⟦NAME|Om Karim⟧ from ⟦LOCATION|Ezbet El-Nakhl, the house above the pharmacy on the canal⟧? Her son posted the whole story at ⟦URL|https://www.tiktok.com/@karim.elnakhl.official⟧ with the hospital tags. Maybe ask him to take it down? Anyway, the part about the measles vaccine counselling is very useful.
`,
  },
];
