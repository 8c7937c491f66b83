import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items, 5 with identifiers, 1 comment. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "medical admissions",
    role: "postgraduate resident (medicine)",
    text: `Writing this after my first month as a first-year PGR in Medical Unit II.

⟦NAME|Haji Muhammad Aslam⟧ was admitted on ⟦DATE|17 Ramzan⟧ with breathlessness and swollen legs. He was fasting and refused even the oral furosemide until iftar. His CNIC ⟦ID|35202-4417283-9⟧ was written on the admission file because the hospital needs it for the Sehat card, and he proudly told me he had never been admitted anywhere in his life. His echo showed an ejection fraction of 25%.

He lay on ⟦FACILITY_ROOM|bed 14 of Medical Unit II, Mayo Hospital⟧, with two sons taking turns on the floor beside him. At 2 am on the third night he became acutely breathless, with crackles to the apices and a BP of 190/110. Acute pulmonary oedema. IV furosemide, GTN infusion, sit him up, oxygen. My senior registrar, Dr. Waqas, came within ten minutes and did not raise his voice once.

What I learned is how much of medicine here is negotiation: with religious practice, with cost (the GTN had to be bought from outside), with the sons who wanted to shift him to a private hospital at 3 am. Prof. Saleem, our unit head, told me at the morning round: "The drug dose is in the book. The negotiation is the medicine."`,
  },
  {
    id: "pk-what-002",
    setting: "sepsis",
    role: "house officer",
    text: `What?
I was the house officer in medical emergency when a 32-year-old woman came in with fever for ten days, vomiting, and low BP (80/50). Typhoid was on everyone's mind because the XDR strain is everywhere in Sindh now. Blood culture was sent. I started ceftriaxone because that is what was written in the old protocol on the wall.

So what?
The senior registrar, Dr. Sana, changed it to meropenem and azithromycin within the hour, because ceftriaxone does not cover XDR Salmonella Typhi. She did not embarrass me; she just asked "which protocol is on that wall?" It was from 2016. The outbreak started in Hyderabad in late 2016 and the guidance has been updated since.

Now what?
I photographed the newer guidance and printed it for the ER. I also learned to look at the date on any protocol before trusting it. The patient had a positive Widal, which meant almost nothing, and a positive culture on day 3 for XDR typhoid, which meant a lot. She went home on day 12.

Reading list: the 2019 Pakistan typhoid guidelines, and the WHO sepsis management pages, which Dr. Sana sends to every new HO.`,
  },
  {
    id: "pk-free-003",
    setting: "stroke",
    role: "medical officer",
    text: `A stroke patient taught me about distance this week.

⟦NAME|Bashiran Bibi⟧, a widow from ⟦LOCATION|Chak 47/GB near Samundri⟧, was brought to our district hospital emergency at noon with right-sided weakness that started at 6 am. Her nephew had tried two private clinics first. By the time she reached us it was six hours, no thrombolysis possible, and our CT scanner was out of order anyway, so she was referred to Faisalabad in a hired Suzuki pickup.

Before she left I took the nephew's number, ⟦PHONE|0301 5559 417⟧, because I wanted to know what happened. I rang on the fourth day. She had had a CT showing an ischaemic infarct, was on aspirin and atorvastatin, and was home. She couldn't walk yet. Nobody had mentioned physiotherapy.

I don't think I did anything wrong clinically. But I realised that "referred to tertiary care" in our register hides the whole journey: the pickup, the fuel money, the second emergency, the follow-up that does not exist. Our DHQ has no stroke pathway. I've started a simple one-page guide with Dr. Imran, our physician, on the FAST test, the time window, and who to call in Faisalabad before putting a patient in a vehicle.`,
  },
  {
    id: "pk-free-004",
    setting: "night shift",
    role: "postgraduate resident (medicine)",
    text: `Night duty in medical emergency, written in the morning with chai because I promised myself I'd reflect honestly once a month.

Things that happened between 8 pm and 8 am:

A young man with a GCS of 6 after a fit, brought by friends. Status epilepticus. IV lorazepam twice, then phenytoin loading. He had stopped his carbamazepine because the pharmacy near his home ran out. He was tubed, and the only ventilator free was in surgical ICU, so I went with him and bagged him down the corridor with the attendant carrying the oxygen cylinder.

An elderly man with hepatic encephalopathy who kept trying to leave. His son said "Doctor sahib, he is just weak." I gave lactulose and explained grade 2 encephalopathy and asterixis; the son watched the flap and went quiet.

Load shedding at 1:30 am for forty minutes. The UPS held the monitors, not the suction. We used the foot pump.

A woman with an organophosphate ingestion after a family fight. Atropine until her chest was dry. Her mother-in-law kept saying it was an accident. The psychiatry registrar is only on call by phone at night.

At 4 am, a retired schoolteacher in his eighties with pneumonia and Parkinson's disease, whose daughter asked me, in the corridor, whether he should go on a ventilator. I didn't have a ceiling-of-care form because we don't have one. I called my registrar, Dr. Hina, who called the professor at home. We decided together with the family: oxygen, antibiotics, no intubation. He was still alive at handover.

What I'm taking away:
- We need a written ceiling-of-care decision, something like the ReSPECT forms I read about from the UK, adapted to our families and our religious context.
- Relatives are the nursing staff at night, and we should teach them, not shout at them.
- My own limit: I snapped at a ward boy at 5 am. I apologised at handover. He said "koi baat nahi, doctor sahib" and carried my bag to the duty room, which made me feel worse.

Prof. Saleem says the ER teaches humility one night at a time. Last night was a big lesson.`,
  },
  {
    id: "pk-gibbs-005",
    setting: "complaint",
    role: "senior registrar (medicine)",
    text: `Description: A complaint came to the MS office from the son of ⟦NAME|Mrs. Nusrat Jahan⟧, CNIC ⟦ID|42101-8836420-4⟧, who was admitted to ⟦FACILITY_ROOM|Ward 7 of Civil Hospital Karachi⟧ on ⟦DATE|9 January 2025⟧ with hypoglycaemia and a UTI. He wrote that his car, a white Corolla, ⟦OTHER|BKL-6613⟧, was not allowed past the gate to drop her, that she waited forty minutes on a bench, and that a doctor (our PGR) told him "we have no beds, go somewhere else".

Feelings: Defensive, then embarrassed. The bed state that day was awful, but the words were ours.

Evaluation: Her clinical care was fine once she was in. The front door was not.

Analysis: I met the son with our MS's representative. I apologised for the words and for the wait. He wanted the gate staff to let patients' cars through, which I could not promise. He also wanted an apology from the PGR, who gave it the same day without being asked twice.

Conclusion: In our system we rarely apologise formally. It worked.

Action plan: teach "we are full but here is what we can do" phrasing in PGR induction; ask admin about a drop-off point for wheelchairs.`,
  },
  {
    id: "pk-comment-006",
    setting: "night shift",
    role: "professor (mentor comment)",
    text: `You write honestly, beta, and this is what makes a physician. Two points. First, the ceiling-of-care form: please draft it and bring it to the departmental meeting; Dr. Hina and Dr. Waqas will help with the Urdu version. Second, apologising to the ward boy was right. The way we speak to the lowest-paid person at 5 am is our real character.`,
  },
  {
    id: "pk-free-007",
    setting: "delirium",
    role: "postgraduate resident (medicine)",
    text: `⟦NAME|Baba ji⟧, as everyone on the ward called him, was ⟦AGE|aged 95⟧ by his own account and 88 by his ID card, and he spent his second night with us trying to climb out of bed to "go and check the buffaloes". Delirium on a background of pneumonia and hyponatraemia (sodium 121).

His grandson, ⟦NAME|Zeeshan⟧, tied his wrist to the bed rail with a dupatta at 3 am because he was scared he would fall. I found it on my round. I understood why. I untied it and sat with both of them for ten minutes, explained delirium, and asked the nurse to move his bed near the station.

We corrected the sodium slowly, with fluid restriction and then normal saline once we found he was dry. I stopped the tramadol another doctor had started for his back pain. His daughter brought his own pillow and a radio with Quran recitation. By the fourth night he was sleeping.

In Pakistan we don't have a formal delirium pathway in most medical units. Families do the sitting, the feeding and the reassuring. I want to find a way to support them, instead of just telling them not to tie people to beds.`,
  },
  {
    id: "pk-free-008",
    setting: "handover",
    role: "house officer",
    text: `Evening handover list from our unit, anonymised (initials and bed numbers removed), because our HO group is trying to standardise.

1. CLD, Child C, hepatic encephalopathy: lactulose titrate to 2-3 soft stools, rifaximin started. Check for GI bleed if Hb drops. Last Hb 8.9.
2. DKA, young female: on insulin infusion. Sugar hourly, K+ 4-hourly. Switch to subcutaneous when anion gap closes, overlap 2 hours.
3. Dengue with warning signs: Hct 6-hourly, strict I/O. Platelets 32,000. No transfusion unless bleeding.
4. Old stroke, aspiration pneumonia: NG feeds, piperacillin-tazobactam day 3. Family counselled about poor prognosis by Dr. Waqas.
5. TB meningitis on ATT and dexamethasone: GCS 13/15 this evening. If it drops, call SR immediately.

Why we are doing this: last month a patient's 4-hourly potassium was missed because the handover was verbal, in the corridor, during Maghrib. Our SR, Dr. Sana, said we must write it down and read it back. It takes ten minutes. It is worth it.`,
  },
  {
    id: "pk-what-009",
    setting: "DKA",
    role: "medical officer",
    text: `What?
A 17-year-old girl came to our emergency on ⟦DATE|12 Rabi ul Awwal⟧, the night of ⟦DATE|Eid Milad-un-Nabi⟧, while the processions were still passing outside, with vomiting, abdominal pain and a sugar of 540. DKA, first presentation. Her MR number is ⟦ID|MR-2025-0773142⟧; I note it because her father, ⟦NAME|Mr. Khalid Mehmood⟧, has since come back three times with it written on his hand, asking for free insulin.

So what?
The clinical part went by the book: fluids, fixed-rate insulin, potassium, hourly sugars, and she was eating by day 2. But type 1 diabetes is a lifelong cost for a family like hers. The insulin her father could afford was human mixed insulin; the pens we started her on were not in his budget.

Now what?
I connected him with a local diabetes charity and with Dr. Amna, our endocrinology registrar, who switched her to a regimen they could sustain. I've also started asking about cost before prescribing, not after. The ADA Standards of Care 2024 are not written for a father who earns by the day.`,
  },
];
