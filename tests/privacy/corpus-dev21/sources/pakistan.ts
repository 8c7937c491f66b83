import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: 9 items. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-what-001",
    setting: "hospital pharmacy",
    role: "clinical pharmacist",
    text: `What?
During a ward round on ⟦FACILITY_ROOM|Medical Unit II, bed 17, Mayo Hospital Lahore⟧ I reviewed ⟦NAME|Muhammad Aslam⟧ s/o ⟦NAME|Ghulam Nabi⟧, MR# ⟦ID|MH-24-118402⟧, admitted on ⟦DATE|3 Muharram⟧ with hyperkalaemia (K+ 6.9). He was on spironolactone 50 mg, lisinopril, and a potassium citrate syrup that a quack in his village had given him for "kidney stones". The family brought his CNIC, ⟦ID|35401-6172839-5⟧, to register him for the Sehat Card, and I saw the address: ⟦LOCATION|Chak 45/12-L, Chichawatni⟧.

So what?
Three drugs, each reasonable on its own for someone, together nearly stopped his heart. The PGR consultant, Dr. Rizwan, was already giving calcium gluconate and insulin-dextrose when I arrived, so my job was to find the cause. The citrate syrup was not in any prescription. I found it only because I asked his son to show me "everything he takes, including desi medicines".

Now what?
We stopped all three. I've started asking the desi-medicine question on every admission. I also want to present a short talk at the DRAP pharmacovigilance session about unlabelled syrups sold by hakeems and quacks.`,
  },
  {
    id: "pk-free-002",
    setting: "stroke rehabilitation",
    role: "physiotherapist (DPT)",
    text: `Reflective journal — neuro rehab placement, Rawalpindi.

This month I worked with three stroke patients in the outpatient gym. All men between 55 and 70, all hypertensive, two diabetic, one smoker of 40 pack-years. Our senior PT, Sir Usman, uses constraint-induced movement therapy (CIMT) for upper limb when the patient has at least 10° wrist extension and 10° finger extension. I'd only read about it in Taub's work.

What I noticed: patients hate the mitt. One uncle took it off in the taxi every day. When we explained that the "lazy hand must work", he laughed and kept it on. Cultural language helps more than the Fugl-Meyer score.

I also saw shoulder subluxation managed with a Bobath sling and with kinesio tape. Honestly, the evidence for both is weak. Sir Usman says the sling is for the family's peace of mind as much as the shoulder.

My own learning goals:
- Learn the Modified Ashworth Scale properly; I keep scoring 1+ when it is 2.
- Read the 2016 AHA/ASA rehabilitation guideline.
- Stop giving home exercise sheets in English to patients who read Urdu.

I am a bit tired of travelling from Islamabad daily on the Metro, but I think this is where I want to specialise.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "home visit",
    role: "lady health visitor / nutrition counsellor",
    text: `Description: Follow-up visit to a family in ⟦LOCATION|Basti Jhok Utra, near Muzaffargarh⟧ for a child with severe acute malnutrition. ⟦NAME|Baby Zainab⟧, 14 months, MUAC 10.9 cm, bilateral pitting oedema. Her mother ⟦NAME|Razia Bibi⟧ gave me her mobile number, ⟦PHONE|0301 5550472⟧, so the OTP nurse can remind her about RUTF collection. Her B-form number is ⟦ID|32302-8841267-4⟧.

Feelings: Angry at the flood, which took their crop, and proud of the mother, who walks 6 km to the OTP every week.

Evaluation: ⟦NAME|Zainab⟧ is eating RUTF but her older brother shares it. This is normal in every family I visit and the CMAM guidelines don't really tell you what to do.

Analysis: The 2022 floods pushed GAM above the 15% emergency threshold in this district. Oedematous SAM needs inpatient stabilisation first; she should have been admitted to the stabilisation centre.

Conclusion: I followed the OTP protocol but I should have escalated the oedema on the first visit.

Action: Referred her today to the NRU at the DHQ. Asked our district nutrition officer, Madam Saima, whether we can give a family ration alongside RUTF.`,
  },
  {
    id: "pk-free-004",
    setting: "dental",
    role: "dental surgeon / oral health educator",
    text: `Teaching school children to brush — reflection after six weeks.

I'm a BDS graduate doing my house job and, as part of the community dentistry rotation, I've been visiting government girls' schools in Peshawar with two hygienists. We use the Modified Bass technique, fluoride varnish (22,600 ppm) for children aged 6–12, and a simple dmft survey.

First finding: mean dmft in Class 1 was 4.8. That's awful and matches the National Oral Health Survey numbers from years ago, so nothing has improved.

Second: children love the big model of teeth and the toothbrush song. Teachers don't have time. Our supervisor, Dr. Shazia Khattak, thinks we should train one teacher per school instead of visiting once a term. I agree.

Third: miswak. Half the children use it at home. The WHO recognised it as an oral hygiene tool back in the 1980s, and I was taught to be dismissive of it in college, which I now think was wrong. We now teach both.

Personal: I'm from Swat and I had my first filling at 21. I didn't know brushing at night mattered.

Next: a trial of the teacher-led model in two schools, with dmft again in six months.`,
  },
  {
    id: "pk-what-005",
    setting: "diagnostic radiography",
    role: "radiographer",
    text: `What?
On ⟦DATE|the 14th of August⟧ a young man was brought to our X-ray room after celebratory firing. The name on his slip was ⟦NAME|Kashif Mehmood⟧, MR no. ⟦ID|PIMS-0774512⟧, seen in ⟦FACILITY_ROOM|Resus Bay 2, Emergency, PIMS Islamabad⟧. His brother, who drives a rickshaw with plate ⟦OTHER|RIK-4471 ICT⟧, kept calling the police from our corridor. A pellet was lodged near the C6 vertebra and the doctors wanted a CT, but the first thing ordered was plain films.

So what?
I had to position a man with a possible spinal injury on a hard table with a wailing family outside. I didn't log-roll him properly for the lateral view because only the ward boy was there to help. Nothing happened, but it could have.

Now what?
I spoke to our in-charge, Mr. Tariq, and we agreed: no trauma positioning without a second trained person. I also read the Canadian C-spine rule so I understand why the doctors insist on CT. Next Independence Day, I'll ask for extra staff on the evening shift.`,
  },
  {
    id: "pk-free-006",
    setting: "community pharmacy",
    role: "pharmacist (PharmD)",
    text: `On antibiotics without prescriptions, from behind my counter in Hyderabad (Sindh).

Every day somebody asks for "Augmentin 625" for a sore throat, or azithromycin for the "typhoid" their neighbour had. The XDR typhoid outbreak that began in this city in 2016 should have changed that. It hasn't, much.

This week I kept a tally: 31 requests for antibiotics without a prescription over six days. I sold none, which cost my employer, Seth sahib, some customers. He isn't happy. He says the pharmacy down the road sells everything.

What helped: explaining in Sindhi that "the medicine stops working for everyone in your house". Showing a poster from the NIH Pakistan AMR campaign. Offering paracetamol and salt-water gargles for obvious viral throats, with a clear "come back in 3 days if fever continues".

What I need to learn: I don't know the Centor/McIsaac criteria well enough to explain them quickly, and I'm not allowed to examine. The 2019 national AMR action plan says pharmacists are key; nobody has told the pharmacy owners.

I'll write to the Pakistan Pharmacists Association about a shared signage project. Small, but I can't change the law from a counter.`,
  },
  {
    id: "pk-gibbs-007",
    setting: "prison healthcare",
    role: "psychologist and speech therapist (prison visiting team)",
    text: `Description: Our team's monthly visit to ⟦FACILITY_ROOM|the juvenile barrack of District Jail Faisalabad⟧. I assessed ⟦NAME|Sher Ali alias "Shera"⟧, 17, under-trial, who the jail staff said "refuses to speak". His father's name on the jail register was ⟦NAME|Rehmat Ali⟧ and the register showed his committal on ⟦DATE|22 Rabi-ul-Awwal⟧.

Feelings: Uneasy. He has a severe stutter and had stopped talking after other boys mocked him.

Evaluation: Nobody had called it a communication disorder. He was labelled "defiant".

Analysis: Research from UK youth justice suggests around 60% of young offenders have speech, language and communication needs. We don't have local figures, but I see the same pattern here. The Juvenile Justice System Act 2018 promises "rehabilitation" without saying what that means for a boy who can't speak in court.

Conclusion: His lawyer needs to know so that court questioning can be adapted.

Action: Wrote a short communication passport for ⟦NAME|Shera⟧ and the jail welfare officer. Asked my supervisor, Dr. Amna, about speech therapy sessions twice a month.`,
  },
  {
    id: "pk-free-008",
    setting: "hospital dietetics",
    role: "dietitian",
    text: `Reflection — Ramadan and diabetes clinic.

Ramazan started this year in the heat and my clinic in Karachi was full of people asking whether they can fast. I used the IDF-DAR 2021 risk score for the first time properly. Low risk (score 0–3) can fast with advice; moderate (3.5–6) needs individual planning; high risk (above 6) is advised not to fast.

Things that surprised me:
- Most people on gliclazide had never been told to take the morning dose at iftar instead.
- Sehri is often skipped because people sleep through it. I started advising sehri as late as possible with slow carbs — paratha with egg, not just tea and rusk.
- Dates: three at iftar is fine. Fifteen is not.

Harder conversation: an older auntie, 72, on insulin, HbA1c 10.6%, who said fasting is between her and Allah. My consultant Dr. Faisal taught me to say "Islam gives you permission not to fast when ill" and to involve the imam if she wishes. I felt uncomfortable talking about religion as a dietitian, but it was the right conversation.

Next year I want a pre-Ramadan clinic in Shaban rather than firefighting during the month.`,
  },
  {
    id: "pk-comment-009",
    setting: "home visit",
    role: "district nutrition officer",
    text: `Good reflection and I agree about the oedema — next time call me the same day. Please remove the mother's mobile number and the B-form number before you share this with the district team WhatsApp; they are not needed for learning. Family ration is possible through the WFP pilot. Let's discuss on Monday.`,
  },
];
