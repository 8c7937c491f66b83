import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "Afghan refugee health",
    role: "family medicine resident",
    text: `
I spent my community rotation at a small charity clinic serving Afghan families in Karachi. Since the deportation drive started, attendance has halved. The women who still come bring every document they own in a plastic folder.

⟦NAME|Bibi Gul Jana⟧ came with her fourth child, a baby with severe acute malnutrition, MUAC 10.8 cm. She lives in ⟦LOCATION|the lane behind the Al-Asif Square vegetable market⟧ and her husband sells fruit from a cart. She handed me her PoR card, number ⟦ID|PK-0917-4482-06⟧, before I had even asked, as if it were the price of being seen. Her husband's brother is Pakistani by birth and had lent her his CNIC, ⟦ID|42101-5583920-7⟧, "for the hospital", which I gently gave back.

We referred the baby to the stabilisation centre with RUTF for the journey. She asked whether the hospital would call the police. I did not know the honest answer, and I said so.

Dr. Sana Mirza, our consultant, later told me she has stopped writing nationality on referral slips unless it is clinically needed. I am not sure that is allowed. I am sure it is kind. This is the part of medicine nobody examines us on.
`,
  },
  {
    id: "pk-what-002",
    setting: "drug use outreach",
    role: "psychiatry trainee",
    text: `
**What?** Our department joined an NGO outreach team that works with people who inject drugs under the bridges of Lahore's canal. In three hours we saw about fifty men. Abscesses, scabies, two with obvious jaundice, one with a foot so swollen he could not wear a chappal. Nobody had naloxone. The NGO's outreach worker, Imran bhai, carries a few ampoules and says they run out every month.

**So what?** In Pakistan the main public answer to drug use is detention-style rehabilitation, and the evidence for it is weak. Opioid substitution is available in a few pilot sites only. The men we met knew more about overdose than I did, and almost all had lost a friend.

**Now what?** I am writing a proposal with my supervisor, Prof. Ayesha Qureshi, for our unit to provide a weekly hepatitis C screening and treatment session with the outreach team, using sofosbuvir and daclatasvir, which are cheap here. I also want to learn how to teach naloxone use in Punjabi, properly, because "inject this if he stops breathing" is not training.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "transgender community health",
    role: "general practitioner",
    text: `
**Description:** I started a fortnightly session in a dera of the khwaja sira community in Rawalpindi, at the invitation of their guru, ⟦NAME|Guru Shabnam⟧. She sat beside every patient and did half the history taking for me. One of her chelas, ⟦NAME|Reshma⟧, had a cough for six weeks and had been refused at two private clinics. Guru-ji gave me her own number, ⟦PHONE|0300-5552718⟧, for the results, "because ⟦NAME|Reshma⟧'s phone is always off".

**Feelings:** Welcomed, which I did not expect, and ashamed of my profession.

**Evaluation:** The sputum was GeneXpert positive, rifampicin sensitive. Treatment started within the week. That went well. I did not know the right Urdu terms of address at first and the guru corrected me, kindly.

**Analysis:** The Transgender Persons (Protection of Rights) Act 2018 exists on paper. Clinics still refuse. The dera is a family, with the guru as parent. Health care that goes through that structure works.

**Conclusion:** Going to the community is not charity. It is the correct clinical strategy.

**Action plan:** Ask the district TB programme to recognise the dera as a treatment supporter site.
`,
  },
  {
    id: "pk-free-004",
    setting: "tuberculosis programme",
    role: "medical student",
    text: `
During my community medicine block in Peshawar, we visited a private practitioner who treats many of the tuberculosis patients in a crowded market area. He refers to the National TB Control Programme only when a patient runs out of money.

I found it easy, at first, to be critical. Then I watched him see sixty patients in three hours, charge each of them two hundred rupees, and remember every one of their names. The patients trust him. They do not trust the government centre, which opens at nine and closes at two, when every labourer is at work.

Public-private mix is the programme's strategy for exactly this: bring private doctors into notification and free drug supply. It works where someone has built the relationship. Our professor, Dr. Khalid Afridi, says the private doctor is not the enemy of the programme. He is the programme's missing front door.

My reflection: I came in with the belief that public is good and private is bad. What I saw is that access is decided by opening hours, distance and trust, and that fixed doses are useless if nobody collects them.
`,
  },
  {
    id: "pk-comment-005",
    setting: "Afghan refugee health",
    role: "medical officer",
    text: `
Very moving. I think I know this family, we saw them at our camp clinic before they moved. The father's name is ⟦NAME|Abdul Wahid⟧, he sells fruit near the market, and the brother-in-law's CNIC ⟦ID|42101-5583920-7⟧ has been used at our clinic too. I will tell our LHW to look for them.
`,
  },
  {
    id: "pk-free-006",
    setting: "informal settlement",
    role: "lady health worker supervisor",
    text: `
Our team covers ⟦LOCATION|France Colony⟧ in Islamabad, a katchi abadi along the nullah where most families are Christian sanitation workers. The houses are one room. When the nullah floods, the water comes inside.

A young mother, ⟦NAME|Shamim⟧, delivered at home on ⟦DATE|Independence Day⟧, with her mother-in-law and the neighbourhood dai, while the fireworks went off over the city. The baby was small and blue at the lips. By the time the LHW arrived the next morning, the baby had been wrapped tightly and fed ghutti.

We took the baby to the nursery. He survived. The lesson for me is not about birth preparedness, though we will do that too. It is about who the health system sees. Sanitation workers clean the hospitals of this city, and their wives do not trust those hospitals enough to give birth in them. Their experiences there have been humiliating.

I have asked my district coordinator, Mrs. Naheed Akhtar, to let us hold a meeting in the church hall with the women, and to invite a midwife from the government hospital who can listen before she talks.
`,
  },
  {
    id: "pk-what-007",
    setting: "Hazara community health",
    role: "public health doctor",
    text: `
**What?** I worked for six months in a clinic in Quetta that serves Hazara families. Because of the security situation, many women had not left their neighbourhood for years. Their health care depended on who could come to them.

**So what?** When you cannot travel, every referral is a decision about risk. Women chose not to go to the main hospital for a mammogram. Children with rheumatic heart disease missed their penicillin injections when the roads were closed. Our records described them as "non-compliant". My team leader, Dr. Zahra Changezi, started recording "unable to travel safely" as a reason, and suddenly the non-compliance became a security statistic.

**Now what?** Words in the notes shape what the system thinks is happening. I will use precise language about barriers from now on. I also want to learn from the mobile services the WHO has described for conflict-affected settings, and to propose a monthly outreach day for benzathine penicillin.
`,
  },
  {
    id: "pk-free-008",
    setting: "prison health",
    role: "medical officer",
    text: `
For three months I covered the prison dispensary once a week. On my last visit I was asked to see a man in ⟦FACILITY_ROOM|the TB barrack at Adiala⟧ who had been coughing blood. ⟦NAME|Naveed Masih⟧, prisoner number ⟦ID|8874/B⟧, had been on treatment for four months, but his sputum was still positive, and nobody had sent a drug-susceptibility test.

We sent the sample that day. It came back rifampicin resistant. He had been on the wrong drugs for four months, in a barrack with forty other men.

Prisons in Pakistan are overcrowded at two or three times their capacity. TB spreads. The prison health service is small, and the doctor is often the only one for the whole institution. My senior, Dr. Asif Raza, said that finding MDR-TB in a prison is a failure of the whole system, not just the doctor, and that we should report it that way.

The man said, when I told him, "So it was not my fault." It was not. I have written to the provincial TB programme asking for GeneXpert testing at intake for every prisoner. I do not know if they will listen.
`,
  },
  {
    id: "pk-gibbs-009",
    setting: "food insecurity",
    role: "nutritionist",
    text: `
**Description:** I run a nutrition counselling session at a welfare organisation's langar in Lahore, where hundreds of daily-wage workers eat each day. I had prepared a talk on diabetes and diet.

**Feelings:** Embarrassed, after five minutes.

**Evaluation:** My talk recommended brown rice, salad, fruit and less oil. The men in front of me eat one meal a day, here, for free. A man asked me politely whether I expected him to bring his own salad.

**Analysis:** Dietary advice assumes choice. For people who are food insecure, the langar is the diet. Changing it means working with the kitchen, not the patient. I talked to the cook, Rafiq sahib, who said he could add daal more often and cut the ghee a little if the trustees agreed.

**Conclusion:** Nutrition advice to hungry people is not advice.

**Action plan:** Work with the kitchen, not the queue. Offer free blood sugar testing, and for people with diabetes, advice about timing of medicines around the one meal they have.
`,
  },
];
