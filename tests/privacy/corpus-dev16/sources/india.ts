import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const SNAKEBITE_AADHAAR = aadhaar("4821 6630 951");

/** India: 11 items. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "emergency department",
    role: "casualty medical officer",
    text: `
Snakebite night in casualty, and what I learnt about paperwork under pressure.

⟦NAME|Muthulakshmi⟧, a farm labourer in her forties, was brought at 1:40 am on a tractor trolley from ⟦LOCATION|Kodangipatti⟧, about 30 km out, with a bite on her left foot from something her husband called a "kattu viriyan". Whole blood clotting time at 20 minutes was prolonged, gums oozing, no ptosis. Classic viper. We started polyvalent ASV, 10 vials, and she had a mild reaction at 30 minutes (urticaria, no wheeze) that settled with adrenaline 0.5 mg IM and slowing the infusion.

The clinical part I was confident about, because the Government of India 2017 snakebite protocol has been drilled into us since internship. What took forty minutes was the PM-JAY card. The husband had no phone charge, the Aarogya Mitra desk was closed, and the billing clerk needed her Aadhaar, ⟦ID|${SNAKEBITE_AADHAAR}⟧, typed into the portal before the pharmacy would release the next 10 vials free. UHID ⟦ID|MDU2408813⟧ was generated only at 3 am.

I argued with the clerk. I should not have had to. In the end my senior, Dr. Karthikeyan, signed an emergency release and we sorted the card in the morning.

Reflection: the "golden hour" for ASV is not only clinical. Snakebite is a disease of poor, rural people, and the hours they lose to paperwork are part of the disease. I have now written a one-page flow for our casualty so that ASV is never held for a card. She went home on day 6 with a normal 20WBCT and a swollen foot.
`,
  },
  {
    id: "in-what-002",
    setting: "obstetric anaesthesia",
    role: "anaesthesia postgraduate",
    text: `
**What?**
Emergency LSCS at night, category 2, for fetal distress. A 26-year-old primigravida, 38 weeks, weight 61 kg. I gave a spinal with 2 mL of 0.5% hyperbaric bupivacaine plus fentanyl 10 mcg at L3–L4 in the sitting position. Within four minutes her BP went from 118/72 to 78/40 and she said she felt like vomiting. I had phenylephrine drawn up but I was slow to give it, because I was watching the block height.

**So what?**
Our HOD, Dr. Ramesh Subramaniam, always says: "In obstetric spinal, nausea is hypotension until proven otherwise." I knew it. I had read the 2018 international consensus statement on managing hypotension with vasopressors during caesarean under spinal anaesthesia, which recommends a prophylactic phenylephrine infusion rather than waiting. We do not have infusion pumps for every OT, so we bolus. But a bolus only works if you give it on time.

The baby was fine: Apgar 8 and 9, cord pH 7.28. The mother was fine within two minutes of 100 mcg phenylephrine. I was not fine; I replayed it all the next day.

**Now what?**
- Start phenylephrine boluses as soon as the spinal is in, not when the BP falls.
- Left uterine displacement before the drape, every time, even in a hurry.
- Present this case at our Thursday journal club, along with the consensus statement, so the juniors in Chennai hear it from someone who got it slightly wrong.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "labour room",
    role: "staff nurse",
    text: `
**Description.** On ⟦DATE|26 January⟧, while the rest of the hospital was at the flag hoisting, ⟦NAME|Santosh Kanwar⟧, 19, was brought to the labour room at ⟦FACILITY_ROOM|District Hospital Barmer⟧ having fitted twice at home. BP 176/112, proteinuria 3+, 34 weeks. Her husband gave his mobile as ⟦PHONE|+91 94555 01872⟧ and went to find the ASHA didi.

**Feelings.** I have seen eclampsia before but never alone. Dr. Meena was in the OT with another case.

**Evaluation.** The magnesium sulphate was given correctly using the Pritchard regimen: 4 g IV slowly over 15 minutes, and 5 g deep IM into each buttock. I checked patellar reflexes and urine output every hour. Labetalol 20 mg IV brought the BP down to 150/100. Nothing else went wrong, but nothing was fast.

**Analysis.** The MgSO4 was in the eclampsia kit, which was where it should be. What was missing was the calcium gluconate antidote, which had been taken for another case and never replaced. If she had stopped breathing, I would have had to run to the pharmacy.

**Conclusion.** A kit is only as good as the last person who used it. We need a restocking checklist.

**Action plan.** I have made a checklist for the eclampsia tray, signed at every shift change, and I will teach the new GNM students on the Pritchard and Zuspan regimens next month.
`,
  },
  {
    id: "in-free-004",
    setting: "dentistry",
    role: "dental intern",
    text: `
Dry socket, again. This is the third one on my record this posting, and I want to understand why.

All three were lower third molar extractions, in young adults, two of them smokers. The pain started on day 3 in each case, radiating to the ear, with an empty socket and a bad smell. Textbook alveolar osteitis. I irrigated with warm saline, placed Alvogyl, and prescribed ibuprofen 400 mg TDS with paracetamol.

My professor, Dr. Shetty, asked me to look at my technique instead of blaming the patients. So I did.

- I had not been using chlorhexidine 0.12% mouthwash before the extraction. There is decent evidence (Cochrane 2022) that it reduces the risk.
- I had been too aggressive with irrigation straight after the extraction, which may wash out the clot.
- My post-operative instructions were verbal only, and in Kannada that I am still learning. The patients may not have understood "no spitting for 24 hours".

So now I give the instructions on a printed sheet in Kannada, Hindi and English, and I ask the patient to repeat the three main points back to me. I also ask about smoking on the consent form rather than at the end.

It is not a dramatic lesson. But three dry sockets in two months is three people who had a miserable week because of something I could partly control. Manipal has been good for teaching me to count my own complications honestly.
`,
  },
  {
    id: "in-comment-005",
    setting: "emergency department",
    role: "senior resident",
    text: `
Good one, and the flowchart is excellent — I will take it to the CMO. But bhai, you have put her full Aadhaar number (⟦ID|${SNAKEBITE_AADHAAR}⟧) and the village name in a post that anyone can read. Please edit it today. The lesson stands without them.
`,
  },
  {
    id: "in-free-006",
    setting: "prehospital",
    role: "emergency medical technician",
    text: `
I am an EMT on a 108 ambulance on the Hyderabad–Nagpur stretch of NH44. This is my reflection on a road accident case for my ALS course portfolio.

A two-wheeler had gone under a truck near the Medchal toll plaza around 11 pm. The rider, ⟦NAME|Srinivas Goud⟧, was trapped by the leg, conscious, GCS 14, with a deformed right femur and an open wound on the shin. The truck (⟦OTHER|TS 09 UB 4471⟧) had stopped a little ahead and the driver had run. Police came after 20 minutes.

Our pilot and I did the basics: collar, oxygen, control of bleeding with direct pressure, a splint. I could not get IV access in the dark with the torch in my mouth, so we drove. On the way his BP fell from 110/70 to 86/50. We gave 500 mL of normal saline once the line was in.

His brother phoned the ambulance mobile twice from ⟦PHONE|98555 40217⟧ asking which hospital. I told him the name of the government trauma centre and he reached before us.

What I learnt:
- Headlamps for every crew member. I have bought my own.
- Pelvis and femur: splint early, because the blood loss is hidden.
- Give the family one clear instruction and one place. It reduces their panic and our calls.

My trainer, Mr. Prakash, says I handle the scene better than the paperwork. The patient went to surgery and I heard he is walking with a walker now.
`,
  },
  {
    id: "in-what-007",
    setting: "pharmacy",
    role: "hospital pharmacist",
    text: `
**What?**
During a ward dispensing round, I found that a patient prescribed nimodipine 60 mg every four hours after a subarachnoid haemorrhage had received nifedipine 10 mg instead for two doses. The handwriting said "Nimo" clearly enough to a neurosurgeon but the night staff read "Nifedi". His BP dropped to 96/60. The neurosurgery resident caught it on the morning round and it was corrected. No lasting harm.

**So what?**
Look-alike, sound-alike drug names are a known risk. ISMP publishes a list; nimodipine–nifedipine is on it. In our hospital both are stored on the same shelf, in alphabetical order, in similar white strips. Add handwritten orders and a night shift and this will happen again.

The WHO "Medication Without Harm" challenge (2017) asked hospitals to halve severe avoidable medication harm. We are not there.

**Now what?**
1. Tall-man lettering on shelf labels: niMODipine, NIFEdipine. I have already printed them.
2. Separate the two drugs physically in ward stock and in the main pharmacy.
3. Push for e-prescribing in neurosurgery first, where nimodipine use is highest. My chief pharmacist, Mrs. Lakshmi Iyer, supports it and will take it to the drug and therapeutics committee.
4. A five-minute teaching for nurses at the start of each month on high-alert and LASA drugs.

I felt a bit proud finding it. I also felt uneasy that it was luck, not the system, that caught it.
`,
  },
  {
    id: "in-free-008",
    setting: "general surgery",
    role: "surgical resident",
    text: `
### M&M notes — perforated duodenal ulcer

A 42-year-old man, chronic NSAID user for a knee problem, presented with sudden epigastric pain, board-like rigidity and air under the diaphragm on the erect chest X-ray. We did an open Graham's omental patch through an upper midline incision. Straightforward operation.

Day 4: fever, tachycardia, bile in the drain. Leak from the patch. Re-laparotomy, washout, a feeding jejunostomy. Eleven days in ICU. He survived.

Discussion points raised at the Thursday meeting by our unit chief, Dr. Arvind Kulkarni:

1. **Delay.** He had been to two local clinics with "gastritis" before coming to us. Delayed presentation of over 24 hours roughly doubles mortality (Boey score, anyone?).
2. **Technique.** Was the patch tied too tight and strangulated? The omentum looked dusky at the re-look.
3. **H. pylori.** We had not sent serology before starting PPI. Always eradicate; recurrence is common.
4. **Nutrition.** Early feeding jejunostomy at the first operation should be considered in high-risk patients.

Personal learning: I assisted at the first operation and was too quiet when I thought the omental pedicle looked thin. Next time I say it.

Reading: the WSES 2020 guidelines on perforated peptic ulcer; Bailey & Love chapter on the stomach and duodenum.
`,
  },
  {
    id: "in-free-009",
    setting: "radiography",
    role: "radiographer",
    text: `
Portable X-rays in the ICU are my least favourite job and my most important, and this week showed me why.

We were called for a chest film after a central line in ⟦FACILITY_ROOM|ICU bed 7, AIIMS Jodhpur⟧. The patient was ⟦NAME|Bhanwari Devi⟧, ⟦AGE|aged 93⟧, admitted after a fall with a hip fracture and then a pneumonia. Very frail. IPD number ⟦ID|2411-08872⟧. Her grandson, who stays with her day and night, told me she had been a midwife in her village for fifty years.

The first image was rotated and the line tip was not clear. I wanted to repeat it, but I hesitated because of the dose to a ⟦AGE|93-year-old⟧ and the difficulty of moving her again. My senior, Mr. Vikas Choudhary, said: "A repeat is cheaper than a misplaced line." We repositioned with a pillow wedge and got a good PA-equivalent AP. The tip was in the right atrium, too deep. The anaesthetist pulled it back 2 cm.

Reflection:
- ALARA does not mean avoid necessary repeats; it means do not need them.
- Positioning the very old takes time, warmth and help. Ask the family, they know how she likes to be moved.
- Check the tip position against the carina, not just "looks okay".

I am writing this partly because I want to remember her grandson, who held her hand through the lead apron.
`,
  },
  {
    id: "in-comment-010",
    setting: "pharmacy",
    role: "clinical pharmacology faculty",
    text: `
Excellent catch and a very clear write-up. Tall-man lettering helps, but the evidence for it alone is modest; pair it with physical separation and barcode scanning where you can. You might also look at the ISMP India list, which has several pairs specific to brands here. Happy to co-author a poster for the state conference.
`,
  },
  {
    id: "in-what-011",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
**What?**
A central-line-associated bloodstream infection in our ICU, picked up on day 9 of a femoral line. The patient was ⟦NAME|Mr. Gurpreet Sandhu⟧, 64, after an emergency laparotomy. He spiked 39.2 °C, blood cultures grew Klebsiella, and the line was removed.

What made this hard was not the infection. His son, who lives in Canada, had been emailing the ICU consultant every evening from ⟦EMAIL|gurpreet.sandhu.family@gmail.com⟧ asking for reports and, once, photos of his father. The discharge summary and the bill were to go to the family home at ⟦ADDRESS|House No. 1427, Sector 22-B, Chandigarh 160022⟧, and I was asked to post the culture reports there too.

**So what?**
We had no policy about sending reports by email to relatives abroad. Some doctors replied, some did not. I nearly sent a scanned report from my own phone to make the son stop worrying.

On the clinical side, femoral lines have higher infection rates than subclavian ones, and our bundle compliance (hand hygiene, chlorhexidine dressing, daily review of need) was 70% that month.

**Now what?**
- Daily "does this line still need to be here?" question on rounds. It was placed in an emergency and nobody asked for a week.
- A consent form for sharing reports with named relatives, and only through the hospital's official email.
- I will never send patient documents from my own phone.
`,
  },
  {
    id: "in-free-012",
    setting: "labour room",
    role: "nursing tutor",
    text: `
For my GNM students: how to write an SBAR handover in the labour room. This is a made-up example; please do not copy real patient names, bed numbers or registration numbers into your assignments. Use "Patient X" or "[name removed]" as I have done.

**S —** Patient X, 29 years, G2P1, 39 weeks, in active labour at 7 cm. Fetal heart rate decelerations for the last 20 minutes, lowest 90 bpm, slow recovery.

**B —** Previous normal delivery in 2021. Haemoglobin 9.8 g/dL. GDM on diet control. Admitted at 6 am with 4 cm dilatation. Membranes ruptured at 9 am, clear liquor.

**A —** Late decelerations on CTG, reduced variability. Mother tired, BP 132/84, temperature 37.6 °C. I think the baby is getting distressed.

**R —** Please come and review now. I have stopped the oxytocin, turned her to the left, started oxygen and IV fluids, and informed the OT staff.

Notes for you:
- The "R" is the part most of you forget. Always say what you have done and what you want.
- Use numbers, not words like "high" or "low".
- Practise with a partner before the OSCE on Friday.

The SBAR tool was first developed by the US Navy and adapted for health care in the early 2000s. In our own hospital, Sister Annamma introduced it to the labour room in 2016 and handover errors dropped noticeably.
`,
  },
];
