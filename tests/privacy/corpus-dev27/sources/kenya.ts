import type { SourceItem } from "../../corpus/types.ts";

/** Kenya: county referral hospitals, newborn units, community health promoters, immunisation outreach. */
export const KE: readonly SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "paediatric ward",
    role: "clinical officer",
    text: `Severe malarial anaemia is still the commonest reason I transfuse a child, and this week reminded me how thin the margin is.

⟦NAME|Achieng⟧, three years old, came in on the back of a boda boda (plate ⟦OTHER|KMFD 482C⟧, the rider waited outside for two hours in case they needed him) with a haemoglobin of 3.1 g/dL, breathing fast, liver palpable. We admitted her to ⟦FACILITY_ROOM|Paediatric Ward 3, bed 18 at JOOTRH⟧. Blood was the problem: the satellite blood bank had no O negative and only two units of O positive for the whole hospital.

I gave her 20 mL/kg of whole blood over four hours and IV artesunate, and watched for fluid overload. Her mother's phone, ⟦PHONE|0722 555 481⟧, went round every relative in Kisumu looking for donors, and by evening three of her uncles had come in to donate.

She went home on day five with a haemoglobin of 7.8, iron and folic acid, and a mosquito net from the ward. The lesson for me: the ETAT+ triage worked, the artesunate worked, and the system nearly failed on the blood. Family replacement donation is not policy, but it saved her.`,
  },
  {
    id: "ke-what-002",
    setting: "community health",
    role: "community health promoter supervisor",
    text: `What? A MUAC screening day in a village in Kilifi County with seven community health promoters. We measured 134 children aged six to fifty-nine months. Nine were in the red (under 11.5 cm) and twenty-two in the yellow. Each of the red children was referred that same day to the outpatient therapeutic programme at the health centre, with a RUTF ration started.

So what? Last year the same village had four children in the red. The short rains failed, the maize harvest was poor, and the mothers told us they were eating one meal a day. Malnutrition is a weather report. We also saw that the mothers trusted the CHPs more than they trusted us, because the CHPs live in the same compounds and speak the same Giriama.

Now what? We have asked the sub-county nutrition officer to bring the next OTP day into the village rather than making mothers walk. I am also teaching the CHPs to use the new tablets for reporting, which should speed up the RUTF orders. And I have learnt to say "pole sana" and then stop talking and listen.`,
  },
  {
    id: "ke-gibbs-003",
    setting: "newborn unit",
    role: "neonatal nurse",
    text: `Description. On ⟦DATE|Madaraka Day⟧ the newborn unit at ⟦FACILITY_ROOM|Pumwani⟧ was full: 48 babies, four nurses on the day shift. ⟦NAME|Baby Wanjiru⟧, a 1.2 kg preterm on bubble CPAP, desaturated while I was feeding another baby two cots away. By the time I reached her she was blue.

Feelings. I had guilt like a stone in my stomach. I had been to her cot forty minutes earlier.

Evaluation. I suctioned, checked the prongs, increased the flow, and she came back. The bubble CPAP did its job. What did not work was the ratio: one nurse for twelve babies, three of them on CPAP.

Analysis. The national standards for newborn units recommend one nurse to four babies in the high-dependency area. We were three times that. I also realised I had stopped writing observations because I had no time, which means that on paper she was fine until she wasn't. Her SHA number, ⟦ID|CR5528104417-3⟧, was missing from the admission book too, which the records clerk chased me about later.

Conclusion. Some failures are mine and some are the system's, and I have to be honest about both.

Action plan. I now group the CPAP babies together so one nurse can see all of them, and I reported the staffing through the incident system.`,
  },
  {
    id: "ke-free-004",
    setting: "paediatric ward",
    role: "medical student",
    text: `Paediatrics at a referral hospital in Eldoret, week four.

Things I have learnt that are not in the textbook:

- Oxygen is a treatment you can run out of. When the concentrators are all in use, you decide who gets the cylinder. The consultant, Dr Kiprop, makes those decisions calmly and explains them to the mothers.
- ETAT+ is the best teaching I have had. Airway, breathing, circulation, coma, convulsion, dehydration: it works at 3 am with no power.
- Mothers sleep two to a bed with their children and stay for weeks. They know more about the ward than we do.
- Amoxicillin dispersible tablets have changed pneumonia care. So has zinc for diarrhoea.
- Death here is not rare, and nobody pretends it is easy. After one death the nurses sang in Kalenjin at the bedside, and I did not understand the words but I understood everything.

I came to Moi University on exchange expecting to see "tropical medicine". Mostly I have seen ordinary childhood illness made dangerous by distance, poverty and delay.`,
  },
  {
    id: "ke-comment-005",
    setting: "newborn unit",
    role: "paediatrician",
    text: `Thank you for writing this honestly, it is a hard shift to relive. A small request from me as someone who reads these to teach: can you edit out the name of the unit and the baby's name? Even a public holiday plus a unit is enough for a family to recognise themselves. The reflection loses nothing without them, and it protects you too.`,
  },
  {
    id: "ke-free-006",
    setting: "adolescent health",
    role: "youth-friendly services nurse",
    text: `Youth-friendly services are not a room with posters. I learnt that from a sixteen-year-old mother.

⟦NAME|Mercy Atieno⟧ came to our clinic with her four-month-old son for his third-dose vaccines. She had been told at another facility that she was "too young to be a mother" and had not returned for three months. She lives in ⟦LOCATION|Gatwekera, behind the church with the green gate⟧, and works at a salon braiding hair. I saw her son's card and he had missed PCV and rotavirus.

We caught him up that day. Then we talked about her: she wanted an implant but feared her aunt would find out. We agreed she would come back on a Saturday, when the adolescent clinic runs and her aunt goes to the market. She gave me her M-Pesa number (⟦PHONE|0711 555 203⟧) so we could send reminders, and she asked that we never call, only text.

What I took from it: she was not lost to follow-up. We lost her by being judgemental. The national adolescent guidelines talk about "non-judgemental attitude", and it really is the whole intervention.`,
  },
  {
    id: "ke-what-007",
    setting: "paediatric emergency",
    role: "paediatrics registrar",
    text: `What? A six-year-old boy brought in to our casualty in Mombasa two days after a dog bite to the face. The dog had belonged to a neighbour and had since died. His grandfather, ⟦NAME|Mzee Karisa⟧, brought him from ⟦LOCATION|Mwabungo, past the mosque on the Ukunda road⟧ on two matatus, because the dispensary had no rabies vaccine.

So what? This is a category III exposure on the face, the highest risk. He needed wound washing for fifteen minutes, rabies immunoglobulin infiltrated into the wound, and the vaccine course. We had vaccine but no immunoglobulin in the whole county. I gave what we had, arranged for the immunoglobulin through a private pharmacy that the family could not really afford, and called the county rabies focal person.

Now what? Kenya's national rabies elimination strategy aims for zero deaths by 2030, but it depends on dog vaccination and on vaccine at the dispensaries. I have written to the sub-county health team with the case (no names), and I am teaching our interns to take every dog bite seriously, however late the child comes.`,
  },
  {
    id: "ke-free-008",
    setting: "paediatric palliative care",
    role: "palliative care nurse",
    text: `Morphine for children is still treated like a crime in some places.

I work in a hospice palliative care team covering three counties. Last month I visited a twelve-year-old girl with advanced Burkitt lymphoma at her home, and her pain score was nine out of ten. The nearest dispensary had oral morphine but the clinical officer was afraid to give it to a child. "She will become addicted," he said.

I sat with him and went through the WHO guidelines on persisting pain in children (2012): the two-step ladder, oral morphine by the clock, the starting dose of 200–400 micrograms per kilogram. We started her on a low dose and titrated. Two days later her mother sent a message through the CHP: she had slept through the night for the first time in a month.

The Kenya Hospices and Palliative Care Association runs trainings, and I want every county to send its clinical officers. Fear of opioids kills comfort. The children we care for cannot wait for attitudes to change slowly.

Her mother said "asante" to me. I think it should have been the other way round.`,
  },
  {
    id: "ke-gibbs-009",
    setting: "outpatient paediatrics",
    role: "clinical officer intern",
    text: `Description: A Monday morning in the outpatient clinic of a sub-county hospital. I saw 38 children before lunch. One, an eleven-month-old with fast breathing and chest indrawing, I classified as "pneumonia" and sent home with amoxicillin DT. My supervisor reviewed the child on the way out and found a saturation of 88% — severe pneumonia needing admission.

Feelings: Shame, then relief that he was caught.

Evaluation: I followed IMCI, but I skipped the pulse oximeter because it was in another room. The updated guidelines now include saturation for exactly this reason.

Analysis: Volume pushes us to cut corners. I saw fast breathing and stopped thinking. Under 90% is severe pneumonia regardless of other signs.

Conclusion: The oximeter is not optional.

Action plan: We moved the oximeter to the triage desk so every child with cough or difficult breathing has a saturation before they reach me.`,
  },
  {
    id: "ke-free-010",
    setting: "immunisation outreach",
    role: "nurse",
    text: `Outreach immunisation in Turkana is about finding the children before the goats move.

Last week we drove four hours to a cluster of manyattas where the families had moved for water. I vaccinated 27 children: measles-rubella, pentavalent, PCV, and a lot of vitamin A. One little girl, ⟦NAME|Ekai⟧, had a Mother and Child Health Handbook that said she was born on ⟦DATE|12/08/2024⟧ at home in ⟦LOCATION|Nakurio, the manyatta below the borehole⟧, and she had had nothing since BCG. Her grandmother carried her to us on her back. She got four vaccines in one sitting, cried for thirty seconds, and then ate a whole mandazi.

What I learnt: the outreach schedule is built around the clinic's week, not the herders' movements. If we called ahead through the chief's office, we could meet families where they are going, not where they were.

I also need to carry more vitamin A. We ran out at child twenty.`,
  },
];
