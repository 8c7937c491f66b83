import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: SourceItem[] = [
  {
    id: "uk-what-001",
    setting: "measles contact tracing",
    role: "health protection nurse",
    text: `
## What?

Tuesday afternoon the lab phoned through a positive measles PCR on a 13-month-old. By six I had the whole picture on one sheet: ⟦NAME|Oisín Gallagher⟧, DOB ⟦DATE|02/09/2024⟧, NHS ⟦ID|${nhs("485 777 324")}⟧, attends ⟦LOCATION|Little Acorns Nursery on Peel Street⟧ three days a week, rash onset ⟦DATE|Sunday 12 October⟧. His mum, ⟦NAME|Niamh⟧, answered on the second ring (⟦PHONE|07700 900418⟧) and was already crying because her sister is pregnant and had been round for Sunday dinner.

## So what?

The nursery had 31 under-fives on the register that week and eleven of them were unvaccinated or too young. Every one of those calls is a family being told their child is a contact. My consultant, Dr Hollis, reminded me that the tone of the first call sets whether people pick up the second. I had been reading the script. ⟦NAME|Niamh⟧ needed me to stop reading.

## Now what?

I have rewritten our call template with a plain first sentence and the MMR offer in the first minute, not the fifth. Immunoglobulin for the pregnant contact went out within 72 hours of exposure, as the UKHSA guidance asks. I will audit how many of the eleven we actually reached by day six.
`,
  },
  {
    id: "uk-gibbs-002",
    setting: "TB cohort review",
    role: "infectious diseases registrar",
    text: `
**Description.** Our quarterly TB cohort review in Leicester: forty minutes, twenty-two cases, each presented by the nurse who knows the patient best. I presented three. One of mine had stopped treatment at month four and I had not noticed for six weeks.

**Feelings.** Embarrassed, mostly. Then defensive, because the clinic letters all said "adherent".

**Evaluation.** The review worked exactly as designed. Sister Okonjo asked who had last seen the pill count, not who had last seen the patient. Nobody had. The format is unforgiving, which is the point of it.

**Analysis.** NICE NG33 (2016) and the 2019 update both put enhanced case management on risk, not on diagnosis. I had treated the treatment plan as a document rather than a relationship. Rifampicin 600 mg and isoniazid 300 mg daily are not hard pills, but the orange urine and the nausea in week two are when people drift, and a clinic every eight weeks misses that window.

**Conclusion.** I trusted the letter over the person.

**Action plan.** Video-observed therapy is now my default offer, not my fallback. I have also asked Dr Ansari whether registrars can join the monthly home-visit round with the TB nurses, because I have never once seen where our patients keep their tablets.
`,
  },
  {
    id: "uk-free-003",
    setting: "environmental health visit",
    role: "environmental health officer",
    text: `
Notes from a Legionnaires' visit, written up for the training log.

The case was a retired bus driver, ⟦NAME|Mr Desmond Akers⟧, admitted with pneumonia and a positive urinary antigen. Our job was the home: ⟦ADDRESS|Flat 9, Cranmore Court, 41 Holloway Lane, Bradford BD7 3QJ⟧. He lives alone, so his daughter ⟦NAME|Lorraine⟧ met us with the key and stood in the doorway the whole time as if we were bailiffs.

The shower head had not been changed since the block was refurbished. The hot water at the tap reached 44°C after two minutes of running, well short of the 50°C we want, and the spare bedroom had a sink nobody had used in a year. We took swabs from the shower, the cold tank in the loft and the dead-leg sink.

What I keep thinking about is ⟦NAME|Lorraine⟧ asking whether it was her fault for not visiting more. I said no, which was true, and then talked about thermostatic mixing valves for five minutes, which was not what she asked.

Results are due ⟦DATE|22 October⟧. If the shower grows Legionella pneumophila serogroup 1 we will need to look at the whole block, not just his flat. My manager, Gary, says to write the letter to the housing association now so it is ready either way.
`,
  },
  {
    id: "uk-free-004",
    setting: "leprosy clinic",
    role: "medical student",
    text: `
I did not expect to see Hansen's disease in London, but the tropical medicine clinic runs a small leprosy service and I sat in on a Thursday.

Dr Mensah started by asking me what I thought leprosy looked like. I described the pictures from the history books: the bells, the colonies, the fingers. She said most of her patients look like anyone on the Northern line, and the thing that brings them in is a numb patch that has not itched in years.

We saw a man on month nine of multidrug therapy (rifampicin monthly, clofazimine and dapsone daily). His skin had darkened from the clofazimine and he minded that more than the diagnosis. The nerve examination took twenty minutes: ulnar, common peroneal, posterior tibial, each palpated and graded, then monofilaments on the soles.

Two things stayed with me. First, the WHO still counts new cases in the hundreds of thousands each year, mostly in India, Brazil and Indonesia, and the UK sees a handful. Second, stigma travels. He had not told his brother. Dr Mensah did not push; she just wrote the brother's screening offer in the letter in case he changed his mind.

I want to learn the nerve exam properly before my elective.
`,
  },
  {
    id: "uk-what-005",
    setting: "sexual health partner notification",
    role: "sexual health adviser",
    text: `
**What?** Third syphilis diagnosis from the same cluster this month. The index patient, ⟦NAME|J.⟧ (I'll keep it at that), gave me one partner he could name and one he could only describe: a man he met through the app who goes by ⟦OTHER|@gymbro_kev_91⟧ and works the door at a bar near the station. They met on ⟦DATE|Saturday 14 June⟧ after the Pride march.

**So what?** Partner notification is a trust exercise and I had maybe ten minutes of trust. ⟦NAME|J.⟧ was willing to send a provider-assisted message through the app, which is the best we get with anonymous contacts. I found myself wanting to ask more about the bar, and stopped, because that is not my job and because it would have cost me the ten minutes. BASHH standards say we should document the outcome for every contact, and "unknown" is a legitimate outcome, but it felt like failure.

**Now what?** I have asked our lead, Mariana, to look at the app-based notification templates other clinics use. I am also booking ⟦NAME|J.⟧ for his three-month RPR at ⟦FACILITY_ROOM|the Archway Centre⟧ myself, so he does not have to explain everything to someone new.
`,
  },
  {
    id: "uk-free-006",
    setting: "school immunisation",
    role: "school nurse",
    text: `
HPV day at a secondary school on the edge of Swindon. Two hundred and eight Year 8s, four of us, one sports hall.

Things I learned or relearned:

- Consent forms that come back on paper are still the ones with the most errors. Six were signed by someone who then ticked "no" to every question.
- The child who faints is never the one you expect. Ours was the captain of the rugby team. He was fine after ten minutes lying down with his legs up on a gym bench.
- Bev has been doing this for nineteen years and still explains the vaccine to every single child as though it is the first time she has said it. I am trying to learn that.
- Priya, our newest nurse, talked a very anxious girl through it by asking her about her cat for three minutes. Gardasil 9, 0.5 mL IM, deltoid, done before the cat story ended.

What I want to change: the reminder texts for the catch-up session go out the evening before. Half of our catch-up no-shows said they forgot. The JCVI schedule is one dose now, which makes the catch-up session matter more, not less, because there is no second chance built in.
`,
  },
  {
    id: "uk-gibbs-007",
    setting: "norovirus outbreak",
    role: "infection prevention and control nurse",
    text: `
Description: Norovirus on an elderly care ward in the Highlands. The first case was ⟦NAME|Mrs Isobel MacRae⟧, ⟦AGE|93⟧, in ⟦FACILITY_ROOM|Ward 4, bay 2, bed 3 at Raigmore⟧, CHI ⟦ID|${nhs("120331 482")}⟧. Within 48 hours there were six patients and two staff with vomiting.

Feelings: I was irritated, I'll be honest. The bay had been closed to admissions but a patient was moved in overnight to free a side room for someone else.

Evaluation: The closure itself went well. Signage was up within the hour, and the domestic team switched to chlorine 1,000 ppm without being asked twice. The overnight move was the failure, and it was a system failure, not one person's.

Analysis: Bed pressure always wins at 3am unless the site manager has something in writing. Our outbreak policy said "consider closing bays"; it did not say who can override a closure.

Conclusion: ⟦NAME|Mrs MacRae⟧'s family were upset that she had been "caught" on the ward, and her granddaughter ⟦NAME|Kirsty⟧ asked me straight whether anyone would be held responsible. I did not have a good answer.

Action plan: The outbreak policy now names the IPC nurse on call as the only person who can reopen a closed bay. I've asked Dr Fraser to take it to the next board.
`,
  },
  {
    id: "uk-free-008",
    setting: "travel clinic",
    role: "practice nurse",
    text: `
Travel clinic reflections from a Welsh GP surgery, written in the gaps between appointments.

A couple in their sixties booked in for "jabs for Ghana" with nine days to go. Yellow fever was the easy part (our practice is a registered centre, and the certificate is valid ten days after vaccination, so we just made it). The harder part was malaria. They had been told by a friend that you can just take something if you get ill. I went through the ABCD: awareness, bite prevention, chemoprophylaxis, diagnosis. Atovaquone-proguanil, one tablet daily from two days before to seven days after.

Then rabies. They are visiting grandchildren in a village and the grandchildren have a dog. Pre-exposure rabies vaccine is not free on the NHS and it is not cheap privately, and I watched them do the maths. I gave them the TravelHealthPro page (travelhealthpro.org.uk) and the plain message: if bitten, wash for fifteen minutes and get to a clinic the same day.

Dr Pritchard says I over-explain. Maybe. But the couple left with a printed list and a pen mark next to the one thing I really wanted them to remember, and that seems worth the extra five minutes.
`,
  },
  {
    id: "uk-comment-009",
    setting: "vaccination campaign",
    role: "community nurse",
    text: `
Was this the ⟦NAME|Hollins⟧ lad from the Grange estate? Thin, ginger, about fourteen? If so I think I did his sister ⟦NAME|Shannon⟧'s catch-up MMR at the pop-up in the library last spring, and the mum told me then that he'd "had a reaction" as a baby. Might be worth checking the old red book before you write him off as a refuser.
`,
  },
  {
    id: "uk-comment-010",
    setting: "outbreak investigation",
    role: "consultant in health protection",
    text: `
Really thoughtful write-up, and the point about the sequencing results arriving after the decisions were already made is one we should all hear. One gentle flag: the second paragraph has the business type, the street and the week together, which in a town that size is enough for anyone local to work out who it was. Could you trim it back to "a food business" before this goes wider?
`,
  },
  {
    id: "uk-what-011",
    setting: "port health",
    role: "port health officer",
    text: `
What? A cruise ship alongside in Belfast reported a crew member with a vesicular rash. The ship's doctor had isolated him in ⟦FACILITY_ROOM|crew cabin 4112 on deck 4⟧. He was ⟦NAME|Tomasz Wiśniewski⟧, a deck cadet, and he had been sharing that cabin with two others until the night before. The maritime declaration of health listed him by name and passport number, ⟦ID|EK 4417209⟧, which I copied into my own notebook before I thought about it.

So what? Chickenpox on a ship with 2,400 passengers and 900 crew is a logistics problem more than a clinical one. Varicella immunity in the Filipino and Indian crew was high; in the European cadets much less so. The ship wanted to sail at 17:00. The question I had to answer was not "is this chickenpox" but "who can safely stay on board". We used serology where the ship's lab could do it and history where it could not.

Now what? The notebook page is shredded and the notes are in our case system, where they belong. Next time I will bring a pro forma onto the ship so I am not tempted to write identifiers on paper. I also want to read the IHR (2005) guidance on ship sanitation again, because I was slower than I should have been on who has authority to hold a vessel.
`,
  },
  {
    id: "uk-free-012",
    setting: "epidemiology teaching",
    role: "public health registrar",
    text: `
# Why I still tell the pump story

Every year I teach the first-years their outbreak epidemiology lecture and every year I start with John Snow and the Broad Street pump in 1854. Some colleagues think it is tired. I think it is the best thirty seconds of teaching I have.

The point is not the map. The point is that Snow was right for reasons that were not yet provable, and that the handle came off the pump when the epidemic was already falling. Anyone who has worked a real outbreak knows that feeling: the control measure arrives at the same moment as the natural decline and you can never fully separate the two.

This year I paired it with the epicurve from our own norovirus season, anonymised to weeks and counts, and asked them to guess when we closed the wards. Most of them guessed wrong, which was exactly the point.

## What I would change

- Show an attack-rate table before the map, because that is what we actually do first.
- Spend longer on case definitions. Students love the detective part and skip the boring part where you decide who counts.
- Bring in Dr Kaur, who ran the hepatitis A investigation last year, because a real registrar's doubts teach more than my tidy slides.
`,
  },
];
