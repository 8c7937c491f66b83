import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): sexual health, midwifery, school nursing, TB, GBV. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "sexual health clinic",
    role: "sexual health nurse",
    text: `
Description: Walk-in Thursday at the integrated sexual health service. ⟦NAME|Kayleigh⟧ (19) came in for emergency contraception and asked, before I had even sat down, whether her boyfriend could "see" the visit on the NHS app. Her NHS number ⟦ID|${nhs("485 777 302")}⟧ was already on screen from a previous chlamydia test. She asked us to change her contact number to ⟦PHONE|07700 900318⟧ because he checks the old phone every night.

Feelings: I felt a knot in my stomach. The question was practical but the fear behind it was not.

Evaluation: We did well on the medicine side: levonorgestrel 1.5 mg, a pregnancy test for three weeks' time, and a quick chat about the copper IUD as the more effective option, which she declined. Where I was slower was the routine enquiry. I nearly skipped it because the waiting room was full.

Analysis: The FSRH guidance is clear that the copper coil is the most effective emergency method, but it is also clear that the consultation is a chance to ask about coercion. Her question about the app was the disclosure, really. My supervisor, Alison Reeve, pointed out afterwards that "can he see this" is one of the commonest ways young women tell us things are not right.

Conclusion: I should have asked the safety question first and the clinical ones second.

Action plan: Read the local reproductive coercion pathway again, and practise the two-line opener Alison uses. Flag the app question at our next team huddle.
`,
  },
  {
    id: "uk-free-002",
    setting: "postnatal home visits",
    role: "community midwife",
    text: `
Seven postnatal visits today across the east of Bradford, and I want to write down the one thing that kept coming up: nobody tells first-time mums how much the third day hurts, emotionally.

Four of my seven were in tears at some point. Not postnatal depression, not yet anyway, just the day-three dip when the milk comes in, the stitches pull, and the relatives have gone home. I used the Edinburgh scale twice and both scored low, which was reassuring, but I still left the leaflets and the perinatal mental health number.

Clinical bits, for my own record: one baby with jaundice at 72 hours, bilirubin on the meter at 190, below the NICE treatment line for gestation, so a recheck tomorrow. One mum on enoxaparin 40 mg for six weeks after a section, who needed a refresher on injecting into the abdomen. One tongue-tie referral. All babies had had their Apgar scores of 9 and 10 recorded, and the newborn blood spot is booked for day five on all of them.

Dr Hussain, the GP I share most of these families with, rang at lunch about a mum on sertraline who wants to breastfeed. We went through the LactMed entry together. It's one of the better-studied SSRIs in breastfeeding and levels in infant serum are usually undetectable.

What I'm taking away: the day-three visit is the most important one we do, and it is the one most likely to be cut when we're short. I'm going to raise that at the team meeting on the 9th.
`,
  },
  {
    id: "uk-what-003",
    setting: "school health",
    role: "school nurse",
    text: `
What?
A Year 9 girl at ⟦LOCATION|St Aidan's Academy in Hetton-le-Hole⟧ came to my drop-in on ⟦DATE|Wednesday 5 March⟧ asking about the "morning after pill". She is 14. Over about twenty minutes it came out that the boy is 19, that they met through Snapchat, and that he posts photos of her on an account called ⟦OTHER|@hetton_lad_x⟧. She called him her boyfriend throughout.

So what?
Fraser guidelines and the Gillick principle let me give contraceptive advice to an under-16 who understands it, but they do not switch off safeguarding. An age gap of five years and images online are not a grey area. I followed the school's DSL procedure the same morning and spoke to the designated lead, Mr Pattison, who made the referral to children's social care. I gave her honest information and did not promise confidentiality, which I had said at the start of the drop-in anyway.

What I found hard was her anger when she realised I would share it. She said "you're just like everyone else." I keep hearing that.

Now what?
I will start every drop-in with the confidentiality limits said plainly, not in a leaflet. I have also asked our named nurse for safeguarding, Debbie Carr, for supervision on how to keep a young person engaged after a referral, because I would rather she came back to me than to nobody.
`,
  },
  {
    id: "uk-free-004",
    setting: "HIV clinic",
    role: "HIV consultant",
    text: `
I've been an HIV physician since 2004, long enough to remember telling people their life expectancy in years rather than decades. This week I gave a new diagnosis to a man in his fifties and spent most of the appointment on one message: undetectable equals untransmittable.

The science is settled. PARTNER and PARTNER2 followed thousands of serodifferent couples and found zero linked transmissions when the viral load was suppressed. BHIVA's guidance has said so since the 2022 update. Yet the first thing he asked was whether he could ever hug his grandchildren again.

Stigma is the disease we haven't treated. His CD4 count was 180, so he needs co-trimoxazole prophylaxis until it recovers, and we started bictegravir/emtricitabine/tenofovir alafenamide the same day. The clinical pathway is simple now. What isn't simple is that he drove two hours to see us in Leeds because he didn't want to be seen at his local clinic.

I also keep thinking about Kaposi's sarcoma and Pneumocystis, the diagnoses that defined the clinic when I started. My old boss, Professor Janet Mirren, used to say that every late diagnosis is a missed test somewhere else. She was right. He'd had shingles twice and a blood test for fatigue in the last two years, and nobody offered an HIV test.

Opt-out testing in emergency departments is the best policy change I've seen in my career. I'd like to see it in general practice.
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "contraception clinic",
    role: "specialty trainee in sexual and reproductive health",
    text: `
Description: My first solo IUS insertion under supervision. Nulliparous woman, 24, fitting a Mirena for heavy periods and contraception. Sounding was fine at 7 cm, but about a minute after insertion she went pale, clammy and her heart rate dropped to 42.

Feelings: Honestly, panic for about five seconds, then the training kicked in.

Evaluation: Vasovagal, almost certainly cervical shock. We laid her flat, legs raised, and she recovered within two minutes without atropine. Dr Okonjo, my supervisor, stayed beside me and let me lead, which I appreciated.

Analysis: The FSRH clinical guideline on intrauterine contraception (2023) covers this, and we'd discussed it in the simulation day, but it is different when it's a real person. Risk factors include nulliparity and anxiety, both present. I had offered intracervical lidocaine and she had declined it. In hindsight I could have explained its role more clearly.

Conclusion: The emergency equipment check at the start of the list matters. So does saying out loud before you start: "if you feel faint, tell me."

Action plan: Log this in my e-portfolio under the procedural competencies, complete three more supervised fits before signing off, and reread the local protocol for managing cervical shock, including when to give atropine 600 micrograms.
`,
  },
  {
    id: "uk-free-006",
    setting: "TB service",
    role: "TB specialist nurse",
    text: `
Video-observed therapy has changed my job more than anything since I qualified. I used to spend half my day on buses across Newham watching people swallow tablets. Now most of my caseload sends me a short clip each morning.

But VOT only works if you can find people when it stops working. ⟦NAME|Mr Rahman Chowdhury⟧ missed four days of clips last month. He is six weeks into treatment for pulmonary TB, smear positive at diagnosis, on the standard four-drug regimen. His mobile ⟦PHONE|07700 900742⟧ went to voicemail. The address we had, ⟦ADDRESS|Flat 9, 41 Barking Road, London E13 8HN⟧, turned out to be a friend's, and the friend said he had moved to share a room closer to a job at a warehouse.

The reason he went quiet, when I eventually found him, was shame. His new housemates didn't know, and he'd been taking the tablets in the toilet and couldn't film it. He'd told his employer it was "a chest infection."

We went back to in-person observation at the clinic before his shift, which suits him. I also spoke to our social worker about whether he's eligible for the housing support that the TB programme can help with.

The lesson for me is that adherence problems in TB are almost always something else first: housing, work, stigma, money. The pills are the easy part.
`,
  },
  {
    id: "uk-comment-007",
    setting: "sexual health clinic",
    role: "nurse mentor",
    text: `
Really thoughtful piece. The bit about asking the safety question first is exactly what I'd want a newer colleague to take from a consultation like that. One small addition: the routine enquiry works best when it is normalised, so say "I ask everyone this" before you ask. Happy to do a role-play with you next Tuesday after the 1pm clinic if that helps. — Marian
`,
  },
  {
    id: "uk-what-008",
    setting: "FGM clinic",
    role: "specialist midwife",
    text: `
What?
I saw ⟦NAME|Mrs Hodan Farah⟧ in the FGM clinic at ⟦FACILITY_ROOM|Birmingham Women's Hospital⟧ at 24 weeks. She has type 3 FGM, done in Somalia when she was six. She wanted to know whether she could have a normal birth, and she was worried her husband's family would find out if she was deinfibulated before labour.

So what?
We talked through antenatal deinfibulation at around 20 weeks as the usual recommendation, versus during labour. She chose labour, which is her right. I documented it, explained that we have a mandatory duty to record FGM in her health record, and that because she is an adult this is not a police referral. I also had to ask about her daughters, which is always the hardest part. She has a girl, ⟦NAME|Ayaan⟧, aged three. She said firmly she would never allow it.

The baby was born on ⟦DATE|17 June⟧ by spontaneous vaginal delivery with an anterior episiotomy and deinfibulation in the second stage. The RCOG Green-top Guideline 53 was our reference throughout.

Now what?
The FGM Information Sharing system flag for ⟦NAME|Ayaan⟧ and the new baby is a protective measure, not an accusation, and I need to get better at explaining it that way. I'm drafting a one-page explanation in English and Somali with our interpreter, Sahra, for the clinic.
`,
  },
  {
    id: "uk-free-009",
    setting: "hospital domestic abuse service",
    role: "independent domestic violence advocate",
    text: `
I work as a hospital IDVA, based in the emergency department and the maternity unit. People sometimes ask what the difference is between my role and a social worker's. The short answer: I only work with people who want to work with me.

Pregnancy is a known trigger point for domestic abuse. About a third of abuse starts or gets worse in pregnancy, and the maternity booking appointment is often the only time a woman is seen alone. Midwives ask the routine enquiry question and, when the answer is yes, they call me.

This month I took eleven referrals. Three were high risk on the DASH checklist and went to MARAC. The rest were a mix: financial control, partners who attend every appointment, a woman whose husband hid her folic acid because he didn't want her to be "the sort of woman who plans."

The things that help most aren't clever. A private room. An interpreter who is not a family member. A safe number written on something that looks like an appointment card. A midwife who remembers to ask again at 28 weeks.

Clare's Law lets women ask the police about a partner's history; I explain it to nearly everyone. The 2021 Domestic Abuse Act recognised children as victims in their own right, which has changed how I write risk assessments.

My supervisor, Nadia, says the work is "planting seeds you may never see grow". Most days that's what it feels like.
`,
  },
  {
    id: "uk-comment-010",
    setting: "FGM clinic",
    role: "obstetric registrar",
    text: `
Thanks for writing this up. I was on the labour ward when ⟦NAME|Mrs Farah⟧ came in and the plan in her notes made the second stage calm for everyone. The deinfibulation was straightforward with the birth plan you'd written. A bilingual card would be brilliant; the Somali version of the Green-top leaflet is very out of date. Could we take it to the next perinatal governance meeting?
`,
  },
  {
    id: "uk-gibbs-011",
    setting: "antenatal home visit",
    role: "community midwife",
    text: `
Description: Booking visit in a farmhouse outside ⟦LOCATION|Kirkmichael in Glen Shee⟧ for a woman of 38 in her fourth pregnancy. Her CHI is ⟦ID|${nhs("120388 412")}⟧. The household includes her husband's grandmother, ⟦NAME|Granny Isa⟧, who is ⟦AGE|96⟧ and sat in on the first half of the visit in the kitchen, offering opinions about everything from folic acid to whether I looked old enough.

Feelings: I liked her enormously, but I was uneasy because I could not ask the domestic abuse question with her there.

Evaluation: I asked the mother to walk me to the car, and asked it at the gate. It was fine, she said, and laughed, but then told me she had wanted a fifth-pregnancy conversation about sterilisation that she could not have in front of the family, who are strongly religious.

Analysis: In rural practice, everyone is related, and the kitchen table is the consulting room. Our guidelines assume a room with a door. I found it helpful to read the Best Start framework again, which talks about continuity of carer as a safety tool.

Conclusion: Asking at the gate worked. It shouldn't be left to chance.

Action plan: Next visit at 16 weeks I've booked her into a clinic appointment in town instead, where we can talk properly. I'll bring the leaflet on female sterilisation and the LARC comparison chart.
`,
  },
];
