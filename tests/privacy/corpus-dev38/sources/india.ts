import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "diabetic foot clinic",
    role: "surgery resident",
    text: `
Description: In the diabetic foot OPD I have been dressing the left foot of ⟦NAME|Thiru. Selvaraj Muthusamy⟧ every Monday since January. He is a weaver from ⟦LOCATION|Kurichi village near Bhavani⟧ and comes by two buses, leaving home at 5am. His UHID at ⟦FACILITY_ROOM|CMC Vellore⟧ is ⟦ID|648273F⟧, and his Aadhaar, ⟦ID|${aadhaar("4821 6637 091")}⟧, is photocopied and stapled inside his file because the CMCHIS scheme needs it every visit. On ⟦DATE|12.08.2024⟧ the wound finally showed healthy granulation after seven months.

Feelings: I felt proud, and then uneasy, because I know how often the story ends with a below-knee amputation.

Evaluation: The offloading worked only when we stopped asking him to use the expensive total-contact cast he could not afford to replace, and our podiatry technician, Anand, made him a felt-and-microcellular-rubber sandal instead.

Analysis: ⟦NAME|Selvaraj-anna⟧, as the nurses call him, stands at the loom eight hours a day. No advice about rest would have been followed. His sugars improved only after his daughter-in-law, ⟦NAME|Kavitha⟧, started giving him the insulin herself at dinner. Every good decision was made with the family, not with him alone.

Conclusion: Continuity let me see the wound as a weekly story rather than a photograph.

Action plan: I want to learn proper offloading techniques from our podiatry team and to ask, at the very first visit, who at home will actually do the dressing.
`,
  },
  {
    id: "in-free-002",
    setting: "tb clinic dots",
    role: "community medicine postgraduate",
    text: `
Reflection from my community medicine posting at an urban TB unit in Pune.

For six weeks I sat with the treatment supervisor, Mrs Sunanda Kale, who has been running DOTS in this ward for nineteen years. She knows every patient by name and most of their neighbours. Under the National TB Elimination Programme, patients are registered on Nikshay and, if they agree, get the Nikshay Poshan Yojana nutritional support of five hundred rupees a month. Many do not receive it on time, and she spends a surprising amount of her day chasing bank details.

I had learned the regimen well: isoniazid, rifampicin, pyrazinamide and ethambutol for two months, then four months of isoniazid, rifampicin and ethambutol. What I had not learned is what six months means to a daily wage labourer who feels better by week three. The drop-off after the intensive phase is real, and it is almost never about not understanding. It is about work, migration back to the village, alcohol, and the side effects nobody asked about.

Mrs Kale does three things I want to copy. She asks about the next month's plans at every visit, so she knows who is about to travel. She warns about orange urine before it frightens anyone. And she calls defaulters herself within forty-eight hours, not after the week the guidelines allow.

I used to think adherence was a patient attribute. After this posting I think it is mostly a relationship, and that the most important TB drug in this ward is Mrs Kale.
`,
  },
  {
    id: "in-what-003",
    setting: "haemodialysis unit",
    role: "dialysis technician",
    text: `
What? I have been running the morning shift in the dialysis unit for four years, and ⟦NAME|Ammini amma⟧ has been on ⟦FACILITY_ROOM|station 6 in the dialysis unit at Amrita, Kochi⟧ the whole time, Monday, Wednesday and Friday at 7am. Her son ⟦NAME|Rajeevan⟧ brings her by auto from ⟦LOCATION|Kumbalangi⟧. On ⟦DATE|2 Chingam⟧ (⟦DATE|17 August⟧) she did not come, and her son's mobile, ⟦PHONE|+91 94470 55521⟧, was switched off.

So what? I was frightened, because missing dialysis for her means fluid in the lungs by the next session. Our nephrologist, Dr. Suresh Nair, told me to inform the social worker and not to worry, but I did worry. She came on Wednesday, breathless but alive. It was Onam week and the autos were all busy.

I realised that I know her dry weight, her fistula, her favourite bhajan, and not one thing about how she reaches us. We plan dialysis around the machine timetable, and families plan around festivals, harvests and money.

Now what? I have started a small register of how each patient travels, with a backup contact, and I ask about festival weeks a month ahead. Dr. Nair has agreed we can shift sessions by a day during Onam and Christmas if families ask early. I also want to learn more about the peritoneal dialysis option, because for some of these families the journey itself is the hardest part of the treatment.
`,
  },
  {
    id: "in-free-004",
    setting: "community pharmacy insulin",
    role: "community pharmacist",
    text: `
A reflection on insulin storage, written after a summer in a medical store in Nagpur, where afternoon temperatures crossed 46 °C for ten days in May.

I have been dispensing insulin for eleven years. Most of my regular customers are on premixed human insulin, 30/70, because analogues are too expensive. Many of them have no refrigerator, or have one with power cuts of six hours a day. For years I repeated the package insert, "store at 2–8 °C", and felt that I had done my duty.

This summer, three regular customers told me their sugars had gone up despite taking every dose. I started asking how they kept their insulin. One kept it in a steel tiffin on top of the fridge. One kept it in a matka, a clay water pot. One kept it in a plastic box in the cupboard.

I read the evidence, including the work from the International Diabetes Federation and several Indian studies, which suggest that clay pot cooling can keep insulin well below ambient temperature. The tiffin on the fridge was the worst place. So I changed what I say: I now show people how to use a wet cloth and a clay pot, and I explain that the top of the fridge is warm.

Dr. Prakash Deshmukh, a diabetologist who sends us patients, now prints the same advice on his prescriptions. This is a small thing, but in chronic illness small things repeated every day decide outcomes more than dramatic ones.
`,
  },
  {
    id: "in-free-005",
    setting: "transplant follow-up",
    role: "nephrology resident",
    text: `
I first met ⟦NAME|Ramulu⟧ in transplant follow-up, a thirty-four-year-old cashew farmer from ⟦LOCATION|Kaviti mandal in Uddanam⟧, where chronic kidney disease of unknown cause has taken so many young men. His mother, ⟦NAME|Lakshmamma⟧, donated her kidney on ⟦DATE|14-02-2022⟧. His father had died on dialysis three years earlier.

Every month he takes a night train to our clinic, with his mother, for a tacrolimus level and a creatinine. The tests take an hour. The journey takes two days and costs more than a week's wages.

In the beginning, I was frustrated by his late arrivals and missed tests. When I asked him why he had skipped a month, he said they had to choose between the train and the fertiliser. That answer made me ashamed of my frustration.

The question of what is poisoning the kidneys in Uddanam is still argued about: heat stress, water, agrochemicals, something else. As a resident, I cannot answer it. What I can do is make his follow-up bearable. Our unit now arranges his blood tests at the district hospital nearer home, with results sent to us, and we see him in person every three months instead of every month.

I keep thinking of his mother sitting outside the clinic with a tiffin, waiting. She gave him her kidney and still carries the cost of keeping it working.
`,
  },
  {
    id: "in-comment-006",
    setting: "hiv art centre",
    role: "counsellor",
    text: `
Such an honest piece. In our ART centre the counsellors see the same families for ten or fifteen years, and we watch children born with HIV become adults. Dr. Rekha always says that disclosure to an adolescent is a process, not a single day. NACO's guidance helps, but the real work is done by patience and by the same face each visit.
`,
  },
  {
    id: "in-comment-007",
    setting: "type 1 diabetes clinic",
    role: "paediatric endocrinology fellow",
    text: `
Very moving. I think this is ⟦NAME|Baby Anika⟧'s family, the one from the Tuesday T1D camp at Jayanagar? Her Libre sensor ⟦DEVICE|3MH00F7KQ2R⟧ kept failing in the heat. Her father is in our parent group as "⟦OTHER|Anika Papa T1D Warriors⟧". Please check with them before posting more.
`,
  },
  {
    id: "in-gibbs-008",
    setting: "rheumatic heart disease clinic",
    role: "medicine resident",
    text: `
Description: Every Thursday I work in the rheumatic heart disease clinic, where most patients are women between twenty and forty with mitral stenosis or mixed mitral valve disease. Many had valve replacements years ago and now need lifelong warfarin.

Feelings: When I started, I found the INR clinic boring. The same numbers, the same dose changes, the same questions.

Evaluation: Over a year I realised it was one of the most dangerous clinics in the hospital. An INR of 6.8 with gum bleeding, an INR of 1.3 in a woman who had stopped warfarin because she was trying to conceive, a mechanical valve thrombosis in a patient who ran out of tablets during a bus strike. Every one of these was preventable.

Analysis: Warfarin is cheap, but it is not simple. It needs regular testing, stable diet, and predictable access. Many patients travel from villages with no lab. Our professor, Dr. Meenakshi Iyer, has been pushing for point-of-care INR testing at primary health centres, and she made us read the 2020 ACC/AHA valve guideline section on anticoagulation in pregnancy twice.

Conclusion: The chronic illness here is not only the valve. It is the decades of monitoring that follow the operation, and secondary prophylaxis with benzathine penicillin that should have prevented the valve disease in the first place.

Action plan: I will counsel every woman of reproductive age about pregnancy and warfarin at every visit, not only when she raises it, and I will keep a simple log of patients who miss two INR checks so we can call them.
`,
  },
  {
    id: "in-what-009",
    setting: "hiv art centre",
    role: "medical officer",
    text: `
What? At the ART centre I follow ⟦NAME|Shri Basavaraj Hadimani⟧ and his wife ⟦NAME|Savitramma⟧, both on dolutegravir-based therapy since 2019. Their Pre-ART numbers are ⟦ID|KA/BGM/PA/08817⟧ and ⟦ID|KA/BGM/PA/08818⟧. His CD4 count fell to 180 on ⟦DATE|5 March 2024⟧, and he admitted he had been taking his tablets only on days he did not drink. The couple are ⟦OTHER|the only sugarcane contractors with HIV who openly speak at the Gokak taluk panchayat meetings⟧, which means the whole area knows them.

So what? I admired their courage and felt responsible for protecting it. Alcohol is not in our adherence counselling checklist, but it is the reason in at least a third of our treatment failures. Our senior counsellor, Mr. Shivakumar, has been saying this for years.

Now what? I referred him to the de-addiction centre with his consent and started monthly viral loads. I have asked our team to add a simple AUDIT-C question to every adherence visit. And I am more careful now about how and where we discuss their case, because they have given up a lot of privacy for the cause.
`,
  },
  {
    id: "in-free-010",
    setting: "epilepsy outreach camp",
    role: "neurology resident",
    text: `
Our department runs a monthly epilepsy camp in a taluk hospital three hours from the city. I have gone to six camps now, and I want to write down what I have learned before I forget it.

First, the treatment gap is enormous. Most people who come have had seizures for years and have never taken an anti-seizure medicine regularly. Many have tried faith healers, amulets, herbal oils, and in some cases chains. When they come to us, they are not looking for a diagnosis; they are tired and hoping for something that works.

Second, the simplest drugs work for most of them. Phenobarbitone 60 mg at night, or carbamazepine, or sodium valproate for the men and older women, is enough for a large number of people. Dr. Ravi Kumar, our unit head, insists on monotherapy and slow titration, and he is right.

Third, the follow-up is the hard part. At the sixth camp, only half of the people from the first camp came back. Some had done well and stopped. Some could not afford the bus. Some had moved to Bengaluru for work.

Fourth, stigma matters more than anything we prescribe. Marriage is the big worry. Parents of young women ask us not to write "epilepsy" on the card.

I am taking away one lesson above all. Chronic illness care in the community is logistics and trust more than medicine. The next step for our team is training ASHA workers to recognise seizures and to restock medicines locally.
`,
  },
  {
    id: "in-free-011",
    setting: "community mental health",
    role: "psychiatric social worker",
    text: `
This reflection comes from two years in the District Mental Health Programme in a district of western Maharashtra.

We follow about three hundred people with chronic psychosis and bipolar disorder across forty villages. Our team is one psychiatrist, two nurses, me and a driver. We visit each primary health centre once a month, and the same patients come, often with the same relative, usually a mother or a wife.

I have learned to respect the caregivers. A mother who has given risperidone to her son every night for twelve years, who walks five kilometres to the health centre every month, who has no income of her own, is doing the most important mental health work in the district. We rarely ask how she is.

Last year, with Dr. Vaishali Patil, we started a caregivers' group after the monthly clinic. Women sit together for an hour, drink tea and talk. We did not plan much. They plan it now. They discuss side effects, weddings, money and the police. One of them said it was the first time in twenty years she had talked about her son with people who understood.

The Mental Healthcare Act 2017 gives people rights to community care. Rights on paper need people on the ground. I want our programme to count caregivers as part of the team, give them a small honorarium and train them as peer supporters. I will present this idea at the district review meeting next month.
`,
  },
];
