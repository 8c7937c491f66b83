import { nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): 13 items, 7 with identifiers, 2 comments. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "handover",
    role: "IMT2",
    text: `Posting the evening handover I wrote on my last set of medical nights, because Dr Farrah Ellison (our AMU consultant) said at the audit meeting it was the clearest she'd had from an IMT this rotation and asked me to share the format. Formatting tidied, otherwise as sent at 20:45.

- ⟦FACILITY_ROOM|AMU Bay 2, bed 3⟧: ⟦NAME|Mr Desmond Okafor-Leigh⟧, ⟦AGE|91⟧, NHS ⟦ID|${nhs("485 777 302")}⟧. CAP, CURB-65 3. Co-amoxiclav + clarithromycin started 17:10. NEWS2 5 at 19:00. Repeat lactate 22:00, if >4 bleep reg.
- ⟦FACILITY_ROOM|Side room 4⟧: ⟦NAME|Mrs P. Hanrahan⟧. Hypoactive delirium, 4AT 7. Daughter ⟦NAME|Siobhan⟧ wants a call with any change, ⟦PHONE|07700 900318⟧. DNACPR + ReSPECT in front of notes; ceiling ward-based care, not for NIV.
- ⟦FACILITY_ROOM|Bed 11⟧: unwitnessed fall at 16:30, CT head 18:10 NAD, on apixaban. Neuro obs hourly until 02:00.
- Everyone else: stable, just chase the two outstanding potassiums (both on the Sando-K plan).

What made it work, I think, was the single line "what I'm worried about" under each name. Nights are about the two or three people who might go off, not the twenty who won't.`,
  },
  {
    id: "uk-what-002",
    setting: "sepsis",
    role: "medical registrar",
    text: `What? A 67-year-old man came through the front door at 02:00 with rigors, a heart rate of 128 and a lactate of 4.8. He had been sent in by his GP with "?UTI" and had waited three hours in the corridor. I started the Sepsis Six myself because the FY1 was stuck in resus with a GI bleed.

So what? Everything we teach says antibiotics within the hour, and yet the delay was not knowledge, it was flow. NICE NG51 (2016) and the 2024 update both assume a person is free to act. The nurse in charge, Bernie, had twelve patients. Our outreach nurse, Callum, was at a peri-arrest on the surgical floor. I did the cultures, gave the piperacillin-tazobactam and the first 500 mL of Hartmann's, and only then did the harm of those three hours feel real. He went to HDU on noradrenaline.

Now what? I have asked to present at the next M&M with Dr Okonjo, our sepsis lead, and I want to argue for a screening nurse in the corridor on winter nights. I also want to stop telling myself that being fast is the same as being good. Being fast at 02:00 was only possible because I had stopped seeing anyone else.`,
  },
  {
    id: "uk-free-003",
    setting: "duty of candour",
    role: "medical registrar",
    text: `On ⟦DATE|14 February⟧ I sat in the relatives' room on ⟦FACILITY_ROOM|Ward 9 at the Royal Hallamshire⟧ with ⟦NAME|Gareth Whitlow⟧, whose mother, ⟦NAME|Mrs Janice Whitlow⟧, had a pulmonary embolism after two missed doses of enoxaparin. It was my first duty-of-candour conversation as the registrar rather than the person taking notes.

I had rehearsed it with our governance lead, Sunita, who told me to say sorry early and say it plainly. So I did: "We did not give your mum two doses of her blood thinner, and that may have contributed to the clot. I am sorry." He was quiet for a long time, then asked whether she would have been fine otherwise. I said I didn't know, which was true and felt terrible.

What I learned: the Datix number and the timeline matter to us, but he wanted to know who would check her injections tonight. I wrote my name and the ward's number on the back of the leaflet and promised to ring him on ⟦DATE|Friday 16th⟧ with the investigation's scope. I rang. That call mattered more than the meeting.`,
  },
  {
    id: "uk-free-004",
    setting: "night shift",
    role: "FY1",
    text: `Three in the morning is a strange country. I have done six sets of nights now as an FY1 in a large hospital in the north-east, and I want to write about the people who are awake with me, because they are the ones I will remember.

Kev is a porter. He has worked nights for nineteen years, knows which lift sticks between the third and fourth floors, and once talked me down from a panic about a potassium of 6.9 by pointing out that I had already given the calcium gluconate and the insulin-dextrose and now had to wait like everyone else. He calls every patient "boss" and every doctor "doc", including the consultants, and nobody minds.

Reverend Tunde Adebayo is the on-call chaplain. I bleeped him for the first time last month for a man in his eighties with advanced Parkinson's who was dying on the respiratory ward, and whose wife had asked for "someone religious, any kind". He came in within forty minutes, sat with her, said very little, and left me a note in the doctors' office that said "thank you for calling". I didn't know chaplains wrote notes to doctors.

Precious, the healthcare assistant on the elderly care ward, is the best delirium screener in the building. She notices when a woman who was reading the Metro at 22:00 can't find the call bell at 01:00, long before the 4AT says so.

And there is Dr Hughes, my registrar, who sleeps for precisely zero minutes and answers every bleep with "go on then".

What I have learned is that the night is run by people whose names are not on the rota I was given. My medical school taught me Cushing's triad, Kussmaul breathing and the Glasgow Coma Scale. It did not teach me that a porter's knowledge of lifts is clinical information, or that a chaplain can be the person who makes a dying man's wife stop shaking.

Next rotation I will learn the night team's names in my first hour, not my sixth week. It should not have taken me this long.

— Ellie, FY1`,
  },
  {
    id: "uk-gibbs-005",
    setting: "stroke",
    role: "FY2",
    text: `Description
⟦NAME|Mr Huw Pritchard⟧ came in by ambulance at 03:10 on ⟦DATE|Saturday 8 June⟧ with a left facial droop and a dense right arm weakness. He farms sheep above ⟦LOCATION|Cwm-y-Glo⟧ and had been found by his wife, ⟦NAME|Megan⟧, in the lambing shed. Last known well was uncertain, which is the whole story.

Feelings
I felt the clock like a weight. NIHSS 14. CT showed no bleed. The stroke registrar was on the phone from the other site and kept asking me "when was he last seen normal?", and Megan kept saying "supper, then he went out", which could have been 20:00 or 23:30.

Evaluation
We could not thrombolyse safely on that history. CT perfusion helped; he went for thrombectomy transfer at 05:00.

Analysis
I had assumed the time would be in the paramedic notes. It wasn't. Next time I ask the family first, before the scan, and I ask about the last phone call, the television programme, the dog being let out.

Action plan
Read the 2023 National Clinical Guideline for Stroke section on wake-up strokes again. Learn to drive the perfusion software myself.`,
  },
  {
    id: "uk-comment-006",
    setting: "ceiling of care",
    role: "consultant (mentor comment)",
    text: `Lovely piece, Priya. The bit where you stopped the ceiling-of-care conversation to ask what he already understood is exactly right, and it is the bit most of us skip at 3am. One thing to try next time: write the ceiling in the notes in the family's words as well as ours. "Ward-based care" means nothing to a son at a bedside. Happy to go through it at Thursday teaching. — Dr Marsh`,
  },
  {
    id: "uk-free-007",
    setting: "complaint",
    role: "core medical trainee",
    text: `A complaint landed on my consultant's desk this week and she asked me to draft the reply, which is how I learned how much harder apologising is on paper than in person.

⟦NAME|Mrs Isobel Rennie⟧ (CHI ⟦ID|${nhs("140331 412")}⟧) was on our ward in Dundee for nine days with a urinary sepsis and a prolonged delirium. Her daughter, ⟦NAME|Fiona⟧, wrote from ⟦EMAIL|fiona.rennie.hairdesign@btinternet.com⟧ to say her mother had been left in a wet bed overnight on ⟦DATE|2 March⟧, that nobody phoned when she fell, and that a doctor (me, it turns out) had told her mum was "pleasantly confused". That last phrase I did write in the notes. I meant it kindly. On paper it reads as if I wasn't bothered.

Drafting the reply with our patient experience team, I noticed how quickly I reached for context: staffing, the norovirus closure, the fact that the fall happened during a power cut. All true. None of it answers why Fiona was not rung.

The final letter says sorry three times, explains what changed (falls now trigger a family call before the end of the shift, and it is on the handover template), and invites her in. I took "pleasantly confused" out of my vocabulary.`,
  },
  {
    id: "uk-free-008",
    setting: "handover",
    role: "FY1",
    text: `My weekend handover template, shared after a few people asked at FY1 teaching. Patient details removed; this is the structure, with the sort of thing I write.

**Patient A** (CAP, day 3): NEWS2 2, improving. Switch IV to oral amoxicillin if afebrile for 24 hours. No jobs unless CRP rises.
**Patient B** (decompensated alcohol-related liver disease): on Pabrinex, CIWA scoring. Watch for Wernicke's: ataxia, ophthalmoplegia, confusion. If sodium drops below 125, discuss with reg.
**Patient C** (new AF, on bisoprolol 2.5 mg): rate 110-130. Has had digoxin loading. Echo booked Monday.
**Patient D** (end of life): on syringe driver, midazolam 10 mg and morphine 10 mg over 24 hours. Family aware. Just keep comfortable; call palliative care on-call if agitation not settled.

What I learned writing these: handover is a letter to a tired stranger. Put the action first, the reason second, the backstory never. The reg reading it at 23:00 does not need the 2019 colonoscopy.

Thanks to Dr Ahmed for the "if X then Y" format, which I stole from her completely.`,
  },
  {
    id: "uk-what-009",
    setting: "falls",
    role: "FY1",
    text: `What?
⟦NAME|Edna Fairbrother⟧ is ⟦AGE|96⟧ and introduced herself to me as "the one who keeps falling over, dear". She came in from ⟦FACILITY_ROOM|Hollybank House⟧ after her fourth fall since Christmas, this time with a long lie and a CK of 3,400. On the ECG she was paced. I asked the cardiac physiologist to interrogate the device: pacemaker serial ⟦DEVICE|PXR604173N⟧, normal function, no arrhythmia logged at the time of the fall.

So what?
I had assumed cardiac syncope and wanted it to be that, because it would be fixable. It was her new amitriptyline, her orthostatic drop of 30 mmHg and a pair of slippers a size too large. Falls in frail older people are almost never one thing. My consultant, Dr Iyer, reminded me about the STOPP/START criteria; she also pointed out I had not watched Edna walk.

Now what?
Lying-standing BP on every fall admission, a medication review before anything else, and I now watch the patient get up from the chair. Edna, for the record, walks very fast and talks the whole time.`,
  },
  {
    id: "uk-free-010",
    setting: "delirium",
    role: "IMT1",
    text: `I have been thinking about delirium since my granny in Leeds was admitted last year and stopped recognising my dad for three days. As a doctor I knew the words: hyperactive, hypoactive, mixed. As a granddaughter I watched her pick at the sheets and whisper to the curtain and I understood none of it.

On the ward now I try to do three things. First, the 4AT on every admission over 65, not just the ones who look confused, because hypoactive delirium looks like someone having a nice rest. Second, I look for the usual culprits before reaching for haloperidol: constipation, urinary retention, pain, hyponatraemia, new opioids, the cyclizine someone added at 02:00. Third, I tell the family what delirium is. The leaflet is fine, but people need to hear that it is the brain under strain, that it often improves, and that it is not the start of Alzheimer's even though it can unmask it.

If I need an antipsychotic I go low and slow, 0.5 mg, and never in anyone with Parkinson's or Lewy body dementia. Dr Sofia Laine, who ran our geriatrics teaching, used to say "delirium is an emergency that looks like nothing". I think about that a lot.`,
  },
  {
    id: "uk-comment-011",
    setting: "stroke",
    role: "FY2 (peer comment)",
    text: `I think I clerked ⟦NAME|Mr Pritchard⟧ on the Sunday when he came back from the thrombectomy centre, ⟦FACILITY_ROOM|bed 14 on the stroke unit⟧. He was already lifting his arm off the pillow and asking about the ewes. Totally agree about asking the family first. I now ask "what was on the telly?" because people remember that better than the clock.`,
  },
  {
    id: "uk-free-012",
    setting: "ward round",
    role: "IMT2",
    text: `Ward-round write-up from Professor Helen Marsh's Thursday teaching round, which I try never to miss.

1. A woman with right upper quadrant pain: Prof Marsh made us all examine for Murphy's sign and then asked why it is less reliable in older people (blunted pain response, different presentation of cholecystitis). Then Courvoisier's law, and why it is a law with exceptions.
2. A man with a painless jaundice and weight loss: Virchow's node, Trousseau's sign, and a long detour into what we say when a CT suggests pancreatic cancer but nothing is confirmed. "Say what you know, say what you don't, say when you'll know more."
3. A young man with ascending weakness after a diarrhoeal illness: Guillain-Barré until proven otherwise. FVC twice a day, not his saturations. She made the FY1 measure it in front of us.
4. Hyponatraemia (Na 118) in a woman on sertraline and indapamide. SIADH versus diuretic, serum and urine osmolality, and a reminder that correction should be no more than 8-10 mmol/L in 24 hours.

What I took home: her habit of asking the patient "what are you most worried about?" at the end of every bedside discussion. Three of the four said something we had not covered.`,
  },
  {
    id: "uk-free-013",
    setting: "escalation",
    role: "medical registrar",
    text: `This is a long one, and I have changed almost nothing, because I think the details are the point.

⟦NAME|Tommy Gale⟧ was ⟦AGE|93⟧, and he was, as he told every nurse on ⟦FACILITY_ROOM|Ward 22 at Derriford⟧, ⟦OTHER|the last ferryman on the Cremyll crossing who still rowed it⟧. He came in on ⟦DATE|Boxing Day⟧ with aspiration pneumonia. His NEWS2 rose from 4 to 9 over my night. At 01:30 his saturations were 84% on 6 litres, his respiratory rate 34.

The question of escalation had not been asked on the day. There was no ReSPECT form. His notes said "for full escalation" in the admission clerking, written at 16:00 by a tired FY2 who had twelve other patients.

I rang his daughter, ⟦NAME|Carol⟧, at 01:45. I said her dad was very unwell and I needed to understand what mattered to him. She said, immediately, "he doesn't want a tube. He's said it since Mum died." I asked whether he had ever said what he would want instead, and she said "to see the water".

I spoke to the ICU registrar, Dr Kaur, who came and saw him anyway, which I appreciated. We agreed a ceiling of ward-based care with high-flow oxygen and antibiotics, and to stop if he was distressed. I wrote it down in the family's words. I documented who I spoke to, when, and why.

He lived another two days. On the second afternoon a nurse wheeled his bed to the window at the end of the bay, where you can see the Tamar if you lean.

What I would change: these conversations should happen in daylight. I have now written a short proposal for our acute take: every patient over 85, or with a NEWS2 of 5 or more on admission, gets an escalation decision documented before the post-take ward round ends. I took it to Dr Olumide, our clinical lead, who said "good, now make it three lines, not three pages".

What I won't change: asking families what the person would say, not what they want for him.`,
  },
];
