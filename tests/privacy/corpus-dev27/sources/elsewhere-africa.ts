import type { SourceItem } from "../../corpus/types.ts";
import { saId } from "../../corpus/gen.ts";

/** Elsewhere in Africa: Nigeria, South Africa, Uganda, Malawi. */
export const AFRICA: readonly SourceItem[] = [
  {
    id: "ng-free-001",
    setting: "special care baby unit",
    role: "paediatric resident",
    text: `Neonatal jaundice is supposed to be simple. This week it wasn't.

⟦NAME|Baby Aisha Lawan⟧ was brought to our SCBU in Kano on day four of life, deeply yellow to the soles, and drowsy. Her serum bilirubin was 28 mg/dL. The mother had been told at the chemist to put her in the sun and give glucose water. By the time they came in, the baby had an arched back and a high-pitched cry — early signs of bilirubin encephalopathy.

We did an exchange blood transfusion that night. The blood bank needed the father's details for the donor form: his NIN, ⟦ID|48291037716⟧, and his number, ⟦PHONE|0803 555 0192⟧. He was on his way back from ⟦LOCATION|his farm past the Dawanau grain market, the one with the red zinc store⟧ and arrived just in time to sign.

Her bilirubin came down, and she is feeding. But I do not know yet if she will have hearing loss or cerebral palsy.

What I take from this: every mother should leave the hospital knowing that yellow soles and poor feeding mean "come back now". Sunlight is not phototherapy. And our community education must reach the patent medicine vendors, because that is where families go first.`,
  },
  {
    id: "ng-what-002",
    setting: "immunisation clinic",
    role: "community health extension worker",
    text: `What? A fixed-post immunisation session at a primary health centre in Ibadan. We vaccinated 58 children. One mother came with her twins, eleven months old, who had never been vaccinated at all. She said her husband's family did not allow it.

So what? The twins were at high risk of measles, diphtheria and polio. I wanted to vaccinate them immediately, but she was afraid of what would happen at home if the husband found out. I had to balance the children's need with the mother's safety.

Now what? I explained the vaccines and their importance, and she decided to go ahead. We gave the catch-up doses. I also told her about the community leader and the imam who support immunisation, so she could bring them into the conversation with her husband's family. The NPHCDA has materials in Yoruba that I will give her next time. I learnt that immunisation is not only about the child; it is about the whole family system around the child, and that mothers often carry the risk of these decisions alone.`,
  },
  {
    id: "ng-comment-003",
    setting: "special care baby unit",
    role: "nursing officer",
    text: `Doctor, well done for this post. I think I remember this baby from when I did my rotation — was the mother ⟦NAME|Hajiya Zainab⟧, who sold kosai outside the SCBU gate at ⟦FACILITY_ROOM|AKTH⟧? She used to give the night nurses free kosai. God bless the child. We must do more teaching about jaundice in the ANC clinic.`,
  },
  {
    id: "za-free-001",
    setting: "community child health",
    role: "professional nurse",
    text: `Road to Health booklet, page after page of missed weights. That is how I met the family.

A two-year-old girl, ⟦NAME|Lwazi⟧, came to our clinic for the first time in eight months with her gogo. She was underweight, her development was behind, and her vaccines were incomplete. Gogo explained that the mother had died of TB and the father had gone to Joburg for work.

For the child support grant transfer the social worker needed everything: the child's birth certificate, gogo's ID (⟦ID|${saId("560714023808")}⟧), and the address: ⟦ADDRESS|Site C, 17 Ntlazane Street, Khayelitsha, 7784⟧. We spent a morning on forms. Gogo is ⟦AGE|ninety-two years old⟧ and walked to the clinic with the child on her back.

We referred the child to the dietitian, caught up the vaccines, and started a developmental stimulation programme. The social worker, Ms Dlamini, is following up on the grant.

What I learnt: behind every missed weight is a story. Our health system counts weights, but it needs to see the people carrying the children.`,
  },
  {
    id: "za-gibbs-002",
    setting: "paediatric HIV clinic",
    role: "paediatric registrar",
    text: `Description: A thirteen-year-old boy with perinatally acquired HIV came to clinic with a viral load of 45,000 copies/mL. His grandmother had not told him his diagnosis; he thought the pills were for "weak blood".

Feelings: Frustration at first, then sadness. He was old enough to know.

Evaluation: We used the WHO and national guidance on disclosure, with his grandmother's consent and the help of a counsellor, over two visits. He cried, and then asked very practical questions: could he still play soccer, and could he have a girlfriend?

Analysis: Non-disclosure often drives non-adherence in adolescents. The guideline recommends starting partial disclosure from age six and full disclosure by about twelve. We were late.

Conclusion: Disclosure is a process, and it is part of treatment.

Action plan: We now start disclosure planning at every child's tenth birthday visit, and our adolescent support group, run by peer supporters, meets on Saturdays.`,
  },
  {
    id: "za-free-003",
    setting: "paediatric tuberculosis",
    role: "medical officer",
    text: `Paediatric TB is the disease we miss.

A five-year-old boy, ⟦NAME|Sipho Mthembu⟧, had been coughing for two months. He had been seen at the clinic three times and given cough syrup. His father was on TB treatment. Nobody asked.

We admitted him to ⟦FACILITY_ROOM|Ward C7 at Red Cross⟧ with a chest X-ray showing hilar lymphadenopathy and a GeneXpert on gastric aspirate that came back positive. He started treatment with the child-friendly dispersible fixed-dose combinations, which he took without fuss.

What I keep thinking: the father's TB folder at the clinic listed all his household contacts, including this boy, with a tick next to "screened". He had not been screened.

Contact tracing is the cheapest TB intervention we have. The national TB guidelines say every child under five in a household with TB should be screened and given preventive therapy. That tick was a lie we all tell ourselves when we are busy. I am working with the clinic to make contact screening a real visit, not a checkbox.`,
  },
  {
    id: "ug-free-001",
    setting: "paediatric emergency",
    role: "paediatrics resident",
    text: `Acute care unit, ⟦FACILITY_ROOM|Mulago⟧, a Thursday night. A two-year-old with cerebral malaria, convulsing when she arrived. Her mother, ⟦NAME|Nakato Sarah⟧, had brought her on a boda from ⟦LOCATION|Kasangati, the house behind the Namulonge road petrol station⟧ after she had been fitting for about an hour.

We gave rectal diazepam, then phenobarbital, and IV artesunate. Her glucose was 2.1, so dextrose too. By morning she had stopped fitting but was still in a coma, Blantyre score 2.

I am writing this because I am angry. She had a fever for three days and the family bought antimalarials from a drug shop that were not artemisinin-based. That delay probably caused this. The mother kept apologising. It wasn't her fault.

Our health system needs to make the right treatment easier to find than the wrong one. Village health teams with RDTs and ACTs are part of the answer. In the meantime, I will keep doing the teaching: fever plus drowsiness means come now.

She woke up on day three. We will follow her for neurological sequelae.`,
  },
  {
    id: "ug-what-002",
    setting: "sickle cell clinic",
    role: "nurse",
    text: `What? Our sickle cell clinic saw 74 children on one Wednesday. Many had painful crises in the last month; three had been admitted with severe anaemia. Only about a third were on hydroxyurea.

So what? Hydroxyurea reduces crises, admissions and strokes. The REACH trial showed it is safe in sub-Saharan Africa. But supply is erratic, parents fear it causes infertility, and monitoring blood counts costs money many cannot pay.

Now what? We started a parent support group so that families who have used hydroxyurea can talk to those who are afraid. The Ministry's new sickle cell guidelines include hydroxyurea for all children with sickle cell anaemia from nine months, and we are pushing for it to be on the essential medicines list at district level. I also learnt to ask the children themselves. A ten-year-old told me, "Since the medicine, I can play football." That is the best argument I have.`,
  },
  {
    id: "ug-free-003",
    setting: "refugee settlement health",
    role: "clinical officer",
    text: `Working in a refugee settlement health centre in northern Uganda, most of the children I see are South Sudanese, and many have walked for days.

This week, a measles case. The child had never been vaccinated because there had been no health services where the family came from. Within two days we had four more cases in the same zone. We started a vaccination campaign with UNHCR and the district, going tent to tent and block to block.

What I learnt:
- Surveillance is everything. One case means many more.
- Community leaders are essential. The block leaders helped us find every child under fifteen.
- Nutrition and measles are linked. Malnourished children do worse, and measles makes malnutrition worse. We gave vitamin A to every case.
- Languages matter: we worked in Dinka, Nuer, Bari and Arabic, with interpreters who are refugees themselves.

The outbreak ended after three weeks. No child died. I am proud of our team.`,
  },
  {
    id: "mw-free-001",
    setting: "neonatal unit",
    role: "nurse-midwife technician",
    text: `The neonatal nursery at ⟦FACILITY_ROOM|Queen Elizabeth Central Hospital⟧ is never quiet. This week we had 60 babies in a room built for 30, and three bubble CPAP machines for the whole nursery.

One of my babies was a set of twins born at 30 weeks to ⟦NAME|Chisomo Banda⟧, a nineteen-year-old from ⟦LOCATION|Mpemba, the village past the Catholic mission⟧. The first twin was on CPAP; the second needed it too but there was no machine. We had to decide, with the doctor, which baby had the better chance.

I will never forget that decision. The second twin is in KMC with his mother now and doing well, which is a miracle.

What I learnt: kangaroo mother care is powerful — it kept the second twin warm and alive when we had nothing else. But the fact that we had to choose is a failure of resources, not of care. I will keep advocating for more CPAP machines and more staff.`,
  },
  {
    id: "mw-what-002",
    setting: "kangaroo mother care",
    role: "midwife",
    text: `What? I ran a kangaroo mother care refresher for midwives at a district hospital in southern Malawi. Many had been trained years ago and had drifted: babies wrapped in blankets instead of skin to skin, mothers discharged before the baby was gaining weight.

So what? Malawi was one of the first countries to scale up KMC, and it has contributed to reducing neonatal deaths. But without refresher training and supervision, practice drifts. Several midwives told me they did not have time to teach mothers properly.

Now what? We agreed on a simple checklist for each KMC admission: skin to skin for at least 20 hours a day, breastfeeding every two to three hours, daily weight, and discharge when the baby is gaining weight and feeding well. I also asked the in-charge to give the KMC ward its own nurse on each shift. Zikomo to the midwives, who were honest about what wasn't working.`,
  },
];
