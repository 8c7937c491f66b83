import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: Rajasthan, Tamil Nadu, Himachal, Odisha, Assam, Maharashtra, Punjab, Kerala. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "primary health centre",
    role: "medical officer",
    text: `
I am the only medical officer at a PHC in Udaipur district, Rajasthan, about 70 km from the district hospital. On ⟦DATE|22 June⟧, during the first heavy rain, the ASHA didi from ⟦LOCATION|Kherwara Phalla, the hamlet past the check dam⟧ brought a woman on a motorbike: ⟦NAME|Kamla Bai Meena⟧, 34, G5P4, in her third day of labour at home, with a retained placenta and a pulse of 128.

We did what we could: IV access, oxytocin, manual removal with the staff nurse holding the torch, misoprostol, and a referral letter with her Aadhaar number ⟦ID|${aadhaar("4823 6195 047")}⟧ so that she would be registered for Janani Suraksha Yojana money at the FRU. Her husband's number, ⟦PHONE|+91 94140 55521⟧, went on the letter too, because the 108 ambulance operator insisted.

She survived. Haemoglobin 5.8 on arrival, three units of blood, and home after six days.

What I keep thinking about: the ASHA knew on day one that labour was not progressing. She had called me. I had told her to wait because the road was washed out and I had no vehicle. I hid behind "the system". The system is me, here. Since then I have got the sarpanch to agree that the panchayat tractor will carry any woman in labour, day or night, and I have put my own phone number on the wall of every anganwadi in the block.
`,
  },
  {
    id: "in-what-002",
    setting: "rural general practice",
    role: "family physician",
    text: `
**What?** Pongal week in a village near Madurai, where I have run a small family practice for nine years after my MD in Family Medicine in Vellore. Jallikattu is held in the next town, and every year I see young men with bull-horn injuries to the thigh and perineum. This year our team, two nurses and me, set up a first-aid post near the vadivasal with the district health department.

**So what?** The injuries were predictable: lacerations, two femur fractures, one penetrating abdominal wound that needed laparotomy at the government medical college hospital in Madurai. What I had not predicted was how much the crowd would try to influence triage. Uncles pushed their nephews forward. A local politician wanted his cousin seen first. My senior nurse, Sister Selvi, handled it better than I did, with a loud voice and a triage tag system we had printed the night before.

I also reflected that I was never neutral. My own cousins were in that crowd, cheering.

**Now what?** Next year: a proper START triage board, police at the tent entrance, and a written list of referral pathways pinned up. Tetanus toxoid and ceftriaxone stock doubled. And I will talk at the gram sabha about helmets and padded vests, even if everyone laughs. Professor Jacob, my old teacher, always said the family physician's first duty is prevention. Even at jallikattu.
`,
  },
  {
    id: "in-free-003",
    setting: "orchard injury",
    role: "medical officer",
    text: `
Apple season in upper Shimla district. Every September we see falls from ladders and trees, and this year it was a man I know well: ⟦NAME|Sh. Inder Singh Chauhan⟧ runs the apple packing shed next to my quarters and sells me my vegetables. He fell from a ladder on ⟦DATE|11 September⟧ and came to the CHC with a paraplegia below T12.

I wrote his IPD number, ⟦ID|CHC/IPD/2209/0447⟧, on the referral to ⟦FACILITY_ROOM|IGMC Shimla, Ortho Ward 3⟧ and his home address for the ambulance, ⟦ADDRESS|Village Kotkhai, PO Kotkhai, Tehsil Kotkhai, Shimla 171202⟧, because the driver did not know the lanes.

Difficult things: his wife kept asking me, as a neighbour, whether he would walk again. I knew from the exam, no sensation below the umbilicus and absent anal tone, that this was unlikely. I told her that the doctors in Shimla would decide, which was cowardly and also partly true.

What I learned: as the local doctor, I am the person families ask the hard question of, because I am the one they trust. I need to learn how to break bad news properly; SPIKES was something I memorised for the MBBS exam and then forgot. I have asked Dr Thakur at the district hospital if I can sit in on her family meetings. And I now carry a list of the spinal injury rehabilitation centres in north India for families who ask what comes next.
`,
  },
  {
    id: "in-gibbs-004",
    setting: "community health centre",
    role: "medical officer",
    text: `
**Description.** Bonded rural service year in a tribal block of Koraput, Odisha. I am 26, from Bhubaneswar, and I had never lived in a village until this posting. On Thursdays I go with the mobile health unit to the weekly haat, where we see 80 to 120 patients in four hours under a neem tree.

**Feelings.** Overwhelmed in the first month, now something closer to joy.

**Evaluation.** The haat clinic works because people are already there: they come to sell millets and buy salt, and they see us. We diagnosed falciparum malaria with RDTs, treated scabies with permethrin, found three new TB cases with sputum cups, and referred one child with severe acute malnutrition to the NRC. What went badly: I could not speak Desia, and I relied on our ANM, Rashmita, for everything.

**Analysis.** The literature on weekly-market outreach is thin, but the NHM guidelines for mobile medical units (2013) and the work of the Jan Swasthya Sahyog group in Chhattisgarh helped me think about continuity. Without records, every visit is a first visit.

**Action plan.** Learn Desia properly; I have a tutor now, the headmaster of the Ashram school. Start a simple paper register at the haat so that follow-ups are possible. Talk to the BMO about ORS and zinc stock. And keep going, because the haat is the only health system many of these families have.
`,
  },
  {
    id: "in-free-005",
    setting: "telemedicine",
    role: "medical officer",
    text: `
eSanjeevani teleconsult from a Health and Wellness Centre in Wayanad, Kerala. The CHO, a nurse, connected me with ⟦NAME|Smt. Leela Kunhiraman⟧, who lives in ⟦LOCATION|the Paniya colony at Thrissilery⟧ and has uncontrolled hypertension and a new foot ulcer.

The video kept failing. Our IT person later said the HWC tablet's connection was being routed through ⟦IP|198.51.100.23⟧, a shared hotspot that the panchayat office also uses, and that the consult record with her UHID, ⟦ID|WYD-HWC-0082391⟧, was visible from the panchayat computer. That is a privacy problem nobody had noticed.

Clinically: BP 182/104, RBS 288, a neuropathic ulcer on the first metatarsal head, and no footwear. I started amlodipine 5 mg and metformin, asked the CHO to do a monofilament test, and arranged a visit by the palliative-care volunteer team who already visit the colony for another patient.

What I learned: telemedicine in the hills is only as private as the weakest router. I wrote to the district programme manager about a separate connection for the HWC. I also learned that a foot ulcer on a video screen looks smaller than it is. The volunteer's photo the next day showed slough and cellulitis, and she needed antibiotics I had not prescribed.
`,
  },
  {
    id: "in-comment-006",
    setting: "primary health centre",
    role: "medical officer",
    text: `
Sir, very honest writing. I was posted in Dungarpur for my rural service and the washed-out road story is the same there every monsoon. One suggestion: the Rajasthan government has a bike-ambulance scheme in some blocks; ask your BCMO. Also please share the tractor agreement format, I would like to try it with our sarpanch. Regards, Dr Neha Bhati
`,
  },
  {
    id: "in-free-007",
    setting: "tea garden hospital",
    role: "garden medical officer",
    text: `
I am the medical officer for a tea estate hospital in upper Assam, where our patients are the garden workers, their families and the retired workers who still live in the lines. Rongali Bihu was last week; my own family came from Guwahati and we watched the Bihu dancers in the factory compound.

A woman whose family has worked the estate for four generations was brought in on ⟦DATE|the second day of Bihu⟧: ⟦NAME|Budhni Tanti⟧, ⟦AGE|92 years old⟧, who still sits outside her quarters in ⟦LOCATION|Line No. 7 of the Borbari division⟧ sorting leaves for the children. She had fallen on the mud path during the rain and was confused, with a sodium of 118 and a chest infection.

She is the oldest person anyone can remember on the estate, and her granddaughter is one of our nurses. That made the end-of-life conversation easier in some ways and much harder in others: the nurse wanted us to "do everything", as a nurse; the family wanted her home, as a family.

We treated the pneumonia, corrected the sodium slowly to avoid osmotic demyelination, and she went home on day five. She died in her own bed two weeks later, with the whole line sitting outside. I was invited to the funeral, and I went.

Lessons: honour the family's wishes, support the colleague who is also the granddaughter, and give permission for nobody to be a nurse that day.
`,
  },
  {
    id: "in-what-008",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
**What?** I am a GP in a taluka town in Satara district, Maharashtra. My father ran this dispensary before me. On Sundays the weekly bazaar brings in patients from the surrounding villages, and this Sunday I saw 64 people, including eleven with hypertension, six with diabetes, and a teenage boy with Bell's palsy who was convinced he had been cursed.

**So what?** I realised how much I depend on pattern and memory. I know the families. I know whose father had a stroke, whose mother had TB. It makes me fast, but it also makes me lazy. I had not checked HbA1c in half my diabetics for over a year, because "they are stable". When I audited 30 charts, the mean HbA1c was 8.9%.

Also, the boy with Bell's palsy: I explained House-Brackmann grading, started prednisolone 60 mg within 72 hours of onset, taught eye care, and then spent ten minutes with his grandmother, who had already paid a bhagat to remove the curse. We agreed he could have both.

**Now what?** A simple diabetes register in an exercise book, annual HbA1c and foot check, and a reminder system using the chemist's WhatsApp broadcast list for the Sunday bazaar. My father laughs at me. His system was his memory, and he was brilliant, but I am not him.
`,
  },
  {
    id: "in-free-009",
    setting: "road accident",
    role: "house surgeon",
    text: `
Internship rural posting at a CHC in Sangrur district, Punjab. On the night of ⟦DATE|Lohri⟧ a tractor-trolley carrying sugarcane overturned on the canal road. The driver, ⟦NAME|Gurnam Singh⟧, 48, from ⟦LOCATION|Bhawanigarh's Dhaliwal patti⟧, was brought in by the people who pulled him out, along with the tractor's number plate, ⟦OTHER|PB 13 AK 5521⟧, which the police head constable insisted I write in the MLC register.

He had a crush injury to the right leg and a pelvic fracture; BP 80/50. I put in two wide-bore cannulae, bound the pelvis with a bedsheet (we have no binder), gave tranexamic acid and sent him to Patiala. His Aadhaar, ⟦ID|${aadhaar("7264 0518 339")}⟧, was on the Ayushman Bharat card in his pocket.

What I learned: the medico-legal part of rural emergencies takes as much time as the medicine. I filled the MLC, the referral letter, the police intimation and the ambulance log while my senior, Dr Harpreet, ran the resuscitation. That split of tasks was right, and I only understood it later.

Also: Lohri night is a bonfire party for most of Punjab and a mass-casualty risk for the CHC. Next year I will ask the SMO to roster two doctors.
`,
  },
  {
    id: "in-free-010",
    setting: "palliative care",
    role: "family physician",
    text: `
Kerala's community palliative care network is the thing I am proudest of in Indian primary care, and this month I finally understood why. I work in a family medicine practice in a small town in Malappuram district, and I joined the volunteer team's Thursday home visits.

The team is a nurse, a driver, and three volunteers: a retired schoolteacher, a fish seller and a college student. They have no medical training beyond the 16-hour course, but they know every house in the panchayat, who is alone, who drinks, whose son is in the Gulf.

In one morning we saw six people: advanced COPD, a bedbound stroke survivor, two with cancer, one with motor neurone disease, and a young man with a spinal injury from a fall from a coconut tree. Oral morphine is stocked at the PHC now, thanks to the 2014 amendment to the NDPS Act that Dr M.R. Rajagopal and Pallium India fought for.

What I learned: the volunteers do the hardest work, which is showing up. My job is to give them clinical backup, a phone that is always answered, and a morphine prescription that is written properly. I also learned that I had been ordering too many tests for dying people.

I have signed up for the Thursday visits for the rest of the year.
`,
  },
];
