import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "melioidosis",
    role: "infectious diseases registrar",
    text: `
Wet season in the Top End means melioidosis, and this year it meant ⟦NAME|Uncle Jacko⟧.

⟦NAME|Jack Nabarlambarl⟧, 61, with diabetes and a few beers too many, came in by the RFDS from ⟦LOCATION|the Mamardawerre outstation, the one past the second creek crossing⟧ after a week of fever and cough. Burkholderia pseudomallei grew from his blood on day two. Medicare ⟦ID|${medicare("2953 1847", 1)}⟧. His niece ⟦NAME|Dulcie⟧, who does everything for him, gave us her mobile, ⟦PHONE|0491 570 284⟧, and asked us to call before anyone else.

Intensive phase: meropenem for four weeks because of the pneumonia and a prostatic abscess we found on CT. Then eradication phase, co-trimoxazole for three months. The Darwin guideline is clear and well tested; the hard part is the three months.

What I learnt is that the outstation has no refrigeration in the wet and the road is cut for weeks. The tablets have to go with the clinic plane, and the clinic nurse, Robyn, has to know the plan as well as we do. I wrote the discharge summary for her, not for his GP in town, and ⟦NAME|Dulcie⟧ said it was the first discharge letter she could actually read.

⟦NAME|Uncle Jacko⟧'s last words to me: "Don't you be telling the mob I was in hospital for a month." I haven't. Well, apart from this, with the careful bits left out.
`,
  },
  {
    id: "au-what-002",
    setting: "Q fever vaccination",
    role: "occupational health nurse",
    text: `
**What?** Q fever screening and vaccination day at a meat processing plant in regional Queensland. Every new starter needs pre-vaccination screening (history, skin test, serology) because vaccinating someone already immune can cause a nasty local reaction.

**So what?** Of 47 workers screened, nine were already immune, which says a lot about the exposure. Coxiella burnetii spreads on dust from birthing fluids and hides, and a single organism can infect. Two of the workers told me about mates who had had "the Q" and never got back to full strength. Post-Q fever fatigue syndrome is real and underrecognised.

The plant manager wanted us to vaccinate everyone on the day. I had to explain that the skin test needs reading at seven days, so it is a two-visit process. He was not thrilled.

**Now what?** I am writing a one-page flow for the HR team so the screening is booked into week one of every new starter's roster. The Australian Immunisation Handbook has all the detail, but what the plant needed was a calendar, not a handbook.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "syphilis outbreak",
    role: "sexual health nurse",
    text: `
Description: Infectious syphilis has been spreading in northern Australia for more than a decade, and in our region it is mostly young Aboriginal and Torres Strait Islander people. This month I did partner follow-up for ⟦NAME|Shanaya⟧, 19, whose partner she calls "⟦NAME|Boof⟧". She thinks they were both infected around ⟦DATE|the Friday of the Laura Dance Festival⟧. He posts on TikTok as ⟦OTHER|@boof_kuranda_4881⟧ and has no fixed phone.

Feelings: Protective of her, frustrated by him, and aware that my frustration is partly about my own discomfort.

Evaluation: Point-of-care testing in the community gave us her result in 15 minutes and treatment in the same visit: benzathine penicillin 2.4 million units IM. That is the system working. Finding ⟦NAME|Boof⟧ is the system struggling.

Analysis: The multijurisdictional response has done a lot, and the Aboriginal health workers are the reason it works at all. Auntie Marlene, our AHW, knows where every young man in town plays footy on Saturday.

Conclusion: The clinical part is easy; the relational part is everything.

Action plan: Auntie Marlene will take a test kit to the footy. I will stop thinking of "lost to follow-up" as a category and start thinking of it as "not yet found".
`,
  },
  {
    id: "au-free-004",
    setting: "Japanese encephalitis vaccination",
    role: "rural GP registrar",
    text: `
Japanese encephalitis turned up in the Murray region in 2022 and suddenly my rural practice had a waiting list for a travel vaccine for people who had never left the state.

Who is eligible has changed as the outbreak settled: people who work at or live near piggeries, mosquito control workers, some people who spend a lot of time outdoors in high-risk areas along the river. The vaccine is Imojev, a single dose, or JEspect in two doses for people who cannot have a live vaccine.

The conversations were more interesting than the vaccinations. A piggery worker asked if his kids could get it. A fisherman wanted to know why he was not eligible when he was on the river every evening. A grandmother asked if it was "the COVID one again".

My supervisor, Dr Helen Tran, pointed out that the messaging about mosquito avoidance is the part that reaches everyone, eligible or not: long sleeves at dusk, repellent with DEET or picaridin, emptying standing water. We printed it on the back of our appointment cards.

I came into rural general practice expecting chronic disease and farm injuries. I did not expect to become, for one summer, the local arbovirus expert.
`,
  },
  {
    id: "au-comment-005",
    setting: "melioidosis",
    role: "remote area nurse",
    text: `
Ha, I'd know ⟦NAME|Jacko⟧ anywhere from that description. Tell him ⟦NAME|Dulcie⟧'s cousin ⟦NAME|Rita⟧ has his dog and the dog is fine. For anyone else reading: ⟦LOCATION|Mamardawerre⟧ gets the clinic plane on Thursdays, so I'll take the co-trimoxazole out with me and check his blood sugars while I'm there.
`,
  },
  {
    id: "au-free-006",
    setting: "port health",
    role: "public health medical officer",
    text: `
Measles on a bulk carrier in Port Hedland. I was the public health medical officer on call and the first I heard of it was a radio message relayed by the port authority.

The ship was ⟦LOCATION|the MV Pacific Orchid, berthed at the iron ore wharf⟧. The sick crew member was ⟦NAME|Rommel Dizon⟧, an able seaman, isolated in ⟦FACILITY_ROOM|his cabin, C-12 on the accommodation deck⟧ by the master. His passport number, ⟦ID|P4471092B⟧, was on the crew list the agent emailed me. Fever and rash from ⟦DATE|11 April⟧.

Human biosecurity under the Biosecurity Act gave us clear powers; the practical problem was 22 crew in a steel box with shared ventilation. We checked immunity by history and by serology where we could, offered MMR to the susceptible crew, and the ship stayed at anchor for longer than the charterer liked.

Our team leader, Dr Anand, taught me the most useful thing that week: on a ship, the master is your best ally. He runs the crew, the schedule and the galley. If he understands why, everything else follows.

⟦NAME|Rommel⟧ recovered in his cabin with the ship's medical officer checking on him twice a day. Two crew members developed measles in the next fortnight, both already isolated. No cases on shore.
`,
  },
  {
    id: "au-what-007",
    setting: "arbovirus surveillance",
    role: "medical entomologist",
    text: `
What? Ross River virus season in south-west Western Australia. I run the mosquito trapping program: carbon dioxide-baited traps set at dusk, collected at dawn, counted and speciated, and a sample sent for virus isolation.

So what? High tides and warm weather bring Aedes camptorhynchus out of the salt marshes in huge numbers. Last summer our traps were showing hundreds per night at some sites, and the virus isolations followed within weeks. Human notifications followed a couple of weeks after that. The sequence is so predictable that I find it frustrating when the public warnings only go out after the human cases.

Now what? I am trying to get the health department to issue advice to the public as soon as virus is detected in mosquitoes, not after human cases are confirmed. Ross River is not usually deadly, but the arthritis can last months, and for a shearer or a nurse that is months of lost work. I also want to work with the local shire on larval control in the early season, which is cheaper than any campaign later on.
`,
  },
  {
    id: "au-free-008",
    setting: "Legionella investigation",
    role: "environmental health officer",
    text: `
A Legionella longbeachae case that ended at a CPAP machine, not a bag of potting mix.

The patient was ⟦NAME|Mrs Margaret Whelan⟧, a keen gardener, admitted with pneumonia to ⟦FACILITY_ROOM|ICU bed 4 at the Royal Hobart⟧. Potting mix is the usual suspect for longbeachae in Australia, and she had plenty in her shed at ⟦ADDRESS|17 Wattle Grove, Sandy Bay TAS 7005⟧. But her husband ⟦NAME|Kevin⟧ mentioned she filled her CPAP humidifier with tap water from the garden hose, because the kitchen tap was "too hot".

We took the humidifier chamber and the machine, serial ⟦DEVICE|23161184302⟧, for culture, along with soil from her bags. The humidifier chamber grew the same serogroup.

This was a humbling lesson in not trusting the likely answer. The textbook said potting mix. The patient's routine said hose water. My senior, Andrew, has been in environmental health for thirty years and said he had only seen it twice.

Afterwards I wrote a short plain-language note for our sleep physicians on CPAP humidifier hygiene: sterile or cooled boiled water, daily emptying, weekly washing. It seems so small. It nearly killed her.
`,
  },
  {
    id: "au-gibbs-009",
    setting: "school immunisation",
    role: "immunisation nurse",
    text: `
Description: The school immunisation program in a large secondary school in western Sydney: dTpa and HPV for Year 7, meningococcal ACWY for Year 10. I run the day with two other nurses.

Feelings: Rushed, as always. And sad about the number of consent cards that never came back.

Evaluation: We vaccinated 312 students in five hours. Our missed-consent rate was 18%, higher in the families where English is not the first language. When I looked at the consent pack, it was twelve pages and English only.

Analysis: The NSW Health consent packs are now online in many languages, but the school had printed the English version. The online consent form also helped, but only for families with a smartphone and an email address that they check.

Conclusion: Consent is a literacy and access issue before it is a vaccine confidence issue.

Action plan: I have asked the school's community liaison officer, Mr Haddad, to help us send the translated packs in Arabic, Vietnamese and Dari. I will compare the consent return rate next term.
`,
  },
];
