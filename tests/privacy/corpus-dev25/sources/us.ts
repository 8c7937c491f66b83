import type { SourceItem } from "../../corpus/types.ts";

/** United States: Title X, PrEP, SANE, school-based health, tribal health, postpartum. */
export const US: SourceItem[] = [
  {
    id: "us-what-001",
    setting: "family planning clinic",
    role: "nurse practitioner",
    text: `
**What?** A 17-year-old came to our Title X clinic in Austin for the Depo shot and a pregnancy test. Her mom had found her pills. She gave me a new number to call with results, ⟦PHONE|(512) 555-0183⟧, which belongs to her older cousin, and an email, ⟦EMAIL|lunita.garza07@yahoo.com⟧, "because Mom doesn't know that one." The intake form also had her mom's SSN on it (⟦ID|078-05-1120⟧) from an old Medicaid application, which the front desk had scanned in without thinking.

**So what?** Texas parental consent law for minors is complicated, and Title X confidentiality is the one thing that protects kids like her. If that SSN and the family's insurance get used for billing, an Explanation of Benefits goes home and the whole thing unravels. I also noticed how casually we carry other people's identifiers around: the mom isn't our patient, but her number was in the chart.

**Now what?**
- Talked to our billing lead, Rosa, about flagging confidential Title X visits so no EOB is sent.
- Asked IT to remove the scanned Medicaid form from the chart.
- Gave her medroxyprogesterone 150 mg IM, negative urine hCG, and a follow-up in 12 weeks.
- Written a short checklist for the front desk: no third-party IDs, ask "where is safe to contact you" every visit.
`,
  },
  {
    id: "us-free-002",
    setting: "PrEP clinic",
    role: "PrEP navigator",
    text: `
I've been a PrEP navigator in Atlanta for three years. The South has more than half of new HIV diagnoses in the country, and Black gay and bisexual men carry most of that. Those are the numbers everyone quotes. What I actually do all day is insurance appeals and text reminders.

The medical part of PrEP is simple. Emtricitabine/tenofovir disoproxil once daily, or the alafenamide version for some people, or cabotegravir injections every two months after the two loading doses. The CDC's 2021 guideline update made it easier: test, start, retest at three months. Creatinine clearance above 60 for TDF. Hep B status matters because stopping can cause a flare.

The hard part is everything else. A 22-year-old told me he hides his pill bottle inside a vitamin container because his grandmother reads labels. A married man in his forties comes in only on Tuesdays because that's when his wife works late. A trans woman stopped coming after a pharmacist misgendered her at the counter.

Dr. Whitaker, our medical director, says the best PrEP clinic is the one people actually come back to. So we've started same-day starts, evening hours twice a week, and mailing refills in plain envelopes.

When I see public figures talk about HIV prevention I'm grateful, but I also notice it rarely sounds like the people I meet. I want our clinic to feel like somewhere you'd send your cousin.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "sexual assault nurse examiner service",
    role: "SANE nurse",
    text: `
Description: I was called at 02:40 for a sexual assault exam. The patient, ⟦NAME|Brianna Tollefson⟧, 20, was in ⟦FACILITY_ROOM|Room 6 of the Emergency Department at Harborview Medical Center⟧. Her MRN ⟦ID|H48820173⟧ was on the evidence kit labels. The assault happened the night of ⟦DATE|Saturday, October 11⟧, after a party near campus.

Feelings: Tired, then very focused. She kept apologizing for "wasting my time," which stayed with me on the drive home.

Evaluation: I followed the national protocol: consent for each step, the option to stop, photos only with permission. She chose a kit but not a police report yet, which Washington allows. We gave emergency contraception (ulipristal 30 mg), HIV PEP (she met criteria), and prophylaxis for gonorrhea and chlamydia: ceftriaxone 500 mg IM and doxycycline 100 mg twice daily for seven days.

Analysis: Trauma-informed care is not a technique; it is slowness. I sometimes rush the medical history because the kit has so many steps. She needed more time at the start. The advocate, Leah, was brilliant at that.

Conclusion: The medical part went well. The first ten minutes could have been better.

Action plan: I'll start every exam by sitting down and saying how long it usually takes, and that she is in charge. I'll also review the PEP follow-up pathway so I can tell patients exactly who will call them and when.
`,
  },
  {
    id: "us-free-004",
    setting: "school-based health center",
    role: "nurse practitioner",
    text: `
Notes from a week in a school-based health center in the Bronx, for my DNP portfolio.

Monday: three sports physicals, one asthma action plan, and a 15-year-old asking whether you can get pregnant the first time. (Yes. We talked.)

Tuesday: HPV vaccine catch-up day. The 9-valent vaccine is a two-dose series if you start before 15, three doses after. Many of our kids started late. I wish more parents knew that the vaccine is cancer prevention, not permission.

Wednesday: A girl with secondary amenorrhea for five months. Pregnancy test negative. We talked about weight, stress, sports; her BMI is normal. She has acne and some hair on her chin. I ordered LH, FSH, testosterone, prolactin and TSH and will think about PCOS, though the 2023 international guideline warns against diagnosing it in the first years after menarche. Dr. Morales, our collaborating physician, reminded me to keep Cushing's and non-classic CAH on the list but not to chase zebras first.

Thursday: Condom demonstration in the 10th-grade health class with Mr. Okafor, the health teacher, who is unflappable. Someone asked about Plan B and age restrictions; there aren't any for levonorgestrel now.

Friday: Two kids told me they only come to us because the center doesn't send bills home. Confidentiality is our whole business model.

Overall: adolescents ask the real question last. Leave time at the end.
`,
  },
  {
    id: "us-comment-005",
    setting: "school-based health center",
    role: "collaborating physician",
    text: `
Great week of notes. On the amenorrhea case: agree with holding off on a PCOS label for now; repeat the labs in six months and look at her growth chart. Also worth a quick check of eating patterns, since athletes are at risk for RED-S. And the line about adolescents asking the real question last is something I'd put on the wall.
`,
  },
  {
    id: "us-free-006",
    setting: "tribal community health",
    role: "community health representative",
    text: `
Congenital syphilis is back on the Navajo Nation, and it breaks my heart every time. I'm a community health representative, so I'm the one who drives out.

Last month I visited ⟦NAME|Shanice Begay⟧, 23, who lives with her grandmother near ⟦LOCATION|the Rough Rock chapter house⟧. She had tested positive at 28 weeks at the ⟦FACILITY_ROOM|Chinle Comprehensive Health Care Facility⟧ and needed three weekly shots of benzathine penicillin G, 2.4 million units each. She got the first one. Then she stopped answering. Her phone, ⟦PHONE|(928) 555-0164⟧, is prepaid and often out of minutes.

When I found her, the reason was simple: her boyfriend had told people at the flea market, and she didn't want to be seen at the clinic again. We arranged for the public health nurse to give the second and third doses at home. The nurse, Ms. Yazzie, has done this for twenty years and knows every dirt road out there.

The baby, ⟦NAME|Baby Girl Begay⟧, was born on ⟦DATE|March 2⟧ with a nonreactive RPR. Best news of my month.

What I want people to understand is that distance, stigma and gossip work together. A positive test in a small community is not private for long. Taking the treatment to the woman is not a luxury; it is the only way it gets done sometimes.
`,
  },
  {
    id: "us-what-007",
    setting: "obstetrics and gynecology residency",
    role: "OB-GYN resident",
    text: `
**What?** Grand rounds this week was on medication abortion after Dobbs v. Jackson (2022). The speaker, Dr. Nadia Kessler, walked through the evidence for mifepristone 200 mg followed by misoprostol 800 micrograms buccal, efficacy around 95 to 98 percent up to 10 weeks, and the FDA's 2023 REMS change allowing pharmacy dispensing. She also talked about the court cases since then.

**So what?** I trained in a state where abortion is now banned with narrow exceptions. I've already seen two patients with previable PPROM where the team waited for sepsis signs before acting, because the legal language was vague. I don't think anyone in my program felt good about that. The ACOG statements are clear on the medicine; the law isn't.

I also realized how little I know about miscarriage management with the same drugs. We use mifepristone plus misoprostol for early pregnancy loss too, and the evidence from the 2018 NEJM trial (Schreiber et al.) is strong. Patients with a missed miscarriage deserve it, and some pharmacies now hesitate to stock it.

**Now what?**
1. Read the ACOG practice bulletin on early pregnancy loss again.
2. Ask our program director, Dr. Evans, whether we can get protected time for a family planning rotation out of state, as the Ryan Residency Training Program offers.
3. Write down exactly what our hospital's legal team says counts as an emergency, so I'm not guessing at 3 a.m.
`,
  },
  {
    id: "us-free-008",
    setting: "telehealth contraception service",
    role: "clinical nurse reviewer",
    text: `
I review online requests for birth control for a telehealth service. Most are routine: a questionnaire, a blood pressure reading, a pill or patch or ring shipped in a plain box. Once in a while a request isn't what it looks like.

Last week a request came from a 16-year-old in Ohio, ⟦NAME|Kaitlyn Marsh⟧, asking for the pill. The account email was ⟦EMAIL|kmarsh.softball2008@gmail.com⟧. In the free text she wrote that her "boyfriend says he'll handle the cost." Our fraud team flagged that three different accounts for three different girls had been opened from the same IP address, ⟦IP|198.51.100.47⟧, with the same card. She had also pasted her own profile link, ⟦URL|https://www.instagram.com/kaitlyn.marsh.22⟧, into the shipping notes by mistake.

That's not a boyfriend. That's a pattern that looks like exploitation.

I escalated it to our safeguarding lead, who contacted the state hotline. I don't know the outcome and probably never will, which is one of the hard parts of remote work.

What I'm taking from this: telehealth makes access easier, which is good, but it also removes the moment in a clinic where a nurse sees who is sitting in the waiting room. We need to build that moment back into the data. I've suggested we add an automated check for shared payment methods across minors' accounts, and a short, direct safety question on the intake form.
`,
  },
  {
    id: "us-gibbs-009",
    setting: "postpartum unit",
    role: "labor and delivery nurse",
    text: `
Description: Night shift. A 34-year-old, G3P3, two hours after a vaginal birth, soaked through two pads in fifteen minutes. Fundus boggy, above the umbilicus. Quantitative blood loss 1,100 mL by the time the team arrived.

Feelings: Adrenaline, then a strange calm once the stage 2 hemorrhage protocol was called and roles were assigned.

Evaluation: Fundal massage, oxytocin 40 units in 1 L running fast, methylergonovine 0.2 mg IM (she had no hypertension), and tranexamic acid 1 g IV within the three-hour window. When the bleeding continued, Dr. Patel placed a Bakri balloon. Two units of packed cells. Hemoglobin the next morning was 7.9.

Analysis: The WOMAN trial (2017) supports early TXA. Our unit drilled the hemorrhage cart in simulation last spring and it showed: the cart was where it should be and everyone knew their role. What I noticed I'd missed was that her history included Hodgkin lymphoma treated with chemo years ago, so the team asked about her platelets, which were normal. I'd read it on admission but not connected it.

Conclusion: Good teamwork, fast recognition. I'd like to be quicker with the quantitative blood loss tally.

Action plan: Take the AWHONN postpartum hemorrhage module again and ask our educator, Jenna, to add a case with a past-history twist to our next drill. Learn the signs of Sheehan syndrome for the follow-up visit.
`,
  },
  {
    id: "us-comment-010",
    setting: "telehealth contraception service",
    role: "safeguarding lead",
    text: `
Thank you for flagging this so fast. Just so the team knows, the account for ⟦NAME|Kaitlyn⟧ has been frozen and the hotline has the details, including the IP. Please don't contact her by email again; we're leaving that to the caseworker. Your idea about shared cards is on the product roadmap for next quarter. This is exactly what good remote nursing looks like.
`,
  },
  {
    id: "us-free-011",
    setting: "HIV care",
    role: "medical social worker",
    text: `
I'm a social worker at a Ryan White–funded HIV clinic in Jackson, Mississippi. This is a reflection for my supervision group about a conversation I keep having.

People think the hardest part of HIV care now is the medicine. It isn't. A single pill a day keeps most of our patients undetectable; their viral loads are under 20 copies and their CD4 counts look like anyone's. The hardest part is the life around the pill.

This month: a 45-year-old man who hasn't told his church. A 19-year-old who was born with HIV and is moving from pediatric to adult care, which is its own grief; she's known her pediatric team, Dr. Ellison and Nurse Franklin, since she was a baby. A woman in her sixties who was diagnosed after her husband died and still doesn't know how he got it, and doesn't want to.

I use the AIDS Drug Assistance Program forms more than any clinical tool. I help with rent, transport vouchers, food boxes. I sit with people after their appointments.

Mississippi has one of the highest HIV diagnosis rates in the country, and many rural counties don't have a single HIV provider. Patients drive from the Delta for three hours.

My supervisor, Denise, says our job is to make the clinic the easy part of someone's week. I think about that on the hard days. The science caught up decades ago. Society is still catching up.
`,
  },
];
