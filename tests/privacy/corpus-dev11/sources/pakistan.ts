import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../../corpus-unseen5/gen.ts";

/** Pakistan items: community obstetrics, psychiatry, burns surgery, typhoid, refugees, neonates, oncology, prison. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "community obstetrics",
    role: "final-year MBBS student on a community posting",
    text: `Our community medicine posting took us to the coast near Thatta with a lady health worker, Baji Nasreen, who has been doing this for nineteen years.

We visited ⟦NAME|Bibi Gulnaz⟧ in ⟦LOCATION|Goth Allah Bachayo, the cluster of huts past the shrine on the creek road⟧. She was 34 weeks pregnant with her seventh child, Hb 7.2 on the LHW's Sahli meter, ankles swollen, BP 150/100. Baji Nasreen had already written her husband's CNIC, ⟦ID|${cnic("41303-1183926-8")}⟧, on the referral card because the transport voucher needs it.

She delivered on ⟦DATE|27 Ramzan⟧, by the family's count the holiest night, at the taluka hospital. A girl. Eclampsia averted by magnesium sulphate (Pritchard regimen, 4 g IV plus 10 g IM) given by a WMO who had done it a hundred times.

What I want to reflect on is my own impatience. I wanted her transferred that afternoon. Baji Nasreen knew the husband would not agree until his brother came back from fishing, and she knew exactly how to wait and when to push. Community medicine in Karachi lectures is a subject. In Thatta it is a person who knows everyone.`,
  },
  {
    id: "pk-what-002",
    setting: "psychiatry",
    role: "psychiatry trainee (FCPS part II)",
    text: `What?
A 24-year-old woman brought from a shrine to our psychiatry ward in Lahore, ten days after delivering her first baby. Insomnia, agitation, talking to people who were not there, convinced her baby had been swapped. Her family had first taken her to a peer for dam-durood and the family's explanation was jinn.

So what?
Postpartum psychosis is a psychiatric emergency and it was treated like a spiritual one for a week. But I also noticed my own contempt for the family's choice, and my supervisor, Dr Ayesha Malik, called it out. She asked them what the peer had said and found he had actually told them to "also see a doctor". We started olanzapine 10 mg and lorazepam, and discussed lithium because of the bipolar risk. Breastfeeding complicated the choice.

Now what?
I want to build a referral link with the shrine rather than fight it; other programmes in Pakistan have done this. Also: read the 2018 NICE antenatal and postnatal mental health guidance properly. PSL final on Sunday, Lahore Qalandars, so my study schedule is already compromised.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "burns surgery",
    role: "house officer in plastic surgery",
    text: `Description: ⟦NAME|Muhammad Rafiq⟧, seven years old — ⟦NAME|Rafi⟧ to everyone in the ward by the second day — was admitted to ⟦FACILITY_ROOM|Ward 3, bed 11, Burns Centre at Nishtar Hospital, Multan⟧ with 28% TBSA scalds after a pot of boiling milk tipped during a wedding. MR number ⟦ID|NH-B-2025-04471⟧.

Feelings: I found his dressing changes very hard to watch. His father, ⟦NAME|Allah Ditta⟧, gave me his number, ⟦PHONE|0300 5551847⟧, and begged me to call before each change so he could be there.

Evaluation: Fluid resuscitation by Parkland (4 mL × kg × %TBSA) over 24 hours, ketamine for dressings, early enteral feeding. He needed grafting to both forearms.

Analysis: Pain in children is undertreated; we used ketamine 1 mg/kg but I had to push for it each time. I did call the father every time, and it helped.

Conclusion: I learnt the Parkland formula in second year. I learnt the point of it here.

Action plan: Propose a standard paediatric procedural sedation order set to our registrar, Dr Saima, and learn the Lund and Browder chart properly.`,
  },
  {
    id: "pk-free-004",
    setting: "public health outbreak",
    role: "infectious diseases registrar",
    text: `Extensively drug-resistant typhoid is still with us in Sindh, and I'm tired of writing the same antibiotic on every chart.

The strain that emerged in Hyderabad in 2016 is resistant to ampicillin, chloramphenicol, co-trimoxazole, fluoroquinolones and ceftriaxone. That leaves azithromycin for uncomplicated cases and meropenem for the sick ones. This month we had nine children with blood-culture-positive XDR typhoid on the ward in Karachi. Two had intestinal perforation and went to theatre.

What worries me is azithromycin. We are already seeing MICs creeping up. If we lose azithro, oral treatment is gone.

The thing that works is the vaccine. Typbar-TCV was introduced into the routine schedule after the 2019 campaign, and districts with good coverage have seen far fewer cases. Clean water works too, but that is a thirty-year project. My consultant, Prof. Qamar, reminds us every ward round that we are treating a water problem with antibiotics.

I'm presenting our local resistance data at the ID society meeting in Islamabad in February. Writing it up between shifts, which is slow.`,
  },
  {
    id: "pk-comment-005",
    setting: "refugee health",
    role: "medical officer with an NGO",
    text: `Good points on TB screening in the camps. Small note: you've given ⟦NAME|Khan Wali⟧'s PoR card number, ⟦ID|PoR-PK-0771-3390-17⟧, and said he's ⟦OTHER|the only Afghan dentist in Kababian⟧. In Peshawar that is more than enough to find him. Could you remove both? The lesson about DOTS adherence stands without them.`,
  },
  {
    id: "pk-free-006",
    setting: "geriatrics",
    role: "medicine resident",
    text: `I want to write about ⟦NAME|Khala Zainab⟧, who was ⟦AGE|92⟧, Hazara, and the sharpest person on our ward in Quetta.

She came in with a chest infection and delirium. Her grandson ⟦NAME|Sajjad⟧ told us she runs ⟦LOCATION|the tailor's shop on Alamdar Road, opposite the imambargah with the green gate⟧, and had been cutting cloth until the day she fell ill. Her CNIC, which we needed for the Sehat Card, was ⟦ID|${cnic("54400-5529183-2")}⟧.

Delirium in a ⟦AGE|92-year-old⟧ is a mortality marker. CURB-65 was 3. We gave co-amoxiclav, fluids, and stopped the diphenhydramine a neighbour had given her to sleep. The 4AT was 7 on day one and 0 by day five.

What I learnt is not clinical. When she recovered, she told me in Hazaragi, through ⟦NAME|Sajjad⟧, that she had been afraid the whole time that the hospital was not safe for Hazaras. She had been watching the door. I had been treating the pneumonia and not the fear. Now I ask, every time: what are you afraid of here?`,
  },
  {
    id: "pk-gibbs-007",
    setting: "neonatology",
    role: "paediatrics postgraduate",
    text: `Description: A 29-week preterm baby, 1.1 kg, born at a public hospital in Karachi, developed grunting and retractions within an hour. Silverman–Andersen score 7. We gave surfactant by LISA through a thin catheter with the baby on CPAP 6 cmH2O.

Feelings: Nervous; it was my first LISA.

Evaluation: The procedure took two attempts. Saturations dipped to 78% during the first, recovered on the second. The baby stayed on CPAP and was never intubated. My supervising consultant, Dr Farah, talked me through every step.

Analysis: LISA avoids intubation and ventilation, which reduces bronchopulmonary dysplasia risk; the European Consensus Guidelines (2022) recommend it as the preferred method for babies on CPAP. Our unit adopted it last year with a donated Magill forceps and a lot of goodwill.

Conclusion: New techniques need supervision, not just permission.

Action plan: Log every LISA attempt with time, attempts and saturations for our audit. Practise on the manikin during Eid holidays when the ward is quieter.`,
  },
  {
    id: "pk-free-008",
    setting: "oncology",
    role: "oncology registrar",
    text: `On opioid phobia in Lahore.

Every week I meet a family who says the same thing: morphine is for the end. They say it as if asking for it would make the end come faster. Last week a 47-year-old man with pancreatic cancer, pain 9 out of 10, had been on paracetamol and tramadol for a month because his brothers refused morphine.

The WHO analgesic ladder (1986, revised 2018) is clear. Oral morphine 5 mg four-hourly with a breakthrough dose, titrate daily, laxative always. The problem is not knowledge. The problem is supply — morphine is hard to find in Punjab pharmacies — and belief.

What helped in this case: I sat with the brothers for half an hour, without the white coat, and asked what they had seen. Their father had died "on morphine" in 2009, in a coma from renal failure and an unchanged dose. That was their whole evidence, and it was real. We agreed on a trial of two days. On day two he slept for the first time in weeks.

My teacher, Dr Sarwar, says palliative care in Pakistan is 20% medicine and 80% trust. I think he is being generous to the medicine.`,
  },
  {
    id: "pk-what-009",
    setting: "prison health",
    role: "medical officer in a prison hospital",
    text: `What?
Hepatitis C screening camp at ⟦FACILITY_ROOM|the hospital barrack of Central Jail Karachi⟧ on ⟦DATE|14 August⟧, Independence Day — the jail authorities chose the date for the visiting dignitaries. I screened 140 prisoners. One of them, ⟦NAME|Saleem "Kala" Baloch⟧, a long-term prisoner from ⟦LOCATION|the fishing lanes behind the Machar Colony mosque⟧, was anti-HCV positive with a platelet count of 88 and splenomegaly.

So what?
He probably has cirrhosis. He has been inside for eleven years. Sharing razors and tattooing are the routes, and the prison barber uses the same blade for a whole barrack. Sofosbuvir and daclatasvir cost very little now, but the fibroscan is outside, and escort duty requires two police constables.

Now what?
I've written to the superintendent asking for single-use razors and a monthly hepatology clinic inside. I'm also reading the WHO 2022 guidance on HCV in prisons for the proposal. My own leave starts after the camp report.`,
  },
];
