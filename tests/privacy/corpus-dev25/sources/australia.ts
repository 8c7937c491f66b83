import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: remote Aboriginal health, sexual health, school-based youth health, family violence, telehealth abortion. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote antenatal care",
    role: "Aboriginal health practitioner",
    text: `
Yarning about a young mum I've been looking after, for my Cert IV reflective journal.

⟦NAME|Tahlia⟧ is 17 and pregnant with her first. She lives out at ⟦LOCATION|Ngukurr⟧ with her nan, ⟦NAME|Aunty Dulcie Roberts⟧, who is the boss of that house. ⟦NAME|Tahlia⟧'s Medicare number is ⟦ID|${medicare("2953 1847", 1)}⟧ and she uses her cousin's mobile, ⟦PHONE|0491 570 156⟧, because hers got smashed.

She missed her 20-week scan because the plane to Katherine was full of footy players, and then she didn't want to fly on her own anyway. The midwife, Jess, and I drove out with the portable Doppler and did what we could. Baby's heartbeat strong, fundal height right for dates. Syphilis serology was negative, which is a big relief up here with the outbreak.

The hard part: she hasn't told the father's family, because they're a different skin group and it's "wrong way" for them to be together. She's shamed. I'm from a neighbouring community so I understand some of it, but I can't fix it.

Sitting with her nan made the biggest difference. ⟦NAME|Aunty Dulcie⟧ said she'll go down to Darwin with her for the birth at 38 weeks, which is what we need for a first baby out here. It's a long time away from family and country, and I think we should have more birthing on country options.

For me, culturally safe care means I don't push. I sit, I listen, I come back.
`,
  },
  {
    id: "au-what-002",
    setting: "sexual health clinic",
    role: "sexual health physician",
    text: `
What?
Infectious syphilis notifications in Australia have climbed steadily for a decade, and this month our inner-Sydney clinic saw a cluster of secondary syphilis in young heterosexual men and women, not only in gay men, where most of our cases used to be. Two were pregnant women.

So what?
The ASHM syphilis guidelines are clear: benzathine benzylpenicillin 2.4 million units IM, a single dose for early syphilis, three weekly doses for late latent. We had a shortage of Bicillin L-A earlier in the year, which was stressful. One patient had a Jarisch–Herxheimer reaction, fever and rigors about six hours after treatment, which I'd warned him about but he still came to ED.

Congenital syphilis is what keeps me up at night. There have been infant deaths in Australia, mostly in remote First Nations communities but increasingly in cities too. National guidance now recommends testing in the first trimester, at 26–28 weeks, at 36 weeks and at birth in outbreak areas.

Partner notification is the piece that relies on trust. We use the Let Them Know website for anonymous texts, but most people prefer we do it.

Now what?
- Our nurse unit manager, Helen, is setting up a walk-in syphilis testing session at a TAFE campus.
- I'm giving a talk for local GPs about testing in pregnancy.
- I'll audit our time from positive result to treatment; I think we can do better than a median of four days.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "school-based youth health",
    role: "school-based youth health nurse",
    text: `
Description: A Year 10 student at ⟦LOCATION|Kingaroy State High School⟧, ⟦NAME|Jayden Whitfield⟧, came to see me on ⟦DATE|Tuesday 18 February⟧. He is 15 and told me a girl had sent him nudes and he had forwarded them to a group chat, and now the police liaison officer wanted to talk to him. He gave me his school email, ⟦EMAIL|jwhit23@eq.edu.au⟧, and his Snapchat, ⟦OTHER|jaydenw_0404⟧, because he wanted me to "check he wasn't in trouble."

Feelings: Conflicted. I care about the girl, who is the real victim here. I also didn't want a 15-year-old boy to feel he had no one to talk to.

Evaluation: I gave him accurate information about image-based abuse, the law in Queensland, and the eSafety Commissioner's reporting tools. I did not give legal advice. I told the deputy principal, Mrs. Carmody, as the school's process requires, and the girl was already being supported by the guidance officer.

Analysis: This is becoming the most common "sexual health" issue I deal with. The Respectful Relationships curriculum covers consent, but young people don't connect "forwarding a photo" to sexual harm until it happens.

Conclusion: Being a safe adult doesn't mean agreeing with what someone did.

Action plan: I'm working with the HPE teacher, Mr. Doyle, on a session about images and consent for Year 9, using real (de-identified) scenarios. I'll also attend the eSafety training for school staff next term.
`,
  },
  {
    id: "au-free-004",
    setting: "birth centre",
    role: "midwife",
    text: `
I've been a midwife in a Melbourne birth centre for nine years and caseload midwifery is still the best job in health.

This week I supported a woman through her first birth in the pool. Twelve hours of labour, mostly at home, then four hours with us. She used the TENS machine early and nitrous oxide for the last part. Baby came at 2:14 a.m., Apgar 9 and 9, straight onto her chest. Third stage was physiological, which she'd asked for, with a blood loss of 350 mL.

I want to write down a few clinical reflections because it's easy to forget.

Group B strep: she was positive on her 36-week swab, so she had IV benzylpenicillin in labour, and we agreed in advance that a water birth was still fine with antibiotics on board. Our obstetric consultant, Dr. Ng, is supportive of this as long as the protocol is followed.

Continuity: she had met me at every visit from 14 weeks. When she wobbled in transition and said "I can't do this," she believed me when I said she could, because I had earned that trust over months.

Perineum: a first-degree tear, no suturing needed.

Evidence: the Cochrane review on midwife-led continuity models (Sandall et al., 2016) shows fewer preterm births and fewer interventions. It always surprises me that it isn't the standard everywhere.

It's a privilege to be part of these days in people's lives. Tired, but grateful.
`,
  },
  {
    id: "au-comment-005",
    setting: "birth centre",
    role: "midwifery educator",
    text: `
Lovely reflection, and a good example of how continuity builds trust in labour. One thing to add to your GBS notes: the timing of the first dose matters, so note when it was given relative to birth. I'd love you to share this story with our new graduates next month, especially the part about "I can't do this" in transition.
`,
  },
  {
    id: "au-what-006",
    setting: "emergency department",
    role: "family violence social worker",
    text: `
What?
A 32-year-old woman, ⟦NAME|Mrs. Rebecca Lindqvist⟧, came into ⟦FACILITY_ROOM|Bed 14 in the emergency department at the Royal Hobart Hospital⟧ with a broken nose and a black eye, 20 weeks pregnant. She first said she had fallen. When the nurse and I were alone with her, she said her partner did it on ⟦DATE|Australia Day⟧ at the barbecue. She lives at ⟦ADDRESS|22 Wentworth Street, Bellerive TAS 7018⟧ and gave us that only as her "old" address, because she planned to leave.

So what?
Pregnancy is one of the highest-risk times for family violence, and strangulation is one of the strongest predictors of later homicide. I asked specifically about non-fatal strangulation; she said yes, once. That changes the risk assessment entirely. The obstetric team checked the baby, and the CTG was normal.

I worked with her on a safety plan. Tasmania's Safe at Home program and the police could help with a Family Violence Order. She didn't want police involved that day.

I was impressed by the nurse, Priya, who noticed that her partner kept answering questions for her and used the "I need to do a private check" line to get him out of the room.

Now what?
- I'll follow her up via the antenatal clinic social worker so she's not lost.
- I'm adding a question about non-fatal strangulation to our ED family violence screening script.
- I'll read the 2023 national plan's section on pregnancy.
`,
  },
  {
    id: "au-free-007",
    setting: "refugee health clinic",
    role: "women's health nurse",
    text: `
I work at a refugee health clinic in south-east Melbourne. Most of our women are from Afghanistan, South Sudan, Myanmar and Iraq. I want to reflect on what I've learnt about sexual and reproductive health from them.

First, the interpreter is everything. A professional, female interpreter on the phone is better than a relative in the room, every time. Once a husband "interpreted" for his wife that she didn't want contraception. When we got an interpreter, she told us she wanted an implant and that he must not know.

Second, FGM. Some of our Sudanese and Somali clients have had it, and they are often anxious about pregnancy and about being judged. We refer to the FARREP program and try to talk about it without shock on our faces.

Third, hepatitis B. Many women from Asia and Africa have chronic hepatitis B. We screen everyone, and in pregnancy we check viral load; tenofovir from 28 weeks if high, and the baby gets the birth dose vaccine and immunoglobulin.

Fourth, trauma. Some women have survived rape as a weapon of war. We don't ask for the story; we ask what makes them feel safe. Our psychologist, Amira, is trained in trauma-focused therapy and many women trust her because she is from the community.

The 2020 national refugee health guidelines are my constant companion. But honestly, the biggest lesson is to slow down. A 20-minute appointment is never enough.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "telehealth abortion service",
    role: "telehealth nurse",
    text: `
Description: A telehealth consult for early medical abortion. ⟦NAME|Ms. Kirra Dawson⟧, 22, from a small town in western NSW, Medicare ⟦ID|${medicare("3182 6604", 2)}⟧. She was 7 weeks by dates. During the video call the connection kept dropping, and when I checked the logs her session showed the same IP address, ⟦IP|203.0.113.58⟧, as another booking the day before made under a different name with the same mobile, ⟦PHONE|0491 570 284⟧.

Feelings: Suspicious, and then worried for her.

Evaluation: When I asked carefully, she said the other booking was her partner trying to "check" what she was doing. He wanted her to keep the pregnancy. She was alone when we spoke, she said, but she was whispering.

Analysis: MS-2 Step is safe up to 9 weeks and telehealth increases access for rural women, who may be hours from a provider. But telehealth also means I can't see who's in the room. Reproductive coercion is real and is part of family violence. I followed our safety protocol: a code word for "someone is listening," and asked if she could talk from somewhere else.

Conclusion: She chose to go ahead. We sent the medication to a pharmacy in the next town instead of her home, at her request.

Action plan: I've asked our clinical lead, Dr. Tan, to review whether duplicate IPs and phone numbers can trigger an automatic flag. I'll also do the 1800RESPECT training module on reproductive coercion.
`,
  },
  {
    id: "au-free-009",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
A rural GP's notes on a week of "sexual health" that was really general practice.

Monday: a man in his sixties with a long history of Parkinson's disease asking about erectile dysfunction. He was embarrassed to ask in front of his wife, then relieved when she said she'd been wanting him to. Sildenafil is fine with his medications, but I checked for nitrates first.

Tuesday: a 16-year-old wanting the pill, who came with her best friend for moral support. Mature minor assessment, blood pressure 112/70, migraine without aura, so the combined pill was OK. We talked about condoms for STIs, and I offered a chlamydia test, which she took.

Wednesday: hepatitis C treatment for a woman in her forties. Sofosbuvir/velpatasvir for 12 weeks, which has been on the PBS since 2016 and has changed everything. She cried when I said the word "cure."

Thursday: a man with a Bell's palsy who was convinced it was a stroke; his House–Brackmann grade was III. Prednisolone started within 72 hours. Not sexual health, but he'd been putting it off because he'd come to see me about a "private problem" first.

Friday: PrEP started for a young gay man who drives two hours to see me because he doesn't want the local chemist to know. I've suggested a telehealth script and a pharmacy in the city.

Confidentiality in a small town is the whole job. My practice nurse, Leanne, reminds me of that every week.
`,
  },
];
