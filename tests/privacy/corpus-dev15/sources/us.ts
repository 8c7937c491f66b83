import type { SourceItem } from "../../corpus/types.ts";

/** US: tribal lands, Appalachia, farmworker clinics, Alaska, rural jails, syringe services, critical access hospitals. */
export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "home visits",
    role: "family medicine resident",
    text: `
I'm a second-year family medicine resident doing my rural month on the Navajo Nation, and on Tuesday I rode along with Lorraine, a Community Health Representative who has been doing home visits for twenty-two years. Our last stop was ⟦NAME|Grandma Loretta Begay⟧, ⟦AGE|94⟧, who lives in ⟦LOCATION|the hogan past the water tank behind the Red Valley chapter house⟧. No running water, a wood stove, and a home oxygen concentrator (serial ⟦DEVICE|INV5B-227190⟧) that runs off a generator her grandson fills twice a week.

Lorraine greeted her in Diné bizaad and I stood there smiling. Yá'át'ééh was about the extent of my contribution.

⟦NAME|Grandma Begay⟧'s sats were 86% on 3 L. The concentrator had been off for two days because the generator broke, and she hadn't told anyone because she didn't want to be a bother. Lorraine had a spare generator in the back of her truck. I didn't ask where it came from.

What struck me was how little of this was medicine. I wanted to titrate her furosemide and check a BMP. Lorraine wanted to know whether the road would wash out if it rained, whether there was firewood for the week, and who was driving her to the dialysis chair. She was right about which of those would land Grandma in the hospital first.

I go back to Albuquerque in two weeks. I want to take with me the habit of asking "what runs your oxygen?" before I ask about the diuretic.
`,
  },
  {
    id: "us-what-002",
    setting: "mobile clinic",
    role: "nurse practitioner student",
    text: `
What? Two days volunteering at a weekend pop-up clinic at a county fairground in eastern Kentucky. People had slept in their trucks to get a place in line. I worked the medical tent with Dr Caldwell and saw mostly people who had not seen anyone in years: an A1c of 11.2 in a man who'd run out of metformin in the spring, a blood pressure of 204/118 in a woman who said she felt fine, and a lot of untreated dental pain that came back to us because the dental line was full by 6am.

So what? My grandfather was a coal miner in Harlan County and I grew up hearing about black lung. I thought I'd feel at home, and mostly I did, but I also caught myself being the person with the clipboard. One man asked if I was "from the government" before he'd tell me what pills he took. Trust is not something you get because your accent fits.

Now what? A weekend event is not primary care. The honest plan for the BP patient was amlodipine 5 mg, a month's supply, and a handwritten list of the two federally qualified health centers within an hour's drive. I'm going to write my capstone on the follow-up gap after these events, and I've asked our regional health department whether anyone tracks it.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "farmworker health",
    role: "promotora",
    text: `
Description: I am a promotora de salud with a farmworker health program in the Central Valley. In July, during the heat, I visited ⟦NAME|Doña Refugio Pantoja⟧ at the labor camp because her daughter called me from ⟦PHONE|(559) 555-0162⟧ and said her mother had fainted in the almond rows. We saw her the next morning in ⟦FACILITY_ROOM|the Valle Sano mobile clinic at the Huron camp, exam bay 2⟧, chart number ⟦ID|FW-228173⟧.

Feelings: I was worried and a little angry. She is a diabetic, she takes glibenclamide, and she had been working from 5am without eating "para no perder tiempo".

Evaluation: The nurse practitioner found a sugar of 48 when she fainted (the crew leader had a meter) and 212 at the clinic. We changed her medicine and explained in Spanish and, for her husband, in Mixteco, with help from my compañero Eliseo.

Analysis: The medicine was not the only problem. The heat rules say water, shade and rest, but the pay is by the bin. Nobody wants to stop. I learned in my training that sulfonylureas can cause low sugar when you skip meals, but the real reason she skipped meals was money.

Conclusion: We can change a pill in ten minutes. We cannot change how people are paid.

Action plan: I will bring this case to our monthly meeting with the growers' association, and I will make small cards in Spanish and Mixteco about low sugar and heat, with pictures, because many of the older workers do not read.
`,
  },
  {
    id: "us-free-004",
    setting: "prison health",
    role: "correctional nurse",
    text: `
I've worked nights at a small county jail in rural Missouri for three years, and the thing nobody told me in nursing school is how much of jail nursing is withdrawal management. Most nights I'm doing COWS and CIWA scores through a slot in a door.

Last month we had a young man come in on a Friday who said he used fentanyl "every day, all day". His COWS was 6 at intake and 17 by midnight. Our protocol at the time was clonidine, loperamide, ondansetron and fluids. He asked me for Suboxone and I had to tell him we didn't have it. By morning he was so dehydrated I called the on-call provider and he went out to the ER for IV fluids in shackles.

I've been thinking about the 2019 National Academies report on medications for opioid use disorder, which says plainly that withholding MOUD in jails increases overdose deaths after release. We release people on Monday mornings with nothing, and their tolerance is gone.

The good news: our sheriff agreed to a pilot with the county health department, and from next month we can continue buprenorphine for anyone with a verified prescription and start it for people in withdrawal. I'm doing my X-waiver-era training refresher even though it isn't required anymore, because I want to understand what I'm giving.

It is strange to feel proud of something so basic. But I'm proud.
`,
  },
  {
    id: "us-what-005",
    setting: "telemedicine",
    role: "pediatric resident",
    text: `
What? My telemedicine elective with a regional tribal health system in western Alaska. Community health aides in the villages do the hands-on exam and we consult by video from Bethel or Anchorage. On Tuesday I saw a 14-month-old, ⟦NAME|Baby Nellie Active⟧, in ⟦LOCATION|Qanirtuuq⟧, through the aide's tablet: fever for three days, fast breathing, indrawing. The video froze every thirty seconds. Our IT tech looked at the session log and said the connection from the clinic, ⟦IP|198.51.100.23⟧, was dropping packets because the whole village was sharing one satellite link during the basketball game.

So what? I had to make a medevac decision on a pixelated chest and a respiratory rate the aide counted for me. She did it beautifully. I asked her to hold the phone to the baby's back so I could hear. The plane couldn't fly until the weather lifted, so we started amoxicillin 90 mg/kg/day and oxygen from the clinic cylinder and waited.

Now what? The baby did fine. What I learned is that the aide's exam is the exam, and my job is to ask good questions and trust her answers. I've also learned that the Medicaid paperwork for a medevac needs an SSN, and the mom read hers out on the video (⟦ID|078-05-1120⟧) while everyone in the room could hear, which I'll raise with the program.
`,
  },
  {
    id: "us-comment-006",
    setting: "mobile clinic",
    role: "family physician",
    text: `
The line about trust not coming with the accent really landed. I volunteered at these events for years in West Virginia and the follow-up gap is the whole problem. One idea that worked for us: bring a pharmacist who can set up a 90-day mail-order supply on the spot. It isn't care, but it buys time until someone gets an appointment.
`,
  },
  {
    id: "us-gibbs-007",
    setting: "hospice at home",
    role: "hospice nurse",
    text: `
Description: I'm a hospice nurse covering four counties in the Rio Grande Valley. Last week I admitted a man in his seventies with end-stage heart failure whose family wanted him to die at home. His PPS was 30%. He spoke only Spanish and his grandchildren mostly English, so I spent the visit switching between the two like a radio.

Feelings: Nervous. I'm second-generation myself and my Spanish is kitchen Spanish. When his wife asked me "¿Cuánto tiempo le queda?" I froze.

Evaluation: I did the admission well: meds reconciled, comfort kit in the fridge (morphine concentrate, lorazepam, haloperidol, atropine drops), the DNR out-of-hospital form signed. What I didn't do well was answer her question. I said "it's hard to say" in English, to the grandson, which was cowardly.

Analysis: My abuela used to say "al mal tiempo, buena cara" and I think I was trying to keep a good face. But she asked me, not him. I went back to SPIKES that night and to Atul Gawande's chapter on hard conversations. The honest answer was "días, tal vez una semana", and she deserved to hear it in her own language from the person she asked.

I also think the language switching hid something from me. When I speak English with families I'm a nurse; when I speak Spanish I'm somebody's niece, and part of me didn't want to be the niece who brings bad news. My mother still talks about the doctor who told her, in English, through my ten-year-old brother, that her father had cancer. I swore I'd never be that person, and there I was, routing the worst sentence of the visit through a teenager because it was easier for me.

Grandchildren should not be interpreters for bad news. I knew that from orientation.

Conclusion: He died eight days later. On my next visit I sat with her at the kitchen table, in Spanish, and said it properly. She held my hand and told me she already knew; she had just wanted somebody to say it out loud.

Action plan: Ask the bilingual chaplain, Padre Tomás, to come with me for the first visit when I'm not confident in Spanish, and practise the sentences I avoid.
`,
  },
  {
    id: "us-free-008",
    setting: "addiction services",
    role: "outreach nurse",
    text: `
Syringe services van, Tuesday, south side of Dayton. I've been doing this two years and I thought I'd stopped being surprised.

⟦NAME|Mikey Hollins⟧ has been coming to the van since I started. He's the one who brings other people, who knows which house has a bad batch, who always takes extra naloxone "for the block". Everyone knows his car, a maroon Impala with Ohio plate ⟦OTHER|HKJ 4471⟧, parked by the laundromat. On Tuesday his sister came instead. She told me he'd died on ⟦DATE|March 3⟧, alone, in a motel, with two of our naloxone kits in the glovebox of that car and nobody with him to use them.

She showed me a fundraiser for his funeral, ⟦URL|https://www.gofundme.com/f/bring-mikey-hollins-home⟧, and asked if the van could share it. I said I'd ask.

I keep thinking about "never use alone". We say it a hundred times a day. ⟦NAME|Mikey⟧ said it to other people. The hardest part of harm reduction is that the people who do the most for everyone else are often the ones most alone when it counts.

We held a short vigil at the van. Our medical director, Dr Okonjo, came and said a few words. I'm taking a week off, which my supervisor insisted on. When I come back I want to push for the never-use-alone hotline number printed on every kit, because a kit in a glovebox isn't the same as a person on the phone.
`,
  },
  {
    id: "us-what-009",
    setting: "rural placement",
    role: "medical student",
    text: `
What? Six weeks on a rural rotation in eastern Montana, in a town where my preceptor, Dr Lindqvist, is one of two physicians for about 4,000 square miles. In one day we did a prenatal visit, a nursing-home round, a laceration repair on a rancher who'd argued with barbed wire, and a stroke call in the ER that ended with tenecteplase and a helicopter to Billings.

So what? I came in thinking rural medicine was a lifestyle choice. It's actually a different skill set: you have to be comfortable being the most qualified person in the building for hours at a time. When the stroke came in, Dr Lindqvist ran the NIHSS (14) herself, read the CT herself with a teleradiologist on the phone, and made the lytic decision in twenty-one minutes. No neurologist, no stroke team, just the 2019 AHA guideline on a laminated card and a lot of experience.

Now what? I matched into family medicine last year partly because of a summer job in Wyoming, and this rotation confirmed it. I want to apply to a rural track residency and get more procedural training than I'd get in a city program: obstetrics, chest tubes, point-of-care ultrasound. I also want to remember the rancher, who asked whether the stitches would be out by branding.
`,
  },
  {
    id: "us-comment-010",
    setting: "addiction services",
    role: "peer recovery specialist",
    text: `
I knew ⟦NAME|Mikey⟧ from the meetings on Wayne Ave and this wrecked me. Thank you for writing it. The hotline idea is right, and so is printing it on the kit. But maybe take the plate and the fundraiser link out of the post? His mom reads everything online, and the family didn't agree to him being a case study. — Tasha, peer support
`,
  },
  {
    id: "us-free-011",
    setting: "night shift",
    role: "emergency nurse",
    text: `
Night shift in a 14-bed critical access hospital in western Kansas. One RN (me), one LPN, one physician sleeping in the call room, and a flight crew forty minutes away by air if the weather cooperates.

At 02:40 a farmer in his sixties came in with crushing chest pain. ECG showed ST elevation in II, III and aVF. The nearest cath lab is more than ninety minutes away by ground, which puts us outside the 120-minute window, so the plan was fibrinolysis here and transfer. I drew up tenecteplase by weight (he was 98 kg, so 50 mg), gave aspirin 325 mg and heparin, and watched the monitor for reperfusion arrhythmias while the doctor called the receiving cardiologist.

He had a run of accelerated idioventricular rhythm about forty minutes in, which I knew from my ACLS refresher was usually a good sign, and I still nearly stopped breathing. His pain settled and the ST segments came down before the helicopter landed.

What I keep thinking about: in a city, I'd have been one of fifteen people in that room. Here, my hands did the whole thing. I used to think small hospitals were where you go to slow down. They are where you have to know everything, because there is nobody to hand it to at 3am.

I'm signing up for the rural trauma team development course in October. And I'm buying the LPN breakfast, because she ran the ECG, the paperwork and the family all at once.
`,
  },
];
