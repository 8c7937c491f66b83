import type { SourceItem } from "../../corpus/types.ts";

/** United States. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "teledermatology",
    role: "dermatology resident",
    text: `Teledermatology e-consults are supposed to come through the portal with standardized photos. This one came in as a link. The patient, ⟦NAME|Kayleigh Dunbar⟧ (MRN ⟦ID|40-118-772⟧), a 26-year-old with a spreading annular rash, had posted a "get ready with me" video that showed the rash better than any clinic photo, and her PCP pasted the link straight into the consult: ⟦URL|https://www.tiktok.com/@kayleighd.glow/video/7301188420⟧. Her handle, ⟦OTHER|@kayleighd.glow⟧, has about 40,000 followers.

Clinically it was straightforward: tinea incognito after two weeks of a potent topical steroid (clobetasol 0.05%) that had been prescribed for "eczema". KOH prep confirmed hyphae when she came in. We started terbinafine 250 mg daily.

What bothered me was the documentation. The link is now in her chart, forever, pointing to a public video with her face, her bedroom, and a caption about her job at a salon. Our attending, Dr. Ruiz, said the right thing is to describe what we saw in words, save a still into the secure media tab with consent, and not copy public links into the record.

I've learned to ask patients whether they want their own content in their medical record. Most say no when they think about it.`,
  },
  {
    id: "us-what-002",
    setting: "newborn hearing screening",
    role: "audiology extern",
    text: `What? On my AuD externship I do newborn hearing screens on the postpartum unit. Automated ABR, both ears, before discharge. One baby referred on the right ear twice. The parents had been told by a relative that "refer means deaf", and the mother was in tears before I had finished explaining.

So what? A refer result on a newborn screen is very common and usually means vernix or fluid in the canal, not permanent hearing loss. But I had led with the word "refer" and the numbers. I should have led with what happens next and how common it is. The 1-3-6 goals (screen by one month, diagnose by three months, intervene by six months) are for us to hit; they are not the first thing a tired parent needs to hear.

Now what? I rewrote my script with my preceptor, Dr. Kowalczyk. I start with "the screen could not get a clear answer on one side, which happens a lot in the first days," then the plan and the date of the outpatient rescreen, then questions. I also stopped saying "fail". Two weeks later, I saw the same family at the rescreen and the baby passed both ears, but I'm not measuring my script by that.`,
  },
  {
    id: "us-gibbs-003",
    setting: "cataract surgery",
    role: "ophthalmology resident",
    text: `Description. Second-eye cataract surgery on ⟦NAME|Mr. Oswaldo Reyes⟧, a diabetic patient with a previous vitrectomy, on ⟦DATE|March 4th⟧. Uneventful case, one-piece acrylic lens in the bag. In the postop area I noticed the lens sticker on the op note was for a different power than the biometry printout.

Feelings. My stomach dropped.

Evaluation. When I went through it with the scrub tech, the implanted lens was correct: +21.5 D, serial number ⟦DEVICE|1187420913⟧, matching the plan. The sticker was from the back-up lens we had opened and not used, and it had been stuck onto the paper chart by mistake. Nothing went into the eye that should not have. But the record was wrong, and if there had been a lens recall nobody could have traced it.

Analysis. We had three lens boxes on the back table for one case (plan, plus and minus a step). The time-out confirmed the patient and the eye but not which box had been opened. Also, his intake packet was a mess: someone had photocopied his Social Security card into it, number ⟦ID|078-05-1120⟧, which should never have been in a surgical chart at all.

Conclusion. "Correct lens" is not just "correct lens in the eye". It is the correct lens in the eye and in the record.

Action plan. I proposed one box on the table at a time, and reading back the power and serial before the sticker goes on the chart. I also flagged the Social Security card copy to our privacy officer.`,
  },
  {
    id: "us-comment-004",
    setting: "cataract surgery",
    role: "ophthalmic technician",
    text: `Good catch on the lens stickers, we had exactly this last year. By the way, I think I know him — he runs the ⟦OTHER|taquería next to the laundromat on Alvarado in Lincoln Heights⟧, right? Super sweet man, he brought the whole clinic tamales after his first eye. His wife ⟦NAME|Rosa⟧ always drives him.`,
  },
  {
    id: "us-free-005",
    setting: "community dental clinic",
    role: "dental student",
    text: `Rotation at a federally qualified health center's dental clinic in rural New Mexico. I am used to the dental school clinic, where a single crown can take three appointments of three hours each. Here, the dentist I shadowed, Dr. Begay, saw fourteen patients before lunch.

The case I want to reflect on is a 34-year-old man who came in with a swollen face and a temperature of 38.6 °C. Lower right first molar (tooth #30 in the Universal system), necrotic, with a buccal space infection that was starting to close his eye. Dr. Begay got him on amoxicillin-clavulanate and extracted the tooth the same day, and arranged for him to come back the next morning to check the swelling. He said he had had the pain for five months but the nearest dentist who took his insurance was a two-hour drive.

In school we discuss access to care as a statistic: dental health professional shortage areas, Medicaid adult dental coverage varying by state. Sitting in that chair-side seat, the statistic had a face and a swollen eye.

I am not sure what I will do about it, other than applying for the loan-repayment program that would bring me to a clinic like this one. But I am sure I will not think about "missed appointments" in the same way again.`,
  },
  {
    id: "us-free-006",
    setting: "hearing aid fitting",
    role: "audiologist",
    text: `VA audiology this morning. A Vietnam veteran — I'll call him by his nickname because everyone does, "⟦NAME|Sarge⟧" ⟦NAME|Delbert Haynes⟧ — came for his annual hearing aid check. Classic noise-induced loss, tinnitus rated 8/10 on the numeric scale, and a service-connected claim he's been fighting for two years.

What I keep thinking about is the parking lot. He told me he sleeps in his truck some nights, the green Silverado with the plate ⟦OTHER|VET 4 LFE⟧, because his house is "too quiet" and the tinnitus is worse in silence. He wasn't asking for help; he said it as a joke. I almost laughed along.

Instead I asked the question my supervisor, Dr. Lindqvist, taught me to ask: "When it's that loud, have you ever thought about hurting yourself?" He said no, and he meant it, but he was fine with me connecting him to the social worker and the tinnitus management group. We set up a sound generator program on his aids. He gave me his daughter's number as the best contact, ⟦PHONE|(606) 555-0147⟧.

Lesson: tinnitus is not just a sound. Ask about sleep, ask about mood, ask about where people actually spend the night. I'm also going to stop joking along with patients until I know what the joke is covering.`,
  },
  {
    id: "us-what-007",
    setting: "dermatology",
    role: "medical student",
    text: `**What?** During my dermatology elective, I realized that almost every photo in my textbook showed rashes on light skin. In clinic, most of our patients were Black or Latino. On my first day I missed the erythema of cellulitis on a patient with Fitzpatrick type VI skin because I was looking for "red", and it was violaceous and warm.

**So what?** This isn't just my gap. It's a gap in how dermatology is taught. Conditions like acanthosis nigricans, pseudofolliculitis barbae, central centrifugal cicatricial alopecia and keloids are common in skin of color, and Kawasaki disease or Lyme's erythema migrans can look very different. Resources like *Mind the Gap* (Malone Mukwende's handbook) exist because students noticed the same thing.

**Now what?** I'm building a photo list, from open-access atlases with proper permissions, of common presentations across skin tones for our student interest group. I've also started asking patients, with consent, what their skin looks like "normally" before I decide what's abnormal. My attending, Dr. Okafor-Simmons, says the most important tool is palpation and the history, not just the eye.`,
  },
  {
    id: "us-gibbs-008",
    setting: "school vision screening",
    role: "optometrist",
    text: `Description: Mobile vision van at Chicago public elementary schools, second week of the school year. We screen, refract and dispense glasses on site. One day: 62 children examined, 27 prescribed glasses.

Feelings: The best part of my job, honestly. Watching a third-grader put on her first pair of glasses and say "the trees have leaves!" never gets old.

Evaluation: The worst part is the follow-up. National data suggests many children prescribed glasses through school programs are not wearing them a year later: broken, lost, or teased about them. We handed out glasses, but we didn't plan for retention.

Analysis: Glasses for kids need to be durable (flexible frames, polycarbonate lenses), and the child needs buy-in from the teacher and family. A child with high hyperopia (+5.00 D) won't complain; they'll just stop reading.

Conclusion: Dispensing isn't the end. For some kids it is the start of a habit we haven't supported.

Action plan: We're piloting a spare pair kept in the classroom, a brief talk to each class about glasses, and a check at three months. I also want us to refer every child with anisometropia or strabismus on to pediatric ophthalmology rather than just dispense.`,
  },
  {
    id: "us-free-009",
    setting: "Mohs surgery",
    role: "dermatology fellow",
    text: `She was ⟦AGE|97 years old⟧, had a basal cell carcinoma on her nasal ala, and told me she wanted it gone "before my great-granddaughter's wedding in June, so I don't look like a witch in the pictures." ⟦NAME|Mrs. Eleanor Vantassel⟧ came to our Mohs clinic on ⟦DATE|Tuesday, April 8⟧ with her son.

There's a real question about treating a small, slow-growing BCC in a patient near the end of life. The Mohs Appropriate Use Criteria would support it here (nose, H-zone), and she was sharp, mobile and absolutely clear about what she wanted. Two stages, clear margins, and a bilobed flap closed by my attending, Dr. Petrakis.

After the procedure she asked if I could email her a photo of the result so she could show her bridge group. She gave me her address — ⟦EMAIL|nellvantassel@example.com⟧ — and I almost did it from my phone before I remembered that patient photos go through the portal or not at all.

What I take from this: age alone isn't an indication or a contraindication. Ask what matters to the patient. For her it was the wedding photos and, apparently, winning at bridge.`,
  },
  {
    id: "us-comment-010",
    setting: "ENT",
    role: "ENT nurse",
    text: `Thanks for writing this up. One small thing from the clinic side: please don't post the otoscopy pictures from the endoscope tower on the group chat, even cropped. Our tower burns the patient's name and date of birth into the corner of every image by default, and people forget it is there. We had to change the settings after someone shared one.`,
  },
  {
    id: "us-what-011",
    setting: "cochlear implant clinic",
    role: "audiologist",
    text: `**What?** Remote programming for a pediatric cochlear implant recipient. ⟦NAME|Mateo Alvarez⟧, who is six, had bilateral implants placed last year. His family lives four hours away, so we did a telehealth mapping session. Right processor serial ⟦DEVICE|CP1150-8834021⟧. The connection kept dropping; our IT log showed the family's connection coming from ⟦IP|203.0.113.58⟧ and the session timing out each time his older brother started streaming.

**So what?** We lost twenty minutes, and Mateo got tired. Kids that age give you about half an hour of good responses for setting comfort levels. By the end he was pressing the "loud" button for everything.

**Now what?** I called his mom, ⟦NAME|Yesenia⟧, at ⟦PHONE|(505) 555-0183⟧ to rebook and we agreed to schedule at a time when nobody else at home would be on the internet. I also wrote to the clinic director about adding a pre-session connection test. And I've asked IT whether the family's IP and device details need to be in the session log at all, since that log goes to the vendor.`,
  },
  {
    id: "us-free-012",
    setting: "ENT",
    role: "ENT intern",
    text: `## Five things I learned in my first month of ENT clinic

1. **Vertigo is a history diagnosis.** BPPV lasts seconds and comes with rolling over in bed; vestibular neuritis lasts days; Ménière's comes with fullness, tinnitus and fluctuating hearing. The Dix-Hallpike and an Epley maneuver fixed two patients in one afternoon, faster than any drug. Meclizine 25 mg is not a treatment plan.
2. **Sudden sensorineural hearing loss is an emergency.** The AAO-HNS guideline (2019) says to start steroids early; prednisone 60 mg a day for a week or intratympanic dexamethasone. The Weber lateralizing away from the bad ear is your 30-second clue.
3. **Facial palsy needs a full head and neck exam.** Bell's palsy is a diagnosis of exclusion. Look in the ear for vesicles (Ramsay Hunt) and feel the parotid.
4. **Hoarseness for more than four weeks in a smoker needs a scope.** My attending, Dr. Greenbaum, reminded me that the voice is how a teacher or a singer earns a living — and that even Julie Andrews lost hers after vocal fold surgery.
5. **Ask about hearing aids at every visit for older adults.** The Lancet Commission on dementia (2020) lists hearing loss as one of the largest modifiable risk factors.

Bonus: the otoscope is not a flashlight. Pull the pinna up and back, and take your time.`,
  },
];
