import type { SourceItem } from "../../corpus/types.ts";
import { nhs } from "../../corpus/gen.ts";

export const UK: readonly SourceItem[] = [
  {
    id: "uk-gibbs-001",
    setting: "breaking bad news",
    role: "foundation doctor",
    text: `**Description.** It was my first time leading the conversation rather than holding the tissues. ⟦NAME|Mrs Doreen Pryce⟧ (“call me ⟦NAME|Dot⟧, love, everyone does”) had been in ⟦FACILITY_ROOM|Bay 2, bed 5 on Ward 32 at the Royal Gwent⟧ for a week with jaundice, and the CT had come back showing a pancreatic mass with liver deposits. Dr Okonjo, my registrar, sat by the window and let me start. Her daughter ⟦NAME|Karen⟧ had driven down from Stoke.

**Feelings.** My mouth went dry at the warning shot. I had rehearsed SPIKES on the drive in and forgot the K entirely.

**Evaluation.** The silence after “I’m afraid it’s cancer” went on for what felt like a minute and was probably eight seconds. I did not fill it. That is the thing I am proudest of.

**Analysis.** Dot asked whether she would be home for ⟦DATE|Boxing Day⟧, because that is when the family comes. I said I didn’t know. Dr Okonjo said afterwards that “I don’t know, but let’s plan as if it might be hard” would have been kinder and still honest.

**Conclusion and action plan.** Next time I will write the three things I must say on a scrap of paper, sit at eye level, and bring the Macmillan nurse in from the start rather than as an afterthought.`,
  },
  {
    id: "uk-what-002",
    setting: "chemotherapy day unit",
    role: "chemotherapy nurse",
    text: `**What?** A near miss on the day unit last week. A man in his sixties was halfway through an epirubicin push through a peripheral cannula when he said the back of his hand felt “hot, like nettles”. I stopped, aspirated what I could, took the cannula out and called the senior nurse. The flush had gone in fine ten minutes earlier, so I had stopped checking the site between syringes.

**So what?** Anthracyclines are vesicants. An extravasation can mean skin necrosis, surgery, and weeks of delay to the next cycle. The UKONS extravasation guidance is laminated on the wall of every bay and I still let my attention drift because the unit was running forty minutes behind. Aisha, who has twenty years on chemo, said every nurse she respects has a story like this one, and the good ones tell it.

**Now what?** I check blood return and the site every 2–3 mL on a vesicant push, however late we are running. I asked our practice educator for a refresher on dexrazoxane and cold packs, and we are adding a “site check” tick box to the push chart. He was reviewed the next morning: mild erythema only, no blistering.`,
  },
  {
    id: "uk-free-003",
    setting: "hospice",
    role: "hospice healthcare assistant",
    text: `Our hospice has a tradition where we can write a letter to someone who has died and burn it in the garden brazier. I wrote mine last night and I am posting a version of it here, with the staff names changed, because I want to remember how it felt.

Dear ⟦NAME|Bill⟧,

You told me on my first shift that you had grown leeks on ⟦LOCATION|the allotment behind the Co-op in Mytholmroyd⟧ for forty-one years and that nobody was to let your brother-in-law ⟦NAME|Derek⟧ near them. You made me promise. I did tell Derek, and he laughed for the first time in days.

You died at twenty past four on ⟦DATE|the 14th⟧, with the window open because you hated the radiator. Your syringe driver was beeping for a new battery and I remember being cross with it for interrupting.

I was scared of dying before I came here. I am less scared now. You were not peaceful, exactly, but you were yourself to the end, swearing at the crossword.

Thank you for letting me sit with you.

Love, from the night HCA who made your tea too weak.`,
  },
  {
    id: "uk-free-004",
    setting: "radiotherapy",
    role: "therapeutic radiographer",
    text: `Thermoplastic masks for head and neck radiotherapy are one of those things nobody warns you about as a student. You lay the warm mesh over someone’s face, press it round their nose and chin, and it sets hard in a few minutes. Then they wear it, clipped to the couch, for 30 fractions of 2 Gy.

Today a gentleman in his fifties with an oropharyngeal cancer asked to stop halfway through the mould because he had been held down as a child. We stopped. My superintendent, Gareth, talked him through it at his own pace, and we cut out the eyes and mouth of the mask, which the planning team said was fine for his volume.

What struck me is how little of our training is about claustrophobia and trauma and how much is about millimetres. Both matter. A mask that the patient rips off on day nine gives you no millimetres at all.

I have signed up for the Society of Radiographers trauma-informed practice webinar next month, and I am going to ask whether we can offer a practice session on the couch, without the beam, to anyone who wants one.`,
  },
  {
    id: "uk-comment-005",
    setting: "breaking bad news",
    role: "staff nurse",
    text: `Lovely reflection. I’m fairly sure I nursed her on nights in ⟦FACILITY_ROOM|bay 2 on 32⟧, ⟦NAME|Dot Pryce⟧ with the leopard-print dressing gown? She talked about ⟦NAME|Karen⟧ and the Stoke grandchildren constantly. If you see Karen at the hospice, tell her the night staff were asking after her mum. You did well with the silence, it is the hardest bit.`,
  },
  {
    id: "uk-what-006",
    setting: "home palliative care",
    role: "district nurse",
    text: `**What?** A home death up the valley on Sunday. ⟦NAME|Nain Gwenllian⟧, as the whole family called her, had asked to die in the front room of ⟦LOCATION|Tyddyn Uchaf, the farm past the chapel at Llanuwchllyn⟧, looking at the lake. We got there just in time: the anticipatory meds were in the house, the syringe driver was running midazolam and morphine, and her son ⟦NAME|Emrys⟧ had my mobile. He rang from ⟦PHONE|07700 900318⟧ at two in the morning to say her breathing had changed.

**So what?** The bit that went wrong was the paperwork. The verification of expected death form had the old address, not ⟦ADDRESS|LL23 7UB⟧, and the funeral director could not collect until the out-of-hours GP rang back. The family sat with her for six hours. Some of them said that was a gift; her granddaughter found it unbearable.

**Now what?** I now check the address on the DS1500 and the ReSPECT form against the GP record at the first visit, not the last. Mam-gu and Nain are lovely words, but I should have written her proper name on the bag label from the start. Ffion, my team lead, has put it on our huddle checklist.`,
  },
  {
    id: "uk-gibbs-007",
    setting: "medical student placement",
    role: "medical student",
    text: `**Description:** On my oncology placement in Glasgow a woman in her seventies died during the ward round. I was the only student there. Dr Harrington asked if I wanted to stay while the nurses did last offices, and I said yes without thinking.

**Feelings:** Numb, then embarrassed at being numb. I expected to cry. I cried on the subway home instead.

**Evaluation:** Staying was right. I learnt that last offices are done with the same care as any other nursing task, with talking, with the person’s name used all the way through. The nurse explained every step to the patient as if she could hear.

**Analysis:** Kübler-Ross’s stages get quoted at us in lectures as if grief marches in order. What I saw was a daughter who laughed, then shouted at the porter, then asked about parking. Dr Harrington said the model was written about dying people, not relatives, and was never meant as a checklist.

**Conclusion:** It is normal not to feel the “right” thing at the right time.

**Action plan:** Book a debrief with my clinical supervisor, and read Kathryn Mannix’s With the End in Mind before my palliative block.`,
  },
  {
    id: "uk-free-008",
    setting: "bone marrow transplant",
    role: "haematology registrar",
    text: `Day +12 after an allogeneic transplant is when the floor falls out. Neutrophils at zero, mucositis at grade 4, and the patient you have known for four months suddenly looks ninety.

⟦NAME|Mr Alasdair Munro⟧ — ⟦NAME|Ally⟧ to the nurses, “the fisherman from ⟦LOCATION|Scalpay⟧” to everyone else — spiked at 38.9 in ⟦FACILITY_ROOM|side room 4, Ward 4B at the Beatson⟧ on the Saturday I was on call. I went through the febrile neutropenia bundle in my sleep: cultures from both Hickman lumens, meropenem within the hour, lactate. His CHI was ⟦ID|${nhs("120538 471")}⟧ and I typed it so often that weekend that I still know it, which is exactly why I am writing “CHI” here and not the number in my next post.

What I want to reflect on is his wife, ⟦NAME|Morag⟧, who had been staying in the patient hotel for six weeks. She had stopped eating. Nobody had noticed because she was not our patient. The charge nurse, Iain, noticed. He brought her a bacon roll and sat with her in the parents’ room.

Ally engrafted on day +19. I still think about Morag’s hands.`,
  },
  {
    id: "uk-comment-009",
    setting: "online professionalism",
    role: "consultant in palliative medicine",
    text: `Thank you for writing this, and please don’t take this the wrong way: could you edit the post before it goes further? A first name, the bed number and a date together can identify someone to anyone who was on that ward, and relatives do read these blogs. Keep the reflection, lose the details. The GMC guidance on social media is short and worth ten minutes.`,
  },
  {
    id: "uk-what-010",
    setting: "hospital chaplaincy",
    role: "hospital chaplain",
    text: `**What?** I was bleeped at 3am to an oncology ward in Belfast for a man in his seventies who was dying and had asked for “a prayer, any prayer”. His family were Presbyterian; he told me he had not been inside a church since 1969. He wanted the Twenty-third Psalm, and then he wanted me to stop talking and hold his hand.

**So what?** Chaplaincy training warns us about bringing our own agenda into the room. I came in with a stole, a prayer book and a small speech. He wanted none of it. What he wanted was for somebody who was not a doctor to sit down. I am learning that the spiritual care assessment tools (FICA, HOPE) are useful scaffolding, but the real assessment is noticing when the scaffolding is in the way.

**Now what?** I have started leaving the stole in my pocket unless asked. I spoke with our nurse specialist, Roisin, about how we hand over spiritual concerns at the morning safety brief, so the day team know what was said at night without recording anything the patient would not want written down.`,
  },
  {
    id: "uk-free-011",
    setting: "advance care planning",
    role: "oncology registrar",
    text: `## Turning off the shock box

### Background

I had never deactivated an ICD before. I had read the British Heart Foundation leaflet and the joint guidance on implantable cardioverter defibrillators at the end of life, and I had watched a cardiac physiologist do it once from the back of the room. On a Thursday night in the winter, I had to arrange it myself.

### What happened

⟦NAME|Mr Harold Fenwick⟧ was ⟦AGE|ninety-one⟧, with metastatic prostate cancer and an ICD put in after a cardiac arrest in his eighties. He was dying in ⟦FACILITY_ROOM|bed 3 of the side ward on Ward 12, Freeman Hospital⟧. His granddaughter ⟦NAME|Bethany⟧ rang me, crying, because he had been shocked twice in an hour while unconscious. Nobody had deactivated the device when his ReSPECT form was signed.

The device clinic was shut. I found the device details in the notes — a single-chamber ICD, serial ⟦DEVICE|PZB 318774 H⟧ — and called the on-call cardiology registrar, who talked me through placing a ring magnet over the generator and taping it there until the physiologist came in the morning. Harold was shocked no more. He died at 06:10 on ⟦DATE|Friday 6 December⟧ with Bethany and her dad holding his hands.

### What I took from it

- An ICD conversation belongs in the same breath as the DNACPR conversation. “We won’t do CPR” means little if the box in the chest will try anyway.
- Every palliative admission with a device should have a magnet plan written in the first 24 hours.
- The person who rings you crying at midnight is usually right.

### What I have changed

I wrote a one-page prompt for our oncology admissions clerking: *Implanted device? Type, deactivation discussed, magnet location.* My consultant, Dr Vasquez, is taking it to the clinical governance meeting next month. The patient number I copied onto my handover sheet that night, ⟦ID|${nhs("486 203 118")}⟧, has been shredded; it should never have been on paper I took home.`,
  },
  {
    id: "uk-free-012",
    setting: "community pharmacy",
    role: "community pharmacist",
    text: `Just-in-case boxes: a short list of things I wish I had known in my first year as a community pharmacist.

1. The GP writes the anticipatory prescription; you are often the one who notices it does not make sense. Morphine sulfate 10 mg/mL ampoules with a dose of 2.5–5 mg SC is fine. A range of 2.5–50 mg is not.
2. Midazolam, levomepromazine, glycopyrronium or hyoscine butylbromide — know which your area stocks, because the out-of-hours service will ring you at 7pm on a Friday when the wholesaler has already left.
3. Check the water for injections is in the box. It is the thing that is missing at 3am.
4. Controlled drug records matter, and so does the family standing at your counter. Both can be respected at once.
5. Read the NICE guideline NG31 (2015) on care of dying adults once properly, not just the summary.
6. When a relative comes back to return unused medicines after a death, make time. Most of them want to tell you how it ended.

My pre-reg tutor, Mr Choudhury, said the box is a promise that nobody will suffer waiting for a prescription. I think about that every time I seal one.`,
  },
];
