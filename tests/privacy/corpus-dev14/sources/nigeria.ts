import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "surgery",
    role: "house officer (surgery)",
    text: `Reflective entry – housemanship, General Surgery

Description: ⟦NAME|Mama Chiamaka⟧, as everyone on the ward called her, was a 64-year-old trader admitted to ⟦FACILITY_ROOM|Male Surgical Ward bed 12 at UNTH Ituku-Ozalla⟧ (the female ward was full) with a fungating breast mass. Hospital number ⟦ID|UN/24/118907⟧. She had been to a prayer house and a herbalist for eight months before coming to us. I was asked by the senior registrar to take her history for the tumour board.

Feelings: Sadness, and frustration at the delay. Also embarrassment at her being on a male ward, which she bore without complaint.

Evaluation: My history was thorough. I documented the duration, the herbal applications, weight loss and bone pain. I was poor at the social history: I did not ask who would pay for chemotherapy until her son mentioned that the family had already sold a plot of land for the CT scan.

Analysis: In Nigeria most cancer care is paid out of pocket, and the NHIA scheme covered little of hers. The "social" part of the history is not an extra here; it decides what treatment is actually possible. My consultant, Dr. Obiora, reminded me that the Nigerian National Cancer Control Plan lists late presentation and cost as the two main barriers, and we had both in one patient.

Conclusion: I took a good medical history and a weak human one.

Action plan: Ask about finances, support and transport in every oncology clerking; learn what the hospital's social welfare unit can do; discuss with Dr. Obiora whether the tumour board can include a social worker. Finally, read the NCCN harmonised guidelines for sub-Saharan Africa before my next surgical oncology clinic.`,
  },
  {
    id: "ng-what-002",
    setting: "anaesthesia",
    role: "anaesthesia resident (junior)",
    text: `What?
I was alone in the obstetric theatre at night when the theatre ran out of bupivacaine heavy. A woman needed an emergency caesarean for obstructed labour. My options were general anaesthesia with ketamine or waiting for pharmacy, which was closed until morning. I called my consultant, Dr. Adesola, at 1am.

So what?
She talked me through a rapid-sequence induction with ketamine 1.5 mg/kg and suxamethonium, with cricoid pressure and a good pre-oxygenation, because our halothane vaporiser was also unreliable. Mother and baby were both fine. But the episode shows the gap between our training, which is mostly regional for obstetrics, and the reality of stock-outs. I had done very few GAs for caesarean and my hands were not as steady as I wanted them to be.

I also reflected on how I felt calling her at 1am. I hesitated for five minutes before I picked up the phone. She said afterwards that she would rather be woken up ten times than find out about a disaster in the morning, and that the Nigerian Society of Anaesthetists' safety standards expect exactly that.

Now what?
- I have asked to be rostered on two elective GA caesareans with a consultant present, to build confidence.
- I raised the bupivacaine stock-out at the departmental meeting, and the head of department has agreed to keep an emergency box sealed in theatre.
- I will complete the WFSA's online obstetric anaesthesia module and revise the OAA/DAS obstetric difficult airway guidelines.

Also, I have learnt to ring early. That lesson alone was worth the night.`,
  },
  {
    id: "ng-free-003",
    setting: "obstetrics",
    role: "medical officer (primary care, north-west)",
    text: `Reflection – postpartum haemorrhage and a long road, Kano State

On ⟦DATE|the second day of Sallah⟧ a 30-year-old grand multipara was brought to our general hospital from ⟦LOCATION|Gidan Maikano⟧, about 70 km away, four hours after a home delivery. She had lost a lot of blood; her wrapper was soaked. Pulse 136, BP 70/40, Hb later 4.8 g/dL.

We did the basics quickly: two wide-bore cannulas, fundal massage, oxytocin infusion, misoprostol, and tranexamic acid. The placenta was incomplete and I did a manual evacuation under ketamine. We transfused three units of blood that her brothers donated on the spot. By morning she was stable.

Her husband, ⟦NAME|Malam Sani Garba⟧, gave me his number, ⟦PHONE|0803 555 0147⟧, and asked me to call him personally with updates because he was not allowed into the female ward. I did, but I was uncomfortable: the woman herself was awake and could speak, and I had not asked her who she wanted informed.

What I learned: first, the WHO recommendations on PPH and the Nigerian task-shifting policy allow trained CHEWs to give misoprostol in the community, and if that had happened in her village she might have arrived in better shape. Second, in our setting the husband is usually the decision-maker, but I should still ask the patient first. I did that the next day, and she said she wanted both her husband and her mother told. That is a small thing, but it was her choice.

I discussed this with my senior, Dr. Habiba Yusuf, who suggested I present the case at the state's maternal death review meeting as a near miss.`,
  },
  {
    id: "ng-free-004",
    setting: "psychiatry",
    role: "psychiatry resident (senior)",
    text: `Reflection – the first ECT I prescribed

For my part II portfolio I am writing about prescribing a course of electroconvulsive therapy for a young man with catatonic schizophrenia who had stopped eating and drinking. His Bush-Francis score was 23, lorazepam challenge had given only a partial response, and his creatinine was rising.

ECT carries a heavy stigma in Nigeria, partly from films and partly from history. When I explained it to the family, his father said, "You want to shock my son like a madman." I had prepared a clinical explanation: the evidence for catatonia, the anaesthesia, the muscle relaxant, the small risks. It did not land.

My consultant, Dr. Olumide, took a different approach. He asked the father what he had seen and what he feared. Then he offered to let the father watch a session from the recovery area afterwards. That changed everything. The father consented, and after four sessions his son was eating, walking and asking for his phone.

What I learned: the consent conversation for ECT is as much about the family's fear as about the patient's capacity. Under Nigeria's new National Mental Health Act 2021, consent and the patient's rights are better protected than under the old Lunacy Act, and I need to know it properly. I also learned that evidence is not persuasive on its own; experience and respect are.

Next steps: read the APA's 2001 task force report on ECT and the Royal College of Psychiatrists' ECT Accreditation Service standards; prepare a short Yoruba and Pidgin information leaflet with our ward nurses; attend the Association of Psychiatrists in Nigeria conference in Abeokuta.`,
  },
  {
    id: "ng-gibbs-005",
    setting: "paediatrics",
    role: "paediatrics resident (junior)",
    text: `Gibbs reflection – severe malaria and the blood bank

Description: A 3-year-old girl came into children's emergency with cerebral malaria: convulsions, a Blantyre coma score of 2, and a haemoglobin of 4.1 g/dL. I started IV artesunate according to the national treatment guidelines and asked for blood, but the blood bank had no O negative and the family had no donors available that night.

Feelings: Helpless. I had the drug and the knowledge but not the blood.

Evaluation: Artesunate was given quickly and convulsions were controlled with rectal diazepam and then phenobarbitone. My senior, Dr. Oyebanji, called three of our own residents to be screened as donors. One matched, and the transfusion started two hours later. The child woke up on the third day. What I did less well was to anticipate: I knew at 8pm the Hb was low and did not call the blood bank until 10pm.

Analysis: The WHO severe malaria guidelines recommend transfusion for Hb under 5 g/dL in children in high-transmission areas, and every hour of delay matters. Our blood bank needs notice. I also realised that I had assumed the family would organise donors, without asking whether they could.

Conclusion: Anticipation is a clinical skill.

Action plan: Request blood at the time of admission for any child with severe anaemia; learn the blood bank's on-call process; take part in the department's voluntary donor drive, which I have already registered for. I have also started revising the WHO Pocket Book of Hospital Care for Children ahead of my part I exams.`,
  },
  {
    id: "ng-comment-006",
    setting: "paediatrics",
    role: "consultant paediatrician",
    text: `Consultant's comment: Thank you, Dr. Ezeh. This is a fair and self-aware reflection. Delayed blood requests are a recurring problem in our unit, and your action plan is practical. Please also add what you learned about the Blantyre score and its limitations in older children. I would be glad to discuss the donor drive with the hospital management.`,
  },
  {
    id: "ng-free-007",
    setting: "emergency medicine",
    role: "emergency medicine resident",
    text: `Emergency department reflection – the bone-setter's patient

A 42-year-old man came in with a swollen, black, foul-smelling forearm nine days after a fall. He had been treated by a traditional bone-setter with tight splints. By the time we saw him the compartment was gone and the hand was not salvageable. He had an above-elbow amputation two days later.

I want to reflect on how the story reached us and on my own reaction. His brother did most of the talking, and in passing he explained why so many people had visited him at the bone-setter's: he is ⟦OTHER|the okada rider who leads the drummers at the Saturday market in Ikire⟧. The nurses nodded; two of them knew exactly who he was. I realised, writing my notes, that this detail identified him to anyone from that town as surely as his name. I left it out of the clinical notes and reported only the bone-setter's practice to the public health team, who are working with traditional bone-setters in Osun State.

I also had to register the patient on the new system, which asked for his NIN, ⟦ID|41829350716⟧. He had it on a slip in his wallet. I entered it, but noticed I had also written it on the back of the triage sheet, which I then destroyed.

On my reaction: I was angry with the bone-setter. Dr. Adebayo, our consultant, reminded me that most Nigerians see a bone-setter first, that they are trusted and cheap, and that anger does not help. Training them to recognise danger signs and refer early works better. There is a published programme from Ile-Ife that did exactly that.

Next steps: read about compartment syndrome and Volkmann's ischaemic contracture again; join the outreach training day with bone-setters in March.`,
  },
  {
    id: "ng-what-008",
    setting: "dentistry",
    role: "dental house officer",
    text: `What?
An elderly man, ⟦NAME|Alhaji Sani Dankano⟧, was brought to our dental clinic by his grandson with pain from a lower denture that no longer fitted. He told me proudly that he was ⟦AGE|94⟧, and he had made the denture himself out of acrylic that a local craftsman had sold him twenty years ago. The ridge under it had an ulcerated area about 1.5 cm across.

So what?
My first thought was denture-induced trauma and I was about to adjust the flange and review in two weeks. My supervisor, Dr. Bello, asked me how long the ulcer had been there (more than a month) and whether it was indurated (it was, at one edge). She asked me to think about squamous cell carcinoma and to biopsy rather than wait. The biopsy showed well-differentiated SCC. He was referred to maxillofacial surgery.

I was shocked by how close I came to sending him home. The rule of a two-week review applies to ulcers that have a clear cause and are recent. This one had neither. The NDA's and WHO's guidance on oral cancer both warn about persistent ulcers in older patients, and I knew that, but the denture gave me an easy explanation.

Now what?
- Any ulcer over three weeks, biopsy or refer. No exceptions.
- I will include a full soft tissue examination in every denture review, not just the denture-bearing area.
- I am reading the BAOMS head and neck cancer referral guidance and will present this case at our clinic meeting next Friday.

He thanked me and the grandson took a photo of us together. I asked them not to post it, and they agreed.`,
  },
  {
    id: "ng-free-009",
    setting: "general practice",
    role: "family medicine resident",
    text: `Reflection – diabetes education in a church hall

Our department runs a monthly health outreach in a church in Enugu, and this month I led the diabetes session for about forty people. I had prepared slides on HbA1c targets, metformin, foot care and the plate method, based on the Diabetes Association of Nigeria's clinical practice guidelines and the IDF Diabetes Atlas figures for Africa.

About ten minutes in I realised I had lost the room. People were polite but glazed. An older woman stood and asked whether bitter leaf soup would "wash out the sugar". The room came alive. Everybody had an opinion on bitter leaf, ugu and garden egg.

I changed tack. I put the slides away and we talked about real Nigerian meals: swallow and soup, rice, beans, plantain, zobo. My senior, Dr. Nkechi Agu, helped me describe portion sizes with our hands rather than grams. People asked real questions about fasting during Lent, about agbo, and about whether insulin makes you go blind (it does not; high sugar does).

What I learned: health education must start where people are. My slides were accurate but designed for an exam, not for a church hall. The Health Belief Model we studied in community medicine makes more sense to me now: perceived barriers and cues to action were all over that conversation.

Next time: fewer slides, more food; invite a dietitian; ask the congregation before the session what questions they have. I have also started collecting local food pictures for a simple leaflet, and Dr. Agu has promised to help me get it printed through the department.`,
  },
  {
    id: "ng-what-010",
    setting: "OSCE",
    role: "final-year MBBS student",
    text: `What? In our final MBBS surgery OSCE I examined a hernia station and called a direct inguinal hernia indirect. I had done the deep-ring occlusion test, but in the wrong place.

So what? I had learnt the anatomy from Bailey and Love but had not practised finding the mid-inguinal point versus the midpoint of the inguinal ligament on real people. My examiner, Prof. Okonjo, was kind but clear: surface anatomy is a skill, not a fact.

Now what? I am practising on classmates with Dr. Eze's group every evening, and I will watch the WACS surgical skills videos before the resit in July.`,
  },
];
