import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const RAMESH_AADHAAR = aadhaar("4718 2290 356");

/** India: NTEP and Nikshay, pulse polio, dengue, CRE, ART centre, leprosy OSCE, scrub typhus, needle-stick, MDR-TB. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "tb programme",
    role: "intern",
    text: `
Description. During my community medicine posting at a primary health centre in Bahraich district, I met ⟦NAME|Ramesh Yadav⟧, 38, a brick-kiln worker from ⟦LOCATION|Khairpura Purwa⟧, who had stopped his TB treatment after six weeks. Nikshay showed him as lost to follow-up. His Nikshay ID was ⟦ID|10374581⟧, and his Aadhaar, ⟦ID|${RAMESH_AADHAAR}⟧, was linked for the Nikshay Poshan Yojana payment, which had never reached him because his bank account had been closed for inactivity.

Feelings. I was angry on his behalf, and embarrassed that we had labelled him a defaulter.

Evaluation. The programme had done its part on paper. The medicines were free, the sputum test was free, and a treatment supporter had been assigned. But his kiln moved workers between sites every few weeks, and nobody followed him.

Analysis. Our senior treatment supervisor, Mr. Shukla, explained that seasonal migration is the commonest reason for loss to follow-up in the district, more than side effects. The NTEP guidelines allow transfer-out to another district, but only if someone knows where the patient has gone. Rifampicin resistance was our main fear; thankfully his repeat CBNAAT showed none.

Conclusion. "Lost to follow-up" often means "we lost him", not "he defaulted".

Action plan. We restarted treatment, opened a new bank account with help from the block office, and saved his mobile, ⟦PHONE|+91 98555 10472⟧, plus the kiln owner's, for weekly calls. I will suggest that intake forms ask about seasonal work.
`,
  },
  {
    id: "in-what-002",
    setting: "vaccination drive",
    role: "medical student",
    text: `
What? On Pulse Polio Sunday I volunteered at a booth outside a railway station in Nagpur with two ASHA workers and Dr. Menon from our community medicine department. From 8 a.m. to 4 p.m. we gave two drops of bOPV to every child under five who passed, and marked the left little finger with ink. I counted 312 children. On the house-to-house days that followed, we went door to door in the colony behind the station looking for the ones we had missed.

So what? India has been polio-free since 2014, and before this I honestly thought the campaigns were a ritual. Dr. Menon explained why they continue: importation from neighbouring countries, vaccine-derived strains, and gaps in routine immunisation among migrant families. The children we found on the house-to-house days were nearly all from families who had arrived in the past year, living in rooms with no address. The ASHA didis knew every lane; I knew the cold chain temperatures of 2 to 8 degrees and the vaccine vial monitor stages, which helped less than I expected.

Now what? I want to understand Mission Indradhanush and how it reaches zero-dose children, and to read the WHO Immunization Agenda 2030. Mostly I want to remember that the people who make programmes work are the ones who know which door to knock on.
`,
  },
  {
    id: "in-free-003",
    setting: "neonatal unit",
    role: "staff nurse",
    text: `
During the dengue season our NICU admitted ⟦NAME|Baby of Sunita Devi⟧, born at 37 weeks on ⟦DATE|the night after Ganesh Chaturthi⟧. ⟦NAME|Sunita⟧ had been febrile for two days before delivery and her NS1 antigen was positive; by day four the baby's platelets had fallen to 38,000 and he had petechiae on his chest. He lay in ⟦FACILITY_ROOM|cot 6 of the NICU at Shanti Nagar Municipal Maternity Home⟧ under a mosquito net, UHID ⟦ID|SNM2409-33871⟧.

Vertical transmission of dengue is uncommon, and I had never nursed a case. What struck me most was not the clinical care, which was careful fluid management and watching the platelets, but the outbreak behind it. The family lived at ⟦ADDRESS|Room 14, Chawl 3, Ambedkar Nagar, Pune 411037⟧, and the municipal team found Aedes larvae in water drums in almost every room of that row. Three neighbours had dengue the same week.

I spent a long time with ⟦NAME|Sunita⟧, who kept apologising as if she had caused it. I explained that the mosquito bites in daytime, that the water drums were the problem rather than her, and that her baby's platelets were already starting to rise. By discharge they were 1.2 lakh.

As nurses we often see a disease only from inside the hospital. This case made me want to understand the vector-control side too, and I have asked to join the municipal health team for one of their larval surveys next month.
`,
  },
  {
    id: "in-free-004",
    setting: "antimicrobial stewardship",
    role: "microbiology resident",
    text: `
This month I presented our ICU antibiogram at the hospital infection control committee, and the numbers were sobering. Nearly 60% of our Klebsiella pneumoniae isolates from blood were carbapenem-resistant, mostly with OXA-48 and NDM enzymes. Colistin has become a routine drug, and with it we now see rising creatinines and the occasional colistin-resistant isolate.

My consultant, Dr. Rao, asked me to present three cases where colistin had been started without a culture. In two of them the cultures later grew sensitive organisms, and the patients could have had cefepime or piperacillin-tazobactam. In the third there was no bacterial infection at all. I was nervous about naming these cases in front of the ICU team, but Dr. Rao insisted we discuss them without blame.

The ICMR antimicrobial resistance surveillance reports and the ICMR treatment guidelines both say the same thing: send cultures before antibiotics, de-escalate by day three, and reserve colistin and ceftazidime-avibactam for proven resistance. We know this. The problem is that a ventilated patient with a fever at midnight feels like an emergency to everyone.

What I learnt is that a microbiologist is most useful at the bedside, not in the lab. From next week I will join the ICU round twice a week with the latest Gram stains and culture reports, so that de-escalation happens in conversation rather than in a note nobody reads.
`,
  },
  {
    id: "in-what-005",
    setting: "hiv clinic",
    role: "postgraduate resident",
    text: `
What? At the ART centre on my posting, ⟦NAME|Lakshmi⟧, a 34-year-old garment worker, came for her monthly refill with her viral load result: 84,000 copies after two years of undetectable loads. Her ART number was ⟦ID|TN-CH-04-07731⟧. She admitted, after a long silence, that she had stopped her tablets on ⟦DATE|Aadi Perukku⟧ last year, when she moved back to her mother's house in ⟦LOCATION|Kovilpatti Pudur⟧, because her mother did not know her status and she could not hide the bottle. Her husband ⟦NAME|Murugan⟧, also on treatment, had died the previous year.

So what? I had been trained to think of adherence as a knowledge problem: explain the viral load, explain resistance, repeat. ⟦NAME|Lakshmi⟧ knew all of it. Her problem was privacy in a two-room house. Dolutegravir has a high barrier to resistance, and her genotype was not yet needed under the national guidelines, but another year off treatment could have changed that.

Now what? Our counsellor, Mrs. Selvi, suggested dispensing her tablets in an unmarked strip rather than the labelled bottle, and linking her to the link ART centre nearer her mother's village so she does not have to travel two hours. We re-checked her load at three months. I have started asking every patient on refill not "are you taking your tablets?" but "where do you keep them?"
`,
  },
  {
    id: "in-gibbs-006",
    setting: "osce",
    role: "medical student",
    text: `
Description. My final-year OSCE long case was a man in his forties with hypopigmented, anaesthetic patches on his back and a thickened ulnar nerve. I correctly said Hansen's disease, but I could not classify it with confidence, and I fumbled the treatment question.

Feelings. I felt foolish. Leprosy is supposed to be "our" disease in India, and I had spent more time revising Kawasaki disease and Guillain-Barré syndrome.

Evaluation. Dr. Kulkarni, the examiner, said my examination was good. I had tested sensation with a wisp of cotton, palpated the great auricular and common peroneal nerves, and looked for claw hand. But I mixed up the Ridley-Jopling spectrum with the WHO operational classification.

Analysis. The WHO classification is simple: more than five patches or nerve involvement means multibacillary leprosy. Since 2018, WHO recommends the three-drug regimen of rifampicin, clofazimine and dapsone for both paucibacillary and multibacillary disease, six months for PB and twelve for MB. I knew each fact separately but had never put them into one answer.

Conclusion. Knowing facts is not the same as knowing a disease. I also learnt that stigma matters: the patient told me he had hidden the patches for three years.

Action plan. I have made one-page summaries for leprosy, TB and filariasis that start with classification and end with treatment, and I will practise presenting them aloud with my study group before the retest.
`,
  },
  {
    id: "in-free-007",
    setting: "outbreak investigation",
    role: "community medicine resident",
    text: `
Our district surveillance unit picked up four cases of acute febrile illness with eschars in one small hamlet within ten days, and I went with the rapid response team. Scrub typhus was the obvious diagnosis, and the IgM ELISAs were positive in all four. Doxycycline worked within 48 hours, which is one of the most satisfying things in medicine.

The difficult part was the report. The most severe case was ⟦NAME|Mariamma Ammachi⟧, ⟦AGE|aged 92⟧, who had developed pneumonitis and was admitted. Her grandson ⟦NAME|Jijo⟧, ⟦OTHER|the only licensed toddy tapper in Pallikkadavu⟧, was the first case; he climbs palms and walks through the scrub at dawn. Our draft report included his occupation and the name of the hamlet, because the exposure history was the whole point. My professor, Dr. Nair, pointed out that anyone in the district reading it would know exactly who he was.

We rewrote the line as "an agricultural worker with daily exposure to scrub vegetation" and removed the hamlet name from anything shared beyond the health department. I felt we lost some epidemiological precision. Dr. Nair said that precision belongs in the line list, not the circulated summary.

I learnt that the small details that make an outbreak report convincing are often the ones that identify people in a rural area. I will remember the difference between what the team needs to know and what the district bulletin needs to say.
`,
  },
  {
    id: "in-what-008",
    setting: "occupational exposure",
    role: "staff nurse",
    text: `
What? During a night shift in the medicine ward, I pricked my finger while recapping a needle after drawing blood from a patient with chronic liver disease. I knew recapping was wrong. I did it because the sharps box was on the other side of the bed and the patient was restless.

So what? When I reported it, the first thing the duty doctor asked was my hepatitis B vaccination status. I had taken three doses in nursing college in 2017 but never checked my antibody level. My anti-HBs came back at 6 mIU/mL, below the protective level of 10. The source patient was HBsAg positive. I received hepatitis B immunoglobulin and a booster dose of vaccine within 24 hours, and HIV and hepatitis C testing of the source were negative. I was lucky.

I realised that many of my colleagues also had never checked their titres. Our hospital offers free vaccination but not free antibody testing, so people assume the vaccine worked. The national guidelines on post-exposure prophylaxis are clear about what to do after an exposure; they say much less about checking immunity beforehand.

Now what? I have stopped recapping, full stop, and I keep a small sharps container on my trolley. With our nursing superintendent, Mrs. D'Souza, I have proposed a titre check for every new nurse after the third dose, and we are collecting numbers to present to management.
`,
  },
  {
    id: "in-gibbs-009",
    setting: "breaking bad news",
    role: "pulmonary medicine resident",
    text: `
Description. I had to tell ⟦NAME|Mr. Farooq Ahmed Bhat⟧, a 29-year-old shawl embroiderer, that his TB was rifampicin-resistant and that he would need an all-oral regimen with bedaquiline and linezolid. He had already completed six months of first-line treatment. He was sent home with a pill box, ⟦DEVICE|MERM serial MB-22-04417⟧, which records every time the lid is opened and sends an alert to the treatment supervisor.

Feelings. Dread. He had told me the previous week that he was looking forward to being "finished" before his wedding on ⟦DATE|18 November⟧.

Evaluation. I used the SPIKES framework and it helped. I asked what he already understood, warned him I had difficult news, and then stopped talking. His mother cried; he did not.

Analysis. What I had not prepared for was his question about marriage. He asked whether his fiancée could catch "the strong TB". I explained that after two weeks of effective treatment he would be much less infectious, and that her family could be screened. I realised afterwards that I had also promised more than I should have about linezolid side effects, which can include neuropathy and vision problems.

Conclusion. The hardest part of breaking bad news is often the second question, not the first.

Action plan. I will prepare for practical questions about work, marriage and family before these conversations, and I will ask Dr. Wani, my consultant, to sit in for the next one so I can learn from how she handles the silence.
`,
  },
  {
    id: "in-comment-010",
    setting: "vaccination drive",
    role: "community medicine faculty",
    text: `
Lovely piece. One small correction for readers: India was certified polio-free in March 2014, and the last wild case was reported in 2011. Your point about migrant families is the key one. In our district, the house-to-house rounds still find children missed at the booths every single campaign. ASHAs remain the backbone of all of this.
`,
  },
  {
    id: "in-comment-011",
    setting: "tb programme",
    role: "treatment supervisor",
    text: `
I am the STS who was with you that day. Good news: ⟦NAME|Ramesh⟧ has finished his intensive phase. He is now working at a kiln near ⟦LOCATION|Rampur Tharu⟧ and calls us every Monday from ⟦PHONE|+91 98555 10472⟧. We should not write his village name and Aadhaar on a blog, though. Please edit the post.
`,
  },
];
