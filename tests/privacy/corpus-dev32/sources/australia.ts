import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote community rehabilitation",
    role: "physiotherapist",
    text: `
Fly-in fly-out week in the Top End, and I want to get this one down.

⟦NAME|Uncle Roy⟧ had a below-knee amputation in Darwin a year ago and went home to ⟦LOCATION|the outstation at Yilan, forty minutes past the barge landing⟧ without a prosthesis, because his stump was still changing shape and nobody could get out to refit him. When we arrived he had been using a plastic chair as a walker for eleven months. Deadly resourceful, totally unsafe.

The clinic's paperwork for the NDIS access request needed his Medicare number, ⟦ID|${medicare("2953 1847", 1)}⟧, and his NDIS number, ⟦ID|430 512 874⟧, which his niece ⟦NAME|Shanice⟧ found in a plastic bag on top of the fridge with his birth certificate.

We did a casting on the verandah with the Aboriginal health practitioner, Jacinta, interpreting in Kriol when I got too technical. ⟦NAME|Roy⟧ asked if the new leg could be black, not "whitefella pink". The prosthetist in Darwin said yes, easily. Nobody had asked him before.

Learning: remote rehab is mostly logistics and relationships. The clinical bit is small. And a plastic chair is a stronger message about our service than any audit.
`,
  },
  {
    id: "au-what-002",
    setting: "NDIS plan review",
    role: "occupational therapist",
    text: `
**What?** I wrote my first functional capacity report for an NDIS plan review this week, for a young woman with spina bifida who wanted funding for a power-assist device for her manual wheelchair so she could get to uni up a very steep hill.

**So what?** The NDIA wants evidence that the support is "reasonable and necessary", and my draft read like a clinical assessment: manual muscle testing, shoulder range, a six-minute push test. My supervisor, Kirsten, said the planner needs to see the daily life consequences, not the numbers. What happens to her shoulders over twenty years of pushing up that hill? What does she miss out on because she arrives at lectures exhausted? The numbers support the story; they aren't the story.

**Now what?** I rewrote it around her goals in her words, with the clinical findings as evidence under each one. I've also been following Dylan Alcott's advocacy about the scheme, which is a good reminder that plan reviews are about people's lives, not budgets. I'm going to ask to see a few successful reports from senior OTs before my next one.
`,
  },
  {
    id: "au-free-003",
    setting: "spinal injuries unit",
    role: "registered nurse",
    text: `
A night on the spinal unit, written the morning after because I couldn't sleep.

⟦NAME|Kane⟧, 23, C5 ASIA B after a surfing accident at a beach break he won't name to anyone ("locals only"), is in ⟦FACILITY_ROOM|room 6 of the Spinal Injuries Unit at the PA⟧. His girlfriend rang the ward at 1am from ⟦PHONE|0491 570 226⟧ because he'd sent her a text that scared her. He'd been using voice-to-text, the one thing he can do independently, to tell her he didn't want to be here any more.

I sat with him until 4. I didn't say much. He talked about surfing, about his dad, about whether he'd ever have sex again. I said I didn't know, but that the sexuality clinician, Jo, would, and I'd get her to come. He asked if I could stay till he fell asleep.

In the morning I handed over to the team and the psych liaison came. The plan's in place.

What I've learned: the first months of SCI are a grief, and nights are when it comes out. I'd done the suicide risk training. I hadn't done the sitting-in-silence training. Nobody teaches that.
`,
  },
  {
    id: "au-gibbs-004",
    setting: "brain injury rehabilitation",
    role: "speech pathologist",
    text: `
**Description.** A man in his forties with a severe TBI from a motorbike crash had cognitive-communication difficulties: tangential, talkative, no awareness of his listener's boredom. His goal was returning to his job as a car salesman.

**Feelings.** I liked him a lot and found him exhausting, and felt guilty about the second part.

**Evaluation.** Standard social communication therapy, with video feedback of conversations, went well in sessions. It didn't transfer. At his work trial he talked a customer out of a sale.

**Analysis.** Reading Togher's work on communication partner training, I realised we'd trained only him. His workmates and wife were the ones in the conversations every day. The TBI Express program trains families and friends together and has good evidence.

**Conclusion.** The brain injury is his, but the conversation belongs to two people.

**Action plan.** I'm enrolling in TBI Express training, and next week I'll invite his wife and his sales manager in, if he agrees, to learn some simple cues. My supervisor, Dimitri, suggested a signal they agree on, like a tap on the watch, to flag when he's drifting.
`,
  },
  {
    id: "au-comment-005",
    setting: "spinal injuries unit",
    role: "peer support worker",
    text: `
Mate, this is beautiful and I'm glad you stayed. Though I've gotta say, pretty sure I know who this is: the bloke from Cronulla who films his rehab on YouTube at ⟦URL|https://www.youtube.com/@kanesroadback⟧? The voice-to-text bit was in his last video. Might be worth tweaking details, just in case.
`,
  },
  {
    id: "au-free-006",
    setting: "supported living",
    role: "disability support coordinator",
    text: `
Shared my supported independent living review notes with the wrong team last month. Rewriting them here (de-identified properly this time) as a reflection — except I'm keeping the one detail that taught me the most, with permission.

⟦NAME|Shazza⟧ (⟦NAME|Sharon Pickering⟧ on her plan, but nobody calls her that) is 52, has Down syndrome and early-onset Alzheimer's disease, and has lived in the same group home at ⟦ADDRESS|17 Banksia Crescent, Wodonga VIC 3690⟧ for twenty years with three housemates. The provider wanted to move her to aged care because her support needs were rising.

Her housemates wrote a letter. Actually, one of them dictated it to a support worker: "Shazza is our family. She helps us make the tea. We will help her now."

We stayed. We added overnight active support, changed the kitchen so the kettle auto-switches off, put picture labels on every cupboard and her photos on her bedroom door. Her dementia is progressing, but slowly, in her own house.

The lesson for me: ageing in place is a right people with intellectual disability get denied far more often than other Australians, and the case for it is often made by the people who live with them, not by us.
`,
  },
  {
    id: "au-what-007",
    setting: "prosthetics clinic",
    role: "prosthetist",
    text: `
**What?** A farmer with a bilateral transtibial amputation came in furious that his new carbon-fibre feet were "rubbish for the farm". He was right: they were designed for walking on flat surfaces and he spends his days on uneven paddocks, in mud, climbing in and out of a ute.

**So what?** We'd prescribed what the guidelines and the funding favour for his activity level without ever asking about his terrain. His physio, Ella, had only seen him walk on the clinic floor. I felt embarrassed; the most important part of the assessment was missing.

**Now what?** We did a home visit. I watched him walk his fence line, climb a stile and kneel to fix a trough. We changed to a multi-axial foot with better ground compliance and a more durable cosmesis, and added a waterproof shower leg he can wear in the yards. I've added "Where do you walk? Show me." to my assessment template, and I'm going to ask to do more home visits. The clinic floor is the least realistic surface he'll ever walk on.
`,
  },
  {
    id: "au-free-008",
    setting: "geriatric rehabilitation",
    role: "geriatrics registrar",
    text: `
He marched in the parade on ⟦DATE|Anzac Day⟧ in a wheelchair pushed by his great-grandson, and fell out of bed that night. That was how ⟦NAME|Mr Albert Cheung⟧ came to our geriatric rehab ward with a fractured neck of femur, ⟦AGE|aged 98⟧, already famous on the ward because he is ⟦OTHER|the last surviving Chinese-Australian veteran of the Kokoda campaign in Bendigo⟧ and the local paper has covered him twice.

I'll admit I expected him to be a nursing home discharge. He expected to go home.

Rehab at ⟦AGE|98⟧ looks different: shorter sessions, more rest, careful delirium prevention, a pharmacist reviewing every drug. We stopped his oxybutynin (anticholinergic burden), kept his paracetamol regular and used 2.5 mg oxycodone sparingly. He worked with the physio, Hamish, twice a day and did his own extra exercises from memory of his army drills.

He went home after five weeks with a four-wheeled walker and community support. His daughter, in her seventies, cried.

I now think my expectations were ageism with a clinical vocabulary. Frailty scores matter, but so does asking what the person expects.
`,
  },
  {
    id: "au-comment-009",
    setting: "geriatric rehabilitation",
    role: "physiotherapist",
    text: `
Loved reading this. Rehab in very old age is so underrated, and you're spot on that frailty tools can become an excuse. One suggestion: the Clinical Frailty Scale and a simple goal conversation on admission would give the team a shared starting point. Keep challenging those assumptions, registrar!
`,
  },
  {
    id: "au-free-010",
    setting: "hearing and aged care",
    role: "audiology student",
    text: `
Residential aged care placement, and a small lesson about batteries.

⟦NAME|Mrs Dorothy "Dot" Prideaux⟧ turned ⟦AGE|ninety-one⟧ last week at ⟦LOCATION|Jacaranda Gardens aged care in Maryborough⟧, and staff had charted her as "withdrawn, ?early dementia" for a month. Her hearing aid, serial ⟦DEVICE|PHN-22R-0947716⟧ on the audiology referral, had a flat battery and a wax-blocked dome. Nobody had noticed because she'd stopped asking.

We cleaned it, changed the battery and she told me off for being late. Then she told the care manager, Bec, that the new carers "mumble like wombats".

My supervisor, Hugh, says hearing loss is the biggest modifiable risk factor for dementia in the Lancet Commission and the most ignored one in aged care. I've written a one-page hearing-aid check for the night staff with pictures.

The lesson: before labelling someone confused, check they can hear you.
`,
  },
];
