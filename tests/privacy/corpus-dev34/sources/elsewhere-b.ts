import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { codiceFiscale } from "../../corpus-dev11/gen.ts";
import { rut } from "../gen.ts";

/** Italy, Chile, Indonesia, Canada and New Zealand: 14 items, 7 with identifiers, 2 comments. */
export const ELSEWHERE_B: readonly SourceItem[] = [
  {
    id: "it-free-001",
    setting: "mountain rescue",
    role: "anaesthesia resident",
    text: `
Turno in elisoccorso, Dolomites, ⟦DATE|Ferragosto⟧. We were called to a via ferrata where a climber had fallen about eight metres onto a ledge. ⟦NAME|Signor Bruno Zanella⟧, a retired carabiniere from ⟦LOCATION|Cencenighe Agordino⟧ who, according to his climbing partner, had done this route "every summer for forty years". The winchman lowered me onto the ledge with the Soccorso Alpino technician.

Open ankle fracture, probable pelvic injury, alert. Ketamine for analgesia, pelvic binder, vacuum mattress, winch. His wallet was in his rucksack with his tessera sanitaria, and the base needed the codice fiscale for the transfer: ⟦ID|${codiceFiscale("ZNLBRN51M14C458")}⟧. I read it out on the radio. Afterwards I realised I had just broadcast it on an open channel to half the valley, because the mountain huts listen in.

I'm not proud of that. Clinically the mission was good. But I now write identifiers on the transfer form and send a photo through the secure app instead. My tutor, Dott.ssa Ferrari, said every resident does it once.
`,
  },
  {
    id: "it-what-002",
    setting: "migrant rescue",
    role: "nurse",
    text: `
What? I volunteer as a nurse on the quay at Lampedusa when boats arrive. One night we received a wooden boat with more than a hundred people, many hypothermic, some with fuel burns on their legs from sitting in petrol and seawater for two days.

So what? Fuel burns look mild at first and then blister terribly. We learned to remove clothes and wash everyone's skin with fresh water first, before the paperwork, before the photographs. The Croce Rossa team and the coast guard were calm and kind. The worst thing was the children asking where their mothers were.

Now what? I'm writing a short protocol for our team on chemical burns from fuel. Also, I'm studying Arabic and Tigrinya greetings: "Selam" and "kemey aleka" have opened more doors than my Italian ever will.
`,
  },
  {
    id: "it-gibbs-003",
    setting: "emergency dispatch",
    role: "nurse dispatcher",
    text: `
Description: I am an infermiere at a 118 operations centre in Emilia-Romagna. During the 2023 floods I took calls for three days: elderly people on upper floors, a dialysis patient whose machine had no power, a woman in labour on a road cut off by water.

Feelings: Useless, because I could not go. Useful, because I could coordinate.

Evaluation: The dispatch algorithms were made for normal days. We adapted: we triaged calls by water level and by medical risk together, and we asked the Protezione Civile to bring boats first to the patients on oxygen and dialysis.

Analysis: Dispatch is medicine at a distance. Our instructions over the phone (keep warm, lie on the left side, don't go down the stairs) saved people.

Conclusion: I have never been so tired or so sure that my job matters.

Action plan: Propose a "flood mode" card set for dispatchers in our region.
`,
  },
  {
    id: "cl-free-001",
    setting: "wildfire",
    role: "emergency medicine resident",
    text: `
Los incendios de Viña del Mar. In February 2024 the fires came down the hills so fast that people ran with nothing. I was a first-year resident at a SAPU, an urgent care centre, and we received burns, smoke inhalation and a lot of people looking for their families.

One I remember: ⟦NAME|Don Héctor Aravena⟧, who arrived carrying his neighbour's dog and with burns on his hands from pulling a gas cylinder away from his house at ⟦ADDRESS|Pasaje Los Aromos 412, Villa Independencia⟧. His RUT, ⟦ID|${rut("6.482.917")}⟧, he said from memory, as every Chilean does. He wanted only to know whether the dog was burned. The dog was fine.

We cooled, dressed, gave analgesia, and referred him to the burns unit. His daughter called later from ⟦PHONE|+56 9 5550 8143⟧ to say thank you.

What I learned: the ones who save others are often the ones who wait the longest to say they are hurt.
`,
  },
  {
    id: "cl-what-002",
    setting: "earthquake",
    role: "paramedic",
    text: `
What? As a SAMU paramedic in Santiago, I have worked through many tremors, but the 2010 earthquake was the first time I was a patient's relative and a paramedic at once. My mother's building was damaged; my shift started an hour later.

So what? I learned how the family feels when we arrive late. I also learned that preparation matters: Chile builds and drills for earthquakes in every school, and the number of deaths compared to other countries with similar quakes is much lower. Our drills are boring, and they work.

Now what? I teach school drills in my comuna as a volunteer. "Agacharse, cubrirse y afirmarse": drop, cover and hold on. I tell the children that paramedics practise every day, too.
`,
  },
  {
    id: "cl-comment-003",
    setting: "wildfire",
    role: "nurse",
    text: `
Muy bonito, doctor. I worked in the same SAPU that week. A suggestion only: the passage and the house number are from the real street, and the whole neighbourhood knows who he is. Maybe change the address and the name before sharing on the university page? The story is beautiful without them. Un abrazo.
`,
  },
  {
    id: "id-free-001",
    setting: "tsunami",
    role: "medical officer",
    text: `
After the Palu earthquake and tsunami, I was posted for a month to a tent hospital in Central Sulawesi. Most of the work was wound care: wounds that had waited a week, full of mud and debris. Tetanus was everywhere.

One patient: ⟦NAME|Ibu Ni Luh Made Sari⟧, a fish seller, who came with a wound on her foot from the liquefaction in ⟦LOCATION|Petobo, the lane behind the mosque that disappeared⟧. Her NIK was on a laminated photo her son kept in his helmet, ⟦ID|7271064503780002⟧. She was frightened of needles but not of losing her foot, because, she said, Allah had already taken her house.

Debridement, antibiotics, anti-tetanus, daily dressings. She kept her foot.

What I learned: in a disaster, a tent hospital becomes a village. People sleep near their relatives, the kitchen feeds everyone, and the doctors learn to listen more than talk. Terima kasih to the volunteers from the mosque, who brought food every day.
`,
  },
  {
    id: "id-what-002",
    setting: "sea rescue",
    role: "nurse",
    text: `
What? A ferry caught fire in the strait near our island and our small puskesmas received forty survivors. I was the nurse on duty with one doctor and two midwives.

So what? We had to triage without a plan for this. We used START triage from my training: walking wounded to the terrace, the ones who couldn't walk to the floor of the clinic. The Basarnas team and the fishermen brought people in their boats.

Now what? The district health office has asked us to write a mass casualty plan for the puskesmas. I want it to include the fishermen. They arrived before any official boat. "Gotong royong" — working together — is how we survived that night.
`,
  },
  {
    id: "id-gibbs-003",
    setting: "road traffic collision",
    role: "emergency medicine resident",
    text: `
Description: A tourist scooter crash in Bali, at 2am, outside a beach club. ⟦NAME|Chloe Henderson⟧, a 22-year-old Australian, came to our emergency with a head injury and road rash, no helmet. Her friends posted the crash on Instagram before she even reached us, tagged at ⟦OTHER|@chloe.h.travels⟧. Her mother emailed the hospital from ⟦EMAIL|jhenderson.perth@example.com.au⟧, asking for updates in English, and the email came through an IP the hospital's IT logged as ⟦IP|203.0.113.58⟧ because it was flagged as suspicious.

Feelings: Frustrated; everyone had information before us.

Evaluation: CT head showed a small subdural; she was observed. The insurance company wanted a guarantee of payment before transfer.

Analysis: Tourists expect the hospital to be like home. We are not, and we are not worse.

Conclusion: She was flown home after five days.

Action plan: Our department now has one English-speaking contact for foreign families.
`,
  },
  {
    id: "ca-free-001",
    setting: "air retrieval",
    role: "flight paramedic",
    text: `
Winter medevac to a fly-in First Nation in northern Ontario. Our patient was a 9-year-old, ⟦NAME|Jayden Meekis⟧, with status epilepticus that wouldn't break with the nursing station's midazolam. The nurse in charge at ⟦LOCATION|Sandy Lake⟧ had been alone with him for four hours. His OHIP number, ⟦ID|${ohip("5739-284-61")}⟧, was on the transfer form, and his kokum came with us on the plane.

We loaded levetiracetam, kept his airway, and flew 80 minutes to the tertiary centre. He stopped seizing somewhere over the lakes.

I want to reflect on two things. First, the nursing station nurse did everything right with almost nothing. Second, his kokum spoke Oji-Cree the whole flight and the boy calmed when she did. We have protocols for everything but language and family.

Next step for me: I'm asking our base to include a question on the flight form: "Who is coming, and what language does the child speak at home?"
`,
  },
  {
    id: "ca-what-002",
    setting: "wildfire",
    role: "emergency physician",
    text: `
What? During the summer wildfires in British Columbia, our ED saw a wave of asthma, COPD exacerbations and chest pain in the weeks of heavy smoke. The air quality health index sat at 10+ for days.

So what? We talk about wildfire as burns, but most of the harm is the smoke, and it lands on the oldest and sickest. Respiratory visits rose, and so did visits for anxiety.

Now what? Our department worked with public health to hand out HEPA filter information and N95s at discharge. I'm also learning about clean air shelters in community centres. Next season we want a plan before the smoke arrives.
`,
  },
  {
    id: "ca-comment-003",
    setting: "air retrieval",
    role: "nurse",
    text: `
Thank you, I was the nurse at the station that night. ⟦NAME|Jayden⟧'s mom asked me to pass on her thanks, and she wanted me to ask if you could email the photos of him on the plane to her at ⟦EMAIL|kmeekis.family@example.ca⟧. I told her I'd ask. Miigwech to the whole crew.
`,
  },
  {
    id: "nz-free-001",
    setting: "earthquake",
    role: "emergency medicine specialist",
    text: `
Every February I think about the Christchurch earthquake. I was a registrar then. We worked through the night with the power flickering, and the list on the whiteboard in the department was the only record we had for hours.

What I've taken from it, more than a decade later: the families arrive before the patients. In the first two hours we had more people looking for someone than people injured. We had no system for them. A social worker, Aroha, stood at the door with a clipboard and became our family liaison without anyone asking her to.

Now, in our major incident plan, the family reception area is named and staffed from the start. It was the single best change we made. Kia kaha to everyone who was there.
`,
  },
  {
    id: "nz-what-002",
    setting: "sea rescue",
    role: "rural nurse specialist",
    text: `
What? I'm a rural nurse specialist on the West Coast. A fishing boat capsized off the river bar and the coastguard brought two crew into our small hospital, both hypothermic, one who had aspirated seawater.

So what? We don't have an ICU. We warmed them with forced air, warm fluids and blankets, and put the sicker man on high-flow oxygen while we waited for the rescue helicopter. The crew had been in the water for about forty minutes in lifejackets, which is the only reason they were alive.

Now what? I'm pushing our local fishing cooperative to make lifejackets and personal locator beacons standard for every crew member. The cold-water survival talk I gave at the wharf last month had six people. Next time I'll bring food.
`,
  },
];
