import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "waterfront community health",
    role: "community health officer",
    text: `
Our outreach boat goes out to the waterfront communities of Lagos lagoon every second Saturday. This week the cholera alert was on, and ⟦NAME|Mama Bisi⟧ flagged us down from ⟦LOCATION|the third stilt house past the Makoko church jetty⟧. She is ⟦AGE|93⟧ by her own count, and her great-grandson, ⟦NAME|Tobi⟧, had been passing rice-water stool since morning.

We gave ORS and zinc in the canoe, and I took the boy and ⟦NAME|Mama Bisi⟧ to the primary health centre, because he was already sunken-eyed. She gave me her son's number, ⟦PHONE|0803 555 2714⟧, because her own phone "has fallen inside the water".

These communities are on water. The latrines are on water. The drinking water comes from sachets that cost money, and when money finishes, people drink from the lagoon. No number of health talks changes that.

My supervisor, Mrs. Folake Adewale, has been doing this for twenty years. She says our job is to come back every second Saturday, so people know we are coming. I am learning Egun words from the children. They laugh at my pronunciation, which is fair.
`,
  },
  {
    id: "ng-what-002",
    setting: "internally displaced persons",
    role: "medical officer",
    text: `
**What?** I spent three months at a clinic for internally displaced people in Maiduguri. On my first day, a woman asked me for "the tablet for sleep". I gave her advice on sleep hygiene. My Hausa was not good enough to hear what she was actually saying, which my nurse, Hajiya Aisha, explained afterwards: she had not slept since the night her village was attacked.

**So what?** In crisis settings, mental health presents as headache, body pain, "heat in the head", and sleeplessness. The mhGAP Humanitarian Intervention Guide describes this. I had read it. I had not recognised it in a real person in front of me.

**Now what?** I started asking, through Hajiya Aisha, one question to every adult: "Since you came here, what has been the hardest thing?" Many people cried. Some laughed. Some talked for twenty minutes. We referred the most distressed to the psychosocial team run by an NGO, and started fluoxetine 20 mg for a few with clear depression. I am still not sure how to measure whether this helped. I am sure it was better than sleep hygiene.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "IDP camp",
    role: "house officer",
    text: `
**Description:** On our outreach to ⟦LOCATION|the Durumi camp⟧ in Abuja, I met ⟦NAME|Malam Haruna Bello⟧, a farmer from Borno who now sells firewood, with a hernia the size of a melon. He had been booked for surgery at the teaching hospital twice. He gave me his NIN, ⟦ID|55219038417⟧, and the surgery booking slip dated ⟦DATE|17/02/2025⟧, and asked me why they cancelled.

**Feelings:** Helpless. Then irritated, when I found out why.

**Evaluation:** They cancelled because he could not pay the deposit. The NHIA was supposed to cover him under the vulnerable group fund, but his enrolment never completed.

**Analysis:** My consultant, Dr. Ibrahim Yusuf, explained that the Basic Health Care Provision Fund exists for exactly this. The problem is the distance between a fund and a patient. ⟦NAME|Malam Haruna⟧ speaks Kanuri and Hausa, reads Arabic script, and the forms are in English.

**Conclusion:** An entitlement nobody can claim is not an entitlement.

**Action plan:** I took the forms back to the camp with a Kanuri-speaking volunteer. We completed twelve enrolments in one afternoon. His operation is booked again. Ina fata, this time.
`,
  },
  {
    id: "ng-free-004",
    setting: "almajiri children",
    role: "pharmacist",
    text: `
I run a community pharmacy in Kano near a busy junction where almajiri boys beg in the morning. Most mornings one or two come in with wounds, coughs or sore eyes, and ask for "medicine" with a few naira.

I used to sell them whatever was cheapest. Now I do it differently. I clean the wound, I give what they need without charging, and I write down in a notebook (no names, just age and complaint) what I treated. After three months: ringworm, scabies, conjunctivitis, malaria, wounds from fighting, and two boys with a cough that lasted weeks, whom I sent to the general hospital with a note.

The Malam of their school came to see me after a month. I was worried. He wanted to thank me. We agreed that I would visit the school every Friday afternoon for one hour.

I am not a doctor. Pharmacists in Nigeria are often the first and only health worker a poor person meets. The Pharmacists Council of Nigeria talks about pharmaceutical care. For me, now, it means knowing these boys by sight and knowing what they need before they ask.
`,
  },
  {
    id: "ng-comment-005",
    setting: "IDP camp",
    role: "senior registrar",
    text: `
Well done on the enrolments. One request: please remove the man's NIN and the date on his slip from the post. With the camp, his trade and his condition, anyone from the community would recognise him. Describe him as "a farmer from the north-east" and the lesson is the same.
`,
  },
  {
    id: "ng-free-006",
    setting: "sex workers' clinic",
    role: "nurse",
    text: `
Our key population clinic in Port Harcourt opens at night, because that is when our clients are free. This week a young woman, ⟦NAME|Tamara Okechukwu⟧, came in for her PrEP refill. She had changed her phone, so I updated the record with her new email, ⟦EMAIL|tamara.oke99@example.com⟧, and her NHIA enrolment number, ⟦ID|NHIA-RV-0094417⟧, which her new boss at the salon had arranged.

She told me she was leaving sex work. She had been saving for a hairdressing chair since ⟦DATE|Christmas 2021⟧. She was proud, and I was proud of her.

Then she asked whether her records from our clinic would follow her to her new health insurance. She was scared her new employer would see them. I told her honestly that our clinic's records are separate and protected, and that she decides whether she tells anyone.

What I learned: leaving sex work is a health event too. Stigma follows people. Our records need to protect the past as well as the present. I will raise this with our programme manager, Mr. Emeka Nwankwo, so we have a clear answer for the next person who asks.
`,
  },
  {
    id: "ng-what-007",
    setting: "urban slum health",
    role: "medical student",
    text: `
**What?** On my community medicine posting in Ibadan, we did a house-to-house survey in a crowded inner-city area. In one compound of twelve rooms, there were fifty-three people, one toilet, and one well. Three children had had diarrhoea that week.

**So what?** We learn about the determinants of health in lectures, as a diagram. Standing in that compound, I understood them as a smell. The landlord lives elsewhere. The tenants cannot fix the toilet because it is not theirs. The local government has a sanitation day on the last Saturday of the month, but it is about sweeping, not pipes.

**Now what?** Our group presented our findings to the community development association, with the help of our lecturer, Dr. Oluwaseun Adeyemi. The chairman promised to talk to the landlord. I am doubtful. But I also learned that the women of the compound had already organised a rota to boil water, without any of us telling them, which is a better intervention than anything we had planned.
`,
  },
  {
    id: "ng-free-008",
    setting: "prison release",
    role: "HIV programme officer",
    text: `
A man was released from ⟦FACILITY_ROOM|the medical cell at Kirikiri Medium Security Custodial Centre⟧ last month with HIV and no antiretrovirals in hand. ⟦NAME|Mr. Chidi Eze⟧, ⟦NAME|Chidi⟧ to us, came to our centre three weeks later from his brother's place at ⟦ADDRESS|12 Adeniji Street, Mushin, Lagos⟧, having been without tenofovir-lamivudine-dolutegravir for most of that time.

His viral load, when we checked, was still suppressed, which surprised me. He told me why: a cellmate released before him had left a bottle with a friend outside. "We look after each other," he said.

This is not how it should work. The custodial centres have HIV services through partners, but the link to community clinics at release is weak, and release is often unannounced. We have started a simple system with the custodial centre's nurse, Sister Grace: she texts our centre when someone on ART is due for release, and we send a peer navigator to the gate.

It is low-tech. It is the first thing I have done in this job that feels like it closes a gap instead of documenting one.
`,
  },
  {
    id: "ng-gibbs-009",
    setting: "food bank",
    role: "resident doctor",
    text: `
**Description:** Our church started a food bank in Enugu two years ago. I volunteer on Saturdays and do blood pressure checks at a table by the door. Last Saturday, an elderly woman with a reading of 190/110 told me she stopped her amlodipine because she had to choose between the drug and garri.

**Feelings:** Sad, and a bit angry at myself for being surprised.

**Evaluation:** I counselled her, and gave her a week's supply from a donated stock, but I knew this was a short-term fix.

**Analysis:** Cost is the commonest reason people stop antihypertensives in Nigeria. Many of our visitors are retired civil servants whose pensions are months late. My consultant, Dr. Ngozi Okafor, reminded me that a health insurance scheme is only useful to those enrolled in it.

**Conclusion:** The food bank line is a hypertension clinic whether we like it or not.

**Action plan:** Set up a small revolving drug fund with the church committee, with cheap generic amlodipine, and ask the state health insurance agency to come and enrol people on a Saturday.
`,
  },
];
