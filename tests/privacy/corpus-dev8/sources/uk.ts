import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom: England, Wales, Scotland and Northern Ireland. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "night shift",
    role: "foundation doctor",
    text: `
**Description**

Third night of four on the medical wards. At about 02:40 I was bleeped to ⟦FACILITY_ROOM|Ward 23, bay 4, bed 2 at the Royal Derby⟧ because ⟦NAME|Mr Derek Hollins⟧ had pulled out his cannula and was trying to climb over the bed rails. He is ⟦AGE|94⟧, lives with his son, and had come in on ⟦DATE|Wed 5/11⟧ with a urinary sepsis picture. The nurse, Becky, had already tried reorientating him twice.

**Feelings**

Honestly, my first feeling was irritation, which I am not proud of. I had three other jobs on the list, including a K+ of 6.1 that needed an ECG. Then I saw how frightened ⟦NAME|Derek⟧ was. He kept asking for "our ⟦NAME|Karen⟧" and whether the dog had been fed.

**Evaluation**

What went well: I didn't reach for haloperidol. I sat down, turned the main light off, found his glasses and rang his daughter ⟦NAME|Karen⟧ on ⟦PHONE|07700 900318⟧, which was on the front sheet. She talked to him on speaker for ten minutes and he settled. What went badly: I re-sited the cannula before I had checked whether he actually still needed IV antibiotics. He didn't. His CURB-65 was 2 on admission but he'd been eating and drinking all day.

**Analysis**

The 4AT was 7, so this was delirium rather than his baseline, and the NICE delirium guidance (CG103, 2010, updated 2023) is pretty clear that non-drug measures come first. I think my instinct to "do something" with my hands comes from being tired.

**Conclusion / Action plan**

Check the drug chart before the cannula. Ask families early for the small things — the dog's name, the glasses — and write them at the top of the notes. I have told Dr Sandhu, my educational supervisor, I want to do a delirium QIP on the night handover list.
`,
  },
  {
    id: "uk-what-002",
    setting: "osce",
    role: "medical student",
    text: `
**What?**

My final-year OSCE was on 3 June in the sports hall at the medical school in Leeds. Station 7 was a Parkinson's examination with an actor who had been briefed to have a unilateral resting tremor, bradykinesia and a shuffling gait. I panicked slightly and started with a cranial nerve exam as if it was a Bell's palsy station, then corrected myself. I remembered to check for glabellar tap and micrographia, forgot to ask about falls, and did not mention that I would want to look at the drug chart for metoclopramide.

**So what?**

The examiner, Dr Whitaker, gave feedback that my structure was fine once I got going but that the first ninety seconds looked like I was "rummaging". That is fair. I revise by watching Geeky Medics videos on the 07:12 train from Harrogate and I think I had learned the routines as separate scripts instead of starting from the question "what am I looking for?". The Cushing's station later on went better because I had practised it with Priya and Tom the weekend before, talking out loud.

**Now what?**

Before finals in March I want to practise every neuro station starting from the presenting complaint, not the routine. I will also read the 2017 NICE Parkinson's guideline (NG71) properly rather than the summary. Results are out on 19 June; I am trying not to think about it and am going to watch the Rhinos on Friday instead.

— Hannah, fifth year
`,
  },
  {
    id: "uk-free-003",
    setting: "gp placement",
    role: "gp trainee",
    text: `
Rural GP in Ceredigion is not what I pictured when I applied from Cardiff. On ⟦DATE|Thursday the 9th⟧ I did a home visit to ⟦NAME|Mrs Glenys Pritchard⟧, who farms with her nephew on the hill above ⟦LOCATION|Llanddewi Brefi⟧. Everyone at the practice knows her as ⟦OTHER|the woman who still shears her own flock at eighty-seven⟧ — she has been in the Cambrian News for it, twice.

⟦NAME|Glenys⟧ has type 2 diabetes and a foot ulcer she had been dressing herself with Sudocrem and cling film. I am ashamed to say that my first thought on seeing it was Charcot foot, and I went straight into "you need to be seen at ⟦FACILITY_ROOM|Bronglais⟧ today" mode. She said no. The lambing is done but the ewes still need checking and ⟦NAME|Gareth⟧, the nephew, has his own job at the creamery.

My trainer, Dr Rhiannon Evans, came out with me the following week and handled it completely differently. She asked what would make a hospital trip possible rather than whether she would go. It turned out the problem was the dog and the hour each way in the Land Rover. We arranged for the district nurses to come out twice a week and a podiatry appointment on a Thursday when ⟦NAME|Gareth⟧ is off.

What I am taking away: my plans assume a patient who lives ten minutes from a bus stop. Rural medicine means asking about the animals, the roads and the weather before the HbA1c.
`,
  },
  {
    id: "uk-free-004",
    setting: "psychiatry",
    role: "core psychiatry trainee",
    text: `
Rushed one tonight, sorry, but I promised myself I'd write something every week of this rotation.

Week six of CT1 in Dundee. Inpatient general adult ward. The thing I keep noticing is how much of the job is sitting in the day room doing nothing in particular, and how much that matters. I spent half an hour today watching Pointless with a young man with first-episode psychosis, and it was the first time all week he volunteered anything about the voices. Dr Kerr, my consultant, says this is the work, not a break from it.

Things I learned this week:
- Clozapine monitoring: FBC weekly for the first 18 weeks. Neutrophils below 1.5 is amber. I had this muddled.
- Lithium level 0.4–1.0 mmol/L, taken 12 hours post-dose. Someone on the ward had theirs taken at 4 hours and it looked toxic.
- NMS vs serotonin syndrome: rigidity and slow onset vs clonus and fast onset. Still need to revise the Hunter criteria.
- The Mental Health (Care and Treatment) (Scotland) Act 2003 is not the same as the English Act and I need to stop saying "section".

Outside work: Burns Night at my flatmate's, haggis from the butcher on the Perth Road, and Dundee United lost again. My own mum has been on the phone about my cousin's wedding in Inverness in April.

Going to bed. More on the tribunal next week.

— Calum
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "palliative care",
    role: "foundation doctor",
    text: `
**Description.** My first death certification as an FY2 on the hospice rotation in County Down. ⟦NAME|Granda Sammy⟧ — that is what the whole family called him, and by the end so did the nurses — was ⟦NAME|Samuel McCready⟧, a retired lough fisherman of ⟦AGE|ninety-one⟧ from ⟦LOCATION|Killyleagh⟧. He had metastatic prostate cancer and had been with us in ⟦FACILITY_ROOM|Room 4 at the Southern Area Hospice⟧ for nine days. He died at 06:10 on ⟦DATE|the Twelfth⟧, which his daughter ⟦NAME|Lorraine⟧ said was "just like him, going out on a bank holiday so nobody would have to miss work".

![⟦NAME|Granda Sammy⟧ with his boat at ⟦LOCATION|Killyleagh harbour⟧](card-from-family.jpg)

**Feelings.** I felt calm at the bedside, which surprised me, and then cried in the car park afterwards, which did not.

**Evaluation.** The verification itself I did by the book: no central pulse for one minute, no heart sounds or breath sounds, pupils fixed, no response to supraorbital pressure. I had rehearsed it. What I hadn't rehearsed was ⟦NAME|Lorraine⟧ asking whether he'd been in pain at the end.

**Analysis.** Sister Maguire told me afterwards that families nearly always ask that, and that "he was comfortable, we were giving him morphine through the syringe driver and he wasn't distressed" is an honest answer when it is true. It was true. His anticipatory meds had been used twice overnight.

**Conclusion.** I can do the paperwork. The words to families need practice too.

**Action plan.** Sit in on two more verifications with senior staff; read the Marie Curie guidance on talking about the last hours.
`,
  },
  {
    id: "uk-what-006",
    setting: "medication error",
    role: "foundation doctor",
    text: `
**What?** On a busy Friday in August, my second week as an FY1 in Manchester, I prescribed insulin as "10u" instead of writing "units" in full. The nurse who gave it read it correctly, so nobody came to harm, but the pharmacist, Aisha, caught it on her afternoon round and quietly explained why "u" has been mistaken for a zero and given as 100. She asked me to fill in a Datix with her, not as a punishment but because she was collecting examples for the trust's insulin safety week.

**So what?** The patient was a man in his sixties with type 1 diabetes and a foot infection, HbA1c 81 mmol/mol, running sugars of 14–19 on the VRIII. I was thinking about his flucloxacillin dose and his eGFR of 52, and the insulin felt routine. That is exactly when errors happen. The NPSA alert on insulin (2010) and the "Think Glucose" material both say the same thing: never abbreviate units. I knew this from the Prescribing Safety Assessment, which I passed in February. Knowing is not the same as doing at 5pm on a Friday.

**Now what?** I now say the word "units" aloud as I write it. I have changed the default in my own head, and I mentioned it at the FY1 teaching on Wednesday so that others could hear it from someone their own age rather than from Mr Adebayo, who gave the induction talk. I also booked onto the e-learning module for the Safer Insulin Prescribing course. Small thing, big thing.
`,
  },
  {
    id: "uk-free-007",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `
I've been putting off writing this one.

⟦NAME|Baby Alfie Dunmore⟧ was born at 27+2 weeks on ⟦DATE|Sunday 2nd March⟧ and spent eleven weeks in ⟦FACILITY_ROOM|cot 6 on the NICU at St Michael's⟧. I was his reg on and off for most of that time. His mum, ⟦NAME|Jade⟧, documented the whole thing on Instagram as ⟦OTHER|@alfies_little_fight⟧, and a friend set up [a fundraiser for the family's travel costs](⟦URL|https://www.gofundme.com/f/alfie-dunmore-nicu-journey⟧) because they live in Weston and were driving up to Bristol every day.

The reason I am writing this is not ⟦NAME|Alfie⟧'s NEC, or his PDA ligation, or any of the clinical bits, though I learned a lot about all of those. It is because one of the newer nurses showed me a post from the account that had a photo of the unit whiteboard in the background, with three other babies' surnames legible. ⟦NAME|Jade⟧ had no idea.

I talked to her about it at the cot side, which was awkward. I did not want to sound like the hospital was policing her grief or her pride. She took it down immediately and was more upset about the other families than about being told. We now have a laminated sign at the entrance to the unit about photos, and our matron has asked the family-integrated-care group to add something to the welcome pack.

What I take from it: social media is part of how parents survive NICU now. Telling them not to post is pointless. Helping them post safely is part of family-centred care.
`,
  },
  {
    id: "uk-free-008",
    setting: "emergency department",
    role: "foundation doctor",
    text: `
Night shift reflection, written on the tram home so forgive the typos.

Resus at 3am: young woman, GCS 8 on arrival (E2 V2 M4), sats 91% on air, gas showing pH 7.08, bicarb 6, glucose HI on the meter. DKA with possible aspiration. My reg, Femi, ran it; I did the lines and the fluids. 1 L 0.9% saline over the first hour, fixed-rate insulin at 0.1 units/kg/h, potassium added from the second bag once the K+ came back at 4.2. I remembered the JBDS guideline from 2021 because we had a sim session on it only last month. Felt useful for the first time in weeks.

What I didn't do well: I forgot to repeat the ketones at one hour and the nurse had to remind me. Also I'm not quick enough at recognising Kussmaul breathing, I thought she was just anxious.

Other bits of the night: a lad with a Colles' fracture after falling off an e-scooter outside the Arena, a man in his seventies with an upper GI bleed (Glasgow-Blatchford 12) who went to endoscopy at 6, and too many Greggs sausage rolls in the staff room.

Things to do: re-read the DKA pathway; ask Femi for a CBD on the resus case; sleep. Strictly final is on Saturday and I am not missing it.
`,
  },
  {
    id: "uk-gibbs-009",
    setting: "surgery",
    role: "medical student",
    text: `
Description: On my vascular placement in Aberdeen I clerked ⟦NAME|Mr T.P.⟧, a retired trawlerman in his nineties admitted to ⟦FACILITY_ROOM|Ward 110 at ARI⟧ on ⟦DATE|12.02.26⟧ with critical limb ischaemia of the right foot. His CHI number (⟦ID|${nhs("150731 224")}⟧) was handwritten on the front of the notes because the label printer on the ward was broken, and I copied it onto my clerking sheet without thinking. His pacemaker check card was in his wallet, serial ⟦DEVICE|PJN 772519 H⟧, and I noted it for the anaesthetist as my registrar asked.

Feelings: I felt competent while clerking, because it was a long history and he was a good storyteller. I felt stupid later in the doctors' room when Dr Fraser saw my clerking sheet on the desk and asked, quite gently, where it had been all afternoon.

Evaluation: The history was thorough. I got the ABPI, the Buerger's test and the smoking history (fifty pack-years), and I recognised rest pain. But I had left a piece of paper with a full name, a CHI and a device serial in the student room, in the canteen and on the bus.

Analysis: The Caldicott principles are about exactly this. I had treated my clerking sheet as my own notes rather than as part of a record.

Conclusion: I shredded the sheet with Dr Fraser and we checked nothing was missing.

Action plan: Use the ward's clerking pro forma only, leave it in the notes trolley, and write patient details only on the ward.
`,
  },
  {
    id: "uk-comment-010",
    setting: "palliative care",
    role: "consultant",
    text: `
This is a lovely reflection and I'd be happy to sign it off for your portfolio. The bit about crying in the car park afterwards is more common than you'd think; I still do it occasionally after twenty years. Next time, try to name one specific thing you'd say differently to a family. Let's talk at Thursday's supervision — bring the Marie Curie leaflet and we'll go through it together.

Dr Aoife Brennan
`,
  },
  {
    id: "uk-comment-011",
    setting: "ward round",
    role: "foundation doctor",
    text: `
Really relate to this. I had the same thing with ⟦NAME|Mrs Okonjo⟧ in ⟦FACILITY_ROOM|bay 3⟧ last week — she kept asking for her husband ⟦NAME|Emeka⟧ and none of us realised he'd died in February until her granddaughter came in. Now I ask "who's at home?" on every clerking. Also agree about the 4AT, it's so quick there's no excuse. See you at sim on Tuesday.
`,
  },
  {
    id: "uk-what-012",
    setting: "breaking bad news",
    role: "gp trainee",
    text: `
**What?**

I had my first conversation as the doctor telling someone they probably have cancer. A woman in her fifties came back for the result of a CT she'd had for weight loss, and the report described a pancreatic mass with liver lesions. I had read it twenty minutes before the appointment, spent ten of those minutes reading the SPIKES protocol (Baile et al., 2000) on my phone, and spent the other ten staring at the wall.

**So what?**

SPIKES helped with the structure. Setting: I moved the chair so I wasn't behind the desk. Perception: I asked what she understood about why she had the scan. She said, "I think you're going to tell me it's the big C." That made it both easier and harder. I gave a warning shot, then the news, then I stopped talking, which my trainer Dr Gwen Morgan says is the hardest part for new GPs. The silence felt like two minutes. It was probably fifteen seconds.

What I did less well: I started listing next steps — two-week-wait, MDT, the oncology team in Cardiff — before she was ready. She had to ask me to slow down.

**Now what?**

I want to get better at the pause. I am going to record a consultation with a simulated patient at the next VTS teaching day in Swansea and watch it back. I'm also going to read Kathryn Mannix's With the End in Mind, which three people have now recommended.

On a lighter note, Wales beat Scotland in the Six Nations on Saturday, so the surgery has been cheerful this week.
`,
  },
  {
    id: "uk-free-013",
    setting: "safeguarding",
    role: "gp trainee",
    text: `
Writing this up for my ePortfolio as a significant event, names changed where I could but I'm keeping the facts straight for my trainer.

A woman phoned the surgery asking for her mother's repeat prescriptions to be sent to a new address. Her mother, ⟦NAME|Mrs Megan Price⟧, is ⟦AGE|ninety-four⟧, born on ⟦DATE|29 December 1931⟧, and has lived at ⟦ADDRESS|11 Heol y Nant, Whitchurch, Cardiff CF14 1AW⟧ for sixty years. The new address was a flat in Newport. The daughter, ⟦NAME|Carys⟧, also asked us to change the contact email on the record to ⟦EMAIL|carys.price.newport@hotmail.co.uk⟧ and to stop posting letters to the house.

The receptionist, Julie, felt uneasy and flagged it to me. I rang ⟦NAME|Mrs Price⟧ directly. She was bright, confused about why anyone would move her prescriptions, and said ⟦NAME|Carys⟧ "has been having money trouble". She mentioned in passing that her bank card had gone missing at ⟦DATE|Easter⟧.

We did not change anything. I discussed it with my trainer, Dr. Owain Hughes, and the practice safeguarding lead, and we made a referral to the adult safeguarding team under the Social Services and Well-being (Wales) Act 2014. A social worker visited within the week.

What went well: Julie's instinct, and the practice culture that lets a receptionist stop a request. What I'd do differently: I should have documented the phone call verbatim straight away; I wrote it up two hours later from memory.

Learning: financial abuse of older people is common and quiet. A change of address or email is a safeguarding question, not an admin task.
`,
  },
];
