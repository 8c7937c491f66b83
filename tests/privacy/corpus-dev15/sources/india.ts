import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: ASHAs and PHCs, outreach camps, mobile medical units, palliative home care, TB, the Sundarbans. */
export const IN: SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "community medicine",
    role: "medical intern",
    text: `
Description: Rural posting, PHC in Jodhpur district, third week. Sunita didi, our ASHA, took me on her home visits because she had a high-risk pregnancy she was worried about. We walked to ⟦LOCATION|the dhani behind the old baori, two kilometres past Khejarli⟧ to see ⟦NAME|Kamla Devi⟧, 24, G3P2, thirty-four weeks, with swollen feet and a headache since ⟦DATE|the day after Teej⟧. BP on Sunita didi's machine was 160/110. Urine dipstick 2+ protein.

Feelings: My heart was going faster than her BP. I kept thinking "eclampsia, eclampsia" and we were an hour from the CHC on a road the 108 ambulance hates.

Evaluation: Sunita didi was calmer than me. She had already called the ambulance and told ⟦NAME|Ramesh ji⟧, the husband, to bring the MCP card (number ⟦ID|RJ-JD-0419-2271⟧) and her Aadhaar, ⟦ID|${aadhaar("4827 3915 062")}⟧, because without them the JSY payment and the referral slip become a fight at the gate. I gave the loading dose of magnesium sulphate (4 g IV over 15 minutes plus 5 g IM in each buttock, Pritchard regimen) because we carry it now, and labetalol 20 mg.

Analysis: In college, pre-eclampsia was a viva question. In the dhani it was a question of who owns a phone, whose tractor is free, and whether the family believes the new doctor. Sunita didi has their trust; I borrowed it.

Conclusion: ⟦NAME|Kamla⟧ was delivered by caesarean at the district hospital the same night. Baby in SNCU, doing well.

Action plan: Learn the referral paperwork as well as the drug doses; carry a printed MgSO4 chart in Hindi for the ASHAs; ask the MO to run a BP-machine refresher at the next ASHA sammelan.
`,
  },
  {
    id: "in-what-002",
    setting: "outreach camp",
    role: "community medicine postgraduate",
    text: `
What? Two-day screening camp in Koraput district with our department, under the RBSK and school health programme. We saw about 600 children and adolescents in a school building, with a generator, a Sahli's haemoglobinometer and a lot of patience. Dr Mohanty, our HOD, insisted we do sickle cell solubility tests on everyone from the tribal hostels, and eleven were positive.

So what? The anaemia numbers were brutal: most adolescent girls had Hb between 7 and 9 g/dL, and several told us, in Desia through our translator Jagannath bhai, that they throw the IFA tablets away because they make them vomit. On paper the programme works. Weekly IFA, deworming with albendazole 400 mg twice a year, the Anemia Mukt Bharat poster on every wall. In the hostel dormitory, the tablets were in a box under a bed.

Now what? I want my thesis to be about why girls stop taking IFA, not just how many are anaemic, because we already know how many. I've drafted a short questionnaire in Odia with Jagannath bhai, and Dr Mohanty has agreed to let me present it at the district health society meeting in November. I'm also going to learn more Desia than "johar" and "kemti acho".
`,
  },
  {
    id: "in-free-003",
    setting: "mobile medical unit",
    role: "medical officer",
    text: `
Posted with the mobile medical unit in Spiti this summer. We do a circuit of the high villages once a month, a Force Traveller full of drugs and a driver, Tenzin, who can reverse down a cliff road with one hand.

In ⟦LOCATION|the last house above the gompa in Kibber⟧ we saw ⟦NAME|Ama-le Dolma⟧, who is ⟦AGE|91⟧ by her own account and by her grandson's papers, with a fractured wrist from a fall on the ice two weeks earlier. Nobody had brought her down because the road was closed. The wrist had healed in a dinner-fork position. She could still spin wool, she said, so why fuss.

Her grandson works in Manali as a taxi driver, and he asked me to call him, not her, with any news: ⟦PHONE|+91 94180 55521⟧. She overheard and told him off in Bhoti, and he laughed and handed me the phone.

I've been thinking about what counts as a good outcome here. A Colles' fracture in a city would be reduced and plastered in an hour. Here, the fracture had already decided. What I could offer was analgesia (paracetamol, not NSAIDs at her age and altitude-dehydration), a check of her vitamin D and calcium intake, and a conversation with the family about ice on the path to the toilet. They put down ash the same afternoon.

The MMU is the only doctor many of these families see all year. I'm learning to measure our work in paths made safe as much as in prescriptions.
`,
  },
  {
    id: "in-free-004",
    setting: "night shift",
    role: "medical officer",
    text: `
Night duty at a CHC in eastern Uttar Pradesh. One MO (me), two staff nurses, one labour room, and the nearest blood bank fifty kilometres away.

At 1:30am a primigravida delivered a healthy 3.1 kg boy and then started bleeding. Atonic PPH, classic. Staff nurse Rekha was already rubbing the uterus before I'd put my gloves on. Oxytocin 10 IU IM had been given for active management; we started an infusion of 20 IU in 500 mL RL, gave misoprostol 800 mcg sublingually, and tranexamic acid 1 g IV as per the WOMAN trial. I put in a second cannula while the mother-in-law shouted "kuch karo, doctor sahab" at the door.

Estimated blood loss was about 1,200 mL by the time the uterus stayed firm. Hb the next morning was 6.8. We referred her to the district hospital for transfusion with an escort, and she did well.

What I'm reflecting on: I had read about the E-MOTIVE bundle in 2023 but we hadn't implemented the calibrated drape, so we guessed the blood loss. A guess of 500 mL would have delayed everything. Rekha's hands were faster than my thinking, and her experience saved the night more than my MBBS.

Plan: ask the block programme officer for calibrated drapes, run a PPH drill with the nurses every month, and stop pretending that I lead the labour room at night when Rekha has done it for twelve years.
`,
  },
  {
    id: "in-comment-005",
    setting: "community medicine",
    role: "medical intern",
    text: `
Great reflection yaar, the bit about borrowing the ASHA's trust is so true. But please edit before posting on the department blog: the Aadhaar is sitting there in full, ⟦ID|${aadhaar("4827 3915 062")}⟧, plus the MCP number and the dhani. Anyone from that block could identify the family in one minute. Just say "a village near the PHC". — Harsh
`,
  },
  {
    id: "in-what-006",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
What? Home-care round with our neighbourhood palliative care unit in Alappuzha district. We visited ⟦NAME|Thresiamma⟧ (everyone calls her ⟦NAME|Ammachi⟧), who has oral cancer and a fungating wound on the cheek, at ⟦ADDRESS|House No. 14/302, Pallipuram P.O., Alappuzha 688541⟧. Her daughter-in-law ⟦NAME|Bindu⟧ does all the dressings. This was our last visit before ⟦DATE|Vishu⟧, and ⟦NAME|Ammachi⟧ made us promise to come back after, "⟦DATE|Vishu⟧ kazhinju varanam."

So what? The wound smelled terrible and the family had been keeping her in the back room because of visitors. We started metronidazole gel on the wound, changed the dressing to charcoal, and the smell was much less within three days. ⟦NAME|Bindu⟧ said the best part was that the grandchildren came back into the room. The medicine mattered less than the dignity.

Now what? Volunteers from the panchayat do most of the visits in our model, and I want to train them in malodorous wound care, because it's the thing families are most ashamed to ask about. Our course tutor, Dr Suresh, used to say "the smell is the patient's loneliness"; I want to make that a practical session with real dressings, not a lecture.
`,
  },
  {
    id: "in-gibbs-007",
    setting: "tribal health",
    role: "medical intern",
    text: `
Description: Internship rotation at a PHC in Bastar, in the middle of the monsoon. A boy of about eight was carried in by his father on a bicycle with fever, rigors and vomiting. RDT positive for Plasmodium falciparum. He was drowsy but rousable, GCS 13, with a Hb of 6.2.

Feelings: Scared. Severe malaria was something I'd seen on slides in the microbiology practical, not on a bench in a room with a leaking roof.

Evaluation: Dr Tirkey, my MO, talked me through it calmly: artesunate 2.4 mg/kg IV at 0, 12 and 24 hours, glucose checks every four hours, and referral once he was stable enough for the jeep. He was transferred on day two and recovered fully.

Analysis: I kept wanting to send him immediately, but the roads were flooded and the jeep would have been a longer, worse risk than giving the first artesunate dose here. The national guideline (2014) allows pre-referral artesunate exactly for this situation. The father, who spoke Gondi, kept saying something I didn't understand; our pharmacist Mahesh translated that he wanted to know whether his son would be "taken" by the hospital like his cousin had been. Fear of the hospital is as real as the parasite.

Conclusion: Good medicine in the wrong place is still the wrong plan; good medicine at the right moment can be humble.

Action plan: Learn the pre-referral protocols by heart; learn basic Gondi greetings; keep a monsoon stock checklist for artesunate and glucose.
`,
  },
  {
    id: "in-free-008",
    setting: "tb home visits",
    role: "public health trainee",
    text: `
My MPH field posting is with the TB programme in an urban ward of Mumbai, doing home visits for people on treatment. Most of my days are paperwork and staircases.

⟦NAME|Salim Shaikh⟧ is on the longer oral regimen for MDR-TB; his Nikshay ID is ⟦ID|10483927⟧. He was in ⟦FACILITY_ROOM|bed 12, Ward 3 at Sewri TB hospital⟧ for a month and now lives in a single room with his wife and three children. He told me, in Hindi mixed with Dakhni, that the bedaquiline made his heart "dhak dhak" and he had stopped for four days. His QTc on the last ECG was 486 ms, which is exactly why it matters.

I felt out of my depth. I'm not a clinician, I'm a public-health trainee with a questionnaire. I rang the DR-TB centre from the landing outside his room and got him an ECG the next day; the doctor held the bedaquiline and adjusted the rest.

What I'm reflecting on: our indicators count "treatment interruptions" as a number, and I was supposed to mark the box. But a four-day interruption was actually a patient noticing a real side effect and having nobody to tell. The Ni-kshay Poshan Yojana money arrives, the drugs arrive, but the phone line to a person who understands palpitations doesn't exist.

I'm writing this up for my field report with a recommendation that treatment supporters get a simple "call if" list in Hindi and Marathi. My supervisor, Dr Kulkarni, thinks the state programme might actually pilot it.
`,
  },
  {
    id: "in-comment-009",
    setting: "night shift",
    role: "staff nurse",
    text: `
Respect for writing the last line. Most MOs would never say it. In our CHC in Bihar also the labour room runs on the senior sister's hands at night. One suggestion: the drape is nice but even a bucket and a weighing scale for the pads gives a better number than eyes. We started doing that after a PPH drill last year.
`,
  },
  {
    id: "in-what-010",
    setting: "boat clinic",
    role: "medical officer",
    text: `
What? Posted for three months on a boat clinic that covers the islands of the Sundarbans. We anchor at a ghat, set up under a tarpaulin, and people come across the mud. Last week a fisherman was brought in with a krait bite from the night before: ptosis, slurred speech, no local swelling. The 20-minute whole blood clotting test was normal, which fits a neurotoxic bite.

So what? We gave 10 vials of polyvalent ASV and neostigmine with atropine, and bagged him while the boatman, Haru da, pushed the engine to the block hospital. He needed ventilation for two days and went home. What I keep coming back to is the delay: his family took him to the ojha first, who cut the bite and tied a tight tourniquet. By the time they came to us it was six hours.

Now what? Blaming the ojha is easy and useless. He is the first person people trust. Our team has started inviting the local healers to the boat to talk about what to do on the way, the "do it R.I.G.H.T." approach from the snakebite training, and one of them now carries our phone number. I'm also learning enough Bangla to say "bhoy nei, ami achhi" properly, because people need reassurance before they need antivenom.
`,
  },
  {
    id: "in-free-011",
    setting: "community medicine",
    role: "general practitioner",
    text: `
I'm a GP in a small town in Punjab and this week I did my first teleconsult for a patient whose entire family lives abroad. ⟦NAME|Sardarni Gurmeet Kaur⟧ is diabetic, lives alone in the family house, and is known locally as ⟦OTHER|the only woman in Pandori who still drives the family tractor to the mandi⟧. Her son in Dubai emails me her sugar readings from ⟦EMAIL|harjit.sandhu.dxb@gmail.com⟧ because the glucometer syncs to his phone, not hers.

The readings were all over: 62 in the morning, 340 after lunch. She's on glimepiride 2 mg and metformin 1 g BD, and the son had been adjusting the glimepiride himself, "thoda sa kam", based on what he read on a forum.

I saw her in person on Friday. She was upset that her son had told me everything; she thought she was managing fine. I had to be careful not to become the son's instrument. She has capacity, she understood the risks when I explained hypoglycaemia, and she wanted to keep driving.

We agreed: stop glimepiride, start a DPP-4 inhibitor, and I'd talk to her, not just to the son. The son still gets a monthly summary, with her permission.

What I'm learning is that the diaspora changes how families do medicine. The people making decisions may be in Dubai, Brampton or Birmingham, with better data and less context than the patient in front of me. Mata ji said it best: "Beta, he loves me from far away, and from far away everything looks like an emergency."
`,
  },
];
