import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Wales, Scotland, Northern Ireland). */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "diabetes foot clinic",
    role: "medical student",
    text: `
**Description.** For eight months of my longitudinal placement I sat in the Thursday multidisciplinary foot clinic, and the patient I followed was ⟦NAME|Mr Derek Halloran⟧, a retired lorry driver with type 2 diabetes for twenty-two years and a Charcot foot on the right. I first met him on ⟦DATE|Thursday 7 March⟧ in ⟦FACILITY_ROOM|Room 4 of the foot protection clinic at Royal Preston Hospital⟧, when his total contact cast was being changed. His NHS number, ⟦ID|${nhs("485 777 302")}⟧, was written on the cast in marker pen by the plaster technician, which he thought was hilarious.

**Feelings.** I was nervous of him at first. He called me "the lad with the clipboard" and asked why I wanted to look at his feet every fortnight.

**Evaluation.** Seeing the same foot change slowly taught me more than any lecture on Charcot neuroarthropathy. The skin temperature difference went from 4°C to under 2°C over five months, and I learnt to use the infrared thermometer properly. His HbA1c barely moved (71 to 68 mmol/mol) and the podiatrist, Siobhan, never once lectured him about it.

**Analysis.** What kept him coming was not the cast; it was that the same four people were there each time. When his wife, ⟦NAME|Maureen⟧, was admitted with a stroke on ⟦DATE|14 June⟧, he missed two clinics and nobody rang him. I noticed because I was waiting for him.

**Conclusion.** Continuity is a clinical intervention, not a nicety. I would have missed the missed appointments if I had rotated every two weeks.

**Action plan.** In my foundation years I want to keep a short list of patients whose non-attendance I will actually chase, and ask about carers' health at every visit, not just the patient's.
`,
  },
  {
    id: "uk-what-002",
    setting: "haemodialysis unit",
    role: "dialysis nurse",
    text: `
What? I have been a dialysis nurse for nine years, and last month a new starter, Priya, asked me why I bother chatting to everyone at cannulation when we are behind. We run three shifts a day, and most of our patients have been coming three times a week for years. Sister Bernadette Keane, who trained me, used to say the needle is the easy bit.

So what? I realised I could not give Priya a tidy answer. The reasons I chat are partly clinical: you hear about the missed binder doses, the new breathlessness, the fall at home, the grandchild who has moved in and is eating all the bananas. A potassium of 6.4 usually has a story behind it. But partly it is just that four hours three times a week is a lot of a person's life, and we are in it. Kidney Care UK's surveys say the same thing about what patients value, and the 2023 UK Kidney Association guideline on haemodialysis says very little about it.

It also costs something. When someone we have cannulated for seven years dies, we are not given time to grieve, and the chair is filled on the next shift.

Now what? I have asked our matron, Dawn Whitfield, whether we can build a fifteen-minute debrief into the afternoon handover after a death on the unit. I am going to pair Priya with me for buttonhole cannulation for three weeks, so she sees the conversation as part of the skill rather than a distraction from it. And I will write down, for myself, what I actually ask at cannulation, because I suspect it is more structured than I think.
`,
  },
  {
    id: "uk-free-003",
    setting: "gp home visits heart failure",
    role: "GP",
    text: `
I have been visiting ⟦NAME|Mrs Gwenllian Pugh⟧ at home for six years now, since her first admission with fluid overload. She is ⟦AGE|ninety-three⟧, lives alone at ⟦ADDRESS|Tŷ Newydd, Ffordd y Capel, Llanuwchllyn, Bala LL23 7UE⟧, and refuses to move anywhere with a lift. Her heart failure with reduced ejection fraction (LVEF about 30% on the last echo) has been remarkably stable on bisoprolol 2.5 mg and a diuretic she adjusts herself, with her weight on bathroom scales every morning written in a notebook beside the Welsh Bible.

Yesterday she told me, in Welsh, that she had decided against the ICD the cardiologist had mentioned again. I had prepared myself to argue for it. I did not, in the end. She asked me what it would do, honestly, and when I explained it would shock her heart if it went into a dangerous rhythm, she said that sounded like a very noisy way to go when she would prefer a quiet one.

What I keep returning to is how much of this decision rested on six years of knowing each other. Her daughter, ⟦NAME|Eirlys⟧, rang me afterwards and was relieved. The heart failure nurse, Owain, agreed to take the plan to the cardiology MDT. We wrote an advance care plan together at the kitchen table, and I recorded her wish to stay at home, with the chapel minister's phone number beside ours in the notebook.

I do not think a new doctor in a fifteen-minute slot could have done this well. That worries me about the way general practice is going.
`,
  },
  {
    id: "uk-free-004",
    setting: "pulmonary rehabilitation copd",
    role: "respiratory registrar",
    text: `
Reflection on six months running the pulmonary rehabilitation follow-up group in Leeds.

I had always treated COPD as an exacerbation illness: the patient arrives blue and wheezy at 3am, you give nebulisers, prednisolone 30 mg and a chest X-ray, you worry about type 2 respiratory failure, you start NIV. The GOLD 2024 report and the NICE NG115 guidance gave me the drugs. What they did not give me was any sense of what it is like to live with an FEV1 of 35% predicted for ten years.

The physiotherapist who leads the group, Hamza Qureshi, asks every patient at week one what they want to be able to do again. The answers were not about breathlessness scores. One wanted to walk to the allotment, one wanted to climb the stairs to the grandchildren's bedroom, one wanted to go to the bingo without the oxygen. Hamza builds the programme around those.

I learnt to watch for things I used to miss: pursed-lip breathing that people do without knowing, the way someone stops talking mid-sentence to breathe, the patient whose sleep pattern sounded like Cheyne-Stokes and turned out to have heart failure as well. I also learnt how much the group itself mattered. People compared inhaler techniques and swapped tips more effectively than I ever managed in clinic.

Next rotation I will be back on the acute take. I want to bring the week-one question with me and ask it on the ward, and I have signed up to Asthma + Lung UK's training on breathlessness so I can point people to something other than a leaflet.
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "community mental health depot clinic",
    role: "community psychiatric nurse",
    text: `
Description: I have given ⟦NAME|Alexander "Big Sandy" McLeish⟧ his fortnightly depot for nearly eleven years, first at his flat and now in ⟦FACILITY_ROOM|the clozapine and depot room, Ward 3 corridor, Stobhill⟧. He has schizophrenia and has not been admitted since 2016. On ⟦DATE|19 September⟧ he did not come, and his phone, ⟦PHONE|07700 900318⟧, went straight to voicemail.

Feelings: I felt the cold in my stomach that I always feel when a long-term patient drops off. Eleven years gives you instincts, but it also gives you fear.

Evaluation: I went round with my colleague Craig that afternoon. ⟦NAME|Sandy⟧ was fine, just sleeping after a night out at the snooker. He apologised and made us tea. Good outcome, and I was right to go.

Analysis: But I realised afterwards that I had not followed our missed-depot protocol at all. I had acted on a gut feeling and on knowing him, which worked, but if I had been on leave, a bank nurse would have had nothing to go on, because the plan in his notes is years out of date. His CHI number is in the system; his brother ⟦NAME|Tam⟧'s number is not.

Conclusion: Continuity made me quick, but it also made me a single point of failure.

Action plan: I have rewritten his relapse signature with him, including what a missed depot looks like for him and who to ring. I plan to do the same for the other long-term patients on my caseload, and to present the idea at our team meeting with Dr Fiona Baird.
`,
  },
  {
    id: "uk-what-006",
    setting: "hiv clinic pharmacy",
    role: "HIV specialist pharmacist",
    text: `
What? In our HIV clinic in Brighton I run the adherence appointments, and last week I saw three people in a row who had each been living with HIV for more than twenty-five years. Between them they had been through AZT monotherapy, the huge pill burdens of the late 1990s, lipodystrophy from stavudine, and now a single tablet of bictegravir, emtricitabine and tenofovir alafenamide once a day. All three had undetectable viral loads and CD4 counts above 500.

So what? What struck me was how little the modern regimen reassured them. One man still sets three alarms a day, a habit from 1997. Another keeps a month of spare tablets in his car "in case". I had been about to talk about simplifying, and I realised the habits were not a problem to fix but a kind of memory. The BHIVA 2022 treatment guidelines talk about adherence support but not really about the grief and fear people carry from the early years.

Now what? I am changing how I open these appointments. Instead of "any missed doses?" I will ask how taking the medication feels now. The Terrence Higgins Trust runs a long-term survivors' group and I will mention it more. I also want to check interactions more carefully in this older group: statins, antacids and St John's wort came up within one afternoon, and polypharmacy is the next real risk for them. My supervisor, Dr Lucy Adebayo, has agreed to audit interaction checks with me over the next quarter.
`,
  },
  {
    id: "uk-free-007",
    setting: "epilepsy clinic",
    role: "epilepsy specialist nurse",
    text: `
I have known ⟦NAME|Kirsty Duthie⟧ since she was fifteen, when she moved from the paediatric epilepsy service into our transition clinic in Aberdeen. She is twenty-four now. Her CHI number, ⟦ID|${nhs("120300 482")}⟧, is still printed on the old seizure diary her mum made her keep, and she brought it to clinic on ⟦DATE|Tuesday 11 February⟧ as a joke, to show me how far she had come.

Juvenile myoclonic epilepsy has shaped her twenties: the valproate conversation when she was sixteen and wanted to know about pregnancy, the switch to levetiracetam and the irritability that came with it, lamotrigine, then the good years. She passed her driving test at twenty-two after a year seizure-free. Last spring she had a tonic-clonic seizure after a wedding, no sleep and a lot of prosecco, and lost her licence again.

In clinic she was angry, mostly at herself. I noticed that I was angry too, and that I had to separate my disappointment from hers. After nine years I care about her outcomes in a way that is not entirely professional, and I think she knows that, which is partly why she tells me the truth about the prosecco.

We talked about the DVLA rules, about Epilepsy Action's peer group, and about whether she wants a seizure alarm now that she lives alone. She does not. I wrote down that I had offered it, and I will offer it again. I also wrote, privately, that I need supervision about how attached I have become to a few of the young people I transitioned.
`,
  },
  {
    id: "uk-free-008",
    setting: "renal dietetics",
    role: "renal dietitian",
    text: `
A reflection for my HCPC portfolio.

I have been a renal dietitian for five years, and I have slowly stopped giving potassium lists. The old sheet in our clinic has a column of "avoid" foods that includes plantain, yam, okra, chapati flour and most of what my patients from Nigerian, Ghanaian and Pakistani families actually cook. For years I handed it out and wondered why phosphate and potassium did not improve.

Things changed when a consultant, Dr Kwame Mensah, asked me to sit in on his clinic for a month. I heard patients describe their real meals, and I realised that the question was never "can I eat yam?" but "how do I cook it?". Double-boiling tubers and discarding the water lowers potassium considerably. Timing of phosphate binders with the main meal, not with breakfast, mattered more than any food list.

I rewrote our leaflets with two patient representatives from the renal patients' association, and we tested them in the Tuesday clinic. Average serum phosphate in our CKD stage 5 cohort fell from 1.9 to 1.6 mmol/L over a year, though I am cautious about claiming that was all the leaflet.

What I take from this is that continuity with the same clinic population taught me things that a textbook on CKD-MBD could not. Next year I want to run a cooking session with the patient group rather than another talk.
`,
  },
  {
    id: "uk-comment-009",
    setting: "type 1 diabetes clinic",
    role: "diabetes specialist nurse",
    text: `
Lovely reflection. Was that ⟦NAME|Mrs Pritchard⟧ from the Wednesday pump clinic? If so, her Omnipod controller ⟦DEVICE|PDM-ST 44A-190372⟧ had the same fault in spring and we swapped it then. Worth flagging to Insulet again, because she kept going high overnight before anyone believed her. Ring me and I will look out the incident form.
`,
  },
  {
    id: "uk-comment-010",
    setting: "transplant follow-up",
    role: "renal registrar",
    text: `
This rings true. In transplant clinic we see people every few weeks for years and it is easy to stop noticing slow changes: a tremor from tacrolimus, a creatinine drifting from 110 to 140, a quiet low mood. Dr Chen makes us read the whole trend, not the last result, before anyone walks in. I have started doing the same.
`,
  },
  {
    id: "uk-what-011",
    setting: "kidney transplant follow-up",
    role: "foundation doctor",
    text: `
What? During my renal rotation I kept seeing the same man in transplant follow-up: ⟦NAME|Mr Ciaran O'Hagan⟧, forty-one, three years after a deceased-donor kidney. His H&C number at ⟦FACILITY_ROOM|Belfast City⟧ is ⟦ID|7730214⟧. On ⟦DATE|03/10/2024⟧ his creatinine had crept up and his tacrolimus level was low, and he admitted he had been missing evening doses since starting night shifts as a taxi driver.

So what? I had assumed a transplant patient would be the most adherent person on earth, given what was at stake. I was wrong, and I was a bit judgemental about it until my registrar, Dr Niamh Gallagher, asked me when I last took a medicine twice a day for three years without missing. Never, was the honest answer.

He asked if he could email his levels to the team instead of ringing, from ⟦EMAIL|ciaran.ohagan.cabs@example.com⟧, because he cannot take calls while driving. That was a small change that made a big difference. We moved him to once-daily prolonged-release tacrolimus, and his next two levels were in range.

Now what? I have learned to ask about work patterns and routine before I ask about adherence, and to ask without a tone. I also want to understand the practical side better: how once-daily formulations differ, and how to switch safely. I have asked the transplant pharmacist, Gareth, for a teaching session on immunosuppression for the foundation doctors, because none of us felt confident.
`,
  },
  {
    id: "uk-free-012",
    setting: "medical education longitudinal clerkship",
    role: "faculty",
    text: `
I lead our longitudinal integrated clerkship pilot in Dundee, where twelve third-year students each follow a panel of patients with long-term conditions for a whole year instead of rotating through blocks. We are two years in, and I want to write down what I think I have learned before the evaluation data tells me otherwise.

The students who thrive are not always the strongest in exams. They are the ones who are comfortable returning to someone who is no better, and who can sit with a patient whose HbA1c has not moved for a year without needing to fix it. One student, Ellie, described it as "learning to be useful without being a hero".

The hardest moments are deaths and disengagement. A student who follows a man with COPD through three admissions and then his death carries something that a block rotation student never does. We have learned to build in Balint-style groups every month, run by Dr Morag Shand, who is a GP and a psychotherapist.

The risk I had not anticipated is over-identification: students ringing patients on their own phones, visiting outside the programme. We now talk about boundaries in week one, and again in week ten.

Across the literature, from the Harvard Cambridge Integrated Clerkship to the Flinders programme, the pattern seems similar. Students learn the chronic illness arc better, and they learn what patients do between appointments. I do not yet know whether it makes them better doctors in ten years, and I would be suspicious of anyone who claims to.
`,
  },
];
