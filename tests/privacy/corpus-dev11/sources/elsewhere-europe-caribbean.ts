import type { SourceItem } from "../../corpus/types.ts";
import { codiceFiscale, pesel } from "../gen.ts";

/** Items from Greece, Italy, Poland, Romania, Ukraine, Jamaica and Guyana, written in English. */
export const EUROPE_CARIBBEAN: SourceItem[] = [
  {
    id: "gr-free-001",
    setting: "refugee health",
    role: "general practitioner with an NGO",
    text: `Lesvos, a winter of clinics. ⟦NAME|Hamid Rezaei⟧, 16, unaccompanied, from Herat, lives in ⟦LOCATION|the Mavrovouni camp, section B, container 47⟧. He came to our clinic on ⟦DATE|Monday 13 January⟧ because he couldn't sleep. He had not slept, he said, since the boat.

PTSD is the diagnosis on the form. The reality was a boy who had watched two people drown at night in the strait and who now flinched at the sound of the wind on the container roof. His asylum registration number, ⟦ID|LES-2024-018873⟧, was on the referral I wrote to the psychologist, because nothing in the system moves without it.

We started with sleep hygiene, low-dose mirtazapine 7.5 mg, and a weekly session with the NGO's Farsi-speaking psychologist. He also started playing football on the pitch by the sea with the other boys, and that did more than anything I prescribed.

What I learnt: mental health care in camps is mostly about safety and routine, and the medicine is small. Our coordinator, Eleni, says the most therapeutic thing in the camp is the football. I agree.`,
  },
  {
    id: "gr-what-002",
    setting: "anaesthesia",
    role: "anaesthesiology resident",
    text: `What?
A 39-year-old woman for an emergency caesarean under spinal in Thessaloniki. Bupivacaine heavy 0.5%, 10 mg, with fentanyl 15 mcg. Block to T4. Ten minutes after the spinal her BP fell to 72/40 and she felt sick.

So what?
Spinal hypotension is expected, and we had phenylephrine running as a prophylactic infusion per the 2018 international consensus, but I hadn't increased it fast enough. My consultant, Dr Papadopoulou, reminded me that maternal nausea is often the first sign of a falling blood pressure, before the monitor catches up. I gave a 100 mcg bolus and it came back to 110/70.

Now what?
I'm now much more proactive with phenylephrine titration in obstetric spinals, and I've added "ask about nausea" to my mental checklist. Greek Easter is next week; I'm on call for the Resurrection service night, which means I'll hear the fireworks from theatre.`,
  },
  {
    id: "gr-comment-003",
    setting: "refugee health",
    role: "psychologist",
    text: `Thank you for writing this; the football point is exactly right. Please remove ⟦NAME|Hamid⟧'s registration number (⟦ID|LES-2024-018873⟧) and ⟦LOCATION|container 47⟧ though. The camp is small, and unaccompanied minors are especially vulnerable to being found by people they've escaped. Everything else can stay.`,
  },
  {
    id: "it-free-001",
    setting: "geriatrics",
    role: "geriatrics resident",
    text: `Sardinia is famous for centenarians, and I spent my rotation visiting some of them.

⟦NAME|Tziu Antoni Piras⟧ — "⟦NAME|uncle Antonio⟧" in Sardinian, the way everyone in the village addresses old men — is ⟦AGE|103⟧ and lives ⟦LOCATION|in the stone house at the top of Via Roma in Seulo, the one with the goat pen⟧. He was ⟦OTHER|the last shepherd still moving his flock on foot up the Gennargentu⟧ until he was ⟦AGE|95⟧. His daughter, ⟦NAME|Signora Maria Piras⟧, called me because he had stopped eating.

His codice fiscale, ⟦ID|${codiceFiscale("PRSNTN22E14I706")}⟧, was written on a card in his shirt pocket in case he fell. He was dehydrated; sodium 149. We gave subcutaneous fluids at home rather than admit him, because admission at ⟦AGE|103⟧ is its own disease.

What I learnt: the "blue zones" story is about diet and walking, but the real secret seems to be that no one in that village would let him be alone for an hour. My tutor, Prof. Deiana, has studied this population for years. He says: it's the family, then the hills, then the minestrone.`,
  },
  {
    id: "it-gibbs-002",
    setting: "intensive care",
    role: "ICU nurse",
    text: `Description: Five years on, I want to reflect on March 2020 in an ICU in Bergamo. Every bed full, patients proned in corridors, helmet CPAP on the wards, PEEP 10, FiO2 60%. We had no idea what the disease was.

Feelings: Fear. Then numbness. Now, a kind of grief that catches me at odd moments, like hearing a certain ventilator alarm on TV.

Evaluation: We learnt dexamethasone worked (RECOVERY, 2020) and hydroxychloroquine didn't. We learnt proning in awake patients helped some. We learnt families could not come in, and we used tablets to let them say goodbye.

Analysis: Moral injury is the term. We did things we would never have accepted, because there was no choice. The psychologist, Dr Ferrari, ran debriefs for us that helped, later.

Conclusion: It's not finished for us, even if the world moved on.

Action plan: Keep going to the peer support group. Mentor the new nurses who weren't there. Watch Atalanta on Sunday with my brother and not think about it.`,
  },
  {
    id: "pl-free-001",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `Kraków, acute psychiatry, late shift. I want to write about ⟦NAME|Pani Halina⟧ — ⟦NAME|Halina Wróbel⟧, 71 — because I think I got something right and something wrong.

She was brought in by her neighbour from ⟦ADDRESS|ul. Józefińska 14/3, 30-529 Kraków⟧ after three days without sleeping and talking about voices from the radiator. First episode at 71. Late-onset psychosis is never "just psychosis" until proven otherwise. I ordered a CT, bloods, B12, syphilis serology, calcium — and found a sodium of 118.

What I got right: not giving haloperidol in the first hour. What I got wrong: the admission form. I copied her PESEL, ⟦ID|${pesel("5403140586")}⟧, from her ID card onto the paper sheet that went to the medical ward, with her daughter ⟦NAME|Agnieszka⟧'s mobile, ⟦PHONE|+48 555 204 118⟧, and the sheet went missing for a day. It turned up in the lift.

Hyponatraemia from a thiazide her GP had started. Corrected slowly, no more than 8 mmol/L in 24 hours (osmotic demyelination is real). The voices stopped on day 4. My supervisor, Dr Nowak, said: treat the sodium, not the hallucination. And now I carry the forms myself.`,
  },
  {
    id: "pl-what-002",
    setting: "refugee health",
    role: "family medicine resident",
    text: `What?
In 2022, our clinic in Przemyśl saw refugees from Ukraine arriving at the railway station every day. I was a first-year resident. I learnt more about chronic disease management in three months than in medical school.

So what?
People arrived without medicines. Insulin, levothyroxine, antiepileptics, ART for HIV, methadone. The Polish system adapted quickly; PESEL numbers were issued for refugees so they could use the NFZ system. The hardest cases were people on opioid substitution therapy and children with epilepsy on drugs we didn't stock.

Now what?
I learnt to ask "what medicines do you take every day?" before anything else, and to translate brand names using the WHO ATC codes. I also learnt a lot of Ukrainian medical vocabulary from the volunteers. Our clinic head, Dr Kowalczyk, made sure we had debriefs. I'm now doing my specialisation exam next autumn, and I think about that station every time I pass it on my way home to Rzeszów.`,
  },
  {
    id: "ro-free-001",
    setting: "tuberculosis",
    role: "pulmonology resident",
    text: `Romania still has the highest TB incidence in the EU, and I work on a TB ward in Bucharest, so I get to see what that means.

This week: three new MDR-TB patients. All three had been treated before, incompletely. One had stopped because the DOT centre was two bus rides away; one because the side effects of the old regimen were awful; one because he went to work in Italy. The new all-oral regimens (BPaL, BPaLM, WHO 2022) are shorter — six months instead of eighteen — and have fewer side effects, and we now use them.

Peripheral neuropathy from linezolid is the thing we watch. Also QT prolongation with bedaquiline: ECGs weekly. Our nurse, Doamna Ionescu, runs the ECG schedule with military precision.

What I'm learning is that TB is social. Housing, work, alcohol, prison, migration. The Romanian National TB Programme is improving, and the Global Fund grant helped. But the patients who relapse are always the poorest. My consultant, Dr Popescu, says we'll eliminate TB when we eliminate the slums, not before. Christmas in my home town of Iași this year, finally.`,
  },
  {
    id: "ro-gibbs-002",
    setting: "neonatology",
    role: "neonatology resident",
    text: `Description: ⟦NAME|Baby Rebeca Lăcătuș⟧, born at 30 weeks to a Roma family from ⟦LOCATION|the settlement at the end of the Valea Hotarului road, past the wooden church in Breb⟧, was transferred to ⟦FACILITY_ROOM|the NICU at the Baia Mare County Hospital, incubator 6⟧ on ⟦DATE|7 ianuarie⟧, ⟦DATE|the day of St John⟧. Respiratory distress, surfactant, CPAP.

Feelings: Uneasy, because of the way some colleagues spoke about the family.

Evaluation: Clinically she did well. Socially, her mother, ⟦NAME|Florica⟧, was told by a nurse that she "should have come earlier", when in fact the ambulance took three hours to reach the settlement in snow.

Analysis: Roma families face discrimination in Romanian healthcare; the data are clear, and the health mediators programme is one of the few things that helps. Our unit's mediator, Doamna Stoica, came in the next morning and sorted out the paperwork and the prejudice.

Conclusion: Our job includes how we talk about families, not only to them.

Action plan: Raise the comment at our team meeting; ask for training on Roma health for the unit.`,
  },
  {
    id: "ua-free-001",
    setting: "war surgery",
    role: "surgical resident",
    text: `Dnipro, winter. I've been rotating through the trauma service, and I've stopped counting.

One patient I want to write about. A soldier, callsign ⟦OTHER|"Bison" of the drone unit from Pokrovsk⟧, 27, real name ⟦NAME|Taras Melnyk⟧, came to ⟦FACILITY_ROOM|ICU bed 3 at the Mechnikov hospital⟧ on the night of ⟦DATE|Vodokhreshche⟧, ⟦DATE|19 January⟧, with blast injuries: both legs, abdomen, face. Damage control surgery, tourniquets still on from the field for over three hours.

He kept asking for his phone. His mother, ⟦NAME|Halyna⟧, had been texting him on ⟦PHONE|+380 67 555 2914⟧ and he wanted to answer. He survived the night. He lost his left leg below the knee.

What I want to reflect on is tourniquet time. The literature says ischaemia over two hours increases amputation risk sharply, and in this war, evacuation times are often four or more because of drones over the roads. We are practising surgery on the far side of the data. Our head of department, Dr Shevchenko, says we are writing the textbook now. I hope someone reads it.`,
  },
  {
    id: "ua-what-002",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `What?
Outpatient psychiatry in Lviv for internally displaced people. Mostly women and older people from the east. Insomnia, anxiety, grief, and a lot of unexplained physical pain.

So what?
The WHO mhGAP intervention guide is the framework we use, and the Ukrainian Ministry of Health's "Are you OK?" programme brought mental health into primary care. But most people don't come to a psychiatrist. They come to a GP with back pain. Sertraline 50 mg helps some; psychoeducation helps more; social support helps most.

Now what?
I'm training GPs in the western oblasts in basic mental health assessment, with our department's support. Dr Kovalenko, my supervisor, has been doing this since 2014, when the first wave came from Donbas. I'm also learning to look after myself: sirens at night, work in the day. I went to the Lviv coffee festival last weekend and felt human for an afternoon.`,
  },
  {
    id: "ua-comment-003",
    setting: "war surgery",
    role: "emergency physician",
    text: `Thank you for this. The tourniquet conversion point is crucial: reassessing and converting to a pressure dressing within two hours whenever possible, per the TCCC guidelines. We've started teaching it to combat medics in Kharkiv oblast and the early results look good. Prolonged field care is the new reality, and the data should be shared widely.`,
  },
  {
    id: "jm-free-001",
    setting: "geriatrics",
    role: "family medicine resident",
    text: `![⟦NAME|Miss Iris⟧ with her great-grandchildren on her birthday](birthday.jpg)

⟦NAME|Miss Iris Campbell⟧ turned ⟦AGE|99⟧ the week I met her, in ⟦LOCATION|Content Gap, the house past the square with the breadfruit tree, up in the St Andrew hills⟧. Her great-granddaughter ⟦NAME|Shanice⟧ called the health centre from ⟦PHONE|876-555-0162⟧ because ⟦NAME|Miss Iris⟧ had "a bad foot".

The bad foot was a gangrenous toe. Peripheral arterial disease, diabetes for 40 years. She refused to go to ⟦FACILITY_ROOM|KPH⟧. "I was born in these hills and I'm going to die in them," she told me. Her TRN, ⟦ID|118-442-907⟧, was on the card we needed for the NHF drug benefit.

We did what we could at home: dry dressings, antibiotics when it got infected, paracetamol and then oral morphine for pain. The toe auto-amputated after six weeks. She was delighted.

What I learnt: respecting refusal is a skill. I wanted to persuade her. My senior, Dr Morgan, reminded me that she had capacity and a very clear reason. She is still alive as I write this, and still cursing the hills.`,
  },
  {
    id: "jm-gibbs-002",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `Description: Sickle cell clinic in Kingston. A 6-year-old with HbSS and a transcranial Doppler velocity of 220 cm/s — abnormal, high stroke risk. Parents frightened.

Feelings: Responsible. TCD screening is a real chance to prevent strokes.

Evaluation: STOP trial (1998) showed chronic transfusions reduce stroke risk in high-velocity children. TWiTCH (2016) showed hydroxyurea could replace transfusion after a year. In Jamaica, transfusion is hard: blood supply, iron overload, cost. So we started hydroxyurea at 20 mg/kg and planned a repeat TCD.

Analysis: Researchers at the University of the West Indies have followed a newborn cohort since 1973, and their data shaped care worldwide. I felt proud to work next to that history.

Conclusion: Screening is only useful if we act on the results.

Action plan: Audit TCD screening coverage in our clinic; make sure every child with HbSS aged 2–16 has had one. Reggae Sumfest is in Montego Bay next month, and I've got a weekend off.`,
  },
  {
    id: "jm-comment-003",
    setting: "geriatrics",
    role: "family physician",
    text: `Such a good story, and what a woman. But with that photo, her name, her age and ⟦LOCATION|Content Gap⟧, everybody in St Andrew knows who this is. ⟦NAME|Miss Iris⟧'s TRN ⟦ID|118-442-907⟧ is in there too. Please take the picture and the number down; the teaching about capacity is lovely on its own.`,
  },
  {
    id: "gy-free-001",
    setting: "rural medicine",
    role: "medex (rural health practitioner)",
    text: `Rupununi, Region 9. I'm a medex at a health post south of Lethem, and the nearest doctor is a long day's drive on a road that floods in May.

⟦NAME|Uncle Joseph Atkinson⟧ — Wapishana, the ⟦OTHER|only boatman who takes the river crossing at Kumu in the rainy season⟧ — came in on ⟦DATE|Heritage Day⟧ with a fever, jaundice and dark urine. Malaria test negative. Leptospirosis was my guess: rats, floodwater, his bare feet. I started doxycycline and called the regional hospital on the radio.

He lives ⟦LOCATION|in Aishalton, the last house before the savannah airstrip⟧. His son, ⟦NAME|Ricky⟧, who works in Georgetown, emails me every week from ⟦EMAIL|ricky.atk.rupununi@gmail.com⟧ asking for updates. I write back, because there is no phone signal at the house.

He recovered, slowly; creatinine went up to 210 and came back down without dialysis. What I learnt: in the hinterland, the medex is the doctor, the pharmacist and the transport officer, and you make decisions alone. The GPHC protocols help. The radio helps more.`,
  },
  {
    id: "gy-what-002",
    setting: "public health outbreak",
    role: "public health officer",
    text: `What?
A malaria upsurge among gold miners in Region 7 after heavy rains. Over 200 cases in a month, mostly P. vivax, some P. falciparum, in men moving between mining camps and the border.

So what?
Miners are a hard population: mobile, far from health posts, often self-treating with drugs bought in Venezuela. Primaquine for vivax radical cure needs G6PD testing, which isn't available in most camps, and fourteen days of tablets is a long time for a man moving camp every week. The PAHO "Malaria Champions" programme has shown that trained miners can test and treat in the camps.

Now what?
We're training volunteer "malaria focal points" in the larger camps, with rapid tests and artemether-lumefantrine. I'm also pushing for tafenoquine with a point-of-care G6PD test. My supervisor, Dr Ramnarine, says we need to go where the mines are, not wait in Bartica. Mashramani in February, and I'm hoping for a weekend in Georgetown.`,
  },
];
