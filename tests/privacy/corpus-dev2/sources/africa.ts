import type { SourceItem } from "../../corpus/types.ts";

/** Kenya, Ghana, Nigeria, Egypt and South Africa: hard clean negatives and the weak identifier types. */
export const AFRICA: SourceItem[] = [
  { id: "ke-free-001", setting: "ward round", role: "medical intern", text: `
# What Dr Wambui taught me about the 7am round

Internship, medicine block, week three. Our consultant, Dr Njeri Wambui, starts the round at 07:00 sharp and expects every intern to have the overnight labs ready: Hb 7.9, creatinine 212, Na 131. She asks "what changed since yesterday?" before anything else, and she means it.

On Tuesday I presented a man with cryptococcal meningitis and forgot his opening pressure. She did not shout. She said, "Go and find it, I will wait," and the whole team waited. I found it (32 cmH2O) and I have never forgotten one since.

Things I am taking forward: the Kenya National Guidelines for HIV (2022) are worth reading cover to cover; amphotericin needs potassium and magnesium every day; and a round is a teaching space only if the consultant makes room for the slowest intern. Sister Achieng on the ward adds that the nurses' handover at 06:30 is where the real overnight story lives.
` },
  { id: "ke-what-002", setting: "community medicine", role: "clinical officer", text: `
**What?** A home visit for a 67-year-old widow with heart failure who had missed two clinic reviews. She lives in ⟦LOCATION|Kamuthi village, two ridges past the Githunguri tea buying centre⟧, and the matatu only goes as far as the junction. Her furosemide had run out on ⟦DATE|14 June⟧ and her ankles showed it.

**So what?** The community health promoter, Mama Wairimu from the unit, knew her by the path she walks to church. Distance was the whole story. We tend to write "defaulted" in the file as if it were a character flaw.

**Now what?** We agreed a monthly drug pick-up by her neighbour and a phone review in between. I also asked our sub-county pharmacist whether we can dispense three months at a time for stable patients, which the national guidelines allow.
` },
  { id: "ke-comment-003", setting: "emergency department", role: "registrar", text: `
Good reflection, and your triage reasoning was sound. For anyone reading from another county: the Kenya Emergency Triage guide and the ETAT+ course are free, and the Nairobi and Eldoret sessions every quarter are run by people who actually work nights. I did mine in 2019 and still use the ABCD card. One correction: adrenaline for anaphylaxis is 0.5 mg IM in adults, not 1 mg. Keep writing these.
` },
  { id: "ke-gibbs-004", setting: "ICU", role: "ICU nurse", text: `
## Description
Night shift. The patient in ⟦FACILITY_ROOM|ICU cubicle 3⟧ was a young man on the ventilator (serial ⟦DEVICE|HMX-4471-2093⟧ on the asset tag) after a road traffic crash on the Thika highway. At 02:40 the high-pressure alarm would not stop.

## Feelings
I froze for maybe ten seconds, then remembered DOPE.

## Evaluation
Displacement no, obstruction yes: a mucus plug. Suction cleared it and his SpO2 came back from 84% to 96%.

## Analysis
We had not humidified the circuit after the transfer. Biomedical engineering later logged the unit's serial for a sensor check, which was fine.

## Conclusion and action plan
I now check the humidifier first on every transfer, and I wrote a one-line reminder on the ICU whiteboard for the team.
` },
  { id: "gh-free-005", setting: "OSCE", role: "medical student", text: `
# The OSCE station I failed and why I am grateful

Final MB, paediatrics station four. The examiner, Dr Kwame Asante-Boateng, gave me a mannequin with "fever and convulsions" and a mother played by a standardised patient called Auntie Efua (her stage name, she told us afterwards, laughing). I forgot to check glucose.

Afterwards Prof. Adjoa Mensah from the department explained that hypoglycaemia kills more children with fits than the fit itself. We revised the ETAT algorithm that evening at the hostel. The 2016 WHO Pocket Book is now on my phone.

I failed that station and passed the exam. I would rather learn it on a plastic baby in Accra than on a real one in a district hospital at 3am. Kelewele from the roadside stall in Osu afterwards helped a little too.
` },
  { id: "gh-what-006", setting: "obstetrics", role: "midwife", text: `
**What?** ⟦NAME|Maame Akosua⟧ came in at 34 weeks with a BP of 168/112, from ⟦LOCATION|Adukrom, the farming village behind the Nsawam prisons road⟧. Her booking card gave her due date, but she had lost the card, so we dated from her own memory of the ⟦DATE|9th of February⟧, her last period.

**So what?** Magnesium sulfate went in by the Zuspan regimen and we transferred her with a midwife in the ambulance. The referral note had her village written out in full because that is how the district team follows up.

**Now what?** Teaching the trainee midwives to ask for a landmark as well as a village name, because half our villages have a namesake somewhere else in the region.
` },
  { id: "gh-comment-007", setting: "surgery", role: "surgical resident", text: `
Thanks for sharing. Our unit head, Dr Mrs Owusu-Ansah, says exactly this about consent in Twi: say the risk the way your grandmother would understand it. The Ghana College of Physicians and Surgeons course on communication runs in Kumasi in September. Also try the waakye lady near the Komfo Anokye roundabout after a long list; she opens at 6am.
` },
  { id: "ng-free-008", setting: "paediatrics", role: "house officer", text: `
# Sickle cell crisis and the chest that crept up on us

⟦NAME|Chidera⟧, nine, was admitted in vaso-occlusive crisis on ⟦DATE|Sunday 3 March⟧. Her mother brought her from ⟦ADDRESS|No. 14 Adeola Odutola Close, off Allen Avenue, Ikeja⟧ by okada in the rain. By the evening ward round her respiratory rate was 44 and she had new crackles at the left base.

Acute chest syndrome. Dr Adebayo Ogundipe, the senior registrar, moved quickly: oxygen, antibiotics, incentive spirometry, a top-up transfusion. I learned that the first 48 hours of a painful crisis are a watch for the lungs, not just the pain score.

My action: I now count the respiratory rate myself, for a full minute, on every child with sickle cell. The NHLBI 2014 sickle cell guidance has a good table I have pinned to the ward notice board.
` },
  { id: "ng-what-009", setting: "night shift", role: "nursing student", text: `
**What?** My first night on the male medical ward in Enugu. Matron Okonkwo did the handover at 8pm in ten minutes flat: who is sick, who is sad, who is going home. The ward sister, Sr. Ngozi Eze, then checked my drug chart for every single patient.

**So what?** I was offended at first. By 2am I understood: ceftriaxone and calcium in the same line, a missed insulin dose, and an IV paracetamol given twice by two different people on the last shift. Her checking was not distrust; it was the system.

**Now what?** I will read the Nursing and Midwifery Council of Nigeria code again, and I have asked Sr. Eze if I can shadow her drug round next week. The suya spot outside the gate closes at midnight, so eat before the shift.
` },
  { id: "ng-gibbs-010", setting: "surgery", role: "orthopaedic resident", text: `
## Description
An okada rider with a femoral shaft fracture, reviewed in ⟦FACILITY_ROOM|Bed 6, Male Orthopaedic Ward 2⟧. The implant record for his intramedullary nail read LOT ⟦DEVICE|21K0473-B⟧. He lives in ⟦LOCATION|Amuwo compound behind the Oba's palace at Ile-Oluji⟧ and asked us to write it clearly for the discharge letter.

## Feelings
Guilty, because he waited nine days for the nail while his family raised the money.

## Evaluation
The surgery went well. The wait did not.

## Analysis
Out-of-pocket payment shapes every surgical timeline here. The NHIA scheme covers a minority of informal workers.

## Conclusion and action plan
I have asked our social welfare unit how to start the indigent-patient fund form on admission day, not at discharge.
` },
  { id: "eg-free-011", setting: "internal medicine", role: "resident", text: `
# Hepatic encephalopathy and the lactulose negotiation

Our professor, Prof. Dr. Hany El-Sayed, asks residents to explain every drug to the family in Egyptian Arabic before we write it. On Monday, teaching in the Cairo University lecture theatre, he used a case from his own practice years ago, anonymised, to show why lactulose adherence fails: the diarrhoea is embarrassing and nobody explains the target of two or three soft stools a day.

He asked each of us for the West Haven grade and the precipitant. Infection, bleeding, constipation, electrolytes, drugs. Rifaximin 550 mg twice daily if it recurs. The AASLD/EASL 2014 guideline is still the reference.

I liked that he spoke about shame, not only ammonia. Koshary afterwards near Tahrir with two colleagues, where we argued about whether ammonia levels are worth sending at all.
` },
  { id: "eg-what-012", setting: "emergency department", role: "emergency physician", text: `
**What?** A farmer with organophosphate poisoning was carried in by his sons from ⟦LOCATION|Ezbet Abu Hamad, near the Bahr Yusuf canal lock at El Lahun⟧. His pupils were pinpoint and he was drowning in secretions.

**So what?** Atropine doubling every five minutes until the chest was dry: we gave 38 mg in the first hour. Pralidoxime followed. The toxicology centre advice line was invaluable. His sons had brought the pesticide bottle, which saved us a guess.

**Now what?** I want our ED to keep a laminated atropine doubling chart at the resus bay. I also noted, for the report to the health directorate, that this is the third case from the same cluster of hamlets since ⟦DATE|15/08/2025⟧, when his brother was brought in the same way.
` },
  { id: "eg-comment-013", setting: "ICU", role: "anaesthesia lecturer", text: `
A helpful reflection. I would add that the Egyptian Society of Anaesthesiologists runs a ventilation workshop every spring in Alexandria, and the ARDSnet table (6 mL/kg predicted body weight, plateau under 30) should be printed at every bedside. Dr. Mona Farouk's lecture on proning in 2023 was excellent if you can find the recording on the society page.
` },
  { id: "za-free-014", setting: "HIV clinic", role: "medical officer", text: `
# The TLD switch and the question I did not ask

In our clinic we switch everyone to TLD under the 2023 South African ART guidelines. Sister Thandiwe Mokoena, who has run the adherence club for eleven years, stopped me mid-consultation on Wednesday to ask whether I had checked the woman's plans for pregnancy. I had not.

Dolutegravir is fine in pregnancy now, but the conversation about contraception and viral load is not just a box. Sister Mokoena does it with every woman, in isiZulu or Sesotho as needed, and she does it before the prescription, not after.

I am keeping her three questions on a sticky note: are you planning a baby, who knows your status at home, and what time of day do you take your pills. The Soweto and Durban clinics run the same club model, and the Right to Care training in Johannesburg next month covers it.
` },
  { id: "za-what-015", setting: "paediatrics", role: "paediatric registrar", text: `
**What?** A toddler with severe acute malnutrition came in from ⟦LOCATION|Extension 9 of Ivory Park, the shacks near the Kaalfontein taxi rank⟧. Her gogo had walked with her since dawn.

**So what?** The WHO ten steps, F-75, careful rehydration, no iron in the first week. The social worker needed the home location for a follow-up visit, and the gogo explained it by the taxi rank and the spaza shop because there is no street number.

**Now what?** She was discharged on ⟦DATE|2025-03-11⟧ with a ward-to-clinic letter. I want our discharge template to have a "landmark" line, because our community health workers find families by landmarks and not by addresses.
` },
  { id: "za-gibbs-016", setting: "cardiology", role: "cardiology fellow", text: `
## Description
A pacing check in ⟦FACILITY_ROOM|Room 4 of the device clinic at Groote Schuur⟧. The man's dual-chamber pacemaker, serial ⟦DEVICE|PJN 118204 S⟧, had an impedance jump on the atrial lead. He had come by minibus taxi from ⟦LOCATION|Nyanga East, next to the old Lutheran church on NY 108⟧.

## Feelings
Relieved, once I understood it was a lead issue and not a battery one.

## Evaluation
The technician, Mr Ruben Adams, showed me how to read the trend graph properly.

## Analysis
I had been reading single values. Trends tell the story.

## Conclusion and action plan
I will do the Heart Rhythm Society remote-monitoring module, and keep the trend view open in every clinic.
` },
  { id: "za-comment-017", setting: "community medicine", role: "family physician", text: `
Well written. One nuance: in the Eastern Cape we find that the village health workers want the clinic's booking times on WhatsApp, not paper. The Rural Doctors Association of Southern Africa conference in Mthatha last year had a session on exactly this, led by Dr Sipho Dlamini and Sr. Nomsa Khumalo. Worth a look if you can get leave.
` },
];
