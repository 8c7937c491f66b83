import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";

/** Canada (First Nations, Nunavut), Mexico, Guatemala, Bolivia, Haiti. */
export const AMERICAS: SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "nursing station",
    role: "outpost nurse",
    text: `
I've been an outpost nurse in northwestern Ontario for two winters, at a fly-in nursing station where the only way out is the plane or, in February, the winter road. This is about ⟦NAME|Kokum Agnes Meekis⟧, who lives on ⟦LOCATION|the point past the band office at Kitchi Sakahigan First Nation, the house with the blue canoe on the roof⟧.

She came in on ⟦DATE|Treaty Day⟧, when everyone was at the community hall for the payments and the feast, with chest pain radiating to her jaw. ECG showed ST depression in the lateral leads, troponin on the i-STAT was up. She only speaks Oji-Cree, so our CHR, Frank, interpreted. She didn't want to fly out. "Nindaa-nibo omaa," she said: I'll die here.

I called the physician on call in Sioux Lookout and we started aspirin, ticagrelor and enoxaparin. The medevac was delayed twelve hours by weather. Frank stayed with her all night, telling stories, and her granddaughter brought bannock and tea. Her OHIP number, ⟦ID|${ohip("5920-317-48")}⟧, was on an old card in her purse, which saved us an hour of paperwork on the medevac request.

She flew out the next day, had a stent in Winnipeg, and came home two weeks later. When I saw her at the station afterwards she held my hand and said "miigwech" and then told me off for working too many nights.

What I'm taking from this: the Kokums are the community's memory, and taking them out is a huge decision for the family. I'm learning to involve the family and the CHR from the first minute, not after the plan is made.
`,
  },
  {
    id: "ca-gibbs-002",
    setting: "tb programme",
    role: "public health nurse",
    text: `
Description: Public health nurse in the Qikiqtaaluk region of Nunavut, on the TB contact-tracing team after an outbreak in a small hamlet. One of our cases was ⟦NAME|Leah Akpalialuk⟧, an elder with cavitary TB, who was medevaced to ⟦FACILITY_ROOM|Qikiqtani General Hospital, room 8⟧ in Iqaluit on ⟦DATE|Nunavut Day⟧. Her daughter, who lives in Ottawa, emailed me from ⟦EMAIL|akpalialuk.family@gmail.com⟧ asking for updates every day.

Feelings: Heavy. I know the history of TB in the North: in the 1950s, Inuit were sent south on ships to sanatoria, and many never came back. Some families still don't know where their relatives are buried.

Evaluation: We did the contact tracing well, screening more than a hundred people and starting treatment for latent TB. But the elder was terrified of being sent south, even to Iqaluit. Our Inuk interpreter, Annie, helped explain in Inuktitut that she would come home.

Analysis: The medical protocol is important, but trust is everything. The Government of Canada's 2019 apology for the TB policies of the past is something many families here still talk about. I also reflected on privacy: in a hamlet of 800 people, everyone knew who had TB.

Conclusion: TB in the North is a medical problem rooted in colonial history and housing.

Action plan: Work with Annie to develop information in Inuktitut about TB and confidentiality; keep ⟦NAME|Leah⟧'s daughter updated by phone, with consent, rather than by email; advocate for better housing as part of TB control.
`,
  },
  {
    id: "ca-comment-003",
    setting: "nursing station",
    role: "outpost nurse",
    text: `
Miigwech for writing this. I did six years in the Sioux Lookout zone and the part about the Kokums is so true. The CHRs are the heart of the stations and nobody pays them enough. One practical thing that helped us: a laminated card in syllabics explaining the medevac process, so families know what happens in the city.
`,
  },
  {
    id: "mx-free-001",
    setting: "maternal health",
    role: "pasante de medicina",
    text: `
Soy pasante doing my año de servicio social in a rural health centre in the Altos de Chiapas, in a Tzotzil community. This is about ⟦NAME|Xunka' López Pérez⟧, 17, primigravida, who came in on ⟦DATE|the day of the Virgin of Guadalupe⟧ with the partera, Doña Chepa, after two days of labour at home. The baby's head was not coming down.

Her expediente number is ⟦ID|2214/23⟧. She lives in ⟦LOCATION|the paraje above the San Andrés chapel, the house with the blue door and the chickens⟧, four hours' walk from the centre.

I examined her: obstructed labour, fetal heart rate 100. We called the ambulance from the municipio, which took three hours. I gave fluids and antibiotics, and kept talking with Doña Chepa, who held the girl's hand and prayed in Tzotzil. The baby was born by caesarean in San Cristóbal, with low Apgars, and needed the NICU. Mother and baby survived.

What I reflected on: Doña Chepa was criticised by the ambulance staff for "bringing her late". But it was Doña Chepa who convinced the family to come at all. Partera knowledge and our medicine should work together. The CLAP partograph I learned in medical school is useful, but Doña Chepa knows the women.

I'm going to ask the jurisdicción sanitaria for a training workshop with parteras on warning signs, in Tzotzil, with an interpreter. "Kolaval," I told Doña Chepa: thank you.
`,
  },
  {
    id: "mx-what-002",
    setting: "rural health centre",
    role: "pasante de medicina",
    text: `
What? My año de servicio social is in a rural health centre in the Sierra Norte de Oaxaca, a Zapotec town where most people over sixty speak Zapoteco as a first language. Most of my consultations are diabetes and hypertension, plus children with diarrhoea. I'm the only doctor, with a nurse, Enfermera Lupita, and a promotora, Doña Rosa.

So what? The national guideline (NOM-015, 2010) for diabetes says HbA1c every three months. We don't have an HbA1c machine, and the lab in the city is two hours away. So we use capillary glucose and clinical judgment. Metformin and glibenclamide are often out of stock. Insulin is a luxury. I feel like I'm practising medicine with one hand tied behind my back.

Now what? I started a "club de diabéticos" on Saturday mornings, with Doña Rosa, for people to share recipes, walk together and check their sugar. We use traditional foods (nopales, beans, quelites) instead of telling people to eat "healthy" foods they can't buy. Twenty people come every week. It's not a solution to the stock-outs, but it makes people feel less alone. I'm also learning Zapoteco; so far I can say "padiuxi" and everyone smiles.
`,
  },
  {
    id: "gt-gibbs-001",
    setting: "maternal health",
    role: "medical student",
    text: `
Description: During my global health elective in the western highlands of Guatemala, I spent two weeks with a programme that trains comadronas (traditional midwives) in the K'iche' communities around Quetzaltenango. We ran workshops on danger signs in pregnancy, using pictures and role play.

Feelings: I expected to be the teacher. I ended up being the student.

Evaluation: The comadronas had decades of experience. One told us she had attended more than 800 births. They knew how to turn a breech baby by external manoeuvres, how to use herbal baths in the temascal, and how to recognise when something was wrong. What they lacked was a way to refer quickly, because the health posts often treated them with disrespect.

Analysis: The Guatemalan maternal mortality ratio is one of the highest in Latin America, and Indigenous women die at much higher rates than ladina women. The 2015 national policy on comadronas recognises them officially, which is a step. But in practice, racism and language barriers remain. The doctor who led the programme, Dra. Tzul, is herself K'iche' and spoke to the comadronas as equals; that made all the difference.

Conclusion: Respecting and partnering with traditional birth attendants saves lives.

Action plan: Learn more about Indigenous health systems, and learn K'iche' greetings ("Saqarik", "Maltyox") properly. Look for ways to support programmes led by local people rather than short-term visitors like me.
`,
  },
  {
    id: "bo-free-001",
    setting: "chagas programme",
    role: "medical officer",
    text: `
I'm a médico rural in the valleys of Chuquisaca, where Chagas disease is everywhere. The vinchuca bugs live in the cracks of adobe walls and thatched roofs.

⟦NAME|Mamita Justina Mamani⟧ is known to everyone as ⟦OTHER|the woman who plays the charango at every fiesta in Tomoroco⟧. She collapsed in the plaza ⟦DATE|the morning after Todos Santos⟧ and the neighbours carried her to the health post. Her pulse was 38; the ECG showed complete heart block. She has chronic Chagas cardiomyopathy.

We needed to transfer her to Sucre for a pacemaker, but the family had no money for the trip. Her son, ⟦NAME|Don Félix⟧, sold two sheep and a quintal of potatoes. The mayor's office provided the ambulance. I stayed with her in the back, with atropine ready. She kept saying in Quechua, "Ama llakikuychu, doctorcito" (don't worry, little doctor), which was not very reassuring when her heart rate was 35.

She got her pacemaker and came home. At the next fiesta she was playing the charango again.

What I reflected on: Chagas is a disease of poverty, and the treatments (benznidazole, nifurtimox) are most effective in the acute or early chronic phase, but most people here only find out when their heart or gut fails. The national programme sprays houses against the vinchucas, but housing improvement is slow.

I want to start screening pregnant women and children in our area, and work with the municipio on replastering walls. "Sonqoykita qoni," ⟦NAME|Justina⟧ told me, my heart is warm, and I want more hearts like hers to be treated in time.
`,
  },
  {
    id: "ht-what-001",
    setting: "cholera treatment",
    role: "nurse",
    text: `
What? A week supervising the oral rehydration points our programme runs in the Artibonite valley, by moto, with the ajan sante (community health workers) who staff them.

So what? They know every family and speak to people in Kreyòl, with respect. They treat mild cases with ORS and send severe ones on. They have not been paid for four months. "Nou fatige, men nou pa ka kite moun yo mouri," one told me: we're tired, but we can't let people die.

Now what? Paul Farmer called it accompaniment. The ajan sante accompany the sick; we have to accompany them. Stipends first, then more training on severe dehydration. Kenbe fèm.
`,
  },
];
