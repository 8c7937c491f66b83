import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "lvad clinic",
    role: "cardiology fellow",
    text: `
Description. In my second year of heart failure fellowship I have followed ⟦NAME|Mr. Raymond "Ray" Tolliver⟧ in the LVAD clinic since his implant. He is sixty-eight, a retired high school band director, and his HeartMate 3 controller reads serial ⟦DEVICE|HM3-1187-40552⟧, which he recites to every new nurse like a phone number. His MRN is ⟦ID|00418-7763⟧. On ⟦DATE|March 4, 2024⟧ he came in with a driveline exit-site infection, and his wife ⟦NAME|Loretta⟧ had been dressing it on her own for a week before calling.

Feelings. I felt irritated that she had waited, and then guilty for the irritation once I heard why: our after-hours line had put her on hold for forty minutes the weekend before, and she gave up.

Evaluation. The infection responded to oral cephalexin after cultures grew MSSA. The bigger failure was ours, not theirs.

Analysis. LVAD care depends on caregivers doing sterile technique at home for years. We train them intensively before discharge and then assume the skill and the stamina last forever. ⟦NAME|Loretta⟧ is seventy and has arthritis in both hands. She also told me that the best advice she had ever received came from other caregivers in the hospital's LVAD support group, not from us.

Conclusion. I had treated caregiver fatigue as a social work problem. It is a device complication risk.

Action plan. I have asked our VAD coordinator, Jenna Morales, whether we can add a caregiver check-in call at three and six months. I gave ⟦NAME|Loretta⟧ my clinic's direct line and wrote her cell, ⟦PHONE|(502) 555-0148⟧, on the top of the chart so whoever is on call can reach her directly.
`,
  },
  {
    id: "us-free-002",
    setting: "resident continuity clinic diabetes",
    role: "internal medicine resident",
    text: `
Three years of continuity clinic end next month, and I have been thinking about which patients taught me the most. The honest answer is the ones I did not fix.

I started intern year believing that if I explained type 2 diabetes clearly enough, A1c would fall. My attending, Dr. Anjali Patel, let me believe that for about four months. Then she asked me to list, for each of my diabetic patients, what they paid for insulin, what shift they worked, and who cooked at home. I could not answer for most of them.

The shift in my practice since then has been small but real. I ask about cost before I prescribe. I know which pharmacies near the clinic stock the cheaper human insulin and which ones will not price match. I use the ADA Standards of Care 2024, but I read the section on social determinants as carefully as the section on GLP-1 agonists. When semaglutide shortages hit last year, I already knew which of my patients could not afford a switch to tirzepatide.

I have also learned what diabetic ketoacidosis looks like in a patient who ran out of insulin to stretch it to payday: Kussmaul breathing in the waiting room, a glucose of 512 and a pH of 7.14. That happened once in my panel, and it changed how I do refills.

What I will take into fellowship is the habit of assuming the plan failed for a reason that made sense to the patient, and finding it out before I change the medication.
`,
  },
  {
    id: "us-what-003",
    setting: "hiv clinic",
    role: "social work intern",
    text: `
What? In the Ryan White clinic I helped ⟦NAME|Luis Ocampo⟧ re-enroll in the AIDS Drug Assistance Program. He has lived with HIV since 2009, works two restaurant jobs, and his coverage lapsed because a renewal letter went to an old address. I sat with him on ⟦DATE|Monday, August 12⟧ filling out forms. The SSA letter in his folder listed his SSN as ⟦ID|078-05-1120⟧, and I copied it onto three separate applications.

So what? It took two hours of a working man's day to prove, again, that he was poor enough and sick enough to deserve his medication. His viral load had been undetectable for six years. If he had missed a month of Biktarvy, that could have changed. My supervisor, Karen Whitlock, said this happens to someone every week and that renewal paperwork is one of the biggest drivers of viral rebound in our clinic.

I also noticed how much he trusted the clinic because he had seen the same nurse practitioner, Marisol, for a decade. He said he would not have come back otherwise.

Now what? I am building a renewal calendar for our patients so we call them a month before their ADAP and Medicaid dates. I want to learn more about the HRSA rules so I can explain them without sounding like the form itself. And I am going to be more careful with how I handle paper with Social Security numbers on it; I left one on the printer for ten minutes before realizing.
`,
  },
  {
    id: "us-free-004",
    setting: "outpatient dialysis unit",
    role: "dialysis nurse",
    text: `
Eight years in a for-profit dialysis unit in Phoenix, and I want to write about the Tuesday-Thursday-Saturday afternoon shift.

Twelve chairs, four hours a run, three runs a week. You see these people more than their own families do. I know who gets cramps at hour three and needs the ultrafiltration goal trimmed. I know who will ask for a warm blanket and who will refuse one. I know which patients watch Wheel of Fortune on the chair TV and which ones put on headphones and pretend we are not there.

What I did not understand when I started was how much of my job would be keeping people coming. Missed treatments are the single biggest risk we manage. A patient who skips one Saturday run arrives Tuesday with a potassium of 6.8 and two kilos of fluid on board, crackles at both bases, sometimes Cheyne-Stokes breathing by the afternoon. The KDOQI targets for Kt/V mean very little if people do not show up.

Our charge nurse, Denise Alvarado, taught me to treat a missed run as a question, not a violation. Usually the answer is transport, a sick grandchild, a second job, or plain exhaustion. Sometimes it is depression, which in our population runs far higher than anyone screens for.

I have started a short PHQ-2 at the start of every month for my patients, with the social worker's blessing. It takes one minute. It has already found two people who were thinking about stopping dialysis and had not told anyone.
`,
  },
  {
    id: "us-free-005",
    setting: "rural home visits heart failure",
    role: "family medicine resident",
    text: `
Our rural track includes monthly home visits, and for two years my patient has been ⟦NAME|Mrs. Opal Jean Caudill⟧, who is ⟦AGE|91 years old⟧ and lives up ⟦LOCATION|Lick Fork hollow past the Free Will Baptist church⟧ in a house her late husband built. The address on her chart, ⟦ADDRESS|1470 Lick Fork Road, Hindman, KY 41822⟧, sends the GPS to the wrong side of the creek, so the first time I got lost for an hour.

She has heart failure with preserved ejection fraction, atrial fibrillation and a stubborn refusal to take furosemide on church days because of the bathroom situation. I used to fight that. Now I adjust her dose around Sunday and Wednesday evening and she has not been admitted in fourteen months.

The visits taught me things a clinic never could. Her pill organizer sits next to a coffee can of her husband's old medicines that she will not throw away. Her granddaughter ⟦NAME|Kaylee⟧ does the weekly weights and texts them to me. The well water, the wood stove, the distance to the nearest pharmacy: all of it is part of her heart failure.

My preceptor, Dr. Wendell Sizemore, grew up two counties over and said on my first visit that the most important tool in the bag was the time to sit on the porch. I thought that was folksy. I now think it was the most accurate clinical advice I was given in residency.

When I finish, I will not be staying in eastern Kentucky, and I feel guilty about that. I have started handing her over to the next resident slowly, visit by visit, so she is not left with a stranger.
`,
  },
  {
    id: "us-comment-006",
    setting: "epilepsy clinic",
    role: "neurology resident",
    text: `
Thank you for posting this. The part about driving restrictions hit home. In our epilepsy clinic the state's six-month seizure-free rule is the conversation people dread most, more than the diagnosis itself. Dr. Rosen taught me to raise it early and to help with transport plans, not just recite the law and move on.
`,
  },
  {
    id: "us-comment-007",
    setting: "sickle cell support group",
    role: "medical student",
    text: `
Really glad you wrote about her. For anyone following up: ⟦NAME|Destiny⟧ runs the young adults sickle cell group now and posts updates as ⟦OTHER|@warrior_dez_stl⟧. Her fundraiser for the crisis bag project is at ⟦URL|https://www.gofundme.com/f/dez-crisis-bags-stl⟧. She gave me permission to share it with our class, though maybe not here.
`,
  },
  {
    id: "us-gibbs-008",
    setting: "heart failure clinic pharmacy",
    role: "clinical pharmacist",
    text: `
Description. I run the pharmacist-led titration visits in a heart failure clinic. Each patient comes every two weeks until they reach target doses of the four pillars: beta-blocker, sacubitril/valsartan, a mineralocorticoid antagonist and an SGLT2 inhibitor. This month I audited my own panel of forty patients.

Feelings. I expected to be proud. Instead I was a bit deflated: only eleven were on all four drugs at target.

Evaluation. The ones who reached target were mostly insured, English-speaking and lived within twenty minutes of clinic. The ones who stalled had copay problems with sacubitril/valsartan, dizziness they did not mention until the third visit, or hyperkalemia on spironolactone that made everyone nervous. Potassium of 5.6 stopped three titrations cold.

Analysis. The 2022 AHA/ACC/HFSA guideline is clear about what to give. It is much less clear about how to keep someone coming back every two weeks for six months when each visit costs a bus fare and a missed shift. Dr. Min-ji Kim, our medical director, pointed out that our no-show rate doubled in winter.

Conclusion. My titration protocol was good pharmacology and poor logistics.

Action plan. I will offer telephone titration visits with home blood pressure cuffs and local lab draws, use patiromer potassium binders where appropriate rather than stopping spironolactone, and work with our financial counselor to apply for manufacturer assistance at the first visit instead of the fourth. I will re-audit in six months.
`,
  },
  {
    id: "us-what-009",
    setting: "sickle cell adult transition",
    role: "hematology nurse practitioner",
    text: `
What? I met ⟦NAME|Destiny Harmon⟧ when she was nineteen and just transferred from pediatrics. She arrived in pain crisis on ⟦DATE|11/23/2023⟧ and was put in ⟦FACILITY_ROOM|bed 12 on 7 West at Barnes-Jewish⟧, where the admitting team had never met her and questioned her opioid dose for six hours. Her pediatric hematologist had a detailed pain plan. Nobody on the adult side had read it.

So what? For years she had been known, loved and believed in children's hospital. At nineteen she became a stranger with a drug history. That transition is where many young adults with sickle cell disease die, and the data on mortality in the first years after transfer are grim. She told me she felt like she had been "downgraded".

Over the next two years I saw her every month in our adult sickle cell clinic. We made an individualized pain plan that now sits at the top of her chart, started her on crizanlizumab (later stopped), and then hydroxyurea at a proper dose. Her admissions fell from nine a year to three.

Now what? I am working with our pediatric colleagues, led by Dr. Tamika Greene, on a joint transition clinic where patients meet the adult team twice before they turn eighteen. I want the pain plan to travel with the patient, not in a fax. And I want to keep listening to people like ⟦NAME|Destiny⟧, who was right about what the system was doing to her long before I was.
`,
  },
  {
    id: "us-free-010",
    setting: "epilepsy surgery clinic",
    role: "medical student",
    text: `
My third-year neurology block included two weeks in the comprehensive epilepsy clinic, and one afternoon changed how I think about chronic disease.

Dr. Aaron Rosen saw four patients with drug-resistant epilepsy in a row. Each had failed at least two adequately dosed medications, which is the ILAE 2010 definition. Each had been living with seizures for more than ten years. And each had heard about epilepsy surgery for the first time in the last year, despite the fact that temporal lobe resection has had randomized evidence since 2001.

I asked Dr. Rosen why. He said that a lot of people with epilepsy and a lot of their doctors settle. Two or three seizures a month become normal. People arrange their lives around not driving, around jobs they can do, around the fear of a seizure at the grocery store. He said the average delay to surgical referral in the United States is around twenty years.

One patient, a teacher, said she had been told the seizures were "just part of her". She wept when she heard about SEEG and the chance of being seizure-free.

I left thinking about the difference between stability and acceptance. In chronic disease we praise stability, and we should. But sometimes stability is a lowered expectation, and a new pair of eyes can see it. I want to keep asking, in every long-term condition I meet, whether this is the best it can be or just the best we have got used to. The Epilepsy Foundation's referral resources are now bookmarked on my phone.
`,
  },
  {
    id: "us-free-011",
    setting: "copd clinic",
    role: "faculty pulmonologist",
    text: `
I have taught residents in our COPD clinic for fifteen years, and this year I tried something different. Instead of presenting each patient to me after the visit, residents present the patient's week: what the patient did on Monday, what they could not do on Wednesday, when they used their rescue inhaler.

It was awkward at first. The residents are trained to present spirometry, exacerbation history, inhaler regimen and oxygen prescription, and they do it well. FEV1 42% predicted, two exacerbations last year, on triple therapy with budesonide, glycopyrrolate and formoterol. But when I asked what the patient had done on Sunday, most of them did not know.

After a month, the presentations changed. One resident realized her patient had stopped going to church because the parking lot was too far from the door. Another found a man who had stopped bathing because the steam made him breathless and he was embarrassed to say so. Those were things we could act on: a handicap parking placard, a shower chair, a referral to pulmonary rehab that actually got used.

I do not want to overclaim. The GOLD 2024 strategy is the scaffold, and the drugs matter. But in chronic disease the week is the unit of suffering, not the visit. My colleague Dr. Helen Yoon is trying the same approach in her interstitial lung disease clinic, and we will compare notes at the end of the academic year.
`,
  },
];
