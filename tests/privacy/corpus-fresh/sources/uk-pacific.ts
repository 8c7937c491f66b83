import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";
import { nhi } from "../gen.ts";

/** Scotland, Wales and England in new settings, and New Zealand. */
export const UK_PACIFIC: SourceItem[] = [
  { id: "uk-free-001", setting: "rural general practice", role: "GP trainee", text: `
# Reflection: the crofter who would not come in

Rural GP rotation on the west coast of Scotland. ⟦NAME|Mr Murdo MacLeod⟧, CHI ⟦ID|${nhs("140234 781")}⟧, ⟦OTHER|the last crofter still working the township above Lochcarron at his age⟧, had a week of breathlessness and would not leave his sheep during lambing. We did the consultation on his doorstep at ⟦ADDRESS|Achintee Croft, Strathcarron IV54 8YX⟧.

Sats 89%, crackles at the right base. My trainer, Dr Fraser, talked him into antibiotics at home with a daily visit from the district nurse rather than a helicopter to Inverness. Amoxicillin 500 mg TDS, doxycycline as backup. CURB-65 was 1.

Rural medicine is risk-sharing with people who understand their own lives. I am writing down the safety-net plan we agreed so I can use it again.
` },
  { id: "uk-what-002", setting: "dentistry", role: "dental foundation trainee", text: `
**What?** A patient in our NHS dental practice in Swansea asked for all her remaining teeth to be taken out and replaced with dentures because she could not afford more fillings. She was 34.

**So what?** I felt a conflict between respecting her choice and knowing that full clearance at 34 is a lifelong disability. The Delivering Better Oral Health toolkit (2021) and the Welsh dental contract reform focus on prevention, but prevention does not help a mouth that is already broken.

**Now what?** I discussed options with my educational supervisor, Mr Hughes: a staged plan, stabilising the worst teeth with glass ionomer first, high-fluoride toothpaste 5,000 ppm, and a review in three months. She agreed to try. I am going to log how often cost drives treatment choice in my patients this year.
` },
  { id: "uk-gibbs-003", setting: "prison health", role: "prison nurse", text: `
## Description
Reception screening at ⟦FACILITY_ROOM|HMP Barlinnie, healthcare centre room 2⟧. ⟦NAME|Jamie "Jinx" Docherty⟧, prison number ⟦ID|94417B⟧, told me on arrival that he had been on methadone 70 mL but that his chemist in ⟦LOCATION|the Gorbals⟧ had his last dispensing record. His date of birth, ⟦DATE|02.09.1988⟧, did not match our system.

## Feelings
Worried about a missed dose on night one.

## Evaluation
We confirmed his dose through the community pharmacy and his GP by phone before evening meds.

## Analysis
The first 48 hours in custody are the most dangerous. A wrong DOB nearly delayed his opioid substitution.

## Action plan
Always confirm identity with two sources before reception meds.
` },
  { id: "uk-free-004", setting: "refugee health", role: "GP", text: `
I work at ⟦FACILITY_ROOM|Bevan Healthcare's refugee clinic on Vicar Lane⟧ in Bradford. Today ⟦NAME|Ahmad⟧, an Eritrean teenager staying at ⟦LOCATION|the asylum hotel on Manningham Lane⟧, came with scabies and a cough. NHS number ⟦ID|${nhs("485 777 341")}⟧ had been issued the week before.

His age is disputed by the Home Office, and my notes could affect his case. I wrote only what I saw, not what I guessed.

I checked TB symptoms (none), gave permethrin 5% for him and his roommate, and booked an interpreter in Tigrinya. The UKHSA migrant health guide is my main resource. Dr Nazir, my partner, says the best thing we can give is continuity.
` },
  { id: "uk-what-005", setting: "paramedic", role: "paramedic", text: `
**What?** A call to a farm in the Brecon Beacons: a man in his sixties had been kicked by a cow, with a likely pelvic fracture. The Wales Air Ambulance could not land in the fog, so we drove for seventy minutes on single-track roads.

**So what?** We applied a pelvic binder, gave fentanyl 50 micrograms intranasally and TXA 1 g. His BP held. What I reflected on was my own fear of a long transfer without backup.

**Now what?** I will refresh the JRCALC guidance (2022) on pelvic injury and practise binder placement monthly. I also want to ask our clinical team leader, Gareth, about a rural trauma simulation day with the air ambulance crews.
` },
  { id: "uk-gibbs-006", setting: "psychiatry liaison", role: "liaison psychiatry registrar", text: `
## Description
I was asked to see ⟦NAME|Ms Ffion Pritchard⟧ on ⟦FACILITY_ROOM|Ward 7 (Gastroenterology), bed 3 at Ysbyty Gwynedd⟧ after she removed her nasogastric tube. She has anorexia nervosa, BMI 12.8, and is the ⟦OTHER|daughter of the only GP in Abersoch⟧.

## Feelings
Protective of her privacy, given everyone on the ward knows her father.

## Evaluation
The MARSIPAN guidance (2014) was useful for the medical risk; capacity was the harder question.

## Analysis
We assessed capacity for the specific decision. She lacked it because the illness itself distorted her view of weight.

## Action plan
Discuss the Mental Health Act with my consultant, Dr Roberts, and ask the ward to restrict access to her notes.
` },
  { id: "uk-free-007", setting: "physiotherapy", role: "physiotherapist", text: `
Community physio in Newcastle. I've been seeing a 72-year-old man after a total knee replacement, and he refused to do his exercises because they hurt. He'd been told by his neighbour that pain means damage.

I spent the session on explanation rather than exercise. Pain after TKR is expected; his range was 5 to 85 degrees at week three, which is behind but not alarming. We agreed on a pain-contingent plan: paracetamol an hour before, ice after, and a diary.

My senior, Jo, suggested a "traffic light" pain scale, which made sense to him immediately. The NICE guideline on joint replacement (NG157, 2020) stresses early rehab, but it doesn't tell you how to talk to a frightened man. I am adding the traffic light scale to my toolkit.
` },
  { id: "uk-what-008", setting: "midwifery", role: "community midwife", text: `
**What?** A home birth in the Shetland Islands, where I work as a community midwife. The labour was quick and straightforward, but there was a postpartum haemorrhage of 900 mL after the placenta.

**So what?** We were forty minutes by road from the nearest maternity unit, with the ferry timetable to think about. I gave syntometrine, rubbed up a contraction and called the coastguard helicopter as a precaution. She settled without transfer.

**Now what?** I reflected on the PROMPT training I did last year and how the drills made my hands calm. I want to lead an obstetric emergency skills session for the island GPs and nurses, and discuss with our lead midwife, Morag, whether we carry enough oxytocin in the home birth kit.
` },
  { id: "uk-free-009", setting: "dentistry", role: "dental nurse", text: `
Safeguarding reflection. A six-year-old, ⟦NAME|Kayden Marsh⟧, came into our practice with ten carious teeth and a dental abscess. It was his third missed appointment. His mum, ⟦NAME|Leanne⟧, said she'd been working nights. Their address on the system is ⟦ADDRESS|Flat 9, Cromwell Court, Hartlepool TS24 7JX⟧ and her mobile is ⟦PHONE|07700 900318⟧.

Dental neglect is a safeguarding issue, but it isn't automatically abuse. We followed the BSPD guidance on child dental neglect (2021): a supportive conversation first, a plan, and a referral to the health visitor.

My dentist, Mr Patel, let me lead the conversation. I was surprised by how much she wanted help.
` },
  { id: "uk-gibbs-010", setting: "emergency department", role: "ED nurse", text: `
## Description
At 04:00 on a Saturday a man in his twenties came in after being assaulted outside a nightclub in Cardiff. GCS 14, scalp laceration, intoxicated.

## Feelings
Impatient. He was verbally abusive, and I was tired.

## Evaluation
I nearly missed a drop in GCS to 12 because I put the change down to alcohol.

## Analysis
Alcohol is a diagnosis of exclusion in head injury. The NICE head injury guideline (NG232, 2023) says CT within an hour for GCS under 13 after initial assessment.

## Action plan
Do formal GCS observations every half hour for intoxicated head injuries, and ask for help when I notice my own frustration. Our charge nurse, Rhys, said it happens to all of us.
` },
  { id: "uk-what-011", setting: "hospice", role: "hospice nurse", text: `
**What?** ⟦NAME|Mrs Gwendoline Evans⟧, "⟦NAME|Nain⟧" to the family, ⟦AGE|102 years old⟧, was in ⟦FACILITY_ROOM|Room 4 at St David's Hospice, Llandudno⟧. Her great-grandson, ⟦NAME|Osian⟧, sang to her in Welsh on the evening of ⟦DATE|17 November⟧, and she died peacefully an hour later.

**So what?** I had been worried about the noise. The family were loud and numerous. I learned that "a peaceful death" is the family's to define.

**Now what?** I will ask families what a good death looks like for them at the first meeting. My ward manager, Sian, agreed to add the question to our admission paperwork.
` },
  { id: "uk-free-012", setting: "pharmacy", role: "pharmacist", text: `
Reflection: I've started running a pharmacist-led hypertension case-finding service in our community pharmacy in Leicester. Last month we checked 120 people over 40 and found 14 with a clinic reading above 140/90, of whom six went on to have ambulatory monitoring confirming hypertension.

The service specification (NHS England, 2021) is straightforward. What I hadn't expected was the conversations it started: about salt in chapatis, about shift work, about fear of taking "pills for life". I found myself talking more like a GP than a pharmacist.

The limit is that I can't prescribe. Referral depends on the practice, and one of the three local practices rarely acts on our letters. I am going to meet their practice manager and Dr Shah, the hypertension lead, to agree a simple referral form.
` },
  { id: "uk-comment-013", setting: "prison health", role: "prison GP", text: `
Really good reflection. In our establishment we now use the "two sources" rule for reception meds too, after a near miss last year. The other thing that helps is a direct line to the community pharmacy teams in the main local authority areas. RCGP's "Safer Prescribing in Prisons" (2019) is worth a read for anyone new to secure environments.
` },
  { id: "uk-free-014", setting: "GP placement", role: "medical student", text: `
My GP placement in the Vale of Glamorgan taught me how much can be done in ten minutes. A 58-year-old man came in with "indigestion" and I was taking a full dyspepsia history when my supervisor, Dr Morgan, asked him to show where. He pointed to his left arm. We did an ECG in the practice: ST depression in V4 to V6. He was sent in by ambulance and had an NSTEMI.

I am reflecting on how I anchored on his opening word. He said indigestion, so I asked indigestion questions. The Calgary-Cambridge model says to let patients finish their opening statement, but it also means listening to what they do with their hands.

From now on I'll ask people to show me, not just tell me.
` },
  { id: "nz-free-015", setting: "rural hospital", role: "rural hospital medicine registrar", text: `
Reflection from a rural hospital on the East Coast. ⟦NAME|Koro Hemi⟧ (⟦NAME|Hemi Tamihana⟧), NHI ⟦ID|${nhi("ZZZ002")}⟧, came from ⟦LOCATION|the marae at Tikitiki⟧ with a COPD exacerbation. His whānau filled the four-bed room.

We discussed transferring him to Gisborne. He did not want to leave the coast. Our SMO, Dr Walker, supported a plan to treat him locally with prednisone 40 mg and nebulised salbutamol, with a clear ceiling of care.

I'm reflecting on what the Whakamaua Māori Health Action Plan (2020) calls tino rangatiratanga: the right to decide. His mokopuna, ⟦NAME|Aroha⟧, made the decision with him. He went home on day four.
` },
  { id: "nz-what-016", setting: "mental health", role: "mental health nurse", text: `
**What?** In a community mental health team in Christchurch I supported a young man with first-episode psychosis whose family did not believe in medication and wanted rongoā Māori only.

**So what?** My training had framed this as "non-compliance". Our cultural adviser, Matua Rewi, reframed it as a conversation between two systems. Both could be offered, not one against the other.

**Now what?** We agreed on a low-dose antipsychotic alongside rongoā and a hui with the whānau every fortnight. The Te Tiriti o Waitangi principles in the Mental Health and Wellbeing Commission framework (2022) support that approach. I will ask to shadow the cultural team for a week.
` },
  { id: "nz-gibbs-017", setting: "paediatrics", role: "paediatric nurse", text: `
## Description
Rheumatic fever follow-up. ⟦NAME|Sione Taufa⟧, a 12-year-old, NHI ⟦ID|${nhi("ZZZ007")}⟧, was due his four-weekly benzathine penicillin. His mum, ⟦NAME|Mele⟧, texted from ⟦PHONE|021 555 0193⟧ that they had moved to ⟦ADDRESS|22 Tui Street, Ōtāhuhu, Auckland 1062⟧.

## Feelings
Relieved she told us.

## Evaluation
Missed injections are how recurrences happen.

## Analysis
Families in overcrowded rentals move often, and the register only works if the phone number and address are current. Secondary prophylaxis is the whole programme.

## Action plan
Ask our team lead, Leilani, whether we can text families before every injection.
` },
  { id: "nz-comment-018", setting: "paediatrics", role: "public health nurse", text: `
Such an important point. In Counties Manukau we started giving the injection in the school clinic or at church instead of the hospital, and missed doses fell a lot. The Heart Foundation rheumatic fever guideline (2014) supports flexible locations. Also, warm the penicillin to room temperature and use lignocaine: the kids notice.
` },
  { id: "nz-free-019", setting: "medical ward", role: "house officer", text: `
Reflecting on a near miss from the IT side. A ward clerk sent me a link to a patient list at ⟦URL|http://10.12.44.9/patlist?nhi=ZZZ0032&bed=W5-14⟧ over a personal messaging app. It opened on my phone outside the hospital network and showed ⟦NAME|Mr Tevita Fifita⟧ in ⟦FACILITY_ROOM|Ward 5, bed 14, Middlemore Hospital⟧, his age and his diagnosis. The server's address, ⟦IP|10.12.44.9⟧, was in the link itself.

I reported it to the privacy officer, Ms Lin, and the link was disabled within the hour. Our team had been using personal apps because the official one is slow.

Convenience beats policy every time unless the safe option is also the easy one. I've suggested to IT that they set up quicker secure messaging for house officers.
` },
  { id: "nz-what-020", setting: "physiotherapy", role: "physiotherapist", text: `
**What?** A community physiotherapy visit to a farmer in Southland with chronic low back pain after a quad bike accident three years ago. He has been off work for a year.

**So what?** ACC had funded twenty sessions of passive treatment before I saw him. Under the New Zealand Acute Low Back Pain Guide and the more recent evidence on chronic pain, active rehabilitation and graded activity are what matter. I felt frustrated that earlier care had reinforced his belief that his back was "broken".

**Now what?** I will work with his GP, Dr Hamilton, on a graded return-to-work plan, focusing first on the farm tasks he values most. I will also ask our service to review how we handle patients referred after a long period of passive care.
` },
  { id: "uk-what-021", setting: "learning disability", role: "learning disability nurse", text: `
**What?** ⟦NAME|Daniel "Danny" Okoro⟧, 28, who has Down syndrome and lives at ⟦LOCATION|the Willow House supported living flats in Hyde⟧, was admitted to ⟦FACILITY_ROOM|Tameside General, AMU bay C⟧ with aspiration pneumonia. His hospital passport was left at home.

**So what?** Without it, staff did not know that he signs "yes" by touching his chin. A DNACPR was nearly discussed without him. The LeDeR reports show this pattern again and again.

**Now what?** His support worker brought the passport the next day. I have asked that the AMU keep a stock of blank hospital passports, and I will do Oliver McGowan training sessions with our ward.
` },
  { id: "uk-free-022", setting: "OSCE", role: "medical student", text: `
OSCE reflection, written the night after. My communication station was a simulated patient with newly diagnosed type 1 diabetes, and I had to explain insulin. I did fine on the content (basal-bolus, hypo treatment with 15–20 g fast-acting glucose, sick-day rules) but the examiner's feedback was that I spoke for four minutes without stopping.

I think I overprepare facts and underprepare pauses. Our clinical skills tutor, Mrs Abernethy, suggested "chunk and check": two sentences, then a question.

Results are out on 6 June. Whatever the mark, I'm going to practise chunk and check with my flatmates every evening this week, recording myself on my phone to count the pauses.
` },
  { id: "uk-gibbs-023", setting: "neonatal", role: "neonatal nurse", text: `
## Description
⟦NAME|Baby Isla Campbell⟧ was in ⟦FACILITY_ROOM|cot 9, NICU at the Princess Royal Maternity, Glasgow⟧ with hypoxic-ischaemic encephalopathy, being cooled. Her dad, ⟦NAME|Callum⟧, set up a Facebook page, ⟦URL|https://www.facebook.com/groups/prayforislacampbell⟧, and posted her ⟦DATE|born 28/01/2024⟧ photo with the cot label visible.

## Feelings
Sympathy, and discomfort.

## Evaluation and analysis
Therapeutic hypothermia (TOBY, 2009) was done well. The page exposed other babies' cot cards, and a nurse's face. I said nothing at first because the family were grieving in advance.

## Action plan
Ask our senior charge nurse, Fiona, for a photography guide for parents.
` },
  { id: "uk-free-024", setting: "sexual health", role: "sexual health adviser", text: `
Partner notification reflection. A man attending our sexual health clinic in Brighton was diagnosed with syphilis and gave me a partner's contact: ⟦EMAIL|tom.brannigan.89@example.net⟧ and ⟦PHONE|07700 900572⟧. His own clinic number is ⟦ID|GUM-BN-228104⟧.

I contacted the partner using our standard text, without naming the index patient or the infection. The BASHH partner notification statement (2015) is clear that anonymity of the index patient comes first.

I am reflecting because the patient later asked me whether I had "told him it was me". I hadn't, but I realised that in a small community the partner may guess. I'm going to talk to my lead, Dr Kaur, about how we explain this limit at the start.
` },
  { id: "uk-comment-025", setting: "OSCE", role: "clinical skills tutor", text: `
"Chunk and check" is the best single habit for the communication stations. I'd add one more: after you check, count to three in your head before you speak again. Most students fill silences too fast. The Calgary-Cambridge guide has a section on it, and the Kurtz, Silverman and Draper book (2005) is on the reading list for a reason.
` },
  { id: "nz-free-026", setting: "palliative care", role: "district nurse", text: `
District nursing reflection. ⟦NAME|Mrs Beverley Hine⟧, ⟦AGE|aged 95⟧, was dying at home at ⟦ADDRESS|14 Kowhai Lane, RD 2, Motueka 7197⟧. Her syringe driver, serial ⟦DEVICE|NK34-188207⟧, alarmed at 2 a.m. and the on-call nurse could not find the house, because the RD number was missing from the referral.

Her son, ⟦NAME|Graeme⟧, stood at the road with a torch.

I reflected on how much rural palliative care depends on addresses and phone signal. We now add a "how to find the house" line to every referral in our area. My team leader, Kirsten, agreed.
` },
  { id: "uk-what-027", setting: "ward round", role: "FY1 doctor", text: `
**What?** On a general medical ward round in Aberdeen, my consultant, Dr Grant, asked me to present a 79-year-old with falls. I listed nine medicines, including amitriptyline 25 mg, doxazosin 4 mg and furosemide, without connecting them to the falls.

**So what?** My presentation was a list, not a story. Postural BP showed a 30 mmHg drop. The STOPP criteria would have flagged two of those drugs straight away.

**Now what?** I will review medications against the presenting problem before every ward round presentation, and I've signed up for the Scottish Polypharmacy Guidance (2018) e-learning module.
` },
  { id: "uk-free-028", setting: "community nursing", role: "district nurse", text: `
Reflection on my first winter as a district nurse in the South Wales Valleys. I visit about twelve people a day: leg ulcers, catheters, insulin, end-of-life care.

The thing nobody mentioned in training is the cold. Several of my patients are rationing heating, and a house at 12°C is a health hazard for a frail person with heart failure. The NICE guideline on excess winter deaths (NG6, 2015) makes this a clinical issue, not just a social one.

My team leader, Carys, showed me how to refer to the Nest scheme and the local warm hubs. I now ask about heating at every first visit, next to the question about smoke alarms. I want to audit how many of my caseload are in fuel poverty.
` },
  { id: "uk-free-029", setting: "audiology", role: "audiologist", text: `
Cochlear implant clinic reflection. ⟦NAME|Mr Alistair Drummond⟧, ⟦AGE|91⟧ last birthday, came for a switch-on review of his new implant, processor serial ⟦DEVICE|CI-P7-00481327⟧. His wife, ⟦NAME|Jean⟧, emailed beforehand from ⟦EMAIL|jean.drummond.pitlochry@example.org⟧ to say he had stopped wearing it.

He found voices "tinny" and music unbearable. This is common in the first weeks, and our programme's rehabilitation materials say so, but we hadn't said it clearly enough to him before the operation.

My supervisor, Dr Leitch, suggested we rehearse expectations at the pre-implant appointment with a recorded sample of what early implant hearing sounds like. I'm going to make that recording and use it with every candidate.
` },
  { id: "uk-what-030", setting: "emergency department", role: "ED registrar", text: `
**What?** ⟦NAME|Bronwen Jenkins⟧, a 40-year-old, came to ⟦FACILITY_ROOM|Morriston Hospital ED, majors cubicle 11⟧ with her third overdose this year. Her partner, ⟦NAME|Gethin⟧, drives a taxi (⟦OTHER|reg CU19 KXT⟧) and waited outside all night.

**So what?** I noticed the sighs at handover: "her again". Repeated self-harm attracts the least compassion and carries the most risk. The NICE self-harm guideline (NG225, 2022) is blunt about this.

**Now what?** I made sure she was seen by the liaison team before discharge and wrote a care plan, not a risk score. I'm going to ask our consultant, Dr Llewellyn, for a teaching session on attitudes to repeat presentations.
` },
  { id: "in-what-031", setting: "physiotherapy", role: "physiotherapist", text: `
**What?** Home-based rehabilitation in a Chennai suburb for ⟦NAME|Mrs. Lakshmi Venkatesan⟧, after a hip fracture. Her grandson, ⟦NAME|Karthik⟧, had posted her exercise videos on YouTube at ⟦URL|https://www.youtube.com/@LakshmiPaatiRecovers⟧, with her name in the channel title and her flat, ⟦ADDRESS|B-204, Ganga Apartments, 3rd Main Road, Velachery, Chennai 600042⟧, visible on the door.

**So what?** The videos motivated her greatly. But I had not agreed to appear, and her address was public.

**Now what?** We talked about it kindly; he blurred the door and my face. My senior, Ms Revathi, says we should add a social media question to our home-visit consent.
` },
];
