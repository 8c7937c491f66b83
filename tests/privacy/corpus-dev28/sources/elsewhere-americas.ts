import type { SourceItem } from "../../corpus/types.ts";
import { cpf } from "../gen.ts";

/** Mexico, Brazil, Argentina, Colombia. */
export const AMERICAS: readonly SourceItem[] = [
  {
    id: "mx-free-001",
    setting: "home palliative care",
    role: "palliative care resident",
    text: `Día de Muertos and a home death in the same week. I am still processing it.

⟦NAME|Doña Rosario “Chayo” Méndez⟧ had metastatic gastric cancer and lived with her daughter ⟦NAME|Lupita⟧ at ⟦ADDRESS|Calle Jacarandas 42, Col. Santa Úrsula Coapa, 04650 Ciudad de México⟧. Our home care team visited twice a week. She had built the family ofrenda herself in October — marigolds, pan de muerto, photos of her husband and her mother — and told me, laughing, “el año que viene yo voy a estar ahí arriba.”

She died on ⟦DATE|2 de noviembre⟧, in the afternoon, while the neighbours were coming back from the panteón. Lupita put her photo on the ofrenda that same night.

In medical school nobody talked about death as something you could decorate. Here death is a guest you cook for. I think that made Lupita’s grief different — not smaller, but accompanied. Our team leader, Dra. Salinas, said she has seen fewer complicated griefs in families who keep the tradition. I would like to know whether anyone has studied that.`,
  },
  {
    id: "mx-what-002",
    setting: "paediatric oncology",
    role: "paediatric oncology nurse",
    text: `**What?** A boy of nine with relapsed leukaemia asked me, while I was changing his central line dressing, whether it hurts to die. His mother had gone to the cafetería.

**So what?** I did not know what his parents had told him. I did not want to lie, and I did not want to take something from them that was theirs to give. In our unit in Guadalajara we have no child life specialist, and the psychologist covers three floors.

**Now what?** I said, “That is a very important question. What made you think about it today?” He said his friend from the next bed had gone and not come back. We talked about his friend for ten minutes. Then I told his mother, with his permission, what he had asked, and she asked our psychologist, Lic. Herrera, to help her answer. I have since read about the Mexican national programme for children with cancer and found a short guide from a children’s palliative care charity on talking with children about death. I keep it in my locker now.`,
  },
  {
    id: "mx-comment-003",
    setting: "online professionalism",
    role: "attending physician",
    text: `Muy bonito texto, and thank you for sharing it. But please, the full street address and the exact date of death should not be here — even the neighbours coming back from the panteón could read this and recognise her. We can keep the ofrenda, the tradition and your reflection. Change the rest, por favor, before the blog’s weekly digest goes out.`,
  },
  {
    id: "br-free-001",
    setting: "oncology ward",
    role: "internal medicine resident",
    text: `Plantão noturno on the oncology ward in Recife.

⟦NAME|Seu Zé⟧ — ⟦NAME|José Ribamar da Silva⟧ on the wristband, ⟦FACILITY_ROOM|leito 12 da enfermaria 3 do Hospital do Câncer de Pernambuco⟧ — had metastatic penile cancer, which is far more common in the Nordeste than anyone in the South believes. He was a fisherman from ⟦LOCATION|a vila de pescadores de Carne de Vaca, in Goiana⟧ and spoke of the sea every time I examined him.

At midnight his daughter rang the nurses’ station from ⟦PHONE|(81) 99555-0138⟧ because she was stuck at the rodoviária. The social worker had left the SUS paperwork half done: his CPF, ⟦ID|${cpf("314762058")}⟧, was on the form, but the cartão SUS number was missing and the hospice bed would not be confirmed without it.

He died at 4am, before either the daughter or the hospice bed arrived. I sat with him and talked about fishing, badly.

What I learnt: paperwork delays are a kind of clinical harm. And the dying do not wait for the bus from Goiana.`,
  },
  {
    id: "br-gibbs-002",
    setting: "breaking bad news",
    role: "medical student",
    text: `Descrição: In my internato in São Paulo, I watched a preceptor tell a woman in her sixties that her lymphoma had relapsed after CAR-T therapy.

Sentimentos: Anxious, mostly on the preceptor’s behalf.

Avaliação: Dr. Cardoso used the word “câncer” clearly, then waited. The patient asked whether she could still go to her granddaughter’s wedding in three months. The answer was “we will do everything to get you there.”

Análise: Brazilian medical schools now teach SPIKES, and the Academia Nacional de Cuidados Paliativos has published a lot on communication. But in practice, many families ask us to say “tumor” or “nódulo” instead of cancer. Dr. Cardoso never did.

Conclusão: Clarity is a form of respect, even in a culture where euphemism is kind.

Plano de ação: I will practise the first sentence of bad news out loud before entering, and I will not use “nódulo” when I mean cancer.`,
  },
  {
    id: "br-free-003",
    setting: "hospice",
    role: "hospice nurse",
    text: `Brazil ranks low on international quality-of-death indices, and the reasons are visible from where I stand: too few palliative teams, too much death in emergency corridors. So I want to write about something that works.

Our small hospice in Minas Gerais has twelve beds. We allow pets. We allow cachaça, with the doctor’s blessing. We allow the whole family to sleep over, on mattresses on the floor. Last month a man in his eighties asked for pão de queijo and a rooster’s crow at dawn; the cook made the first and a nephew brought the second, in a cardboard box.

The nursing principles are the ones Cicely Saunders wrote down half a century ago: total pain, total care. What we add is Brazilian: music, food, saudade, noise.

Our nurse coordinator, Enf. Beatriz, says that a good death here is a loud death, full of people. I used to think good deaths were quiet. Now I am not sure.`,
  },
  {
    id: "ar-free-001",
    setting: "home palliative care",
    role: "family physician",
    text: `Medicina familiar en el conurbano. A home visit I will not forget.

⟦NAME|Don Tito⟧, as the whole barrio called him — ⟦NAME|Héctor Ramón Villalba⟧, DNI ⟦ID|8.447.201⟧ — had lung cancer and lived in ⟦LOCATION|the green house with the Racing flag at the end of Pasaje Los Ceibos, Villa Fiorito⟧. He had smoked since he was twelve and wanted to smoke until the end. His wife, ⟦NAME|Doña Nelly⟧, made mate for every visitor, including me, at nine in the morning.

He was ⟦AGE|noventa y un años⟧ and completely lucid. He asked for no hospital, no oxygen, and no priest, in that order. We left oral morphine and a phone number for the night team.

He died on ⟦DATE|the Sunday Racing won the derby⟧, listening on the radio. Nelly said he waited for the goal.

I trained in a university hospital where every death came with a monitor. This one came with a radio and mate, and I think it was better.`,
  },
  {
    id: "ar-what-002",
    setting: "oncology clinic",
    role: "clinical oncology fellow",
    text: `**What?** A woman in her forties with triple-negative breast cancer asked whether she could get pembrolizumab through the public system. Her obra social had refused it.

**So what?** In Argentina, access to expensive cancer drugs often goes through amparos — court orders. Patients with lawyers get drugs; patients without do not. That felt deeply unjust to me, and I had not learnt about it in any oncology textbook. I also had to be honest about what the evidence shows: a benefit in certain settings, not a cure.

**Now what?** I explained the data using absolute numbers, not just hazard ratios, and referred her to the hospital’s social worker, Lic. Gómez, who knows the legal route. I am reading about the Instituto Nacional del Cáncer’s access programmes. And I want our fellows’ teaching to include the health-system side of oncology, because the drug that cannot be obtained is not a treatment.`,
  },
  {
    id: "co-free-001",
    setting: "radiotherapy",
    role: "medical physicist",
    text: `Radiotherapy in Colombia is concentrated in a few cities, and patients from the countryside travel long distances for weeks of treatment. As a medical physicist in Medellín, I mostly see machines and plans. This week I saw a queue.

Fifteen patients were waiting at 6am because a bus from the Urabá region had arrived overnight. Some had slept on the bus. One man in his seventies with prostate cancer told me he had been travelling for two days and would stay with a cousin for eight weeks.

For my work, this changes the question. Hypofractionation is not only about radiobiology; it is about how many nights a farmer can stay away from his land. The shorter schedules for prostate and breast, supported by the big trials, mean weeks fewer away from home.

I have asked our chief physicist, Ing. Restrepo, whether we can audit which patients could be offered hypofractionated regimens and are not. It is a physics question with a social answer.`,
  },
  {
    id: "co-comment-002",
    setting: "radiotherapy",
    role: "radiotherapy technologist",
    text: `Qué buena reflexión. I was on that shift too! The man with prostate cancer was ⟦NAME|don Efraín⟧ from ⟦LOCATION|the vereda El Tigre above Turbo⟧, right? He told everyone he had brought a whole bunch of plátanos for the staff. His cousin in Bello is the one who keeps calling about his schedule. Hope he finishes soon.`,
  },
];
