import type { SourceItem } from "../../corpus/types.ts";

/** Kenya, Uganda, Ghana, Sierra Leone: CHVs, refugee camps, VHTs, hospice at home, CHPS compounds, Ebola survivors. */
export const AFRICA: SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "community health work",
    role: "community health promoter",
    text: `
Mimi ni CHP in Kilifi County, and I want to share a story for our training group. ⟦NAME|Mama Kadzo⟧ is a mother of five who lives at ⟦LOCATION|the homestead behind the big baobab, where the Mnarani road meets the path to the borehole⟧. Her youngest was born on ⟦DATE|Madaraka Day⟧ at home, and when I visited on day three the baby's cord was red and smelling, and he was not feeding well.

I knew the danger signs from our training: not feeding, fever, redness spreading from the cord. I called the nurse at the dispensary and she said bring him now. But ⟦NAME|Mama Kadzo⟧'s husband was away fishing and she said she cannot leave the other children. We called her sister on ⟦PHONE|0722 555 318⟧ and she came within the hour to stay with the children.

At the dispensary they gave the first dose of gentamicin and amoxicillin and referred to the county hospital. The baby was admitted for seven days. He is now feeding well, "anakula vizuri", ⟦NAME|Mama Kadzo⟧ told me yesterday, laughing.

What I learned: knowing the danger signs is only half. The other half is solving the problem of who will watch the other children, who will pay the boda, who will tell the husband. Now before every birth in my area, I sit with the mother and we make a plan: which neighbour, which boda rider, which number to call. Our supervisor, Mr Baya, says we should make it part of the birth plan card for all the CHPs in the sub-county.
`,
  },
  {
    id: "ke-what-002",
    setting: "mobile outreach",
    role: "clinical officer",
    text: `
What? I joined the county mobile outreach team in Turkana for two weeks. We drive a Land Cruiser to manyattas far from any facility, set up under an acacia, and do immunisations, family planning, antenatal checks and treatment for whatever comes. On the third day we saw many children with trachoma, the eyelashes turning in, and an old man who was nearly blind from it.

So what? I had learned the WHO SAFE strategy (surgery, antibiotics, facial cleanliness, environmental improvement) as a list for exams. Here I understood that "facial cleanliness" means water, and water means a woman walking six hours. Azithromycin mass drug administration works, but the flies and the dust are still there the next day. Our team leader, Dr Ekai, who grew up in Lodwar, told me that when he was a boy, half the old people in his village were blind.

Now what? I want to work more with the water and sanitation people, not only the health people. I have also started learning Ng'aturkana; so far I can say "ejoka" and "alakara" and people laugh at my accent. Next time we go out, I will carry more tetracycline eye ointment and a list of the trichiasis surgery camps planned for next year.
`,
  },
  {
    id: "ke-gibbs-003",
    setting: "refugee camp",
    role: "nurse",
    text: `
Description: I work as a nurse in a health post in Kakuma. On the night shift a South Sudanese woman, ⟦NAME|Nyabol Deng⟧, came in labour with her first baby. Her UNHCR individual number is ⟦ID|KAK-23-0184736⟧, and the family shelter is ⟦LOCATION|Kakuma 4, Zone 2, Block 7, shelter 19⟧. She delivered a baby girl at 2:30am but then the placenta did not come out and she started bleeding.

Feelings: Fear. We had only one midwife on shift and the ambulance was already on another referral.

Evaluation: I gave oxytocin 10 IU IM and the midwife, Achieng, did controlled cord traction. The placenta was retained. We did manual removal under pethidine, which Achieng had done many times, and the bleeding stopped. ⟦NAME|Nyabol⟧ lost about 800 mL.

Analysis: In the camp, there are many deliveries every night and few staff. ⟦NAME|Nyabol⟧'s mother-in-law told us in Nuer, through the interpreter, that she had wanted to deliver at home like in South Sudan. This is common; women fear the health post because of stories of rough treatment. We were lucky she came.

Conclusion: Having skilled staff and the right drugs saved her life. But trust brought her to us.

Action plan: Work with the community health workers in the blocks to talk about respectful maternity care; ask for a second midwife at night; practise manual removal on the mannequin with Achieng.
`,
  },
  {
    id: "ke-comment-004",
    setting: "community health work",
    role: "public health officer",
    text: `
This birth plan idea is very practical, hongera! In our sub-county in Kisumu we added a "who will watch the children" line to the card last year and referrals for newborn danger signs went up. Share it at the county CHP review meeting next month, the CHMT will listen to a story like this more than to our figures.
`,
  },
  {
    id: "ke-free-005",
    setting: "medication error",
    role: "palliative care nurse",
    text: `
I have been putting off writing this. It is about a mistake I made, and my mentor says writing it down is part of owning it.

I am a palliative care nurse doing home visits in the informal settlements of Nairobi's Eastlands. One of my patients was ⟦NAME|Mzee Joseph Otieno⟧, who had cancer of the oesophagus and lived with his daughter ⟦NAME|Akinyi⟧ in ⟦LOCATION|the room behind the Legio Maria church with the green mabati gate, off the second matatu stage in Kayole⟧. He could not swallow tablets, so he was on oral morphine solution.

We have two strengths of morphine solution in our programme: the weak one, 5 mg in 5 mL, and the strong one, 50 mg in 5 mL, for patients on high doses. On ⟦DATE|Mashujaa Day⟧, when the clinic was closed and I was covering alone, ⟦NAME|Akinyi⟧ called me on her brother's phone (⟦PHONE|0733 555 604⟧) to say the bottle was finished. I took a new bottle from my bag on the matatu, and I gave her the strong one. I wrote the dose on the label in mL, the same 5 mL as before, without checking the strength.

That night Mzee was very sleepy, with pinpoint pupils. ⟦NAME|Akinyi⟧ could not wake him properly and called me again. I understood immediately what I had done. I went back, and I stayed with him. His respiratory rate was 8. We do not carry naloxone on home visits; I called our doctor, Dr Wambui, who came with it and gave a small dose, titrated, so as not to take away all his pain control. By the morning he was talking again. "Nilikuwa nimelala tu, sister," he said: I was only sleeping.

I told ⟦NAME|Akinyi⟧ the truth that morning and filled the incident form. ⟦NAME|Akinyi⟧ was angry, and then she was kind to me, which was harder.

What I have learned: the error was mine, but the system made it easy. Two strengths in similar bottles, in the same bag, with labels in mL not mg. Now the strong solution has a red label and its own box, every label gives mg as well as mL, and a second person checks any new bottle, even by WhatsApp photo. I am also asking for naloxone in every home visit bag.

Mzee died peacefully six weeks later, at home as he wished. I went to the funeral. ⟦NAME|Akinyi⟧ hugged me.
`,
  },
  {
    id: "ug-free-001",
    setting: "village health team",
    role: "village health team member",
    text: `
I am a VHT member in Gulu district. I want to share about a boy I referred last month. ⟦NAME|Mego Akello⟧, a grandmother who is caring for her grandson ⟦NAME|Okello⟧, called me because the boy's jaw was swelling very fast. He is six years. In two weeks the swelling had covered his eye.

I remembered our training about Burkitt's lymphoma, that it grows fast and it is common in children here, and that it can be treated if found early. ⟦NAME|Mego Akello⟧ had no money for transport, so I asked a boda rider I know, the one with the red motorcycle, plate ⟦OTHER|UEX 417K⟧, to take them to the paediatric ward at ⟦FACILITY_ROOM|Lacor⟧. I paid him with my VHT allowance.

At the hospital they confirmed Burkitt's and started chemotherapy, cyclophosphamide. ⟦NAME|Okello⟧ is doing well now and the swelling is going down. Mego says "apwoyo matek" every time she sees me.

What I learned is that the training was useful, because I knew this was not a tooth problem or witchcraft. Many people in the village thought it was "jok" (spirits). The family's neighbours had told them to go to the ajwaka.

Now I want to teach other VHTs and the community about childhood cancers. Our supervisor, Sister Lamwaka, has agreed to let me talk at the next parish meeting.
`,
  },
  {
    id: "ug-what-002",
    setting: "refugee health",
    role: "medical officer",
    text: `
What? Four months as a medical officer in the refugee settlements of Yumbe district in West Nile. The health centres are busy, with malaria, respiratory infections, malnutrition, and increasingly, non-communicable diseases. One day I saw a man in his forties with blood pressure of 220/130 who had been off his medicines since he fled South Sudan two years earlier.

So what? Our systems are built for acute emergencies: malaria, cholera, measles. Chronic diseases fall through. The essential medicines list at the health centre had only nifedipine and bendroflumethiazide, and stock-outs were common. I also realised that patients do not come back for follow-up because they do not know they need to; hypertension does not hurt.

Now what? With our health coordinator, Dr Aciro, I proposed a simple NCD register and monthly clinic days for hypertension and diabetes, using the WHO HEARTS technical package (2016) as a guide. We also trained the village health teams in the settlement to measure blood pressure with automated cuffs. It is early days, but in the first month we registered 140 patients. I have also learned to say "awa" and "aleyi" in Kakwa, which people appreciate.
`,
  },
  {
    id: "ug-gibbs-003",
    setting: "hospice at home",
    role: "palliative care nurse",
    text: `
Description: I am a palliative care nurse with ⟦FACILITY_ROOM|Hospice Africa Uganda⟧, and I do home visits in the villages outside Kampala. Last week I visited ⟦NAME|Jjajja Nalubega⟧, who has advanced cervical cancer. She lives with her daughter and four grandchildren in a small house. She was in severe pain, 9 out of 10, and had not been sleeping.

Feelings: Compassion, and also frustration, because she had been sent home from the hospital with only paracetamol.

Evaluation: I started her on oral morphine solution, 5 mg every four hours, which we make ourselves. In Uganda, nurses like me who are trained can prescribe morphine, which is not common in many countries. Within two days she was sleeping and smiling. She said "webale nnyo, musawo."

Analysis: Many people in Uganda still fear morphine; they think it is for dying people only, or that it will make the patient an addict. ⟦NAME|Jjajja Nalubega⟧'s daughter was afraid at first. I explained that it is the right medicine for her pain. Dr Anne Merriman's vision when she started the hospice movement here was exactly for patients like her.

Conclusion: Good pain control is a human right, as the WHO says, but it needs trained nurses and available medicine.

Action plan: Visit again after ⟦DATE|Martyrs' Day⟧, when the family returns from Namugongo; teach the daughter how to give breakthrough doses; talk to the local health centre about keeping morphine in stock.
`,
  },
  {
    id: "gh-free-001",
    setting: "chps compound",
    role: "community health officer",
    text: `
I am a community health officer at a CHPS compound in the Ashanti Region. On ⟦DATE|Akwasidae⟧, when the whole town was at the chief's palace, ⟦NAME|Maame Akua Serwaa⟧ came to me with her daughter, who was seven months pregnant with swollen face and hands. Her BP was 170/115. I was very worried about pre-eclampsia.

The daughter's NHIS card number is ⟦ID|07428813⟧, and it was expired. The mother said "Ɛnyɛ hwee, we will pay" but I knew they did not have money. I called the district director's office to ask if we could renew on the spot, and they allowed it.

I gave the first dose of magnesium sulphate as I was trained, and we transported her in the ambulance to the maternity block at ⟦FACILITY_ROOM|KATH⟧ in Kumasi. She delivered by caesarean the next day. The baby was small but both are alive.

I want to reflect on the NHIS card. Many families let their cards expire because renewal needs a trip to the district office. If I had not called, the family may have refused to go because of the fear of paying. Akwaaba is not enough; we must remove the barriers.

I have asked our district to allow CHPS officers to renew NHIS cards during home visits. I also want to teach the community about danger signs in pregnancy, in Twi, at the next durbar.
`,
  },
  {
    id: "gh-what-002",
    setting: "neglected tropical diseases",
    role: "medical student",
    text: `
What? My community health rotation took me to the Upper West Region for three weeks, with a team working on Buruli ulcer and lymphatic filariasis. We visited communities, examined skin lesions, and gave out ivermectin and albendazole in the mass drug administration.

So what? I had seen Buruli ulcer only in my pathology textbook. In the field, I saw a girl of about ten with a large ulcer on her leg that her family had hidden for months because they thought it was a curse. The stigma was as damaging as the infection. Our team leader, Dr Abdulai, explained to the family in Dagaare that it is a germ, Mycobacterium ulcerans, and it can be treated with rifampicin and clarithromycin for eight weeks, per the WHO guidance (2017).

Now what? I realised that health education is a clinical skill, not a soft extra. I want to do my final-year project on stigma and delayed presentation in Buruli ulcer. I also want to learn basic Dagaare and Waale greetings, because the families relaxed completely when Dr Abdulai spoke to them in their own language.
`,
  },
  {
    id: "gh-comment-003",
    setting: "chps compound",
    role: "midwife",
    text: `
Ayekoo, my sister! This is exactly the problem with NHIS renewals. In my district we started a mobile renewal day at the CHPS compounds once a month, with the NHIA officer coming along, and it helped a lot. Talk to your district health director about it. Also, keep doing those durbar talks, the queen mothers listen and then everybody listens.
`,
  },
  {
    id: "sl-free-001",
    setting: "ebola survivor care",
    role: "ophthalmic nurse",
    text: `
I'm an ophthalmic nurse in the survivors' clinic programme in Kenema district. Most of our patients are Ebola survivors from the 2014 outbreak with eye problems: uveitis, cataract, and vision loss that people had accepted as "God's will".

⟦NAME|Pa Sorie Kamara⟧ came to our outreach with his daughter. He lives in ⟦LOCATION|the house with the blue door beside the Wesleyan church in Mabang⟧, and he has been nearly blind in one eye since he survived. His wife and two children died in the outbreak. "A no get eye fɔ si, bɔt a still de," he said, I cannot see, but I am still here.

He had a dense cataract and old uveitis. We booked him for cataract surgery, and because of the risk of persistent virus in the eye, we followed the protocol for testing aqueous fluid before surgery. The test was negative and he had surgery a week after ⟦DATE|Independence Day⟧.

When we removed the patch, he cried and said he could see his daughter's face clearly for the first time in years.

What I reflect on: survivors carry both the physical and the social burden of Ebola. ⟦NAME|Pa Sorie⟧ was afraid people would still treat him as contagious. We had to explain to the community that he was safe. Our team leader, Dr Conteh, held a meeting with the village chief and the imam.

I want to do more community education to reduce stigma against survivors, and to make sure every survivor in our district gets an eye check.
`,
  },
  {
    id: "sl-gibbs-002",
    setting: "maternal health",
    role: "medical student",
    text: `
Description: For my elective I spent six weeks in Sierra Leone with a maternal health programme in the Bombali district. I joined the district health team on supervision visits to peripheral health units, where maternal health aides and traditional birth attendants work together.

Feelings: Humbled. Sierra Leone has one of the highest maternal mortality ratios in the world, and I felt the weight of that every day.

Evaluation: I saw how the free healthcare initiative (launched in 2010) increased facility births, but also how stock-outs and staff shortages limit its impact. I saw a woman with PPH managed with misoprostol and uterine massage, and the skill of the maternal child health aide, Ya Mariama, who had been doing this for twenty years.

Analysis: My own assumptions were challenged. I had thought TBAs were a problem to be replaced; here, they were partners who bring women to facilities and get a small incentive for each referral. I also learned Krio greetings ("Aw di bodi?" and "Di bodi fine") and how much people appreciated the effort.

Conclusion: Global health is not about outsiders coming to fix things. It is about supporting local health workers who are already doing remarkable work.

Action plan: Write a reflective piece for our medical school's global health society, and ensure my future electives are guided by local priorities. I also want to learn more about the Ebola outbreak's lasting effects on the health workforce.
`,
  },
];
