import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 8 items. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "inpatient psychiatry",
    role: "psychiatry resident",
    text: `
In Lagos, people say "you will end up in ⟦FACILITY_ROOM|Yaba⟧" as a joke. Working on ⟦FACILITY_ROOM|Female Ward 3, bed 9, Federal Neuropsychiatric Hospital, Yaba⟧, it stops being funny.

⟦NAME|Mama Tunde⟧ brought her daughter ⟦NAME|Folake⟧ on ⟦DATE|the second day of Sallah⟧, after a week at a prayer house where she was fasted and flogged. ⟦NAME|Folake⟧ had bipolar disorder, first manic episode at 19, and had been "delivered" three times. Mama gave me her number, ⟦PHONE|0803 555 0192⟧, and said, "Doctor, call me before the pastor calls me."

We gave haloperidol and promethazine for the first night, then switched to olanzapine. By day ten ⟦NAME|Folake⟧ was laughing at my Yoruba.

I don't want to sneer at the prayer house. ⟦NAME|Mama Tunde⟧ went there first because it was near, cheap, and nobody would say "⟦FACILITY_ROOM|Yaba⟧". If we want families to come to us first, we have to be nearer, cheaper and kinder, not just more correct.
`,
  },
  {
    id: "ng-what-002",
    setting: "community psychiatry",
    role: "psychiatry resident",
    text: `
What? On our community outreach in the South-West, we visited a healing home where seven men were chained to a wall by the ankle. The proprietor was polite and proud: "we have cured many." My consultant, Dr. Adebayo, did not argue; she asked whether we could examine the men and leave medication.

So what? The National Mental Health Act (2021) finally replaced the Lunacy Act of 1958, but a law in Abuja does not open a padlock in a village. Chaining is what people do when there is no hospital within a day's journey and the family is afraid.

Now what?
- We left chlorpromazine, haloperidol and benzhexol and a plan for the community health extension worker to supervise doses.
- We promised to return in a month, and we must.
- I want to understand the healers better, not just condemn them. Abeg, sometimes the healer is the only one who comes.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "forensic psychiatry",
    role: "consultant psychiatrist",
    text: `
Description. Court-ordered assessment at ⟦FACILITY_ROOM|the forensic unit of Neuropsychiatric Hospital Aro, Abeokuta⟧. ⟦NAME|Mr. Chukwuemeka Obi⟧, NIN ⟦ID|48210376615⟧, of ⟦ADDRESS|14 Adeola Close, off Kuto Road, Abeokuta⟧, charged after an assault on a neighbour he believed was poisoning his water.

Feelings. I felt the weight of the court letter more than the clinical question.

Evaluation. He was clearly psychotic at the time of the offence; the history from his brother and the neighbour's own statement fitted. He had never been treated.

Analysis. Our forensic beds are few and the prisons hold many people who should be with us. Writing the report I was conscious that "not guilty by reason of insanity" can mean an indefinite stay at the Governor's pleasure. Fitness to plead is a clinical question with a legal consequence.

Conclusion. I recommended treatment first and a review of fitness after eight weeks of risperidone.

Action plan. Teach the residents to separate the clinical opinion from the legal outcome, and to write reports a magistrate can read.
`,
  },
  {
    id: "ng-free-004",
    setting: "substance use",
    role: "medical student",
    text: `
Psychiatry posting, week two, Kano. I thought addiction in Nigeria meant alcohol and Indian hemp. I learned about codeine cough syrup ("syrup", "lean"), tramadol in 225 mg tablets sold from kiosks, "colorado" (synthetic cannabis), and sniffing of solvents among almajiri boys.

The ban on codeine syrup in 2018 changed the market but not the need. Most of the young people we saw in clinic had started with tramadol for work — to carry more loads, to stay awake driving.

My registrar, Dr. Sani, says we treat the drug but forget the economy. A young man who uses tramadol to push a truck for twelve hours needs a job with breaks, not just a detox.

I came in with judgement. I'm leaving with questions about poverty, work, and what "recovery" means when the work is the reason you started.
`,
  },
  {
    id: "ng-comment-005",
    setting: "inpatient psychiatry",
    role: "mental health nurse",
    text: `
Good write-up, doctor, but please, the ward and bed number, the Sallah date and the mother's phone number should come out before this goes further. Families in Lagos read these pages. Even the "Mama" name is enough for her church members to know. Anonymise fully and repost, the lesson is still strong.
`,
  },
  {
    id: "ng-free-006",
    setting: "perinatal mental health",
    role: "psychiatry resident",
    text: `
Postnatal depression in the North is often called "weakness after delivery". ⟦NAME|Hajiya Binta⟧ (her husband insisted on the title though she is twenty-two) delivered her third child at home in ⟦LOCATION|Unguwar Dan Kande, behind the Friday mosque near Gwarzo⟧, and stopped eating around ⟦DATE|Eid-el-Kabir⟧. Her mother-in-law brought her to our clinic after the local Islamiyya teacher, Malam Audu, suggested "the hospital doctors".

PHQ-9 was 21. She told me, in Hausa through our nurse, "na gaji" — I am tired — six times in ten minutes.

We started sertraline 50 mg, arranged for the community health worker to visit, and spoke with her husband about rest. He listened. He said his mother had had the same thing after his birth and was "never right again". Intergenerational illness, intergenerational silence.

I want our antenatal clinics to screen. It is not complicated. It just has to be somebody's job.
`,
  },
  {
    id: "ng-what-007",
    setting: "inpatient psychiatry",
    role: "psychiatric nurse",
    text: `
What? Acute male ward, afternoon. A young man with schizophrenia became aggressive after his family did not come on visiting day. He threw a chair. Sister Ngozi and I used de-escalation first; when that failed, the doctor ordered haloperidol 5 mg with promethazine 25 mg IM.

So what? Nobody was hurt, but I keep thinking about the trigger. He had been asking for his mother since morning and we were busy with a ward round. If one of us had sat with him for ten minutes at noon, maybe the chair stays on the floor.

Now what? I have suggested a "visiting day check" at handover: which patients are expecting visitors, and what we will do if nobody comes. Sister Ngozi agreed. Our matron, Mrs. Eze, wants it written as a small audit over three months. I am happy to do it.
`,
  },
  {
    id: "ng-free-008",
    setting: "substance use",
    role: "clinical psychologist",
    text: `
Motivational interviewing in a small town is different because everybody knows everybody.

My client is ⟦OTHER|the only female okada rider in Ilobu⟧ — her words, and true; the whole town calls her by her bike. She is thirty-four, drinks ogogoro from 6 am, and has started losing passengers. She came because a customer posted a video of her swaying on the bike to ⟦OTHER|@okadaqueen_ilobu⟧, her own business page.

We worked on ambivalence: she loves the freedom of the bike and she hates the shaking hands in the morning. Her AUDIT score was 29. I referred her for a supervised detox with chlordiazepoxide and thiamine because the withdrawal risk is real.

What I learned: in a small place, the problem is public, so the solution must be a little public too. She wants to tell her customers herself that she is getting help. I am not sure that is wise. She is sure. It is her story.
`,
  },
];
