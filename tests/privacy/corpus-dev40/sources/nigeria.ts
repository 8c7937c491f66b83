import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: 9 items, 5 with identifiers, 1 comment. */
export const NG: SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "post-abortion care",
    role: "house officer",
    text: `
I was the house officer on call in the gynae emergency of ⟦FACILITY_ROOM|ESUT Teaching Hospital, Parklane⟧ when ⟦NAME|Mama Nkechi⟧ brought in her daughter, ⟦NAME|Chiamaka Okafor⟧, a 20-year-old undergraduate. She was febrile at 39.2 and had foul-smelling discharge four days after an unsafe abortion at a "chemist" near her campus. Her mother wrote her NIN, ⟦ID|48210337615⟧, on the consent form and gave her own number, ⟦PHONE|0803 555 2714⟧.

Abortion is illegal in most circumstances in Nigeria, and I noticed how this shaped everything. ⟦NAME|Chiamaka⟧ insisted she had "just started bleeding". Her mother knew the truth and kept quiet. The nurse on duty muttered something about sin. My registrar, Dr Emeka Udeh, stopped her politely but firmly and said that post-abortion care is emergency care, not a moral test.

We resuscitated with IV fluids, started ceftriaxone, metronidazole and gentamicin, and evacuated the uterus with MVA under sedation. Her haemoglobin was 7.4 and she needed two units. She recovered.

Before discharge, Dr Udeh offered her contraception and she chose the implant. Her mother cried and said she would rather her daughter be alive than be "a good girl". I learned that my job in that room was to keep her alive and to keep judgement out, and that I need to get better at explaining that to colleagues.
`,
  },
  {
    id: "ng-what-002",
    setting: "obstetric fistula",
    role: "house officer",
    text: `
**What?** I spent two weeks at a VVF centre in Katsina during my house job. I assisted Dr Aminu Bello with repairs, and I took histories from women who had lived with fistula for years, most after prolonged obstructed labour at a young age.

**So what?** I had read about fistula in textbooks as a problem of "the past". It is not. The women were mostly between sixteen and thirty. Many had been divorced. Dr Bello explained the Waaldijk classification and showed me how he chooses a vaginal approach for most repairs. The success rate at first attempt in that centre was about 85%, but for women with extensive urethral damage, continence after repair is still a problem.

I was moved by the women's hope and also their fear of going home. One woman asked whether she could have another baby. Dr Bello said yes, but only by caesarean section, and wrote it in bold on her discharge card.

**Now what?** I want to understand the prevention side: partograph use, access to emergency obstetric care, and delaying first pregnancy. I will read the FIGO fistula training manual and I am considering a public health elective in northern Nigeria. I also want to talk about fistula with my own colleagues in the south, where many think it does not happen.
`,
  },
  {
    id: "ng-gibbs-003",
    setting: "gender-based violence",
    role: "nurse",
    text: `
**Description.** I work in a sexual assault referral centre in Lagos. A 17-year-old girl, ⟦NAME|Blessing⟧, was brought in by a neighbour, ⟦NAME|Iya Basira⟧, after being assaulted by her stepfather. She lived at ⟦ADDRESS|14 Alhaji Bashorun Street, off Ojuelegba Road, Surulere, Lagos⟧, and the neighbour wanted the police involved immediately.

**Feelings.** I was shaking with anger but tried to keep my voice soft.

**Evaluation.** We gave emergency contraception, HIV PEP and STI prophylaxis within 48 hours, and did a forensic exam with her consent. The social worker, Mrs Adaeze Nwosu, started a safety plan. What went badly was that the police officer who came wanted ⟦NAME|Blessing⟧ to repeat her story in the corridor.

**Analysis.** The Violence Against Persons (Prohibition) Act 2015 applies in Lagos, and the Child's Rights Law protects minors. The protocol says one detailed interview, in private, to avoid retraumatising. I was afraid to challenge the police officer but I eventually asked him to wait for the social worker.

**Conclusion.** I need to be confident enough to protect the patient even from people who are trying to help.

**Action plan.** I will request training on trauma-informed interviewing and ask our centre to create a private room for police statements.
`,
  },
  {
    id: "ng-free-004",
    setting: "community pharmacy",
    role: "pharmacist",
    text: `
I run a community pharmacy in Abuja. Young women come in most days for Postinor-2, the levonorgestrel emergency contraceptive, and many use it as their main contraception, sometimes several times a month. For years I simply sold it.

After a continuing education session by the Pharmaceutical Society of Nigeria, I started to reflect on this. Repeated use of emergency contraception is not dangerous, but it is less effective than regular methods and causes irregular bleeding, which often brings women back worried they are pregnant. I was not helping them by saying nothing.

Now I ask two questions: "Are you using anything regularly?" and "Would you like to know about other options?" Most say no to the first and yes to the second. I tell them about the pill, injectables and implants, and I refer them to the family planning clinic at the primary health centre, where implants are free.

Some women are offended, and I have learned to say that I ask everyone. My colleague, Pharm. Tunde Adebayo, keeps a small card with the clinic's opening hours for customers to take. We also now stock the one-tablet levonorgestrel 1.5 mg, which is easier to use than the two-tablet pack. I still respect their choice, but now it is an informed one.
`,
  },
  {
    id: "ng-free-005",
    setting: "gynaecology ward",
    role: "resident doctor",
    text: `
⟦NAME|Mama Ibeji Adeoti⟧, ⟦AGE|92⟧, was carried into ⟦FACILITY_ROOM|Female Gynae Ward, bed 9, University College Hospital Ibadan⟧ by two of her grandsons. She had a procidentia that had been out for years and was now ulcerated and bleeding. In her compound in ⟦LOCATION|Oke-Ado, behind the old Lafia hotel⟧, everyone knew her as the one who had delivered half the street's children as a traditional birth attendant.

She refused a vaginal hysterectomy, saying "my womb has done its work, leave it where God put it". Our consultant, Dr Olufunke Akinwale, respected that. We reduced the prolapse after soaking it with glycerine and magnesium sulphate dressings, treated the ulcers with oestrogen cream, and fitted a Gellhorn pessary.

I was impatient. I thought surgery was the obvious answer, and I felt she was being stubborn. Dr Akinwale reminded me that a ⟦AGE|92-year-old⟧ woman has the right to choose less. ⟦NAME|Mama Ibeji⟧ taught me, in Yoruba mixed with midwifery terms, how she used to manage breech deliveries. I left the ward humbled.

At follow-up the pessary was still in place and the ulcers had healed. I have learned that respecting autonomy is harder when I disagree, and that is exactly when it matters most.
`,
  },
  {
    id: "ng-what-006",
    setting: "cervical screening",
    role: "community health extension worker",
    text: `
**What?** I am a CHEW at a primary health centre in Ebonyi State. We started offering visual inspection with acetic acid (VIA) for cervical cancer screening this year, after a training by a partner NGO. On our first screening day we saw 46 women, and four were VIA positive. We treated three with thermal ablation on the spot and referred one to the teaching hospital because the lesion was too large.

**So what?** I had been afraid that women would refuse a speculum exam. Some did. But many came because the women's leader in the community told them it was "to check the mouth of the womb". I learned that trust in the messenger matters more than the message. I also realised how few women had heard of cervical cancer, even though it kills many women in Nigeria.

**Now what?** I want to learn HPV self-sampling, which the WHO recommends in its 2021 guideline, because it could reach women who refuse the speculum. Our supervisor, Mrs Ngozi Eze, has asked the state to include us in the HPV vaccine rollout for girls aged nine to fourteen, and I want to be part of the school visits.
`,
  },
  {
    id: "ng-comment-007",
    setting: "peer comment",
    role: "medical student",
    text: `
This moved me. I did my posting at ⟦FACILITY_ROOM|UCH⟧ too, and I remember ⟦NAME|Mama Ibeji⟧ telling us about breech deliveries while the registrar was trying to take her BP. She called every student "omo mi". Dr Akinwale's line about the right to choose less is something I wrote in my logbook that day.
`,
  },
  {
    id: "ng-free-008",
    setting: "adolescent sexual health",
    role: "medical student",
    text: `
For my community medicine posting in Ile-Ife, our group ran a sexual health session for secondary school girls. We prepared slides on the menstrual cycle, contraception and STIs. Within ten minutes, we realised the slides were useless.

The girls' questions were not in our slides. They asked whether you can get pregnant the first time, whether using a tampon makes you lose your virginity, whether "Coke and Panadol" after sex prevents pregnancy, and whether it is true that a boyfriend can tell if you have had an abortion. Our facilitator, Dr Kemi Ogunleye, told us to put the slides away and answer every question honestly.

I was embarrassed at first, because the teachers were in the room. Dr Ogunleye asked the teachers to step out, which changed the atmosphere completely. The girls laughed, argued and asked harder questions. One asked how to say no without losing the boy.

I learned that comprehensive sexuality education is about answering the real questions, not delivering a curriculum. Nigeria's Family Life and HIV Education curriculum exists, but it is often taught with the embarrassing parts skipped. Next time I would start with an anonymous question box, and we have suggested to the school that they make it a regular session with a female health worker.
`,
  },
  {
    id: "ng-free-009",
    setting: "contraception clinic",
    role: "nurse",
    text: `
I am a family planning nurse at a general hospital in Kano. ⟦NAME|Hajiya Rabi⟧ came to remove her Jadelle implant only eleven months after insertion, because her husband wanted another child. Her folder number was ⟦ID|GHK/FP/0931/22⟧, and our register showed the implant lot as ⟦DEVICE|Jadelle lot 7K2941⟧, inserted on ⟦DATE|18/07/2022⟧.

When I was alone with her, she told me the removal was not her wish. She had five children, and her last delivery was difficult. She asked whether I could remove it and "put it back later, in secret". I did not know what to say. The supervisor, Hajiya Maryam Ladan, came and talked with her in Hausa for a long time.

We removed the implant because she asked us to, and we offered to see her again whenever she wanted, with or without her husband. Hajiya Maryam told me that in this community, a secret implant can put a woman in danger if it is discovered, and the woman has the right to choose the risk she is willing to take.

I reflected that my wish to "help" her was really my wish to decide for her. Now I try to give information, offer options and respect the decision, even when I think it is wrong. I also make sure each woman knows she can come back.
`,
  },
];
