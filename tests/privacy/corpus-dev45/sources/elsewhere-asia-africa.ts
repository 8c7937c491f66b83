import type { SourceItem } from "../../corpus/types.ts";
import { twId } from "../gen.ts";

/** Elsewhere in the Middle East, Asia-Pacific and Africa: Lebanon, Jordan, Iraq, Taiwan, Vietnam, Fiji, Papua New Guinea, Sudan. */
export const ASIA_AFRICA: readonly SourceItem[] = [
  {
    id: "lb-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `I am a second-year emergency medicine resident in Beirut. This reflection is about a night in the autumn when the southern suburbs were being bombed and our department filled with families who had fled.

Among them was ⟦NAME|Hajj Abbas Fakih⟧, a ⟦AGE|ninety-two-year-old⟧ man from ⟦LOCATION|Aita al-Shaab⟧ who had not taken his insulin or his furosemide for five days. His granddaughter ⟦NAME|Zeinab⟧ gave me his medication list from a photo on her phone and her number, ⟦PHONE|+961 3 555 018⟧, in case we moved him. We kept him in ⟦FACILITY_ROOM|cubicle 9 of the emergency department at Saint Maron University Hospital⟧ overnight because the wards were full. A cousin had already posted his photo asking for help, at ⟦URL|https://www.facebook.com/groups/AitaShaabFamilies/posts/88120574⟧, so that relatives in Germany could find him.

I learnt three things. First, displacement is a medical emergency for elderly people with chronic disease; we spent the night restarting medications, not treating injuries. Second, the mass-casualty plan we had drilled (based on the WHO's hospital emergency response checklist) was designed for trauma, not for hundreds of people with diabetes and heart failure and nowhere to sleep. Third, families were our best source of information, but everything they shared on social media could put them at risk.

My attending, Dr. Nassar, asked me to help write a short protocol for displaced patients with chronic disease. We now have a one-page checklist: medications, last doses, contact person, where they are sleeping tonight.`,
  },
  {
    id: "lb-what-002",
    setting: "international elective",
    role: "medical student on elective",
    text: `What? I am a fifth-year medical student from the Netherlands, and I spent my elective in internal medicine in Beirut during the economic crisis. I had expected an advanced healthcare system, and in many ways it was. But I saw patients rationing their own insulin, families bringing medicines bought abroad in suitcases, and doctors working second jobs because their salaries had lost most of their value.

So what? I realised how quickly a health system can be damaged by economic collapse. My supervisor, Dr. Haddad, explained that many specialists had emigrated since 2019, and that residents were carrying much more responsibility than before. In Dutch hospitals, I had taken for granted that every drug on the formulary would be available. Here, the first question on ward rounds was often "what can the patient afford?" rather than "what is the best treatment?"

Now what? I want to learn more about health economics and the resilience of health systems; I have signed up for a course at my university next semester. I also want to be more thoughtful about my own privilege as a visiting student. The residents were generous with their time even while exhausted, and I want to find a way to give something back, perhaps by helping to collect donated medicines through a recognised organisation, rather than just taking experiences home.`,
  },
  {
    id: "lb-comment-003",
    setting: "international elective",
    role: "internal medicine resident",
    text: `Thank you for writing this honestly. As one of the residents, I can say your presence helped: you asked questions that made us explain our reasoning, and that was good teaching for us too. If you do collect medicines, please work through an established NGO so they reach the right places and are not expired. And come back when things are better.`,
  },
  {
    id: "jo-gibbs-001",
    setting: "international elective",
    role: "medical student on elective",
    text: `Description: I am a British medical student, and I spent four weeks of my elective in a primary care clinic for refugees in Amman, run by an international NGO. Most patients were Syrian, with some Iraqi and Sudanese families. The clinic saw about 120 patients per day, mostly with hypertension, diabetes, respiratory infections and mental health problems.

Feelings: I was overwhelmed at first by the volume of patients, and by the stories I heard through the interpreters.

Evaluation: The doctors were extremely efficient. Consultations lasted five minutes, and prescriptions followed a standard formulary based on the WHO essential medicines list. I learnt a great deal about managing chronic disease with limited resources. But I struggled with the lack of time for mental health, which the doctors acknowledged was the biggest unmet need.

Analysis: I realised that the model of care I was used to in the NHS, with ten-minute appointments and continuity, was a luxury. I also saw the impact of long-term displacement on health: patients who had lived with uncontrolled diabetes for years because they had moved so often. The mhGAP intervention guide from the WHO was used for mental health screening, and I found it a practical tool.

Conclusion: Primary care in humanitarian settings requires different skills: speed, prioritisation and a focus on what is achievable.

Action plan: I want to complete a course in humanitarian medicine, and I plan to learn Arabic. My supervisor, Dr. Al-Khatib, encouraged me to return as a volunteer after foundation training.`,
  },
  {
    id: "jo-free-002",
    setting: "refugee camp clinic",
    role: "general practitioner",
    text: `I am a Jordanian GP in my first year working for an NGO clinic in Zaatari camp, and this is about a child whose case taught me about continuity in a place where nobody stays.

⟦NAME|Rahaf⟧, ⟦NAME|Rahaf Al-Zoubi⟧, is seven and has beta-thalassaemia major. Her family lives in ⟦LOCATION|District 8, Street 14, caravan 31⟧ of the camp. Her UNHCR case number is ⟦ID|672-16C05831⟧, and I knew it by heart after a month because every transfusion needed it on three forms. Her mother, ⟦NAME|Umm Rahaf⟧, called me at night from ⟦PHONE|079 555 0384⟧ when ⟦NAME|Rahaf⟧ became pale and breathless before a transfusion date.

The difficult part was not the medicine: transfusion thresholds and chelation with deferasirox are well described in the TIF guidelines of 2021. The difficult part was that the referral hospital changed twice in one year because of funding, and her records did not follow her. Each new team started again, and once her ferritin had gone above 4,000 without anyone noticing.

I started a simple paper record that her mother keeps in a plastic folder: transfusion dates, pre-transfusion haemoglobin, ferritin, chelation dose. Her mother carries it to every appointment. It is low-tech, but it works.

My supervisor, Dr. Obeidat, says that in a camp, the family is the medical record. I think he is right, and I now give every chronic patient a folder like hers.`,
  },
  {
    id: "iq-what-001",
    setting: "house job",
    role: "resident doctor",
    text: `What? I am in my first year after graduation, doing my residency rotation in internal medicine in Mosul. On ⟦DATE|the first day of Eid al-Adha⟧ (⟦DATE|6 June 2025⟧) I was the only doctor on the medical floor when ⟦NAME|Hajji Younis Khalaf⟧ was admitted with diabetic ketoacidosis. He was in ⟦FACILITY_ROOM|room 3 of the medical ward at Al-Salam Teaching Hospital⟧, and his son ⟦NAME|Mahmoud⟧ gave me his number, ⟦PHONE|0770 555 4126⟧, and asked me to call him every hour.

So what? I was alone, the senior was at home for Eid, and I did not know the local DKA protocol well. I remembered the fixed-rate insulin infusion from the JBDS guideline, 0.1 units/kg/hour, and the fluid regime. But I had no infusion pump, so I calculated drip rates by hand, and I made an arithmetic error that I caught only because the nurse, Umm Ali, asked me to show her the calculation.

Now what? I have learnt that I need to know our protocols before the holiday, not during it. I asked the head of department, Dr. Al-Jubouri, for a drip-rate chart for the common infusions, and he agreed to put one in every ward. I also learnt that a nurse who asks "show me" is helping me, not challenging me. ⟦NAME|Hajji Younis⟧ went home after four days, and his son brought sweets for the whole ward.`,
  },
  {
    id: "iq-free-002",
    setting: "medication error",
    role: "pharmacist",
    text: `As a newly graduated pharmacist in a teaching hospital in Erbil, I want to reflect on a near miss involving look-alike packaging.

Two products in our pharmacy came from the same generic manufacturer, in nearly identical white boxes with small blue writing: metoprolol 50 mg and methotrexate 2.5 mg. On my fourth night shift, a nurse came for metoprolol for a patient in the cardiac care unit, and I picked up the wrong box. I noticed only because the tablets were yellow and I knew metoprolol tablets were white.

I was shaken. If I had not looked at the tablets, a cardiac patient could have received methotrexate daily. I reported the near miss to the head of pharmacy, Mr. Barzani, who was very supportive. He said that he had seen the same problem before and had asked the supplier to change the packaging, without success.

We made three changes: we moved the two products to different shelves, we put a red "high-alert" label on methotrexate, and we introduced a second check for all high-alert medicines at night. The Institute for Safe Medication Practices has a list of look-alike, sound-alike drugs, and I printed it for our pharmacy.

I learnt that errors are often caused by systems, not just people. But I also learnt that knowing what a tablet looks like can save a life. I now look at every tablet I dispense.`,
  },
  {
    id: "tw-free-001",
    setting: "post-graduate year training",
    role: "PGY resident",
    text: `I am a PGY (post-graduate year) resident in Taiwan, rotating through internal medicine in Tainan. This reflection is about a handover error during my first month.

⟦NAME|Mrs. Lin⟧, ⟦NAME|林陳秀英⟧ (⟦NAME|Lin Chen Hsiu-ying⟧; her husband's surname comes first, as is common for women of her generation), was ⟦AGE|九十三歲⟧ and had been admitted on ⟦DATE|民國114年3月2日⟧ with pneumonia. Her national ID, ⟦ID|${twId("F22087413")}⟧, was on the admission form, because her NHI card had been left at home in ⟦LOCATION|Zuojhen⟧. She lay in ⟦FACILITY_ROOM|bed 18-2 of ward 7B at Chi Ho General Hospital⟧.

At handover, the day resident said she was "DNR". The night nurse asked me to check, and I found that the DNR form had been signed by her grandson, ⟦NAME|阿傑⟧, without her or her eldest son being consulted. Under Taiwan's Hospice Palliative Care Act and the Patient Right to Autonomy Act, the order of family members matters, and a grandson is not first in line when a son is alive and available.

I felt embarrassed that I had accepted "DNR" without reading the form. My attending, Dr. Huang, helped me call the eldest son, who came the next morning and confirmed her wishes after talking with her. She was alert enough to say herself that she did not want a tube.

I learnt that a code status is a conversation, not a label, and that handover is where labels lose their history.`,
  },
  {
    id: "tw-gibbs-002",
    setting: "night shift",
    role: "PGY resident",
    text: `Description: In my PGY year in Taipei, I had my first night shift in the emergency department. At 3 am, a man in his sixties came in with abdominal pain. I examined him and thought it was gastritis. My senior, Dr. Chang, asked me to do a bedside ultrasound. We found an abdominal aortic aneurysm of 6.5 cm.

Feelings: I felt shocked and ashamed. I had been ready to send him home with an antacid.

Evaluation: The vascular surgeons took him to theatre, and he survived. Dr. Chang did not criticise me; he asked me to think about what I had missed.

Analysis: I had anchored on the most common diagnosis. The man was a smoker with hypertension, which I had noted but not connected. Point-of-care ultrasound is taught in our PGY curriculum, but I had not used it because I was not confident. I realised that my confidence in examination was much higher than my skill.

Conclusion: Common things are common, but dangerous things must be excluded first, especially at night when there are fewer people to catch mistakes.

Action plan: I will practise POCUS on every abdominal pain patient for the next three months, under supervision, and I have signed up for an emergency ultrasound workshop held by the Taiwan Society of Emergency Medicine. I also wrote "AAA" on the first line of my abdominal pain checklist.`,
  },
  {
    id: "tw-comment-003",
    setting: "night shift",
    role: "emergency physician",
    text: `Good reflection. Anchoring is the most common error I see in PGY residents at night, and also in myself after a long shift. Your plan to scan every abdominal pain is excellent; you will find many gallstones and some surprises. Also, remember the 2019 guidance on POCUS documentation: save the images, write what you saw, and ask a senior to review.`,
  },
  {
    id: "vn-what-001",
    setting: "rural district hospital",
    role: "resident doctor",
    text: `What? As a first-year resident in family medicine, I was sent for three months to a district hospital in Nghệ An province. During Tết, on ⟦DATE|mùng 2 Tết⟧ (⟦DATE|30 January 2025⟧), ⟦NAME|bà Nguyễn Thị Hoa⟧ was brought to ⟦FACILITY_ROOM|phòng 4, khoa Nội, Bệnh viện Đa khoa huyện Yên Thành⟧ with a stroke. Her son ⟦NAME|anh Tuấn⟧ gave me his Zalo number, ⟦PHONE|091 555 3827⟧, and a sticky note with the family's village, ⟦LOCATION|xóm Đông, xã Hợp Thành⟧.

So what? The family wanted to take her home because they believed it was bad luck for someone to be in hospital at Tết, and they wanted her to be at home if she died. I was taught the national stroke guidelines in Hanoi, and I wanted to keep her for monitoring and swallowing assessment. But I also understood that for the family, being at home during Tết had deep meaning.

Now what? My supervisor, Dr. Trần, helped me talk with the family. We agreed that she would stay for 48 hours for a swallow assessment and a CT, and then go home with instructions for feeding and positioning. I visited the village with the commune health station nurse a week later. She was stable. I learnt that in rural Vietnam, the commune health station is the bridge between the hospital and the home, and I want to understand it better.`,
  },
  {
    id: "vn-free-002",
    setting: "handover",
    role: "nurse",
    text: `I am a nurse in my first year at a big central hospital in Ho Chi Minh City. Our internal medicine department often has two patients in one bed, and this makes handover very difficult.

During my first weeks, I was confused about which patient was which. At handover, the senior nurse spoke quickly, and I wrote notes on my hand. One night, I nearly gave a dose of enoxaparin to the wrong patient, because both patients in the bed were elderly women with similar names. I checked the wristband at the last moment and saw my mistake.

This made me think about the WHO's patient safety goals, which we study in nursing school. Correct patient identification is the first goal. But in an overcrowded hospital, the system makes mistakes easy. Our hospital has since started a project to reduce bed-sharing, but it will take years.

What I have changed: I now check two identifiers for every medication, even when I am very busy. I also asked the senior nurse to hand over patient by patient at the bedside, not at the nurses' station. She agreed after some discussion. I also learnt that it is acceptable to ask questions at handover, even if the senior nurse seems impatient. My charge nurse, chị Lan, told me that she made the same mistake in her first year, and that it is better to be slow than wrong.`,
  },
  {
    id: "vn-gibbs-003",
    setting: "international elective",
    role: "medical student on elective",
    text: `Description: I am an Australian medical student, and I spent six weeks of my elective in a hospital for tropical diseases in Hanoi. I saw dengue, melioidosis, Japanese encephalitis, rabies and tetanus, all diseases I had only read about.

Feelings: I was fascinated, but also sad. Many patients had diseases that are preventable with vaccines or early treatment.

Evaluation: The doctors were very skilled and patient with me. I learnt to recognise the clinical signs of tetanus, which I had never seen, and to manage severe dengue with careful fluid therapy according to the WHO 2009 guidelines. I also saw how the hospital managed with limited ICU beds.

Analysis: I realised how lucky we are in Australia with our immunisation programmes. Tetanus in Vietnam mostly affects older people who were never vaccinated, or people with injuries who did not receive a booster. I also learnt about melioidosis, which also occurs in northern Australia, so this was useful for my future practice.

Conclusion: This elective showed me the importance of public health measures and the burden of infectious diseases in low- and middle-income countries.

Action plan: I want to do a rural term in the Northern Territory as an intern, where melioidosis is common. My supervisor, Dr. Phạm, gave me a list of articles to read, and I will present a case-based talk to my medical school's global health society.`,
  },
  {
    id: "fj-free-001",
    setting: "rural posting",
    role: "medical officer",
    text: `I am a medical officer in my first rural posting in Fiji, at a health centre on Vanua Levu. This reflection is about respect, chiefly titles and a diabetic foot.

⟦NAME|Ratu Josefa Vakaloloma⟧ is ⟦OTHER|the Turaga ni Koro of Nabalebale village⟧ and everyone knows him. He has diabetes and came with an infected foot ulcer that needed admission and probably amputation of a toe. He refused, because he had a village fundraising ceremony, a soli, to lead that week, and his absence would be noticed.

I was frustrated, and I said so too directly. The senior nurse, Sister Mere, took me aside and explained that I had embarrassed him in front of his relatives. She suggested that I speak with his wife, ⟦NAME|Adi Litia⟧, and his brother, ⟦NAME|Ratu Ilaitia⟧, privately, and that we plan the admission after the ceremony, with daily dressings and antibiotics until then. We did that. His phone, ⟦PHONE|927 5551⟧, became my daily check.

After the ceremony, he came to Labasa for surgery and lost one toe, not the foot. I learnt that diabetic foot care in Fiji, where amputations are sadly common, depends on trust as much as on antibiotics. The Fiji diabetes guidelines are clear about early referral, but they do not tell you how to negotiate with a chief.

I have learnt to ask about obligations before I plan care.`,
  },
  {
    id: "fj-what-002",
    setting: "night shift",
    role: "intern",
    text: `What? I am an intern at a hospital in Suva, and on my first night in the labour ward I saw a postpartum haemorrhage. A young woman lost more than a litre of blood after a normal delivery. The midwives were calm, gave oxytocin and misoprostol, massaged the uterus, and called the registrar. I stood in the corner, not knowing what to do.

So what? I realised that I had learnt the management of PPH from lecture slides, but had never practised it. The midwives had done it many times. I also realised that in Fiji, PPH is still one of the leading causes of maternal death, and that the first minutes matter most. The WHO 2012 recommendations and the newer tranexamic acid evidence from the WOMAN trial (2017) were familiar to me, but I could not apply them in real time.

Now what? I asked the senior midwife, Mrs. Tuilau, to teach me the PPH drill. We practised with a mannequin twice that week. I also made a one-page card with the steps: call for help, massage, oxytocin, TXA, bimanual compression, theatre. I keep it in my pocket. On my next night, there was another PPH, and this time I helped with the cannulas and the TXA while the midwife did the massage. I felt useful. I want to continue practising emergency drills during my internship.`,
  },
  {
    id: "pg-gibbs-001",
    setting: "international elective",
    role: "medical student on elective",
    text: `Description: I am a New Zealand medical student, and I spent my elective at a provincial hospital in the Highlands of Papua New Guinea. In my third week, a man named ⟦NAME|Kaupa Wambi⟧ from ⟦LOCATION|Lumusa village⟧ was brought in after a tribal fight, with an arrow wound to the chest. He was ⟦OTHER|the only pig-breeder in Lumusa who had been to Lae⟧, the health extension officer told me, and many relatives came with him. He was admitted to ⟦FACILITY_ROOM|bed 5 of the surgical ward at Wabag Provincial Hospital⟧ on ⟦DATE|Independence Day⟧ (⟦DATE|16 September 2025⟧).

Feelings: I was shocked by the injury, and afraid of the crowd of relatives, who were angry.

Evaluation: The surgeon, Dr. Kila, inserted a chest drain and managed a haemothorax. I assisted. I learnt more about trauma surgery in that one case than in my whole course. But I felt helpless when the relatives argued in Tok Pisin, and I could not understand them.

Analysis: I realised that tribal violence is a public health issue in the Highlands, and that hospitals are part of the conflict: staff sometimes must negotiate with families before they can treat patients. The nurses managed this with great skill. I also learnt how limited resources are: the hospital had one surgeon.

Conclusion: An elective in PNG taught me about resilience, improvisation and humility.

Action plan: I am learning Tok Pisin, and I want to return as a junior doctor.`,
  },
  {
    id: "pg-free-002",
    setting: "rural health centre",
    role: "health extension officer",
    text: `I am a health extension officer in my first posting in a rural health centre in the Western Province of Papua New Guinea, and I want to write about the loneliness of night work.

Our health centre serves about 15,000 people. There is no doctor. There are two nurses, a community health worker and me. At night, I am the one who is called. Most nights I see malaria, pneumonia, childbirth complications and injuries. The nearest hospital is a day away by boat.

In my first month, a woman came at midnight with an obstructed labour. I had been trained to recognise it, but I had no way to do a caesarean. I called the provincial hospital by radio, and they said they could not send a boat until the morning. The baby died, and the mother survived after a long night. I will never forget it.

After that night, I asked the provincial health authority for a plan for obstetric emergencies. We now have an agreement with a mission aviation service for emergency flights, and we keep a fuel drum for the boat. I also trained the village birth attendants in the danger signs of labour, so that women come earlier. The WHO's guidance on maternal and newborn care was useful, but local solutions matter more.

I am still lonely at night. But I have learnt that I can change some things, even from a small health centre.`,
  },
  {
    id: "sd-free-001",
    setting: "emergency department",
    role: "house officer",
    text: `I am a Sudanese house officer who started internship in Khartoum weeks before the war began. After the fighting reached the city, I moved to Port Sudan and continued my internship in a hospital there. This reflection is about a patient I met during the displacement.

⟦NAME|Haboba Fatima⟧, ⟦NAME|Fatima Abdelrahim Osman⟧, ⟦AGE|ninety-five years old⟧ according to her grandson, arrived after a journey of four days from ⟦LOCATION|Umm Dawanban⟧ with dehydration, a urinary tract infection and uncontrolled diabetes. She was placed in ⟦FACILITY_ROOM|bed 3 of the women's ward at Port Sudan Teaching Hospital⟧. Her grandson ⟦NAME|Omer⟧ gave me his number, ⟦PHONE|0912 555 406⟧, and told me that she had lost her medicines when they fled.

My senior, Dr. Elamin, said that most of our patients now were chronic patients who had been without treatment for weeks. We had insulin, but few glucometer strips, and no way to follow patients after they left, because many were moving again.

I learnt that in war, the most common medical problems are not gunshot wounds but interrupted chronic care. I also learnt how important it is to give patients a written summary of their treatment, because they may see a different doctor in a different city next week. I now write a short note for every discharged patient, with diagnosis, medicines and doses, in Arabic.`,
  },
  {
    id: "sd-what-002",
    setting: "medication error",
    role: "house officer",
    text: `What? During my internship in paediatrics in Wad Madani, before the fighting reached the city, I prescribed gentamicin for a newborn with suspected sepsis. I calculated the dose using the child's weight in pounds, because the nurse had written it that way, instead of kilograms. The dose was more than double the correct one.

So what? The pharmacist, Ustaz Hamza, noticed the error before the dose was given. I was ashamed. I had not checked the units. The neonatal formulary we use, based on the WHO Pocket Book of Hospital Care for Children (2013), gives doses per kilogram, and I knew that. But at night, tired, I took the number without thinking.

Now what? I now always check the units of weight and write "kg" next to every weight I use. I also asked the head nurse to make sure that all weights in the neonatal unit are recorded in kilograms. My supervisor, Dr. Mohamed, discussed the case at our morning meeting without naming anyone, and the other house officers said they had made similar errors. We agreed to introduce a simple double-check for all neonatal antibiotic doses. This experience taught me that small things, like units, can cause big harm. It also taught me to be grateful for pharmacists who check our work.`,
  },
];
