import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "hip fracture",
    role: "intern",
    text: `Intern term on orthopaedics in Tasmania. ⟦NAME|Mrs Gwendolyn Barrett⟧, ⟦AGE|97⟧, was admitted to ⟦FACILITY_ROOM|Ward 5B, bed 12 at the Royal Hobart Hospital⟧ on ⟦DATE|Anzac Day⟧ after tripping over her cat. Medicare number ⟦ID|${medicare("2953 6104", 1)}⟧, and her daughter's mobile was ⟦PHONE|0491 570 312⟧. I remember her because she corrected my pronunciation of "Launceston" while I was consenting her. Dr O'Brien, the orthogeriatrician, did a fascia iliaca block in ED, and her pain went from 9/10 to 2/10 within half an hour. She was in theatre the next morning. The Australian and New Zealand Hip Fracture Registry measures how many patients get a nerve block; until that night I thought it was a box to tick.`,
  },
  {
    id: "au-what-002",
    setting: "regional anaesthesia",
    role: "anaesthetic registrar",
    text: `What? I did my first ultrasound-guided fascia iliaca block in the emergency department in Adelaide: 30 mL of ropivacaine 0.2% for an 86-year-old with a fractured neck of femur. Dr Lachlan Reid supervised.
So what? I was nervous about local anaesthetic systemic toxicity. He made me say the maximum dose aloud (3 mg/kg), check that the Intralipid was in the resus bay and aspirate every 5 mL. The block worked; she needed no more oxycodone overnight.
Now what? ANZCA encourages every trainee to be competent in this block. I want to teach it to the ED registrars, because the patient should not wait for an anaesthetist to be free.`,
  },
  {
    id: "au-gibbs-003",
    setting: "residential aged care",
    role: "registered nurse",
    text: `Description: ⟦NAME|Mr Alfred "Alf" Pennington⟧ lives in ⟦FACILITY_ROOM|Room 22⟧ at ⟦LOCATION|Banksia Gardens aged care in Murwillumbah⟧. His cochlear implant processor, serial ⟦DEVICE|CP1150-83920417⟧, went missing after a shower and he became withdrawn and agitated.
Feelings: I felt guilty; it was my shift.
Evaluation: staff had assumed he had "dementia getting worse". His son emailed from ⟦EMAIL|pennington.family@example.com.au⟧ asking why Dad would not speak on the phone.
Analysis: sensory loss is easily mistaken for cognitive decline in aged care.
Conclusion: the processor was in the laundry. Within an hour of getting it back he was telling jokes again.
Action plan: every hearing device now goes on a labelled hook in the resident's room during showers.`,
  },
  {
    id: "au-free-004",
    setting: "rural surgery",
    role: "medical student",
    text: `My rural placement in western New South Wales included a week with a GP anaesthetist and a general surgeon who visits twice a month. The theatre list was a hernia, two skin cancers, a colonoscopy list and a carpal tunnel release. Dr Walsh gave spinal anaesthetics, did the pre-op checks on the phone the week before and knew most patients by their first names because he is also their GP. The Royal Flying Doctor Service took one man to Dubbo when his bowel obstruction could not wait. I came away thinking that rural surgery is not a smaller version of city surgery; it is a different craft, built on relationships and on knowing exactly what cannot be done locally.`,
  },
  {
    id: "au-what-005",
    setting: "hospital in the home",
    role: "clinical nurse",
    text: `What? Our Hospital in the Home team gave IV antibiotics to ⟦NAME|Aunty Gwen Simpson⟧ at ⟦ADDRESS|7 Kookaburra Crescent, Wagga Wagga NSW 2650⟧ for a cellulitis over her leg ulcer. She is a Wiradjuri elder and had said she would not stay in hospital again after her husband died there.
So what? The Aboriginal Liaison Officer, Uncle Ray, came with me on the first visit and sat on the veranda while I set up the pump. Her granddaughter made tea. It was the first time she had let a nurse see the ulcer.
Now what? Culturally safe care is not a module you finish. I will ask the liaison officer to join first visits for Aboriginal patients whenever possible.`,
  },
  {
    id: "au-free-006",
    setting: "frailty",
    role: "geriatrician",
    text: `As a geriatrician I often get asked the day before surgery whether someone is "fit enough." Last month in Perth a vascular surgeon asked me about an 83-year-old with a Clinical Frailty Scale of 6, an eGFR of 28 and a haemoglobin of 96. My answer was not yes or no but a conversation about what she wanted: to see her grandson's wedding in October. We talked about the risks of a fem-pop bypass, the likelihood of losing independence and the option of medical management. She chose the operation and did well, though she went home to a nursing home rather than her flat. I reflected that frailty scores tell you about risk, but only the patient can tell you which risks matter.`,
  },
  {
    id: "au-comment-007",
    setting: "peer comment",
    role: "anaesthetic registrar",
    text: `Great reflection. I did my first fascia iliaca block in Brisbane and I remember the nerves. Saying the maximum dose aloud is a habit I still have. If you teach the ED registrars, the ANZCA regional anaesthesia module has good videos and the NYSORA site has nice diagrams. Happy to help out with a session.`,
  },
  {
    id: "au-gibbs-008",
    setting: "surgical ward",
    role: "nurse unit manager",
    text: `Description: our surgical ward in Darwin audited post-operative delirium in patients over 70 and found we missed more than half.
Feelings: I was surprised and a bit defensive about my team.
Evaluation: the nurses were doing the CAM only when someone looked "confused"; the quiet, hypoactive patients were never screened.
Analysis: hypoactive delirium looks like a good patient. The ACSQHC Delirium Clinical Care Standard (2021) asks for screening of everyone at risk.
Conclusion: we needed a routine, not a trigger.
Action plan: a 4AT on admission and every morning for patients over 65, a delirium champion on each shift, and a monthly report to Dr Chen, our geriatrician, with the numbers.`,
  },
  {
    id: "au-free-009",
    setting: "discharge planning",
    role: "social worker",
    text: `⟦NAME|Mr Bruno Castellani⟧ wanted to go home to his farm outside ⟦LOCATION|Mundubbera⟧ after his knee replacement, and his daughter set up a crowdfunding page, ⟦URL|https://www.gofundme.com/f/bring-nonno-bruno-home⟧, to pay for a ramp and bathroom changes. The page had his photograph, surgery date and ward. Our IT team also told me his family had been logging into his My Health Record from ⟦IP|203.0.113.58⟧ in Italy. None of it was wrong, but it was all public. Dr Harris, the surgeon, supported an early discharge with physiotherapy at home. I reflected on how families now plan discharges online, in public, and how we should talk with them about what to share.`,
  },
];
