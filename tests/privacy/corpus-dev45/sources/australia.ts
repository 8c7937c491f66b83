import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: interns, rural generalist trainees, remote-area nurses, pharmacists. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "rural hospital",
    role: "PGY1 intern",
    text: `Description. My rural term as an intern was ten weeks at a small hospital in the Riverina, where the intern covers the ward overnight with a GP proceduralist on call from home. On ⟦DATE|Friday 13 June⟧ I admitted ⟦NAME|Mrs Edna Pocock⟧, ⟦AGE|aged 94⟧, with a fractured neck of femur after a fall in her garden. Her Medicare number, ⟦ID|${medicare("2951 7384", 2)}⟧, was on the transfer form, and her son ⟦NAME|Len⟧ drove in from the farm at midnight.

Feelings. Excited to have "my own" patient, then anxious when her sodium came back at 121.

Evaluation. I called the GP on call, Dr. Hennessy, who talked me through a fluid restriction and a repeat in the morning. She was transferred to Wagga for surgery the next day. I had done the basics well, but I had forgotten to ask about her regular medications until the nurse, Bec, asked me whether she was on a thiazide. She was.

Analysis. In the city, pharmacy does a medication history within hours of admission. Here, the intern does it, or it does not get done. I had relied on a system that did not exist in this hospital.

Conclusion. Rural practice asks you to do the whole job yourself, and to know what you have been outsourcing in the city.

Action plan. I now do my own medication history on every admission, and I suggested to the DMS that the intern orientation list includes "no pharmacy overnight". I am considering the rural generalist pathway.`,
  },
  {
    id: "au-what-002",
    setting: "aeromedical retrieval",
    role: "medical student on elective",
    text: `What? For my final-year elective I spent four weeks with an aeromedical retrieval service out of Broken Hill. I flew on clinic runs and emergency retrievals, and most of my time was spent in the back of a King Air watching the flight nurse and doctor work in a space smaller than my car.

So what? I had assumed that the hard part of remote medicine would be the clinical decisions. It was the logistics. The doctor, Dr. Mackenzie, spent more time on the phone coordinating runways, weather, fuel and receiving teams than on any examination. I learnt that a "simple" transfer of a stable patient can take six hours and involve a dozen people. I also learnt how much the clinic nurses in remote communities carry alone, often with one phone line and a satellite link.

Now what? I came back with a new respect for the communication skills that retrieval requires: clear handovers, precise times, closed-loop calls. The ISBAR format we were taught in second year finally made sense. I want to do an emergency medicine rotation in a rural hospital as an intern and learn to be the doctor on the other end of that phone call. I also plan to read more about the history of remote health in Australia, because the flight nurse, Jules, told me stories of how the service began that made me realise how recent many of these systems are.`,
  },
  {
    id: "au-free-003",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `This is my reflection from my first posting as a remote area nurse in the Northern Territory.

A boy of eleven, ⟦NAME|Jaylen⟧, from ⟦LOCATION|Ngarlu outstation⟧, had type 1 diabetes and an insulin pump, serial ⟦DEVICE|MMT-780G-NH41762K⟧, that his aunty ⟦NAME|Rosie Jampijinpa⟧ had been taught to manage in Darwin. The pump alarmed one night and nobody at the outstation knew what it meant. His aunty rang the clinic on ⟦PHONE|0491 570 158⟧ at 1 am, and I was the only nurse on call.

I had never used that pump. I found the manufacturer helpline number, put them on speaker, and we walked through the alarm together with his aunty: occlusion, change the site. His glucose was 21 mmol/L, with ketones of 1.8. We gave a correction dose by pen, and I drove out at dawn.

What I learnt: technology that works in a city can fail in the bush, not because the device is bad but because support is far away. His aunty had done everything right. The gap was that nobody had given her a simple alarm card, and nobody had taught the clinic nurses about the pump.

What I will do: I made a one-page alarm guide for the pump with pictures, and the diabetes educator from Darwin is now running a video session for our clinic staff. I have also learnt to call the right person sooner, and to trust families who know their child's device better than I do.`,
  },
  {
    id: "au-gibbs-004",
    setting: "night shift",
    role: "PGY2 resident",
    text: `Description. Six weeks into my PGY2 year, I was the night resident covering surgical wards in a metropolitan hospital in Melbourne. At 2 am a nurse paged me about a man two days after a bowel resection with a heart rate of 124 and a temperature of 38.4.

Feelings. Tired, stretched and, honestly, hoping it was "just" a fever.

Evaluation. I reviewed him properly: warm, mottled knees, lactate 3.2, abdomen more tender than the day team had documented. I called the surgical registrar, Dr. Chen, who came within twenty minutes. He went to CT and then back to theatre for an anastomotic leak.

Analysis. I nearly managed him as "post-op fever" with paracetamol and cultures. What stopped me was the mottling, which I remembered from a sepsis simulation in orientation. The Between the Flags observation chart turned amber and then red, which helped me justify the call. I have learnt that I tend to under-call when I am tired because I do not want to be the resident who rings for nothing.

Conclusion. The registrar said, "That was the right call at the right time," which I will remember on the next hard night.

Action plan. I will keep using the structured sepsis screen for every febrile post-op patient, and I will call early when my examination and the numbers disagree. I also want to take the CCrISP course next year.`,
  },
  {
    id: "au-what-005",
    setting: "discharge planning",
    role: "hospital pharmacist",
    text: `What? In my intern pharmacist year in Brisbane, I found a discharge script for ⟦NAME|Mr Graham Fitzsimmons⟧ from ⟦FACILITY_ROOM|Ward 8C at Northside Hospital, bed 22⟧ that listed both his old and his new opioid. He was going home to ⟦ADDRESS|4/17 Wattlebird Crescent, Kedron QLD 4031⟧, where he lived alone. His URN was ⟦ID|NSH2209185⟧.

So what? If he had gone home with both, he could have taken oxycodone 10 mg slow-release and the new tapentadol together. The doctor had meant to cease the oxycodone but had only stopped it on the inpatient chart. I also realised that the discharge summary was written by an intern who had never met him, because the treating intern was on nights.

Now what? I called the intern, who corrected the script, and I rang ⟦NAME|Mr Fitzsimmons⟧'s daughter ⟦NAME|Kylie⟧ on ⟦PHONE|0491 570 224⟧ to explain the change. My preceptor, Ms. Huang, asked me to write up the near miss for the hospital's medication safety committee. I now check for ceased medications on the discharge list, not just new ones, and I am keen to understand why our electronic system does not link the inpatient chart to the discharge script. The Australian Commission on Safety and Quality's medication safety standard says this should happen, but in our hospital it still depends on someone noticing.`,
  },
  {
    id: "au-free-006",
    setting: "internship",
    role: "PGY1 intern",
    text: `A reflection on my first term as an intern in general medicine in Perth, written for my term supervisor.

The biggest surprise was not the clinical work but the pace of the ward round. Fourteen patients before 11 am, a registrar walking faster than I could type, and a consultant who asked questions I could not answer. In the first two weeks I left the hospital at 8 pm every night, catching up on discharge summaries and chasing imaging.

What helped: my registrar, Dr. Sharma, showed me how to write a jobs list in real time and to prioritise by what had to happen before 5 pm. The nurses taught me where everything was. The resident medical officer society ran a session on time management that was basic but useful.

What I struggled with: saying no. I volunteered for everything, and I ended up with a list of twenty jobs and no time to think. I have learnt that it is better to say "I will do that after the discharges" than to promise everything and deliver half.

Clinical things I learnt: how to manage hyperkalaemia with insulin and dextrose, how to recognise delirium in the elderly, and how to talk to a family about goals of care. I also learnt to check eGFR before prescribing anything renally cleared, after a near miss with enoxaparin.

For the next term, I want to go home on time at least three days a week.`,
  },
  {
    id: "au-free-007",
    setting: "emergency department",
    role: "emergency registrar",
    text: `A reflection on a difficult family complaint during my first year as an emergency registrar on the Gold Coast.

⟦NAME|Mr Nathan Brierley⟧ presented on ⟦DATE|2 January⟧ with chest pain and was discharged after two negative troponins. He returned three days later with a dissection. His brother, ⟦NAME|Craig⟧, wrote a furious complaint to the hospital, then posted about it on Instagram as ⟦OTHER|@craigb_goldcoastfishing⟧, naming me and including a photo of his brother's ute with its plates, ⟦OTHER|QLD 742 NBX⟧, in the car park. When the complaints office tried to contact him, IT noticed that a string of abusive emails had come from the same address, ⟦IP|198.51.100.73⟧, as the initial complaint form.

I felt sick for days. Looking back at the notes, I had documented a normal chest X-ray and a normal ECG, and a clinical picture that did not fit dissection. With hindsight, his pain had been "tearing", and I had written "sharp".

My director, Dr. O'Keefe, encouraged me to see this as a learning opportunity rather than a personal attack. I attended the open disclosure meeting with the family, apologised for the outcome, and explained what we had done and what we had learnt. It was the hardest conversation of my career so far.

I have since revised my approach to chest pain, using the ADD-RS score alongside the HEART score, and I now document the patient's own words for pain.`,
  },
  {
    id: "au-comment-008",
    setting: "remote area nursing",
    role: "diabetes educator",
    text: `Lovely work, and thank you for the alarm card. I have been running the video session for your clinic and ⟦NAME|Jaylen⟧'s aunty joined too, which was wonderful. One thought: when you share the card more widely, take the pump serial and the outstation name off it. ⟦LOCATION|Ngarlu⟧ is small enough that the serial alone would tell people who you mean.`,
  },
  {
    id: "au-what-009",
    setting: "handover",
    role: "registered nurse",
    text: `What? I am a graduate nurse on a surgical ward in Adelaide, and this is about bedside handover. Our ward switched from handover at the nurses' station to bedside handover three months ago, and many senior nurses hated it. They said it was slow and that patients overheard sensitive information.

So what? I have noticed that bedside handover catches things. Last week, at 7 am, I was handing over a woman after a hip replacement and she said, "I haven't been able to pass urine since midnight." The night nurse had not known. A bladder scan showed 900 mL and she was catheterised. At the station, that would have been missed until the morning round. I also noticed that patients liked being included; several told me that they felt less anxious when they heard the plan.

Now what? I think the concerns about privacy are real, so I have been practising a two-part handover: the general plan at the bedside, and sensitive information (for example a new cancer diagnosis or a social work issue) at the station or in a quiet space. My clinical nurse educator, Tanya, suggested I present this at our team meeting, and I will. I have also read the ACSQHC's clinical handover standard, which supports bedside handover but leaves room for local judgement about sensitive information.`,
  },
];
