import type { SourceItem } from "../../corpus/types.ts";

/** Ireland, the UK, the US and Canada. */
export const WEST: SourceItem[] = [
  { id: "ie-free-001", setting: "general practice", role: "GP trainee", text: `
# Home visit on the peninsula

⟦NAME|Mrs Bríd Ní Fhlaithearta⟧, who is ⟦AGE|91⟧ and still keeps hens, lives in ⟦LOCATION|the last house in Ros an Mhíl before the ferry pier⟧. I visited on ⟦DATE|Friday 5th September⟧ with my trainer, Dr. Seán Ó Murchú, because her daughter rang about confusion.

A urine dip and a careful look at her medicines: she had doubled her own zopiclone. We stopped it, arranged the public health nurse, and her daughter promised to call the practice on Monday.

I learned how much of rural general practice is knowing the geography. The ICGP guidance on home visits is vague; Dr. Ó Murchú's rule is simpler: if you cannot describe the house, you have not visited.
` },
  { id: "ie-what-002", setting: "ED", role: "emergency registrar", text: `
**What?** A busy Saturday in the ED. Our consultant, Dr. Aoife Gallagher, ran the department from the central desk, and Clinical Nurse Manager Dolan coordinated the trolleys. The HSE escalation plan was triggered at 14:00. I saw a chest pain, two fractured wrists, an overdose and an elderly man with cellulitis.

**So what?** I noticed how much time went into finding beds rather than treating patients. The Irish Association for Emergency Medicine's 2023 position paper on trolley waits says this better than I can.

**Now what?** I want to learn the escalation framework properly and shadow the bed manager for a shift. I also booked the RCSI simulation day in Dublin on airway management for November.
` },
  { id: "uk-free-004", setting: "ward round", role: "FY1 doctor", text: `
# The board round that worked

On our respiratory ward the board round at 09:15 takes twenty minutes. Dr Helen McAllister, the consultant, stands at the whiteboard; Sister Bernadette O'Neill calls out each bed; the physio and OT say one line each. Then we go and see the sick ones first.

I used to think rounds were for consultants. This week I realised they are for the nurses, because Sister O'Neill's question "who's going home today?" changed what I did all morning. The NEWS2 chart and the red-to-green days framework helped too.

My learning: a good board round is short and everybody speaks. The BTS oxygen guideline (2017) and the RCP's "Modern ward rounds" report (2021) say similar things. I will bring a printed list of the overnight bloods tomorrow.
` },
  { id: "uk-what-005", setting: "community nursing", role: "district nurse", text: `
**What?** Visited ⟦NAME|Mr Gwilym Parry⟧ for his leg ulcer dressing at ⟦ADDRESS|2 Tŷ Isaf Cottages, Llanfachreth, Dolgellau LL40 2EA⟧. His syringe driver had been set up the week before and the pump's asset number, ⟦DEVICE|BD-0078815⟧, did not match the one on our record.

**So what?** A mismatched asset number means a device may have missed its service. It was a swap made at the hospice and never written down.

**Now what?** I updated the equipment log, emailed medical physics, and checked our other three drivers. His son asked for updates at ⟦EMAIL|gwil.parry.llanfach@btinternet.com⟧ rather than by post. I will raise it at the team meeting on Tuesday with our team lead, Carys.
` },
  { id: "uk-gibbs-006", setting: "surgery", role: "core surgical trainee", text: `
## Description
Emergency laparotomy for a perforated duodenal ulcer. The patient, ⟦NAME|Darren Kirkbride⟧, was admitted on ⟦DATE|the 28th⟧ and went to ⟦FACILITY_ROOM|theatre 6⟧, then ⟦FACILITY_ROOM|bay B bed 3 on Ward 22⟧. NELA risk was 9%.

## Feelings
Excited, then tired, then worried when his lactate rose overnight.

## Evaluation
Mr Hargreaves, the consultant, came in at 2am. I appreciated that.

## Analysis
I had not escalated early enough; the lactate had been 2.8 at midnight.

## Conclusion and action plan
Escalate trends, not thresholds. I will review the NELA report (2023) and the RCS Good Surgical Practice guidance.
` },
  { id: "uk-free-007", setting: "OSCE", role: "medical student", text: `
# Passing the PACES-style mock

Our mock finals were in the clinical skills centre on Saturday. The examiners were Dr Priya Raman and Mr Tom Fletcher, both kind and both fierce. I had a cardiovascular station with a mechanical mitral valve: the simulated patient, an actor named Graham, said "tick tick" every time I put the stethoscope on.

Things I learned: say what you hear before you guess the diagnosis. Present in the order inspection, palpation, auscultation, then a summary. Mention warfarin and the INR target (2.5–3.5 for mechanical mitral) without being asked.

The mock results come out on 14 March, and the real finals are in May. I am going to the Geeky Medics revision course in London and doing an hour a day on the MRCP PACES videos.
` },
  { id: "uk-what-008", setting: "paediatrics", role: "paediatric nurse", text: `
**What?** A teenager with type 1 diabetes came in in DKA because her insulin pump had stopped delivering. Her mum had logged the pump's serial, ⟦DEVICE|TSL-2P-9034471⟧, in the school care plan. She goes to a small rural school in ⟦LOCATION|the hamlet of Upper Hulme, under the Roaches⟧.

**So what?** A pump failure can turn to DKA within hours, because there is no long-acting insulin on board. Her school staff had not been taught the pen back-up plan.

**Now what?** I have written a one-page pump failure plan for the school, and our diabetes specialist nurse, Jo Partridge, will visit them next term.
` },
  { id: "uk-comment-009", setting: "general practice", role: "GP", text: `
Lovely reflection. A practical point from a GP in Leeds: the NICE NG28 update (2022) changed the SGLT2 advice, and our PCN pharmacist, Amira, runs a lunchtime session on it every quarter. The Chapel Allerton and Headingley practices share the slides. Also, the cafés on the Otley Road do a good flat white before the afternoon surgery.
` },
  { id: "us-free-010", setting: "ICU", role: "resident", text: `
# LVAD alarms at 3 a.m.

Mr. ⟦NAME|Dwayne Tillman⟧, who lives in a trailer at ⟦ADDRESS|Lot 44, Shady Pines Mobile Home Park, 1180 County Road 12, Piedmont, AL 36272⟧, came to our unit with a low-flow alarm on his LVAD. The controller serial, ⟦DEVICE|HM3-CTRL 60-11873⟧, was on the sticker the VAD coordinator asked us to read aloud over the phone.

His home monitor had stopped uploading from ⟦IP|203.0.113.87⟧ two days earlier, and his MRN, ⟦ID|AL-00481277⟧, was flagged for a missed transmission. He had been vomiting all day and was dry. We gave fluid boluses carefully and the flows came back.

What I learned: with an LVAD, the blood pressure cuff lies, the doppler tells the truth, and the VAD coordinator is your best friend at 3 a.m. I will read the ISHLT guideline (2023) before my next ICU block.
` },
  { id: "us-what-011", setting: "medical education", role: "attending physician", text: `
**What?** I ran a morning report for our internal medicine residents on Tuesday. Dr. Marcus Greene, the chief resident, presented a case of thyroid storm from a textbook, and Dr. Anjali Shah from endocrinology joined us. We used the Burch-Wartofsky score.

**So what?** The residents were engaged because they had to commit to a diagnosis before the reveal. The ACGME milestones on clinical reasoning came alive.

**Now what?** I want to make morning report a safe place to be wrong. I will invite the nurses from 7 West, who often spot the deterioration first, and try the "one-minute preceptor" method the AAMC toolkit describes. Pizza from the place on Halsted Street helped attendance too.
` },
  { id: "us-gibbs-012", setting: "emergency department", role: "paramedic", text: `
## Description
We were called to ⟦ADDRESS|4417 Dry Creek Road, Apt B, Elko, NV 89801⟧ for a diabetic found unresponsive. Her glucose was 31 mg/dL. Her son's pickup, Nevada plate ⟦OTHER|7TRK 441⟧, blocked the driveway and we had to ask him to move it.

## Feelings
Calm. Hypoglycaemia is the call every medic wants because you can fix it.

## Evaluation
D10 worked in minutes.

## Analysis
She refused transport. Capacity assessment was the hard part.

## Conclusion and action plan
I will read our state protocol on refusal after hypoglycaemia and talk to our medical director, Dr. Ellen Vasquez.
` },
  { id: "us-free-013", setting: "OB-GYN", role: "medical student", text: `
# The language line and a first delivery

On my OB rotation in Houston I watched Dr. Carolina Mendoza deliver a baby while talking to the mother in Spanish and to me in English, switching mid-sentence. The resident, Dr. Kevin O'Brien, used the language line for the consent because hospital policy requires a certified interpreter even when the doctor is fluent.

I had not known that. It felt clumsy at first, but it protected everybody.

ACOG Committee Opinion 819 (2021) on informed consent is short and worth reading. I also liked the hospital's "teach-back" card. Tacos from the truck on Westheimer after the shift; the nurse, Ms. Lakisha Brown, told me which one.
` },
  { id: "us-comment-014", setting: "pharmacy", role: "clinical pharmacist", text: `
Good catch on the heparin. At our hospital the pharmacists now verify every weight-based heparin order against the most recent weight, not the admission one. Dr. Patel on the P&T committee pushed for it after the ISMP alert in 2020. Our Epic build flags weights older than 72 hours.
` },
  { id: "ca-free-015", setting: "rural medicine", role: "family medicine resident", text: `
# A fly-in clinic

The nurse-in-charge of the nursing station, Ms. Karen Moose (her family name, and she jokes about it), met our plane at the airstrip. We saw 34 patients in two days. The most memorable was an elder, ⟦NAME|Mr. Elijah Beardy⟧, who lives at ⟦LOCATION|the blue house by the Anglican church in Wapekeka First Nation⟧ and wanted his hearing aids fixed more than anything else.

His new cochlear implant processor, serial ⟦DEVICE|CP1150-778342⟧, had a dead battery, which we swapped.

I learned that "what matters to you" beats "what's the matter" in the north. The College of Family Physicians of Canada rural curriculum is now on my reading list.
` },
  { id: "ca-what-016", setting: "emergency department", role: "emergency nurse", text: `
**What?** A toddler with croup arrived at 02:00 by car from ⟦LOCATION|Rural Route 3 outside St-Pacôme, past the maple sugar shack⟧. She had a barking cough and stridor at rest. We gave dexamethasone 0.6 mg/kg and nebulised epinephrine.

**So what?** The parents had driven forty minutes in a snowstorm. The Westley score was 6 on arrival, 2 after four hours.

**Now what?** Discharged on le ⟦DATE|12 janvier 2025⟧ with a clear plan in French; her father's cell is ⟦PHONE|418-555-0163⟧. I want our discharge sheet translated properly rather than by the resident on nights. I will ask our clinical nurse educator, Mme Julie Tremblay.
` },
  { id: "ca-comment-017", setting: "medical education", role: "clinical lecturer", text: `
Great reflection. CaRMS interviews are stressful; we remind students at Dalhousie that the interview is a conversation. The CanMEDS roles framework (2015) is your best prep: pick a story for each role. Dr. Okafor and Dr. Leblanc run mock interviews every January in Halifax and Saint John. Poutine afterwards is optional but recommended.
` },
  { id: "ca-free-018", setting: "long-term care", role: "geriatrics fellow", text: `
# Delirium and the long-term care home

I visited a long-term care home with Dr. Margaret Chen, a geriatrician, and the director of care, Ms. Rosalie Fournier. We reviewed antipsychotic prescribing for all residents on the second floor. Eight of thirty were on quetiapine, mostly for sleep.

We discussed the Choosing Wisely Canada recommendations (2014, updated 2021) and the BPSD algorithm. The nurses knew which residents were calmer with music than with pills.

I learned that deprescribing in long-term care is a team effort, and families need a phone call before, not after. Next month the Canadian Geriatrics Society meeting is in Toronto; Dr. Chen is presenting the results of our audit there.
` },
];
