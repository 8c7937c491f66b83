import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../../corpus-unseen5/gen.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "career reflection",
    role: "house officer",
    text: `
I finished my house job at Services Hospital Lahore in September, and this is the reflection my FCPS supervisor, Prof. Aslam Chaudhry, asked for before he signs my training log.

One year ago I thought a house job was about cannulas and discharge slips. It is, partly. It is also about learning that Sister Nasreen knows more about fluid balance than any of us, that Dr. Bilal in the next unit will lend you his stethoscope at 3 a.m. without asking why, and that the canteen chai at 4 a.m. is the only thing standing between you and collapse.

I passed FCPS Part 1 in July on my second attempt. My first attempt was the week after Eid, and I had spent Eid with my khala in Sialkot pretending to revise. Lesson learned.

Prof. Aslam told us in our first week that Imran Khan built a cancer hospital because his mother died without proper care, and whatever anyone thinks of his politics, that story is why he chose oncology. I still do not know what I will choose. Medicine, probably. Maybe paeds.

My plan for next year: start residency, read Harrison's properly, sleep more than five hours, and get tickets for the Lahore Qalandars' home games, because my brother has been promising since 2020.
`,
  },
  {
    id: "pk-gibbs-002",
    setting: "internal medicine",
    role: "BSN nursing student",
    text: `
**Description.** In my second clinical rotation I cared for ⟦NAME|Zarina Bibi⟧ in ⟦FACILITY_ROOM|Ward 7, bed 9, Civil Hospital Karachi⟧. She had diabetic ketoacidosis and was admitted on ⟦DATE|3 Ramzan⟧, which was ⟦DATE|4 March⟧. She had been fasting and had stopped her insulin because she was not eating in the day. Her son ⟦NAME|Naveed⟧ gave his CNIC, ⟦ID|${cnic("42101-7719034-8")}⟧, at the counter, and their address as ⟦ADDRESS|House 44-B, Street 12, Sector 11½, Orangi Town, Karachi⟧.

**Feelings.** I was angry at first. Then I felt ashamed of being angry, because ⟦NAME|Amma Zarina⟧ had done what she thought was right.

**Evaluation.** Our clinical instructor, Ma'am Shazia, helped me monitor the insulin infusion at 0.1 units/kg/hour and check capillary glucose every hour. Her pH went from 7.08 to 7.32 in eighteen hours.

**Analysis.** The IDF–DAR Ramadan guidelines from 2021 say people on insulin need a pre-Ramadan review. Nobody had done one. Religious fasting is not a problem to fix; it is a plan to make together.

**Conclusion.** Education before Ramzan saves admissions during Ramzan.

**Action plan.** I am making a leaflet in Urdu for our ward with Ma'am Shazia's help, and I will present it at our nursing school's Friday session.
`,
  },
  {
    id: "pk-what-003",
    setting: "pharmacy",
    role: "PharmD student",
    text: `
**What?** My community pharmacy placement in Peshawar is at a busy chemist on University Road. On my second day a young man asked for "the strong antibiotic" for his child's cough, no prescription. The owner, Haji sahib, who has run the shop since 1994, sold it without a word. I said nothing.

**So what?** We learned the Drugs Act 1976 and the DRAP Act 2012 in second year. We learned that WHO calls antimicrobial resistance one of the top ten global health threats. In the shop it felt like none of that existed. Haji sahib later told me that if he refused, the man would buy it from the next shop, twenty steps away. He is not wrong, and that is the problem.

**Now what?** I discussed this with our preceptor, Dr. Farzana Yousafzai, who suggested I do my final-year project on dispensing without prescription in Peshawar. She connected me with a team at the Edhi Foundation who run a health awareness van. I will also try saying one sentence next time — "this cough is viral, it does not need this" — in Pashto, which my mother says I speak like a Karachi boy. Peshawar Zalmi are playing on Friday, and Haji sahib has promised me a day off to watch.
`,
  },
  {
    id: "pk-free-004",
    setting: "physiotherapy",
    role: "DPT student",
    text: `
Sports physiotherapy elective in Islamabad, and I have learned that every young man in Pakistan thinks he is Babar Azam until his knee gives way.

This week my clinical supervisor, Dr. Hira Kayani, had me assess a 19-year-old club cricketer who twisted his knee fielding. Lachman positive, anterior drawer positive, pivot shift not attempted because he was guarding. The MRI confirmed a complete ACL tear. He wanted to know if he could play in the Ramzan tournament, which starts in six weeks.

Dr. Hira did not say no. She explained the options — surgery and nine months of rehab, or a trial of conservative management with a brace — and showed him the KOOS questionnaire. She let him decide. He chose surgery.

I had expected to be told that the physio decides. In our ortho lectures at Riphah, Prof. Tahir always said, "The patient owns the knee." I thought it was a joke.

I have been reading the MOON cohort papers and the 2016 Bern consensus on return to sport. We are starting his prehab next Monday. I have already made a playlist for the gym: Atif Aslam, Ali Zafar, and one Coke Studio song that Dr. Hira refuses to have on.
`,
  },
  {
    id: "pk-free-005",
    setting: "community medicine",
    role: "final-year MBBS student",
    text: `
During our community medicine rotation in Multan district we visited ⟦LOCATION|Basti Lar⟧, a settlement of maybe forty houses off the canal road. Our demonstrator, Dr. Usman, wanted us to see a patient he had been following: ⟦NAME|Haji Allah Ditta⟧, ⟦OTHER|the only bonesetter in Basti Lar⟧, who had set his own fractured wrist and now had a malunion and a hand he could not close.

Haji sahib was proud and funny. He showed us how he sets children's forearms with bamboo splints and turmeric paste. He also showed us his own X-ray, which had been taken in Multan two years ago and never followed up. His grandson ⟦NAME|Shafiq⟧ gave us his CNIC — ⟦ID|${cnic("36302-5518290-1")}⟧ — and the number ⟦PHONE|0301-5550817⟧ so the orthopaedic OPD could call.

I wanted to tell him bonesetting is dangerous. Dr. Usman asked me first to count how many children in the basti had been brought to a hospital for a fracture in the last year. The answer was none. Everyone goes to ⟦NAME|Allah Ditta⟧.

I came away thinking about Arthur Kleinman's explanatory models and Paul Farmer's idea of accompaniment. You cannot replace a trusted man with a lecture. Maybe you can work with him. Dr. Usman is trying to get him into a first-aid training at the district health office.
`,
  },
  {
    id: "pk-comment-006",
    setting: "medical education",
    role: "assistant professor of medicine",
    text: `
Well written, Ayesha. I remember you as a nervous third-year in my ward class at KEMU and now you are reflecting like a registrar. Prof. Aslam showed me your log and he is very pleased. For Part 2, start the long-case practice with Dr. Bilal's group in January. And yes, Qalandars will win this year. Inshallah.
`,
  },
  {
    id: "pk-what-007",
    setting: "dental school",
    role: "dental house officer",
    text: `
**What?** In the oral surgery department in Rawalpindi this month, my supervisor Dr. Sadia Malik biopsied three ulcers on the lateral tongue in one morning. Two were squamous cell carcinoma. All three patients used naswar.

**So what?** I knew the statistics: Pakistan has one of the highest rates of oral cancer in the world, and smokeless tobacco is a big part of it. I did not know what it looks like when a man in his forties asks you whether he will be able to eat naan again. Dr. Sadia answered honestly, sitting down, in Punjabi, and did not rush. I have watched her do this many times and I still cannot do it.

**Now what?** I am going to attend the breaking bad news workshop that the Pakistan Society of Oral and Maxillofacial Surgeons is running in Lahore in February. I am reading the SPIKES protocol by Baile and Buckman again. And I will ask every patient in the OPD about naswar and gutka, not only the ones with ulcers. My friend Hamza says I have become boring at dinner since this posting. He is right; I now refuse to let him chew paan in my car.
`,
  },
  {
    id: "pk-gibbs-008",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
**Description.** A baby was born in our labour room in Faisalabad with features of Down syndrome: upslanting palpebral fissures, a single palmar crease, hypotonia. Apgar 8 and 9. The consultant, Dr. Rubina, asked me to be with her when she spoke to the parents.

**Feelings.** I was dreading it. In our culture families sometimes blame the mother, and I have seen grandmothers cry as if for a death.

**Evaluation.** Dr. Rubina started by congratulating them. She held the baby while she talked. She said "your daughter" every time, never "the child". She explained that the diagnosis needed karyotype confirmation and that an echo was needed because of the risk of AVSD. The father asked about school. She told them about a boy with Down syndrome who recently completed his matric in Lahore.

**Analysis.** The 2011 AAP health supervision guidance for Down syndrome emphasises balanced, up-to-date information at diagnosis. I had read it. I had not seen it done with warmth.

**Conclusion.** How the first conversation happens stays with a family for years.

**Action plan.** I will observe Dr. Rubina's next three counselling sessions and practise with my co-residents, Nida and Owais, before Eid ul Adha, when our unit will be short-staffed.
`,
  },
  {
    id: "pk-free-009",
    setting: "telemedicine",
    role: "telemedicine doctor",
    text: `
I work from home for a telemedicine service that connects women doctors in cities with patients in small towns. I joined after my marriage, when full-time hospital work was not possible, and honestly I thought it would be easy.

Last week I had a video consult with ⟦NAME|Mrs. Rukhsana Perveen⟧ from ⟦LOCATION|Chak 114 JB near Gojra⟧. She had a breast lump for eight months. The connection kept dropping. Our platform logs the caller's address, and I saw ⟦IP|203.0.113.47⟧ on the screen every time it reconnected — the same shared connection at the lady health worker's house, as it turned out. Her daughter ⟦NAME|Sana⟧ typed for her and sent the ultrasound report from ⟦EMAIL|sana.perveen.gojra@yahoo.com⟧.

The report said BI-RADS 4. I needed her in Faisalabad for a core biopsy within two weeks. She said her husband would decide.

My supervisor, Dr. Maria Qureshi, joined the next call and spoke to the husband directly. She did not lecture him. She said, "If this were your sister, what would you want?" He agreed.

I learned that telemedicine is not medicine made easy. It is medicine with everything hard about it plus a bad connection. Pink October is over, but I think about all the women who cannot reach even a bad connection.
`,
  },
];
