import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: house officers, residents, perioperative nurses and students in surgical departments. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "general surgery typhoid perforation",
    role: "surgery resident",
    text: `Typhoid perforation season again. Three in two weeks. The one that taught me most was ⟦NAME|Chidera Okeke⟧, a 16-year-old SS2 student, brought from ⟦LOCATION|Umuoji⟧ on the back of a motorcycle after four days of fever and a day of abdominal pain managed by a patent medicine vendor. She arrived at the Accident and Emergency of ⟦FACILITY_ROOM|Nnamdi Azikiwe University Teaching Hospital, Nnewi⟧ with a rigid abdomen and a blood pressure of 80/50.

We resuscitated her for three hours, started ceftriaxone and metronidazole, and took her to theatre at 2 am: a single ileal perforation 30 cm from the ileocaecal junction, peritoneal soiling everywhere. Simple closure and copious lavage. My consultant, Dr. Emeka Nwosu, insisted on warm saline, litres of it.

Her father, ⟦NAME|Mr. Okechukwu Okeke⟧, sold his okada to pay the deposit before we could start. He told me this at the bedside the next day, without complaint, and I did not know what to say.

Things I want to remember: perforation is a public-health failure before it is a surgical emergency; the deposit system kills people; and the post-op day 5 wound infection is not a failure of technique, it is the rule. She went home on ⟦DATE|26 September⟧, with a healing wound and a promise to sit her exams.`,
  },
  {
    id: "ng-what-002",
    setting: "theatre checklist",
    role: "perioperative nurse",
    text: `What: the WHO Surgical Safety Checklist was introduced in our theatre suite in 2015. Nine years later, on a busy Monday, I watched a team skip the sign-out completely because the surgeon had another list in the private wing. Nothing happened. Swab count was correct, specimen was labelled. But nobody said it out loud.

So what: Atul Gawande's 2009 paper showed large reductions in complications when the checklist was used properly. Properly is the word. A checklist that is ticked in the recovery room after the patient has left is not a checklist; it is a form. In my experience in Nigerian theatres, the sign-in is done well, the time-out is done half the time, and the sign-out is rare. The same pattern is described in studies from Ibadan and Zaria.

I think part of the problem is hierarchy. A nurse asking a consultant surgeon to stop is uncomfortable in our culture, where "oga" is not a word you argue with. Our chief nursing officer, Mrs. Folake Adeyemi, says the same thing and has been saying it for years.

Now what: I am proposing that the scrub nurse, not the surgeon, "owns" the sign-out, and that the anaesthetist does not leave until it is done. I will raise it at the perioperative committee meeting. I also want to collect a month of data first, so that this is not just my opinion.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "orthopaedics traditional bone setter",
    role: "orthopaedic registrar",
    text: `Description: ⟦NAME|Baba Musa Ibrahim⟧, a farmer from ⟦LOCATION|Tudun Wada village in Kaura LGA⟧, came to our fracture clinic with a gangrenous left forearm. Three weeks earlier a traditional bone setter had splinted a closed radius and ulna fracture with bamboo sticks tied tight. His son ⟦NAME|Usman⟧ gave us his phone for updates, ⟦PHONE|0803 555 0172⟧. Hospital number ⟦ID|ABUTH/ORT/24/0567⟧.

Feelings: anger at first, then shame for the anger.

Evaluation: above-elbow amputation was the only option. We did it the next day, and he accepted it with more calm than I would have.

Analysis: traditional bone setters are consulted by most trauma patients in northern Nigeria before they ever see an orthopaedic surgeon. The literature is full of limb gangrene from tight splints. But bone setters are trusted, cheap, nearby and do not ask for a deposit. When I asked ⟦NAME|Usman⟧ why they did not come to hospital first, he said, "Hospital is where people go to lose their hands."

Conclusion: we are part of the reason they do not come.

Action plan: our department, led by Prof. Garba, is running a training session with local bone setters on recognising compartment syndrome and referring early. I have volunteered. I would rather spend a Saturday with bone setters than another amputation list.`,
  },
  {
    id: "ng-free-004",
    setting: "ENT foreign body",
    role: "house officer",
    text: `ENT posting, Lagos. Children put things in their noses and ears with astonishing creativity: beads, groundnuts, a piece of eraser, a battery. The battery was the one that scared everyone. Button batteries in the nose can burn through the septum in hours, and our consultant, Dr. Bisi Lawal, took that child to theatre within the hour.

I also saw my first oesophageal coin, a 3-year-old boy who had swallowed a 10 naira coin. The X-ray showed a round shadow at the level of the cricopharyngeus. Rigid oesophagoscopy under GA, coin out in four minutes, the boy eating bread by the evening. His parents took the coin home as a souvenir.

My lesson from the week was about examination. I had been pointing the headlight wrong for months. Dr. Lawal held my elbow and corrected it and suddenly I could see the tympanic membrane properly. Cerumen, otitis externa, otitis media with effusion, chronic suppurative otitis media, all different colours and shapes.

I also learned that adult ENT in Nigeria is late presentation: laryngeal cancers that arrive with stridor, sinonasal tumours with proptosis. The oldest patient I saw was a retired teacher of 86 who had had hoarseness for a year. A tracheostomy was the first operation. I am considering ENT as a career now, which I did not expect.`,
  },
  {
    id: "ng-comment-005",
    setting: "peer comment",
    role: "theatre nurse",
    text: `Agree completely. In our hospital the sign-out disappears whenever the surgeon has "another list". We started having the anaesthetist read the sign-out questions aloud and it has improved, maybe 70% now. Mrs. Adeyemi came to speak to our unit last year and she was very direct about it. Please share your data when you have it.`,
  },
  {
    id: "ng-free-006",
    setting: "neurosurgery spina bifida",
    role: "neurosurgery resident",
    text: `⟦NAME|Baby Chiamaka⟧, delivered at a mission hospital, was referred to us at day 5 with a ruptured lumbosacral myelomeningocele. Her mother, ⟦NAME|Mrs. Ngozi Eze⟧, travelled alone on two buses with the baby wrapped in a shawl. We admitted her to ⟦FACILITY_ROOM|the neonatal surgical unit at UNTH Ituku-Ozalla, cot 7⟧ and repaired the defect on ⟦DATE|4 March 2024⟧.

The repair went well. The hydrocephalus came later, as it almost always does. By week three the head circumference was rising and she needed a VP shunt. The family had to buy the shunt from a supplier, and the mother's church raised the money in a week.

What I wanted to reflect on is folic acid. Our clinic, our consultant Dr. Ifeoma Agu, and every textbook say the same: 400 micrograms daily before conception would prevent most of these cases. Flour fortification is policy on paper. ⟦NAME|Mrs. Eze⟧ told me she had never heard of folic acid, even though she attended antenatal clinic twice.

We see five or six of these babies a year. Each one is a years-long commitment of shunts, urology, orthopaedics and school problems. The operation is the easy part. I have started talking about folic acid with every woman of childbearing age I see in our clinic, including the nurses and the cleaners, who laugh at me but listen.`,
  },
  {
    id: "ng-free-007",
    setting: "surgical outreach hernia camp",
    role: "medical student",
    text: `I spent a week on a free hernia and hydrocele surgical mission organised by our state's health ministry in a general hospital in Kwara State. Over five days, four surgical teams did more than 200 operations under local anaesthesia, mostly inguinal hernias in men who had been living with them for ten or twenty years.

My role was small: taking histories, checking haemoglobin and blood sugar, and helping the anaesthetist, Dr. Tunde Bakare, draw up lidocaine with adrenaline. The maximum dose of 7 mg/kg became my mantra.

Some of the hernias were the size of footballs. One man said he had been wearing his wrapper differently for fifteen years to hide it. Another said he had never married because of it. The surgeons used Lichtenstein repairs with mesh for most, and a few Bassini repairs for the smaller ones.

What I learned: the backlog of surgical disease in Nigeria is enormous, and Lancet Commission on Global Surgery figures from 2015 suddenly made sense. Five billion people without access to safe surgery is an abstract number until you see a queue of 300 men outside a general hospital at 6 am.

I also learned that I like surgery more than I thought. My mother, a nurse, says that every medical student says this after their first camp. She may be right.`,
  },
  {
    id: "ng-what-008",
    setting: "plastic surgery burns contracture",
    role: "plastic surgery registrar",
    text: `What: a 9-year-old girl, ⟦NAME|Aisha Bello⟧, came to our plastics clinic with a severe neck contracture from a burn she had at age 5. Her chin was pulled down to her chest. Her father found us through a post about "free surgery for burns" on a Facebook group, and sent her pictures to the consultant's email, with her home address, ⟦ADDRESS|No. 14 Sabon Gari Road, Zaria⟧, in the signature.

So what: burn contractures are the legacy of poor acute burn care. This girl was treated at home with herbs and a chemist's cream, and she never had splints or physiotherapy. The contracture release, full-thickness skin graft and three months of splinting will cost more than her family earns in a year. A charity is paying.

Our consultant, Dr. Halima Sani, spends much of her time on reconstruction that would not be needed if acute care were accessible. She says the most important thing in burns is a good physiotherapist, and I am starting to agree.

Now what: surgery went well on ⟦DATE|Wednesday 17 July⟧. I will be following her up in our clinic. I have also started writing a short guide in Hausa for families about splinting after burns, with drawings by a medical illustration student.`,
  },
  {
    id: "ng-free-009",
    setting: "anaesthesia resident call",
    role: "anaesthesia resident",
    text: `Anaesthesia call in Ibadan is a lesson in improvisation. Last week we ran out of sevoflurane on a Saturday and did three emergency caesareans and a laparotomy with spinals and ketamine. The oxygen concentrator in theatre 2 kept alarming and we moved cylinders by hand.

I want to write about ketamine, because it has saved more lives on my calls than any other drug. 1–2 mg/kg IV for induction, maintains airway reflexes and blood pressure, and the patients dream strange things. Dr. Olumide Ajayi, our consultant, calls it "the African anaesthetic", which is half a joke and half a statement about what we have available.

The World Federation of Societies of Anaesthesiologists workforce survey from 2016 found fewer than 1 anaesthesiologist per 100,000 people in Nigeria. We feel that number every night. Nurse anaesthetists do a huge share of the work, and most of our surgical outcomes rest on them.

My reflection is about fatigue. I was awake for 30 hours, and on the last case I miscalculated a neostigmine dose and only caught it because the nurse anaesthetist, Mr. Kunle, asked me to repeat it. The dose was small; no harm. But I need a way to know when I am too tired to calculate. I have started writing doses on the board and reading them back, even at 4 am.`,
  },
];
