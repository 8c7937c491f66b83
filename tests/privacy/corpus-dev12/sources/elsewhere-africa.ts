import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** South Africa, Kenya, Ghana, Egypt, Sudan and Zimbabwe. */
export const AFRICA: SourceItem[] = [
  {
    id: "za-free-001",
    setting: "emergency department",
    role: "emergency medicine registrar",
    text: `I am an emergency medicine registrar in Johannesburg, and this reflection is about identity documents, because I learned this year how much they can matter to a patient's care.

On a Friday night a young man was brought in by a private ambulance with a stab wound to the left chest. He was conscious, tachycardic at 130, and his FAST showed pericardial fluid. We took him to theatre for a sternotomy within forty minutes; the cardiothoracic registrar repaired a right ventricular laceration. He survived. I was proud of that night.

On the Monday, when I went up to ⟦FACILITY_ROOM|ICU bed 7 at Chris Hani Baragwanath⟧ to see him, he was distressed, not about his heart but about his ID book. His name was ⟦NAME|Sipho Mahlangu⟧, and he had been found with no documents. The social worker had traced him through his mother in ⟦LOCATION|Extension 4, Orange Farm⟧, who came with the green ID book, number ⟦ID|${saId("960417582308")}⟧, and it turned out he had been registered in our system under a different surname from a previous admission. Two folders, two histories, two allergy records. One of them listed a penicillin allergy. The other did not.

We had given him co-amoxiclav in theatre. He was fine; the "allergy" was, on questioning, nausea as a child. But it could have been otherwise, and nobody would have known why.

My consultant, Dr. Lindiwe Dube, explained that duplicate folders are common when patients arrive unconscious, and that the fix is a merge done carefully by medical records, not a note in the margin. I learned how to request one. I also learned that ⟦NAME|Sipho⟧ had been terrified that without his ID he would not be able to collect his SASSA grant, which his mother depended on.

In emergency medicine we talk about airway, breathing and circulation. For many of our patients, documents come a close fourth.`,
  },
  {
    id: "za-what-002",
    setting: "community service",
    role: "family physician registrar",
    text: `**What?** I am a family medicine registrar, and this year I supervised three community service doctors at a district hospital in the Eastern Cape. Community service was my own hardest year, a decade ago in a town not far from where I am now, and I wanted to be the supervisor I did not have.

**So what?** I learned that supervision is mostly about being reachable. In the first month, Dr. Thabo Ndlovu, one of the comm serve doctors, managed a postpartum haemorrhage alone at 2 am because he did not want to wake me. He did well, oxytocin, misoprostol, bimanual compression and a transfer, but afterwards he admitted he had been terrified. I told him about my own first PPH, which I also managed alone, and that I still remember the colour of the floor.

We changed the on-call arrangement so that the comm serve doctors call me for every obstetric emergency, no exceptions. Dr. Ndlovu called me four times in the next month. By the third month he called me less, because he did not need to, and that was the point.

I also learned from them. Dr. Aisha Patel, another of the comm serve doctors, set up a WhatsApp-based TB tracing system with the clinic nurses that improved our treatment completion in her three months. I had been running the TB programme for two years and had not thought of it.

**Now what?** I want to write up the TB tracing idea with Dr. Patel for the South African Family Practice journal. I am also reading Prof. Salim Abdool Karim's lectures on HIV and TB epidemiology again, because the young doctors ask me questions I cannot answer. And on the weekends, when I am not on call, I braai with my family in the garden and try very hard not to check my phone.`,
  },
  {
    id: "za-comment-003",
    setting: "portfolio feedback",
    role: "family medicine supervisor",
    text: `A fine reflection. The change to the on-call rule is a real improvement and I will share it with the other district hospitals in our complex. The TB tracing idea deserves an article; talk to the research office about ethics approval before you write it up. One small thing: your action plan needs a date. When will you check whether it worked? — Dr. Mthembu`,
  },
  {
    id: "ke-free-001",
    setting: "internal medicine",
    role: "internal medicine registrar",
    text: `I am a registrar in internal medicine in Nairobi, and I want to reflect on a patient whose insurance shaped his treatment more than his diagnosis did.

⟦NAME|Mr. Joseph Kamau Njoroge⟧, a 54-year-old matatu driver, was admitted to ⟦FACILITY_ROOM|Ward 7C at Kenyatta National Hospital⟧ on ⟦DATE|9 September⟧ with diabetic ketoacidosis and a foot infection. His blood glucose was 31 mmol/L, his pH 7.08. We treated him with the standard DKA protocol, insulin infusion and fluids, and he was out of ketoacidosis in twenty-four hours. The foot needed debridement.

The difficulty began with his NHIF card. His number, ⟦ID|4408172⟧, had lapsed because he had missed two months of contributions when the matatu was off the road. Without cover, the debridement and the antibiotics would be charged to him. His wife, ⟦NAME|Wanjiru⟧, called from home every evening on ⟦PHONE|0722 555 384⟧ to ask whether the bill was growing.

My consultant, Dr. Achieng Otieno, and the social worker helped him reinstate his cover, which took four days. During those days we gave him oral antibiotics rather than IV ones because they were cheaper, and the debridement was delayed. He did well, in the end, with a below-ankle amputation of one toe rather than more.

What I learned: in our setting, the drug chart and the insurance status are written on the same page, whether we admit it or not. The transition from NHIF to the new Social Health Authority is supposed to make this better, and I hope it does. In the meantime, I have started asking about insurance at admission, not at discharge, so that the social worker can begin on day one.

⟦NAME|Mr. Njoroge⟧ went back to driving after six weeks. He gave me a lift once, at the stage near the hospital, and refused to let me pay.`,
  },
  {
    id: "ke-what-002",
    setting: "paediatrics",
    role: "paediatrics consultant",
    text: `**What?** I am a paediatrician in Kisumu, and for the last three years I have supervised our hospital's participation in a paediatric early warning score project. This month we presented our first year's results at the Kenya Paediatric Association conference in Mombasa.

**So what?** The results were mixed. Our score was used for 71% of admissions, which we were proud of. But deaths in the first 24 hours did not fall as much as we had hoped. When we looked closer, the score was being recorded, but a high score did not reliably lead to a doctor coming to the bedside. The problem was not the tool; it was what happened after the tool.

This is a familiar story in implementation science. Professor Mike English's work with the KEMRI-Wellcome programme on paediatric hospital care in Kenya describes exactly this gap between guidelines and practice, and why training alone does not close it. I had read those papers. I had still designed our project as if training alone would.

Our nurses were clear about why. Night shifts have one nurse for thirty children. When the score is high, she has to choose between calling the doctor and staying with the sick child. Our nurse in charge, Sister Akinyi, told the conference audience that the score tells her what she already knows; what she needs is a second pair of hands.

**Now what?** We are trialling a rapid response nurse for the paediatric ward at night, funded for six months by the county. I will co-write the next paper with Sister Akinyi as first author, because the insight is hers. And I am taking my own children to Lake Victoria at the end of the month, because I promised them before the conference and I have not yet kept the promise.`,
  },
  {
    id: "ke-free-003",
    setting: "HIV clinic",
    role: "HIV medicine fellow",
    text: `I am a fellow in HIV medicine, and every second Tuesday I go out with the outreach team to fishing communities on the shores of Lake Victoria. This is about a young man whose job made him unique.

He was ⟦OTHER|the only boat-engine mechanic on Mfangano's northern beach⟧, and everybody in the beach community knew him. He had been diagnosed with HIV two years earlier, started on TLD, and stopped after a few months. When we saw him, his CD4 was 86 and he had oral candida. He told us, with a grin, that if he came to the clinic at the landing site, the whole beach would know by lunchtime, because whoever was waiting would see him and tell the fishermen whose engines he was fixing.

This is the paradox of outreach. We bring care closer to people, and we bring it into the place where everyone knows them. His name was ⟦NAME|Otieno⟧, and he asked us to call him on his brother's phone, ⟦PHONE|0733 555 106⟧, rather than his own, because his brother could keep a secret.

Our team lead, Dr. Florence Wanyama, suggested we treat him as we would any key population at risk of being seen: meet him away from the landing site, at a time when the boats were out, and deliver his ART as a six-month supply in a plain bag. The national differentiated service delivery guidelines allow this for stable patients, and though he was not stable, she argued, keeping him in care was the priority.

We met him under a mango tree half a kilometre up the hill on a Tuesday afternoon. He came. He started again on TLD plus fluconazole, and at his three-month visit his viral load had dropped considerably.

What I learned is that stigma is local, and so are its solutions. I am writing up our approach for the county's HIV programme, leaving out the island, the beach and the engines.`,
  },
  {
    id: "gh-free-001",
    setting: "surgery",
    role: "paediatric surgery senior resident",
    text: `I am a senior resident in paediatric surgery in Accra, and this reflection is about a mother's persistence, and my own.

⟦NAME|Baby Kofi Asante⟧ was three months old when he was referred to ⟦FACILITY_ROOM|Korle Bu⟧ with a large abdominal mass that turned out to be a Wilms tumour. He was admitted to ⟦FACILITY_ROOM|the paediatric surgical ward, cot 12, Korle Bu Teaching Hospital⟧. His mother, ⟦NAME|Akua⟧, had come from ⟦LOCATION|Abompe⟧ in the Eastern Region by tro-tro, with her Ghana Card and his NHIS card in a plastic folder. The NHIS card number, ⟦ID|03477719⟧, would cover most of the surgery but not the chemotherapy, which the hospital would have to negotiate through a charity programme.

I was the resident who consented her for the nephrectomy. She asked me one question, again and again, in Twi: "Will he live?" I gave her the honest answer our consultant, Dr. Ebenezer Mensah, had given me: that Wilms tumour is one of the most curable childhood cancers, that children in high-income countries survive more than nine times out of ten, and that here, the challenge is getting through all the chemotherapy.

The surgery went well. The chemotherapy was the hard part. ⟦NAME|Akua⟧ missed the third cycle because she had no money for transport. We found out because she did not answer her phone for two weeks. When she did, she said she had been ashamed.

This is abandonment of treatment, and it is the main reason survival here is lower than it should be. The World Health Organization's Global Initiative for Childhood Cancer names it directly. Our unit has since set up a transport fund with a local church, and our nurse, Sister Adwoa, phones every family the day before each cycle.

⟦NAME|Kofi⟧ finished his treatment last month. ⟦NAME|Akua⟧ sent me a photo of him sitting up, holding a plastic spoon, and I admit I showed it to everyone in the doctors' lounge.`,
  },
  {
    id: "gh-what-002",
    setting: "internal medicine",
    role: "physician specialist",
    text: `**What?** I am a physician specialist in Tamale, and this year I started a hypertension clinic for the staff of our own hospital. I had noticed, at a staff durbar, that several of the porters, cleaners and even two nurses had blood pressures above 160/100 when measured during a screening event organised by our public health unit.

**So what?** Hypertension in Ghana is common and poorly controlled, and we health workers are not exempt. Of the 212 staff who attended the first screening, 38% were hypertensive, and fewer than half of those knew it. Many could not afford regular medication, because a monthly supply of amlodipine and hydrochlorothiazide costs more than some of our cleaners earn in a week, and the NHIS does not always cover it without delays.

What struck me most was the embarrassment. Several staff told me they felt they should be able to manage it themselves, being health workers. Our medical director, Dr. Iddrisu Yakubu, encouraged everyone at a management meeting to come and be checked, which helped.

The WHO HEARTS package gives a simple protocol: fixed-dose combinations, team-based care, follow-up by nurses. We adapted it for staff, with a confidential Friday-afternoon clinic in a room away from the main outpatient area.

**Now what?** After six months, control rates in the staff clinic are just over half. I want to write this up with our pharmacist, Mr. Alhassan Seidu, and present it at the Ghana College of Physicians and Surgeons conference. I also want to start the same clinic for teachers in our municipality, because the district education director is my old classmate from Tamale Secondary School and has already asked me twice.`,
  },
  {
    id: "gh-free-003",
    setting: "obstetrics",
    role: "obstetrics fellow",
    text: `As an obstetrics fellow in Kumasi, I run a weekly antenatal teaching session for midwifery students and junior doctors. This reflection is about a question a student asked me that I could not answer properly.

We had been discussing the causes of maternal death in Ghana: haemorrhage, hypertensive disorders, sepsis, unsafe abortion, obstructed labour. A midwifery student, Abena, asked, "But Doctor, what can we actually change, as students?" I started to give the usual answer about vigilance and early referral, and she stopped me and said, politely, that she meant something she could do this week.

I did not have an answer. So I asked the group to think about it with me, and we spent the rest of the session making a list. They came up with things I would not have thought of. Check that every woman in the antenatal clinic has a working phone number for a relative in her folder. Learn to take a blood pressure properly, with the right cuff size, which, as it turned out, several of them had never been taught. Know where the magnesium sulphate is kept on every ward. Know how to call the blood bank at night.

It was humbling. My own training, under Professor Kwabena Danso and others, emphasised the big picture, the three delays, the Safe Motherhood Initiative. All of that matters. But the students were right that change also happens at the level of one cuff and one phone number.

We have now put the students' list on the wall of the antenatal clinic. Abena and two of her classmates are auditing cuff sizes across the department, and I will help them present the results at our next clinical meeting. And I have resolved to ask students what they can do this week more often, instead of telling them what the world should do.`,
  },
  {
    id: "eg-free-001",
    setting: "cardiology",
    role: "cardiology resident",
    text: `I am a cardiology resident in Cairo, and this is about a patient who taught me that a national ID card can carry a person's whole life.

⟦NAME|Hajj Abdel-Rahman Soliman⟧ was a retired railway worker who came to the coronary care unit at ⟦FACILITY_ROOM|Ain Shams University Hospital⟧ on ⟦DATE|the first day of Eid al-Fitr⟧ with an inferior STEMI. His son had driven him from ⟦LOCATION|Kafr el-Battikh⟧ in Damietta, four hours in a borrowed car. We took him to the cath lab and found a thrombotic right coronary artery occlusion; he had a stent, and his ST elevation resolved.

The difficulty came at discharge. To register him for the state insurance programme that would pay for his clopidogrel, we needed his national ID number, and his card was at home. His son read it to me over the phone: ⟦ID|25801151100453⟧. I wrote it in the notes. Later, our senior registrar, Dr. Mona El-Sayed, explained that the fourteen digits encode his century and date of birth and his governorate, so that number alone told anyone reading the file where he was born and when.

I had never thought of an ID number as a little biography. Since then I have been more careful where I write them, and I no longer copy them onto handover sheets.

The medical lesson was also important: inferior STEMI with right ventricular involvement needs careful fluid management, and I nearly gave him nitrates before checking the right-sided ECG. Dr. El-Sayed stopped me. That is in my notebook now, next to the ID number lesson.

He went home after four days. His son promised to bring him back for his follow-up echo, and he did, with a box of feteer from their village.`,
  },
  {
    id: "eg-what-002",
    setting: "medical education",
    role: "lecturer in anatomy and clinical skills",
    text: `**What?** I am a lecturer at a faculty of medicine in Alexandria, and I teach clinical skills to third-year students. This year we introduced simulated patients for the first time, actors from the university theatre group rather than real patients, for history-taking practice. One of the actors, a young man called Youssef, played a patient with chest pain so convincingly that two of the students were visibly shaken.

**So what?** I had assumed that simulation would be easier for students than real patients. It was not easier; it was different. Without the pressure of a real patient's suffering, they were free to make mistakes, and they made many. With feedback from Youssef himself, they learned more than I expected. He told one student, "You asked me if I smoke, but you didn't look at me when I answered." The student wrote that sentence in her notebook.

Our faculty has a long tradition of bedside teaching with real patients in the public hospitals, and I was trained that way. Professor Magdi Yacoub, whose name every Egyptian medical student knows, has spoken about how much he learned from patients. I do not want to replace that. But simulation lets students practise the difficult conversations, like breaking bad news, before they do them for real.

**Now what?** Next semester I will expand simulation to breaking bad news and consent, using the SPIKES protocol. I have asked our colleague Dr. Rania Fathy, from psychiatry, to co-design the scenarios. I want the actors to be paid properly, which means a proposal to the dean. And I will write this reflection up as a short report for the Egyptian Society of Medical Education, because I think other faculties could do this too. My own exams for the medical education diploma are in Ramadan, so the report will have to wait until after Eid.`,
  },
  {
    id: "eg-free-003",
    setting: "paediatrics",
    role: "paediatrics assistant lecturer",
    text: `I am an assistant lecturer in paediatrics in Assiut, and this is about a child with a rare disease in a small place, and what that meant for his privacy.

⟦NAME|Mostafa⟧ was six and had been diagnosed with a lysosomal storage disorder, Gaucher disease type 3, a condition so rare in Upper Egypt that our unit had seen only three cases in ten years. He was ⟦OTHER|the boy from Deir Durunka who gets the expensive injections from Cairo⟧, as one of the nurses put it, and his family had been featured on a local television programme appealing for help with the cost of enzyme replacement therapy.

When he was admitted with a fever and thrombocytopenia, the ward quickly filled with visitors who knew him from the programme, some of them strangers. His mother, ⟦NAME|Umm Mostafa⟧, was too polite to send them away. I asked our head of department, Professor Hany Abdel-Aziz, what to do. He said, "The boy is a patient, not a celebrity. Close the curtain."

So we did. We limited visitors to family, moved him to a side room, and I spoke to the nurses about not discussing his case at the station. The fever was a simple viral infection; his platelets recovered. But his mother said it was the first admission where she had been able to sleep.

What I learned is that public appeals for rare-disease treatment are often necessary, especially where insurance does not cover enzyme therapy, but they come with a cost the family may not foresee. We should help them think about what they share. I am now preparing a short leaflet for families in our rare disease clinic about media and social media, with the help of our social worker, Ms. Hoda.`,
  },
  {
    id: "sd-free-001",
    setting: "humanitarian medicine",
    role: "general practitioner (humanitarian)",
    text: `I am a Sudanese doctor, trained in Khartoum, and since the war began I have been working with a humanitarian organisation in a displacement site in eastern Chad, close to the border. I want to write this reflection partly to record what I have seen and partly to understand what I have become.

The clinic runs from a tent. We see malnutrition, diarrhoea, measles, malaria, gunshot wounds that are weeks old, and the wounds that do not show. Last month a woman brought her daughter, ⟦NAME|Fatima Abakar⟧, eight years old, with severe acute malnutrition and a measles rash. They lived in ⟦LOCATION|Block C7 of the Adré transit site⟧, in a shelter of plastic and sticks, and the mother told me they had walked from Geneina for eleven days.

We admitted the girl to our stabilisation centre. F-75 milk, then F-100, vitamin A, antibiotics, and careful monitoring for refeeding syndrome. She survived. Many do not.

What I have learned is that the protocols work when the supplies come. The WHO and MSF guidelines on severe malnutrition are excellent. What they cannot capture is the mother sitting outside the tent at night because there is no space inside, or my own anger when the measles vaccine runs out.

My team leader, Dr. Amal Osman, insists that we talk for fifteen minutes at the end of each day, about anything. I resisted at first. Now I look forward to it. Sometimes we talk about the patients. Sometimes we talk about football, or about the mango trees in our gardens at home.

I do not know when I will be able to go back to Khartoum. I know that the girl from ⟦LOCATION|block C7⟧ is walking again.`,
  },
  {
    id: "zw-what-001",
    setting: "medical education",
    role: "internal medicine senior registrar",
    text: `**What?** I am a senior registrar in internal medicine in Harare. This year, during the junior doctors' industrial action, I was one of a small number of senior trainees who kept the medical wards running, and I want to reflect on what that did to me and to the juniors who were on strike.

**So what?** I supported the strike in principle. Our salaries had become meaningless with inflation, and there were weeks when I could not afford fuel to get to the hospital. But I also believed that someone had to look after the patients already admitted. My consultant, Dr. Tendai Moyo, and I covered two wards between us for three weeks. We slept at the hospital. We saw diabetic emergencies, cryptococcal meningitis, TB, heart failure, and far too many strokes.

I felt torn the whole time. Some of the juniors saw me as a strike-breaker. One of them, a good friend from medical school, stopped speaking to me for a month. Others were grateful. When the strike ended, we had a difficult meeting where everyone said what they had felt, and I cried, which I had not expected.

The literature on doctors' strikes, including a well-known systematic review by Cunningham and colleagues, suggests mortality does not always rise during strikes, partly because elective work stops. That was some comfort, but not much, when I was running between wards at 3 am.

**Now what?** I have reconciled with my friend; we went for beers at a place near the university and talked for four hours. I want to contribute to the conversation about how senior trainees can support industrial action and patient safety at the same time, and I have written to our college about a guidance document. And I am taking the membership exam in November, if I can find the time to study.`,
  },
];
