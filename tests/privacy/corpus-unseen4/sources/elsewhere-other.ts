import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { cpf, nhi, ppsn } from "../gen.ts";

/** The Philippines, Malaysia, Ireland, Canada, New Zealand and Brazil. */
export const OTHER_REGIONS: SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "medical ward",
    role: "staff nurse",
    text: `
Staff nurse, Manila. Grabe yung duty kahapon, but I want to write about ${"⟦NAME|Lola Remedios⟧"} because I think I did something right for once.

${"⟦NAME|Remedios Dela Cruz-Santos⟧"}, ${"⟦AGE|ninety-four⟧"}, admitted in ${"⟦FACILITY_ROOM|Ward 3, bed 8 at PGH⟧"} for community-acquired pneumonia. She lives with her apo in ${"⟦LOCATION|Barangay 649, the row houses beside the Baseco evacuation center⟧"}. Her PhilHealth number ${"⟦ID|19-050412387-6⟧"} was not updated, so the family was worried about the bill the whole time and kept asking to take her home early.

On the third night she became confused and pulled out her IV line. The resident wanted to restrain her. I asked if I could try something first: I called her granddaughter ${"⟦NAME|Jhoanna⟧"} (${"⟦PHONE|0917 555 0283⟧"}) and asked her to come and just sit with Lola and talk to her in Tagalog, and I turned off the big lights. She calmed down within 30 minutes. No restraints.

Reflection: delirium is often treated as a behaviour problem. The NICE delirium guideline (CG103, 2010) and our own hospital policy both say non-pharmacological first. But on nights with 1 nurse to 20 patients, it's so tempting to go straight to restraints or haloperidol. Sometimes the best intervention is a family member and dim lights.

I also helped the family go to the Malasakit Center about the PhilHealth, and they stayed until discharge. Salamat sa Diyos.
`,
  },
  {
    id: "ph-what-002",
    setting: "infectious diseases",
    role: "medical student",
    text: `
What?
Clerk, Internal Medicine, Cebu. After the typhoon and the flooding, we admitted many patients with leptospirosis. One 42-year-old fisherman came with fever, calf tenderness, jaundice and low urine output, which is Weil's disease, the severe form. His creatinine was 4.1. He needed dialysis.

So what?
I had read about leptospirosis in our microbiology lectures (Leptospira interrogans, spirochete, rat urine), but seeing a whole ward of patients after one flood made me understand it as a public health problem, not just a disease. The DOH guidelines (2010, updated) recommend doxycycline prophylaxis after flood exposure. Most of our patients had never heard of it. My resident, Dr. Villanueva, said the barangay health workers are the key to getting prophylaxis out quickly.

Now what?
I want to join our department's post-typhoon outreach next time and help give doxycycline prophylaxis and teach about wading in floodwater. I'll also review the signs of severe leptospirosis (jaundice, AKI, pulmonary haemorrhage) because they can come fast. Also, I'm now more careful about calf tenderness on PE; it's a simple sign that I almost skipped.
`,
  },
  {
    id: "ph-comment-003",
    setting: "night shift",
    role: "nurse",
    text: `
Ate, same struggle here in Davao! Night duty with 1:18 ratio and two post-ops. Your tip about preparing the meds for the 6am round before midnight is very helpful, I'll try it tomorrow. Also agree about the Morse fall scale, we don't use it enough. Ingat always and please rest after your duty.
`,
  },
  {
    id: "my-gibbs-001",
    setting: "surgery",
    role: "house officer",
    text: `
Description: Houseman, surgical posting, Kuala Lumpur. ${"⟦NAME|Puan Siti Khadijah binti Osman⟧"} (IC ${"⟦ID|400612-01-5562⟧"}) was admitted to ${"⟦FACILITY_ROOM|Wad 7, katil 12, Hospital Kuala Lumpur⟧"} with a perforated duodenal ulcer on ${"⟦DATE|the 28th⟧"}. She had been taking arcoxia from a kedai runcit for her knee pain for two years. Her son ${"⟦NAME|Encik Faizal⟧"} was very angry at the pharmacy.

Feelings: I was nervous, as it was my first time clerking an acute abdomen alone in the ED before the MO came.

Evaluation: I recognised the rigid abdomen and got an erect CXR quickly: air under the diaphragm. I forgot to do a PR and didn't document her NSAID history until the MO asked.

Analysis: The MOH Clinical Practice Guidelines on peptic ulcer disease emphasise NSAID history, and it's in every textbook. I was focusing on resuscitation and missed the cause. Many of our elderly patients buy NSAIDs without prescription.

Conclusion: History is part of the emergency, not after it.

Action plan: I made a small acute abdomen clerking checklist (including "OTC painkillers? jamu? traditional medicine?") and shared it with the other housemen. Dr. Lim, our MO, agreed to review it.
`,
  },
  {
    id: "my-free-002",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
Pharmacist, Penang. Wah, this week quite stressful lah, so writing to reflect.

A 66-year-old uncle came to collect his warfarin and mentioned, very casually, that he just started drinking bitter gourd juice and some traditional herbal tonic for his "sugar". His INR last month was 2.6. I asked him to do an INR check at the clinic the same day: 4.8. No bleeding, luckily.

I feel that as pharmacists we are trained to check drug-drug interactions very well (warfarin with metronidazole, fluconazole, amiodarone, all that), but we don't ask enough about herbs, traditional Chinese medicine, and jamu. In Malaysia almost everyone takes something. The Malaysian CPG on anticoagulation mentions herbal interactions but our counselling script doesn't.

My senior pharmacist, Ms. Tan Mei Ling, suggested we add "any herbs, tonics or supplements?" to our warfarin counselling card, in English, BM and Chinese. I've started asking every patient, even when the queue number is already at 80.

Lesson: a good question is cheaper than a bleed.
`,
  },
  {
    id: "ie-free-001",
    setting: "general practice",
    role: "GP",
    text: `
GP, west of Ireland. A bit of a rant, but a reflection too.

${"⟦NAME|Mrs Bridie Ó Flaithearta⟧"} — "Mam" to her son ${"⟦NAME|Pádraig⟧"}, who rang me — lives alone at ${"⟦LOCATION|the last house on the bog road out of Ros Muc, past the Pearse cottage⟧"}, Eircode ${"⟦ADDRESS|H91 XK2P⟧"}. She's ${"⟦AGE|ninety-six⟧"}, still cooks on the range, and had a fall on ${"⟦DATE|St Stephen's Day⟧"}. The ambulance took over two hours because the crew came from Galway.

She was fine, bruised. But she now needs a medical card review, and the form wanted her PPSN (${"⟦ID|" + ppsn("8412375") + "⟧"}), which ${"⟦NAME|Pádraig⟧"} texted me from London, and a letter from me about her "functional status".

I'm reflecting on two things. One: how much of my job is paperwork for people who should just be given what they need. Two: I used to think of ${"⟦NAME|Mrs Ó Flaithearta⟧"} as "independent" and therefore fine. She's independent because she has no choice. The HSE's Integrated Care Programme for Older Persons (2017) talks about comprehensive geriatric assessment in the community. I haven't done one for her, ever.

So I'm booking her in for a proper CGA visit and I'm going to ask our practice nurse, Siobhán, to do a falls risk review at the same time.
`,
  },
  {
    id: "ie-what-002",
    setting: "medical ward",
    role: "intern",
    text: `
What? Intern year in Dublin. A 52-year-old man with alcohol dependence was admitted with confusion, ataxia and nystagmus. I put up a bag of 5% dextrose because his glucose was 3.4, before giving thiamine. My SHO, Dr. Ciarán Walsh, came in and said "Pabrinex first, always", and we gave it straight away.

So what? Giving glucose before thiamine in someone at risk of Wernicke's encephalopathy can precipitate or worsen it. I knew the classic triad from pre-clinical years. I didn't know, or didn't remember, that the order of the drugs matters so much. The patient improved over the next 48 hours, and there was no Korsakoff's syndrome picture, thankfully.

Now what? The NICE guideline on alcohol-use disorders (CG100, 2010) and our own hospital's alcohol withdrawal protocol both say parenteral thiamine before glucose. I've stuck a note on my phone case, and I've asked our intern tutor if we can add it to the induction quiz next July. It's embarrassing, but I'd rather share it than have someone else make the same mistake.
`,
  },
  {
    id: "ie-comment-003",
    setting: "OSCE",
    role: "medical student",
    text: `
Ah this is brilliant, and very honest. I had the same examiner for the cardio station in the RCSI mocks and she also asked me to describe a collapsing pulse and I went blank. Corrigan's pulse, Quincke's sign, de Musset's sign — I knew them all the night before. Let's do a practice session before the finals, I'll bring the tea and biscuits.
`,
  },
  {
    id: "ca-free-001",
    setting: "remote nursing",
    role: "nurse",
    text: `
Nurse in a nursing station on the James Bay coast, northern Ontario. I want to reflect on language and trust.

${"⟦NAME|Kokum Agnes Wesley⟧"} is a Cree Elder in ${"⟦LOCATION|Fort Albany First Nation⟧"}. She's diabetic, on insulin, and her A1C has been over 11% for a year. Her OHIP number (${"⟦ID|" + ohip("5583-219-44") + "⟧"}) and her band number were on the chart but nobody had written down that she speaks mostly Cree and only nods at English.

When she was medevaced to ${"⟦FACILITY_ROOM|Weeneebayko General⟧"} on ${"⟦DATE|Dec. 2⟧"} with DKA, the nurse there called me to ask why she hadn't been following the insulin plan. Honestly? Because we explained it in English and she was too polite to say she didn't understand.

After she came back, I asked our community health rep, Joanne, to interpret. It turned out ${"⟦NAME|Kokum Agnes⟧"} was taking her long-acting insulin in the morning and her short-acting at night, because the pens looked the same to her. We put a red sticker on one pen and a blue on the other.

Reflection: The TRC Calls to Action (2015) ask us to recognise the value of Indigenous healing practices and to work with interpreters. I thought I was doing that. I wasn't. Now every new insulin start gets the CHR in the room.
`,
  },
  {
    id: "ca-gibbs-002",
    setting: "internal medicine",
    role: "resident",
    text: `
Description: R2 in internal medicine, Montréal. I saw a 61-year-old man with diabetes and a warm, swollen, painless right foot. I thought cellulitis and started cefazolin. My staff, Dre Gagnon, asked if I'd considered a Charcot foot. I hadn't.

Feelings: A bit ashamed. It's a classic pimping question and I missed it in real life.

Evaluation: The clues were there: no fever, normal WBC and CRP only slightly up, a temperature difference of more than 2 °C between the feet, and a loss of monofilament sensation. An X-ray showed early midfoot changes. Antibiotics were stopped; he was put in a total contact cast.

Analysis: The IWGDF guideline (2023) on Charcot neuro-osteoarthropathy says to suspect it in any person with diabetes and neuropathy with a red, warm, swollen foot, and to offload early. Cellulitis is the common misdiagnosis. I anchored on "red = infection".

Conclusion: In a neuropathic foot, think Charcot before cellulitis.

Action plan: I've added "temperature difference between feet" to my diabetic foot exam, and I'm giving a short teaching session to the externs (clerks) next week. Merci, Dre Gagnon, for making it a lesson and not a humiliation.
`,
  },
  {
    id: "ca-what-003",
    setting: "endocrinology",
    role: "diabetes nurse educator",
    text: `
What? I'm a diabetes nurse educator in Halifax. ${"⟦NAME|Mr. Gerald MacIsaac⟧"}, a lobster fisherman from ${"⟦LOCATION|Port Hood⟧"}, had three severe lows in a month on his insulin pump. His pump (serial ${"⟦DEVICE|PUMP-NS-00718342⟧"}) was uploading to the clinic's cloud account, and when I looked at the upload history I saw it was logging in from ${"⟦IP|198.51.100.23⟧"} — his daughter ${"⟦NAME|Shannon⟧"}'s house in Antigonish, not his own. He'd been leaving the pump phone at her place when he went out on the boat for days.

So what? No one had been watching his sugars in real time for weeks. The CGM alerts were going to a phone in a kitchen forty minutes away. It was a "technology problem" that was really a lifestyle problem: cell coverage on the water is bad and he didn't want to lose the phone overboard.

Now what? We changed his basal rates for fishing days, set a higher temp target, and ${"⟦NAME|Shannon⟧"} got him a waterproof case. I also realised our pump-start teaching assumes people live on land with wifi. Diabetes Canada's 2018 guidelines talk about individualising therapy; I'm adding "where will you be, and will your phone be with you?" to our pump-start checklist.
`,
  },
  {
    id: "nz-free-001",
    setting: "district nursing",
    role: "district nurse",
    text: `
District nurse, Rotorua. Kia ora koutou. I want to share something about whānau and wound care.

${"⟦NAME|Nan Huia⟧"} (${"⟦NAME|Huia Ngātai⟧"}, NHI ${"⟦ID|" + nhi("ZZZ041") + "⟧"}) has a venous leg ulcer that has been open for 14 months. She lives with her mokopuna at ${"⟦LOCATION|the papakāinga behind Te Ahi Kōmau marae on the lake road⟧"}, and she prefers to have rongoā (kawakawa balm) on the wound. Our compression bandaging wasn't working because she took it off every night.

I used to see that as non-adherence. After talking to her moko ${"⟦NAME|Tamati⟧"} (he's 17, sharp as) I learned that the bandage was hot and itchy, and that nobody had explained why compression matters. We agreed on a plan: kawakawa balm on the surrounding skin (not the wound bed), then the compression, and a cooler two-layer system. I also asked for a Māori health kaimahi to come on the first visit.

After eight weeks the ulcer had shrunk by half. ${"⟦NAME|Nan Huia⟧"} told everyone at the marae that "the pākehā nurse finally listened". I'll take it.

Learning: Te Tiriti o Waitangi principles (partnership, participation, protection) aren't just words in our Nursing Council competencies. They're how you heal a leg.
`,
  },
  {
    id: "nz-gibbs-002",
    setting: "neurology",
    role: "medical student",
    text: `
Description: Fifth-year medical student at the University of Otago, Dunedin. In a neurology clinic, I saw a 70-year-old woman with early Parkinson's disease. The consultant, Dr. Ruth Henare, let me explain the diagnosis and treatment options (levodopa vs dopamine agonists) before she came in.

Feelings: Excited, then anxious, because the woman asked me straight away if she would "end up like Michael J. Fox".

Evaluation: I didn't know how to respond. I said everyone is different, which is true but vague. Dr. Henare came in and said something like, "Let's talk about you and what's important to you," and the woman relaxed.

Analysis: I was prepared for facts, not for fears. The NICE guideline NG71 (2017) (which our department uses alongside local guidance) emphasises information and support at diagnosis, tailored to the person. I had prepared information; I hadn't prepared to listen.

Conclusion: Start with the person's fears, then give information.

Action plan: For my next clinic, I'll ask "what do you already know, and what worries you most?" before explaining anything. I'll also read about impulse control disorders with dopamine agonists, because I didn't mention them and Dr. Henare did.
`,
  },
  {
    id: "nz-comment-003",
    setting: "emergency department",
    role: "ED nurse",
    text: `
Sweet as, thanks for posting this. We've got the same issue in our ED in Whangārei with the GCS being scored wrong on intoxicated patients. Our nurse educator, Mere, started doing 5-minute GCS practice at morning huddle and it's made a real difference. Happy to share her slides if you want. Kia kaha with the new rotation.
`,
  },
  {
    id: "br-free-001",
    setting: "primary care",
    role: "family medicine resident",
    text: `
Residente de Medicina de Família, São Paulo. I write in English for the exchange program but some words only work in Portuguese, desculpa.

${"⟦NAME|Dona Cida⟧"} (${"⟦NAME|Maria Aparecida dos Santos⟧"}) has uncontrolled hypertension and lives ${"⟦LOCATION|na viela atrás da padaria Estrela, no Jardim Ângela⟧"}, where our agente comunitária, Rose, knows every door. Her CPF (${"⟦ID|" + cpf("418.273.596-") + "⟧"}) was needed to register her in the Farmácia Popular programme, because she was buying losartana at a private pharmacy and stopping when the money ran out.

On our home visit on ${"⟦DATE|12/9⟧"}, her BP was 190/110. She told us she took her pills "only when the head hurts". Her neighbour (not family) said she was afraid of taking "remédio de pressão" every day because her late husband died of a stroke while "on the pills".

Reflection: The SBC hypertension guidelines (2020) are clear on targets. But the real work was explaining that the pills didn't kill her husband, the pressure did. Rose translated my medical Portuguese into neighbourhood Portuguese, which is a real skill.

Now ⟦NAME|Dona Cida⟧ gets her losartana free and Rose visits weekly. BP last week 150/92. Not perfect, but better. I learned that the ACS is the most important member of our team.
`,
  },
  {
    id: "br-what-002",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? Medical student (internato), Recife. In the paediatric neurology outpatient clinic I saw a 9-year-old boy with congenital Zika syndrome: microcephaly, spasticity, seizures, and dysphagia. His mother has been his full-time carer since the 2015–2016 epidemic. She told us she had to quit her job and that the father left.

So what? In lectures, Zika is presented as a public health emergency with graphs and a WHO declaration in 2016. Sitting with this mother, I understood it as a life sentence for a whole family. The care is enormous: anticonvulsants (valproate, levetiracetam), physiotherapy, nutrition, and constant travel to appointments. Our preceptor, Dra. Luciana Barros, told us that many of these families are supported by mothers' associations more than by the health system.

Now what? I want to learn more about the BPC (Benefício de Prestação Continuada) and other social rights, because the mother asked me and I didn't know. I'm also going to join the university extension project that supports families of children with congenital Zika syndrome. Medicine is not only in the consultation room.
`,
  },
];
