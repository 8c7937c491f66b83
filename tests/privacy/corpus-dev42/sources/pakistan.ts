import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../gen.ts";

/** Pakistan: XDR typhoid, polio campaign, paediatric HIV cluster, OTC antibiotics, rabies, dengue, measles, TB. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "paediatrics",
    role: "house officer",
    text: `
Description. In my paediatrics rotation I admitted ⟦NAME|Zainab⟧, six years old, with ten days of fever and a blood culture that grew Salmonella Typhi resistant to ceftriaxone and ciprofloxacin. She lay in ⟦FACILITY_ROOM|bed 11 of Children Ward 2 at Qasimabad Welfare Hospital⟧ on IV meropenem, and later oral azithromycin. Her father, ⟦NAME|Abdul Sattar⟧, gave his CNIC, ⟦ID|${cnic("41306 8827419", "m", 5)}⟧, and mobile, ⟦PHONE|0301-5550876⟧, for the district surveillance form.

Feelings. I felt helpless at first. XDR typhoid was something I had read about in journal articles, not something I expected in a six-year-old on my first week.

Evaluation. The ward handled it well: cultures before antibiotics, the right drug within hours, and notification to the district health office the same day. What went less well was prevention. Nobody in the family had been offered the typhoid conjugate vaccine during the 2019 campaign because they had moved from a rural area afterwards.

Analysis. Dr. Memon, our unit head, explained that XDR typhoid spread in Sindh because of contaminated water and overuse of antibiotics bought without prescription. Meropenem and azithromycin are now among the few options left, and we must protect them.

Conclusion. A single culture result connects a child's bedside to the water supply of a whole neighbourhood.

Action plan. I will always send blood cultures before antibiotics in enteric fever, and I have asked the EPI focal person how families who move can get typhoid conjugate vaccine.
`,
  },
  {
    id: "pk-what-002",
    setting: "vaccination drive",
    role: "lady health worker",
    text: `
What? I have been a Lady Health Worker for eleven years. In the last polio campaign our team covered 640 houses in five days in a union council on the edge of Karachi. We gave two drops of nOPV2 and bOPV to children under five, marked fingers and doors, and recorded refusals. We had 23 refusals, most of them in one street where a rumour had spread that the drops cause infertility.

So what? I used to argue with refusing families, quoting the ulema who support vaccination and the WHO numbers. It never worked. This year our supervisor, Dr. Farah, suggested a different approach: send the same LHW back again and again, drink the tea, ask about the children's health, and only talk about drops when asked. By the last day, 15 of the 23 families had accepted. I also learnt that many refusals were really anger about other things, no clean water, no gas, no doctor at the basic health unit.

Now what? I will keep visiting the remaining families outside campaign days, when I am there for antenatal checks and family planning, not only polio. Pakistan and Afghanistan are the last two countries with wild poliovirus, and every child counts. I will also tell new LHWs that patience works better than arguments, and that the tea is part of the job.
`,
  },
  {
    id: "pk-free-003",
    setting: "hiv clinic",
    role: "paediatric nurse",
    text: `
I work at a paediatric HIV treatment centre, and this year a cluster of children from one small town was referred to us after a screening camp. One of them was ⟦NAME|Muhammad Ibrahim⟧, three years old, whose B-form number ⟦ID|${cnic("45102 2214583", "m", 7)}⟧ was the only document the family had brought. His mother had tested negative; his father too. The most likely source was a reused syringe at a private clinic where he had been given injections for a cough.

I found the first visit very hard. ⟦NAME|Ibrahim⟧'s grandmother asked me, in front of other families, whether he would die. I had been taught to avoid promises, so I said we would do our best, which was the wrong answer. She cried. Later, our counsellor, Sister Nasreen, explained to her that children on treatment today grow up, marry and have children of their own, and that his syrup would have to be taken every day, forever.

He started a dolutegravir-based regimen on ⟦DATE|12 Rabi ul Awwal⟧, which his family chose because it is a blessed day. His viral load was undetectable at six months.

I have learnt two things. First, that honest hope is better than cautious silence. Second, that as nurses we can be part of prevention: I now speak at every camp about asking for a new syringe, and I tell families they have the right to watch the packet being opened.
`,
  },
  {
    id: "pk-free-004",
    setting: "antimicrobial stewardship",
    role: "community pharmacist",
    text: `
I work in a community pharmacy in Rawalpindi, and I estimate that half of the antibiotics we sell are bought without a prescription. Customers ask for "a strong one" for a sore throat, or bring an old strip of cefixime and ask for the same again. For years I sold them. The law is clear on paper, but the shop next door sells anything, and the owner pays my salary.

Last month I attended a training session on antimicrobial resistance run by the provincial health department. The trainer, Dr. Hina, showed the WHO AWaRe list: amoxicillin is an "Access" antibiotic, but cefixime and azithromycin are "Watch" antibiotics that should not be the first choice for most infections. She also showed local data on XDR typhoid and ESBL-producing E. coli in urine. It changed how I see my counter.

I cannot refuse every customer, but I have started asking three questions: how many days of fever, is there a cough or burning urine, and has a doctor seen you? For a simple sore throat without fever, I now recommend paracetamol, salt-water gargles and fluids, and I explain why an antibiotic will not help. About a third of people accept. Some leave and buy it next door.

I am keeping a notebook of these conversations. If I can show my owner that customers come back because they trust our advice, perhaps he will support me. Change in a pharmacy is slow, but it starts at the counter.
`,
  },
  {
    id: "pk-gibbs-005",
    setting: "emergency department",
    role: "medicine resident",
    text: `
Description. ⟦NAME|Ghulam Fareed⟧, a 40-year-old farmer from ⟦LOCATION|Basti Malik Wala near Muzaffargarh⟧, was brought to our emergency with fear of water and agitation, five weeks after a dog bite on his leg. He had gone to a local healer and then to a dispensary that had no vaccine. His MR number was ⟦ID|MZG-24-118094⟧. He died thirty hours later in the isolation room.

Feelings. Grief and anger. This is a disease we can prevent completely, and I watched it kill a man in front of his sons.

Evaluation. The care in our department was humane: sedation, privacy, and staff protection. But there was nothing curative to offer, and I knew it from the first minute.

Analysis. Dr. Qureshi explained that the problem is the chain before the hospital: no wound washing, no vaccine at the first facility, no immunoglobulin anywhere nearby, and no information about dog control. WHO now recommends shorter intradermal schedules that use less vaccine, which could make supply easier in rural dispensaries. Washing the wound with soap and water for fifteen minutes alone reduces the risk greatly, but the family had never heard this.

Conclusion. Rabies deaths are failures of systems, not of patients.

Action plan. I have started giving a short talk on wound washing and the vaccine schedule to every family who brings a bite patient to our emergency, and I am helping our department compile data for the district on how many bite victims arrive without any prior vaccine.
`,
  },
  {
    id: "pk-what-006",
    setting: "ward round",
    role: "medical student",
    text: `
What? During the dengue season, our medical unit in Lahore admitted more than twenty patients in one week. On the ward round, Dr. Saima taught us to follow the platelet count and haematocrit twice daily, and to watch for warning signs: abdominal pain, persistent vomiting, mucosal bleeding, and a rising haematocrit with falling platelets. One man in his fifties had a platelet count of 18,000 but no bleeding, and his family kept demanding a platelet transfusion.

So what? I was surprised that the doctors refused. Dr. Saima explained that the WHO 2009 dengue guideline and later evidence show that prophylactic platelet transfusion does not prevent bleeding in dengue, and can cause fluid overload. The real danger is plasma leakage in the critical phase, usually around days four to six, not the platelet number. She spent twenty minutes explaining this to the family, who had been told by relatives that "platelets are life."

Now what? I understood that the hardest part of managing dengue is often managing fear. I want to learn how to explain the critical phase simply, and I have written a short explanation in Urdu for families with the help of a house officer. I also want to read more about the NS1 test and why it becomes negative after the first few days.
`,
  },
  {
    id: "pk-free-007",
    setting: "community health",
    role: "lady health visitor",
    text: `
During a measles outbreak in our union council, I visited a household where a two-year-old boy had died the week before. His grandmother, ⟦NAME|Amma Bashiran Bibi⟧, who is ⟦AGE|95⟧ and has lived in that house since before Partition, asked me to sit with her. She said she had buried two of her own children from measles in the 1950s and never thought she would see it again in her grandchildren.

The boy had never been vaccinated. His parents were not against vaccines; the family had no birth registration, and the vaccinator had not visited their lane for months. Three more children in the family had measles when I visited, and I arranged for them to receive vitamin A and be referred. The younger uncle gave me his number, ⟦PHONE|0345-5552190⟧, so that I could follow up.

I am a health visitor, not a doctor, and I often feel my work is invisible. That day I felt the weight of it. I also felt anger, because measles vaccine costs so little and our EPI schedule gives it at nine and fifteen months for free.

I have learnt to ask about every child in the household, not only the ones on my list, and to report missing lanes to the district immunisation officer at once. I am also learning to listen to grandmothers like her. Their memories of measles are the strongest argument for vaccination I have ever heard.
`,
  },
  {
    id: "pk-gibbs-008",
    setting: "tb programme",
    role: "intern",
    text: `
Description. During my TB clinic posting, I prescribed the first-line fixed-dose combination to a young woman with smear-positive pulmonary TB. I calculated the dose by her weight of 38 kg, but chose the wrong weight band, giving her three tablets instead of two. The pharmacist noticed and asked me to check.

Feelings. Embarrassed, but grateful. I had been confident because I had done the same calculation many times.

Evaluation. No harm occurred, because the error was caught before dispensing. But an extra tablet of rifampicin, isoniazid, pyrazinamide and ethambutol daily for two months could have caused liver toxicity or visual problems.

Analysis. The national TB programme uses weight bands: 25 to 39 kg, 40 to 54 kg, 55 to 70 kg, and above 70 kg. I had confused the boundaries, thinking of 38 as "close to 40". Our senior registrar, Dr. Saleem, said this is a common mistake and that weight should always be measured, not estimated, and the band written on the card.

Conclusion. Simple calculations deserve the same care as complex ones, especially when a patient will take the drug for six months.

Action plan. I now write the measured weight and band on every TB treatment card, and I ask the pharmacist or another doctor to double-check the first prescription. I have also suggested a printed weight-band chart for every consulting room.
`,
  },
  {
    id: "pk-comment-009",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `
Good reflection. I was the registrar on call when ⟦NAME|Zainab⟧ came in, and you should know she is back at school now. But you have put her father's CNIC and phone number in the post. Please remove them, and the ward and bed as well. Otherwise the rest is an excellent example of why we should always culture before antibiotics.
`,
  },
];
