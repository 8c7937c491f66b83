import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: eye outreach, noma, WhatsApp follow-up, albinism skin clinics, audiology. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "eye outreach",
    role: "optometrist",
    text: `Description: Our team ran a two-day eye outreach in Abia State. On the first day I screened ⟦NAME|Mama Ngozi Okorie⟧, a palm-oil trader from ⟦LOCATION|Amaokwe Item⟧ who had come with her grandson because she could no longer see to count money. Her visual acuity was counting fingers in both eyes with dense white cataracts. The registration clerk wrote her NIN, ⟦ID|48217750391⟧, on the referral card along with her grandson's number.

Feelings: I felt useful, then helpless, because surgery was only available at the state hospital and the fee was beyond her.

Evaluation: Screening went well; we saw more than two hundred people and referred thirty-one for cataract surgery. But the referral cards were handwritten, carried the NIN and phone number in full, and were given to people who would keep them in handbags for months.

Analysis: The National Eye Health Policy aims to reduce avoidable blindness, and outreach is central to it. Yet outreach often collects more data than it uses. Dr. Eze, our team lead, said we only needed a name and a serial number to trace the referral; the NIN was collected because the form had a box for it.

Conclusion: A form box is not a reason to collect an identifier.

Action plan: I will propose a simpler referral card for the next outreach, with a serial number that links to a secure register. I will also follow up the thirty-one referrals by phone to see how many actually reached surgery.`,
  },
  {
    id: "ng-what-002",
    setting: "maxillofacial clinic",
    role: "dental house officer",
    text: `What? During my maxillofacial rotation in Sokoto, I saw a seven-year-old boy with healed noma. Half of his upper lip and the adjacent cheek were missing, and his jaw was fused so that he could open his mouth only a few millimetres. He had survived acute necrotising gingivitis three years earlier after measles and severe malnutrition.

So what? I had read that noma kills up to 90% of untreated children and that it was added to the WHO list of neglected tropical diseases in 2023. Seeing a survivor made clear that the disease does not end when the infection stops. He cannot eat properly, he does not attend school because other children tease him, and reconstructive surgery will take several operations over years. Dr. Bello, our consultant, told me the hospital sees several cases every year, and most arrive too late for simple treatment.

I also realised how little I knew about early signs. Acute necrotising gingivitis presents with gum bleeding, pain and a foul smell; at that stage, oral hygiene, metronidazole and nutrition could prevent noma entirely.

Now what? I will make a short talk in Hausa with our community health extension workers on recognising early gum disease in malnourished children. I will read the WHO noma factsheet and the 2016 regional framework. And I will ask Dr. Bello whether I can assist at his next reconstruction list to learn the surgical side.`,
  },
  {
    id: "ng-free-003",
    setting: "WhatsApp telemedicine",
    role: "ENT resident",
    text: `Our ENT department started using a WhatsApp group to follow up patients after tonsillectomy. It was meant to save families a trip through Lagos traffic. It mostly works.

Then came ⟦NAME|Alhaji Musa Danladi⟧'s daughter. Her father had bled on day seven after his tonsillectomy, and she posted in the group, "ENT Post-Op Families", at midnight, with a photo of a basin of blood clots, his full name, their address, ⟦ADDRESS|14 Adebayo Close, off Ogunlana Drive, Surulere, Lagos⟧, and her number, ⟦PHONE|0803 555 2194⟧. There are more than two hundred members in that group, mostly other patients' families.

I was on call. I called her immediately, told her to bring him to the emergency room, and he was managed with adrenaline-soaked gauze and observation; he did not need to go back to theatre.

Afterwards I looked back at the group and saw how much identifying information was in it: names, addresses, photos of faces, discharge summaries. We had created a public ward without walls.

I raised it with our head of department, Prof. Ogunleye. We agreed to close the group and replace it with a dedicated phone line staffed by the resident on call, and to give every family a printed card with bleeding red flags and the emergency number. Telemedicine does not need to be a group chat.`,
  },
  {
    id: "ng-gibbs-004",
    setting: "ENT emergency clinic",
    role: "ENT resident",
    text: `Description: A four-year-old boy came to the ENT emergency clinic with a bead in his right ear that his mother had tried to remove with a hairpin. The canal was bleeding and the child was screaming. My consultant, Dr. Olatunde, was in theatre.

Feelings: I wanted to get the bead out quickly and make the screaming stop.

Evaluation: I tried once with crocodile forceps, which pushed the bead deeper. I stopped. I remembered Dr. Olatunde's rule: one attempt in an uncooperative child, then stop. I gave paracetamol and arranged for removal under general anaesthesia the same evening, which went smoothly.

Analysis: Round, smooth foreign bodies are hard to grasp; forceps are the wrong tool. A hook behind the bead, suction or syringing for non-organic objects would have been better, but only with a still child. The greatest risk in foreign-body removal is damage to the tympanic membrane from repeated attempts, and I had added to the trauma already caused at home.

Conclusion: Knowing when to stop is a skill, and I used it, though one attempt later than ideal.

Action plan: I will practise with the right instruments on the ear model in the skills lab. I will also make a simple leaflet in Yoruba and English for parents, explaining not to try removal at home, and ask the paediatric outpatient department to display it.`,
  },
  {
    id: "ng-what-005",
    setting: "albinism skin clinic",
    role: "dermatology resident",
    text: `What? Our dermatology team runs a monthly skin cancer clinic for people with albinism. On ⟦DATE|the third day of Sallah⟧, I saw a man with a large ulcerated squamous cell carcinoma on his neck. He was ⟦OTHER|the only albino palm-wine tapper in Ihiala, who climbs the raffia palms by the market every dawn⟧, and he had been working in full sun without a hat since childhood.

So what? People with albinism in Nigeria face a very high risk of skin cancer, often before the age of forty, and most of the lesions we see are advanced. Sun protection is simple in theory: broad-spectrum sunscreen, long sleeves, wide-brimmed hats. In practice, sunscreen is expensive, and outdoor work is often the only work. I also saw how much stigma and fear of attack shape his life; he told me he avoids crowded places.

Dr. Nwachukwu excised the lesion with a 6 mm margin and sent it for histology. I assisted and learnt the layered closure.

Now what? I want to help set up a sunscreen distribution scheme with the Albinism Foundation and local pharmacies. I will read the 2020 UN Independent Expert report on people with albinism. And I realise I need to be careful when writing up cases: his work and town are enough for anyone in his area to know him, so my case presentation will describe only the clinical features.`,
  },
  {
    id: "ng-free-006",
    setting: "audiology clinic",
    role: "audiologist",
    text: `Most of the adults in our audiology clinic come too late. This week I saw a woman in her fifties who had noticed her hearing fading for ten years before anyone suggested a test.

Her audiogram showed a moderate-to-severe sloping sensorineural loss, worse on the left. She had used gentamicin injections for a febrile illness years ago, and there was a family history of hearing loss. I explained that hearing aids would help, but she asked the price and went quiet. A basic pair costs more than she earns in two months.

I felt frustrated, and not with her. The World Report on Hearing (WHO, 2021) estimates that most people who need hearing aids in low-income countries never get them. We fit donated devices when we have them, but donated aids need batteries, moulds and follow-up we often cannot provide.

My supervisor, Dr. Adebayo-Cole, suggested I refer her to the hearing-aid bank run by a local charity and teach her communication strategies in the meantime: face the speaker, reduce background noise, ask people to rephrase rather than repeat. She smiled at that and said she had already been doing most of it.

I am learning to value what I can do in one session, even when the main solution is out of reach. I also plan to audit our clinic's time from referral to fitting so we can argue for funding with numbers rather than stories.`,
  },
  {
    id: "ng-gibbs-007",
    setting: "teleophthalmology",
    role: "ophthalmic nurse",
    text: `Description: Our hospital started telephone follow-up for patients after cataract surgery. On ⟦DATE|Tuesday 4 November⟧ I called ⟦NAME|Iya Bose Adeyinka⟧, who had surgery two weeks before and turned ⟦AGE|102⟧ last month, according to her family. She was seen and operated at ⟦FACILITY_ROOM|the Eye Clinic of Oke-Ado General Hospital, Ibadan⟧. Her great-granddaughter answered the phone, and everyone in the compound seemed to join the call.

Feelings: I was delighted by how happy she sounded, and unsure how to ask clinical questions in such a crowd.

Evaluation: She said she could see the faces of her great-grandchildren for the first time in years. But when I asked about pain and redness, four people answered at once. I could not be sure she was using her steroid drops four times a day as prescribed.

Analysis: Telephone follow-up assumes one patient and one phone. In large families, the phone belongs to whoever is nearest. Dr. Akinola, our consultant, said the risk is missing early signs of endophthalmitis, which needs urgent review.

Conclusion: I need a structured script that lets the patient speak for herself.

Action plan: I will ask to speak with the patient alone for a minute, use a short checklist (pain, redness, vision, drops), and ask a family member to show the drops bottle on a video call when possible.`,
  },
  {
    id: "ng-comment-008",
    setting: "teleophthalmology",
    role: "ophthalmology resident",
    text: `Beautiful story, thank you for sharing. But please edit it: with ⟦NAME|Iya Bose⟧'s age and the name of the clinic, everyone in Ibadan will know who you mean. I was the one who called her grandson on ⟦PHONE|0805 555 3318⟧ to rebook, and even he said the family reads the hospital blog.`,
  },
  {
    id: "ng-gibbs-009",
    setting: "OSCE",
    role: "fifth-year medical student",
    text: `Description: In our ophthalmology OSCE, I was asked to examine the visual fields of a simulated patient by confrontation and present my findings. The examiner was Dr. Ibrahim.

Feelings: Anxious. Visual fields always felt vague to me compared with a Snellen chart.

Evaluation: I sat at the correct distance, one metre, and asked the patient to cover one eye. I used a red hat pin for the central field and my finger for the periphery. I found a bitemporal hemianopia on the simulated card, which was the expected finding. But I described it as "both sides missing" and did not say "bitemporal hemianopia" until the examiner prompted me. I then forgot to mention pituitary adenoma or craniopharyngioma as causes.

Analysis: My technique was fine, but I could not connect findings to anatomy quickly under pressure. Dr. Ibrahim advised me to draw the visual pathway every time I practised, so that the lesion site and the field defect become automatic.

Conclusion: Knowing the steps is only half of the examination; the other half is saying what it means.

Action plan: I will draw the visual pathway from memory each day this week, practise with a partner using the RCOphth field-testing guidance, and ask my group to quiz me on causes of each defect. I will also read about Goldmann perimetry, since real patients need formal fields.`,
  },
];
