import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";
import { ppsn } from "../gen.ts";

/** Ireland, South Africa, Kenya, Ghana, Uganda: 15 items. */
export const EUROPE_AFRICA: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "alcohol detox",
    role: "addiction counsellor",
    text: `
Community detox in west Cork, and the thing nobody tells you is how much of the job is the kitchen table. ⟦NAME|Mossie⟧ — ⟦NAME|Maurice O'Driscoll⟧ on the forms, PPSN ⟦ID|${ppsn("6473018")}⟧ — lives at ⟦ADDRESS|Cnoc na Gaoithe, Ballinacarriga, Co. Cork P47 XK82⟧ with his sister ⟦NAME|Nora⟧ and a sheepdog that sat on my feet for five days.

Chlordiazepoxide on a reducing regime, thiamine, daily visits, breathalyser at every one. The GP, Dr. Healy, did the medical side; I did the talking. Day three was the worst: sweats, no sleep, and a long story about his father and the pub in the village.

On day five he walked me to the car and said, "Go on so, you'll be back Monday to check I'm not at the Stations." He's going to AA in Dunmanway, which for a man who hasn't left the farm in years is no small thing.

Slán abhaile to the sheepdog, who did more than either of us.
`,
  },
  {
    id: "ie-what-002",
    setting: "liaison psychiatry",
    role: "psychiatry registrar",
    text: `
What? Night registrar in a Dublin ED. The self-harm presentations came in a run after midnight: three young people in four hours, two with overdoses of paracetamol and one with lacerations. The National Clinical Programme for Self-Harm gives us a clinical nurse specialist until 8 pm. After that it was me.

So what? I noticed I was doing shorter assessments as the night went on. The third young person got the least of me, and she had the most complicated story.

Now what?
- Ask for the CNS hours to extend; the data on when people present is clear.
- Use the brief contact intervention: a phone call in 24 hours and a follow-up letter.
- Be honest in handover when I was tired.

My consultant, Dr. Ní Bhriain, said everyone does shorter assessments at 4 am and the point is to notice it. I did notice. Next time I'll ask the medical reg to hold the bleep for twenty minutes.
`,
  },
  {
    id: "ie-comment-003",
    setting: "alcohol detox",
    role: "GP",
    text: `
Lovely piece, though be careful — ⟦NAME|Mossie⟧ with the sheepdog out past ⟦LOCATION|Ballinacarriga⟧ is known to half the parish, and the Eircode is in there too. I'd take out the townland, the PPSN and the sister's name at least. The message about community detox is a great one and worth keeping.
`,
  },
  {
    id: "ie-free-004",
    setting: "peer support",
    role: "peer support worker",
    text: `
Peer support in the Irish mental health services is a new-ish role. I'm one of about a hundred peer support workers nationally and I still get asked, once a week, "so are you a nurse?"

I'm not. I'm someone who was admitted to an acute unit at twenty-three, spent a year on clozapine, and now works on that same kind of unit. My job is to be a bridge: to explain the ward rounds, to sit in on a tribunal under the Mental Health Act 2001 if someone wants me there, to be honest about what helped me and what didn't.

The nurses were wary at first. One, Áine, said later that she'd assumed I'd be "anti-medication". I'm not that either. I took mine for years. What I'm against is people not being told why.

If anyone is thinking of doing the peer support course, do. The work is hard, and it's the best job I've had.
`,
  },
  {
    id: "za-free-001",
    setting: "forensic psychiatry",
    role: "psychiatry registrar",
    text: `
Forensic observation, 30 days under the Criminal Procedure Act. ⟦NAME|Mr. Sipho Ndlovu⟧, ID ⟦ID|${saId("680514015608")}⟧, in ⟦FACILITY_ROOM|Ward 5, cell 12, Sterkfontein Hospital⟧. He is charged with setting fire to his uncle's shack in ⟦LOCATION|the Zone 4 section of Tsakane, behind the Shoprite⟧.

He told me the ancestors had instructed him. A sangoma had told the family the same thing — that he had a calling, "ukuthwasa" — before it became a fire.

I spent hours trying to separate culture from psychosis. The isiZulu-speaking nurse on the ward, Sister Khumalo, did more than any rating scale: "This is not thwasa, doctor. Thwasa does not burn houses."

He is psychotic. He has also been failed by every service between his first episode and this fire. Our report will say he is not fit to stand trial, and I hope it also gets him treatment rather than years in a cell.
`,
  },
  {
    id: "za-what-002",
    setting: "substance use",
    role: "social worker",
    text: `
What? Cape Flats, a community clinic for tik (methamphetamine) and "buttons" (Mandrax). A mother came in with her 16-year-old son, who had been using since twelve. She had locked him in his room for a week to detox him.

So what? Families here fight drugs with whatever they have. Gangs recruit through the drug trade; schools have security guards; treatment centres have waiting lists. A locked door was the only treatment available.

Now what?
- I referred him to our outpatient matrix programme and to a youth group at the community centre.
- I'll ask our manager, Mr. Davids, about a parents' support group on Saturdays.
- I'm reading the Prevention of and Treatment for Substance Abuse Act (2008) again, because I didn't realise how much it promises.

Lekker to see so many moms at the clinic. Not lekker that they have to come.
`,
  },
  {
    id: "za-gibbs-003",
    setting: "inpatient psychiatry",
    role: "psychiatric nurse",
    text: `
Description: Night shift on an acute ward. ⟦NAME|Thandeka⟧, 24, admitted under the Mental Health Care Act as an involuntary patient, tried to climb the fence at 02:00 because she wanted to be home for her grandmother's funeral on ⟦DATE|Saturday 16 March⟧ in ⟦LOCATION|Mthatha's Ngangelizwe location, the house next to the spaza with the green door⟧.

Feelings: Compassion, and a strong pull to break the rules.

Evaluation: I could not let her leave, but I could listen. We talked about her gogo for an hour.

Analysis: Involuntary admission can cut people off from the rituals that hold them together. Grief and psychosis are not opposites; she needed both addressed.

Conclusion: Compassionate leave with escort is possible under the Act. I had never thought to ask.

Action plan: Raise it with the MO in the morning; she was granted escorted leave for the funeral. I'll remember to ask about family events at every admission.
`,
  },
  {
    id: "ke-free-001",
    setting: "inpatient psychiatry",
    role: "clinical officer",
    text: `
I'm a psychiatric clinical officer at ⟦FACILITY_ROOM|Mathari⟧, and the story of this week is ⟦NAME|Mzee Onyango⟧'s goat. He was brought from ⟦LOCATION|Kadel village near Rangwe⟧ by his sons after he sold the family's last goat to buy a radio "to hear the government". Mania, first episode at sixty-one, no past history.

His son ⟦NAME|Otieno⟧ called from ⟦PHONE|0722 555 314⟧ every evening to ask whether his father was "still talking to the radio". By the second week he was not, and by the third week he was asking how to buy the goat back.

Sodium valproate and quetiapine, sleep, and a lot of chai. The family wanted to know whether it was a curse. I said it was an illness of the mind that has a treatment, and that he would need to keep taking it.

Sawa sawa. I'll miss him in the ward.
`,
  },
  {
    id: "ke-what-002",
    setting: "community mental health",
    role: "psychiatric nurse",
    text: `
What? Our county introduced the Friendship Bench model, borrowed from Zimbabwe: trained lay health workers — grandmothers, mostly — sit on a bench outside the health centre and offer problem-solving therapy to people with common mental disorders.

So what? I was sceptical. Then I sat in on a session. The grandmother, Mama Wanjiru, listened for twenty minutes and then asked, "Ni nini unaweza kufanya kesho?" — what can you do tomorrow? It was better than my CBT.

Now what?
- Support the benches with supervision and referral routes for people who need more.
- Collect PHQ-9 scores before and after, because the county will want numbers.
- Stop thinking of lay workers as "less than". The Lancet trial in 2016 showed they work.

Mama Wanjiru says the bench is "kiti cha urafiki". I say she should be paid properly.
`,
  },
  {
    id: "ke-comment-003",
    setting: "community mental health",
    role: "medical student",
    text: `
This is inspiring. We're starting a Friendship Bench pilot in our county too, and the biggest challenge has been supervision — who trains the grandmothers and how often. If anyone has a supervision schedule they'd share, please post it. Asante sana for writing this up.
`,
  },
  {
    id: "gh-free-001",
    setting: "prayer camps",
    role: "psychiatric nurse",
    text: `
Our team visits ⟦LOCATION|the Nyakumasi prayer camp, the one by the river behind the Methodist school⟧ every month with medication and a human rights officer. This month ⟦NAME|Auntie Efua⟧ was still chained under the mango tree — she has been there since ⟦DATE|the Friday before Easter⟧ — and her brother ⟦NAME|Kofi Mensah⟧ asked me to "give the injection that makes her quiet".

I gave her fluphenazine decanoate after examining her and talking with her, because she consented and because she knows it helps. But I don't want to be the nurse who medicates a woman so she can stay in chains.

The Mental Health Act (2012) in Ghana bans chaining. The camps know it. The pastor argues that he unchains people when they are "calm". Our strategy is to make them calm with medication, then argue for the chain to come off. It's not a good strategy. It's the one we have.
`,
  },
  {
    id: "gh-what-002",
    setting: "substance use",
    role: "psychiatry resident",
    text: `
What? Tramadol and "kush" are the drugs of the young men in our clinic in Kumasi. One told me tramadol lets him do "by-day" work in construction without feeling the sun.

So what? Our hospital's drug rehab programme is a detox and a talk. We rarely address the work and money that keep people using.

Now what?
- I want to pilot a group that links people with the National Youth Employment Agency.
- I'm reading about contingency management in low-resource settings.
- My consultant, Dr. Asare, suggests partnering with a church youth group, because the church is where the young men already are.

"Wo ho te sɛn?" — how are you? — is the first question in clinic. It's time we meant the answer.
`,
  },
  {
    id: "gh-gibbs-003",
    setting: "old age psychiatry",
    role: "medical student",
    text: `
Description. Psychiatry rotation, a home visit with the community psychiatric nurse to ⟦NAME|Nana Yaa Asantewaa Boateng⟧, ⟦AGE|aged 97⟧, ⟦OTHER|the queen mother of Abetifi who still judges the Akwasidae dances⟧. Her family said she wanders at night and "speaks with those who have gone".

Feelings. Awe, honestly.

Evaluation. The CPN did a brief cognitive screen and talked with the family about dementia. I noticed that nobody, including the family, wanted to use that word about a queen mother.

Analysis. Status can protect older people from neglect; it can also hide illness. Night wandering in dementia has practical solutions: lights, a companion, a locked gate.

Conclusion. Culturally informed dementia care means working with the role, not against it.

Action plan. Read more about dementia care in Ghana; ask my supervisor, Dr. Owusu, about respectful language for dementia in Twi.
`,
  },
  {
    id: "ug-free-001",
    setting: "inpatient psychiatry",
    role: "psychiatry resident",
    text: `
⟦FACILITY_ROOM|Butabika⟧ on a Monday: every ward overfull, mattresses on the floor. ⟦NAME|Ssemwogerere Joseph⟧ came in ⟦FACILITY_ROOM|Ward Kirinya, mattress 31⟧, brought by LC1 officials from his village after he set fire to a neighbour's banana plantation. He'd been on haloperidol for years and had run out when the district hospital's stock ran out.

His mother ⟦NAME|Nalongo Nakato⟧ followed two days later by boda boda with his medical book.

It's easy to blame patients for stopping medication. In his case the medication stopped him. I'm writing to our district mental health coordinator about stockouts, and I'm going to count how many of this month's readmissions began with a stockout.
`,
  },
  {
    id: "ug-what-002",
    setting: "trauma",
    role: "clinical psychologist",
    text: `
What? Group interpersonal therapy for depression in northern Uganda, in a village where almost every family lost someone during the war. I co-facilitated with a lay counsellor who had lost her own brother.

So what? The IPT model was developed in the US and adapted here in the early 2000s. It works because grief, role disputes and transitions are universal, and because the group becomes a community.

Now what? I'm recording what the lay counsellors change about the manual. They've added songs at the start and a shared meal at the end. The manual says neither. The group attendance says both matter.

My supervisor, Dr. Akello, says our job is to support the lay counsellors, not to supervise them into psychologists. Apwoyo matek to the women of the group, who taught me more than I taught them.
`,
  },
];
