import type { SourceItem } from "../../corpus/types.ts";

/** US: Montana, Appalachia, Iowa, Alaska, Texas, Maine, the Delta, Vermont, Nebraska. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "critical access hospital",
    role: "family physician",
    text: `
I am one of three family docs covering a critical access hospital and two clinics in central Montana. We do everything: clinic, ER, OB, nursing home rounds, the high school football sideline on Friday nights.

Calving season brings the same injuries every year. ⟦NAME|Dale Eickhoff⟧ came in on ⟦DATE|March 3⟧ after a heifer pinned him against the headgate: four rib fractures, a small hemothorax, and the opinion that he would be "back out there by supper". His wife ⟦NAME|Marlys⟧ gave me her cell, ⟦PHONE|(406) 555-0143⟧, and asked me to call her before I called anyone else because "he'll lie to you". She was right. He told me his pain was a three while his respiratory rate was 28.

The transfer center wanted his Social Security number, ⟦ID|078-05-1120⟧, before they would accept him, and ⟦NAME|Marlys⟧ read it off a card in her purse. We kept him overnight, placed a chest tube, and transferred him to Billings by fixed wing in the morning. The ranch is forty miles of gravel from ⟦LOCATION|the Eickhoff place on Flatwillow Creek⟧, and the neighbors fed his cattle for a week without being asked.

What I keep thinking about is how much of rural medicine is knowing who will tell you the truth. In residency in Denver, the history came from the patient. Here it comes from the wife, the brand inspector, the neighbor who drove him in, and the guy at the feed store. I am learning to triangulate, and I am learning to respect a man's need to feel useful, even with a chest tube in.
`,
  },
  {
    id: "us-what-002",
    setting: "rural clinic",
    role: "family nurse practitioner",
    text: `
**What?** I'm an FNP in a one-provider clinic in eastern Kentucky, about an hour from the nearest hospital with a CT scanner. On Sunday I went to the homecoming potluck at my church, and by the time I got to the banana pudding four different people had asked me about their blood pressure, their sugar, and whether the new GLP-1 shots were "the ones off the TV".

**So what?** I used to find this exhausting and a little invasive. This year I realized it is also how medicine actually reaches people here. Half the men at that potluck have not seen a clinician in five years. Our county's diabetes prevalence is around 16%. The potluck is a screening opportunity nobody designed.

But I also have boundaries to keep. I can't prescribe semaglutide over a casserole, and I can't remember what I told someone if it isn't documented. My collaborating physician, Dr Napier, told me years ago: "Be kind, be brief, and make an appointment."

**Now what?** I've started carrying a stack of clinic cards with the walk-in hours. I've talked to Pastor Ray about a blood pressure table at the fall revival, run properly with a cuff, a log and consent. I've stopped feeling guilty for saying, "Come see me Tuesday." And I've accepted that the banana pudding will always come with a question.
`,
  },
  {
    id: "us-free-003",
    setting: "county fair",
    role: "family medicine resident",
    text: `
Rural track, second year. The county fair in Hardin County is the biggest week of the year here, and our clinic runs the first-aid tent. Mostly it is sunburn, bee stings and a kid who ate too many funnel cakes before the Tilt-A-Whirl.

On ⟦DATE|August 9⟧, during the 4-H swine show, a 14-year-old girl, ⟦NAME|Kaylee Brandt⟧, was knocked down and stepped on by her own market hog in the show ring. Her dad carried her to the tent. She had a deformed left forearm and, more worryingly, a seat-belt-like bruise across her abdomen where the hog's shoulder had caught her. Her FAST in the ED later was negative, but she had a grade II splenic laceration on CT.

I wrote the transfer note with her MRN, ⟦ID|HC2208417⟧, and her home address, ⟦ADDRESS|1742 280th Street, Ackley, IA 50601⟧, from her mom's phone because the registration system was down at the fairgrounds.

What I learned: the tent is not a clinic. I almost treated her as "a kid with a broken arm", because everyone in the tent knew her and was joking about the hog, whose name, I was told, was Brisket. My attending, Dr Van Wyk, asked one question, "Where did it hit her?", and that reframed everything. Mechanism matters even when the mechanism is a 260-pound pig and the patient is laughing.

She showed Brisket again the next summer. Took a blue ribbon.
`,
  },
  {
    id: "us-gibbs-004",
    setting: "remote practice",
    role: "family physician",
    text: `
**Description.** Eight months into my first job after residency, in a hub village in western Alaska. I fly out to village clinics with the community health aides, and I'm on call from home one week in three. Last month I missed my sister's wedding in Minneapolis because the weather closed the airport for four days.

**Feelings.** Honest answer: resentment, then guilt about the resentment, then something like pride.

**Evaluation.** Clinically this job is the best training I have ever had. The CHAP manual is brilliant. I have managed a breech delivery on the phone, a GCS 9 head injury in a snowstorm, and more strep throats than I can count. But I have no life outside the clinic in winter, and I am drinking more than I did.

**Analysis.** Physician burnout in rural practice is well documented; Shanafelt's work and the 2019 National Academies report describe exactly the mix of isolation and moral injury I feel. The Maslach Burnout Inventory put me in the high range for emotional exhaustion when I took it on my own.

**Action plan.** I have joined a telehealth peer group for rural docs run out of Seattle. I've scheduled leave blocks for next year before anyone can fill them. I've told my medical director, Dr Amundsen, the truth. And I have bought a proper snow machine so that I can at least get out on the tundra on a Sunday.
`,
  },
  {
    id: "us-free-005",
    setting: "patient portal",
    role: "family physician",
    text: `
A portal message problem. Our small clinic in the Texas Panhandle uses a patient portal that logs the IP address of every login. Last week our IT contractor flagged that ⟦NAME|Rosalinda Quintanilla⟧'s account, ⟦EMAIL|rosiq1961@yahoo.com⟧, had been accessed from ⟦IP|203.0.113.77⟧, which geolocated to the high school library in town. She is 63 and does not go to the library. Her grandson does.

She has type 1 diabetes on a pump (serial ⟦DEVICE|NG4471902H⟧), and the messages that had been read included her A1c of 9.8% and a note from me about her depression screen. Her PHQ-9 was 17.

When I called her, she laughed and then cried. She had given her grandson her password so he could "fix the computer". He's a good kid, but he had read everything, including things she had not told her family.

What I took from it: HIPAA is the easy bit. The harder thing is that proxy access in a small town is usually informal, and portals are built for people with their own email and their own laptop. We now offer every patient over 60 a five-minute portal walk-through with our MA, Brenda, including how to set up proper proxy access for family members. I also wrote to the vendor about making the last-login location visible to the patient. No answer yet.
`,
  },
  {
    id: "us-comment-006",
    setting: "rural clinic",
    role: "attending physician",
    text: `
This is the kind of reflection I hope every rural track resident writes. Notice you didn't just describe the potluck, you turned it into a plan. One caution about the BP table: check with the state board on standing orders, and loop in our MA team. Happy to co-sign the protocol. Proud of you. — Dr Napier
`,
  },
  {
    id: "us-free-007",
    setting: "fishing community",
    role: "family physician",
    text: `
Downeast Maine. Lobstering is the economy, the religion and the main source of my orthopedic caseload. I have been here eleven years and have cared for three generations of some fishing families.

This spring I saw a woman in her forties with a flexor tendon laceration from a bait knife. She is, as far as anyone knows, ⟦OTHER|the only woman who runs her own boat out of Corea harbor⟧, and she came in smelling of herring with her hand wrapped in a dish towel and duct tape. She wanted it stitched so she could haul the next morning. I explained that the tendon needed a hand surgeon in Bangor, and that if she hauled on it she might lose the use of the finger.

She went, eventually, after we talked about her boat payments. Her sternman put up a ⟦URL|https://www.gofundme.com/f/keep-her-fishing-corea⟧ page to cover the weeks she could not go out, and half the town gave.

I have been thinking about "economic non-compliance". It is not non-compliance if the alternative is losing the boat. My teacher in residency in Portland, Dr Levesque, used to say that the plan you make with the patient is the only plan that exists. I now ask every fisherman, "What would you lose by doing what I recommend?" before I recommend it. Sometimes the answer changes what I recommend.
`,
  },
  {
    id: "us-what-008",
    setting: "community health center",
    role: "family medicine resident",
    text: `
**What?** A month at a community health center in the Mississippi Delta, two hours south of Memphis. My preceptor, Dr Lavinia Holmes, has practiced here for twenty-six years. On my first morning she took me to the Piggly Wiggly parking lot before clinic and said, "This is where your patients buy their dinner. Look at what's on the shelves."

**So what?** I had been counseling about DASH diets and fresh vegetables like a textbook. The nearest full grocery store is 35 miles away. Hypertension control in our panel is about 48%, and I had been quietly blaming patients for it. Dr Holmes showed me the food bank schedule, the church garden behind Greater New Hope, and the blood pressure cuff loan program run by the public library.

The clinical content was also humbling: I saw sickle cell disease, untreated hepatitis C, and a man with a classic Janeway lesion whose endocarditis had been missed twice elsewhere. Duke criteria in real life, not on a flashcard.

**Now what?** I am writing a one-page "what's actually available" sheet for each clinic town we cover, and I've learned to ask "Where do you shop?" and "How do you get to the pharmacy?" as routinely as I ask about chest pain. I will take that question back to Chicago with me.
`,
  },
  {
    id: "us-free-009",
    setting: "small-town hospital",
    role: "family physician",
    text: `
Sugaring season in Lamoille County, Vermont, and our inpatient list at the local hospital is short but complicated. ⟦NAME|Mr Ephraim Leduc⟧, ⟦AGE|aged 97⟧, still taps four hundred maples with his nephew and was admitted to ⟦FACILITY_ROOM|Room 14 at Copley Hospital⟧ after a fall in the sugarhouse, with a hip fracture and a sodium of 121.

He has a healthcare proxy, his nephew, and very clear wishes: no ventilator, no ICU, "and for God's sake no nursing home". The orthopedic surgeon, Dr Chen, thought surgery was still his best chance of walking again, and he agreed to it once we promised he would be home by the end of the boil.

What moved me was the conversation on the ward, not the surgery. His nephew brought in a jar of the first run, Grade A Golden, and put it on the bedside table like a votive. We talked about what a "good outcome" meant to him. It was not survival. It was seeing the sap run one more spring.

He did well. Spinal anesthesia, early mobilization, sodium back to 133 with fluid restriction. I learned more from that admission about goals-of-care conversations than from any of the serious illness conversation guides, though the Ariadne Labs framework did help me structure it.
`,
  },
  {
    id: "us-comment-010",
    setting: "patient portal",
    role: "family physician",
    text: `
Really important post. Small thing: you mention ⟦NAME|Rosalinda⟧ by name and the pump serial, and the IP traces to the only high school in town, so anyone local could work out who she is. Could you edit to "a patient in her sixties" and drop the numbers? Otherwise agree completely about proxy access. — Mike, FM, Amarillo
`,
  },
  {
    id: "us-free-011",
    setting: "rural training track",
    role: "family medicine resident",
    text: `
Reflections after my first year on the rural training track in western Nebraska. I grew up in suburban Omaha. I had never seen a combine up close, a cattle auction, or a volunteer fire department fish fry.

What I've learned, in no particular order:

1. Continuity is real here. I have delivered a baby, done her two-month vaccines and treated her grandfather's gout, all in the same family and all in eleven months.
2. The scope is wide. In one week I did a colposcopy, reduced a shoulder in the ER, read my own chest films and ran a code on a patient in VF until the helicopter got in.
3. Everyone knows everyone, including me. The checkout lady at the grocery store asked how my boards went. (I passed, thanks Linda.)
4. Mentorship matters more than facilities. Dr Karen Ostrander taught me how to do an ultrasound-guided nerve block at 2am with one nurse and a YouTube video as backup.
5. I can live without a Trader Joe's.

I signed on for the third year here and I'm thinking about staying. The AAFP rural health data from 2022 shows that residents who train rurally are two to three times more likely to practice rurally. I think I'm going to be one of the statistics.
`,
  },
];
