import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "onchocerciasis outreach",
    role: "ophthalmology resident",
    text: `Outreach to a riverine community in Kogi State for our onchocerciasis and trachoma survey. We travelled by canoe for the last part. The community distributor for ivermectin, a teacher, met us at the landing.

One woman, ⟦NAME|Mama Ojone⟧, had sclerosing keratitis in both eyes and was almost blind. Her skin showed leopard-skin depigmentation on the shins and she scratched constantly. She told us she had taken the Mectizan tablets "sometimes", when the distributor came. She lives in ⟦LOCATION|Ogbogbo-Ajaka, the last compound by the fish-smoking sheds⟧.

Nothing we could do would restore her sight. We could make sure her grandchildren take the tablets every year, and treat the itching. My supervisor, Dr. Abdullahi, spent a long time with the distributor going through the register to find out who had been missed and why.

What I want to remember: river blindness is supposed to be on the way to elimination. In the places where it persists, the gaps are people who are away at the fishing camps or the farm when the distributor comes. The drug is donated; the distribution is the hard part. I'd like to see mop-up rounds in the evening, when people are home.`,
  },
  {
    id: "ng-what-002",
    setting: "school oral health",
    role: "dental student",
    text: `**What?** Our community dentistry posting took us to a primary school in Ibadan for oral health education and screening. We examined 160 pupils: lots of dental caries, especially in the first permanent molars, and a few children in pain with abscesses.

**So what?** Many children told us they clean their teeth with a chewing stick (orin) in the morning, which is good, but most also bought sweets and sugary drinks from the vendor at the school gate every break. The headmistress said the vendor was the wife of a governing-board member. So the advice "reduce sugar" was going to be difficult.

**Now what?** Instead of only lecturing the children, we spoke to the teachers about healthier snacks and suggested the school asks vendors to sell fruit and groundnuts as well. We referred the children in pain to the dental centre and gave a fluoride varnish session to the younger classes. My lecturer, Dr. Ogunbiyi, wants us to come back next term to see whether anything has changed. I'm not very hopeful about the sweets, but the varnish programme is something the school can keep asking for.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "ENT",
    role: "ENT registrar",
    text: `Description. A 7-year-old boy, ⟦NAME|Chinedu Okeke⟧ (hospital number ⟦ID|LUTH/ENT/22917⟧), was brought to ENT clinic on ⟦DATE|12/06⟧ after his mother noticed he wasn't responding in class. Otoscopy showed dull retracted drums with fluid bilaterally; tympanometry type B; pure tone audiometry showed a 35 dB conductive loss. Otitis media with effusion, probably for months.

Feelings. I was frustrated because the mother had been told by two chemists that it was "ear wax", and she had used hot oil drops.

Evaluation. We decided on a period of watchful waiting, with autoinflation and a repeat audiogram in three months, and a plan for grommets if it persisted. I explained this in Igbo with a nurse's help. Her main worry was that he had been called "olodo" (dull) by his teacher.

Analysis. Glue ear is the commonest cause of hearing loss in school-age children, and it usually resolves. But for a child in a crowded class of sixty, three months is a long time.

Conclusion. I should write a letter to the school myself, not only give advice to the mother.

Action plan. I wrote the letter. The mother gave me her phone, ⟦PHONE|0803 555 0172⟧, so we could remind her of the review, and I asked the clinic to set up reminders by SMS rather than relying on the registrar's own phone.`,
  },
  {
    id: "ng-free-004",
    setting: "albinism skin clinic",
    role: "dermatology resident",
    text: `Skin cancer prevention clinic for people with albinism. It runs once a month with support from an NGO that provides sunscreen, hats and long-sleeved shirts. Today we saw 24 patients.

Most of the adults had actinic keratoses, and three had lesions we biopsied for squamous cell carcinoma. One young man in his twenties had already had two excisions on his neck. He is a commercial motorcycle rider and spends all day in the sun. Sunscreen costs more than he earns in a day, and the free supply runs out before the next clinic.

Our consultant, Dr. Eze, says most people with albinism in Nigeria die of skin cancer before forty if nothing is done. With prevention and early treatment, they can live normal lives. The medicine is simple — cryotherapy, excision, SPF 50 — the problem is cost, work and stigma. Several patients also had poor vision (nystagmus, high refractive errors) and had never had glasses.

I left thinking that a dermatology clinic alone is not enough. These patients need optometry, social support and a job that doesn't keep them outdoors. I'm going to suggest we invite an optometrist to the next clinic and collect contacts of employers who have taken on people with albinism for indoor work.`,
  },
  {
    id: "ng-comment-005",
    setting: "ENT",
    role: "ENT consultant",
    text: `Well reflected. One correction from me: the letter to the school should go through the mother, not directly from us, and should say only what the teacher needs to know (sit him in front, face him when talking). Schools don't need the diagnosis or the audiogram. Same principle as anything we post here — the minimum necessary.`,
  },
  {
    id: "ng-what-006",
    setting: "hearing aid fitting",
    role: "audiologist",
    text: `What? ⟦NAME|Alhaji Musa Danladi⟧, a retired civil servant, came for hearing aid fitting on ⟦DATE|the second day of Sallah⟧ because his son was home for the holiday. He had a moderately severe bilateral sensorineural loss. The hearing aids were paid for through the state health insurance scheme, which needed his NIN (⟦ID|47291835016⟧) on the form.

So what? He said he did not want the aids because people would think he was old. He also complained that the aids made his own voice "boom" — the occlusion effect. My supervisor, Mrs. Adebayo, showed me how to adjust the vents and the low-frequency gain, and the booming improved.

I also noticed that he switched to Hausa with his son and that he understood more in Hausa than in English — not surprising, since speech understanding is better in your first language, but it meant my speech test in English probably underestimated his abilities.

Now what? I'm learning to do at least part of the speech testing in the patient's first language. And I'll ask about the reason for refusing aids before I start the fitting; for many older men here, the stigma is more of a barrier than the cost.`,
  },
  {
    id: "ng-free-007",
    setting: "optometry",
    role: "optometry student",
    text: `My first week of clinics in the optometry school's eye clinic. We see mostly presbyopia and uncorrected refractive errors, some glaucoma suspects and a lot of allergic conjunctivitis.

The case that surprised me was a taxi driver in his fifties who came for reading glasses. His near vision was fine with +2.00. But his distance vision was 6/18 in one eye, and when my supervisor, Dr. Nwosu, looked at the optic disc, the cup-to-disc ratio was 0.8 with thinning of the rim. Intraocular pressure was 32 mmHg. He had glaucoma and did not know.

He drives for a living. We referred him to the ophthalmologist and explained that glaucoma damage is permanent but can be stopped. He asked if he would be able to keep driving. That was a question I couldn't answer.

Glaucoma in Africans tends to come earlier and progress faster. It is the "silent thief of sight". Nobody comes with a complaint of glaucoma. I realised that every refraction is also a chance to screen: check the pressures, look at the discs. I'll never again think of a reading glasses appointment as a simple one.`,
  },
  {
    id: "ng-gibbs-008",
    setting: "cataract camp",
    role: "ophthalmic nurse",
    text: `Description: A cataract surgery outreach in Ogun State with our team from ⟦FACILITY_ROOM|Federal Medical Centre Abeokuta⟧. We did 70 surgeries over three days. I was in charge of post-op dressing and discharge.

Feelings: Proud of the work, but uneasy about one thing.

Evaluation: Our discharge list had the patients' names, villages and phone numbers, and the camp coordinator posted it in our team WhatsApp group so the drivers could arrange pick-ups. One of the entries read: ⟦NAME|Pa Rufus Adeoye⟧, ⟦LOCATION|Ilewo-Orile⟧, ⟦PHONE|0805 555 9021⟧, collect from the ⟦LOCATION|junction by the Celestial church⟧. The driver who picks him up has a car with plate ⟦OTHER|ABK 772 KJ⟧, which was in the message too.

Analysis: The drivers need some of this information. They do not need a list of 70 names, diagnoses and operated eyes sent to a group of 35 people, including volunteers who are not staff.

Conclusion: Data protection matters even at a camp in a village.

Action plan: Next time, each driver will get only his own pick-ups by direct message, and I'll ask the coordinator to delete the group list after the camp. I've raised this with our matron.`,
  },
  {
    id: "ng-free-009",
    setting: "teledermatology",
    role: "dermatology resident",
    text: `A patient's relative messaged me on Instagram. I don't know how he found my account; I don't use my full name. He sent photos of his sister's face, covered in papules and pustules, and asked whether the "bleaching cream" she bought could be the cause. His handle is ⟦OTHER|@tunde_autos_ikeja⟧ and his sister's profile, which he tagged, is ⟦URL|instagram.com/folake.glamhouse⟧.

It looked like steroid-induced acne and perioral dermatitis from a skin-lightening cream containing clobetasol — very common in our clinic. I did not give advice in DMs. I replied that she should come to the dermatology clinic and bring the cream with her.

She came two weeks later. The cream contained clobetasol propionate and hydroquinone. We stopped it and started doxycycline and gentle skin care, and counselled her about withdrawal flares.

Two lessons. First, my social media is findable, even without my full name, and I need to set it to private. Second, the photos that patients share with us in DMs are clinical records that we have no way to store safely. I've deleted the messages. My consultant, Dr. Onyekachi, says we need a departmental policy and a clinic number that patients can use, so that nobody uses personal accounts.`,
  },
];
