import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";
import { rut } from "../gen.ts";

/** Chile, Argentina, South Africa, Ghana and Tanzania. */
export const AMERICAS_AFRICA: readonly SourceItem[] = [
  {
    id: "cl-gibbs-001",
    setting: "teledermatology",
    role: "dermatology resident",
    text: `Description. Our hospital in Puerto Montt receives teledermatology consultations from rural health posts across the Los Lagos region. One came from the nurse at the posta on ⟦LOCATION|Isla Llingua⟧, about ⟦NAME|Don Segundo Barría Cárcamo⟧, a fisherman with a nodule on his lower lip that had grown for months. The referral gave his RUT, ⟦ID|${rut("4.518.277")}⟧, and said he was first seen on ⟦DATE|el 14 de mayo⟧. The photos were clear: a crusted, indurated lesion on the vermilion, probably squamous cell carcinoma.

Feelings. I was relieved to have clear photos, and worried about the distance between that island and a surgeon.

Evaluation. The system worked: the consultation arrived within a day, Dr. Vergara, my supervisor, agreed with my assessment, and we booked a biopsy. But the island has fewer than four hundred people, and the referral travelled through several inboxes with his name, RUT and island attached.

Analysis. Chile's GES program guarantees timely care for some cancers, and teledermatology shortens the wait. Still, each extra person who sees a referral adds risk. On a tiny island, a photo of a lip lesion and a first name are enough to identify someone.

Conclusion. Telemedicine helped him clinically; our handling of data can improve.

Action plan. I will suggest that referrals show only the RUT, not the full name, to anyone outside the treating team. I will also read the MINSAL teledermatology technical guide, and follow up his histology myself.`,
  },
  {
    id: "cl-what-002",
    setting: "dental public health",
    role: "dental student",
    text: `What? During my community placement in Santiago, I worked in the GES dental program for sixty-year-olds, which guarantees a comprehensive treatment plan, including removable prostheses. In three weeks I saw people who had waited decades to replace missing teeth. A retired bus driver cried when he saw his new dentures in the mirror.

So what? I had thought of dentistry as technical work. Here I saw it as social work too: tooth loss affects employment, speech and self-esteem. Dr. Muñoz, my tutor, said that the GES program has reduced waiting times, but that the age limit excludes people in their fifties who need help just as much.

I also struggled with the communication. Several patients spoke with strong rural accents, and some were embarrassed to admit they had not brushed in years. I caught myself being impatient. Dr. Muñoz reminded me that shame about oral health is common and that judging only increases it.

Now what? I will practise open questions and avoid blaming language in my consultations. I plan to read the MINSAL oral health guidelines on older adults and the FDI 2021 policy statement on oral health in ageing. I also want to volunteer with the mobile dental units that visit the southern regions in summer, because the access problems I saw in Santiago are much worse there.`,
  },
  {
    id: "cl-comment-003",
    setting: "teledermatology",
    role: "rural health post nurse",
    text: `Thank you for this, doctor. From the island side, we have no scanner and only one computer, so the referral goes from my own phone. We would welcome a simpler form with only the RUT. Also, the MINSAL guide from 2018 has useful advice on photography with phones in poor light.`,
  },
  {
    id: "ar-free-001",
    setting: "WhatsApp follow-up (ophthalmology)",
    role: "ophthalmology resident",
    text: `Every resident in our eye service in Mendoza has a phone full of patient messages. This week one made me stop and think.

⟦NAME|Doña Amalia "la Nona" Ferraro⟧, who had cataract surgery last month, sends me a voice message every morning. Her grandson set up WhatsApp for her, and her profile picture is her in front of her house on ⟦ADDRESS|calle Las Heras 1742, Godoy Cruz⟧. She had surgery on ⟦DATE|9 de julio⟧, and she reminds me every day that it was Independence Day. Her messages are affectionate, and they carry useful clinical information: pain, redness, how she is using her drops. Last week she sent a photo of her DNI, ⟦ID|4.872.115⟧, asking me to "put it in the computer" so she would not have to bring it to the next appointment.

I realised I was holding a lot of sensitive information on my personal phone, which I also use to message friends and sometimes lend to my younger brother.

I talked to my tutor, Dr. Sosa. She said almost every resident in Argentina uses WhatsApp with patients, but that we should move clinical messages to the hospital's official channel, document important messages in the clinical record, and delete photos of documents once they are recorded.

I called ⟦NAME|la Nona⟧ to explain. She laughed and said she would still send me good-morning messages. I think that is fine. The clinical part will go through the hospital line from now on.`,
  },
  {
    id: "ar-what-002",
    setting: "retinopathy of prematurity screening",
    role: "paediatric ophthalmology fellow",
    text: `What? I spent a month screening premature babies for retinopathy of prematurity in neonatal units in Buenos Aires province. Most babies were born before 32 weeks or weighed under 1500 g, the national screening criteria. I performed indirect ophthalmoscopy with a 28-dioptre lens and a speculum, with Dr. Paz, the fellowship director, checking every exam.

So what? Argentina has had a strong ROP program since the early 2000s, and blindness from ROP has fallen a great deal, but I still saw two babies who needed urgent laser. Both had been born at 26 weeks, and both had been given oxygen without tight saturation targets in another hospital before transfer. Dr. Paz said that oxygen control is the single most important preventive measure, and that the 2004 national guidelines were written after an epidemic in the 1990s.

I also found the exams emotionally difficult. The babies cry, their saturation drops, and the parents watch anxiously. I learnt to use sucrose and swaddling and to explain each step to the parents, which calmed them and me.

Now what? I will read the ETROP trial and the ICROP3 classification (2021) so I can grade disease confidently. I will practise with the RetCam images in our teaching library. And I will write a short information sheet for parents in plain Spanish, because many had never heard of ROP before their baby's first exam.`,
  },
  {
    id: "za-gibbs-001",
    setting: "ototoxicity monitoring",
    role: "audiologist",
    text: `Description: I run ototoxicity monitoring for patients on second-line TB treatment at a clinic in the Eastern Cape. One patient, ⟦NAME|Gogo Nomvula Dlamini⟧, had been on a kanamycin-based regimen years ago before bedaquiline regimens were rolled out, and her grandchildren had brought her back because she "no longer hears the radio". Her ID number, ⟦ID|${saId("310415012308")}⟧, showed she was born in 1931. She came from ⟦LOCATION|Ngcingwane village near Mqanduli⟧ and the taxi fare had cost most of her pension.

Feelings: I was saddened by how much hearing she had lost and angry that it was avoidable.

Evaluation: Her audiogram showed severe-to-profound high-frequency hearing loss in both ears. Hearing aids would help a little with speech. I fitted a pair from our donated stock and taught her grandchildren to face her when speaking.

Analysis: South Africa's 2018 shift to all-oral regimens for drug-resistant TB was partly driven by the ototoxicity of injectables. Monitoring with baseline and monthly audiograms, as the national guidelines recommend, would have caught her decline early. In her case it did not happen.

Conclusion: She was one of many patients harmed by a treatment that was the standard of care at the time.

Action plan: I will audit how many of our current patients had baseline audiograms. I will support the nurses with a simple hearing screening app to use at TB clinics, and I will present her story, without identifiers, at our district meeting.`,
  },
  {
    id: "za-free-002",
    setting: "teledentistry",
    role: "community dentist",
    text: `Our district started a teledentistry pilot in which clinic nurses photograph children's mouths with a phone and send the images to a dentist for triage. I was one of the reviewing dentists for six months, and I have mixed feelings.

The good: we identified children with severe early childhood caries quickly and prioritised them for the mobile dental unit. One child with an abscess under a primary molar was seen within a week instead of three months.

The difficult: the photos are often dark and blurred, and I could not see the back teeth. Nurses had little training in intra-oral photography. Some images included faces, school uniforms and name tags, which the nurses had not thought about removing.

My supervisor, Dr. Naidoo, pointed me to the Health Professions Council of South Africa guidance on telehealth (2020), which requires informed consent and secure transmission. Our pilot had consent but used an ordinary messaging app.

What I am doing next: we developed a short training session for nurses covering lighting, retraction with a spatula, and cropping out faces. We are moving the images to a secure platform the provincial department approved. I am also writing up our triage accuracy compared with in-person examination, so the pilot can be evaluated honestly. Telehealth is not a substitute for dentists in rural schools, but it helped us find the children who needed us most.`,
  },
  {
    id: "za-comment-003",
    setting: "ototoxicity monitoring",
    role: "TB nurse",
    text: `Thank you for this. In our clinic we now do a baseline hearing screen with the hearing test app before starting any patient on treatment, and repeat it monthly. Dr. Mokoena from the district office has offered to train nurses in other clinics. The 2019 national TB guidelines make the case well.`,
  },
  {
    id: "gh-what-001",
    setting: "ENT outpatient",
    role: "ENT resident",
    text: `What? In the ENT clinic I saw ⟦NAME|Kwabena Owusu-Ansah⟧, a Sunday-born trotro driver, who came with a one-sided nasal blockage and occasional blood-stained discharge. The registration clerk had written his Ghana Card number, ⟦ID|GHA-718204563-7⟧, and his date of birth, ⟦DATE|12/08/1968⟧, in large letters on the folder cover. His folder was ⟦ID|KATH/ENT/2025/04417⟧. Endoscopy showed a fleshy mass in the left nasopharynx.

So what? Nasopharyngeal carcinoma is less common in West Africa than in southern China, but we do see it, often late. I nearly attributed his symptoms to chronic rhinosinusitis because he was a heavy user of menthol inhalers. My consultant, Dr. Asante, asked me to palpate his neck carefully, and I found a firm node in level II.

I also noticed the folder. Patients carry their own folders between departments here, and the cover showed his identity number and birth date to everyone in the waiting area and the pharmacy queue.

Now what? We took a biopsy and requested CT imaging. I will read the NCCN head and neck guidelines on nasopharyngeal carcinoma. With the records officer, I have proposed printing only the folder number on covers, with other details inside. I will also include neck examination in every nasal complaint I see.`,
  },
  {
    id: "gh-free-002",
    setting: "Buruli ulcer clinic",
    role: "dermatology nurse",
    text: `I work in a district wound clinic in the Ashanti Region where many patients have Buruli ulcer. This week I saw a twelve-year-old girl with a large painless ulcer on her forearm with undermined edges, the classic appearance.

Buruli ulcer is caused by Mycobacterium ulcerans. Since the WHO changed its recommendations, we treat with rifampicin and clarithromycin for eight weeks rather than streptomycin injections. The oral regimen is much easier, and most small lesions heal without surgery.

What struck me was how late she came. Her family had tried herbal treatments for three months because they believed the ulcer was caused by a curse. Her mother was ashamed when I asked about it. I wanted to lecture her but remembered a training session with Dr. Mensah, who said that families who feel judged stop coming back.

So I asked what they had tried and what they thought the cause was, and explained the medicines in Twi. The mother asked whether the wound would leave a scar. I said it might, but that physiotherapy would help her daughter keep full movement of the elbow.

I learned that the main barrier in Buruli ulcer is not the medicine. It is the distance between our clinic and the family's beliefs. I plan to join the community volunteers on their next school visit to talk about early signs, and to bring photographs of healed ulcers to show that treatment works.`,
  },
  {
    id: "gh-gibbs-003",
    setting: "eye clinic",
    role: "optometry intern",
    text: `Description: At the eye clinic in Tamale, I checked the intraocular pressure of a man in his forties who had come for reading glasses. The pressure was 32 mmHg in both eyes, with a cup-to-disc ratio of 0.8. My supervisor, Dr. Abubakari, confirmed primary open-angle glaucoma.

Feelings: I was shocked. The patient had no symptoms and had only come for glasses.

Evaluation: I explained the diagnosis and the need for lifelong drops, timolol 0.5% twice daily. He looked confused and asked why he needed medicine if he could see well. I struggled to explain a disease that takes vision without warning.

Analysis: Glaucoma is a major cause of blindness in Ghana, and people of African descent often develop it younger and more severely. The Ghana Eye Health Survey reported high rates. Adherence is a big challenge, partly because drops cost money every month and patients see no benefit. My explanation was too technical; I used words like "optic nerve" and "visual field" without checking that he understood.

Conclusion: I had the diagnosis right but did not give him the understanding he needed to take the drops.

Action plan: I will use a simple analogy, such as water pressure damaging a cable, and check understanding by asking him to explain it back. I will learn about the cost of drops at local pharmacies and discuss cheaper options with Dr. Abubakari. I will also read about selective laser trabeculoplasty, which the LiGHT trial (2019) suggests is a good first-line alternative.`,
  },
  {
    id: "tz-free-001",
    setting: "trachoma outreach",
    role: "ophthalmic clinical officer",
    text: `On our trachoma outreach to the Ngorongoro district, I examined ⟦NAME|Bibi Naserian ole Kisemei⟧, a Maasai grandmother from ⟦LOCATION|the boma below Olkeri hill, two hours' walk from Endulen⟧. The form recorded that our team had first screened her on ⟦DATE|tarehe 3 Julai 2024⟧, and that she was "born before the great rinderpest", which the village chairman said made her one of the oldest women in the community. She had trachomatous trichiasis in both eyes and had been pulling out her eyelashes with a small metal tool for years.

We operated the next day in a tent, using the bilamellar tarsal rotation technique. I was the surgeon, supervised by Dr. Mollel. The surgery went well, and she walked home with a patch over each eye in turn, refusing a lift.

The issue I keep coming back to is how we recorded her. Our outreach form asked for her name, boma, age estimate and "notable features". The volunteer wrote her age in terms of the rinderpest and described her beaded collar. In such a small community, that form is basically a portrait.

I discussed this with Dr. Mollel. We agreed that for the trachoma elimination program, a unique number and the village are enough for follow-up; descriptions belong in the clinical note only if they are needed clinically. I am drafting a revised form for the next outreach, and I will train the volunteers in what not to write.`,
  },
  {
    id: "tz-what-002",
    setting: "albinism skin cancer prevention",
    role: "dermatology registrar",
    text: `What? During my dermatology training in Moshi, I joined a mobile clinic that visits people with albinism in the Kilimanjaro region. We examined skin, froze actinic keratoses with liquid nitrogen, and handed out locally made sunscreen.

So what? I had read about the Kilimanjaro sunscreen project but had not realised how important it is. The sunscreen is made in the hospital's own production unit, which keeps it affordable and available. The nurses explained that many people with albinism here develop skin cancer by their thirties, and that regular clinic visits catch lesions early. I saw how a simple product and regular contact make a measurable difference.

I also saw the social side: parents worried about the safety of their children, children who did not attend school because of poor vision, and the need to work outdoors. Dr. Lyimo, my supervisor, said the clinic offers low-vision aids and works with schools to seat children at the front of the class.

Now what? I will read the 2017 evaluation of the sunscreen project and the UN report on people with albinism. I plan to focus my research project on the uptake of sunscreen among young adults. I will also learn more Swahili so I can explain sun protection more naturally, rather than relying on a translator.`,
  },
];
