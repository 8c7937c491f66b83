import type { SourceItem } from "../../corpus/types.ts";
import { cpf, curp, jmbg, taj } from "../gen.ts";

/** Elsewhere in the Americas and Europe: Mexico, Cuba, Brazil, Ukraine, Hungary, Serbia. */
export const AMERICAS_EUROPE: readonly SourceItem[] = [
  {
    id: "mx-free-001",
    setting: "servicio social",
    role: "pasante (social-service doctor)",
    text: `I am doing my año de servicio social as a pasante in a rural health centre in the Altos de Jalisco, the year every Mexican medical graduate spends in an underserved place. One patient has become the centre of my year.

⟦NAME|Doña Refugio Ramírez Solís⟧ is ⟦AGE|97 años⟧ and lives alone above the old tortillería in ⟦LOCATION|Rancho La Cofradía de Abajo⟧. When I first visited her on ⟦DATE|3 de febrero⟧, her CURP (⟦ID|${curp("RASR280611MJCMLF0")}⟧) was written on the inside of a cupboard door, because the state health programme kept asking for it and she kept losing the paper. Her grand-niece ⟦NAME|Lupita⟧ calls me from ⟦PHONE|33 5555 0172⟧ whenever her "sugar goes strange".

I arrived thinking my job was diabetes control: metformin, glibenclamide, HbA1c targets from the ADA. I have learnt that my job is mostly to not make things worse. Glibenclamide in someone her age is a hypoglycaemia waiting to happen, and the Beers criteria say so clearly. With my tutor at the jurisdicción, Dr. Elizondo, we stopped it and accepted higher sugars.

Night duty here means a phone by the bed and a motorbike. The nearest hospital is in Tepatitlán, ninety minutes away. I have learnt to prepare families for what to do before I arrive, because I often arrive late.

What I will take into my residency: less is often more in the very old, and a telephone number written on a fridge is a clinical tool.`,
  },
  {
    id: "mx-what-002",
    setting: "emergency department",
    role: "medical intern (internado de pregrado)",
    text: `¿Qué pasó? In my internado de pregrado in Monterrey, we do guardias every third night: 36 hours of work. On one guardia I saw a man in his fifties with chest pain at 4 am. I was exhausted and wrote "musculoskeletal" in the note after a normal first ECG. My resident, Dr. Garza, asked me for a second ECG at thirty minutes. It showed ST elevation in the inferior leads.

¿Y qué? I had let fatigue make the decision. The 2023 ESC guidelines on acute coronary syndromes recommend serial ECGs when the first is non-diagnostic, and I knew that. But at 4 am, after 22 hours awake, my knowledge was not available to me. Our guardia culture treats exhaustion as a badge of honour, and I had accepted it without thinking.

¿Y ahora qué? I am going to build habits that do not depend on being awake: every chest pain gets a second ECG, every note gets re-read before I sign it. I have talked with the other interns about swapping short rests at 3 am so at least one of us is fresh. The jefe de enseñanza, Dr. Treviño, has agreed to discuss guardia length with the hospital, but I am not optimistic. In the meantime, I will protect my patients from my own tiredness as best I can.`,
  },
  {
    id: "mx-comment-003",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `Excellent reflexión. I did the internado in Monterrey too and remember the 36-hour guardias well. The second ECG at thirty minutes saved more patients in our service than any new drug. One suggestion: add troponin timing to your habit, because the high-sensitivity protocols changed after 2020. And please keep talking to Dr. Treviño about rest. Change happens when interns keep asking.`,
  },
  {
    id: "cu-gibbs-001",
    setting: "family doctor's office",
    role: "family medicine resident",
    text: `Descripción: In my first year of residency in Medicina General Integral in Camagüey, I cover a consultorio with about 1,100 people. On ⟦DATE|14 de enero de 2026⟧ I did a home visit to ⟦NAME|Abuela Caridad⟧, ⟦NAME|Caridad Pérez Almeida⟧, ⟦AGE|noventa y un años⟧, at ⟦ADDRESS|Calle República No. 318, entre San Martín y Cristo, Camagüey⟧. Her carné de identidad, ⟦ID|34071208457⟧, was on the clinic's dispensarización card, but the card had not been updated since her stroke.

Sentimientos: I felt responsible. I had inherited the consultorio two months before and had not visited all the bedbound patients.

Evaluación: She had a sacral pressure ulcer and her daughter-in-law, ⟦NAME|Mayelín⟧, had been managing it with honey and sugar because dressings were scarce. The wound was not infected, and she was eating.

Análisis: The dispensarización system classifies everyone by risk group, and bedbound patients are meant to be seen monthly. I had prioritised pregnant women and children, which the programme also demands, and the elderly slipped. The shortages of medicines and fuel make home visits slower.

Conclusión: A system is only as good as its updates. My list was out of date.

Plan de acción: I now visit every group IV patient in my area each month, with the nurse, Licenciada Yamilé. We taught ⟦NAME|Mayelín⟧ turning and offloading with pillows. I also asked the policlínico for dressings, and we got some.`,
  },
  {
    id: "cu-free-002",
    setting: "rural posting",
    role: "recent medical graduate",
    text: `My servicio social after graduating from medical school in Havana took me to a mountain community in the Sierra Maestra, and this is a reflection on my first month.

I had never lived without the city's hospitals. Here, the nearest hospital is three hours by truck, and only if the road is dry. The consultorio has a blood pressure machine, a glucometer with few strips, and a small stock of essential medicines: enalapril, hydrochlorothiazide, amoxicillin, paracetamol, and salbutamol inhalers, often running short.

In my first month I delivered two babies at night with the nurse, Licenciada Odalys, because the mothers could not reach the hospital in time. I treated scorpion stings, diarrhoea, asthma, and more hypertension than I expected. I also learnt to make decisions with very little: to diagnose pneumonia by examination alone, and to decide who must be carried down the mountain and who can wait.

What I found hardest was the loneliness of decisions at night. My tutor, Dr. Fonseca, is reachable by radio, but not always. I have started keeping a notebook of every decision I make alone, with the reasoning, so I can discuss it with him once a week.

I am proud of Cuba's primary care model, but this month has shown me how much it depends on the energy of young doctors and nurses in isolated places. I hope I can keep that energy for two years.`,
  },
  {
    id: "br-free-001",
    setting: "basic health unit",
    role: "family and community medicine resident",
    text: `I am in my first year of residency in Medicina de Família e Comunidade in Recife, working in a Unidade de Saúde da Família. This is about a night I spent worrying about a patient and an email.

⟦NAME|Dona Severina da Conceição⟧ has uncontrolled hypertension and lives in ⟦ADDRESS|Rua do Rosário 112, Morro da Conceição, Recife – PE, 52280-020⟧. Her CPF is ⟦ID|${cpf("438.512.907")}⟧; I needed it to request a medication from the Farmácia Popular programme. Her granddaughter ⟦NAME|Jéssica⟧ asked me to send the prescription to ⟦EMAIL|jessica.conceicao.recife@gmail.com⟧ because the family would print it at a lan house. I did.

That night I realised I had sent her full list of medications, her diagnosis of HIV (diagnosed in 2009, well controlled), and her CPF to an email address that might be shared by the whole family. I had not asked ⟦NAME|Dona Severina⟧ whether her granddaughter knew about her HIV.

The next morning I visited her with our community health agent, Cícero. She said her granddaughter did know, and she was not upset. But she could have been. The LGPD (the Brazilian data protection law of 2018) is strict about health data, and our Código de Ética Médica is clear about secrecy.

I now send prescriptions only through the official system or print them in the unit. And I ask every patient, before I share anything with family, who knows what.`,
  },
  {
    id: "br-what-002",
    setting: "night shift",
    role: "internal medicine resident",
    text: `O quê? During my first plantão noturno as an R1 in internal medicine in Porto Alegre, I covered 60 beds with one other resident. At 3 am I was called to a woman with sudden confusion and a glucose of 42 mg/dL. She was on insulin NPH 20 units at night and had eaten almost nothing all day because of nausea.

E daí? I gave 50 mL of 50% glucose and she woke up within minutes. But I realised that the night dose should never have been given, and that the nursing staff had no instruction to hold it. The prescription said "NPH 20 UI 22h" and nothing else. Our hospital protocol recommends adjusting insulin to intake, but the prescriptions were copied day after day from the admission note.

E agora? I spoke with my preceptor, Dra. Schneider, and we presented a short case at the Thursday meeting, without naming anyone. We proposed a standard line on insulin prescriptions: "hold if oral intake less than 50%". I am also now reviewing all insulin prescriptions at the start of each night, not only when called. This reflection reminded me of what my professors used to say: the night shift is where the day's small decisions come to harvest.`,
  },
  {
    id: "br-gibbs-003",
    setting: "international elective",
    role: "medical student on elective",
    text: `Descrição: I am a German medical student, and I did my elective in infectious diseases in Manaus. On my second week, I saw my first cases of cutaneous leishmaniasis, malaria vivax and a snake bite from a Bothrops species, all in one afternoon clinic.

Sentimentos: I felt out of my depth. In Hamburg I had only read about these diseases. I also felt embarrassed by my Portuguese, which was worse than I had claimed in my application.

Avaliação: My supervisor, Dr. Ferreira, was patient. She let me examine patients and then explained everything twice, once in Portuguese and once in English. I learnt to recognise the ulcer with raised edges and to prepare a slit-skin smear.

Análise: I realised that I had come to "see tropical medicine" as if it were an exhibition. But for the patients, these diseases meant lost work, long boat journeys to the city, and weeks of painful injections of meglumine antimoniate. The WHO lists leishmaniasis as a neglected tropical disease, and I saw why: the treatments are old and toxic.

Conclusão: An elective abroad is a privilege, and it comes with a duty to learn the language and the context, not just the pathology.

Plano de ação: I will study Portuguese more seriously before any return, and I am writing a short piece for my university's global health group about what electives should give back to the host institution.`,
  },
  {
    id: "ua-gibbs-001",
    setting: "war-time surgical ward",
    role: "surgical intern",
    text: `Description: I am an intern in surgery in Dnipro. On the night of ⟦DATE|23.02.2025⟧ a convoy brought in soldiers and civilians after shelling. One of them, ⟦NAME|Mykola Petrovych Hrytsenko⟧, was a tractor driver from ⟦LOCATION|Velyka Mykhailivka⟧, ⟦OTHER|the only man in the village who still ploughs with a horse⟧, and everyone on the ward knew him by evening. He lay in ⟦FACILITY_ROOM|bed 4, ward 212 of the Mechnikov regional hospital⟧ with shrapnel wounds to the leg.

Feelings: I was exhausted and afraid that I would make a mistake. We had 18 wounded in three hours.

Evaluation: My role was triage support, tourniquet checks and documentation. I missed a second wound on his back because I only examined the obvious injury. A senior nurse, Halyna, rolled him and found it.

Analysis: In mass casualties, the obvious injury attracts all attention. The MARCH algorithm and the TCCC guidelines tell you to do a full sweep, and I had practised it in simulation. Under pressure, I fell back on tunnel vision.

Conclusion: A complete examination is not optional even when time is short.

Action plan: I now say "front, back, sides" aloud on every trauma patient. I have asked our head of department, Dr. Bondarenko, whether interns can do more mass-casualty simulations. ⟦NAME|Mykola Petrovych⟧'s daughter ⟦NAME|Oksana⟧ called me from ⟦PHONE|+380 67 555 0194⟧ to thank the nurse; I passed the message on.`,
  },
  {
    id: "ua-what-002",
    setting: "handover",
    role: "anaesthesiology resident",
    text: `What? As a first-year anaesthesiology resident in Lviv, I learnt that handover between the operating theatre and the ICU is where information disappears. A patient arrived in ICU after a long laparotomy, and nobody had told the ICU team about a difficult intubation. When he needed re-intubation at 2 am, the night resident was not prepared.

So what? Difficult airway information is life-saving. The Difficult Airway Society guidelines of 2015 and the Vortex approach both stress preparation, and our hospital has a difficult airway form that should travel with the patient. But in our rush, the form stayed in the theatre. I was part of that team and did not think to check.

Now what? I have proposed a short structured handover from theatre to ICU, based on SBAR, with a fixed line for airway. My supervisor, Dr. Kovalenko, liked the idea and asked me to try it for a month and collect data. So far, of 40 handovers, the airway line was completed in 37. I also learnt that our work is happening during war and with many staff shortages, and that simple tools survive better than complicated ones. I hope this will become a standard part of our practice after I finish.`,
  },
  {
    id: "ua-comment-003",
    setting: "war-time surgical ward",
    role: "surgical nurse",
    text: `I am the nurse you mention, and thank you for the honest words. Please, before this goes to the hospital blog, remove ⟦NAME|Mykola Petrovych⟧'s name and the phone number of his daughter ⟦NAME|Oksana⟧. People from ⟦LOCATION|Velyka Mykhailivka⟧ read our page, and they will know him at once. "Front, back, sides" is good. We will teach it to the new nurses too.`,
  },
  {
    id: "hu-free-001",
    setting: "neurology night duty",
    role: "neurology resident",
    text: `As a first-year neurology resident in Budapest, I did my first ügyelet (night duty) alone in January. One patient from that night changed how I think about devices.

⟦NAME|Kovács Istvánné⟧ (in Hungarian, the name means the wife of ⟦NAME|István Kovács⟧; she was ⟦NAME|Ilona⟧ to her family) came in at 1 am with sudden worsening of her Parkinson's disease. She had a deep brain stimulator, serial ⟦DEVICE|NMD-37612-0448127⟧, and her husband said the controller "showed a strange symbol". Her TAJ number was ⟦ID|${taj("047 318 26")}⟧, and her records were in another hospital that I could not access at night.

I did not know how to read the programmer. I called the on-call neurosurgery registrar, Dr. Szabó, who also did not know. Finally, her husband found the manufacturer's emergency number in a folder in her handbag, and a technician talked us through it. The battery had run down. We could not recharge it at night, so we managed her with levodopa until the morning.

What I learnt: more and more patients arrive with devices that no one on call understands. Our training did not include any of this. The European Academy of Neurology has guidance on DBS, but not about night duty in a general hospital.

I have now made a folder for the neurology department with the emergency contacts for the main stimulator manufacturers, and I ask every patient with a device to carry a card.`,
  },
  {
    id: "hu-what-002",
    setting: "international elective",
    role: "medical student on elective",
    text: `What? I am a Norwegian student at the medical school in Pécs, one of many foreign students in Hungary, and I did a four-week clinical placement in a rural hospital in Baranya county. Most patients spoke only Hungarian, and my Hungarian is at the level of "fáj?" ("does it hurt?").

So what? I realised how much of medicine is language. The doctors were kind and translated for me, but I could not take a history on my own. I felt useless during ward rounds, and I noticed that patients talked to the Hungarian students and ignored me. This made me think about the experience of migrants in Norway, who often sit in our clinics and understand little.

Now what? I have started Hungarian lessons again, more seriously. I also want to bring back to Norway a better understanding of how it feels to be the one who does not understand. My supervisor, Dr. Horváth, gave me a list of the twenty most important phrases for a clinical history, and I practise them every evening. At the end of the placement, I was able to ask about pain, breathing and allergies without help. It is a small step, but it made me feel part of the team. I also learnt a lot about Hungarian health care, including the long waiting lists and the role of gratitude payments, which I found difficult to understand.`,
  },
  {
    id: "rs-gibbs-001",
    setting: "emergency department",
    role: "general practitioner in emergency service",
    text: `Opis (Description): I am a young doctor working in the emergency medical service in Novi Sad. On ⟦DATE|6. decembar 2025⟧ we were called to ⟦ADDRESS|Bulevar oslobođenja 47, stan 12, Novi Sad 21000⟧ for ⟦NAME|Baba Zagorka⟧, ⟦NAME|Zagorka Petrović⟧, ⟦AGE|devedeset četiri godine⟧, who had fallen at home. Her JMBG was ⟦ID|${jmbg("140393180501")}⟧ and her neighbour ⟦NAME|Dragan⟧ had called from ⟦PHONE|063 555 0217⟧.

Osećanja (Feelings): I was worried because I had never managed a hip fracture in a patient so old and fragile.

Procena (Evaluation): We immobilised her leg, gave analgesia (tramadol 50 mg IV), and transported her to the hospital. But I forgot to ask about her medications until we were in the ambulance. She was on warfarin, which mattered for surgery.

Analiza (Analysis): In emergency medicine we focus on the immediate problem, but in older patients the medication list changes everything. Our protocols emphasise ABCDE and immobilisation, and the medication history comes later, if at all. The hospital team found out from her INR, not from us.

Zaključak (Conclusion): A good handover includes medications, especially anticoagulants.

Plan akcije (Action plan): I now ask about anticoagulants on every fall call and write it on the handover sheet. I discussed this with my supervisor, Dr. Jovanović, who agreed to add it to our checklist.`,
  },
  {
    id: "rs-free-002",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `As a young hospital pharmacist in Belgrade, I want to reflect on a near miss that happened during my first month of work.

A prescription for methotrexate arrived from a rheumatology ward: 10 mg daily. I knew that methotrexate for rheumatoid arthritis is given weekly, not daily, and that daily dosing has killed patients. But the prescription was signed by a senior doctor, and I hesitated. I thought: maybe there is a reason I do not know about.

I called my mentor, Mr. Nikolić, who told me to call the doctor immediately. The doctor was grateful: it was a mistake in the electronic system, which had defaulted to "daily". No dose was given.

This made me think about hierarchy in our hospitals. In Serbia, pharmacists are often seen as suppliers of medicines, not as members of the clinical team. I was afraid of being seen as rude. But the WHO's Medication Without Harm challenge (launched in 2017) lists methotrexate as a high-risk drug exactly because these errors happen everywhere.

I have learnt that my job is to ask questions, even when I am young and the doctor is senior. I have also written to our IT department to ask them to change the default. Finally, I have started a small list on my desk of drugs that must always be double-checked: methotrexate, insulin, potassium, opioids, anticoagulants.`,
  },
];
