import type { SourceItem } from "../../corpus/types.ts";
import { cnic } from "../../corpus-unseen5/gen.ts";

/** Pakistan. */
export const PK: readonly SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "emergency department",
    role: "house officer",
    text: `
Description: Emergency duty at ⟦FACILITY_ROOM|Mayo Hospital⟧, Lahore, on ⟦DATE|the 27th of Ramadan⟧, the night everyone calls Shab-e-Qadr. A ⟦AGE|91-year-old⟧ man, ⟦NAME|Haji Abdul Ghafoor⟧, was brought by his grandsons from ⟦LOCATION|Chak 38 GB, beyond the Jaranwala sugar mill⟧ with breathlessness, bilateral pedal oedema and a BP of 190/110. His CNIC (⟦ID|${cnic("35202-4471936-8")}⟧) was needed for the Sehat Card, and one grandson, ⟦NAME|Bilal⟧, read it out loudly across the whole emergency so the clerk could type it.

Feelings: I felt uneasy but said nothing. Everyone else in the room was also reading their own cards out loud.

Evaluation: Clinically, I did well for once. I recognised acute pulmonary oedema, sat him up, gave furosemide 40 mg IV and GTN, and got an ECG showing LVH with strain. He improved within the hour. But I was complicit in a system where a man's national identity number is shouted over a crowd.

Analysis: The Sehat Sahulat Programme is a huge good; it has saved many families from debt. But the registration process was designed for throughput, not privacy. My senior, Dr. Hamza, said "this is how it is here", and I think I accepted that too quickly.

Conclusion: Privacy and access aren't opposites. We could have a small desk at the side.

Action plan: I raised it at our morning meeting. The MS said he would consider moving the Sehat counter. I will follow up after Eid.
`,
  },
  {
    id: "pk-what-002",
    setting: "paediatrics",
    role: "postgraduate trainee",
    text: `
What? During my FCPS paediatrics training in Karachi, I managed a child with severe acute malnutrition and diarrhoea in the nutrition stabilisation centre. Weight-for-height below −3 SD, bilateral pitting oedema, MUAC 10.5 cm. The mother was exhausted; she had walked with three children from a katchi abadi on the outskirts of the city.

So what? I followed the WHO ten steps almost by rote: treat hypoglycaemia, hypothermia, dehydration (ReSoMal, not standard ORS), correct electrolytes, treat infection, correct micronutrients, start cautious feeding with F-75. What I had not understood before was how many of these steps rely on the mother. She was the one warming the child against her chest, the one giving the feeds every two hours through the night.

Our consultant, Dr. Sadia Memon, said the best outcome predictor in SAM isn't the protocol but whether the mother can stay. We then worked out together that the mother's husband was a daily-wage labourer and without her he couldn't work either.

Now what? I will ask about who is looking after the other children on the day of admission, not on day five. I also spoke to our social welfare officer about the BISP support. And I'll re-read the 2013 WHO guideline update, because I had been using a 1999 flowchart from a senior's photocopy.

Feeling humbled. Pakistan won the match against England today but nobody in the ward was watching.
`,
  },
  {
    id: "pk-free-003",
    setting: "community medicine",
    role: "medical student",
    text: `
Community medicine field visit in the Swat valley, final year.

We did a house-to-house polio and immunisation survey with the LHW, who was extraordinary. In one house we met ⟦NAME|Bibi Zarmina⟧, whose grandson ⟦NAME|Shahzaib⟧ had never been vaccinated because her son had been told the drops cause infertility. She was ⟦AGE|ninety-three⟧ by her own reckoning and remembered the smallpox vaccinators coming in the 1960s, and she herself wanted the boy vaccinated. The house was ⟦LOCATION|in Kalam, the last house up the path behind the trout hatchery⟧.

What I saw: decisions are made by the family, not the individual, and the oldest woman in the house had more influence than I expected. The LHW knew this and spoke to her first, not to the father. She got a "yes" in fifteen minutes.

What I learned: my textbook of community medicine (Park, 26th edition) has three pages on "vaccine hesitancy" and none on grandmothers. Also, the LHW programme, set up in 1994, is the reason any of this works. These women walk up mountains with cold boxes.

I have written the B-form number of the child (⟦ID|${cnic("15602-8837145-3")}⟧) on the survey sheet as instructed, and then realised that I'd left the sheet in the van overnight. I've told our supervisor, Dr. Yousafzai, and we are now locking the sheets in the district office.
`,
  },
  {
    id: "pk-free-004",
    setting: "surgery",
    role: "surgical resident",
    text: `
Reflection on my first solo appendicectomy, general surgery unit, teaching hospital in Peshawar.

It was 2am. The patient was a young man with an Alvarado score of 8, tenderness at McBurney's point, positive Rovsing's and psoas signs. My AP, Dr. Khattak, scrubbed with me but kept his hands behind his back the whole case unless I asked. Gridiron incision, found an inflamed but non-perforated appendix, ligated the base, closed in layers. 52 minutes, which is slow, but nothing went wrong.

What I felt: terror at the skin incision, total focus in the middle, then absolute exhaustion. After the case I went to the prayer room and just sat for twenty minutes.

What I'd do differently: I fumbled the mesoappendix because I didn't get enough exposure before starting; I should have extended the incision by a centimetre earlier. Dr. Khattak said "the incision heals side to side, not end to end", which is a saying I've heard from three different surgeons now.

What I take from it: I've been assisting for months and thought I knew the operation. Knowing the steps and doing them in order are different skills. I've started practising knots on a chair leg again at night.

Also, I owe the OT staff mithai. Tradition.
`,
  },
  {
    id: "pk-gibbs-005",
    setting: "obstetrics",
    role: "woman medical officer",
    text: `
Description: I am a WMO at a rural health centre in district Tharparkar. On ⟦DATE|Monday, 14 Shawwal 1446⟧ — three days after Eid, when half our staff were still on leave — a woman in obstructed labour was brought on a camel cart from ⟦LOCATION|Goth Bhitt Bhai, near the old dharamshala on the Islamkot road⟧. Her name was ⟦NAME|Sanam Bheel⟧, her husband ⟦NAME|Dhanji⟧ had only a mobile number, ⟦PHONE|0333 5550 819⟧, to give for her file, and she had had no antenatal visits. We had no blood, no anaesthetist, no ambulance.

Feelings: Fear, honestly. Then something like anger.

Evaluation: I did what I could: IV line, fluids, catheter, partogram (well past the action line). I called the district hospital and arranged a private vehicle with our LHV. She had a caesarean four hours later. The baby was stillborn. She survived.

Analysis: The "three delays" model (Thaddeus and Maine, 1994) explains almost everything here: delay in deciding to seek care, delay in reaching care, delay in receiving care. We were the second delay. The distances in the Thar are not something individual heroism can fix.

Conclusion: I did my part. It wasn't enough. Both are true.

Action plan: I've written to the district health officer asking for a dedicated ambulance and a standing arrangement with the district hospital for referrals. I also plan to start antenatal registration camps in the larger goths with our LHWs.
`,
  },
  {
    id: "pk-what-006",
    setting: "osce",
    role: "medical student",
    text: `
What? Our final-year OSCE at a private medical college in Rawalpindi had fifteen stations. I was fine on most. The one I'm reflecting on was a communication station: a simulated mother whose child had been diagnosed with thalassaemia major, asking whether her next pregnancy would be affected.

I knew the genetics — autosomal recessive, both parents carriers, 25% risk each pregnancy — and I explained it with the diagram. But the actor kept coming back to "is it my fault?", and I kept going back to the diagram.

So what? My examiner, Prof. Naheed Akhtar, said afterwards that I had answered the question I knew the answer to, not the question she asked. She said guilt is the most common emotion in genetic counselling and that I should name it: "Many parents feel it's their fault. It isn't. You couldn't have known." Then explain the genetics.

Thalassaemia is common in Pakistan (carrier frequency about 5–7%) and the Punjab Thalassaemia Prevention Act (2012) made premarital screening available, though uptake is poor. I realised I also carry some unexamined beliefs: my own cousins married each other, and I have never asked whether anyone in our family is a carrier.

Now what? I'll practise emotional acknowledgement as a separate skill. I've also decided to get my own Hb electrophoresis done. Results expected before my viva on 28 February.
`,
  },
  {
    id: "pk-free-007",
    setting: "palliative care",
    role: "oncology resident",
    text: `
I want to write about ⟦NAME|Amma Rasheeda⟧ before I forget the details. She was one of our patients on the oncology ward at ⟦FACILITY_ROOM|Shaukat Khanum, bed 7 on the second floor⟧ with metastatic breast cancer, at ⟦AGE|ninety⟧ still sharp as a tack. She was from ⟦LOCATION|Sheikhupura, the house next to the Government Girls High School in Mohallah Islampura⟧, and her son ⟦NAME|Imran⟧ had taken unpaid leave from his job in Dubai to be with her. He messaged me on WhatsApp from ⟦PHONE|+92 321 555 4087⟧ every evening with updates on her pain scores, which he had learned to rate 0–10 like we do.

What struck me was that she knew exactly what was happening and the family didn't want her told. They asked us not to say "cancer". She asked me once, quietly, when her son was downstairs, "Doctor sahib, is it going to the bones?" I said yes. She nodded and said, "Then don't tell ⟦NAME|Imran⟧ I know."

I didn't know what to do with that. The GMC-style principle of telling the patient the truth is simple on paper. In a family where protecting each other from bad news is an act of love, it's complicated.

Our palliative care lead, Dr. Asim, said collusion is common and the goal isn't to break it but to gently let both sides know the other is suffering alone. We did that over three days. On the last day, ⟦NAME|Imran⟧ sat on the bed and they cried together.

She died at home on ⟦DATE|12 Rabi ul Awal⟧, two weeks later, which is what she wanted.
`,
  },
  {
    id: "pk-comment-008",
    setting: "obstetrics",
    role: "consultant obstetrician",
    text: `
You should be proud of this reflection and of the care you gave. The three delays framing is exactly right, and so is your action plan. One suggestion: document the times carefully — decision, departure, arrival. That data will make your letter to the DHO far harder to ignore. Happy to co-sign. Let's also discuss a partogram refresher for the LHVs next month.
`,
  },
  {
    id: "pk-free-009",
    setting: "psychiatry",
    role: "house officer",
    text: `
Psychiatry rotation, Islamabad. A few things from this week that I want to keep.

1. A young woman presented with a "fit" in front of her in-laws, and the ED team had already given her diazepam and a CT. It turned out to be a dissociative seizure. Eyes closed and resisting opening, side-to-side head movements, rapid recovery. I had never seen one before. Our consultant, Dr. Farooq, explained that in our setting "conversion" is often the only acceptable language for distress, especially for young married women in joint families.

2. Depression in older men. We saw three men over sixty this week with "weakness", "gas" and "no appetite" who scored high on the PHQ-9 when asked. None had ever been asked before. Sertraline 25 mg and a follow-up in two weeks each.

3. Stigma inside medicine. A senior in medicine called psychiatry patients "nautanki" in front of me. I didn't say anything, and I regret it.

I need to read: the Mental Health Ordinance (2001) and its 2013 Islamabad version; the Hamilton scale properly, not just the cutoffs.

Outside work: my sister's mehndi is next weekend in Multan, which means three days of no sleep and too much biryani. Worth it.
`,
  },
];
