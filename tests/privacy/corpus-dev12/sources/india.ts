import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** India: MD/MS and DNB residents, senior residents, faculty. */
export const IN: SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "internal medicine",
    role: "MD medicine resident",
    text: `**Description.** During my second year of MD General Medicine I was posted in the medical emergency for a month. On ⟦DATE|14 August⟧, ⟦DATE|the day before Independence Day⟧, a man was brought in from ⟦LOCATION|Bhagwanpur village near Roorkee⟧ with fever, jaundice and confusion. His name was ⟦NAME|Ram Prakash Saini⟧, a sugarcane farmer, and his son ⟦NAME|Deepak⟧ had travelled with him in a shared jeep. We admitted him to ⟦FACILITY_ROOM|Bed 14, Male Medical Ward 3, AIIMS Rishikesh⟧. His scrub typhus IgM came back positive the next morning, and he also had leptospirosis serology pending. At the registration counter ⟦NAME|Deepak⟧ had to show his father's Aadhaar, ⟦ID|${aadhaar("4862 7301 593")}⟧, before the Ayushman Bharat card would be accepted.

**Feelings.** I felt angry at the registration delay, which held up his doxycycline by almost two hours, and then guilty because I had not escalated it.

**Evaluation.** The clinical part was right: doxycycline 100 mg BD, IV ceftriaxone to cover leptospirosis while we waited, close monitoring of his GCS and platelets. The system part went badly. I assumed paperwork was not my problem.

**Analysis.** Our unit head, Dr. Neha Kothari, later showed us data from our own emergency that time to antibiotic was longest for patients who came without documents. This is not unique to us; the Lancet Commission on high-quality health systems (2018) calls it a failure of the system, not the patient. The simple fix is that treatment starts before paperwork, and the rules already allow it.

**Conclusion.** A resident who writes the first dose on the sheet can decide that the first dose happens.

**Action plan.** I will start empirical treatment in suspected tropical fevers on clinical grounds and document why. I have also asked to sit in on the hospital's emergency committee when it reviews registration times. ⟦NAME|Mr. Saini⟧ went home on day nine, tired but talking, with ⟦NAME|Deepak⟧ carrying his bag.`,
  },
  {
    id: "in-what-002",
    setting: "surgery",
    role: "DNB surgery resident",
    text: `**What?** I am a final-year DNB General Surgery resident, and this Diwali I was on call for the first time as the senior-most resident in the hospital. At home in Nagpur my parents lit diyas without me and my younger brother sent photos of the rangoli every hour. In the hospital I had three burns admissions from firecrackers before midnight, two appendicectomies and one very long laparotomy for a perforated duodenal ulcer with my consultant, Dr. Sunil Deshpande.

**So what?** I learned that seniority is mostly about deciding what not to do. At 1 am the junior residents wanted to take a stable appendicitis to theatre immediately while a burns patient with 24% TBSA was waiting for fluid review. Parkland formula, 4 mL/kg/%TBSA, half in the first eight hours: I know it by heart, but I had never been the one deciding who got my attention first. I chose the burns patient and told the juniors the appendix would wait two hours with antibiotics, which the 2020 WSES guidelines support. They were not happy. It was the right call.

I also learned how much I rely on the OT sister, Sister Mary Thomas, who has been in that theatre for twenty-two years and quietly rearranged the list so that we finished before the morning cases started.

**Now what?** I am writing my DNB thesis on surgical site infections and sitting the final exam in June, so my reading is focused, but I want to read more on non-technical skills. Dr. Deshpande lent me "The Checklist Manifesto" and told me to read Dr. Devi Shetty's talks on high-volume surgery for a different view of efficiency. Next Diwali, I have promised my mother, I will be home. She has heard this promise before.`,
  },
  {
    id: "in-free-003",
    setting: "obstetrics",
    role: "obstetrics senior resident",
    text: `I am a senior resident in obstetrics and gynaecology in Hyderabad, and this is about a referral letter that taught me how much patients tell us without meaning to.

The letter came with a woman in labour referred from a primary health centre at 3 am. It was handwritten on the back of a prescription pad: ⟦NAME|Smt. Lakshmi Bai⟧, G3P2, 38 weeks, "BP high, fits one time at home", with her husband's name, ⟦NAME|Narsimha⟧, her address as ⟦ADDRESS|H.No. 4-112, Kummarivada, Shadnagar, Rangareddy 509216⟧, and his mobile, ⟦PHONE|+91 98555 40217⟧. She was eclamptic. We gave magnesium sulphate by the Pritchard regimen, 4 g IV and 10 g IM, labetalol for a BP of 170/112, and delivered her by caesarean section at 05:20. Her baby girl weighed 2.3 kg and cried at birth. Our hospital UHID for her was ⟦ID|HYD2311048763⟧.

Two days later a postgraduate from another unit asked me for "the eclampsia case" to present at a clinical meeting. I emailed the case summary and, without thinking, attached a photo of the referral letter because it showed how late she was referred. It had her address, husband's number and name on it.

My unit chief, Dr. Vani Reddy, noticed when the slides came round. She did not shout. She asked me to imagine ⟦NAME|Lakshmi⟧'s neighbours in Shadnagar seeing the slide on someone's WhatsApp. Then she asked me to recall the email and to learn how to crop and redact properly. I did both before lunch.

What I take from this is that a referral letter is a medical document, and so is a photograph of one. The ICMR guidelines and the DPDP Act 2023 are clear, but the habit has to be mine. ⟦NAME|Lakshmi⟧ went home on day six with her daughter. I now blur before I send anything, even to colleagues I trust.`,
  },
  {
    id: "in-free-004",
    setting: "community medicine",
    role: "community medicine faculty",
    text: `I have taught community medicine for fourteen years at a government medical college in Kerala, and every batch of interns asks me the same question in their first week of the rural posting: "Madam, why do we need to learn all this when we are going to be specialists?"

This year I decided to answer with a story instead of a lecture. When I was an intern myself, in 2009, I spent six weeks with an ASHA worker called Sreeja, who knew every pregnant woman in her ward by name and due date, and who once walked four kilometres in the monsoon to make sure a newborn got his BCG and OPV zero dose. She had studied only till tenth standard. She understood the cold chain better than I did.

The interns laughed at first and then they were quiet. One of them, Arjun, said his own mother had been an Anganwadi worker in Palakkad and he had never thought of it as health care. That was the most honest moment of the whole orientation.

What I want my students to understand is that the reason India eliminated polio, the reason Kerala's infant mortality rate is close to that of many high-income countries, is not only tertiary hospitals. It is Pulse Polio Sundays, it is ASHAs and ANMs, it is the sub-centre with a weighing scale and a register. Dr. Soumya Swaminathan has said this many times in public, better than I can.

So this year the interns will do three home visits with an ASHA before they are allowed into the PHC outpatient room. They will fill the family folder with her, not for her. They will learn the IMNCI chart booklet, the RBSK screening list and the Mission Indradhanush schedule. And at the end of the month they will write a reflection like this one, and I will read every one of them over Onam leave with a plate of banana chips beside me.`,
  },
  {
    id: "in-free-005",
    setting: "paediatrics",
    role: "paediatrics senior resident",
    text: `There are patients we remember because of the disease and patients we remember because of who they are. ⟦NAME|Baby Ishaan⟧ is both.

He came to our paediatric emergency at eleven months with failure to thrive and a hoarse cry, and the work-up showed congenital hypothyroidism that had somehow been missed by the newborn screening. His TSH was above 150. We started levothyroxine at 10 micrograms per kilogram and he began to change within weeks. That part was satisfying.

What I keep thinking about is his mother. She was, as the nurses quickly found out, ⟦OTHER|the only woman who teaches tabla at the music school in Chandannagar⟧, and half the ward's fathers had been her students at some point. She had been on a local television show during Durga Puja. People recognised her in the corridor and asked about the baby. She was too polite to tell them to stop.

I am a senior resident and I have always thought of confidentiality as a thing I do with files. Watching her handle those conversations made me realise that in a town like Chandannagar, confidentiality is something a family has to do too, and we can help or make it harder. We moved them to a cubicle at the end of the ward, asked the staff not to confirm anything to visitors, and I made sure that when I presented him at our unit's Friday meeting I called him "an eleven-month-old boy".

My consultant, Dr. Arindam Ghosh, said that missed newborn screening is a system failure worth writing up, and we are now auditing how many babies born in our district last year actually had a TSH report filed. At his last follow-up ⟦NAME|Ishaan⟧ was pulling himself up on the furniture. His mother played a short piece on the clinic table with her fingers while we waited for the thyroid report, and I will not forget that sound.`,
  },
  {
    id: "in-comment-006",
    setting: "portfolio feedback",
    role: "thesis guide",
    text: `Very good reflection. You have moved from describing the night to analysing your decisions, which is the step most residents miss. Your use of the WSES guideline is apt. Please add one line on how you communicated the delay to the family of the appendicitis patient; that is often where complaints arise. Keep writing these. Happy Diwali to you and your parents. — Dr. S. Deshpande`,
  },
  {
    id: "in-gibbs-007",
    setting: "psychiatry",
    role: "MD psychiatry resident",
    text: `**Description.** I am in my second year of MD Psychiatry in Thiruvananthapuram. Last Onam I was on duty in the psychiatry outpatient department on Uthradam, the day before Thiruvonam, when my own family in Kottayam were preparing the sadya. A young man came in with his father, both furious with each other, after the son had stopped sleeping and started spending the family savings on online trading. My senior resident, Dr. Fathima Basheer, and I assessed him together.

**Feelings.** I felt homesick, and a little resentful, and then very absorbed. I could see my own brother in the way the son was talking fast about charts and returns.

**Evaluation.** Our assessment was careful: Young Mania Rating Scale of 28, no psychotic features, no substance use, good insight into the financial harm once we slowed the conversation down. We discussed sodium valproate versus lithium and chose lithium with baseline renal and thyroid tests. What went less well was the family conversation; I let the father speak for too long and the son shut down.

**Analysis.** Family work in Indian psychiatry is often assumed rather than planned. Dr. N. N. Wig and others wrote decades ago about the family as the primary caregiver here, and the Mental Healthcare Act 2017 now gives patients rights that can sit awkwardly with that. I had not thought through how to give both of them space.

**Conclusion.** I need structure for family meetings, not just for interviews.

**Action plan.** I will ask Dr. Basheer to let me observe her next three family sessions and use a simple format: each person speaks, summarise, agree one next step. I have also started reading Thara's work from SCARF in Chennai on caregiver burden. Next Onam I am on leave, and I have already told my amma to keep the payasam for me.`,
  },
  {
    id: "in-what-008",
    setting: "geriatrics",
    role: "geriatric medicine fellow",
    text: `**What?** In my geriatric medicine fellowship I was asked to see ⟦NAME|Smt. Kamala Venkatesan⟧, ⟦AGE|94 years old⟧, admitted after a fall at home in Chennai with a fractured neck of femur. She spoke Tamil and a little English and was more worried about missing her great-granddaughter's naming ceremony than about the surgery. The orthopaedic team wanted to operate the next morning, and they wanted a quick "fit for surgery" from us.

**So what?** She was not unfit, but she was frail, with a Clinical Frailty Scale of 6, eGFR 38, and a haemoglobin of 9.1. More importantly, she had not been asked what she wanted. Her grandson had set up a family WhatsApp group called “⟦OTHER|Kamala Paati Hip Updates – Ward 5B⟧” with thirty-one relatives in it, and every decision was being discussed there before anyone spoke to her. My consultant, Dr. Meenakshi Sundaram, likes to say that the elderly patient is the first person in the room to ask, and I tried to do that.

I sat with her, with a nurse interpreting her Tamil into medical language for me, and she was very clear: yes to surgery, no to ventilation if things went badly, and please tell her grandson to stop posting her X-rays. We documented it, operated within 36 hours as the NICE and Indian orthogeriatric recommendations suggest, and she was mobilising with a walker on day three.

**Now what?** I will push for orthogeriatric co-management at admission, not at the consent stage. I want to discuss with the team how we handle families who share clinical details in group chats, because her hip was being discussed by people I never met. And I will remember that at ⟦AGE|94⟧ she was the most decisive person in the room.`,
  },
  {
    id: "in-free-009",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `Emergency medicine is still a young specialty in India, and as an MEM resident in Pune I get asked by relatives, at least once a week, "When will the real doctor come?" This reflection is about learning not to take that personally.

In my first year I did take it personally. I had passed NEET-PG, chosen EM over radiology against my father's advice, and I wanted respect. I would answer the question by listing my qualifications, which helped nobody. My attending, Dr. Rohan Kulkarni, watched me do this once and afterwards said, "They are not asking about your degree. They are asking whether their father will live."

He was right. So I changed what I do. I introduce myself by name and role, I say "I am the doctor in charge of your father right now", and I explain the next step in plain language. For a STEMI that is: ECG done, aspirin 325 mg and clopidogrel 600 mg given, the cath lab is being called, the cardiologist will be here in twenty minutes. For a snakebite it is: we have started anti-snake venom, we are watching the 20-minute whole blood clotting test, and we will repeat it every six hours.

Relatives still ask for the "real doctor". Now I think it is a fair question, and the answer is that we are a team. The Society for Emergency Medicine India has been arguing for years that EM needs its own identity; I think we build it one explanation at a time.

I have also learned to look after myself. After bad nights I walk along the Mula river before going home, and I play cricket on Sundays with my batchmates from BJ Medical College. My mother now tells her friends I am an "emergency specialist". My father still thinks I should have done radiology.`,
  },
  {
    id: "in-comment-010",
    setting: "portfolio feedback",
    role: "faculty mentor",
    text: `This is a strong reflection and the action plan is realistic. But please anonymise before submitting to the department: ⟦LOCATION|Bhagwanpur⟧, the farmer's full name and his son's name make him identifiable, and the Aadhaar number should never appear in a reflection at all. Replace with "a farmer from a village in Haridwar district" and remove the number. Then it is ready. — Dr. Neha Kothari`,
  },
];
