import type { SourceItem } from "../../corpus/types.ts";

/** United States: fire camps, bush villages, shelters, sidelines, fishing boats and free clinics. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "wildland fire medicine",
    role: "fireline paramedic",
    text: `Fire camp diary, day 9

Smoke so thick this morning the sun came up orange. I'm the line medic for two hotshot crews and a handful of contract engine crews, working out of the ⟦LOCATION|Cedar Flat spike camp off Forest Road 2610⟧.

Around 14:00 one of the sawyers, ⟦NAME|Dustin "Dusty" Halvorsen⟧, walked up to my truck holding his left forearm. Chainsaw kickback, 6 cm laceration through the sleeve, bleeding controlled with a pressure dressing by his swamper. Tendons intact, full grip, cap refill fine. I irrigated with a liter of saline, closed it with staples, tetanus was up to date (he showed me the card, 2021). Told him no saw for five days. He argued. Division sup backed me up.

Second thing: his wife called the camp phone asking if he was the one who got hurt, because rumors travel faster than fire. I gave her the callback number for the crew boss, ⟦PHONE|(541) 555-0183⟧, and didn't confirm anything myself. Felt cold doing it but it isn't my news to give.

Things I'm chewing on: heat illness is the thing we train for and it's cuts and sprains I actually see. Also rhabdo — the guys dig line for sixteen hours and then wonder why their pee is dark. I've started asking everyone about urine color at breakfast, which gets me some looks.

Per the 2024 NWCG incident medical guide I'm supposed to log every contact. I have 31 this week. Most of them are blisters.`,
  },
  {
    id: "us-what-002",
    setting: "rural Alaska",
    role: "family medicine resident",
    text: `What?
I spent four weeks of my rural rotation flying out of Bethel to villages in the Yukon–Kuskokwim Delta, working with community health aides. The aides run the village clinics day to day; we come out every few weeks and consult by phone the rest of the time. I saw otitis media, impetigo, a lot of hypertension, a toddler with RSV, and an elder with a COPD exacerbation we managed with nebulized albuterol and prednisone 40 mg for five days.

So what?
The community health aide I worked with most, Rose, has been doing this since 1998. She knew every family's medical history without looking at a chart. I was supposed to be teaching her; it went the other way. The Community Health Aide Manual is an amazing document, basically decision trees written in plain English, and I wish every residency used something like it.

Now what?
I want to come back for a longer stint after residency. I also want to stop saying "remote" as if it's a deficit. For the people there, Anchorage is remote.`,
  },
  {
    id: "us-gibbs-003",
    setting: "disaster shelter",
    role: "nurse practitioner",
    text: `Description. Fourth night in the parish shelter after the hurricane. We had about 300 cots in a gym. A Red Cross volunteer brought me ⟦NAME|Miss Odile Thibodeaux⟧, ⟦AGE|94⟧, who had been rescued from the attic of her house at ⟦ADDRESS|418 Bayou Noir Road, Lafitte, LA 70067⟧ the day before. She'd gone three days without her furosemide and her ankles were like tree trunks. O2 sat 89% on room air.

Feelings. Honestly, rage. Not at her, at the system that left a 94-year-old alone in an attic.

Evaluation. We had a donated oxygen concentrator, a small pharmacy, and a volunteer doc on the phone. I restarted furosemide 40 mg, put her on 2 L, and she diuresed on a commode behind a bedsheet curtain. Her grand-nephew ⟦NAME|Lucien⟧ arrived on day five with her Medicaid paperwork, which had her Social Security number, ⟦ID|078-05-1120⟧, written on every page, and left it on her cot. I put it in the locked med box.

Analysis. Shelters are full of paper nobody is protecting. I think about that more than about the diuretics.

Conclusion. The medicine was the easy part.

Action plan. I've asked our state disaster nurse team to add a "document bag" to the shelter kit.`,
  },
  {
    id: "us-free-004",
    setting: "sports medicine",
    role: "team physician",
    text: `Friday night lights and the concussion conversation

I'm a family physician and I've been the volunteer sideline doctor for our town's high school football team for eleven seasons. Friday was a rough one. A sophomore linebacker took a helmet-to-helmet hit in the second quarter, got up, and wobbled.

We pulled him. The athletic trainer, Marcus Reyes, did the SCAT6 in the locker room: symptom score 38, delayed recall 2 of 10, tandem gait failed. Not a hard call. He was out for the night and he's out until he's symptom-free and through the return-to-play stages from the 2022 Amsterdam consensus statement.

What made it hard was the dad, who came down from the bleachers telling me his kid was "fine, he's always like that", and the coach, who needed a linebacker. I've had this conversation maybe a hundred times and it never gets easier. I did what I always do: showed the dad the balance test on my phone video. Silence.

Some things I've learned over eleven years:

- The athletic trainer knows the kids better than I do. Let them lead.
- Never let a player go back in "just to see".
- Second-impact syndrome is rare, but you only need to see it once.

I'll be at the game next week too. So will he — on the bench, in his jersey, which I've learned matters to them almost as much as playing.`,
  },
  {
    id: "us-free-005",
    setting: "free clinic event",
    role: "dental and medical volunteer",
    text: `Two days at a pop-up clinic in Appalachia

Every fall I volunteer at a [Remote Area Medical](https://www.ramusa.org) weekend clinic in a county fairground in east Tennessee. People sleep in their cars in the parking lot to get a wristband. This year we saw about 1,100 patients in two days: teeth pulled, eyeglasses made on site, pap smears, blood pressure checks, wound care.

The one I can't shake: ⟦NAME|Bobby Jo Caudill⟧, a coal miner's widow from ⟦LOCATION|Stinking Creek, up past the old Bear Branch tipple⟧, who came for dentures and mentioned, almost in passing, a lump in her breast she'd had "since Easter". I sent her to our women's health tent and they got her an appointment with the regional cancer center within a week. Her niece set up a fundraiser the next day — [⟦NAME|Bobby Jo⟧'s treatment fund](⟦URL|https://www.gofundme.com/f/help-bobby-jo-caudill-beat-this⟧) — and posted it on Facebook under ⟦OTHER|@caudill_holler_girl⟧, tagging our clinic.

I'm glad she's getting care. I'm also angry that a fundraiser is how a 58-year-old woman in the richest country in the world pays for it.

If you're thinking of volunteering: RAM always needs optometrists and dental hygienists more than doctors. Bring a headlamp; the fairground lights go off at ten.`,
  },
  {
    id: "us-what-006",
    setting: "naval medicine",
    role: "independent duty corpsman",
    text: `What: Six months as the only medical person on a destroyer. I'm a Navy independent duty corpsman, which means no doctor on board; I call a physician on the carrier if I need to. We had 290 sailors. I did sick call every morning, ran the immunization program, checked water chlorination, and handled one appendicitis scare (it was constipation).

So what: The hardest part isn't the medicine. It's being the medical department and also somebody's shipmate. Sailors tell you things at 0300 on the mess decks they would never tell you at sick call. Mental health was the biggest thing I managed. The Navy's 2023 policy on self-referral helped; people can walk in without their chief knowing.

Now what: I'm applying to the physician assistant program at the Uniformed Services University. HMC Alvarez, my mentor, says I should write this stuff down, so here it is.`,
  },
  {
    id: "us-free-007",
    setting: "one health rabies",
    role: "county health officer",
    text: `Bats, a barn, and a family of five

County public health note, written up for our residents.

On ⟦DATE|June 22⟧ a family called our line because their eight-year-old had woken with a bat in her bedroom. The farmhouse at ⟦ADDRESS|6710 County Road 14, Hollis Springs, MN 56340⟧ has a barn full of big brown bats. The dad, ⟦NAME|Aaron Lindqvist⟧, caught the bat in a coffee can (good man) and our environmental health team sent it to the state lab. Positive for rabies.

Because a bat in the room of a sleeping child counts as an exposure, all three kids were started on post-exposure prophylaxis: rabies immune globulin 20 IU/kg on day 0, vaccine on days 0, 3, 7 and 14 per the ACIP schedule. The parents, who'd been in the barn, were started too after we talked it through. The barn cats got boosters from the county vet, Dr Greta Sorensen, who came out the same afternoon.

I'm writing this because I want other rural health departments to have a simple template. Things that worked:

- Vet and public health on one phone call, same day.
- Calling the mom, ⟦NAME|Krista⟧, on her cell (⟦PHONE|320-555-0164⟧) before each dose, because the nearest ED is 40 minutes away.
- Not shaming anyone for the bats.

This is One Health in real life: a vet, a nurse, a state lab and a coffee can.`,
  },
  {
    id: "us-gibbs-008",
    setting: "ultramarathon medicine",
    role: "emergency physician",
    text: `Description — I was medical lead at a 100-mile desert race in Utah. Temperatures reached 41°C. Of 140 starters, 62 finished. We treated about 40 runners at aid stations and transported three.

Feelings — Exhilarated, then worried, then exhausted. I slept two hours in 36.

Evaluation — Our worst case was a man in his forties who stumbled into mile 78 confused and vomiting. Sodium 124 on the point-of-care analyzer, CK later 48,000 at the hospital. We gave 100 mL of 3% saline twice and he woke up enough to tell us his name and complain about his splits. The medical protocol we wrote from the 2019 Wilderness Medical Society guideline on exercise-associated hyponatremia was exactly right.

Analysis — Ultra runners will lie to you to keep going. Build your checks so they don't rely on what the runner says: weigh them at check-in and again at the big aid stations.

Conclusion — Next year, more scales and more salt.

Action plan — I'm meeting the race director, Kelsey Park, in January to rewrite the drop rules so medical can pull a runner without arguing.`,
  },
  {
    id: "us-free-009",
    setting: "maritime telemedicine",
    role: "telemedicine physician",
    text: `Night shift on the maritime telemedicine desk. A crab boat in the Bering Sea called in at 02:10 our time: the ⟦LOCATION|F/V Northern Reliance, out of Dutch Harbor⟧. The skipper put the deckhand on video, ⟦NAME|Tyler Brandvold⟧, 23, whose right hand had been crushed between a pot and the rail.

Through a frozen, pixelated picture I saw an open fracture of at least two metacarpals and a dusky index finger. The skipper had a good med kit and a first-aid certificate. I talked him through irrigating with bottled water, splinting in position of function, cephalexin 500 mg four times a day from their kit, and ibuprofen. He was 30 hours from port and the Coast Guard wouldn't launch for a hand.

Later the deckhand's mother called our switchboard. She'd got the number from the company and wanted to know if her son would lose his finger. She gave her address and insurance information before I could stop her. I said the company would be in touch.

We logged the call against his Merchant Mariner Credential, MMC no. ⟦ID|4471902⟧, per protocol. The video link was logged from the boat's satellite terminal at ⟦IP|198.51.100.74⟧, which I only noticed because the IT audit asked about it.

What I took away: telemedicine is only as good as the hands at the other end, and this skipper's were very good.`,
  },
  {
    id: "us-comment-010",
    setting: "sports medicine",
    role: "athletic trainer",
    text: `Thank you for writing this, doc. Twelve years as an athletic trainer and the dad-on-the-sideline conversation is still the worst part. One thing we started this year: a one-page handout for parents at preseason with the return-to-learn steps, so it isn't new information on game night. Happy to share the template if anyone wants it.`,
  },
  {
    id: "us-comment-011",
    setting: "disaster shelter",
    role: "Red Cross volunteer",
    text: `I was the volunteer who walked ⟦NAME|Miss Thibodeaux⟧ over to you that night. She told me about her late husband's boat for an hour while we waited. You're so right about the paperwork. We had Social Security cards and bank statements in trash bags on cots. The document bag is a brilliant idea and I'll push for it at our chapter.`,
  },
  {
    id: "us-free-012",
    setting: "rural veterans outreach",
    role: "VA nurse",
    text: `Notes from a rural veterans outreach run, eastern Montana

Once a month I drive a mobile clinic van out to three towns on the Hi-Line to see veterans who live hours from the nearest VA medical center. Blood pressure checks, flu shots, foot care, medication reconciliation, and a lot of coffee.

This month I finally met ⟦NAME|Mr Harold "Hal" Gunderson⟧, who is ⟦AGE|98⟧ and served in the Pacific in 1944. He lives alone on a wheat farm at ⟦ADDRESS|2217 Whitewater Road, Malta, MT 59538⟧. His cochlear implant processor had stopped working, and he'd been too proud to tell anyone. I read the serial off the coil, ⟦DEVICE|CI-A3X7720194⟧, and called the audiology team, who mailed a replacement.

His granddaughter set him up for video visits last year, and when the connection kept dropping IT asked me to confirm it was her home network they were seeing, ⟦IP|192.0.2.146⟧. It was. The satellite internet out there is miserable.

What stays with me:
- Loneliness is the biggest health risk for rural vets. Hal talks to his cattle more than to people.
- Hearing loss isolates people further. Fixing his implant did more for his mood than any pill.
- The VA's 2020 MISSION Act changes made community care easier, but out here there is no community care to speak of.

Next month I'm bringing a tablet with a bigger screen. He says the faces on his phone are "too small for an old man".`,
  },
];
