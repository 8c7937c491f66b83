import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (all four nations): rigs, lifeboats, hills, festivals, farms and the forces. */
export const UK: SourceItem[] = [
  {
    id: "uk-free-001",
    setting: "offshore medicine",
    role: "offshore medic",
    text: `Handover — nights to days, sick bay, ⟦LOCATION|Harwick Alpha⟧. Quiet night apart from the one.

⟦NAME|Gary Strachan⟧, scaffolder, contractor crew, CHI ⟦ID|${nhs("180671 432")}⟧. Came up at 01:40 with central chest tightness after a double shift on the flare boom. Obs on arrival HR 104, BP 152/94, sats 97% on air. 12-lead done and sent to the topside doc on the Aberdeen call: sinus tachy, no ST change. Gave aspirin 300 mg, GTN x2 with partial relief. Repeat ECG at 02:30 same. Pain score down from 7 to 3 by 04:00.

Plan agreed with the doc: he's on the first chopper to Dyce, already told the OIM. Not a medevac, a "routine with priority", so don't let anyone bump him for the rig move crew. Bag packed, meds list in the envelope with the ECG strips.

Wife ⟦NAME|Lorraine⟧ phoned the beach at 05:15 after he texted her, which he shouldn't have done before I'd spoken to the doc but that's Gary. Her number is on the sheet: ⟦PHONE|07700 900382⟧. I said someone from the company would call her back, please make sure it's you and not HR.

Other stuff: the defib in the galley passed its self-test. Two paracetamol and a Rennie for the night cook, nothing to write up. Stock of morphine checked with Davie at 06:00, CD book signed.

Honestly I sat on my hands a bit at 02:00 wondering whether to push for a proper medevac. The topside doc (Dr Mhairi Cowan) talked me through the HEART score over the phone and it came out at 4. Her voice did more for my own pulse than the GTN did for his. — Euan`,
  },
  {
    id: "uk-what-002",
    setting: "lifeboat rescue",
    role: "GP and lifeboat crew",
    text: `**What?** We were paged at tea-time for a swimmer in difficulty off the point. By the time the inshore boat reached her she'd been in the water the best part of forty minutes, sea temperature about 11°C in early May. She was conscious but slurring and shivering hard, so roughly Swiss stage 1 going on 2. We kept her horizontal coming out of the water, which sounds obvious but is the bit everyone wants to rush.

**So what?** I have been a GP for nineteen years and a volunteer with the RNLI for six, and this was the first time I worried about afterdrop in real life rather than in a lecture slide. Our helm, Jory, had the sense to stop me cutting her wetsuit off on the slip in a force 5. We got her into the station, wrapped in the hypothermia bag, warm sweet drinks once she could swallow, monitored on the Lifepak. Her temp went from 33.8 to 34.9 over the hour before the ambulance took her to Truro. No Osborn waves, no arrhythmia.

**Now what?** I'm rewriting our station's cold-water crib card with Jory and with Sarah Penrose, the paramedic on our crew, using the 2021 ERC guidance on accidental hypothermia. Big lesson for me: I am used to being the most medically senior person in the room, and on the boat I am just crew. That was good for me.`,
  },
  {
    id: "uk-gibbs-003",
    setting: "festival medicine",
    role: "event medic",
    text: `## Description
Friday night, medical tent 2. A lad of seventeen was carried in by two friends from the ⟦LOCATION|green camping field, the tents round the big Welsh dragon flag near gate C⟧. He'd taken "half a pill" and two cans. Temp 39.4, HR 148, jaw clenching, very agitated. His wristband read ⟦ID|FW24-0871163⟧ and he told us his name was ⟦NAME|Kieran⟧, then a minute later that it was ⟦NAME|Kez Dolan⟧. His mate gave us his mum's number, ⟦PHONE|07700 900615⟧.

## Feelings
I was scared. MDMA toxicity was the obvious worry and I kept thinking about hyperthermia and sodium.

## Evaluation
What went well: we cooled him early (ice packs in groin and axillae, fan, wet sheets), gave diazepam 10 mg PO, checked a glucose (6.1) and got the ambulance moving. What went less well: we nearly lost his wristband details when the tent got busy.

## Analysis
The Welsh Ambulance crew were brilliant. Our lead, Dr Rhiannon Pugh, made us write the wristband number on every bit of paper.

## Conclusion
Don't wait for a temperature to tell you it's serious.

## Action plan
Bring a proper rectal thermometer next year.`,
  },
  {
    id: "uk-free-004",
    setting: "mountain rescue",
    role: "mountain rescue doctor",
    text: `Notes from a long Saturday with the team in Lochaber.

The call came just after eleven: a climber had fallen maybe eight metres on a gully route and his partner had managed a 999 call from a ledge. It took us three and a half hours on foot to reach them. I am 52, reasonably fit, and I was done in before I'd even knelt down.

He was a man in his thirties with a GCS of 14 (E4 V4 M6), an obviously deformed right femur and a cold, mottled left hand. Sats were unreadable in the wind, so we went on respiratory rate and his colour. Ketamine 20 mg IV titrated, then a traction splint, which is a fight on a 40-degree slope. Paracetamol IV. A vacuum mattress, and then the long wait for the Coastguard helicopter, which couldn't get in until the cloud lifted at about 16:00.

Things I am thinking about tonight:

- How little my usual tools mattered. No bloods, no imaging, no second opinion apart from Calum, our team leader, who has been doing this since 1994 and reads weather the way I read an ECG.
- Hypothermia in the patient, and in us. We wrapped him in everything we had and then started wrapping ourselves.
- That the Glasgow Coma Scale was written by two men in Glasgow in 1974 and I was using it on a scree slope half a century later, which pleased me for no good reason.

Scottish Mountain Rescue has a casualty care course every spring; I'd tell anyone thinking of joining a team to do it before their first winter.`,
  },
  {
    id: "uk-what-005",
    setting: "military medicine",
    role: "army GP",
    text: `What?
On exercise in the training area north of Nanyuki, one of the infantry section commanders, ⟦NAME|Cpl Jason Mbatha-Reid⟧ (service number ⟦ID|25193847⟧), came to the Role 1 with a three-day history of fever, headache and a rash that started round a black scab on his ankle. He'd been lying up in long grass on ⟦DATE|14 February⟧. Eschar plus fever plus rash in East Africa: African tick bite fever until proven otherwise. We started doxycycline 100 mg BD and he was much better in 48 hours.

So what?
I nearly missed the eschar, because he had about forty other insect bites and I was pattern-matching to malaria. The RDT was negative, and I would have repeated it and waited. It was our Kenyan liaison officer, Major Wanjiru, who said "check his socks line" because she'd seen it in her own soldiers.

Now what?
I've written a two-page aide-memoire for the next medical officer on rotation, with photos of eschars (from the textbook, not from him). I also want to raise with the Defence Medical Services that our pre-deployment brief on Kenya mentions malaria, dengue and snakes and doesn't say the word "rickettsia" once.`,
  },
  {
    id: "uk-free-006",
    setting: "one health",
    role: "rural GP",
    text: `A One Health evening in a village hall in Powys

Last Thursday our practice and the local farm vets ran a joint evening for farmers. It was Huw Roberts's idea — he's the senior partner at the vet practice and he's been going on about zoonoses at every rugby club dinner since 2019.

About forty people came, which in lambing season is a small miracle. We did three short talks:

1. **Orf.** I showed photos of hands (from the DermNet library) and said the main thing: it goes away on its own in six weeks but come and see us if it's spreading, if you've a fever, or if you're on anything that dampens your immune system.
2. **Q fever.** Huw talked about abortion storms in sheep and goats and Coxiella in birth products; I talked about the flu-like illness, the hepatitis and the endocarditis. A farmer at the back said his brother "had that in 2007" and I was glad he didn't say any more.
3. **Lyme disease.** Ticks on dogs and on walkers, the erythema migrans rash, doxycycline 100 mg twice a day for 21 days per the NICE guideline (NG95, 2018).

What I learnt: farmers trust vets more than they trust doctors, and they are right to. The vets come to the farm. Next year I'd like to hold it in a barn.`,
  },
  {
    id: "uk-gibbs-007",
    setting: "marathon medicine",
    role: "emergency medicine registrar",
    text: `Description: I did my first shift in a finish-line medical tent at a big city marathon this April. It was 24°C by midday, hot for an English spring. We saw nearly two hundred runners: blisters, cramps, vasovagal faints, and four who really worried us.

Feelings: I went in confident. I'm an ST5 in emergency medicine. I came out humbled by how different it is when there's no triage nurse, no lab and a queue of people in foil blankets.

Evaluation: Two runners had exertional heat stroke, rectal temperatures of 41.2 and 40.6. We did cold-water immersion in the tubs and both were under 39 within fifteen minutes. "Cool first, transport second" was drilled into us at the briefing by the medical director, Dr Fola Adebayo, and it worked. One woman had a sodium of 128 on the i-STAT after drinking at every station. We gave 100 mL of 3% saline and she perked up.

Analysis: The hyponatraemia case is the one I keep thinking about. Everything in me wanted to give fluids to a collapsed runner. The point-of-care test stopped me.

Conclusion: Event medicine is its own specialty.

Action plan: I've signed up for the Faculty of Pre-Hospital Care's event medicine course in November and I'll do the half marathon in September again as staff.`,
  },
  {
    id: "uk-free-008",
    setting: "cruise ship medicine",
    role: "ship's doctor",
    text: `Subject: Advice please — passenger with pacemaker, medevac decision

Dear Dr Harding,

Sorry to write on a Sunday. Brief summary, as you asked at induction for anything that felt borderline.

⟦NAME|Mr Reginald Ashworth⟧, ⟦AGE|94⟧, travelling with his daughter. Presented to the ship's medical centre at 22:10 last night, ⟦DATE|Saturday 8 March⟧, with two syncopal episodes in ⟦FACILITY_ROOM|cabin 8142⟧. Background: AF, CCF, dual-chamber pacemaker (his card gives the serial as ⟦DEVICE|PJN774219H⟧). ECG showed intermittent failure to capture. BP 88/50 during the pauses.

We're 30 hours from Lisbon and outside helicopter range. I've admitted him to ⟦FACILITY_ROOM|ICU bed 1 in the medical centre⟧ with transcutaneous pads on, atropine drawn up, and our nurse Marisol with him one-to-one. The captain has agreed to divert towards the Azores if I ask.

His daughter, ⟦NAME|Pauline⟧, has emailed the pacing clinic back home from ⟦EMAIL|pauline.ashworth61@btinternet.com⟧ and copied me. I have not yet had a reply.

Question: divert now or watch? My gut says divert. He has been clear he wants everything done.

Best wishes,
Tom Kettering
Senior Doctor`,
  },
  {
    id: "uk-what-009",
    setting: "island general practice",
    role: "locum GP",
    text: `What? My first locum week on ⟦LOCATION|Rathlin⟧. ⟦DATE|Boxing Day⟧, and wee ⟦NAME|Mrs McQuillan⟧ phoned the nurse, then me, because her husband ⟦NAME|Sammy⟧ "wasn't himself". He was, it turned out, in new fast AF at 160 with a BP of 95 systolic. The ferry wasn't sailing and the coastguard helicopter was tasked elsewhere.

So what? There is no hospital on the island. There is me, a nurse who has lived there for twenty years, a bag, a defib and a phone to the cardiology reg on the mainland. We gave him fluids and a small dose of metoprolol on the reg's advice and he settled to 110. The helicopter came at nine that night.

Now what? I need to know my kit on day one, not day four. And I need to accept that islanders have been managing without doctors for a long time, and will tell you what they think of your plan.`,
  },
  {
    id: "uk-free-010",
    setting: "air ambulance",
    role: "prehospital doctor",
    text: `Flying with a chest drain: some thoughts after a winter on the Highland air ambulance

Every flight doctor learns Boyle's law at some point and then forgets it. I relearnt it on a transfer last month, a young man in his twenties with a traumatic pneumothorax from a quad-bike crash, and it's worth writing down.

At 3,000 feet the cabin isn't pressurised. Trapped gas expands by roughly 10%. An undrained pneumothorax that was "small" on the ground can stop being small. So:

- Drain before you fly if there's any doubt. We did a finger thoracostomy and then a proper drain with a Heimlich valve.
- Check the ETT cuff pressure at altitude (we fill ours with saline on long flights).
- Watch NG tubes, splints, anything with air in it.

My paramedic, Iona MacLeod, has done about 800 missions and showed me how she tapes everything down before the rotors start because once you're up, you can't reach half of it.

Useful reading, for anyone starting out:
- [The Faculty of Pre-Hospital Care consensus on transfers](https://fphc.rcsed.ac.uk)
- Henry's law and nitrogen narcosis, covered in the dive chapter of the Oxford Handbook of Expedition and Wilderness Medicine (2nd edn, 2015).

I'm Ruairidh, ST6 in anaesthesia, and I'll be doing these notes every month until my time on the aircraft ends on 31 August.`,
  },
  {
    id: "uk-comment-011",
    setting: "offshore medicine",
    role: "offshore medic",
    text: `Good honest handover, Euan. I've been offshore since 2011 and I still second-guess the medevac call every time. One thing from the rig I'm on now: we've started ringing the topside doctor before we give anything stronger than GTN, which has saved me a few awkward conversations with the OIM. Also +1 on getting the company, not HR, to call families. — Shona, Forties field`,
  },
  {
    id: "uk-comment-012",
    setting: "cruise ship medicine",
    role: "ship's nurse",
    text: `Tom, I was on the previous leg of that cruise and I think I met ⟦NAME|Mr Ashworth⟧ at the Tuesday blood pressure clinic. Lovely man, very proud of his pacemaker card. Hope the divert went smoothly. For next time the cardiac tech line at the pacing company is open 24/7 and they can interrogate remotely if the box has a home monitor. — Marisol`,
  },
  {
    id: "uk-free-013",
    setting: "hospital ship surgery",
    role: "anaesthetist",
    text: `Ten weeks on a hospital ship: what a Welsh anaesthetist learnt off Freetown

I got back to Cardiff last week after ten weeks as a volunteer anaesthetist with [Mercy Ships](https://www.mercyships.org), moored in the port at Freetown. People keep asking "was it amazing?" and the honest answer is "yes, and complicated". So here is a long post.

**The work.** Maxillofacial tumours, goitres, cleft lips, burns contractures, orthopaedic deformities in children, hernias and a lot of cataracts (which the eye team did without me). Most of my lists were airway lists: big benign tumours of the jaw that had been growing for a decade, the kind of thing you see once in a career at home. Awake fibreoptic intubation became routine. I did more of them in ten weeks than in eight years in Wales.

**The patient I think about.** ⟦NAME|Fatmata Kamara⟧ was a market trader from ⟦LOCATION|a fishing village at the end of the Lumley road, the one with the painted mosque⟧ with an ameloblastoma the size of a grapefruit. She had been turned away from two clinics. She came to us for screening on ⟦DATE|14 October⟧, was operated on six days later, and spent three weeks in ⟦FACILITY_ROOM|ward B, bed 12 on the Africa Mercy⟧ singing with the other women every evening. The ward nurses posted a video of her first smile after surgery on the crew page; I asked them to take it down, and they did, with good grace.

**The complicated bits.** A ship arriving with 400 volunteers can make local surgeons feel like spectators. The best thing on board was not the theatre but the training programme: local anaesthetists and nurses working alongside us, with the [SAFE obstetric anaesthesia course](https://www.wfsahq.org) running in the classroom deck. My partner in theatre for most of the ten weeks was Dr Mohamed Sesay, a Sierra Leonean anaesthetist who taught me more about ketamine than I taught him about fibreoptics.

**What I'd tell someone going.** Read the Lancet Commission on Global Surgery (2015) before you go, not after. Don't post photos of patients, however joyful. Learn a few words of Krio. And understand that when you leave, the patients still need follow-up that you won't provide.

I'd go back. I'd also rather my money went to training Sierra Leonean anaesthetists, and I've set up a standing order to do exactly that. — Gareth, ST7`,
  },
];
