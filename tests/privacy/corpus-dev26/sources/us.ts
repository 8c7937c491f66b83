import type { SourceItem } from "../../corpus/types.ts";

/** United States: 12 items. */
export const US: readonly SourceItem[] = [
  {
    id: "us-what-001",
    setting: "psychiatric emergency",
    role: "psychiatry resident",
    text: `
**What?** PGY-2, overnight in PES. ⟦NAME|Mr. Dwayne Tillery⟧ (MRN ⟦ID|00-418-2276⟧) came in on a 5150 written by a deputy after he was found on the overpass. He was calm with me and furious with everyone else. He gave me his sister's number, ⟦PHONE|(415) 555-0183⟧, and said "call ⟦NAME|Nita⟧, she's the only one who won't lie to you." He spent the night in ⟦FACILITY_ROOM|bed 14 of PES at St. Brendan's Medical Center⟧.

**So what?** ⟦NAME|Nita⟧ told me in ten minutes what nine pages of chart had not: he stopped his lithium in August because it made his hands shake at work, and every episode since has started the same way. I had been about to convert the hold to a 5250 on the grounds of danger to self. With her history I could write a plan he actually agreed to — restart lithium at 300 mg BID, level in five days, follow-up with his old outpatient psychiatrist.

**Now what?** Collateral first, paperwork second. My attending, Dr. Okonjo, says the most underused tool in emergency psychiatry is the phone, and she's right.
`,
  },
  {
    id: "us-free-002",
    setting: "harm reduction",
    role: "peer support worker",
    text: `
Eleven years clean this spring and four of them spent working the van for our syringe services program. People ask what a peer worker does. Mostly I hand out stuff and I stay.

Fentanyl test strips, sterile water, cookers, naloxone — we call it Narcan on the van because that's what folks call it. Lately wound-care kits, because xylazine ("tranq") is leaving ulcers on arms and legs that nobody knows how to treat yet. I have learned more about wound dressing from a nurse practitioner named Luz than I learned about anything in high school.

The hard part is the overdoses I hear about second-hand. The good part is the man who came to the van in his sixties, buried two sons, and asked me how I got into recovery. I told him the truth, which is that someone kept showing up.

If you're reading this and you're struggling: 988 works, and so does your local SSP. Ask for a peer. We've been where you are.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "addiction psychiatry",
    role: "addiction psychiatry fellow",
    text: `
Description. Low-dose buprenorphine induction ("micro-dosing") for a patient on the medicine floor, ⟦NAME|Ms. Renée Castellanos⟧, who had failed two standard inductions because of precipitated withdrawal. Her disability paperwork had been faxed to us with her SSN, ⟦ID|078-05-1120⟧, across the top in marker, which went into the shared folder before anyone noticed. She asked me to email her the taper schedule at ⟦EMAIL|renee.castellanos77@example.com⟧.

Feelings. Excited by the pharmacology; uneasy about the fax.

Evaluation. Clinically it worked: buprenorphine 0.5 mg on day one, up to 16 mg by day seven, COWS never above 6, and methadone stopped on day eight. The privacy part did not work.

Analysis. Patients who use drugs already carry more exposure than most; 42 CFR Part 2 exists for a reason. A number on a shared drive is a real risk for someone with a record.

Conclusion. I should have flagged the fax immediately.

Action plan. Report it to our privacy officer; send schedules through the patient portal, not email; teach the next fellow the Bernese method, because it is great.
`,
  },
  {
    id: "us-free-004",
    setting: "electroconvulsive therapy",
    role: "medical student",
    text: `
I had only ever seen ECT in films — One Flew Over the Cuckoo's Nest, mostly — so I was braced for something brutal. What I saw on my psychiatry clerkship was a small recovery room, an anesthesiologist, a nurse who hummed, and a woman in her sixties with catatonic depression who had not eaten in eleven days.

Methohexital, succinylcholine, bite block, a 38-second seizure on the EEG, and she was sitting up asking for apple juice forty minutes later. By the sixth treatment she was doing the crossword.

Carrie Fisher wrote about ECT with a frankness that I found again on that ward: it is not nothing, the memory side-effects are real, and for some people nothing else has worked. My attending asked me to read the APA task force report (2001) and argue against it at rounds. I couldn't, really.

I'm leaving this rotation with a different picture of what "psychiatry" looks like — less couch, more anesthesia cart.
`,
  },
  {
    id: "us-comment-005",
    setting: "psychiatric emergency",
    role: "psychiatric nurse",
    text: `
Oh I think I know exactly who this is. ⟦NAME|Jolene⟧? Red hair, works at ⟦LOCATION|the Kroger on Route 9 in Lattimore⟧? She came to us ⟦DATE|the night before Thanksgiving⟧ too, same story with the meds. Please tell her the night staff ask about her. She always remembered our names.
`,
  },
  {
    id: "us-free-006",
    setting: "child and adolescent mental health",
    role: "clinical social worker",
    text: `
School referral this week that I'm still processing. ⟦NAME|Kayden⟧, 15, had been sending threats to classmates from an anonymous account. The school's IT director traced the messages to his family's home connection, ⟦IP|198.51.100.73⟧, and called the police before calling us.

When I met him he was curled up in the corner of the counselling room wearing his brother's hoodie. The account, ⟦OTHER|@kaydnotkayden⟧, was full of drawings; the threats were real, but so was the self-harm. His mom showed me the fundraiser page her church set up after his dad's overdose: ⟦URL|https://www.gofundme.com/f/help-the-marsh-boys-after-losing-dad⟧. Nobody at school knew his father had died in March.

Threat assessment and suicide-risk assessment are usually done by different people in different rooms. I think that's a mistake. I used the C-SSRS and then sat with our school resource officer to talk about what "threat" meant for a boy who mainly wanted to disappear. We got him into a partial hospitalization program, not juvenile hall.
`,
  },
  {
    id: "us-what-007",
    setting: "alcohol withdrawal",
    role: "detox nurse",
    text: `
What? Medically managed withdrawal unit, night shift. A man in his fifties, drinking a fifth of vodka a day for ten years, CIWA-Ar 22 at 0200 and climbing. He had a seizure history. I gave lorazepam 2 mg per protocol, rechecked in an hour (CIWA 15), and called the covering doctor, Dr. Ramirez, because he was picking at the sheets.

So what? I nearly wrote it off as anxiety. Tactile and visual disturbances at hour 60 are delirium tremens until proven otherwise, and DTs still kill people. Thiamine had been given on admission, but the second dose was overdue because pharmacy had not verified it.

Now what?
- Score the CIWA honestly, including the bits that feel subjective.
- Chase thiamine like it's insulin.
- Ask about withdrawal seizures in the first conversation, not the third.

My preceptor, Marcus, says the patients who scare him are the quiet ones. This one was quiet until he wasn't.
`,
  },
  {
    id: "us-free-008",
    setting: "forensic psychiatry",
    role: "jail psychiatrist",
    text: `
Jail mental health notes, written after a long Tuesday.

Saw ⟦NAME|Terrance "T-Bone" Mayfield⟧ again, booking number ⟦ID|2024-009117⟧, in ⟦FACILITY_ROOM|cell 4 of D-pod at the Calder County Jail⟧. He is competent to stand trial in my view, but he is not well. He has been on pretrial release twice before, each time with a GPS ankle monitor — the current one, serial ⟦DEVICE|BI-TAD4-0927735⟧, was cut off on ⟦DATE|June 19⟧ and that is why he is back inside.

What strikes me every week is how many of my patients' charges are the illness talking. He cut the monitor off because he thought it was recording his thoughts. The judge sees a violation; I see a paranoid delusion that has been there since he was nineteen.

Our jail-based competency restoration program is better than a state hospital bed wait of nine months, but it is still a jail. I want to write to the public defender's office about diversion. My supervisor, Dr. Feld, says to keep it to the clinical facts. She's right, and I'm still writing it.
`,
  },
  {
    id: "us-gibbs-009",
    setting: "eating disorders",
    role: "clinical psychologist",
    text: `
Description: Family-based treatment session with a thirteen-year-old and her parents. Phase one: parents take charge of meals. The father brought a plate with the "wrong" cereal and she left the room.

Feelings: Helpless at first, then oddly calm once I remembered this is exactly what phase one looks like.

Evaluation: I did not chase her. I coached her parents to stay at the table, praise the attempt and not negotiate. She came back after twelve minutes and ate half.

Analysis: Maudsley FBT asks parents to externalise the illness — "it's the anorexia talking, not you". That is easy to say in a training video and very hard to do when your child is sobbing. My job is to hold the parents steady so they can hold her.

Conclusion: Good session, even though it felt like a failure for the first twenty minutes.

Action plan: Bring this to consultation group; re-read Lock and Le Grange's manual (2013); practise the "united front" script with the co-therapist, Hailey, before next week.
`,
  },
  {
    id: "us-free-010",
    setting: "geriatric psychiatry",
    role: "geriatric psychiatry fellow",
    text: `
Consult on the medicine floor: ⟦NAME|Mrs. Eleanor Voss⟧, a ⟦AGE|ninety-two-year-old⟧ retired court stenographer, "agitated, please recommend haloperidol". Her Medicare number, ⟦ID|5TR2-QW8-HN41⟧, was taped to the bedrail on a sticky note for the transport team. Her husband, 88, sat in the chair by the window holding her purse.

She wasn't agitated. She was in pain. She had a compression fracture no one had imaged, and she had been trying to get out of bed because lying flat hurt. Her CAM was positive, so yes, delirium — but the answer was acetaminophen around the clock, a low dose of oxycodone, her hearing aids back in, and her husband allowed to stay overnight.

I wrote "avoid antipsychotics" in capital letters in my note, which is very unlike me. The Beers Criteria (2023) back me up. Our fellowship director, Dr. Halvorsen, likes to say that delirium is the brain's troponin: a sign, not a diagnosis. I said it to the hospitalist today. It landed.

I also took the sticky note off the bedrail.
`,
  },
  {
    id: "us-comment-011",
    setting: "crisis services",
    role: "crisis line counsellor",
    text: `
For anyone reading who isn't in the US: 988 is the national Suicide & Crisis Lifeline, call or text, and it connects to local centers like mine. It is not the police. Most of our calls end with a safety plan, not a dispatch. Please share that widely.
`,
  },
  {
    id: "us-free-012",
    setting: "suicide prevention",
    role: "psychiatry resident",
    text: `
I have deleted this post four times. The first draft was a case report, which is what you write when you don't want to feel anything.

So here is the version with feelings in it, and without the case.

A man in his fifties whom I had seen in clinic for eight months died by suicide in the spring. He had treatment-resistant depression, a PHQ-9 that had gone from 24 to 11 and back to 19, and a plan we had written together that he kept folded in his wallet. He was on his third antidepressant, and we had talked about ECT and about esketamine. The last time I saw him he laughed at something I said about my cat.

What I felt first was not grief. It was a cold, procedural panic: what did I miss, what did I write, will this be reviewed. Then, two days later in the grocery store, grief, all at once, in the cereal aisle.

What I have learned, or am learning:

1. **The morbidity and mortality conference is not the same as mourning.** Our M&M was kind and careful. It also did nothing for the part of me that liked him.
2. **Risk assessment tools did not predict this, and they were never going to.** The research on this is clear and I had read it; reading it and living it are different.
3. **Talk to someone who has been there.** My attending, Dr. Whitaker, told me she has lost four patients in twenty-two years and remembers every one. She didn't say it gets easier. She said it gets carried differently.
4. **Use the resources we tell patients to use.** I called our employee assistance program. I also texted 988 one night, not because I was in danger, but because I wanted to know what my patients hear.

Robin Williams died when I was in college and I remember thinking that if someone that loved could not stay, what chance did anyone have. I don't think that any more. Most people who are in crisis survive it, especially when someone stays with them. That's what I'll keep doing.

If you are a resident who has lost a patient: you are not alone, and it isn't a secret. Write to me.
`,
  },
];
