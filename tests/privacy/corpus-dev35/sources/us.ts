import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "street medicine",
    role: "street medicine physician",
    text: `
We found ⟦NAME|Reggie⟧ on our Thursday walk at ⟦LOCATION|the blue tarp tent on the corner of 6th and San Julian⟧. He is ⟦NAME|Reginald Thompson⟧ on paper, but nobody has called him that in years. He had a diabetic foot ulcer the size of a quarter, A1c 11.8 on our point-of-care machine, and his metformin was in a bag that had been taken during a sweep on ⟦DATE|October 3⟧.

The sweep is the part I want to write about. When the city clears an encampment, medications, IDs, glasses and paperwork go into the truck with everything else. ⟦NAME|Reggie⟧ lost his Social Security card, so I spent forty minutes with him on the benefits paperwork, reading his number ⟦ID|078-05-1120⟧ off an old letter he had folded inside his wallet, which he had kept because it was in his pocket.

We dressed the foot, restarted metformin 500 mg with a plan to titrate, and gave him a waterproof pouch for his meds. Our program lead, Dr. Alana Brooks, is collecting these stories for the county board: every medication lost in a sweep is a hospitalization we pay for later. I used to think street medicine was about bringing the clinic outside. It is also about being a witness.
`,
  },
  {
    id: "us-what-002",
    setting: "Health Care for the Homeless clinic",
    role: "internal medicine resident",
    text: `
**What?** My continuity clinic this year is at a Health Care for the Homeless site. A patient in her sixties with heart failure told me she takes her furosemide "only on days I know where a bathroom is". I had been uptitrating her for three visits and wondering why her weights did not move.

**So what?** Diuretics assume a toilet. Insulin assumes a fridge. Twice-daily dosing assumes a routine. None of this was in my pharmacology lectures. My attending, Dr. Kevin Osei, said the most useful question in this clinic is "what does your day look like?", and he asks it before any medication change. The National Health Care for the Homeless Council has a whole set of adapted clinical guidelines built on that question.

**Now what?** We switched her to a once-daily morning dose timed to the shelter's opening hours, when the day center bathrooms are open, and agreed she could skip it on days she is moving. I am also reading about Housing First, because the real treatment for her heart failure might be a key to a door. I want to track how many of my adjustments this year are about logistics rather than physiology. I suspect most.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "free clinic for undocumented patients",
    role: "medical student",
    text: `
**Description:** At our student-run free clinic in Houston, I saw ⟦NAME|Doña Chela⟧, who has been coming for years. Her chart lists her date of birth as ⟦DATE|4/17/1961⟧ and nothing else identifying, by design: no address, no insurance, no Social Security number. Her son ⟦NAME|Julio⟧ drives her and asked that we call him, not her, at ⟦PHONE|(713) 555-0182⟧ with results.

**Feelings:** Admiration for the clinic's careful rules, and unease at how thin the net is. Her blood pressure was 178/104.

**Evaluation:** I did a good history in Spanish, with help from my resident, Dr. Marisol Vega, for the vocabulary. I was less good at the plan; I kept suggesting things that need insurance.

**Analysis:** Patients without documentation avoid emergency departments for fear of immigration enforcement. Emergency Medicaid covers labor and emergencies, not hypertension. Our clinic uses $4 generic lists and a community lab rate.

**Conclusion:** A good plan is one she can afford and will not be afraid to follow.

**Action plan:** Chlorthalidone and amlodipine from the generic list, a home BP cuff from our donated stock, and a check-in call to ⟦NAME|Julio⟧ in two weeks.
`,
  },
  {
    id: "us-comment-004",
    setting: "street medicine",
    role: "volunteer",
    text: `
Thank you for this. For anyone who wants to help Reggie directly, his niece set up a fundraiser for his housing deposit: ⟦URL|https://www.gofundme.com/f/get-uncle-reggie-off-san-julian⟧ and she posts updates there. He's been waiting on a voucher for months. Every bit helps, even five bucks. He says he'll throw a cookout when he gets the keys.
`,
  },
  {
    id: "us-free-005",
    setting: "medical respite",
    role: "nurse",
    text: `
I work nights at a medical respite program, which is where people experiencing homelessness go when they are too sick for the street but not sick enough for a hospital bed. Tonight a man two days out from a below-knee amputation asked me to help him phone his daughter. He had not spoken to her in nine years. He had her number on a scrap of paper from a cousin.

I dialled and stepped out. When I came back he was crying and smiling at the same time, and she was coming on Saturday.

I want to remember this because most of what I chart is wound care, pain scores, vancomycin troughs and fall risk. The National Institute for Medical Respite Care writes about respite as "recuperative care", and I have thought of it as beds. It is really time. Time that the hospital does not have and the shelter cannot give.

Naloxone is in every room. We do harm reduction without apology. My charge nurse, Denise, says we are the only place in the city where people get to be patients and tenants at the same time, for about six weeks. I think of it as a rehearsal for being housed.
`,
  },
  {
    id: "us-free-006",
    setting: "jail health",
    role: "correctional nurse practitioner",
    text: `
I work in ⟦FACILITY_ROOM|Division 10 at Cook County Jail⟧, the medical housing unit. ⟦NAME|Ms. Tanisha Reed⟧, booking number ⟦ID|2024-0917143⟧, came in withdrawing from fentanyl and we started her on buprenorphine in her first twenty-four hours, which is the policy now and which I fought for.

Her release date moved three times. When it finally came, on ⟦DATE|Tuesday, September 24⟧, the bridge script went to a pharmacy she could not get to, because the court released her at 7pm after the pharmacy had closed. I found out the next morning.

She came back eleven days later, after an overdose reversed by a stranger with Narcan.

Things I know now: release time is not in our control, so the medication has to leave the building with the person. We have started giving a seven-day supply in hand at discharge, with the sheriff's office's agreement, and a warm handoff call to the community clinic. Dr. Feld, our medical director, got the paperwork through in three weeks, which in a jail is lightning.

What I cannot fix is the courtroom clock.
`,
  },
  {
    id: "us-what-007",
    setting: "shelter pharmacy",
    role: "clinical pharmacist",
    text: `
**What?** I run a monthly medication review at a large family shelter. This month, three residents on insulin told me they had been keeping their pens in a cooler that the shelter allows only at night. During the day the pens go in a locker. In July.

**So what?** Insulin at room temperature for a month is fine; insulin cooked in a metal locker is not. Two had unexplained high readings that their primary care doctors had read as non-adherence. The fix was not education. The fix was a small medication fridge in the case manager's office, which cost less than one emergency visit for DKA.

**Now what?** The shelter director, Ms. Carla Jimenez, agreed to the fridge in ten minutes. I'm writing a one-page storage guide that covers insulin, GLP-1 pens, liquid antibiotics for children and eye drops. I'll bring the same question to the next review: where, physically, does your medicine live? The American Diabetes Association standards mention social determinants, but nobody taught me to ask about lockers.
`,
  },
  {
    id: "us-gibbs-008",
    setting: "urban Indian health",
    role: "family medicine resident",
    text: `
**Description:** ⟦NAME|Uncle Leroy⟧, as everyone at the urban Indian health clinic calls him, has type 1 diabetes and has lived in his car for a year. Minnesota winter. He came in because his Dexcom kept losing signal. We wrote down the transmitter serial, ⟦DEVICE|8G4KTR⟧, to request a replacement, and he asked me to note his plate, ⟦OTHER|HKV 417⟧, so the parking attendant would stop ticketing him while he was inside.

**Feelings:** Humbled. He knows more about his diabetes than I do.

**Evaluation:** The CGM problem was the cold: the receiver in his coat, the phone in the car. We sorted it. The bigger problem, the car, we did not.

**Analysis:** My preceptor, Dr. Sarah Two Bulls, talked about historical trauma and about why a clinic run by the community feels different. I had read about the Indian Health Service but not about how many Native people live in cities.

**Conclusion:** The technology works if the person has somewhere warm.

**Action plan:** Referral to the housing navigator, a spare sensor in the clinic fridge, and a standing Friday slot.
`,
  },
  {
    id: "us-free-009",
    setting: "asylum medical evaluation",
    role: "physician volunteer",
    text: `
I did my fourth forensic asylum evaluation this month, for a man from Cameroon. His lawyer sent his immigration file with his A-number, ⟦ID|A 208 451 773⟧, written across every page, and his hearing date, ⟦DATE|June 12, 2025⟧, in bold.

The evaluation itself took three hours. Scars on his back consistent with his account of beatings with a cable. The Istanbul Protocol gives language for this: "consistent with", "highly consistent with", "typical of", "diagnostic of". I had to decide which phrase to use for each of eleven scars, knowing that a judge would read the affidavit and that the difference between two phrases might be the difference between protection and removal.

I was trained for this by Physicians for Human Rights in a two-day workshop, and I remember the trainer, Dr. Lena Hassan, saying the hardest thing is not the exam. It is writing without exaggerating and without minimising.

Afterwards I sat in my car for a long time. I kept thinking about the scar on his left forearm, the one he said came from a hot iron, and how he described it in the flattest voice of the whole interview. The Protocol warns evaluators about that: the absence of emotion is not the absence of truth. I had read that sentence before. I understood it only in that room.

I also noticed my own reflex to make his story tidier than it was. He got two dates wrong and then corrected them. A less careful reader could call that inconsistency. Memory after torture is not a timeline, and my affidavit has to explain that without sounding like advocacy. I rewrote that paragraph four times.

He thanked me at the end, and I did not know what to say. I am a family doctor. I took the oath to be useful, and I am not sure this counts as medicine, but it may count for more than most of what I do.
`,
  },
  {
    id: "us-comment-010",
    setting: "street medicine",
    role: "nurse",
    text: `
Please take the fundraiser link down. I know it was shared with good intentions, but it links a named patient to this post, his medical condition and his exact block. The clinic's social worker can pass on donations confidentially through the program. I've messaged the moderator too.
`,
  },
  {
    id: "us-free-012",
    setting: "harm reduction",
    role: "outreach nurse",
    text: `
Tally from tonight's van, for the grant report and for me.

- 31 contacts, 9 new.
- 22 naloxone kits out (4 mg nasal), 6 people trained for the first time.
- 3 wound checks, 1 sent to the ED with an abscess tracking up the forearm.
- 2 reversals reported from last week, both by people we had trained.

That last line is the one I'm putting at the top of the report. Our director, Marcus Bell, says funders like numbers. These are the numbers that matter.
`,
  },
  {
    id: "us-what-011",
    setting: "disability benefits",
    role: "social worker",
    text: `
**What?** I am a SOAR-trained case manager, which means I help people experiencing homelessness apply for SSI and SSDI. This month I lost a case I expected to win: a woman with schizophrenia whose records from three hospitals did not mention her functional impairments, only her diagnoses and her discharge medications.

**So what?** The Social Security Administration decides on function. What can she do on a bad day? The medical records said "alert and oriented, denies SI/HI, tolerating olanzapine 10 mg". Nothing about the fact she cannot get through a grocery store. Doctors document to justify admission and discharge, not to describe a life.

**Now what?** I wrote a short guide for the residents who rotate through our clinic: two paragraphs on what a medical summary report needs, including examples. Dr. Robert Kim, who supervises them, is adding it to their orientation. We are appealing, with a new functional assessment from her psychiatrist, and I am more patient with the forty-page forms now.
`,
  },
];
