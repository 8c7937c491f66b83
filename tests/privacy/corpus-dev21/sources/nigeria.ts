import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `Something that happened in my shop on Allen Avenue that I want to reflect on for my MCPD.

A woman came in on ⟦DATE|Thursday 14 November⟧ for "something for malaria" for her son, ⟦NAME|Chidiebube⟧, six years old, who was at home. I asked my usual questions and something felt off: fever for five days, now "yellow eyes" and dark urine. I asked her to bring him. When they came back he was pale, lethargic, tachypnoeic. I didn't sell the ACT. I wrote a referral note and told her to go straight to the children's emergency at ⟦FACILITY_ROOM|LASUTH⟧. She gave me her number, ⟦PHONE|0803 555 7142⟧, and I called that evening: haemoglobin 4.2 g/dL, transfused, severe malaria with haemolysis. Her name is ⟦NAME|Mrs. Ngozi Eze⟧ and she has since brought me a bottle of Fanta, which I'll count as CPD.

What I did well: refused to sell over the counter when danger signs were present. Used the IMCI danger signs I was taught by Pharm. Adebayo in my internship.

What I'd do differently: I should have asked to see the child on the first visit rather than letting her leave.

Learning: the PCN's 2021 community pharmacy guidelines allow us to do RDTs. I've ordered a box of mRDTs and will start testing before selling antimalarials.`,
  },
  {
    id: "ng-what-002",
    setting: "hospital physiotherapy",
    role: "physiotherapist",
    text: `What?
I've been running the cardiac rehab group at our hospital in Ibadan for three months. Eight patients, mostly post-CABG and a few after MI with stents. Phase II, twice weekly. We use the Borg RPE scale and target 11–13, heart rate reserve 40–60%.

So what?
The clinical side is simple. The difficult part is getting people to come. Lagos–Ibadan traffic, the cost of transport, and the belief that after surgery one should "rest well" and not exert. Two of my patients' wives told me they hide the walking shoes. My consultant physiotherapist, Dr. (Mrs.) Olaniyan, says this is why cardiac rehab attendance in Nigeria is so low — the 2019 survey in the Nigerian Journal of Medical Rehabilitation put it below 20%.

Now what?
I'm piloting a WhatsApp home exercise group with short videos in Yoruba and English. I'll record the six-minute walk test at baseline and at 12 weeks. I want to present the numbers at the Nigeria Society of Physiotherapy conference in Abuja next year. Personally, I need to learn to say no to extra duty. I've worked four Saturdays straight.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "medical laboratory",
    role: "medical laboratory scientist",
    text: `Description. On ⟦DATE|27/02/2025⟧ I reported a critical potassium of 7.8 mmol/L on a sample from ⟦FACILITY_ROOM|Male Medical Ward, Bed 22, Aminu Kano Teaching Hospital⟧. Patient: ⟦NAME|Alhaji Sani Danladi⟧, hospital number ⟦ID|AKTH/2025/04418⟧. The sample was visibly haemolysed, so I suspected pseudohyperkalaemia, but I phoned the result anyway.

Feelings. Torn. If I phone a haemolysed result, the doctors might treat a number that isn't real. If I don't, I might miss real hyperkalaemia in a CKD patient.

Evaluation. I told the house officer both facts: "K 7.8 but sample haemolysed, please repeat and check ECG." The ECG showed peaked T waves. It was real.

Analysis. CLSI guidance and our own SOP say report with a comment, don't suppress. The mistake would have been to hold it back while waiting for a repeat. Haemolysis is common here because of long tourniquet times and small needles.

Conclusion. Phone first, comment clearly.

Action. I'm proposing a phlebotomy training session for house officers with our chief MLS, Mr. Bello, and a haemolysis index on the chemistry analyser, which we have but don't use.`,
  },
  {
    id: "ng-comment-004",
    setting: "community pharmacy",
    role: "pharmacist preceptor",
    text: `Well done, really. The instinct to ask for the child is the whole point of what we teach. Two things: mRDTs are great, but document every negative result and what you sold instead. And the PCN inspectors will want your referral notes kept for two years, so start a file. Adebayo`,
  },
  {
    id: "ng-free-005",
    setting: "school",
    role: "optometrist",
    text: `School vision screening report, reflective version.

This term our practice screened 1,200 pupils at four public secondary schools in Enugu for the state school health programme. 9% failed visual acuity at 6/12; most were uncorrected myopia. A few had convergence insufficiency and I saw one case of keratoconus in a 15-year-old who rubs his eyes constantly because of allergic conjunctivitis.

What I learned:
- Spectacle compliance is terrible. Children are teased as "four eyes" and break their glasses deliberately. The literature (Ethan et al., and work from Ghana) says the same.
- Free frames only work if they look like what children want. When we brought in fashionable frames, uptake rose.
- Vernal keratoconjunctivitis is a big driver of keratoconus here. Every eye-rubber needs topography, which we don't have, so I refer to the university teaching hospital.

My own reflection: I wore glasses from age eight in Nsukka and I remember how it felt. I used it with a shy girl in SS2 who said she'd rather not see. I told her about my own nickname in school. She took the glasses.

Next: a proper follow-up at three months to measure compliance, not just screen and leave. Our head, Dr. Onyekachi, wants us to publish.`,
  },
  {
    id: "ng-what-006",
    setting: "home visit",
    role: "speech therapist",
    text: `What?
Home visit to ⟦ADDRESS|No. 8 Ogunlana Drive, Surulere, Lagos⟧ to see ⟦NAME|Mr. Femi Adeleke⟧, a retired magistrate who had a stroke with severe expressive aphasia. His daughter ⟦NAME|Funke⟧ set up a Facebook fundraiser for his therapy — ⟦URL|https://www.facebook.com/donate/4419027735521/⟧ — and posted a video of our first session without asking me. Thousands of views.

So what?
I was uncomfortable. He can't consent easily because of his aphasia, although with a communication board and yes/no questions he is able to tell me things. When I asked, using pictures, whether he liked the video being online, he shook his head.

Now what?
I spoke to ⟦NAME|Funke⟧ gently. She said the money was needed; private speech therapy in Lagos costs ₦25,000 a session. We agreed: she can keep the fundraiser, but the video comes down and future updates will be written by him, with supported communication. I also learned that "supported conversation for adults with aphasia" (Kagan's SCA) is a tool for consent, not just therapy. Reading the 2018 RCSLT aphasia position paper this week.`,
  },
  {
    id: "ng-free-007",
    setting: "hospital pharmacy",
    role: "hospital pharmacist",
    text: `Reflection for my fellowship portfolio: the day the insulin ran out.

Our teaching hospital in the north-east ran out of soluble insulin for three days. Power outages had also spoiled part of the stock in the pharmacy fridge. We had four patients in DKA on the wards and a diabetic clinic of 90 the next morning.

What I did: called two nearby private pharmacies, borrowed stock against a written agreement signed by our Director of Pharmacy, Pharm. Musa. Prioritised DKA and paediatric patients. Moved stable clinic patients on premixed insulin to what we had. Kept a log of every substitution.

What I learnt: an emergency stock-sharing agreement should exist before the emergency, not during. Cold chain is a pharmacy problem, not an engineering problem; we need a solar fridge or at least a temperature logger with an alarm. The WHO Essential Medicines List includes human insulin for a reason.

How I felt: I was calm on the day and shaking that night. My wife told me to eat something.

Plan: draft an SOP for inter-facility drug borrowing, present it at the Drugs and Therapeutics Committee, and apply for the NAFDAC pharmacovigilance training.`,
  },
  {
    id: "ng-gibbs-008",
    setting: "prison healthcare",
    role: "community health and nutrition volunteer (dietitian)",
    text: `Description: I volunteered with an NGO doing nutrition screening at ⟦FACILITY_ROOM|the female wing of Kuje Custodial Centre⟧. One awaiting-trial inmate, ⟦NAME|Hauwa Ibrahim⟧, 19, was seven months pregnant and weighed 48 kg. The warden said her case file number was ⟦ID|KCC/ATI/0331⟧ and that she had been "waiting three years for her case".

Feelings: Helpless. The food allowance per inmate per day is small and the meals were mostly garri and beans.

Evaluation: We did our job — MUAC, weight, haemoglobin (8.9), and gave iron-folate and a protein supplement. But one visit can't feed a pregnancy.

Analysis: The Nigerian Correctional Service Act 2019 says pregnant inmates should have special provision. The UN Bangkok Rules say the same. None of it was visible.

Conclusion: Nutrition in prison is a justice problem before it is a clinical one.

Action: Our coordinator, Mrs. Okonkwo, has written to the legal aid council about her case, and I will return monthly with supplements. I'm also drafting a short report for the NGO on antenatal nutrition in custody.`,
  },
  {
    id: "ng-comment-009",
    setting: "hospital physiotherapy",
    role: "consultant physiotherapist",
    text: `Good reflection, and I'm glad you're watching the Saturdays. The WhatsApp videos are a good idea, but get written consent from anyone you record, and keep the group to patients only, no relatives adding strangers. For the conference abstract, report dropout honestly; it's the most important finding. — Dr. (Mrs.) Olaniyan`,
  },
];
