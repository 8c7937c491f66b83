import { aadhaar } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

const RAMESH_AADHAAR = aadhaar("4821 7730 915");

/** India: 11 items, 6 with identifiers, 2 comments. */
export const IN: readonly SourceItem[] = [
  {
    id: "in-free-001",
    setting: "medical emergency",
    role: "junior resident (medicine)",
    text: `Posting this from the duty room after a 36-hour call because I need to write it somewhere.

At 1:40 am ⟦NAME|Shri Ramesh Chand Yadav⟧ was brought to medicine casualty by his two sons on a borrowed tractor-trolley from ⟦LOCATION|Nagla Sheoram in Mathura district⟧, 70 km away. Unconscious, pinpoint pupils, frothing, smell of pesticide. GCS 7. Classic organophosphate poisoning. We started atropine 2 mg boluses, doubling every five minutes, until his chest was clear and his heart rate over 80. He needed 48 mg in the first hour, then an infusion. Pralidoxime as per unit protocol.

The sons had nothing but his Aadhaar card, so his registration slip says Aadhaar ⟦ID|${RAMESH_AADHAAR}⟧ and UHID ⟦ID|MED24-0918833⟧. The elder son gave me his number, ⟦PHONE|+91 98555 40217⟧, in case they had to go back to the village for money.

By morning he was intubated in ⟦FACILITY_ROOM|Medicine ICU bed 6⟧. The sons slept on the floor outside.

What I keep thinking: it was a crop failure, and nobody asked why he drank it until the psychiatry resident, Dr. Anjali, came on the second day. The atropine protocol I know by heart. The question "what happened before you drank this?" I had not asked. Next call, I will.`,
  },
  {
    id: "in-what-002",
    setting: "dengue",
    role: "PG resident (medicine)",
    text: `What?
Monsoon season, and our medicine ward had 31 dengue admissions in a week, mattresses on the floor between beds. One night a 24-year-old engineering student, platelets 18,000, went into shock at 3 am: cold peripheries, narrow pulse pressure 100/88, haematocrit up from 41 to 52.

So what?
I had been watching the platelet count like everyone else, because relatives ask about platelets all day, and the relatives' pressure for platelet transfusion is enormous. But the danger sign was the rising haematocrit and the narrowing pulse pressure, the plasma leak. WHO 2009 dengue guidelines say it; our unit head, Dr. Kulkarni sir, says it every single morning. I still watched the wrong number.

We gave crystalloid 10 mL/kg over an hour, reassessed, then 7 mL/kg, and he came around. No platelet transfusion was needed, and when we explained that to his father, he did not believe us until the senior resident, Dr. Fatima, sat with him for twenty minutes with a drawing of a leaking pipe.

Now what?
I made a small chart for the nursing station with haematocrit, pulse pressure and urine output in big letters and platelets at the bottom. I also learned the drawing.`,
  },
  {
    id: "in-free-003",
    setting: "stroke",
    role: "senior resident (medicine)",
    text: `Sharing my case presentation notes for Friday's clinical meeting. Please tell me if the discussion section is too long.

Case: ⟦NAME|Smt. Kamla Devi⟧, ⟦AGE|92 years⟧, female, IPD no. ⟦ID|2024/MED/118307⟧, admitted ⟦DATE|23/08/2024⟧ with sudden-onset left hemiplegia and slurred speech, onset about 9 hours before arrival. Known hypertensive, irregular treatment. BP 210/118 on arrival. NCCT head: right MCA territory infarct, no haemorrhage. ECG: atrial fibrillation, new.

Issues discussed:
1. Out of window for thrombolysis; no thrombectomy facility in our hospital.
2. BP management in acute ischaemic stroke: we did not lower below 220/120 in the first 24 hours (AHA/ASA 2019).
3. Anticoagulation for AF in a nonagenarian after an infarct: timing (1-3-6-12 day rule), bleeding risk, HAS-BLED 3, and her family's wishes.
4. Swallow assessment before oral feeds; she aspirated on day two.
5. Who decides? Her grandson, ⟦NAME|Rohit⟧, had the smartphone and the medical vocabulary, but her eldest son had the authority.

Discussion: the medicine was the easy part. We spent more time on who was allowed to say "no ventilator" than on choosing between apixaban and dabigatran.`,
  },
  {
    id: "in-free-004",
    setting: "night shift",
    role: "junior resident (medicine)",
    text: `A night in a government medical college medicine casualty, written down because my mother keeps asking what I actually do.

8 pm: Handover from the day JR, Dr. Saurabh, who looks like he has aged a year since morning. Forty-two patients in a space built for twenty. Three on oxygen cylinders because the wall supply in one corner is not working.

9 pm: A young man with fever and jaundice and a rising creatinine. Leptospirosis until proven otherwise in this season. Ceftriaxone, fluids, careful with potassium.

10:30 pm: A woman in her sixties with a GCS of 9 and a blood sugar of 620. DKA, or hyperosmolar state, or both. Insulin infusion, fluids, potassium on the chart every two hours. The sister on duty, Sister Mercy, has done this more times than I have been alive and tells me, kindly, that I wrote the infusion rate in the wrong column.

12 midnight: The relatives. In our hospital each patient has two or three attendants who sleep under the bed, bring food, buy medicines from the pharmacy outside, and push the trolley to CT because there are not enough ward boys. Bahadur ji, the security guard, manages them like a traffic policeman and is the only reason the casualty does not become a crowd.

2 am: Snake bite, neurotoxic, ptosis. Twenty vials of anti-snake venom, neostigmine trial, then a ventilator we found by calling three ICUs. The intern, Sneha, bagged him for twenty-five minutes while we waited. She did not complain once.

4 am: Tea. The canteen uncle opens for residents at four.

5:30 am: A man in his seventies with Parkinson's disease, aspiration pneumonia, and a family who ask me, very directly, whether there is any point in the ventilator. We talk for half an hour. I call my unit head, Dr. Menon, who comes in at 6 to talk to them himself.

8 am: Handover. Nobody died on my shift. I am not sure whether that is skill or luck.

What I want to remember from this night is not the DKA or the venom. It is Sneha bagging, Sister Mercy correcting me without making me small, and Bahadur ji making room for a stretcher at 2 am. Medicine casualty is a team sport. My mother will get a shorter version.`,
  },
  {
    id: "in-comment-005",
    setting: "night shift",
    role: "senior resident (peer comment)",
    text: `Beautifully written. One small clinical point for juniors reading: in the DKA/HHS overlap, go slower with fluids and sodium correction than in pure DKA, and check the corrected sodium, not just the measured. Also, please send this to the Dean's office as feedback about the wall oxygen. Nobody will fix it if residents don't write it down.`,
  },
  {
    id: "in-gibbs-006",
    setting: "discharge against medical advice",
    role: "PG resident (medicine)",
    text: `Description: ⟦NAME|Mohd. Irfan⟧, a 46-year-old autorickshaw driver with decompensated liver cirrhosis and hepatic encephalopathy grade 2, asked to leave against medical advice on day 5. His wife said they could not afford more days away from work. I filled the LAMA form: his Aadhaar number, the address ⟦ADDRESS|H.No. 14/221, Gali No. 3, Seelampur, Delhi 110053⟧, and a phone number that turned out to belong to a neighbour.

Feelings: Frustration first, then shame when I understood that the "non-compliance" was about rent, not about understanding.

Evaluation: I explained the risks of rifaximin being stopped, of his ascites, of variceal bleeding. I did not ask what support would make staying possible.

Analysis: I spoke later to our medical social worker, Mrs. Dsouza, who told me there are scheme benefits under Ayushman Bharat that might have covered his medicines. I had never asked her for help with a LAMA patient before.

Conclusion: LAMA is often a financial event dressed up as a behavioural one.

Action plan: Call the social worker before the form, not after. Give written lactulose instructions in Hindi. Note the right phone number. I also put a reminder on my phone to call on ⟦DATE|2 October⟧, his follow-up date, to see if he came. He did not.`,
  },
  {
    id: "in-free-007",
    setting: "ward round",
    role: "junior resident (medicine)",
    text: `Unit round notes, Dr. Menon's unit, Tuesday.

Bed side teaching on a 19-year-old with tremor, dysarthria, and deranged LFTs. Dr. Menon asked everyone to look for Kayser-Fleischer rings with a torch before the slit-lamp confirmation. Wilson's disease: low ceruloplasmin, high 24-hour urinary copper. Treatment with penicillamine or trientine, zinc for maintenance. Screen siblings.

Then a man with a mid-diastolic murmur and AF: mitral stenosis, rheumatic. We talked about Carey Coombs murmur, about why rheumatic heart disease is still common here, and about secondary prophylaxis with benzathine penicillin every three weeks.

Last, a woman with a hard, fixed supraclavicular node on the left: Virchow's node, Troisier's sign, and why we examine the left side first in suspected gastric malignancy.

Dr. Menon's rule for presentations: first line is age, sex, one-line problem, and what you think it is. "Don't make me wait for the diagnosis like a Bollywood climax." Everyone laughed, and everyone now does it.

Post-round, I read the Harrison's chapter on Wilson's disease again. Our PG exam is in May and I am behind.`,
  },
  {
    id: "in-free-008",
    setting: "family communication",
    role: "senior resident (MICU)",
    text: `Families in our MICU are not allowed in after 8 pm, so the updates happen on the phone. Last month I discovered they also happen somewhere else.

⟦NAME|Mr. Suresh Agarwal⟧, admitted with ARDS after H1N1, had a very large family. His nephew added me (without asking) to a WhatsApp group called ⟦OTHER|Suresh Papa ICU Bed 9 Updates⟧ with 64 members, and every evening someone posted "Doctor ma'am, what is today's report?" and a photo of the monitor that a relative had taken during visiting.

At first I replied, because it was easier than fifteen phone calls. Then one evening an uncle in Dubai posted his SpO2 and FiO2 with a forward from a stranger saying "proning is dangerous, ask for Ivermectin". I realised I had become the source of a medical broadcast I did not control.

I exited the group and spoke to his son, ⟦NAME|Ankit⟧, whom we made the single point of contact. One call at 7 pm, every day, from the resident on duty. Ankit would then update the group. Our HOD, Dr. Rao, made it policy for the unit, and it is now part of our admission counselling.

He was extubated on day 16. The group celebrated with 64 thumbs-up.`,
  },
  {
    id: "in-what-009",
    setting: "delirium",
    role: "PG resident (geriatric medicine)",
    text: `What? My nani in Jaipur was admitted last winter with a urinary infection and for two days she thought I was her younger brother. I'm a geriatric medicine resident. I still did not recognise it as delirium at first, because she was quiet, polite, and ate her dal.

So what? Hypoactive delirium is common in our wards and is missed more than any other kind. In Indian hospitals the attendant is usually a family member who knows the patient's baseline, which is a huge resource if we ask them. The CAM takes three minutes. We do it on almost nobody.

A lot of what we do makes it worse: lights on all night, no spectacles, no hearing aid, urinary catheters "for convenience", tramadol, and the bay full of monitors beeping. I have also seen haloperidol given at 2 am to a man who was only calling for his son.

Now what? In our unit we started a small project with the nursing in-charge, Sister Lalitha: CAM at admission for everyone over 65, ask the attendant "is this their normal?", spectacles and hearing aids within reach, lights down at 10 pm. Three months in, our documented delirium rate has gone up. Dr. Rao says that is the point.`,
  },
  {
    id: "in-comment-010",
    setting: "medical emergency",
    role: "intern (peer comment)",
    text: `I was the intern in casualty that night. ⟦NAME|Yadav ji⟧ was shifted out of ICU on Monday and his sons came to the duty room with sweets. His registration still shows Aadhaar ⟦ID|${RAMESH_AADHAAR}⟧ with the wrong age, by the way; the MRD needs to correct it before the discharge summary. Psychiatry follow-up is fixed for Thursday.`,
  },
  {
    id: "in-free-011",
    setting: "diabetes",
    role: "DM resident (endocrinology)",
    text: `A learning point from a cross-referral at night, shared with permission from my unit.

A 34-year-old software engineer with type 1 diabetes was admitted under surgery for appendicitis. He used an insulin pump and the surgical team, understandably, did not know what to do with it. The pump was left running, the cannula site became inflamed, and by the next evening he was in moderate DKA.

I saw him at 11 pm. The pump, serial ⟦DEVICE|MMT-780G-NG4471902H⟧, showed occlusion alarms that had been silenced three times. His wife, ⟦NAME|Deepa Menezes⟧, had already emailed his diabetologist from ⟦EMAIL|deepa.menezes.blr@gmail.com⟧ with photos of the pump screen, and forwarded that email to me via the ward phone. We removed the pump, started a fixed-rate IV insulin infusion at 0.1 units/kg/hour, and replaced potassium.

Teaching points:
- Every ward should have a pump policy: who is allowed to keep a pump on, and when it must come off (sepsis, reduced consciousness, surgery).
- Patients often know their pumps better than we do. Ask them.
- A silenced alarm is information.

Our DM professor, Dr. Krishnan, has asked me to draft that policy by the end of the month.`,
  },
];
