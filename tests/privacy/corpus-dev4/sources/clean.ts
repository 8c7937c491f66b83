import type { SourceItem } from "../../corpus/types.ts";

/**
 * Clean items: no patient identifier, but dense with what a naive detector flags, in voices the other corpora lack
 * (paramedics, midwives, pharmacists, dental and physiotherapy students): stations, call signs and helicopters; device
 * models, lot and batch numbers, tooth numbers and dental chairs; the writer's own small placement town, commute,
 * rare job in a small place, birthday and exam dates; percentages that look like ages; named preceptors and elders.
 */
export const CLEAN: SourceItem[] = [
  { id: "ke-free-301", setting: "prehospital", role: "paramedic", text: `
# First month on the ambulance in Nakuru

I joined the crew at Station 4 on 2 September, the day after my 27th birthday. Our vehicle is call sign Alpha 12, an old Land Cruiser with a Lifepak 15 that beeps like a goat. My mentor is Paramedic Njeri Wambui, who has done this job for eleven years. We cover the highway from Salgaa to Molo, and I learned more about pelvic binders in four weeks than in two years of college.

On Mashujaa Day (20 October) we did a joint drill with the Kenya Red Cross at Afraha Stadium. My dad still calls me "daktari" even though I keep telling him I am not one.
` },
  { id: "ph-free-302", setting: "midwifery education", role: "midwifery student", text: `
# Return demo week

I am a fourth-year midwifery student from Batch 2022 of our college in Iloilo. Our Clinical Instructor, Ma'am Rosario Dela Cruz, says a good midwife counts with her hands first and her watch second. This week we reviewed Leopold's maneuvers, the Bishop score and Naegele's rule before our return demo on 18 November.

My groupmates Kristine and Paolo practised on the birthing simulator, which we call "Ate Noelle" because she has delivered more babies than all of us. I am 20 and still nervous, but after Simbang Gabi starts on 16 December I will be on the night rota at the Rural Health Unit of our municipality, and my Lola already promised to pray for me every morning.
` },
  { id: "eg-gibbs-303", setting: "pharmacy", role: "pharmacy intern", text: `
**Description:** In my training at the pharmacy of Ain Shams University Hospitals, Dr. Mona Fathy our preceptor ask me to check a prescription of warfarin 5 mg with Augmentin 1 g.

**Feelings:** I was afraid because the INR target is 2–3 and I forget the interaction.

**Evaluation:** Dr. Mona explain me that amoxicillin-clavulanate can raise the INR.

**Analysis:** In Egypt many patient buy antibiotics without prescription from any pharmacy in the street, so the pharmacist is the last line.

**Conclusion:** I must know interactions by heart, not by Lexicomp only.

**Action plan:** I will finish the Clinical Pharmacy Diploma before Sham el-Nessim on 21 April and make one interaction table every week with my colleague Dr. Omar Hegazy.
` },
  { id: "br-what-304", setting: "physiotherapy", role: "physiotherapy student", text: `
**What?** In my internship at the physiotherapy clinic of UNIFESP in São Paulo, my supervisor, Profa. Juliana Mendes, asked me to assess a man after ACL reconstruction. I did Lachman, anterior drawer and the Oxford scale (quadriceps 3/5).

**So what?** I forgot the Thomas test and the Ober test, and she reminded me that a hip flexor contracture changes everything.

**Now what?** I will review Kendall's muscle testing book before the OSCE on 5 December, and I will practise with my colleague Thiago every Tuesday at the gym near Ibirapuera park. I am 23, from Campinas, and I take the yellow line of the metro to Paulista every morning.
` },
  { id: "ca-free-305", setting: "prehospital", role: "primary care paramedic", text: `
# Winter on Highway 11

I have been a primary care paramedic for six years, based at the station in Cochrane, Ontario. Winter shifts mean long transports south to Timmins on Highway 11, and in January the Ornge helicopter cannot always fly.

This week our service ran a hypothermia refresher led by Dr. Marc Gagnon from the Northern Ontario School of Medicine. We practised the Swiss staging system and reviewed the 2019 Wilderness Medical Society guidelines. My partner, Jean-Luc, brought his grandmother's tourtière for the potluck on the 22nd, which was also my 35th birthday. I am proud of our crew, Medic 3-1, and of the way we look after each other after a bad call.
` },
  { id: "nz-what-306", setting: "dentistry", role: "dental student", text: `
**What?** On my first day in the undergraduate clinic at the Otago dental school, my tutor, Dr Aroha Ngata, watched me place a Class II composite on tooth 36.

**So what?** I was so focused on the matrix band that I forgot to check the occlusion with articulating paper, and the restoration was high. She showed me how to read the contact marks on 36 and 26, and told me that Black's classification still matters.

**Now what?** I will practise on the typodonts in Lab 2 before our restorative assessment on 14 March. I grew up in Gisborne, I am the first in my whānau to study dentistry, and I ring my Nan every Sunday night to tell her about it.
` },
  { id: "ie-comment-307", setting: "ward nursing", role: "staff nurse", text: `
Great post Siobhán. I did my first year in the Mater and we had the exact same problem with the IV trolley on St Brigid's ward, nothing ever restocked after the night. Our CNM brought in a checklist from the HSE's national programme and it fixed it in a month. Ring me before the INMO conference in Killarney on 8 May and I'll send it on. — Aoife, staff nurse
` },
  { id: "us-free-308", setting: "community pharmacy", role: "pharmacist", text: `
# Why I stayed in Sac County

Twelve years ago I bought the only independent pharmacy in our town from Mr. Hal Jorgensen, who had run it since 1979. People told me a PharmD from the University of Iowa should go to Des Moines. I am 41 now, and I still open at 7 a.m. every weekday.

Last month I gave flu shots at the county fair, hosted the 4-H kids for a tour, and spoke at the Iowa Pharmacy Association meeting on 12 September about rural naloxone access. My kids grew up behind the counter counting lisinopril 10 mg tablets. On Saturdays I drive out along County Road D15 to deliver refills to the farms, and I would not trade it for anything.
` },
  { id: "ke-what-309", setting: "community health", role: "clinical officer student", text: `
**What?** During community health week at KMTC Kisumu, our lecturer Mr Otieno Ouma took us to a school health day. We screened 140 pupils for vision and dental caries.

**So what?** I learned that a Snellen chart at 6/6 means nothing if the child cannot read the letters, so we used the tumbling E chart.

**Now what?** I will present our findings at the county health forum on 25 November at the Kisumu Hotel. I am 24, from Kakamega, and I ride a boda boda from Nyalenda to campus every morning. Ms Akinyi Odhiambo from the county health department said she will share our data with the school health programme.
` },
  { id: "ph-comment-310", setting: "delivery room", role: "nursing student", text: `
grabe this post!! same tayo sis, first time ko rin mag-IE sa DR nung duty namin sa PGH last wk. our CI ma'am Santos was so patient hahaha. kaya natin to!! review tayo sa lib on sat for the NLE (nov 23-24), then Jollibee after 😂 my mama says she will light a candle at Quiapo for all of us. see u there mga future RN - Bea, BSN 4
` },
  { id: "eg-free-311", setting: "oral surgery", role: "dental student", text: `
# My first extraction

I am a fifth-year student at the Faculty of Dentistry, Cairo University, and on Sunday 9 March I extracted my first tooth, a lower left first molar (36), under the supervision of Dr. Heba Abdel-Rahman. I gave an inferior alveolar nerve block with lidocaine 2% with adrenaline 1:80,000 and counted my cartridges twice.

My hands were shaking, and Dr. Heba put her hand on my shoulder and said that even the famous professors shook the first time. After the clinic my friends took me to eat koshary at Abou Tarek in Downtown. I am 22 and my father, who is a dentist in Mansoura, called me three times that evening.
` },
  { id: "br-free-312", setting: "family health", role: "nursing resident", text: `
# A day with the community health agents

In my residency in family health I spend Tuesdays with the community health agents of the UBS where I am placed, in the east zone of São Paulo. Our preceptor, Enfermeira Cláudia Ribeiro, says the agents know the territory better than any map. We walked for four hours, and I learned how the Bolsa Família conditions connect to vaccination cards.

On the way back we passed the samba school rehearsing for Carnaval, which is on 3 March this year. I am 26, I come from Recife, and I live with two other residents near the Tatuapé metro station. Next month I will present a case on tuberculosis adherence at the residency seminar on 14 April.
` },
  { id: "ca-gibbs-313", setting: "midwifery", role: "midwife", text: `
**Description:** At the Association of Ontario Midwives conference in Toronto on 3 June, I presented our practice's audit of postpartum haemorrhage.

**Feelings:** I was terrified; I am a new registrant and the room held midwives who have practised for thirty years, including Elder midwife Carol Whiteduck, who opened the day with a smudge.

**Evaluation:** The questions were kind.

**Analysis:** Our audit used the SOGC 2022 guideline and found that we gave oxytocin within one minute in 91% of births, and that 94 of 103 women had their blood loss measured rather than estimated.

**Conclusion:** Presenting made me understand our own data.

**Action plan:** I will repeat the audit in 2027 with my colleague Maggie Labelle.
` },
  { id: "nz-free-314", setting: "rural physiotherapy", role: "physiotherapy student", text: `
# Rural placement on the East Coast

My final physiotherapy placement was six weeks at the rural health centre in Ruatoria. My supervisor, Hemi Walker, drove a Hilux with 300,000 km on it and a Theraband collection older than me. We saw people for falls prevention using the Otago Exercise Programme and the Berg Balance Scale, and I learned that a home visit can take two hours when the road is gravel.

On Waitangi Day we went to the celebrations at the marae where Hemi's family is from. I am 22, grew up in Christchurch, and had never been north of Gisborne before. I want to come back after graduation on 12 December.
` },
  { id: "ie-what-315", setting: "prehospital", role: "paramedic student", text: `
**What?** On my observer shift with the National Ambulance Service out of Castlebar station, we worked with Rescue 118, the Coast Guard helicopter, for a walker who had fallen on Croagh Patrick. I mostly watched.

**So what?** Advanced Paramedic Declan Moran showed me how the crew hands over using IMIST-AMBO, and how the winchman, Ciarán, packaged the patient in the stretcher.

**Now what?** I will practise IMIST-AMBO handovers with my classmates before the NQEMT exam on 21 February. I am 29, I left a job in Dublin to do this, and my mam still cannot believe I like night shifts.
` },
  { id: "us-gibbs-316", setting: "prehospital", role: "EMT", text: `
**Description:** Our volunteer fire and EMS department in Lyon County held its annual mass-casualty drill on 14 June at the fairgrounds, with the Highway Patrol and the Life Star helicopter.

**Feelings:** As a new EMT-B I felt useless at first.

**Evaluation:** START triage worked; our radio traffic did not.

**Analysis:** Chief Dale Hoskins said we had three channels and no one listening on the right one.

**Conclusion:** I need to know the radio as well as the tourniquet.

**Action plan:** I will practise with the Motorola XTS 2500 radios and the ICS-201 form before the next drill, and ride along with Medic 41 twice a month. I'm 19 and still live on my folks' farm outside Emporia.
` },
  { id: "ke-gibbs-317", setting: "pharmacy", role: "pharmacy intern", text: `
**Description:** During my internship at the pharmacy of Moi Teaching and Referral Hospital in Eldoret, Dr Cheruiyot, our chief pharmacist, showed me the stock card for artemether-lumefantrine, batch AL2409-117, expiry 03/2026.

**Feelings:** I was surprised how much paperwork a single carton needs.

**Evaluation:** We found three cartons of a recalled batch of oxytocin, lot OX-23-0918, still on the shelf.

**Analysis:** The recall notice came by email on 4 August and nobody forwarded it.

**Conclusion:** A recall is only as good as the last person who reads it.

**Action plan:** I made a WhatsApp group for our pharmacy team called "Pharmacy Recalls" and I will check the regulator's website every Monday.
` },
  { id: "ph-gibbs-318", setting: "medical mission", role: "pharmacist", text: `
**Description:** Last month I joined the medical mission of our parish in a far barangay in Samar together with Dr. Ramon Villanueva and the Knights of Columbus. I handled the pharmacy table.

**Feelings:** I was overwhelmed because 300 people came and we had only one box of paracetamol syrup for kids.

**Evaluation:** We ran out by 11:00 AM.

**Analysis:** We did not do a needs assessment with the barangay health worker before.

**Conclusion:** Planning is also part of pharmacy care.

**Action plan:** For the next mission on 12 October, I will coordinate with the Rural Health Unit two weeks before. I am 31, a registered pharmacist since 2016, and I still live with my parents in Tacloban.
` },
  { id: "eg-comment-319", setting: "emergency", role: "intern", text: `
Very nice reflection doctor. Same thing happen with me in Kasr El Aini emergency in my internship, the seniors always shouting. My advice: attend the ACLS course of the Egyptian Resuscitation Council, next one is 15 to 17 February in Nasr City. Dr. Tarek Shawky is best instructor, he make it easy. Good luck and don't forget to sleep ya doctor!
` },
  { id: "br-comment-320", setting: "emergency", role: "medical student", text: `
mano que post bom!! fiz estágio na UPA da zona norte ano passado e era igualzinho, plantão de 24h e só dois médicos. my english is bad sorry lol. the preceptor dra. Fernanda always said "ABC first, paperwork after". vou fazer a prova da residência dia 10/11, torce por mim 🙏 — Lucas, 6º ano
` },
  { id: "ca-what-321", setting: "pharmacy", role: "pharmacy student", text: `
**What?** On my rotation with the hospital pharmacy in Iqaluit, I learned that medication orders for the small communities go out on the scheduled Canadian North flight. My preceptor, Pharmacist Lisa Kilabuk, showed me how the Non-Insured Health Benefits program covers most of them.

**So what?** A missed flight can mean a missed week of insulin, so she plans two weeks ahead.

**Now what?** I will present our shipment audit at the Canadian Society of Hospital Pharmacists meeting in Ottawa on 30 January. I am 25 and from Halifax, and I had never seen the sun set at 2 pm before this placement.
` },
  { id: "us-what-322", setting: "dental outreach", role: "dental student", text: `
**What?** Our dental school's free clinic ran on 7–8 June at the county fairgrounds in Wise, Virginia. I worked at Chair 14 with Dr. Beth Ramsey, and we extracted over forty teeth in two days, mostly molars 3, 14, 19 and 30 in the Universal numbering system.

**So what?** Many patients had driven four hours and slept in their trucks.

**Now what?** I will join the Remote Area Medical volunteers again next year and present our numbers at our school's research day on 10 October. I'm 24, from Richmond, and my grandad, a retired coal miner, was proud when I told him.
` },
];
