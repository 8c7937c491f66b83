import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "rural clinic",
    role: "fifth-year medical student",
    text: `Rural placement in the Kimberley. On my second week at the clinic I saw ⟦NAME|Aunty Rosie Cox⟧, who had come in from ⟦LOCATION|Mulan community near Lake Gregory⟧ for her dialysis assessment. The clinic nurse, Jodie, introduced me and then left us alone for a few minutes, and ⟦NAME|Aunty Rosie⟧ asked me whether I was "the doctor or the doctor-in-training", which was the right question.

I wrote down her Medicare number, ⟦ID|${medicare("4417 2936", 2)}⟧, for the renal referral and her niece's mobile, ⟦PHONE|0491 570 316⟧, because the community phone is unreliable. The renal team in Perth wanted her to move to town for haemodialysis three times a week. She would not leave Country.

The GP, Dr. Merritt, talked me through what that meant. It was not stubbornness; it was her family, her law and the place she belongs to. We looked at the options: peritoneal dialysis, supportive care, the remote dialysis unit that visits some communities. The Aboriginal health worker, Desmond, was the one who explained the options to her properly, in Kriol and English, far better than I could.

My reflection: I came thinking the problem was kidneys. The problem was a health system built around cities and asking people to leave their lives to fit it. I want to work somewhere that comes to people rather than making them come.`,
  },
  {
    id: "au-what-002",
    setting: "medication error",
    role: "intern",
    text: `**What?** As an intern on general surgery in Brisbane, I charted paracetamol 1 g QID for a post-op patient who weighed 42 kg and had a history of alcohol misuse. The ward pharmacist, Ben, queried it within an hour: she needed a reduced dose, based on weight and risk factors for hepatotoxicity.

**So what?** I charted paracetamol on autopilot. Every patient gets it, and I had done it fifty times that week. I knew the Australian Medicines Handbook advice about low body weight and malnutrition, but I did not apply it. Ben's query was polite and quick, and I felt like an idiot.

**Now what?** I now check weight for every paracetamol order, and for anyone under 50 kg I write a reduced dose and a maximum daily total. I also talked to my registrar, Dr. Nguyen, who said she had made the same error and that "routine" drugs are where errors hide, because we stop thinking about them. Our unit has since added a weight field to the electronic chart that must be filled before paracetamol can be ordered. I am grateful to Ben and have told him so. I want to be the kind of doctor who thanks pharmacists rather than gets annoyed by them.`,
  },
  {
    id: "au-gibbs-003",
    setting: "geriatrics",
    role: "nursing student",
    text: `Description: On my aged-care placement at ⟦FACILITY_ROOM|Grevillea House, room 11⟧ in Ballarat I looked after ⟦NAME|Mrs. Edna Pickering⟧, ⟦AGE|96⟧, who fell on ⟦DATE|Anzac Day⟧ on the way back from watching the march on television. She had a small skin tear and was otherwise unhurt, and she was furious about the fuss.

Feelings: I was anxious about the incident report and the falls protocol, and I focused on the forms.

Evaluation: My facilitator, Nadia, pointed out that I had done everything on the falls checklist (neuro obs, pain score, skin tear dressing) but had not asked ⟦NAME|Mrs. Pickering⟧ what happened. When I asked, she said she had stood up quickly to salute, because her husband served in Korea.

Analysis: Falls in aged care are multifactorial: postural hypotension, medications, footwear, and meaning. Her lying and standing blood pressures showed a drop of 28 systolic. She was on a new antihypertensive.

Conclusion: The checklist was necessary but not enough. The reason for the fall was in her story and in her medication chart.

Action plan: Always ask the resident first. Check lying and standing BP after every fall. I told the RN, who asked the GP to review her perindopril.`,
  },
  {
    id: "au-free-004",
    setting: "OSCE",
    role: "third-year medical student",
    text: `Our end-of-year OSCE included a station on taking a history from a patient with chest pain, and an actor played a truck driver who was worried about losing his licence. I was so focused on ruling out ACS, using the standard history and thinking about the HEART score, that I did not pick up on the licence worry until the actor raised it twice.

The examiner, Associate Professor Clarke, told me afterwards that the station was really about hidden agenda. The chest pain was musculoskeletal. The real issue was that the patient would not tell a doctor about symptoms that might threaten his job.

I found this frustrating at first; it felt like a trick. But it is exactly what happens on the wards. My clinical tutor, Dr. Singh, said that in his first year as a GP half the consults had a second reason for coming, and it was usually the more important one.

I have since started asking, near the end of every history, "Is there anything else you were worried about today?" and waiting. It has surprised me how often there is. I also looked up the Austroads fitness-to-drive guidelines, which I did not know existed, so I can answer the question properly next time instead of guessing.`,
  },
  {
    id: "au-free-005",
    setting: "professionalism",
    role: "physiotherapy student",
    text: `During my neuro placement in Hobart, a patient, ⟦NAME|Kev Dwyer⟧, who was recovering from a stroke, asked me to be his friend on Facebook. He had set up a page to document his recovery, ⟦URL|https://www.facebook.com/kevs.comeback.tassie⟧, and had already posted a video of our session walking in the parallel bars, with my face in it. He lives at ⟦ADDRESS|27 Mulga Street, Lindisfarne TAS 7015⟧ and wanted me to visit when he got home.

I was touched. He was doing well, and he was proud. But I was not comfortable being in the video, and a Facebook friendship with a patient is against our professional guidelines.

My clinical educator, Rebecca, suggested I talk to ⟦NAME|Kev⟧ directly, and so I did. I said I was so glad he was sharing his progress, but asked whether he could blur my face or crop me out, and explained why I could not be friends online. He understood straight away and changed the video that evening.

What I learned: patients can share their own stories however they like, but I have a say over my image and my boundaries. And being honest and warm with a patient about a boundary is easier than I thought. Next time, I will mention my boundaries at the start, before anyone starts filming.`,
  },
  {
    id: "au-what-006",
    setting: "handover",
    role: "resident medical officer",
    text: `**What?** The night handover at our Sydney hospital runs on ISBAR. One night, the evening RMO handed over a patient with a "query PE", and I heard "PE" and assumed anticoagulation had started. It had not; the CTPA was booked for morning and the enoxaparin had been held because of a recent GI bleed.

**So what?** At 2 am, the patient became tachycardic and hypoxic. I checked the chart and realised the anticoagulation was not running. The registrar, Dr. Patel, and I discussed it with the haematology consultant on call, and a CTPA was done overnight. It showed a large PE, and she was treated. She recovered.

**Now what?** I had been given an incomplete handover, but I also received it passively. ISBAR works best when the receiver asks questions: "What's the plan? What's running? What should I watch for?" I now ask those three questions for every patient flagged as unwell. Our term supervisor, Dr. Harris, used the case at Friday teaching, with my permission, to talk about closed-loop handover. I was nervous presenting it but the other RMOs told me they would have made the same assumption, which was oddly reassuring.`,
  },
  {
    id: "au-comment-007",
    setting: "geriatrics",
    role: "registered nurse",
    text: `I'm the RN from ⟦FACILITY_ROOM|Grevillea House⟧. Thank you for asking ⟦NAME|Edna⟧ first. The GP reduced her perindopril and she has not fallen since. She told me to tell you the salute was worth it. Lying and standing BP after every fall is now on our checklist because of your report.`,
  },
  {
    id: "au-free-008",
    setting: "consent",
    role: "anaesthetics registrar",
    text: `A reflection on consent for a procedure I do every day. A woman in her thirties was booked for an elective laparoscopy, and in the anaesthetic bay I went through the standard risks: sore throat, nausea, dental damage, awareness, anaphylaxis. She signed. Then, as I was putting in the cannula, she asked, "Will you be there the whole time?"

I said yes, and then realised that was not quite true: my consultant and I were covering two lists that morning, and for part of her case she would have the consultant, Dr. Morrow, and for part of it me. I had not said so. I went back and explained, and she was fine with it, but she said she was glad I had told her.

The Montgomery judgement in the UK and Rogers v Whitaker here both say consent is about what a reasonable patient would want to know, and what this patient wants to know. Who will be looking after them is something most patients care about, and I had never considered it a "material risk".

I now tell every patient who will be in the room and how the team works. It takes thirty seconds. I also raised it with our department's quality lead, who said it is a common complaint in patient feedback.`,
  },
  {
    id: "au-free-009",
    setting: "feedback",
    role: "pharmacy intern",
    text: `Intern pharmacist year in a community pharmacy in Adelaide. Patient feedback is mostly invisible in pharmacy; people say thanks or they don't come back. This month our pharmacy started asking customers who had a medication review to fill in a short feedback card.

The feedback on me was mostly positive, but one card said, "The young pharmacist explained too much and I felt rushed at the same time." I read it several times. My supervising pharmacist, Mr. Papadopoulos, said it probably meant that I was delivering information at speed without checking what the person wanted.

I had been proud of my thorough counselling. I explained every side effect of metformin, every interaction of warfarin. But thorough is not the same as useful. The Pharmaceutical Society of Australia's professional practice standards talk about patient-centred counselling, and I was doing drug-centred counselling.

I have changed my approach. I now ask at the start, "What do you already know about this medicine?" and "What would be most helpful for you to know?" I slow down, I use teach-back, and I give written information for the rest.

This was the first time I got direct feedback from a patient in my professional life. It stung, and it was the most useful thing I have read this year.`,
  },
];
