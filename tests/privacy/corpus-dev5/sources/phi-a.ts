/**
 * dev5 items with identifiers, part A: UK, Ireland, US, Pakistan, India. Every patient, relative, number, address,
 * plate and handle is invented; real towns and hospitals are named but the people and events tied to them are not real.
 */
import { aadhaar, nhs } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

export const PHI_A: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "night shift",
    role: "FY1 doctor",
    text: `
# Gibbs reflection: my first death verification on nights

**Description**

It was the night of ⟦DATE|August bank holiday Monday⟧, my third night on the medical take. At about 02:40 the nurse in charge, Paula, bleeped me to verify the death of ⟦NAME|Mrs Pickersgill⟧, who was ⟦AGE|ninety-six⟧ and had been on ⟦FACILITY_ROOM|Ward 23, bay 4, the bed by the window⟧ for eleven days with aspiration pneumonia on a background of Parkinson's disease. Her DNACPR and ReSPECT form were in the folder. Her granddaughter ⟦NAME|Kerry⟧ had stayed until midnight and then driven home to ⟦LOCATION|Oxenhope⟧, and had asked to be rung "whatever the hour".

**Feelings**

I had done the e-learning module and watched my registrar, Dr Farrukh Anwar, do one on my first week, but I had never done it alone. I felt clumsy with the stethoscope and aware that the other three ladies in the bay were awake behind their curtains.

**Evaluation**

The verification itself went fine: no central pulse for one minute, no heart or breath sounds for five minutes, pupils fixed, no response to supraorbital pressure. I documented the time as 02:58. What went less well was the phone call. I rang ⟦NAME|Kerry⟧ and started with "I'm afraid I'm ringing with some bad news", which Paula later told me was fine, but then I over-explained the verification process and she went quiet.

**Analysis**

Looking at the Resuscitation Council UK guidance and the local policy from 2022, I was technically correct. But the family do not need the procedure; they need to know she died peacefully and that someone was with her. ⟦NAME|Kerry⟧'s first question was whether her gran had been on her own.

**Conclusion**

I was competent but I was not kind enough on the phone.

**Action plan**

Ask to shadow the palliative care team's family calls during my next rotation and write a short script for myself that starts with the person, not the procedure.
`,
  },
  {
    id: "uk-what-002",
    setting: "community nursing",
    role: "district nurse",
    text: `
## What? So what? Now what? — the leg ulcer that wasn't healing

**What?** I have been dressing a venous leg ulcer on a gentleman who lives in ⟦LOCATION|the bungalows behind the Co-op in Cwmafan⟧ for nearly four months. He turns ⟦AGE|93⟧ on ⟦DATE|Christmas Eve⟧ and still insists on walking to the allotments every morning. On ⟦DATE|Weds 14th⟧ I noticed the edge of the ulcer had rolled and was bleeding, and it smelt different. I measured it (4.2 x 3.1 cm, up from 3.5 x 2.8) and photographed it for the tissue viability nurse.

**So what?** I had been so focused on compression bandaging and ABPI readings (0.92 on the right) that I had stopped really looking at the wound bed. The TVN, Siân Pryce, agreed it needed a biopsy to rule out a Marjolin's ulcer and the GP referred him urgently under the two-week-wait pathway. His wife ⟦NAME|Glenys⟧ asked me straight out whether it was cancer and I did not know what to say.

**Now what?** I am going to build a "fresh eyes" check into my caseload: every six weeks, a different nurse reviews each chronic wound. I have also booked onto the Wound Care Alliance study day in March.
`,
  },
  {
    id: "uk-free-003",
    setting: "emergency department",
    role: "ED staff nurse",
    text: `
⟦DATE|Boxing Day⟧ in majors. Still processing it honestly.

Came on at 07:30 on ⟦DATE|the 26th⟧ to find majors full and eight in the corridor. The one I keep thinking about: a lady brought in by ambulance from ⟦LOCATION|Fernlea Court care home in Bramhope⟧ after a fall, ⟦AGE|aged 101⟧ — the crew had written "101!!" on the handover sheet with two exclamation marks. She sat on a trolley in ⟦FACILITY_ROOM|corridor space C4⟧ for nine hours before a bed came up on ⟦FACILITY_ROOM|Ward J27 at Jimmy's⟧. She was lovely. She told me she'd been a ⟦OTHER|Land Girl at the Harewood estate and then the first woman to drive the Otley bus⟧ and she wanted a cup of tea more than any analgesia.

Her NHS number was ⟦ID|${nhs("401 023 218")}⟧ and I know that because I typed it in about fifteen times for bloods, X-ray, the fluid chart and the falls bundle.

Things I'm angry about: that corridor care is normal now. Things I'm proud of: we got her a proper chair, a blanket and a pressure-relieving cushion, and the HCA, Denise, sat with her for her lunch.

Things I'm going to do: raise the corridor care Datix like Sister Holroyd asked, even though it feels pointless.
`,
  },
  {
    id: "uk-comment-004",
    setting: "ward round",
    role: "medical student",
    text: `
Oh I think I clerked him too!! Was it the gentleman in ⟦FACILITY_ROOM|side room 6 on Ward 10⟧ who used to be the ⟦OTHER|lighthouse keeper on Flat Holm⟧? He told me all about the foghorn. ⟦NAME|Mr Bevan⟧ I think. Sad to hear he passed over the ⟦DATE|Easter weekend⟧ — he was so sharp for ⟦AGE|97⟧. Thanks for writing this, really helpful for my own palliative care portfolio entry.
`,
  },
  {
    id: "ie-free-005",
    setting: "general practice",
    role: "GP trainee",
    text: `
A house call I won't forget

Dr Nolan sent me out alone on a home visit last week. The patient lives at ⟦ADDRESS|4 Knocknagree Road, Ballydesmond, Co. Cork P51 XK27⟧, up a boreen that the satnav gave up on. He is ⟦AGE|ninety-four⟧, lives alone since his wife died, and keeps bees. He'd had three falls in a fortnight and refused to come in to the surgery because "the bees won't mind themselves".

What struck me: he knew exactly what he wanted. He didn't want a care package, he wanted a rail by the back step. His nephew ⟦NAME|Donal⟧ (who rang me after, on ⟦PHONE|087 555 0192⟧) thinks he should go into a nursing home.

I did a lying/standing BP (orthostatic drop of 28 mmHg systolic) and looked at his medications: doxazosin plus bendroflumethiazide. Stopping the doxazosin after a chat with Dr Nolan is probably the biggest single thing we will do for him. I learned more about the Morse Fall Scale and capacity assessment in one afternoon than in a month of tutorials.
`,
  },
  {
    id: "us-gibbs-006",
    setting: "internal medicine",
    role: "PGY-2 resident",
    text: `
### Gibbs: the discharge that bounced back

**Description.** ⟦NAME|Mr. Lyle Tuttle⟧ (I'll call him ⟦NAME|L.T.⟧ from here) was admitted on ⟦DATE|the Friday before Thanksgiving⟧ with a CHF exacerbation, EF 25%, and discharged Tuesday after diuresis. He was readmitted ⟦DATE|Black Friday⟧ with the same thing. He lives in a trailer park outside ⟦LOCATION|Hazard, KY⟧ — off ⟦ADDRESS|Lot 17, Happy Hollow Rd⟧ — with no scale, no car, and a daughter who works nights.

**Feelings.** Frustrated, then guilty. I wrote the discharge summary. I wrote "daily weights" as if he owned a scale.

**Evaluation.** Medically the plan was right: furosemide 40 mg BID, metoprolol succinate, lisinopril, follow-up in 7 days per the 2022 AHA/ACC/HFSA guideline. Practically it was useless.

**Analysis.** Our case manager, Tonya, told me afterwards she could have got him a scale through the county program if anyone had asked. Social determinants are not a lecture topic, they are the discharge.

**Conclusion.** I need to ask "how will you do this at home?" for every instruction.

**Action plan.** Add a "can they actually do this" line to my discharge checklist and page case management before day of discharge, not on it.
`,
  },
  {
    id: "us-what-007",
    setting: "emergency medicine",
    role: "paramedic",
    text: `
**What?** Call came in about 0300: elderly female, unresponsive, at ⟦ADDRESS|2214 W. Cermak Rd, Apt 3R, Chicago, IL 60608⟧. Her grandson ⟦NAME|DeShawn⟧ met us at the door with her pill organizer. She was ⟦AGE|ninety-one⟧ per the grandson, diabetic, on glipizide. Fingerstick 32 mg/dL. We gave D10 and she woke up swearing at my partner, which honestly was the best outcome. She refused transport.

**So what?** Refusals in the elderly make me nervous. Is she competent to refuse at 0300 after a hypo? We did a full capacity conversation, got online medical control on the line (Dr. Fitzgerald, very calm), and documented everything. The grandson's cell is ⟦PHONE|(312) 555-0178⟧ and we left it with dispatch for a welfare check.

**Now what?** I'm going to push our agency to adopt a hypoglycemia non-transport protocol like some Texas EMS systems have. Sulfonylurea hypos can recur for 24 hours, and I want a structured follow-up call, not just hope.
`,
  },
  {
    id: "us-free-008",
    setting: "oncology",
    role: "oncology nurse",
    text: `
I've put off writing this one.

We lost one of our long-timers this week. If you worked on ⟦FACILITY_ROOM|7 North at Dartmouth-Hitchcock⟧ you knew ⟦NAME|"Captain" Bill⟧, the ⟦OTHER|retired Coast Guard helicopter pilot from Jaffrey with the tattooed Mustang⟧, who had been coming in for chemo for his myelodysplastic syndrome since before I started. He was ⟦AGE|90⟧ at his last birthday and we threw him a party in the infusion bay with cake from the cafeteria.

![⟦NAME|Bill⟧ blowing out his ⟦AGE|90th⟧ birthday candles in ⟦FACILITY_ROOM|infusion chair 6⟧](IMG_2291.jpg)

He died at home on ⟦DATE|Sunday the 9th⟧. His wife ⟦NAME|Marlene⟧ called the unit to let us know, and asked that we let his "girls" know, meaning us.

I think about what oncology nursing takes out of you. I love the continuity and I hate it. Our unit educator, Kristin, ran a Schwartz Rounds session last spring about cumulative grief, and I remember thinking it didn't apply to me. It does.

Going to take a day, then go back in.
`,
  },
  {
    id: "us-comment-009",
    setting: "pediatrics",
    role: "NICU nurse",
    text: `
@jess_rn@med-mastodon.example so proud of you for this post. I was on the night he came in!! ⟦NAME|Baby Ezekiel⟧, ⟦FACILITY_ROOM|pod B, bed 14⟧ — that cooling blanket alarm going off all night. His mom ⟦NAME|Tasha⟧ still posts updates on her page, she linked it in the parents group: ⟦URL|https://www.facebook.com/tasha.ezekielsjourney⟧. He's walking now! Keep writing these.
`,
  },
  {
    id: "pk-gibbs-010",
    setting: "obstetrics",
    role: "house officer",
    text: `
Gibbs reflection — PPH in labour room

Description: During my night duty in ⟦FACILITY_ROOM|Gynae Unit II⟧ on ⟦DATE|the night of Chand Raat⟧, a primigravida was brought from ⟦LOCATION|Basti Malook near Multan⟧ by her husband and mother-in-law after delivering at home with a dai. She was in shock with ongoing bleeding. Her name was ⟦NAME|Shazia Bibi⟧, wife of ⟦NAME|Muhammad Aslam⟧, CNIC of husband ⟦ID|36302-5817643-1⟧ written on the admission slip. She was shifted to ⟦FACILITY_ROOM|bed 3 of the eclampsia room, Nishtar Hospital⟧.

Feelings: I was terrified. My registrar Dr Sadia Rehman was in theatre with a caesarean. I called her anyway.

Evaluation: We followed the PPH drill: called for help, two wide bore cannulas, oxytocin infusion, misoprostol 800 mcg, bimanual compression, blood sent for crossmatch. Her Hb came 5.8. She needed four units. Good: team worked fast. Bad: blood bank took 70 minutes because the family had to arrange donors first.

Analysis: The WHO 2012 PPH recommendations and the FIGO guidance are clear, but the system around us (donor-dependent blood bank, home births with untrained dais) is the real problem.

Conclusion: She survived. I learned that calling for help early is not weakness.

Action plan: I will memorise the E-MOTIVE bundle and practise bimanual compression on the mannequin in skills lab. I also want to ask our HOD whether we can keep two units of O negative reserved for the labour room on festival nights, because everyone knows the donors are at home with their families then. When I told the husband that his wife would be okay, he put his hand on my head like an elder does, and said "beti, Allah aap ko khush rakhe". I went to the duty room and cried for five minutes, then went back to monitor her vitals every fifteen minutes till morning. My mother says a doctor should not cry. I think it is fine, as long as it is after.
`,
  },
  {
    id: "pk-free-011",
    setting: "medical ward",
    role: "final year MBBS student",
    text: `
Ward round memory (⟦FACILITY_ROOM|Medical Unit III⟧)

Prof. Tahir asked me to present the patient of ⟦FACILITY_ROOM|bed no. 21, male medical ward, Mayo Hospital⟧ today. Baba ji (⟦NAME|Haji Noor Din⟧, ⟦AGE|92 years⟧ they say but CNIC says ⟦AGE|96⟧ — family laughed about it) came from ⟦LOCATION|Chak No. 47/GB near Faisalabad⟧ with hepatic encephalopathy. He was ⟦OTHER|the imam of the village masjid for sixty years⟧ and whole village came to visit, wards boys were chasing them out every hour.

I presented well I think. Grade 3 encephalopathy, asterixis present, ascites, Child-Pugh C. Prof asked me about lactulose dose and rifaximin and I answered. He asked about West Haven criteria and I mixed up grade 2 and 3.

What I really learned was not the medicine. His son ⟦NAME|Rafiq⟧ asked me after the round in Punjabi "doctor sahib, will he go home?" and I didn't know if I was allowed to answer. I said "the doctors are trying". I think that was a cowardly answer. Next time I will ask my senior first and then go back to the son.
`,
  },
  {
    id: "pk-comment-012",
    setting: "paediatrics",
    role: "postgraduate resident",
    text: `
Very nice reflection. Same thing happened in our unit last year, the child from ⟦LOCATION|Mohalla Kot Khadim Ali Shah, Sahiwal⟧ with tetanus, remember? Father's mobile ⟦PHONE|0300 5550417⟧ was on every form and nobody picked up for two days. Contact tracing and follow up for vaccination is so difficult. We should make this a topic for journal club with Dr Maryam.
`,
  },
  {
    id: "in-what-013",
    setting: "community medicine",
    role: "intern",
    text: `
What? So what? Now what? — my RHTC posting

**What?** During our rural health training centre posting we did a house-to-house survey. In ⟦LOCATION|Kothur village, ward 6, behind the Hanuman temple⟧ I met an old lady, ⟦NAME|Lakshmamma⟧, who said she was ⟦AGE|98⟧ and had ⟦OTHER|been the only midwife for the whole of Kothur and the two neighbouring tandas for forty years⟧. She had untreated cataract in both eyes. Her Aadhaar ⟦ID|${aadhaar("4821 3094 775")}⟧ was needed for the camp registration and her grandson ⟦NAME|Suresh⟧ read it out to me from a laminated card.

**So what?** Our survey form asked about diabetes and hypertension. It had nowhere to write "blind for six years, nobody has taken her to the camp". Dr Venkatesh said the NPCB camp at Shadnagar was in ⟦DATE|the first week after Sankranti⟧ and we could register her.

**Now what?** We registered her. I am going to suggest to our HOD that the survey includes a free text section for "needs not covered". And I want to follow up to see if her surgery actually happened.
`,
  },
  {
    id: "in-free-014",
    setting: "ICU",
    role: "ICU staff nurse",
    text: `
Night duty, MICU, and the WhatsApp group

This is about confidentiality. On ⟦DATE|Diwali night⟧ we had a young man in ⟦FACILITY_ROOM|MICU bed 7, Kasturba Hospital Manipal⟧ after organophosphate poisoning. Atropine infusion, PAM, ventilated. His family was huge and worried and one relative, ⟦NAME|Pradeep uncle⟧, made a group called ⟦OTHER|"Ravi MICU Bed 7 Updates 🙏"⟧ and added me from the number on the visitor slip.

I did not know what to do. I did not reply. Next morning I told our nursing supervisor Mrs. Shenoy and she said correctly that we cannot share clinical updates on WhatsApp, only the consultant talks to family in the counselling room at 11 am. I exited the group.

What I learned: families are scared and they will use whatever tools they have. We need a proper system. Our hospital gives one "attender pass" number. Maybe a fixed time phone call from the duty doctor would reduce this.

The boy (⟦NAME|Ravi Kumar⟧, 19, UHID ⟦ID|MH2204187⟧) was extubated on day 5. I felt happy to see him sitting up and eating idli.
`,
  },
  {
    id: "in-gibbs-015",
    setting: "geriatrics",
    role: "physiotherapist",
    text: `
Gibbs reflective cycle — fall prevention home visit

Description: I visited a ⟦AGE|93-yr-old⟧ retired ⟦OTHER|Carnatic veena teacher who taught at the Mysore palace school⟧ at her flat in ⟦ADDRESS|No. 12, 3rd Cross, Jayalakshmipuram, Mysuru 570012⟧ for home assessment after hip fracture. Her daughter-in-law ⟦NAME|Mrs. Vidya Rao⟧ was present.

Feelings: I felt respected and a bit nervous because she corrected my Kannada.

Evaluation: Timed Up and Go was 24 seconds. Berg Balance Score 38/56. There was a loose rug and a very high step to the bathroom. She refused a walker inside the house, "I am not so old".

Analysis: According to the NICE falls guideline and the Otago Exercise Programme evidence, strength and balance training reduces falls by about 35%. But adherence depends on the patient's own goals. Her goal was to sit on the floor again to play the veena.

Conclusion: I should have started from her goal, not from my checklist.

Action plan: Next visit on ⟦DATE|Thurs 2nd⟧ I will build the exercise plan around floor-to-chair transfers, and I will read more about goal setting (the SMART approach from our 2023 module).
`,
  },
];
