import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../gen.ts";

/** Pakistan: hospital and community pharmacy, dengue lab, physiotherapy, dentistry, ultrasound, OT and nutrition. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "hospital pharmacy",
    role: "hospital pharmacist",
    text: `
**Description.** I am a hospital pharmacist in Lahore. ⟦NAME|Haji Abdul Ghafoor⟧ was admitted to ⟦FACILITY_ROOM|Ward 5, bed 14, Mayo Hospital⟧ with a diabetic foot infection. On the discharge slip his CNIC, ${"⟦ID|" + cnic("35202-4827361-3") + "⟧"}, and MR number ⟦ID|MH-24-118305⟧ were written in large letters by the ward clerk, because the free medicine counter will not issue anything without them. The slip said "Inj. Mixtard 30 units morning, 20 units evening", but the dispenser handed his son a box of regular insulin vials.

**Feelings.** I felt embarrassed for our department and worried about hypoglycaemia at home in a village with no glucometer.

**Evaluation.** I caught it at the counselling window, because I always open the bag and show the family each item. The son was patient with us. What went badly was the storage: Mixtard and regular insulin boxes from the same company were kept side by side on the same shelf.

**Analysis.** The counter was crowded, more than two hundred patients that morning, and the dispenser was alone. We rely on memory and speed. He also could not read English well, and both boxes look almost the same apart from small print.

**Conclusion.** Counselling at the window is our final barrier and should never be skipped because of the crowd.

**Action plan.** We moved the insulins to separate shelves with Urdu labels, and I requested from our chief pharmacist, Sir Tariq, that a second person check all insulin issues.
`,
  },
  {
    id: "pk-what-002",
    setting: "haematology laboratory",
    role: "medical laboratory technologist",
    text: `
**What?** During the dengue season in Rawalpindi our lab was processing nearly six hundred CBCs a day. A young man's platelet count came out as 18,000 on the analyser, and the ward was preparing to transfuse. When I looked at the smear, I saw large platelet clumps at the feathered edge. The sample was in an EDTA tube, and the repeat in a citrate tube gave 96,000.

**So what?** This was EDTA-dependent pseudothrombocytopenia. If I had released the analyser result, he would have received a platelet transfusion he did not need, with all its risks, in a season when platelet bags are very short. My supervisor, Dr. Saima Rauf, told me that during outbreaks everyone trusts the machine because of the pressure, and that the smear is the first thing to be skipped when the queue is long.

**Now what?** We introduced a rule: any platelet count below 20,000 must have a smear review before release, and clumps must be reported in a comment. I also realised that my role is not only to run samples but to protect patients from numbers. Since then I have found two more cases, and both times the clinicians thanked us, which made me feel our small lab is part of the team, not just a service.
`,
  },
  {
    id: "pk-free-003",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
⟦NAME|Bibi Zarmina⟧ is a 58-year-old woman who came to our physiotherapy department in Peshawar with a frozen shoulder so stiff she could not plait her granddaughter's hair. Her son had brought her in from ⟦LOCATION|Mohalla Sheikhan in Prang, Charsadda⟧, a journey of nearly two hours by wagon, and her Sehat Card number, ⟦ID|SC-KP-0917724⟧, was written on the referral.

She would only be examined by a female physiotherapist, which is reasonable, and I was the only woman on duty that afternoon. She kept her chador on, and I had to assess range of movement through layers of cloth. External rotation was about 10 degrees.

What I learned was how much our treatment plans assume that patients can attend three times a week. She could come once a month at most. The protocol we were taught, with supervised mobilisation and TENS, was useless for her.

So I changed the plan. I taught her son to help her with pendulum exercises and wall walking, and I drew the exercises on a sheet so she could follow them without reading. I asked her to practise every time she did wudu, five times a day, which she found easy to remember. When she came back six weeks later, external rotation was 35 degrees, and she told me, laughing, that she had plaited the hair herself.

I realise now that a good home programme is not a simplified version of real physiotherapy. It is the real physiotherapy for most of our patients.
`,
  },
  {
    id: "pk-free-004",
    setting: "oral medicine",
    role: "dental student",
    text: `
In our oral medicine clinic in Karachi, my final-year rotation has shown me how many young men use naswar, the green snuff placed in the lower buccal sulcus. Last week a 27-year-old rickshaw driver had a white wrinkled patch exactly where he kept it, and he said he had used it since he was twelve.

Dr. Farhan Siddiqui, our consultant, showed me how to describe it properly: a snuff-dipper's keratosis, soft, non-ulcerated, with no induration. He explained that this is different from the leukoplakia we worry about and that it often regresses if the habit stops. But he still wanted a biopsy because of the long history and the heavy use.

I was surprised how comfortable the patient was talking about naswar compared to cigarettes. For him, it was not really "smoking" and therefore not harmful. He told us that his father and uncles used it too. I felt that my counselling in Urdu was too formal, and he nodded politely but did not really engage.

Dr. Farhan spoke to him in Pashto, joked with him about his rickshaw, and then asked him to look in the mirror at the patch. That changed the conversation. The patient said he had never seen the inside of his mouth before.

I have learned that showing a patient their own lesion is more persuasive than any statistic, and that language and rapport matter as much as the clinical findings.
`,
  },
  {
    id: "pk-what-005",
    setting: "ultrasound",
    role: "radiology resident",
    text: `
**What?** On ⟦DATE|12-02-2024⟧ I did an abdominal ultrasound for a lady everyone in the department called ⟦NAME|Amma Jee⟧, ⟦AGE|92 years old⟧, brought by her grandson from Shujabad to our hospital in Multan. She had painless jaundice. I found a dilated common bile duct and a mass in the head of the pancreas. Her grandson gave his number, ⟦PHONE|0321 5550187⟧, and asked me to phone him with the report instead of telling her.

**So what?** I was caught between respect for the family's wishes, which is very normal in our culture, and the fact that she was fully oriented and kept asking me in Saraiki what I was seeing. I did not want to lie to her face. I also knew that at her age the team would probably not offer Whipple's surgery, and the conversation would be about stenting and comfort.

**Now what?** I did not give the diagnosis in the scan room, which was the right place neither for her nor for the family. I told her truthfully that I had seen a blockage and that the doctor would explain the next steps. I informed the treating consultant, Dr. Naeem, and documented the family's request. I have learned that radiology residents are often the first to know, and that "the doctor will explain" is not evasion if we make sure someone actually does. I want to attend the breaking bad news workshop our department offers in the spring.
`,
  },
  {
    id: "pk-gibbs-006",
    setting: "stroke rehabilitation",
    role: "occupational therapy student",
    text: `
**Description.** In my OT clinical placement in Islamabad I worked with a 63-year-old retired schoolteacher with a right hemiparesis after an ischaemic stroke. His Fugl-Meyer upper extremity score was 22/66, and he was in Brunnstrom stage 3. His main goal was to write again.

**Feelings.** I was excited, because writing seemed like a meaningful and measurable goal, and then discouraged when, after two weeks, he could barely hold a pen.

**Evaluation.** What went well was the relationship; he liked that I used his goal. What went badly was that I jumped straight to fine motor tasks without building proximal stability.

**Analysis.** My supervisor, Ms. Hina Qureshi, pointed out that without shoulder and trunk control the hand has nothing to work from. She suggested task-specific training in stages and constraint-induced movement therapy for part of the day. She also reminded me of the Canadian Occupational Performance Measure, which I had not used properly; his second goal, which I had ignored, was to feed himself without spilling in front of his grandchildren.

**Conclusion.** Goals must be broken into steps the patient can succeed at, and the patient's priorities should be asked, not assumed.

**Action plan.** We worked on eating with an adapted spoon first, which he achieved in two weeks, then moved to thick-grip pens. I will use the COPM at every initial assessment from now on.
`,
  },
  {
    id: "pk-free-007",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `
I run a small pharmacy on a main road in Quetta. Most days we are the first stop for people who cannot afford a doctor's fee.

Last winter a young man kept coming to buy large quantities of codeine cough syrup for his father, ⟦NAME|Malik Sahib⟧, he said. He parked the same white Corolla, registration ⟦OTHER|LEB 19-4412⟧, outside every time and always paid in cash. After the fourth visit in ten days, I became suspicious. When I asked gently, he said his father had a bad cough. I asked whether his father could come with him next time, or whether I could see a prescription.

He stopped coming for a week. Then he came back without the syrup request, sat down on the bench and told me that it was not his father. He had been using it himself for months after losing his job, and the syrup helped him sleep. He was scared and ashamed.

I did not have any training for this. I listened, did not lecture, and gave him the address and helpline of the drug rehabilitation centre run by a trust in the city. I also told him the truth: I would not sell him the syrup again, but he was welcome to come and talk.

This changed how I see my counter. Pakistan's drug laws allow these syrups too easily, and pharmacists are the people who see the pattern. I have since stopped stocking the large bottles and started keeping a simple register of repeat codeine sales.
`,
  },
  {
    id: "pk-what-008",
    setting: "clinical nutrition",
    role: "dietitian",
    text: `
**What?** In the weeks before Ramzan, our diabetes clinic in Faisalabad sees many patients who want to fast despite insulin therapy. A 52-year-old woman with type 2 diabetes on premixed insulin twice daily told me she was going to fast all thirty days regardless of what the doctor said. Her HbA1c was 8.4% and she had had one hypoglycaemic episode last year.

**So what?** Under the IDF-DAR 2021 risk score she was moderate to high risk. My first instinct was to tell her not to fast. My supervisor, Dr. Ayesha Malik, reminded me that most patients will fast anyway, and that refusing to help only means they do it without a plan. She said our job is to make fasting safer, not to win an argument about religion.

**Now what?** We adjusted her plan together: her morning premixed dose shifted to iftar, a reduced dose at suhoor, glucose checks at midday and before iftar, and clear rules to break the fast if glucose fell below 70 mg/dL or rose above 300. I worked through her iftar plate with her: dates limited to two, fried pakoras only a few times a week, and plenty of water between iftar and suhoor. She returned after Eid with no severe hypos. I learned that culturally competent nutrition advice starts by accepting the patient's decision and building safety around it.
`,
  },
  {
    id: "pk-comment-009",
    setting: "haematology laboratory",
    role: "medical student",
    text: `
This is such an important point. In our haematology rotation in Lahore, Prof. Hassan showed us a smear with platelet satellitism around neutrophils, which also gives falsely low counts on EDTA. I never thought about how many dengue transfusions might be unnecessary because of this. Does your lab keep citrate tubes on the wards, or only in the lab?
`,
  },
];
