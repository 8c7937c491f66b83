import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: 11 items. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `Something happened at the counter last week that I keep thinking about.

An elderly man came in with a prescription for glimepiride 2 mg and metformin 500 mg, and a plastic bag of old strips — three different brands of "sugar tablets" from three different doctors. His name is ⟦NAME|Shri Gopal Krishna Bhat⟧, he lives at ⟦ADDRESS|No. 14, 3rd Cross, Vidyaranyapura, Bengaluru 560097⟧, and he told me his son ⟦NAME|Raghavendra⟧ in Pune usually orders everything online. He had been taking glimepiride from two of the strips at once. Morning sugars, he said, "feel shaky".

I called the son on ⟦PHONE|+91 98555 10213⟧ and explained the duplication. He was surprised — he thought the online pharmacy "checks all that". I sorted the bag into keep/stop/ask-doctor, wrote a simple chart in Kannada with the help of my assistant Lakshmi, and asked ⟦NAME|Bhat-ji⟧ to see his physician this week with everything.

What I learnt: in India the pharmacist is often the only health worker who sees the whole bag. Under the Pharmacy Practice Regulations 2015 we are supposed to counsel, but most shops are too busy. I want to start a brown-bag Saturday once a month. My owner, Mr Shetty, says it will slow the queue. We'll see.`,
  },
  {
    id: "in-what-002",
    setting: "hospital physiotherapy",
    role: "physiotherapy intern",
    text: `What?
ICU posting, week 3. I was asked to do chest physiotherapy for a man in his fifties with Guillain-Barré syndrome on the ventilator, day 9 of IVIG completion. My supervisor, Dr. Neha Kulkarni (PT), let me lead the session while she watched: positioning, manual hyperinflation with the ICU nurse, percussion and suctioning. SpO2 dipped from 96% to 89% during suctioning and recovered in under a minute.

So what?
I froze when the saturation dropped. Neha ma'am didn't say anything, just pointed at the ventilator and I remembered to pre-oxygenate next time. Afterwards she said the dip was expected and that I had stopped at the right time. I think I was more scared of the monitor than watching the patient. GBS patients have autonomic instability too, so the heart rate swinging from 78 to 118 was something I should have predicted.

Now what?
Read the 2021 guideline on chest physiotherapy in mechanically ventilated adults again. Practise the pre-oxygenation step with the nurse before the next session. Also learn the MRC sum score properly, because the neurologists keep quoting it (his was 22/60) and I only knew the Oxford scale from college in Manipal.`,
  },
  {
    id: "in-gibbs-003",
    setting: "rural outreach camp",
    role: "audiologist and speech-language pathologist",
    text: `Description: Newborn and school hearing camp at the PHC in ⟦LOCATION|Kothapalli village, Nalgonda district⟧, on ⟦DATE|12 January⟧. Among 140 children screened, one girl, ⟦NAME|Sravani⟧ (Class 4, father ⟦NAME|Venkatesh Goud⟧), had bilateral profound loss on OAE and BERA that no one had picked up. Her father showed me her Aadhaar card — ⟦ID|${aadhaar("4821 6630 519")}⟧ — so we could register her under the ADIP scheme for a free hearing aid that day.

Feelings: Happy and sad at the same time. She is ten and has no spoken language; she signs with her cousins in a home-made system.

Evaluation: The camp model worked for finding her. It failed her for ten years before.

Analysis: Universal newborn hearing screening is still patchy in rural districts despite the RBSK programme. For a ten-year-old, a hearing aid alone won't bring speech. She needs Indian Sign Language and a deaf school, which her father fears because it means hostel.

Conclusion: I had been thinking of "fitting" as the outcome. It isn't.

Action: Connected ⟦NAME|Sravani⟧'s family to the district's ISL teacher, and wrote to our head of department, Dr. Rao, proposing the camp include a sign-language counsellor.`,
  },
  {
    id: "in-free-004",
    setting: "clinical nutrition",
    role: "clinical dietitian",
    text: `CPD note — malnutrition in TB patients.

Attended the state-level training on Nikshay Poshan Yojana last month. The headline: under the scheme every notified TB patient gets ₹1,000 a month (raised from ₹500 in 2024) for nutrition, paid by DBT. The reality in my OPD: half my patients haven't received it, and those who have spent it on the family's rice, which — honestly — is also nutrition.

Clinical points I'm keeping:
- BMI under 16 at diagnosis roughly doubles the mortality risk. The RATIONS trial from Jharkhand (Lancet, 2023) showed food baskets cut TB incidence in household contacts by about 40%.
- Patients on isoniazid need pyridoxine 10 mg daily; I still see it missed.
- Dietary advice has to be food people actually eat: ragi, eggs, groundnuts, dal, not "take protein powder".

My own reflection: I came from a comfortable family in Chennai and trained at a private college. I think I used to blame patients for "not following diet". Now I ask what's in their kitchen first.

Plan: a simple poster in Tamil and Telugu with three low-cost protein meals; share with the DOTS supervisors. My HOD, Dr. Meenakshi, has agreed to print 200 copies.`,
  },
  {
    id: "in-what-005",
    setting: "hospital pharmacy",
    role: "clinical pharmacist",
    text: `What?
Medication reconciliation in the cardiac ICU on ⟦DATE|Diwali night⟧. ⟦NAME|Mrs. Kamala Devi Agarwal⟧, UHID ⟦ID|MH2024-0083371⟧, ⟦AGE|91⟧, ⟦FACILITY_ROOM|bed 6 in CCU-2, Ruby Heart Institute, Kolkata⟧, was admitted with atrial fibrillation and was on warfarin (INR 4.8) plus a course of fluconazole started by her dermatologist for a nail infection. Nobody had connected the two.

So what?
Fluconazole inhibits CYP2C9 and warfarin's S-enantiomer is metabolised by it — textbook interaction, and still missed. Her granddaughter ⟦NAME|Ishita⟧ had brought in a photo of the medicine box on WhatsApp, which is how I found the fluconazole at all.

Now what?
Recommended holding warfarin, vitamin K 2 mg oral, recheck INR at 6 am. Cardiologist Dr. Sen agreed. I've asked the ICU in-charge whether families can be routinely asked for photos of every medicine at home. Also writing this up for the institutional ADR committee under PvPI.`,
  },
  {
    id: "in-comment-006",
    setting: "hospital physiotherapy",
    role: "physiotherapy supervisor",
    text: `You didn't freeze for long, and you stopped suctioning at the right moment — that's the thing I was watching for. Pre-oxygenation will become automatic. For the MRC sum score, practise on the stable ward patients first. And please read the Gosselink 2008 ERS/ESICM statement, not just the 2021 guideline. Good week. — Neha`,
  },
  {
    id: "in-free-007",
    setting: "school",
    role: "school-based occupational therapist",
    text: `Notes from the sensory-friendly classroom project, term 2.

I've been the OT for three inclusive schools in Pune since June. Most referrals are "attention" and "handwriting". What I've actually found is that many children with autism or ADHD are overwhelmed by the classroom itself: fans, 45 children, chalk dust, the bell.

What we tried:
- A "calm corner" with a beanbag and ear defenders in two Class 2 rooms.
- Movement breaks every 30 minutes (Brain Gym style, though I know the evidence for Brain Gym itself is poor; the break is the point).
- Pencil grips and slant boards for the four children with poor handwriting.

What happened: the teachers liked the movement breaks for the whole class. The calm corner was used by "everyone", which one teacher, Mrs. D'Souza, saw as a failure and I see as a success.

I've been reading Dunn's Sensory Profile 2 research and the Ayres sensory integration fidelity measure, but I'm cautious. SI therapy in schools is often sold as a cure. I'd rather talk about adjusting the environment.

Personal bit: I have ADHD myself, diagnosed at 27. I didn't tell the teachers. Maybe I should.

Next: measure something. Even a simple teacher-rated behaviour scale before and after would be better than my impressions.`,
  },
  {
    id: "in-gibbs-008",
    setting: "dental outreach",
    role: "dental therapist (hygienist)",
    text: `Description. Oral cancer screening drive at a roadside truck halt on NH44 outside Nagpur with our college's community dentistry department. I screened 63 drivers and cleaners in five hours.

Feelings. Tired, and shaken by how many had leukoplakia. Eleven out of 63 had white patches, two had submucous fibrosis with mouth opening under 25 mm, and one had an ulcer on the lateral border of the tongue that I didn't like at all.

Evaluation. Good turnout because Dr. Bhosale, our professor, had negotiated with the dhaba owner to offer free tea. Poor follow-up: most drivers were leaving for Hyderabad or Raipur that night.

Analysis. Gutka and kharra use is the main driver. The COTPA 2003 law and the 2011 food-safety ban on gutka haven't changed what is sold in sachets at the counter. Toluidine blue helped me decide who to refer, but it has false positives.

Conclusion. Screening without a follow-up pathway is only half a job.

Action plan. I suggested we give each referred driver a printed card with the college OPD timings and a contact, and set up the next camp at the same halt on the same weekday so regular routes can return. Also signed up for the tobacco cessation counselling course run by the state NCD cell.`,
  },
  {
    id: "in-free-009",
    setting: "radiology",
    role: "radiographer (MRI)",
    text: `MRI safety near-miss, 11 pm, and I'm still thinking about it.

Sending this to our department WhatsApp group after removing names. A boy of 8, ⟦NAME|Arjun⟧, brought by his uncle from ⟦LOCATION|Pampady, near Kottayam⟧, for a brain MRI. The screening form said "no implants". While positioning I noticed a scar behind his right ear. His uncle then remembered a "hearing machine" operation two years ago. It was a cochlear implant — the receiver serial, from the card in his wallet, was ⟦DEVICE|AB-HRA-7730142⟧ — and it was only MR-conditional at 1.5T with the magnet removed or a head wrap. We were on the 3T.

We stopped. Nobody was hurt. I called the ENT registrar and the manufacturer's MR guidelines, and we rebooked him on the 1.5T with the magnet-retention protocol.

Why it nearly happened: the uncle filled the form, not the mother. The form asks about "metal" and "pacemaker", not about hearing devices in words families use.

What I'll do: propose adding "hearing implant / ear operation" to the Malayalam and English forms, and always look behind the ears. Our chief tech, Mr. Thomas, is supportive. ACR 2020 MR safety manual is my reading for the week.`,
  },
  {
    id: "in-what-010",
    setting: "community physiotherapy",
    role: "community-based rehabilitation worker",
    text: `What?
Home visits in a resettlement colony in East Delhi for people with spinal cord injury, through the NGO I work with. Most of my clients were injured falling from construction sites. Today I saw a young man, 24, T10 complete, with a stage 3 sacral pressure injury because his family couldn't afford an air mattress and he sleeps on a charpai.

So what?
I can teach turning every two hours, but when seven people share one room, where does he turn to? The WHO International Perspectives on Spinal Cord Injury (2013) talks about community participation; the reality here is a rented room on a third floor with no lift. The pressure injury isn't a "compliance" problem.

Now what?
Asked our coordinator, Farhan, if we can use the equipment fund for a foam mattress with a washable cover. Taught the mother and sister to check the skin with a hand mirror. Discussed with Dr. Saxena, the PM&R consultant who visits monthly, whether a referral for flap surgery is realistic. I also want to learn more about the Rights of Persons with Disabilities Act 2016, because he is entitled to a disability certificate and a pension he hasn't applied for.`,
  },
  {
    id: "in-comment-011",
    setting: "hospital pharmacy",
    role: "pharmacy practice faculty",
    text: `Excellent catch. One correction before this goes to the ADR committee: you've kept "⟦NAME|Mrs. Agarwal⟧, ⟦AGE|91⟧" and the bed in the second paragraph. Replace with "an elderly woman in CCU". Also mention that the dermatologist's prescription came from outside the hospital, because that's the systems lesson. — Prof. Iyer`,
  },
];
