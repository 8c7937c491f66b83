import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "home visit",
    role: "community health extension worker",
    text: `
Reflection for my CHEW portfolio, home visit to a postnatal mother.

⟦NAME|Mama Chiamaka⟧ (her real name is ⟦NAME|Ngozi Eze⟧, but everybody in the compound calls her by her first daughter's name) delivered at home two weeks ago with a TBA. She lives ⟦LOCATION|behind the Catholic church in Umuokpu, the compound with the big ube tree, before you reach the stream⟧. Her husband ⟦NAME|Ikenna⟧ called me on ⟦PHONE|0803 555 0192⟧ because the baby "was yellow and sleeping too much".

When I reached, baby was deeply jaundiced, yellow up to the palms and soles, not sucking well. I knew this is danger sign and needs referral immediately to the general hospital. ⟦NAME|Ikenna⟧ said money is not there, and the grandmother was insisting that sunlight and agbo will do it.

I did not fight the grandmother. I greeted her first properly, kneeled small, asked how she treated yellow babies in her time. Then I explained that this one is too much yellow, that it can affect the brain, and the hospital has a light machine that works faster than sunlight. I also called my supervisor, Mrs. Okafor, who spoke to the husband about the free MNCH services under the state programme.

They went by keke that evening. Bilirubin was very high, baby had phototherapy for three days and is now fine.

Learning: respect for the elders opened the door faster than all my health education. Next time I will involve the grandmother from the first antenatal visit, not only the mother.
`,
  },
  {
    id: "ng-what-002",
    setting: "medical ward",
    role: "staff nurse",
    text: `
**What?** Night duty on the female medical ward in Ibadan. Four malaria admissions in one night, two of them severe. One 34-year-old woman had GCS 11, convulsed once, blood sugar 2.1 mmol/L. We gave 50 mL of 10% dextrose, then IV artesunate 2.4 mg/kg as per the national guidelines, and I monitored her every 30 minutes.

**So what?** I realised I was checking temperature and BP but not checking blood sugar again. Hypoglycaemia in severe malaria keeps coming back, especially with quinine but also with artesunate in pregnancy and in children. The resident, Dr. Adebayo, asked me at 3am what was the last RBS, and I didn't have one since midnight. It was 2.8 when we checked. I felt so ashamed.

**Now what?** I made a small card for myself: severe malaria = RBS every hour for the first six hours. I also shared it with my colleagues at morning handover, and matron said we should add it to the ward protocol. Also, Lassa fever season is coming in December, and we need to revise our IPC because the last time two nurses were exposed. I will volunteer for the IPC training at the state ministry.

On a lighter note, I survived the night with Agege bread and Lipton tea, and I am going to sleep all afternoon. Super Eagles play on Saturday, I must wake up for that one.
`,
  },
  {
    id: "ng-free-003",
    setting: "birth",
    role: "student midwife",
    text: `
My first time managing a PPH as a student midwife, and I want to write it down before I forget the details.

Labour ward at ⟦FACILITY_ROOM|LUTH⟧, evening shift on ⟦DATE|Sallah day⟧. The patient was ⟦NAME|Mrs. Aisha Bello⟧, para 5, delivered a big baby boy, 4.1 kg, at 19:40. After the placenta came out, she started bleeding heavily, maybe 800 mL in ten minutes, uterus boggy. My preceptor, Matron Adeyemi, shouted for help and told me to start rubbing the uterus. I did bimanual compression for the first time in my life while she gave oxytocin and then misoprostol. The doctor came and they started tranexamic acid.

Total blood loss was estimated 1.5 litres. She needed two pints of blood. Her husband ⟦NAME|Alhaji Sani⟧ went round the corridor looking for donors. The lab needed her NIN, ⟦ID|41938572604⟧, to register her for the blood because of the new system, and he didn't have it until his brother sent a picture.

⟦NAME|Mrs. Bello⟧ was stable by midnight. I went to check on her on the postnatal ward the next day and she held my hand and said "my daughter, you did well".

What I learnt: grand multiparity is a real risk factor, not just a line in the textbook. We should have had oxytocin drawn up and IV access before delivery. Also the registration system should not delay blood in an emergency. I will raise it at our unit meeting.
`,
  },
  {
    id: "ng-comment-004",
    setting: "tutor feedback",
    role: "midwifery tutor",
    text: `
Well done. You managed a real emergency and you reflected honestly. Please look again at the WHO 2012 recommendations for PPH and the newer E-MOTIVE bundle, and add which step you would do earlier next time. Your reflection is better than many I receive from final years. Keep this standard for your NMCN exams, which are in April.
`,
  },
  {
    id: "ng-free-005",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
Something happened at my community pharmacy in Port Harcourt that I want to think through.

A young man came in with a prescription for amoxicillin and paracetamol for his mother, ⟦NAME|Mrs. Blessing Amadi⟧. Normal. But then he asked me to also sell him tramadol 225 mg, "for her back pain". No prescription for that. I refused politely and he left angry.

The next day the mother herself walked in. She said her son had been "stealing her pain medicine" and she was worried. She gave me her email, ⟦EMAIL|blessingamadi64@gmail.com⟧, and her address, ⟦ADDRESS|12 Okoro Street, off Ikwerre Road, Port Harcourt⟧, because she wanted me to send her a list of what he could be taking so she could look out. She whispered it because other customers were in the shop.

I was in a difficult position. The son is an adult, and she is my patient, not him. I did not give any information about him. I gave her general information about tramadol misuse, the signs, and the contact for the drug abuse counselling service. I also told her about NDLEA and the community rehab centre, but she said she does not want police involvement.

Reflection: tramadol misuse is everywhere in our communities, and pharmacists are the first line. I did the right thing refusing the sale, but I can do more. I have started keeping a log of refused sales for controlled drugs, and I talked to the PSN branch about a training. And I learnt that privacy sometimes means stepping into the back room, even in a small shop.
`,
  },
  {
    id: "ng-gibbs-006",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
**Description.** Clinical posting in orthopaedics at a teaching hospital in Enugu. A 45-year-old trader with a tibial plateau fracture had been on skeletal traction for six weeks. I was asked to start knee mobilisation after the traction was removed. His knee flexion was only 20 degrees.

**Feelings.** I was discouraged and a bit angry. Six weeks with no physiotherapy referral.

**Evaluation.** The range was bad, the quads were wasted, but he was motivated. He said he needs to return to Ogbete market or his shop will be taken.

**Analysis.** Early mobilisation is standard in most guidelines, but in our setting referral to physio often comes late. Part of it is that the surgical team is overloaded, part is that physiotherapy is seen as "after" treatment. My supervisor, Dr. Nwankwo (PT), said we should go to the ward rounds ourselves instead of waiting.

**Conclusion.** Advocacy is part of physiotherapy.

**Action plan.** I will join the ortho ward round on Tuesdays and Thursdays for the rest of my posting and identify patients who need early mobilisation. I will teach patients on traction isometric quads exercises and ankle pumps from day one. And for this patient, CPM is not available, so I will teach his wife to help with passive flexion at home. Also I must finish my project chapter before the Christmas break, Enugu traffic is terrible in December.
`,
  },
  {
    id: "ng-free-007",
    setting: "surgical ward",
    role: "student nurse",
    text: `
ok so this is my reflection for week 3 and i have to be honest about something that's bothering me

there's this patient on our ward, post appendicectomy, sweet young girl, everyone likes her. ⟦NAME|Tolu⟧ is like 19 and very active on instagram. yesterday she asked me to take a picture of her with the drip and the hospital wristband so she can post "recovery queen" lol. i took it. then i saw she posted it with the ward name and tagged me. her handle is ⟦OTHER|@tolu_glowsup⟧ and the post link ⟦URL|https://www.instagram.com/p/DB7kXr2sQm4/⟧ is already getting comments, and the picture shows the bed of the next patient behind her.

i didn't think about the other patient at all. my tutor says taking pictures on the ward is not allowed even if the patient asks, and that i should have said no politely. i also realised that my face is in the reflection of the window, so anyone who knows me knows where i'm doing clinicals.

this is the caption she used:

![⟦NAME|Tolu⟧ with her drip on ⟦FACILITY_ROOM|bed 6, female surgical ward⟧](recovery-queen.jpg) "day 3 and still slaying"

i spoke to ⟦NAME|Tolu⟧ this morning and she agreed to crop the other bed, but she didn't want to delete it. that's her choice for herself, but not for the other woman. our unit manager is going to speak with her.

learning:
- patient asking is not the same as it being okay
- think about everyone in the frame
- untag myself lol

honestly social media is part of nursing now and nobody taught us this in school.
`,
  },
  {
    id: "ng-free-008",
    setting: "vaccination drive",
    role: "routine immunisation officer",
    text: `
A reflection on our HPV vaccine campaign in Kano, as the LGA immunisation officer.

When the federal government introduced the HPV vaccine for girls 9 to 14 in 2024, we knew Kano would be difficult. Rumours on WhatsApp said it causes infertility. In the first week our coverage in our LGA was only 23%.

What worked: we went to the emirate council. The Emir's representative and two respected Islamic scholars spoke on radio, in Hausa, explaining that the vaccine prevents cancer of the womb, and that the scholars had consulted with doctors. We also got the female teachers in the Islamiyya schools involved, and we stopped sending male vaccinators to girls' schools. The school health nurses did most of the work.

By the end of the second week we reached 71%. Not perfect, but big improvement.

What didn't work: the posters we printed in Abuja were in English with pictures of girls without hijab. Nobody could relate. Money wasted.

My learning: community engagement isn't a box to tick, it is the whole campaign. The national guidelines talk about "demand generation" but in reality it means trusting the right messengers. For the next round I want to start engagement six weeks before, not one week. Also we need to plan around Ramadan and the Durbar festival, because nobody is available then.
`,
  },
  {
    id: "ng-what-009",
    setting: "home visit",
    role: "community nurse",
    text: `
**What?** Home visit to an elderly man with a bedsore in Ogbomoso. ⟦NAME|Baba Adewale Ojo⟧ is ⟦AGE|97⟧, a retired Anglican catechist, and ⟦OTHER|the last person in Ajaawa who still plays the dundun drum at every chieftaincy ceremony⟧. He has been bedbound since his stroke, and the family turns him "when they remember". Sacral sore is grade 3, with slough, and smelling.

**So what?** His daughter-in-law ⟦NAME|Iya Tunde⟧ does all the care alone while also selling pap in the morning. She was defensive at first, thinking I came to blame her. I told her she is doing a lot and asked what help she needs. She said nobody showed her how to turn him or how to clean the wound. I showed her how to use pillows, turning every two hours, and how to clean with saline instead of the hot water with salt they were using.

**Now what?** I will visit every week for dressing. I linked the family with the church welfare group to help with a foam mattress. I also learnt that elderly care at home in our setting falls on the women, unpaid. Our community health nursing curriculum talks about family-centred care but doesn't talk about the burden on carers. I want to write about this for my project.
`,
  },
];
