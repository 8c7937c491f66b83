import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): 12 items. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "eating disorders",
    role: "mental health nurse",
    text: `
**Description.** Night shift, ⟦DATE|Boxing Day⟧. ⟦NAME|Maisie⟧ ("⟦NAME|Mais⟧" to everyone on the unit, she hates her full name) pulled her NG tube out for the third time that week, in ⟦FACILITY_ROOM|bed 6 on Ward 9 at Rowan Lodge⟧. Her BMI was 13.1 on admission and the MARSIPAN checklist had her amber on almost everything. I was the only qualified nurse on with two HCAs.

**Feelings.** Honestly, anger first. Then shame about the anger. She is fourteen.

**Evaluation.** The re-passing went fine, Dr Achebe talked me through the pH check over the phone and it was 4.5. What went badly was me: I said "we've been over this" in a tone I would not want used on my sister.

**Analysis.** Restraint for feeding is about the most coercive thing we do. Christmas makes it worse — food everywhere, families visiting with selection boxes.

**Conclusion.** I need a script for the moment before I get short with someone.

**Action plan.** Supervision with Jo next week; read the MEED guidance (2022) properly rather than skimming it on my phone.
`,
  },
  {
    id: "uk-what-002",
    setting: "liaison psychiatry",
    role: "psychiatry trainee",
    text: `
## What?
First solo night as the liaison CT1. A man in his forties brought in under section 136 by two officers who had clearly been with him for five hours already, sitting on plastic chairs in resus corridor. He had taken around 40 paracetamol, so the medical team had him on the acetylcysteine regimen, and I was asked whether he "needed a section 2". He didn't; he had capacity and wanted help, he just did not want the police in the room.

## So what?
The 136 suite was full, so the emergency department became the place of safety by default. I realised how much of my assessment was shaped by the two uniforms at the foot of the trolley. NICE NG225 (2022) says a psychosocial assessment should not be delayed by medical treatment; in practice I waited two hours because I assumed I should.

## Now what?
- Ask the officers to step out earlier, and document why.
- Read the local 136 protocol rather than relying on my registrar, Tomasz, to remember it.
- Keep the Samaritans number (116 123) and the crisis line on the discharge leaflet, which we had run out of.
`,
  },
  {
    id: "uk-free-003",
    setting: "old age psychiatry",
    role: "consultant psychiatrist",
    text: `
Home visit today that I keep thinking about. ⟦NAME|Mrs Isobel Rennie⟧, ⟦AGE|94⟧, lives alone at ⟦LOCATION|the farm past the kirk at Kilmany⟧ — the GP's referral simply said "⟦LOCATION|the Rennie place⟧, everyone knows it" and the taxi driver did. CHI ⟦ID|${nhs("140382 462")}⟧ on the letter, though it turned out to be her late husband's; the surgery had merged the records years ago.

She scored 17/30 on the MoCA but she ran me round the steading and named every ewe. Her son ⟦NAME|Alasdair⟧ wants a Section 47 certificate and a move to a home in Cupar. She does not. The Adults with Incapacity Act (2000) asks what the adult's past and present wishes are, and hers are not hard to find.

What I am taking from it: capacity is decision-specific, and a low screening score is a reason to look harder, not a verdict. I have asked our OT, Fiona, to do a kitchen assessment, and I will see ⟦NAME|Mrs Rennie⟧ again in a fortnight.
`,
  },
  {
    id: "uk-free-004",
    setting: "opioid substitution",
    role: "community pharmacist",
    text: `
Supervised consumption is a strange, intimate bit of pharmacy. Every morning from 8.30 I have a small queue at the consultation-room door: methadone 1 mg/mL measured out, or buprenorphine tablets crushed under my eye, a cup of water, a bit of chat. Most of my regulars have been coming longer than I have been qualified.

This week a woman in her thirties told me she was switching to the monthly buprenorphine injection through the drug service. I was surprised to feel a little bereft. Then I realised that is the point: she gets her mornings back, no queue, no being seen by neighbours buying milk.

Things I have learnt in a year:
1. Naloxone kits go out with every new script, no exceptions, and I ask again at every review.
2. "Missed three doses" is a clinical event, not an admin one — tolerance drops, and the prescriber needs to hear today.
3. The Orange Book (2017) is more readable than I expected.

My pre-reg tutor, Gareth, used to say that the methadone queue is the most honest ward round in town. I understand him now.
`,
  },
  {
    id: "uk-comment-005",
    setting: "liaison psychiatry",
    role: "medical student",
    text: `
Really moving post. Is this ⟦OTHER|the lad from Gorton with the swallow tattoos on his hands⟧? I clerked a ⟦NAME|Kyle⟧ in majors the same week and he said exactly that about the police being in the room. If it's him he was back on ⟦DATE|Friday the 9th⟧ — hope he's doing OK.
`,
  },
  {
    id: "uk-what-006",
    setting: "prison mental health",
    role: "in-reach nurse",
    text: `
What? Week two on the prison in-reach team. Reception screen on a man remanded the previous night, ⟦NAME|Dean Whitworth⟧, prison number ⟦ID|A4471KT⟧, held on ⟦FACILITY_ROOM|B wing, cell 3-14, at HMP Grindlow⟧. He told the officer he was "fine" and told me he had planned how he would do it. I opened an ACCT and stayed with him while the case review was set up.

So what? I found I had been treating the ACCT as paperwork that protects us. Sitting on the edge of that bunk, it was the only document in the building that asked what he was afraid of. He was afraid of his sentencing date, ⟦DATE|2 May⟧, and of his daughter seeing it on Facebook.

Now what? I want to use the "Keep Safe" conversation properly and not rush it because the wing is about to unlock. Our team lead, Angela, suggested I shadow the Listeners scheme coordinator — prisoners trained by the Samaritans — because they hear things we never will.
`,
  },
  {
    id: "uk-gibbs-007",
    setting: "community mental health",
    role: "occupational therapist",
    text: `
Description: I co-facilitated my first Recovery College course, "Understanding Psychosis", with a peer trainer. Twelve students, a mix of people with lived experience, carers and two of our own support workers.

Feelings: I was nervous that I would slip into lecturing. I did, twice.

Evaluation: The peer trainer's story about hearing voices on the bus landed in a way no slide of mine could. My bit on antipsychotics (clozapine monitoring, weight gain with olanzapine) drew the most questions, which surprised me.

Analysis: The Recovery College model treats everyone as a student. That flattened the hierarchy I normally hide behind. I noticed I used "patient" three times in the first hour and "student" after that.

Conclusion: Co-production is not me presenting and the peer trainer adding colour. It is a shared plan from the start.

Action plan: Meet my co-trainer a week before the next session, not the morning of. Read the ImROC briefing papers our manager, Nadia, sent round in March.
`,
  },
  {
    id: "uk-free-008",
    setting: "perinatal mental health",
    role: "perinatal nurse",
    text: `
A quick one because I'm still buzzing. Discharge day from the mother-and-baby unit for ⟦NAME|Carys⟧ and ⟦NAME|baby Elis⟧, seven weeks after she came in with postpartum psychosis, ten days after the birth. Her mam drove up from ⟦ADDRESS|12 Heol y Nant, Caerffili CF83 1XY⟧ with a car seat still in the box.

⟦NAME|Carys⟧ gave me a card with a photo of ⟦NAME|Elis⟧ in the ⟦FACILITY_ROOM|Nyth room, cot 2⟧ and wrote "diolch am bob cwtch". I will keep it forever, but not on my pinboard at work. Her community team number is on the plan and she has my duty phone too — she texted from ⟦PHONE|07700 900318⟧ at 6 am to say they had slept four hours straight.

Clinically: lithium restarted at 400 mg nocte with levels on day five, breastfeeding stopped after a long conversation, and a relapse signature written in her own words.
`,
  },
  {
    id: "uk-free-009",
    setting: "alcohol detox",
    role: "medical student",
    text: `
# Psychiatry week 3: alcohol

## The ward
I spent the week on the dual-diagnosis ward. The consultant, Dr Whitfield, makes every student calculate units from the drinking history before we're allowed to clerk. A 3-litre bottle of 7.5% cider is 22.5 units — I got that wrong on day one.

## Things I did not know
- **Wernicke's** is a clinical diagnosis; you give Pabrinex (two pairs TDS) on suspicion, not confirmation.
- **Korsakoff's** memory loss often comes with confabulation that sounds perfectly plausible.
- Chlordiazepoxide is front-loaded and tapered over 5–7 days, guided by the GMAWS score rather than by the clock.

## Reading
- [NICE CG115 — alcohol-use disorders](https://www.nice.org.uk/guidance/cg115)
- [Royal College of Psychiatrists on alcohol](https://www.rcpsych.ac.uk/mental-health)

## Reflection
I went in with a lazy stereotype of who gets admitted for detox. The people I met this week included a retired teacher, a chef and a man younger than me. The stereotype did not survive Tuesday.
`,
  },
  {
    id: "uk-comment-010",
    setting: "eating disorders",
    role: "ward manager",
    text: `
Lovely reflection and the action plan is spot on. One ask, though: please edit out the unit name and the bed, and the festive timing too. Our young people read these blogs, and so do their parents. Anonymise hard, then anonymise again. Happy to look over a draft before you repost.
`,
  },
  {
    id: "uk-free-011",
    setting: "child and adolescent mental health",
    role: "clinical psychologist",
    text: `
I have been a psychologist in a CAMHS team in Belfast for six years and this is the first time I have written anything about a young person who is not in a case file. I am writing because I think what went wrong is worth telling, and because he gave me permission, sort of, in the way sixteen-year-olds give permission: "sure, whatever, just make me sound sound."

I will call him by the name he wanted, ⟦NAME|Ciarán⟧. He was referred after a night on the bonfire at ⟦DATE|the Twelfth⟧ when he climbed the pallets and would not come down. His mum, ⟦NAME|Siobhan⟧, thought it was drink. It wasn't. He had not slept in four nights, he was posting non-stop as ⟦OTHER|@ciaran_no_sleep_bt9⟧, and the posts were getting stranger — long threads about codes in the bonfire flags.

Here is what went wrong. His first appointment was a routine slot, six weeks out, because the referral letter used the words "behavioural" and "possible substance misuse". Nobody looked at the posts. When I finally did, on the Friday before the appointment, the account had a video titled "the last one" pinned at the top: ⟦URL|https://www.tiktok.com/@ciaran_no_sleep_bt9/video/7301946628310455554⟧. We got the crisis team out within the hour. He is fine now, or finer. The early intervention in psychosis team have him, and he's doing his GCSE resits.

What I learnt, in no particular order:

1. Triage language shapes triage speed. "Behavioural" is a word that slows everything down.
2. Young people's online lives are clinical information. Looking is not snooping if it is discussed and recorded.
3. I should have asked ⟦NAME|Siobhan⟧ a simple question at the first phone call: "When did he last sleep?"

I have taken this to our team's learning forum, anonymised, and we have changed the triage script to include sleep and social media explicitly. Our service manager, Declan, pushed it through in a fortnight, which in the NHS is light speed.

I still think about that pallet stack. Fifty feet of wood and a boy on top of it who thought the world was talking only to him.
`,
  },
  {
    id: "uk-free-012",
    setting: "inpatient psychiatry",
    role: "mental health nurse",
    text: `
Posting my handover sheet template because people asked, with a real night filled in so you can see how I use it. (Yes, I know. Read on.)

**Acute admissions ward — nights — handover to early**
- ⟦FACILITY_ROOM|Bed eleven, Larch ward⟧ — ⟦NAME|J. McK⟧ (the ⟦NAME|"Big Jamesie"⟧ one, not the young one), s3, day 9. Slept from 0130. Declined clozapine bloods again; obs hourly.
- ⟦FACILITY_ROOM|Bed 4⟧ — informal, settled, discharge planning.
- ⟦FACILITY_ROOM|Bed 7⟧ — s2 day 3, PRN lorazepam 1 mg at 2215 with good effect.
- ⟦NAME|J. McK⟧'s wife ⟦NAME|Moira⟧ rang at 0300, number ⟦PHONE|07700 900 562⟧, wants a callback re tribunal on ⟦DATE|the twenty-third⟧.

Afterthought, and the real reason I'm posting: I wrote this for the blog, then looked at it again with our ward manager. The whole template is fine. The first and fourth lines are not — a bed number, a nickname and a phone number are enough for anyone in this town. I've left this version up for a day as a teaching example with permission from the team, and I'll replace it with the blank template tomorrow.
`,
  },
];
