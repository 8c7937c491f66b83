import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: hospital and community pharmacists, blood-bank staff, radiographers, therapists, dentists, audiologists. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "hospital pharmacy",
    role: "clinical pharmacist",
    text: `
**Description:** I am a Pharm.D intern posted to the medicine wards. On ⟦DATE|18.01.2024⟧ I was reviewing the case sheet of ⟦NAME|Thankamma⟧, a ⟦AGE|91-year-old⟧ lady in ⟦FACILITY_ROOM|Female Medical Ward 3, bed 12, General Hospital Ernakulam⟧ (UHID ⟦ID|GHE/2024/017742⟧). Her grandson had submitted her Aadhaar, ${"⟦ID|" + aadhaar("4521 8830 617") + "⟧"}, for the government scheme, and a photocopy was stapled to the front of the file. The prescription said "Tab. Losar 50 mg OD". The ward indent had come back from pharmacy as Lasix 40 mg.

**Feelings:** I was shocked that two such different drugs could be swapped, and worried because she was already dehydrated with a sodium of 128.

**Evaluation:** I caught it before the first dose. Sister Mercy, the staff nurse, stopped the tablet at the trolley when I asked her to check.

**Analysis:** The doctor's handwriting made "Losar" look like "Lasix", and the indent clerk read what was familiar. Look-alike, sound-alike brand names are a known problem in India because we have so many brands for one molecule. If the prescription had been written in generic name, losartan, the mistake could not have happened.

**Conclusion:** Writing generic names is not only a policy from the Medical Council. It is a safety barrier.

**Action plan:** I presented the case at our department meeting, and our HOD, Dr. Jacob, has asked interns to audit generic prescribing on two wards next month.
`,
  },
  {
    id: "in-what-002",
    setting: "blood bank",
    role: "laboratory technician",
    text: `
**What?** In our blood bank in Pune, a 30-year-old woman posted for elective caesarean section came for grouping and cross-matching. Forward grouping showed agglutination only with anti-D, so she looked O positive, but in the reverse grouping her serum agglutinated even the O cells strongly. I repeated it twice, thinking I had made a pipetting error. My senior, Dr. Kulkarni, asked me to test with anti-H lectin. No agglutination. She had the Bombay phenotype.

**So what?** If we had labelled her as ordinary O positive and issued O cells, she would have had a severe haemolytic transfusion reaction, because her anti-H reacts with the H antigen present on all O cells. I realised how much I had been trusting the forward grouping alone, and how reverse grouping is not a formality. It is also humbling that this phenotype, first described in Mumbai in 1952, is still missed in small labs that skip reverse grouping to save time.

**Now what?** We contacted the rare donor registry and arranged two units of Bombay blood from another city in case she bled. She delivered safely without needing any. I have started teaching the new technicians to never "correct" a mismatched reverse group without investigation. I also learned to trust my doubt when two results disagree, rather than assuming I made the mistake.
`,
  },
  {
    id: "in-free-003",
    setting: "prosthetics and rehabilitation",
    role: "physiotherapist",
    text: `
⟦NAME|Gurpreet Singh⟧ is a 46-year-old tractor mechanic from ⟦LOCATION|village Bhattian Kalan, near Rajpura⟧ who lost his right leg below the knee after a thresher accident. He was fitted with a Jaipur foot at a camp last winter. When he came to our outpatient rehab department he was walking with a vaulting gait, and the socket had rubbed an ulcer over his tibial crest.

The limb had a serial stamped on the pylon, ⟦DEVICE|JF-PB-22318-R⟧, and the camp records listed his mobile as ⟦PHONE|+91 95550 18324⟧, so we could trace who made it. The socket had been cast when his stump was still swollen; six months later it had shrunk and he was padding it with two old socks and a piece of a turban cloth.

I learned a lot about my own assumptions. I had half expected a patient from a village to accept a poor fit without complaint. Instead he had a list of exact problems, written in Gurmukhi by his daughter, including that the foot slipped on wet mud in his workshop. My senior, Dr. Harpreet Kaur, asked him to demonstrate squatting, which he needs to do for his work, and that became our main goal rather than walking on a flat corridor.

We arranged a new socket, taught stump bandaging and desensitisation, and gave him a home programme he could do between jobs. Good prosthetic care is not a one-time camp. It is follow-up, and that is what most patients cannot get.
`,
  },
  {
    id: "in-free-004",
    setting: "dental outpatient",
    role: "dental intern",
    text: `
During my internship in Bengaluru I saw a 24-year-old delivery rider who came to the dental OPD because he could not open his mouth wide enough to eat a dosa. His interincisal opening was 22 mm. The buccal mucosa was blanched and leathery with palpable vertical fibrous bands, and he had burning with spicy food. He had been chewing gutka and areca nut since he was fourteen.

Oral submucous fibrosis is something I had read about in Shafer's textbook, but I had pictured it in older men. Seeing it in someone younger than me was disturbing. My guide, Dr. Shetty, explained that it is potentially malignant and that the transformation rate may be several percent, so biopsy and long-term follow-up matter.

The difficult part was the conversation. He said all his friends chew, that it keeps him awake on night deliveries, and that the packets are cheap. I felt myself becoming preachy. Dr. Shetty stepped in and asked him what he would gain if he stopped, in his own words. He said he wanted to eat biryani at his sister's wedding without pain.

We started intralesional steroid injections, mouth-opening exercises with ice-cream sticks, and referred him to the tobacco cessation clinic. I learned that motivational interviewing works better than fear, and that in a dental OPD we are often the only health workers who see the inside of a young man's mouth.
`,
  },
  {
    id: "in-what-005",
    setting: "radiology",
    role: "radiographer",
    text: `
**What?** I work as an ultrasound technician assisting the radiologist in a private diagnostic centre. On ⟦DATE|12.01.2024⟧ a couple came for an obstetric scan at 16 weeks. The referral slip gave the patient as ⟦NAME|Mrs. R. Sharma⟧, with her address as ⟦ADDRESS|B-14, Shakarpur, Delhi 110092⟧. While I was filling in Form F for the PCPNDT register, her mother-in-law came into the room and asked me directly, in Hindi, whether it was "a boy or a girl". She offered money "for sweets".

**So what?** Sex determination is illegal under the PCPNDT Act, and our centre has the signboard at the entrance. I knew the law. What I did not expect was how personal and insistent the pressure felt, and how the pregnant woman herself stayed silent and looked at the floor. I worried that if we refused, they would simply go to another centre that would tell them. I also worried about what might happen to the woman if it was a girl.

**Now what?** Dr. Malhotra, the radiologist, refused firmly and politely, and documented the request. Afterwards he spoke with the woman alone while I stayed as chaperone, and gave her the number of the women's helpline. I have learned to refuse clearly without arguing, and to notice the person in the room who is not speaking. I want to learn more about how to respond to possible coercion in pregnancy.
`,
  },
  {
    id: "in-gibbs-006",
    setting: "paediatric occupational therapy",
    role: "occupational therapy student",
    text: `
**Description:** In my paediatric OT posting in Mumbai I was given a six-year-old boy with autism who could not tolerate haircuts, nail trimming or certain school uniforms. His mother said every morning began with a meltdown.

**Feelings:** I felt overwhelmed. I had read about Ayres sensory integration but never applied it, and my supervisor, Ms. Pereira, expected me to plan the session.

**Evaluation:** The first session went badly. I brought out a brush for the Wilbarger protocol too quickly, and he screamed and hid under the swing. What went well was that I stopped, sat on the floor and let him come to me.

**Analysis:** Ms. Pereira explained that I had skipped the assessment step. We should have used the Sensory Profile 2 questionnaire with his mother first, and built trust through play he chose. I also realised I had approached him as a problem to fix rather than a child to understand.

**Conclusion:** In therapy with children, the relationship is the intervention. Techniques come after.

**Action plan:** In the next three sessions, we used heavy work like pushing a weighted cart, gave his mother a sensory diet to try at home, and made a visual schedule for mornings. By the fourth week she reported two calm mornings in a row, which she celebrated more than anything I had achieved. I will spend more time on assessment and less on equipment.
`,
  },
  {
    id: "in-free-007",
    setting: "community pharmacy",
    role: "medical student",
    text: `
For our community medicine posting I spent two days with a pharmacist in a small town in Sivaganga district. Most people in the area call the pharmacy "the medical shop", and the pharmacist, Mr. Selvaraj, knows almost every family by name.

One afternoon an elderly lady everyone called ⟦NAME|Muthulakshmi Paati⟧ came in with a plastic bag of empty strips. She could not read, and she identified her medicines by the colour of the strips. On ⟦DATE|14.02.2024⟧ the brand of her metformin changed, and the new strip was red instead of silver. She thought it was a new medicine and took both the old and the new for nearly a week.

Mr. Selvaraj only found out because she came to ⟦LOCATION|the medical shop opposite the Mariamman temple in Thiruppuvanam⟧ complaining of loose stools and tiredness. He sat with her and drew little pictures on each strip: a sun for morning, a moon for night. He also wrote "same medicine, new colour" in Tamil on the back for her son to read.

I realised how much we assume literacy when we counsel patients. In our OSCEs we say "take one tablet twice a day after food", but for many of our patients the packaging is the prescription. Brand switching, which seems like a purely commercial matter, becomes a clinical risk. I want to remember to ask what a patient's medicines look like, not just what they are called.
`,
  },
  {
    id: "in-what-008",
    setting: "audiology",
    role: "audiologist",
    text: `
**What?** I run the newborn hearing screening in a government maternity hospital in Hyderabad. We use otoacoustic emissions on day two and automated ABR for those who refer. Last month I had a long run of "refer" results on the left ear in babies delivered by caesarean, and I started to wonder whether my probe was faulty.

**So what?** My supervisor, Dr. Iyer, reminded me that vernix and fluid in the ear canal are common in the first 48 hours, especially after caesarean birth, and that a high refer rate from a single day is usually about timing rather than equipment. But she also said that the real danger was the opposite: becoming so used to false refers that I would reassure parents too quickly. About one to two babies per thousand have permanent hearing loss, and the JCIH 1-3-6 goals exist because early hearing aids change language outcomes.

**Now what?** I recalibrated the probe to be safe, started rescreening at discharge instead of at 24 hours where possible, and changed how I talk to parents. Instead of "don't worry, it's probably fluid", I now say "this is common, but it is important to come back for the second test", and I write the appointment date on the discharge card myself. Our loss to follow-up has been about 30%, which worries me more than any probe fault.
`,
  },
  {
    id: "in-free-009",
    setting: "clinical nutrition",
    role: "dietitian",
    text: `
⟦NAME|Verma uncle⟧, as everyone in our diabetes clinic calls him, is a 67-year-old retired bank clerk from Lucknow whose HbA1c has been above 10% for three years. He is charming, and he never follows the diet chart. For months I took it personally.

In the last visit I tried something different. Instead of handing him a printed 1,600 kcal plan, I asked him to show me his phone. He is the admin of a WhatsApp group called ⟦OTHER|"Verma Parivar Sugar Free Club – Aliganj Sector C"⟧, where his brothers and cousins post photos of their meals and their glucometer readings every day. He proudly showed me his own posts: a fasting reading of 182, a breakfast of two parathas with butter, and a cousin's reply of a thumbs-up.

I realised the group was a powerful tool that I had been ignoring. With his permission I gave him simple swaps that looked good in photos: besan chilla instead of paratha, a katori of dal instead of extra rice. He asked me to email him a list of portion sizes at ⟦EMAIL|rk.verma.aliganj@example.com⟧ so he could post it to the group.

I am still uneasy about the boundary. A dietitian cannot be part of a family WhatsApp group, and I declined when he invited me. But I learned that patients already have their own support systems. My job is to bring the advice to where they are, not to expect them to come to my chart.
`,
  },
  {
    id: "in-gibbs-010",
    setting: "thalassaemia day care",
    role: "blood bank medical officer",
    text: `
**Description:** ⟦NAME|Baby Rupsa⟧ is an eight-year-old girl with thalassaemia major who has come every three weeks since infancy to ⟦FACILITY_ROOM|Bed 7, Thalassaemia Day Care Unit, NRS Medical College⟧ in Kolkata. Her CR number, ⟦ID|NRS-TH-0093⟧, is printed on the cover of a file as thick as a textbook. On ⟦DATE|2nd February⟧ a unit of packed cells arrived at her bed that had been crossmatched for another child with a similar name on the same bench.

**Feelings:** I felt sick. She had already been cannulated and her mother was holding her hand.

**Evaluation:** The bedside check worked. Our staff nurse, Didi Anjali, read the bag label aloud against her wristband and stopped. Nothing was transfused. What failed was our lab: two samples were labelled at the same time, and the bag tags were written by hand.

**Analysis:** Thalassaemia children receive hundreds of transfusions in their lives, and they develop alloantibodies. A wrong unit is not only an ABO risk; it can add to her antibody burden and make future blood harder to find. Routine makes us careless, and the day care runs like a factory on Saturdays.

**Conclusion:** Familiarity is not identification.

**Action plan:** We now label one sample at a time, and we have started printing barcode tags. I have also asked Dr. Banerjee to include the mother in the bedside check, because she knows her daughter's blood group better than any of us.
`,
  },
  {
    id: "in-comment-011",
    setting: "blood bank",
    role: "medical student",
    text: `
Very nice case. In our pathology posting in Manipal, Dr. Rao told us that reverse grouping is the "conscience" of the blood bank, and I never understood it until now. Is the anti-H lectin from Ulex europaeus something every blood bank keeps? Our lab seemed to have only one small vial, and the technician said it expires quickly.
`,
  },
];
