import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK items (England, Wales, Scotland, Northern Ireland): psychiatry, neonates, rural GP, prison, obstetrics, ICU, surgery. */
export const UK: SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "psychiatry",
    role: "psychiatry core trainee",
    text: `I have been putting off writing this one. ⟦NAME|Gethin Pryce⟧ — everyone on the unit calls him ⟦NAME|Geth⟧ — came in under section 2 on ⟦DATE|Friday 7th March⟧, brought down from ⟦LOCATION|the smallholding above the chapel in Llangeitho⟧ by two police officers and his sister ⟦NAME|Megan⟧. He had stopped his clozapine about a fortnight earlier because, in his words, the tablets "were listening".

By the time I met him in ⟦FACILITY_ROOM|Bay 2 on Ward Hafan at Bronglais⟧ he was polite, frightened and completely certain that the mast on the hill was reading his thoughts. The restart question is the bit I want to reflect on. You cannot just go back to 300 mg after a 48-hour gap, let alone two weeks; we retitrated from 12.5 mg and I spent more time than I'd like to admit re-reading the Maudsley Prescribing Guidelines and the ANC monitoring rules.

What struck me most was how much of my job that week was logistics rather than psychiatry: bloods at the right time, a bed that didn't move him to Carmarthen, a Welsh-speaking nurse for the night shift because ⟦NAME|Geth⟧ drops his English when he is scared. My supervisor, Dr Sioned Harries, said the best antipsychotic on a rural ward is continuity. I think she is right, and I think I underestimated it.`,
  },
  {
    id: "uk-what-002",
    setting: "neonatology",
    role: "paediatric registrar (ST3)",
    text: `What?
A term baby born after a prolonged second stage and a shoulder dystocia. Apgar 3 at one minute, 6 at five, cord pH 6.94, base excess −16. We started passive cooling on the labour ward while waiting for the transport team, and I was the registrar holding the thermometer and the phone at the same time.

So what?
I had done the STABLE course and read the BAPM framework (2019) twice, but I had never actually decided whether a baby met the criteria for therapeutic hypothermia at 2am with a consultant thirty minutes away. The modified Sarnat examination felt much less objective at the cot side than on the slides. Tone was reduced, suck weak, no seizures that I could see. Dr Fiona Gallagher talked me through it on speakerphone and agreed with cooling, but she also asked me to say out loud which finding had tipped me over. I couldn't, at first.

Now what?
I'm going to practise the Sarnat exam on every term baby I review for a month, including the well ones, so I have a feel for normal. I have also booked onto the aEEG teaching in Glasgow on 19 June — my own diary, not the baby's, before anyone asks.`,
  },
  {
    id: "uk-gibbs-003",
    setting: "rural general practice",
    role: "FY2 doctor on a GP placement",
    text: `Description: Home visit on Orkney with the practice nurse. ⟦NAME|Mrs Isabella Flett⟧, ⟦AGE|96⟧, lives alone ⟦LOCATION|at the farm past the kirk at Skaill, the one with the blue boat in the yard⟧. Her daughter ⟦NAME|Rhona⟧ had phoned in from Aberdeen (⟦PHONE|07700 900372⟧) worried about a fall. Her CHI, which I read off the repeat slip to book bloods, was ⟦ID|${nhs("180329 476")}⟧.

Feelings: I felt like a visitor in every sense. ⟦NAME|Isabella⟧ offered us tea before we'd taken our coats off and told me that she had "never troubled a doctor since the Coronation".

Evaluation: She had a frank Colles' fracture from the fall, which she had splinted herself with a wooden spoon and a tea towel. Her Clinical Frailty Scale was maybe a 5. The real question was whether she would go on the ferry to the Balfour at all.

Analysis: In Glasgow I'd have sent her to A&E without a second thought. Here the nurse, Kirsty, knew exactly who would drive her, who would feed the cat and which cousin had a spare room in Kirkwall.

Conclusion: Rural medicine is half knowing people.

Action plan: Learn the local geography and ask earlier "who else is around?"`,
  },
  {
    id: "uk-free-004",
    setting: "prison health",
    role: "prison healthcare nurse",
    text: `Six months into working in a Category B prison in the north-west and I still get the medication round wrong in my head. Not the drugs — I know methadone 60 mL is methadone 60 mL — but the rhythm. Everything stops for the count. Everything stops for a lockdown. A man who needs his insulin at 08:00 may get it at 10:40 because of a fight two landings away.

This week I did my first hepatitis C test-and-treat session with the visiting specialist nurse. Twelve men tested, four positive, three started on sofosbuvir/velpatasvir the same afternoon. Twelve weeks of tablets. In the community those three would probably have missed two appointments each and been discharged. Here the barrier is different: transfers. A man can be moved to another establishment overnight and his course just stops unless someone rings ahead.

I've started keeping a notebook of the things the textbooks skip. The NICE guidance on drug misuse (CG52, 2007) is older than some of the lads I treat. Buvidal has changed the queue at the hatch more than any policy. And most of the men call me "Miss", which I still find odd. — Rhian, band 5, three years qualified.`,
  },
  {
    id: "uk-free-005",
    setting: "obstetrics",
    role: "newly qualified midwife",
    text: `Long one, sorry. I want to remember this birth properly.

⟦NAME|Aoife McCann⟧ came in at 6cm on the night of ⟦DATE|the Twelfth⟧, bonfire smoke still in her hair, with her partner ⟦NAME|Ciarán⟧ and her mum ⟦NAME|Bernie⟧ in tow. I looked after her in ⟦FACILITY_ROOM|Room 6 on the delivery suite at the Royal Jubilee Maternity⟧. Second baby, first was a section in 2022, so this was a VBAC and everyone was a bit on edge.

The CTG was lovely for hours and then it wasn't: late decelerations, a baseline creeping to 170. The registrar, Dr Nwosu, did a fetal blood sample (lactate 4.6) and I found myself doing the maths on the timings out loud without being asked. ⟦NAME|Baby Orla⟧ arrived by ventouse at 04:12, Apgars 7 and 9, screaming the place down.

What I want to reflect on is the handover form. The postnatal ward needed an address for the community team, and ⟦NAME|Bernie⟧ rattled it off so fast I wrote it on my glove: ⟦ADDRESS|41 Donegall Avenue, Belfast BT12 6LU⟧. I then found the glove in my scrubs pocket at home. It's in the bin now, shredded, but it shook me. Paper notes are fine; gloves are not.`,
  },
  {
    id: "uk-comment-006",
    setting: "psychiatry",
    role: "consultant psychiatrist",
    text: `Thoughtful piece, and I agree about continuity. But please edit before this goes any wider: you've got ⟦NAME|Geth⟧'s full name, the date of his section, ⟦FACILITY_ROOM|Bay 2 on Hafan⟧ and ⟦LOCATION|the smallholding above the chapel in Llangeitho⟧ all in one post. In a village that size that is him, plainly. The clozapine reflection stands perfectly well without any of it.`,
  },
  {
    id: "uk-what-007",
    setting: "anaesthesia",
    role: "anaesthetics registrar (ST4)",
    text: `What?
An unanticipated difficult airway during an emergency laparotomy at 3am. Rapid sequence induction with propofol and rocuronium 1.2 mg/kg; Cormack–Lehane grade 3b on the first look with the Macintosh, grade 2 with the videolaryngoscope, bougie in on the second attempt. SpO2 dipped to 84% and came back. The whole thing took under two minutes and felt like twenty.

So what?
I followed the DAS 2015 guidelines almost by reflex, which I was relieved about, but the debrief with my consultant, Dr Marcus Okonjo, picked apart the bit I hadn't noticed: I had said "can I have the bougie" into the room rather than to a person. The ODP heard it, luckily. I also hadn't said out loud that we were moving to Plan B, so the surgeon kept asking how long we'd be.

Now what?
Closed-loop communication, every time, named person. I've also asked to run a simulation for the new CT1s in Bristol on front-of-neck access, because I realised I haven't touched a scalpel-bougie kit since my own induction. Sugammadex 16 mg/kg is in every rapid-sequence tray now, and I know where. Next: the FRCA final viva in March.`,
  },
  {
    id: "uk-free-008",
    setting: "palliative care",
    role: "hospice staff nurse",
    text: `⟦NAME|Uncle Dai⟧ — that is what the whole ward called him, because that is what his nephew called him — died on Tuesday morning with the window open and a rugby match on the radio. ⟦NAME|Dai Morgan⟧ had been ⟦OTHER|the last signalman on the old mineral line at Blaenavon⟧, and he told every single one of us about the levers.

He was with us at ⟦FACILITY_ROOM|Marie Curie Hospice, Cardiff and the Vale, room 4⟧ for eleven days. Mesothelioma, the asbestos kind from the sheds. For the last four he had a syringe driver — midazolam 10 mg and oxycodone 15 mg over 24 hours — and I spent a ridiculous amount of time worrying about the pump, a T34 with asset tag ⟦DEVICE|T34-118204⟧, which kept alarming for occlusion at 3am. In the end it was the line kinked under his pillow.

What I keep thinking about is the nephew asking me whether the pump "did it". He meant: did we kill him. I explained the principle of double effect badly and then better. I've since read the Gold Standards Framework notes on talking about syringe drivers and I'd like to do that conversation earlier next time, on day one, not at the bedside when the numbers start to drop.`,
  },
  {
    id: "uk-free-009",
    setting: "public health outbreak",
    role: "public health registrar",
    text: `Notes from a measles week in Birmingham.

We had eleven confirmed cases by Thursday, mostly under-fives, clustered in two postcode districts with MMR2 uptake below 80%. The UKHSA guidance is clear about contact tracing and post-exposure prophylaxis — MMR within 72 hours, human normal immunoglobulin within six days for the vulnerable — but the guidance can't tell you how to knock on a door during Ramadan at iftar time, and I learnt that the hard way on Monday.

Clinically it was textbook: Koplik spots in half of them, the cough, the conjunctivitis, the rash starting behind the ears. Two children needed admission for pneumonia, neither to ICU. Nobody died. That sentence is doing a lot of work.

What I'd do differently: involve the community health champions from day one rather than day four, and stop assuming that a leaflet in Urdu reaches people who mostly speak Mirpuri Pahari. Our consultant, Dr Imran Sadiq, says the best outbreak tool he has is a kettle and a Sunday afternoon. I'm taking my Eid holiday next week, then back for the after-action review on the 28th. Villa away on Saturday, if anyone's asking what keeps me sane.`,
  },
  {
    id: "uk-comment-010",
    setting: "general practice",
    role: "GP trainee (ST2)",
    text: `Really useful. I had a very similar Bell's palsy case last month and also dithered over whether to add aciclovir to the prednisolone 50 mg. NICE CKS is fairly clear that steroids alone are the evidence-based bit; I added eye protection advice and a review at three weeks. The forehead-sparing check is the thing I now do first, before anything, every time.`,
  },
  {
    id: "uk-gibbs-011",
    setting: "intensive care",
    role: "ICU nurse",
    text: `Description: ⟦NAME|Ewan Baird⟧, 19, was admitted on ⟦DATE|Hogmanay⟧ after coming off his skateboard on the Shore in Leith. Subdural, GCS 7 at the scene. By the time I met him he was in ⟦FACILITY_ROOM|bed 14, Ward 118 at the Royal Infirmary⟧, sedated, ICP bolt in, noradrenaline running.

Feelings: Anxious. His mum, ⟦NAME|Lorraine⟧, asked me to write down my email so she could send me his playlist; I gave her the unit's number instead and she sent the songs to her own address, ⟦EMAIL|lorraine.baird.leith@btinternet.com⟧, and showed me on her phone. His friends had already filled ⟦OTHER|@ewan.skates.leith⟧ with messages.

Evaluation: The music helped her more than him, I think. It gave her something to do with her hands.

Analysis: The Brain Trauma Foundation targets (CPP 60–70, ICP under 22) were easier than the social media. Two of his friends posted photos of the ward door.

Conclusion: We need a clearer conversation with families about posting from the unit, early and kindly.

Action plan: I've suggested a leaflet to our charge nurse, Colin, and I'm going to read up on hypertonic saline versus mannitol before my next set of nights.`,
  },
  {
    id: "uk-what-012",
    setting: "surgery",
    role: "fourth-year medical student",
    text: `What?
My first week on general surgery in Leeds. I clerked a 23-year-old with right iliac fossa pain: Rovsing's sign positive, pain on the psoas stretch, Alvarado score 7, CRP 86. I presented it on the post-take ward round to Mr Haworth, who asked me what else was on my differential. I said "Meckel's diverticulum" with far too much confidence and then couldn't name a single feature of it.

So what?
It was embarrassing for about ten seconds and then genuinely useful. He walked me through the differential properly — ectopic pregnancy, mesenteric adenitis, Crohn's, ovarian torsion, a right-sided diverticulitis in older people — and asked the FY1, Hannah, to show me how to request an ultrasound that the radiologists will actually do.

Now what?
I've made flashcards on the RIF differential and I'm going into theatre on Thursday to see the laparoscopic appendicectomy. Also: Rhinos are playing at Headingley the night before my end-of-block OSCE on 9 May, and I am not going. Probably.`,
  },
  {
    id: "uk-free-013",
    setting: "paediatric palliative care",
    role: "paediatric palliative care consultant",
    text: `I have been asked to write something for the trainees about ⟦NAME|Callum⟧, and I have been putting it off for a month, so this is long.

⟦NAME|Callum "Cal" Ritchie⟧ was eight when he was diagnosed with DIPG, a diffuse midline glioma of the pons, in the spring. If you are a trainee reading this: DIPG is the diagnosis in paediatric oncology where the conversation is the treatment. Radiotherapy buys months. Nothing we have buys years. The median survival figures have barely moved since I was an SHO.

He lived with his mum, ⟦NAME|Kirsty⟧, and his wee sister at ⟦ADDRESS|12 Gordon Terrace, Inverurie AB51 4GT⟧, and the thing he wanted most was to finish the football season with his team. His mum set up a fundraiser, [⟦NAME|Cal⟧'s Last Season](⟦URL|https://www.justgiving.com/crowdfunding/cal-ritchie-last-season⟧), to get him to a Dons match. He got there. He was carried up the steps.

From the summer he was fed through a gastrostomy with a pump (serial ⟦DEVICE|ENF-22K7731⟧) that his sister learnt to prime faster than any nurse. He spent his last fortnight at ⟦FACILITY_ROOM|Rachel House in Kinross, the room with the blue door⟧, and died on ⟦DATE|Sunday 14 September⟧ with the radio on.

What do I want trainees to take from this? Three things.

First, the advance care plan is a living document. We rewrote ⟦NAME|Cal⟧'s four times. The ReSPECT form is a tool, not a conclusion.

Second, symptom control in brainstem tumours is specific: dexamethasone for swelling, but with a plan to wean because of the mood and the weight; glycopyrronium for secretions; midazolam buccal for seizures. Read the APPM formulary rather than guessing from adult doses.

Third, siblings. Nobody asked his sister how she was until the hospice did. She was seven. She now wants to be a nurse.

I have been doing this for nineteen years. I still went and sat in my car afterwards. That is allowed.`,
  },
];
