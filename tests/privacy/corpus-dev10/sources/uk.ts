import { nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** United Kingdom: England, Wales, Scotland and Northern Ireland. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "neurology",
    role: "FY1 doctor",
    text: `
Four months into FY1 in Cardiff and I finally understand why Dr Rhys Pritchard gets so cross about levodopa timings. On my first week he made me stand at the drug trolley with Bethan, our ward pharmacist, and work out what happens to a man with Parkinson's disease when his co-careldopa 25/100 is given at 10:40 instead of 08:00. The answer, it turns out, is a fall, a chest infection and a week longer in hospital.

Last night a patient in his seventies missed two doses because he was nil by mouth for a scope that got cancelled. Nobody did anything wrong, exactly. Everyone was busy. I was the one who noticed when his tremor came back and his swallow went, and I rang Rhys (he insists on first names) at 21:15. He talked me through dispersible alternatives and a rotigotine patch conversion, 4 mg per 24 hours, and checked my maths twice.

What I keep thinking about is how invisible a delayed tablet is compared to a missed antibiotic. The Parkinson's UK "Get It On Time" campaign has been going since 2006 and we still get it wrong.

I am going home to Aberystwyth for the Six Nations weekend, and my mam will ask what I have learned. This, I think: time-critical medicines are not a checklist item, they are somebody's ability to walk. — Ffion
`,
  },
  {
    id: "uk-gibbs-002",
    setting: "geriatrics",
    role: "nursing student",
    text: `
**Description.** On my second placement on ⟦FACILITY_ROOM|Ward 4C at Glasgow Royal Infirmary⟧ I was looking after ⟦NAME|Mrs Agnes McLeish⟧, who was ⟦AGE|93⟧ and had come in with a fractured neck of femur ⟦DATE|the morning after Burns Night⟧. Her CHI was ⟦ID|${nhs("120331 441")}⟧ and I still know it by heart because I checked it against her wristband four times a shift. ⟦NAME|Agnes⟧ was sharp as a tack and called every one of us "hen".

**Feelings.** I was frightened of getting her pain wrong. She kept saying she was "fine" while gripping the rail.

**Evaluation.** My mentor, Staff Nurse Kirsty Baird, showed me the Abbey Pain Scale and we scored her 11. After oral morphine 2.5 mg she slept for the first time in two days. Her daughter ⟦NAME|Fiona⟧ phoned from Oban every evening on ⟦PHONE|07700 900614⟧ and I learned to give an update without jargon.

**Analysis.** Older people under-report pain, and the 4AT we did on admission (score 2) did not tell the whole story.

**Conclusion.** Believe behaviour as much as words.

**Action plan.** I have booked the delirium module with Dr Iain Sutherland for January and I will practise the Abbey scale with every older patient, not just the quiet ones.
`,
  },
  {
    id: "uk-what-003",
    setting: "prehospital",
    role: "paramedic student",
    text: `
**What?** Third ride-out of the block with Northern Ireland Ambulance Service, crewed with Davy (everyone calls him Big Davy, he is about five foot six) and Siobhan, who is newly qualified. We were sent to a collapse in a house in west Belfast at 02:30. Man in his sixties, GCS 9 (E2 V2 M5), blood glucose 1.8 mmol/L. Davy talked me through IM glucagon 1 mg because we could not get a cannula, and twenty minutes later the patient was sitting up asking for a cup of tea and apologising.

**So what?** I had been so focused on the ABCDE drill from our OSCE in October that I almost skipped the glucose. Siobhan caught it. "DEFG — don't ever forget glucose," she said, which she learned from her tutor at Ulster University. I felt stupid and then I felt grateful, in that order.

**Now what?** I have written DEFG on the back of my hand for the rest of this block, which Davy finds hilarious. I am also reading the JRCALC 2022 hypoglycaemia guidance properly rather than skimming the flow chart on the M1 bus home to Lisburn. Next shift is Saturday, the night after the Ulster match, which Davy warns me will be lively.
`,
  },
  {
    id: "uk-free-004",
    setting: "GP placement",
    role: "GP registrar",
    text: `
I want to write about ⟦NAME|Mr Harold Ackroyd⟧ because I think I got him wrong for three visits running.

⟦NAME|Harold⟧ is a retired farmer who lives on his own at ⟦ADDRESS|Low Scar Farm, Lothersdale, Keighley BD20 8HF⟧, at the end of a track our practice nurse calls "the axle breaker". He is ⟦AGE|97⟧. He has heart failure, CKD stage 3b (eGFR 38) and a deep dislike of tablets. His NHS number, ⟦ID|${nhs("485 777 324")}⟧, has a warning flag on it that he declined the district nurses in 2023.

On my first visit I went in with NICE NG106 in my head and a list of titrations. Furosemide up to 80 mg, bisoprolol up to 5 mg. He listened politely and then asked whether any of it would let him see the lambing in April. I did not have an answer.

My trainer, Dr Hannah Lowther, asked me afterwards what ⟦NAME|Harold⟧ wanted rather than what his ejection fraction wanted. On the third visit I asked properly. He wanted to stay at home, to keep his sheepdog, and to not be woken at night to wee. We moved his diuretic to the morning, stopped two things, and wrote a ReSPECT form together.

I am not sure I would have got there without Hannah's question. The guideline is the floor, not the ceiling.
`,
  },
  {
    id: "uk-free-005",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
Our clinical pharmacy tutor, Mr Owusu, started Tuesday's seminar by reading from the Francis Report (2013) and then asking which of us had ever stayed quiet when something looked wrong. Nobody put their hand up, and then everybody did.

Mine was on my summer placement at a community pharmacy in Leicester. A prescription came in for methotrexate 10 mg daily. The pharmacist, Anjali, was on her lunch break and the locum technician wanted to get the queue down before the school run. I knew methotrexate for rheumatoid arthritis is weekly. I did not say anything for about four minutes, which felt like an hour, and then I did. Anjali rang the surgery; it was a transcription error. Nobody was harmed.

Mr Owusu talked about the Duthie Report, the Yellow Card scheme and the "Swiss cheese" model James Reason described in 1990. He said the holes line up not because people are lazy but because people are polite.

For my portfolio I am going to read "Black Box Thinking" by Matthew Syed over Christmas, and practise the PACE escalation phrases (Probe, Alert, Challenge, Emergency) with my study group — Tom, Grace and Imran — before the OSPE on 14 January.
`,
  },
  {
    id: "uk-gibbs-006",
    setting: "dental school",
    role: "dental student",
    text: `
**Description.** Fourth-year restorative clinic in Dundee on a Thursday afternoon. My supervisor, Mr Callum Fraser, asked me to explain to a nervous patient in her thirties why her lower left six needed root canal treatment rather than an extraction. I had rehearsed it. It still came out as a lecture about the pulp chamber.

**Feelings.** Embarrassed. I could see her gripping the arms of the chair, and I kept going because I did not know how to stop.

**Evaluation.** Callum stepped in, sat down at her eye level and asked what she was worried about. Her answer was the needle, not the tooth. Two minutes of talking about topical benzocaine 20% and articaine 4% and she was fine.

**Analysis.** Kolb would call this my concrete experience; Gibbs (1988) gives me the headings. What I actually learned is that I had answered the question I wanted to be asked. Our communication tutor, Dr Morag Henderson, calls this "the curse of the prepared script".

**Conclusion.** Ask first, explain second.

**Action plan.** Before every patient next term I will ask one open question before I say anything technical. I will also stop revising on the Tay Bridge train home to Kirkcaldy and actually sleep before clinic.
`,
  },
  {
    id: "uk-what-007",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
**What?** My patient this week was ⟦NAME|Dorothy Winterbottom⟧ — "call me ⟦NAME|Dot⟧, love" — who is ⟦AGE|ninety-six⟧ and lives at ⟦LOCATION|Ashgrove Lodge care home in Horsforth⟧. She had a total hip replacement after a fall on ⟦DATE|Friday 7 November⟧. Her Berg score on day three was 18/56 and she told me flatly she would be back to walking the corridor by Bonfire Night. (She was not; she was close.)

**So what?** My educator, Jo Whitaker, pointed out that I kept directing my explanations to ⟦NAME|Dot⟧'s grandson ⟦NAME|Liam⟧ rather than to her. He films her exercises for his TikTok, ⟦OTHER|@liam_and_nana_dot⟧, which has more followers than our whole cohort combined, and I think I was performing for the camera. ⟦NAME|Dot⟧ noticed before I did. "I'm the one with the new hip, pet."

**Now what?** I re-read the chapter on person-centred goal setting in Hengeveld and Banks, and set goals with ⟦NAME|Dot⟧ in her words: "get to the lounge for Strictly" and "sit in the garden". She reached the lounge on day six with a zimmer frame and one assist. I am also going to ask ⟦NAME|Liam⟧, kindly, to take the videos down.
`,
  },
  {
    id: "uk-free-008",
    setting: "medical education",
    role: "consultant and clinical tutor",
    text: `
Every August I watch a new group of students arrive at Sheffield and every August I forget how much they do not know about the unspoken rules. This year I asked them to tell me, anonymously, what they wished someone had told them in week one.

The answers were more honest than I expected. "That it's fine to call Dr Kumar 'Priya' when she asks you to." "That 'bleep 2244' means the switchboard, not a patient." "That you can say no to a cannula if you have already tried twice." "That everyone on the ward has read Kate Granger's #hellomynameis and still forgets to do it."

Miller's pyramid is very tidy on a slide: knows, knows how, shows how, does. The reality between "shows how" in the skills lab in Room G14 and "does" on a Friday night is where most of our students live, for a long time.

So this year I have changed my induction. Instead of a tour of the Hadfield Building I pair each student with a final-year buddy — Oliver, Zainab, Megan and Sanjay volunteered — and give them one hour to walk around and ask stupid questions. I borrowed the idea from Professor Trudie Roberts' work on near-peer teaching.

Early feedback is good. Megan reports that three students have asked her what "TTO" stands for, which is three more than would have asked me.
`,
  },
  {
    id: "uk-comment-009",
    setting: "medical education",
    role: "clinical tutor",
    text: `
Lovely reflection, Ffion. Rhys will be thrilled you wrote this up — he has been banging the time-critical medicines drum since he was my registrar at the Heath in 2014. You might look at the Parkinson's Excellence Network audit from 2019 for your portfolio. Bring it to Wednesday's teaching in the Cochrane Building and we will use it as the case. — Dr Elin Morgan
`,
  },
  {
    id: "uk-comment-010",
    setting: "geriatrics",
    role: "nursing student",
    text: `
Really moving post, but please edit it before the module lead sees it. You've got "⟦NAME|Mrs Agnes McLeish⟧, ⟦AGE|93⟧" and the CHI ⟦ID|${nhs("120331 441")}⟧ right there in the first paragraph, plus ⟦NAME|Fiona⟧'s mobile. Even ⟦FACILITY_ROOM|Ward 4C⟧ narrows it down. Kirsty showed us the Caldicott principles in first year for exactly this. Happy to help you rewrite it tonight. — Rachel
`,
  },
  {
    id: "uk-free-011",
    setting: "haematology",
    role: "medical student",
    text: `
When Professor Alan Rickinson's name came up in our haematology lecture on Epstein–Barr virus and Hodgkin lymphoma, my friend Carys leaned over and whispered that her gran had been treated for Hodgkin's in Swansea in the 1970s, back when the survival figures were terrible. It made the Reed–Sternberg cells on the projector feel less like a picture in Robbins.

I have been thinking about how history sits in a diagnosis. Thomas Hodgkin described seven cases at Guy's in 1832. The ABVD regimen that most of our patients get now — doxorubicin, bleomycin, vinblastine, dacarbazine — dates from the 1970s, and the RATHL trial results in 2016 changed when we stop bleomycin.

On the day unit this week I met a man in his twenties, two cycles in, who wanted to talk about anything except lymphoma: Swansea City, the Gavin and Stacey Christmas special, and whether Taylor Swift would ever play Cardiff again. Our nurse specialist, Gwen, said that is half the job — letting people be people for the forty minutes the infusion runs.

My end-of-block exam is on 9 December in Lecture Theatre B, and I am revising staging (Ann Arbor, Lugano 2014) on the train back to Llanelli every weekend. I suspect the bit I will remember longest, though, is Gwen knowing the football scores.
`,
  },
];
