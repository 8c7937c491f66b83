import type { SourceItem } from "../../corpus/types.ts";
import { nhi } from "../gen.ts";

/** Aotearoa New Zealand: Well Child Tamariki Ora, SCBUs, school-based health services, rural paediatrics. */
export const NZ: readonly SourceItem[] = [
  {
    id: "nz-free-001",
    setting: "well child service",
    role: "Well Child Tamariki Ora nurse",
    text: `Kia ora koutou. A reflection from a Well Child visit up north that I keep turning over.

The pēpi was eight weeks old, living with mum, nana and four cousins in ⟦LOCATION|the whare behind the marae at Pawarenga⟧. Mum was seventeen. The house was warm and full of aroha, and also full of smoke — three of the adults smoke inside in winter.

⟦NAME|Aunty Mere⟧ did most of the talking. She told me, with a lot of pride, that baby ⟦NAME|Te Rangi⟧ already had his NHI sorted (⟦ID|${nhi("ZZZ047")}⟧) and his first immunisations done at the clinic, and that she would make sure he slept in the wahakura she had woven herself.

The smoke was the hard conversation. I did not lead with it. I asked about the wahakura first, and we talked about safe sleep, and then Aunty raised the smoking herself: "I know, I know." We talked about the smokefree line and vapes as a step, and about smoking outside and away from pēpi.

What I learnt: whanaungatanga first. If I had opened with SUDI risk factors, I would not have been invited back. The Ministry's safe sleep messages are right, but the order I say them in matters as much as what I say.`,
  },
  {
    id: "nz-what-002",
    setting: "rheumatic fever prevention",
    role: "paediatric registrar",
    text: `What? An eleven-year-old Samoan boy in South Auckland was admitted with acute rheumatic fever: migratory polyarthritis, a new mitral regurgitation murmur, raised ASOT. He had had a sore throat three weeks before that nobody treated, because the family did not want to bother the doctor with "just a sore throat".

So what? New Zealand has some of the highest rates of rheumatic fever in the developed world, and almost all of it is in Māori and Pacific children. The sore throat programme was built for exactly this boy. Rheumatic fever is a disease of overcrowded housing and poor access, not of biology.

Now what? He starts monthly benzathine penicillin injections for at least ten years. I want his family to understand why, and I used a Samoan interpreter for the explanation, not his fourteen-year-old sister. I am also writing to his GP to check whether the siblings have had throat swabs. Fa'afetai to his mother for teaching me that "bother the doctor" is a barrier I need to remove, not a choice she made.`,
  },
  {
    id: "nz-gibbs-003",
    setting: "special care baby unit",
    role: "SCBU nurse",
    text: `Description: ⟦DATE|Waitangi Day⟧, a public holiday, skeleton staff. We were discharging ⟦NAME|Kauri⟧, a 34-week baby with chronic lung disease, home on low-flow oxygen from ⟦FACILITY_ROOM|cot 2 in SCBU at Gisborne Hospital⟧. The family live forty minutes up the coast.

Feelings: Anxious. Home oxygen discharges have many moving parts, and on a holiday the supplier was closed.

Evaluation: The home concentrator had been delivered the day before, but nobody had checked it. When I rang dad, he read me the asset tag, ⟦DEVICE|HOC-22917-TRW⟧, and it was not the one on our paperwork. It turned out to be a concentrator set for an adult, with a minimum flow too high for a baby.

Analysis: Our checklist had "equipment delivered" but not "equipment checked against prescription". The error would have been caught eventually, but maybe not before the first night at home.

Conclusion: Ticking a box is not the same as checking.

Action plan: I added an asset-and-flow check to the discharge checklist and presented it at our unit meeting. Our charge nurse, Aroha, is taking it to the regional neonatal network.`,
  },
  {
    id: "nz-free-004",
    setting: "school-based health service",
    role: "school nurse",
    text: `I am a school-based health nurse in a decile-one high school, and most of my work is not physical health.

This term I saw about 300 students. The HEEADSSS assessments we do with every Year 9 turned up more anxiety, more vaping, and more sleeping under four hours a night than any asthma or eczema.

What works:
- Being there every day. Trust is built on Tuesday mornings, not in crisis.
- Saying "kia ora" and meaning it, learning names, asking about whānau.
- Being honest about confidentiality and its limits.
- Working with the guidance counsellor and the youth worker.

What doesn't work:
- Pamphlets.
- Making appointments for next week — by then the moment has passed.

The hardest part is when students are whakamā and won't come in. Some only come in because a friend brings them. I have learnt to treat the friend as part of the care team.`,
  },
  {
    id: "nz-comment-005",
    setting: "well child service",
    role: "Plunket nurse",
    text: `Ka pai, such a generous reflection and the point about whanaungatanga first is spot on. One thought, kindly meant: in a small rural area the combination of the marae, a teen mum and a woven wahakura could be enough for someone local to know who this is. Maybe keep it to "a rural whānau"? The learning stands either way.`,
  },
  {
    id: "nz-free-006",
    setting: "rural paediatrics",
    role: "rural hospital doctor",
    text: `Remote medicine means thinking about evacuation before you think about diagnosis.

A four-year-old came in with fever, a purpuric rash on his legs, and a heart rate of 170. In a city, that is a straightforward meningococcal sepsis pathway. Here, it means one doctor, one nurse, and a plane that cannot land if the wind picks up.

He was ⟦OTHER|one of the only set of twins born on Pitt Island this year⟧, and his brother was at home with a cough, which made us worry about contacts too. We gave ceftriaxone within twenty minutes, two fluid boluses, and called the retrieval team. The plane landed four hours later.

He survived. His brother got prophylaxis, as did half the island, because everyone had been at the same birthday party.

What I learnt: have the sepsis pack ready, give antibiotics before you have a diagnosis, and know your weather. Also: tell people the truth early. The family, and the whole community, stayed calm because we kept them informed.`,
  },
  {
    id: "nz-free-007",
    setting: "immunisation clinic",
    role: "vaccinator",
    text: `Measles catch-up clinics this winter taught me that vaccine hesitancy and vaccine access look the same on the register.

We set up a clinic in a church hall on a Saturday, with a sausage sizzle outside. We vaccinated 142 people, most of them children and young adults who had missed their second MMR. Many told us they had never been refused — they had simply never been able to get to the GP in time, or the practice wanted a fee for the visit, or the clinic closed at five.

A small number were hesitant. One father asked, straight out, whether MMR causes autism. I told him honestly what the evidence says, why the original paper was retracted, and that the science has been repeated in millions of children. He thought about it and had his daughter vaccinated.

What I learnt: make it easy and people come. Answer honestly and most people listen. The immunisation handbook has a section on communicating with hesitant parents, and it is worth reading before every clinic.`,
  },
  {
    id: "nz-gibbs-008",
    setting: "paediatric ward",
    role: "medical student",
    text: `Description: My first paediatric placement as a University of Otago student. I was asked to take a history from the mother of a nine-month-old with bronchiolitis. I was nervous and asked all the questions from my list, even ones that didn't matter.

Feelings: Awkward. The mother was exhausted, and I felt like I was interrogating her.

Evaluation: I did get the key points — feeding, wet nappies, breathing, sick contacts. But my registrar showed me that the mother's biggest worry was that her baby would stop breathing at night, and I had missed it.

Analysis: The Calgary-Cambridge model reminds us to explore the patient's ideas, concerns, and expectations. In paediatrics, the parent's concerns are often the most useful information.

Conclusion: A checklist history isn't a good history.

Action plan: Next time I will start with "What are you most worried about?" and work outwards from there.`,
  },
  {
    id: "nz-what-009",
    setting: "paediatric palliative care",
    role: "paediatric palliative care nurse specialist",
    text: `What? A family I have supported for two years, whose eight-year-old has a progressive neurodegenerative condition, asked me to help them write a letter to her school about what to do if she has a seizure that doesn't stop. Dad sent me a draft from ⟦EMAIL|tama.and.hine.whanau@example.co.nz⟧ that included her full name, her diagnosis, her medication doses, and a photo.

So what? The letter was going to every parent in her class. Dad wanted everyone to know so that nobody would panic. But once it is out there, they cannot take it back. There is no rule against families sharing their own child's information, but I worried he had not thought about the long term.

Now what? I sat down with both parents and talked it through. They decided to send the full plan only to the teacher and the teacher aide, and a short, warm note to the class parents. I have learnt that my job includes helping families think about privacy, not only about symptoms.`,
  },
];
