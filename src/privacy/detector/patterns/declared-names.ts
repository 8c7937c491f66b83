import type { Candidate } from "../types.ts";
import { eachMatch } from "../context.ts";
import { FIRST_NAMES, PLACES, PLACES_ALONE, keyOf } from "../lexicon/names.ts";
import { CALENDAR, EPONYMS, KINSHIP_TITLES, ORGANISATIONS, PATIENT_HONORIFICS, PEOPLES, STAFF_ROLES } from "../lexicon/terms.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { R_CALLED, R_FULL, S_PATIENT, letterToPatient } from "./names.ts";

/**
 * v20–v23: names the writing itself says are names. A nickname is a name: the people who use it know who it is ("the
 * staff all call him "Wee Shug"" is names.ts's). Here the forms that declare a name outright, wherever they stand:
 *   - a nickname in quotes, then said to be a nickname ('"the Colonel" was a nickname all of us used'), or what everyone
 *     calls the person ("A man in his sixties, Abu Karim to everyone in his neighbourhood, came in");
 *   - initials given as the patient's ("Patient initials: K.T.");
 *   - the patient a letter is written to ("Dear Amma Zubaida, / Your grandson asked me …");
 *   - a name written with its record or phone number right after it ("Agnes McCrindle, CHI 170338 4121"), or on a
 *     document the patient carries ("his Aadhaar card: Ram Prasad Kushwaha, 4821 …");
 *   - a name and its alias ('Sher Ali alias "Shera"'), and a given name with the surname's initial ("Kacper W.").
 * Not a thing's name in quotes ('"the Golden Hour" is a nickname for …'), an eponym, an organisation, a day or a known
 * city, nor a clinician's name ("Dr Ahmed Khan, GMC 7012345").
 */

const CAP_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+`;
const SHORT_CAP_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’-]{1,30}`;
const QUOTED_DECLARED_RE = new RegExp(
  String.raw`["“‘]((?:the\s)?${CAP_WORD}(?:\s${CAP_WORD}){0,2})["”’]\s(?:was|is|became|had\s+become)\s(?:a|the|his|her|their|our|my)\s(?:\w+\s)?nickname\b(?!\s+for\s+(?:a|an|the)\s)`,
  "gu",
);
const QUOTED_CALLED_AFTER_RE = new RegExp(
  String.raw`["“‘]((?:the\s)?${CAP_WORD}(?:\s${CAP_WORD}){0,2})["”’]\s(?:was|is)\swhat\s(?:everyone|everybody|we|they|the\s+\w+|his\s+\w+|her\s+\w+)\s(?:all\s)?(?:call|calls|called)\s(?:him|her|them)\b`,
  "gu",
);
const TO_EVERYONE_RE = new RegExp(
  String.raw`(?<=,\s|[—–-]\s)(${CAP_WORD}(?:\s${CAP_WORD}){0,2})\sto\s(?:everyone|everybody|all|the\s+whole\s+(?:street|village|ward|estate|town|community|compound|neighbourhood|neighborhood|family)|(?:his|her|their)\s+(?:friends|neighbours|neighbors|family|grandchildren|kids))\b`,
  "gu",
);

// v26: a name given as the person's name ("Her name in the community was Sundari", "his real name is Oghenekaro").
const NAME_WAS_RE = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:real|first|given|chosen|community|street|new|old|pet|proper|full|birth|legal|Christian)\s+)?name\s+(?:(?:in|at|on|among|to)\s+(?:the\s+)?[\p{Ll}-]{2,20}\s+)?(?:is|was)\s+["“‘]?((?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s)?${CAP_WORD}(?:\s${CAP_WORD}){0,2})`,
  "gu",
);
// v37: the patient named in apposition or after "was" with "my/one/another patient" ("My patient, T.R., came in", "One
// patient was Aunty Rosie Jampijinpa, an elder from …"), by initials or by up to three capitalised words with a title.
const APPOSED_TITLE = "(?:Aunty|Auntie|Uncle|Mr|Mrs|Ms|Miss|Mx)";
const APPOSED_TITLE_WORD_RE = new RegExp(String.raw`^${APPOSED_TITLE}\.?$`);
const PATIENT_APPOSED_RE = new RegExp(
  String.raw`\b(?:[Mm]y|[Oo]ur|[Oo]ne|[Tt]his|[Aa]nother|[Tt]he)\s+(?:(?:first|last|next|new|young|old)\s+)?patient\s*(?:,\s*|\s+(?:was|is)\s+)((?:${APPOSED_TITLE}\.?\s)?(?:(?:[A-Z]\.){2,3}|${CAP_WORD}(?:\s${CAP_WORD}){0,2}))(?=\s*[,.;:!—–(]|\s+(?:who|was|is|had|has|came|presented|arrived|and)\b)`,
  "gu",
);
// v37: a name the phone shows ('a number saved in his phone as "Skipper"')
const SAVED_AS_RE = new RegExp(String.raw`\bsaved\s+(?:in|on|to)\s+(?:his|her|their|my|the)\s+(?:phone|contacts|mobile)\s+as\s+["“‘]((?:the\s)?${CAP_WORD}(?:\s${CAP_WORD}){0,2})["”’]`, "gu");
// v27: the patient named by what the story calls them ("The girl was **Ruby**, and she …", "Our patient was Tomasz.")
const NOUN_WAS_NAME_RE = new RegExp(
  String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s+(?:(?:little|young|old|first|last|next)\s+)?(?:girl|boy|patient|baby|child|toddler|teenager|man|woman|lady|mother|father|twin|client|resident)\s+(?:was|is)\s+(?:called\s+|named\s+)?(?:\*\*|__|["“])?(${CAP_WORD})(?:\*\*|__|["”])?(?=\s*[.,;!—–]|\s+(?:and|but|who)\b)`,
  "gu",
);
// v27: a nickname in brackets after the name ('Maisie ("Mais" to everyone on the unit)', "J. McK (the "Big Jamesie" one)"),
// and a nickname before the name on the forms ("Mossie — Maurice O'Driscoll on the forms")
// (bounded words: these two are tried at every capital, and a run of "D-D-D-…" must stay linear)
const NAME_BRACKET_NICK_RE = new RegExp(
  String.raw`(${SHORT_CAP_WORD})\s\(\s?["“]([^"”
]{1,24})["”]\s(?:to\s+(?:everyone|everybody|all|the\s+whole\s+\w+|his\s+\w+|her\s+\w+)|on\s+the\s+\w+|at\s+home)\b`,
  "gu",
);
// v30: a nickname the family uses, in brackets after the name ("Kyle (his mum calls him KJ, and …)")
const FAMILY_CALLS_RE = new RegExp(
  String.raw`(${SHORT_CAP_WORD})\s\((?:his|her|their)\s+(?:mum|mom|mother|dad|father|family|nan|nana|gran|granny|wife|husband|partner|sister|brother|friends|mates)\s+(?:calls?|called)\s+(?:him|her|them)\s+["“]?([\p{Lu}][\p{L}'’-]{0,20})["”]?`,
  "gu",
);
const THE_QUOTED_ONE_RE = /\(the\s["“]((?:[\p{Lu}][\p{L}'’-]*\s?){1,3})["”]\sone\b/gu;
const ON_THE_FORMS_RE = new RegExp(
  String.raw`(${SHORT_CAP_WORD})\s[—–-]{1,2}\s((?:${SHORT_CAP_WORD}\s){1,2}${SHORT_CAP_WORD})\son\s(?:the\s|his\s|her\s)?(?:forms?|paper|papers|register|chart|notes|system|records?|passport|ID)\b`,
  "gu",
);
// v28: a Korean or Chinese name written surname first, with its hyphenated given name ("Kim Young-sook", "Wang Xiu-ying")
const SURNAME_FIRST_RE =
  /\b(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Moon|Yang|Bae|Baek|Nam|Noh|Kwak|Cha|Joo|Woo|Min|Ryu|Chae|Byun|Wang|Zhang|Liu|Chen|Huang|Zhao|Zhou|Wu|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Tan|Ng|Ong|Lau|Chan|Cheung|Leung|Wong)\s[A-Z][a-z]{1,8}-[a-z]{2,8}\b/g;
// v32: a name the person gave, or was asked for ("I asked his name. Suthan.", "She gave her name as Ruby", "told us she
// was Kamakshi Venkatraman")
const GAVE_NAME_RE = new RegExp(
  String.raw`\b(?:(?:asked|asked\s+for)\s+(?:his|her|their)\s+name[.,:]?\s+["“]?|gave\s+(?:his|her|their)\s+name\s+(?:as\s+)?["“]?|told\s+(?:us|me|the\s+[\p{Ll}]+)\s+(?:she|he|they)\s+(?:was|were|is)\s+(?=${CAP_WORD}\s${CAP_WORD}))(${SHORT_CAP_WORD}(?:\s${SHORT_CAP_WORD}){0,2})`,
  "gu",
);
// v32: a respect word joined to the name by a hyphen ("Ramesh-bhai", "Lata-didi", "Tanaka-san"), and a father's or
// mother's name for a person (the kunya: "Abu Khaled", "Umm Khaled")
const HYPHEN_TITLE_RE =
  /\b([\p{Lu}][\p{Ll}\p{M}]{2,15})-(?:bhai|didi|ji|jee|bhaiya|bhabhi|baji|apa|amma|akka|anna|chechi|chettan|san|sama|chan|kun|sahib|saab|sahab|dada|dadi|nana|nani|mama|mami|chacha|chachi|aunty|auntie)(?![\p{L}-])/gu;
const HYPHEN_TITLE_NOT = new Set(["gandhi", "modi", "nehru", "bapu", "guru", "swami", "baba", "amma", "doctor", "sister", "nurse", "matron", "sir", "madam", "bhagwan", "netaji", "babu"]);
// v33: the person the writer cared for, named right after the verb of care ("I looked after Kusumawathie Amma"); after
// "examined", "treated", "reviewed" or "home visits to" with a title or a listed given name ("to review Am Sayed", "home
// visits to Aili Niemi"; "a home visit to Korogocho" is a place), and after "saw", "met", "attended" or "visited" only with a title ("I attended W/ro Tigist Alemu", "I met bà
// Giàng Thị Mỷ"), since those verbs take places, events, papers and colleagues too.
/** Titles of address that terms.ts does not list (Amharic, Vietnamese); none holds a character special in a regex. */
const CARE_TITLE_WORDS = ["W/ro", "W/t", "W/rt", "Ato", "bà", "ông", "bác", "cô", "chị", "anh", "bé", "em"];
const CARE_TITLE = String.raw`(?:${CARE_TITLE_WORDS.join("|")}|[\p{Lu}][\p{Ll}]{1,7}\.?)`;
// v36: the particles inside one name ("Mr Willem van der Berg", "Gethin ap Rhys"), so the name is taken whole.
const PARTICLE = "(?:van|von|der|den|de|da|di|del|della|dos|das|du|le|la|ap|bin|binti|bint|ibn)";
const PARTICLE_WORD_RE = new RegExp(`^${PARTICLE}$`);
const CARED_FOR_RE = new RegExp(
  String.raw`\b(?:(looked\s+after|cared\s+for|nursed|clerked)|(examined|treated|to\s+review|reviewed|(?:home\s+)?visits?\s+to)|I\s+(?:saw|met|attended|visited|admitted|assessed))\s+((?:${CARE_TITLE}\s)?[\p{Lu}][\p{L}\p{M}'’-]+(?:\s(?:${PARTICLE}\s){0,2}[\p{Lu}][\p{L}\p{M}'’-]+){0,2})`,
  "gu",
);
// v36: the one a piece of care was for, by a listed given name ("I did the fracture clinic follow-up for Archie", "the
// referral for Tomasz"). Explicit care outweighs names.ts reading the name as a colleague's elsewhere ("did the clinic for
// …" is also how one covers for a colleague), so its reason is its own and detect.ts does not soften it as one.
const CARE_NOUN_FOR_RE =
  /\b(?:follow-?up|review|referral|appointment|consent|discharge|bloods|obs|dressings?)\s+for\s+([\p{Lu}][\p{Ll}\p{M}'’-]{1,20})(?![\p{L}\p{M}])/gu;
export const R_CARED_FOR = "The name of someone the writer gave care to lets anyone who knows them recognise them.";
const STAFF_AFTER_CARED = new RegExp(String.raw`^,?\s+(?:my|our|the|a|an|who\s+(?:is|was))\s+(?:[\p{Ll}-]+\s+){0,2}(?:${STAFF_ROLES})\b`, "iu");
const CARE_TITLES = new Set(CARE_TITLE_WORDS.map((w) => w.toLowerCase()));
// v33: a name with its nickname in quotes between given name and surname ('Mr Idris "Dai" Pugh', 'Miss Iris "Mama Iris"
// McKenzie') is one name
const QUOTED_MIDDLE_RE = /\b((?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s)?[\p{Lu}][\p{L}\p{M}'’-]{1,24})\s["“]([^"”\n]{1,24})["”]\s([\p{Lu}][\p{L}\p{M}'’-]{1,24})/gu;
// v34: a title with a word of respect and no name, which is how the family and the ward name him ("Haji sahib asked me
// directly", "Chaudhry sahab was asleep")
const TITLE_SAHIB_RE = /\b(?:Haji|Hajji|Alhaji|Chaudhry|Chaudhary|Sardar|Mian|Malik|Pir|Syed|Sheikh|Khan)\s(?:sahib|sahab|saab|ji|jee)\b/g;
const STAFF_APPOSED_BEFORE = new RegExp(String.raw`\b(?:${STAFF_ROLES}|ASHA|ANM|AWW|Anganwadi\s+worker|CHW|LHW|Lady\s+Health\s+Worker|owner|shopkeeper|proprietor|landlord)s?\s*,\s*$`, "i");
const KUNYA_RE = /\b(?:Abu|Umm|Um|Abou|Oum)\s([\p{Lu}][\p{Ll}\p{M}]{2,15})(?![\p{L}-])/gu;
const KUNYA_NOT = new Set(["dhabi", "ghraib", "simbel", "qasr", "kulthum", "durman", "sayyaf", "hureyra", "hurairah"]);
// v29: the patient given as an initial ("The index patient, J. (I'll keep it at that), gave me one partner")
const PATIENT_INITIAL_RE = /\b(?:index\s+)?(?:patient|case|client|contact)\s*[,:]\s*([A-Z]\.)(?=[\s,)])/g;
// v31: a name or a place written in a script without capitals (Chinese, Japanese, Arabic, Hebrew, Devanagari, Thai …).
// The scanned text stands each such letter in as "ª" (normalise step 4b), so no rule that looks for a capital can see it;
// told by the words around it, it is named like any other: "Her name is 王秀英", "his name was محمد علي", "Mr हरीश
// कुमार", "she lives in 长沙", "from ألفية".
const CASELESS_RUN = String.raw`ª+(?:[ \t-]ª+){0,3}`;
const CASELESS_NAME_RE = new RegExp(
  String.raw`(?:\b(?:[Nn]ame\s+(?:is|was)|[Cc]alled|[Nn]amed|[Kk]nown\s+as|(?:Mr|Mrs|Ms|Miss|Mx|Dear|Baba|Mama|Haji|Hajia|Alhaji|Sheikh|Abu|Umm)\.?|[Pp]atient,?|(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|uncle|aunt|partner|baby),?)\s+["“]?)(${CASELESS_RUN})`,
  "g",
);
const CASELESS_PLACE_RE = new RegExp(String.raw`\b(?:lives|lived|living|born|grew\s+up|comes|came|come|is|was|are|were|village|town)\s+(?:in|from|at|of)\s+(${CASELESS_RUN})`, "g");
const R_CASELESS_NAME = "A name written in its own script identifies the person as surely as in Latin letters.";
const R_CASELESS_PLACE = "A place written in its own script narrows the story as much as in Latin letters.";
const S_CASELESS_PLACE = "Write 'a small town' or 'a village in the north' instead of the name.";
const PET_BEFORE = /\b(?:dog|dogs|puppy|cat|cats|kitten|horse|pony|parrot|rabbit|pet|hamster|goat|cow)\b[^\n]{0,50}$/i;
// "Patient initials: K.T.", "initials JM", "her initials were A.B.": initials given as the patient's are a name.
const INITIALS_LABELLED_RE =
  /(?:(?<![\p{L}])(?:[Pp]atient(?:['’]s)?|[Hh]is|[Hh]er|[Tt]heir)\s+initials\s*(?:[:=–—-]|are|were|was|is)?|(?<![Mm]y\s|[Oo]ur\s)(?<![\p{L}])[Ii]nitials\s*[:=–—-])\s*((?:[A-Z]\.?\s?){1,3}[A-Z]\.?)(?![\p{L}\d])/gu;

// A letter to a patient ("Dear Amma Zubaida, / Your grandson asked me …", "Dear Mr Okoro, I still think of the night you
// …"): its addressee is named at the top. Only in a letter that speaks to the patient about their care or family, not a
// mentor's "Dear Aisha, a thoughtful reflection" or a letter to a colleague, a diary or the writer's own mother.
const SALUTATION_RE =
  /(?:^|\n)[ \t]*(?:Dear|Dearest|My\s+dear)\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Mama|Baba|Amma|Abba|Ammi|Abbu|Nana|Nani|Dadi|Granny|Auntie|Aunty|Uncle|Mzee|Kuia|Koro|Lola|Lolo|Tita|Tito|Hajia|Alhaji|Opanin|Maame|Papa|Señora|Señor|Senhora|Dona|Don)\.?\s)?[\p{Lu}][\p{L}\p{M}'’-]+(?:\s[\p{Lu}][\p{L}\p{M}'’-]+){0,2})[ \t]*[,:!\n—–-]/gu;
const NOT_ADDRESSEE = /^(?:Dr|Doctor|Prof|Professor|Nurse|Sister|Matron|Sir|Madam|Madame|Colleagues?|All|Everyone|Team|Friends?|Diary|Future|Past|Younger|Self|Me|Reader|Readers|Students?|God|Lord|Mum|Mom|Mam|Mummy|Dad|Daddy|Mother|Father|Editor|Sirs|Members|Parents|Families|Family)\b/;

// v22: the name written on a document the patient carries, before its number: "a photocopy of his Aadhaar card: Ram Prasad
// Kushwaha, 4821 7734 0932", "ID card: Amina Bello, 123…"
const DOCUMENT_NAME_RE =
  /\b(?:card|passport|licen[cs]e|wristband|band|label|tag|slip|form|certificate|document)\s*:\s*((?:[\p{Lu}][\p{L}\p{M}'’-]+\s){1,3}[\p{Lu}][\p{L}\p{M}'’-]+)(?=,\s*(?:[A-Z]{0,4}[-\s]?)?\d)/gu;

// v23: a name given with the patient's record or phone number right after it: "a real patient: Agnes McCrindle, CHI
// 170338 4121", "Shazia Bibi, MR no. 1347-22-88", "— W.M. Sunil Bandara, NIC 631840572V", "Sr. José Ribamar da Silva, CPF …"
const NAME_WITH_NUMBER_RE =
  /((?:(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Dona|Don|Seu|Mst|Smt|Shri)\.?\s)?(?:[A-Z]\.){0,3}\s?(?:[\p{Lu}][\p{L}\p{M}'’-]{1,30}\s(?:(?:da|de|dos|das|do|del|van|von|bin|binti|bint|al|el|ul)\s)?){1,4}[\p{Lu}][\p{L}\p{M}'’-]{1,30})(?=,\s*(?:CHI|NHS(?:\s+(?:no\.?|number))?|MRN|MR\s*(?:no\.?|#)|UHID|CR\s*no\.?|hospital\s+(?:no\.?|number)|CPF|NIC|CNIC|NRIC|NHI|DOB|d\.o\.b\.?|born|mobile|phone|tel\.?|Aadhaar|IC|ID|UR\s*(?:no\.?|number)|IP\s*no\.?|OP\s*no\.?|reg(?:istration)?\s*no\.?)\b)/gu;
// "Sher Ali alias "Shera"": a name and its alias are one name
const ALIAS_RE = /([\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,2})\s(?:alias|a\.k\.a\.?|aka)\s["“‘]?([\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30})?)["”’]?/gu;
export const NOT_PATIENT_TITLE = /^(?:Dr|Prof|Professor|Doctor|Nurse|Sister|Matron|The|A|An|This|That|Our|My|His|Her|Their)\b/;

// v23: a given name with the surname's initial, as schools and therapists write a child's name ("therapy for Kacper W. in
// Year 2"); not a word of English ("Vitamin D.", "Ward B."), nor a colleague's ("my colleague Priya K.")
const NAME_INITIAL_RE = /(?<![\p{L}\p{M}'’-])([\p{Lu}][\p{Ll}\p{M}'’-]{2,30})\s([A-Z])\.(?=\s+[a-z]|,|;|\)|\s*$)/gu;
// v36: a given name with the person's age set off after it and what happened to them ("Jordan, fourteen, with type 1
// diabetes, came in"; not a case in quotes, '"Linda, 45, with headache"'), and a given name that care was done to ("Anvi was brought to me", "Kofi was intubated").
const AGE_WORD = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const NAME_AGE_APPOSED_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’"“-])([\p{Lu}][\p{Ll}\p{M}'’]{1,20}(?:-[\p{Lu}][\p{Ll}\p{M}'’]{1,20})?),\s(?:aged\s)?${AGE_WORD}(?:\s(?:years?|months?)(?:\s+old)?)?,\s(?:with|who|from|was|is|had|has|came|presented|arrived|attended)\b`,
  "gu",
);
// (the last word of a longer name is left to the rules that find it whole: "Nur Aisyah binti Kamarudin, eleven, with …")
const NAME_GOES_ON_BEFORE_RE = /(?:[\p{Lu}][\p{L}\p{M}'’-]*|\b(?:bin|binti|bint|ibn|van|von|de|da|del|der|den|di|du|la|le|al|el|ap|ben|bat|dos|das))\s$/u;
const NAME_CARED_PASSIVE_RE =
  /(?<![\p{L}\p{M}'’-])([\p{Lu}][\p{Ll}\p{M}'’]{1,20}(?:-[\p{Lu}][\p{Ll}\p{M}'’]{1,20})?),?\s(?:was|had\s+been)\s(?:brought\s+(?:in|to\s+(?:me|us|the))|rushed\s+in|wheeled\s+in|carried\s+in|intubated|resuscitated|ventilated|sedated|triaged|cannulated|catheterised|catheterized)\b/gu;
const COLLEAGUE_ROLES = "Dr|Prof|Professor|Sister|Nurse|colleague|registrar|consultant|supervisor|mentor|tutor|FY[12]";
/** A colleague's role just before a name ("my registrar, Tomás R."). */
const COLLEAGUE_ROLE_BEFORE = new RegExp(String.raw`\b(?:${COLLEAGUE_ROLES})\.?\s*,?\s*$`, "i");
/** The same, or a possessive or "with" that makes the person someone the author works beside. */
const COLLEAGUE_BEFORE = new RegExp(String.raw`\b(?:${COLLEAGUE_ROLES}|my|our|with)\.?\s*,?\s*$`, "i");

function nicknameOk(name: string): boolean {
  const words = name.replace(/^the\s/, "").split(/\s+/);
  if (words.every((w) => PLACES_ALONE.has(keyOf(w)))) return false;
  return !words.some((w) => {
    const k = keyOf(w);
    return EPONYMS.has(k) || ORGANISATIONS.has(k) || CALENDAR.has(k);
  });
}

const R_GOES_BY = "The name a person gave, or goes by among the people around them, identifies them to anyone who knows them.";
const R_INITIALS_GIVEN = "Initials are part of a name; with the ward, the date or the story, people who were there can tell who it was.";
const S_INITIALS = "Leave the initials out: 'the patient', 'patient A'.";
const R_ADDRESSEE = "The person a letter is written to is named at its top: a letter about their care names the patient.";
const S_ADDRESSEE = "Open the letter without the name ('Dear friend', or no greeting), and keep the rest about what you learned.";
const R_WRITTEN_NAME = "A name written out with the patient's record number, phone or document identifies them outright.";
const S_WRITTEN_NAME = "Leave the name and the number out: write 'the patient' or 'patient A'.";
const S_NAME_INITIAL = "Leave out the name and its initial: write 'the child', 'the pupil' or 'patient A'.";
const S_NICKNAME = "Leave the nickname out: 'someone well known to the department', 'a regular on the ward'.";

export function detectDeclaredNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  // (each kind of name with its own advice: a nickname, a letter's addressee, a name written beside a number)
  // (`found` takes any span; `push` a name that must pass nicknameOk. Priority 44 lets a longer name the names rules find
  // whole win, while a soft guess yields.)
  const found = (start: number, end: number, reason: string, suggestion: string, priority = 46, type: "NAME" | "LOCATION" = "NAME"): void => {
    out.push({ start, end, type, reason, suggestion, priority });
  };
  const push = (start: number, name: string, suggestion = S_NICKNAME, reason = R_CALLED, priority = 46): void => {
    if (nicknameOk(name)) found(start, start + name.length, reason, suggestion, priority);
  };
  eachMatch(QUOTED_DECLARED_RE, text, (m) => push(m.index + 1, m[1] ?? ""));
  eachMatch(QUOTED_CALLED_AFTER_RE, text, (m) => push(m.index + 1, m[1] ?? ""));
  if (letterToPatient(text)) {
    eachMatch(SALUTATION_RE, text, (m) => {
      const name = m[1] ?? "";
      if (NOT_ADDRESSEE.test(name) || !nicknameOk(name)) return;
      const words = name.split(/\s+/);
      // (one ordinary English word is a way of speaking, "Dear Friend", "Dear Heart"; a title makes it a name)
      if (words.length === 1 && isEnglishWord(keyOf(name))) return;
      push(m.index + m[0].indexOf(name), name, S_ADDRESSEE, R_ADDRESSEE);
    });
  }
  eachMatch(NAME_WITH_NUMBER_RE, text, (m) => {
    const name = (m[1] ?? "").trim();
    if (name.split(/\s+/).length < 2 || NOT_PATIENT_TITLE.test(name) || !nicknameOk(name)) return;
    push(m.index + m[0].indexOf(name), name, S_WRITTEN_NAME, R_WRITTEN_NAME);
  });
  eachMatch(NAME_INITIAL_RE, text, (m) => {
    const given = m[1] ?? "";
    const key = keyOf(given);
    if (isEnglishWord(key) || PLACES_ALONE.has(key) || !nicknameOk(given) || COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    found(m.index, m.index + m[0].length, R_INITIALS_GIVEN, S_NAME_INITIAL);
  });
  // (a colleague is not "brought in" or "intubated", so only a role right before the name rules the second out)
  const givenNameOf = (m: RegExpExecArray, staffApposedRulesOut: boolean): void => {
    const given = m[1] ?? "";
    const key = keyOf(given.split("-")[0] ?? "");
    // (a given name that is also a country is a person when an age is set after it: "Jordan, fourteen, with …")
    if (NOT_PATIENT_TITLE.test(given) || CALENDAR.has(key) || (PLACES_ALONE.has(key) && !(staffApposedRulesOut && FIRST_NAMES.has(key))) || EPONYMS.has(key) || ORGANISATIONS.has(key) || (isEnglishWord(key) && !FIRST_NAMES.has(key))) return;
    if (COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || NAME_GOES_ON_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    if (staffApposedRulesOut && STAFF_APPOSED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    found(m.index, m.index + given.length, R_GOES_BY, S_PATIENT);
  };
  eachMatch(NAME_AGE_APPOSED_RE, text, (m) => givenNameOf(m, true));
  eachMatch(NAME_CARED_PASSIVE_RE, text, (m) => givenNameOf(m, false));
  eachMatch(ALIAS_RE, text, (m) => {
    if (NOT_PATIENT_TITLE.test(m[1] ?? "") || !nicknameOk(m[1] ?? "")) return;
    const end = m.index + m[0].length;
    found(m.index, end, R_CALLED, S_NICKNAME);
  });
  eachMatch(DOCUMENT_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    if (nicknameOk(name)) push(m.index + m[0].indexOf(name), name, S_WRITTEN_NAME, R_WRITTEN_NAME);
  });
  eachMatch(INITIALS_LABELLED_RE, text, (m) => {
    const initials = (m[1] ?? "").trimEnd();
    const start = m.index + m[0].length - (m[1] ?? "").length;
    found(start, start + initials.length, R_INITIALS_GIVEN, S_INITIALS);
  });
  eachMatch(NAME_WAS_RE, text, (m) => {
    const name = m[1] ?? "";
    if (NOT_PATIENT_TITLE.test(name) || (name.split(/\s+/).length === 1 && isEnglishWord(keyOf(name)))) return;
    // (a pet's name is no one's: "I bought a dog. His name is Rex.")
    if (PET_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    const start = m.index + m[0].length - name.length;
    push(start, name, S_NICKNAME, R_CALLED, 44);
  });
  eachMatch(NAME_BRACKET_NICK_RE, text, (m) => {
    const name = m[1] ?? "";
    const nick = m[2] ?? "";
    if (isEnglishWord(keyOf(name)) || NOT_PATIENT_TITLE.test(name)) return;
    // (the name itself gets the advice for a name; the nickname, the advice for a nickname)
    push(m.index, name, S_PATIENT);
    push(m.index + m[0].indexOf(nick, name.length), nick);
  });
  eachMatch(FAMILY_CALLS_RE, text, (m) => {
    const name = m[1] ?? "";
    const nick = m[2] ?? "";
    if (!isEnglishWord(keyOf(name)) || FIRST_NAMES.has(keyOf(name))) push(m.index, name, S_PATIENT);
    push(m.index + m[0].lastIndexOf(nick), nick);
  });
  eachMatch(THE_QUOTED_ONE_RE, text, (m) => {
    const nick = (m[1] ?? "").trim();
    push(m.index + m[0].indexOf(nick), nick);
  });
  eachMatch(ON_THE_FORMS_RE, text, (m) => {
    const nick = m[1] ?? "";
    const name = m[2] ?? "";
    if (NOT_PATIENT_TITLE.test(name)) return;
    if (!isEnglishWord(keyOf(nick)) || FIRST_NAMES.has(keyOf(nick))) push(m.index, nick);
    push(m.index + m[0].indexOf(name, nick.length), name, S_WRITTEN_NAME, R_WRITTEN_NAME);
  });
  eachMatch(CARED_FOR_RE, text, (m) => {
    const name = m[3] ?? "";
    const start = m.index + m[0].length - name.length;
    const words = name.split(/\s+/);
    const titled = words.length > 1 && (CARE_TITLES.has(keyOf(words[0] as string)) || KINSHIP_TITLES.has(keyOf(words[0] as string)) || PATIENT_HONORIFICS.has(keyOf((words[0] as string).replace(/\.$/, ""))));
    const bare = (titled ? words.slice(1) : words).filter((w) => !PARTICLE_WORD_RE.test(w));
    if (NOT_PATIENT_TITLE.test(name) || bare.length === 0) return;
    for (const w of bare) {
      const k = keyOf(w);
      if (/^\p{Lu}{2,}/u.test(w) || PLACES.has(k) || PLACES_ALONE.has(k) || ORGANISATIONS.has(k) || CALENDAR.has(k) || EPONYMS.has(k) || PEOPLES.has(k) || (isEnglishWord(k) && !FIRST_NAMES.has(k))) return;
    }
    // (a verb that also takes things needs a title or a listed given name; "saw", "met" and the like, a title)
    if (m[1] === undefined && !titled && (m[2] === undefined || !FIRST_NAMES.has(keyOf(bare[0] as string)))) return;
    if (STAFF_AFTER_CARED.test(text.slice(start + name.length, start + name.length + 60))) return;
    found(start, start + name.length, bare.length > 1 ? R_FULL : R_GOES_BY, S_PATIENT, 47);
  });
  eachMatch(CARE_NOUN_FOR_RE, text, (m) => {
    const given = m[1] ?? "";
    const key = keyOf(given);
    if (!FIRST_NAMES.has(key) || CALENDAR.has(key) || PLACES_ALONE.has(key) || EPONYMS.has(key)) return;
    const start = m.index + m[0].length - given.length;
    if (STAFF_AFTER_CARED.test(text.slice(start + given.length, start + given.length + 60))) return;
    found(start, start + given.length, R_CARED_FOR, S_PATIENT, 47);
  });
  eachMatch(QUOTED_MIDDLE_RE, text, (m) => {
    if (NOT_PATIENT_TITLE.test(m[1] ?? "") || isEnglishWord(keyOf(m[3] ?? "")) || STAFF_AFTER_CARED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return;
    found(m.index, m.index + m[0].length, R_FULL, S_PATIENT, 80);
  });
  // (one man however often he comes again: "The owner, Haji sahib, …" is the owner each time)
  const sahibs = [...text.matchAll(TITLE_SAHIB_RE)];
  const staffSahib = new Set(sahibs.filter((m) => COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || STAFF_APPOSED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))).map((m) => m[0]));
  for (const m of sahibs) if (!staffSahib.has(m[0])) found(m.index, m.index + m[0].length, R_GOES_BY, S_PATIENT);
  eachMatch(GAVE_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    if (NOT_PATIENT_TITLE.test(name) || (!name.includes(" ") && isEnglishWord(keyOf(name)) && !FIRST_NAMES.has(keyOf(name)))) return;
    found(m.index + m[0].length - name.length, m.index + m[0].length, name.includes(" ") ? R_FULL : R_GOES_BY, S_PATIENT);
  });
  eachMatch(HYPHEN_TITLE_RE, text, (m) => {
    const key = keyOf(m[1] ?? "");
    if (HYPHEN_TITLE_NOT.has(key) || (isEnglishWord(key) && !FIRST_NAMES.has(key))) return;
    // (not a colleague given the same respect: "Our ASHA, Sunita-ji,", "The Anganwadi worker, Kavita-ji,"; v35: "time
    // with Sasaki-san" is no colleague's "with")
    if (COLLEAGUE_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || STAFF_APPOSED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    found(m.index, m.index + m[0].length, R_GOES_BY, S_PATIENT);
  });
  eachMatch(KUNYA_RE, text, (m) => {
    const key = keyOf(m[1] ?? "");
    if (KUNYA_NOT.has(key) || PLACES_ALONE.has(key) || (isEnglishWord(key) && !FIRST_NAMES.has(key))) return;
    // (not a place or a shop named for its owner: "koshary at Abou Tarek in Downtown")
    if (/\b(?:at|in|to|from|near)\s$/.test(text.slice(Math.max(0, m.index - 6), m.index))) return;
    found(m.index, m.index + m[0].length, R_GOES_BY, S_PATIENT);
  });
  eachMatch(PATIENT_INITIAL_RE, text, (m) => {
    const start = m.index + m[0].length - 2;
    found(start, start + 2, R_INITIALS_GIVEN, S_INITIALS);
  });
  if (text.includes("ª")) {
    eachMatch(CASELESS_NAME_RE, text, (m) => {
      const run = m[1] ?? "";
      const start = m.index + m[0].length - run.length;
      found(start, start + run.length, R_CASELESS_NAME, S_PATIENT);
    });
    eachMatch(CASELESS_PLACE_RE, text, (m) => {
      const run = m[1] ?? "";
      const start = m.index + m[0].length - run.length;
      found(start, start + run.length, R_CASELESS_PLACE, S_CASELESS_PLACE, 46, "LOCATION");
    });
  }
  eachMatch(SURNAME_FIRST_RE, text, (m) => {
    found(m.index, m.index + m[0].length, R_FULL, S_PATIENT, 44);
  });
  eachMatch(PATIENT_APPOSED_RE, text, (m) => {
    const name = m[1] ?? "";
    const words = name.split(/\s+/);
    const initials = /^(?:[A-Z]\.){2,3}$/.test(name);
    const titled = words.length > 1 && APPOSED_TITLE_WORD_RE.test(words[0] as string);
    if (!initials && !titled && words.some((w) => isEnglishWord(keyOf(w)) && !FIRST_NAMES.has(keyOf(w)))) return;
    if (!initials && words.some((w) => /^\p{Lu}{2,}$/u.test(w) || PLACES_ALONE.has(keyOf(w)) || CALENDAR.has(keyOf(w)) || PEOPLES.has(keyOf(w)))) return;
    found(m.index + m[0].length - name.length, m.index + m[0].length, words.length > 1 ? R_FULL : R_GOES_BY, S_PATIENT, 47);
  });
  eachMatch(SAVED_AS_RE, text, (m) => push(m.index + m[0].lastIndexOf(m[1] ?? ""), m[1] ?? ""));
  eachMatch(NOUN_WAS_NAME_RE, text, (m) => {
    const name = m[1] ?? "";
    const key = keyOf(name);
    // (a word of English counts only set off as a name, "The girl was **Ruby**"; "The baby was Fine" is not one)
    const setOff = /(?:\*\*|__|["“])$/.test(m[0].slice(0, m[0].lastIndexOf(name))) || (FIRST_NAMES.has(key) && text.charCodeAt(m.index + m[0].length) === 44);
    if ((isEnglishWord(key) && !setOff) || PEOPLES.has(key) || PLACES_ALONE.has(key) || NOT_PATIENT_TITLE.test(name)) return;
    const start = m.index + m[0].lastIndexOf(name);
    push(start, name, S_NICKNAME, R_CALLED, 44);
  });
  eachMatch(TO_EVERYONE_RE, text, (m) => {
    const name = m[1] ?? "";
    // (an English phrase is a description, "Known to everyone": only a word of no language we list, or a second word)
    const words = name.split(/\s+/);
    if (words.length === 1 && isEnglishWord(keyOf(name))) return;
    push(m.index, name);
  });
  return out;
}
