import type { SourceItem } from "../../corpus/types.ts";

/** United States: 11 items, 6 with identifiers, 2 comments. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "abortion care",
    role: "family medicine resident",
    text: `
I did my reproductive health rotation at a clinic in southern Illinois, where about half of our patients now drive in from states with bans. This is about ⟦NAME|Destiny Harlan⟧, nineteen, who arrived with her cousin ⟦NAME|Marisol⟧ after a nine-hour drive from Texarkana. Her LMP was ⟦DATE|April 2⟧ and her ultrasound put her at 11 weeks 4 days, so she could still have a medication abortion.

The part that stays with me is the paperwork. A financial assistance fund needed her SSN, ⟦ID|078-05-1120⟧, and a phone number, and she gave us her cousin's, ⟦PHONE|(903) 555-0164⟧, because she did not trust her own phone to stay private. She asked three times whether anything would be sent to her home state. Our attending, Dr Renee Walsh, explained HIPAA slowly and honestly, including what it does not cover.

Clinically it was straightforward: mifepristone 200 mg in clinic, misoprostol 800 mcg buccal at home 24 to 48 hours later, ibuprofen, and a follow-up telehealth visit with a urine hCG at four weeks. Emotionally it was not. ⟦NAME|Destiny⟧ was calm. I was the one who was angry, at the drive, at the cost, at the fear.

I am learning to keep that anger out of the room and put it into advocacy elsewhere. Next month I am joining the ACOG state lobby day.
`,
  },
  {
    id: "us-what-002",
    setting: "contraception clinic",
    role: "OB/GYN resident",
    text: `
**What?** My first supervised Nexplanon insertion, in a Title X clinic in Philadelphia. The implant is 68 mg of etonogestrel in a 4 cm rod, placed subdermally over the triceps, 8 to 10 cm above the medial epicondyle. Dr Hannah Bergstrom watched, corrected my angle once, and then let me finish. Afterwards we both palpated the rod and I documented it.

**So what?** I had done it on the training arm six times, and a real arm is different: softer, moving, attached to a person who is watching you. The patient asked if it would stop her periods, and I had to say honestly that bleeding is unpredictable. About one in five users stop bleeding, and a similar number have frequent or prolonged bleeding, according to the CDC US MEC (2024). I felt the tension between selling a method and counselling about it.

**Now what?** I want to get better at counselling before insertion, not just at insertion. I will use the Bedsider method explorer with patients and I will ask the nurse practitioner, Luz Ortega, to observe one of my counselling sessions. I also want to learn removal of deep implants, which is becoming a referral service in our region.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "sexual assault nurse examiner",
    role: "nurse",
    text: `
**Description.** I am a SANE nurse in Ohio. A woman came to our ED at 02:10 after an assault by an ex-partner. During the exam she told me he always knew where she was. Our advocate, Keisha, helped her look at her phone and found a tracking app logging in from ⟦IP|198.51.100.47⟧, which she recognised as her ex's home internet because he had "fixed" her router. She was worried he would read the discharge summary on her patient portal.

**Feelings.** I felt out of my depth with the technology and afraid of saying something wrong that would end up in a court transcript.

**Evaluation.** The forensic exam went well; I followed our state kit protocol, offered emergency contraception (ulipristal 30 mg) and HIV PEP, and documented injuries with the body map. What went less well was the portal: our electronic record sends notes automatically, and I had to ask IT to suppress it.

**Analysis.** Technology-facilitated abuse is common in intimate-partner violence. NNEDV's Safety Net project has guidance on it, which I had never read. I realised that "safety planning" now includes phones, cars and accounts, not just where to sleep.

**Conclusion.** I should ask every IPV patient whether they think they are being tracked.

**Action plan.** Read the Safety Net toolkit; ask our team to build portal suppression into the SANE order set.
`,
  },
  {
    id: "us-free-004",
    setting: "HIV prevention",
    role: "pharmacist",
    text: `
Since our state allowed pharmacists to prescribe PrEP, I have started about forty people on it from our pharmacy in Denver. I want to reflect on the women, because they are the ones I almost missed.

Most of the people who asked about PrEP at first were gay and bisexual men who had heard about it from friends or from apps. Women did not ask. When I looked at the CDC's 2021 PrEP guideline again, I noticed it recommends that all sexually active adults be informed about PrEP, not only those who ask. So I began mentioning it when I supplied emergency contraception or filled a prescription for STI treatment.

The conversations were awkward at first. One woman laughed and said "that's for gay guys". Another told me her partner had HIV and was undetectable, and asked whether she needed it at all; I explained U=U and that PrEP is still an option if she wants control. For cisgender women, Descovy is not approved, so I prescribe emtricitabine/tenofovir disoproxil fumarate, and I explain that protection for receptive vaginal sex takes about 20 days, longer than for anal sex.

I check creatinine and hepatitis B status, do a fourth-generation HIV test, and see people every three months. What I have learned is that prevention depends on who we think is at risk. My next step is a one-page handout for women, reviewed by our local community group.
`,
  },
  {
    id: "us-free-005",
    setting: "fertility clinic",
    role: "embryologist",
    text: `
I am an embryologist, and I rarely see patients. This reflection is about a couple I met only once, ⟦NAME|Marcus⟧ and ⟦NAME|Tanya Oyelaran-Briggs⟧, who came to the lab window to ask about their frozen embryos after their divorce papers were filed. Their embryos were stored in ⟦DEVICE|dewar LN2-0417, canister 6⟧, and the chart number on every straw was ⟦ID|FRT-229184⟧.

They did not come together. ⟦NAME|Tanya⟧ came in the morning and asked whether she could use the embryos; ⟦NAME|Marcus⟧ called in the afternoon to ask that nothing be done. Our consent form from their 2019 cycle had a box for "divorce" that said the embryos would be discarded. Neither of them remembered signing it.

I felt the weight of an object in a tank that meant everything to two people who disagreed. Our medical director, Dr Alan Fitch, took over the conversations and called our counsel. My job was to say nothing, keep the straws frozen, and document every contact.

The technical lesson is that consent documents written at the hopeful start of IVF have to anticipate the worst. The human lesson is that the lab is not neutral: we are holding something. I have asked our clinic to review the consent forms against ASRM's ethics committee opinion on disposition of embryos, and to offer counselling at the consent visit about what each choice really means.
`,
  },
  {
    id: "us-what-006",
    setting: "obstetrics and gynecology clerkship",
    role: "medical student",
    text: `
**What?** On my OB/GYN clerkship in Atlanta I scrubbed into my first cesarean. Dr Marcus Hale made a Pfannenstiel incision, and the resident, Dr Kim, talked me through each layer: skin, subcutaneous fat, rectus sheath, the rectus muscles separated in the midline, peritoneum, then the lower uterine segment. I held a bladder blade for fifty minutes and my arm shook for the last twenty.

**So what?** Before this I had learned the anatomy from Netter and had memorized Naegele's rule, Leopold's maneuvers and the Bishop score. None of it prepared me for how fast the delivery was once the uterus was opened, or for the noise of the baby crying while the team kept working. I was also surprised by how much talking happened: the anesthesiologist narrated everything to the patient behind the drape, and the patient laughed at one point.

**Now what?** I want to understand why the cesarean rate in the US is about 32% and what drives the variation between hospitals. I will read the ACOG/SMFM consensus on safe prevention of the primary cesarean (2014) before my next labor and delivery shift, and I will ask to follow one patient from admission to discharge so I see more than the operation.
`,
  },
  {
    id: "us-free-007",
    setting: "gynecologic oncology",
    role: "hospice nurse",
    text: `
⟦NAME|Grandma Lu⟧, as everyone called her, was ⟦AGE|98 years old⟧ when recurrent endometrial cancer brought her to our hospice unit. She had refused surgery two years earlier and said she had "done her living". Her great-granddaughter, ⟦NAME|Kaylee⟧, set up a page at ⟦URL|https://www.caringbridge.org/visit/grandmalu-whitfield⟧ and posted updates every evening, which meant half of Decatur knew how her bowels were.

I struggled with that page. Every post had details we had discussed at the bedside, and the family read them aloud to visitors. But ⟦NAME|Grandma Lu⟧ loved it. She asked for the comments to be read to her and she answered some of them herself, dictated to ⟦NAME|Kaylee⟧. It was her way of saying goodbye to a church, a bowling league and a whole street.

Clinically we managed vaginal bleeding with tranexamic acid 1 g three times daily, and pain with a morphine syringe driver starting at 10 mg over 24 hours. She died on ⟦DATE|Sunday, November 17⟧ with the page open on ⟦NAME|Kaylee⟧'s phone.

My lesson is that privacy belongs to the patient, and that my discomfort was not hers. I still will not say things at the bedside that I would not want posted, but I have stopped assuming that openness is a failure of privacy.
`,
  },
  {
    id: "us-comment-008",
    setting: "peer comment",
    role: "medical student",
    text: `
Great reflection on the Nexplanon. I found the counselling harder than the insertion too. Our clinic in Minneapolis uses a teach-back script that Dr Sandoval wrote, and it helped me stop overselling. Also worth knowing the US MEC app is free and covers drug interactions with enzyme inducers like carbamazepine and rifampin.
`,
  },
  {
    id: "us-comment-009",
    setting: "peer comment",
    role: "OB/GYN resident",
    text: `
I was on the overnight when ⟦NAME|Destiny⟧ was discussed, and I remember the cousin's kindness more than anything. One practical point: the abortion fund forms should never have asked for a full SSN. Our clinic now uses the last four digits only. Your anger is shared, friend.
`,
  },
  {
    id: "us-free-010",
    setting: "adolescent gynecology",
    role: "faculty",
    text: `
I teach adolescent gynecology to pediatric residents, and every year the hardest session is confidentiality. Residents arrive with a script from pediatrics, where parents are in the room for everything, and I ask them to send the parent out for part of the visit from age twelve.

This year a resident, Dr Priya Venkataraman, pushed back. She said it felt dishonest to promise confidentiality when the explanation of benefits from insurance would show the visit to the parent anyway. She was right. I had been teaching a half-truth. Confidentiality in adolescent care in the US depends on state law for minor consent, on the 21st Century Cures Act rules about portal access, and on billing, which few of us understand.

We spent the session mapping our own state's rules instead of my slides. We found that a fourteen-year-old can consent to STI testing and contraception here, but that lab results may be visible to the parent through the portal unless we mark them confidential. We wrote a checklist: what we can promise, what we cannot, and how to say both.

I also reflected on HEADSSS and why I still use it. Its strength is the order: home first, sex later, so that trust builds. Its weakness is that it feels like a questionnaire. I now teach it as a conversation, with Dr Venkataraman's checklist stapled to the back.
`,
  },
  {
    id: "us-gibbs-011",
    setting: "gender-affirming care",
    role: "medical student",
    text: `
**Description.** In a primary care clinic in Seattle I met ⟦NAME|Elliot Navarro⟧, a 27-year-old trans man, who came in with pelvic pain. He had been on testosterone cypionate for four years. He told me early that he runs a popular account on TikTok, ⟦OTHER|@elliot.not.ellie⟧, and posts about his health, and that he did not want to be recognised in our waiting room again, because someone had filmed him there.

**Feelings.** I felt protective and also clumsy, because I realised I had not thought about the waiting room as a privacy problem.

**Evaluation.** My preceptor, Dr Ramona Shaw, did the pelvic exam with his consent and a pediatric speculum. We ordered a pelvic ultrasound and a pregnancy test; testosterone is not contraception, which he knew but many patients do not. We also tested for gonorrhea and chlamydia. What went badly was the front desk calling his legal name.

**Analysis.** The Fenway Health and UCSF Transgender Care guidelines both say pelvic pain in trans men on testosterone needs the same differential as in anyone with a uterus, plus atrophy. The system failures were about names, not medicine.

**Conclusion.** Clinical care was good; the experience around it was not.

**Action plan.** I will raise the name-in-waiting-room problem at our clinic's quality meeting and ask about using chosen names on the check-in screen.
`,
  },
];
