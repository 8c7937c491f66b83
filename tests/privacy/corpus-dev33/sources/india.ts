import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "cataract camp",
    role: "ophthalmology resident",
    text: `Our outreach team ran a two-day cataract screening camp in a panchayat hall, just after ⟦DATE|Pongal⟧. Around 300 people came; we listed 64 for surgery at the base hospital. I want to write about one of them.

⟦NAME|Muthulakshmi Paati⟧, from ⟦LOCATION|Kottaiyur near Karaikudi⟧, had mature white cataracts in both eyes and had not seen her grandson's face since he was born. She came with her daughter-in-law, who had brought a plastic folder containing every document the family owned, and the camp coordinator copied her Aadhaar (⟦ID|${aadhaar("2847 6130 592")}⟧) onto the camp register for the free surgery scheme.

Her vision was hand movements in both eyes. B-scan was normal. She was frightened of "the knife", and asked three times whether she would be awake. My senior, Dr. Meenakshi, explained in Tamil that it would be a small cut, she would lie down for fifteen minutes, and she could go home the next day with a patch.

Two days later I took the patch off. She looked at me and then at her daughter-in-law and then said, "அவன் எங்கே?" — where is he? The grandson had been left at home. We all laughed.

I want to remember the folder of documents. For a woman who cannot read and cannot see, getting to a camp is the easy part. The paperwork is the obstacle. Our camp had two volunteers just for forms, and it was the most useful thing we did.`,
  },
  {
    id: "in-what-002",
    setting: "school vision screening",
    role: "optometry student",
    text: `What? School eye screening in a government school in Pune with my optometry batch. We checked 420 children with a Snellen chart at 6 metres, pinhole for anyone worse than 6/9, and sent 38 for full refraction. Most had myopia between −0.75 and −2.50 D.

So what? Teachers told us that many of these children had been labelled "slow" or "naughty" because they could not copy from the blackboard. One class teacher said, "I thought he was just not interested." Uncorrected refractive error is the commonest cause of visual impairment in children, and it is also the easiest to fix. The other thing I noticed was how many children had been given glasses before and were not wearing them. "Chashma wala" is a playground insult.

Now what? In our report to the school we suggested seating children with glasses at the front and having the teachers wear their own spectacles openly in class. Our faculty mentor, Ms. Kulkarni, wants to repeat the screening in six months to see how many are still wearing them. I'm also reading about myopia control — atropine 0.01%, more outdoor time — because the rates in urban children are rising quickly.`,
  },
  {
    id: "in-gibbs-003",
    setting: "diabetic retinopathy screening",
    role: "ophthalmology fellow",
    text: `Description: We run a diabetic retinopathy screening day at a diabetology clinic using a handheld non-mydriatic fundus camera, with AI-assisted grading on a tablet. ⟦NAME|Mr. Venkatesh Rao⟧, UHID ⟦ID|2024/OPH/118402⟧, was flagged as "referable DR" on the software. When I looked at the images myself, the left eye had new vessels elsewhere and a vitreous haemorrhage starting.

Feelings: Excited that the system had worked, then worried when he said he could not come to the hospital for a month because of his daughter's wedding.

Evaluation: The screening part worked. The part that did not was the referral. We gave him a printed slip, and nothing more.

Analysis: Proliferative disease needs PRP laser or anti-VEGF in days to weeks. A printed slip assumes that the patient understands urgency. He thought "referral" meant "routine".

Conclusion: I called him again the next week on ⟦PHONE|98555 01276⟧, and his son brought him in. We did PRP in two sittings. The haemorrhage cleared slowly.

Action plan: For anyone flagged PDR we now book the appointment before they leave and we call to confirm. I'm also going to teach the camp staff to say "urgent" in Telugu and Kannada, not only English.`,
  },
  {
    id: "in-comment-004",
    setting: "diabetic retinopathy screening",
    role: "ophthalmology resident",
    text: `Sir, this is very useful. I think I saw the same gentleman at our Saturday camp also — ⟦NAME|Rao garu⟧ who has the ⟦OTHER|medical shop opposite the Shiva temple in Kurnool old town⟧? His son mentioned the wedding. If it's him, his sugars are very poorly controlled; I'll tell the diabetologist. We should keep a shared list so that patients screened twice are not lost twice.`,
  },
  {
    id: "in-free-005",
    setting: "leprosy clinic",
    role: "dermatology resident",
    text: `Thursday is leprosy clinic. I thought, before I started residency, that leprosy was a disease of textbooks. India still reports more than half of the world's new cases. In our clinic we see new multibacillary patients most weeks.

Today a young man came with a single hypopigmented, anaesthetic patch on his forearm, and a thickened ulnar nerve. He had been treated for "fungal infection" for a year. My senior, Dr. Fernandes, showed me how to test sensation with a wisp of cotton and a ballpoint pen, and how to feel the nerve at the elbow. We started him on multidrug therapy — rifampicin, clofazimine and dapsone — and explained that it is curable and that after the first dose he cannot spread it.

What I will remember is how he asked us not to write "leprosy" on his prescription. He works in a hotel kitchen. He said if anyone sees the word, he will lose his job. We wrote "Hansen's disease" and "MDT", and I wondered whether that is a kindness or a way of going along with the stigma.

Leprosy is curable, and disability is preventable if we catch it early. What remains hard to treat is what people think of it. The patient left with a month of blister packs and a plan for monthly review, and I left with a question about how the words we choose can protect a patient and also hide a disease.`,
  },
  {
    id: "in-free-006",
    setting: "community oral health",
    role: "dental intern",
    text: `Oral cancer screening at a rickshaw stand in Lucknow, as part of our community dentistry posting. We examined 85 drivers. Most chewed gutka or khaini, several since childhood.

One driver, ⟦NAME|Shamsher bhai⟧, could open his mouth only two fingers wide. His buccal mucosa was white and leathery with fibrous bands — classic oral submucous fibrosis — and on the left there was a red, velvety patch that worried our professor, Dr. Srivastava. We asked him to come to the college for a biopsy. He said he could not lose a day's earnings.

He let us take a photograph of his rickshaw and its number, ⟦OTHER|UP 32 HN 7086⟧, "so you can find me." Our intern WhatsApp group has that photo now, along with his face, because one of us posted it to ask who would follow up. I'm writing this partly because I think that was wrong, and I should have said so at the time.

He did come in the following week, and the biopsy showed moderate dysplasia. He is now on follow-up. He says he has stopped gutka; I'm not sure. 

Community screening finds disease. But we did not plan for the loss of income, for the follow-up or for what happens to photographs taken on a roadside with a personal phone. I've asked the department to give us a proper consent form and a college phone for camp photos.`,
  },
  {
    id: "in-what-007",
    setting: "newborn hearing screening",
    role: "audiologist",
    text: `**What?** In our district hospital's newborn hearing screening programme, I perform OAE on babies before they go home. Last month we screened about 900 babies. Twelve were referred for ABR, and only five came.

**So what?** Families here often don't see the point of a hearing test for a baby who startles to a loud noise. A grandmother told me, "Bachcha toh sun raha hai" — the baby can hear. And in some ways she is right: a baby with a moderate loss will still startle to a slammed door. What that baby won't hear is the quiet sounds of speech, and by the time they don't talk at two years old, we have lost the best window for hearing aids or a cochlear implant.

**Now what?** I'm working with the ASHA workers, who visit every new mother, to explain the rescreen in the mother's own language. We're trying a simple picture card showing the 1-3-6 timeline. And we are testing a "same-day ABR" where possible, so that babies with risk factors (NICU stay, jaundice needing exchange, family history) don't need a second trip. My HOD, Dr. Nair, has agreed to a six-month audit.`,
  },
  {
    id: "in-gibbs-008",
    setting: "ENT",
    role: "ENT resident",
    text: `Description: Consent for tonsillectomy in a nine-year-old with recurrent tonsillitis, seven episodes in the last year. Both parents came. I used the hospital form in English and explained in Hindi.

Feelings: I was confident, because I had done this consent many times. I realised later that this was the problem.

Evaluation: I listed the risks — bleeding, pain, infection, a change in voice — but the father asked me how often the bleeding happens and whether children die from it. I gave a vague answer ("it is very rare"), and he looked more worried than before.

Analysis: I didn't know the numbers well enough. Secondary haemorrhage after tonsillectomy happens in roughly 2–5% of cases in most series, and most are minor. A vague answer feels like hiding something. The parents had heard a story about a child in their neighbourhood.

Conclusion: Consent is not a signature on a form. Parents need real numbers and a plan for what to do if something happens at home.

Action plan: I've made a small card for families with the facts and when to come back: any bleeding from the mouth, day or night, means come to emergency straight away. I'll ask my consultant, Dr. Bhatia, to observe one of my consents next week.`,
  },
  {
    id: "in-free-009",
    setting: "teledermatology",
    role: "dermatology resident",
    text: `Teledermatology in our state runs through a government app, but in practice most of my referrals come on WhatsApp. Last week a PHC doctor forwarded photos of a girl's blistering rash to our department group, "Derma PG Batch 2023". The image files were named ⟦NAME|Ananya⟧_face_1.jpg and ⟦NAME|Ananya⟧_trunk_2.jpg, and the forwarded message included her mother's number, ⟦PHONE|+91 94555 02387⟧, and the text "from ⟦LOCATION|Bhimpur, house beside the ration shop⟧".

It turned out to be bullous impetigo, not pemphigus or SJS as the PHC doctor feared. Oral cefalexin, topical mupirocin, and a phone call to the mother to explain.

The medicine was the easy part. The hard part is that the WhatsApp group has 46 members, including former residents who have left the department and at least one pharma representative. Every image sits on 46 phones forever.

I raised it at our department meeting. Our HOD agreed to move referrals back to the government app and to remove people who have left. I've also started replying to forwarded messages with a standard line asking the referring doctor to remove names and numbers from the image and caption. It has made me a little unpopular with the PHC doctors, but one of them thanked me last week.`,
  },
  {
    id: "in-comment-010",
    setting: "teledermatology",
    role: "dermatology faculty",
    text: `Good that you raised this in the department. A practical tip from our side: switch off "save to gallery" for WhatsApp on your phone, so forwarded clinical images are not automatically stored with your family photos and backed up to the cloud. And delete chats after the referral is documented in the official system. It takes two minutes.`,
  },
  {
    id: "in-what-011",
    setting: "cataract surgery",
    role: "ophthalmology fellow",
    text: `What? Small-incision cataract surgery on a ⟦AGE|96-year-old⟧ woman, ⟦NAME|Ammachi⟧ to everyone in the ward, who came in on ⟦DATE|Thiruvonam⟧ because her grandson said that was a lucky day. She had phacomorphic glaucoma in the right eye, pressure 44 mmHg, and was in pain.

So what? My first thought was that she was too old and too frail. My consultant, Dr. Thomas, asked me whether I would think the same about a 70-year-old in the same pain. She was alert, lived with her family in their house, and wanted to see. We brought her pressure down with IV mannitol and oral acetazolamide and operated the next morning under a peribulbar block. The lens was hard and swollen but came out in one piece.

Now what? She had 6/18 vision on day one, and her pain was gone. I've learned to ask what the patient wants, and what her daily life looks like, before I let her age decide for me. I also learned that in Kerala, a grandson's idea of a lucky day will decide the date of admission more reliably than any appointment letter.`,
  },
];
