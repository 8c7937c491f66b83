import type { SourceItem } from "../../corpus/types.ts";
import { tcKimlik } from "../gen.ts";

/** Turkey, Nepal, Mozambique and Haiti: 14 items, 7 with identifiers, 3 comments. */
export const ELSEWHERE_A: readonly SourceItem[] = [
  {
    id: "tr-free-001",
    setting: "earthquake",
    role: "emergency medicine resident",
    text: `
I was a second-year emergency medicine resident in Ankara when the earthquakes struck the south-east. Our hospital sent a team on the second day and I spent ten days in a field hospital.

The patient I will remember all my life was a woman pulled from ⟦ADDRESS|Yeşilvadi Apartmanı, C Blok, Dulkadiroğlu, Kahramanmaraş⟧ after 104 hours. ⟦NAME|Hatice Hanım⟧, sixty-one. She was conscious and the first thing she asked was whether her grandson had been found. Her son gave us her T.C. kimlik number, ⟦ID|${tcKimlik("382105736")}⟧, from a photo on his phone because her ID card was under the concrete.

Crush syndrome: we had learned it in a lecture. Under the rubble the AFAD and volunteer teams started fluids before extrication, because our team leader, Doç. Dr Yılmaz, insisted on it. Her potassium was still 6.8 when she came to us. Calcium, insulin-dextrose, then dialysis in the mobile unit.

She lived. Her grandson did not. She was discharged on ⟦DATE|3 Mart⟧ and her son sent a message to our group: "Allah razı olsun." I still do not know how to answer that.
`,
  },
  {
    id: "tr-what-002",
    setting: "earthquake",
    role: "volunteer",
    text: `
What? I'm a fourth-year medical student from Izmir and after the 2023 earthquakes I joined a volunteer search and rescue group as their medic for two weeks. I mostly did wound care, tetanus, paracetamol, and listening.

So what? I learned that silence is a medical tool. When the rescue teams called "sessizlik!" everyone, hundreds of people, went quiet so the listening devices could pick up a voice. In that silence I understood how much the families were holding.

Now what? I have started a peer-support circle in our faculty for students who went to the region. Many of us came back and went straight into exams as if nothing had happened. Our dean agreed to postpone one block for those who asked. I am also taking the AFAD volunteer first responder course properly this year.
`,
  },
  {
    id: "tr-comment-003",
    setting: "earthquake",
    role: "nurse",
    text: `
Hocam, I was in the same field hospital! I looked after ⟦NAME|Hatice teyze⟧ on the dialysis days. Her son ⟦NAME|Murat⟧ still calls me sometimes, his number is ⟦PHONE|0532 555 01 47⟧ if you want to send your regards, he would love that. She is living with her daughter in Adana now. Geçmiş olsun to all of us.
`,
  },
  {
    id: "tr-gibbs-004",
    setting: "emergency department",
    role: "medical student",
    text: `
Description: My emergency medicine internship in a busy Istanbul training hospital. On a Saturday night we had eleven patients from a multi-vehicle crash on the motorway, most of them with seatbelt injuries.

Feelings: I felt useless at first, then useful once the resident gave me a clear job: vital signs every fifteen minutes on three yellow-zone patients.

Evaluation: One of my three had a seatbelt sign and a soft abdomen, normal vitals. On my third check his heart rate had gone from 88 to 112. I told the resident and he went to CT; he had a mesenteric injury.

Analysis: Repeated observations are boring and they save lives. The ATLS manual says to re-evaluate; I now understand that is a real instruction.

Conclusion: A student with a pulse oximeter and a watch can be part of the team.

Action plan: Ask for a job early, do it well, and report changes immediately.
`,
  },
  {
    id: "np-free-001",
    setting: "mountain rescue",
    role: "retrieval doctor",
    text: `
I spent a season as the doctor on a helicopter rescue rota in the Khumbu. Most calls are altitude sickness in trekkers who went up too fast. One was different.

A Danish trekker, ⟦NAME|Mikkel Aagaard⟧, set off his personal locator beacon at 5,100 m in a whiteout. The beacon's hex ID, ⟦DEVICE|2DD44A8E6CFFBFF⟧, came through the coordination cell with a position near ⟦LOCATION|the Namaste Lodge above Lobuche⟧. We couldn't fly until first light. The lodge owner, a dai we had called on before, kept him in the kitchen by the stove all night with his SpO2 at 68%, which is the only reason he was alive.

HAPE. Nifedipine, oxygen, and the best treatment of all, descent. We flew him to Lukla then Kathmandu.

What I keep thinking about is the lodge owner. No training except what the Himalayan Rescue Association teaches in the porter courses. He did everything right and got nothing for it but thanks. I've asked the rescue company whether they would fund first aid kits for the lodges on the route. Dhanyabad, dai.
`,
  },
  {
    id: "np-what-002",
    setting: "earthquake",
    role: "nurse",
    text: `
What? Ten years ago, in the 2015 earthquake, I was a nursing student in Kathmandu. Our college became a treatment area. I was given a triage card pad and put at the gate. I had never triaged anyone.

So what? I learned that triage is not only red, yellow, green, black. It is also the mother who will not put her child down, the old man who wants to go back for his goats, the foreigners who want to help and are in the way. The senior nurse, Didi Sabitri, taught me to say "tapai lai ma herchu" — I will look after you — before anything else. People calmed.

Now what? Now I teach disaster nursing to the students at the same college. I start with that sentence every year, before START triage and before any algorithm.
`,
  },
  {
    id: "np-free-003",
    setting: "road traffic collision",
    role: "medical officer",
    text: `
During Dashain every bus in the country is full, with people on the roof. On ⟦DATE|Tika day⟧ a night bus went off the road on the Prithvi Highway below ⟦LOCATION|Benighat, near the suspension bridge to Chisapani⟧ and our small hospital received twenty-two patients.

One was a boy, ⟦NAME|Sagar⟧, thirteen, travelling alone to his mamaghar for Tika. His uncle's number, ⟦PHONE|984-5550317⟧, was written in his notebook, so we called. The uncle came in a jeep at 2am still with tika on his forehead.

We had two doctors, four nurses and one X-ray machine. We used the hospital's mass casualty plan for the first time for real, and it held, mostly. What failed was the referral: the ambulances to Chitwan were also full of festival passengers.

For myself: I want to remember that festivals are also disasters waiting. Next year we will increase staff for Dashain week.
`,
  },
  {
    id: "np-comment-004",
    setting: "earthquake",
    role: "medical student",
    text: `
Thank you didi. I was a child in Gorkha when it happened and I remember the nurses at the health post more than the doctors. They never stopped. Now I am in second year of MBBS, and I hope I can learn to be as calm as them. Please keep writing these.
`,
  },
  {
    id: "mz-free-001",
    setting: "cyclone",
    role: "medical officer",
    text: `
After Cyclone Idai I was part of a national team sent to Beira. The city was under water and so was most of Buzi district. We ran a cholera treatment centre in tents.

A young mother, ⟦NAME|Dona Albertina Macuácua⟧, came in on a boat from ⟦LOCATION|Guara-Guara, the resettlement site past the sugar cane fields⟧ with her baby on her back and severe dehydration. Her bilhete de identidade, ⟦ID|110102847531B⟧, had survived in a plastic bag in her capulana. She was in ⟦FACILITY_ROOM|tent 3, bed 12⟧ of the CTC for two nights. Ringer's lactate, lots of it.

The WHO and MSF teams were excellent. The national staff were more excellent and less thanked. I want to write that down.

What I learned clinically: the first hour of cholera rehydration decides everything, and you must count the litres and watch the eyes. What I learned otherwise: the women held the camp together.
`,
  },
  {
    id: "mz-what-002",
    setting: "cyclone",
    role: "nurse",
    text: `
What? After Cyclone Kenneth in Cabo Delgado I worked in a temporary maternity tent. Many women had lost their health cards, their husbands and their houses in one night.

So what? We had no records at all. We had to take every history from the beginning, sometimes through two interpreters, from Makua to Portuguese to English for the international volunteers. I learned that a history taken slowly is better than three taken quickly.

Now what? I now carry a small notebook of key phrases in Makua and Kimwani, and I always ask the mother what she wants first. "O nlipa?" "Who are you?" It opens the conversation better than any questionnaire. Our district now keeps paper copies of the antenatal register somewhere high and dry.
`,
  },
  {
    id: "mz-gibbs-003",
    setting: "road traffic collision",
    role: "medical student",
    text: `
Description: On my elective in Maputo I was in the emergency room when a chapa (minibus taxi) crash brought nine patients. The head of department, Dr Sitoe, ran the room in Portuguese and quick English for me.

Feelings: I was embarrassed by my Portuguese and excited by the medicine.

Evaluation: I was given one job: count the patients and write their triage colours on the board. That sounds small. It meant the team always knew who was waiting.

Analysis: In a resource-limited ED the scribe role is as important as the doctor. We learned that at home in simulation, but here it was real.

Conclusion: I'll always volunteer for the board.

Action plan: Improve my Portuguese before my next elective. "Onde dói?" — where does it hurt? — was the phrase I used most.
`,
  },
  {
    id: "ht-free-001",
    setting: "earthquake",
    role: "emergency physician",
    text: `
After the August 2021 earthquake in the south of Haiti, I worked two weeks in an emergency tent outside ⟦FACILITY_ROOM|Hôpital Immaculée Conception des Cayes⟧. Fractures, crush injuries, infected wounds that had waited days for care because the road from Port-au-Prince was controlled by gangs.

One patient I will not forget: ⟦NAME|Manmi Yvrose⟧, the grandmother who raised a whole family of cousins in ⟦LOCATION|Camp-Perrin, in the house behind the Baptist church on the river road⟧. She came with a wound on her shin that had become gas gangrene. Her grandson ⟦NAME|Wilner⟧ sat with her through the amputation discussion and wrote down my number. He still sends me WhatsApp voice notes from ⟦PHONE|+509 3555 0128⟧.

She agreed. She survived. She told me: "Doktè, pye a ale, men mwen la toujou" — the leg is gone, but I am still here.

I am a Haitian doctor trained in Port-au-Prince. Most of the international teams left after three weeks. The rest of us stayed. I want that to be in the record too.
`,
  },
  {
    id: "ht-what-002",
    setting: "cholera",
    role: "nurse",
    text: `
What? During the 2022 cholera outbreak in Port-au-Prince, I worked in a cholera treatment centre. We had days when ambulances could not come because of the insecurity, and patients arrived on motorbikes, held between the driver and a relative.

So what? Cholera is an easy disease to treat and a hard disease to reach. We had ORS, Ringer's, and doxycycline. We did not have safe roads. The motorcycle taxi drivers became our real ambulance service.

Now what? Our team trained motorcycle drivers to give ORS on the way and to recognise severe dehydration. It was the most useful training I ever gave. Sèl, sik, dlo — salt, sugar, water.
`,
  },
  {
    id: "ht-comment-003",
    setting: "earthquake",
    role: "medical student",
    text: `
Mèsi Doktè for this. I study medicine in Port-au-Prince and our professors always tell us about the 2010 earthquake but we don't hear about 2021 as much. The part about the teams that stayed is so true. Is there a way for students to volunteer in the south?
`,
  },
];
