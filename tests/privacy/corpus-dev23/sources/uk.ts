import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK: the Dales, Cornwall, mid Wales, Shetland, Fermanagh, the Fens, Cumbria, Devon, Herefordshire. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "home visit",
    role: "GP registrar",
    text: `
Home visit, upper Swaledale, in sleet. My trainer Dr Hebden had warned me that ⟦NAME|Wilf Metcalfe⟧ would not come down to the surgery "unless he was dead, and possibly not then", so on ⟦DATE|Thursday 14 March⟧ I drove up to ⟦LOCATION|High Scar Farm above Thwaite⟧ with the dog-eared visit bag and a flask.

He is ⟦AGE|93⟧ and had rolled the quad on the steep pasture behind the lambing shed two days before. His granddaughter ⟦NAME|Becky⟧ found him sitting against the wall "having a rest". GCS 15, no neck pain, but a lovely bruise over the left lower ribs and a sats of 94% on air that I did not like. He refused admission point-blank. Lambing starts next week, the tups need feeding, and Northallerton is "a foreign country".

What I learned: a capacity assessment is not a formality you do to get the answer you want. He understood the risk of a pneumothorax or a flail segment developing, he weighed it against the ewes, and he decided. We agreed on co-codamol, a safety-net plan written in big letters on the back of an envelope, and that ⟦NAME|Becky⟧ would ring the practice if his breathing changed. I rang the next morning; he had been out feeding by seven.

Dr Hebden's comment when I got back to Hawes: "Welcome to the Dales. Now write it up properly." So I have.
`,
  },
  {
    id: "uk-gibbs-002",
    setting: "general practice",
    role: "GP registrar",
    text: `
**Description.** Third month as an ST3 in a two-partner practice in far west Cornwall. I live in St Just, my kids go to the primary school, and I play (badly) for the pub quiz team at the Star. This week I realised that roughly one patient in five on my list is someone I have chatted to at the school gate, in the Co-op queue or on the touchline at the rugby.

**Feelings.** Mostly a low hum of anxiety. Am I being too chatty? Am I less careful with the history because I "know" them? Will they mind seeing me at the Golowan festival in Penzance with a pint in my hand?

**Evaluation.** My trainer, Dr Rosewarne, grew up here and says it never goes away, you just get better at switching hats. She pointed out that familiarity cut both ways this week: it made one consultation about low mood much easier, and it made me hurry another about a breast lump because the woman was laughing about our sons' football.

**Analysis.** GMC Good Medical Practice (2024) is clear that the duties are the same. The King's Fund work on rural practice describes the "fishbowl" effect well. It is a skill, not a failing.

**Action plan.** Clear opening line: "In here I'm your GP." Never discuss consultations outside, even when asked. Book a double appointment when I notice I'm rushing because of social comfort. Discuss at the next tutorial.
`,
  },
  {
    id: "uk-what-003",
    setting: "community nursing",
    role: "advanced nurse practitioner",
    text: `
**What?** I run the Tuesday leg-ulcer and chronic-disease clinic in a small market town in mid Wales and do home visits on the way back. ⟦NAME|Mrs Glenys Pritchard⟧, who I have known since I was in chapel Sunday school with her daughter, has had a venous ulcer for eleven months. I visit her at ⟦ADDRESS|2 Tŷ Capel, Pontrhydfendigaid, SY25 6BX⟧. On my last visit the wound had doubled in size, smelt, and she had a temperature of 38.4. I arranged admission to ⟦FACILITY_ROOM|Ysbyty Bronglais⟧ and her son rang me twice that evening on his mobile, ⟦PHONE|07700 900318⟧, wanting updates I could not give him.

**So what?** Knowing the family made me slower to escalate. I had been telling myself for a month that the ulcer was "holding", because ⟦NAME|Glenys⟧ hates fuss and I did not want to be the one to send her in. The ABPI was 0.9 in January, so compression was appropriate, but I had not re-measured the wound properly for six weeks.

**Now what?** I have started photographing and measuring every ulcer at every visit, whoever the patient is. I have asked our practice manager for a shared family-contact protocol so that relatives ring the surgery line, not me. And I have told my own mother, who sits next to ⟦NAME|Glenys⟧ in chapel, that I will not be discussing anyone.
`,
  },
  {
    id: "uk-free-004",
    setting: "island general practice",
    role: "rural GP",
    text: `
Shetland, west side. We are one of the smaller practices in the isles: two GPs, a nurse, and a ferry timetable that decides more of our clinical management than any guideline.

⟦NAME|Magnus Isbister⟧ (CHI ⟦ID|${nhs("120351 463")}⟧) crofts at ⟦LOCATION|Dale of Walls⟧. He rang on ⟦DATE|Up Helly Aa⟧ night itself, when half the island was in Lerwick watching the galley burn and the other half was on call, to say his chest was "tight, like a ewe sitting on it". I drove the forty minutes with the practice ECG machine; ST elevation in II, III and aVF. Thrombolysis in his kitchen, with his wife holding the torch because the power had flickered, then the air ambulance from ⟦FACILITY_ROOM|the Gilbert Bain⟧ helipad once the wind allowed.

Things I will remember: the checklist for pre-hospital thrombolysis is only useful if you have practised it in a kitchen, not just read it; tenecteplase dosing by weight means you need to ask "what do you actually weigh" and believe the answer; and nobody on a small island is "just a patient". His sister is our practice receptionist. We sat down together the next morning and agreed she would not look at his notes, and that I would tell her nothing she had not heard from him.

He is home now, on ticagrelor and atorvastatin 80 mg, and back at the sheep.
`,
  },
  {
    id: "uk-comment-005",
    setting: "general practice",
    role: "GP trainer",
    text: `
Thanks for posting this, Aoife. The "switching hats" line is exactly what I try to teach. One thing to add: the Practitioner Health service is there for you too, not just the patients, and rural registrars use it more than you would think. Bring the rugby-touchline example to Thursday's tutorial and we'll role-play it. Well written. — Dr Rosewarne
`,
  },
  {
    id: "uk-free-006",
    setting: "general practice",
    role: "GP",
    text: `
A personal one. My dad was diagnosed with Parkinson's disease last spring, aged 71, in the same Fermanagh town where I now work as a salaried GP. He was a PE teacher at the grammar school for thirty years and still referees at the Gaelic club on a Sunday, so the whole county has an opinion about his tremor.

What surprised me was how differently I heard the neurologist's explanation as a daughter. I know the Hoehn and Yahr stages, I know levodopa-carbidopa titration, I could draw you the basal ganglia circuits from memory. None of that helped in the clinic room. I wanted someone to tell me he would still be able to walk the Lough Erne shore path at Christmas.

It has changed how I consult. When I diagnose something chronic now, type 2 diabetes, COPD, early Alzheimer's, I stop after the explanation and ask, "What does this mean for the things you actually do?" Then I shut up. My trainer years ago, Dr Maguire in Enniskillen, used to say the best question in medicine is "What else?" and I finally believe her.

Dad is doing well on Madopar 62.5 mg three times a day. He has given up refereeing under-14s "because they run too fast" and taken up the Parkinson's UK walking group on a Wednesday. I am trying to be his daughter and not his doctor. It is harder than the MRCGP.
`,
  },
  {
    id: "uk-what-007",
    setting: "farm accident",
    role: "GP registrar",
    text: `
**What?** Late September, the Lincolnshire Fens, the end of the potato harvest. A seasonal worker from Latvia, ⟦NAME|Artūrs Kalniņš⟧, came to our branch surgery with a hand crushed in a grading line. His supervisor drove him in, in a white van, ⟦OTHER|KY19 HFD⟧, and left the engine running outside because "the line can't stop". NHS number ⟦ID|${nhs("485 777 302")}⟧, registered with us only the week before. Open fracture of the fourth metacarpal, a flap over the dorsum and a capillary refill of four seconds in the ring finger.

**So what?** I realised halfway through that he had not understood a word I said about surgery, and that I had been using the supervisor as an interpreter. He nodded at everything. When I phoned Language Line, the story changed: the hand had been caught the night before, he had kept working, and he was frightened that going to hospital would cost him the job and the caravan bed that came with it.

**Now what?** I escalated to plastics in Nottingham by phone, gave IV cefuroxime and a tetanus booster, and sent him by ambulance rather than with the supervisor. I have since looked up the Gangmasters and Labour Abuse Authority reporting line and discussed it with my trainer. And I have added Language Line's number to the front of my diary. Never again will I use the boss as the interpreter.
`,
  },
  {
    id: "uk-gibbs-008",
    setting: "mountain rescue",
    role: "GP registrar",
    text: `
**Description.** I volunteer with the mountain rescue team in the northern Lakes. Last Saturday we were called to a fell runner on Blencathra with a lower-leg injury. I was the team doctor on the hill. It was fine: an ankle fracture, splinted, Entonox, a long carry-off and the helicopter from Carlisle cancelled because the cloud lifted.

**Feelings.** Elated, then flat. I had forgotten how much I love this.

**Evaluation.** The medicine was simple. What went well was team work: Jonty ran the rope system, Sarah kept a clear log, and I kept my mouth shut about things that were not medical. What went less well was my drug bag. The morphine was in date but the paracetamol was not, and I had packed no tranexamic acid.

**Analysis.** The Faculty of Pre-Hospital Care guidance is explicit about checking kit, and the 2021 Mountain Rescue England and Wales casualty care manual has a checklist I had never actually used. There is also the "weekend warrior" problem: I am a GP registrar five days a week and my trauma skills are decaying. Ottawa ankle rules, GCS, the primary survey, I know them, but I run them slowly.

**Action plan.** Monthly kit check with the team's equipment officer, a pre-hospital course in the autumn, and I have asked Dr Lowther at the practice for protected time to attend the team's scenario nights. And I am buying better gloves.
`,
  },
  {
    id: "uk-free-009",
    setting: "cardiology follow-up",
    role: "GP",
    text: `
I got an email on a Sunday. It went to my NHS account, which I did not know was findable, from ⟦EMAIL|ron.tapper.brixham@outlook.com⟧: ⟦NAME|Ronald Tapper⟧, who I saw the week before for dizziness, had found my address on the practice website. His pacemaker (serial ⟦DEVICE|PJN418027S⟧, he had typed it out in full "in case you need it") had "buzzed" during the Brixham regatta and he wanted to know if he could still crew for his grandson in the gig race.

This is small-town general practice in south Devon. He lives ⟦ADDRESS|4 Rope Walk, Brixham TQ5 8BN⟧, three doors from my in-laws. His daughter had also set up a ⟦URL|https://www.justgiving.com/page/ron-tapper-gig-row⟧ page for the heart charity, with a photo of him in his lifejacket outside the hospital.

What I did: I did not answer the medical question by email. I rang him Monday morning on the number in his notes, brought him in, and we interrogated the device with the pacing clinic by phone. A lead impedance alert; he was seen at ⟦FACILITY_ROOM|Torbay⟧ that week.

What I learned: our practice website lists our names and NHS.net addresses, which is fine for colleagues and a bit of a risk for us. I have asked the practice manager to replace them with the generic inbox. And I wrote back, briefly and kindly, asking him to use the surgery line, which he now does, with the gig-race results attached.
`,
  },
  {
    id: "uk-comment-010",
    setting: "home visit",
    role: "GP registrar",
    text: `
Great write-up, and I recognise every word from my own Dales placement. One gentle point before this goes on the public blog: the name of ⟦NAME|Mr Metcalfe⟧'s farm plus his age would identify him to anyone in Upper Wensleydale in about four seconds. Maybe "a hill farm in the dale" and "in his nineties"? Happy to chat. — Priya (ST2, Richmond)
`,
  },
  {
    id: "uk-free-011",
    setting: "general practice",
    role: "practice nurse",
    text: `
Flu clinic Saturday in a Herefordshire village hall. We ran it like a mini festival: the WI did tea and Welsh cakes, the Young Farmers parked cars, and the vicar, Reverend Clare, handed out numbers. We vaccinated 412 people in five hours with two nurses, two HCAs and our GP partner Dr Beddoes, who insisted on being on the door.

Clinically it was straightforward: quadrivalent vaccine, the adjuvanted one for the over-65s, LAIV nasal spray for the children at a separate table with stickers. We had adrenaline 1:1000 drawn up per the Resus Council anaphylaxis guidance and, thankfully, never used it. One vasovagal in a farmhand who had not eaten since 5am.

What made it work was the community. People came because it was an event, not an appointment. Uptake among our over-65s was 86% by the end of October, the best in the PCN. Half the people in the queue were asking me about my mum's hip and whether my son's cricket team had won.

What I would change: the queue for the elderly was too long and too cold, and the hall's one toilet was a problem. Next year: a seated queue, two sessions, and a second toilet borrowed from the cricket club. And the WI have already booked the date.
`,
  },
];
