import type { SourceItem } from "../../corpus/types.ts";
import { cpf } from "../gen.ts";

/** Brazil, Mexico and Peru: yellow fever, leprosy contacts, congenital syphilis, Chagas, measles, MDR-TB, Carrion's disease, leishmaniasis. */
export const AMERICAS: readonly SourceItem[] = [
  {
    id: "br-free-001",
    setting: "infectious diseases ward",
    role: "nurse",
    text: `
Last summer, during the yellow fever season, I nursed ⟦NAME|Seu José Carlos Ribeiro⟧, a 58-year-old eucalyptus cutter from the interior of Minas Gerais who had never been vaccinated. He was jaundiced, bleeding from his gums, and confused when he was transferred to our infectious diseases unit. His CPF, ⟦ID|${cpf("318.554.027")}⟧, was on the referral form, along with his daughter's address in the city, ⟦ADDRESS|Rua das Acácias, 217, Santa Efigênia, Belo Horizonte – MG, 30260-070⟧, and her WhatsApp, ⟦PHONE|(31) 99555-0417⟧. He was admitted on ⟦DATE|12/02/2025⟧ and died four days later of liver failure.

What I keep thinking about is the vaccine. One dose of yellow fever vaccine gives lifelong protection, and it is free in the SUS. He told his daughter that he had avoided it because someone in his town had a reaction after the 2018 campaign, and because he was afraid of missing work if he felt unwell.

Our team did everything it could: intensive monitoring, plasma, vitamin K, and contact with the liver transplant team, although he was too sick for transplant. The infectious diseases physician, Dra. Mendes, explained to the family that yellow fever has no specific antiviral treatment, and that prevention is the only real protection.

I learnt that rumours about vaccines travel faster than mosquitoes. Since then, I ask every patient from rural areas about vaccination and I talk openly about side effects, which are rare, and about the disease itself, which is not.
`,
  },
  {
    id: "br-what-002",
    setting: "primary care",
    role: "family medicine resident",
    text: `
What? In my family health team in a city in Maranhão, I diagnosed a woman in her thirties with multibacillary hanseníase, Brazil's name for leprosy. She had numb patches on her arms for two years and had been treated for "allergy" three times. After her diagnosis, our team had to examine all of her household contacts, which meant eleven people in two houses, and give BCG to those without a scar.

So what? I discovered how easy it is to miss leprosy when you are not looking for it. Brazil has the second-highest number of new cases in the world after India, and many of them are diagnosed late, with disability. The Ministry of Health guidelines recommend a simplified sensory examination with a monofilament and palpation of the ulnar, median and fibular nerves, which takes five minutes. Our preceptor, Dr. Araújo, showed me how the community health agents knew which families had been reluctant to come for examination, and why: the old name for the disease still causes fear.

Now what? I have started examining the skin of every adult with chronic "allergy" or numbness, and I carry a monofilament in my pocket. I have also asked our team to hold a small session with the community health agents about stigma, and to use the word hanseníase rather than the old one.
`,
  },
  {
    id: "br-gibbs-003",
    setting: "obstetrics",
    role: "obstetrics resident",
    text: `
Description. On ⟦DATE|terça-feira de Carnaval⟧, the busiest night of the year, I admitted ⟦NAME|Jéssica Ferreira da Silva⟧, 19, in labour at 36 weeks. She had attended only one prenatal visit. Her rapid syphilis test was reactive, and her baby was born with skin lesions and a large liver. They were placed together in ⟦FACILITY_ROOM|leito 7 do alojamento conjunto, Maternidade Santa Luzia do Recife⟧, and her CPF, ⟦ID|${cpf("705.219.443")}⟧, went on the compulsory notification form.

Feelings. I felt a mixture of sadness and frustration, because congenital syphilis is almost completely preventable with penicillin.

Evaluation. Care in the maternity was good: the baby received crystalline penicillin for ten days, and the mother and her partner were treated with benzathine penicillin. But the chance to prevent it was missed in pregnancy.

Analysis. The Ministry of Health recommends testing at the first prenatal visit, in the third trimester and at delivery. ⟦NAME|Jéssica⟧ had no third-trimester test because she had moved house and lost contact with her health unit. Our preceptor, Dr. Cavalcanti, explained that Recife's rates are among the highest in Brazil, and that partner treatment is the weak point everywhere.

Conclusion. Syphilis in pregnancy is a test of the health system, not of the mother.

Action plan. I now check the syphilis result and partner treatment on every prenatal card at admission. I also joined a group that is preparing a protocol for rapid tests during Carnaval, when many women come to the maternity without recent care.
`,
  },
  {
    id: "mx-free-001",
    setting: "rural health post",
    role: "social service doctor",
    text: `
My servicio social year was at a health post in the highlands of Chiapas. There I cared for ⟦NAME|Doña Chayo⟧, as everyone called ⟦NAME|Rosario Gómez Pérez⟧, a Tsotsil weaver from ⟦LOCATION|the ejido of San Martín Tzajalhucum⟧, who had fainted at the market. Her ECG showed a right bundle branch block and her serology for Trypanosoma cruzi was positive: chronic Chagas disease. Her clinic file number was ⟦ID|EXP-2291-07⟧, and her son's phone, ⟦PHONE|961 555 0183⟧, was the only way to reach her.

Chagas is a disease of adobe houses with thatched roofs, where the triatomine bug, the chinche, lives in the cracks. ⟦NAME|Doña Chayo⟧'s house was exactly like that. She told me she had seen the insects all her life and never knew they could make you ill.

Treatment was difficult. Benznidazole is less useful in chronic disease in older adults, and the nearest cardiologist was six hours away in Tuxtla Gutiérrez. I arranged a referral, and the health jurisdiction sent the vector-control team to spray her house. We also tested her grandchildren, who were negative.

I learnt that in rural Mexico the most important part of medicine is often not in the consultation room. I also learnt humility. My Spanish was not enough; I needed the promotora, Doña Magdalena, to translate into Tsotsil. Without her I would never have understood what ⟦NAME|Doña Chayo⟧ was telling me about the bugs.
`,
  },
  {
    id: "mx-what-002",
    setting: "vaccination drive",
    role: "public health nurse",
    text: `
What? When measles returned to northern Mexico, our jurisdiction organised a catch-up vaccination campaign. For six weeks I went from school to school and to the weekend markets with a cool box of MMR and MR vaccine. We focused on children aged one to nine and on adults who were not sure of their vaccination status. In total our brigade applied more than 2,300 doses.

So what? I was surprised by how many parents had lost their children's cartilla de vacunación, and by how many adults had never received a second dose. Some families told us they had avoided vaccination during the pandemic because they were afraid of going to the health centre. Others belonged to communities that traditionally refuse vaccines, and there our supervisor, Dr. Salazar, asked local leaders to help. The Secretaría de Salud guidelines say to vaccinate even without a card, because an extra dose of MMR is safe.

Now what? I learnt that a vaccination campaign is a conversation with the community, not only a cold chain exercise. I will keep the practice of explaining the disease, not just the vaccine, because many young parents have never seen a child with measles. I also want to improve our electronic register, so that a lost card no longer means a lost history, and I will present our coverage data at the next jurisdiction meeting.
`,
  },
  {
    id: "mx-comment-003",
    setting: "vaccination drive",
    role: "paediatrician",
    text: `
Very good work. In our hospital in Monterrey we also saw many adults without a second dose of the vaccine, and health workers were not always protected. I agree that an extra dose of MMR is safe and simpler than searching for old records. Thank you for showing the human side of these campaigns.
`,
  },
  {
    id: "pe-gibbs-001",
    setting: "tb programme",
    role: "nurse",
    text: `
Description. I work in the TB programme of a health centre in eastern Lima. This year we diagnosed MDR-TB in ⟦NAME|Mamá Rufina Quispe Huamán⟧, a 52-year-old street food seller who migrated from Ayacucho decades ago. Her DNI is ⟦ID|40718236⟧ and she lives at ⟦ADDRESS|Mz. K Lote 14, A.H. Cerro Las Flores, San Juan de Lurigancho⟧. She began the all-oral regimen with bedaquiline, pretomanid and linezolid on ⟦DATE|4 de marzo⟧.

Feelings. Admiration, mostly. She came every morning at 7 a.m. for directly observed treatment before opening her stall.

Evaluation. The treatment itself was shorter and easier than the injectable regimens I used to give, which caused deafness. But her household was at high risk: six people in two rooms, including two grandchildren.

Analysis. Our physician, Dr. Huamán, explained that Peru has one of the highest burdens of MDR-TB in the Americas, concentrated in poor districts of Lima where crowding, poverty and late diagnosis mix. The national guidelines recommend evaluating all contacts and following them for two years. ⟦NAME|Mamá Rufina⟧ worried about losing income if she stayed home.

Conclusion. Treating TB means treating the conditions around it.

Action plan. We arranged the social support basket provided by the programme and connected her with a community organisation that helps TB patients. I also organised contact screening at home, which found one grandson with latent infection, and I will follow all the contacts as the guidelines say.
`,
  },
  {
    id: "pe-what-002",
    setting: "rural health post",
    role: "medical student",
    text: `
What? During my rural rotation in an Andean valley, I learnt about Carrion's disease, caused by Bartonella bacilliformis and transmitted by sandflies. It has two phases: the acute, severe Oroya fever with haemolytic anaemia, and the chronic verruga peruana, with red skin nodules. The disease is named after Daniel Alcides Carrión, a Peruvian medical student who inoculated himself in 1885 to prove that both phases were the same illness, and died.

So what? In the health post we saw a teenager with fever, pallor and a haemoglobin of 6, and the doctor, Dr. Villanueva, suspected Oroya fever immediately because of the place and the season. She started ciprofloxacin, as the national guideline recommends for the acute phase, and referred the patient. Without local knowledge, this would have looked like malaria or haemolysis of another cause.

Carrión's story moved me. Every year on 5 October, Peru celebrates Peruvian Medicine Day in his honour. I had heard his name many times at university without really understanding what he did.

Now what? I want to learn more about neglected tropical diseases that exist only in specific valleys and altitudes, and about how sandfly control works in rural communities. I also want to remember that local doctors often know things that textbooks in Lima do not teach.
`,
  },
  {
    id: "pe-free-003",
    setting: "tropical medicine",
    role: "infectious diseases resident",
    text: `
On my rotation in Iquitos, I saw ⟦NAME|Don Wilder Tananta⟧, 45, with a large painless ulcer on his leg that had been growing for three months. He is ⟦OTHER|the only peque-peque boat driver who carries passengers to Santa Rosa de Yarapa⟧, and spends his days along the river and in the forest. A smear from the edge of the ulcer showed Leishmania amastigotes.

He told us he had first noticed a small bite near ⟦DATE|la Fiesta de San Juan⟧, and had tried treating it with battery acid and herbal plasters. Our team started sodium stibogluconate, and I spent a lot of time explaining the injections, the side effects and the ECG monitoring.

What I found difficult was his worry about work. If he could not drive his boat, the whole community lost its link to the city. He asked if he could take the injections somewhere closer, and we arranged for the health post near his community to give them, with weekly visits to Iquitos for monitoring.

I learnt that in the Amazon, tropical medicine is also transport medicine. The patient's job and his river shaped every decision. I also realised how easily a single detail, such as the only boat driver to a small community, identifies someone, and I will avoid such details when presenting cases. Dr. Pinedo, our tutor, reminded me that in small villages everyone knows who is sick.
`,
  },
];
