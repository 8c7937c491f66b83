import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: Lassa, lead, FPSOs, surgical missions, camps, football, festivals and anthrax. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "Lassa fever outbreak",
    role: "medical officer",
    text: `Lassa season notes, Edo State

We are in the thick of it. January to March is Lassa season and the isolation centre has been full since the second week of January.

Last week I admitted a trader, ⟦NAME|Mrs Osasere Igbinedion⟧, who sold garri in the market at ⟦LOCATION|Ugbegun, the compound behind the Catholic mission⟧. Fever for six days, sore throat, vomiting, and by day seven bleeding gums. PCR positive. She went straight to the isolation ward at ⟦FACILITY_ROOM|ISTH⟧ and onto ribavirin. Her husband called us every morning from ⟦PHONE|0803 555 2917⟧ and every morning I told him the same thing: she is holding on.

The One Health side: the Mastomys rats live in the house and feed on the grain drying in the sun. The environmental health officers and the vet lecturer from the university, Dr Ehimare, went to the compound to talk about storage and rodent control. People listened to the vet more than to us.

What I am learning:

- Barrier nursing at 34°C in full PPE is hard. Hydrate the team as well as the patients.
- Contact tracing works when the community health workers speak the language. Ours speak Esan and Edo.
- The NCDC case definition from 2018 is still the one I carry in my pocket.

She was discharged on day 21. I cried in the car.`,
  },
  {
    id: "ng-what-002",
    setting: "lead poisoning outbreak",
    role: "NYSC doctor",
    text: `What? During my NYSC year in Zamfara I worked with an NGO on childhood lead poisoning from artisanal gold processing. Families crush ore in their compounds and the dust gets everywhere. We screened children with a LeadCare analyser; anything over 45 µg/dL got chelation with succimer, and anything over 65 went on the urgent list.

So what? I had never thought of gold as a health hazard. I learnt that medicine alone can't solve it: you have to clean the compound, change the way ore is processed, and talk to the emirs and the miners. Our team lead, Dr Aminu, spent half of every day in meetings with village heads, and at first I thought it was a waste of time. It wasn't.

Now what? I want to do a master's in environmental health. I also now check every child with unexplained seizures and anaemia for lead exposure, wherever I work.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "offshore medicine",
    role: "offshore medic",
    text: `Description: On a floating production vessel off the Niger Delta I treated a roustabout, ⟦NAME|Tamunotonye Briggs⟧, who fell from a ladder in the pump room and landed on his right side. Tender lower ribs, BP 100/60, pulse 118, guarding in the left upper quadrant. I suspected splenic injury and called for medevac. His NIN ⟦ID|40718226593⟧ was needed for the helicopter manifest. His wife, ⟦NAME|Ibiere⟧, emailed me the next day from ⟦EMAIL|ibiere.briggs@yahoo.com⟧ to ask about him.

Feelings: I felt alone. I am a nurse by training and the nearest doctor was two hours away by helicopter.

Evaluation: I followed our protocol, two large-bore IVs, permissive hypotension, TXA 1 g. He went to theatre onshore and had a splenectomy.

Analysis: I spent too long deciding if I was "overcalling" it.

Conclusion: If you think you need to call, call.

Action plan: Refresh my FAST ultrasound skills.`,
  },
  {
    id: "ng-free-004",
    setting: "visiting surgical mission",
    role: "surgical resident",
    text: `One week, 84 hernias

I joined a visiting surgical mission to a general hospital in a rural local government area in Kwara. Two consultant surgeons, three residents, two anaesthetists, and nurses from Ilorin and Lagos. We did 84 hernia repairs, 11 hydrocelectomies and a few lipomas in five days, mostly under local anaesthesia with lignocaine and a bit of ketamine for the nervous ones.

The men had carried their hernias for years, some since boyhood. One farmer told me he could no longer carry yams to market. Another said he had been saving for the operation since 2015.

What I learned:

- Lichtenstein mesh repair, done well, is simple and durable. Prof. Adeyemi made me do 20 under supervision until my stitches were boring.
- Sterilisation is everything. We had one autoclave and a nurse, Mama Ngozi, who ran it like a general.
- Follow-up is the weak link. We left the local doctor, Dr Usman, a stack of review cards.

I don't want this to be surgical tourism. Next time I'd like to teach the local doctor the repair rather than do the repairs myself.`,
  },
  {
    id: "ng-free-005",
    setting: "internally displaced persons camp",
    role: "community health nurse",
    text: `Field diary — IDP camp, Maiduguri

Today an old woman everyone calls ⟦NAME|Mama Falmata⟧ came with her grandchildren from ⟦LOCATION|block D, the tents by the borehole⟧. She is the one who sells kosai at the camp gate every morning and knows everybody's business. She had a swollen, painful leg and fever for five days. Cellulitis. Amoxiclav and paracetamol; she refused admission because of the children.

On ⟦DATE|the second day of Sallah⟧ she came back worse, with blistering. We referred her by the camp ambulance. I wrote her registration number, ⟦ID|BOR/DIK/22/08417⟧, on the referral, and her grandson ⟦NAME|Modu⟧ went with her.

Reflection: in camps, people cannot leave the children. Any referral has to think about who will look after them. Our camp coordinator, Hajiya Aisha, says we need a child-minding tent beside the clinic. She is right.

I am tired, and I miss my own children in Kano.`,
  },
  {
    id: "ng-what-006",
    setting: "football match medicine",
    role: "sports physician",
    text: `What? I have been the match-day doctor for a Nigerian professional football club for two seasons. Last month a midfielder collapsed in the 70th minute, no contact.

So what? He was unresponsive and not breathing normally. We started CPR within 20 seconds and the AED shocked him once. ROSC after about two minutes. In hospital he was found to have hypertrophic cardiomyopathy and had an ICD placed. The Christian Eriksen case in 2021 is why our club bought the AED. Without it I don't know what would have happened.

Now what? I am pushing the league to make pre-season ECG screening mandatory, following the 2017 international criteria. I'm also training the stewards and the ball boys in hands-only CPR. My colleague Dr Temitope says it's the best thing we have ever done for the club.`,
  },
  {
    id: "ng-comment-007",
    setting: "Lassa fever outbreak",
    role: "nurse",
    text: `Well done, doc. I was on the night shift when ⟦NAME|Mrs Igbinedion⟧ was admitted and I remember her asking us to pray with her. Lassa is exhausting for the staff too. The one thing I would add: make sure the cleaners get the same PPE training as nurses. In 2019 we lost a cleaner to Lassa and it still hurts.`,
  },
  {
    id: "ng-free-008",
    setting: "festival medicine",
    role: "public health physician",
    text: `Medical cover at a fishing festival

Every year the state health ministry sends a team to cover a big traditional fishing festival in the north-west. Thousands of fishermen jump into the river at the same moment, competing for the biggest fish. Thousands more watch from the banks.

We had a first aid post, two boats with divers, and a tent with six beds. Over three days we saw near-drowning, fish-hook injuries, heat exhaustion, diarrhoea, and hypertensive emergencies among the older spectators. One young man had water aspiration and needed oxygen for a few hours.

Things I learned:
- In river rescue, the local divers are more skilled than anyone on our team. Let them lead.
- Schistosomiasis is common in the river. We gave praziquantel to fishermen who had haematuria.
- Mass-gathering medicine needs planning months before. Our team lead, Dr Ibrahim Bello, started in January.

Next year I'd like to add a simple drowning prevention talk for the younger men. The WHO 2014 Global Report on Drowning has good ideas.`,
  },
  {
    id: "ng-gibbs-009",
    setting: "one health anthrax",
    role: "epidemiologist",
    text: `Description: In the anthrax alert in the north-central zone, our rapid response team went to a village where a herder's cattle had died suddenly. The herder, ⟦NAME|Alhaji Musa Bako⟧, had butchered one of the animals and developed a black painless ulcer on his forearm. His compound is at ⟦ADDRESS|No. 12 Sarkin Fulani Road, Suleja, Niger State⟧.

Feelings: Worry, because people had eaten the meat.

Evaluation: He received ciprofloxacin and we traced everyone who ate the meat or handled it. Vets vaccinated the rest of the herd. No other human cases.

Analysis: Working with the state veterinary officer, Dr Grace Okoye, made all the difference. Herders trust vets.

Conclusion: One Health isn't just words.

Action plan: Joint human–animal surveillance meetings every month.`,
  },
  {
    id: "ng-free-010",
    setting: "cataract outreach camp",
    role: "ophthalmology resident",
    text: `Eye camp diary, Kebbi

We are at a free cataract outreach camp organised by the state and an eye charity. Four surgeons, two microscopes, a generator, and hundreds of people waiting under the neem trees. We did 212 manual small-incision cataract operations in four days.

One patient I won't forget: ⟦NAME|Malam Garba Danjuma⟧, ⟦AGE|aged 93⟧, who was ⟦OTHER|the retired chief drummer of the fishing festival at Argungu⟧ and everybody in the queue seemed to know him. Bilateral mature cataracts, hand movements only in both eyes. We did the right eye. The next morning, in ⟦FACILITY_ROOM|recovery tent 3, mat 9⟧, we took off the pad and he could count fingers at six metres. He laughed and clapped out a rhythm on the side of the mat.

His son gave us their address for the follow-up letter, ⟦ADDRESS|No. 7 Sarkin Ruwa Street, Argungu, Kebbi State⟧, and a phone number, ⟦PHONE|0806 555 3391⟧.

Lessons:
- MSICS is fast, cheap and excellent in good hands. Dr Halima, our lead surgeon, does one in under eight minutes.
- Follow-up for the second eye is the hard part. Many never come back.
- Glasses after surgery matter, and we ran out on day two.`,
  },
];
