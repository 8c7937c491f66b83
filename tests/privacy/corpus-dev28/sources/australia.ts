import type { SourceItem } from "../../corpus/types.ts";
import { medicare } from "../../corpus/gen.ts";

export const AU: readonly SourceItem[] = [
  {
    id: "au-free-001",
    setting: "remote palliative care",
    role: "remote area nurse",
    text: `Taking someone home to Country to die is the most important thing I have done as a remote area nurse, and the most logistically absurd.

⟦NAME|Uncle Reggie Japaljarri⟧ had end-stage lung cancer and had spent six weeks in Alice Springs. He wanted to finish up at ⟦LOCATION|his sister’s place at the outstation past Nyirripi⟧, under the bough shelter, not in a bed. Sorry business would follow; he knew that and so did we.

We needed: a charter plane, a portable oxygen concentrator (which needs power, which the outstation only has when the generator runs), subcut morphine the clinic could legally hold, a family member trained to give it, and his Medicare card (⟦ID|${medicare("2951 7304", 1)}⟧) for the PBS forms that nobody could find. His niece ⟦NAME|Shanice⟧ became our carer. She kept the phone, ⟦PHONE|0491 570 158⟧, charged from the Toyota’s lighter socket.

He died four days later, at night, with family singing. I was not there; the Aboriginal health practitioner, Ms Martin, was. She rang me at the clinic and said, “He went good.”

I have had more complicated deaths go worse with far more resources. Country is a treatment, even if no formulary lists it.`,
  },
  {
    id: "au-what-002",
    setting: "radiotherapy",
    role: "radiation therapist",
    text: `**What?** A woman in her thirties came in for her first fraction of breast radiotherapy after a mastectomy, and burst into tears when we asked her to take her top off and lie with her arms above her head. She had not let anyone see her scar yet, including her partner.

**So what?** We position dozens of chest walls a week. It becomes routine for us. For her it was the first time a stranger had looked at her body since the surgery. Our department protocols cover tattoos, immobilisation and imaging tolerances; they say nothing about this moment.

**Now what?** I talked to my team leader, Priya, about offering a gown-on walkthrough on the simulator before the planning CT, and about always asking “Is there anything that would make this easier?” before exposing anyone. We now keep a small supply of soft cotton wraps for the transfer to the couch. The Cancer Council has good resources on body image after breast surgery, and I have started printing the booklet for patients who want it.`,
  },
  {
    id: "au-gibbs-003",
    setting: "voluntary assisted dying",
    role: "palliative care pharmacist",
    text: `Description: As the statewide pharmacist for voluntary assisted dying, I first met ⟦NAME|Mrs Gwendolyn Talbot⟧ in ⟦FACILITY_ROOM|Room 6 at Caritas Christi Hospice⟧ and delivered the substance to her at home three weeks later. She had motor neurone disease and a second primary, a breast cancer she had decided not to treat. Her daughter ⟦NAME|Pip⟧ was there, and the family dog.

Feelings: I had done eleven deliveries before. This one shook me because she was funny, sharp, and completely sure.

Evaluation: The Voluntary Assisted Dying Act 2017 (Vic) process worked as designed: two assessments, a permit, a contact person, a locked box. I explained the substance, how to store it, that she did not have to take it.

Analysis: My professional role is clear. My feelings are not. I was raised Catholic. I am not conflicted about her right; I am unsettled at being part of it.

Conclusion: She took it on ⟦DATE|Anzac Day⟧, after the dawn service on television, because her father had served. Pip rang me afterwards to return the empty box.

Action plan: Ask for structured debriefing after every delivery, not only the difficult ones.`,
  },
  {
    id: "au-comment-004",
    setting: "online professionalism",
    role: "palliative care consultant",
    text: `Thank you for such an honest piece. One gentle note, as someone who reviews VAD reports: the combination of diagnoses, setting and a public holiday makes this identifiable to anyone who knew her, even without a name. Please take out the holiday and the detail about her father, and keep the reflection, which is the important part.`,
  },
  {
    id: "au-free-005",
    setting: "rural oncology",
    role: "rural generalist",
    text: `Rural GP obstetrics I was trained for. Rural oncology I picked up on the job.

⟦NAME|Col Dunmore⟧ is a wheat and sheep farmer from ⟦LOCATION|the Dunmore place, forty k out of Kojonup on the Boyup Brook road⟧, with metastatic melanoma. He gets immunotherapy every three weeks in Perth — a four-hour drive each way in his ute, plate ⟦OTHER|1GZT 447⟧, which he refuses to let his wife drive.

Last month he developed immune-related colitis and sat on it for a week because it was shearing. By the time he saw me he was dehydrated and on his ninth bowel motion of the day. I spoke to his oncologist in Perth, started prednisolone 1 mg/kg and admitted him to our little hospital.

His wife ⟦NAME|Lorraine⟧ emailed me from ⟦EMAIL|lorraine.dunmore@example.com.au⟧ the next day asking whether she could have a list of “what counts as serious” stuck on the fridge. Great idea. I made one with the oncology nurse: diarrhoea more than four times, cough, rash, fever, anything new. Photo of the fridge sheet taken, sent back.

Immunotherapy toxicities do not respect shearing season.`,
  },
  {
    id: "au-free-006",
    setting: "medical student placement",
    role: "medical student",
    text: `Our palliative care tutorial in Adelaide today was about prognosis, and it was the most useful hour of the whole year.

Our tutor, Dr. Whitlam, put up a slide with the Palliative Performance Scale and the surprise question (“Would you be surprised if this person died in the next twelve months?”), and then asked each of us to estimate survival for three anonymised cases. Most of us overestimated by months. He said doctors are famously optimistic, and Christakis’s study in the BMJ showed it twenty-five years ago.

Then he asked how we would say it. Nobody wanted to give a number. He suggested ranges — “hours to days, days to weeks, weeks to months, months to years” — and “I hope for the best and we should plan in case time is shorter.”

I think we are taught to avoid uncertainty. The tutorial taught me to name it. My plan for my next placement is to practise giving a range out loud, to my registrar first, before I ever have to say it to a family.`,
  },
  {
    id: "au-what-007",
    setting: "bone marrow transplant",
    role: "haematology nurse",
    text: `**What?** ⟦NAME|Jono⟧ is twenty-four and in isolation after his second transplant, in ⟦FACILITY_ROOM|Room 14 of the BMT unit at Royal Prince Alfred⟧. His mum set up a streaming camera so his mates could watch him play Xbox; she sent the link round their group chat, and one of his mates posted it on a gaming forum as ⟦URL|http://203.0.113.47:8080/live/jonocam⟧. Strangers started watching him sleep. ⟦IP|203.0.113.47⟧ also gave anyone the address of his parents’ router in Penrith.

**So what?** I knew about it because one of the strangers typed into the chat, “Is he dying?” Jono saw it at 2am. He pressed his call bell and cried. We had not thought of streams as a privacy risk in our unit policy; we think about photos on phones, not live cameras.

**Now what?** I talked to his mum, who was horrified and turned it off. IT helped her set a password. Our nurse unit manager, Deb, is adding live-streaming to our patient information sheet, and I now ask every long-stay patient and family what devices they are running in the room.`,
  },
  {
    id: "au-free-008",
    setting: "bereavement",
    role: "hospice nurse",
    text: `Nobody tells new palliative nurses that you will grieve for people you knew for three days.

I have been in palliative care eighteen months. I have been at about sixty deaths. Most of them I do not carry. A few I do, and they are not the ones I expected: not the young mothers, which everyone warns you about, but an old man who asked me every morning to open the curtains so he could see the jacarandas, and a woman who apologised for being a bother every time I turned her.

What helps me:
- The ritual at handover where we say the names of those who died that shift, and a moment of silence.
- Our monthly debrief with the psychologist, which I resisted for a year because it felt self-indulgent.
- Walking home the long way, along the river, without headphones.
- Reading Ira Byock. Also reading rubbish novels.

What does not help: pretending I am fine, and telling myself that grief means I am not cut out for this. My educator, Tamsin, says grief is how you know you were paying attention. I am holding on to that.`,
  },
  {
    id: "au-comment-009",
    setting: "bone marrow transplant",
    role: "nursing student",
    text: `Oh no, I think I saw that stream on the forum! It was ⟦NAME|Jonathan⟧ in ⟦FACILITY_ROOM|RPA BMT room 14⟧, the guy with the Bulldogs poster, right? His handle on the forum is ⟦OTHER|JonoTheDestroyer24⟧. I reported it to the mods at the time. So glad his mum turned it off. This post is a great reminder for all of us on placement.`,
  },
];
