import type { SourceItem } from "../../corpus/types.ts";

/** United States: 12 items, 6 with identifiers, 2 comments. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "ambulance",
    role: "EMT",
    text: `
Night shift, Chicago, second week off field training. We picked up a guy from a bus shelter on ⟦ADDRESS|4400 W. Division St.⟧ who'd been assaulted and robbed, so no wallet, no phone. He gave his name as ⟦NAME|Luis Arroyo⟧ and then, because he'd been through this before, rattled off his Social like it was his phone number: ⟦ID|078-05-1120⟧. My partner wrote it on his glove. His sister's number, ⟦PHONE|(773) 555-0164⟧, went on the other glove.

I'm writing this because at the ED the registration clerk copied both gloves straight into the chart and then my partner peeled them off and threw them in the ambulance bay trash can. Then he caught himself and fished them back out and put them in the sharps-and-shred bin. We laughed about it but it's a real thing: our bodies and gear become paper in this job. Gloves, tape on the pant leg, the back of a hand.

Lesson for me: if I write it on something, I own getting rid of it.
`,
  },
  {
    id: "us-what-002",
    setting: "overdose",
    role: "paramedic student",
    text: `
What? My third opioid overdose this month. Young man, agonal respirations, pinpoint pupils, in the bathroom of a fast-food place. BVM first, then naloxone 0.4 mg IV titrated up rather than the 4 mg intranasal his friend had already given, because we wanted him breathing, not vomiting and fighting. He woke up angry and refused transport.

So what? I used to feel like refusals were failures. My preceptor, Dana, pointed out that he now knows us, knows the narcan worked, and left with a leave-behind kit and the number for the bridge clinic. Our state's Good Samaritan law protected his friend who called 911, and that friend will call again. Harm reduction is a long game.

Now what? I'm reading the 2023 SAMHSA overdose prevention toolkit, and next time I'm going to sit on the curb and actually talk to the person for five minutes before I leave, even if the refusal is signed.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "air retrieval",
    role: "flight nurse",
    text: `
Description: Rotor launch to a ranch in eastern Montana, ninety minutes by road from anything. Patient was ⟦NAME|Walt Hadley⟧, ⟦AGE|92 years old⟧, who had been kicked by a heifer and then, in his words, "finished the chores anyway". We landed beside ⟦LOCATION|the Hadley place off Route 12, the one past the grain elevator at Ismay⟧; his granddaughter had marked the spot with her pickup headlights.

Feelings: Admiration, and frustration that he'd waited six hours.

Evaluation: Flail segment, SpO2 84%, tension building on the left. Needle decompression in the field, then finger thoracostomy in the aircraft. He kept telling us to be careful with the door.

Analysis: Rural patients delay. Distance, cost of the flight, pride. The ATLS primary survey doesn't change, but everything around it does.

Conclusion: He survived. His granddaughter sent the base a photo of him back on the porch, which is on our crew-room wall.

Action plan: Talk to the county EMS council about community education on when to call.
`,
  },
  {
    id: "us-comment-004",
    setting: "trauma",
    role: "trauma surgeon",
    text: `
Thank you for writing this. The tourniquet the bystander put on almost certainly saved his life, and it's exactly why we keep teaching Stop the Bleed in high schools. If anyone reading this is in a school or church that wants a class, ask your local trauma center; most of us will come for free and bring the training kits.
`,
  },
  {
    id: "us-free-005",
    setting: "hurricane",
    role: "emergency medicine resident",
    text: `
After the hurricane I volunteered at a shelter medical station in a high school gym in southwest Louisiana for four days. We had no EHR, just paper and a spreadsheet on a borrowed laptop.

The patient I think about most was ⟦NAME|Miss Odile⟧, who had lost her oxygen concentrator and her glasses and, as far as we could tell, her nephew ⟦NAME|Remy⟧, who was supposed to pick her up. She was in ⟦LOCATION|cot 114, row F of the Sulphur High School gym⟧. Her MRN from the parish hospital, ⟦ID|LC-00482217⟧, was written on the inside of her forearm in Sharpie by someone, which is how we got her med list.

We put her on a cylinder, got her blood pressure meds from the pharmacy strike team, and spent most of a day trying to find ⟦NAME|Remy⟧ through the Red Cross reunification line. He turned up on day three with a cousin's truck.

Disaster medicine at that scale is mostly logistics and kindness. I knew how to manage her COPD. I did not know how to find a man with no phone in a flooded parish.
`,
  },
  {
    id: "us-what-006",
    setting: "avalanche rescue",
    role: "wilderness medicine fellow",
    text: `
What? I was part of a county search and rescue callout for a skier caught in a slide in the Colorado backcountry. Buried about 1.2 m for around 35 minutes. Probe strike, shovel team, airway clear of snow on exposure. Core temp 28 °C, pulse present but slow.

So what? Everything I had learned about hypothermia came down to one decision: handle gently, don't let him stand up, get him to a center that can do ECMO. The Wilderness Medical Society guidelines (revised 2019) say a burial over 35 minutes with a patent airway is a candidate for rewarming, not a death. We moved him like glass.

Now what? I've signed up to teach avalanche companion rescue to the climbing club. The single biggest factor was how fast his friends found him with their transceivers. Medicine started an hour later.
`,
  },
  {
    id: "us-free-007",
    setting: "forensic nursing",
    role: "forensic nurse examiner",
    text: `
I'm a SANE and I'm writing this partly for the new ED nurses who ask me what the job is like.

Last month I was called in at 01:00 for ⟦NAME|J.M.⟧, a college sophomore who arrived at ⟦FACILITY_ROOM|exam room 3 at St. Vincent's in Billings⟧ with her roommate. She had been assaulted at a party the night of ⟦DATE|Saturday, September 14⟧. She wanted the exam but not the police, which is her right, and which meant the kit was collected under a number only (⟦ID|MT-SAK-24-0917⟧) and would sit unreported unless she chose otherwise.

What I want new nurses to know: the exam is four hours long and most of it isn't the exam. It is explaining, stopping, asking again, giving control back. Prophylaxis, emergency contraception, follow-up, a blanket, the roommate in the room.

And what I want to remember myself: she thanked me at the end, and I didn't know what to do with that.
`,
  },
  {
    id: "us-free-008",
    setting: "mass casualty incident",
    role: "emergency medicine trainee",
    text: `
Last spring a tour bus rolled on an interstate off-ramp about twenty miles from us and we received nineteen patients in ninety minutes. I was a PGY-2, and I was assigned to the casualty collection point at the ambulance entrance with a box of triage tags and a grease pencil.

SALT triage in the classroom is a flowchart. SALT triage at the door is deciding in fifteen seconds whether a woman with blood on her face but talking can wait behind a quiet teenager with a rigid abdomen. I made one call I'd change: I tagged an older man yellow because he was chatting, and his splenic injury declared itself forty minutes later. He did fine, but the delay was mine.

What helped: our ED director had made us run a tabletop two months earlier, so the roles were printed on lanyards and nobody had to invent the structure. What didn't help: three different radio channels, and the families arriving before the last ambulance.

Lesson: the quiet ones first, and always re-triage.
`,
  },
  {
    id: "us-comment-009",
    setting: "ambulance",
    role: "EMT",
    text: `
Wait, is this the LVAD guy from the I-35 pileup? That's ⟦NAME|Terrell⟧, he coaches my nephew's Little League. His wife set up a page for the family: ⟦URL|https://www.gofundme.com/f/terrell-washington-recovery-fund⟧. If anyone wants to chip in. Amazing work by your crew keeping that pump running.
`,
  },
  {
    id: "us-gibbs-010",
    setting: "wildfire",
    role: "emergency department nurse",
    text: `
Description: During the wildfire season our ED in northern California took in smoke inhalation and burns for three weeks straight. One evening we had a firefighter with a headache, confusion and a cherry-pink complexion that everyone mentions in textbooks and nobody sees.

Feelings: Excited to recognise it, then embarrassed at being excited.

Evaluation: COHb was 28% on the co-oximeter. High-flow oxygen, a discussion about hyperbaric therapy, and because there were plastics burning, hydroxocobalamin 5 g for possible cyanide. He recovered quickly.

Analysis: Pulse oximetry reads carboxyhaemoglobin as oxyhaemoglobin; his SpO2 was 99%. Without a co-oximetry gas we would have been reassured by a lie.

Conclusion: Normal sats in a smoke victim mean nothing.

Action plan: Added "COHb on every smoke patient" to our fire-season huddle sheet, with our educator Marisol's help.
`,
  },
  {
    id: "us-free-011",
    setting: "jail medicine",
    role: "correctional nurse",
    text: `
New admission at intake last Tuesday: ⟦NAME|Dwayne "D-Money" Pruitt⟧, booking number ⟦ID|2024-118934⟧, type 1 diabetic with an insulin pump still attached (pump serial ⟦DEVICE|PNR-7730418K⟧). Policy at our county jail says pumps get removed and secured because of the tubing. He was terrified; he'd been on the pump since he was twelve and didn't remember his old basal-bolus doses.

I called the on-call provider and we did the math together from the pump history, converted him to glargine plus correction scale, and checked his sugar every two hours through the night. He still ran in the 300s on day one.

What I learned: "security policy" and "medical need" aren't opposites, but nobody had written down how to get from one to the other. I've asked our health services administrator to let us write a pump protocol with the endocrinology clinic, and I'm going to suggest we ask for the patient's own pump settings printout at booking.
`,
  },
  {
    id: "us-what-012",
    setting: "trauma",
    role: "medical student",
    text: `
What? My first level 1 trauma activation as a third-year student. Motorcycle versus guardrail, arriving hypotensive. I was told to stand at the foot of the bed and hold the FAST probe cable out of the way, which I did with enormous concentration.

So what? Watching the team was like watching choreography: primary survey called out loud, two large-bore lines, TXA 1 g over ten minutes, massive transfusion protocol, positive FAST in Morison's pouch, and the patient in the OR in twenty-two minutes. The attending, Dr Kowalski, said almost nothing; the senior resident ran the room.

Now what? I want to learn the primary survey so well that I could run it in my sleep, and I'm going to ask to do the FAST next time rather than hold the cable.
`,
  },
];
