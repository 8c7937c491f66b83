import type { SourceItem } from "../../corpus/types.ts";

/**
 * Items with identifiers embedded in unusual ways: a patient's name as the only capitalised word in a text-speak
 * sentence, relatives' names, dates given relative to an event, small places, ward and bed in local jargon.
 */
export const PHI: SourceItem[] = [
  { id: "ke-comment-201", setting: "paediatrics", role: "nursing student", text: `
omg this reminds me of baby ⟦NAME|Imani⟧ in our NBU last wk, the one whose mum walked from ⟦LOCATION|Kapsowar, past the AIC mission⟧ with her on her back. she was discharged the day after her naming ceremony, ⟦DATE|sat 8th nov⟧. we all cried lol. sr in charge said never again will we let a mum walk alone
` },
  { id: "gh-what-202", setting: "medical ward", role: "house officer", text: `
**What?** Old man ⟦NAME|Opanin Kofi Badu⟧ came to us from ⟦LOCATION|Akwadum, the cocoa village after the Bunso junction⟧ with a sugar of 32. His grandson ⟦NAME|Kwabena⟧ brought him on a motorbike. He was ⟦AGE|94⟧, and he told us proudly he had buried three wives.

**So what?** We gave dextrose and he was sitting up and joking by the evening round. His sulphonylurea had been doubled by a chemical seller.

**Now what?** I wrote to the district pharmacist. The family collected him two days after the Akwasidae festival, on ⟦DATE|Sunday 19 October⟧, and his grandson promised to keep the tablets locked up.
` },
  { id: "ng-comment-203", setting: "surgery", role: "house officer", text: `
pls who else remembers ⟦NAME|Emeka⟧ from ⟦FACILITY_ROOM|MSW bed 12⟧?? d boy wit d burst appendix. his mama ⟦NAME|Mama Uchenna⟧ brought akara for d whole ward every morning. he finally went home on ⟦DATE|boxing day⟧ abeg i miss dat family. God bless dem. ths post brought it back
` },
  { id: "eg-free-204", setting: "renal", role: "nephrology resident", text: `
# The farmer from the Delta

Hagg ⟦NAME|Abdelfattah Mahmoud⟧ came to our dialysis unit from ⟦LOCATION|Kafr El-Sheikh Sallam, the village behind the sugar mill at Mit Ghamr⟧. He had walked out of his session the week before because his son ⟦NAME|Hamada⟧ could not pay the microbus.

Our social worker, Ustaza Samia, found a charity through the mosque. I learned that the cost of a trip can decide a life. He restarted dialysis on ⟦DATE|the first day of Eid, 6 June⟧, and his potassium came down from 7.1 to 5.0.

Next time a patient "refuses", I will ask about transport before anything else.
` },
  { id: "za-what-205", setting: "HIV clinic", role: "clinical nurse practitioner", text: `
**What?** Gogo ⟦NAME|Nomvula Zulu⟧ has come to our clinic for eleven years from ⟦LOCATION|KwaNgcolosi, the kraal below the Inanda dam wall⟧. Her granddaughter ⟦NAME|Lwazi⟧ now collects her ARVs. Her folder number is ⟦ID|KHC-004417⟧ and Lwazi's email, ⟦EMAIL|lwazi.zulu88@gmail.com⟧, is on the card.

**So what?** Her viral load was suppressed until the taxi strike. She missed the collection the week of ⟦DATE|12 August⟧ and her next load was 3,400.

**So what now?** Community pick-up point at the spaza near her home. Sister Dlamini agreed to enrol her. This is the third gogo this year whose adherence failed because of transport, not understanding.
` },
  { id: "ie-free-206", setting: "general practice", role: "GP", text: `
# A house call in the Burren

Mrs ⟦NAME|Bridie Hession⟧, who is ⟦AGE|93⟧, lives alone at ⟦ADDRESS|Cahercloggaun, Lisdoonvarna, Co. Clare H91 X2P7⟧. Her nephew ⟦NAME|PJ⟧ rang the surgery the morning after the Matchmaking Festival, ⟦DATE|Monday 29 September⟧, because she had not answered the door.

She had fallen in the scullery and lain there all night. No fracture, thank God, but a nasty pressure area on her hip. She refused to go to Ennis.

What I learned: in rural Clare the neighbour and the nephew are the care system. I now ask every older patient who would notice if they did not answer the door.
` },
  { id: "nz-what-207", setting: "community nursing", role: "district nurse", text: `
**What?** Koro ⟦NAME|Wiremu Tane⟧ has a leg ulcer we dress three times a week at his whare in ⟦LOCATION|Te Kaha, the bay past the marae at Omaio⟧. His mokopuna ⟦NAME|Aroha⟧ usually holds the torch. His NHI is ⟦ID|ZZZ0099⟧.

**So what?** After Matariki, on ⟦DATE|the Sunday, 13 July⟧, the wound smelled for the first time. Cellulitis.

**Now what?** He would not go to Whakatāne. We did oral antibiotics with daily visits and it settled. I learned to ask his whānau first, not last.
` },
  { id: "ca-free-208", setting: "emergency department", role: "ER nurse", text: `
# Night of the ice storm

We had a long night on the ⟦DATE|22nd of December⟧. A man called ⟦NAME|Gord Pelletier⟧ came in by ambulance from ⟦LOCATION|Pikwàkanagàn, the road past the old mill at Golden Lake⟧ after his truck went in the ditch. His wife ⟦NAME|Sharon⟧ followed in the neighbour's snowmobile, no joke.

He had a flail segment and we tubed him in ⟦FACILITY_ROOM|Trauma 2⟧; the truck, plate ⟦OTHER|CBKT 482⟧, was towed. His health card was ⟦ID|4532 281 776 TX⟧ and Sharon's cell is ⟦PHONE|(613) 555-0148⟧. I'm writing this because Sharon hugged every one of us on the way out and I have never been hugged by a family at 4am before.
` },
  { id: "ph-free-209", setting: "obstetrics", role: "midwife", text: `
# Si Nanay Loring

Nanay ⟦NAME|Loring Dimaculangan⟧ came in during the typhoon from ⟦LOCATION|Sitio Bagong Pag-asa, the fishing sitio beyond the chapel at Barangay Malabrigo⟧ on a banca. G7P6. Her husband ⟦NAME|Mang Totoy⟧ rowed for two hours.

She delivered on ⟦DATE|the eve of All Saints', 31 October⟧ in our lying-in, a healthy boy they named after the typhoon. We nearly lost her to PPH; oxytocin and bimanual compression saved her.

Lesson: the birth plan must include the sea. I want a list of every pregnant woman in the coastal sitios before typhoon season.
` },
  { id: "my-comment-210", setting: "medical ward", role: "houseman", text: `
Bro the pakcik in ⟦FACILITY_ROOM|katil 14 wad 6B⟧ we clerked together rmb? ⟦NAME|Pak Lah⟧, the one with the lorry from ⟦LOCATION|Kampung Parit Haji Ali, Bagan Datuk⟧. His daughter ⟦NAME|Nurul⟧ called me today, he passed away on ⟦DATE|Isnin 17 Nov⟧. Just wanted you to know. Al-Fatihah.
` },
  { id: "sg-what-211", setting: "geriatrics", role: "staff nurse", text: `
**What?** Ah Ma ⟦NAME|Tan Ah Moi⟧ from ⟦FACILITY_ROOM|Ward 75, bed 9⟧ kept asking for her son ⟦NAME|Ah Huat⟧, who died years ago. She is ⟦AGE|96⟧.

**So what?** I corrected her the first time and she cried for an hour. The second time I asked her to tell me about him. She smiled.

**Now what?** I read about validation therapy. Her discharge to the nursing home was the day after the Mid-Autumn Festival, ⟦DATE|7 October⟧, and I brought her a mooncake. Sometimes the truth is not the kind thing.
` },
  { id: "bd-free-212", setting: "paediatrics", role: "medical officer", text: `
# The boy from the char

⟦NAME|Rahim⟧, seven, was admitted with severe malnutrition from ⟦LOCATION|Char Bhodrason, the sandbar island opposite the Goalundo ghat⟧. His father ⟦NAME|Jalal Mia⟧ is a boatman. His mother died in childbirth with his younger sister.

We followed the WHO ten steps. He started to smile on day six. He was discharged three weeks after admission, on ⟦DATE|Friday, 21 February⟧, Ekushey, which his father said was a good day to leave.

I learned how far a family must travel for a ready-to-use therapeutic food sachet.
` },
  { id: "lk-what-213", setting: "medical ward", role: "intern", text: `
**What?** ⟦NAME|Seelawathie⟧ amma, from ⟦LOCATION|Kotawehera, the tank village below the Nilgala forest⟧, came with snake bite. Her son ⟦NAME|Sunil⟧ brought the dead snake in a bag: a Russell's viper.

**So what?** Twenty-minute clotting test unclotted, ten vials of antivenom, and she had an anaphylactic reaction. Adrenaline IM fixed it.

**Now what?** Her BHT number ⟦ID|BHT 24/8817⟧ is on my list for the snakebite audit. She went home the day after Vesak, ⟦DATE|13 May⟧. I will always have adrenaline drawn up before the first vial.
` },
  { id: "pk-free-214", setting: "paediatrics", role: "FCPS trainee", text: `
# Measles in a small village

⟦NAME|Zainab⟧ bibi, four, came from ⟦LOCATION|Basti Shah Jamal, the mud houses beyond the canal bridge near Kot Addu⟧ with measles and pneumonia. Her mother ⟦NAME|Parveen⟧ told us none of the children had been vaccinated because the vaccinator never came after the floods.

She needed oxygen for five days. Vitamin A, antibiotics and a lot of prayer. She went home on ⟦DATE|12 Rabi ul Awal⟧, Eid Milad un Nabi, and her father distributed sweets to the ward.

I reported the cluster to the district health officer. Immunisation is not a clinic problem; it is a road problem.
` },
  { id: "in-what-215", setting: "labour ward", role: "nursing student", text: `
**What?** In labour room at night, one lady ⟦NAME|Lakshmi⟧ from ⟦LOCATION|Pudur village near Kanjirapally tea estate, behind the CSI church⟧ came with eclampsia. Her husband ⟦NAME|Murugan⟧ was working in the estate.

**So what?** Magsulf loading dose was given by sister. Baby was born at 3.10 am on ⟦DATE|Onam day, 5 September⟧ and she is fine now. Her IP number is ⟦ID|IP/2025/44817⟧.

**Now what?** I am learning to check knee reflex and urine output every hour. Thank you sister for teaching me with patience.
` },
  { id: "ae-what-216", setting: "emergency department", role: "ED nurse", text: `
**What?** A labourer, ⟦NAME|Ramesh Bahadur Thapa⟧, collapsed from heat at a site in ⟦LOCATION|Musaffah M-26, the camp behind the Al Raha workers' mosque⟧. His Emirates ID was ⟦ID|784-1989-4417283-5⟧. His cousin ⟦NAME|Dil⟧ translated from Nepali.

**So what?** Core temperature 41.2. We cold-water immersed him in ⟦FACILITY_ROOM|Resus 4⟧ and he woke within an hour.

**Now what?** He went home two days later, on ⟦DATE|the last day of the midday break rule, 15 September⟧. I am writing to the company about shade and water breaks; his cousin's video is at ⟦URL|https://www.tiktok.com/@dil.thapa.uae/video/7311⟧.
` },
  { id: "uk-free-217", setting: "care home", role: "care home nurse", text: `
# A birthday on the unit

⟦NAME|Dolly⟧ turned ⟦AGE|100⟧ on ⟦DATE|Bonfire Night⟧ at ⟦LOCATION|Meadowbank care home in Cleckheaton⟧, and her great-grandson ⟦NAME|Tyler⟧ brought sparklers which matron wouldn't let him light.

She had a chest infection a week earlier and we weren't sure she'd make it. Doxycycline and a lot of tea did the trick. The card from the King arrived on time.

Tired night shift, but I'm glad I was on. You don't forget a party like that. Gary our HCA played Vera Lynn on his phone and everyone sang.
` },
  { id: "us-what-218", setting: "ICU", role: "ICU nurse", text: `
**What?** Pt in ⟦FACILITY_ROOM|MICU rm 14⟧, ⟦NAME|Darnell⟧, 23, overdosed on fentanyl the night of ⟦DATE|July 4th⟧. His mom ⟦NAME|Tameka⟧ found him in the car outside their trailer at ⟦LOCATION|Pine Hollow mobile home park off Route 9 in Wewahitchka⟧.

**So what?** Three naloxone doses in the field, intubated for aspiration on vent ⟦DEVICE|SN 4471-PB980-2209⟧. He survived. His mom's posts came from ⟦IP|203.0.113.77⟧, IT said.

**Now what?** Before discharge we gave his mom a naloxone kit and walked her through it. I'm tired, and I'm angry at how easy fentanyl is to get out there.
` },
  { id: "jm-free-219", setting: "medical ward", role: "intern", text: `
# Miss Ivy and the mango tree

Miss ⟦NAME|Ivy Clarke⟧, a higgler from ⟦LOCATION|Content Gap, the district up past the Mavis Bank coffee factory⟧, came in with a sugar of 28 and a foot ulcer. Her son ⟦NAME|Dwayne⟧ carried her down the hill.

She told us she had fallen from a mango tree on ⟦DATE|Emancipation Day, 1st August⟧, and did not feel the stick in her foot. Diabetic neuropathy.

We did a debridement and she kept the ward laughing. I learned to check feet at every single visit. Dr Grant said that is what a physician is for.
` },
  { id: "br-free-220", setting: "primary care", role: "family medicine resident", text: `
# Dona Cida e a visita domiciliar

Dona ⟦NAME|Aparecida dos Santos⟧, known as Cida, has hypertension and lives on ⟦ADDRESS|Rua Sete, 45, Vila Esperança, Cubatão, CEP 11530-000⟧. Her grandson ⟦NAME|Kauã⟧ texted the agente comunitária that she was dizzy.

We went on ⟦DATE|quarta-feira de cinzas⟧, the Ash Wednesday after Carnaval, and found her BP at 210/120. She had stopped losartan because of the party.

Preceptor Dr. Ricardo explained that Carnaval is a risk factor in Brazil. I laughed, but he is right.
` },
  { id: "au-what-221", setting: "rural medicine", role: "remote area nurse", text: `
**What?** A little fella, ⟦NAME|Jayden⟧, from ⟦LOCATION|Wankarani outstation, the one past the Tanami road turn-off⟧, with a skin sore that turned into post-strep GN. His nan ⟦NAME|Aunty Dulcie⟧ brought him in the troopy.

**So what?** His BP was 140/90 at eight years old. We flew him out with the RFDS on ⟦DATE|the Tuesday after NAIDOC Week, 15 July⟧.

**Now what?** Skin sores are not trivial. I am running a healthy skin day at the school with the clinic AHW next term.
` },
  { id: "us-comment-222", setting: "paediatrics", role: "peds resident", text: `
ugh same. my kid pt ⟦NAME|Bella⟧ at CHOP last spring, her dad ⟦NAME|Marcus⟧ wanted to take her home AMA the day after her 5th birthday, ⟦DATE|April 3rd⟧. attending had the same convo u described and it worked. thank u for writing this, sharing w my co-interns
` },
  { id: "uk-comment-223", setting: "nursing", role: "staff nurse", text: `
Lovely post hun x. Reminded me of little ⟦NAME|Alfie⟧ in ⟦FACILITY_ROOM|side room 2 on Ward 33⟧ who got his tracheostomy out the week before Christmas, on the ⟦DATE|19th⟧. His mum ⟦NAME|Kayleigh⟧ brought us a tin of Quality Street and a card. Still got it on my fridge.
` },
];
