import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "labour room",
    role: "intern (MBBS)",
    text: `Labour room posting, district hospital, night 4. We had 14 deliveries between 8pm and 8am with two staff nurses, one PG and me. The labour room has four tables, and at one point there were three women on them and one on a mattress on the floor.

I want to record what I learned from Sister Mercy, who has worked here for 22 years. She does not look at the partograph as a form to fill; she looks at it like a map. When the plot crosses the alert line she already has the oxytocin ready and the referral slip half written. She taught me to feel contractions with my palm for ten full minutes rather than asking the woman.

Things that shocked me: how many women arrive after the ASHA has phoned the 108 ambulance three times; how anaemia is "normal" (Hb 7.8 was the median on my list); how the JSY cash is what brings many families in.

Things I will do: learn to suture a second-degree tear properly, and stop saying "push" in English when everyone in the room speaks Marathi. "Jor lava" works better.`,
  },
  {
    id: "in-what-002",
    setting: "postpartum haemorrhage",
    role: "obstetrics postgraduate (MS OBG)",
    text: `What? ⟦NAME|Smt. Lakshmi Bai⟧, G4P3, from ⟦LOCATION|Kondapur thanda, the Lambadi hamlet past the check dam⟧, brought in by her husband ⟦NAME|Ramulu⟧ on a tractor with a retained placenta and PPH. Shock index 1.6 on arrival. We did manual removal under ketamine, gave 3 units, and she went to the HDU (⟦FACILITY_ROOM|bed 3, OBG HDU, Gandhi Memorial District Hospital⟧). Her Aadhaar was written on the referral card — ⟦ID|${aadhaar("4681 2290 735")}⟧ — so the blood bank could register her.

So what? The delivery had happened at home with a dai, and the family waited six hours before coming. It is easy to blame them, but the road to the thanda floods in July and the 108 ambulance cannot come down it.

Now what? I discussed with my unit chief Dr Reddy about a birth-waiting home near the PHC for women from the tandas in the last month of pregnancy. Also, we should train the dais in misoprostol 600 mcg after birth, as the FOGSI and WHO guidance support.`,
  },
  {
    id: "in-free-003",
    setting: "antenatal clinic",
    role: "medical student (final year)",
    text: `OPD day in the antenatal clinic of our medical college in Kolkata. 120 women registered before 11 a.m. The PG sister allotted me the "weighing and BP" table, which I now think is the most important table in the OPD.

Observations:
1. Many women are counted as "booked" but first came at 28 weeks. Their first Hb is taken on the same day as their first scan.
2. Three women with BP above 140/90 today. One had a headache and blurring; she was admitted straight away with suspected pre-eclampsia.
3. Iron-folic acid tablets are given but many women stop them because of nausea and constipation. The nurse explained that taking them at night with water helps.
4. Gestational diabetes screening with 75 g glucose, one-step, as per the DIPSI method, regardless of fasting.

Reflection: the doctor-patient conversation in this OPD is about forty seconds long. I want to be a doctor who spends more time, but I also understand now why that is so hard here.`,
  },
  {
    id: "in-comment-004",
    setting: "postpartum haemorrhage",
    role: "ASHA facilitator",
    text: `Good write-up sir. But please remove the thanda name and the husband's name, and that Aadhaar number ending ⟦ID|7353⟧ is her full number! In our block everybody knows whose wife came on the tractor. Also we did birth-waiting home pilot in our PHC last year, happy to share the report with your unit if useful.`,
  },
  {
    id: "in-free-005",
    setting: "neonatal loss",
    role: "staff nurse (NICU)",
    text: `Posting this because I cannot sleep. Yesterday we lost ⟦NAME|B/O Parveen Shaikh⟧, a 28-weeker, day 6, in ⟦FACILITY_ROOM|warmer 11 of the SNCU⟧. Her mother had expressed milk every three hours since birth and walked up three floors each time because the lift was broken.

Her father kept asking me in Hindi, "Didi, kya galti hui?" — what mistake happened. There was no mistake. It was necrotising enterocolitis, the commonest thing in babies this small, and our team did everything correctly.

I want to write what I wish I had said: your baby was loved, your milk was the best medicine she got, and you can come back and ask us anything. Our SNCU has no bereavement room; we talk to families in the corridor. I will raise this at our nursing meeting.`,
  },
  {
    id: "in-gibbs-006",
    setting: "caesarean section",
    role: "anaesthesia resident",
    text: `Description: an emergency LSCS for fetal distress. My first spinal for a caesarean done fully on my own, with my senior watching from the door. 0.5% heavy bupivacaine 2 mL with fentanyl 10 mcg at L3-L4.

Feelings: my hand was shaking while palpating the space. When I saw CSF come back clear, I felt relief like I have rarely felt.

Evaluation: block height T4 to cold. Hypotension to 80/50 after five minutes, which I corrected with phenylephrine boluses. The baby cried immediately.

Analysis: I had not pre-loaded the phenylephrine infusion, which our department protocol now recommends rather than waiting for hypotension. My senior said I had "chased the pressure" instead of preventing it. The Obstetric Anaesthetists' Association guidance is clear on this.

Conclusion: preparation before the needle goes in is most of the job.

Action plan: prepare phenylephrine infusion for every spinal caesarean; read the OAA/ international consensus statement on vasopressors; practise explaining the block to the patient in Kannada.`,
  },
  {
    id: "in-free-007",
    setting: "home visits",
    role: "community health worker (ASHA)",
    text: `I am an ASHA and my didi from the NGO is helping me write in English. This month I did 31 home visits for pregnant and new mothers.

One visit I want to tell about. ⟦NAME|Sunita⟧, wife of ⟦NAME|Mahesh Yadav⟧, ⟦ADDRESS|house next to the Hanuman mandir, Ward 4, Bhaupur⟧, 8 months, had swelling of feet and face. I checked her BP with the machine the PHC gave us and it was 150/100. I called the ANM on her number and we took ⟦NAME|Sunita⟧ in the Janani Express. She delivered a baby boy by operation on ⟦DATE|the day of Chhath puja⟧, and both are fine.

Her MCP card number ⟦ID|UP-33-0412-2291⟧ I wrote in my diary so I can follow the vaccines. Her mother-in-law now calls me "BP wali didi". I feel proud.`,
  },
  {
    id: "in-what-008",
    setting: "ectopic pregnancy",
    role: "emergency medicine resident",
    text: `What? A young woman brought to casualty at night with collapse and abdominal pain. Urine pregnancy test positive, free fluid in Morison's pouch on FAST. Ruptured ectopic. We called OBG, put two large-bore cannulas, sent cross-match for 4 units and she was in OT within 40 minutes. Salpingectomy, 1.5 litres of haemoperitoneum.

So what? Her last period was six weeks ago, and she had told the triage nurse she was "not pregnant" because she had had a tubal ligation two years earlier. Sterilisation failures are more likely to be ectopic. The nurse was not wrong to believe her; we were right to do the test anyway.

Now what? I will teach our juniors: every woman of reproductive age with abdominal pain or collapse gets a pregnancy test, whatever the history. I also want to learn the eFAST views better. Our department has an ultrasound workshop next month run by the Society of Emergency Medicine India.`,
  },
  {
    id: "in-free-009",
    setting: "maternal mental health",
    role: "psychiatry resident",
    text: `Consult-liaison call from the postnatal ward in Chennai: a first-time mother on day 5, not sleeping, talking fast, convinced the baby had been switched. Postpartum psychosis. Her family wanted to take her to a temple first.

We admitted mother and baby together to our mother-baby unit, one of very few in the country; the national institute in Bengaluru set up the model. Started an antipsychotic and lorazepam at night. By day 10 she was sleeping and breastfeeding again with support.

The thing I will remember: her amma-paati (grandmother) sat by the bed every night and held the baby so the mother could sleep. Families are not the obstacle; they are half the treatment, if we bring them in. I wrote "Kavalai padadhinga" (don't worry) on a card for the grandmother when we discharged. That is my Tamil for the week.`,
  },
  {
    id: "in-comment-010",
    setting: "neonatal loss",
    role: "NICU consultant",
    text: `Sister, this is so honest, and I am sorry for your loss too. Nurses grieve. One request: please edit the baby's name and the warmer number out, because the parents are in our follow-up clinic and other parents read this blog. The rest should stay. Let us talk about a bereavement space at the next nursing meeting.`,
  },
  {
    id: "in-free-011",
    setting: "antenatal clinic",
    role: "obstetrics postgraduate",
    text: `Today in ANC OPD at ⟦FACILITY_ROOM|Room 14, Sri Venkateswara Institute, Tirupati⟧, a patient handed me her file and there was a typed discharge summary from her first delivery with everything on it: name ⟦NAME|Pushpa Latha K.⟧, UHID ⟦ID|SVI/2021/0448193⟧, address ⟦ADDRESS|2-118, Gandhi Nagar, Renigunta 517520⟧, mobile ⟦PHONE|+91 94401 55528⟧. She had previous LSCS and wanted to try for VBAC.

I am writing this reflection because she asked if she could "have normal delivery this time, madam" and I did not know our hospital's VBAC policy. RCOG Green-top 45 says about 72–75% of women succeed after one caesarean, and uterine rupture is about 1 in 200. We have continuous CTG and emergency OT, so she can be offered it.

Action: I have asked my professor to make a VBAC counselling leaflet in Telugu.`,
  },
  {
    id: "in-free-012",
    setting: "rural health camp",
    role: "medical student (third year)",
    text: `Health camp with our community medicine department in a tribal block of Jharkhand. I was on the antenatal table with a hand-held Doppler, a BP machine and a box of IFA tablets.

What I saw: women walking 6 km to reach the camp; a girl of 16 who was in her second pregnancy; high rates of anaemia; and the anganwadi worker who knew every woman's due date by heart without any register.

What I felt: guilty that I was taking photos for my logbook. I stopped and took photos only of the camp banner.

What I learned: the Pradhan Mantri Surakshit Matritva Abhiyan day on the 9th of every month is when a specialist is supposed to see every pregnant woman. In practice, in this block, the specialist is sometimes us students. That is not enough, but it is something.`,
  },
  {
    id: "in-gibbs-013",
    setting: "severe anaemia and referral",
    role: "medical officer (PHC)",
    text: `Description

I am the only medical officer at a 24x7 PHC in ⟦LOCATION|Tandur taluk, the PHC on the Kodangal road after the railway gate⟧. On ⟦DATE|13/01⟧, ⟦DATE|the night before Sankranti⟧, the ANM brought ⟦NAME|Mrs. Anjamma⟧ w/o ⟦NAME|Balraj⟧, 36 weeks, Hb 5.4 on HemoCue, breathless, pedal oedema, heart rate 126. Her RCH ID ⟦ID|136004418927⟧ showed she had been "registered" at 11 weeks and then had no further visits entered.

Feelings

I was scared. A woman with Hb 5 in labour can die from a blood loss that another woman would not even notice. I was also angry with the system, and with myself, because our PHC's IFA stock had run out in November and I had not escalated it loudly enough.

Evaluation

Good: the ANM recognised the danger immediately, and the 108 ambulance came in 35 minutes. We sent her with a referral letter, oxygen and the ANM. Bad: the referral hospital had no blood of her group that night and she received her first unit only at 6 a.m. She delivered a 2.1 kg boy and needed three units in total.

Analysis

Anaemia Mukt Bharat gives a clear pathway: test, treat, talk. But every step failed for her: no repeat Hb, no IV iron at the PHC, no follow-up visit. Her husband ⟦NAME|Balraj⟧ told me he works as a daily labourer in Hyderabad and she stays with his mother, who did not think "weakness" was a reason to go to hospital. Her mobile ⟦PHONE|98480 55517⟧ was switched off when the ANM tried to call in December.

Conclusion

Registration is not care. A name in a register does not mean a woman has been seen.

Action plan

- Weekly review of every registered woman in the third trimester with no visit in the last four weeks.
- Indent IFA and IV iron sucrose monthly, with a written escalation to the block medical officer when stock is below one month.
- Ask the district to allow IV iron sucrose at the PHC with a trained staff nurse.
- Talk to the ASHAs about including mothers-in-law in the VHSND sessions, because they decide when women travel.`,
  },
];
