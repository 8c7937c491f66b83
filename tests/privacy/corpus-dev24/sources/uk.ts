import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): surgical trainees, theatre nurses, anaesthetists, students. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "general surgery on call",
    role: "foundation doctor",
    text: `**Description**
Second night of my first surgical on-call block. At 01:40 the reg asked me to start the consent conversation for a laparotomy with ⟦NAME|Mr Harold Pennington⟧, who is ⟦AGE|93⟧ and had come up from ED with a CT showing free air. He was in ⟦FACILITY_ROOM|bay 2, bed 5 on Ward 24 at the Northern General⟧ and his daughter ⟦NAME|Gillian⟧ was on speakerphone from Doncaster.

**Feelings**
Honestly I felt like a fraud. I know the Montgomery judgment (2015) word for word from med school, but saying "there is a real chance you will not survive this operation" to a man who had just asked me for a cup of tea is different.

**Evaluation**
What went well: I sat down, I stopped talking, and I let him ask. P-POSSUM put his mortality at 38%. He asked whether he would end up "with a bag". He would not sign until ⟦NAME|Gillian⟧ had spoken to Mr Adebayo, our consultant, which was exactly right.

**Analysis**
The NELA data and our own audit say older patients are under-consented for what recovery actually looks like. I gave numbers; I did not give a picture of the week after.

**Conclusion and action plan**
Next time I will ask "what matters most to you" before the risk list, and I will get the ceiling-of-care discussion documented before theatre, not after. He went to theatre at 04:15 on ⟦DATE|Thursday 6 March⟧ and is, as of today, sitting out in a chair.`,
  },
  {
    id: "uk-what-002",
    setting: "never event near miss",
    role: "theatre nurse",
    text: `**What?**
Regional block list, six patients, two of them for right-sided shoulder surgery and one left. Between the second and third patient the arrow on the skin had been partly wiped by the chlorhexidine. The anaesthetist, Dr Farah Siddiqui, had the needle in hand and the ultrasound probe on the wrong side when I said "Stop Before You Block" out loud. It felt rude. It was the most useful thing I said all year.

**So what?**
Wrong-site block is on the NHS England Never Events list (the 2018 framework, still in force). The Safe Anaesthesia Liaison Group campaign has been around since 2011 and we all know the poster. Knowing it was not what made me speak; what made me speak was that Sister Kaur had done exactly that in front of me three weeks earlier, on my first day in the anaesthetic room, and nothing bad happened to her.

**Now what?**
I have asked our practice educator, Tom Reilly, to add a "stop moment" scenario to the band 5 induction. I also want us to re-mark the site after prep when it smudges, not just squint at it. Dr Siddiqui thanked me at the end of the list and told the consultant, which I did not expect. Reflecting for my revalidation: speaking up is a skill, and skills are practised, so I am going to keep practising it.`,
  },
  {
    id: "uk-free-003",
    setting: "ENT cochlear implant clinic",
    role: "ENT registrar",
    text: `Switch-on day in the implant clinic is usually the happiest morning of my month, and this one nearly went sideways. ⟦NAME|Amelia Hussain⟧, four years old, had her right cochlear implant put in on ⟦DATE|14 January⟧. Her mum, ⟦NAME|Rukhsana⟧, had emailed the night before from ⟦EMAIL|rukhsana.hussain.84@outlook.com⟧ asking if we could move the appointment because ⟦NAME|Amelia⟧ had a cold.

We saw her anyway. The audiologist, Priya, did the mapping. When we checked the processor against the notes, the implant serial did not match the record: the chart said one thing, the device in her head reported ⟦DEVICE|CI24RE-5821937⟧. Someone had typed the serial from the spare box in theatre.

Nothing harmful happened. But if there had been a recall notice, the family would never have heard. It made me think about all the invisible bits of surgery that live only in a database. We put in a Datix, corrected the record, and I have started reading the serial back aloud in theatre the way we read back blood products.

⟦NAME|Amelia⟧, for the record, turned round at the sound of her mum's voice at 11:20 and then cried, and then so did everyone else in the room, including me.`,
  },
  {
    id: "uk-free-004",
    setting: "orthopaedics hip fracture",
    role: "medical student",
    text: `Week three of my trauma and orthopaedics placement and I have finally understood why the hip fracture unit runs like a railway timetable. Surgery within 36 hours, orthogeriatric review within 72, first mobilisation the day after surgery: NICE CG124 from 2011, still the backbone. Mr Okonkwo, the consultant, makes every student quote the Nottingham Hip Fracture Score before we are allowed to hold a retractor.

What struck me most was not the operating. It was the delirium. Three of the five patients I followed this week were confused by day two, and the 4AT was positive on all three. One lady of 87 kept asking for her husband, and the healthcare assistant, Bev, just sat with her and talked about the weather on the coast where she had grown up. That did more than the haloperidol the night FY1 had been considering.

My own grandmother broke her hip in 2019 at 84 and I remember thinking the surgeons had "fixed" her. She never walked to the shops again. Seeing the other side, I understand that the fixing is the easy part. I want to go back and ask Bev how she learned to do what she does, because nobody teaches that in a lecture on the Garden classification.`,
  },
  {
    id: "uk-comment-005",
    setting: "peer comment",
    role: "anaesthetic registrar",
    text: `Really good reflection. The bit about the chlorhexidine wiping the arrow is something I have seen twice, and both times we only caught it because someone was fussy. Worth raising at the regional anaesthesia meeting in Leeds next month; Dr Whitworth is collecting stop-moment stories for the SALG update. Well done for saying it out loud. That is the hard part. — Jo, ST6 anaesthetics`,
  },
  {
    id: "uk-what-006",
    setting: "ophthalmology cataract list",
    role: "ophthalmology trainee",
    text: `**What?**
A near miss with an intraocular lens. Routine list, eight cataracts. Patient four was ⟦NAME|Mrs Doreen Whitlock⟧, NHS number ⟦ID|${nhs("450 557 710")}⟧, date of birth ⟦DATE|02/11/1931⟧, booked for a left phaco with a +21.5 D lens. The lens on the trolley was +24.0 D, the biometry for the patient after her on the list. I noticed only because the box label and the WHO sign-in sheet used different fonts and I looked twice.

**So what?**
Wrong IOL implantation is a Never Event. The Royal College of Ophthalmologists' 2018 guidance says the lens should be checked against the biometry at the time-out and again before opening. We did the time-out. We did not do the second check, because the list was running 40 minutes late and the scrub nurse was new. I am not blaming her; I was the one holding the paperwork.

**Now what?**
We implanted the correct lens, serial ⟦DEVICE|SN60WF-118457203⟧ recorded in the notes, and she was home by 2pm with her daughter. I wrote it up, and at our governance meeting Mr Chaudhry, our lead, agreed to a single lens per patient in the theatre at any one time. My learning: lateness is when the checks quietly disappear, so lateness is when I should slow down.`,
  },
  {
    id: "uk-free-007",
    setting: "anaesthesia difficult airway",
    role: "anaesthetic trainee",
    text: `Difficult airway on a Tuesday afternoon in Glasgow, elective thyroidectomy. Mallampati 3, thyromental distance short, big goitre on the scan. My consultant, Dr Morag Fraser, had planned it with me the day before: awake fibreoptic, remifentanil, topical lidocaine, and a clear "plan B, C and D" written on the whiteboard, exactly as the Difficult Airway Society 2015 guidelines lay out.

It went well and that is not why I am writing. I am writing because I noticed my hands were shaking while I was spraying the cords, and nobody else in the room seemed to notice, and I spent the next hour wondering whether I am cut out for this.

I talked to Morag at the end of the list. She said her hands still shake sometimes and that she would rather work with someone who notices their own hands than someone who does not. She told me about her first CICO drill in 2004 and how she nearly fainted. I laughed, which helped.

Things I will take forward: plan out loud, write the plan where everyone can see it, and do not confuse adrenaline with incompetence. I have signed up for the next airway course in Edinburgh, and I am going to practise front-of-neck access on the mannequin until it is boring.`,
  },
  {
    id: "uk-gibbs-008",
    setting: "burns unit",
    role: "burns nurse",
    text: `Description: ⟦NAME|Kyle⟧ came to us in ⟦FACILITY_ROOM|Welsh Centre for Burns, bed 6⟧ after a bonfire went up with petrol, 18% TBSA, mostly partial thickness to his arms and chest. He is 17 and furious about everything. On my third shift his younger sister posted a photo of his dressings on TikTok under ⟦OTHER|@kylesbaby.sis⟧ with the caption "pray for my brother", and within hours strangers were commenting about the hospital.

Feelings: I felt protective and also a bit sick. That photo had the whiteboard behind him with his name on it.

Evaluation: the family were not doing anything wrong in their eyes. His mum, ⟦NAME|Lisa Pritchard⟧, was mortified when I explained. She rang me back later from ⟦PHONE|07700 900418⟧ to say the post was down.

Analysis: burns patients are visible in a way other surgical patients are not. Dressings, grafts, the Parkland formula running on the pump, all of it looks dramatic. Teenagers live online. Our unit policy on photography is written for staff, not for visitors.

Conclusion: I could have explained earlier, on admission, in the same way we explain visiting hours.

Action plan: I have drafted a one-page leaflet with our play specialist, Ceri, about photos and social media for families, and we are trialling it next month.`,
  },
  {
    id: "uk-free-009",
    setting: "paediatric surgery ward",
    role: "children's nurse",
    text: `I have worked on the paediatric surgical ward for six years and pyloric stenosis admissions still follow the same script. Projectile vomiting, a hungry baby, a hypochloraemic alkalosis on the gas, and two parents who have not slept for a week. We correct the fluids first. The surgeons always want to operate sooner than we are ready; the anaesthetists always want the chloride over 100 and the bicarbonate under 28 before they will touch the baby.

This week a young dad asked me why we were "waiting around" when the scan had already shown the problem. I explained Ramstedt's pyloromyotomy, which is a beautiful little operation, and then I explained why a baby with a bicarb of 35 can stop breathing after an anaesthetic. He went quiet and then said, "So the waiting is the treatment." Exactly.

I think about the waiting room a lot. Parents sit there during a 25-minute operation and it feels like five hours. Our play specialist has started giving them a pager like the ones in restaurants, and it has cut the number of times they come to the nurses' station by half. Small things.

Note to self for my portfolio: the best explanations I give are the ones where I let the parent say the conclusion.`,
  },
  {
    id: "uk-comment-010",
    setting: "peer comment",
    role: "clinical nurse educator",
    text: `Thank you for writing this up. I remember ⟦NAME|Kyle⟧ from the handover, and the whiteboard point is a good catch: names on boards are our own leak, not just the family's. I will take the leaflet draft to the burns governance group. Could you and Ceri present it at the June teaching day? Ten minutes is plenty. — Helen (practice educator)`,
  },
  {
    id: "uk-free-011",
    setting: "urology morbidity meeting",
    role: "core surgical trainee",
    text: `Presented my first M&M case this morning and I am still shaking slightly. The case was a TURP that developed TURP syndrome: sodium down to 119 an hour after the procedure, confusion, bradycardia. We use bipolar resection with saline now, so it should not happen, but the kit had failed and the team reverted to monopolar with glycine for the second half.

The discussion was better than I feared. Mr Patel, the consultant who did the case, stood up and said it was his decision and that he would make a different one next time. Nobody went looking for a junior to blame. The anaesthetist explained why spinal anaesthesia helps you catch confusion early, which I had read about but never seen in practice.

Things I learnt:
- Write down the irrigation fluid and volume on the board.
- A sodium of 119 in a 72-year-old is an emergency even if they "look fine".
- Hypertonic saline is slower than you think and faster than you want.

I also noticed how much better the room felt when the consultant owned the decision. I want to be that sort of surgeon. I am going to ask Ms Osei, my assigned educational supervisor, whether I can present again in the autumn, this time on Fournier's gangrene, which we have seen three times since Christmas.`,
  },
  {
    id: "uk-what-012",
    setting: "neurosurgery chronic subdural",
    role: "neurosurgical registrar",
    text: `What? ⟦NAME|Mr Seamus Doherty⟧, ⟦AGE|aged 96⟧, was transferred to us from ⟦FACILITY_ROOM|Causeway Hospital⟧ with a left chronic subdural haematoma after a fall at home. GCS 14, a new right-sided weakness, on apixaban for AF. His nephew ⟦NAME|Brendan⟧ gave me the address for the ambulance transfer back: ⟦ADDRESS|12 Mill Brae, Bushmills BT57 8QJ⟧. He lives alone and had been lying on the floor until the postman noticed the milk.

So what? Burr-hole drainage for a chronic SDH is one of the most satisfying operations in neurosurgery and one of the least understood by families. ⟦NAME|Brendan⟧ kept asking whether his uncle was "having brain surgery at his age". The honest answer is yes, and also that the Glasgow Coma Scale and the weakness were likely to improve within days. The recurrence rate with a drain is around 10% since the Santarius trial in 2009.

Now what? I need a better way to explain burr holes to families. I also need to remember that the discharge is the hard part: where he goes next, who checks on him, whether apixaban restarts. I have asked the frailty team to see him before we send him back. And I am going to stop saying "just a small hole".`,
  },
];
