import type { SourceItem } from "../../corpus/types.ts";
import { nhi } from "../gen.ts";

/** New Zealand, the Philippines, Bangladesh, Lebanon. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "nz-free-001",
    setting: "general practice",
    role: "GP registrar",
    text: `GPEP year one, a rural practice in Te Tai Tokerau. A reflection on whānau-centred care.

⟦NAME|Koro Hemi Tane⟧ came in with his moko, his daughter and his nephew for what the booking said was a diabetes review. He's in his late seventies, HbA1c 86, eGFR 38, and he had a foot ulcer that he'd been treating with kawakawa leaves. His NHI is ⟦ID|${nhi("ZZZ053")}⟧; I know because I typed it three times into the podiatry referral that kept crashing.

I tried to do the review the way I was taught: HbA1c, BP, feet, eyes, kidneys, in that order. Ten minutes in, his daughter, ⟦NAME|Mere⟧, politely asked me to stop and let him talk. He told me about his wife, who died last winter, and about how he only came today because the whole whānau was going to ⟦LOCATION|Ōtiria Marae⟧ for his mokopuna's twenty-first on ⟦DATE|Saturday 15 November⟧ and they wanted him "sorted before the party."

Our practice nurse, Aroha, who has worked here for twenty years, later told me that kawakawa is a rongoā used for skin healing, and that if I'd dismissed it, he might not have come back. I didn't dismiss it, but I didn't ask about it either.

Hui process, Te Whare Tapa Whā, Meihana model: I've read them all, and today I understood why they exist. The visit wasn't a diabetes review, it was a whānau hui about a grieving man.

Plan: district nurse dressings twice a week, empagliflozin started, podiatry referral (eventually), and his daughter has my direct line at the practice. And I'll ask about rongoā next time, with curiosity.`,
  },
  {
    id: "nz-what-002",
    setting: "child health",
    role: "Well Child nurse",
    text: `What? I've been a Well Child Tamariki Ora nurse in South Auckland for three years. This week I had a new graduate, Priya, shadowing me. At the second visit of the day, a young Tongan family with a 4-month-old and a 2-year-old, the grandmother did most of the talking and the mother barely spoke. Priya kept directing her questions to the mother, because that's what the checklist says.

So what? I didn't step in at first because I wanted to see how it went. It didn't go well. The grandmother got short with Priya, and the mother shrank further. Afterwards, in the car, I explained what I've learnt from Pacific families over the years: in many households the grandmother holds the authority over children, and a young mother may not feel able to speak over her. It's not a safeguarding sign by itself. It's respect.

The Ministry of Health's Well Child schedule is a great framework, and the Fonofale model of Pacific health, developed by Fuimaono Karl Pulotu-Endemann, is a better way of thinking about family, culture and spirituality. Priya had never heard of it.

Now what? Priya will read up on Fonofale and we'll talk about it on Friday. I'll let her lead the next visit to a Pacific family, starting by greeting and speaking to the grandmother first, and then asking the grandmother's permission to talk with the mother. I'm also going to ask our team leader, Losa, whether we could do a short Pacific cultural session for new grads, run by our Pacific nurses.`,
  },
  {
    id: "nz-comment-003",
    setting: "child health",
    role: "public health nurse",
    text: `@wcto_nurse_sam@mastodon.nz love this, and Priya is lucky to have you. Fonofale changed how I work too. Another good read for new grads is the Pacific cultural competencies framework from Te Whatu Ora: https://www.tewhatuora.govt.nz/for-health-professionals/ — and greet the grandmother first, always. #WellChild #PacificHealth #NursingNZ`,
  },
  {
    id: "ph-free-004",
    setting: "community TB care",
    role: "public health nurse",
    text: `Barangay health station notes, Iloilo. My third month as a public health nurse in a rural municipality.

⟦NAME|Lola Caridad Villanueva⟧ is ⟦AGE|90 years old⟧ and has pulmonary TB. She is bedbound after a hip fracture last year and lives with her grandson in ⟦LOCATION|Purok 3, Barangay Tabucan, the house on stilts next to the chapel⟧. Her PhilHealth number, ⟦ID|01-250038417-6⟧, is written on the inside of the TB treatment card, because her grandson worried we would lose it.

The national TB programme is built on DOTS: the patient comes to the health centre and swallows the tablets in front of the health worker. She can't come. So our barangay health worker, Manang Rosing, walks to her house every morning at six, watches her take her tablets with rice porridge, and marks the card. If Manang Rosing is sick, the grandson sends me a text from ⟦PHONE|0917 555 2046⟧ and I go myself.

Today we did her two-month sputum. Negative. She held my hand and said "salamat, ga" and then asked me whether I was married yet.

Our municipal health officer, Dr. Dela Cruz, tells us the Philippines is among the high-burden countries for TB, and that older people are often missed because their cough is put down to age or smoking. I keep thinking about how many lolas there are in houses we don't visit.

Plan: continue the continuation phase, monitor for side effects of rifampicin and isoniazid, screen the grandson, and write a proposal to our municipality for a home DOT allowance for our BHWs.`,
  },
  {
    id: "ph-what-005",
    setting: "adult mental health",
    role: "psychiatry resident",
    text: `What? I'm a psychiatry resident in Manila. In our outpatient clinic this week, a 26-year-old call centre agent came in for the first time after a panic attack on the MRT. She apologised three times for "wasting a doctor's time" and asked whether her employer would be told.

So what? I realised how much of our work is about fear of being known. The Philippine Mental Health Act (Republic Act 11036, 2018) guarantees confidentiality and protects against discrimination at work, but most patients have never heard of it, and many employers haven't either. She'd waited two years to come in. She'd been managing with energy drinks, late-night shifts and a lot of prayer.

My consultant, Dr. Tolentino, always tells us to start with what the patient is most afraid of, not with the diagnosis. So we talked about confidentiality first, and only then about panic disorder, CBT, and whether to start an SSRI. We chose sertraline 25 mg with a slow increase and a referral to our psychologist, Ma'am Joy, for CBT.

Night shift work is a risk factor for anxiety and depression that gets little attention here, given how many young Filipinos work in BPO. I don't think we ask about it enough.

Now what? I'll add shift work to my standard history. I'm going to prepare a short patient leaflet, in Filipino and English, about the rights in RA 11036. And I want to learn more about the NCMH crisis hotline so I can explain it properly to patients.`,
  },
  {
    id: "ph-free-006",
    setting: "nursing education",
    role: "nursing faculty",
    text: `For my graduating nurses, a poem

You will leave. I know. Most of you will.
The recruiters come to the auditorium
with their bright slides of Riyadh and Leeds,
and I sit at the back and clap.

Before you go, remember the ward in the province,
the fan that turned like a tired carabao,
the lola who called you "anak" and asked for water
at two in the morning, every night, for a week.

Remember the vital signs, yes: 120 over 80,
a respiratory rate of 18, a temperature of 37,
but remember also the hand on the shoulder,
the prayer you didn't lead but didn't interrupt.

You will meet doctors who don't know your name.
Tell them. You will meet patients who can't say theirs.
Find it out. You will be tired in a cold country
and you will miss rice for breakfast.

I became a nurse in 1994. I stayed.
Not everyone can. I don't blame you.
Send money home. Send photos.
Come back, sometimes, and teach.`,
  },
  {
    id: "bd-free-007",
    setting: "refugee health",
    role: "paediatrician",
    text: `Notes from a week in the Rohingya camps, Cox's Bazar. I'm a paediatrician with an NGO clinic.

⟦NAME|Noor Kayas⟧ is three, weighs 8.2 kg, and has severe acute malnutrition with a chest infection. Her mother, ⟦NAME|Rashida Begum⟧, carried her for forty minutes up and down the hills from ⟦LOCATION|Camp 15, Block E-4, the shelter behind the learning centre⟧. Her family's FCN, ⟦ID|FCN 171-0932-04⟧, is on the ration card in the mother's purse, next to a folded photo of the father, who did not leave Myanmar with them.

We admitted her to our stabilisation centre on ⟦DATE|28 Ramadan⟧, a day when our Bangladeshi staff were already thinking about Eid and the Rohingya staff were quietly fasting through twelve-hour shifts. F-75, amoxicillin, zinc. Her appetite test was passed by day four.

What stays with me is the mother. She asked me whether the baby would "remember the boat." I said I didn't know. Our Rohingya community health worker, Mohammed Ismail, told me afterwards that many mothers here believe that hunger in childhood is inherited, and that she was asking whether her daughter would carry the famine to her own children.

I'm also learning how little I know about the Rohingya language. I'd assumed the Chittagonian my colleagues speak was close enough. It isn't always. Dr. Rahman, our medical coordinator, is running a short vocabulary session for international staff.

Discharge planned to the outpatient programme with weekly weights.`,
  },
  {
    id: "bd-what-008",
    setting: "child development",
    role: "paediatrics resident",
    text: `What? Child development clinic in Dhaka, my paediatric residency. A 3-year-old boy was brought by both parents because he hadn't started speaking. The grandmother had told them that he'd talk "when he's ready, like his father." The M-CHAT-R/F was strongly positive, and the ADOS assessment with our psychologist suggested autism.

So what? The parents' first question was whether he would be able to marry. Their second was whether it was their fault. I had expected questions about therapy; I got questions about shame and the future. Bangladesh has done a lot for autism awareness in the last fifteen years, partly through Saima Wazed's advocacy and the national neurodevelopmental disability protection act of 2013, but in families, stigma and blame are still strong.

My supervisor, Prof. Shaheen Akhter, told me to answer the second question first: no, it isn't your fault. Then she spent ten minutes explaining what autism is and isn't, and only then talked about speech therapy, the parent training programme and the special education options.

I learned that in counselling families, sequence matters. The same information at the wrong moment isn't heard.

Now what? I'm going to join Prof. Akhter's next parent group as an observer. I'll learn the Bangla terms she uses, which are gentler than the ones I'd been using. And I'll read the WHO caregiver skills training materials, which are being piloted in our hospital.`,
  },
  {
    id: "bd-comment-009",
    setting: "refugee health",
    role: "global health faculty",
    text: `Mentor feedback. "Whether her daughter would carry the famine to her own children" — a powerful observation. But the block, the shelter and the FCN together make ⟦NAME|Noor⟧ findable by anyone with access to the camp registry. Please remove them and the family's names before the NGO newsletter. The clinical management is exactly right; well done on the appetite test.`,
  },
  {
    id: "lb-free-010",
    setting: "refugee health",
    role: "paediatric endocrinology fellow",
    text: `Bekaa Valley, mobile clinic. A fellow's notes.

⟦NAME|Layan Al-Hussein⟧ is eight, has type 1 diabetes, and lives with her family in ⟦LOCATION|an informal tented settlement near Bar Elias, the third tent from the pump⟧. Her UNHCR case number is ⟦ID|LEB-18C06294⟧. Since last winter she has worn a continuous glucose monitor donated through a charity programme; the sensor on her arm has serial ⟦DEVICE|3MH017KQ4T⟧, and her father checks it on his phone each night. When the readings go low, he sends me a screenshot on WhatsApp from ⟦PHONE|+961 71 555 284⟧, often at 3am.

Today she had a hypo in the clinic, 2.9 mmol/L. Fifteen grams of glucose, a biscuit, recheck. She laughed at me for being nervous.

Insulin in the tent is stored in a clay pot with wet sand, a method her mother learned from a Syrian nurse in their old town. It works surprisingly well. The bigger problem is electricity: the phone dies, the CGM can't be read, and her father falls back on guesswork.

Our programme lead, Dr. Khoury, says diabetes in humanitarian settings is the test of whether a health system can do long-term care at all, not just emergencies. MSF and the IRC have published a lot on this. I've been reading the 2020 ISPAD chapter on diabetes in limited-resource settings.

Plan: a solar charger for the family, a printed hypo plan in Arabic, and a review in two weeks. And I'll answer the 3am messages.`,
  },
  {
    id: "lb-gibbs-011",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `Description. I'm a palliative care nurse in Beirut. Since the economic collapse and the port explosion of August 2020, morphine and other opioids have been hard to find. This week I spent two days trying to find oral morphine for an older man with metastatic lung cancer at home.

Feelings. Angry, helpless, and ashamed for my country.

Evaluation. In the end, a pharmacist, Georges, who has been working with our team for years, found some from a charity supplier. Meanwhile, the patient was on tramadol and paracetamol, which didn't control the pain well. His wife held a cold cloth to his forehead and told me stories about their wedding.

Analysis. Lebanon used to have reasonable access to opioids. Since 2019, with the currency losing most of its value and importers stopping, access has fallen apart. Reports by Human Rights Watch and the Lancet Commission on palliative care and pain relief (2017) describe a global "access abyss"; we have fallen into it. Our founder, Dr. Hibah Osman, has been fighting for palliative care in Lebanon for years, and I'm proud to work in her tradition.

Conclusion. Pain relief is a political issue, not just a clinical one.

Action plan. Keep a log of every day a patient goes without adequate opioids and share it with the Ministry of Public Health and with the Lebanese Society of Palliative Care. Teach families non-drug measures: positioning, warmth, presence. And keep my relationship with Georges, who is worth more than any guideline.`,
  },
];
