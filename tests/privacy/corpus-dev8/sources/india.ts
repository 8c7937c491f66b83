import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-gibbs-001",
    setting: "community medicine",
    role: "intern",
    text: `
Description: Rural posting at the PHC under our medical college in Wardha district. A woman brought her father-in-law, ⟦NAME|Shri Baburao Kharat⟧, on the back of a motorcycle from ⟦LOCATION|Pipri village, the house behind the Hanuman temple near the dry canal⟧. He is ⟦AGE|92⟧ (the family was very sure, because he was born "in the year of the big flood") and had fever and cough for nine days. His daughter-in-law ⟦NAME|Sunanda⟧ handed me his Aadhaar card, ⟦ID|${aadhaar("4821 7365 092")}⟧, because the PMJAY registration desk had asked for it, and then asked me to write the number on the OPD slip "so it doesn't get lost".

Feelings: Overwhelmed. There were sixty patients in the queue and one MO.

Evaluation: Clinically I did reasonably. SpO2 89% on room air, crackles at the right base, CRB-65 of 3. I gave the first dose of ceftriaxone 1 g and arranged the 108 ambulance to ⟦FACILITY_ROOM|Kasturba Hospital, Sevagram⟧. What I did poorly was copy the Aadhaar number onto a slip that then went into a pile on the table for anyone to read.

Analysis: In rural OPDs the family treats ID documents as "the hospital's business", and the staff treat them as "the patient's paper". Nobody owns them. The DISHA draft (2018) and the DPDP Act (2023) both treat health data as sensitive, but on the ground nothing has changed.

Conclusion: I should have photographed nothing and written only the last four digits.

Action plan: Our MO, Dr. Deshmukh, agreed to put a locked box on the registration table. Small step.
`,
  },
  {
    id: "in-what-002",
    setting: "paediatrics",
    role: "postgraduate resident",
    text: `
What? In my first month of MD Paediatrics in Chennai, I was asked to counsel parents of a newborn with suspected Down syndrome. The baby had upslanting palpebral fissures, a single palmar crease and a sandal gap, and the Apgar was 8 and 9. The karyotype was sent but would take two weeks. My PG senior, Dr. Lakshmi, told me to "just prepare them".

So what? I did not know what "prepare" meant. In my own family, Down syndrome was spoken about in whispers when I was a child in Madurai. I found myself using phrases like "there may be some delay" and "we cannot be sure", which were true but so vague that the father asked me afterwards, "So is it or isn't it?". I realised I was protecting myself from their reaction, not protecting them.

I went back to the Indian Academy of Pediatrics guidance and the 2011 AAP health supervision statement, and also watched a talk by a parent advocate from the Down Syndrome Federation of India. Parents consistently say they want honesty, warmth, and a picture of a real life, not a list of complications.

Now what? I practised the conversation with Dr. Lakshmi and our counsellor, Mrs. Rekha, using a role-play. When the karyotype came back as trisomy 21, I was better: I named it, I said the baby's name first, and I talked about echocardiography for the heart and about the early intervention clinic on Tuesdays. The mother asked whether she could still celebrate Pongal at home with the baby. I said yes, of course.
`,
  },
  {
    id: "in-free-003",
    setting: "surgery",
    role: "surgery resident",
    text: `
Long post, been sitting on it for a week.

⟦NAME|Ramesh bhaiya⟧ — that's what everyone in ⟦FACILITY_ROOM|Ward 14, bed 22 of KEM⟧ called him, even the sisters — was forty-eight, a tea-stall owner from ⟦LOCATION|Kalachowki⟧ who came with a perforated duodenal ulcer. Emergency laparotomy on ⟦DATE|2nd Jan⟧, Graham patch, uneventful for three days. On day four his drain output went bilious and his pulse went to 120.

I was the junior resident on call. I examined him, saw the drain, and called my senior, Dr. Sawant, who said "watch for two hours". I watched. I should have called again at one hour, because by the second hour he was hypotensive and we were taking him back to OT with a leak.

He survived. He spent eleven days in SICU. His wife, ⟦NAME|Savita⟧, gave me her number (⟦PHONE|98200 55517⟧) and asked me to call her every evening because she couldn't leave the stall during the day; their son ⟦NAME|Omkar⟧ is in tenth standard with boards in March.

What I learned: "watch for two hours" means "call me if anything changes", and I didn't. I treated an instruction as a timer. Also, qSOFA was 2 at the one-hour mark and I had calculated it. I had the data and didn't act. It's not a knowledge gap; it's a courage gap with a senior.

I've talked about it with Dr. Sawant. He said he would rather be called ten times than once too late. I will hold him to it.
`,
  },
  {
    id: "in-free-004",
    setting: "night shift",
    role: "intern",
    text: `
Casualty night duty, government medical college, Lucknow. 8pm to 8am. Notes to self.

Snake bites: four tonight. Krait season. Remembered the 20-minute whole blood clotting test, remembered that kraits often give no local swelling, remembered ASV 10 vials as the starting dose per the 2017 national protocol. Did not remember that neostigmine is only for cobra-type neurotoxicity; my senior Dr. Srivastava corrected me before I made a fool of myself.

Organophosphate poisoning: one young man, pinpoint pupils, bradycardia, sweating. Atropine 1.8 mg and doubling every five minutes until the chest was dry. We needed nearly 40 mg. Pralidoxime given though the evidence is weak.

Heat stroke: none, thankfully, because it's monsoon now.

Honestly the hardest part wasn't the medicine. It was the crowd. Every patient comes with six relatives and all of them want to stand in the resus area. The guards are overwhelmed. I shouted at someone tonight and I regret it. He was only trying to see his brother.

Good things: the nursing staff were amazing, the chai at 3am from the canteen bhaiya, and watching the last overs of the CSK match on someone's phone in the doctors' room. Dhoni still has it.

To read tomorrow: Toxbase on OP poisoning; Gibbs reflection on the shouting.
`,
  },
  {
    id: "in-gibbs-005",
    setting: "obstetrics",
    role: "medical student",
    text: `
Description: On ⟦DATE|Dhanteras⟧ this year — two days before Diwali, while the whole of Jaipur was lit up — I assisted at my first delivery in the labour room at ⟦FACILITY_ROOM|Zanana Hospital⟧. The mother, ⟦NAME|Pooja Meena⟧, was nineteen and had walked in from ⟦LOCATION|Dhani Meenon ki, a hamlet past the brick kilns on the Agra road⟧ with her mother-in-law. Her UHID was ⟦ID|ZH/2025/118403⟧. The baby girl cried immediately, Apgar 8 and 9, birth weight 2.4 kg.

Feelings: Joy, then discomfort, because the mother-in-law's first words were "ladki hai?" and she looked away.

Evaluation: My role was small — I held the leg, dried the baby, and did the delayed cord clamping as the resident instructed. The clinical part went well. What I did not know how to handle was the silence in the room after the sex of the baby was known.

Analysis: The sex ratio in Rajasthan has improved since the Beti Bachao Beti Padhao campaign (2015), but one room told me the attitude hasn't changed for every family. Our unit head, Dr. Sharma, says the staff's job in that moment is to congratulate loudly and warmly, and to make sure the mother is not neglected post-partum.

Conclusion: Next time I will say "Badhaai ho, healthy baby!" out loud, to the mother first.

Action plan: Read the national guidance on respectful maternity care; ask the ASHA to visit ⟦NAME|Pooja⟧ on day 3 and day 7.
`,
  },
  {
    id: "in-what-006",
    setting: "palliative care",
    role: "palliative care fellow",
    text: `
What? I spent a month with the palliative care team in Thiruvananthapuram, which is famous for its community network. I went on home visits with a nurse, Sister Beena, and a volunteer, Mr. Thomas, who is a retired schoolteacher. We visited people with head and neck cancers, motor neurone disease, end-stage COPD. I saw oral morphine given from a shared bottle with a syringe, more skilfully than I have seen it done in some wards.

So what? Kerala's model works because the community owns it — the volunteers are neighbours, not professionals. In my own training in Delhi, palliative care was something we referred to when "nothing more could be done". Here it was something that started at diagnosis and continued for years. Opioid access, which the 2014 amendment to the NDPS Act was meant to improve, is still patchy elsewhere, but here the nurses knew exactly which pharmacy stocked morphine.

I also noticed my own discomfort with death in a house, not a hospital. I had only ever seen death in an ICU, with monitors. In a house it was quieter, and the family were cooking in the next room.

Now what? When I go back to Delhi, I want to start a small volunteer training module with our medical social worker, based on the one here. I'll write to Dr. Suresh Kumar's team for their materials. And I'll stop saying "nothing more can be done" — there is always something.

Onam is next week and the whole team has invited me for sadhya. I am told I must eat with my hand.
`,
  },
  {
    id: "in-free-007",
    setting: "psychiatry",
    role: "postgraduate resident",
    text: `
Rushed reflection, psychiatry OPD, NIMHANS-style outreach camp in a taluk of Kolar district.

Saw a man in his thirties brought by his brother, chained at home for two years because "he breaks things". Diagnosis likely chronic schizophrenia, never treated. The family had tried a temple healer first, then a dargah, then us.

He was calm in the camp. Started on risperidone 2 mg. We asked the brother to bring him back in two weeks.

My feeling is anger — not at the family, who love him, but at a system where the nearest psychiatrist is ninety kilometres away. The Mental Healthcare Act (2017) bans chaining, but a law without a service is just paper. Our unit head, Dr. Nagaraj, reminded me that the District Mental Health Programme exists here and that our job is to link the family to it, not to give a lecture.

Learning points:
- ask about restraint directly, without judgement;
- check for EPS at follow-up (akathisia is easy to miss);
- involve the ASHA worker; she knew the family better than any of us.

Will write properly after the camp. Tired, and it's a four-hour bus ride back to Bengaluru.
`,
  },
  {
    id: "in-gibbs-008",
    setting: "ward round",
    role: "medical student",
    text: `
**Description**: Ward round on the medicine unit at a teaching hospital in Kolkata. The case presented was a ⟦AGE|96-year-old⟧ retired jute mill clerk, ⟦NAME|Haripada Ghosh⟧, admitted on ⟦DATE|Mahalaya⟧ with hyponatraemia (Na 118) and confusion. Our professor stopped the round and asked me who ⟦NAME|Haripada-babu⟧ was before he was a patient. I had no idea.

**Feelings**: Embarrassed. I had his sodium, urine osmolality, TSH and cortisol ready, and nothing else.

**Evaluation**: My biochemical workup was good: SIADH secondary to his new SSRI, sertraline 50 mg started a month ago. Fluid restriction and stopping the drug were the right plan. But I did not know that he lived alone at ⟦LOCATION|Paikpara, in the lane behind the old Tala tank⟧, that his granddaughter ⟦NAME|Mou⟧ visited on weekends, or that he had been a union leader.

**Analysis**: Prof. Banerjee said: "The sodium will correct in a week. Whether he goes home depends on whether anyone is there." He's right. Discharge planning starts on day one and it starts with the social history.

**Conclusion**: I was treating a number.

**Action plan**: For every clerking, one line on who the patient is. I also learned not to correct sodium faster than 8–10 mmol/L in 24 hours, which I did know, but now I know why it matters to this particular man.
`,
  },
  {
    id: "in-what-009",
    setting: "osce",
    role: "medical student",
    text: `
What? Our third-professional MBBS practical exam in Pune was a long case and two short cases. My long case was a man with cirrhosis and ascites; my short cases were a mitral stenosis (loud S1, opening snap, mid-diastolic murmur best heard with the bell in left lateral position) and a hemiplegia.

I fumbled the mitral stenosis. I heard the murmur but couldn't say whether there was pulmonary hypertension, and the external examiner, Dr. Kulkarni, asked me three times about the loud P2. I froze.

So what? I've realised that I learned cardiology from Hutchison's and YouTube, not from patients. I had maybe heard twenty murmurs in three years, all in crowded wards. Rheumatic heart disease is still common in India and yet our exam prep is all about spotting, not understanding.

Now what? I've asked our cardiology unit if I can spend two evenings a week in the echo room, correlating what I hear with what the echo shows. I've also downloaded a heart-sounds app, and I'm going to listen to one recording every morning on my way to college on the PMPML bus.

The results are due after Ganesh Chaturthi. I've made peace with whatever happens.
`,
  },
  {
    id: "in-comment-010",
    setting: "surgery",
    role: "surgery resident",
    text: `
Thank you for writing this honestly. Every one of us has a "watch for two hours" story, and most of us never write it down. One thing I'd add: when you call the senior the second time, say the numbers first — pulse, BP, drain colour — before your worry. It makes it very hard to say "watch". Proud of you for talking to Sawant sir.
`,
  },
  {
    id: "in-free-011",
    setting: "emergency department",
    role: "emergency medicine resident",
    text: `
Road traffic accident at 11:40pm on ⟦DATE|15th August⟧ — Independence Day, the roads full of bikes with flags — brought by a passer-by to the casualty at ⟦FACILITY_ROOM|Osmania General⟧ in Hyderabad. Young man, GCS 9, no ID on him, just a phone with a cracked screen. The police constable found the bike's registration, ⟦OTHER|TS 09 EX 4471⟧, and a few minutes later the father called that phone. The phone's lock screen said "⟦NAME|Appu⟧" with a photo of a dog.

We spent the first hour doing primary survey, CT head (small EDH, 6 mm, no shift), and a FAST that was negative. Neurosurgery decided to observe. The father, ⟦NAME|Venkat Rao garu⟧, arrived from ⟦LOCATION|Kothapet⟧ at 1am in his lungi and chappals and sat on the floor next to the trolley because there were no chairs.

What I reflected on afterwards: we call these patients "unknown male" in the register, and it does something to how you treat them. The moment he had a name, "⟦NAME|Appu⟧", the nurses started talking to him while doing obs, even though he couldn't respond.

Also, I learned that in Telangana the 108 ambulance crews are often the first to know the family; one of them had already called the father before the police did.

Next steps: I've asked our department to make a "find the family" checklist for unknown patients. And to buy chairs.
`,
  },
];
