import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Kenya, South Africa, Ghana. */
export const AFRICA: SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "paediatric palliative care",
    role: "paediatric palliative care nurse",
    text: `Children's palliative care round, Eldoret. I want to write about ⟦NAME|Chebet⟧ before the details fade.

She is six, with a relapsed Wilms tumour, and she has been on ⟦FACILITY_ROOM|Bed 9 of the paediatric oncology ward at Moi Teaching and Referral Hospital⟧ for most of this term. Her mother, ⟦NAME|Mama Chebet⟧ — everyone calls her that — sells vegetables at the market and has sold most of their goats for the treatment. The new SHA number, ⟦ID|SHA-2024-7730918⟧, should have covered more than it did; the family's contributions had lapsed during the changeover from NHIF.

Today the oncology team and our palliative team met with the mother and told her that more chemotherapy would not cure ⟦NAME|Chebet⟧. The doctor, Dr. Kiprono, did most of the talking. I sat next to the mother and held the jug of water. She asked whether ⟦NAME|Chebet⟧ could go home to the farm. She wants her to see the cows.

We sent them home with oral morphine, a schedule written in Kalenjin by our interpreter, laxatives, and the mobile number of our team. The mother gave us hers, ⟦PHONE|+254 722 555 318⟧, and said, "Call me when she is gone, or I will call you."

What I'm learning: in Kenya, children's palliative care is mostly about making home possible. We have the morphine now, which we didn't ten years ago, thanks to the Kenya Hospices and Palliative Care Association and a lot of stubborn nurses. What we don't have is enough people to visit.`,
  },
  {
    id: "ke-what-002",
    setting: "community mental health",
    role: "mental health nurse",
    text: `What? I'm a psychiatric nurse in Nairobi, and this year our county trained twenty community health promoters to deliver a brief talking therapy for depression, based on the Friendship Bench model from Zimbabwe. I supervise five of them. This week one of them, Mary, told me she'd seen a woman who talked about ending her life, and she'd panicked and run to find me.

So what? Mary did exactly the right thing, and she felt she'd failed. Task-sharing works — Dixon Chibanda's trial in JAMA (2016) showed it — but the research papers don't describe the fear of the lay worker when the conversation suddenly becomes dangerous. Supervision isn't a nice extra, it's the safety net. The Kenya Mental Health (Amendment) Act of 2022 and the national policy both talk about community-based care, but neither says much about who supports the supporters.

I also noticed my own habit of taking over. When Mary called me, I went straight to the woman, did the risk assessment, and sent Mary back to the queue. Afterwards I realised that I'd taught Mary that the hard cases belong to nurses.

Now what? From next week, when a promoter flags risk, we'll do the assessment together, with her leading and me supporting. I'm writing a one-page "what to do if someone talks about suicide" card in Swahili and English with Dr. Wambui, our county mental health coordinator. And we'll have a group debrief for the promoters every Friday, tea provided.`,
  },
  {
    id: "ke-comment-003",
    setting: "community mental health",
    role: "psychologist",
    text: `@nurse_wanjiru@mastodon.africa "who supports the supporters" — this is the question. In Kisumu we do weekly group supervision by phone for our lay counsellors and it has halved the drop-out. The StrongMinds and Friendship Bench manuals both have supervision chapters: https://www.friendshipbenchzimbabwe.org #GlobalMentalHealth #TaskSharing #Kenya`,
  },
  {
    id: "ke-gibbs-004",
    setting: "refugee health",
    role: "clinical officer",
    text: `Description. I'm a clinical officer with an NGO in Kakuma. On ⟦DATE|2 July⟧ a South Sudanese mother brought her 14-month-old son, ⟦NAME|Deng Chol⟧, to the outpatient therapeutic programme. MUAC 10.9 cm, bilateral pitting oedema of the feet, a cough. They live in ⟦LOCATION|Kakuma 4, Zone 2, Block 11, the shelter with the green tarpaulin behind the water point⟧. His UNHCR individual number is ⟦ID|KAK-24C08917⟧, written on the ration card she carries with her.

Feelings. I was frustrated. It was his second admission. He'd been discharged cured eight weeks before.

Evaluation. The RUTF treatment had worked the first time. What hadn't worked was everything after: the family's food ration had been cut when WFP funding fell, and the RUTF sachets were being shared with his three older siblings.

Analysis. The WHO 2023 guideline on wasting and nutritional oedema talks about treating the family and the context, not just the child. My supervisor, Dr. Achieng, said, "Sharing isn't non-compliance, it's a mother feeding four children with rations for one." I'd written "non-compliant" in his file the first time.

Conclusion. I need to stop writing "non-compliant" when I mean "poor."

Action plan. Admit him to the stabilisation centre because of the oedema. Refer the family to the blanket supplementary feeding programme for the siblings. Link with the protection team about the ration cut. And change my own notes: describe what happened, not a judgement.`,
  },
  {
    id: "za-free-005",
    setting: "addiction services",
    role: "family medicine registrar",
    text: `Community health centre, Cape Flats. Notes for my portfolio.

⟦NAME|Ashwin Fredericks⟧ is 38, on TB treatment for the second time, HIV positive, and smokes tik (crystal meth) most days. I know his ID number, ⟦ID|${saId("870415521308")}⟧, by heart now because it's the only thing the pharmacy computer will accept when his clinic card goes missing, which is every second visit. He lives with his mother at ⟦ADDRESS|41 Kommetjie Road, Manenberg, 7764⟧, and she is the one who phones me when he doesn't come in.

On Monday he didn't come for his TB tablets for the fourth time this month. The community health worker, auntie Faldela, went to the house. He was asleep after a three-day binge. She woke him, gave him his tablets and a sandwich, and sat with him until he'd swallowed both.

I've been reading about harm reduction for methamphetamine and there isn't much. There's no substitution treatment like methadone. What there is: contingency management, the Matrix model, and people like Faldela. The TB programme's directly observed therapy was designed for people who come to the clinic. ⟦NAME|Ashwin⟧ needs a clinic that comes to him.

My supervisor, Dr. Mash, says this is the essence of family medicine in South Africa: we don't choose which problem to treat first, we treat the person who has all of them. I'm going to propose that we move his DOT to home visits by the CHW, and refer him to the harm reduction project at the university. We'll see.`,
  },
  {
    id: "za-what-006",
    setting: "hospice",
    role: "hospice nurse",
    text: `What? Home-based palliative care in Soweto, my tenth year as a hospice nurse. Today I went with a new nursing student, Thandeka, to visit an older man dying of prostate cancer. His pain was controlled on slow-release morphine 30 mg twice a day. His family wanted to take him to a sangoma because his ancestors "were unhappy."

So what? Thandeka was shocked. She whispered to me in the car that we should have told the family that traditional healing doesn't work. I had to think about how to answer her. I said: our job is to make sure he is comfortable and that the family know what to expect. If the sangoma brings peace to the family, that is not our enemy. If the sangoma gives him something that makes him vomit, that is a problem, and we can talk about it.

The South African palliative care policy framework of 2017 talks about culturally appropriate care, but it doesn't tell you what to do in the car with a student who has just had her worldview shaken. Ubuntu — I am because we are — is the closest thing I have to a method.

Now what? Next week Thandeka will lead the conversation with the family, with me beside her. I'll give her the Hospice Palliative Care Association's short course materials on cultural care, and ask her to write a reflection. And I'll ask the family, gently, what the sangoma has given him, so our morphine and his medicine don't fight each other.`,
  },
  {
    id: "za-free-007",
    setting: "child development",
    role: "occupational therapy student",
    text: `My community OT placement is in a township outside Pietermaritzburg, at a day centre for children with disabilities. Most of the children have cerebral palsy, and many had no diagnosis at all before coming here.

One boy, ⟦NAME|Sipho Ndlovu⟧, is seven and autistic. He doesn't speak but he lines up bottle caps by colour with astonishing accuracy. His mother, ⟦NAME|Nomvula⟧, started a crowdfunding page for a tablet with an AAC app, ⟦URL|https://www.backabuddy.co.za/campaign/a-voice-for-sipho⟧, and asked my supervisor whether the centre could write a letter for it. She also asked for the letter to be emailed to her at ⟦EMAIL|nomvulandlovu.pmb@gmail.com⟧ because she only checks WhatsApp on Sundays when her data bundle allows.

The app would be a huge help. But I noticed that the page has his full name, photos of him at the centre with other children in the background, and his diagnosis.

I raised it with my supervisor, Ms. Pillay. She said what I'd hoped: we support the family, we write the letter, and we also gently help them think about what they've put online. Many parents don't know that the other children's parents didn't consent to being in photos.

What I'm learning is that the disability grant and the care dependency grant don't cover assistive technology, and crowdfunding fills the gap. It's not ideal, but it's what families have. We started ⟦NAME|Sipho⟧ on a low-tech picture board while we wait. He used it to ask for the red cap.`,
  },
  {
    id: "za-gibbs-008",
    setting: "rural family medicine",
    role: "family medicine registrar",
    text: `Description. Rural family medicine rotation in northern KwaZulu-Natal. I joined a ward-based outreach team — a nurse and four community health workers — for a day of household visits. We saw thirteen households, mostly older people with hypertension and diabetes, two children behind on immunisations, and one young woman who'd defaulted on ART.

Feelings. Humbled. The CHWs knew every household. I knew the guidelines.

Evaluation. What went well: the CHWs' relationships; a grandmother whose BP was 210/120 agreed to come to clinic only because her CHW, Zanele, asked her to. What went badly: I tried to do a full medical history in a household with no privacy and four grandchildren, and the young woman on ART told us nothing.

Analysis. Community-oriented primary care, as described by Sidney and Emily Kark at Pholela in the 1940s, is exactly this: a health team responsible for a defined population, in their homes. Re-engineered PHC in 2011 brought it back. The academic literature loves it. In practice, the CHWs are underpaid, and privacy is a real barrier to HIV conversations at home.

Conclusion. The household visit is for relationships and for finding people; the clinic is for the private conversations.

Action plan. Next time, ask the CHW how to approach sensitive topics before going in. Offer a private clinic appointment for anything about HIV or mental health. Write to our district manager about CHW stipends, even though I know it's not in my power to change.`,
  },
  {
    id: "gh-free-009",
    setting: "community mental health",
    role: "community psychiatric nurse",
    text: `Community psychiatric nursing, Eastern Region. I need to write about ⟦NAME|Opanin Kwabena Asare⟧.

He is in his eighties, a retired cocoa farmer with what looks like Alzheimer's dementia, and his family had chained him to a mango tree behind the house because he kept wandering onto the main road. We were called by the assemblyman of ⟦LOCATION|Asiakwa, the compound behind the Presbyterian school⟧. The family were not cruel. They were exhausted and scared. His daughter, ⟦NAME|Akua⟧, cried and said, "What else could we do? He nearly went under a trotro."

We unchained him with the family's agreement. He was dehydrated, with a sore on his ankle from the chain. His Ghana Card, ⟦ID|GHA-718204556-3⟧, was in his shirt pocket so that "if he is lost, someone will bring him back."

Ghana's Mental Health Act, 2012, bans chaining, and the Mental Health Authority has been working with prayer camps on it for years. But this was a family compound, not a prayer camp, and nobody had ever told the family that his forgetting was an illness and not a spirit.

Our plan: a safe room with a latch the family can open, a neighbour rota, a referral to the district hospital for a proper diagnosis, and me coming back every two weeks. Dr. Osei, our regional psychiatrist, wants us to document cases like this for the authority. I'll do that. I'll also go back for the ankle.`,
  },
  {
    id: "gh-what-010",
    setting: "neonatal care",
    role: "midwife",
    text: `What? I'm a midwife in a district hospital in the Northern Region. For the past year we've been running a kangaroo mother care unit: six beds, a curtain, and a lot of determination. This month we had our first set of twins born at 31 weeks stay entirely in KMC from day two until discharge.

So what? I learned more from watching the grandmothers than from any training. In our culture the grandmother is often the one who carries the new baby, and I'd been treating her as a visitor. When we started including the grandmothers in KMC — teaching them to wrap the babies and take turns with the mother — the mother slept more, her milk came in better, and the twins gained weight faster.

WHO and the Ghana Health Service both recommend KMC for babies under 2,000 g. The guidelines say "mother" and sometimes "family member." My matron, Madam Abena, said, "Write 'family' in big letters." She also reminded me that the first KMC units in Ghana were started in the big teaching hospitals years ago by people who were told it wouldn't work.

Now what? We're going to write a simple guide, in Dagbani and English, for grandmothers and fathers doing KMC. I'll record weights and temperatures to show the effect to the district health directorate. And I want to visit a bigger KMC unit to learn how they manage the nights.`,
  },
  {
    id: "gh-comment-011",
    setting: "community mental health",
    role: "psychiatry resident",
    text: `@cpn_efua@mastodon.africa thank you for writing this. One thing: with the village, the school and his full name, anyone from ⟦LOCATION|Asiakwa⟧ will know it's ⟦NAME|Opanin Kwabena⟧ — maybe anonymise before the MHA report. The dementia-as-spirit belief is everywhere; Alzheimer's Ghana has leaflets in Twi that might help the family. #GlobalMentalHealth #Ghana #BreakTheChains`,
  },
];
