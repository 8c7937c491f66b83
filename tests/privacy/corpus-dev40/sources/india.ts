import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: 11 items, 6 with identifiers, 2 comments. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "abortion care",
    role: "intern",
    text: `
During my internship at a district hospital in Uttar Pradesh I assisted with a second-trimester MTP for ⟦NAME|Smt. Rekha Devi⟧, a mother of three from ⟦LOCATION|Bhatpura village near Sitapur⟧. She came with her husband, ⟦NAME|Ram Kishore⟧, who did all the talking. The registration clerk wrote her Aadhaar as ⟦ID|${aadhaar("4829 1736 550")}⟧ and her mobile as ⟦PHONE|+91 94150 55527⟧, and then announced across the room that she was here "for safai".

Under the MTP Amendment Act 2021, a termination at 17 weeks needed the opinion of one registered medical practitioner, and Dr Shalini Verma signed Form I. We used mifepristone 200 mg followed by misoprostol 400 micrograms every three hours. ⟦NAME|Rekha Devi⟧ did not cry or speak until her husband left to buy medicines, and then she asked me quietly whether she could have a Copper-T without him knowing.

I did not know the answer. Dr Verma said yes, her consent was enough, and we inserted a Cu-T 380A after the placenta was complete. I learned that the law protects women more than the registration counter does. I have since asked our medical superintendent whether the counter can stop saying procedures aloud, and I wrote the question down in the ward diary so it does not get lost.
`,
  },
  {
    id: "in-what-002",
    setting: "postpartum family planning",
    role: "medical student",
    text: `
**What?** In my final year I spent two weeks in the labour room of a medical college hospital in Pune, watching the postpartum IUCD counsellor, Sister Mary Fernandes, at work. She counsels every woman in the antenatal ward, and the ones who agree get a PPIUCD placed within ten minutes of the placenta, using Kelly's placental forceps.

**So what?** I had learned the Cu-T 380A and its ten-year lifespan for exams, but I had not seen how much depends on counselling at the right time. Women who are told about it for the first time in the second stage of labour cannot give real consent. Sister Mary insists on counselling in the antenatal clinic, with the mother-in-law present only if the woman asks. Expulsion rates in our unit were around 8%, higher after caesarean than after vaginal delivery, which surprised me.

**Now what?** I want to read the Ministry of Health's PPIUCD reference manual properly and understand why expulsion is more common with post-placental than intra-caesarean insertion. I also want to practise counselling in Marathi; my Marathi is poor and the women notice. Dr Kulkarni, our unit head, suggested I sit with the counsellor again during my internship.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "adolescent health",
    role: "ASHA worker",
    text: `
**Description.** I am an ASHA in a block in Rajasthan. A fifteen-year-old girl, ⟦NAME|Pooja⟧, daughter of ⟦NAME|Bhanwar Lal ji⟧, fainted at the school assembly on ⟦DATE|the day after Teej⟧. Her haemoglobin at the PHC was 6.8 g/dL. Her mother told me ⟦NAME|Pooja⟧ had been married in a small ceremony at ⟦LOCATION|the Chamunda Mata temple in Kheda Ramsar⟧ and was waiting for gauna.

**Feelings.** I was angry and afraid. I have known this family for years.

**Evaluation.** The anaemia was easier: the medical officer, Dr Meena, started iron sucrose and deworming under the Anaemia Mukt Bharat programme. The marriage was harder. I did not know whether to report it or keep the family's trust.

**Analysis.** Child marriage is illegal under the Prohibition of Child Marriage Act 2006, and our ANM didi explained that the Child Marriage Prohibition Officer must be told. I learned that reporting does not mean I betray the girl; it may be the only thing that stops the gauna.

**Conclusion.** I told the ANM and she informed the CDPO. ⟦NAME|Pooja⟧ is still in school.

**Action plan.** I will talk about delayed marriage at the Kishori Samooh meeting every month, with the RKSK peer educators, and I will visit ⟦NAME|Pooja⟧'s mother every week.
`,
  },
  {
    id: "in-free-004",
    setting: "gynaecology outpatients",
    role: "junior resident",
    text: `
Polycystic ovary syndrome is the most common diagnosis in our gynaecology OPD in Hyderabad, and I want to reflect on how I had been managing it badly. For my first three months I followed the same pattern: Rotterdam criteria, pelvic ultrasound, an OCP for cycle control, metformin 500 mg, and a lecture about weight.

My unit chief, Dr Lakshmi Rao, asked me to sit in on her clinic for a week. She did the same things, but in a different order. She began by asking what bothered the woman most. For many it was not periods at all. It was hirsutism, acne, or most commonly infertility and the pressure from in-laws. One young woman said she had been told by a relative that PCOS meant she could never have children, and she cried when Dr Rao told her that was not true.

Dr Rao also never used the word "obese" in her first sentence. She measured waist circumference and checked fasting glucose and lipids, and she explained that even 5% weight loss can restore ovulation. She referred women to the dietitian with a specific plan rather than general advice.

I used the 2023 international evidence-based PCOS guideline to rebuild my approach. Now I ask about the woman's priorities, I screen for depression, and I keep my advice about weight specific and kind.
`,
  },
  {
    id: "in-free-005",
    setting: "fertility clinic",
    role: "nurse coordinator",
    text: `
I coordinate the oocyte donation programme at an IVF centre in Mumbai. The ART (Regulation) Act 2021 changed our work: donors must be married with at least one child of their own, can donate only once, and must be insured. This reflection is about a donor I will remember, ⟦NAME|Mrs Sunita Gaikwad⟧, UHID ⟦ID|IVF/23/04471⟧, who developed moderate OHSS after her retrieval on ⟦DATE|14-09-2023⟧.

She was admitted to ⟦FACILITY_ROOM|Room 305, Sai Krupa Fertility Hospital, Andheri⟧ with ascites and a haematocrit of 46%. The recipient couple kept emailing me to ask whether the eggs were "good quality", and the donor's husband wrote from ⟦EMAIL|gaikwad.santosh1987@example.in⟧ asking who would pay for the admission. I was caught between them.

Our medical director, Dr Anil Deshpande, was clear that the donor's care comes first, and that the insurance under the Act covers complications. We gave albumin, monitored urine output and did a paracentesis on day three. She went home after six days.

What I learned is that the law now protects donors on paper, but in practice the coordinator is the one who makes sure that happens. I have written a one-page sheet for donors explaining their rights in Marathi and Hindi, and I now call every donor on day two and day five after retrieval.
`,
  },
  {
    id: "in-what-006",
    setting: "menopause clinic",
    role: "nurse",
    text: `
**What?** Our hospital in Thrissur started a menopause clinic last year and I was asked to run the nursing side. Women come with hot flushes, joint pains, poor sleep and, very often, urinary symptoms they have never told anyone about. Dr Sreeja Nair, the gynaecologist, sees them after me.

**So what?** I was surprised by how many women thought menopause was simply "old age" and that nothing could be done. Many had been given calcium and vitamin D only. When I asked about vaginal dryness, most said yes after a pause, and several said they had stopped sleeping with their husbands because of pain and felt guilty. The Indian Menopause Society guidelines (2020) support low-dose vaginal oestriol, which is cheap and safe, but women had never been offered it.

I also learned about bone health. We started measuring height at every visit, and Dr Nair refers women with a FRAX risk above threshold for DEXA scanning.

**Now what?** I am making a Malayalam leaflet about genitourinary syndrome of menopause, with pictures, because many of our patients have limited reading. I want to learn how to teach pelvic floor exercises properly, and our physiotherapist, Anju, has agreed to train me.
`,
  },
  {
    id: "in-free-007",
    setting: "gynaecology ward",
    role: "postgraduate resident",
    text: `
The oldest patient I have operated on was ⟦NAME|Mariyakutty Ammachi⟧, ⟦AGE|aged 91⟧, who came to us from ⟦LOCATION|Kanjirappally, near the St Dominic's church junction⟧ with a third-degree uterovaginal prolapse she had managed with a ring pessary for twenty years. The pessary had eroded and she had an ulcer on the cervix.

She was admitted to ⟦FACILITY_ROOM|bed 17 in the gynae ward of Caritas Hospital, Kottayam⟧. Her grandson ⟦NAME|Jibin⟧ did the talking and wanted "the full operation". Our professor, Dr Thomas Kurian, took time to ask her what she wanted. She said she wanted to walk to church without "this thing" hanging down.

We did a colpocleisis under spinal anaesthesia, since she was clear she had no wish for intercourse. It took forty minutes. She was walking on day one and asking for her rosary. Her haemoglobin was 10.2 and she needed no transfusion.

I learned that in very old women a small operation that matches their goals can be better than a big one that matches ours. I also learned to ask the patient directly, even when the family speaks first and louder.
`,
  },
  {
    id: "in-comment-008",
    setting: "peer comment",
    role: "junior resident",
    text: `
Thank you for this reflection on PCOS. Our unit at a government hospital in Bhopal uses the same Rotterdam criteria but we rarely ask about mood. I will try Dr Rao's approach of asking about priorities first. Letrozole 2.5 mg has replaced clomiphene for ovulation induction in our clinic since the 2018 guideline too.
`,
  },
  {
    id: "in-comment-009",
    setting: "peer comment",
    role: "nurse",
    text: `
I was on night duty when ⟦NAME|Sunita⟧ was admitted with OHSS, and her husband was in the corridor at 2am with his phone, asking everyone about the bill. Your sheet for donors is a good idea. Please share the Hindi version with our ward; many of the donors come from outside Maharashtra.
`,
  },
  {
    id: "in-free-010",
    setting: "HIV testing",
    role: "counsellor",
    text: `
I have worked as a counsellor in an Integrated Counselling and Testing Centre in Vijayawada for six years. Every pregnant woman who books at our hospital is offered an HIV test, and most accept because the doctor asks them to. The conversation after a positive result is the hardest part of my job.

This year I reflected on how I tell women that their husband also needs a test. In the past I would say it directly, and several women did not come back. My supervisor, Mrs Sarojini, suggested a different approach: I ask the woman how she thinks her husband will react and who in the family she trusts. We plan the disclosure together. Sometimes we call the husband to the centre "for a routine test for all husbands", which is true.

Clinically, the PPTCT programme has improved. Women now start dolutegravir-based ART on the same day, and the baby gets nevirapine syrup for six weeks, or twelve if the mother's viral load is high. Early infant diagnosis at six weeks uses DNA PCR.

The stigma has not changed as much. Women still ask me if their mother-in-law will find out. I have learned to answer with the law, the HIV and AIDS (Prevention and Control) Act 2017, and with my own promise, which is more reassuring to them.
`,
  },
  {
    id: "in-gibbs-011",
    setting: "transgender health",
    role: "medical student",
    text: `
**Description.** During my community medicine posting in Chennai we visited a clinic run with a trans women's collective. I met ⟦NAME|Saroja Amma⟧, the nayak of a small jamaat, and one of her chelas, ⟦NAME|Kavya⟧, who had come for an HIV test and a check-up after an informal orchiectomy years ago. ⟦NAME|Kavya⟧ had an Instagram page, ⟦URL|https://www.instagram.com/kavya_thirunangai_official/⟧, where she posted about her life, and she wanted me to follow it.

**Feelings.** I felt like an outsider and was worried about saying "he" by mistake.

**Evaluation.** The medical officer, Dr Selvi, was calm and practical. ⟦NAME|Kavya⟧'s HIV test was negative and we discussed PrEP, which she had heard of but thought was only for "gay boys". Her haemoglobin was normal but she had been taking ethinyl oestradiol from a chemist without a prescription.

**Analysis.** The Tamil Nadu Transgender Welfare Board has existed since 2008, but many trans women still get hormones informally. Unsupervised ethinyl oestradiol carries a thrombosis risk, and Dr Selvi changed her to estradiol valerate with a follow-up plan.

**Conclusion.** Trust in the clinic came from the nayak, not from us.

**Action plan.** I will read the WPATH Standards of Care version 8 and learn the local terms, thirunangai and aravani, properly.
`,
  },
];
