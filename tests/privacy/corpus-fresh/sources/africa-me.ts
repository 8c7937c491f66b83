import type { SourceItem } from "../../corpus/types.ts";
import { emiratesId } from "../gen.ts";

/** Egypt, Zimbabwe, Nigeria (new settings) and the UAE. */
export const AFRICA_ME: SourceItem[] = [
  { id: "eg-free-001", setting: "internal medicine", role: "intern", text: `
Reflection from my internship year in Cairo. ⟦NAME|Hagga Fatma⟧ came to ⟦FACILITY_ROOM|Kasr Al Ainy, Internal Medicine Department, room 6, bed 3⟧ with hepatic encephalopathy on a background of HCV cirrhosis. She had been treated in the national HCV programme years ago with sofosbuvir and daclatasvir, SVR achieved, but the cirrhosis stayed.

Her son, ⟦NAME|Mahmoud⟧, kept asking why she was confused "when the virus is gone". I explained, badly at first, that curing the virus does not undo the scarring. My assistant lecturer, Dr Heba, showed me how to draw the liver on a napkin: the virus as the fire, cirrhosis as the burnt house.

Lactulose titrated to three soft stools a day, rifaximin 550 mg BD, and she woke up on day three. I want to remember the napkin. The family's number for the follow-up clinic is ⟦PHONE|+20 100 555 7821⟧; I put it on the discharge card myself.
` },
  { id: "eg-what-002", setting: "obstetrics", role: "resident", text: `
**What?** A 24-year-old primigravida at 39 weeks asked me, during a busy night in a university hospital in Alexandria, whether she could have a vaginal birth instead of the caesarean her family had booked. Egypt has one of the highest caesarean rates in the world, above 70% in some surveys.

**So what?** I realised I had never been taught how to counsel for a vaginal birth, only how to consent for a section. The WHO statement on caesarean rates (2015) says rates above about 10–15% at population level do not reduce mortality. My professor, Prof. Abdel-Rahman, was supportive but said the private sector sets expectations.

**Now what?** I have started using the RCOG "Choosing to have a caesarean section" leaflet translated into Arabic, and I will ask our unit to record the reason for every elective section for one month so we can see how many were truly indicated.
` },
  { id: "eg-gibbs-003", setting: "paediatrics", role: "nursing student", text: `
## Description
I cared for ⟦NAME|Youssef Abdel-Aziz⟧, national ID ⟦ID|31807151401239⟧, a six-year-old from ⟦LOCATION|Ezbet Abu Hamad near Tanta⟧, with acute glomerulonephritis after a sore throat. His grandfather, ⟦NAME|Am Saber⟧, sat by the bed with a Quran and a bag of oranges.

## Feelings
I was nervous about the fluid restriction; it felt cruel to refuse a thirsty child.

## Evaluation
Strict fluid balance, daily weights, BP four-hourly, furosemide 1 mg/kg.

## Analysis
Explaining the reason for the restriction to ⟦NAME|Am Saber⟧ made him our ally instead of our opponent. Our clinical tutor, Mrs Amal, said families follow rules they understand.

## Action plan
Prepare a picture chart for fluid restriction for parents who cannot read.
` },
  { id: "eg-comment-004", setting: "emergency department", role: "emergency physician", text: `
Great reflection on caesarean counselling. For anyone working in Egypt, the Ministry of Health and Population launched a national initiative to reduce unnecessary sections in 2023, and there is Arabic material from the Egyptian Society of Obstetrics. In my experience the conversation goes better when the husband is in the room from the start, not brought in at the end.
` },
  { id: "eg-free-005", setting: "dentistry", role: "dental student", text: `
Clinic day in our faculty of dentistry in Mansoura. I did my first pulpotomy on a primary molar under local anaesthetic, with rubber dam, MTA and a stainless steel crown. The child was five, anxious, and the procedure took me fifty minutes instead of the twenty my supervisor, Dr Mona, would need.

The tell-show-do technique worked better than I expected. I let him hold the mirror and "count the teeth" of his mother. Behaviour management is a clinical skill, not a personality trait, and the AAPD guideline (2020) reads almost like a script.

What I would do differently: practise the crown adaptation on typodonts, because that was where I lost twenty minutes and his patience. Next week I have two more pulpotomies booked and I will time each step.
` },
  { id: "eg-what-006", setting: "pharmacy", role: "clinical pharmacist", text: `
**What?** A WhatsApp voice note forwarded to me by a colleague included a prescription photo with ⟦NAME|Mrs Samia Fouad⟧'s name, her address ⟦ADDRESS|14 Shaarawy Street, Dokki, Giza 12311⟧, and a request to change her warfarin dose. INR 4.6.

**So what?** The dose change was right (hold one dose, reduce by 10%), but the channel was wrong. That voice note has probably been forwarded five times. Egypt's Personal Data Protection Law (Law 151 of 2020) treats health data as sensitive.

**Now what?** I answered the clinical question, asked the colleague to delete the photo, and suggested our hospital set up a pharmacist consult number instead. I also wrote to ⟦NAME|Mrs Fouad⟧'s daughter, at ⟦EMAIL|nour.fouad.family@example.com⟧, to confirm the new dose and the INR date.
` },
  { id: "zw-free-007", setting: "HIV clinic", role: "nurse", text: `
I work in an opportunistic infections clinic in Harare. Today ⟦NAME|Gogo Tendai⟧ came in with her grandson ⟦NAME|Tinashe Moyo⟧, fifteen, who has been on dolutegravir-based ART since birth and has a viral load of 12,400 copies after years of suppression. His ID is ⟦ID|63-2281947 K 42⟧ and they live at ⟦ADDRESS|House 4417, Unit L, Seke, Chitungwiza⟧.

Adolescent non-adherence is not mysterious. He is tired of pills and of hiding them from friends at boarding school. We used the Zvandiri model: a Community Adolescent Treatment Supporter his own age. My sister-in-charge, Sister Mukanya, says peers do in a month what we cannot do in a year.

I will follow up his enhanced adherence counselling sessions and repeat the viral load in three months. His gogo asked us to call her on ⟦PHONE|+263 77 555 4190⟧, not him.
` },
  { id: "zw-what-008", setting: "surgery", role: "surgical registrar", text: `
**What?** A man in his forties arrived at a district hospital in Mashonaland East with a sigmoid volvulus, four days of distension. We had no endoscope that week. I did a laparotomy with sigmoid colectomy and a Hartmann's procedure under spinal anaesthesia.

**So what?** In Zimbabwe sigmoid volvulus is common and the standard teaching is that primary anastomosis in unprepared bowel is risky. Reading the COSECSA volvulus paper (2018) again, I think I should have discussed the options with my consultant, Mr Chikwanha, before deciding alone. The outcome was good but the decision was mine in the middle of the night.

**Now what?** I will present the case at our morbidity meeting and propose a simple call-the-consultant list for high-risk emergency bowel surgery. I also want the hospital to keep one sigmoidoscope in the theatre store rather than on loan.
` },
  { id: "zw-gibbs-009", setting: "midwifery", role: "student midwife", text: `
## Description
At ⟦FACILITY_ROOM|Murambinda Mission Hospital maternity waiting home, hut 3⟧ I met ⟦NAME|Rudo⟧, a 17-year-old at 38 weeks who had walked from ⟦LOCATION|Chief Makumbe's village in Buhera⟧ to wait for labour. She gave birth on ⟦DATE|Friday 8 March⟧, a healthy boy, 3.1 kg.

## Feelings
Moved by how calmly she had planned a birth that many older women would fear.

## Evaluation and analysis
Maternity waiting homes reduce the distance problem (WHO, 2016). But ⟦NAME|Rudo⟧ was hungry, because the home only provides firewood, not food.

## Action plan
I am raising the food gap with the matron, Sister Chari, and asking our church partners about a small food fund.
` },
  { id: "zw-comment-010", setting: "community medicine", role: "village health worker trainer", text: `
Food in maternity waiting homes is a known issue across Manicaland and Masvingo. Some districts run gardens at the homes, which helps. The Ministry of Health and Child Care has a guideline on MWHs from 2017 if you want something to cite when you talk to the matron. Good luck, and thank you for noticing.
` },
  { id: "zw-free-011", setting: "mental health", role: "psychologist", text: `
I have been trained as a Friendship Bench supervisor and this week I sat with the lay health workers, the "grandmothers", for their weekly debrief in a township clinic. The model is simple: problem-solving therapy delivered on a wooden bench by trained older women, with the SSQ-14 to screen for common mental disorders.

I was struck by how much they already knew about the people they saw, and how carefully they kept it private. When one grandmother needed advice about a client at risk of suicide, she described the situation without a single name. That is better practice than I see on many hospital wards.

The evidence (Chibanda et al., JAMA, 2016) is strong, but what I took away was the supervision structure: weekly, in a group, with a clear escalation rule to the nurse. I want to copy that for the counsellors in my own service.
` },
  { id: "ng-free-012", setting: "prison health", role: "medical officer", text: `
Reflection from a custodial centre clinic in Lagos. ⟦NAME|Chukwuemeka "Emeka" Nwosu⟧, awaiting trial for four years, inmate number ⟦ID|MSCC/KRK/4417/2020⟧, presented with a foot ulcer and a random glucose of 23 mmol/L. He had never been diagnosed with diabetes.

Prison medicine makes the gaps obvious. We had metformin, but no insulin pen needles, and the only glucometer was mine. His sister, ⟦NAME|Ngozi⟧, brought strips from outside when the warders let her in, and texted me from ⟦PHONE|0803 555 2714⟧.

I learned that "awaiting trial" is itself a health risk. I wrote a letter to the legal aid desk in the centre. The controller's office agreed to keep a supply of strips. The Nigerian Correctional Service Act (2019) gives inmates a right to health care; I had not read it before this month.
` },
  { id: "ng-what-013", setting: "paramedic", role: "EMT", text: `
**What?** Our LASAMBUS crew responded to a crash on the Third Mainland Bridge. A motorcycle passenger had a femoral fracture and a GCS of 12. Traffic meant a forty-minute transfer.

**So what?** We splinted with a traction splint, gave oxygen and fluids and kept him warm. What I reflected on was the crowd: twenty phones filming him on the ground. One video was on Instagram before we reached the hospital.

**Now what?** I now put a sheet up around any patient on the roadside as the first thing after scene safety, before the primary survey if I can. Our team lead, Mr Balogun, wants the agency to issue screens for every ambulance. I also want to write to the state ministry about a simple message on "don't film the injured".
` },
  { id: "ng-gibbs-014", setting: "ophthalmology", role: "optometrist", text: `
## Description
Outreach cataract screening in a Kano LGA. I saw ⟦NAME|Malam Garba Usman⟧, described by everyone as ⟦OTHER|the blind tailor of Tudun Wada who still sews the emir's guards' uniforms by touch⟧. Visual acuity hand movements both eyes, dense cataracts.

## Feelings
Humbled. He threaded a needle for me while we waited.

## Evaluation
He was booked for small-incision cataract surgery. Our ophthalmologist, Dr Aliyu, operates twice a week.

## Analysis
Uptake is low when people fear losing what little sight they have. His confidence came from another patient who had been operated on.

## Action plan
Ask past patients to come to the next outreach and speak. His grandson's phone is ⟦PHONE|0706 555 3382⟧ for the surgery date.
` },
  { id: "ng-free-015", setting: "physiotherapy", role: "physiotherapy intern", text: `
My first month of internship in Ibadan, mostly in the outpatient spine clinic. The most common referral is "low back pain, for physio", and the most common thing I do is reassure.

I used the STarT Back tool for the first time this week. Most patients were low risk, and NICE NG59 (2016) says they need advice and self-management, not ten sessions of interferential therapy. My supervisor, Mrs Adebayo, agreed, but the patients expect machines, and some feel cheated without them.

I think my job is partly to change expectations. I have started explaining pain science with a short story about a smoke alarm, and giving a printed exercise sheet in Yoruba. I will audit how many patients return after the first visit for one month and compare with last year.
` },
  { id: "ng-comment-016", setting: "paramedic", role: "paramedic", text: `
Completely agree about filming. In the ambulance service in Abuja we carry a folding screen now, and it has made a real difference. The NEMSAS protocols (2022) do not mention it, but we added it to our local checklist. Also worth teaching bystanders to call 112 first and film never.
` },
  { id: "ng-what-017", setting: "neonatal", role: "neonatal nurse", text: `
**What?** ⟦NAME|Baby Chiamaka⟧, born at 29 weeks, was in ⟦FACILITY_ROOM|incubator 5 of the SCBU at LUTH⟧. The mother's Instagram page, ⟦OTHER|@chiamaka_warrior_baby⟧, posted photos of the incubator with our monitor, showing the baby's name card and bed label.

**So what?** The mother has a right to share her own baby's story. My problem was that two other babies were visible in the background, with their name cards. I felt torn between kindness and my duty to those other families.

**Now what?** I spoke to her gently and she cropped the photos. Our matron, Mrs Okonkwo, has put up a sign about photographs in the unit. I now check the background before I let any parent take a photo.
` },
  { id: "ae-free-018", setting: "occupational health", role: "occupational physician", text: `
Heat illness season in Dubai. I saw a 31-year-old construction worker from Kerala in our clinic for workers' health with exertional heat illness: core temperature 39.8, confused, not sweating. We cooled him with ice-water immersion and he recovered.

The midday break rule (12:30 to 15:00, June to September) exists, but his site started at 05:00 and finished late, and his water was warm by 10 a.m. The ILO heat stress guidance (2019) suggests acclimatisation over 7–14 days; he had arrived nine days before.

I do not want to write a reflection that blames the worker or the employer only. I will ask my supervising physician, Dr Al Mansoori, if we can run a short workshop for site supervisors on acclimatisation schedules and on recognising confusion early.
` },
  { id: "ae-what-019", setting: "cardiology", role: "cardiac physiologist", text: `
**What?** Device clinic at ⟦FACILITY_ROOM|Rashid Hospital⟧. ⟦NAME|Mr Abdulla Saeed Al Ketbi⟧, Emirates ID ⟦ID|${emiratesId("784-1951-3307214")}⟧, came for a pacemaker check. His dual-chamber device, serial ⟦DEVICE|PJN718253S⟧, showed a battery at elective replacement indicator.

**So what?** We had missed a remote transmission three months ago because the home monitor had been unplugged to charge a phone. The data were there; nobody looked.

**Now what?** I have set up a weekly "silent monitor" list. His son gave his mobile, ⟦PHONE|+971 50 555 2184⟧, for the generator replacement booking. My supervisor, Ms Priya, agreed to add a check of disconnected monitors to our Monday huddle.
` },
  { id: "ae-gibbs-020", setting: "telemedicine", role: "general practitioner", text: `
## Description
A video consultation with a mother whose child had a fever of 38.5 and a rash. The call dropped twice.

## Feelings
Uneasy about assessing a rash through a phone camera.

## Evaluation
The DHA telehealth standards (2021) allow remote assessment but say to escalate when examination is essential. I asked her to do the glass test and to go to an urgent care centre. It was viral.

## Analysis
My unease was right, and the escalation was not a failure. But I realised I had no way to know she went.

## Action plan
Add a follow-up call within four hours for every rash in a child. Discuss with our medical director, Dr Fatima, whether the platform can send a reminder.
` },
  { id: "ae-free-021", setting: "dialysis", role: "dialysis nurse", text: `
I want to write about ⟦NAME|Auntie Rosa⟧ (⟦NAME|Rosario Mendoza⟧), a Filipina domestic worker who has been in our haemodialysis unit three times a week since March. She lives in her employer's villa, ⟦ADDRESS|Villa 12, Street 23b, Al Barsha 2, Dubai⟧, and her access is a left brachiocephalic fistula.

Her residency visa depends on her job, her job depends on her health, and her health depends on missing no sessions. Twice she came late because her employer's driver was busy.

I asked our social worker, Ms Hind, about transport support. She found a charity that provides rides. ⟦NAME|Rosa⟧ cried in the chair and then laughed at herself. I am reflecting on how little of kidney care happens in the unit.
` },
  { id: "ae-comment-022", setting: "dialysis", role: "nephrologist", text: `
Thank you for this. Transport is the single biggest reason for missed sessions in our unit too. We now ask about transport at the first session, using a short social checklist adapted from the KDIGO guidance (2020) on patient-centred care. The charities in the Emirates are generous, but you have to know whom to ask.
` },
  { id: "ae-what-023", setting: "refugee clinic", role: "volunteer doctor", text: `
**What?** At a humanitarian clinic for displaced families, a woman asked me for "a tablet to sleep". She had fled the war in Sudan with three children and had not slept more than three hours a night since.

**So what?** The mhGAP Intervention Guide (WHO, 2016) steers away from benzodiazepines and towards psychoeducation, sleep hygiene and problem management. It felt thin in front of her. What helped was listening for twenty minutes, and then teaching a breathing exercise that she then taught her eldest.

**Now what?** I have completed the Problem Management Plus training and will offer it weekly. I will also ask Dr Osman, our clinic lead, about a referral route to a psychiatrist for the most severe cases.
` },
  { id: "eg-free-024", setting: "radiology", role: "radiology resident", text: `
The teaching file that nearly leaked. I exported a CT for a case presentation and forgot that the DICOM header carried ⟦NAME|Sayed Mohamed Khalil⟧, his date of birth ⟦DATE|03/11/1931⟧ and the hospital PACS address, ⟦IP|10.44.187.23⟧. The slides were uploaded to a shared drive at ⟦URL|https://drive.example.com/d/1Kx9khalil-ct-teaching⟧.

My consultant, Prof. Nabil, spotted it before the session. We removed the file and checked the access log: nobody outside the department had opened it.

I now anonymise with a DICOM tool before exporting anything, and I check the header, the burnt-in annotations and the file name. The RSNA CTP anonymiser is free and our IT department installed it the same week.
` },
  { id: "zw-what-025", setting: "TB ward", role: "medical student", text: `
**What?** On my TB rotation I met a miner in his fifties with silicotuberculosis, breathless at rest. He had worked underground for twenty years in the small-scale gold sector.

**So what?** Silica exposure multiplies TB risk, and the WHO guidance on TB in mining communities (2019) recommends screening, yet he had never had a chest X-ray before this illness. He felt his lungs were "the price of gold".

**Now what?** I want to learn more about occupational TB and I will ask Dr Mutasa, our chest physician, if I can join the mine outreach team during my next elective block. I also read the Southern Africa TB in the Mining Sector initiative report.
` },
  { id: "ng-free-026", setting: "geriatrics", role: "house officer", text: `
Ward round reflection. ⟦NAME|Pa Ezekiel Adeyinka⟧, ⟦AGE|a 93-year-old⟧ retired headmaster, was admitted to ⟦FACILITY_ROOM|the male medical ward at UCH Ibadan, bed 22⟧ with a stroke. His family kept asking us to "do everything", including a tracheostomy he would have hated.

My consultant, Prof. Ogunniyi, led a family meeting. The eldest daughter, ⟦NAME|Mrs Folake Adeyinka-Bello⟧, finally said what he had told her years ago: no machines. We agreed on comfort-focused care.

I am reflecting on how long it took us to ask the family what he wanted, rather than what they wanted. Next time I will ask the "what would he say" question on day one.
` },
];
