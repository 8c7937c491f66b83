import type { SourceItem } from "../types.ts";

/** Ghana, Uganda, Malaysia, and a few extra UK/US items that fill gaps in type coverage. */
export const OTHER_REGIONS: SourceItem[] = [
  { id: "gh-gibbs-001", setting: "obstetrics", role: "house officer", text: `
## Description
Labour ward at ⟦FACILITY_ROOM|Korle Bu⟧, night call. ⟦NAME|Mrs Akosua Mensah⟧, folder number ⟦ID|KBTH/OB/24/09981⟧, had a ruptured uterus after a long labour at a private maternity home in ⟦LOCATION|Ashaiman Zenu, behind the Methodist chapel⟧. Her husband ⟦NAME|Kwame⟧ gave his phone, ⟦PHONE|024 555 0187⟧, for the blood donor call.

## Feelings
Scared. She was pale and shocked, BP 70/40.

## Evaluation
Laparotomy and subtotal hysterectomy. She survived; the baby did not.

## Analysis
Delays in referral from maternity homes are a known problem (three delays model, Thaddeus and Maine, 1994).

## Action plan
Present this at our maternal death and near-miss audit with Dr Asante.
` },
  { id: "gh-free-002", setting: "ward round", role: "medical student", text: `
Clinical year in Kumasi. Ward round with Dr Owusu on the medical ward. A man in his forties with Burkitt-like lymphadenopathy turned out to be TB lymphadenitis. A woman with hypertensive heart disease, BP 210/120, on nifedipine 20 mg BD and lisinopril. A young man with sickle cell disease and avascular necrosis of the hip.

I'm learning that "common things are common" here means TB, hypertension, sickle cell and malaria. Dr Owusu makes us examine every patient fully before looking at the labs.

Reading: Ghana Standard Treatment Guidelines (2017), the hypertension chapter.
` },
  { id: "gh-what-003", setting: "community medicine", role: "community health nurse", text: `
What? During a CHPS home visit I met ⟦NAME|Auntie Adwoa⟧, ⟦AGE|96 years old⟧, ⟦OTHER|the queen mother of Asuom who still sits at the Tuesday market⟧. Her Ghana Card number ⟦ID|GHA-718204553-6⟧ was needed for NHIS renewal.

So what? She had a foot ulcer and uncontrolled diabetes — glucose 19 mmol/L. She preferred herbal medicine.

Now what? I visited with the assemblyman and her grandson. We agreed she would use the herbal tea and metformin together. I'm learning to negotiate, not dictate, with elders in this community.
` },
  { id: "gh-comment-004", setting: "community medicine", role: "district director of health", text: `
This is community health nursing at its best. The CHPS model depends on exactly this kind of negotiation and respect for elders. Please document the outcome at three months — we'd like to use this as a teaching case for new CHNs in the district.
` },
  { id: "ug-gibbs-001", setting: "paediatrics", role: "medical intern", text: `
## Description
Acute care unit at ⟦FACILITY_ROOM|Mulago⟧. ⟦NAME|Baby Nakato⟧, 2 years, came in with severe pneumonia and sickle cell disease. Her IP number ⟦ID|MNRH/24/33871⟧ was on the file. Mum, ⟦NAME|Sarah Namubiru⟧, had travelled from ⟦LOCATION|Kasanje trading centre in Wakiso⟧ on a boda boda.

## Feelings
Overwhelmed. 60 children, 3 interns.

## Evaluation
Oxygen, ceftriaxone, and a transfusion (Hb 4.8).

## Analysis
Oxygen availability has improved since 2020 with the new plant.

## Action plan
Triage with ETAT every time, as taught by Dr Kiguli, even on busy nights.
` },
  { id: "ug-free-002", setting: "HIV clinic", role: "clinical officer", text: `
Reflection from an HIV clinic in Gulu. A teenager with perinatally acquired HIV, viral load 45,000 copies/mL, had stopped his ART because he didn't want his friends at school to see the pills.

We switched him to a once-daily regimen (TLD), arranged for him to join the Young People Living with HIV peer group, and did disclosure counselling. His viral load three months later: undetectable.

The Uganda consolidated HIV guidelines (2022) emphasise adolescent-friendly services. My supervisor, Dr Opio, says adolescents need peers more than doctors.
` },
  { id: "ug-what-003", setting: "surgery", role: "surgical resident", text: `
What? A boda boda rider, ⟦NAME|Ssemakula Joseph⟧, came in with an open tibia fracture. His motorcycle number, ⟦OTHER|UEK 482M⟧, and his phone ⟦PHONE|+256 772 555 019⟧ were on the police form. He was admitted to ⟦FACILITY_ROOM|Ward 3C, bed 21, Mulago⟧.

So what? He waited 11 days for surgery because there was no external fixator.

Now what? I've raised it at our departmental meeting with Dr Galukande. The Lancet Commission on Global Surgery (2015) documents this kind of delay. Meanwhile I'm learning traction.
` },
  { id: "ug-free-004", setting: "night shift", role: "nurse", text: `
Night nurse in a regional referral hospital in Mbarara. Two nurses for 56 patients on the medical ward. A man with cryptococcal meningitis needed therapeutic LPs, a woman with DKA needed hourly glucose, and three patients were dying.

I'm reflecting on what I can and can't do. I did the hourly glucose. I sat with one dying man for five minutes when his family went to buy food. That's all.

Our in-charge, Sister Agnes, says "do the next right thing". I'm trying.
` },
  { id: "my-gibbs-001", setting: "emergency department", role: "housemanship doctor", text: `
## Description
Emergency department in Kuala Lumpur. ⟦NAME|Encik Ahmad bin Ismail⟧ came in with dengue warning signs. His MyKad number ⟦ID|850312-14-5523⟧ was on the registration slip; he lives at ⟦ADDRESS|No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor⟧.

## Feelings
Alert; dengue patients can crash fast.

## Evaluation
Haematocrit 50%, platelets 32,000. Fluids per the Malaysian CPG on dengue (2015).

## Analysis
The critical phase was managed well.

## Action plan
Teach housemen the dengue monitoring chart and the warning signs. Dr Lim, my specialist, will help.
` },
  { id: "my-free-002", setting: "ward round", role: "medical student", text: `
Medical student in Penang. Ward round with Dr Tan today. A man in his sixties with a stroke, a woman with lupus nephritis (Class IV, on mycophenolate), and a young man with leptospirosis after a jungle trek.

Dr Tan asked about Weil's disease. I said jaundice, AKI and bleeding, and I got it right! Then she asked me about the microscopic agglutination test and I didn't.

Reflection: I'm learning more from bedside teaching than from lectures. Our hospital has so many interesting cases. Reading: Malaysian leptospirosis guideline (2011).
` },
  { id: "my-what-003", setting: "psychiatry", role: "psychiatry medical officer", text: `
What? A patient in our psychiatric ward posted a video on TikTok about her stay from her handle ⟦OTHER|@nurul.aisyah.healing⟧. Her full name, ⟦NAME|Nurul Aisyah binti Rahman⟧, was in the caption.

So what? The video went viral in Malaysia. She later regretted it and asked us to help her remove it.

Now what? We helped her report it to TikTok and talked about her choices. MMC guidelines on social media (2016) are about doctors, not patients. We need a patient-facing policy too, and I'm drafting one with Dr Siti.
` },
  { id: "my-free-004", setting: "pharmacy", role: "pharmacist", text: `
Provisionally registered pharmacist, government hospital in Johor Bahru. Reflection on insulin counselling.

A woman in her fifties with type 2 diabetes was starting basal insulin (glargine 10 units at night). She was terrified of needles and fasting in Ramadan was two weeks away.

I used the DaR (Diabetes and Ramadan) International Alliance guidelines (2021) to plan her doses. We practised with a pen device until she could do it herself. She smiled for the first time when she did it.

Next: a Ramadan counselling checklist with our clinic's diabetes educator, Puan Aminah.
` },
  { id: "uk-what-045", setting: "GP placement", role: "practice nurse", text: `
What? A patient forwarded me a link to his results from the hospital intranet, ⟦URL|http://intranet.bht.nhs.uk/results/viewer?patient=6614820⟧, and asked what they meant. He'd been given it by a relative who works there. His name, ⟦NAME|Mr Callum Reid⟧, was on the page header.

So what? That link should never have left the hospital network, and his relative had looked at his results without a clinical reason.

Now what? I told him I couldn't use the link, booked him in with the GP, and reported it to the practice's Caldicott Guardian, Dr Fenwick. I'm refreshing myself on the Caldicott Principles (2020).
` },
  { id: "uk-free-046", setting: "ICU", role: "clinical scientist", text: `
Clinical scientist reflection. The ICU asked us to investigate why a ventilator's data feed kept dropping. The device log showed the ventilator, asset ID ⟦DEVICE|SERVO-U 44718⟧, attached to ⟦NAME|Mrs Hughes⟧ in ⟦FACILITY_ROOM|bed 8 of the Cardiff ICU⟧, was on a network address (⟦IP|10.42.17.118⟧) shared with a ward printer.

I'm reflecting on how technical faults become clinical ones: the nurses had been charting by hand for four hours.

We moved it to the medical devices VLAN. Our head of IT, Rhys, is reviewing the whole unit. MHRA guidance on software and devices (2021) gave us the framework.
` },
  { id: "us-what-029", setting: "emergency department", role: "ED social worker", text: `
What? A patient's family set up a GoFundMe for his hospital bills. The page, ⟦URL|https://www.gofundme.com/f/help-marcus-jenkins-recover⟧, named ⟦NAME|Marcus Jenkins⟧, his diagnosis, and that he was in ⟦FACILITY_ROOM|the Trauma ICU, bed 7, at Grady⟧.

So what? They asked me to share it. I wanted to, because I knew their situation. But I can't.

Now what? I explained kindly, connected them with our financial counselor, and applied for charity care. Our director, Ms. Harris, supports staff not engaging with patient fundraising. NASW's code of ethics (2021) on boundaries guided me.
` },
  { id: "us-gibbs-030", setting: "geriatrics", role: "geriatrics fellow", text: `
## Description
Home-based primary care visit to ⟦NAME|Mr. Walter Kowalski⟧, a ⟦AGE|103-year-old⟧ World War II veteran, at ⟦ADDRESS|612 Elm Street, Scranton, PA 18505⟧. His VA number wasn't needed; his story was.

## Feelings
Awe. He remembered Normandy in detail.

## Evaluation
CFS 7, mild CKD (eGFR 38), on only two medications. Goals: stay home, see the Phillies on TV.

## Analysis
Deprescribing in centenarians is easy when goals are clear.

## Action plan
Document goals in the POLST. Thank Dr. Morrison for letting me lead the visit.
` },
  { id: "in-what-025", setting: "ICU", role: "ICU nurse", text: `
What? A patient's relatives asked me to join a WhatsApp group called "⟦OTHER|Papa ICU updates — Bed 12 Fortis Mohali⟧" so I could send them updates. The patient, ⟦NAME|Mr Harpreet Singh Gill⟧, was on the ventilator.

So what? I was tempted. It would have saved many phone calls. But it would be outside the hospital's system.

Now what? I explained that updates must come from the doctor at the scheduled family meeting at 4pm. Our nursing director, Ms Kaur, has asked us to bring these requests to her. I'm reading the DPDP Act (2023).
` },
  { id: "pk-what-025", setting: "paediatrics", role: "paediatric resident", text: `
What? A baby girl was admitted with neonatal sepsis. Her mother gave her B-form number, ⟦ID|35202-9934417-8⟧, and said her name is ⟦NAME|Zainab⟧. Her grandmother ⟦NAME|Nusrat Parveen⟧ was insistent that we give "desi ghutti" instead of antibiotics.

So what? Culturally, grandmothers hold authority in newborn care.

Now what? I involved the grandmother in every explanation. Our consultant, Dr Rabia, said this is the key to compliance. The baby completed 10 days of ampicillin and gentamicin and was discharged home on day 11.
` },
  { id: "ng-what-021", setting: "emergency department", role: "emergency physician", text: `
What? A young man brought in after a car accident in Abuja was identified by his NIN, ⟦ID|48213907561⟧, which the police read out. His name was ⟦NAME|Yusuf Abdullahi⟧. He was in ⟦FACILITY_ROOM|the red zone, bay 4, of the National Hospital Abuja ED⟧.

So what? The NIN is widely used for identification here, but reading it out loud in the ED is unnecessary.

Now what? We agreed with the police liaison officer, Inspector Bala, to write identifiers on the form rather than call them out. I'm reading the Nigeria Data Protection Act (2023).
` },
  { id: "ke-what-015", setting: "obstetrics", role: "midwife", text: `
What? A woman, ⟦NAME|Faith Chepkoech⟧, delivered at our facility on ⟦DATE|the 14th⟧ and her baby needed resuscitation. Her husband insisted we record the birth under his mother's name and posted a photo on Facebook at ⟦URL|https://www.facebook.com/peter.kiptoo.3388⟧ with our delivery room visible.

So what? The photo also showed another mother in labour in the background.

Now what? I asked him to remove it, and he did. Our in-charge, Sister Jepkosgei, has put up "no photos" signs. The Data Protection Act (2019) applies to us too.
` },
];
