import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "breaking bad news",
    role: "house officer",
    text: `House job, paediatrics, ⟦FACILITY_ROOM|LUTH⟧. At 4 am on my third call, a two-year-old with severe malaria and anaemia died despite everything: blood, IV artesunate, oxygen. Her mother, ⟦NAME|Mama Tolu⟧, had gone out to buy the blood bag from the blood bank, because that is how it works, and she came back to find the resuscitation over.

My senior registrar, Dr. Adeyemi, asked me whether I wanted to tell her or watch. I said watch. He took her to the side room, sat down, held her hand, and said, "Mama, the child has gone." He did not say "passed" or "we lost her". She screamed and then went quiet.

The part I did not expect: after she had cried, she asked for the receipt for the blood, so that her husband would not think she had wasted the money. The records officer needed the child's NIN, ⟦ID|40718253961⟧, and her hospital number, ⟦ID|LUTH/P/24/09871⟧, on the death certificate, and I filled in the forms while she waited.

I have been asking myself whether watching was cowardice. Dr. Adeyemi said no: the first time, watch; the second time, do it with him beside me. What I learned: say the words plainly, in the language the family uses; leave space; and the practical things that follow a death, forms, receipts, transport for the body, are part of the care and not an afterthought.`,
  },
  {
    id: "ng-what-002",
    setting: "ward round",
    role: "fifth-year medical student",
    text: `**What?** On the medical ward round at our teaching hospital in Ibadan, Professor Ogunleye asked me to examine a patient's jugular venous pressure. I said I could not see it. He asked me to describe the patient's neck, the position, and the light. I said the patient was at 45°, the light was the ceiling bulb, and I could see nothing pulsating. He made me lie the patient flat, then sit him up to 90°, and we found it at the angle of the jaw with him sitting upright.

**So what?** I had memorised "patient at 45°" as if it were a law. The angle is only a starting point. This patient had severe right heart failure, and the JVP was so high it was hiding above the level I was looking at. I also learned that in dark skin the pulsation can be subtle, and a pen torch held tangentially helps more than the overhead light.

**Now what?** I will adjust position until I find the top of the column. I will carry a pen torch. I asked Dr. Ibrahim, the senior registrar, to check my JVP findings on two more patients this week, and he agreed as long as I brought him puff-puff from the canteen. I also want to learn the hepatojugular reflux properly, because I did it badly on that round.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "community medicine",
    role: "sixth-year medical student",
    text: `Description: During my community health posting in Enugu State, I followed up a woman with hypertension, ⟦NAME|Mrs. Chinyere Okonkwo⟧, who had stopped her amlodipine. We visited her at ⟦ADDRESS|No. 14 Ogui Road, Enugu⟧. Her BP was 186/110.

Feelings: I felt frustrated. We had explained the importance of her drug at her last visit.

Evaluation: My supervisor, Dr. Eze, asked her why she stopped. She said the tablets made her ankles swell, and a neighbour said the swelling meant the drug was "drawing water into her legs". She had switched to bitter leaf and garlic.

Analysis: Ankle oedema is a common side effect of amlodipine, and nobody had warned her. Her reasoning was rational given what she knew. The problem was our explanation, not her adherence.

Conclusion: Patients are not "non-compliant"; they are often responding sensibly to side effects we did not explain. We agreed to switch her to a different drug with a follow-up at the health centre.

Action plan: Always mention the common side effects of any drug we start, and ask at follow-up, "Has anything changed since you started the tablet?" Her son asked us to call him on ⟦PHONE|0803 555 2917⟧ to remind her about the clinic, and Dr. Eze said that was fine with her consent, which she gave.`,
  },
  {
    id: "ng-free-004",
    setting: "professionalism",
    role: "intern pharmacist",
    text: `Internship in a teaching hospital pharmacy in Kano. A man came to the outpatient pharmacy with a prescription for ciprofloxacin and asked me, quietly, whether I could give him a cheaper brand and write the original name on the bag, so that his employer's insurance would pay the difference to him. He offered me ₦5,000 "for tea".

I said no, and then I did not know what else to say. My preceptor, Pharm. Bello, came over and handled it: she explained that what was on the prescription was what would be dispensed, that a cheaper generic was available legitimately, and that he could pay the difference himself. He took the generic and left.

Afterwards Pharm. Bello said that I had done the main thing right, but that I should also have documented it and reported it, in case he tried it with someone else. She showed me the Pharmacists Council of Nigeria code of ethics, which I had read for my exams and forgotten. She also pointed out that the man was probably struggling, and that our job was to find him a legal option rather than to make him feel like a criminal.

What I learned: a bribe at the counter is small and frequent and comes with a friendly face. Have a sentence ready, report it, and always offer a real alternative so the patient still gets treated.`,
  },
  {
    id: "ng-free-005",
    setting: "social media",
    role: "nursing student",
    text: `A patient on our orthopaedic ward in Abeokuta, ⟦NAME|Iya Bose⟧, is ⟦OTHER|the only woman okada rider in Ibara, the one everybody calls "Madam Speed"⟧. She came in with an open tibial fracture after a crash at the roundabout. A classmate took a video of her on the ward, laughing and singing with her leg in traction, and posted it to TikTok. It got thousands of views. Her daughter found it and commented from ⟦OTHER|@bose_daughter_ibara⟧, asking who posted it.

My classmate did not mean harm. She thought it was uplifting. But ⟦NAME|Iya Bose⟧ never agreed, and the video showed her face, her bed and the ward sign. Our nurse tutor, Mrs. Adebayo, called us together. She said we had both breached confidentiality: my classmate by posting, me by watching it being recorded and saying nothing.

The video was taken down. My classmate apologised to ⟦NAME|Iya Bose⟧, who was gracious but said she did not want her customers to see her "lying down like a sick person".

I learned that social media mistakes often come from affection, not malice. I also learned that I am responsible for what happens in front of me. Next time I will say, "Please don't film the patient," even if it makes me unpopular.`,
  },
  {
    id: "ng-what-006",
    setting: "OSCE",
    role: "fourth-year medical student",
    text: `**What?** In my obstetrics OSCE, I had to demonstrate the management of postpartum haemorrhage on a mannequin. I remembered the "four Ts" (tone, trauma, tissue, thrombin) and started bimanual compression, but forgot to call for help and to start oxytocin first. Dr. Nwachukwu, the examiner, stopped the station and asked, "Who is in the room with you?"

**So what?** I had rehearsed the station alone. In real life, PPH is a team emergency; the first step is calling for help. I was so focused on my hands that I forgot the people. Dr. Nwachukwu said that in Nigeria, where PPH is still a leading cause of maternal death, the first two minutes decide the outcome, and a student who does not call for help is a student who will be alone with a dying woman.

**Now what?** I have written the WHO PPH bundle on the inside of my logbook cover. My study group practises the drill together, with one person as the midwife and one as the relative, and we say every action out loud. I also want to observe a real PPH drill in the labour ward, which Dr. Nwachukwu said we can join on Thursdays at 2 pm. I passed the OSCE, but barely, and the lesson was worth more than the mark.`,
  },
  {
    id: "ng-free-007",
    setting: "handover",
    role: "house officer",
    text: `A handover failure in surgery. ⟦NAME|Mr. Emeka Nwosu⟧ was admitted on ⟦DATE|Saturday 8 June⟧ with a perforated peptic ulcer, hospital number ⟦ID|FMCO/SUR/45102⟧, into ⟦FACILITY_ROOM|Male Surgical Ward, bed 9, FMC Owerri⟧. After his laparotomy, the night team was told to check his potassium at midnight. They did, it was 2.9, and nobody replaced it, because the message had not reached the doctor who actually came on call.

He went into atrial fibrillation at 6 am. He recovered after IV potassium and monitoring, but the registrar, Dr. Uche, held a meeting about it.

I was the house officer who gave the handover. I had told the outgoing SHO, who was leaving early, and assumed he would tell the next person. I did not write it down.

What I learned: verbal handover in a chain is a game of broken telephone. We now keep a handover book in the doctors' room, with the patient's bed, the task, the time and who is responsible. I write mine in the book and say it aloud to the incoming doctor.

I also apologised to ⟦NAME|Mr. Emeka Nwosu⟧. He was calm about it. He said, "Doctor, at least you told me." I found that harder than if he had shouted.`,
  },
  {
    id: "ng-comment-008",
    setting: "OSCE",
    role: "obstetrics registrar",
    text: `As one of the registrars who runs the Thursday PPH drills, you are welcome. Calling for help is the step most students miss, and also the step most qualified doctors miss under stress. Bring your study group. We rotate roles so everyone plays the relative once, which is the part people remember longest.`,
  },
  {
    id: "ng-free-009",
    setting: "complaints",
    role: "medical officer",
    text: `I received my first formal complaint as a medical officer in a general hospital in Port Harcourt. The complainant was ⟦NAME|Barr. Ibiere Tamuno-Wari⟧, a lawyer whose father had waited six hours in our emergency room. She sent it by email from ⟦EMAIL|ibiere.tw@example.com.ng⟧ to the chief medical director and copied me.

Her father was seen eventually, and his stroke was managed, but the delay was real. There was one doctor, me, and twenty-four patients that night. I felt defensive: I had worked twelve hours without a break.

My consultant, Dr. Amadi, said the complaint was not personal, even if it named me. He told me to reply honestly: to acknowledge the wait, to explain triage, to apologise for the experience, and to say what we would change.

We changed two things. We put a triage nurse at the entrance from 6 pm, and we added a sign explaining the triage system, in English and Pidgin.

What I learned: complaints are data about the system, not only about the doctor. And the hardest part was not writing the reply, but reading the complaint without defending myself in my head. I am still learning that.`,
  },
];
