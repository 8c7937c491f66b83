import type { SourceItem } from "../../corpus/types.ts";

/** Senegal, Côte d'Ivoire, DR Congo and Egypt. */
export const AFRICA_MIDEAST: readonly SourceItem[] = [
  {
    id: "sn-free-001",
    setting: "community maternal health",
    role: "sage-femme (midwife)",
    text: `I am a sage-femme at a health post in the Kolda region, writing in English for the exchange programme with my partner school. Our strongest allies are the bajenu gox, the "godmothers of the neighbourhood", older women chosen by the community to follow every pregnant woman.

Last month one of them, Ndèye Coumba Baldé, brought me a girl of 15 from ⟦LOCATION|Saré Yoba Diéga, the hamlet behind the Peul well⟧ who was hiding her pregnancy. The girl delivered at the poste de santé on ⟦DATE|the second day of Tabaski⟧, while everyone else was slaughtering sheep, and the godmother stayed with her all night.

Her national identity card was in her father's name, number ⟦ID|1 761 2004 01842⟧, which we copied onto the birth register so the child can be declared.

What I learned: the bajenu gox reach the girls we never see. We must pay them, even a little.`,
  },
  {
    id: "sn-what-002",
    setting: "postpartum haemorrhage",
    role: "medical student (exchange)",
    text: `What? During my elective in Dakar I saw the maternité manage a PPH with a condom catheter balloon: a urinary catheter tied into a condom, filled with 300 mL of saline and left in the uterus for 24 hours. The bleeding stopped within minutes.

So what? It costs almost nothing, and in settings without Bakri balloons it saves uteruses and lives. The sage-femme who put it in, Mme Diop, has done more than a hundred.

Now what? I will teach it at our student obstetric society when I return to Lyon, and I will read the evidence — the randomised trials are more mixed than the enthusiasm suggests, so I want to understand when it helps and when it delays surgery.`,
  },
  {
    id: "sn-comment-003",
    setting: "community maternal health",
    role: "public health lecturer",
    text: `Merci for this beautiful piece, the bajenu gox deserve much more recognition. But please, the godmother's full name, the hamlet and the feast day point to one girl of fifteen in a very small place. And the card number must come out entirely. Could the moderators hide the post until it is edited?`,
  },
  {
    id: "ci-free-004",
    setting: "labour ward",
    role: "obstetrics resident",
    text: `Garde at the maternité in Abidjan. Forty-one deliveries in 24 hours, nine caesareans. At 4 am a woman arrived from ⟦LOCATION|the campement of Kouassikro-Bas, after the cocoa cooperative⟧ with a uterine rupture after two days of labour with the matrone. We opened and found the baby in the abdomen, dead. We did a subtotal hysterectomy.

Her name was ⟦NAME|Akissi⟧, and she was 21. Her sister ⟦NAME|Adjoua⟧ gave blood and then sat outside theatre in her pagne until dawn.

I am writing because I do not want this to become normal to me. The "three delays" were all there: deciding, reaching, receiving. I will propose to my chief a radio message in Baoulé about labour longer than one night.`,
  },
  {
    id: "ci-what-005",
    setting: "prevention of mother-to-child transmission",
    role: "HIV counsellor",
    text: `What? Today in the PMTCT clinic I counselled six pregnant women who had just tested positive for HIV. Each one was started on dolutegravir-based treatment the same day.

So what? Same-day start reduces loss to follow-up, but some women cannot absorb the news and the pills on the same morning. One woman asked me three times not to tell her husband. The law here does not force us to, and we discussed partner notification only when she felt ready.

Now what? We are trying "mères mentors", mothers living with HIV who have had HIV-negative babies and who sit with new mothers in the waiting room. Early results are encouraging. I want to measure viral suppression at delivery for women with and without a mentor.`,
  },
  {
    id: "ci-free-006",
    setting: "neonatal care",
    role: "neonatal nurse",
    text: `Kangaroo mother care unit. ⟦NAME|Bébé Yao Marie-Laure⟧, 1,350 g, went home today after 24 days skin-to-skin on her mother's chest. Her mother ⟦NAME|Mme Yao⟧, a hairdresser from ⟦ADDRESS|Yopougon Siporex, rue 12, near the Pharmacie Sainte-Rita⟧, gave each of us a plait before she left.

The KMC unit is the best thing our service has done in ten years: cheaper than incubators, warmer, and the babies gain weight better. The WHO's 2022 recommendation for immediate KMC for all small babies supports what we have seen.

Her phone, ⟦PHONE|+225 0705551284⟧, is in our follow-up book. We will call her weekly.`,
  },
  {
    id: "cd-free-007",
    setting: "obstetric fistula",
    role: "surgical resident",
    text: `Fistula repair week in the east of the DRC. Most of the women had prolonged obstructed labour; a few had traumatic fistulas from the conflict, which I was not ready to hear about.

I assisted with fourteen repairs. The surgeon taught me to free the bladder from the vaginal wall without tension, and to close in two layers. The catheter stays for 14 days, and the women wait together in a ward that sounds like a choir in the evening.

The women call each other "mama" and ask about each other's children. One told me in Swahili, "Nimezaliwa tena" — I have been born again. I will never forget that. The holistic model, combining surgery, psychological care and economic support, makes a repair into a recovery.`,
  },
  {
    id: "cd-comment-008",
    setting: "obstetric fistula",
    role: "nurse",
    text: `Thank you for telling their stories without a single name. I work in a fistula ward in Bukavu and people often post photos of the women on the ward in their wrappers. Even with the faces blurred, the women are recognised by their village. What you wrote is the right way: the story, not the person.`,
  },
  {
    id: "eg-free-009",
    setting: "traditional birth attendants",
    role: "intern (obstetrics)",
    text: `Rural internship in a village health unit in Upper Egypt. Many women still give birth at home with the daya, the traditional birth attendant. I met one today, Om Hamdy, who has delivered "half of ⟦LOCATION|Nag' el-Sheikh Issa⟧". She brought a woman to the unit because the baby was "sitting" — breech. The woman's grandmother, a tiny lady of ⟦AGE|91⟧ who walked in with them, told me she had been "sitting" too, and was born at home anyway.

We referred to the district hospital, and the woman had a caesarean that night on ⟦DATE|Sham el-Nessim⟧. Her husband called me to say "mabrouk, ya doktora", and asked for my number again so his wife could call me. I gave him the unit landline.

The daya is a powerful person here. The Ministry's approach of registering and training them, rather than banning them, makes sense to me. Om Hamdy now has my colleague's phone for referrals.`,
  },
  {
    id: "eg-what-010",
    setting: "caesarean section rates",
    role: "obstetrics lecturer",
    text: `What? Egypt has one of the highest caesarean rates in the world, over half of births. In our private-sector audit, elective caesareans without medical indication were the largest single group.

So what? Caesarean section has a role, but unnecessary surgery carries risks: placenta accreta in the next pregnancy, infection, longer recovery. The WHO statement on caesarean rates suggests that rates above about 10–15% at population level are not associated with lower mortality.

Now what? With the Robson classification we can compare groups fairly. I have asked my residents to present their Robson tables at our monthly meeting in Cairo. We will also ask women what they want and why, because many are told a caesarean is "safer" without being told the risks.`,
  },
  {
    id: "eg-free-011",
    setting: "placenta accreta",
    role: "obstetrics specialist",
    text: `A woman with three previous caesareans and a placenta percreta invading the bladder. Caesarean hysterectomy with urology present, 8 units of blood, 4 of plasma, and cell salvage. She was delivered on ⟦DATE|the night before Eid al-Adha⟧ and went to ⟦FACILITY_ROOM|the ICU at El-Nour Specialist Hospital, bed 5⟧ intubated and came off the next day.

Her national ID number, ⟦ID|28907150104625⟧, is now in the accreta register I started. Her husband ⟦NAME|Ahmed Fathy⟧ still sends me a photo of their daughter every Eid with the message "this is your daughter too".

With rising caesarean rates, accreta is no longer rare here. We need placenta-accreta centres with everyone in one place, and planned delivery at 34–35 weeks, as the FIGO guideline recommends.`,
  },
];
