import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "homeless men's hostel",
    role: "GP registrar",
    text: `
I do a Monday clinic at ⟦FACILITY_ROOM|the Matthew Talbot⟧. ⟦NAME|Col⟧ (⟦NAME|Colin Pritchard⟧ on his Medicare card, ⟦ID|${medicare("2953 1748", 2)}⟧) has been coming for three years. This week he asked me to fill out his Centrelink medical certificate, then asked, almost as an afterthought, whether the lump in his neck "was anything".

It was a hard, fixed, 3 cm node. Smoker since twelve. I examined his mouth and found the ulcer on the lateral tongue that he had been ignoring for months.

He did not want to go for a scan. He wanted his certificate. We compromised: I did the certificate, and he agreed to come back the next day with the outreach nurse, Bronwyn, who would take him to the appointment herself. She did. It is a squamous cell carcinoma, and he is in the system now.

Hostel medicine is full of afterthoughts. The reason for the visit is almost never the reason. My supervisor, Dr. Hamish Leung, says to leave the last five minutes empty for the thing people mention with their hand on the door handle. I am learning to.
`,
  },
  {
    id: "au-what-002",
    setting: "Aboriginal community controlled health",
    role: "medical student",
    text: `
**What?** My rural and remote placement was actually urban: an Aboriginal community controlled health service in western Sydney. I was surprised by how much time went on things I did not think of as medicine: transport, paperwork for the NDIS, phone credit, a food voucher.

**So what?** The Aboriginal health workers, like Uncle Dennis, who is a staff member and has worked there for twenty years, decide what happens. The doctors are consultants to them, not the other way around. I had read about self-determination in my Indigenous health unit. Here it was an operating model. The 715 health check is the service's bread and butter, and it is a conversation as much as a checklist.

**Now what?** I want to understand Closing the Gap targets better, and what the data say about life expectancy in cities compared with remote communities. I also want to unlearn the habit of asking "what's the problem today?" Dr. Kirsty Walsh, the GP supervising me, never asks that. She asks "how's family?" and waits.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "town camp health",
    role: "remote area nurse",
    text: `
**Description:** In Mparntwe I do home visits to the town camps. ⟦NAME|Aunty Rosie⟧ at ⟦LOCATION|Hidden Valley, the house with the green water tank⟧ has end-stage kidney disease and dialyses three days a week. She had missed two sessions. Her niece rang me from ⟦PHONE|0491 570 316⟧ to say the bus had not come.

**Feelings:** Worry, because she was short of breath and her potassium last time was 6.1.

**Evaluation:** I took her in myself. Her potassium was 6.8. She was dialysed that afternoon.

**Analysis:** Dialysis in Central Australia means relocating from Country, often permanently. ⟦NAME|Aunty Rosie⟧ came to Mparntwe from a community five hundred kilometres away. Missing sessions is not noncompliance. It is a transport system that fails, and family business that calls. Purple House runs remote dialysis so people can go home. Not everyone gets a chair there.

**Conclusion:** "Missed dialysis" on the list is a failure of the bus, not of the patient.

**Action plan:** I talked with Dr. Priya Nair, the renal physician, about a backup transport plan for people who miss the bus.
`,
  },
  {
    id: "au-free-004",
    setting: "immigration detention",
    role: "psychiatrist",
    text: `
I visit ⟦FACILITY_ROOM|the Villawood detention centre⟧ once a month for assessments. A man from Sri Lanka who came by boat in 2013 was referred for a depression review. Everyone, including the staff, refers to him by his boat ID, ⟦ID|NAR-117⟧, which he told me is what the guards call out. I asked his name. ⟦NAME|Suthan⟧. Nobody had used it in his notes for months.

He has been detained for years. He is not depressed in the way my textbooks mean. He is in despair that has a cause, and the cause is not in his brain.

What can a psychiatrist do in detention? The Royal Australian and New Zealand College of Psychiatrists has said clearly that prolonged detention causes harm. I can document. I can prescribe sertraline. I can write a letter that says the environment is the illness, which is the letter I wrote on ⟦DATE|14 August⟧, and which I expect will go into a file.

I am writing this reflection to keep myself honest. The temptation in this work is to medicalise a political problem because medicine is what I have. The first useful thing I did was call him by his name.

I have thought since about what else I can do without pretending to be neutral. Doctors in detention work inside a contract. The contract pays for assessments, prescriptions and referrals, and it does not pay for advocacy. But the Medical Board's code of conduct says our first concern is the patient, and I cannot square that with writing "adjustment disorder" in a file and leaving.

So I have made three rules for myself. I write what I see, including the cause, every time, in plain words. I send a copy of every letter to the patient's lawyer, with his consent. And I say his name aloud at the start of each visit, so that at least one person in the building does.

My supervisor from training, Dr. Ruth Abernethy, once told me that psychiatry is the specialty that listens to people nobody else wants to hear. She meant patients with psychosis. I think she would include ⟦NAME|Suthan⟧.
`,
  },
  {
    id: "au-comment-005",
    setting: "street medicine",
    role: "outreach worker",
    text: `
Yeah I reckon I know him. If it's the same bloke who does the sketches outside Central station, he posts them as ⟦OTHER|@col_draws_the_loo⟧ and his cousin reposts them. Good bloke. Glad he's getting the lump sorted, he's been saying "it's nothing" for a year.
`,
  },
  {
    id: "au-what-006",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
**What?** Our pharmacy in Melbourne's north packs dose administration aids for about sixty people, including a dozen who are homeless or in rooming houses. This week one man's pack went missing twice. Stolen, he said. My first thought was diversion: quetiapine and pregabalin are both on his list.

**So what?** I asked, and it turned out the rooming house had no lockable storage. The pack sat on his bed. Others knew what was in it. Diversion was happening, but not by him. He was the victim of it. My assumption almost made me cut him off.

**Now what?** We moved him to daily pick-up for the pregabalin, with his agreement, and weekly for the rest, and his support worker, Ahmed, got him a small lockbox through the housing program. I have also talked to our pharmacist-in-charge, Michelle, about the Pharmaceutical Society of Australia's guidance on dose administration aids for people in unstable housing. We need a question on the intake form: "Where will you keep this?"
`,
  },
  {
    id: "au-free-007",
    setting: "living in vehicles",
    role: "sleep physician",
    text: `
A man in his sixties came to our sleep clinic in Brisbane with severe obstructive sleep apnoea, AHI 58. He had been issued a CPAP machine years ago, serial ⟦DEVICE|DA21-0477519⟧ on our loan register, and said it "did not work anymore".

It did work. It needed power. He was sleeping in his ute, a white Hilux, ⟦OTHER|QLD 472 KJX⟧, in a car park near the river, since the marriage ended and the rent went up. ⟦NAME|Graham⟧ apologised for this as if it were his fault.

We talked about a 12-volt adapter and a battery pack, which the clinic's social worker, Leanne, found through a charity. We also talked about housing, which is above my pay grade but not above my concern.

Sleep medicine assumes a bedroom. The guidelines talk about humidifiers and mask fitting. They do not mention ventilation in a car cabin in January.

I want our clinic to ask, routinely, "where do you sleep?" before we ask "how do you sleep?". It would have saved this man three years.
`,
  },
  {
    id: "au-free-008",
    setting: "refugee health",
    role: "refugee health nurse",
    text: `
Our refugee health program in Western Sydney does an initial health assessment for new arrivals. Today a family of six from Afghanistan: the father with untreated hypertension, the mother with vitamin D of 12, the children with incomplete immunisations, and the grandmother with diabetes diagnosed in a camp and never reviewed.

Everything on the list is fixable. The hardest part of the day was the end. The mother asked, through the Dari interpreter, whether she could bring her sister. The sister is still in Pakistan.

I do not have an answer for that, and nobody in health does. I referred the family to the settlement service and to the torture and trauma service, STARTTS. I documented what I could.

I have worked here three years. The diseases are mostly ordinary. The stories are not. My manager, Catherine, says it's important to keep a boundary, and I agree, but I also want to keep being moved. The day I stop being moved, I should probably stop doing this job.
`,
  },
  {
    id: "au-free-010",
    setting: "street medicine",
    role: "Aboriginal health practitioner",
    text: `
Quick one from the Darwin outreach run. Found ⟦NAME|Jimmy Tjapaltjarri⟧ in ⟦LOCATION|the long grass behind the Mindil Beach car park, near the big banyan⟧, feet cracked and bleeding from the wet. Dressed them, gave him thongs and socks. His sister wants a call back on ⟦PHONE|0491 570 882⟧ when he's in town for the clinic on ⟦DATE|Thursday the 9th⟧.

Note for the team: he won't go inside. Don't offer the hostel again, it just shames him. Bring the dressing kit to him.
`,
  },
  {
    id: "au-gibbs-009",
    setting: "women's homelessness",
    role: "social worker",
    text: `
**Description:** I work at a women's day centre in Adelaide. A woman in her fifties, newly homeless after leaving a violent partner, came in for a shower and to charge her phone. Older women are the fastest growing group of people experiencing homelessness in Australia.

**Feelings:** Recognition. She could have been my aunt.

**Evaluation:** We did not do a needs assessment that day. She wanted a shower and a cup of tea, and we gave her both. She came back the next day and the assessment happened then.

**Analysis:** My supervisor, Jenny, says we must let people arrive before we ask them to explain themselves. In domestic violence work, safety planning comes first, but the relationship comes before the plan.

**Conclusion:** Sometimes the intervention is hot water.

**Action plan:** Talk to our manager about flexible intake, so that a first visit can be nothing more than a shower, with no forms and no paperwork.
`,
  },
];
