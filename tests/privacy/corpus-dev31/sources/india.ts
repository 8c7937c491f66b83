import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "dengue ward",
    role: "medicine resident",
    text: `
Post-monsoon, the dengue ward is the whole hospital. Every corridor has a folding bed with a drip stand tied to the window grille.

The patient I keep thinking about was ⟦NAME|Sunita Devi⟧, a vegetable seller, admitted on ⟦DATE|14 September⟧ to ⟦FACILITY_ROOM|Ward 6, bed 23 at Safdarjung⟧ with platelets of 18,000 and a haematocrit climbing past 48. Her son ⟦NAME|Pintu⟧ kept asking us to give her platelets "like the neighbour got". Her Aadhaar, ⟦ID|${aadhaar("4821 7730 915")}⟧, was written in marker on the back of the admission sheet because the registration counter wanted it before they would give her a bed number, and his mobile, ⟦PHONE|+91 98555 01734⟧, was next to it.

Platelet transfusion is not indicated for a count alone without bleeding, and the WHO and NVBDCP guidance both say so. Explaining that to a frightened son at 2am, in Hindi, while three other families listen, is a different exam. "Beta, khoon ki nahi, paani ki zaroorat hai" (it is fluid she needs, not blood) was the line that finally worked, and I only found it on the third attempt.

She went into the critical phase on day five: cold peripheries, pulse pressure of 20. Crystalloid 10 mL/kg over an hour, then reassess. She turned the corner by morning.

What I want to carry forward: a script in Hindi and Bengali for the platelet conversation, written before the season, not at 2am during it.
`,
  },
  {
    id: "in-what-002",
    setting: "drug-resistant TB",
    role: "community medicine resident",
    text: `
**What?** My first month on the district DR-TB programme in Mumbai. Every patient on the all-oral regimen, bedaquiline 400 mg daily for two weeks then 200 mg three times a week, with linezolid, clofazimine and cycloserine. Every patient on Ni-kshay, the national TB notification portal, and every patient due ₹500 a month under Ni-kshay Poshan Yojana for nutrition.

**So what?** The regimen is the success story. The payments are not. Half the patients I met had not received the nutritional support for three months because of a bank account mismatch. One man told me, politely, that the tablets were free but the bus to collect them was not.

The QT monitoring was the other surprise. Bedaquiline plus clofazimine both prolong the QTc, and our ECG machine had been broken for eleven days. Dr Deshmukh, my senior, sends people to a private lab and the programme reimburses later, eventually.

**Now what?** I am making a list of every patient whose Poshan payment has bounced and taking it to the district TB officer with the reason for each. It is clerical work. It is also probably the single thing most likely to keep someone on treatment this month.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "leprosy case detection",
    role: "medical officer",
    text: `
Description: Leprosy Case Detection Campaign, house-to-house, in a tribal block of southern Odisha. On day three the ASHA brought us to ⟦LOCATION|Bandhaguda hamlet, the last cluster of houses after the Jhodia pada on the Rayagada road⟧, where an old man, ⟦NAME|Budhu Majhi⟧, had a claw hand and a plantar ulcer he had been dressing with neem paste.

Feelings: Sadness, first. He had been disabled for years. Then something close to anger that the previous survey had missed him.

Evaluation: The campaign worked as intended: trained volunteers, a pictorial card, a male and a female searcher in every pair. It also showed its limit. ⟦NAME|Budhu⟧'s house was hidden behind a cashew grove and the last team had counted it as empty.

Analysis: Grade 2 disability at diagnosis is the indicator the National Leprosy Eradication Programme tracks because it tells you about late detection. Every grade 2 case is a system story. His grandson ⟦NAME|Sukru⟧, who is 11, had a hypopigmented patch on his back with loss of sensation.

Conclusion: We found two cases in one house because we went to the last house.

Action plan: ⟦NAME|Sukru⟧ started paediatric MB-MDT the same day. I have asked the district nucleus team, through Dr Panda, to redo the household mapping with the village's own headcount rather than the old census list.
`,
  },
  {
    id: "in-free-004",
    setting: "polio immunisation",
    role: "medical student",
    text: `
Pulse Polio Sunday. I was posted to a booth outside a railway colony primary school in Lucknow with an ANM didi and two Anganwadi workers. "Do boond zindagi ki" on the banner, cold box at our feet, tally sheet on a clipboard.

Between eight and two we gave bOPV to 163 children under five and marked each little finger with the purple marker. The ANM, Kamla didi, could spot a child who had already been dosed from ten feet away by the finger.

The moment that stuck with me was a mother who asked if the drops were "for making children weak" because someone on WhatsApp had sent her a video. Kamla didi did not argue. She showed the woman her own grandson's finger, marked from the morning, and the mother laughed and brought her baby forward.

I read afterwards about how India was certified polio-free in 2014, and how much of it rested on exactly this: thousands of booths, house-to-house follow-up on Monday for the missed ones, and people like Kamla didi who have done this every round for twenty years.

I went in thinking I was there to help. I mainly watched and learned how trust is built.
`,
  },
  {
    id: "in-comment-005",
    setting: "dengue ward",
    role: "nursing tutor",
    text: `
Beautiful writing, and the Hindi line is something our students should learn. But please take out the ward and bed, and the Aadhaar on the admission sheet, before this is shared further. In a hospital that size the bed number plus the date is enough for anyone in the department to find her file. The reflection works perfectly well without them.
`,
  },
  {
    id: "in-free-006",
    setting: "Nipah contact tracing",
    role: "epidemiologist",
    text: `
Contact tracing for Nipah in Kozhikode district is the most exacting work I have done.

The index case was a 24-year-old, ⟦NAME|Muhammed Shameer⟧, whose fever began on ⟦DATE|the second day of Onam⟧. His family had been at ⟦LOCATION|the areca plantation behind the Juma Masjid in Maruthonkara⟧ where fruit bats roost. By the time NIV Pune confirmed him, he had visited two private clinics and one emergency room.

We built the contact list from call records (with consent), CCTV at the clinics and his father ⟦NAME|Abdul Rasheed⟧'s handwritten account of every bus they had taken, which was astonishingly detailed. The father's number, ⟦PHONE|+91 94555 01812⟧, became the most important line in our route map. The final list had over 700 names, graded high and low risk.

Every high-risk contact had twice-daily calls for 21 days. I did forty of those calls a day in Malayalam that I had learned as a child and not used since. "Pani undo?" (any fever?) became almost a greeting.

What I keep returning to: the public health response was strong, and the state has learned from 2018, but the father's notebook did more than any app. The most reliable surveillance tool was a grieving man who wanted no one else to lose a son.
`,
  },
  {
    id: "in-what-007",
    setting: "filariasis mass drug administration",
    role: "community medicine resident",
    text: `
What? Lymphatic filariasis mass drug administration in a block of Bihar: ivermectin, DEC and albendazole (IDA), given as directly observed doses by drug distributors going house to house over two weeks.

So what? Coverage on paper was 89%. Coverage when we did the independent check was closer to 65%. The gap was people who accepted the tablets and did not swallow them, mostly because they had heard from a neighbour that the tablets cause fever and itching. Which they can, in people with a high microfilarial load, because the parasites die. That is, in a way, a sign the drug is working, but it is a terrible sales pitch.

Dr Sinha, our programme officer, explained that the adverse-event teams exist exactly for this. Our block had one team and a motorbike.

Now what? I drafted a one-page Hindi leaflet explaining why mild fever after the tablets can happen and what to do, and asked the ASHAs to read it aloud when they give the dose. I will check next round whether swallowing coverage moves. I also want to visit the morbidity management camp for people who already have lymphoedema, because that is the end of the story the MDA is trying to prevent.
`,
  },
  {
    id: "in-free-008",
    setting: "cholera outbreak",
    role: "community health worker",
    text: `
I am an ASHA and our PHC doctor asked me to write what happened in our basti in August, so the new doctors can read it.

First it was ⟦NAME|Chhotu⟧, ⟦NAME|Rekha ben⟧'s boy, rice-water stools in the night. By the morning, four more houses in ⟦ADDRESS|Gali No. 3, Topsia Road, Kolkata 700046⟧. All of them take water from the same municipal standpost near the tannery wall, where the pipe was cracked and the drain runs over it.

I went door to door with ORS packets and zinc tablets. I told every mother to boil water and to come to the PHC if the child is weak or the eyes are sunken. Dr Sen sent two stool samples to the lab and they found Vibrio cholerae O1. The municipality fixed the pipe on the fourth day, after our councillor came.

⟦NAME|Chhotu⟧'s grandmother, ⟦NAME|Amma Zubeida⟧, is ⟦AGE|ninety-one⟧ and she got it too. She would not go to hospital. We gave ORS by spoon all night in her house and she lived. I am proud of that.

What the new doctors should know: the basti people come to the ASHA first. If you want to know where the outbreak is, ask us.
`,
  },
  {
    id: "in-comment-009",
    setting: "dengue ward",
    role: "medicine intern",
    text: `
I was on nights that week too! Isn't that ⟦NAME|Sunita ji⟧ from ⟦LOCATION|the Sarojini Nagar sabzi mandi⟧, the one who kept the steel tiffin under her pillow? Her son came back after discharge with sweets for the whole ward. I still have his number somewhere, ⟦PHONE|98555 01734⟧, if you want to do a follow-up call for the audit.
`,
  },
  {
    id: "in-gibbs-010",
    setting: "rabies clinic",
    role: "medicine intern",
    text: `
Description: One day in the anti-rabies clinic of a district hospital in Karnataka. Ninety-one patients, mostly dog bites, a few cat scratches and one monkey bite from a temple town.

Feelings: Overwhelmed by volume, then by how much was riding on each decision.

Evaluation: The intradermal regimen (0.1 mL at two sites on days 0, 3 and 7) lets one vial go much further, and the clinic runs on that. What did not go well: we had rabies immunoglobulin for the category III bites only until about noon.

Analysis: Category III means transdermal bites or licks on broken skin, and the guidance is wound washing for fifteen minutes, vaccine, and RIG infiltrated into the wound. The washing is free and the most neglected step. Dr Hegde, our unit chief, made every intern wash at least one wound with soap and running water in front of the family so they would see how long fifteen minutes is.

Conclusion: Rabies is a disease of poverty and access, not of medicine; we have had the tools for decades.

Action plan: Push for the monoclonal antibody product in our indent, which is cheaper per dose, and write the wound-washing steps in Kannada on the wall by the tap.
`,
  },
  {
    id: "in-free-011",
    setting: "TB stigma",
    role: "TB health visitor",
    text: `
# What a TB diagnosis costs, beyond the tablets

I have been a TB health visitor in Pune for six years. I want to write about the part of the job that does not appear on any indicator.

When I visit a new patient, the first question is rarely about the medicine. It is: "Who will know?" Women ask whether their in-laws will find out. Young men ask if they can keep working. Parents ask if the school will send their child home. Nobody asks about sputum conversion.

The national programme is good at the clinical things. Free diagnosis with CBNAAT, free drugs, DBT nutrition support, 99DOTS for adherence. Treatment success rates for drug-sensitive TB are respectable. But the social cost is invisible to the dashboard. I have met women who hid their diagnosis for six months. I have met a man who lost his job at a construction site because the supervisor saw the TB card in his shirt pocket.

## What helps

- Visiting in plain clothes, not in the programme T-shirt, when the patient asks.
- Letting the patient choose where we meet: sometimes the temple steps, sometimes the bus stand.
- Telling families, plainly, that after two weeks of treatment the risk of spreading drops sharply. This one sentence has kept more marriages together than I can count.
- Never writing "TB" on anything that goes home unless the patient agrees.

## What does not help

- Posters with coughing skeletons.
- Doctors who say "you must tell your family" without asking what will happen when they do.

## For the students who read this

My supervisor, Dr Kulkarni, told me in my first week that TB is a social disease with a medical aspect. I did not understand her. Now I repeat it to every new intern. The bacteria care about ventilation and nutrition; the patient cares about dignity and income. You will not cure the first without respecting the second.

The End TB strategy talks about zero catastrophic costs. In my experience the catastrophic cost is not only money. It is a marriage, a job, a place in the joint family. Please, when you see your patient, ask them who will know, and listen to the answer.
`,
  },
];
