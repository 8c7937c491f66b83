import type { SourceItem } from "../../corpus/types.ts";

/** United States: rural telehealth, retinal screening, dental school clinic, remote implant programming. */
export const US: readonly SourceItem[] = [
  {
    id: "us-gibbs-001",
    setting: "telehealth",
    role: "family medicine resident",
    text: `Description. I did a scheduled video visit with ⟦NAME|Mr. Delbert "Del" Hawkins⟧, a farmer with diabetes who lives at ⟦ADDRESS|Route 2 Box 117, Hollis, OK 73550⟧. The video would not connect, so we switched to a phone call on ⟦PHONE|(580) 555-0183⟧. While troubleshooting I could see in the portal's access log that his account had been opened from ⟦IP|203.0.113.58⟧, which turned out to be his sister ⟦NAME|Arlene⟧'s computer in Tulsa. She manages his messages.

Feelings. Frustrated with the technology, then uneasy. I had not known someone else was reading his results.

Evaluation. Clinically the visit was fine. His A1c was 8.4%, his feet sounded intact from his description, and we adjusted metformin to 1000 mg twice daily. But I had no way to check who else was in the room, and I discussed his erectile dysfunction before asking.

Analysis. Proxy access is common in rural families and can be a real help. The problem was my assumption that a video visit is private because the patient logged in. Our attending, Dr. Whitcomb, pointed us to the AMA guidance on telehealth (2020), which says to confirm identity, location and who is present at the start of every visit.

Conclusion. Telehealth privacy begins with a question, not a password.

Action plan. I now open every phone or video visit with the same three questions and document proxy access when I learn about it.`,
  },
  {
    id: "us-what-002",
    setting: "diabetic retinopathy screening",
    role: "ophthalmology resident",
    text: `What? Our department reads retinal photographs taken at rural clinics across the state. On Thursday I was reading the queue and opened a set from ⟦FACILITY_ROOM|the imaging room at Ninnescah Valley Community Health Center⟧. The patient's date of birth was ⟦DATE|4/17/1931⟧, which made him a ⟦AGE|94-year-old⟧ man with type 2 diabetes, and his MRN ⟦ID|NV-0038821⟧ was burned into the corner of every image by the camera software. Both eyes showed proliferative diabetic retinopathy with a small vitreous haemorrhage on the right.

So what? The findings needed urgent referral, but the clinic is two hours' drive from the nearest retina service and he had no listed phone. The worry is not just clinical. Those images were then pulled into a teaching set by a colleague without cropping the burned-in label, and the teaching set is on a shared drive many students can see.

Now what? I sent an urgent referral through the clinic's nurse, who promised to drive out to see him. I removed the images from the teaching folder and told the colleague directly, which was awkward but fine. I also emailed the camera vendor to ask whether the overlay can be switched off for exports. Dr. Feldman, our program director, agreed to add de-identification to the onboarding for new residents.`,
  },
  {
    id: "us-free-003",
    setting: "teledermatology",
    role: "physician assistant (dermatology)",
    text: `I review store-and-forward e-consults from primary care most afternoons, and I have been reflecting on how poorly our photo library represents skin of color.

This week a referral asked about a "rash" on a Black woman in her forties. The photo showed violaceous, slightly scaly plaques on the shins. In the atlases I trained on, erythema looks red; here it was purple-brown, and I almost read it as post-inflammatory hyperpigmentation. Dr. Alvarez, my supervising dermatologist, pointed out the active border and suggested lichen planus, which the biopsy later confirmed.

I went back to the AAD position statement on diversity in dermatology education and counted the images in our e-consult template: four of the twenty-two examples were Fitzpatrick type IV to VI. That is not good enough for a service in a city where half of our patients have darker skin.

What I am changing: I have started a small teaching set of consented, fully de-identified images, cropped so that no tattoo, jewelry or face is visible. I am also adding a line to our e-consult reply suggesting photos in natural daylight, because flash flattens the violet tones we need to see. Finally, I will stop using the word "erythema" alone in my replies and describe the actual color I see.

Methotrexate 15 mg weekly and potent topical steroids are still the easy part. Seeing the disease is the hard part.`,
  },
  {
    id: "us-gibbs-004",
    setting: "dental school clinic",
    role: "third-year dental student",
    text: `Description. My patient, ⟦NAME|T.R.⟧, came in for her second periodontal visit in ⟦FACILITY_ROOM|chair 14 on the third-floor predoctoral clinic⟧. While I was updating her chart I found that her Medicaid form, scanned last semester, listed her Social Security number, ⟦ID|078-05-1120⟧, in the member ID box rather than her Medicaid number, ⟦ID|MD7720418935⟧. The clearinghouse had rejected the claim twice.

Feelings. I was annoyed at the paperwork, then anxious when I realized the scanned form had been printed and left in my tray overnight.

Evaluation. The clinical part went well: scaling and root planing in two quadrants with 4% articaine, 1:100,000 epinephrine. She was relaxed and thanked me for explaining each step. The administrative part did not go well at all.

Analysis. A printed SSN in an open tray is a reportable risk under our school's HIPAA policy. I had not thought of a dental chart as particularly sensitive, but it contains insurance, address and medical history all in one place. Dr. Brennan, my clinic supervisor, helped me file a privacy incident report, which was quicker and less frightening than I had imagined.

Conclusion. I treated paper as if it were safe because it was not on a screen.

Action plan. No printed identifiers leave the records room; I correct insurance numbers directly in the electronic chart; and I will check my tray before leaving every session.`,
  },
  {
    id: "us-what-005",
    setting: "newborn hearing screening",
    role: "audiology doctoral student",
    text: `What? I spent a week in the pediatric audiology clinic following up babies who did not pass their newborn hearing screen. Most arrive after a "refer" on automated otoacoustic emissions and then pass a repeat screen. One infant, about eight weeks old, had absent OAEs bilaterally and a diagnostic ABR showing thresholds around 60 dB nHL.

So what? The Joint Committee on Infant Hearing 2019 position statement sets the 1-3-6 goals: screening by one month, diagnosis by three months, intervention by six months. This baby was on track for diagnosis, but the parents had missed two appointments because of work and transport. Dr. Kessler, my preceptor, explained that loss to follow-up is the single biggest weakness of screening programs, and it is worse in families without paid leave.

I also noticed how I spoke to the parents. I used "moderate bilateral sensorineural hearing loss" and watched their faces go blank. Dr. Kessler rephrased it as "your baby can hear loud sounds but will miss most of speech without hearing aids", and the mother started asking practical questions immediately.

Now what? I will practise plain-language explanations out loud before each diagnostic session. I am drafting a one-page handout with our coordinator listing bus routes and the option of a telehealth follow-up for hearing-aid checks. I will also read the CDC EHDI data summary to understand how our state compares.`,
  },
  {
    id: "us-free-006",
    setting: "cochlear implant remote programming",
    role: "pediatric nurse practitioner (ENT)",
    text: `We started remote programming sessions for cochlear implants last year, and I assumed the hard part would be the technology. It was not.

⟦NAME|Mateo Villanueva-Cruz⟧, who is four, had his activation in clinic and then three remote mapping sessions from home. His mom, ⟦NAME|Yesenia⟧, emailed me from ⟦EMAIL|yesi.villanueva.cruz@yahoo.com⟧ before each one with a list of sounds he was and was not reacting to. Before the third session she sent a link to a video she had posted of his activation day, ⟦URL|https://www.youtube.com/watch?v=Rt8kQm3Zp2A⟧, which has over forty thousand views. In it you can read the implant serial, ⟦DEVICE|CIX-7731-66204⟧, on the packaging she holds up to the camera.

I was moved by the video, honestly. He laughs at the first beep. But I also saw the comments underneath, some kind, some asking where they lived.

I talked it through with our social worker, Ms. Okafor, before raising it. Parents have every right to share their child's story. My role was to make sure ⟦NAME|Yesenia⟧ knew what could be found from it. When we spoke, she had not noticed the serial or that the clinic's name was on a poster behind her. She chose to re-upload a trimmed version.

Next time, I will mention sharing and privacy at the pre-activation visit, not after. Remote care brings families' homes onto our screens, and our advice needs to travel the other way too.`,
  },
  {
    id: "us-gibbs-007",
    setting: "breaking bad news by phone",
    role: "ophthalmology intern",
    text: `Description. I had to tell a patient by phone that the injections for her wet age-related macular degeneration had stopped working in one eye and that we expected her central vision there to keep worsening. My attending, Dr. Nguyen, was on the line but let me lead.

Feelings. Dread. Phone calls remove everything I lean on: eye contact, a hand on the arm, watching for the moment someone stops listening.

Evaluation. I used SPIKES. I asked what she already understood, and she said, "You're going to tell me it's not getting better, aren't you?" That made the next part easier. I explained that the fluid on the OCT had come back despite monthly aflibercept 2 mg, and that the scarring meant reading with that eye was unlikely to return. I then paused. She was quiet for a long time, and I waited.

Analysis. The silence was the part I had practised least. Dr. Nguyen later said that on the phone you have to name the silence: "I'm still here, take your time." I had not, and I think she wondered whether the line had dropped.

Conclusion. Bad news by phone needs more words about the conversation itself, not fewer.

Action plan. I will use explicit check-ins during phone calls, offer a low-vision referral in the same conversation, and send a written summary in large print afterwards, which she requested.`,
  },
  {
    id: "us-what-008",
    setting: "dermatology clinic",
    role: "dermatology resident",
    text: `What? A young woman with severe nodulocystic acne came to start isotretinoin. I had done this many times, but this time I realized halfway through the visit that I had not asked about her contraception plan in a way that let her answer honestly. Her mother was in the room, and I asked "You're not sexually active, right?" She said no.

So what? The iPLEDGE program requires two negative pregnancy tests and two forms of contraception or documented abstinence. The question I asked was leading and was asked in front of a parent. Dr. Goldberg, my attending, pointed out that the risk of isotretinoin embryopathy is real and serious, and that the whole system relies on an honest answer. I had made honesty harder. I had also started the dose at 0.5 mg/kg/day without talking about mood, dry lips or the need for monthly labs beyond a quick list.

Now what? I now see every adolescent alone for part of the isotretinoin visit, as the AAP and AAD both recommend, and I ask open questions: "What are you doing for contraception, if anything?" I have rewritten my counselling script so mood and depression come first, not last. I will also review the 2023 guidance on the iPLEDGE changes before my next clinic so I can explain the rules clearly instead of apologizing for them.`,
  },
  {
    id: "us-what-009",
    setting: "community health worker messaging",
    role: "community health worker (promotora)",
    text: `What? I work with a dermatology outreach program in the Rio Grande Valley. ⟦NAME|Doña Lupe⟧, a grandmother who sells tamales from her porch in ⟦LOCATION|the colonia off FM 1015 north of Progreso⟧, has a leg ulcer that the clinic follows by photo. She sends the pictures to my personal WhatsApp at ⟦PHONE|(956) 555-0142⟧ because that is what her granddaughter set up. Last week her granddaughter also tagged me in a public post from her account ⟦OTHER|@lupitas_tamales_rgv⟧ thanking "the clinic lady" with a photo of the ulcer.

So what? I was touched, but it put her wound, her business and her street on the internet together. Anyone in the colonia would know it was her. My own number is now public, too. Our supervisor, Dr. Ramírez, reminded me that promotoras are the bridge to families who do not trust clinics, and that trust depends on us keeping their information quiet.

Now what? I thanked the family and gently asked them to take the post down, which they did the same day. I moved her photos into the program's secure app and deleted them from my phone. I have asked for a work phone so my personal WhatsApp is not the clinic's inbox. At our next team meeting I will share this story, with permission, so other promotoras can plan for it.`,
  },
  {
    id: "us-comment-010",
    setting: "telehealth",
    role: "telehealth nurse coordinator",
    text: `Thanks for this. We had the same proxy-access surprise in our clinic. The fix that worked for us was a standard opening script and a checkbox in the note template. Our compliance officer also pointed us to the HHS guidance on telehealth and HIPAA from 2023, which clarifies what counts as a private space for audio-only visits.`,
  },
  {
    id: "us-comment-011",
    setting: "ophthalmology",
    role: "ophthalmic technician",
    text: `Lovely reflection. Small thing: you mention ⟦NAME|Mrs. Oyelaran⟧ from the Tuesday injection clinic and that she turned ⟦AGE|91⟧ on ⟦DATE|March 3⟧, the day of her last injection. Even without her chart number, our regulars would recognize her from that. Could you edit the post before it goes to the department newsletter?`,
  },
];
