/**
 * Unseen corpus: United Kingdom, Ireland, New Zealand, Australia. Every patient, relative, number,
 * address, plate and handle is invented; clinicians' names are invented too (they are hard negatives).
 */
import { medicare, nhs } from "../../corpus/gen.ts";
import { nhi } from "../../corpus-fresh/gen.ts";
import { ppsn } from "../gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const EUROPE_OCEANIA: SourceItem[] = [
  // ---------------------------------------------------------------- United Kingdom
  {
    id: "uk-gibbs-001",
    setting: "ward round",
    role: "FY1",
    text: `
**Description**
Medicine for the elderly, Glasgow. ⟦NAME|Mrs Isa McAllister⟧, ⟦AGE|97⟧, was on ⟦FACILITY_ROOM|Ward 44, bed 3, QEUH⟧ with aspiration pneumonia. On the Friday ward round the consultant asked me to "get the DNACPR sorted" before the weekend. I printed the form with her CHI, ⟦ID|${nhs("120328 471")}⟧, and went to find her daughter.

**Feelings**
Dread. I'd never had this conversation without a senior in the room.

**Evaluation**
I did some things well: I found a quiet room, I sat down, I asked what the family understood. I did one thing badly: I opened with "We need to talk about the resuscitation form," which made it sound like paperwork. Her daughter, ⟦NAME|Morag⟧, said, "So you're giving up on her." It took twenty minutes to get back from that.

**Analysis**
The ReSPECT process and the BMA/RCUK/RCN joint guidance (2016) both frame CPR decisions within wider conversations about goals of care. I had done it backwards – the form first, the person second.

**Conclusion**
Start with what matters to the patient; the form is the last step.

**Action plan**
I've asked Dr Baird, our registrar, if I can sit in on her next two family meetings, and I'm doing the "Talking about dying" e-learning this week.
`,
  },
  {
    id: "uk-what-002",
    setting: "general practice",
    role: "GP trainee",
    text: `
What?
A Monday duty-doctor session in a Sheffield practice. 38 phone calls, 12 face-to-face, two home visits. Among them: a man in his seventies with a new tremor (?Parkinson's), a child with a temperature and a non-blanching rash that turned out to be viral, a woman with a "droopy face" that was Bell's palsy, and a young man with a Wells score of 0 whose chest pain was costochondritis.

So what?
I realised I'm much more anxious about the child than the adults. I gave IM benzylpenicillin in my head three times before I'd even seen the rash (NICE NG240, 2024, meningitis guidance was fresh in my mind). The glass test was negative and she was running around the room. Dr Fenwick, my trainer, pointed out that my fear led me to examine her twice and skip the safety-net advice for the mother. Safety-netting matters more than a second look.

For the Bell's palsy I prescribed prednisolone 50 mg for 10 days and, at my trainer's suggestion, eye care advice (tape at night, lubricating drops) – which I would have forgotten.

Now what?
- Write safety-netting into every telephone consultation, with specific "call back if" triggers.
- Read the Cochrane review on steroids and antivirals in Bell's palsy.
- Bring my anxiety about unwell children to my next tutorial.
`,
  },
  {
    id: "uk-comment-003",
    setting: "night shift",
    role: "FY2",
    text: `
Honestly this could be my night shift word for word 😂 bleep going off every 4 mins, 3 cannulas, 2 fluid reviews and a Datix before midnight. My survival tips for the new FY1s: eat at 1am even if you're not hungry, write "NEWS2 rechecked at 02:30" with the time, and don't be afraid to ring the reg – Dr Patel told me on my first nights that he'd rather be woken for nothing than not woken for something. Also the hospital at night team are your best friends. Hope your next set is kinder x
`,
  },
  {
    id: "uk-free-004",
    setting: "district nursing",
    role: "district nurse",
    text: `
District nursing in West Penwith – reflection for revalidation.

⟦NAME|Mr Jory Penhaligon⟧ lives alone at ⟦ADDRESS|Chy an Gwel, Trewellard Road, Pendeen, Penzance TR19 7TD⟧ and has leg ulcers that we dress three times a week. He is also ⟦OTHER|the last tin miner in Pendeen who still gives tours at the old engine house⟧, so everybody on the lane knows when he's unwell because the tours stop.

His telehealth BP hub stopped sending readings, and when I checked the portal the last connection was from ⟦IP|203.0.113.207⟧ three days earlier. I drove out and found him on the floor by the range. He'd been there since the night before. Hypothermic (35.1°C), CK 4,200, but awake and apologising for the mess.

I rang 999 and stayed with him. At the hospital the ED team needed his NHS number, ⟦ID|${nhs("486 221 937")}⟧, which I read from our notes over the phone.

Things I'm taking away:
- Technology is only as good as the person who notices when it goes quiet. Nobody was assigned to check the silence.
- Falls in people who live alone need a plan for lying on the floor for hours, not just for the fall.
- I've discussed with our team lead, Sister Pascoe, setting a 24-hour "no reading" alert on the hub portal.
`,
  },
  {
    id: "uk-what-005",
    setting: "general practice",
    role: "GP",
    text: `
## What?
A consultation on ⟦DATE|Weds 5/3⟧ that made me rethink how I use interpreters. ⟦NAME|Harjinder Kaur⟧, 68, came with her son ⟦NAME|Manpreet⟧ to discuss her new diagnosis of heart failure. Her son interpreted. I noticed after ten minutes that she was saying a lot and he was translating very little. She is ⟦OTHER|the granthi at the gurdwara on East Park Road⟧ and is used to being listened to; I could see she was frustrated.

## So what?
Family interpreters filter. Sometimes lovingly, sometimes to protect, sometimes because they don't know the words. NHS England guidance on interpreting in primary care (2018) says we should offer a professional interpreter and not rely on family for complex consultations. I knew this. I didn't do it because the appointment was already running late.

I rebooked a double appointment with a Punjabi interpreter. In that consultation she told me she had stopped her furosemide because it made her run to the toilet during prayers. Her son hadn't mentioned it.

## Now what?
- Book professional interpreters for every new serious diagnosis.
- Afterwards, ⟦NAME|Manpreet⟧ emailed from ⟦EMAIL|manpreet.k.sandhu@btinternet.com⟧ to thank us and ask for a written summary in Punjabi – which we're now arranging as a standard offer.
- Adjust diuretic timing around daily routines.
`,
  },
  {
    id: "uk-gibbs-006",
    setting: "medical education",
    role: "faculty",
    text: `
A reflection on feedback, written for my educational supervisor portfolio.

**Description.** For the past year I have been a clinical teaching fellow, running bedside teaching for third-year students in a large teaching hospital in the Midlands. In March, a student wrote in the anonymous evaluation that my feedback "felt like being told off in public". I was surprised and, honestly, hurt.

**Feelings.** My first reaction was defensive. I had always thought of myself as a supportive teacher. My second reaction was curiosity: what had I actually done?

**Evaluation.** I asked a colleague, Mr Okafor (a consultant urologist who has been teaching for twenty years), to observe two of my sessions. He noticed that I gave corrective feedback at the bedside, in front of the patient and the other students, and that I often began with "No, that's wrong." My praise was specific and private; my criticism was specific and public. The opposite of what the literature suggests.

**Analysis.** Ende's classic paper on feedback in clinical education (1983) and later work on the "educational alliance" (Telio et al., 2015) both argue that feedback is only useful if the learner trusts the giver's intentions. Public correction damages that trust. I had borrowed my own teachers' style without questioning it. Several of my consultants during foundation training taught exactly this way, and I had once found it motivating. But I was not every student. Cultural differences also matter: students who have come through very hierarchical schools may experience public correction as humiliation.

**Conclusion.** My intentions were good, but my method undermined them. The student was right.

**Action plan.**
1. Correct factual errors at the bedside gently ("Let's check that together"), and keep detailed feedback for a private conversation afterwards.
2. Ask students at the start of each block how they like to receive feedback.
3. Use the R2C2 model for longer feedback conversations.
4. Ask Mr Okafor to observe me again in three months.
5. Share this reflection, anonymised, with our teaching fellows' group, because I suspect I am not the only one.
`,
  },
  // ---------------------------------------------------------------- Ireland
  {
    id: "ie-what-001",
    setting: "general practice",
    role: "GP registrar",
    text: `
**What?**
Rural GP rotation in Connemara. House call to ⟦NAME|Máirtín Ó Conghaile⟧, who is ⟦AGE|91⟧ and lives alone outside ⟦LOCATION|Ros Muc⟧. His Eircode, ⟦ADDRESS|H91 X2K7⟧, was the only way the satnav could find the house. He's ⟦OTHER|the last man in Ros Muc still building currachs by hand⟧, and he was sitting in the shed with a chest infection, sanding a paddle.

For the medical card renewal his nephew gave me the PPSN, ⟦ID|${ppsn("4471028")}⟧, and asked if we could "do the forms in Irish".

**So what?**
He refused hospital. CURB-65 of 2 (age, urea unknown, no confusion, RR 24). Dr Ní Fhlatharta and I agreed he could be treated at home with amoxicillin 500 mg TDS and doxycycline, with daily phone contact and the public health nurse calling in. Respecting his choice was right – but I worried all weekend.

I also realised my Irish is not good enough for a real consultation, and he slipped into it whenever he was tired.

**Now what?**
- Learn the HSE's Irish-language resources and ask for a Gaeilge-speaking colleague when needed.
- Set clear "if worse, then…" plans when we treat at home.
- Read the 2019 NICE guideline on pneumonia in adults (NG138) for home-management criteria.
`,
  },
  {
    id: "ie-free-002",
    setting: "emergency department",
    role: "intern",
    text: `
Intern year, Dublin ED. A reflection on trolleys.

This morning the INMO Trolley Watch figure for our hospital was 47. I spent my first two hours seeing patients on trolleys in corridors, including a woman in her eighties who had been on a trolley for 26 hours with a hip fracture. She asked me if she could have a pillow. We had none spare; a porter found one from somewhere.

Clinically, it was a good shift – I picked up a PE in a young man with a Wells score of 4.5 and a raised D-dimer, and the CTPA confirmed it. Apixaban 10 mg BD for 7 days then 5 mg BD. I felt useful.

But I keep thinking about the pillow. The HSE's own data show that long ED waits increase mortality for older patients. We all know it. Every day we normalise it.

What can I do as an intern?
- Document trolley times and pressure-area checks for every patient over 75.
- Report delays through the incident system, not just complain about them in the canteen.
- Be kind in small ways: pillows, water, explaining the delay.
- Join the RCPI trainee committee to raise it where it might be heard.

Dr O'Neill said at handover that "the corridor is not a ward". I'm going to keep saying it too.
`,
  },
  {
    id: "ie-gibbs-003",
    setting: "breaking bad news",
    role: "oncology SHO",
    text: `
Description: On ⟦DATE|Thursday the 9th of October⟧ I was asked by Dr Kiely to join her in telling ⟦NAME|Mrs Bríd Twomey⟧ that her pancreatic cancer had progressed despite chemotherapy. We met in ⟦FACILITY_ROOM|room 6 on the oncology ward at the Mercy⟧. Her daughter ⟦NAME|Siobhán⟧ was on speakerphone from Boston and afterwards asked me to email the summary to ⟦EMAIL|siobhan.twomey@bostonmail.example.com⟧.

Feelings: I felt like an intruder. ⟦NAME|Mrs Twomey⟧ held Dr Kiely's hand and ignored me, which was right.

Evaluation: Dr Kiely used a warning shot ("I'm afraid the scan isn't what we hoped"), then a pause, then silence. She let the silence last nearly a minute. I would have filled it with words about options.

Analysis: SPIKES (Baile, 2000) and the "ask-tell-ask" approach both emphasise allowing emotion before information. I'd read them. Watching it done well made me realise silence is an active skill, not an absence.

Conclusion: Less talking, more waiting.

Action plan: Practise silence in my next difficult conversation (count to ten before speaking). Attend the Irish Hospice Foundation communication workshop.
`,
  },
  {
    id: "ie-comment-004",
    setting: "medical education",
    role: "medical student",
    text: `
Ah this is brilliant, thanks for posting. Our year in Galway had the exact same worry about the long case – I spent half my revision memorising causes of splenomegaly and then got a lady with rheumatoid arthritis and Felty's syndrome, which is… splenomegaly, so maybe it paid off 😂. One tip: Prof. Murphy always asks students to present the "social history as a person, not a list", so think about what the patient's day looks like. Also practise the hand exam out loud – Heberden's and Bouchard's nodes come up every single year. Best of luck lads!
`,
  },
  {
    id: "ie-what-005",
    setting: "psychiatry",
    role: "consultant psychiatrist",
    text: `
## What?
As a consultant in a community mental health team in the midlands I reviewed this year's involuntary admissions under the Mental Health Act 2001. We had 34. For 11 of them, the first contact with mental health services was in the Garda station.

## So what?
That statistic bothers me more than any other. A person's first experience of psychiatric care being a police cell is a failure of access, not of the person. Looking at the files, several had visited their GP in the weeks before, and several had presented to the ED with self-harm and left before assessment.

I also looked at my own practice. Twice this year I recommended admission by phone without seeing the person, based on the GP's description – which is legal but, on reflection, not best practice. The Mental Health Commission's code of practice on admission (2009) is clear that direct assessment is preferred.

There is a cultural dimension too: stigma in small towns, where everyone knows the Garda and the GP and the family, keeps people away until crisis.

## Now what?
- Work with local GPs to set up a rapid-access clinic (within 72 hours) for new presentations.
- Review every involuntary admission at our team meeting, asking "what was the missed opportunity?"
- Personally assess every person before recommending admission unless there is genuinely no way to do so.
- Share our data with the HSE's National Clinical Programme for Self-Harm.
- Meet with the local Garda inspector about how we can respond faster to Section 12 calls.
`,
  },
  {
    id: "ie-free-006",
    setting: "obstetrics",
    role: "neonatal SHO",
    text: `
Postnatal ward, Dublin. A small error that taught me a lot.

⟦NAME|Baby Oisín Byrne⟧ was born on ⟦DATE|03/11/2024⟧ at 38 weeks. On day two I was asked to do his newborn exam. His MRN, ⟦ID|H0481127⟧, was on the cot card, and his mum, ⟦NAME|Aoife⟧, was anxious because her first baby had hip dysplasia.

I did the exam and documented "Barlow and Ortolani negative". I forgot to document that he was a breech delivery until the caesarean at 37 weeks, which – with the family history – means he needs a hip ultrasound anyway. The midwife, Niamh, caught it when she read my note.

Meanwhile his dad, ⟦NAME|Cian⟧, had parked in the ambulance bay – security kept calling the ward about car ⟦OTHER|241-D-38816⟧ – which added to the chaos.

Reflection:
- Risk factors matter as much as the clinical exam. The NIPE standards (2021) and our local DDH guideline both list breech presentation and family history as indications for ultrasound regardless of the exam.
- I was rushed, and I relied on my exam instead of the checklist.

Action: I now use the structured checklist every time, and I have asked for the "risk factors" box on the newborn exam form to be moved to the top.
`,
  },
  // ---------------------------------------------------------------- New Zealand
  {
    id: "nz-free-001",
    setting: "rural general practice",
    role: "GP",
    text: `
Rural GP, Northland – a reflection about time and tikanga.

⟦NAME|Koro Hemi⟧ came to clinic because his mokopuna insisted. He's 76, kaumātua for ⟦LOCATION|the marae at Matawaia⟧, and had been coughing blood for a month. NHI ⟦ID|${nhi("ZZZ482")}⟧. His granddaughter gave me her number, ⟦PHONE|021 555 7730⟧, and asked me to ring her, not him, with results, because "he'll just say he's fine".

Chest X-ray showed a right hilar mass. I wanted to refer urgently to Whangārei that week.

He said he couldn't go until after a tangi he was leading. My first instinct was to push. Our practice nurse, Whaea Rangi, suggested we bring the whānau in for a hui instead of having the conversation with him alone. We did. The whānau agreed a plan: the tangi first, then his nephew would drive him to Whangārei three days later. The CT and bronchoscopy followed.

Reflection:
- Time frames that make sense to me may not fit a person's responsibilities to their people.
- Whānau involvement turned a "non-compliant" patient into a supported one.
- I need to learn more about Te Tiriti obligations in practice, not just in principle.

I'm enrolling in the Te Reo course at the wānanga next term.
`,
  },
  {
    id: "nz-what-002",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `
**What?** South Auckland, a month on the paediatric ward. We admitted four children with acute rheumatic fever. All were Māori or Pacific, all lived in overcrowded housing, and all had had a sore throat in the weeks before that wasn't swabbed.

**So what?** New Zealand has one of the highest rates of rheumatic fever in the developed world, and it's almost entirely a disease of poverty and housing. The Jones criteria (revised 2015) made the diagnosis straightforward; the echo found carditis in two of the four. Each child now needs benzathine penicillin G 1.2 million units IM every 28 days for at least ten years.

The painful part was watching a 9-year-old cry before every injection. Our nurse specialist, Losa, uses lignocaine in the syringe and a distraction kit, which halves the crying.

I also learned that Te Whatu Ora's sore throat clinics in schools were scaled back, and cases rose.

**Now what?**
- Advocate for the school sore-throat programmes in our region.
- Learn the updated Heart Foundation NZ guideline (2024) for secondary prophylaxis.
- Always ask about housing and sore throats in every child with joint pain.
- Use the distraction kit – and learn some Samoan and Tongan greetings.
`,
  },
  {
    id: "nz-comment-003",
    setting: "palliative care",
    role: "hospice nurse",
    text: `
Kia ora e hoa – beautiful piece, but please take out the link. You've linked to the fundraiser for [⟦NAME|Aunty Mere⟧](⟦URL|https://givealittle.co.nz/cause/bring-aunty-mere-home-to-ruatoria⟧) and mentioned her moko ⟦NAME|Tama⟧ by name, so anyone on the Coast will know exactly whose story it is. The whānau shared it publicly, but that's their choice, not ours. The reflection on how the syringe driver and the karakia worked together at the end is really valuable for our new staff – I'd love to use it in orientation once it's anonymised. Ngā mihi.
`,
  },
  {
    id: "nz-gibbs-004",
    setting: "intensive care",
    role: "ICU registrar",
    text: `
Description: A young man in Christchurch ICU with severe traumatic brain injury after a mountain-bike crash. ICP 32 mmHg despite sedation, osmotherapy (hypertonic saline 3% boluses) and CSF drainage. On day four the family asked whether he would "wake up and be himself".

Feelings: I didn't know the answer, and I felt they could see that.

Evaluation: Dr Patel answered honestly: that we didn't know yet, that we would know more in days to weeks, and that we would tell them what we saw each day. She used the IMPACT and CRASH prognostic models only as rough guides and said so. The family appreciated the honesty. I would have been vaguer – "let's wait and see" – which sounds like avoidance.

Analysis: Prognostic uncertainty is uncomfortable for clinicians, so we often fall back on either false hope or premature pessimism. The Brain Trauma Foundation guidelines (4th edition, 2016) deal with ICP thresholds, not conversations. The skill is naming uncertainty without abandoning the family in it.

Conclusion: "We don't know yet, and here's how we'll find out" is a complete answer.

Action plan: Practise prognostic conversations in our next simulation day. Ask Dr Patel for feedback after I lead the next family meeting.
`,
  },
  {
    id: "nz-free-005",
    setting: "paediatrics",
    role: "diabetes nurse specialist",
    text: `
Diabetes clinic reflection – teenage years.

⟦NAME|Sione Tuipulotu⟧ is 15, has type 1 diabetes, and plays prop for his school's First XV. His HbA1c was 98 mmol/mol at the last visit on ⟦DATE|2 September 2024⟧. His pump, serial ⟦DEVICE|NG2714408H⟧, showed dozens of missed boluses on game days. His mum, ⟦NAME|Mele⟧, lives with him and his five siblings at ⟦ADDRESS|14 Kōwhai Street, Ōtara, Auckland 2023⟧, and she works two jobs.

I'd started the consult ready to lecture him. Instead, our dietitian, Priya, asked him what he eats before a game. The answer: nothing, then three pies and a litre of fizzy drink afterwards. He skipped the bolus because he was embarrassed to do it in front of the team.

What I changed:
- We set up a pre-game routine with his coach, who was happy to help.
- Switched to a CGM with an alert on his phone so he can bolus discreetly.
- Celebrated what he's doing right – he's never had DKA.

Reflection: teenagers don't need more information; they need a plan that fits their real life and keeps their dignity. The ISPAD 2022 guidelines say this in more formal words.
`,
  },
  {
    id: "nz-what-006",
    setting: "rural hospital medicine",
    role: "rural hospital doctor",
    text: `
What?
Working as a rural hospital medicine registrar in a small hospital on the East Coast, I was the only doctor on site overnight. A 58-year-old man presented with an inferior STEMI at 2am. The nearest cath lab was a helicopter ride away, and the weather grounded the chopper.

So what?
I gave tenecteplase (weight-based, 40 mg for his 80 kg) according to the regional STEMI pathway. The ST elevation resolved within 90 minutes. I'd only thrombolysed once before, under supervision in Wellington. Being the most senior clinician in the building is a different feeling. The nurses were brilliant; one had 25 years' experience and quietly made sure I didn't forget aspirin and clopidogrel loading.

I also realised that rural generalism isn't "less" medicine. It's broader, and you need to know the edge of your skills very clearly.

Now what?
- Keep my ACLS and thrombolysis skills current with quarterly simulation.
- Learn the retrieval service's criteria for weather-limited transfers.
- Debrief with the nursing team after every critical case – they taught me more than I taught them.
- Read the 2023 ANZ STEMI guidelines.
`,
  },
  // ---------------------------------------------------------------- Australia
  {
    id: "au-what-001",
    setting: "internal medicine",
    role: "advanced trainee",
    text: `
## What?
⟦NAME|Mr Jampijinpa⟧, 54, was flown from ⟦LOCATION|Yuendumu⟧ to ⟦FACILITY_ROOM|Alice Springs Hospital⟧ with decompensated heart failure from rheumatic heart disease. His Medicare number, ⟦ID|${medicare("2953 1748", 2)}⟧, was on the retrieval form, and his niece – the family's main contact – asked us to call her on ⟦PHONE|(08) 5550 4417⟧.

He spoke Warlpiri first and English third. On day one I asked him, through no interpreter, whether he understood the plan for a valve operation in Adelaide. He said "yes" to every question.

## So what?
The Aboriginal Interpreter Service was available; I didn't book it because it was after hours. When the interpreter came the next day, it turned out he thought "operation" meant they would remove his heart. He had agreed because he wanted to be polite.

"Yes" is not consent. Gratuitous concurrence is well described in the literature and I'd heard about it in orientation.

## Now what?
- Book an interpreter for every important conversation with First Nations patients who speak English as an additional language.
- Involve the Aboriginal Liaison Officer from day one.
- Use teach-back.
- Learn about RHD in Central Australia – the RHD Australia guideline (2020) is now on my desk.
`,
  },
  {
    id: "au-free-002",
    setting: "rural general practice",
    role: "rural generalist registrar",
    text: `
Six weeks with the Royal Flying Doctor Service in outback Queensland. Some reflections.

I did fly-in clinics to stations and small towns every week. Every clinic started with the same thing: a cup of tea and a long chat before any medicine happened. At first I found it inefficient. By week three I understood that it's how trust works out here.

Clinical highlights:
- Managed a snakebite by phone with the station manager (pressure immobilisation bandage, stay still, we'll come to you). Brown snake; antivenom given on arrival.
- Saw more skin cancers in six weeks than in my whole training. BCCs on every farmer's ears.
- Learned to read a chest X-ray on a laptop in a shed.

Personal lessons:
- The isolation is real for clinicians too. I called my partner every night.
- The RFDS chest (the medical chest kept on stations, with numbered drugs) is a brilliant system. The station managers know it better than I do.
- Weather makes clinical decisions. Twice our flight was cancelled and a plan B had to be made on the phone.

I'm more certain than ever that I want to be a rural generalist. Dr Walsh, my supervisor, says I should "come back in winter and see if I still think so".
`,
  },
  {
    id: "au-comment-003",
    setting: "aged care",
    role: "nursing student",
    text: `
omg this post made me cry 😭 but pls edit it!! u said ⟦NAME|Mrs Kowalczyk⟧ turned ⟦AGE|101⟧ on ⟦DATE|Anzac Day⟧ and that she's ⟦OTHER|the only Polish war bride left at the aged care home in Gympie⟧ – literally everyone in Gympie knows her lol, she was in the Gympie Times for her birthday. Keep the bits about the pressure injury and the repositioning chart tho, that was so helpful for my placement next week. Also love how u described the dementia care mapping, our tutor was telling us about that!
`,
  },
  {
    id: "au-gibbs-004",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `
Description: A near miss on a palliative care ward in Melbourne. A patient was being converted from oral oxycodone (40 mg daily) to a subcutaneous morphine infusion. The registrar's chart said morphine 40 mg/24 hours – equianalgesic in her head because "oxycodone is roughly 1.5 times morphine orally, so it balances out". In fact, 40 mg oral oxycodone is about 60 mg oral morphine, which is about 20–30 mg subcut morphine. The charted dose was roughly double.

Feelings: Alarm, then the usual uncertainty – am I sure? I checked three times before I phoned.

Evaluation: I called the registrar, Dr Tran, who thanked me and changed it to 20 mg/24 hours with breakthrough doses. The patient was never exposed. But the calculation had been done with no reference, late in the day.

Analysis: Opioid conversion errors are among the most common serious medication errors in palliative care. The ANZCA Faculty of Pain Medicine opioid calculator and the eviQ guidelines exist for exactly this. Our ward had neither on the computer desktop.

Conclusion: Mental arithmetic should not be how we dose opioids.

Action plan: I've asked IT to put the FPM opioid calculator link on every ward desktop, and I'm presenting opioid conversions at the junior doctor teaching in two weeks.
`,
  },
  {
    id: "au-free-005",
    setting: "cardiology",
    role: "cardiac nurse",
    text: `
Cardiac nurse, regional NSW – a reflection on shocks.

⟦NAME|Mrs Dawn Hetherington⟧ (she goes by ⟦NAME|Dawnie⟧) has an ICD for a dilated cardiomyopathy. Last week she received four shocks in an hour while hanging out washing at home, ⟦ADDRESS|Unit 4/22 Bourke St, Dubbo NSW 2830⟧. Her husband ⟦NAME|Trevor⟧ called us from ⟦PHONE|0491 571 804⟧ in a panic. We talked him through: sit her down, call 000, don't touch her during a shock (it won't hurt him, but it's frightening).

At the hospital, interrogation of device ⟦DEVICE|RTZ609118H⟧ showed appropriate shocks for VT – the device did its job. Her potassium was 3.1 after a new diuretic dose.

What I'm reflecting on:
- Patients with ICDs need a clear shock plan, written down and on the fridge. ⟦NAME|Dawnie⟧'s family had never been given one.
- Electrical storm is terrifying for patients; the psychological follow-up matters as much as the amiodarone.
- Electrolytes: a simple result the GP didn't recheck after increasing furosemide.

I'm writing a one-page "If your ICD shocks" plan for our clinic, based on the Heart Foundation resources, and I've asked our cardiologist Dr Nguyen to review it.
`,
  },
  {
    id: "au-what-006",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
What?
A Saturday night in a Brisbane ED. Four patients with methamphetamine intoxication in six hours, one needing intubation for severe agitation and hyperthermia (40.2°C). We used ketamine 4 mg/kg IM for the most agitated, then droperidol 10 mg IM, per our department's acute behavioural disturbance guideline.

So what?
I'm comfortable with the pharmacology now. What I'm less comfortable with is how we talk about these patients at the nurses' station. Words like "ice head" and "frequent flyer" are everywhere. One of the four was a 22-year-old apprentice who had taken it for the first time at a party and was terrified and apologetic once he came round.

Dr O'Brien, our FACEM, reminded us in handover that "people who use drugs are still patients, and the next one could be someone you know". It stuck with me.

Also clinically: always check temperature and CK. Hyperthermia kills in these presentations and is easily missed in an agitated patient.

Now what?
- Challenge stigmatising language, gently, when I hear it.
- Learn the DASH (droperidol) trial results (2010) and the 2020 ACEM statement on methamphetamine.
- Offer every patient a referral to alcohol and other drug services before discharge.
`,
  },
  {
    id: "uk-free-007",
    setting: "night shift",
    role: "FY1",
    text: `
Reflecting on a handover that went wrong. These are my scribbled notes from the 20:00 surgical handover, typed up exactly as I wrote them:

- ⟦FACILITY_ROOM|Ward 26, bay B, bed 3, Ninewells⟧ – ⟦AGE|91yo⟧ F, #NOF, DOB ⟦DATE|02.06.1934⟧, hosp no ⟦ID|N4417032⟧. For theatre am. Hb 98. ?FFP.
- ⟦FACILITY_ROOM|bay B bed 5⟧ – 67M, SBO, NG tube, K+ 3.2, replace.
- ⟦FACILITY_ROOM|side room 2⟧ – 54F, lap chole day 1, pain ++, PCA.

At 02:00 I was called to "the #NOF lady" because she was drowsy and her sats were 86%. I went to ⟦FACILITY_ROOM|bay B, bed 5⟧ first, because in my notes the beds were next to each other and I'd muddled them. Two minutes lost. She'd had 10 mg of oral morphine at 22:00 on top of a fascia iliaca block. Naloxone 100 micrograms IV, repeated once, and she woke up cross.

What I take from it:
- My handover notes were a list of bed numbers with no structure. SBAR would have forced me to write what I was worried about.
- Opioids plus a block in a ⟦AGE|91-year-old⟧ is a known risk; the 2011 NICE hip fracture guideline (CG124) and the Royal College of Anaesthetists both say to review analgesia after a block.
- I've shredded the paper notes. Next time I'll use the electronic handover tool, which doesn't leave the hospital.
`,
  },
];
