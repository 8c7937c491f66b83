import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: metropolitan and regional ICUs, retrieval, burns, donation, First Nations families. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "regional icu",
    role: "ICU registrar",
    text: `Eight-bed ICU in regional Queensland. Tonight's lesson: the retrieval plane is never as close as you think.

⟦NAME|Mr Wayne "Dusty" Kennard⟧, 58, from ⟦LOCATION|the Kennard cattle station out past Muttaburra⟧, rolled his quad bike and came to us with flail chest and a splenic laceration. His wife ⟦NAME|Shaz⟧ drove four hours behind the RFDS plane. She gave me her mobile, ⟦PHONE|0491 570 118⟧, and his Medicare card, ⟦ID|${medicare("2953 1847", 2)}⟧, out of an esky along with a packet of Arnott's.

We intubated, put in bilateral drains, gave blood and TXA and waited for the retrieval team to Brisbane. Six hours. The consultant, Dr Ngata, stayed on the phone with us the whole time.

What I want to remember: the plan B list we wrote on the whiteboard at 1 a.m. — what we'd do if he arrested, if the plane was diverted, if we ran out of O-negative. Writing it down made the room calmer. I'll do it every time now.`,
  },
  {
    id: "au-what-002",
    setting: "icu delirium",
    role: "ICU nurse educator",
    text: `What? Our ICU introduced a "Sleep Well" bundle: lights down at 22:00, alarms lowered, earplugs and eye masks offered, obs clustered so we don't wake patients every hour.

So what? Delirium days fell modestly over the first six months, but more importantly the night staff felt they were allowed to protect sleep. Before, a sleeping patient with a due obs round felt like a rule being broken. Now it feels like care.

Now what? We'll keep auditing CAM-ICU scores and add a family survey. I'm also talking with our Aboriginal Liaison Officer, Aunty Val, about what a good night looks like for First Nations patients far from Country, because for some of them being alone at night is the worst part.`,
  },
  {
    id: "au-free-003",
    setting: "burns icu",
    role: "burns ICU nurse",
    text: `Sharing with the unit's permission — details changed.

A bushfire summer leaves you with patients you never forget. This one was a volunteer firefighter, 41 per cent TBSA, inhalational injury, the Parkland formula on a whiteboard and a bronchoscopy every morning.

What I learnt in those weeks:
- Fluid creep is real. We had to stop, look at urine output and albumin, and cut back.
- Dressing changes are the patient's worst hour every day. Ketamine and good music beat ketamine alone.
- The family need a job. His partner learnt to do his mouth care and told me it was the only time she felt useful.
- The team needs debriefs. Our psychologist, Dr Sellars, ran one after each hard shift, and I went to all of them.

He left ICU after 38 days and walked into rehab on his own. I've kept the card he sent.`,
  },
  {
    id: "au-comment-004",
    setting: "burns icu",
    role: "physiotherapist (reply)",
    text: `The "family need a job" line is so true. In our unit we give families the splint-check and ROM chart and it changes everything. And agree on music during dressings — our patients pick the playlist. Thank you for writing this with the details changed; it reads just as powerfully.`,
  },
  {
    id: "au-gibbs-005",
    setting: "organ donation",
    role: "donation specialist nurse",
    text: `Description: Donation after circulatory death in a young man from ⟦LOCATION|Yuendumu⟧. ⟦NAME|Jupurrurla⟧ (the family asked us to use his skin name, not his given name, after his passing) had a catastrophic hypoxic brain injury. His mother and aunties came on ⟦DATE|Saturday 11 May⟧ and sat with him in ⟦FACILITY_ROOM|Bed 7, Alice Springs Hospital ICU⟧ for a whole day, singing.

Feelings: Humbled. Unsure of my place.

Evaluation: We asked the Aboriginal Liaison Officer to lead the conversation. She did it in Warlpiri. I only spoke when the family asked me a question.

Analysis: Our usual process — a meeting room, a script, a timeline — was the wrong shape. The family needed time on Country, and we brought smoke from outside with the infection control nurse's blessing.

Conclusion: Flexibility isn't a favour; it's part of consent.

Action plan: Cultural consultation with the local land council before we revise our DCD protocol.`,
  },
  {
    id: "au-free-006",
    setting: "paediatric icu",
    role: "PICU fellow",
    text: `A paediatric intensive care fellow's reflection on the "ward round theatre".

On our PICU, rounds are long, and parents listen to all of them. I used to think that was fine; transparency is good. Then a mum told me she had heard "poor prognosis" about the child in the next bed space and thought for an hour it was her son, ⟦NAME|Lachie⟧.

What I changed:
1. I say the child's first name before anything about them, so parents know whose story it is.
2. Sensitive news never on the open round. We take the family aside after.
3. I ask the bedside nurse, "Does the family know this yet?" before I present.
4. Jargon gets translated on the spot. "Inotropes" becomes "heart medicines".

None of this is new; the Family Integrated Care people have said it for years. But it took one mum's hour of terror for me to understand it.`,
  },
  {
    id: "au-what-007",
    setting: "ecmo",
    role: "ICU physiotherapist",
    text: `What? I mobilised a patient on VV-ECMO for the first time: ⟦NAME|Mrs Kylie Brennan⟧, 37, in ⟦FACILITY_ROOM|pod C, bed 21, at The Alfred ICU⟧. Femoral-jugular cannulation, circuit serial ⟦DEVICE|HLS-7050-A2291⟧ on the pump head. We got her standing beside the bed, a perfusionist holding the lines, two nurses and me.

So what? Her face when she stood was something I'll keep. She had spent 17 days lying flat. She said, "I can see out the window," and there was only a car park, but it was the car park of the world.

Now what? I'm writing up our ECMO mobilisation checklist with the perfusion team for the unit's education day, and I'll present at the state ICU physio network. I should not have put the unit or the serial in this draft; I'm leaving this note to myself and editing before posting.`,
  },
  {
    id: "au-comment-008",
    setting: "ecmo",
    role: "ECMO coordinator (reply)",
    text: `Beautiful post. A small reminder: the circuit serial and her name, pod and bed are all still in the draft you shared with us. Strip them before it goes public; the checklist is the bit we all want. Happy to co-present at the network, we have loads of photos with no faces.`,
  },
  {
    id: "au-free-009",
    setting: "icu follow-up clinic",
    role: "intensive care consultant",
    text: `Our ICU follow-up clinic turned five this year. Some things we've learned, for anyone starting one:

Who comes: anyone ventilated for more than four days, plus anyone a bedside nurse thinks needs it. The nurse referrals are the most valuable.

Who runs it: a nurse, a physio, a psychologist and a doctor, in the same room, for an hour. One appointment, not four.

What we ask: sleep, memory, mood, work, money, relationships, and "what do you remember about the ICU?" The answer to the last question is the conversation.

What we found: about a third have symptoms of PTSD at three months, and many have never told their GP. Returning to work is the hardest part for younger patients; for older ones it's confidence.

What we'd do differently: involve the families from the start. They have their own PICS-F, and we used to forget them.

Thanks to the nurses who made this happen; they ran it on their days off for the first year.`,
  },
];
