import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items, 5 with identifiers, 1 comment. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "ambulance",
    role: "emergency medical technician",
    text: `
I am an EMT with Rescue 1122 in Punjab, three years now. I am writing in English because our trainer says reflection in English will help with the paramedic diploma.

Call on the canal road at 16:40: a tractor trolley overturned with labourers coming back from the wheat harvest. Five injured. The worst was an old man, ⟦NAME|Baba Allah Ditta⟧, crushed leg, from ⟦LOCATION|Chak 117 GB, near the big pir's shrine⟧. His son gave his CNIC, ⟦ID|33105-8271946-7⟧, and his own phone ⟦PHONE|0301-5550238⟧ so we could tell the family at the village.

We did tourniquet, splint, fluids, and the most important thing, we took him first even though he was quiet, because his foot was cold. At the THQ the surgeon said the tourniquet time we wrote on his forehead with marker was the reason they could decide quickly.

What I learned: write the time. Always write the time. Also, when five people are shouting, the quiet one may be the sick one. Allah ka shukar, he kept the leg.
`,
  },
  {
    id: "pk-what-002",
    setting: "heatwave",
    role: "volunteer",
    text: `
What? I was a final-year student volunteering with the Edhi Foundation during the Karachi heatwave of 2015. In four days we moved more bodies than patients. The cold rooms were full, and ambulances were queuing with people who had died at home.

So what? I had studied heat stroke as a definition: core temperature over 40 °C and CNS dysfunction. I had not understood it as a social disease: daily-wage labourers, the elderly in top-floor flats, load-shedding, Ramzan fasting in the heat, no water at the bus stops. Cooling is simple medicine. Getting cool to people is not.

Now what? Now that I am a medical officer, I talk about heat in every summer OPD: how to recognise heat exhaustion, ORS, wet cloths, when to come in. Our hospital started a heat clinic with ice-water immersion tubs after that year. I still think of the drivers who did not stop for four days. Abdul Sattar Edhi sahib used to say humanity is the only religion; I saw it then.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "mass casualty incident",
    role: "surgical resident",
    text: `
Description: After the blast at the market we received 31 casualties in two hours. I was the junior-most resident in the surgical emergency. The patient I remember is a small boy, ⟦NAME|Zarak⟧, with shrapnel to both legs, whose grandfather, ⟦NAME|Khan Baba⟧, refused to leave his side even to go for blood donation. He was shifted to ⟦FACILITY_ROOM|Bed 6, Surgical C Unit, Lady Reading Hospital⟧ after his wounds were washed out.

Feelings: Fear, then a strange calm, then anger afterwards.

Evaluation: Our triage held. The senior registrar, Dr Afridi, stood at the door and sent people to red, yellow and green areas with a marker on the forehead. What failed was blood: the bank ran dry by the second hour and relatives were donating in the corridor.

Analysis: Blast injuries are multi-system and deceptive; tympanic membrane rupture is a marker, not a diagnosis. We learned this in lectures; we learned it properly that day.

Action plan: I have joined the hospital's major incident committee, and I am pushing for a walking donor list among staff.
`,
  },
  {
    id: "pk-free-004",
    setting: "flood",
    role: "medical officer",
    text: `
In the 2022 floods I worked six weeks in a medical camp in Sindh with a provincial health department team. The water stood for months. People were living on the embankments of roads and canals, the only dry ground, with their cattle.

The diseases came in waves. First diarrhoea and skin infections. Then malaria, in numbers none of us had seen. Then malnutrition in the children and anaemia in the pregnant women. We did RDTs for malaria and treated with artemether-lumefantrine; we gave ORS and zinc; we referred the severe cases by boat.

What I want to reflect on is the women. Many would not come to a male doctor, and there were few female doctors. Our Lady Health Workers did most of the real work, going tent to tent. When people talk about flood response they talk about helicopters. I want to talk about the LHWs.

For myself, I learned Sindhi phrases for fever, blood and pregnancy, and I will keep learning. "Tokhe bukhar aahe?" — do you have fever? That sentence did more than my stethoscope.
`,
  },
  {
    id: "pk-comment-005",
    setting: "mass casualty incident",
    role: "nurse",
    text: `
MashAllah very well written. Small thing, I was on duty that day too and the boy's grandfather came back last month for the B-form because his papers were lost in the blast. Boy's B-form number is ⟦ID|17301-5513942-5⟧ if the records office needs, they keep asking us. Family is fine now, alhamdulillah.
`,
  },
  {
    id: "pk-free-006",
    setting: "road traffic collision",
    role: "medical student",
    text: `
Our community medicine group did a small survey at the emergency department on motorcycle injuries for a week during my third year. Out of all the motorcyclists we interviewed, a very small number had been wearing a helmet, and almost none of the pillion riders. Many families were three or four on one bike, with the child sitting on the petrol tank.

Our teacher, Dr Farah Naz, asked us what the solution was. We said "enforce the law". She said, "what did the law do last time?" That made us think. The motorway police do enforce helmets on the motorway; in the city, hardly anyone.

The conversation we had at the end of the week was about cost and culture as much as law: a helmet costs as much as a week's wages for some, and for women riding pillion it is not even considered.

I don't have a solution. But I have stopped thinking of head injury as only a neurosurgery problem.
`,
  },
  {
    id: "pk-what-007",
    setting: "snowstorm",
    role: "general practitioner",
    text: `
What? During the snowstorm on ⟦DATE|7 January⟧ I was at my family's house in the hills when people started knocking for help: tourists trapped in cars on the road below. I went down with my brother and a bag of whatever I had. In one car, a family of five from Islamabad, number plate ⟦OTHER|LEB-8841⟧, the father ⟦NAME|Naveed Sahib⟧ had been running the engine with the exhaust buried in snow. Two children drowsy with headache. Classic carbon monoxide.

So what? I knew it at once. But they had been told, by someone on the radio, to keep the heater on. We got them out, into ⟦LOCATION|the tuck shop below the Kashmir Point chairlift⟧, which the owner opened for us, and the children woke up properly within an hour.

Now what? I've written a short Urdu message for family WhatsApp groups — "gaari band karein, khirki thori khuli rakhein, exhaust saaf karein" — and our district health officer has asked to use it.
`,
  },
  {
    id: "pk-free-008",
    setting: "forensic medicine",
    role: "medico-legal officer",
    text: `
As a woman medico-legal officer at a district hospital, I examine survivors of violence and the injured from police cases every day. This week a young woman, ⟦NAME|Shazia Parveen⟧, was brought by her brother from ⟦LOCATION|Mauza Kotla Jam, near the Basti Qazian school⟧ for an injury certificate (MLC ⟦ID|116/DHQ/2024⟧). She said she fell from the roof. The injuries did not say that.

I wrote what I found, as I must, and I asked her alone whether she was safe. She said, "Baji, please don't write anything more." I did not write anything more than the findings, but I gave her the number for the women's helpline, 1043, on a small paper she put in her dupatta.

I don't know what happened to her. I am writing this so I remember that the certificate is not the whole job.
`,
  },
  {
    id: "pk-gibbs-009",
    setting: "emergency department triage",
    role: "emergency department nurse",
    text: `
Description: A Friday evening in a public-sector ED in Lahore. Three trolleys for every bed, and relatives four deep at the triage desk. I was the triage nurse with one trainee.

Feelings: Overwhelmed, and angry at being shouted at.

Evaluation: We used the Emergency Severity Index as best we could. A man with chest pain was brought forward by his family shouting that he was "serious"; his ECG was normal. A quiet older woman sitting on the floor had a silent STEMI that I only found because I did an ECG on everyone over fifty with any complaint, which is my own rule.

Analysis: Loudness is not acuity. In our culture, the family speaks for the patient, and families who are loud get seen. This is unfair to the quiet ones.

Conclusion: Triage by numbers, not by noise.

Action plan: I am training the new nurses with a simple rule: vitals and ECG before the family's story. And to say "I hear you, I am checking," which calms most people.
`,
  },
];
