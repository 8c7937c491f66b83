import type { SourceItem } from "../../corpus/types.ts";

/** United States: PrEP telehealth, vaccination booth, jail TB, stewardship, travel clinic, PEP, device infection, syphilis. */
export const US: readonly SourceItem[] = [
  {
    id: "us-what-001",
    setting: "hiv prevention",
    role: "internal medicine resident",
    text: `
What? Our clinic does PrEP follow-ups by video. ⟦NAME|Darnell Hughes⟧, 26, on daily emtricitabine-tenofovir, had missed two quarterly visits, and his portal showed a message saying he wanted to stop PrEP and asking us to mail his records somewhere other than ⟦ADDRESS|4417 S. Calumet Ave, Apt 2R, Chicago, IL 60653⟧. Our IT audit flagged that the message came from ⟦IP|198.51.100.23⟧, a login from a different state than any of his earlier sessions. I called the number in his chart, ⟦PHONE|(773) 555-0148⟧, and ⟦NAME|Darnell⟧ had no idea what I was talking about. An ex-partner still had his password.

So what? I had assumed "patient portal" meant "patient". For people on PrEP, who may not be out to family or partners, access to the portal is itself a disclosure. The CDC 2021 PrEP guideline tells us to check an HIV test every three months, creatinine and STI screening; it says nothing about account security, and neither did our clinic workflow.

Now what? We reset his password with him on the phone and added a verbal passphrase to his chart, and he restarted PrEP the same week after a negative fourth-generation test. I asked our clinic manager whether patients can see their own login history, and I am presenting this as a near miss at our M&M conference, without his name.
`,
  },
  {
    id: "us-free-002",
    setting: "vaccination drive",
    role: "medical student",
    text: `
Last Saturday I spent nine hours at a vaccine booth at the county fair with two public health nurses and Dr. Alvarez, our family medicine preceptor. We gave 143 shots: mostly flu and updated COVID vaccines, a handful of Tdap for grandparents-to-be, and six MMR catch-up doses for kids whose families had moved from out of state.

I had prepared for the science. I had not prepared for the man in a feed-store cap who stood by the booth for forty minutes asking why the current ACIP schedule had "so many more shots than when I was a kid." Dr. Alvarez did not argue. She asked what worried him (his granddaughter had had a febrile seizure after a vaccine years ago) and explained that febrile seizures are terrifying to watch but do not cause epilepsy. He did not get a shot, but he took a Vaccine Information Statement home for the little girl's mom.

What I learned: at a fair, you are not in clinic. People come over for corn dogs and a conversation, not a consult, and listening to the worry first mattered more than any statistic I had memorized. I also learned practical things. Keep the epinephrine auto-injectors on the table, not in a bag; chart as you go; drink water. By 6 p.m. I was mixing up lot numbers. Next year I'd ask for shorter shifts and a dedicated scribe.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "correctional health",
    role: "correctional nurse",
    text: `
Description. I am the nurse at a county jail. In the intake line last month, ⟦NAME|Ray Tillman⟧, 44, told me he had been coughing for about six weeks and had lost a belt notch. His chest film showed a right upper lobe cavity. We moved him within the hour to our only negative-pressure cell, ⟦FACILITY_ROOM|Medical Unit cell 3 at the Pike Hollow County Detention Center⟧, and his first sputum was 3+ AFB positive. He had been booked in on ⟦DATE|February 11⟧ and had spent two nights in a general dorm first.

Feelings. Frustrated, mostly with myself. I had done his symptom screen at booking and he had said no to cough.

Evaluation. The system caught him in the end. But two nights in a dorm with sixty men makes a long contact list.

Analysis. Men deny symptoms at intake because they fear isolation, and the questionnaire is asked through glass in a noisy room. CDC guidance for correctional facilities still supports a chest radiograph at intake where TB is common, which we dropped years ago to save money. The health department used his SSN, ⟦ID|078-05-1120⟧, to match him to a treatment record in another state, an incomplete course from 2019.

Conclusion. A symptom screen only works with trust, and trust is hard through glass.

Action plan. I have asked for a private screening booth and I am collecting data so our medical director can make the case for intake X-rays again.
`,
  },
  {
    id: "us-free-004",
    setting: "antimicrobial stewardship",
    role: "infectious diseases attending",
    text: `
I run the ID consult service two weeks a month, and one of our commonest consults is not an infection at all: a positive urine culture in a nursing-home resident who is confused, and someone has already started ceftriaxone. Last week I counted seven of these in five days.

The IDSA 2019 guideline on asymptomatic bacteriuria is clear that in older adults with delirium and no localizing signs we should look for other causes before treating the urine. Pyuria is not a reason to treat. A strong smell is not a reason to treat. But telling a hospitalist on day three to stop an antibiotic for a frightened family is hard, and I used to hedge in my notes.

This month I tried something different. Instead of writing "recommend discontinuing," I called each team, walked through the Loeb minimum criteria, and suggested what else to look for: constipation, urinary retention, new anticholinergics, hyponatremia. In four of the seven we found another cause. One woman in her nineties had a sodium of 124 after a new SSRI.

I also learned something about my own bias. I assumed the residents wanted permission to stop. They actually wanted someone to share the risk. Dr. Patel, our chief resident, said the phone call mattered far more than the note. Stewardship is a relationship, not a recommendation. I'll keep a tally and present it at grand rounds in the spring.
`,
  },
  {
    id: "us-what-005",
    setting: "travel medicine",
    role: "physician assistant",
    text: `
What? ⟦NAME|Brianna Kowalczyk⟧ ("⟦NAME|Bree⟧" in her own words, date of birth ⟦DATE|03/14/1998⟧) came to our travel clinic on ⟦DATE|9/3/24⟧, two days after flying home from Bali, where a macaque at a temple had scratched her forearm six days earlier. She had not had pre-exposure rabies vaccine and had rinsed the scratch with bottled water. She had posted the video of the monkey on her travel account, ⟦URL|https://www.tiktok.com/@breeonthemove⟧, and her mother had seen it before we did.

So what? A scratch that breaks the skin is a WHO category III exposure. She needed rabies immune globulin and four doses of vaccine on the ACIP schedule, and she was already almost a week out. Our clinic does not stock HRIG; the emergency department was the only place it could be given that day, so I sent her with a letter and called ahead to the attending.

Now what? I was struck by how few travelers are told that temple monkeys bite and scratch, and by how quickly "just a scratch" gets minimized, including by me on first reading her message. I have added a paragraph about animals to our pre-travel handout, and we are looking at offering pre-exposure vaccine more routinely for long trips in Southeast Asia. ⟦NAME|Bree⟧ finished her last dose on day 14; she says her next video will be about the needles.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "occupational exposure",
    role: "emt",
    text: `
Description. Two weeks ago, cleaning the rig after an overdose call, I stuck my thumb on an IV catheter stylet that had been left on the bench seat. The patient, a man in his thirties, had been revived with naloxone and was already in the ED.

Feelings. Shame first, then fear. I kept replaying it on the drive back to the station, and I did not want to tell my partner.

Evaluation. I did the right things afterward: washed it under running water, told my supervisor within thirty minutes, and went to the ED for source testing and baseline labs. The ED physician started post-exposure prophylaxis, bictegravir-emtricitabine-tenofovir alafenamide, within two hours, which is what the US Public Health Service occupational guideline recommends.

Analysis. The stylet was on the seat because the sharps container was full and the spare was in the other rig. It was 5 a.m., the end of a sixteen-hour shift. The source patient's HIV test was negative, but his hepatitis C antibody was positive, so I am still waiting on my own follow-up at six weeks and at six months.

Conclusion. Most needle-sticks are system failures with a human at the end of them. I was the human this time.

Action plan. I raised it at our station meeting, and we now check sharps containers at every shift change, with spares in both rigs. I finished 28 days of PEP with nothing worse than nausea, and I have started telling newer EMTs about it.
`,
  },
  {
    id: "us-free-007",
    setting: "inpatient infectious diseases",
    role: "infectious diseases fellow",
    text: `
⟦NAME|Mr. Harlan Boyd⟧, a ⟦AGE|93-year-old⟧ retired rail switchman, was transferred to ⟦FACILITY_ROOM|4 West, room 418 at St. Anselm Medical Center⟧ with Staphylococcus aureus bacteremia and a red, weeping pocket over his pacemaker. The device, a dual-chamber unit implanted in 2016 (serial ⟦DEVICE|PJD611084S⟧), had to come out; the HRS consensus is unambiguous that complete system extraction is standard in device infection with S. aureus bacteremia.

The conversation was the hard part. ⟦NAME|Mr. Boyd⟧ is sharp, hard of hearing, and did not want "another operation at my age." His daughter ⟦NAME|Lorraine⟧ wanted everything done. Our electrophysiologist, Dr. Osei, was honest that at ⟦AGE|93⟧ the risk of a lead tearing a vein is real, and that cefazolin alone would suppress the infection but not cure it.

I sat with him for forty minutes after rounds. He told me about switching trains in the snow in 1958, and eventually said what he wanted was to be home for his great-grandson's baptism. That gave us something to plan around. We agreed on extraction with a leadless pacemaker afterward and six weeks of cefazolin from the first negative culture.

What I learned is that shared decisions with the very old do not mean offering less; they mean asking what the treatment is for. Time with him did more for the plan than any risk calculator.
`,
  },
  {
    id: "us-what-008",
    setting: "public health",
    role: "public health nurse",
    text: `
What? Our county had nine cases of congenital syphilis last year, up from one a few years ago. This week our team reviewed one of them. The mother had a reactive RPR at her first prenatal visit at 28 weeks, received only one of her three weekly doses of benzathine penicillin G during the national shortage, and missed the next two appointments. Her baby was born with an enlarged liver and spleen and spent ten days on IV penicillin.

So what? Every step was a missed chance, and none of them belonged to one person. Prenatal care started late because she had no insurance until the second trimester. The clinic had no way to text reminders. Our disease intervention specialists had a caseload of ninety. When I read the CDC 2021 STI treatment guidelines again, the treatment was never the problem; reaching people was. I also realized how much I had been blaming patients in my head for "not showing up."

Now what? We have started bringing benzathine penicillin to the patient instead: a nurse and a DIS visit in pairs, give the injection at home, and watch for a Jarisch-Herxheimer reaction. We are also pushing for syphilis screening in emergency departments and jails, where many of our mothers are seen first. I will track whether home treatment completes more three-dose courses than clinic treatment did.
`,
  },
  {
    id: "us-free-009",
    setting: "night shift",
    role: "surgery resident",
    text: `
At 1:15 a.m. on a Tuesday I was paged about a man in his fifties with poorly controlled diabetes and "cellulitis" of the perineum that was not improving on cefazolin. When I walked in he was pale, sweating, and in pain far beyond what the skin looked like. That phrase, pain out of proportion to the exam, is in every textbook, and I had never really understood it until I saw his face.

His LRINEC score was 8, lactate 4.6, sodium 129. I called Dr. Nakamura, my senior, who came down from the OR, looked for about ten seconds and said "Fournier's, book the room." We broadened to vancomycin, piperacillin-tazobactam and clindamycin for the toxin effect, and he was in the OR within ninety minutes. They debrided a large area of dead fascia.

What I keep thinking about is how easy it would have been to order a CT and wait. The scan would have delayed surgery by an hour or more, and the IDSA skin and soft tissue guideline is clear that imaging should not delay exploration when clinical suspicion is high.

He went back to the OR twice more and is now doing well in step-down. My lesson from that night: trust the exam, especially the patient's face, and call for help early. The scores help you argue; they do not make the decision for you.
`,
  },
  {
    id: "us-comment-010",
    setting: "inpatient infectious diseases",
    role: "chaplain",
    text: `
Thank you for writing about ⟦NAME|Mr. Boyd⟧ so kindly. For anyone who wants to help, his granddaughter set up ⟦URL|https://www.gofundme.com/f/harlan-boyd-home-care⟧ to pay for home nursing after discharge; I saw it shared in our church group this week. And yes, he really did make it to the baptism, in his good suit.
`,
  },
  {
    id: "us-comment-011",
    setting: "public health",
    role: "disease intervention specialist",
    text: `
As a DIS in a neighboring county, this hit home. Our numbers look almost identical, and the benzathine penicillin shortage was brutal. Two things helped us: doxycycline 100 mg twice daily for 14 days for non-pregnant partners, saving Bicillin for pregnant patients as CDC advised, and text reminders the day before every dose. Keep writing these. Marisol, DIS
`,
  },
];
