import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const AADHAAR_1 = aadhaar("6812 4407 913");

/** India: 11 items, 6 with identifiers, 2 comments. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "ambulance",
    role: "emergency medical technician",
    text: `
I work on a 108 ambulance in a district of Madhya Pradesh. On ⟦DATE|Diwali night⟧ we got a call from ⟦LOCATION|Kundalia, the village behind the sugar mill on the Shujalpur road⟧. A boy of eight, ⟦NAME|Golu⟧, had a firecracker burst in his hand. His father was holding the hand in a bucket of well water, which was the right thing, and I told him so.

Dressing, paracetamol syrup, we started IV fluids en route because of the distance. At the CHC the doctor asked for the father's Aadhaar for the scheme paperwork and he gave it from memory, ⟦ID|${AADHAAR_1}⟧, and his mobile ⟦PHONE|+91 94251 55508⟧. I noted both on the trip sheet as our control room asks.

What I am thinking about: in our district every Diwali we see the same injuries. Every year the same. The awareness posters are in Hindi and English but the injured children are from families who are working at the mill all day and don't see posters. Next year I want to go with the ASHA didi to the villages in the week before and show the pictures. Maybe one less hand.
`,
  },
  {
    id: "in-what-002",
    setting: "flood",
    role: "medical intern",
    text: `
What? During the 2018 Kerala floods I was a house surgeon and spent eight days in relief camps in a school in Ernakulam district. Fevers, diarrhoea, wound infections, lots of missed insulin and antihypertensives, and, after the first week, leptospirosis. We gave doxycycline 200 mg weekly prophylaxis to everyone who had waded in the water, following the state health department's advisory.

So what? The medicine was simple; the records were not. Patients had lost their prescriptions, and many older people knew their tablets only by colour. "The small white one for pressure" could be amlodipine or telmisartan or three other things.

Now what? I now tell every patient with a chronic illness to keep a photo of their prescription on their phone, and I teach it to the juniors. Our department also now keeps a flood kit with printed chronic-disease medication charts in Malayalam and English. Enthu cheyyanam ennu ariyam, athu mathi: know what to do, that's enough.
`,
  },
  {
    id: "in-gibbs-003",
    setting: "medico-legal case",
    role: "casualty medical officer",
    text: `
Description: A young man was brought to ⟦FACILITY_ROOM|casualty at Gandhi Hospital, Secunderabad⟧ by auto after a road accident on the PV Narasimha Rao Expressway. As it was a road traffic case, I registered an MLC (⟦ID|MLC No. 2417/24⟧) and informed the police outpost. His name was ⟦NAME|Syed Imran⟧, and his friend who brought him kept asking me not to "make it a police case" because ⟦NAME|Imran⟧'s bike papers were not in order.

Feelings: Caught between the friend's fear and the law.

Evaluation: I did the right thing medically: primary survey, CT head, the neurosurgery call. Legally the MLC is mandatory; I explained that gently but I think the friend left thinking I had betrayed them.

Analysis: The Supreme Court judgment in Parmanand Katara (1989) says treatment cannot wait for police formalities, and the Good Samaritan rules protect the person who brings a victim. I knew the first and forgot to tell him the second.

Conclusion / action plan: I now say the Good Samaritan line first, before anything about MLC.
`,
  },
  {
    id: "in-free-004",
    setting: "trauma",
    role: "medical intern",
    text: `
Everyone in our internship quotes the "golden hour" like a mantra. During my emergency posting in Delhi I timed it for a week, informally, on a notebook: from the time of the accident (as the relatives told it) to the time the patient reached our triage desk.

The median was a little over three hours. Some of that was traffic, some was the first hospital that "referred" without treating, and some was the family waiting for an elder to decide. The patients who reached us fastest were the ones picked up by strangers in autos, not by ambulance.

I'm not saying this is research; it's a notebook. But it changed how I think. When we teach BLS to college students in our NSS camp, we now spend time on what bystanders can do in that first hour: stop bleeding with pressure, keep the airway open, don't lift the head, and just bring them.

Dr Bhatia, our unit head, says that an intern's notebook is where audits begin. Maybe I'll make this one formal next year.
`,
  },
  {
    id: "in-comment-005",
    setting: "ambulance",
    role: "nursing student",
    text: `
Didi this is such a good reflection. I think I know this family actually, the father is ⟦NAME|Ramprasad ji⟧ who runs the tea stall near the bus stand, his number is ⟦PHONE|98260 55514⟧, if you want I can ask him how the boy's hand is now. My mausi lives in the next lane. Will message you.
`,
  },
  {
    id: "in-free-006",
    setting: "disaster",
    role: "emergency medicine resident",
    text: `
When the cloudburst hit the pilgrim route last monsoon our department sent a team to the base hospital in the valley. We arrived to a corridor full of wet, cold pilgrims, many elderly, many separated from their groups.

One lady I still think about. Everyone called her ⟦NAME|Amma⟧; her group had given her that name and it stuck on our register too, until her grandson arrived two days later and told us she was ⟦NAME|Kamakshi Venkatraman⟧ from ⟦LOCATION|Thiruvaiyaru⟧. She had a hip fracture, a chest infection and was, by her own count, ⟦AGE|ninety-three⟧. We kept her warm, gave her ceftriaxone, and a femoral nerve block because there was no way she could wait for surgery in the plains. Her UHID, ⟦ID|UK-SGRR-2023-004419⟧, was on a laminated card the grandson stapled into his diary.

What the pilgrimage meant to her was something I could only partly understand; she wanted to know, more than anything, whether she could finish the yatra. She couldn't. We told her so on ⟦DATE|the 11th⟧, and she cried, and then asked for coffee. South Indian filter coffee, in the Himalaya. One of the nurses found some.
`,
  },
  {
    id: "in-what-007",
    setting: "snakebite",
    role: "medical officer",
    text: `
What? Posted to a PHC in rural Maharashtra, I saw six snakebites in one kharif season. Most were Russell's viper or saw-scaled viper, a couple dry bites. The 20-minute whole blood clotting test in a glass tube was my lab. Anti-snake venom 10 vials over an hour, repeated by the 6-hourly 20WBCT.

So what? The national snakebite protocol (2017) is excellent but assumes you can monitor for anaphylaxis with adrenaline ready, which we did, and that you can refer promptly, which we often couldn't. The nearest district hospital was 70 km by a bad road and the 108 had two vehicles for the whole block.

Now what? I trained our staff nurses and ANMs to start ASV themselves, with adrenaline 0.5 mg IM drawn up. I wrote to the block medical officer asking for a third ambulance during the sowing and harvest months. No answer yet; I will write again.
`,
  },
  {
    id: "in-free-008",
    setting: "burns",
    role: "staff nurse",
    text: `
I have worked in a burns unit for nine years, and every year the festival season brings the same three kinds of patient: children with firecracker burns, women with kitchen and saree burns from lamps, and men with electrical burns from stringing lights on rooftops.

We are very good now at the medicine. Parkland formula, early excision, silver sulfadiazine or better dressings when the store has them. What we are not good at is the conversation with the women. Sometimes a kitchen burn is a kitchen burn; sometimes it is not. Our forensic colleagues taught us to ask the dying declaration questions properly, with the magistrate, but the questions before that — "are you safe at home?" — we are still shy of asking.

This year our sister-in-charge started a rule: every adult woman with burns is asked, alone, by a female nurse. It has changed things. I want to write it down so I don't forget how uncomfortable it was to start.
`,
  },
  {
    id: "in-gibbs-009",
    setting: "railway trauma",
    role: "orthopaedics resident",
    text: `
Description: A man fell from a crowded local train between Dadar and Matunga during evening rush hour and was brought by railway police to our hospital. He had an open fracture of the left femur and a degloving injury to the hand. He was in ⟦FACILITY_ROOM|bed 14, Ward 16 at KEM⟧ by midnight. His wife came the next morning from ⟦ADDRESS|Room 7, Shivneri Chawl, Kalachowki, Mumbai 400033⟧ with his Aadhaar card and his employer's letter.

Feelings: Numb. We see one or two of these every week.

Evaluation: Debridement, external fixator, antibiotics within the hour. That went well. What went badly was his wife waiting nine hours in the corridor because nobody had told her which ward.

Analysis: Railway injuries are an epidemic in Mumbai and our system is built around the injury, not the family.

Conclusion: Our unit now gives the railway police the ward number to pass on when they inform the family.

Action plan: Write this up with our social worker, Ms Kulkarni, as a proper audit.
`,
  },
  {
    id: "in-comment-010",
    setting: "medico-legal case",
    role: "forensic medicine faculty",
    text: `
Good reflection. A small warning from someone who teaches forensic medicine: MLC numbers are in police registers and court files, so writing one in a public post is the same as writing the patient's name. Please remove it, and the district as well. Your learning stands completely on its own without them.
`,
  },
  {
    id: "in-free-011",
    setting: "forensic medicine",
    role: "forensic medicine postgraduate",
    text: `
I am a second-year MD forensic medicine resident and I did my first post-mortem as the lead last week, under supervision. It was a young woman from ⟦LOCATION|Bhadoli village near Sirsa⟧, PM number ⟦ID|PM-1187/2024⟧, brought with an inquest report that said "accidental fall into well".

I won't write the findings. What I want to reflect on is her mother, ⟦NAME|Santosh Devi⟧, who waited outside the mortuary for seven hours and asked every person who came out, including the sweeper, "what did she die of?" We are not allowed to tell her; the report goes to the investigating officer. She will wait weeks.

My professor, Dr Sehgal, said something I wrote down: "our patient is dead, but her family is alive, and we forget them." I don't know how to change the rule, but I can at least sit with the mother for five minutes and explain the process. Next time I will.
`,
  },
];
