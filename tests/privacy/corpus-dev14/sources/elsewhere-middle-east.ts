import type { SourceItem } from "../../corpus/types.ts";
import { emiratesId, saudiId } from "../gen.ts";

/** Saudi Arabia, the UAE, Qatar, Oman, Lebanon and Morocco. */
export const MIDDLE_EAST: SourceItem[] = [
  {
    id: "sa-free-001",
    setting: "surgery",
    role: "general surgery resident (R2, Saudi Board)",
    text: `Reflection – consent through an interpreter, and a brother's phone

A 61-year-old woman was admitted under our team with acute cholecystitis and a stone in the common bile duct. The nurses called her ⟦NAME|Umm Fahad⟧, as she preferred. She was on ⟦FACILITY_ROOM|bed 4 of the female surgical ward at King Fahad Medical City⟧ and needed ERCP followed by laparoscopic cholecystectomy.

Her brother insisted on being present for every conversation and asked that all decisions go through him. He gave me his mobile number, ⟦PHONE|+966 55 555 0183⟧, and her national ID, ⟦ID|${saudiId("104827365")}⟧, and told me to call him before speaking to her. The patient herself was alert, spoke Arabic fluently and understood everything.

My Arabic is good but not native, and I did the first consent conversation with the brother doing most of the talking. My consultant, Dr. Al-Harbi, stopped me afterwards and asked a simple question: "Whose consent did you take?" I realised I had taken the brother's.

We went back together. Dr. Al-Harbi greeted the brother respectfully and then spoke directly to the patient. She asked good questions about the scar and how long she would be away from her grandchildren. She consented herself, and asked her brother to stay for support. Nobody was offended.

What I learned:
- Saudi law and the SCFHS code of ethics both recognise the competent adult patient's right to consent, regardless of gender. Family involvement is valued, but the patient decides.
- My assumption that I should defer to the male relative was my own, not the patient's or the family's.
- Respect for family and respect for autonomy can coexist if the clinician frames the conversation well.

Next step: the postgraduate centre's communication workshop, and the SCFHS professionalism handbook again before my promotion exam.`,
  },
  {
    id: "sa-what-002",
    setting: "emergency medicine",
    role: "emergency medicine resident (R3)",
    text: `What?
This year I worked in a temporary emergency clinic in Mina during the Hajj season. Over five days we saw more than 600 patients: heat exhaustion, heat stroke, crush injuries, decompensated diabetes, pneumonia and a great many sprained ankles. It was the most intense week of my training.

So what?
Mass gathering medicine is its own discipline. The Saudi Ministry of Health's Hajj health guidelines, and the Lancet series on mass gatherings, describe the challenges — heat, crowding, elderly pilgrims with chronic disease, many languages — but reading about them is different from living them. I learned three things.

First, triage must be simple. We used a modified South African Triage Scale because it works without a doctor at the door. Second, cooling has to be immediate: we used ice-water immersion for heat stroke and saw remarkable recoveries, even in pilgrims with core temperatures above 42 °C. Third, communication is everything. We had volunteers who spoke Urdu, Bahasa, Hausa, Turkish and French, and without them we would have been lost.

I also reflected on my own limits. On day three I became short-tempered with a volunteer who was slow to translate. Dr. Al-Otaibi, our team leader, took me aside and said, "You've been working fourteen hours in 46 degrees; drink and sit for ten minutes." I was dehydrated myself.

Now what?
- Take hydration breaks seriously, for myself and the team.
- Write a short report on heat-stroke cooling outcomes for our department journal club.
- Apply for the mass gathering medicine fellowship that the Global Centre for Mass Gatherings Medicine offers.`,
  },
  {
    id: "sa-comment-003",
    setting: "emergency medicine",
    role: "emergency medicine consultant",
    text: `Consultant's comment: Excellent reflection, Dr. Hamad. Mass gathering medicine needs exactly this kind of honest learning. Your observation about your own dehydration is important; leaders must model self-care. Please add one or two specific cases of heat stroke with the cooling times (without any identifying details) so that your journal club presentation has data as well as impressions.`,
  },
  {
    id: "ae-gibbs-001",
    setting: "obstetrics",
    role: "obstetrics and gynaecology resident (R1)",
    text: `Gibbs reflection – a night delivery and an ID card at the door

Description: On ⟦DATE|the first morning of Eid al-Adha⟧, just after dawn prayers, a woman was brought to labour ward in established labour with her fourth baby. Her name was ⟦NAME|Mariam⟧, and her husband handed the reception clerk her Emirates ID card, number ⟦ID|${emiratesId("784-1990-3318072-")}⟧, which the clerk read aloud while filling in the form in a corridor full of families. She delivered a healthy girl twenty minutes later in the delivery room with a midwife and me.

Feelings: Joy at the delivery, which went beautifully. Discomfort at the corridor, which I noticed but did not act on.

Evaluation: The delivery itself was uncomplicated: active management of the third stage with oxytocin, estimated blood loss 300 mL, a first-degree tear that did not need suturing. I felt confident. What I did not do was step in at reception, where her details were read out while three other families listened.

Analysis: The UAE's federal law on the use of ICT in health fields and the Dubai Health Authority's policies on patient privacy both require that identifying information is not disclosed unnecessarily. Reading an ID number aloud is a common habit. It is also a breach, and as a doctor I have some authority to change habits like that.

Conclusion: I need to act on small things I notice, not just record them later.

Action plan: Raise the reception practice at the departmental quality meeting; suggest that ID cards are scanned rather than read aloud; discuss with my programme director, Dr. Noura Al Shamsi; and revise the WHO recommendations on intrapartum care, which I will present at our residents' teaching.`,
  },
  {
    id: "ae-free-002",
    setting: "paediatrics",
    role: "paediatrics resident (R3)",
    text: `Reflection – an adolescent, a livestream and the patient portal

A 15-year-old girl was admitted to our adolescent unit after an intentional overdose of paracetamol. N-acetylcysteine was started within the treatment window and she recovered well medically. The harder work was everything else.

Her school counsellor contacted us because a classmate had sent her a screen recording of a livestream the girl had posted the night before the overdose, and sent us the link, ⟦URL|https://www.tiktok.com/@noor.after.dark/live⟧. I watched it with my consultant, Dr. Haddad, so we could understand the risk. Then, a day later, the hospital's information security team told us that the patient portal account belonging to her mother had been logged into from an unfamiliar address, ⟦IP|198.51.100.23⟧, and that someone had viewed the admission summary. It turned out to be an older cousin who knew the mother's password.

What I learned:
1. Adolescents' lives are partly online, and risk assessment has to include that. The HEEADSSS framework now includes social media in its "activities" and "safety" domains for good reason.
2. Family access to records is not always safe access. The girl had told us she did not want her cousins to know. We worked with the portal team to reset the account and had a private conversation with her mother.
3. I felt out of my depth. I had never had to think about an IP address in clinical work. Dr. Haddad reminded me that our job was to ensure the patient's safety and privacy, and the technical part belonged to the IT team.

Next steps: complete the adolescent health module of the DHA's CPD programme; learn our hospital's process for reporting portal breaches; read the RCPCH guidance on confidentiality in adolescents.`,
  },
  {
    id: "ae-what-003",
    setting: "dentistry",
    role: "general dentist (first year of practice)",
    text: `What?
A patient in her thirties attended our clinic in Abu Dhabi for a routine scale and polish and mentioned that she had been bleeding from her gums for months. Her medical history form said "none". When I asked directly, she told me she had been diagnosed with type 2 diabetes a year ago and had not started treatment because she felt fine.

So what?
The link between periodontitis and diabetes is bidirectional and well documented in the 2017 World Workshop classification and the joint EFP/IDF consensus report. Her probing depths were 5–6 mm in several sites with bleeding on probing; I staged her as periodontitis stage III grade C, largely because of her uncontrolled diabetes. I realised that if I had relied on the written form, I would have done a quick clean and missed the diagnosis.

I also reflected that she had felt embarrassed to mention diabetes to a dentist because she thought it was "not relevant". Patient education about the mouth–body connection is part of my job.

I referred her back to her GP with a letter, and with her permission called to make sure the appointment was booked. At her review three months later her HbA1c had dropped from 9.4% to 7.6% with metformin and her bleeding scores had halved.

Now what?
- Ask about diabetes and cardiovascular disease verbally, not just on the form.
- Offer HbA1c point-of-care testing, which our clinic has just introduced.
- Read the Department of Health Abu Dhabi's oral health strategy.
- Attend the AEEDC conference in Dubai this year, which has a periodontal medicine session.`,
  },
  {
    id: "qa-free-001",
    setting: "emergency medicine",
    role: "emergency medicine resident (R2)",
    text: `Reflection – a pacemaker patient from the labour camps

A 48-year-old construction worker from Nepal, ⟦NAME|Ramesh⟧, was brought by his colleagues after a syncopal episode on site in the midday heat. He had a pacemaker placed in Kathmandu three years ago for complete heart block. His only documentation was a creased device card: a dual-chamber pacemaker, serial ⟦DEVICE|PJN771203H⟧. His colleagues gave his accommodation as ⟦ADDRESS|Block 6, Street 41, Industrial Area, Doha⟧.

We interrogated the device with help from the cardiology technician. The battery was near elective replacement indicator, and there was intermittent loss of capture. He needed a generator change.

The medical part was clear. What I struggled with was everything around it. His employer had his passport. He was worried that if he stayed in hospital he would lose pay, and possibly his job. He asked me several times whether I would tell his supervisor. He also did not want his family in Nepal to know, because they depended on his income and he did not want them to worry.

My consultant, Dr. Al-Kuwari, explained the protections in Qatar's labour law and the Workers' Support and Insurance Fund, and involved our social worker, who spoke Nepali. The generator change was done two days later. Nobody from his company was told the details without his consent.

What I learned: migrant workers' health is shaped by employment and legal status as much as by clinical factors. I also learned how much I did not know about the support systems available.

Plans: read the ILO report on heat stress and migrant workers; learn the basic process of device interrogation; and ask whether our ED could keep a list of interpreters for South Asian languages.`,
  },
  {
    id: "qa-gibbs-002",
    setting: "surgery",
    role: "fourth-year medical student (Weill Cornell Medicine–Qatar)",
    text: `Gibbs reflection – scrubbing in for the first time

Description: I scrubbed in for a laparoscopic appendicectomy during my surgery clerkship. The attending, Dr. Hassan, and the chief resident talked me through the steps, and I held the camera for the whole case.

Feelings: Excitement, then mild panic when I contaminated my glove by touching my mask, then relief when the scrub nurse calmly replaced it.

Evaluation: My camera work was shaky at first; I kept losing the horizon and the surgeon had to ask me to zoom out several times. By the end I was anticipating the instruments. I did not realise I had broken sterility until the scrub nurse told me, which worried me.

Analysis: The WHO Surgical Safety Checklist and the AORN guidelines on sterile technique cover the principles, but in practice sterility is about awareness of your hands at all times. I had been focused on watching the screen. The scrub nurse, who has worked in theatres for twenty years, told me afterwards that students always look at the screen and forget their hands. She was right.

I also noticed that I felt embarrassed to admit I had contaminated my glove, even though it was obviously the right thing to do. Patient safety must come before embarrassment.

Conclusion: Camera skills improve with practice; sterile awareness needs attention every second.

Action plan: Practise camera navigation on the laparoscopic box trainer in the skills centre; ask the scrub nurse if I can observe her setting up a sterile field; read the SAGES guidance on laparoscopic camera operation; scrub for at least three more cases this rotation. I would like to apply for surgery residency in the United States, and this clerkship is shaping that decision.`,
  },
  {
    id: "om-comment-001",
    setting: "paediatrics",
    role: "senior consultant paediatrician",
    text: `Comment from the supervisor: This reflection shows good insight into the challenges of caring for children from remote wilayats. The clinical management was appropriate and your description of the family's journey is sensitive. Next time, include what you learned about the referral pathway and the role of the health centre. Well done, Dr. Al Hinai, on a clear and structured piece.`,
  },
  {
    id: "om-free-002",
    setting: "paediatrics",
    role: "paediatrics resident (OMSB programme)",
    text: `Reflection – a neonate from the Sharqiyah sands

A ten-day-old boy, ⟦NAME|Baby Salim⟧, was brought to our emergency department on ⟦DATE|12 March⟧ by his father after a three-hour drive from ⟦LOCATION|Hillat Al Rimal, a Bedouin settlement near Mintirib⟧. He was jaundiced, lethargic and feeding poorly. Total serum bilirubin was 486 µmol/L. We started intensive phototherapy immediately and prepared for exchange transfusion.

The father told us that the baby had been yellow since day three, but the family had been told by relatives that sunlight would cure it. He also said the nearest health centre was closed for a holiday.

G6PD deficiency is common in Oman and the baby's screening result came back deficient the next morning. He needed one exchange transfusion and recovered without signs of bilirubin encephalopathy on discharge, although he will need hearing assessment and developmental follow-up.

What I learned clinically: I must know the exchange transfusion thresholds from the NICE neonatal jaundice guideline and the AAP 2022 update by heart, and I must think about G6PD in every significantly jaundiced Omani baby.

What I learned about context: families in remote areas make reasonable decisions with the information they have. The father had followed advice from people he trusted. The newborn screening programme picks up G6PD deficiency, but the result and its meaning had not reached him.

Action plan: With my supervisor, Dr. Al Balushi, I plan to audit the time from newborn screening result to parent notification for babies from remote areas. I will also help prepare an Arabic leaflet on jaundice danger signs for the health centres, and I will present this case at the OMSB residents' grand round.`,
  },
  {
    id: "lb-what-001",
    setting: "emergency medicine",
    role: "emergency medicine resident (PGY-3)",
    text: `What?
This reflection is about a follow-up visit, not an emergency. A man in his sixties, ⟦NAME|Abu Karim⟧ to everyone in his neighbourhood, came to our clinic for a wound review. He had been injured in the port explosion on ⟦DATE|4 August⟧ and treated first in the burns unit at ⟦FACILITY_ROOM|Geitawi⟧. His glass injuries had healed, but he had not slept properly since and would not walk near the sea.

So what?
I had been in the emergency department that evening too, as a second-year resident. I remember the corridors full of people and how we ran out of sutures. Listening to him, I realised I had never reflected on that night myself. When he described the sound, my heart rate went up. I finished the consultation, and then I sat in my car for a long time.

Clinically, he met criteria for PTSD (PCL-5 score of 52). I referred him to the psychiatry team at our hospital and gave him information about the local NGO that offers free trauma therapy. My attending, Dr. Nasrallah, talked with me afterwards. She said many of the staff had never processed that night and that the department was starting peer support groups.

Now what?
- Follow up his referral and make sure he was seen.
- Join the peer support group, which I have done; we meet every two weeks.
- Read the WHO mhGAP module on stress-related conditions and the evidence for trauma-focused CBT and EMDR.
- Be honest with myself: a clinician's trauma affects patient care, and asking for help is part of professionalism.`,
  },
  {
    id: "lb-gibbs-002",
    setting: "psychiatry",
    role: "medical student (clerkship, American University of Beirut)",
    text: `Gibbs reflection – my psychiatry clerkship during the economic crisis

Description: During my psychiatry clerkship, many outpatients told us they could not afford their medications. Lebanon's currency collapse meant that the price of sertraline, olanzapine and lithium had risen several times over, and some drugs were simply not available in pharmacies.

Feelings: Helplessness. We were making careful treatment plans that patients could not follow.

Evaluation: My attending, Dr. Khoury, adapted constantly. He switched patients to medications that were still subsidised, used the WHO Essential Medicines List as a guide, and connected patients to NGOs that provided free medication. I learned more about pharmacoeconomics in four weeks than in all my preclinical years.

Analysis: The Lancet Commission on global mental health describes how economic shocks increase mental illness and reduce access to treatment at the same time. I had read it as a general point. Here it was happening to the people in front of me. I also noticed that I had begun to feel numb, and that numbness was a way to cope.

Conclusion: Good psychiatry is not only about choosing the best drug; it is about choosing the best drug the patient can actually obtain and take.

Action plan: Learn the generic equivalents and their current prices; ask Dr. Khoury whether I can join the department's medication access working group; read the National Mental Health Programme's strategy for Lebanon (2015–2020) and its update; talk to the student wellness office about my own numbness.`,
  },
  {
    id: "ma-free-001",
    setting: "obstetrics",
    role: "resident in obstetrics and gynaecology (CHU)",
    text: `Réflexion / Reflection – a referral from the High Atlas

I am writing this in English for my international portfolio. A 27-year-old woman, ⟦NAME|Lalla Fatima⟧, was referred to us from the dispensaire in her valley with pre-eclampsia at 35 weeks. She came from ⟦LOCATION|Douar Ouled Ayad⟧, three hours by road and then a walk down the mountain. Her CIN, ⟦ID|BK284617⟧, was copied onto every referral sheet, together with her husband's name and phone number.

She arrived with BP 168/110, proteinuria 3+ and a headache. We gave magnesium sulphate, labetalol, and induced labour. She delivered a healthy boy vaginally on the next day. I was proud of the teamwork with the midwives, who managed the induction very well.

Two things stayed with me. First, the referral sheet travelled in her husband's pocket, passed through the hands of two taxi drivers and a gendarme at a checkpoint, and arrived folded into a square. Everyone on that road could have read her ID number and diagnosis. Second, she told me that she had delayed coming because she had no money for the transport, and the road was closed by snow for two days in January.

What I learned: the Moroccan national programme for maternal health (and the free delivery policy) has improved access, but geography is still a barrier. I also learned that patient data protection (Loi 09-08) must consider how paper actually moves in rural areas.

My plans: talk with my professor, Pr. Benjelloun, about using sealed envelopes for referrals; read the WHO 2011 guidelines on pre-eclampsia again; present this case at our service's staff meeting.`,
  },
  {
    id: "ma-comment-002",
    setting: "obstetrics",
    role: "professor of obstetrics",
    text: `Commentaire du superviseur: A very good reflection, clear and well argued. The clinical management of severe pre-eclampsia is correct and well described. The idea of sealed referral envelopes is practical and I will support it at the regional meeting in Marrakech. Please add one paragraph on what you learned about the midwives' role in induction; they deserve credit.`,
  },
];
