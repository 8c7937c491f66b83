import type { SourceItem } from "../../corpus/types.ts";
import { cpf } from "../gen.ts";

/** Brazil, Peru, Uzbekistan, Kazakhstan, Fiji, Vanuatu and Bangladesh. */
export const AMERICAS_ASIA_PACIFIC: SourceItem[] = [
  {
    id: "br-free-001",
    setting: "dengue outbreak",
    role: "family health team doctor",
    text: `
Dengue in Recife, and the visit I keep replaying.

I work in a Estratégia Saúde da Família team. Our community health agent, Josenilda, asked me to see ⟦NAME|Dona Lurdes⟧ at home because she had stopped answering the door. ⟦NAME|Maria de Lurdes Cavalcanti⟧, 67, lives alone at ⟦ADDRESS|Rua das Flores, 212, Casa Amarela, Recife – PE, 52070-130⟧. Fever for four days, then on the fifth day she felt "better" and collapsed in the kitchen. CPF ⟦ID|${cpf("318.407.256")}⟧ for the SUS referral, and her daughter in São Paulo on ⟦PHONE|+55 81 9555-0148⟧.

That "better" on day five is exactly the critical phase the Ministério da Saúde flowchart warns about: fever goes, plasma leaks. We gave oral fluids while waiting for SAMU and she went to the UPA as group C.

She recovered. What stayed with me is that the flowchart is pinned on my wall and I still nearly missed it, because she was smiling and said "já passou" (it's over). Now I ask every dengue patient on day four to six one question first: "Do you feel better today?" If the answer is yes, I examine them more carefully, not less.
`,
  },
  {
    id: "br-what-002",
    setting: "Chagas disease",
    role: "medical student",
    text: `
**O quê? / What?** A week with a Chagas disease outpatient service in Goiás. Most patients were middle-aged and older, infected as children in mud-walled houses where the barbeiro (the triatomine bug) lived in the cracks.

**E daí? / So what?** I knew the acute phase from lectures. I did not know how many people carry the chronic indeterminate form for decades without symptoms, and then present with heart failure, arrhythmias or a megaesophagus. The ECG clinic was full of right bundle branch blocks and left anterior hemiblocks. Benznidazole is offered to children and younger adults, less clearly to older ones, and the side effects (rash, neuropathy) are common.

Dr Ferreira said the disease is a mirror of housing: the bug left when the houses were plastered, and the patients we see now are the children of the unplastered houses.

**E agora? / Now what?** I want to understand the newer transmission routes too, like oral outbreaks linked to açaí juice in the Amazon. And I want to remember that, for a disease of poverty, the best treatment was a bag of cement.
`,
  },
  {
    id: "br-free-003",
    setting: "leprosy contact examination",
    role: "nurse",
    text: `
Hanseníase in Maranhão. I am a nurse in a primary care unit and this month we diagnosed a child, ⟦NAME|Kauã⟧, nine, with paucibacillary leprosy: two anaesthetic patches on his thigh. His mother, ⟦NAME|Francisca das Chagas Sousa⟧, only has WhatsApp, on ⟦PHONE|+55 98 9555-0173⟧, and she sent me a photo of another patch on her own arm the same evening.

A child with leprosy means recent transmission in the household, so we examine every contact. The family lives ⟦LOCATION|in the povoado of Santa Rosa dos Pretos, the house beside the babaçu-oil press⟧, twelve people across three houses. We found two more cases, both in adults.

The Brazilian guidance is good: contact examination and BCG for contacts without a scar. The hard part is stigma. ⟦NAME|Francisca⟧ asked me not to write "hanseníase" on the referral because the driver of the municipal van would read it.

I wrote "dermatologia". I think that was right.
`,
  },
  {
    id: "br-gibbs-004",
    setting: "yellow fever vaccination",
    role: "public health resident",
    text: `
Description: In 2018 Brazil had one of its largest yellow fever outbreaks in decades, with cases near São Paulo and Rio. As a resident I helped at a fractional-dose campaign: one fifth of the standard dose, which WHO accepted as an emergency measure when supply was short.

Feelings: Pride at the scale; unease at the queues and the fights in them.

Evaluation: Millions were vaccinated in weeks. But rumours spread faster than the vaccine: that the fractional dose was "weaker", that you needed two, that monkeys were spreading the disease. People killed howler monkeys, which are actually sentinels; their deaths warn us that the virus is circulating.

Analysis: The fractional dose gives protection for at least a year, probably longer, and the programme would later offer a full dose. That nuance was hard to fit on a poster.

Conclusion: Communication about an emergency measure needs to explain why it is temporary, not just that it is safe.

Action plan: For my residency project I am writing a short guide for health units on how to answer the three commonest rumours, with the monkey story first.
`,
  },
  {
    id: "pe-free-001",
    setting: "MDR-TB home visit",
    role: "community health worker",
    text: `
Soy promotora de salud in San Juan de Lurigancho, Lima. I give DOT to patients with multidrug-resistant TB and I want to write about ⟦NAME|Don Ezequiel⟧.

⟦NAME|Ezequiel Quispe Mamani⟧ came from Puno to work in the markets. DNI ⟦ID|40718263⟧. He lives in ⟦ADDRESS|Mz. F Lote 14, Asentamiento Humano Santa María, San Juan de Lurigancho⟧, up the hill where the stairs have no railing. For eighteen months I climbed those stairs every morning with his tablets because he could not come to the health post without losing a day's work.

Some days he was angry. The medicines made him vomit and he lost his hearing a little from the injections he had in the first months, before the all-oral regimen. One day he told me, in Quechua, that he was tired of being a sick man. I sat with him and we drank his mate de coca and I did not talk about adherence.

He finished treatment last year. Cured. Now he helps me find other people in his block who cough.

To the students who read this: the doctor writes the regimen, but the treatment is done on the stairs.
`,
  },
  {
    id: "pe-what-002",
    setting: "bartonellosis outbreak",
    role: "epidemiology trainee",
    text: `
What? Field investigation of Carrion's disease (Bartonella bacilliformis) in an Andean valley of Áncash. The index case was ⟦NAME|Yesenia⟧, a 14-year-old from ⟦LOCATION|caserío Chuquibamba Alto, above the quebrada⟧, with fever and severe anaemia; haemoglobin 5.1. Her father, ⟦NAME|Don Teófilo Huamán⟧, carried her down on his back for three hours on ⟦DATE|20 de marzo⟧.

So what? Carrion's disease is a neglected disease of the inter-Andean valleys between 500 and 3,200 metres, spread by Lutzomyia sand flies. The acute phase (Oroya fever) can kill; the eruptive phase (verruga peruana) is the famous warts. Our active search found six more febrile children in that caserío. Blood smears showed the bacilli in red cells in four of them.

Dr Ramírez, my supervisor, reminded me that Daniel Carrión, a medical student, inoculated himself in 1885 to prove the two phases were one disease, and died of it. Every Peruvian medical student knows his name.

Now what? Chloramphenicol or ciprofloxacin for the acute cases, insecticide spraying of houses, and bed nets. And I want to write this up for the regional bulletin, because the last report from that valley was ten years old.
`,
  },
  {
    id: "pe-gibbs-003",
    setting: "cutaneous leishmaniasis",
    role: "dermatology resident",
    text: `
Description: A rotation in Madre de Dios, where cutaneous leishmaniasis is an occupational disease of gold miners, loggers and Brazil nut collectors. Most of the patients I saw had ulcers with raised edges on their legs or arms, months old.

Feelings: Out of my comfort zone. I had only seen pictures.

Evaluation: Diagnosis by smear and PCR was good. Treatment was harder: meglumine antimoniate for twenty days, intramuscular or intravenous, with ECG and liver enzyme monitoring. Many men could not stay in town for twenty days without losing their jobs.

Analysis: Peru's guidelines allow shorter or local treatments for some lesions, like intralesional antimonials or thermotherapy, but access is uneven. Leishmania (Viannia) braziliensis can later cause mucosal disease, so undertreatment has a cost years later.

Conclusion: A good protocol that people cannot complete is not a good protocol for them.

Action plan: Dr Vargas and I are auditing how many patients completed the twenty days last year, and which options would let more of them finish.
`,
  },
  {
    id: "uz-free-001",
    setting: "brucellosis",
    role: "infectious diseases resident",
    text: `
Brucellosis is the disease of the shepherd's family in Samarkand region, and this spring I met the whole family.

The first to come was ⟦NAME|Dilshod aka⟧, the head shepherd, with undulating fever and a sore back for six weeks. Then his wife ⟦NAME|Gulnora opa⟧ with the same fever. They live in ⟦LOCATION|the Qoratepa mahalla, the last house before the summer pastures on the Urgut road⟧ and they make fresh cheese from unpasteurised sheep's milk that they sell at the bazaar. Their grandson's phone, ⟦PHONE|+998 90 555 18 42⟧, was the only number that reached them.

The Rose Bengal test was positive for both, confirmed by Wright agglutination. Doxycycline and rifampicin for six weeks; for him, with sacroiliitis, gentamicin too.

My supervisor, Dr Karimov, said brucellosis is treated in the hospital but prevented at the veterinary station: vaccination of the sheep and boiling the milk. I had to learn how to say "boil the milk" gently in Uzbek, because telling a family their cheese is dangerous is telling them their income is dangerous.

We sent the veterinary service to their flock. The cheese now gets boiled milk. ⟦NAME|Gulnora opa⟧ says it tastes worse.
`,
  },
  {
    id: "uz-what-002",
    setting: "measles vaccination",
    role: "paediatrics resident",
    text: `
What? A measles catch-up campaign in Tashkent after a rise in cases among children under five. I worked in a polyclinic vaccination room for two weeks.

So what? Uzbekistan has high routine coverage on paper, but the outbreak showed pockets of unvaccinated children: families who had moved from the regions and were not registered at any polyclinic, and some families who had delayed vaccination because of false contraindications (a mild cold, a recent antibiotic course). Many mothers told me a doctor had said "not now" months before.

Our head nurse, Dilfuza opa, has worked in the vaccination room for twenty-five years. She checks every card against the national calendar and does not accept a cold as a reason.

Now what? I am making a short list of true contraindications in Uzbek and Russian for our polyclinic doctors, based on WHO guidance. I also want to look at how we find children who move into the city without registering, because they will be at the centre of the next outbreak too.
`,
  },
  {
    id: "uz-comment-003",
    setting: "brucellosis",
    role: "veterinarian",
    text: `
As a vet working with the district veterinary station, thank you for this. Many doctors forget that every human case of brucellosis means infected animals somewhere. We are trying to increase Rev-1 vaccination of sheep and goats in the region, but farmers fear it causes abortions. Joint visits by a doctor and a vet help a lot. Shall we plan one together?
`,
  },
  {
    id: "kz-free-001",
    setting: "anthrax investigation",
    role: "epidemiologist",
    text: `
Cutaneous anthrax in a village of Zhambyl region, and the investigation was about a cow.

The patient was ⟦NAME|Erlan Tokhtarov⟧, 38, with a painless black eschar on his forearm surrounded by swelling. IIN ⟦ID|870415401237⟧. He had helped slaughter a sick cow for a neighbour on ⟦DATE|Kurban Ait⟧ and shared the meat across three households in ⟦LOCATION|the village of Akbulak, the houses along the irrigation ditch behind the school⟧.

We traced everyone who had touched the carcass or eaten the meat: nineteen people. Three had skin lesions; all were treated with ciprofloxacin, then doxycycline for sixty days for those with heavy exposure. No gastrointestinal or inhalational cases.

The veterinary service found an old anthrax burial site (a skotomogilnik) near the pasture, which floods in spring. Spores last for decades in the soil.

Dr Abenova, our regional epidemiologist, said the lesson is always the same: sick animals must not be slaughtered. The problem is economic. A cow is a year's income. I understand why the neighbour did it. Next spring we will vaccinate the livestock near the burial site before the pasture season.
`,
  },
  {
    id: "kz-gibbs-002",
    setting: "TB programme",
    role: "phthisiatrician",
    text: `
Description: I am a young phthisiatrician in Almaty. Kazakhstan has moved from long hospital stays for TB to outpatient care, and I was part of the team that moved our patients home.

Feelings: Anxious. For years the rule was that TB patients stayed in the dispensary for months.

Evaluation: The results have been good. Patients with drug-sensitive TB now go home once they are no longer infectious and take their tablets with video-observed treatment. Patients with MDR-TB use shorter, all-oral regimens. Fewer people leave treatment early.

Analysis: Long hospital stays were not only expensive; they separated people from their jobs and families, and some patients caught resistant TB in the hospital. The WHO European region has pushed for people-centred care, and we see why.

Conclusion: Our old system protected the public on paper, but patients paid for it.

Action plan: I want to study the video-observed treatment data from our district and present it at the national conference. Dr Sadykova, my head of department, says I should include the patients' own opinions, not only the numbers.
`,
  },
  {
    id: "fj-free-001",
    setting: "leptospirosis after flooding",
    role: "medical officer",
    text: `
After the cyclone the floods came, and after the floods came leptospirosis. I am a medical officer in the Western Division.

One patient: ⟦NAME|Mere Tuilagi⟧, 42, a cane farmer's wife from ⟦LOCATION|Nasivi settlement, the houses on the river flat below the Methodist church⟧. She waded through floodwater for two days to save her chickens. Then fever, myalgia, red eyes, and by day five jaundice and low urine output. Admitted on ⟦DATE|Monday 17 February⟧ to ⟦FACILITY_ROOM|the medical ward at Lautoka Hospital, bed 11⟧. Her husband ⟦NAME|Jone⟧ slept on a mat under her bed.

IV penicillin, fluids, and a transfer for dialysis that thankfully we did not need. She went home after ten days.

Dr Naidu, my consultant, said the Fiji Ministry of Health leptospirosis warnings go out after every flood: avoid wading, wear boots, see a doctor early with fever. But people wade because they must; their animals and crops are in the water. Doxycycline prophylaxis after exposure is an option we are now using more in the worst-affected villages.

"Vinaka vakalevu," she said when she left. I should be thanking her: she taught me to ask every flood patient about their animals.
`,
  },
  {
    id: "fj-what-002",
    setting: "typhoid control",
    role: "public health nurse",
    text: `
What? Typhoid is endemic in Fiji, especially in the Northern Division. As a public health nurse I visit the households of every confirmed case, check the water and toilets, and screen the family for carriers.

So what? In the villages, the water source is often a river or a spring shared by many households, and latrines can be close to it. Typhoid outbreaks follow rainy seasons and community gatherings, where kava and food are shared. I used to think typhoid was about poor hygiene. Now I see it is about water infrastructure.

Sister Vika, my team leader, taught me to speak to the village headman and the church minister first. After that, everyone listens.

Now what? The typhoid conjugate vaccine campaign reached many children in recent years, and I want to see its effect in our division's numbers. I also want to train village health workers to recognise prolonged fever and send people for blood cultures early, rather than treating every fever as "flu" at home.
`,
  },
  {
    id: "fj-comment-003",
    setting: "leptospirosis after flooding",
    role: "nurse",
    text: `
Vinaka for sharing, doctor. I am from that side of the river. Tell ⟦NAME|Mere⟧ that her cousin ⟦NAME|Seini⟧ from ⟦LOCATION|Nasivi⟧ says hello, and that the chickens she saved are laying again! Her husband came to the health centre for his boots and doxycycline last week. We will keep an eye on the family.
`,
  },
  {
    id: "vu-free-001",
    setting: "yaws eradication",
    role: "public health officer",
    text: `
Yaws eradication on Tanna. Our team does total community treatment with single-dose azithromycin, then surveys for any remaining cases.

On the second survey round we found one boy with a papilloma on his leg: ⟦NAME|Kalo⟧, eight, son of ⟦NAME|Chief Iouiou⟧ of ⟦LOCATION|the kastom village above the Lenakel road, the one with the nakamal under the big banyan⟧. The dual-path platform test was positive and the PCR later confirmed Treponema pallidum pertenue. He had been away at his grandmother's during the first round.

Azithromycin 30 mg/kg, one dose, and we treated the whole village again. The chief gathered everyone in the nakamal and we explained in Bislama: "Sik ia, yumi save finisim" (this sickness, we can finish it).

Dr Tarimiala, who leads the programme, says the last cases are the hardest. Each one is a family that was not there on the day, a child at a grandmother's, a man at the plantation on another island. Eradication is not about the drug; it is about finding the last child.
`,
  },
  {
    id: "vu-gibbs-002",
    setting: "vaccination campaign",
    role: "nurse",
    text: `
Description: I am a nurse on Espiritu Santo. Last year we did a measles-rubella campaign that had to reach islands where the boat goes once a week.

Feelings: Worried about the cold chain, excited to visit islands I had never seen.

Evaluation: We carried vaccines in cool boxes with ice packs, changed every day. We had a fridge on the boat with a solar panel. Some villages had not seen a vaccination team for two years. We reached most children, but some were away in the gardens and we could not wait.

Analysis: Geography is the biggest problem in Vanuatu. WHO and UNICEF support the programme, but the boat, the weather and fuel decide everything. Drones have been tested for vaccine delivery here, which is exciting but still small.

Conclusion: Our coverage data is only as good as the boat schedule.

Action plan: Work with the area secretaries to plan the next campaign around market days, when people come in from the gardens. Ask Sister Leimanu to share her village lists with the team.
`,
  },
  {
    id: "bd-free-001",
    setting: "diphtheria outbreak in a refugee camp",
    role: "medical officer",
    text: `
Diphtheria in the Rohingya camps of Cox's Bazar. I am a Bangladeshi doctor working in a diphtheria treatment centre.

The child I remember most was ⟦NAME|Noor Kalima⟧, five, brought by her uncle from ⟦LOCATION|Camp 14, Block C, the shelter beside the learning centre⟧. Family counting number ⟦ID|184-27391⟧. Her mother had died in Myanmar. She had a grey membrane, a swollen neck, and her voice was almost gone. She arrived on ⟦DATE|the first day of Eid-ul-Adha⟧, when many staff were away.

We gave diphtheria antitoxin, penicillin and watched her heart. She survived. Her uncle ⟦NAME|Mohammed Hashim⟧ did not leave her side.

The outbreak happened because the Rohingya children had almost no vaccination in Myanmar. The response was huge: vaccination campaigns for all children, contact tracing, treatment centres. Our team leader, Dr Farhana, said diphtheria is a disease of broken health systems, and the camp is a broken health system for a million people.

I learned a few words of Rohingya to talk to the mothers. "Bala asoni?" (Are you well?) opens many doors.
`,
  },
  {
    id: "bd-what-002",
    setting: "cholera surveillance",
    role: "epidemiologist",
    text: `
What? I work on cholera surveillance in Dhaka. Every monsoon, the diarrhoeal disease hospitals fill up, and our job is to test a systematic sample of patients for Vibrio cholerae and check antibiotic resistance.

So what? The pattern is seasonal and predictable: peaks before and after the monsoon. Resistance patterns change quickly; tetracycline resistance came and went, and azithromycin remains an important option. The most important treatment is still rehydration. The ORS solution invented here saved millions of lives.

Dr Rahman, my supervisor, tells every new researcher that the most important thing in cholera research is not the lab; it is the ORS corner and the nurse who teaches the mothers how to use it.

Now what? I want to connect our surveillance data to the oral cholera vaccine campaigns in high-risk urban slums, to show where vaccination reduces cases and where it does not. And I want to present it in a way that city officials can use to plan water and sanitation work, not only vaccine campaigns.
`,
  },
  {
    id: "bd-comment-003",
    setting: "diphtheria outbreak in a refugee camp",
    role: "nurse",
    text: `
Thank you, doctor. I worked in the same centre during the outbreak. The night shifts were very hard: many children with membranes, few ventilators, and the antitoxin stock changing every day. Your post reminds me why we stayed. Please share it with the new volunteers so they understand the importance of routine vaccination.
`,
  },
];
