import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: Lady Health Workers, flood camps, polio rounds, the northern valleys, jail dispensaries, Afghan families. */
export const PK: SourceItem[] = [
  {
    id: "pk-gibbs-001",
    setting: "community health work",
    role: "lady health supervisor",
    text: `
Description: I am a Lady Health Supervisor in Muzaffargarh and I supervise twenty-two LHWs. On my field day I went with Nasreen, one of my LHWs, to see ⟦NAME|Bibi Zainab⟧, who had delivered at home four days earlier with the dai. Nasreen was worried because the baby was not feeding. They live in ⟦LOCATION|the house beside the tube well behind the girls' primary school in Basti Jhok Wala⟧. The baby was cold, 1.9 kg on our spring scale, and sucking weakly.

Feelings: I was frightened for the baby and a little angry with the family, who had wrapped him in many layers but kept him on the floor away from the mother "so that nazar does not fall on him".

Evaluation: We did kangaroo mother care there and then, skin to skin under the mother's chador, and Nasreen showed the mother how to express milk into a cup. I called the husband on ⟦PHONE|0300 555 2718⟧ to bring the rickshaw. For the referral slip the RHC wanted the mother's CNIC, ⟦ID|32304-4418273-6⟧, and we had to wait while the mother-in-law found it in a trunk.

Analysis: Low birth weight babies at home die of cold and hunger, not of complicated things. The family's fear of nazar was real to them; arguing against it would not have helped. Nasreen said, "Amma ji, the mother's warmth is the best protection," and the mother-in-law agreed.

Conclusion: The baby was admitted for three days and came home feeding well.

Action plan: Refresh KMC training for all my LHWs this quarter, and carry a spare blanket and cup in my field bag.
`,
  },
  {
    id: "pk-what-002",
    setting: "immunisation campaign",
    role: "public health trainee",
    text: `
What? My FELTP field placement put me with a polio campaign team in a union council of Bannu for five days. I checked finger marks, tally sheets and refusal lists. In one mohalla, a group of fathers refused because they had heard the drops were "American medicine to stop children". Our area in-charge, Gul Khan sahib, sat with them on a charpai, drank three cups of green tea, and said almost nothing about polio for half an hour.

So what? By the end, two of the five fathers let their children be vaccinated, and the others agreed to come to the mosque after Friday prayers to hear the imam's announcement. I had prepared slides on the WHO eradication data and the 2014 PHEIC declaration, and they were completely useless here. Trust was built by a local man with time, not by my epidemiology.

Now what? My field project will look at whether campaign teams who include someone from the same tribe have fewer refusals. I have the last three rounds of data from the district. I also want to learn more Pashto than "staray mashay" and "manana", because my Urdu made me sound like an outsider every time I opened my mouth.
`,
  },
  {
    id: "pk-free-003",
    setting: "flood relief camp",
    role: "medical officer",
    text: `
Relief camp outside Dadu, six weeks after the floods. We run a medical tent from 8am to 4pm and mostly see diarrhoea, scabies, malaria and pregnant women who have not had a single antenatal visit.

On ⟦DATE|Ashura⟧, when half the camp was at the majlis, a young man carried in his grandfather, ⟦NAME|Nana Allah Bux⟧, who he said was ⟦AGE|96⟧ and "had been a soldier in the British time". He was confused, with dry mucous membranes and a pulse of 124. He had diarrhoea for three days and had been refusing ORS because it was "for children". The family shelter is ⟦LOCATION|tent 41 in row F, behind the water tanker point⟧, and they had been sharing a latrine with about sixty people.

We put in a cannula with difficulty and gave Ringer's lactate, slowly, because at his age and with crackles at the bases I was afraid of pulmonary oedema. His sodium on the i-STAT was 152. By the evening he was sitting up and asking for chai.

I have been thinking about how the camp changes what "frail elderly" means. In a hospital he would have a geriatric assessment, falls risk, medication review. Here he had a grandson and a tent. The grandson slept next to him on the floor of the medical tent that night and woke me twice to ask if his Nana was still breathing.

Plan for our team: a daily walk through the rows to find older people who don't come to the tent, because the ones who need us most are least able to walk to us.
`,
  },
  {
    id: "pk-comment-004",
    setting: "immunisation campaign",
    role: "medical student",
    text: `
This is so real. During my community medicine rotation in Swat we had the same experience: our slides meant nothing, and the LHW who had delivered half the babies in the mohalla did all the convincing. Would love to read your project when it's done. Also, "manana" gets you surprisingly far.
`,
  },
  {
    id: "pk-free-005",
    setting: "rural placement",
    role: "house officer",
    text: `
Two months in a rural health centre in Ghizer district, Gilgit-Baltistan, as part of my house job rotation. In winter the valley is cut off for days. The most common things I saw were hypertension, goitre, COPD from indoor stoves, and falls on ice.

One afternoon a shepherd in his fifties came in with chest pain that had started while carrying fodder up to his animals. ECG: anterior ST elevation. No thrombolytic in stock, no ambulance available for four hours, and the road to Gilgit partly blocked. I gave aspirin 300 mg, clopidogrel 600 mg, a statin and sublingual GTN, and we waited with him. Dr Shams, the senior MO, called the cardiology team in Gilgit and they advised heparin.

He survived to transfer and got a late angioplasty. What stays with me is how calm he was. He said in Shina something our dispenser translated as "whatever is written will happen", and then asked us to call his brother to see to the goats.

I grew up in Lahore, where there is a cath lab in every second hospital. This rotation taught me that the guidelines I memorised for my FCPS part one assume a health system that doesn't exist for millions of people. I'd like to come back after my training, maybe for a few years, and help set up a proper thrombolysis protocol with a stocked drug, because the distance isn't going to shrink.
`,
  },
  {
    id: "pk-what-006",
    setting: "prison health",
    role: "medical officer",
    text: `
What? I am the medical officer at ⟦FACILITY_ROOM|the dispensary of District Jail Sahiwal⟧, and last month a prisoner, ⟦NAME|Muhammad Akram⟧, number ⟦ID|SWL-2417⟧ in our register, was brought with haemoptysis. He had been coughing for two months and nobody had sent a sputum sample because the jail van goes to the TB centre only once a week. GeneXpert came back MTB detected, rifampicin sensitive.

So what? The barrack holds about ninety men in a space meant for forty. One case is never one case. We screened the whole barrack with a symptom questionnaire and chest X-rays on the mobile van, and found four more. The jail superintendent was worried about "panic"; the prisoners were worried about being moved away from their families' visiting days.

Now what? I have written to the provincial TB programme asking for a monthly GeneXpert run from the jail itself, and we have started a cough register at the gate. ⟦NAME|Akram⟧'s brother visits every Thursday, and I asked him to bring ⟦NAME|Akram⟧'s old X-rays from home. Small steps, but the jail is a place where TB gets a head start, and we have been giving it one.
`,
  },
  {
    id: "pk-gibbs-007",
    setting: "refugee health",
    role: "nurse",
    text: `
Description: I work as a nurse with an NGO clinic for Afghan families in the outskirts of Peshawar. A woman brought her two-year-old with severe acute malnutrition: MUAC 10.8 cm, bilateral pitting oedema. She spoke Dari and some Pashto; I speak Pashto and Urdu.

Feelings: Sadness, and frustration. It was her third visit in a year, and each time the family had moved.

Evaluation: We admitted the child to our stabilisation centre, started F-75 and then F-100, and the oedema resolved in a week. Our nutrition officer, Samina, spent an hour with the mother on breastfeeding and on how to use RUTF at home.

Analysis: The medical protocol (WHO 2013) worked exactly as it should. But the family's situation was the real problem: fear of deportation, an uncle who had been detained, and rent they could not pay. The mother said "khair da" (it's fine) whenever I asked about food at home, and I learned that "khair da" meant she did not want to talk about it.

Conclusion: We can treat SAM in a week; we cannot give a family a stable home.

Action plan: Link every SAM discharge with our protection officer, and keep a list of legal aid organisations in Dari and Pashto in the clinic.
`,
  },
  {
    id: "pk-free-008",
    setting: "tb programme",
    role: "medical student",
    text: `
My community medicine rotation included a week with the TB DOTS programme in Lahore. I followed a treatment supporter, Shabana baji, as she visited patients in the narrow streets of the walled city.

What surprised me was how much of her work is social. She knows which husband doesn't want his wife's TB known in the family, which patient takes his tablets only if she watches, and which one is selling his food basket. She carries a plastic folder with the TB treatment cards and a small bottle of water, and she says "dawai ki goli, pehle" before anything else.

At the end of the week I asked her what she would change. She said the patients should get the food ration for the whole course, not only the first two months. The intensive phase is four drugs (HRZE) for two months, then two drugs for four more months, and the continuation phase is where people drop off: they feel better, they go back to work, and the clinic hours don't match the work hours.

I had learned about DOTS as an acronym in second year. I didn't know it was a woman in a chador who knows every staircase in her area. Our professor, Dr Iqbal, says the TB programme is only as good as its treatment supporters, and after this week I believe him. I want to write my research elective on treatment supporters' workload.
`,
  },
  {
    id: "pk-comment-009",
    setting: "prison health",
    role: "medical officer",
    text: `
Very important post. We have the same problem in our jail, the van comes once a week and sputum sits in the fridge. But doctor sahib, you have put ⟦NAME|Akram⟧'s name, his register number and the brother's visiting day in a public post. In a district jail everyone will know who it is. Please edit it.
`,
  },
];
