import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: pharmacists, medical lab scientists, radiographers, physiotherapists, dentists, OTs and blood banks. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "hospital pharmacy",
    role: "pharmacist intern",
    text: `
**Description:** During my internship year in Ibadan, I was on dispensing duty in the outpatient pharmacy when ⟦NAME|Baba Adebayo Oyelaran⟧ presented a prescription from ⟦FACILITY_ROOM|Ward C2 at UCH⟧ for his antihypertensives. He also brought a box of amlodipine that his son had bought from a roadside patent medicine store. The packaging looked right, but the tablets were chalky and crumbled when I pressed one. His NIN, ⟦ID|48213907765⟧, was written on the folder because he is on the health insurance scheme, and his son's number, ⟦PHONE|0803 555 0192⟧, was on the card in case of problems.

**Feelings:** I was angry and anxious. His blood pressure at the clinic had been 190/110, and now I understood why.

**Evaluation:** What went well was that he trusted us enough to bring the box. What was not good was that nobody had asked about medicines bought outside the hospital at his previous visits.

**Analysis:** Counterfeit and substandard drugs are a big problem in Nigeria. NAFDAC's Mobile Authentication Service scratch codes help, but many older patients don't know how to use them, and roadside stores are cheaper and closer. My preceptor, Pharm. Mrs. Olaniyan, explained how to report to NAFDAC through the pharmacovigilance form.

**Conclusion:** Always ask where the patient gets their medicines, not only what they take.

**Action plan:** I filed a report, and I now teach patients how to send the MAS code by SMS.
`,
  },
  {
    id: "ng-what-002",
    setting: "parasitology laboratory",
    role: "medical laboratory scientist",
    text: `
**What?** I work in a teaching hospital laboratory in Enugu. One Monday I read a thick film for a febrile child and reported "malaria parasites seen, +". An hour later my senior, Dr. Okeke, looked at the same slide and said I had counted platelets lying on top of red cells as ring forms. The child did not have malaria. He had a urinary tract infection, which was missed until the next day.

**So what?** I felt ashamed, because I had been proud of my microscopy. But the error is common. In a malaria-endemic area, everyone expects a positive result, so we see what we expect. Over-diagnosis means children receive artemisinin combination therapy they do not need while the real cause of the fever goes untreated. WHO has been telling us for years to confirm before treating, and it only works if the confirmation is accurate.

**Now what?** Dr. Okeke made me review fifty slides with him, comparing true ring forms with platelets, stain deposits and Howell-Jolly bodies. I now check that Giemsa stain is freshly filtered, count against 200 white cells for density, and ask for a second reader when I am unsure. I also suggested we use rapid diagnostic tests alongside microscopy for children, which the department has started. I learned that a negative result, correctly reported, is just as valuable as a positive one.
`,
  },
  {
    id: "ng-free-003",
    setting: "radiology",
    role: "radiographer",
    text: `
In our radiology department in Kano, hysterosalpingography is one of the most common procedures, because infertility is such a heavy burden for women here. On ⟦DATE|2nd of March⟧ I performed one for ⟦NAME|Hajiya Binta Sani⟧, a 31-year-old woman who had been married for eight years without a child. Her husband gave their address on the request form as ⟦ADDRESS|No. 14 Zoo Road, Gyadi-Gyadi, Kano⟧.

The images showed bilateral hydrosalpinx with no spill of contrast. Both tubes were blocked.

What stayed with me was not the images but what happened after. Her husband was in the waiting area, and as soon as she came out, he asked me directly, "Is the problem from her?" ⟦NAME|Hajiya Binta⟧ looked at the floor. I knew that in some families a result like this can lead to a second wife or divorce.

I did not answer him. I said the radiologist, Dr. Musa, would report the findings to the gynaecologist who had requested the test. I found myself wishing that the request form had also asked for a semen analysis, which is cheaper, and which had not been done. Male factor contributes to a large part of infertility, but in our setting the woman is tested first and blamed first.

I have since started gently asking couples, while I position the patient, whether the husband has been tested too. It is outside my role, perhaps, but I would rather say it than stay silent.
`,
  },
  {
    id: "ng-free-004",
    setting: "paediatric physiotherapy",
    role: "physiotherapy student",
    text: `
On my paediatric physiotherapy rotation in Lagos, I assessed a three-month-old baby boy with a right Erb's palsy after a difficult vaginal delivery with shoulder dystocia. His arm lay in the classic "waiter's tip" position: adducted, internally rotated, with the wrist flexed. The Moro reflex was absent on the right.

His mother had been told by a relative to tie the arm and apply hot herbal water every morning. She was frightened and she kept apologising, as if she had caused it.

My clinical supervisor, Dr. Adeyinka, asked me to explain the condition to her in simple Yoruba. I realised that I did not know the words for "nerve" or "stretch" in a way she would understand. I started in English and watched her face close. Dr. Adeyinka helped me, and we used a doll to show gentle range of motion exercises for the shoulder, elbow and wrist.

I learned three things. First, much of paediatric physiotherapy is teaching parents, because the real treatment happens at home. Second, traditional practices like hot water should be asked about without judgment, because they can cause burns on an arm with reduced sensation. Third, the mother's guilt was as important to address as the palsy. When Dr. Adeyinka told her clearly that it was not her fault, she cried, and then she asked good questions.

We will review him at six months, and if there is no recovery of elbow flexion, he will be referred to the surgeons.
`,
  },
  {
    id: "ng-what-005",
    setting: "dental clinic",
    role: "house officer (dental)",
    text: `
**What?** As a dental house officer in Lagos, I made complete dentures for ⟦NAME|Pa Chukwuemeka "Emeka" Obi⟧, a retired headmaster who is ⟦AGE|ninety-three⟧ and still reads the newspaper every morning without glasses. His hospital card number is ⟦ID|LUTH/DEN/14/5527⟧. At the try-in, I noticed his old dentures had his initials etched inside the palate, and he asked me to do the same, because at church functions "old men's teeth get mixed up". The lab engraved ⟦DEVICE|C.E.O.-2024-LUTH-117⟧ into the new upper plate.

**So what?** I had not thought about denture marking before. It turns out it is recommended for patients in care homes and hospitals, where dentures are often lost or swapped. It also made me think about dignity: he was not embarrassed about his dentures, but he did not want to lose them. He later sent me a thank-you email from ⟦EMAIL|emekaobi.headmaster@example.com⟧, typed by his grandson, saying he had eaten suya for the first time in three years.

**Now what?** I now offer denture marking to all my elderly patients. I also realised that the most important part of prosthodontics for him was not occlusion or aesthetics; it was being able to eat with his friends. My consultant, Dr. Adewale, reminded me that function and comfort are what patients remember.
`,
  },
  {
    id: "ng-gibbs-006",
    setting: "community pharmacy",
    role: "medical student",
    text: `
**Description:** During my community health posting in Jos, I spent a week with Pharm. Danladi, who runs a busy community pharmacy. A mother came in asking for "malaria medicine" for her five-year-old, who had fever. She had no test result.

**Feelings:** I expected the pharmacist to simply sell the artemether-lumefantrine, because that is what I had seen many times growing up.

**Evaluation:** Instead, Pharm. Danladi did a malaria rapid diagnostic test in the shop. It was negative. He asked about cough, ear pain, urine and rash, and found the child had painful urination. He referred them to the primary health centre nearby for urinalysis.

**Analysis:** I realised how much antimalarial misuse is driven by the belief that every fever is malaria. Treating without testing wastes money, risks resistance and delays the real diagnosis. The National Malaria Guidelines recommend test before treatment, but many pharmacies do not have RDTs or are not allowed to use them. Pharm. Danladi told me he buys them himself because he believes it is right.

**Conclusion:** Community pharmacists in Nigeria are often the first point of contact, and they can be a strong part of the health system if they are supported.

**Action plan:** I will remember to ask for a test result before prescribing antimalarials as a doctor. I also want to learn more about the regulations on pharmacist testing and how to advocate for them.
`,
  },
  {
    id: "ng-free-007",
    setting: "occupational therapy",
    role: "occupational therapist",
    text: `
I am one of very few occupational therapists in Port Harcourt, and most of my patients are people with spinal cord injuries after road traffic accidents. Last month I saw ⟦NAME|Madam Ibiere⟧, who everyone in her area knows as ⟦OTHER|the only woman who repairs generators in Rumuokoro market⟧. She had a T12 injury after her okada crashed into a gutter.

She came to the clinic in a donated wheelchair, serial ⟦DEVICE|WC-RIV-0038841⟧, which was far too big for her. Her pressure areas were already red. Her main question was not about walking. She asked me how she could go back to her generator business sitting down.

I had no protocol for that. I visited her stall with her, which is not something I usually do. We looked at how she could work at a bench at wheelchair height, how she could reach tools hanging on a pegboard, and how her apprentice could lift the heavy generator bodies. We talked about pressure relief every thirty minutes, using a phone alarm.

I learned that occupational therapy in Nigeria often means working with no equipment budget and very real economic pressure. For ⟦NAME|Madam Ibiere⟧, returning to work was not a luxury goal for later. It was how her children would eat. Her determination taught me to start from the occupation that matters most to the patient, not from the textbook order of self-care first.
`,
  },
  {
    id: "ng-free-008",
    setting: "blood bank",
    role: "house officer",
    text: `
I want to reflect on a near miss I was part of during my obstetrics rotation in Abuja. ⟦NAME|Mama Chioma⟧ had a postpartum haemorrhage after her fourth delivery and was in ⟦FACILITY_ROOM|Bay B, bed 3⟧ on the labour ward. The registrar asked me to go to the blood bank to collect two units of blood that had been crossmatched for her.

At the blood bank, the scientist handed me two bags. The lab number on the compatibility slip was ⟦ID|ABJ-BB-24-06613⟧, but one bag had a different lab number on its tag. I almost didn't check. I was in a hurry, and the bags looked identical. When I pointed it out, the scientist realised one bag had been crossmatched for another woman with the same surname who was also bleeding.

⟦NAME|Mama Chioma⟧ received the right blood and recovered. But I kept thinking about how close it came, and that I was the last check before the bedside.

In the debrief, the consultant, Dr. Eze, said we usually blame the blood bank, but the system had many failures: a busy night, two patients with the same common surname, handwritten tags, and a junior doctor collecting blood who had never been trained on it.

Now, whenever I collect blood, I read every number aloud. I also suggested that our hospital adopt a second name identifier, such as the husband's name or date of birth, for women with common surnames. It is a small step, but it could save a life.
`,
  },
  {
    id: "ng-comment-009",
    setting: "parasitology laboratory",
    role: "medical laboratory science student",
    text: `
Thank you for sharing this. In my SIWES placement in Zaria we were also told to count against white cells, but nobody explained why platelets can look like ring forms. The tip about freshly filtered Giemsa is very useful. Do you think RDTs will eventually replace microscopy in primary health centres?
`,
  },
];
