import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const RAMESH_AADHAAR = aadhaar("4821 7730 196");

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "night shelter",
    role: "community medicine resident",
    text: `
Our department runs a night health camp at the Delhi government shelters in winter. On the coldest night so far I examined ⟦NAME|Ramesh-bhai⟧ in ⟦FACILITY_ROOM|tent 3 of the Yamuna Pushta rain basera⟧, a rickshaw puller from Bihar with a cough for two months, weight loss and night sweats. Classic. He had already been told "TB" at a private clinic, paid for an X-ray, and then could not afford the rest.

The barrier to the free treatment was his Aadhaar. He has one, ⟦ID|${RAMESH_AADHAAR}⟧, but it is linked to a mobile number he lost, so the OTP never comes, so the Nikshay registration stalled. I spent the next morning with the DOTS provider and a very patient clerk fixing it.

My learning is not about TB. I know TB. It is about how much of public health in India runs through a phone. Dr. Anjali Rao, our unit head, says that for the homeless, "digital" is another wall. Next winter I'd like to bring a laptop and a printer to the camp, and I want us to audit how many shelter residents are stuck at the OTP step.
`,
  },
  {
    id: "in-what-002",
    setting: "migrant worker TB",
    role: "community medicine resident",
    text: `
**What?** In our urban field practice area, a third of the TB patients registered this year are seasonal migrant workers from other states. Most stop treatment when they go home for the harvest or a wedding, and we record them as "lost to follow-up".

**So what?** The category hides the fact that the patient did not get lost. The system lost him. Nikshay allows transfer between districts, but only if someone initiates it before the person leaves, and nobody asks a construction worker his travel plans. Ni-kshay Poshan Yojana pays ₹500 a month for nutrition, but into a bank account in the district of registration. Under the National TB Elimination Programme guidance, we should be doing better than this.

**Now what?** With our senior resident, Dr. Farhan Siddiqui, I designed a simple question for the intake form: "Where will you be at Holi? At Chhath? At harvest?" If the answer is "my village", we start the transfer-out paperwork in advance and give the patient a printed card with the treatment supporter's number for his home block. We will audit outcomes in six months. My guess is that the festival calendar is a better predictor of default than any clinical factor.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "sex workers' clinic",
    role: "medical officer",
    text: `
**Description:** At the community-led clinic I work at in Mumbai, ⟦NAME|Lata-didi⟧, a peer educator who is also a patient, brought in a younger woman with a genital ulcer. The younger woman had been seen at a hospital ⟦DATE|the day after Gudi Padwa⟧ and told off by a resident for "her work", and she had not gone back.

**Feelings:** Anger on her behalf, and the uncomfortable recognition that I have said careless things too.

**Evaluation:** We did syphilis and HIV testing (both negative), treated syndromically for chancroid with azithromycin 1 g, and ⟦NAME|Lata-didi⟧ took her number, ⟦PHONE|+91 98200 55571⟧, to follow up.

**Analysis:** The clinic works because the peer educators are in charge and the doctors come second. The Targeted Intervention model under NACO was built around that. My supervisor, Dr. Meenal Kulkarni, says the doctor's job is to be reliable and non-judgemental and to stay out of the way.

**Conclusion:** Stigma is a clinical risk factor. It changed this woman's care more than the ulcer did.

**Action plan:** Send a feedback note to the residency programme, and ask if our peer educators can teach the new residents.
`,
  },
  {
    id: "in-free-004",
    setting: "generic medicine pharmacy",
    role: "pharmacist",
    text: `
I run a Jan Aushadhi Kendra near a large bus depot in Pune. Most of my customers are daily-wage workers. One man today bought metformin 500 mg for fourteen days and asked whether he could cut it in half to make it last a month.

I have been asked this question at least twenty times this year. The answer is no, and the real answer is that a month's supply at our prices is about ₹60, which is a day's meal for him. So I showed him what the month would cost, and he bought seven more days, and said he would come back.

What I have learned running this shop: generic prices have changed what is possible for a lot of people, but the gap is not only price. It is the wage that comes daily and the purchase that is monthly. I now sell smaller packs when I can and keep a notebook (no names) of how often people come back early. My district drug inspector, Mr. Deshpande, says the PMBJP scheme wants shops to do more health counselling. I would like to. I am also the only person at the counter from 8am to 9pm.
`,
  },
  {
    id: "in-comment-005",
    setting: "night shelter",
    role: "medical intern",
    text: `
Sir, I was in the same camp last week. For the OTP problem, the shelter caretaker has a list. ⟦NAME|Ramesh-bhai⟧ is on it: UHID ⟦ID|2024/118/07734⟧ at the chest clinic, and his Aadhaar is ⟦ID|${RAMESH_AADHAAR}⟧. We can get the mobile updated at the Aadhaar Seva Kendra if someone takes him.
`,
  },
  {
    id: "in-comment-006",
    setting: "night shelter",
    role: "associate professor",
    text: `
Appreciate the enthusiasm, but the comment above has put a patient's Aadhaar and hospital number on a public blog. Please delete it and share such details only on the department's internal group. The reflection itself is excellent. The OTP problem deserves a letter to the district TB officer.
`,
  },
  {
    id: "in-free-007",
    setting: "street children",
    role: "paediatric nurse",
    text: `
I volunteer twice a month with an NGO that runs a mobile clinic for children who live around a big railway station in Kolkata. Today there were nineteen children. Scabies in almost all of them, two with impetigo, one boy of about ten with a burn on his forearm from a kerosene stove that nobody had dressed.

The boys wanted to be seen by the male doctor; the girls by me. Nobody told me that in training. I learned it when a girl of maybe eight waited an hour rather than come forward to Dr. Sen.

I have been thinking about "consent" with children who have no guardian. Our organisation follows the Juvenile Justice Act and the Child Welfare Committee process, and for anything beyond first aid we need the CWC involved. That is right. It is also slow, and the children move on.

The most useful thing I did today was not the permethrin or the dressings. It was remembering, from two weeks ago, that one boy likes cricket, and asking about the score. He let me look at his ears after that. Trust is the first treatment.

Next visit: a doll for the younger girls, and a separate screened corner.
`,
  },
  {
    id: "in-what-008",
    setting: "leprosy colony",
    role: "medical student",
    text: `
**What?** On our community posting in Chennai we visited ⟦LOCATION|the leprosy colony behind the Anna Nagar water tank⟧, where about forty families live. The oldest resident, ⟦NAME|Muthammal Paati⟧, is ⟦AGE|92⟧, cured decades ago, with claw hands and no fingers on her left hand. She showed us her ration card, number ⟦ID|TN 04 G 0273316⟧, to prove her age, laughing.

**So what?** She has been cured since before my parents were born, and she still lives in a colony because that is where the stigma put her family. The disease is treatable with MDT; the social consequences are not. Our professor, Dr. Lakshmi Narayanan, says that leprosy taught her more about medicine than cardiology.

**Now what?** I want to understand the disability side: ulcer care, footwear, the self-care groups that the NLEP recommends. And I want to write to the ward councillor about the colony's water supply, because that was the complaint every single person raised with us.
`,
  },
  {
    id: "in-gibbs-009",
    setting: "interpreting",
    role: "interpreter",
    text: `
**Description:** I interpret Bengali and Hindi for a Delhi clinic that serves Rohingya refugees. A woman was told through me that her baby needed admission for pneumonia. She refused, and the doctor asked me to "make her understand".

**Feelings:** Trapped between them. My job is to interpret, not to persuade.

**Evaluation:** I interpreted the refusal exactly. Then I asked the doctor if I could explain the woman's reason, which she had told me in Rohingya: she was afraid that if she went to a hospital, the police would ask for papers.

**Analysis:** Dr. Vikram Chauhan changed completely when he heard that. He explained that the hospital does not share papers with the police, and that the UNHCR card is accepted. She agreed. The medical facts had not changed; the fear had been named.

**Conclusion:** Interpreters are not a language pipe. Sometimes we are the only person in the room who understands why someone is saying no.

**Action plan:** I will ask at the start of each consultation whether the doctor wants cultural context, and explain that I will always say when I am speaking for myself.
`,
  },
  {
    id: "in-free-010",
    setting: "migrant workers",
    role: "general practitioner",
    text: `
A delivery rider came to my evening clinic in Bengaluru with a fractured wrist from a fall on his bike. ⟦NAME|Sanjib Majhi⟧, twenty-three, from ⟦LOCATION|a village near Kandhamal called Raikia Sahi⟧, works twelve-hour shifts, shares a room with six others, and had ridden two days on the injury. He showed me his bike's plate, ⟦OTHER|KA 03 HN 4471⟧, because the delivery app had docked his rating for late orders and he wanted me to write that he was injured.

I wrote the certificate. I also wrote "fracture of the distal radius, cast for six weeks, no riding", knowing he would not follow the last part. He cannot afford six weeks.

Gig workers in India have no employer, in the legal sense, so no ESIC coverage. Karnataka has passed a platform workers' law, and I hope it helps. For now I changed the cast to one he can grip a handlebar in, because the realistic choice was between that and him cutting the cast off.
`,
  },
  {
    id: "in-free-012",
    setting: "food and nutrition",
    role: "medical intern",
    text: `
Short note from today's Anganwadi visit in our urban field practice area.

Weighed 24 children. Six in the yellow zone, two in red. Both red children are from families who moved from Jharkhand for construction work last month and are not yet enrolled, so no take-home ration. The Anganwadi worker, Kavita-ji, enrolled them on the spot, no documents asked, and shared her own lunch with one of the mothers.

Reminder for me: SAM protocol, appetite test first, then decide on referral to the NRC. Teaching tomorrow by Dr. Bhatt.
`,
  },
  {
    id: "in-free-011",
    setting: "urban slum health",
    role: "medical student",
    text: `
Reflection on my first week of community postings in an urban basti.

I went in with a checklist: immunisation, anaemia, hypertension. By day three I realised the most important conversations were about water. Tanker timings decide when women can come to the health post. If the tanker comes at 10am, no one comes to the 10am clinic.

Our ASHA, Sunita-ji, knows every family. She walked us through lanes where the drains were open and told us which houses had newborns, which had TB, and which had a drinking problem, all without a register. She is paid far less than me and knows far more.

Three things for my notebook:
1. The health post opens at the wrong time.
2. IFA tablets are given but not taken, because of nausea and because no one explained.
3. The ASHA is the system. Without her, the health post is a building.

Dr. Prakash, our faculty, asked us to present solutions next week. Mine is simple: move the clinic to 3pm, and pay the ASHA properly.
`,
  },
];
