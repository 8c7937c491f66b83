import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: Lady Health Workers, birth spacing, HIV, TB among refugees, burns and violence, school health. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "community family planning",
    role: "lady health worker",
    text: `
I am Lady Health Worker in district Thatta since 2011. My supervisor said to write one story for the refresher training, so this is it.

There is a woman in ⟦LOCATION|Goth Allah Bachayo near Mirpur Sakro⟧ who I visit every month. Her name is ⟦NAME|Bibi Zainab⟧, she is 29 and has seven children, the last one only ten months old. She wants no more children. She told me this in whisper, in the cattle yard, because her husband and his mother say children are God's gift and family planning is sin.

I gave her the choices: pills, injection every three months, condoms (husband will not), and the implant from the LHV at the BHU. She chose injection because nobody can see it. I gave the DMPA injection myself. In my register I wrote her husband's CNIC ⟦ID|41303-5581274-9⟧ because the form asks for head of household, and his mobile ⟦PHONE|0301 5552186⟧. Now I worry, what if someone calls him from the programme?

Next month her sister-in-law asked me why ⟦NAME|Zainab⟧'s periods stopped. I said sometimes after a baby periods are irregular, which is true. I did not lie, but I did not say everything.

I have learnt that in our villages a woman's health is a family decision, and sometimes the only way to respect her choice is to keep her secret. Our LHS, Naseem baji, says the Islamic scholars in the district have given a statement supporting birth spacing for the mother's health. I want to use that with the husbands, slowly.
`,
  },
  {
    id: "pk-what-002",
    setting: "obstetric emergency",
    role: "gynaecology registrar",
    text: `
What?
Postgraduate year three, gynae unit, a tertiary hospital in Lahore. Night on-call, 46 admissions in labour room, four of them referred postpartum haemorrhage from private clinics. One came with a uterus that was still atonic after two units of oxytocin in the clinic, no misoprostol given, and Hb 5.1.

So what?
We ran the PPH drill: call for help, bimanual compression, oxytocin infusion, misoprostol 800 mcg sublingual, tranexamic acid 1 g, and cross-match four units. Prof. Rubina Sohail came in at 3 a.m. and we took her to theatre for a B-Lynch suture, which held. Hysterectomy avoided.

The lesson I keep relearning is that the first hour is lost outside our hospital. Many of these small clinics are run by unqualified "dais" or a dispenser, and they delay referral because the family wants to avoid the cost and the shame of a big hospital.

Also, nobody in these families asked about contraception. This was her sixth baby. Birth spacing of at least 24 months, as WHO recommends, would have prevented a lot of this.

Now what?
- I will audit our PPH referrals for three months and present the figures at the departmental meeting.
- Our unit wants to teach misoprostol use to LHVs in the periphery; I will help with the training day.
- I will read the RCOG Green-top Guideline 52 (2016) and the FIGO 2022 recommendations again before my FCPS exam.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "paediatric HIV clinic",
    role: "paediatric resident",
    text: `
Description: Follow-up clinic for children from the Larkana HIV outbreak. I saw ⟦NAME|Ali Raza⟧, now 7, registered at the paediatric ART centre of ⟦FACILITY_ROOM|Sheikh Zayed Children Hospital, Larkana⟧ with MR number ⟦ID|SZCH-HIV-00814⟧. His mother's CNIC ⟦ID|43203-4820917-6⟧ is on the card because he does not have a B-form yet. She is HIV negative. The family believe the infection came from reused syringes at a private clinic, and the inquiry after the 2019 outbreak supports that for many children.

Feelings: Angry, honestly, and sad. He was so shy but loved the stickers.

Evaluation: His viral load is suppressed on a dolutegravir-based regimen, weight gain is good. The mother told me neighbours will not let their children play with him, and his school admission was "delayed" twice.

Analysis: The clinical care is working. The stigma is not being treated. The WHO 2021 consolidated guidelines focus on disclosure to children at the right age, but here the whole village knows before the child does.

Conclusion: We need community work, not only pills.

Action plan: Speak to our social worker, Mr. Abid, about the school. Ask if the provincial AIDS programme can do an awareness session in the village with the imam and the schoolteacher. Start age-appropriate disclosure work with the mother using the flip book.
`,
  },
  {
    id: "pk-free-004",
    setting: "family welfare centre",
    role: "lady health visitor",
    text: `
I work as a Lady Health Visitor at a family welfare centre in Rawalpindi. Most of my clients come for three reasons: spacing, infertility, and "weakness."

This year the implant has become the most asked-for method. Women like that it lasts three years and that there is no monthly visit, which means no explaining to the mother-in-law. I insert it under local lignocaine in about two minutes. The most common complaint is irregular spotting, and if I counsel about this beforehand, most women keep it. If I forget, they come back within a month asking for removal.

Myths I hear every week: the implant will move to the heart; pills cause cancer; the IUCD will go into the baby's head. I answer each one. I have a plastic model of the uterus that helps a lot.

Husbands are the big question. Some come in and sit at the back. A few ask good questions. Dr. Saima, our medical officer, holds a "men's hour" every Thursday evening, and slowly it is working; last month six husbands came for counselling and two for condoms.

What I'd like the trainees to know: women know exactly what they want. What they need from us is accurate information, privacy, and a method they can use without a fight at home. Pakistan's contraceptive prevalence has been stuck around 34% for years, and I think it is not because women do not want it.
`,
  },
  {
    id: "pk-comment-005",
    setting: "family welfare centre",
    role: "district population welfare officer",
    text: `
Very practical write-up, thank you. The point about counselling on spotting before insertion is important, and our discontinuation data shows the same. Could you share your uterus model idea with the other centres? I'll arrange the implant refresher in Murree next month and would like you to present the myth list there.
`,
  },
  {
    id: "pk-what-006",
    setting: "TB clinic",
    role: "TB programme doctor",
    text: `
What?
An Afghan woman, ⟦NAME|Gul Bano⟧, 35, came to our TB clinic in Karachi with her husband. Her PoR card number ⟦ID|PK-0831-22741⟧ was on her registration. She had MDR-TB confirmed on GeneXpert, rifampicin resistance detected. They live in ⟦ADDRESS|House 17, Street 4, Sector 11-B, Sohrab Goth, Karachi⟧ with three families. She had her first symptoms around ⟦DATE|Eid ul Adha⟧ but did not come until four months later because she heard refugees would be sent back.

So what?
She needs the all-oral BPaLM regimen for six months. The real question was household contacts: eleven people, including five children, in two rooms. We screened all of them; one child had a positive chest X-ray and started treatment.

I had to think about her fear. The deportation drive in 2023 made many Afghan families stop coming to any government facility. Our clinic is supported by an NGO and we do not share data with police, but she did not believe me at first. Our outreach worker, Khadija, who speaks Pashto and Dari, explained it in her language and that made the difference.

Now what?
- Weekly home visits by Khadija for the first two months.
- Ask our programme manager about a letter that proves treatment is ongoing, in case she is stopped.
- Read the WHO 2022 DR-TB guidelines on BPaLM monitoring, especially ECG for QT prolongation.
`,
  },
  {
    id: "pk-free-007",
    setting: "obstetric fistula ward",
    role: "medical student",
    text: `
My community medicine rotation included two weeks at a fistula repair centre in Karachi. I am writing this because it changed how I see obstructed labour.

Most of the women we met had been in labour for two or three days at home, far from any hospital, and the baby died. Afterwards they leaked urine all the time. Many had been left by their husbands and lived in a separate room because of the smell. The youngest was 16 and the oldest in her fifties, who had lived with it for thirty years.

The surgery itself is elegant. Our surgeon, Dr. Shershah, explained the layers, the catheter for fourteen days, and why nutrition and physiotherapy matter before surgery. The success rate for simple fistulas is over 90%.

What I did not expect was the joy. One woman on day 15 after repair walked around the ward showing everyone her dry clothes. The nurses clapped.

A few things I want to remember for my career:
- Obstructed labour is a failure of access, not of women.
- The partograph is not paperwork; it prevents fistula.
- Early marriage and short birth spacing are a big part of this.
- Fistula is almost gone from rich countries, and it can be gone from ours.

I came into medicine wanting to do cardiology. I am still thinking about it, but obstetrics has moved up my list.
`,
  },
  {
    id: "pk-gibbs-008",
    setting: "burns unit",
    role: "staff nurse",
    text: `
Description: ⟦NAME|Saima⟧, 17, was admitted to ⟦FACILITY_ROOM|the Burns Unit of Nishtar Hospital, Multan, bed 12⟧ with 30% burns to the face, neck and chest. The family said the stove burst. She was married one year ago. On the second night she told me in a very low voice that her husband poured kerosene. Her brother arrived later on a motorbike, registration ⟦OTHER|MNA-2214⟧, and the husband's family left the ward in a hurry.

Feelings: I felt my hands shaking when I wrote it in the notes.

Evaluation: Clinically she was managed well: fluid resuscitation with Parkland formula, dressings, analgesia, and early plastic surgery review. But I was not sure what to do with what she told me. It was only me and her, at night.

Analysis: The Punjab Protection of Women against Violence Act 2016 exists, and our hospital has a medico-legal officer. Kitchen and "stove" burns in young married women are a known pattern. I told the duty doctor, Dr. Imran, who documented it as a possible assault and informed the MLO. She did not want a police case at first; her brother convinced her.

Conclusion: I was the person she trusted. I must not waste that.

Action plan: Learn the referral pathway to the Violence Against Women Centre. Ask our nursing superintendent for a short training on how to document disclosures word for word.
`,
  },
  {
    id: "pk-free-009",
    setting: "school health",
    role: "school health and nutrition supervisor",
    text: `
I supervise the school health programme in girls' government schools in Peshawar. Our biggest project this year was menstrual health, and I want to reflect on how it went.

The baseline survey in 2023 showed that around a third of girls in grades 6 to 10 missed school during their periods. Many did not know what a period was until it happened. Mothers do not talk, teachers feel shy, and boys' jokes are cruel.

We trained one female teacher in each school as a focal person, made private washrooms with a bin and a water tap (this was harder than any training!), and started sessions with the Health Department's flip charts. We also gave iron-folic acid weekly to adolescent girls, because anaemia was very common in our screening: about 40% had Hb below 12.

One teacher, Miss Shazia, told me the best moment was when a girl in grade 8 said "I thought I was dying" and everyone laughed, and then said "me too."

The challenges: some parents thought we were teaching "wrong things," until the principal invited them to see the sessions themselves. Sanitary pads are expensive, so we also taught girls to make washable cloth pads.

Malala Yousafzai's story is famous everywhere, but for our girls the first barrier to school is not always the Taliban. Sometimes it is just a washroom without a lock.
`,
  },
];
