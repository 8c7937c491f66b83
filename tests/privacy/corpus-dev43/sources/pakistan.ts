import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items, 5 with identifiers, 1 comment. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "nicu",
    role: "paediatric postgraduate trainee",
    text: `
⟦NAME|Baby of Nazia Parveen⟧ was born on the night of ⟦DATE|Shab-e-Barat⟧, ⟦DATE|14 February⟧, at 29 weeks, and came to our NICU in Lahore with respiratory distress. We gave surfactant by the LISA technique and put her on bubble CPAP at 6 cm of water, because we have only three ventilators for twenty-two cots.

Her father, ⟦NAME|Muhammad Shafiq⟧, is a daily-wage labourer. The admission desk registered her under MR no. ⟦ID|2025/0498812⟧ and the Sehat card under his CNIC, ⟦ID|35201-8846215-7⟧, which covered most of the cost. Without the card they would have taken her home; he said so plainly.

I want to reflect on the nights. I was the only trainee for the NICU and the nursery, and at 03:00 two babies desaturated at once. I chose the baby on the ventilator, and the nurse, Sister Rubina, managed the CPAP baby by repositioning the prongs and suctioning. Both were fine. I felt I had been lucky rather than good.

The WHO 2022 preterm recommendations push for CPAP and kangaroo care as standard, and we do both. What they cannot fix is the staffing ratio. I have written to our head of department, Dr Tahira Aslam, with the numbers from one month of nights, and I am learning to trust the nurses' judgement more, because they have been doing this far longer than I have.
`,
  },
  {
    id: "pk-gibbs-002",
    setting: "paediatric ward round",
    role: "house officer",
    text: `
**Description.** On the morning ward round in Hyderabad, Dr Farooq asked me to present a seven-year-old with twelve days of fever, abdominal pain and a coated tongue. The blood culture had grown Salmonella Typhi resistant to ceftriaxone: XDR typhoid.

**Feelings.** I felt embarrassed because I had written "Widal positive, typhoid" on admission, as if that settled anything.

**Evaluation.** Dr Farooq was patient but direct. The Widal test is unreliable in an endemic area; the culture is what matters. He asked me the treatment options for XDR typhoid, and I knew them only partly: oral azithromycin 20 mg/kg for uncomplicated disease, and meropenem for complicated or severe cases.

**Analysis.** XDR typhoid spread from Sindh after 2016 and has changed how we prescribe. Empirical ceftriaxone, which I learned as the standard in second year, now risks days of ineffective treatment. The vaccine campaign with typhoid conjugate vaccine has helped, but many children in our catchment missed it.

**Conclusion.** I need to think in terms of local resistance patterns, not textbook defaults, and stop overvaluing the Widal result.

**Action plan.** I will read the provincial guidelines on XDR typhoid, check culture results before every round, and ask parents about TCV vaccination as a routine part of the history for every febrile child.
`,
  },
  {
    id: "pk-what-003",
    setting: "adolescent health",
    role: "lady health visitor",
    text: `
**What?** On a visit to ⟦LOCATION|Basti Jhok Wala near Muzaffargarh⟧ I saw ⟦NAME|Shazia⟧, who is fifteen and seven months pregnant with her first child. She was married last year. Her haemoglobin was 7.9 g/dL and her blood pressure 150/100. Her husband, ⟦NAME|Ghulam Sarwar⟧, gave me his number, ⟦PHONE|0301-5559284⟧, because she does not have a phone of her own.

**So what?** Adolescent pregnancy carries a higher risk of pre-eclampsia, anaemia, obstructed labour and death. I have seen this before in the basti, but I had never sat with a girl who still plays with her younger sisters and is also about to give birth. I felt angry at the marriage and knew that anger would not help her. The Punjab law sets the minimum marriage age for girls at sixteen; she was married below it, and everyone knows.

**Now what?** I referred her urgently to the district hospital for her blood pressure, arranged transport through the Rescue 1122 service, and gave iron and folic acid. I discussed with my supervisor, Madam Nasreen, whether and how to report the marriage, because reporting without protection could make her life harder. For now the focus is her safe delivery and family planning afterwards, and I will follow her weekly.
`,
  },
  {
    id: "pk-free-004",
    setting: "paediatric infectious disease",
    role: "paediatric registrar",
    text: `
Measles came back to our district this winter, and the children's ward in Quetta had an isolation room that was never empty. Most of the children were under five and almost none had received the second dose of the measles vaccine on the EPI schedule.

The children who died were malnourished. Measles in a child with severe acute malnutrition is a different disease: pneumonia, diarrhoea, keratitis, and a very high case fatality. We gave vitamin A, 200,000 IU on two consecutive days for children over a year old and 100,000 IU for infants, as the WHO recommends, but some of them arrived too late.

I found myself angry at parents at first, until I listened. One father told me the vaccinator had not come to their area for months because of security problems. Another had been told that vaccines caused infertility. A mother said the clinic was closed every time she walked there.

Dr Samina Baloch, our consultant, made us spend an afternoon with the district immunisation officer, mapping where our admissions came from. The clusters matched missed vaccination sessions almost exactly.

Learning: outbreak medicine is public health in a hospital gown. I want to do more than treat pneumonia; I want to understand the immunisation system well enough to argue for it.
`,
  },
  {
    id: "pk-gibbs-005",
    setting: "grandparents as carers",
    role: "paediatric nurse",
    text: `
**Description.** ⟦NAME|Zoya⟧, six, has steroid-resistant nephrotic syndrome and is cared for by her grandmother, ⟦NAME|Amma Rasheeda⟧, while her parents work in Dubai. They live at ⟦ADDRESS|House 14-B, Street 7, Block 3, Gulshan-e-Iqbal, Karachi 75300⟧. On this admission she was oedematous, with albumin of 1.4 g/dL and heavy proteinuria.

**Feelings.** I admired the grandmother and worried about her. She is in her seventies, diabetic, and slept on the floor beside the bed.

**Evaluation.** The family had set up a WhatsApp group called ⟦OTHER|Zoya Bed 9 Updates⟧ so the parents abroad could follow her progress. Amma sent photos of the urine dipstick and the tacrolimus box to the group several times a day. It was loving, but the photos sometimes included other children on the ward.

**Analysis.** Grandparents caring for chronically ill children are often invisible in our discharge planning. She understood prednisolone and albumin better than some junior staff, but reading the tacrolimus levels and the dose changes was confusing for her, and the parents were giving instructions from abroad.

**Conclusion.** Education has to be aimed at the person doing the care, in her language, with written Urdu instructions.

**Action plan.** I made a simple medicine chart with pictures, arranged a video call with the parents and the consultant, and gently explained the privacy of other children in photos. I will follow up at the next clinic visit.
`,
  },
  {
    id: "pk-free-006",
    setting: "breaking bad news",
    role: "paediatric neurology resident",
    text: `
In the neurology clinic this week I watched Dr Sana Mirza tell a family that their seven-year-old son had Duchenne muscular dystrophy. He had been falling more often, climbing stairs slowly, and the Gowers' sign was obvious as he got up from the floor. His creatine kinase was 18,000 U/L and the genetic test confirmed a deletion in the dystrophin gene.

The father's first question was whether it was his fault, because he and his wife are cousins. Dr Mirza explained that Duchenne is X-linked, passed through the mother's side, and not related to consanguinity in the way he feared. The mother went very quiet. I think she understood the implication before anyone said it.

What impressed me was the structure. She gave the diagnosis in one clear sentence, waited, answered the questions they asked, and did not give a full life expectancy discussion in the first meeting. She offered a second appointment in two weeks and the number of a parent support group.

We started deflazacort and referred to physiotherapy and cardiology. I realised that I had expected breaking bad news to be one conversation. In chronic childhood illness it is a series of conversations, and the first one just has to be honest and leave the door open. I will try to follow that pattern with my own patients.
`,
  },
  {
    id: "pk-what-007",
    setting: "paediatric neurosurgery",
    role: "neurosurgery resident",
    text: `
**What?** ⟦NAME|Hamza⟧, four, came back with vomiting and a bulging shunt reservoir six months after his VP shunt for post-meningitic hydrocephalus. He was admitted to ⟦FACILITY_ROOM|bed 22 of the children's neurosurgery ward at Ravi Teaching Hospital⟧. The valve record in his file gave the programmable valve serial as ⟦DEVICE|48A21937⟧, and his father drives the green rickshaw ⟦OTHER|LEB-4417⟧ that brought them from the other side of the city at two in the morning.

**So what?** We explored the shunt and found a blocked proximal catheter. The revision went well, but I kept thinking about the six months before: the family had missed two follow-up appointments because the clinic clashed with the father's only working hours, and nobody had called them. Shunt failure is common in the first year and parents are told the warning signs once, in a hurry, at discharge.

**Now what?** I have written a one-page Urdu leaflet about headache, vomiting, sleepiness and swelling over the valve, and I asked the ward nurse, Sister Farzana, to go through it with every family at discharge. We are also trying a phone follow-up at one and three months. I want to audit our revision rate against the published figures before our next departmental meeting.
`,
  },
  {
    id: "pk-free-008",
    setting: "osce",
    role: "medical student",
    text: `
My paediatrics OSCE station was an IMCI case: a mother with a one-year-old child with diarrhoea for three days, played by a simulated patient with a very convincing worried face. The task was to assess dehydration and give a treatment plan.

I asked about the duration, vomiting, blood in stool and urine output. I did the skin pinch on the manikin, checked for sunken eyes, and asked whether the child was drinking eagerly. I classified "some dehydration" correctly. Then I froze on the volume. The examiner, Dr Qureshi, said, "Plan B, how much ORS?" and I said "as much as he wants", which is not an answer.

The correct plan is 75 mL/kg of ORS over four hours, then reassess, plus zinc for ten to fourteen days. I knew it in my notes; I did not know it in my mouth.

What I learned: IMCI is a structure designed to be used under pressure by people who are tired. It only works if the numbers are automatic. I have made flash cards for Plans A, B and C, the zinc doses, and the danger signs. I also want to practise counselling the mother properly, because I gave the plan to the examiner instead of to her. Next time I will look at the mother.
`,
  },
  {
    id: "pk-comment-009",
    setting: "grandparents as carers",
    role: "paediatric nurse",
    text: `
Beautiful reflection. I was on the ward the same week and ⟦NAME|Amma Rasheeda⟧ taught me how she remembers the tacrolimus timings. One worry: the group name ⟦OTHER|Zoya Bed 9 Updates⟧ and the address are enough to identify the family, so please remove them before publishing. The picture chart idea should go into our ward's discharge pack.
`,
  },
];
