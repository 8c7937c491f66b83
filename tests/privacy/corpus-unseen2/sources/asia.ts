/**
 * Unseen2 corpus, Asia: the Philippines, Malaysia, India, Pakistan.
 * Every patient, relative, number, address, plate and link is made up, and so is every clinician.
 */
import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const ASIA: SourceItem[] = [
  // ---------------- Philippines ----------------
  {
    id: "ph-what-001",
    setting: "internal medicine",
    role: "nursing student",
    text: `
**What?** Duty kami sa ⟦FACILITY_ROOM|Ward 3, bed 22 of Philippine General Hospital⟧. My patient was ⟦NAME|Lola Remedios⟧, stroke, left-sided weakness. Her apo gave me the PhilHealth number ⟦ID|12-050378912-4⟧ for the discharge papers and their address, ⟦ADDRESS|Blk 7 Lot 12, Phase 2, Brgy. Bagong Silang, Caloocan City 1428⟧, so the social worker could arrange the follow-up.

**So what?** Grabe, I realised I was doing everything for her — feeding, turning, brushing her hair — because I felt awa. But the OT told us that doing everything makes her dependent. ⟦NAME|Lola Remy⟧ could hold the spoon with her right hand if I waited.

**Now what?** Mas patient na ako. I will give her time, even if the ward is toxic and we have twelve patients each. Our clinical instructor, Ma'am Reyes, said that is "nursing, not just tasks".
`,
  },
  {
    id: "ph-free-002",
    setting: "community health",
    role: "barangay health worker",
    text: `
Barangay health worker po ako for eleven years. I want to share about ⟦NAME|Mang Ambo dela Peña⟧ from ⟦LOCATION|Sitio Malinao, the houses on stilts past the fish port of San Roque⟧. He is the one with the old polio leg who fixes everyone's bangka engines.

Noong ⟦DATE|Nov 1⟧, Undas, while the family was at the cemetery, he fell and nobody found him until evening. His grandson posted it on ⟦URL|https://www.facebook.com/ambo.delapena.bangka⟧ asking for prayers, and that is how I found out. I walked there with our midwife, Ate Joy.

He had a hip fracture. The nearest hospital with an orthopaedic doctor is two hours by boat. We waited for high tide.

My reflection: our barangay has no list of old people who live alone. I made one now, with names only in my logbook, not on Facebook.
`,
  },
  {
    id: "ph-comment-003",
    setting: "emergency department",
    role: "nurse",
    text: `
Omg teh si ⟦NAME|Aling Nena⟧ ba yan?? The one sa ⟦FACILITY_ROOM|ER bed 4 ng Ospital ng Maynila⟧ last week, the one with the dengue and the platelet of 19? Ang bait niya talaga, she gave us pandesal pa. Praying for her recovery. Salamat for writing this, nakaka-inspire 🙏
`,
  },
  {
    id: "ph-gibbs-004",
    setting: "midwifery",
    role: "midwife",
    text: `
Description: I am a midwife in Davao City, and last week I handled my first shoulder dystocia alone before the doctor arrived.

Feelings: Takot na takot. My hands were cold.

Evaluation: I called for help immediately, did McRoberts and suprapubic pressure. It worked within the second manoeuvre. The baby had Apgar 6 and 9.

Analysis: The HELPERR mnemonic came back to me from the skills lab. Drills work. I also noticed I did not say the time out loud, so documentation of head-to-body interval was a guess.

Conclusion: I can do it. But I need a timekeeper.

Action plan: I proposed to our head midwife, Ma'am Santos, that we do monthly drills with a timekeeper role. We start in January.
`,
  },
  {
    id: "ph-free-005",
    setting: "nursing education",
    role: "nurse",
    text: `
I'm Carla, 26, a staff nurse from Iloilo. I graduated from the University of San Agustin in 2021 and I'm taking the NCLEX in Singapore on 9 February.

This is a reflection on leaving. Everybody in my batch is going — UK, US, Saudi, Canada. I love my patients, but my salary is less than my friend's in a call centre. When I told my charge nurse, Sir Dominic, he did not get angry. He said: "Go, but come back and teach."

I feel guilty that our ward will be short. I also feel proud that Filipino nurses are everywhere. Both are true.

My plan: pass the exam, work abroad five years, and then teach in a nursing school here. I already volunteer in our review center on Saturdays, teaching ABG interpretation and fluid calculations.
`,
  },
  {
    id: "ph-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
What? During dengue season a mother asked for ibuprofen for her son's fever. I gave paracetamol instead and explained why.

So what? NSAIDs can worsen bleeding in dengue. Many people don't know. The DOH has the "4S" campaign but the information doesn't reach the sari-sari store. I think pharmacists are the last checkpoint before the NSAID reaches the patient.

Now what? I printed a simple sign in Tagalog and Cebuano for the counter: "Lagnat? Paracetamol lang. Bawal ang ibuprofen kung dengue." Dosing 10–15 mg/kg every 4–6 hours, max 4 doses a day. I will also share it with the other pharmacists in our group chat.
`,
  },

  // ---------------- Malaysia ----------------
  {
    id: "my-free-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
Posting medical, Klang. ⟦NAME|Haji Ismail bin Yusof⟧ was admitted to ⟦FACILITY_ROOM|Wad 7A, Hospital Tengku Ampuan Rahimah, katil 12⟧ with heart failure. He is ⟦AGE|91 years old⟧ and his MyKad is ⟦ID|350412-10-5527⟧. His son gave the home address as ⟦ADDRESS|No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam⟧ and asked us to send the discharge summary by post because he does not trust WhatsApp.

I learnt about furosemide and fluid balance, of course. But what stays with me is his question at 2am: "Doktor, saya boleh balik raya tak?" Can I go home for Raya?

I did not know what to say. I said we will try. My MO, Dr Lim, told me later that the honest answer was "maybe, if your legs get better", and that false hope is also harm.

I want to practise saying uncertain things clearly.
`,
  },
  {
    id: "my-what-002",
    setting: "general practice",
    role: "family medicine trainee",
    text: `
**What?** My rural posting in Sabah. A woman from ⟦LOCATION|the Rungus longhouse at Kampung Tinangol⟧ came with a breast lump, 4 cm, hard, fixed. She came on ⟦DATE|the second day of Hari Raya⟧ because her husband was off work. Her number is ⟦PHONE|+60 12-555 3481⟧.

**So what?** She had noticed it for one year. She said she was afraid of "operation" and of the cost. I felt sad and helpless; I could only refer to the specialist in Kota Kinabalu.

**Now what?** My supervisor, Dr Chong, explained the Klinik Kesihatan breast screening program. I will do CBE teaching for the village health volunteers next month, and I will check if the state gives transport help for oncology patients.
`,
  },
  {
    id: "my-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Wah bro your Kernig and Brudzinski explanation damn steady lah. I always blur which one is the neck one 😂 Dr Rajesh asked me in bedside teaching and I said Babinski, confirm kena scolding. Prof exam is 15 Dec, jom study group at the library after Friday prayers.
`,
  },
  {
    id: "my-gibbs-004",
    setting: "emergency department",
    role: "medical officer",
    text: `
Description: A busy red zone shift in Kuala Lumpur during the monsoon. Dengue shock, young man, haematocrit rising, BP 80/60.

Feelings: Adrenaline and also fear of giving too much fluid.

Evaluation: We followed the CPG: crystalloid 10 mL/kg over one hour, recheck HCT, then reduce. He improved. I documented well this time.

Analysis: Dengue is a disease of fluid management, not of drugs. The critical phase, day 4 to 6, is when leak happens. I used to give fluids by feeling. Now I use a chart.

Conclusion: The 2015 Malaysian dengue guideline is still the best teacher.

Action plan: I will teach the new house officers the fluid chart on Thursday teaching.
`,
  },
  {
    id: "my-free-005",
    setting: "harm reduction",
    role: "pharmacist",
    text: `
Methadone clinic, Penang. ⟦NAME|Ah Seng⟧ (not his real first name, that's what everyone on ⟦LOCATION|Lebuh Chulia, the trishaw stand outside the old pawnshop⟧ calls him) has been with us for eight years. Last month he missed three doses. He emailed me from ⟦EMAIL|ahseng.trishaw61@yahoo.com.my⟧ — his daughter set it up — to say he was in a lock-up.

I was surprised he wrote. He said he did not want to "start from zero" with the dose.

Reflection: continuity matters more than the exact mg. When someone misses more than three days, we reduce and retitrate for safety. I explained this by phone, and that we would restart at 30 mg. He accepted.

I discussed it with Dr Tan, our medical officer. We are setting up a link with the lock-up so methadone can continue there.
`,
  },
  {
    id: "my-what-006",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
What? My first week in neuro physio at UKM. I had a patient with Guillain-Barré syndrome on the ward, recovering. I pushed too hard in the session and she was exhausted the next day.

So what? In GBS overwork can cause fatigue and setback. I had read this in my notes but I wanted to show progress to my clinical educator, Puan Farah.

Now what? I will use the Borg scale and stop at moderate effort, and I will document fatigue the next day. Pacing is a treatment, not laziness.
`,
  },

  // ---------------- India ----------------
  {
    id: "in-free-001",
    setting: "geriatrics",
    role: "medical intern",
    text: `
Medicine posting, Bengaluru. ⟦NAME|Lakshmamma⟧ came with her grandson for a fall. She did not know her age and laughed when I asked. Her Aadhaar number ⟦ID|${aadhaar("6839 2047 115")}⟧ and UHID ⟦ID|KIMS-2611-04872⟧ were written on every page of the file, including the page we photocopy for the insurance people.

The grandson gave their address as ⟦ADDRESS|#14, 3rd Cross, Ganganagar, Bengaluru 560032⟧ and said "⟦NAME|Lakshmamma Ajji⟧ lives alone, we visit on Sunday".

I noticed her sugar was 48 mg/dL. She was on glibenclamide from a local doctor. A sulfonylurea in someone her age, who eats once a day — this is a fall waiting to happen.

My reflection: deprescribing is my job too, even as an intern. I told my PG, Dr Harish, and we switched to a DPP-4 inhibitor after discussion with the unit chief. I will ask about meals every time I see a sulfonylurea.
`,
  },
  {
    id: "in-what-002",
    setting: "physiotherapy",
    role: "physiotherapy intern",
    text: `
What? ⟦NAME|Mr. R.K. Sharma⟧, a retired bank clerk, had a total knee replacement. I saw him ⟦DATE|the morning after Diwali⟧, when the ward was half-empty. He refused physio: "Beta, today is a holiday, my knee is also on holiday." His wife called me on ⟦PHONE|+91 98450 55512⟧ later that day to apologise.

So what? I felt rejected, and I went back to the staff room and sulked. My supervisor, Dr Kulkarni, reminded me that early mobilisation after TKR reduces DVT risk and stiffness, but that his pain score was 8/10 and he had had no analgesia since night.

Now what? I learned to check pain control before physio. We asked the nurse for paracetamol 1 g and the block was topped up. Forty minutes later ⟦NAME|Sharma ji⟧ did 40 degrees flexion and walked with a frame.
`,
  },
  {
    id: "in-comment-003",
    setting: "psychiatry",
    role: "medical student",
    text: `
Yaar this post is so real. Mujhe bhi psych posting mein lagta tha ki depression is just "sadness". Dr Mehta ne PHQ-9 samjhaya and then we saw how sleep, appetite, everything changes. Also loved that you cited the Mental Healthcare Act 2017 👏 Our psych end-posting is on 5th Jan, let's do viva practice?
`,
  },
  {
    id: "in-gibbs-004",
    setting: "community health",
    role: "community health officer",
    text: `
Description: I am a community health officer at a sub-centre in Nalgonda district. On ⟦DATE|14/08/2026⟧ the ASHA called me to ⟦LOCATION|Kothapalli Thanda, the last house near the tamarind tree⟧. ⟦NAME|Baby of Sunita Bai⟧ was 1.6 kg, born at home. The mother's mobile number is ⟦PHONE|+91 94405 55547⟧.

Feelings: Fear. A low birth weight baby, at home, at night.

Evaluation: We did kangaroo mother care straight away, and the ASHA, Padma garu, had a warm cloth ready. Breastfeeding started within the hour.

Analysis: Thermal care saves more small babies than any machine. The India Newborn Action Plan says this. Still, we should have referred earlier in pregnancy; ⟦NAME|Sunita⟧ had only one ANC visit.

Conclusion / Action: I will follow the home-based newborn care visits, and I have asked the ANM to visit ⟦NAME|Sunita⟧'s family weekly.
`,
  },
  {
    id: "in-free-005",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
I'm Ananya, 28, a second-year psychiatry resident. I grew up in Pune and studied MBBS at BJ Medical College. Writing this after my first month of night duty.

At night, the phone is the job. Nurses call about agitation, insomnia, a fall. I learnt quickly that "please give lorazepam 2 mg" is not a plan for every call. Delirium in medical wards is often misdiagnosed as "psychiatric", especially in older people with Parkinson's disease or Lewy body dementia, where haloperidol can do real harm. CAM-ICU, hydration, the lights, and the family sitting beside the bed help more than drugs.

I also learnt to ask the nurse what she thinks. Sister Mary has twenty years on that ward. She was right about a hyponatraemia case before the lab was.

Next month I will present a short teaching on delirium for the medicine interns. The NICE delirium guidance (2010, updated 2023) and the Indian Psychiatric Society guideline will be my references.
`,
  },
  {
    id: "in-what-006",
    setting: "dental",
    role: "dental student",
    text: `
What? In our oral medicine clinic at Manipal I saw a man with a white patch on his buccal mucosa. He chews gutkha since age 15.

So what? Leukoplakia can become oral cancer, and India has one of the highest burdens in the world. I had only seen it in pictures. My professor, Dr Shenoy, showed me how to palpate for induration and check the neck nodes.

Now what? I will do tobacco-cessation counselling with every patient, using the 5 A's. I registered for the national oral cancer screening workshop on 21 February. I will also read the WHO classification of oral potentially malignant disorders (2020).
`,
  },

  // ---------------- Pakistan ----------------
  {
    id: "pk-what-001",
    setting: "internal medicine",
    role: "house officer",
    text: `
**What?** House job, ⟦FACILITY_ROOM|Medical Unit II, Allied Hospital Faisalabad, bed 31⟧. ⟦NAME|Bibi Rasheedan⟧, ⟦AGE|ninety-one⟧ according to her son, came from ⟦LOCATION|Chak 47 GB near Samundri⟧ with vomiting and confusion. Her CNIC was ⟦ID|35202-4718392-5⟧. Creatinine 4.2, urea very high. She had been given a "painkiller injection" by the village dispenser for a week.

**So what?** Diclofenac injections for knee pain, in a dehydrated elderly woman — AKI. I felt angry at the dispenser, then at the system, then at myself for feeling angry instead of thinking.

**Now what?** IV fluids, stop the NSAID, monitor urine output. She improved. I will ask the patient's family about "injections" specifically, since they don't think of them as medicine. I also shared this case with our professor, Dr Saleem, for the ward teaching.
`,
  },
  {
    id: "pk-free-002",
    setting: "community health",
    role: "lady health worker",
    text: `
Main Lady Health Worker hoon, Mardan district, 17 saal se. ⟦NAME|Shabana⟧ ki delivery ⟦DATE|Jumma, 14 Nov⟧ ko thi. She lives in ⟦LOCATION|the last house of Mohallah Bagh-e-Naran, behind the flour mill⟧. Her husband's number ⟦PHONE|0300 5550172⟧ was busy the whole night.

The dai wanted to deliver at home. I said no, she is anaemic, Hb was 7.8 last month. We argued. In the end her mother-in-law agreed and we went in a Suzuki pickup to the DHQ.

Bleeding after delivery was heavy but the doctors gave oxytocin and she was fine.

My reflection: I felt strong that night. Sometimes the LHW's job is to be stubborn. I want the programme to give us a phone credit for emergencies, because I used my own.
`,
  },
  {
    id: "pk-comment-003",
    setting: "emergency department",
    role: "medical student",
    text: `
Yaar ye wahi case hai na, ⟦NAME|Mr. Tariq⟧ wala, jis ka rickshaw ⟦OTHER|LEB-12-4471⟧ gate pe khara tha 3 din? Security walay ne bhi pehchan liya tha. Bohat acha likha hai tumne about the snake bite protocol, ASV dose wala part I didn't know. Proud of you bro!
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "emergency department",
    role: "house officer",
    text: `
Description: Dengue outbreak, Lahore, September. Our ER had three patients per bed.

Feelings: Exhausted and a bit hopeless.

Evaluation: The triage system worked. Warning signs — abdominal pain, persistent vomiting, mucosal bleed, lethargy — were checked for everyone. We used the Punjab dengue SOPs.

Analysis: The problem was not knowledge, it was volume. A platelet count of 20,000 made families panic and ask for platelet transfusion. I spent hours explaining that platelets are not needed unless there is bleeding.

Conclusion: Communication is treatment in an outbreak.

Action: I made a short Urdu voice note with Dr Farhan to send to families, explaining warning signs and why we don't transfuse for a number.
`,
  },
  {
    id: "pk-free-005",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
I am Sana, a hospital pharmacist in Karachi. I did my Pharm-D at the University of Karachi and my house job at a private hospital. This reflection is about insulin.

Pakistan has one of the highest diabetes rates in the world, and during Ramadan many patients fast without adjusting insulin. Last Ramadan I counselled 40 patients. I used the IDF-DAR 2021 guidelines: reduce basal by 15–30%, and the sunset meal dose adjustment.

One man told me, "Allah will protect me." I answered that taking care of your body is also part of faith, and the imam at his mosque says the same. He laughed and accepted the glucose meter.

Next year I want to run a pre-Ramadan clinic with Dr Aisha from endocrinology, starting four weeks before.
`,
  },
  {
    id: "pk-what-006",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
What? During my placement in Peshawar I treated a young man with Bell's palsy. He was scared he had a stroke.

So what? I explained the difference — forehead involvement means lower motor neuron. He relaxed immediately. I realised that explanation is half of the therapy.

Now what? I'll keep doing facial exercises with mirror feedback and teach eye protection. My supervisor, Ma'am Nadia, told me to avoid electrical stimulation in the early phase. I will read the 2013 AAO-HNS Bell's palsy guideline before the viva on 10 January.
`,
  },
];
