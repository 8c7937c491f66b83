import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Remote area nursing, Central Australia. My first wet season out here and I'm still learning what I don't know.

⟦NAME|Aunty Dulcie Nampijinpa⟧ is one of the senior women at ⟦LOCATION|Nyirripi⟧ and she has end-stage kidney disease. She refuses to move to Alice Springs for dialysis because, in her words, “my country is here, my grandkids are here, I'm not going to die in town.” Her Medicare number is ⟦ID|${medicare("2953 7104", 3)}⟧ and it's on every form that goes in the mail bag to the renal unit, which is a privacy worry in itself.

On ⟦DATE|Wednesday 15 October⟧ her potassium came back at 6.9 on the i-STAT. It was 5 pm, the clinic was closing, and the plane couldn't land because of the storm. I rang the on-call DMO, Dr. Harriet Lowe, and we gave calcium gluconate, insulin-dextrose and salbutamol nebs, then resonium. I sat with ⟦NAME|Aunty Dulcie⟧ overnight. Her granddaughter ⟦NAME|Shanaya⟧ gave me her mobile, ⟦PHONE|0491 570 263⟧, and slept on the floor next to her.

What I learned: following the CARPA manual kept me safe, but the real work was respecting a decision I didn't fully agree with. Cultural safety isn't agreeing with everything; it's not making my anxiety her problem. I've asked our manager about the Purple House's mobile dialysis truck, which comes through some communities, and about an Aboriginal Health Practitioner being present for these conversations next time.
`,
  },
  {
    id: "au-what-002",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
What? I'm an emergency registrar in Perth. Last week I saw a 34-year-old man with a headache and a fever who turned out to have bacterial meningitis. He had a positive Kernig's sign and Brudzinski's sign, which I'd never actually seen before. We gave ceftriaxone 2 g IV and dexamethasone 10 mg within 40 minutes of arrival. The LP was delayed because we were waiting for a CT.

So what? The CT was probably unnecessary: his GCS was 15, no focal signs, no papilloedema, no seizures. The Therapeutic Guidelines (eTG, 2019) and the IDSA criteria would have allowed me to go straight to LP. I asked for the CT out of habit and because my consultant, Dr. Andrew Pham, usually asks for it. When I talked with him afterwards, he said he asks because most registrars haven't documented the criteria, not because it's needed.

Now what? I'm going to document the reasons not to scan in my notes, so I can justify going straight to LP when appropriate. I'll also run a short teaching session for the interns on the “CT before LP” criteria, and do an audit of our department's time-to-antibiotics for suspected meningitis over the past year. Good news: antibiotics were still given before the CT, which is what matters most.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "aged care",
    role: "enrolled nurse",
    text: `
Description: I work as an enrolled nurse in north-west Tasmania. ⟦NAME|Mrs. Gwen Luttrell⟧, ⟦AGE|99⟧, was transferred to ⟦FACILITY_ROOM|Room 14 at Mersey Community Hospital⟧ from her home at ⟦ADDRESS|7 Wattle Street, Latrobe TAS 7307⟧ after a fall. She was admitted on ⟦DATE|2 November⟧ with a fractured pubic ramus. She had lived alone since her husband died and was proud of it.

Feelings: I felt sad and a bit protective. She kept apologising for being “a nuisance”.

Evaluation: The team wanted her to go to residential aged care. ⟦NAME|Gwen⟧ wanted to go home. Her son ⟦NAME|Malcolm⟧, who lives in Hobart, sided with the team. I had the most time with her and I noticed she was cognitively sharp. Her MMSE was 27/30. I spoke up at the family meeting, which is not something ENs always do.

Analysis: I learned that advocacy is part of my role. The Aged Care Quality Standards (2019) and the NMBA code talk about person-centred care, but it is hard in practice when families and teams have strong views. The OT assessment showed she could manage at home with rails, a personal alarm and daily visits.

Conclusion: ⟦NAME|Gwen⟧ went home on her own terms, with services. My voice mattered.

Action plan: Take the “speaking up for safety” training; learn more about home-care packages; ask my RN mentor, Kylie, for feedback on how I raised my concern.
`,
  },
  {
    id: "au-free-004",
    setting: "general practice",
    role: "GP registrar",
    text: `
GP registrar in regional Victoria, reflecting on an over-investigation.

A 22-year-old woman came in with fatigue. I ordered a big panel: FBC, UEC, LFT, TFT, iron studies, B12, folate, coeliac serology, vitamin D, CRP, ESR, HbA1c, even ANA. Everything was normal except a mildly raised ALT (48) and a vitamin D of 42. She then spent two weeks worrying about her liver.

When I presented the case to my supervisor, Dr. Fiona Clarke, she asked me what I was actually looking for. I couldn't answer well. She asked me to read the RACGP's “Choosing Wisely” recommendations and the 2019 Australian guidance on vitamin D testing, which says routine testing in low-risk people isn't recommended.

The truth is that the history would have been more useful. When I saw her again, I asked about sleep, mood, work and relationships. She's doing two jobs, sleeping five hours a night, and has just broken up with her partner. Her K10 was 26.

What I'm taking away: tests don't replace a history, and every test has a cost, including anxiety. I'll try to write down my pre-test hypothesis before I order a blood test, and check it against the result. I'm also doing the RACGP mental health skills training next month. And I'll ring the patient to explain the ALT properly.
`,
  },
  {
    id: "au-free-005",
    setting: "audiology",
    role: "paediatric nurse",
    text: `
I'm a paediatric nurse in Brisbane and this one is about a lost sound processor.

⟦NAME|Lachlan Byrne⟧, 6, has bilateral cochlear implants, and came to us for a tonsillectomy. His right processor, serial ⟦DEVICE|CP1150-4491827⟧, went missing somewhere between the ward and theatre on ⟦DATE|Tuesday 28 October⟧. Replacement is thousands of dollars and a long wait, and without it he couldn't hear much on that side. His mum, ⟦NAME|Chelsea⟧, was understandably furious.

I was the nurse who signed the property list. I had written “hearing aids x2” instead of listing them properly, with serials, and I didn't pass them to the anaesthetic nurse in a labelled bag.

The processor turned up the next day in the recovery linen. Honestly, luck.

⟦NAME|Chelsea⟧ later posted about it on her blog, ⟦URL|https://lachieslittlebigears.blog/2025/10/lost-ear⟧, kindly, but saying the hospital didn't understand how important the processor is. She's right.

What I'm changing: I now list all devices with their serial numbers on the property sheet, hand them over in a labelled bag, and ask the family if they want to keep the processor with them until the anaesthetic. I'm bringing this up at our unit meeting, and our CNC, Renee, has suggested we invite the cochlear implant team to do a short in-service. It's a small thing that matters a lot to a six-year-old who wants to hear his mum's voice in recovery.
`,
  },
  {
    id: "au-what-006",
    setting: "pharmacy",
    role: "pharmacy intern",
    text: `
What? I'm a pharmacy intern at a hospital in Adelaide. During a medication reconciliation, I found that a patient admitted with a fall was taking three different medicines with anticholinergic effects: oxybutynin for her bladder, amitriptyline for sleep, and promethazine for allergies. Her Drug Burden Index was high, and she was confused at night.

So what? Nobody had noticed, because each medicine was prescribed by a different doctor and none seemed dangerous alone. My preceptor, Tom Nguyen, asked me to use the Anticholinergic Cognitive Burden scale. The total score was 7. The Beers Criteria (2019) and the STOPP/START tool both flag these medicines in older people. I felt pleased I'd found it, and also a bit scared about how common this must be.

Now what? I wrote a recommendation to the medical team to consider deprescribing amitriptyline and switching oxybutynin to mirabegron, and to use a non-sedating antihistamine. The team agreed. I also want to learn how to talk to patients about deprescribing, since she was worried about “losing her sleeping tablet”. I'll read the NPS MedicineWise materials on deprescribing and practise a conversation with Tom before my next ward shift. I'm also thinking about a small audit for my intern project.
`,
  },
  {
    id: "au-what-007",
    setting: "pre-hospital care",
    role: "paramedic",
    text: `
What? Ambulance call to a single-vehicle rollover on a dirt road outside Emerald, Queensland. The driver, ⟦NAME|Brayden Kellett⟧, 19, was trapped. His ute, rego ⟦OTHER|683 TKZ⟧, was on its roof in a paddock ⟦LOCATION|just past the Gindie silos⟧. It took us 40 minutes to get him out. He had a GCS of 14, an obvious open tib-fib fracture, and his BP dropped to 88/50.

So what? Extrication was long and I was in charge of his airway and analgesia. I gave methoxyflurane first, then IV fentanyl 50 mcg, and a second dose after 10 minutes. My partner, Jacko, handled the splinting. The RFDS retrieval team arrived at the airstrip for the flight to Rockhampton. What I struggled with was his mum, ⟦NAME|Leanne⟧, arriving at the scene screaming and trying to get to him. I wasn't prepared for that.

Now what? I handled the clinical side well, following the QAS clinical practice guidelines. I didn't handle the family well. Next time I'll ask police or another crew member to stay with family at a distance and update them regularly. I've asked our clinical support officer, Sam, whether we can include family management in the next scenario training day. I also want to learn more about psychological first aid.
`,
  },
  {
    id: "au-free-008",
    setting: "mental health",
    role: "mental health nurse",
    text: `
I'm a mental health nurse in a community team in Sydney's west, and this is about a mistake I made in a risk assessment.

A young man with schizophrenia who had been stable on paliperidone depot for two years came for his monthly injection. He seemed a bit quieter than usual. I asked the standard questions, including about suicidal thoughts, and he said no. I documented “low risk” and didn't ask anything else. Two days later his mum rang to say he had stopped eating and was talking about “the voices coming back”.

He wasn't harmed, and the team increased his support. But I keep thinking about how I let the checklist do the thinking for me. My supervisor, Leah Sorensen, reminded me that risk assessment tools have poor predictive value (the NICE self-harm guideline, NG225 from 2022, says not to use them to predict risk) and that the point is a conversation about what's changed.

What I'm doing differently: I ask open questions like “what's been different this month?” and “what's been hard?”, and I always ask if I can speak to a family member or carer, with consent. I'm also doing a short course on the CAMS framework, and I've asked Leah if I can present this to our team's reflective practice group. And I'm learning to trust “he seemed quieter” as something worth following up, not something to note and move on from.
`,
  },
  {
    id: "au-gibbs-009",
    setting: "palliative care",
    role: "palliative care registrar",
    text: `
**Description.** I'm a palliative care registrar in Newcastle, NSW. ⟦NAME|Mr. Stavros Kalogeropoulos⟧, who was ⟦AGE|aged 91⟧, was admitted to ⟦FACILITY_ROOM|Bed 6 of the palliative care unit at the Mater⟧ with end-stage pancreatic cancer. His family, especially his daughter ⟦NAME|Eleni⟧, were very involved. He wanted to die at home, in the house in ⟦LOCATION|the old Greek street behind the Hamilton fish markets⟧ where he'd lived for sixty years, but the family wanted everything done.

**Feelings.** I felt torn between respecting his wishes and supporting the family.

**Evaluation.** We held a family meeting with our consultant, Dr. Nicola Barnes, a Greek interpreter and the social worker. ⟦NAME|Eleni⟧ said her father had always been the one who looked after everyone. He said, in Greek, “let me look after myself this time.” The room changed.

**Analysis.** Cultural differences in end-of-life care are real, but they aren't fixed. The Australian Palliative Care Standards (2018) and the advance care planning literature emphasise the patient's voice. The interpreter helped enormously: he spoke to his daughter as himself, not through her.

**Conclusion.** He went home with community palliative care support and died there on ⟦DATE|9 November⟧, with his family around him.

**Action plan.** Use professional interpreters even when family members offer to translate; read the evidence on family meetings in palliative care; discuss with my supervisor how I can support families like ⟦NAME|Eleni⟧'s when the patient's wish is different from theirs.
`,
  },
  {
    id: "au-comment-010",
    setting: "peer feedback",
    role: "nursing student",
    text: `
Hey, this is a great reflection, but I think you need to take out the bit about ⟦NAME|Uncle Percy⟧ being ⟦OTHER|the only Gumbaynggirr elder at the Nambucca men's shed⟧ — everyone around there would know exactly who he is, and he didn't agree to be written about. Your points on yarning and cultural safety are spot on without it. Good luck with the placement!
`,
  },
  {
    id: "au-comment-011",
    setting: "faculty feedback",
    role: "clinical educator",
    text: `
Thanks for this reflection, Jess. You've clearly thought hard about the sepsis recognition. To strengthen it, link your action plan to the ACSQHC Recognising and Responding to Acute Deterioration standard, and say how you'll measure whether your escalations improve. Let's catch up at your mid-placement review next Thursday. Well done on your first week in the ED!
`,
  },
  {
    id: "au-free-012",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Quick reflection from week two of my musculoskeletal placement in Hobart. I assessed a man with low back pain and went straight to special tests — straight leg raise, slump, FABER — before asking what he was worried about. Turned out he thought he had cancer, like his brother. My educator, Mel, reminded me that the Australian low back pain clinical care standard (2022) starts with explaining and reassuring. Next session I'm asking about beliefs first, then testing. I'll also practise a plain-language explanation of why scans usually aren't needed, because he asked me for an MRI and I didn't have a good answer ready.
`,
  },
];
