import type { SourceItem } from "../../corpus/types.ts";

/** Uganda, Tanzania, Zimbabwe, Ethiopia, Jamaica and Trinidad and Tobago. */
export const AFRICA_CARIBBEAN: readonly SourceItem[] = [
  {
    id: "ug-free-001",
    setting: "paediatrics",
    role: "intern doctor",
    text: `
Paediatric ward, northern Uganda, intern year.

⟦NAME|Baby Atim⟧, 3 years old, came in on ⟦DATE|Sunday 5 October⟧ with cerebral malaria: GCS 8 on the Blantyre scale equivalent of 2, convulsing, Hb 4.2. Her mother, ⟦NAME|Min Atim⟧ as everyone in the ward called her (her own name is ⟦NAME|Lakica Aber⟧), had carried her on a boda boda from ⟦LOCATION|Koro Abili, past the borehole near the Anglican church⟧. We admitted her to ⟦FACILITY_ROOM|the paediatric acute ward, bed 3, at Lacor Hospital⟧. For the transfusion form, ⟦NAME|Lakica⟧ gave her national ID, NIN ⟦ID|CF91041102LKWA⟧.

We gave IV artesunate 3 mg/kg, diazepam rectally, glucose for an RBS of 2.1, and a transfusion. The first twelve hours were terrifying. I was alone with one nurse and thirty children.

What I want to reflect on is the nurse, Sister Akello. When I froze because two children were fitting at the same time, she said “Daktari, you take this one, I take that one” and just moved. She taught me more in that night than in a month of lectures. I had been treating the nurses as people who follow my orders. She was the most experienced person in the room.

⟦NAME|Atim⟧ woke up on day 2 and was eating posho by day 4. On discharge, ⟦NAME|Lakica⟧ asked me to write my name in her book so she could tell the village who helped. I wrote Sister Akello's name first.

For my learning: the Uganda Clinical Guidelines (2023) on severe malaria, yes, but also how to work as a team with nurses, and how to ask for help early.
`,
  },
  {
    id: "ug-what-002",
    setting: "HIV clinic",
    role: "clinical officer",
    text: `
What? I am a clinical officer at an HIV clinic in Mbarara. A 17-year-old boy born with HIV came for his refill. His viral load was 12,000 copies/mL, unsuppressed for the second time. He said he was taking his dolutegravir every day. His aunt, who brought him, said he was not.

So what? I nearly scolded him in front of his aunt. Then I remembered the enhanced adherence counselling training: separate the adolescent from the caregiver and ask open questions. Alone, he told me that he hides his pills at school because his friends do not know his status, and that he stopped taking them after a boy found them and laughed. He cried. I think nobody had asked him about school before.

Now what? I learned that adolescents need confidentiality and time. Following the Uganda Consolidated HIV Guidelines (2022), we did three sessions of enhanced adherence counselling, and he joined our Saturday peer support group for teenagers, led by our expert client, Moses. I also learned about the “Operation Triple Zero” approach. I want to advocate for a teen-friendly clinic day at our facility and to get training on disclosure support. His next viral load is due in three months and I am hoping for good news.
`,
  },
  {
    id: "ug-gibbs-003",
    setting: "surgery",
    role: "nursing student",
    text: `
Description: During my surgical placement at a regional referral hospital in western Uganda, I looked after a young man after an emergency laparotomy for a perforated typhoid ulcer. On the second night, his respiratory rate rose to 28 and his temperature to 39.1 °C. I told the nurse in charge but did not call the intern because I thought it was “normal after surgery”.

Feelings: When the intern came on the morning round and found him septic, I felt guilty and scared.

Evaluation: The intern, Dr. Mugisha, was not angry. He asked me what I had seen and why I decided not to call. I explained that I did not want to disturb him. He said he would rather be called ten times for nothing than miss one septic patient.

Analysis: I had the knowledge: a rising respiratory rate is an early sign of sepsis, and qSOFA uses it. But the hierarchy and my fear of looking stupid stopped me. Our nursing lecturer, Mrs. Tumusiime, calls this “silence that harms”.

Conclusion: Speaking up is part of patient safety, not a disturbance.

Action plan: Use a simple early warning chart on my shifts; practise SBAR with my classmates; talk to my lecturer about how students can escalate concerns; and read the Surviving Sepsis Campaign guidelines summary.
`,
  },
  {
    id: "tz-free-001",
    setting: "geriatrics",
    role: "medical officer",
    text: `
Reflection from Moshi, in my second year as a medical officer. Nimeamua kuandika kwa Kiingereza, but some words are better in Kiswahili.

⟦NAME|Bibi Neema Lyimo⟧ came to ⟦FACILITY_ROOM|KCMC⟧ from ⟦LOCATION|Marangu Mtoni⟧ on the slopes of Kilimanjaro with a hip fracture. She was ⟦AGE|miaka tisini na nne⟧, ninety-four years, and she told us proudly that she had walked to the market every Thursday until she fell. Her grandson ⟦NAME|Baraka⟧ registered her with his NHIF card.

The orthopaedic team offered a hemiarthroplasty. The family was divided: her sons said she was too old, ⟦NAME|Baraka⟧ said she would die in bed without it. Our consultant, Dr. Msuya, asked a question I had not thought of: “Bibi, unataka nini?” What do you want? She wanted to walk to the market again.

The surgery was done on ⟦DATE|21 October⟧ under spinal anaesthesia. She was sitting on day 2 and walking with a frame on day 5.

I learned three things. First, age alone is not a contraindication; frailty and the patient's goals matter more. Second, in our culture decisions are made by the family, but the patient's voice must be heard first. Third, pole pole: patience with older people is part of the treatment. I plan to present this case at our Friday CME and to read the literature on hip fracture outcomes in older adults in sub-Saharan Africa.
`,
  },
  {
    id: "tz-what-002",
    setting: "obstetrics",
    role: "medical student",
    text: `
What? During my obstetrics rotation in Dar es Salaam, I followed a woman through labour using the partograph. At 6 cm her labour crossed the alert line, and by 2 hours later it was near the action line. I was so focused on filling the partograph correctly that I did not notice the fetal heart rate dropping to 100 bpm.

So what? The midwife, Mama Mwanaidi, noticed immediately. She changed the mother's position, gave oxygen, and called the doctor. The baby was delivered by caesarean section and had Apgar scores of 6 and 9. I felt terrible. I had treated the partograph as paperwork instead of a tool to watch the woman and the baby.

Now what? I learned that the partograph is only useful if you act on it. The WHO Labour Care Guide (2020) is replacing the old partograph in many places, and it focuses more on the woman's experience and on decision-making. I will learn the new guide, and practise fetal heart monitoring with the Pinard and the Doppler. I also learned humility from Mama Mwanaidi, who has delivered thousands of babies and still listens to every heartbeat carefully. Asante sana, Mama.
`,
  },
  {
    id: "tz-comment-003",
    setting: "peer feedback",
    role: "nursing student",
    text: `
Hongera, this is a very good reflection. But please remove the photo of the admission form. It shows ⟦NAME|Mzee Juma Salim Mwinyi⟧'s NHIF number, ⟦ID|104472190⟧, and his phone, ⟦PHONE|0754 555 128⟧, very clearly. Your learning on pressure ulcer prevention is excellent and does not need the photo.
`,
  },
  {
    id: "zw-free-001",
    setting: "palliative care",
    role: "palliative care nurse",
    text: `
I am a palliative care nurse in Harare and this is about a patient I visited at home.

⟦NAME|Sekuru Tendai Moyo⟧, 78, has advanced prostate cancer. He was discharged from ⟦FACILITY_ROOM|Parirenyatwa⟧ to his rural home in ⟦LOCATION|Chitate village in Murewa⟧, because he wanted to die “kumusha” — at his rural home, among his ancestors. His daughter ⟦NAME|Rutendo⟧ called me on ⟦PHONE|+263 77 555 3094⟧ to say he was in severe pain and they had run out of morphine.

The problem was that morphine is only available in a few places, and the nearest clinic did not have it. I drove two hours with a supply from our hospice, following the regulations for controlled drugs. When I arrived, Sekuru was lying on a mat, sweating and groaning. I gave oral morphine 10 mg and taught ⟦NAME|Rutendo⟧ how to give it every four hours, with a laxative.

Within an hour he was calm and talked with me about his life. He asked me to pray with him.

Reflection: Access to pain relief is a human right, as the WHO and the African Palliative Care Association say, but in practice it depends on distance and fuel. I felt angry about the system and proud of what we could do. I will continue to advocate with the Ministry of Health and Child Care for morphine at district level, and I want to train village health workers in recognising pain. Maita basa, Rutendo, for caring for your father so well.
`,
  },
  {
    id: "zw-what-002",
    setting: "TB ward",
    role: "nursing student",
    text: `
What? In my medical ward placement in Bulawayo, I cared for a man with multidrug-resistant TB. He was on a long regimen of bedaquiline, linezolid and other medicines. He told me that he wanted to stop because he felt tingling in his feet and hands and could not sleep.

So what? I thought that his complaints were side effects he had to accept. My clinical instructor, Sister Ncube, explained that peripheral neuropathy is a known side effect of linezolid and must be reported to the doctor. The doctor reduced the dose, following the WHO consolidated guidelines on drug-resistant TB (2022), and his symptoms improved. I felt embarrassed because I had not taken his complaint seriously.

Now what? I learned that listening to patients about side effects is part of adherence support. I will study the common adverse effects of the MDR-TB drugs and use the side-effect checklist in our ward. I also want to learn more about the social support that TB patients need, because he told me he had lost his job. Ngiyabonga to Sister Ncube for her patience.
`,
  },
  {
    id: "et-free-001",
    setting: "surgery",
    role: "intern doctor",
    text: `
Surgical internship, Addis Ababa. I am writing this after a very long week.

⟦NAME|Ato Kebede Alemu⟧, 56, a farmer from ⟦LOCATION|Sheno, the village behind the old cheese factory⟧, came to ⟦FACILITY_ROOM|Tikur Anbessa⟧ with a sigmoid volvulus. He had travelled for two days. His wife ⟦NAME|Weyzero Almaz⟧ stayed beside him on the floor of the corridor because the surgical ward was full. He was operated on ⟦DATE|Tikimt 23⟧ — ⟦DATE|3 November⟧ in the European calendar, which I had to write on the form.

I was the intern on call. I did the nasogastric tube, the catheter, fluids and the consent. I explained the operation in Amharic, but when ⟦NAME|Weyzero Almaz⟧ asked me whether he would die, I did not know what to say. I said “Egziabher yawkal”, God knows. I felt I had avoided her question.

My senior resident, Dr. Mekdes, told me later that the honest answer was: the risk is real but most patients recover, and we will do everything we can. She said that hope and honesty can go together.

He recovered well. Sigmoid volvulus is very common in Ethiopia, and our surgical department has done research on it. I want to read that research and learn how to discuss risk in simple words. I also want to practise consent conversations with my senior. Amesegnalehu, Dr. Mekdes.
`,
  },
  {
    id: "et-gibbs-002",
    setting: "community health",
    role: "health officer",
    text: `
Description: I am a health officer at a health centre in the Amhara region. We run a DOTS programme for TB. Last month, four patients in one kebele defaulted from treatment during the harvest season.

Feelings: I was frustrated, because we had explained the importance of finishing treatment many times.

Evaluation: When I visited the kebele with our health extension worker, Tigist, I found that the patients were working in the fields from dawn to dusk and could not come to the health centre to take their pills under observation. One man said, “if I do not harvest, my children will not eat.”

Analysis: The national TB guidelines (2021) allow community-based DOTS with health extension workers or family members as treatment supporters. We had not used this option because we thought it was less reliable. The evidence, including the WHO End TB Strategy, shows community-based approaches can work well.

Conclusion: Our clinic's rules were designed for our convenience, not for the patients' lives.

Action plan: Train family treatment supporters for patients during harvest season; ask Tigist to do weekly visits; review our defaulter tracing system; present the results at the woreda health office meeting in three months.
`,
  },
  {
    id: "jm-free-001",
    setting: "medical ward",
    role: "intern",
    text: `
Internship, medical ward, Kingston. Mi affi write this one down.

⟦NAME|Miss Vie⟧ — ⟦NAME|Mrs. Viola Pryce⟧ on the docket — came into ⟦FACILITY_ROOM|Ward 4 at KPH⟧ on ⟦DATE|Friday 17 October⟧ with a hyperosmolar state, glucose 45 mmol/L. She lives ⟦LOCATION|up the hill past the Chinese shop in Gordon Town⟧, alone, since her husband ⟦NAME|Mass Joe⟧ passed. Her TRN is ⟦ID|117-402-936⟧, and her niece ⟦NAME|Sharmaine⟧ gave us her number, ⟦PHONE|(876) 555-0142⟧.

Clinically, we did it by the book: slow fluid replacement, low-dose insulin, careful sodium correction, DVT prophylaxis. She was sharp again by day 3. Then she told me she had not been taking her insulin because the clinic in Papine was always out of stock and the pharmacy in town cost too much. She was cutting her doses in half to make the vial last.

Mi feel vex, not at her, at the system. My consultant, Dr. Hylton, told me to write the discharge letter with the NHF card and the JADEP programme details, which cover insulin, and to make sure she knew how to use them. I didn't know about JADEP. Embarrassing, but now I do.

Learning: ask about cost and access every time. A perfect protocol is useless if the insulin is not in the fridge. Next step, I want to do a small audit of medication access for the diabetics on our ward.
`,
  },
  {
    id: "jm-what-002",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
What? I'm an emergency medicine resident in Montego Bay. During a busy Saturday night, a tourist came in with anaphylaxis after eating at a beach restaurant: urticaria, wheeze, BP 80/50. I gave adrenaline 0.5 mg IM in the thigh, fluids, and oxygen. She improved within minutes.

So what? What I want to reflect on is that I almost gave IV chlorphenamine first, because that is what I saw seniors do as a student. The Resuscitation Council UK guideline (2021), which our department follows, is clear: IM adrenaline first and early, repeat after 5 minutes if no improvement; antihistamines are not first-line. My consultant, Dr. Campbell-Brown, told me many deaths from anaphylaxis come from delayed adrenaline.

Now what? I want to teach the interns and nurses the current algorithm, because old habits are still around. I am making a laminated card for the resus bay. I also want to check that our adrenaline auto-injectors for discharge are in stock, because many patients go home without one. I learned that the evidence changes and that I need to update my practice instead of relying on what I saw in medical school. Big up to the nurses who had the adrenaline ready before I asked.
`,
  },
  {
    id: "jm-comment-003",
    setting: "peer feedback",
    role: "nursing student",
    text: `
Wicked reflection, real talk. But yu need fi take out the link to the Facebook post, ⟦URL|https://www.facebook.com/groups/portlandprayerwarriors/posts/8814402⟧, because it have ⟦NAME|Maas Cecil⟧'s picture and it say he inna ⟦FACILITY_ROOM|bed 9 at Port Antonio Hospital⟧. Everybody inna Portland know him. The part about wound care after the hurricane is really good though.
`,
  },
  {
    id: "tt-free-001",
    setting: "diabetes care",
    role: "diabetes nurse educator",
    text: `
I'm a diabetes nurse educator in south Trinidad, and this patient made me laugh and cry in the same week.

⟦NAME|Mr. Ramdeo "Tanty Man" Persad⟧ is ⟦AGE|a hundred and one⟧, and everybody in the area knows him as ⟦OTHER|the only centenarian still driving a maxi taxi in Penal⟧. Yes, really. His maxi, plate ⟦OTHER|HBX 3117⟧, still runs the route to San Fernando on Saturdays. He came to ⟦FACILITY_ROOM|the diabetic clinic at San Fernando General⟧ on ⟦DATE|30 October⟧ after a hypo at the wheel. Thankfully he pulled over and a passenger bought him a sweet drink.

He's on glibenclamide, which is a poor choice for someone his age. The Beers Criteria (2019) list it as one to avoid because of prolonged hypoglycaemia. His doctor switched him to a DPP-4 inhibitor, and I worked with him on meal timing and recognising symptoms. His insulin pen, by the way, was stored in the glove compartment of the maxi, in the heat. We had a long talk.

What I'm reflecting on is the driving. I felt it was unsafe for him to continue. The law in Trinidad and Tobago doesn't set an upper age limit, but there are medical requirements. Our doctor, Dr. Maharaj, had the conversation with him and his son ⟦NAME|Vishnu⟧, and they agreed that ⟦NAME|Vishnu⟧ would drive the route for now.

Learning for me: respect independence, but safety has to be discussed openly, with the family, early. And check where people store their medicine!
`,
  },
  {
    id: "tt-what-002",
    setting: "public health",
    role: "public health nurse",
    text: `
What? Right after Carnival, our health centre in Tobago saw a rise in dengue cases. I was part of the vector control outreach team visiting homes to check for mosquito breeding sites. In many yards we found water in old tyres, flower pots and drums.

So what? I expected people to be defensive, but most were welcoming, especially when our team leader, Nurse Alleyne, spoke to them in a friendly way and explained rather than lectured. One elderly man told us, “Allyuh come every year and tell we the same thing.” That stayed with me. He was right. We need a different approach, not just repeating the same messages.

Now what? I read about community-based approaches like the COMBI strategy from the WHO, and the PAHO integrated management strategy for arboviral diseases. I suggested to our team that we involve schools and the village councils, and that we make breeding site clean-ups a community event instead of an inspection. I also want to learn more about Wolbachia mosquito projects that other countries are trying. Our next outreach is planned for the start of the rainy season, and I want to come with a better plan.
`,
  },
];
