import type { SourceItem } from "../types.ts";

export const KE: SourceItem[] = [
  { id: "ke-gibbs-001", setting: "emergency department", role: "medical intern", text: `
## Description
Casualty at ⟦FACILITY_ROOM|Kenyatta National Hospital⟧, night shift. A man with a head injury from a boda boda accident. GCS 9, unequal pupils. His friend wrote down his phone number, ⟦PHONE|0712 555 014⟧, and said his name was ⟦NAME|Otieno⟧.

## Feelings
Worried. The CT scanner was down.

## Evaluation
We transferred him to another facility for CT. He had an acute subdural and went to theatre.

## Analysis
Boda boda injuries are a huge burden in Kenya. Helmet use is low.

## Action plan
Check scanner status at the start of each shift and have the referral plan ready. Discuss the transfer protocol with Dr Kamau.
` },
  { id: "ke-free-002", setting: "obstetrics", role: "clinical officer", text: `
Clinical officer in a sub-county hospital in western Kenya. We had three postpartum haemorrhages this week. The NASG (non-pneumatic anti-shock garment) saved one woman who needed transfer to the county referral hospital — 2 hours on a bad road.

Oxytocin was stored in the fridge but the fridge had no power for two days. We used misoprostol and heat-stable carbetocin.

The Kenya national guidelines for obstetric care say oxytocin must be kept cold. The reality is the power goes off. Dr Wanjiru, our medical superintendent, has ordered a solar fridge.
` },
  { id: "ke-what-003", setting: "HIV clinic", role: "nurse", text: `
What? At our comprehensive care centre, ⟦NAME|Grace Achieng⟧ came for her ART refill with her 8-year-old. Her CCC number ⟦ID|13939-24517⟧ was called out loudly by a volunteer in the waiting area along with her full name.

So what? She looked mortified. Her child doesn't know her status.

Now what? We agreed at our team meeting to call patients by number only, quietly, and to train the volunteers. The Kenya HIV prevention and treatment guidelines (2022) emphasise confidentiality. Our in-charge, Nurse Wambui, is writing a standard procedure.
` },
  { id: "ke-free-004", setting: "paediatrics", role: "paediatric registrar", text: `
Paediatric ward, Kisumu. Malaria season. We admitted 14 children with severe malaria this week. IV artesunate 2.4 mg/kg (3 mg/kg for children under 20 kg), blood transfusions for Hb below 5 g/dL.

One child had cerebral malaria with a Blantyre coma score of 1. She survived with no obvious deficit. I watched her walk out with her mother and felt joy.

Reflection: we rarely celebrate the good outcomes. I'm going to start a "good news" board in the doctors' room. Dr Odhiambo likes the idea.
` },
  { id: "ke-gibbs-005", setting: "palliative care", role: "palliative care nurse", text: `
## Description
Home visit to ⟦NAME|Mzee Kiprotich⟧ in ⟦LOCATION|Kapsabet, near the Chepterit tea factory⟧. He is ⟦AGE|aged 90⟧ with prostate cancer and bone metastases. His son ⟦NAME|Daniel Kiprotich⟧ is his main carer and called us on ⟦PHONE|+254 722 555 087⟧.

## Feelings
Honoured to be welcomed into their home.

## Evaluation
Oral morphine 10 mg 4-hourly and dexamethasone controlled his pain well.

## Analysis
Kenya's morphine access has improved (KEHPCA's work) but rural supply is patchy.

## Action plan
Train the son in giving morphine; leave a written schedule in Kiswahili.
` },
  { id: "ke-free-006", setting: "surgery", role: "surgical resident", text: `
MMed surgery, University of Nairobi. Reflection on burns.

We have a young woman on our burns unit with 40% TBSA burns from a kerosene stove explosion. Parkland formula: 4 mL × 60 kg × 40% = 9,600 mL in 24 hours, half in the first 8 hours.

She's been with us for five weeks. Skin grafting is slow because theatre time is limited.

Reflection: I've realised that burns care is mostly nursing. The nurses on our unit, led by Sister Njeri, are the ones keeping her alive. I want to learn wound care from them, not just from textbooks.
` },
  { id: "ke-comment-007", setting: "surgery", role: "burns nurse", text: `
Thank you daktari for noticing the nurses. Burns dressings are hard work and patients remember who was gentle. Come to the dressing clinic on Tuesday mornings and we will teach you properly, including how to manage pain before every dressing.
` },
  { id: "ke-what-008", setting: "community medicine", role: "community health volunteer", text: `
What happened: I am a community health promoter in a village near Kakamega. I visited ⟦NAME|Mama Akinyi⟧, ⟦OTHER|the only woman who sells fish at the Shinyalu market on Fridays⟧, because she had a cough for two months.

So what: I referred her for a TB test. GeneXpert positive. Her family was afraid of stigma.

Now what: I counselled the family and did contact tracing. All contacts screened. The Ministry of Health's TB guidelines say every contact must be screened. Our CHA, Mr Wekesa, helped me with the forms.
` },
  { id: "ke-free-009", setting: "OSCE", role: "medical student", text: `
MBChB OSCE at Moi University. Stations: cardiovascular exam, breaking bad news, neonatal resuscitation on a manikin, and a malaria smear.

Neonatal resuscitation: I did the Helping Babies Breathe steps (dry, stimulate, ventilate within the Golden Minute). The examiner, Dr Chebet, said I was good but too slow on the bag-mask.

Breaking bad news station: the actor was playing a mother whose child had died. I cried a little. The examiner said that was okay.

Reflection: I need to practice. I also need to accept that emotions are part of the work.
` },
  { id: "ke-gibbs-010", setting: "ICU", role: "ICU nurse", text: `
## Description
⟦NAME|Mr John Mwangi⟧, ⟦FACILITY_ROOM|ICU bed 3 at Aga Khan University Hospital, Nairobi⟧, was ventilated for severe COVID-19 pneumonia. NHIF number ⟦ID|4419283⟧. Admitted ⟦DATE|12th March 2024⟧.

## Feelings
Tired; COVID still scares me.

## Evaluation
Prone positioning, dexamethasone, tocilizumab. He was extubated on day 14.

## Analysis
Our team was much better at proning than in 2020 — practice made us efficient.

## Action plan
Keep the proning drills. Teach new staff the proning checklist every month. Our nurse manager, Ms Akoth, will arrange sessions.
` },
  { id: "ke-free-011", setting: "psychiatry", role: "psychiatry resident", text: `
Mathari hospital, psychiatry rotation. A young man with a first episode of mania after khat use and sleep deprivation. YMRS 32. We started olanzapine 10 mg nocte and he slept for 14 hours.

His family wanted to take him to a traditional healer. We talked about working together: medicine for the mind, prayer for the spirit.

Reflection: the WHO mhGAP intervention guide (2016) is very practical. I want to understand more about local explanatory models. My supervisor, Dr Ndetei, suggested some readings.
` },
  { id: "ke-what-012", setting: "medication error", role: "pharmaceutical technologist", text: `
What? I dispensed amoxicillin 250 mg/5 mL suspension instead of 125 mg/5 mL for a child. The mother, ⟦NAME|Mrs Wanjiku Kamau⟧, called us on ⟦PHONE|0733 555 092⟧ when she noticed the bottle was different from last time.

So what? The dose was double. The child was fine (amoxicillin is forgiving), but it could have been another drug.

Now what? We separated the two strengths and added shelf labels. Our pharmacist, Dr Maina, reviewed our dispensing checklist. The PPB guidelines on good dispensing practice (2020) are on our noticeboard now.
` },
  { id: "ke-free-013", setting: "GP placement", role: "medical officer", text: `
Rural health centre, Turkana. A child with a fever and cough, breathing fast: 56 breaths per minute. IMCI classification: pneumonia. Amoxicillin dispersible tablets, 2 times a day for 5 days.

The mother walked 15 km to bring him. I'm reflecting on the IMCI guidelines — they're designed for exactly this setting, and they work.

Dr Lokwang, my supervisor, told me the hardest thing is follow-up: the mother won't be able to come back in 2 days. We gave her clear danger signs to watch for.
` },
  { id: "ke-comment-014", setting: "GP placement", role: "nursing officer", text: `
IMCI is amazing in the right hands. One more thing for follow-up: link with the community health promoter in the mother's village if you can. They can do the day 2 check at home and send a message back to the facility. It has worked well for us in Marsabit.
` },
];
