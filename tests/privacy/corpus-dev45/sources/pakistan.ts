import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: house officers, postgraduate trainees, rural medical officers, nurses. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "house job",
    role: "house officer",
    text: `Description: First week of my house job in medicine. On my first night on call, ⟦NAME|Haji Muhammad Sharif⟧ was brought to ⟦FACILITY_ROOM|Medical Unit II, bed 27, Mayo Hospital Lahore⟧ by his sons with a hemiplegia that had started at Fajr. The admission slip had his CNIC, ⟦ID|35202-4719386-3⟧, and his MR number ⟦ID|MU2-0098412⟧, but the CT request had the wrong name on it, because two patients with the same surname had arrived within ten minutes.

Feelings: I was terrified when the radiology technician called to say the scan "did not match the patient". I thought I had made the error.

Evaluation: It was a registration error at the counter, but I had signed the request form without checking the name against the wristband. The scan itself had been done on the right patient, luckily, and it was re-labelled. No harm was done, but thrombolysis decisions depend on minutes.

Analysis: Patient identification with two identifiers is a WHO patient safety solution from 2007, and our hospital policy says the same. In the emergency, with relatives shouting and a queue at the door, nobody checked. I think the real issue is that house officers are trained to act fast and never trained to pause.

Conclusion: Checking the wristband takes five seconds. Re-doing a scan takes an hour.

Action plan: I now read out name, father's name and MR number before any request. I discussed this with our registrar, Dr. Farah Naz, and she presented it at the unit's Monday meeting.`,
  },
  {
    id: "pk-what-002",
    setting: "house job",
    role: "house officer",
    text: `What? In the first month of my surgical house job in a teaching hospital in Peshawar, I was responsible for the pre-operative checklist for the Wednesday elective list. On two occasions, patients arrived in theatre with no consent on file because the consent form was in a different ward's folder.

So what? I realised that the checklist was treated as paperwork to be completed after the fact, not as a safety tool. The WHO Surgical Safety Checklist (2009) showed how much a simple pause can prevent, but in our unit the "sign in" was done by whoever happened to be nearby. I also noticed that I was hesitant to stop the list because the professor, Prof. Afridi, was already scrubbed and I did not want to delay him.

Now what? I spoke to the senior registrar, Dr. Khattak, who was supportive and said he would rather lose ten minutes than operate without consent. We agreed that I would collect all consent forms by 7:30 am on list days and place them in a single tray in the theatre reception. I also asked the OT nurse, Sister Naseem, to remind me if any form was missing, and she agreed. Two weeks later, no patient has reached the table without a consent form. It feels like a small victory, but I learned that a house officer can change a system if he asks politely and keeps going.`,
  },
  {
    id: "pk-free-003",
    setting: "rural health posting",
    role: "medical officer",
    text: `My first posting after house job was a Basic Health Unit in Tharparkar, and this reflection is about a child I could not save in time.

⟦NAME|Ghulam Nabi⟧, a two-year-old boy from ⟦LOCATION|Goth Haji Ramzan Dal, near Chachro⟧, was brought in by his father ⟦NAME|Mitho⟧ after three days of diarrhoea. He was severely dehydrated and the BHU had no IV cannulas of his size that week. I started ORS by nasogastric tube and called for an ambulance to the RHC, which took four hours. He reached the hospital in Mithi on ⟦DATE|19 June 2025⟧ and recovered after two days on fluids.

The father's mobile, ⟦PHONE|0333 5550714⟧, was the only way I could follow up, and I called every evening. Each call reminded me that our "referral pathway" is really a father on a phone and a jeep on a sand track.

What I learnt: the WHO plan B and plan C protocols assume supplies. In the desert, they assume a lot. I should have checked my stock the day I arrived rather than trusting the list the previous MO left. I also learnt that ORS through an NG tube is a real treatment, not a second-best.

What I will do: I wrote to the district health officer with a list of missing paediatric stock and kept a copy. I now check my cannulas, ORS and zinc every Monday morning, and I have trained the lady health worker to recognise severe dehydration in children early.`,
  },
  {
    id: "pk-gibbs-004",
    setting: "medication error",
    role: "postgraduate trainee",
    text: `Description: As a first-year FCPS trainee in paediatrics, I was called at night for a child with hypoglycaemia. I wrote "D25 2 ml/kg" but the nurse prepared D50 because that was what was available, and she diluted it by eye.

Feelings: When I saw the syringe I felt cold. I was also angry, then ashamed of being angry, because she had done what she thought was right with what she had.

Evaluation: The child received the correct glucose after I stopped and recalculated. Blood sugar rose from 38 to 96 mg/dL. Nothing bad happened, but it could have, with a hyperosmolar bolus into a small vein.

Analysis: The problem was not one nurse. Our ward did not stock D10, the usual first choice for children, and the guideline on the wall recommended it. The gap between the guideline and the cupboard was being filled by improvisation at 3 am. Our teachers at the college teach the "Five Rights", but nobody teaches what to do when the right drug is not on the shelf.

Conclusion: I need to know my ward's stock before a crisis, and prescribe what we have, with clear instructions.

Action plan: With our head nurse, Madam Rukhsana, I made a dilution chart for D10 from D50 and normal saline. Our supervisor, Dr. Imran Qureshi, asked pharmacy to stock D10 and agreed to include this case in the next CPC.`,
  },
  {
    id: "pk-what-005",
    setting: "breaking bad news",
    role: "postgraduate trainee",
    text: `What? In my second year of FCPS medicine training, I had to tell the family of ⟦NAME|Bibi Zainab⟧ that her scan showed metastatic ovarian cancer. She had been admitted to ⟦FACILITY_ROOM|Ward 6, Lady Reading Hospital⟧ on ⟦DATE|the 10th of Muharram⟧, ⟦DATE|16 July 2024⟧ by the English calendar, and her sons wanted to take her home to ⟦LOCATION|Kalam⟧ before "the doctors frighten her".

So what? I had been taught the SPIKES protocol in my induction course, but I had never used it with a family who wanted the diagnosis hidden from the patient. In our culture, families often protect elders from bad news, and I respect that. But ⟦NAME|Bibi Zainab⟧ asked me herself, in Pashto, "Is it the bad disease?" My senior, Dr. Sana Yousafzai, helped me find a way: we asked her how much she wanted to know, and she said, "Tell me the truth, but tell my sons first."

Now what? I learnt that autonomy in our setting is often relational. The patient chose to share decisions with her sons, and that was her right. Next time I will ask the patient first how she wants the news to be shared, before I meet the family in the corridor. I also plan to attend the palliative care workshop our department organises, because I felt unprepared to talk about pain control and travel home.`,
  },
  {
    id: "pk-free-006",
    setting: "night shift",
    role: "staff nurse",
    text: `I am a staff nurse who joined a surgical ICU in Karachi eight months ago, straight from my BSN. This is about my first month of nights.

We had ten beds, two nurses per shift, and one resident covering the ICU and the HDU. My preceptor, Sister Shazia, had worked there for twelve years. On my third night she told me, "Here, the monitors tell you the past. Your eyes tell you the future." I did not understand until a post-laparotomy patient, a man in his forties, started picking at his sheets and asking what day it was. His observations were normal. She insisted I call the resident, who found a rising lactate of 3.8 and a tense abdomen. He went back to theatre for an anastomotic leak.

What I learned is that experienced nurses notice patterns that no scoring system captures. The SOFA score and the qSOFA were both "normal" that night. I also learned that nurses in my hospital are often afraid to wake doctors, and that the best nurses do it anyway, calmly, with facts.

I am now trying to keep a notebook of "soft signs" that turned out to matter. I want to present them to our nursing education unit, because I think new nurses could learn from them. Sister Shazia says I should write them down before I forget what it felt like not to know.`,
  },
  {
    id: "pk-free-007",
    setting: "emergency department",
    role: "house officer",
    text: `A reflection from my emergency house job in Rawalpindi, about social media and a road traffic accident.

On a Thursday evening, a young motorcyclist, ⟦NAME|Waqas Ahmed⟧, was brought in after a collision on the GT Road. Within an hour, a video of him being wheeled into our resuscitation room was on a Facebook page, ⟦URL|https://www.facebook.com/WaqasBhaiFansGujarKhan⟧, posted by a friend who had followed the ambulance. Comments asked for his ward and his condition, and someone posted his hospital file number, ⟦ID|HFH-ER-77301⟧, from a photo of the trolley.

I felt violated on his behalf. The friend meant well; he wanted prayers. But the video showed his face, our staff, and another patient in the next bay.

Our consultant, Dr. Rafiq, asked security to speak to the friend, and the family asked him to take it down. It was removed the same night, but by then it had been shared several hundred times.

What I learnt: in our emergency rooms, relatives and friends are everywhere, and phones are everywhere. Privacy is not just about what doctors write; it is about what we allow at the bedside. The PMDC code of ethics talks about confidentiality, but it was written before every visitor had a camera.

What I will do: I now ask visitors to keep phones away in the resus area, and I have suggested signs in Urdu at the entrance.`,
  },
  {
    id: "pk-comment-008",
    setting: "breaking bad news",
    role: "consultant physician",
    text: `A thoughtful and culturally honest reflection. "Tell me the truth, but tell my sons first" is a sentence I will remember. Please do remove ⟦NAME|Bibi Zainab⟧'s name and the date before this goes on the department blog, though; people from ⟦LOCATION|Kalam⟧ read it too. Your plan to ask the patient first is exactly right. Come and see me about the palliative workshop.`,
  },
  {
    id: "pk-what-009",
    setting: "handover",
    role: "house officer",
    text: `What? On my gynaecology house job in Multan, handover happened at 8 am in the labour room corridor, standing, with the night team exhausted and the morning team in a hurry. I was told about a woman "on magnesium, fine". Nobody said her urine output had been 20 mL/hour for the last three hours.

So what? Magnesium sulphate toxicity is something we all learn for the exam: check reflexes, respiratory rate and urine output. In practice, I had never seen anyone check all three at handover. When I examined her at 9 am, her knee reflexes were absent. Our senior registrar, Dr. Humaira, stopped the infusion and gave calcium gluconate 10 mL of 10% slowly, and she recovered well. If I had waited for the ward round, it could have been very different.

Now what? I made a small handover sheet for patients on magnesium with three boxes: reflexes, respiratory rate, urine output in the last four hours. The night house officers started using it within a week. I also learnt that handover is not the end of someone else's shift; it is the start of my responsibility. I want to study the NICE and FIGO guidance on pre-eclampsia properly, because I realised my knowledge was only what I needed to pass the exam.`,
  },
];
