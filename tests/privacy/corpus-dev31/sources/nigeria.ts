import type { SourceItem } from "../../corpus/types.ts";

export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "Lassa fever isolation",
    role: "infectious diseases resident",
    text: `
Lassa fever season in Ondo State. I want to write about one woman because she changed how I put on PPE.

Everyone on the unit called her ⟦NAME|Mama Blessing⟧; her card said ⟦NAME|Mrs Folasade Akinwale⟧, a yam trader from ⟦LOCATION|Ijebu quarters in Owo, the house opposite the Anglican church with the grinding mill in front⟧. She was admitted to ⟦FACILITY_ROOM|the Lassa isolation unit at FMC Owo, bed 6⟧ on ⟦DATE|2 February⟧ with fever, sore throat and bleeding gums. Her NIN, ⟦ID|48291037562⟧, and her son's number, ⟦PHONE|0803 555 0192⟧, were on the contact tracing form I filled.

Ribavirin IV, loading dose 30 mg/kg, then the long taper. Fluids. Watching the creatinine. She recovered, slowly, and on the day she walked out she danced, a little, in the corridor.

The thing that changed me: on day three I was tired and I nearly touched my face with a gloved hand while doffing. The IPC nurse, Mrs Adebayo, stopped me with one word. Two doctors in our state died of Lassa in recent years. The doffing sequence is not ritual; it is the whole protection.

Since then I doff slowly, with a buddy, every time, even at 4am. And I tell every new house officer about ⟦NAME|Mama Blessing⟧'s dance, because they need to know why we are doing this, and about that one word, because they need to know how.
`,
  },
  {
    id: "ng-what-002",
    setting: "cholera outbreak",
    role: "epidemiologist",
    text: `
What? Cholera response in camps for displaced people in Borno State during the rainy season. I was with the surveillance pillar: line list, attack rates by camp, daily situation report to the state emergency operations centre.

So what? The numbers told the story before the clinicians did. When the attack rate in one camp jumped, it always traced back to water: a borehole that had broken, a chlorination point that had run out of HTH granules, latrines that had flooded into the drainage channel. The oral cholera vaccine campaign, two doses of Euvichol, helped, but it cannot outrun a flooded latrine.

The case fatality ratio was above 1% early on, which the WHO treats as a sign that people are not reaching treatment quickly enough. Adding oral rehydration points at the camp edges brought it down within two weeks.

Now what? I have learned that a good line list is the most useful thing an epidemiologist can give a response, and that it is only useful if it is updated daily, even on the day you are tired and the generator is off. I want to train two of the camp health volunteers in basic line listing so the data does not depend on me being there.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "mpox contact tracing",
    role: "public health registrar",
    text: `
Description: Mpox contact tracing in Lagos. The case was ⟦NAME|Chukwuemeka O.⟧, 27, a club promoter, lesions for six days. He told me his contacts were "everybody from the party" and showed me the flyer on his Instagram, ⟦OTHER|@emeka_nightlife_vi⟧. The party was on ⟦DATE|Friday 18 August⟧.

Feelings: Overwhelmed, and worried about how much I should say to him about his sexual contacts without driving him away.

Evaluation: The good: he trusted us enough to list five named contacts. The bad: our forms asked for home addresses, and most of his contacts were people he only knew by their handles.

Analysis: Mpox contact tracing borrows from STI partner notification more than from classic respiratory tracing. The NCDC guidance lists close physical and sexual contact as the key exposures, and a 21-day monitoring period. Our forms had not caught up.

Conclusion: I was asking for what the form wanted, not what he could give.

Action plan: Add "social media handle or phone" to our contact form. Ask Dr Okonkwo if we can pilot provider-assisted notification by direct message for contacts who have no other details.
`,
  },
  {
    id: "ng-free-004",
    setting: "meningitis vaccination",
    role: "medical student",
    text: `
Three days on a meningitis vaccination campaign in Sokoto with the state primary health care board, and I learned more Hausa than in three years of medical school.

"Sannu da zuwa" (welcome) at every compound, then a short explanation that the injection protects against "sankarau", the meningitis that comes with the dry harmattan wind. The campaign used the pentavalent conjugate vaccine, one dose, ages one to 29.

The team leader, Malam Bashir, had done the MenAfriVac campaigns a decade earlier. He told me that the meningitis belt used to see epidemics every few years with thousands of deaths, and that the conjugate vaccine made serogroup A almost disappear. Now the outbreaks are mostly serogroup C and W, which is why the new vaccine covers five serogroups.

What I noticed most: the village head's permission is everything. We waited two hours for him on day one. After he rolled up his sleeve in front of everyone, the queue was out of the compound.

I came home sunburnt and proud. I also came home with a question for my public health exam that the textbook does not answer: who persuades the village head?
`,
  },
  {
    id: "ng-comment-005",
    setting: "mpox contact tracing",
    role: "consultant public health physician",
    text: `
Strong reflection, and the point about forms lagging behind how people actually meet is important. Please, though, take down the handle and the party date before you share this in the residents' group; anyone in Lagos nightlife could identify him from those two details alone. The learning stands without them.
`,
  },
  {
    id: "ng-free-006",
    setting: "diphtheria outbreak",
    role: "paediatrics resident",
    text: `
Diphtheria came back to Kano and I was not ready for it.

The child was ⟦NAME|Abdullahi Musa⟧, six, brought to ⟦FACILITY_ROOM|the infectious diseases ward at AKTH, cot 9⟧ on ⟦DATE|the second day of Sallah⟧ with a bull neck and a grey membrane across his tonsils. The family lives at ⟦ADDRESS|No. 14 Gwammaja Quarters, Dala LGA, Kano 700221⟧. He had received no vaccines at all. His father, ⟦NAME|Malam Musa Garba⟧, said the clinic had been out of stock when they went.

We had no diphtheria antitoxin for the first eighteen hours. When it came, from the national stock through NCDC, we gave it by infusion with adrenaline drawn up at the bedside. He survived, with a myocarditis that kept him on a monitor for two weeks.

I had only read about diphtheria in history books. My consultant, Dr Yakubu, had seen it once in her career before this outbreak. Now the ward has had dozens of cases.

The lesson I keep coming back to is not clinical. It is that a child's vaccination status reflects the system around him, not his parents' choices. ⟦NAME|Abdullahi⟧'s father did go to the clinic. Nobody recorded the stock-out, so nobody counted him as a missed child.

I have started asking every family not "is your child vaccinated" but "when you went for vaccines, what happened?"
`,
  },
  {
    id: "ng-what-007",
    setting: "surveillance",
    role: "disease surveillance officer",
    text: `
What? I am a disease surveillance and notification officer for a local government area in Enugu. Every week I collect the IDSR reports from 38 health facilities, chase the zero reports, and follow up any suspected case of a priority disease: measles, yellow fever, cholera, Lassa, AFP.

So what? This year I realised that "zero cases" from a facility can mean two very different things. Either nothing happened, or nobody looked. I visited three facilities that had sent zero reports for months and found a suspected measles case in the register of one of them, written as "fever and rash".

Now what? I am doing a short refresher on case definitions for the record officers, using real register entries with the names covered. I also asked our state epidemiologist, Dr Eze, whether facilities that always send zero could be flagged for a supervisory visit rather than praised for completeness. The WHO AFRO guidance on IDSR already says this. Our practice had drifted.
`,
  },
  {
    id: "ng-free-008",
    setting: "yellow fever vaccination",
    role: "community health extension worker",
    text: `
I am a CHEW in a rural ward of Bauchi State. When the yellow fever preventive campaign came, I was the one who had to explain it in every settlement.

People had questions I did not expect. "Why now, when nobody is sick?" "Why one injection for life, when the children need many?" "Is it the same as the one for travel?" The last one made me laugh, because yes, it is the same vaccine the travellers take for their yellow card.

I told them what our supervisor told us: yellow fever is spread by mosquitoes, it can cause jaundice and bleeding, and one dose protects for life. We vaccinated everyone from nine months up, except pregnant women who were not at high risk and people with weak immunity.

The day I remember is when an old man asked to be vaccinated last, so that he could watch everyone else first and see that nobody fell down. Nobody fell down. He took his injection at sunset and then told the whole queue that he had "taken the white man's malaria cure", which is not what I had said at all.

I am learning that the message people hear is not the message I give. Next time I will ask them to tell it back to me.
`,
  },
  {
    id: "ng-gibbs-009",
    setting: "Buruli ulcer outreach",
    role: "community health nurse",
    text: `
Description: Outreach for Buruli ulcer in Cross River State. A teenage girl, ⟦NAME|Ekaette Bassey⟧, had a painless ulcer on her forearm that had been growing for three months. She is ⟦OTHER|the daughter of the only native doctor in Ikot Obong village who also sells petrol in jerrycans⟧, and her family had tried his herbs first.

Feelings: Admiration for the girl, who had walked an hour to the outreach point alone, and worry for how her father would take a clinic diagnosis.

Evaluation: The PCR came back positive for Mycobacterium ulcerans. Rifampicin and clarithromycin for eight weeks, wound care twice a week. The difficult part was transport: the clinic is 40 km away. In the end her father agreed to bring her himself on his motorbike, ⟦OTHER|the red Bajaj with plate CAL 417 QX⟧, which everyone in the village knows.

Analysis: WHO lists Buruli ulcer among the neglected tropical diseases because it affects poor rural communities far from care. Early treatment avoids surgery and disability.

Conclusion: Working with the traditional healer, not against him, got her to treatment.

Action plan: Invite traditional healers to the next community sensitisation day. Ask Dr Etim for more dressing packs for the outreach bag.
`,
  },
];
