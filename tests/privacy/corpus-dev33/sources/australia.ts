import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote eye health",
    role: "optometrist",
    text: `Outreach optometry trip in the Western Desert, three communities in five days, flying in with the visiting team. We do refractions, diabetic retinopathy photos and a trichiasis check, and the visiting ophthalmologist comes twice a year for surgery.

One of the old men I saw, ⟦NAME|Mr Tjapaltjarri⟧, from ⟦LOCATION|Kiwirrkurra⟧, had advanced trachomatous trichiasis — his lashes were scratching his cornea with every blink. He'd been epilating them with tweezers for years. His Medicare number on the clinic list, ⟦ID|${medicare("2953 7164", 2)}⟧, had been typed with a digit wrong, so his last referral had bounced.

We fixed the number and booked him for surgery on ⟦DATE|the 19th⟧, when the ophthalmologist is in the region. The clinic's Aboriginal health worker, Charmaine, explained the procedure to him in his own language. He agreed.

I had not expected to see trachoma in Australia. Australia is the only high-income country where it is still endemic, in remote Aboriginal communities. The SAFE strategy — surgery, antibiotics, facial cleanliness, environmental improvement — matters most on the E: working washing machines, taps that run, housing that isn't overcrowded.

What I took from this trip is that a wrong digit can cancel a surgery. The admin work is part of the clinical work.`,
  },
  {
    id: "au-what-002",
    setting: "paediatric audiology",
    role: "audiologist",
    text: `What? Hearing screening at a community health centre in the Northern Territory. Of 31 children under six, 19 had abnormal tympanograms, and nine had perforated eardrums with discharge. Chronic suppurative otitis media is so common in some communities that families call it "running ears" and consider it normal.

So what? Rates of CSOM among Aboriginal children in remote areas are among the highest in the world, far above the WHO threshold for a public health emergency. Hearing loss at this age affects language, school, and later employment and contact with the justice system. These children will start school unable to hear the teacher.

Now what? We're working with the remote clinic nurses on dry mopping and antibiotic drops (ciprofloxacin) and with the school on sound-field amplification systems in the classrooms. Our team leader, Bec, is building a referral pathway to the visiting ENT surgeon for kids who need a myringoplasty. I'm learning some basic phrases in Kriol from the health workers, because I'd like to at least greet families in their language. Progress will be slow, and it will take housing and water as much as medicine.`,
  },
  {
    id: "au-gibbs-003",
    setting: "skin cancer clinic",
    role: "dermatology registrar",
    text: `Description: In our skin cancer clinic on the Sunshine Coast, a farmer in his sixties had a 12 mm pigmented lesion on his back which his wife had noticed. Dermoscopy: atypical network, regression structures, blue-white veil. Excision showed a melanoma, Breslow thickness 1.4 mm.

Feelings: I was nervous about calling him with the result. He had said he "didn't want any fuss".

Evaluation: I phoned on the mobile he gave at reception, ⟦PHONE|0491 570 266⟧, and got his wife. I did not give the result on the phone, only asked him to come in. He came the next day with her, and the conversation went better than I expected — he asked practical questions about the wider excision and the sentinel node biopsy.

Analysis: His wife had wanted to know the result over the phone; I said no, and she was cross. I think it was the right decision, but I could have explained why.

Conclusion: Practical people like practical plans. He relaxed once he knew what would happen, when.

Action plan: The referral letter went to the surgeon with his address, ⟦ADDRESS|418 Bli Bli Road, Maroochy River QLD 4561⟧, for the bookings team. I want to review how we give results by phone and what we say when a family member answers. Our consultant, Dr. McKenzie, suggested a script for callbacks.`,
  },
  {
    id: "au-comment-004",
    setting: "skin cancer clinic",
    role: "GP registrar",
    text: `Same tension in general practice: relatives answer the phone and want the result. What helped us was asking patients at their first visit who we may talk to, and writing it in the notes. Then nobody has to decide on the spot.`,
  },
  {
    id: "au-free-005",
    setting: "public dental clinic",
    role: "dentist",
    text: `I work in a public dental clinic in northern Tasmania. Adults wait for general care, sometimes for more than a year. Most of what I do is emergency relief — extractions, temporary fillings — for people who have been in pain for weeks.

Today a woman in her thirties came in with pain in three teeth, all needing root canals or extraction. She had been waiting for a general care appointment for 14 months. She asked me to take them all out, because she couldn't take another day off work for root canals, and because she had been told that was all the public system would do.

I didn't want to take out restorable teeth in a 33-year-old. We talked for a while. We agreed to extract one tooth that was beyond saving (a fractured lower molar) and do emergency pulpotomies on the other two, with a referral to the priority list. She was disappointed. I'm not sure I did the right thing — she might not come back.

Dental care in Australia is largely outside Medicare for adults, and the people who most need it are least able to afford it. I cannot fix that from my chair. What I can do is not make decisions for people based on the assumption that they'll never get further care.`,
  },
  {
    id: "au-comment-006",
    setting: "remote eye health",
    role: "clinic nurse",
    text: `Lovely reflection. I was the nurse on that trip! Just so you know, the surgery for ⟦NAME|Mr T⟧ got moved — he's now on the ⟦FACILITY_ROOM|Alice Springs Hospital⟧ list for ⟦DATE|Thursday 27 March⟧ because the visiting theatre fell through. His niece ⟦NAME|Raylene⟧ will come with him as escort. I'll let the community know.`,
  },
  {
    id: "au-what-007",
    setting: "ENT",
    role: "ENT nurse",
    text: `**What?** ENT outpatients, and a teenager with a large keloid on her ear lobe after a piercing at a shopping-centre kiosk. It was the second recurrence after surgical excision. Our registrar did another excision and injected triamcinolone into the wound edges, with a plan for pressure earrings and further steroid injections.

**So what?** She was more worried about her looks than about recurrence. She had been hiding the ear with her hair for a year and had stopped swimming at school. I realised that I'd been treating it as a minor procedure — local anaesthetic, ten minutes — when for her it was a big deal.

**Now what?** I talked to her about the pressure earrings and showed her some that look like ordinary jewellery. I also gave her the information about what to expect and when to come back. The plan is steroid injections every four to six weeks. I'm going to suggest to the team that we offer a follow-up call after these procedures, because teenagers are often too embarrassed to say that they're struggling.`,
  },
  {
    id: "au-free-008",
    setting: "hearing aid fitting",
    role: "audiologist",
    text: `Hearing aid check for an old bloke everyone at the clinic calls "⟦NAME|Snowy⟧" — ⟦NAME|Reginald "Snowy" Whitcombe⟧, a retired shearer from out past ⟦LOCATION|Nyngan⟧. He came in with his granddaughter because his left aid "just stopped". The aid was full of wax and sweat and the receiver had died. The serial number, SN ⟦DEVICE|2218-44713-L⟧, was still under warranty, so the repair was free.

He said he wears them at the pub but not at home, because "the missus talks too much". I don't think he was joking entirely. His granddaughter said Nan had been saying things three times for years.

Hearing aid use is not about the device. I had a long list of tips in my head about cleaning and drying the aids, but the conversation I needed to have was about the two of them, and whether he was missing out at home. We agreed to try a TV streamer so he could hear the television without turning it up, which was one of their fights.

When I phoned a week later, his granddaughter answered and said they'd watched a whole footy match without a single argument. That's as good an outcome as I'm going to measure.`,
  },
  {
    id: "au-gibbs-009",
    setting: "ophthalmology",
    role: "medical student",
    text: `Description: My ophthalmology placement in a regional eye clinic. I saw a 52-year-old man with sudden painless loss of vision in one eye, which he noticed when he woke up. Fundoscopy showed a cherry-red spot at the macula — a central retinal artery occlusion.

Feelings: I felt helpless when the registrar told me there was little we could do for the vision, because it had been more than twelve hours.

Evaluation: The important part was not the eye. CRAO is a stroke of the eye. The registrar organised urgent carotid Doppler, echocardiogram, blood tests and a stroke team review. He had untreated atrial fibrillation.

Analysis: I had thought of the eye in isolation. The textbook says "ocular massage, anterior chamber paracentesis", but the evidence for those is poor, and the real benefit for the patient was finding the AF and starting anticoagulation to prevent a bigger stroke.

Conclusion: The eye is part of the patient. A CRAO should be treated with the same urgency as a TIA.

Action plan: I'll revise the acute stroke pathway and how it overlaps with ophthalmology. I'm also going to present this case at our student tutorial, because several of my classmates didn't know the link either.`,
  },
  {
    id: "au-free-010",
    setting: "oral surgery",
    role: "oral surgery registrar",
    text: `# Handover I should not have written like this

Copied from my own handover note to the weekend registrar, as a lesson (names changed below to what I *should* have written).

## Friday handover — OMFS

- **⟦NAME|Mrs Liddell⟧**, ⟦ADDRESS|Unit 4/17 Banksia Street, Mount Isa QLD 4825⟧, flown down by the RFDS. Ludwig's angina from a lower left 8, drained in theatre Thurs, intubated overnight, now extubated. Hospital number "⟦ID|four-four-seven-one-nine-two-eight⟧" (⟦ID|4471928⟧ — I typed it out in words because the dictation app kept turning it into a date). IV amoxicillin-clavulanate 1.2 g TDS + metronidazole 500 mg. Swelling settling.
- Daughter wants photos of the wound sent to the family. She set up a shared album: [Mum's jaw pics](⟦URL|https://photos.example.com/share/liddell-fam-2291⟧). **Do not add clinical photos to this.**
- Needs OPG Monday.

## What was wrong with it

Everything above is what a handover needs *inside* the secure system. I sent it as a text message to a personal phone, with the full address because the RFDS retrieval form had it at the top. My consultant, Dr. Papadopoulos, was kind but clear: handover by the secure app or in person, never SMS, and a name plus bed is enough. The shared album link should never have left the daughter's phone.

## What I do now

I write handover in the secure app with bed, initials and problem. If I must text, I text "please check the app".`,
  },
];
