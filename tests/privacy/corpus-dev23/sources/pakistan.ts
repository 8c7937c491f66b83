import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: Sindh, Swat, Punjab, Gilgit-Baltistan, Balochistan, Azad Kashmir. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "basic health unit",
    role: "medical officer",
    text: `
I have been the MO at a Basic Health Unit in Tharparkar for seven months. The BHU has one doctor (me), one LHV, a dispenser and a generator that works when the diesel comes.

On ⟦DATE|5 Muharram⟧ a father walked eleven kilometres with his daughter on his back from ⟦LOCATION|Goth Lakhmir Kolhi, near the Nangarparkar road⟧. ⟦NAME|Sumri⟧ is six, severely wasted, MUAC 10.8 cm, bilateral pedal oedema. Her father, ⟦NAME|Bhoro Kolhi⟧, gave me his CNIC, ⟦ID|44203-6159273-1⟧, for the OTP register, and a phone number that belongs to the village shopkeeper: ⟦PHONE|0333-5550841⟧.

We started RUTF, amoxicillin and a referral to the stabilisation centre at Mithi. He refused the referral at first: two younger children at home, no one to watch the goats, no money for the Qingqi. I spent forty minutes with him and the LHV, Baji Nasreen, who speaks Dhatki. In the end the Union Council chairman paid for the transport.

What I learned: severe acute malnutrition is a social diagnosis before it is a medical one. The CMAM protocols are clear and I know them. What I did not know was how to negotiate with a father's fear. Baji Nasreen taught me more that afternoon than any lecture at Dow.

Sumri is back in the OTP programme now and has gained 1.2 kg.
`,
  },
  {
    id: "pk-what-002",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
**What?** I run a private clinic in a small town in Sargodha district, in the same bazaar as my father's cloth shop. Half of my patients knew me as a boy. Last Friday, after Jumma prayers, the imam of our mosque asked me in front of twenty men whether it was true that the polio drops cause infertility.

**So what?** I froze. I had the answer, of course, from WHO and from my community medicine lectures, but in that courtyard I was not Dr Usman; I was Haji Sahib's son who used to steal guavas. Saying "this is a myth" in front of elders felt disrespectful. I mumbled something about the vaccine being safe and went home angry with myself.

Polio eradication in Pakistan is still unfinished; Pakistan and Afghanistan are the last two countries with wild poliovirus transmission. Refusals in our district are low, but rumours travel fast after Friday prayers.

**Now what?** I went back the next Friday, with permission, and spoke for five minutes after the khutbah. I quoted the fatwas from Al-Azhar and the Council of Islamic Ideology supporting vaccination, spoke about my own children's drops, and invited anyone worried to sit with me at the clinic. Six men came. My lesson: respect and facts are not opposites, and in a small town the doctor's credibility is borrowed from the family. I need to spend it carefully.
`,
  },
  {
    id: "pk-free-003",
    setting: "district hospital",
    role: "lady health worker supervisor",
    text: `
I supervise twenty-two Lady Health Workers in upper Swat. On ⟦DATE|14 February⟧ one of my LHWs called me at night about a woman in her village who had delivered at home and was bleeding. ⟦NAME|Bibi Zarmina⟧, wife of ⟦NAME|Sher Afzal⟧, from ⟦LOCATION|Mohallah Shagai in Kalam⟧, had lost what the family described as "two buckets".

The snow had closed the road below Bahrain. We gave misoprostol from the LHW's kit, raised her legs, and I called the Rescue 1122 station, who came with a 4x4. She reached ⟦FACILITY_ROOM|the gynae ward at Saidu Teaching Hospital, Bed 19⟧ after five hours, with a haemoglobin of 4.9. She survived after four transfusions.

What I reflected on afterward: the LHW had done everything correctly. She had the misoprostol, she knew the signs, she called early. But our programme protocols assume a road. The women in the upper valleys do not have a road for three months a year.

I have started a conversation with the district health office about pre-positioning a "birth waiting home" in Kalam for the winter months, like the model used in some Gilgit-Baltistan districts. Dr Rukhsana, our district coordinator, is supportive. I have also asked that every LHW in the upper valleys carry a second dose of misoprostol in winter. These are small things, but small things save lives when the road is closed.
`,
  },
  {
    id: "pk-gibbs-004",
    setting: "rural health centre",
    role: "house officer",
    text: `
**Description.** Three months at a Rural Health Centre in Chakwal as part of my house job. During the wheat harvest in April I saw eighteen patients with thresher injuries in one fortnight, mostly hands and forearms, mostly young men.

**Feelings.** Shock at the first amputation, then numbness, then a kind of anger at how preventable it all was.

**Evaluation.** Our management was reasonable within our limits: wound toilet, tetanus toxoid, cefazolin, splinting and referral to the DHQ for anything needing a surgeon. What went badly: two patients had tourniquets on for over three hours before reaching us, and one lost a hand that might have been saved.

**Analysis.** I read around and found studies from Punjab and Haryana showing that thresher injuries peak in the same weeks every year and that simple guards on the feeding chute reduce them. Nobody here uses them. The farmers say the guards slow the work. My supervisor, Dr Kamran Siddiqui, said this was a public health problem disguised as a surgical one.

**Action plan.** I prepared a talk in Urdu and Punjabi for the local farmers' association about safe threshing, tourniquet time and early referral, and the association's president agreed to distribute chute guards made by a local welder at cost. We will count injuries again next April.
`,
  },
  {
    id: "pk-comment-005",
    setting: "rural general practice",
    role: "general practitioner",
    text: `
Brother, this happens to all of us who go back to our hometowns. My father is a schoolteacher in Mandi Bahauddin and patients still call me "Master ji ka beta". What helped me was asking the imam privately first, before speaking publicly. Well done for going back the next Friday. May Allah reward you. — Dr Faisal, Gujrat
`,
  },
  {
    id: "pk-free-006",
    setting: "tertiary referral",
    role: "general practitioner",
    text: `
A boy from our chak near Jaranwala died last month, and I am still thinking about it.

⟦NAME|Ali Raza⟧, nine years old, son of ⟦NAME|Muhammad Boota⟧ who works at the brick kiln, came to my evening clinic with fever and a rash for two days. His B-form number, ⟦ID|33105-7740218-3⟧, was on the card his father carried. I thought it was measles: coryza, conjunctivitis, Koplik spots. I gave vitamin A, paracetamol and advice, and told them to come back if he got worse.

He was taken to ⟦FACILITY_ROOM|Allied Hospital Faisalabad, Children Ward 2⟧ two days later with pneumonia and encephalitis. MR No. ⟦ID|AHF-2023-118472⟧. He died on ⟦DATE|the 19th⟧.

I asked myself the question every GP asks: could I have done differently? Measles is a notifiable disease and I did not notify. I did not check his vaccination card properly; he had received no MR vaccine at all. I did not ask about the other children in the kiln colony, and two more cases came the following week.

My learning: notify every suspected measles case to the district surveillance officer the same day; check the EPI card for every child I see; and remember that in a brick kiln community, one measles case is never one. The EPI team did a catch-up campaign in the kiln colony after I called them. 134 children vaccinated. That will not bring ⟦NAME|Ali⟧ back.
`,
  },
  {
    id: "pk-free-007",
    setting: "rural general practice",
    role: "medical officer",
    text: `
Reflections from six months in Zhob, Balochistan, as a young woman doctor from Lahore. I came because the Chief Minister's rural service programme paid well. I am staying because of the women.

The challenges are real: security escorts to reach the dispensaries, a female-doctor vacancy rate above 60% in the district, and families who will not let a woman be examined by a male doctor. That last one means I see everything: antenatal care, infertility, depression presenting as "body pain", tuberculosis, and a lot of iron deficiency anaemia. Haemoglobin of 7 is normal in my clinic, which is not normal at all.

My mentor, Dr Shaista Kakar, who grew up in Quetta and trained in Karachi, told me on day one: "You are not here to change their culture. You are here to make their culture safer." I resisted that at first. Now I think she is right. I sit with mothers-in-law before I counsel about birth spacing. I learned Pashto greetings before I learned the local drug names.

Other cases that stayed with me this week: a Cushing's syndrome workup I had to abandon because the lab in Quetta lost the sample, a case of Sheehan syndrome that I nearly missed, and a fascinating argument with a hakeem about ajwain.

The Apgar scores I record are better than they were last year. I think that is because the mothers-in-law now call me.
`,
  },
  {
    id: "pk-free-008",
    setting: "home visit",
    role: "medical officer",
    text: `
Hunza valley, Gilgit-Baltistan, where people famously live long and where the families make sure you know it. I made a home visit in November to ⟦NAME|Baba Sultan Ali⟧, who is ⟦AGE|96⟧ and still walks to the apricot orchard every morning. His grandson added me to the family WhatsApp group, ⟦OTHER|"Baba Jan Health Updates 🍑 Karimabad"⟧, so that all fourteen children and grandchildren could see my advice at once.

Clinically: heart failure with preserved ejection fraction, ankle swelling, BNP 890, and a creatinine that rose every time the furosemide was increased. The group kept arguing about whether he should be taken to Islamabad or treated at home, and messages about his stools arrived at 3am from Dubai.

What I learned: in families like this, the WhatsApp group is the family meeting, and I was not managing it. I had been answering everything, to everyone, in real time. I wrote the group a single clear message: his wishes (home, no hospital), his medicines, the warning signs, and that I would post an update after each visit and otherwise answer only his grandson.

The group became calmer. He remains at home with his apricots. I have started thinking about how to write a guideline for doctors in Gilgit-Baltistan on managing family groups. My professor in Rawalpindi, Dr Anjum, laughed and said it was "the new bedside manner".
`,
  },
  {
    id: "pk-what-009",
    setting: "earthquake follow-up",
    role: "general practitioner",
    text: `
**What?** I am a GP in Muzaffarabad, Azad Kashmir. My own family lost our house in the 2005 earthquake when I was eleven. Last month I was asked to give a talk at my old school about that day.

**So what?** I thought I had processed it. I had not. Halfway through I saw the classroom where my teacher, Miss Farhat, had died, and I stopped speaking. The children were kind. Afterward I realised that many of my older patients carry the same memory, and that I had never asked any of them about it. Chronic pain, insomnia and palpitations are the commonest things I see in people over forty, and I had been investigating them with ECGs and thyroid tests without asking the obvious question.

The PHQ-9 and the PCL-5 exist in Urdu. The WHO mhGAP intervention guide (2016 version) covers PTSD in primary care. I have had both on my shelf for years.

**Now what?** I have started asking, gently, "Where were you in October 2005?" in patients with unexplained symptoms. I was surprised how often people cried and then said thank you. I have referred three patients to the psychologist at the district hospital and started two on sertraline. And I have started seeing a counsellor myself, in Islamabad, once a month.
`,
  },
];
