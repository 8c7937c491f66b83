import type { SourceItem } from "../../corpus/types.ts";

/** Eastern Europe (Poland, Romania, Ukraine) and the Andes (Peru, Bolivia). */
export const EUROPE_ANDES: readonly SourceItem[] = [
  {
    id: "pl-free-001",
    setting: "ophthalmology",
    role: "ophthalmology resident",
    text: `Anti-VEGF injection day in our eye clinic: forty-one intravitreal injections in one morning, mostly for wet AMD, a few for diabetic macular oedema. It is a production line and I am one of the machines.

One patient broke the rhythm. ⟦NAME|Pani Halina Wójcik⟧, who is ⟦AGE|91⟧, comes every eight weeks by bus from ⟦LOCATION|Stara Wieś pod Limanową⟧, two changes and nearly three hours each way. She brings the nurses a jar of plum jam every time. On ⟦DATE|14 lutego⟧ she told me, in the chair, with the speculum in, that this would be her last injection, because her neighbour who used to take her to the bus stop had died.

I finished the injection (aflibercept 2 mg, no problems) and then, instead of calling the next patient, I sat with her. Her vision in that eye is 0.4 on the decimal chart; she still reads her prayer book with it. Stopping would mean losing that within months.

Our social worker found a volunteer transport service from the parish, and we stretched her interval to twelve weeks using a treat-and-extend protocol, which her OCT allowed. My consultant, dr Nowak, said that the most important part of the treatment plan is how the patient gets to the clinic. I want to ask about transport at the first visit from now on, not at the last one.`,
  },
  {
    id: "pl-what-002",
    setting: "dermatology",
    role: "medical student",
    text: `**What?** On my dermatology placement in Kraków I saw a patient with severe psoriasis — plaques covering about 30% of his body surface, PASI 24, DLQI 21 — who had been using only emollients and coal tar for years. He was a construction worker in his forties and had never been offered systemic therapy.

**So what?** The consultant, prof. Lewandowska, started methotrexate with folic acid and explained that if that failed, he could qualify for a biologic through the national drug programme. He said he had thought psoriasis was "a skin thing, nothing to be done". He also had painful swollen fingers — dactylitis — which nobody had linked to his skin. Psoriatic arthritis.

**Now what?** I learned to ask every patient with psoriasis about their joints and about how it affects their life, not just about the plaques. The DLQI score told me more about this man than the PASI did: he had stopped going to the swimming pool with his children. I'm going to practise the PEST questionnaire for psoriatic arthritis screening so I do it automatically.`,
  },
  {
    id: "pl-comment-003",
    setting: "ophthalmology",
    role: "ophthalmic nurse",
    text: `Thank you for writing this. Transport is the thing we forget most often. In our clinic we now ask at the first anti-VEGF visit: how will you get here every month for two years? If the answer is "my son, when he has time", we call the social worker that day. Small question, big difference in who keeps coming.`,
  },
  {
    id: "ro-free-001",
    setting: "dermatology",
    role: "dermatology resident",
    text: `I am a dermatology resident in Cluj. Last week a mother brought her 12-year-old son with a large congenital melanocytic naevus on his back that had developed a new nodule. She had found us through a Facebook group for parents of children with giant naevi, and she showed me the post she had written there, with photos of her son's back and his full name: ⟦NAME|Andrei-Ionuț Popa⟧. The group is public: ⟦URL|https://www.facebook.com/groups/nevi.gigantici.ro/posts/1184720⟧.

She also handed me a paper from the family doctor with his CNP, ⟦ID|5130417125803⟧, written large across the top.

The nodule turned out to be a proliferative nodule, benign, on excision. But I keep thinking about the post. It has more than two hundred comments, some of them from strangers suggesting "natural" treatments. Parents find support in these groups, and I don't want to take that away. But I'd like to show them how to share their story without their child's name and body being searchable for the rest of his life.

Our clinic is now preparing a short leaflet for families about online groups. Our head of department, conf. dr. Muresan, asked me to write the first draft.`,
  },
  {
    id: "ro-gibbs-002",
    setting: "community oral health",
    role: "dentist",
    text: `Description: I volunteered for two weeks with a mobile dental unit visiting villages in eastern Romania. Many of the patients were Roma families. Children had high levels of early childhood caries; several adults had never seen a dentist.

Feelings: Guilty, at first, that I had lived a short drive away from this and never seen it.

Evaluation: The unit did many extractions and fillings and taught brushing. But we came and went, and there is no dentist for forty kilometres.

Analysis: I was thinking of the problem as lack of dentists. The Roma health mediators — women from the community trained to link families with services — told us the bigger problem was trust, documents (no ID card means no health insurance), and the cost of the bus. One mediator, Doamna Lăcătuș, knew every family by name and arranged every appointment we had.

Conclusion: Without the mediators we would have seen a fraction of the patients.

Action plan: I want to help build a programme in which mediators are trained in basic oral health promotion, with fluoride varnish for children, so the prevention continues after the unit leaves.`,
  },
  {
    id: "ua-free-001",
    setting: "ENT",
    role: "ENT surgeon",
    text: `Blast injuries to the ears are now a daily part of my work in an ENT department in Dnipro. Ruptured eardrums, sensorineural hearing loss, tinnitus that does not stop. Most of our patients are soldiers, but many are civilians.

One patient I'll call by his callsign, as everyone did on the ward: ⟦OTHER|"Bortnyk" of the 93rd, the drone operator from Pokrovsk⟧. He had bilateral traumatic perforations and a mixed hearing loss after a shell landed near his position on ⟦DATE|3 серпня⟧. He was in ⟦FACILITY_ROOM|Palata 6, bed 2⟧ for five days. He wanted to go back to his unit as soon as possible, and he wanted his hearing aids "military-grade". His wife ⟦NAME|Oksana⟧ was less enthusiastic about him going back.

We did myringoplasty on one side; the other healed on its own. His hearing remains reduced in the high frequencies, and his tinnitus is constant.

The difficult part was not the surgery. It was the question of whether his hearing was good enough to do his job safely, and who should decide. I wrote what I found, honestly. The medical commission decided.

I am learning that in war, an ENT surgeon writes documents with consequences beyond the ear.`,
  },
  {
    id: "ua-what-002",
    setting: "audiology",
    role: "audiologist",
    text: `What? I run a hearing clinic in Lviv for people displaced from the east. Many older patients lost their hearing aids when they fled. Some left without them; some had them but no batteries, no chargers, no audiologist who knew their settings.

So what? An older person who cannot hear is isolated even among family, and much more so in a shelter or a new city. I saw a woman in her seventies who had stopped speaking to anyone in the dormitory because she could not follow conversations. She was thought to have dementia. With two hearing aids from a donation programme, she was talking within an hour.

Now what? We are working with an international NGO to keep a stock of refurbished aids and batteries, and we have trained volunteers in basic cleaning and troubleshooting. I want to add a simple hearing screen (a whisper test and an app-based screener) to the health check at the shelters, because many people don't know or don't say that they cannot hear. My colleague, Dr. Koval, is translating our materials into Russian and Crimean Tatar as well as Ukrainian.`,
  },
  {
    id: "pe-free-001",
    setting: "cataract camp",
    role: "ophthalmology resident",
    text: `Cataract campaign in the highlands of Cusco, at about 3,800 metres. Our team operated on 96 eyes in four days. The patients came from communities that are a day's walk from the nearest road.

On ⟦DATE|2 de junio⟧, the second day, a woman in her seventies came with her son. ⟦NAME|Doña Felícitas Quispe Huamán⟧, from the community of ⟦LOCATION|Ccollpa, above Ocongate⟧. She spoke only Quechua. Her DNI was ⟦ID|23918472⟧. She had been blind in both eyes for three years and had stopped weaving, which was how she had earned money for the household.

We operated on her right eye. The next morning, when the patch was removed, she looked at her son and said "Allinmi" — it is good — and then asked for her weaving to be brought to her. He laughed and said it was at home, two days' walk away.

I spent the week feeling useful in a way that hospital work rarely allows. But I also noticed how much depends on translators, the local health promoters who walked from community to community to tell people about the campaign, and a follow-up system that barely exists. Our coordinator, Dr. Salas, says the campaign works only because the health promoters are trusted. I agree.`,
  },
  {
    id: "pe-gibbs-002",
    setting: "dermatology",
    role: "dermatology resident",
    text: `Description: Dermatology outreach to the Amazon region of Peru. Most cases were superficial fungal infections, scabies and pyoderma. One young man had an ulcer on his leg with raised edges, present for three months — a typical case of cutaneous leishmaniasis, confirmed by smear.

Feelings: I felt confident about the diagnosis but worried about the treatment.

Evaluation: The standard treatment is meglumine antimoniate injections for twenty days. He had to travel by boat to get to the health post. He asked whether it could be tablets instead.

Analysis: The injections are painful and toxic, need monitoring, and twenty days of travel is a lot to ask. Miltefosine tablets exist, but supply is unreliable in the region, and it cannot be given to women who might become pregnant without contraception.

Conclusion: The best treatment on paper is not always the best treatment for the patient in front of you.

Action plan: I discussed with my supervisor, Dra. Vargas, options such as thermotherapy or intralesional treatment for small lesions, and I want to review the evidence for those options for our next outreach.`,
  },
  {
    id: "pe-comment-003",
    setting: "cataract camp",
    role: "health promoter",
    text: `Qué bonito, doctor. I was one of the promoters on that campaign. ⟦NAME|Doña Felícitas⟧ sent a message through her son that she is weaving again — a chumpi for her granddaughter's baptism. She wants the second eye done. Her son's phone is ⟦PHONE|984 555 217⟧ if the team can call him about the next campaign up there.`,
  },
  {
    id: "bo-what-001",
    setting: "ophthalmology",
    role: "optometrist",
    text: `**What?** Eye screening in a market in El Alto, at over 4,000 metres. Most adults we examined had pterygium, many had early cataracts, and almost nobody wore sunglasses or hats with brims. Ultraviolet exposure at this altitude is extreme.

**So what?** Pterygium is usually a cosmetic problem until it grows over the visual axis, and then it needs surgery that often recurs. Cataract at forty-five is common here. People told us they thought sunglasses were for tourists. Market vendors sit in the sun for ten hours a day.

**Now what?** Our group, with a local NGO, started distributing low-cost UV-blocking glasses at market days and teaching about hat use, with a radio spot in Aymara and Spanish. We also referred several people with pterygium covering the pupil to the eye unit for excision with conjunctival autograft. Our coordinator, Lic. Mamani, is looking for funding for a simple cohort study to see whether use continues. Prevention here is cheaper than any surgery.`,
  },
  {
    id: "bo-free-002",
    setting: "ENT",
    role: "ENT resident",
    text: `Night shift in the ENT emergency service in Oruro during Carnaval. Drums and brass bands until 5 a.m., and a queue of injured dancers.

The case I want to remember: ⟦NAME|Don Teodoro Choque⟧, a morenada dancer, who came on the night of ⟦DATE|the Saturday of the Entrada⟧ with a nasal fracture and a septal haematoma after he fell in his heavy costume. The haematoma needed drainage straight away to prevent a saddle nose. We drained it, packed it, and started antibiotics. He insisted on going back to his fraternity, ⟦OTHER|the Morenada Central's block of the ninth row, the one with the silver masks⟧, and asked me to promise not to tell his wife, ⟦NAME|Doña Sabina⟧.

I did not promise anything, but I did not tell her either. She found out anyway.

What I learned: a septal haematoma is an emergency — necrosis of the cartilage within days. But the other lesson was that medicine during a festival is about negotiation. We gave him a plan and made him repeat it. He came back on Monday for the pack removal, hoarse from singing.`,
  },
];
