import type { SourceItem } from "../types.ts";
import { saId } from "../gen.ts";

export const ZA: SourceItem[] = [
  { id: "za-gibbs-001", setting: "emergency department", role: "intern", text: `
## Description
Saturday night in a trauma unit in Cape Town. A 22-year-old man with a stab wound to the chest. Beck's triad — hypotension, raised JVP, muffled heart sounds. Cardiac tamponade. The surgical registrar did a thoracotomy in the resus room.

## Feelings
My hands were shaking for an hour afterwards.

## Evaluation
I was slow to get the second line in. The team leader, Dr van der Merwe, was calm.

## Analysis
South African trauma units see more penetrating trauma than most of the world. The ATLS guidelines fit, but volume changes everything.

## Action plan
Practise IO access and large-bore cannulation in the skills lab. Ask to lead the primary survey next shift.
` },
  { id: "za-what-002", setting: "HIV clinic", role: "clinical associate", text: `
**What?** In the ARV clinic, ⟦NAME|Nomvula Dlamini⟧ came for her viral load result. Her file had her SA ID number, ⟦ID|${saId("850312 0874 08")}⟧, and her cell number ⟦PHONE|082 555 0148⟧ written on the cover, and the file was left on the bench in the waiting area.

**So what?** Everyone in that waiting room knows what the ARV clinic is. A file with her name on the cover, in public, is a disclosure.

**Now what?** I told the sister in charge, Sr Mokoena, and we've started keeping files face down in a locked trolley. POPIA (2021) applies to clinic files too. Her viral load was suppressed, by the way — less than 50 copies.
` },
  { id: "za-free-003", setting: "palliative care", role: "family physician", text: `
Rural hospital in the Eastern Cape. A woman in her fifties with advanced cervical cancer, who had travelled three hours by taxi to come to clinic. Pain score 9/10 on paracetamol and tramadol.

We started morphine syrup 5 mg 4-hourly and she cried when the pain eased. She told me she hadn't slept lying down in a month.

The National Policy Framework for Palliative Care (2017) exists; the morphine supply at our clinic doesn't always. Dr Mthembu and I are writing to the district pharmacist. I'm also reflecting on my own discomfort with opioids — I was taught to fear them more than pain.
` },
  { id: "za-gibbs-004", setting: "obstetrics", role: "medical officer", text: `
## Description
⟦NAME|Thandeka⟧ was admitted to ⟦FACILITY_ROOM|Labour Ward bed 6, Chris Hani Baragwanath⟧ on ⟦DATE|17 September 2024⟧ with severe pre-eclampsia at 30 weeks. BP 176/118, protein 3+.

## Feelings
Anxious about the baby.

## Evaluation
Magnesium sulphate, nifedipine, betamethasone. She delivered by caesarean on day 2; baby 1.3 kg, to NICU.

## Analysis
The ESMOE drills made the MgSO4 prep automatic.

## Action plan
Keep doing ESMOE drills every month, including the night staff. Follow up on the baby with the NICU team, Dr Pillay.
` },
  { id: "za-free-005", setting: "TB ward", role: "nursing student", text: `
Second-year nursing student, TB hospital placement near Durban.

A patient with MDR-TB told me he's been in hospital for five months. He's on bedaquiline, linezolid, levofloxacin, clofazimine and cycloserine. He misses his children.

I'm reflecting on isolation. The national TB guidelines are right about infection control, but five months in a ward is a long sentence. Our preceptor, Sister Naidoo, helped me set up a weekly video call with his kids on the ward tablet.

Small things matter a great deal when you are far from home.
` },
  { id: "za-what-006", setting: "psychiatry", role: "psychiatry registrar", text: `
What: A young man was brought in under Section 40 of the Mental Health Care Act by police. He was psychotic after using tik (methamphetamine). The SAPS form had his name, ⟦NAME|Jason Petersen⟧, his address in ⟦ADDRESS|23 Voortrekker Street, Mitchells Plain, 7785⟧, and his mother's number ⟦PHONE|+27 21 555 0193⟧.

So what: Stimulant-induced psychosis is very common in the Cape Flats. His mother had been trying to get him help for two years.

Now what: We admitted him for 72-hour assessment. I want to learn more about the Matrix model for methamphetamine use. Dr Abrahams will supervise the referral to a rehab programme.
` },
  { id: "za-free-007", setting: "surgery", role: "surgery registrar", text: `
Surgery registrar, a tertiary hospital in Johannesburg. I'm reflecting on the backlog. Our elective waiting list for hernia repairs is over 18 months because theatre time goes to trauma and emergencies.

A man in his sixties came in with a strangulated inguinal hernia that had been on our waiting list. We did a bowel resection.

It's not one person's fault. The Lancet Commission on Global Surgery (2015) put the unmet need at 143 million procedures a year. Every one of those is a person. Prof. Koto says we should measure the harm of the waiting list, not just its length.
` },
  { id: "za-comment-008", setting: "surgery", role: "anaesthetist", text: `
Agree with every word. From the anaesthetic side, the emergency hernia patients are also sicker, older, and higher risk — so the backlog makes each case more dangerous. Measuring harm from waiting is exactly right. Happy to help with the data.
` },
  { id: "za-gibbs-009", setting: "paediatrics", role: "paediatric registrar", text: `
## Description
A toddler, ⟦NAME|Lwazi⟧, was admitted to ⟦FACILITY_ROOM|Ward C2, cot 4, Red Cross War Memorial Children's Hospital⟧ with kwashiorkor and TB. Born ⟦DATE|02/05/2022⟧. His gran brought him from ⟦LOCATION|the Ncambedlana informal settlement near Mthatha⟧.

## Feelings
Sad, and motivated.

## Evaluation
WHO 10 steps for SAM, plus TB treatment. He's improving.

## Analysis
Poverty, TB, malnutrition — a syndemic.

## Action plan
Social work referral for a child support grant. Teach the interns the WHO steps, especially the first 48 hours. Thank Sr Jacobs, our ward sister.
` },
  { id: "za-free-010", setting: "OSCE", role: "medical student", text: `
MBChB final year OSCE at a university in Pretoria. I had a patient with rheumatic heart disease — mitral stenosis, tapping apex beat, mid-diastolic murmur. I've heard the murmur so many times in the wards that I was confident.

Then there was a station with a child with cerebral palsy and I went completely blank on the GMFCS levels.

I'm reflecting on how much I learn from real patients compared to lectures. Thank you to Dr Botha for giving us so much bedside time this year.
` },
  { id: "za-what-011", setting: "emergency department", role: "paramedic", text: `
WHAT: We responded to a car accident on the N2. The patient, ⟦NAME|Sipho Ndlovu⟧, was trapped. His car's registration, ⟦OTHER|CA 123-456⟧, was in the dispatch notes. GCS 12, open tibia fracture, and a lot of blood on the floor.

SO WHAT: Extrication took 40 minutes. We gave ketamine for analgesia and he was stable on arrival.

NOW WHAT: Our team leader, Kobus, debriefed us on scene safety. I'm reading the HPCSA's clinical practice guidelines for ALS paramedics (2018) on ketamine dosing again, and practising extrication teamwork.
` },
  { id: "za-free-012", setting: "community medicine", role: "community health worker", text: `
I am a community health worker in a township outside Pietermaritzburg. I visit 60 households every month.

This month, one grandmother in her seventies who cares for four grandchildren had stopped her hypertension pills. She said the clinic queue was from 5am to 2pm. Her BP was 190/110.

We organised a medication delivery through the CCMDD programme so she can collect at the church pickup point. Her BP was 150/90 next month. Sometimes the answer is not medicine but logistics. Our supervisor, Sister Zulu, says we are the bridge between the clinic and the home.
` },
  { id: "za-gibbs-013", setting: "ICU", role: "ICU registrar", text: `
## Description
⟦NAME|Mrs Fatima Ebrahim⟧ was admitted to ⟦FACILITY_ROOM|bed 9 in the Groote Schuur medical ICU⟧ after a cardiac arrest on ⟦DATE|3 August⟧. Her ICD, serial ⟦DEVICE|PRN481229H⟧, had fired six times before the arrest. Her daughter ⟦NAME|Zaheera⟧ stayed at the bedside.

## Feelings
Sad. We knew she'd had hypoxic brain injury.

## Evaluation
We arranged a family meeting with the neurologist. Care was withdrawn on day 5, with the family's agreement.

## Analysis
Our Islamic patients and families often want a religious leader involved in end-of-life decisions. We had the imam there.

## Action plan
Learn more about Islamic bioethics. Dr Davids recommended a reading list.
` },
  { id: "za-free-014", setting: "pharmacy", role: "pharmacist", text: `
Community pharmacy in Bloemfontein. Reflection on PrEP.

Since nurses and pharmacists can now initiate PrEP (PIMART, 2023), we've seen more young women asking. Today a 19-year-old student asked for "the HIV pill". We did an HIV rapid test (negative), creatinine request, and started TDF/FTC.

I realised I was judging her in my head. Why? She was doing exactly the right thing. I'm reflecting on my own biases. I've signed up for the SA HIV Clinicians Society PrEP course, which starts in March.
` },
];
