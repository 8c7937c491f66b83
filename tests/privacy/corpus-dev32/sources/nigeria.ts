import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "stroke rehabilitation",
    role: "physiotherapy intern",
    text: `
Handover, Saturday morning, written up later for my logbook:

- ⟦NAME|Mama Titi⟧ (⟦NAME|Mrs Titilayo Bankole⟧), ⟦FACILITY_ROOM|Female Medical Ward bed 14 at LUTH⟧, right hemiplegia, day 10 post ischaemic stroke. Sitting balance fair, standing with two. NIN on the folder: ⟦ID|48217390516⟧ (NHIA enrolment pending).
- Daughter ⟦NAME|Funmi⟧ wants to take her to a "bone-setter" in Ijebu when discharged.
- Shoulder subluxation on the right; sling on in sitting only.

Reflection: the handover is a list, and the list hides the real issue. ⟦NAME|Mama Titi⟧'s family trust traditional practitioners more than us, and for a reason: they have seen people go home from our ward in a wheelchair and never walk. They have also seen their pastor's wife walk after going to the bone-setter.

Instead of telling ⟦NAME|Funmi⟧ she was wrong, my supervisor, Mr. Adewale, asked what the bone-setter does. Massage, herbal oils, exercises. He said we could agree on the exercises and ask that nobody pulls the shoulder. ⟦NAME|Funmi⟧ looked relieved to be taken seriously.

I am learning that rehabilitation in Nigeria happens mostly outside hospitals, and if we don't work with that, we are treating ten days out of a lifetime.
`,
  },
  {
    id: "ng-what-002",
    setting: "community-based rehabilitation",
    role: "physiotherapist",
    text: `
**What?** I joined a community-based rehabilitation outreach in rural Kano State with a team of two physios and a CBR worker, Malam Sani, who speaks Hausa and Fulfulde and knows every compound in the area. We saw children with cerebral palsy, a man with a spinal injury from a fall off a tree, and several adults with post-polio paralysis.

**So what?** The polio survivors were the ones who moved me. They are in their thirties and forties now, walking on their hands or with callipers from the 1990s that have been repaired with wire. They are mostly traders, and their union is a better support network than anything we could offer. One man said "Allah ya kiyaye" when I asked about his callipers and then told me exactly what was wrong with them.

**Now what?** The clinic has no orthotist. I am learning basic calliper repair from a local welder that Malam Sani introduced, and writing up a simple referral route to the nearest orthopaedic workshop. I also want to connect the programme with the disabled persons' organisations in Kano, because the people already know what they need. We just need to listen and bring parts.
`,
  },
  {
    id: "ng-free-003",
    setting: "amputee rehabilitation",
    role: "orthopaedic resident",
    text: `
⟦NAME|Emeka⟧ is an okada rider who lost his right leg above the knee after a trailer crushed his bike, plate ⟦OTHER|KTU 482 QA⟧, on the Lagos–Ibadan expressway. He came to our amputee clinic for his first prosthetic review four months later.

He had already gone back to work. His brother had welded a peg leg from the bike's old frame and he was riding with it strapped on, using his left foot for the gear and brake. I was horrified, then impressed, then horrified again.

The prosthetist explained the risks: skin breakdown, falls, a poorly aligned socket damaging his hip. ⟦NAME|Emeka⟧ explained his risks: rent, school fees for three children, no income otherwise. We talked about a proper prosthesis and he asked how much. The answer was more than a year's income.

He left his number, ⟦PHONE|0803 555 0147⟧, in case any NGO had a funded limb. I passed it to our social worker, Mrs. Olatunji, who found a church-funded programme.

What I'm learning: a prosthesis is not a treatment if it can't be afforded, and my horror at the peg leg was a privileged reaction.
`,
  },
  {
    id: "ng-gibbs-004",
    setting: "spinal cord injury rehabilitation",
    role: "nurse",
    text: `
**Description.** On our orthopaedic ward we had a young man with a T10 complete spinal cord injury who developed a grade 4 sacral pressure ulcer within a month. There was one ripple mattress for thirty beds and it was in use.

**Feelings.** Shame, mostly, and anger that I was blamed by the family when there were two nurses for thirty patients on nights.

**Evaluation.** We turned him when we could. We did not have a written turning chart and we did not involve his family, who were at the bedside constantly and could have turned him every two hours with one demonstration.

**Analysis.** Nigerian studies report very high pressure ulcer rates in spinal injury patients, and the common factors are staffing and equipment. But family involvement is a resource we have that many countries don't. Families here sleep on the ward. We use them for food and drugs, not for care.

**Conclusion.** I can't fix staffing. I can teach a family to turn a patient.

**Action plan.** With Sister Ngozi, our unit manager, I have made a picture-based turning chart with a clock face and a pillow guide, and we now teach the relative on day one. Next I want to audit ulcer rates before and after.
`,
  },
  {
    id: "ng-comment-005",
    setting: "stroke rehabilitation",
    role: "consultant physiotherapist",
    text: `
Well reflected. Working with traditional practitioners is the future for us, not a compromise. But please take out the bed number, the hospital and that NIN before you share this on the department page. The list format is useful for learning, the identifiers are not. A pseudonym and "a teaching hospital in Lagos" would be enough.
`,
  },
  {
    id: "ng-free-006",
    setting: "cerebral palsy clinic",
    role: "paediatric resident",
    text: `
There is a boy in our cerebral palsy clinic whose mother brings him on her back every month from ⟦ADDRESS|14 Adeola Odutola Street, Ijebu-Ode⟧, two buses and a long walk. His name is ⟦NAME|Chidera⟧ and he was born on ⟦DATE|Christmas Eve⟧ during the doctors' strike, with no one to resuscitate him properly. Birth asphyxia, now spastic quadriplegia.

His mother told me that in her church some people say he is an ogbanje, a spirit child, and that she should stop spending money on him. She keeps coming anyway.

What we can offer is small: positioning advice, a referral for a seating system we don't have, anticonvulsants, and nutrition review because he is losing weight. Feeding takes her an hour a meal. We taught her to thicken his pap and sit him more upright, and to recognise when he is tired of eating.

I keep thinking about the strike. I don't blame the doctors; conditions were terrible. But ⟦NAME|Chidera⟧ is what a health system failure looks like fifteen years later.

I want to learn more about the Hammersmith neonatal exam and early detection, because early intervention is cheap and we almost never do it.
`,
  },
  {
    id: "ng-free-007",
    setting: "spinal cord injury rehabilitation",
    role: "occupational therapist",
    text: `
Our spinal unit has had a famous patient this term, in the sense that half of Enugu seems to know her: ⟦OTHER|the only female vulcaniser at Ogbete main market⟧, who fell from a lorry while fixing a tyre and now has an L1 incomplete injury. She refers to herself as "Madam Tyre" and so do the other patients.

She is determined to get back to work, and my job has been to figure out whether she can. Vulcanising is heavy work: lifting wheels, pumping, squatting. We did a job analysis together, with her describing each task and me timing them on a stopwatch. Some tasks she can do seated with a lower work bench. Others her apprentices can take. She is the boss and she's going to run it from a chair.

This is the best vocational rehab I've done, mainly because she had already worked out most of it before I arrived. I was mostly there to add pressure relief breaks and a proper cushion.

I want to write this up as a case study for our department teaching, but now I see how identifiable she'd be from that one phrase, so I'll describe the work, not the market.
`,
  },
  {
    id: "ng-what-008",
    setting: "learning disability services",
    role: "psychiatry resident",
    text: `
**What?** In our child and adolescent psychiatry clinic in Ibadan, a father brought his fourteen-year-old son with a moderate intellectual disability and epilepsy because the boy had been chained at a prayer camp for three weeks "to drive out the problem". He had wounds on both ankles.

**So what?** I was angry, and my anger was no use to anyone. The father had tried the hospital years earlier, been told there was no cure and given carbamazepine that made the boy drowsy. The prayer camp promised a cure. My consultant, Dr. Oyebode, did not lecture him. She asked what he hoped for, and he said he just wanted his son to be able to stay at home safely.

**Now what?** We adjusted the antiepileptic to levetiracetam 250 mg twice daily and made a safety plan for home. We referred to a special school and a parent support group. I have read the Discrimination Against Persons with Disabilities (Prohibition) Act 2018 and want to learn how it is being enforced. Mostly I want to remember that the question is not "why did you go there" but "what were you not getting here".
`,
  },
  {
    id: "ng-comment-009",
    setting: "amputee rehabilitation",
    role: "medical student",
    text: `
Sir, I think I met him at the junction near our hostel last week! Okada man with the welded leg, calls himself "⟦NAME|One Leg Emeka⟧", always parks under the mango tree opposite ⟦LOCATION|Mama Put's canteen at Sango⟧. He is such a character. Did the church programme ever get him a proper limb?
`,
  },
];
