import type { SourceItem } from "../../corpus/types.ts";

export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "oncology ward",
    role: "oncology resident",
    text: `Night on the oncology ward in Lahore. Forty-two beds, two residents, one nurse per twelve patients.

At 1am the attendant of ⟦NAME|Haji Muhammad Aslam⟧, the old man everyone calls ⟦NAME|Bao ji⟧, woke me because his breathing had changed. He has metastatic carcinoma of the oesophagus and had been vomiting blood since evening. His son ⟦NAME|Tariq⟧ held out the file with the CNIC photocopy on top — ⟦ID|35202-6614823-7⟧ — as if the right document would make me do something different.

There was nothing to do that would change the outcome, and I had to say so in Punjabi to a man twice my age. “Tariq sahib, abba ji ka waqt qareeb hai.” He nodded, and asked whether they could take him home to ⟦LOCATION|Chak 118 JB near Gojra⟧ before morning, so he could be buried next to his wife. We discharged him against no advice at all — with a morphine syrup prescription, a letter, and my number written on it instead of the ward number. Tariq called twice from ⟦PHONE|0300 5550192⟧ on the road. Bao ji died at Fajr, at home.

I am not sure I did anything medical that night. I think I did something right.`,
  },
  {
    id: "pk-what-002",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `**What?** In our palliative clinic in Karachi, families often ask us not to tell the patient the diagnosis. Yesterday a son said, “Sister, ammi ko mat batana, woh toot jayengi.” Don’t tell mother, she will break.

**So what?** I used to see this as a barrier to good care. Now I think it is love expressed in a way our training does not recognise. But when the patient herself asks, “Mujhe kya hua hai?”, we cannot lie. The WHO definition of palliative care puts the patient and family together; it does not say who gets to know first.

**Now what?** I have started asking families, before they see the doctor, what the patient already suspects. Usually the patient knows. Often the patient is protecting the family at the same time the family is protecting the patient. I say that out loud, gently, and most families relax. Our consultant, Dr. Zaidi, now asks this too. It has made our clinic slower and kinder.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "breast oncology",
    role: "surgical oncology registrar",
    text: `Description: ⟦NAME|Nasreen Bibi⟧, 38, a schoolteacher from Sheikhupura, came back to clinic with a fungating left breast lump. She had been diagnosed eighteen months earlier at ⟦FACILITY_ROOM|Shaukat Khanum⟧ and had refused mastectomy because her in-laws said no man would marry her daughters if people knew. Her MR number was ⟦ID|MR-0917-2264⟧ on the old file; I asked her to bring it.

Feelings: frustration at the in-laws, then shame at my frustration, because I did not have to live in that house.

Evaluation: She came back. That is the success. She chose to come on ⟦DATE|Chaand Raat⟧, because everyone at home would be busy with mehndi and nobody would ask where she was.

Analysis: Stigma about breast cancer in Pakistan is documented; Pink Ribbon Pakistan campaigns about it every October. But a campaign is not the same as having a female surgeon and a private room.

Conclusion: She agreed to neoadjuvant chemotherapy and surgery, with her sister present, not her husband.

Action plan: Our unit now has a lady health visitor in clinic on Tuesdays to sit with women who come alone, and I will offer every woman the option of a female doctor for examination.`,
  },
  {
    id: "pk-free-004",
    setting: "medical student placement",
    role: "medical student",
    text: `My first death as a third-year student in Peshawar.

He was an old man with lung cancer, and when the resident said nothing more could be done, his sons did not argue. They sent for a maulana, turned his bed to face the qibla, and someone began reciting Surah Yaseen softly. I did not know where to stand. The nurse, Sister Shaheen, took my elbow and moved me to the foot of the bed, and said, “Bas yahan khade raho, beta. Dua karo.” Just stand here, child. Pray.

When he died, the sons said “Inna lillahi wa inna ilayhi raji’un” together, and the eldest closed his eyes and tied his jaw with a strip of cloth from his own shawl. Nobody cried loudly. Within an hour they had the body in a van heading home, because burial should be quick.

In the anatomy hall we learn death as dissection. On the ward I learnt it as a family practice with its own rules. I want to understand those rules, for every patient I care for, whatever their faith.`,
  },
  {
    id: "pk-comment-005",
    setting: "oncology ward",
    role: "house officer",
    text: `Bhai, beautiful post but ⟦NAME|Bao ji⟧ is literally what the whole ward called him, and you wrote the chak and the tehsil. My cousin lives in ⟦LOCATION|Chak 118⟧ and forwarded this to me asking if it was ⟦NAME|Aslam sahib⟧. Please take the CNIC line out at least. Zyada log parhte hain jitna hum sochte hain.`,
  },
  {
    id: "pk-free-006",
    setting: "home palliative care",
    role: "family physician",
    text: `I do home visits for palliative patients in Islamabad on Saturdays, unpaid, mostly for families who cannot manage the hospital queues.

One family posts everything. ⟦NAME|Amma Zubaida⟧, who has metastatic cervical cancer, is the star of her grandson’s TikTok, ⟦OTHER|@zaid_and_amma_isb⟧, which has videos of her singing Punjabi boliyan from her bed. The videos are joyful. They also show her morphine bottle, her catheter bag and, in one, the number plate of my car — ⟦OTHER|LEB 19 4471⟧ — parked outside their house in ⟦ADDRESS|House 27, Street 14, G-9/2, Islamabad⟧.

I asked the grandson, gently, to blur my car. He did. I did not ask him to stop posting Amma; she loves it, and she told me, “Doctor sahib, mujhe famous ho ke marna hai.” I want to die famous.

What I am still thinking about: who owns a dying person’s image? She consents, clearly and repeatedly. Her daughters are uncomfortable. Her grandson feels he is keeping her alive in some way. I have no answer. For now my rule is only for myself: I do not appear in the videos and I do not comment.`,
  },
  {
    id: "pk-what-007",
    setting: "oncology pharmacy",
    role: "oncology pharmacist",
    text: `**What?** For six weeks this year our hospital could not get cisplatin or carboplatin from any supplier in Punjab. Patients on curative regimens for testicular cancer and cervical cancer were delayed.

**So what?** A platinum shortage is not a logistics problem, it is a survival problem. BEP for a germ cell tumour is one of the most curable regimens in oncology, and a delay of weeks reduces cure. Our doctors switched some patients to alternatives that were not equivalent. I had to say “we do not have it” to a young man’s mother at the counter, and she offered to pay anything. Money was not the issue. The drug was not in the country.

**Now what?** I started a shared spreadsheet with pharmacists at three other cancer centres to lend each other vials in an emergency. We reported the shortage to DRAP and to our provincial health department. I also learnt to prioritise using ESMO’s guidance on rationing, so that curative patients get the first vials. It is an awful list to make, and I would rather make it with a framework than by who shouts loudest.`,
  },
  {
    id: "pk-free-008",
    setting: "radiotherapy",
    role: "radiation oncologist",
    text: `I have never given palliative radiotherapy to anyone older than ⟦NAME|Mai Bakhtawar⟧. By her CNIC she was ⟦AGE|92 saal⟧ when she arrived at ⟦FACILITY_ROOM|NORI’s bunker 2⟧ with a bleeding vulval tumour. Her son said she was older, “kam az kam sau saal,” at least a hundred, because she remembered the partition as a married woman.

We gave 8 Gy in a single fraction to stop the bleeding. She lay on the couch with her prayer beads and did not move once. Her daughter-in-law ⟦NAME|Shazia⟧ said she had not left their village in forty years.

She died at home on ⟦DATE|14 Rabi ul Awwal 1446⟧; the family sent word through the driver who brings patients from their district every week. The bleeding had stopped.

Why this matters: we often deny radiotherapy to very old patients as “not worth it”. A single fraction, one trip, no admission — for her it was the difference between dying with dignity and dying in a soaked bed.`,
  },
  {
    id: "pk-gibbs-009",
    setting: "oncology social work",
    role: "medical social worker",
    text: `Description: Every morning there is a queue of families outside my office asking for Zakat. I decide, with a committee, who gets help with chemotherapy costs.

Feelings: I go home most days feeling I have played God with a spreadsheet.

Evaluation: The system is better than nothing. Zakat, Bait-ul-Mal and the Sehat Sahulat card together pay for a large share of treatment for poor families. But each has its own forms, and a mother from Bahawalpur cannot be expected to know which one applies to her son’s lymphoma.

Analysis: Financial toxicity is now a recognised term in oncology literature. Here it is not toxicity, it is the main side effect. Families sell land, cattle, gold. Some stop treatment after cycle two of ABVD, when Hodgkin lymphoma is still curable.

Conclusion: I cannot fix the funding. I can make the route through it shorter.

Action plan: With our oncology head, Dr. Farooq, I am drafting a single intake form that screens for all three sources at once, in Urdu and Saraiki, and a short script for residents to refer families to me on the day of diagnosis, not after the first unpaid bill.`,
  },
];
