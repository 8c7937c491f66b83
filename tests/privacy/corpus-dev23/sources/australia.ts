import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: outback Queensland, country Victoria, the NT, Tasmania, the wheatbelt, NSW, the Kimberley. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote clinic",
    role: "rural generalist registrar",
    text: `
Rural generalist registrar, central-west Queensland. Our clinic covers an area the size of Tasmania and the RFDS is our ambulance.

A station hand, ⟦NAME|Jacko Pearce⟧, was thrown from a horse at muster on ⟦DATE|2 July⟧ at ⟦LOCATION|Coolibah Downs, north of Windorah⟧. The station manager drove him 140 km on dirt to us with his arm in a pillowcase. Mid-shaft humerus fracture, radial nerve palsy, and a flask of rum in his swag which he'd "used for the pain".

His Medicare number, ⟦ID|${medicare("2953 1746", 1)}⟧, was in his wallet under a photo of his dog. The manager gave me the station phone and ⟦NAME|Jacko⟧'s mobile, ⟦PHONE|0491 570 156⟧, which he admitted works "only on the hill behind the shearing shed".

We splinted, gave IV morphine and ondansetron, and called the RFDS to take him to Longreach and then Brisbane for plating. My supervisor, Dr Kirsty MacLeod, went through the radial nerve exam with me twice on the phone before the plane landed.

What I learned: the history of a rural injury includes the logistics. Who will run the muster now? Who feeds the dogs? Can he get back out here for follow-up? I wrote those into the discharge plan, not just the fracture management. Also, I should have asked about the rum before giving the morphine. I did ask, eventually. The answer was "half the flask".
`,
  },
  {
    id: "au-what-002",
    setting: "rural hospital",
    role: "rural generalist",
    text: `
**What?** I work as a rural generalist with anaesthetics skills in a town of 4,000 in the Riverina. On a single Saturday I gave a GA for an appendicectomy, ran the ED, reviewed the nursing home, and umpired my daughter's netball game at the showgrounds.

**So what?** The scope is the joy and the risk. The Collingrove Agreement (2013) defined the rural generalist, and the National Rural Generalist Pathway is finally recognising what we do. But on that Saturday I made a small error: in the ED I prescribed enoxaparin at a treatment dose for a 58-year-old with cellulitis who only needed prophylaxis. The pharmacist, Mandy, caught it on Monday.

Thinking about it honestly: I was tired, I had had a GA at 6am, and I was in my head about the netball final. No harm, but a near miss.

**Now what?** I've talked to the hospital about a second on-call doctor for weekends when I'm doing the anaesthetic list. I reported it on the incident system, which took ten minutes and felt like a confession. And I've started using the "STOP" moment our DMS, Dr Raj Pillai, teaches: before you sign a drug chart, stop, read it aloud. I'm also considering giving up umpiring.
`,
  },
  {
    id: "au-free-003",
    setting: "general practice",
    role: "GP",
    text: `
Country Victoria, footy season. I'm the club doctor for our local team in the Wimmera league and a GP in town.

One of our under-17s, ⟦NAME|Hayden Murch⟧, who has a cochlear implant (internal device serial ⟦DEVICE|CI24-RE-3318806⟧, his mum made sure I had it in the clinic file), copped a head knock in the semi-final against the Magpies. He had a brief loss of consciousness and the processor had flown off into the mud. His mum posted a plea on the club's community page, ⟦URL|https://www.facebook.com/groups/murtoa-footy-mums/posts/4471902⟧, to find the processor, and it was found by a kid on the boundary an hour later.

Clinically: GCS 15 by the time he reached me, a normal neuro exam, and the usual AFL concussion guidelines (2024). What I had not thought about was the implant. I rang the audiologist at the implant centre in Melbourne, who said a blow to the head could rarely damage the internal receiver; they booked an integrity test.

What I learned: rural sports medicine involves every kind of specialist knowledge on a Saturday afternoon with a phone and a Thermos. I also learned that posting about a kid's medical device on a public Facebook page is, in a town of 2,000, the same as announcing it at the pub. I had a quiet word with the club about a private group for parents.
`,
  },
  {
    id: "au-gibbs-004",
    setting: "general practice",
    role: "GP registrar",
    text: `
**Description.** GP registrar in a Wheatbelt town in WA. During harvest, the town's population doubles with seasonal workers and backpackers, and my clinic lists overflow with grain dust asthma, hand injuries and mental health crises.

**Feelings.** Mostly tired, but also lucky. This is the job I wanted.

**Evaluation.** I managed 14 presentations of asthma in one week of harvest, mostly young men who had never had asthma before. Spirometry showed reversibility in most. I prescribed ICS-formoterol as reliever therapy per the Australian Asthma Handbook and GINA 2023. What I didn't do well: I didn't document occupational exposure properly, and two of them could have had WorkCover claims.

**Analysis.** Grain dust exposure is a known cause of occupational asthma and the CBH receival points have dust masks available but nobody wears them in 40-degree heat. My supervisor, Dr Annie Fairweather, said she'd seen the same pattern for twenty years and had never thought to write it up.

**Action plan.** A harvest asthma audit next season; a one-page handout for the CBH site managers; occupational history templates in our software. And a talk at the CWA hall in February, if they'll have me, with scones.
`,
  },
  {
    id: "au-comment-005",
    setting: "rural hospital",
    role: "rural generalist",
    text: `
Thanks for being so honest about the enoxaparin. Every RG I know has a version of that Saturday. We moved to a rule in our town that the anaesthetic-list doctor is never also first on call for ED, and the board agreed once we showed them the incident data. Happy to share our roster. — Tash, RG, Mudgee
`,
  },
  {
    id: "au-free-006",
    setting: "remote community",
    role: "remote area nurse",
    text: `
Remote area nurse, Top End. I've been in this community for three years. The clinic is two RANs, an Aboriginal health practitioner and a fly-in GP every fortnight.

An elder, ⟦NAME|Mr Djalu Wunungmurra⟧, came to the clinic on ⟦DATE|26 January⟧ after walking back from ⟦LOCATION|his homeland outstation at Gurrumuru⟧ with a foot ulcer that had been there for weeks. Diabetic foot, osteomyelitis on X-ray, HbA1c of 11.2. He didn't want to go to Darwin; he'd been before and hadn't been allowed to go back to country for two months.

Our AHP, ⟦NAME|Nancy⟧, who is his niece, led the conversation in language. What I'd have framed as non-compliance, she framed as duty: he had ceremony obligations. We negotiated: IV antibiotics in the clinic for a week, a telehealth wound consult with the Darwin podiatrist, and a plan to fly in only if it got worse.

What I learned: in remote communities, cultural safety is clinical safety. I'd done the training, but nothing taught me as much as watching ⟦NAME|Nancy⟧. Also that our clinic protocols (the CARPA manual is brilliant) can't answer the question "what matters to this man?".

The foot healed, slowly. He sat in on our next diabetes group and told the young men, in language, about his foot. They listened to him more than they ever listened to us.
`,
  },
  {
    id: "au-free-007",
    setting: "general practice",
    role: "GP",
    text: `
Drought, and the mental health of farmers in the central west of NSW. I've been a GP in town for fifteen years. I am also a farmer's daughter, and my brother still runs the family property.

Through the last drought, from about 2017 to 2020, I saw more depression and anxiety in men over fifty than I had in the previous decade. They came in for "a check-up" and their blood pressure, and it took three appointments before anyone said the word "dam" or "bank". The Black Dog Institute's resources and the National Centre for Farmer Health were invaluable.

I've learned some things: men here don't talk about feelings, they talk about rain. If you ask, "How's the place going?", you get more than "How are you feeling?". I keep a running question at the end: "Anything else on your mind?" It's not a technique from a guideline; my old supervisor, Dr John Hobday, taught it to me in Dubbo in 2009.

I also learned to take care of myself. My brother had his own bad year and I couldn't be his doctor. I drove him to see a colleague in Orange.

The rain came. The dam filled. The mood in town lifted like a fog. And then the mice came. Rural practice is always something.
`,
  },
  {
    id: "au-free-008",
    setting: "home visit",
    role: "GP",
    text: `
Home visits in the Huon Valley, Tasmania. Apple country, and a lot of our patients are old orchardists who would rather die on their own land than in a hospital.

⟦NAME|Mrs Doreen Hallett⟧, who is ⟦AGE|94⟧, lives alone at ⟦ADDRESS|17 Skinners Road, Glen Huon TAS 7109⟧ with three cats and her late husband's tractor. Her daughter lives in Hobart and rings me on ⟦PHONE|0491 570 313⟧ whenever her mum doesn't answer the landline.

On my last visit she'd had two falls in a week and was getting up at night because of urinary frequency. I found a UTI, postural hypotension from her antihypertensives, and a kitchen floor covered in cat bowls. We stopped the amlodipine, treated the UTI, got an OT assessment and a personal alarm. The cat bowls were a harder negotiation.

The conversation about the future was the real work. Her daughter wants her in aged care. ⟦NAME|Doreen⟧ wants to stay. We talked about the dignity of risk; she has capacity and she understands the risk. We documented an advance care directive with her wishes.

My registrar, Ollie, who came with me, asked in the car whether we'd done enough. I said we had done what she wanted, which isn't the same as doing everything. I'm still thinking about whether that's right.
`,
  },
  {
    id: "au-what-009",
    setting: "Aboriginal community controlled health service",
    role: "GP",
    text: `
**What?** Six months at an Aboriginal community controlled health service in the Kimberley, as a GP from Perth. The clinic is run by a board of local elders, and my first week's orientation was with the Aboriginal health workers, not the doctors.

**So what?** I came in thinking of myself as a competent GP. I left realising that competence in Perth is not competence here. I saw rheumatic heart disease in teenagers, which I'd only read about; trachoma; renal failure in people in their thirties; and scabies with secondary impetigo in almost every child. Benzathine penicillin injections every 28 days, which are painful and which the kids hate.

The health workers taught me to slow down. The Kimberley Aboriginal Medical Services protocols are excellent, and the RHDAustralia guidelines (2020, third edition) are essential. But the real learning was about trust. Patients would come back only if they trusted me, and trust took months.

**Now what?** I've signed up for another year. I'm learning some Kriol. I've started a group for teenage girls on penicillin injections with one of the health workers, so they don't feel alone, and we use lignocaine in the injection now, which helps. And my own family has moved up to Broome so that I can stay.
`,
  },
];
