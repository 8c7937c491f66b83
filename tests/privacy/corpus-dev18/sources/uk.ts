import { nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** England, Scotland, Wales and Northern Ireland: first- and second-year students, 12 items. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "district nursing",
    role: "nursing student",
    text: `
Description
On ⟦DATE|Tuesday 4 March⟧ I spent the day with Bev, the district nurse I'm shadowing on my second-year community placement. Our third visit was to ⟦NAME|Mrs Hilda Pearson⟧ at ⟦ADDRESS|14 Orchard Close, Kettering NN15 7QT⟧ for a leg ulcer dressing. Her husband ⟦NAME|Ron⟧ made us tea before we'd even got our coats off and told me all about his years on the railways.

Feelings
I was nervous about the smell, honestly. Our lecturer, Dr Claire Moss, had warned us in the skills lab, but the real thing was different. I felt clumsy holding the Doppler probe while Bev did the ABPI.

Evaluation
Bev was brilliant at making it social as well as clinical. The ABPI was 0.9, so compression was OK, and she explained why we always check before bandaging.

Analysis
I think I focused so hard on not looking shocked that I forgot to talk to ⟦NAME|Hilda⟧ herself. Bev talked to her the whole time, about her grandchildren, the weather, the bin men.

Conclusion
Next time I'll introduce myself properly and ask the patient how her week has been before I even look at the wound.

Action plan
Read the NICE CKS on venous leg ulcers (updated 2023) and practise four-layer bandaging on Amira in the skills lab on Friday.
`,
  },
  {
    id: "uk-free-002",
    setting: "GP placement",
    role: "medical student",
    text: `
My first proper GP placement day today and I'm still buzzing. Dr Amrit Sandhu, my GP tutor, let me sit in on morning surgery at a practice just outside Wolverhampton. Twelve patients in three hours. A man in his sixties came in with one side of his face drooping and Dr Sandhu calmly walked me through why it looked like Bell's palsy rather than a stroke — forehead involvement, the whole lot. Prednisolone 50 mg for ten days, eye protection, safety-netting. She made it look so easy.

Then a young mum with a toddler who had a temperature of 38.4 and she went through the traffic-light table from the NICE fever guideline without even looking it up. I scribbled everything in my notebook and then realised I'd forgotten to actually watch the child.

Afterwards we talked about Atul Gawande's Being Mortal, which is on our first-year reading list, and she said the best GPs are "professional noticers". I like that.

My mum picked me up because the 529 was cancelled again and I told her all of it in the car. She pretended to be interested in facial nerve anatomy for twenty minutes, bless her. Back to anatomy lectures with Professor Keane on Monday.
`,
  },
  {
    id: "uk-free-003",
    setting: "OSCE",
    role: "medical student",
    text: `
OSCE in 9 days and I am NOT ok 😅📚 Spent the weekend practising cardio exams on my flatmate Josh, who now knows more about heaves and thrills than any engineering student should.

But the thing that actually made it click was placement on Thursday. The lovely man in ⟦FACILITY_ROOM|bed 6 on Ward 22 at the LGI⟧, ⟦NAME|Stan⟧, let me listen to his mitral valve (metallic!! you can hear it without a stethoscope) and told me to "stop apologising, love, you're allowed to touch me". He had his valve done in 1998 and still shows off the scar. Ten minutes with him taught me more than three Geeky Medics videos 😂

Things I'm taking into the OSCE:
✅ introduce, gain consent, expose properly
✅ hands first — clubbing, Janeway lesions, Osler's nodes
✅ don't forget the legs for oedema
✅ thank the patient!!

#medstudent #OSCE #secondyear #medschool #leeds
`,
  },
  {
    id: "uk-what-004",
    setting: "skills lab",
    role: "physiotherapy student",
    text: `
What?
Our second-year skills lab this week was on falls assessment. Mr Gareth Lloyd ran the session and we practised the Berg Balance Scale and the Timed Up and Go on each other. My partner Priya scored me 56/56, then made me do it again pretending to be a 78-year-old with Parkinson's, shuffling gait and all. We also covered Romberg's test and why a positive one points to a proprioceptive rather than a cerebellar problem.

So what?
I realised I'd been treating the Berg as a number to collect. Gareth kept asking "what would you do with that score?" A Berg under 45 changes what you'd recommend for someone going home to a house with steep stairs, but only if you know about the stairs. He also said people with Parkinson's often score fine in clinic and then freeze in a doorway at home, which no test in a gym will show you.

Now what?
Before my first community placement in Cardiff in May, I want to re-read the NICE falls guideline (CG161, 2013) and the World Falls Guidelines from 2022, and practise explaining results in plain Welsh as well as English, since my taid always said doctors never talked to him in his own language.
`,
  },
  {
    id: "uk-free-005",
    setting: "community pharmacy",
    role: "pharmacy student",
    text: `
Second-year MPharm, community pharmacy placement, week three. I nearly handed the wrong bag over today and I can't stop thinking about it.

Two patients with the same surname came in within ten minutes: ⟦NAME|Mr Dennis Crabtree⟧ and a lady collecting for her mum. When I checked the bag against the PMR I read the NHS number out loud — ⟦ID|${nhs("485 777 302")}⟧ — and the lady said "that's not Mum's". Our pharmacist, Mrs Okafor, was calm about it. She said the second identifier check is exactly why we do it, and that reading it out at the counter wasn't ideal either, because the whole queue could hear.

Then the phone rang and it was ⟦NAME|Mr Crabtree⟧ himself asking if his warfarin was ready, from ⟦PHONE|07700 900318⟧, and I realised I'd jotted his number on a Post-it to ring him back. I put it in the confidential waste afterwards.

What I'm taking from this: always two identifiers, never say them loudly, and write nothing on sticky notes. Mrs Okafor also made me look up the warfarin counselling points (INR target 2.0–3.0 for AF, be careful with cranberry juice and new antibiotics). Writing this up for my portfolio tonight.
`,
  },
  {
    id: "uk-gibbs-006",
    setting: "first death",
    role: "nursing student",
    text: `
Description
Last week on my first-year placement on an acute medical ward, a man I had been helping to care for died. He was in his eighties with end-stage COPD and had been on a syringe driver (morphine and midazolam) for two days. My practice assessor, Sister Grace Okonkwo, asked if I wanted to help with last offices.

Feelings
I said yes before I'd thought about it. I was scared of doing something wrong and scared of crying in front of his family. Afterwards I went and sat in the sluice for five minutes.

Evaluation
Grace talked me through every step and explained why we keep talking to the person while we wash them. It felt respectful, not strange. The family thanked us, which I didn't expect.

Analysis
Our module lead, Dr Helen Barker, had quoted Cicely Saunders in a lecture: "You matter because you are you." I understood that sentence properly for the first time. I also realised part of my reaction was about my nan, who died when I was fourteen and whom I never got to say goodbye to.

Conclusion
It is OK to feel it. Grace said she still does after twenty-two years.

Action plan
Use the university wellbeing drop-in, read the ReSPECT guidance and the Resuscitation Council UK DNACPR statement, and ask Grace to debrief with me after the next death rather than waiting for it to pass.
`,
  },
  {
    id: "uk-free-007",
    setting: "rural GP home visits",
    role: "medical student",
    text: `
Rural GP week in Wester Ross for my second-year community attachment. Dr MacLeod (who also seems to be the school doctor, the lifeboat medic and the man who fixes everyone's boilers) took me out on home visits in his battered Volvo.

Our last stop was a croft at ⟦LOCATION|Achiltibuie⟧. ⟦NAME|Hamish⟧ is ⟦AGE|93⟧ and still cuts his own peat, or did until the fall in January. He was sitting by the range with his collie and the West Highland Free Press. Dr MacLeod read his CHI off the repeat slip, ⟦ID|${nhs("110431 483")}⟧, to phone through a blood form, and I wrote it in my notebook without thinking, which I've since scored out.

⟦NAME|Hamish⟧'s BP was 162/88, his ankles were swollen and his furosemide was in a sweetie tin with his paracetamol. What struck me was how much Dr MacLeod knew without asking: who the neighbours were, which nephew did the shopping, that the post van comes every day and the driver would notice if the curtains stayed shut. No OSCE mark scheme covers that.

I'd always assumed I'd end up in Glasgow or Edinburgh. Now I'm not so sure.
`,
  },
  {
    id: "uk-comment-008",
    setting: "skills lab",
    role: "physiotherapy lecturer",
    text: `
Lovely reflection, Aisha. You've caught something many students miss: the Berg is a conversation starter, not an end point. On placement, try pairing the TUG with a quick chat about hazards at home. And do keep the Welsh going — Mrs Evans in our team will happily practise with you on Wednesdays. — Gareth Lloyd, Lecturer in Physiotherapy
`,
  },
  {
    id: "uk-free-009",
    setting: "hospital placement",
    role: "medical student",
    text: `
Nobody tells you how tiring it is to fast during a placement week. Ramadan fell across my first hospital block this year and I was on the 06:52 train from Bradford Interchange to Leeds every morning after suhoor at 3:40. By 2pm on the ward round I was running on dates and willpower.

My clinical tutor, Dr Farooq, was amazing about it. He told me he did his house jobs fasting in 1996 and that the trick is to stop pretending you're fine. He let me take my break at iftar on the late teaching day, and my friend Hannah saved me a seat in the mess with a samosa from her mum.

Clinically it was a big week. I saw my first patient with Cushing's syndrome (moon face, striae, the lot — exactly like the pictures in Kumar and Clark) and learned how to read an overnight dexamethasone suppression test. Cortisol 412 nmol/L at 9am after 1 mg the night before: not suppressed.

Weekends I'm still doing shifts on the tills at Tesco, which my dad thinks is a waste of study time and my mum thinks builds character. Eid was on a Sunday so I only missed one shift. Chand raat with my cousins was the best night of the month.
`,
  },
  {
    id: "uk-what-010",
    setting: "hospice volunteering",
    role: "nursing student",
    text: `
What?
I've been volunteering on Saturday afternoons at ⟦FACILITY_ROOM|St Columba's Hospice⟧ since September, alongside my first year of nursing at Napier. This week I sat with ⟦NAME|Irene⟧ while her daughter went to move the car. Irene taught Primary 3 for thirty years and she corrected my grammar twice, which made us both laugh. Her granddaughter has set up an Instagram, ⟦OTHER|@grannyirenebakes⟧, posting her old recipes, and Irene wanted me to see the shortbread one.

So what?
I felt warm and then immediately uneasy. In induction we were told not to connect with patients or families on social media, and the volunteer coordinator, Fiona, had said this is as much to protect us as them. I hadn't followed the account, but I'd typed it into my phone to look at later.

I also noticed that sitting and listening is a skill nobody teaches in lectures. Our communication module covers SBAR and the Calgary–Cambridge guide, but not what to say when someone tells you they won't see Christmas.

Now what?
I deleted the search. I'll talk to Fiona about boundaries next Saturday, and I'm going to read With the End in Mind by Kathryn Mannix, which my personal tutor recommended.
`,
  },
  {
    id: "uk-comment-011",
    setting: "OSCE",
    role: "medical student",
    text: `
Omg ⟦NAME|Stan⟧ is the best!! He told me exactly the same thing about apologising when I was on ⟦FACILITY_ROOM|Ward 22⟧ in first year 😂 You'll smash the OSCE, just remember to say thank you at the end like you wrote. Also maybe take the bed and the hospital out of this post before Dr Patel sees it 👀 — Chloe
`,
  },
  {
    id: "uk-free-012",
    setting: "skills lab",
    role: "nursing student",
    text: `
Cannulation day in the clinical skills centre at Queen's and I've got a plastic arm's worth of bruises on my ego. Our tutor, Siobhan McAllister, made it look effortless: tourniquet, palpate, clean for 30 seconds, let it dry, anchor, 15 to 30 degrees, flashback, advance, done. I got flashback on the fourth go and nearly cheered.

In the afternoon we did neuro obs. I never realised how much the Glasgow Coma Scale depends on how you apply the painful stimulus. Siobhan had us practise trapezius squeeze and supraorbital pressure on the mannequin and then score each other out loud: "Eyes 3, Verbal 4, Motor 6 — GCS 13." We also did pupil reactions and she showed us the "down and out" eye of a third nerve palsy.

Then a quick session on newborn checks with a midwifery lecturer, who walked us through the Apgar score at 1 and 5 minutes (a baby with an Apgar of 9 usually loses the point for blue hands, which is normal).

Drove home to Ballymena with my sister Niamh blasting Taylor Swift, which was exactly what I needed. Mum made stew. Dad asked if I could "put a drip in him" for his hangover. No, Dad.
`,
  },
];
