import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: PMTCT, labour ward, sexual assault referral, youth-friendly services, TB, postnatal visits. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "PMTCT clinic",
    role: "PMTCT nurse",
    text: `
I have been a PMTCT nurse in Kano for six years. This reflection is about a woman who taught me patience.

⟦NAME|Hajiya Rabi Sani⟧, 26, tested HIV positive at her first ANC visit at 22 weeks. She is the second wife. Her husband did not know and she begged us not to tell him. She gave us a phone number, ⟦PHONE|0803 555 2194⟧, which turned out to be her younger brother's, because the husband checks her own phone. Her NIN ⟦ID|47190382615⟧ was needed for the programme register, and she was afraid even that would somehow connect back to him.

She started TLD the same day. For six weeks she came every visit, viral load dropped fast. Then she disappeared. Her brother told us she had travelled to her parents' house for ⟦DATE|Sallah⟧ and her drugs were finished.

When she came back, she had delivered at home. The baby was two days old. We gave nevirapine syrup immediately and did the birth PCR. She cried, thinking she had killed her baby. The first PCR was negative. The six-week one too.

What I learnt: our protocol assumes a woman controls her own movements. She does not. Now for every woman like her I give three months of drugs before any festival or travel, and I write the mentor mother's number, not mine, on a small card in Hausa. Our mentor mother, Aunty Ladi, has done more for retention in this clinic than any of us nurses.
`,
  },
  {
    id: "ng-what-002",
    setting: "labour ward",
    role: "house officer",
    text: `
What?
Second week of my obstetrics posting as a house officer in Ibadan. Saturday call, fourteen deliveries, one maternal near-miss. An unbooked primigravida, 19, came in after two days of labour at a mission home. Partograph? None. Fetal heart absent. Ruptured uterus at laparotomy. She survived after three units of blood; the baby did not.

So what?
I had read about obstructed labour in Williams and in my Nigerian obstetrics textbook, but seeing it was different. The registrar, Dr. Ojo, was calm the whole time. The consultant came in at midnight and did the repair. I held retractors and tried not to cry.

What I keep thinking about is the "three delays" model: delay in deciding to seek care, delay in reaching care, delay in receiving care. This girl hit all three. Her family said they waited because the church said prayer would open the way. I do not want to mock that, because faith is important to so many of our patients, but it cost a life.

Also, our labour ward has one CTG machine, and it was broken. I used a Pinard stethoscope all night.

Now what?
- Read the 2018 WHO intrapartum care recommendations on the partograph and the new labour care guide.
- Volunteer for the outreach to traditional birth attendants that Prof. Adeyemi's unit runs.
- Keep a personal log of every near-miss, so I don't forget them as the years go on.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "sexual assault referral centre",
    role: "forensic nurse",
    text: `
Description: A 12-year-old girl, ⟦NAME|Chiamaka⟧, was brought to ⟦FACILITY_ROOM|the Mirabel Centre at Lagos State University Teaching Hospital⟧ by her aunt, who lives with her at ⟦ADDRESS|14 Adeniran Street, Ikorodu, Lagos⟧. She said her lesson teacher had been "touching" her for months. The most recent time was ⟦DATE|Friday 7 June⟧.

Feelings: I was very angry at the teacher and had to keep my face calm.

Evaluation: She had a forensic exam with consent from the aunt and assent from her, HIV PEP, emergency contraception, and counselling. She was too scared to say much. Our psychologist, Mrs. Bello, used drawing to help her talk, which worked better than my questions.

Analysis: The Violence Against Persons (Prohibition) Act 2015 and the Lagos domestication cover this. The family's fear was about "shame" to the family and that the teacher was a church member. The aunt wanted to settle it quietly, which we hear a lot. I explained that a child cannot consent and that the police gender desk is there to help.

Conclusion: The medical care was good. The child protection part depended on convincing the adults.

Action plan: Follow her PEP completion at 28 days, with her HIV test at six weeks and three months. Work with our child protection officer on a plan for a safe school. I want to learn more about forensic interviewing of children, which I have never been trained in.
`,
  },
  {
    id: "ng-free-004",
    setting: "youth-friendly centre",
    role: "peer educator",
    text: `
Being a peer educator at a youth-friendly centre in Enugu is my part-time job while I study microbiology. I'm 21. Here's what I've learnt in one year.

Young people will not walk into a place that looks like a hospital. Our centre has a football screen, Wi-Fi and music. The nurse's room is at the back, and most of our HIV tests happen because someone came to watch a Premier League match.

We give out HIV self-test kits now. The oral swab one is easy, 20 minutes, and people can do it in private. The challenge is what happens after a reactive result. We have a WhatsApp line for linkage, and our counsellor, Sister Nneka, calls back within one hour.

Condoms: free, in a bowl, no questions. Emergency contraception: the pharmacist down the road sells Postinor-2, but many girls use it every weekend like regular contraception, which is not ideal. We talk to them about the implant and the injection, and Sister Nneka can insert the implant on Wednesdays.

The questions people ask me are not the ones in the training manual. "Can you get HIV from kissing?" (No.) "Does Coke after sex prevent pregnancy?" (No!) "Can my parents find out if I get the implant?" (Not from us.)

A Nollywood actress visited last month for a campaign and it was nice, but honestly the thing that keeps people coming is that we are the same age, and we don't judge.
`,
  },
  {
    id: "ng-comment-005",
    setting: "sexual assault referral centre",
    role: "clinical psychologist",
    text: `
Thank you for this reflection. For ⟦NAME|Chiamaka⟧, the drawings were a breakthrough and I'll keep seeing her weekly. I agree the hardest work was with the aunt. If you want to learn forensic interviewing, there's a short course in Abuja in the second quarter that I attended. I'll send you the details.
`,
  },
  {
    id: "ng-free-006",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `
I run a community pharmacy in Port Harcourt, near two universities. After eight years, I think pharmacists are the hidden family planning providers of Nigeria.

Every day, young women come for "the morning-after." Levonorgestrel 1.5 mg, one tablet, as soon as possible and within 72 hours. Some come every week. I try to have a quiet word: "Have you thought about something you don't need to take every time?" Many have never heard that the injection or implant exists, or they heard it causes infertility. That myth is strong.

Some other things I see: men buying tramadol and sildenafil together, which worries me. Women asking for misoprostol "for ulcer" who are clearly pregnant; I don't sell it without a prescription, but I know many places do. Girls who buy pregnancy tests and then stand at the counter unable to leave.

My pharmacy has a small consultation corner with a curtain. It's not a proper room, but it gives privacy. When someone's test is positive and she is shocked, I give her the number of the youth clinic and tell her she has options. When it's an STI problem, I refer to the general hospital instead of selling antibiotics blindly, though many customers don't like that.

The Pharmacists Council of Nigeria has said pharmacists should offer more family planning services. I agree. We just need training, supply and respect from doctors, who sometimes see us only as shopkeepers.
`,
  },
  {
    id: "ng-what-007",
    setting: "TB outreach",
    role: "community TB worker",
    text: `
What?
I do TB case finding in Benue State. In ⟦LOCATION|Ikpayongo village on the Makurdi–Aliade road⟧ I met ⟦NAME|Mr. Terver Iorhemba⟧, 48, a farmer, coughing for two months. His sputum was GeneXpert positive, rifampicin sensitive. His wife is HIV positive and on ART, which he did not know until that day. His phone is ⟦PHONE|0706 555 8831⟧.

So what?
He was angry when he heard about his wife's HIV, and then scared about his own test, which came back positive too. The clinic counsellor and I sat with them both for two hours. It was not the day for blame. It was the day to start treatment: rifampicin, isoniazid, pyrazinamide and ethambutol for two months, then four months of rifampicin and isoniazid, and ART starting within two weeks.

The children, four of them, were screened. The youngest, under five, started isoniazid preventive therapy.

Now what?
I visit every two weeks by motorbike. He refused DOT from the village health worker because people would talk. We agreed his eldest daughter, who is 16, will watch him take the drugs and text me a photo. This is not in the guideline, but it is better than nothing. I will report this at the LGA TB meeting because I think family-supported DOT should be recognised.
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "family planning clinic",
    role: "family planning nurse",
    text: `
Description: A woman came to our family planning clinic asking for removal of her Jadelle implant, inserted only eight months earlier. She had been treated for TB with rifampicin and became pregnant with the implant in place.

Feelings: I felt guilty, because we are the same service that inserted it. Nobody told her that rifampicin reduces the effect of the implant.

Evaluation: The medical facts are clear. Rifampicin is an enzyme inducer and reduces levels of levonorgestrel and etonogestrel. The WHO Medical Eligibility Criteria (2015) puts implants in category 2 with rifampicin, and advises a copper IUD or DMPA as better choices. The TB clinic and the family planning clinic are in the same compound but we don't share records.

Analysis: Our system is built in silos. HIV, TB and family planning each have their own register, their own staff and their own donors. The woman moves between all three and none of us sees the whole picture. Efavirenz has the same problem with implants, and we have many clients on older ART regimens.

Conclusion: This pregnancy was avoidable. It was a system failure, not a patient failure.

Action plan: I've made a small drug interaction chart for our consulting room (rifampicin, efavirenz, carbamazepine, phenytoin), and asked our matron, Mrs. Okeke, to let me present it to the TB and ART staff. I will also ask every client about other medicines before any method.
`,
  },
  {
    id: "ng-free-009",
    setting: "postnatal home visit",
    role: "community midwife",
    text: `
I went for a day-7 postnatal visit in Osogbo and walked right into the naming ceremony. The baby, ⟦NAME|Oluwadamilare Akinwale⟧, was being named that morning, ⟦DATE|Saturday 23 March⟧, and the compound was full. The great-grandmother, ⟦NAME|Mama Agba Abike⟧, who is ⟦AGE|94⟧, sat in the middle holding the baby while everyone took photos for Facebook. The father even shared the link with me, ⟦URL|https://www.facebook.com/groups/akinwalefamilyosogbo⟧, and asked me to "like" it.

My reason for the visit was the mother. She had a postpartum haemorrhage in the health centre and her Hb before discharge was 8.2. She looked pale and tired, and was on ferrous sulphate. In the crowd, she could not rest.

I asked her quietly if she was bleeding much. She was, a little more than normal, and she had a low fever. I examined her in a back room, her uterus was tender, and I suspected endometritis. I referred her to the health centre for antibiotics. She did not want to leave the ceremony, and her mother-in-law said "after the guests go."

It was a hard balance. I respected the culture, but I also explained the danger signs clearly, and the husband drove her in the afternoon. She got IV antibiotics and recovered.

I learnt that postnatal visits must fit into family life, not fight it. Next time, I'll ask when the naming ceremony is before I plan the visit.
`,
  },
];
