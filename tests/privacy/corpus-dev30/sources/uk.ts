import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (all four nations): adult ICU, PICU, NICU, outreach, donation. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "adult icu",
    role: "ICU trainee (ST4)",
    text: `**Description.** Night shift, sepsis from a perforated diverticulum. ⟦NAME|Mr Pritchard⟧ came up from theatre at 02:10 on noradrenaline 0.4 mcg/kg/min and vasopressin, lactate 7.8, and by 04:00 his wife ⟦NAME|Glenys⟧ was in the relatives room asking whether she should ring their son in Cardiff.

**Feelings.** I felt like an imposter in that room. I had been an ST4 for nine days.

**Evaluation.** The medical care was fine: Dr Ashworth talked me through adding hydrocortisone and we followed the Surviving Sepsis bundle to the letter. The conversation was not fine. I used the word "stable" when I meant "not dead yet".

**Analysis.** Glenys heard "stable" and told the son not to drive down. He arrived at lunchtime on ⟦DATE|Sunday 16 February⟧, four hours after the family meeting where we moved to comfort care. He never forgave the word, and I don't blame him.

**Conclusion.** Families anchor on the first adjective we give them. I should have said "critically ill, and I am worried".

**Action plan.** I have asked Sister Okonjo if I can shadow two family updates on days, and I am going to write my opening sentence down before I walk into the relatives room.`,
  },
  {
    id: "uk-what-002",
    setting: "icu outreach",
    role: "critical care outreach nurse",
    text: `## What?
Outreach call at 19:40 to a 67-year-old on a surgical ward, NEWS2 of 7, RR 32, SpO2 89% on 4 L. The ward FY1 had escalated exactly as taught. We reviewed, started high-flow nasal oxygen at 50 L and 60%, and the ROX index at two hours was 3.6. The registrar came and we took him to the unit.

## So what?
The ward team did everything right and still felt they had failed because he "ended up in ITU". Two of the nurses apologised to me. That told me more about our culture than any audit. Early escalation is the system working, not a ward losing a patient.

## Now what?
I have written a short piece for the trust newsletter on what a good outreach referral looks like, with the SBAR I heard that night as the example (anonymised, no bed, no name, no date). I am also going to start closing the loop: a phone call back to the ward the next day to tell them what happened and thank them. Jo in the outreach team already does this and her wards call us earlier. Small thing; big effect.`,
  },
  {
    id: "uk-free-003",
    setting: "organ donation",
    role: "specialist nurse for organ donation",
    text: `Some notes for myself after a long donation after brainstem death, because I don't want to lose the detail.

Her name was ⟦NAME|Ceri Lloyd-Parry⟧ and she was nineteen. Her mam said to me, in Welsh first and then in English, "she would have wanted to help someone, she gave blood the day she turned seventeen". Brainstem tests were done by Dr Hughes and Dr Menon at 10:15 and 15:30 on ⟦DATE|the 4th⟧, and theatre was at 02:00 the following night. ⟦FACILITY_ROOM|Bed 11 on the ICU at Ysbyty Gwynedd⟧ had her fairy lights up by teatime; her sister ⟦NAME|Ffion⟧ brought them from the house in ⟦LOCATION|Llanfair Pwllgwyngyll⟧ because "she hates the strip light".

The family asked whether the recipients would know about her. I explained the letters scheme through NHS Blood and Transplant and that names are not shared either way.

What I want to remember: the moment her dad asked to switch off the monitor sound himself. We let him. It mattered more than anything I said.`,
  },
  {
    id: "uk-free-004",
    setting: "paediatric icu",
    role: "PICU nurse",
    text: `Things PICU has taught me in my first year, in no particular order:

1. Parents read the monitor better than we think. Stop pretending the numbers are a secret.
2. A bronchiolitis baby on CPAP at 3am will always look worse than the same baby at 9am. Don't let the night make decisions the morning would not.
3. Hand hygiene audits are boring until you see a CLABSI.
4. "Is she in pain?" deserves a real answer: the COMFORT-B score, what it means, and what we are doing about it.
5. Play specialists are clinicians. Full stop.
6. Learn the retrieval team's phone script before you need it.
7. The parents who are quiet need you more than the parents who shout.
8. Eat something. Honestly.

None of this is in the competency booklet, but all of it is in my head after twelve months. My preceptor Hannah said the first year is about learning what to worry about, and the second is about learning what to stop worrying about. I'll let you know.`,
  },
  {
    id: "uk-comment-005",
    setting: "paediatric icu",
    role: "PICU nurse (reply)",
    text: `Love number 7. We had twins last winter, ⟦NAME|Alfie⟧ and ⟦NAME|Isla⟧ in ⟦FACILITY_ROOM|cots 3 and 4⟧, and their mum never said a word for five days. Then on ⟦DATE|Christmas Eve⟧ she asked if she could bath them. Totally agree re play specialists too.`,
  },
  {
    id: "uk-comment-006",
    setting: "paediatric icu",
    role: "PICU charge nurse (reply)",
    text: `Gentle nudge from a charge nurse: please edit the comment above. First names of twins plus cot numbers plus the date is enough for any parent from that unit to recognise themselves, and the trust's social media policy is clear. Nothing wrong with the story; it just needs the details off. Happy to help reword it.`,
  },
  {
    id: "uk-what-007",
    setting: "icu follow-up clinic",
    role: "ICU consultant",
    text: `**What?**
Our ICU follow-up clinic saw a man three months after 19 days of ventilation for influenza A ARDS. He had no memory of the unit except a recurring image of nurses "stealing his kidneys". His PHQ-9 was 14 and he had not driven since discharge.

**So what?**
Delirium memories are real memories to the patient. We have the ICU diaries in a box by the nurses' station and nobody had written in his. The gap was ours. When we walked him round the empty bed space he said, "oh, it was the dialysis machine," and his shoulders dropped an inch.

**Now what?**
- Re-launch the diaries at the next governance meeting, with a named nurse per shift.
- Offer a unit visit to every follow-up patient, not just those who ask.
- Add the PICS questionnaire to the 12-week letter.
- Link people to ICUsteps (icusteps.org) and our local peer group.

Credit to Rhiannon, our psychologist, who has been saying this for two years.`,
  },
  {
    id: "uk-free-008",
    setting: "withdrawal of treatment",
    role: "ICU chaplain",
    text: `The family asked me to "do something Catholic" for ⟦NAME|Seamus⟧ before the tube came out, so I phoned Father Declan and he came in from St Brigid's with the oils. ⟦NAME|Seamus Donnelly⟧ was ⟦AGE|ninety-one⟧ and had been in ⟦FACILITY_ROOM|side room 2 of the Royal Victoria's ICU⟧ for a week after the fall at the bingo. His granddaughter ⟦NAME|Niamh⟧ wanted his Tyrone jersey on the bed, and the nurses made it happen between the lines and the leads.

When they extubated, his daughter said the Hail Mary and the nurse, who is not Catholic, joined in on the second line. I think that is the bit I will remember.

The unit is good at this. Dr Campbell explains things in plain words and doesn't hurry. What I'd change: nobody asked me to come back afterwards, and the nurse who had him did three more hours of a shift with nobody checking on her. I've offered to do a fifteen-minute pause after deaths, if the unit wants one.`,
  },
  {
    id: "uk-free-009",
    setting: "neonatal icu",
    role: "ANNP trainee",
    text: `A scrappy handover note I wrote for myself and am posting because my educator says the format is good (details changed; this is a teaching version):

- Baby, 26+3 weeks, day 6, twin II. Ventilated SIMV, FiO2 0.30, surfactant x2.
- Cranial USS day 3: bilateral grade I IVH.
- Lines: UVC tip T8 on X-ray. UAC out yesterday.
- Feeds: 1 mL 2-hourly EBM, tolerating.
- Parents: mum expressing, dad back at work; update given by Dr Raza at 14:00.
- Jobs: bloods at 18:00, repeat gas, kangaroo care if stable tonight.

What I learned writing it: the "parents" line used to be the last thing I wrote and the first thing I forgot. Now it goes in every time. A baby's handover without the family in it is half a handover.`,
  },
  {
    id: "uk-gibbs-010",
    setting: "ecmo",
    role: "clinical perfusionist",
    text: `**Description** — Night two of VV-ECMO for a young man with severe ARDS from legionella, transferred in from a district general. At 03:20 the oxygenator post-membrane gas dropped to a PaO2 of 14 kPa. I was the perfusionist on call.

**Feelings** — Calm for the first minute, then that cold feeling in the stomach, then calm again once the checklist was in my hand.

**Evaluation** — The circuit change went well: 11 minutes off circuit-to-circuit, no desaturation below 84%. The team knew their roles because we had drilled it in simulation on a Thursday afternoon that everyone grumbled about.

**Analysis** — Fibrin on the membrane plus a rising pressure gradient over twelve hours. I had noted the trend at midnight but not escalated because "it was within range". Trends matter more than ranges.

**Conclusion** — Tell the consultant about a trend, not just a threshold.

**Action plan** — I've proposed adding delta-P trend to our hourly ECMO chart, and I'm presenting the case (with no identifiers) at the regional ECMO network meeting.`,
  },
  {
    id: "uk-free-011",
    setting: "trauma icu",
    role: "medical student (final year)",
    text: `My trauma ICU week in Scotland ended with a patient I keep thinking about. ⟦NAME|Kenny⟧ — "call me Big Kenny, everyone does" — came in off the A9 after his lorry jack-knifed in the snow near ⟦LOCATION|the Drumochter summit layby⟧. Chest drains both sides, pelvic binder, ventilated for six days. His CHI number, ⟦ID|${nhs("601 233 984")}⟧, is burned into my memory because I wrote it on every one of forty blood forms.

When he woke up he asked for his dog, a collie called Bess, who had been in the cab with him and was being looked after by the ⟦OTHER|only haulier in Dalwhinnie with a spare kennel⟧. The nurses printed a photo of her for the bed space. His sats went up by two points when he saw it, I swear.

What I took from it: trauma ICU is fast medicine wrapped round slow recovery. The consultant, Dr Macleod, spent more time on the dog than on the chest X-ray that morning, and she was right to.`,
  },
  {
    id: "uk-what-012",
    setting: "icu delirium",
    role: "ICU physiotherapist",
    text: `What? I introduced a daily delirium-aware mobility slot on our unit, 10:00 to 11:00, when sedation holds are already done and the ward round has passed. CAM-ICU is checked first; if positive, we still sit out but keep it short and explain every step.

So what? Early mobilisation and delirium prevention are usually taught as two separate bundles (ABCDEF gets close). In practice, the patient who is agitated at 3am is the same one we can't sit out at 10am, and the one who never sits out is the one who stays confused. Keeping a fixed slot meant nurses planned around it, families came in for it, and the number of "not today" entries in our physio log dropped.

Now what? I am presenting the figures at our unit meeting. I want a family member to be able to do the orientation script — date, place, what happened — with the patient every morning, and I've drafted a card for the relatives room. Thanks to Priya and Tom on nights who helped me test the timing.`,
  },
];
