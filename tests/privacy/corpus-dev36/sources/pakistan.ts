import type { SourceItem } from "../../corpus/types.ts";

export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "hip fracture",
    role: "house officer",
    text: `During my house job in orthopaedics I admitted ⟦NAME|Zubaida Begum⟧, ⟦AGE|aged 93⟧, to ⟦FACILITY_ROOM|Surgical Unit II, bed 23, Mayo Hospital Lahore⟧ with an intertrochanteric fracture. Her CNIC ⟦ID|35202-4817263-2⟧ and MR number ⟦ID|MH-2025-118204⟧ went on every form, and her grandson, who drove a rickshaw, gave me his number, ⟦PHONE|0300-5557214⟧, and asked me to call before any "big decision." The family wanted to wait for her eldest son to come from Dubai. Prof. Tariq explained that every day in bed raised her risk of pneumonia and pressure sores. She had a DHS on day four. I learned that in Pakistan the decision-maker is often a family, not a patient, and consent has to make room for that without leaving the patient out.`,
  },
  {
    id: "pk-what-002",
    setting: "anaesthetic emergency",
    role: "anaesthesia trainee",
    text: `What? A failed spinal for an emergency caesarean in Karachi at 3am, the second attempt too, and then a general anaesthetic in a patient who had eaten four hours before. Dr. Saima was my consultant on call.
So what? Rapid sequence induction with propofol and suxamethonium, cricoid pressure, a videolaryngoscope we had only just received. The tube went in first time. The baby's Apgar was 8 at five minutes. I realised that I had been so focused on making the spinal work that I had not prepared for plan B.
Now what? Before every regional block I will now say plan B aloud and check the equipment for it, exactly as the Obstetric Anaesthetists' Association guideline suggests.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "delirium",
    role: "staff nurse",
    text: `Description: ⟦NAME|Haji Muhammad Aslam⟧, who is ⟦AGE|95⟧, was brought from ⟦LOCATION|Basti Malook near Multan⟧ after a fall on ⟦DATE|Chand Raat⟧, and became confused on the second night in the surgical ward.
Feelings: I was scared when he pulled out his catheter and tried to climb over the rails.
Evaluation: his grandsons wanted him tied down. Our head nurse, Sister Rubina, asked them to sit with him instead, to speak to him in Saraiki and bring his own pillow and prayer beads.
Analysis: he was frightened, not aggressive; the constipation, pain and the strange bright ward were the causes.
Conclusion: family presence is a treatment for delirium.
Action plan: I now ask families about language, routine and prayer times on admission for every elderly patient.`,
  },
  {
    id: "pk-free-004",
    setting: "consent for surgery",
    role: "medical student",
    text: `In my surgery rotation in Rawalpindi I watched Dr. Farhan take consent for a thyroidectomy in Urdu. He explained the risk to the recurrent laryngeal nerve by holding his own throat and saying the voice may become hoarse, and the risk to the parathyroids by saying the calcium may fall and the hands may tingle. The patient, a 45-year-old schoolteacher, asked if she could still recite the Quran aloud. He said most probably yes, and that he could not promise. I had assumed that in a busy government hospital consent would be rushed. It was rushed in time, but not in honesty. Afterwards Dr. Farhan told me the most important risk to explain is the one the patient cares about most.`,
  },
  {
    id: "pk-what-005",
    setting: "surgical ward",
    role: "postgraduate resident",
    text: `What? ⟦NAME|Bibi Sakina⟧, an elderly woman after a bowel resection, went missing from the ward for two hours. Security found her in the car park sitting in her son's rickshaw, registration ⟦OTHER|LEA-4471⟧, because she wanted to go home.
So what? She had delirium we had not recognised. Nobody had done a 4AT or even asked her what day it was. Prof. Nadia, our head of department, said at the morning meeting that we screen every older patient for VTE but not for confusion.
Now what? We have added a 4AT to the post-operative checklist for every patient over 65 and asked the guards to tell the nurse in charge, not to "bring her back quietly."`,
  },
  {
    id: "pk-free-006",
    setting: "recovery",
    role: "anaesthesia technician",
    text: `I work in the recovery room of a teaching hospital in Peshawar. Last month a 68-year-old man after a laparoscopic cholecystectomy stopped breathing properly ten minutes after arrival: shallow breaths, SpO2 86%, pinpoint pupils. He had received 10 mg of nalbuphine and morphine in theatre. I called Dr. Imran, gave oxygen, jaw thrust, and we gave naloxone 40 micrograms, then again. He woke and swore at us in Pashto, which we took as a good sign. My reflection is that recovery is not a waiting room. Older patients clear opioids slowly and a single extra dose can tip them over. We now have a rule that any patient over 65 stays twenty minutes more before going to the ward.`,
  },
  {
    id: "pk-comment-007",
    setting: "peer comment",
    role: "house officer",
    text: `Thank you for writing about recovery. In our hospital in Faisalabad we had the same problem with nalbuphine and a frail patient last winter. Dr. Imran's approach of small naloxone doses is what our consultant teaches too. I would add a sedation score before discharge to the ward. Well done for speaking up.`,
  },
  {
    id: "pk-gibbs-008",
    setting: "theatre list",
    role: "faculty surgeon",
    text: `Description: as an associate professor of surgery in Islamabad I reviewed why our Monday list cancelled 30% of cases in one quarter.
Feelings: I was embarrassed; I had blamed the anaesthetists for years.
Evaluation: the real causes were missing investigations, no beds in the surgical ward, and patients told to come without a relative to donate blood.
Analysis: the National Confidential Enquiry model teaches us to look at systems, not people. Our system asked patients to arrive at 7am from Attock or Murree without a phone call the day before.
Conclusion: cancellations are a symptom of pre-operative assessment that happens too late.
Action plan: a nurse-led pre-op clinic two weeks before surgery, with Dr. Hina from anaesthesia, and a WhatsApp reminder system that sends no clinical details.`,
  },
  {
    id: "pk-free-009",
    setting: "discharge planning",
    role: "house officer",
    text: `Discharging ⟦NAME|Khan Baba Gul Zaman⟧ from ⟦FACILITY_ROOM|Ward 7, Lady Reading Hospital⟧ after his prostatectomy took longer than the operation. He is from the hills above Swat and his catheter needed changing in two weeks. His nephew, a teacher in Mingora, asked me to email the discharge summary to ⟦EMAIL|gulzaman.nephew@example.pk⟧ so the BHU doctor could read it. We had no system for that. Dr. Shahid, my registrar, said I should write the summary as if nobody would ever be able to call us, with the catheter size, the date for the change and what to do if there is no urine. I wrote it in English and Urdu. Discharge planning for an elderly man in the mountains is really planning for the person who will see him next.`,
  },
];
