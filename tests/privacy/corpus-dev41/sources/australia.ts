import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: remote pharmacy, sonography, paramedicine, OT, optometry, radiology, audiology and opioid treatment. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote hospital pharmacy",
    role: "hospital pharmacist",
    text: `
**Description.** I'm a pharmacist at a hospital in Darwin, and a lot of my work is discharge planning for patients going home to remote communities. ⟦NAME|Uncle Reggie⟧, a senior Murrinh-Patha man from ⟦LOCATION|Wadeye⟧, was being discharged after a heart failure admission on seven new medicines. His Medicare number, ${"⟦ID|" + medicare("2953 1187", 2) + "⟧"}, was on the discharge summary, and the clinic there would need it to claim his PBS supply under the Closing the Gap scheme.

**Feelings.** I felt rushed. The plane was leaving at 2 pm and the discharge wasn't finalised until after midday.

**Evaluation.** I got the Webster-pak done and did a quick counselling session through an interpreter over the phone. What went badly was that I didn't check whether the community clinic had sacubitril/valsartan in stock. They didn't, and he went without it for nine days.

**Analysis.** The Aboriginal Liaison Officer, Trish, told me afterwards that remote clinics work off limited imprest lists and that new specialist medicines often get stuck. I had assumed that a script meant supply. It doesn't, out there. I also didn't give ⟦NAME|Uncle Reggie⟧ or his family time to ask questions in their own language.

**Conclusion.** A discharge isn't safe if the medicines can't follow the patient home.

**Action plan.** I now call the remote clinic before discharge for any new medicine, send a week's supply with the patient, and book the interpreter for the counselling session in person rather than by phone.
`,
  },
  {
    id: "au-what-002",
    setting: "obstetric ultrasound",
    role: "sonographer",
    text: `
**What?** I was scanning a woman in her late twenties at an early pregnancy assessment clinic in Brisbane. Her beta-hCG was 1,900 IU/L, above the discriminatory zone, but I couldn't see an intrauterine gestational sac on transvaginal scan. There was a small amount of free fluid in the pouch of Douglas and a 2 cm complex mass next to the left ovary.

**So what?** This was a likely ectopic pregnancy. She was stable, chatting, and asked me whether she could see the baby. I've always found this moment difficult. Sonographers in Australia aren't supposed to give a diagnosis, but the patient can see my face and the screen. My supervisor, Leanne, had told me early in my training that honesty doesn't have to mean diagnosis.

**Now what?** I told her that I couldn't see the pregnancy in the uterus and that I needed the doctor to review the images urgently. I turned the screen away gently, not suddenly. I stayed with her until the registrar came, rather than leaving her alone in the dark room. She had laparoscopic salpingectomy that evening. I've learned that the way a sonographer steps back from giving a diagnosis matters as much as what is said. I've asked our department to include a brief communication session in sonographer orientation, because many of us learn this by trial and error.
`,
  },
  {
    id: "au-free-003",
    setting: "paramedicine",
    role: "paramedic student",
    text: `
My third-year clinical placement with Ambulance Tasmania gave me a job I keep thinking about. We were called at 04:20 on ⟦DATE|22 June⟧ to ⟦ADDRESS|7 Banksia Court, Kingston TAS 7050⟧ for a fall. ⟦NAME|Mrs Beryl Atkins⟧, ⟦AGE|94⟧, had been on the floor of her hallway for about six hours. Her neighbour, who had a key, rang triple zero after noticing her lights on all night. The neighbour gave us her son's mobile, ⟦PHONE|0491 570 156⟧, for the handover.

⟦NAME|Beryl⟧ was cold, with a tympanic temperature of 34.8, and had a shortened, externally rotated left leg. My mentor, Sam, guided me through the assessment and analgesia. We gave methoxyflurane, then IV fentanyl, and warmed her slowly.

What struck me was her apology. She kept saying she was sorry to be a bother and that she hadn't wanted to ring the emergency pendant on her wrist because it was "for real emergencies". Six hours on the floor at her age is a real emergency. Long lies cause pressure injuries, rhabdomyolysis and hypothermia, and they often mean the person won't go home again.

I learned how much older people minimise their own needs, and that we should ask directly whether they have a pendant and why they didn't use it. I also learned to watch the clock on long lies: we checked her CK at the hospital and it was over 4,000.

It made me think about how I talk to my own grandmother about her alarm.
`,
  },
  {
    id: "au-free-004",
    setting: "community occupational therapy",
    role: "occupational therapist",
    text: `
I've been working in community OT in Perth for about a year now, mostly doing home modifications for NDIS participants and older people on home care packages. Last week I assessed a man in his seventies with Parkinson's disease who had had three falls in the bathroom.

The obvious recommendations were a shower chair, grab rails and a non-slip mat. I've written those a hundred times. But when I watched him walk into the bathroom, I noticed he froze at the doorway every time, the classic freezing of gait at thresholds. The step into the shower triggered it too.

His neurologist's letter, from Dr. Chen, mentioned that he had good response to levodopa, so I asked when he took it. He took his morning dose after his shower, not before. We changed the timing so his shower was an hour after his dose, and I taught him visual cueing: a strip of bright tape on the floor at the doorway to step over. His wife said it was the first time in months he hadn't frozen there.

I reflected that I sometimes think of OT as being about equipment. This week was about observation, timing and cueing, things that cost almost nothing. My supervisor, Jess, said the best home assessments are when you watch someone actually do the task rather than asking them about it.

I also want to read the 2021 Australian Parkinson's guidelines on falls prevention more carefully before my next assessment.
`,
  },
  {
    id: "au-what-005",
    setting: "optometry",
    role: "optometrist",
    text: `
**What?** I work as the only optometrist in a town in western NSW, and we see many patients from surrounding farms. ⟦NAME|Mr Colin "Snow" Pettigrew⟧, a 71-year-old sheep farmer, came in on ⟦DATE|Friday 3 May⟧ with sudden loss of vision in his right eye "like a curtain coming down". I found a macula-on retinal detachment. His Medicare number was ${"⟦ID|" + medicare("4120 6635", 1) + "⟧"}, and his email, ⟦EMAIL|snowpettigrew@example.com.au⟧, was the only way his daughter in Sydney could get updates.

**So what?** The nearest vitreoretinal surgeon was in Sydney, a six-hour drive. He wanted to wait until after the weekend because of the shearing. I had to explain, firmly, that macula-on detachments are surgical emergencies, and that waiting could mean permanent central vision loss. I felt like I was ruining his livelihood.

**Now what?** I rang the on-call ophthalmology registrar in Sydney, who agreed to see him that night. His neighbour drove him. He had a vitrectomy the next morning and kept reading vision. I learned that in rural practice, the optometrist is often the de facto eye emergency service, and that clear urgency, explained once and plainly, can override a patient's practical worries. I also now keep a list of the registrar phone numbers and a written script for urgent referrals.
`,
  },
  {
    id: "au-gibbs-006",
    setting: "radiology",
    role: "medical student",
    text: `
**Description.** On my radiology elective in Adelaide, the consultant, Dr. Kaur, asked me to present two chest X-rays and a wrist film at the morning meeting. The first chest film showed Kerley B lines, upper-lobe diversion and bilateral pleural effusions. The wrist was a dorsally angulated distal radius fracture — a Colles' fracture — in a 68-year-old woman who had fallen on an outstretched hand.

**Feelings.** I was nervous presenting to a room of registrars, and I stumbled when asked about the second chest film.

**Evaluation.** The first two went well. I described the signs of pulmonary oedema systematically. The second chest film, though, had a small left apical pneumothorax that I missed completely, because I was focused on the heart size.

**Analysis.** Dr. Kaur pointed out that I had fallen into satisfaction of search: finding one thing and stopping. She showed me a systematic approach, "ABCDE plus review areas", which includes apices, behind the heart, below the diaphragm and the bones. She also pointed out that the wrist patient should have a DEXA scan, because a Colles' fracture at her age is a fragility fracture.

**Conclusion.** Radiology is not only about recognising patterns but also about discipline in reviewing the whole film.

**Action plan.** I now use a checklist for every chest film, with the review areas at the end. I'll also ask about osteoporosis assessment when I see fragility fractures on my surgical rotation.
`,
  },
  {
    id: "au-free-007",
    setting: "paediatric audiology",
    role: "audiologist",
    text: `
⟦NAME|Lachie⟧ was two when I first met him in ⟦FACILITY_ROOM|Booth 3 at the Hear Here Kids clinic in Townsville⟧. He'd had bilateral cochlear implants at fourteen months, and I was doing his mapping. His mum, ⟦NAME|Kayla⟧, drove him four hours each way for every appointment.

On ⟦DATE|11 October⟧ she came in upset because the right processor kept switching off at daycare. I checked the implant's serial against our records, ⟦DEVICE|CI622-1048873⟧, and the processor logs showed repeated coil-off events. We discovered that his daycare educators had been taking the processor off for nap time and reattaching it without checking the magnet. It wasn't sitting properly on his head.

My first reaction was frustration with the daycare, but ⟦NAME|Kayla⟧ reminded me that nobody had ever trained them. They were scared of breaking a device worth thousands of dollars.

With her permission, I ran a short video session for his educators, showing them how to check the coil, change the battery and do a Ling six-sound check. I wrote a one-page guide with pictures. Two weeks later his logs showed steady use for over eleven hours a day.

I learned that an implant is only as good as the hours it's worn, and that those hours mostly happen far from our clinic. Parents and educators are part of the team, and training them is part of my job, not an extra.
`,
  },
  {
    id: "au-what-008",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `
**What?** I'm a community pharmacist in regional Victoria, and we dose about thirty people on the opioid treatment program. One morning, a regular buprenorphine client arrived smelling strongly of alcohol and slurring his words. The state guidelines are clear: if a person is intoxicated, withhold the dose and contact the prescriber.

**So what?** I knew the rule, but I also knew what withholding might mean. He had been stable for months, and I worried he'd use heroin that day if I sent him away. I also worried about the risk of respiratory depression with alcohol and buprenorphine combined, even though buprenorphine has a ceiling effect. I felt like either choice could go wrong. My pharmacist in charge, Andrew, told me that the guidelines are there to protect both the client and me, and that the decision is about safety in that moment, not about judging him.

**Now what?** I withheld the dose, explained why calmly and privately, and phoned his GP prescriber, Dr. Walsh, who agreed to see him that afternoon. He came back the next day sober and took his dose. He told me he'd had a bad night after a family funeral. I've learned that being firm and kind are not opposites, and that the relationship survived because I was honest rather than punitive. I'm also doing the further training on opioid substitution that the Pharmaceutical Society runs.
`,
  },
  {
    id: "au-comment-009",
    setting: "radiology",
    role: "radiology registrar",
    text: `
Nice reflection. Satisfaction of search catches all of us, not just students. I was taught to look at the film twice: once for the question on the request form and once as if there had been no question. Also worth knowing: the Garden classification for hip fractures and Salter-Harris for kids will come up in your exams, so keep that checklist handy.
`,
  },
];
