import { ohip } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";
import { personnummer, ppsn } from "../gen.ts";

/** Canada, Ireland, Germany, Sweden. */
export const AMERICAS_EUROPE: SourceItem[] = [
  {
    id: "ca-free-001",
    setting: "remote primary care",
    role: "family medicine resident",
    text: `Fly-in clinic, week two. Writing this in the nursing station while the plane waits for the fog to lift.

⟦NAME|Elder Nancy Kakegamic⟧ came in this morning for her INR and stayed two hours. She's in her eighties, on warfarin for atrial fibrillation, and she lives at ⟦LOCATION|Bearskin Lake, the yellow house past the band office⟧. She was born in a trapline camp and went to residential school at seven. She told me about both without being asked, while I was trying to find the INR machine's test strips.

Her health card, ⟦ID|${ohip("6148-902-35")}⟧, was in a Ziploc bag with her grandchildren's school photos. Her INR was 4.6. We held a dose and I phoned the pharmacist in Sioux Lookout, which took forty minutes because the line kept dropping.

The nurse in charge, Carla, has been here nine years. She says the doctors come and go every two weeks and the Elders have stopped learning our names. I understand why. I'm here until October 17 and then I go back to Toronto.

What I'm thinking about: continuity of care in fly-in communities is provided by nurses, community health representatives and families, not by us. The TRC's Calls to Action, especially 18 to 24, ask us to recognise the harm the health system has done and to support Indigenous healing practices. Today that meant listening to the residential school story instead of rushing to the INR, which I'm not sure I'd have done in first year.

Plan: INR recheck Friday, warfarin dose written in syllabics by the translator, and a visit to her home next week if the weather holds.`,
  },
  {
    id: "ca-what-002",
    setting: "geriatric psychiatry",
    role: "psychiatry resident",
    text: `What? Geriatric psychiatry in Montreal, PGY-4. An 81-year-old man with moderate depression and early vascular dementia asked his family doctor about medical assistance in dying, and the family doctor referred him to us for a capacity assessment. My supervisor, Dr. Lévesque, asked me to lead.

So what? I realised I'd walked in assuming the request was a symptom of depression and that my job was to find the depression. That's partly true — his GDS was 9 out of 15 and he'd stopped going to the Legion — but he also had clear, consistent reasons, which he'd held since before his wife died. Bill C-7 (2021) created the Track 2 pathway for people whose natural death isn't reasonably foreseeable, and the 2027 date for mental illness as a sole condition has been pushed back again. None of that is on the Royal College exam in any real depth.

Dr. Lévesque made me separate two questions: Is he capable of making this decision? Is his depression treatable, and has he been offered treatment? The second question isn't a barrier to the first, but it matters ethically, and it matters to him.

Now what? We offered him sertraline and a psychotherapy group, which he accepted "as long as it doesn't mean I've changed my mind." We documented capacity carefully. I'm reading the CAMAP guidance on assessing capacity and the Quebec end-of-life care act. And I'm bringing this to our ethics rounds, because I think my initial assumption is one a lot of trainees make.`,
  },
  {
    id: "ca-free-003",
    setting: "paediatric palliative care",
    role: "paediatric palliative care fellow",
    text: `Notes from the children's hospice, for the fellowship learning portfolio.

⟦NAME|Maëlle Tremblay⟧ is four and has spinal muscular atrophy type 1, diagnosed before the newborn screening programme reached Quebec. She came to ⟦FACILITY_ROOM|the Maple Room at Maison Rosalie children's hospice⟧ for respite on ⟦DATE|Thanksgiving Monday⟧ and stayed because she got a chest infection. Her parents run an Instagram, ⟦OTHER|@maellesmaplesmiles⟧, with 12,000 followers, and a GoFundMe, ⟦URL|https://www.gofundme.com/f/maelle-sma-breathing-machine⟧, for a home ventilator that the province doesn't cover the way they need.

I found the online presence hard. Every day the mother posted updates about the infection, about the cough assist, about the conversation we'd had about not escalating to intubation. Followers commented with advice. Some of it was dangerous.

Our psychologist, Dr. Anand, helped me see it differently. For this family, the followers are their village. They can't leave the house most days. The account is where people ask how they're doing. My job isn't to police it; it's to make sure the family feel they can tell us things before they post them, and that the decisions we make together stay theirs.

What I learned clinically: nusinersen and risdiplam have changed the outlook for SMA, but not for every child. The Together for Short Lives framework and the CHPCA standards both say families should be partners in advance care planning. ⟦NAME|Maëlle⟧ went home after nine days, on amoxicillin and her cough assist, with a new plan written in her parents' words.`,
  },
  {
    id: "ca-comment-004",
    setting: "geriatric psychiatry",
    role: "geriatric psychiatrist",
    text: `@dr_gabriel@mstdn.ca excellent reflection. Separating capacity from treatability is the single most important step, and you did it. I'd add the CCSMH guideline on late-life depression (2021) to your reading, and the Health Canada Track 2 practice standard. Bring it to ethics rounds for sure. #MAID #GeriatricPsychiatry #MedEd #Quebec`,
  },
  {
    id: "ie-free-005",
    setting: "general practice",
    role: "GP trainee",
    text: `GP training scheme, Galway, year three. A reflection for my ePortfolio on Traveller health.

⟦NAME|Bridget Ward⟧ is 41, a mother of seven, a Traveller woman living at ⟦LOCATION|the halting site on the Tuam Road, bay 4⟧. She came with chest pain, which turned out to be reflux, and a list of five other things, which turned out to be the real visit: her son's asthma, her mother's dementia, her own blood pressure, a letter from the council about the site, and whether I'd sign a form for her medical card renewal. Her PPS number, ⟦ID|${ppsn("8406275", "")}⟧, was on the form. Her GMS card had lapsed on ⟦DATE|31 August⟧ because the renewal letter went to an address she hasn't lived at since the site was moved.

The All-Ireland Traveller Health Study (2010) showed that Traveller life expectancy is more than a decade shorter than the settled population's, and the suicide rate among Traveller men is six to seven times higher. I knew those numbers. What I hadn't grasped was how much of the gap comes from systems built around a fixed address.

My trainer, Dr. Fionnuala Ní Bhriain, told me that the Traveller primary health care projects in the west employ Traveller women as community health workers, and she gave me the number of the local one. She also said, "Don't try to fix five things in ten minutes. Pick one and book her back."

We fixed the medical card form. We booked a double appointment for the rest. I'm going to do the Pavee Point cultural awareness training next month.`,
  },
  {
    id: "ie-gibbs-006",
    setting: "intellectual disability",
    role: "psychiatry of intellectual disability registrar",
    text: `Description. Psychiatry of intellectual disability, Dublin. A woman in her early fifties with Down syndrome was referred by her residential service for "personality change": she'd stopped going to her day service, started crying at night and lost her interest in the Eurovision, which the staff said was unheard of.

Feelings. I was quick to think of Alzheimer's disease, as I'd been taught, and a bit worried that I was being too quick.

Evaluation. My consultant, Dr. Ciara Doyle, who trained with Prof. Mary McCarron's group, made me slow down and do the full work-up: TSH, B12, hearing, vision, a dental review, a check for sleep apnoea, and a depression screen. Her TSH was 11. Her hearing had deteriorated badly. She also had a small abscess under a molar.

Analysis. The IDS-TILDA longitudinal study has taught us that most people with Down syndrome will develop Alzheimer's if they live long enough, which is exactly why diagnostic overshadowing is so dangerous: every change gets put down to dementia. The NICE and Irish guidance say to exclude treatable causes first. Hypothyroidism, hearing loss and pain all present as "personality change" in someone who can't easily describe them.

Conclusion. Rule out the treatable before naming the untreatable.

Action plan. Levothyroxine started by her GP. Audiology and dental referrals. A baseline dementia assessment using the DSQIID, to be repeated yearly. And a conversation with the day service about how to welcome her back, Eurovision playlist included.`,
  },
  {
    id: "ie-what-007",
    setting: "psychiatry of old age",
    role: "community mental health nurse",
    text: `What? I'm a community mental health nurse in the psychiatry of old age team in Cork. On ⟦DATE|Friday 14 February⟧ I visited ⟦NAME|Mrs Noreen Cronin⟧, ⟦AGE|93⟧, at her home at ⟦ADDRESS|Clash Cottage, Ballyhooly, Co. Cork P51 X2T8⟧, because her nephew had phoned us from England, ⟦PHONE|087 555 3391⟧ being the number he left, to say she'd been ringing him at 3am about "the men in the garden."

So what? She was charming, sharp about the past, and frightened about the present. The men in the garden were vivid, detailed and silent, and she knew, on some level, that they weren't real. Her eyesight has been failing for years with macular degeneration. Charles Bonnet syndrome was top of my list; Lewy body dementia was second. Her MoCA was 22/30, with most of the lost points on visual items.

I was tempted to suggest an antipsychotic to her GP because the nephew was so worried. My team lead, Declan, reminded me that antipsychotics in someone who might have Lewy body dementia can be dangerous, and that reassurance and explanation are a real treatment for Charles Bonnet syndrome.

Now what? An urgent ophthalmology review, a call to the Macular Society's support line for her, a joint visit with our consultant to look for other signs of Lewy bodies, and a phone call to the nephew to explain, in plain English, why the best thing for her may be no new medication at all.`,
  },
  {
    id: "de-free-008",
    setting: "refugee health",
    role: "paediatrics resident",
    text: `Sprechstunde in the refugee reception centre, Berlin. I'm a paediatrics resident doing one afternoon a week with a volunteer clinic, and I want to write about ⟦NAME|Rami⟧.

He's eleven, from Aleppo, and came via Türkiye and the Balkan route with his uncle. He has asthma, no inhaler, and a BAMF file number, ⟦ID|7821459-475⟧, which he recited to me before his name because he's been asked for it so many times. They live in ⟦LOCATION|Hangar 3 at the Tempelhof emergency shelter, cubicle 112⟧, with about two hundred other people and one set of showers per row.

His peak flow was 55% of predicted. He'd been coughing every night for a month. The shelter doctor had given him a salbutamol inhaler, but nobody had shown him how to use it; he'd been spraying it into the air and breathing in afterwards, like a perfume.

We did a spacer demonstration with a plastic bottle, in Arabic, with our interpreter, Nour. He got it in two tries. Then he asked me whether I liked Bayern or Dortmund, and whether asthma would stop him being a footballer.

What I keep thinking about: under the Asylum Seekers Benefits Act, children in the first months only have access to "acute" care. The Robert Koch Institute and the paediatric societies have been saying for years that this leaves chronic illness untreated. Asthma in a shelter is chronic illness in a place that makes it acute.

I've written to the shelter's social worker asking for a quieter sleeping space away from the kitchens, and booked him back in two weeks.`,
  },
  {
    id: "de-what-009",
    setting: "palliative care",
    role: "palliative care physician",
    text: `What? I work with a specialist outpatient palliative care team (SAPV) in Munich. This week a new medical student, Jonas, joined me on home visits. On the third visit, an elderly woman with end-stage COPD asked him directly, "Am I dying?" He froze, looked at me, and said, "The doctor will explain."

So what? Afterwards in the car he apologised. I told him it's the most honest question we get and the one we're least trained to answer. The German S3 guideline on palliative care (2020) has a whole chapter on communication, and our medical schools teach SPIKES, but I've never met a student who felt ready.

What I said to him: you don't need to know the prognosis to answer. You can ask what she's noticed. You can say, "I think you're very ill, and I'm worried you may be getting close to the end." You can say you don't know. What you can't do is leave the room.

My own teacher, Prof. Borasio, used to tell us that patients often already know, and what they want is company in knowing. His book on dying, which I gave Jonas, is one I still read.

Now what? Jonas will lead one "difficult question" conversation per week with me present. I'm going to suggest to the faculty that SAPV placements include a communication debrief every day, not just at the end. And I'll try to remember what it felt like to freeze, because I did too, in 2009.`,
  },
  {
    id: "de-free-010",
    setting: "addiction services",
    role: "social work student",
    text: `Praktikum journal, drug consumption room, Frankfurt. Week six.

I didn't expect to like this placement. My family is from a small town in Hesse where drugs are something that happens on the news. The Frankfurt Way, as people here call it, has been running since the early 1990s: consumption rooms, needle exchange, substitution treatment with methadone and diamorphine, and police who mostly leave the area around the station alone.

Today a man in his fifties who has injected for thirty years showed me photos of his daughter's graduation. He was proud and sad. He said he hadn't been invited, and he understood.

Later, an overdose in booth 4: fentanyl-laced heroin, we think. Our nurse, Birgit, gave oxygen and naloxone, and he was sitting up and swearing within three minutes. I was shaking for an hour. Birgit said she'd been doing this since 2004, and she still shakes sometimes.

My supervisor, Herr Schäfer, asked me at the end of the day what I'd learned. I said: that you can't help someone who's dead. That's what harm reduction means to me now. All the other goals — abstinence, housing, work, reunion with families — come after being alive.

Reading for next week: the EMCDDA's 2023 report on drug consumption rooms and the Deutsche Aidshilfe's material on naloxone distribution. I'd also like to learn enough Polish and Russian to say hello to the regulars properly.`,
  },
  {
    id: "se-free-011",
    setting: "child health",
    role: "child health nurse",
    text: `BVC, Malmö. Reflections from a child health nurse, for my specialist nursing course.

This week's home visit was for ⟦NAME|Leon Svensson-Haddad⟧, ten months, personnummer ⟦ID|${personnummer("240311-238")}⟧, at ⟦ADDRESS|Ramels väg 84, lgh 1203, 213 69 Malmö⟧. His mother, ⟦NAME|Sara⟧, is a first-time parent and a nurse herself, and she was worried that he wasn't crawling yet. His father works nights.

⟦NAME|Leon⟧ was sitting unsupported, babbling, pulling to stand on the sofa, and bottom-shuffling across the floor at high speed. Some children never crawl. His head circumference and weight were both following their curves. I showed ⟦NAME|Sara⟧ the developmental milestones from Rikshandboken, where bottom-shuffling is listed as a normal variant. She laughed and said she'd been reading the wrong websites.

What I actually noticed was her: tired, jumpy, apologising for the mess. When I asked how she was sleeping, she said "fine" too quickly. I did the EPDS, which we offer at around two months and again when there's a concern. Her score was 12. Not an emergency, but not nothing.

We talked about her own support. Her family is in Lebanon; her husband's family is in Umeå. Her friends from work are all on different shifts. My colleague Anneli runs a parents' group on Thursday mornings. I'll follow up with a call next week and book ⟦NAME|Sara⟧ an appointment with the BVC psychologist if she wants one. The child is fine. The family needs some support.`,
  },
  {
    id: "se-what-012",
    setting: "care of older people",
    role: "district nurse",
    text: `What? I'm a district nurse in a rural municipality in Jämtland. Today I visited six older people who live at home with help from hemtjänst (home care). One, a retired forestry worker in his late eighties with heart failure and mild cognitive impairment, had been given a new tablet-based video system by the municipality so that the home care staff could "check in" digitally at night instead of visiting.

So what? He hated it. He said the screen woke him up, and he didn't like "being watched by a telly." The system had been chosen without asking him. Sweden has been a leader in welfare technology, and the Socialstyrelsen reports describe good results, but the reports are averages, and he is not an average.

My colleague, Märta, pointed out that the night visits had been his only contact with another person on many days. The digital check-in saved the municipality money and cost him company.

Now what? I'm going to raise it at the care planning meeting with his daughter, the home care manager and his GP, Dr. Lindgren. He has the right to refuse, and we need to find out what he actually wants: perhaps a later evening visit and the technology turned off. I'll also look at the research from Karolinska on welfare technology and loneliness, because I suspect he's not the only one. It's a good reminder that "person-centred care" is a phrase that's easy to write in a plan and much harder to do.`,
  },
  {
    id: "se-free-013",
    setting: "digital primary care",
    role: "GP",
    text: `A digital care shift that I keep thinking about.

I was doing a video clinic through our region's app on ⟦DATE|Sunday 9 March⟧ when I saw ⟦NAME|Gunnar Åberg⟧, an elderly widower with COPD, who had booked "a talk about my breathing." Two minutes in, it was clear that he wasn't calling about breathing. He'd stopped eating, given away his dog, and was sitting in the dark.

I asked him the questions you ask. He answered them honestly and then the video froze. The call dropped. He didn't pick up when I rang back, and his home address in the record was an old one: he'd moved into a flat after his wife died.

The IT support person on duty, Johan, could see from the session log that the call had come from ⟦IP|203.0.113.19⟧, which the internet provider later linked to the municipality's senior housing in the town. That is how the police found the right building. They found him alive, in his chair, with his coat on.

I've thought a lot about whether that was the right thing to do with an IP address. Our data protection officer said yes: vital interests, under GDPR, and we documented it. I'm still uneasy, and I think that unease is healthy.

What I'm taking from this: always confirm the current address and a phone number at the start of a video call, not when something goes wrong. We've added it to our checklist. And I've rung him twice since. He has a new dog.`,
  },
];
