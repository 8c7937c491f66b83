import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Lebanon, Colombia, Malaysia and South Africa. */
export const WORLD: readonly SourceItem[] = [
  {
    id: "lb-free-001",
    setting: "Syrian refugee health",
    role: "mobile clinic doctor",
    text: `
Our mobile clinic visits the informal tented settlements in the Bekaa every week. Today at ⟦LOCATION|settlement 017 near Bar Elias, tent 23⟧, ⟦NAME|Umm Khaled⟧ asked me to see her husband, who had stopped his insulin. The UNHCR case number on her attestation, ⟦ID|LEB-14C-07721⟧, was the only thing in the tent with their names on it.

He stopped because the fridge in the tent works only when the generator works, and the generator works four hours a day, when they can pay for diesel. He knew exactly what was happening to his sugars. He told me his last HbA1c was over 12 and that he would rather feel sick than waste the insulin.

We switched him to a regimen that does not need a fridge for a month at a time, and taught the family how to keep the pens cool in a clay pot with wet cloth, a trick our nurse, Rania, learned from her grandmother.

Lebanon's economic collapse means even Lebanese families cannot afford diabetes care. Refugees are last in the queue. "Yalla, doctora," ⟦NAME|Umm Khaled⟧ said when we left, "next week, inshallah." We will come.
`,
  },
  {
    id: "lb-what-002",
    setting: "Palestinian refugee camp",
    role: "nurse",
    text: `
**What?** I work at a primary care clinic in one of the Palestinian camps in Beirut. The camp was built for three thousand people in 1949 and now holds many times that, stacked in buildings that lean toward each other. Electricity wires hang so low that people are electrocuted in winter.

**So what?** We see the results every day: asthma from damp, injuries from falls, depression from confinement. Palestinians in Lebanon are barred from many professions, so unemployment is high. UNRWA funding has been cut. Our clinic treats the symptoms of a political situation that has lasted seventy-five years.

**Now what?** I am part of a small group of nurses who are documenting the health effects of housing conditions, with the help of a researcher from the American University of Beirut. We will present it to UNRWA and the municipality. My colleague, Hanan, says nothing will change. I tell her we still have to write it down. Somebody has to be able to say that they knew.
`,
  },
  {
    id: "lb-free-003",
    setting: "migrant domestic workers",
    role: "social worker",
    text: `
A woman from Ethiopia came to our drop-in in Beirut with a broken wrist and bruises. ⟦NAME|Tigist Alemu⟧ had escaped from her employer's apartment the night before. Under the kafala system, her employer held her passport, ⟦ID|EP4419027⟧, which she had memorised, and her legal status was tied to that employer.

She wanted us to contact her sister by WhatsApp on ⟦PHONE|+961 3 555 284⟧, and nobody else. She did not want to go to the police, because without papers she could be detained.

We took her to a doctor we trust, who set the wrist in a cast. Then we found a place in a shelter, and a lawyer. Our organisation's legal team, led by Maya, has helped many women in this situation. Sometimes the employer returns the passport. Sometimes the woman is deported.

I cannot stop thinking about the fact that the bruises are not the worst part. The worst part is the system, which makes her invisible. Domestic workers in Lebanon are excluded from the labour law. The ILO has called for the end of kafala. Until then, we will treat the injuries.
`,
  },
  {
    id: "lb-comment-004",
    setting: "Syrian refugee health",
    role: "medical student",
    text: `
Beautiful post, doctora. I think her son posted about the generator, the whole family is in the video: ⟦URL|https://www.facebook.com/khaled.alhamoud.bekaa/videos/1844207716⟧. Maybe the clinic could fundraise for a solar fridge for ⟦NAME|Abu Khaled⟧ and the other diabetics there? I can ask my university's student society to help with it, we raised money for a water tank last year.
`,
  },
  {
    id: "lb-gibbs-005",
    setting: "humanitarian surgery",
    role: "surgical resident",
    text: `
**Description:** After the Beirut port explosion, our hospital was overwhelmed. I was a second-year resident. I sutured for eleven hours. Many of the injured were migrant workers and Syrian refugees who had no insurance and no one to call.

**Feelings:** Numb during. Overwhelmed for weeks afterwards.

**Evaluation:** We did good work in a disaster. We did not do good follow-up. Patients without insurance did not come back for wound checks, and some returned weeks later with infected wounds.

**Analysis:** Disaster response focuses on the first hours. For people on the margins, the harm continues in the weeks after, when the media have left. My consultant, Dr. Karim Haddad, said that a disaster reveals the inequalities that were there before. The Lebanese Red Cross and the NGOs did incredible work, but follow-up depended on having a phone and a fixed address.

**Conclusion:** Emergency care without follow-up is half care.

**Action plan:** I joined a working group on disaster follow-up for vulnerable patients, and we are writing a protocol for community health workers to find patients after discharge.
`,
  },
  {
    id: "co-free-001",
    setting: "Venezuelan migrant health",
    role: "family physician",
    text: `
At our health post in the south of Bogotá, a young Venezuelan woman, ⟦NAME|Yorgelis Pérez⟧, came in at thirty-four weeks pregnant, her first visit to any health service. She had walked from Cúcuta with her partner, part of the caminantes. She showed me her PPT, the temporary protection permit, number ⟦ID|PPT 5093817⟧, which she had received only on ⟦DATE|2 de mayo⟧.

Her blood pressure was 158/102 with protein in her urine. Pre-eclampsia. We sent her to the hospital that afternoon.

The temporary protection statute was a remarkable decision by Colombia: regularising nearly two million Venezuelans. But enrolment in the health insurance system takes time, and pregnant women do not have time. Emergency care is guaranteed, but antenatal care is not seen as an emergency until it is one.

My colleague Dr. Andrés Gómez says we are the first generation of Colombian doctors to treat migrants rather than emigrants. ⟦NAME|Yorgelis⟧ gave birth to a girl by caesarean two days later, and named her ⟦NAME|Esperanza⟧. Sometimes a name says everything.
`,
  },
  {
    id: "co-what-002",
    setting: "harm reduction",
    role: "psychologist",
    text: `
**What?** I work in harm reduction in Medellín with people who use basuco, the cheap cocaine paste. Many of our participants live on the street, and many are called "ñeros" or "desechables" by people passing. The word means "disposable".

**So what?** Language kills. People who have been called disposable for years come to believe it, and the health services treat them as if it were true. When our team members use the person's name and ask how they are, that is the first intervention. Colombia's policy for habitantes de calle, people living on the street, recognises their rights. The reality is slower.

**Now what?** With my coordinator, Catalina, we are training the police and the emergency services in the municipality on respectful language and harm reduction, with participants co-facilitating. It is slow. But the first police officer who said "thank you for teaching me" made me cry. I want to measure whether the training changes anything, maybe by counting how often our participants are turned away from emergency rooms.
`,
  },
  {
    id: "co-gibbs-003",
    setting: "street medicine",
    role: "medical student",
    text: `
**Description:** On my social service rotation in Bogotá I went with a street health team. Under ⟦LOCATION|the Calle 6 bridge, in the caño beside the third pillar⟧, we met ⟦NAME|El Flaco⟧, who has lived there for eleven years. He had an abscess on his arm from injecting, and a cough.

**Feelings:** Fear, at first. Then, when he joked about my new white coat, relief.

**Evaluation:** We drained the abscess, gave antibiotics, and took a sputum sample. He agreed to the sample because the nurse, Doña Luz, has known him for years.

**Analysis:** Everything depended on Doña Luz. She knows every person under every bridge. The program has her because the city funded it; next year's funding is not confirmed.

**Conclusion:** Trust takes years to build and can be lost with one budget decision.

**Action plan:** I will write to the district health secretary, with the team's permission, about the importance of continuity of staff in street health programs. And I'll come back with the result of the sputum for ⟦NAME|El Flaco⟧.
`,
  },
  {
    id: "co-free-004",
    setting: "indigenous displaced people",
    role: "nurse",
    text: `
In Bogotá there are Emberá families who were displaced from the Chocó by armed conflict. Many live in temporary shelters in the city, and some spent months in a park in the city centre. I worked with a team providing health care to these families.

The children had diarrhoea, malnutrition and respiratory infections. The mothers were reluctant to bring them to the hospital, partly because of language, partly because of the way they had been treated, and partly because their traditional healer, the jaibaná, was the one they trusted.

We learned to work with the jaibaná rather than around him. Our team's anthropologist, Juliana, helped us understand that for the Emberá, illness has spiritual as well as physical causes. We gave ORS and antibiotics; the jaibaná did his ceremony. Both were needed.

I was trained in a medical model. This work made me see its limits. The Emberá are not in Bogotá by choice. The city is making them ill. What they want is to go home safely, and no medicine can give them that.
`,
  },
  {
    id: "my-free-001",
    setting: "refugee health",
    role: "medical officer",
    text: `
I volunteer at a clinic for refugees in Kuala Lumpur. Malaysia has not signed the Refugee Convention, so refugees have no legal status and pay foreigner fees at government hospitals, often many times the local rate.

This week a Rohingya mother, ⟦NAME|Nur Hasina binti Abdul Shukur⟧, brought her son with a fever and jaundice. Her UNHCR card, number ⟦ID|354-18C07112⟧, gives her a fifty percent discount at government hospitals, which still leaves a bill she cannot pay. She lives in ⟦LOCATION|the flats above the fish market in Selayang, block C⟧ with three other families.

We did what we could: bloods, an ultrasound through a friend's private clinic at no charge. Hepatitis A, and he will recover.

Dr. Lim, who runs the clinic, says the real work is the network of goodwill: a radiologist who gives us free slots, a pharmacist who gives us cheaper prices, a lawyer who helps with detention cases. It works, but it depends on kindness, and kindness is not a health system.
`,
  },
  {
    id: "my-what-002",
    setting: "migrant worker health",
    role: "public health doctor",
    text: `
**What?** During the pandemic I worked in the dormitories for migrant workers in Selangor. Men from Bangladesh, Nepal and Myanmar were sleeping twenty to a room. COVID-19 spread fast.

**So what?** The dormitories had been legal under the housing standards act, but the standards were not enforced. When the virus came, the workers were blamed. Some employers stopped paying wages during lockdown. Many workers were undocumented, so they did not come forward for testing, fearing detention.

**Now what?** The Workers' Minimum Standards of Housing and Amenities Act was amended, and enforcement is better. I want to keep working on this. With my colleague Dr. Siti Hajar, I am writing a paper on the health of migrant workers after the pandemic. I also speak at medical schools, because I think young doctors need to know that a third of the people who build our country are invisible to our health system.
`,
  },
  {
    id: "my-comment-003",
    setting: "refugee health",
    role: "pharmacist",
    text: `
I know this family, we give them medicine at the pharmacy near the market. The husband works at a car wash. Actually the mother has a Malaysian husband's MyKad in her file now, ⟦ID|850714-10-5531⟧, from her second marriage, so maybe she qualifies for the local rate? Please check.
`,
  },
  {
    id: "my-free-004",
    setting: "stateless children",
    role: "paediatrician",
    text: `
In Sabah, many children of migrant families, mostly Filipino and Indonesian, have no birth certificate and no nationality. They cannot go to government school. They pay foreigner rates at hospitals. Some are third generation in Malaysia.

At a community learning centre in Kota Kinabalu, I screened children for vision, hearing, growth and immunisation. Most had never had a vaccine. Some had rickets. Several had untreated otitis media, and one girl of about eight had a hearing loss that had made people think she was "slow".

I cannot give them citizenship. I can give them vaccines and a hearing test. My colleague Dr. Faridah has made an arrangement with the state health department to run immunisation days at the learning centres, without asking for documents. The department agreed quietly, because the alternative is measles.

I am a Malaysian doctor, and I am ashamed that children born here are not counted. I am also proud of the people who count them anyway.
`,
  },
  {
    id: "za-free-001",
    setting: "inner-city building",
    role: "community health worker",
    text: `
I work in the inner city of Johannesburg, where many people live in abandoned buildings. This week I visited ⟦LOCATION|the old furniture warehouse on the corner of Pritchard and Troye, fourth floor, the room with the blue door⟧. ⟦NAME|Mr. Sibusiso Ndlovu⟧ was there, coughing, thin, with a fever. He had not been at the clinic for his ARVs for three months.

He said he stopped because the clinic asked for his ID, and his was lost in a fire in the building. I found his ID number, ⟦ID|${saId("780512582908")}⟧, on an old clinic card in his bag, which meant we could trace his records.

He agreed to come to the clinic. The nurse, Sister Mokoena, started him back on treatment the same day, and he had a TB test.

People in these buildings live without water, electricity or safety. Fires are common. The city has tried to evict them, but they have nowhere else to go. Health services that require documents and addresses do not reach them. So we go to them.
`,
  },
  {
    id: "za-what-002",
    setting: "migrant health",
    role: "medical student",
    text: `
**What?** During my rotation in a Cape Town clinic, I saw a Malawian woman who had been turned away from another clinic for not having documents. She was pregnant and HIV positive.

**So what?** The South African Constitution guarantees access to health care to everyone, and the National Health Act covers pregnant women and HIV treatment regardless of nationality. But xenophobia in clinics is real. Some staff tell foreigners to go home. Operation Dudula has even stood outside clinics demanding documents.

**Now what?** I spoke with the facility manager, Mrs. Jacobs, who was clear: nobody should be turned away. I wrote to the provincial health department. I also want to remember this for my own practice. My professor, Dr. Ebrahim, says the test of a health system is how it treats the people with the least power. South Africa's is failing that test in too many clinics.
`,
  },
  {
    id: "za-gibbs-003",
    setting: "informal settlement",
    role: "family medicine registrar",
    text: `
**Description:** On a home visit in an informal settlement near Durban, I saw a man of about forty with a below-knee amputation who had been discharged from hospital weeks earlier. He had not been able to return for his wound check because he lives at ⟦LOCATION|the shack behind the spaza shop at the end of the Ekuphumuleni taxi rank⟧ and cannot get there on crutches over the mud. ⟦NAME|Baba Mthembu⟧, the neighbours call him.

**Feelings:** Upset, because the wound was infected.

**Evaluation:** We cleaned and dressed the wound and started antibiotics. The community health worker, Thandiwe, will visit every second day.

**Analysis:** The hospital did a good operation. The discharge plan assumed a car, a road, and a family member with time. He has none. My supervisor, Dr. Naidoo, said "the discharge plan is only as good as the road home".

**Conclusion:** Good surgery can be undone by bad geography.

**Action plan:** Work with the hospital on home-based wound care for patients from informal settlements, and make sure the CHW team gets discharge notices.
`,
  },
  {
    id: "za-free-004",
    setting: "homeless health",
    role: "occupational therapist",
    text: `
I work with people living on the street in Cape Town. Many of them are not visible to health services until they are very ill. This week a man in his fifties who sleeps in the city centre came to our day programme for the first time. He had a stroke two years ago and walks with a stick. He cannot use his right hand.

Nobody had ever given him rehabilitation. He had been in hospital for a week, discharged, and that was it.

We worked together on small things: how to open a packet with one hand, how to carry his things. He laughed when he managed. He said nobody had asked him what he wanted to be able to do. He wants to be able to cook.

My colleague, Lungile, a social worker, is trying to get him a disability grant. The application requires a medical assessment, which requires an appointment, which requires a phone. We are the phone.

Rehabilitation for people who are homeless is rare. I want to change that.
`,
  },
];
