import type { SourceItem } from "../../corpus/types.ts";
import { cnId, dni, nir, thaiId } from "../gen.ts";

/** Sri Lanka, Bangladesh, Nepal, Thailand, China, Italy, Spain and France. */
export const ASIA_EUROPE: readonly SourceItem[] = [
  {
    id: "lk-gibbs-001",
    setting: "oral cancer screening",
    role: "oral and maxillofacial registrar",
    text: `Description: At our oral cancer screening clinic, I examined ⟦NAME|W.M. Sunil Bandara⟧, a paddy farmer everyone in his village calls ⟦NAME|Sunil aiya⟧, who has chewed betel with tobacco and lime since his teens. He had a non-healing ulcer on the left buccal mucosa. He came from ⟦LOCATION|Pahala Maragahawewa, past the tank bund⟧, and told us the pain started on ⟦DATE|the day after Vesak Poya⟧. His NIC was ⟦ID|452781456V⟧, and he was admitted for biopsy to ⟦FACILITY_ROOM|bed 22 in the maxillofacial ward of Polgolla Base Hospital⟧.

Feelings: I felt sad, because the lesion looked advanced, and frustrated, because he had seen an ayurvedic practitioner for four months first.

Evaluation: Dr. Jayasuriya, my consultant, took an incisional biopsy, which confirmed squamous cell carcinoma. The CT showed bone involvement, T4a. I spent a long time with his wife explaining the plan. I think I spoke too fast.

Analysis: Sri Lanka has one of the highest rates of oral cancer in South Asia, and betel quid is the main cause. The national screening program trains primary health workers to look for white and red patches, but people often go to traditional healers first. Blaming him for the delay would not help; understanding why he went elsewhere might.

Conclusion: Late presentation was a system and cultural problem, not a personal failing.

Action plan: I will work with our public health midwives on community talks, explain plans more slowly, and read the National Cancer Control Programme oral cancer guidelines.`,
  },
  {
    id: "lk-what-002",
    setting: "diabetic eye clinic",
    role: "medical officer (ophthalmology)",
    text: `What? I work in a diabetic eye clinic in Colombo that sees more than a hundred patients a day. On Thursday I examined a 45-year-old teacher who had never had her eyes checked despite ten years of diabetes. She had proliferative retinopathy and needed panretinal photocoagulation.

So what? Sri Lanka has a high prevalence of diabetes, and many patients attend medical clinics for years without an eye examination. The clinic has a fundus camera, but the waiting list for laser is long. Dr. Perera, our consultant, told me that the new teleophthalmology program at divisional hospitals sends images to us for grading, which should catch disease earlier. But image quality varies, and nurses at remote sites need more training.

I found explaining the diagnosis in Sinhala and Tamil difficult. Words like "retina" and "laser" do not translate easily, and the teacher seemed afraid that laser would blind her. I drew a diagram and used the analogy of sealing leaking pipes, which seemed to help.

Now what? I will learn to grade images using the international clinical diabetic retinopathy scale. I will help design a short leaflet in Sinhala and Tamil explaining laser treatment. I will also read the 2019 International Council of Ophthalmology guidelines for diabetic eye care, which set out a practical approach for resource-limited settings.`,
  },
  {
    id: "lk-comment-003",
    setting: "oral cancer screening",
    role: "public health midwife",
    text: `Thank you for writing this. But please remove the village and ⟦NAME|Sunil aiya⟧'s name from your post. Everyone around the tank knows him, and his daughter has asked us not to tell people about the cancer yet. She gave me her number, ⟦PHONE|077 555 1834⟧, if the team needs to contact the family.`,
  },
  {
    id: "bd-free-001",
    setting: "arsenicosis dermatology clinic",
    role: "dermatology medical officer",
    text: `Arsenic in tube-well water is still a public health problem in parts of Bangladesh, and our dermatology outreach sees the skin damage every month.

This month I saw ⟦NAME|Abdul Jabbar Mia⟧, known locally as ⟦NAME|Jabbar chacha⟧, a rice farmer from ⟦LOCATION|Purba Shilmandi in Shahrasti upazila⟧. He had thick, warty keratoses on his palms and soles and raindrop pigmentation on his chest. His family said the skin changes started ⟦DATE|১৫ শ্রাবণ ১৪৩২⟧, when he first noticed cracks in his palms during transplanting. His NID was ⟦ID|4617552098⟧, and his son's number ⟦PHONE|01715-555284⟧ was written on the outreach form.

One keratosis on his right palm was ulcerated and bleeding. Dr. Rahman, our consultant, biopsied it because of the risk of Bowen's disease and squamous cell carcinoma in chronic arsenicosis.

The biggest problem is the water. The family's tube well had been painted red years ago to show it was unsafe, but the nearest green well is a long walk, and in the dry season it runs low. Treating the keratoses with salicylic acid and urea creams helps, but it does not stop the exposure.

I have been asked to write a case report. I will describe the clinical features and the water situation without naming the village, because his family are the only farmers with that surname in it. I also plan to connect the family with the upazila's water programme, because no cream will matter if the water stays the same.`,
  },
  {
    id: "bd-what-002",
    setting: "refugee camp dermatology",
    role: "general practitioner (humanitarian)",
    text: `What? I worked for six weeks in a primary care clinic serving the Rohingya refugee camps near Cox's Bazar. Scabies was everywhere: in some blocks, most children had the typical burrows between their fingers and infected sores on their hands and buttocks.

So what? Treating individuals with permethrin 5% cream was not working, because whole families sleep together in small shelters and reinfection is almost certain. Dr. Hossain, our medical coordinator, explained that the WHO now supports mass drug administration with oral ivermectin 200 µg/kg in high-prevalence settings, with permethrin for pregnant women and small children.

I also learned about the complications: impetigo, cellulitis, and post-streptococcal glomerulonephritis. One child had facial swelling and cola-coloured urine, and we had to refer her.

Finally, I was struck by how carefully the clinic protected identities. Patients are registered with a number, and staff do not photograph faces. The Rohingya have good reason to fear being identified, and the clinic's rules reflect that.

Now what? I will read the 2020 WHO guidance on scabies control and the evidence from the Fiji mass drug administration trials. When I return home, I will teach my colleagues about scabies in crowded settings, which also applies to care homes and prisons. I will also remember how the clinic treated privacy as part of care, not an afterthought.`,
  },
  {
    id: "np-gibbs-001",
    setting: "telemedicine from a remote health post",
    role: "medical officer",
    text: `Description: Our district hospital provides video consultations to health posts in Humla. On ⟦DATE|2082 Asar 15⟧, which the health assistant also wrote as ⟦DATE|29 June⟧ for us, I saw ⟦NAME|Ama Dolma Lama⟧, a woman of ⟦AGE|93 years⟧ from ⟦LOCATION|Yalbang, above the Karnali⟧, with a painful red eye and blurred vision. Her son, who lives in Kathmandu, had emailed us her old records from ⟦EMAIL|tenzin.l.humla@gmail.com⟧.

Feelings: I was anxious, because a red painful eye in an older person could be acute angle-closure glaucoma and there was no tonometer at the health post.

Evaluation: The health assistant held the phone torch to her eye. The pupil was mid-dilated and the cornea hazy. I suspected angle closure, advised acetazolamide 250 mg and pilocarpine drops if available, and arranged transfer. The helicopter could not fly because of the weather, so she travelled by mule and jeep for two days.

Analysis: Telemedicine helped me make the diagnosis, but without transport it could not deliver the treatment. By the time she arrived, her vision in that eye was hand movements only. Dr. Shrestha, our ophthalmologist, performed a laser iridotomy on the other eye to protect it.

Conclusion: A diagnosis is not care until the patient can reach it.

Action plan: I will ask that health posts in remote areas keep acetazolamide and pilocarpine in stock, and I will train health assistants to recognise angle closure.`,
  },
  {
    id: "np-free-002",
    setting: "ear camp",
    role: "ENT surgeon",
    text: `Our team holds an ear camp in western Nepal every spring. This year we operated on more than seventy patients in five days, mostly tympanoplasties for chronic suppurative otitis media.

I want to reflect on our follow-up. We operate, discharge patients after a night, and leave. Many live two or three days' walk away. We give them antibiotic ear drops and instructions to keep the ear dry, and ask them to come back at the next camp. Last year, less than half did.

This year, with Dr. Gurung, I looked at the patients who did return. Graft success was about 85%, comparable to hospital results. But we do not know the outcome for the others. Some may have healed; some may have infections we never see.

We talked about using phone follow-up. Most families have at least one mobile phone, and health posts now have internet. A health assistant could photograph the ear with an inexpensive otoscope attachment and send it to us. Privacy would need careful thought, because the images would travel over ordinary networks.

I am also aware that we rely on visiting surgeons rather than building local capacity. The Nepal government's hearing health strategy (2021) aims to train ENT staff in provincial hospitals. I want our camp to support that, perhaps by teaching local doctors alongside us next spring.

Camps are satisfying, but I do not want satisfaction to replace evidence.`,
  },
  {
    id: "th-what-001",
    setting: "LINE-based diabetic foot and skin follow-up",
    role: "community nurse",
    text: `What? Our district hospital uses LINE to follow up patients with chronic wounds. ⟦NAME|Pa Nok⟧, whose full name is ⟦NAME|Khun Somsri Kaewkong⟧, has a diabetic foot ulcer and a fungal rash between her toes. She joined our group from her granddaughter's account, LINE ID ⟦OTHER|nok_somsri2511⟧. The group also shows that she was born on ⟦DATE|15 March 2480⟧ by the Buddhist calendar, because her granddaughter typed it in when asked, and her national ID, ⟦ID|${thaiId("3 5012 00417 26")}⟧, was in a photo of her card that was sent to register her. When the app crashed, IT traced her login from ⟦IP|192.0.2.144⟧.

So what? The group has sixty members: patients, relatives and staff. Everyone can see everyone's wound photos and messages. I was shocked that we had built this ourselves. Dr. Wichai, our medical director, agreed it was convenient but risky under the Personal Data Protection Act of 2019.

Now what? We are moving to one-to-one chats through the hospital's official account, and we have deleted photos of ID cards after registration. Village health volunteers will be trained to take wound photos without faces or documents. I will present this at our hospital's quality meeting, and ask the IT team whether the official account can show only initials.`,
  },
  {
    id: "th-free-002",
    setting: "teledermatology with village health volunteers",
    role: "dermatology resident",
    text: `I spent a month supporting a teledermatology program in northern Thailand, in which village health volunteers photograph skin problems and send them to our department in Chiang Mai.

The volume surprised me: about sixty cases a week. Most were fungal infections, eczema and scabies, but every week there were a few cases that mattered, such as a suspected leprosy patch, a non-healing ulcer that turned out to be basal cell carcinoma, and a bullous rash in a child that we asked to be sent in the same day.

The quality of photographs varied. Some volunteers were excellent photographers; others sent blurry images with flash glare. Dr. Siriporn, my supervisor, had made a short guide: natural light, a ruler or coin for scale, an overview photo and a close-up. Where volunteers followed the guide, our diagnostic agreement with in-person review was high.

I also learned about the limits. We cannot feel a lesion, check for sensation or take a scraping through a phone. I started writing "needs in-person review" more often than I expected.

Finally, I saw how much the volunteers are trusted. They know every family in their villages. That trust is why the program works, and also why they must be careful with photos on their own phones.

I will present our agreement data at the department's journal club and suggest a refresher course for volunteers.`,
  },
  {
    id: "th-comment-003",
    setting: "community nursing",
    role: "village health volunteer trainer",
    text: `Thank you, this is very helpful. Our volunteers in Lampang also use group chats, and we had the same worries. We now ask them to crop photos before sending and to use the official hospital account. The Ministry of Public Health guidance on telemedicine from 2020 was useful for our training.`,
  },
  {
    id: "cn-gibbs-001",
    setting: "internet hospital ophthalmology follow-up",
    role: "ophthalmology resident",
    text: `Description: Our hospital's internet clinic lets patients send questions through WeChat after cataract surgery. I answered a message from the son of ⟦NAME|陈秀英⟧ (⟦NAME|Chen Xiuying⟧), who is ⟦AGE|93⟧ and lives in ⟦LOCATION|Shaxi village in Jianchuan county⟧. He sent a photo of her red eye, her resident ID, ⟦ID|${cnId("53293119320715442")}⟧, and asked whether she could still travel home for ⟦DATE|腊月二十三⟧, the Little New Year, when the family gathers.

Feelings: I was worried about infection, and I felt the pressure of a family wanting reassurance quickly.

Evaluation: The photo showed mild conjunctival injection but a clear cornea, and she could count fingers at two metres with the operated eye, which was better than before surgery. I still asked them to come for review, because endophthalmitis can present with only mild redness at first. Dr. Li, my supervisor, agreed with the plan.

Analysis: The internet clinic makes follow-up easier, especially for older patients living far from the city. But patients send identity documents because the registration process asks for them, and those images are stored on WeChat servers as well as ours. The Personal Information Protection Law (2021) requires us to collect only what is necessary.

Conclusion: Clinically the review was sound; our data collection was not.

Action plan: I will ask the information department to stop requesting ID photos in chat, and I will write a standard reply explaining which symptoms mean "come now".`,
  },
  {
    id: "cn-what-002",
    setting: "dermatology outpatient",
    role: "dermatology postgraduate",
    text: `What? In our dermatology outpatient clinic in Guangzhou, I saw a young woman with severe atopic dermatitis who had tried many treatments, including traditional Chinese medicine baths and strong topical steroids bought online. Her EASI score was 28 and her sleep was badly affected.

So what? Dr. Zhang, my supervisor, started dupilumab, which has been available in China for a few years. I was struck by how much the disease had affected her life: she had left her job because customers stared at her hands. Dermatology training often focuses on morphology, but this consultation was mostly about quality of life. Her DLQI was 22, which means an extremely large effect.

I also reflected on steroid phobia. She was afraid of topical steroids because she had used a very potent one continuously for months and developed skin atrophy. She now refused all steroids. Dr. Zhang explained the difference between appropriate short courses and misuse, and suggested tacrolimus 0.1% ointment for the face.

Now what? I will read the 2020 Chinese guidelines for atopic dermatitis and the European EuroGuiDerm guidance. I will use DLQI routinely in my consultations. I also want to learn more about how patients buy medicines online, because many of the products they bring are not labelled correctly and contain undeclared steroids.`,
  },
  {
    id: "it-free-001",
    setting: "hearing aid home visit",
    role: "audioprosthetist (hearing aid technician)",
    text: `I work for a hearing-aid service in South Tyrol that visits patients at home when they cannot reach our centre in Bolzano. Last week I visited ⟦NAME|la signora Bruna Zanetti⟧, ⟦AGE|98 anni⟧, who lives alone at ⟦ADDRESS|via dei Mulini 7, 39040 Villandro⟧. Her hearing aid had stopped working after she dropped it in the washing. The device serial, ⟦DEVICE|2316-PH-8842051⟧, needed registering with the manufacturer for a warranty replacement, and her niece's number, ⟦PHONE|+39 0471 555 284⟧, was on the form as the contact.

I replaced the aid with a loaner and cleaned her moulds. She made me coffee and told me about her work as a seamstress, which was lovely. But I realised afterwards how much information I carry in my car: forms with names, addresses, phone numbers and device serials for a dozen patients, in a folder on the passenger seat.

My manager, Dott.ssa Pichler, said the company's privacy policy under the GDPR requires us to keep paper forms locked and to scan them on the same day. I had not been doing that consistently.

I also reflected on loneliness. Many of my home visits are to people who live alone and use their hearing aids mainly for the radio and the telephone. When the aid fails, they are cut off completely. I want to make sure our service treats repairs for people who live alone as urgent.

From now on I will use a locked case and scan forms the same day.`,
  },
  {
    id: "it-what-002",
    setting: "teledermatology",
    role: "dermatology resident",
    text: `What? In our teledermatology service in Milan, general practitioners send images of skin lesions with dermoscopy for triage. During my rotation I reviewed about two hundred cases. Most were benign naevi and seborrhoeic keratoses. Four were melanomas.

So what? Dr. Bianchi, our head of service, showed me how to use the 7-point checklist and pattern analysis to prioritise lesions. I learned that image quality is the biggest factor in accuracy: poor focus, missing dermoscopy or a missing clinical overview made decisions much harder. I also learned to notice when a GP's description did not match the photo, which sometimes meant that the wrong lesion had been photographed.

I was surprised by how much the service reduced waiting times. Urgent cases were seen within a week instead of two months. But the service depends on GPs having dermatoscopes and training, and access varies between practices.

I also reflected on responsibility. When I wrote "benign, no follow-up needed", I was making a decision about a patient I had never seen. Dr. Bianchi said that is why we must always state our uncertainty and recommend in-person review when in doubt.

Now what? I will read the 2021 Italian intersociety guidelines on melanoma and the literature on teledermoscopy accuracy. I will also suggest a short training module for GPs on capturing good images.`,
  },
  {
    id: "it-gibbs-003",
    setting: "dental clinic",
    role: "dental student",
    text: `Description: In the university dental clinic in Bologna, I treated a man in his seventies who takes alendronate for osteoporosis and needed a molar extraction. I had not asked about bisphosphonates at first.

Feelings: I was embarrassed when my supervisor, Prof. Rinaldi, asked about his medication and I realised I had missed something important.

Evaluation: Prof. Rinaldi explained the risk of medication-related osteonecrosis of the jaw, which is low with oral bisphosphonates but higher with intravenous zoledronic acid or denosumab. We reviewed his history: he had taken alendronate 70 mg weekly for five years. We decided to proceed with a careful extraction, primary closure and chlorhexidine mouthwash, and to review him after two weeks.

Analysis: I had asked about anticoagulants and allergies, but not bone medications. The AAOMS 2022 position paper and the Italian SIPMO recommendations both stress a complete drug history before any oral surgery. I realised my medical history was a checklist, not a conversation.

Conclusion: My omission could have led to a poorly planned extraction if my supervisor had not intervened.

Action plan: I will add bisphosphonates, denosumab, and antiangiogenic drugs to my standard history questions. I will also read the SIPMO recommendations and present a short case discussion to my student group. When I saw him at review, the socket was healing well.`,
  },
  {
    id: "es-gibbs-001",
    setting: "telephone consultation and teledermatology",
    role: "family medicine resident",
    text: `Description: During my rotation at a rural health centre in Navarra, I did a telephone consultation with ⟦NAME|Doña Pilar Echeverría Goñi⟧, a retired shepherd's widow from ⟦LOCATION|Orbaizeta, up near the old arms factory⟧, about a lesion on her cheek. She had first noticed it ⟦DATE|el 3 de febrero⟧, on ⟦DATE|the feast of San Blas⟧, she said. Her niece had uploaded photos to the teledermatology system, and the referral included her DNI, ⟦ID|${dni("15284193")}⟧.

Feelings: I felt confident about the clinical part, and unsure about how much to tell her over the phone.

Evaluation: The images showed a pearly, telangiectatic nodule, probably a basal cell carcinoma. The dermatologist, Dr. Iriarte, agreed and offered a surgery date. ⟦NAME|Doña Pilar⟧ asked me directly whether it was cancer. I said it probably was, and that it was the kind that rarely spreads. She was relieved to hear the truth.

Analysis: Teledermatology reduced her wait from three months to three weeks. But telephone consultations make it hard to judge understanding. I also noticed that the referral contained more data than needed, including her home address and the niece's details.

Conclusion: The system worked, and the conversation went well because I was honest.

Action plan: I will always check understanding on the phone by asking patients to summarise, and I will review the data fields we send to dermatology with my tutor, Dr. Arregui.`,
  },
  {
    id: "es-free-002",
    setting: "ENT clinic",
    role: "ENT resident",
    text: `I had my first experience of managing sudden sensorineural hearing loss in our ENT clinic in Valencia this month, and I want to record what I learned.

A man in his fifties woke with hearing loss in his right ear and tinnitus. The audiogram showed a drop of more than 30 dB over three consecutive frequencies. Dr. Ferrer, my supervisor, started oral prednisone at 1 mg/kg and arranged an MRI to exclude a vestibular schwannoma.

I had read about the condition, but I had not appreciated how frightening it is for patients. He was a musician, and he asked whether he would ever play again. I did not know how to answer. Dr. Ferrer told him honestly that about half of patients recover partially or fully, and that early treatment gives the best chance.

We followed the 2019 AAO-HNS clinical practice guideline, which recommends steroids within two weeks and salvage intratympanic steroids if recovery is poor. After two weeks his hearing had improved by 15 dB, and we discussed intratympanic dexamethasone.

I learned that sudden hearing loss is an emergency that is easily missed in primary care, where it may be mistaken for wax or an ear infection. I plan to give a short talk to our primary care colleagues about the Weber test and urgent referral. I also want to learn more about tinnitus counselling, because many patients are left with it even after treatment.`,
  },
  {
    id: "es-comment-003",
    setting: "teledermatology",
    role: "community nurse",
    text: `Gracias for sharing this. One request: ⟦NAME|Doña Pilar⟧ is well known in the valley, and with her village and the date of ⟦DATE|San Blas⟧ in your post, people will recognise her. Her niece asked me to call her on ⟦PHONE|948 555 217⟧ before anything is published. Could you edit it?`,
  },
  {
    id: "fr-what-001",
    setting: "teledermatology in a care home",
    role: "general practitioner",
    text: `What? I am the attending doctor for ⟦LOCATION|the EHPAD Les Tilleuls in Plouray⟧, a small care home in central Brittany. On ⟦DATE|le 11/03/2025⟧, I used the regional telemedicine platform to ask a dermatologist about ⟦NAME|Mme Lefèvre⟧, a resident with blistering on her arms and trunk. The nurse uploaded photos and her social security number, ⟦ID|${nir("2 29 04 56 187 032")}⟧. The dermatologist, Dr. Le Goff, suggested bullous pemphigoid and recommended clobetasol propionate cream and a biopsy.

So what? The teleconsultation saved ⟦NAME|Mme Lefèvre⟧ a long ambulance trip and gave us a diagnosis within two days. But the process also made me think about consent. She has moderate dementia, and we had not discussed the teleconsultation with her daughter, who is her trusted person. The photos included her face, which was not necessary.

I also learned about the link between bullous pemphigoid and certain medicines, particularly gliptins. She had been on sitagliptin for two years, and we stopped it after discussion with the dermatologist.

Now what? I will ask the care home team to involve the trusted person before any teleconsultation when a resident cannot consent. I will make sure photos are cropped to the lesion. I will also read the French Society of Dermatology guidelines on bullous pemphigoid, which recommend very potent topical steroids as first-line treatment.`,
  },
  {
    id: "fr-free-002",
    setting: "ophthalmology clinic",
    role: "orthoptist",
    text: `In our ophthalmology practice in Lyon, orthoptists now perform most of the initial assessments before the ophthalmologist sees the patient. I do visual acuity, refraction, tonometry, OCT and fundus photographs. This is a big change, and I want to reflect on what it means for patients and for me.

The advantage is speed. Patients used to wait six months for an appointment; now they wait a few weeks. The ophthalmologist, Dr. Moreau, reviews my results and sees the patient briefly, focusing on decisions.

The risk is that I miss something because I am working from a protocol. Last week I measured a normal intraocular pressure in a man with a family history of glaucoma. His OCT showed thinning of the retinal nerve fibre layer in the inferior quadrant. I flagged it, and Dr. Moreau diagnosed normal-tension glaucoma. If I had looked only at the pressure, the diagnosis would have been delayed.

I also notice that patients sometimes tell me things they would not tell the doctor, such as difficulty putting in drops or fear of losing their driving licence. I now write these down and pass them on.

I plan to take the university diploma in glaucoma for orthoptists next year. I also want to suggest a short weekly meeting with Dr. Moreau to discuss difficult cases, so that our shared work becomes a real partnership rather than a production line.`,
  },
];
