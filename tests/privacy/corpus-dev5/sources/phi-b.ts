/**
 * dev5 items with identifiers, part B: Nigeria, Australia, South Africa, New Zealand, and more UK and US. Every
 * patient, relative, number, address, plate and handle is invented; phones are in 555 or the Ofcom/ACMA fictional
 * ranges, IPs in documentation ranges, the SSN is the SSA-voided 078-05-1120.
 */
import { medicare, nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const PHI_B: readonly SourceItem[] = [
  {
    id: "ng-gibbs-016",
    setting: "breaking bad news",
    role: "medical officer",
    text: `
Reflection using Gibbs: Breaking bad news to a family in ⟦FACILITY_ROOM|Ward C⟧

Description. On ⟦DATE|Sallah day⟧ I was the only medical officer covering ⟦FACILITY_ROOM|Female Medical Ward C, bed 11, at the Federal Medical Centre Owo⟧. ⟦NAME|Mama Bisi⟧ (we all called her that, her full name was ⟦NAME|Mrs Olubunmi Adeyanju⟧) had been admitted three weeks earlier with a stroke. She was ⟦AGE|aged ninety-two⟧ by her family's count. That afternoon she arrested and we could not get her back after 25 minutes of CPR.

Feelings. I was shaking. Her eldest son, ⟦NAME|Engr. Tunde Adeyanju⟧, had travelled from Lagos and arrived twenty minutes after she died.

Evaluation. I used SPIKES as I learnt in house job. I took him to the doctors' room, sat down, gave a warning shot. What did not go well was that the matron had already started wailing in the corridor, so he knew before I spoke.

Analysis. In our culture the news often spreads before the doctor speaks. Dr Ogunleye, my consultant, says we must control the setting first — inform the nurses not to react until the family is seated.

Conclusion. SPIKES is a good tool but the ward culture matters as much.

Action plan. I will discuss a "quiet protocol" for deaths at our next ward meeting and practise breaking bad news with the simulated patient programme.

One more thing I want to remember. After I told him, ⟦NAME|Engr. Tunde⟧ did not cry. He asked whether she had been in pain, and whether anyone had prayed with her. I could answer the first honestly: she had been comfortable on the morphine we started two days before, 2.5 mg four-hourly, and her breathing was quiet. The second I could not answer, so I asked the nurse on duty, Nurse Funmilayo, who told him that the hospital chaplain had visited that morning. His face changed completely when he heard that. I had been so focused on the medical facts that I forgot the family's questions are often not medical at all. Next time I will ask "what would you like to know?" before I start explaining.
`,
  },
  {
    id: "ng-free-017",
    setting: "surgery",
    role: "surgical resident",
    text: `
I want to write about a patient who taught me humility. He is a ⟦OTHER|talking drummer for the Olubadan's palace in Ibadan⟧, and he came to our clinic at ⟦FACILITY_ROOM|UCH⟧ with a hand injury after a generator accident. We repaired the flexor tendons of his right index and middle finger on ⟦DATE|the 3rd⟧ and he was on ⟦FACILITY_ROOM|E1 ward, bed 4⟧ for a week.

He asked me every morning on the ward round whether he would drum again. I kept saying "we will see". On the day of discharge he sat down and drummed on the locker with his left hand — a whole praise song for the surgical team. The whole ward clapped.

His wife's line was ⟦PHONE|0803 555 2741⟧ and she called three times a day asking about the bill, which was another kind of worry that I was not trained to answer. Our social welfare office helped waive part of it.

Hand therapy after tendon repair is long (Kleinert protocol, 12 weeks). I hope he finds a way to attend. I think I will call to check on him next month.
`,
  },
  {
    id: "ng-what-018",
    setting: "public health",
    role: "community health extension worker",
    text: `
WHAT: I run the immunisation outreach in our LGA. Last month I visited ⟦LOCATION|Ungwan Rimi, the houses after the old cattle market in Kafanchan⟧ and found a child who missed all his vaccines. The mother, ⟦NAME|Hauwa⟧, said the father refused because of rumours from 2003. The child, ⟦NAME|little Abdullahi⟧, was born ⟦DATE|the Tuesday before Eid-el-Kabir, 2024⟧ — this is how she remembered it.

SO WHAT: Zero-dose children are the biggest challenge in Nigeria according to NPHCDA. Rumour from the 2003 polio boycott still affects families. I did not argue. I listened and then asked if the village head could come and talk with the father.

NOW WHAT: With the help of the ward focal person we arranged a session at the mai unguwa's house. The father agreed for pentavalent and measles. I am writing this to remember that trust comes before vaccines.
`,
  },
  {
    id: "ng-comment-019",
    setting: "emergency",
    role: "nurse",
    text: `
@tolu_md This brought tears to my eyes. I remember that woman from ⟦LOCATION|Ita-Ogbolu⟧, the one that sells akara by the junction near the Anglican church, she was on ⟦FACILITY_ROOM|A&E bay 2⟧ that night with the eclampsia. Her husband's name was ⟦NAME|Baba Tope⟧. God is great she survived. We need more reflections like this from our young doctors.
`,
  },
  {
    id: "au-what-020",
    setting: "rural general practice",
    role: "rural generalist registrar",
    text: `
What?

I'm on my rural term in western Queensland. A ⟦AGE|91yo⟧ grazier came in to the clinic with chest pain, driven 140 km by his daughter from ⟦LOCATION|Yaraka⟧. His Medicare number was ⟦ID|${medicare("2953 1847", 1)}⟧ and the daughter ⟦NAME|Jenny⟧ gave me her mobile (⟦PHONE|0491 570 113⟧) for updates. ECG showed new ST depression V4–V6, troponin rising. The RFDS retrieved him to ⟦FACILITY_ROOM|the CCU at Toowoomba Hospital, bed 9⟧.

So what?

What struck me was the ⟦OTHER|only remaining shearer's cook licence holder in the Shire⟧ — that's how the nurse introduced him, half joking — had been having angina for three months and "didn't want to bother anyone". Out here people drive for hours for care and it changes the threshold for coming.

Now what?

I want to learn more about telehealth cardiology and the remote point-of-care troponin. Dr Kaur, my supervisor, has suggested I present this at the next ACRRM case conference.
`,
  },
  {
    id: "au-free-021",
    setting: "aged care",
    role: "registered nurse",
    text: `
Notes from my first month in residential aged care (long post, sorry)

I came from acute care and I thought aged care would be slower. It is not. I have 34 residents on my wing of ⟦LOCATION|Banksia Gardens in Mount Barker⟧ and one RN for the night.

Three people have stuck in my head.

- ⟦NAME|Mrs D.⟧ in ⟦FACILITY_ROOM|room 14⟧, who is ⟦AGE|103⟧ and still does the cryptic crossword every morning. Her son visits every ⟦DATE|Sunday after Anzac Day⟧, he said, because that's when her husband died. (He actually comes every Sunday, but that one is special.)
- ⟦NAME|Norm⟧ — ⟦OTHER|the last surviving crew member of the Kyeema Cliffs rescue⟧ — who tells the same story every afternoon and I never get tired of it.
- ⟦NAME|Norm⟧'s hearing aid (serial ⟦DEVICE|HA-77K20391⟧) went missing in the laundry again, third time this month.
- A lady with Lewy body dementia who sees children in the corner of her room. We reviewed her quetiapine with the GP and the pharmacist did a RMMR.

What I'm learning: the Aged Care Quality Standards (2019) talk about dignity and choice, and the Royal Commission made a lot of noise, but it comes down to how many people are on the roster. On a good night we have time for a cup of tea and a chat. On a bad night I'm doing 34 med rounds and three falls.

Also, the paperwork. AN-ACC assessments, the restrictive practice register, incident reports. I had no idea.

What I want: to do the Palliative Care Australia online course, and to get better at advance care directive conversations. The facility manager, Leanne, has offered to mentor me.
`,
  },
  {
    id: "au-comment-022",
    setting: "emergency",
    role: "paramedic",
    text: `
Reading this from the station in Broken Hill. Pretty sure that was our job — the ⟦AGE|97-year-old⟧ at ⟦ADDRESS|36 Cobalt Street, Broken Hill NSW 2880⟧, the old ⟦OTHER|opal cutter with the mine-lamp collection⟧? We did the transfer to the flying doctor on ⟦DATE|Australia Day⟧. Glad he got out of hospital. Top work by your team.
`,
  },
  {
    id: "za-free-023",
    setting: "HIV clinic",
    role: "clinical associate",
    text: `
We had a patient default from ART for nearly a year. When she came back she told me she had moved to ⟦LOCATION|the informal settlement behind the Shoprite in Mthatha, near the taxi rank⟧, and the clinic she used to attend was too far. Her CD4 was 94 and viral load high. She is ⟦OTHER|the only sangoma in her section who openly takes ARVs and tells her clients to do the same⟧, and she told me that with pride.

The visit date matters to her. She said "I came back on ⟦DATE|Heritage Day⟧, because that is the day I decided to stop hiding."

Dr Mahlangu, our clinic manager, helped us register her with the CCMDD programme for community pickup points so she doesn't need to travel. The patient's phone ⟦PHONE|072 555 0193⟧ is now on our tracer list.

What I learnt: defaulting is often about distance and shame, not about denial. The 2023 national consolidated guidelines recommend same-day restart; we did. I want to learn more about integrating traditional health practitioners into adherence support.
`,
  },
  {
    id: "nz-what-024",
    setting: "maternity",
    role: "student midwife",
    text: `
**What?** I was on placement with my LMC midwife, Aroha, in ⟦LOCATION|Ōpōtiki⟧. We did a home birth at ⟦ADDRESS|18 Tirohanga Road⟧ on ⟦DATE|Matariki weekend⟧ — the mum, ⟦NAME|Kiri⟧, wanted the whānau there, and the koro sang a karakia when baby arrived. Baby ⟦NAME|Mereana⟧ had Apgars of 8 and 9.

**So what?** I had never been to a home birth and I was amazed at how calm it was. The tikanga around the whenua (placenta) — the family took it to bury on their land — was something I'd only read about.

**Now what?** I want to learn more about kaupapa Māori midwifery and go to the Ngā Maia hui next year.
`,
  },
  {
    id: "us-what-025",
    setting: "cardiology",
    role: "cardiac device nurse",
    text: `
**What?** Remote monitoring flagged a lead noise alert on one of our patients, ⟦NAME|Mrs. Rosalind Okafor-Keane⟧, whose ICD (serial ⟦DEVICE|PZM418263H⟧) transmits from her home network. The transmission log showed her home IP as ⟦IP|198.51.100.47⟧ because our vendor portal prints it on the PDF, which I only noticed when I forwarded it to the fellow. Her SSN ⟦ID|078-05-1120⟧ was also on the intake scan attached to the same email chain. Her daughter's email, ⟦EMAIL|keane.familyfarm@examplemail.com⟧, was cc'd.

**So what?** Nobody did anything malicious, but the email had way more identifiers than anyone needed. HIPAA minimum necessary rule. The lead noise turned out to be a fractured RV lead; she went to the EP lab on ⟦DATE|Wed. 11/13⟧ for a revision.

**Now what?** I've asked our device clinic manager, Greg, to set the portal to suppress IPs on PDFs, and I'm going to stop forwarding full transmission reports by email. Our compliance officer is updating the policy.
`,
  },
  {
    id: "uk-what-026",
    setting: "safeguarding",
    role: "school nurse",
    text: `
What? A Year 9 pupil disclosed to me during a drop-in that her mum's boyfriend had hit her. She said it happened ⟦DATE|the night of the Wigan v Saints derby⟧ "because they lost". She lives in ⟦LOCATION|the maisonettes behind the Spar on Norley Hall Avenue⟧. She asked me not to tell anyone.

So what? I explained the limits of confidentiality at the start (which I'm glad I did) and I followed our safeguarding procedure: recorded her words verbatim, informed the designated safeguarding lead (Mrs Kershaw) the same day and made a referral to children's social care. I found this really hard. She cried and said I'd lied to her. Working Together to Safeguard Children (2023) is clear, but it doesn't prepare you for a 14-year-old looking at you like that.

Now what? Supervision with our safeguarding nurse specialist booked. I'll be more explicit about confidentiality limits in the first five minutes, every time.
`,
  },
  {
    id: "uk-free-027",
    setting: "hospice",
    role: "hospice nurse",
    text: `
Some days in the hospice stay with you.

Today ⟦NAME|Alf⟧ in ⟦FACILITY_ROOM|the garden room at St Cuthbert's⟧ asked for a pint of Guinness and the racing results. He's ⟦AGE|ninety-nine and three-quarters⟧, he insists on the three-quarters, and his 100th is on ⟦DATE|Remembrance Sunday⟧. His great-granddaughter ⟦NAME|Poppy⟧ has emailed the King's office to ask for a card — she sent me the confirmation from ⟦EMAIL|poppy.w.2009@examplemail.co.uk⟧ and I've printed it for his wall.

I had a long chat with our chaplain, Rev. Hughes, about whether we should be planning a party for a man with perhaps days to live. We decided yes, whatever day it ends up being.

His NHS number is ⟦ID|${nhs("485 777 345")}⟧ and it's on the syringe driver prescription I checked tonight (midazolam 10 mg, oxycodone 15 mg over 24 hours). His pain is controlled.

I'm grateful I get to do this job.
`,
  },
  {
    id: "us-free-028",
    setting: "surgery",
    role: "third-year medical student",
    text: `
My surgery clerkship at a VA hospital — notes to self

The patient who taught me most on this rotation was a ⟦AGE|92 y/o⟧ Korean War veteran, ⟦NAME|Mr. H⟧, in ⟦FACILITY_ROOM|4 West room 412B⟧ after a Hartmann's procedure. He was ⟦OTHER|the last living member of the 1951 Fox Company reunion group from Bemidji⟧ and he kept the photograph on his tray table.

Things I learned clinically: Hartmann's vs primary anastomosis, the enhanced recovery (ERAS) bundle, stoma care, how to do a proper abdominal exam the way Dr. Raskin does it (from the foot of the bed, watching the face). I also learned that ostomy nurses are gods.

Things I learned otherwise: ⟦NAME|Mr. H⟧ wanted to talk about the cold, always the cold at Chosin. I sat with him on ⟦DATE|Veterans Day⟧ for an hour after my shift and I don't regret it.

He's being discharged to ⟦LOCATION|the State Veterans Home in Fergus Falls⟧ next week.
`,
  },
  {
    id: "au-gibbs-029",
    setting: "medication error",
    role: "hospital pharmacist",
    text: `
## Reflection (Gibbs) — a double dose of enoxaparin

**Description.** On ⟦DATE|Melbourne Cup day⟧ I did the medication reconciliation for ⟦NAME|Mr Ng⟧ in ⟦FACILITY_ROOM|bed 22, Ward 5 East, Box Hill Hospital⟧, who was on enoxaparin 1.5 mg/kg daily for a DVT. Two days later he had a haematoma at the injection site and his anti-Xa came back high. He'd been getting the dose twice: once from the inpatient chart and once from his own pre-filled syringes that his son brought in.

**Feelings.** Embarrassed. I had written "own supply at bedside — check" on the reconciliation but had not followed it up.

**Evaluation.** No permanent harm. We stopped the LMWH, monitored Hb, and restarted at a renally adjusted dose (CrCl 28 mL/min). The open disclosure conversation was led by Dr Simmonds.

**Analysis.** The Australian Commission's NSQHS Standard 4 covers this — patients' own medicines must be either used or locked away. The gap was between my note and the nurse's action.

**Conclusion.** A note is not an action.

**Action plan.** I now remove or label own medicines myself during reconciliation and document where they are.
`,
  },
  {
    id: "pk-what-030",
    setting: "psychiatry",
    role: "psychiatry trainee",
    text: `
What: A young man was brought to our psychiatry OPD by police, found wandering near ⟦LOCATION|the Data Darbar, by the gate with the flower sellers⟧. He is a ⟦OTHER|hafiz who used to lead taraweeh at the small masjid in Bhati Gate⟧, well known there. His brother ⟦NAME|Imran⟧ came later and said he stopped sleeping after their mother died on ⟦DATE|27th Ramzan⟧.

So what: Acute psychosis, likely first episode. We started risperidone 2 mg. The brother was worried about "jinn" and wanted to take him to a pir first. Dr Humaira explained both can be done, but medicines must continue.

Now what: I realised I need to understand explanatory models better. Kleinman's questions will be in my pocket for the next month.
`,
  },
  {
    id: "in-comment-061",
    setting: "geriatrics",
    role: "physiotherapist",
    text: `
Ma'am I think I know this patient — the veena teacher near ⟦LOCATION|the Chamundi Vihar bus stop⟧? My aunt learnt from her. She turned ⟦AGE|ninety-three⟧ on ⟦DATE|Vijayadashami⟧ and her students did a small concert in her hall. Very happy she is doing the exercises. Please tell ⟦NAME|Vidya akka⟧ that Shalini from the Saturday class says hello!
`,
  },
];
