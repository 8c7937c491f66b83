import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "obstetric haemorrhage",
    role: "student midwife",
    text: `**Description.** My second placement on delivery suite. A woman who had just had her third baby started bleeding about twenty minutes after the placenta came out. My mentor, Bev, pressed the buzzer and rubbed up a contraction while I emptied the bladder with an in-out catheter. The registrar, Dr Anand, came with the PPH box: syntocinon infusion, ergometrine 500 micrograms IM, then carboprost 250 micrograms. Estimated loss reached 1.8 litres before she went to theatre for an examination under anaesthetic.

**Feelings.** I was shaking so much I dropped the catheter pack. Afterwards I cried in the sluice, which I am not proud of.

**Evaluation.** The drill worked the way PROMPT taught it. Somebody called out the time every five minutes and somebody else wrote. I had a job and I did it.

**Analysis.** The RCOG Green-top guideline talks about the "four Ts": tone, trauma, tissue and thrombin. Tone was the problem here, and the fact that she was para 3 with a big baby (4.3 kg) fitted the textbook. I had not weighed the swabs before, and I learned that it is the only honest way to measure.

**Conclusion.** I need to know where the PPH box lives on every unit I go to, not just this one.

**Action plan.** Ask Bev to run a skills drill with me next week, and read MBRRACE-UK's chapter on haemorrhage properly.`,
  },
  {
    id: "uk-what-002",
    setting: "stillbirth",
    role: "bereavement midwife",
    text: `## What?

I cared for ⟦NAME|Hollie Brennan⟧ in the ⟦FACILITY_ROOM|Rainbow Suite at Castlegate Women's Hospital⟧ after her daughter, ⟦NAME|Baby Isla⟧, was stillborn at 37+2 on ⟦DATE|Sunday 14 September⟧. Her partner ⟦NAME|Callum⟧ did not want anyone in the room except me and his mum. We made hand and footprints, a lock of hair, and the photos the charity volunteer took with the Cuddle Cot running in the corner.

## So what?

I have done this many times now and I still find the paperwork the hardest part: the stillbirth certificate, the post-mortem consent, the MBRRACE notification, the funeral options. ⟦NAME|Hollie⟧ asked me four times whether it was her fault for sleeping on her back. It was not, and I told her that four times.

## Now what?

I am writing this mainly to remind myself that the Sands bereavement care pathway is there for a reason, and that the checklist is a kindness, not a cold thing. I also want to push for the second bereavement room to be finished, because on ⟦DATE|the 14th⟧ we had two families and only one quiet space.`,
  },
  {
    id: "uk-free-003",
    setting: "home birth",
    role: "community midwife",
    text: `Home birth on the Wirral last night, first one in a while for me. The family had set the pool up in the conservatory, fairy lights, a playlist that was mostly Fleetwood Mac. Second-stage was forty minutes, baby girl born into the water at 03:10, Apgar 9 and 10. Physiological third stage, about 300 mL loss, intact perineum.

What struck me was how calm everything was compared with a hospital birth. No monitors, just intermittent auscultation with the Sonicaid every five minutes in the second stage, and my colleague Jo sitting on the stairs doing the notes.

The one hairy moment was when the cord snapped as baby was lifted out of the water. It is a known risk with water birth and we clamped it straight away, checked baby's colour and tone, and she was fine. I'll raise it at the community team meeting because the newer midwives have not all seen it. Evidence-wise, I keep coming back to the Birthplace study (2011): for low-risk multiparous women, home is as safe as hospital for the baby and better for the mother.`,
  },
  {
    id: "uk-free-004",
    setting: "postnatal mental health",
    role: "health visitor",
    text: `Long day. Postnatal visit on ⟦ADDRESS|Flat 6, 41 Tennyson Road, Grimsby DN32 7QF⟧, a mum I have been worried about since the booking. Her EPDS was 19 today and she ticked the self-harm question. I stayed two hours. Her mother-in-law, ⟦NAME|Mrs Duggan⟧, kept saying she "just needs to get out of the house".

I rang the perinatal mental health team from the car and they will see her tomorrow. I gave the mum the number for the crisis line and left my own work mobile. Her own number is ⟦PHONE|07700 900318⟧ and I have put a reminder to call at 9am.

Things I want to remember: postpartum psychosis can appear within days and get worse fast; this is not that, but it could be. Ask directly about thoughts of harm. Do not leave a mum alone with a plan you are not sure about. And please, everyone, look at the dad too, because ⟦NAME|Shane⟧ looked like he had not slept since the birth either.`,
  },
  {
    id: "uk-what-005",
    setting: "shoulder dystocia",
    role: "obstetric registrar (ST5)",
    text: `**What?** Shoulder dystocia on the labour ward at night. Head-to-body interval of three minutes. Call for help, McRoberts, suprapubic pressure, then I delivered the posterior arm. Baby needed inflation breaths and was on the resuscitaire for four minutes; Apgars 4, 7 and 9. Brachial plexus looked intact at the neonatal check the next morning.

**So what?** I have done the HELPERR mnemonic on mannequins every year since ST1 and this was the first real one. What I noticed was that my hands knew what to do before my head did. What I also noticed was that I did not say out loud "this is a shoulder dystocia" until the midwife prompted me, and the team lost maybe twenty seconds getting into position.

**Now what?** I will say the words early. I will also stop apologising during the debrief; Sister Okonkwo pointed out that I said sorry six times to a room of people who thought it went well. The Woods screw and Rubin II are on my list for the next PROMPT day, because the posterior arm worked here but it may not next time.`,
  },
  {
    id: "uk-free-006",
    setting: "antenatal clinic",
    role: "medical student (year 4)",
    text: `Antenatal clinic in Cardiff today with the diabetes-in-pregnancy team. I saw a woman who reminded me why I wanted to do obstetrics. She has type 1 diabetes, is 30 weeks with her first, and showed me the graph on her phone from her continuous glucose monitor: time in range 71%, which the consultant said was better than hers would be.

I learned more in three hours than in the whole lecture block. Why metformin is fine and gliclazide less so. Why we scan for growth every four weeks. Why a HbA1c of 48 at booking is something to celebrate. Why she will be offered delivery at 37 to 38+6 weeks.

She also taught me some Welsh: "diolch" for thanks, and "bach", which she used about her bump. Nothing identifying went in my notebook, only the physiology. I want to come back to this clinic in my final year.`,
  },
  {
    id: "uk-comment-007",
    setting: "stillbirth",
    role: "midwife",
    text: `Beautiful writing. Just a gentle flag: you have used the family's surname and the baby's name, and with the date and the name of the suite I think anyone on the unit would know exactly who this is. Could you edit it down to "a mother" and "her daughter"? The reflection loses nothing and the family keeps their privacy.`,
  },
  {
    id: "uk-free-008",
    setting: "neonatal transfer",
    role: "labour ward nurse",
    text: `Reflection for revalidation. Term baby born flat after an abruption, intubated on the unit and transferred out to the cooling centre. Cot card said ⟦NAME|Baby of Naomi Achterberg⟧, hospital number ⟦ID|K4471093⟧, NHS number ⟦ID|${nhs("485 777 302")}⟧. I filled in the transfer form and the transport team arrived within ninety minutes.

What I learned: therapeutic hypothermia has to start within six hours of birth, and our passive cooling before the team arrived (turning the overhead heater off, monitoring rectal temperature) counts. The mother's partner ⟦NAME|Ruud⟧ drove to the cooling centre behind the ambulance and I gave him the unit's main number. I worried I had not explained enough.

I asked my manager about a follow-up call. She said it is fine to ring the unit to ask how baby is, and it was good to hear she was extubated on day three.`,
  },
  {
    id: "uk-comment-009",
    setting: "postnatal ward",
    role: "maternity support worker",
    text: `Oh I remember her!! ⟦FACILITY_ROOM|Bay 2, bed 5 on Willow ward⟧, the lady with the twins who kept asking for toast at 4am. Her husband ⟦NAME|Gaz⟧ brought us Celebrations on discharge. So glad it all went well for them, we were all rooting for her. Hope the little ones are thriving.`,
  },
  {
    id: "uk-gibbs-010",
    setting: "eclampsia",
    role: "foundation doctor (FY2)",
    text: `Description: an eclamptic seizure in the antenatal bay at 22:40, about an hour into my first obstetrics night. A 24-year-old at 34 weeks with a headache that had been put down to dehydration. She fitted for around ninety seconds.

Feelings: I froze for a second and then remembered the drill — left lateral, airway, call for help, magnesium.

Evaluation: the team were excellent. The midwife in charge had the eclampsia box open before I got to the bedside. Magnesium sulfate 4 g loading dose over five minutes, then 1 g an hour. Labetalol for BP 178/112. She was delivered by caesarean the next morning once stable.

Analysis: the headache at 20:00 was the warning sign. Her protein:creatinine ratio had come back at 95 that afternoon and nobody had linked it. I had read the NICE hypertension in pregnancy guideline (NG133) for my exams but reading it is not the same as having a protocol in your hands when the bed is shaking.

Conclusion: a headache in a pregnant woman after 20 weeks is pre-eclampsia until proven otherwise.

Action plan: I have asked the registrar, Dr Whitcombe, to go through the proteinuria thresholds with me, and I will do the eclampsia e-learning module again.`,
  },
  {
    id: "uk-free-011",
    setting: "traveller community antenatal care",
    role: "specialist midwife",
    text: `Outreach day with the Gypsy and Traveller liaison nurse. Our first visit was to ⟦LOCATION|the site behind the Esso garage on the A1 at Langthorpe⟧, to see a young woman who had missed three appointments. She is expecting in the spring and has never had a scan because her last GP practice took her off their list when the family moved on.

Her aunt, ⟦NAME|Big Nan Lee⟧, did most of the talking and knows more about pregnancy than half of my preceptees. We booked her in on the spot in the caravan, did bloods, and I wrote my mobile on the red book because she said the "system" never rings back. Her own phone is ⟦PHONE|07700 900592⟧.

I am writing this because I am angry at how easily women like her drop out of care. The MBRRACE reports show it every year.`,
  },
  {
    id: "uk-what-012",
    setting: "caesarean section",
    role: "theatre nurse",
    text: `What? I scrubbed for a category 1 caesarean at 02:00 for a cord prolapse. The midwife was on the bed with her hand holding the presenting part up, all the way into theatre. Knife to skin at 11 minutes from the decision; baby out at 13 minutes with good tone and a loud cry.

So what? Cord prolapse is rare and I had only seen it on a slide. What amazed me was how quiet the room was. The anaesthetist did a general anaesthetic because there was no time for a spinal top-up, and everyone knew their role. I counted swabs with the second scrub nurse twice and the count was right both times, which made me feel oddly proud.

Now what? I am going to learn the knee-chest position and bladder filling that the midwife used, because in the community there is no theatre down the corridor. I also want to understand the decision-to-delivery interval target better: 30 minutes for category 1 is the usual standard, but the RCOG says it should be "as soon as possible".`,
  },
  {
    id: "uk-free-013",
    setting: "maternal death",
    role: "obstetric consultant",
    text: `I have been a consultant for twelve years and I have been at three maternal deaths. The third was on ⟦DATE|Hogmanay⟧. I won't write about her in detail, but I want to write about what happened to us afterwards, because I think we get this wrong.

She came in by ambulance from ⟦LOCATION|the croft at the end of the Bettyhill road, the one with the blue door⟧, an amniotic fluid embolism, and despite a perimortem caesarean in the resus room her heart never restarted. Her son is alive and was discharged from the neonatal unit a fortnight later.

The team debrief was the next morning. Half of the people who needed to be there were off. The midwife who did compressions for forty minutes went home at 08:00 and was back on a night shift two days later. Nobody asked her how she was.

We now have a TRiM-style practitioner on the unit. It is not enough. I'd like every trust to treat a maternal death like a major incident for the staff as well as the family.`,
  },
  {
    id: "uk-gibbs-014",
    setting: "maternal sepsis",
    role: "obstetric registrar (ST3)",
    text: `# Reflection for my ePortfolio: maternal sepsis on day 4

## Description

On ⟦DATE|Friday 7 November⟧ I was the registrar on call when the midwife on the postnatal ward asked me to see a woman who "just didn't look right". She was four days after an emergency caesarean for failure to progress, in ⟦FACILITY_ROOM|side room 3 on Ward 21 at the Royal Severn Infirmary⟧. Her name on the board was ⟦NAME|Leanne M.⟧, and her partner ⟦NAME|Dean⟧ had been asking the staff all afternoon why she was shivering.

Heart rate 128, temperature 38.9, respiratory rate 26, BP 92/50, lactate 4.1. The wound looked fine. The uterus was tender. I started the Sepsis Six within the hour: blood cultures, IV co-amoxiclav and gentamicin per our guideline, fluids, lactate, urine output, oxygen. She went to the HDU and later grew group A streptococcus.

## Feelings

Honestly, fear. I had read the MBRRACE-UK reports, with their lists of women who died of sepsis after being told they had "flu". I also felt a flash of irritation that nobody had escalated earlier, and then guilt for that, because the midwife was the one who did.

## Evaluation

What went well: the midwife trusted her instinct, the MEOWS chart triggered, and the antibiotics were in within fifty minutes. What went less well: ⟦NAME|Dean⟧ had mentioned at lunchtime that their toddler had a sore throat and a rash. Nobody wrote it down.

## Analysis

Group A strep is the classic killer in the puerperium, often spread from children at home. The RCOG Green-top guideline on sepsis after pregnancy (No. 64b) mentions it specifically. The family history was the clue, and it came from the person who was not the patient.

I also noticed that the bedside handover board displayed her full first name and the initial of her surname, which anyone walking past could see.

## Conclusion

Listen to partners. Ask about sick children at home. Sepsis can look like tiredness for a few hours and then like dying.

## Action plan

1. Present this case (anonymised) at our Wednesday teaching, with the streptococcal history as the key learning point.
2. Ask the ward manager whether the boards can show initials and bed numbers only.
3. Re-read the [UKHSA guidance on invasive group A strep](https://www.gov.uk/government/publications/invasive-group-a-streptococcal-disease-managing-community-contacts) and the Sepsis Trust's maternal screening tool.
4. Follow up with the microbiologist about whether the toddler was treated; she was, by their GP, the same day.`,
  },
];
