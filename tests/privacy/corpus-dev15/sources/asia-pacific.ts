import type { SourceItem } from "../../corpus/types.ts";
import { nhi } from "../gen.ts";

/** Sri Lanka, Bangladesh, Nepal, the Philippines, Papua New Guinea, Fiji, New Zealand. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "lk-what-001",
    setting: "maternal mental health",
    role: "public health midwife",
    text: `
What? I am a Public Health Midwife in Kurunegala district. On my postnatal visit I went to see ⟦NAME|Nilmini⟧, who had her first baby on ⟦DATE|the day after Avurudu⟧. She lives in ⟦LOCATION|the house opposite the Bodhi tree near the old tank bund in Ehetuwewa⟧ with her husband and his parents. Her eligible family register number is ⟦ID|EF-KG-0917⟧. The baby was gaining weight, but ⟦NAME|Nilmini⟧ did not look at me. She said she could not sleep, even when the baby slept, and that she felt "hisa bara" all the time, a heaviness in the head.

So what? Her mother-in-law, the Aachchi of the house, said this is normal, every mother is tired. But I used the Edinburgh Postnatal Depression Scale from our training, and her score was 17. She told me quietly that sometimes she thinks the baby would be better with someone else. I was afraid.

Now what? I referred her to the MOH office and the psychiatrist who visits the district on Thursdays. I also talked with her husband, carefully, because in our culture mental illness is "pissu", a shame for the family. He was more understanding than I expected. I will visit her every week for the next two months. I want to ask our MOH to include the EPDS in every postnatal visit, not only when we suspect.
`,
  },
  {
    id: "lk-free-002",
    setting: "estate health",
    role: "medical officer",
    text: `
I've been the medical officer for a group of tea estates in the central hills for a year. My patients are mostly Malaiyaha Tamil workers, and most of my consultations happen in Tamil, which I learned at school in Colombo but never used this much.

The biggest problem is anaemia in women. The pluckers work long hours on the slopes, many are pregnant, and the estate line rooms have poor sanitation. Hookworm is common. We give mebendazole and iron-folate, but the Hb numbers hardly move: 8.5, 9, 8.7.

Last month, with the estate welfare officer, Mr Selvaraj, and our family health nurses, we started a "kitchen garden" project, with seeds for green leaves like murunga and gotukola. I was sceptical; it sounded like an NGO poster. But the women took to it. They share recipes in the morning queue and tease each other about whose murunga grows faster. Three months on, the average Hb in our antenatal clinic is up by almost one gram. It's a small study, and not controlled, but it's something.

What I've learned is that health in the estates is tied to wages, housing and history. The Malaiyaha community has been marginalised for two hundred years. As a Sinhala doctor from Colombo, I have to be careful not to be another outsider who tells people what to do. I'm trying to listen first, and to say "vanakkam amma" like I mean it.
`,
  },
  {
    id: "bd-free-001",
    setting: "refugee camp",
    role: "nurse",
    text: `
Nurse, primary health centre in the Rohingya camps in Cox's Bazar. On ⟦DATE|the third day of Eid⟧, a grandmother brought her granddaughter, ⟦NAME|Hamida Begum⟧, who is fourteen and pregnant. ⟦NAME|Hamida⟧'s family counting number is ⟦ID|FCN-187734⟧, and their shelter is ⟦LOCATION|Camp 15, Block C, shelter 112, the one beside the learning centre⟧. ⟦NAME|Hamida⟧ had fits at home that morning. BP 170/110.

I gave magnesium sulphate and we arranged an ambulance to ⟦FACILITY_ROOM|the MSF hospital in Kutupalong⟧. She delivered by caesarean. The baby was very small but alive.

What I keep thinking about is her age. Child marriage is common in the camps because families think marriage protects girls from trafficking and violence. Her Nani told me, in Rohingya through our interpreter, "What else can we do? Here there is no future." I understood her, and at the same time I wanted to scream.

The clinical part went well. The protocol for eclampsia was clear, and the team worked fast. But the deeper issue is the lack of education, livelihood, and safety in the camps. I feel powerless against that.

I'm going to talk to our protection colleagues about adolescent girls' programmes, and I've asked my manager if we can set up a youth-friendly corner in our health centre. ⟦NAME|Hamida⟧ is young enough to go back to school one day, if we can find a way.
`,
  },
  {
    id: "bd-gibbs-002",
    setting: "boat clinic",
    role: "medical student",
    text: `
Description: During my community medicine placement I joined a floating clinic on the Brahmaputra that visits the char islands of Kurigram. The chars are sandbars that shift every monsoon, and families move with them. We saw children with diarrhoea, pneumonia and scabies, and many women with chronic back pain from carrying water.

Feelings: I felt ignorant. I grew up in Dhaka, three hundred kilometres away, and I had never seen a char.

Evaluation: Our team was led by Dr Rahman, who has worked on the boats for ten years. He explained that zinc and ORS for diarrhoea are the most important tools we carry. He also pointed out that most of our patients have never seen a doctor in a building.

Analysis: The char people are the poorest of the poor, and climate change is making floods worse every year. I thought about the 2022 floods in Sylhet that I saw on TV, and understood the chars live like that every year. I also learned that people trust the boat because it comes to them; they don't have to lose a day's work.

Conclusion: Health care must go to people, not wait for people to come.

Action plan: Volunteer on the boat again in my internship year; do my research project on ORS and zinc use in the chars; learn more about climate and health from the icddr,b courses online.
`,
  },
  {
    id: "bd-comment-003",
    setting: "refugee camp",
    role: "midwife",
    text: `
Apa, I work in Camp 18 and this is so true. The protection team is the right place to go. But please remove ⟦NAME|Hamida⟧'s name and the shelter number before you post to the public group. Girls in the camps can be found very easily, and with her story, it could put her at risk. Stay strong, we are with you.
`,
  },
  {
    id: "np-free-001",
    setting: "community health work",
    role: "female community health volunteer",
    text: `
I am an FCHV in Jumla for eighteen years. I want to tell about ⟦NAME|Aama Dhana Kumari⟧, who lives alone in ⟦LOCATION|the highest house above the water mill in Lamra⟧. Her sons are in Malaysia and Qatar for work. She is ⟦AGE|92⟧ and still keeps two goats.

On ⟦DATE|the day of Dashain tika⟧, when I went to receive tika from my own elders, I passed her house and she was not outside. I went in and she was on the floor, cold, she could not get up. I think she fell the day before. Her leg was short and turned out.

I called the health post in-charge, Sir Bishnu, and he said it is maybe a hip fracture. There is no road to ⟦LOCATION|Lamra⟧. Six men from the village carried her in a doko basket to the road, three hours, and then jeep to Jumla. From there she was flown to Nepalgunj for operation. Her sons paid by sending money from abroad.

She is back home now, with a walking stick. She said to me "chhori, you saved me," but it was not me, it was the six men and the sons and the helicopter.

What I learned: the old people alone in the village are many now, because the young ones have gone to the Gulf and to Malaysia. Nobody checks on them. I have made a list of the old people in my ward living alone, and I visit them once a week. Sir Bishnu says the municipality may give a small allowance for this.
`,
  },
  {
    id: "np-what-002",
    setting: "leprosy clinic",
    role: "physiotherapist",
    text: `
What? I'm a physiotherapist with a leprosy referral programme in the Terai. This month I assessed a young man newly diagnosed with multibacillary Hansen's disease who already had claw hand on the right and loss of sensation in both feet. He'd been treated for "skin allergy" for a year before anyone did a slit-skin smear.

So what? Leprosy is curable with the WHO multidrug therapy: rifampicin, clofazimine and dapsone for twelve months. But disability is not reversible if it's found late. What upset me most was not the delay, but the stigma he described. His in-laws wanted him to leave the house. In Nepali, the word "kushtarogi" still carries a curse.

Now what? I taught him self-care: daily soaking and oiling of his hands and feet, checking for wounds, using protective footwear, and exercises to keep his fingers from stiffening. I've asked our programme coordinator, Dr Shrestha, if we can run a self-care group where patients support each other. I also want to visit schools with our team, to teach early signs: a pale patch that doesn't feel. The 2021–2030 WHO strategy talks about "zero leprosy", but zero stigma seems further away.
`,
  },
  {
    id: "np-gibbs-003",
    setting: "outreach camp",
    role: "gynaecology resident",
    text: `
Description: I joined a five-day uterine prolapse camp in Achham as a second-year gynaecology resident. We screened over 300 women and did 42 vaginal hysterectomies with repair. Most women had lived with prolapse for ten or twenty years.

Feelings: Shocked at how many women had suffered silently, and tired. We operated from 7am to 9pm every day.

Evaluation: The surgical outcomes were good, with few complications. But many women could not be operated because of anaemia or infection, and we gave ring pessaries instead. I worried about who would follow them up when we left.

Analysis: Prolapse in Nepal is linked to early marriage, many births, heavy work soon after delivery, and poor nutrition. A woman told us she went back to carrying wood three days after each birth. Surgery fixes the organ, but not the causes. Our professor, Dr Karki, said we are "mopping the floor with the tap running". The chhaupadi practice, which the Supreme Court banned in 2005, is still common in some villages here and adds to the risk.

Conclusion: Surgical camps help individual women but must be part of a broader approach.

Action plan: I want to do my thesis on pessary follow-up in remote districts, and work with the FCHVs on teaching pelvic floor exercises. I also plan to learn Achhami phrases before the next camp; my Kathmandu Nepali sounded very formal to them.
`,
  },
  {
    id: "ph-free-001",
    setting: "barangay health",
    role: "barangay health worker",
    text: `
Magandang araw po. I am a BHW in a barangay in Quezon province. I want to share about ⟦NAME|Lola Caring⟧, who has hypertension and diabetes and lives in ⟦LOCATION|the house beside the sari-sari store near the chapel in Sitio Malinao⟧. Her family folder number at the barangay health station is ⟦ID|BHS-QZ-2023-0417⟧.

During ⟦DATE|the fiesta of San Isidro⟧, there was so much lechon and sweets, and after, ⟦NAME|Lola Caring⟧'s sugar was 380 on my glucometer. She was dizzy and very thirsty. I called her grandson on ⟦PHONE|0917 555 2041⟧ because he has a tricycle, and we brought her to the RHU. The doctor gave IV fluids and adjusted her metformin and insulin.

She was okay after two days, but she was angry at me for "spoiling" the fiesta. "Anak, once a year lang naman," she said. I said, "Lola, mahal ka namin, kaya ganito."

What I learned: in our culture, food is love, and fiesta is part of our identity. I cannot tell people not to eat. But I can teach about portions and about the signs of high sugar. Our midwife, Ate Joy, and I are planning a "healthy fiesta" talk for the next barangay assembly, with recipes for less sweet kakanin.

I am just a volunteer, but I know everyone in our barangay. Sometimes that is more important than being a doctor.
`,
  },
  {
    id: "ph-what-002",
    setting: "rural health unit",
    role: "doctor to the barrios",
    text: `
What? I'm a Doctor to the Barrios in a fifth-class municipality in Mindanao, the only physician for about 30,000 people. During the rainy season we had a dengue surge: forty cases in two weeks, many children. The RHU has no ICU, no platelet transfusion, and the provincial hospital is three hours by habal-habal and jeep.

So what? I had to rely on the 2012 WHO dengue guidelines and my clinical judgment: careful fluid management, watching for warning signs (abdominal pain, persistent vomiting, mucosal bleeding, rising haematocrit with falling platelets). Our nurses, Nurse Lorna and Nurse Jun, monitored the children through the night. We referred six cases and lost none.

Now what? I realised that the community is the first line of defence. With the BHWs, we started "4S" (search and destroy, self-protection, seek early consultation, say yes to fogging only during outbreaks) in every purok. I also want to push the municipal health board for a small lab with a haematocrit centrifuge. And I'm learning Bisaya properly, because my Tagalog made me sound "taga-Maynila" to everyone. Salamat sa Diyos for the nurses.
`,
  },
  {
    id: "ph-gibbs-003",
    setting: "home visits",
    role: "nursing student",
    text: `
Description: During my community health nursing rotation in Pampanga, my group was assigned to a family whose lolo had a stroke. ⟦NAME|Lolo Ambo Santos⟧ is bedridden with a pressure ulcer on his sacrum. His wife ⟦NAME|Lola Nene⟧ takes care of him. Their son works as an OFW in Dubai and posted about his father on Facebook, with photos of the wound, asking for donations: ⟦URL|https://www.facebook.com/share/p/lolo-ambo-santos-gamot⟧.

Feelings: I felt sad for the family, but also uncomfortable about the photos online.

Evaluation: We taught ⟦NAME|Lola Nene⟧ how to turn her husband every two hours, use pillows, and clean the wound with saline. Our clinical instructor, Ma'am Dizon, showed us how to stage the ulcer (stage 3) and explained the Braden scale. After two weeks, the ulcer was smaller.

Analysis: The son's post got donations for dressings and medicines, which helped. But the photos showed Lolo's face and wound. In our culture, asking for help on Facebook is common, "bayanihan" online, but it is also a privacy risk. ⟦NAME|Lola Nene⟧ said she felt "hiya" when neighbours mentioned the photos.

Conclusion: Families need support, but also guidance about privacy online.

Action plan: Our group will make a simple leaflet about wound care and online privacy for families in the barangay. I will also discuss with Ma'am Dizon whether community health nursing students should talk to families about social media.
`,
  },
  {
    id: "pg-free-001",
    setting: "aid post",
    role: "community health worker",
    text: `
Mi community health worker long wanpela aid post in Jiwaka Province. I want to write in English for our training.

⟦NAME|Dorcas Kaupa⟧ came to the aid post with her baby, who had fever and fast breathing. She walked four hours from ⟦LOCATION|the hamlet above the coffee block of the Kaupa clan, past the Nazarene mission church⟧. Everyone in the valley knows her husband, ⟦OTHER|the tultul of the Kaupa clan who sorted the land fight with the Kuma people⟧.

The baby had pneumonia, chest indrawing. I gave amoxicillin and the first dose of gentamicin, and told her she must go to the health centre. But the road was closed because of fighting between two clans. She said "mi no inap go" (I cannot go).

I called the health centre on the radio. The OIC, Sister Maria, said to keep the baby and give gentamicin every day, and to watch for danger signs. I kept them at the aid post for five days. Her wantoks brought food. The baby recovered.

What I learned: tribal fights stop health care. Many people die not from the disease but from the road being closed. I need more training for very sick children when referral is not possible. I also learned that the husband's position in the clan helped: he could send word to the other clan, and after five days there was a truce so we could move patients.

Now I want to ask the district health office for more oxygen and training for aid post workers.
`,
  },
  {
    id: "pg-what-002",
    setting: "rural hospital",
    role: "medical officer",
    text: `
What? Rural MO, Western Province, PNG. Death adder bite: ptosis, failing breaths. One vial of antivenom in the fridge, expired in March.

So what? I gave it, after the provincial hospital agreed by radio, and our HEO, Mr Kila, and I took turns bagging him for six hours because the ventilator has been broken since before I came. He walked out on day four. I shook for an hour afterwards.

Now what? A stock book for antivenom, a letter about the ventilator, and "yu orait?" in Tok Pisin. The 2018 national snakebite guideline is excellent and assumes a fridge full of antivenom.
`,
  },
  {
    id: "fj-gibbs-001",
    setting: "ncd outreach",
    role: "medical student",
    text: `
Description: My community health placement at the Fiji National University included a week with the NCD outreach team in the villages of Ba province. We screened adults for diabetes and hypertension in the community halls, after the sevusevu with the village headman.

Feelings: I was welcomed with such warmth, "bula vinaka" everywhere, and also shocked at the numbers: about one in three adults had high blood sugar.

Evaluation: Many people already had diabetic foot ulcers. Our team leader, Dr Naidu, told me that Fiji has one of the highest rates of diabetes-related amputations in the world. We referred many patients, but I worried about follow-up, because transport to town is expensive.

Analysis: The shift from traditional diets (dalo, fish, coconut) to imported food (noodles, tinned meat, white flour) is a big cause. Culture also matters: food is part of every ceremony. I also noticed that kava sessions go late into the night, and people skip their medications.

Conclusion: NCDs in Fiji need community-based and culturally sensitive solutions, not only clinics.

Action plan: I want to do my research on foot care education in villages, with the community health workers, using the 2019 IWGDF guidelines. I also want to learn more iTaukei language; "vinaka vakalevu" is not enough.
`,
  },
  {
    id: "fj-free-002",
    setting: "home visits",
    role: "community health nurse",
    text: `
I'm a community health nurse in the Western Division. Last month I visited ⟦NAME|Nani Savitri⟧, an Indo-Fijian grandmother with heart failure, at ⟦LOCATION|the cane farm past the Shiva temple on the Nawaka back road⟧. She had been admitted three times this year.

On ⟦DATE|Diwali night⟧, her daughter-in-law ⟦NAME|Kamini⟧ called me because Nani was breathless. I went, and she had swollen legs and crackles. She had stopped her furosemide because she did not want to go to the toilet so much during the prayers and the family gathering. I gave her the dose, sat her up, and arranged an appointment with the doctor in the morning.

What I learned from this: for elderly patients, diuretics are difficult around festivals, weddings, long travel. The pill makes them need the toilet, so they stop it. I now plan with families before big events: take the furosemide early in the morning, not at night, and keep a chair near the toilet. "Beti, you understand," ⟦NAME|Nani Savitri⟧ told me, and I did.

I also reflected on working across cultures in Fiji. I'm iTaukei, and I grew up in a village near Sigatoka. Working with Indo-Fijian families has taught me a lot about their festivals, food and family structures. We share the same island but sometimes don't know each other. I want to learn more Fiji Hindi, beyond "namaste" and "kaise ho".
`,
  },
  {
    id: "nz-free-001",
    setting: "rural general practice",
    role: "nurse practitioner",
    text: `
Kia ora koutou. I'm a nurse practitioner at a rural Māori health provider on the East Coast. This is a reflection on ⟦NAME|Koro Hemi Tawhai⟧ (NHI ⟦ID|${nhi("ZZZ418")}⟧), who has COPD and heart failure, and lives in ⟦LOCATION|the house behind the marae at Waiorongo, the one with the waka on the fence⟧.

On ⟦DATE|Matariki⟧, when the whānau had all come home for the hautapu, I got a call from his mokopuna that Koro was breathless. I drove out. His sats were 84%. He refused to go to hospital; "I'm staying with my whānau," he said. He'd been in hospital for ⟦DATE|Matariki the year before⟧, alone on a ward.

I talked with the whānau. We decided to treat him at home: nebulisers, oral steroids and antibiotics, and I stayed for a few hours. I called the on-call GP for advice. His granddaughter ⟦NAME|Aroha⟧, who's a nursing student, stayed with him overnight.

He recovered. But I reflected on what "safe" means. Clinically, hospital would have been safer. But for Koro, being with his whānau that night was part of his wellbeing: te taha wairua, te taha whānau, as Mason Durie's Te Whare Tapa Whā reminds us. Hospital would have kept his body safe and broken his spirit.

Now I'm working with our team to develop advance care plans that include cultural wishes. I want every kaumātua on our books to have a plan that says where they want to be, and with whom, when things get bad.
`,
  },
  {
    id: "nz-what-002",
    setting: "rural general practice",
    role: "gp registrar",
    text: `
What? I'm a GP registrar in a rural practice in Northland. Gout is one of the most common problems I see, especially in Māori and Pasifika men. This week I saw three men with tophaceous gout, all with repeated flares, none on allopurinol.

So what? The evidence is clear: urate-lowering therapy to a target of 0.36 mmol/L prevents flares. But our patients had been told to "take colchicine when it hurts" for years. Some thought gout was caused by eating too much seafood or drinking beer; there's a lot of shame around it. My practice nurse, Whaea Tui, told me that men don't like to talk about gout because they think it's their fault.

Now what? With Whaea Tui, we started a nurse-led gout clinic, modelled on the ones pharmacists and nurses have run in Counties Manukau. We titrate allopurinol monthly, check urate levels, and talk about genetics, so that it's not "their fault". The first men we enrolled are doing well. I also learned a lot about te reo from Whaea Tui; "kei te pēhea koe?" is now how I start every consult.
`,
  },
  {
    id: "nz-comment-003",
    setting: "rural general practice",
    role: "gp",
    text: `
Kia ora, great to read this. I worked in Kaitaia for years and gout was everywhere. The nurse-led model is the way to go; the nurses build the relationships. One tip: offer free urate tests at the marae days, and get the kaumātua on board. When they talk about their gout openly, the younger men follow. Ka pai tō mahi!
`,
  },
];
