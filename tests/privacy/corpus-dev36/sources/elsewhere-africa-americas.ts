import type { SourceItem } from "../../corpus/types.ts";
import { cpf } from "../gen.ts";

export const ELSEWHERE_AFRICA_AMERICAS: readonly SourceItem[] = [
  {
    id: "gh-free-001",
    setting: "hip fracture",
    role: "house officer",
    text: `⟦NAME|Maame Akosua Serwaa⟧, ⟦AGE|ninety-two⟧, was carried into the Orthopaedic Ward at ⟦FACILITY_ROOM|Komfo Anokye⟧ by her grandsons on ⟦DATE|Saturday 8 March⟧, after a fall at a funeral in ⟦LOCATION|Mampong-Ashanti⟧. Her Ghana Card number, ⟦ID|GHA-718204635-3⟧, had to be entered for NHIS, but the scheme did not cover the prosthesis, and the family had to find the money. Her grandson called from ⟦PHONE|024 555 7381⟧ every morning to ask if "the iron" had arrived. Dr. Owusu-Ansah, our consultant, did the operation eleven days after admission. I reflected that in Ghana the waiting time for hip surgery is measured by how quickly a family can raise money, and that is a clinical outcome we rarely record.`,
  },
  {
    id: "gh-what-002",
    setting: "anaesthesia",
    role: "nurse anaesthetist",
    text: `What? In a district hospital in the Volta Region I am often the only anaesthetist. Last month I gave a spinal for an 80-year-old man with a strangulated hernia, at night, with only a pulse oximeter and a manual blood pressure cuff.
So what? His BP fell to 70/40. I had ephedrine ready and a second cannula in, thanks to habits from Dr. Agyeman, who trained me in Accra. He recovered, and the surgeon finished.
Now what? I want more nurse anaesthetists in Ghana to have refresher training in elderly physiology, and I am writing to the Ghana College of Nurses and Midwives about a short course on geriatric anaesthesia.`,
  },
  {
    id: "gh-comment-003",
    setting: "peer comment",
    role: "house officer",
    text: `Thank you, this is so true. Please consider removing ⟦NAME|Maame Akosua Serwaa⟧'s Ghana Card number, ⟦ID|GHA-718204635-3⟧, before this goes to the e-portfolio; the date and the funeral also make her easy to identify. Dr. Owusu-Ansah has been trying to get the hospital to stock prostheses for years.`,
  },
  {
    id: "ug-free-001",
    setting: "surgical ward",
    role: "intern doctor",
    text: `⟦NAME|Jajja Nalwoga⟧, as the ward called her, was admitted to ⟦FACILITY_ROOM|Ward 3C, bed 11, at Mulago⟧ with an incarcerated hernia on ⟦DATE|Martyrs' Day⟧, after her grandson brought her on a boda boda from ⟦LOCATION|Kakiri trading centre⟧. The family could not find her NIN card; her granddaughter photographed it at home and sent the number, ⟦ID|CF39021103XK7P⟧, on WhatsApp. Dr. Kiggundu repaired the hernia under spinal. I reflected that in Uganda the surgical patient arrives with a whole clan, and that the clan is both her support system and her record-keeper.`,
  },
  {
    id: "ug-gibbs-002",
    setting: "hospital at home",
    role: "palliative care nurse",
    text: `Description: I visited ⟦NAME|Mzee Erisa Kato⟧ at his home in ⟦LOCATION|Nakifuma, on the hill behind the Church of Uganda⟧ after his colostomy; our team provides home-based care instead of a long stay in hospital.
Feelings: I was moved by how the family had turned a bedroom into a ward.
Evaluation: his daughter was changing the stoma bag well, but the skin was sore. His son sends photos from ⟦EMAIL|kato.erisa.family@example.ug⟧ each week.
Analysis: home care works when families are trained and supported.
Conclusion: stoma training at discharge should include the family, not only the patient.
Action plan: Sister Agnes and I will run a stoma care session for families every Tuesday.`,
  },
  {
    id: "ug-what-003",
    setting: "falls",
    role: "medical student",
    text: `What? During my community placement in Gulu we visited older people in their homes and asked about falls. Almost every grandmother had fallen in the last year, many while fetching water or going to the pit latrine at night.
So what? Falls in older people are a hidden epidemic in Uganda. Dr. Okello, our supervisor, said we rarely count them because they only come to hospital when something breaks.
Now what? We designed a simple screening question for village health teams and suggested solar lamps for latrines. I now understand that falls prevention here is about water, light and paths as much as about medicines.`,
  },
  {
    id: "eg-free-001",
    setting: "hip fracture",
    role: "orthopaedic resident",
    text: `⟦NAME|Hagga Fatma Abdel-Rahman⟧, ⟦AGE|94⟧, came to ⟦FACILITY_ROOM|Kasr Al Ainy, orthopaedic ward 4, bed 7⟧ on ⟦DATE|the first day of Eid al-Adha⟧ with a fractured neck of femur after she slipped while cooking for the family. Her national ID, ⟦ID|23104120104268⟧, was needed for the health insurance letter, and her son gave me his mobile, ⟦PHONE|0100 555 2284⟧. The family was divided: one son wanted surgery, another said "she is old, leave her." Dr. Hassan, our professor, held a family meeting and explained that not operating meant pain and bedsores. They agreed. I learned that in Egypt decisions for the elderly are a family negotiation, and the doctor's job is to make the facts clear.`,
  },
  {
    id: "eg-what-002",
    setting: "care home",
    role: "geriatrics resident",
    text: `What? I did my first visit to an elderly care home in Alexandria, ⟦LOCATION|Dar El Saada home in Smouha⟧, to review ⟦NAME|Am Sayed⟧, a retired fisherman with dementia who had been admitted after his wife died.
So what? He was on three sedating drugs, including haloperidol and clonazepam, and he was falling. Dr. Mona, my supervisor, deprescribed two of them.
Now what? Care homes are new in Egyptian culture and still carry stigma. I want to help develop a medicines review visit for homes in our area.`,
  },
  {
    id: "eg-comment-003",
    setting: "peer comment",
    role: "intern",
    text: `Thank you for this reflection. Family meetings are so important in our culture. In Mansoura we have the same problem with families divided over surgery for the elderly. Dr. Hassan's approach is very wise. Maybe we can organise a workshop on breaking bad news to families for interns.`,
  },
  {
    id: "br-free-001",
    setting: "surgical ward",
    role: "surgery resident",
    text: `⟦NAME|Dona Benedita Ferreira da Silva⟧, ⟦AGE|noventa e sete anos⟧, was admitted to ⟦FACILITY_ROOM|enfermaria 5, leito 12, Hospital das Clínicas⟧ on ⟦DATE|02/02/2025⟧, the feast of Iemanjá, with acute cholecystitis. Her CPF, ⟦ID|${cpf("218.447.903")}⟧, was in the SUS record, and her granddaughter wrote to me from ⟦EMAIL|bene.netos@example.com.br⟧ with questions. Dr. Carvalho, our preceptor, decided on antibiotics and a percutaneous cholecystostomy instead of surgery. I reflected that in Brazil the elderly population is growing quickly, and surgery for people over ninety is no longer rare; every decision needs a frailty assessment, not just an age.`,
  },
  {
    id: "br-what-002",
    setting: "anaesthesia",
    role: "anaesthesia resident",
    text: `What? During a long spinal fusion in São Paulo, the bispectral index of our 76-year-old patient stayed around 30 for an hour.
So what? Dr. Oliveira, my preceptor, reduced the sevoflurane. Deep anaesthesia in older patients may be associated with post-operative delirium, although the evidence is mixed.
Now what? I will use BIS monitoring carefully in older patients and target a value between 40 and 60. I also want to read the ENGAGES trial (2019) again to understand the debate, and to present it at our journal club on Thursday with a summary for the nursing staff in recovery.`,
  },
  {
    id: "br-gibbs-003",
    setting: "home visit",
    role: "family doctor",
    text: `Description: I did home visits with a community health agent in Recife to older people who cannot leave their homes.
Feelings: I felt humbled by how much the agents know about each family.
Evaluation: we saw a man with COPD and diabetes whose insulin was kept on the windowsill in the heat, and a woman with Alzheimer's disease cared for by her daughter alone.
Analysis: the Family Health Strategy is the backbone of Brazilian primary care for the elderly.
Conclusion: home visits show problems that clinic visits never reveal.
Action plan: I will include storage of medicines in every home assessment and teach caregivers about insulin storage, with Nurse Cláudia.`,
  },
  {
    id: "jm-free-001",
    setting: "surgical ward",
    role: "intern",
    text: `⟦NAME|Miss Iris "Mama Iris" McKenzie⟧, ⟦AGE|101⟧, came to ⟦FACILITY_ROOM|Ward 10 at the University Hospital of the West Indies⟧ on ⟦DATE|Emancipation Day⟧ with a fractured wrist. She lives in ⟦LOCATION|Top Hill, St Elizabeth⟧ and her granddaughter gave me her address, ⟦ADDRESS|Lot 14, Top Hill District, St Elizabeth⟧, for the community nurse. Dr. Brown, our consultant, treated the fracture in a cast. I learned that Jamaican centenarians are celebrated in their communities, and ⟦NAME|Mama Iris⟧ wanted to get back to her church choir.`,
  },
  {
    id: "jm-what-002",
    setting: "frailty",
    role: "geriatrics resident",
    text: `What? In Kingston I assessed a frail 86-year-old woman for an elective knee replacement. Her Clinical Frailty Scale was 5 and her albumin was 29 g/L.
So what? Dr. Williams, our geriatrician, suggested prehabilitation: protein supplements, physiotherapy and a review of her eight medications.
Now what? Six weeks later she was stronger and had her surgery. I want to create a prehabilitation clinic for older patients awaiting surgery at our hospital, with a dietitian, a physiotherapist and a pharmacist, because waiting lists here are long and that time could be used to make people stronger.`,
  },
];
