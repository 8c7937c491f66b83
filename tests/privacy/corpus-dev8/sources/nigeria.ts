import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "emergency department",
    role: "house officer",
    text: `
Description: Call night at ⟦FACILITY_ROOM|LUTH⟧, Lagos, in the children's emergency. A ⟦NAME|Mama Titi⟧ — that was how she introduced herself; her name on the card was ⟦NAME|Mrs. Folasade Adebanjo⟧ — rushed in around 11pm with her two-year-old, ⟦NAME|Tolu⟧, who had been convulsing for about twenty minutes. Fever for three days, treated at a chemist in ⟦LOCATION|Agboyi-Ketu, near the Mile 12 market gate⟧ with "malaria injection". RDT positive, glucose 2.1 mmol/L.

Feelings: Adrenaline first. Then sadness, because the child had been sick for three days and the family had spent their money at the chemist first.

Evaluation: We managed the seizure with rectal diazepam, corrected the hypoglycaemia with 10% dextrose 5 mL/kg, and started IV artesunate. ⟦NAME|Tolu⟧ stopped convulsing within ten minutes. He was admitted to ⟦FACILITY_ROOM|Ward D2, cot 5⟧. What went less well: we waited nearly forty minutes for the artesunate because the mother had to go and buy it from the pharmacy outside, and pay first.

Analysis: Out-of-pocket payment is the single biggest delay in our emergency care. The NHIA Act (2022) is meant to change this, but ⟦NAME|Mama Titi⟧, a trader, had no insurance. Our consultant, Dr. Ogunleye, keeps a small "emergency drug box" funded by the residents for exactly this reason; that night it was empty.

Conclusion: Clinically good. Systemically, we failed the child for forty minutes.

Action plan: I've joined the residents' committee that refills the emergency box, and I'm going to collect delay data for a month to present at the departmental audit.
`,
  },
  {
    id: "ng-what-002",
    setting: "community medicine",
    role: "medical student",
    text: `
What? Our community health posting took us to a primary health centre in a rural LGA of Ekiti State for six weeks. I did antenatal clinic, immunisation days, and home visits with the CHEWs. The biggest surprise was how much of the work was counselling — about exclusive breastfeeding, about not using herbal concoctions for "jaundice", about sleeping under insecticide-treated nets.

So what? In Ibadan, at our teaching hospital, I had learned community medicine as statistics: MMR, IMR, coverage rates. Here it was faces. The CHEW, Mrs. Adeyemi, knew every household and every family's politics. When she said "that one's mother-in-law will not allow it," she was always right. I realised that the formal health system is built on these women, and they are paid very little.

I also reflected on language. My Yoruba is "Lagos Yoruba", and twice the mothers laughed at how I said things. That was humbling, and it made me listen more.

Now what? For my final-year research project I want to look at CHEW workload in rural PHCs. I'll talk to Prof. Olaniyan about supervision. I also want to learn proper Ekiti dialect greetings before going back.

And I will never complain about Lagos traffic again, after a two-hour okada ride on a laterite road in the rain.
`,
  },
  {
    id: "ng-free-003",
    setting: "surgery",
    role: "surgical resident",
    text: `
This is a post I'm writing for myself and for the juniors who will rotate through our unit.

On ⟦DATE|24/6⟧ we operated on ⟦NAME|Alhaji Musa Danjuma⟧, a retired civil servant from ⟦LOCATION|Gwarinpa, the house beside the Living Faith church on 3rd Avenue⟧. The theatre list called him "the big goitre". His son ⟦NAME|Abubakar⟧ sent me an email afterwards, from ⟦EMAIL|abubakar.danjuma88@gmail.com⟧, with photos of his father eating suya at home two weeks post-op, and a thank-you that made me cry.

The surgery was a total thyroidectomy for a multinodular goitre that had been growing for twenty-five years, with retrosternal extension. My consultant, Dr. Nwachukwu, did the difficult part; I did the closure and the post-op care in ⟦FACILITY_ROOM|Room 3 of the surgical ward at National Hospital Abuja⟧.

On day one he had perioral tingling and a positive Chvostek's sign. Calcium 1.86. I recognised it, gave calcium gluconate 10 mL of 10% slowly IV, started oral calcium and alfacalcidol. His voice was hoarse but recovered by week two.

Lessons: check calcium at 6 and 24 hours, not just "in the morning". Know what Chvostek and Trousseau look like before you need them. And: the patients who have lived with a disease for twenty-five years are often the most patient, and the most grateful.
`,
  },
  {
    id: "ng-free-004",
    setting: "night shift",
    role: "house officer",
    text: `
Night call, internal medicine, a teaching hospital in Enugu. Writing this at 6:50am before handover.

Things that happened:
- Two DKA admissions. One teenager, one middle-aged man who'd run out of insulin because of the price increase. We used the regular insulin sliding scale because we had no pumps. Potassium was 3.1 in the teenager; we gave KCl in the fluids.
- A woman with a GCS of 6 and a BP of 230/140. Probable hypertensive haemorrhage. CT was not working (again). Clinical decision, managed conservatively.
- A young man with sickle cell crisis, pain score 9/10. He knew exactly what dose of morphine he normally gets and he was right. I'm learning to trust patients who know their disease.

Feelings: This is the fourth night this month that the CT has been down. I feel like we're practising medicine with one hand tied. My registrar, Dr. Eze, says "the patient in front of you doesn't care about the CT", which is true, but I do.

What I'm taking away: a good neuro exam and a good history are not old-fashioned; they're all we had tonight. I'm going to revise localisation using the Oxford Handbook, and I'll bring it up at the resident doctors' meeting.

Also, Rangers beat Enyimba on Sunday and the whole ward knew it.
`,
  },
  {
    id: "ng-gibbs-005",
    setting: "palliative care",
    role: "palliative care registrar",
    text: `
Description: I visited ⟦NAME|Chief (Mrs.) Comfort Okoro⟧ at home in ⟦LOCATION|Umuahia, behind the old Ibeku market⟧ on ⟦DATE|the Saturday before Christmas⟧. She was ⟦AGE|aged 90⟧, had advanced cervical cancer, and had been discharged from our unit to die at home. Her daughter ⟦NAME|Nkechi⟧ called us the day before, from ⟦PHONE|0803 555 2194⟧, because the morphine had run out.

Feelings: I felt frustrated. We had given a two-week supply. It was day nine.

Evaluation: When I arrived, she was in pain (score 8/10), but alert and gracious, and she thanked me for coming during the festive period. ⟦NAME|Nkechi⟧ explained that relatives had been giving extra doses "to be safe". I re-titrated, explained breakthrough doses, wrote it on a card, and left a supply for the holiday.

Analysis: In many of our families, caring is a collective job, and medication instructions given to one person don't reach the other five. I'd given the instructions to ⟦NAME|Nkechi⟧ and assumed they'd be passed on. The WHO analgesic ladder is easy; the family ladder is harder.

Conclusion: Next time, I'll ask who will give the medicine and teach all of them together, even if it takes longer.

Action plan: I'm designing a pictorial medication card with our pharmacist, Pharm. Uche, and I'll test it with five families in January.
`,
  },
  {
    id: "ng-what-006",
    setting: "osce",
    role: "medical student",
    text: `
What? My part II MBBS exams in Zaria. The clinical exam included a short case of a man with a swelling in the neck that I had to examine and present. I went straight into "this is a thyroid swelling" without checking whether it moved with swallowing. It didn't. It was a lymph node mass. The examiner, Prof. Abdullahi, let me finish, then asked me to demonstrate swallowing. I wanted the ground to swallow me instead.

So what? I had pattern-recognised too early. Most neck masses I'd seen on the wards were goitres, because we're in the goitre belt, and I expected one. That's anchoring bias, and I'd written an essay about it in third year.

I also reflected that I'd been trained to "present confidently", and that this makes it harder to say "I'm not sure, let me check". The best consultants I've watched, like Dr. Bello in ENT, say "let me check" constantly.

Now what? For every swelling, I'll follow the full sequence — site, size, shape, surface, consistency, tenderness, mobility, transillumination, movement on swallowing and tongue protrusion — before saying what it is. I'll also say "this could be" instead of "this is". Results come out in March; I'm not holding my breath.
`,
  },
  {
    id: "ng-free-007",
    setting: "obstetrics",
    role: "obstetrics resident",
    text: `
A short one. We lost a mother last night.

She was brought from a village near Ilorin after a home delivery complicated by postpartum haemorrhage. By the time she reached us she had lost an estimated 2 litres and her haemoglobin was 4.2. We gave oxytocin, misoprostol, tranexamic acid (per the WOMAN trial, 2017), bimanual compression and an emergency hysterectomy. She arrested in theatre.

My consultant, Dr. Ibrahim, led the resuscitation for forty minutes. I did the compressions for most of it. Afterwards, he went out and told her husband. I stood behind him. I didn't say anything.

I'm not writing this to analyse it properly. I'll do the maternal death review next week with the team. I'm writing it because I haven't slept and I wanted to put it somewhere.

Things I'll think about later: the blood bank had only two units of O negative; the referral took five hours; she had one antenatal visit. Every single one of these is a system issue. And still, there was a moment in theatre when I thought, if my compressions had been better…

Going to call my mum now.
`,
  },
  {
    id: "ng-comment-008",
    setting: "obstetrics",
    role: "consultant obstetrician",
    text: `
Thank you for writing this. You did not fail her; the compressions were good, I was there. Please come and see me before the mortality review — not to prepare a report, just to talk. It's normal to feel what you are feeling, and it's important that you don't carry it alone. The department's peer-support session is on Friday at 4pm.
— Dr. Ibrahim
`,
  },
  {
    id: "ng-free-009",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
This week's special care baby unit reflection, with permission from the family to write about her.

⟦NAME|Baby Chiamaka⟧ was born at 29 weeks at ⟦FACILITY_ROOM|Ward 6B, SCBU, UNTH Ituku-Ozalla⟧, on ⟦DATE|6/10/2025⟧, weighing 1.1 kg. Her parents, ⟦NAME|Obinna⟧ and ⟦NAME|Adaeze Nnamdi⟧, drove from ⟦LOCATION|Nsukka, the house opposite the Holy Ghost Cathedral⟧ every day for a month. Her dad runs a small TikTok account about it, ⟦OTHER|@chiamakas_daddy⟧, and has thousands of followers now.

Clinically, she had respiratory distress syndrome (we gave surfactant via INSURE), neonatal jaundice needing phototherapy (bilirubin 210 µmol/L at day 3), and one episode of suspected sepsis treated with ampicillin and gentamicin. We did kangaroo mother care from day 4, which I think saved her as much as anything we did.

What I'm reflecting on: ⟦NAME|Obinna⟧'s videos are wonderful, but in one of them I saw another baby's name tag on the cot next door. I spoke to him gently and he removed it immediately. He was horrified.

Parents need to share; it helps them cope. We need to help them do it safely. I'm drafting a poster for the SCBU entrance with our nurse manager, Matron Okafor.

⟦NAME|Baby Chiamaka⟧ went home at 1.8 kg. The whole unit sang.
`,
  },
];
