import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "sickle cell clinic",
    role: "haematology resident",
    text: `
Description: In the adult sickle cell clinic I have followed ⟦NAME|Oluwatoyin "Toyin" Adebanjo⟧ for two years. She is twenty-six, a hairdresser, and has had more crises than she can count. Her mother, ⟦NAME|Mama Toyin⟧, comes to every visit and holds the folder. Her hospital number at ⟦FACILITY_ROOM|UCH Ibadan⟧ is ⟦ID|UCH/SC/04471⟧ and her NIN, ⟦ID|48210733619⟧, was added last year for her health insurance enrolment. On ⟦DATE|18th October, 2024⟧ she was admitted with acute chest syndrome.

Feelings: I was scared. Acute chest syndrome kills young people with sickle cell, and she was hypoxic on arrival.

Evaluation: She survived after exchange transfusion. Afterwards she told me that she had delayed coming for two days because the last time she came in pain, a doctor had called her a drug seeker.

Analysis: This is not only one doctor's mistake. Pain in sickle cell is still under-treated across the country, and patients learn to avoid hospitals. I had never examined my own reactions to patients asking for pethidine until then. Our consultant, Prof. Adeyinka Ogunleye, taught us that a patient with sickle cell who says they are in pain is in pain.

Conclusion: Trust is the first treatment for people with lifelong pain.

Action plan: I will ask about previous experiences of care at every admission, push for our unit's individual analgesia plans to be followed in the emergency room, and encourage her to keep her mother's number, ⟦PHONE|0803 555 2791⟧, at the top of the folder so the team can reach family quickly.
`,
  },
  {
    id: "ng-free-002",
    setting: "hiv clinic",
    role: "medical officer",
    text: `
I have worked in a PEPFAR-supported HIV clinic in Jos for four years, and this year I saw the first cohort of children we started on treatment grow into young adults.

When I arrived, most of my work was with adults who had advanced disease: CD4 counts below 100, cryptococcal meningitis, Kaposi sarcoma, tuberculosis. Now most people come in well and stay well. Dolutegravir-based regimens made a huge difference; viral suppression in our clinic is around 90%.

The challenge has moved. Now it is the adolescents. They were infected at birth, they have been taking tablets every day of their lives, and they are tired. Many did not know their status until they were twelve or thirteen. Some have never told a friend. Viral load suppression among our adolescents is much worse than in adults.

My colleague, Dr. Emeka Okonkwo, started an adolescent club on Saturday mornings. The young people run it themselves, with a peer counsellor. They talk about relationships, school, disclosure and stigma. Adherence improved, but more importantly they seem less alone.

I used to think of HIV as a disease that needed medicines and laboratory monitoring. I now think of it as a long life lived with a secret, and the medical work is only part of that.

I am going to ask the programme for funding to train more peer counsellors, and I want to study what happens to our adolescents when they transfer to the adult clinic, because that is where we lose people.
`,
  },
  {
    id: "ng-what-003",
    setting: "haemodialysis funding",
    role: "nephrology nurse",
    text: `
What? ⟦NAME|Mr Chukwuemeka Obi⟧ has been on haemodialysis in the renal unit at ⟦FACILITY_ROOM|Nnamdi Azikiwe University Teaching Hospital, Nnewi⟧ for eighteen months, twice a week when the family can pay. Each session costs more than most civil servants earn in a week. His church set up a crowdfunding page, ⟦URL|https://www.gofundme.com/f/save-papa-emeka-kidney⟧, and his daughter ⟦NAME|Adaeze⟧ shares it every Sunday.

So what? I felt helpless, because the clinical plan depends on money he does not have. He is a candidate for transplant, and his brother is a possible donor, but the cost is far beyond them. Our consultant, Dr. Ifeoma Nwankwo, says that most Nigerians who start dialysis stop within three months because of cost.

I also felt uneasy about the fundraiser. His photograph, diagnosis and hospital name are online for anyone to see. He agreed to it, but I wonder if he understood how public it is.

Now what? I have connected the family with the hospital social welfare department and a kidney foundation that subsidises a few sessions each month. I want to learn more about the National Health Insurance Authority's plans to cover dialysis. And when patients ask for help with fundraisers, I will explain what will be public before they post.
`,
  },
  {
    id: "ng-free-004",
    setting: "cardiology clinic heart failure",
    role: "cardiology registrar",
    text: `
In our cardiology clinic in Kano, peripartum cardiomyopathy is common, more than in any other region I have read about. The women are young, often in their first or second pregnancy, and they arrive breathless and swollen weeks after delivery.

I have followed about forty women over two years. Some recover fully; their ejection fraction climbs from 25% to 55% in six months on standard heart failure drugs. Others do not, and they live with heart failure for the rest of their lives. A few have died.

The traditional practice of hot baths and a diet rich in kanwa (a salt lake product) after childbirth is thought to contribute, by causing salt and fluid overload. When I first heard this theory, I thought it was simplistic. But when I asked my patients about their postpartum care, nearly all described it. My supervisor, Dr. Kabiru Sani, has been studying this for years.

The harder conversation is about future pregnancy. For women whose hearts have not recovered, another pregnancy may be fatal. But in a culture where large families are valued and where a woman's status depends on having children, this is not a simple recommendation. I have learned to involve husbands, and sometimes mothers-in-law, with the woman's consent.

I want to develop a simple counselling tool in Hausa for these women and their families, and to work with the midwives who do postnatal visits so that breathlessness is recognised early rather than attributed to tiredness.
`,
  },
  {
    id: "ng-free-005",
    setting: "tb and diabetes home visit",
    role: "community health extension worker",
    text: `
I visit ⟦NAME|Alhaji Musa Danladi⟧ every week at ⟦ADDRESS|No. 14 Sabon Titi Street, Fagge, Kano⟧ to watch him take his TB medicines. He also has diabetes, and his sugar is very high, which makes TB harder to cure. He started treatment on ⟦DATE|3rd June 2024⟧.

His wife, ⟦NAME|Hajiya Binta⟧, keeps his tablets in a tin on a high shelf, away from the grandchildren. She is also the one who goes to the chemist for his metformin. When I check his tablets, I count them, and I ask how he is feeling. He tells me about his goats.

At first, I worried that I could not help with the diabetes. I am trained for TB. But I noticed that when his sugar was high, he was thirsty and tired and did not want to take anything. I told the doctor at the clinic, who changed his diabetes medicine and asked the pharmacist to explain.

Now his sugar is better, and his sputum was negative at two months. He jokes that I am his second wife because I come so often.

I have learned that people do not have one disease at a time. In our area, TB and diabetes are often together, and so are hypertension and kidney problems. I want to learn more about diabetes so that I can help people like ⟦NAME|Alhaji⟧ more, and I have asked my supervisor if I can attend the diabetes training at the local government health office.
`,
  },
  {
    id: "ng-comment-006",
    setting: "sickle cell clinic",
    role: "nurse",
    text: `
Thank you for writing this. As a sickle cell nurse for many years, I have seen how trust decides whether patients come early or late. The Sickle Cell Foundation Nigeria trains our staff on pain, but attitudes change slowly. I tell every new doctor: believe the pain first, and ask questions after the analgesia.
`,
  },
  {
    id: "ng-free-007",
    setting: "epilepsy in the community",
    role: "medical student",
    text: `
During my community medicine posting, I met ⟦NAME|Baba Ibeji⟧, the father of twin boys, one of whom has epilepsy. He is ⟦OTHER|the only palm-wine tapper in Umuokpara village who is also the church organist⟧, and everyone in the village knows his family. The boy, ⟦NAME|Kehinde⟧, had been taken to a native doctor for three years before anyone brought him to the primary health centre.

At the native doctor's, he had been given bitter herbs and cut on his scalp. When his seizures continued, the family was told that he was possessed and that it was contagious. The twin brother was kept away from him.

When I met ⟦NAME|Kehinde⟧, he was twelve and had not been to school for two years. The community health officer, Mrs Ngozi Eze, started him on phenobarbitone, which is cheap and available. Within three months his seizures had reduced from several a week to one a month.

The most powerful moment was when the family invited the whole compound to watch Mrs Eze explain that epilepsy is not contagious. She let ⟦NAME|Kehinde⟧'s twin hold his hand. The neighbours watched silently.

I learned that treating chronic illness in communities means treating beliefs. A drug can stop seizures, but it cannot stop rejection. I want to include community education in my future practice, and I will never again dismiss traditional healers as simply wrong; they are part of the landscape we must work with.
`,
  },
  {
    id: "ng-what-008",
    setting: "diabetes dietetics",
    role: "dietitian",
    text: `
What? I have run the diabetes nutrition clinic in a teaching hospital in Enugu for six years. Many patients come back every three months, and I have noticed that my advice had become a script: reduce rice, avoid swallow, eat more vegetables. Their HbA1c was not moving.

So what? I asked patients what they ate in a typical week and discovered that "reduce swallow" meant nothing to them. Swallow is the centre of the meal: eba, fufu, pounded yam, amala. Telling someone to reduce it is like telling them to stop eating. Several admitted that they had simply stopped listening to me.

My supervisor, Dr. Chinwe Nwosu, suggested that I think about portion size rather than exclusion. So I started using a fist-sized measure for swallow and adding a bigger portion of vegetable soup: ugu, bitterleaf, okra. I also talked about unripe plantain, which has a lower glycaemic index than ripe plantain.

Now what? Patients report that they find the new advice possible. I am collecting HbA1c data to see whether there is any real change after a year. I want to write a short recipe booklet with patients from our diabetes support group, using local foods and prices, because they know better than I do what families can afford. I will also present the approach at the next Nutrition Society of Nigeria conference.
`,
  },
  {
    id: "ng-free-009",
    setting: "hypertension and ckd clinic",
    role: "nephrology senior registrar",
    text: `
Most of the patients in our renal clinic in Port Harcourt came to us late. They had hypertension for ten years, often untreated or treated on and off, and arrived with an eGFR of 12 and a urea high enough to cause confusion. By then, the options are dialysis, transplant or death, and most cannot afford the first two.

I have spent two years in this clinic, and it has changed the way I think about primary care. Almost every patient I see could have been helped with a blood pressure cuff, a urine dipstick and a cheap tablet ten years earlier.

We started a small project with my consultant, Dr. Tamunobelema Briggs. Every patient who comes to our clinic is asked to bring their siblings and children for a blood pressure check and a urine test. In the first six months, we screened over two hundred relatives. Nearly a third had hypertension, and many did not know.

Some of these relatives now come to our clinic regularly. Their kidneys are still working. I find this the most hopeful part of my week.

I have learned that a chronic illness clinic can also be a prevention clinic if we look beyond the patient in front of us. The Nigerian Association of Nephrology has shown interest in our approach, and I hope to write it up. Most of all, I want to remember that the late presenters were not careless; the system failed them years before they met me.
`,
  },
];
