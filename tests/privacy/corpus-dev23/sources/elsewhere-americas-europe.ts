import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { cpf, ppsn } from "../gen.ts";

/** Elsewhere, Americas and Europe: Canada, Ireland, Brazil, Norway. */
export const AMERICAS_EUROPE: readonly SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "northern practice",
    role: "family physician",
    text: `
Family medicine in northwestern Ontario, where a hospital with twelve beds, an ER and a helipad serves a district bigger than some European countries. I also do fly-in clinics to two First Nations communities.

In February, during the winter road season, a man in his sixties, ⟦NAME|Gerald Kakegamic⟧, arrived at our ER after his snowmobile went through the ice on a lake near ⟦LOCATION|his trapline cabin on the Berens River⟧. Core temperature 30.2 °C, J waves on the ECG, GCS 12. His OHIP number, ⟦ID|${ohip("5402-817-36")}⟧, was in a zip-lock bag in his parka, next to a photo of his granddaughter.

We did active external and minimally invasive rewarming: forced-air blanket, warmed IV saline, careful handling to avoid precipitating VF. ORNGE came once the weather cleared, and he was transferred to Thunder Bay. He did well.

What I learned: the protocols I'd read (the Swiss staging system, the Wilderness Medical Society guidelines from 2019) were easy to follow. What I hadn't prepared for was that the whole town knew about it within an hour. Three people called the ER asking after him, including someone who said she was his cousin and wanted to know his temperature.

I said nothing, politely, every time. My colleague, Dr Ruth Oakes, said it's the one thing you can't delegate: the discipline of the small-town "I'm sorry, I can't discuss that".
`,
  },
  {
    id: "ca-what-002",
    setting: "rural general practice",
    role: "nurse practitioner",
    text: `
**What?** I'm a primary care nurse practitioner on the south shore of Nova Scotia, in a fishing village where the lobster season opening day, Dumping Day, is the biggest event of the year. I live here, my partner fishes, and my kids go to the same school as half my patients' kids.

**So what?** On Dumping Day the wharf turns into a festival and my clinic turns into a quiet room. I used to see it as a day off. This year I spent it at the wharf with a first-aid kit, because last year two men came in a week later with untreated hand infections from the traps. I also saw, at the wharf, how people who never come to clinic will talk to you over a coffee.

There's a growing literature on fisheries health and safety in Atlantic Canada; the Fish Safe NS program is good. The Canadian Task Force guidance on screening doesn't say anything about wharves.

**Now what?** I'm going to run a "wharf clinic" on the Saturday after opening day: BP, blood sugar, skin checks, hand care, flu shots in season. The harbour authority has said yes, and the Legion is lending a tent. My supervisor, Dr Peter MacIsaac, has agreed to cover the clinic that morning. And I'll bring doughnuts from the Irving.
`,
  },
  {
    id: "ca-free-003",
    setting: "outport nursing station",
    role: "nurse practitioner",
    text: `
I'm an NP at a small nursing station in an outport on the south coast of Newfoundland, reachable only by ferry. The nearest hospital is in Grand Falls-Windsor, a ferry and a three-hour drive away.

⟦NAME|Mrs Bride Keeping⟧, ⟦AGE|aged 91⟧, is the last of the old net-makers, and I visit her every second Thursday at ⟦ADDRESS|14 Harbour Road, Grey River, NL A0M 1E0⟧. She has COPD and heart failure and refuses to leave. Her son in Alberta calls the station on ⟦PHONE|709-555-0162⟧, the only landline he has a number for, and asks me about her weight and her oxygen.

On ⟦DATE|Boxing Day⟧ she was found on the kitchen floor. She'd been there overnight. CK 4,200, creatinine up. The ferry wasn't running because of the weather, and the helicopter couldn't land. We managed her at the nursing station for three days with IV fluids and a lot of phone consults with the ER in Grand Falls.

She refused transfer when the ferry came back. She had capacity, and her son, on speaker, agreed. I was frightened for her, and I was also proud of her.

The learning: in outports, "community" is the safety net. The neighbours now check on her twice a day. The church women bring supper. I check on her weekly, more often if the glass drops.
`,
  },
  {
    id: "ca-comment-004",
    setting: "rural general practice",
    role: "family physician",
    text: `
Love this. We ran a similar "hockey rink clinic" in a Saskatchewan town and found three new diabetics and a man with AF in one evening. Tips: bring consent forms, a point-of-care A1c machine, and someone who knows everyone's name. Also check your liability coverage with CMPA first. Good luck on the wharf! — Dr Lyle, Kindersley
`,
  },
  {
    id: "ie-free-001",
    setting: "general practice",
    role: "GP",
    text: `
West of Ireland, a two-doctor practice on the edge of the Burren. In a parish this small, a death is a parish event, and the GP is expected at the removal.

⟦NAME|Paddy Joe Considine⟧, ⟦AGE|ninety-one⟧, was a bachelor farmer from ⟦LOCATION|the townland of Cahermacnaghten⟧ who I visited monthly for heart failure and, to be honest, for the tea and the stories about the old hurling days. His PPSN was on his medical card form, ⟦ID|${ppsn("6433418")}⟧, which I had helped him renew. His niece, ⟦NAME|Siobhán⟧, rang me from Galway on ⟦DATE|St Stephen's Day⟧: he'd stopped eating and wanted no fuss.

I went out. He was dying, peacefully, and he knew it. We stopped the furosemide, started a syringe driver with midazolam and morphine through the palliative team in Galway, and arranged for the priest. He died two days later with his niece and a neighbour by the range. The house is ⟦ADDRESS|Cahermacnaghten, Ballyvaughan, Co. Clare, V94 K2T7⟧; I noted it for the death certificate and then sat in the car for ten minutes.

What I took from it: I have been his GP for eleven years. I was also, in his words, "the young lad who knows nothing about cattle". Grief for patients is allowed. My trainer, Dr Mary Hogan, told me years ago that going to the removal isn't a duty, it's a privilege. She was right.
`,
  },
  {
    id: "ie-what-002",
    setting: "general practice",
    role: "GP registrar",
    text: `
**What?** GP registrar in Donegal. Last month I had my first consultation in Irish with a patient who is a native speaker and felt much more comfortable describing her chest pain "as Gaeilge". I grew up in Dublin with school Irish and a summer in the Gaeltacht when I was fifteen.

**So what?** I understood about 70%. I wrote the history in English, checked the key details ("pian sa chliabh", radiation, exertion) in English, and she was patient with me. But I noticed that she told me more, and more honestly, in Irish than she had told the locum in English the week before. She was worried about her husband's drinking. That didn't come up in English at all.

There's a body of research on language-concordant care, mostly from the US and from Wales; the Official Languages Act 2003 requires public services in Irish, though GP contracts are vaguer.

**Now what?** I've signed up for a Gael Linn course in Letterkenny on Tuesday nights. I've asked my trainer, Dr Seán Ó Gallchóir, to sit in on a few consults and give feedback. And I'll stop apologising for my Irish; the patients seem to appreciate the effort more than they mind the grammar. The ECG, by the way, was normal, and it was reflux.
`,
  },
  {
    id: "ie-free-003",
    setting: "general practice",
    role: "GP",
    text: `
I'm the team doctor for the local GAA club in a Kerry parish, and I've been thinking a lot about concussion in young hurlers and footballers.

The GAA's concussion guidelines (updated 2023) are clear about graduated return to play, and I've been teaching the coaches to use the SCAT6 and the pocket recognition tool. What I didn't expect was resistance from parents. In a small parish, a county minor is a local hero, and a county final is bigger than Christmas.

This summer I saw four concussions in six weeks. Two of the boys' parents wanted them back the following weekend. I held the line, with the help of the club chairman and the physio, Niamh, and eventually everyone came round.

What I learned: rural sport is community, identity and family pride. The evidence from the NFL and from rugby, and the work of Dr Willie Stewart in Glasgow on CTE, persuaded me that we cannot wait for a death to take this seriously. I now give a talk to the parents each spring, in the clubhouse, with the county physio. Attendance was 40 people the first year. This year it was 120, and the chairman bought the tea.

I also learned that my own son, who plays U-14, is not exempt. He got a knock in the spring and sat out two weeks. He has not forgiven me.
`,
  },
  {
    id: "br-free-001",
    setting: "family health team",
    role: "family and community physician",
    text: `
Médica de família e comunidade in the sertão of Bahia. Our Estratégia Saúde da Família team covers about 3,500 people: me, a nurse, two nursing technicians and six community health agents (ACS), each responsible for a patch of scattered houses.

On ⟦DATE|24 June⟧, ⟦DATE|the festa de São João⟧, when the whole town was dancing forró and eating canjica, our ACS Dona Cida came to my house to say that ⟦NAME|Seu Raimundo Batista⟧, in ⟦LOCATION|the Lagoa Seca settlement, past the Nova Vida roça⟧, was "breathing strangely". I went with her on her motorbike. Chagas cardiomyopathy, decompensated: orthopnoea, a gallop, a heart rate of 40 with complete heart block.

His CPF, ⟦ID|${cpf("418.275.903")}⟧, was needed for the SAMU regulation system, and his daughter gave it to me from a plastic folder where he kept his documents. Her phone, ⟦PHONE|(75) 95551-2083⟧, went on the referral form. The SAMU took him to Feira de Santana for a pacemaker.

What I learned: the ACS knows everything. She knew he had been getting tired for weeks. She knew his daughter was away. She knew the road. The ESF model works because of people like Dona Cida, and I need to listen to her reports as seriously as I read lab results.

Chagas is still with us in the sertão, in the old adobe houses. The Brazilian Consensus on Chagas Disease (2015) is on my desk.
`,
  },
  {
    id: "br-free-002",
    setting: "riverine health unit",
    role: "physician",
    text: `
Three months on a fluvial health unit, a boat, on the Rio Solimões in Amazonas. Each trip lasts twenty days, stopping at riverside communities where there is no road and sometimes no phone signal. We carry a doctor (me), a dentist, two nurses, a lab technician and a pharmacist, plus a cook who also fixes the engine.

The clinical work is broad: malaria (vivax, mostly), leishmaniasis, intestinal parasites, pregnancy care, hypertension in older riverine people, and a lot of dental pain. We do rapid tests for HIV and syphilis. The most common thing I prescribe is albendazole.

What I've reflected on: continuity. We come back every two months. If someone's blood pressure is 190/110, I start treatment and hope they take the pills for two months until we return. The community health agents are the continuity, and I've started writing them careful notes in a notebook left at each community.

Another thing: humility. I was trained in São Paulo, at USP. My teachers were brilliant. But nothing there taught me to treat a child with a snakebite in a canoe, or to ask an elder about the river level before planning a referral. The riverine people know things about health that I don't.

My supervisor from the municipal health secretariat, Dra. Ana Paula, says that the boat is the SUS in its purest form. I believe her.
`,
  },
  {
    id: "br-comment-003",
    setting: "riverine health unit",
    role: "nurse",
    text: `
Que lindo texto. I worked on the same kind of boat on the Rio Negro for two years. The notebook idea is brilliant; we used a WhatsApp group with the ACS when there was signal, but paper is more reliable. Remember to bring extra glucose strips, they always run out. Abraço, Enf. Juliana
`,
  },
  {
    id: "no-free-001",
    setting: "island general practice",
    role: "GP",
    text: `
Fastlege on an island in Lofoten. In winter, the cod season brings fishermen from all along the coast, and the population of our kommune nearly doubles.

In March, a fisherman, ⟦NAME|Arvid Hansen⟧, came in with a hand infection from a fish hook, three days old. Red streaks up the forearm, fever. His boat, ⟦OTHER|N-42-VV⟧, was tied up at ⟦LOCATION|the fish landing in Å⟧, and he was desperate to go back out because the skrei was running. Lymphangitis, an early abscess in the palm. I drained it in the legevakt, started IV penicillin, and told him he could not go out for at least a week.

He went out the next morning anyway. On ⟦DATE|17 March⟧, his crewman brought him back, septic, and he was flown to Bodø.

What I learned: I had not asked the right question. I asked if he understood; he did. I should have asked what would happen if he didn't go out. The answer, I later learned, was that he had a bank loan on the boat and this was the season that paid it.

I've since started asking fishermen and farmers about their economic pressures directly. Not everyone will tell you, but more than I expected do.

My old supervisor in Tromsø, Dr Kari Nilsen, said that rural medicine is half medicine, half economics, and half weather. She wasn't good at arithmetic.
`,
  },
  {
    id: "no-what-002",
    setting: "general practice",
    role: "GP",
    text: `
**What?** I'm a GP in a small valley municipality in Telemark and also, because no one else applied, the municipal chief medical officer (kommuneoverlege). That means I'm responsible for infection control, the local health emergency plan and the sewage inspection reports, as well as my patient list.

**So what?** In a village of 1,800 people, being both doctor and public authority is strange. During the COVID-19 pandemic, I had to order quarantine for my neighbours, my children's teachers, and the man who plows my road. People were mostly kind, but one evening someone left a note on my car. The Norwegian Directorate of Health guidance didn't say anything about that.

I've also noticed that people now confide more in me about public matters: a leaking septic tank, a farm with poor animal welfare, a worry about drinking water. The two roles overlap in ways nobody designed.

**Now what?** I've asked the municipality to share the kommuneoverlege role with the neighbouring municipality, so that I'm not the only authority. I've also joined a network of rural GPs through the Norwegian Medical Association, where we talk about this. And I've put the note from my car in a drawer. It said: "You're still our doctor."
`,
  },
];
