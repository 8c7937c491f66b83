import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";

/** United States and Canada: students, residents, attendings, nurses, pharmacists, EMTs. */
export const AMERICAS: SourceItem[] = [
  {
    id: "us-what-001",
    setting: "internal medicine",
    role: "resident",
    text: `
**What?** My intern year began on June 24, and by my third week on wards at our university hospital in Ohio I was cross-covering 40 patients overnight. At 0300 I was paged about a patient with cirrhosis, a MELD of 24 and new confusion. My senior, Dr Marcus Bell, was at a rapid response, so I called my attending, Dr Lisa Hoffmann.

**So what?** I had the differential right (hepatic encephalopathy, SBP, a GI bleed) but I hesitated to do a diagnostic paracentesis alone. Dr Hoffmann talked me through it over the phone. The cell count came back at 480 PMNs. We started ceftriaxone and albumin per the AASLD guidance (2021).

**Now what?** I signed up for the procedure workshop in the Skills Lab on Thursday and asked our chief resident, Dr Priya Raman, to supervise my next three taps. Step 3 is in February, so I will also review the hepatology chapter of UWorld. — Kevin Park, PGY-1
`,
  },
  {
    id: "us-gibbs-002",
    setting: "emergency department",
    role: "EM attending",
    text: `
**Description.** A Saturday in the ED in Atlanta. Our boarding count hit 38, and a woman in her forties was waiting in the hallway with a sickle cell crisis. Her pain score was 9/10 and her last dose of hydromorphone was two hours overdue.

**Feelings.** Angry at the system; ashamed that my department was part of it.

**Evaluation.** Our charge nurse, Tanya Robinson, moved her into a room, and I restarted the individualized pain plan from the ASH guidelines (2020). Within an hour her pain was 5/10.

**Analysis.** Patients with sickle cell disease wait longer for analgesia than patients with renal colic (Tanabe et al., 2007). Our sickle cell pathway exists, but it lives in a binder.

**Conclusion.** Bias hides in process.

**Action plan.** Bring this to our M&M conference next month with Dr James Whitfield, our quality lead, and teach the residents at the Wednesday conference in the main auditorium. — Dr Nkechi Obi, attending
`,
  },
  {
    id: "us-free-003",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
APPE rotation week 4, community pharmacy in Phoenix. My preceptor, Dr Angela Ruiz, PharmD, asked me to counsel a patient starting Ozempic. I knew the titration schedule (0.25 mg weekly for four weeks, then 0.5 mg) but I had no idea how to talk about cost when the patient said it was $900 a month without coverage.

Dr Ruiz showed me how to look up the manufacturer's savings card and how to ask about Medicare Part D without making someone feel small. She also reminded me that GLP-1 agonists can cause nausea and that we should warn about gallbladder symptoms.

I reflected using the ORID model that our professor, Dr Heather Collins, taught us in the PHAR 742 seminar. My takeaway: the drug information is the easy part. I am doing the NAPLEX in July and I want to spend my next rotation with the Indian Health Service on the Navajo Nation. — Maria Gonzalez, PharmD candidate, University of Arizona
`,
  },
  {
    id: "us-what-004",
    setting: "pediatrics",
    role: "pediatric resident",
    text: `
**What?** On my PICU month I took care of a toddler with bronchiolitis on high-flow nasal cannula. Her parents were exhausted and asked me every hour whether she was getting better. Our attending, Dr Samuel Okafor, and the respiratory therapist, Brianna, taught me the RDAI score.

**So what?** I realized I was answering the parents with numbers (FiO2 0.4, flow 2 L/kg/min) when what they wanted was a story. On rounds Dr Okafor said, "Tell them what tomorrow looks like." It changed the conversation.

**Now what?** I have started a one-line "plan for tomorrow" on the whiteboard in each room. I presented this at our Tuesday resident noon conference, and our program director, Dr Emily Tran, wants to pilot it on the general pediatric floor in January. I will also finish the PALS recertification on March 3. — Dr Jordan Ellis, PL-2
`,
  },
  {
    id: "us-free-005",
    setting: "nursing education",
    role: "nursing faculty",
    text: `
I teach the medical-surgical clinical group for our BSN program in Texas, and this week one of my students, Kayla, caught a heparin drip error: the pump was set to 18 mL/hr instead of 18 units/kg/hr. She stopped, checked the order with the primary nurse, Marcus Lee, and called pharmacy. Nobody was harmed.

What struck me was how hard it was for her to speak up. She told me in post-conference that she almost didn't say anything because "the nurse has twenty years of experience". We talked about CUS words from TeamSTEPPS ("I am Concerned, I am Uncomfortable, this is a Safety issue").

I reflected with Gibbs afterwards. I think our curriculum teaches the five rights well but teaches courage badly. Next semester I am adding a simulation on speaking up, using the ISMP list of high-alert medications (2024) as the case base, in the Sim Center on the third floor of the Nursing Building. — Professor Diane Castillo, MSN, RN
`,
  },
  {
    id: "us-gibbs-006",
    setting: "EMS",
    role: "EMT",
    text: `
**Description.** My third month as an EMT-B in rural Montana. We drove 45 minutes to a man in his sixties with chest pain. 12-lead showed ST elevation in II, III and aVF. My partner, Jake Sorensen, a paramedic, gave aspirin 324 mg and nitro after checking for a right-sided MI.

**Feelings.** Excited, then scared when his BP dropped to 84/50.

**Evaluation.** Jake had already spotted the right ventricular involvement, held further nitro and gave fluids. We met the helicopter at the county airport.

**Analysis.** I had learned about inferior MI and preload dependence in my course at Montana State, but had never seen it. Jake said the AHA guidelines (2013) are the minimum; experience is the rest.

**Conclusion.** Watch the partner, not just the monitor.

**Action plan.** Start my AEMT course in the fall and ride along with the flight crew on my day off. — Cody
`,
  },
  {
    id: "us-comment-007",
    setting: "internal medicine",
    role: "resident",
    text: `
@kpark_pgy1@doctors.social Great write-up, Kevin. Dr Hoffmann walked me through my first tap over the phone too, back in 2023. The Skills Lab workshop is worth it. One thing I'd add: always check the platelet count and INR, but don't let an INR of 2 stop a diagnostic tap. Good luck on Step 3. — Dr Sarah Kim, PGY-3
`,
  },
  {
    id: "us-what-008",
    setting: "geriatrics",
    role: "medical student",
    text: `
**What?** On my geriatrics rotation in Florida I met ⟦NAME|Mrs Evelyn Dubois⟧, ⟦AGE|102⟧, admitted on ⟦DATE|January 14, 2025⟧ with pneumonia. Her MRN, ⟦ID|40071923⟧, was on the whiteboard in ⟦FACILITY_ROOM|room 612 of the 6 West tower at Mercy Hospital Miami⟧. Her great-granddaughter ⟦NAME|Tiffany⟧ left her number, ⟦PHONE|(305) 555-0183⟧, and asked us to call before any big decisions.

**So what?** My attending, Dr Robert Chang, taught me that at ⟦AGE|102⟧ the question is not "can we" but "what does she want". She wanted to see her church choir sing on Sunday.

**Now what?** I will read the AGS Beers criteria (2023) and practice goals-of-care conversations with our palliative fellow, Dr Nina Shah.
`,
  },
  {
    id: "us-free-009",
    setting: "social work",
    role: "nurse",
    text: `
I'm a school nurse in rural Kentucky. A family set up a fundraiser for their son ⟦NAME|Bryce Tolliver⟧, 11, after his leukemia relapse: ⟦URL|https://www.gofundme.com/f/bryce-tolliver-fight⟧. His mom, ⟦NAME|Crystal⟧, posted it in the parents' Facebook group and shared it from ⟦EMAIL|crystal.tolliver77@examplemail.com⟧ to the whole staff list.

The family live in ⟦LOCATION|the trailer past the Dollar General on KY-15 outside Hazard⟧, and the nearest oncology center is two hours away. My principal, Mr Dwayne Combs, asked whether we could share it with the school.

I talked to our district's health coordinator, Ms Rhonda Fields, about FERPA and HIPAA. We agreed the family can share what they choose, but the school should not. I reflected with Driscoll: what I learned is that kindness and privacy can pull in different directions.
`,
  },
  {
    id: "us-gibbs-010",
    setting: "telemedicine",
    role: "hospitalist",
    text: `
**Description.** I do night telehospitalist coverage for three critical access hospitals. On ⟦DATE|March 2⟧ the portal log showed that a login to ⟦NAME|Mr Harold Beckett⟧'s record came from ⟦IP|203.0.113.47⟧, an address outside our network, while he was in ⟦FACILITY_ROOM|bed 3 of the ICU at Baker County Medical Center⟧. His SSN, ⟦ID|078-05-1120⟧, was in the exported document.

**Feelings.** Sick. It turned out to be his son ⟦NAME|Wade⟧ using his father's proxy access from home.

**Evaluation.** Legitimate, but the export had far too much in it.

**Analysis.** Our compliance officer, Jennifer Moss, said the proxy settings were created before the 21st Century Cures Act (2016) rules.

**Action plan.** Review proxy access with the IT team and Dr Alan Price, our CMIO.
`,
  },
  {
    id: "us-free-011",
    setting: "cardiology",
    role: "cardiology fellow",
    text: `
Device clinic, Tuesday. ⟦NAME|Mr Lawrence Okonkwo-Reyes⟧ came in for an interrogation of his dual-chamber pacemaker, serial ⟦DEVICE|PJD614288H⟧, after a shock from what turned out to be lead noise. The device rep, Steve from Medtronic, was there, and my attending, Dr Anita Varghese, let me run the session.

Lead impedance had jumped from 520 to 1,900 ohms on the RV lead. We turned off therapies, and he was booked for a lead revision. His wife, ⟦NAME|Gloria⟧, asked whether he could still drive; in our state it is six months after an appropriate shock, but this one was inappropriate.

I reflected afterwards on how much of device medicine is reading noise. The HRS consensus (2015) on lead management is my reading for this week, and I will present the tracing at our Friday EP conference.
`,
  },
  {
    id: "ca-what-001",
    setting: "family medicine",
    role: "family medicine resident",
    text: `
**What?** A clinic day in Sioux Lookout with my preceptor, Dr Joanne Kakegamic. We saw a teenager with a type 2 diabetes diagnosis, A1c 10.2%, who had flown out from a fly-in community for the day. Metformin 500 mg BD, then titrate; the Diabetes Canada guidelines (2018) support adding a GLP-1 agonist early.

**So what?** Most of the visit was not about glucose. It was about the price of fresh food in the community store and the fact that her grandmother, who cooks for her, was in Thunder Bay for dialysis.

**Now what?** I want to learn from the community health representatives and from the Northern Ontario School of Medicine's Indigenous health curriculum. Dr Kakegamic suggested I read the TRC Calls to Action (2015), especially 18 to 24, before my next rotation in March. — Dr Owen Tremblay, R1
`,
  },
  {
    id: "ca-free-002",
    setting: "emergency department",
    role: "ER nurse",
    text: `
Night shift in the ER in Ottawa. ⟦NAME|Mr Gérard Lapointe⟧, OHIP ⟦ID|${ohip("5284-719-36")}⟧, came in by ambulance from ⟦LOCATION|the seniors' co-op above the Tim Hortons in Vankleek Hill⟧ with a GI bleed, Hb 64. His son ⟦NAME|Luc⟧ called from ⟦PHONE|613-555-0142⟧.

My charge nurse, Marie-Claude, helped me get two large-bore IVs in, and Dr Anil Sharma, the emerg physician, ordered two units and pantoprazole 80 mg. The Glasgow-Blatchford score was 12.

I reflected with my educator, Kathleen Moore, about how fast I had to move and how little time I had to talk to the son. Next time I will ask the unit clerk to call family so I can focus. — Isabelle, RN
`,
  },
  {
    id: "us-free-012",
    setting: "emergency department",
    role: "EM resident",
    text: `
I worked the overnight shift on Martin Luther King Jr. Day, and it was the busiest night of my PGY-2 year. Dr Alicia Washington, our attending, ran the department like a conductor. We had a patient with a Stanford type A dissection, two STEMIs, and a toddler with Kawasaki disease who needed IVIG.

What I want to remember is how Dr Washington spoke to the nurses. She called everyone by name: "Rosa, can you get the second line? DeShawn, the CT is ready." Nobody felt invisible.

Reflecting with Gibbs, I felt proud and exhausted. My analysis: leadership in the ED is about attention, not volume. The ACEP policy statement on crowding (2019) describes the system, but people like Dr Washington make it survivable. I am presenting this at our Thursday resident conference in the Simulation Center, and I have my in-training exam on February 26. — Dr Marcus Johnson, PGY-2
`,
  },
];
