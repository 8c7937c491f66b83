import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items, 5 with identifiers, 1 comment. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Every 28 days I drive out to give ⟦NAME|Jayden⟧ his benzathine penicillin. He is eleven, has rheumatic heart disease with moderate mitral regurgitation, and lives with his nan, ⟦NAME|Nana Ruby⟧, at ⟦LOCATION|Wurrumbirri outstation⟧, about 90 km of dirt road from the clinic. The injection is 1.2 million units, deep intramuscular, and it hurts. He hates it, and he has not missed one in a year.

That record is his nan's work, not mine. She keeps the calendar on the fridge and has him waiting on the verandah when the troopy pulls in. When I first arrived I tried to get him to come to the clinic instead, which would have been easier for me and disastrous for adherence.

The RHDAustralia guideline (2020) suggests lidocaine mixed with the penicillin to reduce injection pain, and since we started that his mood on injection day has improved. I checked his Medicare number, ⟦ID|${medicare("2953 1846", 1)}⟧, against the RHD register last month because his echo follow-up had dropped off the system when he changed schools.

What I have learned: in remote communities, the program succeeds or fails at the level of one family and one nurse's Tuesday. I want to write up what works here for the new graduates, starting with "ask nan".
`,
  },
  {
    id: "au-what-002",
    setting: "paediatric emergency department",
    role: "emergency registrar",
    text: `
**What?** Croup season in Brisbane means a waiting room full of barking toddlers. On one evening shift I saw a two-year-old with stridor at rest, marked sternal recession and a Westley score of 6. She was frightened and so were her parents.

**So what?** I gave nebulised adrenaline, 0.5 mL/kg of 1:1000 up to 5 mL, and oral dexamethasone at 0.15 mg/kg, then kept her in resus for observation. The stridor settled within twenty minutes. What I want to reflect on is how much the environment mattered. When I first examined her, I laid her down and made her cry, and her work of breathing got visibly worse. Dr Ngata, my consultant, reminded me that the most important thing in croup is not to upset the child: examine on the parent's lap, avoid the throat, and let the steroid work.

**Now what?** I have been reading the PREDICT croup guideline and the evidence that a single dose of dexamethasone at 0.15 mg/kg is as good as the higher dose for mild to moderate croup. I have also started watching how experienced nurses calm small children, because they are better at it than I am. I want my first contact with a child in respiratory distress to reduce their fear, not add to it.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
**Description.** I cared for ⟦NAME|Baby Isla Karamanlis⟧, born at 27 weeks on ⟦DATE|12/03/2025⟧, in ⟦FACILITY_ROOM|Cot 11, Special Care Nursery 2 at Bayside Women's and Children's⟧. She was on CPAP and gavage feeds. Her mum, ⟦NAME|Eleni⟧, asked me to ring her on ⟦PHONE|0491 570 226⟧ before every cares so she could be there for skin-to-skin.

**Feelings.** I was glad she asked, then guilty, because on a busy night I forgot twice.

**Evaluation.** The skin-to-skin sessions we did manage were lovely: ⟦NAME|Isla⟧'s heart rate and saturations were more stable, and ⟦NAME|Eleni⟧ expressed more milk afterwards.

**Analysis.** The evidence on family-integrated care is strong: parents who are present and involved in cares have babies with better weight gain and shorter stays, and less anxiety of their own. But the model only works if the unit is organised around the parents, not just willing to accommodate them. My forgetting was a system problem as well as a personal one: nothing in our handover prompted a call.

**Conclusion.** If we invite parents to be partners, we need systems that remind us to include them.

**Action plan.** I have added a "parent contact for cares" line to our handover sheet and suggested to our NUM, Kylie Brennan, that we trial a cares schedule on the whiteboard that parents can see. I will also apologise to ⟦NAME|Eleni⟧ properly next shift.
`,
  },
  {
    id: "au-free-004",
    setting: "school nursing",
    role: "school nurse",
    text: `
We had our first real anaphylaxis at school this term. A Year 4 student with a known peanut allergy ate a muesli bar from a classmate at lunch and came to the sick bay ten minutes later with lip swelling, a hoarse voice and a cough. I gave the adrenaline autoinjector, 300 micrograms, into the outer thigh, called triple zero, and laid her flat with her legs raised.

She improved within five minutes. The paramedics took her to hospital for observation, and she was back the next week.

What I want to reflect on is the two minutes before I gave the adrenaline. I hesitated because I was not sure the symptoms were "bad enough". The ASCIA action plan (2023) is clear: any sign of difficulty breathing, voice change or persistent cough means anaphylaxis, give adrenaline first. I knew that. Under pressure I second-guessed it.

Afterwards I did a debrief with the principal and the teachers. We found that two staff on yard duty had not done their anaphylaxis training refresher. We also noticed that the student's action plan was photocopied and hard to read.

My plan: I have booked refresher training for all staff, replaced the photocopied plans, and I have practised the scenario in my head until "if in doubt, give it" is automatic. A child will never be harmed by adrenaline given slightly early.
`,
  },
  {
    id: "au-what-005",
    setting: "transition to adult care",
    role: "diabetes educator",
    text: `
**What?** ⟦NAME|Mia Tran⟧ is eighteen and has had type 1 diabetes since she was six. At her transition appointment her HbA1c was 9.4%, up from 7.5% a year earlier. Her CGM, serial ⟦DEVICE|3MH0192C7PL⟧, showed she was in range only 38% of the time, with most highs overnight. She has moved out of home to ⟦ADDRESS|7/41 Fairlight Parade, Manly Vale NSW 2093⟧ and started uni.

**So what?** I wanted to talk about numbers. She wanted to talk about her new life: late nights, alcohol, a part-time job in a café, and how embarrassing it is when her sensor alarms in lectures. I realised that the rise in HbA1c was not failure; it was a young adult learning to live with diabetes on her own.

**Now what?** We agreed on small goals: a bolus reminder on her phone, turning the low alarm threshold down for lectures while keeping the urgent low on, and a plan for drinking safely, with carbohydrates and a hypo kit. I sent her the adult clinic referral and the plan to ⟦EMAIL|mia.t.2007@outlook.com⟧, which she asked me to use instead of her mum's address. I will see her once more in the paediatric service before handing over, and I asked the adult team to book her first visit at a time that does not clash with her classes.
`,
  },
  {
    id: "au-free-006",
    setting: "child protection",
    role: "paediatric registrar",
    text: `
I have just finished the child protection training module required for all paediatric trainees in the Northern Territory, and I want to record what changed in my thinking.

Before the module, I thought of child protection as a set of red flags: bruises in non-mobile infants, inconsistent histories, delays in presentation. The module, run by Dr Helen Marsh and a senior Aboriginal liaison officer, reframed it. Many of the notifications from our service involve neglect driven by poverty, overcrowding and intergenerational trauma from the Stolen Generations. Removing children has a long and painful history here, and families know it.

That does not change my mandatory reporting obligations. A bruise on a four-month-old still needs a skeletal survey and a report. What it changes is how I speak to families and how I think about the risks of both acting and not acting. The liaison officer said something I wrote down: "You can be safe and kind at the same time."

We practised a scenario in which a toddler was brought in with a burn and the explanation did not fit. I was stiff and legalistic in the role play. Feedback was that I sounded like I was reading an affidavit.

My plan: I will involve the Aboriginal liaison officer early, explain my reporting role plainly to families, and get supervision after every notification, because the emotional weight of this work accumulates.
`,
  },
  {
    id: "au-gibbs-007",
    setting: "rural retrieval",
    role: "flight nurse",
    text: `
**Description.** We flew out to ⟦LOCATION|Corella Springs Station, 300 km west of Longreach⟧ for ⟦NAME|Archie⟧, four, who had fallen from a quad bike and had a deformed forearm. The person on the airstrip holding him was his great-grandmother, ⟦NAME|Nell Cartwright⟧, who is ⟦AGE|94⟧ and had splinted the arm with a rolled-up cattle magazine and a tea towel.

**Feelings.** I was amazed, and a bit ashamed that my first thought when I saw her was "who's minding this kid?"

**Evaluation.** Her splint was excellent: neurovascularly intact, well padded, immobilising above and below the fracture. She had phoned the base, given a clear history, and kept him calm.

**Analysis.** I carry assumptions about older people as frail and dependent. On remote properties, older relatives are often the most experienced first responders around. She had done first aid on stockmen for seventy years. Our training emphasises scene assessment, but I had not assessed her as a resource.

**Conclusion.** My initial judgement was ageist and wrong, and she was the best thing that happened to that child that day.

**Action plan.** I will ask bystanders what they have done before I start redoing it, and I have suggested to our education team that we include station families' first aid knowledge in our remote retrieval training.
`,
  },
  {
    id: "au-free-008",
    setting: "adolescent mental health",
    role: "clinical psychologist",
    text: `
Working in a youth mental health service in Adelaide, I see mostly young people between twelve and twenty-five, and the most common reason for referral this year has been anxiety that has stopped them attending school.

This week I reflected on a fifteen-year-old who had not been to school for four months. Her K10 score was 34, she was sleeping until the afternoon, and her GP had started fluoxetine at 10 mg. Her parents wanted me to "get her back to school".

I started with CBT for anxiety and graded exposure, which is well supported by the evidence. But I had been focusing on the school as the goal, and she did not trust me. When I asked her what she wanted, she said she wanted to be able to go to her friend's house without feeling sick. We started there, and two weeks later she walked into the school office for ten minutes.

I also reflected on my role with the parents. They were frustrated and frightened, and the school was threatening legal action for non-attendance. I was tempted to side with the young person against the adults. That does not help her. What helped was a family session where everyone agreed on one small goal.

I want to use the headspace family-inclusive practice resources more, and I want to get better at working with schools rather than seeing them as the problem.
`,
  },
  {
    id: "au-comment-009",
    setting: "rural retrieval",
    role: "rural generalist",
    text: `
Lovely piece. I did the fracture clinic follow-up for ⟦NAME|Archie⟧ and heard the story from the other end: the whole of ⟦LOCATION|Corella Springs⟧ seems to know about the magazine splint. Worth trimming the station name and his great-gran's age before it goes on the blog, though; out there that is a full address.
`,
  },
];
