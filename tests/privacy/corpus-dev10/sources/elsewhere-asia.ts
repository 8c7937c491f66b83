import type { SourceItem } from "../../corpus/types.ts";

/** Elsewhere, East and South-East Asia: Thailand, Japan, South Korea. */
export const ASIA: readonly SourceItem[] = [
  {
    id: "th-free-001",
    setting: "infectious diseases",
    role: "sixth-year medical student",
    text: `
Sixth-year medicine in Chiang Mai, and my ajarn, Dr. Pornthip, says I will remember melioidosis for the rest of my life because of one week in the rainy season. She is probably right.

We had three patients in a week with Burkholderia pseudomallei sepsis, all rice farmers, all with diabetes. One had a liver abscess, one had pneumonia, one had a parotid abscess that I thought was mumps. Ajarn Pornthip made me learn the treatment by heart: ceftazidime 2 g every 8 hours or meropenem in the intensive phase, then co-trimoxazole for at least three months in the eradication phase. She also told us about Whitmore, who described the disease in Rangoon in 1912.

I think the biggest lesson was that the Universal Coverage Scheme — the "30-baht" scheme — gets farmers to the hospital, but not always early. Rice planting does not stop for a fever.

My friend Nok and I are studying for the national licensing exam, step 3, in March. After Songkran, I will go home to Lampang and help my parents with their noodle shop. My little brother wants to be a Muay Thai fighter; I have told him that as a future doctor I do not approve.
`,
  },
  {
    id: "th-what-002",
    setting: "community nursing",
    role: "community nurse",
    text: `
**What?** I am a nurse at a subdistrict health promoting hospital near Khon Kaen. I visit ⟦NAME|Yai Thongkham Srisuk⟧ every week. She lives at ⟦LOCATION|Ban Nong Waeng, the house behind the wat with the blue naga staircase⟧, with her granddaughter ⟦NAME|Ploy⟧. She had a stroke on ⟦DATE|15 November 2568⟧ — in the Buddhist calendar — and her hospital number is ⟦ID|64-018827⟧. She cannot walk and has a pressure sore on the sacrum.

**So what?** Our village health volunteer, Pa Somsri, visits every day, and she knows the family much better than I do. She told me ⟦NAME|Ploy⟧ is sixteen and has stopped school to care for Yai. I had only noticed the wound.

**Now what?** I discussed this with our director, Khun Anucha, and with the Long-Term Care fund coordinator. We will arrange a caregiver for three days a week so ⟦NAME|Ploy⟧ can go back to school. I am also reading the Braden scale guidance again, because the sore is getting worse. Loy Krathong is next week and ⟦NAME|Ploy⟧ asked me to help her make a krathong for her grandmother.
`,
  },
  {
    id: "th-comment-003",
    setting: "medical education",
    role: "medical student",
    text: `
Nok!! You got the Ajarn Pornthip prize for the best case presentation, I am so proud. Everyone in the lecture hall knew it would be you when you started talking about Whitmore and the Rangoon morgue. Let's go to the night bazaar on Friday and eat khao soi to celebrate. And no studying for at least one evening, please.
`,
  },
  {
    id: "jp-free-004",
    setting: "paediatrics",
    role: "paediatrics resident",
    text: `
Second-year paediatrics residency in Tokyo, and I have now seen more Kawasaki disease than most of my friends in the United States will see in a career. Tomisaku Kawasaki described it in 1967, in a hospital not far from where I now work, and my supervisor, Dr. Ishikawa, likes to remind us that Japan still has the highest incidence in the world.

This month we had a four-year-old with five days of fever, conjunctival injection, strawberry tongue and a rash. Classic. IVIG 2 g/kg and aspirin, echocardiography on day seven: no coronary aneurysms. The mother asked if it was her fault. Dr. Ishikawa answered in a way I want to remember: "Nobody knows the cause, but we know it is not you."

I have also been thinking about Japanese eponyms we use every day without noticing: Hashimoto's thyroiditis, Takayasu arteritis, moyamoya, which is not an eponym but sounds like one.

Golden Week was busy, and I missed my family trip to Kanazawa. On my day off I watched the Hanshin Tigers on TV with my co-resident Sato, who is from Osaka and shouts at the screen. I am reading Murakami's "Norwegian Wood" in English to improve for the USMLE, which is slower than I expected.
`,
  },
  {
    id: "jp-gibbs-005",
    setting: "geriatrics",
    role: "nursing student",
    text: `
**Description.** During my geriatrics practicum in Kyoto, I cared for ⟦NAME|Tanaka Haru-san⟧ in ⟦FACILITY_ROOM|room 512 on the east ward of the fifth floor⟧. She was ⟦AGE|102⟧ and had lived at ⟦LOCATION|Sakura-en, the care home in Ohara village⟧, for ten years. She was admitted with aspiration pneumonia on ⟦DATE|Reiwa 7, 3 October⟧. Her eldest son, ⟦NAME|Tanaka Makoto⟧, visited every evening.

**Feelings.** I was worried about feeding her, because I was afraid she would aspirate again.

**Evaluation.** My instructor, Yamamoto-sensei, taught me the correct position and thickened fluids, and we worked with the speech therapist, Ms. Kondo. ⟦NAME|Haru-san⟧ liked to sing old songs while eating slowly.

**Analysis.** I realised that the food was important to her dignity. She said she wanted to eat the sweets from the Jidai Matsuri festival again.

**Conclusion.** Swallowing care is also about joy, not only safety.

**Action plan.** I will study dysphagia management and the Japanese Society of Dysphagia Rehabilitation classification before my national exam in February.
`,
  },
  {
    id: "jp-what-006",
    setting: "pharmacy",
    role: "pharmacy student",
    text: `
**What?** My community pharmacy practicum in Sapporo was during the Snow Festival, and the pharmacy was full of tourists with colds and one man from Australia with frostbite on two fingers. My preceptor, Mr. Fujita, showed me how to use the okusuri techō, the medication notebook, to check interactions for elderly regular patients. One woman in her eighties had prescriptions from four clinics, including two NSAIDs.

**So what?** In lectures, polypharmacy was a word. In the pharmacy it was a notebook with forty stickers. Mr. Fujita called each clinic and arranged to stop one NSAID. He said Japanese patients often do not tell one doctor about another doctor, out of politeness.

**Now what?** I will read the 2015 Japan Geriatrics Society guidelines for medical treatment and its safety in the elderly, and make a checklist for my next practicum in Hakodate. My pharmacy national exam is in February. My friend Mei says I should stop drinking so much canned coffee, and she is right.
`,
  },
  {
    id: "jp-comment-007",
    setting: "medical education",
    role: "paediatrics resident",
    text: `
Great reflection, Kenta. Dr. Ishikawa read it at our morning conference and said it was the best explanation of IVIG dosing he had seen from a second-year. I remember when you asked me in April where the coffee machine was — now you are teaching the interns. Let's go for ramen in Shinjuku on Friday with Sato and Mei.
`,
  },
  {
    id: "jp-free-008",
    setting: "otolaryngology",
    role: "audiologist",
    text: `
I am a speech-language-hearing therapist in Sendai, and this is a reflection for my continuing education portfolio.

I have been following ⟦NAME|Mr. Watanabe Isamu⟧ for two years since his cochlear implant. He is a retired fisherman who lost his hearing slowly after the 2011 tsunami, when he spent months working in the cold water to rebuild. His sound processor, serial ⟦DEVICE|CP1150-2294817⟧, stopped working in August, and he was without hearing for two weeks because the replacement had to come from the manufacturer.

His daughter ⟦NAME|Yuki⟧ emailed me from ⟦EMAIL|yuki.watanabe.0415@docomo.ne.jp⟧ every day during those two weeks. She said her father had stopped going out and stopped eating with the family. I had not understood how much the implant was his connection to everyone.

My supervisor, Dr. Kobayashi, and I now keep a loan processor in the clinic for emergencies. It is a small thing. We learned it from a patient's loneliness.

The Tanabata festival in Sendai was in August, and ⟦NAME|Mr. Watanabe⟧ usually goes with his grandchildren. This year he could not hear the drums. Next year, I hope, he will.
`,
  },
  {
    id: "kr-free-009",
    setting: "neurology",
    role: "neurology resident",
    text: `
I am a third-year neurology resident in Seoul, and Chuseok is the first holiday in three years that I will spend with my parents in Daegu. I want to write this reflection before I leave.

This year I learned about moyamoya disease properly, not as a word from the textbook. We had a young woman in her twenties with recurrent TIAs after crying or blowing on hot soup — hyperventilation triggers — and angiography showed the "puff of smoke" that Suzuki and Takaku described in 1969. She needed revascularisation surgery. My professor, Dr. Lee Jae-won, spent a long time explaining the risks to her and her parents, using drawings.

My co-residents and I watch "Hospital Playlist" sometimes, and we laugh because the doctors in the drama always have time for lunch together. We do not. But the drama is right about one thing: the people you train with become family.

I passed my board exam practice test in June. Professor Lee says I should stop worrying about the real exam in January. My mother says I should worry less about exams and more about getting married. My father just wants to know if Son Heung-min will play in the next national team game.
`,
  },
  {
    id: "kr-what-010",
    setting: "home care nursing",
    role: "home care nurse",
    text: `
**What?** I visit ⟦NAME|Kim Soon-ja halmeoni⟧ twice a week at ⟦ADDRESS|112-4 Sujeong-dong 3-ga, Dong-gu, Busan⟧. She has heart failure and COPD. We started telemonitoring this year: her oxygen saturation and weight upload from a tablet, and the system log shows it comes from ⟦IP|198.51.100.23⟧ every morning at 7. Her daughter-in-law, ⟦NAME|Park Mi-young⟧, calls me on ⟦PHONE|010-5555-3187⟧ when the tablet stops working.

**So what?** Last month the upload stopped on ⟦DATE|October 28⟧ and stayed silent for three days. I thought the tablet was broken. When I visited, ⟦NAME|Soon-ja halmeoni⟧ had gained 3 kg and was breathless. She had unplugged the tablet because the light kept her awake. The technology worked; it was not designed for her bedroom.

**Now what?** I increased her furosemide after calling Dr. Choi at the clinic. I will ask every patient where the device will be placed before installing it. I am also presenting this at our team meeting in December, before the Christmas lights start in Nampo-dong.
`,
  },
  {
    id: "kr-comment-011",
    setting: "medical education",
    role: "nursing student",
    text: `
Jiwoo, congratulations on passing the national nursing licence exam! Professor Han told the whole class and we all cheered. Remember our first practicum when you fainted during the blood draw demonstration? Look at you now. Let's have chimaek on Saturday near the university — Seo-yeon is coming and she promised to bring her BTS photocards to show you.
`,
  },
];
