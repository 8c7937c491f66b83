import type { SourceItem } from "../../corpus/types.ts";
import { aadhaar } from "../../corpus/gen.ts";

/** India: melas, floods, high altitude, mines, Nipah, cyclones, rigs and treks. */
export const IN: SourceItem[] = [
  {
    id: "in-free-001",
    setting: "mass gathering medicine",
    role: "community medicine resident",
    text: `Kumbh duty diary — sector 14 medical camp

Our camp is a tin shed with six beds, an ECG machine that works when the generator does, and a queue from 6 am. Mostly it is diarrhoea, heat exhaustion, old people who forgot their BP tablets at home, and crush injuries on the big bathing days.

On ⟦DATE|the day of Mauni Amavasya⟧ the lost-and-found volunteers brought an old man who could not tell us where his group was staying. Very thin, dehydrated, confused. His cloth bag had a photocopy of his Aadhaar card: ⟦NAME|Ram Prasad Kushwaha⟧, ⟦ID|${aadhaar("4821 7734 093")}⟧, from ⟦LOCATION|Bhainsahi village, near Mahoba⟧. By the year of birth on the card he was ⟦AGE|91⟧. Sugar 48 mg/dL. We gave 25% dextrose, then ORS, and he became much more lucid within an hour and started scolding us for keeping him from his bath.

A grandson's number was written inside the bag in pen: ⟦PHONE|+91 94555 20831⟧. The announcement tower had been calling his name for six hours. The grandson arrived at 4 pm, crying.

What I learnt from this:
- Hypoglycaemia in the elderly at a mela is easy to mistake for "just confusion". Check the sugar first.
- The police lost-and-found system is better organised than our medical records. We should link with them.
- My PG guide Dr Anupama Rao keeps telling us that community medicine is logistics. I did not believe her till this week.`,
  },
  {
    id: "in-what-002",
    setting: "high altitude military medicine",
    role: "army medical officer",
    text: `What? I am posted as RMO with a battalion in Ladakh, at a post above 4,500 metres. In my first month I have managed three cases of HAPE, one of suspected HACE and any number of people with headache and no appetite who simply have acute mountain sickness and need to stop marching.

So what? In medical college we learnt the Lake Louise score as a table. Here it is my whole practice. HAPE in young fit jawans is frightening because they hide symptoms to avoid being sent down. One sepoy had SpO2 of 62% and was still insisting he was fine. Nifedipine 20 mg SR, oxygen, descent by road to the next level, and he was 88% by evening. Acetazolamide 125 mg BD is our prophylaxis for the new arrivals who are not staging properly.

Now what? I am writing a short Hindi pamphlet with Subedar Major Thakur, who has done six tenures here and knows every trick the men use to hide their breathlessness. The acclimatisation schedule (staged over six days) is an order, but the pamphlet explains why. My CO says if it works we will send it to the other battalions.`,
  },
  {
    id: "in-gibbs-003",
    setting: "flood relief",
    role: "medical intern",
    text: `Description
During the Assam floods our team ran a medical post at a relief camp in a government school in ⟦LOCATION|Kachugaon Pathar, Barpeta⟧. On ⟦DATE|3 July⟧ at night a girl of 14, ⟦NAME|Jonali Das⟧, was brought by boat, bitten on the foot by a snake while walking through water in the dark. Ptosis by the time she reached us. Neurotoxic envenomation, almost certainly krait or cobra.

Feelings
I had read the national snakebite protocol (2017) three days before. I was still shaking.

Evaluation
We gave 10 vials of polyvalent ASV, neostigmine with atropine, and bagged her for forty minutes while the boat to the district hospital came back. She survived. Her ABHA health ID, ⟦ID|91-4417-2093-6658⟧, was on the referral slip we wrote.

Analysis
What went well: our MO, Dr Hiren Kalita, had kept ASV in a cool box since day one. What did not: no ambu bag for children, we used an adult one.

Conclusion
In a flood, snakes and people share the high ground.

Action plan
Paediatric bag-valve-mask in every relief camp kit. I wrote to the DHS.`,
  },
  {
    id: "in-free-004",
    setting: "mining occupational health",
    role: "occupational health physician",
    text: `Silicosis screening camp notes — Jharkhand

We spent three days at a stone-crushing cluster with a mobile X-ray van, screening workers for silicosis. Most workers are men from 20 to 55, many with ten years or more of dust exposure and no masks. We read films using the ILO 2011 classification and did spirometry with a portable unit.

Numbers from our team: 412 workers screened, 96 with radiological changes of category 1 or more, 23 with progressive massive fibrosis. Many also had TB symptoms; we sent sputum for CBNAAT and started 11 on ATT through the district programme.

Some reflections:

- Silicosis is a notifiable disease in several states and there is compensation under the state scheme. Most workers had never heard of it. Our social worker, Sunita, spent more time on the forms than we spent on the X-rays.
- Spirometry at 43°C is not ATS/ERS quality. I know.
- Mr Pathak, the cluster owner, told us we were "bad for business". We are.

I trained in occupational medicine because of a lecture by Dr Raghunath on the Gorakhpur stone quarries in 2009. I thought about him a lot this week.`,
  },
  {
    id: "in-what-005",
    setting: "Nipah outbreak",
    role: "infectious disease resident",
    text: `What?
In September I was part of the outbreak team during the Nipah cluster in Kozhikode district. I was posted to contact tracing and to the isolation facility. The index case's uncle, ⟦NAME|Abdul Rasheed P.⟧, was admitted on ⟦DATE|12 September⟧ to ⟦FACILITY_ROOM|isolation room 6 at Kozhikode Medical College⟧ with fever and altered sensorium. He lived in ⟦LOCATION|Maruthonkara panchayat, ward 9⟧, near the areca groves where fruit bats roost.

So what?
I had read about Nipah as an exam question: Pteropus bats, date palm sap, encephalitis, 40–75% case fatality. Seeing the PPE queue, the fear in the nurses' faces and the empty streets made it real. One Health was not a slogan here: veterinary teams and the forest department were sampling bats while we were tracing contacts.

Now what?
I want to do my thesis on the contact tracing app data. My guide, Dr Chandni Menon, says I need ethics approval before I even open the dataset, which is right.`,
  },
  {
    id: "in-free-006",
    setting: "cricket match medicine",
    role: "sports physician",
    text: `Being the match doctor at a Ranji Trophy game in May heat

I did my first first-class cricket match as the venue doctor last season. Everyone imagines sports medicine at this level is glamour. It's mostly electrolytes.

Day two, 41°C in the shade, and the square leg umpire went pale and sat down. Heat exhaustion: we cooled him with ice towels, gave ORS, and he was back after tea. A batter took a short ball on the helmet grille; I did the concussion assessment on the boundary in front of 3,000 people and a TV camera. He passed, and the BCCI concussion substitute rules meant we didn't have to fight about it.

Things I learnt:
- Cricketers are used to physios, not doctors. Build trust with the team physio first. Ours, Nikhil, has worked with state teams for twelve years.
- Everyone wants to talk to you about Sachin Tendulkar's tennis elbow.
- Bring sunscreen for yourself. I got burnt to a crisp on day three.

I'm doing the sports medicine diploma next year. The course director, Dr Kavita Iyer, says match days are the best teaching we get, and I agree.`,
  },
  {
    id: "in-free-007",
    setting: "cyclone response",
    role: "district surgeon",
    text: `To: Dr S. Mohapatra
Subject: Cyclone shelter — update and a request

Sir,

As you asked, a short update from the multipurpose cyclone shelter near the coast. We have 640 people inside since the landfall. Two deliveries overnight, both normal, ANM Bijaya conducted both. Many cases of minor injuries from flying roofing sheets.

One patient I need your advice on. ⟦NAME|Sri Bhagirathi Behera⟧, 67, known diabetic on insulin, whose supply was washed away. Sugars are 380–420 on the glucometer. I have only regular insulin and have started sliding scale. His son ⟦NAME|Prakash⟧ says he is registered at the district hospital under UHID ⟦ID|DHB-2207-11854⟧; if the records section can send the last prescription over WhatsApp to his son's number, ⟦PHONE|+91 93555 41762⟧, it would help me to restart his usual dose.

Also, the ORS stock will finish by tomorrow evening. Please send by the first vehicle.

Regards,
Dr Ananya Panda
Shelter medical officer`,
  },
  {
    id: "in-gibbs-008",
    setting: "trekking expedition medicine",
    role: "expedition doctor",
    text: `Description: I went as the doctor for a college trekking expedition in Uttarakhand, 22 students and four staff, eleven days, highest camp at about 4,800 m.

Feelings: Excited, and privately terrified of having to manage a serious HACE case at 4,800 m with a radio and a pulse oximeter.

Evaluation: In the end the problems were blisters, diarrhoea, one sprained ankle, and an asthmatic student who forgot her inhaler at base (we had spares). Two students had AMS with a Lake Louise score of 5 at the high camp and improved on a rest day with paracetamol and ondansetron 4 mg. No one needed dexamethasone. We did daily saturation checks and I kept a spreadsheet.

Analysis: The prep saved us. I had done the Himalayan Rescue Association's wilderness course in 2022. My teacher there, Dr Buddha Basnyat's colleague Dr Pant, told us the best treatment for altitude illness is "down, down, down" and the second best is not to go up too fast.

Conclusion: Expedition medicine is 90% prevention.

Action plan: Next time, pre-trip screening of every participant's medical form two months ahead, not two days ahead.`,
  },
  {
    id: "in-free-009",
    setting: "offshore medicine",
    role: "rig doctor",
    text: `Notes from a hitch on an offshore production platform off the Mumbai coast.

I'm the only doctor on board for 28 days at a time, with two paramedics. This hitch had one properly worrying case. ⟦NAME|Mr Venkatesh Iyengar⟧, a crane operator, collapsed on the main deck on ⟦DATE|Diwali night⟧. He had an implanted loop recorder from an earlier workup for syncope (serial on his wallet card: ⟦DEVICE|LNQ318827G⟧). The medic phoned his wife on ⟦PHONE|+91 98555 07316⟧ to find out which cardiologist had placed it.

On the monitor: complete heart block, rate 34. Atropine did nothing. We started transcutaneous pacing and called for a helicopter. Flying at night from an offshore installation isn't routine. It took three hours.

What I want to remember:
- Tell every worker with a cardiac device to carry the card. It made everything faster.
- Night helicopter transfer needs planning before the night you need it. We have now drilled it twice.
- Pacing a conscious man hurts. Midazolam 1 mg and morphine 2.5 mg made it bearable.`,
  },
  {
    id: "in-comment-010",
    setting: "cricket match medicine",
    role: "physiotherapist",
    text: `Nice write-up. As a physio who's worked state cricket, I'd add one thing: agree with the team doctor before the match who makes the call on the boundary for head knocks. If it's not agreed in advance, the captain decides, and the captain always wants the batter to carry on. Also, yes, sunscreen. Every year someone new comes back looking like a tomato.`,
  },
  {
    id: "in-comment-011",
    setting: "mass gathering medicine",
    role: "medical student volunteer",
    text: `I was in the next sector camp that week and I remember the announcements for ⟦NAME|Ram Prasad ji⟧ going on and on. So relieved to read this. We also had a lot of low sugars in older pilgrims who were fasting. Our senior started checking sugar in every confused patient before anything else, as you say.`,
  },
];
