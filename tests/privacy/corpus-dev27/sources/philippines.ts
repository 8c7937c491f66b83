import type { SourceItem } from "../../corpus/types.ts";

/** Philippines: barangay health stations, NICUs, lying-in clinics, dengue and measles wards, school clinics. */
export const PH: readonly SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "malnutrition programme",
    role: "barangay nutrition scholar",
    text: `Operation Timbang week in our barangay. We weighed and measured every child under five, 312 of them, in the covered court with two scales and a length board that the LGU bought last year.

One of them I cannot stop thinking about. ⟦NAME|Princess Joy⟧, two years old, from ⟦LOCATION|Purok 3, Barangay Tabuc Suba, the house beside the sari-sari store⟧, was 7.1 kg and her MUAC was 11.0 cm. Severely wasted. Her mother said she only eats rice with soup from noodles because the father has had no work since the typhoon.

I called the midwife at the health station, and we enrolled her in the outpatient therapeutic care with RUTF. The mother's cellphone is ⟦PHONE|0917 555 0284⟧ and I text her every Monday to remind her to come for the weekly weighing. Her PhilHealth number, ⟦ID|03-025518742-7⟧, I needed for the Konsulta registration.

Three weeks later she is 7.8 kg. The mother cried when I showed her the growth chart. Salamat po, Lord.

What I learnt: the numbers are only the start. The real work is visiting, texting, and not giving up on families.`,
  },
  {
    id: "ph-what-002",
    setting: "dengue ward",
    role: "pediatric resident",
    text: `What? July in Manila and the dengue ward is overflowing again. We have children two to a bed and mothers sleeping on cardboard on the floor. This week I managed fourteen dengue cases, two with warning signs who needed fluids, and one who went into shock on day five.

So what? Every year we see it, and every year families bring the children late, because the fever was "just trangkaso". After the Dengvaxia controversy, many families also distrust anything the health system says about dengue. The DOH guidelines on fluid management are clear — crystalloids, careful monitoring of hematocrit, no unnecessary platelet transfusions — but our biggest problem is that the children arrive in the critical phase.

Now what? Our department started a text reminder to families at discharge from the ER: "If the fever goes away but your child is weak, vomiting, or has abdominal pain, come back immediately." I also now explain to mothers why the afebrile days are the dangerous ones, in Tagalog, with a drawing on the back of the chart. Small things, but I think they help.`,
  },
  {
    id: "ph-gibbs-003",
    setting: "neonatal intensive care",
    role: "NICU nurse",
    text: `Description: ⟦DATE|Sinulog Sunday⟧, the whole city outside dancing, and inside our NICU we had ⟦NAME|Baby Girl Villanueva⟧ in ⟦FACILITY_ROOM|Isolette 4 of the NICU at Vicente Sotto⟧, a 28-weeker with respiratory distress. At 13:00 she needed surfactant, and the only resident was in the delivery room with a breech.

Feelings: I was scared because I am not allowed to give surfactant, and the baby was getting worse.

Evaluation: I increased the CPAP pressure within the orders, called the delivery room twice, and had everything ready: the surfactant warmed, the ET tube, the laryngoscope. When the resident arrived she gave it within five minutes because everything was prepared.

Analysis: I used to think my job in these situations was to wait. Now I see that preparation is nursing care. The nanay was in the corner praying the rosary; I told her what was happening in simple words.

Conclusion: Prepare early, call early, explain to the family.

Action plan: I made a surfactant checklist for our unit and asked our chief nurse to propose a policy that trained NICU nurses can start LISA under supervision.`,
  },
  {
    id: "ph-free-004",
    setting: "measles outbreak",
    role: "medical student",
    text: `During our community rotation there was a measles outbreak in a municipality in Quezon. We helped the rural health unit with house-to-house vaccination.

What I saw: many families had refused vaccines after the Dengvaxia issue. One lola told us, "Anak, ang bakuna ang pumatay sa mga bata" — the vaccine killed the children. We did not argue. Our preceptor, Dr Santos, sat down with her, asked about her grandchildren, and listened for ten minutes before saying anything about measles.

By the end of that afternoon, she allowed her three grandchildren to be vaccinated.

What I learnt:

- Vaccine hesitancy is not ignorance; it is broken trust.
- The MR vaccine is safe and effective; two doses give about 97% protection.
- Listening is a clinical skill.
- The rural health unit staff do this every day with very few resources.

I will remember that lola more than any lecture on measles. I also learnt that the word "anak" can be used for anyone, even a medical student, and it makes you feel responsible.`,
  },
  {
    id: "ph-comment-005",
    setting: "malnutrition programme",
    role: "barangay health worker",
    text: `Ate, I think that's my neighbor's kid! Si ⟦NAME|Jomar⟧ ba 'yan from ⟦LOCATION|Sitio Malinao, the last house before the river crossing⟧? His lola ⟦NAME|Nanay Pacing⟧ always brings him to our health station. Thank you for helping them. Ang galing ng post mo, keep writing about our BNS work, people don't see how hard it is.`,
  },
  {
    id: "ph-free-006",
    setting: "malnutrition programme",
    role: "community health nurse",
    text: `In Mindanao I follow up children discharged from the inpatient therapeutic care unit. Most go home to families who cannot afford the transport back for follow-up.

This week I went to see ⟦NAME|Alyssa Mae⟧, nineteen months old, who had been admitted with severe acute malnutrition and pneumonia. The family lives far up the mountain, and the tricycle driver who takes them to the town, plate ⟦OTHER|MDZ 4517⟧, is the grandmother's cousin who waits for them for free.

The mother showed me the Facebook page her sister made to ask for help with the hospital bills and milk: ⟦URL|https://www.facebook.com/HelpBabyAlyssaMae⟧. It had a photo of the child in the hospital, with her name and the ward number visible.

I did not tell her to take it down. She needed the money. But I explained that strangers can see it and asked if she wanted to remove the ward number. She did.

My reflection: our discharge process does not think about what happens after the family leaves. Malnutrition does not end at discharge. We need community follow-up, transport support, and real help with the costs so that families are not forced to publish their child's illness online.`,
  },
  {
    id: "ph-free-007",
    setting: "lying-in clinic",
    role: "midwife",
    text: `Unang Yakap — the first embrace — is the name of the Essential Intrapartum and Newborn Care protocol here. It changed how I deliver babies.

Before, we would suction the baby immediately, cut the cord quickly, and take the baby to the warmer to weigh and bathe. Now we follow four steps: immediate and thorough drying, early skin-to-skin contact, properly timed cord clamping (after one to three minutes), and non-separation for early breastfeeding.

At first the older midwives were against it. "The baby will get cold." But the evidence from WHO and the DOH is clear: skin-to-skin keeps babies warm, reduces infections, and helps breastfeeding.

Last month at our lying-in clinic, a first-time mother of nineteen held her baby on her chest for the first hour, and the baby found the breast by himself. She was crying and laughing together.

What I learnt: a protocol can be a culture change. It took our clinic two years. I now teach it to the new midwives, and I still get goosebumps at the first latch.`,
  },
  {
    id: "ph-gibbs-008",
    setting: "pediatric palliative care",
    role: "pediatric oncology fellow",
    text: `Description: In Davao, a seven-year-old boy with relapsed leukemia. The family chose to stop treatment and bring him home. I was asked to talk to them about what to expect.

Feelings: I felt like a failure. In fellowship we talk about cure rates, not about going home to die.

Evaluation: The talk went better than I feared. I used simple words and asked what they understood. The father said, "Doc, gusto lang namin na hindi siya masaktan" — we just don't want him to be in pain.

Analysis: Pediatric palliative care is still new in the Philippines. There are few trained teams outside the big cities, and oral morphine is hard to get in the provinces. The WHO pain guidelines support oral morphine in children, but pharmacies often do not stock it.

Conclusion: Helping a child die without pain is part of pediatrics, not the end of it.

Action plan: I connected the family with a home care team, wrote a simple pain plan, and will train with the palliative care service in my next rotation.`,
  },
  {
    id: "ph-what-009",
    setting: "adolescent clinic",
    role: "adolescent health nurse",
    text: `What? A fourteen-year-old came to our teen health corner for a "check-up". She was 22 weeks pregnant. ⟦NAME|Kristine⟧ is in ⟦LOCATION|Grade 9, Section Sampaguita, at the national high school in Payatas⟧, and she had been hiding her tummy under her PE shirt. She told me she was due around ⟦DATE|June 12⟧ — Independence Day, she said, laughing and crying at once.

So what? Teen pregnancy in the Philippines is high, and under our law she cannot access contraception without parental consent. That law will not stop her being pregnant. Her partner is twenty-one, which raises a safeguarding concern that I discussed with our social worker.

Now what? We linked her to prenatal care, the women and children protection unit, and the school guidance counselor, who agreed she can continue attending. I am also pushing for our clinic to do outreach in schools. She asked me, "Ma'am, pwede pa po ba akong mag-aral?" Can I still study? I said yes.`,
  },
  {
    id: "ph-free-010",
    setting: "school nursing",
    role: "school nurse",
    text: `A day in a public elementary school clinic in Baguio, in numbers:

- 1,847 pupils, one nurse (me)
- 63 children dewormed (albendazole 400 mg, under the DepEd and DOH school deworming programme)
- 11 children vision-screened and 2 referred for glasses
- 4 children sent home with fever
- 1 child with an asthma attack, given salbutamol from her own inhaler with my spacer
- 1 teacher with high blood pressure, 170/100, sent to the health centre
- 0 lunch breaks

The number I keep thinking about is the one I cannot write: how many children are hungry. The school-based feeding programme gives meals to the wasted children, but many more are borderline. You can see it in who falls asleep after recess.

I love this job. But one nurse for almost two thousand children is not a school health programme, it is triage.`,
  },
];
