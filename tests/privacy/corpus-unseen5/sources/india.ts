import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "ward round",
    role: "intern",
    text: `
Internship diary, medicine unit, Kolkata.

⟦NAME|Subrata Ghosh⟧ came to us from ⟦LOCATION|Gosaba⟧, deep in the Sundarbans, after two days of travel: van-rickshaw, boat, train, then a bus. He is a crab fisherman, 52, and he had a tiger-claw-shaped scar on his back that he showed everyone before he showed us his swollen legs. He was admitted to ⟦FACILITY_ROOM|Ward 4, bed 17, SSKM⟧ with nephrotic-range proteinuria, albumin 1.9.

On the round, our unit head, Prof. Debjani Sen, asked me why he had not gone to the block hospital. I said “lack of awareness”, which is the phrase we all write. She asked me to go and actually ask him. His answer: the block hospital sends everyone to Kolkata anyway, so why lose two days? Ki bolbo, I had nothing to say.

His son ⟦NAME|Bapi⟧ kept all the papers in a plastic bag — the Aadhaar card (⟦ID|${aadhaar("5183 2207 649")}⟧), the Swasthya Sathi card, old prescriptions. I photographed nothing, but I did note his son's number, ⟦PHONE|+91 98300 55521⟧, for follow-up, because the nearest phone signal is on the jetty.

My reflection: “lack of awareness” is usually our lack of awareness. We started him on steroids and enalapril, booked the biopsy, and Prof. Sen arranged for follow-up labs at the sub-divisional hospital so he would not need to come back every fortnight. Next time I write “poor compliance” I will ask one more question first.
`,
  },
  {
    id: "in-what-002",
    setting: "obstetrics",
    role: "nursing student",
    text: `
What? During my third-year obstetrics posting in Pune I assisted at a normal delivery. The baby's Apgar was 8 at one minute and 9 at five minutes, and my clinical instructor, Mrs. Kulkarni, asked me to do the newborn examination. I noticed upslanting palpebral fissures, a single palmar crease and low tone, and I did not know whether to say anything.

So what? I told Mrs. Kulkarni quietly outside. She praised me for noticing and for not blurting it out in front of the mother. The paediatric resident, Dr. Joshi, examined the baby and agreed that Down syndrome was possible; a karyotype was sent. The way the news was given later, with the consultant sitting down, using the baby's name and starting with what was normal, taught me more than any lecture.

Now what? I have learned the importance of escalating concerns privately and of clinical humility. I will read the Indian Academy of Pediatrics guidance on newborn screening and the chapter on chromosomal disorders in Dutta before my university practical exam on 15 January. I also want to ask Mrs. Kulkarni whether I can attend a genetic counselling session at the hospital, because I realised I don't know what families are told after the first conversation.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "community health",
    role: "community health officer",
    text: `
Description: I am a CHO at a Health and Wellness Centre in Kandhamal district. On my home visit round I met ⟦NAME|Bhagyalaxmi Pradhan⟧, 19, in her first pregnancy, in ⟦LOCATION|Budhadangi hamlet, just beyond the Kali temple⟧. Her MCP card number is ⟦ID|OD-KDM-2025-04187⟧. Her haemoglobin on our HemoCue was 7.1 g/dL. Her mother-in-law, ⟦NAME|Sabitri⟧, said the iron tablets made her daughter-in-law vomit so she had stopped them.

Feelings: I felt helpless at first, then determined, because the delivery was due around ⟦DATE|14 December⟧ and there was not much time.

Evaluation: I did not lecture. I asked ⟦NAME|Sabitri⟧ what she thought would help, and she suggested taking the tablet at night with food. We arranged IV iron sucrose at the CHC, which ⟦NAME|Bhagyalaxmi⟧ agreed to after her husband ⟦NAME|Ranjan⟧ was called on his phone in Kerala, where he works.

Analysis: Anaemia Mukt Bharat targets look simple on paper. In the hamlet, decisions are made by the household, not the woman alone. Involving the mother-in-law, rather than going around her, was what worked.

Conclusion: Family is not an obstacle; it is the setting of care.

Action plan: Follow up with a repeat Hb in three weeks, work with the ASHA didi of the village to visit weekly, and share the approach at our block review meeting.
`,
  },
  {
    id: "in-free-004",
    setting: "internal medicine",
    role: "medicine resident",
    text: `
Dengue season in Mumbai and I am writing this between admissions.

Yesterday we had 14 dengue patients on the ward. The pressure from relatives is always about platelets. “Platelet kitna hai?” is the first question in the morning, not “how is he?” One patient's platelet count was 18,000 and the family was demanding a transfusion, having heard that a neighbour got one. Per the WHO 2009 dengue guidelines and our own unit protocol, prophylactic platelet transfusion in a stable patient without bleeding doesn't help, and it can cause harm.

My PG guide, Dr. Shirodkar, made me explain this to the family myself. I tried in English first, then in Marathi, and it was only when I drew a picture of the capillary leak and the haematocrit rising that the father said, “So the water is the problem, not the platelets.” Exactly.

Other things I want to remember from this season:
- warning signs: abdominal pain, persistent vomiting, mucosal bleeding, lethargy, hepatomegaly, rising HCT with falling platelets
- fluid: careful, titrated, reassess every hour in the critical phase
- paracetamol only, no NSAIDs (one patient had taken ibuprofen from a chemist for three days)

I will present the family-communication part at our department's teaching session on Saturday. I want to make a one-page Marathi and Hindi handout for relatives. And sleep, at some point.
`,
  },
  {
    id: "in-free-005",
    setting: "geriatrics",
    role: "geriatric medicine resident",
    text: `
Our OPD in Hyderabad sees many elders, but ⟦NAME|Ramulu garu⟧ is different. He is ⟦AGE|96⟧, a retired railway gangman, and he comes on his own, by auto, every month, with his file in a cloth bag. His UHID is ⟦ID|NIMS2019-0448213⟧. He lives at ⟦ADDRESS|H.No 4-7-112, Esamia Bazar, Hyderabad 500027⟧ with his grandson.

Last month he came with a fall and a swollen wrist. X-ray: distal radius fracture. Ortho wanted to admit for ORIF; he refused, saying “naku inka enni samvatsaralu unnayi?” — how many years do I have left anyway? My senior, Dr. Vasanthi, spent thirty minutes talking with him instead of ten. We settled on a cast, analgesia (paracetamol 650 mg, no NSAIDs because his creatinine is 1.8), a falls assessment and vitamin D.

The falls assessment was revealing. His grandson had moved the bed to the other side of the room, and ⟦NAME|Ramulu garu⟧ was getting up at night on the wrong side, into the wall. Simple fix.

Reflection: for the very old, the best treatment is sometimes the smaller one, and respect means giving time. Also: ask about the room, not only the patient. I am adding a home-environment question to our geriatric OPD proforma and discussing it at our unit meeting.
`,
  },
  {
    id: "in-gibbs-006",
    setting: "physiotherapy",
    role: "physiotherapy intern",
    text: `
Description: In my neuro-rehab posting in Hyderabad I treated a young software engineer with Bell's palsy, day 10 after onset. My supervisor, Dr. (PT) Lakshmi Narayanan, asked me to plan his facial exercises.

Feelings: I was confident because we had a class on this in third year. I was also a bit too eager.

Evaluation: I prescribed strong, repeated mass movements (big smiles, forceful eye closure) thirty times a day. Dr. Lakshmi stopped me and explained that mass movement exercises can encourage synkinesis. She suggested gentle, slow, isolated movements in front of a mirror, with attention to symmetry, and no electrical stimulation at this stage.

Analysis: My knowledge was from an older textbook. The current evidence, summarised in the 2013 AAO-HNS clinical practice guideline and later Cochrane reviews, supports early steroids and cautious, targeted facial retraining. I had memorised exercises without understanding the mechanism.

Conclusion: Read the current guideline, not just the class notes, and understand why an exercise is given.

Action plan: I will review the Sunnybrook Facial Grading System and use it at baseline and every two weeks. I will prepare a short presentation for our intern batch on facial nerve rehabilitation by the end of this month. I will also ask Dr. Lakshmi for feedback on my patient education handout.
`,
  },
  {
    id: "in-what-007",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
What? I work in the medical ICU at a private hospital in Kozhikode. ⟦NAME|Abdul Rasheed⟧, 49, returned from Dubai after a stroke and was admitted to ⟦FACILITY_ROOM|MICU bed 9, Baby Memorial Hospital⟧ on ⟦DATE|3 November⟧. His wife ⟦NAME|Sajitha⟧ and their relatives created a WhatsApp group called “⟦OTHER|Rasheedkka MICU Bed 9 Updates⟧” with almost 200 members, and started asking us to send photos and lab reports into it.

So what? ⟦NAME|Sajitha⟧ sent me requests from ⟦PHONE|+91 94470 55538⟧ at 2 am. I felt sorry for her, she is alone with two children, and I almost sent a photo of his chart. Our nursing supervisor, Sister Lissamma, stopped me. Patient information goes to the designated next of kin, and from the doctor, not into a group with 200 people, some of whom are probably not even relatives.

Now what? We held a family meeting with Dr. Faisal, the intensivist, and gave ⟦NAME|Sajitha⟧ a fixed time, 5 pm, for a daily phone update. I learned that compassion does not mean saying yes to everything. I will discuss with our unit in-charge whether we can give families a written note about how and when updates are given, in Malayalam and English, at admission.
`,
  },
  {
    id: "in-what-008",
    setting: "OSCE",
    role: "faculty",
    text: `
What? I was an examiner for the final MBBS OSCE at our medical college in Jaipur last week. At the history station, one student took a thorough history from the simulated patient with chest pain: onset, character, radiation, associated symptoms, risk factors. But he never once looked at the patient; he looked at his own hands and at the clock.

So what? He would have passed on the checklist. Our checklist has 18 items and “eye contact” is worth one mark. I realised our assessment rewards the content of communication and not its quality, and that the NMC's CBME curriculum (2019) and the AETCOM module were asking for more than we were measuring. My co-examiner, Dr. Meena Rathore, had the same feeling.

Now what? I gave him feedback after the exam was over. He said that nobody had ever told him; he was anxious and thought looking away was respectful. We are proposing a global rating scale alongside the checklist for next year's OSCE, and I will run a faculty development workshop on giving feedback on communication in February. For me, it was a reminder that a student's behaviour often has a reason, and that our forms can hide it.
`,
  },
  {
    id: "in-free-009",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Road traffic accident on the Patiala bypass, night shift. ⟦NAME|Sardar Jagir Singh⟧, 71, was brought in by a passing truck driver after his scooter was hit. GCS 13, femur fracture, BP 90/60. The police constable wanted the vehicle number of the scooter for his register, ⟦OTHER|PB 11 AZ 4471⟧, and wrote it on the same page as our notes. I only noticed later.

We stabilised him: two wide-bore lines, 1 litre crystalloid, blood cross-matched, traction splint, tranexamic acid within the hour per CRASH-2. He was shifted to ⟦FACILITY_ROOM|Ward 12 at Rajindra Hospital⟧ after ortho review. His son ⟦NAME|Gurpreet⟧ arrived at 3 am from Rajpura and produced his father's Aadhaar, ⟦ID|${aadhaar("7392 4410 586")}⟧, for the Ayushman card registration.

What I learned. Firstly, the medico-legal work at night takes as long as the resuscitation. Secondly, documents travel: the Aadhaar photocopy, the police register, our case sheet, the insurance desk, a WhatsApp photo to the ortho PG. Each copy is a chance for a leak. I have asked our HOD, Dr. Bedi, whether we can stop sending ID photos over personal WhatsApp and use the hospital system instead. Thirdly, ⟦NAME|Gurpreet⟧ told me his father had been riding without a helmet because “Sikhs wear a turban”. That conversation is not mine to win, but I did learn that many riders don't know the rules, and I want to know more.
`,
  },
  {
    id: "in-free-010",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
I am a second-year psychiatry resident in Bengaluru. This week I saw a college student with a first episode of psychosis, brought by her parents, who were convinced it was black magic and had already taken her to a temple for a puja before coming to us.

My instinct was to dismiss the explanation. My consultant, Dr. Ravishankar, did something else. He asked the parents to tell us what they had seen, and what the priest had said. Then he said that whatever the cause, the doctors and the temple could both help, and that the medicine would help her sleep and feel less afraid. The father agreed to start risperidone 1 mg at night. The mother asked if they could still tie the thread on her wrist. Of course.

I have been reading Kleinman's explanatory model questions (1978) and they felt academic until this week. Now I see how they can open a door. The Mental Healthcare Act 2017 also pushes us to respect the patient's own views, and our student, who had been silent all along, finally said she felt someone was listening.

Next steps for me: use the explanatory model questions in every new assessment this month, and present one case at our journal club. Also, learn more Kannada. My Tamil and English got me through, but not far enough.
`,
  },
  {
    id: "in-gibbs-011",
    setting: "palliative care",
    role: "medical student",
    text: `
Description: During my community medicine posting in Chennai, I visited a palliative home-care patient with the Pain and Palliative Care team. ⟦NAME|Kamala paati⟧ (as her grandchildren call her) has metastatic breast cancer and lives at ⟦ADDRESS|No. 14, 3rd Cross Street, Kotturpuram, Chennai 600085⟧. Her daughter ⟦NAME|Vasuki⟧ is her main carer. The team told me to write down the family's contact, ⟦EMAIL|vasuki.ramanathan71@gmail.com⟧, for the monthly morphine indent.

Feelings: Paati held my hand the whole visit and kept saying “kanna, saapteengala?” (have you eaten?). I felt undeserving. I also felt scared when she cried about her pain.

Evaluation: The team nurse, Sister Amudha, adjusted her oral morphine from 5 mg to 7.5 mg four-hourly and added a laxative. I would have been nervous about “increasing morphine for an old lady”, but the WHO analgesic ladder (and the 2018 WHO cancer pain guidelines) says this is exactly right.

Analysis: Opioid phobia is common among doctors in India, and I have absorbed it without noticing. Morphine availability has improved since the NDPS amendment of 2014, but fear remains.

Conclusion: Relief of pain is a right. ⟦NAME|Kamala paati⟧ died peacefully at home on ⟦DATE|29 October⟧, which is what she had asked for.

Action plan: Read the IAPC guidelines; join the next home visit schedule; discuss opioid myths in our student journal club.
`,
  },
  {
    id: "in-comment-012",
    setting: "peer feedback",
    role: "medical student",
    text: `
Nice one yaar. I had the same problem in my paediatrics viva — I knew the milestones but froze when the examiner asked about a real child. Your idea of practising with the cards before the exam is good. Maybe add the WHO growth charts too, they asked me about those. All the best for finals in March!
`,
  },
  {
    id: "in-comment-013",
    setting: "peer feedback",
    role: "nursing tutor",
    text: `
Thoughtful reflection, and the SBAR handover part is excellent. Before you submit it to the college blog, please remove the line about ⟦NAME|Mrs. Shanthamma⟧ in ⟦FACILITY_ROOM|bed 22 of the female medical ward at Victoria Hospital⟧ and her date of admission, ⟦DATE|5/11/2025⟧. Consent for publication is not the same as consent for care. Otherwise this is ready.
`,
  },
  {
    id: "in-free-014",
    setting: "night shift",
    role: "surgery resident",
    text: `
Second year of MS General Surgery in Lucknow, and this is a reflection I have been avoiding for two months because it is about me, not a patient.

On a Saturday emergency duty I had been awake for 31 hours. We did four laparotomies — two perforations, one obstruction, one stab injury — and at around 4 am I was closing the abdomen of the fourth patient while our senior resident, Dr. Ankit, went to see a trauma call in casualty. I counted the mops with the scrub sister, Sister Reena, and the count was one short. I was so tired that my first thought was, honestly, “it must be somewhere in the bin, let's close.” Sister Reena refused. She said, very politely, “Sir, count nahi mila toh close nahi hoga.” We found it under the drape on the floor. It had never been inside the patient. But the fact that I was ready to close is the thing I cannot forget.

I told my unit head, Prof. Srivastava, the next day, expecting a scolding. Instead he told me about his own near miss in 1998, when he was a resident, and then asked me a question I am still thinking about: “Who decided that you should operate at hour 31?”

The WHO Surgical Safety Checklist, the retained-swab literature, the NMC's own guidance on resident duty hours from 2021 — I know all of these. None of them helped at 4 am, because my brain was not working. What helped was a nurse who followed the rule even when the doctor was tired and senior to her.

So, what am I doing? First, I have started saying out loud when I am too tired to do a task safely, and asking for someone else to close. This is not easy in our culture, where saying “I am tired” sounds like saying “I am weak”. Second, our residents have written to the department asking for a rest period after 24 hours of duty, and Prof. Srivastava has supported it. Third, I have thanked Sister Reena properly, in front of the team, because she deserves it. Yeh likhna zaroori tha.
`,
  },
];
