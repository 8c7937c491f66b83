import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: resident doctors, senior registrars, consultants and faculty. */
export const NG: SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "paediatrics",
    role: "paediatrics senior registrar",
    text: `**Description.** I am a senior registrar in paediatrics in Kano. During the rainy season a two-year-old, ⟦NAME|Aminu Sani⟧, was brought to the Emergency Paediatric Unit at ⟦FACILITY_ROOM|AKTH⟧ with severe malaria, haemoglobin of 3.8 g/dL and respiratory distress. His mother, ⟦NAME|Hajiya Binta⟧, had walked with him from the motor park after a bus journey from a village near Dambatta that took most of the day. He needed a transfusion urgently and the blood bank had none of his group.

**Feelings.** Panic first, then a kind of cold focus that I have learned to trust, then, when it was over, exhaustion and something close to anger.

**Evaluation.** We started IV artesunate 3 mg/kg immediately, gave oxygen and a bolus of dextrose for a glucose of 2.1 mmol/L, and I called the blood bank and then my consultant, Dr. Hadiza Bello. She suggested we ask the family for a donor. The boy's uncle, ⟦NAME|Malam Garba⟧, was compatible. The transfusion started two and a half hours after arrival. The child survived.

**Analysis.** Family replacement donation is how many Nigerian hospitals keep children alive, and the WHO has been urging voluntary non-remunerated donation for decades. It works until it does not: when the family is far away, when the relatives are anaemic themselves, when nobody has the right group. The clinical care was good. The system relied on luck and an uncle who happened to be in Kano that day.

**Conclusion.** I cannot fix the blood supply as a registrar, but I can help us prepare for the hours when there is none.

**Action plan.** I have proposed to our unit a standard "no blood available" pathway: early oxygen, fluid restriction, escalating the request to the state blood transfusion service, and contacting relatives as soon as severe anaemia is suspected rather than when the bag is needed. Dr. Bello has asked me to present it at the departmental meeting. ⟦NAME|Aminu⟧ went home on day five and his mother sent us a bag of groundnuts from their farm.`,
  },
  {
    id: "ng-what-002",
    setting: "medical education",
    role: "senior lecturer in medicine",
    text: `**What?** I am a senior lecturer in medicine at a federal university teaching hospital in the south-west, and this year I was asked to mentor six first-year resident doctors. In our first meeting I asked each of them what worried them most. Four said the Part I membership exams of the West African College of Physicians. One said money. One said, very quietly, that she was thinking of leaving for the UK through the PLAB route, like most of her classmates.

**So what?** I had prepared to talk about exam technique. I had not prepared to talk about "japa". I was honest with them. I told them that I trained here, did a fellowship in Johannesburg, and came back, and that I do not regret it, but that two of my closest friends from medical school are now consultants in Birmingham and Houston and do not regret that either. I told them that the brain drain is real, that the NARD strikes over unpaid salaries were real, and that nobody should shame them for choosing a life where they can pay their rent.

Then I asked the question my own mentor, Professor Oluwole Adeyemi, asked me twenty years ago: "What kind of doctor do you want to be in ten years, wherever you are?" That question is portable. It works in Ibadan and in Leeds.

**Now what?** We will meet monthly. We will do exam preparation, because they need it, using past WACP questions and Kumar and Clark. But I have also asked them each to write one short reflection a term, because I think the habit of reflection will serve them in any health system. And I will invite two colleagues who left and one who returned to speak at our Christmas end-of-year gathering, so that they hear more than one story, including mine.`,
  },
  {
    id: "ng-free-003",
    setting: "surgery",
    role: "surgery resident doctor",
    text: `I want to write about consent, and about a man who could not read the consent form, because it changed how I do something I do every day.

⟦NAME|Mr. Chukwuemeka Obi⟧ was a 63-year-old retired primary school teacher from ⟦LOCATION|Umuoji⟧ in Anambra, admitted to ⟦FACILITY_ROOM|Ward C2, bed 11, Nnamdi Azikiwe University Teaching Hospital⟧ with a strangulated inguinal hernia. I was the surgery resident on call. He had cataracts in both eyes and could no longer read print. His daughter, ⟦NAME|Ngozi⟧, was in Lagos and kept calling the ward on ⟦PHONE|0803 555 0417⟧ asking for updates, because, she said, her father "agrees to everything a doctor says".

I explained the operation, the risks of bowel resection, the anaesthesia. He nodded. He pressed his thumb on the form. It was all done correctly on paper. But as I was leaving, he called me back and asked in Igbo whether I would be removing "the whole thing" or "just the swelling", and I realised he had not understood what a hernia was at all. He had thought it was a tumour and he was going to die.

So I sat down again, drew a picture of the abdominal wall on the back of a lab request, and explained it a second time, slowly, in Igbo. He laughed with relief. He then asked two very good questions about lifting heavy things afterwards.

My consultant, Dr. Emmanuel Okonkwo, pointed out that Montgomery-style consent, which everyone cites from the UK, is really about this: what matters to this patient. Our local guidance and the Medical and Dental Council code say the same. The thumbprint was valid; the understanding was not there until the second conversation.

I now ask every patient to explain the operation back to me before they sign. It adds five minutes. ⟦NAME|Mr. Obi⟧ went home on day four and told ⟦NAME|Ngozi⟧ the doctor had "drawn him his own belly".`,
  },
  {
    id: "ng-free-004",
    setting: "night shift",
    role: "house officer supervisor (registrar)",
    text: `Calls are where Nigerian doctors are made, or broken. I am a medical registrar, and I supervise the house officers on our calls, and I want to write down what I have learned about teaching at three in the morning.

The first thing is that house officers are frightened of calling the registrar. I was too. My registrar when I was a house officer, Dr. Funmi Adebayo, had a reputation for biting, and I once managed a hyperkalaemia of 7.1 for forty minutes on my own before I called her, because I was more afraid of her than of the ECG. She did not bite; she just said, "Next time, call me first, then read the textbook." I have tried to be that registrar, minus the reputation.

The second is that teaching on call has to be short. Nobody learns from a lecture at 3 am. I teach one thing per patient: for DKA, how to calculate the fluid deficit; for a stroke, how to do a NIHSS properly; for hypoglycaemia in a patient on sulfonylureas, why they need a dextrose infusion and not only a bolus. One thing, once, at the bedside.

The third is about rest. Our calls are long, sometimes thirty-six hours, and the NARD has been negotiating about it for years. Until that changes, I send my house officers to sleep in turns, even if it means I take more of the pages myself.

The fourth is about celebration. When a house officer manages something well, I tell them, and I tell the consultant at the morning ward round in front of everyone. Professor Ngozi Nwosu, our head of department, does this for registrars too, and it is why people stay in her unit.

I finished my own last call of the year on Christmas Eve. My children had decorated the tree without me. It was, I decided, a fair trade for what the house officers learned that night.`,
  },
  {
    id: "ng-free-005",
    setting: "psychiatry",
    role: "psychiatry senior registrar",
    text: `I am a senior registrar in psychiatry in Abeokuta, and this is about a patient I failed to protect from a photograph.

⟦NAME|Tunde⟧, a 31-year-old mechanic, was brought in by his family from a prayer camp where he had been chained for two months during a first episode of psychosis. He was admitted to ⟦FACILITY_ROOM|Male Ward 2 at Neuropsychiatric Hospital Aro⟧ on ⟦DATE|17 June⟧. He had wounds on both ankles. He was frightened, hungry and, once we started risperidone 2 mg and treated the infected wounds, gentle and funny. By the second week he was helping the nurses arrange the chairs for group therapy.

His cousin had taken a photograph of him in chains at the camp and posted it on Facebook, with a caption asking for prayers and for money, and a link that spread quickly: ⟦URL|https://www.facebook.com/groups/pray4tundeabk⟧. It had thousands of shares by the time he was admitted. When he was well enough, he asked me whether the photo was still online. It was.

I did not know what to do. My consultant, Dr. Olayinka Ogunleye, helped me think it through. We talked with ⟦NAME|Tunde⟧ about what he wanted. He wanted it gone. We met with the family and explained, without blaming, that the photo could follow him for the rest of his life, for jobs and for marriage. The cousin agreed to take it down. The shares did not disappear.

Mental health stigma in Nigeria is not news. The Mental Health Act of 2021 finally replaced the 1958 Lunacy Act, and it prohibits chaining, but enforcement is another matter. What I learned is that the privacy harm starts before the patient reaches us and continues after discharge, and that we can at least help with the part we can reach.

I now ask at every admission whether photographs or videos have been shared, and our unit is drafting a short guide for families on social media.`,
  },
  {
    id: "ng-gibbs-006",
    setting: "obstetrics",
    role: "obstetrics and gynaecology consultant",
    text: `**Description.** As a consultant obstetrician I run the labour ward teaching on Wednesdays. Last month a registrar presented a case of obstructed labour with uterine rupture in a woman who had laboured at home for two days before coming in. The baby died. The woman survived with a hysterectomy. The registrar presented well, but when I asked "what could we have done?", the room answered with the usual list: antenatal care, skilled birth attendance, emergency transport.

**Feelings.** I was frustrated, not with the registrar but with myself, because I had heard myself give the same list at the same meeting for fifteen years.

**Evaluation.** Everything on the list is correct. The three delays model of Thaddeus and Maine, from 1994, is still the best summary we have. But our teaching had become a ritual: the case, the list, the sigh.

**Analysis.** I realised that we never discuss what happens inside our own walls: the time from arrival to theatre, the time to blood, the time to a consultant. Those are the delays we control. When I looked at our own records for the last quarter, our median decision-to-delivery interval for category 1 sections was 58 minutes, against a target of 30. That is not a community problem. That is us.

**Conclusion.** I want our audit culture to look inwards as well as outwards.

**Action plan.** From this month, each labour ward presentation will include one "third delay" figure from our own unit. I have asked our senior registrar, Dr. Blessing Eze, to lead a decision-to-delivery audit, and our anaesthetist colleague, Dr. Yusuf Lawal, to join. And I will stop sighing at the end of presentations.`,
  },
  {
    id: "ng-what-007",
    setting: "HIV clinic",
    role: "infectious diseases fellow",
    text: `**What?** I run an adolescent HIV clinic on Thursdays as part of my infectious diseases fellowship in Jos. One of our young people, ⟦NAME|Blessing Dung⟧, was 17 and had been on dolutegravir-based ART since she was a child, with an undetectable viral load. In March her viral load came back at 12,400 copies. When I asked her, privately, she said she had stopped taking the tablets because her new boarding school hostel had no private space, and a girl had found her pill box and asked about it.

**So what?** This is disclosure, adherence and stigma tangled together. The clinical plan was clear: enhanced adherence counselling for three months, then repeat viral load, and resistance testing if still raised, following the national guidelines. The harder part was her phone. She asked me not to call her on her own number, ⟦PHONE|0806 555 1293⟧, because her roommate sometimes answered, and to send messages only through her aunt. That is a sensible request, but our clinic system only stores one contact number per patient.

My supervisor, Dr. Patience Gyang, reminded me that adolescents will tell us exactly what they need if we ask, and that the system has to bend to them, not the other way round. We changed the contact in the system to her aunt's number with her written consent and wrote "do not call patient directly" on the front of the folder.

**Now what?** ⟦NAME|Blessing⟧'s viral load at three months was undetectable again. She now keeps her tablets in a vitamin bottle, which was her idea, not ours. I have asked our clinic manager to add a second, "safe" contact field to the registration form for all adolescents, and I will present this case at the state's adolescent HIV network meeting in September.`,
  },
  {
    id: "ng-comment-008",
    setting: "portfolio feedback",
    role: "consultant mentor",
    text: `This is lovely to read, and I recognise Dr. Adebayo from my own house job! Your "one thing per patient" rule is the best teaching advice I have seen in a resident's portfolio. Could you turn it into a short guide for the new house officers in March? I'll ask Prof. Nwosu to put it in the induction pack. Well done, and Merry Christmas to your family.`,
  },
  {
    id: "ng-free-009",
    setting: "community medicine",
    role: "public health physician",
    text: `I am a public health physician, and I spent three months on a polio and measles campaign in northern Nigeria during my residency. I have been asked to speak to the new community medicine residents next week, so I am writing this to sort out my thoughts.

The first thing I want to tell them is that the work is not clinical, and that is difficult for doctors. We are trained to see one patient at a time. A campaign is logistics: cold boxes, tally sheets, vaccinator teams, security, microplans, ward focal persons. Our team lead, Dr. Musa Abdullahi, used to say that the most important clinical skill on a campaign is counting.

The second is that trust is built by people who are not doctors. The traditional and religious leaders in the communities we worked in did more for vaccine uptake than any of our leaflets. The Sultan of Sokoto's public support for polio vaccination, and the work of the Northern Traditional Leaders Committee, are well documented. On the ground, what mattered were the local imams who let us speak after Friday prayers and the women's group leaders who walked with our teams.

The third is that the success is real. Nigeria was certified free of wild poliovirus in 2020, something that seemed impossible when I was a medical student in Zaria. Circulating vaccine-derived poliovirus remains a problem, and measles outbreaks keep happening, but the infrastructure built for polio now carries other programmes.

The fourth is about safety. We had two days when our team could not go out because of insecurity, and one when a vehicle was stopped. Nobody was hurt. I want the residents to know that it is acceptable to say no to a trip.

I will finish my talk with a photograph from my own collection: a tally sheet with every box filled in. It is the most satisfying document I have ever seen.`,
  },
];
