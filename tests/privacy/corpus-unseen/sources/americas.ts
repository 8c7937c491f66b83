/**
 * Unseen corpus: Canada, United States, Jamaica, Brazil (Brazilian writers posting in English). Every
 * patient, relative, number, address, plate and handle is invented; clinicians' names are invented too.
 */
import { ohip } from "../../corpus/gen.ts";
import { cpf } from "../../corpus-fresh/gen.ts";
import { cns, sin } from "../gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const AMERICAS: SourceItem[] = [
  // ---------------------------------------------------------------- Canada
  {
    id: "ca-gibbs-001",
    setting: "emergency department",
    role: "family medicine resident",
    text: `
**Description**
Late shift in the emergency department in Thunder Bay. ⟦NAME|Mr Gilbert Meekis⟧, 58, was flown in from ⟦LOCATION|Kitchenuhmaykoosib Inninuwug⟧ with a foot infection that had been treated with oral antibiotics at the nursing station for ten days. He has type 2 diabetes. His OHIP number was ⟦ID|${ohip("5829-317-46")}⟧, and his daughter asked me to call her at ⟦PHONE|(807) 555-0143⟧ because she could not fly with him.

**Feelings**
I felt rushed and a bit defensive when he said, "Last time they cut off my brother's leg here."

**Evaluation**
Clinically: X-ray showed gas in the soft tissues; surgery took him to the OR that night. Good. But I did not ask about his brother, and I did not offer the Indigenous patient navigator until the nurse suggested it.

**Analysis**
The Truth and Reconciliation Commission's Calls to Action (2015) name health care specifically. Mistrust here is earned. My rushed manner repeated the pattern he was expecting.

**Conclusion**
Speed is not the same as care.

**Action plan**
Complete the San'yas Indigenous cultural safety training this month. Offer the navigator at first contact, not as an afterthought. Ask about previous experiences in hospital – and listen to the answer.
`,
  },
  {
    id: "ca-free-002",
    setting: "palliative care",
    role: "family medicine resident",
    text: `
I attended my first MAID provision this week, in Halifax, as an observer with Dr Leblanc. I have been thinking about it for three days, so I'm writing it down.

The patient had ALS and had been eligible under Track 1 for several months. He chose the date, the music, the people. His family were there. The process was calm, respectful and exactly as described in the legislation (Bill C-14, 2016, and the changes in Bill C-7, 2021): confirmation of consent immediately before, then midazolam, propofol, and rocuronium.

What surprised me was my own reaction. I expected to feel either relief or distress. Instead I felt a quiet heaviness that lasted all evening. Dr Leblanc said that is normal and that she still feels it after many years.

Things I want to reflect on:
- I do not yet know where I stand personally, and that's okay. Conscientious objection and effective referral are both allowed under CPSNS policy.
- Palliative care and MAID are not opposites; this patient had excellent palliative care.
- I need to look after myself after days like this. I went for a long walk along the harbour and called my sister.

I'll bring this to our resident wellness session next month.
`,
  },
  {
    id: "ca-what-003",
    setting: "paediatrics",
    role: "paediatric resident",
    text: `
## What?
⟦NAME|Éloïse Tremblay-Gagnon⟧, six years old, came to the ED with a limp and fever. Her RAMQ card, ⟦ID|TREE 1953 1512⟧, was in her mother's wallet, and the mother gave their postal code, ⟦ADDRESS|H2S 3K9⟧, for the home-care referral. I almost sent her home with "transient synovitis".

## So what?
Temperature 38.9, CRP 96, ESR 55, refused to bear weight: Kocher criteria 4/4. Septic arthritis of the hip until proven otherwise. Dr Bouchard asked me, "Would you bet the hip on it?" Ultrasound showed an effusion; orthopaedics aspirated pus in the OR that night. Kingella kingae on PCR.

I was anchoring on the fact that most limping children have transient synovitis. That is true, and it is exactly why the rare case is dangerous.

## Now what?
- Use Kocher's criteria and document them for every febrile limp.
- Remember Kingella: it grows poorly on culture, so ask for PCR.
- Practise explaining to parents in French *and* English why we do a "big test" for a limp.
- Read the 2019 CPS position statement on bone and joint infections.
`,
  },
  {
    id: "ca-comment-004",
    setting: "medical education",
    role: "clerk",
    text: `
This is such a good breakdown of the CaRMS interview stress, thank you. One thing I'd add for the Ottawa and Toronto programs: they really do ask the "tell me about a time you disagreed with your staff" question, and they want to hear how you handled it respectfully, not that you were right. Also, if you're doing the CASPer-style scenarios, practise out loud with a timer. Dr Nguyen ran a mock session for our class and it made a huge difference. Good luck to everyone matching this year – we've got this! 🍁
`,
  },
  {
    id: "ca-free-005",
    setting: "harm reduction",
    role: "outreach nurse",
    text: `
Outreach nurse, Downtown Eastside. A reflection I didn't want to write.

⟦NAME|Sparrow⟧ (that's the only name anyone uses) is ⟦OTHER|the guy who plays violin outside the Carnegie every morning at seven⟧. He has been on our caseload for two years. On ⟦DATE|Jan 5⟧ he was found unresponsive in his room at ⟦ADDRESS|room 312, 126 E Cordova St⟧. Naloxone, rescue breathing, and he came round swearing at us – the best sound.

Afterwards he asked me to help with his disability application. I filled it in with him at the clinic; his SIN, ⟦ID|${sin("712 834 66")}⟧, is now in our file, and I realised I had written it on a sticky note first. I shredded it.

What I'm sitting with:
- He uses alone because he's been robbed at the overdose prevention site. Safer supply (hydromorphone) has helped some of our people; for him, the barrier is trust, not pharmacology.
- Fentanyl contamination of everything now means every use is a gamble.
- My own grief. We've lost eleven people from our caseload since the BC public health emergency was declared in 2016 – I counted.

Plan: get him a buddy system for using, a phone check-in with the National Overdose Response Service, and bring my own feelings to clinical supervision with Dr Saunders instead of swallowing them.
`,
  },
  {
    id: "ca-gibbs-006",
    setting: "intensive care",
    role: "internal medicine resident",
    text: `
Description: During my ICU rotation in Calgary I looked after a 41-year-old man with Guillain-Barré syndrome who went from walking with a cane to needing intubation in 36 hours. FVC dropped from 2.1 L to 0.9 L.

Feelings: Scared for him, and frustrated with myself because I had been reassured by his normal oxygen saturation the night before.

Evaluation: We used the "20/30/40 rule" (FVC < 20 mL/kg, NIF weaker than −30 cmH2O, PEF < 40 cmH2O) to decide on intubation, and he was intubated electively rather than in a crash. IVIG 0.4 g/kg/day for five days. That part went well. What went badly was my overnight reassessment: I checked SpO2 but not FVC, because I didn't think about it.

Analysis: Neuromuscular respiratory failure is a ventilatory problem, not an oxygenation problem. The saturation stays normal until very late. Dr Singh explained it perfectly: "The oximeter is the last to know."

Conclusion: Measure what actually fails.

Action plan: For any neuromuscular patient I will order FVC and NIF every four hours and write the thresholds in the chart. I'll also teach this on our next resident teaching day, with the Hughes disability score and the EGRIS tool for prognosis.
`,
  },
  // ---------------------------------------------------------------- United States
  {
    id: "us-what-001",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
**What?**
Night shift in the Rio Grande Valley. ⟦NAME|Sra. Guadalupe Treviño⟧, ⟦AGE|93⟧, came in by EMS after a fall at home in ⟦ADDRESS|Pharr, TX 78577⟧, with a hip that was short and externally rotated. MRN ⟦ID|004417723⟧. Her Medicare number, ⟦ID|4TQ9-XR2-HW61⟧, was on the face sheet, and her granddaughter called in from ⟦PHONE|(956) 555-0172⟧ to say she was on her way from Edinburg.

**So what?**
I gave her a fascia iliaca block instead of more morphine – the first one I did on my own, supervised by Dr Alvarez. Her pain went from 9/10 to 3/10 in twenty minutes and she started telling me about picking grapefruit in the 1950s. No delirium on the CAM that night.

I also noticed I almost talked over her to the granddaughter in English, even though she understood perfectly and answered me in Spanish. The AGS Beers Criteria (2023) had been in my head; her dignity had not.

**Now what?**
- Regional anaesthesia for hip fractures whenever possible; I'll log my blocks.
- Ask older patients which language they prefer before I start.
- Read the AAOS hip fracture guideline and the geriatric ED guidelines.
`,
  },
  {
    id: "us-free-002",
    setting: "surgery",
    role: "medical student",
    text: `
MS3 surgery shelf reflection – the day I scrubbed into my first Whipple.

Seven hours. I held a retractor for most of it and got pimped on everything from Courvoisier's sign to the blood supply of the pancreatic head. Dr Hernandez asked me what a painless jaundice with a palpable gallbladder suggests, and I got it. Then she asked about the Kocher maneuver and I said "the hip criteria" – which is a different Kocher entirely. The whole OR laughed, including me.

What I actually learned:
- How much of surgery is teamwork between scrub tech, anesthesia and the surgeon.
- Why the pancreaticojejunostomy is the anastomosis everyone worries about (leak rates around 10–20% in the literature).
- That a 5-year survival of ~20% for resectable pancreatic cancer is both a triumph and a tragedy.

What I want to improve:
- Anatomy. I'm going to re-read the relevant Netter plates before each case.
- Stamina. I nearly fainted at hour five – I had skipped breakfast.
- Asking questions at the right moment (not during the anastomosis).

ACS NSQIP data, which our residents showed us at M&M, gave me a new respect for how carefully surgical outcomes are tracked.
`,
  },
  {
    id: "us-comment-003",
    setting: "telemedicine",
    role: "attending physician",
    text: `
Please take this down and repost without the image. The screenshot shows the patient portal header: [⟦NAME|Ms. Darnell Hughes⟧](⟦URL|https://mychart.lakeshore-health.example.org/chart/pt/88201734⟧), her SSN ⟦ID|078-05-1120⟧ in the demographics bar, and the login IP ⟦IP|192.0.2.114⟧. Even with the name blurred, the URL and the SSN identify her. The reflection itself – about how her message about "a little chest pressure" sat in the inbox for 36 hours – is exactly the kind of systems learning we need to share. I'd be glad to present it together at our quality conference.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
Gibbs reflection – sepsis, medical ICU, Minnesota.

Description: My patient, a woman in her sixties with urosepsis, was on norepinephrine 0.2 mcg/kg/min when her MAP dropped to 58 despite 30 mL/kg of crystalloid. Lactate went from 2.8 to 4.6 mmol/L. I escalated to the resident, who added vasopressin 0.03 units/min and hydrocortisone 50 mg IV q6h, in line with the Surviving Sepsis Campaign 2021 guidelines.

Feelings: I was confident with the drips and anxious about the family, who arrived mid-crisis and wanted to know "if she's dying".

Evaluation: Hemodynamically we did well: MAP > 65 within an hour. Communication was less good. I said, "We're doing everything we can," which the family later told me sounded like she was dying.

Analysis: There is a difference between reassurance and information. The VitalTalk approach suggests naming the emotion ("This is frightening") and then giving a headline ("She is very sick, and we are treating the infection and supporting her blood pressure"). I did neither.

Conclusion: I know the SOFA score; I don't yet know the words.

Action plan: I signed up for the VitalTalk course our hospital offers in the spring. I'll practise headlines with our charge nurse, Kelly, who is the best communicator I know.
`,
  },
  {
    id: "us-free-005",
    setting: "cardiology",
    role: "nurse practitioner",
    text: `
Indian Health Service clinic, northern Arizona. A device-check visit that turned into something else.

⟦NAME|Mr. Begay⟧ drove two hours from ⟦LOCATION|Chilchinbeto Chapter⟧ for his pacemaker check; we had last seen him on ⟦DATE|11/14/2024⟧. The programmer read the serial, ⟦DEVICE|PJN418237S⟧, and showed he was pacing 98% of the time. Battery fine. Leads fine.

Then he mentioned, almost as an afterthought, that his wife ⟦NAME|Loretta⟧ had been "forgetting the sheep". After a few gentle questions it was clear she might have early dementia, and that he was her only caregiver. He had not told anyone because she would be "taken to Phoenix".

I realized that in device clinic I focus on the device. He needed an appointment for her, a community health representative visit, and respite – not a battery report.

Learning points:
- Ask about caregiving in every older patient. It changes everything.
- Navajo Nation CHR programs can visit homes; I didn't know how to refer until today.
- Fear of being moved far from home is a real reason people hide symptoms.

I've booked ⟦NAME|Mrs. Begay⟧ with our geriatric provider next week and asked for a Navajo-speaking interpreter.
`,
  },
  {
    id: "us-what-006",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
What?
My first involuntary hold as a psychiatry intern in California. A young man was brought in by police after threatening to jump from an overpass. He was calm with me, denied suicidal intent, and wanted to go home. Dr Kowalski and I placed a 5150 hold (72 hours) after reviewing the police report and talking with his roommate.

So what?
I felt uncomfortable overriding what he told me. He was articulate and polite. But the Columbia Suicide Severity Rating Scale score was high: recent attempt behaviour, plan, access to means. His calm could have been resolve rather than safety. Dr Kowalski said, "Our job is to keep him alive long enough to disagree with us."

The legal part was also new to me: advisement of rights, the certification review hearing, and the patient's right to a patients' rights advocate. It felt like a lot of power for a PGY-1.

Now what?
- Learn the California Welfare and Institutions Code sections 5150 and 5250 properly.
- Always explain the hold honestly and in plain language – I stumbled.
- Reflect with my supervisor after every hold, so it never becomes routine.
- Read the 2019 Joint Commission suicide prevention requirements.
`,
  },
  // ---------------------------------------------------------------- Jamaica
  {
    id: "jm-free-001",
    setting: "internal medicine",
    role: "intern",
    text: `
Medical ward, KPH. This is the patient who made me stop complaining.

⟦NAME|Miss Ivy⟧ – everybody on ⟦FACILITY_ROOM|Ward 7 at KPH⟧ called her that, and she corrected anyone who tried "Mrs" – came in with a diabetic foot, gangrene of three toes, and a sugar of 28. She lives at ⟦ADDRESS|Lot 24, Cassava Piece Road, Kingston 10⟧ with her grandson, who called every evening from ⟦PHONE|(876) 555-0142⟧. For the NHF card they needed her TRN, ⟦ID|112-354-876⟧, which she knew by heart and recited like a psalm.

She had a below-knee amputation. On the day of the surgery she told me, "Doctor, mi nuh fraid. Mi just waan go home go plant mi callaloo."

Reflection:
- I had seen her as "another diabetic foot". She was a woman with a garden, a grandson, and strong opinions about my handwriting.
- We discuss diabetic foot care in lectures (the IWGDF 2023 guidance) but almost no one in clinic looks at feet routinely. We should.
- The rehab and prosthetics waiting list is long; I need to learn who to call.

Next week I'm starting to do a 30-second foot check in every diabetic on our ward and documenting it.
`,
  },
  {
    id: "jm-what-002",
    setting: "community medicine",
    role: "medical officer",
    text: `
**What?** After the heavy rains, we had a cluster of leptospirosis cases at the health centre in Westmoreland: six young farmers with fever, myalgia, conjunctival suffusion and two with jaundice and acute kidney injury.

**So what?** I had read about Weil's disease but never seen it. Dr Campbell taught me to look for the calf tenderness and the red eyes without discharge, and to ask about standing in flood water and working with rats around the crops. We started doxycycline 100 mg BD for the milder cases and referred the two with AKI to the regional hospital for IV penicillin. The Ministry of Health and Wellness surveillance team was notified the same day.

What struck me was how many people thought it was dengue or "just the flu". The rains bring both, so history is everything.

**Now what?**
- Put a "flood exposure" question on our fever triage sheet.
- Teach the community health aides about leptospirosis and doxycycline prophylaxis for high-risk workers.
- Review the 2017 PAHO leptospirosis guideline.
- Remember that a farmer's boots are also public health.
`,
  },
  {
    id: "jm-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Big up yuhself for writing this! Mi did feel the same way in my first week at the UWI clinical years – like everybody know more than me. Dr Brown told us seh the best students are the ones who ask "why" even when it sound foolish. One tip from me: for the paeds rotation, learn the sickle cell crisis management cold, because you will see it every single day here – hydration, analgesia, oxygen if needed, and watch for acute chest. Keep writing, yuh help more people than yuh know. One love 🇯🇲
`,
  },
  {
    id: "jm-gibbs-004",
    setting: "surgery",
    role: "surgical resident",
    text: `
**Description**
Trauma call at ⟦FACILITY_ROOM|Cornwall Regional⟧. ⟦NAME|Mr. Delroy "Shabba" Campbell⟧, 34, came in after his taxi, ⟦OTHER|PP 4417 with "Blessed & Highly Favoured" on the windscreen⟧, overturned on the road from Montego Bay on ⟦DATE|Friday the 13th of September⟧. Half the emergency department knew him – he drives the route and people call out "⟦NAME|Shabba⟧!" when he passes. Open tibial fracture and a splenic laceration.

**Feelings**
Strange. I was treating someone who was, in a small way, a local celebrity, and the staff kept stopping by to see him.

**Evaluation**
Clinically: FAST positive, haemodynamically stable after 1 L, CT confirmed grade III splenic injury – managed non-operatively. Antibiotics for the open fracture within the hour. Good. Privacy: poor. People took photos; someone posted that he was "in critical condition" on WhatsApp.

**Analysis**
Confidentiality in a small island is about more than files. Everyone knows everyone. The Medical Council of Jamaica's code is clear, but the culture in corridors is not.

**Conclusion**
Fame on the taxi route does not cancel confidentiality on the ward.

**Action plan**
I've asked our head nurse for a "no phones in resus" sign and I'll raise it at the department meeting with Dr Francis.
`,
  },
  {
    id: "jm-free-005",
    setting: "obstetrics",
    role: "midwife",
    text: `
Labour ward at ⟦FACILITY_ROOM|Victoria Jubilee⟧ – a night I'll remember.

⟦NAME|Shanice⟧, 17, first baby, came in fully dilated at 2am with her mother and her babyfather, ⟦NAME|Romario⟧, who was more frightened than she was. Shoulder dystocia. I called for help and we did McRoberts and suprapubic pressure; the baby delivered at the second attempt with Apgars 6 and 9. Nobody breathed in that room for about forty seconds.

She went home on ⟦DATE|the 22nd⟧, breastfeeding, and she messaged the ward to say thank you from her email, ⟦EMAIL|shaniceb.queen876@gmail.com⟧, which is how we knew she had reached home in Spanish Town safely.

What I learned:
- HELPERR is drilled into us for a reason. I did it without thinking, and that's only because of the skills drills with Sister Morgan.
- Teenage mothers need more than safe delivery; she asked me, shyly, about contraception before anyone else did.
- Fathers matter – ⟦NAME|Romario⟧ had a job to do (holding her leg for McRoberts) and it calmed him.

Plan: I want to start a short postnatal contraception chat for every under-20 mother before discharge, with the Ministry's family planning leaflets.
`,
  },
  {
    id: "jm-gibbs-006",
    setting: "surgery",
    role: "surgical resident",
    text: `
Description: A week of diabetic foot amputations on the surgical service in Kingston. Five below-knee amputations, two toe amputations, one above-knee. All of the patients were over fifty; all had type 2 diabetes; most had never had their feet examined in clinic.

Feelings: Exhausted and a bit angry. The surgery was technically routine. The path to the surgery was avoidable.

Evaluation: Our surgical care was good – antibiotics, debridement, early mobilisation, physiotherapy. But we are the last step in a long chain of missed chances. Jamaica has one of the highest rates of diabetes in the Caribbean, and amputation is common.

Analysis: The IWGDF guidelines (2023) recommend annual foot screening with a monofilament and pulse check. It takes three minutes. Patients told me that nobody had ever taken off their shoes in clinic. Podiatry services are limited outside the big hospitals.

Conclusion: The scalpel is a symptom of system failure.

Action plan: I'm working with Dr Grant from family medicine to run a monofilament teaching session for interns and nurses in the clinics. I'll audit how many of our amputees had a documented foot exam in the previous year.
`,
  },
  // ---------------------------------------------------------------- Brazil
  {
    id: "br-what-001",
    setting: "family health",
    role: "family medicine resident",
    text: `
**What?**
Home visit with our Family Health Strategy team in the south of São Paulo. ⟦NAME|Dona Cida⟧, 78, bedbound after a stroke, lives at ⟦ADDRESS|Rua das Acácias, 88, casa 2, Jardim Ângela, São Paulo – SP, 04941-010⟧ with her daughter. We went because her pressure ulcer was getting worse. Her SUS card number, ⟦ID|${cns("7009 1834 2265 03")}⟧, was needed to order the special mattress, and the daughter asked us to call her at ⟦PHONE|(11) 95555-3821⟧ when it arrived.

**So what?**
The sacral ulcer was stage 3. I was ready to prescribe a fancy dressing. Our community health agent, Tânia, pointed out that the daughter works eight hours in a bakery and ⟦NAME|Dona Cida⟧ is alone and cannot turn. The problem was not the dressing; it was the hours alone.

**Now what?**
- Organised a rota with a neighbour and the church group to turn her at midday.
- Requested the pressure-relief mattress via SUS and a visit from the NASF physiotherapist.
- Reviewed the Braden scale and the 2019 NPIAP guideline.
- Learned, again, that the agents comunitários know things doctors never see.
`,
  },
  {
    id: "br-free-002",
    setting: "paediatrics",
    role: "exchange medical student",
    text: `
My exchange in Recife – a reflection in English for my home school.

I spent four weeks in a paediatric neurology clinic that follows children born with congenital Zika syndrome during the 2015–2016 epidemic. These children are now around eight years old. Most have severe microcephaly, epilepsy, dysphagia and cerebral palsy. Their mothers, many very young when they gave birth, have become experts in seizure management and tube feeding.

Dr Souza, the neurologist, told me the clinic began as an emergency response and turned into a long-term family. The mothers formed associations, negotiated for physiotherapy, and learned to administer levetiracetam and phenobarbital better than some doctors.

What I learned:
- An epidemic does not end when the headlines stop.
- Caring for a child with complex needs often falls entirely on the mother, especially when fathers leave.
- The Brazilian Unified Health System (SUS) gave these families free care, but access to specialist rehab still depends on where you live.

I also learned about Chagas disease and congenital syphilis in the same clinic – both still common, both preventable.

I will present this to my class at home. I want them to know that Zika is not history.
`,
  },
  {
    id: "br-gibbs-003",
    setting: "intensive care",
    role: "intensivist",
    text: `
## Description
Manaus, ⟦DATE|14/01/2021⟧. The day our hospital ran out of oxygen. I was the intensivist on shift. ⟦NAME|Seu Raimundo⟧, 63, a fisherman from ⟦LOCATION|the riverside community of São Sebastião do Tumbira⟧, was on high-flow oxygen for COVID-19 pneumonia. His CPF, ⟦ID|${cpf("418.227.093")}⟧, was still written on the whiteboard by his bed because the family had been told to bring documents for the transfer list.

## Feelings
Four years later I still cannot write this calmly.

## Evaluation
We hand-bagged patients. Families brought cylinders bought at any price. ⟦NAME|Seu Raimundo⟧ survived; many did not.

## Analysis
The oxygen crisis was predictable and predicted. Dexamethasone 6 mg (RECOVERY, 2020) and prone positioning were the treatments we had. Oxygen – the simplest drug – was the one we could not give.

## Conclusion
Health systems fail at their most basic level first.

## Action plan
I now sit on our hospital's emergency preparedness committee, and I teach residents about the Manaus crisis every year so it is not forgotten.
`,
  },
  {
    id: "br-comment-004",
    setting: "medical education",
    role: "medical student",
    text: `
Muito bom! Great reflection. I'm from Belo Horizonte and we have the same problem in the internato: we learn the ACLS algorithm perfectly in the simulation centre and then in the real UPA the defibrillator is broken or there's no adrenaline in the cart. Professor Almeida always says we must also learn the "plan B medicine". One suggestion: add the reference to the 2020 AHA guidelines for readers, and maybe the SBC (Sociedade Brasileira de Cardiologia) update too. Abraços and good luck on the residency exam!
`,
  },
  {
    id: "br-what-005",
    setting: "rural primary care",
    role: "medical officer",
    text: `
What?
Six months as a doctor in the interior of Pará through the Mais Médicos programme. Yesterday a boat brought a woman in her forties with fever, jaundice and bleeding gums from a riverside settlement. Yellow fever was on my list; so were malaria, leptospirosis and severe hepatitis. The thick smear showed Plasmodium vivax.

So what?
I had almost sent her on a 12-hour boat trip to Belém for suspected yellow fever because I was afraid of missing it. Dr Oliveira, on the phone from the regional centre, reminded me that a simple test in my own clinic would change the plan. I gave chloroquine and primaquine (after checking she was not pregnant and asking about G6PD history), and she improved in three days.

I also learned that in this region malaria is "normal" to people; they come late because they know it and self-treat with leftover tablets.

Now what?
- Always do the thick smear first in any fever here.
- Learn the Ministry of Health 2021 malaria treatment guide by heart.
- Keep a stock list and flag shortages of artemether-lumefantrine early.
- Ask about yellow fever vaccination in every visit – coverage here is still low.
`,
  },
  {
    id: "br-free-006",
    setting: "dermatology",
    role: "dermatology resident",
    text: `
Dermatology outpatients, Porto Alegre. A reflection about social media and trust.

⟦NAME|Juliana⟧ – "⟦NAME|Ju⟧" to everyone – is a tattoo artist who came with a changing mole on her back. Dermoscopy was worrying; excision confirmed melanoma, Breslow 1.8 mm. She is the artist behind ⟦OTHER|@ju.tattoo.poa⟧, and within a week her followers had set up a fundraiser for the sentinel node biopsy and the immunotherapy she feared SUS would not pay for fast enough: [vaquinha da ⟦NAME|Ju⟧](⟦URL|https://www.vakinha.com.br/vaquinha/tratamento-da-ju-4471⟧).

She asked me, in clinic, whether she should have used the crowdfunding money for a private oncologist instead. I didn't know what to say. Our SUS pathway for melanoma is slow but good.

What I learned:
- Explaining the SUS pathway clearly (and honestly about waiting times) is part of my job.
- Patients now arrive with an audience. Her followers gave her strength, and also a lot of bad advice.
- The ABCDE rule is taught everywhere, but tattoo artists see more skin than dermatologists. I'd love to run a short session for tattoo studios on spotting suspicious moles.

I mentioned this to Dr Ferreira and she liked the idea of a partnership with the artists' association.
`,
  },
  {
    id: "us-free-007",
    setting: "obstetrics",
    role: "family medicine resident",
    text: `
Reflection: my first solo delivery on the family medicine OB service.

Nurse Joy (yes, really, and she has heard every joke) ran the room; Dr. Hope Castillo was my attending and stood in the corner with her arms folded, which I later learned is how she shows confidence in you. The mother was a 31-year-old G2P1 at 39+2 weeks. Second stage lasted 40 minutes. Apgars 8 and 9. Estimated blood loss 350 mL. Oxytocin 10 units IM after delivery of the anterior shoulder.

What went well: I remembered to check for a nuchal cord and to slow the head down. I kept talking to the mother the whole time.

What didn't: I forgot to ask for the cord gases because there was meconium. Dr. Castillo reminded me afterwards, gently. She says Murphy's law of obstetrics is that the one time you don't send gases is the one time you'll need them.

I also caught myself saying "good girl" to the mother, which I hate when other people say it. There is grace in how Nurse Joy talks to women in labor – "You're doing it, this is you doing it" – and I want to learn that.

Next steps: review ACOG Committee Opinion 348 on cord blood gases, practise the shoulder dystocia drill with the team on Tuesday, and drop "good girl" from my vocabulary for good.
`,
  },
];
