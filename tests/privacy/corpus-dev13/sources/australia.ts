import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: rural paramedics, remote area nursing, pharmacy, midwifery, ED and physio. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "ambulance",
    role: "rural paramedic",
    text: `
Job out at ⟦ADDRESS|4410 Bungarby Road, Nimmitabel NSW 2631⟧ — farm gate, 3 km of dirt, no house number visible, thank god the son was on the quad bike waiting. ⟦NAME|Dougie⟧, fell off the hay stack, ?#L neck of femur, shortened and externally rotated. Gave methoxyflurane then 50 mcg fentanyl IN, splinted, waited 40 min for the second crew to help carry him over the paddock.
Reflection: our CAD system had the property as a lot number, not a road address, so we went to the wrong gate first. 20 min lost. I've put in a request to get rural addressing fixed for that road, and I'm keeping a notebook of properties with confusing access. Old school but works. Shoutout to my partner Jess who reversed the truck 400 m in the dark.
`,
  },
  {
    id: "au-what-002",
    setting: "medication error",
    role: "graduate registered nurse",
    text: `
What? Near miss on my 3rd week as a grad. I drew up oxycodone 5 mg (Endone) for a post-op patient and realised at the bedside I hadn't checked when the last PRN dose was. It was 90 min earlier. Didn't give it.

So what? The MAR showed it, I just didn't look because the patient was in a lot of pain and I wanted to help fast. Two doses that close in an elderly post-op patient with an eGFR of 38 could have meant sedation and a MET call. Rushing to be kind is still rushing.

Now what? Told my preceptor Leanne straight away, we did a quick incident notification as a near miss. I'm now doing a "last dose, next dose" out-loud check every time, and I asked the ANUM if the grads can get a refresher on the opioid sedation score.
`,
  },
  {
    id: "au-free-003",
    setting: "remote area nursing",
    role: "remote area nurse",
    text: `
Clinic week in ⟦LOCATION|Ngukurr⟧. ⟦NAME|Aunty Rosie⟧ came in for her dialysis transport paperwork, she's been going to Katherine 3 times a week for 2 years and it's wearing her out. Her niece wants to be the contact, ⟦PHONE|0491 570 156⟧, because Aunty's phone is always flat.
Her potassium was 6.0 on the point-of-care, which was hard because the next bus isn't till tomorrow. Discussed with the renal team by phone, gave resonium, diet chat over a cuppa.
Learning: culturally safe care here means the patient deciding where and how, not us. She wants to go back on Country and do home haemodialysis one day. I'm learning more from the AHWs every day, Marlene especially. Need to read the Kidney Health Australia CARI guidance on remote dialysis.
`,
  },
  {
    id: "au-gibbs-004",
    setting: "physiotherapy",
    role: "physiotherapy student (3rd year)",
    text: `
Description: cardio-resp placement. Post-op lap right hemicolectomy, day 1. I was supposed to sit the patient out of bed and do ACBT but he refused, pain 8/10, PCA not working properly.
Feelings: frustrated, a bit useless.
Evaluation: I was focused on my task list, not on the patient. Pain was the barrier and I didn't fix that first.
Analysis: my supervisor (Sam) said physios often fix pain indirectly: call APS, time sessions with analgesia, splint the wound with a pillow when coughing. The ERAS principles say early mobilisation, but "early" doesn't mean "despite uncontrolled pain".
Conclusion: fix the barrier, then the task.
Action plan: check PCA use and pain scores before every post-op session, liaise with nursing staff, come back after analgesia. I went back at 2 pm and he sat out for 30 minutes and did his breathing exercises. Small win. Beers with the placement crew Friday.
`,
  },
  {
    id: "au-free-005",
    setting: "pharmacy",
    role: "community pharmacist",
    text: `
Busy Saturday at the pharmacy in Geelong. A bloke came in to pick up his dad's insulin pump supplies and we couldn't find the script because the Medicare card on file was wrong. His dad is ⟦NAME|Mr Pavlovic⟧, Medicare ⟦ID|${medicare("4417 2093", 2)}⟧, and the pump consumables are tied to the serial on the NDSS registration, ⟦DEVICE|NG4-21887-KS⟧. The old card number was from before his wife died and the issue number changed.
Took 40 minutes on the phone to NDSS. Son was patient, I was not.
Learning: when a spouse dies, a lot of admin breaks at once. I need to ask about it gently instead of just saying "the card's wrong". Also I'm going to push my manager to keep a checklist for pump patients: card, serial, NDSS, scripts.
`,
  },
  {
    id: "au-comment-006",
    setting: "medication error",
    role: "clinical nurse educator",
    text: `
Great reflection, and exactly the right response to a near miss — name it, report it, change your habit. "Rushing to be kind is still rushing" is going on our education board if you're ok with it. Please come to the grad opioid session on Tuesday; bring this example if you're comfortable sharing. Well done.
`,
  },
  {
    id: "au-free-007",
    setting: "emergency department",
    role: "emergency nurse",
    text: `
Schoolies week on the Gold Coast. ED was a zoo. Lots of alcohol, one suspected GHB, two lacerations from glass, a kid with a dislocated patella who'd been dancing on a table. I triaged for 10 hours straight, cat 3s waiting 2 hrs.
What I want to remember: one girl, 17, alone, very drunk, her friends had left. She kept apologising. We kept her safe, obs hourly, GCS 14 then 15, gave ondansetron and fluids and got the police youth liaison to reach her mum.
What I'd do differently: I was short with her at first because I was tired. She was a kid. My NUM Gav reminded me at handover, nobody comes to ED on their best day. Going to Byron for 3 days off. Surf, sleep, no phones.
`,
  },
  {
    id: "au-what-008",
    setting: "midwifery",
    role: "student midwife (2nd year)",
    text: `
What? Continuity of care placement. I've followed ⟦NAME|Mia⟧ since 16 weeks and she birthed on ⟦DATE|Mon 3rd⟧ at the birth centre, water birth, 3.4 kg girl. She texted me a photo of bub at 6 am the next day with the name in a heart emoji.

So what? Continuity is powerful. She trusted me and I think that made a difference to how calm she was. But I also felt the boundary blur, her texting me on my personal number was not ok under the university policy and I didn't set that up clearly at the start.

Now what? Talked with my academic Dr. Nguyen. For my next women I'll use the uni-approved placement phone only and explain at booking why. Still framing that photo in my head though.
`,
  },
  {
    id: "au-free-009",
    setting: "ICU",
    role: "ICU registered nurse",
    text: `
ICU nights, Perth. Patient with severe pancreatitis, lactate 4.8, noradrenaline up to 0.3 mcg/kg/min, abdo pressure 22 mmHg on the bladder transducer. I'd never measured IAP before tonight, my CNS Priyanka showed me: supine, zeroed at the mid-axillary line, 25 ml saline, read at end expiration.
We called the reg when it hit 22 and the surgeons came at 3 am. Not operating yet, but they want hourly readings.
Learning: abdominal compartment syndrome is a real thing and not just a slide in the post-grad course. Numbers on a monitor mean nothing if you don't measure properly. Going to make a laminated IAP card for the bedside trolley. Then sleep until Thursday.
`,
  },
];
