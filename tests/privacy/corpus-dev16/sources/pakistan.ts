import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "emergency department",
    role: "house officer",
    text: `
Night of ⟦DATE|14 August⟧. Everyone had warned us about aerial firing, and still it surprised me.

At around 00:30 a boy of 12 was carried into ⟦FACILITY_ROOM|Emergency bed 12 at Mayo Hospital⟧ by his uncle, ⟦NAME|Muhammad Aslam⟧, with a bullet wound to the left shoulder. The bullet had come down from someone's celebration three streets away. He was pale, HR 140, BP 90/60, and very quiet. The exit wound was not there, so the bullet was still inside.

We did the primary survey, two wide-bore cannulas, blood for crossmatch, and a chest X-ray showed the bullet lodged under the scapula with a small haemothorax. Chest tube by my registrar, Dr. Usman. 400 mL drained.

The part I want to reflect on: the police medico-legal formalities. The MLC could not be started until the uncle's CNIC was recorded, ⟦ID|35202-4817263-5⟧, and the police constable wanted to take a statement from the boy before the chest tube. I said no. My registrar backed me. The constable waited.

Learning:
- Medico-legal paperwork matters, but it never comes before a chest drain.
- Celebratory firing injuries peak on predictable nights. We should plan staffing for them like we plan for Eid.
- I need to learn to explain firmly but politely, in Urdu and Punjabi, why treatment comes first.

The boy went to the ward on day 2 and the bullet was left in place. His uncle brought us sweets.
`,
  },
  {
    id: "pk-what-002",
    setting: "anaesthesia",
    role: "anaesthesia trainee",
    text: `
**What?** Ketamine sedation for a burn dressing change in a 7-year-old in the burns unit, my first time without a consultant in the room. I gave 1 mg/kg IV with atropine, and she developed laryngospasm about six minutes in, with a crowing sound and saturation falling to 78%.

**So what?** I did what I had been taught by Prof. Shazia Rehman: jaw thrust, CPAP with 100% oxygen through the bag, and called for help. It broke in about 40 seconds. I did not need suxamethonium. Saturation came back to 99%.

I realised afterwards that she had a runny nose that morning, which the nurse had mentioned and I had brushed off. Upper respiratory infection in the last two weeks increases laryngospasm risk a lot in children. I also gave the ketamine faster than I should have.

**Now what?**
- Ask about URTI specifically in every child, and think about postponing non-urgent sedation.
- Have suxamethonium 2 mg/kg (and atropine) drawn up, not just available, for ketamine cases in children.
- Revise the Larson manoeuvre, pressing in the "laryngospasm notch" behind the earlobe. I had never heard of it until my senior Dr. Hamza showed me.
- Practise the laryngospasm algorithm on the manikin before my FCPS exam in March.

Karachi's burns load is heavy and we do these dressings daily. This is a skill I need to own.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "home birth and referral",
    role: "lady health visitor",
    text: `
**Description.** I was called at dawn by the dai to a home birth in ⟦LOCATION|Basti Malookan, behind the Kot Addu canal⟧. The mother, ⟦NAME|Naseem Bibi⟧, had delivered a baby girl an hour before and was still bleeding heavily. The placenta was out but not complete. She was pale and her pulse was 130.

**Feelings.** I was scared. The road to the district hospital is broken and there was no ambulance.

**Evaluation.** I gave misoprostol 800 mcg sublingually, which we carry in our kit, massaged the uterus, and put her on her side. The bleeding slowed. Her husband called Rescue 1122 and gave them his number, ⟦PHONE|0301 5557742⟧. They took 50 minutes. I wrote her CNIC, ⟦ID|32304-6612847-2⟧, on the referral slip so the hospital would not delay her.

**Analysis.** Three delays: deciding to seek care (the family waited an hour), reaching care (no road), and receiving care (we do not yet know). The dai did well to call me. Misoprostol saved time that the road took away.

**Conclusion.** Our community needs a birth preparedness plan for every pregnancy: who drives, which hospital, whose phone.

**Action plan.** I will start birth planning at the third antenatal visit for every woman in my area, and I have asked my supervisor, Madam Rukhsana, for more misoprostol and a register of who owns a vehicle in each basti.
`,
  },
  {
    id: "pk-free-004",
    setting: "dentistry",
    role: "final-year dental student",
    text: `
I want to write honestly about the first time I was scared of a patient's blood pressure in the dental chair.

A 55-year-old man came for extraction of a broken upper molar. He told me he was "a bit BP". I measured it: 182/110. My clinical supervisor, Dr. Farah Naqvi, said we would not extract that day, and I was annoyed because he had taken leave from work to come. He was also annoyed. We referred him to the medical OPD.

When I read about it afterwards, I understood. Local anaesthetic with adrenaline, pain and anxiety can push the pressure higher, and a stage 2 hypertension reading above 180/110 is generally a reason to defer elective dental treatment. He came back two weeks later on amlodipine 5 mg with a pressure of 142/88 and we took the tooth out without a problem.

What I learnt:
- Measure BP on every adult before an extraction, not just the ones who "look" unwell.
- Explain why we are deferring. I said "your BP is too high" and nothing else; he thought I did not want to treat him.
- Dental students can find undiagnosed hypertension. That is real public health.

On a lighter note, he spent the whole second appointment telling me how Babar Azam should be batting. I did not argue, because I had a syringe in my hand.
`,
  },
  {
    id: "pk-comment-005",
    setting: "emergency department",
    role: "registrar",
    text: `
Proud of you for standing up to the constable. One correction though: you have written ⟦NAME|Muhammad Aslam⟧'s full CNIC and the bed number in a public post. Please remove them. You can keep the lesson and the date of the festival; nobody needs the rest.
`,
  },
  {
    id: "pk-free-006",
    setting: "prehospital",
    role: "emergency medical technician",
    text: `
I have been an EMT with Rescue 1122 in Rawalpindi for two years. This is a reflection for my refresher course on a rooftop fall.

A construction labourer, about 30, fell from the third floor of a building under construction. He was lying on a pile of bricks when we arrived, with a GCS of 11, blood from his right ear and Battle's sign already coming up behind it. His co-workers had sat him up and given him water.

What went well: our team of four worked in a routine. Manual in-line stabilisation, collar, scoop stretcher, oxygen at 15 L through a non-rebreather. We kept him flat and took him to the neurosurgery emergency within 18 minutes.

What did not go well: I argued with his co-workers, who wanted to carry him in their own car. I raised my voice. One of my colleagues, Ahsan, calmed them down better than I did by asking one of them to hold the oxygen cylinder.

Things I want to learn:
1. How to give people a job in a crowd so that they help rather than fight.
2. More about base of skull fractures, raccoon eyes and CSF otorrhoea.
3. The Canadian C-spine rule, which I have read about but we do not use.

I also want to say something about construction safety. No harness, no net, no helmet. We pick up two or three falls like this every month in our district. That is a bigger problem than my scene management.
`,
  },
  {
    id: "pk-what-007",
    setting: "pharmacy",
    role: "clinical pharmacist",
    text: `
**What?**
⟦NAME|Haji Sher Zaman⟧, 71, on ⟦FACILITY_ROOM|Ward 8, Lady Reading Hospital⟧ in Peshawar, was admitted with a DVT. He was prescribed unfractionated heparin by infusion. On the second day, I checked his APTT on the lab system: 148 seconds. Nobody had adjusted the infusion since the first reading. His MR number, ⟦ID|MR-2311-04829⟧, was on the chart, but the lab results had been filed under a different ⟦NAME|Sher Zaman⟧ in the same ward, so the ward staff had been looking at the wrong patient's normal APTT.

**So what?**
Two problems:
1. Same-name patients in the same ward with no alert.
2. A heparin nomogram that depends on a lab result that nobody confirmed against the MR number.

He had some haematuria and a drop in Hb from 12.1 to 10.4 g/dL. The infusion was stopped for an hour and restarted at a lower rate. No transfusion.

**Now what?**
- Same-name alert sticker on both beds (we now use a red "NAME ALERT" card).
- APTT results must be read back with the MR number before any dose change.
- I am proposing that we switch stable DVT patients to enoxaparin 1 mg/kg twice daily, which needs no APTT. Our head of pharmacy, Mr. Tariq Mehmood, has agreed to bring it to the committee.

This was a near miss that turned into minor harm. It could easily have been worse.
`,
  },
  {
    id: "pk-free-008",
    setting: "general surgery",
    role: "surgical resident",
    text: `
## Fournier's gangrene: my first big debridement

A 60-year-old diabetic man came to the surgical emergency with scrotal pain and swelling for four days. His HbA1c later came back at 11.8%. On examination there was crepitus over the perineum and a black patch on the scrotum. LRINEC score 8. The diagnosis was obvious, and my consultant, Mr. Khalid Mahmood, said the words I will remember: "The treatment is a knife, not a scan."

We took him to the theatre within two hours. I assisted with a wide debridement, removing a lot more skin than I expected, until we reached bleeding healthy tissue. Meropenem, vancomycin and clindamycin were started. He needed two more trips to theatre over the next week.

### What I learnt

- Necrotising soft tissue infection spreads faster than the skin shows. The fascia is usually worse than the surface.
- Diabetes control matters before and after. His sugars were 400 on arrival and took three days to settle on an insulin infusion.
- The psychological side is big. He was embarrassed and angry. Our psychologist, Ms. Sana, helped more than we did.

### What I will do

Read the 2014 IDSA guidance on skin and soft tissue infections, learn the LRINEC score properly, and assist the plastics team when he comes back for skin grafting.
`,
  },
  {
    id: "pk-free-009",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
I am a staff nurse in a private hospital ICU in Islamabad. This reflection is about a WhatsApp group.

⟦NAME|Sardar Iftikhar Ahmed⟧ was admitted with a severe COPD exacerbation and needed non-invasive ventilation, then intubation. He has seven children, most of them abroad. His eldest son created a family WhatsApp group called "⟦OTHER|Abbu ICU Bed 6 Updates 🙏⟧" and added me to it without asking, because I had given him my number for one call.

Every hour the group asked for photos, ventilator settings, and sometimes for me to hold the phone to his ear. Once his daughter in Dubai asked me to send the X-ray. I was tempted to help. I felt guilty saying no to a family who could not visit.

I spoke to my head nurse, Sister Nasreen. She told me to leave the group politely and explained the hospital's rule: updates from the consultant once a day to one named family member, by phone.

I wrote in the group: "I am leaving this group because of hospital rules. Dr. Bilal will call your brother every evening at 7." It felt cold. But the family accepted it, and the calls worked better because one person passed the news to everyone.

Learning:
- Never give your personal number to families.
- Patient-identifying group names and photos spread beyond our control.
- Structured, predictable updates reduce anxiety more than constant small messages.

He was extubated on day 8 and went home on oxygen.
`,
  },
  {
    id: "pk-free-010",
    setting: "radiography",
    role: "radiography student",
    text: `
Short reflection from my first week in the fluoroscopy room, Lahore.

I did not expect to be so scared of radiation. During an ERCP, the consultant gastroenterologist, Dr. Ayesha Malik, asked me why I was standing so far from the table. I said I was "keeping safe". She laughed and showed me the dose rates: standing on the image intensifier side and using the lead shield is what keeps you safe, not hiding in the corner where you cannot help.

Things I learned this week:
- The inverse square law is real. Doubling the distance cuts the dose to a quarter.
- Collimation helps the patient and the staff.
- Thyroid shields and lead glasses are not optional, even if the seniors do not wear them.
- My own dosimeter badge is checked monthly by the PNRA rules; I should actually look at my results.

My mother worries about me working with radiation, because my nani, who is 91, still tells everybody that X-rays "burn". I explained it to them both on Sunday with the numbers. My nani was not convinced.
`,
  },
];
