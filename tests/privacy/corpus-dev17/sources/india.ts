import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** India. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "home-based palliative care",
    role: "palliative care nurse",
    text: `Home care diary, Tuesday. Our team goes out in the jeep four days a week, and today was the long route along the backwaters.

Our last stop was ⟦NAME|Kunjamma⟧, ⟦AGE|92 years⟧, in ⟦LOCATION|Kainakary, the house past the boat jetty with the blue gate⟧. Metastatic breast cancer, fungating wound on the left chest, bedbound since the monsoon. Her son ⟦NAME|Thomas⟧ gave up his job in the Gulf to come home and care for her. He keeps a notebook of every dose of morphine syrup, the time, and whether she slept. He asked me to save his number again because "the old one was the Dubai SIM": ⟦PHONE|+91 94470 55518⟧.

Dressing done with metronidazole powder and charcoal pads; the smell was much better than last week. Pain score 3 out of 10, she said 2, her son said 4. We settled on 3.

She wants to be at home for ⟦DATE|Vishu⟧. Dr. Suresh, our medical officer, thinks it is possible, but only just. ⟦NAME|Thomas⟧ cried in the courtyard. I didn't say anything useful, I just stood with him under the coconut palms while the driver pretended to check the tyres.

What I'm learning from the Kerala model is that palliative care is mostly neighbours. Three volunteers from the panchayat visit her between our visits. One of them brings fish curry. None of them has any training beyond the 16-hour course, and they are better at this than I was after my BSc.`,
  },
  {
    id: "in-comment-002",
    setting: "home-based palliative care",
    role: "palliative medicine resident",
    text: `@nurse_anitha@mastodon.social "palliative care is mostly neighbours" — printing this for our next batch of residents in Delhi. We are trying to start a volunteer group like the panchayat ones but it is slow in the city. Do you have the curriculum for the 16-hour course? The Pallium India resources page has a lot: https://palliumindia.org #PalliativeCare #HospiceAtHome #KeralaModel`,
  },
  {
    id: "in-what-003",
    setting: "neonatal care",
    role: "paediatrics resident",
    text: `What? Night duty in the sick newborn care unit of a district hospital in Rajasthan. Twenty-two babies, eighteen warmers, two nurses and me. A 1.4 kg baby born at 32 weeks, Apgar 6 and 8, was stable enough to come out of the warmer and onto her mother's chest for kangaroo care. The mother was scared to hold her. The grandmother was more scared.

So what? The WHO 2022 recommendations on care for preterm and low-birth-weight infants say immediate kangaroo mother care should start as soon as possible after birth, even before the baby is fully stable, and the iKMC trial in the New England Journal showed fewer deaths. I knew the evidence. What I didn't know was how to hand a 1.4 kg baby to a frightened 19-year-old at 2am without making her more frightened.

Sister Rekha showed me. She tied the cloth herself, put the baby's ear against the mother's sternum and said, in Marwari, "she can hear you, keep talking." The mother hummed. Temperature after an hour: 36.8 °C. SpO2 97%.

Now what? I'm going to stop treating KMC as the "stable baby" step and start it earlier, with the nurses. I'll ask Dr. Gupta, our unit in-charge, if we can put a few reclining chairs in the SNCU so mothers can do longer sessions, and I'm collecting our own temperature data for the next quality meeting.`,
  },
  {
    id: "in-gibbs-004",
    setting: "child and adolescent mental health",
    role: "psychiatry resident",
    text: `Description. In the child and adolescent psychiatry OPD of ⟦FACILITY_ROOM|Lokmanya Tilak Children's Hospital, Room 14⟧, I saw an 8-year-old boy, ⟦NAME|Aarav Deshmukh⟧, brought by his father for a certificate. The school had told the father that without a UDID card for ADHD, the boy could not get exam accommodations. The father had brought the boy's Aadhaar (⟦ID|${aadhaar("4471 2093 866")}⟧), a school report and a folder of worksheets covered in red ink.

Feelings. I felt like a clerk. The father wanted a stamp. I wanted to do an assessment.

Evaluation. In the end we did both. The Conners and Vanderbilt scales were consistent with ADHD combined type; the worksheets showed a likely specific learning disorder in writing as well. The certificate process under the RPwD Act 2016 is long: the disability board meets on Thursdays only.

Analysis. Dr. Fernandes, my unit head, reminded me that for many families the certificate is the treatment, at least at first: it buys the child the extra time and the rest of the class stops calling him lazy. The methylphenidate discussion can wait a visit. I was wrong to see the paperwork as a distraction from care.

Conclusion. Ask what the family came for, then add what the child needs.

Action plan. Book the board for ⟦DATE|13 March⟧, write a letter to the school on the hospital letterhead today, parent training group for the father, review with a repeat Vanderbilt from the teacher in six weeks.`,
  },
  {
    id: "in-free-005",
    setting: "addiction services",
    role: "psychiatric social work student",
    text: `Field notes, de-addiction centre, week three of my MPhil placement in Punjab.

Today's home visit was to ⟦LOCATION|the Sandhu family's farmhouse on the canal road outside Bhikhiwind⟧. ⟦NAME|Gurpreet⟧, 24, is two months into treatment for heroin ("chitta") use, on buprenorphine-naloxone 6 mg. His father, ⟦NAME|Sardar Balwinder Singh Sandhu⟧, met us at the gate with the tractor still running. He wanted to know when his son will be "cured." Our counsellor, Harpreet ma'am, answered very carefully that there is no cure, only recovery, and that recovery has bad days.

The bad day was last Friday: ⟦NAME|Gurpreet⟧ took the family's motorbike, ⟦OTHER|PB 46 AK 5521⟧, to the next village and didn't come back till morning. The father has locked the bike in the shed. The mother cried through most of the visit and then sent us away with a steel tumbler of lassi each.

What I noticed: nobody in the family said the word "heroin." It was always "the habit," "that thing," "the chitta." Stigma is so thick here that the family told the neighbours he was in Chandigarh for a job.

Things to take to supervision with Dr. Kaur: how to work with the father's shame without shaming him; whether the mother needs her own support (she scored 14 on the GHQ-12, which is high); and whether the family would come to the Saturday parents' group, which meets in the gurdwara hall.`,
  },
  {
    id: "in-what-006",
    setting: "geriatric medicine",
    role: "geriatric medicine faculty",
    text: `What? In our Monday geriatric OPD teaching, a resident presented a widow in her late seventies with weight loss, a healed wrist fracture, and "poor compliance with amlodipine." She lived with her son's family. The resident had ordered a TSH and an upper GI endoscopy.

So what? I asked the resident to read out the social history. It was one line: "lives with son." No mention of who manages her money, who cooks for her, whether she can leave the house alone, whether she ever sees anyone outside the family. We teach the HELP and EASI questions for elder abuse, and the resident had never used them. Elder abuse is common in India and rarely named; HelpAge India's surveys keep finding that older people don't report it because the abuser is family.

I don't want to make every resident suspicious of every son. But a wrist fracture plus weight loss plus "poor compliance" in a dependent older woman is a pattern, and the pattern should prompt a private conversation. The Maintenance and Welfare of Parents and Senior Citizens Act, 2007, gives us a route for the families where the conversation isn't enough.

Now what? From next week, every geriatric OPD presentation includes one line on who holds the money, the keys and the phone. Dr. Priya Nair from medical social work will do a session for the residents on the Act and on the elder helpline 14567. I'll write this up for our department newsletter.`,
  },
  {
    id: "in-free-007",
    setting: "perinatal mental health",
    role: "mental health nurse",
    text: `Dear ⟦NAME|Revathi⟧,

You asked me, on your last night in ⟦FACILITY_ROOM|the mother-baby unit, bed 3⟧, whether I would remember you. I said yes because it was the easiest answer. This is me checking it was true.

You came in with your mother and your husband ⟦NAME|Karthik⟧ on ⟦DATE|19 August⟧, eleven days after your daughter was born, convinced that the baby had been swapped at the hospital and that the "real" one was being kept somewhere in Tambaram. You wouldn't feed her. You wouldn't sleep. Your IP number was ⟦ID|MBU/2025/0417⟧ and I wrote it on so many forms that I still know it by heart, which is an odd thing to know about someone.

I remember the first night when you let me hold your daughter while you had a bath, and you came back and counted her toes. I remember Dr. Chandra explaining lithium levels to your mother, who nodded the whole time and then asked me afterwards, in Tamil, what lithium was. I remember the morning you sang to her.

The books call it postpartum psychosis, incidence one or two in a thousand deliveries, good prognosis with treatment, high risk of recurrence with the next baby. I hope the next baby is a long time from now, and I hope you have a plan in your bag and a team that knows you.

You asked me to remember you. I do.

— a nurse from the night shift`,
  },
  {
    id: "in-comment-008",
    setting: "perinatal mental health",
    role: "nursing faculty",
    text: `Feedback from your clinical instructor. You wrote, "I still know it by heart, which is an odd thing to know about someone." That is a lovely line, and it is also the reason to take ⟦NAME|Revathi⟧'s name, the IP number and the bed out before this goes on the department blog. The letter keeps all its power without them. Good reflective writing; let's discuss the recurrence counselling next week.`,
  },
  {
    id: "in-free-009",
    setting: "community health",
    role: "intern",
    text: `ASHA, a poem from my community medicine posting

She carries the village in a plastic folder:
thirty-one pregnant women, their due dates in pencil,
the iron tablets, the twin in the last house
who was born blue and is now the loudest child on the lane.

She is paid per task, like a courier.
Five hundred for an institutional delivery,
less for a vaccine, nothing for the hour
she sits with the widow who won't eat.

Our professor says the ASHA is the health system
with its shoes on. We interns arrive in a bus,
take blood pressures for two hours, eat samosas,
write "community diagnosis" on a chart paper,
and leave before the sun does.

She stays. She knows which husband drinks,
which mother-in-law hides the ORS packets,
which girl is thirteen and which is "nearly eighteen."
The NFHS-5 tables came from doors she knocked on.

I asked her what she wanted from doctors.
She laughed, and then she said: a phone that charges,
and that you learn our names.`,
  },
  {
    id: "in-gibbs-010",
    setting: "family medicine",
    role: "family physician",
    text: `Description. I've been running a small family practice in a Bengaluru suburb for six years. This month I looked back at my diabetes register: 212 patients, median HbA1c 8.1%, and a striking pattern. Patients I'd seen at least four times a year by the same doctor (me or my partner, Dr. Vidya) had a median HbA1c of 7.4%. The drop-ins who saw whoever was free had 8.9%.

Feelings. Proud, then sceptical of my own data.

Evaluation. The numbers are small and confounded: the people who come regularly are probably more motivated, better off, and nearer the clinic. Still, it matches the international literature on continuity of care, and it matches what I see.

Analysis. Continuity in India is unusual because most people pay out of pocket and shop around. A patient with diabetes might see a GP, a diabetologist, a pharmacist who adjusts the metformin, and a homeopath, all in the same month. Nobody holds the whole story. The Academy of Family Physicians of India has written about this for years. My mentor from my MD days, Dr. Sunil Menon, used to say that a family physician's most important instrument is the register.

Conclusion. Continuity is something the practice has to organise, not something that happens.

Action plan. Named doctor for every patient on the diabetes register; a WhatsApp reminder for overdue reviews (through the clinic's business account, not my personal number); and a proper audit with our local family medicine group next year, with a statistician.`,
  },
  {
    id: "in-free-011",
    setting: "learning disability",
    role: "special education trainee",
    text: `Reflection for my B.Ed. (special education) practicum, inclusive school in Pune.

⟦NAME|Ishita Kulkarni⟧ is nine, has spastic diplegic cerebral palsy and a moderate intellectual disability, uses a walker, and loves anything with a drumbeat. Her father, ⟦NAME|Mr. Anand Kulkarni⟧, emails the class teacher almost every evening from ⟦EMAIL|anand.kulkarni.pune@outlook.com⟧ with notes about her physiotherapy exercises and her mood. The class teacher finds it overwhelming; I find it very useful.

This week he wrote that her new ankle-foot orthoses were rubbing and that she'd cried through the night. The physiotherapist at the school, Mrs. Joshi, checked them and found a pressure mark on the right heel. We took them off for the day and she walked better in her shoes than anyone expected.

I've been reading about the ICF model and the shift from "what is wrong with the child" to "what does the child need to take part." ⟦NAME|Ishita⟧'s IEP is all goals about fine motor skills. None are about friendship, and friendship is the thing she talks about.

With my supervisor, Ms. Rebello, I've drafted two new goals: joining the music group on Wednesdays with a peer buddy, and choosing her own snack at the canteen using a picture card. I'll send them to her father for comments before the IEP review on ⟦DATE|the 28th⟧.`,
  },
];
