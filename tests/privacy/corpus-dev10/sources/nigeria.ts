import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "haematology",
    role: "house officer",
    text: `
I started housemanship at UCH Ibadan in March, and this is my six-month reflection for the internship coordinator, Dr. Folake Adeyemi.

The thing I did not expect was how much of my time would be sickle cell. On a bad week we had six adults in vaso-occlusive crisis on the unit at once. I learned the protocol quickly — IV fluids, analgesia on a ladder, incentive spirometry to prevent acute chest syndrome — but I learned the people more slowly. Many of them know more about their disease than I do. One young man in his twenties told me his pain score before I asked and told me which dose of morphine actually worked for him. I was tempted to treat that as drug-seeking. My senior registrar, Dr. Tunde, said, "He has had this since he was two. Listen to him."

Prof. Akinyanju's work on sickle cell in Nigeria was part of our lectures, and the hydroxyurea evidence (15 mg/kg/day, titrated) is now strong. But the drug is still too expensive for many families, and I have watched people choose between it and school fees.

Outside work: Super Eagles disappointed us again, my mother wants me to come home to Ogbomoso for Christmas, and my flatmate plays Burna Boy at 6 a.m. I will survive Detty December somehow.
`,
  },
  {
    id: "ng-gibbs-002",
    setting: "geriatrics",
    role: "nursing student",
    text: `
**Description.** During my medical ward posting I cared for ⟦NAME|Chief (Mrs.) Adaeze Nwosu⟧ on ⟦FACILITY_ROOM|female medical ward, bed 6, UNTH Ituku-Ozalla⟧. ⟦NAME|Ezinne⟧, as her family called her, was ⟦AGE|aged 92⟧ and had a stroke on ⟦DATE|the Sunday after the New Yam festival⟧. Her NIN, ⟦ID|71839204615⟧, was on the admission form because the hospital now asks for it.

**Feelings.** I was nervous because she could not speak and I did not know if she understood me.

**Evaluation.** My clinical instructor, Mrs. Eze, taught me to use a picture board and to watch her eyes. On day three ⟦NAME|Mama Adaeze⟧ pointed to the picture of water and I cried a little in the sluice room. Her NIHSS went from 16 to 11 in a week.

**Analysis.** Virginia Henderson's definition of nursing — helping the person with activities they would do unaided if they had the strength — felt real for the first time. Communication is an activity too.

**Conclusion.** A patient who cannot speak still has something to say.

**Action plan.** I will learn basic Makaton signs, and I will revise Orem's self-care theory before our exam on 3 December.
`,
  },
  {
    id: "ng-what-003",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
**What?** Industrial attachment at a pharmaceutical distributor in Zaria. My supervisor, Pharm. Bello, showed us how to check a pack of artemether-lumefantrine 80/480 mg with the NAFDAC Mobile Authentication Service — scratch the panel, text the PIN, wait for the reply. Two cartons from a new supplier came back "not genuine".

**So what?** In our pharmacology class Dr. Abubakar talks about falsified antimalarials in sub-Saharan Africa as a research topic. Here it was in my hands. If those cartons had reached a patent medicine vendor in a village, a child with malaria would have been given chalk. I felt angry and then tired, because the supplier's rep was friendly and seemed surprised.

**Now what?** Pharm. Bello has asked me to help draft an SOP for quarantine and reporting under the NAFDAC Act. I am also going to read the WHO 2017 report on substandard and falsified medical products for my seminar. Ramadan starts soon and the store will close early, so I will have time in the evenings. My roommate Yusuf has promised to quiz me on the pharmacovigilance chapter if I stop complaining about his Arsenal jersey.
`,
  },
  {
    id: "ng-free-004",
    setting: "physiotherapy",
    role: "physiotherapy intern",
    text: `
My commute to the physiotherapy department in Lagos is two hours each way on a good day: Ikorodu, Third Mainland Bridge, and a danfo driver who plays Fela Kuti at a volume I can feel in my teeth. I used to resent it. This month I have been using the time to think about one of my patients, and I want to write it down.

He is a retired civil servant in his sixties, six weeks after a left MCA stroke. Brunnstrom stage 3 in the arm, Modified Ashworth 2 at the elbow. My supervisor, Mr. Olawale, who trained in Cape Town and quotes Janet Carr and Roberta Shepherd constantly, wants task-oriented practice. The patient wants to walk to the mosque for Jumu'ah.

At first I treated those as different goals. Mr. Olawale asked me to break the walk to the mosque into tasks: sit to stand, step over a gutter, climb two steps, kneel. It turned out the patient's goal was the best treatment plan I could have written.

I am applying for the master's programme at the University of Ibadan next year. I will write about this in my personal statement, though probably without the danfo driver. Mr. Olawale says my rehab plans now read like a Nollywood script — long, but with a happy ending.
`,
  },
  {
    id: "ng-free-005",
    setting: "obstetrics",
    role: "obstetrics and gynaecology resident",
    text: `
I am a second-year registrar in Kano, and this reflection is about ⟦NAME|Hajiya Binta Musa⟧, who came to ⟦FACILITY_ROOM|Murtala Muhammad Specialist Hospital⟧ on the night of ⟦DATE|Wednesday, 11th of June⟧ in obstructed labour after two days at home.

She came from ⟦LOCATION|Gidan Dawa, past the Friday mosque on the Gwarzo road⟧, and her husband, ⟦NAME|Malam Garba Musa⟧, had to find an okada rider to bring her because the only car in the village had gone to a wedding. We did a caesarean section within forty minutes of her arrival. The baby was stillborn. ⟦NAME|Binta⟧ survived, with a vesicovaginal fistula that we found on day eight.

I want to record how helpless I felt, and how angry, and then how I tried to turn that into something useful. My consultant, Dr. Aminu Sule, who has worked in northern Nigeria for twenty years, told me about the Maternal Death Surveillance and Response system and about the "three delays" model by Thaddeus and Maine (1994). Every delay was in ⟦NAME|Binta⟧'s story.

We referred her to the fistula centre and I took ⟦NAME|Malam Garba⟧'s number, ⟦PHONE|0803 555 2917⟧, so the VVF coordinator could call. He thanked me, which I found very hard to hear.

I do not yet know what to do with this. I am going to present it at our perinatal meeting, and I am going to read Catherine Hamlin's "The Hospital by the River" again.
`,
  },
  {
    id: "ng-comment-006",
    setting: "medical education",
    role: "medical student",
    text: `
Tobi you this girl!! Best graduating student in physiology AND the Prof. Oyebola prize? I knew it from the day you explained the Frank-Starling curve to all of us in the hostel at midnight. Dr. Ifeoma was grinning the whole ceremony. We are doing suya at Mama Put on Friday to celebrate, and Chinedu is paying because he lost the bet.
`,
  },
  {
    id: "ng-what-007",
    setting: "dental school",
    role: "dental student",
    text: `
**What?** During our community dentistry posting in Edo State, Dr. Osagie took us to a primary health centre where a nurse showed us photographs of children with noma (cancrum oris) from the 1990s. Then she told us she had seen a new case last dry season.

**So what?** Noma is a disease of extreme poverty and malnutrition, and it was added to the WHO list of neglected tropical diseases in December 2023. I had read about it in our oral pathology textbook as a historical curiosity, like Ludwig's angina in the pre-antibiotic era. It is not historical. My classmate Efosa, who grew up in Benin City, had never heard of it. Nor had I.

**Now what?** Dr. Osagie wants us to run an oral health screening day in February, before Lassa fever season makes everyone nervous about outreach. I am responsible for the training slides for community health extension workers: early signs, when to refer, amoxicillin and metronidazole doses for children, nutrition support. I will also read the Noma Children Foundation materials. The posting ended with a Friday lunch of pounded yam that Efosa's mother sent, which I am counting as nutrition support.
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
**Description.** In the special care baby unit in Port Harcourt, over the Christmas week, we admitted four babies with neonatal jaundice in two days. My consultant, Dr. Ibiba Harry, asked me to estimate bilirubin with Kramer's rule before the lab result came back. I said zone 4, around 15 mg/dL. The serum bilirubin was 18.

**Feelings.** Pleased I was close, worried that I was still under.

**Evaluation.** Dr. Ibiba explained that visual assessment underestimates jaundice in darker skin, and that in Nigeria G6PD deficiency and traditional remedies like camphor and menthol-containing products add to the risk. Phototherapy started immediately; one baby needed exchange transfusion.

**Analysis.** The 2022 AAP hyperbilirubinaemia guideline changed the thresholds, but the biggest gap here is late presentation, not thresholds. Mothers are discharged at 24 hours and come back on day five.

**Conclusion.** Screen everyone, trust the meter more than my eyes.

**Action plan.** I will help Dr. Ibiba's team audit our transcutaneous bilirubinometer use, and I will teach the postnatal ward nurses how to counsel mothers about danger signs. After New Year I am taking a week off to go home to Yenagoa, and my cousin has promised Davido concert tickets if I behave.
`,
  },
  {
    id: "ng-free-009",
    setting: "neurosurgery",
    role: "final-year medical student",
    text: `
On my neurosurgery posting in Jos I was assigned to a toddler, ⟦NAME|Baby Chidera Pam⟧, with hydrocephalus and a ventriculoperitoneal shunt that had blocked. The shunt valve — a programmable one, serial ⟦DEVICE|HK2204719⟧ written on the old op note — had been put in at ⟦FACILITY_ROOM|JUTH⟧ when he was four months old.

His mother, ⟦NAME|Mrs. Lami Pam⟧, had been raising money on Facebook for the revision. She showed me the post on her phone: ⟦URL|https://www.facebook.com/lami.pam.chidera.shunt⟧, with photos of ⟦NAME|Chidera⟧ in the ward and the hospital bill. Thousands of people had shared it.

I felt two things at once. Admiration for her, because the post had paid for the surgery. And discomfort, because everything about her son was public: his face, his diagnosis, his hospital. Our lecturer in medical ethics, Dr. Gyang, says families have a right to tell their own stories, but we have a duty not to add to them.

The revision went well. Dr. Danjuma, the neurosurgeon, let me hold the retractor. ⟦NAME|Chidera⟧ was eating jollof rice two days later.

I am writing this without the photos I took for my logbook. I have deleted them. I think that was the right decision, but I am still not sure where the line is between a family's story and a patient's privacy.
`,
  },
];
