import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: Ekiti, Kano, Enugu, Cross River, Plateau, Ogun, Kwara, Benue. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "primary health centre",
    role: "medical officer",
    text: `
NYSC primary assignment, a PHC in a farming town in Ekiti State. I am the only doctor for roughly 30,000 people, and on market days (every fifth day) the clinic is full by 7am.

⟦NAME|Mama Abike⟧, as everyone calls her, sells palm oil at the market and is the mother of the local government chairman's driver. On ⟦DATE|Tuesday 7 May⟧ she came with a hemiparesis that had started two days before. BP 210/120. Her NIN, ⟦ID|48217390561⟧, was required for the state health insurance enrolment we were trying to do before referral. Her family compound is ⟦ADDRESS|No. 12 Oke-Ila Street, Ido-Ekiti⟧ and her son, who lives in Lagos, gave me his number, ⟦PHONE|0803 555 2917⟧, for updates.

I referred her to ⟦FACILITY_ROOM|FETHI⟧ and she went after the family had held a meeting lasting three hours. By then, she had aspiration pneumonia.

What I learned: the family meeting is not a delay; it is the decision. I should have called it myself, early, and invited the eldest son on speaker. My senior colleague from housemanship, Dr Adebayo, told me on the phone, "In Yorubaland, nobody decides alone." I knew that. I did not use it.

Second lesson: hypertension screening on market days. I have asked the market women's association, through the Iyaloja, to let us set up a BP table on the next market day. She agreed, as long as we screen the men who sell goats too.
`,
  },
  {
    id: "ng-what-002",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
**What?** I returned to my hometown in Anambra after twelve years in Lagos and opened a small clinic next to the Catholic church. My patients include my primary school teachers, my mother's age-grade, and the man who sold me puff-puff as a child.

**So what?** I had not anticipated how hard it would be to charge fees. People assume the son of the village will treat them for free, and when I hesitate I feel like a traitor. In the first six months my clinic lost money. I treated malaria, hypertension, typhoid (often over-diagnosed from a Widal test that I now refuse to use), and a lot of back pain from farming.

My mentor, Prof. Ifeoma Okoye from my residency years in Enugu, said something I wrote on a sticky note: "Charity is a choice. Underpricing is not charity; it is burnout on credit."

**Now what?** I have joined the community-based health insurance scheme run by the diocese, set a transparent price list at the door, and made one free clinic day a month for elderly people, which the parish women's guild helps to organise. My revenue has stabilised. More importantly, people now seem to respect the clinic more, not less. At the New Yam festival the igwe praised the clinic in his speech, which in my town is better than any review on Google.
`,
  },
  {
    id: "ng-free-003",
    setting: "general hospital",
    role: "medical officer",
    text: `
Durbar week in northern Kano State. The horsemen ride in procession after Eid, and every year our general hospital sees falls from horses, crush injuries in the crowd, and burns from the fireworks.

On ⟦DATE|the second day of Sallah⟧, a boy of twelve, ⟦NAME|Abdullahi Sani Garba⟧, was brought in by his uncle after being kicked by a horse near the emir's palace. He was pale and quiet with a distended abdomen; his haemoglobin was 6.1. We took him straight to theatre: splenic rupture. His folder number at ⟦FACILITY_ROOM|General Hospital Gwarzo, Male Surgical Ward, Bed 4⟧ was ⟦ID|GHG/MSW/23/1082⟧.

The surgeon, Dr Musa Abdulkadir, let me assist. Splenectomy, two pints of blood donated by his uncles, and he recovered well. We gave him the pneumococcal and meningococcal vaccines before discharge, which took me two days of phone calls to source.

What I reflected on: the durbar is a beautiful tradition, and we do not staff for it. The surgical team was one surgeon and two MOs. The blood bank had three units. Next year I want us to have a pre-festival plan with the emirate council, like the mass-gathering plans in the Hajj literature.

And I want to remember the uncle, who stayed with the boy every night on a mat under the bed.
`,
  },
  {
    id: "ng-gibbs-004",
    setting: "community outreach",
    role: "community health extension worker",
    text: `
**Description.** I am a CHEW in a ward in Plateau State. Last month we ran an outreach for malaria prevention at the village square after the Sunday service at the ECWA church, distributing long-lasting insecticidal nets and doing rapid tests for children with fever.

**Feelings.** Proud of the turnout, about 300 people, and embarrassed by how disorganised we were.

**Evaluation.** Good: the church pastor announced it, the youth leader helped with crowd control, and we tested 64 children (29 positive, all treated with artemether-lumefantrine). Bad: we ran out of nets after 120, people argued, and two women walked away angry. We also had no shade and a child fainted in the queue.

**Analysis.** We planned by guesswork, not by the household list that the ward development committee already has. The National Malaria Elimination Programme guidelines (2020) recommend net distribution based on household registration, one net per two people. Our supervisor, Mrs Dung, said we had done "a campaign, not a distribution".

**Action plan.** For the next outreach, we will use the household list, give numbered tickets in advance through the ward heads, hold it under the big mango trees behind the primary school, and bring water. I have also asked the LGA for a second batch of nets.
`,
  },
  {
    id: "ng-free-005",
    setting: "rural general practice",
    role: "family physician",
    text: `
Family medicine in a rural town in Enugu State. One of my longstanding patients, ⟦NAME|Chief Emeka Nwodo⟧, has diabetes, CKD stage 3 and a very active social life. His daughter in Houston emails me about him, and last week I got an email from ⟦EMAIL|nneka.nwodo.md@gmail.com⟧ asking me to change his insulin regimen because his glucometer readings, which she receives through an app, are "all over the place".

She is a pharmacist. She is also, understandably, worried and far away. The readings she sent included fasting glucose of 14 and a post-prandial of 22 after the ⟦DATE|New Yam festival on 15 August⟧, at which, he cheerfully admitted, he ate four wraps of pounded yam and drank palm wine.

What I struggled with: consent. He had told me he was happy for her to be involved, but I had never written it down, and I had been replying to her emails without copying him. I was, in effect, managing his diabetes through his daughter.

I rang him, and we met at the clinic with her on video. He confirmed his consent; we documented it. We agreed on a basal-bolus regimen, a target range he could actually live with, and one monthly group call. I also asked her to stop sending me readings at 2am her time.

Lesson: in families spread across continents, the diaspora daughter is an ally, but she is not the patient.
`,
  },
  {
    id: "ng-comment-006",
    setting: "primary health centre",
    role: "medical officer",
    text: `
Well done, corper. But please remove ⟦NAME|Mama Abike⟧'s name, her NIN and the compound address before you share this with the NYSC group. In a town that size everybody will know her by Monday. The lesson about family meetings is gold though; I learned it the hard way in Ilesa. — Dr Tolu
`,
  },
  {
    id: "ng-free-007",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
Ten years as a GP in a small town in Ogun State, and I still learn from the herbalists. There are four in my town, and one of them, Baba Alagbo, sits under a tree near the motor park. We used to regard each other with suspicion. Now we have an arrangement: he sends me anyone with fever and jaundice, and I send him nobody, but I buy his agbo for my chickens.

Seriously, though, this relationship has improved care. Since we started talking, I have seen earlier presentations of sickle cell crises, hypertension and diabetic foot, which people used to treat at home for weeks first.

I have also learned to ask about herbs without judgement. Patients now tell me what they are taking, including bitter leaf, moringa and "Yoyo bitters", which matters when someone is on warfarin or has deranged liver function tests. ALT of 340 last month in a woman taking an unknown "liver cleanser" from Lagos.

My university lecturer in pharmacology, Prof. Oyelola, taught us that half of our drugs came from plants. I didn't appreciate it then. The WHO traditional medicine strategy 2014–2023 is worth reading for any rural doctor in Africa.

Next month, Baba Alagbo and I are giving a joint talk at the Ojude Oba festival grounds about when to come to hospital. He will speak in Yoruba. I will mostly nod.
`,
  },
  {
    id: "ng-free-008",
    setting: "snakebite",
    role: "medical officer",
    text: `
Snakebite season in the Benue valley. We are a mission hospital with 60 beds and one ventilator, and every rainy season we get carpet viper bites from farmers weeding yams.

⟦NAME|Terhemba Iorfa⟧, 31, from ⟦LOCATION|Mbaakon village in Gwer East⟧, came on his brother's motorcycle, ⟦OTHER|BEN 417 QK⟧, which the security man noted because it was parked in the ambulance bay. Bitten on the right foot six hours earlier; 20-minute whole blood clotting test unclotted; bleeding gums. His folder number in ⟦FACILITY_ROOM|Male Medical Ward, Bed 11, at St Monica's Hospital Adikpo⟧ was ⟦ID|SMA/23/4471⟧.

We gave him two vials of EchiTAb-Plus-ICP; repeated the 20WBCT at six hours, still unclotted, gave two more. By 18 hours his blood clotted. We had exactly six vials in stock; he used four.

What I reflected on: our antivenom stock is determined by donors, not need. A single bad week could leave us with none. I contacted the Nigeria Snakebite Research and Intervention Centre in Kaltungo for advice on procurement, and I have started keeping a snakebite register to show the state ministry actual numbers.

I also learned that farmers come late because the journey costs money. Next season we will ask the churches to announce the signs of envenoming and to have the youth group on call with motorcycles.
`,
  },
  {
    id: "ng-what-009",
    setting: "rural clinic",
    role: "nurse",
    text: `
**What?** I am a nurse-in-charge at a small health post in Kwara State, where I am also a member of the Anglican choir and the wife of the village schoolteacher. A teenage girl I have known since she was in my Sunday school class came to the clinic alone and asked, very quietly, for "something so that I won't get pregnant".

**So what?** I felt everything at once: protective, shocked, judgemental, and then ashamed of being judgemental. The National Reproductive Health Policy and the national guidelines on adolescent health say that adolescents have a right to confidential contraceptive counselling. I know the guideline. But I also know her mother, and I sing next to her aunt on Sundays.

I counselled her properly. She chose the implant. I made sure she understood it would not protect her from HIV or syphilis, and we did an HIV test (negative). I documented everything in the confidential register.

**Now what?** I spoke to my supervisor at the LGA, Mrs Adekunle, about how to handle confidentiality when the nurse is also a neighbour. She suggested a "youth-friendly hour" on Wednesday afternoons, when a younger nurse from another town covers the clinic, so that adolescents do not have to face someone who knows their family. We started it last month, and nine young people came in the first three weeks.
`,
  },
];
