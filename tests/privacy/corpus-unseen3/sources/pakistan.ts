/** Pakistan. */
import type { SourceItem } from "../../corpus/types.ts";

export const PAKISTAN: SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "medicine ward",
    role: "house officer",
    text: `
Reflection (Gibbs) – House job, Medicine

Description
On ⟦DATE|Friday 25 October⟧, in my second month of house job, I was on call in ⟦FACILITY_ROOM|East Medical Ward, Mayo Hospital, bed 31⟧. ⟦NAME|Haji Muhammad Aslam⟧ (CNIC ⟦ID|35202-6184729-3⟧, it was written on the admission slip because he came through the Sehat card) was admitted with an upper GI bleed. He is 68, known case of hepatitis C cirrhosis. At 11 pm he had a large haematemesis. I shouted for the nurse, put two wide-bore cannulas, sent cross-match, and called my PG, Dr. Usman, who was in the emergency. Blood took almost two hours to come because the attendant had to arrange donors himself.

Feelings
Very scared. It was my first real bleed and the bed sheet was full of blood. His son was standing there saying "doctor sahib kuch karen" and I had nothing to give except saline.

Evaluation
What went well: I did the basics correct, airway, access, fluids, and I escalated early. Terlipressin and ceftriaxone were started after Dr. Usman came. What did not go well: I did not know the blood bank process for emergencies and wasted time. I also did not communicate properly with the family; I was running, not explaining.

Analysis
In our public hospitals the family arranges blood donors. This is normal for us but it means delays in exactly the patients who can't wait. Also, we house officers are not formally taught the massive haemorrhage protocol, we learn it by doing, on the night. The Baveno VII consensus (2022) talks about timing of endoscopy within 12 hours, but on a Friday night in a government hospital even 12 hours is a challenge.

I also reflected on his son. He was afraid and angry and I was too busy to give him even one minute. Later the staff nurse, Sister Rukhsana, sat with him and explained. That minute is also treatment.

Conclusion
I need to know the hospital systems as well as the medicine.

Action plan
- Learn the emergency blood issue process and keep the blood bank extension number in my phone.
- Spend one minute with the family, even in an emergency, or ask someone to.
- Read the Baveno VII recommendations properly this week.
`,
  },
  {
    id: "pk-what-002",
    setting: "OSCE",
    role: "medical student",
    text: `
WHAT?
Final year send-up exams at Dow, Karachi. My OSCE station was an endocrine short case: a simulated patient with a round face, thin skin and purple striae, and the question was "examine and give differential." I said Cushing's syndrome immediately and felt very clever. Then the examiner, Prof. Zaidi, asked "and how will you differentiate Cushing's disease from ectopic ACTH?" and I mixed up the dexamethasone suppression tests, low-dose and high-dose.

SO WHAT?
I learned the spot diagnosis from pictures and forgot the physiology. Our exams reward pattern recognition and I have trained myself to be fast, not deep. Also I realised I was using "Cushing's" and "Cushing's disease" as the same thing, which they are not.

NOW WHAT?
I made a flowchart of the dexamethasone tests and ACTH levels and explained it to my roommate twice. For each endocrine syndrome I'm going to write the "why" next to the "what". Professional exams start 6 January inshallah.
`,
  },
  {
    id: "pk-free-003",
    setting: "community health",
    role: "lady health worker supervisor",
    text: `
I am LHS (Lady Health Supervisor) in district Muzaffargarh for twelve years. I am writing this in English with help of my nephew because our trainer from the university asked us to share reflections.

Last month we had a home delivery with postpartum bleeding in ⟦LOCATION|Basti Jhok Wains, the houses past the mosque on the canal side⟧. The mother, ⟦NAME|Naseem Bibi⟧, is the wife of ⟦OTHER|the only barber in the basti⟧ and everyone knows the family. The dai had called me very late, after almost one hour of bleeding. We gave misoprostol which LHW had in her kit, rubbed the uterus, and took her by rickshaw to RHC. She survived but needed three bottles of blood.

Why was the call late? The dai told me she was afraid the family would blame her. The husband ⟦NAME|Ghulam Fareed⟧ told me on phone (⟦PHONE|0301 5558842⟧) that they did not want to "make tamasha" by calling outside people at night.

What I learnt again: women die in the delay, not only in the bleeding. The three delays model is old (1994) but it is true every day here. We are now doing meetings with dais every month so that calling the LHW early is seen as good practice, not failure.
`,
  },
  {
    id: "pk-comment-004",
    setting: "OSCE",
    role: "medical student",
    text: `
@fatima_dow@mastodon.social Bro Prof. Zaidi asks that same follow-up every year, seniors had warned us 😅 Your flowchart idea is solid, Kumar and Clark has a good table also. I did the same thing with Addison's vs secondary adrenal insufficiency in our ward test. Best of luck for profs, we are all suffering together.
`,
  },
  {
    id: "pk-free-005",
    setting: "TB ward",
    role: "staff nurse",
    text: `
Talking about MDR-TB in Pashto

I am a charge nurse on a chest ward in Peshawar. Most of our patients speak Pashto and many doctors are from Punjab or Karachi and speak Urdu or English only. So very often I become the translator when bad news is given.

Last week Dr. Khattak told a young man that his TB is multi-drug resistant and he will need treatment for many months with injections at first. The doctor spoke in Urdu and English mixed. The patient was nodding. When doctor left, the patient asked me in Pashto, "so I will be okay after one month?" He had understood nothing.

This made me think about how much we assume. Nodding is not understanding. In our culture, a patient will not say to a doctor "I did not understand", it is seen as disrespect. Teach-back method we learnt in nursing college, but in a busy ward we forget.

Now when I translate, I ask the patient to tell me back in his own words. I also asked Dr. Khattak if I can be present when bad news is given, from the start, not after. He agreed. I think every ward should have this.
`,
  },
  {
    id: "pk-what-006",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `
What happened:
I am a pharmacist in a private hospital in Islamabad. A prescription came to the pharmacy for ⟦NAME|Mr. Tariq Mehmood⟧ (MR# ⟦ID|IH-0788412⟧) for "Losec 20 mg" but the dispensing assistant picked "Lasix 20 mg" because the boxes were next to each other on the shelf. I checked before it went to the ward and caught it. His son had also left his number (⟦PHONE|0333 5557710⟧) and email (⟦EMAIL|tmehmood.family@yahoo.com⟧) with the pharmacy to send the bill, and I called to tell them that the discharge medicines would be late by one hour.

So what:
Look-alike sound-alike (LASA) medicines are a known problem, ISMP has a list. Furosemide instead of omeprazole in an elderly man with a heart condition could cause dehydration and falls. Our shelves are arranged alphabetically by brand name, so Lasix and Losec are neighbours. Also the prescription was handwritten.

Now what:
- We moved all LASA pairs to separate shelves with red "look-alike" labels.
- I did a 15-minute session with the dispensing staff.
- I am asking our medical director, Dr. Amina Qureshi, to push for generic prescribing in capital letters.
`,
  },
  {
    id: "pk-gibbs-007",
    setting: "obstetrics",
    role: "obstetrics trainee",
    text: `
Gibbs reflection: a maternal death

Description
I am a second year FCPS trainee in obstetrics and gynaecology in Multan. Two weeks ago we lost a young mother to postpartum haemorrhage. She was referred from a private clinic after delivering at home in the evening, and she reached us in shock, pulse 140, BP unrecordable. We did everything: bimanual compression, oxytocin, misoprostol, tranexamic acid, blood, and finally took her to theatre for a hysterectomy. She arrested on the table. Our senior registrar, Dr. Saima, led the resuscitation for forty minutes.

Feelings
I felt angry, at the clinic, at the delay, at the blood bank, at myself. Then empty. Telling her husband was the worst thing I have done in my training. He was holding the baby.

Evaluation
Inside our unit, the management was mostly correct and quick. The TXA was given within the first hour of our contact, as the WOMAN trial (2017) supports. The hysterectomy decision was perhaps ten or fifteen minutes late, because we were hoping the balloon tamponade would work. The big failures were before she reached us.

Analysis
Pakistan's maternal mortality has improved but PPH is still the leading cause. The "three delays" model describes it: delay in deciding to seek care, delay in reaching care, delay in receiving care. In her case all three happened. The family waited, the clinic referred late and without a line, and the transfer took almost two hours.

About my own role, I realise I froze for a moment when she arrested, and Dr. Saima took over. That is fine, that is what seniors are for, but I want to be the person who can take over next time.

Also, the way we broke the news. We did it in the corridor because there was no room. He collapsed on the floor. I keep seeing it.

Conclusion
Most of this death was outside our walls, but not all of it. And communication after a death is part of care, not separate from it.

Action plan
- Attend the PPH drills we do monthly, and volunteer to lead one.
- Propose a small room near the labour suite for family conversations.
- Write to our department about a referral guideline for private clinics in the district.
- Talk to someone. I have spoken with my supervisor and she has offered to meet again.
`,
  },
  {
    id: "pk-free-008",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
Thalassaemia day care, and a B-form

Our thalassaemia day care unit in Rawalpindi transfuses about 40 children a week. One of my regular patients, ⟦NAME|Abdul Rehman⟧, is 9 years old, transfusion dependent since 8 months of age, and now his ferritin is above 4000 because the family cannot afford deferasirox regularly.

For the free chelation programme we need his B-form number. His father brought it on ⟦DATE|Wednesday 6 November⟧: ⟦ID|37405-7193662-5⟧. I filled the form, and I took a photo of it on my phone to send to our social worker, which I now realise I should not have done. It's still in my gallery.

The bigger reflection is about the boy. He asked me, "doctor, will I need blood all my life?" I said "we will see" which is a coward's answer. The honest answer is yes, unless he gets a bone marrow transplant, which needs a matched sibling and money the family does not have. His elder sister was tested and is not a match.

My consultant, Dr. Nadia Iqbal, says children understand more than we think and deserve honest answers at their level. Next time he asks I will tell him the truth, in a kind way, with his father there. And I deleted the photo today.
`,
  },
  {
    id: "pk-comment-009",
    setting: "medicine ward",
    role: "house officer",
    text: `
@hamza_ho@mastodon.social Yaar I was on the next bed that night, ⟦NAME|Aslam sahib⟧'s son still comes to our ward to say salam, he got discharged after banding. The blood bank thing is so true, we wasted one hour for a form signature. We should make a one-page guide for new HOs, I'll ask Dr. Usman.
`,
  },
  {
    id: "pk-free-010",
    setting: "diabetes clinic",
    role: "medical student",
    text: `
Ramadan ward rounds

This Ramadan I was posted in the diabetes clinic during my medicine rotation in Faisalabad. I was surprised how many patients with type 2 diabetes on insulin were planning to fast, and how little most of us had discussed it with them.

Our consultant, Dr. Rashid, spends the two months before Ramadan doing "pre-Ramadan counselling". He uses the IDF-DAR risk score from the 2021 guidelines. He divides patients into low, moderate and high risk, and changes doses: for example, shifting the bigger dose of premixed insulin to iftar, reducing the sehri dose by about half, and stopping sulfonylureas like glibenclamide that cause hypoglycaemia.

What I learned: you cannot just say "don't fast". Most patients will fast anyway, for religious and social reasons, and then they do it without advice. It's better to help them fast safely, and to tell them clearly when to break the fast (glucose below 70 or above 300, or feeling unwell). Islam allows exemption for the sick, and Dr. Rashid sometimes brings this up gently, but he respects the patient's choice.

I fast myself, so it was strange to be on the other side. Next year I want to make an Urdu leaflet for our clinic.
`,
  },
  {
    id: "pk-what-011",
    setting: "sports physiotherapy",
    role: "physiotherapist",
    text: `
What?
I work as a physiotherapist with a club cricket team in Karachi. During a tape-ball tournament in November one of our fast bowlers landed badly and had an acute lateral ankle sprain. Everybody on the ground, including the captain, wanted to "pop it back" and strap it so he could continue. I applied the Ottawa ankle rules, he couldn't weight bear four steps, and I sent him for an X-ray. No fracture, grade 2 sprain.

So what?
I was the youngest person there and the only woman. I felt the pressure to say yes. But the Ottawa rules exist for exactly this situation, and the rehab evidence (PEACE & LOVE, 2019) says early loading, not returning to play on the same day.

Now what?
I am going to talk to the team before the season about what my role is and what decisions are mine. I also want to run a small injury prevention session with the bowlers, mostly about load management.
`,
  },
  {
    id: "pk-free-012",
    setting: "paediatric surgery",
    role: "paediatric surgery resident",
    text: `
The video that went viral

I am a paediatric surgery resident in Peshawar. Last month we operated on ⟦NAME|Zarmina⟧, a 6-year-old girl from ⟦LOCATION|Kabal tehsil in Swat, the house behind the girls' primary school⟧, for a large burn contracture of the neck. The operation went well. Her uncle, ⟦NAME|Fazal Wahid⟧, made a video of her first smile after surgery and posted it on his Facebook page (⟦URL|https://www.facebook.com/fazal.wahid.swat⟧). It had thousands of shares within a day, with her face, our ward, and the name of our unit.

My feelings were mixed. It is beautiful to see her smile, and the family is grateful. But she is a child, and the video will be there when she is older. Some comments under the video were about her burns, not kind.

I talked with the uncle gently, through our senior registrar, Dr. Sadia, who speaks Pashto. He took down the video and posted a photo without her face instead. He wasn't upset; he just hadn't thought about it.

Lesson for me: consent for photos must be discussed with families before surgery, not after.
`,
  },
];
