import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom: England, Wales, Scotland and Northern Ireland. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "eye casualty",
    role: "ophthalmology trainee",
    text: `**Description.** Saturday evening in eye casualty, and the triage nurse handed me a card that said "red eye, headache, vomiting". ⟦NAME|Mr Pegg⟧ was sitting very upright with his hand over his right eye. He was ⟦AGE|93⟧ and had been sent in by an out-of-hours GP who had wondered about migraine. IOP was 58 mmHg on the right with a mid-dilated pupil and a hazy cornea. Textbook acute angle closure.

**Feelings.** Relief that I recognised it, then a hot flush of panic when I realised I had never done a laser iridotomy on my own.

**Evaluation.** The medical part went well: acetazolamide 500 mg IV, pilocarpine 2% once the pressure had started to come down, timolol and apraclonidine, and a call to the on-call consultant, Miss Adeyinka, who came in. What went less well was how long he waited at triage, because "headache and vomiting" sounds like someone else's problem.

**Analysis.** He told me afterwards that he had been sent home from a walk-in centre two days before with "a bit of conjunctivitis". That is the part I keep thinking about. Angle closure hides behind other diagnoses, and older patients minimise.

**Conclusion.** I should have asked the triage team to bring anyone with a red eye plus systemic upset straight to a slit lamp.

**Action plan.** I have written a two-line triage prompt for our department and will present this case (anonymised properly this time — I nearly put his ward and bed in the first draft) at the teaching meeting.`,
  },
  {
    id: "uk-free-002",
    setting: "audiology",
    role: "audiologist",
    text: `Hearing-aid fitting clinic this week, and one conversation has stayed with me. A retired miner in his seventies came in with his daughter, who did most of the talking. His audiogram was the classic sloping high-frequency loss, worse on the left, with a notch at 4 kHz that he was proud of ("that's thirty years of the pit, that"). Rinne positive both sides, Weber central, tympanograms type A.

We did real-ear measurements and the fit was good on paper. But when I switched the aids on, he went quiet and then said the clinic sounded "like a tin can". My supervisor, Priya, told me afterwards that the first day is almost always like that — the brain has forgotten what a fridge hum or a ticking clock sounds like, and it all comes back at once.

What I got wrong was the counselling. I spent ten minutes on battery doors and domes and about thirty seconds on expectations. His daughter wanted them in all day from tomorrow; he wanted them only for the telly. We settled on a gradual plan, four hours a day the first week.

I used to think of hearing loss as a numbers problem (dB HL, speech discrimination scores, the prescription target). This week reminded me it is a relationships problem. He said his wife had stopped telling him things because he always said "what?" — and that sentence did more to get him to wear them than anything I said about audibility.`,
  },
  {
    id: "uk-what-003",
    setting: "diabetic eye screening",
    role: "retinal screener",
    text: `## What?

I grade images for the diabetic eye screening programme. Last month a set came through graded R3A M1 in the left eye: new vessels at the disc and a small preretinal bleed. That should mean an urgent referral within two weeks. When I pulled up the history, the patient, ⟦NAME|Darren Whitlow⟧, had not attended for three years and his letters had been returned.

## So what?

I rang the GP surgery and the receptionist read me the demographics so that I could check we had the right man: NHS number ⟦ID|${nhs("476 120 938")}⟧, address ⟦ADDRESS|Flat 2, 31 Quarry Bank Road, Dudley DY9 4QX⟧. The address on our system was an old one. That is how three years of letters went nowhere.

He had come in for these photos only because a pharmacist noticed he could not read the label on his insulin pen.

## Now what?

- I've raised it with our programme lead as a failsafe issue: returned letters should trigger a search for a new address, not just a tick box.
- I'll check the "did not attend" list against GP records every quarter.
- I'm writing this up for our screening reflection log — which is why I'm posting it here first, so my colleagues can see the process side.

(Edit: I realise now I've left his name and address in. I'll fix it before this goes to the team.)`,
  },
  {
    id: "uk-comment-004",
    setting: "diabetic eye screening",
    role: "retinal screener",
    text: `Really useful about the failsafe. Is this ⟦NAME|Mr Whitlow⟧ from the ⟦FACILITY_ROOM|Lye clinic⟧ on Thursdays? If so I think he's also on our slit-lamp list for ⟦DATE|14 March⟧ and his mobile is ⟦PHONE|07700 900318⟧ — I'll ring him tomorrow and check he knows about the referral. We had the same returned-letter problem with two others last year.`,
  },
  {
    id: "uk-free-005",
    setting: "community dental service",
    role: "dental foundation trainee",
    text: `Special care dentistry session in a community dental clinic. A young man with autism and severe dental anxiety came with his support worker for the third attempt at an examination. The first two visits had not got past the waiting room.

This time the support worker had sent photos of the surgery ahead of time and we kept the lights low. My trainer, Mr Baptiste, let me lead. We agreed a count of ten for each step, and he could raise his hand to stop. I managed a full BPE (scores 3/2/3, 2/2/4), and saw that the lower left six (36) was broken down to the gum with a sinus. He tolerated a bitewing on the left.

He will need the 36 out, probably under general anaesthetic, and we talked about that on the next visit rather than springing it on him. The support worker said he had never before sat in a dental chair without being held.

What I learned: time is the treatment. The local anaesthetic (lidocaine 2% with 1:80,000 adrenaline) and the extraction forceps are the easy part. I had planned a 20-minute slot and we used 50, and the next patient waited. My trainer said that is the cost of doing special care properly, and the fix is to book it properly, not to rush it.`,
  },
  {
    id: "uk-gibbs-006",
    setting: "teledermatology",
    role: "dermatology registrar",
    text: `Description: I triage teledermatology referrals from primary care for the two-week-wait skin cancer pathway. On one afternoon I had 41 referrals and 9 of them had images I could not use: blurred, no dermoscopy, no scale, or taken so close that I could not tell whether the lesion was on a back or a shin.

Feelings: Frustrated, then guilty, because every unusable image means either a face-to-face slot for something that may be a seborrhoeic keratosis, or a risk of missing a melanoma.

Evaluation: The images that worked had three things: a distance shot showing the body site, a close-up with a ruler, and a dermoscopic view. The ones that failed were usually taken on a phone by a busy GP between patients.

Analysis: I had assumed the problem was the camera. It is really the workflow. NICE NG12 (2015) sets the referral criteria, but nobody teaches the photography. The ABCDE rule and the 7-point checklist only help if the photo shows the lesion.

Conclusion: Sending back a "please re-image" message without explaining what we need just delays care.

Action plan: I've drafted a one-page photo guide with our consultant, Dr Halloran, for the GP practices, and I'm auditing the re-image rate for the next three months. I also need to stop writing "poor image" as the whole of my reply.`,
  },
  {
    id: "uk-free-007",
    setting: "school vision screening",
    role: "school nurse",
    text: `Reception-year vision screening in the valleys this week. Most children think the crowded letter test is a game, and most of them pass. One little boy, ⟦NAME|Cai⟧, in the class at ⟦LOCATION|Ysgol Gynradd Cwm-y-Glo⟧, covered his left eye and read the 0.2 logMAR line easily, then covered his right and could barely manage 0.6. He didn't complain at all — children with amblyopia often don't, because the good eye does all the work.

I wrote the referral to the orthoptist and then rang his mam, because a letter in the book bag can sit there for weeks. She answered on ⟦PHONE|07700 900742⟧, in Welsh first and then in English for my benefit. "Diolch, I had no idea," she said, and then she told me his dad had worn a patch as a child.

What struck me was how close this came to being missed. He is bright, he reads well, he sits at the front. Nothing in class would have flagged him. If screening had been cut this year, as was discussed at the board, he would have come to his first eye test at seven or eight, when treatment works less well.

Next time I'll ask the school to send the result letter in both languages, and I'll keep making the phone calls for the referrals, even though it takes most of an afternoon.`,
  },
  {
    id: "uk-what-008",
    setting: "ENT",
    role: "ENT junior doctor",
    text: `**What?** A child with a bead in her ear, on a busy Friday. ⟦NAME|Isla McRae⟧, four, had pushed a pink plastic bead into her right ear canal at nursery. By the time she got to us she had been seen twice elsewhere and had had two attempts with forceps, so the canal was swollen and she screamed when anyone came near.

**So what?** The registrar, Dr Fenwick, decided on removal under a short general anaesthetic rather than a third attempt in clinic. She was admitted to ⟦FACILITY_ROOM|Ward 15 at Ninewells, bed 6⟧ for the morning list on ⟦DATE|Saturday 22 February⟧. I filled in the consent and the theatre booking, and typed her CHI (⟦ID|${nhs("120 319 464")}⟧) into the wrong box, which the theatre coordinator spotted. It came out in under a minute with a right-angled hook under the microscope.

**Now what?** Two lessons. Each failed attempt makes the next one harder, so the first attempt should be the best-equipped one: microscope, hooks, suction, a calm child. And I need to slow down with paperwork at the end of a shift.`,
  },
  {
    id: "uk-comment-009",
    setting: "teledermatology",
    role: "dermatology nurse",
    text: `Great guide, and please add one line to it: crop out tattoos, jewellery and anything in the background. I had a referral last month where the lesion was fine to photograph but the picture also showed a very distinctive tattoo and a framed wedding photo on the wall. Images travel further than we think once they are in an email chain.`,
  },
  {
    id: "uk-free-010",
    setting: "cataract surgery",
    role: "medical student",
    text: `My first full day in a cataract theatre, as a fourth-year student on an ophthalmology taster week. I had expected to be bored: the same operation, twelve times, each taking about fifteen minutes. Instead I came away thinking about fear.

The patients were awake. Most had a sub-Tenon's block or just topical anaesthetic drops with a bit of intracameral lidocaine, and they lay under the drapes hearing everything. The surgeon, Mr Chaudhry, talked to every one of them before he started: "You'll see bright lights and colours, you'll feel me touching around the eye, but you won't feel pain. If you need to cough, tell me first." Then he narrated quietly through the case, even the routine parts — "now I'm washing the eye", "now the new lens is going in" — so that the silence never got long.

A woman in her eighties on the fourth case started trembling halfway through. The nurse who was holding her hand, Julie, told me later that this happens more often than people think and it is rarely pain. It is the drape over the face and the feeling of not being able to see who is there. Julie just kept talking about the weather and her grandchildren until the tremor settled.

I had read about phacoemulsification, capsulorhexis and posterior capsule rupture (the rate quoted in the Royal College's national audit is around 1–2%). None of the reading covered what it is like for the person under the drape. The technical skill is obviously central. But the way the team spoke was a second procedure running in parallel, and it was just as deliberate.

Afterwards, in the recovery area, a man in his sixties who had his second eye done said the difference was "like someone washed the windows". He had stopped driving at night two years before and was looking forward to seeing his grandson play football under floodlights.

What I'll take into my own practice, whatever specialty I end up in: tell people what they will feel before they feel it, keep talking during anything done to someone who cannot see you, and never assume that a quiet patient is a comfortable one. I also want to learn how to hold a hand properly; Julie made it look like a clinical skill, and I think it is one.`,
  },
  {
    id: "uk-gibbs-011",
    setting: "community dental service",
    role: "dental nurse",
    text: `Description: Domiciliary dental visit to a residential home on the north coast. Our patient, ⟦NAME|Seamus⟧, has advanced dementia and had stopped eating; the staff thought it was his dentures. I was nursing for Mrs O'Neill, the community dentist. We saw him in his room at ⟦LOCATION|Glenmore House in Ballycastle⟧, in his chair by the window, because moving him upsets him.

Feelings: I felt awkward working in someone's bedroom with family photos looking down at us, and sad when he called the dentist by his late wife's name.

Evaluation: The denture was not the problem. There was a large ulcer under the lower flange, and behind it a retained root of a lower molar that had become infected. The dentist eased the flange and arranged to take the root out at the next visit with the family's agreement.

Analysis: The staff had been told "check his teeth" but nobody had been trained to look under a denture. Mouth care in care homes is often left to whoever has time.

Conclusion: A two-minute mouth check would have found this a month earlier.

Action plan: We are running a short mouth care session for the home's staff, using the Mouth Care Matters resources, and I'll bring the denture-marking kit so that his dentures stop going missing in the laundry.`,
  },
  {
    id: "uk-free-012",
    setting: "domiciliary optometry",
    role: "optometrist",
    text: `Domiciliary sight tests are the part of my job that nobody sees. Today: four homes, six patients, a portable slit lamp that weighs a tonne, and a trial frame that keeps slipping on people who are lying back in recliners.

The one that has stayed with me was an 89-year-old former schoolteacher who has wet macular degeneration in one eye and a dense cataract in the other. She had been told by a relative that "nothing can be done at her age". Her visual acuity was 6/60 in the better eye. With a stronger reading addition, a good lamp and a 4x illuminated magnifier, she read the headline and then the first paragraph of the newspaper, and then she cried.

She is on the list for cataract surgery now, and I've written to her GP about the referral. None of this was complicated. It was a refraction, a conversation and a magnifier from the low-vision catalogue.

I think a lot about how many people are written off because of their age. Age is not a contraindication to cataract surgery, and the fact that someone is in their late eighties does not mean they do not want to read. If I could change one thing, it would be the idea, common among families and sometimes among professionals, that poor sight is just part of getting old.`,
  },
];
