/** Elsewhere in Asia and the Gulf: Sri Lanka, Bangladesh, Nepal, Singapore, Hong Kong, UAE, Saudi Arabia. */
import type { SourceItem } from "../../corpus/types.ts";
import { emiratesId, nric } from "../../corpus-fresh/gen.ts";

export const ELSEWHERE_ASIA: SourceItem[] = [
  {
    id: "lk-free-001",
    setting: "medicine ward",
    role: "intern medical officer",
    text: `
Leptospirosis, and the farmer who waited too long

I am an intern medical officer in Kandy. On ⟦DATE|4th November⟧ we admitted ⟦NAME|Mr. Sunil Wickramasinghe⟧ to ⟦FACILITY_ROOM|Ward 14, Teaching Hospital Kandy⟧ with fever for five days, myalgia and reduced urine. He is a paddy farmer from ⟦LOCATION|Udawela, the village past the Hanguranketha junction⟧. His NIC number ⟦ID|196823401872⟧ was needed for the transfer form when we sent him to the ICU on the second day, because by then his creatinine was 5.8 and he was bleeding from the gums.

What I keep thinking about is the five days. His wife said he took Panadol and went on working in the field, because it was the harvest. Leptospirosis is common in our area after the rains; doxycycline prophylaxis is given to farmers by the MOH office, but he had not received it.

He had dialysis and recovered. When I asked him later why he waited, he said "if I don't harvest, who will pay for the hospital?" Even though our hospitals are free, the lost work is not.

I learned that prevention and early treatment are not only medical. Our consultant, Dr. Jayasekara, has asked me to help with an awareness session for farmers' organisations next month.
`,
  },
  {
    id: "lk-comment-002",
    setting: "medicine ward",
    role: "medical officer",
    text: `
@intern_kandy@mastodon.lk Good reflection aiya. In Kurunegala also we see the same delay every harvest. One thing: the Weil's disease picture with jaundice and renal failure comes late, by then the window is small. Early doxy on suspicion is key. Happy to share the farmer awareness slides we used last year with the MOH.
`,
  },
  {
    id: "bd-gibbs-003",
    setting: "humanitarian camp clinic",
    role: "medical officer",
    text: `
Reflection using Gibbs: six months in the camps

Description
From May to October I worked as a medical officer with an NGO primary health centre in the Rohingya camps near Cox's Bazar. We saw about 200 patients a day: acute watery diarrhoea, respiratory infections, scabies, skin infections, malnutrition, and a lot of injuries and psychological distress that nobody has time to treat properly. I worked with a Bangladeshi team, Rohingya community health volunteers, and international staff. My team lead was Dr. Tahmina, and our translator and community volunteer, Rashid, taught me more than anyone.

Feelings
At first, I felt useful. Then frustrated. By August I was exhausted and a bit numb. I noticed I was irritable with patients who came back again and again with the same problem, which is not who I want to be.

Evaluation
What went well: we managed a diphtheria cluster early, using lessons from the big outbreak in 2017. Our team's vaccination campaigns reached most children in our block. The community health volunteers were excellent at finding sick children early.

What went badly: I treated symptoms, not causes. Diarrhoea keeps coming back because water and sanitation are poor. Scabies returns because families share blankets in crowded shelters. Mental health needs are huge and we had one counsellor for thousands of people. I also didn't look after myself.

Analysis
Humanitarian medicine is public health with a stethoscope. I was trained in a tertiary hospital in Dhaka where the model is one patient, one diagnosis, one prescription. That model doesn't fit a camp. The Sphere standards (2018 edition) helped me understand that water, shelter and food are health interventions.

On burnout: I read about compassion fatigue and recognised myself. Our organisation had a staff support line but I never called because I thought my stress was small compared to the refugees'. Dr. Tahmina said that this comparison is exactly what keeps health workers from getting help.

Conclusion
Good clinical care matters in the camps, but it is the smallest part of health there. I also need to treat my own wellbeing as part of my job, not a luxury.

Action plan
- Do the short course in humanitarian public health that my NGO offers.
- Use the staff support service during my next deployment, from the start.
- Learn more Rohingya phrases. Rashid has sent me voice notes.
- Share these lessons with the junior doctors going out next year.
`,
  },
  {
    id: "bd-free-004",
    setting: "burn unit",
    role: "senior staff nurse",
    text: `
A burn, a mother, and a phone number

I'm a senior staff nurse in the burn unit in Dhaka. Last week we received ⟦NAME|Rokeya Begum⟧, 34, with 38% burns from a gas cylinder explosion in her kitchen in Keraniganj. She was admitted to ⟦FACILITY_ROOM|HDU bed 9, Sheikh Hasina National Institute of Burn and Plastic Surgery⟧ on ⟦DATE|17 November⟧. Her husband works in Malaysia. Her two children are with her sister, ⟦NAME|Shirin⟧, who gave us her mobile, ⟦PHONE|01711-555382⟧, to call "only with good news, please".

Burn care here is long and painful. Dressings every day, fear of infection, and the family cannot stay in the unit. She asks me every morning if she can see her children. We cannot bring children into the unit because of infection risk.

I did something small. I asked ⟦NAME|Shirin⟧ to send a video of the children singing, and I played it for ⟦NAME|Rokeya⟧ during the dressing change, instead of the usual distraction. She cried, but she said it was less painful.

Pain in burns is not only in the skin. I want to propose to our matron that we allow short video calls for long-stay patients, with some rules. We have tablets that the NGO donated and they are sitting in a cupboard.
`,
  },
  {
    id: "np-what-005",
    setting: "remote health post",
    role: "nursing officer",
    text: `
What?
I am a staff nurse posted at a health post in Jumla district, in Karnali. On ⟦DATE|Mangsir 2⟧ (mid-November), ⟦NAME|Dhan Bahadur Rokaya⟧, who is ⟦AGE|92 years⟧ old and ⟦OTHER|the oldest man in Ward No. 4 of Tila Rural Municipality⟧, was carried to us in a doko basket by his grandsons, a three-hour walk, with urinary retention. I catheterised him and drained 1.4 litres. He thanked me by blessing me with rice and tika.

So what?
He needed a urologist for his prostate. The nearest is in Nepalgunj or Kathmandu, which means a flight from Jumla airport when the weather allows. The family have no money for it. For him, my catheter is the "definitive" treatment unless something changes. I felt that my nursing training taught me what to do next, but not what to do when there is no next.

Now what?
I taught his grandson, who is 17, how to care for the catheter and when to bring him back. I contacted the district health office to ask about the free referral scheme for elderly citizens. And I will continue to keep a log of all the patients we cannot refer, to show the municipality what is needed.
`,
  },
  {
    id: "np-comment-006",
    setting: "remote health post",
    role: "health assistant",
    text: `
@sister_karnali@mastodon.social Dherai ramro lekhnu bhayo didi. In Humla we have the same problem, no referral possible in winter. The district health office responded to us only after we made a list with numbers, so your log is the right idea. Also the ANMs in our post asked for catheter training, can you share the teaching sheet you used?
`,
  },
  {
    id: "sg-free-007",
    setting: "polyclinic",
    role: "polyclinic nurse",
    text: `
⟦NAME|Mdm Tan⟧ and the missed appointments

I'm a nurse clinician in a polyclinic in the east. One of my diabetic patients, ⟦NAME|Mdm Tan Ah Lian⟧ (NRIC ⟦ID|${nric("S4172093")}⟧), had missed three appointments in a row. Her HbA1c had gone up to 10.2. When we finally reached her daughter at ⟦PHONE|+65 9555 0183⟧, the daughter said ⟦NAME|Mdm Tan⟧ had stopped going out since her husband passed away in August. She lives on her own at ⟦ADDRESS|Blk 412 Bedok North Ave 2, #08-117, Singapore 460412⟧.

I arranged a home visit with our community nurse team. The flat was clean, but the fridge had very little food, and there were insulin pens that had expired. She was polite and said she was "okay lah, no need to trouble". Through the conversation it was clear she was grieving and quite low in mood. PHQ-9 was 16.

We referred her to the Active Ageing Centre nearby and to our polyclinic's medical social worker, and simplified her insulin regimen. I think in our system we are very good at tracking numbers, HbA1c, BP, LDL, and less good at asking why the numbers change. Her HbA1c was a grief marker.
`,
  },
  {
    id: "sg-comment-008",
    setting: "polyclinic",
    role: "family physician",
    text: `
@nurseclin_sg@mastodon.sg Really good reminder. In our cluster we started a simple screen, "Has anything big changed at home since your last visit?", at the start of every chronic disease review. Takes ten seconds. Also worth connecting with the AAC early, the befriender programme has helped several of our elderly patients who lost a spouse.
`,
  },
  {
    id: "hk-gibbs-009",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Gibbs reflection: a conversation about tube feeding

Description
I am a resident in internal medicine in Hong Kong, currently in geriatrics. ⟦NAME|Mr. Chan Kwok-wing⟧ (HKID ⟦ID|K318824(8)⟧), ⟦AGE|96⟧, was admitted to ⟦FACILITY_ROOM|Ward K7, Queen Mary Hospital, bed 23⟧ on ⟦DATE|28 October⟧ with aspiration pneumonia, his fourth in a year. He has advanced dementia and lives in a private elderly home. The speech therapist found he was aspirating on all consistencies. His three children had to decide about a nasogastric tube.

Feelings
I felt caught between the family and my own belief. I thought careful hand feeding was kinder. His eldest son wanted "everything done". His daughter cried and said she didn't want her father to "die hungry".

Evaluation
The family meeting went well in the end, because my supervisor, Dr. Leung, led it. She explained that tube feeding in advanced dementia does not prevent aspiration or extend life much, based on the evidence, and that careful comfort feeding is not "giving up". The family chose comfort feeding with an advance care plan. What went less well: before the meeting, I had already given the daughter my opinion in the corridor, which confused her and made the son angry.

Analysis
In Hong Kong, like in many Chinese families, feeding is love, and not feeding feels like abandonment. Filial piety is strong. Our hospital has been promoting advance care planning and the 2019 government consultation on end-of-life care brought this into public discussion, but in practice, many families face this decision for the first time in a ward corridor.

I also realised I had my own bias. I had decided what was "right" before listening to them. Dr. Leung didn't argue with the son; she asked him what his father was like before the dementia. He said his father was a chef who loved food. That changed the whole conversation, and comfort feeding became something the son wanted.

Conclusion
Listen first. Decisions like this belong to the family meeting, not the corridor.

Action plan
- Attend the hospital's ACP communication workshop.
- Practise asking "what was he like before?" in every end-of-life discussion.
- Read the Hospital Authority guidelines on life-sustaining treatment again.
`,
  },
  {
    id: "hk-what-010",
    setting: "community physiotherapy",
    role: "physiotherapy student",
    text: `
What? My community placement with a falls prevention programme in Sham Shui Po. Older adults come to a community centre twice a week for tai chi-based balance classes. I was asked to lead the warm-up, in Cantonese, on my first day. I was nervous and spoke too fast, and the aunties laughed at me but also followed along.

So what? The evidence for tai chi in falls prevention is strong (several trials and a Cochrane review in 2019). But what I noticed was the social part. Many participants live alone in small subdivided flats, and the class is the only time they talk to people all week. My supervisor, Ms. Wong, said attendance is the best predictor of benefit, and people attend because of friends, not because of evidence.

Now what? I want to learn how to design programmes that are fun and social, not only "correct". I'm also going to practise my instructions slowly and loudly. For my final assessment in December, I'll present an audit of attendance over three months.
`,
  },
  {
    id: "ae-free-011",
    setting: "emergency department",
    role: "emergency nurse",
    text: `
Heat, a labour camp, and a language barrier

I'm an ED nurse in Dubai. In the summer we get many heat illness cases from outdoor workers. On ⟦DATE|14 August⟧ a construction worker, ⟦NAME|Rajesh Pillai⟧ (Emirates ID ⟦ID|${emiratesId("784-1986-5521407")}⟧), was brought by his site supervisor with heat stroke, temperature 41.3, confused, from ⟦LOCATION|the Al Quoz labour accommodation, block C⟧. We cooled him aggressively with ice packs and cold IV fluids and he recovered well.

The part I want to reflect on is the discharge. He only speaks Malayalam. I am Filipino and I don't speak it. The supervisor wanted him back at the site "tomorrow". I found a Malayali nurse from another department, Sister Bindu, who explained to him about rest and hydration. He told her that he was afraid to refuse work because he sends money home to Kerala. His wife's number in Kerala was in the file: ⟦PHONE|+91 94470 55516⟧.

UAE has a midday break rule in summer, and the law is good. But the fear of losing the job is stronger than the law. I felt helpless, honestly. I wrote a clear medical note saying he must rest for 72 hours and gave it to him, not the supervisor.
`,
  },
  {
    id: "ae-what-012",
    setting: "OSCE",
    role: "medical student",
    text: `
What?
Year 4 medical student in Sharjah. I had my paediatrics OSCE last week and one station was a developmental assessment of a "two-year-old" (a video). I had memorised the milestones by age but when I watched the video I couldn't decide if the child was delayed or not. I said "normal" and the correct answer was global developmental delay.

So what?
I learned milestones as a list (walks at 12 months, two-word phrases at 2 years…) but not how to observe. Also, I realised I rarely see healthy toddlers. All my clinical exposure has been with sick children in hospital.

Now what?
I'm going to spend time at my cousin's nursery on weekends (with permission) to watch normal toddlers. I'll also use the Denver II charts as a tool, not something to memorise. Our tutor Dr. Al Marzouqi also recommended the WHO motor development study from 2006 which explains the ranges, not just the averages.
`,
  },
  {
    id: "sa-gibbs-013",
    setting: "intensive care",
    role: "ICU nurse",
    text: `
Gibbs reflection: Hajj season in the ICU

Description
I'm a Filipino ICU nurse working in Saudi Arabia for seven years, currently in Makkah region. During Hajj the ICU fills with pilgrims from all over the world: heat stroke, pneumonia, cardiac events, crush injuries, and decompensated chronic illness in older people who have saved their whole lives for this journey. This year I looked after patients from Indonesia, Nigeria, Pakistan, Egypt and Bangladesh in one week.

Feelings
Proud to be part of it. Also overwhelmed. I felt deep sadness when pilgrims died far from home, often with no family near them. Some families, I think, felt it was a blessing to die in the holy city; my own feelings, as a Catholic, were more complicated.

Evaluation
What went well: the team was very organised. Our head nurse, Ma'am Rowena, made a daily plan with extra staff and interpreters. Infection control was strict; since MERS-CoV was first identified here in 2012 we screen everyone with respiratory symptoms. What didn't go well: communication. We had interpreters for Arabic, Urdu, Bahasa and English, but not for Hausa, and we had two Nigerian pilgrims who spoke only Hausa. We used Google Translate, which is not good enough for consent or for explaining a death.

Analysis
Hajj medicine is mass-gathering medicine, and the literature (the Lancet series on mass gatherings, 2012 and 2014) describes the risks well. But the individual experience of dying as a pilgrim is not in any textbook. I learned from our Saudi colleagues about Islamic practices around death: turning the patient towards the qibla, the shahada, quick burial. At first I didn't know any of this and I felt clumsy.

I also reflected on being a foreign nurse caring for foreign patients in a country that is not mine. Many of us in the ICU are expatriates. We bring different beliefs, and we need to put them aside respectfully while still being human.

Conclusion
Care for pilgrims needs cultural and religious knowledge as much as clinical skill, and interpreters for every language we can expect.

Action plan
- Learn the basic Islamic end-of-life practices properly, not just by watching.
- Suggest to our unit that we prepare a list of phone interpreters for less common languages before next Hajj.
- Join the hospital's mass-gathering preparedness training in the spring.
`,
  },
  {
    id: "sa-free-014",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Where is his family?

I'm a Saudi emergency medicine resident in Jeddah. Last month an elderly man collapsed at the airport on his way home after Umrah. He was brought to ⟦FACILITY_ROOM|resus bay 3 at King Abdulaziz University Hospital⟧ and later died of a massive stroke. His name on the passport was ⟦NAME|Abdul Karim bin Haji Osman⟧, from Malaysia.

The hardest part was finding his family. The travel agency gave us a group leader's number, and the group leader gave us his son's email, ⟦EMAIL|faizal.karim.osman@yahoo.com.my⟧. The son lives in Kuala Lumpur. He called us at 3 am his time, and I explained the death in English while a Malaysian nurse, Kak Nurul, helped in Malay.

The son asked if his father could be buried in Makkah. Many Muslims wish for this. We connected him with the embassy, and the burial was in Jannat al-Mualla within two days, which was a comfort.

As a Saudi doctor, I grew up seeing Hajj and Umrah as normal parts of life in my city. I didn't think before about the pilgrims' families far away, waiting for a call. I now keep an informal list of embassy contacts in my phone.
`,
  },
];
