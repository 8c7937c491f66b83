import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";
import { nric } from "../gen.ts";

/** Philippines, Bangladesh, Sri Lanka, Singapore, India and Pakistan, in settings the main corpus has little of. */
export const ASIA: SourceItem[] = [
  { id: "ph-free-001", setting: "rural health unit", role: "medical intern", text: `
# Why ⟦NAME|Lola Remedios⟧ stopped taking her amlodipine

Community rotation, second week. Our rural health unit covers eleven barangays and I was sent with the barangay health worker, Ate Joy, to do home visits. ⟦NAME|Lola Remedios⟧ lives alone in ⟦LOCATION|Sitio Malinao, Barangay Kaybagal Sur⟧, up a hill that the tricycle cannot climb after rain. Her BP was 182/100. She told us she had stopped the amlodipine 5 mg in March because the botika ran out and the next one is two jeepney rides away.

What I learned: adherence was not a knowledge problem. She could recite the side effects better than I could. It was a supply problem, and a legs problem.

Dr Villanueva, our municipal health officer, says the DOH Maintenance Medicines programme should cover her. We wrote her name on the list for the next delivery, and her grandson ⟦NAME|Jun-Jun⟧ gave us his number (⟦PHONE|0917 555 0142⟧) so we can text when the stock arrives.
` },
  { id: "ph-what-002", setting: "emergency department", role: "resident", text: `
**What?** A 34-year-old tricycle driver came in after a collision on the national highway with a GCS of 13/15 and an open tibial fracture. We did the primary survey by ATLS, splinted, gave cefazolin 2 g and tetanus toxoid, and called ortho. Our consultant, Dr Ramos-Tan, ran the resuscitation calmly while the family crowded the doorway.

**So what?** I noticed how much of the delay was paperwork: the PhilHealth forms, the "promissory note", the pharmacy queue for the relatives to buy the antibiotics themselves. Out-of-pocket spending in the Philippines is still around 45% of health spending, and I watched that number become a mother counting cash in a corridor.

**Now what?** I will read the Universal Health Care Act (RA 11223, 2019) properly rather than quoting it. I also want to ask the social worker, Ma'am Tess, to show me how Malasakit Center assistance is requested, so that I can point families to it early instead of at discharge.
` },
  { id: "ph-gibbs-003", setting: "paediatrics", role: "nursing student", text: `
## Description
My first dengue patient: ⟦NAME|Princess Joy Dela Cruz⟧, eight years old, in ⟦FACILITY_ROOM|Pedia Ward Bed 14, Batangas Medical Center⟧. Day 5 of fever, platelets 38, haematocrit rising from 38 to 46. Her mother, ⟦NAME|Aling Marites⟧, slept on a monobloc chair beside her.

## Feelings
Anxious every time I took vitals. The WHO 2009 warning signs card was taped inside my notebook.

## Evaluation
We caught the plasma leak early. Strict input and output charting mattered more than anything clever.

## Analysis
Critical phase monitoring is nursing work. Our clinical instructor, Sir Aquino, made us plot the haematocrit by hand.

## Conclusion and action plan
She was discharged on ⟦DATE|August 23⟧. I will keep a fluid chart template in my bag for every ward.
` },
  { id: "ph-comment-004", setting: "community medicine", role: "public health nurse", text: `
Lovely reflection. One practical tip from twelve years in RHUs around Laguna and Quezon: make friends with the barangay captain and the BHWs before you need them. The DOH Konsulta package, the Maintenance Medicines programme and the LGU pharmacy each have their own list, and the BHWs know which one actually has stock this month. Also, write SMS reminders in Tagalog, not English; our return rates went up noticeably when we did.
` },
  { id: "bd-free-005", setting: "maternal health", role: "midwife", text: `
I am a diploma midwife at ⟦FACILITY_ROOM|Kalihati Upazila Health Complex⟧ and I want to write about ⟦NAME|Rahima⟧, nineteen, first pregnancy, who walked in at 02:10 fully dilated with a retained second twin nobody had told her about. Her husband's mobile is the only way to reach her family: ⟦PHONE|01711-555208⟧.

The first twin was born in the van. The second was breech. I had done the Helping Babies Breathe course and the breech module only on a mannequin. Our medical officer, Dr Sharmin, was on her way from home, fifteen minutes away.

I delivered the second twin, a girl, Apgar 6 then 9. Oxytocin 10 IU IM, controlled cord traction, fundal massage. Blood loss about 450 mL.

I want to remember two things. First, my hands knew more than my head in that moment. Second, no antenatal scan in a woman who had four ANC visits is a system failure I must report to the UH&FPO, not only a story.
` },
  { id: "bd-what-006", setting: "pharmacy", role: "pharmacist", text: `
**What?** At our hospital pharmacy in Dhaka a mother brought a prescription for "Napa 500 mg TDS" for a child of six. Napa is paracetamol; 500 mg three times a day is fine for his weight of 22 kg, but the same prescription also listed a paracetamol-containing cough syrup. Combined, the daily dose would have been about 95 mg/kg.

**So what?** Brand names hide generic duplication. In Bangladesh most prescriptions are written by brand (Napa, Ace, Fast), and caregivers believe they are different medicines. The BNF for Children maximum is 75 mg/kg/day.

**Now what?** I called the prescriber, Dr Hasan, who removed the syrup. I am now drafting a one-page generic-names chart for our counter, in Bangla, and I asked our chief pharmacist, Mrs Nasreen Akter, if we can add a duplication check to the dispensing SOP. Next month I present this at the DGDA pharmacovigilance meeting.
` },
  { id: "bd-gibbs-007", setting: "refugee camp clinic", role: "medical officer", text: `
## Description
I work in a primary health centre in the camps near Cox's Bazar. A grandmother brought her granddaughter, ⟦NAME|Nur Kalima⟧, with severe acute malnutrition: MUAC 108 mm, bilateral pitting oedema. Their shelter is ⟦LOCATION|Camp 14, Block C-7⟧ and the family's FCN (household) number is ⟦ID|FCN 173-554-09⟧.

## Feelings
Helpless, then busy. Busy is easier.

## Evaluation
We followed the WHO SAM protocol: F-75, amoxicillin, careful rehydration with ReSoMal only if needed.

## Analysis
The referral to the stabilisation centre took four hours because of a checkpoint. The clinical part was the easy part.

## Action plan
Meet the camp health focal point about referral passes. Ask ⟦NAME|Kalima⟧'s grandmother, ⟦NAME|Nani Sayeda⟧, whether she has a phone for follow-up.
` },
  { id: "bd-comment-008", setting: "psychiatry", role: "psychiatry resident", text: `
Thank you for writing this honestly. When I rotated through psychiatry in Dhaka we were taught to ask about somatic complaints first, because "my head is burning" is often how depression arrives. The PHQ-9 translated into Bangla works, but only if you read it aloud and slowly. Dr Rahman, our unit head, always said: the first visit is for trust, the second for diagnosis.
` },
  { id: "lk-free-009", setting: "medical ward", role: "house officer", text: `
Reflection for my internship portfolio. ⟦NAME|Mr. W. A. Gunapala⟧ (⟦AGE|aged 91⟧), a retired tea factory clerk, came from ⟦LOCATION|the Stellenberg estate line rooms near Pussellawa⟧ with a fractured neck of femur and delirium. He was admitted to ⟦FACILITY_ROOM|Ward 21 of Teaching Hospital Kandy⟧, and his daughter ⟦NAME|Chandrika⟧ stayed with him every night on a mat under the bed, as families do here.

I learned that delirium in our wards is managed as much by the bystander as by us. She reoriented him, fed him and told us when he was "not himself". The 4AT score went from 7 to 2 over four days, while our treatment was little more than stopping his chlorphenamine and treating constipation.

My consultant, Dr Jayasuriya, asked me what I would change. I said: involve the bystander formally, give her the CAM questions in Sinhala, and write her observations into the BHT.
` },
  { id: "lk-what-010", setting: "dentistry", role: "dental surgeon", text: `
**What?** A schoolteacher in her fifties came to our dental clinic in Galle with a white patch on her buccal mucosa that she had chewed betel quid over for thirty years. I almost wrote it up as frictional keratosis.

**So what?** Betel quid with tobacco is the main driver of oral cancer in Sri Lanka, and the National Cancer Control Programme estimates oral cancer is the commonest cancer among men here. A non-healing patch in a chewer needs a biopsy, not reassurance. My trainer, Dr Fernando, pointed out that my "clinical impression" was shaped by her being a teacher rather than the typical patient I imagine.

**Now what?** We biopsied; histology showed mild dysplasia. I have added a habit history box to my examination template, I now use toluidine blue as an adjunct, and I am planning a short talk for the Public Health Midwives in our MOH area about looking inside the mouth during home visits.
` },
  { id: "lk-gibbs-011", setting: "snakebite", role: "medical officer", text: `
## Description
Night shift in a base hospital in the North Central Province. A paddy farmer was brought in after a krait bite while sleeping on the floor. He was ptotic and his 20WBCT was normal, so this was neurotoxic envenoming.

## Feelings
Alert, a little excited, then scared when his breathing slowed.

## Evaluation
We gave Indian polyvalent antivenom, ten vials, and he was intubated and ventilated for thirty hours. He recovered.

## Analysis
The Sri Lanka Medical Association snakebite guidelines (2021) say antivenom does not reverse established krait paralysis; ventilation saves lives. I was focused on the vials and almost late with the airway.

## Conclusion and action plan
Airway first, always. I will practise the bag-valve-mask and the transfer checklist with our nursing officers, and teach the sleeping-on-the-floor risk at the next village health talk.
` },
  { id: "lk-free-012", setting: "geriatrics", role: "nursing officer", text: `
Home visit notes I should never have posted in the staff chat, now corrected: our elders' day-care list included ⟦NAME|Seelawathie amma⟧, ⟦AGE|96 years old⟧, NIC ⟦ID|282341570V⟧, living at ⟦ADDRESS|No. 47/3, Temple Road, Matale 21000⟧. Her son abroad calls on ⟦PHONE|+94 77 555 3194⟧.

I am reflecting on this because the message went to sixty people, including drivers and security staff, when all I wanted was to remind the team about her insulin. The hospital's information officer, Mr Dissanayake, helped me delete it and we reported it.

What I take from this: group chats feel private and are not. I now use the ward's secure messaging for patient details, and in the big group I only say "the 10 a.m. home visit on the Matale list". I also reread the Ministry of Health circular on data privacy (2022) with my team.
` },
  { id: "sg-what-013", setting: "polyclinic", role: "family medicine resident", text: `
**What?** At a polyclinic in the east I saw a 67-year-old man for diabetes review. HbA1c 9.8%, eGFR 52, on metformin 1 g BD and gliclazide 80 mg BD. He works nights as a security guard and eats his main meal at 3 a.m.

**So what?** The ADA/EASD consensus (2022) and our own ACE Clinical Guidance on type 2 diabetes both push SGLT2 inhibitors for his kidneys, but the first thing he asked was whether it would be covered by the Healthier SG enrolment. Cost is a clinical variable. My preceptor, Dr Tan Wei Ling, reminded me to check CHAS tier before proposing anything.

**Now what?** We started empagliflozin 10 mg with the subsidy checked, moved the gliclazide to his "breakfast" at 6 p.m., and booked a dietitian who understands shift work. I will build a short list of night-shift meal plans for the clinic.
` },
  { id: "sg-free-014", setting: "community hospital", role: "physiotherapist", text: `
Falls prevention reflection. ⟦NAME|Madam Lim Ah Moi⟧, NRIC ⟦ID|${nric("S2934817")}⟧, was in ⟦FACILITY_ROOM|Ward 54, Bed 12 at Bright Vision Hospital⟧ after a fall at home. Her flat is ⟦ADDRESS|Blk 214 Jurong East Street 21, #08-337, Singapore 600214⟧, where the kitchen step caused the fall.

Her Berg Balance Score was 31/56, TUG 24 seconds. We worked on sit-to-stand, weight shifting and stair practice with a rail. My supervisor, Kumar, taught me to use the Otago exercise programme in Hokkien, with pictures.

The home visit changed the plan more than the gym did. Removing one step and adding a grab bar is worth more than three weeks of exercises. I am writing this so I remember to book home assessments before discharge, not after.
` },
  { id: "sg-gibbs-015", setting: "psychiatry liaison", role: "liaison nurse", text: `
## Description
I was called to the surgical ward to see a 29-year-old man after an overdose of paracetamol and alcohol. He was medically fit after NAC. He asked repeatedly whether his employer would find out.

## Feelings
Protective. He reminded me of my younger brother.

## Evaluation
I completed the risk assessment with the SAD PERSONS scale, though I know the evidence (Large et al., 2017) says scales do not predict suicide well.

## Analysis
His real question was about shame and about his work pass. The crisis team and the Samaritans of Singapore helpline (1767) were the resources I knew. I did not know the rules on employer disclosure, and I should.

## Action plan
Ask our medical social worker, Ms Goh, to teach our team about work-pass holders and mental health disclosure. Stop leaning on risk scales in my notes.
` },
  { id: "sg-comment-016", setting: "nursing education", role: "nurse educator", text: `
Good point about scales. At our hospital we replaced the SAD PERSONS score with a formulation template last year after the NICE self-harm guideline (NG225, 2022) advised against risk tools. The ward nurses were sceptical at first. What helped was a forty-minute session with case examples, and Dr Chua from the liaison team sitting with the staff nurses on real referrals for two weeks.
` },
  { id: "in-what-017", setting: "dentistry", role: "dental intern", text: `
**What?** In our dental college OPD in Mangaluru I extracted a lower molar for ⟦NAME|Mr. Prakash Shetty⟧ without noticing he was on apixaban. His Aadhaar (⟦ID|${aadhaar("7394 1862 045")}⟧) was on the registration slip, and his medication list was on the second page, which I never turned.

**So what?** He bled for six hours after going home and came back to casualty at 11 p.m. We managed it with pressure, tranexamic acid mouthwash and sutures. No transfusion. The SDCEP guidance (2022) says most extractions can go ahead on a DOAC with a missed morning dose; the problem was not the drug, it was that I did not know about it.

**Now what?** I now read both pages. Our department head, Dr Rao, has agreed to print the medication box on the front of the case sheet. I also called ⟦NAME|Mr. Shetty⟧'s wife the next morning on ⟦PHONE|+91 98450 55512⟧ to check on him.
` },
  { id: "in-free-018", setting: "pharmacy", role: "community pharmacist", text: `
I run a small chemist shop in a Pune suburb. Every week someone asks for azithromycin "for a cold". This week it was a college student with a two-day sore throat, no fever, no exudate. Centor score 0.

I said no, which in my area means he walks to the next shop and buys it there. I still explained why: antibiotic resistance, the Chennai Declaration (2012), the Red Line campaign on the strip. He listened for about a minute.

What I want to reflect on is my own inconsistency. When a regular customer with a prescription from Dr Kulkarni asks for the same drug, I dispense without question, because the paper makes it someone else's decision. Schedule H1 is supposed to make this harder but enforcement is thin.

Plan: keep a simple log of refusals and antibiotic prescriptions for a month and share it at the local chemists' association meeting.
` },
  { id: "in-gibbs-019", setting: "psychiatry", role: "psychiatry resident", text: `
## Description
Tele-MANAS shift. A woman called about her teenage son who had stopped going to college and was talking about voices. I could not see him and had only her account.

## Feelings
Frustrated, then respectful of how much she had already tried.

## Evaluation
We used the structured triage form and referred to the district mental health programme. The Mental Healthcare Act (2017) gives him a right to care, but the nearest psychiatrist was 80 km away.

## Analysis
Telepsychiatry is strongest for continuity and weakest for a first episode of psychosis. The national telepsychiatry operational guidelines (2020) acknowledge this.

## Action plan
Learn the referral pathway for first-episode psychosis in each district I cover, and ask my supervisor, Dr Menon, to review my triage calls weekly.
` },
  { id: "in-free-020", setting: "prison health", role: "medical officer", text: `
**Reflection: TB screening at the district jail**

I have been the visiting medical officer at ⟦FACILITY_ROOM|the Central Jail hospital, Barrack 4⟧ in a northern state for three months. One undertrial prisoner, ⟦NAME|Shamsher "Shammi" Rana⟧, prisoner number ⟦ID|UT/2291/23⟧, had coughed for six weeks before anyone wrote it down. CBNAAT came back MTB detected, rifampicin sensitive.

What bothered me is that he had been in a barrack with 140 men. The NTEP guidance (2022) calls for active case finding in prisons, but our X-ray van came once.

I presented this at the jail health committee. The superintendent, Shri Yadav, agreed to a symptom screen at entry for every new admission and an X-ray camp every quarter. ⟦NAME|Shammi⟧'s mother travels from ⟦LOCATION|Khera Kalan village⟧ each week with food; I made sure she knows how to recognise the side effects of the drugs.
` },
  { id: "in-comment-021", setting: "pharmacy", role: "clinical pharmacist", text: `
Brilliant post. We did a similar refusal log at our hospital pharmacy in Kochi and found that most "cold" antibiotic requests came on Mondays, after the weekend. Showing the AWaRe list (WHO, 2023) to customers helped a little; showing them the price difference between paracetamol and azithromycin helped more. The Kerala AMR Strategic Action Plan has posters you can download.
` },
  { id: "pk-what-022", setting: "refugee clinic", role: "lady health visitor", text: `
**What?** At a basic health unit near Peshawar that serves Afghan families, ⟦NAME|Bibi Gul Pari⟧ brought her son for measles vaccination. He is four and never had any vaccine. Her Proof of Registration card number is ⟦ID|PoR 0417-229-8831⟧ and they live in ⟦LOCATION|Khazana camp, lane 6⟧.

**So what?** Her fear was that registration would lead to deportation. Trust, not vaccine supply, was the barrier. The EPI schedule allows catch-up doses and we gave MR, pentavalent and OPV the same day.

**Now what?** I will keep Pashto leaflets at the counter and ask our medical officer, Dr Khattak, to explain the data-sharing rules at the next community meeting. I have written ⟦NAME|Gul Pari⟧'s next appointment for four weeks, and she left her brother-in-law's number, ⟦PHONE|0301 5550193⟧.
` },
  { id: "pk-free-023", setting: "physiotherapy", role: "physiotherapist", text: `
Stroke rehabilitation in Lahore, reflecting on goal-setting. My patient was a 58-year-old rickshaw mechanic with a left MCA stroke, right hemiparesis, and a Fugl-Meyer upper limb score of 22/66.

My goals were in the language of the textbook: improve grip, improve selective movement. His goal was "to hold a spanner again". When I rewrote the plan around tool use, his practice at home went up from nothing to forty minutes a day. Task-specific training is not news (Langhorne et al., 2009), but I had to see it.

The other thing was his family. His sons were doing everything for him out of love, which meant he did nothing for himself. We talked about "helping less". My supervisor, Ms Ayesha, suggested a written home programme in Urdu with photographs, which I now use for everyone.
` },
  { id: "pk-gibbs-024", setting: "medication error", role: "house officer", text: `
## Description
In the medical unit of a teaching hospital in Multan, I wrote up insulin "10u" for a patient and the nurse read it as 100 units. She double-checked with me before giving it, thank God.

## Feelings
Cold. I could not stop thinking about what would have happened.

## Evaluation
The nurse, Staff Nurse Shazia, did exactly what a safety culture needs: she asked.

## Analysis
"u" for units is on every do-not-use list (ISMP, 2021). I knew that and still wrote it at the end of a 30-hour call.

## Action plan
Write "units" in full, always. I raised it at our morning meeting and Dr Bhatti agreed to print "units" on our insulin charts.
` },
  { id: "pk-free-025", setting: "obstetrics", role: "registrar", text: `
Teaching note I am writing for the new registrars. ⟦NAME|Mrs. Farzana Bibi⟧, wife of ⟦NAME|Muhammad Aslam⟧, CNIC ⟦ID|36302-7745128-6⟧, G6P5, was referred from the RHC at ⟦LOCATION|Basti Malook⟧ at 36 weeks with eclampsia and delivered in ⟦FACILITY_ROOM|Gynae Unit II, Nishtar Hospital⟧ on ⟦DATE|14-02-2024⟧.

I share her details here only because this is a closed portfolio. Her case taught me three things: magnesium sulphate by the Pritchard regimen works even when the referral was late; the ambulance ride of two hours with no BP control is where most of the risk sits; and our audit of eclampsia referrals shows we receive more than one a week.

Dr Nasreen, our unit head, wants us to run a magnesium training day for the LHVs of the referring RHCs. I will draft it.
` },
  { id: "pk-comment-026", setting: "community medicine", role: "lady health worker supervisor", text: `
The point about trust is so true. In our district the LHWs carry the EPI cards and the families know them by face. When a registration drive comes from outside, the vaccination numbers fall that month. I would suggest always pairing the vaccinator with the local LHW. And keep the catch-up schedule printed, because many children arrive at four or five years old with nothing.
` },
];
