import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "surgery",
    role: "compulsory rotating medical intern",
    text: `Reflective log – CRMI, General Surgery posting (Unit 2), submitted for logbook certification

Description: A 58-year-old farmer, ⟦NAME|Murugesan⟧, was admitted to ⟦FACILITY_ROOM|Bed 17, Male Surgical Ward 3⟧ with a diabetic foot ulcer and wet gangrene of the right second and third toes. He had come from ⟦LOCATION|Keelapavur⟧ after three weeks of treatment with a local healer. For the PM-JAY scheme paperwork I had to copy his Aadhaar number, ⟦ID|${aadhaar("7342 9018 556")}⟧, onto three different forms, and I left one of them on the nursing counter overnight.

Feelings: I was focused on the surgery and honestly did not think about the form at all until the staff nurse handed it back to me the next morning and said, "Doctor, this is not a notebook page."

Evaluation: The clinical part went reasonably: HbA1c 11.2%, random sugar 386 mg/dL, we started insulin sliding scale and IV piperacillin-tazobactam, and he underwent ray amputation under spinal anaesthesia on day three. My wound dressing technique improved over the week under Sister Mary's guidance. The documentation part did not go well.

Analysis: Under the Digital Personal Data Protection Act 2023 and the NMC's professional conduct regulations, a patient's Aadhaar is sensitive data. I was treating forms as clerical work rather than part of patient care. In a crowded ward where relatives walk past the counter, a form with a photo ID number can be picked up by anyone.

Conclusion: Confidentiality includes paper.

Action plan: Keep all scheme forms in the locked file; hand them directly to the ward clerk; discuss with my unit chief, Dr. K. Selvaraj, whether the scheme desk can scan forms instead of asking interns to copy numbers by hand. Also: revise the IWGDF 2023 guidelines on diabetic foot infection before my viva.`,
  },
  {
    id: "in-what-002",
    setting: "anaesthesia",
    role: "MD Anaesthesiology resident (first year)",
    text: `What happened
I gave my first unsupervised spinal anaesthetic for an elective caesarean section last week, with my senior, Dr. Raghavan, standing just outside the OT door. Sitting position, 25G Quincke needle at L3–L4, clear CSF on the second attempt, 1.8 mL of 0.5% hyperbaric bupivacaine with 10 micrograms of fentanyl. Five minutes later the blood pressure fell from 118/72 to 78/40 and the patient said she felt nauseated.

So what
I had the phenylephrine ready but I hesitated for about thirty seconds because I was trying to remember whether to give ephedrine instead. Dr. Raghavan came in, asked me calmly what the heart rate was (96), and let me make the decision. I gave phenylephrine 100 micrograms and then started an infusion, with left uterine displacement, and the pressure recovered. The baby had Apgars of 8 and 9.

Afterwards we discussed the 2018 international consensus statement on managing hypotension with spinal anaesthesia for caesarean delivery, which recommends prophylactic phenylephrine infusion and a target of at least 90% of baseline systolic pressure. I had read it, but I had been planning to "treat when it happens". Prophylaxis is the better plan.

I also reflected that my hesitation came from fear of being wrong in front of the OT staff, not from lack of knowledge.

Now what
I will start a prophylactic phenylephrine infusion for every elective caesarean spinal unless there is a specific contraindication, and I will say my plan aloud before the block so the team knows. I have also submitted an abstract on post-spinal hypotension to ISACON this year, and I plan to attend the obstetric anaesthesia workshop there.`,
  },
  {
    id: "in-free-003",
    setting: "obstetrics",
    role: "OBG intern",
    text: `Reflection – labour room night duty, district hospital posting, Rajasthan

The night of ⟦DATE|Diwali⟧ was the busiest labour room shift I have done. Firecrackers outside, power cut twice, and eleven deliveries between 8pm and 6am. I want to write about one of them.

A 19-year-old primigravida came in at 9 cm with her mother-in-law. She was registered under IPD number ⟦ID|IPD/2024/18834⟧ and her address was written as ward 4 of her village, PIN ⟦ADDRESS|305901⟧. Her husband was working in Surat and her mother-in-law insisted on giving us his number, ⟦PHONE|+91 94140 55521⟧, so that we would call him "before doing anything". She delivered a 2.3 kg baby girl normally, but had a second-degree perineal tear that I sutured under the supervision of the staff nurse, Sister Kanta.

What troubled me was the conversation after. The mother-in-law asked the staff whether the baby was a boy before she asked whether the mother was all right. When she heard it was a girl, she stopped talking to us. The young mother cried quietly and did not want to breastfeed.

I did not know what to say. I told her the baby was healthy, helped her with the first feed as we were taught in the IYCF training, and asked Sister Kanta to keep an eye on her. I did not call the husband; the mother herself did not ask me to.

Looking back, I think I should have involved the ASHA worker and flagged her for postnatal depression screening at the PHC. The PCPNDT Act prohibits sex determination, but it does nothing about what happens after a girl is born. That is something I want to learn more about before I choose my PG branch.`,
  },
  {
    id: "in-free-004",
    setting: "psychiatry",
    role: "MD Psychiatry resident (second year)",
    text: `Reflection: capacity, consent and the Mental Healthcare Act

This month I admitted my first patient under Section 89 of the Mental Healthcare Act 2017 (supported admission). Writing this for my departmental portfolio review with Dr. Sen.

What I found most challenging was not the diagnosis — the clinical picture of a manic episode with psychotic features was fairly clear, YMRS 34 — but the process. The MHCA 2017 moved Indian mental health law towards a rights-based model with advance directives and nominated representatives. In theory I knew this. In practice, the family wanted him admitted, the patient did not, and I was caught between them in a crowded OPD corridor.

I tried to assess capacity using the four criteria: understanding, retention, weighing and communicating. He could communicate a choice clearly but he could not weigh the risks of his spending and sleeplessness. Two psychiatrists had to independently examine him, and the Mental Health Review Board needed to be informed within the time limit. I had not appreciated how much documentation this involves, and my first draft of the admission note was missing the nominated representative section.

What I learned: the law is not a formality; it forces me to think about the patient as a person with rights even when he is acutely unwell. Dr. Sen also pointed out that I spoke mostly to the family in Hindi and to the patient in English, which may have made him feel excluded. I had not noticed.

Plans: read the MHCA rules and the Indian Psychiatric Society's clinical practice guidelines on bipolar disorder again; prepare a one-page admission checklist for the junior residents; speak to the patient in his preferred language, always.`,
  },
  {
    id: "in-gibbs-005",
    setting: "paediatrics",
    role: "MD Paediatrics resident (second year)",
    text: `Gibbs reflection – neonatal sepsis and a missed culture

Description: ⟦NAME|B/o Lakshmi⟧, a 1.6 kg preterm boy born at 33 weeks, UHID ⟦ID|20240931177⟧, was admitted to ⟦FACILITY_ROOM|Warmer 4 in the NICU at Government Rajaji Hospital⟧ on day 2 of life with lethargy and poor feeding. I started ampicillin and gentamicin as per unit protocol but did not send a blood culture first because the sample was "difficult" and the baby was deteriorating.

Feelings: I felt I had no choice at the time. Later I felt I had been lazy.

Evaluation: Antibiotics within the first hour were correct. The CRP was 48 mg/L and the sepsis screen positive. But without a culture, when the baby did not improve by 48 hours, we had no organism and no sensitivities and had to escalate empirically to meropenem. The baby recovered, but we will never know whether the escalation was necessary.

Analysis: The NNF clinical practice guidelines and the WHO pocket book both say to take a blood culture before antibiotics whenever possible without delaying treatment. "Without delaying" is the key phrase; a second attempt from a different site would have taken five minutes. Our unit has high rates of carbapenem-resistant Klebsiella, and every unnecessary meropenem course contributes to that.

Conclusion: I let urgency become an excuse. Stewardship starts at the first cannula.

Action plan: Practise neonatal venepuncture with the nursing in-charge, Sister Rani; carry paediatric culture bottles in the admission tray; audit culture-before-antibiotics rates in our NICU for one month with my guide, Dr. Balasubramanian, and present it at the PEDICON regional meeting if the data are useful.`,
  },
  {
    id: "in-what-006",
    setting: "dentistry",
    role: "BDS intern",
    text: `What?
In the oral medicine OPD I examined a 52-year-old man who chews gutkha daily and had a white patch on his left buccal mucosa that did not rub off. I described it as leukoplakia and my professor, Dr. Pillai, asked me to describe it properly: size, texture, homogeneity, and whether I had palpated the neck. I had not done the neck.

So what?
Oral cancer is one of the most common cancers in Indian men and most cases arise from potentially malignant disorders like this one. The difference between a homogeneous and a non-homogeneous leukoplakia changes the risk of transformation, and the neck examination is part of the basic screen. I had been trained to look in the mouth and forgot the rest of the head and neck. Dr. Pillai did not scold me; she walked me through it on the spot and I found a small mobile submandibular node, probably reactive.

We took an incisional biopsy with toluidine blue guidance and counselled him about tobacco cessation using the 5 A's. He said he had tried to quit twice. I referred him to the tobacco cessation centre in our college and gave him the national quitline number, 1800-11-2356.

Now what?
- Use a printed head-and-neck examination checklist in every oral medicine case for the rest of my posting.
- Read the WHO 2020 classification of oral potentially malignant disorders.
- Attend the tobacco cessation counsellor's session on Tuesday to learn motivational interviewing properly.

I took my Onam leave last week and while I was home I found myself noticing every relative who chews paan. This work has changed how I see my own family too.`,
  },
  {
    id: "in-free-007",
    setting: "community medicine",
    role: "community medicine postgraduate",
    text: `Field reflection – tuberculosis case finding, Wayanad block

For my community medicine rotation I joined the Ni-kshay team for active case finding in tribal hamlets near Kalpetta. We screened 212 people over four days with symptom questionnaires and sputum for CBNAAT.

One case stays with me. A woman in her late thirties had a three-month cough and weight loss. She was not keen to be tested because, as she put it, everyone would know. She is ⟦OTHER|the only woman who drives an autorickshaw in Meppadi⟧, and she was worried her passengers would stop using her if the diagnosis spread. She was right that it would spread: the ASHA worker, the panchayat member and the driver of our jeep all knew her by sight.

We tested her discreetly at the sub-centre rather than in the hamlet camp. She was positive, rifampicin-sensitive. When registering her for Ni-kshay Poshan Yojana I had to write her ABHA number, ⟦ID|91-4417-2083-5526⟧, in my field notebook because the tablet had no network. I have since transferred it and torn out the page.

What I learned:
1. Stigma is not abstract. It has a livelihood attached to it.
2. In small communities, a description can identify a person as surely as a name. When I presented this case at our department seminar I removed the autorickshaw detail and nobody missed it.
3. The National TB Elimination Programme's nutritional support (₹500 per month) matters to people who may lose income during treatment.

My guide, Dr. Abraham, suggested I look at the Kerala TB elimination mission's stigma-reduction work and write it up as a short communication. I would like to do that before my thesis submission in June.`,
  },
  {
    id: "in-free-008",
    setting: "emergency medicine",
    role: "emergency medicine resident (DrNB first year)",
    text: `Snakebite night – reflection

Monsoon nights in our ED bring snakebites, and I had three in one shift last week. I want to reflect on the one where I nearly got it wrong.

A young farm worker came in two hours after a bite on his ankle in a paddy field. He had not seen the snake. He was walking, talking, with mild local swelling. I did a 20-minute whole blood clotting test (20WBCT) at arrival; it clotted. I was ready to observe and discharge him in the morning.

My consultant, Dr. Menon, asked me to repeat the 20WBCT every six hours and to look for ptosis and difficulty in swallowing every hour, because krait bites can present late with neurotoxicity and minimal local signs. At 4am he developed bilateral ptosis. We gave ASV (10 vials as per the national snakebite protocol), neostigmine with atropine, and prepared for intubation, which thankfully was not needed.

What I had done wrong was to assume a "dry" or harmless bite based on a normal first test. The Standard Treatment Guidelines for snakebite (2009, updated by the Ministry of Health) and the WHO 2016 guidelines for South-East Asia both warn about exactly this. I knew the guidelines; I applied the first half.

Things I will do from now on: serial 20WBCT and neuro checks for at least 24 hours in every unknown bite; teach the same to the interns; carry the snake identification chart on my phone. I also want to take part in the ICMR snakebite surveillance project that our department is joining. Dr. Menon has offered to supervise.`,
  },
  {
    id: "in-comment-009",
    setting: "surgery",
    role: "unit chief (surgery)",
    text: `Reviewer's remark: Good reflection. Please note that your log entry still contains ⟦NAME|Murugesan⟧'s name and his village; for the logbook we only need age, sex and diagnosis, so remove both before final submission. Your point about scheme forms is well taken and I have spoken to the medical records officer. Clinically, revise the Wagner and PEDIS classifications before your viva.`,
  },
  {
    id: "in-comment-010",
    setting: "dentistry",
    role: "professor of oral medicine",
    text: `Faculty feedback: Anjali, this is a good honest entry. Forgetting the neck is a common intern error and you corrected it on the spot. I like that you linked the finding to the WHO 2020 classification. Please also record the toluidine blue result and the histopathology outcome when it comes, so that your logbook shows the whole journey of the case.`,
  },
  {
    id: "in-gibbs-011",
    setting: "surgery",
    role: "MS General Surgery resident (third year)",
    text: `Gibbs reflection – operating on the very old

Description: I assisted an emergency laparotomy for a perforated duodenal ulcer in a man ⟦AGE|aged 96⟧, a retired schoolteacher who still read the newspaper every morning. The family, through his grandson who lives in Bengaluru, had emailed our unit from ⟦EMAIL|rohit.bansal.1989@gmail.com⟧ asking for "everything to be done". The P-POSSUM predicted mortality was over 40%.

Feelings: Conflicted. I was proud to be part of a well-run emergency operation and uneasy about whether we should be doing it at all.

Evaluation: The operation (Graham patch repair and peritoneal lavage) was technically straightforward. My consultant, Dr. Iyer, spoke to the patient himself before surgery, not just the grandson, and he said clearly that he wanted the operation. That conversation was the best thing I saw all week. What went less well was the post-operative phase: he developed delirium and aspiration pneumonia and spent eleven days in the surgical ICU before he died.

Analysis: NELA and the literature on emergency laparotomy in the elderly show how much frailty, rather than age alone, predicts outcome. We did not formally assess frailty. Also, the family's email had set the tone, and I think we heard "everything" as an instruction rather than as fear. The patient's own wish was for the operation, but we did not discuss ceilings of care with him before he became delirious.

Conclusion: Respecting autonomy includes asking the second question: "and if things go badly?"

Action plan: Use the Clinical Frailty Scale in every emergency surgical admission over 70; document ceilings of care before theatre when the patient can still tell us; present this case at our department's morbidity and mortality meeting.`,
  },
  {
    id: "in-free-012",
    setting: "emergency medicine",
    role: "casualty medical officer",
    text: `Short reflection – a video from casualty

A teenage boy, ⟦NAME|Bablu⟧, came in after a bike skid with a forearm fracture. While we were reducing it under ketamine, his cousin filmed the whole thing and posted it within minutes to ⟦NAME|Bablu⟧'s own account, ⟦OTHER|@bablu_rider_official_07⟧, as a reel: ⟦URL|https://www.instagram.com/reel/Cx7bKq0412pL/⟧. Our nursing superintendent spotted it the next morning because it showed our casualty board behind the bed.

I felt angry, then realised the failure was ours: nobody stopped the filming. The NMC's guidelines and our hospital's own photography policy are clear. From now on I will ask relatives to put phones away before any procedure, and I have asked for a "no recording" sign in the procedure room.`,
  },
];
