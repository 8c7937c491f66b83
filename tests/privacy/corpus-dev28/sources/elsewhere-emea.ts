import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";
import { pesel } from "../../corpus-dev11/gen.ts";
import { tcKimlik } from "../gen.ts";

/** Lebanon, Egypt, Turkey, Poland, Romania, Kenya, South Africa. */
export const EMEA: readonly SourceItem[] = [
  {
    id: "lb-free-001",
    setting: "oncology clinic",
    role: "oncology fellow",
    text: `Oncology clinic in Beirut, in a year when the lira had lost most of its value and chemotherapy had to be bought in dollars.

⟦NAME|Abu Khalil⟧ — ⟦NAME|Khalil Haddad⟧ senior, a Syrian carpenter living in ⟦LOCATION|the Shatila camp, above the falafel shop by the second mosque⟧ — had colon cancer with liver metastases. His UNHCR case number, ⟦ID|LB-C21-48810⟧, decided which NGO paid for which cycle. FOLFOX was covered; bevacizumab was not.

His son ⟦NAME|Khalil⟧ junior, sixteen, came to every appointment and translated my Lebanese Arabic into his father’s Syrian dialect, which was unnecessary but made him feel useful. He asked me to text updates to ⟦PHONE|+961 3 555 017⟧.

We stopped treatment after cycle six, partly because of progression and partly because the funding ended — I was never sure which came first. “Khalas, ya doctor,” Abu Khalil said. Enough.

I have written about this for our fellowship’s ethics seminar. The question I cannot answer is whether I would have stopped at cycle six if he had been a Lebanese patient with insurance.`,
  },
  {
    id: "lb-what-002",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `**What?** A woman in her sixties with metastatic breast cancer asked me whether it was haram to ask for more morphine, because she was afraid she would die sooner and God would hold it against her.

**So what?** Lebanon has a handful of palliative teams and many patients who fear opioids for religious or cultural reasons. The principle of double effect is discussed in Islamic bioethics too, and many scholars accept pain relief even if it might shorten life, as long as that is not the intention. I did not feel qualified to say that, though.

**Now what?** I asked whether she would like to speak with a sheikh, and our team’s spiritual care coordinator arranged it. The sheikh reassured her that relieving pain is a mercy. She accepted a higher dose and slept that night for the first time in a week. I have since read the Islamic Organisation for Medical Sciences documents on end-of-life care, and I will suggest our team make a short leaflet in Arabic for patients with the same fear.`,
  },
  {
    id: "eg-free-001",
    setting: "paediatric oncology",
    role: "paediatric resident",
    text: `Paediatric oncology in Cairo is a world of its own: huge numbers of children, a charity-funded hospital that is one of the largest of its kind, and families who come from Upper Egypt and sleep in the corridors of the city.

In my first month, a boy of eight with a brainstem glioma was told there was no curative treatment. His father, a farmer from Sohag, said, “Elhamdulillah,” and asked whether the boy could go home for the rest of the time. He could. We gave palliative radiotherapy first, to buy some months.

What struck me: acceptance. I had braced myself for anger or denial. Instead the father said, “Rabena kerim” — God is generous — and asked for a paper explaining how to give the steroids.

I do not want to romanticise faith as if it makes grief easier. It does not, always. But it gave this family a language for what was happening, and our job was to support it, not fight it. Our consultant, Dr. Shalaby, says the hardest families are not the religious ones but the ones who have no one.`,
  },
  {
    id: "eg-gibbs-002",
    setting: "oncology ward",
    role: "medical intern",
    text: `Description: My internship rotation on the adult oncology ward in Alexandria. ⟦NAME|Hagga Fatma⟧, as the nurses called her — ⟦NAME|Fatma Abdel-Rahman⟧ — had ovarian cancer and was in ⟦FACILITY_ROOM|Ward 4, bed 17 at Alexandria Main University Hospital⟧. Her national ID, ⟦ID|25601150201847⟧, was on every lab request, because the system would not print results without it.

Feelings: I felt useless. She had malignant bowel obstruction and we could only drip and suck.

Evaluation: The good: the nurses kept her mouth moist and her family close. The bad: no octreotide in the pharmacy for four days.

Analysis: Malignant bowel obstruction management in guidelines depends on drugs we do not always have. Hyoscine butylbromide was available, and we used it.

Conclusion: She died on ⟦DATE|the first day of Ramadan⟧, at maghrib, with her sons breaking the fast beside her.

Action plan: I have asked our department to report octreotide shortages formally, and I will learn which alternatives work when it is missing.`,
  },
  {
    id: "tr-free-001",
    setting: "haematology",
    role: "haematology nurse",
    text: `Hematoloji servisi, Ankara. A patient I nursed for three months.

⟦NAME|Mehmet Amca⟧ — ⟦NAME|Mehmet Yıldırım⟧, a retired bus driver — had myelodysplastic syndrome that had turned into AML. He was in ⟦FACILITY_ROOM|oda 512, Hacettepe hematoloji⟧ for most of the autumn. His daughter ⟦NAME|Elif⟧ printed his T.C. kimlik number, ⟦ID|${tcKimlik("278140395")}⟧, on a card and taped it to the fridge in the family kitchen so the night staff could fill in the blood-bank forms without waking him.

Turkish families do not leave. There was always a refakatçi — a companion — in the chair, usually Elif, sometimes his wife, once a neighbour. They brought börek for the nurses every Friday.

He died on ⟦DATE|Kurban Bayramı⟧, the first morning, while the family was at the mosque. Elif cried because she was not there. I told her that many people seem to choose the moment when their family steps out. I do not know if that is true. I know it comforted her.

I want to write more about the refakatçi system. It is exhausting for families, and it is also what made his last months human.`,
  },
  {
    id: "tr-what-002",
    setting: "breaking bad news",
    role: "oncology resident",
    text: `**What?** A family in Izmir begged me not to tell their father he had lung cancer. “Hocam, söylemeyin, yıkılır.” Don’t tell him, doctor, he will collapse.

**So what?** Turkish law and the Patient Rights Regulation say patients have the right to information, and also the right to refuse it. Many older patients in Turkey expect the family to be told first. I felt caught between the law, the family’s love, and my training.

**Now what?** I asked the father, with the family present, how much he wanted to know about his illness. He said, “Oğlum, sen çocuklarıma anlat, ben biliyorum zaten.” Tell my children, son, I already know. That settled it. I will ask this question first in future, instead of assuming what either side wants. My supervisor, Doç. Dr. Aksoy, says the question takes thirty seconds and saves hours.`,
  },
  {
    id: "pl-free-001",
    setting: "home hospice",
    role: "hospice nurse",
    text: `Hospicjum domowe, Lublin. I have been a home hospice nurse for six years and this is the first time I was late to a death because of snow.

⟦NAME|Pani Halina⟧ — ⟦NAME|Halina Kowalczyk⟧ — had pancreatic cancer and lived with her husband ⟦NAME|Pan Zbigniew⟧ in ⟦ADDRESS|ul. Nadbystrzycka 14 m. 9, 20-618 Lublin⟧. The night of ⟦DATE|Wigilia⟧, he called at 23:40 to say her breathing was rattling. The roads were white. I reached them at half past midnight, after the Pasterka bells.

She had died twenty minutes before. Zbigniew had set a place for her at the table, as you set one for the unexpected guest on Christmas Eve, and he asked me to sit in it. I did.

The death certificate form needed her PESEL, ⟦ID|${pesel("4607120482")}⟧, and he could not find her dowód. We found it in her handbag, with a photo of their wedding.

I do not think I failed her by being late. She was not alone. But I still think about the empty chair I filled.`,
  },
  {
    id: "pl-comment-002",
    setting: "online professionalism",
    role: "palliative care physician",
    text: `Piękny tekst, thank you. As the medical director of a home hospice, I would ask everyone writing here to remember that addresses and PESEL numbers are never needed to tell a story like this. The empty chair is the story. Please also check photos for the street name or a house number in the background — we had a case last year.`,
  },
  {
    id: "ro-free-001",
    setting: "oncology ward",
    role: "medical student",
    text: `My oncology rotation in Cluj. Three observations from a student.

First, families bring everything. Food, pillows, blankets, icons of saints, and envelopes. The envelope — the “atenție” or “șpagă” — is still around, though less than my parents’ generation describes. I saw a resident refuse one politely. The family looked hurt. He said, “Doamna, noi vă mulțumim, dar nu.”

Second, palliative care is growing. Romania had one of the first hospices in Eastern Europe, started by a British-Romanian charity in Brașov in the 1990s, and there is now a national palliative care training programme. But on the oncology ward I saw people with uncontrolled pain because the ward doctor was afraid of morphine paperwork.

Third, the priest comes every Sunday, and more patients ask for him than for the psychologist.

My plan: learn the opioid prescribing rules properly before my internship, and ask our attending, Dr. Popescu, to show me the forms so that I am never the doctor who does not prescribe because of a form.`,
  },
  {
    id: "ro-free-002",
    setting: "home palliative care",
    role: "palliative care nurse",
    text: `Home palliative care in rural Maramureș. I drove two hours on a road that is more pothole than road to reach ⟦NAME|Tanti Floarea⟧, ⟦NAME|Floarea Pop⟧, ⟦AGE|ninety-three⟧, with ovarian cancer, in ⟦LOCATION|the wooden house next to the old church in Ieud⟧.

Her nephew drives a minibus to Italy every month and parks it outside, plate ⟦OTHER|MM 07 FLR⟧, so the whole village knows when he is home. He was home. He carried her out to the porch each morning so she could see the hills.

She wanted to die at home and be buried in the village cemetery, with the bocet — the traditional lament — sung by the women of the village. She had sung it for others. She died on ⟦DATE|Sânziene⟧, the midsummer feast, and her sister said that was right, because the fairies would take her.

Medically, there was little to do: morphine, mouth care, turning. The rest was the village. I learnt more about dignity in that house than in my whole training.`,
  },
  {
    id: "ke-free-001",
    setting: "hospice",
    role: "hospice clinical officer",
    text: `Hospice outreach from Nairobi into Kibera. A day in the life.

Our patient ⟦NAME|Mama Wanjiru⟧ — ⟦NAME|Grace Wanjiru Kamau⟧ — had Kaposi sarcoma on a background of HIV, well controlled on ART but with lesions on her feet that made walking impossible. She lived in ⟦LOCATION|the blue iron-sheet house behind Olympic primary school, Kibera⟧ with her two grandchildren. Her NHIF number, ⟦ID|4471832⟧, had lapsed because she missed contributions when she stopped selling vegetables.

Her daughter sends money from Dubai via M-Pesa to ⟦PHONE|0722 555 019⟧, which is her neighbour’s phone, because Mama does not have one.

We brought oral morphine, which ⟦FACILITY_ROOM|Nairobi Hospice⟧ dispenses free, and dressings. The grandchildren, ten and twelve, had learnt to clean her wounds by watching us.

What I want people to know: palliative care in the informal settlements is about logistics, money and trust. The morphine is the easy part.`,
  },
  {
    id: "ke-what-002",
    setting: "oncology clinic",
    role: "oncology nurse",
    text: `**What?** In our oncology clinic in western Kenya, a woman in her thirties with cervical cancer told me she had spent her savings on a herbalist before coming. She arrived at stage IIIB.

**So what?** This story is common. Cervical cancer is the leading cancer killer of women in Kenya. Screening with VIA is cheap, HPV vaccination is now in the national schedule, and yet women come late. The reasons are distance, cost, fear, and stigma about “women’s diseases”. The herbalist is closer and friendlier.

**Now what?** I do not want to fight the herbalists. I want to recruit them. Our clinic, with the support of Dr. Otieno, is planning a meeting with local traditional healers to talk about warning signs, so they refer women earlier. Some of them have already agreed. AMPATH has tried similar community approaches. I will also push for screening days at churches after the Sunday service, where women gather anyway.`,
  },
  {
    id: "za-free-001",
    setting: "oncology ward",
    role: "medical officer",
    text: `Medical officer on the oncology ward at ⟦FACILITY_ROOM|Groote Schuur⟧ in Cape Town.

⟦NAME|Mr Sipho Dlamini⟧, a 48-year-old taxi driver, had oesophageal cancer and could no longer swallow saliva. His SA ID number, ⟦ID|${saId("760418532708")}⟧, was on the stent consent form, and it turned out the taxi association had been paying his medical costs because he was their chairman.

His wife, ⟦NAME|Nomvula⟧, and his brother argued at the bedside about whether he should be taken home to ⟦LOCATION|KwaNobuhle, near the tavern on Matanzima Street⟧ or to the Eastern Cape village where he was born. He wanted the village. He said the ancestors would know him there.

We placed a stent, gave him a week of being able to drink tea, and arranged transport. He died on the road, somewhere near Humansdorp.

I keep thinking about whether we should have kept him. But he chose the journey, and the stent gave him tea. Sometimes palliative care is a week of tea.`,
  },
  {
    id: "za-comment-002",
    setting: "online professionalism",
    role: "family physician",
    text: `Powerful reflection. In South Africa, a taxi association chairman with oesophageal cancer from one township is identifiable by a whole community, even without his name. When writing these reflections, keep the story but blur the role. The HPCSA’s confidentiality guidance covers social media and blogs.`,
  },
];
