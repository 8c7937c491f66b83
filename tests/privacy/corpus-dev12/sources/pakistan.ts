import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: FCPS trainees, registrars, faculty. */
export const PK: SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "internal medicine",
    role: "FCPS medicine trainee",
    text: `**Description.** I am in the third year of FCPS Medicine training in Faisalabad. In the wheat harvest season a man was brought to us at night with vomiting, pinpoint pupils, bradycardia of 42 and copious secretions. His brother said he had been spraying the fields at ⟦LOCATION|Chak 87 GB near Tandlianwala⟧ without a mask. His name was ⟦NAME|Muhammad Rafiq⟧, a tenant farmer, and the admission slip had his CNIC, ⟦ID|35202-4817263-5⟧, written in the corner by the guard at the gate. We admitted him to ⟦FACILITY_ROOM|Bed 9, East Medical Ward, Allied Hospital Faisalabad⟧.

**Feelings.** I was frightened. I had read about organophosphate poisoning many times but I had never managed the atropine myself without a senior standing next to me.

**Evaluation.** We followed the approach our unit teaches: atropine 2 mg IV, doubling every five minutes until the chest was clear, heart rate above 80 and systolic above 80. He needed 38 mg in the first two hours, then an infusion. Pralidoxime was not available. He was ventilated for four days on the ward because the ICU was full. He survived.

**Analysis.** What went well was the atropinisation; our registrar, Dr. Saima Tariq, had drilled us on the Eddleston protocol. What went badly was everything upstream of us. Pesticide poisoning in Punjab is an occupational disease, and the WHO's pesticide guidance talks about safer storage and protective equipment, which none of the labourers at that chak had. The brother told me ⟦NAME|Rafiq⟧ had been given the chemicals by the landlord with no instructions at all.

**Conclusion.** Treating the patient was only half of the job.

**Action plan.** I will write up our ward's organophosphate cases over the last six months for the department's audit meeting, and I have contacted the district health officer's team about farmer education before the cotton season. When I met ⟦NAME|Rafiq⟧ at his follow-up he shook my hand and said "doctor sahib, the mask is in my pocket now".`,
  },
  {
    id: "pk-what-002",
    setting: "surgery",
    role: "urology registrar",
    text: `**What?** This Eid ul Adha I was the on-call urology registrar for three days. My wife and daughters went to my parents' house in Multan without me, and I ate my Eid lunch, biryani brought from home by our ward boy Shafiq, standing up in the doctors' room between two emergencies. Across those three days I saw six patients with obstructed kidneys from stones, two with acute retention and one with a Fournier's gangrene that needed three trips to theatre.

**So what?** Urology in Pakistan has a hero, and every trainee knows his name: Dr. Adib Rizvi, who built SIUT on the principle of free care with dignity. I think about that principle on days like Eid, when I am tired and short-tempered and it would be easy to rush. I did rush once. I put a catheter in an elderly man with retention and was curt with him because he asked too many questions. My consultant, Prof. Khalid Mehmood, saw it and did not say anything until we were alone, and then he said, "You did the procedure well. Now go and do the talking well."

So I went back. I sat down, explained the catheter, the bag, the plan for a TWOC in a week and tamsulosin 0.4 mg at night, and answered his questions. It took eight minutes. He thanked me and gave me a sweet from his pocket.

**Now what?** I am preparing for my FCPS exit exam in urology, and I want to pass it. But I also want to be the registrar who does the talking well at hour thirty of a shift. I am going to start each on-call by writing the word "dignity" on the back of my hand, which my daughters will find very funny. I have also signed up to volunteer at a stone clinic in our mohalla one Saturday a month.`,
  },
  {
    id: "pk-free-003",
    setting: "obstetrics",
    role: "gynaecology postgraduate resident",
    text: `I am a second-year postgraduate resident in gynaecology and obstetrics in Karachi. I want to write about a phone call, because it has stayed with me longer than any procedure I did this year.

On ⟦DATE|21 Ramazan⟧, in the last week of the fasting month, ⟦NAME|Shazia Bibi⟧, 26, was brought to the labour room of ⟦FACILITY_ROOM|Civil Hospital Karachi⟧ with postpartum haemorrhage after a home delivery by a dai in Lyari. She was shocked, with a haemoglobin of 5.4 and an atonic uterus. We gave oxytocin, misoprostol 800 micrograms, tranexamic acid 1 g per the WOMAN trial, and four units of blood, and my senior, Dr. Rukhsana Memon, did a B-Lynch suture in theatre. She survived.

Her husband was working in Dubai. Her mother-in-law gave me his number, ⟦PHONE|+971 55 555 0142⟧, and asked me to ring and explain because "he will listen to a doctor". I rang at 2 am Karachi time. He was frightened and angry, first at his mother, then at me, then at himself. He asked whether his wife would be able to have more children. He asked whether the baby was a boy. When I said it was a girl he was quiet for a long time, and then he said, "Tell ⟦NAME|Shazia⟧ I am coming home."

I do not know whether he came. I do know that the call mattered to her, because she asked me about it the next morning before she asked about the baby.

What I learned is that obstetric emergencies are family emergencies, and in our setting the family may be spread across three countries. Our unit does not have a protocol for phoning relatives abroad, and we make these calls from our personal phones. I have raised this with the head of department, Prof. Farzana Qureshi, and she has agreed to discuss a departmental phone and a short script at our next meeting.`,
  },
  {
    id: "pk-free-004",
    setting: "paediatrics",
    role: "paediatrics consultant",
    text: `I have been a consultant paediatrician for nine years, and I spent six weeks of the 2022 floods running a mobile clinic in Sindh with a team from our department. I have not written about it until now, because whenever I tried, it came out as a list of numbers. This year my mentee, Dr. Ayesha Siddiqui, asked me how I coped, and I realised I had never really answered the question for myself.

The numbers are real. We saw over two thousand children. Most had diarrhoea, scabies, malaria or malnutrition; we gave ORS and zinc, artemether-lumefantrine, permethrin and RUTF sachets until the supplies ran out, and then we waited for the next truck. We referred the sickest to the district hospital by boat. Some did not survive the journey.

What the numbers do not say is how it felt to stand in water up to my knees with a baby on a weighing scale that would not stay level. Or how the lady health workers, some of whom had lost their own homes, still turned up every morning with their registers. Or how my team joked to keep going: our pharmacist, Faraz, kept a running commentary in the style of a cricket commentator, and it was the only thing that made us laugh some days.

How did I cope? Partly I did not. I came back and snapped at my children for a month. My wife made me see a counsellor. Partly I coped by reading: Dr. Zulfiqar Bhutta's work on child nutrition in Pakistan, which reminded me that our problems have evidence-based solutions, and Dr. Ruth Pfau's memoir, which reminded me that one person can stay. And partly I coped by teaching, which is why I am writing this down now for Ayesha and the residents who will face the next flood, because there will be one.`,
  },
  {
    id: "pk-free-005",
    setting: "ICU",
    role: "critical care fellow",
    text: `In critical care, the oldest patient I have looked after was ⟦NAME|Haji Sher Zaman⟧, who was ⟦AGE|aged 97⟧ according to his family and "⟦AGE|at least a hundred⟧" according to himself. He was admitted to ⟦FACILITY_ROOM|ICU Bed 3 at Lady Reading Hospital, Peshawar⟧ with severe community-acquired pneumonia and type 2 respiratory failure, and I was the critical care fellow on the unit that week.

The clinical question was whether to intubate. He was on BiPAP with a pH of 7.22 and a pCO2 of 78, tiring. His sons, four of them, arrived with what felt like half of their village. The eldest son explained that his father was ⟦OTHER|the last surviving man in Shewa Adda who had walked to Delhi in 1947 and back⟧, that the whole village knew his story, and that they wanted "everything done".

My consultant, Dr. Imran Afridi, did something I want to learn. He asked the sons to help us understand what their father would want, not what they wanted. They talked among themselves for a long time in Pashto. Then the eldest said his father had told them, years ago, that he wanted to die in his own bed with the Quran being recited and not with a tube in his mouth.

We did not intubate. We continued BiPAP for comfort, treated the pneumonia with ceftriaxone and clarithromycin, and when he stopped improving we moved him to a side room where the family could sit with him. He died three days later with his sons around him.

I had assumed that a large family demanding everything would be the hardest conversation. It was not. The hardest part was my own reluctance to ask the question. The Islamic Medical Association's guidance on withholding futile treatment, which Dr. Afridi gave me to read, was clearer than I had expected. I am going to ask the question earlier next time.`,
  },
  {
    id: "pk-comment-006",
    setting: "portfolio feedback",
    role: "medical education faculty",
    text: `Thank you for sharing this with the residents' group. The way you describe the lady health workers is more powerful than any statistic you could have given. As a suggestion, the piece could become a short talk for the next induction week: what to pack, what to expect, and how to look after yourself afterwards. I would be glad to help you shape it.`,
  },
  {
    id: "pk-what-007",
    setting: "medical education",
    role: "assistant professor of medicine",
    text: `**What?** I am an assistant professor of medicine in Lahore, and this term I introduced reflective writing for our house officers for the first time. I asked each of them to write one piece a month, using the What? So what? Now what? structure I am using here. Of thirty-two house officers, twenty-seven submitted the first piece, nine submitted the second, and four the third.

**So what?** My first reaction was disappointment, then defensiveness: they are busy, they are tired, this is not their fault. Both are true. But when I asked them in a group meeting, the honest answers were different. One said she did not know what to write because "nothing happened this month". Another said he was afraid that anything he wrote about a mistake would be read by the head of department. A third, Dr. Hamza Chaudhry, said that the form felt like another logbook.

This is a known problem. The literature on reflective practice, from Schön's "The Reflective Practitioner" to the GMC and AoMRC guidance on reflection after the Bawa-Garba case, warns that mandatory reflection can become defensive or performative. I had read all of this and still designed a scheme that ignored it.

**Now what?** Next term I will make three changes. First, the house officers will choose whether to share their reflection with me or keep it private and only record that they did it. Second, we will have a monthly thirty-minute "reflection tea" where people can talk rather than write. Third, I will write and share my own reflections, including this one, so that they can see a senior doctor admitting that something did not work. My colleague Dr. Sadia Nawaz, who teaches communication skills, has agreed to co-facilitate. I will report back at the end of the year, and I expect the numbers to be smaller and the writing to be better.`,
  },
  {
    id: "pk-free-008",
    setting: "emergency department",
    role: "emergency medicine registrar",
    text: `Road traffic accidents make up a large share of the trauma we see in the emergency department in Rawalpindi, and most of them blur together after a year. This one did not, because of a number.

A rickshaw had overturned on the Murree Road during the evening rush. The driver, a young man called ⟦NAME|Waqas⟧, had a femur fracture and a splenic injury, and we took him from the resuscitation bay at ⟦FACILITY_ROOM|Benazir Bhutto Hospital⟧ to theatre within the hour. His passenger, an elderly lady, had only bruises. What I remember is that the traffic police constable who came with them kept reading the rickshaw's registration out loud to whoever would listen, ⟦OTHER|RIN 4417⟧, and asking everyone in the corridor whether it was ours to keep until the owner came.

By the time I had finished the FAST scan, half the waiting relatives knew the rickshaw number and that the driver was in theatre. Later that night his employer arrived, saying that the police had told him where to come. ⟦NAME|Waqas⟧'s mother arrived after him, having heard from a neighbour who had heard from the employer.

I am an emergency medicine registrar, and I have always thought of privacy as something about names and files. A registration plate told the whole neighbourhood where one young man was. Our consultant, Dr. Tahira Aslam, said this is why the trauma bay should not be a public corridor, and that we need to brief police officers, politely, about where they can and cannot talk.

He lost his spleen and kept his leg. His mother brought us a tray of halwa when he was discharged. I have since drafted a one-page note for the police liaison desk on patient information, which our department will pilot next month, and I have started covering trauma case boards with a sheet when visitors come in.`,
  },
  {
    id: "pk-comment-009",
    setting: "portfolio feedback",
    role: "FCPS supervisor",
    text: `Excellent reflection; the atropine section is textbook and the public health angle is what makes it a reflection rather than a case report. However, you have written ⟦LOCATION|Chak 87 GB⟧, ⟦NAME|Muhammad Rafiq⟧'s name and his CNIC. In a village of a few hundred people that is him. Please remove all three and resubmit. I'll sign it off the same day. — Dr. Saima Tariq`,
  },
];
