import type { SourceItem } from "../../corpus/types.ts";
import { personnummer, ppsn, tcKimlik } from "../gen.ts";

/** Ireland, Egypt, Bangladesh, Nepal, the Philippines, Turkey and Sweden. */
export const ASIA_EUROPE: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "general surgery discharge",
    role: "surgical SHO",
    text: `Discharge planning on the surgical ward is where the surgical SHO year really happens. ⟦NAME|Mr. Pádraig Ó Súilleabháin⟧, ⟦AGE|91⟧, had a laparoscopic right hemicolectomy for a caecal cancer and recovered well, but the question was where he would go next. He lives on his own at ⟦ADDRESS|Cnoc na Gaoithe, Baile an Fheirtéaraigh, Co. Kerry V92 X4T8⟧, a good hour from the nearest town, and his nearest relative is a niece in Boston.

The Fair Deal application needed his PPS number, ⟦ID|${ppsn("6420517")}⟧, and his niece ⟦NAME|Siobhán⟧ emailed it to the ward from America with a scan of his pension book, which went to the shared ward inbox.

He did not want a nursing home. The public health nurse and the home-help coordinator put together a package: carers twice a day, meals on wheels, a personal alarm. The OT did a home visit with him and came back saying the house had a range, a dog, and a very steep step.

He went home. I am not sure it was the safest choice. I am sure it was his choice. My consultant, Mr. Brennan, reminded me that capacity is decision-specific and that risk is not the same as incapacity, which is the Assisted Decision-Making (Capacity) Act 2015 in one sentence.`,
  },
  {
    id: "ie-what-002",
    setting: "anaesthesia preoperative clinic",
    role: "anaesthesia registrar",
    text: `What? Pre-assessment clinic, Cork, twelve patients for elective surgery in one afternoon. Three had obstructive sleep apnoea that had never been diagnosed; the STOP-BANG scores were 6, 5 and 6. One was on rivaroxaban for AF and had been told by his GP to stop it "a day or two before". One had a HbA1c of 92 mmol/mol and was booked for a hip replacement.

So what? Pre-assessment prevents cancellations on the day, and cancellations waste theatre time that we do not have. The 2021 Centre for Perioperative Care guidance on diabetes says elective surgery should be deferred if HbA1c is over 69. That man was not happy when I explained that his hip would wait until his sugars were better.

Now what? I want to make the clinic work better. My supervisor, Dr. Aoife Keane, suggested a simple STOP-BANG screening question on the booking form, so that we see the high scores in advance. I am also going to write up a short guide for the GP practices on anticoagulant bridging, referencing the BRIDGE trial (2015). Not glamorous, but the hip replacement that happens safely in three months is better than the one cancelled on the day.`,
  },
  {
    id: "ie-comment-003",
    setting: "peer comment",
    role: "surgical registrar",
    text: `This is a lovely piece. Capacity versus risk is the hardest conversation in surgical discharge planning, and you have described it well. I would add: document the reasoning, not just the decision. Mr. Brennan did the same with me years ago. Good luck with the rest of the rotation, and do not forget to sleep.`,
  },
  {
    id: "eg-free-001",
    setting: "urology schistosomiasis",
    role: "urology resident",
    text: `Urology outpatients, Mansoura. I see bladder cancer in younger men than my textbooks describe. ⟦NAME|Mr. Abdel-Rahman Mahmoud El-Sayed⟧, 48, a farmer from ⟦LOCATION|Kafr El-Shaikh Ibrahim near Dikirnis⟧, came with painless haematuria. He had been treated for bilharzia as a child, twice. Cystoscopy showed a large tumour; biopsy showed squamous cell carcinoma, the type linked with schistosomiasis.

He came with his wife and his son ⟦NAME|Ahmed⟧, who gave me his number for the results, ⟦PHONE|+20 100 555 0147⟧, and his father's national ID, ⟦ID|27602141201937⟧, for the insurance form.

Squamous cell bladder cancer has fallen in Egypt since praziquantel mass treatment in the 1990s, and transitional cell is now more common. But for men of his generation the legacy of the canals remains. My professor, Prof. Mohamed Ghoneim, operated on thousands of these patients over his career; I have read his papers.

He needs a radical cystectomy and urinary diversion. We discussed it with the family. The son asked how he would pray with a stoma, and I did not know the answer. Our chaplain-equivalent at the hospital, a sheikh who visits on Fridays, did. I am learning that surgical counselling in my country needs more than surgery.`,
  },
  {
    id: "eg-what-002",
    setting: "ophthalmology residency",
    role: "ophthalmology resident",
    text: `What: my first phacoemulsification under supervision, in Cairo. I had done 60 manual small-incision cataracts before this, and I thought phaco would feel easier. It did not. The capsulorhexis went out to the periphery and my supervisor, Dr. Heba Mansour, took the instruments and rescued it with the Little technique.

So what: every ophthalmologist has a story like this. The learning curve for phaco is famous. Studies from the 2000s suggested complication rates fall substantially after the first 80 to 100 cases. I am at case one. I went home and practised on a wet lab eye at midnight.

I also realised how much depends on the patient. This was a 64-year-old man with a dense brown cataract. A softer lens would have been easier for a first case. My supervisor explained that this is why case selection for trainees is an ethical question, not just a logistical one: who carries the risk of my learning?

Now what: wet lab twice a week, the Eyesi simulator when it is free, and I will ask for softer cataracts for my first 20 cases. I also read the Royal College of Ophthalmologists' curriculum on phaco training, which recommends a structured approach of steps before doing whole cases. We do not do that here; I want to propose it.`,
  },
  {
    id: "bd-free-001",
    setting: "refugee camp surgical referral",
    role: "medical officer",
    text: `I work at a primary health centre in the camps near Cox's Bazar. Surgical cases are referred out to the district, and the referral is where things go wrong.

This week, a 13-year-old boy, ⟦NAME|Mohammad Yunus⟧, FCN ⟦ID|188432107⟧, from ⟦LOCATION|Camp 14, Block E-3⟧, came with a hand that had been crushed under a concrete slab while building a shelter. Two fingers were non-viable. His father, ⟦NAME|Nur Hossain⟧, could not go with him because of the movement restrictions, and his older sister went instead.

The surgery was done at the district hospital: amputation of the two fingers and a local flap. But the follow-up was difficult; the dressing changes had to be done at our centre, and we have no hand therapist. The physiotherapist from an NGO came once a week.

What I am reflecting on: surgical care in a humanitarian setting is mostly about logistics. Who transports the patient, who goes with them, who pays, where the dressings happen. The WHO Emergency Medical Team standards talk about "continuity of care" and it is easy to write, very hard to do.

We are now trying to make a referral card for each surgical patient, with the follow-up plan in Bangla, Rohingya and English, so the family does not have to explain the story again at every step.`,
  },
  {
    id: "bd-gibbs-002",
    setting: "general surgery residency",
    role: "surgery resident",
    text: `Description: the Dhaka surgical emergency on a Thursday night, 41 admissions. Acute abdomen, obstructed hernias, road traffic injuries, a snake bite, and a young man with an acid burn from a workplace accident.

Feelings: my feet hurt and my brain felt thin. I was the most senior person in the emergency for four hours while the registrar was in theatre.

Evaluation: triage worked. I sent three patients to theatre in the right order. I missed a diagnosis of mesenteric ischaemia in a 68-year-old woman with AF until her lactate came back at 6.2. She was operated on at 5 am; she survived with a short bowel.

Analysis: mesenteric ischaemia is the classic "pain out of proportion to examination". I had learned that phrase in medical school at Sir Salimullah Medical College and I did not apply it in real life because the abdomen looked soft and I was busy. The textbook description was accurate.

Conclusion: when I am busy I rely on pattern recognition, and a rare pattern gets missed.

Action plan: I have made a short list of "can't-miss" diagnoses for the acute abdomen (ruptured AAA, mesenteric ischaemia, ectopic, perforation) and I go through it for every patient over 60 with abdominal pain, even at 3 am. Dr. Rahman, my professor, says everyone makes this list after their first miss.`,
  },
  {
    id: "bd-comment-003",
    setting: "peer comment",
    role: "NGO physiotherapist",
    text: `I was the physio who saw ⟦NAME|Yunus⟧. He is doing well now: full range in his remaining fingers and he is writing again. The referral card idea is excellent. Please add the name of the therapist and the day of the week they visit ⟦LOCATION|Block E-3⟧, so the family knows when to come. Thank you for pushing on this.`,
  },
  {
    id: "np-free-001",
    setting: "ophthalmology eye camp",
    role: "ophthalmic assistant",
    text: `Our team walked two days to reach the eye camp in ⟦LOCATION|Thakmarpha village, Mustang⟧. Over four days, we did 176 cataract operations by manual small-incision technique with the surgeons from our eye hospital in Pokhara. I did the pre-op checks and the biometry with a portable machine.

The patient I remember: ⟦NAME|Pema Dolma Gurung⟧, a grandmother who herded yaks and had been blind in both eyes for three years. Her son brought her on a horse. She had surgery on ⟦DATE|2081 Kartik 12⟧ (⟦DATE|28 October⟧ in the English calendar), and when we took off the patch the next morning she looked at her son and laughed and said he had got old.

What I learned: in Nepal, many cataract camps follow the model of Dr. Sanduk Ruit, who has done more than a hundred thousand cataract operations and developed a low-cost intraocular lens. I met him once, in 2019, at a training. He said the best outcome measure is whether the patient can walk home without a guide.

Reflection: I want to learn more about follow-up after camps, because the post-op visual acuity is measured on day one and then many patients are never seen again. Complications like posterior capsule opacification need a YAG laser, which is only in the city.`,
  },
  {
    id: "np-what-002",
    setting: "neurosurgery head injury teaching",
    role: "medical student",
    text: `What: I attended the neurosurgery department's weekly teaching in Kathmandu on traumatic brain injury. Most of the cases are from road traffic accidents and falls from trees — people fall from trees while cutting fodder for livestock, a pattern I had never heard of before.

So what: our lecturer, Dr. Bikash Shrestha, talked about the Glasgow Coma Scale, which was published by Teasdale and Jennett in 1974 and is still the most important number in head injury. He showed us extradural haematomas (lens-shaped, the lucid interval), subdural haematomas (crescent-shaped), and diffuse axonal injury, which is often invisible on CT. He also explained Cushing's triad: hypertension, bradycardia, irregular breathing, a sign of raised intracranial pressure and impending herniation.

I learned that many patients arrive hours or days after injury, because the roads are bad and the nearest CT scanner is far away. Burr holes done by general surgeons in district hospitals save lives.

Now what: I want to do my elective in neurosurgery. Dr. Shrestha said I should first learn the neurological examination well, so I am practising on my friends. I also want to read about the Nepal Health Sector Strategy and what it says about trauma care, because I think trauma should be a bigger priority.`,
  },
  {
    id: "ph-free-001",
    setting: "cleft lip mission follow-up",
    role: "plastic surgery resident",
    text: `Follow-up teleconsult for a cleft lip repair done during our mission in Samar last year. ⟦NAME|Baby Angelica Dela Cruz⟧, now 14 months, from ⟦LOCATION|Barangay San Roque, Basey⟧. Her mother ⟦NAME|Marites⟧ joined on a borrowed phone and the connection dropped three times. When I asked our IT for help, they told me the login came from ⟦IP|203.0.113.84⟧ and that it was a shared internet shop in town, which explained the noise and the teenagers in the background.

The lip looked excellent. The nasal symmetry was not perfect, which is normal at this stage. The palate repair is due at 12–18 months, and we scheduled it at ⟦FACILITY_ROOM|Eastern Visayas Medical Center⟧. PhilHealth covers part of it; her PhilHealth number is ⟦ID|12-052847193-6⟧ and ⟦NAME|Marites⟧ had it written on the back of the mission card.

What I'm reflecting on: cleft missions get a lot of attention for the first operation, but cleft care is a twenty-year journey: palate, speech therapy, alveolar bone graft, orthodontics, maybe rhinoplasty. A single mission is a beginning. My consultant, Dr. Ramon Villanueva, says the missions that work are those that train local teams and come back.

We are setting up a speech therapy referral with a therapist in Tacloban, and I will follow her up myself.`,
  },
  {
    id: "ph-free-002",
    setting: "OR nursing",
    role: "OR nurse",
    text: `I have been an operating room nurse in Manila for eight years. Yesterday I scrubbed for my 1,000th case, according to my logbook, and I thought I would write about what has changed.

When I started, we had no surgical safety checklist. Now we do, and the surgeons who laughed at it in 2016 are the ones who insist on it now. I still remember Dr. Santos, a senior surgeon, saying "I don't need a checklist, I need a good nurse." He retired last year. The new consultants are different; they ask the scrub nurse for the count before they close, without being reminded.

What has not changed: long hours, too few nurses, and the brain drain. Four of my batchmates are working in the UK, three in the US, and two in Saudi Arabia. I understand why. I have thought about it myself. My salary is a fraction of theirs.

The best thing about my job is still the moment when I hand the surgeon the right instrument before they ask. It sounds small. It is the result of years of watching. My mentor, Ma'am Lourdes, called it "reading the surgeon's hands". I am trying to teach it to the new nurses now, but it can only be learned in the room.`,
  },
  {
    id: "tr-free-001",
    setting: "earthquake crush injuries",
    role: "orthopaedic resident",
    text: `February 2023 earthquake, Hatay. I was a second-year orthopaedic resident and was sent with a team from Ankara on the second day. I have waited more than a year to write about it.

The patient I cannot forget was ⟦NAME|Elif Yıldırım⟧, 11, pulled from the rubble after 52 hours with a crush injury to both legs. We did fasciotomies on both legs in a field tent and she developed crush syndrome, potassium 7.2 and rising. She was flown to ⟦FACILITY_ROOM|Adana Şehir Hastanesi, çocuk yoğun bakım, yatak 6⟧ for dialysis. Her T.C. kimlik number, ⟦ID|${tcKimlik("384015267")}⟧, was written on her arm in marker by a volunteer, because no one knew who she was. Her uncle found her two days later through a list posted online.

The medical literature on crush syndrome is clear: aggressive fluids before extrication, dialysis capacity, fasciotomy decisions. The Marmara earthquake of 1999 taught Turkish surgeons this. We still did not have enough dialysis machines.

She kept her legs. I visited her in Mersin at her aunt's house six months later, and she ran to the door.

My supervisor, Doç. Dr. Kemal Aydın, told me that disaster surgery is mostly about triage and logistics and that surgeons who want to be heroes are dangerous. I understand that now.`,
  },
  {
    id: "tr-what-002",
    setting: "urology residency",
    role: "urology resident",
    text: `Ne oldu? What happened: I did my first ureteroscopy with laser lithotripsy under supervision in Istanbul. A 9 mm stone in the distal ureter, holmium laser, dusting settings, a stent at the end. It took me 55 minutes; my supervisor does it in 20.

So what: endourology has changed urology. When my supervisor, Prof. Dr. Selim Erdem, trained in the 1990s, stones like this were often removed by open surgery. Now almost all are endoscopic. The EAU guidelines (2023) recommend ureteroscopy or shock-wave lithotripsy for distal ureteric stones over 6 mm, with medical expulsive therapy, tamsulosin, for smaller ones.

What I found difficult was not the laser but the hand–eye coordination with the flexible scope. Moving the scope tip is not intuitive at all.

Also, the radiation. I forgot to put on the thyroid shield. The radiographer, Ayşe Hanım, handed it to me without a word, which was kind and embarrassing at once.

Now what: I will practise on the simulator, record my fluoroscopy times, and always wear the thyroid shield. I also want to read the ALARA principles properly. I am 29 and I want to still be working in urology when I am 65 without regretting my radiation exposure.`,
  },
  {
    id: "se-free-001",
    setting: "vascular surgery amputation",
    role: "vascular surgery resident",
    text: `Ortopedisk och kärlkirurgisk avdelning — I'm writing this in English for an international course. ⟦NAME|Gunnar Lindqvist⟧, personnummer ⟦ID|${personnummer("431107-482")}⟧, was admitted with critical limb ischaemia after a failed femoropopliteal bypass. He is a retired ferry captain from ⟦LOCATION|Öckerö⟧ and does not want an amputation. He says he would rather die with two legs.

His daughter, ⟦NAME|Karin Lindqvist-Berg⟧, found the department's phone list on the intranet and called my direct line. She also sent me a link to a family photo album, ⟦URL|https://photos.app.goo.gl/gLindqvist1943Sommar⟧, to show me "what he was like before", which I did not open on the ward computer.

We had a long meeting: the patient, his daughter, my consultant Dr. Annika Holm, the palliative care nurse and me. He had capacity. He understood that without an amputation he would probably die within weeks from sepsis. He chose comfort care.

I'm reflecting on my own feelings about this. I wanted to argue. Surgeons are trained to fix things. The Swedish Vascular Registry (Swedvasc) records amputation rates but not this kind of outcome: a man who said no and died at home, in ⟦FACILITY_ROOM|room 12 at Öckerö vårdboende⟧, with his family. I think it was a good death.`,
  },
  {
    id: "se-comment-002",
    setting: "peer comment",
    role: "vascular surgeon",
    text: `Thank you for writing this so honestly. Saying no to an amputation is a legitimate choice and you handled it well. I would encourage you to bring a short summary to our next M&M — not as a complication, but as a discussion of shared decision-making. Dr. Holm and I can help. Well done. — Erik, consultant`,
  },
];
