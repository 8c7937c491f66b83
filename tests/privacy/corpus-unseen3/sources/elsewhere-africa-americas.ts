/** Elsewhere in Africa and the Americas: Zambia, Zimbabwe, Ethiopia, Sudan, Jamaica, Trinidad and Tobago, Mexico. */
import type { SourceItem } from "../../corpus/types.ts";

export const ELSEWHERE_AFRICA_AMERICAS: SourceItem[] = [
  {
    id: "zm-free-001",
    setting: "rural hospital",
    role: "clinical officer",
    text: `
Snakebite at night in Western Province

I'm a clinical officer at a district hospital in Mongu. At around 1 am on ⟦DATE|Saturday 19 October⟧ a young woman, ⟦NAME|Mutinta Mweemba⟧ (NRC ⟦ID|482716/61/1⟧), was brought by ox-cart and then a borrowed pick-up from ⟦LOCATION|Namushakende, near the Mongu–Senanga road turn-off⟧, bitten on the ankle by what the family said was a puff adder. She had swelling up to the knee and her blood wasn't clotting (20-minute whole blood clotting test positive).

We had two vials of antivenom. Protocols recommend more. I gave what we had, called the provincial hospital, and they sent two more by ambulance. She received them six hours after the bite. She kept her leg, though she needed debridement later.

I felt angry about the stock. WHO added snakebite envenoming to the neglected tropical diseases list in 2017 and still rural facilities have two vials. I also felt proud of the night nurse, Sister Mwangala, who monitored her every 30 minutes.

I have written to the DHO with our snakebite numbers for the year, and her uncle, who gave me his number (⟦PHONE|+260 977 555 014⟧), has promised to speak at the next community meeting about coming straight to the hospital instead of the traditional healer first.
`,
  },
  {
    id: "zm-comment-002",
    setting: "rural hospital",
    role: "medical officer",
    text: `
@co_mongu@mastodon.social Thank you for this. At our hospital in Chipata we had three puff adder bites in October alone and the same stock problem. The 20WBCT is such a useful bedside test when we have no lab at night. I will share your letter idea with our DHO, maybe if several districts send numbers together they will listen.
`,
  },
  {
    id: "zw-what-003",
    setting: "medical ward",
    role: "registered general nurse",
    text: `
WHAT?
I'm an RGN on a female medical ward in Bulawayo. On ⟦DATE|Tuesday 29 October⟧ we admitted ⟦NAME|Gogo Thandiwe Ncube⟧, who is ⟦AGE|97⟧ according to her national ID, with pneumonia. She was in ⟦FACILITY_ROOM|bed 12, Female Medical Ward 3 at Mpilo Central Hospital⟧. Her grandchildren visited every day and fed her sadza with relish because she refused hospital food. The doctors were worried about aspiration.

SO WHAT?
I was in the middle. The family said, "she has eaten sadza for ⟦AGE|ninety-seven years⟧, she will not stop now." The doctors wanted nil by mouth until a swallow assessment, which we can't really do here because we don't have a speech therapist on site. I realised that the risk of aspiration had to be balanced against her dignity and her wishes, and against malnutrition.

NOW WHAT?
I talked with Dr. Moyo, and we agreed on soft food, upright position, small amounts, and the grandchildren feeding her under supervision. She went home after eight days. I will ask our ward sister for training on bedside swallow screening.
`,
  },
  {
    id: "zw-free-004",
    setting: "pharmacy",
    role: "pharmacist",
    text: `
Stockouts and substitutions

I'm a pharmacist at a government hospital pharmacy in Harare. Almost every week we run out of something essential: this month it was metformin, then amlodipine, then insulin for a few days. Patients are told to buy from private pharmacies, where prices are in US dollars.

What I want to reflect on is the substitution game. When we don't have amlodipine, the doctors write nifedipine, then when we don't have nifedipine, they write something else. Patients end up on a new antihypertensive every month. For insulin it's dangerous: switching from one type to another without proper education causes hypoglycaemia. I saw two patients with hypos in one week after a switch from human premix to a different brand with different timing.

I started a simple "substitution card" in Shona and English that we give with every switched medicine, explaining what changed and how to take it. It's not a solution to stockouts. But it's something within my control. My chief pharmacist, Mrs. Chikore, approved it, and we have printed 500 copies.

The 2008 cholera outbreak taught Zimbabwe that health systems collapse slowly and then quickly. I worry sometimes that we are in the slow part.
`,
  },
  {
    id: "et-gibbs-005",
    setting: "obstetric fistula",
    role: "obstetrics resident",
    text: `
Reflection (Gibbs): a fistula repair and a homecoming

Description
I am a third-year obstetrics and gynaecology resident in Addis Ababa, rotating through the fistula service. In October I assisted in the repair of a vesicovaginal fistula for ⟦NAME|W/ro Almaz Tesfaye⟧, who had been leaking urine for eleven years after a five-day obstructed labour in which her baby died. She came from ⟦LOCATION|a kebele three days' walk from Sekota, the one beside the church of Abune Aregawi⟧, and had been living in a separate hut away from her family. She was admitted on ⟦DATE|Tikimt 12⟧ (⟦DATE|22 October⟧) to ⟦FACILITY_ROOM|Ward 2, Addis Ababa Fistula Hospital⟧. Her brother's phone, the only number she had, was ⟦PHONE|+251 911 555 237⟧.

Feelings
Before the surgery I felt anxious, because I'd only assisted in a few repairs. After the surgery, when she was dry for the first time, I felt something like joy. When she was discharged she danced in the ward with the other women. I cried.

Evaluation
The surgery was led by my supervisor, Dr. Mekdes, and went well. The catheter stayed for fourteen days and she remained continent. What I did well: careful postoperative care, strict fluid intake monitoring. What I could improve: my understanding of the social side. I didn't ask enough about what she would go home to.

Analysis
Fistula is a disease of poverty and of distance. It is almost entirely prevented by access to timely caesarean section. Ethiopia has made progress since the health extension programme began in 2003, but in remote areas women still labour for days. The women on the fistula ward told stories of husbands leaving, of being unable to go to church, of shame. The surgery repairs the bladder; it doesn't automatically repair the social damage.

I learned from the nurses and the patient navigators that rehabilitation, literacy classes, and small grants are part of treatment. One of the nurses, Sister Hirut, told me she sees the same women years later, some working as fistula ambassadors in their villages.

Conclusion
Surgery is the beginning, not the end, and the real goal is prevention.

Action plan
- Learn more about the rehabilitation and reintegration programme.
- In my future practice as an obstetrician, commit to working at least part of my career in a regional hospital.
- Teach health extension workers in my rotation about the danger signs of prolonged labour.
`,
  },
  {
    id: "et-what-006",
    setting: "midwifery education",
    role: "midwifery student",
    text: `
What?
I am a final-year midwifery student in Gondar. During my clinical practice in a health centre, I managed my first delivery alone with the midwife watching, Sister Tigist. The baby didn't cry at first. I dried and stimulated, and then started bag-and-mask ventilation within the golden minute, following Helping Babies Breathe. The baby cried after about 30 seconds of ventilation. Apgar 5 at one minute, 9 at five minutes.

So what?
I had practised on the NeoNatalie manikin maybe fifty times, but this was different, a real baby, slippery and blue. My hands did the steps because of the practice. I understand now why our instructors made us repeat it so many times.

Now what?
I want to do a small project with the other students in my class on how often we practise HBB after the initial training, because skills decay fast. I will also keep practising weekly until my graduation in June.
`,
  },
  {
    id: "sd-free-007",
    setting: "conflict medicine",
    role: "medical officer",
    text: `
Working in Port Sudan

I'm a Sudanese doctor who left Khartoum in 2023 and now work in Port Sudan, where the hospitals are overwhelmed with displaced people. I want to write about one patient because I can't stop thinking about him.

⟦NAME|Haj Abdelrahman Osman⟧, 74, a retired teacher from Omdurman, arrived on ⟦DATE|Thursday 31 October⟧ after a 1,200 km journey, with a below-knee amputation done in a field clinic that had become infected. He was staying at ⟦LOCATION|the Al-Salam school shelter, classroom 6⟧ with eleven relatives. His daughter ⟦NAME|Sara⟧ kept his medical papers in a plastic bag, along with his pension card and his insulin pens. Her number is ⟦PHONE|+249 91 555 0873⟧.

He needed a revision amputation. We did it. He is recovering. But he asked me, "Why are we doing this to each other, doctor?" and I had no answer.

I am tired. My colleagues are tired. Many of us have lost family members or homes. We work with few supplies, and we treat injuries we never trained for. Our head of department, Dr. Hiba, says we must look after each other, and she organises a tea every Friday where we talk. It helps a little.

I write this so that somebody outside knows.
`,
  },
  {
    id: "sd-comment-008",
    setting: "conflict medicine",
    role: "junior doctor",
    text: `
@dr_portsudan@mastodon.social Thank you for writing this, doctor. I am a house officer in Kassala, we are also receiving displaced patients every day and the wound infections are terrible. Your Friday tea idea is beautiful, I will suggest it to our team. Stay safe, and please keep writing, it helps us feel less alone.
`,
  },
  {
    id: "jm-free-009",
    setting: "district nursing",
    role: "district nurse",
    text: `
⟦NAME|Miss Ivy⟧'s foot

I'm a district health nurse in St Catherine. Every Tuesday I visit ⟦NAME|Miss Ivy Gordon⟧ at ⟦ADDRESS|Lot 27, Mahoe Lane, Bog Walk, St Catherine⟧ to dress her diabetic foot ulcer. She is 81 and lives with her nephew ⟦NAME|Delroy⟧, who drives a route taxi and is out all day. He gave me his number, ⟦PHONE|876-555-0148⟧, and told me to "call anytime, nurse, I will come".

On ⟦DATE|12 November⟧ the ulcer smelled different and the redness had spread up her shin. She had a fever. She didn't want to go to ⟦FACILITY_ROOM|Spanish Town Hospital⟧ because "mi nah go dead inna hospital". I called ⟦NAME|Delroy⟧, and he came, and together we convinced her.

She had osteomyelitis and needed a toe amputation. She is back home now. She told me, "Nurse, yuh save mi foot," which isn't quite true, she lost a toe. But she kept the foot.

I reflected on what it takes to convince someone. Not facts, but trust. I have been visiting her every week for a year. That relationship is what made her agree. District nursing is slow work that pays off in moments like this.
`,
  },
  {
    id: "jm-comment-010",
    setting: "district nursing",
    role: "nursing student",
    text: `
@nurse_stcath@mastodon.social Respect to you, nurse. I'm a nursing student at UTech doing my community rotation in Clarendon, and I see how much the patients trust the district nurses, more than anybody at the hospital. The point about facts vs trust is going in my reflective journal. Big up yourself!
`,
  },
  {
    id: "tt-what-011",
    setting: "emergency department",
    role: "medical student",
    text: `
WHAT?
Final-year med student at UWI St Augustine. I did my ED rotation over Carnival week in February. Two days, more than 300 patients: lacerations, alcohol intoxication, dehydration, fights, a few road traffic injuries, and one man with a glass bottle injury to the hand who needed a tendon repair.

SO WHAT?
It was a masterclass in triage. Our ED consultant, Dr. Ramlogan, used the Canadian Triage and Acuity Scale (CTAS) strictly, and I saw how the quiet patient in the corner can be sicker than the loud one bleeding on the floor. I also noticed how exhausted the nurses were by day two and how calm they stayed.

NOW WHAT?
I want to learn suturing properly. I've signed up for the surgical skills workshop at the Faculty in January. And next Carnival I want to volunteer with the St John Ambulance first aid posts on the road, because that's where the prevention is.
`,
  },
  {
    id: "tt-free-012",
    setting: "dialysis",
    role: "renal nurse",
    text: `
When dialysis depends on a fundraiser

I'm a renal nurse in San Fernando. One of our younger patients, ⟦NAME|Kavish Ramdeen⟧, 28, has end-stage kidney disease and is waiting for a transplant. His family set up a fundraiser for a living-donor transplant abroad, because we don't have a regular transplant programme here. The link was shared all over WhatsApp: ⟦URL|https://www.gofundme.com/f/kidney-for-kavish-ramdeen⟧. His sister ⟦NAME|Anisha⟧ asked me if I would share it in our nursing group.

I didn't. I gave money privately. But I also reflected on the bigger picture. Our dialysis unit runs three shifts a day and can barely keep up. Transplant is cheaper and better than dialysis in the long term, and yet for most of our patients it's out of reach. The National Organ Transplant Unit does some procedures, but the waiting list is long.

I want to do something useful, so I'm helping our unit prepare information about organ donation for the public, in partnership with the Ministry's campaign. And I'm encouraging patients to ask about living donation early, not as a last resort.
`,
  },
  {
    id: "mx-free-013",
    setting: "rural primary care",
    role: "social service physician",
    text: `
Servicio social in the Sierra

I'm doing my año de servicio social (the mandatory social service year for medical graduates in Mexico) at a rural health centre in the Sierra Norte of Oaxaca. I'm the only doctor. There's a nurse, Enfermera Lupita, and a health promoter who translates Zapotec.

On ⟦DATE|2 de noviembre⟧, Día de Muertos, ⟦NAME|Doña Chela⟧ (⟦NAME|Graciela Hernández Cruz⟧, CURP ⟦ID|HECG610415MOCRRR07⟧) came in with chest pain while the whole village was at the cemetery. She lives in ⟦LOCATION|the last house on the path to the spring in San Juan Yaee⟧. Her ECG showed ST elevation in the inferior leads. We have no thrombolytic. The nearest hospital with a cath lab is in Oaxaca city, six hours by road. I gave aspirin, clopidogrel, and nitrates, and we organised a transfer in the municipal ambulance.

She survived. She came back three weeks later with a basket of tamales for the whole clinic.

What I reflect on: in the city, STEMI is a 90-minute door-to-balloon problem. Here it is a geography problem. I felt alone, and I made decisions I'd only read about. Our supervisor from the jurisdicción sanitaria, Dr. Morales, answered my WhatsApp at 11 pm and helped me think it through. I don't think I'd have managed without that.
`,
  },
  {
    id: "mx-comment-014",
    setting: "rural primary care",
    role: "social service physician",
    text: `
@pasante_oaxaca@mastodon.social Qué buen texto. I'm doing my servicio in the Huasteca in San Luis Potosí and I feel the same, most days I'm deciding things I only read about in the ENARM guides. The WhatsApp support from supervisors is everything. Hang in there colega, only seven months left.
`,
  },
];
