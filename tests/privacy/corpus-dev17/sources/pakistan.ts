import type { SourceItem } from "../../corpus/types.ts";

/** Pakistan. */
export const PK: SourceItem[] = [
  {
    id: "pk-free-001",
    setting: "paediatric haematology",
    role: "paediatrics resident",
    text: `Transfusion day in the thalassaemia day-care, Lahore. Forty-three children booked, twenty-eight beds, and the generator went off twice.

The one I keep thinking about is ⟦NAME|Hamza⟧, seven, thalassaemia major, transfused every three weeks since he was eight months old. Ferritin 4,200 ng/mL, which means his deferasirox isn't working or isn't being given. He was in ⟦FACILITY_ROOM|Bed 11, Thalassaemia Day Care, Children's Hospital Lahore⟧ with his father, ⟦NAME|Muhammad Riaz⟧, who drives a rickshaw and loses a day's earnings every time they come. His B-form number is ⟦ID|35202-8843127-5⟧ and the father wrote his mobile, ⟦PHONE|0300 5552718⟧, on the transfusion card in case the blood bank needs to call about a donor.

I asked about the deferasirox. The father looked at his shoes. It costs more than he earns in a week; the free supply from the society ran out in the spring. So ⟦NAME|Hamza⟧ takes it "when we have it."

Our consultant, Dr. Shazia Malik, said that in her twenty years here the biggest killer of these children has not been thalassaemia, it has been iron and money. She rang the welfare office while we stood there. We also talked about HLA typing of the siblings for a transplant, which the father had never heard of.

I don't know what the right answer is for a whole country where cousin marriage is common and carrier screening isn't. What I know is that ⟦NAME|Hamza⟧'s father drove him here at five in the morning, in his own rickshaw, and waited all day.`,
  },
  {
    id: "pk-comment-002",
    setting: "paediatric haematology",
    role: "haematology registrar",
    text: `@dr_hira@mastodon.pk iron and money, exactly. The Punjab Thalassaemia Prevention Programme and the TIF guidelines are the two things I'd show any new resident: https://thalassaemia.org.cy/publications/tif-publications/ — the chelation chapter is realistic about cost. Also ask whether the family knows about the pre-marital carrier screening in their district. #Thalassaemia #PaedsHaematology #Pakistan`,
  },
  {
    id: "pk-what-003",
    setting: "refugee mental health",
    role: "psychiatry trainee",
    text: `What? A community psychiatry camp day near Peshawar with an NGO. A 38-year-old Afghan woman, ⟦NAME|Bibi Gul Pari⟧, came because she "could not stop the shaking." She lives in ⟦LOCATION|Block D of the Kacha Garhi settlement, the lane behind the old flour mill⟧. Her husband was deported in the ⟦DATE|first week of Rabi ul Awal⟧, and since then she has not slept more than two hours a night. She showed us her Proof of Registration card, number ⟦ID|PK-RF-0093381⟧, because she has been asked for it at every checkpoint and carries it everywhere.

So what? I arrived ready to diagnose PTSD or a depressive episode and give her sertraline. The trembling was real, but the fear was reasonable: she could be sent back too. My supervisor, Dr. Ayesha Khattak, said, "Before you treat her mind, ask what has happened to her documents." I had not thought of it as a psychiatric question.

We used the WHO's Problem Management Plus approach, which our lady health visitor, Shabana, has been trained in: identify one practical problem, one thing to do this week, one person to talk to. Her problem was the card renewal. Her person was her sister-in-law.

Now what? A referral to the legal aid desk. A follow-up by Shabana in two weeks. A low dose of sertraline only if the sleep and the panic continue. And for me, reading about how legal status affects mental health, which no exam has asked me about.`,
  },
  {
    id: "pk-gibbs-004",
    setting: "primary care",
    role: "family medicine trainee",
    text: `Description. Family medicine clinic in Karachi, FCPS training. I audited my hypertension patients: 64 adults, a third with BP above 160/100 at their last visit, most on amlodipine 5 mg alone.

Feelings. Disappointed, then curious. I thought I was prescribing well.

Evaluation. The drugs were fine; the follow-up wasn't. Almost half had not come back within three months. When we phoned twenty of them, the reasons were transport, cost of the tablets, and "I felt fine so I stopped."

Analysis. My supervisor, Dr. Farhan Siddiqui, reminded me that the Lady Health Worker Programme, started in 1994, still reaches many households in Sindh, and that task-sharing BP checks with LHWs has been studied in the COBRA-BPS trial published in 2020 in Nature Medicine, with modest but real reductions. He also said, less academically, "The patient's home is ten minutes from the LHW and two hours from you."

The WHO HEARTS package recommends simple fixed protocols: amlodipine, then a higher dose, then losartan, then a diuretic. I had been improvising, which is fine for me and confusing for everyone else.

Conclusion. A simple protocol that everyone follows beats a clever one that only I understand.

Action plan. Print the HEARTS protocol for the clinic wall; phone recall at six weeks; try a joint session with the two LHWs attached to our area; re-audit in six months and present at the departmental meeting.`,
  },
  {
    id: "pk-free-005",
    setting: "palliative care",
    role: "palliative care fellow",
    text: `Dear ⟦NAME|Amma Zubaida⟧,

Your grandson asked me to write something for your chehlum and I couldn't. So I am writing this for myself instead.

You were ⟦AGE|91⟧ when you came to us in ⟦FACILITY_ROOM|Room 7 of the palliative unit at Al-Noor Trust Hospital, Multan⟧, with cancer of the gallbladder and skin as yellow as the turmeric you told me to put in my milk. You told every nurse you had delivered half the babies in your mohalla, and that most of them now had grey hair. You called me "beta doctor" and asked whether my mother knew how thin I was.

You did not want to be told how long. You told me that clearly on the first day: "Allah knows, and you don't need to." I wrote it in the notes and made sure nobody forgot it, even when your sons wanted us to "try everything" and asked about a stent in Lahore. Dr. Tariq sat with them for an hour, in Saraiki, and they came back quieter.

The subcutaneous morphine and midazolam worked. The haloperidol for the vomiting worked. The thing that worked best was your daughter-in-law reading Surah Yaseen in the evenings while you held her wrist.

You died after Fajr on ⟦DATE|14 Jamadi ul Awal⟧, with the window open and the pigeons going off the roof.

Your grandson said you'd have told me to eat something. I have.`,
  },
  {
    id: "pk-free-006",
    setting: "adult mental health",
    role: "house officer",
    text: `House job diary, psychiatry unit, Rawalpindi. Week 4.

Monday. Ward round with Prof. Rizwan Taj's old registrar, now our assistant professor, Dr. Saima. She makes us read each patient's history aloud before we are allowed to say a diagnosis. It takes forever. It works.

Tuesday. ECT list. I'd been nervous about it since reading One Flew Over the Cuckoo's Nest at sixteen. The reality: propofol, suxamethonium, a bite block, a 40-second seizure on the EEG, and a man who woke up and asked for tea. The Mental Health Ordinance of 2001 sets out consent, and we went through it twice.

Wednesday. A man in his thirties with treatment-resistant schizophrenia started clozapine. 12.5 mg at night. ANC and ECG baseline done. His mother asked whether it would make him "normal" and I said I didn't know what normal was, which was honest and not very helpful.

Thursday. A lecture on jinn possession and psychosis by a visiting professor from Lahore, who was very good on how to talk to faith healers without insulting them or their patients.

Friday. Half-day. Cricket on the roof with the nursing staff. Dr. Saima bowls leg spin, it turns out.

What I'm learning: psychiatry here is mostly families. The patient rarely comes alone, and often the person who needs help most is the one holding the file.`,
  },
  {
    id: "pk-what-007",
    setting: "prison health",
    role: "medical officer",
    text: `What? I am the junior medical officer at a district jail in Punjab. Last month a 22-year-old prisoner, ⟦NAME|Waqas Ahmed⟧, prisoner number ⟦ID|4417/UT⟧, was moved to ⟦FACILITY_ROOM|the TB isolation barrack of District Jail Sahiwal⟧ with smear-positive pulmonary TB. He stopped eating three days into treatment and told the warder he wanted to die. He is an under-trial prisoner; his case has not been heard in fourteen months.

So what? I treated the TB and forgot the man. Isoniazid, rifampicin, pyrazinamide, ethambutol, pyridoxine — all correct, all on time. It was the head warder, not me, who noticed that nobody had visited him since his transfer. His mother lives in another district and has no money for the bus. The PHQ-9 I did afterwards was 21.

Isolation for infection control is also isolation. The Nelson Mandela Rules say prisoners with mental illness should get treatment, and my supervisor from the provincial health department, Dr. Nabeel, says that in practice the only psychiatrist visits once a month.

Now what? With the superintendent's permission we arranged a phone call with his mother, at ⟦PHONE|0341 5557209⟧, every Sunday. I've started fluoxetine 20 mg and referred him to the visiting psychiatrist. I'm writing to the legal aid cell about his case, and I'm going to screen everyone in the TB barrack with the PHQ-9.`,
  },
  {
    id: "pk-free-008",
    setting: "care of older people",
    role: "medical student",
    text: `Old man in the rural health centre, a poem (fourth year, community posting, Sindh)

He has walked from the canal since Fajr,
his chappals tied with wire,
and he sits on the bench with the patience
of someone who has waited for rain his whole life.

The dispenser writes "old age" on the slip.
Old age is not a diagnosis, our professor says,
but there is no box for loneliness,
no box for the son in Dubai
whose voice comes once a week through a cracked phone.

BP 170/100. Sugar 240. A cataract
as white as the cotton he used to pick.
We give amlodipine, metformin,
a date for the eye camp in the city,
and he thanks us as if we'd given him a field.

On the bus back we argue about cricket.
I do not tell my friends that I looked back
and he was still on the bench,
the slip folded into his cap,
waiting for someone to walk him home.`,
  },
  {
    id: "pk-comment-009",
    setting: "prison health",
    role: "public health faculty",
    text: `Your supervisor's comment: "I treated the TB and forgot the man." Honest and important. But please remove ⟦NAME|Waqas Ahmed⟧'s name, his prisoner number and the jail from the version you share — under-trial prisoners are easy to identify from a news search. The Mandela Rules reference is good; add the WHO prison health guide. Excellent action plan.`,
  },
];
