import type { SourceItem } from "../../corpus/types.ts";

/** United States: residents, fellows, attendings and faculty. */
export const US: SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "ICU",
    role: "internal medicine resident",
    text: `**Description.** I was the PGY-2 on the MICU overnight when ⟦NAME|Mr. Darnell Whitfield⟧ came up from the ED in septic shock from a perforated diverticulum. He was 58, worked nights at a distribution warehouse, and had no insurance. By morning he was intubated, on norepinephrine at 0.2 mcg/kg/min and vasopressin, and surgery had taken him for a Hartmann's. While I was writing my note, our social worker, Denise, was on the phone with his sister ⟦NAME|Latoya⟧ trying to start an emergency Medicaid application. She read his Social Security number, ⟦ID|078-05-1120⟧, back out loud twice at the nurses' station to check it.

**Feelings.** I was proud of how the resuscitation went and uneasy about that phone call. Uneasy, too, that the bill for this night would follow him longer than the scar.

**Evaluation.** Good: early antibiotics (pip-tazo within the hour), source control within six hours, a clear handoff to the day team using I-PASS. Not good: the most sensitive number in his life was recited in a corridor with three families waiting for elevators.

**Analysis.** We talk about HIPAA as though it lives in the EHR. Most breaches I have seen on the wards are spoken ones. Denise was doing something kind and urgent; the problem was the place, not the person. Our attending, Dr. Rebecca Lindqvist, pointed out that the unit has a family consult room that is almost always empty at night.

**Conclusion.** Financial toxicity is part of critical illness, and protecting a patient's information is part of protecting him.

**Action plan.** I have asked our unit manager whether benefits calls can move to the consult room, and I will bring it to our residents' patient safety huddle next month. I am also reading the ATS statement on financial burden in ICU survivors, which I did not know existed until this week.`,
  },
  {
    id: "us-what-002",
    setting: "emergency department",
    role: "emergency medicine attending",
    text: `**What?** I have been an EM attending for eleven years and a residency faculty member for six. On our last conference day a PGY-1 asked me, in front of everyone, how I decide when to stop a code. I gave a decent answer about ETCO2 below 10 after 20 minutes, no shockable rhythm, an unwitnessed arrest, and the AHA 2020 guidance on termination of resuscitation. Then I drove home and realised I had not answered the question she actually asked.

**So what?** She was asking how it feels, and how I carry it. The truthful answer is that I learned from watching Dr. Marcus Oyelaran, my own residency director in Cleveland, who used to stop every code by asking the whole room, "Does anyone have anything else we should try?" and then waiting. Nobody ever did, but everybody felt they had been asked. I still do that. I also go and find the person who did compressions, usually the youngest, and thank them by name.

What I did not tell the resident is that for my first few years I cried in my car at least once a month, and that the thing that helped was not resilience training but a therapist my wife found for me and a Tuesday pick-up basketball game with two nurses and a radiology tech. Atul Gawande writes about surgeons' errors; I wish someone had written about emergency physicians' Tuesdays.

**Now what?** I have emailed the resident and offered her a coffee. I will add a fifteen-minute "after the code" piece to our intern boot camp next July, with the chaplain, Father Tom Mulcahy, who is better at this than I am. And I am going to tell the story about my car, because I think the residents need to know that the attendings were once them.`,
  },
  {
    id: "us-free-003",
    setting: "rural family medicine",
    role: "family medicine faculty",
    text: `I teach family medicine residents at a rural track program in the Mississippi Delta, and every year I ask them to write about the patient who changed how they think about place. This year I am doing the assignment myself.

She was a woman in her sixties who came in with a foot ulcer she had been treating with bleach and a plastic bag for three weeks. She lived in ⟦LOCATION|Alligator, Mississippi⟧, a town of a couple of hundred people, and she was, as she told us with some pride, ⟦OTHER|the woman who has run the only grocery in Alligator for thirty-one years⟧. She could not come to wound clinic twice a week because nobody else could open the store. That was the whole problem, clinically: not the HbA1c of 11.2%, not the osteomyelitis we found on MRI, but the store.

My resident, Dr. Kayla Brooks, spent forty minutes on the phone finding a home health nurse who could come out to her on Tuesday afternoons when the delivery truck came and her nephew could mind the register. The podiatrist drove out once. We switched her to a GLP-1 agonist because she could not manage insulin timing around the store hours, and we did a lot of talking about the bleach.

What I want residents to take from this is that social determinants are not a box on the intake form. They are a woman behind a counter at seven in the morning selling bread to her neighbors. When you plan care that ignores that, you are planning care for somebody who does not exist.

I know I have given enough here that anyone from the county would recognise her; this is why it stays in our closed residency reflection group, and why the version for the program's newsletter will say "a small-town shopkeeper". The foot healed in eleven weeks. She sent the clinic a box of pralines at Christmas.`,
  },
  {
    id: "us-free-004",
    setting: "paediatrics",
    role: "pediatric hematology-oncology fellow",
    text: `Some families find you on the internet before you have finished your first consult note. This is a reflection on boundaries, written for my fellowship wellness curriculum.

⟦NAME|Ava Delacroix-Reyes⟧ was seven when she was diagnosed with high-risk B-cell ALL. She was admitted to ⟦FACILITY_ROOM|room 4112 on the oncology floor at Children's Mercy⟧ on ⟦DATE|March 3⟧, started induction on COG protocol, and did what most children do, which is tolerate it better than the adults around her. Her mother, ⟦NAME|Marisol⟧, was organised, funny and frightened. Within a week she had set up a fundraiser at ⟦URL|https://www.gofundme.com/f/ava-beats-leukemia-kc⟧ and was emailing me updates and questions from ⟦EMAIL|marisol.delacroix84@gmail.com⟧, sometimes at two in the morning.

I answered the first few. I wanted to be the fellow who was available. By the third week I was answering questions about dexamethasone mood swings at midnight and checking the fundraiser page to see what she had posted, which is when I realised I had lost the line somewhere.

My attending, Dr. Priya Venkataraman, was kind and direct. She said that a family's trust is built by the team being reliable, not by one fellow being endlessly reachable, and that if I kept answering emails at midnight I would burn out before consolidation. We set up a plan with ⟦NAME|Marisol⟧ together: questions to the nurse line or the portal, urgent things to the on-call number, and a standing twenty-minute check-in with me on Friday afternoons.

She took it well, better than I expected. She said, "I just wanted to know someone was there." That was the real question all along, and the answer is yes, but not always me.

I still look at the fundraiser occasionally, which I should probably stop doing. ⟦NAME|Ava⟧ reached remission at day 29 and is in maintenance now.`,
  },
  {
    id: "us-free-005",
    setting: "surgery",
    role: "chief surgical resident",
    text: `I presented at Morbidity and Mortality conference last Thursday, and this is the reflection I promised my program director I would write afterwards.

The case was a bile duct injury during a laparoscopic cholecystectomy that I performed as the operating chief with an attending scrubbed. The patient did well in the end, after a hepaticojejunostomy by our HPB team, but she should never have needed one. I misidentified the common bile duct as the cystic duct. I did not obtain the critical view of safety before clipping; I thought I had it, and the attending thought I had it, and we were both wrong.

M&M is designed to be blame-free and it mostly is. Dr. Howard Fineberg, who has been running our conference for twenty years, opened by reminding the room that Strasberg described the critical view in 1995 precisely because smart surgeons kept making this mistake. Still, standing at the front with my operative images on the screen was the worst fifteen minutes of my residency.

What I have learned is partly technical. I now call out all three elements of the critical view aloud, and I photograph it before clipping, which the SAGES Safe Cholecystectomy program recommends. If I cannot get it, I have a bail-out plan: subtotal cholecystectomy, fundus-first, or call for help. My co-chief, Dr. Jasmine Osei, and I have started practising the bail-out steps on the simulator.

But the bigger lesson is about hierarchy. The attending later said he had a moment of doubt and did not voice it because he wanted to let me operate. I had a moment of doubt and did not voice it because I wanted to look competent. Two doubts, zero words. We now use a simple rule in our rooms: anyone can say "pause, critical view", and everyone stops.

I called the patient myself after her repair. She was gracious. I was not sure I deserved it.`,
  },
  {
    id: "us-gibbs-006",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `**Description.** I worked the psychiatric emergency service on the Fourth of July this year, which was my own choice: I am from Houston, my family were all at my cousin's wedding in Dallas, and the holiday pay helps with loans. It was the busiest shift I have had as a PGY-3. Fireworks and alcohol brought in a steady stream of panic attacks, intoxication and two people with PTSD symptoms triggered by the noise, one of them a veteran who asked quietly if we had a room without windows.

**Feelings.** I felt useful, then overwhelmed, then oddly moved. The veteran reminded me of my grandfather, who served in Korea and never went to a fireworks display in his life.

**Evaluation.** We did well at triage and de-escalation. We used the quiet room creatively. Less well: our documentation fell behind, and I wrote one note four hours after the encounter, which my attending, Dr. Nathaniel Okafor, rightly flagged.

**Analysis.** Anniversary and trigger reactions are predictable, and so are our holiday volumes. Judith Herman's "Trauma and Recovery" talks about how the environment can either re-traumatise or contain; our department's environment on July 4th was loud, bright and crowded. The VA has published guidance on fireworks and PTSD that I read after my shift, and it suggests giving veterans advance notice and a quiet space, which is essentially what we improvised.

**Conclusion.** We can plan for the Fourth the way we plan for flu season.

**Action plan.** I proposed to our chief resident, Dr. Sofia Alvarez, that we staff an extra nurse next year, put white-noise machines in two rooms and pre-write a holiday triage tip sheet. I will also write my notes within the hour, holiday or not.`,
  },
  {
    id: "us-what-007",
    setting: "cardiology",
    role: "cardiology fellow",
    text: `**What?** During my device clinic month as a second-year cardiology fellow I met ⟦NAME|Mrs. Imogene Lattimore⟧, who was ⟦AGE|96⟧ and had come in with her great-grandson for a routine pacemaker check. Her dual-chamber device, serial number ⟦DEVICE|PJN447120⟧, was approaching elective replacement indicator. She had been paced since 2013 for complete heart block. She told me, before I had even turned the programmer on, that she did not want another box.

**So what?** The technical answer was simple: at ERI the device has months left, and if her underlying rhythm is still complete heart block without an escape, a battery failure could be fatal or, more likely, could leave her dizzy and falling. Her interrogation showed she was 99% ventricular paced with a junctional escape of about 30. The ethical answer was harder. She was sharp, clear and had thought about it: "I have done ⟦AGE|ninety-six⟧ years. If my heart stops when the battery does, that sounds tidy."

My attending, Dr. Alan Greenbaum, pointed out something I had not considered: that a generator change is a small procedure, that stopping pacing in someone who is pacemaker-dependent is not like declining a new treatment, and that both HRS and AHA statements (2010) treat deactivation as a patient's right but ask us to make sure the decision is informed. So we did not argue; we explained. We explained what would probably happen, how quickly, and what it would feel like.

**Now what?** She chose not to replace it and to enrol with hospice, and she asked us to switch it off when she was comfortable at home. I had never been part of a planned deactivation before. I have since read the HRS expert consensus properly, and I have asked to join the palliative cardiology clinic on Wednesday mornings. I also learned that "elective" in ERI is a word patients hear very differently from how we mean it.`,
  },
  {
    id: "us-comment-008",
    setting: "portfolio feedback",
    role: "residency program director",
    text: `This is exactly the kind of reflection I hoped residents would write after M&M. You name your own error without drowning in it, and the "two doubts, zero words" line is going into my next faculty development talk, with your permission. One suggestion: add what you would teach a junior resident before their first lap chole. Proud of you. — Dr. Fineberg`,
  },
  {
    id: "us-comment-009",
    setting: "portfolio feedback",
    role: "chief resident",
    text: `Strong piece, and I agree about the corridor. But you have done the same thing in writing: the social security number ⟦ID|078-05-1120⟧ and ⟦NAME|Mr. Whitfield⟧'s full name are right there in paragraph one. Please edit before this goes to the wellness group, and maybe check the other entries in your folder too. Happy to look at a revised draft tonight.`,
  },
  {
    id: "us-free-010",
    setting: "telemedicine",
    role: "addiction medicine fellow",
    text: `Since the pandemic I have run a tele-buprenorphine clinic two afternoons a week as part of my addiction medicine fellowship. This is about a visit that made me think hard about what "remote" means.

⟦NAME|Cody Harlan⟧ was 29 and had been stable on buprenorphine-naloxone 16 mg daily for eight months. He lived in a trailer outside ⟦LOCATION|Jenkins, Kentucky⟧ and connected from his phone, usually from the parking lot of the public library because that was where the signal was. On ⟦DATE|Tuesday, November 18⟧ the video froze repeatedly, and when I asked our IT support to look at the session they said the connection was coming from an unfamiliar address, ⟦IP|198.51.100.73⟧, not the library's usual one. Later in the visit he admitted he was at his ex-girlfriend's place and that he had used fentanyl two days earlier.

I was not upset about the relapse; relapse is part of this illness. What bothered me was how much I was relying on metadata I had no business reading. The session log was collected for quality of service, not for me to check where my patient was. My supervisor, Dr. Elena Marchetti, agreed: the clinical question was whether he was safe, and the way to find out was to ask, which I did.

We kept his dose the same, added a naloxone kit mailed to his grandmother's address, and booked a visit for the following week. He came back on time, from the library.

The DEA's telemedicine rules have changed three times during my fellowship, and I know the policy will keep shifting. What I want to hold on to is simpler: technology lets me reach people like ⟦NAME|Cody⟧, but it also lets me see things about them they did not choose to show me. I have asked our program to write down who can see the session logs and why.`,
  },
  {
    id: "us-free-011",
    setting: "night shift",
    role: "internal medicine intern",
    text: `My first night float block ended on Sunday, and I promised my big sister, a nurse in San Antonio, that I would write down what it was like before I forgot.

Night float at our program is six nights on, covering about eighty patients across four teams with one senior. The pages never stop. Potassium 3.2, please replace. Patient wants a sleeping pill. Blood pressure 182/96, asymptomatic. New fever of 38.4. I learned to triage them by sound: I could hear from the nurse's voice whether it was a "come now" or a "call me back".

The hardest night was Thursday. I had a rapid response at 02:40 for a man with hypotension who turned out to have a GI bleed, with a hemoglobin that fell from 11.8 to 7.9. My senior, Dr. Kenji Watanabe, was stuck at another rapid, so I ran the first ten minutes myself: two large-bore IVs, type and cross, pantoprazole bolus, call GI, call the ICU. When Kenji arrived he said, "You did everything I would have done," and I went into the stairwell and shook for a minute.

Things that helped: the Pocket Medicine book in my white coat, the nurses who had been doing this for twenty years and told me gently when I was wrong, and the vending machine on the fourth floor that takes cards. Things that did not help: the fourth coffee, and reading about other people's residency on Reddit at 5am.

I am proud of this week. I read a chapter of Dr. Anthony Fauci's memoir on my one night off, and I understand better now why senior doctors talk about nights with a kind of respect. My co-intern Zainab and I are going to get pancakes every Monday after nights for the rest of the year. That feels like a good tradition to start.`,
  },
];
