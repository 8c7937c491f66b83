import type { SourceItem } from "../types.ts";

export const PK: SourceItem[] = [
  { id: "pk-gibbs-001", setting: "emergency department", role: "house officer", text: `
## Description
It was my first week of house job in the medical emergency of a government hospital in Lahore. A 28-year-old man was brought in with organophosphate poisoning — pinpoint pupils, frothing, HR 48. We gave atropine 2 mg boluses every 5 minutes until his chest was dry (he needed 38 mg in total) and pralidoxime.

## Feelings
Adrenaline and fear. The family was crowding the bed and shouting.

## Evaluation
The atropine titration was textbook, and my senior registrar, Dr Farhan, was brilliant. Our crowd control was not.

## Analysis
Self-poisoning with pesticides is common in Punjab; WHO estimates it causes about 20% of suicides globally. We didn't involve psychiatry until day 3.

## Action plan
Psychiatry referral on day 1 for every self-harm case. I'll also make a one-page atropine chart for the ER wall.
` },
  { id: "pk-what-002", setting: "obstetrics", role: "postgraduate trainee", text: `
**What?**
Eclampsia in the labour room at 3am. ⟦NAME|Shazia Bibi⟧, 19 years old, primigravida, came from ⟦LOCATION|Chak 212 RB near Jaranwala⟧ in a rickshaw, fitting. Her husband ⟦NAME|Imran⟧ gave her CNIC as ⟦ID|33100-4827361-2⟧ at the registration desk so that the Sehat card would work. BP 190/120. We gave MgSO4 4 g IV loading and 10 g IM (Pritchard), and labetalol.

**So what?**
She had had no antenatal visits. The LHW in her village had told her to come but transport was the problem.

**Now what?**
I've started reading the Pakistan Maternal Health guidelines and WHO's 2011 recommendations on pre-eclampsia. Dr Nusrat, my supervisor, wants me to present this case at the Friday CPC.
` },
  { id: "pk-free-003", setting: "ward round", role: "medical student", text: `
4th year MBBS, medicine ward. Prof. Iqbal took our bedside teaching today, on a patient with decompensated chronic liver disease due to hepatitis C — ascites, flapping tremor, spider naevi, Hb 8.9, platelets 62,000, bilirubin 4.2.

He asked each of us to find shifting dullness. I couldn't, and he made me do it three times in front of everyone. I was embarrassed but on the third time I felt it.

Things to read: the EASL guidelines on decompensated cirrhosis (2018), Child-Pugh vs MELD, and why we give propranolol.

Honestly, bedside teaching in our wards is the best thing about our medical college. Real patients, real signs. Our hostel group is going to practise clinical examination every night this week.
` },
  { id: "pk-gibbs-004", setting: "paediatrics", role: "paediatric resident", text: `
## Description
A 10-month-old baby was admitted to ⟦FACILITY_ROOM|Bed 7, Paeds Ward 3, Mayo Hospital⟧ with severe dehydration from watery diarrhoea. His name was ⟦NAME|Muhammad Hamza⟧, MR number ⟦ID|MH-2024-118734⟧. Sunken eyes, skin pinch went back very slowly, lethargic.

## Feelings
Anxious. The cannula took me four attempts.

## Evaluation
We gave Ringer's lactate 100 mL/kg over 6 hours per WHO Plan C, then ORS and zinc.

## Analysis
His mother had stopped breastfeeding during the diarrhoea because a neighbour told her to. Myth-busting is a big part of the job.

## Action plan
Counsel every mother on continuing breastfeeding and ORS. Get IO access training from Dr Sana.
` },
  { id: "pk-free-005", setting: "psychiatry", role: "psychiatry trainee", text: `
FCPS psychiatry, year 2. A young woman was brought by her family for "jinn possession". After a long interview, she met criteria for a first episode of psychosis — auditory hallucinations, persecutory delusions, three months of decline.

Her family had already taken her to a pir and spent a lot of money. They were suspicious of medication. I used her father's own words and explained risperidone 2 mg as "medicine that calms the mind so the prayers can work". He agreed.

I'm not sure if this was respectful cultural adaptation or manipulation. My supervisor, Dr Tahir, says we must work with the family's explanatory model, not against it (Kleinman, 1980). I'm still thinking about it.
` },
  { id: "pk-what-006", setting: "surgery", role: "surgical resident", text: `
WHAT: We operated on ⟦NAME|Haji Ghulam Rasool⟧, ⟦AGE|aged 93⟧, for an obstructed inguinal hernia. His grandson wrote his phone number ⟦PHONE|0300-7419283⟧ on the consent form and asked us to call him, not the old man's sons, because "they will argue".

SO WHAT: Consent in our setting is rarely individual. The patient himself said "ask my grandson, he is educated". Was that valid consent? Under PMDC's code of ethics he can delegate, but I'm not sure he understood the risk of bowel resection at his age.

NOW WHAT: Next time I will spend five minutes alone with the patient first. Dr Asad, our assistant professor, agreed to do a teaching session on consent for elderly patients.
` },
  { id: "pk-comment-007", setting: "surgery", role: "medical officer", text: `
Very relatable. In my district hospital in Sindh almost every consent is given by a son or a husband. I've started asking the patient directly "do you want to decide, or do you want your family to decide?" and documenting the answer. It takes one minute and it has changed how I feel about the consent form.
` },
  { id: "pk-gibbs-008", setting: "ICU", role: "ICU nurse", text: `
## Description
I was looking after a patient in ⟦FACILITY_ROOM|ICU Bed 5 at Aga Khan University Hospital, Karachi⟧ — ⟦NAME|Mr Saleem Akhtar⟧, admitted on ⟦DATE|2024-08-09⟧ with dengue shock syndrome. Platelets 11,000, haematocrit rising, cold peripheries.

## Feelings
Worried, and worried about the family who were sleeping on the corridor floor.

## Evaluation
Fluid management followed the WHO 2009 dengue guidelines. We avoided fluid overload; he recovered by day 6.

## Analysis
Critical phase monitoring (hourly HCT, urine output) was hard with one nurse to two patients.

## Action plan
Ask our nurse manager, Ms Rubina, for a staffing review during dengue season.
` },
  { id: "pk-free-009", setting: "OSCE", role: "medical student", text: `
Final Prof OSCE reflection. The short case was a patient with a goitre — I had to examine the thyroid and talk about Graves' disease vs toxic multinodular goitre. I remembered lid lag and pretibial myxoedema. The examiner asked about Pemberton's sign and I blanked.

The long case was a man in his fifties with diabetic foot — Wagner grade 3. I gave a good history but my presentation was 12 minutes and I was told to stop.

Lessons: practise presenting in 5 minutes. Read up on eponymous signs (Pemberton's, Trousseau's, Chvostek's). Thanks to Dr Ayesha, our demonstrator, for the practice sessions in the skills lab.
` },
  { id: "pk-free-010", setting: "medication error", role: "pharmacist", text: `
Clinical pharmacist, tertiary hospital in Islamabad. I found a prescription for injection ceftriaxone 2 g BD for a child weighing 9 kg. The dose should have been 50–80 mg/kg/day. The house officer had copied the adult order set.

I called the HO, and he thanked me (and then asked me to check five more charts, which I did). Our hospital has no paediatric dosing software. Children are prescribed from memory or the BNFc on someone's phone.

I'm drafting a weight-based antibiotic chart for the paeds ward with Dr Mahnoor, our paeds registrar. The WHO Model Formulary for Children (2010) will be our reference.
` },
  { id: "pk-what-011", setting: "GP placement", role: "family medicine resident", text: `
What happened: In our family medicine OPD I saw ⟦NAME|Bushra⟧, a 35-year-old teacher, for uncontrolled diabetes — HbA1c 11.2%. She lives in ⟦ADDRESS|House 14, Street 9, G-9/2, Islamabad⟧ and said her sister-in-law ⟦NAME|Farzana⟧ controls the kitchen and cooks with a lot of ghee.

So what: The problem wasn't metformin 1 g BD or her gliclazide dose. It was household power.

Now what: Next visit I will invite both women together. ADA Standards (2024) talk about social determinants but our context is joint family systems. Dr Ahmed Raza, my trainer, suggested a family conference.
` },
  { id: "pk-free-012", setting: "breaking bad news", role: "oncology resident", text: `
Breaking bad news in Urdu is something they didn't teach us in medical school. The SPIKES protocol is in English and it assumes the patient is the one you tell.

Today I told a family that their mother's breast cancer had spread to her bones. The sons asked me not to tell her. I explained why I thought she should know, gently, and they eventually agreed I could answer her questions if she asked.

She asked. She said "I knew when the pain came in my back". She wanted to go to Umrah before treatment.

Dr Khadija, my consultant, said this was collusion handled well. I'm going to read the paper on non-disclosure in South Asian families (Rao et al., 2018).
` },
  { id: "pk-gibbs-013", setting: "night shift", role: "house officer", text: `
## Description
Night duty in the surgical ward. At 2am a patient with a perforated duodenal ulcer post-op had a BP of 80/50 and HR 124. I called my registrar but he was in OT. I gave 1 L normal saline and repeated the Hb — 7.1.

## Feelings
Alone.

## Evaluation
I did the right first steps but took 40 minutes to get blood arranged because the blood bank needed a donor.

## Analysis
Family donors are still the main system in many Pakistani public hospitals.

## Conclusion and action plan
I have learned the blood bank process by heart now. I will explain it to families at admission for every major surgery, not at 2am. Thank you Dr Waqas for your calm voice on the phone.
` },
  { id: "pk-free-014", setting: "community medicine", role: "lady health visitor", text: `
Polio campaign reflection. I was on the team visiting houses in ⟦LOCATION|Mohalla Qasimabad behind the Jamia Masjid in Bannu⟧ when ⟦NAME|Gul Bano⟧ refused drops for her twins again. She said her husband, ⟦NAME|Sher Khan⟧, would be angry. She gave us his number ⟦PHONE|0345-9182736⟧ to call.

We called. He agreed after the local imam spoke to him.

I am reflecting on how trust travels through people, not posters. The WHO Global Polio Eradication Initiative says the same. Our district supervisor, Dr Hina, asked me to write this down for the next training.
` },
  { id: "pk-comment-015", setting: "community medicine", role: "public health registrar", text: `
Thank you for this — the role of religious leaders in vaccine acceptance is well documented but reading it from the doorstep is very different. I'd add: record the refusal reasons every time. They are data. Our team found 60% of refusals in one union council were about one rumour.
` },
  { id: "pk-what-016", setting: "emergency department", role: "emergency medicine resident", text: `
WHAT: A young man was brought to ⟦FACILITY_ROOM|Resus Bay 2 of the Emergency at Lady Reading Hospital, Peshawar⟧ after a road traffic accident. His brother gave his CNIC, ⟦ID|17301-6628143-5⟧, for the medico-legal report, and told us his name was ⟦NAME|Zubair Afridi⟧. Tension pneumothorax; I needled him, then a chest tube.

SO WHAT: The medico-legal certificate (MLC) process requires identifiers, but the MLC register is lying open at the police desk.

NOW WHAT: I have asked the MLO, Dr Saad, if the register can be kept inside the office. I also need to practise finger thoracostomy — ATLS 10th edition recommends the 4th/5th intercostal space mid-axillary line.
` },
  { id: "pk-free-017", setting: "nursing education", role: "nursing faculty", text: `
Reflection from a nursing lecturer.

My BSN students went to the medical ward of a public hospital in Rawalpindi for the first time. One student came back shaken: she'd seen a patient in his seventies tied to the bed with a bedsheet because he was confused and pulling out his cannula.

We discussed restraint, delirium, and the lack of sitters. None of us had an easy answer. The PNC curriculum mentions patient dignity in one line.

Next semester, I'm going to build a session on delirium prevention with non-pharmacological measures, using the NICE CG103 and HELP programme materials. Ms Fauzia, our clinical instructor, will co-teach.
` },
  { id: "pk-gibbs-018", setting: "obstetrics", role: "midwife", text: `
## Description
Home delivery call in ⟦LOCATION|Basti Malik Wala, Tehsil Shujabad⟧. ⟦NAME|Nasreen⟧ had been in labour for 20 hours. The baby was delivered with my help; Apgar 6 then 9. Nasreen had a PPH and I gave misoprostol 600 mcg orally as trained.

## Feelings
Scared, alone, far from any hospital.

## Evaluation
Misoprostol worked; the bleeding settled. We arranged transport to the THQ hospital anyway.

## Analysis
The WHO 2012 PPH guidance supports misoprostol where oxytocin isn't available. Our community midwives need more supplies.

## Action plan
Request an emergency kit restock from our DHO. Share this case at the monthly CMW meeting.
` },
  { id: "pk-free-019", setting: "ward round", role: "house officer", text: `
Short reflection. On today's round, Dr Sohail (our SR) was presenting a man with tuberculous meningitis — GCS 13/15, CSF protein 2.4 g/L, glucose low, lymphocytic. He's on RHZE plus dexamethasone.

I was asked about the staging (British MRC grading) and remembered it. First time I've answered a question right on a round in two months. It's a small thing but I'm writing it down because most of my reflections are about getting things wrong.

Plan: read the WHO consolidated TB guidelines (2022), module 4.
` },
  { id: "pk-what-020", setting: "telemedicine", role: "medical officer", text: `
What? I do evening shifts on a telemedicine platform. A patient sent me a WhatsApp voice note and then a follow-up from ⟦EMAIL|rukhsana.begum1978@hotmail.com⟧ with her lab reports, including her full name ⟦NAME|Rukhsana Begum⟧ and her CNIC ⟦ID|42101-3345987-4⟧ printed by the lab on every page.

So what? I now have patient data on my personal phone and personal email. The platform has a secure upload, but patients don't use it.

Now what? I've asked the platform's medical lead, Dr Mehwish, to add a "please upload here" auto-reply. I'm deleting messages after transcribing into the EMR.
` },
  { id: "pk-free-021", setting: "physiotherapy", role: "physiotherapist", text: `
Physio reflection from a stroke rehab unit in Karachi.

A retired engineer in his sixties with right hemiplegia and aphasia. His wife attends every session and we've trained her in passive range of movement and positioning. Modified Rankin Scale 4 at admission, 3 now.

I'm reflecting on family-delivered rehab. Most of our patients will not get outpatient physio after discharge; families are the therapy. The AVERT trial (2015) made me cautious about very early high-intensity mobilisation, but I'm convinced about early training of carers.

Next: a short Urdu video for families, with Dr Zainab from the neurology team.
` },
  { id: "pk-comment-022", setting: "physiotherapy", role: "physiotherapy student", text: `
The Urdu video idea is brilliant. On my clinical rotation in Faisalabad the families want to help but they don't know what is safe. Can you share it with our university when it's ready? I'm sure our teachers would use it in the community physiotherapy module.
` },
  { id: "pk-gibbs-023", setting: "medication error", role: "staff nurse", text: `
## Description
On ⟦DATE|14th January 2024⟧ I gave potassium chloride undiluted by IV push to ⟦NAME|Mrs Perveen Akhtar⟧, ⟦FACILITY_ROOM|Female Medical Ward 2, Bed 11, Services Hospital⟧. It was 10 mmol. She complained of burning; I stopped. Her ECG was normal and K+ next morning 4.1.

## Feelings
Horrified. KCl is the classic high-alert drug.

## Evaluation
The ampoules were stored next to the saline flushes in the same drawer.

## Analysis
ISMP and WHO both recommend removing concentrated KCl from ward stock.

## Action plan
Our head nurse, Ms Shaheen, has moved concentrated KCl to the pharmacy. I'm sharing this at our nursing meeting.
` },
  { id: "pk-free-024", setting: "GP placement", role: "medical student", text: `
Rural health centre rotation near Sargodha. Saw 60 patients in the OPD today with Dr Kamran. Common things: scabies, anaemia (Hb 7–9 in most women), hypertension, and a lot of "weakness".

A woman in her forties with "weakness" had a Hb of 6.2 and koilonychia. Iron deficiency, probably menorrhagia plus diet. Ferrous sulphate 200 mg TDS and a referral to gynae.

I'm reflecting on how little time we have — 2 minutes per patient. What can really be done in 2 minutes? Dr Kamran says: one question well asked. I'm going to practise choosing that one question.
` },
];
