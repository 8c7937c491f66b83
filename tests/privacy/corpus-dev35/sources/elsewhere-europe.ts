import type { SourceItem } from "../../corpus/types.ts";
import { cnp, ppsn } from "../gen.ts";

/** Greece, Germany, Ireland and Romania. */
export const EUROPE: readonly SourceItem[] = [
  {
    id: "gr-free-001",
    setting: "refugee camp",
    role: "volunteer doctor",
    text: `
My second week volunteering on Lesvos. The camp clinic sees about a hundred people a day. Today ⟦NAME|Zahra⟧, a girl of about seven from Herat, was brought by her father from ⟦LOCATION|the container in Section C, row 12, the one with the painted kite⟧. She had asthma, and their inhaler had been taken at the border, along with everything else.

Her father showed me the asylum seeker's card with its number, ⟦ID|GR-0144-93871⟧, before I asked anything, the way everyone here does. "Doctor, khaste ast," he said, tired, about her, and about himself.

A salbutamol inhaler with a spacer made from a plastic bottle, and a steroid course. She was breathing easily in twenty minutes and started drawing on my notes.

The medical part was the easy part again. Dr. Eleni Papadaki, who coordinates the clinic, says the chronic conditions are the invisible emergency of the camps: asthma, diabetes, epilepsy, all interrupted by the journey. Our pharmacy is donations. Our continuity is a notebook. I'm going home in two weeks. ⟦NAME|Zahra⟧ is not.
`,
  },
  {
    id: "gr-what-002",
    setting: "urban refugee health",
    role: "social worker",
    text: `
**What?** I work for an NGO in Athens helping refugees who have left the camps get into the public health system. The key is the AMKA or, for asylum seekers, the PAAYPA number. Without one, a pharmacy cannot dispense a prescription under the national system. This month I spent more hours on number applications than on anything else.

**So what?** Greece's system says refugees have access to health care. In practice, access means a number, a number means an appointment at an office, and an appointment means someone who speaks Greek and has a phone with data. Each step is a place where people fall out. Last year a change in the rules left many people without numbers for months.

**Now what?** With my colleague Dimitris, a lawyer, I've made a one-page guide in Arabic, Farsi, French and Greek. We have a Tuesday clinic where we fill in the applications together. I would like Médecins du Monde and the other NGOs to share one guide rather than each write our own. Access to health care should not depend on which organisation you meet first.
`,
  },
  {
    id: "gr-comment-003",
    setting: "refugee camp",
    role: "nurse",
    text: `
I was on Lesvos in the spring. If this is ⟦NAME|Zahra⟧ from ⟦LOCATION|the kite container⟧, her father ⟦NAME|Ahmad Rezaei⟧ has a PAAYPA now, ⟦ID|70091230457⟧, so she can get the preventer inhaler at a pharmacy in Mytilene. Tell him, he may not know.
`,
  },
  {
    id: "gr-free-004",
    setting: "Roma health",
    role: "health mediator",
    text: `
I am a Roma health mediator in Thessaloniki. I work in ⟦LOCATION|Dendropotamos⟧, where I grew up. This week a young mother, ⟦NAME|Katerina⟧, had a baby with a fever of 39.8 and a rash. She was afraid to go to the hospital because last time the staff called the police about her husband's papers.

I went with her. I speak Greek and Romani and I know the ward staff now. The baby had measles. ⟦NAME|Katerina⟧'s other two children had not been vaccinated.

Measles outbreaks in Greece have hit Roma communities hardest. The reasons are not a secret: distance, discrimination, no electricity for a fridge in some settlements, no birth certificate for some children. The mediator programme exists because trust cannot be written in a leaflet.

Dr. Nikos Georgiou, the paediatrician I work with most, said to me today that I did more for the vaccination coverage of the settlement than the whole campaign. It is kind, but it is not true. I only walked beside her. Tomorrow I will go house to house with the vaccination team, and every mother will know my face.
`,
  },
  {
    id: "gr-gibbs-005",
    setting: "homeless health",
    role: "medical student",
    text: `
**Description:** During my placement in Athens I joined a night street team of a volunteer organisation. We handed out sandwiches, socks and sleeping bags, and I checked a few blood pressures and wounds. A man in his forties told me he had been an accountant until 2012.

**Feelings:** It shook me. He was my father's age, and he talked like my father.

**Evaluation:** I did not know what to say about the crisis. I asked about his feet, which were terrible, and he let me clean them.

**Analysis:** The financial crisis in Greece doubled street homelessness in a few years. Our lecturers talk about austerity in public health seminars. I had not thought about what it looks like on a bench in Omonia. The coordinator, Maria, said most of the people we meet were once housed, employed, with families. Homelessness is not a separate category of person.

**Conclusion:** One bad decade can put anyone on a bench.

**Action plan:** I want to do my elective project on foot care among homeless people in Athens, and I have asked Maria if I can come every Thursday.
`,
  },
  {
    id: "de-free-001",
    setting: "cold weather outreach",
    role: "outreach nurse",
    text: `
Night shift on the Kältebus in Berlin. Minus nine. We found ⟦NAME|Pan Zbigniew⟧, as he asks to be called, at ⟦LOCATION|the U-Bahn entrance at Kottbusser Tor, north side, under the green tiles⟧, where he has slept for two winters. He is from Poland, came for construction work, lost the job after an injury, lost the room after the job.

His hands were white. Early frostbite. He would not come to an emergency shelter because they take his dog. We offered the Kältebus shelter that takes dogs, and he came, for the first time.

In the bus he showed me a photo on his phone of his daughter's first communion, ⟦DATE|Pentecost Sunday⟧, in a village near Rzeszów. He has not been home. He is ashamed.

EU citizens without work in Germany have limited right to social benefits, which means many are in this grey zone: legally here, but without health insurance. Charity clinics see them. My colleague Jonas, who speaks Polish, will visit him tomorrow about the hands. It is a small thing. Tonight the small thing was a warm bus and a dog-friendly shelter.
`,
  },
  {
    id: "de-what-002",
    setting: "undocumented migrant health",
    role: "general practitioner",
    text: `
**What?** I volunteer at a clinic for people without papers in Hamburg. The Clearingstelle helps people work out whether they can get into insurance, and for those who cannot, the city has a fund. Today three patients: an undocumented woman from Ghana with diabetes, a Bulgarian man with a hernia, and a Vietnamese student whose visa expired, with depression.

**So what?** Section 87 of the Residence Act obliges some public offices to report undocumented people to the immigration authority. Doctors are exempt, but the social welfare office, which pays for treatment, is not. So people avoid care until they are very ill. The Anonymer Krankenschein, an anonymous health voucher, exists in some cities to break this link.

**Now what?** I want to write, with my colleague Dr. Katrin Schulz, a short summary for medical students of what the law says and what it does not say. Many German doctors think they must report, and they must not. And I want to support the campaign for the anonymous voucher in every federal state, because the health of people without papers is the health of everyone.
`,
  },
  {
    id: "de-free-003",
    setting: "online booking for anonymous clinic",
    role: "clinic coordinator",
    text: `
# A near miss with our booking form

## What happened

Our anonymous clinic in Munich introduced an online booking form last month. We promised users that we collect no names. On Monday a colleague asked in the team chat why one person had booked six times, and pasted the form log line for the bookings, with the IP address, ⟦IP|198.51.100.23⟧, and the message field, where the person had written "for my son ⟦NAME|Emir⟧, born ⟦DATE|03.11.2019⟧, asthma again".

## Why it matters

The people who use our clinic are undocumented. The whole point is that nothing leads back to them. A log file with an IP and a child's birth date is a way back.

## What we did

- Deleted the chat message and the log line, with the agreement of our data protection officer, Herr Brandt.
- Turned off IP logging on the form.
- Changed the message field to say "please do not write names or dates of birth here".

## What I learned

Anonymity is not a promise you make once. Every new tool leaks in a new place.
`,
  },
  {
    id: "de-gibbs-004",
    setting: "refugee reception centre",
    role: "medical student",
    text: `
**Description:** During my Famulatur I worked in the medical unit of a reception centre for asylum seekers in Baden-Württemberg. Most consultations were for colds, back pain, pregnancy and skin problems. But on the third day a young man from Syria asked for painkillers for headaches, and the interpreter told me quietly that he had not slept since Aleppo.

**Feelings:** Out of my depth.

**Evaluation:** I did the headache workup properly and found nothing. I asked the doctor, Dr. Yilmaz, how to screen for trauma. She used the Refugee Health Screener with him, and he scored high.

**Analysis:** The Asylum Seekers' Benefits Act limits health care in the first months to acute illness and pain. Psychotherapy is technically possible but hard to get. The psychosocial centres for refugees have waiting lists of months.

**Conclusion:** Medicine in the reception centre is mostly about what cannot be done yet.

**Action plan:** I'll learn the screening tools properly, and write my end-of-placement report on access to mental health care for asylum seekers in the first eighteen months.
`,
  },
  {
    id: "de-comment-005",
    setting: "online booking for anonymous clinic",
    role: "data protection officer",
    text: `
Good write-up, and thank you for acting quickly. For other clinics reading this: check your web server logs, not only the form. Most hosting providers log IP addresses by default, for weeks. Ask them to shorten retention. And never paste raw logs into a group chat, even an internal one.
`,
  },
  {
    id: "ie-free-001",
    setting: "Traveller health",
    role: "public health nurse",
    text: `
I do the public health nurse visits to ⟦LOCATION|the halting site at the end of the Cappagh Road, bay 6⟧. ⟦NAME|Bridgie Ward⟧'s baby, ⟦NAME|little Johnny⟧, was born on ⟦DATE|the eve of the Ballinasloe fair⟧ and has not had his six-week check. His mother's medical card has lapsed because the renewal letter went to the old address.

I sat in the trailer with ⟦NAME|Bridgie⟧ and her grandmother, ⟦NAME|Granny Nell⟧, who is ⟦AGE|ninety-one⟧ and sharper than me, and we rang the medical card office together, reading out ⟦NAME|Bridgie⟧'s PPS number, ⟦ID|${ppsn("6314829")}⟧. It took forty minutes on hold. ⟦NAME|Granny Nell⟧ made tea twice.

The Traveller community's infant mortality is several times that of the settled population. Life expectancy is years shorter. The All Ireland Traveller Health Study said so in 2010 and not enough has changed. The reasons are the conditions of the sites, the evictions, and the way services treat Travellers.

My colleague Siobhán, who is a Traveller primary health care worker, says trust is built one cup of tea at a time. I think she is right. ⟦NAME|Johnny⟧ had his check the next week. He is flying.
`,
  },
  {
    id: "ie-what-002",
    setting: "international protection accommodation",
    role: "GP",
    text: `
**What?** I am the GP for people living in an International Protection Accommodation Services centre in Cork. Most of my patients have been in "direct provision" for one to three years. A man from Zimbabwe told me that what he needs most is not medicine but permission to work.

**So what?** The research on direct provision and mental health is clear: the longer people wait in institutional accommodation, the worse their mental health. Shared rooms with strangers, no cooking facilities, no privacy, and uncertainty. The Day report recommended ending the system. The government committed to it, then the numbers of arrivals rose, and it is still here.

**Now what?** I have started documenting the effect of the accommodation on health in every consultation where it's relevant. My practice partner, Dr. Ciarán Murphy, thinks this is political. I think it is clinical. I also want to work with Safetynet, the Irish inclusion health service, on their mobile clinics, because many people in emergency accommodation are not registered with any GP at all.
`,
  },
  {
    id: "ie-gibbs-003",
    setting: "addiction services",
    role: "GP trainee",
    text: `
**Description:** On my addiction placement in Limerick I saw a woman in her thirties on methadone who had been homeless, and was now in a council flat at ⟦ADDRESS|14 St Mary's Park, Limerick V94 T2X7⟧. ⟦NAME|Shauna⟧ had been clean of heroin for two years, but her hepatitis C had never been treated.

**Feelings:** Frustration that it had been missed, and hope because it is curable.

**Evaluation:** We did the bloods, a FibroScan, and started sofosbuvir-velpatasvir for twelve weeks. Her daughter, ⟦NAME|Chloe⟧, will collect the tablets with her every fortnight from the pharmacy.

**Analysis:** Ireland aims to eliminate hepatitis C. The treatment is simple now, eight to twelve weeks of tablets. The problem is getting people tested and through the pathway. My supervisor, Dr. Aoife Brennan, says for people who use drugs, the pathway has to come to them.

**Conclusion:** Curable is not the same as cured.

**Action plan:** Offer hepatitis C testing to everyone on our methadone list, and book FibroScan in the practice.
`,
  },
  {
    id: "ie-comment-004",
    setting: "Traveller health",
    role: "Traveller primary health care worker",
    text: `
Lovely to read this, and thank you for the cup-of-tea line. Could I ask you to take out the site and the fair, though? There aren't that many families on any one site, and people read these posts. We can tell the story of the medical card without telling anyone which bay.
`,
  },
  {
    id: "ro-free-001",
    setting: "Roma settlement health",
    role: "health mediator",
    text: `
I am a mediator sanitar, a health mediator, in Cluj. I work with families who live at ⟦LOCATION|Pata Rât⟧, beside the landfill. This week I took ⟦NAME|Florica Lăcătuș⟧, who is pregnant for the fifth time, to her first antenatal visit. She is seven months.

She was scared, because she does not have an identity card. Without ID, in Romania, you do not exist for the insurance system. We found her birth certificate in a bag at her mother-in-law's, and the CNP on it, ⟦ID|${cnp("288031212048")}⟧, let us start the insurance process. Meanwhile, pregnancy care is free by law, even without insurance, but many doctors do not know this.

The family doctor, Dr. Pop, agreed to see her. The midwife was kind. The scan showed a healthy baby, due on ⟦DATE|the twenty-third of March⟧.

Mediators exist because the health system does not go to the landfill. My daily work is phone calls, papers, bus tickets, and walking with women into places where they are made to feel unwelcome. I am Roma too. When I walk in, they see two of us. Sometimes that helps and sometimes it makes it worse.
`,
  },
  {
    id: "ro-what-002",
    setting: "street children",
    role: "psychologist",
    text: `
**What?** I work for an organisation in Bucharest that supports street youth, many of whom grew up after the fall of communism in the tunnels of the city's heating system. Some of them are now in their thirties, with children of their own. Today I met a young man whose mother had been one of the "children of the canals".

**So what?** Street homelessness in Bucharest is now intergenerational. The first generation's trauma, drug use (first glue, now legal highs and heroin), HIV and TB have been passed to children born on the street. Services focus on the present crisis and rarely see the family history.

**Now what?** My team leader, Andreea, and I want to map the family connections of the young people we work with, with their consent, to plan support for whole families, not individuals. We will also lobby for harm reduction services, which have been cut since international funding left Romania. Samusocial and ARAS do what they can, but it is not enough.
`,
  },
  {
    id: "ro-gibbs-003",
    setting: "tuberculosis in homeless people",
    role: "pulmonology resident",
    text: `
**Description:** A man was brought to our TB clinic in Bucharest by a social worker. ⟦NAME|Nea Costică⟧, as he is known, sleeps in ⟦LOCATION|the tunnel under platform 1 at Gara de Nord⟧. He had been diagnosed with TB ⟦DATE|the week before Crăciun⟧ and had stopped treatment after two weeks.

**Feelings:** I was impatient, then sympathetic.

**Evaluation:** He had stopped because he was discharged to the street with a month of tablets, and they were stolen. Romania has one of the highest TB rates in the EU.

**Analysis:** Directly observed therapy is the standard, but it is hard for homeless people. My supervisor, Dr. Ionescu, said we should use video-observed therapy, but ⟦NAME|Nea Costică⟧ does not have a phone.

**Conclusion:** Treatment must match the life of the patient.

**Action plan:** We found him a place in a shelter with a nurse, and the social worker brings him to our clinic each week. I will propose a small program with the shelters for supervised treatment.
`,
  },
  {
    id: "ro-comment-004",
    setting: "Roma settlement health",
    role: "family doctor",
    text: `
Thank you for writing this. Many colleagues still do not know that pregnant women and children are covered without insurance. I will share the relevant paragraph from the law with our professional association. We need mediators in every county, not only in the projects that happen to have funding.
`,
  },
];
