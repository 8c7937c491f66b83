import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan: floods, glaciers, ship-breaking, cattle markets, porters, coal and motorways. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "flood relief",
    role: "medical officer",
    text: `Flood camp diary, Dadu district, week three

The water has gone down a little but the camp keeps growing. We are in tents by the canal embankment. Malaria, scabies, diarrhoea, skin infections and pregnant women who have not seen anybody since the rain began.

Today a woman walked two hours with her baby to reach us. ⟦NAME|Bibi Sughran⟧, wife of ⟦NAME|Allah Dino Jatoi⟧, from ⟦LOCATION|Goth Haji Khan Jatoi, near Johi⟧. The baby was floppy, sunken eyes, and had been having watery stool for four days. Severe dehydration. We had no IV cannula small enough. Our LHW, Shabana, is better with babies' veins than I am and she got a 24G in on the second try. Ringer's lactate 30 mL/kg over an hour, then 70 mL/kg over five hours, and then ORS and zinc.

For the BISP flood relief list we took her husband's CNIC, ⟦ID|41202-7391846-3⟧, and the number of a shopkeeper in Johi who passes messages: ⟦PHONE|0300 5552174⟧. I don't like that we are collecting all this in a school exercise book that sits on the table.

By evening the baby was feeding. I don't know if we will see them again.

Things I'm sure of after three weeks: ORS and zinc save more lives than anything in my bag; LHWs are the backbone; and I need to sleep.`,
  },
  {
    id: "pk-what-002",
    setting: "military high altitude medicine",
    role: "army medical officer",
    text: `What? I spent three months at a battalion aid post on the glacier. Frostbite, HAPE, chilblains, snow blindness, and a lot of insomnia and low mood. The coldest I recorded was −38°C.

So what? Frostbite taught me the most. We rewarm in water at 37–39°C for thirty minutes, which is agony; the soldiers call it "the hot tub of truth". We give ibuprofen 400 mg, protect the blisters, and never let anyone walk on a thawed foot. The 2019 Wilderness Medical Society frostbite guideline was my bible. Iloprost is not available at our post, so early evacuation matters more than anything I can do.

Now what? Col Zahid, our CO, has agreed to buy proper thermometers for the rewarming water. Before, we used our hands to test it, and I don't want to think how many times it was too hot.`,
  },
  {
    id: "pk-gibbs-003",
    setting: "ship-breaking occupational health",
    role: "house officer",
    text: `Description: A worker from the ship-breaking yards at Gadani was brought to our emergency at night with 35% burns after a gas-cutting torch ignited leftover fuel in a tanker's hold. ⟦NAME|Gul Zaman⟧, 26, from Swat, CNIC ⟦ID|15602-3310847-5⟧. After resuscitation we referred him to the burns ward at ⟦FACILITY_ROOM|Civil Hospital Karachi⟧ on ⟦DATE|17 Rabi-ul-Awwal⟧, ⟦DATE|2 October⟧.

Feelings: Anger, at the yard for letting men work with no fire watch. And helplessness, because he was awake and asking whether he would still be paid.

Evaluation: Parkland formula, 4 mL × 70 kg × 35 = 9,800 mL over 24 hours, half in the first eight. We did this well. We did not do the airway assessment well; he had singed nasal hair and hoarse voice and we should have called anaesthesia earlier.

Analysis: The yards have one first aider for hundreds of workers. Our consultant, Dr Saba Qureshi, has been writing to the labour department since 2016.

Conclusion: Occupational burns are preventable.

Action plan: I'm helping collect a case series for her next letter.`,
  },
  {
    id: "pk-free-004",
    setting: "one health zoonosis",
    role: "infectious diseases registrar",
    text: `Congo fever season again

Every year before Eid ul-Adha the cattle markets come to the cities and we brace for Crimean-Congo haemorrhagic fever. Ticks travel on the animals; people who handle and slaughter them, and the health workers who care for them, get infected.

This year I gave the pre-Eid talk to the vets and livestock officers with Dr Farhan Siddiqui from the livestock department. Our message was simple:

- Wear gloves and long sleeves at the markets, and check yourself for ticks.
- Fever plus bleeding within two weeks of animal contact: refer early, and tell the hospital beforehand so they can isolate.
- Ribavirin is used here, though the evidence is weak; supportive care and strict barrier nursing matter most.

We also talked about what happened in 2016, when healthcare workers in Pakistan died after caring for patients before CCHF was suspected. The WHO guidance on viral haemorrhagic fever infection control (2014) is still the best one-page reference I know.

A vet at the back asked why doctors only talk to vets once a year. Fair point. We are starting a monthly WhatsApp call. My own Eid leave is cancelled, but I was expecting that.`,
  },
  {
    id: "pk-free-005",
    setting: "expedition medicine",
    role: "expedition doctor",
    text: `K2 base camp, a porter, and what I owe him

I was the doctor for a commercial expedition last summer. The clients had oxygen, satellite phones and insurance. The porters who carried our loads up the Baltoro had none of these.

On the way in, one of our porters, ⟦NAME|Muhammad Hussain⟧ from ⟦LOCATION|Hushe⟧, slipped on the moraine near Concordia and came to my tent with a swollen, deformed wrist. Colles-type fracture. I reduced it with a haematoma block (lidocaine 10 mL 1%), put on a back-slab from my SAM splint kit, and gave him ibuprofen. He wanted to keep carrying. The sirdar, who was his cousin, told him no.

What happened next bothered me. The expedition company docked his pay for the days he didn't carry. I paid the difference myself and made a fuss. Next year our team leader, Ali, says porter insurance and medical cover will be in the contract.

For other doctors going to the Karakoram: take twice the porter supplies you think you need. They will be your patients more than your clients will.`,
  },
  {
    id: "pk-what-006",
    setting: "event medicine",
    role: "emergency medicine resident",
    text: `What? I worked as a medical volunteer at a PSL cricket match in Lahore. 27,000 people, 40°C, three first-aid posts and one ambulance.

So what? We saw about 60 people, mostly heat exhaustion, fainting, a few asthma attacks, and two men with chest pain, one of whom had ST elevation in the inferior leads on our portable ECG. We gave aspirin 300 mg and clopidogrel 600 mg and he went by ambulance to the cardiology hospital within 40 minutes. My senior, Dr Hamza, handled it brilliantly.

Now what? I want our department to run a mass-gathering medicine short course. Rescue 1122 already have good protocols; we should learn from them instead of inventing our own.`,
  },
  {
    id: "pk-comment-007",
    setting: "expedition medicine",
    role: "mountain guide",
    text: `Thank you, doctor sahib, for writing about the porters. I have guided in the Karakoram for 20 years. Porters almost never get the same care as climbers. Your point about supplies is right. I would add: teach the porters basic first aid too. Many of them are the only help when a client falls. We tried it in 2019 and it worked.`,
  },
  {
    id: "pk-free-008",
    setting: "coal mining occupational health",
    role: "occupational physician",
    text: `Notes from a month at the mine clinic in Thar

Our clinic serves about 1,800 workers at an open-pit lignite mine. Most days it is hypertension, back pain, dust-related cough, heat, and injuries from machinery.

This month the case I keep thinking of is a young dumper driver, ⟦NAME|Kanji Bheel⟧ from ⟦LOCATION|the goth just outside Islamkot with the blue-domed school⟧, employee number ⟦ID|TCM-07719⟧. He had his third seizure at the wheel. The first two were "fits due to heat" according to his supervisor. His EEG in Hyderabad was abnormal and he was started on levetiracetam 500 mg BD, but the company wanted to keep him driving. I refused to sign him fit for driving and suggested a move to stores. His father called me from ⟦PHONE|0333 5559028⟧ to ask why I was taking away his son's job.

What I learnt:
- Fitness-for-work decisions affect families. Explain them to the family as well as the company.
- Epilepsy is not rare in this community and stigma is strong.
- Keep your occupational health notes separate from HR files.`,
  },
  {
    id: "pk-gibbs-009",
    setting: "road traffic trauma",
    role: "rescue paramedic",
    text: `Description: Our Rescue 1122 ambulance was called to a bus crash on the motorway near Kallar Kahar at 3 am. One bus had gone off the road. 34 passengers. We were the first of six ambulances.

Feelings: Chaos, then a strange calm once we started triage.

Evaluation: We used START triage with coloured tags. Four red, nine yellow, the rest green, and sadly two black. I applied two tourniquets, something I have practised many times on mannequins and never on a person. Both bleeds stopped.

Analysis: Training paid off. Our in-charge, Mr Asif Raza, had us do mass-casualty drills every month.

Conclusion: Tag everyone, even the people shouting.

Action plan: I want tourniquets in every ambulance, not only the big ones.`,
  },
];
