import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales, Northern Ireland): pharmacy, lab, imaging and therapy reflections. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "hospital pharmacy",
    role: "pharmacist",
    text: `
**Description.** On my second week as a rotational band 6 pharmacist I was doing medicines reconciliation on ⟦FACILITY_ROOM|Ward 22, bay 4 at Morriston⟧. ⟦NAME|Mr Alan Pryce⟧ (DOB ⟦DATE|14/02/1931⟧, NHS ${"⟦ID|" + nhs("485 777 312") + "⟧"}) had come in after a fall. His GP summary listed apixaban 2.5 mg BD, but the carrier bag his daughter brought in also held a half-used box of warfarin 1 mg from a previous admission. The admitting FY1 had charted both.

**Feelings.** My stomach dropped. He was ⟦AGE|93⟧, frail, with a Waterlow of 18, and the first warfarin dose was due at 18:00.

**Evaluation.** The system worked, just. The drug chart was caught before administration, and Dr Bethan Rees changed it within ten minutes once I bleeped her. What went badly was that nobody had asked the family what he was actually taking at home, and the bag had been sitting in his locker for a day.

**Analysis.** Reconciliation is meant to use at least two sources, and the bag was the second source, but nobody opened it. The NICE NG5 (2015) guidance is clear about this. I also noticed that I was hesitant to bleep a doctor I had not met.

**Conclusion.** Open the bag. Ask the daughter. Bleep early.

**Action plan.** I now check patients' own drugs before signing off reconciliation, and I have asked our lead, Huw, whether we can put a "POD checked" box on the admission proforma.
`,
  },
  {
    id: "uk-what-002",
    setting: "blood bank",
    role: "biomedical scientist",
    text: `
**What?** Last month a group and screen sample came down to the transfusion lab from the acute medical unit. Our LIMS flagged it straight away: the historical group was O RhD positive, the new sample grouped as A RhD positive. A classic wrong blood in tube, caught because the patient already had a record. If it had been a first sample, and if crossmatched red cells had been issued on it, the outcome could have been an ABO-incompatible transfusion, which is exactly the never event we all train against.

**So what?** I am a trainee biomedical scientist and I had read the BSH 2017 guideline on pre-transfusion compatibility procedures, including the two-sample rule, without really feeling why it mattered. Seeing the two results side by side made it real. My senior, Priya Chauhan, rejected the sample, phoned the ward sister, and we filed a Datix and a SHOT report the same afternoon. The ward later found that two patients with similar surnames had been bled by the same phlebotomist from pre-printed labels at the nurses' station, not at the bedside.

**Now what?** I have started doing the SHOT e-learning module and I am presenting this case, fully anonymised, at our departmental teaching next month. I want to argue for bedside label printing on the acute units. I also learned that the lab's quietest safety net is the historical record, and that a first-time patient has no such net at all.
`,
  },
  {
    id: "uk-free-003",
    setting: "community pharmacy",
    role: "pre-registration pharmacist",
    text: `
One of the jobs I did not expect to reflect on during my foundation year was the delivery round. Our pharmacy sends out weekly blister packs, and on Thursdays I sometimes ride along with the driver, Kev, to check that patients are managing.

⟦NAME|Mrs Edna "Ed" Whitworth⟧ lives at ⟦ADDRESS|Flat 2, 41 Wellfield Road, Rochdale OL11 1QJ⟧. The delivery note says to ring ⟦PHONE|07700 900318⟧ first because she takes a long time to reach the door with her frame. This week she did not answer. Kev wanted to leave the bag with a neighbour, which is what he usually does. I felt uneasy, because the previous week's pack was still on her kitchen table, untouched, when we last visited on ⟦DATE|Thursday 7 March⟧.

We rang her son, who came round with a key. She was on the floor of the bathroom, conscious, cold and confused. She had missed five days of her levothyroxine, amlodipine and sertraline. The paramedics took her in.

What I keep coming back to is how close we came to treating the blister pack as the unit of care. The pack is a logistics product. It does not tell you whether anyone is swallowing the tablets. My supervisor, Nadia, said that untouched packs should be treated like a missed appointment, and we now have a simple rule: two untaken packs in a row triggers a phone call to the GP surgery.

I also reflected on how easy it is to feel that a "delivery" is not clinical work. It turned out to be the most clinical thing I did that week.
`,
  },
  {
    id: "uk-free-004",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
My placement this term is in an MSK outpatient department, and one of the first patients I assessed alone was a 34-year-old five-a-side footballer who felt "someone kick the back of my ankle" when nobody was behind him. He had been told in A&E that it was a calf strain.

I did the Simmonds–Thompson test with him prone and his feet off the end of the bed. Squeezing the right calf produced plantarflexion; squeezing the left produced nothing. There was a palpable gap about 4 cm above the calcaneal insertion. Matles test was positive too. I was shaking a bit when I went to find my educator, Gareth Lloyd, because I was not sure a student was allowed to contradict an emergency department diagnosis.

Gareth re-examined him, agreed, and we arranged an urgent ultrasound and a referral to the fracture clinic. It was a complete Achilles tendon rupture. He went into a VACOped boot in equinus and started the functional rehabilitation protocol that our trust adopted after the UKSTAR trial.

What did I learn? First, that Thompson's test takes fifteen seconds and should be done on anyone with posterior ankle pain after push-off. Second, that "calf strain" can be a diagnosis of convenience late on a Friday. Third, and more personally, that I should trust a clear examination finding even when it contradicts someone more senior. Gareth told me that the worst thing I could have done was stay quiet. I am writing that on the inside of my notebook.
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "speech and language therapy",
    role: "speech and language therapist",
    text: `
**Description**

I was asked to review ⟦NAME|Jessie⟧ on ⟦FACILITY_ROOM|Ward 4 at Raigmore⟧ after she coughed on her morning porridge. Her CHI number (${"⟦ID|" + nhs("120328 471") + "⟧"}) tells you most of the story: she was born on ⟦DATE|12 March 1928⟧ and turned ⟦AGE|96⟧ the week before. She had come in with a chest infection, and the ward had her on IDDSI level 7 regular food and thin fluids.

**Feelings**

I felt protective of her and slightly cross, which is not a helpful starting place.

**Evaluation**

My bedside assessment showed a delayed swallow trigger, wet voice after thin water, and good oral control. I recommended level 4 puréed and level 2 mildly thick fluids as a short-term measure and asked for a videofluoroscopy.

**Analysis**

The difficult part was ⟦NAME|Jessie⟧ herself. She told me, very clearly, "I'm not eating baby food at my age." She had capacity. We talked through the risk of aspiration pneumonia, and she chose to keep eating soft normal food and to take thickened drinks only. I documented it as an informed choice, with her consultant, Dr Morag Fraser, in agreement.

**Conclusion**

Dysphagia management is not only about the safest texture. It is about what a person is willing to live with.

**Action plan**

I am reading the RCSLT guidance on eating and drinking with acknowledged risks, and I will use its wording in my notes next time.
`,
  },
  {
    id: "uk-what-006",
    setting: "dentistry",
    role: "dental foundation trainee",
    text: `
**What?** A man in his sixties came in asking for his lower denture to be eased because it was rubbing. He had worn the same acrylic denture for about twenty years. When I lifted it out there was a 1.5 cm indurated ulcer on the left lateral border of the tongue, exactly where the flange sat. He smokes twenty a day and drinks most evenings. He was adamant that it was "just the denture".

**So what?** I had to decide whether this was traumatic ulceration that would heal if the denture was adjusted, or something more sinister. My educational supervisor, Mr Khalid Anwar, reminded me of the rule we were taught at dental school: adjust the cause, review in two to three weeks, and refer if it has not healed — but any ulcer that is indurated, fixed, or in a high-risk site in a high-risk patient goes on the two-week-wait pathway now. This one ticked every box. I was worried about scaring him, and I noticed that I softened my language too much at first. He asked me straight out whether it was cancer, and I had to say honestly that it might be.

**Now what?** We sent an urgent suspected cancer referral to the oral and maxillofacial team that day, adjusted the denture, and gave him chlorhexidine mouthwash and smoking-cessation information. I now examine the whole mouth with the denture out at every visit, not just the area the patient points to. I have also practised, with my supervisor, how to say "this needs to be checked quickly" without either hiding the truth or frightening someone into not going.
`,
  },
  {
    id: "uk-free-007",
    setting: "occupational therapy",
    role: "occupational therapist",
    text: `
Home visits are still the part of my job I find most revealing. Last week I went with a rehab assistant to see ⟦NAME|Mrs Bridget "Bridie" McAleer⟧ before her discharge. She lives on her own in a farmhouse in the townland of ⟦LOCATION|Drumskinny⟧, at the end of a lane her late husband never got round to tarring.

Her manual wheelchair, serial ⟦DEVICE|KM-8520-NI-44781⟧, arrived from the wheelchair service the day before. It would not go through the back door, which is the only door with a level threshold. The front door has two stone steps. The bathroom is upstairs. Her Barthel index on the ward had been 55/100, and I had written in my notes that she was "suitable for home with a package of care". Standing in her yard, that sentence felt naive.

We measured everything. The doorways are 68 cm; the chair is 64 cm wide at the push rims, so with her hands on the rims she scraped her knuckles. We tried a narrower frame, planned a ramp and a commode downstairs, and I had a hard conversation with her nephew, ⟦NAME|Declan⟧, who wanted her "in a home now, for her own good".

⟦NAME|Bridie⟧ wanted to go back to her own kitchen. She had capacity and she was clear. My job was to make that as safe as it can be, not to decide it for her.

I learned that a Barthel score measures a person in a ward. It says nothing about a lane, a step and a door that is 4 cm too narrow.
`,
  },
  {
    id: "uk-free-008",
    setting: "obstetric ultrasound",
    role: "medical student",
    text: `
I spent a morning with the sonographers on my obstetrics block in Cardiff, mostly in the dating and nuchal scan clinic. I went in expecting to learn how to measure crown–rump length. What I actually learned about was silence.

The senior sonographer, Lorraine, has a rule: she does not turn the screen toward the couple until she has looked at everything. In the third scan of the morning there was no heartbeat. Lorraine kept her voice level, said "I'm just going to take a bit longer to look," and then asked a colleague to come and confirm. Those two minutes felt endless to me and must have felt far longer to the woman on the couch. Lorraine then said, simply, "I'm so sorry, I can't find a heartbeat," and stopped talking. She let the woman cry before she said anything else.

Afterwards she told me that sonographers in the UK are expected to give findings directly now, following the Society and College of Radiographers guidance from 2021, and that she would rather do it herself than send someone out to wait for a doctor. She also said she used to over-explain, filling the room with CRL numbers and percentiles because she was uncomfortable.

I have tended to fill silence in OSCE stations, where the marking scheme seems to reward talking. Watching Lorraine, I saw how much better it is to give one clear sentence and then wait. I want to practise that in the breaking bad news sessions next term.
`,
  },
  {
    id: "uk-what-009",
    setting: "optometry",
    role: "optometrist",
    text: `
**What?** On ⟦DATE|Tuesday 5 March⟧ I saw ⟦NAME|Mr Gwyn Probert⟧ for a routine sight test and found a raised IOP of 32 mmHg in the right eye with a suspicious disc. I referred him to the hospital eye service under the local glaucoma pathway and, because he is partially deaf and asked for it, I emailed a copy of the letter to his daughter. I typed her address from the record card: ⟦EMAIL|sian.probert1968@example.com⟧. It turned out the card had been updated by the receptionist, and I had used an old address that belonged to someone else with a similar name. I realised only when an out-of-office reply came back from a stranger's work account.

**So what?** I had sent his name, date of birth, practice record number ⟦ID|K4471902⟧ and a possible diagnosis to a person who had nothing to do with him. It was a data breach, not just an embarrassment. I felt foolish, but my practice manager, Delyth, was calm: we reported it to our data protection lead, asked the recipient to delete it, and told ⟦NAME|Mr Probert⟧ and his daughter what had happened. He was more worried about his eye than the email.

**Now what?** I no longer email clinical letters to family members. We send them through the NHS mail system to the hospital and give the patient a printed copy. I also learned that the GOC's duty of candour applies to small administrative mistakes as well as to clinical ones, and that saying sorry early makes the rest of the conversation easier.
`,
  },
  {
    id: "uk-comment-010",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
Really useful reflection, thank you. I qualified in 2009 and I still have a sticky note on the till that says "ask about allergies AGAIN". My tutor, Jo, drilled it into me after a penicillin near miss in my pre-reg year. Your point about checking the patient's own supply is exactly right. NICE, the RPS and the MHRA all say it, but it only sticks once you have been caught out.
`,
  },
  {
    id: "uk-comment-011",
    setting: "hospital pharmacy",
    role: "pharmacy technician",
    text: `
Good reflection, and the apixaban/warfarin trap is one we see every month. One thing though: I work at ⟦FACILITY_ROOM|Morriston⟧ and I'm fairly sure everyone here will recognise ⟦NAME|Mr Pryce⟧ from ⟦FACILITY_ROOM|bay 4 on Ward 22⟧, especially with his date of birth in the post. Could you take the bay and the NHS number out before this goes on the course blog? The learning stands without them.
`,
  },
];
