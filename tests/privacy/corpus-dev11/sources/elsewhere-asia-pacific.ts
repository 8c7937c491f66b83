import type { SourceItem } from "../../corpus/types.ts";

/** Items from China, Taiwan, Thailand, Cambodia, Laos, Samoa, Tonga and the Solomon Islands, written in English. */
export const ASIA_PACIFIC: SourceItem[] = [
  {
    id: "cn-free-001",
    setting: "rural general practice",
    role: "general practice resident",
    text: `Part of our GP training in Yunnan is a month with village doctors, and I spent mine in the hills outside Dali.

The patient I want to write about is ⟦NAME|Li Nainai⟧ — ⟦NAME|Grandma Li⟧, as the whole village calls her — who is ⟦AGE|ninety-two⟧ and lives ⟦LOCATION|in the courtyard house beside the old cypress at the top of Xizhou's back lane⟧. Hypertension, atrial fibrillation, and a stroke two years ago that left her left hand weak. The village doctor, Mr Yang, visits on his electric scooter with a blood pressure cuff in the basket.

She had stopped warfarin because her grandson ⟦NAME|Li Wei⟧, who works in Kunming, read on WeChat that it "thins the blood too much". He added me on WeChat (ID ⟦OTHER|liwei_dali88⟧) to argue about it. In the end we agreed to a switch to rivaroxaban, with the INR worries gone, although cost is real.

On ⟦DATE|the fifteenth day of the first lunar month⟧ she had a second, small stroke and was admitted to ⟦FACILITY_ROOM|Ward 12, bed 36, at the First Affiliated Hospital of Kunming Medical University⟧. She recovered. What I learnt: in rural China, the anticoagulation decision is made by the family group chat, not the doctor. Better to be in the chat.`,
  },
  {
    id: "cn-what-002",
    setting: "psychiatry",
    role: "psychiatry resident",
    text: `What?
Outpatient psychiatry in Shanghai, the week after the gaokao results. Four adolescents in one afternoon with depression and self-harm, all brought by parents who said the same thing: "we didn't know."

So what?
Adolescent depression in China is common and still stigmatised. The 2022 national guidance on student mental health screening is a start, but the screening results sit in school files and nobody acts on them. We used PHQ-A and the Columbia scale. Two started fluoxetine 10 mg, which has the best evidence in this age group (TADS, 2004), plus CBT — though the waiting list for CBT in Shanghai is months.

Now what?
I'm working with our attending, Dr Zhou, on a short parent session run in the waiting room. I also want to learn family therapy properly; in China the family is always in the room, literally and otherwise. Mid-Autumn Festival is next week and I'm on call, so mooncakes in the doctors' office.`,
  },
  {
    id: "cn-comment-003",
    setting: "oncology",
    role: "oncology attending",
    text: `Thank you for writing about nasopharyngeal carcinoma screening in Guangdong. EBV DNA screening works; the 2017 NEJM study from Hong Kong showed earlier stage at diagnosis. The barrier now is follow-up of positive results, not the test itself. Our clinic phones every positive within a week, and uptake of endoscopy went from about half to most.`,
  },
  {
    id: "tw-free-001",
    setting: "geriatrics",
    role: "family medicine resident",
    text: `Outreach clinic on Penghu. The ferry from Kaohsiung was cancelled twice because of the typhoon, so I met ⟦NAME|Grandpa Hung⟧ — ⟦NAME|Hung Chin-shui⟧ — a week late.

He is ⟦AGE|98⟧ and has been ⟦OTHER|the only boat-builder still working wood in Chimei⟧; the island's school takes children to watch him. Heart failure, knee osteoarthritis, and a cough that turned out to be a COPD exacerbation. He had come to the clinic on ⟦DATE|the Double Ninth Festival⟧ because the township gives the elderly a red envelope that day and he thought he might as well see a doctor too.

His daughter, ⟦NAME|Hung Li-hua⟧, gave me her mobile, ⟦PHONE|0912-555-306⟧, and the chart number from the township clinic, ⟦ID|PH-0072391⟧, so I could send his echo results.

We adjusted his furosemide, added a LAMA inhaler, and I spent twenty minutes teaching the technique with a spacer. He laughed at the spacer. Taiwan's NHI system makes the medicine easy. The islands make everything else harder. I'm back in Taipei now; the typhoon season is over.`,
  },
  {
    id: "tw-gibbs-002",
    setting: "intensive care",
    role: "critical care nurse practitioner",
    text: `Description: A 67-year-old man in our ICU in Kaohsiung with septic shock from a perforated viscus. Day 5, on noradrenaline 0.3 mcg/kg/min and vasopressin; lactate still 5.2. The family asked about withdrawing.

Feelings: Conflicted. Taiwan's Patient Right to Autonomy Act (2019) gives clear rules for advance decisions, but he had not made one.

Evaluation: Our attending, Dr Lin, ran a family meeting with the palliative consult team. We used the Hospice Palliative Care Act criteria and agreed on a DNR and no escalation. He died two days later, with his family present and a Buddhist chant playing.

Analysis: I had thought the family would want everything done. They didn't; they wanted him not to suffer. I had projected.

Conclusion: Ask, don't assume.

Action plan: Attend the Advance Care Planning facilitator course; practise SPIKES with our ICU educator. Personal note: I missed Mid-Autumn barbecue with my family for this shift and I don't regret it.`,
  },
  {
    id: "th-free-001",
    setting: "refugee health",
    role: "visiting medical student on elective",
    text: `My elective was at a clinic for Karen refugees on the Thai–Myanmar border near Mae Sot. The patient I keep thinking of is ⟦NAME|Naw Paw Htoo⟧, a 17-year-old in her first pregnancy, who lives in ⟦LOCATION|Mae La camp, Zone C, section 8, the bamboo house next to the church school⟧.

She came in at 32 weeks with malaria, P. falciparum, her first infection since arriving. Malaria in pregnancy is a different disease: higher parasitaemia, hypoglycaemia, risk to the baby. We gave artesunate IV, then artemether-lumefantrine, because second- and third-trimester use is now accepted (WHO 2022).

She delivered on ⟦DATE|12 Kanyayon 2568⟧ — the clinic uses the Thai calendar, so it took me a moment to work out that meant ⟦DATE|12 September⟧. A boy, 2.4 kg. Her husband ⟦NAME|Saw Eh Kaw⟧ walked from the camp with a bag of rice for the midwives.

What I want to reflect on is my own surprise at the quality. I expected a tent; I found a clinic running a malaria programme that has published in The Lancet. The midwives, Naw Mu and Naw Eh, taught me more about antenatal care than any lecture.`,
  },
  {
    id: "th-what-002",
    setting: "public health outbreak",
    role: "public health resident",
    text: `What?
A dengue outbreak in Chiang Mai during the rainy season: 340 cases in six weeks in one district, mostly children and young adults, four with dengue shock syndrome, no deaths.

So what?
The WHO 2009 classification helps — warning signs like abdominal pain, persistent vomiting, mucosal bleeding, rising haematocrit with falling platelets — and the fluid management is precise: crystalloid boluses, then careful titration. Over-hydration is almost as dangerous as shock. But the real work was vector control, and the community health volunteers (the village health volunteers, or "aor sor mor") are the backbone of that.

Now what?
I'm writing a report on larval indices before and after our clean-up campaigns. Also hoping to learn more about the new dengue vaccine, Qdenga, and whether it's suitable for Thailand's programme. Songkran holiday at home in Lampang next, and I'm going to sleep for three days.`,
  },
  {
    id: "th-comment-003",
    setting: "refugee health",
    role: "clinic midwife supervisor",
    text: `Lovely reflection and we loved having you. One request: ⟦NAME|Naw Paw Htoo⟧'s section and the house ⟦LOCATION|next to the church school in Zone C⟧ are enough for anyone in Mae La to know her, and her husband is named too. Please take them out before you share on your university blog. The malaria points are great.`,
  },
  {
    id: "kh-free-001",
    setting: "paediatrics",
    role: "paediatric registrar",
    text: `Notes from six months at a children's hospital in Siem Reap.

Japanese encephalitis is the thing I didn't expect to see so much of. Fever, headache, then seizures and a drop in consciousness; MRI showing thalamic changes when we can get it. There is no antiviral. Supportive care, seizure control with phenobarbital or levetiracetam, raised intracranial pressure management. About a third of children die or are left with serious disability, and the vaccine is cheap and part of the routine schedule since 2016. The gap is coverage in remote provinces.

What I'm learning: the team here has seen more JE in a month than most doctors in Europe see in a lifetime. The Cambodian paediatricians, particularly Dr Sokha and Dr Vannak, run the ward rounds in Khmer and English at once, and the nurses' observation charts are better than the ones I used in London.

Dengue and melioidosis are the other big two. I've also learnt to respect the rainy season. Khmer New Year is coming, and I've been invited to a colleague's family in Battambang, which I'm told means more food than I can imagine.`,
  },
  {
    id: "kh-gibbs-002",
    setting: "obstetrics",
    role: "midwifery lecturer",
    text: `Description: A home visit with a student midwife in Takeo province. ⟦NAME|Srey Mom⟧, 19, had given birth on ⟦DATE|the first day of Khmer New Year⟧ at the health centre, and we were doing her postnatal check ten days later. She lives ⟦LOCATION|in Phum Trapeang Veng, the stilt house behind the pagoda's east gate⟧.

Feelings: Happy at first; she and the baby were both well. Then worried.

Evaluation: Her blood pressure was 160/105. No symptoms. Postpartum pre-eclampsia. We had no magnesium in the bag; we had a moto. Her uncle ⟦NAME|Ta Chhun⟧ drove her to the referral hospital on his motorbike, plate ⟦OTHER|Takeo 1C-4273⟧, with my student on the back.

Analysis: Postpartum pre-eclampsia can happen up to six weeks after birth. Many of our students don't know that. The 2020 Cambodian national guideline does say it, on page 63.

Conclusion: BP at every postnatal visit, not just the first one.

Action plan: Add a late-postnatal pre-eclampsia case to the next OSCE.`,
  },
  {
    id: "kh-comment-003",
    setting: "surgery",
    role: "visiting surgeon",
    text: `Agree completely on the road traffic injuries. In Phnom Penh our trauma unit sees motorbike head injuries every night; helmet use among passengers is still low despite the 2015 law. The Glasgow Coma Scale on arrival is the best predictor we have, and early CT would change management, but the scanner is shared with the whole city.`,
  },
  {
    id: "la-free-001",
    setting: "surgery",
    role: "surgical resident",
    text: `Xieng Khouang is beautiful, and it is still full of bombs.

⟦NAME|Thao Khamsing Phommavong⟧, 42, was clearing a field for rice near ⟦LOCATION|Ban Naphia, the village where they make spoons from bomb casings⟧, when his hoe hit a cluster submunition. Left hand traumatic amputation, shrapnel in the abdomen and left eye. He was brought to us at ⟦FACILITY_ROOM|the surgical ward of Xieng Khouang Provincial Hospital, bed 4⟧ on ⟦DATE|Thursday 6 November⟧ by truck, four hours after the blast.

We did a damage-control laparotomy (small bowel resection), debrided the hand and stump, and referred his eye. He survived. His wife, ⟦NAME|Nang Bouasone⟧, stayed on a mat under the bed for three weeks, as families do here.

What I want to remember: the COPE centre in Vientiane will fit his prosthesis, and the UXO survivor programme will help with costs. But he is a farmer, and the field is still there, and half of it has not been cleared. The MAG team came the next week and found eleven more submunitions in that one field.

My Lao colleague, Dr Somphone, has treated UXO injuries for twenty years. He says the war ended in 1975 for everyone except the farmers.`,
  },
  {
    id: "la-what-002",
    setting: "tropical medicine",
    role: "infectious diseases registrar on secondment",
    text: `What?
Three months at a hospital in Vientiane learning tropical medicine. The condition I saw most that I'd never seen before was scrub typhus: fever, headache, a black eschar hidden in the armpit or groin, lymph nodes, and sometimes meningoencephalitis.

So what?
The eschar is the clue, and you only find it if you look everywhere. Doxycycline 100 mg twice daily works quickly; fever usually goes within 48 hours. If it doesn't, think of something else — leptospirosis, murine typhus, melioidosis (Burkholderia again), dengue. The Oxford tropical medicine research unit in Laos has studied all of these, and their papers taught me more than my textbook.

Now what?
When I go back to Bristol I'm going to ask every returning traveller with fever from South-East Asia about rice fields and look for an eschar. I'm also trying to keep up my Lao, which currently extends to ordering sticky rice. That Luang Prabang weekend was the best holiday of my life.`,
  },
  {
    id: "ws-free-001",
    setting: "public health outbreak",
    role: "paediatrics registrar (volunteer deployment)",
    text: `I was deployed to Samoa during the 2019 measles epidemic, and I've never written about it. This is the one I carry.

⟦NAME|Tama⟧ — ⟦NAME|Tamaseu Faleolo⟧, eleven months old — came to ⟦FACILITY_ROOM|the children's ward at TTM Hospital, bed 17⟧ from ⟦LOCATION|Lufilufi, the fale closest to the church on the sea side⟧. He had measles pneumonia and was severely dehydrated. We gave vitamin A, antibiotics, oxygen. His mother, ⟦NAME|Sina⟧, sang to him in Samoan through the night.

He died on ⟦DATE|White Sunday⟧, the children's day, when all the kids in the village were in white for church. Eighty-three people died in that epidemic, most of them under five.

What I want to say is what I learnt about vaccine confidence. MMR coverage had dropped to about 30% after a tragic vaccine administration error in 2018 that had nothing to do with the vaccine itself. Trust, once lost, was very slow to come back. The mass vaccination campaign — red flags on the houses that needed it — reached 95% in weeks, too late for ⟦NAME|Tama⟧.`,
  },
  {
    id: "ws-what-002",
    setting: "cardiology",
    role: "medical student",
    text: `What?
My elective in Apia included a week with the rheumatic heart disease programme. Echo screening in schools, secondary prophylaxis clinics, and a lot of children with mitral regurgitation who had never had symptoms.

So what?
Rheumatic heart disease is a disease of poverty and crowding; Samoa and the Pacific have some of the highest rates in the world. The prevention pathway is simple on paper: treat strep throat, give monthly benzathine penicillin to anyone with RHD. In practice, monthly injections are painful and easy to miss. The World Heart Federation echo criteria (2012) gave me a framework, and the sonographers were astonishingly fast.

Now what?
I'm going to write up the clinic's adherence data for my SSC. I'd also like to go back. The nurses, Fa'amoe and Losa, gave me a Samoan name on my last day, which I'm still too embarrassed to say out loud. Back to Auckland for exams in November.`,
  },
  {
    id: "ws-comment-003",
    setting: "public health outbreak",
    role: "nurse educator",
    text: `I was there too, at the Upolu vaccination centres in December. What stays with me is how fast the community moved once the church leaders stood up. Matai, pastors, the Women's Committees. The lesson for every outbreak: trusted messengers first, posters second. The WHO after-action review says much the same, more politely.`,
  },
  {
    id: "to-free-001",
    setting: "rural medicine",
    role: "medical officer",
    text: `'Eua, Tonga. The ferry from Nuku'alofa takes two and a half hours, and it was not running.

⟦NAME|Sione Tu'ipulotu⟧ — known on the island as ⟦NAME|Tu'i⟧ — is ⟦OTHER|the only marine engineer who keeps the 'Eua ferry running⟧. He cut his leg on the engine block and by the time he came to us at ⟦FACILITY_ROOM|Niu'eiki Hospital⟧ he had a spreading cellulitis with a temperature of 39.2 and a glucose of 22. Type 2 diabetes, undiagnosed until that day.

We gave IV flucloxacillin and started insulin. His wife, ⟦NAME|Mele⟧, rang his boss from her mobile, ⟦PHONE|+676 555 4418⟧, to explain why the ferry would be late — which was, in a way, why he had come in at all.

What I want to reflect on: diabetes in Tonga is an epidemic. Amputations are common. He could easily have lost that leg. Instead we caught his diabetes on a Tuesday because a ferry needed him back. I've started offering HbA1c to every adult I see for anything, and the nurses have started joking about it. The NCD programme here is good but the numbers are huge.`,
  },
  {
    id: "to-gibbs-002",
    setting: "diabetes clinic",
    role: "nurse practitioner",
    text: `Description: A diabetes foot clinic in Nuku'alofa. Fourteen patients in a morning, three with new ulcers, one needing referral for a below-knee amputation. The 2019 IWGDF guidelines are on the wall.

Feelings: Frustrated, then focused.

Evaluation: We used monofilament testing and the simple foot risk classification. Most patients did not know they had lost sensation. The amputation referral was a 58-year-old whose ulcer had been covered with a banana leaf for a month.

Analysis: Diabetes prevalence in Tonga is over 30% in adults, and the food environment — imported mutton flaps, turkey tails, soft drinks — is the driver. The Tongan Ministry of Health is fighting it with taxes and school programmes.

Conclusion: Every foot, every visit. Shoes off.

Action plan: Train the village health workers in monofilament testing; set up a monthly foot clinic outreach to Ha'apai. Personal note: I'll be at my cousin's wedding in Vava'u next month, and I'll probably check the feet there too.`,
  },
  {
    id: "sb-free-001",
    setting: "malaria clinic",
    role: "medical student on elective",
    text: `Rushed note from Honiara. Malaria clinic all morning: forty-one rapid tests, nineteen positive, mostly P. falciparum and a few P. vivax. Artemether-lumefantrine for the uncomplicated ones, primaquine single low dose for falciparum transmission-blocking as per the national guideline. One child with severe anaemia, Hb 5.1, sent for transfusion. The nurse, Sister Ellen, runs the queue like clockwork. Solomon Islands has the highest malaria burden in the Pacific. Bed nets are free, but most families we asked had one net for six people. Writing properly at the weekend.`,
  },
];
