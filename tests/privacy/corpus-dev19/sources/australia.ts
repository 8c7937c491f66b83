import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: the Flying Doctor, the Pilbara, triathlons, Antarctica, Hendra, bushfires and the Navy. */
export const AU: SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote clinic",
    role: "flying doctor",
    text: `Clinic run diary — Tuesday

Took off from Broken Hill at 7. Four station clinics today, a dirt strip at each. At the second one, ⟦LOCATION|Yarrawonga Downs station, out past Tibooburra⟧, the manager's wife had lined up eight people under the verandah: jackaroos, a cook, two kids for vaccines.

The one I'm writing about: ⟦NAME|Col Brennan⟧, a stockman in his sixties, Medicare ⟦ID|${medicare("2953 1847", 1)}⟧. He'd had a "bit of indigestion" for three weeks, worse when he was mustering on the motorbike. ECG on the verandah table showed deep T-wave inversion in V1–V4. Wellens pattern. I nearly fell off my chair. He did not want to leave during muster, and his wife had to stand over him.

We brought the Pilatus back for him that afternoon and he went to Adelaide for a stent in his LAD. His daughter rang the base the next day, and I've kept her number on the file for follow-up, ⟦PHONE|0491 570 228⟧.

What I keep coming back to: out here, chest pain that's "indigestion" for three weeks is a man who couldn't get to a doctor. The station clinic is the only reason we caught it. Our nurse, Bec, has done this run for nine years and she saw it before I did.`,
  },
  {
    id: "au-what-002",
    setting: "mine site medicine",
    role: "mine site paramedic",
    text: `What? I work fly-in fly-out as the paramedic at an iron ore mine in the Pilbara: two weeks on, one off, with a doctor on the phone in Perth. This swing I had a haul truck driver with a hand crush injury, two heat illness cases, a man with renal colic, and a lot of mental health conversations at 2 am.

So what? Mental health is the biggest part of FIFO medicine and the least discussed. The 2015 WA parliamentary inquiry into FIFO mental health was damning and a lot has improved since, but I still see blokes who haven't seen their kids for weeks and can't talk about it. I'm trained in mental health first aid and I use it more than my trauma kit.

Now what? I've asked our site manager to run peer support training for the crews. Also, more shade at the pit. 46°C in January is not OK.`,
  },
  {
    id: "au-gibbs-003",
    setting: "triathlon medicine",
    role: "sports physician",
    text: `Description: I was the medical director at an Ironman-distance race in Queensland. At the swim exit, a competitor, ⟦NAME|Jarrod Pemberton⟧, race number ⟦ID|1187⟧, was pulled out of the water unconscious. He was in cardiac arrest. CPR started on the beach. The AED shocked twice and he came back. This happened on ⟦DATE|Sunday 9 June⟧, just before 7 am.

Feelings: It happened so fast. I keep replaying it.

Evaluation: Our lifeguards and medics were well-drilled. The swim is where most race deaths happen and we had positioned the medical tent at the swim exit for that reason.

Analysis: Afterwards his mates found his Instagram, ⟦OTHER|@jarrod_tri_life_bne⟧, and posted updates from hospital. I was glad he was alive, less glad that my photo was in it.

Conclusion: Swim exits need the best people.

Action plan: Rewrite our swim safety plan with Surf Life Saving Queensland.`,
  },
  {
    id: "au-free-004",
    setting: "Antarctic expedition medicine",
    role: "expedition doctor",
    text: `Wintering notes, from the ice

I'm the station doctor for the winter at one of our Antarctic stations: 18 expeditioners, no flights from March to October, and me. I'm a rural generalist from Victoria, and the Australian Antarctic Division trained us in surgery, anaesthesia, dentistry and radiography before we left.

Things no one tells you:

- You'll do dentistry. I've done two fillings and an extraction, with our plumber as my assistant. He was excellent.
- Everyone gets insomnia in the winter darkness. We talked through sleep hygiene, and a few people used melatonin 2 mg.
- Polar T3 syndrome (low thyroid hormone in long Antarctic stays) is real and fascinating.
- Your lay surgical assistants are more important than your kit. Ours are a chef, an electrician and a meteorologist, and they've practised cannulation on each other.

I'm 44, and I've wanted to do this since reading about Douglas Mawson in primary school. Highlight so far: the aurora australis from the hospital window at 3 am. Lowlight: being both the doctor and a patient when I cracked a rib on the ice in May. The first plane of the season is due on 28 October and there is a countdown on the mess fridge.`,
  },
  {
    id: "au-free-005",
    setting: "one health Hendra",
    role: "GP",
    text: `Hendra, a horse, and a very long week

A local vet, Dr Kate Lawson, rang me on a Friday afternoon. A horse had died at a property near Mullumbimby and the Hendra exclusion test had just come back positive. The owner, ⟦NAME|Shane Whitlam⟧, and his teenage daughter had both been in close contact with it.

The property was ⟦ADDRESS|84 Coopers Shoot Road, Mullumbimby NSW 2482⟧. We got public health involved straight away. Both were assessed as high-risk exposures. They were offered monoclonal antibody, which was a tough conversation: it's experimental, there's limited data, and they'd both have to decide within days.

Some reflections:

- Hendra is rare but frightening. There have been seven human cases in Australia, four of them fatal.
- The vet carries the biggest risk. Dr Lawson had done the test in full PPE.
- The horse vaccine exists and works. I spent the next week talking to horse owners in our practice about it.

They stayed well. The last follow-up blood test was on ⟦DATE|29 August⟧ and was clear. I'll remember this one for a long time.`,
  },
  {
    id: "au-what-006",
    setting: "bushfire evacuation centre",
    role: "GP",
    text: `What?
During the fires I worked three days in the evacuation centre at our town showground. Hundreds of people, their dogs, chooks, a horse float or two. I did what I could: scripts for people who'd left their medications behind, asthma from the smoke, burns on hands, insomnia, and lots of grief.

So what?
The biggest issue was medications. People grabbed their kids and pets, not their tablets. Our local pharmacist, Tom, worked out of his car for three days, using My Health Record to see what people were on. Without digital records it would have been chaos. Also: the Red Cross psychological first aid training I did in 2020 was more useful than anything clinical.

Now what?
I want every patient with a chronic illness to have an emergency plan with a medication list. Our practice nurse, Jenny, is running a project on it.`,
  },
  {
    id: "au-comment-007",
    setting: "Antarctic expedition medicine",
    role: "former expedition doctor",
    text: `Love this. I wintered at Mawson in 2016 and the dentistry was the part I was most scared of and ended up enjoying. Agree completely on the lay assistants: our plumber was a natural at anaesthesia monitoring. One tip: teach them to take ECGs early, before you need them to. Enjoy the aurora.`,
  },
  {
    id: "au-free-008",
    setting: "naval medicine",
    role: "navy medical officer",
    text: `Notes from a deployment on a navy ship in the Pacific

I'm a RAN medical officer, and we spent four months on a regional security patrol. Most of our work was routine, but one case stuck with me.

A sailor, ⟦NAME|Able Seaman Kayla Nguyen⟧, PMKeyS ⟦ID|8841927⟧, had type 1 diabetes managed with an insulin pump and a CGM. Her sensor (serial ⟦DEVICE|3MH0A7K92LT⟧) failed at sea and we had no spare sensors. We went back to finger-prick tests four times a day. She went hypo on watch once, and I had to take her off watch for a day.

What I learnt:
- Diabetes technology at sea is brilliant until it fails. Carry spares.
- Deployability policies around diabetes have changed, and I think for the better, but they need the logistics to match.
- My leading medic, PO Rahman, knew more about the pump than I did. Ask the crew.`,
  },
  {
    id: "au-comment-009",
    setting: "remote clinic",
    role: "remote area nurse",
    text: `Great post. I was the nurse on that run the week before and I'm so glad ⟦NAME|Col⟧ got his stent. Station people always play it down. Our rule now: anyone with chest pain gets an ECG, even if they say they're only here for their tetanus shot. Wellens is rare but you never forget the first one.`,
  },
  {
    id: "au-free-010",
    setting: "one health Q fever",
    role: "GP registrar",
    text: `Q fever in a meatworks town

I'm a GP registrar in a rural town in central Queensland whose biggest employer is the abattoir. In my first three months I've seen more Q fever than most GPs see in a career.

Coxiella burnetii is everywhere in cattle, sheep, goats and kangaroos, and it survives in dust for months. The meatworks workers, the shearers, the truckies who carry stock, and the vets are all at risk. Most present like a bad flu: high fever, savage headache, sweats, myalgia. Some get hepatitis, and a few go on to chronic Q fever with endocarditis, which is the one that frightens me.

What I've learnt, mainly from my supervisor Dr Anh Tran and the local vet, Dr Rob McKinnon:

- Ask about animal contact in every febrile patient. Every one.
- Doxycycline 100 mg twice daily for 14 days for acute Q fever. Don't wait for serology if the story fits.
- Q-VAX works, but you need to skin test and do serology first, and people who've already been exposed can have nasty reactions.
- After acute Q fever, a lot of people get post-Q fever fatigue syndrome. It's real, and it ruins livelihoods.

Our practice has started a vaccination push with the abattoir's health and safety officer. We did 63 pre-vaccination screens in March. The Australian Immunisation Handbook chapter is the go-to reference.

I grew up in Brisbane and had never been inside a meatworks. Now I go twice a month to give talks in the lunch room, and the blokes have started calling me "Doc Q". I'll take it.`,
  },
];
