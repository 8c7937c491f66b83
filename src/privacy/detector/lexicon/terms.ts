/**
 * Words that look like names but are not patients: eponyms and clinical terms, section
 * headings of reflective models, calendar words, organisations, and ordinary English words
 * that double as given names. All keys are lower-case (see keyOf in names.ts).
 */

// v19: keyed as tokens are (lexicon/names.ts keyOf: lower case, no diacritics), so "bà", "ông" and "cụ" are found at all.
function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== "").map((w) => w.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()));
}

/**
 * Eponyms (diseases, signs, scores, instruments, manoeuvres) and proper-noun clinical terms
 * that are rarely anyone's surname. Eponyms that are also common surnames (Wilson, Turner,
 * Murphy, Bell, Addison…) are left out: they are recognised by the clinical word after them
 * (EPONYM_HEADS: "Wilson's disease", "Murphy's sign") instead.
 */
export const EPONYMS = set(`
parkinson parkinsons hodgkin hodgkins cushing cushings glasgow apgar down downs crohn crohns wernicke korsakoff guillain barre barré guillain-barre guillain-barré alzheimer alzheimers kawasaki hashimoto hashimotos marfan marfans stevens stevens-johnson gram foley heimlich seldinger valsalva trendelenburg babinski romberg kernig brudzinski tourette tourettes huntington huntingtons raynaud raynauds sjogren sjögren asperger aspergers kaposi burkitt wilms meniere ménière horner horners bence kussmaul cheyne korotkoff korotkov virchow virchows trousseau chvostek tinel phalen finkelstein lachman mcmurray trendelenburg rovsing blumberg mcburney grey-turner kehr boas courvoisier charcot beck becks cushing osler janeway quincke duroziez corrigan musset traube de quervain dupuytren colles rolando monteggia galeazzi salter gustilo hartmann whipple billroth nissen roux kocher pfannenstiel lanz raccoon snellen ishihara rinne hallpike epley dix fallot eisenmenger ebstein wolff parkinson-white wolff-parkinson-white brugada mobitz wenckebach lown ganong levine framingham geneva curb centor rockall blatchford glasgow-blatchford alvarado ranson apache child-pugh pugh meld gleason breslow nottingham ballard edinburgh beck asberg mini-mental folstein barthel waterlow braden norton abbey mallampati cormack lehane macintosh guedel swan ganz swan-ganz hickman portacath broviac sengstaken blakemore minnesota ryles ryle yankauer bair hugger venturi lugol gram ziehl neelsen ziehl-neelsen giemsa leishman papanicolaou pap mantoux heaf schilling coombs coombs' widal weil felix lyme ebola marburg zika lassa chagas hansen hansens legionnaires legionella rift creutzfeldt jakob creutzfeldt-jakob reiter behcet behçet kikuchi hirschsprung meckel meckels zenker mallory weiss boerhaave plummer vinson peutz jeghers dubin criggler crigler najjar budd chiari arnold klinefelter noonan prader willi angelman patau rett duchenne tay sachs gaucher fabry pompe niemann sanfilippo ehlers danlos ehlers-danlos osgood schlatter perthes legg-calve-perthes sever kienbock scheuermann bankart hill-sachs dupuytrens bornholm bell's addisonian cushingoid sheehan sheehans kallmann waterhouse friderichsen zollinger ellison verner carcinoid takayasu buerger wegener churg strauss henoch schonlein schönlein goodpasture goodpastures alport berger bergers fanconi bartter gitelman liddle lewy binswanger korsakoff's jacksonian bell's erb erbs klumpke horner's brown-sequard brown-séquard charcot-marie-tooth guyon froment tinel's phalen's durkan spurling oppenheim chaddock clonus lhermitte uhthoff devic marchiafava munchausen munchausen's capgras fregoli cotard ganser stockholm diogenes othello clerambault de clérambault mcroberts zavanelli lovset mauriceau smellie naegele naegele's braxton hicks goodell hegar doppler holter debakey de bakey fontaine rutherford buerger's allen's homan homans fick frank-starling poiseuille laplace bernoulli hasselbalch henderson-hasselbalch nernst hippocratic hippocrates galen osler's gillick bolitho caldicott foley's seldinger's heimlich's valsalva's epley's yankauer's hartmann's whipple's nissen's apgar's glasgow's gram's down's
russell russells russell's
landry landry's balint balint's
`);

/** Words that are clinical terms after an eponym ("Bell's palsy") — a name followed by one is not a person. */
export const EPONYM_HEADS = set(`
disease diseases syndrome syndromes sign signs palsy test tests score scores scale scales criteria criterion reflex reflexes manoeuvre maneuver manoeuvres
stain staining catheter catheters procedure operation technique tumour tumor lymphoma sarcoma carcinoma ulcer ulcers triad phenomenon position classification
fracture fractures hernia law rule rules equation principle method approach incision line lines node nodes ligament duct canal gland glands cells cell body bodies
disorder disorders encephalopathy psychosis dementia anaemia anemia fever virus angina aneurysm node's tube tubes tubing mask needle needles pouch point points
sequence respiration breathing pulse murmur murmurs sound sounds nodes nerve reaction response effect ratio index model cycle type grade stage block blocks bundle
regimen protocol chart charts bag bags drain drains frame forceps clamp retractor speculum blade scissors loop loops valve shunt balloon probe splint traction
collar boot bandage dressing dressings
inventory inventories questionnaire questionnaires checklist checklists tool tools toolkit handbook handbooks manual guide guides framework frameworks
programme programmes initiative campaign formula pyramid ladder curve curves survey instrument battery interview hour minute bundle bundles pathway
appliance crown crowns bridge bridges denture dentures elevator elevators curette curettes matrix band bands bur burs implant implants
`);

/**
 * v17: languages and the peoples they are named for, which writers capitalise mid-sentence ("My Yoruba is 'Lagos Yoruba'",
 * "we found an Urdu interpreter"): never a person's name. Those that are also common given names or surnames (Shona, Zulu,
 * Luo, Welsh, Cornish, Farsi, Thai, Dari, Ga) are left out.
 */
export const LANGUAGES = set(`
yoruba igbo ibo hausa fulani fulfulde kanuri tiv efik ibibio ijaw urhobo edo pidgin twi akan ewe fante dagbani swahili kiswahili kikuyu gikuyu kalenjin luhya
kamba luganda runyankole acholi chichewa nyanja tumbuka bemba tonga ndebele setswana sesotho sepedi xitsonga tshivenda isizulu isixhosa xhosa afrikaans
amharic tigrinya oromo afaan somali arabic persian pashto urdu punjabi panjabi sindhi balochi brahui saraiki hindko pothwari mirpuri kashmiri hindi bengali
bangla sylheti chittagonian rohingya marathi gujarati kannada telugu tamil malayalam odia oriya assamese konkani nepali sinhala sinhalese tagalog filipino
cebuano ilocano bisaya visayan bahasa javanese sundanese malay mandarin cantonese hokkien hakka teochew vietnamese khmer burmese lao samoan tongan fijian
maori māori gaelic turkish kurdish armenian creole kreyol kriol patois pitjantjatjara warlpiri yolngu arrernte
`);

/** Headings of reflective models (Gibbs, Driscoll, Rolfe, Kolb…) and other section words. */
export const HEADINGS = set(`
description describe feelings feeling evaluation evaluate analysis analyse conclusion conclusions action plan actions what so now why how who where when
reflection reflections reflective background context introduction summary outcome outcomes learning lessons points key takeaways next steps
experience thoughts abstract references reference bibliography acknowledgements appendix notes note case history presentation examination investigations
management discussion impression assessment diagnosis differential plan follow-up followup update edit edited addendum
gibbs driscoll rolfe kolb schon schön johns borton brookfield
`);

export const CALENDAR = set(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
christmas easter eid ramadan ramazan ramzan ramadhan diwali hanukkah passover lent advent new year halloween spring summer autumn fall winter weekend
`);

/** Organisations, regulators, professional bodies, services, systems. */
export const ORGANISATIONS = set(`
garda gardaí gardai whatu hauora nhs nice who gmc bma rcp rcgp rcs rcn nmc cqc pals hse cdc fda mhra ukhsa phe hee nihr aomrc rcpch rcog rcpsych rcem rcoa rcr rcpath mdu mps mddus
bnf sign nsf qof emis systmone cerner epic meditech lorenzo ice datix nrls trust ccg icb pcn gp gps ae a&e ed ems lfb nhsbsa nhsx hcpc acgme nbme usmle
plab mrcp mrcs mrcgp frcs frcp fy1 fy2 f1 f2 ct1 ct2 st1 st2 st3 sho spr reg ccu icu itu hdu nicu picu scbu amu sau cdu mau
pmdc cpsp pmc nmc mci nbe aiims mdcn wacs wacp npmcn ahpra racgp racp racs anzca acem mbbs mbchb md mrcog unicef unaids msf icrc redcross rotary
medicare medicaid aadhaar aadhar philhealth obamacare tricare google facebook instagram twitter tiktok whatsapp wechat viber imo kakaotalk zalo youtube linkedin reddit snapchat zoom teams microsoft apple android iphone
covid covid-19 sars-cov-2 sars mers hiv aids
`);

/** Titles of clinicians, teachers and staff: the name after one is not a patient. */
// (v34: and Turkish "Hemşire", "Doktor" and "Hoca": "the charge nurse, Hemşire Gül")
export const STAFF_TITLES = set(`
dr dr. doctor prof prof. professor sister nurse matron hemşire hemsire hemşirem doktor hoca consultant registrar surgeon physician midwife sr charge staff rev reverend father fr chaplain imam rabbi pastor
dra dra. drª enf enfª enfermeira enfermera enfermeiro enfermero lic licda
sis sir
paramedic profa profª prof.ª ma'am maam
`);

/**
 * Staff roles as they appear before or after a staff member's name ("my consultant Sarah",
 * "Ben, the registrar"). Lower-case; matched as whole words.
 */
export const STAFF_ROLES =
  "doctor|doctors|dr|consultant|consultants|registrar|reg|spr|sho|fy1|fy2|f1|f2|ct1|ct2|st1|st2|st3|st4|st5|st6|st7|intern|interns|resident|attending|fellow|" +
  "tutor|supervisor|mentor|teacher|lecturer|preceptor|educator|examiner|assessor|trainer|trainee|student|students|classmate|colleague|colleagues|" +
  // v17: community health workers and checkers by their titles ("my accuracy checker, Ciara"; an ASHA is names.ts's, in capitals,
  // since Asha is a given name)
  "anm|chw|chws|bhw|bhws|lhw|lhws|vhw|vhws|community\\s+caregiver|community\\s+carer|checker|buddy|" +
  "instructor|coach|leader|proctor|invigilator|moderator|convenor|convener|speaker|presenter|facilitators|" +
  "nurse|nurses|matron|midwife|midwives|sister|physio|physiotherapist|pharmacist|hca|healthcare\\s+assistant|porter|paramedic|chaplain|surgeon|" +
  "anaesthetist|anesthetist|anaesthetic|gp|clinician|lead|manager|receptionist|secretary|coordinator|co-ordinator|boss|senior|junior|houseman|" +
  "house\\s+officer|dietitian|dietician|ot|salt|psychologist|psychiatrist|therapist|counsellor|counselor|social\\s+worker|cns|ana?esthesia|" +
  "oncologist|cardiologist|radiologist|radiographer|sonographer|phlebotomist|technician|scrub|practitioner|anp|acp|pa|associate|team|firm|" +
  // v37: the outpatient specialties' staff (dev44)
  "dentist|dentists|hygienist|orthodontist|optometrist|optician|orthoptist|audiologist|podiatrist|dermatologist|ophthalmologist|dental\\s+nurse|" +
  "head|dean|director|chief|professor|prof|lecturer|demonstrator|facilitator|chair|editor|author|writer|" +
  // v7: non-clinical staff who appear by name in reflections
  "adviser|advisor|officer|navigator|interpreter|translator|administrator|volunteer|liaison|kaumātua|kaumatua|elder|chaplain|champion|link\\s+worker|health\\s+worker|community\\s+worker|outreach\\s+worker|case\\s+worker|caseworker|" +
  // v8: community and teaching roles named in other languages and health systems, and examiners
  "kaiako|kaiāwhina|kaiawhina|bhw|bhws|chw|chws|chv|chvs|chp|chps|promoter|mobiliser|mobilizer|examiners|tutors|mentors|supervisors|" +
  // v9: supervisors, inspectors and the people the author lives or studies with
  "superintendent|inspector|in-charge|incharge|technologist|roommate|flatmate|housemate|batchmate|co-examiner|" +
  // v32: the team's own cooks and social scientists ("the cook, Rafiq sahib", "our team's anthropologist, Juliana")
  "cook|cooks|anthropologist|sociologist|ethnographer|nutritionist|" +
  // v34: a new colleague ("a new starter, Priya, asked me")
  "starter|new\\s+starter|newly\\s+qualified|" +
  // v35: the nurse in charge of a health post in francophone West Africa ("the ICP, Madame Ndiaye")
  "icp|" +
  // v10: crews, classmates and clinical instructors in prehospital, nursing and midwifery training
  "winchman|crewman|crewmate|dispatcher|firefighter|medic|emt|groupmates?|classmates|batchmates|coursemates?|ci|" +
  // v12: ward and unit managers by their titles in Ireland, Australia and the UK
  "cnm|cnm1|cnm2|cnm3|cnms|num|nic|ward\\s+manager|unit\\s+manager|charge\\s+nurse|nurse\\s+in\\s+charge|" +
  // v13: community health workers in South Asia named as colleagues ("our ASHA, Sunita tai", "the LHW, Bushra")
  "asha|ashas|anm|anms|lhw|lhws|lady\\s+health\\s+worker|anganwadi\\s+worker|aww|mpw|" +
  // v14: UK nursing and midwifery grades named as colleagues ("my band 6, Kemi Adeyemi"), and peer educators
  "band\\s+[5-8][a-d]?|peer\\s+educator|peer\\s+supporter|chew|chews|chos?|ward\\s+clerk|unit\\s+clerk|ward\\s+housekeeper|housekeeper|" +
  // fb2: ward helpers by their titles in South Asia, Africa and elsewhere ("our ward boy Shafiq", "the ward attendant, Joseph")
  "ward\\s+boys?|ward\\s+girls?|ward\\s+attendants?|ward\\s+aides?|ward\\s+assistants?|nursing\\s+aides?|nurse\\s+aides?|orderly|orderlies|ayah|ayahs|ward\\s+ayah|" +
  // v20: community health roles named as colleagues ("a treatment supporter, Shabana baji", "the maternal child health
  // aide, Ya Mariama", "a promotora, Doña Rosa", "our TB champion")
  // v26: the school and civic people a health talk is run with ("the principal, Mrs. Zulu", "the headmistress, Madam
  // Atanga", "the assemblyman, Mr. Azure")
  // v30: community-based rehabilitation workers and attendants ("the CBR worker, Selvi akka", "our attendant, Gul bibi")
  "cbr\\s+workers?|cbr\\s+facilitators?|rehabilitation\\s+workers?|attendant|attendants|" +
  "sage-femme|sages-femmes|principal|headmistress|headmaster|headteacher|head\\s+teacher|assemblyman|assemblywoman|assembly\\s+member|councillor|councilor|" +
  "security\\s+guard|guard|watchman|gateman|cleaner|employer|shopkeeper|senior\\s+partner|gp\\s+partner|practice\\s+partner|lab\\s+partner|study\\s+partner|osce\\s+partner|practice\\s+buddy|" +
  "graduate|grad|new\\s+grad|newly\\s+qualified|nq|preceptee|mentee|locum|biomedical\\s+engineer|engineer|technician|" +
  "treatment\\s+supporters?|treatment\\s+buddy|health\\s+aides?|aides?|promotoras?|promotores?|health\\s+promoters?|health\\s+visitors?|hv|" +
  "health\\s+assistants?|health\\s+educators?|doulas?|tbas?|traditional\\s+birth\\s+attendants?|birth\\s+attendants?|community\\s+midwi(?:fe|ves)|vaccinators?|dressers?";

/**
 * The names of peoples and nationalities, in the singular and plural ("Canadian", "Nigerians", "Afghan"): a people, never
 * a person's name (names.ts, declared-names.ts).
 */
export const PEOPLES: ReadonlySet<string> = new Set(
  ("canadian canadians nigerian nigerians kenyan kenyans ghanaian ghanaians pakistani pakistanis indian indians " +
    "australian australians american americans british irish scottish welsh english filipino filipina filipinos singaporean singaporeans " +
    "ugandan ugandans tanzanian tanzanians zambian zimbabwean malawian rwandan ethiopian somali sudanese egyptian lebanese syrian afghan " +
    "bangladeshi nepali nepalese sri lankan jamaican trinidadian brazilian mexican chilean peruvian colombian german swedish norwegian danish " +
    "finnish dutch french spanish italian portuguese polish maori māori aboriginal samoan tongan fijian " +
    // v33: peoples of the north and of the road ("Sámi communities", "North Sámi")
    "sámi sami saami inuit inuk dene cree métis metis roma romani traveller travellers").split(" "),
);

/** Honorifics used for patients and relatives. The span of a name includes its honorific. */
// v12: professional titles used as honorifics for anyone, patients and relatives included ("Engr. Tunde Adeyanju", "Barr. Okoye").
// v28: "don" and "doña", and Polish "Pani" and "Pan" ("Pani Agnieszka", "Pan Zbigniew"). v30: Dutch "Meneer"/"Mevrouw",
// and the ranks veterans are called by ("Sgt. Raymond Ocasio"). v32: Italian "Signor" ("Signor Bruno Zanella"). v34: Tamil
// "Thiru." and "Tmt." ("Thiru. Selvaraj Muthusamy").
export const PATIENT_HONORIFICS = set(`mr mrs ms miss mx mst mstr mrs. mr. ms. mst. mme mdm madam madame sra srta señor señora senora signora frau herr fru shri shrimati smt sri kumari engr engr. barr barr. don doña pani pan
meneer mevrouw mevr mevr. dhr dhr. signor signore signorina sig sig. thiru thiru. tmt tmt. thirumathi selvi sgt sgt. cpl cpl. pte pte. pvt pvt. spc cpt capt capt. lt lt.`);

/**
 * Honorifics and kinship titles that also have ordinary meanings ("Master", "Chief", "Baba"),
 * so the next word must be a known name.
 */
export const WEAK_HONORIFICS = set(`
master baba mama papa alhaji alhaja alh hajia haji hajiya chief auntie aunty aunt uncle granny grandma grandpa nana nanna nan gran grandad grandfather grandmother
bibi bhai bhaiya didi chacha chachi mamu nani dadi nanaji dadaji amma appa abba ammi ammu abbu begum sahib sahab ji mallam malam mai iya mummy daddy mum dad
`);

/** Relatives and close others: "his wife, Mary", "her son Kwame". */
export const RELATIVES =
  "wife|husband|son|sons|daughter|daughters|mother|mum|mom|mam|mummy|mother-in-law|father|dad|daddy|father-in-law|brother|brother-in-law|sister|sister-in-law|" +
  "sibling|partner|spouse|fiance|fiancé|fiancee|fiancée|boyfriend|girlfriend|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|grandpa|granny|" +
  "grandad|granddad|nan|nana|nanna|gran|aunt|auntie|aunty|uncle|niece|nephew|cousin|carer|caregiver|neighbour|neighbor|friend|baby|child|twin|stepson|" +
  "stepdaughter|stepmother|stepfather|son-in-law|daughter-in-law|guardian|next\\s+of\\s+kin|nok|attendant|relative|family\\s+member|" +
  // v9: great-, half- and grand- kin, and kin words in Māori, Filipino, Hindi/Urdu and Swahili
  "great-grandson|great-granddaughter|great-grandchild|great-grandmother|great-grandfather|great-niece|great-nephew|half-brother|half-sister|" +
  "grandniece|grandnephew|grand-niece|grand-nephew|mokopuna|moko|pamangkin|apo|bhatija|bhatiji|bhanja|bhanji|pota|poti|nawasa|nawasi|mjukuu|cucu";

/**
 * Ordinary English words that double as given names or surnames. A capitalised one at the
 * start of a sentence or in a heading is read as the word; mid-sentence, a patient cue is
 * still needed.
 */
export const COMMON_WORDS = set(`
a i the an and but or so if as at by for from in into of on onto to with without within about above after again against all also am among an any are
around as be because been before being below between both can could did do does doing done down during each else even ever every few first further had
has have having he her here hers herself him himself his how however i'd i'll i'm i've if in into is it its itself just last later least less let like
many may me might mine more most much must my myself never next no nor not now of off often on once one only or other our ours out over own per
perhaps please quite rather really same she should since so some soon still such than that the their theirs them themselves then there these they this
those though through thus to today tomorrow too under until up upon us very was we were what when where whether which while who whom whose why will
with would yes yet you your yours yourself yesterday tonight overall afterwards eventually finally firstly secondly thirdly lastly meanwhile instead
also although anyway besides hence indeed moreover nevertheless nonetheless otherwise therefore whereas despite unlike sadly luckily thankfully hopefully
honestly unfortunately fortunately interestingly initially immediately suddenly slowly quickly gradually clearly obviously apparently certainly
will hope grace faith joy rose mark bill pat sue jack ray max lily ivy dawn summer may june august art carol chance chase christian destiny early eve
free gay gene glen guy harmony honor honour hunter iris jewel king lane liberty major mason miles misty page pearl penny precious prince queen rich river
rocky ruby sage sandy sky star sterling stone storm sunny tanner trinity true wade west white young brown green black long little small short strong
sharp hall ward wood field hill bay baby sister patient doctor nurse son wife husband mother father brother daughter family friend carer angel april
autumn winter spring blessing charity constance patience prudence mercy verity unity hope's love happy lucky sonny buddy champ chief boss sir madam
said says told asked took gave went came got made felt seemed looked thought knew saw heard found kept left put set ran let
cash price rice hand bush burns bishop cook cooper baker butler porter carter mayer miller fisher hunter archer parker turner walker waters wells
banks marsh moss pool lake ford bridge church chapel castle tower street road lane close drive park square court gate house home manor lodge cottage
north south east west central upper lower middle new old great grand royal general medical clinical surgical acute chronic severe mild normal
english british irish scottish welsh african asian european american indian pakistani nigerian chinese muslim christian hindu sikh jewish catholic
god allah lord jesus christ bible quran koran inshallah mashallah alhamdulillah
`);

/** Medical abbreviations that are not a patient's initials ("patient DNR"). */
export const CLINICAL_ACRONYMS = set(`
dnr dnar dnacpr icu itu hdu ed ae gp hiv tb mi ckd aki iv im sc po pr prn od bd tds qds ng ngt ct mri ecg ekg eeg cxr abg vbg fbc ue lft crp esr inr
bp hr rr gcs avpu acs pe dvt uti copd chf ccf af svt vt vf sob cp ra oa ms sle ibs ibd uc dka hhs bmi ivdu etoh nbm nil tpn peg rig mdt dols dol
id no nos lpa nok sah sdh tia cva als bls pals nls atls tci ppe hca fy sho reg ob gyn ent gi gu hcv hbv mrsa cdiff vre esbl rsv uri lrti urti ok no yes
`);

/**
 * Kinship and community titles used as part of a name across cultures ("Mama Ijeoma",
 * "Mzee Kiprotich", "Haji Ghulam Rasool", "Baby Nakato", "Kuia Mere", "Encik Ahmad",
 * "Gogo Dlamini", "Lola Remedios"). Followed by any capitalised name-shaped word that is not
 * an ordinary word, eponym, place prefix or heading, they name a patient or relative.
 */
// (v32: and Romanian "Nea", an older man of the neighbourhood, "Nea Costică"; v33: Luganda "Jajja", a grandparent; v35:
// Akan "Maame", Nepali "Aama", Haitian Creole "Madan")
export const KINSHIP_TITLES = set(`
mama baba mzee mze bibi babu shosho cucu haji hajji hajia hajiya hajja alhaji alhaja alh mallam malam mai iya baby bub
uncle auntie aunty aunt granny grandma grandpa grandad granddad nana nanna nan gran gogo makhulu ouma oupa tannie oom
kuia koro whaea matua nanny pop poppa nonna nonno abuela abuelo tia tio tita tito lola lolo
encik puan cik tuan datuk dato datin pak mak ibu bu bapak mbah
chacha chachi mamu mami nani nana-ji dadi didi bhai bhaiya bhabhi amma appa ammi abba abbu ammu ama dada
papa mummy daddy sheikh ustaz ustad pa ma
ate kuya aling manang manong seu umm ummi sekuru ambuya mbuya
am amm hagg hagga hajj sitt tant dona doña dom nain taid mamgu tadcu tutu kupuna aba
granda grandda mang haj khanom khanum agha aghaye bà ông cụ bác
tanti tanaua bunica bunicul ciocia wujek babcia dziadek nea jajja maame aama madan
`);

/** Name particles that join the parts of one name ("Nurul Aisyah binti Rahman", "Ahmad bin Ismail", "van der Merwe"). */
export const NAME_PARTICLES = set(`bin binti bte binte bt ibn bint a/l a/p van von der den de da di del della dos das du le la al el ul ud ap mac arap ole`);
