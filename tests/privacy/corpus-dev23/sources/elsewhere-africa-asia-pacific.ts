import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";
import { nhi } from "../gen.ts";

/** Elsewhere, Africa, Asia and the Pacific: New Zealand, South Africa, Kenya, the Philippines, Nepal, Ghana, Malawi, Fiji. */
export const AFRICA_ASIA_PACIFIC: readonly SourceItem[] = [
  {
    id: "nz-free-001",
    setting: "rural hospital",
    role: "rural hospital generalist",
    text: `
Rural hospital medicine on the West Coast of the South Island. Our hospital has an ED, a small ward, and a helipad, and the nearest ICU is over the Alps in Christchurch.

A whitebaiter, ⟦NAME|Kev Tauwhare⟧, came in on ⟦DATE|Labour Day⟧, in the middle of the whitebait season, after slipping on the rocks at ⟦LOCATION|his stand on the Waitaha River mouth⟧. He had a tib-fib fracture and a compartment syndrome developing. NHI ⟦ID|${nhi("ZZZ003")}⟧. I'm a rural hospital generalist, not a surgeon, and the orthopaedic team in Christchurch wanted him transferred, but the helicopter was grounded by cloud on the divide.

I did a fasciotomy under the phone guidance of the orthopaedic registrar. I'd done the procedure on a course, on a pig's leg, in Dunedin. It worked. He was flown over the next morning and kept his leg.

What I learned: rural generalism means being ready to do the thing you hoped you'd never have to do. The RNZCGP rural hospital medicine curriculum is right to require procedural skills. I've since asked our clinical director, Dr Hemi Walker, for regular skills days with the Christchurch team.

And his whānau brought a feed of whitebait fritters to the ward the day after he was transferred. The nurses and I ate them in the tea room, with gratitude and some guilt.
`,
  },
  {
    id: "nz-gibbs-002",
    setting: "general practice",
    role: "GP registrar",
    text: `
**Description.** GPEP registrar in a Northland practice run by a Māori health provider. Most of our patients are Māori, and many live in small settlements along the coast. I'm Pākehā, from Auckland, and I've been here for four months.

**Feelings.** Humbled. Sometimes out of my depth.

**Evaluation.** Clinical medicine is the easy part: gout, rheumatic fever prevention, diabetes, COPD, skin infections. What's harder is tikanga. In my first week I sat on a table at a hui, which is not done, and one of the kaumātua quietly told me. I'm glad he did.

**Analysis.** The Medical Council of New Zealand's statement on cultural safety (2019) and the Te Tiriti o Waitangi principles are not theory here; they're how the practice operates. Whānau come to appointments; decisions are collective; karakia begins meetings. My supervisor, Dr Aroha Ngata, has taught me to listen first and to introduce myself properly: where I'm from, my mountain, my river, even if they're in Auckland.

**Action plan.** Te reo lessons through the local wānanga. Attend the next hui at the marae, and sit on the right seat. Ask the kaimahi hauora (health workers) for feedback after my consults. And stop apologising for not knowing things; ask instead.
`,
  },
  {
    id: "nz-free-003",
    setting: "general practice",
    role: "nurse practitioner",
    text: `
I'm a nurse practitioner in a rural practice in the Central Otago high country. Most of our work is farmers, orchardists, and the people who come for the cherry harvest.

One of my patients, a teenage girl with type 1 diabetes, ⟦NAME|Mackenzie Rowe⟧, wears a continuous glucose monitor (sensor serial ⟦DEVICE|0M7KX4T2QF⟧, which her mum sends me with every download). The family lives on ⟦LOCATION|a high-country station up the Nevis Valley⟧, and the data arrive by email from ⟦EMAIL|rowe.family.nevis@xtra.co.nz⟧ when the satellite internet is working.

In winter, Mackenzie boarded at school in Dunedin, and her readings went all over the place: hypos overnight after netball, highs during exams. Her mum was frantic. The school nurse had limited training in CGM. I felt stuck between the family, the school and the paediatric diabetes team.

What helped: a three-way video call with the family, the school nurse and the paediatric diabetes nurse educator. We adjusted her basal insulin, set up alerts on her phone, and taught the school nurse how to read the CGM app.

What I learned: rural families are often the most skilled users of technology, because they have to be. And the NP role is as much coordinating as prescribing.
`,
  },
  {
    id: "nz-comment-004",
    setting: "general practice",
    role: "GP",
    text: `
Kia ora, thanks for this. The table mistake: we've all done a version of it. I sat on a pillow at my first tangi. The kaumātua correcting you is a gift; it means they think you're worth teaching. Keep going with te reo. Ngā mihi, Dr Tama Parata, Kaitaia
`,
  },
  {
    id: "za-free-001",
    setting: "district hospital",
    role: "community service doctor",
    text: `
Community service year at a district hospital in the Eastern Cape, near the Wild Coast. I'm a doctor from Cape Town who had never lived rurally.

On ⟦DATE|16 December⟧, ⟦DATE|the Day of Reconciliation⟧, a young man came in after a taxi accident on the R61. He was stable, but the man brought in with him was not: ⟦NAME|Tata Mzwandile Ngcobo⟧, a traditional healer from ⟦LOCATION|Mpozolo village near Lusikisiki⟧, was unresponsive with a GCS of 6 and a fixed, dilated left pupil. His SA ID number, ⟦ID|${saId("570918508708")}⟧, was in his bag with his herbs.

We intubated him, which was my first time, with the medical officer talking me through it. The CT scanner was at Mthatha, over two hours away. The EMS crew were brilliant. He died there the next day, of an extradural haematoma.

What I learned: the distance to CT is the difference between life and death. Rural trauma care in South Africa needs better transfer systems, better imaging at district level, and more training for junior doctors in burr holes (a controversial but real debate). I've been reading the Rural Rehabilitation and Rural Doctors Association of Southern Africa positions on this.

I also learned respect for the traditional healer. His family told me he had treated half the village. The village held a vigil outside the hospital all night. I learned that in a rural area, every death is a community event.
`,
  },
  {
    id: "za-what-002",
    setting: "primary care clinic",
    role: "clinical associate",
    text: `
**What?** I'm a clinical associate at a rural clinic in northern KwaZulu-Natal, under the supervision of the district family physician. I was trained at Walter Sisulu University. Our clinic serves about 15,000 people, with high HIV and TB prevalence.

**So what?** The HIV programme here is extraordinary: most of our patients are on dolutegravir-based ART, viral load suppression rates are high, and community-based ART delivery means people pick up their medicines at the church or the spaza shop. But I've noticed that I'm treating numbers, not people. CD4 counts, viral loads, TB GeneXpert results. I'd stopped asking about life.

Last month, during our quarterly supervision, Dr Sipho Mthembu, the district family physician, asked me to present "one patient's story, not their results". I couldn't do it. I knew the numbers but not the story.

**Now what?** I've started asking one question at the end of each consultation: "What's going well in your life?" The answers surprised me: grandchildren, church choirs, a vegetable garden, a soccer team. I'm also working on my isiZulu. And I've joined the Rural Doctors Association of Southern Africa, whose annual conference in the Drakensberg, I'm told, is worth it for the singing alone.
`,
  },
  {
    id: "za-free-003",
    setting: "district hospital",
    role: "family physician",
    text: `
A reflection on twenty years as a family physician in the Karoo. Our district hospital has thirty beds, and I've been here since 2005. I've seen the town change: the railway closing, sheep farming declining, solar farms arriving.

The clinical work has changed too. When I arrived, HIV was devastating; now it's a chronic disease. Fetal alcohol spectrum disorder remains a huge issue, and the Western Cape and Northern Cape prevalence figures (some of the highest in the world, according to the studies by Viljoen and May) are not abstract here. I see children who have it, and I know their mothers.

What keeps me here: the community. The dominee, the school principal, the police captain and I meet once a month at the Wimpy to talk about the town. We've started a programme for pregnant women, with the NGO FASfacts, that has reduced drinking during pregnancy. We celebrate small wins.

I also teach. Stellenbosch University sends us medical students, and the rural track has graduates who've come back. Last year two of my former students started at hospitals in the Karoo. That's my legacy, I think, more than anything I did clinically.

My advice to young doctors: come for a year. Stay if it fits. Learn Afrikaans; the patients will love you for the effort.
`,
  },
  {
    id: "ke-free-001",
    setting: "health centre",
    role: "clinical officer",
    text: `
I'm a clinical officer in charge of a health centre in Baringo County. We are two clinical officers, four nurses and a lab tech, and we're the only health facility for about 40 km.

During the dry season, we see a lot of snakebites and injuries among herders. In August, ⟦NAME|Kiprono Chebii⟧, a herder of about 19 from ⟦LOCATION|Kapkiamo manyatta, behind the Marigat cattle dip⟧, was brought in by his brothers on a motorcycle. He'd been bitten by a puff adder two days before; his leg was swollen to the groin with blisters, and his blood wasn't clotting.

We had no antivenom. I called ⟦FACILITY_ROOM|Kabarnet County Referral Hospital⟧, who had two vials and an ambulance but no fuel. The family raised money for fuel through M-Pesa; his uncle's number, ⟦PHONE|0722 555 418⟧, was the one the pastor shared at the church to collect contributions. He got the antivenom after nine hours and survived, but lost part of his foot to necrosis.

Learning: we need antivenom stocks at health centre level, and training for clinical officers on managing envenomation. The Kenya Snakebite guidelines (2019) are good, but you can't follow them without antivenom. I've written to the county health department. So far, no reply.

I've also learned that in herding communities, the motorcycle is the ambulance, and the pastor's phone is the fundraising platform.
`,
  },
  {
    id: "ke-free-002",
    setting: "dispensary",
    role: "nurse",
    text: `
I'm a nurse in charge of a dispensary on the slopes of Mount Elgon in Bungoma County. I've worked here for eight years, and I grew up in the next sub-location. My mother still sells milk at the Kimilili market on Tuesdays.

Circumcision season among the Bukusu comes every even-numbered year, in August. The ceremonies are a big community event, with dancing and feasting, and the boys, usually 12 to 16, are circumcised by traditional circumcisers. In the weeks after, we see infections, bleeding, and occasionally serious complications.

This year, working with the county health team, we trained 24 traditional circumcisers in hygiene and tetanus prevention, and gave out clean kits. Complications dropped by about half compared with 2022, according to our records.

What I learned: working with tradition rather than against it. The elders were suspicious at first, but our sub-county public health officer, Mr Wafula, who is himself Bukusu and was circumcised traditionally, persuaded them.

I've also reflected on my own role as a woman in this. I can't attend the ceremonies, and some boys and families won't talk to me about complications. We trained male nurses and a clinical officer to be available during the season.

Next season, I want to add HIV testing and counselling for the boys' fathers, who gather in large numbers. The WHO voluntary medical male circumcision guidance (2020) supports integration.
`,
  },
  {
    id: "ke-comment-003",
    setting: "health centre",
    role: "clinical officer",
    text: `
Pole sana for the foot. Just a note: the church fundraising message with ⟦NAME|Kiprono⟧'s name and the uncle's number probably went to hundreds of WhatsApp groups. Maybe don't put the number here too. On antivenom, our county bought stocks through KEMSA last year; ask your CHMT about that route. — Caleb, CO, Elgeyo Marakwet
`,
  },
  {
    id: "ph-free-001",
    setting: "rural health unit",
    role: "municipal health officer",
    text: `
I'm a Doctor to the Barrio, posted as municipal health officer in a fifth-class municipality in Samar. One doctor, three nurses, and thirty-two barangay health workers for 28,000 people.

During the town fiesta on ⟦DATE|29 September⟧, ⟦DATE|the feast of San Miguel⟧, a man from ⟦LOCATION|Barangay Pangdan, Sitio Talisay⟧ came with a fever, myalgias and conjunctival suffusion. ⟦NAME|Mang Rodel Abarquez⟧, 52, a carabao farmer. Leptospirosis, after the typhoon floods three weeks before. His PhilHealth number, ⟦ID|12-050718364-2⟧, was needed for the Konsulta package, and his wife had it in a plastic envelope with their marriage certificate.

We started doxycycline. On day three he developed jaundice and oliguria: Weil's disease. We transferred him to ⟦FACILITY_ROOM|Eastern Visayas Medical Center, Medicine Ward B, Bed 22⟧ in Tacloban for dialysis. He survived.

What I learned: after typhoons, the leptospirosis surge is predictable, and we should have given doxycycline prophylaxis to farmers wading through floodwater. The DOH guidelines recommend it. We didn't have enough stock.

I've since pre-positioned doxycycline at the barangay health stations before the typhoon season. The BHWs know which farmers work in the rice paddies. I've learned, like every rural doctor, that the BHWs are the real health system.
`,
  },
  {
    id: "ph-what-002",
    setting: "rural health unit",
    role: "nurse",
    text: `
**What?** I'm a public health nurse in an island municipality in Palawan. Our rural health unit serves fourteen barangays, some of them an hour by banca. Last month, I missed the fiesta in my own barangay because a typhoon warning meant I had to stay at the RHU.

**So what?** I felt sorry for myself, then a little ashamed. My mother, who was a midwife for thirty years, used to miss everything too. She said it's the price of being the person everyone calls.

During the typhoon, we had two deliveries, one postpartum haemorrhage (managed with oxytocin and bimanual compression), and a child with dengue shock syndrome who needed a lot of IV fluids before the boat could take him to Puerto Princesa. Our municipal health officer, Dr Reyes, was there the whole time.

The DOH's Maternal, Newborn, Child Health and Nutrition guidelines helped. So did the barangay captain, who made sure the generator had fuel.

**Now what?** We're making a typhoon preparedness checklist for the RHU: fuel, IV fluids, oxytocin, a list of pregnant women due within the month, and a boat on standby. And next year, I'm taking leave for my barangay's fiesta. I'll ask Dr Reyes now, before the typhoon season.
`,
  },
  {
    id: "ph-free-003",
    setting: "rural health unit",
    role: "municipal health officer",
    text: `
A hard lesson about social media from a small town in Ifugao. A young mother, ⟦NAME|Jhen Dulnuan⟧, brought her 8-month-old with severe pneumonia to our RHU. We stabilised him and referred him to the provincial hospital. That evening her cousin posted a video on Facebook, ⟦URL|https://www.facebook.com/jhen.dulnuan.58/videos/118204733912⟧, crying and saying the RHU doctor (me) had "refused" to admit the baby.

It went viral in the town within hours. The mayor called me. People I'd treated for years left angry comments. My own mother, who lives in Baguio, saw it.

The truth: we have no admitting facility. A referral is not a refusal. But I hadn't explained that well, in a language she understood, with the urgency she felt.

What I learned: communication in a crisis must be as careful as the clinical management. The Philippine Medical Association has guidance on responding to social media, and it says: don't engage publicly, don't reveal patient information, and do talk to the family.

I visited the family the next day with our barangay health worker, who is her aunt. I apologised for not explaining better. The baby was improving. Later she took the video down herself, and she posted a thank-you message. I didn't ask her to.

I've since added a one-page referral explanation in Tuwali and Ilocano to our forms.
`,
  },
  {
    id: "np-free-001",
    setting: "primary health care centre",
    role: "medical officer",
    text: `
I'm a medical officer at a primary health care centre in the hills of Dailekh district, in Karnali Province. The walk to the farthest ward is seven hours.

On ⟦DATE|Kartik 12⟧ (⟦DATE|29 October⟧), during Tihar, a woman in the middle of chhaupadi, isolated in a cowshed during her period, was brought in by her husband. ⟦NAME|Bhagawati Shahi⟧, 23, from ⟦LOCATION|the upper tole of Naumule, ward 6⟧, had smoke inhalation from a fire she had lit to keep warm in the hut. Her carboxyhaemoglobin was not measurable at our centre, but she was confused, with cherry-red lips and a headache.

We gave her high-flow oxygen for hours, the only treatment we had. She recovered. Her husband wept; he said he had not wanted her to go to the hut, but his mother insisted.

What I learned: chhaupadi was criminalised in Nepal in 2017, and deaths still happen. The health post is not just a clinic; it's a place to talk about this with the female community health volunteers, the mothers' groups, and the men. My senior, Dr Prakash Bhandari, said you can't change tradition with a law alone.

Next month, our FCHVs and I are holding a session at the Tihar fair on menstrual health. The ward chairwoman, who is also a teacher, will speak first.
`,
  },
  {
    id: "np-gibbs-002",
    setting: "district hospital",
    role: "MDGP resident",
    text: `
**Description.** I'm a resident in General Practice and Emergency Medicine (MDGP), on a rural posting at a district hospital in the far west of Nepal. We have two doctors, one ultrasound machine, and no surgeon. We perform caesarean sections, manage trauma, and provide all the medical care for a district of 150,000 people.

**Feelings.** Terrified and, most days, alive.

**Evaluation.** My first solo caesarean was at 2am, with a nurse anaesthetist and a ward attendant holding the light. It went well: baby with an Apgar of 8 at five minutes, mother stable. What went less well: I did not document the indication properly, and the next morning the district health office questioned it.

**Analysis.** The MDGP programme was designed for exactly this, and the Nick Simons Institute's support for rural hospitals is remarkable. But documentation and audit skills are taught less than operative skills. WHO's Safe Surgery Checklist (2009) is available on paper in our theatre, but we only used it half the time.

**Action plan.** Use the checklist every time; keep a surgical logbook; and ask my supervisor, Dr Sushila Paudel, for a monthly audit meeting. I've also asked my family in Kathmandu to stop asking when I'm coming home.
`,
  },
  {
    id: "np-free-003",
    setting: "trekking route clinic",
    role: "volunteer doctor",
    text: `
Two months as a volunteer doctor at a seasonal clinic on a trekking route in the Everest region, run by a mountain rescue association. Our patients are trekkers, porters and the people of the Sherpa villages along the trail.

The trekkers present with altitude sickness, diarrhoea and sprained ankles. The porters present much later, with frostbite, HAPE, and injuries they've hidden so as not to lose work. I saw a porter with early HACE who had carried a 30 kg load from Namche. Dexamethasone, oxygen and descent by helicopter.

What I reflected on: the inequality on the trail. Trekkers arrive with insurance, satellite phones and travel doctors. Porters arrive with flip-flops and no insurance. We see them all, for free for locals. I found myself wondering whether our clinic's focus was right.

I also learned about Sherpa culture and Buddhism: the mani stones, walking clockwise around chortens, the lama's blessing at the clinic at the start of the season. The Mani Rimdu festival at Tengboche, which I attended, is extraordinary.

Lake Louise scores, oxygen saturations, and the Himalayan Rescue Association's protocols guided the clinical work. But the Sherpa people who ran the lodges guided everything else.
`,
  },
  {
    id: "gh-free-001",
    setting: "CHPS compound",
    role: "community health nurse",
    text: `
I'm a community health nurse at a CHPS compound in the Upper East Region, near the Burkina Faso border. CHPS is Ghana's community-based primary care model: one nurse, a house, a motorbike, and the trust of the chief.

On ⟦DATE|Friday 3 March⟧, during the Fao festival, a baby was brought in by her grandmother: ⟦NAME|Akanbong Atanga⟧, a 3-week-old, with a fever of 39.2, poor feeding and a bulging fontanelle. Possible meningitis. Her mother, ⟦NAME|Abena⟧, was still at the festival grounds.

I gave the first dose of ceftriaxone and called the district ambulance, which was in Bolgatanga. The mother's phone, ⟦PHONE|024 555 1836⟧, was off. I sent a boy on a bicycle to find her. The baby was transferred to ⟦FACILITY_ROOM|the NICU at Bolgatanga Regional Hospital⟧, with her Ghana Card-linked NHIS number, ⟦ID|GHA-721905364-8⟧, on the referral note.

She survived, but with hearing loss. The grandmother still brings her to the CHPS compound every week for weighing.

What I learned: the first dose of antibiotic at community level saves lives; the Ghana Health Service's standard treatment guidelines (2017) support it. I also learned that during festivals, mothers are away and grandmothers are the carers. We now include grandmothers in our newborn danger signs education.
`,
  },
  {
    id: "gh-free-002",
    setting: "district hospital",
    role: "medical officer",
    text: `
I'm a medical officer at a district hospital in the Volta Region. I'm also from this town, and my grandfather was the chief's linguist. When I came back after housemanship in Accra, the chief held a durbar in my honour. It was embarrassing and wonderful.

Being the local doctor means I'm asked for everything: school inspections, funeral committees, disputes about land. At the Hogbetsotso festival I was asked to sit with the elders, which meant I couldn't also be at the hospital, where we had a road traffic accident with three casualties. My colleague, Dr Kwesi Owusu, handled it alone.

I felt torn. My role as "son of the soil" and my role as doctor were in conflict. I spoke to my mentor, Prof. Agyeman at KNUST, who said: "The community gives you respect; you give them medicine. Don't trade one for the other."

Now, I've agreed with the chief that I'll attend festivals for an hour and then return to the hospital. We've also trained the festival first-aid team from the Red Cross with the Ghana National Ambulance Service.

Clinical lesson from the RTA: we needed more blood. I've started a voluntary blood donation drive through the churches. We collected 62 units in one day.
`,
  },
  {
    id: "mw-free-001",
    setting: "district hospital",
    role: "clinical officer",
    text: `
I'm a clinical officer at a district hospital in southern Malawi. Clinical officers perform most of the surgery in Malawi's district hospitals: caesarean sections, hernia repairs, laparotomies. I've done over 400 caesareans.

Last month, I trained a new intern clinical officer, Chisomo, who had just graduated from the Malawi College of Health Sciences. On her first night on call she had an obstructed labour and called me at 1am. I came in and supervised her first caesarean. She was shaking; I was proud.

Reflection: task-sharing works. The studies from Malawi show that outcomes of caesareans by clinical officers are comparable to those by doctors. But training, supervision and respect matter. Clinical officers are still sometimes treated as "less than doctors" by patients and colleagues.

My own story: I grew up in a village near Zomba, and my mother was a traditional birth attendant. She delivered hundreds of babies, including me. I remember the women she lost. When I became a clinical officer, she cried.

Malaria, HIV, TB, and surgery all in one shift is normal for us. The Malawi Standard Treatment Guidelines (2015) are my constant companion. Our district medical officer, Dr Banda, supports us.

Next year, I want to start a mentorship programme for new clinical officers in our district. Chisomo will be my first co-mentor.
`,
  },
  {
    id: "mw-free-002",
    setting: "health centre",
    role: "clinical officer",
    text: `
Health centre on the shore of Lake Malawi. The fishermen's season brings schistosomiasis, injuries and, increasingly, cases of HIV among the young men who move between fishing camps.

A young fisherman, ⟦NAME|Yamikani Phiri⟧, 24, came in with haematuria and a cough. His health passport, the small book every Malawian carries, had his ART number, ⟦ID|MHG-ART-04471⟧, from a clinic further up the lake, and a note that he'd defaulted. CD4 of 89. We diagnosed disseminated TB and restarted ART after two weeks of TB treatment. He had a severe IRIS reaction.

He lived at ⟦LOCATION|the fishing camp at Chembe, the third chirimika (boat shelter) from the rocks⟧, and his friends brought him nsima every day.

What I learned: mobile populations fall out of the system. The ART programme is excellent, but it assumes people stay put. Fishermen don't. We've started talking with the beach village committees about a mobile ART pickup point during the high fishing season.

I also learned how much praziquantel matters. Mass drug administration in schools has cut schistosomiasis, but adult fishermen are missed. Our district health officer supports extending it to the camps.

He's doing well now and stopped by the health centre with a gift of chambo. I ate it with my family.
`,
  },
  {
    id: "fj-free-001",
    setting: "island health centre",
    role: "nurse practitioner",
    text: `
I'm a nurse practitioner on an outer island in the Lau group of Fiji. There is no doctor on the island; the nearest is a boat ride away, and the government ship comes once a month.

During the church's annual fundraising feast in November, an elder of ⟦LOCATION|Mavana village⟧, ⟦NAME|Ratu Semi Tuilau⟧, collapsed after the kava ceremony. He was diaphoretic, with crushing chest pain. My ECG showed anterior ST elevation. I gave aspirin, GTN, morphine and oxygen, and called the medical officer by satellite phone. Thrombolysis was not available on the island. We arranged a medevac by boat, a five-hour trip to ⟦FACILITY_ROOM|Lomaloma Hospital⟧, and then a flight to Suva.

He survived, and on ⟦DATE|Fiji Day⟧ he was back in the village, sitting in the front row at church.

What I learned: the NP on an outer island is everything. I'm the clinician, the public health officer, the pharmacist and the counsellor. The Fiji Ministry of Health's Clinical Guidelines for Nurse Practitioners cover most of what I do, but not a STEMI on an island without a doctor.

Also: kava and NCDs. Diabetes and heart disease are the biggest killers in Fiji. We're starting a wellness programme with the church, beginning with a walking group after Sunday service. The Methodist minister, Rev. Tevita, has agreed to walk at the front.
`,
  },
];
