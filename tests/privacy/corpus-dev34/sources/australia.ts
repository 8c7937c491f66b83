import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items, 5 with identifiers, 1 comment. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "air retrieval",
    role: "retrieval doctor",
    text: `
Dawn retrieval from a cattle station in the Channel Country. Our patient was a 34-year-old station hand, ⟦NAME|Jacko⟧ to everyone, who'd rolled a quad bike mustering the day before and had been "fine" until he started vomiting. Pilot put us down on the station airstrip at ⟦LOCATION|Mooraberrie, the strip by the old shearing shed⟧. The station manager's wife had his Medicare card ready, ⟦ID|${medicare("2953 1804", 1)}⟧, and had kept him talking all night.

He had a falling GCS and a boggy swelling over the left temporal bone. We intubated on the strip in 38-degree heat with flies everywhere, which is a sentence that will mean something to anyone who has done it.

What I want to reflect on is the station manager's wife. She'd done a first aid course in town five years ago and she did everything right: kept him lying still, kept him awake, rang the RFDS clinic line early, wrote his obs on a biscuit box. She rang me last week from his mum's mobile, ⟦PHONE|0491 570 226⟧, to say he's back at work. I am not sure how she got my mobile, and I should probably think about that.
`,
  },
  {
    id: "au-what-002",
    setting: "bushfire",
    role: "paramedic",
    text: `
What? During the Black Summer fires I was deployed to an evacuation centre on the South Coast for a week. We saw burns, smoke inhalation and a lot of exacerbated asthma and COPD, but mostly we saw exhaustion and grief. People had driven out through fire fronts with their kids in the back.

So what? The clinical skills I leaned on most were the boring ones: a calm voice, making sure people had their inhalers and their insulin, checking for carbon monoxide headaches, and knowing when to get someone to the hospital. The mental health first aid course I'd grumbled about doing turned out to be the most useful thing I'd trained in.

Now what? I've joined our service's peer support program. Bushfire seasons are getting longer, and the evacuation centres need clinicians who can do both: fix the chest and sit with the person. I'm also carrying a spare spacer in my kit.
`,
  },
  {
    id: "au-gibbs-003",
    setting: "drowning",
    role: "volunteer surf lifesaver",
    text: `
Description: ⟦DATE|Australia Day⟧, late afternoon, a flagged beach with a rip running just outside the flags. We pulled a 15-year-old, ⟦NAME|Lachlan Pham⟧, out of the rip unresponsive at ⟦LOCATION|the north end of Werri, by the rock pool below the surf club⟧. I'm a second-year nursing student and a volunteer patrol member.

Feelings: I'd done the drill a hundred times. My hands still shook.

Evaluation: Two rescue breaths, then compressions. He vomited. We rolled him, suctioned, continued. After three cycles he coughed and started breathing. The paramedics took over ten minutes later.

Analysis: The ARC guideline on drowning says start with rescue breaths because it's hypoxic; I'd always wondered whether I would remember that under pressure. I did, because our club captain, Kerry, drilled it into us.

Conclusion: He's fine. His dad came to the club the next week.

Action plan: More rip education for young visitors, in more languages. His family's first language is Vietnamese.
`,
  },
  {
    id: "au-comment-004",
    setting: "drowning",
    role: "volunteer surf lifesaver",
    text: `
Legend, mate. I was on the board that arvo. The kid's been posting about it on TikTok actually, he's ⟦OTHER|@lachie.surfs.werri⟧ if you want to see the "thanks to the clubbies" video, it's pretty wholesome. Might not want to link it here though haha. See you at training Sunday.
`,
  },
  {
    id: "au-free-005",
    setting: "flood",
    role: "paramedic",
    text: `
When the Northern Rivers flooded in 2022 I was on the first rescue shift. We ended up in tinnies and jet skis crewed by locals, because the swift water units couldn't reach everyone. I'm a paramedic, not a swift water technician, and I spent most of that night in a borrowed life jacket doing assessments in people's roof cavities.

What I want to reflect on is the civilian rescuers. They saved hundreds of people. They also hurt themselves: cuts on roofing iron, hypothermia, a bloke with a dislocated shoulder who relocated it himself on his boat. We didn't have a way to look after them in our system, because they weren't "patients" and they weren't "crew".

Afterwards the state inquiry talked about this. I think services should have a simple way to check on community rescuers after an event like this: a tetanus shot, a wound check, a chat. I've raised it with my station officer, Bec, and she's taking it to the region.
`,
  },
  {
    id: "au-free-006",
    setting: "remote health",
    role: "remote area nurse",
    text: `
Box jellyfish season in the Top End. A girl of nine, ⟦NAME|Tahlia⟧, was stung on the legs on the beach at ⟦LOCATION|Milingimbi⟧ and her aunty carried her up to the clinic. Vinegar on the beach by her cousins (good), ice and analgesia at the clinic, and then the thing every remote nurse fears: she went quiet and her heart rate climbed.

We called the retrieval service, got antivenom advice over the phone, and flew her to ⟦FACILITY_ROOM|Royal Darwin, paeds ICU bed 4⟧. She recovered.

I've been a remote area nurse for seven years and I'm writing this for new RANs. The hardest thing is not the stings. It's being the only clinician for hours, on the phone to a doctor who has never seen your patient, trying to describe a child's face in words. Practise describing. "She looks wrong" is true but it's not useful; "she's stopped asking for her aunty" is.
`,
  },
  {
    id: "au-what-007",
    setting: "snakebite",
    role: "student paramedic",
    text: `
What? My first snakebite call on placement: a farmer bitten on the ankle while moving hay bales in western NSW. Brown snake, probably. He had walked back to the house, which is exactly what you're not supposed to do.

So what? We applied a pressure immobilisation bandage from the toes up over the whole limb, splinted it, and kept him lying still. My mentor, Hamish, made me check the bandage tension myself: firm like a sprain, not a tourniquet. Snake venom detection kits are not used on the wound on scene any more; the hospital does the bloods and watches for coagulopathy. He didn't need antivenom in the end.

Now what? I'm going to practise bandaging until I can do a full leg in under two minutes, and I've read the current Australian Snakebite Guidelines. Also, I'm going to stop telling people "don't walk" as if it's easy to lie still in a paddock for an hour waiting for us.
`,
  },
  {
    id: "au-free-008",
    setting: "police custody",
    role: "custody nurse",
    text: `
Watch-house shift. A detainee came in with an electronic monitoring anklet, device number ⟦DEVICE|EM-4471-90382⟧, and a swollen, red leg underneath it. ⟦NAME|Mr Kyle Brennan⟧ had been telling corrections for a week that the strap was too tight. Cellulitis, probably, on top of a pressure area. His ⟦ADDRESS|32 Dorrigo Street, Wodonga VIC 3690⟧ bail address was on the monitoring paperwork, which I should never have been handed.

I rang the monitoring centre to have it refitted on the other leg. It took four phone calls. Everyone agreed the leg needed care; nobody owned the device.

What I learned: medical devices for justice (monitors, restraints, spit hoods) need a clinical owner, and a custody nurse is often the only clinician who sees what they do to skin. I've started a log of device-related injuries and I'll send it to our clinical governance lead.
`,
  },
  {
    id: "au-gibbs-009",
    setting: "emergency department",
    role: "emergency department nurse",
    text: `
Description: A young man was brought to our ED by police under an emergency examination authority after a welfare check, agitated, convinced the neighbours were poisoning his water. He waited fourteen hours on a trolley in the corridor for a mental health bed.

Feelings: Helpless. He kept apologising for being "a bother".

Evaluation: We did the basics: vitals, a drug screen, food, a blanket, olanzapine when he asked for "something to help me stop thinking". We did not give him a private space, because we didn't have one.

Analysis: Long ED stays for mental health patients are a known harm. Our college position statement calls it a system failure, not a clinician failure, but I'm the clinician standing next to him.

Conclusion: He got a bed eventually. He thanked me as he left. I felt I didn't deserve it.

Action plan: I've volunteered to help our nurse unit manager set up a quieter corner of the short-stay unit for patients waiting for mental health beds.
`,
  },
];
