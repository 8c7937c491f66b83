import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const RAMESH_AADHAAR = aadhaar("4829 1736 205");

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "prosthetics camp",
    role: "prosthetics and orthotics intern",
    text: `
Limb camp, day two. We fitted forty-one Jaipur feet today and I want to write about one of them before I forget the details.

⟦NAME|Ramesh Meena⟧, a goatherd from ⟦LOCATION|Dhani Kalan near Dausa⟧, lost his right leg below the knee after a snakebite wound went septic. He had walked to the bus on a bamboo crutch he made himself, with a rubber slipper nailed to the bottom. He wanted the new foot to be able to squat, sit cross-legged at the chulha and go barefoot in the fields, which is exactly what the Jaipur foot was designed for and exactly what the imported feet in our city clinic cannot do.

For the UDID disability card his son had photocopied the Aadhaar, ${"⟦ID|"}${RAMESH_AADHAAR}${"⟧"}, and I wrote it in my camp register and then, stupidly, in my personal logbook too.

Bhaisahab took his first steps in the parallel bars with a grin that needed no translation. Then he asked, very seriously, whether he could wear it in the monsoon. Yes, I said, it is rubber and wood. He said "accha, then it is better than my old leg, that one got fungus."

Our in-charge, Sharma sir, says the camp's real outcome is measured six months later when we check who is still wearing the limb. I want to go back for that.
`,
  },
  {
    id: "in-what-002",
    setting: "community-based rehabilitation",
    role: "physiotherapist",
    text: `
**What?** I spent a month with a community-based rehabilitation programme in rural Tamil Nadu, visiting children and adults with disabilities at home with the CBR worker, Selvi akka, who has done this job for fourteen years on a bicycle.

**So what?** I came in thinking my job was exercise. Most of what Selvi akka does is not therapy but access: helping families get the UDID card, the disability pension, a bus pass, a seat in the government school's resource room. The Rights of Persons with Disabilities Act, 2016 gives people entitlements on paper, and she makes them real one form at a time. When I did hands-on work, it was teaching a mother to position her son with cerebral palsy for feeding using a rolled towel and a low stool, not anything from my MPT syllabus.

**Now what?** I am rethinking what I count as a good outcome. I want to read the WHO CBR guidelines (2010) properly, and I have started learning enough Tamil to say "romba nalla irukku" and mean it when a child sits up by herself. When I go back to the city hospital I will ask every discharged patient what they need to get to the bus stop, not just to the bathroom.
`,
  },
  {
    id: "in-free-003",
    setting: "spinal injury ward",
    role: "PMR resident",
    text: `
Night duty reflection.

⟦FACILITY_ROOM|Bed 9 on the spinal ward at CMC Vellore⟧ is ⟦NAME|Thangaraj⟧, a mason who fell from scaffolding at a temple construction site. T12 fracture, incomplete. He was shifted to us on ⟦DATE|the second day of Pongal⟧ and his wife ⟦NAME|Muthulakshmi⟧ has been sleeping on a mat under his cot since then.

At 2am she woke me because he was sweating and had a headache. T12 is below the level where we usually worry about autonomic dysreflexia, so I nearly reassured her and went back. Then I checked: his catheter was blocked and his bladder was huge. Dysreflexia it wasn't, but a blocked catheter is a blocked catheter. I flushed it, 900 mL drained, and he slept.

She gave me her mobile, ⟦PHONE|+91 98555 01734⟧, in case "sir needs to tell me anything at night". I said the sister would call her. She said, "sister is sleeping, you are not."

Learning: the family often knows first. And residents are not the only ones on night duty; on a spinal ward, the wives are.
`,
  },
  {
    id: "in-gibbs-004",
    setting: "stroke dysphagia",
    role: "speech-language pathology student",
    text: `
**Description.** A man in his sixties with a brainstem stroke, on a nasogastric tube for three weeks, asked me at every session when he could eat his wife's rasam again. My supervisor, Ms. Nair, had scheduled a videofluoroscopy.

**Feelings.** I wanted badly to say "soon". I also knew his cough was weak and his laryngeal elevation poor on the bedside assessment.

**Evaluation.** The VFSS showed silent aspiration on thin liquids but safe swallowing of thickened, IDDSI level 3. We started therapeutic trials. What went well was involving his wife in preparing thickened rasam with a commercial thickener. What went badly was that I hadn't checked the cost of the thickener, which was beyond the family's budget.

**Analysis.** I read about locally available thickeners: ragi kanji and rice porridge at measured consistencies have been used in Indian dysphagia practice, though testing with the IDDSI flow test is essential. I had assumed the Western product was the only safe option.

**Conclusion.** A safe swallow plan the family can't afford is not a safe plan.

**Action plan.** Learn the IDDSI flow test with local foods, and ask about costs at the first session, not the fifth.
`,
  },
  {
    id: "in-comment-005",
    setting: "prosthetics camp",
    role: "senior prosthetist",
    text: `
Good learning, beta, but two things. First, your logbook photo is still on the camp WhatsApp and the Aadhaar is clearly visible: ${"⟦ID|"}${RAMESH_AADHAAR}${"⟧"}. Delete it today. Second, please change the village name in the post. Everybody in that district knows there is only one goatherd there with a Jaipur foot.
`,
  },
  {
    id: "in-free-006",
    setting: "cerebral palsy early intervention",
    role: "paediatric physiotherapist",
    text: `
⟦NAME|Baby Chinnu⟧ — her grandmother's name for her, and the name on every one of her clinic cards — was born at 29 weeks on the morning of ⟦DATE|Vishu⟧, and her grandmother still calls her "the Vishukkani that came too early".

She is now two, with spastic diplegia, and comes to our early intervention clinic every Tuesday from ⟦ADDRESS|Kainakary, Kuttanad, PIN 688501⟧ — a three-hour journey by boat and two buses. This week her mother, ⟦NAME|Sindhu⟧, asked if we could do sessions on video instead during the monsoon, when the boat does not run.

We tried it. I asked ⟦NAME|Sindhu⟧ to prop the phone against a steel tumbler and show me ⟦NAME|Chinnu⟧'s sitting posture. The picture was poor and the sound kept dropping. But I could see enough to change the position of the roll under her knees, and ⟦NAME|Sindhu⟧ did the rest.

Teletherapy is not ideal for hands-on handling. But a family that cannot reach us for four months loses more than the session. I have asked our HOD, Dr. Mathew, whether we can make a short Malayalam video for parents on home positioning.
`,
  },
  {
    id: "in-what-007",
    setting: "autism therapy centre",
    role: "occupational therapist",
    text: `
**What?** At the autism centre where I work in Mumbai, a father asked me whether sensory integration therapy would "cure" his son. I said no, and then spent twenty minutes trying to explain what it could do.

**So what?** The honest answer is that the evidence for classic sensory integration therapy is mixed, and what we do better is help families understand their child's sensory profile and adapt routines. But families here are sold a lot of promises: stem cell clinics, special diets, chelation. I realised my "no" sounded like the first step of a sales pitch for something else. He had read about Temple Grandin's squeeze machine and wanted one.

**Now what?** I have started using the Sensory Profile 2 with parents as a shared tool rather than a test I interpret for them. My supervisor, Farzana ma'am, suggested I write a one-page handout in Hindi and Marathi on what therapy can and cannot do, and list the questions parents should ask any clinic. I also want to learn more from autistic adults' writing, because every conversation I have is about children and never with the adults they become.
`,
  },
  {
    id: "in-free-008",
    setting: "amputee rehabilitation",
    role: "medical student",
    text: `
Our PMR posting included a lecture by a senior prosthetist on stigma, and I have been thinking about it for a week.

He showed a slide of Arunima Sinha summiting Everest with a prosthetic leg and said, "This is inspiring, and it is also a problem." His point was that most amputees in India are not trying to climb mountains. They want to get back to the shop, the field, the kitchen floor, and they are measured against a story of heroism that makes ordinary recovery look like failure.

He also talked about how marriage prospects drive decisions, especially for young women, and why some choose cosmetic covers over a more functional foot. I had not thought about any of that. In our curriculum, amputation is a surgical topic: levels, flaps, stump care. Nobody mentions what happens at the sister's wedding.

I am not sure what to do with this yet, except notice it. When I see a young amputee in OPD now I want to ask what they are hoping for, in their words, before I examine the residual limb.
`,
  },
  {
    id: "in-free-009",
    setting: "traumatic brain injury",
    role: "neurosurgery resident",
    text: `
⟦NAME|Gurpreet Singh⟧ drove his truck, ⟦OTHER|PB 10 HK 4471⟧, into a parked trailer on the Ludhiana bypass at 4am after a twenty-hour shift. Severe TBI, decompressive craniectomy, three weeks in ICU. He is now on our step-down ward, GCS 15, and he does not remember any of it.

What he does remember is that the truck is the family's only income, and that his brother has been driving it without a licence since the accident. He told me this as if it were a medical fact I needed. He also wants his bone flap back before his daughter's wedding in Kartik, because "the turban does not sit right".

This is not the conversation I was trained for. I know the timelines for cranioplasty. I don't know what to say about a family business, a missing licence, and a father who may not be safe to drive for a long time, if ever.

Our unit head, Dr. Bajwa, said just listen today and bring the social worker tomorrow. I did.
`,
  },
  {
    id: "in-comment-010",
    setting: "traumatic brain injury",
    role: "occupational therapist",
    text: `
This is so real. Driving after TBI is the question nobody wants to answer, and most of our patients have no fitness-to-drive pathway at all. A formal driving assessment, a vocational OT referral and a frank talk with the family about income support would be my next steps. Bring OT in early, please!
`,
  },
  {
    id: "in-what-011",
    setting: "leprosy rehabilitation",
    role: "physiotherapist",
    text: `
**What?** I joined the ulcer and footwear clinic at a leprosy rehabilitation centre for a fortnight. ⟦NAME|Lakshmi-amma⟧, who has been coming since the 1990s, had a new plantar ulcer under her microcellular rubber sandal. Her son lives in Dubai and had emailed the centre from ⟦EMAIL|suresh.k.dubai@example.com⟧ asking whether she could have "better" shoes, and attached a photo of expensive trainers.

**So what?** The trainers would have been a disaster for an insensate foot with a clawed hallux. The sandal failed because it had worn through, not because it was the wrong design. Replacing it every six months, which nobody had done, would have prevented the ulcer. Our footwear technician, Ravi anna, makes them by hand on site.

**Now what?** I wrote back to the son (through the centre's account, with her consent) explaining why the sandal is the right choice and asking whether he could support replacement every six months instead. I am now checking wear on every sandal at every visit with a simple thumb test Ravi anna showed me. Stigma keeps many people from coming at all, so the ones who come deserve our best attention to detail.
`,
  },
];
