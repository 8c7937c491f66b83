import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: flying doctors, remote area nursing, Aboriginal community-controlled health, the Torres Strait, rural GP. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "aeromedical retrieval",
    role: "flight nurse",
    text: `
Flight nurse, Broken Hill base. Wednesday's first job was a primary retrieval from a station out past the Queensland border: ⟦NAME|Mr Col Fairweather⟧, 78, known to us, with a dual-chamber pacemaker (serial ⟦DEVICE|PJN618204S⟧) and a history of complete heart block. His wife ⟦NAME|June⟧ rang the clinic line to say he'd gone "grey and floppy" in the shearing shed.

We landed on the station's dirt strip at ⟦LOCATION|Tibooburra Downs, the homestead with the red water tank past the Warri Gate turn-off⟧, forty minutes after the call. He had a rate of 34, BP 70 systolic, and the pacemaker check with our programmer showed lead failure. I put the pads on and we transcutaneously paced him in the back of a Toyota, ⟦NAME|June⟧ holding the torch.

Paperwork in these situations is always an afterthought, but she had his Medicare card ready on the kitchen table (⟦ID|${medicare("2953 1184", 2)}⟧) which made the handover to Adelaide much easier. He was in the cath lab that evening and had a new lead by ⟦DATE|Melbourne Cup day⟧, which he said was the only reason he'd agreed to go.

What I want to reflect on: I nearly didn't bring the pacing pads because the initial triage said "syncope, probably heat". Our doctor, Sam, said "bring everything, it's two hours to anywhere". She was right. Out here the triage conversation is the whole assessment, and under-packing is a bigger risk than over-packing.

I've updated our syncope kit list, and I'm presenting this at our next clinical governance meeting.
`,
  },
  {
    id: "au-what-002",
    setting: "aboriginal community controlled health",
    role: "gp registrar",
    text: `
What? My first term as a GP registrar at an Aboriginal community-controlled health service in the Kimberley. Much of my work is rheumatic heart disease: monthly benzathine penicillin injections, 1.2 million units IM every 28 days, for kids and young adults. Our Aboriginal Health Practitioner, Daisy, runs the RHD register and knows every family.

So what? I came in thinking adherence was about education. Daisy showed me it's about pain, trust and logistics. The needles hurt, so she uses lignocaine in the syringe (as the 2020 RHD Australia guideline allows) and an ice pack, and she schedules injections around funerals, sorry business and footy carnivals. She speaks Kriol to the kids and they laugh with her. I couldn't do half of what she does.

Now what? I want to stop thinking of myself as the clinician and Daisy as the helper. She is the clinician for most of what matters in RHD. I'm going to ask her to teach me the family trees (the kinship system matters for who can talk to whom), learn some Kriol, and make sure our practice manager recognises her work in the funding reports, because Aboriginal Health Practitioners are underpaid for the load they carry.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Description: Remote area nurse in a community in Central Australia, my third contract. On a Friday night ⟦NAME|Aunty Rosie Nampijinpa⟧ came to the clinic with her grandson. He had a deep laceration on his forearm from a fall on corrugated iron. The grandson is ⟦OTHER|the ranger who drives the only green troop carrier in the community⟧, so everyone knew within minutes that he was hurt and half the community turned up at the clinic.

Feelings: Overwhelmed. I was the only nurse on call and the generator had been playing up.

Evaluation: I cleaned and sutured the wound after a telehealth call with the district medical officer in Alice Springs. ⟦NAME|Aunty Rosie⟧ stayed with him and spoke in Warlpiri to calm him. The crowd outside was actually helpful; they held torches when the power dropped.

Analysis: In a small community, privacy works differently. Everyone knew who was hurt, and everyone wanted to help. ⟦NAME|Aunty Rosie⟧ gave me her mobile in case he got a fever (⟦PHONE|0491 570 156⟧), because the clinic phone is often down. I learned that the community isn't an obstacle to care. Here, it is part of it.

Conclusion: The wound healed well. He was back in the troop carrier within a week.

Action plan: Ask the clinic manager about a backup power source; learn more Warlpiri phrases; accept help from the community instead of trying to do everything alone.
`,
  },
  {
    id: "au-comment-004",
    setting: "aboriginal community controlled health",
    role: "aboriginal health practitioner",
    text: `
Good to see a registrar write this. We've been saying it for years. The register only works because the families trust the person holding it. If you want to learn the kinship, sit with the old people and listen first, don't bring a notebook the first few times. And make sure you come to the footy carnival next year.
`,
  },
  {
    id: "au-free-005",
    setting: "rural general practice",
    role: "gp registrar",
    text: `
Fourth year of drought in the Central West of New South Wales, and the mental health load in my rural GP practice is heavy. This week three farmers came in, each with a physical complaint (back pain, insomnia, "just tired") and each, when I asked the PHQ-9, scoring above 15.

One of them said, "Doc, I don't want tablets, I want rain." I didn't have rain. I offered sertraline and a referral to the rural mental health service, which has a six-week wait. He took the referral, not the tablets.

What I keep coming back to is how the usual model breaks down here. These men won't go to a psychologist in Dubbo because their ute will be seen in the car park. Telehealth helps, but the internet at their properties is patchy. The Black Dog Institute's resources are great, but they assume a level of trust in "the system" that isn't always there.

What helps most, I've noticed, is continuity: seeing the same GP every time. And the local Country Women's Association, who are quietly running casserole drops to families who've gone quiet.

I'm going to do the Mental Health First Aid instructor course so I can run sessions for the local Lions Club and the footy club, and I'm going to ask the practice to protect longer appointments for farmers during harvest (or what's left of it).
`,
  },
  {
    id: "au-what-006",
    setting: "telemedicine",
    role: "diabetes educator",
    text: `
What? Telehealth diabetes clinic for the outer islands of the Torres Strait, run from Cairns. My patient, ⟦NAME|Mr Tom Nona⟧, 58, on insulin glargine, joined from his niece's laptop. The connection kept dropping, and our IT team traced the problem to his end (⟦IP|203.0.113.74⟧ on the island's shared network). His niece ⟦NAME|Milly⟧ held the glucometer up to the camera so I could read the downloads: fasting sugars of 14 to 18 every day.

So what? He'd been keeping his insulin on the windowsill in 35-degree heat because the fridge was full of crayfish for the family's tombstone opening. The insulin was almost certainly denatured. ⟦NAME|Mr Nona⟧ laughed when I asked, then went quiet. "Island way," he said. "Family first."

Now what? We sent a cooling wallet with the next plane and arranged for the health centre nurse to check his pen technique in person. I've realised that telehealth can't see the fridge. I'm going to add a simple question to our telehealth template, "Where do you keep your insulin? Show me", and I want to ask our Torres Strait Islander health worker, Aunty Sarah, to co-design it so it makes sense on the islands. I've also put in a request to the IT team for a better video platform for low-bandwidth connections.
`,
  },
  {
    id: "au-free-007",
    setting: "prison health",
    role: "prison nurse",
    text: `
I've been a nurse in a regional correctional centre in Queensland for two years. This week I want to write about hepatitis C, because prison is where we're winning.

With the direct-acting antivirals on the PBS since 2016, we can treat almost everyone: sofosbuvir-velpatasvir, one tablet a day for twelve weeks, cure rates over 95%. In prison we have a captive audience (literally), and we can watch people take their tablets. This year we've treated more than eighty men.

What surprised me is how much the men want it. One told me, "I've had this bug since I was sixteen, I thought it was just part of me." When his SVR12 came back negative, he cried. Another man is now a peer educator on his unit, telling the new arrivals to get tested.

The hard part is reinfection: the shared equipment, tattooing with biros and guitar strings. We give out information on safer tattooing, but we can't give out needles. The evidence from prison needle exchange programs overseas is strong, and I think Australia's policy is behind.

I'm going to write to our health service's executive with the data on our treatment numbers and the reinfection rate, and I'd like to present at the next Australasian hepatology nurses' conference.
`,
  },
  {
    id: "au-gibbs-008",
    setting: "hospice at home",
    role: "palliative care nurse",
    text: `
Description: I'm a community palliative care nurse in north-west Tasmania. Last week I supported a man in his eighties with motor neurone disease to die at home, as he wished. He had a PEG, non-invasive ventilation at night, and a wife who'd been his carer for three years.

Feelings: Privileged, and exhausted.

Evaluation: We managed his breathlessness with low-dose morphine and midazolam via a syringe driver, and the NIV was withdrawn on the last day at his request, with his GP and me present. It was peaceful.

Analysis: The Voluntary Assisted Dying Act came into force here in 2022, and he had asked about it early on but decided against it. I noticed how much I had worried, over those months, that I would say the wrong thing when he raised it. In the end he wanted to talk about his grandchildren and his garden, not the law. I had prepared for the wrong conversation.

I also reflected on how much the wife did, and how little support carers get. She hadn't slept through the night in months. Our respite options in rural areas are almost non-existent.

Conclusion: A good death at home is possible, but it rests on an exhausted family.

Action plan: Advocate for rural respite funding in our team's submission to the state palliative care strategy; attend the Palliative Care Australia webinar on carer support; check in on the wife at six weeks, as our bereavement protocol says.
`,
  },
  {
    id: "au-comment-009",
    setting: "aeromedical retrieval",
    role: "retrieval doctor",
    text: `
Great case, and the kit lesson is spot on. Small thing: you've put ⟦NAME|Col⟧'s full name, the station and his Medicare number in a post. Out there everyone knows whose property has the red tank. I'd strip it back to "a station in the far west" before it goes on the training blog.
`,
  },
];
