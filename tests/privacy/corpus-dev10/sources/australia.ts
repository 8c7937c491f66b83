import { medicare } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "rural generalist training",
    role: "rural generalist registrar",
    text: `
Six months into my rural generalist year in Broken Hill and I have finally stopped getting lost on the way to the aerodrome. I flew with the Royal Flying Doctor Service for the first time in August, with Dr. Mick Sorensen, who has been doing retrievals out here since before I was born and who narrates every landing strip like a David Attenborough documentary.

The clinical stuff has been a lot: snakebite protocols (pressure bandage, immobilise, 20-minute whole blood clotting test, antivenom only if envenomation), a lot of chest pain triaged by phone, heat stroke in January that reminded me core temperature above 40 °C is an emergency, not a number.

The harder learning has been about culture. Our Aboriginal health liaison officer, Aunty Marg (everyone calls her Aunty, and she is nobody's aunt in the genealogical sense), spent my first week teaching me to shut up and wait. Closing the Gap targets and the 2020 National Agreement are on the wall of the clinic, but she says the real measure is whether people come back.

I miss Adelaide: my family, the Crows, the Central Market on a Saturday. But I have never felt more like a doctor. My fellowship exam is in May, and I am revising on the verandah with the galahs, which is not a study method the ACRRM handbook endorses.
`,
  },
  {
    id: "au-gibbs-002",
    setting: "orthopaedics",
    role: "nursing student",
    text: `
**Description.** On my orthopaedic placement I cared for ⟦NAME|Mrs. Beryl Hocking⟧ in ⟦FACILITY_ROOM|Bed 14, Ward 6B, Fiona Stanley Hospital⟧. DOB ⟦DATE|12/04/1931⟧, so she was ⟦AGE|94⟧. She had fractured her hip at home in ⟦LOCATION|Kalamunda⟧ and lay on the floor overnight. Her Medicare number, ⟦ID|${medicare("2953 1847", 1)}⟧, was on the sticker I checked at every med round, and her son ⟦NAME|Graham⟧'s mobile, ⟦PHONE|0491 570 156⟧, was the next-of-kin contact.

**Feelings.** I was scared of hurting her during the first repositioning. She told me to stop apologising and "just get on with it, love".

**Evaluation.** My facilitator, Kate Brennan, showed me how to use a slide sheet and do a Waterlow score (19, high risk). We reviewed her delirium screen using the 4AT and managed her pain with paracetamol 1 g QID and oxycodone 2.5 mg PRN.

**Analysis.** I read the Australian and New Zealand Hip Fracture Registry 2023 report. Time to surgery, pressure injury and delirium are the three big outcomes. ⟦NAME|Beryl⟧ was in theatre within 36 hours.

**Conclusion.** Confidence is part of patient comfort.

**Action plan.** I will practise manual handling in the sim lab at Curtin and ask for feedback from Kate every shift.
`,
  },
  {
    id: "au-what-003",
    setting: "prehospital",
    role: "paramedic student",
    text: `
**What?** Clinical placement with Ambulance Tasmania in Hobart, during Dark Mofo, which meant a lot of cold, slightly drunk people doing the nude solstice swim. My mentor, Jess Lowe, and I treated a woman in her thirties with a fractured wrist after she slipped on the icy steps near the waterfront. Pain 9/10. Jess let me set up methoxyflurane, 3 mL in the Penthrox inhaler, and coach her through it.

**So what?** I had practised the analgesia pathway in the university sim lab a dozen times. Coaching a real person, shivering and embarrassed and in pain, was completely different. I talked too much. Jess just said, "Breathe in, breathe out, you're doing great," over and over, and that worked better than anything I said.

**Now what?** I am going to learn fewer words. I have also been reading about the history of the "green whistle" — an Australian invention from the 1970s — for my pharmacology assignment due on 20 June. Jess has promised to take me on the Bruny Island run next month if I stop saying "um". She barracks for Collingwood, so we have other things to argue about.
`,
  },
  {
    id: "au-free-004",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
I have been a community pharmacist in Geelong for eleven years and I am doing a credentialing course to become a consultant pharmacist, so this is the first reflection I have written since uni.

The module on Home Medicines Reviews made me look again at how we pack Webster-paks. We do about two hundred dose administration aids a week. Last month my technician, Dylan, noticed that one packing sheet still had a medicine that the GP had stopped after a fall. Nothing had gone wrong yet. The PBS script had simply been refilled by habit.

Our preceptor for the course, Associate Professor Helen Marchetti, talked about medication-related harm in older Australians: about 250,000 hospital admissions a year, according to the PSA "Medicine Safety: Take Care" report from 2019. I had read that figure before. Now I think about Dylan and the packing sheet.

We changed our process: every DAA change now needs a fresh signed chart from the prescriber, and I check My Health Record before every repack. It adds time. The Geelong Cats lost the prelim on the weekend we changed it, which Dylan says is not related.

I am taking my daughters to Lorne over the Christmas break. After that I will start my HMR placements with Dr. Marchetti's team, and keep reading the Drug Burden Index papers by Hilmer and colleagues.
`,
  },
  {
    id: "au-free-005",
    setting: "remote primary care",
    role: "remote area nurse",
    text: `
I have been a remote area nurse in the Kimberley for three years. I want to write about ⟦NAME|Uncle Clem Jupurrurla⟧, who taught me how little I knew when I arrived.

⟦NAME|Uncle Clem⟧ lives at ⟦LOCATION|the outstation on Ngurrara Creek, two hours past Fitzroy Crossing on the Great Northern Highway⟧, and he drives into the clinic in an old white Troopy — rego ⟦OTHER|1GKW 447⟧ — that everyone for a hundred kilometres recognises. He has type 2 diabetes, an HbA1c of 11.2%, and a foot ulcer that he showed me on ⟦DATE|Tuesday the 9th⟧ after hiding it for a month.

I wanted him in Broome for wound care and an ankle–brachial index. He wanted to stay on Country for a funeral. My senior, Sister Joanne, who has worked up here since the 1990s, sat with ⟦NAME|Uncle Clem⟧ and the Aboriginal health practitioner, Rosie, and they made a plan together: daily dressings at the clinic for a week, then review.

I learned that my urgency was not the only urgency. The CARPA Standard Treatment Manual has an excellent foot ulcer flowchart, but it does not tell you when sorry business comes first.

The ulcer healed. It took three months. ⟦NAME|Uncle Clem⟧ still tells me I drive like a city girl.
`,
  },
  {
    id: "au-comment-006",
    setting: "medical education",
    role: "clinical facilitator",
    text: `
Fantastic work, Chloe — this is exactly the kind of reflection the NMBA standards are asking for. Jess told me you were brilliant on the Dark Mofo nights. For your portfolio, link this to Standard 6 (provides safe, appropriate and responsive practice). Let's catch up after the long weekend, room 2.14 in the Medical Science building, Tuesday at 10. Cheers, Tom
`,
  },
  {
    id: "au-what-007",
    setting: "dental school",
    role: "dental student",
    text: `
**What?** Final-year outreach clinic in Adelaide's northern suburbs. My supervisor, Dr. Linh Nguyen, asked me to do a full examination on a boy of about seven who had never seen a dentist. He had eleven carious teeth and an abscess on a lower E. His dad told us they had been on the waitlist for the public dental service for two years.

**So what?** Australia fluoridated most of its water supply decades ago and we still have kids like this. Dr. Nguyen showed us the data from the National Child Oral Health Study — about a third of children aged 5–10 have untreated decay. I knew the statistic. I did not know the smell of an abscess on a Monday morning.

**Now what?** We placed silver diamine fluoride on the small lesions and referred the abscessed tooth for extraction under GA. I am going to write about the Child Dental Benefits Schedule for my public health assignment and email the local MP, which Dr. Nguyen says is also part of dentistry. My housemates want me at the Fringe this weekend. I will go, after I finish my case presentation for Professor Marinelli.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "cardiac rehabilitation",
    role: "physiotherapy student",
    text: `
**Description.** Cardiac rehab placement in Brisbane. My supervisor, Matt O'Brien, ran a group of eight people, most in their sixties, after MI or CABG. I was responsible for the six-minute walk tests. One man walked 420 m, stopped at four minutes with an RPE of 15, and insisted he was fine.

**Feelings.** Unsure whether to push him or stop him. He was a retired footy coach and kept joking about the Broncos.

**Evaluation.** Matt stepped in and asked about symptoms specifically — chest tightness, breathlessness, dizziness — rather than "are you OK?". The man admitted to tightness. We stopped, checked his BP (162/94) and HR (118), and rested him. The cardiologist later adjusted his bisoprolol.

**Analysis.** The 2022 Heart Foundation cardiac rehab guidance emphasises symptom-limited exercise. I had been using his personality as a vital sign.

**Conclusion.** Ask specific questions, especially of people who are used to playing through pain.

**Action plan.** I will use a symptom checklist during every test. Matt is taking annual leave over the Ekka holiday, so I will be with his colleague Priya for a week, and I will ask her to watch me run a session. My placement assessment is on 29 August.
`,
  },
  {
    id: "au-comment-009",
    setting: "orthopaedics",
    role: "nursing student",
    text: `
Beautiful reflection, but can you take it down and rewrite? You've included ⟦NAME|Mrs. Hocking⟧'s date of birth, ⟦FACILITY_ROOM|Ward 6B⟧ and her Medicare number ⟦ID|${medicare("2953 1847", 1)}⟧, and anyone from ⟦LOCATION|Kalamunda⟧ would know her. Kate would be horrified. Happy to help on Thursday after the sim session.
`,
  },
];
