import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "general practice",
    role: "rural generalist registrar",
    text: `Gibbs reflection – ACRRM portfolio, remote clinic

Description: I was running the monthly fly-in clinic when a station hand everyone calls "⟦NAME|Bluey⟧" came in with a hand laceration from a fencing wire, three days old, red and swollen to the wrist. He lives and works at ⟦LOCATION|Mulga Downs Station⟧, a couple of hours' drive from the clinic on dirt. The practice software would not accept him until I entered his Medicare number, ⟦ID|${medicare("2953 1804", 2)}⟧, which he read out from a very worn card.

Feelings: I felt the weight of being the only doctor within 300 km. I was also worried about missing a tendon or a deep-space infection.

Evaluation: Examination showed cellulitis with lymphangitis but intact flexor and extensor function. I started IV cefazolin, gave tetanus, marked the margin and discussed with the on-call physician by video. What I did less well was follow-up planning: I told him to "come back if it gets worse", which means nothing when he lives that far away.

Analysis: The Therapeutic Guidelines (Antibiotic, v16) support oral step-down if the infection is improving at 24–48 hours, but that assumes someone can check. After talking with my supervisor, Dr. Jen Kowalski, we arranged for the station manager's wife, who is a retired nurse, to photograph the hand daily and send it to the clinic, with the patient's consent.

Conclusion: Remote medicine forces you to plan the follow-up as carefully as the treatment.

Action plan: Build a safety-netting checklist for remote patients; learn the RFDS retrieval criteria properly; complete the ACRRM emergency module before my next rotation in Katherine.`,
  },
  {
    id: "au-what-002",
    setting: "anaesthesia",
    role: "provisional anaesthesia trainee (ANZCA)",
    text: `WHAT
During a day-surgery list I gave cefazolin 2 g IV to a patient with a documented penicillin allergy. The allergy was recorded as "rash as a child" and I knew that cross-reactivity with cefazolin is very low. But I had not confirmed the details with the patient or discussed it with my consultant before giving it. The patient was fine.

SO WHAT
My consultant, Dr. Mark Tulloch, was supportive but firm. He said the pharmacology decision was probably right but the process was not: I had made an independent decision about an allergy label during the time-out without stating it aloud, so neither the surgeon nor the nurse knew. If the patient had reacted, the team would have been working blind.

We reviewed the ANZAAG/ASCIA guidance on perioperative allergy and the Australasian consensus on penicillin allergy delabelling. Both support giving cefazolin in low-risk histories, but they also emphasise communicating and documenting the decision. I realised that I had been trying to look decisive rather than be safe.

I also reflected that the allergy label itself is a problem. Around 10% of patients carry a penicillin allergy label and most are not truly allergic. A proper allergy history takes two minutes.

NOW WHAT
- State allergy-related decisions aloud during the time-out.
- Take a structured allergy history using the ASCIA form in pre-op.
- Document "penicillin allergy – low risk history – cefazolin given as per consensus" in the anaesthetic record.
- Ask about joining the hospital's antimicrobial stewardship group, which runs a delabelling project.

This incident will also be my topic for the ANZCA workplace-based assessment case discussion next month.`,
  },
  {
    id: "au-free-003",
    setting: "emergency medicine",
    role: "emergency medicine registrar (ACEM trainee)",
    text: `ED reflection – a hot public holiday in the Top End

It was ⟦DATE|Australia Day⟧, 38 degrees, and the department was full. At about 4pm a young man was brought in by friends after collapsing at a backyard party. Temperature 41.2, GCS 10, no sweating. Exertional heatstroke.

We moved him into ⟦FACILITY_ROOM|Resus 2 at Royal Darwin⟧ and started cooling: ice packs, cold IV fluids, and then a body bag filled with ice water, which our senior nurse, Tash, set up in about five minutes. His temperature was under 39 within half an hour. CK peaked at 28,000; he needed IV fluids for rhabdomyolysis but not dialysis.

His mate gave me a mobile number for the patient's mother, ⟦PHONE|0491 570 156⟧, and asked me to ring her. I did, and she was driving in from two hours away. While on the phone I realised I was standing in the corridor saying his name, age and diagnosis loudly enough that half the waiting room could hear. I moved into the staff room to finish the call.

What went well: rapid recognition and aggressive cooling. The ACEM and Australian resuscitation guidance on heat illness support "cool first, transport later", and cold water immersion is best. What I would change: I would prepare the immersion equipment before the day on a forecast like that, and I will think about where I make phone calls.

On reflection, public holidays in Darwin are predictable hazards: heat, alcohol, crowds. My supervisor, Dr. Leah Fong, has asked me to draft a heat-illness checklist for the department before summer. I'm also booking a break in Adelaide after my fellowship written exam.`,
  },
  {
    id: "au-free-004",
    setting: "psychiatry",
    role: "psychiatry registrar (RANZCP trainee)",
    text: `Reflection – first time as the consult-liaison registrar after hours

This was my first night shift covering consult-liaison psychiatry for the whole hospital. I want to reflect on the night as a whole rather than a single patient.

I saw five referrals between 6pm and 8am: two delirium reviews on the medical wards, a young woman in ED after an overdose of paracetamol and quetiapine, a man threatening to leave against medical advice, and a capacity assessment for a surgical consent. I had prepared for the clinical content. What I had not prepared for was how much of the work is negotiation with other teams.

The medical team wanted the delirious patients "sedated" and I wanted them reoriented, with their glasses and hearing aids found and their sleep protected. I quoted the NICE delirium guidance and the Australian Commission's Delirium Clinical Care Standard, but what actually worked was going to the ward and talking to the nurse in charge about what was frightening the patients.

The man leaving against advice was the hardest. He had capacity. He also had a 10 cm abdominal aortic aneurysm. The surgical registrar wanted him held under the Mental Health Act, which did not apply. I spent forty minutes with him and he agreed to stay until morning to speak to his surgeon. That felt like the best work I did all night.

I rang my consultant, Dr. Priya Ramanathan, twice. She reminded me that "no" is a valid consult-liaison recommendation.

Goals: read the RANZCP position statement on capacity; learn the relevant sections of the state Mental Health Act and the Guardianship Act; ask for a debrief after my next CL night.`,
  },
  {
    id: "au-gibbs-005",
    setting: "obstetrics",
    role: "obstetrics and gynaecology registrar (RANZCOG trainee)",
    text: `Gibbs reflection – a telehealth antenatal review that went wrong

Description: During COVID-era telehealth our antenatal clinic still runs video consults for women in rural towns. I was reviewing a woman at 34 weeks with gestational diabetes, ⟦NAME|Chloe⟧, when the video froze repeatedly. When the IT help desk called me back they read out the connection details from their log, including her IP address, ⟦IP|203.0.113.58⟧, and asked me to confirm it was "the right patient". I had no idea how to answer. Later she emailed her glucose diary from ⟦EMAIL|chloe.m.farmgirl@example.com.au⟧ to my personal hospital address instead of the clinic inbox.

Feelings: Frustrated with the technology and uneasy about how much identifying data was being passed around to solve a simple connection problem.

Evaluation: Clinically, her fasting glucose readings were 5.6–6.1 and we started metformin according to the ADIPS guidance. That part went fine. But her data had travelled through the help desk, a phone call and my personal inbox in a single afternoon.

Analysis: The Australian Privacy Principles and our health service's telehealth policy say that patient information should be kept to the minimum needed. The help desk did not need to read her IP address to me, and I did not need to receive her diary at my own address. I should have redirected it politely and asked her to resend it through the clinic.

Conclusion: Telehealth changes where data goes; I need to know its route.

Action plan: Forward the diary to the clinic inbox and delete it from mine (done); ask the IT team to stop reading identifiers to clinicians; update our patient information sheet with the correct address for sending results; discuss with my supervisor, Dr. Anna Whitcombe.`,
  },
  {
    id: "au-what-006",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `What? A six-month-old was brought in by ambulance with a brief resolved unexplained event (BRUE) after an episode of colour change and limpness at home lasting about 30 seconds. By the time I saw him he was smiling and feeding. The parents were frightened and wanted a full work-up.

So what? My instinct was to order bloods, an ECG, a chest X-ray and admit for overnight monitoring. My consultant, Dr. Ruth Gallagher, asked me to apply the AAP 2016 BRUE criteria first. He did not meet low-risk criteria because of his age (over 60 days is fine, but he had been born at 31 weeks and his corrected age was under 45 weeks post-conception). So admission was reasonable — but not for the reasons I had given. I had been about to admit for parental anxiety rather than for the risk criteria. Dr. Gallagher said both matter, but I should be clear which is driving the decision.

We did an ECG (normal QTc) and observed him overnight on oximetry. No further events. The family were relieved and I spent time explaining safe sleep using the Red Nose guidelines.

Now what? I will carry the BRUE risk criteria on a card and apply them explicitly. I will also name parental anxiety honestly in my notes when it is a factor, rather than disguising it as clinical concern. Finally, I have signed up to present a short update on BRUE at our registrar teaching on Wednesdays, using the PREDICT network's recent work on Australian practice.`,
  },
  {
    id: "au-comment-007",
    setting: "general practice",
    role: "rural GP supervisor",
    text: `Supervisor feedback: Great reflection, and a good example of remote safety-netting. One thing: please take out "⟦NAME|Bluey⟧" and the station name before submitting to ACRRM. Out here, a nickname and a station are as good as a full name and address. The photo follow-up plan was creative; just make sure the consent is documented in the notes.`,
  },
  {
    id: "au-free-008",
    setting: "dentistry",
    role: "dental registrar (prosthodontics)",
    text: `Reflection – a failed implant and a difficult conversation

Eighteen months ago I placed a single implant in the upper left first premolar region for ⟦NAME|Mrs Dimitra Kostas⟧, under the supervision of my specialist supervisor. Last month she came back with mobility of the crown and bone loss around the fixture. The implant record lists it as a bone-level tapered implant, serial ⟦DEVICE|BLT4128-66093⟧, and it had to be removed.

I want to reflect on two things: the clinical cause and the conversation.

Clinically, the implant failed from peri-implantitis. On review, her plaque scores had been poor at her last two maintenance visits, and she had started smoking again after a family bereavement. We had recorded both but not acted. The 2017 World Workshop classification and the EFP clinical practice guideline both emphasise early intervention when bleeding on probing and bone loss appear. We had the data and did not join the dots.

The conversation was harder. She was upset and said she had spent her savings on the implant. I explained what had happened and why, apologised for not acting earlier on her maintenance findings, and did not blame her smoking, although it contributed. My supervisor, Dr. Alan Chua, sat in and said very little, which I appreciated. Under the Dental Board of Australia's code of conduct and the open disclosure framework, we owe patients an honest account and an apology when things go wrong.

We agreed a plan: bone graft and a replacement implant in six months, at reduced cost, with quit-smoking support through her GP.

What I will change: act on rising plaque scores and bleeding at maintenance, not just record them; offer smoking cessation at every visit; and document open disclosure conversations in full.`,
  },
  {
    id: "au-free-009",
    setting: "surgery",
    role: "surgical education and training (SET) trainee",
    text: `Reflection for my RACS portfolio – the ward round I ran on my own

My consultant was in theatre for an emergency and I ran the Saturday general surgical round alone for the first time: 22 patients, two interns, one resident and a nurse unit manager with a great deal more experience than me.

It took three and a half hours. We started late because I tried to read every set of notes in detail before we saw the first patient, and by 10am the interns were visibly restless. I made good decisions on the sick patients — a post-operative anastomotic leak that I escalated early and a patient with new atrial fibrillation whom I handed to the medical registrar — but the stable patients got too much time and the discharges were done too late for the pharmacy cut-off.

I talked it through with the NUM, who said kindly that a good round is a triage exercise: sick first, discharges second, everyone else third. She also suggested that each intern present their own patients with a one-line summary and a plan. That is exactly what my consultant does, and I had not noticed it as a deliberate method until I tried without it.

The RACS competencies list "management and leadership" alongside technical expertise. I think of myself as a good technical trainee. This round showed me that leadership on a ward has its own skills: prioritisation, delegation and time-keeping.

Plan: I will use a sick-discharge-stable structure for the next weekend round, ask the NUM for feedback afterwards, and read the Royal Australasian College of Surgeons' guidance on handover and ward rounds. I also want to discuss with my supervisor, Mr. Tim O'Rourke, whether I can run a weekday round with him present but silent.`,
  },
];
