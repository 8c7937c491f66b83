import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Egypt, Morocco, South Africa, Malawi and Zimbabwe. */
export const AFRICA: SourceItem[] = [
  {
    id: "eg-free-001",
    setting: "hepatitis C elimination",
    role: "hepatology resident",
    text: `
Egypt's "100 Million Seha" campaign screened most of the adult population for hepatitis C, and I spent my internship at one of its treatment centres in the Delta.

One patient stays with me. ⟦NAME|Hagga Om Mahmoud⟧ (her real name is ⟦NAME|Zeinab Abdel-Fattah⟧) came to ⟦FACILITY_ROOM|the viral hepatitis unit at Tanta Fever Hospital, room 3⟧ with her national ID, ⟦ID|28904121401233⟧, folded inside a plastic bag with every result she had ever had. She is ⟦AGE|ninety-two⟧, she told me, "or thereabouts", and she was infected decades ago, like many of her generation, during the mass injection campaigns against schistosomiasis (bilharzia) in the 1960s and 70s.

She took sofosbuvir and daclatasvir for twelve weeks and achieved SVR. At her last visit she brought a bag of feteer for the nurses.

Dr Hassan, our unit head, explained that the old bilharzia campaigns used glass syringes and reused needles, and they spread HCV across rural Egypt. The new campaign, with direct-acting antivirals and free treatment, is trying to close that story.

I think about the irony: a campaign to cure one disease spread another, and a campaign two generations later cured it. Infection control is history as much as medicine.
`,
  },
  {
    id: "eg-what-002",
    setting: "schistosomiasis control",
    role: "public health resident",
    text: `
What? Praziquantel mass treatment for schoolchildren in Upper Egypt, where schistosomiasis used to be one of the commonest diseases in the country.

So what? Prevalence has fallen dramatically since the 1980s. The Nile irrigation canals still carry snails, though, and children still swim in them in summer. I found that many children had never heard of bilharzia; their grandparents knew it well. Success creates forgetting. Praziquantel 40 mg/kg is safe, but the tablets are large and bitter, and some children spit them out if you do not watch.

Dr Mostafa, our supervisor, said the programme must now move from "control" to "elimination", which means finding the last pockets with more sensitive tests, not only urine filtration or Kato-Katz.

Now what? I want to help with the snail surveys and the water contact studies. I also want our health education to focus on children's own behaviour, swimming and playing in canals, without frightening them away from the river, which is part of their life.
`,
  },
  {
    id: "eg-comment-003",
    setting: "hepatitis C elimination",
    role: "nurse",
    text: `
Rabena yekhallik, doctor! I remember ⟦NAME|Hagga Zeinab⟧ very well. She always sat on the same chair by the window and gave sweets to the children. Her son ⟦NAME|Mahmoud⟧ still calls the unit on ⟦PHONE|+20 10 5550 2781⟧ to ask about his own test. Please send him my regards when you see him.
`,
  },
  {
    id: "ma-free-001",
    setting: "cutaneous leishmaniasis",
    role: "medical student",
    text: `
My rural internship took me to the south-east of Morocco, near Errachidia, where cutaneous leishmaniasis is common. Local people call the lesion "the year's sore" because it heals on its own after months, leaving a scar.

I saw dozens of children and adults with ulcers on their faces and hands. The cause in this region is mainly Leishmania major, transmitted by sand flies from rodents (the fat sand rat). Treatment options include cryotherapy and intralesional meglumine antimoniate, which is what the health centre did for most patients.

The doctor in charge, Dr Benali, explained that the disease is linked to housing and irrigation: new settlements near rodent burrows. The ministry's programme works on rodent control, case detection, and free treatment.

What touched me most was a teenage girl who asked if the scar on her cheek would go away before her cousin's wedding. It will fade, but it will not disappear. Dr Benali spoke to her gently in Darija and explained the treatment would make the scar smaller. I realised that for many patients the scar is the real disease.

I now want to learn more about how to reduce scarring, and about the social effect of visible lesions on young women.
`,
  },
  {
    id: "ma-gibbs-002",
    setting: "TB contact tracing",
    role: "pulmonology resident",
    text: `
Description: TB contact tracing in Casablanca. The index case was ⟦NAME|Si Brahim Ouhaddou⟧, a baker, smear-positive, CIN ⟦ID|BE847213⟧. He sleeps at the back of the bakery, but his family lives in ⟦LOCATION|Douar Ait Lahcen, in the valley behind the souk of Tahannaout⟧, and he goes home once a month.

Feelings: Worried about the extended family, whom we had not met.

Evaluation: We screened the bakery workers in the city: seven people, one with latent infection. The family in the village required coordination with the rural health centre there. His wife ⟦NAME|Fatima⟧ and their three children were screened; the youngest, four years old, received preventive treatment.

Analysis: Morocco has a strong national TB programme, but internal migration creates gaps. Patients move between city and village, and the records do not always follow.

Conclusion: Contact tracing must follow the patient's real life, not just his address in the file.

Action plan: Dr Alaoui has asked me to draft a referral letter template so city and rural centres can share contact lists quickly, with consent. I will also ask every patient at diagnosis: "Where is your family?"
`,
  },
  {
    id: "ma-what-003",
    setting: "measles outbreak response",
    role: "public health nurse",
    text: `
What? Morocco faced a large measles outbreak in 2023 and 2024, after coverage dropped during the pandemic. I worked in the catch-up campaign in a Souss health district.

So what? Many cases were in children who missed doses during COVID-19 lockdowns, and in some mountain villages where the mobile teams could not reach. Some parents were afraid of vaccines because of rumours on social media. Others simply did not know their child had missed a dose because the vaccination card was lost.

The team leader, Mme Idrissi, organised door-to-door visits with local women leaders. They knew every family and could explain in Tachelhit.

Now what? I have learned that a campaign is not only vaccines: it is also finding lost records and rebuilding trust. I want to propose a digital vaccination record for our district, so a lost card does not mean a lost history. And I want to keep working with the women leaders, because they did more than any poster.
`,
  },
  {
    id: "za-free-001",
    setting: "XDR-TB ward",
    role: "medical officer",
    text: `
XDR-TB in KwaZulu-Natal, and a patient who changed my view of "defaulters".

⟦NAME|Thandiwe Mkhize⟧, 29, came back to ⟦FACILITY_ROOM|the DR-TB ward at King Dinuzulu Hospital, bed 17⟧ on ⟦DATE|12 June⟧ after she had stopped treatment for three months. SA ID ⟦ID|${saId("920714012408")}⟧. The notes said "defaulter" in red. I was ready to be stern.

Then she told me why she left: her mother, ⟦NAME|Gogo Nomusa⟧, had a stroke at home ⟦LOCATION|in Ekuthuleni, the last homestead past the Nkandla road clinic⟧, and there was nobody else to care for her. She chose her mother over her tablets. I think most of us would have.

The new regimens, with bedaquiline, pretomanid and linezolid, are shorter than the old injections. Six months instead of two years. That matters for a woman like ⟦NAME|Thandiwe⟧, who has a mother to care for.

Dr Pillay, my supervisor, has banned the word "defaulter" in our ward. We now write "interrupted treatment" and the reason. It is a small change in language. It changed how I listen.
`,
  },
  {
    id: "za-what-002",
    setting: "cholera outbreak",
    role: "environmental health practitioner",
    text: `
What? The 2023 cholera outbreak in Gauteng, around Hammanskraal, where the water treatment works had been failing for years. I am an environmental health practitioner and I did water sampling and household visits.

So what? The outbreak was not a surprise to anyone who lived there. Residents had complained about brown water for years. The cholera only made the failure visible. Several people died. Our samples showed contamination at many points in the network.

My supervisor, Mr Nkosi, said environmental health is often invisible until something goes wrong, and then everyone asks where we were. We were there; our reports just did not lead to action.

Now what? I want to learn how to present water quality data so that councillors and managers act on it. Numbers in a table are not enough; maps and simple messages work better. I also want to work with community organisations that have been monitoring water themselves for years, because they knew first.
`,
  },
  {
    id: "za-comment-003",
    setting: "XDR-TB ward",
    role: "TB nurse",
    text: `
Thank you for this. Our ward made the same change last year, and we also added a question to the admission form: "Who depends on you at home?" It has changed the social worker referrals completely. Small things like that make a big difference. The new short regimens help too, but the social support is what keeps people on treatment.
`,
  },
  {
    id: "za-free-004",
    setting: "HIV partner notification",
    role: "HIV counsellor",
    text: `
I am a lay HIV counsellor in a clinic in Soweto. Index testing (offering tests to partners and children of people with HIV) is part of my job, and one case taught me about social media.

A young man, ⟦NAME|Sipho⟧, tested positive and agreed to notify his partners. One of them, he said, had already posted about being sick: a fundraising page, ⟦URL|https://www.backabuddy.co.za/champion/project/lerato-m-medical-bills⟧, with photos from the hospital. He showed me on his phone. Her surname and her child's face were on it. He also shared her Instagram, ⟦OTHER|@lerato_mokoena_sweet17⟧.

I was worried: the page showed she was sick, but not with what. We did not want to add anything to that. We used provider-assisted notification: our team called her, in private, and offered a test without mentioning ⟦NAME|Sipho⟧.

She tested and started ART the same week. Later she thanked us for not "announcing" anything.

My supervisor, Sister Dlamini, says the first rule of partner notification is: do no social harm. The internet makes that harder every year.
`,
  },
  {
    id: "mw-free-001",
    setting: "cholera treatment centre",
    role: "clinical officer",
    text: `
Cholera treatment centre in Blantyre, during the worst outbreak Malawi has had in decades.

The patient I think about is ⟦NAME|Agnes Phiri⟧, brought at night in a wheelbarrow by her son ⟦NAME|Chikondi⟧ from ⟦LOCATION|Ndirande, the houses below the Chigumula borehole⟧. She was in shock: no radial pulse, sunken eyes, skin pinch going back slowly. We put her in ⟦FACILITY_ROOM|the CTC at Limbe, tent 2, cholera bed 14⟧ and started Ringer's lactate through two lines. By morning she was drinking ORS herself.

Our team leader, Dr Banda, says the cholera bed, with its hole and bucket, is the most important invention in cholera care: it lets you measure the output, so you know how much to replace.

The outbreak spread after Cyclone Freddy and with floods. Water and sanitation were the real problems. Chlorine at the household level, oral cholera vaccine, and community health workers going door to door were the answer.

⟦NAME|Chikondi⟧ stayed all night, holding the cup for his mother. "Zikomo kwambiri," he said when she woke. I think I should be thanking him.
`,
  },
  {
    id: "mw-what-002",
    setting: "schistosomiasis control",
    role: "medical student",
    text: `
What? I joined a schistosomiasis survey on the shores of Lake Malawi. We tested schoolchildren's urine for blood and eggs, and gave praziquantel to everyone.

So what? Many children had visible blood in their urine; some thought it was normal, "a sign of growing up" for boys. Female genital schistosomiasis is another hidden problem: women with lesions that are mistaken for sexually transmitted infections, and which may increase HIV risk.

Dr Mwale, the district coordinator, said the lake is life here: fishing, washing, swimming. You cannot tell people to stay away from the lake.

Now what? I want to understand more about female genital schistosomiasis, because most doctors do not think of it. I also want to see how safe water points and latrines near the lake could reduce contact with snail-infested water, not just treat the infection every year.
`,
  },
  {
    id: "mw-gibbs-003",
    setting: "malaria vaccination",
    role: "nurse",
    text: `
Description: Malawi was one of the first countries to pilot the RTS,S malaria vaccine in young children. I worked in a health centre in the pilot districts as a nurse.

Feelings: Excited but also nervous. Mothers asked many questions.

Evaluation: The vaccine needs four doses, starting at five months. The first three doses were well accepted; the fourth dose, given later, was often missed. Mothers did not see the need once the child seemed healthy.

Analysis: Malaria vaccine does not replace bed nets or early treatment. It reduces severe malaria and deaths. Explaining this nuance was difficult. Some mothers thought the vaccine meant they did not need nets any more.

Conclusion: Our health education must be clear: the vaccine is one tool among many.

Action plan: I will use the under-five register to remind mothers of the fourth dose. I will also work with the health surveillance assistants so that the message about nets and vaccine is the same in every village.
`,
  },
  {
    id: "zw-free-001",
    setting: "typhoid outbreak",
    role: "medical officer",
    text: `
Typhoid in Harare again, in the high-density suburbs where the taps have been dry for years and families draw water from shallow wells.

My patient: ⟦NAME|Tendai Moyo⟧, 17, from ⟦ADDRESS|Stand 4417, Mbare⟧, with fever for ten days, abdominal pain and then a sudden worsening. Ileal perforation. The surgeons operated that night. National ID ⟦ID|63-1847294 K 42⟧, filled in by his aunt, ⟦NAME|Mai Rudo⟧, who raised him. She gave her number, ⟦PHONE|+263 77 555 0314⟧, three times because she did not trust us to keep it.

Blood cultures grew Salmonella Typhi resistant to ciprofloxacin. He was switched to ceftriaxone and later azithromycin. He survived, thin and angry at the world.

Dr Chikwanha, my consultant, said typhoid perforation is a failure of water supply, not of surgery. The city's typhoid conjugate vaccine campaign has helped, but people still drink from wells next to pit latrines.

⟦NAME|Tendai⟧ told me he wants to become an engineer "to fix the water". I hope he does.
`,
  },
  {
    id: "zw-what-002",
    setting: "malaria elimination",
    role: "environmental health technician",
    text: `
What? Indoor residual spraying for malaria in Mutasa district, eastern Zimbabwe, near the border with Mozambique. I lead a spray team.

So what? Malaria in this district comes and goes with cross-border movement and the rainy season. Our spraying covers most houses, but some families refuse because the spray leaves marks on painted walls or because they fear it harms their chickens. Each refused house is a gap.

Our district officer, Mr Mutasa, told us to listen before spraying. We now explain the insecticide, offer to move furniture, and come back at a better time. Refusals dropped.

Now what? I want to work with the village health workers to map the refusals, and see if they cluster. I also want to learn more about insecticide resistance, because the mosquitoes in some areas have become resistant to pyrethroids. Spraying the wrong chemical is a waste of everyone's time.
`,
  },
];
