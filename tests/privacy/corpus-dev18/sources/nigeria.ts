import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: nursing, medical, pharmacy and physiotherapy students, 9 items. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "medical ward",
    role: "nursing student",
    text: `
As a 200-level nursing student I finally started clinical posting this semester, and I was sent to the ⟦FACILITY_ROOM|Female Medical Ward at LUTH⟧. My first patient was ⟦NAME|Mama Chinyere⟧, a trader from Mushin who had a stroke. She could not speak but she held my hand tight every time I passed her bed.

Her daughter ⟦NAME|Adaeze⟧ slept on a mat beside her every night and still went to open their shop in the morning. Matron Oyewole told me to stop standing there "like you're waiting for JAMB result", so I learned to do her vital signs and turn her two-hourly. BP 170/100 on admission, down to 148/90 by Friday.

The hardest part was feeding. She choked on pap on Wednesday, and the staff nurse showed me how to sit her fully upright and give small spoons, waiting for each swallow. I'd read about dysphagia in Kozier but I hadn't seen it.

I'm writing because I'm tired, my feet hurt, and I know this is what I want. Shout out to my roommate Ifeoma who ironed my uniform at 5am.
`,
  },
  {
    id: "ng-gibbs-002",
    setting: "paediatric outpatients",
    role: "medical student",
    text: `
Description: After the ASUU strike ended, our class finally resumed and started introductory clinical postings. Dr. Adebayo Ogunleye took our group to the paediatric outpatient clinic, where we saw a child with a jaw swelling. He explained it was likely Burkitt lymphoma and that it is common across the malaria belt.

Feelings: I felt excited but also angry that we had lost eight months to the strike.

Evaluation: Dr. Ogunleye was patient and spoke Yoruba with the mother. He explained the EBV association and why cyclophosphamide works so well in this tumour.

Analysis: I realised I had been treating clinical postings as something to "survive" because of all the delays. But in that room I remembered why I wanted medicine: my secondary school biology teacher, Mrs. Akinola, who told me I had "doctor hands".

Conclusion: The strike was not my fault, and I can't get the time back, but I can stop rushing.

Action plan: Read Denis Burkitt's 1958 description, revise the St Jude/Murphy staging, and form a study group with Tunde and Bisola before our end-of-posting exam.
`,
  },
  {
    id: "ng-free-003",
    setting: "community health posting",
    role: "medical student",
    text: `
Community health posting, Ibadan. Our group was assigned to follow up households for an immunisation survey. At ⟦ADDRESS|No. 12 Adeoye Street, Mokola, Ibadan⟧ we met ⟦NAME|Iya Bolaji⟧, who looks after four grandchildren. The youngest had not had his measles vaccine. She gave us her phone number, ⟦PHONE|0803 555 2194⟧, and her NIN, ⟦ID|71942058316⟧, for the register.

Our supervisor, Dr. Folake Adeyemi, reminded us that the register stays with the LGA health office and that our own notebooks should have only household numbers, not names.

⟦NAME|Iya Bolaji⟧'s complaint was that the nearest PHC was always "out of vaccine". We checked: the cold chain had failed twice this year. That made me think about how vaccine hesitancy isn't always hesitancy; sometimes it's access.

We presented this at our posting review, and Prof. Adewale said we should write to the LGA chairman. I hope someone reads it.
`,
  },
  {
    id: "ng-what-004",
    setting: "hospital pharmacy",
    role: "pharmacy student",
    text: `
What? 200-level pharmacy student, first hospital visit in Enugu with our lecturer, Pharm. Chioma Eze. We spent the morning in the dispensary and I watched her counsel a mother on artemether-lumefantrine for her son: six doses over three days, taken with something fatty like milk, and finish the course even if the fever goes.

So what? I had only ever seen ACTs as a line in a pharmacology table. Watching Pharm. Eze draw on the back of the prescription (a sun and a moon for morning and night) made me realise that literacy changes everything. She also weighed the child herself instead of trusting the card.

I noticed how many patients asked for "the one they advertise on TV". Pharm. Eze politely explained NAFDAC registration and why fake drugs are dangerous, and told us about Dora Akunyili's fight against counterfeit medicines, which she remembers from her own student days.

Now what? I want to learn to counsel in Igbo properly, practise with my coursemate Obinna, and read the WHO malaria guidelines before our next visit. I also need to stop being scared of the dispensary computer.
`,
  },
  {
    id: "ng-free-005",
    setting: "neonatal unit",
    role: "nursing student",
    text: `
Omo this posting don show me pepper 😩 but today was special. On our paediatrics introduction I was allowed to help the nurses in the neonatal unit and I met ⟦NAME|Baby Tolu⟧, born at 29 weeks on ⟦DATE|Christmas Eve⟧, now 1.4 kg and finally cup feeding. Her mum ⟦NAME|Funmi⟧ has been doing kangaroo care eight hours a day. Mummy no dey tire 🙌🏾

What I learned:
👉🏾 KMC reduces hypothermia and infection
👉🏾 cup feeding before breastfeeding for preterms
👉🏾 small babies lose heat from the head fast

Nurse Grace said ⟦NAME|Baby Tolu⟧ might go home next week. I want to be there for the discharge!!

#NaijaNurses #200L #NICU #KangarooMotherCare
`,
  },
  {
    id: "ng-free-006",
    setting: "student life",
    role: "medical student",
    text: `
Life as a 200L medical student in Nsukka: no light for three days, fuel at ₦1,200 a litre, and a physiology test on Monday. I've started selling perfume oils to my coursemates to cover handouts and data. My mum thinks I should focus on my books, my dad thinks business is also education. They are both right.

Sunday service is the only time I fully switch off. Our choir director, Bro. Emeka, lets me play keyboard even though I miss half the practices because of dissection.

Academically, I finally understand the Frank-Starling law thanks to Dr. Okafor's lecture, and I'm reading Purple Hibiscus by Chimamanda Ngozi Adichie for our humanities elective. My friend Chiamaka says I should read Half of a Yellow Sun next.

Medicine here is hard, but I love it. My cousin who is a house officer in Enugu says it gets harder. Thank you, cousin, very encouraging.
`,
  },
  {
    id: "ng-comment-007",
    setting: "hospital pharmacy",
    role: "pharmacy lecturer",
    text: `
Well done, Kelechi. Counselling with pictures is a skill many qualified pharmacists never learn. Keep practising your Igbo with Obinna, and learn the Hausa terms too — you will meet patients from everywhere. And don't fear the computer; I was once a 200-level student who jammed the only printer in the faculty. — Pharm. Chioma Eze
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "spinal rehabilitation",
    role: "physiotherapy student",
    text: `
Description: On my first physiotherapy clinical exposure in Lagos, I observed the treatment of ⟦NAME|Mr. Tunde Bakare⟧, a bus driver with a spinal cord injury after a crash on Third Mainland Bridge. His wife ⟦NAME|Kemi⟧ came with him, and she asked me to send the home exercise sheets to her email, ⟦EMAIL|kemibakare73@yahoo.com⟧. Their danfo, ⟦OTHER|KJA 318 XD⟧, was still parked in front of the hospital because nobody else could drive it.

Feelings: I felt sad for him, and embarrassed that I was excited about seeing an ASIA assessment in real life.

Evaluation: Our clinical supervisor, Mr. Ayodele Ojo, did the ASIA impairment scale and explained the C6 level. He taught ⟦NAME|Kemi⟧ transfers and pressure relief.

Analysis: Injury affects the whole family's income. Nobody had thought about the bus until she mentioned the loan on it.

Conclusion: Rehabilitation must include the social side.

Action plan: Read the ISNCSCI worksheet guide, practise dermatome testing with my coursemate Tobi, and ask Mr. Ojo about a referral to social welfare.
`,
  },
  {
    id: "ng-free-009",
    setting: "health outreach",
    role: "medical student",
    text: `
I volunteered with a medical outreach in Kano during the long vacation, organised by our students' association. Dr. Halima Sani led the team, and my job was to take blood pressures and blood sugars in the market. In two days we screened over 400 people. The highest BP I recorded was 220/130, in a man in his fifties who had never been to a clinic; Dr. Sani wrote him a referral letter to the general hospital.

I went in thinking outreach was mostly charity photos. It's not. We gave out amlodipine and metformin, but more importantly we gave people a number to remember and a reason to come back.

I also learned some Hausa: "Ina kwana", "Sannu", and "hawan jini" for high blood pressure. My friend Abubakar laughed at my accent for two days straight.

Dr. Sani said that most hypertension in Nigeria is undiagnosed, and that the people we saw would be the lucky ones if they went. I believe her now. I also now believe in comfortable shoes.
`,
  },
];
