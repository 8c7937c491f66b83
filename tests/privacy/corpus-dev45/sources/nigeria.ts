import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: house officers, NYSC corps doctors, residents, nurses. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "house job",
    role: "house officer",
    text: `Description: On my first call as a house officer in paediatrics, a three-year-old girl, ⟦NAME|Chidinma Okafor⟧, was brought at 11 pm to the ⟦FACILITY_ROOM|Children's Emergency Ward, bed 6, at UCH Ibadan⟧ with severe malaria and a packed cell volume of 13%. Her mother, ⟦NAME|Mama Chidinma⟧, had paid for the first bag of blood but could not raise money for the second. Her hospital number was ⟦ID|UCH/CH/2025/04418⟧ and the only phone that worked was her uncle's, ⟦PHONE|0803 555 0162⟧.

Feelings: I felt useless. I had the knowledge but not the blood.

Evaluation: The transfusion started at 1:40 am after the registrar, Dr. Bamidele, spoke to the social welfare unit. She improved by morning. But for two hours we waited for money, not for blood.

Analysis: The WHO guidelines on severe malaria from 2015 are clear about transfusion thresholds, and the parenteral artesunate was given on time. What the guidelines do not cover is out-of-pocket payment at midnight. I also learnt that house officers often carry the burden of chasing relatives for money, which takes time away from clinical care.

Conclusion: Clinical care and social care are not separate in our setting.

Action plan: I now ask about funds at the point of admission so social welfare can be contacted early, and I joined the hospital's emergency fund committee as the house officers' representative.`,
  },
  {
    id: "ng-what-002",
    setting: "NYSC rural posting",
    role: "NYSC corps doctor",
    text: `What? My NYSC year posted me to a general hospital in a rural local government area in Kwara State. I was one of two doctors for a population the local council put at over 100,000. In my first week, I saw fourteen cases of severe malaria, three snake bites and a woman in obstructed labour who had been in a traditional birth attendant's hut for two days.

So what? I came from a teaching hospital where every specialty was a call away. Here, I was the surgeon, the obstetrician and the anaesthetist. I realised how much my training relied on referral. My senior colleague, Dr. Adebayo, who had been there for six years, taught me to do a caesarean under spinal anaesthesia with a sterile kit we re-sterilised in a pressure cooker. He said, "Medical school taught you what to do. Here you learn what you can do."

Now what? I have started a logbook of procedures and outcomes so I can learn from my own results. I want to apply for the West African College of Surgeons primary course, because I have found I enjoy surgery more than I expected. I also want to work with the community health extension workers to teach the danger signs of labour in the villages, because most of the obstructed labours we see reach us too late. My NYSC year is teaching me that rural medicine is not a lesser kind of medicine.`,
  },
  {
    id: "ng-free-003",
    setting: "NYSC rural posting",
    role: "NYSC corps doctor",
    text: `My NYSC primary assignment was a cottage hospital in Enugu State, and one patient taught me how small a community can be.

⟦NAME|Mrs Ngozi Eze⟧ was ⟦OTHER|the only woman vulcaniser at the Ugwu-Ezeani junction⟧, and everybody in ⟦LOCATION|Ugwu-Ezeani⟧ knew her. She came with a hand injury from a tyre rim that had become infected, and she refused admission because she feared another vulcaniser would take her customers. Her NIN, ⟦ID|48217730916⟧, was needed for the state health insurance scheme, and she had to go home to fetch the slip.

I was frustrated. I wanted her on IV antibiotics; she wanted to work. My medical director, Dr. Onuoha, suggested a compromise: oral antibiotics, daily dressing at the hospital at 7 am before she opened her stand, and a clear plan for what would bring her back. She came every day for ten days, and the wound healed.

I learnt that "refused admission" is not the end of a conversation. It is a starting point to find care the patient can actually accept. I also learnt that in small towns, everyone hears everything: the nurses knew about her injury before I did, and the pastor prayed for her hand on Sunday. Confidentiality in a village is a different thing from confidentiality in Lagos.

I will carry this to my residency: ask what the patient needs to keep, not only what we need to do.`,
  },
  {
    id: "ng-gibbs-004",
    setting: "medication error",
    role: "house officer",
    text: `Description: During my surgery rotation as a house officer in a federal medical centre in the south-south, I prescribed ceftriaxone for a man with a penicillin allergy recorded only on the back page of the folder. He developed an urticarial rash within twenty minutes of the first dose.

Feelings: I was frightened, then defensive. I told myself that the allergy should have been on the front page.

Evaluation: The nurse stopped the infusion quickly and gave chlorphenamine 10 mg IV and hydrocortisone 200 mg IV. His airway was never threatened and he recovered. He was very understanding, which made me feel worse.

Analysis: The cross-reactivity between penicillins and third-generation cephalosporins is low, but he had a history of angioedema, which I would have known if I had asked. I had relied on the folder instead of the patient. Our folders are thick, handwritten and often out of order. An allergy sticker on the front cover is not standard practice in our hospital.

Conclusion: Ask the patient about allergies, every time, before every new drug. The folder is a memory aid, not a memory.

Action plan: I discussed this with my consultant, Dr. Ekpo, and the nursing sister, Matron Ibe. We now use a red allergy sticker on the front of every folder in our ward, and the house officers agreed to ask about allergies at every admission. I also reported the incident to the pharmacovigilance unit using the NAFDAC form.`,
  },
  {
    id: "ng-what-005",
    setting: "emergency department",
    role: "resident doctor",
    text: `What? On ⟦DATE|Christmas Eve⟧ I was the only resident in the emergency department of ⟦FACILITY_ROOM|Aminu Kano Teaching Hospital⟧ when ⟦NAME|Alhaji Sani Musa Danladi⟧ was brought in with a stroke. His folder recorded the date as ⟦DATE|24/12/2025⟧ and his son ⟦NAME|Abubakar⟧ gave me his phone number, ⟦PHONE|0805 555 0128⟧. The family wanted to take him home to ⟦LOCATION|Gezawa⟧ immediately because they believed he would do better with traditional care.

So what? I had to respect their decision but I was worried about his swallowing. He had a right-sided weakness and a wet voice. I did a bedside swallow screen and he failed. I explained to the family, through a nurse who spoke Hausa better than I did, that feeding him by mouth could cause pneumonia. They listened, and agreed to stay for 48 hours for a nasogastric tube and for the physiotherapist to teach them positioning.

Now what? I realised that I had assumed the family would not listen, and that assumption was wrong. I will try to give families clear, specific reasons rather than general warnings. I also want to learn more about the Nigerian stroke guidelines and how we can support families who take patients home early.`,
  },
  {
    id: "ng-free-006",
    setting: "night shift",
    role: "staff nurse",
    text: `I am a registered nurse, two years post-qualification, working nights on a medical ward in Abuja. I want to reflect on what night duty teaches that day duty never does.

On a typical night, I have 28 patients, one auxiliary nurse, and a house officer who covers three wards. The power goes off at least twice, and I have learnt to take blood pressures by torchlight and to keep the oxygen concentrator on the inverter circuit.

Last month, a young man with sickle cell disease in crisis was crying at 2 am. The prescription said pentazocine 30 mg six-hourly, and the last dose had been at 10 pm. I called the house officer, Dr. Yusuf, who was in the emergency room. He asked me to give paracetamol and wait. I waited, and the patient cried. At 4 am I called again, more firmly, and the doctor came and changed the analgesia.

Reflecting on this, I see that I accepted "wait" because I did not want to disturb a busy doctor. But pain is an emergency for the person in pain. The WHO analgesic ladder and our own sickle cell protocol both say to reassess pain regularly, and I was doing that, but not acting on my reassessment.

From now on, I will state clearly what I need: "He scores 9 out of 10, I need you to review him within 30 minutes." My ward manager, Mrs. Okon, says nurses should be advocates, not messengers.`,
  },
  {
    id: "ng-free-007",
    setting: "telemedicine",
    role: "family medicine resident",
    text: `During my residency in family medicine in Lagos, our department started a telephone follow-up clinic for patients with hypertension after discharge. One patient taught me about the risks of convenience.

⟦NAME|Mr Babatunde Adeyemi-Cole⟧ lived at ⟦ADDRESS|14 Adebola Street, Surulere, Lagos 101283⟧ and preferred email to phone calls. He sent his home blood pressure readings to my work address from ⟦EMAIL|tunde.adecole@yahoo.com⟧, with his daughter ⟦NAME|Yewande⟧ in copy, and once he forwarded the whole thread to his church group by mistake, including my advice about his erectile dysfunction medication.

He was embarrassed, and so was I. I had not thought about where my replies might end up. Our department had no policy on email. I had been using it because it was easy and he liked it.

I spoke to my supervisor, Dr. Ogunleye, who said that many residents were doing the same thing. We drafted a simple guideline: no sensitive details by email, a standard consent statement at the start of any email exchange, and a secure messaging option for those who can use it. The Medical and Dental Council of Nigeria's code on confidentiality applies to email as much as to paper, but none of us had really thought about it.

I still think remote follow-up is a good thing for our patients, who face terrible traffic to reach clinic. But convenience needs boundaries.`,
  },
  {
    id: "ng-comment-008",
    setting: "house job",
    role: "senior registrar",
    text: `Thank you for this honest piece. Every house officer in paediatrics has waited for money at midnight, and most of us stop writing about it because it becomes normal. Please do not let it become normal. The emergency fund committee needs people like you. I would add: document the time of the request and the time of the transfusion, so the audit has numbers.`,
  },
  {
    id: "ng-what-009",
    setting: "handover",
    role: "house officer",
    text: `What? In my obstetrics and gynaecology house job in Port Harcourt, handover happened at 8 am during the departmental meeting, and the night house officer presented every admission in front of the consultants. I watched a colleague get humiliated for not knowing a patient's blood group, and the next morning I saw another colleague omit a difficult case entirely rather than risk the same treatment.

So what? Handover should be about patient safety, but in our department it had become a test. The result was that important information, such as a woman with a rising blood pressure at 4 am, was left out. I read about psychological safety (Amy Edmondson's work) and it described exactly what I was seeing: people hide problems when they are afraid.

Now what? I spoke privately to the chief resident, Dr. Amadi, who agreed to try a separate bedside handover between the night and day house officers at 7:30 am, before the departmental meeting. The meeting would then focus on learning, not on catching people out. We have been doing it for three weeks. It is not perfect, but I have noticed that the night house officers are more willing to say "I'm not sure" and "please check this patient first". I also want to behave differently myself when I become a senior: to ask questions that teach, not questions that shame.`,
  },
];
