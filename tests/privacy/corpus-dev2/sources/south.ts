import type { SourceItem } from "../../corpus/types.ts";

/** Jamaica, Brazil, New Zealand and Australia. */
export const SOUTH: SourceItem[] = [
  { id: "jm-free-001", setting: "community medicine", role: "family medicine resident", text: `
# Hypertension in the hills

Our community clinic day took us up into the hills with Nurse Marcia Campbell, the district health nurse, and Dr. Desmond Whyte, our family medicine consultant. We measured blood pressures at a church hall after the Sunday service; eleven of forty were over 160 systolic.

Nurse Campbell knew every family. She says the community trusts the clinic because the same nurses come back every month. Dr. Whyte teaches that Jamaican patients often prefer a once-daily pill and that bush tea is not the enemy, just something to ask about.

I read the Ministry of Health and Wellness hypertension guideline (2020) on the drive back. Patties from the shop at the Mandeville square kept us going. The learning for me: continuity is a treatment.
` },
  { id: "jm-what-002", setting: "obstetrics", role: "obstetric registrar", text: `
**What?** ⟦NAME|Miss Shanique Grant⟧, 19, booked late at 30 weeks. She lives in ⟦LOCATION|the district of Cascade, two corners above the Top Road shop in Portland⟧, and her baby father drives a route taxi with the plate ⟦OTHER|PP 4417⟧, which she gave us as the way to find her.

**So what?** Late booking meant no anomaly scan and no early HIV or syphilis screen. Our midwife, Sister Hyacinth Morgan, said the clinic hours clash with her job at the hotel.

**Now what?** We planned an evening antenatal session with the parish health department. She delivered on ⟦DATE|3/11/2025⟧ and both are well.
` },
  { id: "jm-gibbs-003", setting: "emergency department", role: "medical intern", text: `
## Description
A young man with a gunshot wound to the thigh, brought in by police from ⟦LOCATION|the lane behind the Waterhouse community centre, near Olympic Gardens⟧. We put him in ⟦FACILITY_ROOM|resus bay 2⟧.

## Feelings
Adrenaline, then sadness when his mother arrived.

## Evaluation
Tourniquet, TXA, and the surgeons took him to theatre in 40 minutes.

## Analysis
Our consultant, Dr. Paul McKenzie, reminded us that violence interruption programmes work. I had never thought of it as medicine.

## Conclusion and action plan
Read the Violence Prevention Alliance materials and attend the trauma course at the university hospital teaching centre in Mona.
` },
  { id: "br-free-004", setting: "primary care", role: "medical student", text: `
# Na UBS com a agente comunitária

Shadowing the community health agent, Dona ⟦NAME|Cida⟧ showed me her patients on foot. One was Seu ⟦NAME|Benedito Ferreira⟧, bedbound after a stroke, who lives at ⟦ADDRESS|Rua Sete de Setembro, 88, casa 2, Vila Esperança, Caruaru - PE, 55012-370⟧. His last review had been on ⟦DATE|quarta-feira, 3 de setembro⟧.

The agent, whom everyone calls Dona Cida too, made me realise that the Estratégia Saúde da Família works because the agent lives in the same street. Our preceptor, Dra. Luciana Barros, asked us to map every bedbound patient in the microarea.

I am reading the Ministério da Saúde's Caderno de Atenção Básica on home care (2012).
` },
  { id: "br-what-005", setting: "ICU", role: "physiotherapist", text: `
**What?** A patient on a ventilator in the ICU extubated himself during the night. The ventilator's serial number, ⟦DEVICE|NS 4D2-118472⟧, was in the event report. He was reintubated in ⟦FACILITY_ROOM|leito 7 da UTI adulto⟧ without harm.

**So what?** The sedation target had drifted; RASS was +2 at 01:00. Restraints are not the answer, but neither is silence.

**Now what?** I proposed a RASS check at every physiotherapy session. Our coordinator, Dr. Rafael Souza, agreed to discuss it at the morning huddle. The AMIB sedation guideline (2018) supports it.
` },
  { id: "br-comment-006", setting: "medical education", role: "preceptor", text: `
Ótima reflexão. At our school in Recife we ask residents to write reflections in Portuguese or English. Prof. Ana Paula Cavalcanti runs the narrative medicine elective every semester. The SBMFC congress in Florianópolis last year had a full day on reflective writing. Keep going.
` },
  { id: "nz-free-007", setting: "rural general practice", role: "rural GP", text: `
# Sheep, tractors and a fractured pelvis

⟦NAME|Hemi⟧, a shearer, came in after his quad bike rolled on the back paddock of ⟦LOCATION|the Te Rau station at the end of Mangaotaki Road, past the one-lane bridge⟧. He had a pelvic binder on within twenty minutes because the rural nurse, Mere, had one in the ute.

The rescue helicopter flew him out on ⟦DATE|Labour Day, 27 October 2025⟧. His wife phoned me the next week to say he was home.

What I learned: rural medicine is logistics. Dr. Fiona McKay, my mentor at the practice, says every rural GP needs to know the helicopter's landing spots. The RNZCGP rural hospital medicine curriculum covers this, and PHARMAC's funded analgesics list is in my bag.
` },
  { id: "nz-what-008", setting: "paediatrics", role: "paediatric nurse", text: `
**What?** Our team ran a rheumatic fever prevention clinic at a kura kaupapa in South Auckland. Whaea Roimata, the kaiako, helped us explain sore throat swabs to the kids in te reo. We swabbed 46 children.

**So what?** Rheumatic fever in Aotearoa falls hardest on Māori and Pacific children. The Heart Foundation guideline (2024) is clear about penicillin, but it is the relationship with the school that makes the programme work.

**Now what?** I want to train two more nurses in the swab clinic. Dr. Tevita Fifita, our paediatrician, will teach the session on rheumatic heart disease next month. The mince and cheese pies from the dairy across the road were a hit.
` },
  { id: "nz-gibbs-009", setting: "dialysis", role: "renal nurse", text: `
## Description
⟦NAME|Mrs Losa Tuilagi⟧ has home haemodialysis in ⟦ADDRESS|14B Kowhai Crescent, Otara, Auckland 2023⟧. Her dialysis machine, serial ⟦DEVICE|NXS-07-33185⟧, showed a water leak alarm.

## Feelings
Worried, because the machine is her lifeline.

## Evaluation
The technician came within four hours.

## Analysis
We had no backup plan for machine failure outside working hours.

## Conclusion and action plan
Her church set up a fundraiser for a generator, ⟦URL|https://givealittle.co.nz/cause/losa-dialysis-otara⟧. A written backup plan with the unit's number for every home dialysis patient. Our charge nurse, Tania Faleolo, will check each plan at the monthly home visit, and the KDIGO guidance on home therapies (2023) goes into the training folder.
` },
  { id: "nz-free-010", setting: "psychiatry", role: "psychiatry registrar", text: `
# Whānau in the room

My supervisor, Dr. Aroha Ngata, insists that whānau are invited to every first assessment. Today our mental health team met a young man and his koro, aunties and cousins at the marae-style room in our service. The session took two hours.

I used to think group interviews diluted the history. Today the koro told us things about sleep and cannabis that the young man would never have told me alone.

The Te Tiriti framework in the Medical Council of New Zealand's cultural safety statement (2019) puts this better than I can. Next month I am attending the Hui Whakaoranga in Rotorua with our kaumātua, Matua Rangi. Afterward, fish and chips by the lake.
` },
  { id: "au-free-011", setting: "remote area nursing", role: "remote area nurse", text: `
# The clinic at the end of the road

An elder, ⟦NAME|Aunty Rosalind Japaljarri⟧, came to our clinic from ⟦LOCATION|Pirlangimpi outstation, the camp behind the old mission store⟧. Her blood sugar was 24. Her dialysis was booked in Darwin but she wanted to finish sorry business first.

Our senior remote area nurse, Sue Kennedy, sat with her for an hour and we rang the renal team together. The Aboriginal health practitioner, Jacinta, translated and explained.

I learned that we negotiate treatment around culture, not the other way around. The CARPA Standard Treatment Manual (8th edition, 2022) is our clinic's bible.
` },
  { id: "au-what-012", setting: "emergency department", role: "emergency registrar", text: `
**What?** A tradie with a nail-gun injury to his hand. He came by ute straight from the building site; his ute, rego ⟦OTHER|QLD 771 KTW⟧, was parked across the ambulance bay and security asked us to find the owner. He lives in ⟦ADDRESS|Unit 4/27 Banksia Street, Nambour QLD 4560⟧.

**So what?** Nail-gun injuries look small but can reach tendons and joints. X-ray showed the nail near the MCP joint.

**Now what?** Hand surgery review, antibiotics and a tetanus booster. I also learned from our consultant, Dr. Nick Papadopoulos, to always check the nail type on the packet.
` },
  { id: "au-free-013", setting: "ward round", role: "intern", text: `
# The night I called the MET

On my first night as an intern in Brisbane, a patient's heart rate crept up from 90 to 135 over four hours. I called the MET at 03:10. The ICU registrar, Dr. Priya Nair, arrived in four minutes and was kind about it.

It was sepsis from a line. The Queensland Adult Deterioration Detection System (Q-ADDS) chart did exactly what it was meant to do.

Things I'm taking from it: call early, trust the chart, and handover properly. Our nurse unit manager, Deb Holloway, told me the next morning that she would rather have a hundred early calls than one late one. The CEC's "Between the Flags" program does the same in NSW.
` },
  { id: "au-gibbs-014", setting: "palliative care", role: "palliative care nurse", text: `
## Description
I visited ⟦NAME|Mr Kostas Georgiou⟧ at home in ⟦LOCATION|the old Greek Orthodox presbytery next to St Nicholas church in Yallourn North⟧. His syringe driver, asset tag ⟦DEVICE|PCN 28-7719⟧, had run dry overnight.

## Feelings
Frustrated, because the family rang at 5am and we could not come until 8.

## Evaluation
He was comfortable by 9am.

## Analysis
After-hours palliative care in regional Victoria relies on a few people.

## Conclusion and action plan
I will write a breakthrough plan and make sure the family has the after-hours number.
` },
  { id: "au-what-015", setting: "medical education", role: "clinical educator", text: `
**What?** I ran a simulation for final-year students at our rural clinical school on the management of anaphylaxis. Dr. Emma Walsh played the registrar; Nurse Lachlan Ross played the nurse.

**So what?** The students hesitated to give adrenaline. The ASCIA guidelines (2023) say: adrenaline first, everything else second.

**Now what?** We will rerun the scenario with a time-pressure element, and invite the paramedics from the local station. The ACEM conference in Melbourne next year has a simulation stream I want to attend. The bakery on the main street in Wagga did the catering.
` },
  { id: "in-gibbs-016", setting: "neonatology", role: "neonatology resident", text: `
## Description
Baby of ⟦NAME|Lakshmi⟧ was born at 29 weeks on ⟦DATE|14/8/25⟧ and nursed in ⟦FACILITY_ROOM|NICU warmer 11⟧. The family lives in ⟦LOCATION|Kottayi panchayat, ward 6, near the Bhagavathi temple pond⟧.

## Feelings
Anxious during the first CPAP night.

## Evaluation
She did well on CPAP and caffeine.

## Analysis
Kangaroo mother care helped more than I expected.

## Conclusion and action plan
Teach KMC to every mother, and learn the NNF (2020) guidelines properly. Our unit head, Dr. Suresh Nambiar, wants each resident to run one KMC session for mothers in Malayalam with the staff nurse, Sister Beena.
` },
  { id: "gh-free-017", setting: "surgery", role: "house officer", text: `
# Night theatre in Tamale

The on-call surgeon, Dr. Ibrahim Abdulai, let me assist on a strangulated hernia at 1am. The anaesthetist, Dr. Mrs. Fuseini, taught me how to check a spinal block with ice. The theatre nurses sang while they set up.

I had thought theatre at night would be chaotic. It was calm because everyone knew their job. Dr. Abdulai talks through every step: "skin, fat, Scarpa's, external oblique".

I am reading the WHO Surgical Safety Checklist guidance (2009) and our college's Essential Surgery notes. After the list, tuo zaafi from the stall outside the gate with the theatre team.
` },
  { id: "ke-free-018", setting: "TB ward", role: "medical officer", text: `
# Contact tracing and the bodaboda rider

⟦NAME|Otieno⟧, a bodaboda rider with smear-positive TB, lives in ⟦LOCATION|Nyalenda B, behind the Kilo market in Kisumu⟧. He was diagnosed on ⟦DATE|9 September⟧ and his motorcycle plate, ⟦OTHER|KMDT 442Q⟧, was in the contact-tracing notes because his passengers were part of the contact list.

Our TB coordinator, Mr. Joseph Ouma, taught me that contact tracing for a bodaboda rider is a social puzzle.

I learned the National TB Guidelines (2021) and the idea of "source investigation" better than from any lecture.
` },
];
