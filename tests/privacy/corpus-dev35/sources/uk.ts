import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** United Kingdom (England, Scotland, Wales). */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "street medicine",
    role: "GP trainee",
    text: `
**Description.** Tuesday outreach round with the street team. ⟦NAME|Dazza⟧ was where he always is, in the doorway of ⟦LOCATION|the old Woolworths on Fargate⟧, sleeping bag zipped to the chin at 11am. He had missed three appointments with us since ⟦DATE|Boxing Day⟧, each one booked by me, each one at 9:30, which I now realise is the middle of his night.

**Feelings.** Irritation first, honestly. Then shame at the irritation.

**Evaluation.** What went well: he let me look at his feet. Trench foot, early, both heels macerated. What went badly: I had brought a leaflet.

**Analysis.** Dr Priya Mistry, my supervisor, said the appointment system is built for people with alarms, calendars and a charged phone. ⟦NAME|Dazza⟧ has none of these. We talked about Wernicke's risk and why we carry Pabrinex in the van, and about the Pathway model of in-reach. A "did not attend" code says more about the service than the patient.

**Conclusion.** I had been measuring engagement by whether he came to us.

**Action plan.** Offer appointments after 2pm, or none at all: just turn up with dry socks and the podiatrist. Read the Groundswell peer-advocacy evaluation before my next session.
`,
  },
  {
    id: "uk-what-002",
    setting: "social prescribing",
    role: "link worker",
    text: `
**What?** A man in his fifties was referred to me by the practice because he "keeps coming in for no reason". Eleven GP contacts in two months: back pain, then sleep, then a rash that had gone by the time he was seen. In our first conversation it took forty minutes to get to the real thing: his gas had been cut off in November and he had been sitting in the library every afternoon to keep warm.

**So what?** None of the eleven consultations had asked about heating. Mine nearly didn't either; I had a form with boxes for loneliness, physical activity and "green prescription". Fuel poverty was not a box. Marmot was right that the causes of the causes are where the action is, but the referral pathway still sends people to me as if the problem were the person.

**Now what?** I have added three questions to my first-contact script: heating, food, money. I have met the local food bank's advice worker, Gemma, and we now do a joint Thursday slot. And I am going to suggest to Dr Hall that the practice codes fuel poverty so it shows up in the audit instead of vanishing into "frequent attender".
`,
  },
  {
    id: "uk-free-003",
    setting: "hostel health",
    role: "outreach nurse",
    text: `
I do a hostel clinic on Wednesdays. This week the manager asked me to see ⟦NAME|Kelly-Ann⟧ in ⟦FACILITY_ROOM|Room 14 at Ashdown House⟧ because she had not come down for three days. She was in bed with a leg ulcer that had been dressed, by her, with a sanitary towel and parcel tape. Cellulitis up to the knee, a temperature, and she was adamant she would not go to A&E because the last time she was there she "got treated like a junkie".

We spent an hour. I cleaned and dressed it, started flucloxacillin 1 g QDS after a phone call with the duty GP, and rang her sister on ⟦PHONE|07700 900418⟧ because ⟦NAME|Kelly-Ann⟧ wanted someone to know. The surgery could not find her on the system until I read out the NHS number from an old clinic letter in her drawer: ⟦ID|${nhs("401 023 286")}⟧. Without that letter she would effectively not have existed.

What I keep thinking about: the dressing was not neglect. It was competent self-care with the materials available. I told her so. She cried, which I was not expecting.

I have asked for a standing arrangement with the tissue viability team, and I will bring a proper dressing pack to every hostel session from now on.
`,
  },
  {
    id: "uk-free-004",
    setting: "inclusion health teaching",
    role: "medical student",
    text: `
## Notes from my inclusion health SSC, week two

I expected this placement to be about homelessness. It turned out to be about how hospitals are designed.

Our teaching session was led by Dr Adaeze Nwosu and a peer advocate called Steve, who spent eight years sleeping rough before working for Groundswell. Steve did most of the talking. He described being discharged at 2am in a hospital gown with a bag of paracetamol and a letter for a GP he did not have. He was not angry about it any more. He was matter-of-fact, which was worse.

Some things I wrote down:

- Average age of death for people experiencing homelessness in England is in the mid-forties. I checked the ONS figures afterwards.
- Tri-morbidity: physical illness, mental illness and substance use, together, not in sequence.
- "Hard to reach" often means "easy to ignore".
- Pathway teams exist in some hospitals but not most.

The session that stayed with me most was the afternoon on the street with the outreach team. We walked for three hours and saw six people. Two wanted to talk; four wanted to be left alone, and the nurse, Jo, respected that without a flicker of disappointment. I would have pushed. She said pushing is how you lose people for a year.

We also spent an hour in a day centre watching the GP work. He had no computer, just a notebook, a bag and a sharps bin. Consultations were long and unhurried and half of them were about benefits letters. He told me the most important clinical skill here is remembering what you promised last week.

I have been wondering why this felt so different from anything at medical school. I think it is because every structure I am used to (appointments, referrals, discharge summaries, "did not attend") assumes a stable address. Take the address away and the whole machine stops. The people are not hard to reach. The machine is built in a way that cannot reach them.

What I am taking to my next ward placement: ask where the person is sleeping tonight before writing "medically fit for discharge". It costs nothing. Dr Nwosu said that if I remember one thing, it should be that.
`,
  },
  {
    id: "uk-gibbs-005",
    setting: "prison release",
    role: "GP registrar",
    text: `
**Description.** ⟦NAME|Liam⟧ walked into our drop-in on the afternoon he was released from ⟦FACILITY_ROOM|HMP Pentonville⟧, on ⟦DATE|Friday 14 March⟧, with two days of methadone in his system and a discharge letter quoting his prison number, ⟦ID|A4821CK⟧, and an address, ⟦ADDRESS|Flat 2, 9 Caledonian Road, London N1 9DX⟧, that he was evicted from two years ago. No script had been sent to any community pharmacy. Friday release, weekend ahead.

**Feelings.** Panic, a bit. The overdose risk in the first fortnight after release is many times higher, and I knew it.

**Evaluation.** Good: the drug service key worker, Marcus, answered his phone. Bad: it took two hours, four calls and a fax (yes, a fax) to get a bridging prescription for 60 mg.

**Analysis.** The "Friday release" problem is well described. So is the loss of tolerance. None of that helped at 4pm. What helped was Marcus knowing which pharmacist would stay late.

**Conclusion.** Continuity across the prison gate is a relationship problem more than a paperwork one.

**Action plan.** Naloxone to every person leaving prison who comes through our door, with training. ⟦NAME|Liam⟧ took his, and said he would keep it in his sock.
`,
  },
  {
    id: "uk-what-006",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
**What?** I run supervised consumption for about thirty people. Last month we started two of them on long-acting buprenorphine injections through the drug service, and I noticed how much of my relationship with everyone depended on seeing them daily at the counter. When someone on Espranor or methadone 40 mg misses two days, I notice and ring the key worker. Once the monthly injection replaces that, the daily contact disappears.

**So what?** The daily visit is a burden and a safety net at the same time. Several of my regulars have told me the daily pick-up is the only reason they leave the house. One said the counter was "the only place somebody says good morning and means it". Moving to monthly depot is clinically better for many people, and I support it, but nobody commissioned the good morning.

**Now what?** I have asked Aisha, our locum, and the service lead, Tom Harding, whether we can keep a weekly check-in, optional, with tea. I'm also going to read the NICE guidance on opioid dependence again and the PHE naloxone evidence, because I am sure our pharmacy can do more than hand over the kits.
`,
  },
  {
    id: "uk-free-007",
    setting: "Roma health",
    role: "health visitor",
    text: `
A Slovak Roma family on my caseload moved flat three times in four months, and each time the baby fell off the immunisation schedule. Mum, ⟦NAME|Mrs Baláž⟧, speaks Romani and Slovak and some English; her eldest, ⟦NAME|Denisa⟧, who is twelve, usually interprets, which is exactly what I am not supposed to allow.

This week I brought a Romani-speaking interpreter, Marek, and it was a different visit. We learned the baby was born on ⟦DATE|3 January⟧ in a different health board, so the CHI number on our system was a temporary one. The real one, ⟦ID|${nhs("030124 512")}⟧, was on a red book in a carrier bag under the cot.

Things I learned about myself: I had been describing the family as "chaotic". The family is not chaotic. Private renting in this part of the city is chaotic: landlords who do not do repairs, then evict, then the next flat is across the river and the letters go to the old address.

Next: I'm asking the practice to flag Romani as a language need so the interpreter is booked automatically, and to stop sending appointment letters that nobody can read.
`,
  },
  {
    id: "uk-comment-008",
    setting: "street medicine",
    role: "outreach worker",
    text: `
Good reflection. If that's ⟦NAME|Dazza⟧ with the three-legged staffie, he's moved since the frost, he's been kipping ⟦LOCATION|behind the Crucible stage door⟧ most nights. Pass it on to whoever does the Tuesday round. Afternoons are definitely better, he's usually up by one and he'll talk if you bring the dog a biscuit.
`,
  },
  {
    id: "uk-comment-009",
    setting: "street medicine",
    role: "GP",
    text: `
Really thoughtful post. A gentle flag from someone who has been burned before: the combination of a nickname, a specific doorway and a dog is enough for anyone in town to know exactly who this is. Could you edit the details out and ask the comment above to do the same? The learning stands without them.
`,
  },
  {
    id: "uk-gibbs-010",
    setting: "asylum seeker health",
    role: "GP trainee",
    text: `
**Description:** My first session at the practice that covers a contingency hotel for people seeking asylum in Cardiff. A young man from Eritrea came in with a rash that turned out to be scabies, and about twenty minutes in, with a Tigrinya interpreter on the phone, it became clear he had not slept properly for months.

**Feelings:** I felt out of my depth. The rash was the easy part.

**Evaluation:** I treated the scabies (permethrin 5%, whole body, repeated after a week, with the whole room treated) and did a PHQ-9, which scored 19. He said "diolch" at the end, which he had learned from the receptionist, and that made me smile.

**Analysis:** Dr Rhys Evans, my trainer, pointed me to the Doctors of the World toolkit and the BMA guidance on asylum health. I had not known that the initial health assessment is often the only comprehensive one people get. I had also not thought about trauma-informed questions in a ten-minute slot.

**Conclusion:** I need to book double appointments and stop apologising for it.

**Action plan:** Learn the referral route to the local trauma service and to the Red Cross; use the interpreter properly, in first person, every time.
`,
  },
  {
    id: "uk-free-011",
    setting: "sexual health outreach",
    role: "sexual health nurse",
    text: `
# Outreach van, Thursday nights

## What happened

A woman who works from a flat near the ring road came to the van for the first time. She wanted PrEP and a smear, in that order. She gave her name as ⟦NAME|Ruby⟧, which I'm fairly sure is her working name, and asked that we contact her only by email at ⟦EMAIL|ruby.m.works@example.co.uk⟧ because her phone gets checked. She also told me her advertising profile name, ⟦OTHER|RubyRedLeeds⟧, "so you know it's me if I message", and I saved [her listing](⟦URL|https://adverts.example.co.uk/profile/RubyRedLeeds-2231⟧) in the shared outreach notes so the next shift could check on her.

## What I did

Baseline bloods, HIV and syphilis point-of-care (both negative), started PrEP on a daily regimen, booked her cytology at the clinic on a day with a female clinician.

## What I'm still thinking about

We wrote her email into the notes because that was her stated preference. I have since learned from our lead, Carol, that the organisation has a protocol for working names and contact preferences and I had not read it. The protocol exists because a previous client was outed by a letter.

## Next

Read the protocol. Ask Carol to do a ten-minute teach for the Thursday team.
`,
  },
  {
    id: "uk-free-013",
    setting: "night shelter",
    role: "volunteer doctor",
    text: `
Handover, winter night shelter, Sunday into Monday.

- ⟦FACILITY_ROOM|St Anne's church hall shelter, mattress 7⟧: ⟦NAME|Mr Ferreira⟧. Has an ICD, serial on his card ⟦DEVICE|PJR 881204 H⟧. Says it "kicked" at 2am. Obs fine, no chest pain. Needs device check at cardiology, he agreed if someone goes with him.
- ⟦FACILITY_ROOM|Mattress 11⟧: new guest, no English, possibly Tigrinya. Interpreter line tomorrow.
- Two people asked about flu jabs; pharmacist Kemi comes Wednesday.
- Naloxone kits: 4 left. Please restock from the cupboard in the vestry before Tuesday.

Dr Sam Otieno (volunteer GP)
`,
  },
  {
    id: "uk-what-012",
    setting: "GP registration",
    role: "GP trainee",
    text: `
**What?** A receptionist turned away a woman who wanted to register because she had no proof of address and no passport. She was pregnant, roughly twenty weeks, no antenatal care at all. I heard about it only because the practice manager mentioned it at lunch as an example of "people trying it on".

**So what?** Nobody needs proof of address or immigration status to register with a GP in England. It says so in the NHS England guidance, and the Safe Surgeries initiative from Doctors of the World exists precisely because of afternoons like this one. Twenty weeks without antenatal care puts her in a group with far worse outcomes. MBRRACE reports keep saying so.

**Now what?** I spoke to the practice manager, Julie, carefully and not in front of anyone. She had genuinely not known. We are now signing up as a Safe Surgery, the receptionists are getting the training next month, and a card with the rules is going by the front desk. I could not find the woman again. That part I can't fix.
`,
  },
];
