import type { SourceItem } from "../../corpus/types.ts";
import { ohip, saId } from "../../corpus/gen.ts";
import { cpf } from "../gen.ts";

/** Kenya, Ghana, South Africa, Canada and Brazil. */
export const AFRICA_AMERICAS: readonly SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "general surgery ward round",
    role: "surgical registrar",
    text: `Post-take ward round, Sunday. ⟦NAME|Mzee Kiptoo arap Langat⟧ had been admitted overnight to ⟦FACILITY_ROOM|Ward 5D, bed 18, Kenyatta National Hospital⟧ with a sigmoid volvulus, his third episode. He is a retired tea farmer from ⟦LOCATION|Kapkatet⟧ and had travelled overnight in a matatu. His SHA number, ⟦ID|CR-4471902-6⟧, was written on a scrap of paper in his coat pocket, and the records clerk could not find him on the system.

We decompressed him with a rigid sigmoidoscope and a flatus tube, which worked, and the plan was an elective sigmoid colectomy on the same admission, because the recurrence rate after decompression alone is high. But theatre time is scarce, and his son ⟦NAME|Kibet⟧, who called from ⟦PHONE|0722 555 093⟧, wanted to know why we could not "just do it today".

I explained the elective list, the waiting, the risk of another twist. He was polite and unconvinced.

What I keep thinking about: our elective list has a backlog of months. Emergency surgery has better outcomes for us, the surgeons, than a patient waiting in a bed for a slot. My consultant, Dr. Wanjiru Mbugua, pushed to get him on the Thursday list, and he had his resection with a primary anastomosis. He went home on day six.`,
  },
  {
    id: "ke-what-002",
    setting: "ophthalmology outreach",
    role: "ophthalmic clinical officer",
    text: `What: a week of trachoma trichiasis surgery in a dry county in northern Kenya, with a team from the national eye programme. Trichiasis is when the eyelashes turn in and scratch the cornea, and for many older women it means years of pain and then blindness. We did 93 bilateral tarsal rotations (the BLTR technique) under local anaesthesia in five days.

So what: the SAFE strategy — Surgery, Antibiotics, Facial cleanliness, Environmental improvement — has been the WHO approach since the 1990s. Azithromycin mass drug administration and clean faces are the prevention; surgery is the repair. I am trained as an ophthalmic clinical officer, and this surgery is one of the things Kenya has trusted OCOs to do for a long time.

What I reflected on: the women in the queue. Many had walked for hours. Some had been operated on before and had recurrence. One told me she had plucked her lashes with tweezers for ten years.

Now what: I need to get better at recurrence. My supervisor, Dr. Otieno, watched my technique and said my incisions were too short. We reviewed the 2015 WHO trichiasis surgery manual together in the evening under a solar lamp. I will ask to do a refresher course in Nairobi before the next campaign in the short rains.`,
  },
  {
    id: "ke-comment-003",
    setting: "peer comment",
    role: "surgical resident",
    text: `Thanks for sharing this. I saw ⟦NAME|Mzee Langat⟧ on the Thursday list and he kept asking about his cows. The backlog point is real — we had three volvulus patients waiting the same week. Maybe we can bring this to the department audit meeting and ask for one protected emergency-elective slot every Thursday. Happy to help collect the numbers.`,
  },
  {
    id: "gh-free-001",
    setting: "paediatric surgery clinic",
    role: "paediatric surgery resident",
    text: `Paediatric surgery clinic this morning. A mother brought in her son, ⟦NAME|Kwame Asante⟧, aged three, with an undescended testis that had been noted at birth and "forgotten". He was born at home in ⟦LOCATION|Abetifi⟧ on ⟦DATE|Christmas Day⟧ and registered late. His folder number at ⟦FACILITY_ROOM|Komfo Anokye Teaching Hospital⟧ is ⟦ID|KATH-PS-2023-4418⟧. The mother, ⟦NAME|Akosua Asante⟧, sells kenkey and closed her stall for the day to come.

The European guidelines say orchidopexy should be done between 6 and 12 months; he is well past that. Risk of infertility and malignancy increases with delay. I explained it as carefully as I could, in Twi, with the help of our nurse, Sister Efua.

She asked a question I did not expect: "Will he still be able to have children?" I gave her the honest answer, that he probably will, but the delay makes it less certain.

Our consultant, Dr. Kwabena Owusu, says we see these late orchidopexies all the time because the newborn check is not always done, especially for home births. We booked the operation for the next list. I want to put a short checklist for the newborn examination in the child health record book, because the testes are easy to forget.`,
  },
  {
    id: "gh-gibbs-002",
    setting: "anaesthesia shortage",
    role: "nurse anaesthetist",
    text: `Description: Monday list in a regional hospital. Two theatres, one anaesthesia machine that works properly, one nurse anaesthetist (me) and one physician anaesthetist covering both. Seven cases, including two caesareans and a hernia in a child.

Feelings: I felt stretched and a bit proud. Ghana's surgical care depends on certified registered anaesthetists like me. There are not many physician anaesthetists outside Accra and Kumasi.

Evaluation: we did all seven cases safely. Ketamine for the child, spinals for the caesareans, a GA with halothane for an adult laparotomy because we had no sevoflurane. Halothane is old (it was introduced in 1956) and people outside Africa are often surprised we still use it.

Analysis: the Lancet Commission on Global Surgery (2015) talked about the "specialist surgical workforce", and nurse anaesthetists are part of that workforce, even when the numbers only count physicians. My supervisor, Dr. Ama Boateng, says that we should never apologise for being the majority of the workforce.

Conclusion: I want to be counted, and I want my training to be recognised properly.

Action plan: I have joined the national association of nurse anaesthetists and I am going to present our halothane audit at the next conference. I also want to take the WFSA SAFE course if a place comes up.`,
  },
  {
    id: "gh-free-003",
    setting: "burns contracture family",
    role: "plastic surgery registrar",
    text: `The waiting area outside our burns and plastics unit is always full of families, and it is where I learn the most. ⟦NAME|Maame Yaa Serwaa⟧, the grandmother of a little girl with a scald contracture, sat there for six hours on Thursday. Her granddaughter ⟦NAME|Abena⟧ had her release and graft that morning. ⟦NAME|Maame Yaa⟧'s phone was dead, so she used mine to call the mother on ⟦PHONE|024 555 0179⟧.

I thought about how much of surgical care happens in corridors. The grandmother had brought food for three days, a cloth for the floor and a radio. The nurses know her by name now.

Clinically: Z-plasties and a full-thickness graft from the groin. The graft looked pink on day five. The girl complained about the splint and wanted to go home.

Reflection: we measure graft take and range of movement. We do not measure how many days families lose from work, or how many grandmothers sleep on corridor floors. I would like to do a small survey of families in the waiting area, with the help of our social worker, Mr. Nii Armah, and present it at the department meeting.`,
  },
  {
    id: "za-free-001",
    setting: "trauma surgery",
    role: "trauma surgery registrar",
    text: `Friday night trauma in Soweto is a different planet. Stab wounds, gunshots, pedestrian vehicle accidents, assaults. At 23:50 we received ⟦NAME|Sipho Dlamini⟧, 24, with a stab wound to the left chest, ID number ⟦ID|${saId("000412561308")}⟧ on the ambulance sheet, and took him to ⟦FACILITY_ROOM|Resus bay 3 at Chris Hani Baragwanath⟧. A tension pneumothorax was decompressed in the ambulance. In resus he became hypotensive again and the eFAST showed pericardial fluid.

He went to theatre for a sternotomy. A small right ventricular laceration was repaired by our consultant, Dr. Nomvula Khumalo, in under fifteen minutes. He survived.

His girlfriend, ⟦NAME|Thandeka⟧, arrived at 2 am and waited in the corridor. When I came out to speak to her, she said she had already heard from his friends that he had died. The rumours had reached his family before the news from us did.

What I'm learning: in high-volume trauma, the surgery is sometimes easier than the communication. We have a family room but no one staffing it at night. I am raising with the unit whether a nurse or a trained volunteer could be the first contact for families in the early hours, so that the first word they hear is from us, not from the street.`,
  },
  {
    id: "za-what-002",
    setting: "orthopaedics TB spine",
    role: "orthopaedic registrar",
    text: `What: a 31-year-old man with HIV, on antiretrovirals, presented with progressive leg weakness. MRI showed spinal TB at T10–T11 with an epidural abscess. We did an anterior decompression and fusion. He walked out three weeks later with a frame.

So what: in South Africa, spinal TB and HIV are so common together that our unit has a separate weekly meeting for spinal infection. Rifampicin, isoniazid, pyrazinamide and ethambutol for the first two months, then nine or ten months of rifampicin and isoniazid. Drug interactions with dolutegravir need dose adjustment, and I needed the pharmacist, Ms. Zanele Mokoena, to explain it to me twice.

Surgery for spinal TB is about decompression and stability. The Medical Research Council trials from the 1970s and 80s showed chemotherapy alone works for many patients. We operate for neurological deficit, instability or failure of treatment.

Now what: I want to present a series of our cases at the South African Orthopaedic Association congress. My consultant, Prof. Dunn, has agreed to supervise. I also want to understand HIV better; the orthopaedic trainees in this country are almost infectious disease doctors, whether we like it or not.`,
  },
  {
    id: "za-comment-003",
    setting: "peer comment",
    role: "trauma nurse",
    text: `This is so true. Night families hear things from WhatsApp long before they hear from us. We tried a "first contact" nurse for a month in 2022 and it helped, but staffing ran out. If you raise it again, please include the nursing managers early. I will support it. — Sister Mahlangu, trauma unit`,
  },
  {
    id: "ca-free-001",
    setting: "orthopaedic joint replacement",
    role: "orthopaedic surgery resident",
    text: `Total knee replacement follow-up clinic in Ontario. ⟦NAME|Mrs. Margaret Sinclair⟧, health card ⟦ID|${ohip("4827-301-95")}⟧, came for her six-week check after her right TKA on ⟦DATE|November 4⟧. Her knee looked great: flexion to 105, no effusion, incision healed. She was not happy at all.

She told me that for six weeks nobody had told her the physiotherapy referral needed to be booked by her, not by us. She had emailed the clinic twice from ⟦EMAIL|maggie.sinclair.pottery@sympatico.ca⟧ and got automated replies. She had done her exercises from a YouTube video instead.

Honestly, her outcome was fine, and part of me wanted to say "but your knee is great". I did not. I listened.

What I'm reflecting on: "patient-reported outcomes" after arthroplasty are about more than the Oxford Knee Score. They include whether someone felt looked after. She got a good knee and a bad experience, and the bad experience is what she will tell her friends.

I've brought this up with our clinic manager and the attending, Dr. Fitzgerald. We're changing the discharge sheet so that the physio booking step is in bold at the top, with a phone number. It is a tiny fix for something that had been frustrating people for years.`,
  },
  {
    id: "ca-gibbs-002",
    setting: "neurosurgery residency",
    role: "neurosurgery resident",
    text: `Description: first night as the senior neurosurgery resident on call in Montreal. Five consults: a chronic subdural, a pituitary apoplexy, a cauda equina syndrome, a traumatic brain injury from a skiing accident, and an elderly woman with a glioblastoma who had a seizure.

Feelings: oddly calm. Then, at 4 am, not calm at all.

Evaluation: the cauda equina was the important call. Urinary retention of 800 mL, saddle anaesthesia, a large L4–L5 disc on MRI. I called my staff, Dr. Gagnon, who agreed to operate first thing. I worried afterwards that we should have gone overnight.

Analysis: the evidence on timing in cauda equina syndrome is messy. Most surgeons aim for within 48 hours, some say earlier is better, and the 2018 British guidance suggests operating as soon as possible. I had read papers on both sides and in the middle of the night they did not help me much.

Conclusion: I need a framework for these decisions that I can apply when tired.

Action plan: discuss with Dr. Gagnon at our weekly teaching, and read the systematic review he recommended. Also, eat dinner before call, not at 4 am from the vending machine. My partner, Élise, packed me soup for next time.`,
  },
  {
    id: "ca-free-003",
    setting: "remote surgical follow-up",
    role: "nurse practitioner",
    text: `I work at a nursing station in a fly-in community in northern Manitoba. Surgical follow-up here means a Telehealth cart and a lot of phone calls to Winnipeg.

Last week I did the post-op check for a man who'd had a below-knee amputation for diabetic foot sepsis. He is ⟦OTHER|the only trapper still running a line past the north end of Island Lake⟧, and everyone knows him. His stump looked clean, and the surgeon in Winnipeg, Dr. Olsen, reviewed it over video.

His grandson ⟦NAME|Tyler⟧ came with him, translating from Oji-Cree. His registration number for the band office, ⟦ID|2750183401⟧, is also his ID for medical travel, which is how he gets flights to the city. The clerk in Winnipeg had it wrong on the flight booking, and he almost missed his surgery date. It took three calls from me to sort out.

My reflection: the surgery is not the hardest part for our patients; getting there is. Medical travel, escorts, the housing in Winnipeg. The diabetic foot team does great work, but prevention is here, in the community, with the foot checks I am supposed to be doing every three months and sometimes don't have time for.

I've started a monthly foot clinic with the community health rep. We saw nine people the first day.`,
  },
  {
    id: "br-free-001",
    setting: "general surgery bariatric",
    role: "surgery resident",
    text: `Ambulatório de cirurgia bariátrica, São Paulo. I'm writing in English for my exchange portfolio. ⟦NAME|Dona Maria das Graças Ferreira⟧ came for her one-year follow-up after a Roux-en-Y gastric bypass done on ⟦DATE|15 de março⟧. CPF ⟦ID|${cpf("318.457.926")}⟧. She has lost 42 kg and her diabetes is in remission, HbA1c 5.6%.

But she cried in the consultation. She said her husband ⟦NAME|Seu Antônio⟧ does not recognise her, her sisters say she looks ill, and she has excess skin on her abdomen and arms that she hides under long sleeves in 35 degrees. She lives at ⟦ADDRESS|Rua das Acácias, 212, Jardim Brasil, 02227-080⟧ and takes two buses to the clinic.

The SUS covers the bypass. The plastic surgery to remove the skin has a waiting list of years.

What I'm reflecting on: in bariatric surgery we measure weight loss, BMI, comorbidity remission. We rarely measure body image, and the psychology review is often done only before surgery. My preceptor, Dr. Ricardo Tavares, says the psychological follow-up should be as long as the nutritional follow-up, and I agree.

I referred her to the psychology team and to the plastic surgery list. I also want to propose a support group for post-bariatric patients in our clinic.`,
  },
  {
    id: "br-what-002",
    setting: "hand surgery",
    role: "medical student",
    text: `O quê? / What? My first week in the hand surgery outpatient clinic in Porto Alegre. Mostly flexor tendon injuries from kitchen knives and broken glass, carpal tunnel syndrome, trigger fingers, and Dupuytren's contracture in older men of European descent.

So what? Hand surgery is a world of its own. Kleinert, Kessler, Zone II "no man's land" — I had read the names but never seen a repair. Dr. Camila Rocha showed me a four-strand core suture under loupes, and how the patient was asked to move the finger during a WALANT procedure (wide awake, local anaesthetic, no tourniquet) so she could check the repair. The patient chatted with us about football the whole time.

The Finkelstein test for De Quervain's tenosynovitis, Phalen's and Tinel's signs for carpal tunnel, Froment's sign for ulnar nerve palsy. I practised all of them on my classmates.

What's next? I want to learn the anatomy properly. Dr. Rocha gave me a copy of Green's Operative Hand Surgery to borrow, which weighs about the same as a small child. I also want to follow up a tendon repair patient through the entire rehabilitation with the hand therapists, because I think that is where the real result is made.`,
  },
  {
    id: "br-free-003",
    setting: "ophthalmology retinal detachment",
    role: "ophthalmology resident",
    text: `Plantão de oftalmologia, Recife. A retinal detachment at 3 am. ⟦NAME|Sr. João Batista Nascimento⟧, a fisherman, came with a macula-on detachment in his right eye, flashes and a curtain for two days. His daughter had found our service through the hospital's Instagram and sent a message from her account, ⟦OTHER|@julia.nascimento.pe⟧, with a photo of his referral letter, CPF ⟦ID|${cpf("742.613.085")}⟧ clearly visible.

We did a pneumatic retinopexy the next morning, with SF6 gas, and positioned him face-down. The positioning was the hard part. He needed to stay head-down for a week and said he could not because he had to go fishing. We negotiated.

What I learned: the urgency of macula-on detachment is something we teach well. What we do not teach well is how to make a gas bubble compatible with a life.

The Instagram message worried me more than the surgery. The hospital account is run by the communications team, not clinicians. They had forwarded it to the resident WhatsApp group, so twelve people saw his CPF. I raised this with our preceptor, Dr. Beatriz Lins, and she took it to the LGPD officer.`,
  },
];
