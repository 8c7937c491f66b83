import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "prehospital",
    role: "paramedic student",
    text: `
Clinical placement reflection, week 6, Ambulance Victoria, Wodonga branch.

A "fall, conscious, breathing" case on a 39-degree afternoon. ⟦NAME|Mrs Dulcie Hampton⟧ is ⟦AGE|96⟧, lives alone at ⟦ADDRESS|7 Banksia Court, Wodonga VIC 3690⟧, and had slipped in the shower that morning. Her neighbour found her when she did not come out for the paper and rang us from her own phone; she gave us ⟦NAME|Dulcie⟧'s daughter's mobile as ⟦PHONE|0491 570 156⟧.

My preceptor, Jess, let me do the assessment. ⟦NAME|Dulcie⟧ was dehydrated (dry mucous membranes, HR 104), with a shortened and externally rotated left leg. I gave methoxyflurane (Penthrox) under supervision, which she liked a bit too much. Her Medicare card in her purse was ⟦ID|${medicare("2951 4736", 2)}⟧, which the hospital registration clerk asked for at handover.

What I want to reflect on:
- Heat is a silent killer for older people living alone. She had no aircon on. It was 34 °C inside.
- I almost forgot to ask about anticoagulants and head strike. Jess prompted me. She was on rivaroxaban and had hit her head on the tap, so she needed a CT head as well as a hip X-ray.
- The neighbour was the hero here. Community networks are part of emergency care.

My plan: revise the CPG for older adults who fall, practise my IMIST-AMBO handover until it is smooth, and read about the Victorian heat health alert system.
`,
  },
  {
    id: "au-what-002",
    setting: "emergency department",
    role: "emergency medicine registrar",
    text: `
**What?** A 31-year-old man presented to our ED in Brisbane after being bitten on the ankle by an unidentified brown snake while gardening. His mate had applied a pressure immobilisation bandage, which was good, but it was loose and he had walked 50 metres to the car. On arrival he was well, GCS 15, no bleeding, ATS category 2.

I sent a venom detection kit swab, bloods for INR, APTT, fibrinogen, D-dimer and CK, and planned repeat bloods at 1, 6 and 12 hours. At 1 hour his INR was 1.1. At 6 hours it was 4.2, fibrinogen unrecordable. Venom-induced consumption coagulopathy.

**So what?** We gave one vial of brown snake antivenom, as per the ASP-18 results and current Australian recommendations (one vial is enough; more does not speed recovery). I was surprised how many senior colleagues still thought "more is better". The consultant, Dr. Ahmed, explained the evidence.

I also learned that the venom detection kit is not recommended to decide whether to give antivenom; it only helps decide which one, and many centres now use polyvalent or brown snake antivenom based on geography.

**Now what?**
- Re-read the Australian snakebite guidelines by Professor Isbister's group.
- Remember that a well patient at 1 hour is not a safe patient. Serial bloods matter.
- Teach nursing staff about correct PIB application: firm, whole limb, splint.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "remote midwifery",
    role: "remote area midwife",
    text: `
**Description.** I work as a remote area midwife in Central Australia. On ⟦DATE|Australia Day⟧ I was called to the clinic at ⟦LOCATION|Yuendumu⟧ for ⟦NAME|Tahlia Martin⟧, 17, at 35 weeks, with contractions and a history of one stillbirth. The Royal Flying Doctor Service was called at 10:15. She delivered at 11:50, before the plane landed. Baby boy, Apgar 7 and 9. Her Medicare number was ⟦ID|${medicare("3572 1894", 1)}⟧.

**Feelings.** I was nervous, because I was alone with an Aboriginal health practitioner, and this was a pre-term birth in a place with no neonatal resus cot.

**Evaluation.** Resus went smoothly: warm towel, dry, stimulate, he cried. We kept him skin to skin. I gave IM oxytocin for the third stage. The RFDS team took both of them to Alice Springs.

**Analysis.** Women in remote communities often do not want to leave Country to give birth, and the "birthing on Country" movement is strong for good reasons. The evidence shows better outcomes when care is culturally safe. But the distance makes preterm birth risky.

**Conclusion.** My clinical skills were fine. My cultural skills need more work. I did not know that her grandmother should have been in the room.

**Action plan.** Attend the next Strong Women Strong Babies training. Ask the senior Aboriginal health practitioner, Auntie Lorraine, to teach me more.
`,
  },
  {
    id: "au-comment-004",
    setting: "emergency department",
    role: "emergency physician",
    text: `
Nice reflection. Worth adding that PIB should stay on until the first set of bloods is back and you are ready to give antivenom if needed. And keep an eye out for the 2024 update to the ACEM snakebite statement, which simplifies the serial blood testing schedule a little.
`,
  },
  {
    id: "au-free-005",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
Real-time prescription monitoring has changed my practice. Here is one example, written for my CPD log.

A woman in her thirties presented a script for oxycodone 10 mg, 20 tablets, from a GP I knew. SafeScript WA flagged that she had received three other opioid scripts from three different prescribers in the past month. I was nervous. I did not want to accuse her of anything.

I asked her privately whether she was in pain and how she was managing. She started crying. She had a back injury from her job and her GP had stopped prescribing, so she went to others. She told me she was scared she was becoming dependent.

I did not dispense the script. I called the prescriber, who agreed, and I gave her the number of the National Alcohol and Other Drug Hotline and information about opioid agonist treatment. I also gave her a naloxone nasal spray under the Take Home Naloxone program, which is free.

What I learned:
- Real-time monitoring is a tool to start a conversation, not to end one.
- Stigma keeps people from asking for help. The first response matters.
- Naloxone should be offered with every high-risk opioid supply, not just to "drug users".

My preceptor from my intern year, Helen, always said a pharmacist's best tool is the question "How are you going with this?". She was right. I plan to do the Pharmaceutical Society's opioid stewardship module next.
`,
  },
  {
    id: "au-what-006",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
**What?** Last night I cared for ⟦NAME|Mr Minh Nguyen⟧ in ⟦FACILITY_ROOM|Pod 3 of the ICU at the Alfred⟧, day 3 of VA-ECMO after a massive MI with cardiogenic shock. He also had an Impella CP (serial ⟦DEVICE|IMP-CP-558213⟧) to offload the left ventricle. Around 02:00 the Impella started alarming for "suction", and the pump flow dropped.

I followed the troubleshooting guide: checked the position on the echo with the fellow, reduced the P-level, and gave a 250 mL fluid bolus. The alarms settled. The registrar, Dr. Chen, repositioned the device under echo at 03:00.

**So what?** Caring for a patient with two mechanical circulatory supports is complex. I understood ECMO well, but the Impella was new to me. I relied on the fellow, and I felt out of my depth.

**Now what?**
- Complete the Impella e-learning and ask our clinical nurse educator, Tamara, for a hands-on session.
- Learn the common alarms and their causes: suction, position, purge pressure.
- Know which patients are at risk: hypovolaemic, RV failure, wrong position.

He was weaned from ECMO on day 6 and the Impella was removed on day 8. His wife brought the nurses a huge box of bánh mì from Footscray on the day he went to the ward.
`,
  },
  {
    id: "au-free-007",
    setting: "dentistry",
    role: "dental therapist",
    text: `
I spent a term on a mobile dental van visiting remote Aboriginal communities in the Kimberley, working with an Aboriginal community-controlled health service. Here is what I learned.

- **Fluoride varnish works.** We applied it to every child who would let us, twice a year. It is cheap and quick and reduces decay by about a third.
- **Trust takes time.** On my first visit, half the kids ran away. By the third, they were queuing. The Aboriginal health workers, especially Uncle Dennis, did most of the trust-building.
- **Sugar is the problem.** Soft drinks are cheaper than water in some community stores. This is a policy problem, not just a dental one.
- **General anaesthesia waiting lists are long.** Children with severe early childhood caries can wait months for treatment in Broome or Perth. We need to do more preventive work.

I also read about the work of Professor Fiona Stanley on Aboriginal child health and the Closing the Gap targets. Dental health is not in the targets, but it affects school attendance, sleep and nutrition.

My supervisor, Dr. Kate O'Brien, encouraged me to write this up for the ADA conference next year. I also want to learn some words in Kriol, because "open your mouth" in English is not always enough.
`,
  },
  {
    id: "au-free-008",
    setting: "radiography",
    role: "radiographer",
    text: `
Hard lesson about social media this week.

We had a young surfer in for an MRI of his knee after a wipeout at Bondi. Nice guy, very chatty. While he was on the table he asked me to take a photo of him in the scanner "for the 'gram". I said no — we do not allow phones in the MRI room, for safety and privacy.

Two days later a colleague showed me his post. He had taken a selfie in the change room with our department sign behind him, tagged our hospital, and written "shoutout to the legend radiographer who sorted me out". His handle is ⟦OTHER|@bondi_surfdad_mick⟧ and he has about 20,000 followers. Several comments asked which radiographer it was, and someone tagged me.

I did nothing wrong, but it made me think:
- Patients can share their own information. That is their right.
- Staff must never confirm or add to it. I did not reply or like the post.
- Our department sign was visible. We have since moved it away from the change room mirror.

I spoke to my manager, Deb, who said to report it to the communications team, who deal with this kind of thing. They sent him a friendly message about the sign.

He gave us five stars on Google, which is nice.
`,
  },
  {
    id: "au-comment-009",
    setting: "intensive care",
    role: "clinical nurse educator",
    text: `
Great write-up, and you were not out of your depth — you asked for help, which is the skill. Quick note: can you remove ⟦NAME|Mr Nguyen⟧'s name and the pod number before this goes on the unit blog? The device serial too. Let's book the Impella session for next Wednesday.
`,
  },
  {
    id: "au-free-010",
    setting: "paediatric resuscitation",
    role: "emergency medicine consultant",
    text: `
# Debrief notes: paediatric arrest, ED resus

Written for the department's learning folder after our cold debrief, with the family's blessing to share the fundraiser.

On ⟦DATE|Saturday 15 March⟧ at 14:20, ⟦NAME|Isla Brennan⟧, 11 months, was brought in by her dad after being found face down in the backyard pool at the family's place in ⟦LOCATION|Mullumbimby⟧. She was in asystole. We ran the paediatric ALS algorithm: adrenaline 10 mcg/kg every 4 minutes, intubation by Dr. Farouk, warmed fluids. ROSC after 19 minutes. She was retrieved to the paediatric ICU in Brisbane by the NETS team.

**What went well**
- The paediatric resus trolley with weight-based drug charts (the Broselow tape helped, and so did the 2021 ANZCOR tables).
- Closed-loop communication. Our nurse team leader, Rachel, repeated every drug back.

**What we'd change**
- No one was assigned to the family for the first ten minutes.
- We couldn't find the intraosseous driver quickly. It's now on the top of the trolley.

**Follow-up.** The family has since set up a page to support the hospital and her rehab: [⟦NAME|Isla⟧'s road home](⟦URL|https://www.gofundme.com/f/isla-brennan-road-home⟧). Her mum asked us to share it. I have not shared it on any hospital channel.

I also want to remember that drowning is the commonest cause of injury death in Australian toddlers. Royal Life Saving Australia's "Keep Watch" messages deserve our support.
`,
  },
];
