import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";

/** Canada: 8 items. */
export const CA: readonly SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "inpatient psychiatry",
    role: "psychiatry resident",
    text: `
Form 1 on a Friday afternoon, Ottawa. ⟦NAME|M. Réjean Gagnon⟧, health card ⟦ID|${ohip("5521-873-46")}⟧ (version code on the back of the photocopy), brought in by his daughter ⟦NAME|Sylvie⟧ from Gatineau after he stopped eating because he believed his food was "empoisonnée". He ended up in ⟦FACILITY_ROOM|room 7 on the Schedule 1 unit at Rideau Valley General⟧.

My French is classroom French. His is Outaouais French with a lot of patience for me. The Form 1 lets us hold him for up to 72 hours for assessment; the more important question was whether he was depressed with psychotic features or in the early stages of dementia. ⟦NAME|Sylvie⟧ said: "Il a toujours été un peu méfiant, mais pas comme ça."

We went with the depression hypothesis: sertraline, olanzapine for now, and a proper cognitive assessment once the mood lifts. ECT is on the table if he keeps refusing food.

Lesson: language is clinical. A man tested in his second language scores lower on everything. I have asked for a francophone psychologist for the cognitive testing.
`,
  },
  {
    id: "ca-what-002",
    setting: "harm reduction",
    role: "addiction medicine physician",
    text: `
What? I prescribed hydromorphone tablets under the safer supply guidance in Vancouver to a man in his thirties who had overdosed four times in a year. He told me it was the first time in a decade he had woken up not "dope-sick".

So what? Safer supply is politically contentious, and the evidence is still developing. The 2024 changes to witnessed dosing in BC came partly from diversion reports. I have seen diversion. I have also seen people stop dying. Both things are true.

Now what?
- Document the rationale and the monitoring in every chart.
- Offer OAT (buprenorphine or methadone or slow-release oral morphine) alongside, and keep offering.
- Talk to pharmacists, who see what we don't.

The Canadian Drug Policy Coalition and the BC Centre on Substance Use publish more than I can read. My mentor, Dr. Lau, says to read the data and also listen to the room. I'm trying to do both.
`,
  },
  {
    id: "ca-gibbs-003",
    setting: "youth suicide prevention",
    role: "mental health nurse",
    text: `
Description. Fly-in locum to ⟦LOCATION|Kinoje Lake First Nation⟧, up the coast from Moosonee. ⟦NAME|Auntie Rose Wabano⟧ called the nursing station on ⟦DATE|Canada Day⟧ because her granddaughter ⟦NAME|Kayla⟧ had posted goodbye messages.

Feelings. Fear, and the old feeling of being an outsider in a crisis that isn't mine.

Evaluation. The community crisis team found ⟦NAME|Kayla⟧ before we did. ⟦NAME|Auntie Rose⟧ had called the band office first. I was useful only when they needed a nurse for a medical check and a phone call to the psychiatrist down south.

Analysis. Youth suicide in northern First Nations communities is rooted in colonial history, residential schools, housing and loss of land, not in a single young person's serotonin. My role is support to community-led responses.

Conclusion. Chi-miigwech to the elders who let me sit in the circle.

Action plan. Take the cultural safety course before I go back, and learn the names of the crisis team, not just their job titles.
`,
  },
  {
    id: "ca-free-004",
    setting: "medical assistance in dying",
    role: "medical student",
    text: `
Our psychiatry seminar this week was a debate on MAID where mental illness is the sole underlying condition. The expansion has been delayed more than once, now to 2027, and the room was split almost exactly in half.

I went in thinking the question was about autonomy. I came out thinking it's about whether we can reliably say a mental illness is irremediable, and whether we are offering people the treatment they need before asking that question. Wait times for DBT in my province are over a year.

Our tutor, Dr. Bouchard, made us read the expert panel report (2022) and the Centre for Addiction and Mental Health position. She refused to tell us her own view, which was irritating and probably correct.

I'm a second-year student and I don't have a position yet. I do have a strong feeling that the debate is happening in a system that can't provide basic care in time, and that matters.
`,
  },
  {
    id: "ca-comment-005",
    setting: "inpatient psychiatry",
    role: "social worker",
    text: `
I think ⟦NAME|Sylvie⟧ reached out to our family support group last week! She's trying to get power of attorney sorted. If you want to loop her in, her email is ⟦EMAIL|sylvie.gagnon.gatineau@example.ca⟧ — she said any of the team can write. Bon courage à vous tous.
`,
  },
  {
    id: "ca-free-006",
    setting: "early psychosis intervention",
    role: "occupational therapist",
    text: `
Early psychosis intervention in Canada is built on a simple idea: get to people in the first episode and stay with them for three years, through school, work, relapse and family life. I've been the OT on our team for two years now.

My favourite intervention isn't clinical. It's the weekly climbing group. Young people who won't speak in a therapy room will talk on a rope about voices, about cannabis, about the medication weight gain that makes them want to quit.

We measure what we can: duration of untreated psychosis, readmissions, return to school or work. The climbing group doesn't show up in those numbers directly. But three of our clients this year have gone back to college, and all three were climbers.

I'd like more evaluation of activity-based interventions in EPI. Until then I'll keep collecting chalk on my scrubs.
`,
  },
  {
    id: "ca-what-007",
    setting: "missing person",
    role: "community mental health nurse",
    text: `
What? One of our ACT team clients, ⟦NAME|Jordan MacIsaac⟧, did not come for his depot injection and could not be found. His sister set up a missing-person page, ⟦URL|https://www.facebook.com/groups/findjordanmacisaac⟧, and put his phone ⟦PHONE|902-555-0147⟧ in the post asking anyone who saw him to call. She also posted his photo with his full psychiatric history.

So what? The family had every right to look for him. But the page now says "schizophrenia, off meds, can be aggressive" under his face, and it will be there forever. I felt protective and also complicit, because I had given them the details on the phone.

Now what? We found him two days later in Dartmouth, safe. I helped the sister edit the post down to "missing, please call". I want our team to offer families help with missing-person posts as part of the crisis plan — what to say, what not to say.
`,
  },
  {
    id: "ca-comment-008",
    setting: "harm reduction",
    role: "pharmacist",
    text: `
Thanks for writing this so fairly. As a community pharmacist in Surrey, I'd add that we see both sides daily: people who are stable on safer supply, and the occasional person selling tablets. Witnessed dosing is hard for people with jobs. Happy to share our workflow.
`,
  },
];
