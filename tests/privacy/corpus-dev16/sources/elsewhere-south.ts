import type { SourceItem } from "../../corpus/types.ts";
import { cpf } from "../gen.ts";

/** The Philippines, Sri Lanka, Brazil, Germany, Egypt, Nepal: 14 items. */
export const ELSEWHERE_SOUTH: readonly SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "emergency department",
    role: "ER nurse",
    text: `
A reflection on the night the storm came in, written for our unit's disaster preparedness review.

We were a skeleton team when the first patients from the coastal barangays arrived. One of them was ⟦NAME|Lola Remedios Abuyen⟧, ⟦AGE|aged 95⟧, carried in on a door by her grandsons from ⟦LOCATION|Purok 3, Barangay San Roque, Palo⟧ after the water came into her house up to the roof. She was hypothermic (34.6 °C), confused, with a laceration on her shin full of mud.

Her PhilHealth number, ⟦ID|13-025418736-2⟧, was written on a card pinned inside her duster, which her granddaughter said the family did before every typhoon "so she will not be lost". I had never seen that before, and it made registration take two minutes instead of twenty.

Clinically: warm blankets, warm IV fluids, tetanus toxoid, wound washout and amoxicillin-clavulanate. Our ER doctor, Dr. Villanueva, worried about leptospirosis and started doxycycline prophylaxis for the whole family.

Learning for me:
- Older people in evacuation centres need a named nurse, not just a queue number.
- Families have their own systems for disaster. Ask about them and use them.
- Our generator failed after four hours. That is not a nursing problem, but it became one.
`,
  },
  {
    id: "ph-what-002",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
**What?** Dengue season in Metro Manila. A 16-year-old came to the ER on day 5 of fever, with abdominal pain, vomiting and a rising haematocrit (from 0.42 to 0.51) and platelets of 38,000. Warning signs, by the WHO 2009 classification. I gave a 10 mL/kg bolus of crystalloid and then forgot to reassess for 90 minutes because the ER was full.

**So what?** When I came back she had pulmonary crackles and her saturation was 92%. I had over-corrected. Dengue fluid management is a narrow path between shock and fluid overload, especially in the critical phase after defervescence. My senior, Dr. Ramos, helped me slow the fluids and we added furosemide carefully once the haematocrit settled.

**Now what?**
- Reassess hourly during the critical phase, with a written fluid chart.
- Teach the interns that platelet count alone does not decide management; the haematocrit and the clinical signs do.
- Review the Philippine Pediatric Society dengue guidelines and the 2012 WHO handbook.
`,
  },
  {
    id: "ph-comment-003",
    setting: "emergency department",
    role: "ER charge nurse",
    text: `
Thank you for being honest about the 90 minutes. It happens to all of us in a full ER, and it is exactly why we need a fluid chart at the bedside, not in the computer. Let's pilot the paper hourly chart on the dengue bay next month and you can present the results at the Friday huddle.
`,
  },
  {
    id: "ph-free-004",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
About a Facebook Live I was not expecting.

⟦NAME|Mang Ernesto Dizon⟧, 67, was in ⟦FACILITY_ROOM|ICU bed 3 of the Cebu Doctors' University Hospital⟧ on a ventilator after a stroke. On the third evening, his son came for visiting hour, took out his phone, and started a live stream to the family group from the bedside. The link was shared widely: ⟦URL|https://www.facebook.com/ernesto.dizon.family/videos/1187342290561834⟧. In the background you could see the monitor, the other patient in the next bed, and me.

I asked him gently to stop. He was upset. He said his siblings in Dubai and in California could not come home and this was the only way they could see their father. I understood that.

Our nurse manager, Ma'am Joy, found a solution: a scheduled video call on the unit tablet, pointed only at his father, once a day. The son agreed and took the video down.

What I learned:
- OFW families are part of our patients' lives. We need to plan for them.
- Other patients' privacy matters too; the man in the next bed never agreed to be on Facebook.
- Say no kindly and offer an alternative. The alternative is what changed his mind.
`,
  },
  {
    id: "lk-free-001",
    setting: "intensive care",
    role: "ICU registrar",
    text: `
A reflection on pesticide self-poisoning, which remains one of the commonest reasons for young people to be admitted to our ICU in the Central Province.

This month we looked after three patients with organophosphate poisoning and one with paraquat. The organophosphate cases needed very high doses of atropine (one needed over 60 mg in the first day) and two needed intubation for intermediate syndrome. The paraquat patient, a 23-year-old, died on day 9 of respiratory failure; there is still no effective antidote.

What I keep thinking about is how much Sri Lanka has already achieved. After the bans on the most toxic pesticides (including paraquat in 2008), suicide rates dropped dramatically. Professor Michael Eddleston and the South Asian Clinical Toxicology Research Collaboration have written about this for years.

Clinical learning points:
- Titrate atropine to a dry chest, HR above 80 and systolic BP above 80, not to pupil size.
- Pralidoxime has uncertain benefit; our consultant, Dr. Wijesinghe, uses it selectively.
- Watch for intermediate syndrome on days 2–4: neck flexion weakness is the early sign.

Personal learning: I need to get better at the conversation with families after a suicide attempt. The psychiatry liaison nurse, Ms. Perera, taught me more in one afternoon than I learned in medical school.
`,
  },
  {
    id: "lk-what-002",
    setting: "community midwifery",
    role: "public health midwife",
    text: `
**What?** During a home visit in my area in the hill country, I found ⟦NAME|Kumari Selvaraj⟧, 24, at 30 weeks, with a headache, swollen face and a BP of 160/105. She lives in the ⟦LOCATION|line rooms of the Dunsinane Estate near Pundaluoya⟧ and works as a tea plucker. Her husband's mobile is ⟦PHONE|077 555 3829⟧. I gave her the referral letter and arranged the estate vehicle to take her to the base hospital.

**So what?** She did not want to go, because she would lose a day's wages. The estate medical assistant helped me convince her. At hospital she was diagnosed with pre-eclampsia and started on nifedipine. She was admitted until delivery.

I learned that my job is not only to measure blood pressure. It is also to understand why women do not go, and to solve that problem with them.

**Now what?** I will speak to the estate management about paid leave for antenatal visits and keep a list of estate vehicles and drivers for emergencies. My supervising MOH, Dr. Rajapaksa, has supported this.
`,
  },
  {
    id: "br-free-001",
    setting: "prehospital",
    role: "SAMU nurse",
    text: `
I work on an advanced life support unit of SAMU 192 in São Paulo. This reflection is about an elderly woman and a lot of paperwork.

⟦NAME|Dona Aparecida Souza⟧ (everyone in the building calls her ⟦NAME|Dona Cida⟧) fell at home and could not get up. Her neighbour called 192. We found her on the kitchen floor of her flat at ⟦ADDRESS|Rua Tenente Gomes Ribeiro, 182, apto 41, Vila Clementino, CEP 04038-040⟧, with a probable fractured neck of femur. She was alert, proud, and embarrassed.

We splinted, gave analgesia (morphine 2 mg IV titrated) and took her to the reference hospital. The registration asked for her CPF, ⟦ID|${cpf("418726935")}⟧, and her SUS card, which her neighbour found in a drawer.

Lessons:
- Elderly people living alone in apartments are a big part of our workload. Many fall at night and lie for hours.
- Neighbours and porters are key; they hold keys and documents.
- I need to improve my Portuguese explanation of what will happen at the hospital, in simple words, for frightened patients.

My coordinator, Enfermeira Luciana, says our team is good at the clinical part and not so good at the human part. I agree, and I want to work on it.
`,
  },
  {
    id: "br-what-002",
    setting: "theatres",
    role: "anaesthesia resident",
    text: `
**What?** In a public hospital in Recife, our team adopted the WHO Surgical Safety Checklist three years ago. Last week, during the time-out before a laparoscopic cholecystectomy, the circulating nurse asked about antibiotic prophylaxis. Nobody had given it. We gave cefazolin 2 g before incision.

**So what?** It sounds small, but surgical site infection is one of the most common complications in Brazil. The checklist worked because the nurse felt able to speak. In many theatres, the surgeon controls the room and the nurse does not ask.

My preceptor, Dra. Fernanda Lima, told me that the checklist is 10% paper and 90% culture. The Haynes study published in the New England Journal of Medicine in 2009 showed a big reduction in complications and deaths, but only where teams took it seriously.

**Now what?**
- Lead the time-out myself when I am the anaesthetist, and make sure everybody speaks.
- Thank the nurse publicly, which I did.
- Collect data on prophylaxis timing for a small audit in our service.
`,
  },
  {
    id: "de-free-001",
    setting: "prehospital",
    role: "trainee Notfallsanitäter",
    text: `
Reflection from my second year of paramedic training in Hamburg, about a stroke call and time.

A 71-year-old woman, found by her husband with a facial droop and slurred speech. Last seen well 45 minutes earlier. I did the BE-FAST check, measured glucose (6.2 mmol/L) and we pre-alerted the stroke unit. Door-to-needle at the hospital was 28 minutes, which is excellent.

What I learned:
- The "last known well" time is the most important single piece of information. I asked it three ways to be sure.
- Do not waste time on scene. We were on scene for 14 minutes. My instructor, Herr Schneider, said 10 should be the goal.
- Large vessel occlusion scales (such as the RACE scale) help decide between the nearest stroke unit and a thrombectomy centre. We do not use them consistently yet.

I also reflected on how I spoke to the husband. He was panicking. I gave him a job: find her medication list and her insurance card. It calmed him.

Next: read the 2021 European Stroke Organisation guidelines on prehospital management, and practise the RACE scale on the simulation patients.
`,
  },
  {
    id: "de-free-002",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
Reflexion (in English for my international colleagues) about an LVAD patient and his home monitoring.

⟦NAME|Herr Klaus-Dieter Wenzel⟧, 58, has had a HeartMate 3 left ventricular assist device for two years (serial ⟦DEVICE|HM3-0471926⟧). He came back to our cardiac ICU at the ⟦FACILITY_ROOM|Deutsches Herzzentrum der Charité⟧ with a driveline infection and low-flow alarms.

He is a retired IT engineer and had set up his own monitoring at home: the controller data went to a small home server, and he emailed us screenshots. When our VAD coordinator, Frau Becker, tried to look at his home dashboard with his permission, our hospital IT flagged the connection to his home address ⟦IP|203.0.113.58⟧ as suspicious and blocked it.

Clinically: the driveline exit site was red and oozing; cultures grew Staphylococcus aureus. He was treated with IV flucloxacillin and a surgical debridement of the exit site.

What I learned:
- LVAD patients are experts in their own devices. We should listen to them.
- Patient-generated data is valuable, but it creates data protection questions (DSGVO) we have not solved.
- Driveline care education must be repeated every visit. He had become relaxed about it.
`,
  },
  {
    id: "de-comment-003",
    setting: "intensive care",
    role: "VAD coordinator",
    text: `
Thank you for writing this up. The home monitoring question is one we need to solve with IT and the data protection officer together, not case by case. I would also add the ISHLT 2023 guideline on driveline management to your reading list. Well observed about patients being experts in their devices.
`,
  },
  {
    id: "eg-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Night shift in a big public ED in Cairo. I want to reflect on a case of heat exhaustion that turned into something else.

⟦NAME|Hagga Fatma Abdel-Rahman⟧, in her late seventies, was brought by her sons to the ⟦FACILITY_ROOM|Kasr Al Ainy⟧ emergency department during the August heat. She was confused, dry, and had a temperature of 39.1 °C. The first diagnosis was heat exhaustion. We gave cool IV fluids.

Her national ID, ⟦ID|25103152101874⟧, was needed for the free treatment registration, and one son went to find it while the other stayed. Her Na+ came back at 118 mmol/L. She was on a thiazide for her blood pressure. The confusion was hyponatraemia, not only the heat.

My senior, Dr. Mostafa, corrected it slowly with hypertonic saline boluses and close monitoring, aiming for no more than 8 mmol/L rise in 24 hours to avoid osmotic demyelination.

What I learned:
- Do not stop thinking after the first diagnosis. Check electrolytes in every confused older patient.
- Thiazides and heat are a dangerous combination.
- The family is a source of history. The son told me she had been drinking "only water, a lot of water" because of the heat.
`,
  },
  {
    id: "eg-what-002",
    setting: "dentistry",
    role: "dental intern",
    text: `
**What?** A patient had a syncopal episode in my chair during a routine scaling at the faculty clinic. She was a 19-year-old student who had been fasting for Ramadan and had not eaten since dawn. She went pale, sweaty, and lost consciousness for a few seconds.

**So what?** I laid her flat and raised her legs, as taught. She recovered quickly. My supervisor, Dr. Nadia Fahmy, reminded me to ask about fasting, food and sleep before every procedure, especially during Ramadan. I had not.

Vasovagal syncope is the most common medical emergency in dental practice. Our clinic has an emergency kit, but I did not know where the glucose gel was.

**Now what?**
- Schedule fasting patients after iftar, or early in the morning, when possible.
- Ask about fasting routinely.
- Learn the location of every item in the emergency kit, and practise basic life support every six months.
`,
  },
  {
    id: "np-free-001",
    setting: "mountain medicine",
    role: "medical officer",
    text: `
A season working at a trekkers' aid post on the Everest Base Camp route taught me a lot about high altitude illness.

We saw dozens of trekkers with acute mountain sickness, a handful with high altitude cerebral oedema (HACE) and several with high altitude pulmonary oedema (HAPE). The most memorable was a fit 35-year-old man who insisted he was "fine" at 4,900 m with a cough and a saturation of 62%. He had HAPE. We gave nifedipine 30 mg modified release, oxygen and put him in the portable hyperbaric bag, and then he descended with his guide. He recovered fully at a lower altitude.

What I learned:
- Descent is the treatment. Everything else buys time.
- Acetazolamide 125 mg twice daily is effective for prevention; many trekkers take it wrongly.
- Guides and porters also get sick, and are less likely to complain. We need to examine them too.

The Lake Louise score is useful for AMS, but clinical judgement matters most. My mentor, Dr. Basnyat, has worked in mountain medicine for decades and taught me to "look at the person, not just the oximeter".
`,
  },
  {
    id: "np-free-002",
    setting: "midwifery",
    role: "auxiliary nurse midwife",
    text: `
I am an ANM at a birthing centre in the hills of Dolakha. This reflection is about a retained placenta.

On ⟦DATE|2081 Saun 12⟧ (⟦DATE|27 July⟧), ⟦NAME|Sita Tamang⟧, 20, delivered her first baby at our birthing centre in ⟦LOCATION|Ward 5, Bhimeshwar⟧ after walking two hours in the rain. The baby was healthy. The placenta did not come after 30 minutes, despite oxytocin and controlled cord traction.

I called the medical officer at the hospital by phone and he advised a second dose of oxytocin and to prepare for referral. We could not get an ambulance because a landslide had closed the road. Her husband's number was ⟦PHONE|98555 12034⟧, and I called him to organise porters with a stretcher.

After 70 minutes the placenta came out with gentle traction, complete. Blood loss 500 mL. She did not need referral.

What I learned:
- Monsoon season changes everything. We need a plan for blocked roads before June.
- I should be trained in manual removal of the placenta. We do not have a doctor here.
- The community helped. Four men carried the stretcher halfway before we heard the placenta was out and called them back.
`,
  },
];
