import type { SourceItem } from "../../corpus/types.ts";
import { medicare, ohip } from "../../corpus/gen.ts";

/** Elsewhere in Asia, Oceania, the Americas and Europe: Pakistan, Australia, Bangladesh, Canada, Ireland, Malaysia, Nepal, Brazil. */
export const ASIA_AMERICAS: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "thalassaemia day care",
    role: "paediatrics trainee",
    text: `Description: Every Tuesday I cover the thalassaemia transfusion day care in Lahore run with a charity. Thirty children, most with thalassaemia major, receiving blood every two to four weeks. This week a twelve-year-old boy arrived with a haemoglobin of 5.8 and a ferritin of 4,200, and told me he had stopped his deferasirox because it "tastes like chalk".

Feelings: Sympathy — I tried it once and he is right — and worry about his heart.

Evaluation: I took time to explain iron overload to him, not only to his father. We switched to the film-coated tablet, which he says is easier.

Analysis: The TIF guidelines stress adherence support for chelation, especially in adolescents. Children are often left out of the conversation about their own treatment.

Conclusion: Talking to the child, not just the parent, changed his mind.

Action plan: I proposed a monthly adolescent group at the day care. I also want to support premarital carrier screening campaigns, because prevention is where the real change will come.`,
  },
  {
    id: "pk-free-002",
    setting: "polio eradication",
    role: "polio vaccinator supervisor",
    text: `Polio campaign, day three, Bannu. Our team of two women vaccinators and a local guide covered 180 houses. Most families accepted the drops. One did not.

The refusal was at ⟦LOCATION|Mohalla Sheikhan, the house behind the Jamia masjid with the green door⟧. The head of the family, ⟦NAME|Malik Gul Zaman⟧, is a ⟦AGE|96-year-old⟧ great-grandfather who has seen every campaign since the 1990s and believes none of them. He told us his great-grandson ⟦NAME|Irfan⟧ was healthy and did not need "foreign drops".

We did not argue at the door. Our area in-charge came back the next day with the local imam, who had been trained by the programme. They sat with the old man over green tea for an hour and talked about the children in the next district who were paralysed. By evening he allowed all six children in the house to be vaccinated.

What I learnt: polio eradication is not won by vaccinators alone. It needs the community's trusted voices. The "Sehat Mand Pakistan" messaging helps, but the imam's hour at the door did more.`,
  },
  {
    id: "pk-free-003",
    setting: "neonatal unit",
    role: "neonatal nurse",
    text: `In our neonatal unit in Karachi we started a "mothers' room" where mothers of preterm babies can stay, express milk, and do kangaroo care.

Before, mothers were sent home after delivery and came back to visit once or twice a day. Babies were fed formula because there was no breast milk. Now the mothers stay, and many babies are exclusively on breast milk.

The change came from a small study our consultant, Dr Farah, did: babies whose mothers stayed had fewer infections and went home earlier. The hospital administration agreed to give us a room with eight beds.

What I learnt: families are not visitors in the NICU. They are partners in care. When mothers are with their babies, they notice things we miss. One mother noticed her baby's breathing change before the monitor did.

I am proud of this small change, and I hope other units in Pakistan will try it. It costs very little and saves lives.`,
  },
  {
    id: "au-free-001",
    setting: "remote child health",
    role: "remote area nurse",
    text: `Remote area nursing in Arnhem Land: a child health check on a Tuesday that turned into a medevac on a Wednesday.

The little boy was ⟦NAME|Djawa⟧, eighteen months, living with his family at ⟦LOCATION|the outstation past the Gurrumuru crossing⟧. His Medicare number, ⟦ID|${medicare("2953 1876", 1)}⟧, was on the child health record, along with three episodes of ear discharge this year. This week he had fever, fast breathing and chest indrawing.

His saturations were 86%. We started oxygen and IV antibiotics, and the RFDS came at dawn. His mother's phone, ⟦PHONE|0491 570 318⟧, was the only way to reach the family once they got to Darwin.

What I keep thinking about: chronic suppurative otitis media and pneumonia in Aboriginal children are not inevitable. They come from overcrowded houses, no working washing machines, and long waits for specialist care. The Healthy Skin and Healthy Ears programmes are good, but they can't fix housing.

I also learnt to say "manymak" and to ask the family's aunty, not me, to explain the plane.`,
  },
  {
    id: "au-what-002",
    setting: "child development service",
    role: "speech pathologist",
    text: `What? A three-year-old girl referred to our child development service for "not talking". On assessment she understood far more than she could say, and her play was imaginative. Her hearing test showed bilateral glue ear with a mild-to-moderate hearing loss.

So what? She had been waiting nine months for the assessment. During that time she had missed a huge amount of language input. In Queensland our waitlist is over a year for some services. A simple hearing test at the GP could have picked this up much earlier.

Now what? We referred her to ENT for grommets and started language therapy with her parents. I have written to our local GPs about hearing tests for every child with speech delay, and I am working with the service to triage referrals so that children with possible hearing loss are seen sooner. I also learnt that "not talking" can mean "not hearing".`,
  },
  {
    id: "au-comment-003",
    setting: "remote child health",
    role: "Aboriginal health practitioner",
    text: `Good reflection, sis, and you're right about housing. But I'd take out the outstation and the child's name — out here everyone knows everyone, and the family might not want this online. Check with the community council's protocol before posting about families, they've got rules about stories and photos for good reason.`,
  },
  {
    id: "bd-free-001",
    setting: "humanitarian paediatrics",
    role: "paediatric medical officer",
    text: `Diphtheria in the camps, seven years after the big outbreak, and I had never seen a case until this week.

A six-year-old girl, ⟦NAME|Rashida Begum⟧, from ⟦LOCATION|Camp 15, Block C-4, the shelter next to the learning centre⟧, came to our field hospital with a thick grey membrane over her tonsils and a bull neck. Her FCN number, ⟦ID|FCN-1184-2297⟧, was on her family's ration card, which is how we found her vaccination record: none.

We gave diphtheria antitoxin and penicillin, isolated her, and started contact tracing in her block with the Rohingya community health workers. They speak the language, know the families, and are trusted.

She recovered. Three contacts were positive on swabs and treated.

What I learnt: outbreaks in camps move fast, and vaccination coverage drops when people are constantly moving. Our routine immunisation must be in every block, not only in the clinics.`,
  },
  {
    id: "bd-gibbs-002",
    setting: "diarrhoeal disease hospital",
    role: "medical officer",
    text: `Description: In the cholera ward in Dhaka, during the monsoon, we saw more than 400 patients a day. A two-year-old boy came in with severe dehydration: sunken eyes, lethargy, skin pinch going back very slowly.

Feelings: I was overwhelmed by the numbers but calm with this child because the protocol was clear.

Evaluation: We gave IV Ringer's lactate, 100 mL/kg over six hours, and then ORS. Within hours he was sitting up and drinking. His mother was taught to give ORS and zinc.

Analysis: The WHO protocol for severe dehydration, and the decades of Bangladeshi research that shaped it, work. What struck me was how fast a child can recover with simple treatment.

Conclusion: Cholera is a disease of poverty and water, and the treatment is simple if you reach it.

Action plan: I want to teach ORS preparation in the communities where our patients come from, before they need the ward.`,
  },
  {
    id: "bd-comment-003",
    setting: "humanitarian paediatrics",
    role: "community health worker",
    text: `Doctor apa, thank you. I know this girl — her abba ⟦NAME|Nur Hossain⟧ is the majhi for our block and he helped us find all the contacts. His number is ⟦PHONE|01711 555 482⟧ if the team needs him for the next campaign. Our community is scared of diphtheria now, so your post is important.`,
  },
  {
    id: "ca-free-001",
    setting: "pediatric emergency",
    role: "pediatric emergency fellow",
    text: `A winter night at ⟦FACILITY_ROOM|SickKids⟧, and a sixteen-month-old with a fever and a rash that blanched — until it didn't.

His parents had been told at a walk-in clinic that it was viral. By the time they came to us, he had purpura on his legs and a capillary refill of five seconds. We gave ceftriaxone and fluids and called ICU.

His OHIP number, ⟦ID|${ohip("6418-302-77")}⟧, was on the triage note; his father, ⟦NAME|Marc-André Tremblay⟧, kept apologising for not coming sooner. The family had driven in from ⟦ADDRESS|48 Rue des Érables, Casselman, ON K0A 1M0⟧.

The telehealth consult from the walk-in had been logged from ⟦IP|203.0.113.77⟧, and the note said "viral exanthem, reassure". I don't blame the walk-in doctor. Meningococcal disease is rare and starts like a cold.

What I learnt: give parents clear return instructions. "If the rash doesn't fade under a glass, come back now." That advice saved this child, because his mother remembered it.`,
  },
  {
    id: "ca-what-002",
    setting: "Indigenous child health",
    role: "pediatrician",
    text: `What? I work with First Nations communities in northern Manitoba, flying in once a month. A seven-year-old needed a hearing aid, and the request bounced between federal and provincial programs for three months.

So what? Jordan's Principle exists for exactly this. It says First Nations children should get the services they need without delay caused by jurisdictional disputes. But families often don't know about it, and neither do many health professionals.

Now what? I made a Jordan's Principle request, and the hearing aid was approved in two weeks. I now tell every family I see about it, and I'm teaching our residents. The Canadian Paediatric Society's position statement on Indigenous child health is a good starting point.`,
  },
  {
    id: "ca-free-003",
    setting: "adolescent mental health",
    role: "child and adolescent psychiatry resident",
    text: `Eating disorders in teenagers exploded after the pandemic, and our service in Vancouver is still catching up.

This week a fifteen-year-old boy was admitted with anorexia nervosa, heart rate 38 at night, and a weight that had dropped 20% in four months. Boys are often missed, because people think eating disorders are a girls' illness.

We started refeeding carefully, watching phosphate, and worked with the family using family-based treatment. His parents were shocked. They had thought he was "just getting fit".

What I learnt:
- Ask every adolescent about eating, including boys and athletes.
- Bradycardia in a teenager is not "athletic heart" until proven otherwise.
- The Canadian Paediatric Society guidelines on admission criteria are very useful.
- Family-based treatment puts parents in charge of feeding. It is hard, but it works.

I'll be following his progress on our ward.`,
  },
  {
    id: "ie-free-001",
    setting: "paediatric audiology",
    role: "audiologist",
    text: `Switch-on day is the best day in my job, and this one I will remember for a long time.

⟦NAME|Saoirse⟧, two years old, had bilateral cochlear implants in ⟦DATE|the week after St Brigid's Day⟧. On ⟦DATE|Friday 7 March⟧ we switched them on in ⟦FACILITY_ROOM|Room 3 of the audiology suite at Temple Street⟧. Her mother, ⟦NAME|Niamh O'Driscoll⟧, had been signing to her since birth. When the sound came on, Saoirse turned her head toward her mother's voice and laughed.

The internal device serials (⟦DEVICE|CI632-5517203⟧ and ⟦DEVICE|CI632-5517219⟧) went into the national register, and we mapped the electrodes carefully. There are months of therapy ahead, but the first response is always magic.

What I learnt: the implant is only the start. The family's commitment to therapy, and our team's support, will decide how much language she develops. I also learnt that Irish Sign Language and spoken language can grow together, and I'll encourage the family to keep both.`,
  },
  {
    id: "ie-comment-002",
    setting: "paediatric audiology",
    role: "speech and language therapist",
    text: `Such a lovely moment, thank you for sharing. One thing though — the date, the room and the child's name together would make it easy for anyone in Dublin to work out who this family is. The mum might be fine with it, but it's her story to tell. Could you edit and check with the family first?`,
  },
  {
    id: "my-free-001",
    setting: "paediatric neurosurgery",
    role: "paediatric neurosurgical nurse",
    text: `A VP shunt malfunction, and a mother's instinct.

⟦NAME|Adik Nurul Huda⟧, four years old, has had a VP shunt since infancy for hydrocephalus. Her mother brought her to us because "her eyes looked different", even though she had no vomiting and no headache. The CT showed larger ventricles. The shunt was blocked.

Her MyKad-linked MyKid number is ⟦ID|200614-10-5528⟧, and I noted it with the shunt valve serial, ⟦DEVICE|PSV-M 40288117⟧, for the neurosurgery log. The surgeon replaced the catheter that night in ⟦FACILITY_ROOM|OT 5 at Hospital Kuala Lumpur⟧.

What I learnt: parents of children with shunts know their child better than any scan. When a mother says something is wrong, we must listen. I now teach new nurses the subtle signs: a change in behaviour, "sunsetting" eyes, irritability, changes in feeding.

Her mother thanked us with a big bag of kuih for the nurses. Terima kasih, puan — we learnt from you.`,
  },
  {
    id: "my-what-002",
    setting: "immunisation clinic",
    role: "community health nurse",
    text: `What? At our klinik kesihatan in Sabah we saw a rise in parents refusing vaccines, often citing concerns about halal status or "too many vaccines at once".

So what? Malaysia has had measles and diphtheria outbreaks linked to falling coverage. Religious concerns are real for families, and we need to respect them while giving accurate information.

Now what? We invited a religious officer to our parent education sessions, who explained the fatwa supporting vaccination. We also spread out the explanation of vaccines over several visits. Refusals in our clinic dropped by half over six months. I learnt that respecting beliefs and promoting vaccination are not opposites.`,
  },
  {
    id: "np-free-001",
    setting: "community child health",
    role: "auxiliary nurse-midwife",
    text: `After the rains, the road to the upper villages closes. That is when children get sick.

A three-year-old boy, ⟦NAME|Pasang⟧, was carried down by his father for six hours from ⟦LOCATION|the highest house in Gumba village, above the gompa⟧ with pneumonia and severe malnutrition. By the time they reached our health post, his breathing was very fast and his lips were blue.

We gave the first dose of antibiotics and oxygen from our one cylinder, and arranged transfer to the district hospital. The father's phone, ⟦PHONE|984-555-0173⟧, was the only contact we had after that. I called every day. The boy survived.

What I learnt: in the mountains, the distance is the disease. Female community health volunteers are our eyes in the villages, and they need better tools — pulse oximeters, amoxicillin, and a way to call for transport.

Dhanyabad to the father, who carried his son for six hours.`,
  },
  {
    id: "np-gibbs-002",
    setting: "neonatal care",
    role: "staff nurse",
    text: `Description: In our provincial hospital, we started using chlorhexidine for cord care after the national programme recommended it. A young mother refused; her mother-in-law wanted to apply mustard oil as is traditional.

Feelings: Frustrated, but I understood that tradition matters.

Evaluation: I explained why chlorhexidine reduces infections and asked what the family usually does. We agreed the mustard oil could be used on the baby's body for massage but not on the cord.

Analysis: Nepal's chlorhexidine programme has been a success, but it works best when it respects family practices. Compromise kept the cord clean and the family happy.

Conclusion: Listening first leads to better solutions.

Action plan: I will include grandmothers in the newborn care teaching, since they make many decisions.`,
  },
  {
    id: "br-free-001",
    setting: "family health strategy",
    role: "community health agent",
    text: `I am an agente comunitária de saúde in the Family Health Strategy in Recife. I visit about 150 families every month.

This month I noticed a baby of four months who was not gaining weight. The mother said she was breastfeeding, but when I watched, the latch was poor. She was also giving water and tea, as her mother had taught her.

I brought the nurse from our unit on the next visit. Together we helped the mother with positioning, and we explained that babies under six months need only breast milk. Two weeks later the baby had gained 400 grams.

What I learnt: home visits see things a clinic visit can't. The SUS and the Family Health Strategy have reduced infant mortality in Brazil because people like me go into homes every day. Our work is often invisible, but it is the foundation.`,
  },
  {
    id: "br-free-002",
    setting: "paediatric oncology",
    role: "paediatric oncology nurse",
    text: `⟦NAME|Pedrinho⟧ is seven and has acute lymphoblastic leukaemia. He calls his chemotherapy "a poção do super-herói" — the superhero potion.

His mother started an Instagram account to share his journey, ⟦OTHER|@pedrinho.guerreiro.all⟧, with thousands of followers now. She posts photos from ⟦FACILITY_ROOM|leito 12 of the paediatric oncology ward at GRAACC⟧, with his face, his port, and his name.

I understand why. The support she gets helps her cope, and donations helped pay for their travel from the interior of São Paulo state. But I worry about what happens in ten years, when Pedrinho is seventeen and everything about his illness is online.

We talked about it gently. She decided to blur the ward signs and not post his blood results anymore. She still posts photos of him smiling.

What I learnt: families have the right to share their stories. Our role is to help them think about the future child, too.`,
  },
];
