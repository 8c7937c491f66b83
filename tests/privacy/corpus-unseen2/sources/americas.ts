/**
 * Unseen2 corpus, the Americas: Canada, the (mostly rural) United States, Brazil (written in English).
 * Every patient, relative, number, address, plate and link is made up, and so is every clinician.
 */
import { ohip } from "../../corpus/gen.ts";
import { cpf } from "../../corpus-fresh/gen.ts";
import { cns, sin } from "../../corpus-unseen/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const AMERICAS: SourceItem[] = [
  // ---------------- Canada ----------------
  {
    id: "ca-what-001",
    setting: "remote nursing",
    role: "nurse practitioner",
    text: `
**What?** I'm an NP on a fly-in rotation to ⟦LOCATION|Fort Severn First Nation⟧. On ⟦DATE|Thanksgiving Monday⟧ ⟦NAME|Kokum Mary⟧ came to the nursing station with a foot wound that smelled. Her OHIP number ⟦ID|${ohip("5583-204-71")}⟧ was on the medevac form I started, and her son's number ⟦PHONE|(807) 555-0163⟧ went on top because she doesn't hear the phone.

**So what?** The wound was a diabetic foot ulcer, probe-to-bone positive. She needed to fly out. She said no: her granddaughter's wedding was in two weeks. I felt the pull between the textbook and her life.

**Now what?** We compromised: oral antibiotics, daily dressings with the CHR, and a fly-out after the wedding with a clear deal about warning signs. My preceptor, Dr Beardy, reminded me that refusal after informed discussion is her right. I will read the IWGDF 2023 guideline on osteomyelitis.
`,
  },
  {
    id: "ca-free-002",
    setting: "palliative care",
    role: "social work student",
    text: `
Palliative home care in Cape Breton. ⟦NAME|Mr. Gérald Thibodeau⟧ lives at ⟦ADDRESS|48 Rue Principale, Chéticamp, NS B0E 1H0⟧ and is ⟦OTHER|the last Acadian fiddle-maker in Petit-Étang⟧ — his instruments hang in the hall by the church.

My task was to help his wife apply for the federal Compassionate Care benefit. The form asked for his SIN, ⟦ID|${sin("527 614 03")}⟧, which she read from a card in the kitchen drawer. She emailed the rest of the documents from ⟦EMAIL|yvette.thibodeau@eastlink.ca⟧.

I felt like a bureaucrat in a sacred moment. He was dying in the next room, and I was asking for a SIN.

My supervisor, Ms. LeBlanc, said paperwork is one way of caring, because the money lets his wife stay home with him. I still think we can do it gentler: I'll fill more of it in before the visit and only ask what I must.
`,
  },
  {
    id: "ca-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Beauty post, eh. The bit about Dr Tremblay's "see one, do one, teach one" made me laugh — she said the exact same thing to us at McGill. Good luck on the MCCQE, it's 8 May for our cohort. Timbits on me if you share your Ottawa ankle rules cheat sheet 🇨🇦
`,
  },
  {
    id: "ca-gibbs-004",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
**Description.** In Alberta pharmacists can prescribe for minor ailments. A woman came in with symptoms of an uncomplicated UTI, asking for antibiotics.

**Feelings.** Confident, then uncertain when she mentioned she might be pregnant.

**Evaluation.** I did a urine dipstick and asked about pregnancy. The test was positive. Nitrofurantoin is often used, but near term it's avoided; she was early, so I prescribed it for five days, 100 mg BID.

**Analysis.** Prescribing authority brings responsibility. I checked the Alberta College of Pharmacy standards and the 2019 Bugs & Drugs guide before prescribing.

**Conclusion.** I did well, but only because I asked one extra question.

**Action plan.** I now ask every woman of reproductive age about pregnancy before any UTI prescription, and I've shared this with our pharmacy team lead, Priya.
`,
  },
  {
    id: "ca-free-005",
    setting: "family medicine",
    role: "family medicine resident",
    text: `
I'm Jean-Luc, 29, a family medicine resident at Dalhousie, originally from Moncton. I'm on my rural block in the Annapolis Valley.

This week I learned how much I rely on the specialist down the hall. In the city I'd just page cardiology. Here, with a patient with new atrial fibrillation, I had to decide myself: rate control with metoprolol, CHA2DS2-VASc of 3, start apixaban 5 mg BID. I called the on-call internist by phone, and he agreed.

I felt proud and also terrified.

Rural medicine is generalism at its purest. My preceptor, Dr MacKinnon, says "you're the specialist in everything here". I want to consider rural practice after residency. I'll apply to the rural skills program by the 15 January deadline.
`,
  },
  {
    id: "ca-what-006",
    setting: "paediatrics",
    role: "paramedic",
    text: `
**What?** ⟦DATE|Oct. 31⟧, 19:50. A 14-year-old, ⟦NAME|Tyler Okimaw⟧, collapsed at a Halloween party in East Vancouver. He is type 1 and wears an insulin pump, serial ⟦DEVICE|OM-5T2208841⟧. Blood glucose 1.8. We gave glucagon 1 mg IM.

**So what?** His friends thought he was drunk and waited 20 minutes. That delay could have killed him. I felt angry at nobody in particular.

**Now what?** ⟦NAME|Tyler⟧ recovered in ⟦FACILITY_ROOM|Room 12 of the BC Children's emergency department⟧. I want to talk at high schools about diabetes emergencies. I've asked our education coordinator, Marcus, whether we can add it to the community program.
`,
  },

  // ---------------- United States ----------------
  {
    id: "us-free-001",
    setting: "telemedicine",
    role: "family medicine resident",
    text: `
Rural telehealth, Sweet Grass County, Montana. On ⟦DATE|Monday, 11/3⟧ I did a video visit with ⟦NAME|Mr. Harlan Boyd⟧, a rancher. The connection came from ⟦IP|198.51.100.23⟧ and dropped four times. The intake form had his SSN, ⟦ID|078-05-1120⟧, his address, ⟦ADDRESS|1174 County Road 9, Big Timber, MT 59011⟧, and his landline, ⟦PHONE|(406) 555-0172⟧.

He had chest tightness when feeding cattle in the cold. The nearest cath lab is two hours away. On video I couldn't examine him. I had to decide from the history: exertional, relieved by rest, a classic story.

I told him to come in. He said calving season was close. We negotiated: aspirin 81 mg, nitroglycerin, and an exercise stress test in Billings within the week. My attending, Dr Halvorsen, agreed.

Reflection: telehealth needs a backup plan — a phone number that works, a family member who can drive. I'll start asking for both at the start of every visit.
`,
  },
  {
    id: "us-what-002",
    setting: "geriatrics",
    role: "physician assistant student",
    text: `
**What?** PA rotation in rural south Georgia. ⟦NAME|Miss Odessa⟧ — she's ⟦AGE|102⟧ — came in on ⟦DATE|the Friday after Thanksgiving⟧ with her grandson, who parked his pickup (tag ⟦OTHER|RFT 4471⟧) right across the clinic door. She wanted "something for her nerves".

**So what?** My first thought was a benzodiazepine. My preceptor, Dr Whitlock, stopped me: Beers criteria, falls, delirium. We asked about sleep, grief, her church, and whether she felt safe. Her best friend had died the week before.

**Now what?** No benzo. We set up a visit with the parish nurse and a hearing check. I'll review the 2023 AGS Beers Criteria before my geriatrics end-of-rotation exam.
`,
  },
  {
    id: "us-comment-003",
    setting: "community health",
    role: "community health worker",
    text: `
Wait is this ⟦NAME|Pastor Wendell⟧ from ⟦LOCATION|the little white church by the feed store in Coldwater Gap⟧?? He told me about his sugar last month at the health fair. So glad y'all got him in to see somebody. Great reflection on the A1c teaching, I'm gonna use your "plate method" handout.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "prehospital",
    role: "EMT",
    text: `
Description: Volunteer EMT in rural Appalachia. Called to an overdose at a gas station. Man in his thirties, unresponsive, pinpoint pupils, respirations 6.

Feelings: My heart was racing. It was my first overdose call.

Evaluation: BVM first, then naloxone 4 mg intranasal. He woke up angry and tried to leave. We tried to convince him to come with us. He refused.

Analysis: Naloxone wears off faster than fentanyl. Refusal after an overdose is common and risky. The 2023 NAEMSP position statement supports leave-behind naloxone kits.

Conclusion: I saved a life and lost a patient in ten minutes.

Action plan: I asked our chief, Bobby, to get leave-behind kits. We now carry them.
`,
  },
  {
    id: "us-free-005",
    setting: "obstetrics",
    role: "medical student",
    text: `
I'm Maya, 25, a third-year at the University of Washington, in the WWAMI track. I'm from Spokane and I'm doing my OB/GYN clerkship in Wyoming.

I want to write about labor and delivery deserts. The hospital I'm at stopped delivering babies in 2022. Now women drive up to three hours. I sat in clinic with Dr Larsen, who explained the plan for each patient: "when to leave home". It sounds simple and it isn't.

I learned about precipitous labor, the risks of roadside births, and telemedicine fetal monitoring pilots. I also learned how much the attending carries emotionally.

I'm applying to rural OB-GYN programs next year. For now, I'm reading the ACOG committee opinion on rural obstetric care (2023) and practicing my shoulder dystocia drills.
`,
  },
  {
    id: "us-what-006",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
What? On my APPE rotation in a New Mexico community pharmacy, a woman asked whether she could buy naloxone without a prescription for her teenage son's friends.

So what? Since 2023, Narcan 4 mg nasal spray is OTC. I felt awkward about the stigma but she was practical. I showed her how to use it and explained she must call 911 after.

Now what? I want to make a bilingual (English-Spanish) one-page guide. My preceptor, Dr Morales, said she'll help me bring it to the county health council meeting on 9 December.
`,
  },

  {
    id: "us-what-007",
    setting: "hospital at home",
    role: "nurse",
    text: `
**What?** Our hospital-at-home program in rural Maine admitted ⟦NAME|Mr. Ellsworth Pike⟧, ⟦AGE|ninety-six⟧, with cellulitis on ⟦DATE|December 2nd⟧. His home hub at ⟦IP|203.0.113.201⟧ stopped sending vitals overnight. His loop recorder, serial ⟦DEVICE|RLA608214S⟧, kept transmitting, which is how we knew his heart rhythm was fine. His daughter messaged me through the portal link she'd bookmarked, ⟦URL|https://mychart.example-health.org/patient/pike-e-1930⟧.

**So what?** I drove out at 6am in snow. The hub was unplugged so he could charge his electric blanket. I felt silly and relieved.

**Now what?** We now label the hub's plug in red and include "don't unplug" in the teaching. I flagged it at our morning huddle with Dr Caron.
`,
  },

  // ---------------- Brazil ----------------
  {
    id: "br-free-001",
    setting: "community health",
    role: "community health agent",
    text: `
Sou agente comunitária de saúde in Manaus, and I write in English for my course. ⟦NAME|Dona Raimunda Ferreira⟧ lives at ⟦ADDRESS|Rua Tapajós, 312, Centro, Manaus - AM, 69010-150⟧. Her CPF is ⟦ID|${cpf("418.207.336")}⟧, I needed it to book her at the UBS, and her daughter's WhatsApp is ⟦PHONE|(92) 95555-0148⟧.

She has hypertension and diabetes and she hides her pills because her husband says "remédio vicia". I felt angry with him but I understood: he is afraid.

I brought the nurse, Enfermeira Cláudia, and we talked together with the couple. We explained that captopril and metformin are not addictive. ⟦NAME|Dona Raimunda⟧ laughed and said "agora ele vai tomar também", because his pressure was 170/100.

My reflection: the family is the patient, not only the one with the diagnosis.
`,
  },
  {
    id: "br-what-002",
    setting: "internal medicine",
    role: "nursing student",
    text: `
**What?** On ⟦DATE|2 de novembro⟧, Finados, ⟦NAME|Seu Januário⟧ was in ⟦FACILITY_ROOM|leito 7, enfermaria 3, Hospital Getúlio Vargas⟧. He was ⟦AGE|93⟧, with pneumonia. His CNS number ⟦ID|${cns("70090231874521")}⟧ was printed on the bed label, facing the corridor.

**So what?** I asked my preceptor, Professora Luana, if we could turn the label. She said it's hospital protocol. I felt small but I think I was right.

**Now what?** I will bring it to the nursing quality committee. LGPD, our data protection law, says health data is sensitive. A bed label should not show everything.
`,
  },
  {
    id: "br-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Que reflexão linda, amiga! Your part about the Glasgow scale on the SAMU ride was top demais. Dr Henrique asks the same questions in the internato. Residência exam is on 30 November, estuda comigo? We can do clinical cases after Carnaval planning 😂🇧🇷
`,
  },
  {
    id: "br-gibbs-004",
    setting: "dental",
    role: "dental student",
    text: `
**Descrição.** River outreach with the dental school, by boat. In ⟦LOCATION|the comunidade of São João do Tupé⟧ we saw ⟦NAME|Kauã⟧, 8, with a big abscess. His mother filmed the extraction for her Instagram, ⟦OTHER|@maedokaua_tupe⟧, before I could say anything.

**Sentimentos.** I felt exposed and annoyed, and then guilty for being annoyed — it is her son.

**Avaliação.** The extraction went fine, amoxicillin 50 mg/kg/day for five days.

**Análise.** Consent for treatment is not consent for filming, and in a small community a video is identifying.

**Conclusão / Plano.** Next time we explain photo rules before starting. I asked our professor, Dr Rocha, for a short consent script in Portuguese.
`,
  },
  {
    id: "br-free-005",
    setting: "physiotherapy",
    role: "physiotherapy student",
    text: `
I'm Beatriz, 22, a physiotherapy student at USP in São Paulo. I grew up in Campinas. My placement is in cardiopulmonary rehab.

During Carnaval week, half the patients cancelled. I used the time to study the six-minute walk test properly — reference equations, when to stop, SpO2 below 85%. My supervisor, Professor Ricardo, made me do it on him twice.

When the patients came back, I did it right. One man with COPD walked 320 m and was proud. I wrote the result on the whiteboard for him.

Reflection: Boring study weeks matter. I'll keep a small notebook with protocols like the Borg scale and the ATS 2002 guideline.
`,
  },
  {
    id: "br-what-006",
    setting: "family medicine",
    role: "family medicine resident",
    text: `
What? Family health strategy clinic in Recife, during Festa Junina. A boy with fever, myalgia and a rash. Dengue? Zika? Chikungunya?

So what? All three circulate here. I checked for warning signs and did the tourniquet test. My preceptor, Dra. Silvana, reminded me that the Ministério da Saúde protocol (2024) classifies dengue by groups A–D to guide fluids.

Now what? Group A: oral fluids, paracetamol, avoid NSAIDs, return if warning signs. I'll make a quick reference card in Portuguese for the community health agents.
`,
  },
];
