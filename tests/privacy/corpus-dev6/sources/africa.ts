import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Nigeria, Ghana, Kenya, South Africa and Egypt: house officers, midwives, EMTs, clinical officers, students. */
export const AFRICA: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "ward round",
    role: "house officer",
    text: `
Consultant ward round on ⟦FACILITY_ROOM|Male Medical Ward 2, bed 9, UCH Ibadan⟧. ⟦NAME|Baba Ayinde⟧ is ⟦AGE|96⟧ — his family insist on it, and he remembers the 1948 visit of the colonial governor to his school, which is how they worked it out. He came in with a stroke: dense right hemiplegia, aphasia, GCS 11. The family live at ⟦ADDRESS|No. 14 Oke-Ado Street, behind Lafia Hotel, Ibadan⟧ and his grandson brought his NIN slip, ⟦ID|70381524906⟧, for the NHIA forms.

Prof. Adebayo asked me what I thought the prognosis was, and I said "poor". She asked me to say what "poor" meant to the family. I couldn't.

What I learned on that round: the words we use between ourselves don't translate. To the family, "poor" meant he might not walk again. To us, it meant he might not survive the week. The family's eldest son, ⟦NAME|Mr Ayinde Jr⟧, wanted us to "do everything", including a CT-guided procedure we don't offer.

The NICE 2019 stroke guideline and the AHA 2019 guidelines are written for places with thrombectomy. Ours is a place with one CT scanner and a queue. What I can do is communicate clearly. Prof. Adebayo sat with the family for forty minutes after the round, in Yoruba, and by the end they asked about comfort and swallowing, not surgery.

Next time I'll use numbers and plain words together, and I'll ask the family what they've been told before I say anything.
`,
  },
  {
    id: "ng-gibbs-002",
    setting: "paediatrics",
    role: "medical student",
    text: `
**Description.** Paediatrics posting at a teaching hospital in Enugu. On Prof. Okeke's clinic I saw a 7-year-old with a jaw swelling that had grown over three weeks. Burkitt lymphoma, she said, before the biopsy came back. The child also had sickle cell anaemia (HbSS) and a history of malaria every rainy season.

**Feelings.** Shocked at how fast the swelling had grown. Then, when Prof. Okeke explained that Burkitt's is one of the fastest-growing tumours but also one of the most chemo-sensitive, hopeful.

**Evaluation.** The link between Epstein-Barr virus, malaria and endemic Burkitt lymphoma is in every textbook. Seeing it on a child's face made it real.

**Analysis.** Cyclophosphamide-based regimens cure many children in Africa, but only if the family can afford to complete them. The 2018 study from Malawi on abandonment of treatment is sobering.

**Conclusion.** Diagnosis is quick. Treatment completion is the real challenge.

**Action plan.** I'm presenting a seminar on paediatric oncology in sub-Saharan Africa on the 21st. My birthday is the day before; I'll be 22. Chinua Achebe wrote that "when the moon is shining the cripple becomes hungry for a walk", and I think about it every time a child feels well enough to leave before treatment is done.
`,
  },
  {
    id: "ng-what-003",
    setting: "midwifery",
    role: "midwife",
    text: `
**What?** I'm a midwife at a general hospital in Kano. ⟦NAME|Hajiya Binta⟧, gravida 7, came in ⟦DATE|the Tuesday after the Durbar⟧ from ⟦LOCATION|Gwammaja quarters, the compound next to the Friday mosque with the green gate⟧ with a retained placenta after a home birth. Estimated blood loss over a litre. BP 80/50, pulse 128.

We inserted two large-bore cannulas, gave oxytocin, started fluids and called the doctor for manual removal. Her husband, ⟦NAME|Malam Sani⟧, gave us his number for blood donors — ⟦PHONE|0803 555 4721⟧ — and within an hour four of her relatives had come to donate.

**So what?** Grand multiparity and home birth are the two risk factors our textbooks list for PPH, and both were present. But the reason she came late was that she was waiting for her husband's permission. The WHO 2012 PPH recommendations are clear about the first hour. Permission isn't in them.

**Now what?** I've started talking to husbands at antenatal clinic, not only wives, about danger signs. Our matron, Hajiya Rakiya, supports it. I want to present this at the state midwives' meeting in March.
`,
  },
  {
    id: "ng-comment-004",
    setting: "emergency department",
    role: "emergency physician",
    text: `
@naijadoc@med-mastodon.example Brilliant thread. We had the same debate in Port Harcourt last year about whether interns should call codes. Dr Briggs, our HOD, finally settled it: anyone who sees the arrest calls it. Our ROSC rate went up a bit after we started using the 2021 ERC algorithm properly and doing monthly drills. Happy to share the drill scenarios.
`,
  },
  {
    id: "ng-free-005",
    setting: "pre-hospital",
    role: "EMT",
    text: `
I'm an EMT with the Lagos State ambulance service. Call at 15:20 on ⟦DATE|Tuesday 11 March⟧ to ⟦ADDRESS|Flat 6, Block C, Jakande Estate, Abesan, Ipaja⟧ — a woman in her seventies with chest pain. Everyone in the block called her ⟦NAME|Mama Tobi⟧, and everyone in the block knew her: she is ⟦OTHER|the woman who ran the only bukka at the Abesan motor park for twenty-five years⟧.

Traffic was terrible. We got there in 48 minutes. Her son had tried to bring her himself in his keke, ⟦OTHER|LND 482 XY⟧, but she couldn't sit up in it.

On arrival: diaphoretic, BP 90/60, HR 110, crushing central pain. We got a 12-lead — ST elevation in II, III, aVF. Aspirin 300 mg chewed, oxygen because she was 88%, IV access. No thrombolytic on board. We took her to the nearest hospital with a cath lab, which is another hour.

Reflection: the clinical part was textbook (the ESC 2023 ACS guideline would have been proud). What wasn't textbook was the 48 minutes. I've been thinking about what we can do before we arrive: community first-aid training, aspirin in every home of someone over sixty.

I'm also going to ask our training coordinator, Mr Adeleke, about dispatching motorbike responders ahead of the ambulance, like some cities do.
`,
  },
  {
    id: "ng-what-006",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
**What?** Community pharmacy in Abuja. A mother came for artemether-lumefantrine for her 4-year-old, who weighs 14 kg. The prescription from a chemist shop said the adult regimen: four tablets twice daily. The correct dose for 5–14 kg is one tablet per dose; for 15–24 kg, two.

**So what?** Overdosing children with ACTs isn't common, but under-dosing adults is, and both come from the same problem: people don't weigh children and don't read the packaging. The 2015 WHO malaria treatment guidelines have clear weight bands. NAFDAC's mobile authentication scheme helps with fakes but not with doses.

**Now what?** We now weigh every child who comes for antimalarials; we bought a baby scale for ₦18,000. I've also made a laminated weight-band chart for the counter. My supervisor, Pharm. Ngozi, wants me to present it at the PSN branch meeting. I'll be at the Pharmaceutical Society conference in Abuja in November.
`,
  },
  {
    id: "ng-gibbs-007",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
**Description.** Home palliative visit in Jos with our hospice team. ⟦NAME|Pa Danjuma Ishaya⟧, ⟦AGE|ninety-seven⟧, has metastatic prostate cancer and lives with his daughter in ⟦LOCATION|the bungalow behind the ECWA church in Tudun Wada⟧. He was a soldier once and still salutes the doctor.

His son in London emails every week from ⟦EMAIL|danjuma.ishaya.jr@examplemail.com⟧ asking for updates. The daughter does the actual care.

**Feelings.** Frustrated by the emails, then sympathetic. Distance makes people anxious.

**Evaluation.** His pain was controlled on oral morphine 10 mg four-hourly with breakthrough doses. He was constipated, which nobody had asked about. We started lactulose and senna.

**Analysis.** The WHO analgesic ladder is simple; the side effects are where care fails. The Hospice Nigeria guidelines recommend a laxative with every opioid, and we'd forgotten.

**Conclusion.** I now write "laxative?" next to every morphine prescription I see.

**Action plan.** Arrange a video call between the son and the team so the daughter isn't the messenger. Read the 2018 Lancet Commission on palliative care before our next team meeting.
`,
  },
  {
    id: "gh-what-001",
    setting: "ward round",
    role: "nurse",
    text: `
**What?** I'm a staff nurse on the female medical ward at ⟦FACILITY_ROOM|Ho Teaching Hospital⟧. ⟦NAME|Mama Akosua Dzifa⟧ was admitted ⟦DATE|the Saturday of Hogbetsotso⟧ with a diabetic foot infection. She is ⟦OTHER|the queen mother of Wli-Todzi, the one who opened the waterfall road⟧, and her chiefs came to visit with drums, which the ward had not planned for. Her Ghana Card number, ⟦ID|GHA-721904583-6⟧, was needed for NHIS, and her phone had gone flat, so we used the number of her linguist, ⟦PHONE|024 555 8130⟧.

She needed a below-knee amputation. She refused at first because "a queen mother must walk to the durbar".

**So what?** I thought our job was to persuade her. Our surgeon, Dr Agbeko, spent an hour with her and the elders. The elders decided, with her, and she agreed. Consent here is sometimes collective, and our forms don't allow for that.

**Now what?** I've asked our ward in-charge about a family-meeting template. I'm also reading the Ghana Health Service patients' charter (2002) again. I'll be honest: I didn't know it existed until this week.
`,
  },
  {
    id: "gh-free-002",
    setting: "surgery",
    role: "medical student",
    text: `
Surgical rotation in Kumasi. I saw my first Buruli ulcer this week — a large, painless ulcer with undermined edges on a child's forearm. Mycobacterium ulcerans, rifampicin and clarithromycin for eight weeks per the WHO 2017 recommendations, then grafting. Dr Owusu-Ansah, our registrar, says Ghana has one of the highest burdens in the world.

What struck me: the child had been taken to a herbalist for months before coming. Dr Owusu-Ansah didn't blame anyone. He asked what the herbalist did, wrote it down, and said "we'll work together".

I'm from Accra and I'd never seen Buruli ulcer before; it's a disease of rural river areas. Kwame Nkrumah said Ghana's independence was meaningless unless linked to total liberation of Africa; I sometimes think health is similar — our teaching hospitals don't mean much if rural patients reach them three months late.

Next steps: I'm doing an elective in the Ashanti region's Buruli programme during the long vacation. My own exams are on 4 July and I'm nervous.
`,
  },
  {
    id: "ke-free-001",
    setting: "rural placement",
    role: "clinical officer",
    text: `
I'm a clinical officer in Turkana. This week we did a mobile clinic to ⟦LOCATION|the manyatta past the Kalobeyei market, by the dry lugga with the two acacias⟧ and saw ⟦NAME|Mzee Ekai Lokwawi⟧, who is ⟦AGE|93⟧. The community told us he is ⟦OTHER|the last living elder who walked with the cattle raid of 1952 that the songs are about⟧. He had a cough for two months, weight loss and night sweats.

GeneXpert came back MTB detected, rifampicin resistance not detected. His SHA number, ⟦ID|CR-4408172-9⟧, took a long time to register because he has no birth certificate.

Reflection: the TB treatment itself is simple — 2RHZE/4RH per the 2023 Kenya guidelines. But a nomadic man taking daily tablets for six months in a place where the family moves with the goats is not simple. His grandson ⟦NAME|Lomuria⟧ offered to be his treatment supporter.

I've asked our team leader, Dr Kamau, whether we can give him a monthly supply with community DOT through the CHP. The Stop TB Partnership has published on nomadic populations; I need to read it.
`,
  },
  {
    id: "ke-gibbs-002",
    setting: "HIV clinic",
    role: "nursing student",
    text: `
**Description.** HIV clinic placement in Kisumu. A young mother, ⟦NAME|Akinyi⟧, came for her six-month review with a viral load of 12,000 copies/mL. Her CCC number, ⟦ID|13939-04172⟧, was on the card she slipped across the desk without looking at me.

**Feelings.** I wanted to tell her off for missing doses. I'm glad I didn't.

**Evaluation.** My supervisor, Nurse Otieno, asked her how she takes her tablets. She hides them from her husband. She had told him they were for "ulcers" and he had thrown them out. She gave us a different number to call, her sister's: ⟦PHONE|0722 555 381⟧.

**Analysis.** The 2022 Kenya ARV guidelines recommend enhanced adherence counselling before switching regimen, and rightly: her TLD regimen was fine, her life wasn't. Intimate partner violence screening is also in the guidelines. I had skipped it because it felt awkward.

**Conclusion.** A high viral load is a social symptom as often as a drug problem.

**Action plan.** Practise the IPV screening questions. Learn the referral pathway to the gender-based violence centre. Sit in on Nurse Otieno's counselling sessions on Thursdays.
`,
  },
  {
    id: "ke-comment-003",
    setting: "surgery",
    role: "surgical resident",
    text: `
@surg_resident_nbi@mastodon.africa Thank you for this. I'm a second-year surgery resident in Eldoret and we see the same: typhoid perforations late, peritonitis, the patient septic on arrival. Dr Chelagat taught us to close primarily and leave the skin open, and our wound infection rate fell. The 2019 WSES guideline on typhoid perforation is worth a read.
`,
  },
  {
    id: "za-gibbs-001",
    setting: "community service",
    role: "community service doctor",
    text: `
**Description.** Community service year in the Eastern Cape. A home visit with our CHW to ⟦NAME|Makhulu Nomvula Mdlankomo⟧, ⟦AGE|95⟧, who lives in ⟦LOCATION|the rondavel with the blue door behind the trading store at the Ngqeleni turn-off⟧. Her SA ID, ⟦ID|${saId("310518042708")}⟧, was needed for her old-age grant review, which the CHW had come about; I had come about her hypertension.

**Feelings.** Out of my depth, honestly. I've been qualified for two years and this was the first time I'd done a home visit alone.

**Evaluation.** BP 190/100. She takes her amlodipine "when she feels the pressure", which she says is in her head. Her granddaughter ⟦NAME|Lindiwe⟧ collects the tablets from the clinic monthly.

**Analysis.** The 2019 SA hypertension guideline recommends a single-pill combination for adherence. We don't have one at the clinic. The CHW, Mama Zodwa, knew more about ⟦NAME|Makhulu Nomvula⟧'s life than any file would.

**Conclusion.** Home visits should be part of every comm serve year.

**Action plan.** Present her case at our PHC meeting; ask the sub-district pharmacist about fixed-dose combinations.
`,
  },
  {
    id: "za-what-002",
    setting: "TB ward",
    role: "medical intern",
    text: `
**What?** Intern year in Cape Town, TB ward. A 28-year-old with XDR-TB was on a bedaquiline-based regimen and developed a QTc of 520 ms on his routine ECG. Nobody had been checking ECGs on the weekend.

**So what?** The 2019 WHO consolidated guidelines say monthly ECGs, more if on clofazimine. Our ward had one ECG machine and it was broken. Dr Jacobs, my supervisor, stopped the clofazimine and we corrected his magnesium and potassium. The QTc came down to 470.

**Now what?** I'm going to set up a weekend ECG rota with the nursing staff. Steve Biko wrote that the greatest weapon in the hands of the oppressor is the mind of the oppressed; I sometimes feel the same about TB wards — the worst thing is that we accept things as normal. I'm presenting at the SA TB conference in Durban in June.
`,
  },
  {
    id: "eg-what-001",
    setting: "geriatrics",
    role: "internal medicine resident",
    text: `
**What?** Internal medicine residency in Assiut. ⟦NAME|Hagga Fatma Abdel-Rahim⟧ was ⟦AGE|94⟧ and came from ⟦LOCATION|Beni Adi, the house next to the blue-domed mosque by the canal⟧ with a hip fracture from a fall on ⟦DATE|Sham el-Nessim⟧ that had been treated by a bone-setter for three weeks. Her national ID, ⟦ID|23105182500347⟧, was on the referral. Her son, ⟦NAME|Hagg Mahmoud⟧, refused surgery: "she is too old, let God decide".

**So what?** We often say "too old" when we mean "too frail" or "too sick". She was neither. Her Barthel index before the fall was 85. Prof. Samir, my professor, explained to the son that without surgery she would be in bed with pressure sores and pneumonia, and with surgery she had a good chance of walking.

**Now what?** The surgery happened. She was walking with a frame on day four. I want to learn more about orthogeriatrics; the 2023 British Orthopaedic Association standards are a good start.
`,
  },
  {
    id: "eg-free-002",
    setting: "hepatology",
    role: "medical student",
    text: `
Fifth-year clinical rotation in Cairo, hepatology. Egypt used to have one of the highest hepatitis C rates in the world, partly because of the parenteral antischistosomal therapy campaigns of the 1960s–80s. Now, after the 100 Million Healthy Lives campaign and sofosbuvir, it's one of the countries closest to elimination.

Our lecturer, Dr Hany, made us read the 2018 Lancet paper about it. What struck me: the campaign screened 50 million adults in seven months. A patient in clinic this week, a 61-year-old, had been cured in 2016 and was now coming for HCC surveillance — ultrasound every six months because he had cirrhosis. Child-Pugh A, MELD 9.

I'm 23 and from Alexandria. I've grown up with Mo Salah posters and schistosomiasis warnings on the Nile. Both feel like part of who I am now. My exams are in June and I'm going to revise hepatology first.
`,
  },
];
