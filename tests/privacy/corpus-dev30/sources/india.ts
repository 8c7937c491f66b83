import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: medical ICUs, snakebite and organophosphate poisoning, dengue, NICU, brain-death certification. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "medical icu",
    role: "DM critical care resident",
    text: `Organophosphate season again. Third one this week in our MICU.

This one is ⟦NAME|Ramesh Gowda⟧ from ⟦LOCATION|Hosahalli, the village behind the sugar mill on the Mandya road⟧, 34, sprayer for his uncle's fields, drank the Monocrotophos after a quarrel over a loan. Atropine 2 mg every 5 minutes until the chest was dry, then an infusion, pralidoxime per our protocol, intubated for 9 days for intermediate syndrome. His wife ⟦NAME|Lakshmi⟧ sleeps on the floor outside the ICU door with a steel tiffin and a plastic sheet. Aadhaar on the admission file: ⟦ID|${aadhaar("6128 4409 735")}⟧ — I had to read it out to the billing clerk four times for the PMJAY approval, and I can still recite it.

Reflection: we are very good at the atropine. We are bad at what comes next. No psychiatric review, no social work, no conversation about the loan or the pesticide in the shed. ICU diaries are a dream here, but I can at least refer every self-poisoning to the district mental health programme before discharge. Starting today.`,
  },
  {
    id: "in-what-002",
    setting: "dengue hdu",
    role: "MBBS intern",
    text: `What?
During monsoon posting we had twelve beds of dengue in the HDU. I was asked to do the fluid charts. I learned the critical phase (day 3 to day 7 of fever) the hard way: a young woman whose haematocrit went from 38 to 52 overnight, with platelets at 18,000, and a pulse pressure of 15.

So what?
I had been watching the platelets because that is what the relatives watch. Everyone wants platelet transfusions. The real danger was the leak. Our unit in-charge Dr Subramaniam made me draw the haematocrit graph by hand for every patient for a week, and suddenly I saw who was leaking.

Now what?
I made a one-page chart in Kannada and English for the HDU nurses with the WHO 2009 warning signs and the haematocrit trend box. It is now taped on the pillar near the nurses' station. Next I want to teach relatives why platelets are not the whole story, because they come to us with cut-outs from WhatsApp forwards asking for "papaya leaf juice and platelets".`,
  },
  {
    id: "in-free-003",
    setting: "brain death and donation",
    role: "transplant coordinator",
    text: `As a transplant coordinator in Chennai, I want to share how the first conversation about brain-stem death usually goes here, because the textbooks are written elsewhere.

The family first needs to hear that the person has died. That takes time; the ventilator is still moving the chest, the monitor still beeps, and the skin is warm. We never mention donation in that first meeting. The Transplantation of Human Organs and Tissues Act requires two sets of tests by a board of four doctors, six hours apart, and we use that gap to sit with the family.

When we do ask, we ask in Tamil, with the eldest male relative and, always, the mother present. Many families ask the priest or the elder first. Some ask whether the body will be "complete" for the rituals. We show them that it will be.

Our state registry and the ROTTO network have made allocation more transparent. What still needs work is support for the donor family afterwards. A letter, a phone call at one month, a plant on the day of the annual remembrance function. That is our next project.`,
  },
  {
    id: "in-gibbs-004",
    setting: "snakebite icu",
    role: "medical officer (rural ICU)",
    text: `Description: ⟦NAME|Anjali⟧, 7, bitten by a krait while sleeping on the floor of the family's hut in ⟦LOCATION|Khairgaon tanda⟧, brought by her father at 05:30 on ⟦DATE|the second day of Navratri⟧ on his motorcycle (⟦OTHER|KA 36 H 4471⟧), with ptosis and slurred speech. Her father's mobile, ⟦PHONE|+91 94481 55562⟧, is on the consent form. We gave 10 vials of polyvalent ASV and intubated her when her breathing faltered.

Feelings: Afraid, because our "ICU" is four beds and one ventilator, and there was already an adult on it.

Evaluation: We bagged her by hand for 40 minutes while Dr Naik arranged the transfer ventilator from the district hospital. Two interns and a staff nurse took turns.

Analysis: Our preparedness is built for vipers, not neurotoxic bites at night. Krait bites often come without fang marks.

Conclusion: She went home on day 8 holding a balloon. We were lucky.

Action plan: Second ventilator request to the district, a bagging roster for emergencies, and a village-level talk on sleeping on cots with nets during the monsoon.`,
  },
  {
    id: "in-comment-005",
    setting: "snakebite icu",
    role: "anaesthesia resident (reply)",
    text: `Forty minutes of hand-bagging by interns is heroic and also shouldn't happen. Please remove the father's mobile number, the bike and the village name from the post though — with the festival day and her name it's very findable. The action plan is excellent; the district ventilator point deserves to go to the DHO in writing.`,
  },
  {
    id: "in-free-006",
    setting: "neonatal icu",
    role: "NICU staff nurse",
    text: `Kangaroo mother care in a Level III NICU is a strange kind of magic.

Last month we had 31 babies under 1500 g. Thirty-one mothers, most of them first-time mothers, most of them with mothers-in-law sitting in the corridor. We don't have enough reclining chairs. We do have a senior nurse, Sister Mary Thomas, who is stricter about the KMC hours than any doctor, and the mothers both fear and adore her.

What I have learnt:
- Fathers will do KMC if you ask them directly and give them a shirt that opens at the front.
- Grandmothers can be the biggest support or the biggest obstacle. Win them first.
- Our babies gain weight faster on KMC days, and our hypothermia episodes dropped once we started it in the NICU and not only in the step-down.

I wish the NICU could have a room for mothers to sleep near their babies. For now we have plastic mats and a lot of love.`,
  },
  {
    id: "in-what-007",
    setting: "medical icu",
    role: "ICU nursing in-charge",
    text: `What? One of our patients, ⟦NAME|Mr. Abdul Kareem Sait⟧, 62, with ARDS after H1N1, was on prone ventilation in ⟦FACILITY_ROOM|MICU bed 6, Government Medical College Kozhikode⟧. His UHID ⟦ID|GMCK/2024/118734⟧ was written on the proning board in marker because the sticker kept peeling off.

So what? Anyone photographing the proning team (and the residents did, for a CME slide) captured his UHID, face and bed. Two of the photos reached a class WhatsApp group before I noticed the board.

Now what? We now cover the patient's face and write only the bed number and initials on the proning board. I spoke to the residents personally, they deleted the photos, and the HOD sent a circular on clinical photography consent. It was nobody's bad intention; it was a peeling sticker.`,
  },
  {
    id: "in-free-008",
    setting: "icu follow-up",
    role: "physiotherapist",
    text: `We have no ICU follow-up clinic in my hospital. So I made an informal one on Thursday afternoons in the physio gym.

Patients who were ventilated for more than five days get a slip at discharge asking them to come back at one month. About half do. We check grip strength, a six-minute walk, and ask the family how sleep is. Many people come because the slip says "free". Many don't come because the bus from their taluk costs two days' wage.

What I see: weakness, yes, but mostly fear. Fear of lying flat, fear of the night, fear of the sound of the oxygen. One lady wanted to know why she kept dreaming of tigers. We told her about delirium and she laughed for the first time.

My HOD has agreed to let me present this to the hospital committee. I want a proper ICU follow-up clinic, with a psychiatrist and a social worker, and a travel allowance for patients who live far away.`,
  },
  {
    id: "in-comment-009",
    setting: "icu follow-up",
    role: "intensivist (reply)",
    text: `This is the best thing I've read this month. Please look up the ICUsteps materials and adapt them; they're designed for patients and families. And the bus fare point is the real barrier — ask your medical superintendent about using the patient welfare fund. Happy to share our six-minute walk template.`,
  },
  {
    id: "in-free-010",
    setting: "withdrawal of treatment",
    role: "palliative care fellow",
    text: `In India, "withdrawal" is a word families often cannot hear, even after the Supreme Court judgment and the 2023 simplification of the advance directive procedure. So we talk about "not adding" and "allowing natural death".

Last week in the surgical ICU an elderly man with multi-organ failure after a bowel perforation had been on three pressors for four days. His sons lived in Dubai and Pune, and his wife did not want to decide anything without them. We held a video call at the nursing station. The younger son asked if his father was in pain. The elder asked about money. Both were fair questions.

We agreed not to escalate, to continue current support, and to take him off the ventilator if his heart stopped needing it. He died on the morning of ⟦DATE|Dhanteras⟧ with his wife holding his hand and his sons on the phone.

What I'd teach: give families the language they can use. "Allow natural death" is true and it is gentler than "withdraw".`,
  },
  {
    id: "in-gibbs-011",
    setting: "paediatric icu",
    role: "paediatrics postgraduate",
    text: `Description: A two-year-old with scrub typhus and myocarditis on our PICU, from a tea estate in the Nilgiris. ⟦NAME|Priya⟧, daughter of ⟦NAME|Murugan⟧, was referred with an eschar behind her ear that nobody had seen. Her father is ⟦OTHER|the only Kannada-speaking tea weigher on the Kattabettu estate⟧, and he called me every day on the ward phone.

Feelings: I was moved that a family in difficulty still brought a box of sweets for the nurses.

Evaluation: We started doxycycline late because the fever was labelled "viral". The eschar was only found when Dr Veena examined her properly, head to toe, under good light.

Analysis: Search for the eschar — armpits, groin, behind the ears — in every child with fever of unclear cause from a plantation area.

Conclusion: A ten-minute full examination would have saved her two days in PICU.

Action plan: A laminated "fever from an estate — look for the eschar" card for casualty, and a talk at our Friday CME.`,
  },
];
