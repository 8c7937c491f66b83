import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 8 items. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "community psychiatry",
    role: "psychiatry trainee",
    text: `
Outreach clinic in south Punjab. ⟦NAME|Chacha Rafiq⟧ — everyone in the basti calls him that — brought his nephew ⟦NAME|Imran⟧, who has had schizophrenia for eight years and spent two of them chained in a back room. They came from ⟦LOCATION|Basti Malookan, the settlement past the brick kiln on the Shujabad road⟧. The chacha handed me ⟦NAME|Imran⟧'s CNIC, ⟦ID|35202-4817263-9⟧, and his old prescription in a polythene bag, as if the card would prove the illness.

He had been taken to a shrine first, then to a pir who beat the "jinn" out of him. Nobody blamed the family; they did what was available.

We started him on depot fluphenazine because the nearest pharmacy is an hour away by rickshaw, and arranged for the Lady Health Worker to check on him monthly.

What I'm learning: in rural Pakistan, the chain is not cruelty. It is a family's answer to having no service. Take away the chain without offering a service and you have done nothing.
`,
  },
  {
    id: "pk-what-002",
    setting: "substance use",
    role: "psychiatry resident",
    text: `
What? Our drug treatment ward in Peshawar is full of young men using "ice" (crystal meth) and heroin together. A 22-year-old told me he started ice to study for his FSc exams and heroin to sleep.

So what? Our treatment model was built for heroin alone: detox, then counselling. Methamphetamine psychosis and stimulant craving need something different — contingency management, sleep, and a lot of psychoeducation for families who think he is "possessed" or "spoiled".

Now what?
- I'm writing a one-page handout in Urdu and Pashto about ice for families.
- We need naltrexone and buprenorphine options, not just detox and goodbye.
- I'll present the numbers from our ward at the next departmental meeting. My supervisor, Prof. Khattak, wants an audit.

"Nasha" covers so many things in our language. I want to be more precise in mine.
`,
  },
  {
    id: "pk-gibbs-003",
    setting: "psychosocial rehabilitation",
    role: "clinical psychologist",
    text: `
Description. ⟦NAME|Saima Baji⟧ has lived at ⟦FACILITY_ROOM|Fountain House, Lahore, women's hostel room 11⟧ for nine years. Her brother's number, ⟦PHONE|0300 555 1842⟧, is on every form and has not been answered since his wife objected to her visiting.

Feelings. Sadness, then anger on her behalf.

Evaluation. Clinically she is stable on clozapine 300 mg, with ANC monitoring every month. She runs the sewing unit. The barrier to discharge is not illness; it is family.

Analysis. Rehabilitation in Pakistan often ends at the hostel door, because women with serious mental illness have nowhere to go. Her brother loves her, I think, but fears the gossip.

Conclusion. The family is the real discharge target.

Action plan. A family meeting through the social worker, Ms. Rukhsana, with an offer of day visits first; and I'll raise the need for supported housing at our next board meeting.
`,
  },
  {
    id: "pk-free-004",
    setting: "psychiatry teaching",
    role: "medical student",
    text: `
Fourth-year psychiatry rotation, Rawalpindi. My first impression was how many patients came with "gas" — bloating, burning, heaviness in the chest — and left with a diagnosis of depression. Somatic presentation isn't "fake"; it's the language of distress people have.

Our assistant professor, Dr. Sadia, made us ask every patient three questions: sleep, appetite, hope. "Umeed hai?" — is there hope? — got answers I didn't expect. One older man said his hope was his grandson's school fees. Another said he had none.

Things I'm taking away: PHQ-9 in Urdu works, but only if you sit down; the word "pagal" stops every conversation; and families come to every appointment, so you have to include them.
`,
  },
  {
    id: "pk-comment-005",
    setting: "psychosocial rehabilitation",
    role: "psychiatrist",
    text: `
Beautiful piece. May I gently suggest removing the hostel room, the name with "Baji" and the brother's number? Lahore is a small city for families like hers. Supported housing is a real gap; I'd be glad to connect you with people working on it in Islamabad.
`,
  },
  {
    id: "pk-free-006",
    setting: "perinatal mental health",
    role: "psychiatry trainee",
    text: `
Postpartum psychosis on ⟦DATE|14 August⟧, with fireworks outside, in ⟦FACILITY_ROOM|Ward 26, bed 4 at Jinnah Postgraduate Medical Centre⟧. ⟦NAME|Mrs. Nadia Farooqui⟧ (MR# ⟦ID|JPMC-23-0049218⟧) was convinced the fireworks were aimed at her baby. Her husband, ⟦NAME|Asif⟧, stood by the bed holding the baby like a bag of groceries, terrified of both of them.

Haloperidol for the night, then olanzapine; her mother arrived from Hyderabad by morning and took over the baby's feeds. By day five she was asking about breastfeeding and whether the medicine would "go into the milk".

What I noticed: everyone, including me, talked to the husband and mother first. She was the patient. Next time I will speak to her first, every round, even when she is psychotic, and explain.
`,
  },
  {
    id: "pk-what-007",
    setting: "suicide prevention",
    role: "psychiatry resident",
    text: `
What? A 19-year-old woman presented after ingesting aluminium phosphide (wheat pill) tablets. She survived after days in ICU. When the police arrived to register a case under the old penal code, the family asked us to write "accidental".

So what? Pakistan decriminalised attempted suicide in 2022, but the police, and many families, still act as if it is a crime. Our documentation matters: it can protect a young woman from shame or expose her to it.

Now what? We now write the truth and a clear note that suicide attempt is no longer an offence. We give families the contact of our psychiatry OPD and a crisis helpline. And I have asked our consultant, Dr. Hamid, for a teaching session on the 2022 amendment for the emergency team.

The pill is cheap and lethal. Restricting it would save more lives than all our clinics combined.
`,
  },
  {
    id: "pk-free-008",
    setting: "old age psychiatry",
    role: "geriatric psychiatrist",
    text: `
Home visit in Lahore for ⟦NAME|Zubaida Begum⟧ — Bi Jan to the whole family — ⟦AGE|ninety-three years old⟧, who has not recognised her son for a year but still recites the Quran perfectly. The family address is on her file as ⟦ADDRESS|House 41-B, Street 7, Gulberg III, Lahore 54660⟧, which is also where her son runs his clinic — he is a doctor himself.

Her son wants everything done: tube feeding, admission, "the best". I spoke with him as a colleague and as a son. Dementia at this stage is about comfort, not cure. We agreed on no tube, thickened fluids, and a home nurse for the nights.

Doctors are the hardest family members. They know enough to be afraid, and not enough (about their own mother) to be calm.
`,
  },
];
