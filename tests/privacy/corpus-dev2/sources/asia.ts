import type { SourceItem } from "../../corpus/types.ts";

/** Philippines, Malaysia, Singapore, Bangladesh, Sri Lanka, Pakistan, India and the UAE. */
export const ASIA: SourceItem[] = [
  { id: "ph-free-001", setting: "community medicine", role: "municipal health officer", text: `
# Dengue season, again

Every July the rural health unit fills with febrile children and tired mothers. This year our provincial health office sent the updated DOH dengue clinical practice guidelines (2024), and Dr. Maria Cecilia Reyes-Santos, the provincial epidemiologist, came to teach the barangay health workers how to do a tourniquet test properly.

What struck me was how much the BHWs already knew. Ate Lorna, who has been a BHW for twenty years, can spot a child in the critical phase from the doorway. Kuya Ben, our driver, knows every river crossing in the municipality and which one floods first.

I am writing this to remind myself that the unit is a team. The 5-day fever chart we use now was Ate Lorna's idea, not mine. Next month the Philippine Pediatric Society has a webinar on warning signs; I have signed us all up.
` },
  { id: "ph-what-002", setting: "obstetrics", role: "midwife", text: `
**What?** A G3P2 at 38 weeks arrived by habal-habal from ⟦LOCATION|Purok 5, Sitio Kalubihan, Barangay San Isidro⟧, already fully dilated. We delivered her in the lying-in clinic at 04:10. The baby's birth certificate will say ⟦DATE|19 October 2025⟧, and the father asked us to spell the sitio correctly because it is often misspelled.

**So what?** She had planned a facility delivery but the road washed out. Three of our last ten births from that purok came the same way.

**Now what?** Our municipal health officer wants a birthing waiting home near the highway. I am collecting the numbers for the proposal, which goes to the LGU in January.
` },
  { id: "ph-comment-003", setting: "ICU", role: "critical care nurse", text: `
I agree the alarm fatigue is real. In our unit in Cebu we did a QI project in 2022 with Sir Mark Villareal, our nurse educator: we set the SpO2 low alarm to 88% for COPD patients and reviewed every alarm for a week. It cut nuisance alarms by a third. The PCCM (Philippine College of Critical Care Medicine) posters are free to print.
` },
  { id: "my-free-004", setting: "emergency department", role: "medical officer", text: `
# A snakebite from the estate

Encik ⟦NAME|Ravi a/l Muniandy⟧, a harvester, came in at 23:15 on ⟦DATE|Jumaat, 7 November⟧ with a swollen hand after a bite in the oil palm rows. He lives in ⟦LOCATION|the Ladang Sungai Bahru workers' lines, block C, beyond the mosque at Kampung Jawa⟧ and his supervisor drove him.

Our specialist, Dr. Nurul Huda binti Ismail, walked me through the 20-minute whole blood clotting test. It was unclotted. We gave the monovalent Malayan pit viper antivenom from the Queen Saovabha institute stock.

What I learned: in Malaysia the snake species, the test and the antivenom are a chain, and the Remote Envenomation Consultancy Services (RECS) hotline is the fourth link. I had never called it before. I will now.
` },
  { id: "my-what-005", setting: "diabetes clinic", role: "diabetes educator", text: `
**What?** Puan ⟦NAME|Zaleha⟧ was started on an insulin pump last year. Her pump (serial ⟦DEVICE|NG2741889H⟧) alarmed "occlusion" three times in a week, so she came to the clinic on ⟦DATE|12.02.2025⟧ with the pump and the kit in a tupperware.

**So what?** The cannula was fine; her site rotation was not. She had used the same two spots for months, and the lipohypertrophy was obvious once we looked.

**Now what?** A rotation map for her and for every pump user in our clinic, and a photo-based guide in Bahasa Malaysia. Dr. Tan Wei Ling from endocrinology has agreed to review it.
` },
  { id: "sg-free-006", setting: "geriatrics", role: "geriatric registrar", text: `
# Polypharmacy at a Tuesday clinic

Our senior consultant, A/Prof Lim Boon Kiat, asked the registrars to bring one deprescribing case each to the Tuesday clinic. Mine was an 84-year-old on eleven drugs. We used STOPP/START version 3 and stopped four.

The teaching moment was the conversation, not the list. A/Prof Lim asked the patient's daughter what her father wanted most. "To go to the kopitiam downstairs every morning," she said. That reframed everything: the drugs that made him dizzy went first.

I want to bring this into every geriatric clinic I run. The Singapore MOH clinical practice guideline on falls (2015) and the AGS Beers Criteria (2023) are now in my bag, along with the chwee kueh I buy at Tiong Bahru on the way in.
` },
  { id: "sg-what-007", setting: "renal", role: "dialysis nurse", text: `
**What?** Mdm ⟦NAME|Koh Siew Lan⟧ missed her dialysis session because the lift in her block broke. She lives at ⟦ADDRESS|Blk 58 Lengkok Bahru #11-204, Singapore 150058⟧ and cannot manage eleven storeys with her knees.

**So what?** Missed dialysis is dangerous; her potassium was 6.4 the next day. This was a building problem, not an adherence problem.

**Now what?** I called the town council and our medical social worker arranged transport with a wheelchair carrier through the community care network. I also put a note on her file so that the next lift breakdown triggers a call from us.
` },
  { id: "bd-free-008", setting: "paediatrics", role: "medical officer", text: `
# A drowning and a village without a fence

A three-year-old boy was brought in limp after falling into the family pond in ⟦LOCATION|Char Kukri-Mukri, the ward beside the cyclone shelter at Nazirpur bazar⟧. He had been alone for about ten minutes while his mother cooked. We resuscitated him on the trolley and he breathed again after two rounds.

Drowning is the leading cause of death in Bangladeshi children aged one to four. Our professor, Prof. Dr. Shahana Akter, reminded us of the anchal day-care model, where village women watch small children during the morning hours.

My take: I want every discharge of a drowned child to include a referral to the nearest anchal, and I want to learn CPR teaching for mothers. The CIPRB resources are in Bangla and free.
` },
  { id: "bd-comment-009", setting: "medical education", role: "lecturer", text: `
Useful post. At our college in Sylhet we run the OSCE for fourth years with Dr. Kamrul Hasan and Dr. Farhana Yasmin as examiners; the students say the history station on fever is the hardest. For revision, the Bangladesh National Guideline for Management of Dengue (2021) is short and practical. Also: fuchka after the exam, not before.
` },
  { id: "lk-what-010", setting: "surgery", role: "surgical intern", text: `
**What?** A tea plucker with a snake-bitten foot and later fasciotomy wounds, nursed in ⟦FACILITY_ROOM|Ward 14, bed 22⟧. She lives in ⟦LOCATION|the line rooms of Glenlyon Estate, Lower Division, above the Bogawantalawa road⟧. She was discharged on the ⟦DATE|2nd of April 2025⟧ after skin grafting.

**So what?** Our consultant surgeon, Dr. Ruwan Jayasinghe, asked me to write her home details precisely because the estate medical assistant does the dressings, and the estate has three divisions.

**Now what?** I will keep learning how our estate health system works, and the plantation human development trust that funds it. The Sri Lanka College of Surgeons has a rural surgery day in Kandy next month.
` },
  { id: "lk-free-011", setting: "psychiatry", role: "psychiatry trainee", text: `
# Pesticide, again, and what Dr. Perera said

We saw another young man after paraquat ingestion this week. Our consultant, Dr. Nimal Perera, spoke to the trainees afterwards about the Sri Lankan pesticide bans since 1995 and how they cut suicide deaths without cutting agriculture.

He said that public health policy saved more lives in this country than any psychiatrist. I found that humbling.

I am reading Gunnell et al. (2007) on the bans, and the WHO "Preventing suicide" report (2014). In Colombo there is a short course on self-harm assessment at the Postgraduate Institute of Medicine next month. Afterwards, hoppers at Galle Face with the other trainees, where we talked about whether we were doing enough for the families.
` },
  { id: "pk-free-012", setting: "ward round", role: "house officer", text: `
# Consultant rounds in Lahore

Our ward round starts at 8 am with Prof. Dr. Tariq Mahmood and ends when he decides. Today he asked each house officer one question. Mine: "Why is this man's sodium 124?" I said SIADH; he asked for the urine osmolality and I did not have it.

He did not humiliate me. He said, "Half of medicine is having the test before the question." Dr. Ayesha Siddiqui, the senior registrar, then showed me the flowchart from the European hyponatraemia guideline (2014).

Things I liked: the nurse in charge, Sister Parveen, speaks on the round. The pharmacist, Mr. Usman, corrects doses openly. Lunch was daal chawal at the stall by the Mall Road, and I spent it reading about urine sodium.
` },
  { id: "pk-what-013", setting: "emergency department", role: "emergency resident", text: `
**What?** A rickshaw collision at night. The injured driver was brought in with his vehicle papers: the rickshaw's plate was ⟦OTHER|LEA-4471⟧ and his brother insisted on it being noted for the police report. He lives in ⟦LOCATION|Mohalla Qasaban, behind the Data Darbar parking⟧ and is well known there.

**So what?** Medico-legal cases in Pakistan need careful notes, and relatives often want details written that we would rather not write. The MLC register is the right place for the plate, not the reflection or the ward board.

**Now what?** I will separate what the police need from what the clinical team needs, and ask our medico-legal officer, Dr. Saima Riaz, to run a teaching session on it.
` },
  { id: "in-free-014", setting: "cardiology", role: "cardiology resident", text: `
# The pacemaker and the phone in the shirt pocket

Shri ⟦NAME|Ramesh Chandra Tiwari⟧, a retired schoolteacher, came to the device clinic complaining of "flutters" whenever he took calls. His single-chamber pacemaker, model SN ⟦DEVICE|PCX 559301 Q⟧, was implanted on ⟦DATE|24-Jan-2023⟧. He kept his phone in the left shirt pocket, right over the generator.

The interrogation was normal. Our technician, Mr. Joseph Varghese, explained the 15 cm rule and suggested the right ear. Our unit head, Dr. Kavita Menon, later reminded us that most modern devices are well shielded, but the advice costs nothing.

He lives in ⟦LOCATION|Lalpur village, near the old Shiv mandir on the Chunar road⟧, and travels four hours to us. Next time I want to offer him a remote follow-up instead.
` },
  { id: "in-what-015", setting: "medication error", role: "pharmacist", text: `
**What?** A near miss on the medical ward: a prescription for "Glynase 5" was read as "Glyciphage 500" by the night staff. The on-call physician, Dr. Anil Deshpande, caught it before the first dose. The drug names look alike in the brand list our hospital stocks, and Glycomet and Glyciphage are both metformin.

**So what?** Look-alike, sound-alike brands are a known hazard in India, and the ISMP list covers some of them. Tall-man lettering is not used in our pharmacy software.

**Now what?** I have proposed tall-man lettering to the drugs and therapeutics committee, and a weekly five-minute LASA quiz for the nurses. Sister Mary Thomas, the nursing superintendent, has offered to run the first one on Thursday at 2 pm.
` },
  { id: "in-comment-016", setting: "community medicine", role: "ASHA trainer", text: `
Thank you for this post. In our block in Bihar the ASHA didis know every household in their village by heart, and that is both a strength and a privacy risk. Madam Sunita Devi, our block community mobiliser, asks the ASHAs never to post patient photos in the WhatsApp group. The NHM guidelines from 2017 say the same. Worth repeating in every training.
` },
  { id: "ae-free-017", setting: "emergency department", role: "emergency physician", text: `
# Heat stroke in August

Two labourers came in from a construction site with core temperatures above 41°C. The second, Mr. ⟦NAME|Saddam Hossain⟧, lives in ⟦ADDRESS|Room 312, Al Quoz Labour Camp 4, Street 17, Al Quoz Industrial Area 3, Dubai⟧ and shares the room with eleven men. He was admitted to ⟦FACILITY_ROOM|ICU bed 9⟧ and intubated on ⟦DATE|Thursday, 21 August 2025⟧.

Our consultant, Dr. Fatima Al Marzouqi, ran the cold-water immersion herself. "Cool first, transport second," she said.

What I learned: the midday break rule protects workers only if someone enforces it. I have written to our occupational health colleague to ask about the camp's cooling and water provisions.
` },
  { id: "ae-comment-018", setting: "paediatrics", role: "paediatric fellow", text: `
Great reflection on the febrile infant. The AAP 2021 guideline for well-appearing febrile infants 8–60 days old is the one we follow in Abu Dhabi too. Dr. Reem Al Hashimi presented our local audit at the Emirates Paediatric Conference last spring; our lumbar puncture rate fell by a quarter without any missed meningitis.
` },
];
