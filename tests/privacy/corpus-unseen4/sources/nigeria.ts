import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "emergency department",
    role: "house officer",
    text: `
Housemanship diary, Lagos. Na wa o. Yesterday's call was something else.

${"⟦NAME|Mama Titi⟧"} — her real name is ${"⟦NAME|Mrs. Comfort Adebisi Olatunji⟧"} but nobody calls her that — was brought to ${"⟦FACILITY_ROOM|LUTH⟧"} Medical Emergency by her two sons around 9pm. She sells pepper and tomatoes ${"⟦LOCATION|in front of the Redeemed church on Olorunsogo Street, Mushin⟧"}, and the whole street knows her. Right-sided weakness, slurred speech, BP 220/130, RBS 9.8. Stroke, no CT because the machine was down and the family couldn't pay for the private centre that night.

My learning is about money and time. Her sons went round the ward asking people to borrow them money for the scan, and by the time they got it (next morning) we were way outside any thrombolysis window — not that we had alteplase anyway. I felt useless. My senior registrar, Dr. Ogundipe, said "our job here is to keep her alive till morning and stop the aspiration." We nursed her head up, NG tube, controlled the BP gently with oral amlodipine, not too fast.

Her son ${"⟦NAME|Segun⟧"} gave me his number, ${"⟦PHONE|0803 555 2190⟧"}, and said "Doctor, abeg call me if anything happen, I dey go find money". I called him at 4am when her GCS dropped from 13 to 10. He came. She's still with us.

Lesson: in our setting the "golden hour" is often spent looking for cash. We need to start thinking about what we can still do after it passes.
`,
  },
  {
    id: "ng-gibbs-002",
    setting: "midwifery",
    role: "midwife",
    text: `
Description: I am a midwife in Enugu. On ${"⟦DATE|Sunday 2nd November⟧"}, ${"⟦NAME|Mrs. Ifeoma Nwachukwu⟧"}, a grand multip (P6), was rushed to the labour ward at ${"⟦FACILITY_ROOM|Parklane⟧"} from a mission home where she had been labouring for two days. The baby, ${"⟦NAME|Baby of Ifeoma⟧"}, was born by emergency CS with Apgar 3 and 6, and went to SCBU. Mum had a ruptured uterus.

Feelings: I was shaking. I have seen ruptures before but this one I knew could have been avoided.

Evaluation: Our team was quick. Decision to delivery under 30 minutes, blood was available because her husband ${"⟦NAME|Chukwuemeka⟧"} and his brothers came and donated. She survived after subtotal hysterectomy.

Analysis: She went to the mission home because it was cheaper and "they pray for you". Many of our women see facility delivery as a last resort. WHO's 2016 antenatal care model recommends eight contacts; she had two. Our partograph use in the mission homes is nil.

Conclusion: The hospital is doing its part; the gap is before the hospital.

Action plan: I am volunteering with our department's outreach to the mission homes in Nkanu to teach them when to refer, especially prolonged labour and previous CS. Our matron, Mrs. Eze, has agreed to support it.
`,
  },
  {
    id: "ng-what-003",
    setting: "haematology",
    role: "medical student",
    text: `
What?
500-level medical student, Ibadan. During my paediatric posting I clerked a 9-year-old girl with sickle cell anaemia (HbSS) in vaso-occlusive crisis. She had been admitted five times this year. She was not on hydroxyurea. Her mother said a pastor told them the drug is "for cancer" and will make the child infertile.

So what?
Hydroxyurea is recommended for children with HbSS from 9 months of age (NHLBI expert panel, 2014) and there is good evidence from African trials like REACH that it is safe and reduces crises. But the mother's fear was not stupid. The leaflet in the pharmacy literally lists it as an antineoplastic. I felt the gap between what we read in journals and what families hear in church.

Now what?
I talked with my consultant, Dr. Adeyinka, and she suggested we invite the mother to the sickle cell support group run by the Sickle Cell Foundation. I will also prepare a short Yoruba explanation with our resident, Dr. Bayo, about what hydroxyurea does, because most of the information is in English. I'm going to read more about the REACH trial for my community medicine presentation.
`,
  },
  {
    id: "ng-free-004",
    setting: "infectious diseases",
    role: "resident",
    text: `
Resident doctor, Kano. Meningitis season (dry harmattan, February to April) and our isolation ward was full. I want to reflect on lumbar punctures and fear.

Many parents refuse LP because they believe it causes paralysis or "drains the spinal water". I used to get irritated. This season a 14-year-old boy came with fever, neck stiffness, Kernig's and Brudzinski's signs positive, and his father said no LP. I started ceftriaxone empirically per the NCDC guideline (2017 CSM response), which is fine, but without CSF we couldn't confirm the organism for surveillance.

My consultant, Dr. Aminu Bello, speaks Hausa and he sat with the father for 20 minutes, used a drawing, compared the needle to the one used for blood donation. Father agreed. CSF was turbid, Gram-negative diplococci, N. meningitidis.

What I learned: it's not enough to be right, you must be patient. Sai hakuri. My Hausa is not good enough for that conversation and I'm going to take the hospital's Hausa class for staff so I'm not always depending on someone else.

Also: we need to document refusal properly, with witness, in case the child deteriorates. I didn't know our unit had a form for this until this month.
`,
  },
  {
    id: "ng-comment-005",
    setting: "OSCE",
    role: "medical student",
    text: `
Omo this one pain me for your side. That examiner for the chest station no dey smile at all, I think na Dr. Adewale from Medicine? I also forgot to check for tracheal deviation. Sha you passed, that's what matters. Let's practise percussion together before the final MBBS in March, I go bring my stethoscope.
`,
  },
  {
    id: "ng-free-006",
    setting: "palliative care",
    role: "resident",
    text: `
Family medicine resident, Port Harcourt. ${"⟦NAME|Pa Ebiere Alabo⟧"} came to our clinic for the first time at ${"⟦AGE|90⟧"}, with metastatic prostate cancer and bone pain so bad he couldn't sit. He lives with his daughter ${"⟦NAME|Tamuno⟧"} in ${"⟦ADDRESS|No. 14 Ikwerre Road, Mile 1, Port Harcourt⟧"}, and she had been giving him diclofenac injections from a chemist twice a day for months.

His NIN (${"⟦ID|58204417936⟧"}) was needed for the NHIA enrolment so we could get him oral morphine at subsidised cost, and that took two weeks of back and forth, during which time he was in pain.

Reflection: Nigeria has oral morphine now (the NAFDAC-approved local production since 2017), but access is still a maze. I learned that the prescription is the easy part. The hard part is paperwork, stock, and a family who has heard that morphine is "for people who are about to die".

${"⟦NAME|Tamuno⟧"} cried when he slept through the night for the first time. I felt that was the most important thing I did this year. I'm now helping our palliative care team write a one-page guide for families in Pidgin and Ikwerre.
`,
  },
  {
    id: "ng-what-007",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
What? I am a hospital pharmacist in Abuja. A doctor prescribed artemether-lumefantrine "1 tab bd x 3/7" for a 35-year-old man with uncomplicated malaria. The correct adult dose is 4 tablets per dose (80/480 mg), six doses over three days. I dispensed it as written without checking the weight.

So what? The patient came back on day 5 still febrile. The nurse noticed the wrong dose on the packet. He received the correct course and recovered. Underdosing of ACTs is dangerous not only for him but for drug resistance. The National Malaria Treatment Guidelines (2020) give a clear weight-band table. I know it. I was on a busy outpatient shift, 200+ prescriptions, and I read "1 tab" as normal because paediatric doses often are.

Now what? I discussed it with our chief pharmacist, Pharm. (Mrs.) Yakubu. We have put the weight-band table on the dispensing counter and made "weight?" a compulsory question for every ACT. I also wrote to the prescriber (politely), and he thanked me. Blame culture is strong here, so I want to say publicly that I made this error and that we learnt from it.
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "faculty feedback",
    role: "nursing faculty",
    text: `
Feedback to my 300-level nursing students after the clinical assessment in Jos, written as a Gibbs reflection so you can see how I want yours done.

Description: You each did a full nursing assessment on a patient and presented your care plan. Most of you did the vital signs well. Many of you scored a Glasgow Coma Scale on a fully alert patient and still wrote it out as E4V5M6 without any reason to do so.

Feelings: I was happy with your confidence, worried about your reasoning.

Evaluation: Good: hand hygiene, introducing yourself, consent. Not good: copying the doctor's diagnosis into your nursing diagnosis (e.g. "diabetes mellitus" is not a nursing diagnosis; "risk of impaired skin integrity" is).

Analysis: NANDA-I (2021–2023 edition) is our standard. The Nursing and Midwifery Council of Nigeria curriculum expects you to write nursing diagnoses, not medical ones. I think we teachers have not been clear enough on why.

Conclusion: Assessment is strong; diagnosis needs more work.

Action plan: Next Tuesday, 2pm, Mrs. Dung and I will hold a workshop on writing nursing diagnoses. Please bring your care plans.

— Mrs. Grace Pam, Lecturer II
`,
  },
  {
    id: "ng-comment-009",
    setting: "medical ward",
    role: "nurse",
    text: `
Abeg remove this post or edit am quick. You write ${"⟦NAME|Mama Nkechi⟧"} name and ${"⟦FACILITY_ROOM|Bed 4, Female Medical Ward C2⟧"} and ⟦LOCATION|her husband's phone-repair shop at the Ogbete main gate⟧. Anybody for Enugu go know am. The reflection on the insulin mix-up is very good sha, we need more people to talk like this.
`,
  },
  {
    id: "ng-free-010",
    setting: "trauma",
    role: "surgery resident",
    text: `
Surgery resident, Irrua, Edo State. Road traffic accidents take over our nights. This one I need to write down.

The patient was ${"⟦OTHER|the only woman okada rider in Ekpoma, the one with the pink helmet that says “God's Time”⟧"}. Open tib-fib fracture, Gustilo IIIA, after a tanker pushed her off the road. She needed external fixation and the family didn't have the money for the fixator.

Her church set up a fundraiser, ${"⟦URL|https://gofund.me/2f9a81c4⟧"}, and posted pictures of her leg on the ward with the hospital folder visible. I saw it on my own Facebook. Her folder number ${"⟦ID|ISTH/24/08817⟧"} was readable.

What I did: I spoke to her brother, politely, and asked them to take down that photo. They did, and replaced it with one of her smiling with her helmet. I wasn't sure if that was my business, but I decided protecting her record is part of protecting her.

What I learned: in our setting crowdfunding is how many patients pay for surgery. We can't stop it, and we shouldn't. But we can teach families what not to post. Our department is now adding a line to the consent counselling about photos on the ward. Her fixator went on eight days after admission, infected pin site but healing.
`,
  },
  {
    id: "ng-free-011",
    setting: "tropical medicine",
    role: "medical officer",
    text: `
Medical officer, Calabar. Short reflection on a Lassa fever scare and how our anxiety almost harmed a patient.

A 27-year-old man came with fever, sore throat and vomiting. He had travelled from Edo State, which has had many Lassa cases. The nurses, me included, panicked; we moved him to a side room, nobody wanted to cannulate him, and his fluids were delayed by three hours. His malaria RDT was positive. Lassa PCR came back negative two days later.

What I'm reflecting on: our fear was not wrong (NCDC's 2018 and 2020 outbreaks killed health workers) but our response was not proportionate. Standard precautions plus gloves, gown and mask would have allowed us to cannulate him immediately. Instead he lay there, dehydrated, while we argued about who should go in.

Our infection control nurse, Sister Effiong, ran a session the next week on PPE for suspected VHF. I learned that a clear protocol makes people braver. I want to make sure every new house officer gets that training in their first week, not after a scare.
`,
  },
  {
    id: "ng-what-012",
    setting: "paediatrics",
    role: "house officer",
    text: `
What?
Paediatrics posting as a house officer in Lagos. A mother brought her 2-week-old baby with Down syndrome to the children's emergency because the baby was "breathing fast and not sucking well". The baby had a loud murmur, tachypnoea, and an enlarged liver. Echo later confirmed an AVSD in heart failure. When I explained Down syndrome (the mother had been told at birth only that the baby "looks different"), she started crying and said her husband's people would say the child is a curse.

So what?
I was not ready for that conversation. In school we learned the features of trisomy 21 — upslanting palpebral fissures, single palmar crease, hypotonia, duodenal atresia, Hirschsprung's — and the association with AVSD, but nobody taught us how to answer "is my child a curse?" I said something like "no ma, it's a chromosome problem", which is true but didn't help at all.

My consultant, Dr. Folasade Akinola, came and sat with the mother. She explained it with a picture of chromosomes, yes, but she also talked about other children with Down syndrome she has followed up who are now in school, and she said, "This baby did not choose this, and neither did you." She offered to speak to the husband's family. She also linked the mother with the Down Syndrome Foundation Nigeria, who run a parents' group.

I learned that medical facts are necessary but not enough. Stigma is part of the diagnosis in our setting, and if we don't address it, the child's heart surgery may never happen because the family may disengage.

Now what?
1. I will learn to give a diagnosis of Down syndrome properly, including the positive things: many children go to school, and cardiac surgery outcomes are good when done early.
2. I will ask about the family's understanding and beliefs before explaining.
3. I will read the AAP health supervision guideline for children with Down syndrome (2022) so that I can tell families about thyroid, hearing and eye checks.
4. I want to propose a small teaching session for house officers on communicating congenital diagnoses. Abeg, somebody needs to teach us this before we meet the mothers.
`,
  },
];
