import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: ENT and eye outpatients, cutaneous leishmaniasis, video consultations with remote women. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "ENT outpatient",
    role: "house officer",
    text: `Description: In the ENT outpatient department I clerked ⟦NAME|Muhammad Aslam s/o Ghulam Nabi⟧, a cotton farmer from ⟦LOCATION|Basti Malook near Shujabad⟧, who had come with foul-smelling discharge from his left ear for two years. His family had travelled overnight on ⟦DATE|3 Muharram 1447⟧. I filled the OPD slip with his CNIC, ⟦ID|36302-5184729-3⟧, and his son's number, ⟦PHONE|0301-5557283⟧, as the form requires.

Feelings: I felt rushed. There were ninety patients in the corridor and one otoscope between three house officers.

Evaluation: Dr. Rizwan, our assistant professor, saw him with me under the microscope. There was an attic retraction pocket with white keratin flakes, cholesteatoma until proven otherwise. I had only written "CSOM, ear drops" in the first draft of the slip.

Analysis: Unsafe chronic suppurative otitis media is common in rural Punjab, and the complications (facial nerve palsy, lateral sinus thrombosis, brain abscess) are serious. I had not examined the facial nerve or done a fistula test. In a crowded OPD it is easy to triage by how a patient looks, and he looked well.

Conclusion: The slowness that a microscope forces on you is a safety feature.

Action plan: I will do a facial nerve examination and fistula test on every chronic discharging ear. I will read the CT temporal bone request criteria and request one, as Dr. Rizwan did for him, before listing for mastoidectomy.`,
  },
  {
    id: "pk-what-002",
    setting: "dermatology outpatient",
    role: "dermatology trainee",
    text: `What? During a week in the dermatology outpatient department in Quetta, I saw nine patients with cutaneous leishmaniasis, most of them children. The lesions were painless, crusted ulcers with raised edges on the face and arms, some with satellite papules. Dr. Rehman, our consultant, told me that cases rise every winter, months after the sandfly season.

So what? I had learnt leishmaniasis as an exotic disease in a global health lecture. Here it is routine, and treatment is a logistic problem as much as a clinical one. Intralesional meglumine antimoniate, 1–3 mL weekly, is painful for children, and parents have to bring them back every week from districts hours away. Cryotherapy with liquid nitrogen helps small lesions but the supply often runs out. Systemic sodium stibogluconate at 20 mg/kg/day needs ECG monitoring that we cannot always do.

I was also struck by how the scars affect girls. One mother asked me whether her daughter's face would "be spoiled for marriage". I did not know what to say.

Now what? I will read the WHO 2022 guideline on cutaneous leishmaniasis in the Eastern Mediterranean region so I can explain options properly. I want to help Dr. Rehman set up a thermotherapy trial, since heat therapy needs only one session. And I will practise honest, gentle answers about scarring, because that question will come again.`,
  },
  {
    id: "pk-free-003",
    setting: "video consultation",
    role: "female general practitioner (telehealth)",
    text: `I work part-time for a telehealth company that connects women doctors in cities with women in remote districts. Each consultation happens in a small clinic room with a lady health worker holding a tablet.

This week I saw ⟦NAME|Bibi Zarsheda⟧, the wife of a shepherd, who had a cluster of blisters on her face along the ophthalmic branch of the trigeminal nerve. The rash touched the tip of her nose, Hutchinson's sign, so I was worried about herpes zoster ophthalmicus. The lady health worker told me, trying to help, that she was ⟦OTHER|the only woman in Mastuj village who still weaves the old red patterned shawls for the Shandur festival⟧, as if her craft would explain something about her eye.

I prescribed acyclovir 800 mg five times daily and arranged an urgent eye review in Chitral. But when I wrote my note, I copied in the lady health worker's description of her weaving, because it felt like part of her story. Later I realised that anyone in that valley reading my note would know exactly who she was.

I removed it, and kept the clinical content. My supervisor, Dr. Samina, reminded me that in small communities a detail about someone's work is often more identifying than a name.

The skill I am learning in telehealth is not only reading a rash on a blurry screen. It is knowing which of the rich details I hear belong in the notes.`,
  },
  {
    id: "pk-gibbs-004",
    setting: "dental infection control",
    role: "BDS final-year student",
    text: `Description: During our clinical rotation, an audit found that one handpiece in the student clinic had been reused between patients without sterilisation because the autoclave was backed up. I was the student on duty in that bay.

Feelings: Shame first, then fear, because hepatitis C is common in Pakistan and reuse of dental instruments is a known route of transmission.

Evaluation: Our infection control lead, Dr. Fatima, investigated calmly. The instrument had been wiped with alcohol, not sterilised. The autoclave cycle, 134°C for 3 minutes at 2.1 bar, was working, but we had too few handpieces for the list and too little time between patients. It was a system problem that I had participated in.

Analysis: The national infection prevention guidelines and the CDC 2003 dental guidance both say critical and semi-critical instruments must be heat sterilised between patients. I knew that. I did it anyway because the patient was waiting and the supervisor was busy. That is exactly how shortcuts become normal.

Conclusion: I need to be willing to stop the list rather than break a rule quietly.

Action plan: I have supported the department's decision to cap each student's list at four patients until more handpieces arrive. I will speak up next time, even if it means keeping someone waiting. The two patients concerned were offered hepatitis B and C screening, which the department is handling confidentially.`,
  },
  {
    id: "pk-what-005",
    setting: "trichiasis surgery",
    role: "ophthalmology resident",
    text: `What? ⟦NAME|Mai Sakina⟧ came to us from a Cholistan settlement with both eyes watering and her lashes turned inward. She told us she was ⟦AGE|97⟧, and her grandson confirmed it from an old ration card. She lay on ⟦FACILITY_ROOM|bed 9 in the eye ward of Mian Fazal Din Trust Hospital, Lodhran⟧ on ⟦DATE|14 November 2025⟧ waiting for bilateral trichiasis surgery, and she insisted on holding my hand during the local anaesthetic.

So what? Trachoma is nearly eliminated in Pakistan, and I had never seen end-stage trachomatous trichiasis. Her corneas were scarred and she had been epilating her own lashes with tweezers for years. Dr. Kazmi operated using the bilamellar tarsal rotation technique, and I assisted. My learning was partly surgical, partly about respect: we spoke about her as "the old lady" at handover, as if her age made her a type rather than a person.

Now what? I will read the WHO SAFE strategy documents and the trichiasis surgery manual before I scrub next. I have also asked our ward team to use patients' names at handover rather than ages, and to ask older patients how they like to be addressed. She asked to be called "⟦NAME|Mai⟧", and it cost us nothing to do so.`,
  },
  {
    id: "pk-free-006",
    setting: "speech and hearing clinic",
    role: "speech and language therapist",
    text: `I want to reflect on a parent session in our speech and hearing clinic that went badly before it went well.

A couple brought their three-year-old son, who had very few words. His hearing test was normal. I suspected autism based on poor eye contact, repetitive lining up of toys and no pointing, and I said so too early in the conversation. The father stood up and said his son was simply "late like his uncle". The mother cried.

My supervisor, Ms. Nadia, took over gently. She asked the parents what they had noticed and what worried them most, and she did not use the word autism again in that session. Instead she agreed to see the boy weekly for joint attention games and to refer him to the developmental paediatrician. By the fourth session, the father was asking whether there was a "name for this".

Looking back, I went too fast. The DSM-5 criteria and the M-CHAT-R/F screen were in my head, but I had not asked what the family believed. In many Pakistani families, words like autism carry stigma and fear of blame.

In future I will start with the family's concerns, describe behaviours rather than labels, and give a diagnosis only when the assessment is complete and the family is ready. I am also reading the WHO caregiver skills training programme materials, which are available in Urdu.`,
  },
  {
    id: "pk-gibbs-007",
    setting: "breaking bad news",
    role: "ENT registrar",
    text: `Description: I told a man in his sixties that the biopsy from his larynx showed squamous cell carcinoma. He had used naswar and smoked for forty years. His son came with him. I was supervised by our professor, Dr. Haider.

Feelings: I rehearsed in Urdu and in Pashto the night before. I was still unsure of the right word for "cancer" that would be honest but not brutal.

Evaluation: I used SPIKES and a warning shot. The son answered most questions and asked me, in English, not to tell his father the word cancer. I hesitated, then looked at the father, who said quietly, "Tell me. I am not a child."

Analysis: Family collusion is common here, and it often comes from love. But the patient had capacity and had asked. The PMDC code of ethics and the WHO guidance on palliative care both support telling the patient when he wants to know. I was lucky he spoke up, because I had almost agreed with the son out of politeness.

Conclusion: I should ask the patient, early and gently, how much he wants to know, before anyone else shapes the conversation.

Action plan: I will start bad news consultations by asking the patient whom he wants present and how much he wants to hear. I will also read about total laryngectomy counselling, because he will need to choose between surgery and chemoradiotherapy soon.`,
  },
  {
    id: "pk-comment-008",
    setting: "telehealth",
    role: "lady health supervisor",
    text: `Thank you for this. Please also remember the voice notes. Last month a relative forwarded ⟦NAME|Shazia⟧'s B-form number, ⟦ID|54401-0933812-6⟧, in a voice note to the district group so the clinic could register her baby. Forty people heard it. We now ask families to give numbers only on the clinic phone.`,
  },
  {
    id: "pk-what-009",
    setting: "teledermatology by email",
    role: "general practitioner",
    text: `What? My clinic in Rawalpindi offers photo consultations for skin problems. A university student, ⟦NAME|Hira Mahmood⟧, emailed photos of melasma from ⟦EMAIL|hira.mahmood.2003@outlook.com⟧, asking whether a cream her cousin recommended was safe. In her message she also linked her skincare page, ⟦URL|https://www.instagram.com/glowwithhira.pk⟧, where she posts before-and-after photos. The cream turned out to be a Triluma-like mix containing 0.05% clobetasol, which was not listed on the label.

So what? Unregulated steroid creams sold as "whitening" products are everywhere here. I knew the clinical answer: stop the cream, use broad-spectrum sunscreen, and start azelaic acid 20% or a short supervised course of triple combination therapy. The harder question was what to do with her page. She had tagged our clinic in a post before we had even replied, and her followers began messaging us.

Now what? I replied with clinical advice only and suggested she see a dermatologist in person. I asked her politely not to tag the clinic, which she accepted. I discussed with our practice manager whether photo consultations should move to a proper portal instead of email, and we are testing one next month. I also read the Pakistan Association of Dermatologists' statement on skin-lightening products so I can explain the risks more clearly.`,
  },
];
