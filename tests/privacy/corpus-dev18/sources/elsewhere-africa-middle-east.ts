import { saId } from "../../corpus/gen.ts";
import type { SourceItem } from "../../corpus/types.ts";

/** Kenya, Ghana, South Africa and Egypt: 12 items. */
export const AFRICA_MIDDLE_EAST: readonly SourceItem[] = [
  {
    id: "ke-free-001",
    setting: "medical ward",
    role: "clinical medicine student",
    text: `
Second year of my clinical medicine diploma, and this term we are attached to the medical wards in Kisumu. My first clerking was ⟦NAME|Mama Atieno⟧ in ⟦FACILITY_ROOM|Bed 17, Ward 6 at JOOTRH⟧, a fish trader from the beach who came in with cryptococcal meningitis. She was very confused on the first day. Her son gave me his number, ⟦PHONE|0722 555 413⟧, and asked me to call him "if anything changes", because he works night shifts and can't stay.

Our tutor, Mr. Otieno Were, showed us how to measure the opening pressure during the LP and explained why we do therapeutic taps. The pressure was 32 cm H2O. She was started on amphotericin and flucytosine, and we checked her potassium every day.

By day five she knew my name and asked whether I was married yet, which the whole bay found very funny. I don't know how she will do in the long run, but seeing her improve because of something as simple as repeated taps made me understand why we study CSF so carefully.

I did call her son. I'm not sure I should have.
`,
  },
  {
    id: "ke-what-002",
    setting: "TB clinic",
    role: "nursing student",
    text: `
What? This week my KMTC class rotated through a TB clinic in Nairobi. Our clinical instructor, Madam Wambui, showed us how directly observed therapy works in practice: patients come, swallow their RHZE in front of the nurse, and tick a card. I calculated weight-band doses for the first time (four tablets for 55–70 kg).

So what? I expected a sad clinic. Instead it was noisy and friendly. Madam Wambui knows everyone and asks about their children. She said adherence is mostly about relationships and bus fare. One man in his forties comes on a matatu for two hours each way and has not missed a dose in four months.

Then what about the people who stop? She said we must not call them "defaulters" anymore. The word makes it their fault.

Now what? I'll revise the side effects (orange urine from rifampicin, neuropathy from isoniazid, give pyridoxine), read the 2021 national TB guidelines, and stop using "defaulter" in my notes. Wangari Maathai said we must keep doing the little things; this clinic is a lot of little things.
`,
  },
  {
    id: "ke-free-003",
    setting: "anatomy",
    role: "medical student",
    text: `
First-year MBChB in Eldoret and today was the cadaver dedication ceremony before our first dissection. Prof. Kiprono asked us to stand in silence and think about the person who chose to give their body so we could learn. I wasn't ready for how emotional the room would be. My lab partner Wanjiru held my hand.

After that it was straight into the superficial back: trapezius, latissimus dorsi, the triangle of auscultation. Prof. Kiprono quizzed us on the accessory nerve and I actually knew it.

Outside class, life is running. Everyone here runs. I go out at 6 am with my friends Kibet and Chebet on the murram roads and we talk about Eliud Kipchoge like he is our uncle. My mother calls every Sunday after church to ask if I am eating.

I came to medicine because my grandfather had diabetes and lost a leg, and nobody explained anything to him. I want to be the person who explains things.
`,
  },
  {
    id: "gh-free-001",
    setting: "community health nursing",
    role: "nursing student",
    text: `
Community health nursing rotation, second year. We followed Nurse Akua, the community health nurse, on her CHPS home visits in ⟦LOCATION|Asesewa⟧. The first house was ⟦NAME|Auntie Adwoa Boateng⟧'s. She is a kenkey seller with hypertension who stopped her nifedipine because "the tablet made my legs swell". Her BP was 182/110.

While Nurse Akua explained about ankle swelling and switching drugs, I filled in the referral form and copied her Ghana Card number, ⟦ID|GHA-718254903-4⟧, because the NHIS office wants it. I wrote it in my practical book too, for my logbook entry, and only thought about it on the tro-tro home.

What I learned: patients stop drugs for reasons that make sense to them. The leg swelling was real. Nurse Akua didn't scold her; she said "you were right to notice" and then explained. ⟦NAME|Auntie Adwoa⟧ laughed and gave us oranges.

Our tutor, Mr. Kwame Asante, says the best community nurses are detectives. I am starting to see why.
`,
  },
  {
    id: "gh-gibbs-002",
    setting: "hospital pharmacy",
    role: "pharmacy student",
    text: `
Description: My first pharmacy practice attachment as a second-year PharmD student in Kumasi. Prof. Yaw Agyeman took us through the sickle cell clinic's prescriptions: folic acid 5 mg daily, penicillin V prophylaxis for children under five, hydroxyurea for those with frequent crises.

Feelings: I felt out of my depth. I knew the pharmacology of hydroxyurea but not how to explain it to a worried parent.

Evaluation: Prof. Agyeman counselled a mother while we watched. He used simple Twi and a picture of a "curved" red cell. The mother asked whether the drug would make her daughter infertile, and he answered honestly that the data were still limited.

Analysis: I realised knowledge is not the same as counselling. Honest uncertainty built more trust than false confidence. My coursemate Efua said she would have just said "no, don't worry".

Conclusion: I need to practise saying "we don't fully know" without sounding unsure of everything.

Action plan: Read the 2014 NHLBI expert panel report on sickle cell disease, practise counselling in Twi with Efua, and attend the sickle cell awareness walk on 19 June for World Sickle Cell Day.
`,
  },
  {
    id: "gh-comment-003",
    setting: "hospital pharmacy",
    role: "pharmacy lecturer",
    text: `
A very mature reflection, Nana. Saying "we don't fully know" is a skill; keep practising it. For your next entry, link your thoughts to the communication framework we covered in Level 200. And yes, bring Efua and the rest of your group to the awareness walk — the department will provide T-shirts. — Prof. Y. Agyeman
`,
  },
  {
    id: "za-free-001",
    setting: "home-based care",
    role: "nursing student",
    text: `
My first-year community placement is with a ward-based outreach team in Soweto. Yesterday we visited ⟦NAME|Gogo Dlamini⟧ at ⟦ADDRESS|2231 Mputhi Street, Zola, Soweto⟧. She looks after three grandchildren on her pension and has uncontrolled diabetes. The community health worker, Sis Thandi, read her ID number to the clinic over the phone so they could pull her file — ⟦ID|${saId("530614081208")}⟧ — and I wrote it down to help, then realised I didn't need to.

Her sugar was 19.4 mmol/L. She had run out of metformin because the clinic queue starts at 4am and she can't leave the children. Sis Thandi arranged for her to get her medicines through the CCMDD pickup point at the spaza down the road.

I learned more about diabetes in that kitchen than in our whole pharmacology block. Our lecturer, Ms. Naidoo, always says "the patient's life is the treatment plan." Now I know what she means.

Going home in the taxi I phoned my own gogo. She laughed at me for being emotional.
`,
  },
  {
    id: "za-what-002",
    setting: "respiratory physiotherapy",
    role: "physiotherapy student",
    text: `
Using Driscoll's model, as our clinical educator asked.

What? Second-year physio at UCT, first respiratory block. I watched my clinical educator, Ms. Lerato Mokoena, treat a man in his thirties recovering from drug-resistant TB. She used the active cycle of breathing techniques and showed me how to assess chest expansion and listen for bronchial breathing. His saturation was 91% on room air, his six-minute walk was 280 m.

So what? I expected physio for TB to be about the lungs only. It was about stamina, fear and money. He wanted to go back to work as a taxi marshal but couldn't stand for long. Lerato set goals around standing tolerance, not just spirometry.

Now what? I'll read the 2018 WHO guidelines on DR-TB and practise ACBT with my classmate Sipho until I can teach it without notes. And I'll keep my weekends for rugby with my brothers; watching Siya Kolisi lift the cup in 2019 is still the reason I wanted to work in sport one day.
`,
  },
  {
    id: "za-free-003",
    setting: "emergency department",
    role: "medical student",
    text: `
Second-year MBBCh at Wits, and this month we did evening shifts in casualty as observers. On ⟦DATE|Friday 12 July⟧ a young man came in after a taxi crash on the M1. ⟦NAME|Thabo Mokoena⟧, 24, broken femur, very brave, kept asking whether his soccer season was over. The registrar, Dr. Nkosi, let me feel for distal pulses and explained the Thomas splint.

The next day he sent me a friend request. I found his profile, ⟦URL|https://www.facebook.com/thabo.mokoena.7712⟧, full of photos of his team, and he had already posted a picture of his leg in traction with the caption "Casualty life". I didn't accept. I talked to Dr. Nkosi, who said the HPCSA rules are clear and that the kindest thing is to be professional.

I still think about him. I hope his femur heals straight and he plays again next season.
`,
  },
  {
    id: "eg-free-001",
    setting: "internal medicine ward",
    role: "medical student",
    text: `
I am in my second year at Cairo University, and this was our first clinical skills session on a real ward at ⟦FACILITY_ROOM|Kasr Al Ainy⟧. Dr. Mona Hassan chose ⟦NAME|Hagga Fatma⟧ for us because she "loves students". She has liver cirrhosis after schistosomiasis, like many patients from the villages of the Delta. She was admitted on ⟦DATE|the first day of Eid al-Adha⟧ with haematemesis and she told us she had been cooking the fattah when she started vomiting blood.

Dr. Mona taught us to look for palmar erythema, spider naevi and caput medusae. I felt the spleen for the first time — it was huge. Albumin 2.6, bilirubin 3.1, so she is Child-Pugh C.

I want to remember the way Dr. Mona spoke to her: "ya Hagga" before every question, always asking permission. My own grandmother would have liked her.

In the evening I told my father, who is an engineer, and he said the Nile gives and takes. I think he meant the schistosomiasis.
`,
  },
  {
    id: "eg-what-002",
    setting: "community pharmacy",
    role: "pharmacy student",
    text: `
What? During Ramadan I did my summer training in a community pharmacy in Alexandria, under Dr. Yasmine Fawzy. Most evenings after iftar the pharmacy was full: antacids, ORS, and people asking how to change insulin doses while fasting. Dr. Yasmine used the IDF-DAR 2021 guidelines to advise reducing the long-acting insulin by 20% and moving the sulfonylurea to iftar.

So what? I realised pharmacists in Egypt are often the first and only health professional people see. Many of them never go to a doctor. That is a lot of responsibility for a second-year student to watch. I also saw that Dr. Yasmine always said "go to your doctor" when someone had chest pain, even when they begged her for a tablet.

Now what? I want to learn the drug–fasting guidance properly and practise counselling in simple Arabic without English drug names. My professor, Dr. Samir, says Magdi Yacoub started with the same curiosity. I doubt I'll do heart transplants, but I can be careful.
`,
  },
  {
    id: "eg-comment-003",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
Well written, Salma. You noticed the most important thing: people come to us before anyone else. Please add the hypoglycaemia rules to your notes — break the fast if glucose is below 70 mg/dL. And next summer you are welcome back; the night shift in Ramadan is always a good teacher. — Dr. Yasmine Fawzy
`,
  },
];
