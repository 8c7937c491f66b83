import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "paediatric sickle cell clinic",
    role: "paediatrics resident",
    text: `Sickle cell clinic, Thursday. I'm writing this on the bus home because I don't want to lose it.

⟦NAME|Abubakar⟧ is nine. He had a stroke at six, left hemiparesis, and since then he has been on a chronic transfusion programme that his family cannot really afford. Today his transcranial Doppler velocity was back up to 210 cm/s. His mother, ⟦NAME|Hajiya Hadiza Musa⟧, brought every result in a nylon bag, and his NIN slip, ⟦ID|71845209637⟧, because the new health insurance scheme wants it for enrolment. We saw him in ⟦FACILITY_ROOM|Room 3 of the paediatric outpatients at Murtala Muhammad Specialist Hospital⟧, where the fan doesn't work and the child didn't complain once.

Dr. Galadanci, our consultant, went through hydroxyurea with the mother again. The SPRING trial, done right here in northern Nigeria, showed that moderate-dose hydroxyurea can be used to prevent a first stroke where transfusion isn't possible. ⟦NAME|Abubakar⟧ is already past "first," but it is still the drug that his family can actually get every month. We increased to 20 mg/kg. Full blood count in four weeks, and we'll watch the neutrophils.

Two things I learned. One: the mother understands hydroxyurea better than most house officers; she knows the side effects, she knows to bring him if he has fever. Two: the stroke happened on ⟦DATE|the morning of Sallah⟧ three years ago, and she still can't enjoy the festival. She told me that without any change of expression, and then asked whether he could play football.

Yes, I said. Carefully. With water.`,
  },
  {
    id: "ng-comment-002",
    setting: "paediatric sickle cell clinic",
    role: "paediatric haematologist",
    text: `@drfatima_k@mastodon.africa this is such an important clinic story. For anyone reading who hasn't seen the data: the SPRING trial and the SPIN feasibility study are both open access, and the ASH 2020 guideline on stroke in SCD is worth the read for the section on low-resource settings. Keep writing these. #SickleCell #PaedsNigeria #Hydroxyurea`,
  },
  {
    id: "ng-what-003",
    setting: "adult mental health",
    role: "mental health nurse",
    text: `What? Our community mental health team in Lagos was invited, for the first time, to visit a prayer camp where families leave relatives with "spiritual problems." I'm a psychiatric nurse, eleven years qualified. We went with the pastor's permission and a social worker, Mrs. Okonkwo.

So what? I had seen pictures of chained people in the Human Rights Watch report from 2019 and I was ready to be angry. I was angry. But I was also surprised: the pastor wanted help. He showed us a young man he thought had schizophrenia and said, "I pray for him, I don't know what else to do." The families pay the camp because the nearest psychiatric hospital is expensive and far, and because the prayer camp doesn't label anyone.

The National Mental Health Act of 2021 replaced the Lunacy Act, which dated back to colonial times, and it gives us a legal basis to insist on consent and on no chaining. A law is not a clinic, though. What changed things on the day was a conversation, in Yoruba, between our team leader, Dr. Bamidele, and the pastor, about working together rather than against each other.

Now what? We have agreed a monthly clinic visit to the camp with depot antipsychotics available, a referral card for families, and a simple training session for the camp's workers on recognising psychosis and mania. I'm going to read the WHO QualityRights toolkit properly and bring it to our next team meeting.`,
  },
  {
    id: "ng-gibbs-004",
    setting: "care of older people",
    role: "family medicine resident",
    text: `Description. Home visit as part of my family medicine residency in Ibadan. ⟦NAME|Mama Adunni Olaniyan⟧ is ⟦AGE|96⟧, lives at ⟦ADDRESS|No. 14 Adeoyo Street, Oke-Ado, Ibadan⟧ with her grandson, and had stopped coming to the geriatric clinic. Her son in Lagos phoned us from ⟦PHONE|0803 555 4172⟧, worried because "she no longer wants to eat amala."

Feelings. Delighted to be out of the hospital; anxious that I wouldn't know what to do without a lab.

Evaluation. She was frail, sharp and furious about her teeth. Her dentures had broken six months ago, nobody had replaced them, and so she had quietly stopped eating anything she couldn't swallow whole. MUST score 2. A mild pressure sore on the sacrum. Her blood pressure was 118/70 on amlodipine and lisinopril, too low for someone who gets dizzy standing up.

Analysis. Dr. Adebusoye, my supervisor, often quotes the Comprehensive Geriatric Assessment studies — that it reduces institutionalisation and death — but says that in Nigeria the real value of the home visit is that we see the things nobody tells us. The teeth, the stairs, the grandson who works nights.

Conclusion. An older person stopping clinic is a symptom.

Action plan. Stop the lisinopril. Arrange a dental referral and soft diet advice. Pressure area care taught to the grandson. Review at home in two weeks, and suggest to the department that we phone anyone over 85 who misses two appointments.`,
  },
  {
    id: "ng-free-005",
    setting: "neonatal care",
    role: "neonatal nurse",
    text: `SCBU, night shift. Writing this at 4am with the oxygen concentrators humming.

⟦NAME|Baby of Chiamaka Eze⟧ was born at 29 weeks, 1.1 kg, and has been in ⟦FACILITY_ROOM|Cot 5 of the Special Care Baby Unit at Federal Medical Centre, Umuahia⟧ for nineteen days. Her mother expresses breast milk every three hours in the corridor because there is no room for chairs by the cots. The family have a WhatsApp group, "⟦OTHER|Cot 5 SCBU Prayer Warriors 🙏🏾⟧", with 140 members, and they post a photo of the baby every day. Tonight the mother showed me that someone had started a fundraiser for the bills at ⟦URL|https://www.facebook.com/donate/902214758330196⟧ and asked whether that was allowed.

I didn't know what to say. It was her baby and her family's money. But the photos show the monitor, the cot label and the other babies in the background. I told her I'd ask. Matron Ugo said the same thing I was thinking: we can't stop a family asking for help, but we must protect the other babies in the room.

Clinically, tonight was good. The baby is off CPAP for six hours, tolerating 8 mL of expressed milk two-hourly, and had one brady to 78 that corrected on its own. Caffeine continues.

Tomorrow I'll bring it to the unit meeting: a simple leaflet about photos in the SCBU, in English and Igbo, written with parents, not at them.`,
  },
  {
    id: "ng-free-006",
    setting: "general practice",
    role: "general practitioner",
    text: `A GP's Tuesday, Abuja

07:30. Clinic opens. Eleven people already waiting, two with children, one with a goat tied outside (I didn't ask).

08:00–12:00. Hypertension reviews, mostly. Amlodipine and hydrochlorothiazide; a few on losartan because their sons in the UK send it. A woman in her fifties with BP 190/110 who stopped her tablets because "the pastor said I am healed." We talked about it for a long time. I respect her faith. I also showed her a picture of a stroke.

12:30. HIV clinic: everyone now on TLD, dolutegravir-based, viral load undetectable in most. Twenty years ago the clinic I trained in was full of dying people. Today it's refills, jokes and a discussion about weight gain on dolutegravir.

14:00. A student from the University of Abuja sits in. She asks why I became a GP instead of a specialist. I tell her about Dr. Ezeh, my trainer in Enugu, who knew every family in his town by the age of their children, and who told me that general practice is the only specialty that specialises in people.

16:30. Lab results: HbA1c 11.2 for a man in his forties. He will be angry at the result and at me. We will try again.

18:00. Close. Generator fuel bill paid. Home to my own children, one of whom has a cough, which I will, of course, ignore until my wife tells me to listen to her chest.`,
  },
  {
    id: "ng-what-007",
    setting: "addiction services",
    role: "psychiatry resident",
    text: `What? Psychiatry residency, addiction clinic in Kaduna. A 20-year-old university student, ⟦NAME|Yusuf Danjuma⟧, from ⟦LOCATION|Kurmin Mashi, near the old railway quarters⟧, was brought by his uncle after he collapsed at a friend's house. He has been drinking codeine cough syrup for two years, sometimes three bottles a day, mixed with tramadol. He gave us his student email, ⟦EMAIL|y.danjuma.2201@students.kasu.edu.ng⟧, for follow-up messages because his phone belongs to his uncle.

So what? I went in with the ASSIST and a withdrawal chart. He came in with shame and a story: the syrup started when he couldn't sleep after his father died, and it was easier to buy than to talk. The codeine ban of 2018 hadn't stopped anyone, he said, it just made it more expensive. He was right; our consultant, Dr. Aliyu, says the market just moved.

So what I learned is that substance use here sits in the same place as grief, unemployment and poor sleep, and a withdrawal chart addresses none of those.

Now what? Symptomatic withdrawal management as an outpatient. Motivational interviewing sessions with me weekly (my first proper MI case — I've done the course but never practised it). Grief counselling with our psychologist, Mrs. Ahmed. I'll also find out whether the university has any student counselling service, because nobody in his class seems to know.`,
  },
  {
    id: "ng-comment-008",
    setting: "addiction services",
    role: "consultant psychiatrist",
    text: `Feedback: "substance use here sits in the same place as grief, unemployment and poor sleep." Good. Now two things to fix. First, don't email ⟦NAME|Yusuf⟧ at a student address from a personal account; use the clinic system. Second, the neighbourhood and the university are enough to identify him, so remove them from the portfolio copy. Looking forward to hearing how MI goes.`,
  },
  {
    id: "ng-free-009",
    setting: "medical education",
    role: "paediatrics resident",
    text: `Dear Prof. Ogunlesi,

You won't remember me. I was the house officer on your paediatric unit in 2017 who burst into tears in the sluice room after my first neonatal death. You didn't tell me to be strong. You made me tea with too much sugar and told me about your first death, in 1986, a baby with neonatal tetanus, and how you still remember the smell of the ward.

I'm writing because I passed my West African College part two last month, and because I spent the morning teaching my own house officers how to break bad news, and I heard myself using your words: "Say the hardest sentence early, then stop talking."

I also teach the SPIKES protocol, because the exam wants it, and Baile and Buckman's 2000 paper is on our reading list. But SPIKES didn't teach me to sit on the floor with a mother, and you did.

Things I took from your unit: always examine the child on the mother's lap if you can; look at the hands, they tell you about anaemia and about poverty; never write "mother uncooperative" in a file — write what she said.

Dr. Adeyemi and Dr. Ibrahim send their greetings; they are both consultants now, and they still argue about football.

With gratitude and respect,
a former house officer`,
  },
];
