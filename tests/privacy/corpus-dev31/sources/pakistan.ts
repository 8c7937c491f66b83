import type { SourceItem } from "../../corpus/types.ts";

export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "polio campaign",
    role: "public health registrar",
    text: `
Refusal households on a polio campaign in Peshawar are not refusals, they are conversations that have not finished yet.

Day two of the November round, our team was sent back to ⟦LOCATION|the house with the green gate behind the Mohalla Jangi mosque, Gulbahar⟧, marked "R" in chalk on the wall from the last three rounds. The head of the household, ⟦NAME|Haji Sher Zaman⟧, met us at the door. His grandson ⟦NAME|Wali⟧, 22 months, had never had a drop. The B-form number the union council supervisor had on his list for the child was ⟦ID|17301-2958410-3⟧, and the family's mobile was ⟦PHONE|0300-5557192⟧.

⟦NAME|Haji sahib⟧ was polite and completely firm. His objection was not religious; it was that a team had once come with a camera and his daughter-in-law's face had ended up on a poster. That is a legitimate grievance, and nothing in our microplan had a box for it.

Our area in-charge, Dr Shahida, did what I could not: she sat on the charpai, drank the tea, and asked about the poster. She apologised on behalf of the programme. Forty minutes later ⟦NAME|Wali⟧ got two drops and his little finger marked.

Lessons for me: the refusal list is a list of broken promises. The quickest route to a vaccinated child is often an apology from someone senior enough to mean it.
`,
  },
  {
    id: "pk-what-002",
    setting: "XDR typhoid",
    role: "paediatrics resident",
    text: `
**What?** My third month in paediatrics in Hyderabad, Sindh, and most of our febrile children had typhoid. Since 2016 the strain here has been extensively drug-resistant: resistant to ampicillin, chloramphenicol, co-trimoxazole, fluoroquinolones and third-generation cephalosporins. That leaves azithromycin orally and meropenem for the sick ones.

**So what?** I had learned typhoid as a disease you treat with ceftriaxone. Here, ceftriaxone is a week of wasted fever. The consultant, Dr Memon, said the worst part is that XDR typhoid is a water and sanitation problem dressed as a pharmacology problem. Each child we treat goes home to the same water supply.

**Now what?** The typhoid conjugate vaccine campaign in 2019 reached millions of children in Sindh, and our ward numbers are lower than they were. I want to look at our admission data by union council and vaccination status for my research project. I also need to stop reaching for meropenem when a child is stable and can take azithromycin 20 mg/kg; every carbapenem we use carelessly makes the next resistant strain more likely.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "dengue ward",
    role: "house officer",
    text: `
Description: Dengue season in Lahore. My patient was ⟦NAME|Mrs Farzana Bibi⟧, a schoolteacher, in ⟦FACILITY_ROOM|Medical Unit II, bed 14 at Mayo Hospital⟧. She came in on ⟦DATE|29 September⟧ with fever and a platelet count of 22,000. Her CNIC, ⟦ID|35202-6841937-4⟧, was stapled to the file because of the Sehat Sahulat card paperwork.

Feelings: I felt out of my depth when her husband asked me, in front of the whole bay, why she was not getting "the papaya leaf drip" the private hospital down the road offered.

Evaluation: Clinically, we did well. Fluids titrated to haematocrit and urine output, paracetamol only. Communication was weaker; I answered his question with facts, and he heard disrespect.

Analysis: Papaya leaf extract has modest evidence for raising platelets and none for improving outcomes. But he was not asking about evidence. He was asking whether we were doing everything.

Conclusion: Next time I will answer the feeling before the fact: "We are watching her very closely, and here is what we are watching."

Action plan: Make a one-page Urdu sheet on dengue warning signs for families. Ask Dr Rizwan if we can do a five-minute family briefing at the end of each morning round.
`,
  },
  {
    id: "pk-free-004",
    setting: "HIV outbreak",
    role: "medical student",
    text: `
Our community medicine professor spent a lecture on the 2019 HIV outbreak in Ratodero, Larkana, where hundreds of children were found to be HIV-positive, and I have not stopped thinking about it.

The investigation pointed to unsafe injection practices: reused syringes, unlicensed practitioners, and a health system where an injection is the sign that a doctor is taking you seriously. Pakistan has one of the highest injection rates per person in the world. The outbreak was not caused by one person; it was caused by a culture of care that valued the needle.

What struck me most was the professor's point about blame. The media focused on one doctor. The WHO-supported investigation focused on the system: no auto-disable syringes, no infection-control training for informal providers, no surveillance that would notice a cluster of HIV in children.

I am a fourth-year student in Karachi. I have given injections on the ward that were probably not necessary, because the patient expected one. After this lecture I am trying to ask myself each time: would an oral tablet do? If I can't answer that, I should ask my registrar.

It is a small habit. The professor said small habits are the whole of infection control.
`,
  },
  {
    id: "pk-comment-005",
    setting: "polio campaign",
    role: "union council medical officer",
    text: `
Jazakallah for writing this. I know that house in Gulbahar well; ⟦NAME|Haji sahib⟧'s elder son ⟦NAME|Naseer⟧ drives a rickshaw, ⟦OTHER|the yellow one with "Maa ki dua" painted on the back, plate LES-4471⟧, and he is the one to speak to if the old man refuses next round. I'll tell the team.
`,
  },
  {
    id: "pk-free-006",
    setting: "measles outbreak",
    role: "paediatrics registrar",
    text: `
A measles death I cannot stop writing about.

⟦NAME|Baby Areeba⟧, nine months, was brought in by her mother to ⟦FACILITY_ROOM|the isolation room of the paediatric ward at Civil Hospital Karachi⟧ on ⟦DATE|27 Ramzan⟧, the night the whole city was awake for prayer. MR number ⟦ID|CHK-2024-118736⟧. Rash for four days, cough, and by the time they arrived she was breathing at 70 with chest indrawing. She had not had any vaccines; the family lives ⟦LOCATION|in Machar Colony, near the boat-building yard on the creek⟧, where the vaccinator had last come over a year ago.

We gave oxygen, vitamin A, antibiotics for the pneumonia. She died the next morning.

What I want to record is the conversation with her mother, who asked me if it was because she had fed ⟦NAME|Areeba⟧ before the Iftar instead of after. I said no, clearly, twice. Then I sat with her until the ambulance came.

Measles kills through its complications: pneumonia, diarrhoea, encephalitis, and the months of immune amnesia afterwards. Two doses of MCV would very likely have prevented all of it. In our catchment the second-dose coverage is well under what is needed to stop transmission.

I have asked Dr Qureshi to help me present this case at the district EPI meeting. Not as a mortality review, but as a map: where do the children like ⟦NAME|Areeba⟧ live, and when did a vaccinator last knock on that door?
`,
  },
  {
    id: "pk-what-007",
    setting: "Lady Health Worker programme",
    role: "community medicine resident",
    text: `
What? Two weeks shadowing Lady Health Workers in rural Punjab. Each LHW covers about a thousand people, keeps a family register by hand, and is often the only health contact women in purdah have.

So what? I came in with the idea that LHWs were "extra hands" for vaccination campaigns. Their actual work is broader: antenatal visits, family planning, ORS and zinc, TB referrals, growth monitoring, and a steady presence that a campaign team cannot replicate. One LHW, Nasreen, knew every pregnant woman in her area by the month of her pregnancy and which ones had never had a tetanus toxoid dose.

They are also overloaded. Every campaign pulls them off routine work for a week, and their stipends are often late. Several told us, quietly, that the polio campaigns had made some households wary of them.

Now what? For my dissertation I want to measure how much routine work is lost during campaign weeks in one tehsil. I also want to push, in our department, for LHWs to be in the room when microplans are drawn up, not handed them afterwards.
`,
  },
  {
    id: "pk-free-008",
    setting: "occupational health screening",
    role: "public health nurse",
    text: `
Hepatitis C screening camp at brick kilns outside Faisalabad, run with a labour rights NGO.

We tested 212 workers with rapid anti-HCV tests and found 31 reactive. Most had never been tested and most had had injections from the "dispenser" who visits the kilns on Fridays. The one I cannot forget is ⟦NAME|Razia⟧, ⟦OTHER|the only woman jamadar at the kiln past the canal bridge on the Chak 47 NB road⟧, who manages the other women's piece rates and is the person everyone goes to. Reactive, with a sister who died "of a swollen belly" last year.

She asked if she would have to stop work. I said no, and that hepatitis C is now curable with twelve weeks of sofosbuvir and daclatasvir, free through the provincial programme. She laughed, not unkindly, and asked who would pay for the twelve days of wages to go to the city for the tests.

We arranged for the viral load samples to be drawn at the kiln and for the tablets to be brought by our outreach worker. Dr Javed called it "bringing the clinic to the debt".

For me the lesson is that an occupational health camp without follow-through is a survey. We need to come back in twelve weeks.
`,
  },
  {
    id: "pk-gibbs-009",
    setting: "infection prevention",
    role: "infection control nurse",
    text: `
Description: I run hand hygiene audits on the surgical floors of a teaching hospital in Islamabad. This month compliance on the WHO five moments was 41%, down from 58%.

Feelings: Frustrated, because we had just finished a training week.

Evaluation: The training week itself was well attended. But when I broke down the data, the worst moment was "after touching patient surroundings", and the worst time was the 8am round, when the whole team moves together and nobody wants to be the one to stop.

Analysis: Behaviour in a group follows the most senior person. If the professor does not rub, the house officers do not rub. The literature on hand hygiene (Pittet's work from Geneva in the 2000s) shows the same thing: culture beats training.

Conclusion: I had been training the wrong people.

Action plan: I have asked Prof. Abbasi, our head of surgery, to let me put an alcohol rub bottle on the round trolley and to be seen using it first, every bed, for one month. I will re-audit in four weeks and present the data at the grand round, whichever way it goes.
`,
  },
];
