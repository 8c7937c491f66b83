import type { SourceItem } from "../../corpus/types.ts";
import { cpf, nif } from "../gen.ts";

/** Jamaica, Brazil and Portugal (writing in English) and the US in new settings. */
export const ATLANTIC: SourceItem[] = [
  { id: "jm-free-001", setting: "emergency department", role: "senior house officer", text: `
Night in A&E at ⟦FACILITY_ROOM|Kingston Public Hospital⟧. ⟦NAME|Miss Shanique "Nikki" Brown⟧, 22, TRN ⟦ID|118-442-907⟧, came in with a stab wound to the left chest after a dispute in ⟦LOCATION|Rockfort, off Windward Road⟧. FAST positive for pericardial fluid. Our consultant, Dr Thompson, did the thoracotomy in resus and she survived.

I keep replaying the moment the bleep went and I realised I did not know where the thoracotomy tray was kept. Someone else found it in under a minute; I should know that.

Her mother, ⟦NAME|Miss Hyacinth⟧, sat outside until dawn. She asked me to phone her on ⟦PHONE|876-555-0148⟧ when ⟦NAME|Nikki⟧ was out of theatre, and I did.

Action: walk the resus room at the start of every shift and touch each tray.
` },
  { id: "jm-what-002", setting: "primary care", role: "family medicine resident", text: `
**What?** A 45-year-old bus driver in a health centre in St. Catherine had a BP of 168/104 at three visits and refused medication because "pressure tablets make you weak". He uses cerasee tea and garlic.

**So what?** My first instinct was to argue. My supervisor, Dr Campbell, suggested I ask what "weak" meant: he had heard that amlodipine causes impotence. Health beliefs about bush medicine are common in Jamaica and are rarely dangerous on their own; the danger was the untreated pressure.

**Now what?** We agreed on a trial of amlodipine 5 mg with a check in four weeks, and he kept the tea. I am reading the Jamaica Ministry of Health hypertension guidelines and the JNC 8 report (2014) again, and I will ask my patients about bush remedies routinely, without judgement.
` },
  { id: "jm-gibbs-003", setting: "psychiatry", role: "mental health officer", text: `
## Description
A community mental health visit in rural Clarendon to a man with schizophrenia on depot fluphenazine who had missed two injections.

## Feelings
Frustrated at first, then curious.

## Evaluation
He had missed the injections because the clinic moved from Tuesday to Thursday and nobody told the family. His mental state was still stable.

## Analysis
Continuity in community psychiatry depends on small logistical facts. The Mental Health Act of Jamaica (1997) is less relevant here than a bus timetable.

## Action plan
Phone every depot patient when the clinic day changes. Ask our team leader, Nurse Gordon, to keep a printed list of phone numbers in the depot room.
` },
  { id: "jm-comment-004", setting: "psychiatry", role: "psychiatrist", text: `
Spot on. In our parish we lost three depot patients to follow-up in one year, all after a clinic day change. We now send a WhatsApp broadcast to families (with consent) for any schedule change. Small things. If you want the data, the Caribbean Institute of Mental Health and Substance Abuse has a short paper on it.
` },
  { id: "br-free-005", setting: "primary care", role: "family doctor", text: `
I work in a family health team (ESF) in the periphery of Recife. Today's reflection is about ⟦NAME|Dona Cida⟧ (⟦NAME|Maria Aparecida dos Santos⟧), ⟦AGE|92 anos⟧, as her card says, who lives alone at ⟦ADDRESS|Rua das Acácias, 118, Ibura, Recife – PE, 51230-000⟧. CPF ⟦ID|${cpf("318.447.926")}⟧.

Our community health agent, Josué, noticed she had stopped coming to the group for hypertension. At home we found her blood pressure fine but her fridge empty. She had been giving her pension to a grandson.

Financial abuse of older people is a safeguarding issue here as anywhere. We contacted the CRAS (social assistance centre) and the Estatuto do Idoso (2003) gave us a legal frame. My preceptor, Dra. Luciana, reminded me that our home visits are where we see what the clinic never shows.
` },
  { id: "br-what-006", setting: "infectious diseases", role: "medical student", text: `
**What?** On my infectious diseases rotation in Belo Horizonte I saw a young man with visceral leishmaniasis: fever for two months, splenomegaly to the umbilicus, pancytopenia. He had been treated three times for "dengue".

**So what?** Anchoring bias. In an epidemic, every fever looks like dengue. The Ministério da Saúde guideline for visceral leishmaniasis (2014) is clear that prolonged fever with splenomegaly must be investigated. My tutor, Prof. Carvalho, asked us to list every fever lasting over two weeks on the ward, and half of them had a different diagnosis from the first one.

**Now what?** I will use a "fever over 14 days" checklist: rK39 test, blood cultures, smear for malaria in travellers, HIV test. And I will stop saying "probably dengue" aloud before the results.
` },
  { id: "br-gibbs-007", setting: "neonatal", role: "nurse", text: `
## Description
In the NICU at ⟦FACILITY_ROOM|Hospital Santa Marcelina, leito 7⟧ I cared for ⟦NAME|Baby Enzo⟧, a 31-week preterm, whose mother, ⟦NAME|Jéssica Oliveira⟧, practised kangaroo care with him for eight hours a day. He was discharged on ⟦DATE|12/06/2024⟧ at 1.9 kg.

## Feelings
Admiration for the mother, and some guilt for the times I had discouraged skin-to-skin because of the lines.

## Evaluation and analysis
The Método Canguru (Ministério da Saúde, 2017) is national policy and the evidence for it is strong. My barrier was workload, not safety.

## Action plan
Plan kangaroo time into the nursing schedule. Talk to our coordinator, Enfermeira Patrícia, about a chair for every incubator.
` },
  { id: "br-free-008", setting: "public health", role: "resident", text: `
Reflection on the dengue season in Campinas. Our municipal health department ran a vector-control campaign, and I joined the agents visiting houses for two weeks. Standing water in plant pots, tyres, and water tanks without lids.

The epidemiology lecture at the university was about notification rates and serotypes. The street was about a retired man who did not want strangers in his yard and a mother who could not afford a lid for the water tank. The Qdenga vaccine was approved by ANVISA in 2023, but supply was limited to children aged 10 to 14 in selected cities.

I learned that public health is negotiation, house by house. Dr Ferreira, my supervisor, says the campaign works because the agents are from the neighbourhood. I will write a short guide for new residents about how to introduce yourself at a gate.
` },
  { id: "br-comment-009", setting: "public health", role: "community health agent", text: `
Very true. I have been an agente comunitário de saúde for nine years and the first rule is: never enter a house without being invited, and always come back at the time you said. The people remember. Also, bring a lid for the water tank if the programme gives you one, because a lid is worth more than a leaflet.
` },
  { id: "pt-what-010", setting: "palliative care", role: "palliative care nurse", text: `
**What?** At ⟦FACILITY_ROOM|the Unidade de Cuidados Paliativos of Hospital de Santo António, quarto 12⟧ in Porto, ⟦NAME|Sr. Joaquim Teixeira⟧, ⟦AGE|94 anos⟧, asked me for the last rites and for his fado records. His NIF, ⟦ID|${nif("23194568")}⟧, was on the form for his advance directive.

**So what?** I am not religious and I felt awkward calling the chaplain. His daughter, ⟦NAME|Dona Fernanda⟧, said the music mattered more. We played Amália Rodrigues on a phone speaker and he sang along, weakly.

**Now what?** Spiritual care is part of our job (EAPC, 2011) and I had been treating it as someone else's. I asked our team's psychologist, Dra. Inês, to run a session on spiritual history-taking using the FICA tool.
` },
  { id: "pt-free-011", setting: "general practice", role: "family medicine trainee", text: `
I am a family medicine intern in a USF (family health unit) near Braga, writing in English for my exchange group. This week I reflected on polypharmacy in a 78-year-old woman taking eleven medicines, including two benzodiazepines, omeprazole for ten years, and a statin at 78 with no clear indication.

We used the STOPP/START criteria (version 3, 2023). Deprescribing the benzodiazepines will take months, with a slow taper; the omeprazole could be reduced quickly. The hardest part was not the pharmacology but the relationship: she had been told by a previous doctor that she would "always need" her sleeping tablets.

My tutor, Dr Rui Moreira, suggested we frame it as a shared experiment, with the option to go back. She agreed to try. I will review her in four weeks and write down her own words about her sleep.
` },
  { id: "pt-gibbs-012", setting: "pharmacy", role: "pharmacist", text: `
## Description
In our community pharmacy in Coimbra, a young man came for emergency contraception for his girlfriend. Portuguese law allows it without a prescription, but the pharmacist must counsel.

## Feelings
Uncomfortable: the person who needed the counselling was not in front of me.

## Evaluation
I gave the information leaflet and explained ulipristal versus levonorgestrel and the 120-hour window.

## Analysis
The Ordem dos Farmacêuticos guidance (2019) recommends speaking to the woman when possible. I could have offered a phone call.

## Action plan
Offer to phone the person who will take the pill. Discuss with our technical director, Dra. Sofia, a standard script for third-party requests.
` },
  { id: "us-free-013", setting: "rural clinic", role: "nurse practitioner", text: `
I'm an NP at a rural health clinic in the Mississippi Delta. ⟦NAME|Mr. Roosevelt Tillman⟧, ⟦AGE|97⟧ in June, still drives his pickup (⟦OTHER|Mississippi plate TRL 4482⟧) to the clinic every month for his INR. His Medicare number is ⟦ID|1EG4-TE5-MK73⟧ and he lives at ⟦ADDRESS|1402 County Road 519, Tutwiler, MS 38963⟧.

This reflection is about driving safety. His vision is 20/50 with glasses and his reaction time is slow. Taking the keys from him means taking away his only way to get groceries; there is no bus out there. Our collaborating physician, Dr Harmon, says the AGS guidance on older drivers (2019) is about conversation, not confiscation.

We agreed he would stop driving after dark, and his granddaughter ⟦NAME|Keisha⟧ will drive him on INR days. I'm going to keep checking in.
` },
  { id: "us-what-014", setting: "prison health", role: "correctional nurse", text: `
**What?** Medication pass in a state correctional facility. An inmate on buprenorphine for opioid use disorder was "cheeking" his dose, according to an officer. The policy was to stop the medication immediately.

**So what?** Stopping MOUD in custody raises overdose risk at release dramatically (Binswanger et al., NEJM, 2007). Diversion is a real problem, but so is death in the first two weeks after release. I felt caught between security and care.

**Now what?** I raised it with our medical director, Dr Ellison, who moved the patient to the extended-release injectable formulation instead of stopping. I am going to present the case at our next nursing meeting and propose that diversion triggers a review, not automatic discontinuation, in line with the 2023 SAMHSA guidance on MOUD in jails.
` },
  { id: "us-gibbs-015", setting: "dentistry", role: "dental student", text: `
## Description
In our student clinic I screened a 62-year-old patient and found a blood pressure of 196/112. He had come in for a crown prep.

## Feelings
Torn. He had taken the day off work.

## Evaluation
We deferred the procedure, per the ADA guidance that elective treatment waits above 180/110, and referred him to urgent care.

## Analysis
Dentists see many people who never see a physician. Taking vital signs is not a formality. My clinical instructor, Dr Nguyen, told me she has found three cases of severe hypertension this year.

## Action plan
Always take the BP before local anaesthetic. Keep the urgent care referral letter template open on the clinic computer.
` },
  { id: "us-free-016", setting: "refugee clinic", role: "medical interpreter", text: `
Refugee health screening at ⟦FACILITY_ROOM|the International Family Clinic on Colfax⟧ in Denver. I interpreted in Dari for ⟦NAME|Mrs. Zarghona Safi⟧, who arrived with her five children in ⟦DATE|October 2023⟧. Her A-number is ⟦ID|A-219 884 307⟧. She asked me not to tell the doctor about her "heart pain", because her husband was in the room.

I interpreted everything, as I must. Dr Hollis, the physician, noticed the husband's reaction and arranged a separate appointment with a female interpreter. At that visit, ⟦NAME|Zarghona⟧ disclosed symptoms of depression.

Interpreters are not supposed to have opinions, but I am writing this because the system worked only because one doctor noticed a look. I will suggest that the clinic offer every adult a private portion of the visit.
` },
  { id: "us-what-017", setting: "emergency medical services", role: "paramedic", text: `
**What?** A 911 call to a trailer park for a woman found on the floor. ⟦NAME|Mrs. Edna Pruitt⟧, ⟦AGE|aged 90⟧, of ⟦ADDRESS|Lot 27, Pine Hollow Mobile Home Park, 3300 Old Hwy 64, Sevierville, TN 37862⟧, had been on the floor for about 18 hours. CK later came back at 14,000.

**So what?** Her medical alert pendant, serial ⟦DEVICE|MAP-4471-02983⟧, was on the nightstand, charging. Her son, ⟦NAME|Darrell⟧, lives in Knoxville and called her every day, but she said she was "fine" on the phone.

**Now what?** I am going to write to our medical director about a community paramedicine referral for every long lie. Our service has a program, and we rarely use it.
` },
  { id: "us-comment-018", setting: "emergency medical services", role: "EMS educator", text: `
Long lies are such an underrated marker of frailty. Our county's community paramedicine program takes referrals straight from crews now, no physician order needed. Worth checking whether your agency has the same agreement. And the pendants only help if they're worn: we teach crews to ask "where is it right now?" on every lift assist.
` },
  { id: "us-free-019", setting: "genetics", role: "genetic counselor", text: `
I counseled a family about a rare condition in a small town, and the mother told me she was going to post everything online. ⟦OTHER|The only family in Oxford, Nebraska with three children with Menkes disease⟧ would be instantly identifiable. She has a fundraiser at ⟦URL|https://www.gofundme.com/f/help-the-harlan-boys-menkes⟧ and a Facebook group under her handle ⟦OTHER|@HarlanBoysStrong⟧.

It is her story to tell. My role is to help her make the choice knowingly, not to stop her. We discussed what insurers, schools and future employers could see, and the limits of GINA (2008), which does not cover life insurance.

My supervisor, Dr Kessler, said it was the most important part of the session. I am going to add a "sharing your story" section to our post-test counseling checklist.
` },
  { id: "us-what-020", setting: "OSCE", role: "medical student", text: `
**What?** My Step 2 CS-style practice exam had a standardized patient with chest pain. I forgot to ask about cocaine use, which was the point of the station. Results posted on 14 July.

**So what?** I realized I skip social history when I'm anxious and the HPI feels urgent. The HEART score was irrelevant; the history was everything. Our clinical skills director, Dr Patel, said this is the most common omission in our cohort.

**Now what?** I will practice a social history that is non-judgmental and fast: tobacco, alcohol, drugs, sex, work, home. Doing it every time, even when it feels awkward, is the only way it becomes automatic.
` },
  { id: "br-what-021", setting: "emergency department", role: "emergency resident", text: `
**What?** At the UPA (emergency care unit) in Zona Leste, São Paulo, ⟦NAME|Seu Antônio Pereira⟧ came in with chest pain at 04:30 on ⟦DATE|domingo, 3 de março⟧. ECG: anterior STEMI. The nearest cath lab was ninety minutes away, so we thrombolysed with tenecteplase and transferred him to ⟦FACILITY_ROOM|the Instituto Dante Pazzanese, sala de hemodinâmica 2⟧.

**So what?** We met the 30-minute door-to-needle target. My doubt was about calling the family: his wife's phone, ⟦PHONE|(11) 95555-2718⟧, went to voicemail four times.

**Now what?** I learned to ask for a second contact at triage. Our preceptor, Dr Henrique, says the SBC STEMI guideline (2015) is clear on drugs and silent on families.
` },
  { id: "jm-what-022", setting: "school health", role: "school nurse", text: `
**What?** At a high school in ⟦LOCATION|Lluidas Vale⟧, a 15-year-old, ⟦NAME|Tavia⟧, fainted in the morning assembly. Her mother, ⟦NAME|Mrs. Marcia Reid⟧, told me on the phone that ⟦NAME|Tavia⟧ had been skipping breakfast to lose weight after comments on her ⟦OTHER|TikTok @tavia.vibez.jm⟧.

**So what?** An eating disorder in a rural teenager is easy to miss. The SCOFF questionnaire was positive. I felt out of my depth.

**Now what?** I referred her to the child guidance clinic and spoke with the guidance counsellor, Mrs. Bailey. I will ask the Ministry's school health programme whether there is training on eating disorders for school nurses.
` },
];
