import type { SourceItem } from "../../corpus/types.ts";
import { pesel } from "../gen.ts";

/** Mexico, Peru and Poland. */
export const AMERICAS_EUROPE: readonly SourceItem[] = [
  {
    id: "mx-free-001",
    setting: "traditional midwifery",
    role: "medical student (servicio social)",
    text: `Servicio social year in a rural clinic in the Chiapas highlands. The partera of the community, Doña Petrona Gómez Hernández, has attended births for forty years. She speaks Tsotsil and a little Spanish, and she taught me more about the rebozo than any textbook.

On ⟦DATE|the night of the Virgen de Guadalupe⟧, while the fireworks were going off, she brought ⟦NAME|Rosa⟧, 17, to the clinic with a retained placenta. We did a manual removal together: her hands on the belly, mine inside. ⟦NAME|Rosa⟧'s mother was praying in the doorway, and her great-grandmother, who is ⟦AGE|ninety-three⟧ and has seen every birth in the family, held the candle.

I wrote ⟦NAME|Rosa⟧'s CURP, ⟦ID|GOHR080315MCSMRSA4⟧, in the referral book in case we needed the hospital in San Cristóbal. We didn't.

I went to Chiapas thinking I would teach. I have mostly learned.`,
  },
  {
    id: "mx-what-002",
    setting: "obstetric violence",
    role: "obstetrics resident",
    text: `What? A patient wrote to our department's email to complain that during her delivery nobody asked permission before an episiotomy and that she was told to "stop crying, you enjoyed making him". She signed the email ⟦NAME|Fernanda Ibarra Solís⟧, from ⟦EMAIL|fer.ibarra.solis@example.com.mx⟧, and gave the date of the birth, ⟦DATE|22 de febrero⟧, and her bed, ⟦FACILITY_ROOM|cama 7 de Tococirugía, Hospital General de Zona 18⟧.

So what? "Violencia obstétrica" is recognised in Mexican law in several states. What she described is not rare, and I recognised the phrase; I have heard it said by a senior.

Now what? I asked our chief of residents to put the NOM-007 standards on respectful care into our induction, and I wrote to her to apologise on behalf of the team. I am ashamed that I had been silent.`,
  },
  {
    id: "mx-free-003",
    setting: "home visits",
    role: "promotora de salud",
    text: `Soy promotora in a colonia on the edge of Monterrey. I visit pregnant women who do not go to the clinic because they have no papers or they work in the maquiladora.

This week: ⟦NAME|Yesenia⟧, 8 months, at ⟦ADDRESS|Calle Huizache 214, Col. Valle Verde 2do Sector, 64117 Monterrey, N.L.⟧, with swollen feet and a headache. I took her blood pressure with my cuff: 158/102. Her husband ⟦NAME|Chuy⟧ drove her to the emergency department in his taxi, number ⟦OTHER|SP-4471-B⟧, and she was admitted for pre-eclampsia. Her phone is ⟦PHONE|81 5551 0294⟧ and I call her every day.

My supervisor says promotoras save lives because we go where doctors do not. I believe her.`,
  },
  {
    id: "mx-comment-004",
    setting: "obstetric violence",
    role: "midwife (partera profesional)",
    text: `Gracias, it takes courage to admit being silent. But please edit this: you have copied her name, her email, the date and the bed from the complaint into a public blog. That is a second violation of the same woman. Keep the lesson and the NOM-007 part, take out everything that is hers.`,
  },
  {
    id: "pe-free-005",
    setting: "maternal waiting home",
    role: "obstetriz (midwife)",
    text: `I am an obstetriz at a health centre in the highlands of Cusco. Our casa de espera materna lets women from distant communities wait there in the last weeks of pregnancy.

⟦NAME|Mamacha Justina Quispe Huamán⟧ arrived from ⟦LOCATION|the comunidad of Q'ero Hatun, six hours on foot past the Pachacútec pass⟧ on ⟦DATE|Inti Raymi⟧, walking with her husband and a sheep. She delivered her seventh baby in the vertical position, as she wished, with her husband behind her, in the room we adapted for parto vertical.

Her DNI, ⟦ID|40871526⟧, is copied on the register. She told me in Quechua, "Kunanqa manam manchakunichu" — now I am not afraid.

Culturally adapted birth is not a concession. It is good care.`,
  },
  {
    id: "pe-what-006",
    setting: "adolescent pregnancy",
    role: "medical student",
    text: `What? During my internship in Lima I saw many girls under 15 in the adolescent prenatal clinic. Most pregnancies were the result of abuse.

So what? Peru has a high rate of pregnancy in girls under 15, and the law requires a report in every case. The clinic's psychologist said the girls often protect the abuser, who is usually a family member.

Now what? I want to understand the therapeutic abortion protocol, which has existed in Peru since 2014 but is rarely used. I will speak to our teacher about a seminar for interns on this protocol and on how to listen to a child without blaming.`,
  },
  {
    id: "pe-free-007",
    setting: "congenital heart disease in pregnancy",
    role: "cardiology resident",
    text: `Joint cardio-obstetric clinic. ⟦NAME|Srta. Milagros Condori⟧, 26, with a mechanical mitral valve (serial ⟦DEVICE|SJM-27MJ-448193⟧) and 14 weeks pregnant, switched from warfarin to enoxaparin with anti-Xa monitoring. Her partner ⟦NAME|Wilber⟧ asked if the baby would "have a valve too".

Mechanical valves in pregnancy are among the highest risk categories in the modified WHO classification. Valve thrombosis, bleeding and warfarin embryopathy are all real. I have spent hours on the ESC 2018 guidelines.

I shared with her the registry we follow and asked her to write to me at any time. Her email, ⟦EMAIL|mili.condori26@example.pe⟧, is on our shared list so the nurse can send the anti-Xa results.`,
  },
  {
    id: "pl-free-008",
    setting: "labour ward",
    role: "położna (midwife)",
    text: `I am a położna in Kraków, writing in English for an international midwives' forum. Since 2022 we have cared for many Ukrainian women who fled the war. Language is the first barrier; trust is the second.

One of them, ⟦NAME|Olena Kravchenko⟧, gave birth on ⟦DATE|Wigilia⟧, ⟦DATE|Christmas Eve⟧, in ⟦FACILITY_ROOM|sala porodowa nr 3, Szpital Położniczy im. św. Rodziny⟧. She asked for her mother on a video call during pushing. We set the phone on the shelf, and her mother sang to her in Ukrainian.

For the birth registration she needed her PESEL, which refugees received under the special law: ⟦ID|${pesel("9207150582")}⟧. The registry office was closed until after the holidays.

The Rodzić po Ludzku foundation has good materials in Ukrainian. I use them every week.`,
  },
  {
    id: "pl-what-009",
    setting: "perinatal loss",
    role: "psychologist (perinatal)",
    text: `What? A couple lost their daughter at 22 weeks. In Poland, parents can now receive the child's body for burial at any gestation and take leave, which was not always possible.

So what? Parents told me that the most important thing was that the staff used the baby's name and did not hurry them. One midwife brought them a memory box with a knitted hat. These small acts stayed with them more than anything I said.

Now what? I will present at our hospital a short training on perinatal bereavement, using the Polish perinatal hospice standards and the UK Sands guidance. I also want every delivery room to have a quiet room, away from the sound of crying newborns.`,
  },
  {
    id: "pl-free-010",
    setting: "home birth",
    role: "independent midwife",
    text: `Home birth in a village outside Lublin. ⟦NAME|Pani Agnieszka⟧, her third child, in the farmhouse ⟦LOCATION|past the wooden church at Wola Gałęzowska, the one with the storks' nest on the barn⟧. Born in water in the kitchen, just as the first snow fell, on ⟦DATE|6 grudnia⟧, ⟦DATE|the feast of St Nicholas⟧.

Her husband posted the birth video on YouTube that evening: ⟦URL|https://www.youtube.com/watch?v=rodzinaK-mikolaj⟧. I asked him to take it down because my face and voice were in it, and also because it showed their daughters and the house.

Home birth in Poland is legal but not funded by the NFZ. Families pay privately. I believe it should be an option for every low-risk woman, as in the Netherlands.`,
  },
];
