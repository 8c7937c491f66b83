import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: surgical registrars, rural generalists, theatre and ward nurses, students on surgical terms. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "rural general surgery retrieval",
    role: "rural generalist registrar",
    text: `Rural generalist term, surgery. I am writing this the morning after my first solo appendicectomy decision at a small hospital with one theatre, which is the whole point of the training and still terrifying.

The patient was ⟦NAME|Jarrah Williams⟧, 19, a shearer from a station out past ⟦LOCATION|Wilcannia⟧, Medicare ⟦ID|${medicare("2951 8402", 3)}⟧. He drove himself two hundred kilometres with a perforated appendix because his boss needed the ute back by Friday. He was admitted to ⟦FACILITY_ROOM|Broken Hill Base Hospital, bed 9 on the surgical ward⟧ at 10 pm on ⟦DATE|Wednesday 19 March⟧.

The RFDS was grounded for weather. My supervisor, Dr. Catherine O'Loughlin, was on the phone from Adelaide and talked me through the decision, not the operation; the operation was done by our resident GP-surgeon, Dr. Ng, who has done hundreds. My job was to decide: operate here or wait for retrieval. We operated.

It went fine. What I am reflecting on is the feeling of deciding with incomplete information, miles from a CT scanner, at night, with a patient who says "I'll be right" and means it. The ACRRM curriculum calls it "managing uncertainty". I call it feeling sick.

He rang the ward from ⟦PHONE|0491 570 236⟧ three days after discharge to say thanks and that the ute was fine.`,
  },
  {
    id: "au-what-002",
    setting: "theatre time-out",
    role: "scrub nurse",
    text: `What? A wrong-side near miss on a knee arthroscopy list in Brisbane. The consent said left, the booking said right, the patient said left. The surgeon had marked the left. The theatre list, which is what the team looks at first, said right. I only noticed because I was reading the list out loud during the time-out, which our nurse unit manager insists on even when people roll their eyes.

So what? The Australian Commission on Safety and Quality in Health Care lists wrong-site surgery as a sentinel event. The 2018 ACSQHC sentinel events list makes it clear that these are events that "should never happen". But they happen because of the small inconsistencies that add up: a typing error in a booking office, a list printed the night before.

I was nervous saying "Can we stop, the list says right." Dr. Hamish Buchanan, who is known for being short with nurses, said "Good pick-up" and checked the consent himself. I was relieved and a bit stunned.

Now what? I've reported it through RiskMan. The booking office is changing the template so that side is pulled from the consent, not typed. And I will keep reading the list out loud, even on the days when the room rolls its eyes.`,
  },
  {
    id: "au-gibbs-003",
    setting: "ENT Aboriginal ear health outreach",
    role: "ENT registrar",
    text: `Description: ENT outreach clinic at the community health centre in ⟦LOCATION|Yuendumu⟧ with the Aboriginal health workers. We saw 31 children in two days. One of them, ⟦NAME|Kaylene⟧, aged 7, had bilateral chronic suppurative otitis media and a hearing loss that her teacher had mistaken for "not listening". Her nana, ⟦NAME|Mrs. Dorothy Nampijinpa⟧, had been told by three different visiting doctors that she was on a waiting list for grommets.

Feelings: frustration, mostly at the system.

Evaluation: the Aboriginal health worker, Sharon, knew every family and every child and did the actual work of getting them to clinic. We did the microscopy, the audiology and the paperwork.

Analysis: Aboriginal children in remote communities have some of the highest rates of CSOM in the world. The 2020 Otitis Media Guidelines for Aboriginal and Torres Strait Islander Children are clear. What they cannot fix is the wait.

Conclusion: ⟦NAME|Kaylene⟧ was put on the list for Alice Springs again. I wrote the referral in plain language and I rang the booking clerk from the clinic phone.

Action plan: I'm going to track her referral myself and ask our department to audit remote ENT waits. Sharon told me that most visiting doctors "come once, write a lot, and never come back". I would like to be the exception.`,
  },
  {
    id: "au-free-004",
    setting: "orthopaedic surgery term",
    role: "medical student",
    text: `Ortho term, week four, and I'm finally not scared of the plaster room. Our registrar, Dr. Priyanka Desai, taught me to do a below-knee backslab on Monday and I have done six since. The trick is to wet the plaster less than you think and to mould around the malleoli with your palms, not your fingers.

This week we had the usual spread: a scaphoid fracture from a skateboarder, two hip fractures, a distal radius that needed K-wires, a septic arthritis in a 54-year-old with diabetes, and a Maisonneuve fracture that the ED had called a simple ankle sprain. The Ottawa ankle rules would have caught it, but you still have to examine up to the knee.

What I'm reflecting on is how much of orthopaedics is about function and expectation. The man with the Maisonneuve fracture was a tiler. His first question was not "will it heal" but "can I kneel by June". Dr. Desai answered honestly: probably, but not without a good physio.

I have also been reading about Sir Robert Jones and Hugh Owen Thomas for a history essay and it is strange how many of the splints we use are still named after people who died a hundred years ago. The Thomas splint is still in our ED cupboard.`,
  },
  {
    id: "au-comment-005",
    setting: "peer comment",
    role: "nurse unit manager",
    text: `Great reflection. Reading the list aloud is exactly why we insist on it. I have passed your RiskMan report to the booking office manager and the template change goes live next month. Please present this at the theatre in-service in a couple of weeks — the new grads need to hear that speaking up gets a "good pick-up", not a telling-off. — Megan`,
  },
  {
    id: "au-free-006",
    setting: "plastic surgery skin cancer",
    role: "plastic surgery registrar",
    text: `Skin cancer clinic, Gold Coast. If you want to understand Australian surgery, come to one of these. Sixty patients in a morning, mostly men over seventy who worked outdoors all their lives.

One stood out. ⟦NAME|Mr. Reginald "Reg" Thornton⟧, ⟦AGE|94⟧, a retired cane farmer, came with a large SCC on his scalp that he had been covering with a hat for two years. His daughter ⟦NAME|Leanne⟧ brought him in and gave me her mobile, ⟦PHONE|0491 570 118⟧, because he would not answer his. He lives alone at ⟦ADDRESS|14 Bauhinia Court, Nerang QLD 4211⟧ and was adamant he did not want a general anaesthetic.

We did a wide local excision and a split-skin graft under local anaesthesia, with a lot of lignocaine and a lot of talking. He told me about the 1974 floods and about cutting cane by hand. The histology came back as a well-differentiated SCC with clear margins.

What I'm taking from this: patients in their nineties often have the clearest ideas about what they want. My job is to make the operation fit the person, not the other way around. The graft took. He sent a thank-you card with a drawing of a hat.`,
  },
  {
    id: "au-what-007",
    setting: "anaesthesia paediatric emergence",
    role: "anaesthetic registrar",
    text: `What: a four-year-old having a dental GA in a day surgery unit in Perth woke up screaming, thrashing and inconsolable for twenty minutes. Classic emergence delirium. His dad was brought into recovery and the child did not recognise him, which was terrifying for the father.

So what: emergence delirium is common after sevoflurane in preschool children; estimates run from 10% to 80% depending on the definition. The PAED scale helps us score it. I had given fentanyl 1 microgram/kg intra-op, and my consultant, Dr. Tomasz Kowalski, suggested that dexmedetomidine at the end of the case might have helped. I had been nervous about using it because I had only seen it in ICU.

I was also struck by how little we prepare parents. We tell them about nausea and a sore throat. We never tell them their child might not recognise them for a few minutes.

Now what: I've written a paragraph for our pre-op information sheet about emergence delirium and run it past the nurse unit manager. Next time I will consider propofol at the end or dexmedetomidine, and I'll warn the parent before they come into recovery. I'll also read the 2018 Anaesthesia review my consultant sent me, which I have been avoiding because it is 14 pages long.`,
  },
  {
    id: "au-free-008",
    setting: "urology artificial sphincter",
    role: "urology nurse",
    text: `Urology continence clinic. ⟦NAME|Mr. Barry Kettering⟧ came back for his six-week activation of an artificial urinary sphincter after radical prostatectomy. He had been using a pad count of six a day for a year and a half and had stopped going to his grandkids' footy games.

The device, serial ⟦DEVICE|AMS800-31947-K⟧, had been put in at ⟦FACILITY_ROOM|St Vincent's Private, Darlinghurst⟧ on ⟦DATE|3 February⟧. Activation is a small ritual: you find the pump in the scrotum, you squeeze to cycle it, and you teach the patient to do it himself. He got it on the third try. His wife ⟦NAME|Maureen⟧ laughed and said she'd been doing it for him in her head for weeks.

I love these appointments because the change is so immediate. The pad count at his next visit was zero. He went to a game.

What I'm reflecting on: continence after prostate surgery is treated as a minor complication in the textbooks, but for the men who have it, it shapes everything. Our urologist, Dr. Chen, says it is the outcome men ask him about most, and yet it barely appears in consent conversations. I want to talk to the registrars about how we discuss it before surgery, and I'm going to start keeping a proper log of our activation outcomes.`,
  },
  {
    id: "au-free-009",
    setting: "general surgery morbidity meeting",
    role: "surgical registrar",
    text: `M&M this morning. I presented a bile leak after a laparoscopic cholecystectomy. Duct of Luschka, identified on HIDA scan on day three, managed with ERCP and a stent. The patient is fine. I was not, for about a week.

The discussion was useful. Professor Harrington asked whether the critical view of safety had been documented. It had: two structures entering the gallbladder, hepatocystic triangle cleared, lower third of the gallbladder off the liver bed. Strasberg described it in 1995 and it is still the single most important thing in lap choles. The leak was from an accessory duct that the CVS does not protect against.

What I'm reflecting on is the feeling afterwards. I replayed the case in my head for days. I had done 150 lap choles. I kept going back to the video.

A consultant, Dr. Jane Mitchell, took me for coffee and told me about her first bile duct injury in 2003, a real one, a Strasberg E2, and how she nearly left surgery. She said the surgeons who don't feel it are the ones to worry about.

I also realised that the RACS "Operating with Respect" module talks about how we treat each other, but not much about how we treat ourselves after a complication. I'm going to suggest a second-victim peer support session for the registrars.`,
  },
];
