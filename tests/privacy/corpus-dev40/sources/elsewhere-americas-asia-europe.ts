import type { SourceItem } from "../../corpus/types.ts";
import { pesel } from "../../corpus-dev11/gen.ts";

/** Afghanistan, Iraq, Mexico, Guatemala, Haiti, the Philippines and Poland: 20 items, 10 with identifiers, 3 comments. */
export const AMERICAS_ASIA_EUROPE: SourceItem[] = [
  {
    id: "af-free-001",
    setting: "maternity",
    role: "midwife",
    text: `
I am a community midwife trained in Herat, now working in a small clinic in a district of Badghis. ⟦NAME|Gul Bibi⟧, wife of ⟦NAME|Haji Abdul Wahid⟧, came to our clinic on ⟦DATE|12 Saratan 1402⟧ in labour with her seventh child. She was from ⟦LOCATION|Qala-e-Naw, the house behind the old caravanserai⟧, and her tazkira number, ⟦ID|1402-0317-48291⟧, was written on the referral slip by her son, because she could not read.

She had a postpartum haemorrhage after the placenta. I gave oxytocin and misoprostol and did bimanual compression while the cleaner held the torch, because the electricity went off. She survived, but she needed blood, and the nearest hospital that could transfuse was three hours away on a bad road.

Since the restrictions on women's education, I worry about who will replace midwives like me. My teacher, Ustad Farida, trained forty midwives in her career; the school is now closed to new students. Women will still give birth, but fewer of them will have a trained midwife.

This birth reminded me why my work matters. It also made me angry. I have started training the women in the village to recognise danger signs and to call me early. It is not the same as a midwifery school, but it is what I can do.
`,
  },
  {
    id: "af-gibbs-002",
    setting: "family planning",
    role: "community health worker",
    text: `
**Description.** I am a female community health worker in a village in Nangarhar province. A woman with six children asked me for contraception, but she said that her husband must not know, because he believed it was forbidden.

**Feelings.** I was worried. I wanted to help her, but I feared the consequences for her and for me if her husband discovered it.

**Evaluation.** I explained the methods available through the health post: pills, injections and condoms. She chose the injection, because it is invisible. I referred her to the midwife at the health centre, Khala Parwin, who gave the injection. I documented only the method in the register, not the reason.

**Analysis.** Birth spacing is accepted by many religious scholars in Afghanistan, and the Ministry of Public Health had promoted it for years with religious leaders' support. But since 2021, restrictions have made women's access to health care and contraception harder. I learned that many women want to space their children but cannot say so openly.

**Conclusion.** Women's autonomy is limited, and my role is to offer options safely and confidentially.

**Action plan.** I will work with the mullah of our village, who supports birth spacing, to speak to men after prayers, and I will ask our supervisor to keep injections in stock.
`,
  },
  {
    id: "af-free-003",
    setting: "gynaecology ward",
    role: "resident",
    text: `
I am a gynaecology resident in Kabul. ⟦NAME|Bibi Shirin⟧, aged about 70, came from ⟦LOCATION|the village of Deh Sabz, the compound near the Shah-e-Mardan shrine⟧ with heavy postmenopausal bleeding. Her son ⟦NAME|Mohammad Nabi⟧ gave his number, ⟦PHONE|0799 555 213⟧, and told us she had been bleeding for a year but the family thought it was "just old blood".

She was admitted to ⟦FACILITY_ROOM|Ward 4, bed 11 of Malalai Maternity Hospital⟧, and the ultrasound showed a thickened endometrium. A biopsy showed endometrial carcinoma. Our hospital could not offer radiotherapy, and the private options in Pakistan were too expensive for the family.

I found it very hard to tell the family the diagnosis and the limits of what we could do. Dr Zarmina, my senior, helped me explain in Dari, and we offered a total abdominal hysterectomy, which she agreed to.

The operation went well. ⟦NAME|Bibi Shirin⟧ recovered and went home on day five. But I know that without adjuvant treatment her risk of recurrence is high.

I reflected on the unfairness: a cancer that is curable if caught early was discovered late because postmenopausal bleeding was seen as normal. I now teach women in our outpatient clinic that any bleeding after menopause must be checked, and I have asked the community health workers to spread the message.
`,
  },
  {
    id: "iq-free-001",
    setting: "gender-based violence",
    role: "psychologist and nurse",
    text: `
I work with a women's health team in a camp for displaced people in Duhok governorate. ⟦NAME|Nadia Khalaf⟧ (not her real family name, which she does not use) is a Yazidi woman who survived captivity. She lives in ⟦LOCATION|Khanke camp, block 7, caravan 214⟧ with her mother and her two younger sisters, ⟦NAME|Jihan⟧ and ⟦NAME|Layla⟧. She came to our clinic because of pelvic pain and nightmares, and she asked for a female doctor.

Dr Shler, our gynaecologist, examined her and found chronic pelvic inflammatory disease. We treated her with antibiotics. But the deeper injury was trauma. She told me she felt dirty and that she could not be married.

Yazidi religious leaders have declared that women who survived ISIS captivity should be welcomed back into the community, which has helped many survivors. But ⟦NAME|Nadia⟧ still felt shame, and her children born in captivity could not be accepted in the same way, which she found unbearable.

I worked with her on trauma-focused therapy over several months. She slowly began to sleep better and to go out of the caravan. She now teaches sewing to other women.

I learned that gynaecological care for survivors must be integrated with psychological support, and that healing takes time. I also learned the limits of what health care can do when the injustice is political.
`,
  },
  {
    id: "iq-what-002",
    setting: "obstetrics",
    role: "medical student",
    text: `
**What?** I am a medical student in Baghdad, and I did my obstetrics rotation at a large maternity hospital. The caesarean section rate was very high; in my week on the labour ward, more than half of the deliveries were by caesarean.

**So what?** I asked my supervisor, Dr Rasha Al-Tamimi, why. She explained that many women request caesareans because they fear labour pain, and that doctors in private practice often prefer scheduled operations. Repeated caesareans increase the risk of placenta accreta, and in two weeks I saw two cases of accreta with massive bleeding, one requiring a hysterectomy.

I felt concerned because the women did not seem to know the risks of repeated caesareans. I also realised that I had accepted the high rate as normal.

**Now what?** I want to learn more about the WHO Robson classification, which helps hospitals analyse their caesarean rates. I also want to understand how to counsel women about vaginal birth after caesarean (VBAC). Dr Al-Tamimi suggested I present the Robson classification at our next departmental meeting, and I will.
`,
  },
  {
    id: "iq-free-003",
    setting: "fertility",
    role: "embryologist",
    text: `
I work in an IVF laboratory in Erbil, and I want to reflect on how war has affected fertility care in Iraq. Before 2003, Iraq had some of the best fertility centres in the region. The years of conflict and sanctions set it back, and many specialists left.

Now, fertility care is mostly private, and demand is high. Infertility carries a heavy social stigma, especially for women, and couples spend their savings on treatment. I see couples who have had many failed cycles, sometimes in clinics with poor standards.

There are concerns about environmental factors, including depleted uranium, and some studies have suggested increased birth defects in Fallujah, although the evidence is debated. Couples often ask me if the war has damaged their fertility, and I do not know how to answer.

My supervisor, Dr Kawa Saleh, taught me that honesty is important, even when the answer is "we do not know". We explain the success rates honestly, and we encourage couples to think about limits before starting treatment.

I learned that fertility care is both technical and emotional. I now try to spend more time talking with couples, not just handling their embryos. I also hope that Iraq's fertility centres will be regulated better in the future, to protect couples from exploitation.
`,
  },
  {
    id: "mx-free-001",
    setting: "abortion care",
    role: "medical student",
    text: `
During my social service year in Oaxaca, I worked in a health centre in ⟦LOCATION|San Juan Yucuita, the blue house behind the agencia municipal⟧. ⟦NAME|Doña Lupita⟧ brought her daughter ⟦NAME|Yesenia Cruz López⟧, 16, who was nine weeks pregnant after rape by a neighbour. ⟦NAME|Doña Lupita⟧'s phone, ⟦PHONE|951 555 0177⟧, was the only one the family had.

Since the Supreme Court's 2021 ruling and Oaxaca's decriminalisation in 2019, abortion up to twelve weeks is legal in Oaxaca, and NOM-046 guarantees it for survivors of rape without a police report. But the doctor in charge of the centre refused, saying it was against his conscience. I did not know what to do.

I called Dr Alejandra Ríos, a gynaecologist in the state capital, who confirmed that the centre must refer the patient without delay. I accompanied ⟦NAME|Yesenia⟧ and her mother to the hospital in Oaxaca City, where she had a medical abortion with mifepristone and misoprostol on ⟦DATE|el 8 de marzo⟧, ⟦DATE|International Women's Day⟧, which her mother noted with a bitter smile.

I reflected on conscientious objection: a doctor may object, but the system must not. I also learned that my role as a student was to advocate for the patient, even against a senior. I have since joined a network of medical students for reproductive rights.
`,
  },
  {
    id: "mx-comment-002",
    setting: "peer comment",
    role: "resident",
    text: `
Thank you for sharing this. In my residency in Guadalajara we see the same thing: doctors who object and do not refer. The NOM-046 is clear, and GIRE has good materials for health staff. Dr Ríos is right that the system must guarantee the service. Please keep advocating.
`,
  },
  {
    id: "mx-free-003",
    setting: "sexual health clinic",
    role: "nurse",
    text: `
I am a nurse at a CAPASITS (HIV and STI clinic) in Tijuana. ⟦NAME|Valeria⟧, a trans woman and sex worker, came to us with a positive syphilis test from a street outreach. She lives in ⟦ADDRESS|Calle Coahuila 1845, Zona Norte, Tijuana, B.C. 22000⟧ and works in the bar across the street. Her clinic file is ⟦ID|CAP-TIJ-07731⟧. She was afraid to come because at another health centre a receptionist had called her by her male name loudly in front of everyone.

We treated her with benzathine penicillin and tested for HIV, which was negative. She agreed to start PrEP. I made sure her chosen name was on the file and that everyone used it.

She came back for her three-month follow-up on ⟦DATE|jueves 14 de diciembre⟧ with two friends who also wanted PrEP.

I learned that for trans women, the way they are received at the front desk determines whether they return. Mexico has made progress in recognising gender identity, but discrimination in health services is still common.

I have trained our reception staff and asked the clinic to add a chosen name field to the registration form. I also learned that trust spreads through networks: when one trans woman feels respected, she brings others.
`,
  },
  {
    id: "gt-free-001",
    setting: "maternity",
    role: "comadrona and nurse",
    text: `
I am a nurse and I was trained with the comadronas in Alta Verapaz. ⟦NAME|Doña Rosa Caal Choc⟧, a Q'eqchi' woman with eight children, came from ⟦LOCATION|the aldea of Sequixquib, near the Cahabón river crossing⟧ to the health centre after a home birth with a retained placenta. She arrived on ⟦DATE|the day of the Virgen de Guadalupe⟧, when the road was full of processions, and she had lost a lot of blood.

The doctor, Dr Mario Pop, removed the placenta manually and we gave oxytocin. She needed a transfusion, but there was no blood at the centre. We transferred her to the maternity ward of ⟦FACILITY_ROOM|Hospital Regional de Cobán⟧, where she was transfused.

Her husband, ⟦NAME|Don Sebastián⟧, was angry because he thought the hospital would kill her. Many Q'eqchi' families distrust hospitals because of discrimination and because they cannot speak Spanish. I spoke to him in Q'eqchi' and explained what would happen. He came with her.

I reflected on the importance of culturally appropriate care. The Guatemalan Ministry of Health now recognises comadronas and encourages collaboration. When comadronas are respected, they refer earlier.

I now work with the comadronas in our area, teaching them danger signs and inviting them into the health centre during births. It is slow, but it is building trust.
`,
  },
  {
    id: "gt-what-002",
    setting: "cervical screening",
    role: "medical student",
    text: `
**What?** During my EPS rural practice in Sololá, I participated in a cervical cancer screening campaign using VIA and cryotherapy in a single visit. The team was led by Dr Ana Lucía Xicay, a Kaqchikel gynaecologist.

**So what?** I was impressed by how the team adapted the campaign to the community. They spoke Kaqchikel, they allowed women to bring a family member, and they organised the screening on market days. I learned that many women had never had a pelvic exam, and that some felt ashamed because of their traditional clothing, the corte, which they had to remove.

I had thought that screening was simply a technical procedure. But the success of the campaign depended on respect and trust. Dr Xicay explained that indigenous women in Guatemala have much higher cervical cancer mortality than others because of poor access to services.

**Now what?** I want to learn more about the HPV vaccine programme in Guatemala, which started in 2018, and about HPV self-sampling, which could reduce the shame of the examination. I also want to learn Kaqchikel, at least enough to greet patients and explain procedures.
`,
  },
  {
    id: "gt-free-003",
    setting: "adolescent pregnancy",
    role: "resident",
    text: `
I am a paediatrics resident in Guatemala City. In our adolescent clinic, we see many girls who are pregnant, some as young as ten or eleven. Under Guatemalan law, any pregnancy in a girl under fourteen is a result of sexual violence, and we must report it to the Public Ministry.

This year I saw a twelve-year-old girl who was twenty weeks pregnant. She did not understand what was happening to her body. Her mother said she had a boyfriend. The social worker, Licenciada Marta Gómez, explained to the mother that this was not a relationship but a crime, and the police were informed.

Abortion is illegal in Guatemala except to save the mother's life, so the girl had to continue the pregnancy. I felt deeply uncomfortable. She had a caesarean at 37 weeks because her pelvis was too small.

I reflected on how the law forces young girls to carry pregnancies that endanger their health. I also reflected on my role: I cannot change the law alone, but I can make sure the girl receives the best care, including psychological support, education, and contraception afterwards.

I have started to work with the Observatorio de Salud Sexual y Reproductiva (OSAR) to document these cases, and I have learned to speak to girls in simple, gentle words.
`,
  },
  {
    id: "ht-free-001",
    setting: "sexual health clinic",
    role: "community health worker",
    text: `
I am an ajan sante (community health worker) in Port-au-Prince. ⟦NAME|Madan Jean-Baptiste⟧ runs a small business selling food near ⟦LOCATION|the Portail Léogâne bus station, the stall under the green Digicel umbrella⟧. She came to our clinic because she had genital sores, and she was diagnosed with syphilis and HIV. Her clinic dossier is ⟦ID|GHESKIO-PAP-118264⟧. Her WhatsApp group with her market friends was called ⟦OTHER|"Machann Pòtay Fanm Vanyan"⟧, and she was afraid the women there would find out.

The doctor, Dr Pierre-Louis, started her on treatment the same day, benzathine penicillin and antiretrovirals. She was worried about her partner, who has other partners, and she did not want to tell him.

I helped her plan how to tell him, and we offered to invite him for a "routine" test. He came, and he was positive too.

The insecurity in the city made her follow-up very hard. She missed two appointments because of the gangs on the road. I called her and brought her medicines to her stall when the road was open.

I learned that in Haiti, health care depends on flexibility and on community health workers who can reach people where they are. I also learned that confidentiality must include the patient's social world, including her phone.
`,
  },
  {
    id: "ht-gibbs-002",
    setting: "maternity",
    role: "midwife",
    text: `
**Description.** I am a sage-fanm (midwife) in a hospital in the north of Haiti. During a night shift, a woman arrived with eclampsia, convulsing. Her family had first taken her to a houngan because they believed the seizures were caused by a spirit.

**Feelings.** I was frustrated that she had arrived late, and afraid because we had no magnesium sulphate that night.

**Evaluation.** I managed her airway, gave diazepam while we searched for magnesium sulphate, and called the doctor, Dr Louis. The baby was delivered by caesarean and survived. The mother survived too, but she needed intensive care.

**Analysis.** Eclampsia is a leading cause of maternal death in Haiti. Many families seek traditional healers first. The hospital's stock-outs make care difficult, and I was angry that basic medicines were not available.

**Conclusion.** I cannot change beliefs alone, but I can work with traditional healers to encourage early referral.

**Action plan.** I will ask the hospital to keep an emergency stock of magnesium sulphate in the delivery room, and I will join the community outreach programme that works with houngans and matrones to teach them the danger signs of pre-eclampsia.
`,
  },
  {
    id: "ht-free-003",
    setting: "contraception",
    role: "nurse",
    text: `
I am a nurse in a rural health centre in the Artibonite. After the 2010 earthquake, many NGOs offered family planning in our area, and women became used to free implants and injections. When the NGOs left, the supply of contraceptives became unreliable.

This year, our clinic ran out of Jadelle implants for four months. Women who had come for a replacement had to leave with nothing or with pills, which they often did not take regularly. Several became pregnant.

I felt powerless and guilty. The women trusted us, and we failed them. My supervisor, Madame Célestin, explained that the supply chain depended on donors and that the Ministry of Health had limited funds.

I learned that family planning is not only about counselling and technical skill. It is about a reliable supply, which is a political and economic problem. I started keeping a list of women who needed replacements and called them when the implants arrived. I also spoke about the problem at a regional health meeting.

I have also learned to explain to women the options when a method is not available, and I make sure they have condoms and emergency contraception. Now, when I counsel a woman, I also tell her honestly that supplies sometimes run out and that she should come back early.
`,
  },
  {
    id: "ph-free-001",
    setting: "adolescent pregnancy",
    role: "nurse",
    text: `
I am a public health nurse in a rural health unit in Samar. ⟦NAME|Jhenny Rose⟧, 15, came to our unit with her lola, ⟦NAME|Lola Pacing⟧, and she was already six months pregnant. She lives in ⟦LOCATION|Barangay Pagsang-an, the house beside the basketball court⟧. Her PhilHealth number was ⟦ID|12-025538174-6⟧, registered under her mother who works abroad in Hong Kong.

Her pregnancy was the result of a relationship with a 22-year-old. Under the Philippines' new law raising the age of sexual consent to sixteen (RA 11648, 2022), this was statutory rape, and we referred the case to the Women and Children Protection Desk.

The lola was angry with us. She said the boy was going to marry ⟦NAME|Jhenny Rose⟧, and that we were causing trouble. I understood her fear of shame, but the law was clear.

⟦NAME|Jhenny Rose⟧ gave birth at ⟦FACILITY_ROOM|Eastern Visayas Medical Center, OB ward bed 28⟧ on ⟦DATE|December 24⟧, ⟦DATE|Christmas Eve⟧. She asked me to visit, and I brought her a small gift.

I reflected that adolescent pregnancy in the Philippines is common, and many girls lack access to contraception because of parental consent rules. I now talk about reproductive health at the barangay youth assembly.
`,
  },
  {
    id: "ph-comment-002",
    setting: "peer comment",
    role: "midwife",
    text: `
Thank you for writing about ⟦NAME|Jhenny Rose⟧. I also cared for her during her teleconsult before the birth, and the log showed she connected from ⟦IP|203.0.113.58⟧, her neighbour's wifi, because their house had no signal. These girls are resourceful. We need more adolescent-friendly services in the barangays.
`,
  },
  {
    id: "ph-free-003",
    setting: "HIV prevention",
    role: "medical student",
    text: `
I did a rotation at a community-based HIV clinic in Quezon City, run by an NGO called LoveYourself. The Philippines has one of the fastest-growing HIV epidemics in the Asia-Pacific region, mostly among young men who have sex with men.

I was surprised by how young the clients were. Many were students, some under eighteen. Under the Philippine HIV and AIDS Policy Act of 2018 (RA 11166), young people aged fifteen to seventeen can get tested without parental consent, with the help of a social worker or a counsellor.

The clinic was friendly and colourful, and clients were treated with respect. They offered free testing, PrEP and same-day ART initiation. I saw a young man who tested positive and was started on TLD the same day. The counsellor, Mark, spoke to him with warmth and humour, and the young man left with a plan.

I learned that HIV services need to be welcoming and non-judgemental, especially for young people and key populations. I also learned that stigma is still strong in families and churches, and that many clients keep their status secret.

My next step is to learn more about HIV counselling and to apply this approach in my future practice. I also want to advocate for comprehensive sexuality education in schools, which is still controversial in the Philippines.
`,
  },
  {
    id: "pl-free-001",
    setting: "miscarriage",
    role: "resident",
    text: `
Jestem rezydentką (a resident) in obstetrics and gynaecology in Kraków. ⟦NAME|Pani Agnieszka Wróbel⟧ came to ⟦FACILITY_ROOM|sala 6 on the gynaecology ward of Szpital Uniwersytecki⟧ with a missed miscarriage at ten weeks. Her PESEL, ⟦ID|${pesel("8105120468")}⟧, was on the admission card, and she had been trying to conceive for three years.

Since the Constitutional Tribunal ruling in 2020, abortion is allowed in Poland only in cases of rape or danger to the woman's life or health. Although miscarriage management is not abortion, some doctors have become more cautious about intervening, and women have died waiting while a fetal heartbeat was still present.

In her case, there was no heartbeat and the diagnosis was clear. We offered misoprostol or surgical evacuation, and she chose surgery, which was done on ⟦DATE|15 listopada⟧. Her husband, ⟦NAME|Tomek⟧, stayed with her the whole time.

What I want to reflect on is the fear I saw in her eyes when she arrived. She had read about the deaths of women in Polish hospitals and asked me whether we would "let her die". I explained that we would take care of her and that her health came first.

I learned that laws affect not only the procedures we can do but also the trust between women and doctors. I will always explain clearly what we can do, and I will never let fear of the law delay care.
`,
  },
  {
    id: "pl-comment-002",
    setting: "peer comment",
    role: "midwife",
    text: `
Thank you for this honest reflection. I work as a midwife in Gdańsk and women ask me the same question. Our hospital introduced a clear protocol for miscarriage management after the Izabela case in Pszczyna, and the Polish Society of Gynaecologists published guidance. Explaining the plan early helps reduce the fear.
`,
  },
];
