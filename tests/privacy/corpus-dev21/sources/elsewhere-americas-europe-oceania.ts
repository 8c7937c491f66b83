import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { cpf, nhi } from "../gen.ts";

/** Elsewhere: Ireland, Canada, New Zealand, Brazil (11 items). */
export const AMERICAS_EUROPE_OCEANIA: readonly SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `A reflection for my IIOP ePortfolio — the methadone collection that didn't happen.

⟦NAME|Declan Fahy⟧ collects his methadone daily at our pharmacy in Mullingar. His medical card number is ⟦ID|7741203K⟧ and his address on file is ⟦ADDRESS|12 Lakeview Park, Mullingar, Co. Westmeath N91 X2P4⟧. On ⟦DATE|Saturday 22 June⟧ he didn't come in. He had never missed in eighteen months. His sister's car, a silver Corolla, ⟦OTHER|191-WH-3307⟧, was parked outside the pharmacy that afternoon, but he wasn't in it and she didn't come in either.

Missed doses matter: after three missed days the prescriber needs to review because tolerance drops and the overdose risk on restarting is real. I rang the HSE addiction service's out-of-hours line and left a message for his key worker, Aoife.

On Monday he came in — he'd been in Garda custody over the weekend, where he was given no methadone at all. He was in withdrawal and furious.

What I learned: our pharmacy should have a protocol with the local Garda station for continuity of opioid substitution treatment. The 2016 HSE clinical guidelines mention custody but there's no local arrangement. I've emailed the station sergeant and our area pharmacist to start the conversation.`,
  },
  {
    id: "ie-what-002",
    setting: "hospital physiotherapy",
    role: "senior physiotherapist",
    text: `What?
I've been asked to lead the respiratory on-call training for new staff grade physios in Galway. Half of them have never been on call. We ran a simulation last Thursday: a "patient" with a right lower lobe collapse, SpO2 88% on 4 L, ABG pH 7.31, pCO2 7.2 kPa.

So what?
They knew the theory — ACBT, positioning, IPPB with the Bird — but froze when the sim nurse said "he's getting drowsy, GCS 13". Two of them started chest physio when the correct answer was to call the medical registrar for NIV. Recognising when physio is not the answer is the skill the ISCP and the Irish respiratory on-call competency framework emphasise, and it's hard to teach from a slide.

Now what?
I'll run a monthly sim, with our respiratory consultant Dr. Ní Bhriain joining for the escalation part. I'm also rewriting our on-call handbook to put "when NOT to treat" on page one. Personally, I found I liked teaching more than I expected. I might apply for the clinical specialist post in education next spring.`,
  },
  {
    id: "ie-comment-003",
    setting: "community pharmacy",
    role: "pharmacy preceptor",
    text: `This is a brilliant reflection and a real systems gap. Before you upload it to the ePortfolio, take out ⟦NAME|Declan⟧'s name, medical card number, address and the car registration — you've got all four in there. "A man in his thirties on daily supervised methadone" is plenty for the assessors. Happy to co-sign the letter to the Garda.`,
  },
  {
    id: "ca-free-004",
    setting: "northern community",
    role: "occupational therapist (fly-in)",
    text: `Fly-in OT visit to ⟦LOCATION|Sachigo Lake First Nation⟧, my fourth this year.

Saw ⟦NAME|Elder Mary Beardy⟧, OHIP ⟦ID|${ohip("5183-204-69")}⟧, who had a hip replacement in Thunder Bay and was sent home without a raised toilet seat or bath bench. Her house has a step-down bathroom and a wood stove she still feeds herself. Her granddaughter ⟦NAME|Kayla⟧ translates Oji-Cree for me and also manages the Facebook page for the family, which is how the nursing station knew she'd been discharged.

Equipment takes weeks to fly in. I brought what I could in my luggage: a raised seat, a reacher and a long-handled sponge. The bath bench will come on the next winter road.

What I'm reflecting on: discharge planning from the city hospital assumes a pharmacy and a medical supply store down the street. It also assumed she'd sit down to do everything, which isn't how she lives.

What I'll do: work with the discharge OT at the hospital on a "remote community" checklist. And keep learning — I'm doing the San'yas Indigenous cultural safety training this month, which I should have done before my first visit.`,
  },
  {
    id: "ca-gibbs-005",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `Description: Since pharmacists in Quebec got wider prescribing powers under Bill 31, I've been assessing and prescribing for minor ailments — UTIs, cold sores, allergic rhinitis — in my pharmacy in Sherbrooke.

Feelings: Confident on most, anxious on UTIs.

Evaluation: This month I saw 14 women with UTI symptoms. I prescribed nitrofurantoin for 11, referred three (one with flank pain and fever, one pregnant, one with recurrent infections).

Analysis: The Ordre des pharmaciens du Québec guidance and the INESSS 2023 protocol are clear. My anxiety is about what I can't do — no urinalysis on site, no physical exam beyond basics. I realised I was asking fewer questions to avoid uncertainty. I went back to the Hooton criteria for complicated UTI.

Conclusion: Prescribing responsibility is fine; what I need is a follow-up system.

Action plan: A 72-hour call-back for every UTI prescribed. My colleague Étienne will cover on my days off. I'll present our data at the regional pharmacists' meeting in the fall.`,
  },
  {
    id: "ca-what-006",
    setting: "virtual dietetics",
    role: "registered dietitian",
    text: `What?
Virtual visit with ⟦NAME|Nathan Kilabuk⟧, a teenager with type 1 diabetes in ⟦LOCATION|Pangnirtung⟧. The video kept freezing, so our IT person pulled his connection log — IP ⟦IP|203.0.113.82⟧ — and found the community's bandwidth drops every afternoon when the school lets out. His mother's email, ⟦EMAIL|j.kilabuk.pang@gmail.com⟧, was the only reliable way to send the meal plan.

So what?
Country food — seal, char, caribou — is high in protein, low in carbohydrate, and excellent for him. The standard carb-counting handouts are based on southern groceries, where a litre of milk doesn't cost eleven dollars. I'd been giving him advice he couldn't follow.

Now what?
Rewrote the plan around what he eats, including bannock (counted as carbs) and store-bought juice (limited). Booked future appointments in the morning to avoid the bandwidth drop. Reading the Diabetes Canada 2018 guidelines chapter on Indigenous peoples again, and I've asked our CDE, Louise, to co-review his next A1c (currently 9.1%).`,
  },
  {
    id: "nz-free-007",
    setting: "paediatric diabetes",
    role: "paediatric dietitian",
    text: `Kia ora — reflection for my supervision session.

⟦NAME|Tamati Rewiti⟧, 13, NHI ⟦ID|${nhi("ZZZ371")}⟧, started on an insulin pump (serial ⟦DEVICE|NZP-88104527⟧) three months ago. He is a keen kapa haka performer and his whānau hold hui at ⟦LOCATION|Te Papaiouru Marae in Ohinemutu⟧ most weekends, where kai is shared and nobody is counting carbs. His HbA1c went up from 62 to 71 mmol/mol.

I've been thinking about how I taught carb counting: a 30-minute session with a scale and a printed list of supermarket foods. Hāngī, rēwena bread and boil-up aren't on the list.

With our Māori health kaimahi, Hine, I went to one of the hui. I estimated portions with his nan and wrote down what a typical plate looks like, then we worked out carbs together. ⟦NAME|Tamati⟧ liked being the "expert" on his own food.

Learning: Te Whare Tapa Whā makes more sense to me now. Taha whānau is not an add-on to the diabetes plan, it is the plan. I'm reading the 2021 NZSSD paediatric guidance and want to adapt our education materials with Hine.`,
  },
  {
    id: "nz-what-008",
    setting: "hospital dietetics",
    role: "dietitian",
    text: `What?
An audit of malnutrition screening on two medical wards in Dunedin. We use MST on admission. Of 80 patients audited, 23 hadn't been screened within 24 hours, and of those screened "at risk", only half had been referred to dietetics.

So what?
Malnutrition in hospital is common — about a third of older inpatients — and associated with longer stays and readmissions. The screening tool is fine; the gap is in what happens next. Nurses told me they screen at 2am when the patient is asleep and guess. I don't blame them.

Now what?
Working with the charge nurses, Aroha and Pete, on moving screening to the morning medication round. I proposed auto-referral to dietetics for MST ≥2 in the electronic system. I'll present at the Health New Zealand Southern nutrition committee. I'm also reading the ESPEN 2019 guidelines on malnutrition in older adults, and the GLIM criteria, which I've been meaning to learn properly since I graduated from Otago.`,
  },
  {
    id: "nz-comment-009",
    setting: "hospital dietetics",
    role: "clinical dietitian",
    text: `Great audit. The auto-referral idea will meet resistance from our team because of the volume — maybe pilot it on one ward first and track workload. Also consider including the patient's food intake chart, which nurses complete better than the MST. I can help with the GLIM criteria if you want a session. — Rachel`,
  },
  {
    id: "br-free-010",
    setting: "public health pharmacy",
    role: "farmacêutica (SUS)",
    text: `Reflexão (in English for my residency abroad application).

I work in a Farmácia Popular point in Recife. On ⟦DATE|Carnival Tuesday⟧ a man came in for his losartan and metformin: ⟦NAME|Sr. José Ribamar da Silva⟧, CPF ⟦ID|${cpf("529.982.247")}⟧, who lives in ⟦LOCATION|Vila Santa Luzia, next to the Capibaribe canal⟧. He asked me to check his blood pressure, which was 188/112, and he had a headache and blurred vision.

I didn't hand over the medicines and send him away. I called SAMU. He was taken to the UPA and treated for hypertensive urgency; it turned out he'd been without medicine for two weeks because the pharmacy system was down.

What I learned: a pharmacist at the counter is sometimes the first professional who sees an emergency. The SUS system assumes the primary care unit does it, but it was Carnival and the UBS was closed. The 2020 Brazilian Guidelines of Hypertension define urgency and emergency clearly — I had to read them again that night.

Next steps: propose BP measurement for every antihypertensive dispensation, and a protocol with SAMU for referrals.`,
  },
  {
    id: "br-what-011",
    setting: "hospital physiotherapy",
    role: "physiotherapist (ICU)",
    text: `What?
Early mobilisation in a general ICU in São Paulo. Our team has been trying to sit patients out of bed within 48 hours of intubation. This month we achieved it in 60% of eligible patients, up from 35% last year.

So what?
The barriers are mostly cultural. Some intensivists think mobilisation is dangerous with vasopressors, even though the 2020 consensus allows it below certain noradrenaline doses. Nurses worry about lines and tubes. Families think we are "hurting" sedated patients. I use the ICU Mobility Scale and the MRC sum score, and when a patient walks out of the ICU, everyone remembers that more than the numbers.

Now what?
Our coordinator, Dra. Fernanda, has asked me to present at the hospital's quality meeting. I'll use the TEAM trial (2022) to argue honestly: early mobilisation did not improve survival in that trial and increased adverse events at high doses, so we need to be careful about intensity, not give up. Personally, I'm also studying for the ASSOBRAFIR specialist exam next year.`,
  },
];
