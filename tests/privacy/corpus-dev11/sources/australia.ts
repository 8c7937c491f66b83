import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia items: remote health, psychiatry, NICU, retrieval, prison health, oncology, ICU, rural GP. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote Aboriginal health",
    role: "remote area nurse",
    text: `Clinic week in East Arnhem. I drove out to ⟦LOCATION|the homeland at Gan Gan, two houses past the airstrip windsock⟧ to see ⟦NAME|Nanna Dhuwarrwarr⟧, who has rheumatic heart disease and hasn't had her benzathine penicillin for three months.

The clinic system kept flagging her as overdue, and I'd rung her granddaughter ⟦NAME|Yalu⟧ on ⟦PHONE|0491 570 158⟧ twice. No answer — the phone was with a cousin in Nhulunbuy. This is the normal story. Secondary prophylaxis works only if it is given every 28 days, and our adherence across the region hovers around 60%.

Her Medicare number, ⟦ID|${medicare("2953 1847", 2)}⟧, was wrong on the script (an old card), so the pharmacy in town had sent the wrong record. I fixed it on the spot.

She agreed to the needle under the tree, with lignocaine mixed in, which the RHD Australia guidelines (2020) now support. She laughed at me for wincing more than her. We yarned about her painting and the footy. I drove back along the corrugations thinking about how much of "non-adherence" is just distance.`,
  },
  {
    id: "au-what-002",
    setting: "psychiatry",
    role: "psychiatry registrar",
    text: `What?
Admitted a 16-year-old with anorexia nervosa to the adolescent unit in Melbourne. BMI 13.4, heart rate 38 overnight, phosphate 0.9 at baseline. She was furious and exhausted, and so were her parents.

So what?
Refeeding syndrome is the thing everybody fears, and I over-feared it. The old "start low, go slow" advice has been challenged; the 2014 RANZCP guidelines and newer evidence support starting higher (around 2,000 kcal/day in adolescents) with phosphate supplementation and monitoring. My consultant, Dr Nguyen, pushed me to follow that. Phosphate fell to 0.6 on day 3, we supplemented, and it recovered.

Now what?
I want to be better at the family meeting. Family-based treatment (Maudsley approach) is the evidence-based option at this age, and it means handing power back to the parents, which is hard when they're so frightened. I've signed up for the FBT workshop in October. Also the AFL grand final is the same weekend and Hawthorn are somehow in it, so my concentration may be divided.`,
  },
  {
    id: "au-gibbs-003",
    setting: "neonatology",
    role: "neonatal intensive care nurse",
    text: `Description: ⟦NAME|Mia-Rose Tuilagi⟧ — "⟦NAME|Bub⟧" to her dad, who wouldn't use her name until she was off the ventilator — was born at 25 weeks on ⟦DATE|Australia Day⟧ and spent her first eight weeks in ⟦FACILITY_ROOM|Cot 14 in the Grace Centre at Westmead⟧. NEC on day 19, laparotomy, stoma.

Feelings: Attached. You are not supposed to say that, but I was.

Evaluation: Her dad, ⟦NAME|Sione⟧, emailed us updates from ⟦EMAIL|sione.tuilagi.nrl@outlook.com⟧ after she was transferred out, with photos. The unit doesn't have a policy on this and I wasn't sure whether to answer.

Analysis: Family-integrated care is our model now and it works: earlier discharge, better weight gain. But it also blurs the line between nurse and family friend. The emails were lovely. They also contained her stoma output, her weight and her photo.

Conclusion: I replied once, kindly, and redirected him to the follow-up clinic.

Action plan: Talk to our nurse unit manager, Louise, about a simple guide for staff on keeping in touch after discharge.`,
  },
  {
    id: "au-free-004",
    setting: "aeromedical retrieval",
    role: "retrieval registrar (anaesthetics)",
    text: `Six months with the Royal Flying Doctor Service out of Broken Hill, and I want to write down what I've learnt about intubating in the back of a King Air.

You don't. Or rather, you try very hard not to. The rule we work by: if the patient may need a tube, they get the tube on the ground, in the clinic, with the lights and the suction and two of you. Ketamine 1–2 mg/kg, rocuronium 1.2 mg/kg, videolaryngoscope first pass. Then you fly.

The rest is logistics. Weight limits. Oxygen calculations for a 90-minute flight. The distances: four hundred kilometres to the nearest CT. Heat in summer that makes the drugs uncomfortable. A station manager's wife holding a torch because the clinic lights failed.

I've been humbled by the remote area nurses, who do things alone at 2am that I'd want three people for. Melbourne Cup day was the only day this month nothing happened; the whole base watched the race. Heading back to the city in March for my final exam, and I'm not sure I want to.`,
  },
  {
    id: "au-comment-005",
    setting: "rural general practice",
    role: "GP supervisor",
    text: `Good reflection on the driving assessment, and you handled the conversation about his licence very gently. Please edit before publishing though: the ute's rego, ⟦OTHER|482 KJQ⟧, plus ⟦OTHER|the only saddler in Winton⟧ makes him identifiable to half of central Queensland. The Austroads fitness-to-drive points are the teaching part; they stand alone.`,
  },
  {
    id: "au-free-006",
    setting: "prison health",
    role: "prison medical officer",
    text: `First month working at ⟦FACILITY_ROOM|the Alice Springs Correctional Centre clinic⟧. One patient has taken up most of my head.

⟦NAME|Jarrah Campbell⟧, 23, on remand, type 1 diabetes since childhood, arrived with a FreeStyle Libre reader (sensor serial ⟦DEVICE|3MH00B8L4KQ⟧) that the officers weren't sure he was allowed to keep. His HbA1c was 11.8%. His grandmother, ⟦NAME|Nana Rosie⟧, rang the clinic every day that first week.

We got the reader approved. But the meal times in custody don't match insulin timing, and night hypos aren't noticed until the morning count. The CGM data, synced through the LibreView portal from the clinic's machine at ⟦IP|203.0.113.87⟧, showed three lows under 3.0 in one week, all between 2 and 5am.

I've rewritten his regimen to degludec plus rapid-acting with meals, and negotiated a supper snack. It is small stuff. The big stuff — why a 23-year-old Arrernte man with T1DM is on remand for an unpaid fine — is beyond my prescription pad, though I've started writing to the ALS about it.`,
  },
  {
    id: "au-what-007",
    setting: "oncology",
    role: "haematology registrar",
    text: `What?
Our first CAR-T patient in Perth, a 61-year-old with relapsed diffuse large B-cell lymphoma. Day 2 after infusion: fever 39.4, BP 84/50. Cytokine release syndrome, grade 2.

So what?
I'd read the ASTCT consensus grading (2019) and I knew the protocol: tocilizumab 8 mg/kg, repeat if needed, then dexamethasone. What I hadn't appreciated was how fast it moves. By day 5 he had ICANS — couldn't write a sentence, ICE score 6 — and the neurology part of the protocol kicked in. He recovered fully by day 12.

Now what?
I'm running an education session for the ward nurses on the ICE score, because they pick up ICANS first. I also want to understand the cost-effectiveness debate: these therapies are enormously expensive, and the PBAC decisions matter for patients in WA who have to relocate to Perth for a month. Results for my FRACP written exam are out next week. Fremantle Dockers are not helping my mood.`,
  },
  {
    id: "au-free-008",
    setting: "intensive care",
    role: "ICU registrar",
    text: `Melioidosis season. ⟦NAME|Pop Keith Mahony⟧ — ⟦AGE|91⟧, diabetic, living in ⟦LOCATION|a caravan at site 23 behind the Berry Springs tavern⟧ — came to us after the first big storm of the wet, septic, with a liver abscess and pneumonia.

He was in ⟦FACILITY_ROOM|Bed 9, ICU at Royal Darwin⟧ for two weeks. Meropenem 1 g eight-hourly, then ceftazidime, then a long tail of co-trimoxazole eradication therapy. Burkholderia pseudomallei in the blood cultures on day 2. His pacemaker (serial ⟦DEVICE|PJN418227H⟧) had to be interrogated because his rhythm went strange on noradrenaline.

What I keep coming back to is how normal this is in the Top End and how foreign it was to me. I trained in Adelaide. I'd never heard of melioidosis until orientation. The Darwin prospective study (running since 1989) is the best data in the world, and our consultants co-wrote half of it.

Pop went home to the caravan. His neighbour drives him to the clinic. He told me the storm brought it up from the soil "like the old days". He's right, it does.`,
  },
  {
    id: "au-gibbs-009",
    setting: "rural general practice",
    role: "GP registrar",
    text: `Description: A 45-year-old dairy farmer on the north-west coast of Tasmania, two weeks of fever, sweats and headache, LFTs deranged. I thought of viral hepatitis. My supervisor, Dr Bell, asked whether anyone on the farm was calving.

Feelings: Sheepish. Q fever was on my list; I'd put it near the bottom.

Evaluation: Coxiella serology came back positive. Doxycycline 100 mg twice daily for 14 days. Echo to exclude endocarditis (normal). We notified the public health unit.

Analysis: Q fever is a notifiable zoonosis and there is a vaccine (Q-VAX) that requires skin testing first. Most farmers here aren't vaccinated. The Australian Immunisation Handbook recommends it for all abattoir workers and livestock farmers.

Conclusion: Occupational history first, not last. Always ask about animals in rural practice.

Action plan: Run a practice audit of farmers' Q fever vaccination status; organise a skin-test clinic before the spring calving. Personal note: I grew up in Burnie and never once heard of Q fever at school.`,
  },
];
