import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "spinal cord injury rehabilitation",
    role: "rehabilitation medicine trainee",
    text: `
I have been helping patients with Pakistan Bait-ul-Mal applications for wheelchairs and I need to write down how I nearly got it wrong.

⟦NAME|Muhammad Aslam⟧, a 38-year-old electrician, fell from a transformer pole and has a C7 incomplete injury. He needs a lightweight rigid-frame wheelchair and a pressure-relieving cushion; the standard hospital chairs weigh twenty kilos and give pressure sores in a month. His CNIC is ⟦ID|35202-4718263-7⟧ and the application also wanted his father's, which his brother brought on a crumpled photocopy.

I filled everything in and then photographed the completed form on my phone "for records". It was in my gallery next to my cousin's wedding pictures for a week before I realised. I have deleted it and asked our admin office how they store these forms. They keep them in a steel cupboard that does not lock.

What I learned: we talk a lot about confidentiality in the ward and very little about paperwork, which is where most identifiers actually live. And a wheelchair application can take longer than the whole rehab admission.

Dr. Saima, our consultant, has asked me to draft a simple SOP for the department. I am starting with a lock for the cupboard.
`,
  },
  {
    id: "pk-what-002",
    setting: "cerebral palsy clinic",
    role: "physiotherapist",
    text: `
**What?** In our cerebral palsy clinic in Peshawar, a mother told me she had stopped her son's home exercises because her mother-in-law said the disability was a test from Allah and exercises were interfering. She still came to clinic every week because she wanted him to get better.

**So what?** I had been treating adherence as a knowledge problem. It was a family power problem. The mother had no authority in the house to do something the elder disapproved of, and nobody in our clinic had ever invited the grandmother. Our senior, Dr. Sana, said this is common and that the grandmother is often the key, not the obstacle.

**Now what?** Next week we invited the grandmother. I explained the exercises in Pashto through our attendant, Gul bibi, and framed stretching as the care any mother would give, not as a cure. The grandmother asked to be shown how. She did the hamstring stretches herself, very gently, and said "zama zoya" to the boy. I am now asking at the first visit: who makes decisions about the child at home, and can they come?
`,
  },
  {
    id: "pk-free-003",
    setting: "amputee prosthetics",
    role: "prosthetist",
    text: `
⟦NAME|Gul Zaman⟧ came down to us in Peshawar from ⟦LOCATION|the hamlet above Malam Jabba road, the one with the green mosque by the cable bridge⟧, after a landmine took his left leg above the knee while he was collecting firewood. He is sixteen, and in his village he is now "⟦OTHER|the boy from the cable bridge with the plastic leg⟧", which is how his cousin introduced him to me.

He had been fitted years ago, as a child, and had outgrown that limb. His uncle called me from ⟦PHONE|0345 5550193⟧ to ask if we could fit him again for free. We could, through an ICRC-supported programme, but only if he stayed in the city for three weeks of gait training. That meant missing school, the harvest and his sister's engagement.

We compromised: casting and a check socket in week one, definitive fitting in week two, and a home programme with a visit by our outreach physio later. He left walking with a four-bar knee and a stick.

I keep thinking about how rehabilitation time competes with everything else in a teenager's life, and how clinic schedules are built around clinicians, not patients.
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "stroke rehabilitation",
    role: "house officer",
    text: `
**Description.** During my medicine rotation in Lahore, a man with a right MCA stroke was discharged after five days with a plan for "physiotherapy at home". There was no referral, no physiotherapist and no written plan.

**Feelings.** I felt complicit. I wrote the discharge summary.

**Evaluation.** The acute care was good: CT within an hour, aspirin, statin, swallowing screen. Everything after day five was absent. His son asked me what exercises to do and I didn't know.

**Analysis.** Pakistan has very few stroke rehabilitation units, and most of the work falls on families with no training. There are good WHO resources and some Urdu-language videos by Pakistani physiotherapists, but we didn't have any to hand. Our teaching focuses on tPA eligibility and not on what happens at home.

**Conclusion.** A discharge summary that says "physio at home" without saying how is a wish, not a plan.

**Action plan.** I have collected three short Urdu videos on positioning, transfers and shoulder protection, checked by our department physiotherapist, Asma, and I now give families the links on a printed card. I also want to propose a stroke discharge checklist at our next departmental meeting.
`,
  },
  {
    id: "pk-comment-005",
    setting: "spinal cord injury rehabilitation",
    role: "nurse",
    text: `
Bhai, your SOP idea is excellent, but be careful: your description is enough for us. Electrician, fell from a pole, C7 — everyone on our floor knows that's ⟦NAME|Aslam sahib⟧ in ⟦FACILITY_ROOM|bed 11 of the male rehab ward at Ghurki⟧. Please make it more general before the whole WhatsApp group reads it.
`,
  },
  {
    id: "pk-free-006",
    setting: "stroke rehabilitation",
    role: "occupational therapist",
    text: `
Amma ji — ⟦NAME|Begum Naseem Akhtar⟧ — had her stroke on ⟦DATE|the third day of Eid ul Azha⟧, in the middle of the qurbani, and her family brought her to ⟦FACILITY_ROOM|Neuro ward 2, bed 14, Mayo Hospital⟧ the next morning. Her MR number, ⟦ID|MR-2024-118734⟧, is written on the back of my hand in biro from when I was doing the ward round; I am writing this with it still there.

She has a left hemiplegia and is right-handed, which meant she could still feed herself, and she refused to let her daughters-in-law do it. That refusal was my therapy plan. We worked on one-handed techniques: a plate guard, a non-slip mat, opening a jar between her knees. She taught me that a chapati can be torn one-handed if you anchor it with your wrist.

What I struggled with: the family wanted her to rest. Rest is respect, for an elder. Every time I got her sitting on the edge of the bed someone would lay her down again.

Our head of department, Ms. Rubina, suggested I ask Amma ji to explain to her family why she wanted to sit up. She did, loudly, and they listened to her far more than to me.
`,
  },
  {
    id: "pk-what-007",
    setting: "learning disability services",
    role: "clinical psychologist trainee",
    text: `
**What?** A school for children with intellectual disability in Rawalpindi asked our department to do IQ testing for thirty children so they could be "categorised". I did four of them this week under supervision. One girl scored an IQ of 52 on the test but ran the class tuck shop with perfect change-giving.

**So what?** The test measured what the test measures. It did not measure her adaptive functioning, which the DSM-5 definition of intellectual disability puts at the centre. Categorising children by IQ alone would put her in a group doing colour-matching when she is ready for vocational training. My supervisor, Dr. Hina, reminded me that the Vineland scales exist for exactly this reason, although we have no validated Urdu version.

**Now what?** We have proposed to the school that every child gets an adaptive behaviour interview with their teacher and a parent, not just an IQ score. I am also reading about the Special Education policy in Punjab. And I will remember the tuck shop.
`,
  },
  {
    id: "pk-free-008",
    setting: "autism services",
    role: "speech and language therapist",
    text: `
A parent-training reflection, with one regret.

For the parent training course at our centre I set up a WhatsApp group for the six families so they could share videos of home practice. One mother, very proud, renamed the group "⟦OTHER|Ayaan's Speech Squad – Gulberg III⟧" and added her husband, both grandmothers and her sister in Dubai. Then she shared the group's invite link on her Facebook page. And the father, helpfully, emailed me the session videos from ⟦EMAIL|ayaan.abbu.2019@example.com⟧.

Within a week, people I had never met were in a group containing videos of five other autistic children. I had to close it and start again with settings locked, admin-only invites, and a written agreement about sharing.

The clinical side went well. The parents learned to wait, to imitate their children's sounds, to offer choices with real objects. ⟦NAME|Ayaan⟧ said "paani" for the first time to ask for water, not as echolalia, and his mother cried in the session.

My learning is about tools. WhatsApp is how families here communicate, and it is also a broadcast system. I should have thought of that before I pressed create.
`,
  },
  {
    id: "pk-free-009",
    setting: "community-based rehabilitation",
    role: "medical student",
    text: `
During our community medicine rotation we visited a CBR programme run by a small NGO in a district of southern Punjab, and I want to write about the local fabricators.

The programme trains village carpenters and welders to make simple assistive devices: standing frames from wood, corner seats for children with cerebral palsy, walking frames from steel pipe, even a tricycle from bicycle parts. The physiotherapist, Mr. Imran, visits monthly to check fit. A corner seat that would cost Rs 40,000 imported costs Rs 3,500 here.

I had assumed appropriate technology meant second-best. It doesn't. The local seat fits the family's house, can be repaired by the man who made it, and does not look foreign or frightening to the neighbours. The imported chair we saw in one house was sitting in a corner under a pile of quilts because one wheel had broken and no one knew where to get a new one.

I want to study this more. There is a WHO priority assistive products list, and I am curious how many of those products could be made locally in Pakistan. Maybe that is a research project for my final year.
`,
  },
];
