import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: house officers, postgraduate trainees, OT staff and students in surgical units and flood-relief camps. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "general surgery on call",
    role: "house officer",
    text: `Surgical emergency at ⟦FACILITY_ROOM|Mayo Hospital⟧, my third 36-hour call. At 11 pm a man was brought in by Rescue 1122 with a stab wound to the abdomen after a fight over a plot of land. ⟦NAME|Muhammad Aslam⟧, son of ⟦NAME|Ghulam Rasool⟧, CNIC ⟦ID|35202-4718293-5⟧, admitted to ⟦FACILITY_ROOM|Surgical Unit II, Bed 31⟧. The police wanted the medicolegal certificate before we had even put in a second cannula.

His brother stood next to me giving his number over and over, ⟦PHONE|0300 5550148⟧, as if repeating it would make the surgery faster. Our registrar, Dr. Saima, took him to theatre for a laparotomy: two small bowel perforations, repaired primarily, no colonic injury.

What I learned that night: the MLC is important, and in Pakistan it protects the patient as well as the doctor. But the order matters. Airway, breathing, circulation, and then paperwork. Dr. Saima told the police inspector, politely, that he could have the certificate after the patient had blood. He waited.

I also learned to write the CNIC and the police station details clearly and once, not on three different scraps, because the next morning nobody could find the scrap with the FIR number. A proper MLC register is on my list for the unit's monthly meeting.`,
  },
  {
    id: "pk-what-002",
    setting: "surgical site infection audit",
    role: "surgical postgraduate trainee",
    text: `What: for my FCPS synopsis I audited surgical site infections after elective inguinal hernia repair in our unit over six months. 184 patients, 11 infections, a rate of 6%. Most were superficial. Two needed the mesh removed.

So what: the WHO 2016 global guidelines for SSI prevention recommend against routine post-op antibiotics beyond the operation, against shaving with razors, and for chlorhexidine-alcohol skin prep. When I looked at our practice, we were giving ceftriaxone for five days after surgery to nearly everyone, shaving on the ward the night before, and using povidone-iodine because that is what the store supplied.

The data showed no difference between five days and one dose, which was unsurprising, but I found it hard to present this to senior colleagues. Our professor, Prof. Tariq Mehmood, was quiet during the presentation, and I thought I had offended him. Afterwards he said, "Good, now write the protocol."

Now what: a one-dose protocol with cefazolin at induction, clipping instead of shaving, and a request to the procurement committee for chlorhexidine. It will take a year. I also want to repeat the audit after the change, because an audit without a re-audit is just a complaint. CPSP supervisor meeting is next month and I will take the draft there.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "orthopaedic flood relief camp",
    role: "orthopaedic registrar",
    text: `Description: medical camp after the floods, run by a welfare trust, in a school building in ⟦LOCATION|Basti Ghulam Qadir near Jacobabad⟧. Most of our work was wound care and fractures that had been managed at home for weeks. ⟦NAME|Haji Allah Bux⟧, about ⟦AGE|92⟧ by his own account and his grandson's, had a malunited distal radius and a chronic ulcer over his shin that had been dressed with ash.

Feelings: overwhelmed. We had a bag of POP, two boxes of gauze and a portable X-ray that worked on generator power for two hours a day.

Evaluation: we did what we could. Debridement under local, oral cloxacillin, a referral slip to the district headquarters hospital, which is two hours away on a road that was still partly under water.

Analysis: the disaster surgery literature talks about the "second wave" of injuries, neglected fractures and infected wounds after the acute phase, and this was exactly it. I had read the WHO Emergency Medical Teams classification and thought it was bureaucratic; in the field it made sense to know what a Type 1 mobile team can and cannot do.

Conclusion: we were a Type 1 team pretending to be Type 2.

Action plan: I have proposed to the trust that our next camp includes a proper referral pathway with transport, and I am doing a course on external fixation in austere settings with Dr. Imran Baloch in Quetta.`,
  },
  {
    id: "pk-free-004",
    setting: "anaesthesia day-case",
    role: "anaesthesia trainee",
    text: `A day-case list of eight laparoscopic cholecystectomies. I am writing this because I had my first real laryngospasm, in a healthy 26-year-old woman at extubation. Her saturation fell to 78% in what felt like twenty seconds and was probably forty.

I did what I had read: 100% oxygen, CPAP with the bag, jaw thrust, Larson's manoeuvre (pressure in the notch behind the ear lobe, which I had never actually tried), and propofol 30 mg. My supervisor, Dr. Nadia Qureshi, was in the next theatre and arrived as the spasm broke. She did not take over; she stood behind me and said "good". I nearly cried.

What went wrong: I extubated in a light plane, while she was coughing and moving, because the list was behind and the surgeon was already asking for the next patient.

What went right: I knew the algorithm. I asked for help early. The OT technician, Shahid bhai, had suxamethonium drawn up before I had even finished asking.

I will extubate deep or fully awake, never in between, and I will not let the list's pace decide the timing. Dr. Qureshi has asked me to present the case at Thursday's departmental teaching, along with the 2018 review on laryngospasm she keeps recommending.`,
  },
  {
    id: "pk-comment-005",
    setting: "peer comment",
    role: "consultant anaesthetist",
    text: `Well written, and the line about the list's pace deciding the timing is the real lesson. Every one of us has done it. Larson's manoeuvre is underused; please demonstrate it on Thursday, most of the juniors have never seen it. And thank Shahid properly in front of everyone — the OT technicians save us more often than we admit. — Dr. N. Qureshi`,
  },
  {
    id: "pk-free-006",
    setting: "burns unit paediatric",
    role: "plastic surgery resident",
    text: `I was going to keep this vague and say only that it was a paediatric burns case I cannot stop thinking about. Then I realised I had already written half the details in my logbook, so here is the honest version.

⟦NAME|Zainab⟧, aged four, pulled a pot of boiling milk onto herself on ⟦DATE|Eid ul Adha⟧. 22% scalds, chest and arms. Admitted to ⟦FACILITY_ROOM|Children's Burns Ward, Bed 4, Holy Family Hospital, Rawalpindi⟧, MR no. ⟦ID|HFH-23-0091846⟧. Her father ⟦NAME|Abdul Wahab⟧ sold vegetables on a cart and could not afford the dressings that were not on the free list.

We did early excision and split skin grafting on day five. Graft take was about 90%. The dressings were the problem: the family sold their goat to buy them, the same goat they had bought for the Eid sacrifice.

I raised it with our consultant, Dr. Farooq, and he found a zakat fund through the hospital's social welfare department. It took four days of forms.

Lesson for myself: ask about money on day one, not day five. Pakistan's burn care depends on things that are not in the Lund and Browder chart.`,
  },
  {
    id: "pk-free-007",
    setting: "ophthalmology clinic",
    role: "medical student",
    text: `Eye OPD, final year rotation. Two hundred patients before 2 pm, four doctors, one slit lamp that worked properly. I watched Dr. Humaira Khan do a diabetic retinopathy screen in under two minutes and still explain to the patient why his sugar mattered.

Things I saw this week: pterygium (lots of it, farmers and labourers), trachoma scarring in an older woman from the north, a child with retinoblastoma whose white reflex had been noticed in a family photo, and more cataracts than I can count. The child was the one that shook me. Leukocoria in a photo is the classic teaching point, and here it was, on a parent's mobile.

Dr. Khan told us the WHO Vision 2020 initiative was launched in 1999 and that Pakistan did reasonably well on cataract surgical rates, but the follow-up is poor. Patients come once and never return for glasses.

My uncle had cataract surgery in Multan in 2021 and never got his glasses either. I asked him on the phone tonight. He said, "The operation was free, the glasses were not." I am going to ask whether our college society can run a small glasses drive with the optometry students. It is the smallest, cheapest part of the whole pathway and the part most often missing.`,
  },
  {
    id: "pk-what-008",
    setting: "neurosurgery VP shunt",
    role: "neurosurgery trainee",
    text: `What: a two-year-old boy, ⟦NAME|Hamza Shehzad⟧, with a ventriculoperitoneal shunt placed for post-meningitic hydrocephalus, came back with a shunt block: vomiting, sunsetting eyes, a tense fontanelle. The programmable valve, serial ⟦DEVICE|PSV-77-406128⟧, had been reset by an MRI at a private scan centre the week before, and nobody had told the family to come back for reprogramming.

So what: his mother had sent us photos and questions for weeks through a Facebook page she ran about his illness, ⟦URL|https://www.facebook.com/HamzaKiHimmat⟧, and wrote to our department from ⟦EMAIL|shehzad.rabia1991@gmail.com⟧. We replied late because the department email is checked once a week.

Now what: we reprogrammed the valve in the ward and he improved within hours; no revision was needed. Our unit now gives every shunt family a card with the valve type and a warning about MRI, and I have asked for the department inbox to be checked daily. Prof. Rashid said we should have done this years ago.`,
  },
  {
    id: "pk-free-009",
    setting: "urology clinic",
    role: "urology postgraduate",
    text: `Urology OPD on a Monday in Karachi is mostly stones. We are in the stone belt, and the summers are brutal; men who work outside in 45 degrees drink two glasses of water a day and then come to us with renal colic.

This week our consultant, Dr. Salman Raza, gave the residents a small lecture on prevention instead of surgery. Urine output above 2.5 litres a day, lemon water for citrate, less salt, and not cutting out dairy, which most patients think they should. It was humbling because I had been telling patients to stop milk for a year.

I also saw my first case of bladder exstrophy follow-up, a teenage boy who had had repairs as a baby in another city. He is doing well and wants to be a cricketer like Babar Azam. He was shy until we talked about cricket.

The rest was BPH, urethral strictures and hydroceles. I watched an optical urethrotomy and a TURP. I also noticed how much time we spend explaining that stones come back, which the patients do not believe because the pain was "taken out".

Next step for me: Dr. Raza wants a patient leaflet on stone prevention in Urdu and Sindhi, and I have volunteered. I will test it on the patients in the waiting area before I print it.`,
  },
];
