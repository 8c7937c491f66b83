import type { SourceItem } from "../../corpus/types.ts";

/** Indonesia, Vietnam, Nepal and the Philippines. */
export const ASIA: readonly SourceItem[] = [
  {
    id: "id-free-001",
    setting: "village midwifery",
    role: "bidan desa (village midwife)",
    text: `I am a bidan desa in West Java. My colleague in Australia encouraged me to write reflections in English, so here is one.

Two nights before ⟦DATE|Lebaran⟧, the dukun bayi of our kampung, Mak Icih, sent her grandson on a motorbike to call me. ⟦NAME|Ibu Euis Rohaeti⟧, her fifth baby, bleeding after the birth at home in ⟦LOCATION|Kampung Cibeureum Hilir, RT 03/RW 07⟧. I gave oxytocin, massaged the uterus and we took her on the ambulans desa to the puskesmas. She recovered.

The family had her KTP and BPJS card ready in a plastic bag: NIK ⟦ID|3205124708870003⟧. This is a good habit we teach at the posyandu.

I am grateful that the dukun now calls me. The government programme of "kemitraan bidan dan dukun" — partnership — is slowly working. Mak Icih still says the prayers, and I do the injections, and the mothers are safer.`,
  },
  {
    id: "id-what-002",
    setting: "antenatal care",
    role: "medical student (co-ass)",
    text: `What? During my co-ass rotation in obstetrics in Yogyakarta I followed the "buku KIA", the pink mother-and-child handbook every pregnant woman receives. It holds the antenatal visits, the immunisations, and the danger signs, with pictures.

So what? The buku KIA is the woman's own record. She carries it to the posyandu, the puskesmas and the hospital. Researchers have shown it improves knowledge of danger signs. But I noticed many women had empty pages, because staff were too busy to write.

Now what? For my community health project I want to check twenty handbooks (without copying any names) to see which sections are completed and which are empty, and present it to the puskesmas head. Terima kasih to Dr Rina for agreeing to supervise.`,
  },
  {
    id: "id-free-003",
    setting: "postnatal depression",
    role: "psychologist (puskesmas)",
    text: `A mother came to the puskesmas with her baby for immunisation and could not stop crying. Her EPDS was 21. She told me she had not slept since the birth, that her husband works in Malaysia and sends money but not messages.

Her sister keeps an Instagram page about the baby, ⟦OTHER|@baby.arkana.cilacap⟧, with photos every day and captions about how "blessed" the family is. The mother said, "Everyone sees a happy picture, nobody sees me."

We started counselling and referred her to the psychiatrist at the district hospital. I reflect on how social media can hide postnatal depression behind pretty pictures. In our next kelas ibu hamil (mothers' class) I will talk about baby blues and depression openly.`,
  },
  {
    id: "vn-free-004",
    setting: "labour ward",
    role: "obstetrics resident",
    text: `A night shift in the delivery room in Hanoi, the week before Tết. Women want to give birth before the new year, and many ask for induction or caesarean on a "good day". The families bring the fortune-teller's list of lucky dates.

One mother, ⟦NAME|chị Nguyễn Thị Hằng⟧, was 38 weeks, and her mother-in-law asked for a caesarean at exactly 9:00 on ⟦DATE|the 27th of Chạp⟧. We declined because there was no medical indication, and she laboured spontaneously the next night.

Her husband added me on Zalo as ⟦OTHER|tuan.hang.0912⟧ to send a photo of the baby. I did not accept the request.

I understand the culture and I respect it, but as a doctor I must explain that surgery has risks and a birthday is not a reason.`,
  },
  {
    id: "vn-what-005",
    setting: "early essential newborn care",
    role: "neonatal nurse",
    text: `What? Our hospital introduced Early Essential Newborn Care: immediate skin-to-skin, delayed cord clamping, and breastfeeding within the first hour. Before, babies were taken away to be weighed and bathed.

So what? Vietnam was one of the first countries in the WHO Western Pacific Region to adopt EENC, and studies show fewer NICU admissions for hypothermia and more exclusive breastfeeding. In my own ward the change was visible within a month: quieter babies and calmer mothers.

Now what? The hardest part was changing the habits of older staff. I will run a coaching session every quarter, using the "first embrace" video, and ask mothers for feedback at discharge.`,
  },
  {
    id: "vn-free-006",
    setting: "stillbirth",
    role: "midwife",
    text: `A baby was born still at 36 weeks. The mother, ⟦NAME|Lò Thị Dung⟧, is from the Thái community in ⟦LOCATION|bản Nà Sang, two hours' walk above the commune health station⟧. She had not felt the baby moving for three days but could not come because of the floods.

In her tradition the baby should not be named and should be buried quickly. We did not take photos. We gave her time, and I sat with her and her husband while they prayed.

Her citizen ID card number, ⟦ID|011193004471⟧, is on the stillbirth report. I reflect that respecting culture means not pushing our own bereavement practices on every family.`,
  },
  {
    id: "np-free-007",
    setting: "birthing centre",
    role: "auxiliary nurse-midwife",
    text: `I work at a birthing centre in the hills of Sindhupalchok. The road closes in monsoon, and women walk for hours to reach us. The female community health volunteers are our eyes in the villages.

On ⟦DATE|the eighth day of Dashain⟧ a woman arrived carried in a doko basket on her husband's back. ⟦NAME|Maya Tamang⟧, first baby, long labour, from ⟦LOCATION|Ward 6 of Bhotang, the houses above the monastery⟧. We did a vacuum delivery, which I had learned in SBA training. Baby cried well.

Her husband ⟦NAME|Pemba⟧ said "dhanyabad, sister" many times. I was proud and tired. Nepal's Aama programme pays transport to women who deliver in facilities, which helped this family.`,
  },
  {
    id: "np-comment-008",
    setting: "birthing centre",
    role: "public health officer",
    text: `Very proud of our birthing centres. A small request: in a ward where everyone knows everyone, the names and the Dashain day are enough to identify this family. Please remove them. The story about the doko basket and the Aama programme is the important part and can stay as it is.`,
  },
  {
    id: "ph-free-009",
    setting: "facility-based delivery",
    role: "rural health midwife",
    text: `In the Philippines, home births with the hilot are discouraged by the "no home birthing" policy in many municipalities, and there are even fines. I have mixed feelings.

Last week, ⟦NAME|Ate Marites⟧, 19, delivered at home with the hilot in ⟦LOCATION|Sitio Malipayon, Barangay San Roque⟧ because the boat to the lying-in could not cross. The baby was well, but the barangay captain wanted to fine the family. I wrote a note explaining the sea conditions.

Her PhilHealth number, ⟦ID|12-051847362-9⟧, was needed for the newborn package. We registered the baby at the RHU on ⟦DATE|Monday 4 August⟧.

My reflection: policy must fit geography. Punishing women who cannot reach a facility is not safety.`,
  },
  {
    id: "ph-what-010",
    setting: "adolescent pregnancy",
    role: "nursing student",
    text: `What? During community health nursing in Cebu, I joined a teen-mothers' class. Twelve girls between 15 and 19, most with babies on their laps.

So what? Adolescent pregnancy is among the highest in the region, and many of the girls had stopped school. They did not know about contraceptive implants, or that they can get them free at the health centre.

Now what? I helped the nurse prepare a talk in Cebuano on spacing pregnancies, and we invited a young mother who returned to school. Our clinical instructor says next semester's students will continue the class.`,
  },
];
