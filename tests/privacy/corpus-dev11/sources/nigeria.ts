import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria items: obstetrics, psychiatry, Lassa fever, surgery, paediatrics, ICU, palliative care, IDP camps. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "obstetrics",
    role: "obstetrics and gynaecology resident",
    text: `I want to write about ⟦NAME|Malama Hauwa Sani⟧ because she has taught me more about obstructed labour than any textbook.

She came to the Labour ward at ⟦FACILITY_ROOM|AKTH⟧ on ⟦DATE|the second day of Sallah⟧ after three days of labour at home in ⟦LOCATION|Unguwar Dankali, near the old dye pits at Kofar Mata⟧. Stillbirth. Ruptured uterus repaired, not removed, because she begged us. She is nineteen.

Three weeks later she was back with urine leaking continuously: a vesicovaginal fistula. The obstetric fistula unit repaired it in one sitting, and the surgeon, Dr Garba, let me scrub in. We kept the catheter in for fourteen days.

I have read that there are tens of thousands of women living with fistula in northern Nigeria. Reading that number is one thing. Seeing ⟦NAME|Hauwa⟧ sitting away from the other women on the ward bench, ashamed of the smell, is another. After the repair she asked me if she could have another baby. I said yes, by caesarean, early. I hope the next person she meets says the same thing and means it.`,
  },
  {
    id: "ng-what-002",
    setting: "psychiatry",
    role: "house officer in psychiatry",
    text: `What?
My first week in a neuropsychiatric hospital in Abeokuta. A 27-year-old man brought by his uncle after eight months chained at a prayer camp. Auditory hallucinations, thought broadcasting, no insight. Scars on his ankles.

So what?
I was angry at the prayer camp and at the family. My consultant, Dr Adeleke, told me the anger was understandable but useless: the family had gone to the camp because it was close, cheap and respected, and the psychiatric hospital was none of those things. We started oral olanzapine 10 mg, moved to monthly depot fluphenazine for adherence, and the uncle agreed to bring him to the community clinic.

Now what?
I've started reading about the WHO mhGAP programme and task-shifting to nurses in primary care. I also want to understand the Mental Health Act 2021 in Nigeria, which finally replaced the Lunacy Act. My NYSC posting is next year, and I'm hoping for somewhere I can use this. Super Eagles qualifier tonight; I'll be watching on my phone on call.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "public health outbreak",
    role: "infectious diseases resident",
    text: `Description: Lassa fever season in Edo State. ⟦NAME|Osamudiamen Ehigie⟧, a 33-year-old ⟦OTHER|okada rider who parks every morning by the Ekpoma roundabout and is known as "Lion of Iruekpen"⟧, was admitted to ⟦FACILITY_ROOM|the isolation ward at ISTH, bed 6⟧ with fever, sore throat and bleeding gums. PCR positive.

Feelings: Fear, for myself and the nurses. Lassa is not a theoretical risk here.

Evaluation: Intravenous ribavirin per the NCDC protocol, fluids, careful monitoring of creatinine. His wife, ⟦NAME|Osarieme⟧, gave her number, ⟦PHONE|0803 555 2714⟧, for contact tracing; seventeen contacts followed up for 21 days.

Analysis: Rodent control is the real intervention; he said the Mastomys rats come into the house at night when his mother dries garri on the floor.

Conclusion: PPE discipline and early ribavirin save lives. Community education saves more.

Action plan: Join the outreach team's visits; review the NCDC 2018 case management guidelines; ask Dr Okogbenin to teach us doffing again.`,
  },
  {
    id: "ng-free-004",
    setting: "surgery",
    role: "surgical registrar",
    text: `Typhoid perforation in Ibadan, again. I want to write it down because we are tired, and tiredness makes us forget how bad this is.

Three children in one week, aged 7 to 12, all with the same story: two weeks of fever treated at a patent medicine store with "something for typhoid", then sudden abdominal pain. Perforation in the terminal ileum, peritonitis, septic shock. We did laparotomies with segmental resection for two and primary closure for one.

Mortality from typhoid perforation in West Africa is still quoted as 15–30% in some series. We had none this week. Credit goes to the anaesthetists and the paediatric nurses, and to Dr Olatunji, who insists on early surgery and not waiting for the ultrasound.

Things I notice: the Widal test is still being used to diagnose typhoid everywhere, and it is almost useless. Blood culture is rarely available. The antibiotic resistance map is mostly unknown. We are operating on the consequences of a diagnostic problem.

I've started a log for an audit. Also learnt that Burkitt lymphoma in a child can present with an acute abdomen; that was last month, a different story. Weekend off: my cousin's wedding in Oyo.`,
  },
  {
    id: "ng-comment-005",
    setting: "paediatrics",
    role: "paediatrics registrar",
    text: `Great reflection on sickle cell crises in Enugu. Hydroxyurea really is underused; the REACH trial (2019) showed it is safe in sub-Saharan African children at 20 mg/kg, and the transcranial Doppler screening is worth lobbying for. Our clinic started both last year and admissions for painful crises roughly halved. Happy to share our protocol.`,
  },
  {
    id: "ng-free-006",
    setting: "paediatrics",
    role: "paediatric house officer",
    text: `![⟦NAME|Ebikabowei⟧ holding his first bottle after the NG tube came out](day12.jpg)

Little ⟦NAME|Ebi⟧ went home on Friday. Severe acute malnutrition with oedema, kwashiorkor in the old language; he came in at 14 months weighing 6.1 kg, MUAC 10.8 cm. His father posted the "before and after" on Facebook ([here](⟦URL|https://www.facebook.com/tamuno.ebi.papa/posts/1188204⟧)) and tagged half of Port Harcourt.

I want to reflect on the phase 1 versus phase 2 feeding. We followed the WHO ten steps: F-75 at first, slowly, then F-100, then RUTF. The refeeding risk was real; phosphate 0.5 on day 3, and we slowed down.

The discharge form wanted everything: NIN ⟦ID|48209731165⟧ (the father's, because the baby has none), address ⟦ADDRESS|14 Ikwerre Road, Mile 1, Port Harcourt⟧, email ⟦EMAIL|tamunoebi.george@yahoo.com⟧. I filled it in at the nurses' station and then realised the father's Facebook post had a photo of the ward whiteboard with the form visible behind it. We asked him to take it down. He did, reluctantly; he was proud.

Pride is a good thing. Privacy needs explaining. Both are on me.`,
  },
  {
    id: "ng-gibbs-007",
    setting: "intensive care",
    role: "anaesthesia resident",
    text: `Description: A 40-year-old farmer with generalised tetanus after a nail injury, admitted to ICU in Lagos. Trismus, risus sardonicus, opisthotonus, spasms every few minutes. No booster since childhood.

Feelings: I had read about tetanus; I had not watched someone awake and in spasm.

Evaluation: We gave human tetanus immunoglobulin, metronidazole, wound debridement, and controlled spasms with diazepam, then magnesium sulphate infusion as per the Thwaites trial (2006). He needed a tracheostomy on day 4 and ventilation for 19 days. Autonomic instability on day 8: BP swinging from 210/110 to 80/40.

Analysis: Tetanus is entirely preventable. Our consultant, Dr Bankole, says every case is a vaccination failure, and that ICU beds in Nigeria are too scarce to be spent on it.

Conclusion: Magnesium works, but the disease is long and the family pays for every day.

Action plan: Teach the ward nurses spasm recognition; advocate for Td boosters at our accident and emergency.`,
  },
  {
    id: "ng-free-008",
    setting: "palliative care",
    role: "palliative care physician",
    text: `⟦NAME|Chief (Mrs) Comfort Adebayo-Ilesanmi⟧ died at home on ⟦DATE|Easter Monday⟧, ⟦AGE|aged 97⟧, with her church choir singing in ⟦LOCATION|the compound behind St Peter's Anglican Church in Ilesa⟧. I write this with her family's blessing for the teaching, but I have changed nothing else, and I realise now I should have.

She had heart failure and chronic kidney disease and refused dialysis in 2022. She was very clear: "I have buried a husband and two children. I am not afraid." Our team visited weekly. Furosemide, then a low-dose opioid for breathlessness: morphine 2.5 mg as needed, which she took twice in six months.

What I learnt: many of my colleagues in Nigeria still see palliative care as cancer care only. She had no cancer. She had a lot of dignity, a lot of great-grandchildren, and a very clear plan. The Hospice and Palliative Care Association of Nigeria has been saying this for years.

The choir sang "Abide with Me" in Yoruba. Her eldest son wept. I went home and called my own grandmother in Osogbo.`,
  },
  {
    id: "ng-what-009",
    setting: "refugee and IDP health",
    role: "medical officer with an NGO",
    text: `What?
Mobile clinic in Maiduguri. ⟦NAME|Ya Fatima Bukar⟧, a grandmother caring for six orphaned grandchildren, lives in ⟦LOCATION|Bakassi IDP camp, Block F, tent 112, beside the water bladder⟧. Her youngest, ⟦NAME|Modu⟧, had cholera on ⟦DATE|Tuesday 9 September⟧ during the floods.

So what?
He survived with ORS and one IV bag of Ringer's lactate. The cholera treatment centre was full. I think we were lucky. ⟦NAME|Ya Fatima⟧ told me she had walked from Bama with them all, and she had never been to a clinic before the camp.

Now what?
Oral cholera vaccine campaigns need to reach the new blocks; WASH partners need to move the latrines away from the water points; and I need to stop writing tent numbers in my notebook, which anyone could pick up. I've started using the camp's code system instead.`,
  },
  {
    id: "ng-free-010",
    setting: "obstetrics",
    role: "house officer in obstetrics",
    text: `Quick note after a night call in Abakaliki, before I forget. Two eclamptics in one night. Both got MgSO4 by Pritchard, 4 g IV and 10 g IM loading, hydralazine for BP over 160/110. Checked patellar reflexes and urine output hourly; calcium gluconate at the bedside. Both delivered by morning, one by CS. Registrar Dr Nwankwo was calm throughout. Lesson: check the reflexes yourself, don't just read the chart, and write the magnesium times on the board where everyone sees them. Sleeping now; ward round at 8.`,
  },
];
