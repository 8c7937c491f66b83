import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "clerking",
    role: "intern",
    text: `Internship, general medicine unit, district headquarters hospital in Tamil Nadu. ⟦NAME|Muniyammal Amma⟧ came from ⟦LOCATION|Keezhapavur near Tenkasi⟧ with breathlessness and swollen legs, accompanied by her grandson. My job was the case sheet. I was proud of my clerking until my PG, Dr. Senthil, read it and asked what her daily work was. I had written "housewife". She was, it turned out, a beedi roller who had worked eleven hours a day for forty years, and she had never been asked.

Her UHID was ⟦ID|TVL-23-0448917⟧, and for the free scheme the grandson gave her Aadhaar, ⟦ID|${aadhaar("4852 7361 903")}⟧, which I wrote on the sheet and later realised I had also written on a sticky note in my pocket. I tore it up in front of the staff nurse, Selvi akka, who laughed at me but approved.

She was in ⟦FACILITY_ROOM|bed 17, female medical ward, GH Tenkasi⟧ for nine days. Echo showed severe mitral stenosis, probably rheumatic, never treated. Dr. Senthil made me present her again on the round with her occupation, her income, the distance to the hospital and the bus fare, because those decided whether she would come back for penicillin prophylaxis and a balloon valvotomy referral.

The learning is old and simple: "occupation" is not a box. It is how the disease got there and whether the treatment will reach home.`,
  },
  {
    id: "in-what-002",
    setting: "ward round",
    role: "final-year MBBS student",
    text: `**What?** Morning round in the dengue season with Dr. Mehta's unit. Twenty-six patients with fever, every one with a platelet count on the board. I presented a 24-year-old man with a platelet count of 38,000 and asked whether we should transfuse. Dr. Mehta asked me instead for the haematocrit trend and the pulse pressure.

**So what?** I had learned the WHO 2009 dengue classification for exams, and I could recite the warning signs. On the round I still fixated on the platelet number, because that is what the relatives ask about, what the residents write in big letters and what the lab phones about. The dangerous thing in dengue is plasma leakage, and the platelet count is a poor guide to it. He showed us a patient whose haematocrit had risen 20% overnight with a narrowing pulse pressure, and the platelets in that man were 90,000.

**Now what?** I will present fluid status first: pulse, BP with pulse pressure, urine output, haematocrit trend, then platelets. Dr. Mehta also made a point about Kernig's sign and neck stiffness in fever cases, because dengue season hides meningitis too. And I want to learn how to explain to a worried family why we are not giving platelets, because that conversation takes longer than any transfusion.`,
  },
  {
    id: "in-gibbs-003",
    setting: "palliative care",
    role: "postgraduate resident",
    text: `Description: In geriatrics OPD in Amritsar I saw ⟦NAME|Biji Harbans Kaur⟧, ⟦AGE|92 saal⟧ by her own count, brought by her son for "weakness". Her son wanted a drip and a CT. She wanted to be left in peace on the charpai at home.

Feelings: I was uncomfortable. I am trained to investigate. I am not trained to disagree with a son, in Punjabi, in front of his mother.

Evaluation: My unit head, Dr. Gill, took over gently. She asked ⟦NAME|Biji⟧ what she was afraid of. The answer was the hospital itself; her husband had died in one on ⟦DATE|14 April 1998⟧, ⟦DATE|the day after Baisakhi⟧, tied to a drip.

Analysis: I had been about to order the tests because they were easy, and because refusing them felt like neglect. The real work was the conversation, and it needed time, language and some authority I do not yet have.

Conclusion: We agreed on blood tests at home through the local ASHA worker, a review in two weeks and a phone call in between. Her son left his number, ⟦PHONE|+91 98140 55512⟧, and asked for me by name.

Action plan: Learn how palliative care in India is actually organised outside the textbook; practise asking "what matters to you" before "what is wrong"; and ask Dr. Gill to let me lead the next such conversation with her in the room.`,
  },
  {
    id: "in-free-004",
    setting: "pharmacy",
    role: "pharmacy intern",
    text: `Pharm.D. internship, fifth year. On my first week in the hospital pharmacy I nearly dispensed Losar instead of Lasix. The strip looked right, the colour was wrong, and I only noticed because the senior pharmacist, Mr. Krishnan, makes every intern read the brand name aloud while pointing at it.

Look-alike, sound-alike drugs are a well-known problem in India, where brand names multiply faster than anyone can learn them. Our department keeps a list: Losar and Lasix, Zantac and Zyrtec, Daonil and Diamicron, and several combinations of metformin and glimepiride whose names differ by a single letter. Mr. Krishnan says the list grows every year.

I reported my near miss in the pharmacy's error book. The hospital's pharmacovigilance officer, Dr. Radhika Iyer, came to talk to us about tall-man lettering (furosemide written as "furoSEMIDE") and about separating look-alikes on the shelves. She also said something that stuck: the error was not mine alone; it was the shelf's, the supplier's and the prescriber's illegible handwriting.

I am writing this because I was ashamed and did not want to tell anyone, and telling people was the most useful thing I did. For the rest of my internship I will read the name aloud, keep generic names in my head rather than brands, and report every near miss, not only the ones that someone else saw.`,
  },
  {
    id: "in-free-005",
    setting: "consent",
    role: "nursing student",
    text: `B.Sc. Nursing, third year, obstetrics posting. ⟦NAME|Smt. Lakshmi Devi⟧, a 23-year-old primigravida, was posted for an emergency LSCS for foetal distress. Her IPD number was ⟦ID|2024/OBG/17736⟧ and the consent form was brought to her husband, not to her. The doctor explained in Hindi, very fast; the husband signed, and ⟦NAME|Lakshmi⟧ was wheeled into theatre before anyone asked her.

I was holding her hand. I said nothing. Afterwards I asked my clinical instructor, Mrs. Thomas, whether that was legal. She said the law is clear that the woman is the one who consents, and the practice in many wards is different, and our job is to close that gap without delaying an emergency.

Later in the posting, ⟦NAME|Lakshmi⟧'s mother-in-law gave me their address, ⟦ADDRESS|House No. 62, Gali No. 4, Shiv Vihar, Karawal Nagar, Delhi 110094⟧, asking me to visit and check the wound, because I was "like a daughter". I explained I could not, and told her about the PHC postnatal visits instead.

Two learnings. First, consent in an emergency can still be given by the woman in thirty seconds, if someone looks at her and asks. Second, kindness from families often comes with an invitation into their lives, and I need a kind way to say no.`,
  },
  {
    id: "in-what-006",
    setting: "OSCE",
    role: "final-year MBBS student",
    text: `**What?** My final professional exam long case in paediatrics was a 9-year-old with rheumatic heart disease. The examiners were Dr. Banerjee and an external examiner from Kolkata. I presented the modified Jones criteria well and then could not answer why the child had missed her benzathine penicillin injections.

**So what?** I had clerked the disease, not the child. The mother had told me, almost in passing, that the injections hurt, that the PHC nurse was often absent, and that the school did not allow her to miss the monthly class test. I had written none of it because none of it felt like "history". Dr. Banerjee said secondary prophylaxis fails for reasons outside the hospital and that an exam answer about rheumatic heart disease in India that ignores them is incomplete.

**Now what?** I passed, but that question is the one I remember. I am going to include a short "barriers" section in every chronic disease history: cost, travel, pain, school, who gives the medicine. I will also read the 2018 national rheumatic fever guidelines, which I only skimmed. My friend Ananya and I have decided to swap long cases on the wards this month and ask each other only about the social history, for practice.`,
  },
  {
    id: "in-free-007",
    setting: "professionalism",
    role: "intern",
    text: `The family of ⟦NAME|Mr. Ramesh Pillai⟧, admitted with a stroke, added me to their WhatsApp group, "⟦OTHER|Achan ICU Bed 6 Updates 🙏⟧", after I had explained his CT to them once. Within a day there were eighty messages: photos of his monitor, a picture of his chart, questions at midnight. His daughter, ⟦NAME|Anjali⟧, emailed me from ⟦EMAIL|anjali.pillai84@example.in⟧ with scans of old reports and asked me to forward them to "the big doctor".

I was flattered and then trapped. Every reply I made in the group was a medical opinion given without the team and recorded forever. My senior resident, Dr. Farhan, told me to leave the group politely, and to direct the family to the twice-daily updates in the family room that the unit already holds at 11 and 5. Leaving felt rude. I posted one message saying I would see them at the family meeting and left.

The unit's policy on messaging apps is short and sensible: no patient information on personal phones, no clinical advice in groups, and all updates by the treating team in person or by official phone. I had not read it. I have now.

What I learned: the family did nothing wrong. They were frightened and wanted a direct line. It is my job to draw the boundary and to make sure the official line is good enough that they do not need a WhatsApp group.`,
  },
  {
    id: "in-free-008",
    setting: "breaking bad news",
    role: "medical faculty",
    text: `I teach communication skills to interns at a medical college in Maharashtra. This week we practised breaking bad news in Marathi and Hindi, not in English, for the first time. The change was dramatic.

In English, our interns are fluent with the SPIKES protocol. They say "I'm afraid I have some bad news," they pause, they check understanding. In Marathi, most of them did not know how to say "cancer" gently, or whether to use the word at all. Several used euphemisms like "gaath" (a lump) and left it there. One intern, Rohan, said the word "karkrog" and then apologised to the simulated relative for saying it.

We discussed how families in our setting often ask us not to tell the patient, and how collusion is common. Dr. Kulkarni from oncology joined us and explained how she negotiates this: she asks the family what they fear will happen if the patient knows, and she asks the patient how much they want to know, separately. Neither is a rule; both are skills.

My reflection as a teacher: I have been teaching a protocol designed in another language and culture and assuming it translates. It does, partly. Next batch, I will run the sessions in the languages the interns will actually use at 3am, and ask senior nurses, who do this daily, to co-teach.`,
  },
  {
    id: "in-comment-009",
    setting: "professionalism",
    role: "intern",
    text: `Same happened to me last month. After I left, ⟦NAME|Anjali⟧ found my number and messaged me directly about ⟦NAME|Mr. Pillai⟧'s MRI. I forwarded it to Dr. Farhan and replied that the team would discuss it at the 5 o'clock update. Maybe we should give families a printed card with the unit landline on day one.`,
  },
  {
    id: "in-free-010",
    setting: "night shift",
    role: "postgraduate resident",
    text: `First night as a first-year resident in casualty at a government medical college in Hyderabad. Between 10 pm and 8 am we saw forty-three patients, including four snake bites, two organophosphate poisonings and one road traffic accident with a GCS of 6 who went to neurosurgery.

The snake bites taught me the most. I had the 20-minute whole blood clotting test memorised, and I did it on the first patient properly. By the fourth, at 4 am, I was tempted to skip the repeat test after antivenom. Sister Mary, who has worked in that casualty for twenty-two years, saw me and said nothing, only put a fresh glass tube in my hand.

The organophosphate cases were harder. Atropine until the chest is clear, not until the pupils dilate; I knew it, and I still watched the pupils. My senior, Dr. Reddy, taught me to listen to the chest every five minutes and to write the atropine doses on the wall chart in marker, so the next person could see the trend.

What I learned: protocols are easy at 10 pm and hard at 4 am. The nurses are the memory of the department. And the best thing a senior did all night was to let me run the first case and stand quietly behind me.`,
  },
];
