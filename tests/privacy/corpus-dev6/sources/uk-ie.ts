import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK and Ireland: FY1s, district nurses, paramedics, pharmacists, students, GP trainees. */
export const UK_IE: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "ward round",
    role: "FY1",
    text: `
**Description.** Post-take ward round on a care of the elderly ward. ⟦NAME|Mrs Winifred Hargreaves⟧ — "⟦NAME|Win⟧, love, nobody calls me Winifred" — was ⟦AGE|ninety-two⟧ and had come in after a long lie on her kitchen floor in ⟦LOCATION|the flats above the chemist on Bolton Road in Darwen⟧. CK 4,200, creatinine 168 from a baseline of 80, a grade 2 pressure area over the left hip. Dr Pemberton, my consultant, asked me to present. I got the AKI right and completely forgot to ask how she managed the stairs.

**Feelings.** Embarrassed, then quietly annoyed at myself. ⟦NAME|Win⟧ noticed and said her grandson is a plumber and still floods things, so I'd be fine.

**Evaluation.** The medicine was fine: fluids, hold the ramipril, repeat U&Es at 6pm, Waterlow score done. What I missed was the story: 38 stairs, no lift, a neighbour who pops in on Sundays.

**Analysis.** The Clinical Frailty Scale score we gave her (6) depended on exactly the questions I skipped. NICE CG161 (2013) is clear that a multifactorial falls assessment includes the home. Reading it again on the bus home, I realised our clerking proforma has no box for it either.

**Conclusion.** A good presentation is not just numbers. I now ask "how do you get in and out of your home?" in every older person's clerking.

**Action plan.** Shadow the OT on Thursday; read the BGS *Fit for Frailty* guidance before my next on-call; suggest a line on the proforma at the FY1 teaching on the 14th. — Priya, FY1
`,
  },
  {
    id: "uk-what-002",
    setting: "district nursing",
    role: "student nurse",
    text: `
**What?** A Friday home visit in the Borders with my mentor, Gillian. Our patient, ⟦NAME|Mr Alasdair Nicol⟧, lives alone at ⟦ADDRESS|2 Mill Cottages, Denholm Road, Hawick TD9 8QY⟧ and was ⟦AGE|94⟧ on ⟦DATE|the 5th⟧ — there were still cards on the dresser. We were there for a venous leg ulcer (ABPI 0.9 on the left, 1.1 on the right) that has been open since spring. His daughter ⟦NAME|Fiona⟧ had emailed the practice from ⟦EMAIL|fiona.nicol.hawick@examplemail.co.uk⟧ asking whether he could have compression stockings "like the ones on the telly".

The referral form for the vascular clinic at ⟦FACILITY_ROOM|Borders General⟧ wanted his CHI, and I read it off the care plan: ⟦ID|${nhs("051231 672")}⟧. Gillian stopped me and asked why I was saying it aloud in a room where the home carer was also filling in her own sheet.

**So what?** I had been treating the number as paperwork, not as something that belongs to him. The NMC Code (2018) is plain about confidentiality, and it also says we should share what is needed for care — the carer did need to know about the dressing change, not his CHI.

**Now what?** I'll write identifiers rather than say them when anyone else is in the room, and ask the patient first whom he's happy to have present. I've also booked the Scottish leg ulcer e-learning module before my next placement block in January.
`,
  },
  {
    id: "uk-free-003",
    setting: "OSCE",
    role: "medical student",
    text: `
My finals OSCE was on 14 May, the day after my 23rd birthday, which meant I spent my birthday in the library in Cardiff with a tub of hummus and the Oxford Handbook. Worth recording how it went while it's fresh.

Station 3 was a neuro exam: "examine this gentleman's upper limbs". Resting pill-rolling tremor, cogwheel rigidity, bradykinesia — Parkinson's, and I said so with more confidence than I felt. The examiner, Dr Lewis, asked about the difference between a Parkinson's tremor and an essential tremor and I blanked, then recovered.

Station 7 was a scripted history. The actor playing "Mr Green, 67, a retired postman" was brilliant: right upper quadrant pain, Murphy's sign described in the notes, a bilirubin of 38. I talked about Charcot's triad and nearly forgot to ask about alcohol.

Station 9 was cranial nerves on a volunteer with a Bell's palsy from years ago — forehead involved, so lower motor neurone. Then a GCS station on a mannequin: eyes 3, verbal 4, motor 6, total 13.

What I learned: I rehearse examination routines well, and communication less. The stations I wobbled on were the ones where I had to explain something to a person. I'll do the communication skills sessions Dr Bevan runs on Wednesdays before results come out on 20 June.
`,
  },
  {
    id: "uk-gibbs-004",
    setting: "night shift",
    role: "paramedic",
    text: `
Description: a Saturday night shift out of our station in Stockport, about 2am. Call to an older man who had fallen in his hallway — a nonagenarian, sharp as anything, embarrassed more than hurt. GCS 15, no head injury, BP 152/88, HR 74 irregular, BM 6.4, a skin tear on the forearm. He wanted to stay home. His daughter, on speakerphone, wanted him "taken in".

Feelings: I was tired (twelfth hour) and I wanted an easy decision either way.

Evaluation: we did a full falls assessment using the NEWS2 and the pathway from our trust. New AF, rate controlled. Lying/standing BP showed no drop. He could get up from the floor with one of us steadying him.

Analysis: the JRCALC guidance and the 2021 falls pathway support leaving someone at home if they are safe and there is a plan. The plan was the hard part at 2am. We referred him to the community falls team and the GP for the AF (CHA2DS2-VASc 4), dressed the skin tear with Steri-Strips, and left a copy of our notes.

Conclusion: his capacity to choose was clear. The daughter's worry was real, but it wasn't a reason to override him.

Action plan: I've asked my educator, Marcus, for the capacity refresher in March. And I'm going to stop saying "we'll just take you in to be safe" — safe for whom? I'm 41 and I've been doing this for fifteen years; I should know that by now.
`,
  },
  {
    id: "uk-what-005",
    setting: "medication error",
    role: "pharmacist",
    text: `
**What?** I'm a ward pharmacist and this is a near miss I was part of. On a Monday morning I found a warfarin chart on ⟦FACILITY_ROOM|Ward 12, bay C, bed 3 at Royal Preston⟧ where the 7 mg dose from Sunday had been given as well as the 3 mg written for the same day. The patient was ⟦NAME|Mrs Doreen McKenna⟧ — the wristband read ⟦NAME|McKENNA, Doreen⟧ ⟦ID|${nhs("472 881 306")}⟧, hospital number ⟦ID|H0419927⟧. INR that morning was 4.8. No bleeding.

The two charts had been running side by side after a transfer from AMU. The old one hadn't been crossed through. Her son ⟦NAME|Kevin⟧ was visiting and asked me straight out whether his mum had "been overdosed". I said there had been an extra dose, that her clotting was being checked, and that the doctor would talk to him. That felt like the right answer and also not enough.

**So what?** Duty of candour applies to near misses that reach the patient. The NPSA alert on anticoagulants (2007) and our own Datix categories are clear; the part no policy tells you is how to say it in a busy bay. Two active charts is a system problem, not one nurse's mistake.

**Now what?** We held the evening dose and rechecked the INR (3.6 the next day). I wrote the Datix, met the ward manager, and suggested transfer checklists include "old chart cancelled — signed". I'm presenting it at our pharmacy governance meeting on 3 December.
`,
  },
  {
    id: "uk-comment-006",
    setting: "palliative care",
    role: "nurse",
    text: `
@ward_sister_kat@nhs.social @fy2_tom@medsky.example This is so familiar. We had ⟦NAME|Bill⟧ in ⟦FACILITY_ROOM|side room 4 on Ward 20⟧ last winter, the one with the window onto the car park, and his wife ⟦NAME|Maureen⟧ brought in his pigeon-racing trophies because he'd ⟦OTHER|won the Barnsley federation open the year he turned 80⟧. Same lesson as yours: ask what matters before the syringe driver goes up, not after.
`,
  },
  {
    id: "uk-comment-007",
    setting: "surgery",
    role: "surgical registrar",
    text: `
@medstudent_aisha@scholar.social Thanks for writing this up. For what it's worth, Murphy's sign being negative in an older patient means very little — the 2016 WSES guidance says as much. I'm a surgical reg in Leeds and I still get caught by it. Bring the Tokyo Guidelines (TG18) to clinic on Thursday and we'll go through the grading together. Mr Whitfield will be in theatre so it'll just be us.
`,
  },
  {
    id: "ie-gibbs-001",
    setting: "GP placement",
    role: "GP trainee",
    text: `
**Description.** Week six of my GP training post in west Galway. A house call on the island ferry day to ⟦NAME|Colm Ó Flaithearta⟧, ⟦AGE|91⟧, who had missed his warfarin clinic twice. He is ⟦OTHER|the last man still building currachs on Inis Meáin⟧ and was in the shed, tarring a hull, when we arrived. Fine, he said. He'd "a bit of a cough". Sats 89% on air, crackles at the right base, temperature 38.2.

**Feelings.** Delighted to meet him and anxious about how to get him off the island before the weather turned.

**Evaluation.** The referral letter needed his PPSN — ⟦ID|7384912D⟧ — and his Eircode, ⟦ADDRESS|H91 KT6P⟧, for the ambulance and the boat. His niece ⟦NAME|Máire⟧ rang from Galway on ⟦PHONE|087 555 2193⟧ to say she'd meet him at the pier.

His pacemaker card, folded in his wallet with a Mass card, gave the serial, ⟦DEVICE|RWT602184S⟧, which cardiology wanted before the flight.

**Analysis.** CURB-65 was 2 on age alone plus urea we didn't have; clinically he needed admission. The HSE's community pneumonia guidance (2019) and common sense agreed. What I hadn't appreciated was how much of rural general practice is logistics.

**Conclusion.** He went in, came home ten days later, and sent a message with the boatman that the hull was finished.

**Action plan.** Learn the island evacuation protocol properly; sit in with the practice nurse on her Tuesday warfarin clinic.
`,
  },
  {
    id: "ie-comment-002",
    setting: "primary care",
    role: "GP trainee",
    text: `
@gp_trainee_niamh@mastodon.ie Lovely reflection. I did my first GP year in Sligo and felt exactly the same about the home visits — half the work is finding the house. The ICGP has a decent module on rural practice, and the 2022 paper by Dr Kavanagh on travel times is worth a read. I'm presenting something similar at the WONCA Europe conference in Dublin in June, if you fancy a coffee.
`,
  },
];
