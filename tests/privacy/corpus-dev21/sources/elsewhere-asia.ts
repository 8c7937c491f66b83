import type { SourceItem } from "../../corpus/types.ts";
import { nric } from "../gen.ts";

/** Elsewhere in Asia: the Philippines, Bangladesh, Sri Lanka, Singapore (11 items). */
export const ASIA: readonly SourceItem[] = [
  {
    id: "ph-free-001",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `Reflection for my CPD units (PRC), community pharmacy in Quezon City.

A lola came in to buy her maintenance meds with her senior citizen card and her PhilHealth ID. Her name is ⟦NAME|Lola Remedios "Ading" Santos⟧ and her PhilHealth number is ⟦ID|02-051882741-6⟧. She lives at ⟦ADDRESS|Blk 7 Lot 12, Sampaguita St., Brgy. Commonwealth, Quezon City 1121⟧. Her granddaughter had posted a fundraising page for her cataract surgery, ⟦URL|https://www.gofundme.com/f/help-lola-ading-see-again⟧, and asked me to share it at the counter.

Clinically: she was taking amlodipine 10 mg and also buying an "herbal" capsule for "high blood" that turned out to contain undeclared sildenafil-like compounds — the FDA Philippines advisory listed it. I explained and she agreed to stop it.

The fundraiser: I wanted to help. But sharing a patient's page at my counter, with her name and face, felt wrong, even with her granddaughter asking. I said I'd be happy for the family to put up a poster in the community board outside but the pharmacy couldn't promote it. My pharmacist-in-charge, Ma'am Joy, agreed.

Lessons: always ask about herbals and "food supplements" (the FDA category with "No approved therapeutic claims"), and keep a clear line between kindness and the pharmacy's name.`,
  },
  {
    id: "ph-gibbs-002",
    setting: "outpatient rehabilitation",
    role: "physical therapist",
    text: `Description: My last month in a rehab centre in Cebu before I leave for a job in the UK. I've been handing over my stroke and spinal cord patients to a new graduate, Jerome.

Feelings: Guilty. Excited. Mostly guilty. Three of my long-term patients cried when I told them.

Evaluation: Handover went well on paper — every patient had a summary with Fugl-Meyer, Berg, FIM scores and goals. Less well in person; I rushed the family conversations because my visa medical was the same week.

Analysis: The Philippines trains physical therapists and then exports them. In my batch from UST, more than half are abroad or applying. Our clinic has had four PTs leave in two years. The WHO Global Code of Practice on international recruitment (2010) exists, but the salary gap is huge.

Conclusion: My decision is right for my family. It doesn't make it cost-free for my patients.

Action plan: Leave a set of recorded home exercise videos in Cebuano for each patient. Offer Jerome monthly online mentoring for a year. And keep my PRC licence active in case I come home — which I think I will.`,
  },
  {
    id: "ph-comment-003",
    setting: "community pharmacy",
    role: "pharmacist-in-charge",
    text: `Good handling. The FDA advisory on that capsule is worth printing and keeping at the counter. One thing: in this reflection you've written out her full address and PhilHealth number, but the learning is the herbal interaction and the boundary. Remove those before you submit it to the CPD council. — Joy`,
  },
  {
    id: "bd-what-004",
    setting: "humanitarian camp",
    role: "physiotherapist (humanitarian NGO)",
    text: `What?
Home visits in ⟦LOCATION|Camp 15 (Jamtoli), Block C-4, shelter 112⟧ in Ukhiya. ⟦NAME|Noor Kamal⟧, 14, has spastic diplegia and has never had a wheelchair. His mother, ⟦NAME|Rashida Begum⟧, showed me the family's FCN, ⟦ID|174-6093811⟧, and asked if the NGO could register him for assistive devices. The shelter is on a slope; the latrine is 60 metres away along a muddy path.

So what?
A wheelchair is useless on that hill in monsoon. The WHO wheelchair guidelines assume ramps and paths. What ⟦NAME|Noor⟧ needs first is a supportive seat in the shelter, a toileting chair, and a walker for flat ground when it's dry.

Now what?
Fitted a locally made bamboo supportive seat. Asked the site management to consider a cemented path in the block. Taught his mother stretching and positioning. I'm learning that assistive technology in a camp is as much about terrain as about bodies. Our team lead, Shahidul, says I should apply for the ISPO humanitarian course.`,
  },
  {
    id: "bd-free-005",
    setting: "dental public health",
    role: "dental hygienist",
    text: `Reflection — six months of the school oral health programme in Dhaka.

We visit madrasas and government primary schools in Mirpur and Pallabi. I do screening (dmft/DMFT), fluoride varnish and toothbrushing demonstrations. Today was 110 children.

Three things I have learned:
1. Betel quid starts young. A few 11-year-olds had stained teeth and admitted chewing paan with their grandparents. Oral submucous fibrosis is a long way off for them, but habits start here.
2. Toothbrushes are shared in many families. Our donated brushes go home and become the whole family's brush. We now give out brushes with the child's name written on the handle, which sounds silly but works.
3. Teachers are the key. When a teacher brushes with the class, the children do it properly.

I'm reading the 2017 WHO/FDI guidance on school oral health promotion and the Bangladesh National Oral Health Policy. I want to ask our director, Dr. Rahman, for funding to train two teachers per school.

Personally: I'm the first in my family to do a diploma. My father drives a CNG and he still can't believe I clean teeth for a job.`,
  },
  {
    id: "bd-free-006",
    setting: "hospital laboratory",
    role: "medical technologist",
    text: `Dengue season notes, for my supervisor.

On ⟦DATE|23 August⟧ I ran a platelet count of 9,000/µL on ⟦NAME|Tahmina Akter⟧, 22, from ⟦FACILITY_ROOM|Ward 4, Bed 31, Mugda Medical College Hospital⟧. Her husband kept calling the lab for the result on ⟦PHONE|+880 1711-555294⟧. Our policy is to give results only to the ward, and I had to refuse several times. He was shouting.

What I'm reflecting on: first, critical value reporting. I phoned the ward doctor within 10 minutes, as per SOP. Second, the pressure from families. They are scared and they've heard on TV that platelets under 10,000 mean death, which isn't quite right — it's plasma leakage and haematocrit that matter most, per the national dengue guideline (2024 edition).

Third: I checked the smear for clumping. EDTA-induced pseudothrombocytopenia can give a falsely low count. It was real.

I'm writing this because I felt bad refusing him. My supervisor, Mr. Haque, says refusing was right and I should give the ward number instead of just saying no. Next time I will.`,
  },
  {
    id: "lk-free-007",
    setting: "speech and language therapy",
    role: "speech and language therapist",
    text: `A reflection on language choice in therapy, Colombo.

Most of my paediatric clients are from Sinhala-speaking homes, some Tamil, and many middle-class parents want therapy in English because "he will go to an international school". I've been struggling with this for a year.

The evidence — from Kohnert, from Paradis, from a lot of bilingual research — is that children with language disorders can learn two languages, and that dropping the home language harms family communication. But parents pay, and parents decide.

This month I tried a different approach with a four-year-old with developmental language disorder: therapy in Sinhala, with English only in songs and routines. Mother was unhappy at first, then saw him start combining words at home with his grandmother. That convinced her more than any paper I could show.

I presented this at our unit meeting. My colleague Tharushi disagreed: she thinks we should give parents what they ask for and that it's not our place. We agreed to disagree, politely.

For my CPD: complete the online course on bilingual assessment from the University of Sydney, and read the 2020 IALP statement on multilingual practice. Also: learn more Tamil. I can only say hello and thank you.`,
  },
  {
    id: "lk-what-008",
    setting: "radiography",
    role: "radiographer",
    text: `What?
Night duty at ⟦FACILITY_ROOM|the X-ray unit of Teaching Hospital Peradeniya⟧. A man was brought in after a fall from a jak tree — ⟦NAME|W.M. Sunil Bandara⟧, NIC ⟦ID|631840572V⟧, from ⟦LOCATION|Hanguranketha, near the Rambukeliya tea estate⟧. The doctors wanted a trauma series. While positioning him for the lateral C-spine, I saw the shoulders hiding C7.

So what?
I needed a swimmer's view or traction on the arms. The houseman was pulling the arms too hard and the patient was in pain with a suspected clavicle fracture. I didn't say anything at first because he was a doctor and I'm new.

Now what?
Eventually I said, "Sir, can we try a swimmer's view instead?" and he agreed. C7–T1 was clear. I've reflected that I should speak up earlier; my superintendent, Mrs. Perera, says that's my job. Also revised the Canadian C-spine rule and NEXUS so I understand when CT is needed instead.`,
  },
  {
    id: "sg-free-009",
    setting: "polyclinic pharmacy",
    role: "pharmacist",
    text: `Medication therapy management clinic — reflection.

Saw ⟦NAME|Mdm Tan Ah Moi⟧, NRIC ⟦ID|${nric("S3318452")}⟧, who lives alone at ⟦ADDRESS|Blk 412 Bedok North Ave 2, #08-115, Singapore 460412⟧. She is ⟦AGE|93⟧ and on nine medicines. Her daughter, who visits on weekends, had emailed the clinic from ⟦EMAIL|tan.lilian.88@yahoo.com.sg⟧ worried that Mama was "taking everything wrong".

What I found: she was taking her metformin with breakfast and again at lunch because the label said "2 times a day" and she eats lunch as her big meal. Also two different brands of the same calcium channel blocker — one from the polyclinic and one from the hospital's SOC.

I went through each medicine in Hokkien, with a pill box and the "AM/PM" stickers. Simplified her regimen (stopped duplicate amlodipine, moved metformin to breakfast and dinner). Sent a note to her polyclinic doctor, Dr. Lim, and arranged an AIC home visit.

Reflection: I assumed the daughter was overreacting. She wasn't. Older people who live alone in HDB flats are exactly who MTM is for.`,
  },
  {
    id: "sg-what-010",
    setting: "community physiotherapy",
    role: "physiotherapist",
    text: `What?
I've been posted to an eldercare centre in Tampines for the Healthier SG community programme. Group exercise for seniors, mostly in their seventies. Today we did the SPPB on 20 participants; average score 8/12.

So what?
Frailty is the real problem, and Singapore's population is ageing faster than almost anywhere. The Ministry of Health's action plan talks about "ageing in place", but some of my seniors live alone in one-room rental flats and the centre is their only social outing. I also noticed that many of the aunties won't do resistance exercise because they think it's for young men. When we called it "carrying grocery training" they joined in.

Now what?
Progressive resistance with TheraBands twice a week, and the Vivifrail programme adapted for Mandarin and Malay speakers. My senior, Wei Ling, showed me how to use the SARC-F screen. I want to track grip strength too (AWGS 2019 cut-offs). Personally, I realised I'd been speaking in English and too fast. I'm improving my Mandarin and learning a few Malay phrases.`,
  },
  {
    id: "sg-comment-011",
    setting: "community physiotherapy",
    role: "senior physiotherapist",
    text: `Love the "grocery training" idea — we should put it in the programme manual. One suggestion: use the AWGS 2019 gait speed cut-off as well as grip, since some seniors have arthritic hands and grip alone will mislabel them. Happy to go through Vivifrail progressions with you next Wednesday. — Wei Ling`,
  },
];
