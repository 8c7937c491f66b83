import { medicare } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Australia: registrars, rural generalists, fellows and supervisors. */
export const AU: SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "rural generalist",
    role: "rural generalist registrar",
    text: `**Description.** I am a rural generalist registrar doing my advanced skills year in emergency medicine in the Kimberley. On a hot night in the wet season a woman in her forties was flown in by the RFDS from ⟦LOCATION|Warmun community⟧ with a snakebite on her ankle. Her name was ⟦NAME|Rosie Nyadbi⟧, and her sister, ⟦NAME|Marjorie⟧, who came with her, rang the rest of the family from the ⟦FACILITY_ROOM|Kununurra Hospital⟧ car park on ⟦PHONE|0491 570 226⟧ every half-hour. ⟦NAME|Rosie⟧'s Medicare card, ⟦ID|${medicare("2918 4403", 1)}⟧, was in her sister's handbag, wrapped in a plastic bag with her asthma puffer.

**Feelings.** I was nervous. I had done the snakebite module and knew the theory but had never managed a possible brown snake envenomation with the nearest tertiary centre two hours away by plane.

**Evaluation.** We did the basics well: pressure immobilisation bandage kept on, bloods at baseline and at one, six and twelve hours, a 20-minute whole blood clotting test while waiting for the INR. Her INR came back at 4.8 with a raised D-dimer. I rang the Australian Venom Research Unit line, and my supervisor, Dr. Kate Hollis, and we gave one vial of brown snake antivenom. She did well.

**Analysis.** What went less well was communication with the family. I spoke mostly to ⟦NAME|Rosie⟧, in English, and assumed she understood. It was the Aboriginal liaison officer, Auntie Noreen, who noticed that she had not understood the word "antivenom" and was frightened it was a blood transfusion from a stranger.

**Conclusion.** Clinical protocols travel; understanding does not travel by itself.

**Action plan.** I will ask for the liaison officer at the start of every serious conversation, not when something goes wrong. I am also going to finish the cultural safety module properly rather than clicking through it, and learn at least the greetings in Kija. ⟦NAME|Rosie⟧ went home four days later, and ⟦NAME|Marjorie⟧ told me to come out to the community and see the art centre.`,
  },
  {
    id: "au-what-002",
    setting: "ICU",
    role: "intensive care registrar",
    text: `**What?** I sat the CICM Second Part exam in Melbourne in September and failed the written paper by three marks. I am an ICU registrar in my fifth year of training, and this is the first exam I have ever failed. My supervisor of training, Dr. Andrew Tan, suggested I write a reflection about it before I start studying again, and I agreed mostly because I could not think of a reason to say no.

**So what?** Failing was humiliating in a very specific way. My colleagues knew the results were out, so there was no way to hide it. My partner, Ella, was more upset on my behalf than I was for the first day, and then I was more upset than anyone for a week. I stopped studying, stopped going to the gym and watched all six seasons of "Schitt's Creek" in about ten days.

When I went back through the examiners' report, the pattern was clear. My answers on ventilation, sepsis and renal replacement therapy were fine. I lost marks on the short-answer questions about ethics, end-of-life care and the ANZICS statement on death and organ donation, which I had barely studied because I thought I could "talk my way through it". I could not.

I also realised that I had studied alone. The people who passed mostly studied in groups. I had told myself I was more efficient on my own. I was not.

**Now what?** I have joined a study group with two registrars from other units, meeting on Zoom on Tuesday and Saturday mornings. I am reading the ANZICS statement properly, and the Australian Commission on Safety and Quality's end-of-life consensus. Dr. Tan is going to run two mock vivas with me in February. I am going to the gym again. And I am going to tell the junior registrars that I failed, because I wish someone had told me it was survivable.`,
  },
  {
    id: "au-free-003",
    setting: "palliative care",
    role: "palliative care advanced trainee",
    text: `I am a palliative care advanced trainee, and I spent three months this year with the community palliative team in Hobart. I want to write about one patient's house, because it taught me what a home death involves.

⟦NAME|Mr. Lionel Featherstone⟧ was ⟦AGE|91⟧ and dying of metastatic prostate cancer. He lived alone at ⟦ADDRESS|14 Mary Street, Cygnet TAS 7112⟧, in a weatherboard house with a view over the Huon River that he had refused to leave for thirty years. He had been, the nurses told me with great affection, ⟦OTHER|the apple grower who supplied every cider maker in the Huon for half a century⟧, and half the town seemed to drop in with soup.

His goal was to die at home. Our job was to make that possible. We set up a syringe driver with morphine and midazolam, arranged a hospital bed through the equipment loan scheme, trained his niece, ⟦NAME|Pauline⟧, in giving breakthrough doses subcutaneously, and left a "comfort kit" on top of the fridge. The palliative care nurse, Kerry-Anne, visited daily. His GP, Dr. Sam Liddell, did the evening visits.

What I had not appreciated, as a hospital-trained doctor, was how much of a home death is about the house. The bed did not fit through the bedroom door, so it went in the lounge by the window. The water tank was low. The neighbour's dog barked every time a car pulled up. ⟦NAME|Pauline⟧ had to go home to Launceston every few days for her own children. None of this is in the textbooks.

He died on a Sunday morning with the window open and the apple trees in blossom, and ⟦NAME|Pauline⟧ rang us at 7 am to say he had just stopped breathing. Our nurse went out and stayed for two hours.

What I take from this: good palliative care at home is a team sport, and the team includes neighbours, dogs and water tanks. I also want to keep better records of what families teach us, because ⟦NAME|Pauline⟧ taught me more than my supervisors did that month.`,
  },
  {
    id: "au-free-004",
    setting: "emergency department",
    role: "emergency medicine fellow",
    text: `I have been an emergency medicine fellow (FACEM, newly minted) for eighteen months, and I want to reflect on the part of the job nobody trains you for: being the most senior person in the department at 3 am on a Saturday.

As a registrar, there was always someone above me. Now there is sometimes no one. On a recent night shift we had two major trauma patients from a collision on the highway, a cardiac arrest in the waiting room, a psychiatric patient who needed restraint, and a full ambulance bay. My registrar was excellent, the nurse in charge, Mel, was better than excellent, and still, every decision about who went where, who got the resus bay, and whether to call the on-call surgeon from home was mine.

What helped: the structures. We ran the trauma calls by the book, using the ATLS primary survey and our own massive transfusion protocol, and it gave everyone something to hold on to. Having a clear team leader, even when the leader is anxious, reduces anxiety in the room. I had learned this from Dr. Gerard Fitzgerald, one of my supervisors in training, who used to say, "Be the calmest person in the room, even if you have to fake it."

What did not help: my habit of doing things myself. I put in a central line that my registrar could have done, and while I did, I lost track of the waiting room for twenty minutes. That is when the arrest happened, and although we got ROSC, I have wondered since whether I would have seen the patient deteriorating if I had been standing at the board.

What I am changing: I am going to stand at the board. I am going to delegate procedures. I have asked our director, Dr. Michelle Kwan, for a mentor among the senior FACEMs, and she has paired me with someone who has been doing nights for twenty years.

I also booked a week off at Christmas, at the beach at Byron, with my family. Apparently that is part of the job too.`,
  },
  {
    id: "au-what-005",
    setting: "endocrinology",
    role: "paediatric endocrinology fellow",
    text: `**What?** As a paediatric endocrinology fellow in Brisbane I met ⟦NAME|Jaxon Pereira⟧, 11, who had type 1 diabetes and had started on a closed-loop insulin pump six months earlier. His HbA1c had gone from 9.2% to 7.1%. His mum, ⟦NAME|Tanya⟧, emailed me from ⟦EMAIL|tanya.pereira.qld@outlook.com⟧ the week before clinic to say that the pump, serial ⟦DEVICE|T1X-30948172⟧, had been alarming at night and that she was not sleeping.

**So what?** When we downloaded the data at clinic, the alarms were mostly occlusion alerts, nearly all on the nights after footy training. ⟦NAME|Jaxon⟧ was changing his cannula himself and putting it in his thigh, where it kinked when he ran. We had been treating the pump as the problem. The pump was fine. The problem was a cannula site that nobody had talked to him about, because we had been talking to his mum.

My supervisor, Dr. Clare Whitby, said something I wrote down: "With an eleven-year-old, the question is not who is in charge. It is who is doing it." I had assumed his mum did the site changes. He had been doing them himself for two months, proud of it, and nobody had asked him.

**Now what?** We went through site rotation with ⟦NAME|Jaxon⟧ directly, with a diagram and a fake abdomen from our diabetes educator, Rachel. We changed his cannula to a shorter angled one and moved it to his abdomen and upper buttock. The night alarms dropped from five a week to one. ⟦NAME|Tanya⟧ emailed again to say she had slept through.

I am going to speak to children first from now on, from about the age of eight, and to their parents second. I will also ask the whole clinic, at our next education meeting, whether we routinely ask who does the site changes. I suspect we do not.`,
  },
  {
    id: "au-free-006",
    setting: "general practice",
    role: "GP supervisor",
    text: `I have supervised GP registrars in Dubbo for twelve years, and every few years one of them asks me the question that the latest one, Dr. Ravi Subramaniam, asked last week: "How do you stop caring too much?"

I did not have a good answer, so I am writing this to find one.

The honest answer is that I did not stop. What changed was what I did with it. In my first years in country practice I took every bad outcome home. When a young farmer I had seen with chest pain and reassured died of a dissection two days later, I stopped sleeping for a month. My own supervisor then, Dr. Jim Kennedy, an old-school GP who had been in town since the 1970s, made me take a weekend off and go fishing with him at Burrendong. He did not mention the death once. On the drive home he said, "You'll carry him. Just don't carry him alone."

What I try to do now is fairly simple. I talk to my practice partners after a bad day, every time. I go to Balint group once a month, which I resisted for years because it sounded too touchy-feely; I was wrong. I keep my weekends as much as country practice allows. I read fiction, not medical journals, before bed: at the moment Tim Winton's "Cloudstreet", for the third time.

And I tell registrars like Ravi about the farmer, because it is important they know that senior GPs carry people too. The RACGP's own survey on GP wellbeing showed that a large share of us have considered leaving the profession; we should not pretend that is not happening.

Ravi seemed relieved, more by the story than by the advice. I think that is the answer. You do not stop caring. You find people to care with.`,
  },
  {
    id: "au-comment-007",
    setting: "portfolio feedback",
    role: "director of training",
    text: `Thank you for writing this so openly. Failing a fellowship exam is common and almost never discussed, and your analysis of where the marks went is exactly right. Group study is the single biggest predictor of success I have seen in fifteen years of running our exam program. Let's book the mock vivas now. You will get there.`,
  },
  {
    id: "au-free-008",
    setting: "obstetrics",
    role: "obstetrics and gynaecology registrar",
    text: `I am an O&G registrar in Darwin, and this is a reflection on an interpreter I did not call, written after a debrief with my consultant.

⟦NAME|Mrs. Nguyen Thi Hoa⟧, a Vietnamese woman in her thirties, came to ⟦FACILITY_ROOM|Birth Suite Room 4 at Royal Darwin Hospital⟧ in early labour on ⟦DATE|Boxing Day⟧. Her husband, ⟦NAME|Minh⟧, spoke good English and interpreted for her. Labour progressed slowly, the CTG became suspicious, and I recommended a caesarean section. He translated. She nodded and signed.

It was only after the baby was born, healthy, that our midwife, Siobhan, who had worked in Ho Chi Minh City for two years and spoke some Vietnamese, told me that ⟦NAME|Minh⟧ had not translated the part about the caesarean section at all. He had told his wife that the doctor needed to "help the baby out a little". He said later that he did not want to frighten her.

Nothing went wrong clinically. But she had consented to an operation she did not know she was having. Montgomery, and the RANZCOG guidance on informed consent, are clear that consent requires understanding, and family interpreters are explicitly discouraged for this reason. I knew this. At 2 am, with a suspicious CTG and a husband who spoke English well, I took the shortcut.

My consultant, Dr. Fiona Nakamura, was direct but fair. She pointed out that the Translating and Interpreting Service is available 24 hours a day by phone and that the call takes five minutes to set up. She also pointed out that the husband was not a villain; he was frightened too.

We met with ⟦NAME|Mrs. Nguyen⟧ the next day with a professional interpreter on speakerphone, explained what had happened, and apologised. She was, to my surprise, more amused than angry. She said she had guessed.

From now on: professional interpreter for every consent, no exceptions. I have put the TIS number on a card on the back of my ID badge.`,
  },
  {
    id: "au-free-009",
    setting: "surgery",
    role: "general surgery consultant",
    text: `Every year on the first day of the new surgical rotation I tell the incoming SET trainees the same thing: "You are going to make mistakes. I want to hear about them before I read about them." This reflection is for the registrars who asked me at our Christmas barbecue what mistakes I had made.

The one I think about most happened when I was a second-year registrar in Adelaide. I did an appendicectomy on a young man and failed to look at his pre-op bloods properly. His platelets were 42. He bled post-operatively, returned to theatre, and needed four units of blood. He recovered fully. My consultant, Mr. Peter Hamilton, never raised his voice, but he made me present the case at the hospital's M&M meeting, and he sat in the front row.

What I learned then was procedural: look at every result before you cut. The WHO Surgical Safety Checklist, which did not exist yet, now forces this. What I learned later, as a consultant, was about culture. Mr. Hamilton's front-row presence told me that mistakes were survivable and that he would stand next to me. That is what I try to give my registrars now.

I have also made mistakes as a consultant. I once pushed a registrar to finish a laparoscopic case when she wanted to convert, and she was right. I apologised to her the next day, and I have told that story to every trainee since, including in a talk at the RACS Annual Scientific Congress in Melbourne last May.

My advice to the new trainees is short. Check everything. Say it out loud when you are worried. Tell me first. Read Atul Gawande's "Complications", which is still the best book about surgical error. And go home when you can. My wife, Jenny, will tell you I did not always follow that last piece of advice.`,
  },
];
