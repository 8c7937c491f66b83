import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: 9 items. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote community pharmacy",
    role: "remote area pharmacist",
    text: `Reflection — my third trip out to ⟦LOCATION|Yirrkala⟧ with the Aboriginal Medical Service's pharmacy outreach.

One old man, ⟦NAME|Mr. Djalu W.⟧ (family asked me to use his skin name in person, but the Webster-pak had his whitefella name), had his dosette filled with two lots of frusemide because his discharge summary from Darwin and his community script disagreed. His Medicare number, ⟦ID|${medicare("2951 4073", 2)}⟧, was on both documents so there was no doubt they were the same person. He'd been getting dizzy and falling at the community store.

The Aboriginal health practitioner, Yalmay, was the one who noticed. She didn't say "error", she said "this one is double-double". I'm learning to listen for that.

What I did: stopped the duplicate, rang the GP at the clinic, updated the Webster-pak, and wrote a clear handover for the next fly-in pharmacist. Also spent twenty minutes with his daughter explaining which tablets were "water tablets" using the pictures on the QUM cards.

What I'm taking away: the discharge summary is not the truth, it's one version. And I need more time in community, not just in the clinic building. The 2020 NACCHO–PSA guidelines on pharmacists in ACCHOs are good reading.`,
  },
  {
    id: "au-what-002",
    setting: "private practice physiotherapy",
    role: "physiotherapist",
    text: `What?
Running a weekly falls-prevention class in a community hall in the Adelaide Hills. Twelve regulars, average age 79. I use the Otago programme with some Tai Chi thrown in, and the 30-second sit-to-stand and the 4-stage balance test to track progress.

So what?
I've had to rethink "progress". One woman's sit-to-stand went from 8 to 13 in ten weeks; a man's went down, but he says the class is the only time all week he talks to anyone. Sherrington's 2019 Cochrane review says exercise prevents falls (about a 23% reduction in rate). It doesn't measure loneliness. The My Aged Care funding model rewards one thing and my patients value another.

Now what?
I'll add a short wellbeing question to the class (the ONS-4 maybe). Our practice principal, Bronwyn, wants to apply for a council grant to keep the class free, which needs numbers. I'm also going to do the Falls Prevention ANZ online module on cognitive impairment, because two of my regulars are clearly declining and I don't know when to stop group exercise and go one-on-one.`,
  },
  {
    id: "au-gibbs-003",
    setting: "podiatry high-risk foot clinic",
    role: "podiatrist",
    text: `Description. High-risk foot clinic on ⟦DATE|Tuesday 8 April⟧. ⟦NAME|Mrs. Maureen Tully⟧, Medicare ⟦ID|${medicare("4128 6635", 1)}⟧, with a neuroischaemic toe ulcer, missed her last two appointments. Her phone number on file (⟦PHONE|0491 570 228⟧) was wrong — it went to a tradie in Geelong. Her new address, it turned out, is ⟦ADDRESS|Unit 3/19 Wattle Street, Colac VIC 3250⟧, two hours from us.

Feelings. Frustrated, then guilty for being frustrated.

Evaluation. We had marked her "DNA x2 — discharge to GP", which is our policy. Lucky that our admin officer, Kylie, checked the hospital system and saw the change of address.

Analysis. The IWGDF 2023 guidelines say people with a foot ulcer and PAD need frequent specialist review. Discharging her for non-attendance would have risked an amputation. Transport, not motivation, was the barrier.

Conclusion. DNA is a symptom.

Action plan. Set up telehealth wound photos with her local community nurse, booked her for an in-person visit with the vascular clinic on the same day as her podiatry appointment, and raised a change to the DNA policy for high-risk foot patients at our team meeting.`,
  },
  {
    id: "au-free-004",
    setting: "hospital speech pathology",
    role: "speech pathologist",
    text: `Dysphagia and the IDDSI framework — CPD reflection.

Our ward moved fully to IDDSI in 2019 but I still see "soft diet" written in the medical notes by registrars. This week I audited 30 inpatients on modified textures in our rehab ward. Seven had a mismatch between the diet ordered and the diet delivered; two were on Level 2 mildly thick fluids when they should have been on Level 1.

I presented the findings at our allied health meeting. The dietitian, Chloe, and the catering manager were both helpful. The problem is mostly the kitchen's labels, which still use pre-IDDSI words.

Clinical reflection: I was too quick to thicken fluids for a man with Parkinson's disease last month. Thickened fluids reduce aspiration on a VFSS but people drink less, and dehydration and UTIs follow. The evidence (the 2021 Cochrane on thickened fluids, and the Frazier free water protocol) suggests a water protocol can be safe with good oral care. I'd like to trial one.

Personal: I'm four years out of uni in Brisbane and sometimes feel I'm just the "swallow police". My supervisor, Anh, says that's a phase.

Next: relabel the kitchen cards, repeat the audit in three months, write up the free water protocol proposal.`,
  },
  {
    id: "au-what-005",
    setting: "aged care",
    role: "occupational therapist",
    text: `What?
Assessment for a new pressure-care mattress and tilt-in-space chair at ⟦FACILITY_ROOM|Room 14, Banksia Wing, Seabreeze Gardens Aged Care, Hervey Bay⟧. The resident, ⟦NAME|Mr. Alf Henderson⟧, is ⟦AGE|102⟧ — a Kokoda veteran, as the staff tell everyone. He has a category 3 sacral injury and slides down in his chair all day. His son ⟦NAME|Graham⟧ rings me from Perth on ⟦PHONE|0491 570 613⟧ every Friday.

So what?
The facility wanted a lap belt. That's a restrictive practice under the Aged Care Quality Standards and the 2022 regulations, and it's the wrong fix. The sliding is because the chair doesn't fit him: seat depth too long, no tilt.

Now what?
Trialled a tilt-in-space chair with a contoured cushion, set at 20° tilt. He stopped sliding. Spoke to the RN, Mei, about two-hourly repositioning and documented that restraint is not indicated. Explained it to ⟦NAME|Graham⟧, who was relieved — he'd been worried about "tying Dad down". Funded through the facility's equipment budget after some argument.`,
  },
  {
    id: "au-free-006",
    setting: "radiography",
    role: "rural radiographer",
    text: `Rural radiography, a year in.

I moved from Melbourne to a 40-bed district hospital in western NSW last February. Single-radiographer site, on call every second night, CT one hour away by road. Things I didn't expect:

- I'm the one who decides, at 2am, whether the X-ray is good enough, because the radiologist reporting remotely is in Sydney and asleep until 7.
- I've done chest films on farmers with tractor injuries, a snakebite child (no imaging needed, but the parents wanted "a picture"), and more Colles' fractures than I saw in three years in the city.
- I now know the Ottawa ankle rules better than the ED nurses and they've started asking me.

Hard stuff: loneliness. Being the only radiographer means no-one to ask. I've joined the ASMIRT rural network and we have a monthly Zoom with sites from Broken Hill to Bourke.

CPD this year: completed the Preliminary Image Evaluation course, 12 hours of CT cross-training in Dubbo, and read the 2023 ARPANSA code on medical exposures.

Personal: I bought a dog. His name is Rex. He is the best decision I've made here.`,
  },
  {
    id: "au-comment-007",
    setting: "podiatry high-risk foot clinic",
    role: "senior podiatrist",
    text: `Kylie deserves a mention in the team meeting, agreed. On the DNA policy, we should get the vascular team's view before Friday so the proposal doesn't bounce. And when you share this more widely, take out ⟦NAME|Mrs. Tully⟧'s Medicare number and the Colac address — the learning doesn't need them.`,
  },
  {
    id: "au-gibbs-008",
    setting: "dental",
    role: "oral health therapist",
    text: `Description: School dental van visit, term 3, a primary school in the outer suburbs of Perth. I saw 46 children in two days: fissure sealants, fluoride varnish, a few restorations, and referrals for orthodontics and extractions.

Feelings: Proud and a bit sad. Children from the same class had very different mouths. The ones with caries often had no toothbrush at home.

Evaluation: The van works because it comes to the children. It fails when the consent form never makes it home.

Analysis: The 2015 National Child Oral Health Study reported that around a quarter of 5–10-year-olds had untreated decay. Fluoridation has reached most of the metro area, but sugary drinks are everywhere. I used the Caries Management System and the "Lift the Lip" approach with younger siblings at pick-up.

Conclusion: I'm effective chairside; I'm less effective at reaching the families.

Action plan: Work with the school nurse, Tash, to run a toothbrushing program in the Year 1 classrooms. Send consent forms via the school's app as well as paper. Attend the ADOHTA conference in Adelaide in October.`,
  },
  {
    id: "au-free-009",
    setting: "hospital audiology",
    role: "audiologist",
    text: `Hearing in the ICU — a short reflection after a week on the wards.

⟦NAME|Mr. Cooper Lang⟧, who was extubated in ⟦FACILITY_ROOM|bed 9 of the ICU at Royal Hobart Hospital⟧ on ⟦DATE|the 21st⟧, was thought to be "confused". The nurse called me because he'd said "what?" to everything. His hearing aids were in a bag at his house in ⟦LOCATION|Nubeena, on the Tasman Peninsula⟧. His wife brought them in; the confusion largely resolved.

Delirium and hearing loss overlap, and hearing loss is a modifiable risk factor for delirium in ICU. The 2018 PADIS guidelines mention sensory aids. I gave a 10-minute talk to the ICU nurses about pocket talkers and checking for hearing aids on admission. I want to audit how often hearing aids come in with patients.`,
  },
];
