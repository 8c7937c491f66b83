import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK (England, Wales, Scotland, Northern Ireland): 11 items. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "care home night shift",
    role: "student nurse",
    text: `
Third night of my care home placement and I finally get why everyone says nights are a different job. Only two of us on the top corridor plus the senior carer, Beverley, floating between floors.

⟦NAME|Mrs Doreen Hallam⟧ (everyone calls her ⟦NAME|Dor⟧) is ⟦AGE|96⟧ and sundowns pretty badly. Around 02:40 she was up and dressed in her good coat, handbag on her arm, telling me she had to get the bus back to ⟦LOCATION|Threshfield, to the house behind the Old Hall Inn⟧ because her mam would be worried. My instinct was to correct her. Beverley just sat down on the bed and asked her what her mam used to cook on a Sunday. Twenty minutes of Yorkshire puddings and rice pudding later, ⟦NAME|Dor⟧ was back in her nightie and asleep.

What I'm taking from it: reorientation is not always kind. The dementia module taught us about validation (Feil, 1993) but honestly it read like a slogan until I watched someone do it properly. I also noticed I was rushing because I had the 03:00 obs round and two pads to change, and ⟦NAME|Dor⟧ could feel it.

Next shift I'm going to read her "This is me" booklet before handover instead of after. And I'm going to stop looking at the clock when I'm in someone's room. Easier said than done at 3am on my fourth Red Bull.
`,
  },
  {
    id: "uk-gibbs-002",
    setting: "ambulance call",
    role: "student paramedic",
    text: `
**Description.** Second-year placement with Welsh Ambulance, working out of Merthyr. We were called to a 58-year-old man whose wife had noticed his face "gone funny" at breakfast. Left-sided facial droop including the forehead, could not close his left eye, taste odd, no arm or leg weakness, speech normal. FAST was technically positive for the face and my crewmate Gareth and I had a proper debate in the cab.

**Feelings.** I wanted to blue-light him straight to the stroke unit. Gareth was calm and asked me to look at the forehead again.

**Evaluation.** Forehead involvement points to a lower motor neurone lesion, so Bell's palsy was far more likely than a stroke, which usually spares the forehead. But we are not in the business of ruling out stroke at the kerb, and the JRCALC guidance still says convey if in doubt. We conveyed, not on blue lights, and pre-alerted as a possible Bell's palsy with a query over Ramsay Hunt because he'd had ear pain.

**Analysis.** I had learnt FAST as a yes/no tool. It is a screening tool. GCS was 15, BM 6.4, BP 148/90, all the boring numbers mattered.

**Conclusion.** Slow down for ten seconds and look at the forehead.

**Action plan.** Revise cranial nerves before my OSCE on 3 March, and ask Gareth if I can lead the next neuro assessment. Also need to stop eating a meal deal in the cab on the A470 at 60 mph.
`,
  },
  {
    id: "uk-what-003",
    setting: "health visiting",
    role: "student health visitor",
    text: `
**What?** New birth visit in Paisley with my practice teacher, Morag. Baby ⟦NAME|Callum Reid⟧, born ⟦DATE|the Friday before Hogmanay⟧ at ⟦FACILITY_ROOM|the RAH⟧, and his mum ⟦NAME|Shannon⟧, 19, first baby. Address on the referral was ⟦ADDRESS|2/1, 48 Well Street, Paisley PA1 2SD⟧, but they were actually staying at her gran's because the flat had no heating. The CHI on the red book was ⟦ID|${nhs("261225 784")}⟧ which didn't match the one on our system by one digit, so Morag phoned the GP practice there and then.

**So what?** Two things I hadn't thought about. First, "where is the baby actually sleeping tonight" matters more than the address on the form: the gran's house had a dog, a smoker and a sofa. Second, a wrong CHI isn't admin trivia. If we'd recorded against the wrong number, his 6–8 week check and his immunisation recall would have gone somewhere else entirely.

⟦NAME|Shannon⟧ was defensive at first. Morag didn't lead with the sofa. She asked what ⟦NAME|Shannon⟧ already knew about Lullaby Trust advice, let her say most of it, then added the bits she'd missed.

**Now what?** I'm going to use Morag's order (their knowledge first, then ours) on my next solo visit. I'll also check identifiers against the red book every time, not just glance.
`,
  },
  {
    id: "uk-free-004",
    setting: "medication error",
    role: "community pharmacist",
    text: `
Near miss this week that I want to write up honestly because it was mine.

Dispensing in a pharmacy in east Belfast, Friday teatime, two locums off, the queue out the door because everyone was stocking up before the Twelfth. A repeat for methotrexate 2.5 mg came through as "take 4 tablets daily". Our system flagged it, I overrode the flag because I'd seen the same patient's weekly dose a hundred times and assumed the prescriber's template had slipped. I labelled it weekly. Correct outcome, wrong process: I never actually rang the surgery to confirm.

My accuracy checker, Ciara, caught that the override reason field was blank and asked me about it. She was right. If it had been a new patient I would have been relying on memory and mood.

Methotrexate daily-instead-of-weekly errors kill people. The NPSA alert was back in 2006 and we are still seeing it. The MHRA keeps re-issuing reminders. I know all of this, and I still took the shortcut because I was tired and Ulster were playing at eight.

What I've changed: a flag on methotrexate now means a phone call, full stop, no matter how well I know the patient. I've also asked our area manager about a second pharmacist on the Friday before the bank holiday. And I've told the team about the near miss at our Monday huddle, which was more uncomfortable than I expected.
`,
  },
  {
    id: "uk-comment-005",
    setting: "nursing education",
    role: "practice assessor",
    text: `
This is a really thoughtful reflection, Amira. You've moved from "what happened" to "why I did what I did" and that is exactly the shift we look for at the end of part two. One challenge for you: you mention the NEWS2 of 6 but not what escalation you did at 5. Have a look at the trust policy and add a line. Happy to sign off proficiency 3.9 on Thursday.
`,
  },
  {
    id: "uk-free-006",
    setting: "birth",
    role: "student midwife",
    text: `
My first catch where I did almost everything myself, with my mentor Jo's hands hovering about an inch away the whole time.

⟦NAME|Precious Mensah⟧, 31, second baby, came into ⟦FACILITY_ROOM|Room 6 on the Jessop Wing delivery suite⟧ at about 7 cm on ⟦DATE|Bonfire Night⟧, fireworks going off over the Ponderosa the whole time which she said was "for her". Her husband ⟦NAME|Kwabena⟧ kept apologising for being in the way. He wasn't.

Spontaneous vaginal birth at 23:52, girl, Apgar 9 and 10, 3.41 kg, first-degree tear that didn't need suturing. Physiological third stage because that was on her birth plan and she'd clearly thought about it. I'd only ever done active management on the ward, so Jo talked me through what to watch for: lengthening cord, gush of blood, uterus rising. It took 38 minutes and I had to sit on my hands.

They named her ⟦NAME|Esi⟧, which ⟦NAME|Precious⟧ told me means born on a Sunday, and then laughed because it was Wednesday and they'd picked it in March.

Reflection bit: I was so focused on the perineum that I missed ⟦NAME|Kwabena⟧ going grey in the corner. Jo spotted it and sat him down. Next time I want to do a quick scan of the whole room every few minutes, not just the woman and the baby. NMC Standards for midwives (2019) talk about the family as part of care and I'd kind of forgotten that when it got exciting.
`,
  },
  {
    id: "uk-free-007",
    setting: "surgical ward",
    role: "student nurse",
    text: `
ok week 4 on general surgery, writing this on the bus home so forgive typos

honestly did not expect to enjoy it this much?? everyone told me surgery was just obs and drains and NBM signs but the actual patient stuff is so interesting. had a lady post lap chole with shoulder tip pain and I panicked thinking MI, my PA Dan explained referred pain from the CO2 under the diaphragm and I felt like an idiot but also a bit like a genius for knowing to ask lol

stuff I learnt this week:
- Murphy's sign properly, not just the textbook drawing
- why we don't give morphine AND codeine together (ask me about opioid conversion, I dare you)
- fluid balance charts are basically lies unless someone actually measures the jug
- the difference between a PCA and an epidural in terms of what I'm allowed to touch (nothing, basically)

low point: got told off by a consultant on the ward round for standing on the wrong side of the bed. no idea there was a right side. apparently it's where the notes trolley is. fair enough.

high point: the HCA, Sue, who has been there 22 years, showed me how to do a proper bed bath without making someone feel like a car wash. dignity is a skill, not a vibe.

anyway Forest lost again and I have a care plan due Friday so that's my weekend sorted. Strictly tonight and then bed.
`,
  },
  {
    id: "uk-what-008",
    setting: "district nursing",
    role: "district nurse",
    text: `
**What?** Visit for a leg ulcer dressing in the Teifi valley with my student, Rhys. ⟦NAME|Mr Dilwyn Pugh⟧ lives alone in ⟦LOCATION|the last cottage past the chapel on the Cwmann road, opposite the old creamery⟧, no postcode that the satnav likes. His niece ⟦NAME|Eirlys⟧ usually pops in but she's away, and he hadn't answered the phone. His landline on the referral is ⟦PHONE|01570 555 208⟧ and it rang out three times. When we got there he was on the kitchen floor, awake, cold, had been there since the evening before. He refused to be "carted off to ⟦FACILITY_ROOM|Glangwili⟧".

**So what?** We spent two hours. Obs were okay apart from a temp of 35.1, no obvious injury, CK came back later at 1,800. Capacity was the big question. Rhys was ready to call 999 anyway. We assessed his capacity for that one decision, documented it, warmed him up, got the GP out and arranged a package through the rapid response team. He's ⟦OTHER|the only one still keeping Welsh Black cattle on that side of Llanybydder⟧ and he said if he goes into hospital the cows go to market.

**Now what?** Mental Capacity Act training told us capacity is decision-specific and presumed. Seeing it used to let someone stay home, carefully, was a different thing. I've asked for a pendant alarm referral, and we've agreed a welfare call every morning until ⟦NAME|Eirlys⟧ is back.
`,
  },
  {
    id: "uk-free-009",
    setting: "home visit",
    role: "occupational therapist",
    text: `
A home assessment that went wrong in an instructive way.

Referral from the falls team for a man in his late seventies with Parkinson's, recent fall, Berg 34/56, on co-careldopa 25/100 five times a day. I'd planned a kitchen assessment and a look at bathing. Arrived at 11 to find him frozen in the hallway, literally unable to initiate a step, because his 10:00 dose had been late. His wife said it happens most mornings.

I'd read about freezing of gait at uni (Nutt et al., 2011 is still the paper everyone cites) but watching a man stand in his own hallway unable to move while his wife says "come on, love" was a lot. We tried the visual cue trick: I put a strip of masking tape across the threshold, and he stepped over it first time. His face.

What I'd do differently: I'd have phoned ahead to ask about medication timing and booked the visit for an "on" period. I'd have brought the tape. And I'd have asked his wife what she does when it happens, because she had already invented three cueing strategies of her own, including humming "Bread of Heaven", which worked better than mine.

Plan: liaise with the Parkinson's nurse about dose timings, order a perching stool, and teach cueing properly. I've also put a roll of tape in the car, between the Jelly Babies and my Newcastle season ticket wallet.
`,
  },
  {
    id: "uk-comment-010",
    setting: "peer feedback",
    role: "student nurse",
    text: `
Lovely write-up but please edit before our tutor sees it!! You've got ⟦NAME|Mr Okonjo⟧'s full name and ⟦FACILITY_ROOM|bay 4 bed 2 on Ward 32 at the QE⟧ in the second paragraph, plus his NHS number ⟦ID|${nhs("485 777 320")}⟧ in the photo caption. Change to "a man in his sixties" and "a surgical ward". Otherwise great, the bit about the sepsis six was spot on.
`,
  },
  {
    id: "uk-free-012",
    setting: "handover",
    role: "staff nurse",
    text: `
quick one before I forget. Night handover on ⟦FACILITY_ROOM|Ward 5 at Ninewells, bed 9⟧ was a mess on ⟦DATE|Sat 14th⟧: the gent in there is ⟦AGE|94⟧, not 49 like the whiteboard said, and the day team had been dosing his enoxaparin off the wrong weight as well. Nobody hurt, anti-Xa fine, Datix done. What I'm taking away is to read the age off the wristband and the drug chart, not the board, and to say the numbers out loud at the bedside. Sister Campbell wants it at the Tuesday huddle. Fair.
`,
  },
  {
    id: "uk-free-011",
    setting: "mental health",
    role: "student mental health nurse",
    text: `
I need to think this one through properly because I'm still not sure I did the right thing.

On my community mental health placement in Glasgow, one of our young people, ⟦NAME|Kayleigh Duffy⟧, 17, has been doing well on sertraline and with her CPN, Liam. On Tuesday she showed me her TikTok, ⟦OTHER|@kayleighs_recovery_diary⟧, which has about four thousand followers. She posts about self-harm recovery and her clinic visits. One video was filmed in our waiting room with the clinic sign in the background and another shows her appointment letter, with her address, ⟦ADDRESS|14 Auldhouse Road, Glasgow G43 1UX⟧, readable if you pause it.

Part of me was proud of her. She's found a voice and other teenagers message her saying she helps. Part of me was terrified. Some of the comments were not kind, and one person had posted "ur at the same clinic as my cousin lol".

I didn't know whether it was my place to say anything. I talked to Liam, and he raised it with her in supervision the next day, gently, about the letter and the location, not about whether she should post at all. She deleted the letter video that night and messaged her mum, ⟦NAME|Angela⟧, at ⟦EMAIL|angela.duffy77@btinternet.com⟧ to ask for help with her privacy settings (she cc'd Liam, which is how I know).

Learning: my job wasn't to police her recovery story. It was to notice the risk and pass it to the person who had the relationship. I still think about that cousin comment.
`,
  },
];
