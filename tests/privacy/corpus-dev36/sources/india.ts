import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const KAMALAMMA_AADHAAR = aadhaar("7391 2046 851");

export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "hip fracture",
    role: "intern",
    text: `In my orthopaedics posting I admitted ⟦NAME|Smt. Kamalamma⟧, ⟦AGE|aged 92⟧, brought by tempo from ⟦LOCATION|Hosahalli village near Tumakuru⟧ three days after she slipped in the cowshed. The family had taken her to a bonesetter first. Her Aadhaar, ⟦ID|${KAMALAMMA_AADHAAR}⟧, had to be linked for the Ayushman Bharat claim before the implant could be issued, and her grandson kept calling me on ⟦PHONE|+91 94480 55531⟧ to ask if the paperwork was done. Our unit chief, Dr. Raghavendra, did a cemented hemiarthroplasty under spinal. What I reflected on was how many people the fracture had to pass through before it reached an orthopaedic surgeon, and how the scheme, meant to help, added two days of delay for a woman who could not wait.`,
  },
  {
    id: "in-what-002",
    setting: "spinal anaesthesia",
    role: "anaesthesia resident",
    text: `What? I gave my first solo spinal for a TURP in an 82-year-old man: 2.2 mL of 0.5% heavy bupivacaine at L3–L4. Within four minutes his blood pressure fell from 150/90 to 80/40 and he became nauseated.
So what? Dr. Menon, my senior, had told me to reduce the dose for older patients and to have phenylephrine ready. I had the syringe drawn but not labelled. We gave 50 mcg twice and a fluid bolus and he settled.
Now what? For elderly patients I will use a lower dose, preload with a co-load of crystalloid, keep a labelled vasopressor on the tray and tilt the table early. I also learned that "routine" is the most dangerous word in the OT.`,
  },
  {
    id: "in-gibbs-003",
    setting: "consent for surgery",
    role: "surgical resident",
    text: `Description: ⟦NAME|Shri Ramesh Chand⟧, admitted under IPD number ⟦ID|IPD/2025/184736⟧ in ⟦FACILITY_ROOM|Surgery Ward 4, bed 17, AIIMS Jodhpur⟧, needed an emergency laparotomy for perforation peritonitis on ⟦DATE|12.08.2025⟧, the evening of ⟦DATE|Raksha Bandhan⟧.
Feelings: I was anxious; the high-risk consent form is in English and he reads only Hindi.
Evaluation: I explained the operation, the chance of a stoma and the risk of death in Marwari-flavoured Hindi with the help of our ward boy, Mahendra. His daughters asked good questions.
Analysis: a signature on an English form he could not read would not have been consent.
Conclusion: language is part of the procedure.
Action plan: we have requested bilingual high-risk consent forms from the medical superintendent's office.`,
  },
  {
    id: "in-free-004",
    setting: "palliative home care",
    role: "geriatric medicine resident",
    text: `Kerala's palliative care network is famous, and during my geriatrics posting I finally saw why. Dr. Suresh and two community nurses took me on home visits in a jeep. We saw a bedbound man in his eighties with a sacral pressure injury (Waterlow score over 20), a woman with Parkinson's disease on levodopa whose family had been giving her doses with milk, and an old teacher with advanced heart failure who wanted to talk about poetry more than about furosemide. The volunteers knew every family. The doctors came second. I had read about the Neighbourhood Network in Palliative Care model in Community Medicine, but I had not understood that the centre of care was the neighbour, not the hospital.`,
  },
  {
    id: "in-what-005",
    setting: "surgical ICU",
    role: "OT nurse",
    text: `What? After a Whipple's procedure, ⟦NAME|Shri Bhanwarlal Jain⟧'s family of eleven created a WhatsApp group called ⟦OTHER|Bauji SICU Bed 9 Updates⟧ and added me without asking. His son also emailed his scans to ⟦EMAIL|jain.bhanwar.family@example.in⟧ from my phone while I was busy.
So what? I felt flattered and trapped at the same time. Everything in that group, with his bed and his photographs, was identifiable. Our nursing superintendent, Sister Mary, reminded me that our duty of confidentiality does not stop at the ward door.
Now what? I left the group politely, gave the family the official helpdesk number, and we now tell families on admission that updates come from the doctor at 11am and 5pm, not on WhatsApp.`,
  },
  {
    id: "in-free-006",
    setting: "pre-anaesthetic clinic",
    role: "medical student",
    text: `In the pre-anaesthetic check-up clinic at our college I learned more medicine in a week than in a month of wards. Dr. Iyer made us examine airways before we read the file: Mallampati class, mouth opening, thyromental distance, neck movement. A 61-year-old with an HbA1c of 8.2% on metformin and glimepiride was posted for a hernia repair; we stopped the glimepiride and planned him first on the list. A 70-year-old on clopidogrel after a stent needed a cardiology opinion. Everyone was ASA II or III. What surprised me is how often the clinic found something new: a murmur, an untreated thyroid, a haemoglobin of 7.9. The operation is the easy part, Dr. Iyer says; the patient is the hard part.`,
  },
  {
    id: "in-gibbs-007",
    setting: "falls and osteoporosis",
    role: "orthopaedic resident",
    text: `Description: in our fracture clinic in Pune I saw three older women with Colles' fractures in one morning, all after falls at home.
Feelings: I felt we were treating the wrist and ignoring the bone.
Evaluation: Dr. Kulkarni asked me to calculate FRAX scores for each; two were above the treatment threshold and none had ever had a DEXA or calcium and vitamin D.
Analysis: in India osteoporosis in women is hugely underdiagnosed, and a fragility fracture is the first and best chance to treat it.
Conclusion: every distal radius fracture in a woman over 50 is a bone health referral.
Action plan: I have made a stamp for the OPD card that says "FRAX done / DEXA ordered / zoledronic acid discussed", and the unit has agreed to audit it in three months.`,
  },
  {
    id: "in-free-008",
    setting: "home visit",
    role: "geriatric medicine resident",
    text: `My home visit this week was to ⟦NAME|Sardar Gurbachan Singh⟧, ⟦AGE|ninety-four⟧, at ⟦ADDRESS|H. No. 14/2, Gali No. 3, Bhajanpura, Delhi 110053⟧. He fought in 1965, he told me twice, and he refuses to move to his son's flat in Gurgaon because "my gurdwara is here." He has benign prostatic hyperplasia, mild cognitive impairment and a gait that worries me. His daughter-in-law has installed a bell by his charpai. Dr. Chatterjee, my consultant, reminded me that our job is not to make him safe but to make him as safe as he wants to be. We left a walker he will not use, a grab rail he agreed to, and a follow-up for his tamsulosin, which may be why he is dizzy at night.`,
  },
  {
    id: "in-comment-009",
    setting: "peer comment",
    role: "intern",
    text: `Very moving, but please edit before the faculty uploads this. You have written ⟦NAME|Kamalamma⟧'s full Aadhaar, ⟦ID|${KAMALAMMA_AADHAAR}⟧, and her village. Even with the name removed, those two together identify her. The delay in the insurance approval is an important point and should stay. Dr. Raghavendra would agree, I think.`,
  },
  {
    id: "in-comment-010",
    setting: "peer comment",
    role: "medical student",
    text: `Sir, thank you for this. In our PAC clinic in Chennai last month we also found a patient with an HbA1c of 11 posted for elective surgery. Dr. Iyer's habit of examining the airway first is one I will copy. Could you share which guideline you followed for stopping clopidogrel before surgery?`,
  },
  {
    id: "in-what-011",
    setting: "theatre list",
    role: "surgical resident",
    text: `What? Our cataract-and-hernia Saturday list had 14 patients and one OT. By noon we were three cases behind because two patients had eaten breakfast and one had a blood pressure of 190/110.
So what? Every cancellation meant an older person who had travelled from a village, often with a relative losing a day's wages, going home unoperated. Dr. Saxena, our head of unit, asked us to count the cost in bus fares rather than in minutes.
Now what? We now phone every patient the evening before in their own language with three instructions: no food after midnight, take the blood pressure tablet with a sip of water, bring all your medicines. Last Saturday only one case was cancelled.`,
  },
];
