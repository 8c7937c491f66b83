import type { SourceItem } from "../../corpus/types.ts";

/** Elsewhere, Latin America: Chile, Colombia, Peru. */
export const AMERICAS: readonly SourceItem[] = [
  {
    id: "cl-free-001",
    setting: "internal medicine",
    role: "medical intern (interna)",
    text: `
My internal medicine internship in Santiago ended just before Fiestas Patrias, and my tutor, Dra. Carolina Soto, asked us to write one reflection in English for the exchange programme with Edinburgh. So here it is, with apologies for my grammar.

The patient I remember most was a man in his fifties from the north with Chagas cardiomyopathy: dilated ventricle, ejection fraction 25%, a right bundle branch block on the ECG exactly like the picture in Harrison's. He had been diagnosed by blood donation screening in 2011 and never treated. Dra. Soto explained that benznidazole has little role at his stage and that what he needed was heart failure treatment and a device evaluation under the GES programme, which has covered heart failure since Ley 19.966.

I felt very sad and also angry, because Carlos Chagas described this disease in 1909 and it is still a disease of poor houses made of adobe.

My classmate Nicolás and I presented the case at the Friday clinical meeting. Dr. Fuenzalida asked difficult questions about vector control and I did not know the answers. Now I do.

In September I went home to Valdivia, ate too many empanadas, and watched Colo-Colo lose. My grandmother played Violeta Parra's "Gracias a la vida" and I thought it was a good song for the end of an internship.
`,
  },
  {
    id: "cl-what-002",
    setting: "community nursing",
    role: "nursing student",
    text: `
**What?** During my community placement from the CESFAM in Temuco I visited ⟦NAME|don Segundo Huenchullán⟧, a Mapuche elder with leg ulcers and diabetes, at ⟦LOCATION|his ruka in the comunidad above Chanquín, past the wooden chapel on the Cholchol road⟧. We went on ⟦DATE|24 June⟧, the day of We Tripantu, and the family was preparing for the new year ceremony. His ficha clínica number, ⟦ID|448120⟧, was on the folder that my tutor, enfermera Paulina Rivas, carried. His daughter ⟦NAME|Rosa⟧ was there and translated from Mapudungun.

**So what?** I had planned a dressing change and education about glucose. ⟦NAME|Don Segundo⟧ wanted to talk about his machi's remedies, and I was not sure how to respond. Paulina listened first and asked what the machi had recommended, and then worked out with him which things were safe with his metformin 850 mg.

**Now what?** I am reading about intercultural health and the PESPI programme for my seminar. I also want to learn more Mapudungun greetings than "mari mari". My exam is on 10 July and I will go back to my family in Concepción after, for the winter holidays.
`,
  },
  {
    id: "cl-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Felicitaciones, Cata! Best score in the EUNACOM practice exam, I saw your name at the top of the list that Dr. Fuenzalida put on the board. Nicolás says he will finally believe your system of coloured highlighters. Come to the asado on Saturday at my house in Ñuñoa, my father is making choripán and we will watch the Chile match.
`,
  },
  {
    id: "co-free-004",
    setting: "tropical medicine",
    role: "internal medicine resident",
    text: `
I am a second-year internal medicine resident in Medellín, and in October I did my rural rotation in Urabá with Dr. Andrés Restrepo, who has treated cutaneous leishmaniasis for twenty years and speaks about it like a war veteran.

We saw maybe fifteen patients a week with ulcers, mostly young men who worked in the banana plantations or had been in the army. Treatment was meglumine antimoniate 20 mg/kg/day for twenty days, with ECGs because of QT prolongation, and for some patients miltefosine. Several patients stopped the injections after a week because the clinic was three hours away by motorbike.

Dr. Restrepo says the Ley 100 of 1993 created a health system that looks perfect on paper. In Urabá it looks like a long road and an expensive bus. I thought about Gabriel García Márquez, who wrote about cholera and about a Colombia of rivers and forgotten villages, and how much is still the same.

I want to do my research project on adherence to antimonial treatment. My tutor, Dra. Luisa Carrasquilla, agreed to supervise. I am going back to Medellín for the Feria de las Flores next August, and Atlético Nacional are playing well, so life is not bad.
`,
  },
  {
    id: "co-gibbs-005",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
**Description.** In my home care practice in Bogotá I treated ⟦NAME|Doña Gloria Inés Ramírez⟧ after a total knee replacement. She lives at ⟦ADDRESS|Calle 63 Sur # 24-17, barrio Tunjuelito, Bogotá⟧, on a third floor with no lift. Her cédula, ⟦ID|52.418.907⟧, was needed for the EPS authorisation, and she asked me to coordinate the visits by WhatsApp with her son ⟦NAME|Jhon Fredy⟧ on ⟦PHONE|+57 310 555 4821⟧.

**Feelings.** At first I was frustrated, because ⟦NAME|Doña Gloria⟧ did not want to do the exercises. She said they hurt and that her grandmother never did exercises.

**Evaluation.** My supervisor, Fisioterapeuta Mónica Quintero, helped me make a plan with the stairs as the exercise: one flight the first week, two the second. ⟦NAME|Doña Gloria⟧ liked this because she wanted to go down to the bakery.

**Analysis.** Functional goals motivate more than range-of-motion numbers. Her knee flexion went from 70 to 100 degrees in four weeks.

**Conclusion.** Exercise has to have a meaning.

**Action plan.** I will ask about daily goals in the first visit for every patient. My next practice is in cardiorespiratory rehab at the university, with Profesora Díaz.
`,
  },
  {
    id: "co-what-006",
    setting: "pharmacy",
    role: "pharmaceutical chemistry student",
    text: `
**What?** My practice in a hospital pharmacy service in Cali. My tutor, Químico Farmacéutico Julián Ospina, asked me to review the antibiotic prescriptions of the internal medicine ward for one week. I found that ceftriaxone 2 g daily was prescribed for almost everything, and that the cultures were often not checked when they came back.

**So what?** We have an antimicrobial stewardship programme on paper, and INVIMA and the Ministry of Health published a national plan for antimicrobial resistance in 2018. But nobody had time to review prescriptions. Julián said that pharmacists can be the people who have time. It was a new idea for me, because I thought my job was dispensing.

**Now what?** I will present my data in the committee meeting on the first Tuesday of next month, with Julián. I am nervous because Dr. Hernández, the infectious diseases specialist, is famous for difficult questions. My friends say I should relax and go dancing at the Feria de Cali in December; I will do both things, first the presentation and then the salsa.
`,
  },
  {
    id: "pe-free-007",
    setting: "rural medicine",
    role: "SERUMS doctor",
    text: `
I am doing my SERUMS year in a health post in Puno, at 3,900 metres, and I want to write about what altitude does to medicine.

Everything I learned in Lima has to be adjusted. A haemoglobin of 16 g/dL is normal here; the anaemia tables need altitude correction, and the Ministry changed the adjustment formula in 2024, which caused a lot of discussion. Visitors arrive with acute mountain sickness and I prescribe acetazolamide 250 mg twice daily and tell them to stop drinking so much coca tea, which they never believe.

My supervisor from the regional office, Dr. Walter Mamani, visits once a month. He told me that the most important skill in SERUMS is knowing when to refer and how — because the nearest hospital is in Juliaca, two hours by car if there is a car.

In February the whole region stops for the Fiesta de la Candelaria and I saw more injuries from dancing than I saw from anything else. I am learning Aymara greetings, slowly. My mother calls every Sunday from Chiclayo to ask if I am eating. I am reading César Vallejo at night, because there is no signal after nine.
`,
  },
  {
    id: "pe-gibbs-008",
    setting: "community nursing",
    role: "nurse",
    text: `
**Description.** In my year of rural service in Cusco region I visited ⟦NAME|Mamá Justina Quispe Huamán⟧ at ⟦LOCATION|the comunidad above Huancarani, the last house past the yellow school⟧. She was ⟦AGE|ninety-three⟧ and had fallen ⟦DATE|the day after Inti Raymi⟧. Her DNI, ⟦ID|41876523⟧, was needed for the SIS insurance so we could transfer her.

**Feelings.** I felt alone. There was no doctor, only me and the health promoter, Don Eusebio.

**Evaluation.** I immobilised her leg with a splint made from a board and called the Micro Red by radio. ⟦NAME|Mamá Justina⟧ did not want to go to the city. She said she would die in the hospital. Her grandson ⟦NAME|Wilber⟧ convinced her by promising to go with her.

**Analysis.** I knew the protocol for hip fracture, but the protocol did not include the fear of the hospital in the city, which is real for many old people in the Andes.

**Conclusion.** A plan has to include the patient's fear.

**Action plan.** I will talk with my coordinator, Licenciada Yolanda Puma, about making a plan with families for emergencies before they happen.
`,
  },
  {
    id: "pe-what-009",
    setting: "paediatric oncology",
    role: "medical student",
    text: `
**What?** In my paediatrics rotation in Lima I met ⟦NAME|Thiago Mendoza⟧, seven years old, with acute lymphoblastic leukaemia, on the ⟦FACILITY_ROOM|oncology floor of the Instituto Nacional de Salud del Niño in San Borja⟧. His mother runs a TikTok account about his treatment, ⟦OTHER|@thiago_guerrero_contra_la_leucemia⟧, and she showed me the video she made on ⟦DATE|Monday the 3rd⟧ of him ringing a toy bell. The link is ⟦URL|https://www.tiktok.com/@thiago_guerrero_contra_la_leucemia⟧ and it has thousands of comments.

**So what?** I was happy for the family and the donations, but I did not know what to do when she asked me to appear in a video. My tutor, Dra. Cecilia Paredes, said no, kindly, and explained that our faces and names connect the hospital to the child.

**Now what?** I am reading about the ALL IC-BFM 2009 protocol and about ethics of social media in paediatrics. I will never post photos from the ward. ⟦NAME|Thiago⟧ gave me a drawing of a dinosaur, which I keep in my notebook.
`,
  },
  {
    id: "pe-free-010",
    setting: "dental school",
    role: "dental student",
    text: `
Our public health dentistry course in Arequipa took us to a school on the slopes below the Misti, and my professor, Dr. Rocío Cárdenas, asked each of us to examine thirty children in a morning. Most had caries; many had fluorosis too, because the water in some districts has natural fluoride above 1.5 mg/L. She explained the difference between the two with a bag of sweets and a glass of water, and the children understood better than I did.

I learned that dental public health is mostly logistics: forms, parents' permissions, toothbrushes, and finding a room with light. We used the ICDAS criteria and I wrote so many codes that I dreamed about them.

I also learned about humility. One girl asked me if I was a real dentist. I said not yet. She said then I should practise on my brother, who was in the next class.

Mario Vargas Llosa was born in Arequipa, and my professor says every student here thinks they are a writer. I am not. But I wanted to write this down before my exams on 2 December, and before I go to my aunt's house in Mollendo for the summer.
`,
  },
];
