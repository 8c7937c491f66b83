import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items, 4 with identifiers, 1 comment. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "special care baby unit",
    role: "neonatology resident",
    text: `
The naming ceremony for ⟦NAME|Ayomide Oluwaseun Adeleke⟧ took place on ⟦DATE|Saturday 22 March⟧ beside an incubator in the ⟦FACILITY_ROOM|SCBU at Olumide Memorial Teaching Hospital⟧. He was born at 30 weeks, 1.1 kg, and on the eighth day his grandmother insisted the names would be given, incubator or no incubator. The matron allowed three family members in gowns; the pastor prayed through the porthole.

I reflected afterwards on how close I came to refusing. Infection control matters in a unit where neonatal sepsis is our main killer. But the ceremony took fifteen minutes, everyone washed, and the mother, ⟦NAME|Mrs Folake Adeleke⟧, started expressing breast milk more consistently after it, which probably did more for him than anything I prescribed.

His father registered for the NHIA scheme that week and wrote his NIN, ⟦ID|71846203957⟧, and phone, ⟦PHONE|0803 555 0172⟧, on the consent form so the unit could reach him when he went back to work in Ibadan.

What I learned: culture is not an obstacle to neonatal care; it is part of it. Kangaroo mother care took off in our unit only when the grandmothers were allowed to help. I want to ask families early what ceremonies matter to them and plan for them, instead of reacting when the aunties arrive at the door with a tray of kola nuts.
`,
  },
  {
    id: "ng-what-002",
    setting: "neonatal sepsis",
    role: "medical officer",
    text: `
**What?** On a busy call in Ibadan I admitted four babies with suspected neonatal sepsis in one night. The sickest was a three-day-old with poor feeding, a temperature of 38.6, grunting and a bulging fontanelle. We do not have reliable blood cultures overnight, so I started ampicillin and gentamicin at 5 mg/kg and did a lumbar puncture.

**So what?** I realised how much of my practice rests on clinical signs, because the laboratory support is limited. The WHO danger signs for young infants are crude but they work. I also realised how often the real cause is upstream: prolonged rupture of membranes, delivery at home, cord care with substances applied to the stump. One mother told me she had put a paste on the cord "to dry it", on her mother's advice.

**Now what?** Dr Adebayo, our consultant, asked me to lead a short health talk in the antenatal clinic about chlorhexidine cord care and danger signs. I am also following the WHO 2022 recommendations on kangaroo mother care, which include starting immediately after birth for small babies, and we have started it in the labour ward for stable babies under 2 kg. I want to audit our sepsis admissions for the next three months and see whether any of this changes the numbers.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "sickle cell clinic",
    role: "paediatric nurse",
    text: `
**Description.** ⟦NAME|Chidera⟧, eight, came to the children's emergency with his fourth painful crisis this year, this time with fever and chest pain. His mother, whom everyone on the ward calls ⟦NAME|Mama Chidera⟧, brought him in a keke from ⟦ADDRESS|No. 12 Ogbete Crescent, Abakpa Nike, Enugu⟧ at dawn.

**Feelings.** I was frustrated, because he was meant to have started hydroxyurea months ago.

**Evaluation.** When I asked, she explained that the drug cost was the problem, and that she had been told it was "cancer medicine" by a relative. Both were fixable, and neither had been addressed in clinic.

**Analysis.** Hydroxyurea reduces crises, acute chest syndrome and transfusions, and the evidence in African children is strong. The NHLBI 2014 guidance and more recent African studies both support offering it from nine months of age. But uptake depends on cost, trust and follow-up, not evidence alone. His transcranial Doppler had also never been done.

**Conclusion.** Our clinic is good at treating crises and weak at preventing them.

**Action plan.** I linked her with the hospital's social welfare unit and a sickle cell parents' support group, and I asked the doctors to discuss hydroxyurea again, using the simple leaflet from the Sickle Cell Foundation. I will call her after discharge to check that the prescription was filled.
`,
  },
  {
    id: "ng-free-004",
    setting: "paediatric emergency",
    role: "house officer",
    text: `
Severe malaria in children is the emergency I see most in Kano during the rainy season, and this week I managed my first case as the first doctor on the scene. A four-year-old came in convulsing, with a Blantyre coma score of 2, haemoglobin of 5.1 g/dL and a blood glucose of 2.2 mmol/L.

I corrected the glucose first, with 10% dextrose at 5 mL/kg, gave diazepam for the seizure, and started IV artesunate at 3 mg/kg because he weighed less than 20 kg, following the WHO malaria guidelines. Dr Bello came in for the transfusion decision and we gave 20 mL/kg of whole blood.

The boy woke up the next afternoon and asked for rice. I went home and slept for eleven hours.

In reflection, the most useful thing I did was the glucose check. I had been so focused on the parasite that I nearly forgot the simplest bedside test. Dr Bello's teaching is "ABC, then DEFG: don't ever forget glucose", and he repeats it so often that the nurses say it with him.

I also noticed how the mother had tried herbal treatment for two days first. I do not want to blame her. I want to understand what brought her in on day three and not day one, because that delay is where children die.
`,
  },
  {
    id: "ng-what-005",
    setting: "adolescent health",
    role: "community paediatrician",
    text: `
**What?** During an outreach clinic in Katsina State, an almajiri boy of about thirteen, ⟦NAME|Abdullahi Garba⟧, was brought by his Quranic teacher with a chronic leg ulcer. He is ⟦OTHER|the only boy at the Tsangaya school in Unguwar Dantsoho with a missing left hand⟧, lost in an accident with a grinding machine years ago, and everyone knows him as the boy who writes the slate with his right. His family is in a village two days away.

**So what?** Almajiri children live far from their parents, beg for food, and often fall outside the health system. The ulcer was infected and needed dressing, antibiotics and nutrition. Consent was complicated: the teacher stood in as guardian, but he was not legally one. I felt out of my depth with the social side.

**Now what?** We treated the ulcer, gave tetanus toxoid and deworming, and arranged follow-up at the primary health centre. My supervisor, Dr Halima Usman, contacted a state programme that links almajiri pupils to health services. I have started reading about the Child Rights Act and the state's adoption of it, and I want our outreach team to include a social worker next time.
`,
  },
  {
    id: "ng-free-006",
    setting: "breaking bad news",
    role: "ophthalmology resident",
    text: `
I had to tell a mother that her two-year-old daughter had retinoblastoma in both eyes. She had noticed the "cat's eye" reflex in a photograph months ago and had been told by a chemist it was nothing.

My consultant, Dr Okonkwo, asked me to lead the conversation and said he would step in if needed. I prepared: the diagnosis, the plan for chemotherapy, the likelihood that one eye would need enucleation, the possibility of saving vision in the other. I forgot to prepare for the question she actually asked first: "Is it because I did something?"

I answered too quickly that it was not, and then explained that retinoblastoma is caused by a mutation in the RB1 gene, sometimes inherited. That opened a second conversation about her other children and genetic testing that I was not ready for. Dr Okonkwo helped. He slowed everything down, drew the eye on a piece of paper, and asked her to explain back what she had understood.

Learning points: prepare for the emotional questions as well as the medical ones; do not answer guilt with genetics; draw pictures. I am also thinking about leukocoria awareness for chemists and community health workers, because this child's delay began in a pharmacy. Our department is planning a short session with the pharmacists' association in Lagos.
`,
  },
  {
    id: "ng-gibbs-007",
    setting: "immunisation clinic",
    role: "nursing student",
    text: `
**Description.** My community posting placed me in an immunisation clinic at a primary health centre. On Wednesday I helped give the six-week vaccines: pentavalent, pneumococcal conjugate, OPV and rotavirus, following the National Programme on Immunization schedule. Matron Ekanem supervised.

**Feelings.** I was nervous about the injections, and more nervous about a mother who refused the pentavalent because a neighbour's child had had a fever afterwards.

**Evaluation.** I gave the oral vaccines confidently. With the hesitant mother I listened, but I did not know how to respond without sounding like I was reading a leaflet.

**Analysis.** Matron Ekanem spoke with her in Efik, acknowledged that fever is common and usually mild, explained paracetamol dosing, and asked what she had heard from her neighbour. The mother agreed. I realised that vaccine hesitancy is rarely about information alone; it is about trust and whether the person talking to you sounds like someone you know. I also checked BCG scars and found two children without one, which led to catch-up doses.

**Conclusion.** Technical skill is the easier half of an immunisation clinic.

**Action plan.** I will learn the common concerns and a few phrases in the local language, practise motivational interviewing, and review the adverse events reporting form so I can explain what happens if something does go wrong.
`,
  },
  {
    id: "ng-free-008",
    setting: "adolescent hiv clinic",
    role: "adolescent hiv counsellor",
    text: `
⟦NAME|Tobi⟧ is sixteen and was born with HIV. He found out his status on ⟦DATE|23/09/2024⟧, when he read it on a clinic card his aunt had left on the table, not from us. By the time he came to our adolescent clinic he had stopped his dolutegravir and his viral load had gone from undetectable to over 40,000 copies.

He was angry at everyone. He had also posted about it, half joking, on his public page, ⟦URL|https://facebook.com/tobi.ajayi.5099⟧, and some classmates had seen it. So we were dealing with disclosure, stigma, adherence and a social media trail at once.

I took the slow route. We did three sessions before we talked about pills at all. I asked what he wanted his life to look like. He wants to study engineering and play football. We talked about U=U: that if he is undetectable he cannot pass it on sexually. That was the first thing that seemed to matter to him.

We have restarted treatment, and he joined our teen club, where he met other young people living with HIV. His aunt is now coming to sessions too. I have learned that disclosure should be a process we plan with families from early childhood, not something that happens by accident on a kitchen table. I am raising this at our clinic meeting, with the national guidelines on paediatric disclosure.
`,
  },
  {
    id: "ng-comment-009",
    setting: "paediatric emergency",
    role: "paediatric registrar",
    text: `
"Don't ever forget glucose" should be painted on every children's emergency wall. We audited hypoglycaemia in severe malaria at our centre and found one child in five was below 2.5 at arrival. The other lesson is the delay: we now ask every mother what made her decide to come today, and the answers are teaching us a lot.
`,
  },
];
