import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items, 5 with identifiers, 1 comment. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "postpartum family planning",
    role: "lady health worker",
    text: `
I am a Lady Health Worker in Punjab and I cover about a thousand people in ⟦LOCATION|Chak 47 GB near Jaranwala⟧. This is about ⟦NAME|Nasreen Bibi⟧, wife of ⟦NAME|Muhammad Aslam⟧, who had her sixth baby at home with the dai on ⟦DATE|12 Rabi-ul-Awwal⟧, which was ⟦DATE|16 September⟧ that year. She was 34 and very pale.

When I visited on the third day, she asked me quietly for "the injection", meaning DMPA. Her mother-in-law said the family would decide after the chilla. I registered her on my diary with her CNIC, ⟦ID|33100-4872615-2⟧, so I could give her the injection at the forty-day visit, and I told her she could also get an implant at the BHU.

At the forty-day visit her husband was at home. He was not angry, only embarrassed; he said he had not known she could refuse more children. I told him about birth spacing the way our trainer, Madam Shagufta, taught us, with the picture cards. He agreed to the injection, DMPA 150 mg, and I wrote the next date on the card.

I learned that sometimes it is not the husband who is the obstacle, but the silence between husband and wife. I now try to speak to both when the wife allows it.
`,
  },
  {
    id: "pk-what-002",
    setting: "gynaecology emergency",
    role: "house officer",
    text: `
**What?** My first ruptured ectopic as a house officer in a teaching hospital in Lahore. A 26-year-old came to gynae emergency at midnight with abdominal pain, a pulse of 128 and blood pressure 80/50. Her urine pregnancy test was positive and the bedside scan showed free fluid in Morison's pouch. Dr Farah Siddiqui, the senior registrar, took her to theatre within forty minutes for a laparotomy and salpingectomy.

**So what?** I was slow. I wanted a formal ultrasound and a quantitative beta-hCG before calling the registrar, and she told me afterwards that in a shocked woman with a positive test, those numbers are not needed. I had memorised the discriminatory zone of 1,500 to 2,000 IU/L but had never thought about when it does not matter. We transfused four units of blood and she recovered.

**Now what?** I have read the RCOG Green-top Guideline 21 on ectopic pregnancy again, focusing on the haemodynamically unstable patient. I will call for help early and not wait for tests. I also want to learn to do a FAST scan myself; Dr Siddiqui has said she will teach me on quieter nights.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "miscarriage",
    role: "postgraduate trainee",
    text: `
**Description.** ⟦NAME|Mrs Sadia Rehman⟧ came to ⟦FACILITY_ROOM|Gynae Unit III of Civil Hospital Karachi, bed 22⟧ with her third miscarriage in two years. She was 12 weeks and the scan showed a missed miscarriage. Her husband, ⟦NAME|Imran⟧, gave me his mobile, ⟦PHONE|0321 5550 487⟧, and asked me to call him, not her, with results.

**Feelings.** I felt irritated that he wanted to control the information, and then guilty when I saw how frightened he was.

**Evaluation.** We did an MVA under paracervical block, which was quick, and sent products for karyotype and the usual recurrent miscarriage workup: lupus anticoagulant, anticardiolipin antibodies, TSH and a pelvic ultrasound. My consultant, Prof. Nighat Shah, spoke to both of them together.

**Analysis.** In our families, recurrent miscarriage is often blamed on the woman, and there is pressure for a second marriage. The ESHRE 2022 guideline says that in half of couples no cause is found, and that supportive care in early pregnancy improves outcomes. Telling ⟦NAME|Imran⟧ this seemed to help more than anything we did clinically.

**Conclusion.** I should not assume the husband's wish to receive news means control. In this case it meant protection.

**Action plan.** I will ask the woman directly how she wants results shared, and document her wish.
`,
  },
  {
    id: "pk-free-004",
    setting: "fertility clinic",
    role: "medical officer",
    text: `
I work in a public sector infertility clinic in Peshawar, and what I hear most often is that infertility is the woman's fault. Husbands often refuse semen analysis, and mothers-in-law bring the wife to "get her treated".

This year I changed how I run the first visit. I ask to see both partners and I explain, using a simple diagram, that about a third of infertility is due to the man, a third to the woman, and a third to both or unknown. My senior, Dr Rukhsana Afridi, suggested I use the WHO 2021 semen reference values as a "normal test" rather than presenting it as checking whether he is the problem. The number of men agreeing to semen analysis went up.

We cannot offer IVF in the public sector, so we focus on what we can do: ovulation induction with letrozole, tubal patency testing with HSG, treating thyroid disease and hyperprolactinaemia, and counselling about timing. For men with oligospermia we can refer to the urologist.

The harder part is the second marriage. Several women have told me that if they do not conceive, their husband will marry again. I cannot fix this, but I can make sure the man is tested before the woman is blamed. I have also learned to ask about polygamy without judgement, because some women need to talk about it.
`,
  },
  {
    id: "pk-free-005",
    setting: "obstetric fistula",
    role: "nurse",
    text: `
I am a nurse at a fistula centre in Multan. ⟦NAME|Bibi Zainab⟧, aged about 40, came from ⟦LOCATION|Basti Malana, past the Sakhi Sarwar shrine road⟧ with a vesicovaginal fistula she had lived with for eleven years after an obstructed labour in which her baby died. Her hospital number was ⟦ID|MR-22-118430⟧. Her husband had married again and she lived in a room behind her brother's house.

She was admitted on ⟦DATE|3rd March 2024⟧ and had a transvaginal repair under spinal anaesthesia by Dr Shahida, our surgeon. After surgery she needed a catheter for fourteen days and bed rest. On day fourteen we removed the catheter and she was dry. She stood in the ward and wept, and so did the whole ward.

What I want to reflect on is her dignity before surgery. She had not been inside a mosque or at a wedding for eleven years because of the smell. She arrived with five dupattas folded into pads. The first thing I did was give her a bath and clean clothes, and she said nobody had touched her so kindly for years.

I have learned that fistula is a surgical disease but also a social death. Our centre now runs a rehabilitation group where women learn sewing, and we try to reconnect them with family.
`,
  },
  {
    id: "pk-what-006",
    setting: "midwifery",
    role: "community midwife",
    text: `
**What?** I am a community midwife in Sindh, trained under the MNCH programme. I attended a birth in a home at night by torchlight and the woman had a postpartum haemorrhage after the placenta delivered. I gave misoprostol 600 micrograms orally, massaged the uterus and arranged transport to the RHC. She reached there with the bleeding controlled.

**So what?** I had been trained in the active management of third stage, but I had no oxytocin because the cold chain had failed. Misoprostol is heat-stable and the WHO recommends it where oxytocin is not available. I was proud that I remembered the dose, but I was frightened the whole time in the rickshaw. The family had wanted to wait and see, and I had to be firm.

**Now what?** I have asked our district coordinator, Madam Sughra, to help me keep a small heat-stable carbetocin supply, which the WHO now recommends. I also want to practise bimanual compression on a model again, because in the rickshaw I was not sure I could do it well. And I will speak to families at the booking visit about what we will do if bleeding happens, so they agree in advance.
`,
  },
  {
    id: "pk-comment-007",
    setting: "peer comment",
    role: "house officer",
    text: `
Thank you for writing about the ruptured ectopic. I did exactly the same thing in my first month in Rawalpindi and waited for a beta-hCG. Dr Siddiqui's advice is right. Our unit now has a simple rule on the wall: positive UPT plus shock equals theatre, no waiting for the scan report.
`,
  },
  {
    id: "pk-free-008",
    setting: "HIV clinic",
    role: "medical officer",
    text: `
I work at an ART centre in Lahore, and many of our patients are khwaja sira. This reflection is about ⟦NAME|Shakeela⟧, whose guru, ⟦NAME|Baba Ji Almas⟧, brought her in. ⟦NAME|Shakeela⟧ had been unwell for three months with weight loss and thrush. Her HIV test was positive and her CD4 was 112.

She was afraid of two things: that we would call her by her birth name, and that the guru's household would throw her out. ⟦NAME|Baba Ji⟧ said loudly that nobody in her dera would be thrown out for an illness, which calmed her more than anything I said. She was registered under the name on her new CNIC, issued after the Transgender Persons (Protection of Rights) Act 2018, with the X marker.

We started tenofovir, lamivudine and dolutegravir, with co-trimoxazole, after screening for TB and cryptococcal antigen. She came back on ⟦DATE|the Thursday after Eid⟧ with her dera sisters, three of whom asked to be tested.

I learned that for khwaja sira patients the guru is often the most important person in the room, and that working with her is not the same as breaching confidentiality, provided the patient chooses it. I have started asking every patient whom they want to involve.
`,
  },
  {
    id: "pk-free-009",
    setting: "menopause",
    role: "medical student",
    text: `
In my gynaecology rotation in Islamabad I noticed that almost nobody came to the outpatient clinic for menopause. When I asked my tutor, Dr Ayesha Qureshi, she said that women here think hot flushes are normal and "not a disease" and that many feel shy to talk about them.

I decided to ask every woman above 45 who came for other reasons about menopausal symptoms, as part of my history. Out of about thirty women, more than half had hot flushes, many had joint pains and poor sleep, and a few had urinary leakage that they had never mentioned. Several said they thought it was "garmi" or weakness and were taking herbal remedies.

Dr Qureshi explained that hormone therapy is rarely prescribed in Pakistan because of fears about breast cancer after the Women's Health Initiative study in 2002, and because many doctors were trained at that time. She showed me the newer evidence, including the 2022 North American Menopause Society position statement, which says that for healthy women under 60 the benefits usually outweigh the risks.

I learned that not asking is a decision too. If we do not ask, women suffer quietly. I will include menopause questions in every gynaecology history I take, and I want to make an Urdu handout with my classmates.
`,
  },
];
