/**
 * Unseen2 corpus, Oceania: New Zealand and Australia.
 * Every patient, relative, number, address, plate and link is made up, and so is every clinician.
 */
import { medicare } from "../../corpus/gen.ts";
import { nhi } from "../../corpus-fresh/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const OCEANIA: SourceItem[] = [
  // ---------------- New Zealand ----------------
  {
    id: "nz-what-001",
    setting: "general practice",
    role: "GP registrar",
    text: `
## What?

Rural GP run on the East Coast. ⟦NAME|Koro Hemi⟧ came in the week after ⟦DATE|Waitangi Day⟧ with his moko, who drove him from ⟦LOCATION|Ōmaio, the house beside the marae⟧. His NHI is ⟦ID|${nhi("ZZZ014")}⟧, and the moko left her number, ⟦PHONE|027 555 0193⟧, for results. He had gout in both feet and had been "walking through it" for a fortnight.

## So what?

I reached for colchicine and a lecture on beer and seafood. Then I stopped. ⟦NAME|Koro Hemi⟧ told me about kaimoana at the tangi, and his whānau. Gout in Māori men is partly genetic, and framing it as a "lifestyle disease" is shaming and wrong.

## Now what?

- Allopurinol started low, 50 mg, titrate to urate < 0.36 mmol/L, with colchicine cover.
- Follow-up with the practice's kaiāwhina, Whaea Ani.
- I'll read the Owning My Gout resources before my next clinic.
`,
  },
  {
    id: "nz-free-002",
    setting: "hospital at home",
    role: "physiotherapist",
    text: `
Our Dunedin "hospital in the home" team sends physios out after hip fractures. ⟦NAME|Mrs Glenys Fairweather⟧, ⟦AGE|aged 99⟧, went home to ⟦ADDRESS|14 Aberdeen Road, Mornington, Dunedin 9011⟧ on day four. Her daughter asked me to send the exercise sheet to ⟦EMAIL|glenys.fairweather.dn@xtra.co.nz⟧ "so Mum can print it herself".

On my first visit ⟦NAME|Glenys⟧ had rearranged her lounge: rugs rolled up, the walking frame parked by her chair, a whistle on a cord round her neck. She had done a better falls-risk assessment than I would have.

I felt humbled. I'd come with my checklist and Timed Up and Go stopwatch. TUG was 24 seconds, slow but safe with the frame.

What I learnt: ask what people have already done before telling them what to do. I'll add "what have you changed?" to our first-visit form and discuss it at our team meeting with Sam, our clinical lead.
`,
  },
  {
    id: "nz-comment-003",
    setting: "paediatrics",
    role: "nurse",
    text: `
Kia ora, beautiful reflection about ⟦NAME|Aunty Mere⟧ and the baby's first bath on the ward. Just a heads up though — the photo caption still shows her NHI ⟦ID|${nhi("ZZZ203")}⟧, might want to edit before it gets shared further. Ngā mihi for sharing the tikanga part, it's something we should all learn.
`,
  },
  {
    id: "nz-gibbs-004",
    setting: "emergency department",
    role: "nursing student",
    text: `
Description: Clinical placement in an emergency department in Hamilton. A patient with a migraine asked for "the strong stuff".

Feelings: Suspicious, which I'm not proud of.

Evaluation: My preceptor, Jess, assessed without judgement. No red flags: no thunderclap onset, no fever, normal neuro exam. She gave metoclopramide 10 mg IV, paracetamol and fluids. The patient improved in an hour.

Analysis: Opioids aren't recommended for migraine. My suspicion came from stigma, not evidence.

Conclusion: Treat pain as real until proven otherwise.

Action plan: I'll review the 2022 NZ migraine guidance from the Goodfellow Unit and practise non-judgemental language.
`,
  },
  {
    id: "nz-free-005",
    setting: "medical education",
    role: "medical student",
    text: `
Kia ora, I'm Liam, 23, a fifth-year at the University of Otago, from Nelson. I'm doing my rural immersion year in Southland.

I thought rural medicine meant fewer patients. It means fewer colleagues. My GP supervisor, Dr Kerr, does the practice, the after-hours, the rest home, and the occasional fishing boat injury.

What I learned this term: how to do a proper examination with no imaging around, how to read an ECG without a cardiologist, how to talk to farmers who only come when they can't walk. Also how to milk a cow, which was not in the curriculum.

I'll apply for the rural pathway in my trainee intern year. Exams are on 20 October, so it's back to Talley and O'Connor for now.
`,
  },
  {
    id: "nz-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
What? A young man at our pharmacy in Christchurch asked for the morning-after pill for his partner.

So what? In NZ, levonorgestrel 1.5 mg is pharmacist-only and the consultation should be with the person taking it. I didn't want to shame him, but I needed to talk to her.

Now what? I gave him the Family Planning phone line and asked if she could come in or call. She called within an hour. I'm going to suggest a phone-consult option to our pharmacy manager, Rachel. The Pharmaceutical Society's 2019 guidance supports remote consultation in this situation.
`,
  },

  // ---------------- Australia ----------------
  {
    id: "au-free-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Remote area nursing, Central Australia. ⟦NAME|Nana Dulcie⟧ came to the clinic from ⟦LOCATION|Kurrajong Well outstation⟧ with her granddaughter, who gave me her Medicare number, ⟦ID|${medicare("2953 1184", 1)}⟧, and her own mobile, ⟦PHONE|0491 570 213⟧, because her nana's phone is "always flat".

She had scabies with secondary infection, and her kidney function was worse. I wanted to send her to Alice for a nephrology review. She said she had to be back for sorry business.

I felt stuck between two systems. I had to respect culture and also act on a creatinine that had doubled.

The Aboriginal health practitioner, Kevin, helped me understand how important sorry business is and negotiated a date after. We gave permethrin for the whole household and cephalexin for her.

I'll learn more about cultural safety. Ahpra's code of conduct puts it at the centre of practice.
`,
  },
  {
    id: "au-what-002",
    setting: "palliative care",
    role: "palliative care registrar",
    text: `
**What?** On ⟦DATE|Melbourne Cup day⟧ I did a home visit in Hobart to ⟦NAME|Mr Reg Dawkins⟧, who has motor neurone disease. His cochlear implant processor, serial ⟦DEVICE|CI612-7730418⟧, had stopped working and he couldn't hear us. His daughter had put the link to his notes, ⟦URL|https://portal.ths-homecare.example.au/patients/88172/notes⟧, in an email to everyone in the family.

**So what?** Without hearing, our goals-of-care conversation was impossible. I felt useless. We wrote everything on a whiteboard.

**Now what?** We got the audiology team out within two days. I'll add "hearing aids and implants working?" to our visit checklist, and I talked to the family about sharing record links only with people who need them.
`,
  },
  {
    id: "au-comment-003",
    setting: "emergency department",
    role: "medical student",
    text: `
Mate this is a ripper of a reflection. Dr Nguyen drilled the Canadian CT head rule into us on my ED term too — legend. Also the Apgar bit reminded me of my O&G rotation. Good luck for the AMC exam on 2 March, shout you a flat white after 🙌
`,
  },
  {
    id: "au-gibbs-004",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
Description: Night shift in a Darwin ED. A man presented with a snakebite, the snake killed and in a plastic bag. He'd put a pressure bandage on himself.

Feelings: Excited, honestly. I'd never seen a real snakebite.

Evaluation: We left the bandage on, did bloods, 20WBCT, coagulation. No coagulopathy after 12 hours. No antivenom needed.

Analysis: The Australian Snakebite Project shows many bites are dry. The bandage and observation were right. My excitement almost made me order antivenom too early.

Conclusion: Calm beats excitement.

Action plan: I'll review the 2023 Australian guidelines with our consultant, Dr Walsh, and teach the new interns.
`,
  },
  {
    id: "au-free-005",
    setting: "midwifery",
    role: "midwife",
    text: `
I'm Kirra, 34, a Gamilaraay woman and a midwife in Tamworth. I studied at the University of Newcastle and I came home to work.

This year I joined a Birthing on Country program. For our mums, being born on country matters. For some, birthing a long way from home is traumatic.

I've learnt that continuity of carer is evidence-based (the Cochrane review, 2016) and culturally safe at the same time. When a mum knows her midwife, she opens up.

I felt proud this week when a first-time mum said "you're like my aunty". I'll keep pushing for more Aboriginal midwives in our service. Our next cohort starts training in February.
`,
  },
  {
    id: "au-what-006",
    setting: "prehospital",
    role: "paramedic",
    text: `
**What?** Called to a ute rollover on the Stuart Highway. The driver, ⟦NAME|Sharon "Shazza" Pettigrew⟧, was trapped. Her ute, NT rego ⟦OTHER|CD 47 KQ⟧, was upside down in the gravel. After extrication we took her to ⟦FACILITY_ROOM|resus bay 2 at Royal Darwin⟧.

**So what?** She kept asking about her dog. We found him, unhurt. I realised that what the patient cares about isn't always the injury. Asking about the dog calmed her more than the methoxyflurane did.

**Now what?** I'll always ask "who or what are you worried about?" at a scene. My station officer, Trev, says it's the best question in the job.
`,
  },
];
