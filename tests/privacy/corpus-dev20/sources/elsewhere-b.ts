import type { SourceItem } from "../../corpus/types.ts";
import { cpf, emiratesId, nric } from "../gen.ts";

/** Singapore, the United Arab Emirates, Brazil, the Philippines, Egypt and Nepal. */
export const ELSEWHERE_B: SourceItem[] = [
  {
    id: "sg-free-001",
    setting: "teaching ward round",
    role: "senior consultant (geriatric medicine, residency faculty)",
    text: `
Teaching round with the internal medicine residents this week, and a reminder of how much a bedside can teach that a case conference can't.

We saw ⟦NAME|Madam Tan Ah Moi⟧, NRIC ⟦ID|${nric("S0614473")}⟧, ⟦AGE|93⟧, in ⟦FACILITY_ROOM|Ward 76, bed 12, Singapore General Hospital⟧, admitted on ⟦DATE|the second day of Chinese New Year⟧ with a fall and a hip fracture. Her grandson ⟦NAME|Marcus⟧ speaks only English; she speaks only Hokkien. The residents had been communicating with her through him.

The teaching point was delirium and pain. She'd been given tramadol post-op, and the residents wanted to add haloperidol for agitation. Dr. Lim Wei Ling, our geriatric fellow, asked in Hokkien whether she was in pain. She was. Her agitation settled with regular paracetamol and a fascia iliaca block.

For the residents: communication in the patient's own language is not a courtesy, it's a clinical examination. Use the interpreter service, or a colleague who speaks the language, and don't rely on family for clinical questions.
`,
  },
  {
    id: "sg-what-002",
    setting: "patient portal teaching",
    role: "family medicine faculty (polyclinic teaching)",
    text: `
What? I was teaching our family medicine residents on telehealth consultations and used an audit report from our IT team. On slide 4, the report showed a login record for one of our elderly patients: ⟦NAME|Mr Raju s/o Subramaniam⟧, ⟦FACILITY_ROOM|Bedok Polyclinic⟧, login from IP ⟦IP|203.0.113.58⟧ on ⟦DATE|3 March 2024⟧, flagged because his daughter had been logging in on his behalf from overseas.

So what? The example was meant to show why proxy access matters: families log in for elderly parents all the time, often with the patient's own password. But I used a real audit record without redaction. A resident pointed it out.

Now what? I've rebuilt the slide with fictional data. I've also asked our IT colleague, Mr. Benjamin Goh, to teach a session on proxy access and the Healthcare Services Act.
`,
  },
  {
    id: "sg-free-003",
    setting: "residency program report",
    role: "program director (emergency medicine)",
    text: `
End of the academic year, and my annual note to the faculty on our emergency medicine residency.

Numbers first: twelve residents graduated, all passed the exit exam. Three are going abroad for fellowships (two to Australia, one to Canada). Our in-training exam scores improved for the third year running.

What worked this year: our "resus lead" curriculum. Each senior resident leads twenty resuscitations under direct observation, with a structured debrief afterwards. Dr. Siti Rahmah and Dr. Daniel Koh have been superb faculty leads, and the residents' confidence surveys show it.

What didn't work: wellness. Two residents took medical leave for burnout, and our survey shows that night shifts remain the biggest stressor. We will pilot a 10-hour night shift model from July, following the ACEM recommendations on shift length.

Research: seven resident projects presented at the Singapore Health and Biomedical Congress and one published in the Singapore Medical Journal. Well done, everyone.
`,
  },
  {
    id: "ae-free-001",
    setting: "cardiology fellows teaching",
    role: "consultant cardiologist (fellowship program director, Abu Dhabi)",
    text: `
Fellows' teaching session this week on device clinic, and I brought a case from the previous month to illustrate a lead fracture.

My slide had everything on it: ⟦NAME|Mr Saeed Al Mansoori⟧, Emirates ID ⟦ID|${emiratesId("784-1961-3052874")}⟧, dual-chamber pacemaker serial ⟦DEVICE|PJN718204S⟧, implanted at ⟦FACILITY_ROOM|Cleveland Clinic Abu Dhabi⟧, remote monitoring transmission on ⟦DATE|2 Ramadan⟧ showing an impedance spike. I had taken it straight from the remote-monitoring portal.

One of the fellows, Dr. Hessa, asked quietly afterwards whether the serial number counted as an identifier. It does, and I should have removed it.

Teaching content: lead impedance above 2,000 ohms with noise on the EGM suggests conductor fracture; the history of a recent fall helps. The fellows discussed extraction versus capping and a new lead.

Next time I'll use the manufacturer's anonymised example transmissions instead.
`,
  },
  {
    id: "ae-what-002",
    setting: "nursing education",
    role: "clinical nurse educator (Dubai)",
    text: `
What? During orientation for new nurses in the paediatric ward, a nurse preceptor used a real handover sheet as a model: ⟦NAME|Baby Maryam⟧, ⟦FACILITY_ROOM|PICU bed 3, Al Jalila Children's⟧, mother ⟦NAME|Fatima⟧'s number ⟦PHONE|+971 50 555 0142⟧, allergies, weight, pending cultures.

So what? The sheet was a good model of SBAR: clear, brief, with a plan. But it was real, and it was handed to fifteen new staff.

Now what? Our education team will create a set of fictional handover sheets. I've also added a privacy segment to orientation, using SBAR with fictional patients. Ms. Reena Joseph, our nursing director, supported the change.
`,
  },
  {
    id: "ae-free-003",
    setting: "conference report",
    role: "family medicine residency faculty",
    text: `
A few notes from the Emirates Family Medicine Conference for our residents who couldn't attend.

The keynote by Dr. Wadeia Al Sharief on diabetes prevention in the Gulf was excellent. Rates of type 2 diabetes in the UAE are among the highest in the world, and she argued that family physicians must lead screening rather than wait for endocrinologists.

I attended a workshop on teaching motivational interviewing, led by a team from the American University of Beirut. We practised in pairs. The skill of reflective listening is harder than it looks; most of us jumped to advice within a minute.

The residents' poster session was strong. One of ours, Dr. Khalid, presented a study on vitamin D supplementation adherence and got good questions.

Next year, I want every senior resident to submit an abstract.
`,
  },
  {
    id: "br-free-001",
    setting: "residency teaching",
    role: "preceptor (family and community medicine residency, São Paulo)",
    text: `
Our family medicine residents run a weekly case discussion, and this week I want to write about a mistake I made as preceptor.

The case was a home visit to ⟦NAME|Dona Benedita⟧ — ⟦NAME|Benedita Aparecida dos Santos⟧, CPF ⟦ID|${cpf("318.247.605")}⟧ — bedbound after a stroke, living at ⟦ADDRESS|Rua das Palmeiras, 214, Jardim Ângela, São Paulo - SP, 04929-030⟧. Her daughter ⟦NAME|Cida⟧ is her full-time carer and sends us updates at ⟦EMAIL|cida.santos.cuidadora@gmail.com⟧.

I photographed the prescription sheet for the residents to discuss the drug interactions (warfarin and amiodarone, a classic). The photo had everything on it, and I shared it in our residents' group.

The residents discussed the interactions well: INR rising, bleeding risk, the need for closer monitoring.

But the lesson for me: a preceptor must model privacy, not just medicine. I deleted the photo and explained why to the residents.
`,
  },
  {
    id: "br-what-002",
    setting: "simulation debrief",
    role: "simulation coordinator (Porto Alegre)",
    text: `
What? A high-fidelity simulation of septic shock for fifth-year medical students, using the Surviving Sepsis Campaign bundles. The team recognised sepsis quickly but took 25 minutes to start noradrenaline, waiting for a central line.

So what? In the debrief, a student said they didn't know noradrenaline could be given peripherally. The guidelines say it can, through a large peripheral vein, while a central line is placed. This is a knowledge gap we can fix.

Now what? We'll add peripheral vasopressors to the pre-sim reading. Prof. Renata Oliveira suggested a short video on peripheral noradrenaline protocols. We'll repeat the scenario next semester.
`,
  },
  {
    id: "br-free-003",
    setting: "bedside teaching",
    role: "internal medicine professor",
    text: `
Every Thursday I take a group of internal medicine residents to see one patient in depth, and this week's session I want to record.

The patient was ⟦NAME|Seu Joaquim⟧, ⟦AGE|aged 90⟧, in ⟦FACILITY_ROOM|leito 8 of the enfermaria, Hospital das Clínicas de Ribeirão Preto⟧, admitted on ⟦DATE|21 de abril⟧ with heart failure decompensation. He was a sugar cane cutter for fifty years and told us about it with pride.

The teaching points: heart failure with preserved ejection fraction, diuretic resistance, and the use of SGLT2 inhibitors in elderly patients. Dr. Paula Mendes, our cardiologist, joined us and talked about the evidence from EMPEROR-Preserved.

But the best part was his story. The residents learned more about occupational history in that hour than in a year of lectures.
`,
  },
  {
    id: "ph-free-001",
    setting: "community medicine teaching",
    role: "community medicine faculty (Philippines)",
    text: `
Our medical interns spent four weeks in a rural health unit for their community medicine rotation, and I want to reflect on one case they brought back.

A child, ⟦NAME|Baby Angel⟧, with severe malnutrition, from ⟦LOCATION|Sitio Kalubihan, Barangay San Isidro⟧. Her family started a Facebook fundraiser, ⟦URL|https://www.facebook.com/groups/helpbabyangelsanisidro⟧, and the interns shared it in their presentation.

They also included her PhilHealth number ⟦ID|12-025558913-7⟧ on a slide about enrolment.

The clinical discussion was excellent: WHO's guidelines for severe acute malnutrition, ready-to-use therapeutic food, and the role of the barangay health workers. But privacy was a concern.

I asked the interns to remove the identifiers and reflect on their role as public health workers.
`,
  },
  {
    id: "ph-what-002",
    setting: "OSCE",
    role: "clinical skills coordinator (Manila)",
    text: `
What? Our clinical clerks had their end-of-rotation OSCE in pediatrics. One station was a counselling station on the dengue warning signs, with a standardised parent played by one of our faculty, Dr. Carmela Reyes.

So what? Most clerks recited the warning signs: abdominal pain, persistent vomiting, mucosal bleeding, lethargy. Few explained what the parent should do if a sign appeared. Fewer checked understanding using teach-back.

Now what? We'll add a teach-back demonstration to the pre-OSCE review, and Dr. Reyes will record a model counselling session. The DOH dengue guidelines will be part of the reading list.
`,
  },
  {
    id: "ph-comment-003",
    setting: "community medicine teaching",
    role: "medical intern (comment)",
    text: `
Thank you doc for the reflection. I was one of the interns who shared the fundraiser link. We wanted to help ⟦NAME|Baby Angel⟧'s family, but I understand now why it shouldn't be in a presentation. We're coordinating with the RHU midwife for her follow-up instead, and she is gaining weight.
`,
  },
  {
    id: "eg-free-001",
    setting: "teaching ward round",
    role: "professor of internal medicine (Cairo)",
    text: `
Our residents' teaching rounds this week included a patient with hepatic encephalopathy, and I want to reflect on how we teach the approach.

The patient was ⟦NAME|Hagg Mahmoud Abdel-Rahman⟧, national ID ⟦ID|25309120104537⟧, from ⟦LOCATION|Kafr El-Sheikh Ibrahim, a village in Menoufia⟧, admitted to ⟦FACILITY_ROOM|ward 4, bed 17 at Kasr Al Ainy⟧. He had a history of HCV and had been treated with sofosbuvir under the national programme.

The teaching points were the West Haven criteria, precipitants (infection, GI bleed, constipation), and lactulose and rifaximin dosing.

The residents presented well but rushed through the precipitants. I asked them to slow down and check each one at the bedside.
`,
  },
  {
    id: "eg-free-002",
    setting: "medical education workshop",
    role: "lecturer (medical education department)",
    text: `
I ran a workshop for our new faculty on writing good MCQs, and it went better than I expected.

Twenty-five new lecturers from different departments. We used examples from our own exams, and I showed them the common flaws: negative stems, "all of the above", clues in the options.

The highlight was an exercise where each pair wrote an MCQ on a clinical topic and another pair answered it. Dr. Mona El-Sayed wrote a question on Graves' disease that no one could answer, because the correct answer wasn't in the options.

I will run a follow-up workshop on OSCE station design next month.
`,
  },
  {
    id: "np-free-001",
    setting: "rural posting supervision",
    role: "associate professor (community medicine, Nepal)",
    text: `
Our MBBS interns do a rural posting in a district hospital, and this year I visited them during their placement. A case they discussed with me is worth recording.

A patient named ⟦NAME|Ram Bahadur Tamang⟧, from ⟦LOCATION|Ward No. 5 of Jugal Rural Municipality, Sindhupalchok⟧, had a snakebite. He was treated with anti-snake venom and recovered.

The interns presented well: identification of the snake, indications for ASV, and monitoring for neurotoxicity. But they had included the patient's phone number, ⟦PHONE|+977 984-5550173⟧, on a slide. I asked them to remove it.

We also discussed the Ministry of Health's snakebite treatment guidelines.
`,
  },
  {
    id: "np-free-002",
    setting: "journal club",
    role: "assistant professor (paediatrics)",
    text: `
Our paediatric residents held a journal club on a Lancet paper on neonatal sepsis in South Asia. Dr. Sushma presented it.

The discussion focused on antibiotic resistance and the challenges of treating sepsis in low-resource settings. We discussed the WHO's possible serious bacterial infection guidelines and how they apply in Nepal.

Dr. Bikash raised a question about the use of gentamicin and amoxicillin in outpatient settings, and the discussion was lively.

Next month we'll discuss a paper on kangaroo mother care.
`,
  },
];
