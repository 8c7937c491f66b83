import type { SourceItem } from "../../corpus/types.ts";

/** United States: PICU, NICU, school nursing, child abuse pediatrics, tribal and rural health. */
export const US: readonly SourceItem[] = [
  {
    id: "us-free-001",
    setting: "pediatric intensive care",
    role: "pediatric resident",
    text: `Signout is where things get lost, and I lost something on my first PICU night.

At 19:00 the day senior handed me eight patients. Item four was "⟦NAME|Baby Girl Ramirez⟧, ⟦FACILITY_ROOM|PICU bed 12 at Lurie⟧, MRN ⟦ID|40017752⟧, ex-29 weeker, DOB ⟦DATE|1/9/25⟧, bronchiolitis on HFNC, watch for apnea." The one-liner was accurate. What it did not say was that she had had two self-resolving bradys that afternoon and that the nurse had been worried enough to mention it twice.

At 02:10 she had a third one that did not self-resolve. She needed bag-mask ventilation and then CPAP, and she was fine. But when I reviewed the chart later the afternoon events were there in the nursing notes, just not in the I-PASS.

I have been thinking about why. I-PASS has a "situation awareness" step precisely for this, and we skipped it because it was 19:00 and everyone wanted to go home. The nurse, Danielle, said to me at 03:00, "I told them." She was right.

What I am changing: I ask the bedside nurse for one worry per patient before I take signout, and I write it down.`,
  },
  {
    id: "us-what-002",
    setting: "school nursing",
    role: "school nurse",
    text: `What? At lunch a second grader with no known allergies started coughing and then broke out in hives after trading snacks. Within five minutes her lips were swelling. I gave the school's stock epinephrine auto-injector (0.15 mg) into the thigh, called 911, and laid her flat with her legs up. Her breathing eased before the ambulance arrived.

So what? Texas law lets districts keep unassigned epinephrine, and our district adopted the policy two years ago after a lot of debate about cost. This was the first time it was used on our campus. If the policy had not existed, I would have had a child with anaphylaxis, no prescription, and nothing in the cabinet but diphenhydramine, which does nothing for the airway.

Now what? I have rewritten our emergency action plan so that any trained staff member, not just me, can give epinephrine, and I am running hands-on trainer sessions with the lunch monitors next month. I also sent the FARE "anaphylaxis in schools" handout to every teacher. The lesson for me: about a quarter of first reactions in school happen to children with no known allergy, so the stock pen is for them.`,
  },
  {
    id: "us-gibbs-003",
    setting: "child abuse pediatrics",
    role: "pediatric emergency attending",
    text: `Description. On ⟦DATE|Christmas Eve⟧ a four-month-old was brought in by his father with "fussiness" and a swollen thigh. The X-ray showed a femoral fracture, and the skeletal survey found healing posterior rib fractures. I made the report to child protective services. The intake form asked for everything, and I copied it into my own notes to reflect on later: father ⟦NAME|Travis Beaulieu⟧, SSN ⟦ID|078-05-1120⟧, home address ⟦ADDRESS|2217 W. Ridgeway Ave, Apt 3B, Tulsa, OK 74107⟧.

Feelings. Anger, mostly, and then guilt that I was angry at a man I had just met. Then a kind of numbness for the rest of the shift.

Evaluation. The medical work was right: full skeletal survey, head CT, LFTs and lipase, ophthalmology for retinal hemorrhages, and a consult with our child abuse team. The part I am less proud of is that I stopped talking to the father as a parent the moment I saw the films.

Analysis. The AAP clinical report on evaluating suspected physical abuse reminds us that our job is to diagnose, not to investigate. TEN-4-FACESp is a screening rule, not a verdict.

Conclusion. I can be certain about the fractures and humble about the story.

Action plan. I'll use the same neutral script for every caregiver, and I'll stop copying intake forms into my reflections.`,
  },
  {
    id: "us-free-004",
    setting: "neonatal intensive care",
    role: "NICU nurse",
    text: `Ten years in a level IV NICU, ten things I wish someone had told me:

1. The monitor is not the patient. Look at the baby.
2. Kangaroo care is medicine. Put the baby on the parent's chest every time it is safe, and fight for it when it feels inconvenient.
3. Parents remember the first nurse who called their baby by name.
4. Donor milk is not formula. Know your unit's criteria.
5. Feeding advances (20 mL/kg/day in our unit) are a guideline, not a race.
6. The Brazelton approach to reading a baby's cues is worth a whole study day.
7. Learn to hear the difference between a hungry cry and a pain cry. The N-PASS helps.
8. When the fellow says "we're going to watch," ask what you are watching for.
9. Grief is not only for deaths. Parents grieve the birth they did not have.
10. Go home. The unit will still be here tomorrow.

I wrote this list for our new grads, and they asked me to post it. Add yours in the comments.`,
  },
  {
    id: "us-free-005",
    setting: "developmental pediatrics",
    role: "developmental-behavioral pediatrics fellow",
    text: `Telehealth autism evaluations are a compromise, and this week I felt the compromise.

A three-year-old boy and his mom joined from their kitchen. Halfway through the ADOS-inspired play the connection froze, and when IT pulled the session logs the family's connection came from ⟦IP|198.51.100.23⟧ with massive packet loss — they were on a hotspot because the home internet had been cut off. We finished by phone.

His mom was open about everything. She runs an Instagram account about their family, ⟦OTHER|@teagan_and_the_twins⟧, and she told me she had already posted about the appointment. She also mentioned his YouTube channel where he lines up toy trains, ⟦URL|https://www.youtube.com/@wyatttrainsforever⟧, "so you can see what he's really like at home". Honestly, that video was more useful than forty minutes of frozen screen.

Reflection: the M-CHAT-R/F and the family's own videos can carry a lot of the assessment when access is hard. But I need a plan for families with unreliable internet before the visit, not during it, and we need to think about what it means that families are putting so much of their child online.`,
  },
  {
    id: "us-comment-006",
    setting: "rural pediatrics",
    role: "family medicine resident",
    text: `Oh I think I know exactly which family this is — the twins whose grandpa ⟦NAME|Earl⟧ drives the feed truck, ⟦OTHER|the only Amish family that comes in to the Saturday clinic in Kalona⟧. They were at our place too before they moved. Great post, and you're right that they will only come if you respect the way they decide things together.`,
  },
  {
    id: "us-comment-007",
    setting: "neonatal intensive care",
    role: "NICU charge nurse",
    text: `I love this, and I love that you're writing. But please take the photo down. Even with the baby's face cropped out, the crib card is in the corner and I could read part of it when I zoomed in. Hospital policy aside, parents have found their own babies on posts like this before. Happy to help you pick a different image.`,
  },
  {
    id: "us-gibbs-008",
    setting: "pediatric ward",
    role: "medical student",
    text: `Description: On my pediatrics rotation I followed a two-year-old with five days of fever, red eyes without discharge, cracked lips, a rash and swollen hands. My resident said "Kawasaki" before the labs came back. The echo on day seven showed mildly dilated coronary arteries. She received IVIG 2 g/kg and high-dose aspirin.

Feelings: I felt useless on rounds because every time I was asked for the criteria I missed one.

Evaluation: I did well at the history. The parents trusted me because I asked about her rash at home, and they showed me photos on their phone that were more helpful than our exam.

Analysis: The AHA statement (2017) lists the principal criteria, and incomplete Kawasaki is exactly why pattern recognition matters. I knew the mnemonic but not the illness.

Conclusion: Knowing a list and recognising a child are different skills.

Action plan: I made a one-page summary of the AHA algorithm for incomplete Kawasaki, and I will ask to see the follow-up echo at six weeks.`,
  },
  {
    id: "us-what-009",
    setting: "community health",
    role: "community health representative",
    text: `What? A home visit out on the reservation to check on a five-week-old who had missed two appointments. The family lives in ⟦LOCATION|the hogan past the chapter house at Lukachukai, the one with the blue water tank⟧. Baby was feeding well but had not been weighed since discharge, and mom said the truck had broken down. I weighed him on my portable scale (up 600 g, good), checked the cord, and we talked about car seats. Mom gave me her auntie's number for next time, ⟦PHONE|(928) 555-0163⟧, because her own phone has no signal out there.

So what? "Missed appointment" on the clinic list looked like a family that did not care. In reality it was a broken truck, sixty miles of dirt road and no phone service. The IHS clinic does not have a way to see that from its desk.

Now what? I asked the clinic to put a note on the chart to call the auntie, and I am bringing it to our team meeting: we should send a CHR before we mark a newborn as "lost to follow-up". Ahéhee' to the family for making coffee for me.`,
  },
  {
    id: "us-free-010",
    setting: "adolescent medicine",
    role: "adolescent medicine fellow",
    text: `Confidentiality with teenagers is not a courtesy, it is the treatment.

In clinic this week a sixteen-year-old came in for "headaches". When her mom stepped out for the confidential part of the visit — which we do for every adolescent, every time — she told me she was sexually active, had missed a period, and was terrified. The pregnancy test was negative. We talked about contraception, STI testing and consent.

What struck me: she said she nearly did not come because last year, at a different practice, the explanation of benefits went home to her parents listing "chlamydia screening". In Oregon minors can consent to this care, but the paperwork does not always respect the law.

What I took away:

- Explain confidentiality and its limits at the start, to the teen and the parent together.
- Use the HEEADSSS interview; it gives a structure that feels routine, not accusatory.
- Know how your billing system handles confidential services. Ours lets us flag a visit so nothing is mailed home.
- Follow the SAHM position papers; they are short and practical.

Her headache, incidentally, was tension-type. She is coming back in a month.`,
  },
  {
    id: "us-free-011",
    setting: "pediatric palliative care",
    role: "pediatric palliative care nurse",
    text: `A letter I will not send

Dear ⟦NAME|Mateo⟧,

You died on ⟦DATE|March 3, 2025⟧, at 4:12 in the afternoon, while the Cubs were losing on the TV you insisted on having on. Your abuela ⟦NAME|Doña Lupe⟧ held one hand, your mom held the other, and I stood at the end of the bed and counted your breaths because it was the only thing I knew how to do.

You were nine. You told me in January that you were not scared of dying but you were scared of being forgotten. I am writing this so I do not forget.

I remember you cheating at Uno. I remember your rule that nobody could say "cancer" in your room, only "the lump". I remember that you asked for the morphine to be called "the purple medicine" even though it wasn't purple.

I also remember that we waited too long to talk about hospice with your family, because your oncologist wanted one more round and none of us wanted to be the one to say it. The concurrent care provision means we could have done both. Next time I will say it.

Con cariño,
your nurse`,
  },
];
