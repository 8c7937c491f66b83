/**
 * Unseen corpus: Bangladesh, Sri Lanka, Pakistan, India. Every patient, relative, number, address and
 * handle is invented; clinicians' names are invented too (they are hard negatives).
 */
import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const SOUTH_ASIA: SourceItem[] = [
  // ---------------------------------------------------------------- Bangladesh
  {
    id: "bd-free-001",
    setting: "internal medicine",
    role: "intern doctor",
    text: `
Medicine unit, night duty. Reflection for my logbook.

The patient on ⟦FACILITY_ROOM|floor bed F-12, Ward 201, DMCH⟧ was ⟦NAME|Rahima Khatun⟧, 45, with a blood sugar of 32 mmol/L, Kussmaul breathing and ketones 3+. There was no bed so she was on a mat between two beds, and her husband ⟦NAME|Abdul Mannan⟧ held the saline bottle up with his hand for almost an hour until a ward boy found a stand.

They had come by launch and bus from ⟦LOCATION|Char Kukri-Mukri⟧, nearly a full day. He gave me his number, ⟦PHONE|01711-555284⟧, and her NID, ⟦ID|4619822053⟧, because the insulin was only free with registration.

We ran the DKA protocol as best we could: fluids, insulin infusion at 0.1 unit/kg/hour, potassium once the level came back at 3.4. By morning she was talking. Dr Rahman on the morning round said our management was correct "for the circumstances", which I think is the most honest praise I have had.

What I learnt: the protocol assumes a drip stand, a pump and a bed. Half of medicine here is improvising safely. I am going to ask the nursing in-charge whether we can keep a few spare stands on each ward, and I want to learn how to do a manual drip-rate calculation without thinking, because pumps are few.
`,
  },
  {
    id: "bd-what-002",
    setting: "paediatrics",
    role: "medical student",
    text: `
What?
Monsoon week on the paediatric diarrhoea ward in Dhaka. In four days I saw more severe dehydration than in my whole textbook. A six-month-old came in floppy with no radial pulse; the nurses had Ringer's lactate running through a scalp vein in under five minutes.

So what?
I had memorised the WHO plans A, B and C but never seen how fast Plan C is in real hands: 100 mL/kg, 30 mL/kg in the first 30 minutes for infants under twelve months... no, for infants it is the first hour, then 70 mL/kg over five hours. I got it wrong when Dr Sultana asked me, which shows how shaky my knowledge was. Zinc 10 mg daily under six months and 20 mg for older children, for ten days. ORS in small sips even while the drip runs.

I also learnt that cholera cots (with a hole and a bucket) are the most useful invention in paediatrics. You measure the stool instead of guessing.

Now what?
- Write the three plans on a card in Bangla and English and carry it.
- Practise scalp vein cannulation on the manikin at Sir Salimullah college skills lab.
- Read about rice-based ORS versus standard ORS for cholera.
`,
  },
  {
    id: "bd-gibbs-003",
    setting: "humanitarian",
    role: "medical officer",
    text: `
**Description**
Night at a primary health centre in the Cox's Bazar camps. A mother carried in ⟦NAME|Nur Kayas⟧, three years old, with severe acute malnutrition and a cough. MUAC 10.8 cm, bilateral pitting oedema. The family lives in ⟦LOCATION|Camp 8W, Block C-14⟧, and their household registration number, FCN ⟦ID|188-204-5531⟧, was on the token she held. The child was first seen by our CHW on ⟦DATE|27.08.2024⟧, but the referral slip got wet and lost.

**Feelings**
Frustration at the rain, at the paper, at myself for being relieved that the stabilisation centre had a bed.

**Evaluation**
Protocol was followed: F-75 feeds, amoxicillin, careful fluids, warmth. He did not have hypoglycaemia. But the three-week delay was the real harm.

**Analysis**
Paper referral in a monsoon camp is fragile. The WHO 2013 SAM guideline is good on treatment but it assumes the child arrives.

**Conclusion**
The weakest link was a piece of paper.

**Action plan**
I discussed with our team lead, Dr Hossain, a phone-based referral log so CHWs can send the slip as a photo. We start a trial next month.
`,
  },
  {
    id: "bd-comment-004",
    setting: "medical education",
    role: "medical student",
    text: `
Vai, very nice post 👍 I also had Prof. Chowdhury for the cardiology ward and he did the exact same thing to me – "Tell me the causes of clubbing, fast fast!" 😂 Tip for everyone: for the viva he always asks about Austin Flint murmur, Duroziez sign and the Graham Steell murmur. Also he likes when you say the JVP properly, with the 45 degrees. Don't panic if he shouts, he is like that with everyone, he shouted at me for 2 minutes then gave me good marks. Item exam is on Sunday, best of luck all from Rajshahi!
`,
  },
  {
    id: "bd-free-005",
    setting: "breaking bad news",
    role: "oncology resident",
    text: `
Breaking bad news in Chattogram – what I got wrong.

A 52-year-old schoolteacher came for the histopathology of her breast lump. It was invasive ductal carcinoma, ER negative, HER2 positive. Her husband and two brothers came into the room and the brothers asked me, quietly in the corridor first, not to tell her. "She is weak. Tell us, we will decide."

I hesitated and I said I would "discuss with the consultant". That was avoidance.

Dr Akter, my consultant, sat with the family and explained gently that the patient has the right to know and to decide, and that she will need to consent for chemotherapy and trastuzumab herself. Then she asked the teacher what she already understood. The teacher said, "I know it is cancer. I want to know what I can do."

The SPIKES protocol (Baile et al., 2000) is often taught as a script, but the most important step was the second one – perception. The patient knew more than her brothers thought.

Next time I will not hide in the corridor. I will ask the patient, before anything else, how much she wants to know and who she wants in the room. And I will practise saying "cancer" out loud in Bangla without softening it into something else.
`,
  },
  {
    id: "bd-what-006",
    setting: "obstetrics",
    role: "midwife",
    text: `
## What?
Antenatal outreach in a Sylhet tea garden. ⟦NAME|Lokkhi Munda⟧, 20, second pregnancy, Hb 6.1 g/dL, lives in ⟦LOCATION|line 4 of the Lakkatoorah tea estate⟧ and plucks leaves until the day she delivers, she says. Her last baby was born on ⟦DATE|2nd Falgun⟧ on the way to the garden hospital and did not survive.

## So what?
Iron-folic acid was given at every visit, but she told me honestly she throws them away because they make her stomach burn and her mother-in-law says they make the baby too big. This is not a knowledge problem that a leaflet will fix.

## Now what?
- Changed to once-daily with food and explained the burn is common; agreed to meet again in two weeks.
- Asked the garden manager's office for a phone number to reach her husband – he gave ⟦PHONE|+880 1819-555617⟧ himself when he came to fetch her.
- Plan to talk to the mother-in-law together with the community health worker, Didi Sabina, who speaks their language.
- If Hb is still under 7 at 32 weeks, referral for IV iron in Sylhet town.
`,
  },
  // ---------------------------------------------------------------- Sri Lanka
  {
    id: "lk-what-001",
    setting: "surgery",
    role: "house officer",
    text: `
**What happened**
Upper GI bleed on a surgical casualty day. ⟦NAME|Mr. W. M. Gunapala⟧, a 68-year-old retired bus conductor, came with haematemesis and melaena, Hb 6.2 g/dL, BP 90/60. He was put on ⟦FACILITY_ROOM|Ward 46, bed 11, NHSL⟧. I wrote his NIC, ⟦ID|571832457V⟧, on the blood request form because the blood bank refused the form without it. His address on the BHT was ⟦ADDRESS|No. 33/2, Temple Road, Maharagama⟧.

**So what**
I calculated the Glasgow-Blatchford score properly (13) and Dr Perera was pleased. But I was slow with the second cannula and the crossmatch sample had to be repeated because I labelled it in pencil. Endoscopy showed a duodenal ulcer with a visible vessel; adrenaline injection and clips. IV pantoprazole 80 mg then infusion.

**Now what**
- Label blood samples at the bedside, in pen, every time.
- Practise large-bore cannulation on the skills lab arm until I can do it under pressure.
- Read the 2021 ACG guideline on ulcer bleeding and the Rockall score.
- Stop writing national ID numbers into my personal notebook – I found two there this week.
`,
  },
  {
    id: "lk-free-002",
    setting: "emergency department",
    role: "medical officer",
    text: `
Snakebite night in Anuradhapura. Three bites in six hours – two hump-nosed vipers and one Russell's viper.

The Russell's viper bite was a farmer in his forties bitten while harvesting paddy. 20WBCT was unclotted at 20 minutes, so we gave 10 vials of polyvalent Indian antivenom as per the Sri Lanka Medical Association guidelines. He developed a reaction at vial six – urticaria and wheeze – and Dr Jayasinghe stopped the infusion, gave adrenaline 0.5 mg IM, hydrocortisone and chlorphenamine, then restarted slowly. By morning the clotting had corrected and his urine output was fine.

The hump-nosed viper bites were the harder decision: there is no effective antivenom, and people expect "the injection". Explaining that we would watch the kidneys and clotting, not give antivenom, took longer than treating the Russell's.

Things I want to remember:
1. Pre-medication with adrenaline (0.25 mg SC) reduces reactions – the 2013 trial from Ragama showed it.
2. Always repeat 20WBCT six hourly.
3. Ask what the snake looked like, but never trust the answer completely.
4. A kind explanation is also a treatment.
`,
  },
  {
    id: "lk-comment-003",
    setting: "palliative care",
    role: "nurse",
    text: `
Dear doctor, thank you for this post but I think you must remove some parts. You wrote that ⟦NAME|Kamala Aunty⟧ passed away on ⟦DATE|Poya day, 14th of June⟧ at home and you gave her daughter's email ⟦EMAIL|nilmini.wijesuriya84@gmail.com⟧ for people to send condolences. The family is known in our area and everybody will recognise. Please keep the part about the morphine doses and the family meeting, it is very useful for our young nurses. I am also sharing the hospice nursing course link from the Sri Lanka College of Oncologists for anyone interested.
`,
  },
  {
    id: "lk-gibbs-004",
    setting: "nephrology",
    role: "registrar",
    text: `
Description: Outreach clinic in the North Central Province for chronic kidney disease of uncertain aetiology (CKDu). Forty men, mostly paddy farmers in their thirties to fifties, many with eGFR under 30 and no diabetes or hypertension to explain it.

Feelings: Sad and uneasy. These are young working men and we are mainly counting their decline.

Evaluation: The clinic worked well: urine ACR, creatinine, BP, counselling about NSAIDs and water. The pharmacist made sure nobody was taking diclofenac from the village shop. What we do poorly is plan for dialysis – there are not enough slots in the province, and most people refuse until they are very sick.

Analysis: The research literature suggests heat stress, agrochemicals and water hardness all play a role (Jayasumana et al., 2015, and many papers since). The cause is uncertain but the pattern is not. As a registrar I can influence only a small part: early detection, avoiding harm, and honest conversations about what dialysis will mean.

Conclusion: Public health and nephrology are not separate here.

Action plan: I will start a conservative kidney management pathway with the palliative team in Kandy, and I will ask Dr Wickramasinghe to include CKDu in our next teaching series for medical students.
`,
  },
  {
    id: "lk-free-005",
    setting: "cardiology",
    role: "medical officer",
    text: `
Permanent pacemaker follow-up – reflection.

⟦NAME|Letchumi⟧ is a tea plucker from ⟦LOCATION|the Upper Division line rooms at Dayagama⟧. She had complete heart block last year and received a dual-chamber pacemaker at ⟦FACILITY_ROOM|Teaching Hospital Kandy⟧. She missed her six-month check because the estate lorry stopped going to town.

Today she came because of dizziness. Interrogation showed a normal battery but intermittent loss of capture on the ventricular lead. The technician read the serial from the device, ⟦DEVICE|PJN417209S⟧, and confirmed it matched her card, which had been soaked in the rain and was barely readable. Lead revision was booked for next week.

Learning for me:
- Device clinic follow-up is not "optional" for people with complete heart block.
- Patients on estates may need help from the estate medical assistant to reach clinics; I phoned him and he will arrange transport.
- I have to learn basic device interrogation myself and not depend on the technician every time. Dr Fernando will teach me on Thursday afternoons.

She thanked me in Tamil and I could only reply in Sinhala and English. I want to learn at least basic Tamil this year.
`,
  },
  {
    id: "lk-what-006",
    setting: "psychiatry",
    role: "medical student",
    text: `
## What?
On my psychiatry appointment in Colombo I saw three young people admitted after deliberate self-poisoning in one week – two with oleander seeds and one with a herbicide. All three said they were sorry almost immediately.

## So what?
My lecturer, Dr Senanayake, explained that Sri Lanka had one of the highest suicide rates in the world in the 1990s, and that banning the most toxic pesticides (paraquat was finally banned in 2008) reduced deaths enormously even though the number of attempts did not change much. Means restriction works. I found that surprising because I believed suicide was mainly about depression.

I also noticed that the medical team focused on the yellow oleander cardiotoxicity – digoxin-like effects, bradycardia, hyperkalaemia – and the psychiatric review happened only on day three. By then one of the young women had been discharged.

## Now what?
- Learn the management of oleander poisoning, including multi-dose activated charcoal.
- Always ask about access to pesticides and medicines at home.
- Advocate for a psychiatric review within 24 hours for every self-poisoning admission.
- Be less judgmental: "impulsive" is not the same as "not serious".
`,
  },
  // ---------------------------------------------------------------- Pakistan
  {
    id: "pk-gibbs-001",
    setting: "surgery",
    role: "house officer",
    text: `
**Description**
⟦NAME|Bibi Zainab⟧, an elderly widow from Kasur, was admitted to ⟦FACILITY_ROOM|Surgical Unit II, bed 17, Mayo Hospital⟧ with a strangulated femoral hernia. Her nephew had only her CNIC, ⟦ID|35102-5543812-4⟧, and a bag of clothes. She was taken to theatre at 1am and Dr Tariq let me close the skin.

**Feelings**
Proud of the closure, which is embarrassing to admit. Later, guilty, because I had not checked whether anyone had explained the operation to her in Punjabi. She had signed with a thumbprint.

**Evaluation**
Clinically it went well: small bowel viable after warm packs, no resection. Consent was weak. The form was in English and the explanation was in a hurry.

**Analysis**
PMDC's code of ethics says consent must be informed and in a language the patient understands. We all know it and we all skip it at 1am. I told myself it was an emergency, but there was time for two minutes of proper explanation.

**Conclusion**
Emergency is not a reason to skip understanding.

**Action plan**
I have asked our registrar to let me consent patients under supervision for the next month, and I am making a short Punjabi/Urdu explanation sheet for common emergency operations.
`,
  },
  {
    id: "pk-what-002",
    setting: "infectious diseases",
    role: "resident",
    text: `
What?
XDR typhoid in Hyderabad, Sindh. In one month we had nine children on the paediatric ward with blood-culture-proven Salmonella Typhi resistant to ceftriaxone, ciprofloxacin and the older first-line drugs. All were treated with azithromycin 20 mg/kg/day or meropenem for the sick ones.

So what?
Before this I gave ceftriaxone for any fever with a "positive Typhidot", which I now understand is a poor test. Dr Memon made me look at our antibiogram and the numbers were shocking. The XDR strain was first described here in 2016 and our prescribing helped it spread.

I also learnt that the Typbar-TCV vaccine campaign (2019) in Sindh was one of the first in the world, and vaccinated children on our ward were much fewer.

Now what?
1. Send blood cultures before antibiotics, always, even if the family is impatient.
2. Stop ordering Typhidot.
3. Teach the house officers our local antibiogram on their first day.
4. Ask every family about TCV status and refer siblings for vaccination.
5. Read the 2022 Pakistan Pediatric Association guideline on enteric fever again.
`,
  },
  {
    id: "pk-comment-003",
    setting: "OSCE",
    role: "medical student",
    text: `
Yaar ye bohat relatable hai 😅 I also froze on the neuro station in the final prof at KEMU. My examiner asked about Parkinson's disease – "cogwheel rigidity kahan se aati hai?" – and I started talking about the basal ganglia for 2 mins without answering. Tip: for the tremor station they love asking about the difference between essential tremor and parkinsonian tremor, and always mention levodopa-carbidopa and what happens in "on-off" phenomenon. Dr Saima ma'am told us to practise with timers, 7 mins per station, it helped me a lot. Inshallah all of us clear this time 🤲
`,
  },
  {
    id: "pk-free-004",
    setting: "paediatrics",
    role: "medical officer",
    text: `
I am MO at a rural health centre in Tharparkar. Writing this in the night because I cannot sleep.

A father brought his son ⟦NAME|Kheto⟧, eleven months, from ⟦LOCATION|Goth Rano Bheel, near Mithi⟧ on a camel cart. The child was very thin, weight 5.2 kg, and had pneumonia. We gave oxygen (our concentrator works only when the generator runs), ceftriaxone and started F-75. The father gave his phone ⟦PHONE|0300-5554821⟧ and the child's B-form number ⟦ID|44103-5521873-5⟧ for the Sehat card registration.

In the morning the child was better but the father wanted to go because of the goats. I told him clearly that child may die if he leaves. He looked at me and said, "Doctor sahib, if goats die, all children die." I did not have an answer.

We made a compromise: he would stay two days, and the Lady Health Worker, Baji Shamim, would visit every day after. Today she phoned: the child is feeding.

Drought, debt, distance – these are not in the IMNCI chart booklet but they decide everything. I want to learn more about the outpatient therapeutic programme so we are not forcing families to choose.
`,
  },
  {
    id: "pk-what-005",
    setting: "paediatrics",
    role: "resident",
    text: `
**What?** Measles with pneumonia in an unvaccinated two-year-old, ⟦NAME|Gul Meena⟧, daughter of ⟦NAME|Sher Ali Khan⟧, admitted to ⟦FACILITY_ROOM|Paeds B, cot 22, Lady Reading Hospital⟧. The family are Afghan and live in a rented room behind ⟦LOCATION|the Khazana sugar mill gate⟧. For the free treatment scheme we needed the father's PoR card number, ⟦ID|0471-882391⟧, and his phone, ⟦PHONE|+92 345 5558 012⟧.

**So what?** Vitamin A 200,000 IU on day 1 and day 2, oxygen, amoxicillin. The pneumonia was bad but she improved. What affected me was that the family had avoided vaccination because of rumours and because last year someone asked for documents at the vaccination point and they were afraid. The disease was a consequence of fear.

**Now what?** I want to work with the EPI team to make vaccination points "no documents needed", which is already the official policy but not the practice. I will also review the WHO measles position paper (2017) and practise explaining vaccines in simple Pashto with the help of our nurse, Sister Nasreen.
`,
  },
  {
    id: "pk-gibbs-006",
    setting: "medication error",
    role: "nurse",
    text: `
Reflection – insulin error on the medical ward, Karachi.

Description: At 8pm I drew up insulin for a diabetic patient using a 1 mL syringe instead of an insulin syringe because we had run out. The order was 10 units. I nearly drew 1 mL – which would have been 100 units. My colleague Sister Rukhsana saw it and stopped me.

Feelings: Shaking. I went to the washroom and cried.

Evaluation: The error was caught before reaching the patient. But there were several causes: stock-out of insulin syringes, tiredness (it was my third night), and the way "10 u" was written on the chart, which can look like "100".

Analysis: The ISMP list of error-prone abbreviations says never write "u" for units. Our charts still use it. The stock-out had been reported twice.

Conclusion: One colleague's attention saved a life. I cannot rely on that every time.

Action plan:
- I filled the incident form and our head nurse escalated the syringe shortage.
- I am preparing a short teaching for our ward on insulin safety and the "write units in full" rule.
- Independent double check for all insulin and heparin – starting this week on our ward.
`,
  },
  // ---------------------------------------------------------------- India
  {
    id: "in-what-001",
    setting: "geriatrics",
    role: "senior resident",
    text: `
## What?
I want to reflect on a long admission that taught me more than any lecture on geriatrics.

⟦NAME|Smt. Kamla Devi⟧, ⟦AGE|aged 93⟧, was admitted to ⟦FACILITY_ROOM|Medicine Ward B, bed 36, AIIMS⟧ with delirium and a urinary tract infection. Her UHID was ⟦ID|107554219⟧, and the Ayushman Bharat desk needed her Aadhaar, ⟦ID|${aadhaar("7391 0482 556")}⟧, before they would approve the admission. Her grandson, who brought her from ⟦ADDRESS|H. No. 214, Gali No. 6, Bhajanpura, Delhi 110053⟧, slept on the floor beside her bed for eleven days.

She was on nine medicines from four different doctors: amlodipine, telmisartan, metformin, glimepiride, atorvastatin, pantoprazole, alprazolam 0.25 mg at night, a "nerve tonic" and an Ayurvedic syrup nobody could identify. Her sodium was 126.

## So what?
The delirium was probably multifactorial: infection, hyponatraemia, benzodiazepine, glimepiride-related lows at night (her CBG was 3.1 at 4am on day two). I had been trained to "treat the UTI". Dr Mehta asked me to list every drug and justify it, and I couldn't justify five of them. We stopped alprazolam with a taper, stopped glimepiride, stopped the syrup and the tonic.

I also realised how invisible the family caregiver is. The grandson knew which times she became confused, what she ate, when she last passed stool. No one had asked him.

## Now what?
- Use the STOPP/START criteria (version 3, 2023) for every patient over 65 on five or more drugs.
- Ask the caregiver three questions on every round: sleep, food, confusion.
- Teach interns the 4AT for delirium instead of writing "altered sensorium".
- Write the discharge summary in Hindi as well as English, with a one-page medicine list.

She went home on four medicines and knew her grandson's name again on the day of discharge.
`,
  },
  {
    id: "in-free-002",
    setting: "TB ward",
    role: "medical officer",
    text: `
MDR-TB clinic, Mumbai. Reflection after six months.

When I started here I thought the hard part would be the drugs: bedaquiline, linezolid, clofazimine, cycloserine, levofloxacin in the longer regimen, and now the BPaLM regimen from the 2022 WHO update. Learning the QTc monitoring and the linezolid neuropathy checks did take time.

But the hard part is everything else. A young man from a chawl who works in a garment unit cannot take two hours off every week for injections (thankfully no injections now). A woman hides her diagnosis from her in-laws. A teenager skips doses because the tablets turn her skin dark, which is the clofazimine.

Things that have worked in our clinic:
- Nikshay Poshan Yojana payments for nutrition, once the bank account is linked.
- Video-observed therapy on phone for those who cannot come daily.
- A counsellor, Ms. Pereira, who sits with every new patient for 30 minutes.

Things I still get wrong: I talk too fast, in English medical words mixed with Hindi. I forget that "negative" means good news to me but sounds bad to them.

Goal for next six months: fewer words, more listening, and a monthly audit of our treatment success rate against the national target.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "palliative care",
    role: "nurse",
    text: `
**Description.** Home visit with the palliative care unit in Kottayam district. ⟦NAME|Thresiamma Varghese⟧, 71, with advanced ovarian cancer, lives at ⟦ADDRESS|Puthenpurayil House, Kuravilangad P.O., Kottayam – 686633⟧ with her son ⟦NAME|Jobin⟧ and his family. She was discharged from hospital on ⟦DATE|14-08-2024⟧ with malignant bowel obstruction and a prognosis of weeks.

**Feelings.** I was anxious because this was my first home death conversation. The family was very close and very emotional.

**Evaluation.** We adjusted her medicines: subcutaneous morphine, octreotide, haloperidol for nausea, and stopped all oral tablets she could not keep down. ⟦NAME|Jobin⟧ learned how to use the butterfly needle for PRN doses. That went well. I was less good with the questions about "one more scan", and Dr Thomas had to help.

**Analysis.** Kerala's community palliative care model (the Neighbourhood Network in Palliative Care) depends on families and volunteers, not on hospitals. I had been trained in hospital ways. At home, the family is the team.

**Conclusion.** The aim is comfort where she wants to be.

**Action plan.** Attend the next family meeting training, practise answering "can we try one more thing?" and learn the local volunteers' names in our area.
`,
  },
  {
    id: "in-comment-004",
    setting: "ward round",
    role: "intern",
    text: `
Bhai this is so real 😭 first week of internship and I also got asked about Wernicke's encephalopathy on rounds and blanked on the triad. For anyone reading: confusion, ataxia, ophthalmoplegia – and give thiamine BEFORE glucose. Our HOD Dr Iyer says "if you see an alcoholic, think B1 first" and he asks it every Monday. Also Korsakoff is the chronic part, don't mix them up like I did lol. Great post, keep writing these, they help us juniors more than the textbooks. From Chennai with love 🙏
`,
  },
  {
    id: "in-what-005",
    setting: "community medicine",
    role: "medical student",
    text: `
What? – Rural health training centre posting in Odisha, two weeks. Our group visited a sub-centre, a PHC and three villages with the ASHA workers. I saw malaria rapid tests done on the doorstep, a woman counselled about institutional delivery under JSY, and a line of people waiting for the weekly NCD screening.

So what? – I realised how much of India's health system runs on ASHAs, who are paid per task. The ASHA we followed, Ms. Behera, carries a register thicker than any file I have seen in our hospital. She knew every pregnancy in her area. She also knew which families would not open the door.

Our faculty, Dr Mohanty, explained that the Janani Suraksha Yojana (2005) helped to raise institutional deliveries dramatically, but that quality of care in the facility is now the bottleneck. We saw a labour room with one functioning light.

Now what? –
1. Learn the IMNCI chart properly; I could not classify a child's cough and fast breathing quickly enough.
2. Read the 2023 NFHS-5 factsheet for our state.
3. Respect ASHAs as colleagues, not as "helpers".
4. Ask questions in Odia, even badly.
`,
  },
  {
    id: "in-free-006",
    setting: "ENT",
    role: "audiologist",
    text: `
Cochlear implant switch-on day – a reflection from our audiology unit in Hyderabad.

⟦NAME|Baby Saanvi Reddy⟧, three years old, had her implant activated last week. Her father, ⟦NAME|Mr. Ravi Kiran⟧, filmed the moment she turned towards her mother's voice and posted it on their YouTube channel, ⟦URL|https://www.youtube.com/@SaanviHearsNow⟧. The processor's serial, ⟦DEVICE|CI-SP-7740-2193⟧, is printed on her warranty card, which he also photographed for us by email from ⟦EMAIL|ravikiran.reddy.hyd@outlook.com⟧ because the original was lost.

What I felt: joy, honestly. Also a bit of worry about the video. We talked about it with the family: it is their story to share, and they wanted other parents to see it. I respected that but I explained that the warranty card and serial should never be posted.

Learning points for me:
- Switch-on is the start, not the end. The next two years of auditory-verbal therapy decide the outcome.
- Newborn hearing screening (OAE) would have caught her at birth; she was only diagnosed at eighteen months. Our district still does not screen universally.
- Families are now our best advocates, and social media is part of that.

Next: I will write a simple parent leaflet in Telugu about what to share online and what not to share.
`,
  },
  {
    id: "in-comment-007",
    setting: "surgery",
    role: "surgery resident",
    text: `
Sir, very good learning post on the Whipple complications, but the photo you attached of the OT whiteboard shows too much. It has UHID ⟦ID|20240518773⟧, the CR no. ⟦ID|2024/114/0937⟧, "⟦FACILITY_ROOM|OT 4, Surgical Block, KEM⟧" and the date ⟦DATE|18/05/2024⟧ written in big letters, plus the diagnosis. With that anyone in Parel can find out who it was. Please crop the image or remove it – the text itself is enough. Also, for the juniors, the ISGPS definition of pancreatic fistula (2016 update) is worth adding as a reference.
`,
  },
];
