import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { bsn, kvnr, ppsn, tcKimlik } from "../gen.ts";

/** Germany, the Netherlands, Turkey, Canada, Ireland and Colombia: 18 items, 8 with identifiers, 3 comments. */
export const EUROPE_AMERICAS: readonly SourceItem[] = [
  {
    id: "de-free-001",
    setting: "paediatric ward",
    role: "paediatric resident",
    text: `
I am in my second year of paediatric training in Germany, and this week I had to admit ⟦NAME|Leonie M.⟧, nine, with new-onset type 1 diabetes, to ⟦FACILITY_ROOM|Station K3, Zimmer 12, Kinderklinik St. Hedwig⟧. She was diagnosed on ⟦DATE|12.03.2025⟧ after three weeks of thirst and weight loss that the family had put down to a growth spurt.

Her admission paperwork went smoothly because her insurance number, ⟦ID|${kvnr("K48291735")}⟧, was already on the electronic health card. What did not go smoothly was the conversation about the diagnosis. Her father kept asking when she would be "off insulin", and I realised he thought this was temporary, like the gestational diabetes his wife had had.

I have been taught to explain pathophysiology clearly: beta cells, autoimmunity, insulin deficiency. That was not what he needed. He needed to grieve a little, and then to learn how to count carbohydrates for tomorrow's breakfast. Our diabetes educator, Frau Bergmann, handled it better than I did. She started with "what does ⟦NAME|Leonie⟧ like to eat?"

The ISPAD 2022 guidelines recommend structured education at diagnosis and continuing support, and our team follows them well. What I want to improve is my own first conversation: less teaching, more listening, and an honest statement early on that this is lifelong, but manageable.
`,
  },
  {
    id: "de-what-002",
    setting: "child safeguarding",
    role: "paediatrician",
    text: `
**What?** At a routine U7 check-up in my practice in Hamburg, a two-year-old had several bruises on the back and upper arms. The mother said he was "always falling". His development was otherwise normal and his weight was on the 25th centile.

**So what?** The German S3 child protection guideline (Kinderschutzleitlinie, 2019) says bruises on protected areas like the back, ears, upper arms and buttocks in a child this age require careful evaluation, and that a paediatrician should consider coagulopathy and consult a child protection team. I felt uncomfortable because I know the family and I like the mother. I also know that liking parents is one of the ways we miss abuse.

**Now what?** I did a full examination, documented the bruises with a body chart and photographs, ordered a coagulation screen, and called the medical child protection hotline for advice. The hotline doctor helped me think through the next steps, including involving the Jugendamt if the explanation did not hold. The coagulation results came back normal. I have arranged a follow-up in a week and I am talking with a colleague, Dr. Schäfer, for peer supervision. I want to be better at these conversations: honest with the family about my concerns, without accusing anyone before the facts are clear.
`,
  },
  {
    id: "de-comment-003",
    setting: "paediatric ward",
    role: "diabetes educator",
    text: `
Thank you for writing this from the resident's side. The first conversation after a diabetes diagnosis shapes everything that follows. I always start with food and school, because that is where families live, and leave the beta cells for day three. ISPAD's education chapter is good, but nothing replaces sitting down at the bedside with the family.
`,
  },
  {
    id: "nl-gibbs-001",
    setting: "youth health care",
    role: "youth health care nurse",
    text: `
**Description.** At the consultatiebureau I saw ⟦NAME|Sem⟧, fourteen months, for a routine check. His father, ⟦NAME|Jeroen van den Broek⟧, brought him and mentioned he had not walked yet and was not pulling to stand. I checked his record under BSN ⟦ID|${bsn("17349286")}⟧ and found he was born on ⟦DATE|3 januari 2024⟧ at term, with no earlier concerns. They live in ⟦LOCATION|Westerhoorn, a terp village of about two hundred people in Friesland⟧, where the family runs the dairy farm.

**Feelings.** I was not too worried at first; many children walk at sixteen or seventeen months.

**Evaluation.** On examination he had low tone and his head circumference had crossed a centile line. That made me more concerned.

**Analysis.** The Van Wiechen developmental schedule is useful, but I was reminded that motor milestones on their own are not enough. Crossing centiles on head circumference and hypotonia together are a reason for referral, not watchful waiting. I discussed it with the youth doctor, Dr. de Jong, who agreed and referred him to the paediatrician.

**Conclusion.** I need to look at the whole child, not just whether a milestone is late.

**Action plan.** I will review the JGZ guideline on motor development and make sure I always plot head circumference, even when the parents' question is about walking.
`,
  },
  {
    id: "nl-free-002",
    setting: "nicu",
    role: "neonatologist",
    text: `
In the Netherlands the threshold for active treatment of extremely preterm babies moved from 25 to 24 weeks with the 2010 national guideline, and there is an ongoing discussion about 23 weeks. Last month I counselled parents of a baby expected at 24 weeks and 1 day.

I explained the numbers: survival, the risk of serious disability, what the first weeks in the NICU look like. I also explained that the decision to start intensive care at this gestation is made together with the parents. They asked what I would do. I have been taught not to answer that question directly, but the father's face made me think I owed them something more than "it depends".

I told them honestly that I did not know what I would do, that I have seen both choices made well, and that whatever they chose, we would care for their baby and for them. They chose active treatment. The baby is now six weeks old and still on the unit, with the usual ups and downs.

Dr. de Vries, my senior colleague, says the hardest part of this work is living with uncertainty. I want to get better at sharing that uncertainty with parents without making it their burden alone, and I want to learn more about structured counselling tools, like the ones recommended in the Dutch perinatal guidelines.
`,
  },
  {
    id: "nl-what-003",
    setting: "adolescent mental health",
    role: "youth psychiatrist",
    text: `
**What?** ⟦NAME|Daan⟧, sixteen, was referred after posting threats on a drill-music account, ⟦OTHER|@daan_drill_040⟧, that mentioned a classmate. The school involved the police, who found no weapon and no plan. The platform data the police shared with the school showed the posts came from his home connection, ⟦IP|203.0.113.58⟧, late at night. He said it was "just lyrics".

**So what?** I had two reactions: worry about violence, and worry about criminalising a teenager for creative expression. In the assessment he was depressed, isolated and had been bullied for two years. The threats were aimed at a boy who had bullied him. There was no psychosis, no history of violence, and a lot of shame.

**Now what?** I did a structured risk assessment with the SAVRY and discussed it with the team. We started treatment for depression, involved his parents and the school's care coordinator, and agreed that he would take down the posts. I also contacted the wijkagent, the neighbourhood police officer, to make sure the response was proportionate. I want to understand drill culture better, because I suspect I was reading those lyrics as an outsider. The case taught me that risk and vulnerability are often in the same young person.
`,
  },
  {
    id: "tr-free-001",
    setting: "disaster paediatrics",
    role: "paediatric resident",
    text: `
I joined a volunteer paediatric team in the earthquake region for two weeks. One child I cannot stop thinking about is ⟦NAME|Elif Nur⟧, seven, who was pulled from the rubble on ⟦DATE|6 Şubat 2023⟧ after thirty hours and now lives with her grandmother, ⟦NAME|Hatice Nine⟧, in ⟦LOCATION|container 14, block C of the container city outside Türkoğlu⟧. Her parents did not survive.

I saw her for a follow-up of crush injury to her left leg, which had needed a fasciotomy. Her kidneys had recovered after dialysis. Physically she was doing well. But she did not speak during the whole visit, and her grandmother said she wakes screaming every night.

Her T.C. Kimlik number, ⟦ID|${tcKimlik("384520917")}⟧, was on the form for the psychosocial support programme, and I filled in the referral in the container kitchen while she drew a house with no roof.

I had trained in crush syndrome management, hyperkalaemia and rhabdomyolysis. I had not trained for this. Trauma-focused care for children after disasters needs safe routines, caregivers who are supported, and specialist help for those with persistent symptoms. Our team's child psychologist, Dr. Aydın, taught us basic psychological first aid, and I used it.

I want to learn more about child mental health in disasters. The physical recovery was the easy part.
`,
  },
  {
    id: "tr-what-002",
    setting: "nicu",
    role: "neonatal nurse",
    text: `
**What?** In our NICU in Ankara we screen babies born before 34 weeks or under 1,700 g for retinopathy of prematurity, following the Turkish Neonatal Society guideline. This month one baby's screening exam was delayed by a week because the ophthalmologist was on leave and nobody noticed the gap.

**So what?** The baby had stage 3 ROP with plus disease when finally examined and needed laser treatment urgently. The outcome was good, but it could easily have been different. Delayed ROP screening is a well-known cause of preventable blindness. I felt responsible because I had seen the date on the chart and assumed someone else had arranged it.

**Now what?** Dr. Yılmaz and I reviewed the process. We found that the screening list was kept on paper by one person. We have moved it to a shared electronic list with automatic reminders and a named nurse responsible each week. I have also learned to speak up when something looks overdue, even if I am not sure it is my job. The incident was reported through the hospital's patient safety system, and we discussed it at our unit meeting without blame, which helped everyone speak honestly.
`,
  },
  {
    id: "tr-gibbs-003",
    setting: "paediatric rheumatology",
    role: "medical intern",
    text: `
**Description.** During my paediatrics internship in Izmir I met a ten-year-old with recurrent episodes of fever, abdominal pain and chest pain lasting two or three days each, every few weeks. He had had an appendectomy two years earlier that showed a normal appendix.

**Feelings.** I was surprised that nobody had considered familial Mediterranean fever earlier, because it is common in our region.

**Evaluation.** Dr. Demir explained that FMF is a clinical diagnosis, supported by MEFV gene testing, and that the Tel-Hashomer and Yalçınkaya criteria help. The child met the criteria, and his father and uncle had similar attacks.

**Analysis.** The delay in diagnosis led to an unnecessary operation and years of missed school. FMF can also cause amyloidosis if untreated, so early diagnosis matters. Colchicine, starting at 0.5 mg daily for his age and increasing as needed, is effective and safe. I realised that common diseases in a population can still be missed when each episode is seen in isolation by a different doctor.

**Conclusion.** A careful family history and attention to the pattern of symptoms are powerful diagnostic tools.

**Action plan.** I will always ask about recurrent fevers and family history in children with abdominal pain, and I will read the EULAR recommendations on FMF management.
`,
  },
  {
    id: "ca-free-001",
    setting: "remote nursing",
    role: "nurse practitioner",
    text: `
I work at a nursing station in a fly-in community in northern Ontario. This month I cared for ⟦NAME|Tyson⟧, five, with recurrent ear infections and now a perforated eardrum and speech delay. He lives with his kokum, ⟦NAME|Bernice Moose⟧, in ⟦LOCATION|Kitchigami Lake First Nation⟧, and she has been raising four grandchildren since their mother moved to Thunder Bay for treatment.

The referral to ENT and audiology took three months, and the flight was cancelled twice because of weather. His OHIP number, ⟦ID|${ohip("5847-291-36")}⟧, was wrong on the first referral, so it bounced, which cost another month. I now check every number twice.

His kokum emails me questions from the band office computer, at ⟦EMAIL|bmoose.kokum@outlook.com⟧, because her phone has no data. Her questions are good ones: why does his ear keep draining, what does "tubes" mean, can she travel with him.

I have learned a lot about Jordan's Principle, which ensures First Nations children get the services they need without delays over which government pays. We used it to fund his hearing aids while waiting for surgery.

I want to advocate for tele-otology and for audiology visits to come to the community, so that children like ⟦NAME|Tyson⟧ do not spend their language-learning years unable to hear.
`,
  },
  {
    id: "ca-gibbs-002",
    setting: "paediatric emergency department",
    role: "paediatric resident",
    text: `
**Description.** In the paediatric emergency department in Winnipeg I assessed a three-month-old with a fever of 38.5 and no source. The baby looked well, was feeding, and had a normal examination.

**Feelings.** I was tempted to send the baby home because she looked so well, and I felt pressure from the full waiting room.

**Evaluation.** Dr. Tremblay, my staff physician, walked me through the Canadian Paediatric Society guidance on febrile infants and the newer risk stratification approaches. We sent a urinalysis, blood work including procalcitonin, and cultures.

**Analysis.** The urine showed a urinary tract infection, and the procalcitonin was normal, placing her in a lower-risk category. She was treated with oral antibiotics and discharged with follow-up within 24 hours. I realised that "looks well" is not reliable enough in young infants, and that structured tools like the Step-by-Step and PECARN rules exist precisely because our clinical impression can be wrong.

**Conclusion.** Structured approaches reduce variation and protect against both over- and under-investigation.

**Action plan.** I will learn the febrile infant pathways well, explain the reasons for testing to parents clearly, and make sure follow-up is arranged before discharge.
`,
  },
  {
    id: "ca-what-003",
    setting: "transition to adult care",
    role: "social worker",
    text: `
**What?** I work in a youth transition program in Vancouver for young people with complex medical needs moving from paediatric to adult care. This week I met a seventeen-year-old with cerebral palsy and epilepsy who uses a power wheelchair and a communication device. Her parents are terrified of the adult system.

**So what?** In paediatrics she has one team, one coordinator and one phone number. In adult care she will have separate neurologists, physiatrists, GPs and home support agencies. Her parents have been her advocates, but at nineteen she will legally make her own decisions, with support. We spent an hour discussing supported decision-making and a representation agreement under BC law. The young woman typed, "I want to decide about my own seizure medicine." Her parents were surprised.

**Now what?** We are using the ON TRAC framework to plan her transition over the next two years. I will arrange meetings with the adult neurology team before the handover, help her parents find a peer support group, and make sure her communication device is included in every appointment plan. I learned that transition is not only a medical process. It is also about a young person becoming an adult, and we need to give her space to do that.
`,
  },
  {
    id: "ie-free-001",
    setting: "paediatric orthopaedics",
    role: "paediatric registrar",
    text: `
⟦NAME|Aoife Ní Bhriain⟧ is thirteen and ⟦OTHER|the under-14 camogie goalkeeper for Cloonfad who got called up for the county panel last month⟧. She came to clinic with knee pain, and by the time I saw her the X-ray showed an osteosarcoma of the distal femur.

I have broken bad news before, but never to a teenager who asked me, before her parents could, "Will I play again?" I did not know. I said we would find out together, and that the oncology team would explain the treatment. She looked at me with something like contempt, which I probably deserved.

Her mother gave me the home Eircode, ⟦ADDRESS|F35 K2W4⟧, and her PPSN, ⟦ID|${ppsn("8372915")}⟧, for the medical card application, because the family would need help with travel to Dublin for chemotherapy.

Afterwards my consultant, Dr. Ó Súilleabháin, pointed out that teenagers are often more direct than adults and deserve direct answers, even when the answer is "I don't know yet, but here is who will". He suggested I avoid vague reassurance and use her words back to her.

I want to learn more about adolescent oncology and the AYA services, and to remember that for a young athlete, her sport is her identity. That has to be part of the conversation from the very first meeting.
`,
  },
  {
    id: "ie-what-002",
    setting: "paediatric ward",
    role: "paediatric nurse",
    text: `
**What?** On a night shift on our paediatric ward in Galway, a four-year-old admitted with gastroenteritis became drowsy and his blood glucose was 2.6 mmol/L. He had been on oral rehydration only and was not eating.

**So what?** I gave a bolus of 2 mL/kg of 10% dextrose as per our hypoglycaemia protocol, rechecked after fifteen minutes, and called the registrar. His sodium was 131 and ketones were high. I realised we had been so focused on his hydration that we had not checked his glucose since admission. The HSE's Paediatric Early Warning Score does not include glucose, and that gap is a well-known weak point.

**Now what?** I discussed with my clinical nurse manager, Siobhán, adding a glucose check at admission and every six hours for children with gastroenteritis who are not eating. We brought it to the ward safety huddle, and it is now in our admission checklist. I also reflected on my own practice: I should not rely only on the scoring system, and I should trust my instinct when a child looks different. I want to learn more about the metabolic complications of dehydration in young children and share what I learn with the student nurses.
`,
  },
  {
    id: "ie-comment-003",
    setting: "paediatric ward",
    role: "paediatric registrar",
    text: `
Great catch, and thanks for sharing. We had a similar near miss in our unit last winter. Adding the glucose check to the admission bundle was simple and has already picked up several low readings. PEWS is a useful tool but it is not everything. Trusting the nurse who says "he just doesn't look right" saves children.
`,
  },
  {
    id: "co-free-001",
    setting: "rural paediatrics",
    role: "rural doctor",
    text: `
During my año rural in Boyacá I met ⟦NAME|Valentina Rojas Quintero⟧, six, who had walked with her father for three hours from ⟦LOCATION|vereda El Cedral alta⟧ to the health post. She had a fever, a cough and chest indrawing, and her saturation was 86%. It was ⟦DATE|15 de marzo de 2025⟧, and the ambulance was out on another call.

I started oxygen from our only cylinder, gave ampicillin, and arranged transfer to the regional hospital in a milk truck, because that was the vehicle available. Her NUIP, ⟦ID|1.048.672.315⟧, was on her tarjeta de identidad, which her father carried in a plastic bag with her vaccination card.

She survived, and I saw her a month later, playing outside the school.

What I learned: the IMCI guidelines (AIEPI in Colombia) assume that a referral means a child reaches a hospital. In the mountains, referral is a logistics puzzle. I learned more about ambulances, radio networks and milk trucks than about antibiotics. I also learned to trust families who walk for hours; they know the child is sick.

I want to push for a second oxygen cylinder and a pulse oximeter for the health post, and I want to write about rural paediatrics for the students who will follow me.
`,
  },
  {
    id: "co-what-002",
    setting: "kangaroo mother care",
    role: "paediatric resident",
    text: `
**What?** During my neonatology rotation in Bogotá I spent a week in the kangaroo mother care programme, which began in this city in 1978 with Dr. Edgar Rey Sanabria. I watched mothers and fathers carry their small babies skin to skin, many of them under 1,500 g, and go home far earlier than babies in incubators.

**So what?** I had read about the Kangaroo Mother Care method in textbooks, but seeing it in practice changed my understanding. It is not just warmth; it is breastfeeding, early discharge, and parents becoming confident caregivers. The WHO now recommends immediate kangaroo care for small and preterm babies, based on trials showing reduced mortality. I was surprised to see fathers doing it as naturally as mothers.

**Now what?** Dr. Charpak's team's long-term follow-up studies are fascinating, and I plan to read them properly. In my next rotation, I want to help implement kangaroo care earlier in the NICU, where we still keep stable babies in incubators too long out of habit. I also want to learn how to support families who cannot be at the hospital all day because of work or distance. The programme is Colombian, and I feel proud of that, and responsible for carrying it forward.
`,
  },
  {
    id: "co-comment-003",
    setting: "rural paediatrics",
    role: "medical student",
    text: `
Qué historia. I did my rural rotation two veredas from there and the milk truck is still the ambulance. I think I met ⟦NAME|Valentina⟧'s father at the health post in ⟦LOCATION|El Cedral⟧; he talks about you. Maybe remove her NUIP before the post goes public. The oxygen cylinder campaign has my vote.
`,
  },
];
