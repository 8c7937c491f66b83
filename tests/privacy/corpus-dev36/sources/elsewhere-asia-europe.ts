import type { SourceItem } from "../../corpus/types.ts";
import { ppsn } from "../gen.ts";

export const ELSEWHERE_ASIA_EUROPE: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "hip fracture",
    role: "intern",
    text: `⟦NAME|Mrs Bridie Hanrahan⟧ was ⟦AGE|ninety-six⟧ and had never been in hospital until she fell feeding hens at her home in ⟦LOCATION|Ballyvourney⟧. She was admitted to ⟦FACILITY_ROOM|St Camillus Ward, bed 9, in Cork University Hospital⟧ on ⟦DATE|St Stephen's Day⟧. Her PPSN, ⟦ID|${ppsn("8413279")}⟧, was needed for the Fair Deal forms when the family began to talk about a nursing home, and I found that conversation harder than the clerking. Dr Ní Bhriain, the orthogeriatric consultant, reminded me that the Irish Hip Fracture Database counts whether patients return home, not just whether they survive. ⟦NAME|Mrs Hanrahan⟧ went home in the end, with carers twice a day and a neighbour for the hens.`,
  },
  {
    id: "ie-what-002",
    setting: "consent and capacity",
    role: "surgical registrar",
    text: `What? Since the Assisted Decision-Making (Capacity) Act 2015 was commenced in 2023, I have had to change how I consent older patients on our surgical take in Galway. Last week an 89-year-old man with mild dementia needed an urgent cholecystectomy.
So what? I used to ask the family to "sign for him". That was never legally correct. Dr Keane, the liaison psychiatrist, helped me assess his capacity for this decision: he understood, retained and weighed the information, and communicated his choice.
Now what? I will assume capacity, support it with time and simple language, and document the functional test properly. The family's role is to support him, not to decide.`,
  },
  {
    id: "ie-comment-003",
    setting: "peer comment",
    role: "orthogeriatric nurse specialist",
    text: `Lovely piece. The Fair Deal conversation is always the hardest part and I think interns are often left to start it alone. Dr Ní Bhriain's point about the Irish Hip Fracture Database is well made. Our team in Limerick has a family meeting template that might help; I can send it to your tutor.`,
  },
  {
    id: "ie-gibbs-004",
    setting: "anaesthetic emergency",
    role: "anaesthesia trainee",
    text: `Description: during a hip hemiarthroplasty in Dublin the patient, an 87-year-old woman, became profoundly hypotensive and desaturated seconds after the cemented stem went in.
Feelings: I was frightened; I had read about bone cement implantation syndrome but never seen it.
Evaluation: Dr Byrne, my consultant, had warned the surgeon before cementing and we had arterial line monitoring in place. We gave 100% oxygen, metaraminol and adrenaline 10 microgram boluses and she recovered over ten minutes.
Analysis: the 2015 AAGBI safety guideline on cemented hemiarthroplasty describes exactly these roles: the surgeon says when they cement, the anaesthetist watches.
Conclusion: preparation turned a potential arrest into a scare.
Action plan: I will brief every cemented case aloud at the team huddle.`,
  },
  {
    id: "lk-free-001",
    setting: "surgical ward",
    role: "intern house officer",
    text: `In the surgical ward of a teaching hospital I looked after ⟦NAME|Kusumawathie Amma⟧, a grandmother from ⟦LOCATION|Pallewela near Kurunegala⟧, admitted on ⟦DATE|2025.04.14⟧, the day of the Sinhala and Tamil New Year, with a perforated gastric ulcer. Her NIC number ⟦ID|193856402317⟧ told me she was born in 1938. She was in ⟦FACILITY_ROOM|Ward 17, bed 41, Teaching Hospital Kurunegala⟧ and insisted on fasting through the Avurudu auspicious times even after surgery. Dr. Wijesinghe, my consultant, negotiated with her: sips of water at the nekath time, then a proper feed. I learned that in Sri Lanka respect for elders and respect for customs walk together, and a good surgical plan can bend a little to meet them.`,
  },
  {
    id: "lk-what-002",
    setting: "anaesthesia",
    role: "medical officer in anaesthesia",
    text: `What? In Colombo I anaesthetised an 85-year-old man for a transurethral prostate resection under spinal. He became confused and bradycardic halfway through; his sodium was 118 mmol/L.
So what? TURP syndrome from glycine absorption. Dr. Perera, my consultant, stopped the procedure, gave furosemide and started hypertonic saline carefully while we monitored sodium every hour.
Now what? I will not give sedation that hides early confusion in these patients, because an awake patient under spinal is the best monitor of TURP syndrome. I also asked the urologists to tell us the resection time every thirty minutes, so we can think about fluid absorption.`,
  },
  {
    id: "lk-gibbs-003",
    setting: "elder care home",
    role: "nursing officer",
    text: `Description: I was asked to review ⟦NAME|Mr. Somapala Jayasuriya⟧, ⟦AGE|91 years old⟧, at ⟦LOCATION|the Sarana elders' home in Mount Lavinia⟧, because he had stopped eating.
Feelings: I expected depression; I felt unprepared for what I found.
Evaluation: his lower dentures had been missing for three weeks and nobody had noticed. His daughter in Canada phoned on ⟦PHONE|+94 77 555 4192⟧ every Poya day and thought he sounded weak.
Analysis: in elder homes with few staff, small things become big: teeth, glasses, hearing.
Conclusion: a new set of dentures from the dental faculty, and he is eating rice and curry again.
Action plan: a monthly "teeth, eyes, ears" check for every resident.`,
  },
  {
    id: "bd-free-001",
    setting: "hip fracture",
    role: "resident surgeon",
    text: `⟦NAME|Hazera Khatun⟧, who the family said was "about ninety-five", was brought from ⟦LOCATION|Char Fasson on Bhola island⟧ by launch and bus, three days after a fall. We admitted her to ⟦FACILITY_ROOM|Orthopaedic Ward 2, bed 36, Dhaka Medical College Hospital⟧ under registration ⟦ID|DMCH-2025-0448173⟧. Her son, a rickshaw-puller, gave me his number, ⟦PHONE|01711-555382⟧, and asked if she could be operated "without cutting much". Prof. Rahman explained that a hemiarthroplasty would let her sit and pray again. I reflected on how far the poorest older people in Bangladesh must travel for a fracture that, in a richer country, would be fixed within a day, and how much the family sacrifices to get them here.`,
  },
  {
    id: "bd-what-002",
    setting: "consent for surgery",
    role: "medical student",
    text: `What? During my surgery ward placement in Sylhet, I watched Dr. Chowdhury take consent for a cholecystectomy from a 60-year-old woman whose husband answered every question for her.
So what? Dr. Chowdhury politely asked the husband to wait outside for five minutes and spoke to her in Sylheti. She had questions about pain and about when she could cook again. She also said she was afraid of general anaesthesia because a neighbour had died under it.
Now what? I learned that consent in a family-centred culture still belongs to the patient, and that a few private minutes can give a woman her own voice. I will make time for that with every patient I consent.`,
  },
  {
    id: "bd-gibbs-003",
    setting: "delirium",
    role: "medical officer",
    text: `Description: ⟦NAME|Abdul Mannan Sarkar⟧, ⟦AGE|aged 92⟧, admitted on ⟦DATE|১৫ মার্চ ২০২৫⟧, became agitated on the surgical ward in Rajshahi on his second post-operative night.
Feelings: I felt helpless; the ward had sixty patients and two nurses.
Evaluation: his grandson, ⟦NAME|Rafi⟧, sat with him, talked about his mango orchard and gave him his glasses. He calmed.
Analysis: families in Bangladesh already sit at the bedside day and night. We rarely teach them how to help with delirium.
Conclusion: attendants can be our delirium team if we explain what to do.
Action plan: a Bangla leaflet for attendants on orientation, sleep and hydration, reviewed by Dr. Nasreen from medicine.`,
  },
  {
    id: "ph-free-001",
    setting: "surgical ward",
    role: "surgery resident",
    text: `⟦NAME|Lola Remedios Dimaculangan⟧, ⟦AGE|99⟧, came to ⟦FACILITY_ROOM|Ward 3, bed 14 of Philippine General Hospital⟧ with a bowel obstruction on ⟦DATE|November 1⟧, All Saints' Day, when half her family was at the cemetery. Her PhilHealth number, ⟦ID|19-025518473-6⟧, was needed for the Z-benefit, and her apo in Canada emailed me at midnight from ⟦EMAIL|remy.dimaculangan.apo@example.ph⟧ to ask if Lola would be "ok for surgery". Dr. Santos, our consultant, had the goals-of-care talk with the whole family on video. They chose comfort care. I had never before watched a surgical team decide not to operate and felt proud of it. Lola died peacefully with rosaries in her hands.`,
  },
  {
    id: "ph-what-002",
    setting: "theatre list",
    role: "scrub nurse",
    text: `What? Our elective OR list in Cebu has one anesthesiologist for two rooms on Fridays. Last week the second room waited two hours while Dr. Reyes managed a difficult airway next door.
So what? We cancelled a 74-year-old man's hernia repair after he had fasted since 10pm, for the second time. He cried. I felt ashamed of our system.
Now what? I raised it at the nursing quality meeting with our supervisor, Ma'am Luz. We proposed scheduling frail older patients first in the morning and keeping the second room for short local-anaesthesia cases on Fridays. The department chair agreed to try it for a month.`,
  },
  {
    id: "ph-comment-003",
    setting: "peer comment",
    role: "surgery resident",
    text: `Thank you for speaking up. In our hospital in Davao we also cancel older patients after long fasts, and nobody writes it down. Ma'am Luz's idea of putting frail patients first makes sense. Maybe we can share your data with the anesthesia department at the PCS convention next year.`,
  },
  {
    id: "my-free-001",
    setting: "orthogeriatrics",
    role: "medical officer",
    text: `⟦NAME|Puan Siti Aminah binti Abdullah⟧, ⟦AGE|93 tahun⟧ as her grandson wrote on the form, came to ⟦FACILITY_ROOM|Wad Ortopedik 6B, katil 18, Hospital Sultanah Bahiyah⟧ in Alor Setar after falling in the bathroom on ⟦DATE|1 Syawal⟧. Her MyKad, ⟦ID|320417-02-5328⟧, showed a date of birth in 1932. Dr. Lim, our orthopaedic specialist, and Dr. Kavitha from geriatrics ran a joint round for the first time. We spoke to the family about surgery within 48 hours and about her fasting habits. I reflected that orthogeriatric care in Malaysia is new, and that it works best when the geriatrician and surgeon walk together to the bed.`,
  },
  {
    id: "my-what-002",
    setting: "recovery",
    role: "anaesthesia medical officer",
    text: `What? In the recovery bay in Kuching, a 78-year-old woman after a laparoscopic cholecystectomy developed an SpO2 of 89% and her Aldrete score stayed at 7.
So what? Dr. Wong found residual neuromuscular blockade: her train-of-four ratio was 0.6. She had received rocuronium but no reversal because the case had been quick. We gave sugammadex 2 mg/kg and within two minutes she was breathing properly.
Now what? I will always check quantitative train-of-four monitoring before extubation in older patients, especially after short cases. Quick surgery does not mean quick recovery.`,
  },
  {
    id: "my-gibbs-003",
    setting: "home visit",
    role: "family medicine specialist",
    text: `Description: a home visit to ⟦NAME|Tok Wan Ismail bin Hassan⟧ at ⟦LOCATION|Kampung Sungai Dua, Kuala Kangsar⟧, bedbound after a stroke, whose granddaughter ran a TikTok account about caring for him, ⟦OTHER|@tokwan_ismail_kampung⟧.
Feelings: I worried about his dignity; he could not consent to being filmed.
Evaluation: the videos also taught other families how to turn a patient and feed safely, and she had 40,000 followers.
Analysis: caregiver social media is a mix of good education and lost privacy.
Conclusion: I discussed with her, gently, showing his care without his face.
Action plan: our clinic will include social media in caregiver training, with Dr. Farah, our counsellor.`,
  },
];
