import type { SourceItem } from "../types.ts";
import { aadhaar } from "../gen.ts";

export const IN: SourceItem[] = [
  { id: "in-gibbs-001", setting: "emergency department", role: "junior resident", text: `
## Description
Snakebite in casualty at 11pm. ⟦NAME|Ramesh Yadav⟧, a farmer from ⟦LOCATION|Kothapalli village, Nalgonda district⟧, was bitten by a krait while sleeping on the floor. Ptosis, difficulty swallowing. His son gave his Aadhaar, ⟦ID|${aadhaar("4821 7730 196")}⟧, so the Aarogyasri scheme would cover the ASV.

## Feelings
Scared when his breathing started to fail.

## Evaluation
We gave 10 vials of polyvalent ASV and neostigmine with atropine. He needed ventilation for 36 hours and went home on day 5.

## Analysis
The National Snakebite Management Protocol (2009) is clear; delays are from travel, not the hospital.

## Action plan
Teach the ward about the 20-minute whole blood clotting test.
` },
  { id: "in-free-002", setting: "ward round", role: "MBBS intern", text: `
Internship, medicine posting. Today's unit round with Dr Menon was all about fever: dengue, malaria, typhoid, scrub typhus, leptospirosis. Three patients with eschars! I'd never seen one before.

Scrub typhus: doxycycline 100 mg BD. A man in his fifties with a Weil-Felix positive and platelets 48,000.

Things I learned:
- Always look for the eschar in the groin and axilla.
- Tropical fever approach: ICMR guidelines (2017) have a nice flowchart.
- NS1 antigen is useful in the first 5 days of dengue, IgM after that.

I'm enjoying medicine more than I expected. Dr Menon's rounds are famous in our batch.
` },
  { id: "in-what-003", setting: "obstetrics", role: "OBG postgraduate", text: `
**What?** A woman came to labour room with an eclamptic fit. ⟦NAME|Lakshmi⟧ was 22, G2P1, from ⟦ADDRESS|Ward No. 6, Bhadrachalam, Telangana 507111⟧. Her IPD number ⟦ID|IPD/2024/045871⟧ was written on the case sheet and the ASHA worker's phone ⟦PHONE|+91 98480 22731⟧ was scribbled at the top.

**So what?** We gave MgSO4 (Pritchard regimen) and did an emergency LSCS. Baby was fine, Apgar 8 and 9. But the ASHA had brought her 80 km by auto.

**Now what?** FOGSI guidance on pre-eclampsia screening at PHC level should be implemented. I will present this at our department's maternal near-miss review, led by Dr Sunitha.
` },
  { id: "in-free-004", setting: "OSCE", role: "MBBS student", text: `
Final year OSPE and OSCE reflection!

Station 1: ECG showing complete heart block. Station 2: counselling a mother on ORS. Station 3: examination of a patient with Parkinson's disease — I checked cogwheel rigidity and glabellar tap. Station 4: prescription writing for hypertension — amlodipine 5 mg OD. Station 5: spotter of a Down syndrome karyotype.

I was nervous in the counselling station because the standardised patient spoke only Kannada and my Kannada is weak. I used simple words and a lot of gestures. The examiner, Dr Shetty, said my empathy was good but my language needed work.

Plan: Kannada classes from the college language club. Also read the CBME communication module (AETCOM).
` },
  { id: "in-gibbs-005", setting: "ICU", role: "critical care fellow", text: `
## Description
⟦NAME|Mr Venkatesh Iyer⟧, ⟦AGE|91 years old⟧, was in ⟦FACILITY_ROOM|MICU bed 14, Apollo Hospitals Greams Road⟧ with urosepsis. UHID ⟦ID|APH.0009127734⟧. His grandson wanted "everything done".

## Feelings
Torn between the grandson and what the patient had told his GP.

## Evaluation
We escalated to vasopressors (noradrenaline 0.2 mcg/kg/min) but not to dialysis after a family meeting.

## Analysis
India's 2023 guidelines on withdrawal of life support (ISCCM/IAPC) gave us a framework. Documentation was the hard part.

## Action plan
Use the ISCCM form for every limitation-of-treatment decision. Dr Lakshmi, our ICU consultant, will review my next one.
` },
  { id: "in-free-006", setting: "community medicine", role: "MBBS intern", text: `
Community medicine posting at a PHC near Mysuru. We went door-to-door for the NCD screening programme. Checked BP and random glucose in about 40 adults. Eleven had BP above 140/90; four had RBS above 200.

One woman in her sixties told me she'd been prescribed amlodipine two years ago but stopped it because she "felt fine". We had a long conversation (in broken Kannada) about silent diseases.

Reflection: screening is easy, follow-up is hard. The NPCDCS guidelines assume a chain of care that isn't always there. Dr Prakash, our MO, says the ANM is the real backbone. I believe him now.
` },
  { id: "in-what-007", setting: "medication error", role: "staff nurse", text: `
What? On ⟦DATE|23/07/2024⟧ I gave a dose of injection vancomycin to ⟦NAME|Mrs Kamala Devi⟧ instead of her bed neighbour ⟦NAME|Mrs Kamla Devi⟧. Same name, different spelling. Both in ⟦FACILITY_ROOM|Female Medical Ward, beds 22 and 23, KEM Hospital⟧.

So what? Mrs Kamala Devi had no allergy and no harm, but it was a near disaster. I checked the name but not the CR number.

Now what? I'll check two identifiers — name and CR number — every time. Our nursing superintendent, Sister Mary Thomas, is introducing name alerts on the ward board for similar names. NABH standards already require this.
` },
  { id: "in-free-008", setting: "psychiatry", role: "psychiatry resident", text: `
Psychiatry OPD at a government hospital in Bengaluru. A young software engineer, mid-twenties, with panic disorder, convinced he was having a heart attack. Three normal ECGs, two normal echoes, one normal TMT in the last year.

We started sertraline 25 mg, escalating to 50 mg, and CBT. He asked if I thought he was "mad". I spent more time on that word than on anything else.

The Mental Healthcare Act 2017 gives patients rights he didn't know about. Dr Rao, my unit chief, says psychoeducation is half the treatment. I'm making a one-page handout in English and Kannada.
` },
  { id: "in-gibbs-009", setting: "paediatrics", role: "paediatric resident", text: `
## Description
A 4-year-old girl with severe acute malnutrition was admitted to the NRC. Her name was ⟦NAME|Pooja Kumari⟧, and her mother gave her Aadhaar ⟦ID|${aadhaar("7391 0465 822")}⟧ so she could be registered for the scheme. Weight-for-height below −3 SD, bilateral pedal oedema.

## Feelings
Heartbroken, and angry at how far behind she was.

## Evaluation
F-75 then F-100 per the WHO protocol; she gained 8 g/kg/day by week 2.

## Analysis
Mother had no support; father works in Surat.

## Action plan
Link the family with the Anganwadi worker before discharge. Teach interns to spot oedematous malnutrition.
` },
  { id: "in-comment-010", setting: "paediatrics", role: "Anganwadi supervisor", text: `
Thank you doctor for writing about the Anganwadi link. So many NRC children come back in three months because nobody told us they were discharged. A simple phone call to the supervisor of that block can make the difference. We are always ready to help.
` },
  { id: "in-free-011", setting: "surgery", role: "surgery resident", text: `
Night in the general surgery emergency. Three appendicectomies, one perforated peptic ulcer (Graham patch), and a man in his thirties with a stab wound to the abdomen who needed an ex-lap.

I'm reflecting on exhaustion. 36 hours on call. I made a small mistake — I wrote the wrong side on a post-op note. The staff nurse caught it.

The NMC has talked about duty hours for residents (2021 advisory) but it hasn't reached our unit. I'm not writing this to complain. I'm writing it because I want to remember that tired people make mistakes, and that I'm one of them. Thank you Sister Anjali.
` },
  { id: "in-what-012", setting: "palliative care", role: "palliative care physician", text: `
What? Home visit for ⟦NAME|Mr Abdul Rashid⟧ in ⟦ADDRESS|Bldg 7, Room 32, Sainath Nagar, Ghatkopar West, Mumbai 400086⟧. Carcinoma oesophagus, no longer able to swallow his own saliva. His wife ⟦NAME|Zarina⟧ had been sleeping in a chair for three weeks.

So what? Oral morphine was impossible; we started a subcutaneous line with morphine and glycopyrrolate. Getting opioids in India is still painful despite the NDPS Amendment Act 2014.

Now what? Our team, led by Dr Rajagopal's model from Kerala, is trying to get a home-care licence for morphine. I'll write to the state drug controller with our nurse, Sr Beena.
` },
  { id: "in-free-013", setting: "pharmacy", role: "clinical pharmacist", text: `
Clinical pharmacy rotation in a private hospital in Hyderabad. I'm reflecting on antibiotic stewardship. Of 30 prescriptions I audited on the surgical ward, 22 had meropenem or piperacillin-tazobactam with no culture sent first.

I presented the audit at the hospital's antimicrobial committee. One consultant told me pharmacists shouldn't audit doctors. Another, Dr Kulkarni, thanked me and asked for a repeat audit in three months.

ICMR's Treatment Guidelines for Antimicrobial Use (2022) are clear. I felt small in that room but I'm proud I presented.
` },
  { id: "in-gibbs-014", setting: "night shift", role: "MBBS intern", text: `
## Description
Night duty in casualty. At 01:30 a young woman was brought in unconscious after consuming rat poison (yellow phosphorus). Her brother shared her Instagram, ⟦URL|https://www.instagram.com/priya.s.dreams⟧, to show us her last post. Her name was ⟦NAME|Priya Sharma⟧.

## Feelings
Devastated. She was my age.

## Evaluation
Supportive management, NAC, referral for liver transplant evaluation.

## Analysis
Yellow phosphorus hepatotoxicity has no antidote. Prevention means restricting access — WHO has called for it.

## Action plan
Talk to my mentor, Dr Suresh, about coping with patient deaths. Join the suicide prevention advocacy group.
` },
  { id: "in-free-015", setting: "physiotherapy", role: "physiotherapist", text: `
Physio in an orthopaedic OPD in Chennai. Most of my day is knee osteoarthritis: women in their fifties and sixties, Kellgren-Lawrence grade 2–3, who squat on the floor to cook and use Indian toilets.

Western exercise leaflets tell them to avoid deep squatting. That is impossible in their homes. I've started adapting: quadriceps strengthening, a low stool for the kitchen, grab bars.

The OARSI guidelines (2019) support exercise as first-line; they don't cover culturally specific ADLs. My supervisor, Dr Vasanthi, suggested we write a short case series. I'm excited.
` },
  { id: "in-what-016", setting: "GP placement", role: "family physician", text: `
What: A patient in my clinic in Pune wanted a sick certificate backdated to the ⟦DATE|2nd of May⟧. ⟦NAME|Mr Sandeep Kulkarni⟧ said he'd been ill at home. He also asked me to WhatsApp it to his manager ⟦PHONE|+91 99230 45817⟧.

So what: I felt bad saying no. He is a long-standing patient with diabetes, HbA1c 7.8%, on metformin and glimepiride.

Now what: I offered a certificate from today with an honest note. The NMC ethics regulations (2002) are clear on certification. Discussed with my senior colleague, Dr Joshi, who said every GP faces this weekly.
` },
  { id: "in-comment-017", setting: "GP placement", role: "medical student", text: `
This happens so much in our college OPD too. Sir, may I ask how you phrased the refusal? I always get stuck between being rude and being dishonest, and I think the words matter more than the rule itself. Thank you for posting this.
` },
  { id: "in-free-018", setting: "obstetrics", role: "nursing student", text: `
B.Sc. Nursing 3rd year — labour room posting.

I saw my first normal delivery. The mother was in her twenties, second baby. The staff nurse, Sister Rekha, let me do the fundal height and the partograph. We used the WHO Labour Care Guide (2020) instead of the old partograph.

The mother held my hand and squeezed so hard my fingers went numb. After the baby came, she said "thank you, sister" to me — the first time anyone called me sister.

I'm reflecting on how much presence matters. I didn't do much clinically, but I was there.
` },
  { id: "in-gibbs-019", setting: "surgery", role: "anaesthesia resident", text: `
## Description
PAC clinic. ⟦NAME|Mrs Gurpreet Kaur⟧, CR No. ⟦ID|2024/55123⟧, was posted for elective cholecystectomy at ⟦FACILITY_ROOM|OT 4, Nehru Hospital, PGIMER⟧. She told me her date of birth was ⟦DATE|1 January 1958⟧ but her Aadhaar said otherwise — this is very common in Punjab.

## Feelings
Amused, then worried: which age is right matters for risk scoring.

## Evaluation
ASA II, Mallampati 2, RCRI 0.

## Analysis
Documented age vs real age is a real problem in elderly Indian patients.

## Action plan
Use the documented age for records and clinical judgement for risk. Discuss with Dr Bala.
` },
  { id: "in-free-020", setting: "ICU", role: "ICU nurse", text: `
ICU nursing reflection, Kolkata. We had a patient with Guillain-Barré on the ventilator for four weeks. He couldn't speak, so we made a letter board.

Communication boards, eye blinks, a few Bengali words — he told us he wanted to see his dog. The family brought a photo. The next day his sats were better (probably coincidence, but we all decided it wasn't).

I'm thinking about how little of ICU care is in the protocols. Our nurse educator, Ms Debjani, wants us to present this at the ISCCM nursing forum.
` },
  { id: "in-what-021", setting: "telemedicine", role: "medical officer", text: `
What? During an eSanjeevani teleconsult, the patient's son shared his father's hospital discharge card over video. It showed ⟦NAME|Shri Harbans Lal⟧, ⟦AGE|aged 95⟧, UHID ⟦ID|AIIMS/2023/1184206⟧, and his home PIN ⟦ADDRESS|110052⟧. The son also sent his email, ⟦EMAIL|rajiv.lal.delhi@rediffmail.com⟧, so I could send the prescription.

So what? I screenshotted the card for my notes without thinking.

Now what? Deleted the screenshot; uploaded the card through the eSanjeevani portal instead. Telemedicine Practice Guidelines (2020) have a section on data handling that I'd skimmed. Reading it properly now.
` },
  { id: "in-free-022", setting: "community medicine", role: "public health resident", text: `
TB reflection. I followed up five patients under the NTEP in an urban slum. All were on the daily fixed-dose regimen. One had stopped taking drugs because of vomiting — likely isoniazid/rifampicin gastritis.

The Nikshay Poshan Yojana pays Rs 500 a month for nutrition. None of the five had received it in the last 3 months because of bank account linking problems.

I'm learning how much of TB treatment is paperwork. Our DTO, Dr Gupta, promised to escalate. The WHO End TB Strategy (2015) will not end TB if the bank doesn't work.
` },
  { id: "in-gibbs-023", setting: "emergency department", role: "emergency medicine resident", text: `
## Description
Trauma call: a bike accident on the highway. Patient unconscious. The police constable read out the vehicle number, ⟦OTHER|KA 05 MJ 4417⟧, and said the owner was ⟦NAME|Arjun Hegde⟧. GCS 7, left pupil dilated. We intubated and sent him for CT: extradural haematoma. Neurosurgery took him to theatre within 90 minutes.

## Feelings
Proud of our team.

## Evaluation
Primary survey done well. C-spine protection was missed initially.

## Analysis
Golden hour matters; helmets matter more.

## Action plan
C-spine immobilisation before anything else. Dr Thomas will run a trauma simulation next week.
` },
  { id: "in-free-024", setting: "breaking bad news", role: "oncology resident", text: `
Reflection after a family meeting in our oncology ward in Thiruvananthapuram. A man in his seventies with metastatic pancreatic cancer; the family had told him it was "a stomach infection".

He asked me directly, in Malayalam, "Is it cancer?" I looked at his son. I said, "Would you like me to tell you everything about your illness?" He said yes.

The son was angry with me later. Then he came back and said his father was calmer than he'd been in weeks. Collusion is common in Indian families. Pallium India's training module on communication helped me prepare, and Dr Anitha supported me throughout.
` },
];
