import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items, 5 with identifiers, 1 comment. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "road traffic collision",
    role: "house officer",
    text: `
Okada crash, Ikorodu Road, 7pm. A commercial motorcyclist and his passenger, a market woman everybody called ⟦NAME|Mama Chidinma⟧, were brought to our emergency by a danfo driver who refused to leave until he saw a doctor with his own eyes. The rider died in the bus. She had an open tibial fracture and a head wound.

We had no name for her at first, only the market nickname. Her daughter came at midnight with her NIN slip, ⟦ID|41827735016⟧, and her phone, ⟦PHONE|0803 555 0192⟧, and insisted we write both on the folder "so they will not say she is unknown." In our hospital "unknown" patients wait longer for everything, and everybody knows it.

Looking back, the clinical part I managed fine: ABCDE, the wound covered, analgesia, antibiotics, X-rays. What I am not fine with is that the danfo driver had to pay for the first gloves and giving set, because she had no relative yet. This is the reality of "no deposit, no treatment" even in emergencies, although the law says otherwise. I reported it to my consultant, Dr Okonkwo, and he sighed, because it isn't the first time.
`,
  },
  {
    id: "ng-what-002",
    setting: "mass casualty incident",
    role: "emergency physician",
    text: `
What? A fuel tanker overturned and exploded on a highway near our city and we received over forty burns patients in one night. Most were people who had come to scoop the spilled fuel. Many were young men. Many had burns over 50% of the body.

So what? We had to make decisions we are not trained for: who receives the limited fluids, dressings and beds, and who receives comfort care. The consultant, Dr Adeyemi-Bello, led a triage meeting at 3am and we agreed on criteria together, so no single doctor had to decide alone. That was the most important leadership I have seen.

Now what? Expectant triage in a mass casualty is an ethical decision as much as a clinical one. I have started a reading group on disaster ethics with the other registrars, and we are writing a burns surge plan for the hospital. The first version is already four pages; it needs to be one.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "building collapse",
    role: "emergency medicine resident",
    text: `
Description: When the building under construction collapsed on ⟦ADDRESS|22 Alhaji Bashorun Crescent, Ikoyi⟧, our team was sent to the site with the state emergency management agency. We worked under floodlights. The first survivor pulled out, after nineteen hours, was a labourer, ⟦NAME|Emeka Nwosu⟧, with crushed legs.

Feelings: Hope when we heard him knock on the pipe. Dread about what would happen when the slab came off.

Evaluation: We gave IV normal saline before release and had calcium gluconate and salbutamol nebs ready for the hyperkalaemia of crush syndrome. His potassium on the i-STAT was 7.1 after extrication, and the bedside ECG showed peaked T waves. We treated him in the ambulance.

Analysis: Crush syndrome management starts under the rubble, not in the hospital. The lectures had told me that; the knocking on the pipe made it real.

Conclusion: He went for dialysis the next morning. His wife, ⟦NAME|Adaeze⟧, brought the team akara on ⟦DATE|the Friday after⟧.

Action plan: Push for a crush kit in our disaster bag.
`,
  },
  {
    id: "ng-comment-004",
    setting: "building collapse",
    role: "medical student",
    text: `
Thank you for this, Doctor. I am a 400-level student and I always wondered what happens at these sites. Please how do you decide when to give the fluids before release? We were taught 1 to 1.5 litres per hour but our lecturer said it depends on the environment. Would love a teaching session on crush injuries for our class.
`,
  },
  {
    id: "ng-free-005",
    setting: "emergency department",
    role: "nurse",
    text: `
Night duty at ⟦FACILITY_ROOM|LUTH emergency, bay 3⟧. A young man was brought in by police from a custody cell with a swollen, tender abdomen and old bruises. He said his name was ⟦NAME|Tunde⟧ and he was a student. The officers wanted him "checked and returned". The doctor on duty, Dr Ibekwe, insisted on admission for an ultrasound. It showed free fluid.

The hardest part of the night was the officers. They stood at the foot of the bed, they answered for him, and when I asked them to step away so I could take his history, one of them said I was "interfering with an investigation". I am a nurse. My patient comes first. I said it politely, and I said it twice.

His hospital number, ⟦ID|LUTH/EM/24/08817⟧, is on my handover sheet because I am still worried about him; he went to theatre at 4am. I am writing this to remind myself that a patient in handcuffs is still my patient, and that I must document exactly who was in the room.
`,
  },
  {
    id: "ng-free-006",
    setting: "flood",
    role: "medical student",
    text: `
During my community posting, the rivers flooded in Kogi State and our medical school sent students to help at IDP camps with the state ministry of health. I was in a primary school turned into a camp, with maybe two thousand people.

We did three things every day: ORS corners, malaria RDTs, and antenatal checks. A cholera case on the third day changed the whole camp. The WHO oral cholera vaccine came after a week, and we learned to set up chlorinated hand-washing points with buckets and taps.

What I want to reflect on is how much of public health is about toilets. Nobody in my class wants to be the toilet doctor. But the latrines were the difference between three cases and three hundred. Our supervisor, Dr Yusuf, made us dig a trench on day two and I have never been so tired.

I will take this into my community medicine exam, but more than that I will remember the smell, and the women who kept the camp clean without being asked.
`,
  },
  {
    id: "ng-what-007",
    setting: "burns",
    role: "emergency medicine registrar",
    text: `
What? On ⟦DATE|the second day of Sallah⟧ a gas cylinder exploded at a house in Kano where the family was cooking for guests. We received six patients. The head of the household, ⟦NAME|Alhaji Musa Danladi⟧, a retired headmaster, had facial burns and stridor. His son gave us his number, ⟦PHONE|0806 555 7731⟧, to call when his father was out of theatre.

So what? I intubated early because of the stridor and the singed nasal hair, with the anaesthetist beside me. Waiting would have made it impossible. I have read about "early airway in inhalation injury" so many times, but doing it on an old man who was still talking to me and telling me not to worry was terrible. He was frightened of the tube; I promised him I would take it out soon.

Now what? He was extubated after four days. I am writing down, for my own practice, the signs that made me decide, so that next time I decide faster: stridor, hoarseness, soot in the mouth, burns around the face.
`,
  },
  {
    id: "ng-free-008",
    setting: "emergency department triage",
    role: "nurse",
    text: `
Our emergency department has a sign at the entrance: "Emergency treatment is free for the first 48 hours." The National Health Act and the compulsory treatment law say so. In practice, relatives are sent to buy gloves, cannulas and drugs from the pharmacy outside before anything happens.

I am a triage nurse, and I decide who goes where. This week a man brought his unconscious friend, who had no money and no family. I triaged him red, and he was seen at once. But then the list of things to buy came, and the friend had to go and borrow from people on the street.

I don't know how to solve this as one nurse. Our matron keeps an "emergency box" of basic consumables paid for by staff contributions, which helps for the first hour. I want to write a proposal to the hospital management to make that box official and funded, and link it to the NHIA scheme so it can be recovered later.
`,
  },
  {
    id: "ng-gibbs-009",
    setting: "emergency department",
    role: "house officer",
    text: `
Description: A teenage girl, ⟦NAME|Blessing⟧, was brought from school after collapsing during the inter-house sports. Known sickle cell. Acute chest syndrome.

Feelings: Scared. She was the same age as my sister.

Evaluation: Oxygen, fluids, analgesia, antibiotics, blood. The haematology registrar was excellent. What I did wrong was afterwards: her mother asked me to add her to the family's WhatsApp group, "⟦OTHER|Blessing's Recovery Prayer Team 🙏 Ward C4⟧", to send updates, and I said yes before I thought. I also gave her my email by mistake instead of the ward's, and she wrote to me from ⟦EMAIL|mama.blessing.okoro@example.com⟧ the same night.

Analysis: The GMC-equivalent here is the MDCN code, which says little about WhatsApp, but common sense says a lot.

Conclusion: I left the group politely and asked the ward sister to be the contact.

Action plan: Never give personal contacts. Direct families to the ward line.
`,
  },
];
