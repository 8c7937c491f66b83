import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../gen.ts";

/** Pakistan. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "medical ward",
    role: "house officer",
    text: `
House job, Medicine Unit, Karachi. Yaar aaj ka din bohat heavy tha so writing while it's fresh.

${"⟦NAME|Zubaida Begum⟧"} in ${"⟦FACILITY_ROOM|Ward 7, bed 31, Civil Hospital Karachi⟧"}, MR no. ${"⟦ID|CHK-25-118406⟧"}. Known DM, HTN, came with DKA, sugar "HI" on the glucometer, pH 7.08. Amma ji didn't speak much, only Sindhi, and her son was outside arranging money for the insulin because pharmacy was out of stock again.

Mistake I made: I started the insulin infusion before getting the potassium. K came back 3.1. Senior registrar Dr. Farhan bhai was calm about it, stopped the infusion, KCl first, then restarted. But I know I could have caused an arrhythmia. ADA/JBDS protocol clearly says K before insulin. I knew it. I was in a hurry.

Second learning: the son gave me his CNIC (${"⟦ID|" + cnic("41303-5529184-2") + "⟧"}) for the zakat form and his number ${"⟦PHONE|0300-5551846⟧"} and asked me to call him "agar Ammi ko kuch ho". I saved it in my phone as "Ammi DKA son". I need a better system than my personal phone, it's not safe for them or for me.

Action: K before insulin on my DKA checklist (laminated, on my lanyard now). Will discuss with our unit about a proper contact register at the nursing station.
`,
  },
  {
    id: "pk-gibbs-002",
    setting: "maternal and child health",
    role: "lady health visitor supervisor",
    text: `
I am LHV supervisor in Peshawar district and I write this in English for my diploma course so please forgive the mistakes.

Description: On ${"⟦DATE|18th of Rabi ul Awwal⟧"} (${"⟦DATE|23 September⟧"}) our LHW Shazia took me to ${"⟦LOCATION|Mohalla Kakakhel in Shahi Bala, the house with the green gate next to the tube well⟧"}. ${"⟦NAME|Bibi Gul Meena⟧"} had delivered her sixth baby at home, a girl, small, around 1.9 kg by our hanging scale. The family did not want to take the baby to hospital because "the last one died there".

Feelings: I felt helpless and also angry, but not on the family, on the system.

Evaluation: We did kangaroo mother care at home, Shazia showed the mother how. We checked temperature every visit. Baby's B-form was not made yet; the father showed us his CNIC, ${"⟦ID|" + cnic("17301-8815249-4") + "⟧"}, so we could start the application.

Analysis: WHO recommends KMC for babies under 2 kg (2022). In our area the fear of hospital is real and it comes from experience. Pushing too hard would lose their trust.

Conclusion: Home KMC with daily visits was the right step for this family.

Action plan: I will ask the DHO for a second weighing scale for our LHWs and teach KMC in the next monthly meeting.
`,
  },
  {
    id: "pk-what-003",
    setting: "obstetrics",
    role: "postgraduate trainee",
    text: `
What? FCPS-II trainee, Gynae & Obs, Lahore. A 22-year-old primigravida at 35 weeks was brought by rickshaw having fitted twice at home. BP 180/120, proteinuria 3+. I gave the loading dose of magnesium sulphate, 4 g IV over 15 minutes plus 10 g IM (Pritchard regimen), and she had no further fits. Baby was delivered by emergency LSCS with an Apgar of 6 and 9.

So what? The thing I'm reflecting on is not the management — that went by the book (WHO 2011 recommendations, our unit protocol). It is that she had two antenatal visits and her BP was 150/100 at the last one, three weeks earlier, and nobody started treatment or told her the warning signs. Her mother-in-law thought the headache was "nazar".

I felt angry, and then I remembered I've done antenatal OPD with 120 patients in a morning too.

Now what? My supervisor, Prof. Saima Anwar, suggested a simple red-flag card in Urdu and Punjabi for every woman with BP over 140/90. I've drafted one with pictures (headache, blurred vision, swelling) and we're piloting it in our OPD from next month. Also revising PIH for my exam, obviously.
`,
  },
  {
    id: "pk-free-004",
    setting: "night shift",
    role: "house officer",
    text: `
night duty in peads emergency, rawalpindi. 3:40 am. cant sleep even tho there's a 10 min gap so might as well write.

7 yr old boy with severe dehydration from diarrhoea, sunken eyes, skin pinch going back very slowly. plan C, ringer lactate 30 ml/kg in 30 min then 70 ml/kg in 2.5 hrs (he was >12 months). cannula took 4 attempts because he was so shut down. nurse baji suggested IO but i'd never done it on a real child and i froze. eventually got a 24g in the foot.

reflection: i should have called for IO earlier. WHO and IMNCI both say if IV fails, go intraosseous. the sim session we had in 4th year was the only time i've held an IO needle. dr. asad sir said next morning that "the first time you do a procedure will always be on a real patient, better it's on a calm day not at 3 am" and he's going to let us practise on chicken bones at the skills lab next week lol.

also ORS counselling at discharge, the mother knew about ORS but was giving it with too much water. did a demo with a 1 litre bottle.
`,
  },
  {
    id: "pk-comment-005",
    setting: "ward round",
    role: "medical student",
    text: `
MashaAllah very well written. Same thing happened with me on Dr. Naveed's round in Surgical Unit II, he asked me Courvoisier's law and I said the opposite lol. Your point about reading one topic per patient is very good, I'm going to start doing it from tomorrow. JazakAllah for sharing, please post more of these before prof exams.
`,
  },
  {
    id: "pk-free-006",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Medical officer at a THQ hospital in south Punjab. ${"⟦NAME|Haji Allah Ditta⟧"} came with urinary retention, bladder up to his umbilicus, 1.4 L drained. He is ${"⟦AGE|95 saal⟧"} according to his son and his CNIC, and he is ${"⟦OTHER|the oldest of the boatmen still taking people across the Chenab at Basti Malook ghat⟧"}, so half the OPD knew him.

Why I'm writing: I assumed he had BPH and was planning to just change his catheter monthly. But on PR the prostate was hard and craggy. PSA came back 340. Bone scan can't be done here; we referred to ⟦FACILITY_ROOM|Nishtar⟧, Multan, and the family refused because of cost and distance (3 hours by bus).

The hard part is the conversation. His son ${"⟦NAME|Rab Nawaz⟧"} asked me not to tell his father the word "cancer". In our culture this is very common. I told the son I would not lie if Haji sahib asked me directly. He did ask, on ${"⟦DATE|jummah, 31 October⟧"}. I told him, gently, in Saraiki, with his son present. He said "Allah di marzi" and asked if he could still go to the river.

Learning: collusion requests are not something to obey or fight, they are something to talk about. I've read the NICE and the Pakistan Society of Palliative Care guidance on this now, and I'm going to discuss it in our CME.
`,
  },
  {
    id: "pk-what-007",
    setting: "medication error",
    role: "pharmacist",
    text: `
What? I'm a clinical pharmacist in a private hospital in Islamabad. A child of 6 with a febrile convulsion was prescribed paracetamol syrup "15 mg/kg" and the nurse gave 15 mL of the 250 mg/5 mL suspension, i.e. 750 mg, for a child weighing 18 kg. That's about 41 mg/kg in one dose.

So what? We caught it at the next dose when I was reviewing the MAR. Paracetamol level at 4 hours was below the treatment line on the Rumack-Matthew nomogram, so no NAC was needed. But mg versus mL confusion is one of the most common paediatric errors in the literature (ISMP has warned about it for years). Our prescriptions still write doses in mg while our nurses think in mL or "chammach" (spoon).

Now what? We've asked prescribers to write both (e.g. "270 mg = 5.4 mL") for all liquids. I've made a weight-based chart for the 5 most common syrups in the children's ward and put it on the wall. Our CEO wasn't keen on "more posters" but Dr. Hina Rauf, the head of paeds, supported it. We'll audit errors for three months and compare.
`,
  },
  {
    id: "pk-gibbs-008",
    setting: "breaking bad news",
    role: "medical student",
    text: `
Description: Final year, surgery rotation in Rawalpindi. I was in the room when my consultant, Dr. Imran Qureshi, told a 41-year-old woman that her breast biopsy showed invasive ductal carcinoma. Her husband answered every question for her.

Feelings: I was uncomfortable. I wanted the doctor to ask her directly.

Evaluation: Dr. Qureshi did something clever. After ten minutes he said he needed to examine her and asked her husband to wait outside, and asked me (a female student) to stay as a chaperone. In that time she asked her own questions: would she lose her hair, would her daughters get it, could she still breastfeed the baby (she had an 8-month-old).

Analysis: In Pakistan family involvement is expected and often good. But SPIKES (Baile et al., 2000) assumes the patient is the one being asked what they know. Here it needed a small trick to give her that space.

Conclusion: Cultural respect and patient autonomy can both be served, but you have to make the room for it.

Action plan: When I'm the doctor, I'll use examination time, respectfully, to give women a chance to ask privately. I also want to learn more about BRCA testing availability in Pakistan because I couldn't answer her question about her daughters.
`,
  },
  {
    id: "pk-comment-009",
    setting: "paediatrics",
    role: "nurse",
    text: `
Sister please edit this post. You wrote the bachay ka naam ${"⟦NAME|Muhammad Huzaifa⟧"} and the father's mobile ${"⟦PHONE|0333 5552917⟧"}, anyone can call him. Otherwise very good reflection on NG tube checking, we also had the same issue on nights with pH paper not available. Shukriya.
`,
  },
  {
    id: "pk-free-010",
    setting: "infectious diseases",
    role: "medical officer",
    text: `
Dengue outbreak, Hyderabad (Sindh). I am a medical officer in the isolation ward and this season we had more cases than beds. I want to reflect on one patient because I think we failed him before he reached us.

${"⟦NAME|Master Ghulam Nabi⟧"}, as everyone calls him, is ${"⟦OTHER|the only schoolteacher in Goth Ali Bux Jamali⟧"}. He got fever on a Sunday, took "Panadol and a drip" from the quack in the bazaar for four days, and came to us in shock with platelets 11,000 and a haematocrit of 52. We gave fluids by the WHO protocol and he survived, ICU for two nights.

Afterwards his nephew ${"⟦NAME|Imtiaz⟧"}, who studies in Jamshoro, emailed me from ${"⟦EMAIL|imtiaz.jamali.lumhs@gmail.com⟧"} to ask for the discharge summary so the school could give sick leave. He also asked why the drip at the quack didn't help. Good question, beta.

What I've learned: our health system's first contact is often someone without training. Blaming them doesn't help. The district health office is now working with the dispensers in the bazaar to refer anyone with dengue warning signs (abdominal pain, vomiting, bleeding) within 24 hours. I've volunteered to give a talk in Sindhi at the next session.
`,
  },
  {
    id: "pk-free-011",
    setting: "neurology",
    role: "resident",
    text: `
Neurology resident, Faisalabad. Short reflection about a mistake in my thinking, not in management.

A 63-year-old retired textile mill worker came with tremor. I saw a resting tremor of the right hand, some cogwheeling, and wrote "Parkinson's disease" in the OPD slip within three minutes. My consultant, Dr. Tariq Mehmood, asked about his medicines. He had been on metoclopramide for "gas" for over a year, bought over the counter.

Drug-induced parkinsonism. Stopping the metoclopramide improved him a lot over the next two months.

Anchoring bias is in every textbook. MDS clinical diagnostic criteria (2015) list exclusions, including drug-induced parkinsonism, for exactly this reason. I knew the criteria for my FCPS Part 1. I didn't use them because the picture looked "classic".

What I'll do differently: always take a full drug history, including what patients buy from the medical store without prescription, before writing a neurological diagnosis. In Pakistan that's half the medicines people take. I've also started a small list of drugs that mimic neuro disease — metoclopramide, prochlorperazine, valproate, amiodarone — to keep in my pocket diary.
`,
  },
  {
    id: "pk-what-012",
    setting: "medication error",
    role: "house officer",
    text: `
What? House officer, Surgical Unit, Karachi. Ye reflection mujhe likhni thi because of a mistake I made on my second week. A 54-year-old diabetic man was NPO for a laparoscopic cholecystectomy. He was on insulin glargine 30 units at night and regular insulin with meals. I was told by the registrar to "hold his insulin", so I held everything, including the basal. By the next morning before theatre his sugar was 398 and he had ketones in his urine. The case was cancelled and he spent a day on a sliding scale.

So what? I felt very bad because his family had come from Thatta and they had taken leave from work for this surgery. But also I understood why this happens. In our MBBS we studied insulin pharmacology in detail, but nobody taught us the practical thing: that basal insulin is not "food insulin", and that most guidelines (JBDS perioperative guideline 2022, and our own hospital SOP which I had never read) recommend continuing basal insulin at about 80% of the dose in fasting patients. "Hold insulin" means different things to different people.

Also a communication issue. When the registrar said "hold", I didn't ask "hold which one?" because I didn't want to look stupid in front of the whole round. Humare culture mein seniors ko question karna is difficult. Dr. Saad bhai said later, "Question karna stupid nahi hai, silent rehna dangerous hai."

Now what?
- I wrote a one-page note on perioperative diabetes for our unit, with the 80% basal rule, and Prof. Farzana Memon approved it for the house officers' file.
- When given an order I'm not sure about, I will repeat it back: "So continue glargine at 24 units and stop the regular?" Closed-loop communication, as they teach in ATLS.
- I'll read the hospital SOPs for the top five procedures in our unit before my next rotation, not after a mistake.

The patient had his surgery three days later. He forgave me more quickly than I forgave myself.
`,
  },
];
