import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Six weeks into my first remote contract and this is the first reflection I've had the headspace to write.

The clinic is two nurses, an Aboriginal health practitioner called Dwayne, and a doctor who flies in fortnightly. On ⟦DATE|Thursday 6 March⟧ a young fella, ⟦NAME|Kurtis Brown⟧, 16, came in with his nan, ⟦NAME|Aunty Lorraine⟧, with a sore knee that turned out to be a hot, swollen joint and a temp of 38.9. He'd had a sore throat a month earlier. Medicare card ⟦ID|${medicare("4219 8350", 2)}⟧, no fixed address, staying between houses at ⟦LOCATION|the outstation past the old airstrip near Ngukurr⟧.

I was thinking septic arthritis. Dwayne was thinking acute rheumatic fever, because he's seen it in his own cousins. He was right to raise it. We did the bloods, ECG showed a prolonged PR interval, and the doctor on the phone agreed with ARF under the Jones criteria. He got his first Bicillin that night and the RFDS took him to ⟦FACILITY_ROOM|Royal Darwin⟧ the next morning for an echo.

What's stuck with me: RHD is a disease of poverty and overcrowding, and this kid will need a needle every 28 days for ten years. The ARF guideline (2020) is brilliant, but adherence depends on someone finding him every month. That someone is usually Dwayne.

I also want to be more honest that I walked in thinking I knew more than the local staff. I didn't.
`,
  },
  {
    id: "au-what-002",
    setting: "ambulance call",
    role: "paramedic",
    text: `
**What?** Late shift with Ambulance Victoria out of Geelong. Called to a 78-year-old woman who'd fallen at home. Long lie, maybe 12 hours, on the bathroom floor. GCS 15, no head strike by her account, pain in the right hip, leg shortened and externally rotated. Classic NOF.

**So what?** I gave methoxyflurane, then IV fentanyl 50 mcg in increments. The obs were fine except her CK was obviously going to be up after that lie, and she was a bit dry. My partner, Steph, asked if I'd considered a fascia iliaca block, which we're now credentialed for. I hadn't, because I'd only done it once in training. We did it together, ultrasound-guided, 30 mL of ropivacaine. Her pain went from 9/10 to 2/10 within 20 minutes and she cracked a joke about the Cats losing the grand final.

What I've learnt: I default to what I'm comfortable with. The block worked better and meant fewer opioids for an elderly woman who'd already been on the floor all night. The evidence is pretty good (there's a 2020 Cochrane review).

**Now what?** I've booked a refresher with our clinical support officer. I'm also going to stop treating the block as an "extra" and start seeing it as first line for suspected hip fractures. And Steph gets a coffee from me on Monday, because she pushed me without making me feel stupid.
`,
  },
  {
    id: "au-free-003",
    setting: "aged care",
    role: "registered nurse",
    text: `
Reflecting on a family meeting I ran last week at ⟦FACILITY_ROOM|Banksia Grove Aged Care⟧ in Ballarat.

⟦NAME|Mrs. Nell Patterson⟧ is ⟦AGE|98⟧, has advanced dementia, and has stopped eating and drinking much over the last fortnight. Her daughter ⟦NAME|Lynette⟧ wanted a PEG feed. On our handover sheet she's just "⟦NAME|NP⟧, ⟦AGE|98F⟧, DNR, soft diet". Her son ⟦NAME|Graham⟧, who lives in Perth, rang in on speaker from ⟦PHONE|0491 570 156⟧ and said "Mum wouldn't want any of that".

I had the advance care directive in front of me. ⟦NAME|Nell⟧ had written in 2016 that she didn't want tube feeding if she couldn't recognise her family. She hasn't recognised anyone for a year.

I didn't lead with the directive. I asked each of them to tell me about their mum before the dementia. ⟦NAME|Lynette⟧ cried telling us how ⟦NAME|Nell⟧ ran the tuckshop at the local primary for 30 years. By the end of it, she said herself "she wouldn't want a tube, would she". The GP, Dr. Khoury, joined for the last part and we agreed comfort care, mouth care, and offering food as she wants it.

Learning: the paperwork was clear, but families need space to get there. I also noticed I was talking too much at the start, filling silences. Next time I'll leave more gaps. The Palliative Care Australia resources helped me plan the questions.

Last thing. ⟦NAME|Nell⟧ ate two teaspoons of custard that evening and smiled at the carer. Small win.
`,
  },
  {
    id: "au-comment-004",
    setting: "peer feedback",
    role: "paramedic",
    text: `
Great reflection mate. I was exactly the same with FIB when we first got credentialed, kept reaching for the green whistle because I knew it. Did three in the last month and now it's second nature. One tip: mark the landmarks before you draw up, saves you fumbling with the probe. See you at the CPD day in Ballarat on the 19th, I'll bring the Tim Tams.
`,
  },
  {
    id: "au-free-005",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
A dose administration aid mix-up at the pharmacy this week, and what I've done about it.

We pack Webster-paks for about 60 clients. One client, ⟦NAME|Mr. Reginald "Reg" Thornbury⟧ of ⟦ADDRESS|7 Jacaranda Street, Bundaberg QLD 4670⟧, Medicare ⟦ID|${medicare("2951 0637", 1)}⟧, had his warfarin dose changed from 3 mg to 2 mg on ⟦DATE|the 9th⟧ after a high INR. The new script came in, but the packing tech used the old profile for the next week's pack. His daughter ⟦NAME|Sharon⟧ picked it up and noticed the tablets looked different from what the GP had said on the phone.

She brought it back, and we repacked it straight away. No harm, INR on the recheck was 2.6. But it was close.

Root cause: our profile update and the packing run are done by different people on different days, and there's no step where someone compares the latest script with the profile before packing. The PSA guidelines for DAAs are clear that changes must be verified, but our workflow had a gap.

Changes: (1) any change to a high-risk med (warfarin, methotrexate, insulin, opioids) now gets a red sticker on the profile and a pharmacist check before the next pack. (2) We're phoning the client or carer to confirm every dose change. (3) I've thanked ⟦NAME|Sharon⟧ properly, because she's the reason this didn't go further.

Honestly I was embarrassed, but reporting it to the team at our Monday meeting was the right call. Two other staff admitted they'd noticed the gap before.
`,
  },
  {
    id: "au-gibbs-006",
    setting: "hand therapy",
    role: "occupational therapist",
    text: `
**Description.** Hand therapy placement in Adelaide. A 32-year-old chef, flexor tendon repair zone II, four weeks post-op, early active motion protocol. He turned up to clinic without his splint because "it gets in the way at work". He'd already gone back to prep shifts.

**Feelings.** Frustrated, and a bit scared for the repair. Rupture rates are highest in the first six weeks.

**Evaluation.** My supervisor, Bree, didn't lecture him. She asked him to show her how he holds a knife and what the busiest part of his shift is. Then she made him a lower-profile thermoplastic splint that he could wear under a glove and agreed with him which tasks were off-limits until week 8.

**Analysis.** I'd been treating adherence as a patient problem. It was a design problem. If the splint doesn't fit someone's life, they won't wear it. The occupation-based approach we talk about at uni (the CMOP-E) actually means this.

**Conclusion.** Ask about the job before writing the protocol.

**Action plan.** For the rest of placement I'll do an occupational profile on every new hand patient before fabricating anything. Also, read the 2022 systematic review on early active motion. And buy Bree a coffee, she's been patient with me all week, and the Crows game was on so I owe her for swapping my Saturday.
`,
  },
  {
    id: "au-free-007",
    setting: "birth",
    role: "midwife",
    text: `
Posting this in our midwifery group with permission from the family, details changed. But I want to reflect on the fundraiser thing.

Last month I was the continuity midwife for a young woman whose baby was born at 26 weeks. Baby ⟦NAME|Isla Gardiner⟧ was born on ⟦DATE|Anzac Day⟧ and went straight to ⟦FACILITY_ROOM|NICU cot 4 at the Women's and Children's⟧. Mum's sister set up [a fundraiser for ⟦NAME|Baby Isla⟧](⟦URL|https://www.gofundme.com/f/help-baby-isla-gardiner-nicu⟧) to pay for parking, petrol, and time off work for dad, and shared it everywhere. It had photos of her in the isolette, her weight, her oxygen, everything.

The family were proud and grateful, and the money genuinely helped. But one photo showed the NICU whiteboard behind the cot with other babies' names on it. One of the other mums saw it and was upset.

I felt stuck. It's not my fundraiser and not my place to tell a family how to share their own baby's story. But the whiteboard wasn't their story.

What I did: I spoke to the NICU unit manager and she contacted the family gently about the other names. They took the photo down the same day, no drama. I also suggested the unit put up a sign about photos near the whiteboard.

Learning: privacy in neonatal care involves more than one family. And continuity of care means I'm the person families trust, so I can raise things others can't. That trust is worth protecting.
`,
  },
  {
    id: "au-free-008",
    setting: "mental health",
    role: "mental health nurse",
    text: `
Some reflections after my first year as a mental health nurse in a community team on the NSW Central Coast.

The thing nobody told me: most of the work is phone calls. Chasing GPs for scripts, checking in on clients who didn't turn up, ringing Centrelink, ringing housing. My caseload is 28, and I'd guess I spend 40% of my week on the phone.

The other thing: clozapine monitoring is a whole job. ANC every week for the first 18 weeks, then monthly. Troponin and CRP weekly for the first month for myocarditis. Constipation can kill, and I didn't appreciate that until one of our clients ended up in theatre with a bowel obstruction. Now I ask about bowels every single visit and I'm not embarrassed about it.

Best part: seeing someone go from an involuntary admission to working part-time at a café in Gosford. They sent me a photo of a latte with a love heart on it.

Hardest part: a client I'd been seeing for six months died by suicide in September. I was on leave in Bali at the time. The team postvention process was good and our clinical supervisor, Mark, made sure I wasn't alone with it. I'm still working through it.

For next year: I want to do the Mental Health First Aid instructor course, and I want to be better at setting boundaries so I don't burn out. R U OK? Day this year felt different.
`,
  },
  {
    id: "au-comment-009",
    setting: "peer feedback",
    role: "midwife",
    text: `
Really important reflection. One thing though: even with "details changed", the link is still in your post and it has ⟦NAME|Isla Gardiner⟧'s full name in the address, and ⟦DATE|Anzac Day⟧ plus 26 weeks plus the hospital is enough for anyone in Adelaide to work it out. Maybe take the link out and just describe it? Happy to chat at handover.
`,
  },
];
