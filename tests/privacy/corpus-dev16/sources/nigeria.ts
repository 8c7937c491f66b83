import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "emergency department",
    role: "house officer",
    text: `
I want to reflect on a hypertensive emergency I managed during my medicine posting, and on the "deposit before treatment" problem.

⟦NAME|Mama Chioma⟧ (everyone on the ward called her that; her full name is ⟦NAME|Mrs Chioma Okonkwo-Bello⟧) came into the Emergency at ⟦FACILITY_ROOM|Lagos University Teaching Hospital⟧ with a severe headache, blurred vision and a BP of 230/130. Her son brought her from ⟦ADDRESS|14 Adeniyi Jones Avenue, Ikeja⟧ in a Danfo because the ambulance did not pick up. Fundoscopy showed papilloedema. Creatinine 3.1 mg/dL.

My senior, Dr. Adebayo, started IV labetalol and we aimed to reduce the mean arterial pressure by no more than 25% in the first hour, as taught. She stabilised.

But for the first 50 minutes we were waiting for a deposit for the labetalol, because the pharmacy would not release it. The son was calling relatives on ⟦PHONE|0803 555 0147⟧ to raise money. Her NIN, ⟦ID|48213956702⟧, was needed for the NHIA enrolment that she had never completed.

Reflection:
- Our emergency drug box should have a small stock for exactly this, to be paid later. The 2019 Lagos State Emergency Medical Services law says no one should be denied emergency care for lack of payment.
- I felt helpless. I should have escalated to the consultant on call earlier.
- Health insurance coverage in Nigeria is still under 10%. Every shift I see what that means.

She was discharged after nine days on three antihypertensives and a renal follow-up.
`,
  },
  {
    id: "ng-what-002",
    setting: "labour ward",
    role: "midwife",
    text: `
**What?** A primary postpartum haemorrhage after a prolonged second stage, at night, in our general hospital in Abuja. The woman was a para 5, which is a risk factor. Estimated blood loss was 1.5 litres by the time the doctor arrived.

I had given oxytocin 10 IU IM as active management of the third stage. The uterus was atonic. I started bimanual compression, a second oxytocin infusion, misoprostol 800 mcg sublingually, and inserted a urinary catheter. The doctor, Dr. Ifeoma, inserted a condom catheter balloon tamponade, which is cheap and which I had only seen on a YouTube video from a training course.

**So what?** The balloon stopped the bleeding within 15 minutes. I was impressed. Her Hb went from 11 to 6.8 g/dL and she needed two units of blood. Our blood bank had only one unit of O positive; the second came from a family donor.

The WHO 2012 PPH recommendations and the newer E-MOTIVE bundle (2023) both say early detection is the most important step. We weighed nothing. We estimated. We were late by my own standards.

**Now what?**
- Use a calibrated drape for every vaginal delivery.
- Teach the E-MOTIVE bundle to our junior midwives.
- Advocate for a walking blood donor register in our community.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "general surgery",
    role: "surgical resident",
    text: `
**Description.** A 14-year-old boy, ⟦NAME|Emem Udoh⟧, was brought in on ⟦DATE|Christmas Eve⟧ from ⟦LOCATION|Ikot Obio Nko⟧, a village about three hours away, with two weeks of fever and one day of severe abdominal pain. The abdomen was rigid. His father said they had treated "malaria and typhoid" with drugs from a patent medicine store for ten days. We diagnosed typhoid ileal perforation and took him to theatre.

**Feelings.** I was angry at the delay and sad about the boy. Then I was frightened when we opened him: two perforations, faecal peritonitis.

**Evaluation.** We did a segmental resection and primary anastomosis. He went to the ward on ceftriaxone and metronidazole. On day 6 he developed a surgical site infection and later an enterocutaneous fistula.

**Analysis.** Typhoid perforation mortality in West Africa is still high, with SSI rates above 50%. Delay, malnutrition and the number of perforations all worsen outcome. The patent medicine store problem is a public health problem, not a surgical one.

**Conclusion.** We did the operation well. The real failure happened weeks before we saw him.

**Action plan.** I want to join our department's community outreach on typhoid vaccine (the TCV programme), and to read the 2019 GlobalSurg paper on SSI in low-income countries. My consultant, Prof. Etim, agreed to supervise me for an audit of our typhoid perforation cases.
`,
  },
  {
    id: "ng-free-004",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
A reflection on fake drugs, from behind my pharmacy counter in Abuja.

Last month a man came in with a pack of artemether-lumefantrine that he bought from a roadside seller for his wife. He asked me to check it because the tablets "looked different". I used the NAFDAC Mobile Authentication Service: you scratch the panel, text the code, and get a reply. The reply said the code was not recognised.

The pack was fake. We estimate that a significant share of antimalarials in West Africa may be substandard or falsified; the WHO 2017 report put the figure for low- and middle-income countries around one in ten medicines.

What I did:
- Replaced the pack with a genuine one at cost.
- Reported to NAFDAC through the online form.
- Spent ten minutes explaining to the husband why "cheaper" is not always cheaper.

What I learned:
1. Most of my customers have never heard of the scratch code.
2. Fake drugs are not only a regulatory problem; they make resistance worse, because sub-therapeutic doses select resistant parasites.
3. Pharmacists are the last line of defence, but only if customers come to us.

I am putting a poster on the scratch code at my counter in Hausa, Igbo, Yoruba and Pidgin. My former lecturer, Pharm. Grace Olatunji, is helping me prepare a short talk for the local PSN branch meeting.
`,
  },
  {
    id: "ng-comment-005",
    setting: "labour ward",
    role: "senior midwife",
    text: `
This is a very honest reflection, and the balloon tamponade story is a good lesson for others. One thing: you do not need to feel late. The estimation problem is a system problem in our unit. Let's take the calibrated drape proposal to the Head of Nursing together next week. Well done.
`,
  },
  {
    id: "ng-free-006",
    setting: "prehospital",
    role: "paramedic",
    text: `
Reflection for my LASAMBUS in-service training on a road traffic collision at Ojuelegba.

An okada rider was hit by a commercial bus at about 7 pm. By the time we arrived, the crowd had already moved him to the roadside. He was conscious, with an open fracture of the left tibia and a large scalp laceration. The bus, ⟦OTHER|LSR 482 XY⟧, was still there, and the crowd was angry with its driver.

The patient told me his name was ⟦NAME|Kazeem⟧ but everyone at the junction calls him "⟦NAME|Captain⟧", and he is ⟦OTHER|the okada man who has parked under the Ojuelegba bridge for twenty years⟧. He wanted us to call his wife, but his phone was broken.

What I did: scene safety first (police were there), then a primary survey, haemorrhage control with a pressure dressing, splinting, and analgesia with IM tramadol. We moved him to the ambulance quickly because of the crowd.

What I learned:
- In Lagos traffic, scene safety includes the crowd. We need a plan for angry crowds, not just for traffic.
- People move patients before we arrive. Always ask how they were moved and assume a spine injury until cleared.
- Open fractures need antibiotics early. We do not carry them. I want to raise this.

My supervisor, Mr. Olawale, told me I did well to keep the crowd calm by speaking Yoruba and by giving two young men a job holding the drip bag.
`,
  },
  {
    id: "ng-what-007",
    setting: "radiography",
    role: "radiographer",
    text: `
**What?** A request for a chest X-ray for ⟦NAME|Alhaji Musa Danjuma⟧, ⟦AGE|92⟧, who was admitted to the male medical ward, ⟦FACILITY_ROOM|ABUTH Zaria⟧ with suspected pneumonia. He could not stand for a PA view and could not sit upright without support. The nurse told me he was a retired headmaster and spoke no English.

I took an AP supine film, which was poor: rotated, and the heart looked large. The doctors asked whether it was cardiomegaly or just the AP view.

**So what?** AP films magnify the heart. Rotation makes the mediastinum look wide. In very elderly patients, we often accept poor images because positioning is hard. But a poor image can lead to a wrong diagnosis. Here it nearly led to furosemide being started for heart failure.

My supervisor, Mr. Ibrahim Yusuf, showed me how to use foam wedges and to get his grandson to help keep him still. The repeat film showed a right lower lobe consolidation and a normal heart size.

**Now what?**
- Learn and use positioning aids for frail patients.
- Always state the projection and any rotation on the request form, so the doctors know how to read the heart size.
- Ask relatives to help, in their own language. His grandson translated my instructions into Hausa better than I could.
`,
  },
  {
    id: "ng-free-008",
    setting: "dentistry",
    role: "dental house officer",
    text: `
I spent two weeks on a noma outreach in Sokoto State with a charity team, and I want to write down what I learned before it fades.

Noma (cancrum oris) is a gangrenous disease of the face, mostly in malnourished children under six. It starts as a gum ulcer (acute necrotising gingivitis) and can destroy the cheek, lip and jaw within days. The WHO added it to the list of neglected tropical diseases in December 2023. Many dental students in Nigeria never see it.

What I saw:
- Early cases with gum ulceration and bad breath, which respond well to amoxicillin, metronidazole, chlorhexidine mouthwash and nutritional support. This is the stage where we can prevent disfigurement.
- Late survivors with severe facial defects, waiting for reconstructive surgery by a visiting team.
- Families who had hidden their children for years because of stigma.

What I learned:
1. Oral examination should be part of every malnutrition screening. Community health workers can do it with a torch.
2. Early noma is a dental emergency that we can treat with cheap drugs.
3. My role as a dentist is not only in the clinic.

My supervisor, Dr. Aminu Bello, and the nurse coordinator, Hajiya Fatima, taught me more about communicating with mothers in two weeks than I learned in five years. I want to do my final-year project on noma awareness among primary health care workers.
`,
  },
  {
    id: "ng-free-009",
    setting: "intensive care",
    role: "ICU registrar",
    text: `
This is about an email, not a ventilator.

⟦NAME|Mr Tunde Adesanya⟧ was in ⟦FACILITY_ROOM|bed 4 of the ICU at UCH Ibadan⟧ after a cardiac arrest following a severe asthma attack. His daughter lives in Houston and could not travel. She wrote to our unit's general email and then to me directly, from ⟦EMAIL|folake.adesanya.md@outlook.com⟧, because she is a doctor too and wanted the blood gas values.

I replied with a summary: pH 7.18, PaCO2 78 mmHg, on pressure control ventilation with a long expiratory time and ketamine infusion. I did not ask the consultant first. I did not check that I was writing to the right person. I just wanted to help a colleague.

My consultant, Dr. Ogunleye, was kind but clear: we share information with the next of kin, by phone, after confirming identity, and we do not send clinical details by email from personal accounts. The Nigeria Data Protection Act 2023 now applies to us too.

What I learned:
- Professional courtesy with a doctor-relative must not bypass consent or process.
- Email is not a secure clinical channel for us.
- A clear daily phone update reduces the pressure to send information by other means.

He was extubated on day 6. His daughter sent a thank-you message to the unit, through the right channel this time.
`,
  },
  {
    id: "ng-free-010",
    setting: "theatres",
    role: "perioperative nurse",
    text: `
## Learning-needs log, perioperative nursing, first quarter

| Need | Why | Plan | By when |
|---|---|---|---|
| Diathermy safety | Saw a small burn under a poorly placed return pad in a 70-year-old | Read the AfPP guidance; ask Mr. Eze (biomedical engineer) for a demonstration | End of month |
| Malignant hyperthermia | We have never drilled it; dantrolene is kept in the main pharmacy, not in theatre | Propose an MH box to the theatre committee | Next meeting |
| Counts and WHO checklist | Two near misses with needle counts | Lead the sign-out for one month and audit | Quarter end |
| Paediatric airway | I panic with small children | Attend the Paediatric Life Support course in Enugu | When funded |

Reflection: writing a table makes me honest. Last quarter I wrote "improve knowledge" three times and achieved nothing. This time each row has a person, a document or a date attached.

My matron, Mrs. Nwachukwu, says I should add "rest" to the table. She may be right. I did six night shifts in a row in February because two colleagues travelled to the UK. Burnout in Nigerian theatres is not discussed enough, and the "japa" wave makes it worse for those of us who stay.
`,
  },
];
