import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { nhi, ppsn } from "../gen.ts";

/** Malaysia, the Philippines, Canada, Ireland and New Zealand. */
export const OTHER_REGIONS: readonly SourceItem[] = [
  {
    id: "my-gibbs-001",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Description: Geriatric ward, ⟦FACILITY_ROOM|Hospital Kuala Lumpur, Wad 7, katil 12⟧. ⟦NAME|Puan Lim Ah Kiew⟧ is a ⟦AGE|93-year-old⟧ retired hawker who sold char kway teow in ⟦LOCATION|the corner kopitiam on Jalan Sultan, opposite the old Chinese temple⟧ for fifty years. She came in with a fall and a fractured neck of femur. Her MyKad number, ⟦ID|320417-10-5286⟧, was read out by her grandson ⟦NAME|Wei Jie⟧ at the admission counter, and his email (⟦EMAIL|weijie.lim.kl@gmail.com⟧) went onto the next-of-kin form.

Feelings: Admiration at how sharp she was, and nervousness about the surgical risk.

Evaluation: We optimised her before surgery: corrected her sodium (128), held her amlodipine, and checked her clinical frailty scale (5). The orthopaedic team did a hemiarthroplasty on ⟦DATE|12/9⟧, within 48 hours, as recommended. ⟦NAME|Ah Ma⟧, as the whole ward called her, was sitting out on day two and complaining about the hospital food.

Analysis: The family wanted to "protect" her from the surgical risk discussion. I had to balance their wishes with her right to know. In the end, she asked me directly, in Hokkien via a nurse, "Am I going to die in the operation?" I told her the truth: there is some risk, but it is small, and without the operation she would probably never walk again.

Conclusion: Even in a collectivist family, the patient still gets a voice.

Action plan: I'll read the Malaysian CPG on hip fractures (2021) and speak to the team about early family meetings.
`,
  },
  {
    id: "my-what-002",
    setting: "emergency department",
    role: "house officer",
    text: `
What? Third posting as a housemen, emergency department in Kota Kinabalu. A week of dengue. Patients presented on day 3–5 of fever with thrombocytopenia, rising haematocrit and abdominal pain. I learned to watch for the critical phase: the fever drops and the patient looks better, but that is exactly when plasma leakage happens.

So what? On Wednesday, I almost discharged a young man whose fever had settled and who said he felt "much better". His haematocrit had gone from 42% to 49% and his platelets were 38,000. My specialist, Dr. Siti Aminah, stopped me and asked if I had checked for warning signs. He was in the critical phase. He went into shock that evening and needed fluid resuscitation. He recovered.

I reflected that I had treated "feeling better" as good news. In dengue, it's a trap.

Now what? I've made myself a dengue warning-sign checklist from the Malaysian CPG on dengue (2015), and I go through it before every discharge, however busy. I also talked about this case at our housemen's teaching, because I know I'm not the only one. Outside work: Hari Raya is coming, and I'm on call for the first day. My mum has already threatened to send rendang to the ED.
`,
  },
  {
    id: "my-free-003",
    setting: "community medicine",
    role: "medical student",
    text: `
Community posting, a Klinik Kesihatan in rural Kelantan. This week we did home visits with the community nurses to follow up on tuberculosis patients under DOTS.

One of them was ⟦NAME|Pak Cik Mat Zain⟧, who lives ⟦LOCATION|in Kampung Pulau Chondong, the stilt house behind the surau near the paddy fields⟧. He is ⟦OTHER|the only wau-kite maker left in the village, the one who was on TV3 last year⟧, and he had pulmonary TB, smear positive. His wife, ⟦NAME|Mak Som⟧, watches him swallow his tablets every morning and then sends a photo on WhatsApp from ⟦PHONE|019-555 7206⟧ to the nurse.

What I learned: video DOTS (or "WhatsApp DOTS", as the nurse called it) is working better than making him come to the clinic every day, which took two hours on a motorcycle.

What I struggled with: ⟦NAME|Pak Cik Mat⟧ asked me to keep his TB a secret from the neighbours because of stigma. The nurse agreed. But the neighbours' children were always in and out of the house. We did contact tracing discreetly, calling it a "general health screening".

I'm not sure whether that was right. It protected him, but it felt a bit dishonest. I'll discuss it with our lecturer, Dr. Azlan.
`,
  },
  {
    id: "ph-gibbs-001",
    setting: "rural medicine",
    role: "doctor to the barrios",
    text: `
Description: I am a Doctor to the Barrios in a fifth-class municipality in Samar. On ⟦DATE|November 8⟧ — the anniversary of Yolanda, which the whole town remembers — a fisherman, ⟦NAME|Mang Dodong⟧ (⟦NAME|Teodoro Cabahug⟧ on his PhilHealth card, ⟦ID|12-050417382-6⟧), came in with a hand injury from a fish hook that was now badly infected. He lives ⟦LOCATION|in Sitio Cagbolo, the last house past the chapel by the mangroves⟧.

Feelings: Worried. The hand was red to the wrist and he had a fever.

Evaluation: I diagnosed cellulitis with a possible deep space infection. We gave IV cefazolin and elevated the hand. He needed drainage, so I called ⟦FACILITY_ROOM|EVRMC⟧ in Tacloban, but the boat wasn't running because of the weather. I did the incision and drainage myself, with our nurse, Ma'am Joy, holding the lamp.

Analysis: In our setting, referral is often not possible, and I have to do things I was never trained to do. The Philippine Clinical Practice Guidelines are written for hospitals with specialists.

Conclusion: ⟦NAME|Mang Dodong⟧ recovered, but I was lucky.

Action plan: I'm going to ask for a surgical skills workshop for DTTBs, and I'll keep a log of procedures I do beyond my training to discuss with the provincial health officer.
`,
  },
  {
    id: "ph-what-002",
    setting: "osce",
    role: "medical student",
    text: `
What? Our clinical clerkship OSCE at a medical school in Manila. Ten stations. I was confident, because I'd practised with my groupmates for three weeks in the library and at a milk tea place on España Boulevard.

The station that went badly was a history-taking station about a patient with a chronic cough. I asked about TB symptoms, smoking, and occupational exposure. I forgot to ask about ACE inhibitors. The simulated patient was on lisinopril. The examiner, Dr. Villanueva, asked me afterwards, "What is the most common reversible cause of chronic cough in a hypertensive patient?" I knew immediately, and I felt terrible.

So what? I think I'm too focused on the "big" diagnoses — TB is so common in the Philippines that it fills my mind. I forgot that common things include side effects of common drugs.

Now what? I've added "medications" as the very first question in my cough history, before anything else. I also made a list of drug-induced symptoms — ACE inhibitor cough, amlodipine ankle swelling, metformin diarrhoea, statin myalgia — and I'm reviewing it every night.

The results come out after Undas. Fingers crossed, and I'll light a candle for my lola at the cemetery while I wait.
`,
  },
  {
    id: "ph-free-003",
    setting: "telemedicine",
    role: "internal medicine resident",
    text: `
Telemedicine reflection, internal medicine residency in Cebu.

Since the pandemic, our clinic has kept teleconsults for follow-up patients. This week, I did a video consult with ⟦NAME|Lola Pacing⟧, ⟦NAME|Pacita Ybañez⟧, who is ⟦AGE|ninety⟧ and lives alone ⟦LOCATION|in Barangay Tabunok, behind the Talisay public market⟧. Her granddaughter ⟦NAME|Kristine⟧ set up the call from her phone in Dubai. The system logged the connection from ⟦IP|198.51.100.47⟧, which flagged a "foreign login" and nearly blocked us.

Clinically, ⟦NAME|Lola Pacing⟧ has heart failure and was more breathless. I saw leg swelling on the video and asked her to press her shin. Pitting oedema. I increased her furosemide from 20 mg to 40 mg and asked the barangay health worker to check her the next day. Her weight, on the bathroom scale, was up 2 kg.

What I learned: telemedicine works better than I expected, but only because ⟦NAME|Kristine⟧ was there on the call, and the BHW could visit. Without them, it's just a phone.

Also, I realised I've been sloppy: I took a screenshot of the video call for my notes, and it was saved to my personal phone gallery. I deleted it and I'm now using the clinic's system only.
`,
  },
  {
    id: "ca-gibbs-001",
    setting: "rural medicine",
    role: "family medicine resident",
    text: `
Description: Rural family medicine rotation in northern Ontario. A man, ⟦NAME|Mr. Gerald Kakegamic⟧, flew in from ⟦LOCATION|Sandy Lake⟧ with chest pain, and I was the resident on call at ⟦FACILITY_ROOM|Meno Ya Win⟧. His health card number, ⟦ID|${ohip("6183-447-20")}⟧, was on the transfer form, and his daughter ⟦NAME|Charlene⟧ had sent an email from ⟦EMAIL|charlene.k.sandylake@outlook.com⟧ with his medication list because the nursing station's fax was down.

Feelings: I was anxious. I'd never managed a STEMI without a cath lab.

Evaluation: The ECG showed an inferior STEMI. The closest PCI centre was in Winnipeg, well over the 120-minute window, so we gave tenecteplase. ST segments resolved. He was flown out the next morning.

Analysis: In remote communities, the "door" in door-to-needle time is a float plane and a gravel runway. Our preceptor, Dr. MacLeod, has been doing thrombolysis in the north for twenty years and was calm in a way I hope to learn.

Conclusion: Thrombolysis is still a front-line treatment where geography decides.

Action plan: I'm going to do the ACLS refresher and read the 2023 CCS STEMI guidelines. I'll also ask how the nursing stations could get a reliable secure way to send information, because email from a family member isn't it.
`,
  },
  {
    id: "ca-what-002",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `
What? PGY-2 psychiatry in Montreal, on the consult-liaison service. A consult came in for "capacity assessment — patient refusing dialysis". The team wanted a quick yes or no. It took me three visits.

So what? The patient was a man in his seventies who had lived independently all his life and said dialysis "wasn't living". He had mild cognitive impairment (MoCA 23/30) but understood his illness, appreciated that he would die without treatment, reasoned about it consistently, and expressed a clear choice. He had capacity. The team was frustrated with my answer. The nephrologist said, "He's going to die." Yes. People are allowed to choose that.

I reflected on how "capacity" consults are often really "please make the patient agree with us" consults. My supervisor, Dr. Tremblay, said our job is to protect the patient's right to choose, including to choose badly, and sometimes to help the team grieve.

Now what? I'll read the Appelbaum criteria paper again (NEJM 2007) and work on explaining capacity to medical teams in plain language. I also want to involve palliative care earlier in dialysis refusals.

Outside work: the Habs lost again, and the snow has started. Winter in Montreal is long.
`,
  },
  {
    id: "ca-comment-003",
    setting: "rural medicine",
    role: "family physician",
    text: `
Nice reflection. You stayed calm, which is the most important part. One thing to think about: tenecteplase is a weight-based dose, and our ER scale is unreliable. Always ask the patient or family for their weight, and check it against the chart. I'll email you the Northern thrombolysis checklist we use. Let's also debrief the transfer logistics next Tuesday.
— Dr. MacLeod
`,
  },
  {
    id: "ie-gibbs-001",
    setting: "general practice",
    role: "gp trainee",
    text: `
Description: GP training in the west of Ireland. On ⟦DATE|Lá Fhéile Bríde⟧ I did a house call to ⟦NAME|Mrs. Bridie Ó Conghaile⟧, who is ⟦AGE|ninety-two⟧ and lives on her own at ⟦ADDRESS|Bóthar na Trá, Carna, Co. Galway, H91 X2P7⟧. She is a native Irish speaker and ⟦OTHER|the last woman on the island who still makes the traditional báinín sweaters by hand⟧. Her son ⟦NAME|Pádraig⟧ is in Boston and rings her every Sunday. Her PPSN, ⟦ID|${ppsn("8821437")}⟧, was on the letter from the Department of Social Protection that she handed me when I asked about her medical card.

Feelings: I felt welcome, and I felt like a visitor.

Evaluation: She had heart failure and was more breathless. I adjusted her diuretics and arranged bloods. What went less well: I spoke mostly English, and I could see she was more comfortable in Irish. My Irish is school Irish.

Analysis: Language is part of care. The Official Languages Act (2003) gives people the right to services in Irish, and in the Gaeltacht, that includes GPs. My trainer, Dr. Ní Fhlaithearta, does most of her consultations in Irish.

Conclusion: I need to improve my Irish if I'm going to work here.

Action plan: I've signed up for an Irish language course in Galway in the evenings, and I'm going to ask ⟦NAME|Bridie⟧ to teach me the names of her medicines.
`,
  },
  {
    id: "ie-what-002",
    setting: "emergency department",
    role: "intern",
    text: `
What? Intern year in Dublin, an ED night shift over the St. Patrick's Day weekend. The department was full: alcohol intoxication, assaults, falls, a couple of head injuries. I saw a young man with a GCS of 13 who smelled of alcohol, and I was tempted to attribute everything to the drink.

So what? My registrar, Dr. O'Brien, said, "Never blame the drink for a low GCS until you've excluded everything else." We did a CT head. It showed a small subdural haematoma. He was transferred for neurosurgical review and did well.

I reflected on bias. Alcohol makes patients difficult to assess, and easy to dismiss. The NICE head injury guideline (NG232, 2023), which we follow here, is clear that intoxication does not explain a reduced GCS and should not delay imaging.

Now what? I'm going to treat every intoxicated patient with a head injury as having a bleed until proven otherwise. I'll also do the ATLS course in the autumn, which the hospital is funding. On a lighter note, I missed the parade entirely and my friends sent me photos from O'Connell Street.
`,
  },
  {
    id: "ie-comment-003",
    setting: "general practice",
    role: "gp trainer",
    text: `
A thoughtful reflection, and the action plan is exactly right. A practical tip: the HSE has a bilingual medicines leaflet series, and the pharmacy in Carna stocks some of them. Ask them. Also, don't underestimate how much goodwill a few words in Irish buy you, even if the grammar is wrong. Let's do a joint surgery next Thursday morning.
`,
  },
  {
    id: "nz-gibbs-001",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `
Description: Paediatric outpatients in Hawke's Bay. A toddler, ⟦NAME|Mereana⟧, came to clinic for review of her cochlear implant. She's ⟦NAME|Mereana Tūhoe-Walker⟧ on her NHI record (⟦ID|${nhi("ZZZ047")}⟧), and her mum, ⟦NAME|Aroha⟧, brought her from ⟦LOCATION|Waimārama, the bach at the end of the beach road past the marae⟧. The sound processor's serial number, ⟦DEVICE|CP1150-7734129⟧, had to be checked for a recall notice.

Feelings: I felt joy watching her respond to her name for the first time.

Evaluation: The audiology team had done most of the work; my role was the general paediatric review and the recall check. The processor was not affected. Growth and development were on track.

Analysis: ⟦NAME|Aroha⟧ talked about the whānau's journey — the diagnosis after newborn hearing screening, the long drives to Auckland, the kōrero with kaumātua about whether to have the implant. Te Whare Tapa Whā (Durie, 1984) helped me understand that the decision was about the whole whānau, not just the ears.

Conclusion: Family-centred care is not a slogan here; it's how decisions get made.

Action plan: I'm going to read more about Māori models of health and do the hospital's tikanga course.
`,
  },
  {
    id: "nz-what-002",
    setting: "surgery",
    role: "house officer",
    text: `
What? House officer run in general surgery in Christchurch. I was on call for the surgical ward on a Saturday night and was called for a post-op patient with a fever on day 3 after a bowel resection. I went through the five Ws: wind, water, wound, walking, wonder drugs. The wound was fine, the chest was fine, and the urine dip was positive. I treated a UTI.

So what? On the Monday ward round, the consultant, Mr. Hemi Parata, asked what I'd thought about an anastomotic leak. I hadn't. Day 3 fever after bowel surgery is a leak until proven otherwise. The patient's CRP was 280. He had a CT, which showed a small collection. Drained percutaneously. He did well, but we could have found it two days earlier.

I reflected that I'd picked the easy answer that fitted a checklist. I had also not looked at the trend in CRP and lactate.

Now what? For any fever after bowel surgery, I'll consider a leak first and discuss with the registrar. I'll read the ERAS guideline (2018) on post-op monitoring. And I'll stop thinking of the five Ws as a complete list. Crusaders won on Saturday, which was the only good news that weekend.
`,
  },
  {
    id: "nz-free-003",
    setting: "rural medicine",
    role: "rural hospital medicine registrar",
    text: `
Reflection from a rural hospital on the West Coast. This week, a farmer came in after being pinned under a quad bike. I knew who he was straight away: ⟦OTHER|the bloke whose quad bike rollover on the Haast Pass made the national news last winter⟧, ⟦NAME|Dougie Pascoe⟧. His wife ⟦NAME|Sheryl⟧ came in with him, and she'd already set up a Givealittle page, [⟦NAME|Dougie⟧'s recovery](⟦URL|https://givealittle.co.nz/cause/help-dougie-pascoe-get-back-on-the-farm⟧), which half the town had shared. His ute, rego ⟦OTHER|HGT 418⟧, was parked across two spaces at the front.

Clinically: rib fractures (four on the left), a small pneumothorax, and a mild head injury. We put in a chest drain, gave analgesia, and arranged a transfer by helicopter to ICU at ⟦FACILITY_ROOM|Christchurch Hospital⟧.

What I reflected on: in small towns, patients are famous before they arrive. The nurses knew about the Givealittle before I did. Everyone wanted to know how he was. Our SMO, Dr. Ngaire Baxter, is firm: no updates to anyone except the family.

I also learned that quad-bike injuries are a huge rural problem in NZ, and the WorkSafe data (2019) is grim. I want to work on farm safety talks with the local A&P show.
`,
  },
  {
    id: "ca-free-004",
    setting: "palliative care",
    role: "palliative care physician",
    text: `
Home palliative visit in Cape Breton, written in the car afterwards.

⟦NAME|Mrs. Marguerite Boudreau⟧ — ⟦NAME|Margot⟧ to everyone in ⟦LOCATION|Chéticamp⟧ — is ⟦AGE|96⟧ and dying of heart failure at home, exactly as she asked to. She was discharged from ⟦FACILITY_ROOM|the Inverness Consolidated Memorial, room 9⟧ on ⟦DATE|le 2 novembre⟧, All Souls' Day, which she found very funny. Her son ⟦NAME|Réjean⟧ has moved back from Alberta to look after her, and he gave us his number, ⟦PHONE|902-555-0178⟧, and asked us to use the back door at ⟦ADDRESS|15142 Cabot Trail, Chéticamp, NS B0E 1H0⟧ because the front step is broken.

Clinically: furosemide subcut at home via a butterfly, low-dose hydromorphone for breathlessness, and a conversation about stopping her bisoprolol and statin. She agreed immediately. "I'm not saving myself for anything."

What I keep learning in rural palliative care: the system is built around getting people to hospital, and it takes real work to keep them out. The paramedics' palliative protocol here, which lets them treat symptoms at home without transporting, is the single best thing I've seen in years.

Acadian kitchen, rappie pie on the stove, fiddle music on the radio. She held my hand and asked me if I was married yet.
`,
  },
  {
    id: "ie-free-004",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `
I need to write this down somewhere that isn't my own head.

⟦NAME|Baby Saoirse Keane⟧ was transferred to ⟦FACILITY_ROOM|Crumlin, St Brigid's ward, cubicle 4⟧ on ⟦DATE|Christmas Eve⟧ with bronchiolitis that turned out to be an undiagnosed coarctation. She had a repair on ⟦DATE|St Stephen's Day⟧ and did well. Her parents, ⟦NAME|Niamh⟧ and ⟦NAME|Dara⟧, live in ⟦LOCATION|Ballyconneely, the white bungalow by the golf links⟧ and had been to their GP twice.

The part I'm reflecting on: the week after discharge, the family started a blog, and a local paper picked it up. The blog has a photo of her discharge summary with her MRN, ⟦ID|C1479320⟧, clearly visible, and the comments section is full of people asking which doctor "missed it". The blog address is ⟦URL|https://saoirsesbigheart.blogspot.com⟧.

I rang ⟦NAME|Niamh⟧ to suggest blurring the summary. She was gracious. Then she asked me, straight out, whether the GP should have found it. I said femoral pulses are hard to feel in a wriggling baby and that I wasn't there. Both true. Neither a full answer.

My consultant, Dr. Fitzgerald, says the honest answer is "it can be missed, and we'll look at whether it should have been". She's right, and I'll say that next time.

Learning: check femorals on every baby, every time; and open disclosure is a skill I haven't practised.
`,
  },
];
