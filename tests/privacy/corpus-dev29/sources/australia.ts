import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote area birthing",
    role: "remote area nurse",
    text: `Birthing on Country is the goal, but out here most women still fly out to town at 36 weeks and wait weeks in a hostel away from family. This week one didn't make it to the plane. ⟦NAME|Kirra⟧, first baby, 35 weeks, at ⟦LOCATION|the outstation past the Barramundi Creek crossing, 40 km from the clinic⟧. Her aunty, ⟦NAME|Auntie Dulcie⟧, called us on the satellite phone and we got there in the troopy as the head was crowning.

Baby boy, good cry, 2.4 kg. The RFDS retrieved both of them to Darwin. ⟦NAME|Kirra⟧'s Medicare number ⟦ID|${medicare("2953 1174", 1)}⟧ was the only ID on the flight paperwork because she'd left her purse in town.

I keep thinking about how many of these births would be safer, not less safe, if we had a proper birthing centre with Aboriginal midwives in the community. The grandmothers have been saying so for decades.`,
  },
  {
    id: "au-what-002",
    setting: "perinatal mental health",
    role: "midwife (continuity of care)",
    text: `What? Continuity-of-carer model: I have been with one woman from 10 weeks to 6 weeks postnatal. At her 6-week visit she told me for the first time she had been having intrusive thoughts of harming the baby, and was terrified to say so in case the baby was taken.

So what? Intrusive thoughts are common in perinatal OCD and anxiety and are not the same as intent. The continuity model is the reason she told me — she trusted me. I also had to be honest that I would be talking to the perinatal mental health team.

Now what? I referred her to the perinatal mental health service and gave her the PANDA helpline number. We will meet again in a week. For myself, I want to do the COPE training on perinatal mental health screening, because the EPDS question on self-harm doesn't catch intrusive thoughts of harm to the baby.`,
  },
  {
    id: "au-free-003",
    setting: "caesarean section",
    role: "obstetric registrar",
    text: `Handover note to self, 0730, after a night at ⟦FACILITY_ROOM|Birth Suite Room 6, Westmead Hospital⟧:

- ⟦NAME|Mrs T. Nguyen⟧ (G2P1, prev LSCS), EMLSCS 0210 for failed VBAC, uterine scar dehiscence found, EBL 900 mL. Medicare ⟦ID|${medicare("4120 6613", 2)}⟧. Husband ⟦NAME|Duc⟧ on ⟦PHONE|0491 570 218⟧ wants a call when she's back on the ward.
- ⟦NAME|Baby Nguyen⟧ to SCN for grunting, likely TTN.
- ⟦FACILITY_ROOM|Room 4⟧ IOL still latent; reassess at 1000.

Reflection: dehiscence is quieter than rupture. The only clue was a CTG with variable decels and the woman saying "it feels different from last time". Listen to women who have laboured before. And I really must stop writing names and numbers on the back of my hand.`,
  },
  {
    id: "au-comment-004",
    setting: "remote area birthing",
    role: "Aboriginal health practitioner",
    text: `Thanks for writing this, sister. Birthing on Country matters so much to our mob. Just remember the community is small: naming the outstation and young ⟦NAME|Kirra⟧, anyone from there will know who it is. Maybe take those out and keep the message about the hostel, because that is the bit that needs to be heard in Canberra.`,
  },
  {
    id: "au-gibbs-005",
    setting: "gestational diabetes",
    role: "dietitian",
    text: `Description: group education session for women newly diagnosed with gestational diabetes. Eleven women, four interpreters (Arabic, Vietnamese, Hindi, Dari).

Feelings: the session ran over by forty minutes and I felt flustered and rushed.

Evaluation: the carbohydrate counting cards worked well. The part about "low GI" did not land at all — the word meant nothing in four languages and the foods I used as examples were not what these women eat.

Analysis: the ADIPS criteria mean more women are being diagnosed, and they come from very different food cultures. Our resources were written for a Sydney Anglo family. One woman explained that rice is not a side dish in her house; it is the meal.

Conclusion: culturally safe education is not a translation of the English version.

Action plan: work with the multicultural health liaison officers to rebuild the food cards with community foods (roti, pho, injera, rice) and rerun the session next month with smaller groups.`,
  },
  {
    id: "au-free-006",
    setting: "stillbirth",
    role: "midwifery student",
    text: `My first stillbirth as a student. The family called their son ⟦NAME|Archie⟧. He was born on ⟦DATE|Anzac Day⟧ at 32 weeks. His mum has since posted his photos on Instagram under ⟦OTHER|@archies.little.wings⟧, and a link went round the student group chat. I didn't click it, but I felt sick that it was going around.

I learned about the Stillbirth Centre of Research Excellence's Safer Baby Bundle: sleep on side after 28 weeks, decreased fetal movements, stopping smoking, fetal growth and timing of birth. I want to do well in our bereavement module, and I have asked the coordinator to remind the cohort about social-media etiquette.`,
  },
  {
    id: "au-what-007",
    setting: "water birth",
    role: "midwife",
    text: `What? Three water births in one week at our birth centre in regional Victoria, all low-risk, all with good outcomes. One woman needed to leave the pool for a slow second stage and pushed on the birth stool instead.

So what? The evidence (Cochrane 2018) shows water immersion in the first stage reduces epidural use without increasing harm. Evidence for birth in water is less robust but reassuring. Staff confidence matters: midwives who don't do water births don't offer them.

Now what? I'm running an in-service on water birth emergencies (how to get a woman out of the pool in under a minute with the net and a sliding sheet), and on why the pool temperature should stay between 36 and 37.5°C.`,
  },
  {
    id: "au-free-008",
    setting: "domestic violence in pregnancy",
    role: "social worker",
    text: `Working with a pregnant woman escaping family violence. The partner has been turning up at antenatal clinic. He drives a white Hilux, rego ⟦OTHER|1XY 7QP⟧, and security now has it on their watch list. She has moved to ⟦ADDRESS|Unit 3, 27 Lorikeet Street, Morwell VIC 3840⟧ and her new number is ⟦PHONE|0491 570 063⟧, which is flagged on the system so nobody reads it out at the desk.

Reflection: the risk of homicide goes up in pregnancy and after separation. Every staff member who might take a call needs to know not to confirm she is a patient here. I'm presenting the case at our team meeting with all of this removed.`,
  },
  {
    id: "au-free-009",
    setting: "postnatal visits",
    role: "maternal and child health nurse",
    text: `Home visits in the outer suburbs this week. Day-ten visits are where so much happens: weight back to birth weight (or not), cracked nipples, the first hint of low mood, partners going back to work.

What I did differently this week was ask every dad or co-parent how they were sleeping and how they were feeling. Two said "fine", one cried. Paternal postnatal depression affects around one in ten fathers and we barely screen for it.

I've put together a list of supports for dads: the Gidget Foundation, PANDA's line for dads, and SMS4dads. Next step is to add a question to our standard visit template, if the managers agree.`,
  },
];
