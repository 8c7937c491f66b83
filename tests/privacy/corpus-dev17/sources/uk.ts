import { nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland). */
export const UK: SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "health visiting",
    role: "health visitor",
    text: `Diary, Thursday night. New birth visit this morning, day 12, the one I'd been putting off because the referral from the midwives said "mum quiet, declined the second visit, partner works away".

⟦NAME|Baby Ellis⟧ is gorgeous. Long fingers, a proper frown. ⟦NAME|Kayleigh⟧ had him on the settee at ⟦ADDRESS|Flat 9, Cromwell Court, 41 Hessle Road, Hull HU3 2BQ⟧ and didn't get up for the whole hour. Red book on the arm of the chair, NHS number ⟦ID|${nhs("485 777 302")}⟧ written on the front in biro by somebody at the hospital, nothing else filled in. Weight 3.41 kg, back above birth weight, feeding bottles of first milk, making them up right, sterilising right. Tick, tick, tick.

And then the Whooley questions and she just looked at the window for so long I thought she hadn't heard. "I don't really feel like he's mine yet." Said flatly, like a weather report.

I did the EPDS with her. 17. Question 10 was a 1. We talked about it properly, the way Jan taught me in my first year on the team — sit still, don't rush to the leaflet. She has a plan for today and a sister in Bransholme who comes round at teatime. I rang the GP from the car and got a same-day appointment for 4pm, and I've referred to the perinatal mental health team.

What I keep thinking is that on paper this was a low-risk family. Good weight gain, clean house, baby thriving. The bit that mattered only came out because I stayed for the tea. Thirty-one visits this month and the one that counted was the one I nearly made shorter.

Supervision with Jan on Monday. Going to bed.`,
  },
  {
    id: "uk-comment-002",
    setting: "health visiting",
    role: "health visitor",
    text: `@hv_rachel@social.nhs.fyi this is the job, isn't it. The weight chart never tells you. We had a perinatal mental health session last month and the psychiatrist said the same: the "quiet, coping" mums are the ones we under-call. Worth a reread for anyone newly qualified: https://www.nice.org.uk/guidance/cg192 and the iHV perinatal guides. Look after yourself this weekend too. #HealthVisiting #PerinatalMentalHealth #PMHWeek`,
  },
  {
    id: "uk-gibbs-003",
    setting: "learning disability",
    role: "GP trainee",
    text: `Description. My first solo learning disability annual health check, ST2 in a practice in Leicester. A man in his forties with Down syndrome, hypothyroidism and early-onset cataracts, brought by his support worker. The template on SystmOne is twelve screens long and I had twenty minutes.

Feelings. Honestly, panic at first. I am used to patients who tell me what is wrong. He told me mainly about Leicester City and a Roy Orbison song.

Evaluation. I followed the template too closely for the first ten minutes and learnt almost nothing. What worked was when I stopped, asked the support worker to show me his health action plan, and asked him to show me where it hurts when he climbs stairs. It was his knees, not his chest, which changed my whole approach.

Analysis. People with a learning disability in England still die, on average, many years younger than everybody else (the LeDeR reports say this every year). Some of that is diagnostic overshadowing: "that's just his Down's". My supervisor Dr Nkechi Adebayo makes us say out loud, at every check, one thing we might be overshadowing. Today it was early Alzheimer's — he has been losing his keys, which his support worker had put down to mood. I did a baseline DSQIID with her and booked bloods: TSH, B12, HbA1c.

Conclusion. Easy-read appointment letters, a double slot, and talking to the person rather than the paperwork.

Action plan. Book all LD checks as 40 minutes. Do the reasonable adjustments flag properly. Finish the RCGP e-learning on learning disability by the end of the month.`,
  },
  {
    id: "uk-what-004",
    setting: "child and adolescent mental health",
    role: "mental health nurse",
    text: `What? A 15-year-old I'll call by her first name, because it's the only name she answers to — ⟦NAME|Tilly⟧ — was brought to the CAMHS crisis assessment by her dad after he found a cutting kit in her blazer pocket. She's been posting about it on a TikTok account, ⟦OTHER|@tillyvsthevoid⟧, which her form tutor found before anyone else did. Seen on ⟦DATE|Tuesday 4 March⟧, late, after school.

So what? Two things got in the way of me actually listening to her. First, I was anchored on the account: I had read the captions before I met her and I walked in thinking I knew her. Second, her dad kept answering for her. When I asked him to step out for ten minutes she told me it started after the thing at ⟦OTHER|the under-16s netball trials at the leisure centre in Kirkby Stephen, the only girl cut from both squads⟧, and that the account was the only place where people "got it".

My supervisor, Marcus, reminded me that self-harm in adolescents is not a diagnosis, it's a communication, and NICE NG225 (2022) is clear that we should not use risk tools to predict who will go on to harm themselves. I'd opened the risk tool twice before we'd said hello.

Now what? Safety plan written with her, in her words, on her phone. A follow-up in 72 hours with the same clinician (me). Dad got the advice leaflet from Young Minds. And I'm going to stop reading a young person's social media before meeting them unless there's a real safeguarding reason to.`,
  },
  {
    id: "uk-free-005",
    setting: "palliative care",
    role: "palliative medicine registrar",
    text: `Dear ⟦NAME|Mr Pryce⟧,

You won't read this, and I wouldn't have posted it if you could have. You told me on my first day that you'd outlived two wives, a dog called Captain and most of the Swansea valley, and that you were ⟦AGE|94⟧ and "not greedy for a ninety-fifth". I wrote it in the notes as "patient is aware of prognosis". It was a much better sentence the way you said it.

You liked the window bed, ⟦FACILITY_ROOM|Room 6 at Tŷ Gwenllian Hospice⟧, because you could see the car park and count the Fords. You asked me every morning whether Wales had won, and every morning I had to check because I don't follow rugby and you knew it.

When the pain in your hip came back we went up on the oxycodone and you slept for most of a day, and your granddaughter ⟦NAME|Ffion⟧ asked me whether we were "putting him to sleep". I said no, and explained the doses, and I think I explained it too fast. Dr Hughes went back and sat with her afterwards and said the same thing more slowly and she cried and thanked him. I am learning that the explanation matters less than the sitting.

You died at 04:20 on ⟦DATE|Sunday 16 February⟧ with the radio on. The night nurse, Bethan, said you had asked for the rugby. I hope somebody told you they lost; you'd have enjoyed complaining about it.

Diolch, ⟦NAME|Mr Pryce⟧.

— a registrar who still doesn't follow rugby`,
  },
  {
    id: "uk-comment-006",
    setting: "palliative care",
    role: "palliative medicine consultant",
    text: `Feedback as your educational supervisor. "I am learning that the explanation matters less than the sitting." Yes — and put that in your portfolio reflection, not just here. One gentle note: ⟦NAME|Mr Pryce⟧'s family may well recognise him from the room and the rugby, even with no surname. Let's talk about a version for the learning log that keeps the feeling and loses the details. Good letter.`,
  },
  {
    id: "uk-free-007",
    setting: "adult mental health",
    role: "mental health nurse",
    text: `Nights on an acute ward, a poem

Half two. The clozapine round is done,
the clipboards sleep in their wire tray.
Somebody sings half a hymn in the quiet room
and stops, the way you'd stop a tap.

I have written "settled" eleven times tonight.
Settled is a word for dust, for bills,
for what a river does when it is tired.
It is not a word for a man at the window
counting the lights on the bypass.

Lithium levels due at six. Obs every fifteen.
Haloperidol, 5 mg, PRN, not given.
Kettle. Kettle. Kettle again.
The student from Bangor asks me what I'd do
if I could change one thing about the job;
I say more nights like this one, where nothing happens
and nothing happening is the whole point.

At five the birds start on the fence by the garden.
At six the day team, coats still on, ask
"anything?" and I say "no, all settled",
and hand over the window, the hymn, the lights,
the word I didn't have.`,
  },
  {
    id: "uk-what-008",
    setting: "prison health",
    role: "GP registrar",
    text: `What? My first week of sessions in prison healthcare. A man on a methadone script of 60 mL daily arrived on a transfer with no record of his last dose. He was in ⟦FACILITY_ROOM|cell 2-14 on B wing at HMP Ashdown Vale⟧ and the nurse, Carol, brought him down to the treatment room clucking, sweating, yawning, pupils wide. His prison number is ⟦ID|A6192KT⟧, and the discharge paperwork from the last establishment had a different number on it, which is how the dose went missing.

So what? I'd assumed that "continuity of care" in prison would be easier than in the community — he's not going anywhere, after all. It's the opposite. Transfers happen at 24 hours' notice, records go in a van, and a dose confirmation depends on a phone call to a pharmacy that closes at five. The risk if I guessed high was an overdose in a cell at 3am. The risk if I gave nothing was withdrawal, a fight, a seizure from the diazepam he'd been buying on the wing.

Dr Varga, the clinical lead, walked me through the RCGP safer prescribing guidance for prisons: confirm with two sources, start low, review at the next session, no "catch-up" doses. We got the confirmation from his community pharmacy by ⟦DATE|Wednesday 22 January⟧, the day after.

Now what? I'm writing a one-page handover checklist for transfers with the pharmacy tech. I also want to sit in on a reception screen, because that seems to be where most of the information is lost.`,
  },
  {
    id: "uk-gibbs-009",
    setting: "care of older people",
    role: "foundation doctor",
    text: `Description. On my care of older people rotation in Bristol, an 86-year-old woman with Parkinson's disease was admitted with a fall and became more confused each evening. Her levodopa had been prescribed at 08:00, 12:00, 18:00 and 22:00 on the chart, but at home she took it at seven, eleven, three and seven, and the 12:00 dose had been missed twice because she was in X-ray.

Feelings. I was embarrassed. I had clerked her and I'd copied the times from the GP summary without asking her.

Evaluation. The good bit: her daughter mentioned the timings to the pharmacist, Femi, who caught it on day three. The bad bit: three days of a rigid, frightened woman who couldn't get out of bed, and a 4AT of 6 on the second evening.

Analysis. Parkinson's UK's "Get it on time" campaign exists precisely because this happens on every ward in the country. Time-critical medicines need to be given within thirty minutes of the patient's usual time, and the electronic prescribing system defaults to round numbers. My consultant, Dr Helen Marchetti, said that in her experience delirium in Parkinson's is as often about missed dopamine as about infection, and she's seen anticholinergics and metoclopramide do the same damage. Her Clinical Frailty Scale was 5, her MMSE last year was 26.

Conclusion. I didn't ask the one person who knew her regimen best: her.

Action plan. Ask every patient with Parkinson's for their actual dose times. Prescribe at those times. Avoid metoclopramide and haloperidol; domperidone if she needs an antiemetic. Teach this at the FY1 teaching on the 19th.`,
  },
  {
    id: "uk-free-010",
    setting: "addiction services",
    role: "addictions nurse",
    text: `Third missed appointment this month for ⟦NAME|Declan Rourke⟧ (CHI ⟦ID|${nhs("150789 413")}⟧), so this afternoon I did the thing we're told not to do too often and drove out to find him. His sister ⟦NAME|Siobhan⟧ had given us her number, ⟦PHONE|07700 900318⟧, "for when he goes quiet", and she said he was sleeping at hers in ⟦ADDRESS|Flat 2/1, 18 Dalmarnock Road, Glasgow G40 4LA⟧.

He was there, on the couch, grey, five days off buprenorphine and back on street Valium and whatever it's cut with now. We had a long, slow conversation. He's not ready to come into the service for another detox. He is ready to carry naloxone again, which he gave away last time to "a wee guy who needed it more". He remembered the training from our group on ⟦DATE|St Andrew's Day⟧ last year better than I did.

I'm writing this because I got a bit of a row when I came back — lone working, no buddy, policy says two. Fair. But I also think about the drug deaths figures for Scotland every single morning, and about the fact that the reason I knew where he was is that his sister trusted us enough to text.

Plan: re-titrate on buprenorphine from Monday, same-day script through ⟦LOCATION|the pharmacy on London Road⟧, naloxone kit given, and I'll go back with my colleague Ross next time, like the policy says.`,
  },
  {
    id: "uk-free-011",
    setting: "general practice",
    role: "GP trainer",
    text: `Continuity is not a luxury — notes from a GP trainer's afternoon

Every new cohort of registrars asks me the same question in their first month: why does the practice try so hard to book people with "their" doctor, when the phones are melting and anyone would do?

I answer with a paper. Pereira Gray and colleagues' systematic review in BMJ Open (2018) found that continuity of care with a doctor is associated with lower mortality, across countries and health systems. The Norwegian registry study from 2022 showed the same: the longer the GP relationship, the fewer out-of-hours contacts and admissions. The mechanism isn't magic. It's that the doctor who saw you in 2019 knows that your "back pain" is always the stress of your mother's house move, and knows when this time it isn't.

Then I tell them about Dr Iona Heath's essay on the mystery of general practice, which I read as a trainee in 2004 and which I still think is the best thing written about the job. And I tell them that I've been their age, panicking about QOF targets at 6pm on a Friday, and that the relationships were what kept me in the job after the pandemic.

This year's registrars, Amara and Tom, are already pushing back: what about the patients who never get continuity because they can't ring at 8am? That's the right question. Equity and continuity pull against each other, and I don't have a neat answer. We're trying micro-teams of three GPs per patient list. Ask me in 2027 whether it worked.

One more thing I tell them, usually in the last tutorial before Christmas. Continuity isn't only a number on a dashboard, it's a kind of memory that the practice holds on a patient's behalf. When the practice nurse, Bev, retired last year after thirty-two years, we lost more of that memory than any of us had realised. Her handover notes ran to nine pages, most of them about who lives with whom and which families shouldn't be booked back to back in the waiting room. No template has a field for that.

#GeneralPractice #Continuity #MedEd`,
  },
  {
    id: "uk-comment-012",
    setting: "general practice",
    role: "GP registrar",
    text: `@drmoirafraser@medsocial.uk one of your registrars here 🙂 The micro-team model has already changed my list — I saw the same three people with heart failure twice this month, and I actually remembered their furosemide doses. The Kings Fund piece on relational care is worth adding to the reading list: https://www.kingsfund.org.uk/insight-and-analysis/long-reads/continuity-care-general-practice #GPtraining #Continuity`,
  },
  {
    id: "uk-free-014",
    setting: "care home medicine",
    role: "GP",
    text: `Quick one from a Friday ward round. ⟦NAME|Mrs Ivy Bell⟧ turned ⟦AGE|100⟧ today at ⟦FACILITY_ROOM|Rowan Lodge⟧ and got her card from the King, which she read twice and then announced was "a bit plain." Cake, sherry, the Vera Lynn CD. Her meds review can wait till Monday: she's on five things, could be on three, and told me she'd "outlived four GPs already, dear, don't rush." Birthday was ⟦DATE|7 November⟧ and the whole care home sang. Best round of the year.`,
  },
  {
    id: "uk-what-013",
    setting: "neonatal care",
    role: "neonatal nurse",
    text: `What? Twins born at 25+3, ⟦NAME|Baby Orla⟧ and ⟦NAME|Baby Cian McAuley⟧, delivered on ⟦DATE|3 November⟧ by emergency section. ⟦NAME|Orla⟧ is in ⟦FACILITY_ROOM|Cot 4 in Nursery 1 at Craigavon Area Hospital⟧'s neonatal unit and ⟦NAME|Cian⟧ was transferred to the regional unit in Belfast for surgery on a perforated bowel. Mum is still on the postnatal ward with us. Dad is driving the M1 twice a day.

So what? For three days I was the nurse looking after a baby whose mother couldn't see her brother. Every shift she asked me about ⟦NAME|Cian⟧ first and ⟦NAME|Orla⟧ second, and I found that hard, because ⟦NAME|Orla⟧ was mine and she was doing well: off the oscillator, on CPAP, tolerating 1 mL of breast milk two-hourly. I think I wanted her mum to be pleased about ⟦NAME|Orla⟧, and I said so to my ward manager, Deirdre, who said that's normal and that my job is to hold the space for both babies, even the one who isn't on my unit.

Bliss has good material on separated twins, and there's a whole literature on "split" NICU families and maternal depression. I'd never read any of it.

Now what? We set up a video call from the cot every evening for Mum to see both babies in one go, with the transport team's help. I'm going to ask whether we can put a photo of the other twin on each incubator, which the Belfast nurses already do.`,
  },
];
