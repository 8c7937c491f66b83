import type { SourceItem } from "../../corpus/types.ts";

/** Ghana, Senegal, DR Congo, Somalia and Morocco: 15 items, 6 with identifiers, 1 comment. */
export const AFRICA: SourceItem[] = [
  {
    id: "gh-free-001",
    setting: "post-abortion care",
    role: "midwife",
    text: `
I am a midwife on the gynae emergency ward at ⟦FACILITY_ROOM|Komfo Anokye Teaching Hospital⟧ in Kumasi. ⟦NAME|Akosua⟧, a Form 3 student from ⟦LOCATION|Nkawie-Panin, near the Methodist chapel⟧, came in with her auntie, ⟦NAME|Maame Serwaa⟧, bleeding after she had taken "some tablets from a friend". Her Ghana Card number, ⟦ID|GHA-718204936-5⟧, was copied onto the admission sheet by the auntie, who insisted the girl's mother must not know.

Abortion is legal in Ghana in several circumstances, including when the pregnancy threatens the woman's mental health, but most of our young patients do not know this. ⟦NAME|Akosua⟧ had an incomplete abortion at about ten weeks. Dr Kwame Asante performed MVA, and we gave her antibiotics and iron.

While I was taking her vital signs, she asked me if she would be expelled from school. I told her that her medical information was confidential and that we would not inform her school. She relaxed for the first time. Then she asked if she could get "the injection" so that it would not happen again, and I counselled her on contraception. She chose Depo-Provera.

I realised that post-abortion care is a door. If we treat women with respect, they come back for contraception. If we shame them, they go back to the friend with tablets. I now tell every young woman about Ghana's law and the services available.
`,
  },
  {
    id: "gh-what-002",
    setting: "HIV prevention",
    role: "medical student",
    text: `
**What?** During my community health rotation at a district hospital in the Volta Region, I joined the HIV prevention team at a market outreach. We offered HIV self-test kits to market women and their partners, and explained oral PrEP to those at higher risk, including sex workers in the lorry station.

**So what?** I had thought HIV prevention was mostly about condoms. I learned that many market women could not negotiate condom use, and that PrEP gave them control. The team leader, Mr Selorm Agbeko, a nurse, explained how the Ghana AIDS Commission's national guidelines support PrEP for key populations and for women in serodiscordant couples. What impressed me was how he spoke to the women: in Ewe, with jokes, and without ever making anyone feel accused.

I was uncomfortable in the lorry station, because I had never spoken to sex workers before. I noticed I kept my distance physically. One of the peer educators, Esi, gently told me to sit down.

**Now what?** I want to learn more about the dapivirine vaginal ring and long-acting cabotegravir, which the WHO now recommends. I will also examine my own discomfort, because if I cannot sit with key populations, I cannot help prevent HIV among them.
`,
  },
  {
    id: "gh-comment-003",
    setting: "peer comment",
    role: "nurse",
    text: `
Very true about post-abortion care being a door. At our polyclinic in Tamale we started offering contraception before discharge and uptake doubled in a year. Ipas Ghana trained us in woman-centred PAC, and their materials in Dagbani helped. Thank you for sharing this, Sister.
`,
  },
  {
    id: "sn-free-001",
    setting: "female genital cutting",
    role: "sage-femme",
    text: `
Je suis sage-femme, and I write this in English for my diploma. At a health post in the Kolda region I cared for ⟦NAME|Mariama Baldé⟧, 19, in labour with her first baby, at ⟦LOCATION|the hamlet of Saré Yoba Diéga⟧. She had type 2 excision, done when she was small, and her labour stopped at the crowning because of the scar tissue. Her mother-in-law, ⟦NAME|Néné Coumba⟧, was the village's exciseuse, and she stood in the doorway watching.

I performed an episiotomy and the baby, a girl, was born on the night of ⟦DATE|Tamkharit⟧, crying well. The placenta came without difficulty. ⟦NAME|Mariama⟧ bled more than normal, and I gave oxytocin 10 IU and repaired the tear.

After the birth, the mother-in-law asked me in Pulaar when the baby would be "ready". I understood she meant the cutting. Senegal banned excision in 1999, and I told her this. She laughed and said the law is in Dakar. I did not argue. I asked if she would come to the Tostan community meeting next week, and she agreed.

I reflected that my job is not only clinical. The baby girl will be protected only if the women around her change their minds. I have asked the ICP, Mr Diallo, to involve me in the community dialogue sessions so I can speak as a midwife who has seen the consequences.
`,
  },
  {
    id: "sn-gibbs-002",
    setting: "family planning",
    role: "community health worker",
    text: `
**Description.** I am a relais communautaire in a neighbourhood of Thiès. I go door to door explaining family planning, and I refer women to the health post. This week a woman told me she wanted to space her pregnancies but her husband thought contraception caused infertility.

**Feelings.** I felt frustrated because this belief is common, and I could not convince her husband by myself.

**Evaluation.** I gave her a leaflet, explained the injectable and the implant, and told her she could come to the health post. But I did not speak to the husband, and I think that was a mistake.

**Analysis.** In our training, the ICP, Madame Ndiaye, explained that involving men is important for family planning in Senegal. The Islamic leaders' network, which supports birth spacing with references to the Quran and breastfeeding, can also help. Senegal's contraceptive prevalence has increased since 2012, partly because of work like this.

**Conclusion.** I need to engage men directly, perhaps with the help of the imam or the husbands' school (école des maris).

**Action plan.** I will ask the imam of our quarter to talk about birth spacing after Friday prayer, and I will invite husbands to the next causerie with a male health worker, Mr Sarr, who speaks Wolof very well.
`,
  },
  {
    id: "sn-free-003",
    setting: "sexual health clinic",
    role: "resident",
    text: `
I am a resident in dermatology and venereology in Dakar, and I spent three months in the STI clinic at a university hospital. Many of our patients are women referred from antenatal clinics with vaginal discharge, and I want to reflect on the syndromic approach.

The WHO syndromic management flowcharts were designed for settings without laboratories. For vaginal discharge, they lead to treatment for gonorrhoea, chlamydia, trichomoniasis and bacterial vaginosis, sometimes all at once. I had followed this without questioning it. Our professor, Prof. Fatou Sy, asked me to look at our own microscopy results for a month. Most women had bacterial vaginosis or candidiasis, not a sexually transmitted infection.

This matters because telling a woman she has an STI and giving her a card to bring her partner can destroy a marriage. Several women came back to tell us that their husbands had accused them of infidelity. Prof. Sy said the flowchart was not designed to be a moral judgement, but it often becomes one.

Now I use microscopy whenever possible, with a wet mount, a Gram stain and Nugent scoring, and I explain the results carefully. When I use the syndromic approach, I avoid the words "sexual infection" unless I am sure. I am also preparing a small study on the proportion of true STIs among women treated syndromically in our clinic.
`,
  },
  {
    id: "cd-free-001",
    setting: "gender-based violence",
    role: "nurse",
    text: `
I work at a one-stop centre for survivors of sexual violence in Bukavu. ⟦NAME|Maman Furaha⟧ walked for three days from ⟦LOCATION|the village of Kalehe-Buzi, near the Ihusi river ford⟧ to reach us. She was 45 and had been raped by armed men on ⟦DATE|15 août⟧, ⟦DATE|the feast of the Assumption⟧, when she went to the fields. She arrived at ⟦FACILITY_ROOM|Salle 3 of the Panzi Hospital one-stop centre⟧ twenty-six days later.

By then it was too late for PEP and emergency contraception, and she was pregnant. She also had a rectovaginal fistula. Her husband had left her, saying she had "brought shame".

I wanted to cry when she told me, but I held her hand. The psychologist, Madame Neema, spent hours with her. We referred her to the surgical team for the fistula, and she was counselled on her options for the pregnancy, which under the Maputo Protocol, ratified by the DRC, include safe abortion after rape.

I reflected on how much care was missed because she could not reach us sooner. Most survivors come too late. I have joined the community outreach team, which trains local women as "mamans ambassadrices" to bring survivors within 72 hours. I also learned how holistic care is: medical, psychological, legal and economic, because she needs a livelihood to survive without her husband.
`,
  },
  {
    id: "cd-what-002",
    setting: "contraception",
    role: "medical student",
    text: `
**What?** In my fifth year at the University of Kinshasa, I rotated through a family planning clinic in Kinshasa. The most popular method was Sayana Press, the subcutaneous DMPA injection. Women were taught to inject themselves every three months.

**So what?** At first I doubted that self-injection was safe. The nurse, Maman Bijou Kasongo, showed me how she trained women using a model, and then watched them do their first injection. Women loved it because they did not need to come back to the clinic, and they could keep it private from their husbands.

I also saw the other side. Stock-outs were frequent, and when the clinic had no Sayana Press, women had to switch methods or stop. A woman in the waiting room told me she had been without contraception for two months because of a stock-out, and she was afraid of being pregnant again.

**Now what?** I want to study supply chains for contraceptives in the DRC. I have read the FP2030 commitments of the DRC government and I want to understand why stock-outs persist. I also want to learn more about the risks of DMPA for bone density in adolescents, which the WHO MEC addresses, because many of the self-injectors in the clinic were young.
`,
  },
  {
    id: "cd-free-003",
    setting: "fistula surgery",
    role: "surgical resident",
    text: `
At the fistula unit in Goma, I assisted on the repair of a 16-year-old girl, ⟦NAME|Esperance Mbuyi⟧, whose dossier number was ⟦ID|HGPG-FIS-2023-0417⟧. She had a vesicovaginal fistula after a four-day labour in ⟦LOCATION|Kiwanja, behind the Rutshuru market⟧, and her baby had died. She was operated in ⟦FACILITY_ROOM|theatre 2 of HEAL Africa Hospital⟧ on ⟦DATE|Monday 23 October⟧.

I had read about the Goh classification, and Dr Kambale, the surgeon, showed me how to dissect the bladder from the vagina and close it in two layers. After the operation she needed a catheter for 14 days, and the hardest part was keeping her hopeful during that time. She asked every day if she would be dry.

On day 14 we removed the catheter and she was dry. She ran to the window and shouted to her aunt. I will never forget it.

But I also reflected on the fact that she was sixteen. Her pregnancy was a result of early marriage, and her labour was obstructed because she was small and there was no caesarean available nearby. Fistula repair saves lives, but prevention is the real need. I want to spend my career between the operating theatre and the community.
`,
  },
  {
    id: "so-free-001",
    setting: "female genital cutting",
    role: "midwife",
    text: `
I am a midwife in Mogadishu. ⟦NAME|Hooyo Xaawo⟧, as her daughters called her, brought her granddaughter ⟦NAME|Ifrah⟧, aged eight, to the maternity wing of ⟦FACILITY_ROOM|Banadir Hospital⟧ with urinary retention three days after a "sunna" cut performed at home in ⟦LOCATION|Hodan district, near the Tarabuunka roundabout⟧. The girl was in pain and had not passed urine for eighteen hours.

I catheterised her gently under sedation and gave antibiotics. The cut was not minor; it was type 2. The grandmother insisted it was the "small one" and that it was what religion required.

I did not argue in front of the child. Later, I sat with the grandmother and told her about my own experience: I was cut as a child and I suffered during my deliveries. She listened. She said that her own daughters had problems in childbirth but she had not connected it to the cutting.

Somalia has one of the highest FGC prevalence rates in the world, and there is no national law banning it, although Puntland has a policy. The religious leaders we work with, including Sheikh Abdullahi from the ministry, say that FGC is not required in Islam.

I learned that my own story is a powerful tool. Now I tell it to families when it feels right, and I work with the community dialogue programme to reach grandmothers, who are often the decision-makers.
`,
  },
  {
    id: "so-free-002",
    setting: "maternity",
    role: "medical student",
    text: `
I am a medical student in Hargeisa, and I spent my obstetrics rotation in a maternity hospital in Somaliland. The thing that surprised me most was how many women arrived in the second stage of labour with complications from births that started at home.

Dr Hodan Jama, the obstetrician who supervised me, explained that women prefer to give birth at home with a traditional birth attendant because hospital care is seen as a last resort. When they come, they are often exhausted, anaemic or bleeding. In two weeks I saw three cases of obstructed labour that needed a caesarean section, and one uterine rupture.

Many women also had infibulation (type 3 FGC), which made vaginal examinations and deliveries more difficult. Dr Jama showed me how to perform anterior episiotomy (defibulation) during labour and explained that reinfibulation after birth should not be done, according to WHO guidance. Families sometimes request it, and midwives face pressure.

I felt helpless watching women arrive too late. I also felt angry at the system that does not provide enough midwives in rural areas. I now understand why maternal mortality in Somalia is among the highest in the world.

My goal is to become an obstetrician and work in the regions. I also want to support the midwifery schools that train local women, because they are more likely to be trusted by the communities.
`,
  },
  {
    id: "so-what-003",
    setting: "family planning",
    role: "nurse",
    text: `
**What?** At a mother and child health centre in Garowe, I started offering the lactational amenorrhoea method (LAM) and progestogen-only pills to breastfeeding mothers at their postnatal visit. Before, we rarely discussed contraception, because many families see it as un-Islamic.

**So what?** I framed it as "birth spacing", which is supported in the Quran's recommendation of breastfeeding for two years. Women were much more receptive. Some had been told by religious leaders that spacing is allowed for the health of the mother and child. Our supervisor, Mrs Sahra Warsame, helped me develop this approach with the local imam's agreement.

I was surprised to learn how many women already wanted to space their pregnancies, but had never been asked. Several had had babies less than a year apart and were exhausted.

**Now what?** I want to learn to insert implants, because women who stop breastfeeding need a long-acting method. I also want to work with the imams and the Puntland Ministry of Health on community messages, and I will attend the regional training on postpartum family planning next month.
`,
  },
  {
    id: "ma-free-001",
    setting: "unmarried mothers",
    role: "social worker and nurse",
    text: `
I am a nurse and social worker in Casablanca, and I work with an association that supports unmarried mothers. ⟦NAME|Hanane⟧, 22, came to us at seven months pregnant after her family in ⟦LOCATION|the douar of Aït Bouguemez, near the Sidi Moussa granary⟧ threw her out. Her CIN was ⟦ID|BK382915⟧, and she had been registered at ⟦FACILITY_ROOM|the maternité of Hôpital Ibn Rochd, salle 12⟧, but she was afraid to return because the staff had asked her where the father was.

In Morocco, sex outside marriage is criminalised under article 490 of the Penal Code, and abortion is illegal except to save the mother's life. Many unmarried women face rejection and stigma. ⟦NAME|Hanane⟧ had considered abandoning the baby.

We accompanied her to her next antenatal visit. The midwife, Madame Latifa, was kind, and we asked the staff to respect her privacy. ⟦NAME|Hanane⟧ gave birth to a girl, ⟦NAME|Salma⟧, on ⟦DATE|27 Ramadan⟧, ⟦DATE|the Night of Destiny⟧, which she said was a sign.

Afterwards we helped her register the birth, which is difficult for unmarried mothers, and she learned to sew at our centre. Her family has not yet accepted her.

This experience showed me how the law and social norms affect women's health. Women delay antenatal care, give birth alone or abandon babies because of shame. I now train hospital staff on non-judgemental care for unmarried mothers.
`,
  },
  {
    id: "ma-what-002",
    setting: "cervical screening",
    role: "resident",
    text: `
**What?** I am a gynaecology resident in Rabat. Morocco has a national programme for early detection of breast and cervical cancer, and at our health centre we screen women aged 30 to 49 using VIA. In one month, I screened more than a hundred women and referred seven for colposcopy.

**So what?** I was surprised by how many women had never heard of cervical cancer, and by how many refused the examination because they were afraid it would "break" something. Some unmarried women refused because they feared it would affect their virginity, which is very important in our society. I learned to explain that the speculum exam is not offered to women who have never had intercourse and that other options exist.

The Lalla Salma Foundation has done a lot for cancer awareness, but there is still fear and misinformation. Dr Amina Bennani, my supervisor, showed me how to talk about the cervix using simple words in Darija.

**Now what?** I want to learn about HPV self-sampling and the HPV vaccine, which Morocco introduced for girls in 2022. I will also study how to reach women in rural areas, where screening rates are lowest, perhaps with mobile units.
`,
  },
  {
    id: "ma-free-003",
    setting: "menopause",
    role: "general practitioner",
    text: `
I am a GP in Fès, and I want to reflect on how I have treated menopause in my practice. For many years, when women in their fifties came with hot flushes, insomnia and irritability, I reassured them that this was normal and prescribed vitamins. Some asked for herbal remedies from the herboriste, and I did not discourage them.

At a continuing medical education day organised by the Moroccan Society of Gynaecology, I heard a talk by Prof. Karima Alaoui on menopausal hormone therapy. She explained the evidence after the Women's Health Initiative and the more nuanced view today: for women under 60 or within ten years of menopause, the benefits generally outweigh the risks. She also spoke about genitourinary syndrome of menopause, which women rarely mention.

I realised that I had been too cautious and that I had never asked about vaginal dryness or sexual pain. In our culture, women do not talk about sex with a male doctor, and I had not made it easy for them.

Now I ask, carefully, and I offer a female colleague if the patient prefers. I prescribe local oestrogen for vaginal dryness and consider systemic therapy for severe symptoms, checking the contraindications. Several women have thanked me and told me their marriages have improved. I have learned that silence is not the same as satisfaction.
`,
  },
];
