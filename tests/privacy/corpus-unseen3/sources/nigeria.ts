/** Nigeria. */
import type { SourceItem } from "../../corpus/types.ts";

export const NIGERIA: SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "emergency department",
    role: "house officer",
    text: `
GIBBS REFLECTION — Children's Emergency, house job

Description: On ⟦DATE|Saturday 2nd November⟧ I was on call at Children's Emergency Room, ⟦FACILITY_ROOM|LUTH⟧ when a 4-year-old girl, ⟦NAME|Oluwadamilare "Dami" Adebayo⟧, was rushed in by her mother with convulsions and high fever. Her mother, ⟦NAME|Mrs. Folake Adebayo⟧, kept repeating that she had already given her "agbo" and paracetamol at home. The girl was convulsing for about 25 minutes before reaching us. RDT for malaria was positive, PCV 14%. We managed as severe malaria: IV artesunate, diazepam, blood transfusion after the father ran to find donors.

Feelings: I was overwhelmed. My hands were shaking when I was trying to set the line. At one point I thought she will die in my hands.

Evaluation: Good: we stopped the seizure, artesunate started within the first hour, and the registrar Dr. Chukwuemeka came within ten minutes of my call. Not good: I spent too long trying IV access on a collapsed vein before calling for help; intraosseous should have been considered earlier. I also scolded the mother about the herbal mixture in front of other parents, which was not kind.

Analysis: Severe malaria is still a major killer of under-fives in Nigeria. WHO guidelines (2015, and the newer malaria guidelines) are clear about artesunate. But the delay before hospital is where children die. The mother used agbo because that is what her mother used. Scolding her does not change that; it only makes her hide it next time. Dr. Chukwuemeka told me later "she brought the child, that is what matters."

Conclusion: Call early for help with access. Treat mothers as partners, not suspects.

Action plan: Practise IO insertion on the manikin in the skills lab. Learn some simple health talk in Yoruba for parents about fever danger signs. Attend the departmental ETAT course next month.
`,
  },
  {
    id: "ng-what-002",
    setting: "OSCE",
    role: "medical student",
    text: `
WHAT? My final MBBS clinical exam in Ibadan. The short case was a man with a large goitre, and the examiner asked me to examine the thyroid. I did everything, including Pemberton's sign, and then the examiner asked for the name of the eye sign where the upper lid lags behind the eyeball. I said "von Graefe" after a long pause.

SO WHAT? I passed, but what I learnt is that I had been reading eponyms as a list instead of linking them to what I actually see. Also, I was so worried about Prof. Adeyemi's face (he is known for being strict) that I forgot to greet the patient and ask permission. He reminded me, and I was embarrassed.

NOW WHAT? Greet and consent first, always, even in exams. I'll make a notebook of eponymous signs with a drawing of each. Convocation is in March and then housemanship.
`,
  },
  {
    id: "ng-free-003",
    setting: "primary health care",
    role: "community health extension worker",
    text: `
Immunisation day and one missing baby

I am a CHEW at a primary health centre in Kano State. On immunisation days we see more than eighty babies. Last month I noticed that one baby from our register, ⟦NAME|Baby Aisha Musa Dankano⟧, born ⟦DATE|14/08/2024⟧, had missed her six-week and ten-week vaccines. The family lives in ⟦LOCATION|Unguwar Gabas, the compound behind the Friday market in Gezawa⟧.

I went with the ward focal person to the house. The father, ⟦NAME|Malam Musa Dankano⟧, said they heard from a neighbour that vaccines cause infertility. His phone is ⟦PHONE|0803 555 2419⟧ and he said to call him before any visit, not to come without permission.

We didn't argue. We asked if he would allow the district head's representative to talk to him, because in our community the traditional leaders are trusted. He agreed. After two weeks the baby came for the vaccines. Now I know that rumours are not defeated by facts, they are defeated by trusted people.
`,
  },
  {
    id: "ng-comment-004",
    setting: "OSCE",
    role: "medical student",
    text: `
@tobi_mbbs@mastodon.ng Congrats on passing o! Prof. Adeyemi asked my set the same von Graefe question, everybody knew it was coming but we still froze 😂 Your eponym notebook is a good plan. Also the greeting thing, my friend got marked down for that in the Surgery long case. Housemanship will be fine.
`,
  },
  {
    id: "ng-free-005",
    setting: "labour ward",
    role: "midwife",
    text: `
Twelve years a midwife, and still learning about consent

I have been a midwife in Enugu for twelve years. Last week, during a labour, a junior doctor did a vaginal examination without telling the woman first or asking her. She was in pain, she flinched and said "ah, doctor!" and he said "relax, madam, I'm just checking." I said nothing at that moment. I'm writing about why.

Partly hierarchy: he is a doctor and I am a nurse-midwife. Partly habit: in our busy labour wards, consent for VEs has become something we assume. But the Nigerian Midwifery Council code and WHO's 2018 recommendations on intrapartum care for a positive childbirth experience both emphasise respectful maternity care, and that includes asking.

After the delivery, I took the doctor aside and told him gently. He was surprised; nobody had ever told him. He said he will ask next time. I believe him.

I think I should have spoken at the moment, calmly: "Doctor, let's tell her what we're doing." That protects the woman and does not embarrass anybody. Next time I will.
`,
  },
  {
    id: "ng-what-006",
    setting: "HIV clinic",
    role: "pharmacist",
    text: `
What?
I'm a pharmacist in the antiretroviral clinic of a teaching hospital in Jos. A patient, ⟦NAME|Mr. Danjuma Pwajok⟧ (hospital number ⟦ID|JUTH/ART/20417⟧), came for refill and told me his brother in Abuja wanted to collect drugs for him next time. The brother had also sent an email to the clinic address from ⟦EMAIL|pwajok.d.brother@gmail.com⟧ asking for his viral load result.

So what?
HIV status is very sensitive in our setting. The patient hadn't told his family about his diagnosis; he said his brother thought it was "for diabetes". If we send results or drugs to the brother, we might disclose his status without consent. Our clinic's policy and the national guidelines (2020) are clear that disclosure is the patient's decision.

Now what?
I spoke privately with him, and he decided to sign a form naming a treatment supporter, but not his brother. We did not reply to the email with any information. I've asked our clinic coordinator, Dr. Gyang, to write a standard reply for such emails, and to train the front desk on it.
`,
  },
  {
    id: "ng-gibbs-007",
    setting: "surgery",
    role: "surgical resident",
    text: `
Gibbs Reflective Cycle: when the generator went off

Description
I am a senior registrar in general surgery in Port Harcourt. Three weeks ago, in the middle of an emergency laparotomy for typhoid perforation at around 9 pm, the power went off. The hospital generator should have come on within seconds. It didn't. We were in total darkness with an open abdomen, apart from phone torches. The anaesthetist, Dr. Ibiere, kept the patient ventilated by hand with an Ambu bag, and we continued with headlamps that one of the nurses had bought with her own money.

Feelings
Fear, then anger. I was angry that we had to operate like this. Then a strange calm, because the team just got on with it.

Evaluation
The operation was completed. The patient, a teenage boy, survived and was discharged after two weeks. What went well: teamwork, improvisation, and the anaesthetist's skill. What went badly: we had no plan for power failure. The generator's diesel was finished and nobody had reported it. The suction didn't work for 20 minutes.

Analysis
Power failure in theatres is common across many Nigerian hospitals. It is a system failure, but we have normalised it. We laugh about it in the doctors' quarters. The Lancet Commission on Global Surgery (2015) talks about infrastructure as part of surgical capacity, and I used to think that was for policymakers, not for me.

But there are things at our level. A checklist item: "backup power confirmed" before starting. Headlamps and a manual suction device kept in every theatre. A named person to check diesel levels daily.

I also think about the nurse who bought headlamps with her own money. That is dedication, and it is also a sign of how the system depends on individuals.

Conclusion
We survived this one because of people, not because of systems. The next one we might not.

Action plan
- Presented the incident at our departmental meeting and proposed adding backup power to our theatre checklist.
- Wrote to the hospital management with the nursing and anaesthesia teams.
- Asked that the nurse be reimbursed. She was, after two weeks.
`,
  },
  {
    id: "ng-free-008",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
⟦NAME|Mama Nneka⟧ and the money question

⟦NAME|Mama Nneka⟧ (⟦NAME|Mrs. Nneka Obi-Eze⟧) is 71, advanced cervical cancer, and she has been in our hospice programme in Enugu since August. Her daughter ⟦NAME|Chiamaka⟧ lives in Houston and sends money. On ⟦DATE|the 9th of November⟧, during a home visit to ⟦ADDRESS|No. 23 Ogui Road, Enugu⟧, Mama told me quietly she doesn't want the oral morphine anymore because "it is finishing ⟦NAME|Chiamaka⟧'s money". Morphine is cheap here now, thanks to the local production programme, but she doesn't believe that.

I called ⟦NAME|Chiamaka⟧ on WhatsApp (⟦PHONE|+1 713 555 0166⟧) with Mama's permission and we talked together. She cried and said "Mummy, please take it, it is not much." We agreed that I will show Mama the receipt every month so she can see the real cost.

Pain relief in Africa is not only about availability. It is about fear, cost, and the stories people believe about morphine: that it is for dying people, that it causes addiction. I have been a nurse for twenty years and I still learn from every family. Our team lead, Dr. Okonkwo, wants us to make a short talk on morphine myths for church groups.
`,
  },
  {
    id: "ng-comment-009",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
@nurse_chinelo@mastodon.ng Thank you for this. We see the same morphine fear in Ibadan, families hiding it or giving half doses. One thing that helped us is asking the pastor or imam to attend one of our family meetings. A short talk for church groups is a great idea, please share when you make it, we can adapt it.
`,
  },
  {
    id: "ng-free-010",
    setting: "psychiatry",
    role: "medical student",
    text: `
I spent four weeks in the psychiatry posting at a neuropsychiatric hospital in Abeokuta and it changed how I think about mental illness.

Before the posting, I thought like many Nigerians: that psychosis is spiritual, or from drugs, or "village people". My own family has said such things. On the ward I saw young people with schizophrenia who had been chained in prayer camps for months before coming. I saw a man with bipolar disorder who had lost his job, his wife and his shop before anyone called it an illness.

My consultant, Dr. Ogunleye, said something I wrote down: "By the time they reach us, they have tried everything else first. Our job is to be the last resort that works."

I also noticed my own discomfort. When a patient shouted at me, I felt fear and wanted to leave. The nurses didn't leave. They spoke calmly, by name, and waited.

What I'm taking away: the Mental Health Act was signed in 2021, and still stigma is everywhere, including in medical students like me. I want to do my community medicine project on attitudes to mental illness among market traders in Lagos.
`,
  },
  {
    id: "ng-what-011",
    setting: "ward round",
    role: "resident doctor",
    text: `
WHAT
Morning ward round in internal medicine, Benin City. Our consultant, Prof. Omoregie, stopped at the bedside of a man with a stroke and asked the house officer to present. The HO started with the CT findings and the BP readings. Prof asked, "What is his name, what work does he do, and who is feeding him?" The HO didn't know. Neither did I, and I'm the resident.

SO WHAT
The man was a farmer, his wife was at the market, and he had not eaten for a day because nobody was there at mealtime and he has dysphagia. His NIHSS was well documented; his life wasn't. I felt ashamed because I have been teaching house officers to present "efficiently".

NOW WHAT
We added "social" as a line in every presentation on our unit. I asked the nutrition team to review all stroke patients for swallowing. And I'm going to remember that efficient is not the same as complete.
`,
  },
  {
    id: "ng-free-012",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Alhaji and the catheter

I am a medical officer in Kaduna. On ⟦DATE|Monday, 28 October⟧ we admitted ⟦NAME|Alhaji Sani Lawal Zango⟧, ⟦AGE|92 years⟧, to ⟦FACILITY_ROOM|bed 4, male medical ward, Barau Dikko Teaching Hospital⟧ with urinary retention and confusion. His NIN, ⟦ID|48201377615⟧, was needed for the NHIA form, and his grandson brought the slip the next day.

He had been catheterised at a private clinic two weeks before and the catheter was never changed. He had a UTI with sepsis. He recovered well with antibiotics and a new catheter.

What I keep thinking about: nobody had told the family when the catheter should be changed or who would do it. The private clinic assumed the family would return; the family assumed the catheter was permanent. We now give a written card to every patient discharged with a catheter, with a change date and our clinic number.
`,
  },
];
