/**
 * Unseen corpus: Philippines, Malaysia, Singapore, United Arab Emirates. Every patient, relative,
 * number, address, plate and handle is invented; clinicians' names are invented too (hard negatives).
 */
import { emiratesId, nric } from "../../corpus-fresh/gen.ts";
import { fin } from "../gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const SE_ASIA_GULF: SourceItem[] = [
  // ---------------------------------------------------------------- Philippines
  {
    id: "ph-free-001",
    setting: "internal medicine",
    role: "clerk",
    text: `
Clerkship reflection, Department of Medicine.

My first patient as a clerk was ⟦NAME|Lola Remedios⟧, ⟦AGE|94⟧ years old, admitted to ⟦FACILITY_ROOM|Ward 3, Bed 14, PGH⟧ with community-acquired pneumonia. She was very sharp – she corrected my Tagalog twice and asked if I had eaten. Her PhilHealth number, ⟦ID|12-025543217-8⟧, was written on a piece of cardboard tied to her bag, together with her home address, ⟦ADDRESS|Blk 12 Lot 7, Phase 2, Brgy. Bagong Silang, Caloocan City⟧, in her granddaughter's handwriting.

What went well: I did a complete history with her and presented her on rounds. Dr Santos praised my CURB-65 calculation (3) and my plan for ceftriaxone and azithromycin.

What I struggled with: the family asked me every hour about the bill, and I did not know anything about the Malasakit Center or the no-balance-billing policy. I just said "ask the resident", which I now feel was passing the problem.

What I will do: learn the basic PhilHealth benefits and where the social service office is, so I can give families a direct answer. Also: slow down when I talk to lolos and lolas. She said I talk like a jeepney driver. 😅
`,
  },
  {
    id: "ph-what-002",
    setting: "paediatrics",
    role: "resident",
    text: `
**What?** Dengue season in Cebu. Our pediatric ward had children in the hallways and two to a bed. I managed a 9-year-old in the critical phase: hematocrit rising from 38 to 49%, platelets 28,000, narrow pulse pressure, cold hands.

**So what?** I followed the DOH 2012 dengue guidelines and the WHO 2009 classification – fluid boluses with PNSS at 10 mL/kg, reassessing every hour, avoiding over-hydration in the recovery phase. The biggest lesson was that the platelet count is not what kills; plasma leakage is. Parents kept asking for a platelet transfusion because a neighbour's child "received platelets and survived". Explaining the difference took patience and a drawing on the back of a request form.

Also: the tourniquet test is still useful for triage when the lab is overwhelmed, but it is not a diagnosis.

**Now what?**
- Teach the interns the warning signs list: abdominal pain, persistent vomiting, mucosal bleeding, lethargy, liver enlargement.
- Make a one-page Bisaya handout on "when to return".
- Review the 2023 updates on dengue vaccine (Qdenga) and the Dengvaxia history so I can answer parents honestly.
`,
  },
  {
    id: "ph-comment-003",
    setting: "obstetrics",
    role: "intern",
    text: `
Uy doc, ang ganda ng reflection mo pero paki-edit po agad. You wrote that ate ⟦NAME|Marites⟧ delivered in the jeep on the way to the lying-in, and you put her cellphone ⟦PHONE|0917 555 2841⟧ kasi sabi mo she asked you to text her the birth certificate requirements. Tapos you also said she is ⟦OTHER|the only lady barangay tanod of Sitio Bulak⟧, so everyone from our municipality will know it's her. Keep the part about active management of third stage and the oxytocin 10 units IM, that's super helpful for us interns. Salamat!
`,
  },
  {
    id: "ph-gibbs-004",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
Gibbs Reflective Cycle – my first code blue as the primary ICU nurse.

Description: At 0230 my patient, a man in his fifties with septic shock on norepinephrine 0.3 mcg/kg/min, went into pulseless electrical activity. I called the code, started compressions, and Ma'am Joy, my clinical instructor, took the airway until the anesthesia resident arrived.

Feelings: Tunnel vision. I could hear my own heartbeat. Afterwards I couldn't remember what time we started epinephrine.

Evaluation: Compressions were good quality – the CPR feedback device showed 5–6 cm depth and rate 110. ROSC after 8 minutes and two doses of epinephrine 1 mg. Documentation was poor; the recorder role was not assigned.

Analysis: The AHA 2020 guidelines highlight team roles and closed-loop communication. We did closed-loop for drugs but not for timing. H's and T's were discussed only after ROSC. I learned that in a real code someone must own the clock.

Conclusion: I can do the hands. Now I need to learn to lead.

Action plan: Ask to be the recorder in the next three mock codes, then the leader. Practise H's and T's out loud. Bring a small code sheet clipped to the crash cart – Dr Villanueva approved it this morning.
`,
  },
  {
    id: "ph-free-005",
    setting: "disaster response",
    role: "municipal health officer",
    text: `
Rural health unit after the typhoon – notes I need to put somewhere.

Day 3. The bridge is down so we crossed by banca. In ⟦LOCATION|Sitio Malipayon, Brgy. Cagbalete⟧ there are 40 houses and 38 are roofless. The patient everyone told us to see first was ⟦NAME|Mang Berto⟧, who stepped on a nail while rebuilding on ⟦DATE|Nov. 8⟧ and now has lockjaw and spasms. He is ⟦OTHER|the only tuba gatherer left on the island who still climbs without a harness⟧, so his neighbours were afraid he would fall during a spasm.

Tetanus. Clinical diagnosis. We gave human tetanus immunoglobulin (we had one vial), metronidazole, diazepam, wound debridement, and arranged transfer by coast guard boat. His wife ⟦NAME|Aling Nena⟧ came with him.

Reflection: I spent two years giving "Td" in school campaigns and honestly felt it was routine. It is not routine. It is the difference between a man climbing coconut trees and a man in an ICU bed in Legazpi.

Action items:
- Td catch-up for every adult we see in the evacuation centres.
- Request more HTIG from the provincial health office.
- Wound care kits with the BHWs.
`,
  },
  {
    id: "ph-what-006",
    setting: "TB clinic",
    role: "medical student",
    text: `
WHAT?
Community rotation at a TB-DOTS center in Tondo, Manila. Every morning, patients line up to take their HRZE in front of the nurse. I met a tricycle driver who has not missed a single day in four months, and a teenager who missed eleven.

SO WHAT?
I was quick to judge the teenager until the nurse, Ma'am Cora, explained that he is also the one caring for his younger siblings while their mother works abroad. She said, "Adherence is a family problem, not a personal one." She now gives him a week of tablets on Saturdays through a "treatment partner" – his aunt.

I also learned about the national TB prevalence survey (2016), which found the Philippines had one of the highest TB burdens in Asia, and that most TB cases are never diagnosed. Sputum smear alone misses many. The GeneXpert machine at the health center is shared with three barangays.

NOW WHAT?
- Review the NTP Manual of Procedures (6th edition).
- Ask patients about who they care for, not just about side effects.
- Practice explaining the difference between "latent" and "active" TB in Filipino.
- Never write "non-compliant" again. Write what happened.
`,
  },
  // ---------------------------------------------------------------- Malaysia
  {
    id: "my-what-001",
    setting: "surgery",
    role: "house officer",
    text: `
## What?
Night oncall for general surgery. ⟦NAME|Puan Siti Khadijah binti Omar⟧, 69, was admitted to ⟦FACILITY_ROOM|Wad 6B, katil 12, HKL⟧ with acute cholecystitis and a Murphy's sign so positive she nearly pushed my hand away. Her MyKad was ⟦ID|560312-10-5548⟧ and her daughter gave their house address, ⟦ADDRESS|No. 12, Jalan Mawar 3, Taman Sri Indah, 43000 Kajang, Selangor⟧, for the ambulance claim form.

## So what?
I was focused on the gallbladder and missed that her blood sugar was 22 mmol/L – she had never been diagnosed with diabetes. Mr Lee, our surgeon, asked on the morning round why she was on a normal diet. I had no answer. She became an endocrine consult, IV insulin sliding scale, and her surgery was delayed by two days.

I also realised I did not ask whether she was fasting for anything. It was Ramadan and she had been fasting until the pain got too bad.

## Now what?
- Read every result, not only the ones related to my diagnosis.
- Ask about fasting routinely, especially in Ramadan, and adjust medicines.
- Practise Tokyo Guidelines 2018 grading for cholecystitis so my referral is clear.
`,
  },
  {
    id: "my-free-002",
    setting: "housemanship",
    role: "house officer",
    text: `
Month 4 of housemanship in Penang. Something I've been thinking about.

I cried in the staff toilet on Tuesday. Not because of a death or a mistake – because Dr Lim asked me in front of the whole ward round why I hadn't chased a TSH result, and I'd been chasing it for two days. The lab had lost the sample twice.

Things I've learned about surviving HO:
- Keep a "to chase" list in my pocket notebook with times I called.
- Eat something before 2pm. I fainted once in the first month.
- When a medical officer shouts, it's usually about their own stress. Not always, but usually.
- Say "I don't know, I'll find out" instead of guessing. Guessing got me into worse trouble.

Clinically I've learned more endocrine this month than in all of med school at UM: Cushing's vs pseudo-Cushing's, carbimazole dosing, Addisonian crisis (hydrocortisone 100 mg IV stat!).

There's a peer support group for HOs run by our hospital's psychology unit on Thursday nights. I went for the first time last week. Nobody said anything magic, but it helped to hear that everyone else feels the same.
`,
  },
  {
    id: "my-comment-003",
    setting: "medical education",
    role: "lecturer",
    text: `
Thank you for writing this honestly. As a lecturer I want to add one thing for the students reading: the fear of asking a "stupid question" on rounds is a patient safety problem, not just a personal one. Studies on speaking-up behaviour (Okuyama et al., 2014) show that hierarchy stops juniors from raising concerns. In our faculty in Kuala Lumpur we now run a "no stupid questions" slot at the start of each bedside teaching. If any of you have ideas about how to make this better, message me through the faculty portal. Take care of yourselves – Dr Nor Azlina, Department of Medical Education.
`,
  },
  {
    id: "my-gibbs-004",
    setting: "rural primary care",
    role: "medical officer",
    text: `
**Description**
Klinik Kesihatan outreach by 4WD in Kudat division. We visited ⟦NAME|Aki Gimbang⟧ at ⟦LOCATION|Kampung Tinangol⟧, who is ⟦AGE|ninety-two⟧ according to his IC and "older than the British" according to him. He had a leg ulcer for three months treated with leaves. Clinic registration RN ⟦ID|2024/33817⟧.

**Feelings**
Respect. He played the sompoton for us before he let me look at the leg.

**Evaluation**
The ulcer was venous with a secondary infection. We cleaned it, started cloxacillin, applied compression that he can tolerate, and taught his granddaughter how to change the dressing. I was pleased with the teaching. I was less pleased that I forgot to check his ABPI before compression – Dr Jaimin reminded me.

**Analysis**
In remote Sabah, the family member is the district nurse. Training them well is more important than the perfect dressing. The traditional leaves were not the enemy; I asked and the family will use them for the smell, not on the wound.

**Conclusion**
Respect the old ways, check the ABPI.

**Action plan**
Bring a handheld Doppler on every outreach and make a dressing kit for families with picture instructions in Malay and Kadazandusun.
`,
  },
  {
    id: "my-free-005",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
Hospice home care, Klang Valley. A short reflection.

⟦NAME|Uncle Ah Seng⟧ died on ⟦DATE|05.03.2025⟧ at home, which is what he wanted. He had lung cancer with brain metastases. His daughter ⟦NAME|Mei Ling⟧ cared for him for four months while working night shifts at a factory. She emailed us almost every night from ⟦EMAIL|meiling.tan.klang@gmail.com⟧ with questions about his breathing, his sleep, whether to give the extra dose.

Things we did well:
- Early conversation about where he wanted to die.
- Subcutaneous midazolam and morphine set up at home with a syringe driver; ⟦NAME|Mei Ling⟧ learned to check it.
- Regular visits from our team and the volunteer, Puan Latifah, who brought kuih and sat with him.

Things I would do differently:
- We should have talked to her employer earlier about leave.
- I should have asked about religious wishes earlier. ⟦NAME|Ah Seng⟧'s family is Taoist and there were specific things about the body and the timing that we only learned at the end.

Her last email said "thank you for letting Pa be at home". I printed it and put it in my drawer.
`,
  },
  {
    id: "my-what-006",
    setting: "emergency department",
    role: "medical officer",
    text: `
What?
Balik kampung season in the emergency department in Kuala Lumpur. Over the Hari Raya week we saw more motorcycle crashes than in the previous month combined. One night: six red-zone cases in two hours, including a young rider with GCS 6 and a fixed dilated left pupil.

So what?
Our triage system (MOH Malaysian Triage Category, 2011) held up well, but the bottleneck was CT and neurosurgery. We intubated, gave mannitol 1 g/kg and hyperventilated briefly while waiting – all done by the book. What I keep thinking about is how young they all were, most without proper helmets.

I also learned from Dr Kumar, our emergency physician, how to run a resus bay calmly: say your plan out loud, assign roles by name, call out vital signs every five minutes.

Now what?
- Volunteer for the JKJR road safety outreach at schools in Selangor.
- Practise RSI drug doses so I don't have to look them up: ketamine 1–2 mg/kg, rocuronium 1.2 mg/kg.
- Debrief after every red-zone case, even for five minutes.
`,
  },
  // ---------------------------------------------------------------- Singapore
  {
    id: "sg-free-001",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Reflection – discharge planning on a general medicine ward.

⟦NAME|Mdm Tan Ah Moi⟧, ⟦AGE|92⟧, lives alone in a one-room rental flat at ⟦ADDRESS|Blk 418 Ang Mo Kio Ave 10, #07-1123, Singapore 560418⟧. She was admitted to ⟦FACILITY_ROOM|Ward 9A, bed 21, TTSH⟧ after a fall, with a fractured pubic ramus. Her NRIC ⟦ID|${nric("S0741228")}⟧ was needed for the MediFund application, and I had to read it to the medical social worker over the phone.

She insisted on going home. Her son lives in Johor and visits once a month. The physiotherapists said she could mobilise with a walking frame but not manage the step into the toilet.

I wanted to send her to a nursing home. Dr Ong challenged me: "Whose risk is this? Hers or ours?" We did a capacity assessment together. She understood, retained, weighed and communicated: she would rather fall at home than live in a home.

We arranged a toilet rail via the Enhancement for Active Seniors (EASE) programme, daily meals from a Silver Generation ambassador scheme, and a personal alert button. I phoned her a week after discharge and she was annoyed I was "checking on her like a child".

Lesson: respecting autonomy means accepting some risk, and making that risk as small as we can.
`,
  },
  {
    id: "sg-what-002",
    setting: "primary care",
    role: "family medicine resident",
    text: `
What?
A week at a polyclinic in the east. Forty patients a day with diabetes, hypertension and hyperlipidaemia. Each consult had an average of eight minutes. Many HbA1c values were above 9%.

So what?
I realised how little of diabetes care happens in the consultation room. The care coordinators and nurses do foot screening, retinal photography and diet counselling. Dr Goh, my supervisor, told me to spend my eight minutes on one thing only: the biggest barrier for that person. For one man it was night shifts and eating at 3am; for another it was the price of empagliflozin.

The Healthier SG programme (2023) is trying to move care to family doctors in the community. I have mixed feelings; continuity is good, but many elderly patients trust the polyclinic and are confused by the changes.

I also relearned the ADA 2024 targets and the MOH clinical practice guidelines on diabetes (2014), which I had forgotten since my exams.

Now what?
- One barrier, one plan, per visit.
- Learn the subsidy schemes (CHAS, MediSave for chronic disease) so I can talk about cost honestly.
- Ask more about shift work and food timing.
`,
  },
  {
    id: "sg-comment-003",
    setting: "telemedicine",
    role: "medical officer",
    text: `
Eh bro, good reflection but your screenshot very dangerous leh. The video consult log shows ⟦NAME|Mr Rajendran⟧'s NRIC ⟦ID|${nric("T0318842")}⟧ and the patient-side IP ⟦IP|203.0.113.41⟧ at the top, plus the time of the call. Anyone can zoom in one. Please crop or just take down the image and describe it in words. The part about how he was wheezing but refused to come to A&E because of work – that one is the real learning point, keep that. Also maybe add the GINA 2024 step-up advice for others. Take care ah.
`,
  },
  {
    id: "sg-gibbs-004",
    setting: "hospital at home",
    role: "advanced practice nurse",
    text: `
Description: I was part of a Mobile Inpatient Care @ Home team looking after a woman in her seventies with cellulitis on IV cefazolin at home. On day three her daughter called at 10pm: her mother was confused and had a temperature of 38.9°C.

Feelings: Anxious. At the hospital there is always a doctor down the corridor. At home, it is me and a bag.

Evaluation: I went within an hour, did a full set of vitals, a NEWS2 score of 7, a point-of-care lactate of 3.1 mmol/L. I escalated to the on-call physician, Dr Chua, by video, and we agreed to bring her back to the hospital. The system worked. But the escalation protocol did not say clearly who calls the ambulance, and we lost fifteen minutes deciding.

Analysis: Hospital-at-home is safe when protocols are clear. Our protocol was written for daytime. Night-time escalation is different – fewer people, longer travel.

Conclusion: Home care needs the same clarity as a resus room.

Action plan: I have suggested a night escalation flowchart to our programme lead and volunteered to run a simulation with the team next month.
`,
  },
  {
    id: "sg-free-005",
    setting: "occupational health",
    role: "medical student",
    text: `
Elective with a migrant worker health NGO. I want to write about one man because he changed how I see Singapore.

⟦NAME|Mohammad Rubel⟧, 31, a construction worker from Bangladesh, came to the mobile clinic at ⟦LOCATION|Block 3 of the Tuas South dormitory⟧ with a hand crush injury from two weeks ago. He had been afraid to report it in case his work permit was cancelled. His FIN was ⟦ID|${fin("G5820417")}⟧; the volunteer lawyer needed it for the work injury claim, and his roommate's phone, ⟦PHONE|+65 8555 1820⟧, was the only way to contact him after work.

The fracture had started to heal in a bad position. Dr Wong referred him to a hand surgeon and explained his rights under the Work Injury Compensation Act.

Reflection:
- I had thought of Singapore's healthcare as excellent, which it is – for those who feel safe using it.
- Fear of losing your job is a clinical risk factor.
- Language matters: he relaxed only when a Bengali-speaking volunteer joined us.

I want to keep volunteering during my clinical years, and I want to learn the basics of the Employment of Foreign Manpower Act so I can point people in the right direction.
`,
  },
  {
    id: "sg-what-006",
    setting: "palliative care",
    role: "medical student",
    text: `
## What?
I sat in on an Advance Care Planning conversation run by a trained facilitator in a community hospital. The patient was a retired taxi driver in his eighties with heart failure (NYHA III, ejection fraction 25%). They used the Living Matters framework.

## So what?
I was surprised by how practical it was. The facilitator, Ms. Koh, asked things like "What does a good day look like for you?" and "If you could not speak for yourself, who would you want to speak for you?" He named his wife, then laughed and said, "No, she'll cry. My eldest son." They talked about CPR and intubation in plain language, and he decided he did not want to be intubated.

I also learned the difference between ACP, a Lasting Power of Attorney (under the Mental Capacity Act 2008), and an Advance Medical Directive. I had mixed them up in my notes.

## Now what?
- Practise asking "what matters to you" early in conversations, not only at the end of life.
- Read the 2023 ESC heart failure guideline update on palliative care.
- Attend the ACP facilitator course when I become a doctor.
`,
  },
  // ---------------------------------------------------------------- UAE
  {
    id: "ae-what-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
**What?** A Friday night in the ED at ⟦FACILITY_ROOM|Rashid Hospital⟧. ⟦NAME|Mr Rajesh Pillai⟧, 46, an accountant, came with sudden severe headache "like a hammer" while at the gym. CT showed subarachnoid haemorrhage. His Emirates ID, ⟦ID|${emiratesId("784-1979-5530218")}⟧, was on the triage sheet, and I had to phone his wife on ⟦PHONE|+971 50 555 3812⟧ because he had come alone. She gave me their address in case the police needed it for his car, ⟦ADDRESS|Villa 27, Street 14b, Al Barsha 2, Dubai⟧.

**So what?** I nearly sent him to the waiting area as "migraine". It was the triage nurse who insisted on a fast-track because of the thunderclap onset. The Ottawa SAH rule is something I "knew" from the 2013 JAMA paper, but I did not apply it until prompted.

**Now what?**
- Use the Ottawa SAH rule explicitly for every acute headache, and write it in the notes.
- Thank the triage nurse, which I did the next day.
- Learn nimodipine dosing (60 mg every 4 hours) and blood pressure targets for SAH before my next neuro case.
- Never assume a healthy gym-goer is "just stressed".
`,
  },
  {
    id: "ae-free-002",
    setting: "occupational health",
    role: "emergency physician",
    text: `
Heat stroke reflection – June, a construction-site clinic outside Abu Dhabi.

A worker in his thirties collapsed at 1:40pm, just before the midday break rule started. Core temperature 41.8°C, GCS 9, hot dry skin. We did cold-water immersion in a tarp with ice – the "taco" method – and within twenty minutes his temperature was 38.9°C and he was talking.

What I learned:
- Cool first, transport second. Every minute above 40.5°C matters.
- Rectal temperature is the only reliable measure; tympanic readings were 2°C lower.
- The site supervisors were trained in the summer midday break rules (since 2005), but nobody had taught them how to recognise early heat exhaustion.

I keep thinking about how avoidable it was. He had already vomited once in the morning and kept working because he was afraid of losing a day's pay.

Plan: a 20-minute teaching session for supervisors at our sites, a cold-water immersion kit at every site clinic, and a simple pictorial card in Hindi, Urdu, Bengali and Malayalam showing early signs of heat illness.
`,
  },
  {
    id: "ae-gibbs-003",
    setting: "neonatal intensive care",
    role: "neonatal nurse",
    text: `
Description: Our 27-week preterm, registered as ⟦NAME|Baby of Fatima Al Mazrouei⟧, was born on ⟦DATE|Sunday, 9 February 2025⟧ and nursed in ⟦FACILITY_ROOM|cot 14 of the NICU at Corniche Hospital⟧. On day five she developed abdominal distension and bloody stools – suspected necrotising enterocolitis.

Feelings: Heartbroken for the mother, who had expressed breast milk every three hours since birth.

Evaluation: We stopped feeds, started IV antibiotics and TPN, and the surgeons reviewed twice daily. X-ray showed pneumatosis but no free air. The baby recovered without surgery. The communication was harder: the father wanted updates only through him, and the mother wanted to be told directly. We had to be careful and respectful.

Analysis: In our culture the father is often the main contact, but the mother is the parent at the cot every day. The unit policy (2021) says both parents have equal right to information. I had not read it until this case.

Conclusion: Clinical care was good; family communication needed a plan from day one.

Action plan: I now ask both parents on admission how they want to receive updates and document it. I will present Bell's staging for NEC at our next teaching session.
`,
  },
  {
    id: "ae-comment-004",
    setting: "medical education",
    role: "medical student",
    text: `
Really liked this! As a student in Sharjah I had a similar moment during my internal medicine block when Dr Al Hammadi asked me to present a patient in under two minutes. My tip: use the SBAR format even for students, because it forces you to say what you actually want (recommendation). Also, for anyone prepping for the OSCE, practise the Glasgow Coma Scale scoring with real scenarios – E3V4M6 style – because everyone mixes up "localises" and "withdraws". Thanks for sharing, it's nice to know we're all a bit lost in the beginning 😅
`,
  },
  {
    id: "ae-what-005",
    setting: "faculty development",
    role: "faculty",
    text: `
## What?
For the past three years I have led the simulation programme for residents in a large teaching hospital in Abu Dhabi. Our residents come from more than twenty countries; our nurses from at least thirty. This year I noticed that in every simulated deterioration scenario, the most junior nurse saw the problem first and was the last to say it. In one debrief, a nurse from the Philippines said she had "seen the saturation drop to 84%" but "did not want to disturb the doctor".

## So what?
This is not a new finding. The literature on hierarchy and speaking up is large – from the aviation crew resource management work of the 1980s to the Francis report (2013) in the UK. What I had not appreciated is how cultural expectations multiply hierarchy in a workforce like ours. A resident trained in a very hierarchical system may not even notice that he has silenced someone; a nurse trained in a system where questioning a doctor is rude may not know she is allowed to.

I also had to look at myself. In two debriefs I realised that I praised the resident's leadership and forgot to praise the nurse who spotted the problem.

## Now what?
1. We now start every simulation with a "permission statement": anyone may say "I am concerned", and the team leader must stop and respond.
2. The debrief includes a specific question: "Who noticed first, and when did they say it?"
3. We are teaching the CUS tool (Concerned, Uncomfortable, Safety issue) from TeamSTEPPS to all new staff.
4. I will audit the next 20 simulation debriefs to see whether nurses speak more, using a simple count of contributions.
5. I have asked two senior nurses to co-facilitate debriefs with me, so the faculty itself is not only doctors.

I share this not because we have solved it but because I suspect many of us in multinational teams recognise it.
`,
  },
  {
    id: "ae-free-006",
    setting: "telemedicine",
    role: "general practitioner",
    text: `
Teleconsultation reflection – a patient I keep thinking about.

⟦NAME|Bikash Tamang⟧, a Nepali driver in his forties, consulted our app from his accommodation in Dubai with chest tightness and breathlessness. The app log showed his connection from ⟦IP|198.51.100.77⟧, the same as his previous three visits, which is how the system matched his record. He said he could not come in because his company car, plate ⟦OTHER|Dubai K 48213⟧, was needed by another driver and he would lose his shift.

I told him clearly to go to the ED. He went the next day, not that night. It was an NSTEMI; troponin was already raised. He had a stent placed and is recovering. His wife in ⟦LOCATION|Bhorletar village, Lamjung⟧ phoned the clinic to thank us, through an interpreter.

Learning:
- Telemedicine tells you what the patient says. Barriers like shifts and transport need to be asked directly.
- When I say "go to the ED", I should also say *how*: call 998, ambulance is free for emergencies.
- I should document the advice and the patient's reply verbatim. I did, luckily.

I am proposing a "barrier question" to our app script: "Is there anything that would stop you from going now?"
`,
  },
];
