import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items, 5 with identifiers, 2 comments. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote women's health",
    role: "remote area nurse",
    text: `
I am a remote area nurse in the Top End, and I want to reflect on a cervical screening visit with ⟦NAME|Aunty Dulcie⟧ from ⟦LOCATION|the Gapuwiyak homelands outstation at Mirrngatja⟧. She had not had a screen for fifteen years because, she said, "the men nurse do it" last time, and it was shame for her.

Our Aboriginal health practitioner, Josephine, who is from the same language group, sat with her and explained the self-collect option, which has been available to everyone since July 2022 under the National Cervical Screening Program. ⟦NAME|Aunty Dulcie⟧ did the swab herself behind a curtain in the clinic and laughed about how easy it was. Her Medicare number, ⟦ID|${medicare("2953 7184", 3)}⟧, was on the pathology form, and her granddaughter's number, ⟦PHONE|0491 570 118⟧, was the contact for results.

Her HPV test came back positive for type 16, which means colposcopy. That means a flight to Darwin, a stay at the hostel, and leaving country. Josephine and I are now working out how to do this in a way that is safe for her, including a female specialist and a female escort.

I learned that the technology is the easy part. What made the screen happen was Josephine. I have started asking at every visit who the right person is to talk about women's business, and not assuming it should be me.
`,
  },
  {
    id: "au-what-002",
    setting: "abortion care",
    role: "GP registrar",
    text: `
**What?** I became an MS-2 Step prescriber during my GP training in regional Victoria. In my first month I provided three early medical abortions. Each required a dating ultrasound, blood group, and a follow-up plan, including a serum or urine hCG at two weeks. My supervisor, Dr Ruth Campbell, reviewed every case.

**So what?** I had not expected how much of the consultation would be about logistics. One patient lived two hours from the nearest hospital, and we needed a plan if she had heavy bleeding at night. Another could not get an ultrasound within a week, which nearly pushed her past the 63-day limit. I was also confronted by a pharmacist in town who refused to stock the medication, so the patient had to drive an hour to the next town.

I felt uncomfortable being one of very few providers in the region. It made me feel responsible for every woman who could not get care.

**Now what?** I have joined the 1800 My Options network in Victoria so that patients can find me. I want to talk to the local pharmacists about stocking MS-2 Step, and I am reading the 2023 Senate inquiry report on universal access to reproductive healthcare. I will also ask Dr Campbell about becoming a supervisor for other registrars one day.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "sexual health clinic",
    role: "sexual health nurse",
    text: `
**Description.** At our sexual health clinic in Sydney, ⟦NAME|Jess Tran⟧, 22, came in after receiving an anonymous text telling her she might have been exposed to chlamydia. She had received the text from a partner notification website, and she wanted to know who had sent it. She also told me she had posted about her sex life on a blog at ⟦URL|https://jesstranwrites.example.net/diary⟧ and was worried that the person had found her there. She asked me to send results to ⟦EMAIL|jess.t.tran@example.org⟧.

**Feelings.** I was uncomfortable because I could not tell her who sent the text, and she was upset.

**Evaluation.** I explained that anonymous notification is meant to protect both partners. We tested her, and she was treated with doxycycline 100 mg twice daily for seven days. She left less angry than she arrived.

**Analysis.** The Australasian Contact Tracing Guidelines support anonymous notification through services like Let Them Know. ⟦NAME|Jess⟧'s anger was understandable: she felt exposed twice, by the infection and by not knowing. I realised that "anonymity" protects the sender more than the receiver.

**Conclusion.** I could have spent more time on how she felt before explaining the system.

**Action plan.** I will ask patients how they feel about anonymous texts before defending them, and I will remind patients that anything posted online can be found.
`,
  },
  {
    id: "au-free-004",
    setting: "fertility",
    role: "medical student",
    text: `
I did a two-week elective at a public fertility service in Adelaide. Before this, I thought of fertility treatment as an expensive private service for older couples. What I saw was more varied: young women with cancer freezing eggs before chemotherapy, same-sex couples using donor sperm, and a single woman in her late thirties who had decided not to wait for a partner.

The consultant, Dr Nadia Haddad, explained that Medicare covers much of the cost of IVF in Australia, but many patients still pay thousands of dollars. She also showed me how the anti-Müllerian hormone level is used to predict ovarian response, not fertility itself, and how often AMH is misunderstood. One woman had been told by a wellness clinic that her AMH of 8 pmol/L meant she would "never conceive naturally", which was not true.

The fertility preservation consultations were hardest. A 24-year-old with Hodgkin lymphoma had two weeks to decide whether to freeze eggs before starting ABVD. The oncology and fertility teams worked fast, and she had a random-start protocol with letrozole to keep oestrogen low.

I learned that reproductive medicine is full of decisions made under pressure, and that good counselling is as important as good science. I also learned that Australian donor-conceived people can now find out who their donor is, which changes how donors think.
`,
  },
  {
    id: "au-free-005",
    setting: "contraception clinic",
    role: "nurse practitioner",
    text: `
I remove and replace a lot of implants, and I want to reflect on one removal that went wrong. ⟦NAME|Shannon⟧ came to ⟦FACILITY_ROOM|procedure room 2 at Family Planning Tasmania's Glenorchy clinic⟧ on ⟦DATE|Wednesday 6 March⟧ to remove an implant that had been in for three years. Her records showed it was inserted elsewhere, lot ⟦DEVICE|Implanon NXT lot N041522⟧, but I could not feel it.

I should have stopped there. Instead, I tried to locate it with the tip of my forceps through a small incision, and after ten minutes I had nothing except a very sore arm. My supervisor, Dr Liz Barker, came in and stopped me. She explained that a non-palpable implant needs ultrasound localisation first, and that blind exploration can damage the ulnar nerve.

I apologised to ⟦NAME|Shannon⟧. She was kind, but I could see she was shaken. The ultrasound the following week showed the implant deep, close to the fascia, and it was removed by an experienced provider under ultrasound guidance.

My learning is humbling. The guidance is clear: never attempt removal of a non-palpable implant without localisation. My desire to finish the job made me ignore it. I now palpate and document before I pick up a scalpel, and I say "I can't feel it, so we need a scan" without embarrassment.
`,
  },
  {
    id: "au-comment-006",
    setting: "peer comment",
    role: "GP",
    text: `
Thanks for sharing your MS-2 Step experience. I am a rural GP in the Wheatbelt and it took me a year to find a pharmacist willing to stock it. The MSI Australia helpline has been helpful for my patients after hours, and the RANZCOG statement on abortion (2019) is worth quoting to colleagues.
`,
  },
  {
    id: "au-comment-007",
    setting: "peer comment",
    role: "nurse",
    text: `
I was at the clinic the day ⟦NAME|Shannon⟧ came back for her scan, and she told us she was glad someone admitted a mistake. Your honesty made a difference to her. It reminded me to always check for the implant before taking the patient into the room, especially if it was inserted somewhere else.
`,
  },
  {
    id: "au-free-008",
    setting: "menopause",
    role: "pharmacist",
    text: `
I am a hospital pharmacist in Brisbane and I was asked to sit on our menopause clinic as part of a new MHT service. I expected to answer questions about drug interactions. Instead, I found myself explaining why there were shortages of estradiol patches, which were a constant problem in 2023.

Women had been switched from one patch to another, or to gel, sometimes without explanation. Several came to the clinic thinking the change meant their treatment had failed. The TGA shortage notices were updated weekly, and our clinic's doctors were relying on me to tell them what was available.

I reflected that shortages are not just a supply problem but a clinical one. For women with premature ovarian insufficiency, missing doses affects bone density. For women using MHT after treatment for endometriosis, it can bring back symptoms. I worked with Dr Caroline Ng to create a conversion table between patch strengths and gel pumps, using the Australasian Menopause Society's guidance.

I also learned that the clinic relied on a pharmacist's knowledge more than I had expected, and that I should speak up earlier. My next step is to present the conversion table to the GP liaison group, so that women in the community are not left confused when their pharmacy cannot supply their usual patch.
`,
  },
  {
    id: "au-what-009",
    setting: "gynaecology ward",
    role: "enrolled nurse",
    text: `
**What?** ⟦NAME|Mrs Ruby Kowalczyk⟧, a ⟦AGE|90-year-old⟧ Polish-born woman, was admitted to ⟦FACILITY_ROOM|bed 14 on Ward 5B at Box Hill Hospital⟧ after a fall at home, and during her admission we found she had post-menopausal bleeding. She did not want an examination. She said "I have been examined enough in my life", and her son, ⟦NAME|Tadeusz⟧, told us quietly that she had been in a camp during the war.

**So what?** I had not thought about how a pelvic exam might feel for a woman with that history. Our gynaecology registrar, Dr Sam Lee, listened and did not push. We arranged a transvaginal ultrasound with a female sonographer and explained every step in advance. The endometrium was 11 mm, and she agreed to an outpatient pipelle biopsy later, with her son present.

**Now what?** I want to learn about trauma-informed care for older women, which I had only heard about in relation to young women. I am reading the Blue Knot Foundation guidelines, and I will ask at handover whether a patient has any history that might make intimate examination distressing, in a way that does not force disclosure.
`,
  },
];
