import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

/** Australia: remote telehealth, skin cancer medicine, ear health outreach, oral health programs. */
export const AU: readonly SourceItem[] = [
  {
    id: "au-gibbs-001",
    setting: "remote telehealth (ophthalmology)",
    role: "remote area nurse",
    text: `Description: I ran a teleophthalmology session from our remote clinic, sending retinal photos to the eye team in Darwin. One patient was ⟦NAME|Aunty Rosie Jampijinpa⟧, an elder from ⟦LOCATION|Wirrimbi outstation, 60 km west of the roadhouse⟧, who has had diabetes for twenty years. I entered her Medicare number, ⟦ID|${medicare("2953 1847", 2)}⟧, into the telehealth booking and gave the eye team her niece's mobile, ⟦PHONE|0491 570 318⟧, for follow-up.

Feelings: I was proud to get good images through a small pupil, and uneasy about how much identifying information the booking system demanded.

Evaluation: The ophthalmologist, Dr. Kelleher, found severe non-proliferative retinopathy and recommended laser at the next visiting eye service. The photos were clear, the consult took ten minutes, and ⟦NAME|Aunty Rosie⟧ didn't have to travel 800 km.

Analysis: Telehealth works well here, but families share phones, and outstations are so small that a name plus a place pinpoints a person. The National Safety and Quality Health Service Standards talk about privacy, but our workflow was built for cities.

Conclusion: Good clinical care, weaker privacy practice.

Action plan: I'll ask whether the booking form can use the clinic's phone as contact, rather than a family member's, and I'll talk with the Aboriginal health practitioners about how families prefer to be contacted. I will also read the Eye Health Roadmap for Aboriginal and Torres Strait Islander people.`,
  },
  {
    id: "au-what-002",
    setting: "skin cancer clinic",
    role: "general practitioner",
    text: `What? I spent a month in a skin cancer clinic on the Sunshine Coast. In one morning I excised three basal cell carcinomas, froze a dozen actinic keratoses and biopsied a squamous cell carcinoma on a retired builder's ear.

So what? Queensland has some of the highest skin cancer rates in the world, and it showed. I was surprised how many patients treated their skin checks like car services: routine, expected, slightly annoying. Dr. Whitford, the clinic director, taught me dermoscopy patterns I had only seen in books: arborising vessels in BCC, the "strawberry pattern" of actinic keratoses, white circles in SCC.

I also had my first close call with a missed melanoma. A faint pink patch on a woman's back looked like a seborrhoeic keratosis. Dr. Whitford asked me to look again with polarised dermoscopy and it showed irregular dotted vessels. The histology confirmed an amelanotic melanoma, Breslow 0.6 mm.

Now what? I will use the Cancer Council Australia 2019 guidelines for melanoma and keratinocyte cancer as my main reference. I will photograph and review every lesion I am not sure about, and I will stop using "seb K" as a comfortable label. I have also booked into a dermoscopy course through the Skin Cancer College next month, and I will practise using the 3-point checklist in every consult.`,
  },
  {
    id: "au-free-003",
    setting: "ear health outreach",
    role: "audiologist",
    text: `I work in a children's ear health outreach program in Central Australia, flying out with the RFDS to remote communities. Otitis media here starts earlier and lasts longer than in almost any other population in the world.

This trip I saw ⟦NAME|Jayden Kngwarraye⟧, a seven-year-old from ⟦LOCATION|Ntaria⟧ whose bone-conduction hearing aid had stopped working. The device's serial, ⟦DEVICE|BC-P6-40918735⟧, was written on his school's equipment register, which the teacher photographed and sent to me by text so I could order a replacement processor. The photo included his name, his classroom and the names of three other children with hearing aids.

I ordered the part and deleted the photo, but it bothered me. Schools hold a lot of health information about children in remote communities, because teachers are often the ones who notice when a hearing aid stops working. They need information to help, but not a register anyone can photograph.

Dr. Lim, our program's ENT surgeon, suggested we give each school a simple locked folder and a contact card, so teachers can report faults without sending identifying lists. I will draft the card this week. I'll also read the 2020 Otitis Media Guidelines for Aboriginal and Torres Strait Islander Children again, because my knowledge of management has started to feel rusty next to the practical troubleshooting I do on these trips.`,
  },
  {
    id: "au-gibbs-004",
    setting: "school oral health program",
    role: "oral health therapist",
    text: `Description: I worked on a school dental van in regional Victoria for a week, applying fluoride varnish and doing check-ups for children in Prep to Year 6.

Feelings: I enjoyed the children; I did not enjoy the consent forms.

Evaluation: We saw about forty children a day. Fluoride varnish at 22,600 ppm was applied to every child with signed consent. Many forms were missing, incomplete or signed by someone other than the parent. Two children cried until a teacher held their hand.

Analysis: The Australian Dental Association guidance on fluoride and the state's consent policy are clear: no consent, no treatment. But the children with missing forms were often those with the worst decay, probably because their families were under the most pressure. I saw one child with early childhood caries affecting every molar, and we could not treat her.

Conclusion: The consent process protected families' rights but excluded the children who needed care most.

Action plan: I'll propose phone consent with a second staff witness for families who do not return forms, as some other programs do. I'll talk with our coordinator, Ms. Tran, about sending forms home in the main community languages. I also want to learn how to talk with young children about the van before the visit, perhaps with a short story session in class, so fewer children are frightened.`,
  },
  {
    id: "au-what-005",
    setting: "GP telehealth",
    role: "GP registrar",
    text: `What? I did a video consult with ⟦NAME|Mr Barry Lindqvist⟧, a sheep farmer near Bingara, who wanted his repeat scripts and a review of a skin lesion on his scalp. He had emailed a photo from ⟦EMAIL|barry.lindqvist@bigpond.com⟧ the night before. The booking form listed his address as ⟦ADDRESS|Lot 14, Old Coach Road, Bingara NSW 2404⟧ and his appointment was on ⟦DATE|24/06/2025⟧. The lesion looked like a rough, scaly plaque on sun-damaged skin, possibly an SCC.

So what? I forwarded the email to the dermatologist, Dr. Hanlon, for advice, and realised later that his address and email were in the forwarded message. I was also uncomfortable that we had discussed his prostate results while his wife was cooking in the background; he said he didn't mind, but I hadn't asked first.

On the clinical side, the photo was blurry and taken in dim light. Dr. Hanlon recommended a biopsy, which meant the drive I had hoped to save him.

Now what? I now ask at the start of each video consult who is present and whether the patient wants to continue. I use the practice's secure messaging for specialist advice, not email forwarding. I'll also send patients a short guide to taking good skin photos, following the ACD teledermatology recommendations, because clear images save a trip.`,
  },
  {
    id: "au-free-006",
    setting: "orthoptic clinic",
    role: "orthoptist",
    text: `Most of my days are spent with children in an orthoptic clinic in Brisbane, and this week amblyopia taught me something about motivation.

A five-year-old with anisometropic amblyopia had been prescribed glasses and patching for two hours a day. Her visual acuity had barely improved in three months: 6/24 in the amblyopic eye. Her parents said she removed the patch as soon as they turned around. The clinic's last letter had simply said "compliance poor".

I asked the family what their day looked like. Both parents worked, the patch went on in the morning rush, and she hated it at kindergarten because other children teased her. Nobody had asked before.

My supervisor, Ms. Fitzgerald, suggested atropine 1% drops in the good eye on weekends as an alternative, which the PEDIG trials have shown work almost as well as patching for moderate amblyopia. We also talked about patching at home during a favourite activity, such as drawing or tablet games, rather than at kindergarten.

Six weeks later her acuity had improved to 6/12.

What I took from this: "compliance poor" hides a story every time. I now ask families about their routine before I judge adherence. I'm also planning a small audit of our letters to see how often we write "non-compliant" without an explanation.`,
  },
  {
    id: "au-gibbs-007",
    setting: "breaking bad news by phone",
    role: "dermatologist",
    text: `Description: I had to phone ⟦NAME|Mrs Beryl Anstey⟧ with her histology results: a nodular melanoma, Breslow 4.2 mm, on her upper back. She is ⟦AGE|91 years old⟧ and lives alone, and she insisted on phone results because her daughter ⟦NAME|Kerrie⟧ couldn't drive her in until the ⟦DATE|19th⟧. I'd examined her in person on ⟦DATE|2 September⟧.

Feelings: I was worried about delivering this news to someone alone in her house.

Evaluation: I asked whether anyone could be with her; she said her neighbour could come over, and I waited while she fetched him. I then used a warning shot and paused. She asked, very practically, "Is this what will kill me?" I answered honestly that it might, but that we had options, including wider excision and a discussion about sentinel node biopsy and systemic therapy.

Analysis: I had assumed someone in her nineties would want less information. I was wrong. She wanted the numbers. The 2019 Cancer Council guidelines support shared decisions regardless of age, and frailty, not age, should guide treatment choices.

Conclusion: I should not let age shape how much information I give.

Action plan: I'll ask patients of every age how much detail they want. I'll follow up phone results with a written summary and a face-to-face appointment within a week, and I'll involve the GP early. Her daughter has since set up a fundraising page, ⟦URL|https://www.gofundme.com/f/mum-beryls-melanoma-fight⟧, which our practice manager saw by chance.`,
  },
  {
    id: "au-comment-008",
    setting: "remote telehealth",
    role: "Aboriginal health practitioner",
    text: `Good reflection. In our service we ask families at first visit who the best contact is and write it in the care plan, so we are not guessing later. The Australian Commission on Safety and Quality's telehealth guide (2021) also has a section on privacy for shared phones that you might find useful.`,
  },
  {
    id: "au-comment-009",
    setting: "ear health outreach",
    role: "outreach nurse",
    text: `Thanks for writing this up. On our last trip the same school also had ⟦NAME|Jayden⟧'s hearing aid listed on a whiteboard, and a parent photographed it. Someone also parked the family's ute with rego ⟦OTHER|NT CB 47 2Q⟧ outside the clinic all day, so everyone knew who was inside.`,
  },
];
