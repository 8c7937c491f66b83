import type { SourceItem } from "../../corpus/types.ts";

/** Nigeria: Lassa fever isolation, cholera, meningitis, PMTCT, mpox tracing, diphtheria, antibiotics, TB in old age. */
export const NG: readonly SourceItem[] = [
  {
    id: "ng-gibbs-001",
    setting: "isolation unit",
    role: "house officer",
    text: `
Description. On my third day in the infectious disease unit, we admitted ⟦NAME|Mama Chioma Okeke⟧, a trader in her fifties, with fever, sore throat and bleeding gums. Her Lassa fever PCR came back positive the next morning. She was nursed in ⟦FACILITY_ROOM|bed 3 of the isolation ward at Ugbowo Specialist Hospital⟧ and started on IV ribavirin. Her daughter ⟦NAME|Adaeze⟧ had been caring for her at home for a week, and gave us her number, ⟦PHONE|0803 555 0192⟧, for contact follow-up.

Feelings. Fear. I had examined her throat on admission before the diagnosis, with gloves and a surgical mask but no eye protection.

Evaluation. Our team responded well once the result came: contact listing, daily temperature checks for 21 days, and reporting to the state epidemiologist. But the first hours of her admission were not managed as a viral haemorrhagic fever, and I was one of several staff exposed.

Analysis. Dr. Ighodaro, our consultant, reminded us that during the dry season any febrile patient who does not respond to antimalarials should be treated as possible Lassa until proven otherwise. The NCDC guidelines recommend full PPE for suspected cases, not only confirmed ones. I had treated her like any other fever because she "looked like malaria".

Conclusion. In an endemic area, standard precautions must be the minimum for every febrile patient, every time.

Action plan. I completed my 21 days of monitoring without fever. I now wear eye protection for every febrile patient in the season, and I teach new house officers to do the same.
`,
  },
  {
    id: "ng-what-002",
    setting: "outbreak response",
    role: "public health physician",
    text: `
What? I spent two weeks with a state rapid response team during a cholera outbreak in a riverside local government area in northern Nigeria. We set up an oral rehydration point, supported a cholera treatment centre in a school, and collected stool samples for culture. At the peak we saw over sixty cases a day. Dr. Eze, the state epidemiologist, led the daily situation meeting under a mango tree.

So what? I had studied cholera as a simple disease: rice-water stools, dehydration, ORS or Ringer's lactate, and doxycycline for severe cases. In the field it was a disease of logistics. We ran out of Ringer's lactate on day four. The boreholes were broken and people drank from the river. The case fatality rate was highest among people who arrived late because the nearest facility was a canoe ride away. The NCDC cholera guidelines were useful, but the most important decisions were about where to put ORS points and how to get chlorine to households.

Now what? I learnt to respect community volunteers, who moved faster than any of us. I want to do further training in field epidemiology, and I have written up our line-list analysis for the state ministry. I also understand better why the WHO emphasises water and sanitation over treatment, and why the oral cholera vaccine campaign that followed mattered so much.
`,
  },
  {
    id: "ng-free-003",
    setting: "outbreak investigation",
    role: "community health extension worker",
    text: `
During the meningitis season I work as a community health extension worker in a rural area near the border. In March, a 12-year-old boy, ⟦NAME|Usman⟧, son of ⟦NAME|Mallam Sani Garba⟧, became feverish with a stiff neck in ⟦LOCATION|Tudun Kaura hamlet⟧. He was taken to the primary health centre on a motorcycle, and I sent the number of that motorcycle, ⟦OTHER|KBS 412 AA⟧, to the LGA team so they could trace the rider, who had taken two other sick children the same week.

By the time we reached the hamlet, four more children had symptoms. The lumbar punctures at the general hospital showed Neisseria meningitidis serogroup C. We gave ceftriaxone to the sick children and prepared the community for a reactive vaccination campaign.

What I learnt is that the first signals of an outbreak often come from people who are not health workers. The motorcycle rider noticed before any of us that something was wrong, because he was carrying sick children almost every day. The village head also helped by announcing the vaccination at the mosque.

I was proud that my report reached the LGA within a day, but I also realised that I had written the boy's name and the rider's plate number on a WhatsApp group with more than two hundred members. Our supervisor reminded us to use case numbers on open groups. I have since learnt to send names only through the official reporting channels.
`,
  },
  {
    id: "ng-free-004",
    setting: "hiv clinic",
    role: "paediatrics resident",
    text: `
Our PMTCT clinic is one of the most hopeful places in the hospital. This month I followed up eight HIV-exposed infants, and all of their first DNA PCR results at six weeks were negative. Most of their mothers had started antiretroviral therapy early in pregnancy and had suppressed viral loads at delivery.

One case taught me something. A mother in her twenties had been diagnosed only in labour with a rapid test. Her baby was given nevirapine and zidovudine prophylaxis, and she was started on a dolutegravir regimen, but she was frightened to breastfeed and could not afford formula. Dr. Adebayo, our consultant, explained the WHO recommendation that mothers on effective ART can breastfeed exclusively for six months, with a very low transmission risk, and that mixed feeding is riskier than either option.

I realised that I had been repeating the guideline without understanding why it feels so hard for mothers. The fear of passing on HIV through breastmilk is real, and many women had been told the opposite years ago. We spent an hour with her and the counsellor, and she chose exclusive breastfeeding.

I now make sure I explain not just what to do but why the advice has changed. I also check viral loads at delivery and again during breastfeeding, and I have asked the adherence counsellors to involve partners where the mother agrees.
`,
  },
  {
    id: "ng-what-005",
    setting: "contact tracing",
    role: "medical student",
    text: `
What? During my public health posting in Lagos, I joined the contact tracing team for a confirmed mpox case: ⟦NAME|Tunde Bakare⟧, 31, a barber, who lived at ⟦ADDRESS|14 Adeola Crescent, Surulere, Lagos⟧. He listed twelve contacts, including customers, his girlfriend and his younger brother. He also told us he advertises his cuts on Instagram as ⟦OTHER|@tundecutz_surulere⟧, and worried that customers would find out through the page.

So what? I learnt that contact tracing is a conversation about trust, not a form. ⟦NAME|Tunde⟧ was afraid of losing his shop and of being judged, because mpox has been linked with sexual transmission in the news. Our team lead, Dr. Ogunleye, spent a long time explaining that mpox also spreads through close skin contact, and that we would not tell customers his name. We followed the NCDC guidance of 21 days' monitoring for contacts. None of them became unwell.

Now what? I realised that stigma can make contact tracing fail. If people hide contacts, outbreaks spread. I want to practise the language of tracing interviews, and I have volunteered to help translate our contact information leaflet into Yoruba. I also want to read about the smallpox vaccine for contacts and why it was not available to us.
`,
  },
  {
    id: "ng-gibbs-006",
    setting: "paediatrics",
    role: "paediatric nurse",
    text: `
Description. During the diphtheria outbreak, our children's emergency ward admitted a girl in her early teens with a thick grey membrane on her tonsils and a "bull neck". She had never been vaccinated. We gave diphtheria antitoxin, which was in short supply, along with IV penicillin, and isolated her.

Feelings. I was afraid, because I had never seen diphtheria and knew it could kill quickly by blocking the airway or damaging the heart.

Evaluation. The team worked well. The anaesthetist prepared for an emergency airway, and the cardiologist checked her ECG daily for myocarditis. The antitoxin arrived after twelve hours, because the state had only a small supply. She survived, but she needed a long admission.

Analysis. Dr. Musa explained that diphtheria was returning because routine immunisation coverage with pentavalent vaccine had fallen during the pandemic years, especially in northern states. The NCDC guidance also recommends that close contacts receive prophylactic antibiotics and a booster dose. Our staff vaccinations were not up to date, and several nurses, including me, received Td boosters.

Conclusion. Diseases we thought were history can return within a few years when vaccination drops.

Action plan. I have started checking the vaccination cards of every child I admit, and referring unvaccinated children to the immunisation clinic before discharge. I have also learnt to recognise the membrane and to call the anaesthetist early.
`,
  },
  {
    id: "ng-free-007",
    setting: "antimicrobial stewardship",
    role: "hospital pharmacist",
    text: `
When I started as a hospital pharmacist in Ibadan, I was surprised how many prescriptions included two or even three antibiotics together: ceftriaxone plus metronidazole plus ciprofloxacin, "to cover everything". Last year I joined our new antimicrobial stewardship committee, and this month we did our first point prevalence survey.

We reviewed 210 inpatients. Seventy per cent were on at least one antibiotic, and nearly half of those had no documented indication. Surgical prophylaxis was given for an average of five days, when a single dose before incision is usually enough. Many patients with malaria, confirmed by rapid test, were also receiving ceftriaxone.

The results were uncomfortable to present. Some surgeons felt criticised. Our chairman, Prof. Adewale, handled the meeting well by presenting the data as a shared problem, not as blame. He reminded us of the Global Point Prevalence Survey and the WHO AWaRe classification, and compared our results with other hospitals in West Africa.

My learning: data is persuasive, but it must be delivered with respect. I have started a short weekly teaching session for house officers on choosing antibiotics and writing stop dates. We will repeat the survey in six months to see whether surgical prophylaxis has changed. I also want to learn more about local resistance patterns, because our laboratory reports are still incomplete.
`,
  },
  {
    id: "ng-gibbs-008",
    setting: "geriatrics",
    role: "consultant physician",
    text: `
Description. ⟦NAME|Pa Ezekiel Ojo⟧, ⟦AGE|aged 96⟧, was brought from ⟦LOCATION|Igbo-Ora Oke⟧ by his grandsons with weight loss, cough and confusion. His family had been treating him for "old age" for months. His chest X-ray showed upper lobe shadowing, and GeneXpert on sputum detected Mycobacterium tuberculosis without rifampicin resistance. He was admitted to ⟦FACILITY_ROOM|Male Medical Ward, bed 14 at Oyo Mission Hospital⟧.

Feelings. I was troubled by how easily we all accept decline in the very old as natural.

Evaluation. The diagnosis was made quickly once he reached us. The difficulty was treatment. At his age, with low weight and kidney impairment, drug toxicity was a real risk. We adjusted ethambutol and pyrazinamide dosing, monitored liver function weekly, and involved his family in directly observed therapy.

Analysis. TB in the elderly is often atypical: less fever, more confusion and weight loss. Dr. Adeniran, our resident, noted that the family had also not been screened, though children had lived in the compound with him. The WHO guidance on contact investigation recommends screening all household contacts, especially children under five.

Conclusion. We must think of TB in any elderly person with unexplained weight loss, and treat the household, not only the patient.

Action plan. We screened eleven household members and found one child with TB infection, who started preventive therapy. I have added TB to our geriatric assessment checklist for weight loss.
`,
  },
  {
    id: "ng-comment-009",
    setting: "outbreak response",
    role: "field epidemiologist",
    text: `
Thank you for this honest account. I worked on a similar response in 2021 and we also ran out of Ringer's lactate in the first week. One thing that helped us was pre-positioning cholera kits with the LGA before the rainy season. The oral cholera vaccine made a visible difference too. Community volunteers are truly the heroes of these outbreaks.
`,
  },
];
