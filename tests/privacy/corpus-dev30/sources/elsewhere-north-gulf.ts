import type { SourceItem } from "../../corpus/types.ts";
import { emiratesId, personnummer } from "../gen.ts";

/** Scandinavia (Sweden, Norway, Denmark) and the Gulf (UAE, Saudi Arabia, Qatar). */
export const NORTH_GULF: SourceItem[] = [
  {
    id: "se-free-001",
    setting: "adult icu",
    role: "ICU specialist nurse (IVA-sjuksköterska)",
    text: `I have worked on an IVA — intensivvårdsavdelning — in northern Sweden for eleven years. This is the longest thing I have ever written about work, and I am writing it because of one man and one word.

The man was ⟦NAME|Gunnar Isaksson⟧, ⟦AGE|92 år⟧, a retired reindeer-transport driver from ⟦LOCATION|Ammarnäs⟧, admitted with pneumosepsis. His personnummer, ⟦ID|${personnummer("320914-482")}⟧, was on every label, and I remember thinking how strange it was that the first six digits said he was born in a year when the road to his village was still gravel. His granddaughter ⟦NAME|Elin⟧ sent me an email from ⟦EMAIL|elin.isaksson.ammarnas@example.se⟧ every evening, asking whether "farfar" had eaten.

The word was "lagom". Not too much, not too little. When the doctors asked him about intubation, he said he wanted lagom treatment: antibiotics, oxygen, high-flow, and no tube. We wrote it down in his own words.

What did I feel? Relief, mostly, because so often the question is never asked. Irritation, too, at the junior doctor who asked three times because he did not believe a ⟦AGE|92-year-old⟧ could mean it.

What went well: the anaesthetist, Dr Lindqvist, sat on the bed, at his level, and took the time. The plan was clear. The night staff knew it. Nobody "forgot" and called the emergency team when his saturation dropped.

What went badly: his granddaughter lived in Umeå and could not visit in the storm, and our video calls were on a tablet with no charger. I borrowed my own.

What did I learn? That advance care planning in the ICU is not a form. It is listening to a word that the patient chooses and taking it seriously. And that "lagom" is a better summary of proportional care than anything in our guidelines.

He died five days later on high-flow, with his granddaughter's voice on speaker and a small joik playing from her phone that he had asked for. I sat with him. I was on my fifth night shift in a row and I did not feel tired at all.

What will I do now? I have suggested to our unit that every patient over eighty gets asked, on admission, in their own words, what "enough" would look like. We will see.`,
  },
  {
    id: "se-what-002",
    setting: "icu diaries",
    role: "ICU nurse",
    text: `Vad? (What?) In our Swedish ICU we have written patient diaries since 2008. Every patient ventilated for more than 72 hours gets one, with photos (no other patients in frame) and notes from staff and family.

Så vad? (So what?) At the follow-up visit at three months, patients read their diary with a nurse. Many cry. Many say it filled the gaps and made the nightmares make sense. The research, including the RACHEL trial, is mixed on PTSD outcomes, but our patients keep telling us they value it.

Vad nu? (Now what?) We are moving the diary to a digital format but with strict rules: stored in the patient record, not on anyone's phone, and no photo leaves the unit. Our head nurse, Karin, wrote the policy with the data protection officer. I'll report how patients find the new version.`,
  },
  {
    id: "se-comment-003",
    setting: "icu diaries",
    role: "ICU doctor (reply)",
    text: `Good to see the GDPR side taken seriously. When we trialled a cloud diary our lawyer made us remove patients' full names even from the cover page and use only a unit number. Patients didn't mind at all. Please share the template if you can, Karin's policy sounds like one we need.`,
  },
  {
    id: "no-free-001",
    setting: "air ambulance and icu",
    role: "anaesthesia and intensive care registrar",
    text: `Luftambulanse at night in Finnmark is a lesson in humility. We landed on the ice road outside ⟦LOCATION|the fishing village of Gamvik, by the old cannery⟧ to pick up a fisherman, ⟦NAME|Arne-Johan Pedersen⟧, 61, with massive haematemesis. His wife ⟦NAME|Solveig⟧ came with us and held the headphones to her ear during the whole flight, and she gave me her number on a receipt: ⟦PHONE|+47 555 41 218⟧.

He was in ⟦FACILITY_ROOM|intensivavdelingen at UNN Tromsø, bed 4⟧ within three hours, with a Sengstaken-Blakemore tube and two units of blood from our flight cooler.

What I took from it: we plan for the weather, the aircraft and the patient, and forget the relative. Solveig had no coat and no money with her. The nurses at the hospital found her both before they found him a bed.`,
  },
  {
    id: "no-what-002",
    setting: "withdrawal of treatment",
    role: "overlege (consultant) in intensive care",
    text: `What? In Norway, decisions to limit life-prolonging treatment are made by the doctor responsible, after consulting the patient's relatives, as the Helsedirektoratet guideline sets out. Families sometimes think they are being asked to decide. They are not, and that is a relief for many of them.

So what? A young colleague of mine presented a family meeting as a vote. The family argued for an hour, and one son left the room in tears thinking he had "killed his father". We spent the next day undoing that.

Now what? We now open every meeting with the same sentence: "You are not deciding; we are, but we want to know what he would have wanted." I teach it on our registrar course and in the simulation centre. The nurses, who often hear what families say in the corridor, join the meetings by default now.`,
  },
  {
    id: "no-comment-003",
    setting: "withdrawal of treatment",
    role: "ICU nurse (reply)",
    text: `The sentence you use is good. We have one more step: the nurse who knows the family best sits beside them, not with the doctors, so the room doesn't look like a tribunal. Small, but families have told us it made the hardest conversation of their lives a bit more bearable. Thank you for writing about it.`,
  },
  {
    id: "dk-free-001",
    setting: "neonatal icu",
    role: "neonatal nurse",
    text: `Skin-to-skin from day one is the norm here in Denmark, even on the ventilator, and visitors from abroad are always surprised.

Last winter we had a baby boy born at 24+1 weeks. His father, ⟦NAME|Mads⟧, was the one who did most of the skin-to-skin, because his mother was in the maternity ICU with a post-partum haemorrhage for the first four days. The family's CPR number for the baby was ⟦ID|120224-4117⟧ and the nurses called him "⟦NAME|lille Bjørn⟧" — little bear — because of his dark hair.

I watched Mads sit for six hours with a tiny ventilated baby on his chest, headphones in, eyes closed. His heart rate and the baby's moved together on the monitor.

What I want to say to other units: it is possible, it is safe with the right team, and it makes fathers into parents instead of visitors.`,
  },
  {
    id: "dk-what-002",
    setting: "sepsis",
    role: "intensive care trainee",
    text: `What? I took part in a Danish ICU trial on restricted fluid in septic shock and saw how much we give "just in case".

So what? After our unit adopted more restrictive fluids, we had fewer patients with pulmonary oedema and fewer days of ventilation in our own audit, though the trial's primary outcome was neutral. My takeaway is less about the number of litres and more about asking, every time, "Is this patient fluid-responsive?"

Now what? I use passive leg raise or a fluid challenge with a clear endpoint before every bolus, and I document the reason. I also teach the students the phrase "fluid is a drug" from our professor's lecture, which they remember better than any chart.`,
  },
  {
    id: "ae-free-001",
    setting: "adult icu",
    role: "intensive care fellow",
    text: `Working in an ICU in Abu Dhabi, I care for patients from fifty countries in a single month. Today's lesson was about translation.

⟦NAME|Mr Rajan Pillai Chandrasekhar⟧, a construction foreman from Kerala, had heatstroke and rhabdomyolysis. His Emirates ID, ⟦ID|${emiratesId("784-1961-4402918")}⟧, was the only document he had, and his employer's camp supervisor, who came with him, did not know his family's number. The consulate found his brother by the evening.

His roommates kept calling the ICU reception asking for "the Malayali in ⟦FACILITY_ROOM|bed 12 of the Cleveland Clinic Abu Dhabi ICU⟧". We had a Malayalam-speaking nurse, Sister Jincy, who took every call and told them what we could.

What I learned: in a migrant community, the roommates are family. We need a policy that lets the patient name who can receive updates, not just next of kin on paper.`,
  },
  {
    id: "ae-gibbs-002",
    setting: "paediatric icu",
    role: "PICU nurse",
    text: `Description: A toddler in our PICU after near-drowning in a villa pool. The whole extended family arrived within an hour, and the grandmother led the prayers in the corridor.

Feelings: I was anxious because there were so many people and I wanted to respect their faith and still keep the unit safe.

Evaluation: Our Arabic-speaking charge nurse, Sister Maryam, organised the family into a visiting rota and a prayer space nearby. It worked well.

Analysis: In Gulf families, the father and the grandparents often speak for the family. The mother's voice can be quiet in the meeting but she is usually at the bedside for hours. I learned to speak to her at the bed.

Conclusion: Respect the structure, but find the mother.

Action plan: I will ask our education team for an Arabic cultural communication session for the new international nurses.`,
  },
  {
    id: "ae-comment-003",
    setting: "paediatric icu",
    role: "PICU consultant (reply)",
    text: `"Find the mother" is exactly right. One practical tip: ask the family who should receive updates and write that name on the whiteboard in the staff area only, not on the door or the bed. We had a mix-up once when two cousins both claimed to be the spokesperson, and the whiteboard solved it.`,
  },
  {
    id: "sa-free-001",
    setting: "hajj season icu",
    role: "critical care consultant",
    text: `Hajj season in a Makkah ICU is like no other medicine. Pilgrims from every country, heatstroke, MI, pneumonia, trauma in the crowds, and sometimes no papers at all.

Our teams speak Arabic, Urdu, Bahasa, English, French, Hausa and Turkish between them, and when they don't, we use the Ministry interpreter line. Patients often arrive with only a wristband from their Hajj group.

Things I've learned over many seasons:
- Families back home are desperate for news and often reach the hospital through the group leader. Identify that person early.
- Cooling, cooling, cooling. Evaporative cooling units and ice water immersion save lives.
- Many elderly pilgrims have saved for this journey their whole lives and want to stay, even when they're very ill. Listen to that. ⟦NAME|Hajja Aminatu⟧ from Kano, ⟦AGE|aged 97⟧, refused the air ambulance home and asked only to see the Kaaba once more from a wheelchair; we took her.

And many die here, which some families see as a great blessing. The burial is quick, and our social workers coordinate with consulates. It's a privilege to be part of it.`,
  },
  {
    id: "sa-what-002",
    setting: "trauma icu",
    role: "ICU resident",
    text: `What? A young man, ⟦NAME|Fahad Al-Otaibi⟧, 22, came to our trauma ICU after a car rollover on the highway to ⟦LOCATION|his family's farm in Wadi Hanifah near the old mud mosque⟧. His Iqama-holding driver, who pulled him out, told us the car's plate was ⟦OTHER|ر س ط 4821⟧ and wanted us to tell the police he was not at fault.

So what? I found myself in a conversation about blame, not medicine. The ICU is not the place for that, but the driver was terrified. Our social worker took him aside and contacted the police liaison.

Now what? I learned to keep my notes to clinical facts. And I learned to ask, "Who else is hurting?" — the driver was a patient too, in his own way, and we made sure he saw the psychiatrist before he left.`,
  },
  {
    id: "sa-gibbs-003",
    setting: "ecmo",
    role: "perfusionist",
    text: `Description: Our ECMO programme received a retrieval call for a MERS-CoV patient a few years ago. We went in full PPE, cannulated at the referring hospital and transported him by road for two hours.

Feelings: Fear of infection, focus on the circuit, pride in the team afterwards.

Evaluation: The retrieval worked. The patient survived after three weeks of VV-ECMO. Two team members had exposures but tested negative.

Analysis: Our preparation (drills, PPE checklists, a designated ambulance) made the difference. What we lacked was a rest plan for the team after retrieval.

Conclusion: Staff wellbeing is part of the ECMO protocol, not an afterthought.

Action plan: We now have a mandatory rest period and a debrief within 24 hours for any high-risk retrieval. Our programme director, Dr Al-Harbi, made it policy.`,
  },
  {
    id: "qa-free-001",
    setting: "adult icu",
    role: "ICU staff nurse",
    text: `A short one. Qatar, night shift, medical ICU.

⟦NAME|Mr Rodel Manalastas Villanueva⟧, a Filipino driver with DKA and septic shock, kept asking in Tagalog for "Nanay" — his mother, who is in ⟦LOCATION|Barangay San Isidro in Tarlac⟧. At 2 a.m. I called her on the number in his phone contacts under "Nanay ko", ⟦PHONE|+63 917 555 0384⟧, using his phone and a speaker. She prayed with him in Tagalog for ten minutes. His heart rate came down from 130 to 105.

Not evidence-based. Still the best thing I did all night.`,
  },
  {
    id: "qa-what-002",
    setting: "organ donation",
    role: "transplant coordinator",
    text: `What? Qatar has a national organ donor register and an opt-in card, but the biggest barrier in our ICU is still the first conversation with families, many of whom are expatriate workers far from home.

So what? For expatriate donors the family is often in another country, reachable only by phone, with an embassy involved. Consent conversations across time zones and languages are slow and emotionally exhausting for everyone.

Now what? We've built a small team of coordinators who speak Arabic, Malayalam, Urdu, Tagalog and Nepali, and we use video calls with a religious advisor present when the family wishes. We also made sure religious rulings on donation — that brain death can be accepted and donation is permitted — are available in each language. Our donation rate is rising, slowly.`,
  },
  {
    id: "dk-free-003",
    setting: "icu bereavement follow-up",
    role: "ICU nurse",
    text: `### Efterladte-samtale: the follow-up call we make after a death

Our unit in Jutland calls every bereaved family four to six weeks after a death in the ICU. I made the calls this month and want to note what I learnt.

- Most families want to know "did he suffer?" and "did we decide right?" Have the chart open and be honest.
- Some families want nothing. That is also an answer.
- One widow, ⟦NAME|fru Inger Kjærgaard⟧, asked me to look at the memorial page the grandchildren had made, [Mindeside for ⟦NAME|Poul Kjærgaard⟧](⟦URL|https://www.mindeside.example.dk/poul-kjaergaard-1941⟧), because "you were there at the end and they weren't". I looked at it after the call. There was a picture of his boat.

Useful links for colleagues: the Danish [sundhed.dk pages on grief](https://www.sundhed.dk) and the Landsforeningen for efterladte materials. None of them can replace a named nurse who remembers.`,
  },
  {
    id: "om-free-001",
    setting: "cardiac icu",
    role: "cardiology fellow",
    text: `Muscat, cardiac ICU. An old fisherman from ⟦LOCATION|the fishing harbour at Quriyat, the house with the blue door behind the fort⟧, ⟦NAME|Sheikh Salim bin Hamad Al-Ghailani⟧, came in with complete heart block and a pacemaker that had been implanted years ago in Mumbai. Nobody had the card. We interrogated it: serial ⟦DEVICE|PJN 881402 S⟧, battery at elective replacement.

His son ⟦NAME|Hamad⟧ translated from Arabic and kept apologising for his father's jokes about the nurses' cooking. The old man refused the temporary wire until his youngest grandson arrived from Sur.

Lesson: device registries across countries don't talk to each other. Our unit now asks every patient with an implant for a photo of the card on their phone, and we teach families to keep one too. Dr Al-Balushi wants a national registry; I agree.`,
  },
];
