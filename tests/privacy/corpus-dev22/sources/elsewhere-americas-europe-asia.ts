import { ohip } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";
import { nhi } from "../gen.ts";

/** Ireland, Canada, New Zealand, the Philippines and Sri Lanka: 17 items, 8 with identifiers, 2 comments. */
export const AMERICAS_EUROPE_ASIA: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "discharge planning",
    role: "medical SHO",
    text: `Delayed discharges, and one man who became a statistic on our ward.

⟦NAME|Mr. Pádraig Ó Conaill⟧ was ⟦AGE|aged 94⟧, a retired postman from Connemara, admitted with a chest infection that had resolved by day five. He was on our ward for another 38 days waiting for a home care package. The address on his file, ⟦ADDRESS|Teach Bán, Leitir Mealláin, Co. Galway H91 X7R4⟧, was a cottage with a steep step and no downstairs toilet.

Every day on the ward round I wrote "medically fit for discharge, awaiting HSE home support". Every day he asked me if he'd be home for the hay, and I said "soon, hopefully". The physio, Niamh, kept walking him so he wouldn't lose his legs. He lost them anyway; by the end he needed a hoist.

In Ireland we talk about trolley counts and delayed transfers of care as numbers. For him it was six weeks in a four-bed bay, a hospital-acquired C. difficile infection, and the end of his independence. He went to a nursing home instead of home.

I'm writing to our consultant, Dr. Ní Bhriain, to ask if we can record the harm of delayed discharge, not just the days.`,
  },
  {
    id: "ie-free-002",
    setting: "emergency department boarding",
    role: "medical registrar",
    text: `On call for medicine on a Monday in January. The INMO trolley watch said 112 people were on trolleys in our hospital. Eighty of them were medical patients waiting for a bed.

I spent my shift reviewing admitted patients in corridors. A man with a GI bleed on a trolley next to the vending machine. A woman in her late eighties with delirium facing a wall because it was the only space for her trolley. A young man with DKA being managed by a nurse who had eleven others.

Evidence says ED boarding increases mortality, especially for older people, and I believe it. What I saw was smaller: no privacy for examinations, no call bells, no sleep, relatives standing for hours. I examined a woman's abdomen behind a screen held up by a porter, Mick, who has been doing this for thirty years and apologised to her for us.

I'm not sure what an individual registrar can do. I did three things. I reported two incidents. I asked our consultant, Dr. Fitzgerald, to escalate a full-capacity protocol. And I sat with the woman with delirium for five minutes and turned her trolley around so she could see people. It was the only thing that helped anyone all day.`,
  },
  {
    id: "ie-what-003",
    setting: "cardiac device",
    role: "cardiology SpR",
    text: `What? A 58-year-old man, ⟦NAME|Mr. Declan Fahy⟧, was admitted overnight after his ICD fired five times in an hour. He was terrified. The device check, serial ⟦DEVICE|ICD-DR 2291-44076K⟧, showed recurrent VT, appropriately treated with shocks. His potassium was 3.1 and his magnesium low; he'd been on a new diuretic.

So what? I corrected the electrolytes and started amiodarone, which was the textbook part. What I hadn't prepared for was him asking whether we could turn the device off. He said, "I'd rather die than feel that again." His wife, ⟦NAME|Maeve⟧, said it was like "being kicked by a horse".

My consultant, Dr. Keane, told me about the conversation that should happen at implant: that an ICD can be deactivated, at end of life or at a person's choice, and what that means. It hadn't happened.

Now what? We had a long talk about the shocks, the VT ablation option, and deactivation. He chose to keep it on for now. I've asked to sit in on implant consent clinics and I'm reading the 2019 HRS consensus on CIED management at end of life.`,
  },
  {
    id: "ie-comment-004",
    setting: "emergency department boarding",
    role: "consultant physician (mentor comment)",
    text: `Thank you for writing this. The incident reports matter more than you'd think; they are what we bring to hospital management and the HSE. And turning that woman's trolley around is medicine too. I've escalated the full-capacity protocol request. Let's talk at your next supervision about how registrars can have a formal voice in bed management.`,
  },
  {
    id: "ca-free-001",
    setting: "medical admissions",
    role: "PGY-2 internal medicine",
    text: `A CTU night I keep coming back to.

⟦NAME|Mrs. Agnieszka Kowalczyk⟧, OHIP ⟦ID|${ohip("5128-441-09")}⟧, was admitted to ⟦FACILITY_ROOM|room 1124 at Toronto Western⟧ at 22:40 on ⟦DATE|Thursday, February 6⟧ with hyponatremia (sodium 112) and confusion. She had been drinking large amounts of water and beer and eating very little: tea-and-toast hyponatremia, with a thiazide on top.

I knew the main danger was correcting too fast and causing osmotic demyelination. I ordered sodium every four hours, stopped the hydrochlorothiazide, and fluid-restricted her. At 04:00 her urine started pouring out (she had been volume-depleted), and her sodium went from 112 to 121 in six hours. Too fast.

My senior, Dr. Chen, and I gave DDAVP and D5W to slow the correction, per the protocol. Her sodium was 119 at 10:00 and rose slowly after that. She did not develop ODS.

What I learned: the danger in hyponatremia is often the second night, when the cause is removed and the kidneys wake up. Her daughter, ⟦NAME|Kasia⟧, asked me afterwards why we gave her mother more water when the problem was water. It was a good question.`,
  },
  {
    id: "ca-free-002",
    setting: "interpreter and family",
    role: "PGY-3 internal medicine",
    text: `Reflection on working with interpreters on the general medicine ward, after a difficult family meeting.

A man in his seventies with metastatic lung cancer, whose first language was Punjabi, had a family meeting about goals of care. His son wanted to interpret and asked us not to tell his father the diagnosis. Our social worker, Manpreet, and the palliative care consultant, Dr. Okafor, had been through this before.

We asked the father first, with a professional interpreter, whether he wanted to know the details of his illness or would prefer we speak to his son. He said he wanted his son to know everything, and he only wanted to know whether he could go home. We respected both.

What I learned:
- Ask the patient how they want information shared; don't assume from the family or from culture.
- A professional interpreter protects everyone, including the son.
- "Do you want to know?" is a question we rarely ask.

The Canadian Medical Protective Association has guidance on this, and our hospital policy is clear that family members shouldn't interpret. I had read it. I had not understood why until this meeting.`,
  },
  {
    id: "ca-gibbs-003",
    setting: "discharge planning",
    role: "PGY-1 internal medicine",
    text: `Description: ⟦NAME|Mr. Elijah Kakegamic⟧ was flown in from ⟦LOCATION|Keewaywin First Nation⟧ with cellulitis and sepsis, his first time in a city hospital. He spoke Oji-Cree and some English. He was medically ready to go home on day 6, but his flight could not be booked for four days.

Feelings: I felt like we were keeping him hostage to logistics.

Evaluation: The Indigenous patient navigator, Brenda, was the reason he felt safe here. She arranged a smudging ceremony in the spiritual room and connected him with an Elder by phone. The medical care was routine.

Analysis: His IV antibiotics could have changed to oral two days earlier, had I not been waiting for "the team to decide". And I didn't consider that his discharge plan depended on weekly flights and a nursing station without a physician.

Conclusion: Discharge for patients from remote communities starts on admission day.

Action plan: I now ask on day one "how do you get home?" and involve the navigator early. I also read the Truth and Reconciliation Commission's health-related Calls to Action, numbers 18 to 24.`,
  },
  {
    id: "ca-what-004",
    setting: "alcohol withdrawal",
    role: "PGY-2 internal medicine",
    text: `What? I was the senior on nights when a 45-year-old man with alcohol use disorder, admitted for pancreatitis, had a withdrawal seizure at 02:00. His CIWA scores had been 8 to 10 during the day, and he had been given no benzodiazepines, because his nurse had been told to "hold sedation" after he was drowsy in the afternoon.

So what? The drowsiness had been from hydromorphone for the pancreatitis pain. We treated the seizure with lorazepam, gave thiamine, and started symptom-triggered diazepam. He did well. But the order "hold sedation" had been applied to a completely different drug class. Nobody was wrong exactly. The instruction was vague.

My attending, Dr. Morales, said, "an order that can be misunderstood will be, at 2 a.m." I'm now more specific: "hold hydromorphone if RR < 10 or very drowsy; continue CIWA-guided diazepam."

Now what? I'm looking into whether we can use phenobarbital protocols, which some Canadian centres use for severe withdrawal, and I've started teaching the juniors about Wernicke's encephalopathy too. Everyone knows the triad. Few people know it's rarely complete.`,
  },
  {
    id: "nz-free-001",
    setting: "medical admissions",
    role: "medical registrar",
    text: `An admission I'm still thinking about, from our general medicine take.

⟦NAME|Koro Hemi Te Rangi⟧, NHI ⟦ID|${nhi("ZZZ418")}⟧, came in from ⟦LOCATION|Te Kōpua marae near Te Awamutu⟧ with shortness of breath, a new murmur and a history of rheumatic fever as a boy. He was admitted to ⟦FACILITY_ROOM|Ward 24, bed 3⟧ on ⟦DATE|Waitangi Day⟧. Severe mitral regurgitation and new AF.

What struck me was the whānau. By evening there were eleven people at his bedside and the nurses were, I think, a bit overwhelmed. Our Māori health team, led by Whaea Tania, set up a whānau room so they could be together without blocking the bay. They brought kai, they sang, and when we had to talk about cardiac surgery in Auckland, they asked to have the kaumātua there.

My consultant, Dr. Rawiri, said that "whānau is not a visitor problem, it's part of the care". He's right. Koro's decision about surgery was made with his whānau over two days, not by me in ten minutes.`,
  },
  {
    id: "nz-free-002",
    setting: "deteriorating patient",
    role: "house officer (PGY2)",
    text: `A short reflection on the Kōrero Mai process, which lets patients and families escalate concerns directly.

We had a call from a daughter whose mother was on our ward with pneumonia. The daughter said her mother "wasn't herself", and she pressed the Kōrero Mai number because she felt the nurses weren't listening. I was the house officer on. Her obs were within range (EWS 2), but her mother was quieter, more confused, and had stopped eating.

I went and saw her. She had a sodium of 124 that afternoon, which nobody had acted on, and a new hypoactive delirium. We started fluids and stopped her omeprazole and citalopram. By the next day she was back to herself.

The point is the process: it worked because the daughter used it and because I took it seriously. My registrar, Dr. Liang, said the best early warning score is a family member who knows the patient. I'll remember that.`,
  },
  {
    id: "nz-what-003",
    setting: "social media",
    role: "medical registrar",
    text: `What? A patient on our ward, ⟦NAME|Tayla Reweti⟧, was posting about her admission on TikTok as ⟦OTHER|@taylaswarriorjourney⟧, filming the ward, nurses and other patients in the background. She had lupus nephritis and was on IV cyclophosphamide. Her videos had thousands of views, and one showed another patient's face.

So what? I didn't know what to do. She had every right to tell her story. The other patient had every right not to appear in it. The nurse in charge, Aroha, asked me to talk to her.

I sat with her and said it plainly. She was mortified, and took the video down at once. She also showed me her fundraising page, ⟦URL|https://givealittle.co.nz/cause/taylas-lupus-fight⟧, which had paid for her flights from ⟦LOCATION|the Chathams⟧ for treatment.

Now what? Our ward now has a simple poster about filming. And I learned that patients with chronic illness often build a community online that helps them, and I should ask about it, not just police it.`,
  },
  {
    id: "ph-free-001",
    setting: "sepsis",
    role: "internal medicine resident",
    text: `Duty night sa wards, and a case I need to write about before I forget.

⟦NAME|Lola Remedios⟧ (⟦NAME|Remedios Dela Cruz⟧), ⟦AGE|93⟧, was admitted with urosepsis and hypotension to ⟦FACILITY_ROOM|Ward 3, bed 17 at PGH⟧. Her PhilHealth number, ⟦ID|02-051874392-6⟧, was needed before the pharmacy would release meropenem under the case rate. Her grandson was stuck in traffic on EDSA with the documents.

I called the grandson at ⟦PHONE|+63 917 555 0143⟧ three times. Meanwhile, her BP was 76/40. I gave fluids, drew cultures, and paid for the first dose of antibiotics myself from the nearby pharmacy, which I'm not proud of and wouldn't recommend, but at 1 am there was no other way.

She improved. The grandson paid me back. Our chief resident, Dr. Santos, told me I shouldn't have had to do that and took it to the department. Now there is a small emergency drug fund for situations like this.

Sepsis protocols say antibiotics in the first hour. Our protocols need to include who pays at 1 am.`,
  },
  {
    id: "ph-free-002",
    setting: "dengue",
    role: "internal medicine resident",
    text: `Dengue season notes from our medicine wards, mostly for the new residents.

- Critical phase is usually days 3 to 7 of illness, around defervescence. The fever going down is not the patient getting better.
- Warning signs: abdominal pain, persistent vomiting, mucosal bleeding, lethargy, liver enlargement, rising haematocrit with falling platelets.
- Fluids: crystalloid, carefully, with frequent reassessment. The DOH and WHO guidelines are similar.
- Don't transfuse platelets for a number. Families will ask, strongly. Explain.
- Watch for fluid overload in the recovery phase, especially in older people and those with heart disease.

Our consultant, Dr. Reyes, makes every resident explain the tourniquet test to a patient's family before we do it. It's a small thing but it makes the family trust us.

The hardest case this season was a young nurse from our own hospital. She recovered. We were all very quiet on the ward that week.`,
  },
  {
    id: "ph-comment-003",
    setting: "sepsis",
    role: "chief resident (mentor comment)",
    text: `I'm glad you wrote this, and glad you told me at the time. Please don't pay for medications again; call me or the AOD, even at 1 am. The emergency drug fund exists now because you spoke up. Let's also write an incident report about the delay so the hospital sees the real cost of the paperwork.`,
  },
  {
    id: "lk-free-001",
    setting: "snakebite",
    role: "registrar in medicine",
    text: `A night on call in a provincial general hospital, and a snakebite I keep thinking about.

⟦NAME|Mr. Wickramasinghe Arachchige Podi Banda⟧, a ⟦AGE|90-year-old⟧ farmer from ⟦LOCATION|Kekirawa, Ihala Kalankuttiya⟧, was bitten by what his son described as a Russell's viper while walking in a paddy field. He reached us in three hours. His 20-minute whole blood clotting test showed unclotted blood, and he had ptosis. Patient register number ⟦ID|PGH/24/118042⟧.

We gave antivenom, 20 vials in divided doses, and watched for anaphylaxis with adrenaline ready. He had a mild reaction. By morning his clotting test was normal and his ptosis was improving. His kidneys, though, started to fail on day two, and he needed haemodialysis.

Our consultant, Dr. Gunawardena, reminded me that Russell's viper envenoming causes acute kidney injury in a large number of patients and that we should check creatinine daily for at least five days.

He recovered and went home on ⟦DATE|Vesak Poya⟧. He brought us a bunch of bananas the next month.`,
  },
  {
    id: "lk-free-002",
    setting: "deteriorating patient",
    role: "senior house officer",
    text: `Reflections on my first month as an SHO in a medical unit in Sri Lanka.

The ward has about 60 beds and often more than 90 patients, some on floor mattresses. Two house officers, me as SHO, a registrar, and the consultant. The nurses are excellent and far too few.

What I've learned:
- Early warning scores are only useful if someone is there to respond. We've started a simple "red obs" card that the nurse gives to the HO directly.
- Leptospirosis, dengue and paraquat are the nights' commonest emergencies here. For paraquat, the prognosis is almost always known within hours, and the conversation with the family is the hardest part.
- Families are present day and night. They notice things we miss.
- The consultant, Dr. Perera, does a short teaching round at 7 am before the main round. Going to it makes the whole day better.

I'm also reading Oxford Handbook of Clinical Medicine, 10th edition, cover to cover, which my registrar says is "unnecessary but admirable".`,
  },
  {
    id: "lk-what-003",
    setting: "complaint",
    role: "registrar in medicine",
    text: `What? A family complained that nobody spoke to them after their father, a man in his seventies, was moved to the high-dependency area with a suspected myocardial infarction. They found out from another patient's relative. They were angry and loud at the nursing station, and the HO, a young doctor, was in tears afterwards.

So what? They were right. The move happened at 11 pm during a busy admitting night. The HO assumed the nurse had called, the nurse assumed the HO had. Nobody had. In our hospitals, we rarely apologise formally, and complaints often go up to the director, rather than being handled at the bedside.

I spoke to the family the next morning. I said sorry, explained his condition (troponin elevated, ECG changes, now stable on dual antiplatelet therapy and heparin), and told them who to ask for updates. The son shook my hand.

Now what? Our unit now has a rule: when a patient is moved to HDU, the HO calls the family, and documents the call. Dr. Jayasuriya, our consultant, supported the change.`,
  },
];
