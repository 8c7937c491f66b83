import type { SourceItem } from "../../corpus/types.ts";

/** United States: surgical interns and residents, CRNAs, OR and burn nurses, students on surgery clerkships. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "general surgery night float",
    role: "surgical intern",
    text: `Night float, week two. Paged at 2:10 a.m. for a patient with a small bowel obstruction who "looked different." ⟦NAME|Mr. Raymond Ortiz⟧, MRN ⟦ID|40718825⟧, ⟦FACILITY_ROOM|room 6114 on 6 West⟧, NG tube in, belly more distended than at sign-out, lactate 3.8. I called my senior, Dr. Kessler, and said the words I had been coached to say: "I am worried, and I want you to come and look." She came in eleven minutes.

He went to the OR at 4:30 for an ischemic segment. While they were scrubbing, his wife ⟦NAME|Connie⟧ called the unit from ⟦PHONE|(520) 555-0163⟧ because nobody had told her. That was on me. I had been so focused on the lactate and the consent that I forgot there was a person at home watching her phone.

What I am taking from it:
1. The nurse who said "he looks different" was right before the labs were.
2. SBAR works, but only if I actually say the "R".
3. Call the family before they have to call you.

He is on the floor now, eating Jell-O and complaining about it, which my chief says is the best prognostic sign in general surgery.`,
  },
  {
    id: "us-what-002",
    setting: "retained surgical item near miss",
    role: "nurse anesthetist",
    text: `What happened: final count on an open colectomy came up one lap sponge short. The surgeon, Dr. Halvorsen, was already closing fascia. The circulating nurse, Marisol, said the count was off, and there was a pause of maybe three seconds where nobody wanted to be the one who delayed the case. Then the attending said, "Stop. We look." Thirty-five minutes later we found it under the drape on the back table, not in the patient. An X-ray would have told us that too.

So what: retained surgical items are still among the most frequently reported sentinel events to The Joint Commission. AORN has had a recommended practice on counts since before I was born. We all know this. What I had not appreciated is how much social pressure sits in those three seconds.

Now what: I want to name the pause. On my next cases I am going to say "count discrepancy, we are stopping" the moment I hear it, so the circulator is not alone. I am also going to ask our OR educator, Kevin Tran, whether we can run a simulation where the count is deliberately wrong. I have been a CRNA for nine years and I still learned something in a room where nothing went wrong.`,
  },
  {
    id: "us-gibbs-003",
    setting: "orthopedic trauma",
    role: "orthopedic resident",
    text: `Description. Level 1 trauma activation on ⟦DATE|Saturday, June 14⟧: motorcycle versus pickup on I-10, open tib-fib fracture, Gustilo IIIA. The patient, ⟦NAME|Dwayne Castillo⟧, 34, kept asking about his bike. Police at the bedside read out the plate, ⟦OTHER|AZ 7KD-219⟧, on the radio, and his facesheet from the outside ED had an SSN of ⟦ID|078-05-1120⟧ printed on it in large font for anyone walking past.

Feelings. I was excited in the way you are not supposed to admit, and then embarrassed about being excited.

Evaluation. Cefazolin within the hour, tetanus, splint, to the OR for washout and ex-fix. The British Orthopaedic Association standards (BOAST 2017) and our own EAST-based protocol agree on the antibiotics. Good.

Analysis. The bad part was the paper. His facesheet sat on a clipboard in the hallway because the printer was by the trauma bay. The police officer was just doing his job. I had ⟦NAME|Dwayne⟧'s girlfriend crying in the family room and an officer in the hallway reading his plate out loud, and I did not stop either.

Conclusion. Privacy in trauma is a system, not a virtue.

Action plan. I have asked our trauma coordinator to move the printer. I will also use the family room phone, not the hallway, when I update relatives.`,
  },
  {
    id: "us-free-004",
    setting: "plastic surgery clerkship",
    role: "third-year medical student",
    text: `Day one on plastics. I assumed it would be mostly cosmetic, because that is what TV taught me. Instead our first case was a DIEP flap breast reconstruction that lasted nine hours, and I spent most of it holding a retractor and watching Dr. Nakamura and her fellow join an artery the width of a spaghetti strand under the microscope.

At one point the fellow, Dr. Boateng, let me look through the scope. I could see the 9-0 nylon, and I could see her hands were absolutely still. She said she drinks no coffee on flap days, which I found terrifying.

In the lounge afterward they talked about Angelina Jolie's op-ed in 2013 and how many women in their clinic still mention it as the reason they got tested for BRCA. I had no idea a public figure could shift a referral pattern like that.

I am a little embarrassed that I walked in thinking plastics was "not real surgery." Reconstructive work after mastectomy, cleft lip and palate, hand trauma, burns: it is about function and identity at the same time. The attending told me the Latin root plastikos means "to mold," and I wrote that on my hand. I am going to ask to scrub on the hand surgery clinic next week, because apparently that is where plastics gets really hard.`,
  },
  {
    id: "us-comment-005",
    setting: "peer comment",
    role: "perioperative nurse educator",
    text: `Love this. The "three seconds" is exactly what we see in our simulation data too. Happy to help set up a deliberate count-discrepancy scenario in the sim lab — we ran one for the residents in March and it got very quiet very fast. Email me and we will find a slot before the new interns start in July. — Kevin`,
  },
  {
    id: "us-free-006",
    setting: "burn ICU",
    role: "burn nurse",
    text: `I have been in the burn ICU for four years and the fundraising pages still get to me. ⟦NAME|Jaylen Brooks⟧ was admitted after a house fire with 42% TBSA, intubated for inhalation injury. By day three his aunt had set up ⟦URL|https://www.gofundme.com/f/jaylen-brooks-burn-recovery⟧, and his cousin was posting updates from ⟦OTHER|@jbrooks_strong⟧ with photos taken through the glass of ⟦FACILITY_ROOM|Bed 12 in the Regional Burn Center at Maricopa⟧.

I understand it. Families need money and they need people to know. The page raised more in a week than I make in a year. But the updates included his sodium, his next graft date and a picture of the chart clipped to the bed.

I talked to his mother, ⟦NAME|Tamika⟧, at the bedside, gently. I did not ask her to take anything down. I asked her to think about what ⟦NAME|Jaylen⟧ would want to see when he wakes up and scrolls back. She cried and said she had not thought about him reading it.

Our social worker, Rosa, now brings up online posting at the first family meeting, along with parking vouchers and the Ronald McDonald House. That seems to be the right place for it: not a rule, just part of the welcome.`,
  },
  {
    id: "us-what-007",
    setting: "ENT post-tonsillectomy bleed",
    role: "otolaryngology resident",
    text: `What: a 6-year-old came back through the ED on post-op day 7 with a secondary tonsillar bleed. Mom said there was "a little blood" in the sink. By the time I got there he had vomited a cup of clots. Hemoglobin 9.8, down from 12.4. I had been an ENT resident for five months.

So what: post-tonsillectomy hemorrhage is the thing every ENT trainee dreads, partly because it is unpredictable and partly because children compensate until they suddenly do not. The AAO-HNS guideline (updated 2019) recommends against routine antibiotics and supports ibuprofen for pain, which some parents find alarming. This family had been told both and had stopped the ibuprofen because a neighbor said it makes you bleed.

Now what: we took him back to the OR. My attending, Dr. Levinson, cauterized a small vessel in the left fossa and he went home the next day. I keep thinking about the neighbor. Our discharge instructions were accurate, but they were one sheet of dense text in English for a family whose first language is Spanish. I have asked our interpreter services lead, Ana Beltrán, to help me rewrite the sheet with pictures, and I want to present the rewrite at our quality meeting in the fall.`,
  },
  {
    id: "us-free-008",
    setting: "anesthesia consent refusal of blood",
    role: "anesthesiology attending",
    text: `Pre-op visit the evening before a hip hemiarthroplasty. ⟦NAME|Mrs. Evelyn Marsh⟧, ⟦AGE|97⟧, a Jehovah's Witness, with a fractured neck of femur and a hemoglobin of 10.1. Her son ⟦NAME|Carl Marsh⟧ and a church elder were both present. She was absolutely clear that she would not accept blood, and equally clear that she did not want to die "for the sake of a hip."

I went through what we could offer: tranexamic acid, cell salvage if she would accept a continuous circuit, careful hemostasis, a spinal instead of a general. She accepted cell salvage after asking the elder, who said it was a personal decision. We documented her advance directive and the specific items she would and would not accept, item by item.

Surgery was on ⟦DATE|October 22⟧. EBL about 300 mL, nothing dramatic. Her hemoglobin bottomed out at 7.9 on day two and she was fine, a bit tired, asking for her crossword.

Teaching point for the residents: the conversation is not about persuading; it is about precision. "No blood" is not one decision but twenty, and each one has to be asked separately. I have used this case in our residency lecture every year since.`,
  },
  {
    id: "us-free-009",
    setting: "pediatric surgery",
    role: "pediatric surgery fellow",
    text: `Three intussusceptions in one week, which must be some kind of record for our service. All three were 7 to 11 months old, all three came in with the classic currant-jelly stool that textbooks say you rarely see, and all three were reduced by air enema in radiology without going to the OR.

The fourth child of the week was different: a 2-year-old with painless rectal bleeding. Technetium scan positive, and at laparoscopy a Meckel's diverticulum exactly two feet from the ileocecal valve, exactly as the rule of twos promised. My attending, Dr. Gutierrez, made me recite the rule of twos before we made the incision and then laughed when it turned out to be true.

What I keep noticing in peds surgery is the parents. In adult surgery the patient consents. Here the patient screams and the parent consents, and they are consenting to me cutting into the most important person in their life. I used to rush that conversation because the OR was waiting. This week I sat down with each family, drew the bowel on the back of the consent form, and answered questions until they ran out.

Hirschsprung disease, malrotation, pyloric stenosis, intussusception, Meckel's: I am learning the list. I am also learning that the drawing on the back of the form is the bit they remember.`,
  },
  {
    id: "us-comment-010",
    setting: "peer comment",
    role: "burn unit social worker",
    text: `Thank you for this. I met ⟦NAME|Tamika⟧ again yesterday and she said your conversation changed how she thinks about the page; she has started posting only "good day / hard day" updates. I would add one thing for new staff: offer to help families word the update, because most of them want to get it right. — Rosa, MSW`,
  },
  {
    id: "us-gibbs-011",
    setting: "ophthalmology surgical mission",
    role: "ophthalmology resident",
    text: `Description: two weeks on a cataract surgical mission in Guatemala with a team of eight from our program, mostly manual small-incision cataract surgery, about 40 cases a day between four surgeons. I did 31 cases under supervision.

Feelings: guilt, mostly. I was practising on people who could not easily come back if something went wrong. On day four I had a posterior capsule rupture and my hands went cold.

Evaluation: my attending, Dr. Ramírez, stepped in, did an anterior vitrectomy and placed a sulcus lens. The patient saw 20/60 the next morning. Outcomes for the whole trip were tracked against the WHO target of 80% good outcomes at follow-up, and we hit it.

Analysis: there is a real literature (and a real argument) about "voluntourism" in surgery. The best teams, I think, do what ours tried to do: a local surgeon, Dr. Morales, led the list, we followed her decisions, and we left equipment and trained two technicians. I am not sure our trip was justified by its numbers alone. It might be justified by the technicians.

Conclusion: I learned MSICS faster than I would have at home. That is good for me and neutral at best for the patients.

Action plan: if I go back, I go for the training, not the numbers. I also want to read Paul Farmer properly instead of quoting him.`,
  },
  {
    id: "us-free-012",
    setting: "neurosurgery telehealth follow-up",
    role: "neurosurgery physician assistant",
    text: `Telehealth follow-up clinic after a lumbar laminectomy. The video visit kept dropping, so our IT person pulled the session log, and that is how I learned a lot more about ⟦NAME|Ms. Bethany Kowalczyk⟧ than I needed: she was logging in from ⟦IP|198.51.100.47⟧, and her portal email was ⟦EMAIL|bkowalczyk.quilts@yahoo.com⟧, which she also used for her online shop. IT pasted both into the team chat to troubleshoot, next to her full name.

None of that is a disaster. But it was a reminder that the electronic trail of a patient is bigger than the chart. Her wound was fine, for the record, and her leg pain was gone. The visual analog score went from 8 to 2.

Our department is busy with the usual post-laminectomy education: no lifting over ten pounds for six weeks, watch for cauda equina symptoms, call if the wound leaks. I went through all of that. But I did not think about the chat channel until the end of the day, when I saw it had 40 members, including two students and a sales rep from a spinal implant company.

I asked IT to delete the message and they did. I have also suggested to my supervising neurosurgeon, Dr. Adeyemi-Walsh, that we create a private troubleshooting channel with four people in it. Cheap fix, long overdue.`,
  },
];
