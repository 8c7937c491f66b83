import type { SourceItem } from "../types.ts";

export const NG: SourceItem[] = [
  { id: "ng-gibbs-001", setting: "obstetrics", role: "house officer", text: `
## Description
Call night in the labour ward. ⟦NAME|Mrs Ngozi Eze⟧, hospital number ⟦ID|UNTH/OBS/2024/0318⟧, came in with an antepartum haemorrhage at 34 weeks. Placenta praevia major on scan. Hb 7.4 g/dL. We needed 3 units of blood and the blood bank had one.

## Feelings
Helpless at first. Then busy.

## Evaluation
Her husband ⟦NAME|Chinedu⟧ and two of his brothers donated. She had a caesarean section at 02:00. Baby went to SCBU, Apgar 7 and 9.

## Analysis
Family replacement donation keeps our hospitals running, but it's slow and it costs families.

## Action plan
Talk to my consultant, Dr Okonkwo, about a pre-delivery donor list for all known praevias at ANC.
` },
  { id: "ng-free-002", setting: "ward round", role: "medical student", text: `
500 level, medicine posting at a teaching hospital in Ibadan. Today's ward round with Prof. Adeyemi was long — 4 hours — but one patient I will remember.

A young man with sickle cell anaemia (HbSS) in vaso-occlusive crisis, Hb 6.8, on IV fluids, morphine and folic acid. Prof asked me to examine for hepatosplenomegaly and I found a 4 cm liver. He then asked the whole team about hydroxyurea and why so few of our patients are on it. Cost, awareness, monitoring.

I'm reflecting on how much sickle cell disease shapes lives in Nigeria. The 2014 NHLBI guidelines are American. We need more of our own evidence. Maybe that's my future research.
` },
  { id: "ng-what-003", setting: "paediatrics", role: "paediatric resident", text: `
**What?** ⟦NAME|Baby Oluwaseun⟧ was brought to the children's emergency with severe malaria: Hb 4.1 g/dL, prostration, unable to feed. We transfused and started IV artesunate 3 mg/kg. Her mother ⟦NAME|Mrs Funmilayo Adebisi⟧ gave her phone number ⟦PHONE|0803 412 7765⟧ and said to call her husband before any "big decision".

**So what?** The transfusion consent took 45 minutes because the father was in Lagos and the mother wouldn't decide alone.

**Now what?** I've discussed with Dr Bello about a consent approach that respects family decision-making but doesn't delay emergency care. WHO guidance on severe malaria (2023) is clear that transfusion at Hb under 5 g/dL is urgent.
` },
  { id: "ng-free-004", setting: "surgery", role: "surgical resident", text: `
Reflection on typhoid perforations.

We did three laparotomies this week for typhoid ileal perforation, all young people. One had been treated with "ampiclox" from a patent medicine store for a week first.

Our consultant, Dr Nwachukwu, does a segmental resection if there are multiple perforations. Mortality in our series is still around 15%. The WHO position paper on typhoid vaccines (2018) recommends TCV in endemic areas; Nigeria introduced it into routine immunisation only recently.

I'm reflecting on how the surgery is the end of a long chain of missed chances: water, sanitation, vaccination, correct antibiotics. I want to do my dissertation on prevention, not surgery.
` },
  { id: "ng-gibbs-005", setting: "emergency department", role: "emergency physician", text: `
## Description
A road traffic accident on the Lagos–Ibadan expressway brought six casualties in one hour. One of them, ⟦NAME|Mr Tunde Bakare⟧, had an open femur fracture. His phone kept ringing and a relative told me "that's his wife, ⟦NAME|Bisi⟧". His driver's licence number, ⟦ID|LAG84512AA17⟧, was needed for the police report.

## Feelings
Overloaded. One doctor, two nurses, six patients.

## Evaluation
We did a rough triage (SALT). The open fracture got IV ceftriaxone and a splint.

## Analysis
Mass casualty planning exists on paper only.

## Action plan
I'll propose a simple mass-casualty drill to the head of department, Dr Ajayi.
` },
  { id: "ng-free-006", setting: "community medicine", role: "community health officer", text: `
Community health outreach in a riverine community in Bayelsa. We went by boat. We vaccinated 48 children and screened adults for hypertension. BP 180/110 in a fisherman in his fifties who had never been to a hospital.

I'm reflecting on access. The primary health centre is 3 hours away by boat and the boat costs more than a week's earnings.

The NPHCDA's "Reaching Every Ward" strategy talks about this. Our team leader, Dr Ebi, says the boat is the most important piece of medical equipment we have.
` },
  { id: "ng-what-007", setting: "medication error", role: "pharmacist", text: `
What happened: In the outpatient pharmacy, I dispensed chlorpropamide instead of chlorpromazine to ⟦NAME|Mr Emeka Obi⟧. He came back a week later with hypoglycaemia (glucose 2.1 mmol/L) to the ⟦FACILITY_ROOM|Medical Emergency Room, bed 3, LUTH⟧.

So what: Look-alike, sound-alike drugs on adjacent shelves. I was dispensing 200 prescriptions in a shift.

Now what: We separated the two drugs and added tall-man lettering to the labels. The ISMP LASA list is now on our wall. I've apologised to Mr Obi and his son ⟦NAME|Kelechi⟧ personally. Our chief pharmacist, Pharm. Adaeze, supported me through the incident review.
` },
  { id: "ng-free-008", setting: "psychiatry", role: "psychiatry resident", text: `
Psychiatry posting at a neuropsychiatric hospital in Abeokuta. A young woman was brought in chains from a prayer camp where she had been for eight months. Diagnosis: schizophrenia. Scars on her wrists from the chains.

We started haloperidol 5 mg BD and she improved over two weeks. Her mother cried and said she thought it was a spiritual attack.

I'm not writing this to judge the prayer camp. I'm writing it because Nigeria has fewer than 300 psychiatrists for 200 million people, and the prayer camps are filling a gap. Dr Gureje's work on task-sharing (2015) is where I'm starting my reading.
` },
  { id: "ng-gibbs-009", setting: "palliative care", role: "palliative care nurse", text: `
## Description
Home visit to ⟦NAME|Mama Ijeoma⟧, ⟦AGE|aged 98⟧, at ⟦ADDRESS|No. 12 Okigwe Road, Owerri, Imo State⟧. Advanced cervical cancer. Her granddaughter ⟦NAME|Chiamaka⟧ was caring for her and sent us updates from ⟦EMAIL|chiamaka.nwosu.cares@gmail.com⟧.

## Feelings
Grateful to be invited into their home.

## Evaluation
Oral morphine 5 mg 4-hourly controlled her pain. Odour from fungating tumour controlled with metronidazole gel.

## Analysis
Access to oral morphine in Nigeria is still very limited.

## Action plan
Advocate with the hospital pharmacy for morphine stock. Dr Soyannwo's hospice training is next month.
` },
  { id: "ng-comment-010", setting: "palliative care", role: "medical officer", text: `
This is beautiful and sad. Thank you for sharing. Metronidazole gel for fungating wounds is something most of us never learned in school. I'm at a general hospital in Kano and our pharmacy has never stocked oral morphine. How did you get yours approved?
` },
  { id: "ng-free-011", setting: "OSCE", role: "medical student", text: `
Part 2 MBBS OSCE reflection. Stations: respiratory exam (bronchial breathing — the patient had lobar pneumonia), abdominal exam (massive splenomegaly, probably hyperreactive malarial splenomegaly), history taking (fever and jaundice), and a communication station about HIV testing.

I was so nervous in the communication station. I said "positive" before I'd even introduced myself properly. The examiner, Dr Amadi, reminded me that pre-test counselling is part of the test.

Lesson: slow down in communication stations, and introduce myself properly every time. Read the NACA HIV testing guidelines again.
` },
  { id: "ng-what-012", setting: "obstetrics", role: "midwife", text: `
What? ⟦NAME|Aisha Musa⟧, 16, came to the primary health centre in ⟦LOCATION|Unguwar Rimi ward of Kaduna⟧ in obstructed labour, three days after it started at home. Stillbirth. She developed a vesicovaginal fistula.

So what? This was my first VVF. I cried in the toilet afterwards.

Now what? I referred her to the National Obstetric Fistula Centre in Ningi. I'm writing this so I remember why I do community midwifery. UNFPA's Campaign to End Fistula says most fistulas are preventable with timely care. I want to work on birth preparedness counselling in our catchment area with my supervisor, Hajiya Zainab.
` },
  { id: "ng-free-013", setting: "ICU", role: "anaesthesia resident", text: `
ICU rotation. We have 6 beds and 2 working ventilators. This week I had to be part of a conversation about who gets a ventilator.

A man in his thirties with tetanus needing ventilation vs a woman in her sixties after a cardiac arrest with a GCS of 5. We chose the young man. The consultant, Dr Ogundipe, made the decision with us and explained the reasoning to both families.

I'm reflecting on moral distress. Our hospital doesn't have a triage policy. The 2020 SCCM guidance on resource allocation was written in a different world but the ethical principles are the same.
` },
  { id: "ng-gibbs-014", setting: "GP placement", role: "family medicine resident", text: `
## Description
A patient at our general outpatient clinic asked me to write a letter for his employer. ⟦NAME|Mr Abdullahi Garba⟧ (hospital number ⟦ID|ABUTH/GOP/78821⟧) has HIV and is on TLD. He wanted his diagnosis left out.

## Feelings
Protective.

## Evaluation
I wrote "under follow-up for a chronic medical condition". He was very grateful.

## Analysis
Stigma is still a major barrier to ART adherence. The HIV/AIDS Anti-Discrimination Act (2014) protects him in law, but not always in practice.

## Action plan
Write generic employer letters by default. Dr Ibrahim, my trainer, wants all residents to do this.
` },
  { id: "ng-free-015", setting: "nursing education", role: "nurse educator", text: `
Reflection as a nurse tutor at a school of nursing in Enugu.

My students struggle with drug calculations. In today's test, half of the class got the paediatric paracetamol dose wrong (15 mg/kg for a 12 kg child = 180 mg). Several wrote 1,800 mg.

I'm reflecting on my teaching. I've been teaching formulas; maybe I should teach estimation first — "does this make sense?". The NMCN curriculum emphasises competence, and calculation errors kill.

Next week: a calculation "sense check" game, and a pairing system so strong students mentor others.
` },
  { id: "ng-what-016", setting: "surgery", role: "house officer", text: `
WHAT: During my surgery posting, a patient's relatives posted on Facebook asking for money for his surgery. The post said "please help our brother ⟦NAME|Ikechukwu Nnaji⟧ at ⟦FACILITY_ROOM|Male Surgical Ward, Bed 19, UNTH Ituku-Ozalla⟧" and gave the account details and phone ⟦PHONE|0706 331 8842⟧. The link was ⟦URL|https://web.facebook.com/ike.nnaji.5829⟧.

SO WHAT: It raised enough for his colostomy reversal. But it also exposed his diagnosis to hundreds of strangers.

NOW WHAT: I don't think it's my place to stop families fundraising. But I won't share or comment on such posts from my account. I've read the MDCN code of conduct section on social media.
` },
  { id: "ng-free-017", setting: "night shift", role: "house officer", text: `
A long night in the medical emergency. Eleven admissions. Two hypertensive emergencies (BP 220/130), a DKA, two strokes, a severe pneumonia with sats of 82% on room air — and we had one oxygen cylinder that ran out at 4am.

We moved the patient next to the concentrator, and the porter went for another cylinder. Sats got back to 94%.

I'm tired of writing reflections that end with "we didn't have the equipment". But that's the reality. Lancet Global Health oxygen commission (2022) is worth reading for anyone who thinks oxygen is simple.
` },
  { id: "ng-comment-018", setting: "night shift", role: "senior registrar", text: `
I feel this. Please keep writing them anyway — these reflections are evidence. When we made the case for a hospital oxygen plant at our centre, the house officers' incident logs were what convinced management. Document the times the cylinder ran out.
` },
  { id: "ng-gibbs-019", setting: "physiotherapy", role: "physiotherapist", text: `
## Description
Stroke rehab for ⟦NAME|Alhaji Musa Danladi⟧. He is ⟦OTHER|the former district head of Dutsin-Ma who still rides his horse to the Friday prayers⟧, and every visitor on the ward greets him with a bow.

## Feelings
Humbled. He wanted to ride again.

## Evaluation
We set the goal of mounting a horse with assistance. Trunk control exercises, sit-to-stand, and step training.

## Analysis
Meaningful goals drive effort — he did twice the repetitions when we talked about the horse.

## Action plan
Keep using patient-chosen goals. Present at our department CPD with Dr Ayo.
` },
  { id: "ng-free-020", setting: "paediatrics", role: "medical officer", text: `
Neonatal sepsis reflection. We had a week with four neonatal deaths in our SCBU. All were preterm, all had sepsis. Klebsiella, resistant to gentamicin and ampicillin.

We changed the empirical regimen to meropenem after discussion with microbiology. We also found that the sink in the SCBU had no soap for two weeks.

The WHO hand hygiene guidelines (2009) and the 5 moments poster are up on the wall. Posters don't buy soap. Our matron, Mrs Okeke, raised it with the CMD and now there's soap. I'm reflecting on how small things have big effects.
` },
];
