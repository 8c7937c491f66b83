import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: readonly SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "orthogeriatrics",
    role: "foundation doctor",
    text: `My first week on the orthogeriatric rota, and the patient I keep thinking about is ⟦NAME|Mrs Doreen Pickles⟧, a ⟦AGE|94-year-old⟧ retired mill worker who came in after a fall on ⟦DATE|14/02/2025⟧ with an intracapsular neck of femur fracture. Her NHS number, ⟦ID|${nhs("483 219 607")}⟧, was on every sticker I wrote that night. She was in ⟦FACILITY_ROOM|Bay 4, bed 2 on Ward 32 at Leeds General Infirmary⟧ and she kept calling me by her grandson's name. Dr Harland, our orthogeriatrician, taught me to do a 4AT before anything else: she scored 6. We held the zopiclone, rechecked her sodium (128) and got her to theatre within 36 hours, which the NHFD counts. What stayed with me is how much of her care was measured in time: hours to theatre, days to sitting out, weeks to home.`,
  },
  {
    id: "uk-what-002",
    setting: "consent for surgery",
    role: "medical student",
    text: `What? I watched Mr Okonkwo, a colorectal consultant, take consent for a laparoscopic anterior resection from a 71-year-old man in clinic. He drew the bowel on the back of the form, talked through anastomotic leak (roughly 1 in 20) and used the language of material risk from Montgomery (2015) without ever saying the word Montgomery.
So what? I had always thought consent was the signature on Form 1. It is the conversation; the signature is only the receipt. The patient asked about a stoma three times, and each time Mr Okonkwo answered as if it were the first time.
Now what? On my next surgical block in Bristol I will ask to sit in on two more consent discussions and write down the questions patients ask rather than the answers we give. — Priya, 4th year`,
  },
  {
    id: "uk-gibbs-003",
    setting: "emergency theatre",
    role: "theatre nurse",
    text: `Description: On ⟦DATE|Tuesday 3 September⟧ I was scrubbed for an emergency laparotomy on ⟦NAME|Mr Alwyn Prothero⟧, ⟦AGE|aged 91⟧, in ⟦FACILITY_ROOM|Theatre 6 at Morriston Hospital⟧. He had a dual-chamber pacemaker, serial ⟦DEVICE|PJN719204S⟧, and nobody had called the cardiac physiologists.
Feelings: I went hot with embarrassment, because flagging implants at the WHO sign-in is partly my job.
Evaluation: Dr Rhys Bevan, the anaesthetist, paused before knife-to-skin and asked whether we wanted monopolar diathermy. The physiologist came up within twenty minutes and reprogrammed the device to an asynchronous mode.
Analysis: the checklist worked, but only because someone read the pre-op note properly.
Conclusion and action plan: I now ask "any implants, pacemakers or stimulators?" aloud at sign-in, every case, even on a busy CEPOD list.`,
  },
  {
    id: "uk-free-004",
    setting: "anaesthetic emergency",
    role: "operating department practitioner",
    text: `Can't intubate, can't oxygenate is a phrase you learn as an ODP student and hope never to hear for real. I heard it at 02:40 on a Saturday in Glasgow. The saturations slid from 96% to 74% while Dr Fiona McAllister tried a videolaryngoscope, then a second-generation supraglottic airway. She called it early, exactly as the Difficult Airway Society 2015 guideline says, and asked me for the scalpel, bougie and size 6.0 tube. I had practised the front-of-neck kit on a pig larynx at a DAS workshop; my hands still shook opening the tray. It took under a minute. What I learned is that the most useful thing I did all night was say the numbers out loud every thirty seconds, so nobody could pretend we had more time than we did.`,
  },
  {
    id: "uk-what-005",
    setting: "falls in a care home",
    role: "care home nurse",
    text: `What? ⟦NAME|Mrs Ena Capstick⟧ fell three times in a fortnight at ⟦LOCATION|Heatherbank care home in Kirkby Stephen⟧, always between 3 and 4am, always on the way to the toilet from ⟦FACILITY_ROOM|Room 14⟧. The third time she had a laceration over her eyebrow and we sent her to A&E because she is on apixaban.
So what? Her daughter rang me on ⟦PHONE|07700 900418⟧ and asked, fairly, why nobody had thought about the pattern. We had three incident forms and no conversation. When the GP, Dr Lowther, reviewed her he stopped the doxazosin and found a lying and standing drop of 32 mmHg.
Now what? We put a sensor mat and a night light in, moved her commode, and I started a falls huddle every Monday so that repeat falls are discussed as a pattern, not filed as separate events.`,
  },
  {
    id: "uk-free-006",
    setting: "delirium",
    role: "geriatrics registrar",
    text: `I spent a night shift in Nottingham persuading colleagues not to prescribe haloperidol. An 88-year-old woman on the surgical ward was shouting, pulling at her cannula and convinced the nurses were poisoning her. The SHO had already written 2 mg IM. I asked for twenty minutes first: we checked a capillary glucose (6.1), bladder scanned her (780 mL), found she had not opened her bowels for five days and that her hearing aids were in a drawer. After a catheter, her glasses and a quieter bed space she slept. NICE CG103 (2010) says much of this, but it is easier to quote a guideline than to sit with someone. My consultant, Dr Ahmed, says delirium is the emergency nobody bleeps you for. I think he is right.`,
  },
  {
    id: "uk-gibbs-007",
    setting: "discharge planning",
    role: "physician associate",
    text: `Description: I coordinated the discharge of ⟦NAME|Mrs Morag Sinclair⟧ (CHI ⟦ID|${nhs("120431 273")}⟧) after a fractured wrist and a week of delirium. She lives alone at ⟦ADDRESS|4 Shore Road, Portsoy AB45 2PB⟧ and her son in Aberdeen asked to be emailed everything, at ⟦EMAIL|calum.sinclair@example.co.uk⟧.
Feelings: I felt pulled between the ward's need for the bed and a son who was frightened.
Evaluation: the social work assessment, a key safe and a four-times-a-day package were in place by day nine; the occupational therapist, Eilidh, did a home visit with me.
Analysis: the delay was not clinical. It was a care package and a key.
Conclusion: discharge planning has to start on day one, not when the patient is "medically fit".
Action plan: estimated discharge date on the board at the first ward round, every time.`,
  },
  {
    id: "uk-free-008",
    setting: "recovery",
    role: "foundation doctor",
    text: `Recovery is the part of the surgical pathway nobody teaches you about as a medical student. As an FY2 on anaesthetics in Cardiff I spent a week there with Sister Jones, who has worked in recovery for 26 years. She taught me to read a patient before I read the monitor: shivering, grimacing, the hand that keeps going to the wound. One man after a hip replacement had a NEWS2 of 7, a heart rate of 128 and a blood pressure of 84/50; I was thinking about bleeding, she was already checking the epidural level and the drain. It was both, in the end. We gave 250 mL of Hartmann's twice, called the registrar, Dr Kaur, and he went back to theatre. My reflection: a good recovery nurse is the best early warning score there is.`,
  },
  {
    id: "uk-what-009",
    setting: "hospital at home",
    role: "community nurse",
    text: `What? Our virtual ward in County Down looked after ⟦NAME|Paddy Quinn⟧, ⟦AGE|ninety-two⟧, through a pneumonia at home in ⟦LOCATION|the townland of Drumaroad⟧. His H&C number is ⟦ID|${nhs("320 615 884")}⟧. We left him a pulse oximeter, asset ⟦DEVICE|VW-OX-0417836⟧, that sends readings to the hub twice a day.
So what? On day three his saturations dropped to 89% and his granddaughter rang us before the system alerted. Technology helped, but the family noticed first. Dr Magennis, the geriatrician, did a video review and we started IV ceftriaxone in his own kitchen.
Now what? I want families to have a clear plan for what to do at 3am, not only an app. We have rewritten the leaflet with the phone number in large print and a list of red flags.`,
  },
  {
    id: "uk-free-010",
    setting: "home visit",
    role: "medical student",
    text: `On my GP placement in Wales I went on a home visit with Dr Evans to a farmer in his late eighties who had stopped coming to the surgery. He was sitting by a Rayburn in a coat. We did a Clinical Frailty Scale together in the car afterwards: I said 5, she said 6, because he needed help with his shopping and had not bathed since the winter. What struck me was how much of a comprehensive geriatric assessment you can do by looking around a kitchen: the out-of-date milk, the unopened blister packs of ramipril, the stairlift nobody used. We referred him to the community frailty team and the falls clinic. I have read about Rockwood's scale since first year; it only made sense standing in that kitchen.`,
  },
  {
    id: "uk-comment-011",
    setting: "peer comment",
    role: "foundation doctor",
    text: `Really good reflection, and I recognise the theatre from your description. One thing though: you have written ⟦NAME|Mr Prothero⟧'s name and ⟦FACILITY_ROOM|Theatre 6⟧ alongside the date, so anyone from the hospital could identify him. Could you edit it to "an older man" before the tutor shares it with the group? The learning about implants at sign-in is brilliant.`,
  },
  {
    id: "uk-comment-012",
    setting: "peer comment",
    role: "anaesthetic registrar",
    text: `Thank you for writing this. I did my first front-of-neck access as a registrar in 2021 and I still think about the silence in the room. Dr McAllister's habit of saying the saturation out loud is something I now copy. If you have not already, the DAS e-learning on human factors is worth an evening. Look after yourself this week.`,
  },
];
