import type { SourceItem } from "../../corpus/types.ts";

export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "eclampsia",
    role: "house officer (gynae unit)",
    text: `Gynae emergency, night duty. Patient ⟦NAME|Shazia Bibi⟧ w/o ⟦NAME|Muhammad Arshad⟧, 19 years old, primigravida, 36 weeks, brought from ⟦LOCATION|Basti Malik Wala near Kot Addu⟧ after three fits at home. The dai had given her "dam kiya hua pani" (blessed water) and the family waited for the fourth fit before hiring a Suzuki pickup.

We gave MgSO4 by the Pritchard regimen, 4 g IV and 10 g IM, and hydralazine. Her CNIC was not made yet because she was married at 17, so the admission slip had her husband's CNIC, ⟦ID|32102-6612847-3⟧.

She delivered vaginally after induction the next day, baby to nursery for prematurity. I keep thinking about how the whole system around her, from early marriage to the first antenatal visit at 34 weeks, failed before she ever reached us. Our unit has started recording "first ANC visit" on every eclampsia case so we can show the pattern to the district health office.`,
  },
  {
    id: "pk-what-002",
    setting: "lady health worker programme",
    role: "public health trainee",
    text: `What? I spent a week shadowing Lady Health Workers in a union council outside Mardan. Each LHW covers around 1,000 people. She registers every pregnancy, gives iron and folic acid, does home visits after birth, and keeps a register in Urdu that is better maintained than most hospital files I have seen.

So what? The programme has been shown to increase skilled birth attendance and contraceptive use, but its workers have protested for years about late salaries. One LHW told me, "Baji, we are the government for these women, but the government forgets us."

Now what? For my dissertation I want to compare postnatal visit coverage in areas with and without an active LHW, using the Pakistan Demographic and Health Survey 2017–18. I have asked my supervisor, Dr Farah, if I can present the early numbers at our journal club in Peshawar.`,
  },
  {
    id: "pk-free-003",
    setting: "postnatal ward",
    role: "staff nurse",
    text: `The family WhatsApp group was called "⟦OTHER|Amna ki delivery 🤲 Bed 22 Gynae Unit-II⟧" and the husband added me to it by mistake when he was trying to send me the lab report. I saw forty messages of prayers, pictures of the baby, and a voice note from her mother in Sialkot. I left the group straight away and told him politely that staff cannot be in family groups.

I'm reflecting because it made me think about how much of our patients' care now lives on phones: reports photographed, prescriptions sent to the chemist, the consultant's number passed around. Our hospital has no guidance on this. I have drafted a short note for our head nurse on what to say when families add us: thank them, leave, and give them the ward landline instead.`,
  },
  {
    id: "pk-gibbs-004",
    setting: "obstetric fistula",
    role: "urogynaecology fellow",
    text: `Description: a fistula camp where we repaired eleven vesicovaginal fistulas in four days. Most of the women had laboured for two or three days at home, years ago, and lost the baby.

Feelings: pride at the end of each repair, and a heaviness about the years these women had spent smelling of urine and sleeping apart from their families.

Evaluation: the surgical results on day 14 looked good, with dye tests dry in nine of eleven. Two will need a second repair.

Analysis: obstetric fistula is a disease of delay — delay in deciding, in reaching care, and in receiving care. The "three delays" model by Thaddeus and Maine (1994) still explains it. NGO donors and the provincial health department fund these camps but cannot replace functioning emergency obstetric care.

Conclusion: each repair is a small victory against a big failure.

Action plan: keep a follow-up list of every woman at three and six months, and speak at our provincial conference about the need for caesarean access in the districts we draw patients from.`,
  },
  {
    id: "pk-free-005",
    setting: "antenatal clinic",
    role: "medical student (fourth year)",
    text: `Antenatal OPD in Lahore. A patient came with her ultrasound report and her mother-in-law, who did most of the talking. The lady doctor I was shadowing asked the mother-in-law very gently to wait outside for "the examination", and then asked the patient alone if she was safe at home.

I had read about routine enquiry for domestic violence in the antenatal clinic, but I did not think it would happen here, in a crowded OPD with ninety women waiting. It took less than a minute. The patient said she was fine. The doctor gave her a card anyway with the helpline number for the provincial women's protection authority.

I asked her afterwards how often she does this. "Every time I can get the woman alone. Most say nothing. Some come back." I will remember that.`,
  },
  {
    id: "pk-comment-006",
    setting: "postnatal ward",
    role: "nursing instructor",
    text: `Very good reflection. But you have put the group's name in your post, and it contains the patient's first name and her bed and unit. Anyone searching for that group would find the family. Please edit it to "the family group". Otherwise I agree completely, we need a WhatsApp policy for the wards.`,
  },
  {
    id: "pk-free-007",
    setting: "home birth",
    role: "community midwife",
    text: `I am a community midwife in a village near Hyderabad, Sindh. Last month, at 1 am on ⟦DATE|the 2nd of Shawwal⟧, I was called by Mai Haleema, the old dai of ⟦LOCATION|Goth Allah Dino Khoso⟧, because a baby was "stuck". It was a breech, the first baby of ⟦NAME|Zarina⟧, ⟦OTHER|daughter-in-law of the goth's wadera⟧.

By the time I got there on my brother's motorbike the body was out to the umbilicus. I did the Løvset manoeuvre and then Mauriceau-Smellie-Veit, which I had only done on the mannequin. The baby cried after two minutes of breaths with the bag and mask.

Mai Haleema now calls me before the trouble, not after, and her number is saved in my phone as "Dai Amma". This is the partnership that the midwifery programme wanted.`,
  },
  {
    id: "pk-what-008",
    setting: "maternal anaemia",
    role: "obstetrics registrar (FCPS trainee)",
    text: `What? Today I transfused two units for a woman at 37 weeks with Hb 6.2, and sent three others for IV iron sucrose. Anaemia in pregnancy is our daily work.

So what? Iron deficiency anaemia increases the risk of PPH, and a woman who starts labour with Hb 6 has no reserve to lose. Oral iron fails mostly because of side effects and late booking. IV ferric carboxymaltose is faster but expensive; our hospital supply ran out twice this year.

Now what? I am writing a short audit proposal for my FCPS dissertation: Hb at booking, at 28 weeks and at delivery, for all women booked in our unit over six months, and whether IV iron in the third trimester changed the transfusion rate. My supervisor Prof. Nasreen has agreed. The data will come from our ledger, with names removed at source.`,
  },
  {
    id: "pk-free-009",
    setting: "neonatal resuscitation",
    role: "paediatric resident",
    text: `Helping Babies Breathe training day for LHVs from three districts. We practised the Golden Minute: dry, stimulate, and if the baby is not breathing, bag-mask ventilation within one minute of birth.

One LHV told a story about a baby she had saved in her village with a bag she bought with her own money. Another said she had never been shown how to clean the mask. A third asked why we "don't give the baby shehad (honey) first" like her grandmother did, and we had a long and respectful conversation about ghutti and why the first feed should be breast milk.

I learnt that training without equipment is useless; we have asked the district office for NeoBeat monitors and upright bags for every LHV. And I learnt that respect for tradition and clear advice can sit in the same sentence.`,
  },
];
