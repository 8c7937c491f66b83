import type { SourceItem } from "../types.ts";
import { medicare } from "../gen.ts";

export const AU_NZ: SourceItem[] = [
  { id: "au-gibbs-001", setting: "emergency department", role: "PGY1 doctor", text: `
## Description
Rural ED, western NSW. ⟦NAME|Uncle Jimmy⟧ (he asked us to call him that), a Wiradjuri man, came in with chest pain. His Medicare number ⟦ID|${medicare("2953 7183", 1)}⟧ was on the triage note and he'd written his address as ⟦ADDRESS|14 Bourke St, Dubbo NSW 2830⟧. Troponin 1,250 ng/L. NSTEMI.

## Feelings
Out of my depth. The nearest cath lab was 400 km away.

## Evaluation
Aspirin, ticagrelor, enoxaparin 1 mg/kg, then retrieval by the RFDS.

## Analysis
Aboriginal Australians have higher rates of ACS at younger ages. The Aboriginal Liaison Officer, Aunty Robyn, was key to him agreeing to transfer.

## Action plan
Involve the ALO early, every time.
` },
  { id: "au-free-002", setting: "ICU", role: "ICU registrar", text: `
ICU registrar, a big tertiary unit in Melbourne. This week I spent a lot of time thinking about organ donation.

A young man after a hypoxic brain injury. Brain death testing on day 4. The family agreed to donation; five organs went to five people.

I sat in on the DonateLife conversation with our donation specialist nurse, Kate. She was extraordinary — slow, clear, kind. The ANZICS Statement on Death and Organ Donation (2021) was our framework. I used to think the clinical part was the hard part. It isn't.
` },
  { id: "au-what-003", setting: "medication error", role: "registered nurse", text: `
**What?** I administered oxycodone 10 mg instead of 5 mg to ⟦NAME|Mrs Dorothy McKenzie⟧, ⟦AGE|aged 93⟧, in ⟦FACILITY_ROOM|Room 11, Ward 4 East, Royal Brisbane and Women's⟧, at 22:00 on ⟦DATE|8 June 2024⟧. She became drowsy; RR 9. Naloxone 100 micrograms IV, repeated once.

**So what?** The two strengths were in the same drawer of the drug cupboard, and I was covering two extra patients.

**Now what?** Incident reported via RiskMan. Our NUM, Lisa, has separated the strengths. The ACSQHC Medication Safety Standard is clear; we're now doing an independent second check for every S8 in the over-85s.
` },
  { id: "au-free-004", setting: "GP placement", role: "medical student", text: `
GP placement in a country town in Tasmania. My supervisor, Dr Hollander, sees everything: skin checks, antenatal care, mental health plans, farm injuries.

Today a farmer in his sixties with a basal cell carcinoma on his nose. We did a punch biopsy. He'd had 14 BCCs removed over the years. Slip, slop, slap wasn't a thing when he was young.

Reflection: rural GPs are generalists in the truest sense. The RACGP curriculum calls it "whole-person care". I came expecting boring and I'm leaving impressed. Also now I know how to do a punch biopsy.
` },
  { id: "au-gibbs-005", setting: "paediatrics", role: "paediatric registrar", text: `
## Description
⟦NAME|Baby Mia⟧, 6 weeks old, came in with bronchiolitis and apnoeas. Mum ⟦NAME|Jess⟧ posted about her on Instagram as ⟦OTHER|@mia_the_miracle_bub⟧ while we were putting her on high-flow, and the post tagged our ward: ⟦FACILITY_ROOM|Bed 2, Koala Ward, Perth Children's Hospital⟧.

## Feelings
Weird. The post was public and had 2,000 likes by the morning.

## Evaluation
High-flow at 2 L/kg/min; she improved over 48 hours.

## Analysis
Families sharing online is their right. Our job is not to add to it.

## Action plan
No photos of patients, even if asked; keep our hospital social media policy in mind.
` },
  { id: "au-free-006", setting: "psychiatry", role: "mental health nurse", text: `
Mental health nurse, acute inpatient unit in Adelaide. Reflection on seclusion.

We secluded a young man for 3 hours last night after he assaulted a staff member. I was part of the restraint. It went by the book, but it didn't feel right.

The National Mental Health Commission's goal is to reduce and eventually eliminate seclusion and restraint. We debriefed this morning with our clinical nurse consultant, Peter. I'm reflecting on what we could have done earlier: he'd been asking for his PRN and for a phone call for an hour before he escalated.
` },
  { id: "au-what-007", setting: "obstetrics", role: "midwife", text: `
What? A Torres Strait Islander woman, ⟦NAME|Leilani⟧, was flown from ⟦LOCATION|Badu Island⟧ to Cairns at 36 weeks for birth. She told me she missed her family and had no one with her. She gave me her sister's email, ⟦EMAIL|kaurareg.sis84@outlook.com⟧, to send updates.

So what? Birthing on Country is a real aspiration, and our system sends women away for weeks.

Now what? I'm reading the Birthing on Country project (Kildea et al., 2018) and I've joined our hospital's working group. Our midwifery unit manager, Sonia, says change is slow but possible.
` },
  { id: "au-free-008", setting: "surgery", role: "surgical registrar", text: `
Surgical registrar, general surgery in Sydney. Long list today: two lap choles, an inguinal hernia, and an emergency laparotomy for small bowel obstruction (adhesions) in a woman in her seventies.

NELA score for the lap was 8%. We had the conversation beforehand, with her daughter, about what she'd want if it went badly. She said "get on with it".

I'm reflecting on how good the NELA framework is at making us have that conversation. The ANZELA-QI report (2023) says we're getting better at consultant presence. Dr Nguyen was there for the whole case.
` },
  { id: "au-gibbs-009", setting: "ICU", role: "cardiac technician", text: `
## Description
Post-cardiac-surgery ICU. ⟦NAME|Mr Bruce Hamilton⟧ had a temporary pacing wire and a new Abbott dual-chamber pacemaker, serial ⟦DEVICE|AB7120-338815⟧. His device check data was uploaded to the remote portal from his home router at ⟦IP|203.0.113.77⟧ the night before admission.

## Feelings
Interested; I love device work.

## Evaluation
Pacing thresholds were good. Sensing was fine.

## Analysis
Remote monitoring is great but puts a lot of identifiable data in the cloud.

## Action plan
Learn more about our device data governance. Ask Dr Patel, the electrophysiologist.
` },
  { id: "au-comment-010", setting: "ICU", role: "ICU nurse", text: `
Great reflection. We often forget how much patient data travels through remote monitoring. On our unit we've had families asking for access to the portal. Interested to hear what your hospital's governance team says about it, because we have no policy at all yet.
` },
  { id: "au-what-011", setting: "palliative care", role: "palliative care specialist", text: `
What happened: Community palliative care, Hobart. I visited ⟦NAME|Mrs Valerie Burke⟧ at ⟦LOCATION|the Glenorchy Uniting aged care home, room 17⟧. She was ⟦AGE|101⟧ and had lived through everything. Her son ⟦NAME|Graham⟧ asked if she'd be "put on a drip".

So what: She wasn't eating. She was dying. A drip would not help.

Now what: I explained what natural dying looks like using the Palliative Care Australia resources. Her son cried and thanked me. I'm writing this because the conversation about fluids at the end of life happens so often and I want to get better at it.
` },
  { id: "au-free-012", setting: "pharmacy", role: "hospital pharmacist", text: `
Hospital pharmacist, Queensland. I'm reflecting on a near-miss with insulin. A 5-unit dose of NovoRapid was written as "5U" and read as "50". Thankfully the nurse questioned it.

The ACSQHC recommendations on terms and abbreviations say: never use "U" for units. We still see it at least weekly, usually on handwritten charts in theatre recovery and on sliding scales copied from old notes. The fix is boring: write the word "units" in full, every time, and teach it early. Nobody has ever been harmed by an extra four letters.

I'm going to run a short session on abbreviations at the next intern teaching day with Dr Lim.
` },
  { id: "au-gibbs-013", setting: "emergency department", role: "ED nurse", text: `
## Description
A ⟦AGE|95-year-old⟧ woman, ⟦NAME|Mrs Agnes O'Loughlin⟧, was brought in by ambulance from ⟦ADDRESS|3/27 Beach Road, Glenelg SA 5045⟧ after a fall. Her daughter's mobile was on the ambulance sheet: ⟦PHONE|0491 570 156⟧.

## Feelings
Impressed — she was sharp as a tack and furious at being here.

## Evaluation
Fractured neck of femur; she went to theatre within 24 hours per the ANZ Hip Fracture Registry standards.

## Analysis
Delirium prevention started in the ED: glasses, hearing aids, regular orientation.

## Action plan
Make delirium screening routine for all over-75s at triage.
` },
  { id: "au-free-014", setting: "physiotherapy", role: "physiotherapist", text: `
Physio in a cardiac rehab program in Perth. A man in his fifties after a CABG, terrified of exercising in case his heart "packed it in".

We started slowly: 10 minutes on the treadmill, RPE 11–13, HR monitored. After 6 weeks he was walking 5 km.

Reflection: fear of movement (kinesiophobia) is underestimated after cardiac surgery. The NHF Cardiac Rehabilitation guidelines (2019) recommend addressing it directly. Next time I will use the Tampa Scale at the start, and repeat it at week six.
` },
  { id: "au-what-015", setting: "GP placement", role: "GP registrar", text: `
What? A patient's partner emailed the clinic a photo of her husband's wound from ⟦EMAIL|sharon.t.baxter@bigpond.com⟧, and copied in their son. The email included ⟦NAME|Wayne Baxter⟧'s DOB, ⟦DATE|14/11/1949⟧, and a link to a shared album on ⟦URL|https://photos.app.goo.gl/Qm7ZxWayneBaxterLeg⟧.

So what? It's helpful clinically but we've now got his data on a third-party platform.

Now what? I've discussed with our practice manager, Tracy, about a secure photo upload. The RACGP guide on using email in general practice (2019) is my reading this week.
` },
  { id: "au-comment-016", setting: "GP placement", role: "practice manager", text: `
We went through exactly this at our practice in Ballarat last year. We ended up using a secure upload link in our SMS reminders, and patients actually prefer it. Happy to share the policy and the SMS wording if that helps your practice.
` },
  { id: "nz-gibbs-001", setting: "emergency department", role: "house officer", text: `
## Description
ED in Auckland. ⟦NAME|Aroha Te Rangi⟧, a rangatahi with type 1 diabetes, came in with DKA. Her NHI number ⟦ID|ZZZ0016⟧ was on the triage sheet. Her kuia had driven her from ⟦LOCATION|the marae at Ōmāio⟧.

## Feelings
Worried about her — pH 6.98.

## Evaluation
DKA protocol: fixed-rate insulin, fluids, potassium.

## Analysis
Māori have worse diabetes outcomes. The Te Whatu Ora diabetes guidelines talk about whānau-centred care.

## Action plan
Involve whānau in discharge planning. Learn more from our Māori health team kaiāwhina, Hemi.
` },
  { id: "nz-free-002", setting: "GP placement", role: "medical student", text: `
GP placement in Northland. I'm reflecting on gout. Our practice sees so many Māori and Pacific men with tophaceous gout who've never been on allopurinol.

A man in his forties with gout flares every month. Urate 0.62 mmol/L. We started allopurinol 50 mg and plan to titrate to a target below 0.36.

The Best Practice Advocacy Centre (bpac.org.nz) guidance on gout is excellent. My supervisor, Dr Walker, says the hardest part is keeping people on it when the first month causes flares. Colchicine cover helps.
` },
  { id: "nz-what-003", setting: "night shift", role: "registered nurse", text: `
What? Night shift at ⟦FACILITY_ROOM|Ward 27, bed 9, Christchurch Hospital⟧. ⟦NAME|Mr Hemi Walker⟧ kept pulling out his IV. He told me he was ⟦OTHER|the last kaumātua who still speaks the old dialect of Kaikōura⟧ and he wanted to go home to die.

So what? We'd been treating him like a confused patient. He wasn't confused. He was homesick.

Now what? I called the Māori health team in the morning. Our charge nurse, Tania, supported me. He went home the next day with palliative care.
` },
  { id: "nz-free-004", setting: "OSCE", role: "medical student", text: `
Year 5 OSCE, University of Otago. Stations: a cardio exam (the patient had aortic stenosis — slow-rising pulse, ejection systolic murmur radiating to the carotids), a history of headache, a prescribing station (paracetamol and ibuprofen doses for a child), and a communication station with a simulated patient who wanted antibiotics for a cold.

The antibiotics station was the hardest. I kept explaining viruses; the examiner, Dr Fraser, said I should have asked what the patient was worried about first.

Lesson learned: ICE — ideas, concerns, expectations. Every time.
` },
];
