import type { SourceItem } from "../../corpus/types.ts";

/** Cameroon. */
export const CM: readonly SourceItem[] = [
  {
    id: "cm-gibbs-001",
    setting: "paediatrics",
    role: "general practitioner",
    text: `
Description: I am a GP at a district hospital in the North-West Region. On ⟦DATE|Thursday 20 May⟧, National Day, a woman carried her son, ⟦NAME|Ngwa Divine Che⟧, about seven, from ⟦LOCATION|Bali Nyonga, the compound behind the Fon's palace⟧. He had had a high fever for four days and was now convulsing. His father, ⟦NAME|Pa Che Elias⟧, arrived later on a motorbike and called his brother from ⟦PHONE|+237 677 555 214⟧ to borrow money for the drugs.

Feelings: Fear, and a kind of tiredness that comes from seeing the same thing every week.

Evaluation: RDT positive. I treated for severe malaria with artesunate, managed the seizures with diazepam, gave glucose, and did an LP to rule out meningitis (clear). ⟦NAME|Divine⟧ woke up on day two and asked for puff-puff.

Analysis: Because of the crisis in the Anglophone regions, families delay coming to hospital; roads are closed on "ghost town" Mondays and people are afraid of checkpoints. The delay nearly killed this child. The hospital is also short of staff since several nurses left for Douala and Yaoundé.

Conclusion: Clinical skill mattered, but the delay mattered more.

Action plan: I want to train community relays in danger-sign recognition and pre-referral rectal artesunate, as the WHO recommends (2023), so children get a first dose before the journey.
`,
  },
  {
    id: "cm-what-002",
    setting: "surgery",
    role: "surgery resident",
    text: `
What? I'm a surgery resident in Yaoundé. This week, I assisted at a repair of a strangulated inguinal hernia in a farmer who had had the hernia for fifteen years and never had the money for elective surgery. Bowel resection was needed. Long operation, and a long recovery.

So what? I realised how many of our emergency operations are elective operations that were never done. The Lancet Commission on Global Surgery (2015) estimated that five billion people lack access to safe, affordable surgery. I'd read that number in my first year and thought of it as a statistic. This week it had a face.

I also thought about our training. We learn to do emergencies well because we do so many. But I wonder whether we'd be better surgeons if we could do more elective work, with time to teach.

Our chief, Prof. Essomba, says that the answer is surgical camps — weekend lists of hernia repairs in district hospitals, with mesh and local anaesthetic. He has done several in the East Region.

Now what? I've volunteered for the next camp. I'm going to learn the Lichtenstein repair under local anaesthetic properly. And I'll try to collect data on how many emergency hernia operations we do in a year, for an audit. The Indomitable Lions play on Saturday; the whole ward will stop.
`,
  },
];
