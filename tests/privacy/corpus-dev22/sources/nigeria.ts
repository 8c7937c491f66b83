import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items, 4 with identifiers, 1 comment. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "night call",
    role: "registrar (internal medicine)",
    text: `Call night reflection, medicine, as required by my supervisor for the portfolio.

At about 11 pm ⟦NAME|Mama Nkechi⟧ (⟦NAME|Mrs. Nkechi Obiora⟧, but nobody on the ward calls her that) became drowsy on ⟦FACILITY_ROOM|Female Medical Ward bed 12 at LUTH⟧. She is a known hypertensive with chronic kidney disease, admitted for uraemia, and was waiting for her second dialysis session, which the family had not yet paid for. Her potassium came back at 7.1 mmol/L. ECG showed tall tented T waves.

I gave 10 mL of 10% calcium gluconate, then insulin with dextrose, and salbutamol nebs. The dialysis unit would not start without the deposit. Her daughter ⟦NAME|Chiamaka⟧ was in Ikorodu, so I called her on ⟦PHONE|0803 555 0192⟧ at midnight and she said she would bring the money at first light. I stayed with her mother until 2 am, repeating the potassium.

She survived to dialysis at 9 am. I did nothing clever. What I want to write down is the anger I felt that her life depended on a bank transfer, and that I felt it at 1 am with no one to say it to. My consultant, Dr. Adesanya, says we must advocate for the NHIA to cover dialysis properly. I want to do that, not just feel angry.`,
  },
  {
    id: "ng-what-002",
    setting: "severe malaria",
    role: "house officer",
    text: `What?
Admitted a 23-year-old corps member with fever, jaundice and confusion at 10 pm. Thick film: heavy parasitaemia, Plasmodium falciparum. GCS 11, glucose 2.1 mmol/L, Hb 6.8. Severe malaria with cerebral features and hypoglycaemia.

So what?
IV artesunate 2.4 mg/kg at 0, 12 and 24 hours, then daily, correct the glucose, cautious fluids, blood transfusion. I knew all that from the WHO guidelines, 2023 edition. What I didn't know was how much time I'd spend finding artesunate at night; our pharmacy had run out and the only stock was with a patent medicine shop across the road. The porter, Mr. Bayo, went for it in the rain.

Dr. Ogundipe, my consultant, said at the morning review that my management was correct and my documentation was poor: no times on the artesunate doses, no repeat glucose recorded. She was right.

Now what?
Time every dose. Check glucose hourly in cerebral malaria, especially after quinine if artesunate is unavailable. And write to pharmacy about stock-outs. He walked out on day 6, thanking Mr. Bayo more than me.`,
  },
  {
    id: "ng-free-003",
    setting: "discharge",
    role: "medical officer",
    text: `Discharge is not discharge if the bill is unpaid.

⟦NAME|Mr. Emeka Nwachukwu⟧ was medically fit on day 10 after treatment for a diabetic foot infection and sepsis. He could not leave because he owed about ₦480,000. His NIN, ⟦ID|48291736504⟧, was taken by accounts "as security", and he lay in the ward for another eleven days while his brother went from church to church. The address on his file, ⟦ADDRESS|No. 7 Adeniran Close, off Ikorodu Road, Ketu, Lagos⟧, belonged to a room he had already lost.

Every morning on the ward round we walked past him and wrote "awaiting financial clearance". His blood sugars were perfect. He was depressed, and on day 17 he asked me whether he was a prisoner.

Our social welfare officer, Mrs. Ibekwe, eventually got part of it waived through the hospital's indigent fund. I signed his discharge summary on ⟦DATE|14 November⟧.

I write this because we talk about bed occupancy as a management problem, and it is, but there is a person in the bed. I have started to document the days people stay for non-clinical reasons, for our departmental audit. Dr. Adesanya supports it.`,
  },
  {
    id: "ng-free-004",
    setting: "resident doctors' strike",
    role: "registrar (internal medicine)",
    text: `On the first day of the NARD strike I was on call, and I want to write down what that actually meant, because people outside think striking doctors just go home.

Our department had decided to maintain emergency cover, so four of us (two registrars, two senior registrars) covered medicine for a hospital of several hundred beds. The house officers were still working because their union had not joined. The consultants came more, not less, which I will always respect.

Between 8 am and 8 pm:
- A young woman with sickle cell disease in vaso-occlusive crisis, in terrible pain. Morphine, fluids, oxygen. Her mother asked me whether we were going on strike "over our salary" and I said yes. She said, "Me, I would strike too."
- A man with a hypertensive emergency, BP 240/140, headache, and retinal haemorrhages. IV labetalol. He had stopped his amlodipine two months ago because of cost.
- Meningitis in a student, neck stiffness, positive Kernig's and Brudzinski's signs. Ceftriaxone within the hour. Lumbar puncture delayed because the lab was short-staffed.
- An elderly woman with a dense stroke whose family took her home against advice because they believed nobody would look after her during the strike. They were not completely wrong.

Between 8 pm and 8 am, I covered the wards alone with a house officer, Dr. Ifeoma, who is better than many registrars.

I support the strike. Our salaries are months late, our call rooms have no running water, and colleagues leave for the UK every month. But I also saw that the people who suffer first are the patients who cannot afford private hospitals, and I don't have an easy answer.

My reflection is about holding both things. I can believe the strike is just and also believe that the woman who went home with her stroke deserved better than us. Dr. Adesanya said, in our WhatsApp group, that the worst outcome would be to stop feeling the tension, because that is how a health system becomes something you just survive.

I am writing this so I remember that I felt it.`,
  },
  {
    id: "ng-comment-005",
    setting: "resident doctors' strike",
    role: "consultant (mentor comment)",
    text: `Thank you for this. You held both truths without pretending either away, which is harder than choosing a side. Please also write the clinical incidents up formally (the delayed LP especially) so that the department has evidence when we talk to management. And rest. Covering alone with one house officer is not sustainable, and you should not have to prove that by collapsing.`,
  },
  {
    id: "ng-gibbs-006",
    setting: "stroke",
    role: "resident (internal medicine)",
    text: `Description: ⟦NAME|Alhaji Sani Danladi⟧ was brought to the emergency unit on ⟦DATE|the second day of Sallah⟧ after he collapsed at a family gathering. Dense left hemiplegia, GCS 10, BP 230/130. CT showed a right basal ganglia haemorrhage. He was admitted to ⟦FACILITY_ROOM|bed 6 on the male medical ward at AKTH⟧.

Feelings: I felt helpless. No neurosurgical intervention was offered; the family wanted him "taken to Abuja" and I had to explain why moving him would not help.

Evaluation: Our BP control was appropriate (target systolic 140 in the first hours, per the INTERACT trials), and we managed his airway well. Our conversation about prognosis was late and rushed.

Analysis: His son, ⟦NAME|Abdullahi⟧, speaks English; his wives speak Hausa. I spoke only to Abdullahi. The women were the ones at the bedside all night.

Conclusion: I need to include everyone who will be caring, not just the person I can talk to easily.

Action plan: Use a nurse who speaks Hausa (our ward has two) to include the family properly. Start the prognosis conversation at admission, not on day 3.`,
  },
  {
    id: "ng-free-007",
    setting: "handover",
    role: "house officer",
    text: `Our house officers' handover book has become a bit of a legend on the medical wards, so I am writing down the format for the next set of HOs. No patient details here.

Each page:
- Ward and time of handover.
- For each patient who needs something overnight: diagnosis in three words, the job, the time, and what to do if it goes wrong.
- A separate "watch" box for anyone the registrar is worried about.
- A line at the bottom where the night HO writes what happened.

Example lines (invented):
"DKA, 19F: insulin infusion, RBS hourly, K+ at 10 pm. If K+ < 3.5, add 20 mmol KCl per litre."
"Severe malaria, 40M: artesunate 3rd dose 2 am. GCS 4-hourly."
"Heart failure, 65F: furosemide 80 mg IV 6 pm. Weigh in the morning."

The registrar, Dr. Chukwu, signs the page at 8 pm and again at 8 am. It is not sophisticated. But since we started last year no overnight dose of artesunate has been missed on our unit, which used to happen monthly. The simplest tools work.`,
  },
  {
    id: "ng-free-008",
    setting: "crowdfunding",
    role: "registrar (internal medicine)",
    text: `A colleague sent me a link last week that I haven't stopped thinking about.

⟦NAME|Baba Tunde⟧ (⟦NAME|Pa Babatunde Okeowo⟧), a retired headmaster we looked after for Guillain-Barré syndrome, needed IVIG that cost more than his family could raise. We gave plasma exchange instead, which we could do in-house, and he improved slowly over six weeks. He was discharged walking with a frame.

His grandson had set up a fundraiser while he was on our ward, ⟦URL|https://www.gofundme.com/f/help-baba-tunde-walk-again⟧, with photographs of him on the bed with the ventilator, and a copy of our discharge summary with my handwriting on it. I only saw it after discharge. It raised a lot of money, mostly from former students in the UK and US.

I am glad they raised the money. I am uncomfortable that a clinical document I wrote is on the internet. Nobody asked me, and I don't think anyone asked Baba either; he was intubated when the first photos went up.

I've raised it with our hospital's ethics committee chair, Prof. Eze. We don't have a policy on crowdfunding, and families here will increasingly do this because the NHIA does not cover much. We need guidance that doesn't punish families but protects patients.`,
  },
  {
    id: "ng-what-009",
    setting: "ceiling of care",
    role: "senior registrar (internal medicine)",
    text: `What? An 82-year-old retired trader with end-stage heart failure and CKD was admitted for the fifth time this year. He told me, through his granddaughter translating from Yoruba, that he did not want to go to ICU again. His sons insisted on "everything".

So what? In our setting, decisions are made by families, and often by the eldest son who is paying. DNACPR is not a familiar idea; I have heard it described as "giving up on Baba". But he was clear, and he had capacity. I used the SPIKES model to talk to the sons, with Dr. Adeyemi, our palliative care consultant, who is brilliant at this. We framed it as respect for their father's words, not withdrawal of care. We agreed: full ward care, oxygen, diuretics, no intubation, no ICU, and the pastor could visit anytime.

Now what? I want our department to have a simple ceiling-of-care document, written in Yoruba and English, that families can read and sign with the patient. I also want to stop saying "do you want us to do everything?", which is a question nobody can answer no to.

He died peacefully two weeks later, at home, which he also asked for.`,
  },
];
