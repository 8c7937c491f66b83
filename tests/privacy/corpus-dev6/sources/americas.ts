import type { SourceItem } from "../../corpus/types.ts";

/** US, Canada, Jamaica and Brazil: residents, interns, nurses, pharmacists, physios, community health agents. */
export const AMERICAS: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Third night of nights in the ED, and the triage line on my board read "⟦AGE|92F⟧ AMS, lives alone". She was ⟦NAME|Miss Odessa Pruitt⟧ — "⟦NAME|Miss Odessa⟧, baby, everybody at church calls me that" — and she had been found by the mail carrier sitting on her porch in her nightgown at ⟦LOCATION|the blue trailer past the Dollar General on County Road 14, outside Pahokee⟧. Her sodium was 118.

The MRN on the sticker was ⟦ID|00481275⟧ and I must have typed it thirty times that night: labs, the hypertonic saline order, the ICU consult. Her granddaughter ⟦NAME|Tasha⟧ called back at 4am from ⟦PHONE|(561) 555-0139⟧ and told me she'd been "fine at Easter", which I think meant ⟦DATE|the Tuesday after Easter⟧, the last time anyone had visited properly.

What I want to remember: I corrected too slowly, not too fast. My attending, Dr Okonkwo, made me write out the 8 mEq/L in 24 hours rule on the whiteboard and then walk through why she was at risk of osmotic demyelination (chronic, thiazide, poor intake). We used 3% saline 100 mL boluses per the 2014 European guideline and checked sodium every 2 hours.

What I'd do differently: ask earlier about the hydrochlorothiazide and the "tea and toast" diet, and call the family before the consult, not after. By morning she was asking for grits.

One more thing. When the ICU fellow came down, he asked me to "just tell him the story in one line", and I said "⟦AGE|92-year-old⟧ with hyponatremia". He said: that's a sodium, not a person. Where does she live, who checks on her, what's she taking? I had all of that, I just didn't think it belonged in the handover. It does. The next time I present a patient who lives alone, I'll say who found her and who will be there when she goes home, because that is what decides whether she comes back in a month.
`,
  },
  {
    id: "us-what-002",
    setting: "breaking bad news",
    role: "intern",
    text: `
**What?** I was the intern in the room when my attending, Dr Rachel Feldman, told a man in his sixties that the mass in the head of his pancreas was almost certainly adenocarcinoma. Painless jaundice, a palpable gallbladder (Courvoisier's sign, which I had only ever seen in a textbook), CA 19-9 of 1,840, and a CT showing encasement of the superior mesenteric artery — so no Whipple.

She used SPIKES without it sounding like SPIKES. She sat down, asked what he already knew, warned him, then said the word "cancer" clearly, and then stopped talking for what felt like a full minute.

**So what?** I have done the communication workshop twice. I still would have filled that minute. Atul Gawande writes about asking "what are your biggest fears?" and I saw why: the patient's fear wasn't dying, it was being a burden to his wife.

**Now what?** I'm going to practise the silence. I've signed up for the VitalTalk course in Boston in April, which my program pays for, and I'm going to ask Dr Feldman if I can lead the next family meeting with her in the room. My own birthday is next week and I'll be 28; my mother says that's old enough to be comfortable with silence. Not yet.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "home visit",
    role: "nursing student",
    text: `
**Description.** Home health visit in eastern Kentucky with my preceptor, Brenda. We drove forty minutes on gravel to ⟦LOCATION|Turkey Creek holler, up past the Free Will Baptist church with the hand-painted sign⟧ to see ⟦NAME|Mamaw Ruth⟧, who is ⟦AGE|in her 95th year⟧ and has CHF (EF 30%) and a heart she calls "tired". Her Medicare number, ⟦ID|4QW7-HN2-RT61⟧, was written on a card taped inside the kitchen cabinet next to her pills — Brenda says that's common and she doesn't love it.

**Feelings.** I was nervous about the dog and then about the scale. ⟦NAME|Ruth⟧'s weight was up 2.8 lb in two days.

**Evaluation.** We went through the furosemide (she'd been skipping the afternoon dose so she could sit through the evening service), her swelling (2+ pitting to mid-shin) and her salt — country ham every Sunday, and a whole plate of it at the church dinner ⟦DATE|the Sunday before Thanksgiving⟧. Brenda called the cardiology NP from the porch because the only signal is there. Her grandson's flip phone, ⟦PHONE|(606) 555-0182⟧, is the number on file for emergencies.

**Analysis.** Adherence is a bad word for what was happening. She was choosing church over diuresis, and honestly that's a values choice, not a knowledge gap. The AHA 2022 heart failure guideline talks about shared decision-making; this is what it looks like in a holler.

**Conclusion.** We changed the timing: both doses in the morning. Brenda's plan, not mine, but I understood it.

**Action plan.** Read about diuretic timing, and ask better questions before I teach.
`,
  },
  {
    id: "us-free-004",
    setting: "pharmacy",
    role: "clinical pharmacist",
    text: `
A note on vancomycin, because I've had three conversations about it this week and they were all the same conversation.

We switched to AUC-guided dosing in 2021, following the ASHP/IDSA/PIDS/SIDP consensus guideline (2020), and people still ask for troughs. A trough of 14.2 tells me less than a two-level AUC estimate does; a target AUC of 400–600 mg·h/L is what we're aiming for in MRSA bacteremia. Our Bayesian software gives that in a couple of minutes.

The patient this week was a 92 kg man with cellulitis and an eGFR of 45, and the team wanted 1,750 mg q12h because that's what the last patient got. Cockcroft-Gault, actual body weight, the works — we ended at 1,250 mg q12h. His creatinine stayed flat.

Things I tell residents: don't dose on a creatinine from the ED before fluids; don't forget that obesity changes volume of distribution; and please stop ordering a trough at 3am "to be safe". I said all this at the ACCP meeting in Phoenix last October and got more questions about our pharmacist-to-bed ratio than about the pharmacokinetics. Dr Alvarez, my residency director, says that's the real lesson.

I've been a pharmacist for eleven years and I turned 38 last month. Still learning to explain things without sounding tired.
`,
  },
  {
    id: "us-what-005",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
**What?** A consult on the geriatric psych unit. ⟦NAME|Ms. Loretta Hayes⟧ was admitted to ⟦FACILITY_ROOM|room 412 on 4 North at Detroit Receiving⟧ with what the referral called "grandiose delusions": she told everyone she ⟦OTHER|sang backup for the Supremes on their 1966 European tour⟧. The nurses rolled their eyes. Her niece showed me a YouTube channel, ⟦URL|https://www.youtube.com/@LorettaHayesSings⟧, with grainy footage of her in a sequined dress, and her Instagram handle, ⟦OTHER|@lorettasings_313⟧, has more followers than our hospital's. She'd been living with that niece at ⟦ADDRESS|1418 W. Grand Blvd, Apt 2, Detroit, MI 48208⟧ since her husband died.

She did have a delirium (UTI, hyponatremia to 127, CAM positive), but the "delusion" was a biography.

**So what?** I nearly documented a true history as psychosis. In older adults, the 2016 APA practice guideline says to obtain collateral before labelling beliefs; I hadn't. There's also a bias here — that an older Black woman on a locked unit couldn't have had a life like that. Dr Mensah, who supervises me, put it more bluntly.

**Now what?** I'm going to call collateral before I write an MSE, not after. And I'll stop writing "grandiose" until I've checked. ⟦NAME|Ms. Hayes⟧ sang "Someday We'll Be Together" to the whole unit on her last afternoon. The Haloperidol order was never needed.
`,
  },
  {
    id: "us-comment-006",
    setting: "night shift",
    role: "nurse",
    text: `
@nightshift_rn@nurses.social Same at our shop in Cleveland. We do the 0300 vitals and then wonder why everyone's delirious by day three. Our unit council is trialling "sleep bundles" from the 2018 PADIS guideline — clustered care, lights down at 2200, no baths before 0600. Early days, but our CAM-ICU positive rate is down a bit. Happy to share the protocol if you DM me.
`,
  },
  {
    id: "us-comment-007",
    setting: "paediatrics",
    role: "paediatric resident",
    text: `
@peds_resident@med-mastodon.example This made me cry on the train. Our version: Baby ⟦NAME|Jaylen⟧ in ⟦FACILITY_ROOM|NICU pod C, bed 14⟧, 26 weeks, and his mom ⟦NAME|Keisha⟧ reading him Goodnight Moon every night at 8 through the isolette. When he went home on ⟦DATE|Juneteenth⟧ the whole pod lined up. Kangaroo care really does change things — the 2016 Cochrane review agrees.
`,
  },
  {
    id: "ca-what-001",
    setting: "telemedicine",
    role: "nurse practitioner",
    text: `
**What?** I'm a nurse practitioner doing telehealth into northern Manitoba. This week a video visit with ⟦NAME|Kokum Agnes Harper⟧, ⟦AGE|ninety-one⟧, who lives in ⟦LOCATION|Garden Hill First Nation, the house by the nursing station with the red door⟧. The call kept dropping and our IT logs showed her granddaughter's connection coming from ⟦IP|203.0.113.88⟧, the band office Wi-Fi, because the house has no internet. Her Manitoba PHIN, ⟦ID|118 402 377⟧, kept getting rejected by the pharmacy portal because of a typo in her birth year.

Her complaint: dizziness since ⟦DATE|the day the winter road opened⟧, when her son drove her to the store. BP 92/50 on the nurse's cuff. She'd started amlodipine 10 mg a month ago on top of ramipril and hydrochlorothiazide.

**So what?** Three antihypertensives, a frail woman, a 92 systolic — this is the classic prescribing cascade. The Beers Criteria (2023) and the Canadian Deprescribing Network both warn about it. Telehealth made it harder to assess orthostatic drop properly, and I leaned on the community health representative, Darlene, to do lying and standing BP.

**Now what?** We stopped the amlodipine and halved the thiazide. I'll ask for a pharmacist review at the next visit. I'm also writing to our program about offering Cree interpretation on video calls; ⟦NAME|Kokum Agnes⟧ understood me far better when her granddaughter translated.
`,
  },
  {
    id: "ca-free-002",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
Second clinical placement, outpatient orthopaedics in Toronto. I'm writing this on the TTC on the way home from Scarborough, which is a long commute and gives me a lot of time to reflect.

Today's lesson was about shoulders. Three patients in a row with rotator cuff related shoulder pain, and I reached for the same exercise sheet every time. My clinical instructor, Jasmine, asked me what the Neer and Hawkins-Kennedy tests actually told me. Answer: not a lot on their own — the 2019 systematic review puts their specificity pretty low.

One patient, a 70-year-old retired teacher, had a Berg score of 41/56 and a Timed Up and Go of 14 seconds, which had nothing to do with her shoulder but everything to do with whether she could do her exercises safely at home. I nearly missed it.

What I'm taking forward: assess the whole person, then the joint. I'm also going to read the 2021 Canadian CPG on subacromial pain before my midterm evaluation on 18 October. My birthday is on the 20th and I'd like to celebrate having passed.
`,
  },
  {
    id: "jm-gibbs-001",
    setting: "community outreach",
    role: "medical student",
    text: `
**Description.** Community health rotation in St. Elizabeth, with the district nurse, Nurse Campbell. We walked up to see ⟦NAME|Miss Maud Gayle⟧, who is ⟦AGE|ninety-seven⟧ and lives in ⟦LOCATION|the yellow board house below the Moravian church in Brompton district⟧. Everybody along the road knows her: she is ⟦OTHER|the only woman in Treasure Beach who still makes cassava bammy by hand for the Saturday market⟧. Her right foot had a diabetic ulcer she'd been dressing with aloe.

**Feelings.** Guilty, a bit, that I wanted to tell her off. Impressed by how she'd managed.

**Evaluation.** Random glucose 16.4, no foot pulses palpable, ulcer 2 cm with slough. We cleaned and dressed it, and Nurse Campbell arranged a vascular review. The number we left with the clinic was her grandson ⟦NAME|Devon⟧'s, ⟦PHONE|876-555-0147⟧.

**Analysis.** The IWGDF 2023 guidance sets out offloading and revascularisation; none of that reaches you easily at the top of a hill. Her aloe wasn't the problem — missing the clinic for two years was, and that was about the bus fare and the market day.

**Conclusion.** I used to think "non-compliance" was a patient trait.

**Action plan.** Learn the monofilament test properly; ask about transport before I ask about medication.
`,
  },
  {
    id: "jm-what-002",
    setting: "internal medicine",
    role: "nurse",
    text: `
**What?** Nights on a medical ward in Kingston. A young man with HbSS sickle cell disease came up from A&E in a painful crisis, and I heard a doctor on the phone call him "the sickler down the end". I've worked here nine years and it still lands badly. His pain score was 9/10; he'd had morphine 5 mg IV in A&E two hours before.

**So what?** The NICE CG143 (2012) standard is analgesia within 30 minutes of arrival. The 2020 ASH guideline says the same in different words. What slows us down isn't the guideline, it's suspicion — the idea that people with sickle cell are "drug-seeking". Dr Gordon, our haematologist, gave a talk last year showing that our time-to-analgesia was twice as long for sickle cell patients as for renal colic.

**Now what?** I've started timing it myself on my shifts. I challenged the word "sickler" at handover, politely, and the registrar apologised. I'm also going to the sickle cell nursing workshop at UWI Mona in February. Bob Marley sang "get up, stand up" and I'm trying to take that literally at 3am.
`,
  },
  {
    id: "br-free-001",
    setting: "community medicine",
    role: "community health agent",
    text: `
I'm a community health agent with a family health team in Rio, writing this in English for a course. Every Thursday I climb to ⟦LOCATION|the top of Morro dos Prazeres, the house with the green water tank and the saint painted on the wall⟧ to see ⟦NAME|Dona Zezé⟧. She is ⟦AGE|98⟧ and the oldest person in our micro-area; she still does her own shopping by sending her grandson ⟦NAME|Juninho⟧ down the stairs with a list.

This month she had a fall on ⟦DATE|the Saturday of the Festa Junina⟧, dancing quadrilha in the square, and her wrist was swollen. She refused to go to the UPA because "they'll keep me". Her CPF, ⟦ID|418.093.725-50⟧, is on the home-visit form, and the team doctor, Dr Fernanda, used it to book an X-ray for the next morning. Distal radius fracture, not displaced.

What I learned: in the ESF model I am the person who knows the stairs, the dog, the neighbour who has a key, and which days the lift in the next building works. That knowledge is clinical, even if it isn't written in the protocol. The Ministry's 2017 primary care policy says the agent is the link between family and team, and I finally understood what that means.

Next step: I'll ask the team to add a falls-risk checklist to our visits for everyone over 80. There are eleven of them in my area.
`,
  },
  {
    id: "br-what-002",
    setting: "infectious disease",
    role: "resident",
    text: `
**What?** My second dengue season as an internal medicine resident in São Paulo. Yesterday I saw a 34-year-old with fever for four days, platelets of 38,000, haematocrit rising, and abdominal pain — warning signs, group C in the Ministry of Health's 2024 classification. We gave 10 mL/kg of crystalloid in the first hour and admitted him.

**So what?** During the 2024 epidemic we learned that the dangerous phase is when the fever breaks, not when it peaks. I knew it from lectures; I only believed it after I watched a patient crash on day five. The other lesson is about Chagas disease: our teaching hospital still sees cardiomyopathy from it in patients from the interior, and I nearly attributed a new heart failure to dengue myocarditis.

**Now what?** I'm making a pocket card with the warning signs for the interns. Dr Tavares asked me to teach it at Wednesday's meeting. I'll be off for Carnival — my first in three years — but I've promised to be back for the night shift on Ash Wednesday. My father says even Pelé trained on holidays.
`,
  },
];
