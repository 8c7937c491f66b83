import { ohip } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";
import { cpf, curp } from "../gen.ts";

/** Canada, Ireland, Bangladesh, Nepal, the Philippines, Brazil, Mexico and Jordan. */
export const OTHER_COUNTRIES: SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "internal medicine",
    role: "internal medicine resident",
    text: `I am a PGY-3 in internal medicine, and I spent two weeks this winter on the general medicine service of a hospital in northern Ontario that receives patients flown in from fly-in First Nations communities. This is about one of those patients and a health card.

⟦NAME|Mr. Elijah Moose⟧ was a 67-year-old grandfather from ⟦LOCATION|Kitchenuhmaykoosib Inninuwug⟧, flown in with heart failure and a pneumonia, admitted to ⟦FACILITY_ROOM|Room 318, Sioux Lookout Meno Ya Win Health Centre⟧ on ⟦DATE|January 11⟧. He spoke Oji-Cree and some English. His OHIP number, ⟦ID|${ohip("4721-093-85")}⟧, was on his card, which he kept in a beaded pouch around his neck. His granddaughter, ⟦NAME|Shania⟧, had travelled with him as escort.

The clinical care was straightforward: diuresis with IV furosemide, ceftriaxone and azithromycin, an echo showing an ejection fraction of 30%. The hard part was discharge. He needed daily weights and a low-salt diet, and the nursing station in his community had a scale but the store sold mostly canned and processed food, flown in at great cost. Telling him to eat fresh vegetables felt absurd.

My attending, Dr. Sarah Beardy, who is herself Anishinaabe, sat with me and explained what she had learned from years of this work: ask what food is available, and work with that. She also taught me not to assume that "compliance" is the problem when the store shelf is the problem.

We worked with the dietitian and ⟦NAME|Shania⟧ on a realistic list: which canned foods were lower in sodium, how to rinse beans, how to use the frozen fish from family fishing. We arranged follow-up by Ontario Telemedicine Network with the nursing station.

I learned more about heart failure management from that discharge than from any guideline. I also learned that the Truth and Reconciliation Commission's health calls to action are not abstract; they are about people like him and the food on a shelf two thousand kilometres from the nearest farm.`,
  },
  {
    id: "ca-what-002",
    setting: "family medicine",
    role: "family medicine faculty",
    text: `**What?** I am a family physician and faculty member in a residency program in Halifax, and this year our residents asked for teaching on physician wellness. I was asked to run it because, I suspect, I am the faculty member who has most obviously struggled. I burned out four years ago and took three months off.

**So what?** I was nervous about sharing my story. In medicine, burnout still feels like a personal failure, even though the CMA National Physician Health Survey has shown for years that a large share of Canadian physicians report symptoms. I told the residents the truth: that I had stopped enjoying anything, that I was short with my kids, that I was drinking more wine than I would have advised any patient to drink, and that my partner, Marc, was the one who said I needed help.

What surprised me was the response. Three residents emailed me afterwards to say they were struggling too. One of them, Dr. Olivia Chen, said it was the first time a staff physician had admitted to not being okay. I put each of them in touch with the Doctors Nova Scotia Professional Support Program, which helped me.

I also realised that wellness teaching that focuses only on yoga and sleep hygiene misses the point. The system causes a lot of this: the paperwork, the EMR inbox, the lack of family doctors meaning everyone wants to be seen yesterday. Dr. Tait Shanafelt's work on organisational drivers of burnout says this clearly.

**Now what?** I will keep running the session, and I will add a part on advocacy, so the residents learn to push for system changes, not only personal ones. I have joined our department's wellness committee. And I have kept my Thursday afternoons free for kayaking, which my own family doctor prescribed, more or less.`,
  },
  {
    id: "ca-comment-003",
    setting: "portfolio feedback",
    role: "program director",
    text: `Thank you for trusting the residents, and us, with this. Your honesty will do more for our wellness curriculum than anything we could have bought off the shelf. I'd like to build on the advocacy idea: could you and Dr. Chen draft a one-page proposal for the department about inbox management? I'll put it on the next agenda.`,
  },
  {
    id: "ie-free-001",
    setting: "general practice",
    role: "GP trainee",
    text: `I am a second-year GP trainee in the north-east of Ireland, and this is about a house call to a man who did not want one.

⟦NAME|Mr. Patrick Reilly⟧, a farmer in his eighties, lived alone at ⟦ADDRESS|Drumcalpin, Ballyjamesduff, Co. Cavan H12 W8Y3⟧. His niece, ⟦NAME|Bernadette⟧, rang the practice worried that he had not been out to the cattle for two days. When I arrived he was sitting in the kitchen in his coat, with a range that had gone out, and he told me he was "only resting". His temperature was 35.4, his heart rate 48, and he was slow to answer.

I suspected hypothermia and hypothyroidism, and later bloods confirmed a TSH above 60. But the first problem was that he did not want to go to hospital. He said, and I remember it exactly, "I was born in this house and I'll not leave it for ⟦FACILITY_ROOM|Cavan General⟧." He was not confused enough to lack capacity, in my view, though he was slow.

I rang my trainer, Dr. Niamh Fitzpatrick, who came out herself. She had known him for twenty years. She did something I could not have done: she talked to him about the cattle, about his late wife, about the match on Sunday, and twenty minutes later he agreed to go "for one night only". The ambulance took him.

He stayed nine nights. He came home on levothyroxine with a community nursing plan, and ⟦NAME|Bernadette⟧ arranged for a neighbour to call in each evening. When I visited him a month later, the range was lit and he made me tea.

What I learned is that capacity assessment is a legal framework, but persuasion is a relationship. The Assisted Decision-Making (Capacity) Act 2015 gives us the first. Only time gives us the second. I have also learned to always look at the range.`,
  },
  {
    id: "ie-what-002",
    setting: "emergency department",
    role: "emergency medicine specialist registrar",
    text: `**What?** I am a specialist registrar in emergency medicine in Dublin, and last month I was part of the team on a night when our department had 42 patients on trolleys waiting for a bed. The INMO trolley watch figures the next morning put us near the top of the national list. I did not think much of that at the time. I was too busy.

**So what?** Looking back, I realised that I have become used to it. When I started as an intern in 2016, a corridor full of trolleys felt like an emergency. Now it feels like a Tuesday. That frightens me more than the trolleys do.

Overcrowding harms patients. The evidence is clear, including the Irish data showing increased mortality for older patients who wait more than six hours, and the College of Emergency Medicine has written about it for years. I also think it harms us, because we adapt. We learn to examine people in corridors, to have sensitive conversations behind a curtain that does not close, to ignore the call bells we cannot answer.

My consultant, Dr. Conor Byrne, said something at handover that stuck with me: "The day you stop being angry about this is the day you should take a holiday." I took his advice literally and booked a week in Connemara, but I also want to do something more useful.

**Now what?** I have joined the hospital's patient flow group as the trainee representative. I will keep a log for a month of every time I have a sensitive conversation in a corridor, to bring data rather than anecdotes. And I will try to stay angry in a useful way. My mam, a retired nurse in Limerick, says she heard exactly the same complaints in 1985, which is not as comforting as she meant it to be.`,
  },
  {
    id: "ie-free-003",
    setting: "psychiatry",
    role: "consultant psychiatrist",
    text: `I am a consultant psychiatrist in a community mental health team in the west of Ireland, and I want to reflect on a patient whose online life became part of his care.

⟦NAME|Declan⟧ was a 24-year-old with a first episode of psychosis, referred in ⟦DATE|the week after the Galway Races⟧, when he had stopped sleeping and started posting long messages about surveillance on a gaming forum. His mother, ⟦NAME|Mrs. Siobhán Ó Murchú⟧, rang our team in tears and, trying to help, forwarded us screenshots of his posts. They included, in the corner of one screenshot, the forum's log of his login address, ⟦IP|203.0.113.58⟧, and his username, ⟦OTHER|@WestCoastWatcher_gy⟧, which he had been using publicly to post about his neighbours.

I was uneasy about having that material in our record. It was relevant clinically: it showed the content and the progression of his beliefs. But it also contained data he had not chosen to share with us, from a space he thought was his. Our team discussed it at the multidisciplinary meeting. The principal social worker, Gráinne, argued for summarising rather than filing the screenshots. I agreed. We recorded what the posts said, in our words, and did not keep the images.

⟦NAME|Declan⟧ did well with early intervention: aripiprazole, CBT for psychosis, and a lot of support from his mother. When he was better, I told him about the screenshots and what we had done. He was embarrassed, then relieved. He has since deleted the account.

What I learned is that families will bring us the internet, and that the Mental Health Act 2001 and GDPR were not written with gaming forums in mind. I have proposed to our team a simple rule: summarise online material, note its source, do not store it unless there is a specific risk reason. I have also, on his advice, learned what a Discord server is.`,
  },
  {
    id: "bd-free-001",
    setting: "humanitarian medicine",
    role: "medical officer (humanitarian)",
    text: `I am a medical officer with a health NGO in Cox's Bazar, and I have worked in the Rohingya camps for two years. This reflection is about a child and about the address system of a camp.

⟦NAME|Nur Kalima⟧ was four when her father carried her into our primary health centre with high fever, a stiff neck and a petechial rash. We suspected meningococcal disease, gave IM ceftriaxone immediately, and referred her to the Sadar hospital. Her address in our register was ⟦LOCATION|Camp 15, Block E-4, shelter 112⟧, which in the camps is the most precise address anyone has. Her family's FCN number, ⟦ID|148-20337⟧, was on her card.

She survived. But in the days that followed, we needed to trace her contacts for chemoprophylaxis, and the only way to find them was to go to that block and ask. By the afternoon, everyone in ⟦LOCATION|E-4⟧ knew that a child from ⟦LOCATION|shelter 112⟧ had "the brain fever". Her mother told me, when I visited, that the neighbours would not let their children play with her sisters.

Contact tracing in a dense camp is a public health necessity, and the WHO guidance for meningitis outbreaks in humanitarian settings is clear about it. But I had not thought about how we do it. We went in with a team in vests, with a list, knocking on doors. We might as well have put up a sign.

Our team lead, Dr. Farhana Akter, helped us redesign the process: the Rohingya community health workers, who live in the blocks, now do the first contacts quietly, and the vests come later only if needed. We also trained them on the stigma around meningitis, which turns out to be tied to beliefs about spirits.

When I last saw ⟦NAME|Nur Kalima⟧, she was playing with her sisters, and the neighbours' children were playing with them too.`,
  },
  {
    id: "bd-what-002",
    setting: "medical education",
    role: "associate professor of medicine",
    text: `**What?** I am an associate professor of medicine at a government medical college in Dhaka, and this year I sat on the selection panel for our FCPS residency program for the first time. We interviewed thirty-eight candidates for eleven posts over two days.

**So what?** I had expected to judge knowledge. Instead I found myself judging confidence, and I did not like how much it influenced me. Candidates from the top medical colleges spoke more fluently in English and answered with more assurance. Candidates from district medical colleges were often equally knowledgeable but more hesitant. On the first day, my scores followed fluency. On the second day, I caught myself.

What helped was a conversation with my colleague Professor Nasreen Sultana, who has sat on the panel for years. She said she asks every candidate the same clinical question, about the management of a patient with dengue shock syndrome, and scores only the content, then asks a personal question separately and scores that. She said it helped her notice her own bias. The research on interview bias in medical selection says similar things, that structured interviews are fairer.

I also realised that my own experience shaped my bias. I studied at a district medical college in Rangpur and I was a hesitant candidate myself, twenty years ago. Someone on that panel saw past my English. I had forgotten.

**Now what?** I will propose to the panel that we use a structured question set and scoring rubric next year. I will ask the college to collect data on which medical colleges our selected candidates come from, to see whether there is a pattern. And I will remember the nervous young man from Rangpur who got lucky, and try to give the next one the same luck on purpose. On a lighter note, the interviews ended just before Pohela Boishakh, and I celebrated with my family in Ramna Park.`,
  },
  {
    id: "bd-free-003",
    setting: "obstetrics",
    role: "gynaecology and obstetrics registrar",
    text: `I am a registrar in gynaecology and obstetrics at a medical college hospital in Sylhet, and this is about eclampsia and a woman's phone.

On ⟦DATE|the night of Shab-e-Barat⟧, a young woman was brought in having had two seizures at home. Her name was ⟦NAME|Rokeya Begum⟧, she was 19, and she was in her first pregnancy. We gave magnesium sulphate, controlled her blood pressure with nifedipine, and delivered her by caesarean section. The baby was small but well. She was admitted to ⟦FACILITY_ROOM|Bed 6 of the post-operative ward, Sylhet MAG Osmani Medical College Hospital⟧.

Her husband was working in Italy. She had a phone, and on it were a dozen missed calls from him and voice messages from her mother-in-law, some of them, she told me, blaming her for the seizures. She asked me to speak to her husband on her behalf, on his number, ⟦PHONE|+39 345 555 0871⟧, because she was afraid of how he would react.

I was not sure it was my role. My consultant, Dr. Shirin Haque, said it was part of our role to support her in the way she asked, with her consent, and to stop at the clinical facts. So I called. I explained pre-eclampsia and eclampsia simply, that they are not caused by anything the mother does, and that his wife and baby were alive because she had been brought in quickly. He was quiet for a long time, then asked when he could see them on video.

I know that a phone call does not change family dynamics. But ⟦NAME|Rokeya⟧ told me the next morning that her mother-in-law had stopped sending messages. The FIGO and WHO guidance on eclampsia covers the magnesium. It says nothing about the phone. I now ask every eclamptic woman who is able to speak who she would like us to talk to, and what she would like them to know.`,
  },
  {
    id: "np-free-001",
    setting: "rural medicine",
    role: "MDGP resident",
    text: `I am a resident in general practice and emergency medicine (MDGP) in Nepal, and I spent four months of my district posting in a hospital in Karnali Province. This reflection is about a patient who walked three days to reach us.

⟦NAME|Dhan Bahadur Rokaya⟧ was in his fifties, from ⟦LOCATION|Kholsi village in Humla⟧, and he came with his son, ⟦NAME|Bir Bahadur⟧, on ⟦DATE|Vijaya Dashami⟧, when most of the hospital staff were on leave. He had a large, painful swelling in his groin that turned out to be an incarcerated inguinal hernia. He had walked for three days, part of the way carried in a doko on his son's back.

We had one surgeon covering the whole district, and he was at home for Dashain. I called him. He came back the same evening, and we operated together. I did the anaesthesia, spinal with bupivacaine, and assisted. The bowel was viable. He recovered well.

What stays with me is the journey. He told me that in his village, he was known as ⟦OTHER|the man who carries the mail over the pass to Simikot⟧, and that he had delayed coming because if he did not carry the post, nobody would. His son had to take over that job while he was in hospital.

This is what rural medicine in Nepal is like. The Nick Simons Institute, which trains rural doctors like me, talks about "the right doctor in the right place". But the right doctor in the right place still needs a surgeon who comes back on a festival day, and a patient who can leave his job for a week.

My supervisor, Dr. Ramesh Thapa, told me that the most important skill in rural practice is knowing who to call. I would add: and being the one who answers when you are called. I hope to work in a district hospital like this one after I finish.`,
  },
  {
    id: "np-what-002",
    setting: "medical education",
    role: "medical educator",
    text: `**What?** I am a lecturer in internal medicine at a medical college in Kathmandu and, this year, the coordinator of our undergraduate clinical rotations. After the earthquake anniversary in April, our students asked for teaching on disaster medicine, because many of them had been children during the 2015 earthquake and some had lost relatives.

**So what?** I was not an expert in disaster medicine, and I said so. I was a medical officer in 2015, working at a hospital that received hundreds of injured people in the first days. I remembered the triage, the tents in the hospital grounds, the aftershocks, and how we ran out of plaster of Paris by the third day.

I asked a colleague, Dr. Sunita Gurung, who had worked with the WHO Emergency Medical Teams programme, to co-teach. She brought the structure: the START triage system, the principles of mass casualty management, the Sphere standards. I brought the stories. The students said afterwards that they needed both.

What I had not expected was how emotional the session would be. One student talked about her grandmother's house in Sindhupalchok. Another said he still could not sleep through a small tremor. We had to pause and talk. I was not prepared for that, and I handled it clumsily, trying to move back to the teaching too quickly.

**Now what?** Next year, we will hold the session with a counsellor present, and we will tell students in advance that it may bring up memories. I will read more about trauma-informed teaching. I will also ask Dr. Gurung to help me develop a simulation exercise with the Nepal Red Cross. And this Tihar, I will light extra lamps at home, for the people we lost and the students who carry them.`,
  },
  {
    id: "np-comment-003",
    setting: "portfolio feedback",
    role: "MDGP supervisor",
    text: `Well written, and I am glad you called the surgeon rather than trying the repair alone. But please remove ⟦LOCATION|Kholsi⟧ and the detail about ⟦OTHER|the mail over the pass⟧ before this goes into the MDGP newsletter. In Humla, everyone would know exactly who he is from that. "A man from a remote village" is enough. — Dr. Ramesh Thapa`,
  },
  {
    id: "ph-free-001",
    setting: "community medicine",
    role: "family medicine resident",
    text: `I am a family medicine resident in the Philippines, and I spent my community rotation in a rural health unit in Samar. This reflection is about a patient with tuberculosis and the way a small place talks.

⟦NAME|Mang Rodel Catubig⟧, 48, a coconut farmer, came to the rural health unit with three months of cough, weight loss and night sweats. His sputum GeneXpert was positive for TB, rifampicin-sensitive. His PhilHealth number, ⟦ID|12-050374918-6⟧, was recorded so that the TB-DOTS package would cover his treatment. He lived in ⟦LOCATION|Barangay San Roque, Pinabacdao⟧, a barangay of about eight hundred people.

We started him on the standard regimen, 2HRZE/4HR. The clinical part was routine. The difficult part was DOTS. The barangay health worker who was supposed to watch him take his tablets every morning was his cousin's wife, and within a week the whole barangay knew he had TB. People stopped buying his copra. His wife, ⟦NAME|Aling Merly⟧, came to the RHU crying.

Our municipal health officer, Dr. Josephine Dacanay, helped us change the arrangement: he would take his medicine at the RHU itself, which was forty minutes away, and we gave him a transport allowance from the TB programme. We also met with the barangay captain to talk, without naming anyone, about TB being curable and not contagious after two weeks of treatment.

He completed six months. His sputum converted at two months. But the copra buyers took longer to come back.

What I learned is that the Philippines' TB programme is strong, and the DOTS model is evidence-based, but DOTS in a small barangay is also disclosure. We need to ask patients who they would like to watch them, not assign someone.`,
  },
  {
    id: "ph-what-002",
    setting: "internal medicine",
    role: "internal medicine fellow",
    text: `**What?** I am a fellow in infectious diseases in Manila, and during the dengue season this year our ward had more patients than beds for six weeks. I was the fellow responsible for triage of dengue referrals from the emergency room.

**So what?** Dengue management is, on paper, simple. The WHO 2009 classification, warning signs, careful fluid management, watching the haematocrit and platelets. In practice, with sixty patients and two residents, it was chaos. I learned that the hardest decision is not who to admit but who to send home with instructions to come back. I sent home a young woman with a platelet count of 98,000 and no warning signs, and she came back the next day in shock. She recovered after fluid resuscitation in the ICU. I have thought about her every day since.

My consultant, Dr. Rafael Dizon, reviewed the case with me. He said my decision was consistent with the guidelines, and that the guidelines cannot predict every patient. He also said that the fact that I was still thinking about her meant I was a careful doctor, not a careless one. I appreciated that, but I am not sure I believe it.

I also noticed how tired the whole team was. Our nurses worked double shifts. One of our residents, Dr. Bea Santos, fainted on the ward from exhaustion. Dengue season is predictable, and yet every year we are surprised.

**Now what?** I have proposed to our department a "dengue surge plan" with extra staff rostered in advance for July to October. I will also produce a simple discharge leaflet in Tagalog and English with clear return instructions. And after the season ended I went home to Iloilo for a week, ate my mother's batchoy, and slept.`,
  },
  {
    id: "ph-comment-003",
    setting: "portfolio feedback",
    role: "training officer",
    text: `This is an honest and mature reflection. The guideline tells us what to do for most patients; your discomfort about the one who came back is exactly what keeps us safe for the rest. The surge plan is excellent — please bring it to the next department meeting so we can present it to the chief of hospital before July. Rest well. — Dr. Dizon`,
  },
  {
    id: "br-free-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `I am an emergency medicine resident in São Paulo, and I write my reflections in English because my preceptor, who trained in Canada, asked us to practise. This one is about a CPF number.

⟦NAME|Dona Benedita Aparecida dos Santos⟧, ⟦AGE|aged 92⟧, was brought to the sala vermelha of ⟦FACILITY_ROOM|Hospital das Clínicas⟧ on ⟦DATE|Carnival Tuesday⟧ with a hip fracture and delirium, after a fall in her apartment in ⟦ADDRESS|Rua Capitão Macedo, 218, Vila Clementino, São Paulo 04021-020⟧. She lived alone. Her grandson, ⟦NAME|Thiago⟧, arrived hours later, still in his bloco costume, and sat by her stretcher holding her hand.

To register her in the SUS system we needed her CPF. ⟦NAME|Thiago⟧ did not know it, so he called his mother in Minas Gerais, who read it out on speakerphone: ⟦ID|${cpf("341.872.095")}⟧. Everyone in the corridor heard it. The nurse wrote it on a piece of tape on the stretcher rail, next to her name.

Nobody did anything wrong, exactly. We needed the number and the corridor was the only space. But the LGPD, the Brazilian data protection law, treats health data as sensitive, and our practice had not caught up with it. My preceptor, Dr. Carolina Mendes, said that she had seen CPFs written on tape for twenty years and had never thought about it until the law came in.

The medicine was straightforward: analgesia with a fascia iliaca block, which I did myself for the first time under ultrasound, treatment of a urinary infection that was driving the delirium, and orthopaedic surgery the next day. She did well.

I have since asked our nursing coordinator whether we could use the hospital's label printer instead of tape, so that only the internal record number is visible on the stretcher. It is a small thing. I think small things are where privacy actually lives.`,
  },
  {
    id: "br-what-002",
    setting: "family medicine",
    role: "family and community medicine preceptor",
    text: `**What?** I am a family and community medicine physician and preceptor for residents in a basic health unit on the outskirts of Recife. This year my residents asked me to run a session about violence, because our unit sees its effects every week: gunshot wounds, domestic violence, children who stop coming to school.

**So what?** I hesitated, because I am not an expert and because some of the residents grew up in neighbourhoods like the ones we serve. But I realised I had fourteen years of experience of doing this work badly and then a little better, and that might be useful. I told them about the first time I missed domestic violence, a woman who came with headaches for a year before she told me. I told them about the community health agents, the agentes comunitários de saúde, who know every family and who taught me more than any book.

We discussed the Estratégia Saúde da Família, the Brazilian family health strategy, and how its territorial model makes us part of the community rather than visitors to it. We read a chapter of Paulo Freire's "Pedagogy of the Oppressed", because our director, Dr. Marcos Albuquerque, insists that every preceptor reads it. We talked about notification: the SINAN forms for violence are mandatory, and we discussed how to complete them without endangering the patient.

One resident, Dr. Larissa Lima, shared that her brother had been killed when she was sixteen. The room was very quiet. Then she said she chose family medicine because of it.

**Now what?** We will repeat the session every year, with a psychologist present. I will invite the community health agents to co-teach next time. And I will go home after clinic on Fridays, play with my daughters and listen to Chico Buarque, because I have learned that I cannot do this work without joy.`,
  },
  {
    id: "mx-free-001",
    setting: "internal medicine",
    role: "internal medicine resident",
    text: `I am a third-year internal medicine resident in Oaxaca, and this is about a woman who spoke Mixtec and a CURP that was not hers.

⟦NAME|Doña Margarita Ramírez García⟧, who was in her seventies, came to ⟦FACILITY_ROOM|Bed 22 of the internal medicine ward at Hospital Civil Aurelio Valdivieso⟧ with uncontrolled diabetes and a foot infection on ⟦DATE|Día de Muertos⟧, after her daughter found her unwell beside the family altar. She came from ⟦LOCATION|San Juan Mixtepec⟧ in the Mixteca and spoke mostly Mixtec. Her daughter, ⟦NAME|Lucía⟧, interpreted.

When we tried to register her for her insurance, the system rejected her CURP. It took two days to discover that the CURP on her paperwork had been entered with a typing error years earlier. The correct one, which ⟦NAME|Lucía⟧ eventually found on an old birth certificate, was ⟦ID|${curp("RAGM480312MOCMRR0")}⟧. Without it, her medications would have been charged to the family.

My adjunct professor, Dr. Alejandro Cruz, pointed out that administrative errors fall hardest on those least able to fight them, and that indigenous patients in our state are more likely to have documents with errors. He asked me to look into it rather than just fixing her case.

Clinically, we treated her with insulin, antibiotics and debridement, and she kept her foot. But I spent more time that week on the phone with offices than at her bedside, and I am not sure that was wrong.

I learned three things. Interpretation by family members is common here but not ideal, and we need trained Mixtec interpreters. Documents are clinical tools. And the Día de Muertos altar her daughter set up on the ward, with a photo of her late husband and a small glass of mezcal that the nurses pretended not to see, was as important to her recovery as the insulin.`,
  },
  {
    id: "mx-what-002",
    setting: "surgery",
    role: "general surgery attending",
    text: `**What?** I am a general surgeon and attending at a teaching hospital in Guadalajara. This year one of our fourth-year residents, Dr. Diego Herrera, came to me and said he was thinking of leaving surgery. He was exhausted, he had been shouted at in theatre by a senior colleague, and he had begun to dread coming to work.

**So what?** I recognised myself. When I was a resident, shouting was normal, and we called it "formación". I told myself it had made me tough. Listening to Diego, I realised it had mostly made me frightened, and that I had carried that fear into my own practice for years. The research on mistreatment in surgical training, including the large American study by Hu and colleagues in 2019, links it to burnout and thoughts of leaving.

I also realised that I had been silent when I saw colleagues shout. I had never shouted much myself, and I had thought that was enough.

So I did three things. I listened to Diego for an hour without offering solutions. I told him about my own doubts as a resident and that I had nearly left too, in the year my father was ill. And with his permission, I spoke to the head of department, Dr. Ana Lucía Moreno, about what had happened.

**Now what?** Our department is now writing a code of conduct for the operating theatre, and I have volunteered to lead it. I will speak up when I see mistreatment, even when it is awkward. Diego decided to stay, at least until the end of his residency. He is a talented surgeon and a kind one, and we need both. And on Sunday I took my sons to watch Chivas play at the Estadio Akron, which is my own therapy.`,
  },
  {
    id: "jo-free-001",
    setting: "paediatrics",
    role: "paediatrics specialist",
    text: `I am a paediatrician in Amman, and for the last four years I have worked part-time in clinics serving Syrian refugee families. I want to reflect on what this work has taught me about my own training.

When I trained, we learned paediatrics as a hospital specialty: neonatal intensive care, oncology, cardiology. What I see in the refugee clinics is different. It is growth charts that flatten when the family's cash assistance is cut. It is anaemia, dental caries, scabies, asthma made worse by cold, damp housing. It is children who have not been to school for two years and who draw houses with no roofs.

I had to learn new skills. I learned to ask about the journey, gently, and to stop asking when the mother's face changed. I learned to work with the UNHCR and the Ministry of Health on vaccination catch-up. I learned how to use the WHO growth standards with children whose birth dates are approximate. I learned from colleagues, especially Dr. Lina Haddad, a child psychiatrist who volunteers with us, that play is a clinical intervention.

I also had to confront my own feelings. There were months when I was angry all the time, at the war, at the world, at the funding cuts. My husband told me I had become quiet at dinner. I started seeing a counsellor, which in our culture is still not easy for a doctor to admit.

What I want younger doctors to know is that this work is real paediatrics, not charity. The Jordan Paediatric Society's conference this year finally had a session on refugee child health, and I was proud to speak at it. I am also proud of my own children, who collected toys at their school for the clinic during Ramadan. Next year I hope to start a small research project on iron deficiency in the children we see, with Dr. Haddad and our nurses.`,
  },
];
