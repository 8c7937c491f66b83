import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote dialysis",
    role: "remote area nurse",
    text: `
Description. I have been the nurse in charge of a two-chair remote dialysis unit for three years, and one of my regulars is ⟦NAME|Mr Jimmy Tjapaltjarri⟧, a senior man who moved back to ⟦LOCATION|Kintore community⟧ after years of dialysing in Alice Springs. His Medicare number is ⟦ID|${medicare("2953 7618", 2)}⟧, and on ⟦DATE|Wednesday 24 July⟧ he missed his session because of sorry business for a relative.

Feelings. I felt the tension between two obligations: his health and his culture. I worried he would end up back in town, and I also knew that telling him to skip sorry business would be wrong.

Evaluation. We rescheduled him for the next morning and did a longer run. His potassium was 6.1 but he was otherwise well. He told me through his nephew, ⟦NAME|Lionel⟧, whose number is ⟦PHONE|0491 570 223⟧, that he was grateful we did not make a fuss.

Analysis. Remote dialysis exists because people were dying homesick in town. Purple House started it, and the research on returning people to country is strong. But we need flexible scheduling for funerals and ceremonies, not only for machines.

Conclusion. Culture is part of treatment, not an interruption.

Action plan. I will agree a plan with our Aboriginal health practitioner, Shirleen, for cultural absences, so that extra sessions are arranged in advance.
`,
  },
  {
    id: "au-free-002",
    setting: "rheumatic heart disease",
    role: "cardiology advanced trainee",
    text: `
Rheumatic heart disease is a disease of poverty, and in Australia it lives almost entirely in Aboriginal and Torres Strait Islander communities. I spent six months in Darwin, and most of my clinic was young people with mitral regurgitation on four-weekly benzathine penicillin injections.

The injections are painful. The RHD Australia guidelines (2020) recommend them every 28 days for at least ten years, sometimes much longer. Many of the young people I met were not getting them on time, and the reasons were obvious once I listened: the pain, the distance, moving between communities, the shame of being the sick one.

The nurses who gave the injections taught me the most. One of them, Rachel, used buzzing vibration devices, ice, and a lot of humour. Another, Cassie, arranged to give injections at the football oval after training. Adherence went up in both their clinics.

I also learned about the long arc. By the time someone needs valve surgery at twenty-two, the opportunity for prevention has passed many years earlier, with skin sores, sore throats and overcrowded housing. The Heart Foundation and the Menzies School of Health Research have both called for this to be treated as a national emergency.

As a cardiologist I will mostly see the end of the story. I want to keep reminding myself that the beginning is in primary care and housing, and that injections every 28 days for a decade are a burden we ask children to carry for a disease that should not exist.
`,
  },
  {
    id: "au-what-003",
    setting: "home haemodialysis",
    role: "home therapies nurse",
    text: `
What? I train people to do haemodialysis at home, and ⟦NAME|Graham Pettigrew⟧ has been on home nocturnal dialysis for four years on an NxStage System One, serial ⟦DEVICE|NX1-0048832⟧. His machine uploads treatment data overnight from his home router at ⟦IP|203.0.113.87⟧, and on ⟦DATE|9/11/2024⟧ the uploads stopped. His email, ⟦EMAIL|graham.pettigrew@example.net⟧, bounced when I tried to contact him.

So what? I panicked, imagining him collapsed at home. I rang his wife, ⟦NAME|Sue⟧, who said they had changed internet providers and he was fine. I felt silly, but also aware that our monitoring is only as good as the connection.

Home dialysis gives people their lives back. ⟦NAME|Graham⟧ works full time and sleeps through his treatment. But we have moved safety checks from a nurse's eyes to a data feed, and we do not always have a backup when the feed stops.

Now what? I am writing a protocol for lost uploads: a phone call within twenty-four hours, then a home visit within forty-eight if there is no answer. Our unit manager, Mei Lin Tan, has agreed to take it to the clinical governance meeting. I will also ask patients for a second contact and update our records every six months, not just at training.
`,
  },
  {
    id: "au-free-004",
    setting: "copd in a mining town",
    role: "general practice registrar",
    text: `
I have spent a year as a GP registrar in a practice in the Hunter Valley, where many older men worked underground or in the power stations. COPD is everywhere. Some also have coal workers' pneumoconiosis, and a few are waiting for compensation decisions that have taken years.

I arrived with my guidelines: the COPD-X Plan from Lung Foundation Australia, spirometry, inhaler checks, the vaccination schedule. All of that matters. But what I really learned was how these men felt about being breathless. They had been strong, physical workers, and now they could not walk to the letterbox.

My supervisor, Dr. Michael Brennan, has been in the practice for thirty years. He knows most of their families. He told me that breathlessness in these men often comes with depression, and that they will never mention it. He asks about their sheds, their dogs and their mates, and he listens for grief.

I started asking about mood at every COPD review. Many men answered with one word, but some opened up. One said he had not been to the pub in a year because he could not manage the stairs, and he missed his mates more than he missed the beer.

I referred several men to the local pulmonary rehab group, which runs at the community centre. The exercise helps, but so does the company. Next year I am going to a practice in Sydney, and I want to remember that breathlessness is an emotional illness as well as a physical one.
`,
  },
  {
    id: "au-free-005",
    setting: "aged care heart failure",
    role: "nurse practitioner",
    text: `
I have cared for ⟦NAME|Mrs Edna Fairweather⟧ for three years at ⟦LOCATION|Banksia Grove aged care home in Kurri Kurri⟧. She turned ⟦AGE|96⟧ on ⟦DATE|2 February⟧, and she has heart failure, chronic kidney disease and macular degeneration.

She likes to tell me that she has outlived four cardiologists. When I review her medications, she asks what each tablet is for, and if I cannot give a good answer, she refuses it. She is usually right. Over the three years, we have reduced her list from fourteen medicines to seven.

Her daughter, ⟦NAME|Jan⟧, visits every Sunday and worries about every change. When I stopped her statin, ⟦NAME|Jan⟧ rang to ask whether I was giving up on her mother. We had a long conversation about what the statin could do at her age, which was almost nothing, and what it might cost her in muscle aches and pills to swallow.

I have learned that continuity is what makes deprescribing safe. I know her baseline: her weight, her breathlessness, her mood. I can tell when something is wrong. And she trusts me enough to tell me when she is ready to stop something.

The Royal Commission into Aged Care Quality and Safety highlighted the harm of polypharmacy in residential aged care. I want other nurses to feel confident in deprescribing, and I plan to run a session for the staff here next month.
`,
  },
  {
    id: "au-comment-006",
    setting: "type 1 diabetes",
    role: "diabetes educator",
    text: `
Great reflection. The NDSS subsidies for CGM changed our clinic completely. Our teenagers used to come with blank diaries; now we look at time in range together, and they can see what a late-night pizza does. Diabetes Australia's resources for schools have helped too. It is still hard to keep young adults coming after they turn eighteen.
`,
  },
  {
    id: "au-comment-007",
    setting: "remote dialysis",
    role: "nephrologist",
    text: `
Thanks for sharing. I think I met ⟦NAME|Jimmy⟧ at ⟦FACILITY_ROOM|chair 2 in the Kintore dialysis room⟧ during our outreach trip on ⟦DATE|the 16th⟧. He was very clear that he will not come back to Alice. He gave us a good lesson in listening, and we have changed his dialysis prescription to make the most of each session.
`,
  },
  {
    id: "au-what-008",
    setting: "pharmacist medication review",
    role: "consultant pharmacist",
    text: `
What? I do Home Medicines Reviews for GPs in the outer suburbs of Melbourne, and this year most of my referrals were for people with several long-term conditions: diabetes, heart failure, kidney disease, arthritis. The average patient I saw took eleven medicines.

So what? The home visit shows you what a clinic cannot. Boxes of expired medicines in the kitchen drawer. Two different brands of the same drug, taken together because the names looked different. A Webster-pak that had not been opened for a week. An SGLT2 inhibitor taken during a vomiting illness, which nobody had told the patient to stop.

I used to think that my job was to make recommendations to the GP. Now I think it is to understand how a person actually lives with their medicines. The recommendations come out of that.

One GP, Dr. Nadia Haddad, invites me to a case conference after each review, and her patients' medicine lists are shorter and safer. Others simply file my report. The Pharmaceutical Society of Australia's guidelines on medication review encourage collaboration, but it depends on relationships.

Now what? I want to build relationships with a few practices rather than do scattered reviews. I also want to write sick day guidance in plain language for our patients on SGLT2 inhibitors, metformin and diuretics, because acute kidney injury during illness was the most common serious problem I saw.
`,
  },
  {
    id: "au-free-009",
    setting: "community mental health",
    role: "psychiatry registrar",
    text: `
I have spent twelve months with a community mental health team in Brisbane, and the patients who stayed with me most were those on clozapine. They have treatment-resistant schizophrenia, they have been through many admissions, and clozapine has given them years of relative stability.

Clozapine care is relentless. Blood tests every four weeks for life, monitoring for neutropenia, constipation, weight gain, diabetes, myocarditis in the early weeks. Our clozapine coordinator, Ben, knows every patient's bowels better than they do. I learned that clozapine-induced gastrointestinal hypomotility kills more people than agranulocytosis, and that nobody likes talking about constipation.

What struck me was how much the team mattered to these patients. Some had known the same case manager for ten years. They came to the clinic not only for bloods but to talk, have a coffee and be known. When a case manager left, several patients relapsed.

I also saw the physical health gap. People with schizophrenia in Australia die much earlier than the general population, mostly from heart disease and diabetes. Our team started a physical health clinic with a GP, Dr. Hannah Lee, who comes once a week.

I am going back to the inpatient unit next rotation. I want to remember that discharge is not the end of care, and that the relationship with a community team is often the strongest thing keeping someone well.
`,
  },
];
