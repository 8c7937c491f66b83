import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** England, Scotland, Wales and Northern Ireland. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "stroke rehabilitation",
    role: "physiotherapist",
    text: `
## Gibbs, week six on the stroke rehab unit

**Description.** ⟦NAME|Dennis⟧ came to us from the hyperacute unit on ⟦DATE|Boxing Day⟧ with a dense left hemiplegia and a neglect so strong he shaved only the right side of his face. He was in ⟦FACILITY_ROOM|bay 2, bed 5 on Ward 24 at Pinderfields⟧, the bed by the window, which turned out to matter: everything interesting in his world was on the left, and he never once looked at it. My band 7, Priya, asked me to lead his sit-to-stand sessions. Berg was 9/56 at first assessment, Barthel 20/100.

**Feelings.** Honestly, I was frustrated. He would tell me he was "fit as a lop" and try to stand before the brakes were on. His wife ⟦NAME|Maureen⟧ brought in custard creams and sat on his left side chatting, and he spoke to the wall.

**Evaluation.** What went well was moving the furniture. Once the locker, the telly and ⟦NAME|Maureen⟧'s chair were on his left, he had a reason to turn. What went badly was my first two weeks, when I treated the neglect as stubbornness.

**Analysis.** Reading Kerkhoff on neglect and the NICE stroke guideline (2023) I realised scanning training needs meaning, not just red tape on the table edge. Prism adaptation is not something we offer, but reorganising his environment cost nothing.

**Conclusion.** I should have asked the family earlier what he cared about. It was racing pigeons: he named birds off the TV on the left once we put the racing results there.

**Action plan.** Environmental set-up goes into my first-week checklist, and I will involve relatives in session planning by day three, not week three.
`,
  },
  {
    id: "uk-free-002",
    setting: "wheelchair and seating clinic",
    role: "occupational therapist",
    text: `
The seating clinic runs on Thursdays and I have started to think of it as the place where physics meets pride. Today we saw a young man with Duchenne who had outgrown his chair's back support and a woman with MS who wanted, more than anything, a chair that did not look like "a hospital thing".

Jamie, our rehab engineer, showed me how pressure mapping works: a thin mat with sensors, a heat map on the laptop, red where the ischial tuberosities were loading. We moved the tilt from 10 to 25 degrees and the red turned amber in front of us. It is the first time I have seen a pressure-relief conversation become visual for the person in the chair.

What I am taking away: the clinical answer (tilt-in-space, a contoured cushion, lateral supports) is only half of it. The other half is the colour of the frame, whether it fits in a Fiat boot, whether the footplates scratch the skirting boards at home. Ms Achterberg, the clinical lead, says that a chair that is not used is the most expensive prescription we make.

Next week I am reading the Posture and Mobility Group guidance properly, and asking to shadow a home delivery.
`,
  },
  {
    id: "uk-what-003",
    setting: "learning disability liaison",
    role: "learning disability nurse",
    text: `
**What?** I was called to the surgical assessment unit because a 24-year-old with a severe learning disability and autism had pulled out two cannulas and nobody could examine his abdomen. ⟦NAME|Kyle⟧ (his mum calls him ⟦NAME|KJ⟧, and that is the only name he answers to) was pacing and hitting his head. His hospital passport was in his rucksack, all twelve pages, and it said on page one: *I do not like being touched on my tummy without seeing it on my iPad first. I love Thomas the Tank Engine.*

**So what?** The passport had everything the team needed, including his NHS number ⟦ID|${nhs("485 777 302")}⟧ and his mum's mobile, and it had been sitting unread for four hours. The reasonable adjustments were not expensive: a side room, the lights down, the registrar showing him on the iPad where she would press, and an engine sticker afterwards. He let her examine him within ten minutes. It was constipation, not an appendix.

**Now what?** I am going to do a ten-minute teaching slot at the surgical huddle on the passport and on the Mental Capacity Act, and I have asked IT whether we can flag on the electronic record that a passport exists. Oliver McGowan training is mandatory now for a reason.
`,
  },
  {
    id: "uk-free-004",
    setting: "aphasia therapy",
    role: "speech and language therapy student",
    text: `
My placement educator, Rhian, told me on day one that aphasia takes away language, not intelligence, and that my job was to make that obvious to everybody else in the room. I nodded. I did not really understand it until this week.

A retired engineer with expressive aphasia after a left MCA stroke was being talked over at his own goals meeting. Rhian paused the meeting, wrote key words in big felt-tip on a pad, drew a simple scale from "not at all" to "very much", and asked him what mattered. He pointed, circled, wrote half a word and laughed at himself. His goal turned out to be reading the cricket scores, not walking further.

I have since read Kagan's work on Supported Conversation for Adults with Aphasia and watched the Stroke Association's communication videos. The techniques are simple: one idea per sentence, written key words, yes/no checks, time. What is hard is slowing down in a meeting where six professionals are watching the clock.

I am practising with my housemates, which they find hilarious. Next step is to lead a supported-conversation goals meeting myself, with Rhian watching.
`,
  },
  {
    id: "uk-comment-005",
    setting: "stroke rehabilitation",
    role: "healthcare assistant",
    text: `
Ah, I think I looked after him on nights! Pigeon man, wife brings custard creams every day at two? That's ⟦NAME|Dennis Arkwright⟧, he used to keep his loft behind ⟦LOCATION|the Working Men's Club on Pit Lane in Altofts⟧. Lovely bloke. Tell him Shaz from nights says hello and not to let you win.
`,
  },
  {
    id: "uk-comment-006",
    setting: "stroke rehabilitation",
    role: "clinical educator",
    text: `
A thoughtful reflection, and the furniture idea is one every student should steal. One gentle request: please edit out the bay and bed and the festive date of transfer. Put together with the hospital name, anyone on the unit could tell who this is. "A man in his seventies on a stroke unit" carries all the learning you need. Happy to help you redraft.
`,
  },
  {
    id: "uk-free-007",
    setting: "prosthetics service",
    role: "prosthetist",
    text: `
You are not supposed to have favourites. ⟦NAME|Mrs Agnes Lindsay⟧ is mine, and she would be furious to read that.

She lost her right leg below the knee to peripheral vascular disease and came to our limb centre in Dundee at ⟦AGE|91⟧ announcing that she intended to walk to her granddaughter's wedding. Most of our transtibial patients her age end up as transfer-only users, and I said as much, gently. She replied in broad Fife that I was "a wee feartie".

The referral letter carried her CHI, ⟦ID|${nhs("120934 581")}⟧, and I remember thinking that the number's first six digits said more about her age than I wanted to accept. Over five months we went through three check sockets, a switch to a pin-lock liner because she could not manage the seal-in sleeve with her arthritic hands, and a lot of tablet-based practice of donning and doffing. Her physio, Callum, had her on the parallel bars by week four.

She walked up the aisle with a stick and her grandson's arm. The photograph is on our clinic wall with her permission.

What I learned: my predictions were built on averages, and she was not an average. I still think caution was right, but I now ask people what they are aiming for before I tell them what is likely.
`,
  },
  {
    id: "uk-gibbs-008",
    setting: "brain injury rehabilitation",
    role: "foundation doctor",
    text: `
**Description.** On my psychiatry-liaison rotation I was asked to review a young man on a neurorehabilitation unit, three weeks after a severe traumatic brain injury, who was agitated at night. Nursing staff wanted haloperidol. He was in post-traumatic amnesia and at about Rancho level IV.

**Feelings.** I felt out of my depth. Everyone seemed to want a prescription and I wanted to please them.

**Evaluation.** Dr Fenwick, the rehab consultant, took me through the Agitated Behavior Scale chart. His scores were highest at shift change and when the TV was on. Nobody had noticed the pattern because it was split across three paper charts.

**Analysis.** The literature on agitation in PTA is thin, but what there is favours environmental management first: low stimulation, a consistent small team, orientation boards, sleep protection. Antipsychotics may slow recovery. Propranolol has some evidence. Haloperidol 0.5 mg was not the answer here.

**Conclusion.** I had almost treated a behaviour without asking what it was telling us. The chart was the history.

**Action plan.** Ask for the behaviour chart before I ask for the drug chart; learn the Galveston Orientation and Amnesia Test properly; and stop equating "doing something" with writing a prescription.
`,
  },
  {
    id: "uk-free-009",
    setting: "home adaptations",
    role: "community occupational therapist",
    text: `
Home visit diary, Carmarthenshire.

Drove up to see ⟦NAME|Mr Gwilym Rees⟧ at ⟦ADDRESS|4 Heol y Nant, Tumble, Llanelli SA14 6EH⟧ about his stairlift. Former collier, COPD, lives alone since his wife passed. His Motability car, ⟦OTHER|CU19 WXT⟧, was parked half on the pavement as usual because the drive is too steep for his frame.

The Disabled Facilities Grant assessment is mostly measurements: stair width, turn at the top, where the rail would go. But the bit that mattered was watching him climb. He stopped four times and told me each stop was "just admiring the view". The real problem is that his bedroom and his only toilet are upstairs, and a stairlift gets him there but does not solve a night-time breathless dash.

We talked about a downstairs wet room versus a stairlift and a commode. He said "I'm not having a commode, bach, I'm not an invalid." So that is a conversation for next time, with his daughter there.

Reflection: I went with a form to fill and came back with a person's dignity to weigh. Ceri, my supervisor, says that is the job.
`,
  },
  {
    id: "uk-what-010",
    setting: "carers' assessment",
    role: "social worker",
    text: `
**What?** I completed my first carer's assessment under the Care Act 2014 this week, for a woman in her sixties who cares for her adult son with cerebral palsy and a learning disability. She had been doing it, alone, for thirty-one years. When I asked what she did for herself she said "the crossword, on a good day".

**So what?** I had read that carers underreport their own needs and assumed it was about pride. It was more about never having been asked. The assessment has a section on the carer's own wellbeing, employment and leisure, and she had not thought any of those applied to her. Her blood pressure, her back, her sleep had all quietly fallen apart. She also did not know she was entitled to an assessment independent of her son's.

**Now what?** I have referred her to the local carers' centre and for a respite review, and booked a follow-up in six weeks rather than waiting for crisis. For myself: my manager, Tunde, pointed out I spent forty minutes on the son's needs and ten on hers. Next time I will start with the carer, and I will read the Carers UK State of Caring report before my next one.
`,
  },
  {
    id: "uk-free-011",
    setting: "spinal injuries unit",
    role: "rehabilitation nurse",
    text: `
A reflection I've held on to for a while.

⟦NAME|Ciarán⟧ was nineteen, a roofer's apprentice from outside Newry, who came off a ladder on ⟦DATE|12 July⟧ and arrived with a C6 complete injury. In the first weeks he wouldn't speak to any of us, and his mother, ⟦NAME|Bernadette⟧, spoke for him and to everyone: the consultant, the chaplain, the cleaner.

She emailed me after discharge from ⟦EMAIL|bernie.mcaleer61@example.co.uk⟧ to say he'd started wheelchair rugby and to thank "the night nurse who talked to him about the Tyrone match at 3am". That was me. I hadn't thought of it as nursing.

What I've taken from it: the bowel programme, the tenodesis splints, the pressure-relief routines are all teachable, and we taught them well. The thing that made the difference for him was someone treating him as a lad who still had opinions about football. The ASIA scale doesn't measure that.

I've shared this with our practice educator, Gerard, because I want newer staff to know it's allowed.
`,
  },
  {
    id: "uk-free-012",
    setting: "autism assessment",
    role: "medical student",
    text: `
I sat in on an adult autism diagnostic assessment on my psychiatry block, and I want to write down what surprised me.

First, how long it takes. The ADOS-2 module took an hour, the developmental history with the person's sister another ninety minutes, and Dr Adebayo said the report would take her most of a day. NICE CG142 (2012) lays out what should be in an adult assessment and it is a lot.

Second, how much the person already knew about themselves. She had read more than I had, including Chris Packham's memoir and a lot of writing by autistic people online. The assessment was less a discovery than a confirmation she needed for her employer and for herself.

Third, my own language. I said "suffers from" twice in my notes and Dr Adebayo crossed it out both times without comment. She prefers "autistic person" because most autistic adults she sees prefer it, and she asks each person.

I left thinking that the diagnostic process is a clinical tool, but it is also a story someone gets to tell about their life. I want to be better at listening to that story.
`,
  },
  {
    id: "uk-what-013",
    setting: "amputee rehabilitation",
    role: "rehabilitation medicine registrar",
    text: `
*A letter I will not send, written for my reflective portfolio and then redacted badly, which is a second reflection in itself.*

Dear ⟦NAME|Mr Ellison⟧,

You asked me on your last day whether I thought you had been "a silly old fool" for insisting on a microprocessor knee at ⟦AGE|ninety-four⟧. I said no and you didn't believe me, so here is the longer answer.

**What?** You came to the Disablement Services Centre three months after your above-knee amputation, with a referral letter that said "transfer-only goals advised". You told the whole clinic that you had walked to the Legion every Sunday since 1952 and you did not intend to stop because of "one leg more or less". Your daughter, ⟦NAME|Pauline⟧, rang me twice a week from ⟦PHONE|07700 900542⟧, once to tell me to stop you and once to tell me to help you.

**So what?** Everything in my training told me the numbers were against you: your age, your cardiac function, your grip. The funding panel said the same. What changed my mind was watching you on the parallel bars on ⟦DATE|Tuesday 4 March⟧, your first full session, doing twenty lengths and then asking for twenty more while your heart rate stayed under 110. Your physio, Kemi, and I rewrote the case together. The knee, serial ⟦DEVICE|3C98-3/1428876⟧, arrived in May, and I remember writing that serial into your notes with more pride than was professional.

I have learned that "age-appropriate goals" can be a polite phrase for low expectations. The guidance on prosthetic prescription does not set an upper age limit; it asks about function, cognition, motivation and the environment. You scored well on all four. I scored poorly on the fifth thing, which is listening.

**Now what?** I now ask every patient what their Sunday looks like before I read their date of birth. I am presenting your case, with everything that identifies you removed (unlike this draft), at our regional amputee rehabilitation meeting. And I have promised Kemi that I will stop saying "realistic" in goal-setting meetings unless I can say whose reality I mean.

You walked to the Legion in June. Someone sent us a photo. You were holding a pint in the hand that was not holding the stick.

With respect, and a little embarrassment,

Your registrar
`,
  },
];
