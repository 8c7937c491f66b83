import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote mental health",
    role: "remote area nurse",
    text: `
Remote mental health is mostly driving and waiting for the phone. This week the phone was ⟦NAME|Aunty Marlene⟧ at ⟦LOCATION|Barrabanda community, the last house before the crossing⟧, ringing from ⟦PHONE|0491 570 226⟧ because her grandson ⟦NAME|Jarrah⟧ had not slept for three nights and was walking the road at night talking to his late uncle.

We flew him out on the RFDS with his Medicare card in his aunty's handbag — ⟦ID|${medicare("2953 1748", 2)}⟧ — and she came too, because nobody goes to town alone. The Aboriginal health practitioner, Kenny, sat with him the whole flight and translated the things that were cultural and not psychotic, which is a line I cannot draw on my own.

What I'm keeping: ask the family what is normal for them before you decide what is abnormal. And never assume "talking to a dead relative" is a symptom. Sometimes it is sorry business.
`,
  },
  {
    id: "au-what-002",
    setting: "psychiatric emergency",
    role: "emergency registrar",
    text: `
What? Saturday night in a regional Queensland ED. Four presentations in six hours involving methamphetamine ("ice"): two psychotic, one with chest pain, one who had been tasered. The mental health team were stretched across two sites, so the ED held everyone on Emergency Examination Authorities for hours.

So what? Ice psychosis looks like primary psychosis until it doesn't. Most settle within days once sleeping and off the drug; some don't. Our restraint rates spike on those nights, and so do our staff injuries.

Now what?
- Offer oral olanzapine early, before it escalates.
- Use the Alcohol and Drug Information Service number on discharge, not just Lifeline (13 11 14).
- Ask every person, once settled, what they want from us. Two of the four said "help getting off it".

My consultant, Dr. Nguyen, reckons the best ice intervention in town is the night-time footy program. She's probably right.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "eating disorders",
    role: "dietitian",
    text: `
Description: A nineteen-year-old with type 1 diabetes and restricting insulin to lose weight, on ⟦FACILITY_ROOM|the Banksia unit at Coralbay Base Hospital, bed 3⟧. ⟦NAME|Tahlia⟧'s CGM (sensor serial ⟦DEVICE|3MH0XK7T2P⟧) showed sugars above 20 every afternoon since ⟦DATE|Anzac Day⟧, when she says it started again.

Feelings: Frustration, then real fear. This is the eating disorder with the worst mortality I have worked with.

Evaluation: I had been focusing on calories. The team needed me focused on insulin — a meal plan she could dose against, with a nurse present.

Analysis: "Diabulimia" is not a formal diagnosis, but the risks — DKA, retinopathy — are real and fast. She was not being "non-compliant"; the insulin was the purging.

Conclusion: I treated it as an eating disorder with diabetes. It is closer to diabetes as the eating disorder's tool.

Action plan: Joint sessions with the diabetes educator, Bec; read the ADEA guidance; stop writing "non-compliant" in notes.
`,
  },
  {
    id: "au-free-004",
    setting: "peer support",
    role: "peer worker",
    text: `
I'm a peer worker with a police-ambulance-clinician early response (PACER) team, and before that I was the person in the back of the car. That history is my whole job.

Last week we attended a young bloke on a bridge. The police officer did the safety bit, the clinician did the risk bit, and my bit was to say "mate, I've been exactly there." He came down after forty minutes. He said later that the only thing he remembered was someone who wasn't in uniform.

Peer work is still treated as an add-on. We're paid less, we're often casual, and we're the first to go when budgets shrink. But every evaluation of co-responder models I've read mentions us.

If you're a clinician reading this: when a peer worker is on shift, hand them the conversation sometimes. You'll be surprised what comes out. And if you need to talk, Lifeline is 13 11 14 and headspace is there for young people.
`,
  },
  {
    id: "au-comment-005",
    setting: "psychiatric emergency",
    role: "paramedic",
    text: `
I reckon I had the same lad the weekend before — ⟦NAME|Brodie⟧, drives the white Hilux with the rego ⟦OTHER|1XQ 4LM⟧ and the fishing stickers. Picked him up outside the servo on ⟦DATE|Saturday the 14th⟧. If it's him, glad he's getting proper help. He was lovely once he came down.
`,
  },
  {
    id: "au-free-006",
    setting: "old age psychiatry",
    role: "aged care nurse",
    text: `
Behavioural and psychological symptoms of dementia are not "behaviours" to be managed. That sentence is on the wall of our residential aged care home now, because I put it there.

A resident in her nineties started hitting out during showers. The GP was asked to prescribe risperidone 0.25 mg. Before he did, we tried the obvious: a female carer only, warm towels, shower in the afternoon instead of 7 am, and her favourite Slim Dusty song on a speaker. It stopped within a week.

Her husband is 89 and visits daily. He told us she had always hated being rushed in the mornings. Nobody had asked him.

The Royal Commission into Aged Care Quality and Safety (2021) was damning about chemical restraint. I've seen the change since: antipsychotic use is down, and so are the falls. What still lags is staffing; you cannot do person-centred care with one carer for fifteen residents.
`,
  },
  {
    id: "au-what-007",
    setting: "forensic mental health",
    role: "forensic psychologist",
    text: `
What? Risk assessment for parole on ⟦NAME|Mr. Darren Pike⟧, MIN ⟦ID|472819⟧, seen in ⟦FACILITY_ROOM|the interview room of the health wing at Wattle Creek Correctional Centre⟧ on ⟦DATE|Tuesday 3 September⟧. HCR-20 and a long interview about his bipolar disorder and his drinking.

So what? The tools gave me a structure. They did not tell me that his relapse signature is buying a slab of beer on the way home from the footy, which he told me himself, with some pride in knowing it. The best risk information came from him.

Now what? I've recommended parole with conditions he helped write: lithium levels monthly, a community AOD worker, and the footy with his brother instead of mates from the pub. Our senior psychologist, Ruth, says parole boards like specific plans more than scores. We'll see.
`,
  },
  {
    id: "au-free-008",
    setting: "opioid substitution",
    role: "community pharmacist",
    text: `
Christmas and New Year are the hardest fortnight in an opioid dependence treatment program. Pharmacies close, takeaway doses are negotiated, prescribers go on leave, and people who have been stable for years get anxious about a missed dose.

This year I started planning in November: a list of every client on methadone or buprenorphine, their takeaway eligibility under the state guidelines, and a note of who had no phone. I rang prescribers early. We moved to long-acting injectable buprenorphine for a couple of people who asked for it.

We had zero missed doses over the break. That has never happened before.

The lesson is boring: plan early, communicate early, and treat the holiday as a clinical risk, not a roster problem. The other lesson is that the clients themselves know best which days are dangerous. One told me the day after Boxing Day is the worst, because the family has gone home.
`,
  },
  {
    id: "au-free-009",
    setting: "child and adolescent mental health",
    role: "youth mental health clinician",
    text: `
## A good week in youth mental health

Our school-holiday art group finished with an exhibition in the clinic waiting room, and I'm so proud of these kids.

![⟦NAME|Mia T.⟧ (15) with her painting of ⟦OTHER|her family's bait shop on the Queenscliff jetty⟧](⟦URL|https://files.example.com/artgroup/final-day-04.jpg⟧)

That's ⟦NAME|Mia⟧, who arrived in first term barely able to walk through our door and who, on ⟦DATE|the Friday before the Melbourne Cup⟧, hung her own painting and talked to strangers about it. Her mum ⟦NAME|Jodie⟧ cried. So did I.

### What worked
- Art first, talk second. Nobody had to "share".
- A peer worker in the room every session.
- Snacks. Never underestimate snacks.

### What I'd change
- Longer sessions; ninety minutes was too short for the older ones.
- Evaluate it properly. I have K10 scores before and after but no comparison group.

Thanks to our art therapist, Priya, who designed the whole thing.
`,
  },
];
