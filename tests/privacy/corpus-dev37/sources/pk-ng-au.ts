import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";
import { item } from "./item.ts";

export const PK_NG_AU: readonly SourceItem[] = [
  item("pk-gibbs-001", "basic health unit", "house officer", `
Description: During my rural rotation at a BHU in Tharparkar, ⟦NAME|Mai Hooran⟧, mother of ⟦NAME|Kanji Bheel⟧, brought him from ⟦LOCATION|Goth Mithrio Bheel, the settlement beside the dry tarai⟧ with severe acute malnutrition, on the back of a donkey cart, ⟦OTHER|the only cart in the goth painted with a green crescent and a peacock⟧. His B-form number was ⟦ID|41302-6618204-3⟧. Feelings: helpless at first. Evaluation: MUAC 10.8 cm, no complications, so we started RUTF in the OTP programme. Analysis: the LHW, Baji Naseem, knew the family and the drought well. Conclusion: treatment is only half; food security is the rest. Action plan: link families to the BISP office and weekly LHW follow-up.
`),
  item("pk-what-002", "lady health worker", "community medicine registrar", `
What? I supervised Lady Health Workers in Swat for a month. Each covers around 1,000 people and keeps the family register by hand. So what? Their immunisation records were more accurate than the EPI dashboard in Mingora. I had arrived thinking I would teach them; instead they taught me how to enter homes where men are absent. Now what? My supervisor, Dr Farah Yousafzai, wants us to write up a comparison of register data with the dashboard, and I will present it at the district health meeting.
`),
  item("pk-free-003", "telehealth", "family physician", `
On a phone consultation from Karachi, I spoke with ⟦NAME|Haji Sher Muhammad⟧ of ⟦LOCATION|Killi Shadozai near Pishin⟧ about his uncontrolled diabetes. His CNIC, ⟦ID|54401-2288179-5⟧, was needed for the Sehat Card, and his son drives the family's blue Hilux, ⟦OTHER|QAA 4417⟧, to Quetta for refills, and his nephew ⟦NAME|Asmatullah⟧ called back on ⟦PHONE|0300 5550418⟧ to confirm the insulin dose. I increased NPH insulin to 24 units in the morning. My reflection is that without the nephew's help I could not have done anything. Telemedicine in rural Balochistan runs on family members, and I must plan for them, not around them.
`),
  item("pk-comment-004", "community pharmacy", "pharmacist", `
Good reflection. In my medical store in Chakwal, people ask for injections for every fever. I explain that paracetamol 500 mg and fluids are enough for most viral fevers, but the quacks nearby give dexamethasone. We need more community education, and the DHO should act.
`),
  item("pk-what-005", "maternal health", "community midwife", `
What? I was called at night to ⟦NAME|Bibi Zarmina⟧ at ⟦LOCATION|the house with the green gate behind the Jamia Masjid in Dir Bala⟧. Her labour started on ⟦DATE|27 Ramazan⟧, and the baby was born before the Sehri alarm. So what? She bled after delivery; I gave misoprostol 800 mcg and massaged the uterus, and it stopped. Now what? I felt proud and frightened. I will keep my PPH kit in the house and ask the DHQ for a refresher on the tamponade balloon.
`),
  item("pk-free-006", "outreach camp", "medical student", `
Our university's free medical camp in a village near Sheikhupura saw 400 patients in one day. We distributed paracetamol, ORS and deworming tablets, and a professor of surgery, Prof. Tariq Mahmood, did minor procedures under a shamiana. Afterwards I questioned whether one-day camps help anyone. Most conditions we saw were chronic: hypertension, diabetes, scabies. Without follow-up, a one-day supply of amlodipine 5 mg achieves little. I want our society to partner with the local BHU so that camp patients are registered and followed up.
`),
  item("pk-gibbs-007", "home visit", "family medicine trainee", `
Description: I visited ⟦NAME|Amma Jee Sakina Bibi⟧, who is ⟦AGE|ninety-one⟧, at ⟦ADDRESS|House 14, Street 3, Mohallah Pir Wala, Hafizabad⟧ with my trainer. Her grandson ⟦NAME|Bilal⟧ manages her medicines. Feelings: I felt moved by the family's care. Evaluation: she had postural hypotension from amlodipine plus a diuretic; we stopped the diuretic. Analysis: deprescribing at home is easier when you can see the pill box. Conclusion: home visits reveal what clinic visits hide. Action plan: a medication review at every home visit.
`),
  item("pk-what-008", "district health", "district health officer", `
What? As DHO in a district of Gilgit-Baltistan, I coordinated measles vaccination after an outbreak in a remote valley reached only by jeep. So what? Cold chain in winter at minus 15 degrees was the opposite problem from what we train for: vaccines can freeze. Now what? I will request freeze indicators for every vaccine carrier and train vaccinators using the WHO 2015 cold chain guidance, and thank Dr Ali Raza for loaning the jeep. Next winter I also want a second cold box at the valley's dispensary so that the team is not stranded if the road closes.
`),
  item("ng-gibbs-001", "primary health care centre", "medical student", `
Description: At the PHC in ⟦LOCATION|Ugwuoba⟧ during my community posting, ⟦NAME|Mama Ngozi Eze⟧ brought her grandson ⟦NAME|Chidera⟧ with fever and convulsions on ⟦DATE|14th June 2024⟧. Feelings: I was scared. Evaluation: RDT was positive for malaria; the CHEW gave rectal artesunate before referral. Analysis: the CHEW followed the standing orders perfectly while I froze. Conclusion: community health extension workers are highly skilled. Action plan: I will learn the standing orders myself. I also want to thank the CHEW, Mrs Blessing Okonkwo, who stayed calm, kept the airway clear, and then found a keke driver to take them to the general hospital in Awka. I will ask her to teach our group next week.
`),
  item("ng-what-002", "community health", "community health extension worker", `
What? I am a CHEW in a ward in Kebbi State. During the rainy season the road to the general hospital in Birnin Kebbi is cut off. So what? We manage pneumonia with amoxicillin dispersible tablets and malaria with ACT, using iCCM guidelines, and we refer only by canoe. Now what? I want more training on neonatal sepsis, because babies are the hardest. Our supervisor, Mallam Ibrahim Danjuma, promised to request it from the LGA. Until then we keep a register of every child we refer and whether they arrived.
`),
  item("ng-free-003", "home visit", "family medicine resident", `
I visited ⟦NAME|Pa Ayodele Ogundipe⟧ at ⟦ADDRESS|No. 7 Oke-Afo Street, Ilesa, Osun State⟧ after he missed two clinic visits. His daughter ⟦NAME|Funmilayo⟧ gave me her number, ⟦PHONE|0803 555 0291⟧, and his NHIS number ⟦ID|NHIS/OS/0448271⟧. He was ⟦AGE|ninety-four⟧ and had stopped his antihypertensives because of the cost. We switched to generic amlodipine 5 mg. I felt that family medicine in Nigeria is really social medicine. I will create a list of affordable generics for our department. I will also ask our social worker about the state health insurance scheme for older people.
`),
  item("ng-comment-004", "community health", "nurse", `
Thank you for this. As a nurse in a riverine community in Bayelsa, I see the same thing. Boats are our ambulances. Government should fund boat ambulances. Also the CHEWs deserve more recognition; they hold the system together. Well done, Dr Amadi.
`),
  item("ng-what-005", "maternal health", "community midwife", `
What? I attended ⟦NAME|Hajiya Hauwa Bello⟧ at ⟦LOCATION|Unguwar Liman, the compound next to the village dispensary in Dutsin-Ma⟧ during a home birth on ⟦DATE|Friday 22 March⟧. Her sister later started a fundraiser, ⟦URL|https://www.gofundme.com/f/help-hauwa-bello-dutsinma⟧, naming me in it. Her husband's email, ⟦EMAIL|abello.family@example.com.ng⟧, was given for the birth registration. So what? The placenta was retained and I referred her by motorcycle. Now what? I will push for a community emergency transport scheme. I had been trained to wait for a facility that was three hours away by road, but the reality is that the motorcycle was the only transport available that night. I will meet the ward development committee and the village head to discuss a rota of volunteer drivers, as other states have done, and ask the midwives' association to support it.
`),
  item("ng-free-006", "school health", "public health physician", `
The school health programme in our LGA in Kogi State is mainly on paper. I visited eight primary schools and found no first aid boxes and no school health records. Teachers told me the last deworming was in 2019. My reflection is that policy without funding is just paper. I have discussed with the LGA education secretary, Mrs Comfort Atabo, and we will start with deworming with albendazole 400 mg and vision screening, using the national school health policy as a guide.
`),
  item("ng-gibbs-007", "outreach camp", "medical officer", `
Description: Our hospital ran a free surgical outreach in ⟦FACILITY_ROOM|the theatre of the General Hospital Kafanchan⟧, where we repaired the hernia of ⟦NAME|Baba Yakubu Garba⟧, a farmer of ⟦LOCATION|Fadan Kagoma⟧. His MRN was ⟦ID|GHK/24/03917⟧. Feelings: satisfied. Evaluation: spinal anaesthesia with bupivacaine worked well. Analysis: the local staff were essential. Conclusion: outreach works with local partners. Action plan: train the local team in more procedures. I also reflected that the patients we saw had waited years because surgery at the tertiary centre was too expensive and too far. A free camp once a year cannot replace a functioning district hospital with a resident surgeon, and our team should say so in the report to the state ministry.
`),
  item("ng-what-008", "telehealth", "family physician", `
What? I set up WhatsApp-based teleconsultation for patients with hypertension in rural Ekiti. So what? Many patients lack smartphones, so their children send BP readings. Privacy is a concern, as chats are shared. Now what? I will follow the NDPR guidelines and train staff not to forward patient messages, and ask Prof. Olatunji for IT support from the university. I also realised that I had not asked patients whether they were comfortable sharing readings in a family chat. From now on I will ask at enrolment and record the answer, and we will use a dedicated clinic phone rather than my personal line.
`),
  item("au-gibbs-001", "remote clinic", "remote area nurse", `
Description: At the clinic in ⟦LOCATION|Kalkarindji⟧ I cared for ⟦NAME|Aunty Rosie Nangala⟧, whose Medicare number is ⟦ID|${medicare("2953 7164", 1)}⟧, after a fall at ⟦LOCATION|the outstation past Seven Mile Creek⟧. Her granddaughter ⟦NAME|Shanelle⟧ phoned from ⟦PHONE|0491 570 228⟧. Feelings: anxious waiting for the RFDS. Evaluation: suspected neck of femur fracture; I gave methoxyflurane. Analysis: communication with family required an Aboriginal health practitioner. Conclusion: culturally safe care needs the AHP. Action plan: involve AHPs earlier. I will also ask the clinic manager to update the emergency contact list for the outstations.
`),
  item("au-what-002", "general practice", "GP registrar", `
What? As a rural generalist registrar in western NSW, I did my first solo after-hours shift in the small hospital, covering the ED, the ward and the aged care beds. So what? I managed a STEMI with thrombolysis (tenecteplase) by phone with the cardiologist in Dubbo. Now what? I will do the ALS refresher and write up the case for my ACRRM portfolio. My supervisor, Dr Sally Whitehouse, was brilliant. At 3 am I felt very alone, but the phone support from the retrieval service made all the difference. I will keep using it rather than trying to be a hero.
`),
  item("au-free-003", "mining town", "GP", `
I work in a mining town in the Pilbara where most patients are fly-in, fly-out workers. On Monday I saw ⟦NAME|Jarrod "Jazza" McKenzie⟧, a haul-truck driver, whose vehicle registration ⟦OTHER|1GKZ 447⟧ was listed in the site incident report after he crashed. His Medicare number, ⟦ID|${medicare("4218 6307", 2)}⟧, was wrong on the form. He had obstructive sleep apnoea; his CPAP serial ⟦DEVICE|AS11-48820193⟧ showed he had not used it for two weeks. I felt conflicted about reporting to the site. Fitness to drive guidance (Austroads 2022) helped me decide.
`),
  item("au-comment-004", "general practice", "medical student", `
This is such a helpful reflection. On my rural placement in Broken Hill I saw the same tension with FIFO workers and fitness to drive. The Austroads guidelines helped me too. I'd love to hear more about how you discussed it with the patient.
`),
  item("au-what-005", "telehealth", "rural generalist", `
What? I did a telehealth consultation with ⟦NAME|Mr Kevin Doyle⟧, a sheep farmer at ⟦ADDRESS|1520 Bungarby Road, Bombala NSW 2632⟧, whose IP address ⟦IP|203.0.113.57⟧ was logged by the platform when his video kept freezing. So what? I could not see his rash clearly. Now what? I will add a backup plan for phone photos sent by email. I had assumed that everyone in the bush now has decent internet, but the NBN satellite service drops out in the afternoons. Next time I will ask patients before booking whether video actually works for them, and offer a phone call with photos as an equal option rather than a fallback. I will raise this at our practice meeting.
`),
  item("au-free-006", "aboriginal community controlled health", "GP", `
Working at an Aboriginal community controlled health service in Far North Queensland, I learned that my role is to support, not lead. The Aboriginal health workers decide when and how to visit families. My supervisor, Dr Ngaire Brown, reminded me that trust takes years. I now attend community events, such as the NAIDOC Week celebrations, and listen more. I want to improve my cultural capability by completing the RACGP Aboriginal and Torres Strait Islander Health curriculum. I also plan to ask the health workers to review my patient letters.
`),
  item("au-gibbs-007", "community pharmacy", "pharmacist", `
Description: As the only pharmacist in a Wheatbelt town, I noticed a pattern of codeine-seeking. Feelings: I was suspicious and uncomfortable. Evaluation: I used the real-time prescription monitoring system, ScriptCheckWA. Analysis: some patients had genuine pain without access to specialists. Conclusion: monitoring must be paired with support. Action plan: I will link people to the pain clinic telehealth service in Perth. I also want to talk to the local GPs, including Dr Tom Fairbairn, so that we have a shared approach rather than each of us guessing. Finally, I need to remember that suspicion can harm a patient who is genuinely in pain, and to treat people with respect even when I decline a supply.
`),
  item("au-what-008", "island health", "remote area nurse", `
What? On a Torres Strait island clinic, I looked after ⟦NAME|Uncle Tanu Pearson⟧, whose insulin pump serial ⟦DEVICE|MMT-780G-NG5521094⟧ malfunctioned on ⟦DATE|Saturday 9 November⟧ at ⟦FACILITY_ROOM|the Thursday Island Hospital, bed 3⟧. So what? We had no spare pumps. Now what? We converted him to basal-bolus insulin and I will request spare supplies from Cairns. I realised that I did not know the pump's suspend function and had to call the diabetes educator in Cairns, who talked me through it. I will learn the pumps our patients use before my next rotation to the islands, and I will make sure every pump user has a written backup insulin plan.
`),
];
