import type { SourceItem } from "../../corpus/types.ts";

/** Japan, South Korea, the Philippines. */
export const ASIA: readonly SourceItem[] = [
  {
    id: "jp-free-001",
    setting: "home hospice",
    role: "visiting nurse",
    text: `Zaitaku kanwa care — home palliative care — in a small town in Nagano.

⟦NAME|Tanaka Fumiko-san⟧ was ⟦AGE|94⟧, with pancreatic cancer, and she lived alone in ⟦ADDRESS|〒399-4511 長野県上伊那郡南箕輪村 2087-3⟧ in a house her husband built in 1958. Her son lives in Osaka and called every night at eight. She refused to move in with him. “Kono ie de shinitai,” she told me on my first visit: I want to die in this house.

Our visiting nurse station went three times a day at the end. The neighbours left vegetables at the door. Her son came back for ⟦DATE|Obon⟧ and stayed.

She died on ⟦DATE|八月十五日⟧, in the early evening, as the mukaebi fires for the ancestors were being lit along the street. Her son told me she would not have wanted to miss the company.

In Japan, most people still die in hospital, even though most say they would prefer home. The kaigo hoken (long-term care insurance) system made her death at home possible, but only because her neighbours and her son made up for what the system did not cover. I want to write more about the neighbours, who never appear in any care plan.`,
  },
  {
    id: "jp-what-002",
    setting: "breaking bad news",
    role: "oncology resident",
    text: `**What?** My attending told a man in his seventies that his gastric cancer had spread, and he answered only “Sō desu ka” — is that so — and thanked us. His wife bowed. Nobody cried. On the way out, the attending said, “He understood everything.”

**So what?** I trained for a year in the United States, where we are taught to name emotions and to invite them. Here the silence and the bow carried as much as any words. Japanese oncology has moved a long way from the days when the diagnosis was told only to the family, but the way feelings are expressed is still different, and I should not read calm as lack of understanding.

**Now what?** I will pay more attention to what is not said: the wife’s hand on his sleeve, the pause before the thank you. And I will ask, quietly, later, when the family is not in the room: “Is there anything you wanted to ask but did not?” Dr. Yamamoto says that second conversation is often where the real questions come out.`,
  },
  {
    id: "jp-gibbs-003",
    setting: "oncology pharmacy",
    role: "hospital pharmacist",
    text: `Description: A patient with lung cancer on osimertinib came to the pharmacy counter asking about a kampo medicine her sister had recommended for fatigue, hochuekkito.

Feelings: Uncertain. Kampo is prescribed under national health insurance in Japan, so it is not “alternative” in the way herbs are in other countries, but evidence for interactions with targeted therapies is limited.

Evaluation: I did not dismiss it. I looked up the ingredients and what is known about CYP3A4 effects, and found little.

Analysis: Many Japanese oncologists prescribe kampo alongside chemotherapy, especially rikkunshito for appetite. Patients see no conflict. Pharmacists are in the middle: we know the Western pharmacology, and we also respect a tradition our patients trust.

Conclusion: I advised her to discuss it with her oncologist, and I wrote a short note for the oncologist with what I found.

Action plan: Our department, led by Pharmacist Sato, will create a small reference sheet on kampo and common oral anticancer drugs, so we give consistent advice.`,
  },
  {
    id: "kr-free-001",
    setting: "hospice",
    role: "hospice social worker",
    text: `Hospice social work in Seoul means working with the family group chat.

⟦NAME|Kim Young-sook⟧ halmeoni, who had liver cancer, was admitted to ⟦FACILITY_ROOM|the hospice ward on the 9th floor of Seoul St. Mary’s, room 903⟧. Her three children disagreed about everything — whether to tell her, whether to stop the feeding tube, whether to take her home. They argued in a KakaoTalk group and the eldest daughter added me to it: her ID was ⟦OTHER|youngsook_daughter1⟧ and the group was called “⟦OTHER|엄마 호스피스 903⟧”.

I declined the group and suggested a family meeting instead. Korea’s Act on Life-Sustaining Treatment Decisions (2016) lets patients record their own decisions, but she had never done so, and the family had to agree unanimously.

They agreed, eventually, after the youngest son flew back from Vancouver. She died on ⟦DATE|Chuseok⟧, with all three children there, and songpyeon on the bedside table that nobody ate.

I think my job was mostly translation: not of language, but of each sibling’s fear into something the others could hear.`,
  },
  {
    id: "kr-free-002",
    setting: "oncology ward",
    role: "oncology nurse",
    text: `Korean oncology wards have a caregiver culture I did not appreciate until I worked abroad for a year and came back.

Most patients here have a gangbyeongin, a paid or family caregiver, who stays by the bed 24 hours a day, sleeps on a fold-out cot, feeds, washes and turns the patient. As a nurse I used to find them in the way. Now I see them as a second team.

During my year in Melbourne, nurses did everything, and families visited. Here, the daughter-in-law often does everything and the nurse checks. Neither is perfect. The Korean system is exhausting for families, especially for women. The Australian one is expensive.

What I am trying to do now: include the caregiver in my handover at the bedside, ask her how the night went, teach her the signs of neutropenic fever and of the last days of life. The integrated nursing care wards the government is expanding remove the caregiver altogether. I am not sure that is all gain. I want to ask our unit manager, Ms. Park, whether we can study what families lose.`,
  },
  {
    id: "ph-free-001",
    setting: "home palliative care",
    role: "community health nurse",
    text: `Barangay health station, Visayas. A home death that the whole street attended.

⟦NAME|Lola Pacing⟧ — ⟦NAME|Pacita Villanueva⟧, a retired market vendor — had cervical cancer and lived in ⟦LOCATION|Purok 4, Barangay Tabok, the house with the blue sari-sari store⟧. Her PhilHealth number, ⟦ID|12-050318447-9⟧, was pinned to the wall next to a calendar from the parish, because every visitor from the health centre asked for it.

Her granddaughter ⟦NAME|Jenelyn⟧ messaged me on Messenger as ⟦OTHER|Jenelyn Villanueva Tabok⟧ every evening with a photo of Lola’s face and a question. Most of the questions were about pain. We had only tramadol at the health station; morphine needed the provincial hospital.

Lola died after ⟦DATE|the Santo Niño fiesta⟧. The street held a nine-day novena, the lamay, with card games to keep awake.

What I learnt: in the barangay, privacy is not really a concept. Everyone knew. Everyone came. But the health centre’s job is still to keep her PhilHealth number off the wall.`,
  },
  {
    id: "ph-comment-002",
    setting: "online professionalism",
    role: "nursing instructor",
    text: `Salamat for this. Reminder to our BSN students reading this thread: the Data Privacy Act applies to your blog posts too. Don’t write the purok, the sari-sari store, or the family’s Messenger names, even if “everyone already knows”. Describe the care, the lamay, the tramadol problem — those are the lessons. Edit before you post, not after your clinical instructor reads it.`,
  },
];
