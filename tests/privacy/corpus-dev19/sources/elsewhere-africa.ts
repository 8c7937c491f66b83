import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** South Africa, Ghana and Kenya: mines, marathons, rabies, missions, galamsey, flying doctors and camps. */
export const AFRICA: SourceItem[] = [
  {
    id: "za-free-001",
    setting: "mining occupational health",
    role: "mine medical officer",
    text: `Shaft clinic notes — a Monday on the platinum belt

Mondays are long at the shaft clinic. Weekend injuries, men who ran out of ARVs or TB tablets over the weekend, and the first of the heat-tolerance screenings for the new intake.

I saw ⟦NAME|Mr Thabo Mokoena⟧, a winch operator, ID number ⟦ID|${saId("790522518308")}⟧, who has silicotuberculosis and was back with haemoptysis. He lives in ⟦LOCATION|the informal settlement behind the old hostel at Bleskop, the shack with the green door by the tuck shop⟧ and goes home to Lusikisiki once a year. His sputum GeneXpert was positive for rifampicin resistance. My heart sank. He needs the BPaL regimen and a long, careful follow-up, and he is worried the mine will send him home.

We called his wife in the Eastern Cape on ⟦PHONE|082 555 3107⟧ so that her household could be screened by the clinic near her.

Things I'm thinking about:
- Silica and TB together are a disaster, and the Occupational Diseases in Mines and Works Act compensation process is slow.
- Men fear diagnosis because they fear losing work.
- Our occupational health nurse, Sister Ndlovu, is the reason half these men trust the clinic at all.

I'm going to the TB Think Tank meeting in Johannesburg next month, and I'll raise the cross-border follow-up problem.`,
  },
  {
    id: "za-what-002",
    setting: "ultramarathon medicine",
    role: "emergency medicine registrar",
    text: `What? Volunteered at the Comrades Marathon medical tent at the finish in Pietermaritzburg this year. 89 km, about 20,000 runners. Our tent saw over 700 of them.

So what? The big lessons: exercise-associated collapse is mostly postural, and putting runners flat with legs up fixes most of it. The ones to worry about are the confused and the hot. We measured rectal temps on everyone confused and found three with temps over 40°C; we used ice baths. Sodium checks on the confused too: two were at 126 and 129. We did not give IV fluids to anyone until we had a sodium.

Now what? Our medical director, Dr Jeremy Botha, told us that in the 1980s runners were given litres of IV fluids at the finish by default. The science has changed. I want to write this up as a teaching session for our ED, using Tim Noakes's work on hyponatraemia as the starting point.`,
  },
  {
    id: "za-free-003",
    setting: "one health rabies",
    role: "community service doctor",
    text: `Rabies, dogs and a rural clinic

I'm doing community service at a district hospital in the Eastern Cape, and rabies is a daily worry here. Dog bites come in nearly every day. Most dogs are unvaccinated.

Our protocol follows the 2018 national rabies guidelines: wash the wound for 15 minutes with soap and water, give rabies vaccine on days 0, 3, 7 and 14, and rabies immunoglobulin for category III bites. The immunoglobulin is often out of stock, which keeps me up at night.

This month, the state vet, Dr Pieter du Plessis, and our hospital ran a dog vaccination day at the local school. We vaccinated 420 dogs in a day. Kids brought their dogs on pieces of string. It was the most joyful clinical day of my year.

What I've learned:
- Rabies is 100% preventable and almost 100% fatal. That combination is maddening.
- Vets and doctors need to talk more. We are now on a shared WhatsApp group.
- I learnt isiXhosa words for "wash" and "bite" first.`,
  },
  {
    id: "za-gibbs-004",
    setting: "sea rescue",
    role: "NSRI volunteer and nurse",
    text: `Description: Our NSRI crew was launched to a fishing skiff that had capsized in the surf. One fisherman, ⟦NAME|Lionel Adonis⟧, was pulled out after about 20 minutes in 13°C water, confused and hypothermic. His bakkie, ⟦OTHER|CA 482-119⟧, was still parked on the slipway with the keys in it, which is how the police traced his family. His sister later emailed the station from ⟦EMAIL|m.adonis.kalkbay@gmail.com⟧ to thank us.

Feelings: Relief. He was shouting at us by the time we got him ashore, which is a good sign.

Evaluation: We kept him horizontal, removed wet clothing gently and insulated him. Temp 33.2°C.

Analysis: Our coxswain, Andre, made the right call to get him straight to the ambulance rather than rewarming on the boat.

Conclusion: Cold water kills quietly.

Action plan: More hypothermia drills in winter.`,
  },
  {
    id: "gh-free-001",
    setting: "visiting surgical mission",
    role: "plastic surgery nurse",
    text: `Cleft mission diary — day 4

Our visiting cleft team from Accra is working at a regional hospital in the north this week. 46 children on the list, one operating theatre with two tables, and power cuts at least twice a day. Our anaesthetist, Dr Kwabena Owusu, has become an expert at ketamine top-ups by headtorch.

The child I will remember is ⟦NAME|baby Abena⟧, ten months old, brought by her grandmother ⟦NAME|Maame Adwoa Serwaa⟧ from ⟦LOCATION|Kpachaa, the farming village past the Gushegu junction⟧. Her mother died after delivery. They travelled two days by tro-tro. Her grandmother had registered her with her own Ghana Card number, ⟦ID|GHA-718204395-6⟧, because the baby has no papers.

The lip repair went beautifully. When the grandmother saw her, she sang.

One thing I am unsure about: our NGO posts before-and-after photos on Facebook, and this morning I saw her picture already up in an album, ⟦URL|https://www.facebook.com/media/set/?set=a.10226631184402917⟧, with the caption "⟦NAME|Abena⟧ from ⟦LOCATION|Kpachaa⟧". I have asked our coordinator to take the caption down. Consent forms don't explain what "online" means to a grandmother who cannot read.

Lessons: feeding support after cleft repair (cup and spoon, not bottle); mission work needs follow-up; and privacy doesn't stop at the theatre door.`,
  },
  {
    id: "gh-what-002",
    setting: "one health mercury",
    role: "public health physician",
    text: `What? Our district health team worked with the EPA and the veterinary service on mercury exposure among galamsey (small-scale gold) miners in the Western Region. We tested urine mercury in 120 miners and found high levels in about 40%. We also found mercury in fish from the river.

So what? Galamsey is a livelihood for thousands of young men, and it destroys rivers and lungs. Tremor, gingivitis, irritability. Burning amalgam in the kitchen exposes the whole family. The Minamata Convention (2013) gives a framework, but implementation on the ground is hard.

Now what? We're piloting retorts to capture mercury. The miners were sceptical until our field officer, Kofi, who grew up in a mining town, demonstrated it. Trusted messengers matter more than posters.`,
  },
  {
    id: "gh-free-003",
    setting: "football match medicine",
    role: "sports physician",
    text: `Match-day medicine in the Ghana Premier League

I've been a club doctor for three seasons. Weekends mean travel on the team bus to away grounds, some of them with no ambulance and a pitch that looks like a farm.

Things I've learnt on the touchline:
- Many grounds have no AED. I bring my own. After Marc-Vivien Foé collapsed in 2003, everyone said things would change. Some did.
- Heat and dehydration are constant. I weigh players before and after training. Anyone losing more than 2% body weight gets a talk.
- Malaria is the number-one cause of missed games. Players self-treat with artemether-lumefantrine from the chemist without testing. We now do RDTs at the club.
- Sickle cell trait in athletes is something we screen for and talk about carefully.

I trained at KNUST, and my mentor there, Prof. Ampofo, told me sports medicine in Ghana is "ninety percent logistics, ten percent medicine". He was right.`,
  },
  {
    id: "gh-comment-004",
    setting: "visiting surgical mission",
    role: "mission coordinator",
    text: `Thank you for raising this, Akosua. I took the caption off the photo of ⟦NAME|Abena⟧ this morning and we're reviewing all our albums. You're right that our consent form is not good enough. Let's sit down after the mission and rewrite it together, in Dagbani and Twi as well as English.`,
  },
  {
    id: "ke-free-001",
    setting: "flying doctor outreach",
    role: "clinical officer",
    text: `Outreach diary — Turkana

The plane landed at the strip at 9 am. I'm a clinical officer with the flying doctors' outreach programme, and today was a mobile clinic under the acacia trees outside the dispensary.

An old man was carried to us on a donkey cart. ⟦NAME|Mzee Ekai Lokwang⟧, from ⟦LOCATION|the manyatta by the dry lagga past Nakurio⟧. His family said he was over ninety but no one knows exactly. He had a huge inguinal hernia that had become painful and hard overnight. Incarcerated. We gave him analgesia and tried gentle reduction, which failed. We arranged to fly him out on the same plane.

For the SHA registration on the referral form, his grandson gave me his ID number ⟦ID|11827364⟧ and a phone number for the family, ⟦PHONE|0722 555184⟧.

Reflections:
- Pastoralist communities move. Continuity of care is hard. We need to meet people where they are.
- Hernias are not "minor surgery" when the nearest theatre is 300 km away.
- The flying doctors save lives, but only because local health workers know who needs them.

I keep thinking about how my grandfather in Kakamega would have refused to get on the plane.`,
  },
  {
    id: "ke-what-002",
    setting: "one health brucellosis",
    role: "veterinary epidemiologist",
    text: `What? I am a vet working in a One Health team in Narok. We investigated brucellosis among pastoralists after the clinic saw many cases of "malaria" that didn't respond to antimalarials. We tested 200 people and 600 animals. Many people who drank raw milk were positive.

So what? Brucellosis is under-diagnosed because it looks like malaria and typhoid. Clinicians rarely test for it. Vets know it well in cattle and goats. This gap is exactly where One Health belongs. I gave a talk at the county hospital with Dr Wambui, the physician, about undulant fever and doxycycline plus rifampicin for six weeks.

Now what? We are running community sessions on boiling milk. The elders told us goat milk tastes bad boiled. Fair. We are working on it, and we present the results at the county One Health forum on 18 November.`,
  },
  {
    id: "ke-gibbs-003",
    setting: "refugee camp",
    role: "nurse",
    text: `Description. I work as a nurse in Kakuma refugee camp. A South Sudanese boy, ⟦NAME|Deng Makuei⟧, 7, came with severe acute malnutrition and oedema. His family's proGres registration number is ⟦ID|KAK-19C04417⟧. He was admitted to the stabilisation centre at ⟦FACILITY_ROOM|the Kakuma Mission Hospital, paediatric ward bed 7⟧.

Feelings. Heartbreak and frustration. His mother said the food ration had been cut again.

Evaluation. We followed the WHO protocol, F-75 then F-100, antibiotics, careful fluids. He improved.

Analysis. Ration cuts cause malnutrition. We treat the consequence.

Conclusion. Nutrition is policy, not only medicine.

Action plan. I will share our admission numbers with the nutrition cluster lead, Ms Achieng, for her next report.`,
  },
  {
    id: "ke-free-004",
    setting: "athletics event medicine",
    role: "sports physician",
    text: `Working the medical desk at a high-altitude cross-country meet

I'm a sports physician in Eldoret. I work with elite distance runners, the kind who train at 2,400 m and make marathons look like a jog.

Last weekend I covered a cross-country championship in Iten. A few things from the day:
- Collapses at altitude in the heat are usually exertional and resolve with rest and shade. We screen everyone with a quick neuro check and a temperature.
- Iron deficiency is common in female athletes. We test ferritin every season.
- Doping education matters. Young runners will take injections from anyone who promises a fast time. Dr Kipchumba and I gave a talk at the athletes' camp on the WADA 2024 prohibited list.

What moves me most is the ambition: a 16-year-old girl told me she wanted to be the next Faith Kipyegon. I believe her.`,
  },
  {
    id: "ke-comment-005",
    setting: "refugee camp",
    role: "nutrition officer",
    text: `Thank you for this. I worked in Dadaab for four years and everything you describe is familiar. The ration cuts are the real story. One thing that helped us: getting mothers with recovered children to speak at the food distribution points. They are more convincing than any poster we ever printed. Keep writing.`,
  },
];
