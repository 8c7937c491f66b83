import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { cpf, tcKimlik } from "../gen.ts";

/** Canada, Brazil, Turkey, Lebanon and Egypt. */
export const AMERICAS_EUROPE_MENA: readonly SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "handover",
    role: "family medicine resident",
    text: `Northern Ontario rotation. ⟦NAME|Mr. Wilfred Kakegamic⟧ was flown out from ⟦LOCATION|Keewaywin First Nation⟧ with a GI bleed and landed at ⟦FACILITY_ROOM|Sioux Lookout Meno Ya Win Health Centre, bed 14⟧ at 23:50 on ⟦DATE|January 9⟧. His health card, ⟦ID|${ohip("6214-390-75")}⟧, came with the transfer, but his medication list did not; the nursing station had faxed it to the wrong number.

My preceptor, Dr. Tremblay, had me spend twenty minutes on the phone with the nursing station and the patient's daughter, ⟦NAME|Charlene⟧, to reconstruct his meds. He was on apixaban for AF, which nobody at our end knew, and which changed everything about the bleed.

Handover in the North is not just between shifts; it is between a nursing station, a plane, a hospital and sometimes a city hundreds of kilometres away. Each hand-off loses something. The Ornge flight nurse gave the best handover I heard all rotation, structured, with the anticoagulant flagged, but she had never been told about it either.

I learned to treat the family as part of the handover chain, and to ask "what blood thinners?" in the first minute of every bleed. I also learned how much a patient from a fly-in community gives up to come south, and how much it matters to get them home quickly.`,
  },
  {
    id: "ca-what-002",
    setting: "feedback",
    role: "clerkship student",
    text: `**What?** My clerkship evaluation on internal medicine in Halifax came back with "meets expectations" in every box and one written line: "Quiet; needs to advocate more." Dr. MacIsaac, my preceptor, had never said this to me in person during the six weeks.

**So what?** I was upset, then curious. Quiet compared with whom? I asked for a meeting. Dr. MacIsaac was gracious and specific: on rounds I had known the answer about the hyponatremia workup (urine osmolality and sodium, TSH, cortisol) but let the resident speak for me. She wanted me to present my own plan, not just the data. She also admitted she should have said it in week two.

**Now what?** I have asked every preceptor since for one piece of feedback halfway through the rotation, which the CanMEDS "Scholar" role encourages anyway. I present my plan first, then ask for correction. I also noticed something about myself: I grew up being told not to interrupt elders, and I brought that onto the wards. That is not wrong, but I can be respectful and still speak. The next evaluation, on pediatrics, said "proactive", which I am choosing to believe.`,
  },
  {
    id: "ca-comment-003",
    setting: "handover",
    role: "registered nurse",
    text: `Nursing station nurse here. The fax for ⟦NAME|Mr. Kakegamic⟧ went to the old number, which the clinic changed in the fall, so that's on us too. We now phone ahead and read the med list aloud for every medevac. ⟦NAME|Charlene⟧ says he's home and fishing again. Thanks for calling her instead of guessing.`,
  },
  {
    id: "br-free-001",
    setting: "community medicine",
    role: "fourth-year medical student",
    text: `Internato em saúde da família, on the outskirts of Recife. With the community health agent, Edilene, I visited ⟦NAME|Dona Maria das Dores Ferreira⟧, a diabetic woman who lives at ⟦ADDRESS|Rua Quarenta e Oito, 212, Alto José do Pinho, Recife - PE, 52060-440⟧ and who had not come to the UBS in four months. Her CPF, ⟦ID|${cpf("347.612.058")}⟧, was needed for the Farmácia Popular insulin, and the pharmacy had rejected it because of a typo in the system.

So the "non-adherence" in her chart was a database error. She had been rationing the last vial.

My preceptor, Dra. Lúcia, showed me how to correct the registration and sent a message to the pharmacy coordinator. Edilene knew every stair and alley in the hill; I would have been lost in five minutes.

I learned that the Estratégia Saúde da Família works because of people like Edilene, who know who is missing before any doctor does. And I learned to ask "why didn't you come?" before writing "did not attend".`,
  },
  {
    id: "br-what-002",
    setting: "breaking bad news",
    role: "medical resident",
    text: `**What?** In my first year of internal medicine residency in São Paulo, I told a man that his biopsy showed gastric adenocarcinoma. I used the SPIKES protocol, which we had practised at the faculty. Dr. Ricardo, my preceptor, observed. Afterwards he asked me why I had said "neoplasia" three times and "câncer" only once, at the very end.

**So what?** I did not realise I was doing it. "Neoplasia" felt more clinical and less cruel. But the patient did not know what it meant, and by avoiding the word I made him wait longer to understand. Dr. Ricardo said Brazilian doctors often use euphemisms because families ask them to, and patients often respond with "so it's not cancer?", which means starting again.

**Now what?** I now practise saying the word clearly. I also ask at the start what the patient has been told and what they want to know. I am reading Buckman's original paper and the Brazilian Ministry of Health guidance on communication in oncology. Next time Dr. Ricardo observes me, I want him to count the euphemisms again, and I want the count to be zero.`,
  },
  {
    id: "br-free-003",
    setting: "social media",
    role: "nursing student",
    text: `Reflexão, estágio em UTI pediátrica, Porto Alegre. The mother of a child in our unit, ⟦NAME|Vitória⟧, had a public Instagram page where she posted daily updates with photos of the monitors, the ventilator settings and sometimes the whiteboard with our names. The page was ⟦URL|https://instagram.com/forca_vitoria_poa⟧. Hospital IT noticed that someone had logged into the family's portal account from ⟦IP|198.51.100.204⟧ and downloaded the full exam report on ⟦DATE|3 de março⟧, the day after her surgery, and the mother had posted it within the hour.

My supervisor, Enfermeira Cláudia, explained that the mother could share her daughter's information, but that our names and faces, and the information about other patients visible on the whiteboard, were a different matter. We spoke to the mother together. She was embarrassed and removed the whiteboard photos.

I learned that in the ICU families find strength in sharing. Our role is not to stop them, but to protect other patients and the team. And we need to look at what is behind a parent when they take a photo, because we never know where it will end up.`,
  },
  {
    id: "tr-free-001",
    setting: "clerking",
    role: "intern doctor",
    text: `İntörnlük, internal medicine, Ankara. On my first night I admitted ⟦NAME|Ayşe Teyze⟧, a 78-year-old woman with pneumonia, from the emergency department to ⟦FACILITY_ROOM|Dahiliye 3, oda 12, yatak 2⟧. Her T.C. Kimlik No, ⟦ID|${tcKimlik("284617393")}⟧, was written on every form by the nurse, and I wrote it again on every form myself, because I did not know the e-Nabız system would fill it automatically.

What I learned that night had nothing to do with pneumonia. The attending, Doç. Dr. Yıldız, read my history and asked why I had not written what medicines she takes at home. I had asked the daughter, who said "blood pressure pills", and I had stopped there. Dr. Yıldız called the daughter back and found out that her mother was also taking a herbal preparation, a diuretic and a sleeping tablet that a neighbour had given her.

Medication reconciliation is a skill, not a question. Now I ask families to bring the bags of medicines, and I write every name.`,
  },
  {
    id: "tr-gibbs-002",
    setting: "OSCE",
    role: "fifth-year medical student",
    text: `Description: In our fifth-year OSCE in Izmir, the station was a lumbar puncture on a model. I did the procedure well, but I forgot to explain it to the "patient" and did not ask for consent.

Feelings: I was disappointed. I had practised the technique twenty times.

Evaluation: The examiner, Prof. Dr. Aksoy, said the procedure was technically perfect, but the station was marked on communication too. I lost half the points.

Analysis: I think I see procedures as technical, and consent as paperwork. In Turkish hospitals students often see consent handled by a form, and the conversation is short. But a patient having a needle in their back has a right to know why, how, and what the risks are: headache, bleeding, infection.

Conclusion: Consent is part of the procedure, not a step before it.

Action plan: I wrote a short script for every procedure I might do as an intern: what, why, risks, alternatives, questions. I practise it with my friend Elif. I will ask my assistant doctors if I can do the consent conversation, under supervision, on real patients next year.`,
  },
  {
    id: "tr-free-003",
    setting: "night shift",
    role: "nursing student",
    text: `My first night shift as a nursing student in a university hospital in Istanbul, on the cardiology ward. The charge nurse, Hemşire Gül, gave me three patients and told me to check the monitor alarms myself. At 3 am a monitor alarmed repeatedly for a heart rate of 38. I silenced it, thinking the lead had moved, because that had happened twice already that night.

Hemşire Gül came in, looked at the patient, and took a 12-lead ECG. It showed complete heart block. The cardiology resident, Dr. Emre, came and started atropine and then arranged a temporary pacemaker.

I was shaking. Hemşire Gül did not shout. She said, "Alarm fatigue is real, but you look at the patient before you silence anything."

What I learned: every alarm deserves a look at the patient, even the tenth one. Now I go to the bedside first, then the monitor. I also asked her to show me how to recognise heart block on the monitor strip, and she spent twenty minutes of her break teaching me Mobitz I and II.`,
  },
  {
    id: "lb-free-001",
    setting: "breaking bad news",
    role: "internal medicine resident",
    text: `Beirut, second year of residency. ⟦NAME|Abu Samir⟧, a retired taxi driver, was admitted on ⟦DATE|4 August⟧, the anniversary of the port explosion, with chest pain that turned out to be a lung mass. His son, ⟦NAME|Samir⟧, gave me his mobile, ⟦PHONE|+961 3 555 214⟧, and asked me to call him first with any results.

The family did not want him told. In Lebanon this is common, and our attending, Dr. Haddad, respects it, but she also believes the patient must not be lied to. When the biopsy came back, she asked ⟦NAME|Abu Samir⟧ how much he wanted to know. He said, "Tell my son, and tell me only what I need for my decisions." That was his choice, not the family's, and she honoured it.

I learned that asking a patient how he wants to receive news is the respectful answer to family collusion, and that the patient's own words can free everyone. I also learned how to sit quietly with a family while their phones kept ringing with news from the city.`,
  },
  {
    id: "lb-what-002",
    setting: "professionalism",
    role: "fourth-year medical student",
    text: `**What?** During my surgery clerkship in Beirut, a patient's family gave me an expensive box of baklava and an envelope. I accepted the sweets for the team and returned the envelope, but I was not sure if refusing would offend them.

**So what?** In Lebanese culture, gifts are a way of saying thank you and of creating relationships. Refusing can feel like rejecting the person. My clinical supervisor, Dr. Khoury, said the AUB code of conduct allows small gifts shared with the team but no money, and that the way you refuse matters more than the refusal. He suggested saying that the best thank-you is for the family to tell us what we did well, so we can do it again.

**Now what?** I will keep the same principle (small gifts shared, no cash) and prepare a kind sentence for refusal. I also asked the nurses how they handle it, and they have much more experience than doctors do. The head nurse, Mme Nadine, said she often asks families to write a note instead, which she pins on the ward board. I like that idea better than a box of sweets.`,
  },
  {
    id: "eg-free-001",
    setting: "ward round",
    role: "intern doctor",
    text: `Internship year, ⟦FACILITY_ROOM|Kasr Al Ainy, Internal Medicine ward 5, bed 31⟧. ⟦NAME|Hagg Mahmoud Abdel-Rahman⟧, a farmer with cirrhosis and hepatic encephalopathy, was brought in by his sons from ⟦LOCATION|Kafr El-Sheikh Ibrahim, near Tanta⟧. His national ID number, ⟦ID|25203141600953⟧, was the only identifier on the referral letter, and it was misspelled on the lab request, so his ammonia result went to another patient's file.

On the round, Prof. Dr. Samia asked me for the ammonia. I said it was normal. She asked me to check the name on the report. It was not his.

She did not humiliate me, which I expected. She asked me to present the case again with "two identifiers checked for every result". His real ammonia was high, and lactulose and rifaximin had already been started on clinical grounds, so no harm came to him.

I learned to check the identifiers before trusting the number. In a busy ward with hundreds of results a day, the wrong report is always possible, and the patient's name and number are the minimum. I now read both before reporting any result on a round.`,
  },
  {
    id: "eg-what-002",
    setting: "OSCE",
    role: "sixth-year medical student",
    text: `**What?** My final-year clinical exam in Alexandria included a long case with a real patient: a man with rheumatic mitral stenosis and atrial fibrillation. The examiners were Prof. Hany and an external examiner from Mansoura. I described the mid-diastolic murmur and the opening snap, and I was pleased with myself, until Prof. Hany asked me about the patient's INR and his anticoagulation. I did not know; I had not asked.

**So what?** I focused on the signs because that is what the exam rewards, and because we practise finding murmurs for months. But the patient's safety depended on his warfarin control, and his INR was 1.3. He had stopped his warfarin because of the cost of the monitoring visits.

**Now what?** In every cardiac long case I now ask about medications, monitoring and costs, and I put it in the presentation. Prof. Hany said a good clinician sees the patient before the murmur. I also want to learn more about the newer anticoagulants and why they are not used in rheumatic mitral stenosis, which the INVICTUS trial (2022) addressed.`,
  },
  {
    id: "eg-free-003",
    setting: "palliative care",
    role: "nursing student",
    text: `Clinical placement, oncology, Assiut. ⟦NAME|Hagga Zeinab⟧, who told us proudly she was ⟦AGE|ninety⟧, was admitted with advanced stomach cancer from ⟦LOCATION|Deir Mawas, in the south of Minya⟧. She was ⟦OTHER|the dayah who had delivered half the babies in her village, including the mayor⟧.

Her family wanted everything done: the nasogastric tube, the fluids, the transfusions. She wanted to go home. The attending, Dr. Wael, talked to the family, and I was there as the nursing student, holding the tray of medicines.

The family's view was that stopping treatment meant abandoning her. Dr. Wael explained that comfort care is still care. He used a phrase I will remember: "We are not stopping treatment; we are changing its goal."

She went home after a week with oral morphine and a plan for the village nurse to visit. My nursing supervisor, Mrs. Hoda, showed me how to teach the family to give the morphine and to record it.

I learned that palliative care in Egypt is still new, and that families need time and clear words. I also learned that the nurse is often the person who explains it in the corridor.`,
  },
];
