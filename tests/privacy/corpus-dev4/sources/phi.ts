import type { SourceItem } from "../../corpus/types.ts";

/**
 * Items with identifiers, aimed at the weak types: small places pinned by landmarks (sitios, manyattas, hollows,
 * quilombos, townlands, First Nations), dates in local forms (dd/mm, "12 Ramadan", Portuguese weekdays, text-speak),
 * addresses in other countries' shapes (CEP, Eircode, RR/Box/Site, RD, Blk/Lot, Egyptian sharia), device serials on
 * cards and receivers, vehicle plates and a boat's name, a rare occupation in a small place, rooms in local jargon.
 */
export const PHI: SourceItem[] = [
  { id: "ke-free-401", setting: "prehospital", role: "paramedic", text: `
# The matatu crash

We were the first ambulance at the crash near Salgaa. The matatu, registration ⟦OTHER|KCB 482T⟧, had rolled into a ditch. The driver, ⟦NAME|Kamau⟧, was trapped and his wife ⟦NAME|Wanjiru⟧ was screaming from the roadside. We got him out after forty minutes with the help of the fire crew. I applied a pelvic binder and gave tranexamic acid 1 g.

He told us he lived in ⟦LOCATION|Kiptangwanyi, the village behind the Kenya Seed depot⟧ and begged us to call his mother. We handed him over at ⟦FACILITY_ROOM|the resus bay of Nakuru Level 5⟧ at 0340 on ⟦DATE|Saturday 14th⟧. I think about his wife's face often. My mentor Paramedic Njeri says the first crash stays with you.
` },
  { id: "ph-what-402", setting: "birthing home", role: "midwife", text: `
**What?** A G5P4 mother came to our birthing home at dawn from ⟦LOCATION|Sitio Bagong Silang, the fishing sitio past the Lawis causeway⟧ in a pump boat. She was fully dilated. Her husband ⟦NAME|Mang Jun-Jun⟧ held the flashlight.

**So what?** The baby girl, whom they named ⟦NAME|Princess Joy⟧, was born on ⟦DATE|Jan 9⟧, the feast of the Black Nazarene, with an Apgar of 8 and 9. The mother bled 600 mL and I gave oxytocin 10 IU IM as Ma'am Rosario taught us.

**Now what?** I will teach the barangay health workers to refer every grand multipara early, and I will review active management of the third stage with my CI before the next duty.
` },
  { id: "eg-gibbs-403", setting: "emergency", role: "resident", text: `
**Description:** In my night shift at the emergency of ⟦FACILITY_ROOM|El Demerdash Hospital⟧, an old woman, ⟦NAME|Hagga Fatma⟧, came with hypoglycemia. Her son ⟦NAME|Ashraf⟧ gave me her national ID, ⟦ID|29801150102837⟧, and the address for the home visit form: ⟦ADDRESS|14 Sharia Ahmed Orabi, flat 9, El Matareya⟧.

**Feelings:** I was sad because she lives alone.

**Evaluation:** She was taking gliclazide 80 mg twice and eating only bread.

**Analysis:** Elderly patients on sulfonylurea are high risk, as in the ADA 2024 standards.

**Conclusion:** I must ask about food, not only about tablets.

**Action plan:** I sent the social worker, Ustaza Nagwa, to visit on ⟦DATE|Thursday 22/2⟧, and I will ask every diabetic patient what they eat.
` },
  { id: "br-free-404", setting: "home care", role: "physiotherapy student", text: `
# Home visit in the periphery

In my home-care placement I visited ⟦NAME|Dona Zefinha⟧, who had a stroke and lives with her granddaughter ⟦NAME|Kauane⟧ at ⟦ADDRESS|Rua Sete de Setembro, 215, fundos, CEP 08470-120⟧. The house has three steps and no rail. I taught sit-to-stand and measured her with the Timed Up and Go: 38 seconds.

My supervisor, Profa. Juliana, reminded me that the Berg scale is not for every patient. We will come back on ⟦DATE|quinta, 17/10⟧ with a rail from the municipal programme. I learned that rehabilitation starts at the front door, not in the gym.
` },
  { id: "ca-what-405", setting: "prehospital", role: "paramedic", text: `
**What?** We were called to a snowmobile rollover on the trail north of town. The patient, ⟦NAME|Rob Tremblay⟧, ⟦OTHER|the only trapper still running a line out of Mattice⟧, had a femur fracture. His truck, Ontario plate ⟦OTHER|BVRK 418⟧, was parked at the trailhead.

**So what?** We splinted with a Kendrick traction device and waited for the helicopter. His wife ⟦NAME|Denise⟧ gave us their address for the report, ⟦ADDRESS|21 Gravel Pit Rd, Mattice, ON P0L 1T0⟧.

**Now what?** I will practise traction splinting with gloves on, because my fingers stopped working at minus 30.
` },
  { id: "nz-free-406", setting: "home birth", role: "midwifery student", text: `
# A home birth on the coast

I was second midwife at a home birth for ⟦NAME|Mere⟧, whose whānau live at ⟦LOCATION|the end of Pākihikura Road, past the old dairy factory at Waiomatatini⟧. Her koro, ⟦NAME|Hōne⟧, said karakia as she pushed. The baby came at 0412 on ⟦DATE|the 3rd of June⟧, in Matariki week. The lead midwife, Tania Paewai, let me catch.

I had been worried about the 90-minute drive to the hospital if anything went wrong, and we had talked through the plan at 36 weeks. I learned that a birth plan in a rural place is also a transport plan.
` },
  { id: "ie-what-407", setting: "general practice", role: "GP trainee", text: `
**What?** On a house call I met ⟦NAME|Mrs Nóirín Gallagher⟧, ⟦OTHER|the postmistress of Glenfarne, the last one in north Leitrim⟧, with a leg ulcer she had hidden for months. Her nephew ⟦NAME|Pádraig⟧ (⟦PHONE|087 555 0142⟧) drove in from Manorhamilton. The house is at ⟦ADDRESS|Tullyskeherny, Glenfarne, Co. Leitrim, F91 KX27⟧.

**So what?** Her ABPI was 0.7, so no full compression.

**Now what?** I referred her to the vascular clinic at ⟦FACILITY_ROOM|Sligo University Hospital⟧ and booked the public health nurse for ⟦DATE|Monday 17 March⟧, Paddy's Day or not.
` },
  { id: "us-gibbs-408", setting: "home health", role: "home health nurse", text: `
**Description:** On a home-health visit I saw ⟦NAME|Mr. Earl Dunbar⟧, who lives in ⟦ADDRESS|lot 14 of the Shady Acres mobile home park, 2290 County Road 31, Elkader, IA 52043⟧. His insulin pump, serial ⟦DEVICE|PT7734219⟧, had been alarming for two days.

**Feelings:** I was frustrated that nobody had called.

**Evaluation:** The infusion set was kinked and his glucose was 412.

**Analysis:** He is ⟦AGE|91⟧, hard of hearing, and the alarm was too quiet.

**Conclusion:** Devices are only safe if the person can hear them.

**Action plan:** I called the manufacturer and emailed his daughter ⟦NAME|Darlene⟧ at ⟦EMAIL|darlene.dunbar52@yahoo.com⟧, and arranged a vibrating alert.
` },
  { id: "ke-comment-409", setting: "ENT", role: "medical student", text: `
sawa sawa this post 😭 reminds me of mzee ⟦NAME|Onyango⟧ from ⟦LOCATION|Kanyamedha beach, the fish landing near Usenge⟧ who came wit a fish bone in his throat lol. he was in ⟦FACILITY_ROOM|ward 4 bed 11 at JOOTRH⟧ for like a week. his boat is called ⟦OTHER|Nyar Luo Express⟧ and his nephew kept bringing us omena. miss that old man fr
` },
  { id: "ph-comment-410", setting: "emergency", role: "nursing student", text: `
huhu naalala ko si lolo ⟦NAME|Berto⟧ na tricycle driver, plate ⟦OTHER|4821 ZB⟧ hahaha we all knew his trike. he came to ER nung ⟦DATE|dec 30⟧ with MI, na-code sya sa ⟦FACILITY_ROOM|ER cubicle 3 ng Eastern Visayas Medical Center⟧. buti nalang na-revive. sabi ng apo nya ⟦NAME|Jomar⟧ he's back driving na. grabe God is good talaga
` },
  { id: "eg-what-411", setting: "rural health unit", role: "rural service doctor", text: `
**What?** In my rural service year at the health unit in Sohag, a man came with a snake bite. He is ⟦OTHER|the only snake charmer in Ezbet El-Nakhl, the hamlet behind the Abu Tig sugar cane press⟧, and he was proud that the snake was his own. His son ⟦NAME|Mahmoud Abdel-Aal⟧ brought him on a tuk-tuk.

**So what?** We had no antivenom; I referred him to the poison centre of ⟦FACILITY_ROOM|Assiut University Hospital⟧ by ambulance on ⟦DATE|12 Ramadan⟧.

**Now what?** I will write to the directorate to keep antivenom at the unit, because the tuk-tuk ride takes three hours.
` },
  { id: "br-gibbs-412", setting: "emergency", role: "nurse", text: `
**Description:** On my night shift in ⟦FACILITY_ROOM|the sala vermelha of the UPA Vila Esperança⟧, a pregnant teenager, ⟦NAME|Yasmin⟧, arrived from ⟦LOCATION|the Quilombo do Ribeirão, the community past the second bridge on the BR-116⟧ with eclampsia.

**Feelings:** I was scared; she was 16.

**Evaluation:** We gave magnesium sulphate 4 g IV following the Zuspan regimen and transferred her.

**Analysis:** She had missed three prenatal visits because the bus comes only twice a week.

**Conclusion:** Access is a clinical problem.

**Action plan:** I spoke with the community health agent, Dona Graça, and we scheduled a visit on ⟦DATE|sábado, 23 de novembro⟧.
` },
  { id: "ca-free-413", setting: "nursing station", role: "outpost nurse", text: `
# Nights at the nursing station

I am the only nurse on nights at the nursing station in ⟦LOCATION|Kinoje Lake First Nation⟧, a fly-in community of 400. At 0200 ⟦NAME|Elder Mary Sutherland⟧ came in short of breath; her home oxygen concentrator, serial no. ⟦DEVICE|1C-588203-K⟧, had stopped when the generator failed; the supplier's portal showed it last online from ⟦IP|198.51.100.23⟧ at 01:10. Her granddaughter ⟦NAME|Tayla⟧ carried her through the snow.

I put her on a cylinder and called the medevac. She was flown out to ⟦FACILITY_ROOM|Meno Ya Win in Sioux Lookout, room 214⟧ on ⟦DATE|Boxing Day⟧. I learned to ask every oxygen patient what happens when the power goes.
` },
  { id: "nz-what-414", setting: "prehospital", role: "paramedic", text: `
**What?** We responded to a tractor rollover at ⟦ADDRESS|1184 Matawai Road, RD 2, Gisborne 4072⟧. The farmer, ⟦NAME|Trevor Hape⟧, was pinned under a Massey Ferguson. His quad bike, rego ⟦OTHER|JQT449⟧, was still running beside him.

**So what?** We called the rescue helicopter and gave methoxyflurane while the fire crew lifted the tractor. His son ⟦NAME|Wiremu⟧ held his hand, and later set up ⟦URL|givealittle.co.nz/cause/help-trevor-hape⟧ for the family.

**Now what?** I will review crush injury and our clinical procedures before my next shift, and talk to my Clinical Support Officer about the 45-minute response time out there.
` },
  { id: "ie-free-415", setting: "community pharmacy", role: "pharmacist", text: `
# The ferry and the blister packs

Every Thursday I make up blister packs for the island. One of my patients, ⟦NAME|Mr Seán Ó Flaithearta⟧, ⟦OTHER|the last currach builder on Inis Meáin⟧, came in on the ferry on ⟦DATE|Thursday the 4th⟧ confused about his warfarin. His INR was 5.8. His daughter ⟦NAME|Bríd⟧ rang from Boston to thank me after.

I learned that the ferry timetable is part of his medication plan, and now I post his packs with the postman. The Pharmaceutical Society guidance on compliance aids, which I reread that night, says the same in longer words.
` },
  { id: "us-what-416", setting: "prehospital", role: "paramedic", text: `
**What?** On ⟦DATE|July 4th⟧ we got a call to a rollover on a gravel road ⟦LOCATION|a mile past the Mennonite schoolhouse outside Kalona⟧. The driver, ⟦NAME|Kyle Yoder⟧, 17, had been thrown from a pickup with Iowa plate ⟦OTHER|JTK 442⟧. His mom ⟦NAME|Becky⟧ arrived before we did.

**So what?** GCS 9, so we called for the helicopter and used a scoop stretcher.

**Now what?** I will look at our rural trauma times and bring them to our medical director, Dr. Anne Keller, at the next run review.
` },
  { id: "ke-what-417", setting: "maternity", role: "midwife", text: `
**What?** A Samburu mother, ⟦NAME|Nalangu⟧, walked from ⟦LOCATION|a manyatta near the Ngutuk Ongiron water pan⟧ in labour. She reached the maternity at ⟦FACILITY_ROOM|Wamba Mission Hospital, delivery couch 2⟧ at night on ⟦DATE|7/11/2025⟧.

**So what?** She had a retained placenta and we did a manual removal after ergometrine. Her husband ⟦NAME|Lekishon⟧ waited outside with the camels.

**Now what?** I will talk to our county about a maternity waiting home, and teach the traditional birth attendants in our outreach to refer early.
` },
  { id: "ph-free-418", setting: "community dentistry", role: "dental student", text: `
# Outreach in our barangay

During our community dentistry outreach I did a pulpectomy on a 7-year-old boy, ⟦NAME|Jhun-Jhun Macaraeg⟧. His mother, ⟦NAME|Aling Nena⟧, runs ⟦OTHER|the only sari-sari store at the end of Purok 6⟧. She gave me their address for the follow-up: ⟦ADDRESS|Blk 7 Lot 22, Purok 6, Bonuan Gueset, Dagupan City 2400⟧. She posts about the store on TikTok as ⟦OTHER|@nenasstore_bonuan⟧.

The boy cried but he got a sticker. Our clinical instructor, Dr. Santos, checked my access cavity. We see him again on ⟦DATE|Oct 28⟧. I learned that a sticker can do more than lidocaine.
` },
  { id: "eg-free-419", setting: "cardiology", role: "cardiology resident", text: `
# The pacemaker card

Amm ⟦NAME|Hassan El-Sayed⟧, ⟦OTHER|a retired felucca captain from Gezira El-Dahab⟧, came to ⟦FACILITY_ROOM|CCU bed 4 at Kasr Al Ainy⟧ with syncope. He carried his pacemaker card in his wallet: Medtronic Azure, SN ⟦DEVICE|RNF418822S⟧, implanted on ⟦DATE|3/5/2019⟧. The interrogation showed lead noise.

Dr. Karim, our fellow, let me do the threshold test. His grandson ⟦NAME|Ziad⟧ translated the English on the card. I learned to always ask for the card — it told us more than the referral letter did.

Next time I will check the card before the ECG.
` },
  { id: "br-what-420", setting: "community pharmacy", role: "pharmacist", text: `
**What?** A woman came to our pharmacy in the interior of Minas asking for misoprostol, which we cannot sell. Her husband waited on a motorcycle, placa ⟦OTHER|QXT2B41⟧, outside the door. She lives in ⟦LOCATION|the Córrego do Lageado, the settlement behind the Cachoeira do Tombo⟧ and told me she was bleeding since ⟦DATE|domingo, 8/9⟧.

**So what?** I recognised the signs of an incomplete miscarriage and called SAMU 192.

**Now what?** I will keep the UBS and SAMU numbers on the counter and study the Ministry of Health protocol on post-abortion care.
` },
  { id: "ca-comment-421", setting: "prehospital", role: "paramedic", text: `
omg this is so real. had a pt last winter, ⟦NAME|Gord⟧, who lived in a trailer at ⟦ADDRESS|Box 12, Site 4, RR 1, Bragg Creek AB T0L 0K0⟧ and we couldnt find it in the dark for 40 min lol. he'd had a stroke on ⟦DATE|feb 2⟧ and his dog was the only one home. pls pls pls everyone put reflective numbers on rural driveways!!
` },
  { id: "us-free-422", setting: "community pharmacy", role: "pharmacist", text: `
# The hollow

Every other Friday I drive refills up ⟦LOCATION|Trace Fork, the hollow past the Free Will Baptist church on Route 3⟧. One of my patients, ⟦NAME|Miss Opal Sizemore⟧, is ⟦AGE|96⟧ and uses a CGM; her receiver, serial ⟦DEVICE|PG4419027⟧, lost signal because she has no cell service. Her grandson ⟦NAME|Dwayne⟧ drives a coal truck and checks on her after his shift.

On ⟦DATE|Friday, March 14⟧ I found her glucose at 48 and gave her orange juice and glucagon. I learned that rural pharmacy is home care, too. I will talk to her doctor, Dr. Patel, about a simpler regimen.
` },
];
