import type { SourceItem } from "../../corpus/types.ts";
import { ohip, saId } from "../../corpus/gen.ts";
import { nhi, nric, ppsn } from "../gen.ts";

/** Ireland, Canada, New Zealand, South Africa, Kenya, Ghana, Singapore: 17 items. */
export const ELSEWHERE_NORTH: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "emergency department",
    role: "advanced nurse practitioner",
    text: `
Trolley watch, again. On ⟦DATE|Monday 6 January⟧ we had 41 people on trolleys in our ED, and one of them was ⟦NAME|Nora Fitzgerald⟧, ⟦AGE|aged 97⟧, from ⟦LOCATION|St Brigid's Nursing Home in Ballyhaunis⟧, with a chest infection. She spent 29 hours on a trolley in a corridor before a bed came up on a ward.

I was the ANP on the minors side and not directly responsible for her, but I kept walking past. She needed turning. She needed a commode. She needed somebody to find her glasses, which were in a plastic bag at the foot of the trolley with her PPS number, ⟦ID|${ppsn("6543210")}⟧, written on the label by the nursing home.

What I did: I brought her a pillow and I found her glasses. I asked the HCA to do pressure area care every two hours and put it on the handover. I told the nurse in charge that she had a grade 1 pressure injury developing on the sacrum.

What I feel: ashamed of the system, not of us. The INMO trolley figures are in the news every winter and nothing changes.

What I will do: complete a Datix-style incident report for the pressure injury, and join the working group Siobhán is setting up on frailty at the front door, which is looking at the HSE "Frailty at the Front Door" model.
`,
  },
  {
    id: "ie-what-002",
    setting: "theatres",
    role: "anaesthesia trainee",
    text: `
**What?** Anaphylaxis in theatre, about four minutes after co-amoxiclav for a laparoscopic appendicectomy in a 22-year-old woman. Rash, then BP 60/30, then a rising airway pressure. My consultant, Dr. Ciarán Dunne, said "anaphylaxis, adrenaline 50 micrograms IV", and I drew it up.

**So what?** I had read the NAP6 report (2018) and knew that teicoplanin and neuromuscular blockers were more common causes than antibiotics like co-amoxiclav. But I also knew that hypotension is often the only sign. We gave three boluses of 50 mcg, then an adrenaline infusion, 2 litres of crystalloid, and sent mast cell tryptase at 1 hour and 4 hours. She went to ICU overnight and was extubated the next morning.

**Now what?**
- Know the AAGBI/Association of Anaesthetists anaphylaxis guideline and where the box is.
- Send tryptase samples on time, and label them with times.
- Refer to the allergy clinic for testing; there were four possible triggers.

I was anxious during the crisis but I did my part. What I found hardest was telling the patient the next day that we did not yet know what caused it.
`,
  },
  {
    id: "ie-comment-003",
    setting: "theatres",
    role: "consultant anaesthetist",
    text: `
Well handled, and I like that you highlighted the conversation afterwards. The allergy referral letter matters as much as the adrenaline — make sure it lists every drug with its exact time of administration. We will go through the NAP6 summary together at the teaching session in a fortnight.
`,
  },
  {
    id: "ca-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Reflection on a diabetic ketoacidosis case, and on how I almost missed the social story.

A 19-year-old university student came in with DKA: glucose 32 mmol/L, pH 7.09, bicarbonate 6, ketones 5.8. Our DKA protocol ran smoothly: fluids, an insulin infusion at 0.1 units/kg/h, potassium replacement. She was better in 18 hours.

What I nearly missed was that this was her fourth admission this year. Her name is ⟦NAME|Alyssa Whitebird⟧, health card ⟦ID|${ohip("5281-940-36")}⟧, and she had moved to Toronto from ⟦LOCATION|Kashechewan First Nation⟧ for school. She was rationing insulin because her coverage had lapsed when she changed provinces for a few months over the summer.

Our social worker, Marie-Claude, sorted out her NIHB coverage in a single afternoon. The endocrinology team, led by Dr. Singh, arranged a follow-up at a clinic near campus.

I learned:
- Recurrent DKA is often a social problem before it is a medical one.
- Ask about cost and access to insulin at every admission.
- Indigenous patients moving for school can fall between federal and provincial coverage.

I am now reading the 2018 Diabetes Canada guidelines on DKA and the TRC Calls to Action on health.
`,
  },
  {
    id: "ca-what-002",
    setting: "prehospital",
    role: "primary care paramedic",
    text: `
**What?** A cardiac arrest call in a rural area of Nova Scotia. The patient was a 64-year-old man who collapsed while snow blowing. His wife started CPR after the 911 dispatcher coached her. We arrived in 14 minutes. Initial rhythm VF. We shocked three times, gave epinephrine 1 mg every 4 minutes and amiodarone 300 mg. ROSC after 22 minutes.

**So what?** Bystander CPR made the difference. The Heart and Stroke Foundation 2020 guidelines stress this, and our dispatch-assisted CPR programme is working. I also learned that compressions during the snowy walk-in are hard: we used the mechanical CPR device for the carry to the truck.

I was the one who did the first round of compressions and I was exhausted after two minutes. My partner, Jen, reminded me to switch.

**Now what?**
- Push for more community CPR training in our small towns.
- Practise with the mechanical CPR device until I can set it up in under 20 seconds.
- Learn more about post-ROSC care: targeting normal oxygen, BP and temperature.

We heard later that he walked out of hospital. His wife called our base to thank the crew. It was one of the best days of my career.
`,
  },
  {
    id: "ca-free-003",
    setting: "medical evacuation",
    role: "flight nurse",
    text: `
This is a reflection on a medevac from a fly-in community in the north of Ontario, and about what we put on the paperwork.

We flew in at night for a woman in preterm labour, ⟦NAME|Jolene Koostachin⟧, at 31 weeks, from ⟦FACILITY_ROOM|the nursing station at Fort Albany⟧. The community nurse had given nifedipine and betamethasone. By the time we loaded her, contractions were every five minutes. She delivered in a hospital in the south two hours after landing.

What sticks with me is the transfer form. It had her band number and treaty status card number, ⟦ID|4820391705⟧, her home address, and a long note about her family situation, and it travelled in a clear plastic sleeve on the stretcher through three airports.

Lessons:
- Only the information needed for care should travel with the patient.
- Confidentiality is harder in tiny communities, where everybody knows who flew out.
- Preterm transfers are always a balance between time and risk.

My supervisor, Dave, agreed we should use a sealed envelope for the paperwork. I have suggested that to the regional base.
`,
  },
  {
    id: "nz-free-001",
    setting: "emergency department",
    role: "ED nurse",
    text: `
A reflection on whānau, and on what I got wrong at first.

⟦NAME|Mr Hemi Tautahi⟧ came into our ED in Rotorua with chest pain on the ⟦DATE|Matariki⟧ public holiday. NHI ⟦ID|${nhi("ZZZ017")}⟧. His troponin was raised and he was taken to the cath lab. Before he went, about fifteen members of his whānau arrived. I said only two could come in. There was a lot of tension.

Our kaumātua, Matua Rawiri, came down from the Māori health unit and explained to me that for this whānau, being there together is part of healing. We found a space in the whānau room for them. The cardiologist came and explained the angiogram to everyone at once, which was quicker than doing it five times.

What I learned:
- Whānau-centred care is not just a policy. It changes how people feel about the hospital.
- Rules about visitor numbers should be flexible for whānau, within safety limits.
- I need to learn more about Te Tiriti o Waitangi and what it means for health care.

I have signed up for a tikanga Māori workshop run by the DHB.
`,
  },
  {
    id: "nz-what-002",
    setting: "midwifery",
    role: "student midwife",
    text: `
**What?** My first water birth, with my preceptor LMC, Anna, in a primary birthing unit in Christchurch. A 28-year-old, second baby, spontaneous labour at 40+3. She laboured in the pool from 6 cm and the baby was born at 03:12 underwater, with an Apgar of 9 at one and five minutes.

**So what?** I learned about the hands-off approach, the water temperature (37 °C), and how to bring the baby to the surface gently. I also learned that you need to watch for the cord, which can snap if you lift the baby too quickly. Anna had me check it before lifting.

The thing I found hardest was doing nothing. In hospital we are trained to act. Here, the best thing was to be quiet and watchful.

**Now what?**
- Read the NZ College of Midwives position statement on water birth.
- Practise the emergency exit from the pool with the team.
- Reflect more on intervention and watchful waiting.

I feel very lucky to have had this experience.
`,
  },
  {
    id: "za-free-001",
    setting: "emergency department",
    role: "medical officer",
    text: `
Friday night in a trauma unit in Cape Town. I am writing this after a shift that I do not want to forget.

At 23:40 a 24-year-old man, ⟦NAME|Sipho Dlamini⟧, was brought in by ambulance with a stab wound to the left chest. BP 70/40, distended neck veins, muffled heart sounds. Beck's triad. Cardiac tamponade.

My registrar, Dr. Van der Merwe, did a resuscitative thoracotomy in ⟦FACILITY_ROOM|Resus Bay 1 at Groote Schuur⟧. I held the retractor. There was a 1 cm wound in the right ventricle. She closed it with a finger and then a suture. We took him to theatre.

His ID number, ⟦ID|${saId("870214075308")}⟧, came from his brother, who came in at 01:00. He survived, with no neurological damage.

What I learned:
- Beck's triad is not always there. He had it, but many do not. The FAST scan is faster.
- Resuscitative thoracotomy saves lives in penetrating injury, if done early.
- Trauma units in South Africa see this every weekend. The violence is a public health problem.

I also need to debrief. I have been quiet at home all week. My supervisor suggested talking to the unit's counsellor, and I have.
`,
  },
  {
    id: "za-gibbs-002",
    setting: "theatres",
    role: "theatre nurse",
    text: `
**Description.** During a caesarean section at our district hospital in KwaZulu-Natal, the swab count was one short at the end. We had 30 at the start and 29 at the end.

**Feelings.** Panic. The surgeon, Dr. Naidoo, wanted to close because the patient was bleeding slightly and he was tired.

**Evaluation.** I refused to sign the count. The anaesthetist, Dr. Mokoena, supported me. We searched the floor, the bins, the drapes. Nothing. The surgeon explored again and found the swab behind the uterus.

**Analysis.** The WHO Surgical Safety Checklist (2009) includes the count at sign-out for a reason. Retained swabs are never events. Speaking up against a senior is hard, but patients depend on it.

**Conclusion.** The count was right, and I was right to insist.

**Action plan.** Share this story at our theatre in-service. Suggest X-ray detectable swabs for all caesareans and an X-ray in theatre when the count is wrong. Thank the anaesthetist for supporting me.
`,
  },
  {
    id: "za-comment-003",
    setting: "emergency department",
    role: "trauma registrar",
    text: `
Thank you for writing this, and well done for looking after yourself. Please edit it before posting more widely: ⟦NAME|Sipho⟧'s full name, his ID number and the bay are all in there. Anyone from his community could find it. The clinical lessons are excellent — Beck's triad and the FAST scan point is worth keeping.
`,
  },
  {
    id: "ke-free-001",
    setting: "labour ward",
    role: "clinical officer intern",
    text: `
I want to reflect on an eclampsia case at night during my internship.

⟦NAME|Mercy Wanjiku⟧, 22, was brought to the labour ward at ⟦FACILITY_ROOM|Nakuru Level 5 Hospital⟧ after a seizure at home. BP 180/120. She was 36 weeks pregnant. Her mother-in-law, ⟦NAME|Mama Wairimu⟧, had travelled with her on a boda boda from ⟦LOCATION|Mau Narok⟧. Her NHIF number, ⟦ID|8824517⟧, was on the card in her handbag.

We gave magnesium sulphate (loading dose 4 g IV and 10 g IM) and labetalol. She seized again 30 minutes later; we gave a 2 g top-up. The obstetric registrar, Dr. Ouma, decided on an emergency C-section. The baby needed resuscitation but did well.

I learned:
- Eclampsia can happen even after magnesium.
- Boda bodas are the ambulances of rural Kenya.
- The mother-in-law is often the decision-maker; include her in discussions.
`,
  },
  {
    id: "ke-what-002",
    setting: "pharmacy",
    role: "pharmaceutical technologist",
    text: `
**What?** Stock-out of oxytocin at our sub-county hospital pharmacy for nine days. We used misoprostol for PPH prevention instead. The national supply chain (KEMSA) was delayed.

**So what?** Oxytocin needs a cold chain, and some stock had been stored incorrectly and had to be discarded. The WHO recommends heat-stable carbetocin as an alternative, but we do not have it. Misoprostol is a good substitute but has side effects like shivering and fever.

I felt frustrated. My supervisor, Mr. Kiprono, helped me report to the county pharmacist.

**Now what?**
- Monitor fridge temperatures twice a day and keep a log.
- Order earlier and keep a buffer stock.
- Advocate for carbetocin on the Kenya Essential Medicines List 2023.
`,
  },
  {
    id: "ke-free-003",
    setting: "theatres",
    role: "anaesthetic clinical officer",
    text: `
A reflection on spinal anaesthesia in a rural hospital in western Kenya, where I am often the only anaesthetic provider.

We do many caesarean sections under spinal. Last month I had three failed spinals in one week. I was worried about my technique. I asked my former tutor, Mr. Otieno, to watch me on his next visit. He noticed I was using an old batch of bupivacaine that had been stored in a hot store room. We changed the batch and the problem went away.

I learned:
- Check drug storage conditions, especially in hot climates.
- Ask for help when patterns of failure appear. Do not assume it is always you.
- Keep a log of every spinal: level, dose, success. Audit helps.

The Kenya Society of Anaesthesiologists has a mentorship programme. I have applied.
`,
  },
  {
    id: "gh-free-001",
    setting: "surgery",
    role: "surgical house officer",
    text: `
Reflection on a strangulated hernia and a long wait.

⟦NAME|Opanyin Kwame Asante⟧, a farmer and ⟦OTHER|the oldest cocoa buyer in Asankragwa⟧, came to the ⟦FACILITY_ROOM|Effia Nkwanta Regional Hospital⟧ with a painful groin swelling for three days. He had waited because he was afraid of surgery. His Ghana Card number, ⟦ID|GHA-719402583-6⟧, was needed for NHIS registration, which took an hour.

In theatre we found a gangrenous bowel loop and resected 30 cm. He needed ICU for two days.

What I learned:
- Hernias in rural Ghana are often left for years. Outreach surgery programmes could prevent emergencies.
- Fear of surgery is real. We need to talk about it in the community.
- The NHIS registration should not delay emergency care.

My consultant, Dr. Mensah, says most of our emergency hernias are preventable.
`,
  },
  {
    id: "gh-what-002",
    setting: "emergency department",
    role: "emergency nurse",
    text: `
**What?** A child with severe malaria and a Blantyre coma score of 2 came to our emergency unit in Kumasi. We gave IV artesunate 3 mg/kg, checked glucose (1.9 mmol/L) and treated hypoglycaemia with 10% dextrose 5 mL/kg.

**So what?** The hypoglycaemia was nearly missed because the glucometer strips were finished. A colleague, Abena, ran to the ward to borrow some. Hypoglycaemia is common in severe malaria and kills.

**Now what?**
- Check glucose on every child with reduced consciousness, immediately.
- Keep an emergency stock of strips.
- Teach juniors the WHO severe malaria guidelines (2015) and the Blantyre score.
`,
  },
  {
    id: "sg-free-001",
    setting: "emergency department",
    role: "ED resident",
    text: `
Reflection on a heat stroke case during the National Day Parade rehearsals.

A 20-year-old full-time national serviceman, ⟦NAME|Pte Darren Lim Wei Jie⟧, NRIC ⟦ID|${nric("S8734120")}⟧, collapsed during a rehearsal on ⟦DATE|9 July⟧. He was brought into ⟦FACILITY_ROOM|Resus 2 at Tan Tock Seng Hospital⟧ with a core temperature of 41.8 °C and a GCS of 8. We did cold water immersion in a body bag with ice, aiming to bring the temperature down to 38.5 °C within 30 minutes.

He recovered fully after three days in ICU, with a peak CK of 48,000 and mild AKI.

What I learned:
- Cool first, transport second. The SAF has a protocol for this, and their medics started cooling on the parade ground.
- Exertional heat stroke is a time-critical emergency, like STEMI.
- Rhabdomyolysis and AKI need close monitoring.

My consultant, Dr. Tan, led the resuscitation calmly.
`,
  },
  {
    id: "sg-what-002",
    setting: "dental surgery",
    role: "dental officer",
    text: `
**What?** A 45-year-old patient on warfarin (INR 2.8) needed a lower molar extraction. I consulted the Scottish Dental Clinical Effectiveness Programme (SDCEP) guidance, which says extractions can proceed with an INR below 4, with local haemostatic measures. We used oxidised cellulose and sutures, and tranexamic acid mouthwash.

**So what?** I was nervous. In the past, I would have asked the patient to stop warfarin, which increases stroke risk. The guidance changed my practice.

**Now what?**
- Check the INR within 24 hours before the extraction.
- Always use local haemostasis.
- Teach the dental students about the SDCEP guidance.

My supervisor, Dr. Koh, reviewed my plan and supported it. The patient had no bleeding.
`,
  },
];
