import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England and Wales): TB clinic, stewardship, sexual health, travel OSCE, IPC, measles, nights, HIV. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "tb clinic",
    role: "foundation doctor",
    text: `
Description. On my TB clinic week I saw ⟦NAME|Mr Tomasz Wrona⟧, a forklift driver at one of the big distribution warehouses, for the two-month review of his fully sensitive pulmonary TB. He was doing well: smear negative, weight up 4 kg, no missed doses on the video check-ins. Almost in passing he mentioned that his brother-in-law, ⟦NAME|Dariusz⟧, had moved into the spare room on ⟦DATE|2 February⟧, after our household screening had closed.

Feelings. A small drop in my stomach. I had ticked "household contacts screened" on the template two weeks earlier.

Evaluation. What went well was that he trusted us enough to mention it. What went badly was that our contact list was a snapshot, not a living document.

Analysis. Re-reading NICE NG33 (2016), nothing tells you to re-ask at every visit, but common sense does. Dr Bhattacharya, the TB lead, said she sees this about twice a year, usually in shared houses with rotating tenants, and that the intensive phase is exactly when it matters.

Conclusion. I rang the TB nurses before he left. We checked his details (NHS number ⟦ID|${nhs("485 777 322")}⟧, ⟦ADDRESS|Flat 4, 19 Kingfisher Walk, Leicester LE4 6RZ⟧) and booked ⟦NAME|Dariusz⟧ for an IGRA and chest X-ray, using ⟦NAME|Mr Wrona⟧'s mobile, ⟦PHONE|07700 900317⟧, because ⟦NAME|Dariusz⟧ had no UK number yet.

Action plan. I now ask "has anyone moved in or out?" at every review, and I have suggested a prompt for the clinic template.
`,
  },
  {
    id: "uk-what-002",
    setting: "antimicrobial stewardship",
    role: "antimicrobial pharmacist",
    text: `
What? On Thursday's stewardship round on the care-of-the-elderly ward we reviewed eleven patients on intravenous antibiotics. Four had no documented indication or review date. One woman in her late eighties had been on piperacillin-tazobactam for six days for a "?UTI" with a CRP of 38 and a urine culture showing mixed growth. A man had meropenem started overnight for a NEWS2 of 5 that turned out to be fast AF. Dr Hollis, the consultant microbiologist, went through each one with the F2s, and I suggested oral switches wherever the Start Smart then Focus criteria were met.

So what? I realised how much of my job is not pharmacology but persuasion. The juniors were not careless; they were scared of stopping something a registrar had started at 3am. The 48–72 hour review exists for exactly that, and NICE NG15 (2015) says so plainly, but a guideline does not stop a tired FY1 feeling exposed. When Dr Hollis said "I'll put my name to the stop", the mood on the ward changed completely.

Now what? I am adding an "antibiotic time-out" line to our ward round sticker, co-signed by the consultant, and I will bring the audit figures to governance. My own portfolio deadline is 14 March, so I will write up this cycle properly before then and ask Dr Hollis to countersign.
`,
  },
  {
    id: "uk-free-003",
    setting: "sexual health clinic",
    role: "sexual health nurse",
    text: `
Partner notification is the part of sexual health nursing nobody warns you about. This week ⟦NAME|Kieran⟧, twenty-three, tested positive for gonorrhoea at the ⟦FACILITY_ROOM|Whitecross Lane sexual health clinic⟧ and gave me one contact: ⟦NAME|Jade⟧, no surname, whom he met at a house party in Bootle on ⟦DATE|Saturday 8 June⟧. The only way he could reach her was Instagram, ⟦OTHER|@jadeyxo_liv⟧.

We have a process for this. Provider referral means I contact the partner without naming the index patient, and the BASHH standards give us the wording. But Instagram is not in the process. I cannot message a stranger from a work account without breaking several trust policies, and ⟦NAME|Kieran⟧ did not want to message her himself because, he said, "she'll know it was me." She would. There was only one party.

I talked it through with Sister Mahmood. We settled on patient referral with a contact slip and an online testing code, and I helped ⟦NAME|Kieran⟧ draft a message that was factual without being frightening. He sent it from his phone in the clinic room while I waited. She replied within the hour and booked herself into a clinic nearer home.

What I took from it: anonymity in partner notification is often a fiction in small social circles. Our job is less about protecting the index patient's name than about making the message kind enough that nobody feels shamed. Ceftriaxone 1 g IM took thirty seconds. The message took forty minutes.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "osce",
    role: "medical student",
    text: `
Description. My OSCE station was a returning traveller: a simulated patient playing a man in his forties, back from visiting family in Lagos, with three days of fevers. I took a decent history but forgot to ask about malaria prophylaxis until the examiner's warning bell.

Feelings. I panicked, and I could hear myself speeding up.

Evaluation. The examiner, Dr Pemberton, said afterwards that I had covered the fever pattern, sexual history and animal contact, which many candidates skip, but that "anyone febrile from sub-Saharan Africa has malaria until three films say otherwise" and that should have come first.

Analysis. I had learnt the travel history as a list to recite from the top rather than a ranking of risk. Plasmodium falciparum can kill within 24 hours; Katayama fever and strongyloides can wait a day. The UKHSA malaria guidance was in my notes, but I had never practised leading with it.

Conclusion. Prioritise what kills fastest. Thick and thin films, a rapid antigen test, and IV artesunate for severe disease were what the mark scheme wanted.

Action plan. I have rewritten my travel template to start with "where, when, prophylaxis, and could you be pregnant?" and practised it twice with Amira from my year. Results come out on 20 June; whatever happens, I will not forget the malaria question again.
`,
  },
  {
    id: "uk-free-005",
    setting: "infection control",
    role: "infection prevention nurse",
    text: `
I have been an infection prevention nurse for six years and the first morning of a norovirus outbreak still humbles me. The index case this time was ⟦NAME|Mrs Edna Pickles⟧, a ⟦AGE|97-year-old⟧ in ⟦FACILITY_ROOM|Bay 2, bed 5 on Ward 21 at Calder Royal Infirmary⟧, who vomited across the bay at about 4am on ⟦DATE|Boxing Day⟧. By evening, four of the six women in the bay and two healthcare assistants were unwell.

The clinical side is routine: close the bay, chlorine-releasing agent at 1,000 ppm, stool samples for PCR, staff off for 48 hours after symptoms stop. Where I struggled was with the family. ⟦NAME|Edna⟧'s granddaughter ⟦NAME|Shannon⟧ had driven down from Carlisle, and we had to turn her away at the ward door. She was upset and pointed out, fairly, that her gran had come in with a broken wrist and was now "catching things in hospital".

I did not get defensive, which I am proud of. I explained that norovirus arrives with visitors and staff as much as it leaves with them, and that closing the bay protected ⟦NAME|Edna⟧ as much as anyone. We set up a video call on the ward iPad instead.

Looking back, our outbreak toolkit covers the virology beautifully and the conversation with relatives in one line. I am drafting a short script for the team on how to say no to visitors at Christmas without sounding as if we are blaming them.
`,
  },
  {
    id: "uk-what-006",
    setting: "gp placement",
    role: "gp registrar",
    text: `
What? A mother brought her 14-month-old, ⟦NAME|Osian⟧, to the morning duty surgery with fever, red eyes and a blotchy rash that had started behind his ears. He had never had his first MMR: the family had moved to ⟦LOCATION|Cwm Eithin Uchaf⟧, a farming hamlet of about forty houses above the valley, on ⟦DATE|3 March⟧, and the recall letter went to the old address. I saw Koplik spots, which I had only seen in textbook photographs, and phoned the health protection team before he left the room. His mum, ⟦NAME|Ffion⟧, gave her mobile, ⟦PHONE|07700 900582⟧, for their follow-up, and I read out his NHS number, ⟦ID|${nhs("721 404 186")}⟧.

So what? Two things stayed with me. First, how quickly our waiting room became the problem: he had sat for twenty minutes beside a pregnant woman and a baby under six months. Public Health Wales needed everyone who had been in that room between 08:30 and 09:15, and I had never thought about isolation at the front desk. Second, the guilt in ⟦NAME|Ffion⟧'s face. She was not against vaccines; she had simply moved house.

Now what? Reception now has a "fever and rash" prompt to bring children straight into the side room. Our practice manager will audit change-of-address recalls for the under-fives, and I will present the case, anonymised, at our clinical meeting.
`,
  },
  {
    id: "uk-free-007",
    setting: "night shift",
    role: "fy1 doctor",
    text: `
At 02:40 on my second night shift I was bleeped to a man in his sixties on the haematology ward, day 10 after chemotherapy for lymphoma, temperature 38.4 and rigoring. I knew the words "neutropenic sepsis" and "door to needle within one hour" from induction, but knowing them and doing them with no registrar free are different things. Dr Rahman, the medical registrar, was in resus with a STEMI.

I took cultures from his Hickman line and peripherally, checked a lactate (3.1), and asked the nurse to draw up piperacillin-tazobactam 4.5 g while I wrote it up. It went in at 03:22, forty-two minutes after the bleep.

What I keep coming back to is how close I came to waiting for the neutrophil count. The lab was slow, and part of me wanted a number to justify what I was doing. NICE CG151 and the trust protocol are explicit: treat empirically, do not wait. Sister Okonkwo, who has been on that ward for twenty years, said "if he's rigoring, he's septic" and handed me the cannula pack.

His neutrophils came back at 0.2. By morning he was grey but talking on the ward round, and Dr Lowe, the haematology consultant, added a stat dose of gentamicin. I learnt that protocols exist for exactly the moment you feel too junior to act, and that experienced nurses are part of the protocol.
`,
  },
  {
    id: "uk-gibbs-008",
    setting: "hiv clinic",
    role: "infectious diseases consultant",
    text: `
Description. ⟦NAME|Mr Samuel Adebayo-Clarke⟧ was admitted with Pneumocystis pneumonia and a CD4 count of 31, and I told him his HIV result on the ward. The following week our new results letter, meant for his GP, was also emailed to ⟦EMAIL|sam.ac.runs@gmail.com⟧, an address on his record that he had set up years ago and still shared with his partner. His partner read it first.

Feelings. I felt sick, then angry at the system, then at myself, because I had signed off the letter template.

Evaluation. Nothing about the clinical care was wrong: co-trimoxazole, steroids, and antiretrovirals started at two weeks as the BHIVA guidelines advise. But the disclosure was taken out of his hands, and disclosure was his, not ours.

Analysis. The record had one email field, with no note of who else could read it. We had never asked whether an email address was private. Our information governance lead, Dr Fenwick, helped us report the breach. We apologised in person, and, at his request, with his partner ⟦NAME|Marcus⟧ present, who turned out to be nothing but supportive.

Conclusion. Contact details are clinical information. An email address can belong to a whole household.

Action plan. We now confirm every contact route, and whether it is private, at each new diagnosis, and the template defaults to post. I will present the case to our regional HIV network with his permission.
`,
  },
  {
    id: "uk-free-009",
    setting: "antimicrobial stewardship",
    role: "pharmacist",
    text: `
About one in ten of our inpatients carries a penicillin allergy label, and most of those labels are wrong. This month I ran my first direct oral challenge clinic under supervision. The idea is simple: use the PEN-FAST score to find low-risk histories (a rash in childhood, "my mum said I was allergic", nausea), give a single dose of amoxicillin 500 mg, and observe for an hour.

My first patient was a woman in her seventies whose label dated from a vague reaction decades ago. PEN-FAST 0. She swallowed the capsule at 10:05, had observations every fifteen minutes, and went home with the label removed and a letter for her GP. She said it felt like being told she had been wrongly convicted.

The harder conversation was with a younger man whose history included facial swelling. PEN-FAST 3. He was disappointed we would not challenge him, and I explained that this is exactly the history where skin testing with Dr Oyelaran's allergy team makes sense, and that Stevens-Johnson syndrome or DRESS would rule out any challenge.

What I have learnt: de-labelling changes prescribing more than most stewardship work I have tried. Patients who lose the label get narrower drugs, flucloxacillin instead of clindamycin and amoxicillin instead of a quinolone, and fewer C. difficile infections follow. The BSACI 2022 guideline gives us permission; the clinic gives us numbers. I want to audit our first fifty patients by December.
`,
  },
  {
    id: "uk-comment-010",
    setting: "antimicrobial stewardship",
    role: "antimicrobial pharmacist",
    text: `
Really useful reflection, thank you. We tried a similar antibiotic time-out on our surgical wards in 2022, and what made it stick was exactly what you describe: the consultant's name on the stop. Our microbiology team also found co-amoxiclav was the drug most often left running past day five. Happy to share our sticker if it helps. Priya, antimicrobial pharmacist, West Midlands
`,
  },
  {
    id: "uk-comment-011",
    setting: "infection control",
    role: "staff nurse",
    text: `
I was on nights on that ward over Christmas and I think I looked after ⟦NAME|Mrs Pickles⟧, lovely lady, always asking for another cup of tea. Worth saying that the granddaughter was not the only relative turned away, and the iPad idea really helped the families. Maybe leave out the bay and bed number next time, though? Anyone from our trust will recognise it straight away.
`,
  },
];
