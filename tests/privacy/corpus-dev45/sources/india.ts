import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

const LAKSHMAMMA_AADHAAR = aadhaar("4829 1057 336");

/** India: compulsory rotating interns, junior residents, nursing interns. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "rural primary health centre",
    role: "MBBS intern",
    text: `Description – During my rural posting in the internship year, I was alone at the PHC on a Sunday night. At 11:30 pm a tractor brought ⟦NAME|Lakshmamma⟧, a ⟦AGE|92-year-old⟧ widow from ⟦LOCATION|Chinna Gollapalli⟧, with breathlessness and swollen legs. Her grandson ⟦NAME|Venkatesh⟧ had her Aadhaar card (⟦ID|${LAKSHMAMMA_AADHAAR}⟧) and her old OPD slips, all in Telugu, which I read slowly.

Feelings – I felt very alone. In college the PG and the unit chief were always one call away. Here the nearest physician was 40 km away at the CHC and the 108 ambulance was on another trip.

Evaluation – I did a focused exam, found bilateral crepitations and a raised JVP, gave furosemide 40 mg IV and propped her up. SpO2 went from 86% to 93% on the concentrator. I called my medical officer, Dr. Srinivas, who talked me through it.

Analysis – I had learnt acute heart failure from Harrison's but never managed it without an ECG machine that worked. I also did not know how to document a referral properly. Her admission date (⟦DATE|16/08/2025⟧) and the referral time had to be written by hand in the register.

Conclusion – Rural postings show you what medicine is without the hospital around it.

Action plan – I now keep a printed heart failure algorithm in the duty room, and I asked the MO to teach us the referral format before the next intern batch comes.`,
  },
  {
    id: "in-what-002",
    setting: "casualty night duty",
    role: "MBBS intern",
    text: `What? My first casualty night as an intern in a government medical college in Maharashtra. Between 10 pm and 6 am we saw nineteen poisonings: mostly organophosphates, two paraquat, one aluminium phosphide. The CMO, Dr. Mehra, had a rhythm: decontaminate, atropine 1.8 mg doubling every five minutes until the chest is clear, then pralidoxime as per the unit protocol.

So what? I had read the WHO guidance on pesticide self-poisoning and the NMC competency list from 2019, but nothing prepares you for the smell or the families crowding the trolley. I realised that atropinisation is a clinical endpoint, not a dose; I kept looking at the chart for a number when the answer was in the patient's chest and pupils. I also saw how much of casualty work is talking to relatives, police, and the MLC clerk at the same time.

Now what? I made a one-page atropine titration card and gave it to my co-interns. I want to understand the legal side better, because the medico-legal register confused me, and I plan to sit with the forensic medicine department for a week. I also want to learn how to speak to families about intentional poisoning without judgement. Our psychiatry professor, Dr. Kulkarni, has offered a short session on suicide risk assessment for interns, and I have signed up.`,
  },
  {
    id: "in-free-003",
    setting: "medical ward",
    role: "junior resident",
    text: `As a first-year junior resident in general medicine in Kerala, I learned about family WhatsApp groups the hard way.

⟦NAME|Mr. Thomas Varghese⟧ (⟦NAME|Kunjumon⟧ to everyone on the ward) was admitted to ⟦FACILITY_ROOM|Bed 14, Male Medical Ward 3, Government Medical College Kottayam⟧ with a variceal bleed. His family had a group called "⟦OTHER|Kunjumon Achachan MMW3 Bed 14 Updates⟧" with forty members, and someone in it was forwarding photographs of his case sheet, including his lab values and his endoscopy report. His son ⟦NAME|Binoy⟧ messaged me directly at night from ⟦PHONE|+91 98555 03127⟧ asking for "daily summary" and "Hb value".

I understood why. The family was scattered across Dubai, Bengaluru and the village, and they were frightened. But the photographs went to people I did not know, and one of them was later forwarded to a local news group.

My unit chief, Dr. Pillai, advised me to set up one daily call at 6 pm with a nominated family member and to stop replying on WhatsApp. We explained it kindly to ⟦NAME|Binoy⟧. The family agreed once they knew when to expect the call.

For myself, I have stopped giving my personal number to families. I had thought being available was part of being a good doctor; I now think a predictable, private channel is better for the patient than a fast, public one.`,
  },
  {
    id: "in-gibbs-004",
    setting: "rural primary health centre",
    role: "MBBS intern",
    text: `Description: In my community medicine posting during internship, I was given charge of the anti-rabies clinic at a rural health training centre. On the first morning I saw 23 dog bites, including four category III bites on the face and hands of children.

Feelings: I felt confident because I knew the WHO categories by heart. By noon I felt less sure.

Evaluation: We had intradermal ARV but rabies immunoglobulin was out of stock. I did not know what to tell families who had been sent from another centre the day before.

Analysis: The WHO position paper of 2018 and the national rabies guidelines from 2019 support the abridged intradermal schedule and allow wound infiltration with RIG whenever it becomes available, up to day 7. My senior, Dr. Anitha, explained that the priority was thorough wound washing for fifteen minutes with soap and running water, starting vaccine on day 0, and referring category III bites to the district hospital for RIG the same day. I had been stuck on the idea that without RIG we were "doing nothing".

Conclusion: Good basic care matters more than the perfect protocol, and knowing where to send someone is part of knowing what to do.

Action plan: I wrote a laminated chart of the categories and the day 0, 3, 7 schedule in Kannada and English, and I am preparing a short talk on wound washing for the ASHA workers' meeting next month.`,
  },
  {
    id: "in-what-005",
    setting: "district hospital",
    role: "house surgeon",
    text: `What? During my house job at a district hospital in Uttar Pradesh, I admitted ⟦NAME|Ram Prasad s/o Bhagwan Das⟧, IPD No. ⟦ID|2025/MW/11482⟧, to ⟦FACILITY_ROOM|bed 9 of the male medicine ward, District Hospital Sitapur⟧ with fever and a low platelet count. His wife said the fever started "on ⟦DATE|Raksha Bandhan⟧", and the register had it as ⟦DATE|09-08-2025⟧. He was discharged after four days and readmitted the next week with a bleed from his gums.

So what? Reviewing his file, I realised I had discharged him when his platelets were 42,000 and rising, which fits the national dengue guidelines, but I had not explained the warning signs in Awadhi, the language his family speaks at home. His son ⟦NAME|Suresh⟧ told me they thought he was "cured" once the drip came off. I had given the discharge advice in English to the ward nurse and assumed she would translate.

Now what? The consultant, Dr. Tripathi, suggested a picture card for dengue warning signs: bleeding, abdominal pain, persistent vomiting, drowsiness. We made one with the help of the ward nurses, and I now ask every family to repeat the signs back to me. I also now write the follow-up date and the emergency number on the discharge card in Hindi. It is a small thing, but it might have brought ⟦NAME|Ram Prasad⟧ back two days earlier.`,
  },
  {
    id: "in-free-006",
    setting: "near miss",
    role: "junior resident",
    text: `A near miss from my second month as a junior resident in paediatrics that still wakes me up.

At 2 am a staff nurse asked me to write vitamin K for a newborn. I wrote "Inj. Vit K 1 mg IM" and signed. She came back with an ampoule of 10 mg/mL and a 2 mL syringe and asked me, "Full ampoule, doctor?" I was half asleep and said yes before I looked. Then I looked. It would have been ten times the dose.

The error was mine, but the set-up helped it along: adult and neonatal strengths stored in the same drawer, no tuberculin syringes on the shelf, and a culture where the nurse asks the doctor rather than the doctor checking with the nurse. Lucian Leape wrote about systems like this in the 1990s, and the IAP neonatal drug handbook warns about vitamin K strengths, but I had never taken these warnings personally.

What changed afterwards: our unit in-charge, Sister Mary Joseph, separated the neonatal drugs into a labelled tray, and we now keep insulin syringes for small volumes. I also started asking nurses to read the dose aloud back to me, and to challenge me if I sound sleepy. My HOD, Dr. Reddy, took it to the department's morbidity meeting without naming anyone, which I appreciated.

The lesson for me is simple: at 2 am, the question "full ampoule?" is a gift. Say "wait" and check.`,
  },
  {
    id: "in-free-007",
    setting: "high-altitude elective",
    role: "MBBS intern",
    text: `For my elective I chose a month in Leh, because I wanted to see high-altitude medicine. I did not expect the ethics lesson.

A herder, ⟦NAME|Tsering Dorje⟧, came in from ⟦LOCATION|Hanle⟧ village with HAPE after taking a flock to the summer pastures. His wife ⟦NAME|Dolma⟧ stayed by the bed in ⟦FACILITY_ROOM|the male ward of SNM Hospital, Leh, bed 11⟧ for four days. His son, a soldier posted in Jammu, emailed the ward every night from ⟦EMAIL|stanzin.dorje.army@gmail.com⟧ asking for photographs of the monitor.

Medically, I learned to respect oxygen and nifedipine, and the Lake Louise scoring that the residents used every morning. But I also learned how isolated some families are. There is no hospital near ⟦LOCATION|Hanle⟧, the road is closed for part of winter, and the nearest phone signal for the family's home was a ridge they had to walk to.

My supervisor, Dr. Namgyal, told me that in his first year he had to explain death to families using a satellite phone. He taught me to think of discharge as a plan that must work with no follow-up at all: teach everything at the bedside, give a printed plan, and assume the next visit will be next summer.

I left Ladakh with a notebook of altitude physiology and a new respect for the idea that access is part of the diagnosis.`,
  },
  {
    id: "in-gibbs-008",
    setting: "night shift",
    role: "nursing intern",
    text: `Description: I am a B.Sc. Nursing intern, and this reflection is about my first night duty in a postnatal ward of a busy teaching hospital in Tamil Nadu. There were 42 mothers and two nurses. At 1 am a mother who had delivered by caesarean section the previous day complained of feeling cold and dizzy.

Feelings: I was scared to wake the duty doctor because the staff nurse had told me she was "sleeping after three LSCS".

Evaluation: I checked her pulse (118/min), BP (90/56 mmHg) and her pad, which was soaked. I called the staff nurse, Mrs. Selvi, who immediately called the doctor. She was given fluids, oxytocin and was taken back to theatre for a retained product. She recovered.

Analysis: Early warning scores like MEOWS exist precisely for this reason, but I had been thinking about hierarchy more than physiology. Our nursing college teaches the Gibbs cycle and the Johns model, and it was only writing this that I saw my fear clearly: I was afraid of being scolded more than I was afraid of postpartum haemorrhage.

Conclusion: A nurse's first job is to escalate. Being shouted at is better than a mother dying.

Action plan: I practised an SBAR script with my clinical instructor, Ms. Priya, and I will use it on my next night. I also suggested a MEOWS chart at each bed for the whole ward.`,
  },
  {
    id: "in-comment-009",
    setting: "high-altitude elective",
    role: "junior resident",
    text: `I did the same elective two years ago and remember the ridge you mention. Lovely reflection. One suggestion: maybe remove ⟦NAME|Tsering Dorje⟧'s name and the son's email before this goes public on the blog? ⟦LOCATION|Hanle⟧ is small enough that people will recognise him anyway. The point about discharge without follow-up is the important one, and it stands without the details.`,
  },
  {
    id: "in-comment-010",
    setting: "casualty night duty",
    role: "assistant professor",
    text: `Very good reflection on organophosphate poisoning. The titration card is a practical idea; please share it with the department. One small correction: check the current unit protocol for the pralidoxime dose, because it changed after the 2023 audit. And yes, do spend time with forensic medicine. Every intern should understand the MLC register before the first casualty night, not after it.`,
  },
];
