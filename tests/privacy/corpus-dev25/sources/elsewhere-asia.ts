import type { SourceItem } from "../../corpus/types.ts";

/** Bangladesh, Nepal and the Philippines. */
export const ASIA: SourceItem[] = [
  {
    id: "bd-gibbs-001",
    setting: "refugee camp maternity",
    role: "midwife",
    text: `
Description: I work as a midwife in a primary health centre in the Rohingya camps near Cox's Bazar. On ⟦DATE|3 April⟧ I was called to a shelter in ⟦LOCATION|Camp 15, Block C-7⟧ where ⟦NAME|Rashida Begum⟧, 18, had been labouring for a day with a traditional birth attendant. Her FCN ⟦ID|FCN-1187-204533⟧ was on the family's ration card.

Feelings: Scared, because the baby's head had been on the perineum for a long time.

Evaluation: I delivered the baby with some difficulty; the baby did not breathe at first and I used the bag and mask with the Helping Babies Breathe steps. After one minute he cried. The Apgar was 4 then 8. The mother had a second-degree tear, which I repaired at the health post.

Analysis: Many Rohingya women deliver at home because of modesty, the distance, and because their husbands or mothers-in-law decide. Our midwife-led health posts are open 24 hours, but the path at night is dangerous for women.

Conclusion: The TBA called me in time, which is progress. Two years ago, she would not have.

Action plan: Continue monthly meetings with the TBAs, with our supervisor, Apa Shirin, to teach danger signs and referral. Advocate for solar lights on the paths.
`,
  },
  {
    id: "bd-free-002",
    setting: "menstrual regulation services",
    role: "family welfare visitor",
    text: `
I am a Family Welfare Visitor at a Union Health and Family Welfare Centre in Rajshahi division. I want to reflect on menstrual regulation, because outsiders often misunderstand it.

In Bangladesh, menstrual regulation (MR) has been part of the family planning programme since 1979. It means establishing non-pregnancy after a missed period, up to 10 to 12 weeks depending on who provides it. We do MR with manual vacuum aspiration, or with medication, MRM: mifepristone 200 mg then misoprostol 800 micrograms.

Women come quietly. They rarely say "abortion." They say "my period is late, please make it come." Many are married with two or three children. Some are students. We do not ask for proof of pregnancy; we check uterine size and counsel.

The most important part is after MR: contraception. If a woman leaves without a method, she often comes back in six months. I try to offer pills, injectables, or an implant the same day. Many choose the injection because it is private.

Complications are rare when it is done properly. The dangerous cases are the ones from untrained providers in the bazaar, with sepsis or heavy bleeding. We manage those with antibiotics and refer.

My supervisor at the upazila, Dr. Nasrin, says MR saves more lives than most of our programmes, and I believe it. Still, each woman carries her secret home. I try to make the centre the one place where she doesn't have to.
`,
  },
  {
    id: "bd-comment-003",
    setting: "menstrual regulation services",
    role: "upazila family planning officer",
    text: `
Thank you for this honest reflection. Your point about offering contraception on the same day as MR is exactly what our data shows: women who leave with a method rarely return for repeat MR. Please share your counselling approach at the next monthly coordination meeting. I will also request more implant stock for your centre.
`,
  },
  {
    id: "np-free-001",
    setting: "menstrual health outreach",
    role: "auxiliary nurse midwife",
    text: `
I am ANM at a health post in Achham, far-western Nepal. Chhaupadi, sending women to a hut during menstruation, was made a crime in 2017, but it still happens.

On ⟦DATE|Poush 12, 2080⟧, which is ⟦DATE|27 December 2023⟧, a 16-year-old girl, ⟦NAME|Parbati Bohara⟧, from ⟦LOCATION|Ward 4 of Turmakhad, near the Kuikot school⟧, was found unconscious in a chhau goth in the morning. She had lit a small fire for warmth in the night. We think smoke poisoning. She survived after oxygen and was referred to the district hospital, but she has memory problems now.

Her mother told me, "We know it's banned, but if we don't send her, the gods will be angry and the cattle will die." I did not argue with her about the gods. I asked if the girl could sleep in a separate room in the house instead, which the mother agreed to.

Since then, I am working with the female community health volunteers, the ward chair and the school to talk about this. We use the story of a dhami, a local healer, who publicly said that women can stay in the house. That helped more than any poster.

This is very slow work. But I do not want another girl in a hut.
`,
  },
  {
    id: "np-free-002",
    setting: "uterine prolapse camp",
    role: "staff nurse",
    text: `
I joined a uterine prolapse screening camp in Dadeldhura last month, with a team from a hospital in Kathmandu. I want to write about what I saw, because prolapse is a hidden disease in Nepal.

We screened 340 women in three days. Many had prolapse for years, some for decades, because of heavy work soon after childbirth, many births, and no rest. Some had been carrying loads of firewood a week after delivery. Most had never told anyone, even their husbands.

Treatment options depend on the stage. For first and second degree, pelvic floor exercises and ring pessaries. I learned to fit pessaries with the help of our gynaecologist, Dr. Sharma. Women with third and fourth degree were booked for vaginal hysterectomy with repair at the hospital; some needed a Manchester repair to keep the uterus because they still wanted children.

The most emotional part was the counselling. Women cried when we told them it is common and can be treated. One said she thought it was punishment for sins.

Prevention is about rest after delivery, family planning and spacing, and skilled birth attendance. The government's free prolapse surgery programme helps, but women still need to travel, leave their fields, and find someone to look after their children.

I want to become a trainer for pelvic floor exercises in my district. If we teach it in mothers' groups, maybe fewer women will need surgery in twenty years.
`,
  },
  {
    id: "np-what-003",
    setting: "HIV testing and counselling",
    role: "HIV counsellor",
    text: `
What?
A 38-year-old man, ⟦NAME|Bhim Bahadur Thapa⟧, who worked for years in Mumbai, came back to his village for Dashain and tested HIV positive at our HTC centre in Doti. His citizenship certificate number, ⟦ID|74-01-75-04218⟧, was on the register, and his phone is ⟦PHONE|98415 55521⟧. He asked me not to tell his wife.

So what?
This is the pattern in the far west: seasonal migrants to India, sex work contacts, and wives at home who are infected without knowing. Nepal's national guidelines encourage partner notification, but require the client's consent or a carefully assessed need to warn. His wife is likely at risk, and they have a baby.

I counselled him over three sessions. He feared his family would throw him out. We practised what he could say. In the end, he asked me to be there.

His wife tested positive too; the baby, negative at 18 months.

Now what?
Both are on ART. I'm asking our district coordinator, Mr. Joshi, whether we can do HIV awareness at bus stops and in the border towns where migrants cross, not only in the village.
`,
  },
  {
    id: "ph-free-001",
    setting: "HIV treatment hub",
    role: "HIV peer navigator",
    text: `
I'm a peer navigator at an HIV treatment hub in Cebu City. HIV among young Filipino men has been rising faster than almost anywhere in the Asia-Pacific, and most of our new clients are under 25.

Last month, a 19-year-old, ⟦NAME|Jerome Villanueva⟧, messaged our page from his Facebook account ⟦OTHER|Jerome V. Tisa Boys⟧ asking for a test. He came in, and it was reactive. He gave his PhilHealth number ⟦ID|12-250938471-6⟧ for the OHAT package and his mobile ⟦PHONE|0917 555 2841⟧, and an email, ⟦EMAIL|jvillanueva.tisa@gmail.com⟧, asking that we never send anything to his family's address in ⟦LOCATION|Sitio Kamatisan, Barangay Tisa⟧.

He didn't want to start treatment. "My mom will see the pills." We talked about how many young people take ARVs secretly, and I showed him the small pill case I use myself, because I've been living with HIV for six years.

He started TLD the next day. Our doctor, Dr. Reyes, did baseline labs and an X-ray, which showed no TB.

The Philippine HIV and AIDS Policy Act of 2018 lets 15 to 17-year-olds consent to testing without parents. That helped many of our clients. But the stigma at home is still the biggest barrier.

I think of my own first year and how alone I was. That's why I do this.
`,
  },
  {
    id: "ph-what-002",
    setting: "barangay health station",
    role: "midwife",
    text: `
What?
I'm the rural health midwife covering five barangays in Bohol. This year I had nine pregnant girls aged 14 to 17 in my catchment. Teenage pregnancy in the Philippines is declared a national social emergency, and my numbers show why.

So what?
The Responsible Parenthood and Reproductive Health Act of 2012 made contraception a right, and our station has pills, DMPA, condoms and implants. But minors still need parental consent for most methods, so they come to us only when already pregnant.

For each girl, I do full antenatal care: tetanus-diphtheria vaccine, iron and folic acid, HIV and syphilis screening, blood pressure. Pre-eclampsia risk is higher in adolescents, so I give calcium and watch the BP closely. I refer all of them for facility delivery.

After delivery, I offer the implant before they go home. Most accept, with their mother's consent, because the mothers do not want a second baby either.

The barangay health workers and the school guidance counsellor, Ma'am Lumapas, help a lot with follow-up.

Now what?
- Talk to the municipal health officer about a teen health corner at the school.
- Learn more about adolescent-friendly counselling; our training focused on adult women.
- Push for the Adolescent Pregnancy Prevention Bill in our municipal council, even if it's not my job.
`,
  },
  {
    id: "ph-comment-003",
    setting: "barangay health station",
    role: "municipal health officer",
    text: `
Thank you for this, and for your work across five barangays. A teen health corner at the school is a good idea; I'll bring it to the Local Health Board. Please also make sure the girls are referred for their postpartum check at six weeks, as many are lost. Let's meet next week to plan the implant outreach.
`,
  },
];
