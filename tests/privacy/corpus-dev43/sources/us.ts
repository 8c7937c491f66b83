import type { SourceItem } from "../../corpus/types.ts";

/** United States: 11 items, 5 with identifiers, 2 comments. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "child safeguarding",
    role: "pediatric resident",
    text: `
I have been putting off writing about ⟦NAME|Bentley⟧. He was four months old when he was admitted to the PICU on ⟦DATE|3/14/25⟧ with a bulging fontanelle, bilateral subdural collections of different ages and retinal hemorrhages "too numerous to count", in the ophthalmologist's words. His mother said he had rolled off the couch. Her boyfriend, ⟦NAME|Travis Keel⟧, did most of the talking.

My job that night was the skeletal survey order, the consults, and the documentation. I wrote "no history of trauma offered" when what I had actually been told was a short fall, and our child abuse pediatrician, Dr. Marisol Ayala, made me rewrite it in the family's own words, in quotation marks. She was right. The chart is evidence, not a summary of my suspicion.

The CPS intake worker asked for his SSN, ⟦ID|078-05-1120⟧, and the home address, ⟦ADDRESS|1187 Cypress Hollow Rd, Lot 14, Ocala, FL 34482⟧, and I read them off the face sheet feeling like I had become part of a machine I did not understand.

What I learned: abusive head trauma is a diagnosis made by a team, using the pattern, the history and the timeline, not by an intern's gut. My gut was right, and it still was not my call to make. I also learned to be kind to the mother, who may be the next victim.
`,
  },
  {
    id: "us-what-002",
    setting: "pediatric emergency department",
    role: "pediatric emergency fellow",
    text: `
**What?** Bronchiolitis season hit our ED in Phoenix early this year. On one Saturday shift I saw nine infants with RSV. The sickest was a five-month-old with retractions, SpO2 89% on room air and a respiratory rate of 68. The nurse wanted albuterol and a chest X-ray "to be safe"; the parents wanted antibiotics.

**So what?** The AAP bronchiolitis guideline (2014, reaffirmed since) is one of the clearest documents in pediatrics: no routine albuterol, no routine chest film, no steroids, no antibiotics without a bacterial source, and a saturation threshold of 90% for supplemental oxygen. Knowing that is easy. Saying no to a worried nurse and two exhausted parents at 3am is harder. I noticed I reached for the "just one neb trial" compromise because it felt kind, not because it was indicated. We started high-flow at 2 L/kg/min instead, and he was admitted to the floor.

**Now what?** Dr. Gomez, my attending, suggested I script the explanation: what bronchiolitis is, why it peaks on days three to five, what we will watch for. I have written it on a card. I am also reading the newer nirsevimab data, because next winter's conversations will be different if more babies receive it.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "nicu",
    role: "nicu nurse",
    text: `
**Description.** I was primary nurse for ⟦NAME|Baby Boy Dunmore⟧ (MRN ⟦ID|004418276⟧), born to a mother on buprenorphine and admitted with neonatal opioid withdrawal. We use Eat, Sleep, Console rather than Finnegan scoring, and his mother, ⟦NAME|Ashlyn⟧, was rooming in.

**Feelings.** On day three I caught myself judging her when she went outside to smoke while he was crying. I am not proud of that.

**Evaluation.** By the ESC measures he was doing well: eating at least an ounce, sleeping an hour between feeds, consolable within ten minutes. What he needed most was her, and she was there almost around the clock.

**Analysis.** The literature is consistent that rooming-in and parental presence shorten length of stay and reduce morphine exposure. Her grandmother called the unit daily from ⟦PHONE|(606) 555-0143⟧ and told me the family had set up ⟦URL|https://www.gofundme.com/f/bring-baby-dunmore-home⟧ to pay for gas for the two-hour drive. That is the context I had missed when I judged a cigarette break.

**Conclusion.** Stigma in the NICU is quiet and it comes from nurses like me as much as anyone.

**Action plan.** I have asked our educator, Carla Benson, to run a stigma-and-language session, and I am changing "drug-exposed mom" to "mom in recovery" in my own handoffs.
`,
  },
  {
    id: "us-free-004",
    setting: "adolescent medicine",
    role: "adolescent medicine fellow",
    text: `
A high-school junior with restrictive anorexia nervosa was admitted for medical stabilization on my service: heart rate 38 asleep, orthostatic rise of 32, weight 74% of median BMI. Under the SAHM position paper (2022) she met several admission criteria. She insisted she was "just a runner".

The part I want to reflect on is refeeding. Older protocols started at 1,200 kcal and crept up slowly; the newer evidence supports starting higher, around 2,000 kcal, with close monitoring of phosphate. Our team did that, and on day two her phosphate was 2.1 mg/dL. I panicked a little and wanted to cut the calories. Dr. Lindqvist, our attending, said no: supplement phosphate, keep feeding, recheck in the afternoon. Under-feeding is the more common harm.

I also noticed how much of my time went on numbers and how little on her. When I finally sat with her without a clipboard she talked about her coach, her younger brother, and the app she used to count steps. None of that was in my note.

For next time: I want my assessments to include the family meal plan, the school, the sport, and a proper conversation about family-based treatment, not just electrolytes and weights.
`,
  },
  {
    id: "us-what-005",
    setting: "transition to adult care",
    role: "hematology nurse practitioner",
    text: `
**What?** ⟦NAME|DeShawn "Shawnie" Pryor⟧ turned nineteen and had his last visit in our pediatric sickle cell clinic. He has had three acute chest episodes and is on hydroxyurea, which he takes "most days". His first adult hematology appointment is on ⟦DATE|June 3rd⟧. He is funny, sharp, and posts about his pain crises to a lot of followers at ⟦URL|https://www.tiktok.com/@shawnie.sicklewarrior⟧.

**So what?** The data on transition in sickle cell disease are frightening: emergency visits and mortality rise in the years after moving to adult care. He told me, plainly, that he is scared of adult EDs because "they think I'm drug-seeking". I could not honestly tell him he was wrong. I could tell him that he knows his own disease better than most triage nurses will.

**Now what?** We wrote an individualized pain plan together, with his usual opioid dose and the fact that he needs IV fluids at a slow rate because of a previous episode of fluid overload. I emailed it to him at ⟦EMAIL|dpryor.hustle@gmail.com⟧ and to the adult team, with his consent. I will call him the week after that first adult visit. We should not be handing off our patients at the exact moment they are most at risk and then never hearing what happened.
`,
  },
  {
    id: "us-free-006",
    setting: "school-based health center",
    role: "school nurse practitioner",
    text: `
I work in a school-based health center in the Bronx. This month I saw more asthma than anything else: the fall peak, combined with mold in older buildings and kids sharing inhalers on the bus.

One fourth-grader came to me three times in a week needing albuterol, four puffs of 90 mcg each time. His action plan was from 2022 and still listed a controller he had not filled in over a year. GINA 2024 now recommends against SABA-only treatment even for children with mild symptoms, and for school-age children daily low-dose inhaled corticosteroid is still the standard step. The problem here was not knowledge. It was that his mother works nights, the pharmacy closes at six, and the insurance had lapsed.

I spent most of an afternoon on the phone: the pharmacy, the Medicaid renewal line, the primary care office. I also taught him to use a spacer properly, and he taught his younger sister at the next visit, which was delightful to watch.

Reflection: school nursing is social medicine wearing a clinical uniform. I used to think my job was the inhaler technique. I now think it is the whole chain between a prescription and a child's lungs, and every weak link is mine to notice.
`,
  },
  {
    id: "us-gibbs-007",
    setting: "well-child visit",
    role: "medical student",
    text: `
**Description.** During my outpatient pediatrics rotation I did the history for an 18-month well visit with my preceptor, Dr. Hailey Brooks. The parents filled out the M-CHAT-R/F in the waiting room and the score was 4, a medium-risk result.

**Feelings.** I felt out of my depth and afraid of saying the wrong thing about autism.

**Evaluation.** Dr. Brooks did the follow-up interview items one by one with the parents, which moved the score down to 2. She explained that the screen is a screen, not a diagnosis, and that Bright Futures and the AAP recommend screening at 18 and 24 months precisely because some children will look different six months later.

**Analysis.** I had thought of screening tools as objective. Watching the follow-up interview, I saw how much depends on how a question is asked: "does he point to show you something interesting?" is not the same as "does he point?" I also saw how the MMR vaccine came up, with the father asking about autism, and how calmly she discussed the evidence without making him feel foolish.

**Conclusion.** Developmental screening is a conversation, and the tool structures it rather than replacing it.

**Action plan.** I will learn the follow-up interview properly, practise the vaccine conversation, and read the 2020 AAP clinical report on autism identification before my next clinic.
`,
  },
  {
    id: "us-free-008",
    setting: "home health",
    role: "pediatric home health nurse",
    text: `
My longest home visits are to ⟦NAME|Kenzie⟧, who is six, has a tracheostomy after a spinal cord injury, and lives on home ventilation in ⟦LOCATION|Bitter Creek Hollow, a holler of maybe sixty people off Route 7 in Letcher County⟧. Her great-grandpa, ⟦NAME|Earl⟧, who is ⟦AGE|90⟧, does the night suctioning when the agency cannot fill the shift, which is most weeks.

Last month the ventilator, serial ⟦DEVICE|TV118204536⟧, threw a low-pressure alarm that turned out to be a cracked exhalation valve. ⟦NAME|Earl⟧ had already swapped the circuit by the time I arrived. I was impressed and also uneasy: he is doing skilled nursing care, unpaid, with arthritis and cataracts.

We tried to replace one visit a week with a telehealth check. The platform log showed the connection from the family's router, ⟦IP|198.51.100.77⟧, dropping every few minutes, because the only signal is from a neighbor's booster. So that did not work.

Reflection: we talk about "medically complex children" as if the complexity is inside the child. Most of it is the distance, the broadband, the staffing, and the fact that an elderly man is the backup to a life-support machine. I have raised the staffing gap with our agency director and with the Medicaid waiver coordinator, and I have started documenting every missed shift, because what is not written down does not get funded.
`,
  },
  {
    id: "us-free-009",
    setting: "breaking bad news",
    role: "neonatology attending",
    text: `
I want to write about a prenatal consult, because I got it partly wrong. The fetal medicine team had confirmed trisomy 18 at twenty weeks, with a large ventricular septal defect and an omphalocele. The parents asked to meet a neonatologist to talk about what would happen after birth.

I opened with survival statistics: roughly half of liveborn babies with Edwards syndrome die in the first week, and fewer than one in ten reach their first birthday. I was accurate and I was cold. About three minutes in, the mother said "I know the numbers, I want to know what you'd actually do for her."

My colleague Dr. Rosen, who had been quiet, took over and asked what they hoped for. The answer was simple: time to hold her, to have her baptized, maybe to take her home. From there we could talk about the options concretely: comfort care in the delivery room, a trial of respiratory support, or full intervention including cardiac surgery, which some centers now offer.

The literature on trisomy 18 has changed a lot since I trained, and so have families' expectations. What has not changed is that parents need to hear goals before they hear percentages.

My plan: start every consult with "what matters to you", keep the numbers for when they are asked for, and revisit the plan at thirty weeks.
`,
  },
  {
    id: "us-comment-010",
    setting: "nicu",
    role: "nicu nurse",
    text: `
This made me tear up. I floated to your pod and had ⟦NAME|Baby Boy Dunmore⟧ in ⟦FACILITY_ROOM|Pod C, bed 12⟧ for two shifts. His mom asked me to tell his story, but with the fundraiser link and the MRN in there this post is identifying. Could you trim those before it goes public? The stigma part is so important.
`,
  },
  {
    id: "us-comment-011",
    setting: "pediatric emergency department",
    role: "respiratory therapist",
    text: `
Respiratory therapist here. Thank you for holding the line on albuterol. Our department cut bronchodilator use in bronchiolitis by more than half after we posted the AAP algorithm in every room and started high-flow earlier. The 2 L/kg/min starting rate works well, but watch for babies who look better on numbers and worse on feeding.
`,
  },
];
