import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: Yoruba, Hausa, Igbo and Ijaw communities; PHCs, fistula care, riverine outreach, IDP camps, sickle cell. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "home visits",
    role: "community health extension worker",
    text: `
Ẹ kú iṣẹ́ to everyone reading. I am a CHEW at a ward PHC in Oyo State and I want to write about one home visit that taught me more than my whole training.

⟦NAME|Iya Bisi⟧ is a hypertensive woman who sells pepper in the market. She missed her clinic three times, so I went to find her at ⟦LOCATION|the face-me-I-face-you behind the Cherubim and Seraphim church at Oke-Ola, Igbo-Ora⟧. She was sitting outside with a headache and her BP was 210/120 on my machine. She had stopped her amlodipine because "the drug is doing me somehow" and her ankles were swollen.

I was afraid of stroke and I begged her to come to the general hospital. She refused because it was ⟦DATE|the second day of Ileya⟧ and her children were coming home from Lagos. Her son ⟦NAME|Tunde⟧ was already on his way. I did not want to fight her. I sat with her, explained in Yoruba that the swelling is from the drug but the headache is from the pressure, and we agreed she would take half a tablet of nifedipine from my bag and come to the PHC the next morning with ⟦NAME|Tunde⟧.

She came. Our doctor, Dr Adebayo, changed her to losartan and hydrochlorothiazide and she is better. What I learned: a patient refusing is not the end of the conversation. If I had forced her, I would have lost her. Because I respected her festival, she respected my advice.

My plan now is to carry a small notebook for patients who miss clinic, so I visit them before the crisis, not after.
`,
  },
  {
    id: "ng-what-002",
    setting: "primary health care",
    role: "community health extension worker",
    text: `
What? I work at a PHC in a rural LGA of Kano State. Last month we had a measles outbreak and I vaccinated 340 children in two weeks with the outreach team. Many mothers told me "ba mu sani ba" (we did not know) when I asked why the children missed routine immunisation.

So what? We go on outreach, but the schedule is not fixed because fuel money does not come on time. Mothers do not know when we will come. Our OIC, Malam Sani, said that in the old days the village heads announced outreach days at the Friday mosque and at the market. We stopped that when the WhatsApp groups started, but most of the mothers do not have smartphones.

Now what? I have asked Malam Sani to restore the announcements through the ward development committee and the town crier. I also want to train the traditional birth attendants to check the child health card when they visit new mothers, because they see the babies before we do. Measles is 95% preventable with two doses of MCV, and that figure means nothing if the mother does not know the date of our visit.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "obstetric fistula",
    role: "nurse midwife",
    text: `
Description: I am a nurse midwife at ⟦FACILITY_ROOM|the fistula centre in Babbar Ruga, Ward 2⟧. ⟦NAME|Hajiya Hauwa⟧ was brought by her brother from a village in Katsina. She is about nineteen. She laboured for three days at home after her first pregnancy; the baby died and she has been leaking urine since. Her husband sent her back to her father's house. The brother's phone number is ⟦PHONE|0803 555 2190⟧, because she has no phone.

Feelings: Anger, mostly. Also admiration for the brother, who sold his goat to pay for transport.

Evaluation: She had a vesicovaginal fistula of about 2 cm. Repair was done by Dr Lawal, and after fourteen days with the catheter she was dry. She cried and said "Alhamdulillah" many times.

Analysis: Prolonged obstructed labour causes fistula, but the real causes are early marriage, no skilled birth attendant, and distance. The brother told me that the nearest facility with a theatre is six hours from their village and there was no vehicle. The WHO says fistula was eliminated from rich countries a hundred years ago; here it is still a daily thing.

Conclusion: We can close the hole in the bladder. The rest needs the community.

Action plan: I want to join the reintegration team that goes back with women to their villages, and ask our matron to let me give a talk to the TBAs about when to refer. I also want to keep in touch with ⟦NAME|Hauwa⟧'s brother, to know if she is welcomed home.
`,
  },
  {
    id: "ng-comment-004",
    setting: "primary health care",
    role: "public health physician",
    text: `
The town crier idea is underrated. In Sokoto we tried SMS reminders for outreach days and the response was terrible; the announcements at the market and the mosque worked better, and cost less. Keep pushing your OIC. Also worth reading the 2022 NPHCDA guidance on community engagement; it supports exactly this.
`,
  },
  {
    id: "ng-free-005",
    setting: "riverine outreach",
    role: "medical officer",
    text: `
Riverine outreach in Bayelsa with our NYSC medical team. We go by speedboat to the creek communities, two hours each way, life jackets on, and set up in the primary school.

In one community the people told me to see ⟦OTHER|the only outboard-engine mechanic in Ekeremor creek, the one they call Engine Doctor⟧, who had a hand injury. He had crushed his finger three weeks earlier and put a traditional dressing. It was infected, with a smell, and the tip was black. He needed an amputation of the distal phalanx, which I could not do in the school.

He said in Ijaw, through our boatman Ebi, that if he goes to Yenagoa his boats will stop and the whole creek will be stranded. In the end we cleaned it, gave amoxicillin-clavulanate and tetanus toxoid, and he agreed to come in the next week on the market boat. We took his NIN (⟦ID|71824093516⟧) for the state health insurance registration so that the surgery would be free.

He came. The finger was saved down to the middle phalanx. He told me the community fixed two engines themselves while he was away and they were very proud.

What I reflected on: every community has people whose absence is a disaster for everyone, and for them "just come to the hospital" is not simple advice. I want to suggest to our coordinator that we bring a surgeon on at least one outreach a quarter.
`,
  },
  {
    id: "ng-what-006",
    setting: "idp camp",
    role: "nurse",
    text: `
What? I volunteered for two months in an IDP camp clinic in Maiduguri. Most of my patients were women and children: malaria, pneumonia, malnutrition, and many women who did not want to talk about what happened to them. One afternoon a young woman came with abdominal pain and I discovered, gently, that she was pregnant after sexual violence.

So what? I had done the clinical management of rape training, with emergency contraception, PEP and counselling, but I had never had to use it. My colleague Hadiza, who speaks Kanuri, sat with us. The woman asked whether the baby would be "of the bush". I did not know what to say. Hadiza answered her in Kanuri for a long time and the woman cried and held her hand.

Now what? I have realised that the clinical protocol is the easy part. The hardest part is language, trust and what happens after. I want to do the psychological first aid course, and our camp team has started a women-only clinic day on Wednesdays, with female staff only, because women were not coming when men were in the queue.
`,
  },
  {
    id: "ng-free-007",
    setting: "community nursing",
    role: "community nurse",
    text: `
I'm a community nurse in Anambra and this week I went for a home visit to ⟦NAME|Mama Nkechi Okonkwo⟧, a widow with a diabetic foot ulcer that has refused to heal. She lives alone since her children moved to Lagos and Houston. I last saw her before ⟦DATE|the New Yam festival⟧, when she was fine.

The ulcer was now down to the bone on the ball of the foot, with cellulitis up to the ankle. She had been treating it with hot water and a herbal paste from the village dibia. Her random blood sugar was "HI" on my glucometer.

Her daughter in Houston set up a Facebook page for her treatment, ⟦URL|https://www.facebook.com/groups/helpmamankechi⟧, with photos of the wound that everyone in the village has seen. The daughter meant well. Mama was ashamed.

I called Dr Eze at the general hospital and arranged admission. Mama said "nwa m, I will not leave my house", and I spent an hour with her on the veranda. In the end what convinced her was when I said her late husband would have wanted her to walk to church on her own feet.

She has been admitted and is on IV antibiotics and insulin. The surgeons are talking about a ray amputation.

What I learned: photos on social media can shame an old woman into hiding her wound, not healing it. I will talk to the daughter about taking the page down, and I will ask families about what is posted online when I do home visits.
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "sickle cell outreach",
    role: "nursing student",
    text: `
Description: As part of my community health posting, our class ran a sickle cell awareness day at a secondary school in Ibadan. We did genotype screening for the SS1 students and gave a talk on pre-marital testing.

Feelings: I was excited, but also nervous, because I am AS myself and I know how sensitive this topic is. My own parents only found out their genotypes when my younger brother was diagnosed.

Evaluation: The talk went well. Students asked good questions, like whether you can "pray away" SS (our lecturer, Mrs Adeleke, handled that one carefully). But the screening was a problem. We gave results on slips of paper, and some students were comparing them in the corridor and teasing each other. One girl who was AS was called "half sickler" by her friends.

Analysis: Genotype results are personal health information, even for teenagers. We followed the steps from the NHS sickle cell handbook our lecturer gave us, but we did not think about confidentiality in a school setting. Stigma around sickle cell disease in Nigeria is real, and we may have added to it.

Conclusion: A good public health intervention can cause harm if the delivery is careless.

Action plan: For the next school outreach, results should be given in sealed envelopes or privately, with parents involved, and we should prepare students on how to talk about genotypes without stigma. I will bring this to our class coordinator.
`,
  },
  {
    id: "ng-comment-009",
    setting: "community nursing",
    role: "nurse",
    text: `
Thank you for this, nwanne. I know exactly the kind of Facebook page you mean. Please talk to the daughter soon, and maybe also remove ⟦NAME|Mama Nkechi⟧'s full name from your post, because with the festival and the town, everyone at home will know her. Your veranda conversation was beautiful nursing. Ndewo.
`,
  },
];
