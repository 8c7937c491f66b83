import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: postgraduates, interns, OT nurses and anaesthetists in surgical departments and outreach camps. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "ophthalmology outreach camp",
    role: "ophthalmology resident",
    text: `Cataract screening camp last Sunday, organised by our department with a local NGO, in the panchayat hall at ⟦LOCATION|Kothapalli village near Nalgonda⟧. We screened 212 people and selected 48 for surgery at the base hospital.

The one I keep thinking about is ⟦NAME|Lakshmamma⟧, a widow who came with her grandson ⟦NAME|Ravi⟧. She had bilateral mature cataracts and had not seen her grandson's face clearly in four years. To register her for the free surgery scheme, the camp coordinator needed her Aadhaar, and the grandson read it out loudly across the hall: ⟦ID|${aadhaar("4821 6537 902")}⟧. Three other families were within earshot, and the coordinator wrote it on a paper list that went into a cloth bag.

Our HOD, Dr. Srinivas, says the camps are the only way to reach the rural backlog, and he is right; the National Programme for Control of Blindness targets are not going to be met from the OPD. But we run them with paper lists and loudspeakers.

She had her right eye done on ⟦DATE|12 February⟧. When the patch came off she said "⟦NAME|Ravi⟧ has a moustache now", and the whole ward laughed. I have suggested to the coordinator that registration be done at a table away from the queue, with numbers written directly into the tablet. It is a small thing. The camp is still the best day of my month.`,
  },
  {
    id: "in-what-002",
    setting: "general surgery emergency",
    role: "surgery postgraduate",
    text: `What: my first unit emergency as a second-year PG, Tuesday night in Chennai. We had 14 admissions in casualty between 8 pm and 2 am: three appendicitis, one perforated duodenal ulcer, two obstructed hernias, a bunch of abdominal pain that turned out to be nothing, and a road traffic accident with a splenic injury who went straight to the OT.

So what: I used the Alvarado score on all three appendix cases and it matched the ultrasound in two. The third was a 19-year-old girl with a score of 5 whose ultrasound was normal; we kept her overnight and she settled. My unit chief, Prof. Balasubramanian, says that scores are for when you are tired, and clinical judgement is for when you are not. At 3 am I was tired.

The perforation had a Graham patch. The splenic injury was grade III and, to my surprise, was managed without splenectomy, following the same non-operative principles the 2017 WSES guidelines describe, with serial haemoglobins every six hours.

Now what: I need to sleep more before unit days, which is a joke, and I need to write my notes as I go, not at the end. By morning I could not remember which hernia was on the left. I have started using a small notebook with one line per patient and a tick when the note is done.`,
  },
  {
    id: "in-gibbs-003",
    setting: "burns ward",
    role: "staff nurse",
    text: `Description: ⟦NAME|Smt. Parvati Devi⟧, 38, admitted with 35% flame burns from a kerosene stove, UHID ⟦ID|2024-118-04471⟧, ⟦FACILITY_ROOM|Burns Ward, Bed 14, Safdarjung Hospital⟧. Her husband ⟦NAME|Mohan Lal⟧ stayed in the corridor and kept asking me for updates on his phone, ⟦PHONE|+91 98111 55502⟧, even when I was standing in front of him.

Feelings: I felt uncomfortable. The history he gave and the history she gave when he was out of the room were different.

Evaluation: I informed the resident, Dr. Chawla, and the medical social worker. We followed the hospital protocol for suspected domestic violence, which includes documenting her own words and making sure she had a chance to speak alone.

Analysis: in burns work we focus on fluids (Parkland formula, 4 mL/kg/%TBSA), dressings with silver sulfadiazine, and infection. The story behind the burn is often left to someone else. In this case I was the one at the bedside at 2 am when she told me.

Conclusion: I did what the protocol said, but I was slow. It took me two shifts to say anything.

Action plan: I will attend the one-day training on gender-based violence that our nursing superintendent has arranged, and I will ask every burns patient, alone, how the burn happened.`,
  },
  {
    id: "in-free-004",
    setting: "orthopaedics ward",
    role: "intern",
    text: `Orthopaedics posting, week 6. I did not expect to see so much tuberculosis. Pott's spine with a cold abscess, TB knee, TB of the hip in a teenager. The ortho PG, Dr. Rahul Menon, joked that in our unit "ATT is an orthopaedic drug". Isoniazid, rifampicin, pyrazinamide and ethambutol, then a long continuation phase, plus pyridoxine so no one gets neuropathy.

Meanwhile the trauma side keeps coming: two-wheeler accidents, fall from height at construction sites, a farmer with a crush injury. We put an Ilizarov frame on a young man with an infected non-union, and my job for three weeks was pin-site care, which I now have strong opinions about.

The thing I learned this week was from the physiotherapist, Ms. Anjali Rao. A patient's fracture had healed beautifully on X-ray and he still could not squat to use an Indian toilet. She said, "Surgeons fix bones; I fix lives." A little dramatic, but she is not wrong.

I have read Apley and Maheshwari for the exam and I can list the Salter–Harris types, Gartland grades and the Gustilo classification. What I cannot yet do is tell a family how long until their son goes back to work. I am going to sit in on Anjali's sessions on Saturdays and learn that part.`,
  },
  {
    id: "in-comment-005",
    setting: "peer comment",
    role: "surgery postgraduate",
    text: `Same experience in my first unit day in Pune. The notebook trick works; I also write the bed number and the plan in one line, and the senior resident checks it at 6 am. Prof. Balasubramanian's line about scores and tiredness is going on my wall. Keep writing these, they help the juniors more than you realise.`,
  },
  {
    id: "in-free-006",
    setting: "urology PCNL",
    role: "urology resident",
    text: `Percutaneous nephrolithotomy list, four cases. The third patient, ⟦NAME|Shri Ramesh Yadav⟧, had a staghorn calculus and a history of two previous open surgeries in his district. His family had created a WhatsApp group called "⟦OTHER|Ramesh Papa Kidney Op - Ward 5 Bed 22⟧" with about 60 members, and his son ⟦NAME|Vikas⟧ forwarded his CT and creatinine values into it every morning. ⟦NAME|Vikas⟧ also put my mobile number in the group without asking, and I got 17 messages in one night.

I was annoyed, and then I was ashamed of being annoyed. For a family from a village three hours away, this is how they stay together. The aunts in Gorakhpur were praying in the group. Somebody's cousin who is a pharmacist asked about tamsulosin.

Clinically, the case went well: supracostal access, two tracts, complete clearance on the post-op CT, no transfusion. Haemoglobin 11.2 next morning. But I learned more about communication than about PCNL.

What I have started doing: at the first meeting I give the family the ward landline and a time when the resident updates them, and I ask them to nominate one person. I told ⟦NAME|Vikas⟧ I was leaving the group, and he understood. My consultant, Dr. Agarwal, laughed and said he has been in about two hundred such groups.`,
  },
  {
    id: "in-what-007",
    setting: "ENT mastoid surgery",
    role: "ENT postgraduate",
    text: `What happened: I assisted my first canal wall down mastoidectomy for chronic otitis media with cholesteatoma. The surgeon, Dr. Kavita Iyer, let me drill for ten minutes under the microscope. I was so afraid of the facial nerve that I barely touched the bone, and she had to remind me that the facial nerve monitor is there so that I can work, not so that I can freeze.

Why it matters: CSOM is everywhere in our OPD, mostly in children from poorer areas, and most of them present late, with hearing loss and discharge for years. Unsafe ear disease can cause a brain abscess. We see two or three a year. The lecture slides say "cholesteatoma is a skin in the wrong place", which is the best definition I have heard.

Hearing: the patient had a 45 dB conductive loss before surgery, and we will know in three months what is left. Hearing aids cost more than many families earn in a month.

Now what: I will spend more time in the temporal bone lab; our department has six specimens, and the senior residents hog them. I also want to do a small audit of how long our CSOM patients waited between first symptoms and surgery. I suspect the answer will be "years", and I want a number. Dr. Iyer has agreed to supervise it for my thesis.`,
  },
  {
    id: "in-free-008",
    setting: "neurosurgery head injury",
    role: "neurosurgery resident",
    text: `Road traffic accidents are the bread and butter of neurosurgery emergencies in Bengaluru. This one stayed with me. ⟦NAME|Mohammed Irfan⟧, a delivery rider, came in at night on ⟦DATE|Saturday 3 August⟧ with an extradural haematoma after his scooter, registration ⟦OTHER|KA 03 HN 8814⟧, skidded on the flyover. No helmet. GCS dropped from 13 to 8 in the casualty while we were waiting for the CT.

We took him straight for craniotomy and evacuation. The classical lucid interval, which I had read about in Bailey & Love and never seen clearly, was exactly there in the history the traffic police gave us.

He made a good recovery. What haunted me was his employer's manager calling the ward to ask if ⟦NAME|Irfan⟧ would be back for the weekend. They were worried about the delivery schedule. His mother, who had travelled from Mysuru, did not know where he was for the first night because his phone was broken and no one had his family's number.

The brain trauma guidelines (Brain Trauma Foundation, 4th edition, 2016) tell me how to manage ICP. Nothing told me how to find a family. I now ask police and ambulance staff, every time, whether anyone has a family contact, and I write it on the first page of the case sheet.`,
  },
  {
    id: "in-free-009",
    setting: "anaesthesia spinal",
    role: "OT nurse",
    text: `I have been an OT nurse for eleven years, and today a new PG anaesthetist asked me to hold the patient's shoulders during a spinal for the first time. It reminded me of how I learned.

Sitting position, head down, "curl like a prawn", as my first sister-in-charge used to say. Bupivacaine heavy 0.5%, 2.5 mL, 25G Quincke needle, L3–L4 interspace. The PG missed twice. The patient, a man in his sixties for a hernia repair, was patient. On the third try the CSF flowed. He relaxed his shoulders, and I felt him relax under my hands.

Afterwards she thanked me and I told her what Dr. Ghosh told me years ago: that the nurse holding the patient sees the spine better than the anaesthetist behind the needle, so ask the nurse if the patient is straight. She looked surprised.

We went through the rest of the list: one hydrocele, one lap chole under GA, two circumcisions. Nothing dramatic. The ASA grades were 1 and 2. At the end of the day I thought about writing this down because I do not usually reflect; the nurses in my theatre rarely do. But the college has started asking for reflections for our CNE hours, and honestly this is the part of my work I am proudest of.`,
  },
  {
    id: "in-gibbs-010",
    setting: "paediatric surgery",
    role: "paediatric surgery resident",
    text: `Description: a three-month-old with a left inguinal hernia that became incarcerated overnight. ⟦NAME|Baby Aarav⟧, son of ⟦NAME|Pooja Sharma⟧, referred from a private nursing home. Address in the file: ⟦ADDRESS|House No. 47, Gali No. 3, Shastri Nagar, Meerut 250004⟧. Manual reduction under sedation failed, and we operated the same morning.

Feelings: I was very calm during the surgery and very anxious during the consent. The mother was alone. The father was working in Dubai and joined on a video call, and I had to explain testicular risk to a screen.

Evaluation: the hernia sac was thin and the testis looked dusky but recovered after reduction. Herniotomy alone, no mesh, as is standard in infants. Post-op feeds by four hours.

Analysis: in paediatric surgery, incarceration rates are highest in the first year, which is why our unit operates on infant hernias soon after diagnosis. This baby had been put on a waiting list at another place for "when he is bigger", which was the wrong advice.

Conclusion: I need to get better at consent through interpreters and screens.

Action plan: I have made a one-page diagram in Hindi with our unit's consultant, Dr. Neha Bansal, for parents of infants with hernias. We will review the baby at the follow-up OPD in six weeks.`,
  },
];
