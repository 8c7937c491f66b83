import type { SourceItem } from "../../corpus/types.ts";
import { hkid, nhi, nric } from "../gen.ts";

/** New Zealand, Singapore, Hong Kong and Malaysia. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "nz-gibbs-001",
    setting: "general practice",
    role: "GPEP registrar (rural)",
    text: `Gibbs reflection – rural hauora, Tairāwhiti

Description: On my rural attachment I did a home visit with the practice nurse to ⟦NAME|Koro Hemi⟧, an elderly man with heart failure who lives with his mokopuna in ⟦LOCATION|Ruatoria⟧. He had missed two clinic appointments. The referral from the hospital had his NHI, ⟦ID|${nhi("ZZZ031")}⟧, handwritten at the top because the printed label was missing, and I copied it into my own notebook so I could find his record on the practice system.

Feelings: I felt like a visitor, which I was. I was also anxious about his fluid status; he had gained four kilograms.

Evaluation: The nurse, Whaea Mere, led the kōrero. She spent the first fifteen minutes on whakapapa and family before any clinical question. I found that hard to sit through at first, then realised it was the assessment: by the end we knew who drove him, who cooked, and why he had stopped taking his furosemide (it made him get up at night and the toilet is outside). We increased his furosemide to 80 mg in the morning only, and arranged a commode.

Analysis: Te Whare Tapa Whā, the model Sir Mason Durie described, puts taha whānau alongside taha tinana. I had been trained to treat the body and consider the family as context. Here the family was the treatment plan. I also reflected that I wrote down his NHI in a paper notebook that then travelled in my car for a week, which I should not have done.

Conclusion: Relationship first, then clinical questions, and keep identifiers in the system, not my pocket.

Action plan: Complete the Hauora Māori module on the RNZCGP website; ask Whaea Mere if I can join more home visits; shred the notebook page (done).`,
  },
  {
    id: "nz-what-002",
    setting: "psychiatry",
    role: "trainee intern (sixth-year medical student)",
    text: `What?
In my psychiatry run in Dunedin I was asked to present a patient at the weekly multidisciplinary meeting. I presented a thorough biomedical formulation: diagnosis (major depressive disorder, moderate, with anxious distress), PHQ-9 and GAD-7 scores, sertraline dose, and a risk assessment. My consultant, Dr. Aroha Ngata, thanked me and then asked, "And who is this person?"

So what?
I had no answer beyond age and occupation. I had not asked about his culture, his spiritual life or his connection to whenua. Dr. Ngata introduced me to the Meihana model, which was developed at the University of Otago and builds on Te Whare Tapa Whā, and explained that a formulation that leaves out wairua and whānau is incomplete for many of her patients, not just Māori ones.

I felt embarrassed, but it was a constructive embarrassment. The 4P formulation I had been taught (predisposing, precipitating, perpetuating, protective) has room for all of this; I had just filled it in with biological items.

I also noticed something about myself: I am comfortable with symptom checklists because they feel objective. Asking about meaning and belonging feels more personal, and I worried about intruding. Dr. Ngata's view is that patients usually welcome the question if it is asked with genuine curiosity.

Now what?
- Use the Meihana model in my next two case presentations.
- Read Durie's Whaiora and the Te Tiriti o Waitangi principles in the Medical Council of New Zealand's cultural safety statement.
- Practise asking "What helps you feel well?" early in the interview.

I have a PGY1 interview next month, and I want to talk about this.`,
  },
  {
    id: "nz-comment-003",
    setting: "psychiatry",
    role: "consultant psychiatrist",
    text: `Supervisor comment: Kia ora Ben, thank you for writing this up so honestly. The question "who is this person?" is one I was asked as a registrar too. Your plan to use the Meihana model is good; please also talk with the Māori health team's kaumātua, who is happy to meet students. Well done on your presentation skills overall, which were clear and confident.`,
  },
  {
    id: "sg-free-001",
    setting: "surgery",
    role: "PGY1 (house officer), general surgery",
    text: `Reflection – the discharge that almost went wrong

My first posting as a PGY1 was general surgery. One of our patients was an elderly lady the whole ward called "⟦NAME|Ah Ma Tan⟧", recovering from a right hemicolectomy in ⟦FACILITY_ROOM|Ward 56, bed 12 at Tan Tock Seng⟧. On the day of discharge I was doing the paperwork quickly between a code blue and the afternoon round. The discharge summary template pulled in her NRIC, ⟦ID|${nric("S4719203")}⟧, and I printed two copies: one for her and one for her daughter, who was taking her home.

A staff nurse noticed that I had also left the second copy, with her NRIC, medication list and follow-up dates, on top of the nurses' counter while I went to answer a call. Another family walked past it. She picked it up and gave it back to me without any fuss.

What I reflected on:
1. Singapore's PDPA and the Healthcare Services Act both restrict the collection and use of NRIC numbers, and the hospital has been removing them from printed documents. I didn't know that the discharge template still included it.
2. I was so focused on the clinical handover — her stoma was not an issue but she needed a review of her warfarin in the anticoagulation clinic — that I treated the paper as an afterthought.
3. The nurse's quiet correction was kind. I want to be the kind of doctor who corrects colleagues like that.

What I did afterwards: I told my MO, Dr. Lim, and we reported the template issue to the IT team. It has since been changed to show only the last four characters.

For my learning: finish the data protection e-module, check every printout, and never do paperwork in a rush after a code.`,
  },
  {
    id: "sg-gibbs-002",
    setting: "anaesthesia",
    role: "anaesthesia resident (R2)",
    text: `Gibbs reflection – my first paediatric induction

Description: A four-year-old for adenotonsillectomy. My consultant, Dr. Wong Mei Ling, let me lead an inhalational induction with sevoflurane while the mother held the child on her lap.

Feelings: Nervous. Children's airways scare me more than adults'; everything happens faster.

Evaluation: The induction went smoothly until about stage 2, when the child became agitated and the mother became very distressed as she felt her daughter go limp. I focused on the airway and did not say anything to the mother. The nurse guided her out. The airway was fine, with mild laryngospasm that resolved with CPAP.

Analysis: I had read the Association of Paediatric Anaesthetists of Great Britain and Ireland guidance and the SPA (Society for Paediatric Anaesthesia) material on parental presence, which recommends preparing parents in advance for what induction looks like — the eye-rolling, the limpness, sometimes the noise. I had done a standard consent and no preparation. Dr. Wong later said that parents remember the induction for years, and a sentence beforehand ("she may look floppy and breathe noisily, which is normal") changes their experience completely.

Conclusion: For paediatric anaesthesia there are two patients in the room during induction, and I attended to only one.

Action plan: Prepare parents with a standard explanation before every inhalational induction; ask the play specialist to join me for the next two cases; review laryngospasm management (Larson's point, CPAP, propofol, suxamethonium) on the paediatric simulation mannequin at NUS before my next list. Also I have submitted an abstract about parental preparation to the Singapore Anaesthesiology Congress.`,
  },
  {
    id: "sg-what-003",
    setting: "emergency medicine",
    role: "emergency medicine resident",
    text: `What?
On ⟦DATE|Chinese New Year's Eve⟧ an elderly lady was brought into our ED after she collapsed at a reunion dinner. She was ⟦AGE|97⟧, lived with her son's family, and had been well that morning. ECG showed complete heart block with a rate of 32. We started transcutaneous pacing and called cardiology for a temporary wire.

So what?
The family was large, loud and frightened, and there were at least twelve of them in the waiting area. I tried to update everyone and ended up repeating the same news five times. In the end her granddaughter gave me her handphone number, ⟦PHONE|+65 8555 0192⟧, and said she would relay to the rest. I realised later that I had not asked the patient herself, who was awake and alert once paced, whom she wanted me to speak to. She told me, in Hokkien through the nurse, that she wanted her eldest son.

Ageing in Singapore means we see more and more nonagenarians and centenarians with acute illness. I have learned Advance Care Planning as a process, and the Living Matters framework, but in the ED it is tempting to speak to whichever relative is loudest or most fluent in English.

Now what?
- Ask the patient first who should receive updates, even in the rush.
- Use a nominated family spokesperson, with the patient's consent.
- Learn basic Hokkien phrases for the ED; our senior nurse, Sister Rosalind, has offered to teach me.
- Complete the Advance Care Planning facilitator course run by the Agency for Integrated Care.

Update: she had a permanent pacemaker a few days later and went home.`,
  },
  {
    id: "hk-free-001",
    setting: "psychiatry",
    role: "psychiatry resident (first year)",
    text: `Reflection – a late-night admission and an identity card

I admitted a man in his fifties, ⟦NAME|Mr Chan Kwok-wing⟧, to ⟦FACILITY_ROOM|Bed 23 of Ward K7 at Kwai Chung Hospital⟧ after he was brought in by police from a subdivided flat where neighbours had complained of shouting for several nights. He had a history of bipolar affective disorder and had stopped lithium six months earlier. His HKID, ⟦ID|${hkid("K512093")}⟧, was read out by the constable in the admission area in front of several other patients and their relatives.

I did not know what to do. Correcting a police officer in public felt inappropriate. Saying nothing felt wrong. I said nothing.

Afterwards I discussed it with my supervisor, Dr. Leung. She said that under the Personal Data (Privacy) Ordinance the hospital has a duty to minimise disclosure, and that a simple "let's do the paperwork over here" is enough; most officers are happy to move. She has asked the ward manager to mark a quiet spot at the admission desk for exactly this.

Clinically, the admission went reasonably. He was floridly manic, YMRS 32, with grandiose delusions that he had been appointed to the Legislative Council. Under the Mental Health Ordinance he was detained under section 31. I took a careful physical history (lithium toxicity signs, renal function, thyroid function), which my senior praised. I restarted a mood stabiliser after discussion with the on-call consultant.

What I will take from this: privacy failures often happen in small moments that everyone else treats as routine. I want to practise the sentence that redirects the conversation without embarrassing anyone. I will also read the Hospital Authority's guidance on patient privacy in admission areas.`,
  },
  {
    id: "hk-gibbs-002",
    setting: "paediatrics",
    role: "final-year medical student (HKU)",
    text: `Gibbs reflection – paediatric history taking, my clinical clerkship

Description: In my paediatrics clerkship I took a history from the mother of a two-year-old with recurrent wheeze. She spoke Cantonese and a little English; I am more fluent in English. I took the history in a mixture, and my tutor, Dr. Ho, observed.

Feelings: I felt confident going in. Coming out I felt I had missed a lot.

Evaluation: I covered the presenting complaint well: episodes of wheeze with colds, night cough, partial response to salbutamol. I forgot to ask about smoking in the home, and I asked about "eczema" in English, which she did not understand. Dr. Ho asked the same question in Cantonese and the mother said the child has had dry, itchy skin since infancy. That is a significant atopic history I missed.

Analysis: I realised that switching between languages let me sound efficient while actually missing the meaning. GINA 2024 and the British Thoracic Society/SIGN guidance on asthma in children under five emphasise atopy and environmental exposure, both of which I underweighted. My history would have led to a weaker management plan.

Conclusion: Language is not just a communication skill; it is a clinical skill. I should take the history in the patient's language or arrange an interpreter, not rely on partial understanding.

Action plan:
- Learn the Cantonese terms for common paediatric symptoms (eczema, wheeze, vomiting, fever) this month.
- Use a structured paediatric respiratory history template.
- Ask Dr. Ho to observe another history next week.
- Read the Hong Kong Paediatric Society's consensus on childhood asthma.`,
  },
  {
    id: "hk-comment-003",
    setting: "psychiatry",
    role: "psychiatry supervisor",
    text: `Supervisor's comment: A good, honest reflection on a common situation. Please anonymise before submission: remove ⟦NAME|Mr Chan⟧'s name, his HKID and ⟦FACILITY_ROOM|Bed 23⟧; "a man in his fifties admitted to an acute ward" is enough for learning purposes. Your physical assessment was thorough. Next time, I would be happy for you to call me at the time if you feel unsure about speaking to the police.`,
  },
  {
    id: "my-free-001",
    setting: "general practice",
    role: "medical officer (klinik kesihatan)",
    text: `Reflection – home visit in the kampung, Kedah

As part of my posting at a klinik kesihatan I joined a home visit to ⟦NAME|Pak Cik Rahim⟧, a 78-year-old padi farmer with a stroke six months ago who had stopped coming for his follow-up. He lives with his wife in ⟦LOCATION|Kampung Sungai Limau Dalam⟧, about 20 minutes from the clinic along a dirt road. The staff nurse had his MyKad number, ⟦ID|450712-02-5523⟧, and address, ⟦ADDRESS|Lot 218, Jalan Sungai Limau, 06400 Pokok Sena, Kedah⟧, written on the visit list clipped to the front of her file.

He was sitting on the verandah with his right arm in a sling and said he did not come to the clinic because he could not ride his motorcycle anymore and did not want to bother his sons in Kuala Lumpur. His BP was 172/98. He had run out of amlodipine and simvastatin two months earlier.

We restarted his medicines, arranged for the community nurse to deliver refills monthly, and spoke with his wife about a simple home exercise programme from the physiotherapist. His wife asked about a wheelchair and we referred her to the Jabatan Kebajikan Masyarakat.

What I learned: "loss to follow-up" is often a transport problem, not a motivation problem. I also noticed that our visit list, with names, IC numbers and addresses, travels openly in the van and is sometimes left on the dashboard. I suggested to my supervisor, Dr. Norhayati, that we use a closed folder, and she agreed.

Next steps: learn the Malaysian CPG on stroke rehabilitation; ask whether our klinik can track patients who miss two consecutive appointments; write up a short audit for the district health office.`,
  },
  {
    id: "my-what-002",
    setting: "dentistry",
    role: "dental officer (compulsory service)",
    text: `What?
During my compulsory service I was posted to a school dental programme. On the first day I screened 140 primary school children in a single morning, using a torch, a mirror and a probe, and I realised by the afternoon that I could not remember most of them as individuals.

So what?
The Malaysian school dental service is one of the oldest in the region and the dmft/DMFT data from it are used nationally. But my screenings felt like a production line. When I asked my senior, Dr. Siti Aminah, whether this was normal, she said the numbers are the point of a screening programme, but the children who need treatment deserve to be seen properly the second time. She showed me how she flags high-risk children (early childhood caries, visible plaque, snacking between meals) for a longer follow-up visit, and how she speaks to each one by name for at least a minute.

I also reflected on my own behaviour with anxious children. I had been doing quick exams and moving on. Using tell-show-do and letting them hold the mirror took only a few seconds longer and changed how the children responded.

The Ministry of Health's Oral Health Programme uses the Clinical Practice Guidelines on management of severe early childhood caries, which I revised that evening.

Now what?
- Flag high-risk children clearly for follow-up.
- Spend a moment with each child, even in screening.
- Propose a short oral hygiene talk at each school assembly, in Malay and Tamil as needed.
- Attend the Malaysian Dental Association's paediatric dentistry webinar series.`,
  },
  {
    id: "my-gibbs-003",
    setting: "obstetrics",
    role: "housemanship doctor (O&G posting)",
    text: `Gibbs reflection – shoulder dystocia drill

Description: Our O&G department held a PROMPT-style obstetric emergency drill for house officers. I was the first doctor in the room for a simulated shoulder dystocia with a birthing mannequin. Dr. Farid, a specialist, ran the scenario and the labour room sister played the midwife.

Feelings: I panicked. I knew HELPERR but I forgot to call for help first and went straight to McRoberts.

Evaluation: McRoberts and suprapubic pressure were performed correctly. I remembered to say "shoulder dystocia" clearly, which the sister later said helped. But I did not note the time of delivery of the head, and I did not assign anyone to record timings. In the debrief this came up first: time from head to body is critical and needs to be documented.

Analysis: The RCOG Green-top Guideline 42 on shoulder dystocia and the Malaysian Ministry of Health's obstetric protocols both stress calling for help early, clear communication, and documentation of timings and manoeuvres. I had focused on the manoeuvres because they are the memorable part. Drills are exactly the place to make these mistakes.

Conclusion: I knew the steps but not the sequence under stress. The drill showed me the gap between knowledge and performance.

Action plan: Practise the HELPERR sequence aloud with a colleague weekly; ask to repeat the drill next month; read the Malaysian Confidential Enquiry into Maternal Deaths report chapter on obstetric emergencies; memorise the standard shoulder dystocia documentation proforma.`,
  },
];
