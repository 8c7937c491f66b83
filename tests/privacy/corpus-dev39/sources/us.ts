import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "clerking",
    role: "third-year medical student",
    text: `Night float, medicine sub-I prep. I was asked to do the full H&P on an admission to ⟦FACILITY_ROOM|4 West, room 412 at Mercy St. Vincent⟧ while my resident, Dr. Kowalski, ran a rapid response two floors down. The patient was ⟦NAME|Mr. Dwayne Tolliver⟧, admitted ⟦DATE|10/14/2024⟧ with cellulitis that turned out to be a necrotizing infection by morning.

What I did: a careful history, an exam that I documented as "erythema to mid-shin, tender", and a plan I copied from the ED note. What I did not do was mark the border with a pen or note pain out of proportion. When the surgical resident came at 5 a.m., the erythema was at the knee and he was in septic shock.

There was another thing. The transfer packet from the outside clinic had his full Social Security number, ⟦ID|078-05-1120⟧, printed on the face sheet, and the MRN, ⟦ID|MSV-20417736⟧, handwritten beside it. I photographed nothing, but I did leave the packet on the workstation for an hour.

My attending, Dr. Hargrove, was kind but direct at the debrief: the LRINEC score is a tool, not a permission slip, and a pen line on the skin is a five-second habit that can change a night. I now carry a skin marker on my badge reel. I also returned the packet to the unit clerk and asked how outside paperwork is supposed to be stored, which nobody had told us in orientation.`,
  },
  {
    id: "us-what-002",
    setting: "near miss",
    role: "intern",
    text: `**What?** Week three of intern year. I entered an insulin glargine order as 40 units at bedtime for a patient whose home dose was 14. The "4" in the outside med rec was a badly scanned "1", and I never asked the patient. The night pharmacist, Keisha, called me at 22:10 to ask whether I meant it, because her A1c was 6.8 and her creatinine had doubled.

**So what?** A hypoglycemic seizure overnight in a woman with AKI was a real possibility. I did not feel grateful at first; I felt caught. It took a day before the gratitude arrived. My senior, Dr. Abernathy, told me that in her intern year she gave a ten-fold dose of morphine and that the nurse who caught it is still her friend.

**Now what?** Three changes. I confirm home insulin with the patient or family every time, in words: "How many units do you take at night?" I reread any order over 20 units before signing. And I will say thank you first, then ask questions. The ISMP list of high-alert medications is pinned above my desk now, and insulin is on it for a reason. I also filed a safety report about the scanned med list, because the next intern will meet the same fuzzy fax.`,
  },
  {
    id: "us-gibbs-003",
    setting: "cardiology",
    role: "physician assistant student",
    text: `Description: On my cardiology rotation in Tucson I saw ⟦NAME|Mrs. Esperanza Quintero⟧, ⟦AGE|97 years old⟧, in device clinic. Her dual-chamber pacemaker, serial ⟦DEVICE|PJN718204H⟧, was reaching elective replacement indicator, and the question was whether to replace it at all.

Feelings: I assumed the answer was obviously yes. She was bright, funny, and had driven herself until last year.

Evaluation: My preceptor, Dr. Lindqvist, asked her what she wanted rather than telling her what the battery was doing. She wanted to know whether she would die suddenly without it. Her interrogation showed she was 4% paced, so the honest answer was "probably not from this".

Analysis: I had been thinking like a technician. The device was a number with a deadline; she was thinking about her great-grandson's graduation. Shared decision-making is in every PA curriculum slide deck, but I had never watched it change an outcome.

Conclusion: She declined the generator change after a second visit with her granddaughter, ⟦NAME|Marisol⟧, who asked us to call her on ⟦PHONE|(520) 555-0163⟧ with any changes.

Action plan: Before I frame any procedure as the default, I will check the underlying need, here the pacing percentage, and ask the patient what she is afraid of. I also want to learn the HRS consensus on generator change in the very old.`,
  },
  {
    id: "us-free-004",
    setting: "pharmacy",
    role: "pharmacy intern",
    text: `My APPE rotation in internal medicine has been mostly vancomycin. My preceptor, Dr. Oyelaran, has us dose by AUC using the 2020 ASHP/IDSA consensus guideline, target 400–600 mg·h/L, with two levels rather than a trough alone. I thought I understood the pharmacokinetics from P2 year. I did not understand the politics.

On Tuesday I recommended lowering the dose for a patient whose AUC estimate was 720 and whose creatinine had gone from 0.9 to 1.4. The resident said "we'll keep it, he's septic." I said okay. Later Dr. Oyelaran asked me why I had dropped it, and I did not have a good answer except that the resident was taller than me and it was 7:45 a.m.

We role-played the conversation afterwards. Her advice: lead with the patient's number, the target, and one sentence about risk; offer an alternative rather than just a no; and if they still disagree, document the recommendation and loop in the attending. The attending, Dr. Feld, changed the dose at noon.

What I am taking from this week: being right quietly is not the same as being useful, and pharmacy recommendations are clinical decisions that deserve the same confidence as anyone else's on the team.`,
  },
  {
    id: "us-free-005",
    setting: "social media",
    role: "nursing student",
    text: `Professionalism reflection for NURS 340. During my pediatric clinical, a family I cared for, the ⟦NAME|Brandt⟧ family, whose son ⟦NAME|Caleb⟧ was on the unit for weeks after a drowning, started a fundraiser at ⟦URL|https://www.gofundme.com/f/caleb-brandt-recovery-fund⟧. His mom, ⟦NAME|Jenna⟧, sent me a friend request and tagged me in a photo of me with ⟦NAME|Caleb⟧, which I had not known was being taken.

I did not accept the request. I did not like the post. But I wanted to, and I even typed a comment before deleting it. My clinical instructor, Professor Haddad, helped me think it through: the photo showed a hospital wristband and the unit's whiteboard, and my face next to a patient makes me part of that disclosure whether I consented or not.

Separately, the unit manager mentioned that the patient portal showed a login to ⟦NAME|Caleb⟧'s chart from an unrecognized address, ⟦IP|203.0.113.88⟧, which turned out to be an aunt using ⟦NAME|Jenna⟧'s password. The informatics nurse said this happens constantly.

What I learned is that families reach for the people who were there at the worst time. Saying no to a friend request can be done warmly. I wrote ⟦NAME|Jenna⟧ a card through the unit instead, and asked the charge nurse to request that the photo be taken down, which she did gently. Next time, I'll ask before anyone takes a picture with me in a room.`,
  },
  {
    id: "us-what-006",
    setting: "faculty feedback",
    role: "attending physician",
    text: `**What?** I supervise third-year students on the labor and delivery rotation. This block I realized my feedback was almost entirely of one kind: "Good job on that delivery." One student, Marcus, asked me at the end of week two what he should do differently, and I did not have an answer ready.

**So what?** The literature on feedback in clinical education (Ende's 1983 paper is still the one everybody cites) is clear that vague praise does little. Students remember specifics: "Your Apgar at one minute was right, but you scored the color as 2 when the hands were blue, which makes it 1." They also need it close to the event. I was saving everything for the end-of-rotation form, which is when it matters least.

**Now what?** I now do a two-minute "one thing well, one thing to change" after every delivery, standing outside the room. I ask the student to self-assess first. I have started writing my observations on an index card so I do not forget them by evening. Marcus got a long one on Friday about his bimanual exam and his communication with the family during the shoulder dystocia drill. He said it was the most useful thing anyone had said to him all year, which says more about us than about him.`,
  },
  {
    id: "us-free-007",
    setting: "family feedback",
    role: "family medicine resident",
    text: `A letter arrived at our clinic in eastern Kentucky addressed to "the young doctor with the accent." It was from ⟦NAME|Loretta Sizemore⟧, whose husband, ⟦NAME|Harlan⟧, I had seen for a foot wound. He is ⟦OTHER|the last working farrier in Owsley County⟧ and had been shoeing horses on the foot for weeks before he came in. She wrote from ⟦ADDRESS|118 Buck Creek Road, Booneville, KY 41314⟧ and included a photo of him back under a horse.

What she wanted to say was thank you for explaining the amputation risk "in words he could hear." I had forgotten what I said. My attending, Dr. Caudill, reminded me: I had asked ⟦NAME|Harlan⟧ what he'd tell a horse owner whose animal had an abscess it kept walking on. He had laughed and said, "I'd tell them they're a fool." Then he agreed to the offloading boot.

I am a PGY-2 from Lagos, and I worry constantly that my English sounds wrong to patients here. This letter did not make that worry go away, but it did show me that using someone's own expertise as the frame can do more than my vocabulary. Analogies from the patient's life are not a gimmick; they are a way of handing authority back. I am keeping the letter in my locker.`,
  },
  {
    id: "us-free-008",
    setting: "OSCE",
    role: "second-year medical student",
    text: `Our Step 2 CS has been gone for years, but my school still runs a clinical skills exam with standardized patients every spring, and this year it was on 11 April. My station was a chest pain case with a surprise: halfway through, the SP told me she had found a lump in her breast and was too frightened to mention it to anyone.

I went straight back to the chest pain checklist. I am embarrassed by that. I had been told the case would be about ACS risk stratification and I had the HEART score memorized, and so I treated the lump as a distraction. The SP's written feedback said: "I felt like my real worry was a detour."

Dr. Benavides, who runs the clinical skills course, said the station was designed to test exactly that: whether we can hold two agendas at once. Her suggestion was a "parking" sentence: "That sounds really important. I want to finish checking your heart so I'm sure you're safe, and then I want to come back to the lump with you." Then actually come back.

What I'm practicing now is pausing when a patient brings something unexpected, naming it, and saying when we'll address it. Real patients will not tell me the case in advance.`,
  },
  {
    id: "us-comment-009",
    setting: "social media",
    role: "nursing student",
    text: `This happened to me with the ⟦NAME|Brandt⟧ family too. ⟦NAME|Jenna⟧ messaged me on Instagram from ⟦OTHER|@jennab_calebstrong⟧ asking for updates after my rotation ended. I didn't reply and then felt awful. Professor Haddad said a short kind message pointing her back to the unit's family liaison would have been okay. I wish our orientation covered this.`,
  },
  {
    id: "us-comment-010",
    setting: "near miss",
    role: "clinical pharmacist",
    text: `As a night pharmacist, thank you for this. The best thing you did was pick up the phone and not get defensive once the dose was queried. Scanned home med lists are our single biggest source of insulin errors, and we report them to the P&T committee monthly. Please keep filing, because the data is how we get the fax system changed.`,
  },
  {
    id: "us-free-011",
    setting: "night shift",
    role: "intern",
    text: `First solo night as an intern, cross-covering 60 patients on general medicine. At 01:40 I got paged about a young man with type 1 diabetes who was "breathing funny". He had Kussmaul respirations, a glucose of 487 and a bicarbonate of 9. I had read the DKA protocol four times in orientation. I still stood at the foot of the bed for a full ten seconds doing nothing.

Then I did the next thing: two IVs, fluids, the insulin drip order set, potassium before insulin because his K was 3.6. I called the MICU fellow, Dr. Mahmoud, who accepted him and said, "Good, you checked the potassium." That sentence carried me through the rest of the night.

The rest of the night was not dramatic. Tylenol orders, a fall without injury, a family member who wanted to speak to "the real doctor." I signed out at 07:00 to Dr. Yeung, my senior, using I-PASS, and realized I had not eaten or peed in nine hours.

What I'd tell next year's interns: the freeze is normal; have a first action ready so the freeze ends, and make it a simple one (call for help, or check the ABCs). Also bring snacks. The cafeteria closes at 8 p.m. and the vending machine on 5 only takes exact change.`,
  },
];
