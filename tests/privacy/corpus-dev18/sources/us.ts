import type { SourceItem } from "../../corpus/types.ts";

/** United States: MS1/MS2, nursing, pharmacy and DPT students, 11 items. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "emergency department shadowing",
    role: "medical student",
    text: `
First shadowing shift in the ED as an MS1 and I want to write it down before the details fade. My preceptor, Dr. Rebecca Lindqvist, let me take a history from a patient with chest pain while she saw someone else. ⟦NAME|Mr. Ray Dominguez⟧ was a retired bus mechanic who kept telling me he was "fine, just heartburn." I went through OPQRST exactly like we practiced in Doctoring, and he was so patient with me.

When I presented, I read straight off the facesheet I'd been handed — DOB ⟦DATE|03/14/1951⟧, SSN ⟦ID|078-05-1120⟧ — and Dr. Lindqvist gently stopped me and said we never need to say the SSN out loud at the workstation. I was mortified. She said the history itself was good, though: I'd caught the exertional component and the family history (his brother had an MI at 52).

His first troponin was 18 ng/L, the ECG showed no ST changes, and they used the HEART score (it came out at 4) to decide on observation. I learned more in those three hours than in a month of lectures. I also learned that the first question is whether you actually need that number at all.
`,
  },
  {
    id: "us-gibbs-002",
    setting: "med-surg clinical",
    role: "nursing student",
    text: `
Description: My first clinical rotation in the BSN program started this week on a med-surg floor in Columbus. My clinical instructor, Professor Tamara Hughes, paired me with an RN preceptor named Jenna who has been a nurse for six years.

Feelings: I've worked as a CNA in a nursing home for two years, so I thought I'd be fine. I wasn't. Giving my first subcutaneous enoxaparin 40 mg felt totally different from helping someone shower.

Evaluation: Jenna let me do a full abdominal assessment on a woman in her forties who'd come in with RUQ pain. When I pressed under the ribs as she breathed in, she stopped mid-breath — Murphy's sign, just like the textbook. I was thrilled, then felt guilty for being thrilled when she was in pain.

Analysis: Professor Hughes says that feeling is normal and means I haven't stopped seeing the person. We talked about Benner's From Novice to Expert (1984) and how I'm a novice again even though I'm an experienced aide.

Conclusion: My CNA skills help with comfort and communication, but the thinking part is new.

Action plan: Review the liver panel (ALT, AST, ALP, bilirubin), practice SBAR handoffs with my classmate Destiny before Thursday, and ask Jenna for feedback at the end of every shift.
`,
  },
  {
    id: "us-free-003",
    setting: "community pharmacy",
    role: "pharmacy student",
    text: `
P2 IPPE rotation at a community pharmacy. Today I called a patient about a prior auth delay for her GLP-1. ⟦NAME|Kimberly Nash⟧ had left her number as ⟦PHONE|(614) 555-0182⟧ and asked us to email the manufacturer savings card to ⟦EMAIL|kimnash.runs@gmail.com⟧. My preceptor, Dr. Oyelaran, showed me how to pull up her Rx number, ⟦ID|6041227⟧, to attach the card in the system.

What I keep thinking about is how frustrated she was. She'd been waiting eleven days and was ready to give up on the semaglutide altogether. She told me her A1c (8.9%) and that she's a single mom working two jobs. I didn't know what to say except that I'd keep calling the insurer.

Dr. O said the most important skill in community pharmacy isn't knowing the Top 200 drugs, it's being the person who picks up the phone and then actually calls back. I called the PBM twice more before close. The PA was approved at 5:40 pm and I got to be the one to tell her. Small win, but I'll take it.
`,
  },
  {
    id: "us-what-004",
    setting: "outpatient physical therapy",
    role: "physical therapy student",
    text: `
What? On my first-year DPT integrated clinical experience I watched my CI, Dr. Marcus Kowalski, treat a college soccer player four weeks after ACL reconstruction. He measured knee flexion at 105 degrees and a quad lag on straight leg raise, and progressed her to mini squats and the stationary bike. In the afternoon he saw a man in his fifties recovering from Guillain-Barré syndrome, now walking with a rollator.

So what? The contrast taught me more than any lecture. The athlete wanted to know exactly when she'd be cleared to play (he said not before nine months, citing the 2016 Bern consensus on return to sport). The man with GBS just wanted to get up his porch steps. Dr. Kowalski tailored the goals completely, and his notes used the patients' own words in the goals section.

Now what? I want to practice writing SMART goals in the patient's voice. I'm also going to review the MRC muscle scale before our next practical with Professor Ng, and ask my classmate Tyler to quiz me on Lachman's and the anterior drawer, because I still mix up the hand positions.
`,
  },
  {
    id: "us-free-005",
    setting: "student-run free clinic",
    role: "medical student",
    text: `
Saturday at the student-run free clinic 💛 This is why I came to med school.

I was on intake with my classmate Diego, who interpreted, and we met ⟦NAME|Doña Marisol⟧, who makes tamales for the whole block and came in because her sugars were 300+ and she'd been rationing insulin. She hugged both of us. Her son started a fundraiser for her kidney workup: ⟦URL|https://www.gofundme.com/f/help-mama-marisol-get-care⟧ — please share if you can!!

We got her onto the insulin assistance program and our attending, Dr. Hsu, spent 40 minutes with her on hypoglycemia signs. I learned what "sliding scale" actually means in real life vs. our endocrine lectures lol.

So grateful for ⟦FACILITY_ROOM|Esperanza Community Clinic⟧ and everyone who keeps it open on weekends 🙏 #StudentRunClinic #MS1 #HealthEquity #diabetes
`,
  },
  {
    id: "us-free-006",
    setting: "student life",
    role: "medical student",
    text: `
I'm the first person in my family to go to college, let alone med school, and nobody warned me that MS1 is mostly about learning how to study all over again. My mom still works nights at a warehouse in Stockton and my little brother Mateo is a junior in high school. I drive them both around on weekends and do flashcards in the parking lot.

I also still scribe two shifts a month at an urgent care. People think scribing is typing, but it taught me the rhythm of a visit before I ever touched a stethoscope. I've typed "Ottawa ankle rules negative" probably 300 times.

This block is cardiology. Dr. Patel's lecture on the Frank-Starling curve finally made heart failure make sense. I still struggle with murmurs: aortic stenosis, mitral regurgitation and the Austin Flint murmur all sound the same to me on the recordings.

My church small group prays for me before every exam, which my roommate Kendra finds hilarious and secretly appreciates. Block exam is October 17. If you see me crying in the library, please just hand me coffee.
`,
  },
  {
    id: "us-gibbs-007",
    setting: "home health",
    role: "nursing student",
    text: `
Description: For my community health clinical I rode along with a home health nurse, Angela, on Chicago's West Side. Our second visit was to ⟦NAME|Mrs. Lorraine Whitfield⟧, a ⟦AGE|96-year-old⟧ retired schoolteacher who lives alone at ⟦ADDRESS|2217 W. Cullerton St, Chicago, IL 60608⟧. She has heart failure and a pacemaker, and Angela checked the bedside monitor, which showed the device serial, ⟦DEVICE|PJN418772H⟧, before it uploaded to the cardiology office.

Feelings: I was surprised by how independent she was. I had assumed someone her age would be frail. She was annoyed that we'd arrived during The Price Is Right.

Evaluation: Angela weighed her (up 1.8 kg in three days) and called the cardiologist about increasing her furosemide. ⟦NAME|Mrs. Whitfield⟧ was anxious about going back into the hospital.

Analysis: Home visits show you what a hospital bed hides: the stairs, the pill organizer with Sunday still full, the neighbor who checks in every evening.

Conclusion: I need to stop assuming age equals frailty.

Action plan: Read the self-care section of the 2022 AHA/ACC/HFSA heart failure guideline and practice teach-back with my study partner Maya.
`,
  },
  {
    id: "us-comment-008",
    setting: "med-surg clinical",
    role: "nursing faculty",
    text: `
Really thoughtful, Sofia. The way you linked Murphy's sign to Benner's novice stage shows real insight. One suggestion: in your next reflection, describe how you talked to the patient during the assessment, not only what you found. And keep practicing SBAR with Destiny — it shows. Proud of your first week. — Prof. Tamara Hughes
`,
  },
  {
    id: "us-free-009",
    setting: "telehealth",
    role: "medical student",
    text: `
As part of our MS2 longitudinal clinic I helped with video visits this week, which sounds easy until your patient can't find the camera. ⟦NAME|Mr. Earl Tubbs⟧ kept getting dropped from the waiting room. I stayed on the phone with his daughter for twenty minutes, and eventually IT asked me to read out the IP address his tablet was connecting from, ⟦IP|203.0.113.58⟧, so they could allow it through. I did, on speaker, in a shared office. Only later did it occur to me that this is part of his record too.

Clinically, once we got him on, it was a straightforward COPD follow-up. Dr. Abernathy watched him do a sit-to-stand test on camera and asked about his inhalers. He was using his tiotropium like a rescue inhaler. Five minutes of demonstration fixed that.

I think the lesson is twofold. Technology is a social determinant now: no broadband, no visit. And privacy isn't only about names. Anything that leads back to someone's house counts, and I have to think about who can hear me as much as about what I say.
`,
  },
  {
    id: "us-what-010",
    setting: "OSCE",
    role: "medical student",
    text: `
What? Our first graded OSCE of MS1. Case: "Linda, 45, with headache." Linda was of course a standardized patient — a retired actress named Carol who has done this for our school for fifteen years. I forgot to ask about visual changes and nearly missed the red flags for raised intracranial pressure. Dr. Ferreira, who graded us, wrote "good rapport, incomplete ROS."

So what? I rely on a script and panic when the patient goes off it. Carol deliberately mentioned her sister's brain aneurysm in passing and I didn't follow it up. In the debrief she told me that real patients bury the important thing in the middle of a sentence all the time.

Now what? I'm going to practice with my study group (Aaron, Fatima and Jun) using SNOOP4 and the Calgary-Cambridge structure, and ask Carol whether I can quote her feedback in my portfolio. Next OSCE is December 6. Also need to learn the cranial nerves properly — I still mix up IV and VI.
`,
  },
  {
    id: "us-comment-011",
    setting: "student life",
    role: "medical student",
    text: `
This hit home. I scribed for three years before med school too, and the rhythm thing is so real. For murmurs, try listening to the recordings with your eyes closed for ten minutes a day — it clicked for me in week four. And tell Mateo good luck with junior year from a fellow big sibling! — Andre, MS2
`,
  },
];
