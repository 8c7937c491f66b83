import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "haemodialysis unit",
    role: "house officer",
    text: `
Description: During my nephrology rotation I was asked to clerk the long-term dialysis patients, and the first was ⟦NAME|Haji Ghulam Mustafa⟧, sixty-three, on twice-weekly haemodialysis for five years through a left brachiocephalic fistula. He dialyses on ⟦FACILITY_ROOM|machine 14 in the HCV-positive bay of the dialysis unit at Mayo Hospital, Lahore⟧ because he became hepatitis C positive on dialysis in 2021. His CNIC, ⟦ID|35202-4718826-5⟧, is on the front of his dialysis card, because the Sehat Sahulat card pays for his sessions.

Feelings: I felt angry when I read that he had caught hepatitis C from the unit. He was calm about it. "Allah ki marzi," he said.

Evaluation: He has since completed sofosbuvir and daclatasvir and is cured, but he still dialyses in the positive bay because there is no space elsewhere. His son, ⟦NAME|Bilal⟧, asked me on ⟦DATE|15 Rabi-ul-Awwal⟧ why his father could not move. I did not have a good answer.

Analysis: The infection control failure was real, and so is the stigma that follows it. Our consultant, Dr. Sadia Rauf, explained that clean machines are scarce and the unit has to protect other patients, but she agreed that cured patients should be re-tested and moved.

Conclusion: I learnt that a cure on paper does not end the consequences of an infection for a chronic patient.

Action plan: I will help the registrar make a list of cured HCV patients with sustained viral response, and bring it to the unit meeting so they can be rescheduled onto general machines.
`,
  },
  {
    id: "pk-free-002",
    setting: "diabetic foot clinic",
    role: "medical student",
    text: `
My fourth-year surgery rotation in Karachi included a month of the diabetic foot clinic, run by Dr. Farah Siddiqui, a vascular surgeon who has been doing this work for twenty years.

The first thing I noticed was how late everyone came. Wet gangrene of two toes, a foul-smelling plantar ulcer, a Charcot foot that had collapsed into a rocker-bottom deformity while the patient kept walking to the mosque five times a day. Dr. Siddiqui never scolded. She asked about shoes, about walking barefoot on hot ground, about wudu and how the feet were dried afterwards.

In Pakistan, around one in four adults has diabetes according to the 2016–2017 national survey, and foot care is not taught anywhere in the community. Neuropathy is silent. The patients told me they did not feel the blister, so they did not think it mattered.

Dr. Siddiqui has a simple system. Every new patient gets a monofilament test, a mirror to look at the soles, and a lesson for the family member who will check the feet. She teaches them to check after prayer, when the feet are already clean and uncovered. I thought that was clever: it ties a new habit to one that is already there.

I want to carry this into whatever specialty I choose. The best chronic disease care I saw was not high technology; it was a surgeon who understood the daily life of her patients and designed around it. I also want to take part in the diabetes awareness camps that Diabetic Association of Pakistan runs, because the people who need foot education most never reach a surgical clinic.
`,
  },
  {
    id: "pk-what-003",
    setting: "tb dots clinic",
    role: "lady health worker supervisor",
    text: `
What? I supervise lady health workers in our union council, and one of them, Nasreen, follows ⟦NAME|Bibi Zarina⟧, who is on MDR-TB treatment. ⟦NAME|Zarina⟧ lives in ⟦LOCATION|Chak 47 GB, near the old canal rest house, Jaranwala⟧ and her husband's number, ⟦PHONE|0301 5557142⟧, is the only phone in the house. Her treatment started on ⟦DATE|22-01-2024⟧ and she has had nausea and hearing loss on injectable amikacin.

So what? Nasreen felt responsible when ⟦NAME|Zarina⟧ stopped her tablets for a week. I did not want her to feel that. MDR-TB treatment is long and hard, and the hearing loss frightened the family. The good news is that the programme has moved to all-oral regimens with bedaquiline, so newer patients do not face the injection.

Now what? We arranged for Nasreen to visit her daily for two weeks and for the district TB coordinator to explain the new regimen. I am asking the programme for an audiometry referral. And I want our health workers to feel they can report problems without fear of blame.
`,
  },
  {
    id: "pk-free-004",
    setting: "thalassaemia transfusion centre",
    role: "paediatric registrar",
    text: `
Every three weeks, the same children come for blood. I have worked in a thalassaemia transfusion centre in Rawalpindi for two years, and I have watched some of them grow from toddlers into shy teenagers who sit with their phones while the unit runs.

Thalassaemia major in Pakistan is common because of consanguineous marriage and the lack of carrier screening. Most of our children were diagnosed before their first birthday. Their lives are organised around the transfusion calendar: school days missed, the journey in a rickshaw, the wait for a donor when the blood bank runs short.

What I did not expect was how much of the work was iron. Ferritin above 2,500, poor adherence to deferasirox because of stomach upset, the fear of heart failure in the late teens. Our consultant, Dr. Imran Qazi, spends as much time negotiating chelation as he does prescribing blood. He taught me to ask the children themselves, not only their mothers, how they feel about the tablets.

I have also learned about hope. Bone marrow transplant is possible for a few, and some families are saving for years. Others are counselled about a new baby and prenatal diagnosis, which brings its own conflicts.

This work has convinced me that prevention is the real treatment. I am now helping the Thalassaemia Federation of Pakistan with a premarital screening awareness session at a college in my hometown.
`,
  },
  {
    id: "pk-free-005",
    setting: "heart failure home visit",
    role: "family medicine resident",
    text: `
I visited ⟦NAME|Baba Jee Noor Muhammad⟧ at home in ⟦LOCATION|Mohallah Jhugian, behind the Pir Wadhai bus stand, Rawalpindi⟧ on ⟦DATE|10 Muharram 1446⟧ (⟦DATE|16 July 2024⟧), because his grandson said he could not come to clinic any more. He is ⟦AGE|ninety-two⟧, a retired soldier, with severe heart failure after two heart attacks.

He was sitting on a charpai in the courtyard, short of breath, legs swollen to the knees. He was taking furosemide only on some days, because it made him go to the toilet during prayers. His medicine box had tablets from three different doctors, two of them duplicates.

I felt overwhelmed at first. There was so much wrong that I did not know where to begin. My supervisor, Dr. Zafar Iqbal, told me to choose the two most important things and leave the rest for next time. We simplified his medicines, timed the diuretic after the morning prayer, and taught his grandson, ⟦NAME|Usman⟧, to weigh him each morning on a bathroom scale borrowed from a neighbour.

Two weeks later he was less breathless and could walk to the mosque again. He joked that he wanted a new heart, but that he would settle for being able to walk.

Home visits are not common in our residency. I want to argue for them, because I would never have seen the medicine box or the charpai from my clinic room.
`,
  },
  {
    id: "pk-comment-006",
    setting: "diabetes in ramadan",
    role: "pharmacist",
    text: `
This is such an important topic. Every Ramadan our pharmacy sees patients who stop metformin or change insulin doses on their own. The IDF-DAR 2021 guidelines help, but what works best is a pre-Ramadan visit with the doctor and pharmacist together. Dr. Hassan in our clinic started this three years ago and hypoglycaemia admissions dropped noticeably.
`,
  },
  {
    id: "pk-free-007",
    setting: "paediatric epilepsy",
    role: "paediatric neurology resident",
    text: `
⟦NAME|Gul Bano⟧ is eleven and comes to our epilepsy clinic every two months with her father, a schoolteacher. She has had focal seizures since she was six. She is ⟦OTHER|the only girl from Tehsil Shangla who has won the provincial Quran recitation competition⟧, which her father mentions at every visit.

Her seizures were controlled on carbamazepine for three years, until she had a breakthrough seizure on stage at a competition on ⟦DATE|Sunday 8 September⟧. Afterwards, her school stopped letting her take part in assemblies, and her relatives started talking about marriage proposals drying up before she was even a teenager.

What struck me was that the medical problem was easy and the social problem was not. We adjusted the dose, checked a level, and she has been seizure-free since. But her father was more worried about the stigma than the seizures.

I asked our consultant, Dr. Ayesha Khattak, what we could do. She wrote a letter to the school explaining epilepsy and first aid, and offered to speak to the teachers. The principal accepted. ⟦NAME|Gul⟧ was back on stage three months later.

I learnt that in epilepsy care, we need to treat the community's fear alongside the brain's electricity. A letter cost us ten minutes and gave a child her voice back.
`,
  },
  {
    id: "pk-what-008",
    setting: "insulin counselling",
    role: "clinical pharmacist",
    text: `
What? In the diabetes clinic at our teaching hospital in Peshawar, I spend my mornings teaching patients to use insulin pens. Most of them are older, many cannot read, and some have been on insulin for years without being shown how to use it properly. Last month I audited injection technique in thirty regular patients.

So what? Twenty-two were reusing needles many times, some for a month. Twelve had lipohypertrophy at their usual injection sites, and their glucose readings were erratic because insulin absorbed unpredictably from the lumps. Four were injecting through clothes. None of them had been told to rotate sites. HbA1c in this group averaged 9.8%, much higher than in patients who rotated correctly.

I felt embarrassed, because our service had been seeing these patients for years and nobody had looked at their abdomens. We checked the prescription, the dose, the HbA1c, and never the skin.

Now what? With Dr. Hassan Afridi, our endocrinologist, I have introduced a simple injection-site check at every third visit, and a pictorial chart in Pashto and Urdu showing how to rotate. Needles are expensive, so we teach people to change them at least weekly, which is realistic. I will repeat the audit in six months and present it to the department.
`,
  },
  {
    id: "pk-free-009",
    setting: "community mental health",
    role: "psychiatry trainee",
    text: `
In our outreach programme in a district of southern Punjab, we see people with long-standing schizophrenia who have never been in hospital. Many have been chained at home or taken to shrines for years before anyone brought them to a doctor.

My trainer, Prof. Haroon Rashid, has run the programme for ten years. He insists that we sit with the family first, drink tea, and listen to their explanation of the illness before we give ours. Families often believe in jinn or black magic, and he does not argue. He says that medicine and prayer can sit together, and that the family will choose both if we do not force them to choose.

I have seen people improve dramatically on cheap medicines: haloperidol, fluphenazine depot injections every month, sometimes olanzapine if the family can afford it. I have also seen the weight gain, the stiffness and the tremor, and how these side effects push people to stop.

The greatest difficulty is continuity. Lady health workers are stretched, and mental illness is rarely their priority. The WHO mhGAP guide is useful, but it assumes a level of follow-up that does not exist here.

I am going to propose a simple monthly depot clinic at the basic health unit, run by a trained nurse, so that patients do not have to travel to the district headquarters. Small, regular, nearby care is what chronic mental illness needs.
`,
  },
];
