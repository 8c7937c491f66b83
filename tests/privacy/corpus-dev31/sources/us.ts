import type { SourceItem } from "../../corpus/types.ts";

export const US: SourceItem[] = [
  {
    id: "us-free-001",
    setting: "TB contact investigation",
    role: "infectious diseases fellow",
    text: `
The case that taught me what a contact investigation actually is.

Smear-positive cavitary TB in a 58-year-old man who had been sleeping at ⟦LOCATION|the Higher Ground shelter on Seventh Street⟧ for most of the winter. He goes by ⟦NAME|Ray-Ray⟧; the chart says ⟦NAME|Raymond Tillman⟧, DOB ⟦DATE|4/17/1966⟧, MRN ⟦ID|70421863⟧. His only phone number was his sister's, ⟦PHONE|(612) 555-0148⟧, and she had not seen him since the autumn.

The county TB nurse, Linda, walked me through the concentric-circles model: household first, then regular contacts, then the wider congregate setting. For a shelter, "household" is 140 cots in one room. We did IGRAs on the staff and on every guest we could find over three evenings. The guests we could not find are the ones I think about.

⟦NAME|Ray-Ray⟧ himself was lovely and furious. He did not want to be in a negative-pressure room and he did not want his photo on anything. He agreed to four-drug therapy on the condition that Linda, not a stranger, would do the DOT once he left the hospital.

Lessons: the medicine is the easy part; the hard part is finding the people who were breathing the same air. And the person who earns trust at the bedside needs to be the person who shows up afterwards.
`,
  },
  {
    id: "us-what-002",
    setting: "foodborne outbreak investigation",
    role: "EIS officer",
    text: `
What? My first multistate Salmonella cluster as an EIS officer. PulseNet flagged eleven isolates with closely related whole-genome sequences across four states in July. My task was the hypothesis-generating questionnaire: call every case, go through seven days of food history, and look for the thing that more people ate than you would expect.

So what? I had assumed the sequencing would solve it. It did not; it only told us the cases were related. The answer came from the boring part: three people, independently, mentioned a pre-cut melon cup from a convenience store. Compared with the FoodNet population survey, melon exposure was far higher than baseline. My supervisor, Dr Alvarez, said the questionnaire is still the most powerful tool we have and that sequencing just tells you which phone calls to make.

Now what? I want to get better at the interview itself. Several cases could not remember what they ate on a Tuesday three weeks earlier, which is normal, and I noticed that asking about receipts and grocery loyalty cards worked much better than asking about memory. I am also writing a short note for the next cohort on how to ask about food without sounding like you are blaming the person for getting sick.
`,
  },
  {
    id: "us-gibbs-003",
    setting: "sexual health partner notification",
    role: "disease intervention specialist",
    text: `
**Description.** Congenital syphilis case in a newborn, and my job was the mother's partners. She was ⟦NAME|Destiny R.⟧, 22, and she gave me one name and an email she used to message him: ⟦EMAIL|tre.moneybagz@example.com⟧. She had ordered a home test kit back in the spring; the state portal logged the order from ⟦IP|203.0.113.58⟧, which is how our supervisor found her current apartment when the address on file bounced. Her baby was delivered on ⟦DATE|March 3rd⟧.

**Feelings.** Angry at the system, and then guilty about how close that anger was to anger at her. She had one prenatal visit and a positive RPR that nobody followed up.

**Evaluation.** What worked: meeting her at the WIC office instead of her home, and leading with "how is the baby" instead of "who are your partners". What didn't: our records said "lost to follow-up" in the first trimester and that sentence hid three missed calls.

**Analysis.** The CDC's congenital syphilis numbers have climbed for a decade. Every case is a chain of missed chances, and the chain usually has more links in the clinic than in the patient's life.

**Conclusion.** I used technology to find her and then needed an hour of listening to make finding her worth anything.

**Action plan.** Benzathine penicillin G for her partner within the week. Ask our team lead, Marcus, to review every first-trimester positive that has no treatment date.
`,
  },
  {
    id: "us-free-004",
    setting: "vaccination outreach",
    role: "family medicine resident",
    text: `
County fair vaccine booth, Saturday, 95°F in the shade we didn't have.

We gave 61 flu shots, 14 COVID boosters and, to my surprise, 9 MMRs to kids whose parents had walked past twice before coming over. The one conversation I want to remember: a dad who said he wasn't anti-vaccine, he just didn't trust "the government one". I asked which one he meant. He meant all of them. Then he asked if I had kids, and whether mine were vaccinated, and I said yes, and he said okay.

It is humbling that the single most persuasive sentence I said all day had nothing to do with the Vaccine Information Statement or the AAP schedule.

The attending, Dr Nguyen, made a point I have been chewing on: measles outbreaks in the US in recent years have clustered in close-knit communities where a few trusted voices set the tone. If you want the shot in the arm, you need the trust first, and trust is not built at a booth on one hot Saturday.

Next year: shade, water, and a pediatric nurse who lives in the county instead of three residents from the city.
`,
  },
  {
    id: "us-free-005",
    setting: "occupational health",
    role: "occupational medicine resident",
    text: `
H5N1 exposure follow-up on a dairy in northern Colorado. Our team went out with the state ag department after a herd tested positive for avian influenza.

The worker who had conjunctivitis was ⟦NAME|Luis Echeverría⟧, a herd manager in his thirties. He works at ⟦LOCATION|the Vandermeer dairy off County Road 38⟧, where he is also ⟦OTHER|the only Spanish-speaking herd manager on that stretch of the county road⟧, which meant half of the other workers had first heard about the virus from him. His eye symptoms started on ⟦DATE|July 9⟧. We swabbed his conjunctiva and nasopharynx in the milk-barn office because he would not leave the cows to come into town. His wife's phone, ⟦PHONE|970-555-0176⟧, was the only one that worked out there.

Oseltamivir 75 mg twice daily, five days, and a pile of PPE that nobody will wear at 100°F in a milking parlor.

What I took from it: occupational health on a farm is negotiation, not prescription. Face shields fogged in three minutes. Goggles were the compromise. My attending, Dr Kowalski, said the PPE we can actually get people to wear beats the PPE in the guideline.
`,
  },
  {
    id: "us-what-006",
    setting: "travel medicine",
    role: "medical student",
    text: `
What? Post-travel clinic, and a college student back from a semester in the Caribbean with fever, retro-orbital headache and a rash that blanched when you pressed it. The attending, Dr Castillo, ordered dengue NS1 and IgM and told me to do a tourniquet test while we waited. Twenty petechiae in the square inch. I had never actually done one.

So what? I had mentally filed dengue under "tropical", i.e. somewhere else. But Puerto Rico declared a dengue public health emergency in 2024, and travel-associated cases in the continental US have been rising. The warning signs (abdominal pain, persistent vomiting, mucosal bleeding, a rising hematocrit with falling platelets) come around defervescence, when everyone thinks the patient is getting better.

Now what? I have made myself a one-page card with the WHO 2009 warning signs and the critical phase timing. No NSAIDs, acetaminophen only, daily CBC. I also want to ask Dr Castillo how she decides between outpatient follow-up and admission, because that judgment call seemed to be the whole skill.
`,
  },
  {
    id: "us-free-007",
    setting: "foodborne outbreak investigation",
    role: "county epidemiologist",
    text: `
Hepatitis A in a food handler is the call every county epidemiologist dreads on a Friday.

She was ⟦NAME|Kayla Marchetti⟧, a line cook, jaundiced for four days before anyone at work noticed. The hospital MRN was ⟦ID|MC-0093317⟧ and her address, ⟦ADDRESS|2210 Pinecrest Ave, Apt 3B, Scranton, PA 18509⟧, turned out to be a block from the restaurant. Her personal email, ⟦EMAIL|kaylam.bakes@example.net⟧, was how she sent us her shift schedule, because she was too sick to talk on the phone.

The question was simple: who ate food she prepared while she was infectious? The answer was ugly. Two weeks of shifts, a brunch service, a rehearsal dinner.

We offered hepatitis A vaccine to about 900 diners over a weekend. Our health officer, Dr Brennan, insisted we name the restaurant publicly, which is the standard when the exposure window is wide and there is no other way to reach diners. I agreed with the decision and still felt sick about it, because the restaurant would be named and, to the staff, so would ⟦NAME|Kayla⟧.

What I would do differently: call the patient myself before the press release, not after.
`,
  },
  {
    id: "us-gibbs-008",
    setting: "rabies exposure assessment",
    role: "medical student",
    text: `
Description: During my public health rotation I shadowed the county rabies line for a week. Every call was someone who had woken up with a bat in the bedroom or been bitten by a stray.

Feelings: I thought it would be boring. It was the most clinically interesting week of the block.

Evaluation: The nurse on the line, Tamara, has a decision tree she can recite in her sleep: species, provocation, whether the animal can be observed or tested, and whether the person could have been bitten without knowing (a sleeping adult, a small child, someone intoxicated). A bat in the room of a sleeping person means post-exposure prophylaxis even without a visible bite.

Analysis: The ACIP 2010 schedule is four doses of vaccine on days 0, 3, 7 and 14 plus human rabies immune globulin 20 IU/kg, infiltrated around the wound if there is one. I had memorised that. What I hadn't understood is that the cost of HRIG makes people hesitate, and the cost of hesitating is a disease that is nearly always fatal.

Conclusion: Rabies is rare because the system works, and the system is one tired nurse answering her phone at 2am.

Action plan: Learn the local bat and raccoon data; write up the decision tree for the next student.
`,
  },
  {
    id: "us-comment-009",
    setting: "vaccination campaign",
    role: "community health representative",
    text: `
I think I know this family. Were these the ⟦NAME|Begay⟧ twins, the ones who live ⟦LOCATION|out past the Many Farms chapter house, the blue trailer by the windmill⟧? If so their grandma ⟦NAME|Loretta⟧ keeps their shot cards in a coffee can and she'll show you if you bring her frybread. Happy to go out with you next week.
`,
  },
  {
    id: "us-comment-010",
    setting: "sexual health partner notification",
    role: "public health nurse",
    text: `
This resonates. In our county we moved the first contact for partner services from phone to text with a link to the health department page, and the reply rate roughly doubled. The CDC partner services guidelines (2008) are still the backbone, but they were written before anyone met a partner through an app. Would love to compare notes at the next regional meeting.
`,
  },
  {
    id: "us-free-011",
    setting: "device infection",
    role: "infectious diseases fellow",
    text: `
Staph aureus bacteremia with a pacemaker is an automatic ID consult, and this one went on for weeks.

The patient, ⟦NAME|Mr. Harold Pruett⟧, was ⟦AGE|91⟧ and still driving. Blood cultures from the ED grew MSSA in all four bottles. His dual-chamber pacemaker, serial ⟦DEVICE|PJN618207S⟧, had been in for six years; the generator pocket looked fine, which I have learned means very little. TEE showed a 9 mm vegetation on the atrial lead.

The guideline answer is complete device extraction. At ⟦AGE|91⟧, with pacemaker dependence and a daughter who had power of attorney and very strong views, the answer was a family meeting. Our attending, Dr Ogunleye, spent forty minutes with them and never once used the word "guideline". She talked about what he wanted to be doing in six months. He wanted to drive to his grandson's graduation.

He had the extraction, a temporary wire, and a new system on the other side after two weeks of cefazolin. He made the graduation. I know because his daughter sent a photo to the clinic, and the nurses pinned it to the board (I asked them to take it down, which did not make me popular).

What I want to remember: the guideline gives you the question, the family gives you the answer.
`,
  },
];
