import { medicare } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Australia. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote primary care",
    role: "GP registrar",
    text: `Six months as a remote GP registrar in the Northern Territory, and the patient who taught me most is a woman everyone calls ⟦NAME|Aunty Rosie⟧.

She's in her seventies, a senior Warlpiri woman, with end-stage kidney disease, diabetes and rheumatic heart disease from when she was a girl. She lives at ⟦LOCATION|Nyirripi, in the house by the basketball court⟧, and she refuses to move to Alice Springs for dialysis, because moving to Alice would mean leaving country, and leaving country, for her, is a kind of dying too.

On ⟦DATE|Monday 8 September⟧ the clinic's Aboriginal Health Practitioner, Leonie, and I drove out for her monthly check. Potassium 6.1 on the point-of-care machine, weight up 3 kg, ankles like balloons. We had the conversation we've had three times now. She listened to all of it, then said, in Warlpiri and then in English for me, that she would rather stay.

Her Medicare number is ⟦ID|${medicare("2953 1847", 2)}⟧ and her granddaughter's mobile, ⟦PHONE|0491 570 226⟧, is the only phone that reliably works in that house. I rang it that evening to check the furosemide had been started, and the granddaughter said, "She's sitting outside with the dogs. She's happy."

I've been reading about the Purple House, the Indigenous-run dialysis service that brings dialysis back to remote communities. It doesn't reach this community yet. Leonie says they'll get there. Meanwhile we do what the Kidney Health Australia guidelines call "conservative kidney management", and what Aunty calls "looking after me at home."`,
  },
  {
    id: "au-what-002",
    setting: "child protection",
    role: "paediatric registrar",
    text: `What? My child protection term in Brisbane. A 4-year-old was referred by his kindy teacher for "behaviour." In the assessment clinic, with our social worker, Mel, and my consultant, Dr. Anjali Rao, it became clear we were looking at a possible fetal alcohol spectrum disorder: growth below the 3rd centile, a smooth philtrum, a thin upper lip, and a long history of "naughty" that was probably something else.

So what? Until this term I thought of FASD as rare and as something you diagnose from a face. The Australian Guide to the Diagnosis of FASD (2016, updated since) is clear that most children with FASD don't have the facial features, and that you need a neurodevelopmental assessment across ten domains. I also hadn't appreciated how much stigma the diagnosis carries for the birth mother, who in this case was sitting in the room. Dr. Rao spent the first twenty minutes with her on her own, and didn't ask about drinking until the mother brought it up.

Now what? Read the guide properly. Learn to use a Lip-Philtrum Guide and to measure palpebral fissure length with a ruler. Follow up with the speech pathologist and the OT. And, most of all, remember that "behaviour" in a preschooler is a referral reason, not a diagnosis. I'm also going to the FASD Hub's webinar on the 24th, for trainees.`,
  },
  {
    id: "au-gibbs-003",
    setting: "residential aged care",
    role: "nurse practitioner",
    text: `Description. I'm a nurse practitioner in aged care, covering six facilities in Adelaide's northern suburbs. On ⟦DATE|12 June⟧ I was called to ⟦FACILITY_ROOM|Room 14 at Banksia Grove Aged Care⟧ to see ⟦NAME|Mrs Edna Whitcombe⟧, who is ⟦AGE|98⟧, because her pacemaker had "beeped all night." The staff thought the battery was flat.

Feelings. Honestly, a bit out of my depth with devices. I called the cardiac technician, Jason, from the car park.

Evaluation. The device, serial ⟦DEVICE|PJN 884210 S⟧, was at its elective replacement indicator. Not urgent, but a decision. Her daughter, ⟦NAME|Lorraine⟧, came in after work and we talked. ⟦NAME|Mrs Whitcombe⟧ has moderate Alzheimer's, is bed-to-chair, and recognises her daughter most days. She has an Advance Care Directive that says she doesn't want "heroic measures," but a generator change isn't exactly heroic, and she's pacing-dependent.

Analysis. The literature on generator replacement in people with advanced dementia is thin. I read the Heart Rhythm Society's 2010 consensus statement on device deactivation and talked it through with her GP, Dr. Kwan. The daughter wanted the replacement: a day procedure, local anaesthetic, back to the facility the same afternoon. That's consistent with her mother's values as she understood them.

Conclusion. Not every device decision at the end of life is about switching things off.

Action plan. Replacement booked. Update the ACD conversation notes. Ask the facility to record device details, including the clinic's phone number, on the front page of every resident's file. Learn some device basics with Jason.`,
  },
  {
    id: "au-free-004",
    setting: "youth mental health",
    role: "mental health nurse",
    text: `Diary, a Wednesday in Launceston.

I've been working in youth mental health for nearly a year now. Today felt like the first day I was actually good at it.

Morning: intake with a 17-year-old who'd been sent by his mum. K10 of 34, not sleeping, not going to school, spending all night gaming. He looked at the floor for fifteen minutes. Then I asked him what he was playing, and we talked about it for twenty. Then he told me the rest. My clinical lead, Tash, calls this "going in through the side door."

Lunch: a vegemite sandwich on the back step, reading the Orygen clinical guide on youth depression, which is a lot more practical than the textbook was.

Afternoon: a family session. Dad was furious at everyone — school, us, the GP, the Premier. I let him be angry for a bit. Then he cried, and said his own father had "done himself in" when he was sixteen. Suddenly the anger made sense.

I called Lifeline's number aloud to check it was on our cards properly, 13 11 14, which the receptionist found very funny.

What I want to remember: young people are much more likely to come back if you're curious about their world, not just their symptoms. And parents' fury is often fear wearing a different coat.

Supervision on Friday. I'll bring the family session, and ask Tash about the research she mentioned on family-inclusive practice from the Melbourne group.`,
  },
  {
    id: "au-free-005",
    setting: "prison health",
    role: "prison health nurse",
    text: `I'm a nurse at a men's prison in Victoria, and this week a young bloke I'll call by his first name, ⟦NAME|Jarrah⟧, had his third Hep C treatment appointment. He was in ⟦FACILITY_ROOM|the medical unit at Barwon Ridge Correctional Centre, cell 6⟧ after a fight, and he'd missed the second one because he was in the slot.

Sofosbuvir-velpatasvir, 12 weeks, is a pretty simple course, and the prison program has cured hundreds of men since the DAAs were listed on the PBS in 2016. The hard part is everything around the tablets. Transfers. Lockdowns. Court days. Men who hide that they're still using because they're frightened of losing visits.

His release date is ⟦DATE|3 December⟧ and he's two weeks short of finishing. I'm trying to line up a community pharmacy and a GP near his mum's place so he can do the last fortnight outside. He gave me an email for his mum, ⟦EMAIL|sharon.mckenzie71@bigpond.com⟧, and asked me not to tell her why, just to "say it's about a doctor's appointment." She'll work it out.

He also told me, grinning, to follow him on Insta when he's out: ⟦OTHER|@jarrah.mck.shredz⟧. I said I wasn't allowed to, and he said, "Worth a try, miss."

The cascade of care stuff from the Burnet Institute says that the gap between prison and community is where people get lost. I can see why. I've got a warm handover template half written. Our nurse unit manager, Paula, says to finish it before the weekend.`,
  },
  {
    id: "au-comment-006",
    setting: "youth mental health",
    role: "mental health social worker",
    text: `@nurse_ellie@aus.social "fear wearing a different coat" — yes. I work in a headspace centre in Hobart and the family-inclusive stuff has changed everything for us. Have a look at the Orygen family work toolkit and the Mental Health Families and Friends Tasmania resources: https://www.orygen.org.au/Training/Resources #YouthMentalHealth #Tassie #FamilyInclusivePractice`,
  },
  {
    id: "au-what-007",
    setting: "learning disability",
    role: "GP registrar",
    text: `What? GP registrar in Perth. A 32-year-old man with a moderate intellectual disability and autism came in with his support worker for what the booking said was "ear check." He was distressed, rocking, hitting his jaw. It turned out to be a dental abscess. He hadn't seen a dentist in eight years because the last visit had been under restraint.

So what? My supervisor, Dr. Marguerite O'Brien, pointed out that I'd almost sent him away with ear drops. The CHAP (Comprehensive Health Assessment Program) tool, designed at the University of Queensland, exists because people with intellectual disability have so much unmet, undiagnosed illness. Australia's own Royal Commission into Violence, Abuse, Neglect and Exploitation of People with Disability reported in 2023 on the same theme: diagnostic overshadowing and lack of reasonable adjustments.

I learned that behaviour is communication, and that "challenging behaviour" is often pain. I also learned that the NDIS funds support workers but not, in practice, dental anaesthesia, and that getting a sedation slot at the special needs dental clinic takes weeks.

Now what? I gave him amoxicillin and paracetamol, rang the special needs dental service myself, and did a CHAP at the same visit with the support worker's help. I've also started doing a "pain check" for every patient with ID who presents with a change in behaviour. It takes two minutes. I wish someone had taught me that in medical school.`,
  },
  {
    id: "au-free-008",
    setting: "palliative care",
    role: "palliative care physician",
    text: `Dear ⟦NAME|Mr Papadopoulos⟧,

You asked me once whether doctors keep a list of the patients who changed them. We don't, officially. I do now.

You were ⟦AGE|90⟧ when you first came to the palliative care clinic at ⟦FACILITY_ROOM|University Hospital Geelong⟧, with mesothelioma from the shipyards, and you told me your mind was made up about voluntary assisted dying before I had even finished introducing myself. I found it hard. I'm not a conscientious objector, but I was new to the process, and I think I spent the first appointment more worried about doing the paperwork right than about you.

Your daughter, ⟦NAME|Eleni⟧, gave me her number, ⟦PHONE|0491 570 913⟧, and said to ring her and not her brother. Your son came to the second appointment and shouted, and you told him, very quietly, in Greek, something that made him sit down.

You wanted to die at home, after your name day. You did, on ⟦DATE|22 January⟧, with ⟦NAME|Eleni⟧ and the priest in the room and the window open to the lemon tree. The VAD care navigator, Kate, told me afterwards that you'd thanked everyone by name.

I still don't know whether I was a good doctor to you. I know that you taught me that listening is not the same as agreeing, and that I had to do the first without the second getting in the way.

With respect,
your palliative care doctor`,
  },
  {
    id: "au-free-009",
    setting: "neonatal retrieval",
    role: "neonatal retrieval nurse",
    text: `Retrieval, a poem (for the night crew)

Two a.m., Broken Hill, the tarmac still warm.
The pilot chews a mint and says "forty minutes."
In the back, the pod: a humidicrib bolted to the floor,
a ventilator, a T-piece, a nurse, a doctor,
and a baby the size of a Christmas pudding.

Apgar 3 and 7. Surfactant through the tube.
Fentanyl at 1 microgram per kilo.
We talk in numbers because numbers don't shake.
Saturations 91, then 94, then 96.
Over the Darling, the doctor finally laughs.

I think about the mother in the hospital below,
who held his foot for thirty seconds before we took him,
and about the mothers before her, and the RFDS crews
who flew this route with less than we have,
and the Flying Doctor museum with its old wooden cot.

Adelaide at dawn. Handover in the NICU.
Someone puts a coffee in my hand.
I sleep in the car park for an hour,
dreaming of engines and a small chest rising,
rising, rising, rising.`,
  },
];
