import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
RAN, Top End, eighteen months in now. Wet season has cut the road again so it's just us and the RFDS for anything serious.

${"⟦NAME|Aunty Marjorie Wurrkidj⟧"} is ${"⟦AGE|91⟧"} and she's ${"⟦OTHER|the last senior woman at Maningrida who still does the pandanus weaving for the art centre⟧"}. Heart failure, CKD stage 4, and she refuses to go to ${"⟦FACILITY_ROOM|Royal Darwin⟧"} because the last time she went she "came back with one less toe and no family there".

On ${"⟦DATE|the 11th⟧"} she was more breathless, sats 88%, crackles to mid-zones. Our DMO on the phone wanted evac. She said no. Her granddaughter ${"⟦NAME|Kayla⟧"} interpreted and said it straight: "She wants to die on country if it comes to that."

What I did: talked to the DMO again with ${"⟦NAME|Kayla⟧"} on speaker. We went up on her frusemide, got the CARPA manual out (7th ed., 2017, the bible out here), and I visited twice daily. She improved. I also checked her Medicare (${"⟦ID|" + medicare("2951 3384", 1) + "⟧"}) was linked to the chronic disease plan so she gets the 715 health check funding next year.

Reflection: "non-compliant" is a word I've stopped using. She's compliant with her own priorities. My job is to line our plan up with hers, not the other way round.
`,
  },
  {
    id: "au-what-002",
    setting: "pre-hospital",
    role: "paramedic",
    text: `
What? Melbourne, night shift with Ambulance Victoria. We attended a 58-year-old bloke with central chest pain, sweaty, 12-lead showing inferior STEMI with reciprocal changes in I and aVL. We did the usual: aspirin 300 mg, GTN held because of a right-sided involvement (V4R elevated) and a BP of 96/60, fentanyl, pre-notified the cath lab. Door-to-balloon was under an hour.

So what? What I'm reflecting on is the GTN. My partner, who's been on the road longer than I've been alive, reached for it automatically. I said "hang on, check V4R". He was a bit grumpy about being told by a grad, but he checked. Right ventricular infarct plus nitrates can tank preload. The CPGs are clear about it. Hierarchy on a two-person crew is real, though, and it's awkward.

Now what? I'm going to keep speaking up, but I want to do it better: "Can we check V4R before GTN?" rather than "hang on". Our clinical support officer, Jess, suggested we both do the ANZCOR refresher together. Also, debrief after every job, even the good ones.
`,
  },
  {
    id: "au-free-003",
    setting: "pre-hospital",
    role: "paramedic",
    text: `
MICA paramedic, western suburbs of Melbourne. This one sticks.

Called to ${"⟦ADDRESS|Unit 4, 17 Wattletree Street, Sunshine West VIC 3020⟧"} for a "fall, can't get up". ${"⟦NAME|Mr Nikolaos \"Nick\" Papadimitriou⟧"}, who told us three times that he is ${"⟦AGE|ninety-two⟧"} and still drives himself to the Greek club, had been on the bathroom floor overnight. His neighbour, not family, had the key and found him.

He was dry, confused, CK high. Straightforward enough clinically. But what stayed with me was the fridge. Nothing in it except a jar of olives and three bottles of Metamucil. His daughter ${"⟦NAME|Eleni⟧"} lives in Perth and calls every Sunday. I rang her on ${"⟦PHONE|0491 570 156⟧"} from the ambulance, with his permission, and she had no idea.

I'm not a social worker. But I was the only person who'd been inside that flat in weeks. We flagged him for a My Aged Care referral through the ED at ${"⟦FACILITY_ROOM|Sunshine Hospital⟧"} and I made sure it went on the handover, not just the ePCR.

Learning: a "fall, no injury" is never just a fall. Look in the fridge. Look at the mail pile.
`,
  },
  {
    id: "au-gibbs-004",
    setting: "obstetrics",
    role: "midwifery student",
    text: `
Description. Third-year Bachelor of Midwifery student in Brisbane. I was the second midwife at a birth where the baby came out flat: Apgar 2 at one minute. My supervisor started NLS and I was asked to time and call out. I called out the heart rate but I forgot to call the time at 30 seconds and then at 60.

Feelings. Panicked. Afterwards, guilty and embarrassed.

Evaluation. The baby responded to inflation breaths and had an Apgar of 8 at five minutes. My supervisor said my heart rate counting was accurate, which helped. I didn't do the timing well.

Analysis. The ANZCOR neonatal guidelines and our Queensland Clinical Guidelines (2022) emphasise the assessment every 30 seconds. I had practised this once in sim with a mannequin. In the room, with a real mum crying, my brain went white.

Conclusion. Knowing and doing under stress are different.

Action plan. I've asked to join our hospital's monthly neonatal resus sim. I'm going to use the Resuscitaire clock on every birth I attend, even the normal ones, so that starting it is automatic. I also want to debrief with my supervisor, Kylie, about what she says to the parents during resus, because she was so calm.
`,
  },
  {
    id: "au-comment-005",
    setting: "rural general practice",
    role: "GP registrar",
    text: `
Cheers for writing this, mate. I had nearly the same thing in my rural term out near Dubbo: older bloke, bad COPD, wouldn't leave the farm during harvest. We got the respiratory nurse to come out on Fridays and it worked better than any admission. The RACGP rural curriculum should have a whole module just on harvest season.
`,
  },
  {
    id: "au-free-006",
    setting: "general practice",
    role: "GP registrar",
    text: `
GP registrar, Fremantle. Writing up an email mistake so I don't repeat it.

${"⟦NAME|Ms Tegan Holloway-Nair⟧"} (DOB ${"⟦DATE|17/08/1988⟧"}) asked me to email her results because she works FIFO and can't get to the clinic. I sent them to ${"⟦EMAIL|tegan.hn88@outlook.com⟧"} — except I typed ${"⟦EMAIL|teagan.hn88@outlook.com⟧"} first, spelling her name the way my cousin spells it. It bounced, luckily. If it hadn't, a stranger would now know her HbA1c and her chlamydia result.

Our practice has a policy on emailing results (and the RACGP has guidance on using email with patients, 2019), but the policy assumes you copy-paste the address from the record. I typed it from memory because she was on the phone.

What I've changed: copy-paste only, from the clinical software, never from memory or a sticky note. And I read the address back to the patient when I'm on the phone with them. I also suggested to our practice manager, Linda, that we use the secure messaging app for results, not email.

Feeling a bit sheepish but better it's a learning than a complaint.
`,
  },
  {
    id: "au-what-007",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `
What? I'm a hospital pharmacist in Adelaide. On a Saturday morning ward round, a patient with atrial fibrillation and new Parkinson's disease had been charted rivaroxaban 20 mg daily and, separately, on the PRN side, "aspirin 100 mg for chest pain". The aspirin had been given four times in three days.

So what? Dual therapy increases bleeding risk a lot, and there was no indication for the aspirin beyond an old habit on the admitting team's template. The patient had a Hb drop from 128 to 109. No bleed found, but it's not nothing. The Australian Commission on Safety and Quality in Health Care's medication safety standard (NSQHS Standard 4, 2017) is built for exactly this: reconciliation at admission. We had done reconciliation; the PRN side just wasn't checked.

Now what? I've added "PRN antiplatelets on anticoagulated patients" to our weekend pharmacist checklist. I emailed the admitting team's consultant, Dr. Menon, who agreed to remove the aspirin from their template. And I'll present this as a 10-minute case at our pharmacy department journal club next month.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "paediatrics",
    role: "paediatric nurse",
    text: `
Description: I'm a paeds nurse in Alice Springs. ${"⟦NAME|Baby Jarrah⟧"} was flown in from ${"⟦LOCATION|Titjikala⟧"} on ${"⟦DATE|Friday 7 November⟧"} with bronchiolitis and was on high-flow in ${"⟦FACILITY_ROOM|cot 3 of the special care nursery at Alice Springs Hospital⟧"}. His mum, ${"⟦NAME|Rhonda⟧"}, had never been on a plane before and had left four other kids with her sister.

Feelings: I felt for her a lot. I also felt frustrated with myself because I kept talking to her in "nurse language".

Evaluation: Things went well clinically. Baby weaned off high-flow in two days. What didn't go well was that on day one I explained "saturations" and "work of breathing" three times and she nodded every time. On day two the Aboriginal Liaison Officer, Auntie Pat, came and explained it as "how hard his little chest is working". ${"⟦NAME|Rhonda⟧"} asked five questions in a row after that.

Analysis: The nodding wasn't understanding, it was politeness. I knew that from the cultural safety training (and the 2019 Nursing and Midwifery Board code of conduct), but I hadn't noticed myself doing it.

Conclusion: Ask for the ALO on day one, not day two.

Action plan: I'm going to ask our NUM if the ALO referral can be automatic for every family flown in from remote communities.
`,
  },
  {
    id: "au-comment-009",
    setting: "aged care",
    role: "nurse",
    text: `
Love this reflection but can you change a couple of things? ${"⟦NAME|Dot⟧"} is pretty recognisable — there's only one ${"⟦LOCATION|Bluebell Lodge in Ballan⟧"} and only one resident there who got a letter from the King when she turned ${"⟦AGE|100⟧"}. Maybe just say "a resident in her late nineties at an aged care home"? The point about the bed alarms is spot on.
`,
  },
  {
    id: "au-free-010",
    setting: "rural general practice",
    role: "rural generalist",
    text: `
Rural generalist in the north-west of Tasmania. Reflection on a miss that wasn't quite a miss.

A 67-year-old dairy farmer came in with back pain after lifting a calf. No red flags on the first history, normal neuro, normal obs. I gave him paracetamol and a physio referral. Two weeks later he was back: the pain woke him at night, and he'd lost 4 kg. I hadn't asked about night pain or weight loss the first time. CT showed lytic lesions; the diagnosis ended up being multiple myeloma.

Would asking the first time have changed his outcome? Probably not by much. But it would have changed two weeks of his life, and his wife's.

The red flags for back pain are in every guideline (the 2016 NICE NG59 guidance, the Australian Commission's low back pain care standard from 2022). I've taught them to students. I skipped them because it looked like a "mechanical" story and I was running 40 minutes behind in a one-doctor town.

I've since built a template for back pain in our software that won't let me close the note without ticking each red flag. It's a bit annoying. That's the point. I also spoke to the farmer and his wife, who were kinder to me than I was to myself.
`,
  },
  {
    id: "au-what-011",
    setting: "pre-hospital",
    role: "paramedic",
    text: `
What? Ambo in Melbourne's outer east, nine years on the road. We were sent to a "concern for welfare" in ${"⟦LOCATION|the caravan park behind the servo on the Maroondah Highway at Coldstream⟧"}. A neighbour had noticed the same car hadn't moved in four days, a white Commodore ute, Vic plates ${"⟦OTHER|1XK 4RJ⟧"}, with a wheelchair ramp on the back.

Inside the van was ${"⟦NAME|Mr Desmond \"Dessie\" O'Loughlin⟧"}, a retired shearer, on the floor between the bed and the kitchenette. Alive, dry as a chip, pressure areas on both hips. He'd been there since ${"⟦DATE|Sunday the 9th⟧"}. He has a spinal cord injury from a shearing-shed accident decades ago and uses a wheelchair full-time.

So what? The clinical stuff was routine. What got me was the personal alarm pendant hanging on the back of the door, where he couldn't reach it. He said he takes it off to shower and forgot to put it back on. His only family is a nephew, ${"⟦NAME|Brendan⟧"}, in Queensland, and his NDIS support worker had been off sick that week with no replacement.

I felt a mix of things: relief he was alive, anger that nobody noticed for four days, and a bit of guilt that we'd been to the same caravan park twice in the last year for other people and never thought about who else lived there alone.

Now what? We documented the missed support shifts in the handover to the ED at ${"⟦FACILITY_ROOM|Maroondah Hospital⟧"} and flagged for a social work review. I've also talked to our team manager about whether we can make "who checks on you?" a standard question on every non-transport job for people living alone. The Victorian paramedic clinical practice guidelines don't cover this — they're about the body, not the life around it — but it's where the next job comes from.
`,
  },
];
