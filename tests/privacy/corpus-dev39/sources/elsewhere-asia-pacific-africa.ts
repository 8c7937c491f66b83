import type { SourceItem } from "../../corpus/types.ts";
import { hkid, nhi, nric } from "../gen.ts";

/** New Zealand, Singapore, Hong Kong, Nepal, Cameroon, Ethiopia and Sierra Leone. */
export const ASIA_PACIFIC_AFRICA: readonly SourceItem[] = [
  {
    id: "nz-free-001",
    setting: "paediatrics",
    role: "fifth-year medical student",
    text: `Trainee intern year, paediatrics in Whangārei. ⟦NAME|Tama⟧, a six-year-old with a cochlear implant (processor serial ⟦DEVICE|CP1K-88301947⟧), came in with mastoiditis on the implant side. His NHI, ⟦ID|${nhi("ZZZ024")}⟧, was on every form, and his nan, ⟦NAME|Whaea Mere Tipene⟧, had brought him from ⟦LOCATION|the marae at Ōtangarei⟧ where the whānau were preparing for a tangi.

My registrar, Dr. Anand, and the ENT team had to decide whether to explant. It was a huge decision: ⟦NAME|Tama⟧ had only had the implant for a year, and he was finally starting to talk in te reo and English.

What I noticed most was how the decision was made. The consultant, Dr. Hēnare, insisted on a hui with the whānau, not a conversation at the bedside. ⟦NAME|Whaea Mere⟧ spoke for the family, and asked questions I would never have thought of: would he still be able to hear the karanga at the tangi, and could the removed device be returned to them?

IV antibiotics worked, and the implant stayed. But I learned that in Aotearoa, the family is the unit, and consent conversations are collective. The Māori health team was as essential as the surgeons.`,
  },
  {
    id: "nz-gibbs-002",
    setting: "medication error",
    role: "pharmacist intern",
    text: `Description: In my intern pharmacist year at a hospital in Christchurch, I dispensed a discharge prescription for methotrexate 10 mg "daily" instead of weekly. The supervising pharmacist, Mr. Liu, caught it during the final check.

Feelings: Horrified. Daily methotrexate is one of the classic fatal errors, and I had read the case reports.

Evaluation: The prescription itself had "daily" written by the house officer, which was the original error. But my job was to catch it, and I did not.

Analysis: I was tired, the queue was long, and I read what I expected to read. The bpac guidance and the Health Quality & Safety Commission alerts both warn about methotrexate frequency. Our dispensing software allowed "daily" without a warning.

Conclusion: I needed to slow down with high-risk drugs, and I needed the system to help me.

Action plan: I now use a personal checklist for methotrexate, opioids, insulin and anticoagulants. I reported the event, and our pharmacy manager, Ms. Taufa, asked the software vendor to add a hard stop on daily methotrexate. I also talked to the house officer, Dr. Sione, who was grateful and embarrassed, as I was.`,
  },
  {
    id: "nz-free-003",
    setting: "OSCE",
    role: "fourth-year medical student",
    text: `Our fourth-year OSCE at Otago included a station on a Māori patient with type 2 diabetes, played by an actor. I followed the structure I had learned, and I did well on the clinical content: HbA1c targets, metformin, empagliflozin for the kidneys. But the examiner, Dr. Parata, told me afterwards that I had never introduced myself properly or asked where the patient was from.

In te ao Māori, whakawhanaungatanga (making connections) comes first. The Meihana model, which we had been taught in second year, puts it at the start of the consultation, and I had skipped it because I was worried about time.

I felt embarrassed. I have Māori classmates, and I had heard them talk about this many times. I had learned the model, but not practised it.

What I am doing about it: my friend Aroha has been helping me practise a proper introduction, including my own background, which I had never thought about as relevant. It takes a minute and changes the whole conversation. I also want to spend some time with the Māori health team on my next placement.`,
  },
  {
    id: "sg-free-001",
    setting: "medication error",
    role: "house officer",
    text: `PGY1, general medicine. ⟦NAME|Mdm Tan Siew Lan⟧, 83, in ⟦FACILITY_ROOM|Ward 57, bed 12, Singapore General Hospital⟧, NRIC ⟦ID|${nric("S4012736")}⟧, was prescribed potassium chloride IV at 10 mmol/hr, which I wrote as 100 mmol/hr because of a slip on the keyboard. The pharmacist, Ms. Yeo, called within ten minutes.

I was scared. I knew IV potassium is a high-alert medication, and a tenfold error could be fatal. My MO, Dr. Lim, was calm. He said, "Good that it got caught. Now fix the order and file the report."

Her daughter, ⟦NAME|Ms. Jasmine Goh⟧, emailed the ward later that week from ⟦EMAIL|jasmine.goh.sl@example.sg⟧, asking why her mother's drip had been stopped and restarted. Dr. Lim and I called her together and explained openly what had happened. She was upset, then grateful for the honesty.

What I learned: typing errors are as dangerous as handwriting errors, and electronic prescribing is not a guarantee. I now reread every IV electrolyte order aloud before signing. Open disclosure felt terrifying, but it was the right thing.`,
  },
  {
    id: "sg-what-002",
    setting: "ward round",
    role: "third-year medical student",
    text: `**What?** On a geriatric ward round in Singapore, the consultant, A/Prof Chua, asked me to assess a patient's delirium. I used the 4AT, scored 6, and reported "delirium present". He asked me what the patient's baseline was, and I did not know.

**So what?** Delirium is a change from baseline, and without collateral from the family or the nursing home, a 4AT score is only half the story. The patient's daughter, when we called, said she had been confused for two years, with a diagnosis of moderate dementia. That did not rule out delirium, but it changed the interpretation.

**Now what?** I now always ask for collateral history before I label delirium, and I document the baseline. A/Prof Chua also taught us the CAM and how to use it with the 4AT, and explained that in Singapore many elderly patients speak Hokkien, Teochew or Malay, so language can affect cognitive testing. I am learning basic Hokkien phrases from the nurses, which has made the patients smile, even when I get the tones wrong.`,
  },
  {
    id: "sg-comment-003",
    setting: "ward round",
    role: "resident physician",
    text: `Nice reflection. The baseline question gets everyone, including residents. One tip: the nursing home transfer form usually has an AMT score from the last assessment, so check it before calling family. Also, Hokkien phrases are a great idea; patients remember the students who tried. Keep it up for your geriatrics posting next year.`,
  },
  {
    id: "hk-free-001",
    setting: "palliative care",
    role: "medical student",
    text: `Year 5, geriatrics attachment. ⟦NAME|Ms. Chan Yuk-ying⟧, ⟦AGE|ninety-eight⟧, HKID ⟦ID|${hkid("C668214")}⟧, lived alone in ⟦ADDRESS|Flat 1207, Block C, Wah Fu Estate⟧ until she fell and lay on the floor for a day. She was admitted, and her only relative, a nephew in Canada, could not be reached.

She wanted to go home. The team worried she could not manage. My tutor, Dr. Wong, asked me to do a home assessment with the occupational therapist, and we visited the flat together. It was tiny, clean and full of photographs. She knew where everything was.

The OT, Miss Lau, found three hazards: a loose rug, no grab rail in the bathroom and a high cupboard. All were fixable. The social worker arranged a personal emergency link alarm.

I learned that "unsafe discharge" is often a judgement made from a hospital bed, and that a visit to the patient's home changes the conversation. ⟦NAME|Ms. Chan⟧ went home two weeks later, with carers twice a day.`,
  },
  {
    id: "hk-free-002",
    setting: "night shift",
    role: "intern",
    text: `My first night as an intern in a public hospital in Hong Kong, medical ward. There were over fifty patients, and I was the only doctor on the floor after midnight, with a medical officer on call from home.

At 2 am a nurse called me to see a patient with chest pain. ECG showed ST elevation in the anterior leads. I called the MO, Dr. Ho, who told me to give aspirin and clopidogrel and call the cardiology team for primary PCI. I had done this in OSCEs many times, but never at 2 am, alone.

The cardiologist came within thirty minutes. The patient went to the cath lab. I sat in the nurses' station, shaking.

The senior nurse, APN Leung, made me a cup of Horlicks and said, "You did fine. The first STEMI is always the worst." She was right.

What I learned: the protocols work if you follow them; the nurses know more than you think; and you should always eat before a night shift. I have since taught the new interns my own checklist for chest pain at night.`,
  },
  {
    id: "hk-what-003",
    setting: "family feedback",
    role: "nursing student",
    text: `**What?** During my surgical placement, the daughter of a patient I had cared for, ⟦NAME|Mr. Lee Kwok-wah⟧, left a compliment card addressed to "the nursing student with glasses". She wrote her phone number, ⟦PHONE|5550 8127⟧, asking me to call her to say thank you in person. He had been discharged on ⟦DATE|21 May⟧ after a Whipple's procedure.

**So what?** I was happy, but unsure whether I could call. My clinical instructor, Ms. Tse, said calling a family privately is not appropriate, but the compliment could be put in my portfolio and acknowledged through the ward.

**Now what?** I wrote a reply card through the ward manager. I also learned that compliments are important for nurses' morale. Ms. Tse reminded me that the small things, like helping ⟦NAME|Mr. Lee⟧ with his first walk after surgery, are what families remember.`,
  },
  {
    id: "np-free-001",
    setting: "community medicine",
    role: "MBBS intern",
    text: `Rural posting in Dhading district. ⟦NAME|Sita Ama⟧, a woman in her sixties, came to the health post from ⟦LOCATION|Salang village, two hours' walk above the Ankhu Khola⟧ with a uterine prolapse she had hidden for eleven years. Her daughter-in-law, ⟦NAME|Kamala⟧, brought her, and gave her phone number, ⟦PHONE|984-555-1172⟧, for the follow-up camp.

The health post in-charge, Dr. Bhattarai, explained that prolapse is very common in Nepal because women carry loads soon after childbirth. I had read about it but never seen it. ⟦NAME|Sita Ama⟧ was ashamed and cried.

We fitted a ring pessary, and referred her to the next surgical camp. She asked me if she could keep working in the fields. I did not know how to answer. Dr. Bhattarai said honestly that it would be harder, and asked the family to help with the heavy loads. ⟦NAME|Kamala⟧ said she would.

I learned that the disease is a social one: workload, poverty and shame. And that a woman's daughter-in-law can be her strongest advocate.`,
  },
  {
    id: "np-what-002",
    setting: "OSCE",
    role: "final-year MBBS student",
    text: `**What?** My final exam in Kathmandu included a paediatrics long case: a child with severe acute malnutrition. The examiners were Prof. Shrestha and Dr. Karki. I described the clinical signs, the Z-scores and the management using the WHO ten steps, but I forgot to ask about the mother's own health and food.

**So what?** Dr. Karki asked me what the mother ate. I did not know. She had been eating once a day so that the child and the father could eat. The child's malnutrition was a family problem.

**Now what?** I now ask about the whole household's food in every malnutrition case. I also learned about the Nepal government's nutrition rehabilitation homes, which I did not know existed. My friend Pratik and I practised long cases with a focus on social history for the rest of the month. I passed, and I remember that question most of all.`,
  },
  {
    id: "np-free-003",
    setting: "obstetrics",
    role: "nursing student",
    text: `Maternity ward placement in Pokhara. ⟦NAME|Maya Gurung⟧ delivered a baby girl on ⟦DATE|Baisakh 12, 2081⟧ (⟦DATE|24 April 2024⟧), and had a postpartum haemorrhage an hour later. The midwife, Sister Laxmi, managed it: uterine massage, oxytocin, calling the doctor. I held the torch and the bowl.

I was frightened. The blood was more than I had imagined. Sister Laxmi was calm and gave clear instructions to me. The doctor came, gave misoprostol, and the bleeding stopped.

Afterwards Sister Laxmi asked me what I had learned. I said "the steps of PPH management". She said, "No. What did you learn about yourself?" I said I froze for a second when I saw the blood. She said that was normal, and that the way to get past it is to have a job: hold the torch, count the pads, call the time.

⟦NAME|Maya⟧'s husband came later and asked me to be in the baby's naming ceremony photo. I declined, kindly, because of confidentiality.`,
  },
  {
    id: "cm-free-001",
    setting: "clerking",
    role: "medical student",
    text: `Stage hospitalier, médecine interne, Yaoundé. I clerked ⟦NAME|Papa Ngono Jean-Marie⟧, a retired teacher admitted on ⟦DATE|lundi 17 février⟧ with a stroke, into ⟦FACILITY_ROOM|salle 3, lit 8, Hôpital Central de Yaoundé⟧. His son gave us his number, ⟦PHONE|+237 675 555 124⟧, and his address in ⟦LOCATION|Mvog-Ada, behind the Sainte-Anne chapel⟧.

My clerking was long and detailed, in French, and my resident, Dr. Fouda, said it was good but that I had written "patient non coopérant" for the neurological exam. In fact, ⟦NAME|Papa Ngono⟧ had aphasia. He was not uncooperative; he could not speak.

I felt ashamed. I had confused a symptom with an attitude.

Dr. Fouda taught me to test comprehension and expression separately, using simple commands and naming objects. ⟦NAME|Papa Ngono⟧ could follow commands but could not name a pen. Expressive aphasia, Broca's area.

What I learned: words like "non coopérant" are judgements, and they can hide a diagnosis. Now I describe what I see, not what I assume.`,
  },
  {
    id: "cm-gibbs-002",
    setting: "professionalism",
    role: "nursing student",
    text: `Description: During a placement in a district hospital in Bamenda, a patient's relative offered me money to give his father a bed nearer the window, which was cooler.

Feelings: I felt uncomfortable and a little insulted.

Evaluation: I refused, but I did not explain why. The relative looked hurt. My supervisor, Mrs. Ngwa, later told me I should have explained that bed allocation depends on the patient's needs, not on payment.

Analysis: In our context, small payments are sometimes expected, and families use them to secure care. Refusing without explanation can be read as a demand for more. Being clear and kind helps.

Conclusion: A clear "no" with an explanation protects both me and the family.

Action plan: I will prepare a sentence in English and Pidgin to refuse gifts and payments politely. I will also report attempts to my supervisor, so the hospital knows what families feel they have to do. Mrs. Ngwa said the best thing I did was not to accept; the next best would be to explain.`,
  },
  {
    id: "cm-comment-003",
    setting: "clerking",
    role: "internal medicine resident",
    text: `Bonne réflexion. I was the resident on that week. ⟦NAME|Papa Ngono⟧'s family came back to ⟦FACILITY_ROOM|salle 3⟧ to thank the students for explaining the aphasia to them. The speech therapy referral was accepted. Remember that many patients in our wards never get a proper neuro exam; your careful clerking made the difference.`,
  },
  {
    id: "et-free-001",
    setting: "breaking bad news",
    role: "intern doctor",
    text: `Internship, Tikur Anbessa, paediatric oncology. ⟦NAME|Abebe⟧, a nine-year-old boy from ⟦LOCATION|a kebele outside Debre Markos, near the Abay gorge road⟧, had relapsed acute lymphoblastic leukaemia. His father, ⟦NAME|Ato Tesfaye⟧, had sold their ox to pay for the bus and the first cycle of treatment.

The consultant, Dr. Mulugeta, asked me to be present when he told the father that curative treatment was no longer possible. He spoke in Amharic, slowly, and then waited. ⟦NAME|Ato Tesfaye⟧ said nothing for a long time, and then asked if he could take ⟦NAME|Abebe⟧ home before the rains.

I had expected anger. I did not expect that practical question, and I did not know how to respond. Dr. Mulugeta did: he arranged oral morphine, a letter for the health centre, and a phone call with the palliative nurse.

What I learned: in a resource-limited setting, breaking bad news is also about logistics. And silence, in any language, gives families space to think.`,
  },
  {
    id: "et-what-002",
    setting: "ward round",
    role: "fifth-year medical student",
    text: `**What?** During my internal medicine attachment in Addis Ababa, the attending, Dr. Tigist, asked me to present a patient with suspected tuberculous meningitis. I presented the CSF findings (lymphocytic pleocytosis, low glucose, high protein) but did not know the patient's HIV status.

**So what?** HIV changes everything in TB meningitis: the prognosis, the timing of ART, and the risk of IRIS. Dr. Tigist said I should never present a patient with TB without their HIV status.

**Now what?** I now ask about HIV status in every patient with an infection, and I read the WHO guidelines on the timing of ART in TB meningitis. I also learned how to counsel patients for HIV testing from the nurse counsellor, Sister Hiwot, who does it every day. My classmate Dawit and I have a quiz every evening on infectious disease presentations.`,
  },
  {
    id: "et-free-003",
    setting: "handover",
    role: "nursing student",
    text: `Surgical ward placement in Gondar. The night nurse, Sister Almaz, handed over twenty patients to the day team in ten minutes. She mentioned one patient as "fine" who later had a wound dehiscence.

I wondered if the handover was too fast. Our clinical instructor, Mr. Yonas, said yes, but that the real problem was that the wound had not been checked overnight because there was only one nurse for twenty patients.

We discussed SBAR and how to adapt it to our setting. Mr. Yonas suggested a short checklist for post-operative patients: wound, drain, pain, temperature, urine output. Sister Almaz agreed to try it, and it added only a few minutes.

I learned that handover problems are often staffing problems, and that a simple tool can help even when resources are limited. I also learned to respect night nurses, who do the impossible every night.`,
  },
  {
    id: "sl-free-001",
    setting: "obstetrics",
    role: "community health officer trainee",
    text: `Placement at the maternity unit in Makeni. ⟦NAME|Mammy Fatmata Kamara⟧, a traditional birth attendant, brought a woman in obstructed labour from ⟦LOCATION|Mabanta village, past the Rokel bridge⟧ on the back of an okada. The woman, ⟦NAME|Isatu⟧, had been labouring for two days. Her folder number was ⟦ID|MGH/MAT/2024/1186⟧.

The midwife, Sister Kadiatu, and the medical officer, Dr. Conteh, took her straight to theatre for a caesarean. The baby was alive, though it needed resuscitation.

What struck me was how the staff treated ⟦NAME|Mammy Fatmata⟧. In training we are taught that TBAs delay referrals. But she had brought ⟦NAME|Isatu⟧ in, and Sister Kadiatu thanked her publicly, on the ward. Later she told me: "If we shame them, they won't bring the next woman."

I learned that partnership with traditional birth attendants saves lives, and that respect is a clinical tool.`,
  },
  {
    id: "sl-free-002",
    setting: "night shift",
    role: "house officer",
    text: `First night shift as a house officer in Freetown, medical ward. I had forty patients and no senior on site. At 1 am, a patient with severe malaria began to convulse. I gave diazepam rectally, checked the glucose (2.1 mmol/L) and gave dextrose. The convulsion stopped.

I was alone and frightened. The night nurse, Sister Aminata, who had worked there for fifteen years, stayed with me. She knew where everything was: the glucometer, the dextrose, the oxygen concentrator that worked and the one that did not.

In the morning, my consultant, Dr. Sesay, reviewed the patient and said I had done the right things: ABC, glucose, anticonvulsant, antimalarial. He also said I should have called him, even at 1 am. I did not want to disturb him.

What I learned: always check the glucose in a convulsing patient; trust the nurses; and calling the consultant is not a weakness. Next time I will call.`,
  },
  {
    id: "sl-comment-003",
    setting: "night shift",
    role: "consultant physician",
    text: `Thank you for writing this honestly. I mean it: call me at any hour. Every consultant here started as a house officer alone on a ward at night. You did the basics well, and the glucose check is the one most people forget. Sister Aminata has taught more doctors than our medical school has.`,
  },
];
