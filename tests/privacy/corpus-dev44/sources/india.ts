import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: eye camps, oral medicine, eSanjeevani teleconsultations, leprosy and ENT outpatients. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "cataract camp",
    role: "ophthalmology resident",
    text: `Description: I was posted to a two-day cataract screening and surgery camp run by our department in western Rajasthan. On the second day I operated, under supervision, on ⟦NAME|Shri Ramesh Chand Meena⟧, a retired camel herder ⟦AGE|aged 96⟧ from ⟦LOCATION|Khejarli Kalan in Luni tehsil⟧. His Aadhaar, ⟦ID|${aadhaar("4873 2019 566")}⟧, was the only document he carried, and it was used to register him for the government scheme. The lens implant sticker, SN ⟦DEVICE|24K8813702⟧, went into his camp card and our register.

Feelings: I was nervous about operating on someone so old, with a hard brunescent cataract and a small pupil.

Evaluation: Dr. Sharma, my unit head, walked me through a manual small-incision cataract surgery. The nucleus delivery was slow but intact. The next morning his vision was 6/18 unaided, and he told the whole camp he could see the colours of his grandson's turban again.

Analysis: I realised how much rests on paper in camps. Camp cards, with his Aadhaar and lens sticker, are handed back to patients, who then keep them in plastic bags that are passed around at follow-up. The National Programme for Control of Blindness guidance focuses on surgical outcomes and barely mentions records.

Conclusion: The surgery was the easy part to measure.

Action plan: I have suggested we print only a camp serial on the card and keep identity documents in the register at the base hospital.`,
  },
  {
    id: "in-what-002",
    setting: "oral medicine clinic",
    role: "BDS intern",
    text: `What? In the oral medicine outpatient department I examined a young man who had chewed gutkha since school. His interincisal mouth opening was 22 mm, his buccal mucosa was blanched and leathery with palpable vertical bands, and he could not blow out his cheeks. Dr. Kulkarni, our professor, confirmed oral submucous fibrosis, group III on her clinical grading.

So what? I had read about OSMF in textbooks written with Mumbai and Chennai data, but seeing a 24-year-old unable to eat a full idli was different. Dr. Kulkarni told me that up to 7–13% of cases progress to oral squamous cell carcinoma, and that quitting is the only intervention with good evidence. Intralesional dexamethasone and hyaluronidase, or physiotherapy with ice-cream sticks, help the symptoms but do not stop the disease.

I was also struck by how I spoke to him. I lectured. He nodded politely, then said he had tried to quit three times. Lecturing a man who has already tried is not counselling.

Now what? I will complete the tobacco cessation training module offered by our college, and use the 5 A's (ask, advise, assess, assist, arrange) rather than warnings. I will learn what COTPA 2003 says about sales near schools, because he started buying gutkha from a shop outside his. And I will follow up with him by phone in a month, with his permission, to ask how it is going.`,
  },
  {
    id: "in-free-003",
    setting: "eSanjeevani teleconsultation",
    role: "medical officer (primary health centre)",
    text: `Teleconsultations through eSanjeevani have changed my week. I now see almost as many patients on the screen as in my outpatient room, many of them women who cannot easily travel.

On ⟦DATE|12-08-2025⟧ a community health officer at a sub-centre connected me to ⟦NAME|Lakshmi Ammal⟧, an elderly widow with itching and a spreading ring-shaped rash on her waist. She had been using a cream bought from a medical shop containing clobetasol, gentamicin and miconazole. Classic steroid-modified tinea, the kind our dermatology teachers warned us about endlessly.

What bothered me afterwards was not the rash. To register her, the health officer read out her full address, ⟦ADDRESS|Door No. 4/112, Kamarajar Street, Thiruvallur 602001⟧, and her son ⟦NAME|Murugan⟧'s mobile, ⟦PHONE|+91 94555 01037⟧, while three other patients waited in the same room at the sub-centre. I could hear them chatting in the background. None of this was necessary; the platform already had her ABHA number, ⟦ID|91-4472-8830-1265⟧.

I prescribed terbinafine 250 mg daily for four weeks and advised her to stop the combination cream. Then I rang the health officer after the session and asked whether they could register patients before bringing them into the room. She agreed, and laughed that nobody had ever asked before.

I am learning that privacy in telemedicine is often lost at the far end of the call, in rooms I never see.`,
  },
  {
    id: "in-gibbs-004",
    setting: "leprosy clinic",
    role: "dermatology postgraduate",
    text: `Description: On Fridays our dermatology department runs a leprosy clinic. This week I saw a man in his forties with a numb, hypopigmented patch on the forearm and a thickened ulnar nerve. A slit-skin smear was negative, and Dr. Sen classified it as paucibacillary leprosy.

Feelings: I was excited to make the diagnosis, which I then felt guilty about, because for him it was frightening news.

Evaluation: I explained multidrug therapy, rifampicin 600 mg monthly with dapsone and clofazimine, as the WHO 2018 guidelines now recommend for all leprosy. He listened, but the question he kept asking was whether his daughter's marriage would be affected if anyone found out.

Analysis: Leprosy is curable, but the stigma survives treatment. Dr. Sen told me she never writes the word "leprosy" on the outer cover of the patient's file, and writes "Hansen's disease" in letters to employers only when the patient consents. I had been about to write it on the OPD slip in large letters.

Conclusion: My clinical knowledge was adequate. My sense of what the diagnosis means socially was not.

Action plan: I will read about Lucio phenomenon and type 1 and 2 reactions before next Friday, since he will need monitoring. More importantly, I will ask every leprosy patient what they want written where, and learn the clinic's practice of discreet labelling.`,
  },
  {
    id: "in-what-005",
    setting: "ENT outpatient",
    role: "ENT resident",
    text: `What? A six-year-old girl was brought to ⟦FACILITY_ROOM|Room 14 of the ENT OPD at Shanti Devi Memorial Hospital, Bikaner⟧ by her father after a school hearing screen. The referral slip named her only as "⟦NAME|Baby of Sunita⟧", because her birth had been registered before she was named, and gave her UHID as ⟦ID|SDMH/2025/118274⟧. Her father said the problem started after a high fever ⟦DATE|the day after Diwali⟧. Otoscopy showed bilateral dull, retracted drums, and tympanometry gave flat type B traces.

So what? Otitis media with effusion is common, but the history of fever and the school's concern made me wonder about meningitis-related hearing loss, which would be a very different story. I had nearly finished writing "OME, review in three months" when my senior, Dr. Bhatnagar, asked whether I had done tuning fork tests or pure-tone audiometry. I had not.

Now what? We arranged audiometry the same morning. Her thresholds were around 35 dB with an air-bone gap, consistent with effusion rather than nerve damage, and we planned watchful waiting per the 2016 clinical practice guideline, with a recheck in three months. I have also asked records to update her name in the UHID system so that future letters do not carry her mother's name instead of her own.`,
  },
  {
    id: "in-free-006",
    setting: "hospital WhatsApp groups",
    role: "staff nurse (ophthalmology ward)",
    text: `I have been thinking about the WhatsApp groups families create in our hospital.

Every patient admitted for eye surgery seems to have one. Last month a group called "⟦OTHER|Bed 12 Eye Ward Pappu Chacha Updates⟧" added me as a member because I had given my number to a relative. ⟦NAME|Pappu Chacha⟧ himself is a retired tailor who had a retinal detachment repair and had to lie face down for a week. The group had forty members, and within a day someone had posted a photo of his discharge summary, his ward round photo with his eye patch, and a voice note asking me whether he could go to his nephew's wedding.

I answered the first question in the group without thinking. Then I realised I was now part of a chat where his diagnosis, his face and his medicines were shared with forty people, some of whom I had never met.

I spoke to our sister-in-charge, Sr. Mary Joseph, the next day. She said this happens on every ward and that we need a standard reply. Together we drafted one: "I can't discuss medical details on WhatsApp. Please call the ward or come to the nurses' station." I left the group politely.

Families use these groups out of love and anxiety. They are not going away. What I can control is where I answer and what I write, and I would like our hospital to give all nurses a work phone so that we are not pulled into them.`,
  },
  {
    id: "in-free-007",
    setting: "occupational audiology",
    role: "audiologist",
    text: `Our audiology team spends one day a month testing workers at textile units around Surat. Most are young men from other states, living in shared rooms and working twelve-hour shifts next to looms.

The audiograms tell a consistent story: a notch at 4 kHz, sometimes 6 kHz, with recovery at 8 kHz, classic noise-induced hearing loss. In one unit, almost a third of men under thirty had a notch of 25 dB or more. Sound level readings near the looms were 96 to 102 dB(A), well above the 90 dB(A) limit in the Factories Act 1948 schedule.

What troubles me is what happens next. We hand over a report to the factory management, but the workers rarely see their own audiograms explained. Several asked whether they would "go deaf", and I realised I had not said clearly that hearing lost to noise does not come back, but further loss can be prevented.

I discussed this with my supervisor, Dr. Pandya. We agreed that from the next visit we will explain each result individually in Hindi or Odia, hand out earplugs with a short demonstration on fitting, and press management for quieter maintenance of the looms. She also suggested I read the NIOSH 1998 criteria document, which uses an 85 dB(A) limit and explains why.

I went into audiology to fit hearing aids. These visits remind me that prevention matters more.`,
  },
  {
    id: "in-gibbs-008",
    setting: "OSCE",
    role: "final-year MBBS student",
    text: `Description: My ENT OSCE station asked me to perform and interpret tuning fork tests on a simulated patient with a "left-sided hearing problem". Dr. Menon, the examiner, watched silently.

Feelings: I was calm because I had practised Rinne and Weber on my friends with a 512 Hz fork borrowed from the skills lab.

Evaluation: I struck the fork on my knee, not the table, which was correct. For Rinne I compared air and bone conduction. The simulated patient reported bone louder than air on the left. Weber lateralised to the left. I said "left conductive hearing loss", which was right. But I forgot to do the absolute bone conduction test and did not mask the other ear, and I could not explain a false-negative Rinne when Dr. Menon asked.

Analysis: I had learnt the results as patterns to recognise, not as physics. When the question moved slightly away from the pattern, I had nothing to reason with. A false-negative Rinne in severe sensorineural loss happens because sound crosses to the other cochlea through the skull, which is exactly why we mask.

Conclusion: Knowing the steps is not the same as understanding the test.

Action plan: I will reread the chapter on clinical tests of hearing in Dhingra, draw the sound pathways for each test, and teach the stations to two juniors, because explaining it aloud is how I find my gaps.`,
  },
  {
    id: "in-comment-009",
    setting: "audiology",
    role: "audiology student",
    text: `Great reflection on the camp audiograms. One caution: the scanned audiogram in your third photo still shows the header with ⟦NAME|Joginder Singh Gill⟧, and his village, ⟦LOCATION|Dhilwan Kalan⟧, is handwritten in the margin. Could you blur that or replace the image before more people share this post?`,
  },
  {
    id: "in-comment-010",
    setting: "oral medicine",
    role: "oral medicine lecturer",
    text: `Thank you for being honest about lecturing him. In our department we use the 5 A's and 5 R's for people not yet ready to quit. Dr. Iyer from our public health department runs a free session on motivational interviewing every second Saturday. I would also suggest the ICMR tobacco cessation guidelines as a practical reference.`,
  },
  {
    id: "in-what-011",
    setting: "teledentistry",
    role: "dental surgeon (rural practice)",
    text: `What? Our practice in Saurashtra started a small teledentistry service during the monsoon, when village roads flood. ⟦NAME|Jashiben⟧, a widow who keeps cows in ⟦LOCATION|Moti Parabdi near Dhari⟧, sent a photo of a swelling under her jaw on ⟦DATE|Magshar sud 5, Samvat 2081⟧, as she wrote it in Gujarati, which I later worked out was early December. The message came from her grandson's phone, ⟦PHONE|98555 08472⟧. The photo showed a fluctuant swelling below the left lower molars and a little trismus.

So what? This could have been a simple abscess or the start of Ludwig's angina, and a photo alone cannot tell them apart. I advised amoxicillin 500 mg with metronidazole 400 mg over the phone and asked the family to bring her in that evening. They came the next morning instead, because the jeep was not running. Luckily the floor of her mouth was soft and the swelling drained well after extraction of the 36.

Now what? Remote advice works only if the escalation route works too. I now give every teledentistry caller a list of red flags (difficulty swallowing, raised tongue, fever, drooling) and the phone number of the nearest government ambulance. I also learned to ask for a date in the Gregorian calendar when I am recording the history, so our notes are consistent.`,
  },
];
