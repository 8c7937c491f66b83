import type { SourceItem } from "../../corpus/types.ts";
import { nric } from "../gen.ts";

/** South-East Asia (Philippines, Singapore, Vietnam), East Africa (Kenya, Tanzania, Rwanda) and the Caribbean (Jamaica, Trinidad and Tobago). */
export const SOUTH: SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "dengue picu",
    role: "pediatric resident",
    text: `Dengue shock season in Manila. Our PICU has nine beds, and on some nights we had fourteen children, with two sharing a bed and mothers on monobloc chairs.

⟦NAME|Princess Joy Dimaculangan⟧, 9, came in cold, with a narrow pulse pressure and a haematocrit of 54. Her lola carried her from ⟦LOCATION|Purok 3, Barangay Malanday, near the basketball court⟧ in a tricycle. We gave crystalloid boluses by the WHO algorithm and she perked up by morning, asking for Jollibee.

Her mother posted a photo of her on the PICU bed on Facebook, tagged at the hospital, and it went round our residents' group chat. Her account ⟦URL|https://www.facebook.com/princessjoy.dimaculangan.2015⟧ is public.

Reflection: the clinical part went well. The privacy part was out of our hands and we did not know how to talk about it. Next time, I'll mention to families gently that photos online can include other children in the room, which was true here.`,
  },
  {
    id: "ph-what-002",
    setting: "nursing education",
    role: "clinical instructor (BSN program)",
    text: `What? My nursing students had their first ICU rotation this semester. The most common feedback: "I was scared to touch the patient because of all the lines."

So what? Fear stops learning. Students who never touch the patient never learn to assess. I realised our skills lab had no mannequin with an endotracheal tube, a central line and an arterial line at the same time, so the ICU was their first sight of it.

Now what? We built a "lines mannequin" out of an old CPR trainer, IV tubing and a cut-up ventilator circuit. Students practise turning it with all lines intact, in pairs, before going to the unit. The ICU nurses have noticed the difference. Salamat to Ma'am Rosario, the ICU charge nurse, who donated expired tubing.`,
  },
  {
    id: "ph-comment-003",
    setting: "nursing education",
    role: "ICU nurse (reply)",
    text: `Ang galing! We did something similar with a broken ventilator and old tubing. One tip: add an NGT and a urinary catheter — the students always forget those when turning. And have them practise talking to the mannequin as if it were awake. Sedated patients hear more than we think.`,
  },
  {
    id: "sg-free-001",
    setting: "surgical icu",
    role: "ICU resident",
    text: `Singapore, SICU. A difficult night.

⟦NAME|Madam Tan Ah Moi⟧, ⟦AGE|96⟧, post-laparotomy for a perforated ulcer, had delirium and kept trying to climb out of ⟦FACILITY_ROOM|SICU bed 11 at Singapore General Hospital⟧. Her NRIC, ⟦ID|${nric("S2812056")}⟧, was on the wristband she kept pulling off. She spoke only Hokkien and called for her son "⟦NAME|Ah Boy⟧" all night. The son, ⟦NAME|Mr Lim Chee Keong⟧, lives in ⟦ADDRESS|Blk 312 Ang Mo Kio Ave 3, #07-1184, Singapore 560312⟧ and came at 5 a.m. when I called.

Her delirium settled when he sat with her, in a way that haloperidol hadn't.

Reflection: I should have called him earlier. I thought that calling a family member at 2 a.m. was an imposition. He told me he would have come at midnight.`,
  },
  {
    id: "sg-what-002",
    setting: "icu follow-up clinic",
    role: "advanced practice nurse",
    text: `What? Our post-ICU clinic noticed that many patients were not returning for their follow-up appointment. When we called them, a common reason was "I don't want to go back to that place."

So what? For some survivors, the hospital itself triggers memories. We had been designing the clinic for our convenience, in the building where they nearly died.

Now what? We now offer the first follow-up by video, and the second in a community health centre. Patients can choose. Attendance has improved and patients say they feel less anxious. We are also testing a peer support session run by a former patient, with our psychologist, Dr Goh, supervising.`,
  },
  {
    id: "sg-comment-003",
    setting: "icu follow-up clinic",
    role: "former ICU patient (reply)",
    text: `As someone who spent three weeks in ICU two years ago: thank you. I couldn't walk past the lift lobby for months. The video option would have made a huge difference. If the peer support group needs volunteers, I'm happy to help — no need to share my details here, your clinic team can find me through the usual route.`,
  },
  {
    id: "vn-free-001",
    setting: "tetanus and snakebite icu",
    role: "intensive care doctor",
    text: `Our ICU in the Mekong Delta sees tetanus, snakebite and dengue shock in the same week. I want to write about ⟦NAME|ông Sáu⟧, a rice farmer in his sixties, whom everyone on the ward called "⟦NAME|Bác Sáu⟧" — uncle number six. He had a green pit viper bite on his heel from ⟦LOCATION|the paddy behind Chùa Phước Hậu in Ấp Long Hòa⟧ and then a severe coagulopathy.

His son gave us his phone, ⟦PHONE|+84 90 555 3172⟧, and slept under the bed. His daughter cooked cháo in a rice cooker in the corridor.

We gave antivenom, transfused fresh frozen plasma, and watched. He recovered. He gave the nurses a bag of mangoes from his garden when he left.

Lesson for me: in the Delta, the family is part of the nursing team. We should teach them properly rather than pretend they aren't there.`,
  },
  {
    id: "vn-what-002",
    setting: "antimicrobial stewardship",
    role: "ICU pharmacist",
    text: `What? Our ICU has high rates of carbapenem-resistant Acinetobacter and Klebsiella. I joined the stewardship team as the first clinical pharmacist on the unit.

So what? Doctors were starting meropenem plus colistin at the first fever because they had seen too many patients die. I understood why. But the resistance pattern was getting worse every year.

Now what? We introduced a 48-hour antibiotic review at the morning round, with cultures and procalcitonin, and a simple local antibiogram printed on the wall in Vietnamese and English. Colistin use fell by a third in six months without a rise in mortality. The head of ICU, Dr Phạm, supports it, which made all the difference.`,
  },
  {
    id: "ke-free-001",
    setting: "adult icu",
    role: "critical care nurse",
    text: `Kenya, ICU, Sunday night. Three things I keep thinking about.

1. ⟦NAME|Mzee Kiplagat arap Chumo⟧, ⟦AGE|ninety-four⟧, a retired teacher, was brought from ⟦LOCATION|Kapsabet, the plot next to the AIC church on the Chepterit road⟧ with a stroke and aspiration. His SHA number ⟦ID|SHA-40918273⟧ was all the family had on paper.
2. His grandson ⟦NAME|Brian⟧ wrote his own email on the visitors' book, ⟦EMAIL|brianchumo.kapsabet@example.co.ke⟧, and asked us to email him "the results".
3. The old man, in Kalenjin, asked me whether his cows had been milked. I said yes. I don't know if they had.

What I learned: in our ICU, "next of kin" is a clan. We need one family spokesperson, chosen by them, and we need to write it down.`,
  },
  {
    id: "ke-what-002",
    setting: "maternal icu",
    role: "obstetrics registrar",
    text: `What? Post-partum haemorrhage is still the commonest reason our maternity patients reach the ICU. This quarter we had several, mostly from county facilities two hours away.

So what? In our review, every one of them had a delay: in recognising bleeding, in getting blood, or in transport. The ICU did its job; the system before the ICU did not.

Now what? With the county health team we're rolling out the E-MOTIVE bundle — early detection with a calibrated drape, then massage, oxytocics, tranexamic acid, IV fluids and examination — in the referring facilities, and a WhatsApp referral group for the clinical officers. No patient names or photos in the group; we use a case number. Dr Wanjiru leads the training; I do the follow-up.`,
  },
  {
    id: "ke-comment-003",
    setting: "maternal icu",
    role: "clinical officer (reply)",
    text: `This WhatsApp group is working well in our sub-county. Last month someone sent a photo of the delivery register by mistake and the admin deleted it within minutes. Please keep reminding us about the case numbers. The calibrated drapes are the best thing that came this year.`,
  },
  {
    id: "tz-free-001",
    setting: "paediatric icu",
    role: "paediatric intensive care fellow",
    text: `Dar es Salaam, PICU. We had a child with severe malaria and metabolic acidosis, ⟦NAME|Baraka⟧, aged 5, whose mother ⟦NAME|Mama Baraka⟧ — her real name is ⟦NAME|Neema Mushi⟧ — sold her two goats to pay for the transport from ⟦LOCATION|Kijiji cha Mkuranga, the house behind the cashew factory⟧.

Baraka had a seizure on ⟦DATE|Saba Saba⟧ and needed intubation. We used the one working paediatric ventilator on the unit, asset tag ⟦DEVICE|PICU-VNT-0093⟧, and the mother watched every breath.

He recovered. The mother brought us a bag of cashews. "Asante sana, daktari," she said, and I felt as if I had done nothing — the nurses did most of it.

What I want to keep: the goats. Every decision we make costs a family something. I want to be a doctor who remembers that.`,
  },
  {
    id: "tz-what-002",
    setting: "icu capacity building",
    role: "intensive care consultant (visiting)",
    text: `What? I spent three months helping to set up an eight-bed ICU in northern Tanzania, with nurses trained locally and ventilators from a donation.

So what? The hardest part was not the machines. It was oxygen supply, power cuts, and the absence of a biomedical engineer when a ventilator failed at night. The nurses improvised brilliantly with bag-valve ventilation and oxygen concentrators.

Now what? We wrote a power-cut protocol, trained two technicians and set up a WhatsApp line to a biomedical engineer in Moshi. The nurses now run a morning safety check of oxygen, suction and power. My colleague Dr Mrema leads the unit now, and it's much better than when I arrived.`,
  },
  {
    id: "rw-free-001",
    setting: "trauma icu",
    role: "anaesthesia resident",
    text: `In Kigali, our trauma ICU saw a young moto-taxi driver with a severe head injury. ⟦NAME|Jean de Dieu Habimana⟧, 26, was found by the side of the road near ⟦LOCATION|Nyabugogo taxi park, by the Kwa Mutangana kiosk⟧. His mother came from Musanze and gave us her number, ⟦PHONE|+250 788 555 214⟧.

His helmet was broken. He needed a craniotomy and a week on the ventilator. Our unit has no ICP monitoring, so we relied on pupils and CT.

He woke up on day 9 and asked, in Kinyarwanda, where his moto was. His brother had parked it in the family compound, plate ⟦OTHER|RC 482 K⟧, and sent a photo.

Lesson for me: helmet quality is an ICU issue. I have joined the road-safety working group that our department runs with the police.`,
  },
  {
    id: "rw-what-002",
    setting: "sepsis",
    role: "internal medicine resident",
    text: `What? We audited sepsis in our medical ICU and found that the time from triage to first antibiotic was more than three hours for half our patients.

So what? Delays in antibiotics are linked to mortality. Our delay came from the pharmacy process: antibiotics had to be bought by the family before they were given, and the pharmacy was at the other end of the hospital.

Now what? The ICU now has a small emergency antibiotic stock, paid back when the family can, and a nurse-initiated sepsis protocol. Community-based health insurance (Mutuelle de Santé) covers part of it. The median time has dropped to under an hour. Thanks to the Head Nurse, Mme Uwase, who pushed it through.`,
  },
  {
    id: "jm-free-001",
    setting: "adult icu",
    role: "ICU senior resident",
    text: `## Night in ICU, Kingston

**Patient:** ⟦NAME|Mr Delroy "Bigga" Fairclough⟧, 47, gunshot wound to the abdomen, post-laparotomy, on noradrenaline.
**Bed:** ⟦FACILITY_ROOM|ICU Bed 2, Kingston Public Hospital⟧.
**Family:** his girlfriend ⟦NAME|Shanique⟧, his mother, and what seemed like half of ⟦LOCATION|Rose Town, the yard by the corner shop on Oxford Street⟧.
**TRN on the chart:** ⟦ID|114-837-492⟧.

The police came at 2 a.m. asking for a statement. I said he was ventilated. They said "inform us when he wakes." The family said "don't tell them anything."

What I'm taking from this: ICU doctors need training on what to share with police and what not to. I've asked our consultant, Dr Campbell-Grant, for a teaching session with the hospital's legal officer. Our patients' trust depends on it.`,
  },
  {
    id: "jm-what-002",
    setting: "neonatal icu",
    role: "neonatal nurse",
    text: `What? Our NICU in Jamaica has more babies than incubators during the rainy season, when preterm deliveries seem to come in clusters.

So what? Two babies per incubator is a reality some nights. It increases infection risk and it breaks the mothers' hearts to see it.

Now what? We pushed for kangaroo mother care for stable babies, which frees incubators and improves outcomes. We've also trained "KMC champions" among the mothers, who teach new mothers in patois. Sister Grant says the champions do better than any of us. Next step: a donor milk bank. We're working on it with a charity and the Ministry.`,
  },
  {
    id: "jm-comment-003",
    setting: "adult icu",
    role: "consultant intensivist (reply)",
    text: `This is an important conversation, but you have his full name, nickname, bed, the hospital, the TRN and his community in the post. With a gunshot case that is genuinely dangerous for him and for the family. Please take it down and we'll talk about the police question at Thursday teaching.`,
  },
  {
    id: "tt-free-001",
    setting: "icu family communication",
    role: "final-year medical student",
    text: `Trinidad, my ICU elective. On ⟦DATE|Carnival Tuesday⟧ I met ⟦NAME|Miss Indra Ramsaran-Baptiste⟧, 38, who had come off a fete with a ruptured ectopic and was in ⟦FACILITY_ROOM|the ICU at San Fernando General, bed 5⟧ after massive transfusion. Her sister made a Facebook group called ⟦OTHER|"Pray for Indra — SFGH ICU bed 5"⟧ and the residents kept being asked to post updates in it.

Her own page, with a photo from the hospital, is at ⟦URL|https://www.instagram.com/indra.r.b.tt/⟧, and her sister had posted her home IP camera feed so family abroad could "see the house" — the link showed ⟦IP|203.0.113.58⟧.

Reflection: families use social media to gather their community. As staff we must not post anything there, and we should help families understand what they are exposing.`,
  },
  {
    id: "tt-what-002",
    setting: "icu outreach",
    role: "ICU nurse",
    text: `What? Our hospital in Trinidad started a rapid response team last year, led by ICU nurses. We respond to calls from the wards for deteriorating patients.

So what? In the first six months, most calls were for sepsis and respiratory failure. Ward nurses told us they felt more confident calling for help, and unplanned ICU admissions after cardiac arrest went down.

Now what? We're teaching the ward nurses to use a modified early warning score on every shift and to call early. Our challenge is staffing; the RRT nurse is often also the ICU charge nurse. We've asked management for a dedicated post. Thanks to Dr Ramkissoon for championing it.`,
  },
  {
    id: "ke-comment-004",
    setting: "adult icu",
    role: "medical officer (reply)",
    text: `Ai! I think I know this Mzee — ⟦NAME|Mwalimu Chumo⟧ was ⟦OTHER|the Geography teacher at Kapsabet Boys⟧ when I was there, before he retired. If it's him, his daughter ⟦NAME|Chebet⟧ is a nurse at the county hospital and you can reach her on ⟦PHONE|0722 555 830⟧. Please give him my regards. The clan point is so true.`,
  },
];
