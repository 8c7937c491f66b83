import type { SourceItem } from "../../corpus/types.ts";
import { personnummer, thaiId } from "../gen.ts";

/** Jordan, Thailand, Argentina, Trinidad and Tobago, Sweden. */
export const WORLD: readonly SourceItem[] = [
  {
    id: "jo-free-001",
    setting: "refugee dialysis",
    role: "nephrology fellow",
    text: `
Every Sunday and Wednesday I see ⟦NAME|Abu Khaled⟧, a Syrian man of fifty-eight who has lived in ⟦LOCATION|District 8, Block 3 of Zaatari camp⟧ since 2013. He comes by bus to ⟦FACILITY_ROOM|chair 9 in the dialysis unit at Al-Bashir Hospital⟧, and his UNHCR case number, ⟦ID|945-16C04417⟧, is written on his dialysis card in Arabic and English. He started dialysis on ⟦DATE|3 Shawwal 1443⟧, the day after Eid, which he remembers because he missed the family meal.

He was a schoolteacher in Daraa. He speaks about his kidneys as one more thing the war took. His wife, ⟦NAME|Umm Khaled⟧, says he was fine before the siege, when they drank dirty water for months and he had no blood pressure tablets.

I feel the weight of what we cannot offer. He is not eligible for a transplant in Jordan, and his funding for dialysis depends on international donors who change their priorities every year. Last winter, funding was cut for three months and he was reduced to one session a week. He came in with fluid overload twice.

My consultant, Dr. Rania Haddadin, has worked with refugee patients for ten years. She says that what we can offer is consistency: the same nurses, the same chair, the same greeting. It sounds small, but ⟦NAME|Abu Khaled⟧ told me that the dialysis unit is the only place he feels respected.

I am learning that chronic illness in displacement is a second exile. I want to join the advocacy group in our department that is pressing for sustainable funding of refugee dialysis.
`,
  },
  {
    id: "jo-what-002",
    setting: "diabetes clinic",
    role: "medical student",
    text: `
What? During my family medicine clerkship in Irbid I spent two weeks in the diabetes clinic, where Dr. Lina Obeidat sees about forty patients a day. Almost all have type 2 diabetes, many with obesity, hypertension and high cholesterol. Jordan has one of the highest diabetes rates in the region.

So what? I was struck by how much time Dr. Obeidat spent on food. Mansaf, maqluba, bread with every meal, sweet tea many times a day, knafeh on special occasions. She never told people to stop eating these foods. Instead, she discussed portions and timing, and asked who cooked at home. Often it was the wife or mother, so she invited them into the room.

I also learned about Ramadan. Many patients fast, even when they have been advised not to. Dr. Obeidat prepares them months before, adjusting metformin and insulin doses, and teaching them when to break the fast if their glucose falls below 70 mg/dL. She uses the IDF-DAR guidelines and her own experience.

Now what? I had thought of diabetes management as prescribing drugs to lower HbA1c. Now I see it as working with culture, families and religion. I want to practise family medicine and keep this approach. I will also read more on Ramadan-focused education, because I think every doctor in Jordan needs it.
`,
  },
  {
    id: "jo-comment-003",
    setting: "refugee dialysis",
    role: "dialysis nurse",
    text: `
I work in the same unit and I recognised ⟦NAME|Abu Khaled⟧ immediately: the chair, the schoolteacher, the date. His son ⟦NAME|Khaled⟧ would too. Please think about changing some details before you share this further. Your point about consistency is exactly right; our patients notice when a new nurse cannulates them.
`,
  },
  {
    id: "th-free-001",
    setting: "ckd in rural thailand",
    role: "family medicine resident",
    text: `
I met ⟦NAME|Lung Somchai Kaewkanya⟧ during my rotation at ⟦FACILITY_ROOM|Ban Phai Hospital, CKD clinic room 2⟧. He is a sixty-five-year-old rice farmer from ⟦LOCATION|Moo 7, Ban Nong Waeng, Khon Kaen⟧ with diabetes and stage 4 chronic kidney disease. His ID card number is ⟦ID|${thaiId("3-4012-00458-21")}⟧, and his next appointment was written on his blue book as ⟦DATE|15 ต.ค. 2567⟧.

He had been taking herbal medicines from a neighbour for years, and also buying NSAIDs at the village shop for his back pain. Nobody had told him these might harm his kidneys. When I asked, he smiled and said that all medicine is good medicine.

Thailand has universal coverage, and peritoneal dialysis is available through the PD First policy. But many patients in rural areas arrive too late, with advanced disease, because early CKD is silent. His eGFR was 22.

My supervisor, Ajarn Nattapong, explained that the village health volunteers are key. They visit every household, check blood pressure, and can be trained to ask about herbs and painkillers. He asked me to give a short talk to the volunteers in the sub-district.

I gave the talk with pictures of kidneys and common painkillers. The volunteers asked many questions and promised to share the message. I felt that I had done something useful.

I will remember that preventing progression of CKD depends on knowing what patients do at home, and that the village health volunteers are the eyes of the health system.
`,
  },
  {
    id: "th-free-002",
    setting: "hiv clinic",
    role: "nurse",
    text: `
I have worked as an HIV nurse in Chiang Mai for twenty years. When I started, many of our patients were dying. We had no antiretroviral drugs in the public system until the early 2000s, and I remember the wards full of young people with wasting, TB and cryptococcal meningitis.

Now, most of our patients are doing well. They have undetectable viral loads and live normal lives. They come to the clinic every three or six months, collect their medicines, and go home. Some have been my patients for twenty years.

But they are getting older. I see more diabetes, heart disease, kidney problems, and osteoporosis. Some have cognitive problems. Many are lonely, because HIV separated them from their families years ago.

Our team has started to address this. We check blood pressure, glucose and lipids regularly, and we screen for depression. We also organise a monthly group where older patients can meet, cook together and talk. Dr. Prasert, our physician, joins sometimes and plays the guitar.

Thailand has been praised internationally for its HIV programme, including the elimination of mother-to-child transmission, which WHO certified in 2016. I am proud of that. But the work is not finished. Our patients have survived; now we must help them age well.

I want to learn more about geriatric care, so that I can support my patients in this new stage of their lives.
`,
  },
  {
    id: "th-what-003",
    setting: "copd clinic",
    role: "respiratory therapist",
    text: `
What? In our COPD clinic in Bangkok, I teach inhaler technique. Most patients are older men who smoked for decades, and some were exposed to smoke from cooking fires in the northeast. Last year I checked technique in a hundred patients, and more than half made critical errors.

So what? I felt discouraged, because I had taught many of them before. I realised that a single teaching session is not enough. People forget, their hands become weaker, their eyesight declines, and sometimes their inhaler type changes without new teaching.

I also noticed that many patients had several different inhalers, each with a different technique. One patient had a metered-dose inhaler, a Turbuhaler and a Respimat, each requiring a different breath. No wonder he was confused.

My supervisor, Dr. Warunee, told me that the GOLD report recommends checking technique at every visit. She encouraged me to work with the doctors to simplify regimens where possible.

Now what? I now check technique at every visit, using teach-back, and I give patients a simple card with pictures. I also talk to the doctors when a patient has too many different devices. In six months, the error rate in my patients has fallen. I want to share this method with other clinics in our network.
`,
  },
  {
    id: "ar-gibbs-001",
    setting: "chagas cardiomyopathy",
    role: "cardiology resident",
    text: `
Descripción / Description: In the heart failure clinic in Córdoba, I have followed ⟦NAME|Don Anselmo Quispe Mamani⟧ for two years. He is fifty-nine, a brick-maker who grew up in ⟦LOCATION|Paraje La Banda, on the road to Cruz del Eje⟧, in a mud house with a thatched roof where vinchucas lived. His DNI is ⟦ID|14.327.806⟧. He has chronic Chagas cardiomyopathy, with an ejection fraction of 30% and a pacemaker, serial ⟦DEVICE|PJN 814402 S⟧, placed on ⟦DATE|12/06/2023⟧.

Feelings: I felt sad and angry. Chagas disease is preventable and was transmitted in his childhood. He has carried it silently for decades.

Evaluation: He responds well to the standard heart failure treatment: bisoprolol, enalapril, spironolactone. His daughter, ⟦NAME|Yanina⟧, was tested and is positive. She is young and was treated with benznidazole.

Analysis: Chagas disease in Argentina is a disease of poverty and rural housing. Many patients do not know they are infected until they develop heart problems. Our consultant, Dr. Marcela Sosa, emphasises screening family members, especially women of childbearing age, to prevent congenital transmission.

Conclusion: Treating one patient means thinking about his family and his community.

Action plan: I will make sure that all patients with Chagas in our clinic have their relatives tested, and I will support the provincial programme for housing improvement.
`,
  },
  {
    id: "ar-free-002",
    setting: "transplant follow-up",
    role: "nephrology resident",
    text: `
I rotated through the kidney transplant clinic in Buenos Aires for three months. Every day we saw patients who had received a kidney months or years earlier. They came for blood tests, tacrolimus levels, and to talk about their lives.

At first, I thought transplant medicine was all about immunology and drug levels. I learned the doses of tacrolimus and mycophenolate, the signs of rejection, the risk of BK virus and CMV. But the patients taught me something else: a transplant is not a cure. It is another chronic illness.

They worried about infections, about skin cancer, about the cost of medicines when public supply ran short. They worried about going back to dialysis. Some felt guilty because a relative had donated. Others were grateful to a deceased donor they would never know. INCUCAI's campaigns have made organ donation more visible in Argentina, and some patients spoke in schools about their experience.

My consultant, Dr. Gustavo Ferreyra, has known some of these patients for twenty years. He remembers their children, their jobs and their fears. He says that the relationship is part of the treatment, because patients who trust the team are more honest about missed doses.

I want to remember that transplantation is a long journey, and that patients need support for the rest of their lives, not only in the weeks after surgery.
`,
  },
  {
    id: "ar-free-003",
    setting: "diabetes in patagonia",
    role: "general practitioner",
    text: `
I have worked as a general practitioner in a small town in Patagonia for twelve years. Distances are huge, winters are long, and the nearest endocrinologist is five hours away by road.

Most of my patients with diabetes are farmers or oil workers. Many have type 2 diabetes and obesity, and some are on insulin. Follow-up is difficult because they live far from town and work long shifts. In winter, roads close.

I have learned to use every contact. When a patient comes for a cut or a cold, I check their glucose and blood pressure. I use WhatsApp to receive photos of glucometer readings, and I adjust insulin by message. It is not perfect, but it keeps people connected.

I also rely on the community. The local radio station broadcasts health messages, and the school teachers help with nutrition education. The diabetes association in our province organises an annual screening day.

Telemedicine with the endocrinology team in the city has helped. Once a month, we discuss difficult cases by video. Dr. Silvia Gutiérrez, the endocrinologist, has taught me a great deal about insulin titration.

Chronic illness in remote areas requires creativity and persistence. I feel that I am part of my patients' lives, not just their doctor. I want to train younger doctors to work in rural areas, because the need is great and the work is rewarding.
`,
  },
  {
    id: "tt-free-001",
    setting: "diabetic foot and amputation",
    role: "podiatrist",
    text: `
I have been treating ⟦NAME|Tanty Merle⟧ for four years in the foot clinic at ⟦FACILITY_ROOM|San Fernando General, Room 11⟧. She lives at ⟦ADDRESS|LP 42 Mon Chagrin Road, Cocoyea Village⟧ and her grandson's number, ⟦PHONE|1-868-555-0193⟧, is the one we call for appointments. Her full name is ⟦NAME|Merle Ramnarine⟧, but nobody calls her that. She had a toe amputated on ⟦DATE|Divali 2022⟧.

She has had type 2 diabetes for thirty years and neuropathy for at least ten. She walks barefoot in her yard, feeds her fowls and cooks on a coal pot. When I first met her, she had an ulcer on her heel and did not know how it started.

Trinidad and Tobago has one of the highest rates of diabetes-related amputation in the world. Many of my patients come too late. With ⟦NAME|Tanty Merle⟧, we have kept her remaining toes for four years, through regular visits, proper shoes and a lot of negotiation about bare feet.

She teaches me as much as I teach her. She tells me about bush medicine, like caraili tea for sugar, and I tell her about foot checks. We have an agreement: she can drink her caraili if she also takes her metformin.

I want more podiatrists in our public health system. There are very few of us, and prevention is much cheaper than amputation.
`,
  },
  {
    id: "tt-what-002",
    setting: "hypertension and ckd",
    role: "internal medicine resident",
    text: `
What? During my internal medicine rotation in Port of Spain, I spent mornings in the renal clinic. Most patients had hypertension and diabetes, and many were heading for dialysis. The nephrologist, Dr. Anil Maharaj, saw thirty patients each morning.

So what? I realised how much of chronic kidney disease is preventable. Patients told me they had stopped their blood pressure tablets because they felt fine, or because they ran out and could not get a refill at the health centre. Many used salt freely, with pelau, doubles, pepper sauce and saltfish.

The Chronic Disease Assistance Programme (CDAP) provides free medicines for hypertension and diabetes at participating pharmacies. That is a great resource, but some patients did not know about it, and others found the registration difficult.

Dr. Maharaj spends time explaining, and he uses simple language. He draws kidneys on a notepad. He involves family members. He does not judge.

Now what? I want to make sure every patient I see with hypertension knows about CDAP and understands why their tablets matter, even when they feel well. I will also ask about salt intake in a practical way, discussing real foods rather than abstract advice.
`,
  },
  {
    id: "tt-free-003",
    setting: "type 1 diabetes insulin pump",
    role: "paediatric endocrinology nurse",
    text: `
⟦NAME|Keisha-Ann Baptiste⟧ is fifteen and was the first child in Tobago to get an insulin pump through our pilot programme. Her Medtronic MiniMed 780G is serial ⟦DEVICE|NG4117028H⟧, and her mother, ⟦NAME|Ms. Jacqueline Baptiste⟧, emails her readings every Sunday from ⟦EMAIL|jbaptiste.scarborough@example.org⟧. We started the pump on ⟦DATE|Wednesday 17 January 2024⟧.

I have known ⟦NAME|Keisha-Ann⟧ since she was diagnosed at seven, in diabetic ketoacidosis. She has been through multiple daily injections, hypoglycaemia at school, and the embarrassment of testing her blood in front of classmates. She wanted a pump more than anything.

The first weeks were hard. The cannula fell out during netball. She forgot to bolus for her doubles. Her mother called me at night in a panic because the pump alarmed.

But within three months, her HbA1c fell from 9.4% to 7.6%, and her time in range improved. More importantly, she felt freer. She could eat with her friends, play sport and sleep through the night.

I learned that technology is only as good as the support around it. The family needed constant contact with our team for the first months. As the pilot expands, we must plan for that support, not only for the devices.
`,
  },
  {
    id: "se-free-001",
    setting: "type 1 diabetes transition",
    role: "diabetes nurse",
    text: `
I have followed ⟦NAME|Elsa Lindqvist⟧ since she was diagnosed with type 1 diabetes at nine. She is now eighteen and moving from the paediatric clinic to adult care at ⟦FACILITY_ROOM|Akademiska sjukhuset, diabetesmottagningen, rum 14⟧. Her personnummer, ⟦ID|${personnummer("060412-538")}⟧, is on every referral, and her Dexcom G7 sensor, serial ⟦DEVICE|7G2K441098⟧, shares data with our clinic through the Diasend platform; the upload log shows her phone at ⟦IP|198.51.100.23⟧. Her transfer visit was booked in 1177 for ⟦DATE|5 mars 2025⟧.

Over nine years, I have seen her through every phase: the shock of diagnosis, the fear of needles, the first sleepover, the teenage rebellion when she stopped bolusing for weeks, the pride when she reached an HbA1c of 48 mmol/mol. Her father, ⟦NAME|Johan⟧, calls me when he is worried, still.

Transition is hard for everyone. The adult clinic is busier, the appointments shorter, and the young person is expected to manage alone. In Sweden, the national diabetes register (NDR) shows that HbA1c often rises in the years after transfer.

We prepare with joint visits, where the adult team meets the young person before transfer. Dr. Karin Sjöberg from the adult clinic joined ⟦NAME|Elsa⟧'s last two paediatric visits. ⟦NAME|Elsa⟧ said it helped to see a familiar face.

I will miss her. That is part of this work. I have learned to let go with a good handover, and to trust that the next team will care for her as well as we did.
`,
  },
  {
    id: "se-free-002",
    setting: "heart failure nurse clinic",
    role: "heart failure nurse",
    text: `
In Sweden, nurse-led heart failure clinics are common, and I have run one in Gothenburg for eight years. Patients are referred after a hospital admission, and we titrate their medicines, teach self-care and follow them over time.

The ESC heart failure guidelines (2021, with the 2023 focused update) describe the four pillars of therapy. My job is to get patients there safely. I adjust doses of beta-blockers, ARNI, MRAs and SGLT2 inhibitors, check potassium and creatinine, and watch for hypotension. Each patient comes every two to four weeks at first.

But the work is more than titration. Many patients are old, live alone and have several other illnesses. Heart failure affects their mood, their sleep and their relationships. I ask about these things, and I involve relatives when I can.

We also use telemonitoring for some patients, who send their weight and symptoms daily. It helps catch deterioration early, but it does not replace the relationship. Patients tell me that they feel safe because they know they can call me.

Research from Sweden, including the SwedeHF registry, shows that patients followed in nurse-led clinics have better outcomes. I am proud of that, but I know the evidence is only part of the story. The rest is trust, built over many visits.

My colleague, Dr. Anders Holmberg, says that nurses are the backbone of heart failure care. I want to mentor new heart failure nurses, so that this model continues.
`,
  },
  {
    id: "se-what-003",
    setting: "home dialysis",
    role: "medical student",
    text: `
What? During my nephrology placement in Malmö, I visited ⟦NAME|Bengt Åkesson⟧ at home to see peritoneal dialysis in practice. He lives at ⟦ADDRESS|Kastanjegatan 12, 214 52 Malmö⟧ and does four exchanges a day. His cycler at night is serial ⟦DEVICE|HC-PD 30917-B⟧, and he started PD on ⟦DATE|2024-01-22⟧.

So what? I was surprised by how much he managed himself. He had a small room set up like a clinic, with boxes of fluid, a scale and a notebook. He knew his fluid balance better than I did. He told me that PD gave him freedom compared to haemodialysis, because he could travel to his summer house.

But he also worried. He had had peritonitis once and was afraid of it happening again. His wife, ⟦NAME|Gunilla⟧, had learned to help, but she was getting tired.

Now what? I realised that home dialysis shifts work from hospitals to families. My supervisor, Dr. Eva Nilsson, said that support for carers is often missing. I want to learn more about how to support patients and families doing home therapies.
`,
  },
];
