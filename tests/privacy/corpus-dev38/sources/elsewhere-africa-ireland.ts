import type { SourceItem } from "../../corpus/types.ts";
import { ppsn } from "../gen.ts";

/** Ireland, Kenya, Rwanda, Zimbabwe, Botswana. */
export const AFRICA_IRELAND: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "copd home oxygen",
    role: "respiratory clinical nurse specialist",
    text: `
I have been calling out to ⟦NAME|Máirtín Ó Conghaile⟧ for five years, since his home oxygen was first prescribed. He is seventy-eight and lives on his own in a cottage at ⟦ADDRESS|Baile na hAbhann, Co. na Gaillimhe, H91 E2K7⟧, and he still walks down to the pier most days with his portable concentrator. His PPS number, ⟦ID|${ppsn("6381092", "A")}⟧, is on the oxygen prescription because the scheme needs it for the medical card.

When I started, I thought of COPD outreach as a set of checks: saturations, inhaler technique, oxygen hours, signs of an exacerbation. ⟦NAME|Máirtín⟧ taught me otherwise. He would talk in Irish for half the visit about the weather, the currachs and the price of diesel, and only at the end would he mention he had been coughing up green for three days.

On ⟦DATE|Lá Fhéile Bríde⟧ this year I found him confused and drowsy, with a CO2 that was far too high. He had turned up his oxygen to five litres because he felt breathless, not knowing that it could make him worse. We admitted him and he spent a week on NIV.

Afterwards, I realised that nobody had explained target saturations to him in a way that made sense. We had given him the leaflet in English, and I had assumed he understood it. I rewrote the advice with him, in Irish, on a card he keeps on the concentrator: 88 to 92, no higher.

The lesson for me is that years of visits do not guarantee understanding. Familiarity can make us assume too much. I am now checking teach-back with all my long-term oxygen patients, starting with the ones I know best.
`,
  },
  {
    id: "ie-what-002",
    setting: "diabetes integrated care",
    role: "GP trainee",
    text: `
What? My GP training practice in Limerick runs a structured diabetes cycle of care under the chronic disease management programme, with two reviews a year for every adult with type 2 diabetes, COPD, asthma or cardiovascular disease. I ran about sixty of these reviews during my six months.

So what? At first I found them mechanical. HbA1c, blood pressure, lipids, eGFR, urine ACR, foot check, a tick box for smoking. The software prompts you through it. But after a few weeks I started seeing people for the second time, and the reviews became conversations. I could say, "Last time you said you would try walking after dinner," and they would laugh and tell me what happened.

My trainer, Dr. Aoife Brennan, says the programme's real value is not the data but the regularity. People with chronic illness in Ireland used to come only when something went wrong. Now they come when things are fine, and problems are caught earlier: a foot with reduced sensation, an eGFR drifting towards 45, a blood pressure creeping up.

Now what? I want to keep the habit of reading the previous review before each appointment, so that I can follow up on what the patient said, not only on the numbers. I also want to learn more about motivational interviewing, because I noticed that I talk too much in these reviews. Diabetes Ireland runs a short course that my trainer recommended.
`,
  },
  {
    id: "ie-comment-003",
    setting: "copd home oxygen",
    role: "public health nurse",
    text: `
Lovely piece. I cover the same area and I am fairly sure that is ⟦NAME|Máirtín⟧ at the pier, since he is ⟦OTHER|the last man in Baile na hAbhann still building currachs with oxygen tubing over his shoulder⟧. Might be worth taking the village out, even in Irish. The teach-back card is a great idea and I am going to copy it.
`,
  },
  {
    id: "ie-free-004",
    setting: "epilepsy transition",
    role: "paediatric neurology nurse",
    text: `
We have been running a transition clinic for adolescents with epilepsy in Dublin for three years, and I want to reflect on what I have learned.

The young people have usually known their paediatric team since diagnosis, sometimes since infancy. They call the consultant by her first name. They have parents who manage every detail: the prescriptions, the appointments, the seizure diaries, the school letters. Then at sixteen or seventeen we ask them to become adult patients who manage all of that themselves.

In our clinic, we start at fourteen. The young person sees us alone for part of each visit. We talk about driving, alcohol, sleep, contraception and valproate, exams, and what to tell friends. We use the Ready Steady Go questionnaire to see what they know and what they can do.

What surprised me was how much the parents needed support too. Many had spent years watching their child at night, afraid of SUDEP. Letting go is terrifying. Some parents cried in the clinic. Epilepsy Ireland's parent support groups have been a lifeline for several families.

The adult neurologist who joins our clinic, Dr. Colm Farrell, said that the transition clinic has made his first appointments with these patients much easier. They arrive knowing their own medication and seizure types.

I want us to measure whether this translates into fewer missed appointments and emergency visits in the first two years after transfer. That is the real test.
`,
  },
  {
    id: "ke-gibbs-001",
    setting: "hiv and tb clinic",
    role: "clinical officer",
    text: `
Description: In our comprehensive care clinic I have followed ⟦NAME|Mzee Ochieng Otieno⟧ for six years. He is a fisherman from ⟦LOCATION|Dunga beach on Lake Victoria⟧, and his CCC number is ⟦ID|13939-02871⟧. On ⟦DATE|9 April 2024⟧ he developed a cough and weight loss, and his GeneXpert was positive for TB.

Feelings: I felt I had failed him. He had been virally suppressed for years, and I had not given him TB preventive therapy after his last course.

Evaluation: We started TB treatment and adjusted his antiretrovirals. He responded well. His wife, ⟦NAME|Mama Akinyi⟧, called me every week on her phone, ⟦PHONE|0722 555 418⟧, to report how he was eating.

Analysis: Fishermen on the lake are at high risk for both HIV and TB. They move between beaches and spend nights on the water, and the clinic timetable does not fit their lives. Our head of clinic, Dr. Wanjiru Kamau, reminded me that TB preventive therapy is often forgotten in stable patients.

Conclusion: Stability can make us careless. Routine reviews must include TB screening and TPT status every time.

Action plan: I have audited TPT completion in our stable patients and we are arranging an evening clinic near the beaches once a month.
`,
  },
  {
    id: "ke-free-002",
    setting: "diabetes and hypertension clinic",
    role: "medical student",
    text: `
During my community health attachment in Machakos County, I worked in a chronic disease clinic at a sub-county health centre. It ran every Thursday, with a nurse, a clinical officer and a community health promoter.

The patients had hypertension, diabetes or both, and many had been coming for years. The medicines were cheap (amlodipine, hydrochlorothiazide, metformin, glibenclamide), but they were often out of stock, and patients had to buy them from private chemists. Some could not afford to, so they would skip doses until the next clinic.

The clinical officer, Mr. Mutua, taught me how to work with what is available. When metformin ran out, he checked who had supplies at home and spaced their refills. He knew which patients could afford the chemist and which could not.

I was also impressed by the peer support groups. Patients met monthly in their villages, led by a community health promoter, and they checked each other's blood pressure with a digital machine donated by a church. They encouraged each other to take medicines and reported problems to the clinic.

I had learned about hypertension and diabetes from textbooks. In Machakos I learned about the supply chain, the cost to families, and the strength of community. The Kenya National Guidelines for Cardiovascular Diseases Management describe the drugs; the patients taught me how they actually take them.

I want to return to community medicine after my internship. I believe that chronic disease care in Kenya will depend on primary care, peer support and reliable supply more than on specialists in Nairobi.
`,
  },
  {
    id: "ke-what-003",
    setting: "sickle cell clinic",
    role: "paediatric registrar",
    text: `
What? In the sickle cell clinic in Kisumu I see ⟦NAME|Baby Atieno⟧ every month. She is four years old and was diagnosed through newborn screening. Her mother, ⟦NAME|Pamela Adhiambo⟧, brings her from ⟦LOCATION|Nyakach, near the Sondu market⟧. Her NHIF number, ⟦ID|R4471902⟧, covers her hydroxyurea, but the clinic often runs out.

So what? I was frustrated that a child with a chronic, treatable condition depended on supply problems. I also admired her mother, who had learned to give penicillin prophylaxis, recognise fever and bring her early. She keeps a notebook of every crisis.

Dr. Achieng Odhiambo, our consultant, told me that many children with sickle cell in western Kenya still die before five, often without diagnosis. Newborn screening saved ⟦NAME|Atieno⟧'s life.

Now what? I want to work with the pharmacy to predict hydroxyurea needs, and to support mothers as teachers for other families. I am helping to organise a mothers' group where ⟦NAME|Pamela⟧ can share her notebook method.
`,
  },
  {
    id: "rw-free-001",
    setting: "ncd clinic heart failure",
    role: "nurse",
    text: `
I work in the integrated NCD clinic at ⟦FACILITY_ROOM|Rwinkwavu District Hospital⟧, where nurses manage heart failure, hypertension and diabetes with support from a visiting doctor. One patient I have known for five years is ⟦NAME|Mukamana Vestine⟧, a forty-year-old farmer with rheumatic mitral stenosis. She lives in ⟦LOCATION|Nyamirama village, Kayonza⟧, and her Mutuelle number is ⟦ID|0407-1152-08⟧.

⟦NAME|Vestine⟧ first came to us breathless and unable to farm. She was on furosemide and penicillin prophylaxis, and she was on the waiting list for cardiac surgery abroad. For years, we kept her going with diuretics, fluid advice and monthly visits. Sometimes she came in with atrial fibrillation and we started warfarin, which was difficult to monitor.

In ⟦DATE|12 Nzeri 2023⟧ she finally had her valve surgery through a visiting surgical team. When she came back to our clinic, she brought beans from her garden and told everyone she could dig again.

The lesson for me is about patience and continuity. The nurses in our clinic carry these patients for years. We do the small things: weight, blood pressure, medication refills, checking if the family has food. Those small things kept ⟦NAME|Vestine⟧ alive until surgery was possible.

I am now training newer nurses in our district using the NCD protocols that Partners In Health and the Ministry of Health developed. I want them to know that their work matters, even when the big intervention is years away.
`,
  },
  {
    id: "rw-free-002",
    setting: "community health workers hypertension",
    role: "public health resident",
    text: `
My residency project in Rwanda examined how community health workers support people with hypertension after diagnosis. Rwanda is famous for its community health workers, who have played a huge role in maternal and child health and HIV care. NCDs are newer for them.

I interviewed twenty community health workers in two districts. Most had been trained to measure blood pressure with automatic devices and to refer people above 140/90. But they were unsure what to do after referral. Should they visit? Should they check adherence? Should they repeat blood pressure monthly?

The patients told me they valued the visits. One woman said she took her tablets because the community health worker asked her about them in front of her neighbours. Social accountability was powerful.

But the workers were stretched. Each already had many duties, and NCDs were being added without reducing other tasks. Several worked for small incentives, and some felt that their effort was not recognised.

My supervisor, Dr. Jean de Dieu Habimana, argued that task-sharing only works when the tasks are clear and supported. The WHO HEARTS technical package describes team-based care, but in practice the community health worker is the team's weakest-paid member.

My recommendation is to design a clear follow-up protocol for community health workers, with adequate training, supervision and incentives. I hope to present these findings to the district health office. Chronic illness care will require community health workers to be valued, not just used.
`,
  },
  {
    id: "rw-comment-003",
    setting: "ncd clinic heart failure",
    role: "visiting cardiologist",
    text: `
A wonderful reflection, and it reminds me why the nurse-led model works. When I visit these district clinics each month, the nurses already know who is deteriorating and who has stopped coming. The Rwanda Heart Foundation is pushing for more local surgery, which would shorten waits considerably. Please keep writing.
`,
  },
  {
    id: "zw-what-001",
    setting: "hiv clinic older adults",
    role: "medical officer",
    text: `
What? ⟦NAME|Gogo Nyasha Moyo⟧ has been on ART for eighteen years, and I have known her for six of them at the Opportunistic Infections clinic at ⟦FACILITY_ROOM|Parirenyatwa⟧. She is seventy-three and looks after four grandchildren in ⟦LOCATION|Epworth, near the Balancing Rocks⟧. Her national ID, ⟦ID|08-2174419 K 27⟧, is on every form, and her granddaughter ⟦NAME|Tendai⟧ collects her pills when her knees are bad. On ⟦DATE|14 March 2024⟧, her blood pressure was 190/110.

So what? I realised that our clinic had focused so long on her viral load that we had ignored everything else. She had untreated hypertension, early diabetes and osteoarthritis. HIV had become the easy part of her health.

Many of our long-term patients are now older. They survived the worst years of the epidemic, and now they face the same non-communicable diseases as everyone else, plus some extra risk from HIV itself and older drugs. Dr. Tsitsi Mutasa, our senior, pushed us to integrate hypertension screening into every ART visit.

Now what? I have started checking blood pressure and glucose at every visit for patients over fifty. I want to learn more about drug interactions with antihypertensives and ART, and to make sure grandmothers like her have support for their caring roles too.
`,
  },
  {
    id: "zw-free-002",
    setting: "friendship bench mental health",
    role: "psychology intern",
    text: `
My internship in Harare included time with the Friendship Bench programme, where lay health workers, often grandmothers, provide problem-solving therapy on wooden benches outside clinics. I had read about it, but seeing it was different.

The grandmothers have no formal training in psychology, but they have been trained in a structured approach: listen, identify problems, choose one, plan a small step. They speak Shona, they understand the local idiom of kufungisisa, "thinking too much", and they have lived through the same hardships as their clients.

Many of the people on the bench have chronic conditions: HIV, diabetes, hypertension, tuberculosis. Depression is common among them and affects adherence. The grandmothers told me that once people feel heard, they start taking their tablets again.

What struck me most was the continuity. Some clients had been coming for months and saw the same grandmother each time. They built a relationship, and the grandmother followed up by phone or visited at home.

The randomised trial published in JAMA in 2016 showed the bench reduced depression symptoms. But the data cannot capture the respect and warmth I saw. Dr. Dixon Chibanda, who founded the programme, has said that the real intervention is human connection.

I want to bring this model into my future work, whether in Zimbabwe or elsewhere. Chronic illness care needs more than specialists; it needs trusted people who are there, week after week, on a bench in the shade.
`,
  },
  {
    id: "zw-free-003",
    setting: "diabetic foot",
    role: "surgical registrar",
    text: `
I first met ⟦NAME|Sekuru Tafadzwa Chikomba⟧ in the surgical ward with a foot that smelt of death. He is sixty-nine, a retired teacher from ⟦LOCATION|Chivhu, at the Growth Point near the grain depot⟧, and his diabetes had been untreated for years because the clinic ran out of metformin. We did a below-knee amputation on ⟦DATE|the 3rd of May⟧.

I followed him for a year after that. The amputation was the easy part. He needed a prosthesis, physiotherapy, diabetes education, and support to return to his village. His son, ⟦NAME|Farai⟧, carried him to the bus on the day of discharge because the hospital had no wheelchair to lend.

He came to the clinic every month. His sugars improved. But the prosthesis took eight months to arrive, and by then his remaining leg had a new ulcer. I felt angry and powerless.

My consultant, Mr. Chirenje, said that most of our amputees die within five years, and that the system is built to cut off legs rather than save them. He wants a foot clinic at every district hospital, with simple tools: a monofilament, a mirror and a nurse trained to look.

I have started a foot screening session in our diabetic clinic. It is small, but it is a start.
`,
  },
  {
    id: "bw-free-001",
    setting: "hiv and ckd",
    role: "internal medicine resident",
    text: `
⟦NAME|Mma Kelebogile Sebego⟧ has lived with HIV for twenty years and now has chronic kidney disease. I met her in the renal clinic in Gaborone, referred from ⟦LOCATION|Molepolole, the ward behind the kgotla⟧, when her eGFR dropped to 28. Her Omang number is ⟦ID|417520913⟧, and her daughter ⟦NAME|Lorato⟧ came with her on ⟦DATE|22 August 2024⟧.

She had been on tenofovir disoproxil fumarate for years, which can harm the kidneys, and nobody had checked her creatinine for a long time. Botswana's HIV programme has been a global success, with very high treatment coverage and viral suppression. But the success brought a new set of problems: ageing patients, long-term drug toxicity, and chronic diseases that were not planned for.

We switched her regimen to a dolutegravir-based one without tenofovir. Her kidney function stabilised. But she was frightened about dialysis, which is expensive and available only in a few places in the country.

I learned that chronic illness care is a moving target. A programme built to keep people alive must also plan for the long lives it makes possible. My consultant, Dr. Kagiso Ntshole, said that the next challenge for the HIV programme is to become a chronic care programme.

I want to help develop kidney monitoring guidelines for long-term ART patients in district clinics, so that people like her are identified before their kidneys fail.
`,
  },
  {
    id: "bw-gibbs-002",
    setting: "tb clinic",
    role: "nurse",
    text: `
Description: I have been a TB nurse in a clinic in Francistown for eight years. Most of our patients are co-infected with HIV. We see them every day for the first two months and then weekly.

Feelings: I often feel tired. The workload is heavy, and many patients come from far away.

Evaluation: Over the years, I have seen many people complete treatment and return to work. I have also seen people die, especially those who came late or defaulted. When a patient I have seen every day for weeks dies, it hurts.

Analysis: TB treatment is a chronic illness experience, even though it lasts only six months. Patients must take tablets every day, deal with side effects, and face stigma. Many lose their jobs. The relationship with the TB nurse can make the difference between completion and default. Our district TB coordinator, Mr. Kabelo Mothibi, says that the best TB programmes are built on trust.

Conclusion: I have realised that my role is not only to give tablets. It is to support, encourage and notice when a patient is struggling.

Action plan: I want to attend counselling training, and I will ask our team to start a support group for patients who have completed treatment, so that they can help those who are starting.
`,
  },
  {
    id: "bw-free-003",
    setting: "diabetes clinic",
    role: "pharmacist",
    text: `
In the pharmacy of a district hospital in Botswana, I dispense to many patients with diabetes every week. Some have been coming for more than a decade. I know their faces, their children and their complaints.

This year I noticed a pattern. Many patients on insulin were collecting their pens but their HbA1c was still high. When I asked, I learned that some did not store the insulin properly, some were afraid of injections, and some were reusing needles too many times.

I started a short counselling session at the pharmacy window. It took five minutes. I asked patients to show me how they inject. I found that many were injecting at the same spot every day and had lumps of lipohypertrophy. Others were not priming their pens.

The doctors were supportive. Dr. Tebogo Masire, who runs the diabetes clinic, now sends all new insulin patients to me for a teaching session. We designed a simple Setswana leaflet with pictures.

I have learned that the pharmacy window is an important place for chronic disease care. Patients come to us more often than they see the doctor. We have an opportunity to notice problems and help solve them.

I want to extend this to patients with hypertension and asthma, who also struggle with their medicines, and to share our approach with other pharmacists through the Botswana Pharmaceutical Society.
`,
  },
];
