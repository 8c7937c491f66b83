import type { SourceItem } from "../../corpus/types.ts";

export const NG: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "hip fracture",
    role: "house officer",
    text: `⟦NAME|Madam Comfort Adebayo⟧ was brought to the Female Orthopaedic Ward at ⟦FACILITY_ROOM|LUTH⟧ on ⟦DATE|12/04/2025⟧, two weeks after a fall, because her children were abroad and a neighbour finally called an ambulance. Hospital number ⟦ID|LUTH/ORT/25/0917⟧, NIN ⟦ID|31842706593⟧; I remember them because I had to write them on five separate request forms for X-ray, labs and the implant deposit. Her daughter in Houston called me every evening on ⟦PHONE|0803 555 2741⟧, the number of her cousin in Surulere who held the phone to the mother's ear. Dr. Bankole, our senior registrar, planned a hemiarthroplasty once the deposit was paid. I learned that in our system the first investigation is often the family's purse, and the delay it causes is a clinical problem.`,
  },
  {
    id: "ng-what-002",
    setting: "anaesthetic emergency",
    role: "anaesthesia registrar",
    text: `What? Halfway through a laparotomy in Enugu the power failed and the generator did not start. The anaesthetic machine switched to battery, the monitor went dark and the theatre was lit by phone torches.
So what? Dr. Eze, our consultant, calmly switched to manual ventilation, asked a nurse to feel the radial pulse every minute and told me to draw up ketamine in case the volatile could not be delivered. The surgeon finished by torchlight with a plastic bag of saline.
Now what? I learned more about anaesthesia in those twenty minutes than in a month of lectures: clinical monitoring is not old-fashioned. We have since written a power failure drill, and every theatre now has a charged head torch and a self-inflating bag in a fixed place.`,
  },
  {
    id: "ng-gibbs-003",
    setting: "fracture and traditional bonesetting",
    role: "orthopaedic nurse",
    text: `Description: ⟦NAME|Pa Yusuf Olanrewaju⟧, ⟦AGE|ninety-one⟧, came to us from ⟦LOCATION|Oke-Ola quarter in Igbo-Ora⟧ with a gangrenous foot after a traditional bonesetter splinted his ankle fracture too tightly with bamboo sticks.
Feelings: I was angry with the bonesetter and then, ashamed, I realised the family trusted him more than us.
Evaluation: Dr. Akinola did a below-knee amputation. The family was grateful but the son said "the hospital is for dying."
Analysis: bonesetters are cheap, close and respected. We are far, expensive and rushed.
Conclusion: fighting traditional healers pushes families away; training them to recognise danger signs may save limbs.
Action plan: our unit will join the state programme that teaches bonesetters to refer early.`,
  },
  {
    id: "ng-free-004",
    setting: "geriatric clinic",
    role: "medical student",
    text: `The geriatric centre at our teaching hospital in Ibadan was my favourite posting. Prof. Adebusoye runs a clinic where the waiting room sings. We saw an 84-year-old retired headmaster with Parkinson's disease, a woman on five antihypertensives whose postural drop was 40 mmHg, and a farmer with untreated cataracts who had stopped walking to his farm because he could not see the path. The comprehensive geriatric assessment took an hour each and was worth it. I learned to ask about falls, continence, mood and money in the same gentle voice. I also learned that in Yoruba culture the old are honoured, but honour does not always mean someone has time to take Baba to clinic.`,
  },
  {
    id: "ng-what-005",
    setting: "surgical ward",
    role: "surgical resident",
    text: `What? ⟦NAME|Chief (Mrs) Eunice Nwachukwu⟧, known to everyone as ⟦OTHER|the oldest living Ada of Umuoji, who still crowns the new yam queen⟧, was admitted for a strangulated hernia. Within an hour, a photograph of her on the ward had appeared on a relative's Facebook page, ⟦URL|https://www.facebook.com/groups/umuojiprogressunion/posts/10229⟧, with prayers and her bed number.
So what? The family meant well, but the post gave her diagnosis to thousands of people. Our consultant, Dr. Obi, spoke to them gently about privacy.
Now what? I will include a sentence about photographs and social media when I take consent for any patient, and I will not assume that a public figure wants her surgery to be public.`,
  },
  {
    id: "ng-free-006",
    setting: "recovery",
    role: "theatre nurse",
    text: `In the recovery room in Kano we have four bays and one pulse oximeter that works reliably. Last week an elderly man after a prostatectomy became restless and grey. I could not read his saturation, so I did what Matron Hauwa taught us: looked at his lips, counted his breathing, felt his pulse and checked his bladder irrigation bag. It was heavily blood-stained. I called Dr. Musa and he went back to theatre for a bleeding point. Afterwards I reflected that technology is a gift but our eyes and hands come first. I also wrote to the hospital management with the number of near misses in recovery this year, because I believe a second oximeter is cheaper than one death.`,
  },
  {
    id: "ng-comment-007",
    setting: "peer comment",
    role: "house officer",
    text: `Well written, but please remove the line with ⟦NAME|Madam Comfort Adebayo⟧'s NIN, ⟦ID|31842706593⟧, before this goes on the departmental blog. Anyone could find her. The point about the deposit delaying surgery is very important and I hope the CMD reads it. Dr. Bankole would like to present it at grand rounds.`,
  },
  {
    id: "ng-gibbs-008",
    setting: "consent for surgery",
    role: "medical student",
    text: `Description: on my surgery posting in Port Harcourt I saw a 72-year-old man refuse an amputation for diabetic foot sepsis.
Feelings: I wanted the doctors to persuade him harder.
Evaluation: Dr. Ibiba, the consultant, spent forty minutes with him and his sons, explained the risks in Pidgin and accepted his refusal, documenting his capacity carefully.
Analysis: capacity is decision-specific and a bad decision is not proof of incapacity. He wanted to be buried "complete".
Conclusion: respecting autonomy sometimes means watching someone choose a path you would not.
Action plan: I will read the Nigerian Medical and Dental Council code on consent and practise assessing capacity with a structured tool.`,
  },
  {
    id: "ng-free-009",
    setting: "falls",
    role: "physiotherapy intern",
    text: `Falls are rarely discussed in our hospitals, but in my internship in Abuja I started counting. In one month our medical wards had eleven falls, nine in patients over 70. Most happened at night, on the way to the toilet, in wards with one nurse for thirty patients and no bed rails that work. Dr. Okeke, the geriatrician, asked me to present the figures at the clinical meeting. We did not have money for sensor mats, so we did cheap things: commodes by the bed for high-risk patients, non-slip socks donated by a church, and a simple Morse Fall Scale score on the admission sheet. The next month there were four falls. Small things, done by everybody, work.`,
  },
];
