import type { Candidate } from "../types.ts";
import { asciiCapAt, asciiLetterWordStart, eachMatch, eachMatchNear, nearMatcher, ownWorkSentence, wordsBefore } from "../context.ts";
import { FIRST_NAMES, PLACES, PLACES_ALONE, keyOf } from "../lexicon/names.ts";
import { CALENDAR, EPONYMS, HEADINGS, ORGANISATIONS, PEOPLES, STAFF_ROLES } from "../lexicon/terms.ts";
import { FESTIVAL_START_RE } from "./dates.ts";

/**
 * FACILITY_ROOM: wards, bays, beds, rooms and units with a number or name ("bed 4 on Ward 7B",
 * "Bay 3, bed 2", "Nightingale Ward"), named hospitals, clinics, hospices and care homes
 * ("St Mary's Hospital ICU", "Aga Khan University Hospital", "Oakwood Care Home"), and the
 * acronyms of well-known teaching hospitals ("AIIMS Delhi"). Adjacent parts joined by
 * ",", "on", "in" or "at" become one finding. Generic descriptions ("a district general
 * hospital", "a teaching hospital in Lahore", "the ward", "the ICU") are not flagged.
 *
 * LOCATION: a small place tied to the patient: "the village of Kotli", "lives in Little
 * Snoring" (not a known city, county, state or country), and a named street without a house
 * number after a shop or landmark ("the Tesco on Hope Street").
 */

// (v28: not a length of time after it: "stays by the bed 24 hours a day")
const ROOM_RE =
  /\b(?:[Ww]ard|[Bb]ay|[Bb]ed|[Rr]oom|[Ss]ide[ -]room|[Cc]ubicle|[Cc]ouch|[Cc]ot|[Ii]ncubator|(?:[Rr]adiant\s)?[Ww]armer|[Ii]solette|[Cc]rib|[Tt]heatre|[Tt]heater|[Pp]od|Unit|[Cc]hair)(?:\s|-(?=\d))?(?:no\.?\s?|number\s|#\s?)?(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,3}|(?<=(?:[Ww]ard|Unit)\s)(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)|(?<=(?:[Ww]ard|[Bb]ay|[Bb]ed|[Rr]oom|[Cc]ubicle|[Cc]ot)\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?!\s(?:days?|weeks?|hours?|nights?|times|patients|beds|of|or|and\s+(?:a|two|three)|more|other|others|people|months?)\b))(?![A-Za-z0-9-]|\/\d|['’](?:ve|m|d|ll)\b|\s(?:hours?|hrs?|days?|nights?|weeks?|months?|minutes?|mins?)\b)/g;
// v12: a clinical area named with a number is one place in the department, like a bed: "Resus 4", "Trauma 2", "Majors 3",
// "Recovery 1", "Stretcher 4", "Trolley 6", "OR 3", "rm 14", and the words for bed, ward and room in the languages our
// writers mix in ("katil 14", "wad 6B", "leito 7", "quarto 12", "cama 5"; v19: "salle 3, lit 12", "chambre 8", "sala 2",
// "habitación 4", "stanza 6", "letto 9", "Bett 3", "Zimmer 12", "kamar 5"; v28: Turkish "oda 512", "yatak 6"; v36: Vietnamese
// "phòng 204", a German ward's code before its room, "Station K3, Zimmer 12"; an OSCE's "Station B4" is not). Digits only,
// and not a dose, a count or a time.
// A ward code before "ward" ("E1 ward") and a numbered corridor space ("corridor space C4") too.
const AREA_ROOM_RE =
  /\b[Cc]abin\s\d{1,4}(?:-\d{1,3})?(?![A-Za-z\d-])|\bStation\s[A-Z]\d{1,2}(?=,?\s(?:Zimmer|Bett|Raum)\s\d)|\b(?:[Cc]orridor\s+(?:space|spot|bay|area)\s+[A-Z]?\d{1,3}|[A-Z]\d{1,2}[A-Z]?\s+[Ww]ard)(?![A-Za-z\d])|\b(?:[Rr]esus|Resuscitation|Trauma|[Mm]ajors|[Mm]inors|Recovery|Isolation|Stretcher|Trolley|Booth|OR|[Mm]at|[Rr]ecovery\s+tent|(?:[Bb]irth|[Dd]elivery|[Ll]abou?r|[Bb]irthing)\s+(?:[Ss]uite|[Rr]oom)|[Rr]m\.?|[Kk]atil|[Ww]ad|[Ll]eito|[Qq]uarto|[Pp]h[oò]ng|[Cc]ama|[Ss]alle|(?<=\b(?:au|le|du|[Ss]alle\s\d{1,3},?)\s)lit|[Cc]hambre|[Ss]ala|[Hh]abitaci[óo]n|[Ss]tanza|[Ll]etto|[Ll]ove|[Bb]ett|[Zz]immer|[Kk]amar|[Oo]da|[Yy]atak|[Kk]amer|[Mm]attress|[Ee]nfermaria|[Rr]um|(?:[Ee]xam(?:ination)?|[Cc]onsult(?:ing|ation)?|[Ii]nterview|[Tt]reatment|[Tt]riage|[Pp]rocedure|[Ss]can|[Uu]ltrasound)\s[Rr]oom|Division|Tier|Dorm(?:itory)?)\s?(?:no\.?\s?|#\s?)?\d{1,3}[A-Za-z]?(?![A-Za-z0-9-]|\/\d|[.,]\d|\s?(?:%|mg|mcg|kg|ml|mL|days?|weeks?|hours?|hrs?|mins?|minutes|months?|years?|times|patients|people|beds|units|am|pm)\b)/g;
// Every match has a digit within 24 characters of its start ("Resuscitation no. 12", "corridor space C4"), and starts
// with \b and an ASCII letter.
// v29: two beds or cots named together ("Alfie and Isla in cots 3 and 4", "beds 11 to 14")
const ROOM_PAIR_RE = /\b(?:[Bb]eds|[Cc]ots|[Bb]ays|[Rr]ooms|[Cc]ubicles|[Ii]ncubators|[Ww]armers|[Ss]ide\s+rooms)\s\d{1,3}[A-Z]?(?:,\s\d{1,3}[A-Z]?)*\s(?:and|&|to)\s\d{1,3}[A-Z]?(?![\w-])/g;
const AREA_ROOM_NEAR = nearMatcher(AREA_ROOM_RE, /\d/g, 24, asciiLetterWordStart);
const NAMED_WARD_RE = /\b(?:(?:St\.?|Saint)\s)?(?:[A-Z][a-z'’]{2,20}\s){1,2}(?:Ward|Unit|Wing)\b/g;
const FAC_HEAD =
  // (v34: and the Nordic words, "Akademiska sjukhuset")
  "Hospital|Hospitals|Hospitaal|Ziekenhuis|Krankenhaus|[Ss]jukhuset|[Uu]niversitetssjukhuset|[Ss]ykehus|[Ss]ygehus|Spital|Aspatal|Haspatal|Infirmary|Hospice|Clinic|Medical\\s+Cent(?:re|er)|Health\\s+Cent(?:re|er)|Care\\s+Home|Nursing\\s+Home|Residential\\s+Home|Rest\\s+Home|Care\\s+Centre|" +
  "Medical\\s+College|Institute\\s+of\\s+Medical\\s+Sciences|Polyclinic|Dispensary|Maternity\\s+Home|Maternity|Health\\s+Post|Health\\s+Facility|Health\\s+Complex|Sanatorium|Sanitarium|Leprosarium|Birth(?:ing)?\\s+Cent(?:re|er)|Rehab(?:ilitation)?\\s+Cent(?:re|er)|Health\\s+Campus|Hospital\\s+Campus|Medical\\s+Campus|Aid\\s+Post|Nursing\\s+Post|Multi-?[Pp]urpose\\s+(?:Health\\s+)?(?:Service|Cent(?:re|er))|Treatment\\s+Cent(?:re|er)|Cancer\\s+Cent(?:re|er)|Diagnostic\\s+Cent(?:re|er)|Dialysis\\s+Cent(?:re|er)|Heart\\s+Institute|Eye\\s+Institute|Medical\\s+Institute|Retirement\\s+Village|Aged\\s+Care|Lodge\\s+Care\\s+Home|Health\\s+Cent(?:re|er)\\s+(?:II|III|IV)|HC\\s?(?:II|III|IV)|CHPS(?:\\s+Compound)?|Surgery|Medical\\s+Practice|Health\\s+Centre|NHS\\s+(?:Foundation\\s+)?Trust|Teaching\\s+Hospital|Medical\\s+Center|" +
  // v26: centres of care named for what they treat ("the Gender Violence Recovery Centre", "Welsh Centre for Burns")
  "(?:Recovery|Crisis|Rescue|Drop-?in|Wellness)\\s+Cent(?:re|er)|Cent(?:re|er)\\s+for\\s+(?:Burns|Plastic\\s+Surgery|Spinal\\s+Injuries|Neonatal\\s+Care|Sick\\s+Children)|" +
  // v6: dental surgeries, pharmacies by name, prisons, ambulance stations, primary-care units in many systems.
  "(?:Dental\\s+(?:Surgery|Practice|Clinic|Cent(?:re|er)|Hospital)|Pharmacy|Chemists?|Drugstore|Drug\\s+Store|Prison|Correctional\\s+(?:Cent(?:re|er)|Facility|Institution)|Remand\\s+Cent(?:re|er)|Young\\s+Offenders\\s+Institution|Detention\\s+Cent(?:re|er)|[Dd]etention\\s+[Cc]ent(?:re|er)|[Rr]emand\\s+[Cc]ent(?:re|er)|Jail|Gaol|Penitentiary|Custodial\\s+Cent(?:re|er)|Immigration\\s+Removal\\s+Cent(?:re|er)|Ambulance\\s+Station|Health\\s+Station|Rural\\s+Health\\s+Unit|Health\\s+Unit|Health\\s+Complex|Family\\s+Health\\s+Cent(?:re|er)|Community\\s+Clinic|Physiotherapy\\s+(?:Clinic|Cent(?:re|er))|Physio\\s+Clinic|Midwifery\\s+Unit|Birth\\s+Unit)" +
  // …but not the service or body named after them ("Scottish Prison Service", "HM Prison and Probation Service").
  "(?!\\s(?:Service|Services|Trust|Reform|Department|Team|Officers?|Staff|Inspectorate|Council|Society|Association|Board|Policy|Rules|Act|and\\s+Probation))";
const NAME_WORD = "(?:St\\.?|Saint|[A-Z][A-Za-z'’\\-]{1,24}|of|the|and|&)";
// After the head: "… Hospital for Sick Children", "… Hospital's trauma unit", "… Hospital ICU".
const FAC_TAIL =
  "(?:\\sfor\\s(?:the\\s)?(?:Sick\\s)?[A-Z][A-Za-z'’-]+(?:\\s(?:and|&)\\s[A-Z][A-Za-z'’-]+)?)?" +
  "(?:['’]s\\s(?:(?:[a-z]+|[A-Z][a-z]+)\\s){0,2}(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|A&E|ED|OPD|[Uu]nit|[Ww]ard|[Dd]epartment|[Tt]heatres?|[Cc]linic|[Ee]mergency(?:\\s(?:room|department|unit))?|[Cc]asualty|[Mm]aternity|[Rr]esus|[Ww]ing|[Bb]lock))?" +
  "(?:\\s(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|A&E|ED|OPD|Emergency\\s+Department|Maternity\\s+Unit|Casualty))?";
// v12: not a model, approach or programme named after a kind of facility ("The CHPS model depends on …").
const BOOK_BEFORE_RE = /\b(?:(?:a|my|his|her|the|our)\s+(?:(?:old|battered|new|spare|library|second-hand)\s+)?cop(?:y|ies)\s+of|edition\s+of|chapters?\s+(?:\d{1,3}\s+)?(?:of|in)|(?:reading|re-?read|read|borrowed|revising\s+from)|textbook,?)\s+$/i;
const FACILITY_RE = new RegExp(`\\b${NAME_WORD}(?:\\s${NAME_WORD}){0,6}?\\s(?:${FAC_HEAD})\\b(?!\\s(?:model|models|approach|programme|program|strategy|concept|initiative|system)\\b)${FAC_TAIL}`, "g");
// Head first (Malaysia, Brazil, the Philippines, Latin America): "Hospital Kuala Lumpur", "Hospital das Clínicas", "Hospital Universiti Sains Malaysia".
// Not a label: "Hospital ID: K-45-2281", "Hospital Number 448201" name a record, not a hospital.
const HEAD_FIRST_RE =
  /\b(?:Ysbyty|Ospidéal|Ospital|Mustashfa|Mustashfa['’]?a|Hospital|Hôpital|Hospitalario|Clínica|Clinica|Klinik|Kinderklinik|Klinikum|Maternidade|Maternidad|EHPAD|B[eệ]nh\s+[Vv]i[eệ]n|Rumah\s+Sakit|Ospedale|Pusat\s+Kesihatan|Klinik\s+Kesihatan|Centro\s+de\s+Sa[uú]de|Posto\s+de\s+Sa[uú]de|Santa\s+Casa)\s(?!(?:ID|No|Number|Numbers|Records?)\b)(?:(?:de|da|das|do|dos|del|de\s+la|ng|di|San|Santa|São)\s)?([A-ZÀ-ɏ][\p{L}'’-]+(?:\s(?:(?:de|da|das|do|dos|del|ng)\s)?[A-ZÀ-ɏ][\p{L}'’-]+){0,4})(?:\s(?:ICU|HDU|NICU|PICU|CCU|ED|OPD))?/gu;
const HOSPITAL_KIND_BEFORE_RE =
  /(?:^|[^\p{L}])((?:(?:Government|Govt\.?|General|Civil|District|Federal|State|Provincial|Regional|Municipal|Teaching|Specialist|Mission|Military|Police|Railway|Cantonment|Combined|Divisional|Tehsil|Taluk|Sub-?[Dd]ivisional|Referral|Base|Memorial|Methodist|Baptist|Catholic|Christian|Adventist|Women['’]s|Children['’]s|Maternity|University|National|Central|Royal|Community|Rural)\s)+)$/u;
// Session 6: a hospital's name before a unit's acronym ("the Holy Family ICU", "Mulago NICU"); the words before must not
// be a kind of unit ("the Cardiac ICU", "Neuro HDU") or anything else the other checks know is not a hospital's name.
const NAMED_UNIT_ACRONYM_RE = /\b((?:[A-Z][\p{Ll}'’-]+\s){1,3})(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|OPD)(?![\p{L}\d])/gu;
const UNIT_KIND_WORD =
  /^(?:Cardiac|Neuro|Neurosurgical|Paeds|Peds|Adult|Coronary|Cardiothoracic|Mixed|Main|New|Old|Covid|COVID|Level|Trauma|Burns|Neonatal|Surgical|Medical|General|Respiratory|Renal|Liver|Transplant|Step-?down|Isolation|Overflow|Surge|Regional|Tertiary|Closed|Open|Busy|Quiet|Full|Whole|Entire|Empty|Local|Big|Small|Same|Other|Night|Day|Weekend|Unit|Ward|Hospital)$/;
const HEAD_FIRST_STOP =
  /^(?:Anxiety|Episode|Episodes|Trust|Trusts|Director|Directors|Manager|Managers|Management|Board|Boards|Authority|Corpsman|Doctor|Doctors|Medicine|Pharmacy|Pharmacist|Acquired|Admission|Admissions|Discharge|Records|Record|Information|Standardised|Standardized|Mortality|Frailty|Day|Night|Week|Staff|Policy|Policies|Guidelines|Services|Service|Ship|At|Home|Inpatient|Outpatient|Number|Numbers|Number's|Level|Care|Social|Acquired|Readmission|Readmissions|Stay|Stays|Length|Volunteer|Volunteers|Chaplain|Chaplaincy|Porter|Porters|Security|Transport|Food|Bed|Beds|Ward|Wards|Infection|Infections|Pass|Passport|Scale|Score|Plan|Act|Code|Grade|Band|Formulary|Protocol|Protocols|Visit|Visits|Appointment|Appointments)$/;
// Community facilities named by an acronym first: "PHC Kothapalli", "BHU Chak 45", "CHC Nanded", "RHC Pindi Bhattian".
// v6: prisons and camps named head-first, and blocks or sections inside them: "HMP Kilbride", "HMYOI Ferndale",
// "Block C of the camp", "Camp 4, Block 12", "Zone B, Shelter 27".
const CUSTODY_CAMP_RE =
  /\b(?:District|Central|Sub)\s(?:Jail|Prison)\s[A-Z][\p{L}'’-]+|\b[A-Z][\p{L}'’-]{1,30}\s(?:Custodial|Correctional)\s(?:Centre|Center|Facility)|\b(?:HMP|HMYOI|HMIRC|HM\s+Prison|Prisão|Presídio|Penitenci[áa]ria)\s[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?|\b(?:Camp|Sector|Zone|Block|Shelter|Cell|Wing|Landing|Hall|Houseblock)\s(?:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)(?:,?\s(?:Block|Shelter|Cell|Landing|Wing|Tent|Row|Line|Unit)\s(?:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)){1,4}(?![\p{L}\d])|(?<=\b(?:in|to|from|at|into|inside|on)\s|,\s)(?:[Cc]ell|Shelter|Tent|Landing|[Hh]ouseblock|House\s[Bb]lock)\s\d{1,4}[A-Z]?(?![\p{L}\d]|\s(?:days?|weeks?|hours?|times|people|men|women))/gu;
const ACRONYM_FIRST_RE = /\b(?:PHC|CHC|BHU|RHC|THQ|DHQ|UHC|CHPS|PHCC|MOU)\s(?:Hospital\s)?[A-Z][\p{L}'’-]+(?:\s(?:[A-Z][\p{L}'’-]+|\d{1,4}(?:\s?[A-Z]{1,2})?)){0,2}/gu;
// "on 7 West", "to 4 East": American unit names by floor and wing.
const FLOOR_WING_RE = /\b(?:on|to|in|from|onto)\s(\d{1,2}[A-Z]?\s(?:North|South|East|West|Main|Tower)(?:\s[A-Z])?)\b(?!\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Dr|Way|Court|Place|Boulevard|Blvd|[A-Z][a-z]+\s(?:Street|Road|Avenue)))/g;
// A ward code after a hospital name: "Groote Schuur C14", "Bara Ward 2", "Steve Biko G7".
const HOSP_WARD_CODE_RE = /\b(?:in|on|to|from|at|into)\s((?:the\s)?(?:[A-Z][\p{L}'’-]{2,24}\s){1,3}[A-Z]\d{1,2}[A-Z]?)(?![\p{L}\d/.-]|\.\d)/gu;
const WARD_CODE_STOP =
  /^(?:the|Vitamin|Vit|Group|Grade|Stage|Type|Class|Lead|Level|Cycle|Channel|Band|Zone|Room|Bed|Ward|Bay|Section|Paper|Question|Table|Figure|Fig|Appendix|Station|Block|Sector|Phase|Hepatitis|Hep|Factor|Complex|Protein|Receptor|Segment|Cranial|Nerve|Root|Dermatome|Vertebra|Cervical|Thoracic|Lumbar|Sacral|Gate|Gates|Platform|Seat|Row|Floor|Step|Part|Unit|Module|Year|Term|Rotation|Rota|Firm|Team|Slide|Tab|Tabs|Tube|Page|Chapter|Hall|Lecture|Tutorial|Seminar|Classroom|Lab|Laboratory|Exam|Group|Batch|Version|Model|Series|Size|Set|Exam|Paper|Test|Item|Box|Cell|Form|Field|Serotype|Strain|Variant|Oxford|Emergency)$/;
// Care verbs and patient nouns that make the capitalised name after them the place of care:
// "delivered at Pumwani", "had her surgery at Shaukat Khanum", "my patient at Kalafong", "spent a week at the Rotunda".
const CARE_AT_RE =
  /\b(?:delivered|gave\s+birth|treated|operated\s+on|seen|reviewed|died|booked|scanned|dialysed|dialyzed|nursed|ventilated|intubated|stabilised|stabilized|resuscitated|born|admitted|discharged|followed\s+up|registered|attends|attended|attending|collects|collected|followed|managed|monitored|looked\s+after|cared\s+for|had\s+(?:(?:her|his|their|the|a|an)\s+)?(?:baby|babies|twins|surgery|operation|op|scan|dialysis|chemo(?:therapy)?|radiotherapy|delivery|procedure|transplant|amputation|caesarean|cesarean|C-section|section|appendicectomy|appendectomy|MRI|CT|biopsy|stroke|fall|stent|angiogram)|(?:patients?|residents?|inpatients?|in-patients?)|spent\s+(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|many|the|last|his|her|their|few)\s){1,3}?(?:days?|weeks?|months?|nights?|years?))\s+(?:(?:him|her|them|there)\s+)?(?:at|from|to|in\s+the)\s+(?:the\s+)?((?:St\.?\s|Saint\s)?[A-Z][\p{L}'’-]{1,24}(?:\s(?:[A-Z][\p{L}'’-]{1,24}|of|and|&)){0,4})/gu;
const CARE_AT_STOP =
  /^(?:Rounds|Round|Club|Meeting|Meetings|Conference|Congress|Symposium|Medicine|Band|Grade|Level|Step|Stage|Excel|Word|Teams|Zoom|Simulation|Sim|Lab|Labs|Laboratory|Library|School|College|University|Academy|MDT|Morbidity|Mortality|Audit|Handover|Huddle|Teaching|Session|Workshop|Course|Exam|Exams|OSCE|Finals|Practice|Home|Night|Nights|Christmas|Weekend|Work|Church|Mosque|Temple|Court|Prison|Police|Station|Airport|Tesco|Walmart|Starbucks)$/;
const KNOWN_ACRONYMS = /^(?:LUTH|UNTH|KATH|KBTH|KNH|MTRH|UCH|UCLH|GOSH|CHUM|CHUS|KEM|KEMH|CHBAH|RVI|QEH|QMC|LGI|JPMC|PIMS|AKUH|SKMCH|AIIMS|PGI|PGIMER|CMC|JIPMER|NIMHANS|UCTH|OAUTHC|ABUTH|LASUTH|UITH|JUTH|AKTH|UBTH|ISTH|NAUTH|FMC|RMH|RPH|RAH|RNSH|RPA|PGH|UPH|HKL|UMMC|PPUKM|HUSM|GSH|RXH|TBH|CHB|SGH|NGH|RLUH|JRH|MRI|RHH|RBH|NNUH|BRI|UHW|RIE|GRI|QEUH|SJH|TUH|CUH|MUH|MMUH|KAH)$/;
const GENERIC = new Set(
  ("a an the this that our my their his her its of and & district general teaching university community regional children's childrens women's womens maternity psychiatric " +
    "mental health eye dental cancer specialist private public government civil county rural cottage field military veterans state federal local main big large " +
    "small new old global every each all any no some tertiary secondary primary care referral major trauma centre center national city medical surgical diabetes fracture antenatal memory pain " +
    "outpatient outpatients sexual tb chest cardiology oncology fertility gp walk-in urgent day neurology renal respiratory paediatric pediatric rheumatology " +
    "dermatology ent orthopaedic orthopedic obstetric gynaecology gynecology hiv travel smoking cessation weight management family planning baby well wellness " +
    "aseptic dispensing compounding homecare clinical retail online hospital inpatient outpatient satellite mobile open closed category high street youth women's ambulance prison dental oral maxillofacial " +
    "nhs trust foundation acute independent charity charitable village town rehab rehabilitation stroke same other nearest nearby another one " +
    // v14: more department words a unit is named by in any hospital ("the Emergency Paediatric Unit", "Medical Unit II")
    "emergency intensive critical neonatal special coronary burns dialysis haematology hematology gastroenterology nephrology endocrinology psychiatry psychiatric " +
    "geriatric elderly palliative infectious isolation observation assessment admissions discharge short-stay day-case ambulatory").split(" "),
);
// A named care home or hospice written with a lower-case head: "Beech House care home", "the Glenorchy Uniting aged care home".
const NAMED_HOME_RE =
  /\b(?:St\.?\s|Saint\s)?[A-Z][\p{L}'’-]{1,24}(?:\s(?:[A-Z][\p{L}'’-]{1,24}|of|&|and)){0,4}\s(?:aged\s+care|residential\s+care|care|nursing|residential|rest|retirement|old\s+people's|old\s+age|elders['’]?|elderly|senior\s+citizens['’]?)\s+(?:home|facility|village|centre|center)\b/gu;
// "<unit> at <name>": the name after a ward or department word is the hospital ("Labour ward at Korle Bu", "Casualty at Mulago";
// v30: "the eye clinic of Korle Bu", not an acronym's "clinic of UNIFESP", which is a university's).
// Session 6: the teams and labs of a hospital too ("the medical team at Ninewells", "the cath lab in Fortis Escorts"); "in"
// only after a unit word that is a place of care (a city after it is dropped below).
const UNIT_AT_RE =
  /\b(?:(?:[Ww]ards?|[Uu]nit|[Dd]epartment|[Cc]asualty|[Tt]heatres?|[Cc]linic|ICU|HDU|ITU|NICU|PICU|SCBU|ED|A&E|OPD|[Ee]mergency|[Mm]aternity|[Rr]esus|[Tt]riage|[Ll]abour\s+suite|[Dd]elivery\s+suite|[Pp]ost-?natal|[Aa]nte-?natal|[Cc]ath(?:eter)?\s+lab|[Tt]eam|[Ss]urgeons|[Cc]ardiologists?|[Oo]ncologists?|[Nn]eurologists?|[Nn]eurosurgeons)\s+at|(?:[Cc]linic|[Ww]ard|OPD)\s+of(?=\s+(?:the\s+)?[A-Z][\p{Ll}])|(?:[Cc]ath(?:eter)?\s+lab|[Ll]abour\s+ward|[Bb]urns\s+unit|[Dd]ialysis\s+unit|[Ss]troke\s+unit)\s+in)\s+(?:the\s+)?((?:St\.?\s|Saint\s)?[A-Z][\p{L}'’-]{1,24}(?:\s(?:[A-Z][\p{L}'’-]{1,24}|of|and|&)){0,4})/gu;
// A hospital's own unit, possessive: "Beaumont's ED", "the Royal's ICU", "KATH's emergency unit".
const POSSESSIVE_UNIT_RE =
  /(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s)\b((?:St\.?\s|Saint\s)?[A-Z][\p{L}-]{1,24}(?:\s[A-Z][\p{L}-]{1,24}){0,3})['’]s\s((?:(?:main|new|old|adult|paediatric|pediatric|children's|medical|surgical|neonatal|general)\s)?(?:ED|A&E|ICU|HDU|ITU|NICU|PICU|CCU|SCBU|emergency(?:\s+(?:unit|department|room))?|casualty|OPD|resus|maternity\s+(?:unit|ward)|labour\s+ward|burns\s+unit|stroke\s+unit|cancer\s+(?:unit|centre|center)|renal\s+unit|dialysis\s+unit|oncology\s+ward|psychiatric\s+(?:unit|ward)|mental\s+health\s+unit))\b/gu;
// v12: and where they were discharged to ("discharged to the State Veterans Home …").
// Where the patient was taken: "transferred to Tygerberg", "admitted to Chris Hani Baragwanath", "referred to Kenyatta National".
// Session 6: every verb that carries a patient somewhere ("diverted to Royal Prince Alfred", "flown to …", "shifted to …",
// "took her to …", "stepped down to …"); a known city, a specialty or a service after it is still not a hospital.
const TAKEN_TO_RE =
  /\b(?:admitted|readmitted|transferred|referred|rushed|airlifted|discharged|diverted|taken|took|brought|sent|shifted|flown|evacuated|retrieved|conveyed|ferried|carried|repatriated|stepped\s+down|stepped\s+up|medevaced|blue-lighted|blue\s+lighted)\s+(?:(?:him|her|them|the\s+(?:baby|child|patient|boy|girl|man|woman))\s+)?(?:(?:back|straight|urgently|directly|across|over|on)\s+)?to\s+(?:the\s+)?((?:St\.?\s|Saint\s)?[A-Z][\p{L}'’-]{1,24}(?:\s(?:[A-Z][\p{L}'’-]{1,24}|of|and|&)){0,4})/gu;
// A named ward with a lower-case head: "on Nightingale ward", "in Tudor unit".
const NAMED_WARD_LC_RE = /\b(?:on|in|to|from)\s+(?:the\s+)?((?:St\.?\s|Saint\s)?[A-Z][a-z'’]{2,20}(?:\s[A-Z][a-z'’]{2,20})?)\s(?:ward|unit|wing)\b/g;
export const SPECIALTY_OR_SERVICE =
  /^(?:Microbiology|Pathology|Biochemistry|Histology|Histopathology|Cytology|Virology|Immunology|Genetics|Imaging|Ultrasound|Echo|Endoscopy|Mortuary|Morgue|Pharmacy|Physio|OT|Dietetics|Audiology|Phlebotomy|Radiotherapy|Chemotherapy|Cardiology|Oncology|Surgery|Medicine|Paediatrics|Pediatrics|Psychiatry|Gynaecology|Gynecology|Obstetrics|Neurology|Neurosurgery|Urology|Orthopaedics|Orthopedics|Haematology|Hematology|Nephrology|Renal|Respiratory|Gastro|Gastroenterology|Dermatology|Rheumatology|Geriatrics|Endocrinology|Ophthalmology|Radiology|Physiotherapy|Palliative|Hospice|Rehab|Rehabilitation|Theatre|Theatres|Recovery|Resus|Majors|Minors|Triage|Maternity|Labour|Neonatal|Intensive|Critical|High|Emergency|Casualty|Outpatients|Clinic|Home|Hospital|Social|Safeguarding|Occupational|Services|Service|Team|Department|Dept|Unit|Ward|Bay|Bed|Room|Floor|Level|Mental|Community|Adult|Child|Children's|Tertiary|Specialist|General|Acute|Medical|Surgical|Elderly|Care|Trauma|Burns|Plastics|Vascular|Cardiothoracic|Transplant|Infectious|Tropical|Sexual|Genito-?urinary|Dental|ENT|Max|Eye|Stroke|Spinal|Pain|Sleep|Memory|Diabetes|Fracture|Foot|Hand|Breast|Colorectal|Upper|Lower|Primary|Secondary|Private|Public|Police|Court|Prison|Jail|Work|School|College|University|Church|Mosque|Temple|Heaven|God|Jesus|Allah)$/;
// Pieces that continue a room or hospital phrase after ", " / " at " / " in the " …
const EXT_RE =
  /(,\s(?:(?:at|in|on|of|within)\s)?(?:the\s)?|\s(?:at|in|on|of|within)\s(?:the\s)?|\s)((?:the\s)?(?:St\.?\s|Saint\s)?(?:\d{1,2}[A-Z]?\s(?:North|South|East|West|[A-Z][a-z]{2,20})|[A-Z]{2,6}(?![\p{L}\d])|[A-Z][\p{L}'’&-]*(?:\s(?:and|of|&|for|de|da|das|do|dos|del|di|della)\s[A-ZÀ-Þ][\p{L}'’-]*|\sSt\.\s[A-Z][\p{L}'’-]*|\s[A-ZÀ-Þ][\p{L}'’-]*){0,5})(?:\s(?:[a-z]+\s)?(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|ED|A&E|OPD|Emergency\s+Department|emergency|ward|unit|theatres?|department|room|bay|suite|wing|lounge))?)/uy;
const EXT_FOLLOW = /^(?:$|[,.;:)!?\n—–]|\s[(—–-]|\s(?:with|where|for|and|after|before|when|because|on|in|at|since|until|under|while|so|but|who|which|that)\b)/;
// v12: honorifics of other languages too ("quarto 12 in Porto, Sr. Joaquim …": the person starts at "Sr").
const NOT_FACILITY_WORD = /^(?:Marae|Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Seu|Dona|Mme|Mlle|Mdm|Encik|Puan|Cik|Tuan|Haji|Hajia|Alhaji|Mzee|Dr|Prof|Sister|Nurse|He|She|They|It|I|We|You|His|Her|Their|Its|Our|My|This|That|These|Those|There|Then|When|While|After|Before|A|An|So|But|And|The|NEWS2?|GCS|BP|HR|SpO2|RR|MRN|NHS|IV|DNACPR|DNR|CT|MRI|ECG|CXR)$/;
// Words just before a room that belong to it: "ICU Bed 5", "Resus Bay 2", "the Trauma ICU, bed 7", "Medical Emergency Room, bed 3", "the red zone, bay 4".
const BRIDGE_RE =
  /(?:,\s|\s(?:of|in|on)\s(?:the\s)?)(?:(?:[a-z-]+|ICU|HDU|ED|A&E|AMU|MAU|SAU|CDU|MICU|SICU|CICU|NICU|PICU|SCBU)\s){0,3}(?:ward|unit|ED|A&E|ICU|HDU|ITU|NICU|PICU|SCBU|department|wing|floor|clinic|theatre|theatres|suite|zone|block|annex|annexe|pavilion|side)(?=[,\s])|\s\((?:[a-z-]+\s?){1,3}\)|,\s(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top)\sfloor(?=,)/y;
// Lower-case words before a room that belong to it: "labour room 2", "private wing room 12", "isolation room 3".
// v12: the chairs and spaces of day units and corridors too ("infusion chair 6", "dialysis chair 3", "corridor space C4").
const BACK_LC_RE = /(?:^|[^\p{L}])((?:(?:labour|delivery|isolation|side|private|amenity|recovery|treatment|consulting|procedure|observation|resus|resuscitation|high-dependency|pre-?op|post-?op|pre-?operative|post-?operative|holding|day-?case|minor|major|anaesthetic|induction|maternity|female|male|paediatric|pediatric|surgical|medical|wing|majors|minors|general|neonatal|postnatal|antenatal|burns|trauma|infusion|chemo|chemotherapy|dialysis|corridor|escalation|overflow|assessment|dental)\s){1,3})$/u;
// v19 (see the backwards step): lower-case modifiers and a unit word, with "the" before them; never a verb or a preposition.
const BACK_UNIT_LC_RE =
  /(?:^|[^\p{L}'’])((?:the\s)?(?:(?!(?:in|on|at|to|from|into|onto|was|is|were|he|she|they|and|or|with|of|for|by|as|a|an|her|his|their|our|my|its|this|that|these|those|who|which|when|while|been|being|be|has|had|have|do|did|does|not|no|came|went|admitted|transferred|moved|sent|taken)\s)[\p{Ll}][\p{Ll}'’-]*\s){1,3}(?:(?:ward|unit|floor|wing|ICU|HDU|NICU|PICU|department)(?:,\s|\s))?)$/u;
const UNIT_LC_AFTER_RE =
  /^,\s(?:the\s)?(?:(?!(?:and|or|with|of|for|by|as|a|an|her|his|their|our|my|its|this|that|he|she|they|was|is)\s)[\p{Ll}][\p{Ll}'’-]*\s){1,3}(?:ward|unit|wing)(?![\p{L}])/u;
const BACK_ADJ_RE = /(?:^|[^\p{L}])((?:(?:[A-Z][\p{L}'’&-]*|ICU|HDU|ITU|NICU|PICU|CCU)\s){1,3})$/u;
const BACK_COMMA_RE = /(?:^|[^\p{L}])((?:the\s)?(?:(?!(?:in|on|at|to|from|into|was|is|were|he|she|they|and|with|of)\s)[A-Za-z][\p{L}'’&-]*\s){0,3}(?:Room|Unit|Ward|Department|ICU|HDU|ITU|NICU|PICU|CCU|zone|Zone|Bay|Theatre|Resus|Suite|Wing)),\s$/u;
const ROOM_START = /^(?:[Ww]ard|[Bb]ay|[Bb]ed|[Rr]oom|[Ss]ide[ -]room|[Cc]ubicle|[Cc]ot|[Ii]ncubator|(?:[Rr]adiant\s)?[Ww]armer|[Ii]solette|[Cc]rib|[Tt]heat(?:re|er)|[Pp]od|Unit|[Cc]hair)\b/;
const ROOM_ANYWHERE = /\b(?:[Ww]ard|[Bb]ay|[Bb]ed|[Rr]oom|[Cc]ubicle|[Cc]ot|[Ii]ncubator)\s?\d/;
// Hospitals known everywhere by an acronym ("AIIMS Delhi", "LUTH") or, since v26, by one word ("Mathari", "Butabika",
// "SickKids"): named alone, they are the hospital.
const KNOWN_HOSPITAL_RE = /\b(?:AIIMS|PGIMER|JIPMER|NIMHANS|LUTH|UNTH|OAUTHC|ABUTH|UCTH|AKUH|JPMC|SKMCH|GOSH|UCLH|CMC\s+Vellore|KEM\s+Hospital|Mulago|Butabika|Mathari|SickKids|Baragwanath|Tygerberg|Broadmoor|Rampton|Carstairs|Pumwani|Muhimbili|Bugando|Raigmore|Ninewells|Stobhill|Kasr\s+Al[\s-]Ainy|Qasr\s+El[\s-]Aini|Altnagelvin|Gartnavel|Hairmyres|Groote\s+Schuur|Bellevue(?!\s(?:Street|St|Road|Rd|Avenue|Ave|Drive|Terrace|Place|Gardens)\b))(?:\s(?:Delhi|New\s+Delhi|Chandigarh|Puducherry|Bengaluru|Bangalore|Jodhpur|Bhopal|Patna|Rishikesh|Lagos|Karachi|Lahore))?\b(?!\s(?:[Rr]oundabout|[Jj]unction|[Rr]oad|[Ss]treet|[Bb]us\s+stop|[Ss]tation|[Mm]arket|[Ii]nterchange))/g;

export const R_ROOM = "A ward, bay, bed or room number, with the date or the story, tells colleagues exactly which patient this was.";
const R_FACILITY = "Naming the hospital, unit or care home narrows the story to a few patients (GMC guidance: no hospital or ward names).";
export const S_ROOM = "Leave out the ward and bed: 'on a medical ward', 'in a side room'.";
const S_FACILITY = "Describe the setting instead: 'a district general hospital', 'a teaching hospital', 'a care home'.";

interface Span {
  start: number;
  end: number;
  room: boolean;
}

// v10: Filipino "ng" and "sa" join a room to its hospital like "of" and "at" ("ER cubicle 3 ng Eastern Visayas Medical Center").
const JOIN_RE = /^(?:,\s?|,?\s(?:on|in|at|of|ng|sa)\s(?:the\s)?|\s)$/i;

// v36: a clinic named by its street or place and what it treats, in lower case ("the Whitecross Lane sexual health
// clinic", "the Eastgate methadone clinic"); not a weekday's or a city's ("the Monday fracture clinic").
const NAMED_KIND_CLINIC_RE =
  /\bthe\s((?:[A-Z][\p{L}'’-]+\s){1,3})((?:sexual\s+health|GUM|genitourinary|antenatal|fracture|eye|dental|TB|HIV|diabetes|memory|fertility|walk-in|family\s+planning|methadone|needle\s+exchange|vaccination|immuni[sz]ation|travel|wound|foot|leg\s+ulcer)\s+(?:clinic|centre|center|service|hub))\b/gu;
function facilityIsGeneric(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const head = words.findIndex((w) => /^(?:Hospital|Hospitals|Hospitaal|Ziekenhuis|Krankenhaus|Spital|Aspatal|Haspatal|Infirmary|Hospice|Clinic|Medical|Health|Care|Nursing|Residential|Rest|Institute|Polyclinic|Dispensary|Maternity|Surgery|NHS|Teaching|Dental|Pharmacy|Chemist|Chemists|Drugstore|Drug|Prison|Correctional|Remand|Young|Detention|Immigration|Ambulance|Rural|Family|Community|Physiotherapy|Physio|Midwifery|Birth)$/.test(w));
  const mods = words.slice(0, head < 0 ? words.length : head);
  return mods.every((w) => GENERIC.has(keyOf(w.replace(/[’']s$/, "'s"))) || GENERIC.has(keyOf(w)));
}

// v8: a room in a place of study or simulation is nobody's bed ("Room 4 of the library", "Bed 12 of our sim lab").
const NON_CLINICAL_AFTER_RE =
  /^\s(?:of|in|at)\s(?:the\s|our\s|my\s)?(?:library|sim(?:ulation)?\s+(?:lab|suite|centre|center|ward)|skills\s+(?:lab|centre|center)|clinical\s+skills|lecture|medical\s+school|nursing\s+school|school|college|university|hostel|halls|seminar|education\s+cent(?:re|er)|postgraduate\s+cent(?:re|er)|exam\s+hall)\b/i;
const DOC_AFTER_RE = /^\s(?:notes|handbook|manual|textbook|guide|guidelines|module|course|curriculum|lectures?|series|podcast|webinar|newsletter|conference|congress|journal|app)\b/i;
const CLINICIAN_FROM_BEFORE_RE = /\b(?:Dr|Prof|Professor|Sister|Matron|Pharm)\.?\s+(?:[\p{Lu}][\p{L}'’./-]*\s+){1,4}(?:(?:ma['’]am|sir|madam)\s+)?from\s+(?:the\s+)?$/u;
const STAFF_FROM_BEFORE_RE = /\b(?:nurses|staff|colleagues|doctors|juniors|registrars|physios|HCAs|team)\s(?:from|on|of)\s(?:the\s)?$/;

/** An ASCII capital after a \b: no [A-Za-z0-9_] before it. */
const capWordStart = (text: string, s: number): boolean => asciiCapAt(text, s) && asciiLetterWordStart(text, s);
/** What (?<![\p{L}\p{M}'’-]) allows before s, tested on ASCII units only (anything else is let through). */
const notAfterNameChar = (text: string, s: number): boolean => {
  if (s === 0) return true;
  const b = text.charCodeAt(s - 1);
  return !((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 39 || b === 45 || b === 0x2019);
};

// Speed: regexes that end in a head word, tried only within reach of it (see nearMatcher). Reaches: FACILITY_RE's seven
// name words of at most 25 characters and their spaces; NAMED_HOME_RE's "Saint " and five words of at most 49 UTF-16
// units and their spaces; POSSESSIVE_UNIT_RE's "Saint " and four such words; NAMED_WARD_RE's "Saint " and two words of
// at most 21; HOSP_WARD_CODE_RE's "into the " and three words of at most 50.
// Session 7: a letter a match starts with follows its \b (no [A-Za-z0-9_] before it): mid-word "o", "t" and "a" were
// most of the tries.
const FACILITY_NEAR = nearMatcher(FACILITY_RE, new RegExp(`\\s(?:${FAC_HEAD})\\b`, "g"), 200, (text, s) => {
  const c = text.charCodeAt(s);
  return c === 38 || (((c >= 65 && c <= 90) || c === 111 || c === 116 || c === 97) && asciiLetterWordStart(text, s));
});
const NAMED_HOME_NEAR = nearMatcher(
  NAMED_HOME_RE,
  /\s(?:aged\s+care|residential\s+care|care|nursing|residential|rest|retirement|old\s+people's|old\s+age|elders['’]?|elderly|senior\s+citizens['’]?)\s+(?:home|facility|village|centre|center)\b/gu,
  280,
  capWordStart,
);
const POSSESSIVE_UNIT_NEAR = nearMatcher(POSSESSIVE_UNIT_RE, /['’]s\s/g, 230, capWordStart);
const NAMED_WARD_NEAR = nearMatcher(NAMED_WARD_RE, /(?:Ward|Unit|Wing)\b/g, 60, capWordStart);
const HOSP_WARD_CODE_NEAR = nearMatcher(HOSP_WARD_CODE_RE, /[A-Z]\d/g, 180, (text, s) => {
  const c = text.charCodeAt(s);
  return (c === 105 || c === 111 || c === 116 || c === 102 || c === 97) && asciiLetterWordStart(text, s);
});

const PROGRAMME_END_RE = /\b(?:Program|Programme|Practice|Guidance|Guidelines?|Framework|Initiative|Scheme|Project|Campaign|Strategy|Standards?|Protocol|Pathway|Toolkit|Tool|Score|Scale|Model|Award|Network|Collaborative|Charter|Act)$/;
const VISITED_PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mama|Baba|Mzee|Nana|Koro|Kuia|Gogo|Granny|Auntie|Aunty|Uncle|Alhaji|Hajia|Chief|Pa|Ma|Papa|Lola|Lolo|Dona|Don|Doña|Seu|Sra|Sr)\.?$/;
const LIVED_PLACE_FEATURE = /^(?:Town|City|Nagar|Colony|Park|Station|Downs|Estate|Hill|Hills|Heights|Gardens|Village|Farm|Creek|Valley|Point|Bridge|Green|End|Vale|Crossing|Wells?|Springs|Settlement|Township|Colony)$/;
const STAFF_WHO_BEFORE = new RegExp(
  String.raw`(?:\b(?:Dr|Prof|Professor|Sister|Matron|Nurse)\.?\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?|\b(?:my|our|the)\s+(?:[\p{Ll}-]+\s+)?(?:${STAFF_ROLES})(?:,\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)?),?\s+who\s+(?:(?:had|has|was|is)\s+)?$`,
  "iu",
);

export function detectFacilities(text: string): Candidate[] {
  const spans: Span[] = [];
  eachMatch(ROOM_RE, text, (m) => {
    // Teaching rooms are not where a patient lay: "Lecture Theatre A1", "Exam Hall", "Seminar Room 2".
    if (/\b(?:[Ll]ecture|[Ee]xam(?:ination)?|[Ss]eminar|[Tt]utorial|[Cc]lass|[Ss]kills|[Ss]imulation|[Ss]im|[Mm]eeting|[Cc]ommon|[Ss]taff|[Dd]octors['’]?|[Nn]urses['’]?|[Hh]uddle|[Tt]eaching|[Cc]omputer|[Pp]rayer)\s$/.test(text.slice(Math.max(0, m.index - 14), m.index))) return;
    // v14: "on the ward I saw…", "in bed I could not sleep": the pronoun I, not a ward or bed called I.
    if (/\sI$/.test(m[0]) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return;
    // "Unit" and "Chair" only with a capital and a number; "bed 4" in any case.
    spans.push({ start: m.index, end: m.index + m[0].length, room: true });
  });
  eachMatchNear(AREA_ROOM_NEAR, text, (m) => {
    if (/\b(?:[Ss]im|[Ss]imulation|[Ss]kills|[Tt]eaching|[Dd]rill|[Mm]ock)\s$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    spans.push({ start: m.index, end: m.index + m[0].length, room: true });
  });
  eachMatchNear(NAMED_WARD_NEAR, text, (m) => {
    // A quoted title ("Reaching Every Ward") names a programme, not a ward.
    if (/["“‘']$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^["”’']/.test(text.slice(m.index + m[0].length))) return;
    if (facilityIsGeneric(m[0].replace(/\s(?:Ward|Unit|Wing)$/, ""))) return;
    if (/^(?:The|A|An|This|Our|My|On|In|At)\s/.test(m[0])) {
      const cut = m[0].indexOf(" ") + 1;
      if (facilityIsGeneric(m[0].slice(cut).replace(/\s(?:Ward|Unit|Wing)$/, ""))) return;
      spans.push({ start: m.index + cut, end: m.index + m[0].length, room: true });
      return;
    }
    spans.push({ start: m.index, end: m.index + m[0].length, room: true });
  });
  eachMatchNear(FACILITY_NEAR, text, (m) => {
    let start = m.index;
    let phrase = m[0];
    // Drop leading lower-case/article words ("the", "of") from the span.
    const lead = /^(?:(?:the|of|and|&|The|A|An|At|In|On|To|From)\s)+/.exec(phrase);
    if (lead) {
      start += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    if (phrase.length === 0 || facilityIsGeneric(phrase)) return;
    // Two things joined ("… Scale and the Hospital") or an instrument's name are not one hospital.
    if (/\sand\sthe\s|\b(?:Scale|Score|Statistics|Questionnaire|Index|Act|Guidelines?|Survey|Inventory)\b/.test(phrase)) return;
    // v26: a book's title is not a place ("a copy of Green's Operative Hand Surgery", "chapter 3 of Bailey & Love's Short
    // Practice of Surgery").
    if (BOOK_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) return;
    spans.push({ start, end: m.index + m[0].length, room: false });
  });
  eachMatch(KNOWN_HOSPITAL_RE, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, room: false }));
  eachMatch(NAMED_KIND_CLINIC_RE, text, (m) => {
    const name = m[1] ?? "";
    if (facilityIsGeneric(name.trim()) || name.trim().split(/\s+/).every((w) => CALENDAR.has(keyOf(w)) || PLACES_ALONE.has(keyOf(w)))) return;
    const start = m.index + m[0].indexOf(name);
    spans.push({ start, end: m.index + m[0].length, room: false });
  });
  eachMatch(ROOM_PAIR_RE, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, room: true }));
  eachMatchNear(NAMED_HOME_NEAR, text, (m) => {
    let start = m.index;
    const lead = /^(?:(?:The|A|An|At|In|On|To|From|Our|My|His|Her|Their)\s)+/.exec(m[0]);
    if (lead) start += lead[0].length;
    else if (/\bthe\s$/.test(text.slice(Math.max(0, start - 4), start))) start -= 4; // "the Glenorchy Uniting aged care home"
    const name = text.slice(start, m.index + m[0].length).replace(/\s(?:aged|residential|care|nursing|rest|retirement|old|elders['’]?|elderly|senior)(?![\p{L}]).*$/u, "");
    if (start >= m.index + m[0].length || facilityIsGeneric(name)) return;
    spans.push({ start, end: m.index + m[0].length, room: false });
  });
  eachMatchNear(POSSESSIVE_UNIT_NEAR, text, (m) => {
    const g = m[1] ?? "";
    const words = g.split(/\s+/);
    if (words.some((w) => NOT_FACILITY_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w))) || SPECIALTY_OR_SERVICE.test(words[0] ?? "")) return;
    // "Tom's ICU stay" is a person's, not a hospital's.
    if ((FIRST_NAMES.has(keyOf(words[0] ?? "")) || PLACES.has(keyOf(words[0] ?? ""))) && words.length === 1) return;
    spans.push({ start: m.index, end: m.index + m[0].length, room: true });
  });
  eachMatch(TAKEN_TO_RE, text, (m) => {
    const g = (m[1] ?? "").replace(/(?:\s(?:of|and|&))+$/, "");
    const words = g.split(/\s+/);
    if (words.every((w) => PLACES.has(keyOf(w)))) return; // a city, county or country
    if (SPECIALTY_OR_SERVICE.test(words[0] ?? "") || words.some((w) => CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || NOT_FACILITY_WORD.test(w))) return;
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(g) && !KNOWN_ACRONYMS.test(g)) return;
    if (facilityIsGeneric(g)) return;
    const start = m.index + m[0].length - (m[1] ?? "").length;
    spans.push({ start, end: start + g.length, room: false });
  });
  eachMatch(NAMED_WARD_LC_RE, text, (m) => {
    const g = m[1] ?? "";
    if (facilityIsGeneric(g) || SPECIALTY_OR_SERVICE.test(g.split(" ")[0] ?? "") || g.split(" ").some((w) => PLACES.has(keyOf(w)) || CALENDAR.has(keyOf(w)))) return;
    const start = m.index + m[0].length - g.length - (m[0].length - m[0].lastIndexOf(g) - g.length);
    spans.push({ start, end: m.index + m[0].length, room: true });
  });
  eachMatch(UNIT_AT_RE, text, (m) => {
    const g = (m[1] ?? "").replace(/(?:\s(?:of|and|&))+$/, "");
    const words = g.split(/\s+/);
    // A single known city after "at" is a city ("A&E at Leeds"); a longer name is read as the hospital.
    if ((words.length === 1 && PLACES.has(keyOf(g))) || words.some((w) => CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || NOT_FACILITY_WORD.test(w))) return;
    if (facilityIsGeneric(g)) return;
    const start = m.index + m[0].length - (m[1] ?? "").length;
    spans.push({ start, end: start + g.length, room: false });
  });

  eachMatch(HEAD_FIRST_RE, text, (m) => {
    const first = (m[1] ?? "").split(/\s+/)[0] ?? "";
    if (HEAD_FIRST_STOP.test(first) || CALENDAR.has(keyOf(first)) || ORGANISATIONS.has(keyOf(first)) || NOT_FACILITY_WORD.test(first)) return;
    if (/^(?:Hospital|Clinica|Clínica)\s/.test(m[0]) && GENERIC.has(keyOf(first))) return;
    // Session 6: the kind of hospital written before it belongs to the name ("General Hospital Ikorodu", "Civil Hospital
    // Karachi", "District Hospital Nashik"): the span starts there, so a redaction leaves no half of the name behind.
    const kind = HOSPITAL_KIND_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    spans.push({ start: m.index - (kind?.[1]?.length ?? 0), end: m.index + m[0].length, room: false });
  });
  eachMatch(NAMED_UNIT_ACRONYM_RE, text, (m) => {
    let words = (m[1] ?? "").trim().split(/\s+/);
    let start = m.index;
    while (words.length > 0 && /^(?:The|A|An|Our|My|Their|His|Her|In|On|At|To|From|Into)$/.test(words[0] ?? "")) {
      start += (words[0] ?? "").length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) return;
    // (v29: nor a nationality, "our Swedish ICU")
    if (words.some((w) => UNIT_KIND_WORD.test(w) || GENERIC.has(keyOf(w)) || SPECIALTY_OR_SERVICE.test(w) || NOT_FACILITY_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || HEADINGS.has(keyOf(w)) || EPONYMS.has(keyOf(w)) || PEOPLES.has(keyOf(w)))) return;
    // A person's name before it is a patient's ICU stay, not a hospital ("Tom ICU" does not occur; "Mrs Khan ICU" is a name).
    if (words.length === 1 && FIRST_NAMES.has(keyOf(words[0] ?? ""))) return;
    // A unit, like a ward: a bed in it keeps the room's reason ("bed 8 of the Cardiff ICU").
    spans.push({ start, end: m.index + m[0].length, room: true });
  });
  eachMatch(CUSTODY_CAMP_RE, text, (m) => {
    spans.push({ start: m.index, end: m.index + m[0].length, room: !/^(?:HM|Pris|Pres|Penit)/.test(m[0]) });
  });
  eachMatch(ACRONYM_FIRST_RE, text, (m) => {
    const words = m[0].split(/\s+/);
    if (words.slice(1).some((w) => CALENDAR.has(keyOf(w)) || NOT_FACILITY_WORD.test(w))) return;
    spans.push({ start: m.index, end: m.index + m[0].length, room: false });
  });
  eachMatch(FLOOR_WING_RE, text, (m) => {
    const g = m[1] ?? "";
    const start = m.index + m[0].length - g.length;
    spans.push({ start, end: start + g.length, room: true });
  });
  eachMatchNear(HOSP_WARD_CODE_NEAR, text, (m) => {
    const g = m[1] ?? "";
    const words = g.replace(/^the\s/, "").split(/\s+/);
    const name = words.slice(0, -1);
    if (name.some((w) => WARD_CODE_STOP.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || NOT_FACILITY_WORD.test(w) || EPONYMS.has(keyOf(w)))) return;
    if (SPECIALTY_OR_SERVICE.test(name[0] ?? "")) return;
    const start = m.index + m[0].length - g.length;
    spans.push({ start, end: start + g.length, room: true });
  });
  eachMatch(CARE_AT_RE, text, (m) => {
    const raw = m[1] ?? "";
    const g = raw.replace(/(?:\s(?:of|and|&))+$/, "");
    const words = g.split(/\s+/);
    if (words.every((w) => PLACES.has(keyOf(w)))) return; // a city, county or country
    // (v34: nor a people: "patients from Nigerian, Ghanaian and Pakistani families")
    if (PEOPLES.has(keyOf(words[0] ?? ""))) return;
    if (SPECIALTY_OR_SERVICE.test(words[0] ?? "") || words.some((w) => CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || NOT_FACILITY_WORD.test(w) || HEADINGS.has(keyOf(w)) || CARE_AT_STOP.test(w))) return;
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(g) && !KNOWN_ACRONYMS.test(g)) return;
    // v20: an acronym's plural is a kind of place, not one place ("connected patients to NGOs", "patients at GPs")
    if (words.length === 1 && /^[A-Z]{2,6}s$/.test(g)) return;
    if (words.length === 1 && FIRST_NAMES.has(keyOf(g)) && !/\b(?:at|in)\s+the\s+\S+$/.test(m[0])) return; // "seen at Victoria's" is too weak alone
    if (facilityIsGeneric(g)) return;
    const start = m.index + m[0].length - raw.length;
    spans.push({ start, end: start + g.length, room: false });
  });

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && (s.start < last.end || ((last.room || s.room) && JOIN_RE.test(text.slice(last.end, s.start)) && s.start - last.end <= 8))) {
      last.end = Math.max(last.end, s.end);
      last.room = last.room && s.room;
      continue;
    }
    merged.push({ ...s });
  }
  for (const s of merged) {
    // Backwards: the unit the room belongs to.
    const back = text.slice(Math.max(0, s.start - 50), s.start);
    const bc = ROOM_START.test(text.slice(s.start, s.start + 14)) ? BACK_COMMA_RE.exec(back) : null;
    const ba = bc || !ROOM_START.test(text.slice(s.start, s.start + 14)) ? null : BACK_ADJ_RE.exec(back);
    const bl = bc || ba || !ROOM_START.test(text.slice(s.start, s.start + 14)) ? null : BACK_LC_RE.exec(back);
    const g = (bc ?? ba ?? bl)?.[1];
    if (g) {
      const words = g.trim().split(/\s+/);
      if (!words.some((w) => NOT_FACILITY_WORD.test(w) || CALENDAR.has(keyOf(w)))) s.start -= g.length + (bc ? 2 : 0);
    }
    // v19: a unit in lower case before the room, or the room's unit's own modifiers: "female medical ward, bed 6",
    // "female medical ward bed no 23", "the paediatric surgical ward, cot 12", "the children's ward at TTM Hospital".
    const lead = text.slice(s.start, s.start + 14);
    const lc = ROOM_START.test(lead) || /^(?:ward|unit|floor|wing)\b/.test(lead) ? BACK_UNIT_LC_RE.exec(text.slice(Math.max(0, s.start - 60), s.start)) : null;
    if (lc !== null && /^(?:ward|unit|floor|wing)\b/.test(lead) !== /(?:ward|unit|floor|wing|ICU|HDU|NICU|PICU|department)(?:,\s|\s)$/.test(lc[0])) s.start -= (lc[1] ?? "").length;
    const roomy = s.room || ROOM_START.test(text.slice(s.start, s.start + 14)) || ROOM_ANYWHERE.test(text.slice(s.start, s.end));
    // Forwards: further rooms, ward designations and the hospital ("…, Leeds General", "… at St Mary's", "…, CHUM").
    for (let k = 0; k < 5; k++) {
      EXT_RE.lastIndex = s.end;
      let m = EXT_RE.exec(text);
      // A lower-case unit between a room and the hospital: "cubicle 5 of the paediatric ED at Tygerberg",
      // "bed 22, male medical ward, Mbarara …", "Ward 10 (female surgical) at Komfo Anokye", "Room 5, 3rd floor, St. Luke's …".
      if (roomy) {
        BRIDGE_RE.lastIndex = s.end;
        const b = BRIDGE_RE.exec(text);
        if (b) {
          EXT_RE.lastIndex = b.index + b[0].length;
          const after = EXT_RE.exec(text);
          const sepA = after?.[1] ?? "";
          const firstA = (after?.[2] ?? "").replace(/^the\s/, "").split(/\s+/)[0] ?? "";
          if (after && sepA !== " " && !NOT_FACILITY_WORD.test(firstA) && !CALENDAR.has(keyOf(firstA))) {
            s.end = b.index + b[0].length;
            m = after;
          }
        }
      }
      if (!m) break;
      const sep = m[1] ?? "";
      const seg = m[2] ?? "";
      const words = seg.replace(/^the\s/, "").split(/\s+/);
      if (sep === " " && !/^(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|ED|A&E|North|South|East|West)$/.test(seg)) break;
      // (v33: nor a holiday: "Ward 10 on Boxing Day", "… on Emancipation Day")
      if (NOT_FACILITY_WORD.test(words[0] ?? "") || words.some((w) => CALENDAR.has(keyOf(w))) || /\s(?:Day|Eve|Night)$/.test(seg) || FESTIVAL_START_RE.test(seg.replace(/^the\s/, ""))) break;
      // After a hospital alone (no ward or bed), only its town: "…Hospital, Karachi", "…care home in Little Milton" —
      // never the next hospital in a list.
      // An unlisted town after a comma counts when the clause ends there: "Aga Khan Hospital, Mombasa."
      const townAtEnd =
        sep === ", " && words.length <= 2 && words.every((w) => /^[A-Z][a-z'’-]+$/.test(w) && !FIRST_NAMES.has(keyOf(w))) &&
        /^(?:$|[.;:!?)]|,\s[a-z]|\s(?:for|where|when|with|after|before|until|because)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      if (!roomy && !townAtEnd && !/\sin\s/.test(sep) && !words.every((w) => PLACES.has(keyOf(w)) || /^(?:ICU|HDU|ITU|NICU|PICU|CCU|SCBU|ED|A&E)$/.test(w))) break;
      // "… at <Name>" after a room is the hospital whatever follows; a town may be followed by anything.
      const strongSep = /^\s(?:at|within)\s/.test(sep) && roomy;
      const town = words.every((w) => PLACES.has(keyOf(w)));
      if (!strongSep && !town && !EXT_FOLLOW.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) break;
      s.end = m.index + m[0].length;
    }
    // v19: a room's unit in lower case after it, with nothing after ("bed 6, female surgical ward was …").
    if (roomy) {
      const unit = UNIT_LC_AFTER_RE.exec(text.slice(s.end, s.end + 50));
      if (unit !== null) s.end += unit[0].length;
    }
  }
  // v8: a name that runs into a document or event is its title ("our college's Essential Surgery notes"), and a
  // ward named as where colleagues work is not where a patient lay ("invite the nurses from 7 West, who …").
  // v9: a hospital or room in a sentence about the author's own work, study or training, with no patient in it
  // ("I attended a lecture at LUTH", "a drill in Resus Bay 2"), or where a named clinician comes from
  // ("Dr. Lakshmi ma'am from Madras Medical College runs …"), is a workplace, not where a patient lay.
  return merged
    // v24: nor is a programme, a code of practice or a tool named like a hospital ("the Hospital Elder Life Program",
    // "GMC Good Medical Practice (2024)")
    .filter((s) => !(!s.room && PROGRAMME_END_RE.test(text.slice(s.start, s.end))) && !ORGANISATION_IN_RE.test(text.slice(s.start, s.end)) && !DOC_AFTER_RE.test(text.slice(s.end, s.end + 16)) && !NON_CLINICAL_AFTER_RE.test(text.slice(s.end, s.end + 40)) && !STAFF_FROM_BEFORE_RE.test(text.slice(Math.max(0, s.start - 40), s.start)))
    .map((s) => ({
      soft: ownWorkSentence(text, s.start, s.end) || (CLINICIAN_FROM_BEFORE_RE.test(text.slice(Math.max(0, s.start - 60), s.start)) && ownWorkSentence(text, s.start, s.end, true)),
    start: s.start,
    end: s.end,
    type: "FACILITY_ROOM",
    reason: s.room ? R_ROOM : R_FACILITY,
    suggestion: s.room ? S_ROOM : S_FACILITY,
    priority: 48,
  }));
}

// v10: a professional body, journal or council with "Hospital" or "Clinic" in its name is not a place of care
// ("the Canadian Society of Hospital Pharmacists", "the Journal of Hospital Medicine").
const ORGANISATION_IN_RE = /\b(?:Society|Association|College\s+of|Council|Federation|Journal|Union|Academy|Alliance|Network|Commission|Institute\s+for)\b/;

const SMALL_PLACE_RE =
  /\b(?:village|hamlet|small\s+town|town|island|settlement|estate|tribe|goth|gaon|pind|kampung|compound)\s+(?:of|called|named)\s+((?:[A-Z][A-Za-z'’-]{1,24})(?:\s[A-Z][A-Za-z'’-]{1,24}){0,2})/g;
const PLACE_VILLAGE_RE = /\b((?:[A-Z][A-Za-z'’-]{1,24})(?:\s[A-Z][A-Za-z'’-]{1,24}){0,2})\s(?:village|hamlet)\b/g;
const LIVES_IN_RE = new RegExp(
  String.raw`\b(?:(?:lives|live|lived|living|grew\s+up|came|comes|moved|born|stays|stayed|staying|resides|resided|settled|farm|farms|farmed|fishes|fished|traps|trapped|hunts|hunted|herds|herded|(?:[Bb]ack|at)\s+home)(?:\s+and\s+(?:works|worked|farms|farmed|fishes|fished|stays|stayed))?(?:\s+(?:alone|there|nearby|with\s+(?:his|her|their)\s+[a-z]+))?(?:\s+(?:up|down|out|over|back|still|now|currently))?\s+(?:in|from|to|at|near|outside)(?:\s+the(?=\s+[\p{Lu}][\p{L}\p{M}'’-]+\s+(?:Valley|Hills|Highlands|Islands|Estate|Flats|Heights|Downs|Glens?|Braes?)\b))?|(?:originally|hails|hailed|comes|came)\s+from|` +
    // v20: the way a patient came ("walked four hours from Nyamasheke", "had travelled from Ikorodu that morning") and a
    // visit to the home ("a home visit to Mathare")
    String.raw`(?:walked|travelled|traveled|trekked|journeyed|cycled|paddled)(?:\s+(?:\w+\s+){0,2}?(?:hours?|days?|km|kms|kilometres?|kilometers?|miles?)|(?:\s+(?:with|on|in|by|a|an|the|her|his|their|him|them|boda|bodaboda|okada|matatu|bus|taxi|tuk-tuk|bike|motorbike|canoe|boat|donkey|cart|foot|together|alone|all|night|day|way)){1,6})?\s+from|home\s+visits?\s+to)\s+((?:[\p{Lu}][\p{L}\p{M}'’-]{1,24})(?:\s(?!(?:Extension|Ext|Section|Zone|Phase|Community)\b)[\p{Lu}][\p{L}\p{M}'’-]{1,24}){0,2}(?:\s(?:Extension|Ext\.?|Section|Zone|Phase|Community)\s\d{1,3})?)(?![\p{L}\p{M}'’-]|\s?\d)`,
  "gu",
);
const AUTHOR_HOME_BEFORE = /\bI(?:['’]m|\s+am|\s+was)?((?:(?![.!?\n])[^A-Z]){0,20})$/;
const LANDMARK_RE =
  /\bthe\s+([A-Z][A-Za-z'’&-]{1,24}(?:\s[A-Z][A-Za-z'’&-]{1,24}){0,2}\s(?:on|in|at|near|by)\s(?:[A-Z][A-Za-z'’-]{1,24}\s){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|High\s+Street|Square|Market|Parade|Broadway|Bazaar|Chowk|Market))\b/g;

const CAP = "[A-Z\\u00C0-\\u024F][\\p{L}'’-]{1,30}";
// Settlements named by a head word, before or after the name, in many countries:
// "Kothapalli village", "the Ncambedlana informal settlement", "Sandy Lake First Nation", "Unguwar Rimi ward of Kaduna",
// "Mohalla Qasimabad", "Kampung Baru", "Chak 212 RB".
// v14: the head words in one list; the kind words that are also written as part of a proper name take a capital
// ("Pine Ridge Reservation", "Doloi Tea Estate", "Shady Acres Mobile Home Park"); homes in a park or a housing project
// ("Shady Acres mobile home park", "the Rosewood Courts projects"); never the first half of a compound
// ("granulocyte colony-stimulating factor").
const SETTLEMENT_HEADS =
  "[Vv]illage|[Hh]amlet|[Ss]ettlement|informal\\s+settlement|squatter\\s+camp|[Tt]ownship|location|sub-location|trading\\s+cent(?:re|er)|slum|basti|[Cc]olony|mohalla|[Ee]state|[Rr]eserve|[Rr]eservation|First\\s+Nation|Indian\\s+Reserve|Rancheria|Pueblo|kampung|barangay|ward\\s+of\\s+" +
  CAP +
  "|LGA|tehsil|taluk|mandal|union\\s+council|market|bazaar|mandi|bus\\s+park|motor\\s+park|taxi\\s+rank|landing\\s+site|fishing\\s+camp|refugee\\s+camp|IDP\\s+camp|camp|upazila|union\\s+parishad|parish|suburb|sitio|purok|housing\\s+estate|council\\s+estate|freguesia|concelho|bairro|favela|growth\\s+point|business\\s+cent(?:re|er)|resettlement\\s+area|communal\\s+lands|kraal|" +
  // v26: Ethiopian, Indian and Nepali local units ("Gelawdios kebele", "Dumri tola")
  "kebele|woreda|tola|tolla|gaunpalika|" +
  "(?:[Mm]obile\\s+[Hh]ome|[Tt]railer|[Cc]aravan|[Hh]oliday|RV)\\s+[Pp]ark|[Tt]railer\\s+[Cc]ourt|projects|housing\\s+project|[Tt]ea\\s+[Gg]arden|plantation|longhouse|(?:Extension|Ext\\.?|Section|Zone|Phase|Community)\\s\\d{1,3}";
const SETTLEMENT_AFTER_RE = new RegExp(`(?:\\bthe\\s)?\\b(${CAP}(?:\\s${CAP}){0,2})\\s(?:${SETTLEMENT_HEADS})\\b(?!-\\p{L})`, "gu");
// An administrative division named head-first ("Tehsil Shujabad", "Taluka Mirpur"), alone or after a settlement
// ("Basti Malik Wala, Tehsil Shujabad", "Chak 41, District Vehari").
// v13: up to four name words ("Mohalla Kot Khadim Ali Shah") and a canal-colony suffix ("Chak No. 47/GB").
const ADMIN_DIVISION = `(?:Tehsil|Taluka|Taluk|Mandal|Zila|Zillah|Upazila|Union\\sCouncil|UC|District|Sub-county|Sub-County|Subcounty)\\s(?!(?:Headquarters?|Hospital|Health|HQ|Complex|General)\\b)${CAP}(?:\\s${CAP})?`;
const SETTLEMENT_BEFORE_RE = new RegExp(
  `\\b(?:(?:Mohalla|Basti|Chak|Goth|Kampung|Kampong|Taman|Desa|Felda|Ladang|Barangay|Brgy\\.?|Sitio|Purok|Gaon|Pind|Dhok|Kot|Village|Township|Kafr|Ezbet|Izbat|Ezbat|Nazlet|Bairro|Favela|Vila|Freguesia\\s+de|Lugar\\s+de|Moholla|Mohallah|Gali|Galli|Kucha|Katra)\\s(?:No\\.?\\s|(?:de|da|do|das|dos|el|al)\\s)?(?:${CAP}|\\d{1,4}(?:\\/[A-Z]{1,3})?)(?:\\s(?:${CAP}|[A-Z]{1,3}|\\d{1,4})){0,3}(?:,\\s${ADMIN_DIVISION})?|(?<![Tt]he\\s)(?:Tehsil|Taluka|Taluk|Mandal|Zila|Zillah|Upazila|Markaz|Parish\\s+of|Concelho\\s+de)\\s(?!(?:Headquarters?|Hospital|Health|HQ|Complex)\\b)${CAP}(?:\\s${CAP})?)`,
  "gu",
);
// "the marae at Ōmāio", "the kraal near Tsolo", "the compound in Ashaiman": a home place named by where it is.
const HOMEPLACE_AT_RE = new RegExp(
  `\\b(?:[Tt]he\\s|[Tt]heir\\s|[Hh]is\\s|[Hh]er\\s|a\\s|an\\s)(?:(?:family|parents|mum|mom|dad|mother|father)['’]s\\s)?(?:(?:small|little|tiny|rented|one-room|two-room|council|tin|mud|wooden)\\s)?(?:marae|pā|kraal|compound|homestead|manyatta|boma|farm|station|mission|kibbutz|camp|hostel|shelter|shack|caravan|hut|rondavel|cottage|bungalow|tent|container|chawl|jhuggi|shanty|squat|croft|farmhouse|bedsit|shamba|smallholding|ranch|longhouse|cabin|trailer|(?:caravan|trailer|mobile\\s+home|holiday)\\s+park)\\s(?:(?:is|was|are|were)\\s)?(?:at|in|near|of|outside|on|(?:out\\s+|up\\s+|just\\s+)?past|beyond)\\s(?:the\\s(?:(?:north|south|east|west|far|other)\\s)?(?:end|edge|side|tip)\\sof\\s)?${CAP}(?:\\s(?!(?:Extension|Ext|Section|Zone|Phase|Community)\\b)${CAP}){0,2}(?:\\s(?:Extension|Ext\\.?|Section|Zone|Phase|Community)\\s\\d{1,3})?`,
  "gu",
);
// Movement from or to a named place: "driven her from", "brought him from", "flew in from", "visiting houses in", "home visit to … in".
const CAME_FROM_RE = new RegExp(
  `\\b(?:driven|drove|brought|flew|flown|travelled|traveled|walked|carried|rode|cycled|came\\s+down|medevac(?:k?ed|['’]d)|evacuated|airlifted|retrieved|ferried|boated|trekked|bussed|visiting\\s+(?:houses|homes|families)|home\\s+visit\\s+to\\s+(?:[\\p{L}'’.-]+\\s){1,4}?)\\s*(?:(?:him|her|them|us|me|himself|herself|themselves|the\\s+(?:baby|child|boy|girl|family))\\s+)?(?:(?:in|over|up|down|back|across|out)\\s+)?(?:from|to|in)\\s+((?:the\\s)?${CAP}(?:\\s${CAP}){0,3})`,
  "gu",
);
// What may follow a named small place: ", near the Chepterit tea factory", " behind the Jamia Masjid in Bannu", ", Nalgonda district".
const PLACE_TAIL_RE = new RegExp(
  `(?:,\\s|\\s)(?:(?:near|behind|opposite|beside|next\\s+to|off|by|across\\s+from)\\s(?:the\\s|a\\s)?(?:(?:[\\p{L}'’-]+\\s){0,3}?(?:chapel|church|mosque|masjid|temple|mandir|gurdwara|market|school|factory|mill|station|bridge|river|well|borehole|shop|store|pump|tower|stadium|junction|roundabout|garage|post\\s+office|bus\\s+stop|stage|clinic|dispensary|hall|lake|dam|quarry|mine|estate|farm|tea\\s+factory)|${CAP}(?:\\s${CAP})?)(?:\\s(?:on|in|at)\\s(?:${CAP}\\s){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Market|Parade|Broadway|Bazaar|Chowk))?|in\\s${CAP}(?:\\s${CAP})?|${CAP}(?:\\s${CAP})?\\s(?:district|county|province|region|division|state|parish))(?![\\p{L}])`,
  "uy",
);
// A place pinned down by a landmark: "in Kapsabet, near the Chepterit tea factory", "in Ashaiman Zenu, behind the Methodist chapel".
const LANDMARK_PLACE_RE = new RegExp(
  `\\b(?:in|at|from|to|near)\\s+((?:the\\s)?${CAP}(?:\\s${CAP}){0,2}),?\\s(?=(?:near|behind|opposite|beside|next\\s+to|across\\s+from)\\s)`,
  "gu",
);
const NOT_PLACE_WORD = /^(?:The|A|An|Hospital|Mr|Mrs|Ms|Miss|Dr|He|She|They|His|Her|ICU|ED|A&E|Casualty|Resus|England|Britain|London)$/;

// v8: a name in apposition to a small-settlement noun: "Nkwanta, a village two hours north of Kumasi", "Tarbet, the
// fishing hamlet below the pier". The noun says it is a small place even when the name is also a city's. Not
// "township" or "settlement": those are often districts of a city ("Soweto, a township with a long history").
const APPOSITIVE_SETTLEMENT_RE = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(${CAP}(?:\\s${CAP}){0,2}),\\s(?:a|an|the)\\s(?:(?:small|little|tiny|remote|fishing|farming|mining|rural|hill|coastal|island|border|mountain|lakeside|riverside|roadside|tea|cocoa|sugar|cattle)\\s){0,2}(?:village|hamlet|outstation|homestead|kampung|barangay|sitio|croft|crofting\\s+township)\\b`,
  "gu",
);
// Speed: each tried only near its head word (see nearMatcher). Reach: "the " and three CAPs (each at most 61 UTF-16
// units), the separators, and for the appositive two describing words.
const capStart = (text: string, s: number): boolean => {
  const c = text.charCodeAt(s);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
};
// Session 7: the starts are also held to what comes before them (the look-behind, or \b before an ASCII letter), and
// the two whose words are each one run after one space reach back a number of words: a window of a few hundred
// characters before every head word was a sticky try at each capital and "t" in it.
const APPOSITIVE_SETTLEMENT_NEAR = nearMatcher(
  APPOSITIVE_SETTLEMENT_RE,
  /village|hamlet|outstation|homestead|kampung|barangay|sitio|croft/g,
  300,
  (text, s) => capStart(text, s) && notAfterNameChar(text, s),
);
// "Kothapalli village": three capitalised words before the head.
const PLACE_VILLAGE_NEAR = nearMatcher(PLACE_VILLAGE_RE, /\s(?:village|hamlet)\b/g, (text, p) => wordsBefore(text, p + 1, 3), capWordStart);
// "the Ncambedlana informal settlement": "the" and three capitalised words before the head.
const SETTLEMENT_AFTER_NEAR = nearMatcher(
  SETTLEMENT_AFTER_RE,
  new RegExp(`\\s(?:${SETTLEMENT_HEADS})\\b`, "gu"),
  (text, p) => wordsBefore(text, p + 1, 4),
  (text, s) => {
    const c = text.charCodeAt(s);
    // \b before "t" or an ASCII capital; before À–ɏ (not \w) \b needs a word character, left to the regex.
    return c === 116 || (c >= 65 && c <= 90) ? asciiLetterWordStart(text, s) : c >= 0xc0 && c <= 0x24f;
  },
);
export const R_PLACE = "A small place (a village, estate or street) tied to the patient narrows the story to a few families.";
export const S_PLACE = "Write 'a small village', 'a rural area' or 'nearby' instead of the name.";

// v10: where someone lives when it is a named supported or shared home ("the Willow House supported living flats in
// Hyde", "Hope Street night shelter", "the Brampton Road hostel"): a handful of residents, so a LOCATION.
// Found by the home's kind first (a cheap scan), then the capitalised name before it and the town after it.
const SUPPORTED_HOME_RE =
  /\b(?:supported\s+living(?:\s+(?:flats|house|home|unit|scheme))?|sheltered\s+(?:housing|flats)|group\s+home|halfway\s+house|women['’]s\s+refuge|refuge|night\s+shelter|shelter|hostel|boarding\s+house|foyer)\b/g;
const HOME_NAME_BEFORE_RE = new RegExp(`(?:\\bthe\\s)?${CAP}(?:\\s${CAP}){0,3}\\s$`, "u");
const HOME_TOWN_AFTER_RE = new RegExp(`^\\s(?:in|on)\\s${CAP}`, "u");

export function detectLocations(text: string): Candidate[] {
  const out: Candidate[] = [];
  // v10: a place in a sentence about the writer's own work or home, with no patient in it, is soft (see types.ts).
  const add = (start: number, end: number): void => {
    out.push({ start, end, type: "LOCATION", reason: R_PLACE, suggestion: S_PLACE, priority: 46, soft: ownWorkSentence(text, start, end) });
  };
  const group = (m: RegExpExecArray, g: string): number => m.index + m[0].lastIndexOf(g);
  eachMatch(SUPPORTED_HOME_RE, text, (m) => {
    const name = HOME_NAME_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!name) return;
    const end = m.index + m[0].length;
    const town = HOME_TOWN_AFTER_RE.exec(text.slice(end, end + 40));
    add(m.index - name[0].length, end + (town ? town[0].length : 0));
  });
  eachMatch(SMALL_PLACE_RE, text, (m) => {
    const g = m[1] ?? "";
    add(group(m, g), group(m, g) + g.length);
  });
  eachMatchNear(PLACE_VILLAGE_NEAR, text, (m) => {
    const g = m[1] ?? "";
    if (/^(?:The|A|An|Our|Their|His|Her|This|That|Local|Small|Little|Rural|Nearby|Fishing|Farming|Remote|Mountain|Coastal|Olympic|Global)$/.test(g)) return;
    add(m.index, m.index + g.length);
  });
  eachMatch(LIVES_IN_RE, text, (m) => {
    let g = m[1] ?? "";
    // "Parramatta NSW 2150": a town before a state and postcode is part of the address, found there.
    const state = /\s[A-Z]{2,3}$/.exec(g);
    if (state) g = g.slice(0, state.index);
    const gEnd = m.index + m[0].lastIndexOf(m[1] ?? "") + g.length;
    if (/^\s?(?:[A-Z]{2,3},?\s)?\d{4,6}\b/.test(text.slice(gEnd, gEnd + 12))) return;
    const words = g.split(/\s+/);
    // (a word cut at a letter the pattern does not read is no place: "Ciar" of "Ciarán")
    if (/^[\p{L}\p{M}]/u.test(text.slice(gEnd, gEnd + 1))) return;
    // (a home visit is to a person as often as to a place: "a home visit to Mama Ijeoma", "to Mr. Kowalski")
    if (/visits?\s+to\s/.test(m[0]) && (FIRST_NAMES.has(keyOf(words[0] ?? "")) || VISITED_PERSON_TITLE.test(words[0] ?? ""))) return;
    // Cities, counties, states and countries are not flagged; only places not on those lists. v20: a name that starts
    // with an unlisted word and ends in a listed one is a small place of its own ("Ferguslie Park", "Mulga Downs
    // Station"), where a listed first word names the city's part ("Lagos Island", "Benin City").
    const featureLast = words.length > 1 && LIVED_PLACE_FEATURE.test(words[words.length - 1] ?? "");
    if (words.some((w, k) => (PLACES.has(keyOf(w)) && !(featureLast && k === words.length - 1)) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)))) return;
    if (words.length === 1 && /^(?:The|A|An|Hospital|England|Britain|London)$/.test(g)) return;
    if (SPECIALTY_OR_SERVICE.test(words[0] ?? "")) return;
    // v9: the author's own home town ("I'm 34, born in …", "I grew up in …"), unless someone else enters the gap.
    const own = AUTHOR_HOME_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    // (v20: unless the writer went with the patient: "I travelled with her on a boda boda from Mau Narok")
    if (own && !/\b(?:who|she|he|they|his|her|him|them|their|patients?|family)\b/i.test(own[1] ?? "") && !/\bwith\s+(?:her|him|them|the\s+(?:patient|family|baby|child|mother))\b/i.test(m[0])) return;
    // v20: and a colleague's ("our team leader, Dr Ekai, who grew up in Lodwar, told me …")
    if (STAFF_WHO_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    add(group(m, g), group(m, g) + g.length);
  });
  const placeOk = (g: string): boolean => {
    const words = g.replace(/^the\s/, "").split(/\s+/);
    if (words.some((w) => NOT_PLACE_WORD.test(w) || CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)))) return false;
    return true;
  };
  eachMatchNear(SETTLEMENT_AFTER_NEAR, text, (m) => {
    const g = m[1] ?? "";
    if (/^(?:The|A|An|Our|Their|His|Her|This|That|Local|Small|Little|Rural|Nearby|Fishing|Farming|Remote|Mountain|Coastal|Olympic|Global|Same|Next|Neighbouring|Informal|Urban|Big|Large|Tiny)$/.test(g.split(" ")[0] ?? "")) return;
    // v14: a capitalised head after a word that makes it no place ("the Federal Reserve", "Real Estate", "Penal Colony").
    if (/^(?:Federal|Army|Naval|Strategic|Nature|Real|Cash|Blood|Cardiac|Renal|Ovarian|Functional|Contractile|Penal|Bacterial|Global|Olympic|Athletes|Student|Students|Research|Science|Business|Retail|Industrial|Tech|Technology)$/.test(g.split(" ").pop() ?? "") && /[A-Z]\S*$/.test(m[0])) return;
    // v14: "projects" is a housing project only after "the" and a name ("the Rosewood Courts projects"), not "our QI projects".
    if (m[0].endsWith("projects") && !/^the\s/.test(m[0])) return;
    // v17: "balik kampung", "pulang kampung", "mudik": going home to one's village, a season, not a place.
    if (/^(?:Balik|Pulang|Mudik|Going|Back|Home|Hometown)$/.test(g)) return;
    if (/^[A-Z]{2,}$/.test(g) && /\s(?:projects|plantation|longhouse)$/.test(m[0])) return;
    if (!placeOk(g)) return;
    // v7: "a Pune suburb", "a Lagos market": a known city with an indefinite article names no one place.
    if (/\ba\s$/i.test(text.slice(Math.max(0, m.index - 2), m.index)) && g.split(/\s+/).every((w) => PLACES.has(keyOf(w)))) return;
    // v28: nor is a known city's main market, where half a region shops ("their relatives bring them from Onitsha market")
    if (/\s(?:market|bazaar|mandi|motor\s+park|bus\s+park)$/.test(m[0]) && g.split(/\s+/).every((w) => PLACES_ALONE.has(keyOf(w)))) return;
    // (v26: a capitalised preposition opening the sentence is not part of the name: "In Gelawdios kebele there is …")
    const lead = /^(?:In|At|From|To|Near|Around|Outside|Inside|Beyond|Across)\s(?=\p{Lu})/u.exec(m[0]);
    add(m.index + (lead?.[0].length ?? 0), m.index + m[0].length);
  });
  eachMatch(LANDMARK_PLACE_RE, text, (m) => {
    const g = m[1] ?? "";
    if (!placeOk(g)) return;
    // v8: a known city or country with a landmark is still a city ("from Nairobi, near the Kenyatta Avenue end").
    if (g.replace(/^the\s/, "").split(/\s+/).every((w) => PLACES.has(keyOf(w)))) return;
    const start = m.index + m[0].indexOf(g);
    PLACE_TAIL_RE.lastIndex = start + g.length;
    if (!PLACE_TAIL_RE.exec(text)) return; // only with a landmark after it
    add(start, start + g.length);
  });
  eachMatch(SETTLEMENT_BEFORE_RE, text, (m) => add(m.index, m.index + m[0].length));
  eachMatchNear(APPOSITIVE_SETTLEMENT_NEAR, text, (m) => {
    const g = m[1] ?? "";
    if (!placeOk(g) || /^(?:Mr|Mrs|Ms|Dr|Prof|Sister|Nurse|Our|My|His|Her|Their)\b/.test(g)) return;
    // A known city called a barangay is a district of a city.
    if (g.split(/\s+/).every((w) => PLACES.has(keyOf(w))) && /\bbarangay$/.test(m[0])) return;
    // Up to the end of the clause that describes it ("…, a village two hours north of Kumasi").
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const stop = /[.;:!?\n()]|,\s(?:and|but|so|who|which|where|when|while|with|was|is|had|has)\b|\s(?:and|but|who|which|where|when|while|because|with|for)\s/.exec(rest);
    add(m.index, m.index + m[0].length + (stop ? stop.index : 0));
  });
  eachMatch(HOMEPLACE_AT_RE, text, (m) => add(m.index, m.index + m[0].length));
  eachMatch(CAME_FROM_RE, text, (m) => {
    const g = m[1] ?? "";
    const words = g.replace(/^the\s/, "").split(/\s+/);
    // Cities, counties, states and countries alone are not flagged.
    if (words.every((w) => PLACES.has(keyOf(w))) || !placeOk(g)) return;
    if (words.some((w) => /^(?:Hospital|Clinic|Ward|Unit|Centre|Center|Department|Theatre|Resus|ICU|HDU|Casualty|Emergency|A&E|ED)$/.test(w)) || SPECIALTY_OR_SERVICE.test(words[0] ?? "")) return;
    const start = m.index + m[0].length - g.length;
    add(start, start + g.length);
  });
  eachMatch(LANDMARK_RE, text, (m) => {
    const g = m[1] ?? "";
    add(group(m, g), group(m, g) + g.length);
  });
  // Extend each place over what pins it down further ("…, near the Chepterit tea factory", "… district").
  for (const c of out) {
    for (let k = 0; k < 3; k++) {
      PLACE_TAIL_RE.lastIndex = c.end;
      const m = PLACE_TAIL_RE.exec(text);
      if (!m) break;
      c.end = m.index + m[0].length;
    }
  }
  return out;
}

// v17: hospitals called by their short names after a word of going or being there: "<Place> Regional", "<Place>
// General", "Royal <Place>" ("a trauma call at Cornwall Regional", "the RFDS took him to Royal Darwin"), an acronym that
// ends the way hospitals' do ("called EVRMC", "born at the RAH", "transferred to LUTH"), and a named health centre or
// dispensary written in lower case ("went with her to Kinigi health centre"). v19: after "for" too ("I'll not leave it for
// Cavan General"), and "the Royal" alone ("orthopaedics at the Royal would not send him home"). Soft: alone they are as often the writer's
// own workplace, so they are shown only in a text that already points to a patient.
const AT_PLACE = String.raw`(?<=\b(?:at|to|from|in|into|called|phoned|rang|for)\s(?:the\s)?)`;
const HOSPITAL_NICKNAME_RE = new RegExp(
  String.raw`${AT_PLACE}(?:(?:[A-Z][a-z]+\s){1,2}(?:Regional|General|Memorial|Infirmary|Base)|Royal\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|(?<=\bthe\s)Royal(?!\s+\p{Lu}))(?![\p{L}])(?!\s+(?:Hospital|Hospitals|College|Society|Navy|Air|Mail|Family|Manager|Practitioner|Assembly|Council|Secretary|Surgery|Medicine|Practice|Election|Meeting|Court|Academy|Institute|University|School)\b)`,
  "gu",
);
// (with its "the": "born at ⟦the RAH⟧")
const HOSPITAL_ACRONYM_RE = new RegExp(String.raw`(?<=\b(?:at|to|from|in|into|called|phoned|rang)\s)(?:the\s)?[A-Z]{1,5}(?:H|MC|MCH)(?![\p{L}\d])`, "gu");
const NOT_HOSPITAL_ACRONYM = new Set(["PPH", "BPH", "SAH", "ICH", "IVH", "PAH", "NH", "DH", "HH", "PH", "AH", "OH", "UH", "EH", "MCH", "CH", "SH", "IH", "LH", "FSH", "GH", "TSH", "ACTH", "ADH", "PTH", "LDH", "NADH", "DVH", "WH", "RH"]);
const HEALTH_CENTRE_RE = /\b([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?)\s(?:health\s+(?:centre|center|post|unit|facility)|dispensary|district\s+hospital|mission\s+hospital|general\s+hospital|rural\s+hospital|base\s+hospital|cottage\s+hospital)\b/gu;
// Speed (v20): tried only within 60 characters before its head words: a run of capitalised, hyphenated words ("D-D-D-…")
// read from every position was quadratic.
const HEALTH_CENTRE_NEAR = nearMatcher(
  HEALTH_CENTRE_RE,
  /\s(?:health\s+(?:centre|center|post|unit|facility)|dispensary|district\s+hospital|mission\s+hospital|general\s+hospital|rural\s+hospital|base\s+hospital|cottage\s+hospital)\b/gu,
  60,
);

// v19: a hospital's own name after a word of working or being sent there ("Psychiatry posting at Pantang", "the resident
// on call at Meno Ya Win", "transfer to Benefis for ortho", "carted off to Glangwili"), and a name after a ward at the end
// of a clause ("Paeds ward, Lacor."): soft, like the short names above.
const WORKED_OR_SENT_AT_RE =
  /(?<=\b(?:posting|placement|rotation|attachment|elective|on\s+call|nights|shift|locum|transfer|referral|carted\s+off|shipped\s+off|packed\s+off|sent\s+off)\s(?:at|to|in)\s)[A-Z][\p{L}'’-]+(?:\s(?:[A-Z][\p{L}'’-]+|Ya|de|del|la))*/gu;
const WARD_THEN_NAME_RE = /(?<=\b(?:ward|unit|clinic|OPD|theatre|department|dept|ICU|NICU|HDU),\s)[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?(?=\s*(?:[.;\n]|$))/gu;

function hospitalNameOk(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? "";
  if (words.every((w) => PLACES.has(keyOf(w)) || /^(?:Ya|de|del|la)$/.test(w))) return false; // a town: no identifier alone
  if (words.length === 1 && FIRST_NAMES.has(keyOf(first))) return false;
  if (SPECIALTY_OR_SERVICE.test(first) || NOT_FACILITY_WORD.test(first)) return false;
  return !words.some((w) => CALENDAR.has(keyOf(w)) || ORGANISATIONS.has(keyOf(w)) || HEADINGS.has(keyOf(w)));
}

// v20: a health post, dispensary or clinic told by the place it is in: "the health post in Thame", "the MSF hospital in
// Kutupalong", "the dispensary at Loitokitok" (soft, like the short names above: as often the writer's own workplace).
const FACILITY_IN_PLACE_RE =
  /\bthe\s(?:(?:[A-Z]{2,5}|rural|district|community|mission|village|local|sub-?county|sub-?district|government|maternity|TB|leprosy|fistula)\s)?(?:health\s(?:post|centre|center|unit|station|facility)|nursing\s(?:station|post)|dispensary|clinic|hospital|maternity|polyclinic|birthing\scentre|birthing\scenter)\s(?:in|at)\s([\p{Lu}][\p{L}\p{M}'’-]+(?:\s[\p{Lu}][\p{L}\p{M}'’-]+){0,2})(?![\p{L}\p{M}'’-])/gu;

// v19: a bed in a handover list, written short at the start of a line: "- b16: 96M, chest sepsis", "• bed 4: Mrs A".
const LIST_BED_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)(?:b|bed\s?|Bed\s?)\d{1,3}[A-Za-z]?(?=[ \t]*:[ \t]*(?:\d{1,3}\s?[MF]\b|\d{1,3}\s?(?:y|yo|yrs?)\b|(?:Mr|Mrs|Ms|Miss)\b|\p{Lu}\p{Ll}+\b))/gu;

export function detectHospitalNicknames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, type: "FACILITY_ROOM", reason: R_FACILITY, suggestion: S_FACILITY_NICKNAME, priority: 40, soft: true });
  };
  eachMatch(HOSPITAL_NICKNAME_RE, text, (m) => {
    // "the Royal" alone, with its "the"
    if (m[0] === "Royal") return add(m.index - 4, m.index + m[0].length);
    if (!PLACES.has(keyOf(m[0].split(/\s/)[m[0].startsWith("Royal") ? 1 : 0] ?? "")) && FIRST_NAMES.has(keyOf(m[0].split(/\s/)[0] ?? ""))) return;
    add(m.index, m.index + m[0].length);
  });
  eachMatch(HOSPITAL_ACRONYM_RE, text, (m) => {
    const acronym = m[0].replace(/^the\s/, "");
    if (!NOT_HOSPITAL_ACRONYM.has(acronym) && !ORGANISATIONS.has(acronym.toLowerCase())) add(m.index, m.index + m[0].length);
  });
  eachMatch(FACILITY_IN_PLACE_RE, text, (m) => {
    if (hospitalNameOk(m[1] ?? "") && !ORGANISATIONS.has((m[1] ?? "").toLowerCase())) add(m.index, m.index + m[0].length);
  });
  eachMatch(WORKED_OR_SENT_AT_RE, text, (m) => {
    if (hospitalNameOk(m[0])) add(m.index, m.index + m[0].length);
  });
  eachMatch(WARD_THEN_NAME_RE, text, (m) => {
    if (hospitalNameOk(m[0])) add(m.index, m.index + m[0].length);
  });
  eachMatch(LIST_BED_RE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "FACILITY_ROOM", reason: R_ROOM, suggestion: S_ROOM, priority: 48 });
  });
  eachMatchNear(HEALTH_CENTRE_NEAR, text, (m) => {
    const name = m[1] ?? "";
    if (/^(?:The|A|An|Our|My|Their|His|Her|This|That|Local|Rural|Urban|Community|Primary|District|Government|Public|Private|Mission|Village|Nearest|Nearby)$/.test(name.split(/\s/)[0] ?? "")) return;
    add(m.index, m.index + m[0].length);
  });
  return out;
}
const S_FACILITY_NICKNAME = "Say 'a regional hospital' or 'the local health centre' instead of its name.";
