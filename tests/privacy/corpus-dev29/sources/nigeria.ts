import type { SourceItem } from "../../corpus/types.ts";

export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "obstetric haemorrhage",
    role: "resident doctor (obstetrics)",
    text: `Call night at a teaching hospital in the South-West. A referral came at 11 pm from a mission home: ⟦NAME|Mrs Folasade Ogunleye⟧, para 5, delivered at the mission and "still bleeding". She arrived in the back of her brother-in-law's Camry, plate ⟦OTHER|LSR 442 KJ⟧, because the ambulance needed fuel money.

Uterus boggy, BP 70/40. We did bimanual compression, oxytocin, misoprostol 800 mcg sublingual, tranexamic acid, and put on the non-pneumatic anti-shock garment while waiting for blood. The blood bank had two pints of O negative and her family donated three more that night. She had a B-Lynch suture in theatre at 3 am and kept her uterus.

Her husband, ⟦NAME|Baba Tunde⟧ as everybody on the ward called him, slept on the floor outside the ward for four nights. I learnt more about family and about PPH that night than from any lecture. Tranexamic acid within three hours is still not routine at the mission homes; we must go and teach them.`,
  },
  {
    id: "ng-what-002",
    setting: "traditional birth attendants",
    role: "community health extension worker",
    text: `What? Our PHC started a monthly meeting with the traditional birth attendants in our ward. Eight of them came, all women over fifty, two with more than forty years of catching babies. We talked about danger signs: bleeding, fits, fever, labour longer than a day, and the baby not crying.

So what? In my LGA most women still deliver at home or with a TBA. If we fight the TBAs, the women will hide from us. If we work with them, they bring the women to us. The Midwives Service Scheme and the state's "Abiye" programme both tried this partnership model.

Now what? We agreed that each TBA will escort any woman with a danger sign to the PHC, and she will receive a small transport refund. I have printed the danger signs in Yoruba with pictures. One of the mamas said "Oju lo n ri, ki i se eti" — it is the eyes that see, not the ears — so pictures are better than words.`,
  },
  {
    id: "ng-free-003",
    setting: "caesarean section refusal",
    role: "medical officer",
    text: `A woman in obstructed labour who refused caesarean section because "operation is for women who cannot push". Her husband and his mother agreed with her. Fetal heart was 100, falling.

We counselled for two hours with the help of the church pastor they trusted, who came to the labour ward in his cassock at 1 am. She finally consented and we delivered a baby with Apgar 5 and 8. She cried when she saw him.

Reflection: this belief is common here, and shame is part of it. We should talk about caesarean section at antenatal clinic before labour, when there is no emergency. I have drafted a short talk for the antenatal health education mornings, with testimonies from women who have had caesareans and are proud mothers. We will also respect the right to refuse, because consent that is forced is not consent.`,
  },
  {
    id: "ng-comment-004",
    setting: "obstetric haemorrhage",
    role: "house officer",
    text: `Doc, I was the HO that night!! ⟦NAME|Mrs Ogunleye⟧ in ⟦FACILITY_ROOM|bed 6, Labour Ward 2, LASUTH⟧, the one whose family brought the jerrycans of zobo for everybody. Her son's naming ceremony was on ⟦DATE|Saturday 18 October⟧, they invited the whole team. You saved that woman.`,
  },
  {
    id: "ng-free-005",
    setting: "antenatal registration",
    role: "nursing student",
    text: `Booking clinic today. I filled the antenatal card for a first-time mother and realised how much we write on one page: her name, ⟦NAME|Blessing Chiamaka Eze⟧, her NHIA number ⟦ID|NHIA/EN/22-04817⟧, her husband ⟦NAME|Obinna⟧'s phone ⟦PHONE|0803 555 0192⟧, and her address at ⟦ADDRESS|No. 14 Ogbete Close, off Zik Avenue, Uwani, Enugu⟧. The card goes home with her in a nylon bag.

Then she asked me to take a photo of it and send it to her on WhatsApp, "in case I lose it". I did not know what to say. Our tutor later said never to use our personal phones for patient records.

I am reflecting because the card is both a good thing and a risk. Women with hand-held records keep better continuity. But the same card, left in a bus, tells a stranger everything.`,
  },
  {
    id: "ng-gibbs-006",
    setting: "sickle cell in pregnancy",
    role: "haematology registrar",
    text: `Description: a joint clinic with obstetrics for pregnant women with sickle cell disease. Nine women today, two in crisis.

Feelings: worried, because maternal mortality in SCD pregnancy in our setting is many times that of other women.

Evaluation: our clinic now does prophylactic low-dose aspirin from 12 weeks, folic acid 5 mg, malaria prophylaxis and a plan for exchange transfusion if needed. Early booking has improved.

Analysis: the studies from Nigerian teaching hospitals show that most deaths are from acute chest syndrome and infection. Our weakness is the night: when a woman in crisis arrives, the haematology team is not always reachable.

Conclusion: a joint clinic is good, but we need a joint on-call plan.

Action plan: write a one-page crisis protocol for the labour ward, with oxygen, fluids, analgesia and antibiotics, and the phone tree, and present it at the next departmental meeting with Dr Adebayo and the obstetric consultants.`,
  },
  {
    id: "ng-free-007",
    setting: "maternal death",
    role: "obstetrics consultant",
    text: `Sometimes I write to survive. Last week a 23-year-old died in our labour ward of eclampsia. She arrived from a village two hours away after three fits, unbooked, already in a coma. We did everything, and it was too late.

The maternal death review was the next day. I want to record our findings without identifying anyone: no antenatal care; a birth attendant who did not know the danger signs; a father who had to sell a goat to afford transport; no magnesium at the primary health centre.

Nigeria accounts for a very large share of the world's maternal deaths, and most are from haemorrhage, eclampsia and sepsis. We know what works. What we lack is the money, the roads and the will. I will continue to teach magnesium to every PHC nurse who will listen.`,
  },
  {
    id: "ng-what-008",
    setting: "neonatal care",
    role: "neonatal nurse",
    text: `What? ⟦NAME|Baby Chidera⟧ was admitted to ⟦FACILITY_ROOM|cot 9 in the SCBU at Federal Medical Centre Umuahia⟧ with neonatal jaundice. Serum bilirubin was 22 mg/dL by day 4, and we did an exchange transfusion. The mother, ⟦NAME|Nkechi⟧, said the baby's yellowness had been treated at home with sunlight and "akwukwo" (leaves) for three days.

So what? Kernicterus still causes cerebral palsy and deafness in our babies. Glucose-6-phosphate dehydrogenase deficiency is common, and home remedies delay care.

Now what? I shared with the mothers in the ward how to check the baby's skin by pressing the nose in good daylight. We made a poster in Igbo and English. I plan to do a small audit of age at admission for jaundice over the next three months.`,
  },
  {
    id: "ng-free-009",
    setting: "postnatal visit",
    role: "community midwife",
    text: `Midwives Service Scheme, my fourth year in a rural PHC in Kaduna State. Today I did postnatal visits on foot and on the back of an okada. Six mothers, six babies, and one grandmother who wanted to bathe the newborn in hot water "so he will be strong".

Things that went well: every baby had chlorhexidine to the cord, every mother was breastfeeding, and nobody had a fever.

Things I worry about: one mother had a BP of 150/95 on day 3 and a headache. I referred her to the general hospital. Her husband said he would take her after the market. I called him twice and she reached there by evening.

Learning: postnatal pre-eclampsia is real and our mothers think the danger ends with delivery. In our community talks I will say: the danger can come even after the baby.`,
  },
  {
    id: "ng-gibbs-010",
    setting: "shoulder dystocia and birth injury",
    role: "senior registrar (obstetrics)",
    text: `**Description.** A 4.6 kg baby, a mother with undiagnosed gestational diabetes, and a shoulder dystocia at 2 am. The mother was ⟦NAME|Hajiya Fatima Abdullahi⟧, admitted to ⟦FACILITY_ROOM|Labour Room B, bed 2, at Rasheed Shekoni Teaching Hospital, Dutse⟧. Her hospital number is ⟦ID|RSTH/OBG/44719⟧. The baby was ⟦NAME|Baby Abdullahi⟧ on the cot card; he was later named ⟦NAME|Muhammad Auwal⟧ at the naming ceremony on the seventh day, ⟦DATE|Friday 21 March⟧.

We did McRoberts, suprapubic pressure, then delivered the posterior arm. Head-to-body interval about four minutes. Baby needed bag-mask ventilation and went to SCBU. He has an Erb's palsy of the right arm.

**Feelings.** I felt I had failed her. I had not seen her in the antenatal clinic, but someone had, and her fundal height had been measured as "normal" at 36 weeks.

**Evaluation.** The drill went well; the team moved as we practise. The failure was upstream: no glucose screening, no growth scan, no plan for a large baby.

**Analysis.** Universal screening for GDM is not routine in many of our clinics; cost and logistics are barriers. Macrosomia is the strongest predictor of shoulder dystocia, though most dystocias happen in normal-sized babies. Erb's palsy recovers in most babies within a year, but the family is frightened. Her husband, ⟦NAME|Alhaji Abdullahi Sani⟧, asked me if the arm would "ever be able to hold a Qur'an". I told him the truth: probably yes, with physiotherapy, but we cannot promise.

**Conclusion.** A drill is the last line of defence. The first line is antenatal care that asks the right questions.

**Action plan.**
1. Propose a 75 g OGTT for all women with risk factors at booking and at 24–28 weeks, starting with women with previous big babies.
2. Organise monthly skills drills for night staff.
3. Follow up the baby with the physiotherapist at 6 weeks and 3 months; the family's phone is ⟦PHONE|0806 555 3127⟧.
4. Write the case up for our departmental audit.`,
  },
];
