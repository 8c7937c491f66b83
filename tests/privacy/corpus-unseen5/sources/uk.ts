import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "remote and rural medicine",
    role: "FY1 doctor",
    text: `
**Description.** Four months into FY1 I rotated to the Western Isles, and on my second weekend on call I admitted ⟦NAME|Mrs Morag MacLeod⟧, a ⟦AGE|94-year-old⟧ crofter’s widow who had come over on the first ferry from ⟦LOCATION|Scalpay⟧ with her nephew because “the legs had gone”. She was admitted on ⟦DATE|Sunday 9 November⟧ to ⟦FACILITY_ROOM|Ward 2 at Western Isles Hospital⟧, CHI ⟦ID|${nhs("150431 274")}⟧, with a fractured neck of femur she had walked on for two days.

**Feelings.** I was out of my depth in a way I had not been in Glasgow. There is no orthogeriatric team down the corridor; the decision to fly her to Inverness sat with the consultant, Dr Iain Morrison, and, it turned out, with her. ⟦NAME|Morag⟧ wanted to be operated on, but she did not want to die on the mainland.

**Evaluation.** What went well was the conversation. I slowed down, I let her nephew translate the bits that mattered in Gaelic, and I wrote down her words rather than my summary of them. What went badly was my pain relief: I gave 5 mg oral morphine and was too timid with the fascia iliaca block I had been signed off for in August.

**Analysis.** The NICE hip fracture guideline (CG124, updated 2023) assumes a surgical centre at the end of the corridor. Remote practice is about transferring that standard across a stretch of sea, and about knowing whose priorities come first.

**Conclusion.** I now do the block early, and I ask “where do you want to be if this goes badly?” on the first night, not the third.

**Action plan.** Book the regional anaesthesia refresher; read the Scottish Hip Fracture Audit report before my next on-call.
`,
  },
  {
    id: "uk-what-002",
    setting: "neurology",
    role: "nursing student",
    text: `
What?
On my second placement, on a neurology ward in Sheffield, I looked after a young man with Bell's palsy who was convinced he was having a stroke. My practice supervisor, Claire Hutchinson, asked me to explain the difference to him, and I realised halfway through that I could not. I mixed up forehead sparing, said “upper motor neuron” twice and then went red.

So what?
Claire stepped in gently. She showed him that he could not wrinkle his forehead on the affected side, explained why that pointed away from a stroke, and mentioned that prednisolone 50 mg for ten days was started within 72 hours, as the guidance suggests. He visibly relaxed. I realised that my knowledge was there but not organised for a frightened person; I had learned it as a list for an exam, not as a story for a patient. Later that week a woman with Parkinson's disease asked me why her levodopa had to be given at exactly 08:00, 12:00, 16:00 and 20:00, and I answered that one well because I had practised it.

Now what?
I am writing short “explain it to a patient” scripts for the ten conditions I see most on the ward, including Guillain-Barré and myasthenia gravis, and practising them with my friend Ellie from my cohort. My next assessment with Claire is on 3 December and I want to lead one explanation on my own before then.
`,
  },
  {
    id: "uk-free-003",
    setting: "medication error",
    role: "GP registrar",
    text: `
A near miss I keep thinking about. Our practice in Leicester has two patients called ⟦NAME|Pradeep Mistry⟧. That should have been my first clue. On a busy Monday I issued an acute prescription for ramipril 2.5 mg to ⟦NAME|Mr Pradeep Mistry⟧ of ⟦ADDRESS|41 Loughborough Road, Leicester LE4 5LD⟧, NHS number ⟦ID|${nhs("485 777 362")}⟧, when it was meant for the other one, who had just been seen in the hypertension clinic.

The pharmacist caught it. The ⟦NAME|Mr Mistry⟧ I had prescribed for was already on sacubitril–valsartan from the heart failure team, and ACE inhibitor plus ARNI is a combination you do not want. She rang the number on his record, ⟦PHONE|07700 900318⟧, and spoke to his son ⟦NAME|Hitesh⟧, who said his dad had never asked for a new tablet.

My trainer, Dr Anjali Raval, was calm about it. We did a significant event analysis together on the Thursday. The honest root cause was me: I picked the patient from the search list by name and date of birth read too quickly, with the other patient's letter open in another window.

What has changed: I now check the address line and the first line of the medication list before signing anything acute, and our practice has added a “same name” alert to both records. I also told ⟦NAME|Hitesh⟧ what had happened, apologised, and explained that no tablets had been dispensed. Duty of candour felt less frightening once I had actually done it.
`,
  },
  {
    id: "uk-free-004",
    setting: "night shift",
    role: "FY2 doctor",
    text: `
night 3 of 4. writing this on my phone in the mess at 04:10 because otherwise i will forget.

DKA at 23:30, 19 yo, pH 7.08, ketones 5.8, glucose 31. did the fixed rate insulin at 0.1 units/kg/hr like the JBDS protocol says and then panicked about potassium because K+ was 3.4 on the gas. rang the med reg, Tom, who was lovely and said hold the insulin until we get potassium going, which i KNEW but my brain went blank at midnight.

then a GCS 9 in resus at 01:50, turned out to be hypoglycaemia in a man on gliclazide, glucose 1.6, came round with 150 ml of 10% glucose like magic. that was the best bit of my week honestly.

the worst bit was the 3am call about a patient with a NEWS2 of 7 whose obs had been 7 for six hours and nobody escalated. i was annoyed and then i realised i was also the person who had not looked at the board since midnight.

learning points for me:
- potassium before insulin, every single time
- glance at the electronic obs board every hour, set a timer if needed
- eat something before 2am. seriously.

my ES, Dr Walsh, wants a reflection for the portfolio by friday so i'll tidy this up later.
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "stroke rehabilitation",
    role: "physiotherapy student",
    text: `
Description: In week four of my stroke rehabilitation placement in Swansea I ran a Berg Balance Scale assessment on my own for the first time. The patient scored 31/56 and my educator, Gareth Lloyd, scored the same session at 27.

Feelings: I felt deflated. I had been proud that I remembered all 14 items without the sheet.

Evaluation: When we compared notes, the difference came from three items. I had given credit for “standing unsupported with eyes closed” when the patient had actually touched the plinth, and I had been generous on turning 360 degrees because she was chatty and I did not want to rush her.

Analysis: Standardised scales only work if they are applied the same way every time. Being kind in the moment is not the same as being helpful; an inflated score could put someone at home with a falls risk we missed. The literature (Berg et al., 1992, and the later validation studies) is clear that inter-rater reliability depends on training.

Conclusion: I need to score what I see, not what I hope.

Action plan: I have asked Gareth to double-score two more assessments with me before my midpoint review on 18 November, and I am re-reading the Berg administration guide tonight. I will also practise the Timed Up and Go and the 10-metre walk test on my housemates, who are thrilled.
`,
  },
  {
    id: "uk-what-006",
    setting: "pre-hospital care",
    role: "paramedic student",
    text: `
**What?** Third shift with the crew out of Penzance. We were called to a fall at a farmhouse ⟦LOCATION|out past the chapel on the Trewellard road⟧. The patient was ⟦NAME|Mr Jory Pascoe⟧, ⟦AGE|ninety-one⟧, who had lain on the kitchen floor all night because he would not press his pendant alarm. His neighbour found him at 07:15. Everyone in the area knows him as ⟦OTHER|the last working blacksmith in St Just⟧, and the first thing he asked was whether we had locked the forge.

**So what?** My mentor, Becky, let me lead. I did a proper long-lie assessment: CK came back later at 4,800, he was cold at 34.9 °C, and he had a pressure area on his left hip. I was tempted to accept his refusal to come to hospital because he was so clear, so articulate, and so obviously furious with us. Becky pushed me to do a formal capacity assessment rather than a gut one. He could understand and retain the information, but could not weigh up the risk of rhabdomyolysis; he kept saying “I've been worse” and moving on.

**Now what?** We conveyed him to ⟦FACILITY_ROOM|Treliske⟧ with his agreement in the end, after his niece rang. I learned that capacity is decision-specific and that charming people can hide a lot. I am going to read the Mental Capacity Act code of practice again, chapter 4 in particular, and practise the wording with Becky on our next set.
`,
  },
  {
    id: "uk-free-007",
    setting: "neonatal care",
    role: "midwife",
    text: `
I want to write about social media and a baby I cared for, because I got it wrong before I got it right.

⟦NAME|Baby Orla⟧ was born at 27 weeks on ⟦DATE|02/11/2025⟧ at the ⟦FACILITY_ROOM|Royal Jubilee Maternity Hospital⟧ in Belfast. Her mum, ⟦NAME|Siobhán Quinn⟧, started posting updates almost straight away, on an account called ⟦OTHER|@orla.the.wee.fighter⟧, and by day five it had thousands of followers. The posts were lovely. They also showed our unit's whiteboard, with other babies' cot numbers and first names on it.

My first instinct was to tell ⟦NAME|Siobhán⟧ she could not post from the unit. I had the sentence ready. Our ward manager, Sister Deirdre Boyle, suggested we sit down with her instead. We explained, without any drama, that other parents had not agreed to be on ⟦URL|https://www.instagram.com/orla.the.wee.fighter⟧, showed her which angles kept the board out of shot, and offered to take a photo of her holding ⟦NAME|Orla⟧ skin-to-skin for her. She cried, and then she deleted two posts herself.

Reflecting on it using Rolfe's model: what happened was a clash between a mother's need to be seen and other families' right to privacy. So what? Rules quoted at people in crisis rarely work; partnership does. Now what? I have drafted a one-page leaflet for parents on photographing in the unit, and we are taking it to the family-integrated care group in January.
`,
  },
  {
    id: "uk-what-008",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `
What? During a ward round on the care of the elderly ward, I noticed that a patient had been prescribed hydroxyzine 25 mg at night when the admission letter said hydralazine 25 mg three times a day. The two look alike on the drop-down list and sit next to each other in our system. The mistake had been running for three days. Her blood pressure had crept up to 172/94 and she had been more drowsy than usual, which the team had put down to delirium.

So what? This is a textbook look-alike, sound-alike error, and it was nobody's fault in particular: a tired FY1 at 22:00, an electronic prescribing system that sorts by first letters, and a nurse administering what was prescribed. The ISMP list of confused drug names has included this pair for years. The MHRA Drug Safety Update has warned about similar pairs too. It also reminded me how much we lean on “delirium” as an explanation. The consultant, Dr Fenwick, said on the round that every new confusion deserves a medication review, and he was right.

Now what? I reported it on Datix, and we have asked the EPMA team to add tall-man lettering (hydrALAZINE / hydrOXYzine) to both entries. I presented it at the pharmacy teaching session on 12 November. For myself, I now read admission medicines reconciliation against the actual drug chart, line by line, on every ward round rather than just on new admissions.
`,
  },
  {
    id: "uk-free-009",
    setting: "mental health",
    role: "mental health nurse",
    text: `
Myfyrio — reflecting — on a discharge that nearly went wrong.

⟦NAME|Dai⟧, as he asks everyone to call him (⟦NAME|Mr Dafydd Pritchard⟧ on the board), had been with us on ⟦FACILITY_ROOM|Hafan ward, room 6, at Whitchurch⟧ for eleven weeks after a severe depressive episode. He is 58, a retired postman, and the most polite man I have ever nursed. The plan was discharge on ⟦DATE|Friday 21 November⟧ with the crisis team following up.

On the Wednesday he asked me for the email address of the ward so he could “send a thank-you”. He gave me his own, ⟦EMAIL|dai.pritchard.llan@btinternet.com⟧, and asked if I'd write to him once he was home. Something in the way he said “once” bothered me. I mentioned it to our charge nurse, Rhian, and then, because she asked me to, I asked him directly about suicidal thoughts. He told me he had been saving his mirtazapine.

We did not discharge him on the Friday. We revised the plan with him, with his sister ⟦NAME|Eirlys⟧, and with the home treatment team.

What I take from this: the small, odd remark is data. Asking directly does not put the idea in anyone's head; every piece of training has told me that since first year, and I finally believe it. I also learned to trust the unease I feel without being embarrassed by it. Diolch, Rhian, for not brushing it off.
`,
  },
  {
    id: "uk-gibbs-010",
    setting: "breaking bad news",
    role: "medical student",
    text: `
Description
In my fourth-year oncology block in Leeds I sat in while my consultant, Dr Rebecca Haigh, told a woman that her Hodgkin lymphoma had relapsed. Afterwards she asked me to lead the next, simpler conversation with a standardised patient in the communication skills suite, using SPIKES.

Feelings
Watching the real conversation, I felt like an intruder. Leading the simulated one, I felt like a fraud. I talked too fast and said “unfortunately” four times in the first minute.

Evaluation
The actor told me that my warning shot was good (“I'm afraid the results are not what we hoped”), but that I filled every silence. Dr Haigh, in the real consultation, had left a silence of what felt like a full minute. I timed the recording of mine: my longest pause was six seconds.

Analysis
Buckman's SPIKES protocol (2000) is useful scaffolding but it does not tell you how uncomfortable silence is. My tutor, Mr Okonjo, said silence is where the patient does the work. I had not thought of it like that.

Conclusion
I need to be able to sit in silence and trust that it is doing something.

Action plan
Practise with the recording switched on and count to fifteen before speaking after bad news. Attend the optional advanced communication session on 27 January, just after my written exam on the 20th.
`,
  },
  {
    id: "uk-free-011",
    setting: "cardiology",
    role: "coronary care nurse",
    text: `
A pacemaker check that taught me about assumptions.

⟦NAME|Mr Leonard Ashworth⟧ came back to us on ⟦FACILITY_ROOM|Ward 27, bay 2, bed 3, at the Freeman⟧ after a syncopal episode at home. He'd had a dual-chamber pacemaker put in the year before, serial ⟦DEVICE|PJN718244S⟧, and everyone on the ward round assumed it had failed. The physiologist, Naveed, interrogated it on the afternoon of ⟦DATE|14 October⟧ and found it was working perfectly. The problem turned out to be his new doxazosin, started by a locum for his prostate, causing postural hypotension. His lying and standing BP was 148/82 and 104/60.

His wife, ⟦NAME|Pauline⟧, was not surprised. She had been saying it was the new tablet for a week, to anyone who would listen, including me. I had written “wife concerned re: meds” in the notes and then not done anything with it.

I'm writing this because I had filed her as an anxious relative. She was actually the only person who had watched him every day since the tablet started. What I'm doing differently now: when a family member names a cause, I write down exactly what they said and flag it at handover as a hypothesis, not a worry. I also want to learn more about device checks, so I've booked a day with the cardiac physiologists in December.
`,
  },
  {
    id: "uk-what-012",
    setting: "community nursing",
    role: "district nurse",
    text: `
What? I have been a district nurse in Shetland for nine months, after twelve years in a big Edinburgh hospital. This week I did my first ABPI on my own without the tissue viability nurse on the phone, on a leg ulcer that has been open since before I arrived. The reading was 0.62, which changed everything about how we were treating it: no more full compression.

So what? In the city, I would have sent the patient to a vascular clinic and waited. Here the clinic is a plane ride to Aberdeen, weather permitting. I realised how much of my practice had been “refer and wait”, and how much more I own here. It is exciting and it is also heavy. I rang my clinical supervisor, Morven, twice. She pointed me to the SIGN 120 guidance and the Wounds UK best practice statement from 2019, which I had not read since university.

Now what? I've set up a small peer group with two other nurses from Unst and Yell by video every fortnight, where we share one difficult wound each. I want to complete the Doppler competency module formally by March, and I have asked whether the health board would fund the tissue viability course in Glasgow next spring. I am also learning to enjoy the ferry.
`,
  },
  {
    id: "uk-comment-013",
    setting: "peer feedback",
    role: "FY1 doctor",
    text: `
Really moving piece, thank you for writing it. One practical thing before this goes on the public blog: paragraph two still has her name as ⟦NAME|Mrs Tomlinson⟧ and says she was in ⟦FACILITY_ROOM|bed 12 on Ward 19⟧, and anyone from our trust would know who you mean. Maybe swap to “an older lady on a medical ward”? The reflection works just as well without them.
`,
  },
  {
    id: "uk-comment-014",
    setting: "faculty feedback",
    role: "clinical tutor",
    text: `
Lovely, honest reflection, Priya. Your analysis of the NEWS2 escalation is strong and you link it well to the RCP guidance (2017). To get this to “excellent” in the portfolio, push the “now what” further: what exactly will you do differently on your next night shift, and how will you know it worked? Happy to discuss at our meeting on Tuesday. — Dr Jenkins
`,
  },
  {
    id: "uk-free-015",
    setting: "general practice",
    role: "GP",
    text: `
I’ve been a GP in Orkney for three years, and I want to write about a home visit that went better than it should have, and about my notes.

The visit was to ⟦NAME|Mrs J.McK.⟧ — that is how I wrote her in my own day list, “⟦NAME|J.McK.⟧, ⟦AGE|98F⟧, ?chest, farm at ⟦ADDRESS|KW17 2RT⟧” — on a wet Thursday, ⟦DATE|30 October⟧. Her daughter ⟦NAME|Ishbel⟧ had emailed the practice from ⟦EMAIL|ishbel.mckinlay.orkney@outlook.com⟧ the night before, saying her mother was “no right” and would not come in. ⟦NAME|Ishbel⟧ lives in Aberdeen and phones every evening; she had heard the cough down the line.

Clinically it was straightforward. Temperature 38.2, respiratory rate 24, saturations 91% on air, crackles at the right base, CRB-65 of 2 because of her age and the breathing. She was alert, funny and very clear that she was not going on the plane to ⟦FACILITY_ROOM|Aberdeen Royal Infirmary⟧. We talked it through properly: what treating at home would look like, what could go wrong, what she would want if it did. She chose amoxicillin 500 mg three times a day, with doxycycline added, twice-daily visits from the district nurses, and an anticipatory care plan that I wrote with her at the kitchen table. Her grandson, who farms the land next door, agreed to look in at lunchtime.

She recovered. By the second week she was back feeding the hens, and she told the district nurse, Karen, that “the doctor worried more than I did”. Fair.

What I want to reflect on is the day list. It lives in my bag, on paper, and it had her initials, her age and her postcode on it. On an island this size, those three things are her name. I left the bag in the car at the ferry terminal for an hour that afternoon. Nothing happened. It could have.

So I’ve changed two things. The day list now has only the practice’s visit numbers, and the details stay on the tablet, which locks. And I’ve asked our practice manager, Fiona, to add “paper lists” to our next information governance session, because I doubt I’m the only one. The Caldicott principles (1997, updated 2013) have been on the wall of every practice I’ve worked in; this is the first time one of them felt personal.
`,
  },
];
