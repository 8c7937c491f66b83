/** India. */
import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

export const INDIA: SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "medicine ward",
    role: "intern",
    text: `
Gibbs reflection – internship, Medicine unit

Description:
On ⟦DATE|12th October⟧ I was posted in ⟦FACILITY_ROOM|Ward 32 of Sassoon Hospital, bed 14⟧ when ⟦NAME|Ramesh Kale⟧ (UHID ⟦ID|SGH2024/118273⟧) was shifted from casualty with decompensated liver disease. He is a 47-year-old auto driver from Hadapsar. His wife had come with a bag of papers, including the PMJAY card and his Aadhaar (⟦ID|${aadhaar("2871 4402 196")}⟧), and asked me to "do the scheme form first, sir, otherwise they will ask money." I spent almost 45 minutes on the form before I did his full examination. By then he was drowsy and the resident found he was in grade 2 encephalopathy, which I had not picked up.

Feelings:
I felt I was helping the family because without the scheme they really cannot pay. But afterwards I felt very bad, like I put paper before patient. I also felt a little irritated with the system.

Evaluation:
Good things: the form got done and treatment was not stopped for money. Lactulose and rifaximin were started same night. Bad things: I delayed the clinical assessment. Asterixis I could have seen in two minutes.

Analysis:
In our hospital the interns do everything: forms, samples, running to blood bank, case sheets. Nobody teaches us how to prioritise when the patient and the paper both are urgent. My PG, Dr. Snehal, told me the rule she follows: ABC first, paper after, even if relatives are shouting. Also, I realised I was scared of the relatives more than of the disease. West Haven criteria we studied in final year, but in the ward it looks different, it is just a man who is sleepy and everyone thinks he is tired.

Conclusion:
Paperwork is important for our patients, because without it they cannot afford care, but it cannot come before a basic examination.

Action plan:
1. Examine first, even a quick one, before forms.
2. Ask the MSW (medical social worker) to help with scheme forms on busy days.
3. Revise hepatic encephalopathy grading this week and teach the next batch of interns.
`,
  },
  {
    id: "in-what-002",
    setting: "OSCE",
    role: "medical student",
    text: `
What?
Our third prof practical exam in Paediatrics in Kolkata last month. My long case went okay but in the OSCE stations I got the newborn station and completely blanked on the Apgar score components. I could remember appearance and pulse and then nothing. Prof. Banerjee was the examiner and he just waited.

So what?
I have known Apgar since first year. It was not a knowledge problem, it was panic. Afterwards I noticed that in all my mock exams I had studied by reading, never by saying it out loud to someone. Also, the station had a baby manikin with Down syndrome features (upslanting palpebral fissures, single palmar crease) and I was thinking about that instead of the question. My brain went to the interesting thing.

Now what?
I am making a group with three friends from my batch to do viva practice every Sunday, out loud. I will also practise "one station, one question" – answer what is asked, then move on. Results come on 20 December, fingers crossed.
`,
  },
  {
    id: "in-free-003",
    setting: "community medicine",
    role: "community medicine resident",
    text: `
Field visit, Jodhpur district — a reflection for my PSM log

Our department does monthly field visits with the ASHA workers. This month I went with Sunita didi (our ASHA supervisor) to ⟦LOCATION|Meghwalon ki Dhani, behind the water tank near Osian⟧, to follow up a pregnant woman who had missed two ANC visits.

⟦NAME|Kamla Devi⟧ is 19, second pregnancy, Hb 6.8 on the HemoCue. Her husband works in Surat and her mother-in-law decides when she goes to the PHC. She told us she stopped the iron tablets because they made her "black stools and vomiting feeling". Nobody had told her the black stools were expected.

I wanted to lecture, honestly. Sunita didi did not lecture. She sat on the charpai, asked about the first baby, made a joke with the mother-in-law, and only then talked about the tablets. She gave her own phone number and took the husband's, ⟦PHONE|+91 94555 01873⟧, so she could call him directly about the referral for IV iron.

Things I learnt:
- Anaemia in pregnancy is not only a haemoglobin problem. It is a decision-making problem in the family.
- Counselling on side effects before starting is more important than I thought.
- The ASHA is the real doctor in the village. I am the visitor.

We have a follow-up visit planned after Diwali.
`,
  },
  {
    id: "in-comment-004",
    setting: "OSCE",
    role: "medical student",
    text: `
@riya_mbbs@mastodon.in Same happened to me in second prof with the cranial nerves station, I forgot the facial nerve branches with Prof. Sen standing right there 😭 The Sunday viva group idea is very good, we did that before final prof and it helped so much. All the best for the results, you will be fine yaar.
`,
  },
  {
    id: "in-free-005",
    setting: "night shift ICU",
    role: "staff nurse",
    text: `
Dengue season nights

I am a staff nurse in a medical ICU in Kochi for six years. This October has been the worst dengue season I have seen. In one night shift we had four patients with platelets below 20,000 and two with warning signs of plasma leakage.

What I want to write about is fluid charts. In dengue the critical phase is around day 3 to 7, when fever is going down and the patient looks better, but this is exactly when leakage happens. We follow the WHO 2009 classification and the national guidelines. The junior doctors are very busy, and sometimes the hourly urine output is not checked properly between 1 and 5 am. One night I noticed that a young man was passing only 15 ml per hour for three hours while everyone was happy his fever had settled. I informed Dr. Anoop, the duty resident, and the haematocrit had gone up from 42 to 51. He was managed well.

I think the nurse at the bedside sees these trends first. But we need the confidence to say it clearly, not only "sir, urine is less". I am now teaching our new nurses to give the number and the trend together, and to say what they are worried about.

Next month I am attending the critical care nursing conference in Thrissur. I hope to present a small audit on this.
`,
  },
  {
    id: "in-what-006",
    setting: "pharmacy",
    role: "clinical pharmacist",
    text: `
What?
I work as a clinical pharmacist in a private hospital in Bengaluru. During discharge counselling for ⟦NAME|Mrs. Lakshmi Srinivasan⟧ (address on the summary: ⟦ADDRESS|No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011⟧) I noticed that her discharge prescription had both warfarin 5 mg and a newly added fluconazole for oral thrush, with no INR plan. She is 76 and her INR on the day of discharge was already 3.2.

So what?
Fluconazole strongly inhibits warfarin metabolism. She could have bled at home, and she lives alone with a part-time maid. The discharge summary was made by a PG at night and the consultant signed without checking the drug list, which I understand, because we all trust the system to catch it. Our software does have an interaction alert, but it shows so many alerts that everyone clicks "override".

Now what?
I called Dr. Hegde, who changed the antifungal to topical clotrimazole and arranged an INR check after five days. I have submitted a proposal to our Pharmacy and Therapeutics committee to reduce alert fatigue by keeping only severe interactions as hard stops. Also I will personally check every warfarin discharge on my floor.
`,
  },
  {
    id: "in-gibbs-007",
    setting: "surgery",
    role: "surgery resident",
    text: `
Gibbs reflection: the swab count that didn't match

Description
I am a second year MS General Surgery resident in Chandigarh. During an emergency laparotomy for perforated duodenal ulcer at around 1 a.m., the scrub nurse, Sister Harpreet, told us at closure that the mop count was one short. My unit head, Prof. Gill, had already started closing the sheath and was tired. There was a moment where everyone looked at each other. He stopped. We searched, and the mop was found tucked under the left lobe of the liver.

Feelings
Relief, first. Then a kind of cold feeling, because I had been assisting and I had placed that mop. I had forgotten it completely.

Evaluation
The WHO Surgical Safety Checklist (2009) worked exactly as designed, because a nurse had the courage to say something at 1 a.m. to a senior professor. Prof. Gill deserves credit for stopping without argument. The bad part is that the error was mine and I didn't remember where I had put packs.

Analysis
In emergency cases at night, we often skip the formal "sign in" and "time out" because everyone is rushing. The count at the end is then the only safety net. I read some studies afterwards that say retained surgical items are more common in emergency surgery, in patients with high BMI, and when there are unexpected changes in the procedure. All three were true that night. Also, hierarchy: in our setting nurses don't always feel free to stop a professor. This one did because she has thirty years of experience. A junior nurse might not have.

Another thing I noticed is how I reacted. My first thought was about being blamed. Only later I thought about the patient, who would have needed another operation, sepsis, maybe death.

Conclusion
Mops should be tracked by the person who places them, not only counted by the scrub nurse. Nurses need explicit permission from us to stop the case.

Action plan
- I will call out loud every time I place or remove a pack ("one mop, sub-hepatic").
- I have asked our department to discuss doing the full checklist even in night emergencies, at the next surgical audit meeting.
- I will personally thank Sister Harpreet, which I did the next morning with samosas.
`,
  },
  {
    id: "in-free-008",
    setting: "neonatal unit",
    role: "paediatrics resident",
    text: `
One of those nights in NICU

⟦NAME|Baby of Shabnam Khatoon⟧, born at 29 weeks on ⟦DATE|3/11/2024⟧, 1.1 kg, was in ⟦FACILITY_ROOM|cot 7 of the NICU at Safdarjung⟧ when she had a massive pulmonary haemorrhage at 2 am. I was the only resident for 22 babies. We intubated, gave surfactant again, increased PEEP, and she survived the night. Barely.

The father, ⟦NAME|Imran⟧, had been sleeping on the floor outside NICU for nine days. I had his number (⟦PHONE|98111 55524⟧) written on my glove because the file was on the other side of the room. I called him in at 3 am and explained in Hindi that she is very sick and may not survive. He just said "aap jo kar sakte ho karo, doctor sahab" (do whatever you can).

I keep thinking about the glove. It was practical, but it was also a patient's father's number walking around the NICU on my hand. And I keep thinking about the ratio: one resident, 22 babies. My senior, Dr. Meenakshi, says this is normal in government NICUs across India. Normal is not the same as okay.

The baby went home after 58 days. I am writing this on the day of discharge.
`,
  },
  {
    id: "in-comment-009",
    setting: "community medicine",
    role: "ASHA facilitator",
    text: `
@dr_anjali_psm@mastodon.in Very nice writing madam. ⟦NAME|Kamla ji⟧ IV iron was done at ⟦FACILITY_ROOM|CHC Osian⟧ on ⟦DATE|Monday 11 November⟧, Hb is now 8.9, she is taking tablets also. Her mother-in-law was also happy. Sunita didi told me to share. Please come again for next month visit, we will plan for the new ANC ladies.
`,
  },
  {
    id: "in-free-010",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
Telling a family "schizophrenia"

Second year MD Psychiatry, Mumbai. Yesterday I had to explain a first-episode psychosis diagnosis to a family, and I want to write what happened because it was not like the role-play we did in the communication skills workshop.

The patient is a young engineering student. The parents came with the elder brother. I used the word schizophrenia, carefully, after explaining symptoms. The father immediately said "he is not mad, doctor, he is just stressed from exams, some black magic also maybe." The mother was crying. The brother kept asking about marriage – "if people find out, who will marry my sister?"

I realised that in India, a diagnosis is a family event. Stigma is real and practical, not abstract. My unit chief, Dr. Kulkarni, later told me that sometimes she uses the term "psychosis" first and introduces "schizophrenia" over a few sessions, when the family is ready. I am not sure if that is honest or kind or both.

What I'll try next time: ask the family what they think is happening before I explain, include the patient in the conversation when he is able, and give them the Tele-MANAS helpline and the psychoeducation booklet in Marathi, which we have but I forgot to give.

Mental Healthcare Act 2017 gives the patient the right to confidentiality, including from family in some cases. Balancing that with a family-centred culture is something I'm still learning.
`,
  },
  {
    id: "in-what-011",
    setting: "physiotherapy",
    role: "physiotherapy intern",
    text: `
What? – My internship posting in the orthopaedic ward, Chennai. My patient was ⟦NAME|Saraswathi Paati⟧ (that is what everyone calls her, her full name is on the case sheet), ⟦AGE|91 years old⟧, who had a DHS fixation for intertrochanteric fracture. She is in ⟦FACILITY_ROOM|bed 22, female ortho ward, Stanley⟧. On day 2 I got her to sit on the edge of the bed and she scolded me in Tamil for being too slow!

So what? – I was scared to mobilise her. In college we studied that early mobilisation reduces pneumonia, DVT and delirium, but when a ⟦AGE|91-year-old⟧ lady is in front of you, you think she will break. My supervisor, Dr. Vijay (PT), said my fear was more dangerous than the mobilisation. Also I had not thought about her hearing. She could not hear my instructions and so she did not trust me.

Now what? – Speak loudly and slowly, face her, demonstrate first. Use standing frame earlier. Read the NICE hip fracture guideline (CG124) again. She walked eight steps with walker on day 4.
`,
  },
  {
    id: "in-free-012",
    setting: "medical education",
    role: "faculty",
    text: `
## Five years of CBME: a teacher's honest reflection

I have been teaching physiology in a government medical college in Lucknow since 2011. In 2019 the National Medical Commission (then still the MCI) introduced the Competency Based Medical Education curriculum, with the foundation course, early clinical exposure, and the AETCOM (Attitude, Ethics and Communication) module. Five batches later, I want to reflect on what changed and what did not.

**What changed**

The foundation course is genuinely useful. First years arrive from coaching centres where they have only solved MCQs. A month of orientation, basic life support, language skills and stress management helps them settle. I have seen fewer students breaking down in the first semester.

Early clinical exposure has made physiology more alive. When I teach the cardiac cycle and then take them to see a patient with mitral stenosis in the medicine OPD, with consent, they remember the murmur and the physiology together. One student from the 2021 batch told me she finally understood why JVP has an "a" wave after hearing a tricuspid regurgitation case.

**What did not change**

Assessment. We still examine by long written answers and theory-heavy vivas. AETCOM is taught but rarely assessed in a meaningful way; students write an essay on "empathy" and get marks for length. Faculty like me were trained in the old system. We had one three-day workshop at our regional centre and were expected to transform.

Also, the number of students increased while teachers did not. My department has 250 students and five faculty. Small group teaching becomes a group of fifty.

**What I will do**

- Use the logbook seriously, with real feedback, not only signatures.
- Write OSPE stations for communication, not only for techniques like measuring blood pressure.
- Request our Medical Education Unit to run a session on giving feedback, because I don't think most of us know how.

I would like to hear from colleagues in other states, especially about assessing AETCOM. Dr. Rashmi Tandon from our MEU and I are planning a small study next year.
`,
  },
  {
    id: "in-comment-013",
    setting: "medical education",
    role: "faculty",
    text: `
@physio_teacher_lko@mastodon.in Very relatable, sir. At our college in Pune we started using mini-CEX for AETCOM in the 2022 batch, only four encounters per student but it changed how they take it. Happy to share our rating forms. The faculty ratio problem is the same everywhere, I am also managing 200 students with four colleagues.
`,
  },
  {
    id: "in-free-014",
    setting: "audiology",
    role: "audiologist",
    text: `
Switch-on day

I am an audiologist in Hyderabad, working mostly with children who get cochlear implants under the state scheme. Last week we did the switch-on for ⟦NAME|Chinnu⟧ (⟦NAME|Aadya Reddy⟧), a 3-year-old who was born profoundly deaf. Her processor serial is ⟦DEVICE|CP1110-48836120⟧, implanted on the right side on ⟦DATE|18 October⟧.

When we turned on the electrodes and played the first sounds, she stopped, looked at her mother, and started crying. Her mother started crying. I also cried a bit, behind the laptop.

But I want to reflect on the part after the happy video. The real work is two years of auditory-verbal therapy, and the family lives 140 km away. Her father sent me an email afterwards, ⟦EMAIL|srinivas.reddy.agri@gmail.com⟧, asking if therapy can be done online. It can, partly. But children who miss sessions do worse, and our department has two therapists for sixty children.

My HOD, Dr. Farhana, says we measure success by switch-ons because they are photogenic. The better measure is speech at age five. I am starting a small follow-up register for all our implanted children to see how many complete therapy, and planning a monthly group session in the district so families don't have to travel every week.
`,
  },
  {
    id: "in-what-015",
    setting: "neurology",
    role: "nursing student",
    text: `
What?
B.Sc Nursing third year, posted in the neuro ward in Guwahati. I was asked to explain Bell's palsy to a young man who was frightened he had a stroke, because half his face had dropped overnight. I had read about it, lower motor neurone, forehead involved, steroids within 72 hours, but I didn't know how to say it simply.

So what?
My clinical instructor, Ms. Bordoloi, showed me. She asked him to wrinkle his forehead and showed him in the mirror that he couldn't on that side, and explained that this meant it was the nerve, not the brain. He relaxed immediately. Knowing a fact and using it to comfort someone are two different skills.

Now what?
I will practise explaining common conditions in Assamese and Hindi, in simple words, and also teach eye care because he can't close his eye fully.
`,
  },
];
