import type { SourceItem } from "../../corpus/types.ts";

export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "night shift",
    role: "house officer",
    text: `
Night call for medicine, Port Harcourt. I dey write this one so I no go forget.

⟦NAME|Mama Boma⟧ (⟦NAME|Mrs. Ibiere Boma-George⟧ for the folder) came in at 1 am, unconscious, RBS reading “HI” on our glucometer. Folder number ⟦ID|UPTH/MED/25/0917⟧. Her daughter ⟦NAME|Tamunosiki⟧ said she had stopped her insulin because “pastor said she is healed.” Ketones ++++, pH we could not check because the ABG machine was down again.

I started normal saline, 1 L stat, then 1 L over 2 hours, and insulin infusion using the ward protocol. K+ came back 3.1, so I added potassium before increasing the insulin. Registrar, Dr. Ogechi, reviewed by 3 am and was happy.

The part I want to reflect on is how I spoke to ⟦NAME|Tamunosiki⟧. My first reaction was vex: I said something like “this is what happens when you listen to pastors.” She started crying. I regretted it immediately. She is 22 and was just doing what her mother wanted.

In the morning I apologised. We talked properly. She gave me her number, ⟦PHONE|0803 555 2716⟧, and asked if I could explain insulin to her mother once she woke up. We did that together on the ward, ⟦FACILITY_ROOM|female medical ward, bed 8, UPTH⟧, with the diabetes nurse, Nurse Ibinabo, who also attends the same kind of church and knew how to say it.

Learning: anger at a belief is useless; partnership with the person works. And never judge a relative at 1 am.
`,
  },
  {
    id: "ng-what-002",
    setting: "paediatrics",
    role: "nursing student",
    text: `
What? In my paediatric nursing posting in Ibadan, I nursed a 9-year-old girl with sickle cell disease in a vaso-occlusive crisis. She had pain in both legs and her back, rated 9/10 on the Wong-Baker faces scale. My preceptor, Nurse Adebayo, asked me to plan her care.

So what? I planned IV fluids, warm compresses and paracetamol. Nurse Adebayo reminded me that severe crisis pain needs opioids, and the doctor prescribed morphine 0.1 mg/kg. I had a fear of giving morphine to a child. When I looked at the NICE guideline (CG143, 2012) and our hospital's sickle cell protocol, I saw that analgesia should be given within 30 minutes of arrival. The girl had waited more than an hour. Her mother told me that this happens every time and that many nurses think sickle cell patients are “drug seekers”. That made me sad because I am guilty of thinking like that.

Now what? I want to change my attitude. I will learn about pain assessment tools and reassess pain every 30 minutes after analgesia. I will also talk to my classmates about stigma in sickle cell care. I want to do my final year project on time-to-analgesia for children with sickle cell crisis. My supervisor, Dr. Olanrewaju, agreed to meet me next Wednesday to discuss it.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "internal medicine",
    role: "medicine resident",
    text: `
Description: I am a senior registrar in internal medicine in Kano. On ⟦DATE|Monday 6 October⟧, ⟦NAME|Malam Sani Garba⟧, ⟦AGE|95⟧, was brought to ⟦FACILITY_ROOM|Ward 7 at AKTH⟧ from ⟦LOCATION|Kafin Agur⟧, a village about two hours away, with a dense right hemiplegia and aphasia. His sons said he had been a Qur'anic teacher for seventy years. His eldest son, ⟦NAME|Alhaji Bashir Sani⟧, took all the decisions.

Feelings: I felt uneasy, because the family wanted everything done, including a feeding tube and ICU, and I thought the prognosis was very poor.

Evaluation: I organised a family meeting with our consultant, Dr. Hadiza Bello, and an imam from the hospital mosque. This was the best thing we did. The imam explained that Islam does not require futile treatment, and the family agreed to comfort-focused care with nasogastric feeding for some weeks.

Analysis: Good communication about end-of-life care must respect faith. I had assumed religion would be a barrier, but it became a help. Our medical ethics teaching focused on the four principles (Beauchamp and Childress, 1979) but not much on religious frameworks.

Conclusion: Including a faith leader, when the family wants one, can make hard conversations easier and more honest.

Action plan: Learn more about Islamic bioethics; suggest a chaplaincy and imam contact list for the wards; discuss at the next departmental seminar. ⟦NAME|Malam Sani⟧ went home to ⟦LOCATION|Kafin Agur⟧ on day 12, with his family.
`,
  },
  {
    id: "ng-free-004",
    setting: "surgery",
    role: "surgery resident",
    text: `
A near miss in theatre I have been thinking about for a week.

We were about to start a left inguinal hernia repair in a 40-year-old man at our teaching hospital in Ile-Ife. The WHO surgical safety checklist was on the wall, but honestly we usually do the “time out” very quickly. On this day our new theatre nurse, Sister Folake, insisted that we stop and read each item. When she asked “site marked?”, we saw the arrow had been drawn on the right side. The consent form said left. The patient, when woken in the anteroom, said “left”.

It turned out that the house officer had marked the site on the wrong side during a rushed ward round, standing at the foot of the bed and facing the patient. Nobody checked. Our consultant, Prof. Adewale, said that this was exactly why the checklist exists, and he thanked Sister Folake in front of everybody.

I felt shame because I was the resident who signed the preoperative checklist. I also felt grateful.

What I have learned: the checklist only works if someone is allowed to slow us down, and if we do not treat it as a formality. Hierarchy in Nigerian theatres makes it hard for junior nurses to speak up. I will now do site marking myself with the patient awake and pointing, and support the nurses when they stop the team. I am also presenting this at our surgical audit meeting next month.
`,
  },
  {
    id: "ng-free-005",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
I run a community pharmacy in Enugu and I want to reflect on a privacy mistake.

An elderly customer, ⟦NAME|Chief Okwudili Eze⟧, who lives ⟦LOCATION|behind St Mary's Catholic Church at Amechi Awkunanaw⟧, buys his antihypertensives and his tamsulosin from us. His daughter in Lagos pays for the medicines online and I send her an email receipt each month to ⟦EMAIL|adaeze.eze.lag@gmail.com⟧. His NIN, ⟦ID|48215096731⟧, is on his pharmacy record because we needed it for his NHIA registration.

Last month my new assistant sent the monthly receipt, with the drugs listed, to another customer with a similar email address. The other customer replied politely to tell us. Nothing terrible happened, but ⟦NAME|Chief Eze⟧ was very upset that a stranger now knew about his prostate problem, and he was right.

I called the daughter to apologise. I also visited the chief at home. He forgave us, after some time and two bottles of Malta Guinness.

What I learned: I had focused on dispensing accuracy and forgot that communication also carries risk. The NDPA 2023 and the Pharmacists Council of Nigeria code both expect confidentiality. We have changed our process so that receipts list only the total amount, and the assistant now double-checks the email address with the customer at every change. I will also do a short data protection course online.
`,
  },
  {
    id: "ng-what-006",
    setting: "physiotherapy",
    role: "physiotherapist",
    text: `
What? I work as a physiotherapist in a teaching hospital in Abuja. I treated a 30-year-old okada rider after a below-knee amputation from a road traffic crash. He refused to do his exercises for three sessions and kept saying he wanted to die.

So what? I had been focusing on the stump: oedema control, range of movement, strengthening. I didn't notice how depressed he was. My head of department, Dr. Nkechi Obi, suggested I use the PHQ-9. His score was 19, moderately severe depression. We referred him to psychiatry and also to the hospital social worker, because his worry was mainly about feeding his family without his motorcycle.

Now what? I realised that rehabilitation is physical, psychological and social all at the same time. The WHO rehabilitation framework (Rehabilitation 2030) talks about this but I never applied it. I will add a simple mood screening to my initial assessment. I am also going to connect with a local NGO that provides prosthetic limbs at reduced cost, and I will involve patients' families earlier. He is now doing his exercises and started walking with a temporary prosthesis this week. When he laughed at my joke in Hausa, I knew something had changed.
`,
  },
  {
    id: "ng-gibbs-007",
    setting: "obstetrics",
    role: "midwife",
    text: `
Description: I am a midwife on the labour ward at ⟦FACILITY_ROOM|LASUTH⟧ in Ikeja. On the night of ⟦DATE|22 September⟧, ⟦NAME|Mrs. Funmilayo Adeyemo⟧ delivered a baby boy after prolonged labour. ⟦NAME|Baby of Funmilayo⟧ did not cry at birth. Apgar 3 at one minute. We resuscitated using Helping Babies Breathe: drying, stimulating, bag and mask ventilation. By five minutes he was pink and crying, Apgar 8.

Feelings: During the resuscitation I felt calm. Afterwards I shook for thirty minutes.

Evaluation: The team worked well. But after the birth, the mother's sister filmed the baby and posted it on Instagram under her business account, ⟦OTHER|@funmi_cakes_ikeja⟧, with the caption “God did it at ⟦FACILITY_ROOM|LASUTH⟧!!” and a clear view of my face and another patient in the next bed.

Analysis: I was not sure what to do. I wanted to respect their joy but I also needed to protect the other patient. I talked with my unit head, Matron Oluwaseun, and we asked the sister kindly to crop the video. She did.

Conclusion: Social media is now part of the labour ward. We need a policy and we need to explain it to families before delivery, not after.

Action plan: Propose clear signage about photos; include this in antenatal classes; review HBB training with the junior midwives next month.
`,
  },
  {
    id: "ng-free-008",
    setting: "OSCE",
    role: "medical student",
    text: `
My final MBBS OSCE in Zaria was on 2 October and I want to reflect on the cardiovascular station because I failed it.

The examiner asked me to examine the precordium of a simulated patient and present my findings. I did the general examination, looked for finger clubbing, checked the pulse, and then I could not find the apex beat. I panicked. I said “apex beat not palpable” instead of repositioning the patient in the left lateral position, which I knew to do. Then I heard a murmur the examiner said was not there.

My friend Ibrahim, who passed the same station, told me he practised on twenty classmates in the hostel. I practised on three.

I think my main problem was confidence. In clinical sessions the registrars often do the examination for us to save time, and I did not push to do it myself. I relied on my textbook knowledge (Talley and O'Connor) which was good, but my hands were not trained.

For my resit, scheduled for 4 February, I have a plan: examine at least two real patients on the medical wards every day, ask Dr. Musa, our cardiology registrar, to observe me once a week, and record myself presenting findings. I also want to learn auscultation properly using the audio recordings from the Blaufuss site.

Failing hurts. I also think I will be a better doctor for it.
`,
  },
  {
    id: "ng-what-009",
    setting: "community health",
    role: "community health extension worker",
    text: `
What? I am a CHEW at a primary health care centre in a rural LGA in Ogun State. We do routine immunisation every Tuesday. This month, a mother refused the measles vaccine for her baby because she heard on WhatsApp that it causes infertility.

So what? I remembered the polio vaccine rumours in the north in 2003. I was angry at the rumour, but I knew arguing would not help. I asked her who told her and what she was afraid of. She said her mother-in-law. I invited both of them for a talk with our officer in charge, Mrs. Adebisi, and the community leader. The baale is respected, and when he said his own grandchildren had received the vaccine, the mother-in-law agreed. The baby got the vaccine two weeks later.

Now what? I learned that vaccine hesitancy is about trust, not just information. The WHO's SAGE working group on hesitancy talks about confidence, complacency and convenience, and I saw all three. I plan to work with the baale and the women's group on a monthly health talk, and to ask our LGA immunisation officer about training on handling rumours. I will also start keeping a record of rumours we hear in the clinic so we can respond to them early.
`,
  },
  {
    id: "ng-comment-010",
    setting: "peer feedback",
    role: "house officer",
    text: `
Abeg remove the photo before the Medical Students' Association shares it. The alt text still says “![⟦NAME|Mr. Chukwuemeka Nnadi⟧ on ⟦FACILITY_ROOM|bed 4, male surgical ward, UNTH⟧](ward-round.jpg)” and the caption names his village. Your reflection on informed consent is strong without the picture. Make we no put the man for social media.
`,
  },
  {
    id: "ng-comment-011",
    setting: "peer feedback",
    role: "nursing student",
    text: `
Thank you for sharing this. The part about the night nurse teaching you to set up the oxygen concentrator when there was no power really touched me. We had the same problem in our hospital during the fuel scarcity. I like your action plan, especially the idea of a checklist for the generator hours. Well done!
`,
  },
  {
    id: "ng-what-012",
    setting: "medication error",
    role: "pharmacy technician",
    text: `
What? At our hospital pharmacy in Benin City, I almost dispensed chlorpromazine 100 mg instead of chlorpheniramine 4 mg because the two bottles were side by side on the shelf. The pharmacist, Pharm. Osagie, caught it at the final check.

So what? Look-alike, sound-alike drugs are a known risk. I was rushing because the queue was long.

Now what? We have separated the two on the shelf and added red “LASA” stickers, and I now read the label aloud at every dispensing.
`,
  },
];
