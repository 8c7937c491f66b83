/**
 * Unseen corpus: Kenya, Ghana, Nigeria, Egypt, South Africa. Every patient, relative, number,
 * address, handle and plate here is invented; clinicians' names are invented too (they are hard negatives).
 */
import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const AFRICA: SourceItem[] = [
  // ---------------------------------------------------------------- Kenya
  {
    id: "ke-gibbs-001",
    setting: "paediatrics",
    role: "clinical officer intern",
    text: `
**Description**
In my third week in the newborn unit I admitted ⟦NAME|Baby Akinyi⟧, born at home on ⟦DATE|14/02/2025⟧ and carried in by her mother, ⟦NAME|Rose Adhiambo⟧, after nearly an hour on a boda boda from ⟦LOCATION|Ombeyi, just past the rice scheme⟧. She weighed 1.6 kg, her temperature was 34.9°C and she was grunting. We put her in ⟦FACILITY_ROOM|cot 6 of the NBU at JOOTRH⟧ and started kangaroo care as soon as she was warm.

**Feelings**
Honestly I was scared. Dr Ouma was in theatre and Sister Atieno was covering two units, so for twenty minutes it was me and a very small baby.

**Evaluation**
Good: we warmed her quickly, started 10% dextrose at 60 mL/kg/day and gave ampicillin and gentamicin as the Basic Paediatric Protocols (2022) say. Bad: nobody checked her glucose at triage. When I finally did, it was 1.8 mmol/L.

**Analysis**
Hypothermia and hypoglycaemia travel together in small babies. I think I anchored on "sepsis" and skipped the basics because sepsis felt like the clever diagnosis.

**Conclusion**
Warmth, sugar, then antibiotics. In that order.

**Action plan**
I have added a glucose box to the NBU admission sheet and I will present the case at Thursday CME.
`,
  },
  {
    id: "ke-what-002",
    setting: "psychiatry",
    role: "medical student",
    text: `
## What?
During my psychiatry rotation in Eldoret a young man was brought in by police and two of his brothers, his wrists tied with sisal rope. He had not slept for five nights and believed the radio was speaking about him. Dr Chebet asked me to take the history while she wrote the admission. We gave haloperidol 5 mg IM with promethazine 25 mg IM and within the hour he was calmer and accepted tea.

## So what?
I was more frightened of the rope than of him. In lectures at Moi University we covered the 2022 amendments to the Mental Health Act: restraint is a last resort and must be recorded. Nobody recorded the rope. I also noticed that I spoke to the brothers more than to him, as if he was not in the room. Afterwards Dr Chebet told me, "He can hear you. Talk to him first."

## Now what?
- Introduce myself to the patient before the relatives, even when he is agitated.
- Learn our rapid tranquillisation chart properly (the unit adapted it from NICE NG10).
- Ask the police and family *how* they brought the person, and write it down.
- Read about first-episode psychosis and cannabis; he told me he has smoked bhang daily since Form Three.

I still think about the rope.
`,
  },
  {
    id: "ke-comment-003",
    setting: "internal medicine",
    role: "intern",
    text: `
Bro pls edit this asap 🙏 the reflection is good but u put too much. Para 3 has ⟦NAME|Mzee Wafula⟧'s full SHA no. ⟦ID|21574403⟧ and u even wrote his son's line ⟦PHONE|0722 555 814⟧ coz he asked u to call him with results. Anyone from Bungoma will know who it is, he's ⟦OTHER|the only blind choir master at the AIPCA church in Kimilili⟧ lol. Also u said he came in on ⟦DATE|Tue 3rd June⟧, just say "last month". Dr Simiyu will not be happy if he sees this on the public feed. The DKA learning points and the bit about the insulin sliding scale are 🔥 tho, keep those.
`,
  },
  {
    id: "ke-free-004",
    setting: "night shift",
    role: "nurse-midwife",
    text: `
Night shift, sub-county hospital maternity. Two midwives, fourteen mothers.

03:10 – Para 4 delivered, placenta complete, then the bleeding started. I have seen PPH before but never alone. Rubbed the fundus, shouted for help. Oxytocin 10 IU IM had been given at delivery so we started 20 IU in 500 mL normal saline, misoprostol 800 mcg sublingual, tranexamic acid 1 g IV over ten minutes. Estimated loss 1,200 mL by the time Sister Wanjiru came across from the postnatal side.
03:40 – BP 84/50, pulse 128. NASG applied (first time on a real woman, not the mannequin). Catheter in.
04:15 – Bleeding settled. Hb 6.8 g/dL. Two units requested from the blood bank in Nakuru; one arrived at 06:00.

What I learnt: the PPH box saved us. Everything was in one place because Sister Wanjiru restocks it every Monday. The E-MOTIVE bundle (WHO, 2023) is basically what we did, only in the wrong order. I want us to use the calibrated drape so we measure blood instead of guessing. And I must stop apologising while I work – the mother said, "Sister, just do. I trust you."
`,
  },
  {
    id: "ke-free-005",
    setting: "community medicine",
    role: "medical student",
    text: `
Community placement, Kilifi County, week two.

Our community health promoter, Mama Kadzo, took me on the TB defaulter round. The first house was ⟦NAME|Kahindi Charo⟧'s. Everybody knows him as ⟦OTHER|the one-armed net mender at Mnarani jetty⟧, so finding him was as easy as asking at the boats. He stopped his RHZE in month two. His wife, ⟦NAME|Dama⟧, said the tablets made him vomit and he could not lose fishing days sitting in the clinic queue.

What struck me was how practical the reasons were. Nobody had asked him about the vomiting; the card just said "defaulted". Mama Kadzo arranged for the tablets to be taken with uji in the evening and for ⟦NAME|Dama⟧ to be his treatment supporter. She wrote ⟦NAME|Dama⟧'s number, ⟦PHONE|+254 733 555 062⟧, on the back of his card, and his register number, ⟦ID|KLF/TB/0412/24⟧, on the front.

I came into medicine thinking adherence is about knowledge. In Kilifi it is about fish, money and nausea. Next week I will read the 2021 national TB guidelines on DOT and ask Dr Mwambura whether we can give metoclopramide for the first two weeks instead of waiting for people to drop out.
`,
  },
  {
    id: "ke-gibbs-006",
    setting: "emergency department",
    role: "intern",
    text: `
**Description.** A matatu overturned on the highway near Naivasha and we received eleven casualties within forty minutes. I was the intern on casualty with Dr Njoroge and two nurses. We used START triage on the ambulance bay: three red, four yellow, four green.

**Feelings.** Adrenaline first, then a strange calm, then shaking hands at about 2am when it was over.

**Evaluation.** The red patients were handled well: one tension pneumothorax decompressed, one pelvic binder, one GCS 7 head injury intubated and transferred. But the greens waited three hours, and one of them – a quiet young man – turned out to have a splenic laceration on ultrasound. He had been walking and talking, so he was green.

**Analysis.** Triage is a snapshot, not a diagnosis. ATLS (10th edition) says re-triage, and we did not. St John Ambulance volunteers were a huge help with stretchers but nobody was given the job of re-checking observations in the green area.

**Conclusion.** Walking wounded can still bleed.

**Action plan.** I have proposed to the department that in every mass casualty drill one nurse is named "green lead" and repeats vitals every thirty minutes. I will also do the eFAST course in Nairobi next month.
`,
  },
  // ---------------------------------------------------------------- Ghana
  {
    id: "gh-what-001",
    setting: "obstetrics",
    role: "house officer",
    text: `
**What?**
Eclampsia at 2am. ⟦NAME|Madam Akosua Serwaa⟧, 19, primigravida at 36 weeks, was brought from ⟦LOCATION|Asonomaso, off the Mampong road⟧ by her aunt in a taxi after two fits at home. She was put in ⟦FACILITY_ROOM|Bed 14, Maternity Block B, Komfo Anokye⟧ and I was the only house officer on the labour ward. Magnesium sulphate by the Pritchard regimen, BP 178/116, hydralazine 5 mg IV. Baby delivered by emergency caesarean at 04:50, Apgar 5 then 8. Her Ghana Card, ⟦ID|GHA-714209835-6⟧, was the only document the aunt had; her NHIS had lapsed.

**So what?**
I was so focused on the magnesium that I checked her knee reflexes every ten minutes and forgot the urine output for two hours. When Dr Boateng arrived he asked for the catheter bag and it had 40 mL in it. Nothing bad happened, but it could have. I also realised that I had no idea how to talk to the aunt, who kept asking if the girl had been "attacked by something".

**Now what?**
1. Use the magnesium chart, not my memory: reflexes, respiratory rate *and* urine hourly.
2. Keep calcium gluconate 10 mL drawn up at the bedside.
3. Learn how to explain eclampsia in Twi without frightening people.
`,
  },
  {
    id: "gh-comment-002",
    setting: "OSCE",
    role: "medical student",
    text: `
Thanks for sharing this, it's exactly what happened to me in the Accra mock. Three things that helped me for the abdo station:
- Murphy's sign: do it properly, hand under the right costal margin, ask them to breathe in. Say out loud that you're looking for inspiratory arrest.
- Rovsing's sign and Courvoisier's law come up in the viva more than in the exam itself.
- Don't forget to mention Cullen's and Grey Turner's signs when they say "pancreatitis".
Dr Mensah told our group that the examiners care more about you washing your hands and exposing properly than the fancy signs. Good luck for Friday, you'll smash it 💪
`,
  },
  {
    id: "gh-free-003",
    setting: "primary care",
    role: "physician assistant",
    text: `
Polyclinic, Tamale. Long reflection because this one stayed with me.

⟦NAME|Mba Issahaku⟧ came in on the back of his grandson's motorbike from ⟦LOCATION|Gbullung, off the Kumbungu road⟧. He told me he is ⟦AGE|96 years⟧ and that he fought in Burma, and his grandson confirmed it with a faded paybook. His complaint was simple – he could not pass urine for a day. Bladder scan 900 mL, big smooth prostate, creatinine 210 µmol/L. We catheterised him and the relief on his face was something I will remember.

The hard part was the follow-up. Urology is in Kumasi, eight hours away, and the family farm yam and groundnut. The grandson gave me their GhanaPost address, ⟦ADDRESS|NT-0150-7712⟧, so the community nurse could find the compound for catheter changes, and he asked for a referral letter "in big English" so the people in Kumasi would take it seriously.

What I learnt: in a man this age the question is not only "what is the diagnosis" but "what will the journey cost". Tamsulosin 400 mcg and a long-term catheter may be the right plan for him even if the textbook says TURP. I discussed it with Dr Alhassan, who agreed, and we wrote it down as his choice, not ours.
`,
  },
  {
    id: "gh-gibbs-004",
    setting: "palliative care",
    role: "nursing student",
    text: `
Description: On the oncology unit in Kumasi I looked after a 24-year-old man with relapsed Hodgkin lymphoma who had stopped ABVD because his family could not pay. He was on oral morphine 5 mg four-hourly and still in pain.

Feelings: I felt angry, then helpless. He was my age.

Evaluation: Sister Abena showed me how to do a proper pain assessment using the faces scale because he was too tired for numbers. We increased his morphine to 7.5 mg, added a breakthrough dose and regular senna, and by evening he slept. That was good. What was not good was that I avoided his mother because I did not know what to say.

Analysis: Our lecturer says "presence is a nursing intervention". I did not believe it until Sister Abena simply sat with the mother for ten minutes and said very little. The WHO analgesic ladder (1986) is old but it still works if you actually climb it. Cost was the real disease here.

Conclusion: Pain control is a skill, but so is sitting still.

Action plan: Read the Ghana palliative care guidelines, practise the conversation with my tutor, and next time go to the relative first instead of hiding at the drug trolley.
`,
  },
  {
    id: "gh-free-005",
    setting: "psychiatry",
    role: "resident",
    text: `
Something for the group to think about.

A man known all over Cape Coast as ⟦NAME|Kojo "Chairman" Abaka⟧ was brought to our unit in a manic relapse. Before he arrived, his nephew had already posted a video of him preaching at the lorry station – it has thousands of views: ⟦URL|https://www.tiktok.com/@chairman_kojo_cc/video/7382291054416⟧. The account ⟦OTHER|@chairman_kojo_cc⟧ now has more followers than most of our politicians, and people comment things I will not repeat.

On the ward he was charming, grandiose and exhausted. Sodium valproate 500 mg twice daily, olanzapine 10 mg at night, and a lot of sleep. When he recovered, he asked me to get the video taken down. I had no idea how. Platforms have reporting tools, but the nephew thinks he is helping his uncle's "ministry".

Reflection: our duty of confidentiality covers what *we* write; we cannot control the family. But we can talk to families on admission about filming, the way we talk about visiting hours. I have drafted a short leaflet and Dr Owusu-Ansah will take it to the next unit meeting. I also want to learn the platform reporting routes properly so that when a patient asks, I can help on the same day.
`,
  },
  {
    id: "gh-what-006",
    setting: "community medicine",
    role: "medical student",
    text: `
### What?
Two weeks at a CHPS compound outside Bolgatanga with the community health nurse, Madam Ayamba. Most mornings were child welfare clinic: weighing, Penta 3, measles-rubella, vitamin A. One afternoon a mother brought a toddler with Down syndrome who had never been weighed because, she said, people told her "that kind of child does not need the book".

### So what?
I had only ever seen Down syndrome in a lecture slide about trisomy 21, AVSD and hypothyroidism. Here the problem was stigma before any of that. Madam Ayamba weighed him, plotted him, gave his vaccines and praised the mother loudly in front of the other women. It took ninety seconds and it was the best clinical care I saw all week.

### Now what?
- Read the 2018 EPI schedule again; I was slow with catch-up doses.
- Ask Dr Atiah how we refer for an echo from the Upper East.
- Remember that clinics in Bolgatanga, Tamale or Accra are only as good as the welcome at the door.
`,
  },
  // ---------------------------------------------------------------- Nigeria
  {
    id: "ng-gibbs-001",
    setting: "emergency department",
    role: "house officer",
    text: `
**Description**
⟦NAME|Mr Chukwuemeka Obi⟧ (hospital number ⟦ID|118402⟧) was rushed into the emergency room at ⟦FACILITY_ROOM|LUTH⟧ with right-sided weakness and BP 220/130. His wife ⟦NAME|Ngozi⟧ had found him on the bathroom floor at their home, ⟦ADDRESS|Plot 7, Ifelodun Close, off Akerele Road, Surulere, Lagos⟧. CT was not working, so we had to send him by private ambulance to a scan centre and pay upfront. NIHSS 14.

**Feelings**
Frustrated. Embarrassed, even, when I had to tell ⟦NAME|Ngozi⟧ to go and find ₦65,000 before we could image her husband.

**Evaluation**
Dr Adebayo kept the BP management sensible: labetalol, no crashing the pressure. The scan showed a left basal ganglia haemorrhage. But we lost two hours to money and logistics.

**Analysis**
Stroke care here is limited by systems, not knowledge. I know the AHA/ASA 2022 targets by heart but could not apply them at the speed they assume.

**Conclusion**
I need to know the financial pathway as well as the clinical one.

**Action plan**
I saved ⟦NAME|Ngozi⟧'s number (⟦PHONE|0803 555 2190⟧) in the department phone to update her – and now realise I should have used the ward's official line. I will ask the registrar how the hospital social welfare fund works so the next family is not sent to the ATM alone.
`,
  },
  {
    id: "ng-free-002",
    setting: "internal medicine",
    role: "resident",
    text: `
Sickle cell crises in Enugu: a resident's rant and reflection.

Every call, at least two adults with vaso-occlusive crisis arrive in casualty. Many have been given pentazocine in a chemist's shop three times before they reach us. We follow the departmental protocol: IV fluids, oxygen if SpO2 < 95%, morphine 0.1 mg/kg titrated, and we look hard for acute chest syndrome.

What frustrates me is that hydroxyurea (15–20 mg/kg/day) is still not a normal part of care for most of our adults. Prof. Adewale showed us the 2014 NHLBI evidence and the REACH trial data from sub-Saharan Africa: fewer crises, fewer transfusions, fewer deaths. The drug is cheap compared with a week on the ward. The barrier is the follow-up: FBC every month at first, which means transport money.

Also, we are still labelling frightened people in pain as "drug seekers". I have done it, I am ashamed to admit.

Plan for my unit:
1. A hydroxyurea clinic slot every Wednesday, starting with our ten most frequent attenders.
2. Ask NHIA about covering the monitoring bloods.
3. Partner with the Sickle Cell Foundation Nigeria for counselling.
4. Start every crisis note with a pain score – not an opinion.
`,
  },
  {
    id: "ng-comment-003",
    setting: "ward round",
    role: "house officer",
    text: `
Abeg remove this post sharp sharp. You wrote ⟦NAME|Iya Bose⟧ for ⟦FACILITY_ROOM|bed 9, female medical ward, UCH⟧ and even said her daughter is ⟦OTHER|the only female okada rider in Agbowo⟧. Half of Ibadan will know who it is. Her daughter already put everything on Facebook (⟦URL|facebook.com/bose.adeyinka.98⟧), we don't need to add our own. The teaching point about hyponatraemia and correcting slowly is very good o, write it again without the lady. Oga Consultant Prof. Akinola talked about this exact thing for grand rounds last week.
`,
  },
  {
    id: "ng-what-004",
    setting: "paediatrics",
    role: "resident",
    text: `
# Neonatal jaundice – the same lesson, again

## What?
In one week on the SCBU in Kano we had three babies with bilirubin above the exchange line. All three had been given herbal baths or "Ruwan Kaba" at home, and all three mothers had been told the yellowness would go by itself. One baby had G6PD deficiency; one was ABO; one we still don't know.

## So what?
We plot every baby on the Bhutani nomogram and follow the NICE CG98 (2010, updated 2016) thresholds, but by the time they reach us the damage is often starting. One baby already had a high-pitched cry and arching – early bilirubin encephalopathy. Dr Okonkwo did the exchange transfusion with me scrubbed as second, and I learnt more in those three hours than in a semester of lectures.

## Now what?
- Teach every mother at discharge to press on the baby's nose and look at the colour in daylight.
- Our phototherapy units need irradiance checks; two of the four were weak.
- Push for G6PD screening on cord blood – it is cheap and it would change how fast we act.
- Write to the primary health care board in Kano about a simple jaundice poster in Hausa.
`,
  },
  {
    id: "ng-free-005",
    setting: "obstetrics",
    role: "registrar",
    text: `
Fistula camp reflection – please forgive my English, I write as I think.

The girl I remember is ⟦NAME|Hauwa'u Sani⟧. She is seventeen. She labour for three days in ⟦LOCATION|Gidan Dabo, Dawakin Tofa⟧ before her husband, ⟦NAME|Malam Garba⟧, bring her on a donkey cart to the road. The baby die. After that she leak urine for two years and the husband people send her back to her father house.

We repair her on ⟦DATE|12-08-2024⟧. Dr Bello was main surgeon, I assist. Simple vesicovaginal fistula, closed in two layers, catheter for fourteen days. Her NIN, ⟦ID|71823405918⟧, was needed to register for the free camp, and I see on the form that she never go to school.

Day 14 the catheter come out and she is dry. She cry, the nurses cry, I go outside because I don't want the girl to see me cry also.

What I take from this: the surgery is the easy part. Early marriage, no antenatal care, no transport – these are the real disease. Next camp I want to sit with the social worker and the community leaders, not only in theatre.
`,
  },
  {
    id: "ng-gibbs-006",
    setting: "medication error",
    role: "house officer",
    text: `
Gibbs reflection – a near miss I caused.

Description: I wrote up gentamicin for a 1.9 kg neonate as 10 mg/kg instead of 5 mg/kg once daily. I had the adult extended-interval dose in my head. Pharm. Tolu, the paediatric pharmacist, phoned me at 11pm and asked, very politely, "Doctor, is this what you meant?"

Feelings: Cold in my stomach. Then relief, then shame, then gratitude.

Evaluation: The system worked because a person was awake and careful. But it relied on one person. If it had been a weekend with locum cover, the dose might have gone in.

Analysis: I was on my fourth call in eight days. I wrote the chart from memory instead of using the neonatal formulary. The chart has no weight-based prompt. Reason's Swiss cheese model (1990) fits too well: fatigue, no prompt, memory – the holes lined up, and only the pharmacist blocked them.

Conclusion: "I know this dose" is a dangerous sentence.

Action plan:
- Always use the BNFc or unit formulary for neonates, even at 3am.
- I reported it through the incident system; Dr Eze said that was the right thing and nobody shouted.
- I have proposed a weight-and-dose check box on the neonatal drug chart.
`,
  },
  // ---------------------------------------------------------------- Egypt
  {
    id: "eg-what-001",
    setting: "emergency department",
    role: "intern",
    text: `
**What?** My first STEMI as the intern on the cardiac emergency at ⟦FACILITY_ROOM|Kasr Al Ainy⟧. ⟦NAME|Hagg Mahmoud Abdel-Rahman⟧, 74, a retired schoolteacher, came with crushing chest pain for two hours, anterior ST elevation on ECG. The cath lab was busy with another case so Dr Heba decided on streptokinase 1.5 million units over an hour. His son ⟦NAME|Karim⟧ kept asking me to "give him the strongest injection", and I gave him my phone to call his sisters; afterwards I copied ⟦PHONE|+20 100 555 4821⟧ into my notes for the callback. For the registration desk I also wrote the national ID, ⟦ID|25104120102937⟧, which the son read from his father's card.

**So what?** The ST segments settled by 60% at 90 minutes, so we considered it successful reperfusion. But I realised I did not know the contraindication list well enough when Dr Heba asked me quickly about recent surgery and stroke. I also noticed I explained everything to the son and almost nothing to him.

**Now what?** I will learn the fibrinolysis checklist from the 2023 ESC guidelines and keep it in my pocket. I will speak to the patient first. And I will stop using my own phone for families – the department has a phone for that.
`,
  },
  {
    id: "eg-free-002",
    setting: "OSCE",
    role: "medical student",
    text: `
My OSCE experience in Alexandria, final year. I want to share for the juniors.

Station 4 was history taking: a woman with weight gain, purple stripes on abdomen, and high blood pressure. I think immediately Cushing's syndrome, and I was so happy that I forget to ask about steroid use! Dr Nermeen was examiner. At the end she asked me, "What is the most common cause of Cushing's?" and I say "pituitary adenoma" – wrong, the most common is iatrogenic, from steroids. I knew it but the stress took it from me.

Station 7 was cranial nerves. The actor had a Bell's palsy picture (forehead also affected), and I did well because I practised with my colleague Yasmine every night for a week.

Station 9 was prescribing: dexamethasone suppression test, 1 mg at 11pm, cortisol at 8am. I wrote it correct.

Lessons:
- Always ask about drugs, especially steroids, in every history.
- Practise with a partner out loud, it is different than reading.
- Sleep before the exam. I slept three hours and I feel it.

Results come on 14 July. Wish me luck.
`,
  },
  {
    id: "eg-gibbs-003",
    setting: "paediatrics",
    role: "resident",
    text: `
**Description**
During my rural rotation near Luxor a mother brought ⟦NAME|Malak⟧, born on ⟦DATE|2025-01-19⟧, with eight days of diarrhoea, sunken eyes and a skin pinch that went back very slowly. Severe dehydration. The mother is ⟦OTHER|the only woman who drives a tuk-tuk in Armant⟧, and she drove the baby herself from ⟦LOCATION|Nag' el-Shaykh⟧ when the men said to wait until evening.

**Feelings**
Admiration for the mother, fear for the baby – I could not find a vein.

**Evaluation**
Dr Samir placed an intraosseous needle in the tibia and we gave Ringer's lactate per WHO Plan C: 30 mL/kg in the first hour, then 70 mL/kg over five hours. Zinc 10 mg daily for ten days. ⟦NAME|Malak⟧ was drinking by the night.

**Analysis**
I have read Plan C many times but never counted the millilitres under pressure. The IO route was not something I had practised on anything except a chicken bone in the skills lab.

**Conclusion**
Practical skills decay. And families make brave decisions we should respect.

**Action plan**
Monthly IO practice with the nurses, and I am writing a laminated Plan C card in Arabic for the unit wall.
`,
  },
  {
    id: "eg-comment-004",
    setting: "community medicine",
    role: "lecturer",
    text: `
A thoughtful piece, thank you. May I add a note for the students reading this? Schistosomiasis is still with us in parts of the Delta and Upper Egypt, although the national control programme since the 1990s has reduced it dramatically. When you take a history from a farmer with haematuria, ask about canal water, and remember that praziquantel 40 mg/kg as a single dose is the treatment. Also remember the link with squamous cell carcinoma of the bladder. I discuss this in more detail in my seminar next term at Ain Shams, and the WHO fact sheet on who.int is a good starting point.
`,
  },
  {
    id: "eg-what-005",
    setting: "hepatology",
    role: "resident",
    text: `
What?
Outpatient hepatology clinic in Cairo, Tuesday list: 41 patients. Most have hepatitis C that was treated during the 100 Million Healthy Lives campaign (2018–2019) with sofosbuvir 400 mg and daclatasvir 60 mg for 12 weeks. Now they come because they are cured of the virus but not of the cirrhosis.

So what?
I used to think "SVR12 achieved" was the end of the story. Dr Tarek taught me to check Child-Pugh and MELD at every visit, to order ultrasound and AFP every six months for HCC surveillance, and to look at the feet for oedema and the hands for palmar erythema even when the patient says they are fine. One man had Child-Pugh C with ascites and was still working in the fields. Another had a 2.4 cm lesion on ultrasound that nobody had followed up.

Also, I noticed I spend most of the consultation reading the old file instead of looking at the person.

Now what?
- Build a simple checklist sticker for the front of each file: Child-Pugh, MELD, last US, last AFP, varices.
- Read the EASL 2018 recommendations on surveillance.
- Ask the nurses to weigh everyone before they come in.
`,
  },
  {
    id: "eg-free-006",
    setting: "nephrology",
    role: "dialysis nurse",
    text: `
I run the evening dialysis shift and I want to reflect on ⟦NAME|Amm Fathy⟧, who has been coming three times a week for six years. He is the one who reminds *us* about the heparin dose and tells the new nurses which needle to use for his fistula.

Last month he missed two sessions. When he came back his potassium was 7.1 and he was short of breath. He admitted that he could not pay the microbus anymore from ⟦ADDRESS|14 Shaheed Ahmed Hamdi St., Heliopolis, Cairo 11341⟧ since his son lost his job. He was embarrassed to tell us.

We treated him: calcium gluconate, insulin-dextrose, and an extra session. But the lesson for me is that I knew this man for six years and did not know how he travelled here.

I emailed the social worker and the unit's charity committee, and ⟦NAME|Amm Fathy⟧ gave me his own email, ⟦EMAIL|fathy.elsayed.hlp@yahoo.com⟧, to be copied "so they don't forget me". The committee will now pay transport for four patients. Small things.

Now I ask every new patient in their first week: how do you come, who pays, what happens if you cannot come?
`,
  },
  // ---------------------------------------------------------------- South Africa
  {
    id: "za-gibbs-001",
    setting: "internal medicine",
    role: "medical officer",
    text: `
## Description
I was the medical officer on call for ⟦FACILITY_ROOM|Ward 21 at Bara, bed 30⟧ when ⟦NAME|Mr Sipho Mahlangu⟧ deteriorated. He is a retired mineworker with silicosis and, we discovered that night, a new left-sided pleural effusion. His daughter had brought his ID book so that admissions could register him – ID number ⟦ID|${saId("420812508708")}⟧ – and I copied it into my handover list along with his folder number, ⟦ID|B2418873⟧, which I now know I should not have done on paper that travels around the hospital.

## Feelings
Overwhelmed. It was my fifth admission in two hours and the ward had one sister for forty patients.

## Evaluation
What went well: I did a bedside ultrasound and an aspiration, and the fluid was an exudate with high ADA – likely TB. What went badly: I forgot to send a sample for Xpert Ultra, so the diagnosis was delayed by a day.

## Analysis
Light's criteria I can recite. Remembering every bottle at 3am with a queue of admissions is a different skill. Dr Khumalo suggested a pre-packed "tap kit" with labelled tubes, which the physicians in Durban already use.

## Conclusion
Systems, not memory.

## Action plan
I have made a tap kit checklist for our ward, and I now write only bed and initials on handover sheets. The daughter left her address for the social worker, ⟦ADDRESS|2241 Mzimhlophe Street, Zola North, Soweto, 1868⟧; I passed it on through the proper form instead of my pocket.
`,
  },
  {
    id: "za-free-002",
    setting: "HIV clinic",
    role: "community service doctor",
    text: `
Community service year, a district hospital in northern KwaZulu-Natal. A reflection on numbers.

This week I saw a 29-year-old woman with a CD4 of 84 and a cough for a month. Urine LAM positive, Xpert Ultra "trace". She had defaulted TLD (tenofovir, lamivudine, dolutegravir) two years ago after moving to Durban for work and back. We started TB treatment first and planned ART in two weeks, following the 2023 national consolidated guidelines, with cotrimoxazole prophylaxis from today.

What I keep thinking about is how casually I wrote "defaulter" in her file. Sister Mthembu crossed it out and wrote "returned to care". She said, "Doctor, she came back. That's the part we celebrate."

Things I want to remember:
- Screen every adult with advanced HIV for cryptococcal antigen (CrAg) – I forgot and Dr Naidoo reminded me.
- IRIS is real; warn people that they may feel worse before better.
- Welcome people back without a lecture.

I came here thinking the job was prescribing. It's mostly welcoming and explaining and chasing results.
`,
  },
  {
    id: "za-comment-003",
    setting: "emergency department",
    role: "intern",
    text: `
Eish, this one hit home. Had almost the same thing at 3am on Saturday in the resus room in Cape Town – stab wound to the chest, everyone staring at the bleeding and nobody looking at the neck veins. Beck's triad looks so clean in the textbook and so messy in real life. Dr van der Merwe made us say our plan out loud before anyone touched anything, and it honestly slowed us down in a good way. Also +1 on the eFAST – if you haven't done the course yet, the next one is in Stellenbosch. Thanks for writing this so honestly, bru.
`,
  },
  {
    id: "za-what-004",
    setting: "prehospital",
    role: "paramedic",
    text: `
**What?**
Call-out on ⟦DATE|Saturday 14 June⟧ to a farm outside Vredefort. Patient is known to everyone as ⟦NAME|Oupa Koos⟧ – the family wouldn't give me a surname until we were in the ambulance. He had rolled his bakkie into a ditch, reg ⟦OTHER|BXK 418 FS⟧, and was sitting next to it smoking. GCS 15, but with a seatbelt sign and tachycardia of 118.

**So what?**
He refused transport. He said he had "fallen off worse horses". He had capacity – I checked it properly: understand, retain, weigh up, communicate. I was tempted to just let him sign the refusal and go. My partner Riaan sat with him and explained what a seatbelt sign can mean, in Afrikaans, and after ten minutes ⟦NAME|Oupa⟧ agreed to come.

CT later showed a small liver laceration managed conservatively.

**Now what?**
I used to see refusal forms as protecting us. Now I see them as the last step after the conversation, not instead of it. I'm going to practise capacity assessments with scenarios in our Bloemfontein training group, and I want to learn more Afrikaans and Sesotho than "pain" and "breathe".
`,
  },
  {
    id: "za-free-005",
    setting: "psychiatry",
    role: "registrar",
    text: `
A psychiatry registrar's notes on family, social media and consent.

⟦NAME|Thandeka⟧ is 22 and was admitted after an overdose of amitriptyline. Her grandmother, ⟦NAME|MaDlamini⟧, raised her and came to every visiting hour with a flask of rooibos. On day three the gogo showed me her phone: an account called ⟦OTHER|@thandi.slays.durbs⟧ had posted photos from inside the ward, including one of the nurses' station.

It was ⟦NAME|Thandeka⟧'s own account. She wanted people to know she was alive.

We talked about it together – ward rules protect other patients, not just her. She took the photos down herself, which mattered more than me telling her to. ⟦NAME|MaDlamini⟧ asked me to phone her on ⟦PHONE|082 555 0193⟧ before discharge "so I can prepare the house", and we agreed that ⟦NAME|Thandeka⟧ would be in the room when I called.

Reflections:
- The QTc on admission was 510 ms; the medical team managed the TCA toxicity well with sodium bicarbonate. My job started after that.
- Safety planning works better with the person who actually lives with the patient.
- Social media isn't the enemy. Secrecy is.

I'm taking this case to our Balint group next week.
`,
  },
  {
    id: "za-gibbs-006",
    setting: "palliative care",
    role: "family physician",
    text: `
Gibbs reflective cycle – home-based palliative care, Eastern Cape.

Description: I joined the home-based care team for a day. We visited a man in his sixties with metastatic oesophageal cancer who could no longer swallow his own saliva. He was on a syringe driver with morphine 20 mg and midazolam 10 mg over 24 hours, plus hyoscine butylbromide for secretions. The community caregiver, Nomvula, had been visiting him daily for two months.

Feelings: Humbled. Nomvula knew things about him I would never find in the file – which hymn calmed him, which son he was waiting for.

Evaluation: Symptom control was good. Communication with the hospital was poor: his discharge letter had no anticipatory medicines listed, so Nomvula had to phone around.

Analysis: The HPCA training materials and the 2017 National Policy Framework for Palliative Care both stress the link between hospital and home, but in practice the letter is written by the most junior doctor in a hurry. That was me, last year, in Mthatha.

Conclusion: A discharge letter is a palliative care intervention.

Action plan: I have written a one-page discharge template for palliative patients with an anticipatory prescribing section, and I will teach the interns how to use it.
`,
  },
  {
    id: "ng-free-007",
    setting: "ward round",
    role: "medical student",
    text: `
Ward round notes from my surgery posting in Ibadan, written up as a reflection. Patients are numbered, not named, as our tutor insists.

Patient 1 – 45M, typhoid perforation, day 3 post-laparotomy. Febrile, 38.6°C. Mr Adeyemi, the consultant surgeon, asked me to examine the wound: erythema and a little pus at the lower end. Open two sutures, swab, continue ceftriaxone and metronidazole.

Patient 2 – 30F, thyroidectomy for multinodular goitre, day 1. Chvostek's sign negative, calcium 2.1 mmol/L. Dr Olatunji explained Trousseau's sign and asked me why we check the voice.

Patient 3 – 62M, BPH, catheter in situ, awaiting TURP. Creatinine 142. Mr Adeyemi wanted a PSA and was annoyed that nobody had sent it.

What I learnt:
- Mr Adeyemi is a surgeon, so he is "Mr", not "Dr". I called him "Dr" twice before a senior registrar whispered it to me.
- Wound infection after typhoid perforation is very common here – around one in three in some series – and early opening is better than waiting.
- A good ward round is a list of decisions, not a list of observations. The registrar, Dr Bakare, finished each patient with "So what are we doing today?" and it kept everything moving.

Next week is theatre. I want to scrub for a hernia repair and learn the Lichtenstein technique.
`,
  },
];
