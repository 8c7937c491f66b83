import type { SourceItem } from "../../corpus/types.ts";
import { iranCode } from "../gen.ts";

/** Uganda, Zambia, Egypt and Iran: Ebola contact tracing, VMMC, prison TB, cholera, injectable PrEP, hepatitis C, bilharzia, CCHF, brucellosis. */
export const AFRICA_MIDDLE_EAST: readonly SourceItem[] = [
  {
    id: "ug-free-001",
    setting: "contact tracing",
    role: "village health team member",
    text: `
During the Ebola outbreak I worked as a contact tracer with the district task force. One of my contacts was ⟦NAME|Jjajja Nakato Namubiru⟧, the grandmother of a confirmed case, who lived in ⟦LOCATION|Kiryabukoola village⟧. She had washed her grandson's body before the burial team arrived, on ⟦DATE|20 September⟧. For 21 days I visited her every morning to take her temperature with an infrared thermometer, standing two metres away, and I called her daughter on ⟦PHONE|+256 772 555 610⟧ if I could not reach the home because of rain.

At first the family refused to speak to me. They believed we were taking people to the isolation centre to die. Our team leader, Dr. Mugisha, explained to the village that the Sudan ebolavirus has no licensed vaccine, but that early supportive care improves survival, and that the people who came back from the treatment unit were proof. When two patients returned home recovered, the mood changed.

⟦NAME|Jjajja Nakato⟧ developed a fever on day 9, and I was very afraid. She was taken to the treatment unit and tested negative twice; it was malaria. She completed her follow-up without Ebola.

I learnt that contact tracing is built on trust and respect. I greeted her each day in Luganda, asked about her garden, and only then took her temperature. I also learnt to protect myself and to follow the infection prevention rules, even when people were angry. Our community lost many people, but I am proud that our team found contacts early.
`,
  },
  {
    id: "ug-what-002",
    setting: "hiv prevention",
    role: "clinical officer",
    text: `
What? I work as a clinical officer in a voluntary medical male circumcision programme. During a campaign in a fishing community on Lake Victoria, our team performed over 400 procedures in two weeks. Every client received HIV testing, counselling about condoms and the 42-day healing period, and tetanus vaccination before the procedure, because of the risk of tetanus after VMMC.

So what? I was struck by how many men came only because their friends were coming. Others came because their wives or girlfriends encouraged them. Some asked whether circumcision means they no longer need condoms, which shows why counselling is so important. The trials showed about a 60% reduction in HIV acquisition among circumcised men, but that protection is partial. Our supervisor, Dr. Kato, reminded us that VMMC works best as part of combination prevention with testing, PrEP and treatment for partners.

I also noticed how hard it was for fishermen to return for follow-up visits, because they spend days on the lake. We adjusted the review days to match their fishing schedule, and asked peer mobilisers to check on clients.

Now what? I want to improve our counselling so that every client leaves with the right message about condoms and abstinence during healing. I will also collect data on adverse events, which were rare, to reassure the community.
`,
  },
  {
    id: "ug-gibbs-003",
    setting: "correctional health",
    role: "medical officer",
    text: `
Description. As the medical officer visiting a regional prison, I diagnosed pulmonary TB in ⟦NAME|Okello Denis⟧, a 27-year-old inmate with a cough for two months. His prison number was ⟦ID|KMP/2291/23⟧. He had shared a crowded cell with more than eighty men, and we isolated him in ⟦FACILITY_ROOM|the sick bay at Kabalega Main Prison, room 2⟧ until his smear converted.

Feelings. I was worried, because I knew that TB spreads fast in prisons and that many inmates also have HIV.

Evaluation. We acted quickly: GeneXpert testing, treatment initiation and contact screening of his cell. We found four more cases, including one with rifampicin resistance, who was referred to the MDR-TB unit.

Analysis. Prisons have TB rates many times higher than the general population because of overcrowding, poor ventilation, malnutrition and HIV. Our programme coordinator, Mr. Ssemakula, explained that screening at entry and regular mass screening are recommended by the national TB programme, but are difficult because of limited staff and X-ray equipment. When prisoners are released, they often stop treatment because nobody links them to a health facility.

Conclusion. Prison health is public health. Every prisoner who is released returns to the community.

Action plan. We now screen every new prisoner with a symptom questionnaire and, when possible, a digital chest X-ray. I am also working with the district TB focal person to link released prisoners to their local health centres.
`,
  },
  {
    id: "zm-free-001",
    setting: "outbreak response",
    role: "nurse",
    text: `
During the cholera outbreak in Lusaka, I worked at a cholera treatment centre set up in the national stadium. One of the patients I remember was ⟦NAME|Bana Chilufya⟧, as her neighbours called her after her first-born, a mother of four from ⟦ADDRESS|House 412, Kanyama Compound, Lusaka⟧. She arrived severely dehydrated on ⟦DATE|3 January⟧, unable to stand. Her NRC number was ⟦ID|228143/67/1⟧ and her husband's phone, ⟦PHONE|0977 555 284⟧, went on the line list.

We gave her Ringer's lactate quickly through two lines, and within a few hours she could drink ORS by herself. She also received doxycycline. Two of her children were admitted the next day with milder symptoms.

What struck me was the role of water. The shallow wells in the compound were close to pit latrines, and the rains had flooded the area. Our team worked with the Lusaka Water and Sewerage Company and community volunteers to distribute chlorine and to deliver water by truck.

I learnt that cholera treatment is simple but must be fast, and that most deaths happen before patients reach care. Oral rehydration points in the community are as important as the treatment centre. I also saw the value of the oral cholera vaccine campaign that followed. ⟦NAME|Bana Chilufya⟧ came back to thank us, and she became a volunteer in her community, teaching neighbours about ORS and safe water.
`,
  },
  {
    id: "zm-what-002",
    setting: "hiv prevention",
    role: "hiv prevention officer",
    text: `
What? This year our clinic in the Copperbelt started offering long-acting injectable cabotegravir as PrEP, an injection every two months. I was trained to offer it alongside oral PrEP and the dapivirine ring. Many young women were interested, especially those who found it hard to take a pill every day or to hide pills from partners.

So what? I had assumed that young women would prefer oral PrEP because it is familiar. In practice, many told me that the injection gave them privacy: nothing to keep at home, nothing for a partner to find. Our clinical mentor, Dr. Banda, explained the HPTN 084 trial, which showed that injectable cabotegravir was more effective than daily oral PrEP in women, mainly because of better adherence. She also reminded us about the importance of HIV testing before each injection, because of the risk of resistance if someone starts the injection while already infected.

I also learnt about the practical problems: limited supply, the need for cold storage in some cases, and the need for reliable appointment reminders.

Now what? I want to improve how we counsel clients about choice, without pushing one method. I will help design a reminder system using text messages, and I will collect data on continuation at six and twelve months to show the district health office what works for young women in our community.
`,
  },
  {
    id: "zm-comment-003",
    setting: "hiv prevention",
    role: "nurse",
    text: `
Thank you for sharing this. In our clinic in Kitwe we have seen the same thing: privacy is the main reason young women choose the injection. We have had problems with supply, though, and some clients had to switch back to oral PrEP for a few months. Text reminders worked well for us, especially with a short, neutral message.
`,
  },
  {
    id: "eg-free-001",
    setting: "hepatitis screening",
    role: "family medicine resident",
    text: `
During the national hepatitis C campaign, I worked at a screening point in a village unit in the Delta. Among the hundreds of people we tested, I remember ⟦NAME|Hagga Zeinab Abdel-Rahman⟧, a 66-year-old grandmother from ⟦LOCATION|Kafr Abu Salem el-Bahari⟧, whose rapid test was positive. Her national ID number was ⟦ID|25803121401547⟧, and she started sofosbuvir and daclatasvir on ⟦DATE|15 Sha'ban 1445⟧, which she chose because it was a blessed night.

She told me that she had received injections for bilharzia as a child in the 1960s, like most people of her generation in the countryside. I knew this history from lectures: the mass campaigns against schistosomiasis with tartar emetic injections, using reused glass syringes, are believed to have spread hepatitis C widely in Egypt. Hearing it from a patient made it real.

The campaign was very efficient: test, confirm with PCR, and start treatment within days, free of charge. Our supervisor, Dr. Hossam, explained that Egypt became one of the first countries to be recognised by WHO on the path to elimination of hepatitis C. Most patients achieved a sustained virological response after twelve weeks.

I learnt that the history of a disease can explain a whole population's suffering, and that a well-organised campaign can change that history within a few years. I also learnt to ask older patients about their childhood treatments, because that history still matters.
`,
  },
  {
    id: "eg-what-002",
    setting: "outpatient clinic",
    role: "medical student",
    text: `
What? In the tropical medicine clinic, I saw a young farmer with blood in his urine. Our professor, Dr. Samia, suspected urinary schistosomiasis, and the urine microscopy showed eggs of Schistosoma haematobium with their terminal spine. Treatment was a single dose of praziquantel, 40 mg/kg.

So what? I had learnt about bilharzia in lectures and remembered that it was named after Theodor Bilharz, the German physician who described the parasite in Cairo in the 1850s. But I had not realised that it is still present in some rural areas, especially among farmers and children who swim or work in canals. Dr. Samia explained that Egypt has made huge progress through mass drug administration and snail control, but that reinfection happens if people keep contact with infected water. She also reminded us that chronic urinary schistosomiasis is linked to bladder cancer, which used to be one of the commonest cancers in Egyptian men.

I also learnt the importance of the history: asking about water contact, occupation and where the patient grew up.

Now what? I want to read more about the WHO strategy for schistosomiasis elimination and about the link between schistosomiasis and liver fibrosis. I will also ask about canal water contact whenever I see haematuria in a young patient, and remember that a microscope can still make the diagnosis in minutes.
`,
  },
  {
    id: "eg-comment-003",
    setting: "hepatitis screening",
    role: "nurse",
    text: `
I was the nurse at that screening point, and I remember ⟦NAME|Hagga Zeinab⟧ very well. She brought her whole family to be tested the next week and called us to share her PCR result after treatment. It was negative. A beautiful story, doctor, but please take out her ID number from the post before you publish it.
`,
  },
  {
    id: "ir-free-001",
    setting: "infectious diseases ward",
    role: "infectious diseases resident",
    text: `
A few days after Eid al-Adha, we admitted ⟦NAME|Aqa-ye Reza Karimi⟧, a 41-year-old butcher, with high fever, muscle pain and bleeding from his gums. He had slaughtered sheep for his neighbours during the holiday without gloves. His platelet count was 22,000 and liver enzymes were high. We suspected Crimean-Congo haemorrhagic fever, and the PCR confirmed it. He was admitted on ⟦DATE|31 Khordad 1403⟧ (⟦DATE|20 June⟧) to ⟦FACILITY_ROOM|the isolation room of the infectious ward at Golestan-e Sistan Hospital, Zahedan⟧. His national code was ⟦ID|${iranCode("361052847")}⟧, and his wife's phone, ⟦PHONE|0915 555 3841⟧, was used for follow-up.

We started ribavirin and supportive care, and he needed platelet transfusions. I remember how careful the nurses were, using full protective equipment. Our professor, Dr. Sharifi, reminded us that CCHF can spread to health workers through blood, and that needle-stick injuries are the main risk.

He recovered after two weeks. His family and colleagues at the butcher's shop were monitored for 14 days, and none became ill.

I learnt that religious festivals can shape the epidemiology of a disease. Every year after Eid al-Adha, cases rise in Iran because of animal slaughter. Prevention is simple: gloves, protective clothes, and slaughter in official places. I now take part in the awareness programme before the holiday and speak to butchers about safe practices.
`,
  },
  {
    id: "ir-what-002",
    setting: "internal medicine",
    role: "internal medicine resident",
    text: `
What? In the internal medicine clinic, I saw a woman in her forties with three months of fever, night sweats and joint pain in her lower back. She had been treated twice for urinary infection. When I asked about food, she said her family made fresh cheese from unpasteurised sheep milk. Her Wright agglutination test was 1:640, and the 2-ME test was also positive: brucellosis.

So what? Brucellosis is common in Iran, especially in rural areas where people drink unpasteurised milk or work with livestock. But it is often missed because the symptoms are so non-specific. Our attending, Dr. Mohammadi, explained that sacroiliitis and spondylitis are common complications, and that treatment requires a long course of doxycycline with rifampicin or streptomycin, usually six weeks or more for uncomplicated disease and longer if there is spondylitis.

I also realised how much the history matters. Without asking about food, I would have missed it. The patient was surprised that cheese could cause a disease, because her family had eaten it for generations.

Now what? I will always ask about unpasteurised dairy and animal contact in patients with prolonged fever. I also want to learn more about the public health side: animal vaccination and pasteurisation campaigns. I will present this case at our morning report to remind my colleagues to think of brucellosis.
`,
  },
  {
    id: "ir-gibbs-003",
    setting: "antimicrobial stewardship",
    role: "clinical pharmacist",
    text: `
Description. As a clinical pharmacist in a teaching hospital in Shiraz, I joined a project to reduce the use of carbapenems in the ICU. We introduced a rule that meropenem needs approval from an infectious diseases specialist after 72 hours.

Feelings. I was nervous at first, because some doctors felt that we were interfering with their decisions.

Evaluation. In the first three months, carbapenem use fell by about a third. There was no increase in mortality or length of stay. But some doctors found ways around the rule, such as writing new prescriptions every three days.

Analysis. Our supervisor, Dr. Ahmadi, explained that rules alone do not change behaviour. Doctors need to trust the specialists, and they need rapid microbiology results. Our laboratory took three to four days to report susceptibility, which made de-escalation difficult. We also found high rates of carbapenem-resistant Acinetobacter baumannii and Klebsiella pneumoniae, which made doctors anxious. Iran's national action plan on antimicrobial resistance supports stewardship programmes, but resources are limited.

Conclusion. Stewardship works best when it combines rules, education and better diagnostics.

Action plan. We started daily rounds in the ICU with the infectious diseases specialist and pharmacist together. We also asked the laboratory to report Gram stain results by phone. I will present our results at the national congress of clinical pharmacy and suggest extending the programme to other wards.
`,
  },
];
