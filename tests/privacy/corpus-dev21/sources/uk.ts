import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

/** UK (England, Scotland, Wales, Northern Ireland): 12 items. */
export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "care home",
    role: "community pharmacist",
    text: `**Description**
Structured medication review at ⟦FACILITY_ROOM|Larchfield House⟧ on ⟦DATE|Thursday 6 February⟧. I was there for ⟦NAME|Mrs Dorothy Fairclough⟧ (NHS ⟦ID|${nhs("485 777 302")}⟧), who is ⟦AGE|97⟧ and had two falls in a fortnight. Her MAR chart showed amitriptyline 25 mg at night, started years ago for "nerve pain", plus oxybutynin and a PRN promethazine the night staff were giving most evenings. Anticholinergic burden score of 8.

**Feelings**
Honestly, a bit cross. Not with the carers, who were lovely and knew her better than anyone, but with how long nobody had looked.

**Evaluation**
The review went well because her daughter, ⟦NAME|Gillian⟧, came in and could tell me what ⟦NAME|Dorothy⟧ was like "before". The GP, Dr Ashworth, agreed the plan by phone in ten minutes.

**Analysis**
STOPP/START v3 flagged three drugs. The ACB scale is crude but it gave the carers a number they could understand.

**Conclusion**
I should have asked for the falls log before the visit, not during it.

**Action plan**
Taper amitriptyline over four weeks, stop the promethazine, review oxybutynin with the continence nurse. Revisit on ⟦DATE|13 March⟧.`,
  },
  {
    id: "uk-free-002",
    setting: "community physiotherapy",
    role: "band 6 physiotherapist",
    text: `Six weeks into running the Tuesday Parkinson's exercise group at the leisure centre and I want to write something down before I forget why it matters.

We started with eleven people and we're down to eight, which my team lead Priya says is actually good retention for a community class. Most are in their seventies, one gentleman is 58 and still working as a joiner. The big lesson: LSVT BIG-style amplitude work only lands if you make it fun. The week I brought in the Strictly playlist, attendance went up. Coincidence? Maybe.

I'm measuring with the Berg (mean went from 44/56 to 47/56), the Timed Up and Go, and the Mini-BESTest for the two who were near ceiling on Berg. Not a trial, obviously, and I'm not pretending it is. Freezing of gait is still the thing I feel least skilled at. Laser cues on a walking stick helped one participant enormously and did nothing for another.

Things I read this month: the 2014 European Physiotherapy Guideline for Parkinson's disease (still the best single document), and Keus et al. on cueing. Also re-watched a lecture by Bas Bloem from Nijmegen, which is where the idea of asking people what they want to do again came from.

My own dad was diagnosed with Parkinson's in 2019, which I've never mentioned to the group. I wonder if I should. Priya thinks no, keep it professional. I think it might be the reason I'm patient with the slow ones. Bringing it to supervision on the 3rd.

CPD hours: 2 (reading), 6 (delivery).`,
  },
  {
    id: "uk-what-003",
    setting: "school",
    role: "speech and language therapist",
    text: `**What?**
Second block of therapy for ⟦NAME|Kacper W.⟧ in Year 2 at ⟦LOCATION|St Aidan's Catholic Primary in Ordsall⟧. Polish is his home language; the referral said "speech delay" but in Polish, according to his mum, he is fluent and chatty. In English he's using two-word phrases and avoids the carpet sessions. His mum emailed me from ⟦EMAIL|agnieszka.wrobel.salford@gmail.com⟧ to ask if she should stop speaking Polish at home.

**So what?**
This is the single most common question I get and the answer is still no. The RCSLT bilingualism guidance is clear that the home language is a strength, and dropping it can harm the parent–child relationship. What ⟦NAME|Kacper⟧ probably has is a normal second-language profile, not a language disorder. I nearly missed that because the referral came in with the words "delay" and "EHCP" on it and I read it through that lens.

**Now what?**
I wrote back to his mum in plain English (and a line of Polish from my colleague Marta, who checked it). I've booked a dynamic assessment rather than another standardised test normed on monolingual children. I'll ask the class teacher for a language-rich peer buddy at carpet time. Next review after half-term.`,
  },
  {
    id: "uk-free-004",
    setting: "acute dietetics",
    role: "dietitian",
    text: `CPD log, refeeding risk.

Context: on-call weekend cover for the surgical wards. I was asked to see a gentleman in his sixties, three weeks of poor intake after a Whipple's procedure, BMI 17.8, phosphate 0.62 mmol/L, magnesium 0.58, potassium 3.2. Classic high risk under NICE CG32 (2006), and the surgical F1 had already started full-strength feed at 80 mL/h because "he's hungry".

What I did: asked them to drop to 10 kcal/kg/day, start Pabrinex before the next bag, and replace phosphate IV. Wrote it clearly in the notes and spoke to the registrar, Mr Okoro, face to face, because a note alone on a Saturday gets missed.

What I learnt: I was too polite the first time. I said "you might want to consider" and the F1 heard "optional". My supervisor Helen's advice last year was to say what I want and why in one sentence. Second conversation went much better.

Reading: the 2022 ASPEN consensus on refeeding, which is more liberal than NICE, and the BAPEN decision tool. I'm not convinced the two can be reconciled in one ward protocol, and I want to raise it at our journal club on the 19th.

Reflection on me: it's my fourth year qualified and I still get the Sunday dread before weekend cover. Less than before. Swimming on Friday nights helps.`,
  },
  {
    id: "uk-free-005",
    setting: "domiciliary podiatry",
    role: "podiatrist",
    text: `Home visit notes I'm turning into a reflection for my HCPC portfolio (details changed for the portfolio copy — this is my rough draft).

Visited ⟦NAME|Mr Harold Pybus⟧ at ⟦ADDRESS|4 Spring Vale Terrace, Whitby YO21 1PQ⟧ for his six-weekly nail care and found a new ulcer on the plantar surface of the left first met head, about 1.5 cm, sloughy base, probes to bone? I wasn't sure. Pedal pulses weak, monofilament 2/10 sites on that foot. He'd been walking on it for a week because "it doesn't hurt". Of course it doesn't.

I rang his niece ⟦NAME|Sandra⟧ on ⟦PHONE|07700 900318⟧ because she manages his appointments, then the diabetic foot MDT hotline. Got him seen within 24 hours, which is exactly what the NICE NG19 pathway says and is rarely what happens.

What went well: I trusted the probe-to-bone worry rather than talking myself out of it. X-ray did show early osteomyelitis.

What I'd change: I had no offloading in the car. From now on a felt pad kit and a post-op shoe in two sizes live in my boot. I also want to learn to do a proper SINBAD score at the bedside rather than afterwards.`,
  },
  {
    id: "uk-comment-006",
    setting: "diagnostic radiography",
    role: "radiography practice educator",
    text: `Lovely reflection, Ffion. The bit about taking the horizontal beam lateral when the patient couldn't be moved is exactly what I'd hoped you'd learn on the trauma rotation. Don't beat yourself up over the repeat; one repeat in a shift of thirty-odd is well within what IR(ME)R audit would expect. Next step: try leading the pelvis views on Thursday with me just watching. — Jonathan`,
  },
  {
    id: "uk-what-007",
    setting: "prison healthcare",
    role: "pharmacy technician",
    text: `What?
In-possession medication review on ⟦FACILITY_ROOM|Houseblock 3 at HMP Ashfield Grange⟧. One of the men, ⟦NAME|Lee Dransfield⟧, prison number ⟦ID|A4471DK⟧, had been moved from another jail with a pregabalin script that didn't match what his community GP had on file. He also told me, quite openly, that his cellmate "borrows" his tablets. He's on the ⟦FACILITY_ROOM|twos landing, cell 214⟧ and has had two seizures since reception, both on ⟦DATE|the 28th⟧ and ⟦DATE|the 2nd⟧.

So what?
Pregabalin is currency in prison. The 2019 reclassification to Schedule 3 didn't change that. Putting it in possession was a risk to him and to others, but taking it away abruptly risks withdrawal seizures — and he may already be having them because he gives it away then runs short.

Now what?
Moved him to supervised daily dosing with the nurse on the landing (Ade, who knows him), flagged it to the prison GP, and logged the discrepancy on the pharmacy incident system. I need to get better at having these conversations without making the patient feel accused. He wasn't the problem; the system was.`,
  },
  {
    id: "uk-gibbs-008",
    setting: "domiciliary optometry",
    role: "optometrist",
    text: `Description: A domiciliary eye test in a supported-living flat in Swansea. The client, a woman in her late seventies, had a Bell's palsy four months ago with incomplete eye closure on the right. She'd been using a carer-applied lubricant in the day but nothing at night.

Feelings: Worried on sight of the cornea — inferior punctate staining across a third of it with fluorescein, and the beginnings of a dry, thickened epithelium.

Evaluation: I did the right things (Bell's phenomenon check, lagophthalmos measured at 4 mm, taped the lid overnight with instructions, carbomer gel plus paraffin ointment at night, same-day referral to eye casualty). What went less well was explaining it; the carer thought tape on someone's eye was "cruel".

Analysis: The College of Optometrists guidance on exposure keratopathy and the WECS protocol in Wales both support this, but neither tells you how to talk to carers. My mentor Rhodri says draw a picture. He's right — I drew the eye shut and open, and she got it.

Conclusion: Good clinically; communication needs a plan.

Action: Make a one-page illustrated sheet for lid taping and share it on the Optometry Wales forum.`,
  },
  {
    id: "uk-free-009",
    setting: "paediatric audiology",
    role: "clinical scientist (audiology)",
    text: `A switch-on I'll remember.

⟦NAME|Baby Isla Mackintosh⟧ (born ⟦DATE|14/08/2024⟧) had her first cochlear implant activated today in our clinic in Glasgow. Right ear, internal device serial ⟦DEVICE|CI612-5582094⟧, congenital CMV picked up on the newborn hearing screen. Her mum and gran were both there, and when we ran the first stimulation levels ⟦NAME|Isla⟧ stopped feeding and looked round. Gran cried. I cried a bit after.

Technically it was straightforward: impedances all in range, NRT thresholds on 20 of 22 electrodes, conservative MAP to start. What I want to reflect on is the bit before, when I had to explain that "switch-on" is not a miracle moment and that the real work is the next two years of auditory-verbal therapy. Parents have seen the YouTube videos. I was worried I'd flatten their hope.

My supervisor, Dr Morven Baird, suggested I say it as: today is the day she starts learning to hear. That phrasing worked.

CPD: read the 2019 BCIG quality standards again and the Ching et al. LOCHI outcome data. Next time I want to have the AVT therapist in the room for the switch-on itself.`,
  },
  {
    id: "uk-free-010",
    setting: "CT radiography",
    role: "CT radiographer",
    text: `Supervision notes (with Angus, my clinical lead) — 12 March, 1:1, 45 minutes.

1. The stroke pathway. Door-to-CT is now median 18 minutes on days, 27 on nights. Angus wants to know why nights are slower. My view: one radiographer covering CT and plain film after 10pm. He's taking it to the imaging board.

2. My error last month: I scanned a head with the wrong protocol (routine rather than CTA) because the request said "?stroke" and not "thrombectomy candidate". Caught within 10 minutes and the CTA was done, no harm, but extra dose. I've done the Datix and the IR(ME)R notification wasn't needed because it was under the threshold. We agreed I'd propose a change to the request form so "LVO?" is a tick box.

3. Glasgow Coma Scale on the request: I keep seeing "GCS 15" on patients who clearly aren't. Not my job to score it, but I can flag it.

4. Development: I've applied for the PgCert in CT reporting at Glasgow Caledonian, starting September. Angus will support the funding bid.

5. Wellbeing: honest answer, tired. My partner's on nights too. We're booking a week in Arran in May.

Actions: request-form proposal to Angus by the 26th; read the 2023 NICE NG232 head injury update before the next audit.`,
  },
  {
    id: "uk-comment-011",
    setting: "domiciliary podiatry",
    role: "podiatry team lead",
    text: `Great catch on the probe-to-bone, and agreed on the boot kit — I'll order two. One thing before this goes anywhere near the portfolio: you've left ⟦NAME|Mr Pybus⟧'s full address and his niece's number in the draft. Strip those out and call him "a gentleman in his 80s" or similar. Happy to look at the clean version on Friday.`,
  },
  {
    id: "uk-what-012",
    setting: "stroke rehabilitation",
    role: "occupational therapist",
    text: `What?
I've been an OT for eleven years and last month I was on the other side: my own nan, who is 86, had a left MCA stroke and came home after three weeks on a rehab unit in Belfast. I watched her OT do the home visit. I watched a kettle assessment the way a family member sees it.

So what?
A few things hit me. First, the language. "Functional transfers", "ADLs", "pre-morbid" — my mum didn't understand any of it and was too proud to ask. I use those words every day. Second, the equipment arrived on a Friday afternoon with no demo, and the perching stool stayed in its box until I got there on Sunday. Third, the Barthel of 12/20 on her discharge letter said nothing about what mattered to her, which is getting to Mass and making soda bread.

Now what?
I'm changing two habits. I'll ask "what does a good day look like?" before any standardised assessment, not after. And I'll stop using the word "transfers" with families — "getting in and out of the chair" is fine. I've also asked our team lead, Siobhán, if we can audit how often equipment arrives after the Friday 2pm cut-off. It's a small thing that decides whether someone falls in the first weekend.`,
  },
];
