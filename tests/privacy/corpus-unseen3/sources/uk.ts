/** England, Scotland, Wales and Northern Ireland (region UK). */
import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "ward round",
    role: "FY1 doctor",
    text: `
## Gibbs reflection: the ward round where I said nothing

**Description**
Thursday ward round on care of the elderly, my third week as an FY1. We got to ⟦FACILITY_ROOM|bed 9 on Ward 24 at St James's⟧, where ⟦NAME|Mrs Doreen Pickles⟧ had been admitted on ⟦DATE|Monday 2 November⟧ with a fall and a new confusion. Dr Hussain (my consultant) asked me to present. I got as far as "she's known to have Parkinson's and a previous NOF" before I realised I had not looked at her drug chart since the evening before. Her co-careldopa had been missed twice because she was nil by mouth for a CT that never happened.

**Feelings**
Hot face, dry mouth. I wanted the floor to open. I also felt a bit angry, honestly, because nobody had told me about the CT being cancelled.

**Evaluation**
What went well: Dr Hussain didn't humiliate me. She asked the nurse in charge, Bev, to get the dose given straight away and asked me to fill in a Datix with her afterwards. What went badly: a woman with Parkinson's went about eighteen hours without her levodopa. Her rigidity was noticeably worse and she couldn't swallow her tablets properly by lunchtime.

**Analysis**
Time-critical medicines are something we had one lecture about in fourth year and I remembered the phrase and not the practice. The NPSA alert on this is from 2010 and still it happens. The "nil by mouth" sign on the bed was treated as absolute, when actually most of her meds could have been given with sips or switched to a patch. I didn't check the chart because I assumed the night team had. Assumptions everywhere.

**Conclusion**
I can't delegate my own checking to the handover sheet. I also learned that speaking up to the nurses early ("is she still NBM? why?") would have saved the whole thing.

**Action plan**
- Check drug charts for Parkinson's meds on every patient on my list before the round.
- Ask pharmacy (Tom, our ward pharmacist) to do a teaching session for the FY1s.
- Re-read the Parkinson's UK "Get it on time" material this weekend.
`,
  },
  {
    id: "uk-what-002",
    setting: "night shift",
    role: "student nurse",
    text: `
**What?**
My first set of nights as a third year student nurse, on an acute medical ward in Dundee. Around 3am a man in his seventies with a chest infection had a NEWS2 of 7. I'd done his obs at 1am and he was 4, so I panicked a bit and went straight to my mentor, Aileen. She stayed calm, repeated the obs, and we escalated to the night FY1 using SBAR. He had a lactate of 4.1 and got the sepsis six within the hour.

**So what?**
I was proud that I recognised the change, but I also noticed that I stood at the bay door for maybe a minute before moving, which is a long time when someone is going off. The Glasgow Coma Scale drop from 15 to 14 was the thing I nearly missed, because he was still chatting, just a bit muddled about what day it was. Aileen said confusion is often the first thing, and it's in every textbook, but I had never seen it before.

**Now what?**
I'm going to practise SBAR out loud with my flatmate (she's a paramedic student and finds this hilarious). I've booked onto the deteriorating patient simulation on 14 January, and I'll reread the RCP NEWS2 guidance from 2017 before my next nights.
`,
  },
  {
    id: "uk-free-003",
    setting: "general practice home visit",
    role: "GP trainee",
    text: `
Home visit, breaking bad news, and the Welsh I don't have

I went out to see ⟦NAME|Mr Gwilym Pryce⟧ at ⟦ADDRESS|Tŷ Isaf, Lôn Glan Môr, Aberdaron, Pwllheli LL53 8BX⟧ on ⟦DATE|Tuesday 10 November⟧ to give him his CT result. He's ⟦AGE|93⟧, still splits his own logs, and had asked for the result "at home and not over the telephone, please doctor". The scan showed a pancreatic mass with liver deposits.

His daughter ⟦NAME|Eirlys⟧ was there. Half the conversation was in Welsh between them and I realised how much of the emotional weight passed me by. My trainer, Dr Rhys Morgan, speaks Welsh and I probably should have asked him to come.

What I did OK: I sat down, I gave a warning shot, I used the word cancer. I didn't rush to treatment talk. I let the silence go on (it felt like ages; it was probably twenty seconds).

What I'd change: I should have found out first what he thought the scan was for. He assumed it was "the gallstones again". I also should have had the Macmillan nurse's number written down rather than saying "someone will ring you".

I'm going to start learning basic Welsh through the health board course, and next time I will ask about language before I go out, not after.
`,
  },
  {
    id: "uk-comment-004",
    setting: "ward round",
    role: "FY1 doctor",
    text: `
@hannah_fy1@mastodon.nhs.social Oh I think I clerked her in on the Sunday! Lovely lady, always asked for her Werther's. The CT mix-up was on the night list as well, it wasn't just you. Honestly the NBM thing on 24 is a system problem, we should raise it at the next FY1 forum together rather than everyone writing separate Datixes.
`,
  },
  {
    id: "uk-free-005",
    setting: "complaint",
    role: "consultant physician",
    text: `
# What I have learned from twenty years of complaint letters

I have been a consultant in acute medicine in Bristol since 2006, and in that time I have answered, by my own rough count, about forty formal complaints. I want to write down a few things for our registrars, because the most recent one (which I will not describe) made me realise how much of this is never taught.

First, the letter is almost never about what it says it is about. A complaint about "rudeness on the ward round" is usually about not being told what was happening. A complaint about a missed fracture is usually about the fact that nobody said sorry when it was found.

Second, the duty of candour (in law since 2014, after the Francis report in 2013) is not a legal trap. It is the single most helpful thing you can do. Say what happened, say you are sorry, say what will change. Families can tell in a sentence whether you are defending yourself.

Third, write the response yourself and then get someone to cut it in half. My first drafts are always twice as long as they need to be and full of phrases like "I note your concerns".

Fourth, meet them if they will let you. A forty-minute meeting with tea does more than four pages.

Finally, look after yourself. I still remember my first complaint, in my second year as a registrar, and I didn't sleep properly for a week. Talk to someone: I talked to Dr Anne Castleton, who was my educational supervisor then, and she told me that being complained about is part of the job, not a verdict on you. She was right.
`,
  },
  {
    id: "uk-gibbs-006",
    setting: "prehospital cardiac arrest",
    role: "paramedic",
    text: `
Gibbs reflection: first ROSC as lead clinician

Description
Last month, working out of a station in south Belfast, my crewmate Ciaran and I were sent to a 58-year-old man who had collapsed in his kitchen. His wife was doing compressions with the call handler counting for her. First rhythm VF. We shocked three times before we got ROSC, about fourteen minutes after our arrival, with the HEMS team landing not long after. He was conveyed to the cath lab and I heard later that he had a proximal LAD occlusion and is home.

Feelings
Weirdly calm during. Absolutely shaking afterwards, in the cab, with a cold cup of tea from the garage. I cried a bit on the drive home, which I didn't expect, because it went well.

Evaluation
Good: compressions were high quality and we swapped every two minutes. I remembered to put the pads on before anything else. I delegated the airway to Ciaran and ran the arrest from the head of the room. The wife was kept in the room with a neighbour and we told her what we were doing in plain words.

Not so good: I was slow to get IV access and went for IO later than I should have. I also forgot to give a clear pre-alert structure; I rambled on the phone to the cath lab.

Analysis
The JRCALC guidance (2019, updated since) and the Resus Council ALS algorithm from 2021 were both in my head, and the structure carried me. What it doesn't cover is what to do with your own adrenaline. My hands were steady, but my speech sped up, which is probably why the pre-alert went badly. The research on bystander CPR in Northern Ireland keeps saying survival depends on those first minutes, and his wife did them. She saved him, not us.

The crying afterwards was, I think, the body catching up. Our wellbeing lead, Joanne, says this is common after a "good" job.

Conclusion
I can run an arrest. I need to be faster to IO and to use ATMIST properly when I phone ahead.

Action plan
1. Practise pre-alerts with ATMIST on the next training day.
2. Go to the IO refresher in the spring.
3. Actually use the TRiM offer next time instead of saying I'm grand.
`,
  },
  {
    id: "uk-what-007",
    setting: "medication error",
    role: "community pharmacist",
    text: `
What? A near miss with methotrexate, written up for my portfolio.

A prescription came in from a GP surgery in Stockport for methotrexate 2.5 mg, "take four tablets daily". The patient was ⟦NAME|Mr T. Bradshaw⟧ (NHS ⟦ID|${nhs("485 777 302")}⟧, DOB ⟦DATE|14/06/1951⟧), who has had weekly methotrexate for rheumatoid arthritis for years. My dispenser, Shabnam, flagged it before it reached me because she knew his usual pattern. I rang the surgery and the prescriber confirmed it was meant to be once weekly; the "daily" had come from a template that defaulted wrongly after their system update.

So what? Daily methotrexate at that dose can kill someone within about two weeks. The MHRA have warned about this since 2006 and again more recently. What struck me was that the safety came from a person knowing the patient, not from the system. Our own PMR did not flag it because the dose per tablet was normal. We got lucky that Shabnam was on.

Now what?
- We've added a hard stop for any methotrexate with "daily" on it.
- I reported it on the Yellow Card/LFPSE side and told the surgery's practice manager so they can fix the template.
- I'll talk about it at our local pharmacy forum next month, without any patient details.
`,
  },
  {
    id: "uk-free-008",
    setting: "safeguarding",
    role: "community midwife",
    text: `
Writing this one down because I can't stop thinking about it, and my supervisor said to.

I'm a community midwife in Renfrewshire. On ⟦DATE|the 28th⟧ I did a day-5 postnatal visit to ⟦NAME|Kayleigh Donnachie⟧ and her baby at ⟦ADDRESS|2/1, 47 Glenpatrick Road, Paisley PA1 3QR⟧. Baby's CHI is ⟦ID|${nhs("231025 442")}⟧, I'd checked it twice on the blood spot card because the first one had been entered wrong at the hospital. Baby was feeding OK, weight down 7%, jaundice mild. Normal so far.

What wasn't normal was the atmosphere. Her partner answered the door, stayed in the room the whole time, and answered questions I asked her. When I asked if I could see ⟦NAME|Kayleigh⟧ on her own to check her stitches, he said "she's fine, she tells me everything". She wouldn't look at me. There was a hole in the living room door about fist height.

I did the routine enquiry the way we're taught, but you can't ask "do you feel safe at home" when he is sitting right there. I managed to get her alone in the bathroom for about two minutes. I gave her the number for the local domestic abuse service written on the back of a breastfeeding leaflet, and asked for a safe number. She gave me ⟦PHONE|07700 900418⟧ which she said was her sister's.

Afterwards I sat in the car for a while. I phoned the safeguarding midwife, Lorna, who was brilliant. We made a referral and flagged it to the health visitor. I documented exactly what I saw and heard, not what I thought.

What I'm taking from this:
- I need a better plan for getting women alone. Some colleagues say they need to "weigh baby in the other room" and take mum with them. I'm going to try that.
- I was scared of making it worse for her. Lorna said that fear is normal and is also exactly why we don't do this alone.
- The hole in the door. I noticed it in the first thirty seconds and didn't write it down until I was in the car. Write it down.

I'm not sleeping well this week. I'll use the supervision session on Friday.
`,
  },
  {
    id: "uk-comment-009",
    setting: "OSCE",
    role: "medical student",
    text: `
@priya_k@medsocial.uk thank you for posting this, genuinely. I failed the same station (the chest pain history) in my mocks and I felt like the only person in the year who had. Dr Whitcombe gave me almost exactly the same feedback about not asking about family history. Going to steal your SOCRATES flashcard idea before finals in March.
`,
  },
  {
    id: "uk-what-010",
    setting: "OSCE",
    role: "medical student",
    text: `
What? My summative OSCE, third year, at Cardiff. Eleven stations. The one that went wrong was the abdominal exam: the simulated patient had been briefed to wince in the right upper quadrant and I was so focused on doing the steps in order that I almost forgot to check Murphy's sign until the examiner looked pointedly at me.

So what? I passed the station but barely. The real learning is that I've been treating examinations as choreography. I know the sequence (inspection, palpation, percussion, auscultation) off by heart, but I'm not listening to what the patient tells me during it. A grimace is a finding. In real life nobody will look pointedly at me.

Also I was running on three hours' sleep because I'd been revising Courvoisier's law and Charcot's triad until 2am, which I then didn't need.

Now what?
- Practise with friends who are told to react, not lie still.
- Go to the ward on Thursdays with the surgical team and examine real abdomens, with consent.
- Sleep before exams. I know. I know.
`,
  },
  {
    id: "uk-free-011",
    setting: "physiotherapy care home",
    role: "physiotherapist",
    text: `
Small wins in care home rehab

I'm a community physio covering care homes around south Shropshire. One of my regulars is ⟦NAME|Stan⟧, who had a left MCA stroke in the summer and moved into ⟦LOCATION|Oakleigh Grange in Bishop's Castle⟧ afterwards. When I first saw him his Berg was 12/56 and he hadn't stood since discharge.

Last week he walked from his chair to the window with a frame and one of the carers, ⟦NAME|Stan⟧ grinning and swearing the whole way. He wanted to see the sheep in the next field. His daughter ⟦NAME|Julie Mottram⟧ filmed it and cried.

What made the difference wasn't me; it was the carers doing his sit-to-stands twice a day because I wrote them on a laminated sheet by his bed, with pictures. When I'd left the programme in the notes before, nothing happened. So the lesson for me is about how you hand things over, not what exercises you pick.

I still worry about falls. His Berg is now 24, which is still high risk, and we had an honest conversation with the family about it. They want him walking anyway. I think that's the right call, but I wrote it down carefully.
`,
  },
  {
    id: "uk-gibbs-012",
    setting: "psychiatry",
    role: "FY2 doctor",
    text: `
Description: During my psychiatry rotation in Newcastle, a young man I had assessed in A&E two weeks before died by suicide. I had seen him, done a risk assessment with the crisis team, and he was discharged with follow-up. I found out at the morning meeting.

Feelings: Numb at first. Then I went through my own notes line by line looking for the mistake. I didn't find one, and that somehow felt worse.

Evaluation: My assessment was thorough and documented. The team supported me: my supervisor, Dr Okafor, sat with me that afternoon and our consultant, Dr Ellen Marsh, arranged a debrief for everyone involved, including the nurse who did the triage.

Analysis: The evidence (and NICE guidance on self-harm from 2022) says risk tools and scales don't predict suicide well, and we shouldn't use them to decide who gets help. I knew that as a fact. I hadn't felt it. A "low risk" label can be reassuring to us and meaningless to the person. I also had to face that I had half-believed that a careful enough doctor can prevent every death.

Conclusion: I didn't cause this. I also can't pretend it didn't affect me.

Action plan: I'll focus on safety planning with people instead of scoring them, go to the Schwartz round next month, and keep seeing my GP, which I started doing after this.
`,
  },
  {
    id: "uk-free-013",
    setting: "oncology day unit",
    role: "oncology nurse",
    text: `
Boundaries, and a fundraising page

One of our regulars on the chemo day unit, ⟦NAME|Lewis Farrant⟧ (22, testicular cancer, third cycle of BEP), asked me if I'd share his fundraiser. He and his mates are doing a sponsored cycle from Land's End for the unit. The page is ⟦URL|https://www.justgiving.com/page/lewis-farrant-rides-for-ward-9⟧ and it's genuinely lovely.

I didn't share it. I wanted to. He'd also given me his personal email (⟦EMAIL|lewisfarrant.rides@gmail.com⟧) "in case you want to join the ride", which I haven't replied to.

I talked it over with my ward manager, Karen, who said the trust policy is clear that we don't link our own social media to patients. It's not about him doing anything wrong; he's an adult and it's his story to tell. It's that once I'm connected to him outside work, the line between nurse and friend gets blurred, and if things go badly with his treatment that blur could hurt both of us.

So I donated anonymously and told him the unit would put a poster up in the waiting room. He seemed fine with that. I still feel a bit mean. But I think being a good nurse to him for the next three cycles matters more than being a follower.
`,
  },
  {
    id: "uk-comment-014",
    setting: "safeguarding",
    role: "health visitor",
    text: `
@lornamidwife@nhs.social This is so well written and I'm glad you got support. One thing though: I'm fairly sure I know this family from the street name and baby's age, and I'm not even in your team. Might be worth trimming the details? Totally agree with the weigh-baby-in-another-room trick, it works for us too.
`,
  },
  {
    id: "uk-what-015",
    setting: "community placement",
    role: "medical student",
    text: `
## What? So what? Now what? — four weeks in a rural practice in Cornwall

### What?
My community placement this year was at a GP practice on the Lizard peninsula, which is about as far from a teaching hospital as you can get in England. I was there for four weeks in October, living in a static caravan, driving a borrowed Fiesta and sitting in with three different GPs: Dr Penrose, Dr Adeyinka and the practice's advanced nurse practitioner, Helen.

I saw more variety than I expected. In one morning: a Bell's palsy (my first), a child with hand, foot and mouth, a farmer with a hand laceration who had glued it himself, two medication reviews and someone who wanted to talk about their dog dying. The Bell's palsy was interesting because Dr Penrose made a point of checking the ear for vesicles, in case it was Ramsay Hunt, and of checking the forehead; I had read about forehead sparing in an upper motor neurone lesion but had never actually looked for it.

### So what?
Three things stood out.

First, continuity. The GPs knew their patients' families going back generations. That makes the consultations faster and warmer, but it also means the GPs carry a huge amount of unspoken information. If a locum comes in, it is lost.

Second, distance. The nearest hospital is an hour away. That changes decisions. A borderline chest pain in Bristol is "go to ED"; here it's a real conversation about the ambulance response time, which the practice manager told me is often over an hour in summer.

Third, I realised I like this. I have always assumed I'd do surgery. I'm not so sure now.

### Now what?
- I want to do my elective somewhere rural, maybe the Highlands or the Western Isles.
- I'll read the RCGP rural forum's stuff on recruitment and continuity.
- I am going to keep a log of conditions I see for the first time, with the eponyms I still confuse (I still mix up Bell's and Todd's in my head for some reason).
- Thank Helen properly. She taught me more about safety-netting in one week than I'd learned in three years.
`,
  },
  {
    id: "uk-free-016",
    setting: "intensive care handover",
    role: "ICU nurse",
    text: `
Handover at 07:30 is the most dangerous half hour of my day and nobody talks about it.

I've worked nights on a general ICU in Cardiff for six years. Tonight (well, last night) I was looking after a ventilated man with pneumonia on noradrenaline, and at handover I forgot to say that his arterial line was damped and his pressures were probably lower than the monitor showed. I remembered at the car park barrier and went back in. My colleague, Sioned, had already noticed and re-zeroed it. No harm. But I felt sick.

We use a structured handover sheet and it's good, but it's built around body systems, so "the line is lying to you" doesn't have an obvious box. And at 07:30, after twelve and a half hours, my brain hands over what's on the sheet.

I'm going to suggest an "equipment and things I don't trust" line on the sheet at our next practice development meeting. Small fix. I also want to stop doing four nights in a row, which is the real problem.
`,
  },
  {
    id: "uk-free-017",
    setting: "district nursing",
    role: "district nurse",
    text: `
Fermanagh roads and a ninetieth birthday

District nursing in the west of Fermanagh means a lot of driving. Today I did my Thursday call to ⟦NAME|Mrs Bernadette McCaffrey⟧, who turned ⟦AGE|90⟧ on ⟦DATE|Sunday 8 November⟧ and had a card from the King on the mantelpiece to prove it. She lives on her own on ⟦LOCATION|the hill farm past the chapel on the Derrylin road⟧, with a collie and a lot of opinions.

I go in for her leg ulcer, but half the visit is tea. I used to feel guilty about that, like I was wasting NHS time. My team lead, Siobhan, told me the tea is the assessment: it's when you notice she's not eating, or the house is cold, or she's repeating herself.

Today I noticed the range wasn't lit and she was in two cardigans. She said the oil hadn't been delivered. I rang her nephew and the oil company, and it came by four. Not nursing, exactly. But it's the kind of thing that keeps a ⟦AGE|90-year-old⟧ with a leg ulcer out of hospital in November.
`,
  },
];
