import type { SourceItem } from "../../corpus/types.ts";

export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "oncology ward",
    role: "oncology resident",
    text: `Radiotherapy machine down again. Third time this year.

⟦NAME|Mama Titi⟧ — ⟦NAME|Mrs Titilayo Adebanjo⟧ on the chart — has cervical cancer, stage IIIB, and had done eleven of her twenty-five fractions when the linac at ⟦FACILITY_ROOM|UCH Ibadan⟧ stopped. The nearest working machine was in Lagos, and she had already spent her church’s harvest collection on the first half.

I sat with her on ⟦FACILITY_ROOM|Ward Gynae 2, bed 14⟧ and tried to explain why “gap in treatment” is dangerous without frightening her. She asked if she could pray the machine back to life. I said she could try and I would try the engineers. Her son gave me his number, ⟦PHONE|0803 555 0147⟧, and her NIN, ⟦ID|48213905567⟧, for the referral letter to the private centre.

The machine came back after nineteen days. She finished, eventually. I do not know what those nineteen days did to her chance of cure. Probably something.

What I keep coming back to: we train for years to give radiotherapy well, and then the thing that decides outcomes is a spare part stuck at the port in Apapa.`,
  },
  {
    id: "ng-what-002",
    setting: "chemotherapy day unit",
    role: "oncology nurse",
    text: `**What?** On our chemotherapy day unit in Lagos, half the patients arrive with their drugs in a nylon bag. They buy them from the pharmacy outside the gate, or their relatives bring them from Onitsha market, and we mix them.

**So what?** We have no way of checking cold-chain storage for drugs bought outside. Trastuzumab that has sat in a hot bus for six hours may not be trastuzumab any more. Fake oncology drugs are a documented problem across West Africa. But if we refuse to give what the family brings, the patient gets nothing, because NHIA coverage for cancer drugs is limited.

**Now what?** I now ask every family where they bought the drug, ask for the receipt, and check batch numbers against the supplier list our pharmacist keeps. Our matron, Mrs Okon, has written to management about a hospital-run oncology pharmacy with fixed prices. I have also started teaching families about cool boxes. It is not the answer. It is what I can do on a Tuesday.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "home palliative care",
    role: "palliative care physician",
    text: `Description: We discharged ⟦NAME|Nnanna Okeke⟧, a 61-year-old retired civil servant with metastatic prostate cancer, to die at home in ⟦LOCATION|the family compound behind St Patrick’s Catholic Church, Umuahia⟧. His wife, ⟦NAME|Ada⟧, asked us to come to the house because he refused to return to hospital. We went on ⟦DATE|Christmas Eve⟧.

Feelings: I was worried about the road and the morphine — would a home supply be safe with so many relatives around?

Evaluation: The visit went well. The compound was full: umunna, church women, grandchildren. Everyone wanted to greet the doctor. He was comfortable on oral morphine 10 mg four-hourly, but his wife had been giving it only when he cried because she feared it would kill him.

Analysis: Opioid fear is the biggest barrier in Nigerian palliative care. The National Cancer Control Plan mentions it; no plan fixes it in a living room.

Conclusion: We explained regular dosing to the whole family, not only Ada, because in an Igbo household decisions are communal.

Action plan: I will always brief the family gathering, not just the carer, and leave a simple chart in English and Igbo on the wall.`,
  },
  {
    id: "ng-free-004",
    setting: "hospital chaplaincy",
    role: "hospital chaplain",
    text: `I have been a hospital chaplain in Jos for eleven years, and the hardest conversations are not with the dying but with their pastors.

Many families bring in their own pastor or imam, and some of them tell the patient that healing will come if they have enough faith. When healing does not come, the patient feels she has failed God. A woman in her fifties with ovarian cancer told me last month, weeping, that she had stopped her chemotherapy because her prophet promised she would be well by the end of the crusade.

I do not fight the pastors. I invite them for tea in my office. I ask them what they hope for the patient. Often they want the same things I want — comfort, peace, family reconciled — but they have been taught that talking about death is surrender.

The Hospice and Palliative Care Association of Nigeria runs workshops for faith leaders now. I have taken four pastors and two imams. One of them preached on “a time to die” from Ecclesiastes the following Sunday. That felt like a small miracle of its own.`,
  },
  {
    id: "ng-comment-005",
    setting: "online professionalism",
    role: "senior registrar",
    text: `Good reflection, but doctor, please remember our readers include patients and families. A bed number, a ward name and the machine breakdown date are enough for anybody in Ibadan to know who you mean. Edit it before it spreads on WhatsApp. Our department has a short guide to anonymising case reflections; I can send it to you.`,
  },
  {
    id: "ng-free-006",
    setting: "oncology ward",
    role: "house officer",
    text: `Kano, internal medicine rotation. My first patient to die was ⟦NAME|Alhaji Sani Garba⟧, a cattle trader from ⟦LOCATION|Dawakin Kudu⟧ with hepatocellular carcinoma on a background of hepatitis B. He came in with a distended abdomen and yellow eyes, and we tapped ten litres of ascites in two days.

His sons drove up from the village in a Hilux with the plate ⟦OTHER|DKD 447 KN⟧, and the ward sister told them to move it from the ambulance bay three times. They brought fura da nono, a ram’s leg, and an imam. I did not know what to do with the ram’s leg.

He died on ⟦DATE|the day after Maulud⟧, on ⟦FACILITY_ROOM|the male medical ward of Murtala Muhammad Specialist Hospital, bed 9⟧. Burial was before Asr. By evening the bed had a new patient.

I have been reading about hepatitis B vaccination coverage in the north. He was born before the vaccine existed. His grandsons have had it. That is the only comforting thought I have.`,
  },
  {
    id: "ng-what-007",
    setting: "oncology pharmacy",
    role: "hospital pharmacist",
    text: `**What?** A patient’s daughter came to the pharmacy counter asking whether her mother’s tamoxifen could be replaced with a herbal mixture a neighbour recommended. She was polite, but she had already bought three bottles.

**So what?** Herbal remedies are used by most of our cancer patients, according to our own audit and several Nigerian studies. Some are harmless; some interact with chemotherapy through the liver; some contain heavy metals. If I dismiss them, families stop telling us. If I ignore them, I may miss a dangerous interaction.

**Now what?** I asked the daughter to bring the bottles so I could read the labels and check what I could. I explained that tamoxifen is the treatment with evidence, and that stopping it would raise her mother’s risk of the cancer returning. She agreed to continue, and to keep the herbal mixture aside until the oncologist reviewed it. Our department, with Pharm. Bello, is now compiling a list of the commonest local remedies with what is known about each, so every pharmacist gives the same answer.`,
  },
  {
    id: "ng-free-008",
    setting: "paediatric oncology",
    role: "paediatric oncology registrar",
    text: `Crowdfunding is how many Nigerian children get cancer treatment. I have mixed feelings.

⟦NAME|Chiamaka⟧ is seven, with Wilms tumour, and her parents could not afford the surgery and the chemotherapy. Her aunt started a fundraiser, ⟦URL|https://www.gofundme.com/f/save-little-chiamaka-eze⟧, with photos of her bald head and her hospital wristband, and shared it on Instagram as ⟦OTHER|@pray4chiamaka⟧. In four days Nigerians at home and abroad raised enough for nephrectomy and the full course of vincristine and dactinomycin. She is in remission.

But the page shows her full name, her school uniform, her diagnosis, and a photo taken on ⟦FACILITY_ROOM|the paediatric oncology ward at LUTH, cot 3⟧. She will be fourteen one day and find it.

I do not blame the family. The alternative was no treatment. I blame a system where a seven-year-old’s privacy is the price of surgery.

What I am doing: when families ask, I help them write a fundraiser with a first name and a diagnosis only, and no photos in hospital. Our unit head, Dr. Adeyemi, supports this. Some families ignore me. I understand why.`,
  },
  {
    id: "ng-gibbs-009",
    setting: "medical student placement",
    role: "medical student",
    text: `Description: During my oncology posting in Benin, I watched a consultant break bad news to a man in his forties with colorectal cancer that had spread to his liver. The consultant spoke in Pidgin, sat on the edge of the bed, and held the man’s hand.

Feelings: I was surprised. In lectures we are told to keep professional distance.

Evaluation: The man said, “Doctor, na true you talk. I go prepare.” He asked about his children’s school fees, not about survival.

Analysis: Our communication skills course is based on SPIKES, which comes from North America. It works, but it assumes a patient who wants to talk about himself. Many of our patients want to talk about their families, their land and their debts first.

Conclusion: Good breaking of bad news here includes talking about who will pay, who will inherit, and who will tell the village.

Action plan: I want to study how Nigerian clinicians adapt SPIKES. I have asked Prof. Ehigiegba whether I can do my undergraduate research project on it, interviewing doctors rather than patients.`,
  },
];
