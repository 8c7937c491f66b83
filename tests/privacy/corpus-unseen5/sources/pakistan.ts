import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../gen.ts";

export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "ward round",
    role: "house officer",
    text: `
Medicine unit, Lahore. Likh rahi hoon because Sir said every HO must write one reflection a month, aur yeh waali dil pe lagi.

⟦NAME|Amma Zubaida⟧ — everyone on the ward calls her that, her card says ⟦NAME|Zubaida Begum⟧ — was in ⟦FACILITY_ROOM|Ward 9, bed 31, Mayo Hospital⟧ with decompensated CLD, ascites, Hb 6.8. Her son ⟦NAME|Tariq⟧ had run out of money for albumin and was buying one vial at a time from the pharmacy outside the gate. He gave his CNIC, ⟦ID|${cnic("35202-7718246-5")}⟧, at the Sehat Card counter and was told her name wasn't registered properly.

On morning round, our professor, Dr. Nadeem Akhtar, asked me the plan and I said “albumin infusion, sir”. He asked how many vials the family had bought. I didn't know. He said, “then your plan is on paper only.”

I spent my break at the Sehat Card desk with ⟦NAME|Tariq⟧. The issue was that her name was spelled “⟦NAME|Zobaida⟧” in NADRA. The clerk, a kind man called Rashid sahib, fixed it by afternoon. I wrote down ⟦NAME|Tariq⟧'s number, ⟦PHONE|0321 5554172⟧, and messaged him when it was done.

Learning: a treatment plan is not complete until I know how the family will get it. Social history is not a checkbox. Also, respect for the admin staff, who solved in three hours what I could not solve with my MBBS.
`,
  },
  {
    id: "pk-what-002",
    setting: "obstetrics",
    role: "nursing student",
    text: `
What? In my BSN clinical posting in the labour room of a public hospital in Karachi, I saw a postpartum haemorrhage for the first time. After a normal delivery, the mother's blood loss went above 500 mL within ten minutes. My clinical instructor, Ms. Saima Baloch, called for help, started uterine massage and asked me to draw up oxytocin 10 IU. My hands were shaking so much I nearly dropped the ampoule.

So what? I knew the “4 Ts” — tone, trauma, tissue, thrombin — from class, but in the moment I could not remember them. The team was calm: second IV line, misoprostol 800 mcg, catheter, and tranexamic acid 1 g as per the WHO 2017 recommendation. The bleeding stopped. The baby's Apgar had been 9 and 10, and the mother was holding him the whole time, not knowing how serious it was.

Now what? I learned that knowledge must be practised until it comes automatically. I have asked Ms. Saima if our group can do a PPH drill on the simulation mannequin every week until our final exam on 6 February. I will also learn the PPH bundle chart that is on the labour room wall, and I will practise drawing up emergency drugs quickly. Most of all I want to learn to stay calm, like the senior midwife, Sister Nasreen, who never raised her voice.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "remote and rural medicine",
    role: "medical officer",
    text: `
Description: I was posted for six months to a small hospital in Ghanche district, Gilgit-Baltistan. In January, ⟦NAME|Haji Muhammad Ali⟧ was brought on a jeep and then on a stretcher by his grandsons from ⟦LOCATION|Hushe⟧, the last village before the glaciers, because the road was blocked by snow. He was ⟦AGE|92 years old⟧ and had urinary retention for two days. His grandson ⟦NAME|Ghulam Abbas⟧ registered him with his own CNIC ⟦ID|${cnic("71103-4820917-3")}⟧ since the old man's card was lost. We saw him on ⟦DATE|18 January⟧.

Feelings: I was worried. I had only catheterised once on a real patient, in Rawalpindi, and never an old man with a big prostate.

Evaluation: I used plenty of lignocaine gel, a 14 Fr catheter, and patience. It went in on the second attempt. Nearly 1.4 litres drained and he said “Alhamdulillah” over and over. What went less well: I forgot to check his creatinine first, and it was 2.3.

Analysis: Post-obstructive diuresis and AKI are real risks. The EAU guidelines and my surgery textbook mention them. In a place with no lab after 2 pm, I should plan my investigations in advance.

Conclusion: Remote practice needs more preparation, not less.

Action plan: Keep a catheter kit ready; monitor urine output hourly after big drainage; arrange a TURP referral to Skardu when the road opens; discuss the case with my senior, Dr. Shabbir.
`,
  },
  {
    id: "pk-free-004",
    setting: "pharmacy",
    role: "hospital pharmacist",
    text: `
A reflection on drug interactions in our outpatient pharmacy in Peshawar.

Most of the prescriptions we dispense come from many different doctors. Last week a woman brought three prescriptions: clarithromycin 500 mg BD from a chest specialist, simvastatin 40 mg from a cardiologist, and amlodipine from her GP. Clarithromycin is a strong CYP3A4 inhibitor and can push simvastatin levels very high, with a real risk of myopathy and rhabdomyolysis. None of the doctors had seen the others' prescriptions.

I called the chest specialist, Dr. Khattak, whose number was on his letterhead. He was busy but agreed to switch to azithromycin. My senior, Pharmacist Asma Yousafzai, told me that in five years she had seen this exact combination many times.

So what did I learn? First, in our system the pharmacist is often the only person who sees all the medicines together. Second, I was nervous about calling a consultant, and I need to get past that, because it is my professional duty. The DRAP guidelines and the standards of the Pharmacy Council both describe the pharmacist's role in medication review, and Stockley's has the interaction clearly.

Now I am keeping a simple log of interactions we catch, to present to the hospital's Pharmacy and Therapeutics Committee in March. Maybe it will support a proper medication reconciliation system. I am also practising a short script for phoning doctors politely but clearly.
`,
  },
  {
    id: "pk-free-005",
    setting: "community health",
    role: "community medicine resident",
    text: `
During my community medicine rotation in south Punjab, I met a patient whose story I cannot stop thinking about.

⟦NAME|Nasreen Bibi⟧, 38, is ⟦OTHER|the only lady health worker in Basti Maluk⟧, and for eleven years she has vaccinated every child there. She came to our rural health centre with a breast lump she had hidden for eight months because, she said, “if people know I'm sick, who will trust me with their children?” Her MR number at the district hospital is ⟦ID|DHQ-MLN-24-33871⟧.

Our supervisor, Dr. Farah Qureshi, arranged a same-week referral to the oncology department in Multan. The biopsy showed invasive ductal carcinoma. ⟦NAME|Nasreen⟧'s husband, ⟦NAME|Allah Rakha⟧, is a rickshaw driver; the costs terrified them. We connected them to the Sehat Card programme and a hospital zakat fund.

What struck me is that she knew everything about screening, she taught it, and still could not act on it for herself. The stigma and the fear of losing her role were stronger. I had always thought of health education as the answer. It is part of it.

My learning: health workers are patients too, and they may be the most hidden. I'd like to propose a confidential health check for LHWs at the quarterly meeting of the district health office, and I'll discuss this with Dr. Farah. I also want to read more on the Pakistan breast cancer awareness literature, especially for rural women.
`,
  },
  {
    id: "pk-gibbs-006",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Description: In my DPT clinical rotation at a hospital in Islamabad I was assigned a man with Parkinson's disease who had frozen gait and two falls in the past month. My clinical supervisor, Dr. Hina Malik (PT), asked me to plan his session.

Feelings: I was nervous because I had only seen Parkinson's in videos, and I was not sure which cueing strategy to use.

Evaluation: I started with the Timed Up and Go (18 seconds) and the Berg scale (38/56). I tried visual cues, lines of tape on the floor, and his freezing improved immediately. What did not go well: I spoke too fast and gave too many instructions together, and he became confused.

Analysis: People with Parkinson's have difficulty with dual tasks. The European Physiotherapy Guideline for Parkinson's Disease (2014) recommends external cues and simple, one-step instructions. I was giving three-step instructions because I wanted to finish on time.

Conclusion: In Parkinson's, slower is faster. Clear, single cues work better than a lot of talking.

Action plan: Practise giving single-step instructions with my classmates; read the guideline section on cueing; try auditory cueing with a metronome at 100 beats per minute in the next session; ask Dr. Hina to observe and give feedback next Thursday.
`,
  },
  {
    id: "pk-what-007",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
What? On ⟦DATE|14 August⟧, Independence Day, our emergency in Karachi was full of firework burns and aerial firing injuries. Around 11 pm, a 12-year-old boy, ⟦NAME|Hamza⟧, came with a bullet wound in his shoulder from celebratory firing. His father, ⟦NAME|Mr. Irfan Siddiqui⟧, was shouting at everyone. He gave their home address for the police report, ⟦ADDRESS|House R-112, Block 13-D, Gulshan-e-Iqbal, Karachi⟧, and his mobile, ⟦PHONE|0333 5559208⟧.

So what? Clinically, ⟦NAME|Hamza⟧ was stable: GCS 15, distal pulses present, no neurovascular deficit, X-ray showing the bullet lodged in soft tissue. The harder part was ⟦NAME|Mr. Siddiqui⟧. My instinct was to ask security to remove him. My senior, Dr. Sana Javed, instead took him to a side room, gave him water, and explained everything step by step. He calmed down in five minutes. I realised his anger was fear.

Now what? I learned de-escalation is a clinical skill. I want to attend the hospital's communication workshop next month, and practise the techniques Dr. Sana used: a calm voice, sitting down, naming the emotion (“I can see you are very worried”). I also want to write to the hospital's public health group about a campaign against aerial firing, because every year we see the same injuries.
`,
  },
  {
    id: "pk-free-008",
    setting: "breaking bad news",
    role: "surgery resident",
    text: `
FCPS part 2 training, general surgery, Rawalpindi. Reflection on breaking bad news.

A 45-year-old man came for follow-up of a gastric biopsy. The report was adenocarcinoma. His family met me in the corridor and asked me not to tell him. “Doctor sahib, he will lose hope.” This is a very common request in our culture.

I did not know what to do. The PMDC code of ethics says patients have a right to information about their own health, but the family's request came from love, and in our society decisions are often made collectively.

I asked my consultant, Prof. Tahir Mahmood, for advice. He suggested a middle path: first ask the patient how much he wants to know, and who he wants present. We sat with the patient and asked, “Some people like to know all the details, some people want their family to handle it; what would you like?” He said, “Tell me everything, but tell my son also.” So we did, together, using the SPIKES framework.

He cried, and then he asked about treatment options, which he could only do because he knew. His son thanked me afterwards.

My learning: asking the patient about his preferences respects both autonomy and culture. I will use this question in the future. I also want to read more about collusion in palliative care and the research from South Asia on disclosure, and discuss it in our next morbidity and mortality meeting.
`,
  },
  {
    id: "pk-what-009",
    setting: "paediatrics",
    role: "medical student",
    text: `
What? In my paediatrics ward rotation in Faisalabad, I clerked a 2-year-old with severe acute malnutrition. Weight-for-height z-score was below −3, MUAC 10.8 cm, and there was bilateral pitting oedema. My registrar, Dr. Usman, asked me to write the feeding plan using F-75.

So what? I wrote the plan, but I calculated the volume using the wrong weight, the oedematous weight instead of the admission weight after he asked me to use it. Dr. Usman corrected me. I felt embarrassed because I had read the WHO 2013 guidelines on SAM the previous night. I realised that reading is not the same as doing.

I also learned a lot from the mother. She was breastfeeding and also giving diluted buffalo milk and green tea, because that is what her mother-in-law had advised. The nutritionist, Ms. Ayesha, spoke to her in Punjabi with a lot of patience and without blaming her.

Now what? I will practise more feeding calculations with my study group. I will learn the ten steps of SAM management by heart, especially hypoglycaemia, hypothermia and infection, and I will ask Ms. Ayesha if I can sit in her counselling sessions. My ward test is on 22 December and I want to be confident with this.
`,
  },
  {
    id: "pk-comment-010",
    setting: "peer feedback",
    role: "house officer",
    text: `
Bohat acha likha hai, but please edit before posting on the group. You have written ⟦NAME|Haji Sultan⟧'s full name and that he is in ⟦FACILITY_ROOM|bed 6 of the surgical ICU at Lady Reading⟧. His son is also on Facebook and he will recognise it immediately. Use “an elderly gentleman” instead. Otherwise your learning points on sepsis are very good.
`,
  },
  {
    id: "pk-comment-011",
    setting: "faculty feedback",
    role: "faculty",
    text: `
Good work on this Gibbs reflection. The “analysis” section is where you show what you have learned, and you have linked it well to the PMDC guidelines and the SPIKES protocol. Next time, add one reference to a research article. Also, try to keep the “feelings” section honest; it is fine to say you were scared. Well done.
`,
  },
  {
    id: "pk-free-012",
    setting: "cardiology",
    role: "cardiology fellow",
    text: `
Short one. A pacemaker follow-up in our device clinic in Karachi: ⟦NAME|Mr. Feroze Dinshaw⟧, whose daughter ⟦NAME|Roshan⟧ emails his home monitor readings every month from ⟦EMAIL|roshan.dinshaw@yahoo.com⟧. His generator, serial ⟦DEVICE|SJM-PM2210-558201⟧, was showing elective replacement indicator. Nobody had noticed for six weeks because the emails went to a general inbox. Lesson: a remote-monitoring service is only as good as the person who reads it. We now have a named nurse, Sister Shazia, and a weekly review. His box change was done the following week without any problem, and I have added “who reads the transmissions?” to my checklist for every new remote-monitoring patient.
`,
  },
];
