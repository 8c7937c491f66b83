import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Kenya, South Africa, Ghana and Egypt: 14 items, 7 with identifiers, 2 comments. */
export const AFRICA_MIDDLE_EAST: readonly SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "medical admissions",
    role: "medical officer intern",
    text: `My first week as a medical officer intern on the medical wards, and the admission I keep going back to.

⟦NAME|Mzee Kamau wa Njoroge⟧, a tea farmer, was brought in at night by his daughter with breathlessness, a swollen abdomen and a BP of 200/120. He was on no medication. His SHA number, ⟦ID|CR4471920836⟧, was in an envelope with an old X-ray. We admitted him to ⟦FACILITY_ROOM|Ward 7D at KNH⟧, on a bed he shared with another man for the first night.

His creatinine was 1,140 µmol/L. End-stage kidney disease, probably hypertensive. The renal registrar, Dr. Wanjiru, explained dialysis to the daughter, who asked the cost three times in three different ways.

I learnt two things. First, sharing beds is not "normal" just because it happens every night; it is an infection control issue and a dignity issue, and I had stopped seeing it within four days. Second, the daughter gave me her number, ⟦PHONE|+254 722 555 014⟧, and asked me to call "when the doctors decide". I realised that in her eyes I was one of the doctors who decide. I am trying to act like it.`,
  },
  {
    id: "ke-what-002",
    setting: "sepsis",
    role: "registrar (internal medicine)",
    text: `What?
A 29-year-old woman with advanced HIV (CD4 43) came in with fever, confusion and hypotension. We gave fluids, ceftriaxone, and sent cultures. Cryptococcal antigen came back positive in serum, and the LP opening pressure was 38 cmH2O.

So what?
Cryptococcal meningitis is common here and still kills too many people. The WHO 2022 guidelines recommend a single high dose of liposomal amphotericin B with flucytosine and fluconazole. We didn't have liposomal amphotericin; we used conventional amphotericin with fluconazole, with pre-hydration and potassium supplementation. And therapeutic LPs, daily, for the pressure. The intern, Dr. Otieno, had never done a therapeutic LP. By day three he was doing them alone.

Now what?
Two lessons. First, sepsis in advanced HIV is rarely "just sepsis"; screen for cryptococcus and TB early (urine LAM helped too). Second, teaching an intern a procedure well on day one pays back all week. I want to write a one-page guide on therapeutic LPs for our ward, with Dr. Achieng, our ID consultant.`,
  },
  {
    id: "ke-free-003",
    setting: "delirium",
    role: "registrar (internal medicine)",
    text: `⟦NAME|Cucu Wambui⟧ was ⟦AGE|ninety-two⟧, she told us, and had outlived three of her children. She was admitted with pneumonia and on the second night she became loudly, frighteningly delirious, shouting in Kikuyu that soldiers were coming. The nurses thought she was possessed; one suggested calling a pastor.

I was on call. I checked her sugar (4.9), her oxygen (88% on room air, which we corrected), her sodium (126) and her bladder (distended; 700 mL out with a catheter). I did not give haloperidol. Her granddaughter, ⟦NAME|Njeri⟧, a teacher, came down from their home in ⟦LOCATION|Gakoe village⟧ at midnight and sang to her until she fell asleep.

I learned from the nurses' fear. Delirium is not widely known among our staff; the word isn't used. I gave a ten-minute talk at the morning meeting about CAM and the common causes, and the chaplain, Father Mwangi, asked if he could sit in.

She went home after nine days, knowing all of us by name.`,
  },
  {
    id: "ke-comment-004",
    setting: "sepsis",
    role: "consultant (mentor comment)",
    text: `Excellent reflection, and thank you for teaching Dr. Otieno so generously. A small addition: repeat the serum cryptococcal antigen screen in all patients with CD4 under 200 at admission; it's in our county protocol but not always done. I would support you presenting the therapeutic LP guide at the departmental CME on Friday.`,
  },
  {
    id: "za-free-001",
    setting: "medical admissions",
    role: "medical officer",
    text: `Friday night intake at a regional hospital in KwaZulu-Natal. Medical admissions number 27, and the last one at 05:00 is the one I'm writing about.

⟦NAME|Gogo Thandiwe Mkhize⟧, ID number ⟦ID|${saId("340515012308")}⟧, ⟦AGE|90 years old⟧, brought in by ambulance from ⟦LOCATION|Ezibomvini near Nkandla⟧ with vomiting and confusion. Her granddaughter had found her on the floor. Glucose 38 mmol/L, sodium 152, urea off the scale. Hyperosmolar hyperglycaemic state. She was on metformin only and had missed clinic for four months because the taxi fare went up.

We started slow fluid replacement, low-dose insulin after the glucose stopped falling with fluids alone, potassium, and thromboprophylaxis. The sister in charge, Sister Dlamini, knew the exact protocol and reminded me about checking corrected sodium hourly.

She recovered, slowly. What I want to write about is the taxi fare. Her diabetes was well controlled for years; what failed was the access. I'm starting a list of patients on our ward who miss clinic because of transport, with Dr. Naidoo, our family physician, to take to the sub-district.`,
  },
  {
    id: "za-what-002",
    setting: "TB and HIV",
    role: "registrar (internal medicine)",
    text: `What? A 35-year-old man on ART for five years, admitted with weight loss, night sweats and a chest X-ray showing miliary shadowing. Urine LAM positive. Started on rifampicin-based TB treatment and we changed his dolutegravir to twice daily because of the rifampicin interaction. Two weeks later he deteriorated with fever and new lymphadenopathy: TB-IRIS, or treatment failure, or drug-resistant TB?

So what? I was ready to add second-line drugs. My consultant, Prof. Mahlangu, slowed me down: GeneXpert had shown no rifampicin resistance, and he had been adherent. Paradoxical IRIS was most likely. We gave prednisone 1.5 mg/kg/day for two weeks and he improved.

I learnt that in TB/HIV medicine the question "is this failure?" is always worth asking and the answer is often "no". The Southern African HIV Clinicians Society guidelines discuss this well. I also learnt to ask about adherence without making people feel accused: I now ask "how many doses do you think you missed last week?" rather than "are you taking your pills?"

Now what? I'm going to present this at our Wednesday meeting. I also want to read the PredART trial properly.`,
  },
  {
    id: "za-free-003",
    setting: "discharge planning",
    role: "intern",
    text: `Discharge summaries are not glamorous, but I nearly sent a man home to nowhere.

⟦NAME|Mr Sipho Ndlovu⟧, admitted with a stroke, had a right hemiparesis and was due for discharge on ⟦DATE|Monday 10 June⟧. I had his address as ⟦ADDRESS|1147 Mahlangu Street, Mamelodi East, 0122⟧, and the physio had cleared him to walk with a frame. The OT, Lerato, asked one question on the ward round: "who's at home?" Nobody knew.

It turned out he lived alone in a backyard room, with an outside toilet 20 metres away and steps to the gate. His son lived in Soshanguve and worked night shifts.

We delayed discharge by four days. Lerato did a home visit. The social worker arranged a caregiver through an NGO, and the son came in for a family meeting. He went home on the Friday with a commode and a plan.

The lesson for me as an intern is that discharge is a clinical decision, not an administrative one. Now I ask "who's at home?" on day one.`,
  },
  {
    id: "za-comment-004",
    setting: "TB and HIV",
    role: "medical officer (peer comment)",
    text: `Great case. I had almost the same patient last year and we did add second-line drugs, and then had to stop them when the line probe assay came back sensitive. Your approach of asking "is this failure?" first is better. Also agree on adherence questions; I use "some people find it hard to take every dose, how is it for you?"`,
  },
  {
    id: "gh-free-001",
    setting: "deteriorating patient",
    role: "house officer",
    text: `My first night as a house officer in medicine, and I was not ready.

At 1 am the nurse called me to ⟦FACILITY_ROOM|bed 19 on the male medical ward at Komfo Anokye⟧. ⟦NAME|Opanyin Kwabena Asante⟧, admitted the day before with a "simple" chest infection, was breathing at 40 a minute and his BP was 80/40. I froze for about ten seconds. Then I remembered ABCDE, and I started.

His saturation was 82%. Oxygen, two cannulas, fluids, blood cultures. I couldn't get an ABG. I called the senior medical officer, Dr. Boateng, who came in 15 minutes and helped me start norepinephrine through a peripheral line. His son, ⟦NAME|Kofi⟧, who was sleeping in the corridor, held the torch while I put in the second line.

He didn't make it to morning. The next day I was asked to fill in the death certificate, with his Ghana Card number, ⟦ID|GHA-718204937-4⟧, which Kofi brought from the house.

My reflection: I did the right things but I did them late. The warning signs were there at 10 pm in the obs chart. I'm learning to read the obs chart like a story, not a list.`,
  },
  {
    id: "gh-free-002",
    setting: "ward round",
    role: "medical officer",
    text: `Teaching ward round with Prof. Amoako this week; these are my notes, mostly for the new house officers.

- Hypertensive heart disease is still our commonest heart failure cause. He wants us to stop writing "CCF" without an echo and an etiology.
- Sickle cell crisis: the first drug is analgesia, the second is time. Don't make people wait for pethidine. Morphine, properly dosed.
- Snakebite, haemotoxic: the 20-minute whole blood clotting test. We did one at the bedside.
- He examined a young woman for signs of Graves' disease: exophthalmos, lid lag, pretibial myxoedema. Then he asked us why propylthiouracil is preferred in the first trimester.
- On every patient: "What does the family think is happening?" He says it explains half of the "non-adherence" in our notes.

He ended the round by saying, "A patient is not a bed number." That was aimed at one of the house officers. It was me.`,
  },
  {
    id: "gh-what-003",
    setting: "end of life care",
    role: "resident (internal medicine)",
    text: `What? A 64-year-old woman with metastatic cervical cancer was in pain for three days on our ward because morphine was "finished" at the hospital pharmacy. We gave tramadol and paracetamol. She wept at night.

So what? In Ghana, oral morphine is still hard to get in many hospitals, despite being on the WHO essential medicines list since 1977. We talk about palliative care as an add-on. For her it was the whole of her care. My consultant, Dr. Mensah, said the pain ladder is only a ladder if the top rung exists.

The chaplain, Rev. Sister Akua, sat with her and her sister every evening. The pain didn't go, but the fear reduced.

Now what? Our department is writing to the Ghana Health Service through the palliative care team to request a steady morphine supply. I'm also learning to prescribe laxatives with every opioid, and to ask "what are you most afraid of?" early.`,
  },
  {
    id: "eg-free-001",
    setting: "stroke",
    role: "resident (neurology)",
    text: `A stroke case from my first year of residency in neurology, written for our department's reflection group.

⟦NAME|Hagg Mahmoud Abdel-Rahman⟧ arrived at 23:10 on ⟦DATE|6 October⟧ with right hemiplegia and aphasia, brought by his sons from ⟦LOCATION|Kafr El-Sheikh Salem village near Tanta⟧, a two-hour journey. Last seen well at 20:30. NIHSS 17.

We were within the window for thrombolysis. The CT was clear. His son, ⟦NAME|Ahmed⟧, wanted to wait for his older brother to arrive from Alexandria before consenting. The older brother was on the phone, and the call kept dropping.

Dr. Heba, my assistant lecturer, told me to explain clearly and set a time: "We need a decision by 23:45." We gave alteplase at 23:52, with consent from Ahmed after the brother agreed on speakerphone. He was admitted to ⟦FACILITY_ROOM|the stroke unit at Kasr Al Ainy, bed 4⟧.

By discharge he could say his sons' names. What I learned: in our families, consent is a group decision. Time pressure has to be explained as a risk the family is part of, not a demand from the doctor.`,
  },
  {
    id: "eg-what-002",
    setting: "hepatic encephalopathy",
    role: "resident (internal medicine)",
    text: `What? In one week on the hepatology ward I admitted four patients with hepatic encephalopathy, all with cirrhosis from hepatitis C acquired decades ago. Two had variceal bleeds. One had spontaneous bacterial peritonitis with an ascitic neutrophil count of 480.

So what? Egypt's national hepatitis C programme treated millions of people with direct-acting antivirals, one of the biggest public health campaigns anywhere. But cured virus does not mean cured liver. Our wards are still full of people with cirrhosis, and their encephalopathy is usually triggered by something we can find: bleeding, infection, constipation, dehydration, benzodiazepines, or hyponatraemia.

My professor, Prof. Samia, makes us list the trigger before we write "lactulose". She also makes us check for asterixis on every round and explain the West Haven grades to the family.

Now what? I've started a triggers checklist on the ward. I also read the 2014 AASLD/EASL guideline on hepatic encephalopathy again, and the newer EASL 2022 guideline on decompensated cirrhosis.`,
  },
  {
    id: "eg-free-003",
    setting: "privacy incident",
    role: "resident (internal medicine)",
    text: `A privacy incident taught me more about our hospital system than any lecture.

A colleague reported that someone had been logging into the ward's shared computer account and printing the records of ⟦NAME|Mrs. Fatma El-Sayed⟧, a ⟦AGE|ninety-one-year-old⟧ widow admitted with heart failure. Her national ID, ⟦ID|23207150101846⟧, had been typed into the search field 23 times in two days. The IT office traced the logins to an external address, ⟦IP|203.0.113.58⟧, using a password that had been written on a sticky note on the monitor.

It turned out to be her nephew, who was in a dispute with his cousins about her flat. He was trying to show that she was "not in her mind".

I had written in her notes that she had "mild cognitive impairment, capacity intact for treatment decisions". That sentence was printed and shown to a lawyer.

What changed: personal logins for every resident, no shared accounts, and the sticky note is gone. I now think about who might read what I write, and I am more careful that my words are precise. Dr. Karim, our quality lead, said that privacy is part of patient safety. I believe him now.`,
  },
];
