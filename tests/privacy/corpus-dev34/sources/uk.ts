import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland): 14 items, 7 with identifiers, 2 comments. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "road traffic collision",
    role: "student paramedic",
    text: `
**Description.** Third shift of my second-year placement. Call to a single-vehicle RTC on ⟦LOCATION|the B4518 just past the chapel at Staylittle⟧, car on its roof in the ditch. My mentor Gareth did the scene assessment while I went round to the driver's window. She was hanging in her belt, talking, and the first thing she said was "don't tell Mam", which I wrote down because it stuck with me. Her name was ⟦NAME|Ffion⟧, nineteen, and the car (⟦OTHER|CU17 WKD⟧, a little blue Corsa) had been her nan's.

**Feelings.** My hands were shaking when I put the collar on. I kept thinking about my own sister.

**Evaluation.** We got a lot right: C-spine held manually, SpO2 97% on air, GCS 15, no seatbelt sign. We got one thing wrong: I forgot to re-check her cap refill after self-extrication, and Gareth caught it.

**Analysis.** JRCALC says minimal handling and self-extrication where possible; I'd read that but never watched a patient climb out of a car with my hands hovering over her. It felt unsafe and it was the right call.

**Conclusion / action plan.** Practise a full primary survey under time pressure. We handed over in ⟦FACILITY_ROOM|resus bay 2 at Bronglais⟧ and I never heard how she did, which is normal, and which I am learning to live with.
`,
  },
  {
    id: "uk-what-002",
    setting: "major incident",
    role: "emergency department nurse",
    text: `
## What?
We stood up a major incident on a Saturday night after a crush at a concert venue. The first METHANE message came through the red phone at 22:14 and by half eleven we had fourteen P1s and P2s on trolleys in every corner of the department. I was the resus nurse coordinator, with Dr Achterberg as trauma team leader and Priya running the P3 stream in the plaster room.

## So what?
The action cards worked. What did not work was naming: we had "Unknown Male Kilo", "Unknown Male Lima" and two patients who had swapped jackets, so for about twenty minutes the wristbands and the triage tags disagreed. Nobody was harmed, but a unit of O negative very nearly went to the wrong bed. The JESIP principles talk about shared situational awareness; inside the department that really means one board, one naming convention, one person writing on it.

## Now what?
I've asked our education lead to add a "swapped identity" inject to the next tabletop, and I'm writing a one-page prompt for the whiteboard scribe. I also need to remember that I went home at 06:00 and cried in the car, and that is allowed.
`,
  },
  {
    id: "uk-free-003",
    setting: "police custody",
    role: "forensic physician",
    text: `
Custody nights are quiet until they aren't. Called at 03:40 to ⟦FACILITY_ROOM|cell 9 at the Bridewell custody suite⟧ for a man the sergeant described as "drunk and a bit grey". He was not drunk. ⟦NAME|Mr D.O.⟧ (custody record ⟦ID|07KY/48113/24⟧) had a blood glucose of 1.9 and a Medic Alert bracelet that everybody had looked at and nobody had read. Glucagon 1 mg IM, then sugary tea once he could swallow, and he was apologising to me within ten minutes, which is always the worst bit.

What I keep turning over is how the "drunk" label arrived with him from the street and got passed from the arresting officers to the custody sergeant to the detention officer like a parcel. The Code C checklist asks the right questions. The problem is the answers were written by people who had already decided.

I've raised it through the healthcare provider's learning route, anonymised. Detention officers on our rota are getting a ten-minute slot on hypoglycaemia at the next training day, and I'm going to stop saying "drunk" in handover myself, even when I'm fairly sure.
`,
  },
  {
    id: "uk-free-004",
    setting: "mountain rescue",
    role: "mountain rescue volunteer",
    text: `
Our team got its ninetieth call-out of the year on Sunday: a walker with an ankle injury high on a fell in the Lakes, in cloud, with the light going. Nothing dramatic. Two hours of carrying, a vacuum splint, Penthrox for the pain, and a lot of jokes about how heavy the stretcher gets after the second stile.

I'm a third-year medical student and I joined the team partly for my CV, if I'm honest. What I didn't expect was how much of the job is the boring stuff: making sure the casualty is warm, that they've eaten, that someone has phoned whoever is waiting at home. Our team leader, Ruth, spends as long on the casualty's blood sugar and their morale as she does on the limb.

In hospital we talk about "the patient" as if they arrive fully formed in a cubicle. Up there they're cold, embarrassed, worried about their dog in the car park, and the medicine is maybe a fifth of it. I'm taking that back to placement with me.
`,
  },
  {
    id: "uk-comment-005",
    setting: "air ambulance",
    role: "critical care paramedic",
    text: `
Really powerful post. I think I was flying that night, was this the quad bike on the hill farm, lad called ⟦NAME|Kieran⟧, on ⟦DATE|Boxing Day⟧? We landed in the field behind ⟦LOCATION|the Dog and Gun at Skelwith⟧. If so he came to our open day in the summer and he's walking fine. Message me and I'll tell you the rest.
`,
  },
  {
    id: "uk-what-006",
    setting: "emergency department",
    role: "emergency medicine trainee",
    text: `
**What?** A long lie. ⟦NAME|Mrs Edna Pargeter⟧, ⟦AGE|96⟧, found by her neighbour on the kitchen floor of ⟦ADDRESS|4 Tannery Row, Kendal LA9 4HX⟧ after what we think was about thirty hours. The crew's ePR came through with her NHS number (⟦ID|${nhs("401 023 719")}⟧) already on it, which saved us a lot of fuss: it pulled up a clinic letter saying she'd stopped her apixaban. CK was 14,000, creatinine doubled, and she was furious with everyone for "making a fuss over a slip".

**So what?** I nearly anchored on rhabdo and missed the rest. The registrar, Tom, made me do a proper secondary survey and we found a pressure area on her hip and a broken pubic ramus. Falls in the very old are never just falls; the thirty hours are the injury.

**Now what?** I'm using the "falls in the ED" proforma every time now, even at 4am, and I've read the NICE falls guidance (CG161) properly rather than skimming it.
`,
  },
  {
    id: "uk-free-007",
    setting: "out-of-hospital cardiac arrest",
    role: "paramedic",
    text: `
# The supermarket arrest, and what the bystanders did

I've been a paramedic for eleven years and I want to write about the bit of an arrest that usually doesn't get written about: the four minutes before we arrive.

We were called to a man collapsed by the checkouts in a big supermarket on a retail park. When we came through the doors, two things were already happening. A woman in a fleece (off-duty care worker, it turned out) was doing compressions that were, frankly, better than some I've seen in training. And a sixteen-year-old lad who worked on the tills had fetched the defibrillator from the customer service desk, opened it, and was reading the instructions aloud off the lid. It had already delivered one shock.

We took over. Rhythm check: VF. Second shock. Adrenaline 1 mg after the third, amiodarone 300 mg, the usual. He got ROSC on scene at about fourteen minutes and was talking by the time he got to the cath lab. Those outcomes are rare. The Resuscitation Council UK 2021 guidelines will tell you why this one went well: early recognition, early CPR, early defibrillation. The chain of survival, in a supermarket, with strangers for links.

What I wanted to reflect on is what happened to the strangers afterwards. We left. That is how it works. I saw the lad from the tills standing by the trolleys with his hands still held out slightly in front of him, the way people stand when they've been doing something with their whole body and then stop. Nobody was looking after him. The store manager was busy reopening the tills.

I went back. I told him he had done exactly the right thing, that the shock he let the machine give was probably the reason we had a rhythm to work with. I told the care worker too. I gave them both the number for the ambulance service's bystander support line, which I'm ashamed to say I had to look up.

Since then I've put the number on a card in my jacket. Our trust now has a "we were there" leaflet, and a colleague is pushing to have a follow-up call made to bystanders after every arrest where they did CPR. It costs almost nothing.

If you're a student reading this: when you leave a scene, look around for the people with their hands still out.
`,
  },
  {
    id: "uk-gibbs-008",
    setting: "air ambulance",
    role: "medical student",
    text: `
**Description:** Observation day with a helicopter emergency medical service during my emergency medicine SSC. We flew to a motorway collision and the team performed a pre-hospital emergency anaesthetic on the hard shoulder: ketamine 2 mg/kg, rocuronium 1 mg/kg, a bougie, first pass. The doctor, Dr Mensah, talked through every step in a flat, almost bored voice.

**Feelings:** Awe, then something like guilt at being a spectator.

**Evaluation:** The checklist was read aloud like an aircraft pre-flight, and nobody skipped a line even with traffic roaring past. That discipline was the most impressive thing I saw all day.

**Analysis:** Human factors teaching (the Elaine Bromiley case, which every student hears about) suddenly made sense in a place with wind, noise and no second chances.

**Conclusion:** Checklists are not for people who don't know what they're doing.

**Action plan:** Use the RSI checklist in every sim, out loud, even when it feels silly.
`,
  },
  {
    id: "uk-free-009",
    setting: "ambulance",
    role: "paramedic",
    text: `
Handover I gave last week, pasted from my notes so I can pick it apart (I know, I know, I've edited it before posting, but read on).

> ATMIST. **A**: ⟦AGE|ninety-one⟧. **T**: collapse 14:20 at home, ⟦ADDRESS|Flat 2, 19 Harbour Brae, Stromness KW16 3AE⟧. **M**: syncope, found by daughter ⟦NAME|Morag⟧ (⟦PHONE|07700 900318⟧). **I**: small scalp lac, nil else. **S**: HR 34, BP 78/40, GCS 14. **T**: atropine 600 mcg ×2, minimal response, pads on. Pacemaker check: serial ⟦DEVICE|PJN338107H⟧ from the ID card in her purse. CHI ⟦ID|${nhs("150833 271")}⟧.

Reading it back, the clinical bits were fine; a failing pacemaker in a frail lady with a slow rhythm was the right thing to think of and the cardiology reg thanked us for the serial. But I also realise I was so proud of the handover that I was about to share it with the whole group chat. Which is why you're reading a version with the worst of it removed, and why I'm not sharing the rest.
`,
  },
  {
    id: "uk-comment-010",
    setting: "ambulance",
    role: "clinical team leader",
    text: `
Good reflection, and the learning about bystanders is spot on. One gentle thing though: you've kept the road, the time and the type of car in the first paragraph. Anyone local who saw the news that night would work out who it was in seconds. Could you make it "a rural road" and lose the car? The reflection doesn't need them.
`,
  },
  {
    id: "uk-what-011",
    setting: "emergency department",
    role: "emergency department nurse",
    text: `
What? A motorcyclist came in as a trauma call on a Sunday afternoon, open tib/fib and a pelvic binder on from the crew. He was lucid and his first request was that we didn't let his girlfriend see the leg. Ten minutes later she was at the front desk, and within the hour his mates had set up a fundraiser (⟦URL|https://www.justgiving.com/crowdfunding/get-jonno-back-on-two-wheels⟧) and were tagging him, ⟦OTHER|@jonno_rides_r1⟧, in photos from the car park.

So what? Relatives and friends now arrive with more information than we have, and they post it. His girlfriend, ⟦NAME|Shannon⟧, showed me a video of the crash filmed from a following bike and asked if it would help the surgeons. It genuinely might have. But I was standing there as a nurse watching a video I shouldn't really have seen, of a patient who hadn't consented to it being shown.

Now what? I asked our matron about policy. There isn't one. I'm drafting something with the ED governance lead, Dr Haines, about "information that families bring", including social media, and when to say "please don't post that yet".
`,
  },
  {
    id: "uk-free-012",
    setting: "flood",
    role: "district nurse",
    text: `
When the river came over the defences in November I spent two days with the fire service and the council moving housebound patients from a row of terraces to the leisure centre rest centre. I'm a district nurse; I know these front rooms better than my own.

Things I learned, in no particular order:

1. Medication lists are the first casualty. Half my patients' blister packs floated. Bring a printed list for everyone you can, and a marker pen.
2. Oxygen concentrators need power. We moved two patients onto cylinders and nearly ran out overnight.
3. People will not leave without their pets, and the rest centre will not take pets. Sort that before the water does.
4. The Red Cross volunteers were extraordinary, and mostly retired teachers.
5. Nobody asks the carers how they are. Ask.

The Environment Agency warning came about six hours before the water. We used maybe three of those hours well. Next winter I want a list, by street, of who is on oxygen, who is bedbound and who has dementia, held by us and shared with the fire service under a proper agreement.
`,
  },
  {
    id: "uk-gibbs-013",
    setting: "burns",
    role: "foundation doctor",
    text: `
Description: The ⟦DATE|Eleventh Night⟧ is the busiest night of the year in our ED and this year I was the FY2 on minors. A teenage boy, ⟦NAME|Cormac Devlin⟧, came in with flash burns to his face and forearms after a tyre went up on the bonfire at the top of ⟦ADDRESS|Glenbryn Park, Belfast BT14 7⟧. His granny brought him in and gave his address three times to three different people.

Feelings: Out of my depth with the politics, comfortable with the burns.

Evaluation: Irrigation, Lund and Browder chart (about 4% TBSA, partial thickness), tetanus, plastics referral. That part was fine. What I handled badly was when a police officer asked me, in front of the boy, whether he'd "been the one lighting it". I said I didn't know, which was true, but I should have said it wasn't a conversation for the cubicle.

Analysis: GMC confidentiality guidance is clear that disclosure to police needs a reason and usually consent; I froze because I'd only ever read it, not used it.

Action plan: I've asked my educational supervisor for a teaching session on police requests in the ED.
`,
  },
  {
    id: "uk-free-014",
    setting: "police custody",
    role: "medical student",
    text: `
I spent a week shadowing a custody healthcare team as part of a forensic medicine option. I went in expecting drama and came out thinking about dignity.

Most of what the nurses did was ordinary: methadone continuity, wound checks, insulin, alcohol withdrawal scores (CIWA-Ar every few hours), and asking, very often, "have you got anyone who'd worry about you?" The Police and Criminal Evidence Act 1984 sets out a lot of the rules, and Code C is quoted at you constantly, but the nurse I shadowed, Kelly, said the real rule is "treat them like they're in a cubicle in A&E, because one day they'll be in one".

The hardest moment was a young woman detained under section 136 of the Mental Health Act, waiting for a bed that didn't exist. She asked me what I was studying and then said, "you'll be the one sectioning people soon." I didn't know what to say.

I've put custody medicine on my list of things I might actually do.
`,
  },
];
