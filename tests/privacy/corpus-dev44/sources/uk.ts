import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales): community dentistry, audiology, teledermatology, eye clinics. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "domiciliary dentistry",
    role: "dental foundation trainee",
    text: `**Description.** My first domiciliary visit with the community dental service. ⟦NAME|Mrs Ethel Brannigan⟧ is ⟦AGE|93⟧ and lives at ⟦LOCATION|Larkspur House care home in Great Ayton⟧. The carers had rung because her lower denture had gone missing for the third time and she had stopped eating her toast. We saw her in her chair by the window on ⟦DATE|Thursday 6 March⟧, my supervisor Mr Holloway guiding me through an extra-oral exam with a head torch.

**Feelings.** Clumsy. Without the dental chair, suction or a proper light I felt like a visitor rather than a clinician, and I was aware of how loud I was being.

**Evaluation.** What went well was slowing down. ⟦NAME|Ethel⟧ has moderate dementia but told me very clearly that the old denture "rattled like a tin of buttons". Her daughter ⟦NAME|Maureen⟧ joined by speakerphone and gave consent history I would never have got from the notes.

**Analysis.** SDCEP guidance on oral health in care homes (2016) talks about denture labelling, and this is exactly why: the home had three unlabelled lower sets in a drawer. Chlorhexidine 0.2% gel had been prescribed but nobody knew whose mouth it was for.

**Conclusion.** Mouth care is a nursing and dental problem at the same time.

**Action plan.** I will carry a denture-marking kit on every visit and offer a short teaching session to the home's day staff.`,
  },
  {
    id: "uk-what-002",
    setting: "audiology",
    role: "clinical scientist (audiology)",
    text: `**What?** A routine cochlear implant review turned into a lesson in how many identifiers live on one small piece of plastic. ⟦NAME|Gordon "Gordie" Pettigrew⟧ came to the Tuesday adult clinic saying his processor had been "cutting out in the rain". He has had bilateral implants for six years. When I logged the fault I needed the internal device serial, ⟦DEVICE|CI-522-0447913⟧ for the right side, his NHS number ⟦ID|${nhs("485 777 316")}⟧, and a mobile number, ⟦PHONE|07700 900583⟧, so the manufacturer could courier a loan processor.

**So what?** I had typed all three into a free-text email to the company before remembering the trust policy says to use the secure portal. The email was never sent, but it sat in my drafts for an hour. My supervisor, Dr Farah Qureshi, pointed out that a device serial is as identifying as a name once it is linked to the manufacturer's registry.

**Now what?** I have deleted the draft and raised it at our team huddle. We agreed a one-page checklist for fault reports: portal only, no serials in subject lines, and the patient's consent to share recorded in the notes. I also re-read the BAA guidance on data handling (2021) and set up a reminder on my clinic template.`,
  },
  {
    id: "uk-free-003",
    setting: "teledermatology",
    role: "GP registrar",
    text: `Teledermatology referrals have become half my admin. This week one taught me something about how patients share photos with us.

A woman in her thirties emailed the practice inbox with six photographs of a changing mole on her calf. The sender was ⟦EMAIL|jaz.kooner87@gmail.com⟧ and the signature block gave her full postal address, ⟦ADDRESS|22 Birchfield Crescent, Walsall WS5 3QN⟧, plus a link to the shared album she had made, ⟦URL|https://photos.app.goo.gl/Kq7sRbT2mXwL9eZd8⟧. Reception forwarded the whole email to me, then I forwarded it to the dermatology advice-and-guidance service.

Only when the reply came back did I notice I had passed her home address to a second organisation for no clinical reason. The dermatologist, Dr Ellison, was kind about it, but the point stands: the dermatoscopic image and the ABCDE features were all the service needed. Breslow thickness can only come from histology anyway, so my job was just to get good pictures across quickly.

What I am changing: I now save the images into the record, crop out anything that is not skin, and send them through the secure referral form rather than forwarding emails. I also asked our practice manager to change the auto-reply so patients stop sending photos to the general inbox. The 2WW pathway is fast; it does not need us to be careless to stay fast.`,
  },
  {
    id: "uk-gibbs-004",
    setting: "ENT clinic",
    role: "foundation doctor (FY2)",
    text: `Description: my first epistaxis follow-up clinic on an ENT rotation in Leeds. Most of the list were older adults on anticoagulants who had been packed in the emergency department the week before. My consultant, Mr Okonjo, asked me to see the straightforward ones alone and present them.

Feelings: I felt competent with the headlight and Thudichum speculum, less so with explaining why a Rapid Rhino had been needed.

Evaluation: two things went well. I found the bleeding point in Little's area in three patients and cauterised with silver nitrate, one side only, as I had been taught. I also remembered to check the full blood count in a man on apixaban 5 mg twice daily. What went less well was a woman in her eighties with recurrent bleeds and small red spots on her lips and fingertips. I did not think of hereditary haemorrhagic telangiectasia (Osler–Weber–Rendu) until Mr Okonjo asked about her family history.

Analysis: I had treated the nose as the whole problem. The Curaçao criteria are simple, and asking about nosebleeds in parents and siblings would have taken thirty seconds.

Conclusion: a pattern of recurrent epistaxis deserves a family history every time.

Action plan: I have added HHT to my mental checklist for nosebleed clinic and will read the 2020 international HHT guideline before next week's list.`,
  },
  {
    id: "uk-what-005",
    setting: "virtual glaucoma clinic",
    role: "optometrist",
    text: `What? I have been working in a virtual glaucoma clinic for three months. Patients attend a technician-led session for pressures, fields and OCT, and I review the data remotely the next day. On Monday I reviewed forty sets of results and flagged six for a face-to-face appointment.

One set bothered me. The intraocular pressure was 19 mmHg on latanoprost, which looked fine, but the Humphrey 24-2 showed a new inferior arcuate defect and the OCT nerve fibre layer had thinned by 8 microns since the last visit. The Goldmann readings had been taken at 4pm, and glaucoma pressures are often higher in the early morning.

So what? In a virtual clinic it is easy to review numbers instead of a person. NICE NG81 (2017) is clear that progression matters more than a single pressure. Without seeing the patient I had no chance to ask about adherence, drops technique, or whether the bottle had been left in a hot car all summer.

Now what? I phoned the patient myself, with my supervisor Ms Rahman listening in, and booked a review with diurnal phasing. I have started adding a short adherence question to the technician script. I will present this case at our monthly audit to argue that every progression flag should trigger a phone conversation, not just a letter.`,
  },
  {
    id: "uk-free-006",
    setting: "breaking bad news by video",
    role: "general practitioner",
    text: `I broke bad news by video for the first time this month, and I want to record what I learned before it fades.

The histology came back as a superficial spreading melanoma, Breslow 1.8 mm, no ulceration. The patient is a retired teacher in his late sixties who had asked for results by video because his wife uses a wheelchair and getting to the surgery is a production. The dermatology team had already listed him for wide local excision and sentinel node biopsy, and I had the plastic surgeon's letter open in another window.

I used SPIKES, as Dr Priya Nair had drilled into us at the training day. Setting was the hard part. I asked him to check that his camera showed his face, that he was sitting down, and that his wife was next to him if he wanted her. He did. I paused after the word "melanoma" and counted to five in my head. On video, silence feels twice as long, and I nearly filled it.

What went well: I shared the screen and drew the staging on a simple diagram. What went badly: the connection froze just as he asked "is it spreading?", and I answered a question he had not finished asking.

Next time I will agree a plan at the start for what we do if the call drops, and I will keep a printed copy of the Macmillan leaflet ready to post the same afternoon.`,
  },
  {
    id: "uk-free-007",
    setting: "remote island general practice",
    role: "practice nurse",
    text: `A short reflection on messaging in a very small place.

I cover a remote practice in Shetland where everyone knows everyone. Last week a man with a slow-healing leg ulcer asked if he could send photos of his dressing on WhatsApp rather than take the ferry. I agreed too quickly. The photos came from a number saved in his phone as "⟦NAME|Skipper⟧", and the profile picture was him standing on his boat with the name painted on the hull. In one image, the edge of a repeat-prescription slip was visible with his CHI number, ⟦ID|${nhs("120448 312")}⟧.

He is ⟦OTHER|the only man who runs puffin-watching trips out of Fetlar⟧, so even without his name anyone in the islands could tell who he was from the profile photo alone. I had saved those images to my personal phone's gallery, which backs up to a cloud account.

Dr MacLeod and I talked it through. We deleted the images from my phone and the cloud, saved clean copies to the record, and I rang him to explain why we would use the NHS Near Me video service or the practice's secure photo upload from now on. He laughed and said the whole island already knew about his leg. That may be true, but the record is ours to protect, not his neighbours' to read.

Our practice now has a written photo policy, and I wrote the first draft.`,
  },
  {
    id: "uk-gibbs-008",
    setting: "OSCE",
    role: "fourth-year medical student",
    text: `Description. In my mock OSCE the ophthalmology station asked me to examine the pupils and fundi of a simulated patient and present my findings. The examiner was Dr Hughes, a registrar who teaches on Wednesdays.

Feelings. I was confident walking in. I had practised the swinging light test on housemates all weekend. Then the ophthalmoscope battery was nearly flat and the room lights would not dim.

Evaluation. I did the sequence in order: inspection, acuity with a Snellen chart at 6 metres, pupils, then the fundus. I found the relative afferent pupillary defect on the left and called it a Marcus Gunn pupil, which earned a nod. I then froze on the fundus, saw nothing clearly, and said "normal disc" because I felt I had to say something.

Analysis. Saying something I had not seen is the worst mistake I can make, and I made it under mild pressure in a practice exam. Dr Hughes said the marking scheme rewards "I could not obtain an adequate view" far more than invented findings. Real patients with optic neuritis or papilloedema deserve the same honesty.

Conclusion. Equipment problems are part of clinical life; my response to them is what is being assessed.

Action plan. I will check the ophthalmoscope before I start at every station, ask for the lights to be dimmed, and practise saying "I could not see" out loud before the real OSCE on 14 June.`,
  },
  {
    id: "uk-what-009",
    setting: "dermatology phototherapy",
    role: "dermatology nurse specialist",
    text: `What? I run the narrowband UVB sessions in our phototherapy unit. On ⟦DATE|12/02/2025⟧ a gentleman referred to as ⟦NAME|Mr D.R.⟧ in our booking diary, ⟦AGE|aged 90⟧ and the oldest patient we have ever treated for psoriasis, attended for his eleventh exposure in ⟦FACILITY_ROOM|Cubicle 2 of the phototherapy suite at Pennine Vale General Hospital⟧. I had increased his dose by 10% per protocol. Afterwards he mentioned, almost in passing, that he had started doxycycline for a chest infection from his GP four days before.

So what? Doxycycline is photosensitising, and our pre-session question sheet asks about new medicines, but it is laminated, well-thumbed, and the patient fills it in himself. His handwriting is shaky and he had ticked "no" to every box out of habit. He developed a mild erythema that evening, thankfully no blistering. The British Photodermatology Group guidance lists the drug question as essential because this exact mistake is common.

Now what? I now ask the medicine question aloud at every session and record the answer myself, especially for older patients and anyone with visual impairment. I reported the event through our incident system as a near miss with minor harm. I also suggested to our lead, Dr Chaudhry, that the unit's pharmacist screens the GP record before each course starts.`,
  },
  {
    id: "uk-gibbs-010",
    setting: "dental sedation",
    role: "dental nurse",
    text: `Description. During an intravenous sedation list at our community dental clinic, a nervous young man fainted in the waiting room before we had even cannulated him. I was the second trained person present; the dentist was Ms Walsh.

Feelings. My heart raced. Medical emergencies in dental settings are rare and I had only done the annual scenario training.

Evaluation. We laid him flat, raised his legs, gave oxygen at 15 L/min and checked a capillary glucose, which was 5.2 mmol/L. He came round within a minute. His pulse was 48 and rose to 72. We did not need the emergency drug kit, though I had opened it and found the glucagon in date and the GTN spray close to expiry.

Analysis. Vasovagal syncope is the most common emergency in dental practice, and the Resuscitation Council UK 2021 quality standards for primary dental care expect every team member to rehearse it. We had, but not recently in the waiting area, which has chairs bolted to the floor and no room to lay someone down.

Conclusion. Our response was safe but slower than it should have been because of the room layout.

Action plan. I have asked for a folding mat in the waiting room, replaced the GTN, and proposed a monthly five-minute drill. I will also lead the next scenario session, using this episode without any details that could identify him.`,
  },
  {
    id: "uk-comment-011",
    setting: "audiology",
    role: "audiology trainee",
    text: `Really useful checklist, thank you. One thing: in your handover notes from last week you wrote that ⟦NAME|Mr Pettigrew⟧ drives in from ⟦LOCATION|Kettlewell⟧ every clinic day. With his implant side and the village, half of our waiting room would know him. Might be worth a quick edit before the team reads it.`,
  },
  {
    id: "uk-comment-012",
    setting: "teledermatology",
    role: "dermatology registrar",
    text: `Good reflection. From the receiving end, the photos that help most are one overview, one close-up with a ruler, and one dermatoscopic view, exactly as the British Association of Dermatologists photo guidance (2017) says. Dr Shah in our department runs a short video for practices; happy to send the link to your practice manager if useful.`,
  },
];
