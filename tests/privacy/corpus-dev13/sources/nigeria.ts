import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: house jobs, PHC midwifery, pharmacy, nursing, physiotherapy and students. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
Call day in Female Medical Ward, ⟦FACILITY_ROOM|UNTH Ituku-Ozalla⟧. ⟦NAME|Mama Ngozi⟧ (everybody calls her that, even the consultants) came in with CCF again, 3rd admission this year. Bilateral pedal oedema up to the knees, JVP raised, basal creps. IV furosemide 40 mg BD, fluid restriction, daily weights. The problem is the drugs at home — she stops them when money finishes. Her first son gave me his line ⟦PHONE|0803 555 2917⟧ and said call him before we discharge so he can "arrange", which means buy drugs for 1 month only.
Learning: heart failure management is 30% pharmacology and 70% money and follow-up. I want to find out if the hospital social welfare unit can help. Ask Dr. Eze tomorrow.
`,
  },
  {
    id: "ng-what-002",
    setting: "pharmacy",
    role: "hospital pharmacist",
    text: `
What? A child came back with malaria not responding after 3 days of "Coartem" bought from a patent medicine store in the market. We checked the pack: wrong font, no NAFDAC number, no scratch code. Our lab showed the parasitaemia still high.

So what? Counterfeit artemether-lumefantrine is not rare, and every failure makes parents lose trust in the real drug. The child was lucky, we switched to IV artesunate 2.4 mg/kg and she responded.

Now what? Me and Pharm. Tunde wrote a short poster in English, Yoruba and Pidgin on how to use the Mobile Authentication Service scratch code. We'll put it in the children OPD and the antenatal clinic. I'll also report the batch to NAFDAC through the pharmacovigilance form. Small steps, but this one vexed me.
`,
  },
  {
    id: "ng-free-003",
    setting: "midwifery",
    role: "midwife (primary health centre)",
    text: `
PHC delivery on ⟦DATE|Boxing Day⟧. Light went off twice, we finished with phone torch. ⟦NAME|Blessing⟧, 19, primip from ⟦LOCATION|Amaeke-Item⟧, came already fully dilated after walking from the junction. Baby boy cried immediately, 3.1 kg. Then she bled, a lot. Uterus boggy, I did bimanual compression while my colleague Nurse Halima gave oxytocin 10 IU IM and started the second line. Misoprostol 800 mcg sublingual. Bleeding stopped after maybe 15 minutes that felt like 2 hours.
We referred her for transfusion, Hb was 6.
Reflection: the PPH drill we did in November saved her. Everybody knew their job without shouting. What we lacked was light and a second bag of fluid. I'm writing to the ward development committee for a solar lamp.
`,
  },
  {
    id: "ng-gibbs-004",
    setting: "obstetrics",
    role: "medical student (500 level)",
    text: `
Description — O&G posting, labour ward. I was allowed to conduct my first delivery under supervision of Dr. Adebayo. Normal vertex delivery, active management of third stage, placenta complete.
Feelings — hands shaking, heart racing, then pure joy when the baby cried.
Evaluation — I did the controlled cord traction too early and the midwife stopped me. Perineum intact, thank God.
Analysis — I knew the steps from the textbook but not the timing. You wait for signs of separation: lengthening of the cord, gush of blood, uterus rising. I was rushing because everybody was watching.
Conclusion — slow is smooth, smooth is fast.
Action plan — watch five more deliveries before conducting again, use the mannequin in the skills lab on Saturday with Chioma and Emeka, and read the WHO intrapartum care recommendations (2018). And buy my own goggles, the department ones are all scratched.
`,
  },
  {
    id: "ng-free-005",
    setting: "emergency department",
    role: "emergency nurse",
    text: `
RTA night in Lagos. Okada rider, ⟦NAME|Kunle⟧, came in with open tib-fib fracture and a head injury, GCS 13. The passenger was fine and ran away before we could ask anything. Police came for the bike details, ⟦OTHER|KJA 412 XY⟧, and wanted the patient's statement while he was vomiting. I told them to wait.
We splinted, gave IV ceftriaxone and tetanus toxoid, sent him for CT which the family had to pay for upfront before the scan. 2 hours delay for money.
Learning: advocate for the patient even against police. And trauma care here depends on who can pay fastest. I don't have solution for that one, but I documented the delay clearly so it's on record.
`,
  },
  {
    id: "ng-comment-006",
    setting: "obstetrics",
    role: "senior registrar (O&G)",
    text: `
Well written. Premature traction is the commonest error I see with students — better you learn it under supervision than alone at 3 a.m. Read about uterine inversion so you know why the midwife stopped you. Next posting, ask to do the partograph for every woman you follow, not just the delivery. Proud of you.
`,
  },
  {
    id: "ng-free-007",
    setting: "night shift",
    role: "intern (house officer)",
    text: `
night call. sickle cell crisis x2, one was a 16yr girl in severe pain, score 9/10, she has been admitted like 7 times this year so some nurses say "she just wants pentazocine". I gave IV fluids, oxygen, pentazocine 30mg, and sat with her for a bit. Her Hb was 6.2 from baseline of 8, retics up. Not faking anything.
The labels we put on sickle cell patients are so harmful. Dr. Akinola always says treat the pain first, investigate the attitude later.
What I'll do: push for the morphine PCA protocol the haematology team is drafting, and read the 2014 NHLBI guideline section on vaso-occlusive crisis. Also need to sleep. 36 hours awake. Lord help me.
`,
  },
  {
    id: "ng-comment-008",
    setting: "internal medicine",
    role: "house officer",
    text: `
You are talking about ⟦NAME|Mama Ngozi⟧! She was on our unit in April too. Her son will promise everything, please call the social welfare officer directly, Mrs Obi, she helped us get free drugs for her for 3 months through the indigent scheme. Also check her potassium before you discharge, she was low on spironolactone last time.
`,
  },
  {
    id: "ng-free-009",
    setting: "physiotherapy",
    role: "physiotherapy student (400 level)",
    text: `
Clinical posting at the neuro unit in Ibadan. Today I assessed a man with Guillain-Barré syndrome, day 10, MRC power 2/5 in lower limbs, areflexia, vital capacity monitored 4 hourly. My supervisor Mr. Ogunleye asked me why we don't do aggressive strengthening yet. I said "fatigue" and he smiled and said "tell me more".
So I read about overwork weakness in GBS. Short frequent sessions, stop before fatigue, positioning to prevent contractures, chest physio.
Reflection: in class GBS was one page. At the bedside it is a frightened man asking if he will walk to church again. I said probably yes, most recover, but it can take months. I hope that was correct. Next, I'll revise the Hughes disability scale before Friday.
`,
  },
];
