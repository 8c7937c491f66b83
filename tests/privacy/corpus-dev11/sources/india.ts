import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India items: rural obstetrics, psychiatry, paediatrics, surgery, palliative care, outbreaks, neonates, ICU. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "obstetrics",
    role: "medical officer at a primary health centre",
    text: `I am posted at a PHC in Jodhpur district, and I want to write about ⟦NAME|Santosh Devi⟧ because I nearly lost her.

She was brought by the ASHA at 11pm on ⟦DATE|the day after Holi⟧, still with gulal on her dupatta, from ⟦LOCATION|the Meghwal dhani behind the water tank at Osian⟧. Third delivery, home birth attempted, placenta delivered an hour later, and then she bled. BP 80/50 when she reached us. We had oxytocin 10 IU, misoprostol 800 mcg, two IV lines and a tractor driver willing to take her to the district hospital.

The paperwork is what I want to reflect on. For the JSY payment the family handed me her Aadhaar card, number ⟦ID|${aadhaar("6718 2045 339")}⟧, and her husband ⟦NAME|Bhanwar Lal⟧ insisted I write it in the referral slip "so the money comes". I did, because I didn't want to argue while she was bleeding. Later I realised that slip goes through four hands.

She survived. Three units of blood in Jodhpur. My senior, Dr Rathore, told me the first hour is the whole game in PPH and that I had played it well. I also learnt that bimanual compression for twenty minutes is extremely hard on the forearms.`,
  },
  {
    id: "in-what-002",
    setting: "psychiatry",
    role: "psychiatry postgraduate (MD, second year)",
    text: `What?
A 22-year-old engineering student brought to OPD in Bengaluru by his parents with what they called "weakness". Fatigue, poor concentration, and a conviction that he was losing semen in his urine. This is Dhat syndrome, and I had only read about it in Kaplan.

So what?
My first instinct was to reassure him firmly that semen loss in urine was not a thing. My unit head, Dr Shalini Rao, stopped me after OPD and asked what I thought that reassurance had done. He did not come back for follow-up. When I looked into it, the literature (including the ICD-11 notes) suggests Dhat often sits on top of depression or anxiety, and a dismissive first visit loses the patient. PHQ-9 would have been the better first move, and escitalopram 10 mg was probably where we'd have ended up.

Now what?
I'm preparing a journal club on culture-bound syndromes for next month. I've also started asking every young man with vague fatigue about worries he hasn't mentioned, privately, without the parents in the room. Diwali leave from the 20th; back before the RCB match, obviously.`,
  },
  {
    id: "in-gibbs-003",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `Description: ⟦NAME|Baby of Lakshmi⟧ — mother's name, as per registration — was a 9-day-old with neonatal sepsis admitted to ⟦FACILITY_ROOM|PICU bed 7 at the Institute of Child Health, Egmore⟧ on ⟦DATE|Pongal⟧. UHID ⟦ID|ICH/2025/118734⟧. Blood culture grew Klebsiella, ESBL-producing.

Feelings: I felt out of my depth when the father, ⟦NAME|Murugan⟧, asked me why the "strong injection" was not working. He gave me his mobile, ⟦PHONE|+91 94440 55521⟧, and asked me to call if anything changed at night.

Evaluation: We escalated from cefotaxime–amikacin to meropenem on day 2. CRP fell from 96 to 12. The baby recovered.

Analysis: Antibiotic stewardship is not just an ICU protocol; it is also a conversation with a frightened father. I should have explained the culture result, not just the change.

Conclusion: I need to practise explaining resistance simply, in Tamil, without making parents feel that someone did something wrong.

Action plan: Ask Dr Kavitha, our assistant professor, to observe me with the next family; read the 2024 IAP sepsis guidance.`,
  },
  {
    id: "in-free-004",
    setting: "surgery",
    role: "surgery intern",
    text: `Durga Puja duty in Kolkata. Everyone else was pandal-hopping and I was in the emergency OT for forty hours.

The case I keep thinking about was a 58-year-old diabetic man with Fournier's gangrene. By the time he reached us the skin over the perineum was black and crackling. Sugar 412, creatinine 2.3, lactate 4. My PG, Arindam-da, took him straight to theatre for debridement, and I stood there with the retractor learning how much tissue you take off: all of it that isn't bleeding.

Three things I learnt. One: the LRINEC score is useful, but nobody waited for it; the clinical picture was enough. Two: the anaesthetists are the heroes of these cases, keeping a septic man alive while the surgeons carve. Three: antibiotics — piperacillin-tazobactam plus clindamycin plus vancomycin — are necessary but they do not replace the knife.

He needed three further debridements. He is alive. My mother sent me prasad from home that I ate on the steps of the OT at 4am. Mohun Bagan lost. The internship is only a year; it feels like ten.`,
  },
  {
    id: "in-comment-005",
    setting: "obstetrics",
    role: "community medicine faculty",
    text: `Powerful post, and your PPH management sounds textbook. But please take ⟦NAME|Santosh Devi⟧'s Aadhaar number (⟦ID|${aadhaar("6718 2045 339")}⟧) and ⟦LOCATION|the Meghwal dhani at Osian⟧ out of it before anyone shares this. JSY needs the number on the claim, not in a reflection. The lesson about the referral slip is worth a separate post of its own.`,
  },
  {
    id: "in-free-006",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `Home care round in north Kerala. Our last visit of the day was ⟦NAME|Ammini Amma⟧, ⟦AGE|ninety-four⟧, who lives with her granddaughter ⟦NAME|Sreeja⟧ in ⟦LOCATION|the tiled house behind the Jagannath temple in Thalassery, the one with the jackfruit tree⟧. Metastatic breast cancer, bone pain, a fungating wound we dress twice a week.

The pain was the easy part: oral morphine 5 mg every four hours, with a breakthrough dose, and lactulose. She calls the morphine "the sleeping water". The wound was harder; we switched to metronidazole gel for the smell and it worked better than anything else we tried.

What I want to reflect on is ⟦DATE|Thiruvonam⟧. She asked us to come on that day because she wanted the team to eat sadya with her, and my coordinator said yes. I was unsure — boundaries, professionalism, all the things we're taught. But sitting on her floor with the banana leaf, watching her eat three spoons of payasam, I understood what the Kerala palliative model has been saying for years: care is a community activity. We are just one part of her neighbourhood.`,
  },
  {
    id: "in-what-007",
    setting: "public health outbreak",
    role: "community medicine postgraduate",
    text: `What?
During my posting with the district surveillance unit in Kozhikode, there was a Nipah alert. One confirmed case, 200+ contacts listed within 48 hours, a containment zone over three panchayats, and me with a spreadsheet and a phone.

So what?
I had read about the 2018 outbreak as a student; the case fatality was over 80%. Reading about it is nothing like tracing it. Contacts lie — not maliciously; they forget the tea shop, the bus, the second hospital visit. The route map (published by the district, without names) was our best tool because people read it and said "I was there too". The ICMR team brought monoclonal antibodies; remdesivir was discussed for high-risk contacts.

Now what?
I want to write my thesis on contact-tracing completeness in zoonotic outbreaks. My guide, Dr Jayasree, has agreed. I'm also going to learn QGIS properly, because I spent hours on maps I could have made in minutes. Exams in May. Onam at home in between, hopefully.`,
  },
  {
    id: "in-free-008",
    setting: "neonatology",
    role: "paediatrics senior resident",
    text: `Kangaroo mother care post, because I promised our SNCU nurses I'd write something.

⟦NAME|Baby Pinky⟧ — her parents' name for her, she was 1.3 kg — came into ⟦FACILITY_ROOM|SNCU bed 12 at the District Hospital in Bahraich⟧ on ⟦DATE|12/10/2025⟧. Mother ⟦NAME|Rekha⟧ was seventeen. The father, ⟦NAME|Suresh⟧, drives a tempo on the Nanpara road, registration ⟦OTHER|UP 40 T 5512⟧, and came every evening still in his driving shirt.

We had no radiant warmer free. We had a mother. The WHO iKMC trial showed immediate KMC reduces mortality in babies under 2 kg, and our nurse, Sister Anita, does not need a trial to believe it: she tied ⟦NAME|Pinky⟧ onto ⟦NAME|Rekha⟧'s chest with a dupatta within fifteen minutes of admission.

The baby gained 20 g a day. Feeds via paladai by day four. What surprised me was the father asking to do it too. Sister Anita let him. Nobody on the ward had seen a man do KMC before. I think it changed how the other fathers behaved that week.`,
  },
  {
    id: "in-comment-009",
    setting: "neonatology",
    role: "neonatology fellow",
    text: `Beautiful write-up. For anyone reading, the WHO 2022 recommendations on preterm care now say to start KMC immediately after birth, even before stabilisation, for babies under 2 kg. We moved our SNCU policy last year and mortality in the under-1.5 kg group dropped noticeably. Fathers doing KMC is wonderful; we should document it more.`,
  },
  {
    id: "in-gibbs-010",
    setting: "intensive care",
    role: "anaesthesiology resident",
    text: `Description: A 31-year-old farmer from Warangal district brought to our ICU after drinking an organophosphate pesticide. Miosis, secretions everywhere, fasciculations, GCS 8, heart rate 44. Intubated on arrival.

Feelings: Overwhelmed by the secretions and by the atropine arithmetic.

Evaluation: We doubled atropine (from 1.8 mg) every five minutes until chest clear, heart rate over 80 and pupils no longer pinpoint — 23 mg in the first hour. Pralidoxime was given per the unit protocol even though the evidence for it is mixed (Eddleston et al., 2009). He developed intermediate syndrome on day three and needed ventilation for eleven days.

Analysis: I did not appreciate how common intentional poisoning is in farming districts, nor how many of these patients are young men under debt. Our consultant, Dr Venkat, pointed out that the Peradeniya scale was developed precisely because this is so common in South Asia.

Conclusion: The ICU part is protocol; the rest is social and psychiatric.

Action plan: Make sure every survivor has a psychiatry referral before transfer out. Read about pesticide bans in Sri Lanka and their effect on suicide rates.`,
  },
  {
    id: "in-free-011",
    setting: "rural general practice",
    role: "MBBS graduate doing rural service",
    text: `Rural service bond, Kullu valley. The hardest patient this month was an old man I never actually examined.

⟦NAME|Thakur Prem Chand⟧, 88, lives ⟦LOCATION|above the apple orchards at Naggar, the house after the Tripura Sundari temple⟧ and refuses to come down. His son ⟦NAME|Rohit⟧ works in Gurugram and set up a video call, and then emailed me photographs of his father's swollen leg from ⟦EMAIL|rohit.pchand91@gmail.com⟧ at midnight.

I could see pitting oedema, one leg, calf red. DVT until proven otherwise — Wells score at least 2. I could not do a D-dimer, a Doppler or anything else from a phone. I asked a local ASHA to walk up the next morning, and she did, two hours uphill.

We started him on apixaban after a Doppler in Kullu three days later (he came down in the end because his grandson's wedding was the same week, and he was going down anyway). Telemedicine is a wonderful idea for the hills. But the hills are still there. I'm writing this on my day off in Manali.`,
  },
];
