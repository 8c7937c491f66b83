import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: medical and surgical ICUs, tetanus, heatstroke, trauma, NICU, family decision-making. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "medical icu",
    role: "FCPS critical care trainee",
    text: `Heatstroke week in Karachi. Core temperatures of 42 and 43 coming through the door, and our ICU was full by the second afternoon.

⟦NAME|Haji Noor Muhammad⟧, a rickshaw driver, was found collapsed at the stand near ⟦LOCATION|the Lea Market chowk, by the paan shop with the green shutter⟧. GCS 6, temperature 42.6, CK 48,000. We cooled him with ice packs and wet sheets and fans because we have no cooling blanket. His son ⟦NAME|Bilal⟧ gave his CNIC, ⟦ID|42101-5523817-1⟧, for the welfare form and kept asking, "Abba theek ho jayenge?" — will father be all right?

He was ventilated for four days and needed dialysis twice. He walked out on day 11.

Reflection: our ICU did well on the basics, but cooling started forty minutes late because the ice came from the canteen. I have asked the administration for a chest freezer in the ICU store and a heat emergency kit with a rectal thermometer and an evaporative cooling fan. Dr Fatima agreed to take it to the hospital committee.`,
  },
  {
    id: "pk-what-002",
    setting: "tetanus icu",
    role: "medical officer",
    text: `What?
We admitted a young farmer with generalised tetanus after a puncture wound from a rusty nail. Trismus, opisthotonus, spasms with every noise. He needed a tracheostomy, magnesium sulphate infusion, diazepam, baclofen and three weeks of ICU.

So what?
Tetanus is still a preventable ICU admission in our setting. He had never been vaccinated after childhood, and nobody in the basic health unit had offered a booster when he went for the wound. Our nurses kept the room dark and quiet and turned off the monitor alarms at night, and that mattered as much as any drug.

Now what?
I wrote to the district health officer through my supervisor, Dr Khattak, suggesting a TT booster poster in Urdu and Pashto for every BHU dressing room. I also drafted a nursing protocol for "quiet room" tetanus care, so that the next patient doesn't depend on which nurse is on shift.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "neonatal icu",
    role: "paediatrics postgraduate resident",
    text: `Description: Twins at 30 weeks, born in a private clinic and brought to our NICU in a taxi in their aunt's arms. The smaller twin, ⟦NAME|Baby of Shazia Parveen⟧ (twin 2), MR# ⟦ID|NICU-23-04417⟧, needed CPAP and then intubation for surfactant. She lay in ⟦FACILITY_ROOM|incubator 9 of the NICU at Nishtar Hospital, Multan⟧.

Feelings: Frustrated that the transfer was so unsafe, and moved by the aunt who had kept them warm against her chest for an hour.

Evaluation: We had surfactant, which is not always true. The first twin needed only CPAP.

Analysis: The aunt had done instinctive kangaroo care. It probably saved the smaller twin's temperature.

Conclusion: Teach it formally to families and to the private clinics that refer to us.

Action plan: A one-page transfer guide in Urdu for referring clinics; I will ask Prof. Shahid to sign the covering letter.`,
  },
  {
    id: "pk-free-004",
    setting: "trauma icu",
    role: "surgical ICU nurse",
    text: `Trauma ICU, Peshawar. A note about the visitors, because every shift is about the visitors.

We allow two relatives at a time, but a trauma patient here arrives with twenty. They bring food, they bring the local elder, sometimes they bring the police. Our charge nurse, Sister Rukhsana, has a way of speaking to the elders that I am slowly learning: respect first, then the rule, then a small kindness (a chair, a cup of tea) for the one who waits.

Our ICU has eight beds. On a bad night after a blast, it has ten patients and the corridor has fifty people. The families are frightened and they want to see with their own eyes.

What I'm learning: the rules are for infection and for rest, and if I explain that, people accept them. If I just shout "bahar jao" — go outside — nobody listens, and why should they?

I want to propose a relatives room with a screen that shows the ICU board in Pashto and Urdu, with updates twice a day, like the airport. My ward sister laughed and said, "Write it down." So here it is.`,
  },
  {
    id: "pk-comment-005",
    setting: "trauma icu",
    role: "anaesthesia registrar (reply)",
    text: `The airport board idea is brilliant. We tried a simple version in Lahore — bed, "stable/critical/in theatre", no names — and aggression at the door fell noticeably. Make sure it never shows names or phone numbers. Also, Sister Rukhsana sounds like someone who should be teaching the doctors.`,
  },
  {
    id: "pk-what-006",
    setting: "withdrawal of treatment",
    role: "consultant intensivist",
    text: `What? ⟦NAME|Begum Zubaida Khanum⟧, ⟦AGE|aged 90⟧, came to our ICU with an intracerebral bleed and no gag reflex. Her grandsons asked for everything because, as one said, "Allah decides, not the doctor." Her eldest son, ⟦NAME|Tariq Mehmood⟧, gave me his number, ⟦PHONE|0321-5550947⟧, and asked me to call before any decision.

So what? In our culture, "withdrawal" can feel like a sin. But "not starting" a new burden is widely accepted, and the family's imam later told them that life support does not have to be continued if it only prolongs dying. We never removed the ventilator; we agreed not to add dialysis or CPR. She died on ⟦DATE|the 27th of Ramazan⟧, which the family saw as a blessing.

Now what? I am writing a short guide for our trainees: how to involve religious leaders early, how to use the words "we will not add", and how to hold the meeting in the family's language.`,
  },
  {
    id: "pk-free-007",
    setting: "ventilator-associated pneumonia",
    role: "infection control nurse",
    text: `Our VAP rate last quarter was embarrassing, so here is what we changed in our 12-bed medical ICU:

1. Head of bed at 30–45 degrees, checked every four hours and written on the chart, not "assumed".
2. Oral care with chlorhexidine stopped; toothbrushing twice a day with ordinary paste instead, after our journal club on the newer evidence.
3. Daily sedation holds at 9 a.m., before rounds.
4. Cuff pressure checks every shift with the manometer we finally bought.
5. No routine saline instillation before suction.

The first month, the bundle compliance was 40%. After posting a chart on the door and celebrating each good week with samosas, it was 82%. Dr Imran, our consultant, says the samosas did more than the lectures.

We will report the VAP rate properly after six months. Early numbers look better, but I don't want to celebrate too soon.`,
  },
  {
    id: "pk-free-008",
    setting: "medical icu",
    role: "house officer",
    text: `A note about the ICU phone at night.

The relatives of ⟦NAME|Shabbir Hussain⟧ (⟦FACILITY_ROOM|bed 4⟧) called the ICU every twenty minutes on the night of ⟦DATE|14 August⟧. Not because they didn't trust us — his nephew later said — but because the fireworks for ⟦DATE|Independence Day⟧ kept waking them in the hostel opposite and every bang felt like bad news. His brother had written his address on the admission sheet as ⟦ADDRESS|House 17, Street 9, Mohallah Qadirabad, Sialkot⟧, and the family had come two hours to sit near him.

I answered every call. By 3 a.m. I was short with them, and I regret it.

Next time I'll agree a time with the family — "I will call you at midnight and at 6 a.m." — and keep it. Dr Saba said that's what she does and it has never failed her.`,
  },
  {
    id: "pk-comment-009",
    setting: "medical icu",
    role: "nursing student (reply)",
    text: `Agreed times for calls work so well! We use a small card with "next update at ___" on it. Also, the family in ⟦FACILITY_ROOM|bed 4⟧, I know the street you mention — my khala lives there. Maybe take the address off? Tell ⟦NAME|Shabbir bhai⟧'s family we pray for him.`,
  },
];
