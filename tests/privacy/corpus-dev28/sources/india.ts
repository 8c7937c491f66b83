import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "home palliative care",
    role: "palliative care physician",
    text: `Home-care day with the community palliative team in Malappuram district. Our jeep, a nurse, two volunteers, a driver who knows every lane, and me.

Fourth house of the day: ⟦NAME|Ammini amma⟧, who has a fungating breast wound she hid under her mundu for two years because she did not want to trouble her sons. The wound care took an hour. The volunteers talked to her about the paddy and the price of coconuts the whole time, and she laughed at the right places. Her younger son ⟦NAME|Suresh⟧ asked me to save his number, ⟦PHONE|94470 55512⟧, “for when it is time, doctor, I do not want the ambulance, I want you.”

The house is ⟦LOCATION|the last one on the canal bund past the Bhagavathi temple in Vazhayur⟧, and I think I will remember it for the rest of my career. She died on ⟦DATE|Vishu⟧ morning, after the family had laid out the kani for her — rice, gold, konna flowers — so that it was the first thing she saw.

What I learnt: oral morphine, metronidazole powder on the wound and a volunteer who talks about coconuts can do more than any tertiary centre. Kerala’s neighbourhood network model is not romantic; it is simply organised.`,
  },
  {
    id: "in-what-002",
    setting: "head and neck oncology",
    role: "radiation oncology resident",
    text: `**What?** Outpatient day in Mumbai, 140 patients, and at least thirty of them with oral cavity cancers. Most chewed gutkha or kharra from their teens. One man in his forties asked me whether he could keep chewing during radiotherapy “because it helps with the pain”.

**So what?** I laughed, then realised he was serious, and that nobody had explained mucositis to him in Marathi. We give 66 Gy in 33 fractions with weekly cisplatin 40 mg/m² and then wonder why patients default at week four. Our consent counselling is a fifteen-minute speech in a corridor. The Global Adult Tobacco Survey numbers are shocking, but they are not a reason to feel helpless in OPD; they are a reason to counsel one person properly.

**Now what?** Dr. Kulkarni has allowed me to make a one-page pictorial handout on mucositis, mouthwash and why to stop tobacco, in Marathi and Hindi, with help from the speech therapist. I will audit our week-four dropout rate in three months and see if it changes. Small, but measurable.`,
  },
  {
    id: "in-gibbs-003",
    setting: "breaking bad news",
    role: "staff nurse",
    text: `Description: I was asked to stay with a family while the unit told them their mother’s biopsy showed cancer of the gallbladder, spread to the liver. The patient, ⟦NAME|Sunita Devi⟧, wife of ⟦NAME|Ramesh Yadav⟧, was in ⟦FACILITY_ROOM|bed 23 of the female surgical ward at IGIMS Patna⟧. Her son had come by train from Surat and held all the documents in a plastic folder: UHID ⟦ID|2024015587⟧, her Aadhaar card (⟦ID|${aadhaar("4721 6038 915")}⟧) photocopied eleven times for the Ayushman Bharat forms.

Feelings: I felt angry that the family had to queue at three counters while the diagnosis was still sinking in.

Evaluation: The doctor spoke in Bhojpuri, which helped. The son asked “kitna time hai?” and the answer was honest — months, not years.

Analysis: In our system, paperwork is part of the bad news. The PM-JAY scheme pays for the chemotherapy, but the first week after diagnosis is spent collecting stamps.

Conclusion: Nurses can make the paperwork less cruel.

Action plan: I have started a small checklist for families on the ward — which counter, which document, which floor — and Sister Mary has agreed to put it up next to the nursing station.`,
  },
  {
    id: "in-free-004",
    setting: "palliative pharmacy",
    role: "hospital pharmacist",
    text: `Why is it still hard to get oral morphine in a government hospital in India?

Three reasons I have seen in two years as the only pharmacist licensed to hold it in our district:

1. The NDPS Act was amended in 2014 to simplify access to essential narcotic drugs, but many states took years to notify the rules, and many prescribers still believe morphine is “for the last two days”.
2. Recognised Medical Institutions need a licence, a register, a lockable cupboard and a trained person. When the trained person goes on leave, the cupboard stays locked.
3. Fear. Doctors fear addiction and police. Families fear “the drug that kills”.

What helped: a one-day course run by Pallium India; a laminated opioid conversion chart; and a palliative physician, Dr. Rajagopal’s book on pain that I now lend to every new intern.

Morphine 5 mg every four hours, with a laxative, changed the last weeks of dozens of people I have dispensed to. It costs less than a cup of tea per dose. The barrier is not money.`,
  },
  {
    id: "in-comment-005",
    setting: "home palliative care",
    role: "medical student",
    text: `Sir, I think I know this patient. Is it ⟦NAME|Raghavan uncle⟧ from ⟦LOCATION|Kizhakkumpattukara⟧, who used to run the ration shop near the church? He is my neighbour’s father-in-law and everyone in our area knows about his throat cancer. With the ration shop detail anyone from ⟦LOCATION|Kizhakkumpattukara⟧ will recognise him. Please could you change it?`,
  },
  {
    id: "in-what-006",
    setting: "paediatric oncology",
    role: "medical student",
    text: `**What?** Two weeks in paediatric oncology in a cancer centre in Mumbai. Most children had acute lymphoblastic leukaemia, and most had come from other states: Bihar, Jharkhand, Odisha. Their parents slept on the footpath outside or in dharamshalas run by charities.

**So what?** ALL in children is one of the great successes of oncology; cure rates in the high-income world are around 90%. Here the biggest cause of treatment failure was not resistant disease but abandonment — families going home after induction because they had run out of money or because the father’s employer would not wait. The textbooks I studied never mentioned the word.

**Now what?** I want to learn about the models that reduce abandonment: free accommodation, travel support, a social worker assigned from day one. CanKids is one such organisation, and the St. Jude Global programme another. I also want to stop thinking of “compliance” as the patient’s job. When a mother from Gaya sleeps on the pavement for six months so her son can finish maintenance, she is the most compliant person in the building.`,
  },
  {
    id: "in-free-007",
    setting: "radiotherapy",
    role: "radiotherapy technologist",
    text: `Brachytherapy for cervical cancer is the treatment I find hardest to deliver with dignity. The applicator insertion happens under sedation, but the woman is awake for the planning CT and the transfer, and she is usually alone among men.

Last month a woman of about forty-five came from ⟦LOCATION|Golamunda village⟧ with her husband ⟦NAME|Bhagirathi Majhi⟧. She spoke only Kui. Her IPD number ⟦ID|IPD/24/118734⟧ was written on her arm in ballpoint by someone in admissions so she would not lose her papers. Nobody had explained anything to her in her language. She thought the applicator was the operation and that we were going to take out her womb.

We found a ward attendant from the same block who spoke Kui. The attendant explained, the woman stopped crying, and the fractions went smoothly. Her last fraction fell on ⟦DATE|the second day of Nuakhai⟧, and she brought us chuda from home.

What I am changing: no more writing numbers on skin. I have asked our physicist to let us use a wristband. And I keep a list of staff languages on the control room wall — Odia, Kui, Santali, Telugu, Bengali — so we know who to call.`,
  },
  {
    id: "in-free-008",
    setting: "bereavement",
    role: "medical social worker",
    text: `Bereavement work in Delhi looks different from the models I studied.

In Western textbooks, grief counselling happens weeks after the death, in an office, one-to-one. In the families I work with, the first thirteen days belong to rituals: the cremation, the ashes taken to Haridwar, the terahvin feast on the thirteenth day when the whole mohalla comes to eat. Nobody wants a counsellor during those days. They want someone to help them get the death certificate so the bank will release the pension.

So I have changed what I do. In the first fortnight I help with paperwork — municipal certificate, pension office, insurance claims — and I say very little about feelings. I go back around the chautha or after the terahvin, when the relatives have left and the widow is alone for the first time. That is when people talk.

I am reading Colin Murray Parkes and also talking to the pandit at the ghat, who has seen more grief than any of us. His advice: “Beti, sunna seekho.” Learn to listen.`,
  },
  {
    id: "in-gibbs-009",
    setting: "haematology oncology",
    role: "haematology fellow",
    text: `Description: A man in his thirties on induction for AML came to casualty at night with a temperature of 39.2 and an ANC of 80. I was the fellow on call and the triage nurse had already started piperacillin-tazobactam within 30 minutes. His MASCC score was 14 — high risk.

Feelings: Relief that the system worked, then worry, because he became hypotensive two hours later.

Evaluation: The good: time-to-antibiotic was excellent. The bad: our hospital antibiogram shows high rates of carbapenem-resistant Klebsiella, and I hesitated for an hour about escalating to meropenem plus colistin because of cost. The family would be paying out of pocket.

Analysis: The IDSA and ESMO guidance on febrile neutropenia assume drug availability and insurance. Our decisions are shaped by what the family can afford that night. That is not in any guideline.

Conclusion: I escalated. He recovered. But the family sold jewellery for it.

Action plan: Discuss with Dr. Menon whether our unit can pre-negotiate a subsidised empirical regimen, and learn the state cancer-care scheme criteria properly so I can point families to them on day one.`,
  },
  {
    id: "in-free-010",
    setting: "intensive care",
    role: "ICU nurse",
    text: `Families in Indian ICUs live on WhatsApp. This is a post about one group I was added to by mistake.

A patient with metastatic lung cancer was in our ICU on non-invasive ventilation, and his daughter had made a group called “⟦OTHER|Papa ICU Bed 7 Kokilaben Updates⟧” with 64 members — cousins, colleagues, the society secretary, an astrologer. The daughter added me, thinking I was the duty doctor, because she had my number from the bedside board. Within an hour I could see photos of the monitor, the ventilator screen and his face, plus a request from an uncle to “share the scan report with Dr. Bose in Kolkata” on ⟦EMAIL|sharmafamily.kalyan@example.in⟧.

His name was never written in the group. It did not need to be.

I left the group immediately and told our nurse in charge. The next day we sat with the daughter. We did not scold her — the group was how she kept sixty people from calling her every hour. We offered a twice-daily phone update at fixed times instead, and she agreed to stop posting monitor photos.

I now tell families on day one: please do not add staff to groups, and please think before posting a photo of a person who cannot say no.`,
  },
  {
    id: "in-what-011",
    setting: "advance care planning",
    role: "internal medicine resident",
    text: `**What?** A retired schoolteacher in her eighties with metastatic ovarian cancer asked me, in front of her two sons, “Beta, will you put me on the machine?” The sons looked at me and shook their heads, then asked me outside not to tell her anything about the prognosis.

**So what?** Collusion is common here. Families protect elders from bad news, and many patients prefer it. But she had asked directly, and she had been a headmistress for thirty years; she was not someone who liked being managed. The 2023 ICMR-supported discussions on end-of-life care and the Supreme Court’s 2018 judgment on living wills gave me a legal footing but no script.

**Now what?** I went back in with the sons and asked her, “How much would you like to know?” She said, “Everything, and then I will decide what to tell them.” We talked for half an hour. She chose no ventilation and wrote it down in her own hand, in Hindi, on hospital paper. The sons cried, then thanked me. I want to use that question — “how much would you like to know?” — every time.`,
  },
];
