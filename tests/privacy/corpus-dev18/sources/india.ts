import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** India: MBBS, nursing, Pharm.D and BPT students, 11 items. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "community medicine",
    role: "medical student",
    text: `
Our community medicine posting in second year MBBS took us to a PHC outside Mandya. The ASHA worker, Savitha akka, walked us through the village of ⟦LOCATION|Kodihalli⟧ for a house-to-house NCD survey. In the third house we met ⟦NAME|Lakshmamma⟧, a widow who had never had her BP checked. It was 178/104. She had been getting headaches for months and thought it was "heat".

Savitha akka wrote her details in the register and read out her Aadhaar number, ⟦ID|${aadhaar("4821 6093 775")}⟧, for the NCD portal. I copied it into my field diary because that's what the format asked for, and only later thought about where my diary goes.

Dr. Ramesh, our community medicine PG, showed us how to counsel about salt — she uses almost two spoons in her saaru — and referred her for amlodipine 5 mg. What stayed with me was the trust. ⟦NAME|Lakshmamma⟧ wouldn't talk to us until Savitha akka sat down next to her on the step.

Next week we present our survey results. I want to add a slide saying the ASHA is the real health system here, not the PHC building.
`,
  },
  {
    id: "in-gibbs-002",
    setting: "medical ward",
    role: "nursing student",
    text: `
Description: In my first year of B.Sc. Nursing in Kottayam, I gave my first intramuscular injection on the female medical ward this week under our clinical instructor, Sister Mary Thomas. It was ceftriaxone 1 g for a woman in her fifties with pneumonia.

Feelings: My hands were shaking. I had practised on the mannequin so many times, but a real person's skin moves.

Evaluation: Sister Mary stood beside me and reminded me about the Z-track technique and the ventrogluteal site. The patient said, "Mole, don't worry," and that calmed me down.

Analysis: I think I was more afraid of being watched than of the injection. In the skills lab nobody looks at you. My classmate Anjali said she felt the same during her first catheterisation.

Conclusion: Preparation helped, but reassurance from the patient helped more, which is strange, because it should be the other way round.

Action plan: Revise the rights of medication administration, practise landmarking with Anjali, and read the asepsis chapter in Potter and Perry before the practical exam on 14 March. Onam holidays come after that and Amma has already planned the sadya.
`,
  },
  {
    id: "in-free-003",
    setting: "clinical pharmacy",
    role: "pharmacy student",
    text: `
Pharm.D second year, first week of clinical pharmacy rounds in Mumbai. Our preceptor, Dr. Nikhil Joshi, asked me to do medication reconciliation for the patient in ⟦FACILITY_ROOM|Ward 4, Bed 12 at KEM Hospital⟧. ⟦NAME|Mr. Prakash Shinde⟧ had brought a plastic bag of strips from three different chemists. Two were the same drug under different brand names — he was taking glimepiride twice.

I felt proud when Dr. Joshi said I'd caught something the team had missed. Then I felt embarrassed, because I'd written his UHID, ⟦ID|KEM2024118734⟧, and his son's mobile, ⟦PHONE|+91 98555 41207⟧, on the back of my logbook to call about the old prescriptions.

Dr. Joshi said the catch mattered more than the embarrassment, but the logbook must only ever carry initials. He also showed me how to map brands to generics properly. By the afternoon we had a clean list: metformin 500 mg BD, glimepiride 1 mg OD, telmisartan 40 mg OD, atorvastatin 10 mg HS. ⟦NAME|Mr. Shinde⟧'s HbA1c was 9.1, and now at least he knows why.
`,
  },
  {
    id: "in-what-004",
    setting: "stroke rehabilitation",
    role: "physiotherapy student",
    text: `
What? In my second year of BPT in Manipal, I observed stroke rehab sessions with our HOD, Dr. Meenakshi Rao. We assessed a man in his sixties with right hemiplegia using the Brunnstrom stages and the Modified Ashworth Scale. His upper limb was at Brunnstrom stage 3, with a strong flexor synergy.

So what? I'd memorised the stages for the viva but never seen them. Dr. Rao showed us how his elbow bent every time he tried to reach forward, exactly as the textbook describes. She also said functional goals matter more than stage numbers — he wanted to hold a tumbler of coffee in his right hand before he went home.

I also realised I hadn't paid attention to his aphasia. I kept asking long questions. My batchmate Rohan was much better at using short phrases and gestures.

Now what? I will practise the Fugl-Meyer assessment with Rohan and read the AHA/ASA 2016 guideline on adult stroke rehabilitation. I want to learn simple Kannada phrases properly, because my Tulu won't help me on the wards. Watched an old Rahul Dravid interview about deliberate practice before sleeping; it felt relevant.
`,
  },
  {
    id: "in-free-005",
    setting: "labour room",
    role: "nursing student",
    text: `
Saw my first normal delivery today and I'm still emotional 🥹👶

2nd year nursing, labour room posting at ⟦FACILITY_ROOM|Safdarjung⟧. ⟦NAME|Sunita⟧ was in ⟦FACILITY_ROOM|labour room bed 3⟧ and had walked in from the bus stop at 6 am already 7 cm dilated. Our staff nurse, Sister Kavita, let me hold her hand through every contraction. Baby girl born at 11:42, Apgar 8 and 9, cried instantly. ⟦NAME|Sunita⟧'s mother-in-law wanted a boy and didn't come in for an hour. That part I'm still processing.

Things I learned:
🔹 the partograph is not just paperwork
🔹 delayed cord clamping — at least 1 minute
🔹 skin-to-skin straight away
🔹 silence in the room is okay

#nursingstudent #labourroom #firstdelivery #delhi
`,
  },
  {
    id: "in-free-006",
    setting: "student life",
    role: "medical student",
    text: `
Everyone romanticises hostel life but I'm a day scholar, which means two hours on the Western line every day from Virar to Grant Road. I've learned to read Guyton standing up in the ladies' compartment with someone's tiffin in my back.

First year MBBS is anatomy, physiology and biochemistry and no patients at all, which is strange when you came to be a doctor. Our anatomy professor, Dr. Shirodkar, says we'll understand later why the brachial plexus matters. My friend Neha drew it on my hand in pen so I'd see it all day.

The best part of this month was the white coat ceremony. My father took the day off from his shop in Nalasopara and my grandmother cried, because she wanted to be a doctor in 1962 and was married at sixteen instead. She's 81 now and still asks me the Krebs cycle to check I'm studying.

Physiology practical last week: we measured each other's BP. Mine was 102/68, Neha's 118/76. We also did Hb estimation with Sahli's method and I got 11.8 g/dL, so Aai is now putting beetroot in everything.
`,
  },
  {
    id: "in-gibbs-007",
    setting: "urban community visit",
    role: "medical student",
    text: `
Description: During our second-year community posting with the urban health centre, my group visited ⟦NAME|Kamalabai Jadhav⟧, who lives at ⟦ADDRESS|Room 14, Shivshakti Chawl, Dr. Ambedkar Road, Parel, Mumbai 400012⟧ with her grandson. She is ⟦AGE|91⟧, bedbound since a hip fracture, and has a sacral pressure sore. Our medical social worker, Mrs. D'Souza, was assessing whether she could get a pension.

Feelings: I felt helpless. The room was tiny and hot and there was no way to get a wheelchair down the corridor.

Evaluation: Dr. Kulkarni, our community medicine faculty, taught the grandson to turn her every two hours and to use a folded saree as a draw sheet. It was practical in a way our textbooks aren't.

Analysis: Park's textbook has social determinants in one chapter. Here they were in one room: space, money, caste, age.

Conclusion: Good care at home depends more on the family than on us.

Action plan: Read about the Braden scale, make a simple Marathi leaflet on pressure care with my group, and discuss it at the family adoption programme review on Friday.
`,
  },
  {
    id: "in-comment-008",
    setting: "community medicine",
    role: "medical student",
    text: `
Beautiful write-up! I was in the group that surveyed the next lane in ⟦LOCATION|Kodihalli⟧ and we heard about ⟦NAME|Lakshmamma⟧ from her neighbour too — Savitha akka says she came to the PHC on Thursday for her amlodipine. Please take her Aadhaar number out before you submit to Dr. Ramesh though 😬 — Pooja, 2nd MBBS
`,
  },
  {
    id: "in-free-009",
    setting: "blood donation camp",
    role: "medical student",
    text: `
Our NSS unit ran a voluntary blood donation camp in college last Saturday and I volunteered at the registration desk. Dr. Arindam Banerjee from pathology supervised the screening. I checked haemoglobin with the copper sulphate method (drop sinks in the 1.053 solution = Hb at least 12.5 g/dL) and learned the deferral criteria: weight under 45 kg, a recent tattoo, a recent dental extraction, and so on.

We collected 112 units. A lot of first-time donors fainted (vasovagal, all fine within minutes) and I learned to raise their legs and give ORS. One of our seniors, Rituparna, joked that the medical students fainted more than anyone.

What I didn't expect was how many people came because of cricket — Virat Kohli had posted about blood donation that week and half the boys' hostel turned up. Social media works.

It made me think about how I'll use my own accounts as a doctor. Dr. Banerjee has a simple rule: share the cause, never the case. I wrote that on a sticky note above my desk.

Next camp is planned for World Blood Donor Day, 14 June.
`,
  },
  {
    id: "in-comment-010",
    setting: "community medicine",
    role: "postgraduate tutor",
    text: `
Loved reading this, Shreya. "The ASHA is the real health system" is exactly what Alma-Ata tried to say in 1978. For your presentation, quote the NFHS-5 (2019–21) fact sheet for Karnataka on hypertension, and keep the village data aggregated. Happy to look at your slides on Wednesday after OPD. — Dr. Ramesh K., Community Medicine
`,
  },
  {
    id: "in-what-011",
    setting: "family medicine OPD",
    role: "medical student",
    text: `
What? During our second-year family medicine posting in Dharwad I met a patient I won't forget: ⟦OTHER|the only woman auto driver at the Dharwad new bus stand⟧. She came to the OPD with low back pain after twelve-hour shifts, and the senior resident, Dr. Patil, found signs of a disc prolapse — straight leg raise positive at 40 degrees. I could see her auto from the OPD window, with the plate ⟦OTHER|KA 25 D 4471⟧ and her daughter's name painted across the back.

So what? Her job is her independence, and the plan (rest, no driving for two weeks) felt impossible to her. Dr. Patil negotiated: shorter shifts, a lumbar roll, diclofenac gel and a physiotherapy referral. I realised guidelines assume a life where you can stop working.

Now what? I'll ask about occupation in more detail in every history. I also need to stop writing identifying details in my logbook — I wrote all of this down on the day, plate included, and our faculty, Dr. Hiremath, reads these.
`,
  },
];
