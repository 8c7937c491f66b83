import type { SourceItem } from "../../corpus/types.ts";
import { cnp, pesel } from "../gen.ts";

/** Poland and Romania: tick-borne encephalitis, TB among refugees, C. difficile in a care home, measles, hospital infections. */
export const EUROPE: readonly SourceItem[] = [
  {
    id: "pl-gibbs-001",
    setting: "neurology",
    role: "infectious diseases resident",
    text: `
Description. In early summer we admitted ⟦NAME|Pan Henryk Borowiec⟧, a 61-year-old forester who lives in ⟦LOCATION|the forester's lodge at Zielony Gaj near Hajnówka⟧, with fever, headache and confusion. Two weeks earlier he had removed a tick from his leg. His CSF showed lymphocytic pleocytosis, and IgM antibodies confirmed tick-borne encephalitis. His PESEL was ⟦ID|${pesel("6304120551")}⟧, and his symptoms started on ⟦DATE|15.06.2024⟧.

Feelings. I felt sad, because TBE is vaccine-preventable, and he worked in the forest every day.

Evaluation. We gave supportive treatment, as there is no specific antiviral. He needed two days in the ICU for reduced consciousness, then slowly improved. At discharge he still had weakness in his right arm.

Analysis. Our head of department, Prof. Zając, explained that north-eastern Poland has the highest incidence of TBE in the country. Vaccination is recommended for forestry workers and is often paid by the employer, but many workers do not complete the schedule. The patient told us he had one dose years ago and never returned for the second, because he thought one was enough.

Conclusion. An incomplete vaccination schedule can give a false sense of security.

Action plan. I now ask every patient with tick exposure about their vaccination dates, not just "yes or no". Together with the occupational medicine team, I prepared a short leaflet for forestry workers about completing the schedule, and I presented this case at our regional training for primary care doctors.
`,
  },
  {
    id: "pl-what-002",
    setting: "tb programme",
    role: "pulmonology resident",
    text: `
What? Since 2022, our pulmonology department in Lublin has seen more patients with tuberculosis among refugees from Ukraine. This month I cared for a young man with drug-resistant TB who had started treatment in Ukraine and interrupted it when he fled. We needed to restart an all-oral regimen, but his previous treatment records were incomplete.

So what? I learnt how war interrupts treatment and how difficult it is to continue care across borders. Ukraine has one of the highest rates of MDR-TB in Europe. Our consultant, Dr. Kowalska, contacted colleagues in Lviv through a professional network to obtain his previous drug susceptibility results. Without this, we might have chosen drugs to which his bacteria were already resistant. We also needed an interpreter, and cultural understanding, because he was afraid that a TB diagnosis might affect his legal status.

The WHO guidelines recommend shorter all-oral regimens, such as BPaLM, for eligible patients. We used GeneXpert and line probe assays to guide treatment.

Now what? I want to learn more about cross-border TB care and the ECDC guidance on migrants and TB. I will also help our department prepare information leaflets in Ukrainian and Russian. Most importantly, I learnt that a patient's story, including the war and his fears, is part of his treatment.
`,
  },
  {
    id: "pl-free-003",
    setting: "infection control",
    role: "infection control nurse",
    text: `
This winter I investigated a Clostridioides difficile outbreak in a nursing home. Five residents developed diarrhoea within two weeks. The first was ⟦NAME|Pani Krystyna Wójcik⟧, ⟦AGE|aged 91⟧, who had received a course of ceftriaxone for pneumonia. She lived in ⟦LOCATION|the Pod Lipami care home in Lipowa Wola Dolna⟧, and her symptoms began on ⟦DATE|13 marca⟧, her name day. Her daughter, ⟦NAME|Pani Ewa⟧, visited every day and helped us understand her routine.

We found several problems. Staff used alcohol gel between residents, which does not kill C. difficile spores; soap and water are needed. The shared commodes were not cleaned with a sporicidal agent. And several residents had received broad-spectrum antibiotics in the previous month.

We introduced contact precautions, handwashing with soap and water, chlorine cleaning, and a review of antibiotic prescribing with the home's GP, Dr. Nowak. No new cases appeared after three weeks.

I learnt how important antibiotic stewardship is in long-term care, where residents are old and vulnerable. I also reflected on dignity. The residents did not like being isolated, and ⟦NAME|Pani Krystyna⟧ told me she felt like a prisoner. We tried to keep her contact with her family, with visits in protective aprons. For the future, I want to teach staff about spores and hand hygiene using simple demonstrations, and to develop a checklist for outbreaks in care homes.
`,
  },
  {
    id: "ro-free-001",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
During the measles epidemic in Romania, I admitted ⟦NAME|Denisa⟧, an unvaccinated 14-month-old girl, with high fever, rash and pneumonia. She came from ⟦LOCATION|Valea Lupului de Sus⟧, a small village where few children were vaccinated. Her grandmother, ⟦NAME|tanti Veta⟧, who raised her while her parents worked in Italy, stayed with her on the ward. Her CNP was ⟦ID|${cnp("623010726017")}⟧, and the illness started on ⟦DATE|Bobotează⟧, when the family had gathered for the holiday.

⟦NAME|Denisa⟧ needed oxygen for several days. I remember how frightened her grandmother was, and how she kept asking whether it was her fault. She had not vaccinated the child because the family doctor's office was far away and she had heard rumours about vaccines on television.

Our consultant, Dr. Ionescu, explained that Romania had one of the largest measles epidemics in Europe, with many deaths among young children, mostly unvaccinated. Vaccine coverage had fallen because of mistrust, poverty and difficult access to family doctors in rural areas.

⟦NAME|Denisa⟧ recovered. Before discharge, we vaccinated the other children in the family and gave her grandmother information about the schedule. I learnt that blaming families does not help. Instead, we need to make vaccination easy and to listen to people's fears. I have started volunteering with a mobile vaccination team that visits remote villages.
`,
  },
  {
    id: "ro-what-002",
    setting: "infection control",
    role: "intensive care nurse",
    text: `
What? In our ICU in Bucharest, we had a cluster of carbapenem-resistant Klebsiella pneumoniae infections in ventilated patients. As a nurse, I joined the infection control team to investigate. We found that hand hygiene compliance before patient contact was only about 40%, and that some equipment, such as ultrasound probes, was shared between patients without proper cleaning.

So what? I was shocked by how low our compliance was, because I believed we were careful. Our infection control physician, Dr. Popa, explained that healthcare-associated infections are a serious problem in Romanian hospitals, and that reporting is often incomplete. He showed us the WHO "My five moments for hand hygiene" and explained that every missed moment is a chance for transmission. We also learnt that CRE can survive on surfaces and equipment for a long time.

Now what? We introduced regular hand hygiene audits with feedback to staff, dedicated equipment for colonised patients, and screening swabs on admission. After two months, compliance improved to over 70%, and no new cases were detected. I learnt that change requires measurement and feedback, not only training. I am now a hand hygiene champion for our unit, and I want to study infection control more deeply.
`,
  },
  {
    id: "ro-comment-003",
    setting: "infection control",
    role: "infectious diseases physician",
    text: `
Congratulations on this work. In our hospital in Cluj we had similar results after introducing audits and feedback. It is important that champions like you keep the motivation alive, because compliance falls again after a few months. Screening swabs on admission also helped us find colonised patients early. Keep sharing your data with the team.
`,
  },
];
