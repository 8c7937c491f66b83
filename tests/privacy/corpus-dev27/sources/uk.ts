import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK (England, Wales, Scotland, Northern Ireland): neonatal, community and children's services. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "neonatal unit",
    role: "neonatal nurse",
    text: `**Description.** Night shift on the unit, my third as a band 5. I was looking after ⟦NAME|Baby Olivia Hartley⟧ in ⟦FACILITY_ROOM|cot 3 of Nursery 1 at the Jessop Wing⟧, born at 25+4 and by then eleven days old. Around 02:30 her sats kept drifting to the low 80s and her heart rate dipped with them. I increased the oxygen, repositioned her, and called Sister Brennan, who suctioned and found a plug of secretions. Everything settled within ten minutes.

**Feelings.** I was frightened, and I was also embarrassed that I had not thought of the tube first. Her mum, ⟦NAME|Kayleigh⟧, had gone to express in the parents' room and came back in the middle of it.

**Evaluation.** The escalation worked. What did not work was my explanation to ⟦NAME|Kayleigh⟧ afterwards, which was too technical and too fast, on ⟦DATE|Valentine's night⟧ of all nights.

**Analysis.** Bliss's guidance on involving parents and the unit's own family-integrated care policy both say explain in plain words, then check back.

**Conclusion.** I froze on the cause, not the action. I will run through DOPE in my head before anything else.

**Action plan.** Practise the airway algorithm in sim, and write the family update on the handover sheet under her NHS number (⟦ID|${nhs("485 777 302")}⟧) so the day team can pick it up.`,
  },
  {
    id: "uk-what-002",
    setting: "health visiting",
    role: "health visitor",
    text: `**What?** A new birth visit in a terraced street in Leeds, day twelve. First baby, mum in her twenties, dad back at work already. Feeding was going well on the face of it — eight to ten feeds a day, plenty of wet nappies, weight back to birth weight — but mum answered every question with "fine". When I did the Whooley questions she said yes to both, and her EPDS came out at 14.

**So what?** I nearly moved on. The room was tidy, the baby was thriving and my caseload that day had fourteen families on it. It was my student, Priya, who noticed that mum had not eaten since the night before. The numbers about the baby were all reassuring; the numbers about the mother were not, and the Healthy Child Programme is clear that a health visitor's client is the family, not only the infant.

**Now what?** I booked a listening visit for the following week instead of waiting for the six-to-eight-week contact, made a warm referral to the perinatal mental health team with her consent, and gave her the numbers for the PANDAS helpline and the local baby group. I have also changed how I ask: I sit down, put the scales away, and ask about her sleep before the baby's.`,
  },
  {
    id: "uk-free-003",
    setting: "school nursing",
    role: "school nurse",
    text: `Five things I learnt in my first term as a school nurse

1. **Asthma plans go out of date in a fortnight.** Half the plans in the medical room still said Ventolin two puffs as needed and nothing about MART. I rewrote forty-one of them.
2. **The brave ones don't come to you.** The Year 9 boy I'm thinking of — ⟦NAME|Callum⟧, in ⟦LOCATION|9R at Hollins Park Academy⟧ — only told me about his chest because his mate dragged him in. His peak flow was 180.
3. **Social media is where you find out.** His mum showed me his Snapchat, ⟦OTHER|@callum.h_09⟧, where he had been posting about vaping to "open his lungs up".
4. **Phoning home is a skill.** I rang his mum on ⟦PHONE|07700 900 461⟧ and said "he's fine, but" in the first five seconds, which my mentor Lorraine says is the whole trick.
5. **Policies are your friend.** The DfE guidance on supporting pupils with medical conditions (2015) and the emergency inhaler guidance gave me everything I needed to argue for spare inhalers in PE.

Next term: drop-in sessions on vaping, and a proper register of every child with an auto-injector.`,
  },
  {
    id: "uk-free-004",
    setting: "play specialism",
    role: "hospital play specialist",
    text: `People think my job is bubbles. Some days it is bubbles. But the hardest thing I did this month was say no to a doctor.

A seven-year-old needed a cannula for IV antibiotics. He had had four attempts the week before and had, quite reasonably, decided that every adult in a tabard was a liar. The registrar wanted to "just get it done" with two nurses holding. I asked for twenty minutes. We used the Buzzy on his arm, a tablet with his favourite game, a countdown he chose himself, and a doll with its own cannula that he put in first. It took twenty-six minutes and one attempt.

I am not saying holding is never right. The RCN guidance on restrictive physical intervention is honest that sometimes it is. But we owe children the chance to be prepared, and preparation is a clinical intervention, not a nice extra. I wrote it up for our governance meeting and the registrar, to his credit, came to the next play-prep teaching session.`,
  },
  {
    id: "uk-gibbs-005",
    setting: "paediatric ward",
    role: "foundation doctor",
    text: `Description: December on the paediatric ward, bronchiolitis season in full swing. A six-week-old boy with RSV was on high-flow at 2 L/kg/min and still working hard, sats 90–92% in 40% oxygen. I was the only FY2 overnight with Dr Patel, the registrar, covering the neonatal unit as well.

Feelings: I felt out of my depth. I kept checking the obs chart as if it would tell me what to do.

Evaluation: I did the important things — nasal suction, reduced feeds to two-thirds with an NG tube, a capillary gas (pH 7.31, pCO2 7.4) — and I escalated. What went less well was that I waited forty minutes before phoning, because I did not want to drag Dr Patel away from a sick preterm.

Analysis: NICE NG9 is clear about the red flags, and a rising CO2 in a baby this young is one of them. My hesitation was about hierarchy, not clinical uncertainty.

Conclusion: The registrar's words were "I would rather be called ten times for nothing." I believe her now.

Action plan: I will use SBAR and call at the first red flag, and I have asked to attend the PICU outreach simulation in January.`,
  },
  {
    id: "uk-what-006",
    setting: "safeguarding",
    role: "safeguarding nurse",
    text: `## What?

An initial child protection conference in the Valleys for a four-year-old, ⟦NAME|Alfie-Jay⟧, after a second unexplained bruise to the ear seen at nursery. I was there as the named nurse. Mum was present; her partner, ⟦NAME|Dean Pritchard⟧, was not, although everyone in the room knew his van (⟦OTHER|CU19 KXR⟧) had been outside the house the night before. The address on the referral, ⟦ADDRESS|Flat 2, 9 Heol y Nant, Caerphilly CF83 1QA⟧, was out of date, which is why the first home visit on ⟦DATE|Thursday 6 March⟧ found nobody in.

## So what?

Bruising to the ear in a pre-mobile or young child is one of the TEN-4 warning areas, and the All Wales Child Protection Procedures ask us to treat it as suspicious until shown otherwise. What struck me was how much the conference relied on Mum's account while the great-grandmother, ⟦AGE|aged 91⟧ and living two doors down, had been the one who rang the nursery. Nobody had asked her anything.

## Now what?

The plan was a child protection plan under the category of physical abuse. I have written up the address error as an incident, and I will push for older relatives to be invited as a matter of course. Mum said the little one calls her nan's house "the cwtch house". That detail stayed with me.`,
  },
  {
    id: "uk-free-007",
    setting: "paediatric palliative care",
    role: "children's community nurse",
    text: `I have been putting off writing this for a month.

A wee boy on our caseload died at home last month, in his own bed, with the dog on the duvet and his big sister reading him the same dinosaur book for the third time. He was five. He had a brain tumour that had come back, and his parents had decided, after a lot of talking, that they did not want him to go back to the ward in Glasgow.

What I want to write down is the practical part, because nobody taught me it. The advance care plan was done two months before, with the consultant and the family, and it meant that when his breathing changed at four in the morning nobody dialled 999 in a panic. The just-in-case box was in the kitchen cupboard: midazolam buccal, morphine oral solution, glycopyrronium, and the syringe driver that the hospice team had set up the week before. I had a laminated copy of the symptom plan in my car.

What I did not have a plan for was his sister. She was nine, and she asked me straight out whether it would hurt him. I said no, we would make sure of it, and then I had to go and sit in my car for ten minutes.

Things I would tell a new nurse: learn the ACT care pathway; write the symptom plan in words the parents can read at 4 am; tell the GP practice before, not after; and think about the siblings from the first visit, not the last. The Together for Short Lives resources on sibling support are good, and I wish I had read them earlier.

The other thing nobody taught me is what happens after. The paperwork: the GP verifying the death at home, the child death review process, the funeral director who came in a plain car because the parents asked. The quiet: the house suddenly full of relatives and casseroles, and then, a fortnight later, nobody. We offer a bereavement visit at six weeks, and I have learnt to keep that promise even when the caseload is heavy.

My manager, Fiona, made me take the afternoon off. I did not want to, and I needed it. I went for a walk along the Clyde and thought about dinosaurs.`,
  },
  {
    id: "uk-free-008",
    setting: "paediatric emergency department",
    role: "medical student",
    text: `# Week 3: paeds ED

## The case that stuck

A three-year-old brought in by her mum after swallowing something from her grandad's drawer. It turned out to be a button battery, and it was still in the oesophagus on the X-ray — the classic halo sign. She went to theatre within the hour.

The girl was **⟦NAME|Ruby⟧**, and she spent the whole wait telling me about her hamster. Her mum has since started a page to warn other parents: [Ruby's battery story](⟦URL|https://www.justgiving.com/crowdfunding/rubys-button-battery-fund⟧), which she asked me to share.

## What I learnt

- Honey (10 mL every ten minutes, up to six doses, if over one year old) is now in the pre-hospital advice while you wait for removal.
- The RCEM and BAPS guidance (2021) on button batteries says any battery in the oesophagus is an emergency — no "wait and see".
- A Foley catheter is *not* the answer here.

## What I would do differently

I should have asked earlier when she last ate, because the anaesthetist asked me and I had no idea.`,
  },
  {
    id: "uk-comment-009",
    setting: "paediatric ward",
    role: "nursing student",
    text: `Was this the little girl in ⟦FACILITY_ROOM|Bay 4, bed 2 on Rainbow Ward⟧ with the Spider-Man plaster on her hand? I think I admitted her on ⟦DATE|the 2nd⟧ — her nan ⟦NAME|Maureen⟧ brought in the biggest tin of Quality Street I've ever seen for the nurses' station. Such a lovely reflection, and you're so right about asking the family what the child calls things.`,
  },
  {
    id: "uk-comment-010",
    setting: "paediatric ward",
    role: "ward sister",
    text: `Really thoughtful post, and I'm glad you wrote it. One gentle nudge from someone who has been caught out before: the combination of the ward, the day of the week and the child's favourite toy can be enough for a parent to recognise their own child. Could you make those details more general? Our trust's social media policy is on the intranet if you want to check.`,
  },
  {
    id: "uk-gibbs-011",
    setting: "birth centre",
    role: "midwife",
    text: `Description. A low-risk labour in a midwife-led birth centre ended with a floppy, pale baby who did not breathe at birth. Apgar 3 at one minute. I dried and stimulated, called for help with the emergency bell, and gave five inflation breaths with the bag and mask. The heart rate came up after the second set of inflation breaths, above 100 by two minutes, and the baby cried at three. Apgar 8 at five minutes and 10 at ten.

Feelings. My hands were shaking by the time the paramedics arrived for the transfer we no longer needed. I felt proud, and then for days afterwards I kept replaying the first thirty seconds.

Evaluation. The Newborn Life Support algorithm did what it says. Jo, my second midwife, arrived within a minute and took the timer, which made a huge difference.

Analysis. We train on a mannequin every year, but I had never done it for real. The Resuscitation Council UK guidelines (2021) emphasise the airway and inflation breaths over everything else, and that is exactly where my training kicked in.

Conclusion and action. I have asked our unit to run monthly skills drills rather than yearly ones, and to debrief every resuscitation, even the ones that go well.`,
  },
  {
    id: "uk-free-012",
    setting: "adolescent diabetes clinic",
    role: "paediatric diabetes specialist nurse",
    text: `Transition clinic reflection, Belfast.

A fifteen-year-old girl came to clinic with an HbA1c of 92 mmol/mol, up from 61. She had been on a pump for two years and, on the face of it, everything was working. The download told the real story: no boluses at school lunch for six weeks. When we asked her on her own (we always see teenagers alone for part of the visit now), she said she did not want anyone to see her pull her pump out in the canteen.

I am writing this because I want to remember how quickly we jumped to "non-adherence". She was not non-adherent; she was fifteen.

We agreed to switch her bolus to the phone app so that it looks like she is texting, and to ring her mum rather than her if the sensor alarms overnight. Her pump serial (⟦DEVICE|TN-448201-93⟧) went on the request to the company for a replacement clip, and I emailed the download summary to her mum at ⟦EMAIL|sinead.mccann77@example.com⟧ so the two of them could look at it together.

Lessons: use HEEADSSS every time; NICE NG18 (2015, updated 2023) is about targets, but the target that mattered here was being ordinary at lunch.`,
  },
];
