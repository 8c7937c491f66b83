import type { SourceItem } from "../../corpus/types.ts";

/** West and East Africa (Ghana, Senegal, Sierra Leone, Ethiopia), the Himalaya (Nepal, Bhutan) and Oceania (Fiji, PNG, Samoa). */
export const AFRICA_ASIA_PACIFIC: readonly SourceItem[] = [
  {
    id: "gh-free-001",
    setting: "skin NTD clinic",
    role: "dermatology resident",
    text: `Buruli ulcer clinic, once a month, at a district health centre in the Ashanti Region. Today I saw ⟦NAME|Kwabena⟧, a nine-year-old boy from ⟦LOCATION|Akrofuom, the cocoa farm past the Methodist church⟧, with a large painless ulcer on his forearm with undermined edges. His mother had treated it with herbs for two months before coming, because it did not hurt and the herbalist was closer.

PCR confirmed Mycobacterium ulcerans. He started rifampicin and clarithromycin for eight weeks, with dressings three times a week. The community health nurse who will do the dressings, Auntie Esi, is the reason the treatment will work.

His mother's Ghana Card number, ⟦ID|GHA-719204563-8⟧, went onto the NHIS form so that the dressings are free. She asked me if the wound would leave his arm "crooked". Buruli ulcer can cause contractures across joints if it heals badly, and his lesion is near the elbow. I showed her the exercises he must do every day, and asked the physiotherapist to see him at the next clinic.

I learned that the painlessness of Buruli ulcer is exactly what makes it dangerous: families wait because nothing hurts. Our health education must say "a sore that doesn't hurt needs a clinic", in Twi, on the radio.`,
  },
  {
    id: "gh-what-002",
    setting: "ENT",
    role: "medical student",
    text: `What? My ENT rotation in Kumasi. In one clinic we saw six children with foreign bodies in the ear or nose: beads, seeds, a piece of foam. One maize seed in the ear had swollen and needed removal under anaesthesia.

So what? I had thought foreign bodies were simple. The registrar, Dr. Boateng, explained that the first attempt is the best chance, and that vegetable matter swells with water, so irrigation is contraindicated for seeds. A battery in the nose is an emergency because it can burn through the septum in hours.

Now what? I made a note of the equipment that made removal easy: good light, a headlamp, a crocodile forceps, a right-angle hook, suction, and a calm, restrained child. I'm also going to tell my younger siblings to stop putting groundnuts in their ears, which I used to do myself.`,
  },
  {
    id: "gh-free-003",
    setting: "ophthalmology",
    role: "ophthalmic nurse",
    text: `A glaucoma patient I have known for five years died last month. ⟦NAME|Opanin Kofi Asante⟧, who sat on a bench at the eye clinic of ⟦FACILITY_ROOM|Korle Bu⟧ every three months from 7 a.m. with his timolol bottle in a plastic bag. He was a retired teacher, ⟦AGE|aged 94⟧, and he was proud that he had never missed a review. When he lost the last of his vision in his right eye, he laughed and said, "The left one is the teacher now."

I found out about his death from his grandson, who came to return the last bottle of drops on ⟦DATE|Friday 7 March⟧ and said his grandfather had asked him to tell "the nurse with the glasses".

Glaucoma is a slow disease. We see our patients for years, decades. I did not realise how much I had become part of his routine, and he part of mine. Nobody trained me to grieve for a clinic patient.

I am writing this to remember him, and because I want to suggest that our clinic sends a card to families when we hear that a long-term patient has died. Our matron said she would discuss it at the next meeting.`,
  },
  {
    id: "sn-free-001",
    setting: "community oral health",
    role: "dental student",
    text: `Campagne de santé bucco-dentaire — oral health campaign — in primary schools around Thiès with our faculty. We examined over 500 children. The big surprise for me was how good their oral health was compared with what I'd seen in the city: many children use a sothiou, a chewing stick, every morning, and sugar consumption is lower.

But in the schools near the main road, where children buy sweets and sugary drinks from vendors, the caries rate was much higher. Same region, same families, different snacks.

We taught brushing, fluoride toothpaste use and the importance of water over sugary drinks. We did not tell the children to stop using the sothiou. Our supervisor, Dr. Ndiaye, said that the sothiou is a tradition worth protecting, and that it works well when combined with fluoride.

I came away thinking that dentistry should learn from traditions instead of replacing them. We also need to talk to the vendors, and the municipality, not just the children. "Bu nekk lu baax" — it's good — one grandmother said, when she saw her grandson brushing with the stick and a small blob of toothpaste.`,
  },
  {
    id: "sn-gibbs-002",
    setting: "leprosy clinic",
    role: "dermatology resident",
    text: `Description: A visit to a former leprosy village near Mbour with my supervisor. The older residents were cured decades ago but live with disabilities — claw hands, foot ulcers, lagophthalmos. One woman, ⟦NAME|Yaay Fatou Diouf⟧, had a plantar ulcer that had not healed for two years, and exposure keratitis in her right eye because she cannot close it.

Feelings: I felt shocked by how much damage an infection that was cured long ago can leave.

Evaluation: We cleaned and dressed her ulcer and gave protective footwear, and I taught her to tape her eye at night and use lubricant drops. We asked the ophthalmologist to assess her for a tarsorrhaphy. Her son, ⟦NAME|Moussa⟧, gave his phone number, ⟦PHONE|77 555 41 20⟧, for follow-up.

Analysis: Leprosy is cured by multidrug therapy, but the nerve damage remains, and the ulcers and eye problems need care for life. These villages were created by exclusion, and many residents still live there because they were never accepted back.

Conclusion: The work is not done when the MDT blister pack is finished.

Action plan: I want to help organise regular self-care groups in the village with our nurse, and to advocate for eye checks for every person affected by leprosy.`,
  },
  {
    id: "sl-free-001",
    setting: "ophthalmology",
    role: "ophthalmologist",
    text: `Ebola survivor eye clinic, Kenema District. Many survivors of the 2014–2016 outbreak developed uveitis, sometimes years later, and some went blind from complications. We still see a few.

⟦NAME|Mariama Kamara⟧ came on ⟦DATE|4 April⟧ with a red, painful eye and blurred vision. She is a survivor from ⟦LOCATION|Tongo Field, the house behind the diamond-washing pit⟧. Her earlier clinic card, number ⟦ID|KGH-EVD-0452⟧, showed two episodes of uveitis since 2016. This time there was anterior uveitis with a high pressure.

We started topical prednisolone acetate and a pressure-lowering drop. Because Ebola virus can persist in the eye, our protocol says we should consider aqueous tap testing before any surgery, which we do not have locally. So for now, medical treatment only.

What stays with me: she told me that when she first lost vision, people in her community said it was the Ebola "still inside her" and avoided her. Our counsellor, Mr. Sesay, helped her to explain to her neighbours that she is not infectious. The stigma was worse than the disease.

I want the survivors' clinic to keep running after the funding ends. I'll draft a proposal with our programme manager to integrate it into the general eye clinic.`,
  },
  {
    id: "sl-what-002",
    setting: "dental surgery",
    role: "dental surgeon",
    text: `What? There are very few dentists in Sierra Leone. In my clinic in Freetown, most patients come with pain that has lasted months, and most leave with an extraction. Last week I extracted a healthy-looking canine in a teenager because she wanted the space for a gold tooth, a fashion here.

So what? I didn't want to do it. I spent fifteen minutes trying to talk her out of it. She said she would go to a street "dentist" who would do it without anaesthetic. I did it, under local, with her mother's agreement.

Now what? I'm still not sure. Harm reduction is a real principle, but I removed a healthy tooth. I discussed it with my mentor, Dr. Conteh, who said he would not have done it. I'm going to write to our dental association about the risks from unqualified practitioners and ask whether we should have guidance on cosmetic requests, because I'm sure I'm not the only one facing this question.`,
  },
  {
    id: "et-free-001",
    setting: "trachoma surgery",
    role: "integrated eye care worker",
    text: `Trichiasis surgery campaign in the Amhara region. I am an integrated eye care worker trained in TT surgery (the bilamellar tarsal rotation). In five days we operated on 140 eyelids.

The patient I remember is ⟦NAME|Weyzero Tiruwork Alemu⟧, from ⟦LOCATION|Gudo Beret kebele, the house with the blue door by the spring⟧. She had been plucking her in-turned lashes with a small metal tweezer, called a "menkash", for ten years. Her left cornea was scarred. She said she had waited for the surgery because she was afraid of the knife, and because she had heard that her neighbour's eyelid "went wrong".

The surgery went well. After the bandage came off, she blinked several times and said it did not scratch. Her husband ⟦NAME|Ato Mulugeta⟧ had carried her on a donkey for four hours.

Trachoma is the leading infectious cause of blindness in the world, and Ethiopia carries a large part of the burden. The surgery is the last step. The rest of SAFE — antibiotics, face washing, latrines — prevents the next generation from needing it. Our supervisor, Dr. Tesfaye, checked my post-operative results and found one under-correction in my forty cases. I'm going to practise the stitch tension on the model.`,
  },
  {
    id: "et-what-002",
    setting: "school vision screening",
    role: "optometrist",
    text: `**What?** School vision screening in Addis Ababa. We screened over 2,000 students and found about 6% with refractive errors needing glasses, and a smaller number with other problems: strabismus, amblyopia, and allergic conjunctivitis, which is very common here.

**So what?** Many children with glasses needs could not afford them. We had donated glasses for some, but not enough. And we realised that the children with vernal keratoconjunctivitis, which causes intense itching and can damage the cornea, were often using steroid drops bought in pharmacies without prescription, at risk of glaucoma and cataract.

**Now what?** We are working with the school health programme to provide low-cost glasses and to educate pharmacists about steroid eye drops. My supervisor, Dr. Haile, wants a study of steroid drop use in the pharmacies near the schools. I'd like to include the teachers in a short training on recognising vision problems.`,
  },
  {
    id: "np-free-001",
    setting: "cataract camp",
    role: "ophthalmology resident",
    text: `Eye camp in Humla, in far western Nepal, reached only by a small plane and then a day's walk. Our team did 120 cataract surgeries in a week in a tent next to the health post.

One patient: ⟦NAME|Ama Dolma Lama⟧, from ⟦LOCATION|Limi, the upper village near the Tibetan border⟧. Her son carried her for two days on his back in a doko basket. She was blind in both eyes from cataract and also had pterygium. We operated on her right eye on ⟦DATE|Dashain Tika⟧, which our local staff found auspicious.

Next day, the patch off, she cried and held my hand, and said, in Tibetan, something our interpreter translated as "now I can see the mountains again". Her son gave us his mobile, ⟦PHONE|984-555-1032⟧, so that the health post could call when the next camp is planned.

Camps like this are impressive, but I keep asking myself about the people who did not come: the ones who could not walk for two days or had no son to carry them. Our team leader, Dr. Shrestha, says that a camp is successful if the next one is bigger. I'm not sure. I'd rather judge it by whether we reach the ones who stayed home.`,
  },
  {
    id: "np-gibbs-002",
    setting: "ENT",
    role: "medical student",
    text: `Description: A hearing screening camp in a district in the hills of Nepal, run by an ENT team. Many children had chronic ear discharge, and adults had hearing loss from chronic otitis media.

Feelings: Overwhelmed by the numbers. We saw over 300 patients on the first day.

Evaluation: Most cases needed ear cleaning and antibiotic drops. Some needed surgery (myringoplasty, mastoidectomy), which we scheduled for a surgical camp. But we did not have enough drops, and the queue never ended.

Analysis: Chronic otitis media is linked to poverty, overcrowding, smoke from indoor cooking fires, and poor access to care. We were treating the result, not the cause. The ENT surgeon, Dr. Gurung, said that ear camps without prevention are like mopping the floor with the tap on.

Conclusion: Ear health needs community health workers trained in dry mopping and basic otoscopy, as well as specialists.

Action plan: I'll write a simple training module for the female community health volunteers on ear hygiene and when to refer, and share it with the district health office.`,
  },
  {
    id: "np-comment-003",
    setting: "cataract camp",
    role: "ophthalmology resident",
    text: `I agree about judging camps by who stayed home. In our programme we started asking the female community health volunteers for a list of everyone blind in each ward before the camp, and then we visit the ones who did not come. It doubled our reach of older women, who were the ones missing most often.`,
  },
  {
    id: "bt-free-001",
    setting: "diabetic retinopathy screening",
    role: "ophthalmic technician",
    text: `Bhutan has free healthcare, and diabetes is rising fast. I am an ophthalmic technician doing diabetic retinopathy screening at a district hospital, with a portable fundus camera, taking images that an ophthalmologist in Thimphu reviews.

Most of my patients have never had their eyes examined. Many people with diabetes think eye checks are for people who have problems seeing. By the time they have trouble seeing, it may be too late for laser.

The hardest part is not the images. It is persuading people to come every year when they feel well. I try to explain in Dzongkha, using a picture of a tree with damaged leaves. One older monk told me that he would come back every year if I made the appointment during the quiet season after the tshechu, and he did.

The screening programme works because the government has made it free and because the basic health units send patients to us. But there is one ophthalmologist for every large area, and for patients who need laser, the trip to the capital is long. I would like to learn to do laser myself one day, or at least to be part of a system that brings it closer to patients.`,
  },
  {
    id: "bt-what-002",
    setting: "dental surgery",
    role: "dental surgeon",
    text: `What? A young novice monk, ⟦NAME|Karma Tenzin⟧, came to my dental clinic with a swollen face and fever, after weeks of toothache. The infection from a lower molar had spread to his submandibular space. His CID number, ⟦ID|11508002743⟧, was on the referral slip from the ⟦LOCATION|Gangtey lhakhang⟧ where he lives, which named him, his age and his teacher.

So what? We drained the abscess, extracted the tooth and gave IV antibiotics. He was admitted to ⟦FACILITY_ROOM|the male ward, bed 9⟧ for two days. He said he didn't come earlier because the monks' daily routine doesn't allow for "small things like a toothache", and because the monastery is a long walk from the road.

Now what? I've talked with the monastic body's health coordinator about oral health screening in monasteries, because young monks have high sugar intake from offerings (biscuits, soft drinks) and few toothbrushes. My senior, Dr. Dorji, supports a pilot in the district. The referral slip, with all his details, is now scanned into the system and the paper is shredded, as it should be.`,
  },
  {
    id: "fj-free-001",
    setting: "dental surgery",
    role: "dental officer",
    text: `Outreach dental trip to the outer islands of the Lau Group with the medical boat. Three islands in a week. Dental care is almost entirely extractions; most adults have lost many teeth by forty.

One case stayed with me: ⟦NAME|Bulou Mere⟧, the grandmother of the chief's family on ⟦LOCATION|Namuka-i-Lau, the house closest to the church landing⟧, had a large swelling of the palate. It looked like a malignancy. We took a biopsy and sent it with the boat. The result came back on ⟦DATE|22 November⟧ as squamous cell carcinoma, and she needed to go to Suva for treatment.

Her family's phone is shared by the whole household, ⟦PHONE|+679 555 4128⟧. I called to explain. Her grandson translated. She asked whether she could stay on the island for the ⟦DATE|Christmas lotu⟧ before going to the hospital. We arranged transport for early January.

I don't know how she is now. The hardest part of island dentistry is referring patients to a place that is a day or more away by boat, and then losing track of them. I want to help set up a simple referral tracking system with the divisional hospital.`,
  },
  {
    id: "fj-what-002",
    setting: "dermatology",
    role: "medical student",
    text: `What? On my dermatology placement in Fiji, scabies was everywhere: in children, in families, in whole villages. Many children had impetigo on top of the scabies, and some had developed post-streptococcal kidney disease.

So what? Fiji has been one of the places where mass drug administration with ivermectin for scabies was tested, and it worked: prevalence fell dramatically. But treating one family at a time in a clinic doesn't work, because they get reinfected from neighbours. The link between scabies, impetigo, and later rheumatic heart disease and kidney disease was new to me.

Now what? I'm going to read about the community-wide ivermectin trials and the WHO's work on scabies as a neglected tropical disease. I want to understand how it could be done in my own country. My supervisor, Dr. Naidu, said the key was the community health workers who visited every household. Clinical medicine is the easy part, again.`,
  },
  {
    id: "fj-comment-003",
    setting: "dental surgery",
    role: "dental therapist",
    text: `Vinaka for sharing this. I was on the boat too. I heard from the nurse at the ⟦FACILITY_ROOM|Lakeba health centre⟧ that ⟦NAME|Bulou Mere⟧ went to Suva on the ⟦DATE|Tuesday after New Year⟧ and started radiotherapy. Her grandson ⟦NAME|Jone⟧ posts updates on his Facebook — search ⟦OTHER|Jone Tuilau Lau Boys⟧. She is doing well, he says.`,
  },
  {
    id: "pg-free-001",
    setting: "skin NTD clinic",
    role: "health extension officer",
    text: `Yaws eradication campaign in a coastal province of Papua New Guinea. I'm a health extension officer. We give a single dose of azithromycin to everyone in the community, then return to check for new cases.

Most children with yaws have painless ulcers or papillomas on the legs. They look a bit like tropical ulcers or scabies sores. We confirm with a rapid test, and the treatment is one dose of azithromycin. It is astonishing to see a lesion that has been there for months heal in two weeks after a single tablet.

The problem is reaching everyone. Some villages are a day away by boat and foot, and during the wet season we can't get there. If we miss people, yaws comes back. We also found that some people thought the tablets were for family planning, and refused them.

I learned to spend more time talking to the village leaders and church leaders before the campaign. When the pastor took the tablets first, in front of everyone, the whole village came. Eradicating a disease is an old dream — the last campaign, in the 1950s, nearly did it. We have a second chance and need to get it right this time.`,
  },
  {
    id: "pg-gibbs-002",
    setting: "ophthalmology",
    role: "ophthalmology registrar",
    text: `Description: A man came to our eye clinic with a penetrating eye injury from a slingshot — a common injury among young men. ⟦NAME|Kila Wapi⟧, 19, from ⟦LOCATION|Tari, the settlement past the Hela airstrip⟧, had been hit in a fight over a pig the week before. He was admitted to ⟦FACILITY_ROOM|Eye Ward bed 3 at Mt Hagen General⟧, but he had waited five days and the eye was infected — endophthalmitis.

Feelings: Angry at the delay, and sad. I knew we probably could not save the eye.

Evaluation: We gave intravitreal antibiotics, but the eye did not recover. It had to be eviscerated. He accepted this calmly. His uncle, ⟦NAME|Mr Pake Wapi⟧, said that if we had not taken the eye, the fight would have continued.

Analysis: The delay was due to distance, fear and the tribal conflict itself: the road to the hospital passed through the other clan's land.

Conclusion: Eye injuries are a public health problem linked to violence and access.

Action plan: I'll work with the provincial health office on first-aid messages for eye injuries (shield, don't press, come at once) through churches and schools.`,
  },
  {
    id: "ws-free-001",
    setting: "diabetic retinopathy screening",
    role: "nurse",
    text: `I'm a nurse in Samoa working in a diabetes clinic. Almost one in three adults here has diabetes. We have started diabetic retinopathy screening with a handheld camera and images reviewed by a visiting ophthalmologist.

The first screening day, many people were found with sight-threatening retinopathy who had never known. Some already had poor vision. We have no laser machine in the country at the moment, so treatment depends on visiting teams or patients travelling to New Zealand.

I've been thinking about whether screening is ethical when treatment is not readily available. Our visiting ophthalmologist, Dr. Leaupepe, said yes: screening identifies the people who need help most, pushes for resources, and helps people control their sugars and blood pressure, which slows progression. But it is hard to tell someone that they have a serious eye problem and that treatment is months away.

We now combine the screening with diabetes education, and we have a waiting list for the next visiting laser team. Faʻafetai to the church groups who have helped us to reach people. The fa'a Samoa — the Samoan way — with its family networks, is helping us to follow patients up.`,
  },
];
