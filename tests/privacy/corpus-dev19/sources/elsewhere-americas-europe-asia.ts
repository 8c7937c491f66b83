import type { SourceItem } from "../../corpus/types.ts";
import { ohip } from "../../corpus/gen.ts";
import { nric, ppsn, sin } from "../gen.ts";

/** Ireland, Singapore, the Philippines, Canada, Trinidad and Tobago and Nepal. */
export const AMERICAS_EUROPE_ASIA: SourceItem[] = [
  {
    id: "ie-free-001",
    setting: "island nursing",
    role: "public health nurse",
    text: `An island winter, and a man who wouldn't leave

I've been the public health nurse on one of the islands off the Galway coast for six years now. In winter the ferry is cancelled one day in three and the Coast Guard helicopter from Shannon is our ambulance.

This January, ⟦NAME|Pádraig Ó Flaithearta⟧ — everyone calls him ⟦NAME|Páidí Beag⟧ — had a fall in the byre and lay there for hours before his neighbour found him. He's ⟦AGE|92⟧, lives alone at ⟦ADDRESS|Baile an Chaisleáin, Inis Meáin, Co. na Gaillimhe, H91 X2K7⟧, and he absolutely would not go to Galway. Hip looked fine, no shortening or rotation, but he was cold, 34.6, and had a nasty skin tear on his shin. I rewarmed him by the range with his neighbour's help, dressed the leg, and rang the GP on the mainland, who agreed to watch and wait.

For the community care referral I needed his PPS number, ⟦ID|${ppsn("6318402")}⟧, which his niece read to me down the phone from Boston.

What it taught me:
- Respecting someone's choice to stay is also care. He's lived his whole life on that island.
- A good neighbour is worth a care package.
- Get a falls alarm in before the fall. We fitted one the next week.

He offered me a drop of poitín for my trouble. I declined, professionally.`,
  },
  {
    id: "ie-what-002",
    setting: "GAA match medicine",
    role: "GP and club doctor",
    text: `What? I'm a GP in Kerry and I've been the club doctor for our senior football team for eight years. Sunday was a county semi-final. Two head knocks, a dislocated finger I reduced on the sideline, and one lad with a suspected ACL.

So what? Concussion in the GAA has come a long way since the 2015 guidelines, but it's still hard when the player is a county star and the crowd is roaring. Our rule is simple: if in doubt, sit them out. The manager, Seánie, argued for about five seconds and then backed me. I was proud of him.

Now what? I'd like every club in the county to have a doctor or a trained first responder at senior games. The Munster Council have a course. I've emailed the county board, and I'll keep at them until they listen.`,
  },
  {
    id: "ie-free-003",
    setting: "peacekeeping medicine",
    role: "army medical officer",
    text: `Six months with the Irish battalion in south Lebanon

I deployed with the Defence Forces on a UNIFIL rotation. Our medical team was two doctors, a nurse officer and a handful of medics. We looked after our own troops and, under civil-military cooperation, ran weekly clinics for the local villages.

The clinical work was what you'd expect: gastroenteritis, heat, sprains, dental pain, a few minor injuries. The village clinics were different: uncontrolled diabetes, hypertension, children with asthma. We did what we could with metformin 500 mg, amlodipine 5 mg and salbutamol inhalers, and we referred on when we needed to.

What I learnt:
- Peacekeeping medicine is mostly public health. Clean water, food hygiene and vaccinations matter most.
- My colleague Captain Siobhán Doyle, a nurse officer, ran the village clinics better than I could. She spoke decent Arabic by the end.
- Coming home was harder than going out.

I'm back in Cork now. I'd go again.`,
  },
  {
    id: "ie-comment-004",
    setting: "island nursing",
    role: "GP",
    text: `Lovely piece. I've covered the islands as a locum for the last few summers and you nurses are the backbone out there. The point about respecting someone's choice to stay is so important. We're too quick to send older people to the mainland "to be safe". Sometimes safe isn't the same as well.`,
  },
  {
    id: "sg-free-001",
    setting: "port health",
    role: "port health doctor",
    text: `Boarding duty at anchorage — notes

Wah, today was one of those days. I'm doing port health at the anchorage, where we board ships with suspected infectious disease before they berth.

Got a call from a tanker: one crew member with fever and rash. Took the launch out with the team. The patient was a Singaporean third engineer, ⟦NAME|Muhammad Faizal bin Rahmat⟧, NRIC ⟦ID|${nric("S", "8412307")}⟧, in ⟦FACILITY_ROOM|cabin 3-07 on the crew deck⟧. Fever 38.9, maculopapular rash, joint pain. Just came back from shore leave in Indonesia. Dengue most likely, but chikungunya and measles also possible. Measles on a ship with 24 crew is not something you want lah.

We isolated him in his cabin, took bloods, and arranged transfer to NCID once the ship berthed. His wife ⟦NAME|Nurul⟧ called the agent on ⟦PHONE|+65 9555 0417⟧ and the agent passed it on to us. Dengue NS1 positive in the end. Phew.

Things I learned:
- Port health is a mix of clinical work, public health law and diplomacy with shipping agents.
- My senior, Dr Lim Wei Ling, has done this for fifteen years and can read a ship's medical log in two minutes flat.
- The WHO International Health Regulations (2005) are the basis of everything we do.`,
  },
  {
    id: "sg-what-002",
    setting: "military heat injury",
    role: "SAF medical officer",
    text: `What? I'm serving NS as a medical officer at a training school. Heat injury is our biggest concern. Last month during a route march a recruit collapsed, confused, temperature 40.8°C. We did ice-water immersion on the spot, cooled him below 39 in under 20 minutes, and sent him by ambulance.

So what? The SAF has learnt hard lessons about heat injury. Since 2018 we've had cold-water immersion tubs at every high-risk activity, and the work-rest cycles are strictly enforced based on the WBGT. It works. He made a full recovery.

Now what? I want to audit our heat injury cases over the past three years. My CO, LTC Tan, has agreed. I also want the recruits to know the early signs themselves, since they often hide symptoms. "Cool first, transport later" should be known by every section commander.`,
  },
  {
    id: "sg-free-003",
    setting: "earthquake response",
    role: "emergency nurse",
    text: `After the earthquake: two weeks with a relief team in Sulawesi

I went with a Singapore relief team after the earthquake and tsunami. We set up in a school field near the coast. Crush injuries, infected wounds, tetanus, diarrhoea, and grief everywhere.

The patient I can't forget is a little girl, ⟦NAME|Putri Ayu Lestari⟧, from ⟦LOCATION|Kelurahan Petobo, the street behind the mosque that slid away⟧. Her leg wound was badly infected. We debrided and dressed it daily. Her father, ⟦NAME|Pak Hendra⟧, slept on the ground next to her cot in ⟦FACILITY_ROOM|tent 2, cot 5⟧.

Our team lead, Dr Kenneth Ong, kept reminding us that in disasters, the local health workers and volunteers are the first responders. We were just the reinforcements. A local nurse, Ibu Sri, taught me more about wound care in two weeks than I learnt in a year.

What I want to remember:
- Tetanus: check and give immunoglobulin and vaccine early.
- Psychological first aid is as important as dressings.
- We leave; the community stays. Support local systems.`,
  },
  {
    id: "sg-comment-004",
    setting: "military heat injury",
    role: "medical officer",
    text: `Good one, bro. I did my MO tour in 2019 and heat injury was the thing that kept me up at night. The cold-water tubs really changed things. One more point: sleep. Recruits who've had poor sleep the night before are at much higher risk. We started asking about sleep at the pre-march check and it made a difference.`,
  },
  {
    id: "ph-free-001",
    setting: "typhoon response",
    role: "municipal health officer",
    text: `Typhoon diary, Eastern Samar

Day 3 after the typhoon. The rural health unit lost its roof. We are seeing patients in the municipal gym under tarpaulins. Wounds, diarrhoea, leptospirosis suspects, and everyone's blood pressure is high.

This morning they brought ⟦NAME|Lola Remedios Cabacungan⟧, ⟦AGE|97 years old⟧, from ⟦LOCATION|Sitio Kawayan, Barangay Bagacay⟧. Her house was flattened. She had been under the rubble for a day before her neighbours dug her out, on ⟦DATE|November 9⟧. Dehydrated, confused, a crush injury on the left leg. We gave IV fluids, cleaned the wound, and watched her urine output carefully. Her PhilHealth number is ⟦ID|12-050384917-3⟧, which her granddaughter remembered by heart.

She is in ⟦FACILITY_ROOM|the gym, row B, mat 14⟧ and keeps asking for her rosary.

Reflections:
- In a disaster, the barangay health workers are heroes. They know who lives alone, who's pregnant, who has diabetes.
- The Philippine DOH's Health Emergency Management guidelines are useful but reality moves faster.
- My own family is fine, thank God. Tita Baby, my aunt, has taken in three families.`,
  },
  {
    id: "ph-what-002",
    setting: "seafarer medicine",
    role: "ship's doctor",
    text: `What? I'm a Filipino doctor working as a ship's doctor on a cruise line. The crew are from forty countries, and a third of them are Filipino like me. I care for the passengers and the crew.

So what? Crew health is a world of its own. Long contracts, nine months sometimes, far from family, working 10–12 hours a day. I see hypertension, gastritis, back pain, and a lot of homesickness and depression. The Maritime Labour Convention 2006 sets minimum standards but the real support comes from fellow crew. My nurse, Joy, runs a Sunday gathering in the crew bar with karaoke and pancit, and honestly that does more for mental health than I can.

Now what? I'd like to set up proper mental health screening during contracts, not only at the pre-employment medical in Manila.`,
  },
  {
    id: "ph-free-003",
    setting: "one health leptospirosis",
    role: "doctor to the barrios",
    text: `Leptospirosis season in a farming town

I'm a Doctor to the Barrios in a rice-farming municipality in Nueva Ecija. Every rainy season, leptospirosis cases rise. Farmers wade in flooded fields with cuts on their feet, and rats are everywhere.

This week a farmer, ⟦NAME|Mang Ernesto Dizon⟧, came with high fever, muscle pain (especially the calves), and red eyes. Later, jaundice and low urine output. Weil's disease. We started penicillin and referred him to the provincial hospital for possible dialysis. He is ⟦OTHER|the only carabao breeder left in Barangay San Roque who still ploughs with his animals⟧, and half the town came to check on him. His daughter ⟦NAME|Liza⟧ emailed me updates from ⟦EMAIL|lizadizon.nurse@gmail.com⟧ — she's a nurse in Dubai.

What I'm doing:
- Working with the municipal agriculturist and the municipal vet, Dr Ramos, on rat control and on doxycycline prophylaxis for farmers after floods.
- Giving talks at barangay assemblies.
- Reminding myself that Weil's disease can kill fast.`,
  },
  {
    id: "ph-comment-004",
    setting: "seafarer medicine",
    role: "seafarer",
    text: `Salamat, doc. I've been an AB seaman for 15 years and you're right: the hardest part is being far from family. Karaoke nights and pancit are not small things for us. I hope more ship doctors think like you. Some of the companies treat mental health like weakness, and the crew hide it until it's too late.`,
  },
  {
    id: "ca-free-001",
    setting: "fly-in First Nation nursing station",
    role: "nurse practitioner",
    text: `Notes from the nursing station

I'm a nurse practitioner on a three-week rotation at a fly-in First Nation in northern Ontario. No road in except the winter road in February. Four nurses, one doctor who visits a week a month, and a lot of phone consults with Sioux Lookout.

One case from last week: ⟦NAME|Wilfred Meekis⟧, a trapper in his fifties, from ⟦LOCATION|Sandy Point on the north shore of the lake⟧, came in with a severely infected hand after a trap injury. Cellulitis tracking up the arm, fever, tachycardic. I started IV cefazolin and arranged a medevac. His health card, ⟦ID|${ohip("5184-227-39")}⟧, was in his wallet in a ziploc bag. His sister asked us to call her on ⟦PHONE|(807) 555-0129⟧ once he landed.

Some thoughts:
- The nurses in these stations practise at the top of their scope every day. They're incredible.
- Medevac depends on weather. We waited 14 hours for a plane.
- Cultural safety matters. Elder Mary, who visits the station every morning, taught me more about care here than any course.

I'll be back in the spring.`,
  },
  {
    id: "ca-what-002",
    setting: "military medicine",
    role: "Canadian Forces medical technician",
    text: `What? I'm a med tech with the Canadian Armed Forces. Last winter I deployed on an Arctic sovereignty exercise in Nunavut. Temperatures hit −45°C with wind chill. We dealt with frostnip, a few frostbite cases, carbon monoxide worries in the tents, and dehydration.

So what? Cold weather medicine is mostly prevention. The buddy system is key: check your partner's face and fingers every hour. We also learnt that people don't drink enough in the cold. The Canadian Rangers, who come from the local communities, taught us more about surviving up there than our manuals did.

Now what? I'm writing up a short cold-injury prevention briefing for our unit with Sgt Tremblay, our section lead. I also want to take the advanced wilderness first aid course next year.`,
  },
  {
    id: "ca-free-003",
    setting: "offshore medicine",
    role: "rig medic",
    text: `Incident report turned reflection: a privacy breach on a rig

I'm the medic on an offshore platform on the Grand Banks. Last month a worker, ⟦NAME|Darren Kavanagh⟧, was medevaced with chest pain. It turned out to be a pulmonary embolism. He's doing fine.

The part I want to reflect on is what happened next. To sort out his employment insurance forms, HR asked me to email his medical summary, including his SIN, ⟦ID|${sin("046 454 28")}⟧, to an address I didn't recognise. His wife had also written to me from ⟦EMAIL|k.kavanagh.cbs@outlook.com⟧ asking for the summary. Later, IT flagged that the shared medic drive with his ECG had been opened from ⟦IP|203.0.113.58⟧, outside our network.

I reported the breach. It turned out to be a contractor's laptop. No harm done, but it made me think.

What I've learnt:
- Never send medical information to HR without consent. Medical and employment are separate.
- Check every email address.
- Use encrypted channels, always.

Our medical director, Dr Anne Fitzgerald, has since rewritten the data protocol.`,
  },
  {
    id: "ca-comment-004",
    setting: "fly-in First Nation nursing station",
    role: "nurse",
    text: `Thanks for writing this. I've done six rotations up north and I agree: the station nurses are amazing. Weather delays are the hardest part. One tip: always have a plan B for the patient while you wait, such as antibiotics and pain control you can keep going for 24 hours. And listen to the Elders; they know things the protocols don't.`,
  },
  {
    id: "tt-free-001",
    setting: "carnival medicine",
    role: "emergency physician",
    text: `Carnival Tuesday notes from the medical tent on the Savannah

Every year I volunteer in the medical tent for Carnival. Monday and Tuesday are long: dehydration, alcohol, injuries from wining too hard, and the occasional stab wound.

This year the one that sticks is a young woman, ⟦NAME|Kezia Baptiste⟧, brought in on ⟦DATE|J'Ouvert morning⟧ from the ⟦OTHER|"Blue Devil" section of the mud band from Paramin⟧ — she collapsed after hours of chipping in the heat. Heat exhaustion, blood sugar 3.1. We gave IV fluids and glucose and she bounced back. Her mother called from ⟦PHONE|868-555-0142⟧ at least five times. Ah tell she, "Auntie, she go be fine."

What I learnt:
- Hydration, hydration, hydration. We need more water stations along the route.
- Many revellers don't eat before playing mas. Low sugars are common.
- Our nurse, Sister Joseph, has done Carnival for 25 years. She can spot trouble coming down the road.

Next year I want to run a pre-Carnival health message on the radio with the Ministry.`,
  },
  {
    id: "tt-what-002",
    setting: "hurricane response",
    role: "family physician",
    text: `What? After the hurricane hit the Grenadines, I went with a regional team from Trinidad to support the health services there. Roofs gone, clinics damaged, water contaminated. We saw wounds, diarrhoea, people who ran out of their medications, and a lot of anxiety.

So what? Chronic diseases were the hidden emergency. So many people with diabetes and hypertension had lost their medicines. We worked off paper lists and memory. CARPHA and PAHO coordinated supplies, which helped a lot.

Now what? Caribbean islands need a regional medication record system for disasters. I've written to our medical association about it. Dr Ramkissoon, my senior, says we should bring it to the next CARICOM health meeting. I'll keep pushing.`,
  },
  {
    id: "tt-comment-003",
    setting: "carnival medicine",
    role: "nurse",
    text: `Great post, doc! I've been working Carnival tents for ten years too. The low sugars are real. We started handing out small packs of juice and biscuits at the tent on Monday night and it cut our Tuesday morning collapses. Agree on the radio message. Maybe get one of the soca stars to do it?`,
  },
  {
    id: "np-free-001",
    setting: "high altitude expedition medicine",
    role: "base camp doctor",
    text: `Base camp clinic diary

I'm one of the volunteer doctors at the base camp clinic for the spring climbing season. We see climbers, guides, porters and cooks. Most of it is coughs, diarrhoea, AMS, frostbite and a few real emergencies.

Last week, ⟦NAME|Pemba Tsering Sherpa⟧, a high-altitude guide from ⟦LOCATION|Pangboche⟧, came down from Camp 2 with HAPE. SpO2 58% on air. We gave oxygen, nifedipine, and he flew out by helicopter the next morning, ⟦DATE|4 May⟧. His climbing company later posted his photo and story with a fundraiser link, ⟦URL|https://www.gofundme.com/f/pemba-tsering-recovery-fund⟧.

Reflections:
- Sherpas carry the biggest risks on the mountain. They deserve the best care.
- HAPE can happen to anyone, even the most experienced guides.
- Prof. Buddha Basnyat's talks on altitude medicine inspired me to come here.`,
  },
  {
    id: "np-what-002",
    setting: "visiting surgical camp",
    role: "gynaecology resident",
    text: `What? I joined a uterine prolapse surgical camp in a hill district in far-west Nepal. In one week our team did 72 vaginal hysterectomies and repairs. Women walked for days to reach us. Many had lived with prolapse for over 20 years.

So what? Uterine prolapse is common in Nepal because of heavy work soon after childbirth, many pregnancies and poor nutrition. Women feel shame and hide it. Our senior surgeon, Dr Sushila Thapa, spoke to every woman with respect, and she taught me how to counsel before surgery.

Now what? Surgery fixes the body, but prevention needs changes in how women are treated after birth. I want to work with community health volunteers on postpartum rest and pelvic floor exercises. The UNFPA 2017 report on prolapse in Nepal is a good starting point.`,
  },
  {
    id: "np-free-003",
    setting: "earthquake response",
    role: "orthopaedic surgeon",
    text: `Ten years after the quake

I was a young orthopaedic resident in Kathmandu in 2015 when the earthquake hit. We worked for days without sleep: fractures, crush injuries, amputations. I remember our professor, Dr Rajendra Shrestha, walking the corridors telling us to eat something.

Ten years later I've been asked to speak about it at a disaster medicine meeting. Some reflections:

- Triage was the hardest skill. We learned it on the job.
- External fixators saved limbs when we could not do definitive surgery.
- Crush syndrome killed people who looked fine when they were pulled out. Check the potassium, and give fluids before the rubble comes off.
- Foreign medical teams helped, but some came without coordination. The WHO Emergency Medical Team standards since then have improved things a lot.
- Mental health support for health workers was absent. Many of my colleagues still carry it.

I'm proud of how we worked together. I hope we never have to again.`,
  },
];
