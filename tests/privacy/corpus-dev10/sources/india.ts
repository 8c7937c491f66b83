import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "internal medicine",
    role: "MBBS intern",
    text: `
Dengue season in Pune this year was something else. I was posted in medicine from the first week of September until after Diwali, and our unit — Dr. Kulkarni sir's unit, unit 3 — had patients on mattresses in the corridor by Ganpati.

The thing nobody tells you in second year is how scary a platelet count of 18,000 looks on paper and how little it sometimes matters. Kulkarni sir kept repeating the WHO 2009 warning signs like a mantra: abdominal pain, persistent vomiting, mucosal bleed, lethargy, rising haematocrit with falling platelets. "Watch the haematocrit, not the platelets, beta." I must have heard it forty times.

One night I nearly transfused a young man for platelets of 15,000 with no bleeding because his relatives were shouting. My co-intern Rohan stopped me and we called the PG, Dr. Sayali. She came down, spoke to the family in Marathi for ten minutes, and they calmed down. No transfusion. He went home on day seven.

What I learned: half of medicine is explaining why you are not doing something. My father, who is a schoolteacher in Satara, says this is also true of teaching.

NEET PG is in June. I have stuck a photo of Rahul Dravid above my desk, because my roommate says I need to learn to play the long innings.
`,
  },
  {
    id: "in-what-002",
    setting: "geriatrics",
    role: "BSc nursing student",
    text: `
**What?** During my medicine posting I was allotted ⟦NAME|Kunjamma Varghese⟧ in ⟦FACILITY_ROOM|Medical ward 3, bed 17, Government Medical College Kottayam⟧. Ammachi, as everyone called her, was ⟦AGE|94⟧ and was admitted on ⟦DATE|the second day of Onam⟧ with hyponatraemia, sodium 118. She had come by boat and bus from ⟦LOCATION|her house beside the St. Mary's church jetty in Kainakary⟧. Her grandson gave her Aadhaar, ⟦ID|${aadhaar("4728 1937 605")}⟧, for the PMJAY card, and I wrote it on the case sheet.

**So what?** Our tutor, Sister Leelamma, made us calculate the correction rate. Not more than 8 mEq/L in 24 hours, because of osmotic demyelination. I checked the 3% saline drip every hour, and when the night sodium was 124 I informed the PG immediately. I felt for the first time that my charting was protecting somebody.

**Now what?** I will revise fluid and electrolyte chapters from Brunner and Suddarth before my third-year exam. And I will remember that ⟦NAME|Kunjamma ammachi⟧ asked every morning whether the boat was running, because she was worried about getting home for her granddaughter's wedding in Thrissur.
`,
  },
  {
    id: "in-free-003",
    setting: "pharmacy",
    role: "PharmD intern",
    text: `
We had a session on pharmacovigilance last week with Dr. Radhika Iyer from the PvPI adverse drug reaction monitoring centre, and it changed how I look at the Jan Aushadhi shop near our college in Mysuru.

She showed us the ADR form and said most reports in India still come from tertiary centres, not from the places where most medicines are actually bought. Then she asked each of us to name one ADR we had seen and not reported. Mine was a carbamazepine rash on a man in his thirties during my community posting — Stevens–Johnson syndrome was ruled out, thankfully, but nobody filled in a form.

We learned about HLA-B*1502 screening, about Schedule H1 registers, and about why fixed-dose combinations banned in 2016 are still on some shelves. My batchmate Pavithra said it felt like being told to clean the whole sea with a spoon. Dr. Iyer laughed and said, "Then bring a spoon."

I have decided to do my project on ADR reporting in community pharmacies. My guide, Prof. Nagaraj, has agreed. Ethics committee submission is due on 15 February, just before Holi, so I am not going home to Hubballi this time. Amma is not pleased.

APJ Abdul Kalam said dreams are what do not let you sleep. Right now it is the PvPI form.
`,
  },
  {
    id: "in-gibbs-004",
    setting: "physiotherapy",
    role: "BPT student",
    text: `
**Description.** In my neuro posting in Manipal, my supervisor Dr. Shetty gave me a patient in his late twenties with Bell's palsy, House–Brackmann grade IV, on prednisolone 60 mg for five days and valacyclovir.

**Feelings.** I wanted to impress Dr. Shetty with electrical stimulation because we had just finished the electrotherapy module. She asked me why. I did not have a good reason.

**Evaluation.** We did facial expression exercises with a mirror instead, and I taught him to tape his eye at night. His biggest worry was not his face, it was the IPL auction — he works in a sports bar and talks to customers all day.

**Analysis.** The Cochrane review on electrical stimulation for Bell's palsy does not support routine use, and the 2013 AAO-HNS guideline agrees. I had fallen for the fancy machine.

**Conclusion.** Evidence first, machines second.

**Action plan.** Next week I will present this case at our Friday journal club. My friend Akshay is presenting on stroke rehab using the Brunnstrom stages, so we will have a full neuro morning. I also promised the patient I would watch the Mumbai Indians match with him if he does his exercises. Dr. Shetty says that is not evidence-based but she will allow it.
`,
  },
  {
    id: "in-free-005",
    setting: "community medicine",
    role: "community medicine postgraduate",
    text: `
Field visit reflection, for our HOD.

We went with the ASHA didi, Sunita ji, to a dhani outside Churu to follow up a high-risk pregnancy. The woman we visited, ⟦NAME|Santosh Kanwar⟧, is 24 and severely anaemic, Hb 6.8 g/dL. She lives at ⟦LOCATION|Meghwalon ki Dhani, behind the old step-well on the Sardarshahar road⟧ and had missed two ANC visits. Her husband ⟦NAME|Ramesh⟧ had gone to Surat for work, and her mother-in-law said she was "weak from birth".

We were there on ⟦DATE|the day of Karva Chauth⟧, so ⟦NAME|Santosh⟧ was fasting, which made everything harder. Sunita ji has known the family for years and convinced her to eat after moonrise and come to the PHC for iron sucrose.

Her Aadhaar, ⟦ID|${aadhaar("8391 5502 146")}⟧, was needed for the JSY payment and was linked to ⟦NAME|Ramesh⟧'s phone, ⟦PHONE|+91 98290 55512⟧, so the SMS went to Surat instead of to her. That one detail explains half the missed visits.

Our HOD, Dr. Meena, often quotes Rudolf Virchow: medicine is a social science. I had written that in my MD entrance essay without knowing what it meant. Anaemia Mukt Bharat has good guidelines. It does not have a setting for a woman who does not own her own phone.
`,
  },
  {
    id: "in-what-006",
    setting: "dental school",
    role: "MDS postgraduate",
    text: `
**What?** Oral medicine OPD in Chennai, Monday after Pongal. I saw seven patients with oral submucous fibrosis before lunch. My guide, Dr. Lakshmi ma'am, made me measure mouth opening with a vernier caliper for each of them — 18 mm, 22 mm, 15 mm. Every one of them chewed gutkha or mawa, and every one of them said they had stopped "last month".

**So what?** I knew the pathology: arecoline, fibroblasts, juxta-epithelial hyalinisation, the Khanna and Andrade staging from 1995. I did not know how to talk about quitting. Ma'am used the 5 A's — ask, advise, assess, assist, arrange — and referred two of them to the tobacco cessation centre. She said COTPA 2003 has been law for twenty years and the packets are still sold outside the bus stand.

**Now what?** My thesis topic is now fixed: the effect of brief cessation counselling on OSMF patients in our OPD. My co-PG Vignesh is doing lycopene versus intralesional dexamethasone, so we will compare notes. I will also stop eating sweet paan at my cousin's weddings, since ma'am has pointed out that my hypocrisy is visible.
`,
  },
  {
    id: "in-free-007",
    setting: "general surgery",
    role: "surgery resident",
    text: `
First-year surgery residency, Delhi. I want to write about ⟦NAME|Sardar Gurmeet Singh Bedi⟧, because he taught me more about post-operative care than my whole first month.

Sardarji was in ⟦FACILITY_ROOM|bed 23, Surgery ward 8, AIIMS⟧ after an emergency laparotomy for a perforated duodenal ulcer. UHID ⟦ID|107734519⟧. He was 78, a retired truck driver from ⟦ADDRESS|H.No. 214, Gali No. 6, Tri Nagar, Delhi 110035⟧, and he refused the ryles tube every single morning.

My senior resident, Dr. Ananya, told me to stop forcing it and ask why. He said it made him feel like a buffalo being led. We negotiated: tube in for 24 hours, then a trial of sips. His son ⟦NAME|Harpreet⟧ emailed me every night from ⟦EMAIL|harpreet.bedi.transport@gmail.com⟧ asking for updates, which I answered only after checking with Dr. Ananya what I could share.

On post-op day five ⟦NAME|Gurmeet ji⟧ developed a fever, 38.9 °C, and a wound collection. We opened the wound, packed it, and he was discharged on day 12. ERAS protocols and the Clavien–Dindo grading were in my head the whole time, but what I actually remember is negotiating with a proud old man about a tube.

Unit chief Prof. Mishra says surgery is ten percent cutting and ninety percent listening. I used to think that was a Lohri-party speech. It isn't.
`,
  },
  {
    id: "in-free-008",
    setting: "medical education",
    role: "associate professor of physiology",
    text: `
The AETCOM module has been part of the CBME curriculum since the NMC rolled it out in 2019, and I have been teaching it to first-years for five batches now. This year something shifted.

We do a session on "the doctor–patient relationship" in the second month. Usually it is slides, a video clip from Munna Bhai MBBS, and polite discussion. This year I asked students to write about a doctor they had met as a patient or relative. Sneha wrote about her grandfather's cardiologist in Nagpur, who drew diagrams on the back of the prescription. Farhan wrote about waiting eleven hours in a casualty in Lucknow. Deepthi wrote about the homoeopath her mother trusts more than any MBBS.

The discussion went for ninety minutes. Nobody checked their phone.

I think I had been teaching ethics as a list — Beauchamp and Childress's four principles, the Declaration of Helsinki, the Consumer Protection Act — and forgetting that eighteen-year-olds already have stories about doctors. Their stories are the curriculum.

Next year I will start with the stories and bring the principles in after. Dr. Banerjee from community medicine has offered to co-teach the session. Our exam dates for the first professional are 12 to 20 March, so I have to fit it before Republic Day.
`,
  },
  {
    id: "in-comment-009",
    setting: "medical education",
    role: "MBBS student",
    text: `
Arre Sneha, university topper in physiology!! I told you your Guyton notes were magic. Dr. Banerjee ma'am announced it in the lecture hall and Farhan started clapping before she finished the sentence. Treat is due — Bikanervala on Saturday, and no excuses about the NEET grand test. Also please share those notes with the juniors, they are already asking.
`,
  },
  {
    id: "in-comment-010",
    setting: "geriatrics",
    role: "BSc nursing student",
    text: `
Nice reflection Anju! I was on night duty the week ⟦NAME|Kunjamma ammachi⟧ was in ⟦FACILITY_ROOM|bed 17⟧, and she sang old Malayalam film songs to me at 2 a.m. when the drip alarm went off. Sister Leelamma made us do sodium correction sums for a whole week after that. I think you should send this to the college magazine — maybe change the bed number first.
`,
  },
  {
    id: "in-gibbs-011",
    setting: "prehospital",
    role: "emergency medical technician",
    text: `
**Description.** I work on a 108 ambulance in Hyderabad. During Sankranti week, when half the city goes home to the villages and the highways are full, we had a two-wheeler accident on the Outer Ring Road at around 11 p.m. A young man, GCS 10, open tibia fracture, no helmet.

**Feelings.** My hands were shaking. My pilot, Srinu anna, kept the traffic away while I did the primary survey.

**Evaluation.** I followed the PHTLS steps: airway with cervical spine control, breathing, circulation. I applied pressure to the bleeding, splinted the leg, and we reached the trauma centre within 22 minutes. The ERC physician on the radio, Dr. Kiran — guided me on fluids, and I gave 500 mL normal saline.

**Analysis.** The golden hour idea from R Adams Cowley is from the 1970s and is debated now, but on the Ring Road at midnight it still feels true. I was slow with the spinal board because I had never practised with only two people.

**Conclusion.** Practise with the real team size, not the training team size.

**Action plan.** I have asked our training officer, Mr. Prasad, for a two-person drill every month. And I will finally watch Baahubali 2 with my family, because I have missed every holiday for three years.
`,
  },
];
