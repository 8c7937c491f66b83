/** Australia. */
import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AUSTRALIA: SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote clinic",
    role: "rural generalist registrar",
    text: `
Gibbs reflection: remote clinic, East Arnhem

Description
I'm a rural generalist registrar on a three-month remote placement in the Top End. On ⟦DATE|Wednesday 16 October⟧ a community health worker brought ⟦NAME|Aunty Rosie Wunungmurra⟧ into the clinic at ⟦LOCATION|Gapuwiyak⟧ with two days of fever and a swollen, hot left leg. Medicare ⟦ID|${medicare("2953 1846", 1)}⟧, which I had to find in the recall book because the computer system was down. She has diabetes, rheumatic heart disease and is on warfarin. She's been to the clinic hundreds of times and knows the nurses better than I ever will.

I diagnosed cellulitis, started IV antibiotics and called the retrieval service for a flight to Darwin because I was worried about necrotising fasciitis. The plane came the next morning. In Darwin it turned out to be cellulitis with a DVT, and she was back home in a week.

Feelings
I felt out of my depth. I'm used to having a CT scanner down the corridor and a registrar to ring. I also felt like an outsider: the conversation between Aunty and the health worker, Gloria, happened in Yolŋu Matha and I caught none of it.

Evaluation
Clinically, my decisions were reasonable: early antibiotics, a low threshold for evacuation. But I didn't think about DVT because her INR was therapeutic, and I didn't ask Gloria what Aunty was actually worried about. Later Gloria told me Aunty didn't want to go to Darwin because her grandson was about to go through ceremony and she was scared she would miss it.

Analysis
In remote practice, the health worker is the key to everything, and I used Gloria as a translator instead of a colleague. The CARPA Standard Treatment Manual (8th edition) is brilliant and I followed it, but it can't tell you what matters to a person. Evacuation takes people off country, and the cost to them isn't measured in the notes.

Conclusion
Medicine was OK, cultural safety wasn't. I treated the leg, not the person.

Action plan
- Ask the Aboriginal health practitioner first, not last.
- Do the cultural safety training module that I skipped during orientation.
- Learn a few words of Yolŋu Matha; Gloria has offered to teach me greetings.
- Discuss with my supervisor, Dr. Reid, how other registrars handle evacuation decisions when a family event is coming up.
`,
  },
  {
    id: "au-what-002",
    setting: "trauma",
    role: "nursing student",
    text: `
What?
Second year nursing placement on a neurosurgical ward in Brisbane. I was doing neuro obs on a young man after a traumatic brain injury and scored his Glasgow Coma Scale as 14 (E4 V4 M6). My preceptor, Brooke, repeated it ten minutes later and got 13 because he only opened his eyes to voice. She escalated and he had a repeat CT that showed the contusion had grown.

So what?
I'd been doing GCS as a tick-box, not a real assessment. I asked him a question, he opened his eyes because I was already talking to him, and I counted it as spontaneous. Such a small thing, but the trend was everything. I also realised I'd never actually been shown the Teasdale and Jennett method (from 1974!) properly, only read about it.

Now what?
I watched the official GCS teaching videos and practised with Brooke. I'm going to approach each patient silently first to see if their eyes open spontaneously. And I'll always compare with the previous score before I chart.
`,
  },
  {
    id: "au-free-003",
    setting: "ambulance",
    role: "paramedic",
    text: `
Lift assist, 2am, and a man who didn't want to be a bother

Another lift assist job in the Tamar Valley, but this one stuck with me. ⟦NAME|Mr Kevin Doherty⟧, ⟦AGE|94⟧, lives alone at ⟦ADDRESS|14 Flinders Street, Beauty Point TAS 7270⟧. He'd fallen getting up to the toilet around 10 pm and lay on the floor for four hours before he pressed his personal alarm, because he "didn't want to be a bother to anyone at that hour." His daughter-in-law, ⟦NAME|Marg⟧, lives two doors down and had the key; she let us in and gave us her number for next time: ⟦PHONE|0491 570 156⟧.

No injuries, obs fine, CK a bit up when the hospital did it later. He wanted us to just put him back to bed and go. My partner, Jess, and I talked him into coming in, mostly because a four-hour long lie at ⟦AGE|94⟧ is a red flag for something.

I keep thinking about the "bother" thing. So many older men I meet won't call until it's too late. We fixed the fall; we didn't fix the loneliness. I've put in a referral to his GP and the community falls service, and I'm going to ask our station to talk about long lies and rhabdo at the next CPD night.
`,
  },
  {
    id: "au-comment-004",
    setting: "trauma",
    role: "registered nurse",
    text: `
@nursestudent_bne@aus.social Love this reflection. Approaching silently is exactly how we teach it on our ward. Another tip: do the painful stimulus properly (trapezius squeeze or supraorbital pressure), people go too gentle and overcall. Took me a couple of years as a grad to really trust my own GCS. You're doing great.
`,
  },
  {
    id: "au-free-005",
    setting: "general practice",
    role: "GP registrar",
    text: `
## Deprescribing is harder than prescribing

I'm in my second GP term at a practice in Melbourne's outer east, and I've become a bit obsessed with deprescribing. Here's why, and what's gone wrong.

In my first month I saw a lot of older patients on 10, 12, 15 regular medications. Many had been started by specialists years ago and never reviewed. The classic cascades: amlodipine causing ankle swelling, treated with frusemide, causing urinary frequency, treated with oxybutynin, causing confusion. I'd read about prescribing cascades at uni in 2018 and thought of them as exam trivia. They're everywhere.

So I started doing structured reviews using STOPP/START (the version 3 criteria, 2023) and the Beers criteria, and the NPS MedicineWise deprescribing resources. My supervisor, Dr. Margaret Liang, has been brilliant, letting me book long appointments and talking each one through afterwards.

What's gone well:
- Patients are often relieved. Many have wanted to stop something for years and thought they weren't allowed.
- Stopping a PPI that had been going for nine years with no indication, with a slow taper, was easy.
- A statin in an 88-year-old's end-of-life plan, and a sedating antihistamine she'd taken nightly for a decade — gone, with a clear rationale documented.

What's gone badly:
- I stopped a beta blocker too quickly in one patient with rate-controlled AF and she ended up with palpitations and an ED visit. I should have tapered and checked the indication properly.
- I've annoyed a cardiologist by writing to suggest stopping aspirin in a primary prevention patient. He replied politely that he'd "prefer to continue". Fair enough; I should have rung him first instead of writing.
- Time. A proper review takes 40 minutes, and Medicare rebates don't reflect that.

What I've learned: deprescribing is a process, not an event. One change at a time, with a plan for what to watch, a review date, and a way back if it goes wrong. And it's a conversation, with the patient and with everyone else who prescribed.

Next: I'm presenting a short audit at our practice meeting in December, and I want to try a pharmacist-led home medicines review for our over-80s. Anyone who's done this in general practice, I'd love to hear how you made the time.
`,
  },
  {
    id: "au-what-006",
    setting: "aged care pharmacy",
    role: "consultant pharmacist",
    text: `
What?
I'm a consultant pharmacist doing residential medication management reviews in central Victoria. At ⟦LOCATION|Banksia Gardens in Maldon⟧ I found that ⟦NAME|Gwen Farrugia⟧ had been getting two sedating medicines for sleep — temazepam from her Webster-pak and a PRN dose of the same drug given by night staff almost every night — since a hospital discharge on ⟦DATE|1 October⟧. She'd had two falls in three weeks.

So what?
The discharge summary listed "temazepam 10 mg nocte PRN" while the pack already contained it as regular. Two copies of one drug, on two different charts. No-one was being careless exactly; the system allowed it. The Aged Care Quality Standards and the Royal Commission (2021) both pointed at chemical restraint and overuse of psychotropics in aged care, and here it was by accident rather than intention.

Now what?
I wrote to her GP, Dr. Mahmoud, who stopped the PRN order the same day. I recommended a sleep hygiene plan and a slow taper of the regular dose. I'm talking with the facility's clinical care manager, Lisa, about a rule that any new PRN psychotropic on a discharge chart gets checked against the pack by the pharmacist before it's given.
`,
  },
  {
    id: "au-free-007",
    setting: "cardiac device clinic",
    role: "cardiac physiologist",
    text: `
The pacemaker check that wasn't routine

I'm a cardiac physiologist in Perth, mostly doing device checks. On ⟦DATE|Monday 21 October⟧ I was asked to interrogate the pacemaker of ⟦NAME|Mr R. Nguyen⟧, who was in ⟦FACILITY_ROOM|CCU bed 4 at Royal Perth⟧ after a syncopal episode. Dual chamber, implanted in 2016, device serial ⟦DEVICE|PJN604117S⟧.

The battery was fine. The leads were not: the ventricular lead impedance had jumped from around 600 to over 2000 ohms, and there were intermittent losses of capture. A lead fracture. He'd been lucky, his underlying rhythm had kicked in most of the time.

What I want to reflect on is how I nearly missed it. I'm used to the remote monitoring reports showing green ticks, and his last remote check had been fine. I almost skipped reviewing the full trends because it was a busy morning and he "looked stable". My senior, Andrew, always says "read every number, every time," and I did, and it's the only reason I saw the trend.

He had a lead revision two days later. Next step for me: I'm putting together a short teaching session for our junior physiologists on lead failure patterns, using anonymised traces.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "night shift",
    role: "medical student",
    text: `
Description: On my final-year medicine term in Adelaide, I shadowed the night intern and went with her to verify a death on the oncology ward. It was the first time I'd seen a body that wasn't in an anatomy lab.

Feelings: I expected to feel sad. Mostly I felt awkward, like I didn't know where to stand or what to do with my hands. The intern, Ellie, spoke to the patient by name as she examined, and I found that unexpectedly moving.

Evaluation: Ellie did everything carefully: no response to voice or pain, pupils fixed and dilated, no heart or breath sounds for a full minute, and she documented it precisely. She then went to see the family and asked if they needed anything. I stood by the door.

Analysis: Verification of death isn't taught much at my uni; we had a one-hour lecture. What I saw was that it's a clinical skill and also a ritual. Speaking to the person by name acknowledged that they were still someone. I want to do that too.

Conclusion: I can learn the technical part from a checklist. The human part I learned from watching Ellie.

Action plan: Ask to verify a death (supervised) before I graduate. Read the SA Health guideline on verification of death. Debrief with my tutor next week.
`,
  },
  {
    id: "au-comment-009",
    setting: "ambulance",
    role: "paramedic",
    text: `
@tassie_medic@aus.social Good on you for taking him in. Small place though — I'm pretty sure his granddaughter posts about him on insta (⟦OTHER|@kevs_beautypoint_garden⟧, all the tomato photos) so people around here will know exactly who this is. Maybe edit out the street? The long lie stuff is gold, we should do a CPD night on it together.
`,
  },
  {
    id: "au-free-010",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
OSCE prep and my shoulder problem

Final-year physio at a uni in Sydney. My practical exam is in two weeks and I keep messing up the shoulder assessment. Specifically: I rush the special tests. Hawkins-Kennedy, Neer's, empty can, drop arm, Speed's, O'Brien's — I can do them all, but in the wrong order and without thinking about what I'm actually testing.

My clinical educator, Sam, watched me do a practice run and said "why did you do O'Brien's?" and I had no answer except that it was on the list. He said the test is meaningless unless you've got a hypothesis, and that most of these tests have pretty average sensitivity and specificity anyway (he quoted a 2012 meta-analysis at me).

So I'm changing how I prep. Subjective first, build two or three hypotheses, then choose tests that help rule in or out. Fewer tests, with reasons. It actually makes the assessment shorter.

Bit nervous. But I think I'll be a better physio for it, not just a better exam-taker.
`,
  },
  {
    id: "au-what-011",
    setting: "community pharmacy",
    role: "intern pharmacist",
    text: `
What?
I'm an intern pharmacist in Hobart. A man came in asking for codeine for back pain, and when I explained it's been prescription-only since 2018, he got angry and swore at me in front of the queue. My preceptor, Nick, stepped in calmly.

So what?
I was shaken for the rest of the shift. But afterwards Nick pointed out I'd been reading the rules at the man rather than asking about his pain. He'd been lifting at work and was scared of losing shifts. When Nick asked about that, the whole conversation changed: heat, paracetamol and ibuprofen, a physio referral, and a GP appointment.

Now what?
Open with a question, not a rule. I'm also doing the de-escalation module from our internship program before my registration exam in February.
`,
  },
];
