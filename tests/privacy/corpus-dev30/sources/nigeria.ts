import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: ICUs with scarce ventilators, eclampsia, tetanus, sickle cell, NICU, paying for care. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "adult icu",
    role: "anaesthesia resident",
    text: `Our ICU has six beds and four working ventilators. Yesterday we had seven patients.

I want to write about the conversation nobody trains you for: who gets the ventilator. We had a young woman with eclampsia and aspiration, a man with tetanus who needed a tracheostomy, and a post-laparotomy patient with sepsis. The consultant on call, Dr Adebayo, made the decision with the team, on clinical grounds, documented it, and then spent forty minutes with the family of the patient who did not get one.

What struck me: nobody in the family shouted. They thanked him. That hurt more.

I also want to say something about money. In our hospital the family buys the drugs, the gloves, the suction catheters. A day of ICU costs more than a month's salary for many of them. The National Health Insurance Authority scheme covers some of our patients, but not most.

So I'm asking my department for two things: a written triage policy so no consultant has to carry this alone, and a small emergency fund for the first 24 hours, so that a family's purse doesn't decide.`,
  },
  {
    id: "ng-gibbs-002",
    setting: "obstetric icu",
    role: "obstetrics and gynaecology registrar",
    text: `Description: ⟦NAME|Mrs Chiamaka Obi-Nwosu⟧, 24, G1, was brought in from ⟦LOCATION|Umuoji, near the Catholic mission school⟧ after three fits at home, BP 190/120. She was admitted to ⟦FACILITY_ROOM|ICU bed 3, Nnamdi Azikiwe University Teaching Hospital, Nnewi⟧ after an emergency caesarean section. Her husband ⟦NAME|Emeka⟧ gave his number, ⟦PHONE|0803 555 2196⟧, and asked me to call him first, not her mother.

Feelings: Tired, worried about the magnesium, and moved by her husband, who had carried her to the bus.

Evaluation: The Zuspan regimen was given correctly. Reflexes and urine output were monitored hourly. She had no more fits.

Analysis: She had booked for antenatal care once, at 20 weeks, and never came back because of transport costs.

Conclusion: Her eclampsia began long before the ICU.

Action plan: I will present the case at our maternal death and near-miss review and support the community midwife outreach to her area.`,
  },
  {
    id: "ng-what-003",
    setting: "sickle cell icu",
    role: "haematology senior registrar",
    text: `What? A 19-year-old with sickle cell anaemia came to ICU with acute chest syndrome: SpO2 82% on room air, bilateral infiltrates, Hb 5.8. We did a manual exchange transfusion at the bedside because we have no apheresis machine, and she improved over 48 hours.

So what? Exchange transfusion is life-saving and often delayed in our setting because of blood shortages. The family had to bring four donors. The blood bank staff worked through the night. None of that appears in our mortality statistics, but it is the reason she lived.

Now what? We are setting up a voluntary donor register with the students' union, and our unit is writing a simple protocol for manual exchange so every registrar can start it without waiting for the consultant. Thanks to Dr Okoro, Dr Bello and the blood bank team who stayed late.`,
  },
  {
    id: "ng-free-004",
    setting: "neonatal icu",
    role: "neonatal nurse",
    text: `Special care baby unit diary. Not a real diary, just for me.

Today ⟦NAME|Baby Tobiloba⟧ came off bubble CPAP. He was 1.1 kg at birth, born at 29 weeks at ⟦LOCATION|the mission maternity in Ilaro⟧, and his mother ⟦NAME|Funmilayo⟧ travelled with him by commercial bus to us. She sleeps in the mothers' hostel and expresses breast milk every three hours, and she has named him "⟦NAME|Ayomide⟧" too, "my joy has come".

Our bubble CPAP is made from a nasal prong, tubing and a bottle of water. It works. Dr Olumide taught us the device in 2021 and since then our survival for babies under 1.5 kg has improved.

He was born on ⟦DATE|Easter Sunday⟧ and his grandmother says that's why he fought. I didn't argue.`,
  },
  {
    id: "ng-comment-005",
    setting: "neonatal icu",
    role: "paediatrician (reply)",
    text: `Lovely to read, and bubble CPAP remains one of the best low-cost things we do. But please don't post the mother's name, the baby's names and the birth date — even a mission maternity plus Easter Sunday narrows it to one family. Edit, and keep writing these diaries.`,
  },
  {
    id: "ng-free-006",
    setting: "tetanus icu",
    role: "medical student (500 level)",
    text: `My first week in ICU as a 500-level student and I met tetanus. Not in a textbook; in a real man, ⟦NAME|Oga Sunday⟧ the motorcycle mechanic, whose whole back arched off the bed when a trolley banged in the corridor.

The resident, Dr Nnaji, explained the management: human tetanus immunoglobulin, metronidazole, wound debridement, diazepam and magnesium, and a quiet dark room. The nurses put cotton wool in his ears and hung a wrapper over the window.

What shocked me most: he had cut his foot two weeks before and gone to a chemist, who gave him an injection of something and a bandage. No vaccine.

What I'll carry: every wound needs a tetanus question. I'll ask it even in my orthopaedics posting, even when it feels silly. Also, the ICU nurses here are the best teachers I've met. I'll always remember Matron Ekanem saying, "The quiet is the treatment."`,
  },
  {
    id: "ng-free-007",
    setting: "icu outreach",
    role: "ICU nurse (outreach pilot)",
    text: `We started an ICU outreach pilot in our teaching hospital, and I want to share what worked in the first three months:

- A single phone number for the ICU outreach nurse, printed on every ward's nursing station.
- A simple early warning score adapted from NEWS2, printed on the observation charts.
- A "call us early" rule: score of 5 or more, or any nurse worried.
- A daily visit by the outreach nurse to patients discharged from ICU in the last 48 hours.

What didn't work: the pager. It died in week two. WhatsApp with a ward group worked much better, with no patient names or photos in it, only bed and score.

Our ICU readmission rate fell, and the wards started calling earlier. Dr Eze, our ICU head, says the next step is training ward nurses on the score, and she has asked me to lead it.`,
  },
  {
    id: "ng-gibbs-008",
    setting: "trauma icu",
    role: "surgery house officer",
    text: `Description: A young okada rider, ⟦NAME|Abdulrahman "Dan Kano" Sani⟧, was brought from a crash on the Kaduna road, GCS 8, with a tension pneumothorax. His plate number, ⟦OTHER|KTG 481 QA⟧, was on the police form taped to his bed, and his brother asked me to take a photo of it "for the insurance".

Feelings: Overwhelmed, then focused once the chest drain was in.

Evaluation: Needle decompression and chest drain went well. He was ventilated for five days. We still had no CT, so he went by ambulance to another centre for the scan, unaccompanied, because we had no spare nurse.

Analysis: Every transfer of an unstable patient without a nurse is a gamble.

Conclusion: We need a transfer policy with staffing, not just an ambulance.

Action plan: I raised it at our audit meeting and Dr Musa is drafting the policy with nursing services.`,
  },
  {
    id: "ng-what-009",
    setting: "withdrawal of treatment",
    role: "intensive care consultant",
    text: `What? In many Nigerian families the decision to stop treatment belongs to the whole family, sometimes the whole village. Last month we spent three days waiting for an uncle to travel from Abuja before a family could agree on comfort care for a man who had been brain-dead since admission.

So what? Our law and guidance on brain death are unclear. Families often think the doctor is "giving up" because the bill is growing. It is painful for everyone, including the nurses who care for a body on a ventilator.

Now what? I am working with the Nigerian Society of Anaesthetists and a group of colleagues on a draft national guideline for brain death certification. Locally, I have started involving the hospital chaplain and imam in family meetings earlier, and documenting each conversation so the next doctor doesn't start from zero.`,
  },
];
