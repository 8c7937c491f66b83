import type { SourceItem } from "../../corpus/types.ts";
import { cpf, iranCode, tckn } from "../gen.ts";

/** Brazil, Mexico, Iran, Turkey and Lebanon: 15 items. */
export const AMERICAS_MIDEAST: readonly SourceItem[] = [
  {
    id: "br-free-001",
    setting: "home visit",
    role: "nursing student",
    text: `
Reflection of my stage in the Estratégia Saúde da Família in Recife, 7th period of nursing.

I went with the agente comunitária, Dona Cida, to visit ⟦NAME|Dona Severina Maria da Silva⟧, hypertensive and diabetic, who lives at ⟦LOCATION|the top of the escadaria in Alto do Pascoal, the blue house after the Assembleia de Deus church⟧. She did not come to the posto for four months. Her CPF on the cadastro, ⟦ID|${cpf("204.581.937-")}⟧, was linked to the wrong family in the e-SUS system, so nobody called her for the hiperdia group.

When we arrived she was with foot ulcer, smelling bad, wrapped with a cloth and banana leaf. Glicemia was 389. She said she stopped insulin on ⟦DATE|the day of São João⟧ because her grandson ⟦NAME|Júnior⟧ took the fridge to sell, so no place to keep the insulin. I wanted to cry, sincerely.

The nurse of the team, Enfermeira Patrícia, came the next day, did the curativo and we organised with the CRAS for social support. We explained that NPH can stay out of fridge for some weeks if it is in a cool place, in a clay pot with water (moringa). Dona Cida knew this trick, not me.

What I learned: the SUS is beautiful in the paper, but the territory is where the reality is. The ACS knows everything: who sells the fridge, who drinks, who is alone. In the university we study Wanda Horta and the basic human needs, and now I understand it is not only theory. Next semester I want to do my TCC about diabetic foot in the territory.
`,
  },
  {
    id: "br-what-002",
    setting: "intensive care",
    role: "physiotherapist",
    text: `
**What?** I am physiotherapist in an adult ICU in São Paulo, residência multiprofissional, first year. This week we started early mobilisation protocol with a 63-year-old man, intubated for seven days for pneumonia, RASS −1, MRC sum score 36/60. We put him sitting at the edge of the bed and then on the cicloergômetro for ten minutes.

**So what?** The nursing team was against it in the beginning. The técnica de enfermagem said it was dangerous with the noradrenaline at 0.1 mcg/kg/min and the tube. I understood her fear, she is the one who is with him 12 hours. I showed her the safety criteria we use (from the 2014 consensus, Hodgson et al.) and we agreed together: I check the hemodynamics, she secures the tube and lines, and we stop if the MAP drops below 65.

He did well. After the session, he wrote on the board "obrigado" and "Corinthians". Everybody laughed, half the ICU is Palmeiras.

**Now what?** I learned that a protocol doesn't work if the team doesn't trust it. I will propose a short training for the técnicos in the next month, with simulation. And I want to measure outcomes, days of ventilation and ICU stay, maybe for my TCR. Carnaval is coming, so the schedule will be chaos, but I will try to start in March.
`,
  },
  {
    id: "br-comment-003",
    setting: "preceptor feedback",
    role: "nursing preceptor",
    text: `
Muito bom, Larissa! Your reflection shows you understood the territory, which is the heart of the ESF. Only one correction: the insulin tip with the clay pot is valid, but write the temperature range and the time limit, so it is evidence-based and not only popular knowledge. Also cite the Caderno de Atenção Básica nº 36. Let's discuss in the roda de conversa on Friday.
`,
  },
  {
    id: "mx-free-001",
    setting: "rural clinic",
    role: "nursing intern",
    text: `
I am doing my servicio social as pasante de enfermería in a rural health center in the Altos de Chiapas. This is my reflection for the university.

In the night of ⟦DATE|Día de Muertos⟧ a young woman arrived with her husband, ⟦NAME|María Lucía Gómez Pérez⟧, 19 years, first pregnancy, 36 weeks, with headache and seeing lights. BP 168/112, proteinuria ++ on the strip. Pre-eclampsia with severe features. The doctor pasante was in the cabecera municipal, so I was alone with the promotora, Doña Rosa.

I gave magnesium sulfate 4 g IV in 20 minutes as in the NOM-007 and the lineamiento, and nifedipine 10 mg. I called the ambulance. The husband, ⟦NAME|Don Pascual⟧, only speaks Tsotsil, so Doña Rosa translated everything. His cell is ⟦PHONE|961 555 4307⟧, I took it to follow up. They live in ⟦LOCATION|the paraje above the ermita of San Andrés, the house with the blue water tank⟧, two hours walking from the road.

The ambulance took 90 minutes. During this time I checked reflexes and respiratory rate every 15 minutes, like they taught us for magnesium toxicity. She was stable when they left to the hospital in San Cristóbal. Later I heard she had a cesarean and the baby was in incubator but OK.

What I learned: in the rural area the protocol is the same, but the distances change everything. I need to practice the emergency protocols more because I am the only one there in the night. And I understood the importance of the promotora, without Doña Rosa the husband would not accept.
`,
  },
  {
    id: "mx-what-002",
    setting: "diabetes education",
    role: "nurse educator",
    text: `
**What?** I coordinate a diabetes education group in a Unidad de Medicina Familiar in Guadalajara. Twelve patients, type 2, most of them with HbA1c above 9%. We meet every Thursday at 10. This month the topic was food, and I brought the "plato del bien comer" poster as always.

**So what?** One señora said, very direct: "Licenciada, that plate is very nice, but in my house we eat tortillas with everything, and on Sunday is birria." Everybody laughed and agreed. I realised my education was not connected to their real life. The guidelines (NOM-015 and ADA 2024) talk about individualised nutrition, and I was giving the same poster for ten years.

So we changed the session. Everyone brought a photo of a normal meal from home, and we worked with those: how many tortillas, what size, the agua fresca with how much sugar, the pan dulce at merienda. We talked about Día de Muertos pan de muerto and Christmas tamales without making anyone feel guilty.

**Now what?** I want to make a small recipe book with the group, their own recipes adapted. One of the patients is a cook in a fonda, she offered to help. I will also measure HbA1c at three months to see if this works better. Maybe I can present it at the nursing congress in Monterrey next year. And I must stop scheduling on Chivas match days, half the men don't come.
`,
  },
  {
    id: "mx-free-003",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
Reflection about antibiotics in the pharmacy where I work in Monterrey, a chain pharmacy with consultorio adjunto.

Since 2010 antibiotics in Mexico need a prescription, and the pharmacy keeps the receta. But every day people ask for "amoxicilina for the throat" or "ciprofloxacino for the stomach". Most of them are respiratory viral infections. The doctor of the consultorio sees 60 to 80 patients in the day, five minutes each, and in my opinion prescribes antibiotic too much because patients expect it.

Last week a man came with a prescription of azithromycin for a cold for his six-year-old son. I am not supposed to question the doctor, but I asked the father about the symptoms: runny nose, little fever, three days, eating fine. I explained that the antibiotic doesn't help for viruses and can cause diarrhoea and resistance. He said "then why the doctor gave it". Good question.

I spoke with the doctor at the end of the shift, very respectful. He said the company measures patient satisfaction. This is a system problem, not only one doctor.

What I learned: the pharmacist has a role in antimicrobial stewardship even in a chain pharmacy. The WHO AWaRe list (2023) is a good tool, I printed it for the counter. Next step, I want to propose to our regional supervisor a short talk for the consultorio doctors. Maybe they will listen more if it comes with the Cofepris guidelines.
`,
  },
  {
    id: "ir-free-001",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
I am nurse in ICU and I want to write this reflection in English for my master's course portfolio.

Our patient was ⟦NAME|Agha Reza Karimi⟧, 58, ventilated after CABG with complications, in ⟦FACILITY_ROOM|bed 7 of the open-heart ICU at Imam Khomeini Hospital⟧. He was admitted on ⟦DATE|3 Farvardin 1404⟧ (⟦DATE|23 March⟧), in the middle of Nowruz holidays, so we had half staff. National code on his file: ⟦ID|${iranCode("007-284195-")}⟧.

His family came every day, many people, his wife ⟦NAME|Khanom Parvin⟧ and four sons, and they wanted to enter together. Our rule is one visitor for 15 minutes. On ⟦DATE|the 13th day of Nowruz⟧, ⟦DATE|Sizdah Bedar⟧, they brought sabzeh and wanted to put it near his bed for good luck. My head nurse said no because of infection control. The wife started crying.

I thought about it. I asked the infection control nurse, and we agreed they can put the sabzeh in the window of the family waiting room, where he can see it from the bed with the curtain open. She was very happy. Small thing but for them it was very big.

His son also wrote to me later from ⟦EMAIL|karimi.m.1365@yahoo.com⟧ to thank the team, and I was surprised how much this small thing meant.

What I learned is that culture is part of care, not against care. The rules have a reason, but we can find a middle way. In our nursing education we learn Leininger's transcultural nursing theory, and this was my first real example.
`,
  },
  {
    id: "ir-what-002",
    setting: "birth",
    role: "midwife",
    text: `
**What?** I am midwife in a public maternity hospital in Shiraz. Last week a young woman, primigravida, asked for epidural, but our hospital has the free painless delivery program only in the day shift. She came at night. I had only non-pharmacological methods: massage, birth ball, warm shower, breathing. She was very angry with me, she said "in Tehran everybody gets epidural".

**So what?** I felt guilty, like I was failing her. But I stayed. I used counter-pressure on her lower back for every contraction for almost three hours. Her mother was with her, and I taught the mother to do it also. In the end she delivered normally, baby girl, Apgar 9, and no perineal tear. In the morning she said thank you, and that her mother's hands were the best medicine.

The national program since 2015 (the health transformation plan) promised natural delivery with painless options in every hospital, but the anaesthesia staff are not enough at night. This is a system problem, and the woman should not pay for it.

**Now what?** I will write to our matron about extending the program to nights, at least on call. I will also offer the continuous support from admission and not only when the woman asks. And I want to learn TENS for labour, I read it is used in some countries. On Yalda night we were all on shift with pomegranates and Hafez in the staff room, so at least that was nice.
`,
  },
  {
    id: "ir-free-003",
    setting: "rural health house",
    role: "community health worker",
    text: `
I am behvarz in a khaneh behdasht (rural health house) in a village of Mazandaran for 22 years. My daughter helps me write in English for the workshop.

The oldest person in my population list is ⟦NAME|Haj Khanom Golbahar Rezaei⟧, she is ⟦AGE|ninety-three⟧ years old. She lives alone in ⟦LOCATION|the last house of Kelardasht-e Pain, after the tea garden and the small imamzadeh⟧. Her son lives in Tehran and calls her by phone only.

In the winter she fell in the yard and did not tell anybody for two days. I found her because I visit her every Tuesday to check her blood pressure and to bring her the losartan. Her hip was painful but she could walk with the stick. I called the doctor of the health centre and we sent her to the city hospital in Chalus with my cousin's car.

After this I changed my work. Before, I was visiting elderly only for the blood pressure and the care form in the SIB system. Now I ask about falls, about the yard, the stairs, the toilet outside, who brings food. I made a list of seven elderly who live alone in our village, and we made a group of neighbours who check them every day. The mosque helps also.

Learning: the health house is not only for vaccines and the pregnant women. The elderly in the villages are alone because the young people go to the city. This is the new problem of our work.
`,
  },
  {
    id: "tr-free-001",
    setting: "ambulance call",
    role: "paramedic",
    text: `
I am paramedic in 112 emergency service in Istanbul. I write this for the English reflective practice course.

We got a call for chest pain in Fatih, in the old wooden houses. The patient was ⟦NAME|Hüseyin Aydoğan⟧, 61, taxi driver. Address ⟦ADDRESS|Kirmasti Mescit Sokak No: 14, Daire 3, 34083 Fatih/İstanbul⟧, fourth floor, no elevator. ECG showed ST elevation in V1 to V4. He was sweating, BP 100/60.

The problem: the street is very narrow and our ambulance could not enter, we had to park 200 m away, and carry him down the stairs in the carry chair. His daughter ⟦NAME|Elif⟧ was screaming, and the neighbours were giving advice from every window. His TC kimlik no was needed for the hospital pre-notification, ⟦ID|${tckn("487316205")}⟧, and ⟦NAME|Elif⟧ found it on his e-Devlet on her phone. I gave aspirin 300 mg chewed, and we called the cath lab at ⟦FACILITY_ROOM|Çapa⟧.

Door to balloon time was about 70 minutes from our call, which is good for Istanbul traffic.

What I learned: in the old neighbourhoods, the stairs and the streets are part of the treatment time. I will suggest to our station that we keep a note of the streets where the ambulance can't enter, and the nearest point. Also I learned to give the family a task. When I asked ⟦NAME|Elif⟧ to find the ID and his medicines, she stopped screaming and helped. That is a good technique.
`,
  },
  {
    id: "tr-what-002",
    setting: "surgical ward",
    role: "nursing student",
    text: `
**What?** I am 3rd class nursing student in Ankara, internship in the general surgery clinic. During the Kurban Bayramı holiday the ward was half empty of staff, and I was with one nurse for 24 patients. One patient after cholecystectomy had pain 8/10 and the nurse told me to give tramadol 50 mg IV. I prepared it, but I gave it fast, in one minute, because I was in hurry. The patient felt nausea and dizziness immediately.

**So what?** I didn't know tramadol IV should be given slowly, over 2 to 3 minutes at least. The nausea passed in ten minutes with metoclopramide, but I was very afraid. I told my nurse immediately, and she was kind, she said "good that you told me, now you will never forget".

I think the reason was the pressure and the holiday staffing. But also I didn't read the prospectus before. In our pharmacology lesson we learned the drugs, but not the administration rates.

**Now what?** Before every IV drug I will check the administration rate in the drug guide. I made a small notebook for the most common drugs in our ward: tramadol, paracetamol IV, pantoprazole, ceftriaxone, metoclopramide. Also I want to discuss this with my teacher, because maybe other students don't know also. And next Bayram, I hope I will be home in Trabzon with my family, eating baklava and watching Trabzonspor.
`,
  },
  {
    id: "tr-free-003",
    setting: "rehabilitation",
    role: "physiotherapist",
    text: `
Two years after the February 2023 earthquakes, I am working in a rehabilitation centre in Adana with patients from Hatay, Kahramanmaraş and Adıyaman. I want to reflect about what this work taught me.

Most of my patients have crush injuries, amputations, or spinal cord injuries. Many of them had fasciotomy and some had dialysis for crush syndrome in the first weeks. Physically, the rehabilitation is what we learned in the university: prosthetic training, gait training, strengthening. But nobody prepared us for the psychological part.

One young man with a transfemoral amputation did well in gait training, walking with the prosthesis in eight weeks. But every time there was a small tremor (and there are many aftershocks still), he stopped everything and froze. He couldn't sleep in a building. He was sleeping in a container city with his family.

I consulted with our psychologist, Ayşe Hanım, and we started to work together. She does EMDR and I adjusted his sessions, outdoor walking, in the garden, not inside the gym.

What I learned: trauma is in the body. Physiotherapy and psychology must work together, not in separate rooms. I also learned to take care of myself, because I cried many nights in the first months. Now I go swimming twice a week and I meet my friends on Sundays for kahvaltı. The WCPT and WHO guidelines for rehabilitation in disasters helped me to structure my practice, but the patients taught me more.
`,
  },
  {
    id: "lb-free-001",
    setting: "home oxygen",
    role: "home care nurse",
    text: `
Reflection for my home care nursing team in Beirut, after a very hard week.

We follow ⟦NAME|Teta Wadad Haddad⟧, COPD, on home oxygen 2 L for three years. She lives with her grandson ⟦NAME|Karim⟧ in ⟦ADDRESS|Mar Mikhael, Armenia Street, Bldg Nahas, 5th floor⟧, no elevator when there's no electricity, which is most of the day. The oxygen concentrator is from an NGO, asset tag ⟦DEVICE|OC-BRT-00417⟧, and it works only with the generator, which the building cuts from midnight to 6 am because of the diesel price.

On ⟦DATE|the Sunday after Eid al-Adha⟧ ⟦NAME|Karim⟧ called me at 5 in the morning on my mobile from ⟦PHONE|+961 3 555 218⟧, she was blue and confused. SpO2 was 79% when I reached. We had one backup cylinder at the centre. I took a taxi with it and stayed until the generator came back.

After that, I sat with the team and our coordinator, Rita. We made a list of all our patients on home oxygen, 23 patients, and which buildings have generator cuts at night. We asked the NGO for more backup cylinders and a small UPS for the ones in the worst situation. Not all requests were accepted.

What I learned: in Lebanon the economic crisis is a clinical problem. The care plan must include electricity. I didn't learn this in nursing school at the Lebanese University, but I learned it in the stairs of Mar Mikhael at 5 am.
`,
  },
  {
    id: "lb-what-002",
    setting: "refugee health",
    role: "midwife",
    text: `
**What?** I work as a midwife in a primary health care centre in Tripoli that serves Lebanese and Syrian refugee women. Most of our antenatal visits are covered by UNHCR's cost-sharing scheme. Last month I saw a 17-year-old Syrian girl at 30 weeks, first visit ever, married at 15. Hb 8.9, BP normal, baby growth small for dates on the scan.

**So what?** I felt angry, not at her, at the whole situation. Child marriage is common in the camps, families think it protects the girls. I wanted to talk about it but she was with her mother-in-law, who answered every question for her. I could not ask anything private.

I used a trick one of the older midwives, Samira, taught me: I asked the mother-in-law to go to the reception to get the lab results, and I had five minutes alone. I asked about violence using the WHO screening questions. She said no. But she asked me how to not get pregnant again quickly after the birth. We talked about the implant.

**Now what?** I will make sure every woman has at least a few minutes alone in each visit, it should be standard. I will refer her to the nutrition programme for the anaemia, ferrous sulfate 200 mg twice a day. And I will talk to our coordinator about linking with the protection team of the NGO. Ramadan is soon and the clinic hours will change, so I must plan her follow-up visits before.
`,
  },
  {
    id: "lb-free-003",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
Reflecting on five years as a community pharmacist in Zahle during the crisis.

Before 2019 our pharmacy was a normal pharmacy. Then the lira collapsed, the subsidies stopped, and many medicines disappeared. For months we had no insulin, no levothyroxine, no anti-epileptics. People were driving to Syria or asking relatives in France and Canada to send medicines in suitcases. Some medicines came from Turkey or Iran, with labels we could not read, and we were not sure about quality.

The hardest was to say "we don't have it" twenty times a day. One day a mother cried in front of me because her son's carbamazepine was finished and he had seizure in the night. I called every pharmacy in the Bekaa I know. Finally a colleague in Chtaura had one box, and she drove it to me.

What I learned from these years:
- Pharmacists in a crisis become social workers, logisticians and psychologists.
- We need a national database of stock, the MoPH platform came late.
- Generic substitution with local products saved many patients, and I became less prejudiced against local generics.
- Sharing between pharmacies is stronger than competition.

Now the situation is a bit better, but not stable. I still keep a list on my phone of colleagues for each rare medicine. And I learned to take a break, I go hiking in the Chouf cedars on Sundays, otherwise I would not survive.
`,
  },
];
