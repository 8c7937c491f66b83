import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia, New Zealand, the Philippines and Malaysia: remote nurses, paramedics, pharmacists, physios, housemen. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
**Description.** Remote area nursing, Central Australia. A home visit to ⟦NAME|Nana Rosie Napaljarri⟧, who turned ⟦AGE|90⟧ last week — the whole community came for the cake — at ⟦LOCATION|the last house on the Bore Track out of Yuendumu, the one with the two camp dogs and the broken windmill⟧. Her clinic URN is ⟦ID|A774120⟧ and her Medicare number, ⟦ID|${medicare("4172 6039", 2)}⟧, is written on the inside of the clinic folder because the card went missing years ago.

She had a swollen, hot left knee. Temperature 37.9. She was walking with a stick and not complaining.

**Feelings.** Respect, and a bit of worry — septic arthritis doesn't wait for the plane.

**Evaluation.** I aspirated nothing (I'm not trained to); I called the district medical officer on the phone, who agreed to fly her to Alice Springs the next morning. Her granddaughter ⟦NAME|Shanice⟧ went with her as escort.

**Analysis.** The CARPA Standard Treatment Manual (8th edition) covers this, and it was useful. But the thing that helped most was the Aboriginal health practitioner, Jeanette, who explained why ⟦NAME|Nana Rosie⟧ wanted to wait until after the funeral business that week.

**Conclusion.** She flew out after a day, and it was gout, not sepsis. I'd have been wrong to wait and right to listen.

**Action plan.** Joint aspiration training at the next CRANAplus course; learn the local language greetings properly.
`,
  },
  {
    id: "au-what-002",
    setting: "pre-hospital",
    role: "paramedic",
    text: `
**What?** A stroke call in Melbourne's western suburbs. A 67-year-old with left-sided weakness, slurred speech and facial droop, last known well 40 minutes earlier. FAST positive, ROSIER 4, and our pre-hospital NIHSS estimate was 14. We pre-notified the stroke team and went direct to the comprehensive stroke centre.

**So what?** The 2023 Stroke Foundation guidelines and our clinical practice guidelines both emphasise door-to-needle time, and the pre-notification saved maybe twenty minutes. But I'd spent six minutes on scene looking for a medication list, which the family eventually found in a kitchen drawer. The apixaban on it turned out to be the most important fact of the night.

**Now what?** I'm pushing for the "yellow envelope" scheme our station manager, Craig, talked about: a medication list on the fridge. I'm 34 and have been a paramedic for eight years, and I still get flustered on stroke jobs. I also need to re-do my 12-lead ECG refresher before 30 June, and my commute from Geelong gives me time for the podcasts. The AFL grand final is the same weekend, so I'd better get it done early.
`,
  },
  {
    id: "au-free-003",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
Community pharmacy in northern Tasmania. ⟦NAME|Mrs Pearl Wadley⟧ — ⟦NAME|Mrs P.⟧ on our Webster-pak sheet — lives at ⟦ADDRESS|unit 3, 41 Wellington St, Longford TAS 7301⟧ and has been a customer for thirty years. She is ⟦OTHER|the only woman ever to win the blade-shearing title at the Longford Show⟧, and there is a photo of her from 1968 on the wall of the pub.

This week her pack came back with three days' tablets untouched. Her Medicare number, ⟦ID|${medicare("2950 1846", 2)}⟧, matched, so I knew it was hers, not a mix-up with her neighbour's. I rang her on ⟦PHONE|0491 570 156⟧ and she said she'd "had a bit of a turn" on ⟦DATE|Wednesday the 9th⟧ and her daughter had taken her to the GP.

Reflection: a returned blister pack is a clinical sign. Our dose administration aid policy (PSA 2017 guidelines) says to follow up, and most of the time we just note it. This time the GP had started her on a new antihypertensive and she was dizzy. I did a MedsCheck, spoke with the GP, and we reduced the dose.

What I'll do differently: any pack that comes back with untouched doses gets a phone call the same day. I've put it in our SOP. My colleague Hamish thinks it'll be a lot of phone calls; I think it'll be worth it.
`,
  },
  {
    id: "au-comment-004",
    setting: "palliative care",
    role: "nurse",
    text: `
@outback_rn@aus.social Yes! We had ⟦NAME|Uncle Reggie⟧ in ⟦FACILITY_ROOM|bed 2 in the side ward at Tennant Creek Hospital⟧ last month. The family wanted to take him back to country to die, and the palliative care team in Darwin helped us set it up with a syringe driver and a phone line. He passed at home with his family singing. It's possible, it just takes planning.
`,
  },
  {
    id: "au-gibbs-005",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
**Description.** Neuro rehab in Brisbane. A 45-year-old man with Guillain-Barré syndrome, four weeks after intubation, now off the ventilator. MRC grade 3/5 in the hip flexors, 2/5 in the ankle dorsiflexors. Hydrotherapy was the first time he stood up.

**Feelings.** Joy, honestly. I'm 26 and I've been qualified for three years. This is why I became a physio.

**Evaluation.** The pool let him take weight without fear. We used the Berg balance scale after four sessions (38/56) and the 10-metre walk test. His 6-minute walk was 180 metres.

**Analysis.** The evidence for hydrotherapy in GBS is limited — mostly case series. The 2019 Cochrane review on exercise in GBS says there's low-quality evidence for benefit. I'd like to see better trials. My supervisor, Dr Chen, is running one; I might join.

**Conclusion.** Sometimes the evidence is weak and the patient's face is strong.

**Action plan.** Present a case study at the APA conference in Adelaide in October. Read up on fatigue management, because he's exhausted after every session.
`,
  },
  {
    id: "au-what-006",
    setting: "palliative care",
    role: "palliative care registrar",
    text: `
**What?** Palliative care home visit in north-east Victoria. ⟦NAME|Dulcie Ferguson⟧ is ⟦AGE|101⟧ and lives in ⟦LOCATION|the old bank house on the main street of Yackandandah⟧. She asked us to turn off her pacemaker. The device clinic had the serial, ⟦DEVICE|PJN418227H⟧, and needed a consent form signed before the technician would come out. She'd decided on ⟦DATE|Anzac Day⟧, watching the march on TV, that she'd "had enough of the ticking".

**So what?** Deactivation is ethically and legally the same as withdrawing any other treatment, and the 2010 HRS consensus says so. But the technician was uneasy and wanted a "second opinion". My consultant, Dr Ng, came out with me and explained it. ⟦NAME|Dulcie⟧'s daughter ⟦NAME|Margaret⟧ was there and supportive.

**Now what?** I want to write a local guide for device deactivation in the community so that the next patient doesn't need to wait three weeks. ⟦NAME|Dulcie⟧ died peacefully two weeks later, not from the pacemaker being off but from her heart failure. ⟦NAME|Margaret⟧ sent a photo for our noticeboard:

![⟦NAME|Dulcie⟧ turning ⟦AGE|101⟧ on ⟦DATE|3 March⟧, with the CWA ladies](/media/uploads/IMG_4471.jpg)
`,
  },
  {
    id: "au-free-007",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
Night shift, Perth ED. A quieter one than usual, so I had time to reflect on decision rules, which we use constantly and rarely think about.

Ottawa ankle rules: I ordered two X-rays I didn't need because the patients were insistent. Wells score for PE: I used it correctly, then ignored the D-dimer because I was tired. PERC rule: I forgot it existed until 4am. Canadian CT head rule: the one I trust most.

The 2017 ACEM guidelines on imaging say we over-scan; I'm part of the problem. My consultant, Dr Nguyen, says rules are for the uncertain cases — if you're sure, you don't need them, and if you're unsure, you need them more.

I'm 31 and training to be an emergency physician. My fellowship exams are in February and I'm studying on the train from Fremantle. Writing this down helps. Next shift I'm going to tell the insistent patients why I'm not ordering the X-ray instead of just ordering it.
`,
  },
  {
    id: "nz-gibbs-001",
    setting: "GP placement",
    role: "GP registrar",
    text: `
**Description.** GP registrar in Northland. A home visit to ⟦NAME|Koro Hemi Tipene⟧, ⟦AGE|92⟧, at ⟦LOCATION|the house on the marae road past the Mangamuka dairy, the one with the waka on the lawn⟧. His NHI is ⟦ID|ZZZ4828⟧. He has heart failure and COPD and had stopped his inhalers.

**Feelings.** Humbled. The whānau had gathered before I arrived and there was a karakia before I started.

**Evaluation.** Sats 88%, wheeze, ankle oedema. We restarted his inhalers with a spacer (he'd been using them wrong) and increased his furosemide. His mokopuna ⟦NAME|Aroha⟧ wrote everything down.

**Analysis.** Whānau ora models of care make sense here. I'd been taught them at the University of Otago, but I'd never seen them in action. The Te Whatu Ora respiratory guidelines (2023) are helpful, but the whānau were more helpful.

**Conclusion.** Medicine in Aotearoa is as much about relationships as treatment.

**Action plan.** Learn more te reo Māori; work with our practice's kaiāwhina on home visits.
`,
  },
  {
    id: "nz-what-002",
    setting: "paediatrics",
    role: "nursing student",
    text: `
**What?** Paediatric placement in Dunedin. A 3-year-old with bronchiolitis, SpO2 90%, recession and poor feeding. We started high-flow nasal cannula oxygen at 2 L/kg/min. The child's mother was anxious and asked lots of questions. My preceptor, Kirsty, answered all of them calmly.

**So what?** The 2021 Starship guideline on bronchiolitis recommends high-flow only if standard oxygen fails; we'd jumped straight to it. I asked Kirsty why and she said it's what the registrar asked for. I learnt that even guidelines get bent.

**Now what?** I'm going to ask more "why" questions on placement. I'm also studying for my state finals on 22 November. Matariki is my favourite holiday and this year I spent it revising, which my whānau weren't happy about.
`,
  },
  {
    id: "ph-free-001",
    setting: "community health",
    role: "public health nurse",
    text: `
I'm a public health nurse with the rural health unit in Iloilo. Every week I visit ⟦NAME|Lola Pacing⟧, who is ⟦AGE|ninety-six⟧ and lives in ⟦LOCATION|Purok 3, Barangay San Isidro, the house beside the basketball court with the sari-sari store⟧. Her PhilHealth number, ⟦ID|12-050417729-3⟧, is on her konsulta form.

She had a stroke last year and is bedbound. Her granddaughter ⟦NAME|Joy⟧ looks after her and has started a Facebook fundraiser, [Help ⟦NAME|Lola Pacing⟧ get a hospital bed](⟦URL|https://www.facebook.com/donate/880214573310425⟧), for a hospital bed and an air mattress. The post has her photo and her full name.

I went to check a pressure sore on her sacrum. Stage 2, clean. We turn her every two hours, or at least ⟦NAME|Joy⟧ does.

Reflection: I worry about the fundraiser. It'll help her get the bed. It's also her face and her diagnosis on the internet, and she can't consent. I talked to ⟦NAME|Joy⟧ about it; she said everyone in the barangay already knows. That's true, but the internet is bigger than the barangay.

What I'll do: ask our municipal health officer, Dr Santos, about a way to get equipment without families having to post their relatives online. DOH has a program for this; nobody knows about it.
`,
  },
  {
    id: "ph-what-002",
    setting: "internal medicine",
    role: "intern",
    text: `
**What?** Internship in Manila during typhoon season. Eleven leptospirosis admissions in a week after the floods. Fever, myalgia, calf tenderness, conjunctival suffusion. Weil's disease in three — jaundice, acute kidney injury, and one with pulmonary haemorrhage.

**So what?** The 2010 Philippine clinical practice guidelines recommend doxycycline 200 mg prophylaxis for people wading in floodwater. Most of our patients didn't get it because they didn't know. Penicillin G for severe cases; dialysis for two. Dr Reyes, our consultant, said the pulmonary haemorrhage cases are the ones who die.

**Now what?** I'm going to help the barangay health workers in our catchment with flood prophylaxis messaging. My board exam is in August and leptospirosis is always on it, so this is good revision too. Manny Pacquiao grew up in poverty in Mindanao; half our patients have similar stories.
`,
  },
  {
    id: "ph-comment-003",
    setting: "nursing education",
    role: "nursing lecturer",
    text: `
@nurse_educ_ph@mastodon.social Agree completely. Our BSN students in Cebu do community duty in their third year, and it changes them. I always ask them to write a reflection using Gibbs, and the best ones are about what they didn't know. Dr Villanueva, our dean, wants to present the reflections at the PNA conference this year. Happy to share our template.
`,
  },
  {
    id: "my-gibbs-001",
    setting: "rural placement",
    role: "houseman",
    text: `
**Description.** Housemanship, medical posting in Kelantan. ⟦NAME|Tok Mat⟧, ⟦AGE|95⟧, was brought from ⟦LOCATION|Kampung Sungai Durian, the house with the blue roof next to the surau⟧ on ⟦DATE|the first morning of Hari Raya⟧ with an exacerbation of COPD. His MyKad, ⟦ID|310415-03-5127⟧, was in his songkok, where he said it was safest.

**Feelings.** Admiration for how his family cared for him at home for years.

**Evaluation.** SpO2 85%, wheeze, CO2 retention on the ABG (pH 7.30, pCO2 68). We started BiPAP. His son ⟦NAME|Encik Rosli⟧ asked whether he could stay with him overnight; the ward rule says no.

**Analysis.** The Malaysian CPG on COPD (2009) is clear on NIV. What is less clear is our visiting policy, which doesn't fit families like his. Dr Aziz, my specialist, allowed the son to stay.

**Conclusion.** Flexibility in rules can be part of good care.

**Action plan.** Learn more about NIV; write a proposal for family presence at night for the elderly.
`,
  },
  {
    id: "my-what-002",
    setting: "psychiatry",
    role: "medical officer",
    text: `
**What?** Psychiatry posting in Kuala Lumpur. A young woman with first-episode psychosis, started on risperidone 2 mg. She gained 6 kg in six weeks and stopped taking it. My supervisor, Dr Lim, switched her to aripiprazole.

**So what?** The Malaysian CPG on schizophrenia (2009) and the NICE CG178 (2014) both recommend monitoring weight. We hadn't weighed her after the first week. Metabolic side effects aren't trivial, especially in young people — and in Malaysia, where diabetes prevalence is already high.

**Now what?** I'm going to make a metabolic monitoring checklist for the clinic. I'm also sitting my MRCPsych exams in Singapore in April. Siti Nurhaliza played on the ward radio the whole afternoon and the patients sang along; music therapy, maybe.
`,
  },
];
