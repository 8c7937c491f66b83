import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../../corpus-unseen5/gen.ts";

/** Pakistan: 9 items. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "vaccination drive",
    role: "lady health worker",
    text: `
I am Lady Health Worker since 2012 and this is my reflection for the refresher training in Mardan.

In the polio campaign of ⟦DATE|12 Rabi ul Awwal⟧ week, our team was refused at one house in ⟦LOCATION|Mohalla Kas Koroona, the house with green gate behind the Jamia Masjid near the tube well⟧. The father, ⟦NAME|Gul Rehman⟧, said "we do not give drops, they are for making children weak". There are three children in that house, the small one ⟦NAME|Zarmina⟧ is only nine months. Her B-form number we had from the registration, ⟦ID|${cnic("16101-7734902-4")}⟧, and she was zero dose, not even BCG.

First time I went with the male vaccinator and that was a mistake, the father did not even open the door fully. Second time I went alone in the afternoon and talked to the mother, ⟦NAME|Bibi Shaheen⟧, through the gate. She was worried but she said her husband listens to the imam. So third time our UC medical officer requested the imam sahib to come with us after Juma prayer. He gave the drops himself to one child from the next house in front of everybody, then ⟦NAME|Gul Rehman⟧ agreed.

Learning for me: the refusal was not about polio, it was about who is talking. Women talk to women, men listen to the masjid. Also our tally sheets should note who is the decision maker in the house. Inshallah next campaign we will have this from first day.
`,
  },
  {
    id: "pk-what-002",
    setting: "dengue ward",
    role: "staff nurse",
    text: `
**What?** October in Lahore means dengue. Our medical ward had extra beds in the corridor and we were three nurses for forty-two patients on evening shift. One young woman, 22, platelets 12,000, bleeding from gums, NS1 positive, and her brothers were insisting on platelet transfusion "right now" because their neighbour's son got it.

**So what?** I explained that according to the Punjab dengue guidelines (2023) and WHO, platelets are not given for low count alone without significant bleeding, and the doctor had assessed her. They did not accept and one brother started shouting at me near the nursing station. Our head nurse, Sister Nasreen, came and took them to the side and explained again in Punjabi, very calmly, while I did the vitals: pulse 96, BP 110/70, haematocrit stable at 40.

I felt insulted and also tired. It was Ramadan last year when we had a similar surge and I remember fasting all day and then working, crying in the washroom. This time I didn't cry but I was shaking.

**Now what?** Two things. First, I will not argue alone, I will call senior early. Second, I want to make a poster in Urdu for attendants about warning signs: abdominal pain, vomiting, bleeding, restlessness, and why fluid is more important than platelets. My friend from Services said they have one already, I will ask her. Also after shift we watched the Qalandars highlights in the hostel, which helped more than anything.
`,
  },
  {
    id: "pk-free-003",
    setting: "labour ward",
    role: "lady health visitor",
    text: `
My reflection from the labour room posting, LHV second year.

The patient was ⟦NAME|Mst. Nazia Bibi⟧ w/o ⟦NAME|Sher Afzal⟧, 27, G4 P3, admitted to ⟦FACILITY_ROOM|Gynae Unit B at Lady Reading Hospital, bed 22⟧ for induction because she was 41+4 weeks. Her husband's number on the file was ⟦PHONE|0333 5559174⟧. Her three previous deliveries were at home with a dai in their village, this was first hospital delivery.

She was very frightened of the hospital. She told me in Pashto that her cousin died in a hospital after operation, so hospital means death for her family. Every time the doctor came for PV she was crying and holding her chaddar tight. The doctors are busy, they come and go in two minutes.

I sat with her during the latent phase, explained the misoprostol, what is CTG, why we check the baby heart. I told her I am also from Charsadda side, and she smiled first time. In the active phase she let me stay, she delivered normally at 4:10 in the morning, baby boy, 3.2 kg, Apgar 8 and 9.

What I learnt is, privacy and language make a big difference. We have curtains that don't close properly, eight women in one room and male attendants in the corridor looking inside. I will raise this in our ward meeting. And I understood that I don't need to be a doctor to make the biggest difference, sometimes just staying is the treatment.
`,
  },
  {
    id: "pk-comment-004",
    setting: "tutor feedback",
    role: "nursing instructor",
    text: `
Beautiful reflection, and very true about staying with the patient. Please connect it with theory, Hildegard Peplau's interpersonal relations model fits perfectly here. Also add one line about how you maintained privacy with the curtains and what you will suggest to the nurse manager. Submit the final copy before Eid holidays, I am marking all portfolios on 2nd.
`,
  },
  {
    id: "pk-free-005",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
As a hospital pharmacist in Multan I want to reflect on a sound-alike error which we caught at the last minute.

A prescription came from the medical OPD for "Losartan 50" but the pharmacy assistant dispensed "Lasix 40" because handwriting and both start with L-A-S. The patient was ⟦NAME|Haji Muhammad Aslam⟧, CNIC ⟦ID|${cnic("36302-4418827-9")}⟧ on the free medicine card, and he is already on furosemide from another doctor, so double diuretic would have been dangerous, he is elderly with CKD, creatinine 2.1 on the last report dated ⟦DATE|3/9/25⟧.

I was doing random second check and noticed the strip. I called the patient back from the gate. His grandson ⟦NAME|Usman⟧ was angry, "we waited three hours and now you say wrong medicine". I apologised and explained. Then he understood and actually thanked me.

I did not blame the assistant in front of people, but afterwards we talked. He said he was counting since morning without break and the queue was 300 patients. This is a system problem. We have one pharmacist for the whole OPD.

Actions: I requested the medical superintendent for tall-man lettering labels on the shelves (LASix and LOSartan), and for doctors to write generic name in capitals. Also a rule that drugs for elderly with more than five medicines get a pharmacist check. Let's see. I will also mention in our Friday CPD session, because this can happen to anyone.
`,
  },
  {
    id: "pk-gibbs-006",
    setting: "surgical ward",
    role: "student nurse",
    text: `
**Description.** BSN third year, surgical ward posting in Karachi. Post-op patient after laparotomy, I was asked to remove the NG tube. I had seen it once but never done it.

**Feelings.** Nervous, hands sweating. I did not want to say no to my staff nurse because she was very busy.

**Evaluation.** I checked the order, explained to the patient, positioned semi-Fowler's, flushed with air, asked him to hold his breath and pulled in one smooth movement. It went okay. But I forgot to check bowel sounds before, and I forgot to document the drainage amount from the last shift.

**Analysis.** I focused on the skill and not the assessment. In Potter and Perry it is clear that NG removal needs return of bowel function, passing flatus, and the doctor's order is based on that. Our clinical instructor, Ma'am Rubina, says "skills without thinking are just hand movements".

**Conclusion.** I need to think about why, not only how.

**Action plan.** Before any procedure I will say the indication and the checks in my mind, like a checklist. I will practise NG insertion and removal on the manikin in skills lab. Also I will ask for help when I am not confident, even if staff is busy. Next month is our OSCE, and then winter break, so I want to be ready before that. Also stop watching Tere Bin till 2am.
`,
  },
  {
    id: "pk-free-007",
    setting: "ambulance call",
    role: "emergency medical technician",
    text: `
Rescue 1122 call I am still thinking about, so writing it for my EMT refresher portfolio.

Road traffic accident on the GT Road near Gujar Khan, a loader rickshaw hit by a coaster. Our patient was the rickshaw driver, ⟦NAME|Tariq Mehmood⟧, around 35, trapped by the legs, GCS 13, BP 90/60, open fracture of the right tibia. His loader's number plate was ⟦OTHER|RIR 4417⟧ and the police wanted it from us for the FIR, which is not our job but we noted it.

Bystanders were pulling him out by the arms before we arrived. I had to shout to stop them. My senior, Waqas bhai, took control of the crowd and I did C-spine, we did the extrication properly with the board. Tourniquet was not needed, pressure dressing was enough. IV line, fluids, splint.

His brother ⟦NAME|Naveed⟧ arrived on a motorbike and gave his home location as ⟦LOCATION|Dhok Ratta, past the mosque near the old railway crossing in Mandra⟧ and wanted us to take him home, not to hospital. We explained open fracture means infection risk and surgery. We took him to ⟦FACILITY_ROOM|DHQ Hospital Rawalpindi⟧.

Learning: crowd control is a clinical skill. People want to help and they do harm. I also learnt to give the family one clear sentence, not ten. In the refresher I will ask for more training on scene management, because our course is mostly CPR and bandaging.
`,
  },
  {
    id: "pk-free-008",
    setting: "outpatient physiotherapy",
    role: "physiotherapist",
    text: `
Reflection on my first month as a DPT in a private clinic in Islamabad.

I am seeing a lot of young people with neck and low back pain, mostly IT workers, bankers, and students preparing for CSS exams. Sitting 10 to 12 hours, phone in hand. Last week I had seven patients with the same story, and I found myself giving the same TENS, hot pack and stretching routine to all of them, like a factory.

My senior, Dr. Hina Malik (PT), sat in my session and afterwards asked me, "what did you learn about this person that changed your plan?" Honest answer: nothing. I had not asked about sleep, stress, or what they do after work.

So I started using a short biopsychosocial history, just five questions, including fear avoidance (the FABQ). One banker with chronic low back pain for two years scored very high on fear. He was not bending at all because a doctor once told him his "disc is out". I spent the whole session on education, showed him the MRI findings are common in people without pain (Brinjikji et al., 2015), and we did graded bending with a broomstick. He came back the next week saying he picked up his daughter for the first time in a year.

Lesson: passive modalities are easy to bill but they don't change much. Education and graded exposure take time but work. I also need to stop scheduling patients every 20 minutes. And maybe stop discussing the Babar Azam strike rate with every patient.
`,
  },
  {
    id: "pk-comment-009",
    setting: "peer feedback",
    role: "emergency medical technician",
    text: `
Good write up bhai but you cannot post this in the group like this. You have put the full name ⟦NAME|Tariq Mehmood⟧, the loader number ⟦OTHER|RIR 4417⟧ and the village, anybody from Gujar Khan will know who it is in two minutes. Make it "adult male driver, rural road" and delete the plate. Otherwise very good, especially the crowd control part.
`,
  },
];
