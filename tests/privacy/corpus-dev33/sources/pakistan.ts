import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "cataract camp",
    role: "ophthalmology trainee",
    text: `Free eye camp in Tharparkar with our department, three days in the desert in a borrowed school building. We did 180 SICS cases with two operating microscopes and a generator that failed twice.

The patient I keep thinking of is ⟦NAME|Mai Sakina⟧, a widow from ⟦LOCATION|Goth Rahimo Bheel, past the Mithi–Islamkot road⟧, who walked with her grandson for most of a night to get there. Both eyes were mature cataracts; she had been blind for four years. Registration required a CNIC, and hers had expired, so the volunteer wrote her son's instead: ⟦ID|44103-5829176-3⟧. I am not sure that was right, but otherwise she would have been sent home.

Her right eye went well. On the second day, with the patch off, she said "Allah ka shukar" and then asked whether we could do the other eye before the camp packed up. We couldn't; the list was full. We told her to come to the city hospital in three months, knowing the journey is expensive and she would probably not come.

Our professor, Dr. Memon, says camps must be followed by a system, not just more camps. I agree. Second-eye surgery doubles the benefit for a small cost, and we are not set up to give it. I'd like to help plan the next camp so that second eyes are booked before we leave, even if it means fewer first eyes.`,
  },
  {
    id: "pk-what-002",
    setting: "dermatology",
    role: "dermatology trainee",
    text: `What? Cutaneous leishmaniasis clinic in our hospital in Balochistan during the winter. Most patients were children with "oriental sores" — painless, crusted ulcers on the face or hands — many from families displaced from Afghanistan. We gave intralesional sodium stibogluconate weekly and used cryotherapy for small lesions.

So what? The injections are painful and children need many of them. Several families stopped coming after two or three sessions. A mother told me, in Pashto through our nurse, that her daughter cried for the whole bus ride. The lesions do heal, but they leave scars on the face, and for girls in particular those scars matter later in life.

Now what? I've started timing the cryotherapy and injections together, using topical anaesthetic cream (EMLA) an hour before, and keeping the number of injection points low. Our senior registrar, Dr. Kakar, wants to trial thermotherapy, which needs fewer visits. I'd also like to do a small survey of why families stop attending, because my guess — distance and cost of transport — might be wrong.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "ENT",
    role: "house officer",
    text: `Description: On my ENT rotation, a 17-year-old boy came with a foul discharge from his left ear and a headache. It was chronic suppurative otitis media with cholesteatoma. He was admitted to ⟦FACILITY_ROOM|ENT Ward 2, bed 11 at Mayo Hospital⟧. His name was ⟦NAME|Zeeshan Akhtar⟧. On the second night he became drowsy and vomited.

Feelings: I was the only doctor on the ward and I was scared.

Evaluation: I called my registrar, Dr. Rana, immediately and he came. CT showed a temporal lobe abscess. He went to neurosurgery that night and had a combined procedure later. He survived.

Analysis: The warning signs had been there — headache, fever the night before — and they were written in the nursing notes, but I did not read the notes at the evening handover. I only read the vitals.

Conclusion: Complications of CSOM are rare in richer countries but not here. In a boy with cholesteatoma, headache is an emergency until proven otherwise.

Action plan: I now read the nursing notes at every handover. I've also added the patient's father's number (⟦PHONE|0300 5551247⟧) to my ward list because last time no one could reach the family for consent — and then I realised that my ward list lives in my pocket, not in a locked drawer, so it has gone back in the file.`,
  },
  {
    id: "pk-free-004",
    setting: "oral cancer clinic",
    role: "dental surgeon",
    text: `In our oral and maxillofacial clinic in Karachi, most of the cancers we see are in the buccal mucosa, on the side where the patient keeps their naswar or gutka. A man in his forties came today with an ulcer that had been there for six months. He had been given four courses of antibiotics and a mouthwash by two different doctors.

By the time he reached us, the tumour had involved the mandible. The surgery will be a segmental mandibulectomy with a free fibula flap, and radiotherapy after. He asked me if he would still be able to eat roti.

Three things from today. First, any ulcer that hasn't healed in three weeks should be biopsied. This is taught in the first year of BDS and still gets missed. Second, patients are not going to stop chewing because we lecture them. The one who stopped, in our clinic, did it because his daughter asked. Third, I need to get better at saying "I think this is cancer" clearly, because the vague version ("it may be something serious") makes people go home and wait.

Our head of department, Prof. Siddiqui, is planning a screening day with the local paan shops. I'm helping with the leaflets, in Urdu and Sindhi.`,
  },
  {
    id: "pk-comment-005",
    setting: "ENT",
    role: "medical student",
    text: `Sir, I remember this case — he was the boy from ⟦LOCATION|Mohalla Islampura, Shahdara⟧ whose father drives the white Suzuki pickup, ⟦OTHER|LES-4417⟧, that was always parked by the emergency gate, right? ⟦NAME|Zeeshan⟧ came back to the OPD last week with a new discharge on the other side. I told him to come on Monday for review.`,
  },
  {
    id: "pk-what-006",
    setting: "paediatric audiology",
    role: "audiologist",
    text: `**What?** A three-year-old girl with no speech was brought by her parents after a religious healer had told them she was "stubborn". Her ABR showed a bilateral severe-to-profound sensorineural loss. She was fitted with high-power hearing aids while we assessed her for a cochlear implant.

**So what?** I had to tell the parents that their daughter is deaf. I had practised in English but the conversation was in Punjabi, with the grandmother present. The grandmother asked whether it was because of the marriage — the parents are first cousins. That is possible. Consanguinity increases the risk of autosomal recessive hearing loss, and it's common here. But in the room, with the mother beside her, the question felt like an accusation.

**Now what?** I said that many things can cause hearing loss, that nobody was to blame, and that the most important thing is what happens next. Afterwards my supervisor, Ms. Farooq, said I should also offer genetic counselling where it's available, gently, for future pregnancies. I also need to learn a few signs in Pakistan Sign Language, so that I can show families early that there is more than one way for a child to communicate.`,
  },
  {
    id: "pk-free-007",
    setting: "optometry",
    role: "optometrist",
    text: `Winter in Gilgit, and our optometry clinic was quiet. The morning I want to record is the one when ⟦NAME|Bibi Gul Jahan⟧ came in with her two grandchildren on ⟦DATE|the third day of Eid⟧. She had a pterygium growing over the cornea in both eyes, worse on the right, and she wanted glasses "for the sun".

I refracted her and found a large astigmatism induced by the pterygium. Glasses would help a bit, but the real treatment is surgical excision with a conjunctival autograft to stop it recurring. We wrote an MR number for her, ⟦ID|GB-OPT-0347-22⟧, and referred her to the ophthalmologist who visits once a month.

She told me that she had spent her whole life working in the apricot orchards, in the sun and the wind, without sunglasses. Her daughter-in-law has started wearing them. I gave the grandchildren two pairs of cheap UV-blocking sunglasses from our donated stock and they wore them straight away, upside down.

What I learned: the commonest eye problems in the mountains are caused by UV light — pterygium, cataract, climatic droplet keratopathy — and they are largely preventable. I want our clinic to do a simple prevention campaign before summer.`,
  },
  {
    id: "pk-gibbs-008",
    setting: "teledermatology",
    role: "medical student",
    text: `Description: During my community medicine rotation, I helped at a telemedicine hub where a lady health worker sends photos of skin problems to a dermatologist in the city. I was shown how to crop the images, remove the faces and check that the consent form was signed.

Feelings: I felt it was useful work, but slow. Each case took twenty minutes for what looked, to me, like scabies.

Evaluation: Most were scabies, tinea or eczema. The dermatologist, Dr. Shah, replied within a day with treatment advice — permethrin 5%, treat the whole family, wash the bedding. One case she marked as urgent: a spreading ulcer on the leg that turned out to be a cutaneous manifestation of TB.

Analysis: The process felt slow because it was careful. Cropping and anonymising every image before sending was slow but it meant the images were safe to store and use for teaching.

Conclusion: Telemedicine works here because a person on the ground is trusted by the families and a person in the city answers fast.

Action plan: I want to write a short guide in Urdu for lady health workers on how to photograph a skin lesion: natural light, a coin for scale, one distance shot, and no faces unless the lesion is on the face.`,
  },
  {
    id: "pk-free-009",
    setting: "dermatology",
    role: "dermatology trainee",
    text: `A nine-year-old girl with vitiligo came to our dermatology OPD with her mother. Patches around both eyes and on her hands. The mother was more worried than the child: she said people at weddings ask "what is wrong with her" and that nobody will marry her later.

We started tacrolimus 0.03% ointment for the face and narrow-band UVB twice a week. The mother asked me to send her updates, and she wrote her email on the back of the OPD slip: ⟦EMAIL|nazia.tahir84@example.pk⟧. The girl's B-form number, ⟦ID|35202-7716428-4⟧, is on the same slip, which is still in my white coat pocket. I need to hand it in.

Vitiligo is not dangerous, but in a culture where fair skin is valued and marriages are arranged, the social weight is enormous. I didn't know how to answer the question about marriage. My senior, Dr. Yousaf, said to acknowledge it honestly: it is a real worry, and treatment can help, but she is a child first, and what matters now is that she goes to school and plays.

I'm going to put together a short list of counselling points for vitiligo in Urdu, and I want to ask the psychology department whether they'd run a parents' group.`,
  },
];
