import type { SourceItem } from "../../corpus/types.ts";
import { rut } from "../gen.ts";

/** Ethiopia, Rwanda, Jamaica and Chile. */
export const AFRICA_AMERICAS: SourceItem[] = [
  {
    id: "et-free-001",
    setting: "surgery",
    role: "general surgery resident (year 2)",
    text: `Reflection – a volvulus, a festival and two calendars

On ⟦DATE|Meskel⟧, ⟦DATE|27 September⟧, while most of the city was at the bonfires, we admitted a 55-year-old farmer, ⟦NAME|Ato Tesfaye Bekele⟧, with sigmoid volvulus. He had travelled from ⟦LOCATION|Gudo Beret, in the highlands above Debre Sina⟧, on the back of a truck and had been distended for four days. His card number at our hospital, ⟦ID|0412-2017-E⟧, was written in our calendar year, which confused the visiting surgeon from Germany.

We attempted rigid sigmoidoscopic decompression first, as our unit's protocol suggests for viable bowel, but there were signs of ischaemia on the mucosa. We went to laparotomy, found a gangrenous sigmoid, and performed a Hartmann's procedure. He recovered slowly and went home on day eleven with a colostomy.

I want to reflect on the colostomy conversation. In our setting a stoma is a social catastrophe: there are few stoma bags, people fear being rejected at church and at the market, and the bags cost more than many farmers earn in a week. I told him the plan in Amharic as best I could, but I did not involve his wife until the day of discharge. She cried, and he was ashamed in front of her.

My attending, Dr. Mulugeta, said that planning reversal early and involving the family from day one would have helped. The Ethiopian Surgical Society's guidelines and the literature on sigmoid volvulus in the "volvulus belt" of East Africa describe high recurrence after decompression alone, so the operation was right. The timing of the conversation was wrong.

Next time I will involve the family earlier, explain reversal clearly, and ask the stoma nurse to teach both the patient and a relative. I may study primary anastomosis versus Hartmann's for my research project.`,
  },
  {
    id: "et-what-002",
    setting: "anaesthesia",
    role: "anaesthesia resident (Addis Ababa University)",
    text: `What?
I did my first ketamine anaesthetic for an emergency caesarean in a district hospital during my rural rotation. There was no anaesthesia machine that worked reliably, no capnography, and a single pulse oximeter. My supervisor, a senior anaesthetist named Ato Girma, had done thousands of these.

So what?
I had trained mostly in a teaching hospital with modern machines, and I felt naked without a capnograph. Ato Girma showed me how he watches chest movement, listens with a precordial stethoscope, and times his ketamine boluses to the surgeon's steps. He was not careless; he was attentive in a way that the monitors had let me forget.

The Lifebox project and the WFSA International Standards for a Safe Practice of Anaesthesia (2018) set pulse oximetry as a highly recommended minimum. We met it, barely. But standards also depend on skilled people, and Ethiopia's non-physician anaesthetists are the backbone of rural surgical care. I had been a little arrogant about their training before this rotation.

I also reflected on the ethics of practising at the edge of safety. If we had refused to operate without capnography, the woman would have had no caesarean at all. The risk of not operating was greater.

Now what?
- Learn to use clinical monitoring skills deliberately, not only machines.
- Ask Ato Girma to write down his ketamine technique so that residents can learn from it.
- Advocate for more pulse oximeters at district level through the Ethiopian Society of Anesthesiologists.
- Present this rotation at our residents' seminar on the next teaching day.

I return to the teaching hospital next month with much more respect for rural colleagues.`,
  },
  {
    id: "rw-gibbs-001",
    setting: "paediatrics",
    role: "medical student (year 5, University of Rwanda)",
    text: `Gibbs reflection – community health workers and malnutrition screening

Description: During my community paediatrics rotation I went out with a community health worker in Musanze district for a day of growth monitoring. We used MUAC tapes and weighing scales to screen children under five in a village meeting place.

Feelings: I was impressed and a little humbled. The community health worker, Madame Uwase, knew every child's name and history.

Evaluation: She screened about forty children in four hours, identified two with moderate acute malnutrition, and referred them to the health centre with a clear note. I took longer, made one measurement error with the MUAC tape (I read it from the wrong side), and did not speak Kinyarwanda fluently enough to counsel the mothers.

Analysis: Rwanda's community health worker programme is recognised internationally, and the WHO guideline on the management of acute malnutrition in infants and children (2023) relies on exactly this kind of community case finding. I had thought of community health workers as helpers for doctors. Here the doctor was the helper. I also realised that my Kinyarwanda is not good enough for clinical counselling, even though I grew up speaking it at home with my grandparents, because my medical vocabulary is entirely in English.

Conclusion: Primary care and community health are the foundation of the Rwandan health system, and I need to learn from the people who deliver it.

Action plan: Practise MUAC measurements under supervision; learn key counselling phrases in clinical Kinyarwanda; read the Ministry of Health's community health policy; ask my supervisor, Dr. Nshimiyimana, whether I can do my research project on community health worker referrals.`,
  },
  {
    id: "rw-free-002",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `Reflection – trauma during the commemoration period

Every April, during Kwibuka, the mental health services in Rwanda see an increase in trauma reactions. This year I followed a woman in her fifties who had been coming to our clinic for several years. She is ⟦OTHER|the only woman beekeeper in the cooperative at Kitabi, the one who sings at every commemoration⟧, and she was referred because she had stopped eating and was hearing her children's voices at night.

Her Mutuelle de Santé card number, ⟦ID|1 1967 7 0042891 1 18⟧, was photocopied on the referral, and the health centre nurse had written her cooperative and village on the outside of the envelope so the driver would know whom it was for. When the envelope reached our clinic, it had been opened.

I saw her with my supervisor, Dr. Mukamana. We did a careful assessment: she had a recurrence of PTSD with a major depressive episode, and the voices were most likely trauma-related rather than psychotic. We restarted sertraline and arranged group therapy at the health centre, which she had found helpful before.

What I learned:
- Commemoration is a time of predictable risk, and services should plan for it.
- In a small community, a description can identify someone as easily as a name. The envelope told everyone who she was and where she was being sent.
- I felt the weight of our history in the consultation. Dr. Mukamana told me to notice it and not push it away, and to use supervision.

Next steps: help the health centre design a sealed referral system; read the Rwanda Biomedical Centre's mental health guidelines; attend the Kwibuka preparedness meeting next year.`,
  },
  {
    id: "jm-free-001",
    setting: "emergency medicine",
    role: "emergency medicine resident (DM programme)",
    text: `Reflection – a diabetic foot and a phone call home

A 68-year-old woman, ⟦NAME|Miss Gloria Campbell⟧, was brought to our emergency department by her grandson with a foul-smelling foot ulcer and a blood sugar of "HI" on the glucometer. She lives alone at ⟦ADDRESS|Lot 14, Church Pen, Old Harbour, St Catherine⟧ and had not left the house in a week. Her grandson left me his number, ⟦PHONE|876-555-0164⟧, before he went back to work.

She had diabetic ketoacidosis and a wet gangrenous foot. We started the DKA protocol, IV antibiotics, and called the surgeons, who did a below-knee amputation two days later.

I rang the grandson that evening to update him. He asked me whether his grandmother would "lose the foot", and I told him it was likely. She had not yet been told herself. I realised as soon as I put the phone down that I had shared information with a relative before the patient, and without her consent.

I told my consultant, Dr. Thompson, the next morning. She was calm. She said that in our culture families are closely involved, and most patients want that, but the patient must decide what is shared. She advised me to talk to ⟦NAME|Miss Gloria⟧ myself, explain what I had told her grandson, and apologise. I did. She said, "Doctor, him would find out anyway," but she thanked me for telling her.

What I learned: the Medical Council of Jamaica's ethical guidance and basic confidentiality principles apply even when it feels natural to speak to the family. The order of conversations matters.

Next steps: ask every patient early whom we can update; read the ADA and Caribbean diabetic foot guidance; present this at our department's Friday teaching.`,
  },
  {
    id: "jm-comment-002",
    setting: "emergency medicine",
    role: "emergency medicine consultant",
    text: `Consultant comment: Thank you, Dr. Reid. This is the kind of mistake that good doctors make once and learn from. You handled the apology well and your reflection is honest. I would like you to add a short note on DKA fluid management from the Caribbean guidelines, which you managed correctly. Let's discuss confidentiality at the next residents' teaching session.`,
  },
  {
    id: "cl-free-001",
    setting: "obstetrics",
    role: "matrona (midwife) in specialty training",
    text: `Reflexión – a home birth in a fishing cove, Atacama coast

I am completing my specialty portfolio, and my supervisor asked me to write this reflection in English for an exchange programme. During my rural rotation I attended an unplanned home birth in ⟦LOCATION|Caleta Chañaral de Aceituno⟧, a fishing village of a few dozen families. The woman, ⟦NAME|señora Rosa Aguilera⟧, went into rapid labour at 37 weeks, and the road to the hospital in Vallenar was closed by a landslide after rain.

I went with the paramedic from the rural posta. We arrived 20 minutes before the birth. The baby, a girl, was born with good tone and cried immediately. The placenta was delivered complete and the blood loss was moderate. We gave oxytocin 10 IU IM as per the MINSAL guidelines and stayed until the road reopened in the morning.

When I registered the birth the next day, I had to enter the mother's RUN, ⟦ID|${rut("14.382.907")}⟧, in the regional system. I noticed that the posta kept a handwritten book with every patient's RUN, address and diagnosis on the reception desk. Anyone waiting could read it.

What I learned:
- In remote places, we must be ready for births outside the hospital, with a kit and a plan.
- Patient privacy (Ley 20.584 on patients' rights and duties) applies equally to small postas.
- The community trusts the posta completely, which makes protecting their information even more important.

I talked with my supervisor, Matrona Valdés, about proposing a locked register, and she agreed to take it to the health service.`,
  },
  {
    id: "cl-what-002",
    setting: "dentistry",
    role: "dental student (Universidad de Chile, final year)",
    text: `What?
In my final-year clinic I treated a 10-year-old boy for multiple carious lesions as part of the GES programme for oral health at age six, which he had missed. He was very anxious and his mother told me he had had a bad experience with a dentist when he was younger.

So what?
I planned to do all the restorations under local anaesthesia in two long sessions. My tutor, Dra. Paredes, suggested I spend the first session only on building trust: an examination, a fluoride varnish, and a lot of explanation. I thought this was a waste of a clinic slot. I was wrong. By the second session he let me give the anaesthetic without crying, and by the fourth he was telling his mother he liked coming.

I reflected that I had been thinking about my clinical requirements (I need a certain number of restorations to graduate) more than about the patient. The Chilean MINSAL guidelines on oral health in children emphasise prevention and behaviour management, and I had read them for exams but not applied them.

I also learned practical techniques: tell-show-do, positive reinforcement, voice control and distraction. Dra. Paredes is excellent at these and I watched her closely.

Now what?
- Plan behaviour management into every paediatric treatment plan, not just the clinical steps.
- Read the AAPD guidelines on behaviour guidance.
- Apply for the paediatric dentistry specialisation programme after my rural service.
- Keep a personal reflection diary; this case showed me how much I change when I slow down.`,
  },
];
