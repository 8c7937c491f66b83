import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): 12 items, 6 with identifiers, 2 comments. */
export const UK: SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "early pregnancy unit",
    role: "medical student",
    text: `
**Description.** On my O&G block I sat in with the nurse sonographer, Bethan, in ⟦FACILITY_ROOM|scan room 2 of the Early Pregnancy Unit at Royal Gwent⟧. ⟦NAME|Chloe⟧ had come in at 07:50 with spotting at what she thought was nine weeks. Her LMP was ⟦DATE|3 January⟧ and she had a positive test on ⟦DATE|Valentine's Day⟧, which she told us twice. The scan showed a gestation sac with a fetal pole of 7 mm and no heartbeat. Bethan said the words gently and then stopped talking, which I would not have known to do.

**Feelings.** I felt useless holding the box of tissues. I also noticed myself calculating dates with Naegele's rule in my head, as though the maths could make it less real.

**Evaluation.** The plan was a rescan in seven days, as NICE NG126 suggests for a CRL under 7 mm. The partner, ⟦NAME|Rhys⟧, kept asking whether it was "definitely over", and Bethan would not promise him either way. Honesty without certainty is hard to watch.

**Analysis.** I filled in the EPU booking slip afterwards and wrote her NHS number, ⟦ID|${nhs("485 777 332")}⟧, on the rescan request. It struck me how a form reduces the worst morning of someone's year to boxes.

**Conclusion and action plan.** Next time I will sit at eye level and say less. Dr Hollings, our consultant, suggested I read the Miscarriage Association leaflets before the next clinic so I know what families take home.
`,
  },
  {
    id: "uk-what-002",
    setting: "sexual health clinic",
    role: "foundation doctor",
    text: `
**What?** A Friday walk-in session at an integrated sexual health service in Birmingham. I drained my first Bartholin's abscess under the supervision of Dr Amara Okonkwo, who let me place the Word catheter while she talked the patient through it. Earlier the same session I saw three people for chlamydia treatment with doxycycline 100 mg twice daily for seven days, and one for a repeat of ceftriaxone 1 g IM after a gonorrhoea contact.

**So what?** I had read about Bartholin's cysts in the BASHH guidance but had never felt how tense the swelling is. The patient's pain dropped from about nine out of ten to two within minutes. I realised that half my anxiety was about the procedure and half about the conversation, and Dr Okonkwo handled the conversation first. She asked about pain, about previous episodes, and whether the person wanted a chaperone, before she even opened the dressing pack.

**Now what?** I have booked two more procedure sessions with the senior nurse, Gemma Price, and I am going to practise explaining the Word catheter in plain English ("a small balloon that keeps the hole open for a few weeks"). I also want to revisit the 2018 FSRH guidance on quick-starting contraception, because two of the people I saw wanted the pill and I was not confident about when to advise a pregnancy test.
`,
  },
  {
    id: "uk-free-003",
    setting: "female genital cutting clinic",
    role: "midwife",
    text: `
I work two sessions a week in a specialist FGM clinic in Glasgow, and this reflection is about a woman I will call by the name she asked me to use, ⟦NAME|Hodan⟧. She was 24 weeks pregnant, had type 3 FGM done in childhood, and had been told by a neighbour that the hospital would "cut her again and report her". Her CHI number, ⟦ID|${nhs("120398 452")}⟧, was on the referral from her GP with a note that said only "FGM - please see".

We talked for fifty minutes with an interpreter, Faduma, on the phone. ⟦NAME|Hodan⟧'s main worry was not the birth. It was her daughter, ⟦NAME|Ayaan⟧, who is four, and whether social work would take her. I explained mandatory reporting in Scotland differs from England, that our duty is about the risk to the girl, and that asking about it is not an accusation. She cried, then laughed, then asked whether deinfibulation would hurt more than labour.

We agreed antenatal deinfibulation at around 28 weeks under local anaesthetic in ⟦FACILITY_ROOM|the day-case room on Ward 47 at the Princess Royal Maternity⟧, booked for ⟦DATE|Tuesday 11 June⟧. I documented the WHO type, the conversation about the law, and that she declined reinfibulation after birth. What stays with me is how much of my job was undoing a rumour.
`,
  },
  {
    id: "uk-free-004",
    setting: "menopause clinic",
    role: "GP registrar",
    text: `
My trainer, Dr Fiona MacRae, runs a menopause clinic one afternoon a week, and I joined her for three months. I arrived thinking menopause care was mostly about prescribing oestrogen. I left understanding it is mostly about listening to women who have been dismissed for years.

The clinical lessons were concrete. We used transdermal oestradiol gel, usually starting at one pump (0.75 mg) a day, with micronised progesterone 100 mg at night for women with a uterus. We did not routinely check FSH in women over 45 with typical symptoms, following NICE NG23 (2015, updated 2024). Fiona was strict about asking about migraine with aura, venous thromboembolism and breast cancer history, and she used the Women's Health Concern fact sheets in almost every consultation.

The harder lessons were about time. Several women told us their previous GP had offered antidepressants for what they now recognised as perimenopausal symptoms. One said she had "Googled her way" to the clinic. I felt defensive on behalf of my profession and then ashamed of feeling defensive. Fiona said the defensiveness was useful only if I turned it into better first consultations.

I now use the Greene Climacteric Scale as a structure, I ask about libido and vaginal dryness without waiting to be asked, and I offer vaginal oestrogen readily. I have also learned that testosterone is a conversation, not a reflex.
`,
  },
  {
    id: "uk-what-005",
    setting: "sexual health clinic",
    role: "sexual health adviser",
    text: `
**What?** Partner notification after a new syphilis diagnosis. The index patient, ⟦NAME|Kyle Marsden⟧, gave me one regular partner and "a few from the apps". He agreed I could contact the regular partner, ⟦NAME|Jordan⟧, on ⟦PHONE|07700 900318⟧, and he showed me the profile of one of the others, whose handle was ⟦OTHER|@sk8rboi_hull⟧. ⟦NAME|Kyle⟧ asked me to email the follow-up letter to ⟦EMAIL|kmarsden.works@example.com⟧ rather than post it, because his mum opens his mail.

**So what?** Syphilis cases in our area have risen steadily since 2019, and partner notification is the part of the work nobody sees. I noticed I wanted to get through the list quickly; ⟦NAME|Kyle⟧ wanted to tell me how scared he was of having given it to someone. Benzathine penicillin 2.4 MU was the easy bit.

**Now what?** I logged the contacts in the PN record, not in my notebook. I will use the BASHH 2015 syphilis guideline and the provider referral function in our system for the app contacts, rather than messaging handles myself, which my supervisor, Lorraine, reminded me is not our policy. I also want to ask at team meeting how we handle patients whose parents open their post.
`,
  },
  {
    id: "uk-gibbs-006",
    setting: "cervical screening",
    role: "practice nurse",
    text: `
**Description.** A trans man in his thirties came for cervical screening after receiving a letter that used a female title, because our system had only just been updated. He had been on testosterone for six years and had not had a smear since before transition.

**Feelings.** I was nervous about getting words wrong, and I was aware that the letter had already got them wrong for us.

**Evaluation.** What went well: I asked what words he used for his body and used them back. I offered the smallest speculum and a self-insertion option, and lubricant, which current guidance allows. What went badly: the sample taker form still had a box labelled "LMP", and I had to explain why.

**Analysis.** Testosterone can cause atrophic changes, which can make sampling painful and increase inadequate results. The NHS Cervical Screening Programme guidance for trans and non-binary people (2020) says people registered male are not invited automatically and must opt in. My patient only found us because a friend told him. I read the guidance from the Terrence Higgins Trust and the "Cervical screening for trans men" resource from Jo's Cervical Cancer Trust afterwards.

**Conclusion.** I will suggest vaginal oestrogen for two weeks beforehand where atrophy is likely, and I will raise the letter template with our practice manager, Kate Jessop.

**Action plan.** Add a note to our recall system so that men and non-binary people with a cervix are invited with the right wording.
`,
  },
  {
    id: "uk-free-007",
    setting: "gynaecology oncology",
    role: "staff nurse",
    text: `
⟦NAME|Mrs Eileen Corscadden⟧ was ⟦AGE|96⟧ and had a vulval squamous cell carcinoma that had been hidden, she said, "because you don't show your daughter that". She lay in ⟦FACILITY_ROOM|bay 4, bed 2 on Ward 4A at the City Hospital in Belfast⟧ after a wide local excision on ⟦DATE|2 May⟧, and she called every nurse "pet".

What I want to reflect on is pain. Our team was cautious with opioids because of her age and her eGFR of 38. She was on paracetamol 1 g QDS and oxycodone 2.5 mg as needed, and she never asked for the oxycodone because she did not want to be "a bother". It took her granddaughter, ⟦NAME|Niamh⟧, to tell us that granny's silence meant pain, not comfort. After that we used the Abbey Pain Scale and offered analgesia before dressings, and her face changed.

The consultant, Mr Doherty, was clear in the MDT that a woman in her nineties can have radical surgery if she is fit, and that age alone is not a reason to withhold treatment. I agree, but I learned that age is a reason to ask more carefully. My action: I will ask older women directly about pain at every dressing change, not wait to be told.
`,
  },
  {
    id: "uk-free-008",
    setting: "abortion care",
    role: "nurse",
    text: `
I have worked in abortion care in Cardiff for four years, and I want to write about early medical abortion at home, which became permanent in Wales in 2022. Most of my consultations are now by telephone. I take a history, check the dates by last period, screen for ectopic risk and safeguarding, and we post mifepristone 200 mg and misoprostol 800 micrograms.

My worry at the start was that I would miss something without seeing the person. What I have found is that people tell me more on the phone. They are in their own kitchen. They are not sitting in a waiting room with a partner they did not choose to bring. I always ask whether they are safe to talk, and I always arrange a code word if not, which my team leader, Sian Powell, taught me.

The difficult calls are the ones where the dates do not add up, or where someone is unsure. The RCOG 2022 guideline is clear that an ultrasound is needed only where there is clinical uncertainty, and I have had to learn to trust my own judgement about what counts as uncertainty.

I also had to examine my own feelings about repeat abortions. I noticed a flicker of judgement during one call and it bothered me for days. Supervision helped. My aim is simple: nobody should leave a call with me feeling judged.
`,
  },
  {
    id: "uk-comment-009",
    setting: "peer comment",
    role: "medical student",
    text: `
Really useful reflection on the EPU, thank you. I had a similar morning in Aberdeen last month and also found myself doing gestation arithmetic to avoid the feeling. Our registrar, Dr Kaur, said the Tommy's resources are good for students. Did anyone else find the NICE NG126 pathway confusing the first time?
`,
  },
  {
    id: "uk-comment-010",
    setting: "peer comment",
    role: "midwife",
    text: `
Thank you for writing about ⟦NAME|Hodan⟧. I met her at the antenatal class in ⟦FACILITY_ROOM|the Princess Royal Maternity⟧ and she spoke about her daughter there too. Worth adding that the NSPCC FGM helpline and the Scottish Refugee Council can support families who fear social work. Your point about undoing rumours is spot on.
`,
  },
  {
    id: "uk-what-011",
    setting: "domestic abuse",
    role: "foundation doctor",
    text: `
**What?** In a gynaecology emergency clinic I saw a woman, ⟦NAME|Mrs Tracey Dunmore⟧, with recurrent pelvic pain and a fourth negative STI screen in a year. When her partner stepped out to move the car, I asked the routine enquiry question about whether anyone at home hurt her. She said yes, quickly, as though she had been waiting. She gave me a safe address to write on the referral, her sister's at ⟦ADDRESS|22 Dovecote Close, Mansfield NG19 6PT⟧, and a safe time to ring.

**So what?** I was taught routine enquiry in our 2023 teaching day but had never done it in a real room. I felt panic about the partner coming back. The IDVA referral form asked for a DASH risk assessment and I scored her as high risk, which meant a MARAC referral. I had not realised how quickly one question turns into a process.

**Now what?** I will keep the DASH form on my desk and learn it by heart. My supervisor, Dr Beckett, debriefed me and said the most important thing I did was to believe her. I want to learn how our clinic can see women alone without it looking unusual, perhaps by routinely asking partners to wait outside for part of every consultation.
`,
  },
  {
    id: "uk-free-012",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
A reflection on emergency contraception at the counter. I am a community pharmacist in Leicester, and on a typical Saturday I supply two or three courses of emergency hormonal contraception. The conversation happens in a consultation room the size of a cupboard.

I used to treat it as a simple supply: check timing, check weight, check interacting drugs, choose levonorgestrel 1.5 mg or ulipristal acetate 30 mg. The FSRH guidance (2017, amended 2020) says a copper IUD is the most effective option, and I now mention it first, every time, even though I cannot fit one. Most people are surprised to hear it exists.

What I had not thought about was body weight. For people over 70 kg or with a BMI above 26, we offer a double dose of levonorgestrel or ulipristal. Asking someone's weight across a counter is awkward, and I have learned to explain why I am asking before I ask.

I also think about young people. I supply to under-16s using Fraser guidelines and the Gillick principle, and I always ask about safeguarding. My colleague Priya taught me to ask "is the other person older than you?" rather than asking about consent directly.

My next step is to complete the Centre for Pharmacy Postgraduate Education module on sexual health and to find out whether our local sexual health clinic will take direct pharmacy referrals for IUD fitting.
`,
  },
];
