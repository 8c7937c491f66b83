import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: remote skin sores and RHD, melioidosis, syphilis partner notification, AMS, Japanese encephalitis, OPAT. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote health",
    role: "remote area nurse",
    text: `
Description. At the clinic in ⟦LOCATION|Ngurrawarra community⟧ I saw ⟦NAME|Aunty Doreen Kelly⟧'s grandson ⟦NAME|Kyle⟧, eight, with infected scabies sores on his legs and a new heart murmur. His echocardiogram the following month confirmed rheumatic heart disease. His Medicare number is ⟦ID|${medicare("2953 1184", 2)}⟧, and he was born on ⟦DATE|14/07/2016⟧, which I had to give to the RHD register.

Feelings. Sad, and angry. Skin sores, Strep A and crowded housing are the whole story of RHD, and it is entirely preventable.

Evaluation. Clinically we did things right: swabs, co-trimoxazole for the sores, permethrin for the whole household, and an echo referral. But the sores had been seen twice before at the clinic and treated only with a cream.

Analysis. The National Healthy Skin Guideline recommends treating impetigo with oral co-trimoxazole or IM benzathine penicillin in remote communities and treating scabies in all household contacts at once. We had not done that consistently. Ten people were living in his house.

Conclusion. Every skin sore in a child here is a possible heart problem later.

Action plan. ⟦NAME|Kyle⟧ now has monthly benzathine penicillin injections, which he hates. We use a vibration device and let him choose the music. I have started a skin check day at the school with the Aboriginal health practitioner, Leanne, and we are talking with the housing office about overcrowding.
`,
  },
  {
    id: "au-what-002",
    setting: "emergency department",
    role: "medical student",
    text: `
What? On my rural placement in the Top End during the wet season, I saw three patients with melioidosis in two weeks. The first was a man in his sixties with diabetes and heavy alcohol use, who had been gardening after a big storm. He arrived with pneumonia and septic shock, and his blood cultures grew Burkholderia pseudomallei. The registrar, Dr. Walsh, started IV meropenem immediately.

So what? I had barely heard of melioidosis before this placement. It is rare in most of Australia, but in Darwin and Far North Queensland it is one of the commonest causes of fatal community-acquired pneumonia in the wet season. Risk factors are diabetes, alcohol, kidney disease and soil exposure. Dr. Walsh said the key is to think of it: standard pneumonia antibiotics like ceftriaxone do not reliably cover it, and the intensive phase needs meropenem or ceftazidime, followed by months of eradication therapy with co-trimoxazole.

Now what? I have learnt that local epidemiology changes what "common" means. I will read the Darwin Prospective Melioidosis Study and the Therapeutic Guidelines chapter before my next rural placement. I also want to remember the public health message: wear gloves and boots when gardening after rain, especially if you have diabetes.
`,
  },
  {
    id: "au-free-003",
    setting: "sexual health clinic",
    role: "sexual health nurse",
    text: `
During the current infectious syphilis outbreak, I work as a contact tracer for a regional sexual health service. This month I managed ⟦NAME|Tayla Brennan⟧, 22, who was diagnosed with secondary syphilis at 16 weeks of pregnancy. She gave us the names of two partners but only one had a phone number. The other, ⟦NAME|Josh⟧, she knew only through a dating profile, and she sent us a screenshot with the link ⟦URL|https://www.hinge.co/profile/josh.k.mackay⟧.

We used an anonymous partner notification service where the patient sends a text or email from a website without her name. ⟦NAME|Tayla⟧ chose to send it herself from her own email, ⟦EMAIL|taylab.2002@outlook.com⟧, which she felt was more honest. We also reached her other partner by phone at ⟦PHONE|0491 570 156⟧. Both were tested and treated with benzathine penicillin.

For ⟦NAME|Tayla⟧, the priority was her baby. She received three weekly doses of benzathine penicillin and we monitored her RPR every month. I stayed with her after the first injection because she was afraid of a Jarisch-Herxheimer reaction, which we had warned her about.

I learnt that patient-led partner notification works best when the patient feels in control. I also realised how stigma shaped her choices: she did not want a health worker contacting her partners because it felt like a report to authorities. I now offer several options and let the patient choose.
`,
  },
  {
    id: "au-free-004",
    setting: "antimicrobial stewardship",
    role: "hospital pharmacist",
    text: `
Our hospital started an antimicrobial stewardship ward round last year, and I joined it this month as the pharmacist. We see every patient on restricted antibiotics, such as meropenem, vancomycin and piperacillin-tazobactam, and those on any antibiotic for more than five days.

One case stayed with me. A woman in her eighties had been on IV ceftriaxone for a week for presumed pneumonia, but her chest X-ray was clear and her CRP had fallen within a day. Dr. Chen, our infectious diseases physician, suggested stopping the antibiotic. The treating team was nervous because she was frail. In the end they stopped it, and she went home two days later without complications.

I realised how much of stewardship is about confidence. Therapeutic Guidelines: Antibiotic is clear about durations, and the National Antimicrobial Prescribing Survey shows that Australian hospitals still have many prescriptions with no documented indication or review date. But individual prescribers often worry about the one patient who might deteriorate.

My learning is that we need to give teams reassurance, not only rules. I have started writing clear notes in the chart: the indication, the planned duration, and what to watch for after stopping. I have also begun collecting our own data on outcomes after de-escalation, so that next time we can show teams that stopping is safe for most patients.
`,
  },
  {
    id: "au-what-005",
    setting: "emergency department",
    role: "emergency registrar",
    text: `
What? Last summer I admitted a man in his forties with fever, headache and confusion. He was ⟦OTHER|the manager of the only piggery at Yarrabee Creek⟧, and had been working through the floods in a wet season with huge numbers of mosquitoes. His MRI showed thalamic changes, and CSF serology confirmed Japanese encephalitis virus. He lived at ⟦ADDRESS|118 Billabong Road, Yarrabee Creek NSW 2710⟧, and his wife ⟦NAME|Karen⟧ gave us the details for the public health unit.

So what? I had always thought of Japanese encephalitis as a disease of Asia. Since 2022 it has been found across south-eastern Australia, and pig farmers are among the highest-risk groups. The public health unit wanted to know everything about his exposure, because it affected vaccination for other workers and nearby residents.

Now what? I have learnt to take an occupational and flood-exposure history in every patient with encephalitis. I also realised how much of that history could identify a person in a small town. When I presented this case at our grand round, I removed the name of the town and the farm and described him only as "a piggery worker in inland NSW". I am also encouraging eligible staff and patients to get the JE vaccine, which is now funded for people in high-risk jobs.
`,
  },
  {
    id: "au-gibbs-006",
    setting: "icu",
    role: "physiotherapist",
    text: `
Description. During a winter surge of influenza A, I worked as an ICU physiotherapist caring for several ventilated patients. One was a woman in her forties, previously well and unvaccinated, who required prone positioning and later ECMO. I was involved in chest physiotherapy and her early mobilisation once she was weaned.

Feelings. I felt anxious about working with a patient on ECMO for the first time, because I worried about dislodging the cannulas during movement.

Evaluation. The multidisciplinary team planned every movement carefully. The perfusionist, intensivist, nurses and I agreed on roles before each session, and we used a checklist. She first sat on the edge of the bed on day 12 and walked with a frame on day 20.

Analysis. Early mobilisation in ICU improves muscle strength and reduces delirium, but it needs careful planning with lines and devices. I also reflected on infection control. Influenza is spread by droplets, and the team followed contact and droplet precautions with N95 masks for aerosol-generating procedures. Our staff vaccination rate was over 90% that year, which protected patients and colleagues.

Conclusion. Good teamwork and clear communication made a high-risk task safe.

Action plan. I will keep using the checklist for patients on ECMO and share it with other physiotherapists. I will also promote influenza vaccination in our department, because seeing a young, healthy person so unwell was a powerful reminder of what the flu can do.
`,
  },
  {
    id: "au-free-007",
    setting: "vaccination drive",
    role: "occupational health nurse",
    text: `
This year I ran a Q fever vaccination program at a large meat processing plant in regional Queensland. Q fever, caused by Coxiella burnetii, is spread from cattle, sheep and goats through dust and birth products, and abattoir workers are at high risk. The vaccine, Q-VAX, cannot be given to people who have already been exposed, because it can cause severe local reactions, so every worker needs a skin test and blood test first.

The process took longer than expected. Many workers were from overseas on temporary visas and had different languages, and some did not return for the second visit to read their skin test. Of 180 workers screened, 32 had evidence of previous exposure and were not vaccinated.

One worker asked why he needed the vaccine if he had "never been sick." I explained that many Q fever infections are mild, but some people develop chronic fatigue or endocarditis years later. Our occupational physician, Dr. Hartley, supported me with a short talk at the morning toolbox meeting, which made a big difference.

My reflection is that vaccination programs in workplaces depend on trust and convenience. We changed the clinic hours to match shift changes and used interpreters, and attendance improved. I also learnt the importance of clear records, because the Australian Q Fever Register helps prevent people being vaccinated twice. I plan to repeat the program next year for new staff.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "hospital in the home",
    role: "hospital in the home nurse",
    text: `
Description. I visited ⟦NAME|Mr Willem van der Berg⟧, ⟦AGE|94⟧, at home every day for four weeks while he received IV flucloxacillin for a prosthetic knee infection. The drug ran through an elastomeric pump connected to his PICC line, and each morning I recorded the pump's serial, ⟦DEVICE|EP-2207-44816⟧, on his chart so the pharmacy could track the batch. His daughter ⟦NAME|Anneke⟧ lived next door.

Feelings. I enjoyed the visits. He was a retired dairy farmer and told stories while I changed the dressing.

Evaluation. The care went well overall. He avoided a long hospital stay, which matters at his age because of delirium and deconditioning. But in week three I noticed swelling in his arm, and an ultrasound confirmed a PICC-associated thrombosis.

Analysis. PICC lines carry risks of thrombosis and line infection, especially in older patients with limited mobility. Our hospital-in-the-home protocol includes daily checks of the line site and arm circumference, which helped me detect it early. Dr. Nguyen, the infectious diseases registrar, arranged anticoagulation, and the course was completed after a line change.

Conclusion. Hospital in the home can be safe for very old patients, but it needs careful monitoring and clear escalation plans.

Action plan. I will continue to measure arm circumference at every visit and teach families what signs to report. I have also suggested that our team review oral options earlier, as recent evidence supports oral antibiotics for many bone and joint infections.
`,
  },
  {
    id: "au-comment-009",
    setting: "antimicrobial stewardship",
    role: "infectious diseases physician",
    text: `
Great reflection. Confidence is exactly the issue. In our service we found that adding a short note with the planned stop date and what to watch for after stopping reduced calls from worried teams. The NAPS data for regional hospitals is also useful for benchmarking. Keep collecting your outcome data; it is the most persuasive argument you have.
`,
  },
];
