import type { Candidate, ScanOptions } from "../types.ts";
import { FESTIVAL_START_RE, HOLIDAY_START_RE } from "./dates.ts";
import { eachMatch, isSpaceLike, ownWorkClause, ownWorkSentence, patientOrCareWord, sentenceBesidesWriter, strongPatientBesidesWriter, strongPatientInSentence, writerOwnSentence } from "../context.ts";
import { RangeMemo } from "../range-memo.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { COUNTRIES, FIRST_NAMES, PLACES, PLACES_ALONE, PLACE_PHRASES, SURNAMES, keyOf } from "../lexicon/names.ts";
import {
  CALENDAR,
  CLINICAL_ACRONYMS,
  COMMON_WORDS,
  EPONYM_HEADS,
  EPONYMS,
  HEADINGS,
  KINSHIP_TITLES,
  LANGUAGES,
  NAME_PARTICLES,
  ORGANISATIONS,
  PATIENT_HONORIFICS,
  RELATIVES,
  PEOPLES,
  STAFF_ROLES,
  STAFF_TITLES,
  WEAK_HONORIFICS,
} from "../lexicon/terms.ts";

/**
 * Names of patients and relatives.
 *
 * One tokenising pass, then cheap signals, strongest first:
 *  1. an honorific and a surname or initials ("Mrs Adeyemi", "Mr J.K.", "Mst. Begum");
 *     a kinship title and a known name ("Baba Tunde", "Auntie Grace");
 *  2. a relative and a name ("his wife, Mary", "her son Kwame");
 *  3. "called / named / known as" and a name, quoted or not;
 *  4. initials used as a label ("patient AB");
 *  5. a known given name and a known name after it ("Tom Harris");
 *  6. every later mention of a word already found as a patient's name ("Tom", "Adeyemi");
 *  7. a known given name alone where the text is about a patient ("I asked Priya how she
 *     felt", "Tom was crying").
 * Names after a staff title or next to a staff role ("Dr Okafor", "my consultant Sarah",
 * "Ben, the registrar") are remembered as staff for the whole text and never flagged,
 * nor are eponyms, drugs, headings, calendar words, organisations, places after "in/from",
 * or the caller's nonPatientNames. All steps are linear in the length of the text.
 */

interface Token {
  start: number;
  end: number; // end of the name itself (a possessive 's is outside)
  text: string;
  key: string;
  cap: boolean;
  allCaps: boolean;
  /** Speed: which fixed word lists the key is on (F_* bits), looked up once per distinct key. */
  f: number;
}

// A word: /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*['’]?/gu, scanned by hand below (speed: no match object per word).
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const BMP_LETTER_OR_MARK = new Uint8Array(65536); // 0 not yet known, 1 letter or mark, 2 neither

function letterOrMark(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 65536) {
    let v = BMP_LETTER_OR_MARK[cp] as number;
    if (v === 0) {
      v = LETTER_OR_MARK.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_LETTER_OR_MARK[cp] = v;
    }
    return v === 1;
  }
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** The code point at i (a "u" regex's view: a surrogate pair is one, a lone surrogate is itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The end of the run of letters and marks starting at i (i itself when there is none). */
function lettersEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!letterOrMark(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 32 || c > 126) return false;
  }
  return true;
}
const CAP_RE = /^\p{Lu}/u;
// A name's shape, /^\p{Lu}[\p{L}\p{M}'’-]*$/u: every token is made of [\p{L}\p{M}'’-] only (see tokenise), so for a token
// it is the same as `cap` (its first code point is \p{Lu}) and is not tested again.
const ALL_CAPS = /^\p{Lu}+$/u;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = lettersEnd(text, i);
    if (first === i) {
      i += codePointAt(text, i) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = first;
    // (?:['’-][\p{L}\p{M}]+)*
    for (;;) {
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 45)) {
        const e = lettersEnd(text, i + 1);
        if (e > i + 1) {
          i = e;
          continue;
        }
      }
      break;
    }
    // ['’]?
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 0x2019) i++;
    }
    // The name ends before a possessive ("Khan's" → "Khan"), or before a lone trailing apostrophe.
    // v10: character tests instead of a regex per token (same results; tokenising is on the hot path).
    const last = text.charCodeAt(i - 1);
    const prev = i - start > 1 ? text.charCodeAt(i - 2) : 0;
    let end = i;
    if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019) && i - start > 3) end = i - 2;
    else if (last === 39 || last === 0x2019) end = i - 1;
    const word = TOKEN_WORDS.get(text, start, end) ?? tokenWord(text.slice(start, end));
    out.push({ start, end, text: word.text, key: word.key, cap: word.cap, allCaps: word.allCaps, f: word.f });
  }
  return out;
}

/** What a token's text alone says (its key, case and list memberships): the same for every token with that text. */
type TokenWord = Omit<Token, "start" | "end">;
// Speed (session 8): memoised by the token's text, looked up in place (range-memo.ts), so a word seen before costs no
// new strings and no Map look-up.
const TOKEN_WORDS = new RangeMemo<TokenWord>(50_000);

const FORMULA_SHAPE = /^[A-Z]{2,}[a-z]{1,2}$/;
function tokenWord(word: string): TokenWord {
  const ascii = isAscii(word);
  const key = ascii ? word.toLowerCase() : keyOf(word);
  const c0 = word.charCodeAt(0);
  const w: TokenWord = {
    text: word,
    key,
    cap: c0 < 0x80 ? c0 >= 65 && c0 <= 90 : CAP_RE.test(word),
    // fb2: capitals then one or two small letters ("KCl", "GPs", "ECGs") are an acronym or a formula, as capitals alone are.
    allCaps: ascii ? asciiAllCaps(word) || FORMULA_SHAPE.test(word) : ALL_CAPS.test(word),
    f: keyFlags(key),
  };
  TOKEN_WORDS.set(word, w);
  return w;
}

function asciiAllCaps(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return word.length > 0;
}

const SMALL_GAP = /^\.?[ \t\u00A0]{1,3}$/;
/** /^[ \t\u00A0]{1,3}$/.test(gap) without a regex (a hot path): 1–3 spaces, tabs or no-break spaces. */
const SPACE_GAP = {
  test(gap: string): boolean {
    const n = gap.length;
    if (n < 1 || n > 3) return false;
    for (let k = 0; k < n; k++) {
      const c = gap.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  },
};
// A token's key never holds whitespace, so /^(?:RELATIVES)$/.test(key) is membership in the one-word alternatives (a
// token's F_RELATIVE bit).
const RELATIVE_KEYS: ReadonlySet<string> = new Set(RELATIVES.split("|").filter((a) => /^[\p{L}\p{M}'’-]+$/u.test(a)));
// "my consultant ", "the registrar, ", "our supervisor (Dr ", "consultant surgeon Mr "
// v12: "My clinical educator is Tegan O'Brien": a role, then "is/was", then the name.
// (v32: and the role the writer worked beside: "the nurse I shadowed, Kelly"; v35: and where they work, "the midwife at
// the health centre, Khala Parwin")
// (v19: a dot only after an abbreviated title, "Dr." or "Prof.": "…with the practice nurse. Mrs Flett, 96, lives alone"
// is a new sentence about a patient, not a nurse called Mrs Flett)
const STAFF_BEFORE = new RegExp(
  // (v20: a role in the plural before a list of colleagues, "this year's registrars, Amara and Tom", and a role with its
  // acronym, "my preceptor LMC, Anna")
  `(?:\\b(?:${STAFF_ROLES.replace("sister|", "ward\\s+sister|")})s?(?:\\s+(?:surgeon|physician|nurse|doctor|anaesthetist|midwife|worker|workers|educator|specialist|practitioner|lead|coordinator))?(?:\\s+(?-i:[A-Z]{2,5}))?(?:\\s+(?:didi|di|baji|bhaiya|sahib|aunty|auntie|mama))?(?:\\s+(?:I|we)\\s+(?:shadowed|was\\s+shadowing|worked\\s+with|was\\s+working\\s+with|followed|assisted|trained\\s+with|was\\s+paired\\s+with))?(?:\\s+at\\s+the\\s+[a-z]+(?:\\s+[a-z]+)?)?(?:\\s+on\\s+(?:call|duty|nights|days|the\\s+ward))?(?:\\s+of\\s+[a-z]+(?:\\s+[a-z]+)?)?|\\b(?:Dr|Prof|Pharm)\\.?|\\b(?:Doctor|Professor|Sister|Nurse|Matron))(?:\\s+(?:is|was))?\\s*[,:(–—-]?\\s*(?:an?\\s+)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Pharm)\\.?\\s+)?["“‘]?$`,
  "i",
);
// ", the registrar", " (FY2)", " — our consultant", ", a nurse on the ward"
// v19: the words before the role are its modifiers ("our senior staff nurse"), never a verb and its object: "Mrs Murphy,
// rang the team" is a relative ringing, not a member of the team.
const STAFF_AFTER = new RegExp(
  `^\\s*(?:,|\\(|–|—|-)\\s*(?:(?:the|our|my|a|an|his|her|their|one\\s+of\\s+the|one\\s+of\\s+our)\\s+)?(?:(?!(?:was|is|were|who|had|has|and|but|then|later|also|now|the|our|my|a|an|his|her|their|your|this|that)\\b)[a-z][a-z-]*\\s+){0,2}?(?:${STAFF_ROLES})\\b`,
  "i",
);
// Clinical-staff context without a role word: "theatre list with Mr Whitfield", "assisting Mr Khan",
// "Mr Whitfield (colorectal)", "Mr Achterberg talked through the anatomy", "Ms Fauzia's teaching".
const TEACHING_BEFORE =
  /\b(?:(?:theatre|theater|operating|clinic|outpatient|endoscopy|ward\s+round|list|firm|session|teaching|tutorial|round)s?\b[^.!?\n]{0,24}\b(?:with|under|for|by|led\s+by|run\s+by)|assisting|assisted|scrubbed\s+(?:in\s+)?(?:with|for)|scrubbing\s+(?:in\s+)?(?:with|for)|shadowing|shadowed|taught\s+by|supervised\s+by|observed\s+by|examined\s+by|signed\s+off\s+by|on\s+(?:the\s+)?firm\s+of)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?$/i;
const RESIDENT_PATIENT_AFTER_RE = /^\s+(?:with|of|who\s+(?:has|had|is|was)|whose)\b/i;
const UNIT_SISTER_RE = /\b(?:ward|ED|A&E|charge|junior|senior|theatre|ICU|ITU|HDU|NICU|night|unit|clinic|nursing|outpatients?)\s+sister$/i;
// (v36: and a fellow student, "practised it twice with Amira from my year")
const STAFF_DOING_AFTER =
  /^(?:\s+(?:is|was|will\s+be)\s+presenting\b|\s+(?:came|come|comes|was\s+invited)\s+to\s+(?:speak|talk|present|teach|lecture)\s+(?:to|at|with|on)\b|\s+(?:gave|give|gives)\s+(?:a|the|our|us\s+a)\s+(?:talk|lecture|seminar|tutorial)\b|\s+did\s+the\s+same\s+(?:with|for)\s+(?:me|us)\b|\s+(?:mentored|coached|precepted)\s+(?:me|us)\b|\s+presented(?:\s+(?:the|a|an|her|his|their|our)\s+(?:paper|study|case|audit|project|poster|data|findings|results|slides|topic|article|journal|evidence)|\s*[.,;])|['’]s\s+(?:nurses|staff|students|trainees|residents|juniors|registrars|team\s+members)\b|\s+(?:ran|led|taught|facilitated|ran\s+through|demonstrated)\s+(?:the|our|a|this|that|today['’]s)\s+(?:session|class|lab|workshop|tutorial|teaching|skills|simulation|station|demo)\b|\s+(?:in|on|from)\s+our\s+(?:team|unit|department|practice|clinic|ward)\b|\s+(?:treating|examining|teaching|assessing|running|leading)\s+(?:children|patients|the\s+class|a\s+class|the\s+session|clinic|the\s+clinic)\b|,\s+the\s+(?:[a-z-]+\s+)?(?:owner|landlord|employer|foreman|contractor)\b|\s+(?:was|is)\s+(?:of\s+course\s+|actually\s+|really\s+|just\s+)?(?:a|an|our)\s+(?:standardi[sz]ed|simulated)\s+patient\b|\s+(?:was|is)\s+(?:of\s+course\s+|actually\s+|really\s+)?(?:a|an|our)\s+(?:actor|actress|role-?player)\b|,\s+who\s+(?:was|is)\s+(?:with|seeing|busy\s+with|looking\s+after)\s+(?:another|a\s+different|other)\s+patients?\b|['’]s\s+(?:list|theatre|theater|clinic|firm|team|ward\s+round|round|teaching|tutorial|session|registrar|SHO|FY1|juniors?|patients?|operating\s+list)\b|\s*\((?:[a-z]+\s+)?(?:colorectal|vascular|urology|urological|orthopaedics?|orthopedics?|ortho|breast|upper\s+GI|lower\s+GI|hepatobiliary|HPB|plastics|ENT|neurosurgery|cardiothoracic|transplant|paediatric\s+surgery|general\s+surgery|surgery|surgeon|consultant|anaesthetics?|obstetrics|gynaecology|O&G|max\s*fax|ophthalmology|trauma)\b[^)]{0,20}\)|\s+(?:operated|was\s+operating|scrubbed|talked\s+(?:us\s+|me\s+)?through|taught|teaches|demonstrated|supervised|examined\s+me|asked\s+(?:me|us)\s+to\s+(?:assist|scrub|close|suture|hold|retract|present|clerk)|let\s+(?:me|us)\s+(?:close|suture|assist|scrub|hold|do)|counted\s+(?:them|my))|\s+from\s+(?:my|our)\s+(?:year|class|cohort|batch|intake|firm|course|rotation|(?:PBL|tutorial|study)\s+group)\b)/i;
const INSTITUTION_WORDS = new Set(
  ("council college commission society association board service services department ministry agency institute institution national royal public " +
    "federal state government authority organisation organization committee foundation trust fund programme program initiative campaign guideline " +
    "guidelines journal lancet bmj review report study trial network alliance partnership group union league academy school faculty university " +
    "hospital clinic centre center unit ward health care medicine medical surgery surgical nursing emergency england scotland wales ireland " +
    "rounds checklist tool form bundle pathway protocol policy framework strategy act code standard standards charter course exam module " +
    "safety quality society's initiative initiatives kit kits scheme schemes project projects campaign app ambulance rescue brigade police coastguard " +
    "abuse addiction " +
    // v17: the words government health schemes are named with ("Janani Suraksha Yojana", "Ayushman Bharat", "Sehat Sahulat")
    "yojana yojna abhiyan abhiyaan karyakram bima sahulat").split(" "),
);
const MORE_PATIENT_VERBS = new Set(
  "delivered collapsed attended underwent developed arrived came comes presents lost gave took needs walks missed declined waited chose decided fell fainted requested defaulted travelled traveled rang phoned".split(" "),
);
const PATIENT_NOUN_BEFORE =
  /\b(?:a|an|the|our|my|this|one|another)\s+(?:[\w-]+\s+){0,3}?(?:toddler|boy|girl|man|woman|lady|gentleman|baby|infant|newborn|neonate|child|kid|teenager|teen|adolescent|youth|patient|widow|widower|farmer|rider|driver|labourer|laborer|mother|father|grandmother|grandfather|pensioner|veteran|student|pt|primigravida|multigravida|primip|multip|client|resident|twin|son|daughter|wife|husband|(?:[\w]+-)?(?:year|month|week|day)s?-old)s?\b[^.!?\n,]{0,40},\s+$/i;
// Words that end many South Asian names and double as honorifics: "Pooja Kumari", "Shazia Bibi", "Gul Bano", "Rashida Begum".
const AND_FAMILY_AFTER =
  /^\s+and\s+(?:his|her|their)\s+(?:whānau|whanau|family|mum|mom|mother|dad|father|wife|husband|partner|son|sons|daughter|daughters|kids|children|baby|sister|brother|parents|carer|grandmother|grandfather|granny|nan|aunt|auntie|uncle)\b/;
const PATIENT_BRACKET_BEFORE =
  /\b(?:patient|pt|client|lady|man|woman|gentleman|boy|girl|baby|infant|child|toddler|teenager|mother|mum|mom|father|dad|son|daughter|wife|husband|partner|grandmother|grandfather|granny|brother|sister|carer)\s?\($/i;
const BRACKETED_DETAIL_AFTER =
  /^\s?\((?:(?:Class|Grade|Year|Std\.?|Standard|Form|Primary|P)\s?\d{1,2}\b[^()\n]{0,40}|(?:father|mother|son\s+of|daughter\s+of|s\/o|d\/o|w\/o)\b[^()\n]{0,40}|[^()\n]{0,25}\b(?:number|no\.|ID|MRN|NHS|DOB|UHID|CHI|NHI|hospital\s+no|record)\b[^()\n]{0,25}|(?:aged?\s)?\d{1,3}(?:\s?(?:y|yo|yrs?|years?|[MF]|months?|mo|weeks?|wk|days?))?(?:,\s?[MF])?)\)/;
// (v28: and "don"/"doña" in Spanish before a name: "don Efraín")
// (v29: and Scandinavian "fru": "fru Inger Kjærgaard")
const LOWER_CASE_HONORIFICS = new Set(["señora", "señor", "senora", "senor", "sra", "srta", "signora", "signor", "madame", "mme", "madam", "mdm", "don", "dona", "fru"]);
const NAME_FINAL = new Set("kumari devi bibi begum khatun khanum bano sahib sahiba".split(" "));
const PERSON_VERB_BEFORE = new RegExp(
  String.raw`\b(?:sat\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|examined|comforted|hugged|held|cared\s+for|looked\s+after|clerked|consented|reassured|resuscitated|intubated|cannulated|catheteri[sz]ed|nursed|fed|washed|bathed|weighed|vaccinated|immuni[sz]ed|counsell?ed|greeted|introduced\s+myself\s+to|reviewed|assessed|triaged|visited|treated|referred|discharged|admitted|` +
    // v20: and while it is being done ("before consenting Doreen", "while examining Tariq")
    String.raw`consenting|clerking|examining|cannulating|reviewing|assessing|admitting|discharging|resuscitating|intubating|reassuring|comforting|triaging)\s+$`,
  "i",
);
const DEPARTMENTS = new Set(
  ("pharmacy cardiology oncology radiology haematology hematology microbiology biochemistry pathology surgery medicine paediatrics pediatrics psychiatry " +
    "neurology urology orthopaedics orthopedics gynaecology gynecology obstetrics dermatology rheumatology nephrology gastroenterology endocrinology " +
    "physiotherapy physio dietetics resus triage majors minors theatre theatres recovery admissions reception switchboard security outreach " +
    "palliative safeguarding chaplaincy portering bed management housekeeping estates it helpdesk").split(" "),
);
const INDEFINITE_PRONOUNS = new Set("nobody noone everyone everybody someone somebody anyone anybody none all each both neither either".split(" "));
const SUBJECT_OF_CARE_AFTER =
  /^\s{1,2}(?:(?:also|then|later|eventually|finally|just|herself|himself)\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:admitted|readmitted|brought\s+in|transferred|referred|discharged|intubated|ventilated|resuscitated|diagnosed|booked\s+in)|wrote\s+(?:that|to|back|again)|emailed|texted|messaged)\b/;
const AGE_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?";
// People described by what they are ("a 4-year-old", "a widow") or their trade (v8: "Otieno, a bodaboda rider", "Hemi, a
// shearer"), shared by the apposition and the predicate below.
const PERSON_NOUNS =
  "toddler|boy|girl|man|woman|lady|gentleman|baby|infant|child|teenager|teen|adolescent|student|schoolgirl|schoolboy|mother|father|grandmother|grandfather|widow|widower|farmer|fisherman|labourer|laborer|pensioner|refugee|asylum\\s+seeker|primigravida|primip|multip|patient|" +
  "shearer|rider|harvester|plucker|trader|vendor|hawker|fisher|herder|herdsman|miner|weaver|tailor|mechanic|builder|tradie|shepherd|stockman|carpenter|mason|welder|cobbler|seamstress|housemaid|housegirl|houseboy|watchman|labourer|farmhand|cane\\s+cutter|tapper|boatman|fisherwoman";
// v7: a single name told by what stands next to it in apposition: an age ("Nomvula, nineteen,", "Rudo, 17,"),
// "a N-year-old", or a patient noun phrase ("Mehmet, an Afghan teenager living in…").
// v19: a name followed by the clinical shorthand of a patient list or a handover ("Lakshmamma, G3P2, 7 months", "Bashiran
// Bibi, known DM", "Dougie, fell off the haystack", "Kunle, came in with an open fracture", "Ade, 4/7 post-op").
// (v34: and the months shortened to a given name: "Her daughter, Jan, visits every Sunday")
const MONTH_GIVEN_NAMES = new Set(["april", "may", "june", "august", "jan"]);
const CLINICAL_APPOSITION_AFTER =
  /^,\s(?:(?:known|k\/c\/o|kc\/o|c\/o|case\s+of)\s|G\d{1,2}\s?P\d|P\d\+\d|primi|multi|gravida|\d{1,3}\s?(?:yrs?|yo|y\/o|months?|mths?|wks?|weeks?|days?|[MF])\b|\d\/[0-9]{1,2}\s+post|(?:came|comes|presented|presents|fell|collapsed|was\s+(?:admitted|brought|referred|found)|brought\s+in|admitted|BIBA|post[- ]?op|day\s+\d)\b|\?\s?[A-Za-z#]|#)/;
// (v27: or what the patient is to this story, "Anju, first baby, brought by her husband")
const APPOSITION_AFTER = new RegExp(
  `^,\\s(?:(?:first|second|third|fourth|fifth)\\s(?:baby|pregnancy|child|admission|episode|delivery)\\b|(?:a|an)\\s(?:[\\w'’-]+\\s){0,3}?(?:(?:\\d{1,3}|${AGE_WORDS})[- ](?:year|month|week|day)s?[- ]old|${PERSON_NOUNS})\\b|(?:\\d{1,3}|${AGE_WORDS})(?:,|\\s(?:years?|yrs?|yo|y\\/o|months?|weeks?)\\b(?!\\s+(?:in|into|on|ago|later|of|since)\\b)))`,
);
// v17: a name said to be such a person, or said to be an age, as a sentence's subject ("Letchumi is a tea plucker from
// …", "Tolu is like 19", "Juliana – "Ju" to everyone – is a tattoo artist"): a bracketed or dashed aside may come between.
// (v27: an age in words too, "Gurleen is seventeen.", "Pedrinho is seven and has leukaemia")
const PREDICATE_PERSON_AFTER = new RegExp(
  `^(?:\\s\\([^()\\n]{1,60}\\)|\\s[–—-]\\s[^–—\\n]{1,40}\\s[–—-])?\\s(?:is|was)\\s(?:(?:like|about|only|just|nearly|almost|barely)\\s)?(?:\\d{1,2}(?![\\d.,:/])(?!\\s*(?:%|mg|kg|ml|mL|mmol|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|am|pm|bpm|cm|mm|st|nd|rd|th|percent)\\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\\s+years?\\s+old)?(?=\\s*[.,;!]|\\s+(?:and|but|now|with|years?)\\b)|(?:a|an)\\s(?:[\\p{Ll}-]+\\s){0,3}?(?:${PERSON_NOUNS}|artist|driver|cook|cleaner|hunter|elder|chief|trader|dancer|singer|footballer|boxer|wrestler)s?\\b)`,
  "u",
);
// "His mokopuna, Wiremu,", "Her great-granddaughter, Pania,", "Their abuela's neighbour, Consuelo,": a name in apposition to a
// possessed noun of any language is a relative or close other, unless the noun is a thing (a drug, a diagnosis).
const POSSESSED_NOUN_BEFORE =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|the\s+patient['’]s|[A-Z][\p{L}'’-]+['’]s)\s+(?:[\p{Ll}\p{M}-]+['’]s\s+)?(?:(?:great-|step-|half-|grand-)*)([\p{Ll}\p{M}-]{2,24}),\s["“]?$/u;
const NOT_PERSON_NOUN =
  /^(?:medication|medications|medicine|medicines|drug|drugs|tablet|tablets|pill|pills|inhaler|injection|diagnosis|condition|illness|disease|operation|procedure|surgery|scan|scans|result|results|treatment|regimen|brand|favourite|favorite|hometown|village|town|city|country|island|state|province|school|team|club|church|faith|religion|language|tribe|clan|dog|cat|pet|horse|car|book|song|film|show|app|phone|account|handle|address|street|ward|hospital|clinic|practice|surgery|doctor|gp|consultant|nurse|midwife|surgeon|physician|therapist|dentist|pharmacist|worker|officer|adviser|advisor|lawyer|solicitor|teacher|boss|manager|employer|company|firm|job|work|school|university|college|course|exam|name|surname|nickname|middle-name|word|words|reply|answer|question|message|text|post|note|notes|letter|email)$/;
// Kinship and respect words written AFTER a name: "Kusumawathie amma", "Ramprasad ji", "Tanaka-san".
// v17: and "Kamla bai" (Marathi, Hindi), "Ying por" (Cantonese).
// (v28: and Turkish and Korean ones: "Mehmet Amca", "Ayşe Teyze", "Kim Young-sook halmeoni")
const POSTPOSED_TITLES = new Set("amma akka aiya ayya thatha paati anni ji jee bhai bhaiya didi sahib sahab baji apa aunty auntie uncle mama dada nana nani dadi khala bibi begum chacha chachi mamu khalu phuppo san sama bai bayi por poh amca teyze abla abi hanım hanim bey nine dede halmeoni harabeoji opa garu junior".split(" "));
// v32: those Turkish writes with a capital ("Hatice Hanım", "Ayşe Teyze"); v33: Sinhala and Malayalam "Amma" ("Ammini Amma");
// v35: Dari and Pashto "Bibi" and "Begum" ("Gul Bibi, wife of …")
const CAPITAL_POSTPOSED = new Set("hanım hanim bey amca teyze abla amma akka bibi begum chacha chachi mamu khala khalu phuppo".split(" "));
// v14: titles written in lower case in quick notes ("saw mrs okafor again"); "ms" and "miss" are words too, so the
// name after any of them must be listed and no English word.
// v14: words that are given names somewhere but here are titles, kin or roles ("Baby's sats", "Sister's notes").
const NOT_NAME_WORDS = new Set([...KINSHIP_TITLES, ...WEAK_HONORIFICS, ...STAFF_TITLES, ...PATIENT_HONORIFICS, ...RELATIVE_KEYS, "patient", "doctor", "nurse", "chief", "boss", "king", "queen", "prince", "major", "judge"]);
// v20: words that open a sentence as a pronoun or name a people, never a person: "Mine was 102/68", "the Canadian Rangers"
const PRONOUN_OR_PEOPLE = new Set(["mine", "yours", "hers", "theirs", "ours", ...PEOPLES]);
const CONTRACTION = /['’](?:d|ll|re|ve|m|t)$/;
const LOWERCASE_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx"]);
// v14: "Mr X", "Mrs Y", "Patient Z": letters writers use as placeholders, not initials.
const PLACEHOLDER_LETTERS = new Set(["X", "Y", "Z"]);
// v14: a titled person told to be the patient: "Our patient, Dr Mensah,", "Dr Haworth, a retired GP admitted with…".
const PATIENT_OF_BEFORE = /\b(?:our|my|the|a|this)\s+(?:[\p{Ll}-]+\s+)?patient\s*[,:(–—-]?\s*$/iu;
const PATIENT_EVENT_AFTER =
  /^\s*(?:,|\(|–|—)\s*(?:a|an|the|our|my)\s[^.!?\n]{0,60}?\b(?:was\s+(?:admitted|readmitted|brought\s+in|transferred|our\s+patient|a\s+patient|diagnosed)|admitted\s+(?:with|for|after)|presented\s+(?:with|after)|came\s+in\s+(?:with|after)|came\s+with\s+(?:(?:an?|his|her|their)\s+)?(?:[a-z-]+\s){0,2}(?:pain|bleeding|bleed|fracture|injury|injuries|burns|cough|fever|headache|swelling|rash|lump|vomiting|detachment|wound|ulcer)\b|(?:is|was)\s+now\s+(?:a|our)\s+patient)/;
// v14: what follows "<Name>'s" that only a patient or relative has: kin, observations, a bed, a labour, a drip
// ("Tunde's sats dropped", "Bilal's mum arrived", "Shahana's labour had stalled"). Not organs, tumours or signs: those
// follow eponyms ("Bowman's capsule", "Warthin's tumour", "Murphy's sign").
// v26: a person of any role who is then admitted is the patient ("The headmaster, Mr Boateng, was admitted with chest pain").
const ADMITTED_AFTER = /^,?\s+(?:was|had\s+been|has\s+been|is)\s+(?:admitted|readmitted|brought\s+in|rushed\s+in|blue-lighted\s+in)\b|^,?\s+(?:presented|came\s+in)\s+(?:to\s+(?:us|ED|A&E|the\s+ED)\s+)?(?:with|after)\b/;
const HOUSEHOLD_HEAD_BEFORE = /\bhead\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:household|family|house|home|compound|clan)\s*[,:(–—-]?\s*$/i;
const COUNTRY_AUXILIARY = /^(?:has|have|had|is|was|will|would|does|did|can|could|should|must|may|might|remains|became|needs|and|or)$/;
const PATIENT_POSSESSION_AFTER =
  /^['’]s\s+(?:(?:older|younger|elder|little|big|eldest|youngest|new|late|first|second|third|whole|oxygen|blood|morning|evening|night|post-op|pain|sugar)\s+)?(?:mum|mom|mam|mother|dad|father|parents|baby|wife|husband|son|sons|daughter|daughters|family|whānau|whanau|nan|nana|gran|granny|grandma|grandmother|grandfather|grandson|granddaughter|brother|sister|aunt|auntie|aunty|uncle|cousin|carer|kids|children|partner|boyfriend|girlfriend|fiancée?|sats|saturations?|temperature|temp|obs|observations|pulse|BP|bloods|sugars|glucose|haemoglobin|hemoglobin|Hb|INR|CD4|viral\s+load|labour|labor|contractions|waters|cough|breathing|wound|drain|bed|cot|notes|chart|drip|cannula|catheter|medications|meds|tablets|insulin|dialysis|transfusion|discharge|admission|recovery|symptoms|mood|appetite|weight|fever|asthma|seizures?|fits|birthday|funeral|room|hand|hands|voice|face|smile|tears|history|consent|mobility|(?:full\s+)?(?:Aadhaar|NHS\s+number|CNIC|Medicare|MRN|UHID|hospital\s+number|home\s+address|address|phone\s+number|date\s+of\s+birth|DOB|passport))\b/u;
// v14: verbs only a person does, after an unlisted word that begins a sentence ("Gulalai did not want to be
// discharged", "Nomvula refused the transfusion"): no drug, department or disease refuses or asks.
const HUMAN_VERB_AFTER =
  /^\s{1,2}(?:(?:also|then|later|just|still|again|finally|quietly|suddenly)\s+)?(?:(?:refused|declined)(?!\s+to\s+(?:comment|pay|fund|cover|approve|reimburse|supply|stock|publish|release))|insisted|asked|begged|told|whispered|cried|wept|sobbed|screamed|shouted|smiled|laughed|nodded|winced|groaned|sighed|apologi[sz]ed|thanked|prayed|agreed|consented|signed|wanted|hoped|feared|worried|panicked|(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:want|stop|remember|understand|speak|walk|sleep|eat|stand|breathe|settle|believe)|kept\s+(?:asking|apologi[sz]ing|crying|saying|telling|calling|pulling)|laboured|labored|collapsed|deteriorated|desaturated|arrested|seized|fitted|came\s+(?:in|for|with|back)\s)\b/;
// v14: "My FTO, Luis,", "our CI, Marites": an acronym after my/our is a role (or the writer's own kin, "my MIL"), not a patient.
const MY_ACRONYM_BEFORE = /\b(?:[Mm]y|[Oo]ur)\s+\p{Lu}{2,5}\d?\s*[,:(–—]?\s*$/u;
const TITLE_AT = /^(?:Mr|Mrs|Ms|Miss|Mx|Mst|Baby|Mama|Baba)\b/;
const COMPANION_AFTER =
  /^(?:['’]s)?(?:\s+(?:and|&)\s+I\b|,\s+who\s+(?:was|is|had\s+been)\s+(?:also\s+)?(?:on\s+(?:nights|days|call|shift|the\s+same\s+\w+)|working|shadowing|placed|rotating|training|studying)\b[^.!?\n]{0,30}\b(?:with|beside)\s+(?:me|us)\b)/;
// v14: the writer signing off: "Regards, Tunde", "Best wishes,\nAisha", "Thanks — Kofi".
const VALEDICTION_BEFORE =
  /(?:^|[.!?\n]\s*)(?:kind\s+|best\s+|warm(?:est)?\s+)?(?:regards|best(?:\s+wishes)?|thanks|thank\s+you|cheers|love|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?|with\s+(?:thanks|gratitude)|signing\s+off|signed|written\s+by|posted\s+by|by)\s*[,:—–-]?\s*$/i;
const SIGNATURE_LINE_BEFORE = /(?:^|\n)[ \t]*(?:[-—–~][ \t]*)?$/;
const OUTSIDE_TRADE =
  /^\s*,\s*an?\s+(?:[a-z-]+\s+){0,2}?(?:teacher|lecturer|student|officer|manager|secretary|receptionist|director|editor|writer|author|coach|chief|head|volunteer|speaker|administrator|inspector|superintendent|engineer|accountant)$/i;
const TEACHES_US =
  /^[^.!?\n]{0,80}\b(?:taught|teaches|teaching|showed\s+(?:me|us)|lectur\w*|supervis\w*|examin\w*\s+(?:me|us)|at\s+(?:the\s+|our\s+)?(?:university|medical\s+school|college|school\s+of)|from\s+the\s+(?:[a-z-]+\s+){0,3}?(?:department|ministry|office|directorate|council|authority|agency|board|trust|programme|program|commission|charity))/i;
// v17: and rulers' titles ("the Emir's representative", "the Sultan of Sokoto", "the Alaafin").
const FIGURE_TITLES = new Set(["guru", "prophet", "pope", "saint", "lord", "buddha", "bhagwan", "swami", "goddess", "apostle", "hazrat", "emir", "sultan", "sarki", "alaafin", "ooni", "oba", "kabaka", "asantehene", "maharaja", "nawab"]);
const NICKNAME_OF_BEFORE = /([\p{Lu}][\p{L}\p{M}'’-]+)\s*,?\s+(?:whom|who|that)\s+(?:we|everyone|everybody|they|people|the\s+[\p{Ll}-]+)\s+(?:all\s+)?(?:call|calls|called|know\s+as|knew\s+as)\s+["“‘']?$/u;
// fb: what the writer may call a colleague ("it's fine to call Dr Kumar 'Priya'", "we all call Sister Mensah "Auntie Efua"").
const CALL_STAFF_BEFORE = /\bcall(?:s|ed|ing)?\s+(?:[\p{Lu}][\p{L}'’-]*\.?\s+)?([\p{Lu}][\p{L}\p{M}'’-]+)\s+["“‘']$/u;
const STAFF_ROLE_WORD = new RegExp(`^(?:${STAFF_ROLES})$`, "i");
const THING_CALLED_BEFORE =
  /\b(?:book|novel|film|movie|song|album|podcast|app|course|programme|program|module|talk|lecture|game|paper|chapter|article|show|series|video|group|chat|campaign|initiative|project|tool|scheme|charity|service|drill|protocol|checklist|bundle|sign|poster)s?\b[^.!?\n]{0,25}$|\b(?:a|an)\s(?:[a-z-]+\s)?(?:team|ward|unit|room|bay|clinic|board)\b[^.!?\n]{0,25}$/i;
const STAFF_NICKNAMED_BEFORE = new RegExp(`\\b(?:${STAFF_ROLES})s?\\b,?\\s+(?:whom|who|that)\\b[^.!?\\n]{0,30}$`, "i");
const QUOTED_FAMILY_AFTER = /^["”’']\s+to\s+(?:the|her|his|their|all|everyone|everybody|us)\b/;
const NAME_INTRO_GAP = /^(?:\s*[,:—–-])?\s{1,2}["“‘']?$/;
const MY_NAME_BEFORE = /\b(?:my|our)\s+$/i;
// v8: more ways a text says someone is staff, not a patient.
// A name joined by "and" to a titled clinician: "the examiners were Dr Priya Raman and Mr Tom Fletcher".
const PET_BEFORE = /\b(?:a|an|our|my|the|new)\s+(?:[a-z-]+\s+)?(?:dog|puppy|pup|cat|kitten|horse|pony|donkey|goat|cow|parrot|budgie|rabbit|hamster|tortoise|pet)\b[^\n]{0,40}\b(?:his|her|its|the)\s+$/i;
// (v28: up to four words after "who": "The sage-femme who put it in, Mme Diop")
const ROLE_WHO_BEFORE = new RegExp(`\\b(?:${STAFF_ROLES})\\s+who\\s+[a-z]+(?:\\s+[a-z]+){0,3},\\s*$`, "i");
const STAFF_AMONG_BEFORE = new RegExp(`\\b(?:${STAFF_ROLES})s?,?\\s+(?:especially|particularly|including|notably|above\\s+all|like|such\\s+as)\\s+$`, "i");
const COORDINATED_STAFF_BEFORE = /\b(?:Dr|Prof|Professor|Doctor|Sister|Nurse|Matron|Dra|Enf)\.?\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}(?:and|&)\s+["“‘]?$/u;
// Someone who plays the patient: "an actor named Graham", "a standardised patient called Auntie Efua".
// fb2: and one described between the role and "called" ("One of the actors, a young man called Youssef", "a simulated
// patient played by a retired drama teacher called Malcolm"): whoever plays a patient is not one.
const ROLE_PLAYER_BEFORE =
  /\b(?:actors?|actress(?:es)?|role-?players?|standardi[sz]ed\s+patients?|simulated\s+patients?|mannequin|manikin|dummy)\b(?:,\s+|\s+played\s+by\s+)?(?:(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,3})?(?:named|called)\s+$/iu;
// v9: a mannequin or an animal with a name is not a person ("a mannequin everyone calls …", "a SimMom mannequin the
// midwives call …", "a border collie called …", "a falcon named …").
const NOT_A_PERSON_NAMED_BEFORE =
  /\b(?:mannequin|manikin|dummy|doll|SimMan|SimMom|SimBaby|robot|simulator|task\s+trainer|phantom|typodont|dog|puppy|cat|kitten|collie|spaniel|labrador|terrier|retriever|horse|pony|donkey|goat|cow|parrot|falcon|hawk|budgie|pet|tortoise)s?,?\s+(?:(?:that|which|whom)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:named|called|calls|call|nicknamed)\s+["“‘]?$/iu;
// v9: a song, book or show after a verb of reading, singing or listening ("sang Mr Brightside", "read Harrison twice").
const CLINICIAN_FROM_BEFORE = /\b(?:Dr|Prof|Professor|Pharm)\.?\s+(?:[\p{Lu}][\p{L}'’./-]*\s+){1,4}(?:(?:ma['’]am|sir|madam)\s+)?from\s+(?:the\s+)?$/u;
// v10: the person a comment speaks to is its reader or the post's author ("Great post Siobhán.", "Thanks Ama,"), and the
// people named right after a plural role are the writer's peers ("my groupmates Kristine and Paolo").
// v14: more ways a comment opens on its reader ("Well said, Ifeanyi.", "Loved this, Fatima!", "Spot on, Tunde").
const GREETING = String.raw`(?:(?:very|really|such\s+a|so|what\s+a|a\s+very|a\s+really)\s+)?(?:great|nice|lovely|good|brilliant|beautiful|amazing|powerful|moving|wonderful|excellent|superb|fantastic|impressive|thoughtful|insightful|honest|brave|strong|solid|clear|thanks?|thank\s+you|well\s+done|well\s+reflected|good\s+job|great\s+job|nice\s+job|congrats|congratulations|love\s+this|so\s+true|hi|hey|hello|dear|same\s+here|well\s+said|well\s+written|loved\s+(?:this|it|reading\s+this)|love\s+it|spot\s+on|agreed|absolutely|exactly|so\s+good|bravo|kudos|wow|sending\s+(?:love|hugs)|big\s+hugs|hugs|respect|muito\s+bom|muito\s+bem|parab[ée]ns|obrigad[oa]|excelente|muy\s+bien|bien\s+hecho|felicidades|shabash|sh[ae]baash|masha\s?allah|jazakallah|asante|ngiyabonga|dankie|terima\s+kasih|salamat|cảm\s+ơn|teşekkürler|aferin|merci|bien\s+joué)(?:\s+(?:post|piece|read|reflection|reflections|write-?up|one|work|share|sharing|story|points?|analysis|writing|effort|job|entry|log|thinking|insight))?[,!]?`;
/**
 * v20: a letter that speaks to a patient about their care or family ("Dear Amma Zubaida, / Your grandson asked me …",
 * "… the night you died on our ward"): its "Dear X" names the patient, not a colleague greeted (declared-names.ts).
 */
const LETTER_TO_PATIENT =
  /\b(?:you|You)\s+(?:died|were\s+(?:admitted|brought|\d{1,3}\b|so\s+ill|dying)|came\s+(?:to\s+us|in|into)|passed|told\s+(?:me|us)|asked\s+(?:me|us))|\b(?:[Yy]our)\s+(?:pain|illness|cancer|diagnosis|grandson|granddaughter|son|daughter|wife|husband|children|funeral|bed|room|scan|family|sons|daughters|mother|father|breathing|heart)\b/;
// (a mentor's feedback speaks to the writer: "Dear Aisha, this is a thoughtful reflection … your pain at …")
const FEEDBACK_TO_WRITER = /\b(?:your\s+(?:reflection|post|entry|log|portfolio|placement|writing|write-?up|essay|piece|learning)|this\s+(?:reflection|post|entry|piece)|well\s+done|thanks?(?:\s+you)?\s+for\s+(?:sharing|writing|posting))\b/i;
/** A letter to a patient: it speaks to them of their care or family and not of the writer's reflection. */
export function letterToPatient(text: string): boolean {
  // (asked of the same text by names.ts and declared-names.ts in one scan: the last answer is kept)
  if (text !== lastLetterText) {
    lastLetterText = text;
    lastLetterAnswer = LETTER_TO_PATIENT.test(text) && !FEEDBACK_TO_WRITER.test(text);
  }
  return lastLetterAnswer;
}
let lastLetterText: string | null = null;
let lastLetterAnswer = false;
const DEAR_BEFORE = /(?:^|\n)\s*(?:dear|dearest|my\s+dear)\s+$/i;
const ADDRESSEE_BEFORE = new RegExp(String.raw`(?:^|\n)\s*${GREETING}\s+$`, "i");
// v14: a reply's greeting may follow the @mentions it opens with ("@kpark@doctors.social Great write-up, Kevin."), or
// the name may open the reply on its own ("@ngozi_rn@naija.social Ngozi, this made me cry", "Replying to @haruto: Haruto,").
const REPLY_ADDRESSEE_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:[Rr]eplying\s+to|[Ii]n\s+reply\s+to)\s+)?(?:@[\w.-]+(?:@[\w.-]+)?[,:]?\s+)+(?:${GREETING}\s+)?$`,
  "i",
);
// v14: in a reply, a name spoken to after a comma at the end of a sentence with "you" in it is the reader ("You did
// brilliantly, Kate.", "I loved your reflection, Tunde!").
const REPLY_START = /^\s*(?:@|[Rr]eplying\s+to\s+@|[Ii]n\s+reply\s+to\s+@)/;
const LEADING_HANDLES = /^\s*(?:(?:[Rr]eplying\s+to|[Ii]n\s+reply\s+to)\s+)?(?:@[\w.-]+(?:@[\w.-]+)?[,:]?\s+)+/;
const YOU_RE = /\b(?:you|your)\b/i;
const VOCATIVE_AFTER = /^\s*(?:[.!?]|,\s+(?:you|your|I|we|and\s+thanks?)\b|$)/i;
// v14: someone greeted or thanked through the writer is their friend or colleague ("Say hi to Auntie Marlene and Sue for
// me", "send my regards to Dr Ayesha", "say salam to Bilal").
const GREETED_BEFORE =
  /\b(?:say\s+(?:hi|hello|hey|salam|salaam|salams)|(?:give|send|pass\s+on)\s+(?:my|our)\s+(?:regards|love|best|thanks|greetings|salams?))\s+to\s+(?:[\p{Lu}][\p{L}'’-]+\s+(?:and|&)\s+)?$/iu;
// v14: the writer's sign-off at the very end of the text, after a dash: "— Megan, Year 2 Adult Nursing, University of
// Salford", "– Dr Yusuf Ali, GPST2", "— Pharm. D. Ali Raza", "— Liam, TI". A quotation's attribution is not one: the
// dash must follow a line break or the end of a sentence, not a closing quote.
const SIGN_OFF_BEFORE = /(?:^|\n|[.!?)*_]\s+)\s*[—–-]{1,2}\s*(?:(?:Dr|Prof|Pharm|Sr|Sister|Nurse|Matron|Midwife)\.?\s*(?:D\.\s*)?)?$/;
const SIGN_OFF_AFTER = /^(?:\s*[,(][^\n]{0,120})?\s*$/;
// Without a dash, a signature is the last line on its own ("\nMegan, Year 2 Adult Nursing") or follows a closing word
// ("Thanks, Tunde", "Best wishes,\nDr Amaka Eze"); what follows the name is then a role, with no sentence in it.
const SIGNATURE_BEFORE =
  /(?:\n|(?:^|\n|[.!?]\s+)(?:[Tt]hanks|[Tt]hank\s+you|[Mm]any\s+thanks|[Bb]est\s+wishes|[Bb]est|[Kk]ind\s+regards|[Ww]arm\s+regards|[Rr]egards|[Cc]heers|[Ww]ith\s+thanks)[,!.]?\s+)\s*(?:(?:Dr|Prof|Pharm|Sr|Sister|Nurse|Matron|Midwife)\.?\s*)?$/;
const SIGNATURE_AFTER = /^(?:\s*,\s*[^\n.!?]{1,60})?\s*$/;
const SIGN_OFF_REACH = 130;
const THE_BEFORE = /\bthe\s$/i;
// v17: someone who gave the writer's teaching ("Mr Adebayo, who gave the induction talk", "Ms Ruth, who ran our sim").
const TAUGHT_CLAUSE_AFTER =
  /^\s*,\s*who\s+(?:(?:also|had|has)\s+)?(?:gave|gives|delivered|delivers|ran|runs|led|leads|taught|teaches|presented|organi[sz]ed|chaired|facilitated|supervised|marked)\s+(?:the|our|a|an|my|us|me)\b[^.!?\n]{0,40}?\b(?:talk|lecture|lectures|teaching|session|sessions|tutorial|tutorials|induction|workshop|course|simulation|sim|seminar|class|classes|training|briefing|debrief|presentation|OSCE|exam|viva|placement|rotation)\b/i;
// v17: a community health worker named after their title in capitals, with a short clause between ("The ASHA we followed,
// Ms. Behera"): case-sensitive, since Asha is also a given name.
const CHW_BEFORE = /\b(?:ASHA|ANM|CHW|BHW|LHW|VHW|CHV|HEW)s?\b(?:\s+(?:we|I)\s+(?:followed|shadowed|accompanied|joined|met|visited\s+with|went\s+with|worked\s+with))?\s*[,:(–—]\s*(?:(?:Mr|Mrs|Ms|Miss|Smt|Shrimati)\.?\s+)?$/;
// v17: the people the writer studied or practised with are friends ("I had practised it with Priya and Tom").
const STUDIED_WITH_BEFORE =
  /\b(?:practi[sc]ed|practi[sc]ing|revised|revising|studied|studying|rehearsed|rehearsing|prepared|preparing|role-?played|quizzed|(?:writing|wrote|written|designing|designed|making|made|running|ran|co-?writing|planning|planned)\s+(?:a|an|the|our|this)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:leaflet|pamphlet|poster|guide|handout|booklet|card|session|talk|workshop|course|module|audit|project|presentation|video))\s+(?:it\s+|this\s+|them\s+|together\s+|(?:your|my|our)\s+[\p{L}-]+\s+)?with\s+(?:my\s+(?:friends?|flatmates?|housemates?|classmates?)\s+)?$/iu;
// v17: a team plays, wins and loses; a person in a reflection does not ("Dundee United lost again", "Forest lost again",
// "Bafana Bafana play on Saturday", "Kerala Blasters lost also").
// fb: and a result alone at the end of a sentence ("Mohun Bagan lost.", "Forest won!").
const SPORTS_RESULT_AFTER =
  /^\s+(?:(?:have|has|had)\s+)?(?:(?:lost|won|drew)(?=\s*(?:[.!;]|$))|(?:lost|won|drew|beat|thrashed|play|plays|played|are\s+playing|were\s+playing|got\s+(?:thrashed|hammered|beaten|relegated|promoted|knocked\s+out))(?:\s+(?:again|also|too|today|tonight|yesterday|at\s+home|away)\b|\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+weekend)\b|\s+\d{1,2}\s?[-–]\s?\d{1,2}\b|\s+(?:to|against)\s+\p{Lu}|\s+the\s+(?:final|derby|match|game|semi)))/u;
const TEAM_WORDS = new Set("united city rovers wanderers athletic albion rangers celtic hotspur blasters giants warriors knights titans tigers lions eagles stars fc sc xi".split(" "));
const NATIONAL_TEAMS = /^(?:Bafana\s+Bafana|Banyana\s+Banyana|Super\s+(?:Eagles|Falcons)|Black\s+(?:Stars|Caps|Ferns|Sticks)|Harambee\s+Stars|Indomitable\s+Lions|Socceroos|Matildas|Wallabies|Kangaroos|All\s+Blacks|Silver\s+Ferns|Springboks|Proteas|Three\s+Lions|Chipolopolo|Warriors|Men\s+in\s+(?:Blue|Green))\b/;
// v17: a single name right before what a person gives a report or an act is the report's (the Francis report, the Bolam
// test, the Warnock ruling).
const PUBLICATION_AFTER = /^\s+(?:report|reports|inquiry|enquiry|review|act|bill|principles?|ruling|judgment|judgement|commission|hearings?|test|standard)\b/;
// v17: an eponym's possessive coordinated with another before the sign it names ("Cullen's and Grey Turner's signs"), and
// a theorist's possessive before their model ("Hildegard Peplau's interpersonal relations model").
const EPONYM_PAIR_AFTER =
  /^['’]s?\s*(?:,|and|or|&)\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+['’]s?\s+(?:signs?|diseases?|syndromes?|palsy|reflex(?:es)?|triads?|phenomena|manoeuvres|maneuvers|criteria|classifications?|fractures?|laws|theories|models|stages)\b/u;
const EPONYM_HEAD_AFTER = /^['’]s?\s+(?:sign|signs|disease|syndrome|palsy|reflex|triad|phenomenon|criteria|classification|law|theory)\b/;
const THEORIST_WORK_AFTER =
  /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:model|theory|framework|textbook|hierarchy|cycle|stages|principles|classification|triad|typology|taxonomy)\b/u;
// v17: textbooks known by their authors ("In Potter and Perry it is clear…", "Kumar and Clark says").
const TEXTBOOK_PAIRS = /\b(?:Potter\s+(?:and|&)\s+Perry|Kumar\s+(?:and|&)\s+Clark|Bailey\s+(?:and|&)\s+Love|Kaplan\s+(?:and|&)\s+Sadock|Robbins\s+(?:and|&)\s+Cotran|Lippincott|Guyton\s+(?:and|&)\s+Hall|Moore\s+(?:and|&)\s+Dalley|Marieb|Tortora|Ross\s+(?:and|&)\s+Wilson|Myles|Mayes)\b/;
// v17: a name inside quotation marks right after a verb of reading, singing or watching is a title ("humming "Bread of
// Heaven"", "we watched "Call the Midwife"").
const WORK_QUOTE_BEFORE = /\b(?:read|reads|reading|re-read|sang|sing|sings|singing|hum|hummed|humming|listen(?:ed|ing)?\s+to|quot(?:e|ed|ing)|watch(?:ed|ing)?|play(?:ed|ing)|titled|(?<!\b(?:everyone|everybody|we|they|staff|ward|nurses|all|him|her|them)\s)called)\s+["“]$/i;
const WORKPLACE_AT_BEFORE = new RegExp(
  `\\b(?:matched|work(?:s|ed|ing)?|train(?:s|ed|ing)|stud(?:y|ies|ied|ying)|interned|interning|rotat\\w*|placement|residency|internship|elective|fellowship|house\\s+job|job|post|based|qualified|graduated|(?:${STAFF_ROLES}))\\s+(?:at|in)\\s+(?:the\\s+)?$`,
  "i",
);
const A_BEFORE = /\b(?:a|an|A|An)\s$/;
const ATTRIBUTIVE_AFTER =
  /^\s(?!(?:who|whom|whose|and|or|but|with|was|is|had|has|were|in|on|at|of|for|from|to|by|as|came|comes|said|says|told|asked|who['’]s)\b)[a-z][a-z-]{2,}\b/;
// v14: someone thanked for teaching the writer is a teacher ("I want to thank Mr Adebayo for his teaching on the firm").
const THANKED_FOR_TEACHING_AFTER =
  /^\s+for\s+(?:all\s+)?(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:teaching|supervision|guidance|feedback|mentorship|mentoring|tutorials?|lectures?|training|bedside\s+teaching)\b/i;
// v14: the people the writer goes out with after work are friends ("went for a pint at the Students' Union with Josh").
const OUTING_WITH_BEFORE =
  /\b(?:went|go|going|headed|met\s+up)\s+(?:out\s+)?(?:for\s+(?:a\s+|some\s+)?(?:pint|pints|drink|drinks|coffee|tea|chai|lunch|dinner|breakfast|meal|curry|run|walk|swim)|to\s+the\s+(?:pub|bar|gym|canteen|cafe|café|mess|hostel))\b[^.!?\n]{0,40}\bwith\s+(?:my\s+)?(?:friends?\s+)?$/i;
// v14: someone who does the unit's work ("Auntie Bisi, who cleans the unit every night", "Joe, who works on our ward").
const UNIT_WORK_CLAUSE_AFTER =
  /^\s*,\s*who\s+(?:(?:still|also|now|usually|always)\s+)?(?:(?:cleans|runs|manages|staffs|covers|teaches|supervises|leads|coordinates)\s+(?:the|our|my)|(?:works|worked|has\s+worked)\s+(?:on|in|at|for)\s+(?:our|my))\s+(?:[\p{L}-]+\s+){0,2}?(?:unit|ward|wards|department|clinic|ICU|HDU|NICU|theatres?|pharmacy|lab|school|course|team|service|night\s+shift)\b/iu;
// fb: someone who ran the shop or pharmacy the writer works in, in a sentence about the writer ("from Mr. Hal Jorgensen, who had run it since 1979", "Haji
// sahib, who has run the shop since 1994"), someone a case is presented or handed over to ("presented it on the
// post-take ward round to Mr Haworth"), and someone named in a list of a visiting team after a colleague ("with a nurse,
// Sister Beena, and a volunteer, Mr. Thomas"): staff, not patients.
const RAN_IT_AFTER =
  /^\s*,\s*who\s+(?:had|has|have)\s+(?:run|owned|managed|kept)\s+(?:it|the\s+(?:shop|pharmacy|chemist|practice|clinic|store|surgery|business|dispensary|stall))\b/i;
const PRESENTED_TO_BEFORE =
  /\b(?:presented|presenting|handed\s+(?:it\s+|the\s+\w+\s+)?over|escalated|reported)\b[^.!?\n]{0,50}?\bto\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$/i;
const STAFF_AND_ROLE_BEFORE =
  /\b(?:Dr|Dra|Prof|Professor|Doctor|Sister|Nurse|Matron|Pharm)\.?\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*){1,3},?\s+(?:and|&)\s+(?:a|an|our|the|my)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?),?\s+$/u;
// v14: a byline names the writer ("Reflection by Chiamaka Nwosu, 400-level medical student", "Written by Tom Hale").
const BYLINE_BEFORE = /(?:^|\n)[^.!?\n]{0,40}\b(?:[Ww]ritten|[Pp]osted|[Rr]eflection|[Ss]ubmitted|[Bb]log|[Pp]ost|[Ww]ords)\s+by\s+$/;
// v14: the writer's own group, then its members ("my study group (Fatima, Bilal and Hina)", "our team: Ade, Bisi").
const MY_GROUP_BEFORE =
  /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|team|friends|classmates|colleagues|batchmates|coursemates|housemates|flatmates|juniors|seniors|cohort|firm|crew)\s*[(:,—–-]?\s*$/iu;
const LIST_GAP = /^(?:,\s{1,2}(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$/;
const PATIENT_HONORIFIC_START = /^(?:Mr|Mrs|Ms|Miss|Mx|Master|Baby|Mst|Smt|Shri)\b/;
// v14: "Cathal Daly was my reg too", "Kemi is our ward manager": a name said to be the writer's colleague.
const ROLE_PREDICATE_AFTER = new RegExp(`^\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:my|our)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:${STAFF_ROLES})\\b(?!['’]s)`, "i");
const ONE_OF_BEFORE = new RegExp(`\\b[Oo]ne\\s+of\\s+(?:(?:the|my|our)\\s+(?:[\\p{Ll}-]+\\s+)?((?:${STAFF_ROLES})s?)|them|us)\\s*,\\s*$`, "u");
const GROUP_OF_STAFF = new RegExp(`\\b(?:the|my|our|these|those|all)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${STAFF_ROLES})s?\\b`, "iu");
const PATIENT_ROSTER = /\b(?:babies|children|kids|mothers|women|men|families|cases|casualties|victims|survivors|residents|people|boys|girls|twins)\b/i;
const PRONOUN_ROLE_LATER = new RegExp(`^([^.!?\\n]{0,120}?)\\b(?:he|she)\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:my|our)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:${STAFF_ROLES})\\b(?!['’]s)`, "i");
// v14: "Nurul Huda and I did MRCP Part 1 together": a name joined to the writer in a sentence about their own study or work.
const WITH_WRITER_AFTER = /^\s+(?:and|&)\s+(?:I|me|myself)\b/;
// v14: a placeholder the writer uses instead of a name ("Mr X", "Mrs Y", "Baby X", "Patient Z"), or a name the writer
// says is made up ("a resident whom I will call Mrs Z", "let's call her Grace"): not the patient's name.
const PLACEHOLDER_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Master|Baby|Patient|Pt|Client|Resident)\.?\s+)?[XYZ]$/;
const PSEUDONYM_BEFORE = /\b(?:I(?:['’]ll|\s+will|\s+shall)?|we(?:['’]ll|\s+will|\s+shall)?|let['’]s|let\s+us)\s+call\s+(?:(?:him|her|them|this\s+\w+|the\s+\w+)\s+)?["“‘]?$/i;
const ROLE_PAIR_BEFORE = new RegExp(`\\b(?:${STAFF_ROLES})\\s*,?\\s+[\\p{Lu}][\\p{L}'’-]+\\s+(?:and|&)\\s+$`, "iu");
// v10: someone "from the county health department" or "from the ministry" is an official, not a patient.
const OFFICE_FROM_AFTER =
  /^\s*,?\s+from\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:department|ministry|office|directorate|council|authority|agency|society|association|programme|program|commission|board|NGO|charity|union|secretariat)\b/iu;
// v10: an eponym's possessive before a book, manoeuvre or method a few words on ("Kendall's muscle testing book",
// "Leopold's maneuvers") is the eponym, not a person.
const EPONYM_WORK_AFTER =
  /^['’]s?\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,6})\s+){0,2}(?:book|books|textbook|textbooks|atlas|handbook|manual|maneuvers|manoeuvres|maneuver|manoeuvre|technique|method|criteria|classification|triad|rule|law|approach|model|cycle|framework|theory|stages|hierarchy|pyramid|lenses|scale|score|system|work\s+on|research\s+on|paper\s+on|studies)\b/u;
// v10: kinship titles that are no English word, written in lower case in text-speak ("mzee Onyango", "si lolo Berto").
const LOWERCASE_KIN = new Set("mzee mze lolo lola tito tita kuya manang manong aling bibi babu shosho cucu koro kuia whaea gogo makhulu hagg hagga haji hajia alhaji mallam encik puan bà ông cụ bác".split(" ").map(keyOf));
// v10: Filipino possessives between a kin word and the name ("apo nya Jomar", "anak ko si …").
const TL_POSSESSIVE = new Set("nya niya ko namin nila niyang".split(" "));
const SERVICE_RANK_CONTEXT = /\b(?:fire|firefighters?|EMS|ambulance|brigade|police|station|crew|paramedics?|EMTs?|EMT-B|dispatch|battalion|volunteer\s+department)\b/i;
const PLACE_FIRST = new Set(["st", "saint", "mount", "mt", "lake", "port", "fort", "cape", "san", "santa", "sao", "los", "las"]);
const COMPASS = new Set(["north", "south", "east", "west", "central"]);
const AUTHOR_TITLE_AFTER =
  /^['’]s?\s+["“]\p{Lu}[\p{L}\d'’-]*(?:[ ,:-]+(?:\p{Lu}[\p{L}\d'’-]*|a|an|the|and|of|in|on|for|to|with|at|by|or|from|is|are|be))*["”]/u;
const SPOKEN_WORDS = /\b(?:I|Me|My|You|Your|We|Us|Our|Thank|Thanks|Sorry|Please|Help|Yes|No|Hello|Hi|Bye|Goodbye)\b/;
const ROLE_PLAYER_DECLARED_RE =
  /([\p{Lu}][\p{L}'’-]{1,30})\s+(?:was|is)\s+(?:of\s+course\s+|actually\s+|really\s+|just\s+)?(?:a|an|our)\s+(?:(?:standardi[sz]ed|simulated|simulation)\s+patient|actor|actress|role-?player)\b|\b(?:actors?|actress(?:es)?|role-?players?|(?:standardi[sz]ed|simulated)\s+patients?)\b[^.!?\n]{0,40}?\b(?:named|called)\s+([\p{Lu}][\p{L}'’-]+)/gu;
const SERVICE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|our|my|as\s+a)\s$/iu;
const SERVICE_ROLE_AFTER = /^(?:nurse|nurses|midwife|midwives|volunteer|volunteers|worker|workers|coordinator|navigator|practitioner|specialist|visitor|team|service|clinic|programme|program|counsellor|counselor|advocate|champion|educator|doula|doctor|physio|therapist)\b/;
const NEXT_FAMOUS_BEFORE = /\b(?:be|become|is|was|like)\s+the\s+next\s+$/i;
const THINK_OF_BEFORE = /\b(?:think|thinking|thought|reminded\s+me|remind\s+me)\s+(?:me\s+)?of\s+$/i;
const FAMOUS_WHO_AFTER = /^,?\s+(?:who|whose)\s+(?:was|is|had\s+been|became|founded|won|wrote|led|fought|ran)\b/i;
const CREATOR_BEFORE =
  /\b(?:(?:developed|created|designed|described|proposed|founded|coined|pioneered|invented|written|authored|edited|devised|published|introduced|championed|narrated|illustrated|presented)|(?:reports?|studies|study|work|research|papers?|books?|guidance|a\s+talk|talks|lectures?|podcasts?|trials?))\s+by\s+$/i;
const WORK_VERB_BEFORE = /\b(?:read|reads|reading|re-read|sang|sing|sings|singing|hum|hummed|humming|listen(?:ed|ing)?\s+to|quot(?:e|ed|ing))\s+["“‘]?$/i;
// fb: the writer's own role-holder with where they work between role and name ("My preceptor on Medic 23 in Houston, Ray
// Villanueva,", "our charge nurse at the Royal, Kemi,"): the name is in apposition to the role.
const STAFF_PLACED_BEFORE = new RegExp(
  `\\b(?:my|our)\\s+(?:[a-z-]+\\s+){0,2}?(?:${STAFF_ROLES})\\s+(?:on|at|in|from|for|with)\\s+[^,.;:!?()\\n]{1,48},\\s*$`,
  "i",
);
const ROLE_WORDS: ReadonlySet<string> = new Set(STAFF_ROLES.split("|").filter((r) => /^[a-z0-9-]+$/.test(r)));
const MY_ROLE_BEFORE = new RegExp(`\\b(?:my|our)\\s+(?:[a-z-]+\\s+){0,2}?(?:${STAFF_ROLES})\\s*[,:(–—]?\\s*$`, "i");
// fb: the people the writer is crewed or rostered with are colleagues ("crewed with Davy", "on nights with Tash").
// fb2: a name described right after it ("Chioma, who had a PPH", "Chioma (G2P1)", "Chioma, a 19-year-old") is told, not listed.
const DESCRIBED_AFTER = /^(?:['’]s\b|\s*\(|\s*,?\s*(?:(?:who|whose|a|an|aged)\b|\d))/i;
const CREWED_WITH_BEFORE =
  /\b(?:crewed|paired|partnered|teamed\s+up|buddied\s+up|rostered|on\s+(?:shift|nights|days|call|a\s+shift)|working\s+(?:nights|days|shifts?|the\s+night\s+shift)|rode\s+out|riding\s+out)\s+with\s+$/i;
// "Ate Lorna, who has been a BHW for twenty years", "Ms Bello, who works as our interpreter".
// fb: and one "who is newly qualified" (a nurse, a paramedic: no patient is said to be qualified).
const STAFF_CLAUSE_AFTER = new RegExp(
  `^\\s*,\\s*who\\s+(?:(?:has\\s+been|had\\s+been|is|was|works\\s+as|worked\\s+as|trained\\s+as)\\s+(?:a|an|the|our|my)\\s+(?:[a-z-]+\\s+){0,2}?(?:${STAFF_ROLES})\\b|(?:is|was|has|had)\\s+(?:just\\s+)?(?:newly|recently|just)\\s+qualified\\b)`,
  "i",
);
// "Uncle Bob the porter", "Aunty Nkechi from the canteen": a role right after the name, or the service they work in.
const BARE_ROLE_AFTER = new RegExp(`^\\s+the\\s+(?:[a-z-]+\\s+){0,2}?(?:${STAFF_ROLES}|cook|cleaner|driver|guard|security\\s+guard|clerk|ward\\s+clerk|tea\\s+lady|canteen\\s+lady)\\b`, "i");
const SERVICE_FROM_AFTER =
  /^["”’]?\s+from\s+(?:the\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:team|service|department)\b|canteen|kitchen|cafeteria|caf[eé]|pharmacy|lab|laboratory|medical\s+records|records|admin|office|switchboard|reception|security|estates|IT|HR|chaplaincy|nursing\s+school|school\s+of\s+nursing|library|stores|CSSD|physio|OT|radiology|x-ray)\b/i;
// "Kuya Ben, our driver", "Madam Sunita Devi, our block community mobiliser": "our"/"my" in apposition makes them
// the author's people, unless the phrase is a patient one ("our youngest patient", "my regular").
const OUR_APPOSITION_AFTER = /^\s*[,(–—]\s*(?:our|my)\s+((?:[\p{Ll}\p{M}'’-]+\s+){0,4}[\p{Ll}\p{M}'’-]+)/u;
const PATIENT_PHRASE =
  /\b(?:patients?|clients?|regulars?|cases?|service\s+users?|frequent|attenders?|toddler|boy|girl|man|woman|lady|gentleman|baby|infant|child|kid|teenager|neighbou?r|friend|son|daughter|wife|husband|mother|father|mum|dad|grandmother|grandfather|grandson|granddaughter|niece|nephew|cousin|uncle|aunt|aunty|auntie|brother|sister|sibling|relative|family|whānau|whanau|elder|pensioner|veteran|resident|residents)\b/u;
// "An elder, Mr. Elijah Beardy": an indefinite elder or volunteer is described, not a colleague.
// (v23: a role word before a name told with its age is a patient's: "The resident, Mr. Alf Henderson, is 102")
const AGE_AFTER_NAME = /^,?\s(?:(?:who\s)?(?:is|was)\s|aged\s)?\d{2,3}\b(?!\s*(?:mg|mcg|kg|mmHg|%|minutes|mins|hours|years\s+(?:of|as|in)\b))/;
const AGED_ROLE_BEFORE = /\b(?:a|an|one)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s*$/iu;
const INDEFINITE_ROLE_BEFORE = /\b(?:an?|one)\s+(?:elder|volunteer|veteran)\s*,?\s*$/i;
const CONNECTOR_AFTER = /^\s(?:a\/l|a\/p|s\/o|d\/o|w\/o|A\/L|A\/P|S\/O|D\/O|W\/O)\s[\p{Lu}][\p{L}\p{M}'’-]+(?:\s[\p{Lu}][\p{L}\p{M}'’-]+){0,2}/u;
// v12: an acronym's possessive too: what an organisation owns is a publication or a programme ("CDC's Pink Book").
const THING_BEFORE = /(?:\b[Tt]he|\b[A-Z]{2,6}(?:['’]s)?|\b(?:19|20)\d{2})\s$/;
const NOT_STAFF = /\b(?:retired|former|ex-|used\s+to\s+be|was\s+once)/i;
const MY_BEFORE = /\b(?:my|our|your)\s+$/i;
// v20: the writer's own relative with a word about them between: "my little brother Mateo", "my older brother Hamza"
const MY_DESCRIBED_BEFORE = /\bmy\s+(?:(?:little|older|younger|big|baby|eldest|youngest|oldest|twin|half-|step-|late|own|kid|wee|elder)\s*){1,2}$/i;
const LOCATIVE_BEFORE = /\b(?:in|from|to|at|near|around|outside|across|via|of|visiting|visit|towards|into|back\s+to|moved\s+to)\s+$/i;
const PLACE_PREFIX = new Set(["st", "saint", "lake", "mount", "mt", "port", "fort", "cape", "san", "santa", "los", "las", "new", "royal", "king", "queen", "prince", "princess", "lady", "lord", "sir", "dame", "co", "county"]);
const FACILITY_OR_STREET = new Set([
  "hospital", "infirmary", "clinic", "ward", "unit", "centre", "center", "hospice", "surgery", "practice", "home", "house", "school", "college", "university",
  "street", "road", "lane", "avenue", "drive", "close", "way", "crescent", "terrace", "place", "court", "gardens", "grove", "park", "square", "hall", "building",
  "wing", "block", "station", "airport", "church", "mosque", "temple", "market", "estate", "bridge", "river", "village", "town", "city", "county", "district",
  "trust", "foundation", "institute", "library", "medical", "health", "memorial", "general", "teaching", "children's", "road's",
  // v14: a word before "club" names the club ("an Ariel club", "the Rotary club"), not a person
  "club", "clubs",
]);
// fb2: an element's symbol before its salt and a dose is a drug ("gave Ca gluconate 1g", "Mg sulphate 2 g").
const DOSE_AFTER = /^\s*(?:[a-z]{2,}(?:ate|ide|ite)\s+)?(?:\d|\(|tablets?|capsules?|injection|infusion|patch|inhaler|cream|syrup|mg|mcg)/i;
const PATIENT_VERBS = new Set(
  ("was is had has said says told tells asked asks cried seemed seems felt feels looked looks became started began kept wanted wants did didn't does doesn't could couldn't " +
    "would wouldn't will won't can can't lives lived came went refused refuses agreed smiled laughed explained described mentioned complained reported denied " +
    "died passed remained stayed sat lay walked needed needs wasn't isn't hasn't hadn't spoke admitted appeared arrived returned presented grabbed held hugged " +
    "screamed shouted whispered nodded shook winced groaned sighed cries smiles laughs wept sobbed insisted replied answered responded").split(" "),
);
const CLINICAL_CUE =
  /\b(?:patients?|pt|wife|husband|son|daughter|mother|mum|mom|father|dad|brother|sister|grand\w+|granny|nan|aunt\w*|uncle|niece|nephew|partner|family|relatives?|carer|baby|child|boy|girl|man|woman|lady|gentleman|toddler|infant|teenager|admitted|admission|diagnos\w*|symptoms?|pain|bed|ward|discharg\w*|crying|cried|tears|scared|frightened|anxious|upset|prognosis|cancer|dementia|surgery|operation|bloods|consent|history|presented|examined|examination|scan|results?|treatment|medication|tablets|breath\w*|fever|vomit\w*|unwell|illness|condition|died|dying|death|palliative|clinic|appointment|consultation|bay|A&E|he|she|his|her|dentist|dental|teeth|tooth|extraction|pharmacy|pharmacist|doses?|prescription|physio\w*|midwi\w*|labour|paramedics?|ambulance|prison|inmate|interpreter|reviewed|assessed|wound|injur\w*|him|sats|saturations?|oxygen|haemoglobin|hemoglobin|sugars|glucose|insulin|febrile|temperature|seizures?|asthma|transfus\w*|urine|cannula|drip|biopsy|overdose|triage|resus|fracture|bleed\w*|blood|chest|drain|lump|(?:keep|kept|keeps)\s+seeing\s+(?:her|him|them)|seeing\s+(?:her|him|them)\s+(?:weekly|fortnightly|monthly|regularly))\b/gi;
// v18: verbs anyone does, which tell nothing of a patient after a name ("James Reason described …", "Taylor Swift would …").
const GENERIC_VERBS = new Set(
  "was is had has said says told tells asked asks would wouldn't will won't can can't could couldn't did didn't does doesn't described mentioned explained seemed seems looked looks became started began kept wanted wants lives lived came went spoke replied answered responded nodded smiled laughed built wrote writes played plays".split(" "),
);
// v18: the same cues without the pronouns (a colleague is "he" or "she" too), asked of a name's own sentence.
const SENTENCE_CLINICAL_CUE = new RegExp(CLINICAL_CUE.source.replace("|he|she|his|her|", "|").replace("|him|", "|"), "i");
// A multi-word name told by what stands after it: an apposition ("Grace Achieng, a widow,", ", 34, was"), a personal
// detail it owns ("Corwin Baptiste's DOB"), a ward or bed it is in ("our brother Chidozie Anyanwu at Female Medical Ward").
const APPOSITION_5B = /^,\s+(?:(?:a|an|aged|age|who)\b|\d{1,3}(?:\s+(?:years?|yrs?|y)(?:\s+old)?)?(?:,|\s+(?:was|is|had|has|came|presented|with|from)\b))/;
const APPOSED_THING_AFTER = /^,\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:guideline|report|study|trial|charity|organisation|organization|company|hospital|programme|program|service|initiative)/i;
const DETAIL_AFTER =
  /^['’]s\s+(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birthday|address|home\s+address|phone|mobile|number|NHS\s+number|MRN|hospital\s+number|record|records|notes|chart|results|scan|X-ray|diagnosis|details|wound|blood|bloods|sugar|sugars|medication|medications|tablets|teeth|tooth|labour|dressing|prescription|referral|fracture|injuries|injury)\b/;
const IN_WARD_AFTER = /^\s+(?:at|in|on)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Ward|Bed|Bay|ICU|HDU|NICU|bed|ward)\b/u;
// fb: the same apposition, except "who" and a verb anyone does ("Gabriel García Márquez, who wrote about cholera"): that
// says nothing of a patient, and the sentence decides.
const PERSON_APPOSITION_AFTER = new RegExp(APPOSITION_5B.source.replace("(?:a|an|aged|age|who)\\b", `(?:a|an|aged|age)\\b|who\\b(?!\\s+(?:${[...GENERIC_VERBS].join("|")})\\b)`));
// fb: how a writer meets a patient ("I met Thiago Mendoza", "we saw Rosa Lima again"): a name after it is told as a person.
const MET_BEFORE = /\b(?:met|meet|meeting|saw|visit|visited|visiting|look\s+after|looked\s+after|looking\s+after)\s+$/i;
const AGAIN_AFTER = /^\s+again\b/;
const CUE_REACH = 300;
const SENTENCE_BREAK = /[.!?:;]["'”’)\]*_]*\s*$|\n/;

const R_HONORIFIC = "A title and surname name the patient or relative outright.";
const R_INITIALS = "Initials are part of a name; with the ward, the date or the story, people who were there can tell who it was.";
const R_RELATIVE = "A relative's name identifies the family, and through them the patient.";
/** Shared with v13.ts's nickname and repeat rules, and read by detect.ts's softenRepeats: one string, one place. */
export const R_CALLED = "A name or nickname, quoted or not, identifies the person to anyone who knows them.";
export const R_FULL = "A full name identifies the person outright.";
const R_FIRST = "A first name, with the story around it, lets people who know the patient or family recognise them.";
export const S_PATIENT = "Use 'the patient', a role ('the young man', 'his daughter') or a letter that is not their initial ('patient A').";
const S_RELATIVE = "Write the relationship without the name: 'his wife', 'her son'.";
const S_INITIALS = "Use 'patient A' (a letter unrelated to their initials) or 'the patient'.";

// Speed: one Set for the ten lists hardExcluded asks (all fixed once the lexicons are loaded).
const HARD_EXCLUDED = new Set<string>([
  ...EPONYMS,
  ...HEADINGS,
  ...CALENDAR,
  ...ORGANISATIONS,
  ...STAFF_TITLES,
  ...PATIENT_HONORIFICS,
  ...WEAK_HONORIFICS,
  ...EPONYM_HEADS,
  ...FACILITY_OR_STREET,
  ...INSTITUTION_WORDS,
  ...LANGUAGES,
  // v35: electrolytes written as symbols beside a patient's results ("high K plus low Ca")
  "ca",
  "mg",
  // v28: words of address and everyday words in quoted Hindi and Urdu ("“Beta, will you …”", "“Bas yahan khade raho”")
  "beta",
  "beti",
  "bas",
  "bachcha",
  "bachche",
]);

// Speed: a token's memberships in the fixed lists, as bits, computed once per distinct key (the lists never change
// after loading, so the memo holds across scans; it is emptied if it ever grows past 50,000 keys).
const F_FIRST = 1;
const F_SUR = 2;
const F_COMMON = 4;
const F_HARD = 8;
const F_PLACE = 16;
const F_ACRO = 32;
const F_DEPT = 64;
const F_INST = 128;
const F_PVERB = 256;
// Session 7: the title and kinship lists the main loop asks about every token, as bits too (a Set look-up per token
// and list was most of that loop's own time).
const F_STAFF_TITLE = 1 << 9;
const F_PATIENT_HONORIFIC = 1 << 10;
const F_WEAK_HONORIFIC = 1 << 11;
const F_KINSHIP_TITLE = 1 << 12;
const F_LOWERCASE_KIN = 1 << 13;
const F_LOWERCASE_TITLE = 1 << 14;
const F_PARTICLE = 1 << 15;
const F_RELATIVE = 1 << 16;
const F_KNOWN = F_FIRST | F_SUR;
const KEY_FLAGS = new Map<string, number>();

function keyFlags(key: string): number {
  let f = KEY_FLAGS.get(key);
  if (f === undefined) {
    f =
      (FIRST_NAMES.has(key) ? F_FIRST : 0) |
      (SURNAMES.has(key) ? F_SUR : 0) |
      (COMMON_WORDS.has(key) ? F_COMMON : 0) |
      (HARD_EXCLUDED.has(key) || PRONOUN_OR_PEOPLE.has(key) ? F_HARD : 0) |
      // v14: a given name that is a place only inside a longer place name ("Ana" of Santa Ana) is a name alone.
      (PLACES.has(key) && (PLACES_ALONE.has(key) || !FIRST_NAMES.has(key)) ? F_PLACE : 0) |
      (CLINICAL_ACRONYMS.has(key) ? F_ACRO : 0) |
      (DEPARTMENTS.has(key) ? F_DEPT : 0) |
      (INSTITUTION_WORDS.has(key) ? F_INST : 0) |
      (PATIENT_VERBS.has(key) ? F_PVERB : 0) |
      (STAFF_TITLES.has(key) ? F_STAFF_TITLE : 0) |
      (PATIENT_HONORIFICS.has(key) ? F_PATIENT_HONORIFIC : 0) |
      (WEAK_HONORIFICS.has(key) ? F_WEAK_HONORIFIC : 0) |
      (KINSHIP_TITLES.has(key) ? F_KINSHIP_TITLE : 0) |
      (LOWERCASE_KIN.has(key) ? F_LOWERCASE_KIN : 0) |
      (LOWERCASE_TITLES.has(key) ? F_LOWERCASE_TITLE : 0) |
      (NAME_PARTICLES.has(key) ? F_PARTICLE : 0) |
      (RELATIVE_KEYS.has(key) ? F_RELATIVE : 0);
    if (key.includes("-") && (f & (F_FIRST | F_SUR | F_HARD | F_COMMON)) === 0) f |= hyphenatedFlags(key);
    if (KEY_FLAGS.size >= 50000) KEY_FLAGS.clear();
    KEY_FLAGS.set(key, f);
  }
  return f;
}

// v14: Arabic and other name prefixes joined by a hyphen: "Al-Farsi", "El-Sayed", "Abdel-Rahman", "Abu-Bakr".
const NAME_PREFIXES = new Set(["al", "el", "ul", "ud", "abd", "abdel", "abdul", "abu", "bin", "ibn", "bint", "ben", "bou"]);

/**
 * v14: a hyphenated word is read by its parts: a double-barrelled name of listed names ("Adebayo-Williams", "Jean-Paul"),
 * or a name prefix and a word of no language we list ("Al-Farsi"), is a name; one with an eponym in it
 * ("Wolff-Parkinson-White", "Non-Hodgkin") is the eponym. Memoised with the other flags.
 */
function hyphenatedFlags(key: string): number {
  const parts = key.split("-");
  if (parts.some((p) => EPONYMS.has(p))) return F_HARD;
  if (parts.some((p) => p.length < 2)) return 0;
  if (parts.every((p) => FIRST_NAMES.has(p))) return F_FIRST;
  const named = parts.filter((p) => !NAME_PREFIXES.has(p));
  if (named.length === 0) return 0;
  if (named.every((p) => FIRST_NAMES.has(p) || SURNAMES.has(p))) return F_SUR;
  if (NAME_PREFIXES.has(parts[0] as string) && named.length === 1 && (named[0] as string).length >= 3 && !isEnglishWord(named[0] as string)) return F_SUR;
  return 0;
}

/** The token's key is on at least one of the lists in `bits`. */
function hasF(t: Token, bits: number): boolean {
  return (t.f & bits) !== 0;
}


function multiOk(t: Token): boolean {
  return (
    t.cap && !(t.allCaps && t.text.length > 1) && t.text.length > 1 &&
    !hasF(t, F_HARD) && !hasF(t, F_INST) && !hasF(t, F_ACRO) &&
    (!hasF(t, F_COMMON) || hasF(t, F_FIRST)) && !hasF(t, F_PVERB)
  );
}

const REPORTED_BEFORE = /\b(?:read|reads|said|says|wrote|writes|posted|posts|message|text|appeal|status|caption)\b[^.!?\n]{0,60}$/i;

/** An odd number of double quotes between the start of the line (at most 300 characters back) and `at`. */
function insideQuote(text: string, at: number): boolean {
  // One backward walk of at most 300 characters, stopping at a line break (lastIndexOf("\n") would walk a text with no
  // line break to its start on every call: quadratic over a long one-line text).
  let n = 0;
  for (let k = at - 1; k >= 0 && k >= at - 300; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 34 || c === 0x201c || c === 0x201d) n++;
  }
  return n % 2 === 1;
}


/** Speed: a cheap test that the text before `at` could end in ",\s+" (a superset of \s is skipped back to a comma). */
function commaSpaceBefore(text: string, at: number): boolean {
  let k = at - 1;
  if (k < 0 || !isSpaceLike(text.charCodeAt(k))) return false;
  while (k >= 0 && isSpaceLike(text.charCodeAt(k))) k--;
  return k >= 0 && text.charCodeAt(k) === 44;
}

function nameShaped(t: Token | undefined): t is Token {
  return t !== undefined && t.cap && !(t.allCaps && t.text.length > 1);
}

/**
 * v14: the text is written without capitals: more of its sentences start with a small letter than with a capital
 * ("saw mrs okafor again today. tunde was discharged"). One pass over the sentence starts of the first 2,000 characters.
 */
function writesInLowerCase(text: string): boolean {
  let lower = 0;
  let upper = 0;
  // Speed (session 8): the answer, lower > upper, is kept up to date inside the loop rather than compared after it. The
  // loop is compiled while it runs (on-stack replacement) before the code after it has ever run, and V8 reused that
  // compiled loop on every call, leaving it at the comparison it had no type feedback for: a deoptimisation each call.
  let moreLower = false;
  // At a sentence start: the text's start, after a line break, or after . ! ? and a space (spaces skipped).
  let atStart = true;
  let afterStop = false;
  // (Speed: the first 2,000 characters show how someone writes.)
  const n = Math.min(text.length, 2000);
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      atStart = true;
      afterStop = false;
    } else if (c === 32 || c === 9 || c === 13) {
      if (afterStop) atStart = true;
    } else if (atStart && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      if (c >= 97) lower++;
      else upper++;
      moreLower = lower > upper;
      atStart = false;
      afterStop = false;
    } else {
      afterStop = c === 46 || c === 33 || c === 63;
      if (!afterStop) atStart = false;
    }
  }
  return moreLower;
}

/** Sorted positions of clinical cue words, for "is there a cue near here?" in O(log n). */
function cuePositions(text: string): number[] {
  const out: number[] = [];
  eachMatch(CLINICAL_CUE, text, (m) => out.push(m.index));
  return out;
}

function cueNear(cues: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as number) < at - CUE_REACH) lo = mid + 1;
    else hi = mid;
  }
  const c = cues[lo];
  return c !== undefined && c <= at + CUE_REACH;
}

// Past the window's end, more text than any cue word without a \w tail ("consultation", 12) is long: a match the cut
// could make (a word ending at the cut) starts after the window.
const CUE_TAIL = 64;
// Questions answered from a window before the whole text is indexed (a post asks one to a dozen).
const CUE_WINDOWED_QUESTIONS = 8;

/**
 * "Is there a clinical cue within CUE_REACH of `at`?" (cueNear over cuePositions). Speed (session 7): CLINICAL_CUE
 * matches at too many word starts to be keyed, and scanning a whole post for its 150 words cost 0.1–0.16 ms, for one to
 * a dozen questions. The first few are answered by running it over the window alone (lastIndex at the window's start,
 * so \b sees the unit before; CUE_TAIL past its end). Every cue match is a word (or "A&E") with no cue starting inside
 * it, so the cue positions are exactly the places CLINICAL_CUE matches at, and the first match from the window's start
 * is the first cue position there. Further questions index the whole text once.
 */
class CueFinder {
  private readonly text: string;
  private positions: number[] | null = null;
  private asked = 0;
  constructor(text: string) {
    this.text = text;
  }

  near(at: number): boolean {
    if (this.positions === null && this.asked < CUE_WINDOWED_QUESTIONS) {
      this.asked++;
      const lo = Math.max(0, at - CUE_REACH);
      const from = Math.max(0, lo - 1);
      const window = this.text.slice(from, at + CUE_REACH + 1 + CUE_TAIL);
      CLINICAL_CUE.lastIndex = lo - from;
      const m = CLINICAL_CUE.exec(window);
      CLINICAL_CUE.lastIndex = 0;
      return m !== null && from + m.index <= at + CUE_REACH;
    }
    this.positions ??= cuePositions(this.text);
    return cueNear(this.positions, at);
  }
}

function nonPatientKeys(options: ScanOptions): Set<string> {
  const keys = new Set<string>();
  for (const n of options.nonPatientNames ?? []) {
    for (const part of n.split(/[\s@._\-/:]+/)) if (part.length > 0) keys.add(keyOf(part));
  }
  return keys;
}

/** fb: whom detectNames last read in a text as no patient (staff, friends, the writer's own people) and as a patient. */
export interface PeopleRead {
  readonly text: string;
  readonly notPatients: ReadonlySet<string>;
  readonly patients: ReadonlySet<string>;
}
let lastPeople: PeopleRead = { text: "", notPatients: new Set(), patients: new Set() };

/** The name words (keys) detectNames read in `text` on its last scan of it, or null when its last scan was of another text. */
export function peopleRead(text: string): PeopleRead | null {
  return lastPeople.text === text ? lastPeople : null;
}

/** The key a name word is remembered by (names.ts's tokens), for a word of a finding's text. */
export function nameKey(word: string): string {
  return isAscii(word) ? word.toLowerCase() : keyOf(word);
}

export function detectNames(text: string, options: ScanOptions = {}): Candidate[] {
  const toks = tokenise(text);
  const n = toks.length;
  const out: Candidate[] = [];
  const covered = new Uint8Array(n);
  const patientKeys = new Set<string>();
  const theNicknames = new Set<string>();
  const staffKeys = nonPatientKeys(options);
  const authorKeys = new Set(staffKeys);
  const cues = new CueFinder(text);

  const gapBefore = (i: number): string => {
    const prev = toks[i - 1];
    const t = toks[i] as Token;
    return text.slice(prev ? prev.end : Math.max(0, t.start - 40), t.start);
  };
  const sentenceInitial = (i: number): boolean => {
    if (i === 0) return true;
    const prev = toks[i - 1] as Token;
    const gap = gapBefore(i);
    if (!SENTENCE_BREAK.test(gap) && !/^['’]?s?[ \t]*[.!?:;]/.test(text.slice(prev.end, toks[i]!.start))) {
      return gap.includes("\n");
    }
    // "Mr. O'Brien", "J. K. Rowling": a dot after a title or an initial is not a full stop.
    if (gap.startsWith(".") && !gap.includes("\n") && (hasF(prev, F_PATIENT_HONORIFIC) || hasF(prev, F_STAFF_TITLE) || prev.text.length === 1 || prev.key === "st" || prev.key === "mst")) return false;
    return true;
  };
  // v14: a reply (a text that opens with @mentions) speaks to the people it mentions: the words of those handles
  // ("@ngozi_rn@naija.social" → "ngozi") name its readers, not patients.
  const reply = REPLY_START.test(text.slice(0, 24));
  const replyHandleWords = new Set<string>();
  if (reply) {
    const lead = LEADING_HANDLES.exec(text.slice(0, 400))?.[0] ?? "";
    for (const h of lead.matchAll(/@([\w.-]+)/g)) for (const w of (h[1] ?? "").toLowerCase().match(/\p{L}{3,}/gu) ?? []) replyHandleWords.add(w);
  }
  let isLetter: boolean | undefined;
  const isStaffAt = (startOff: number, endOff: number): boolean => {
    const b = text.slice(Math.max(0, startOff - 50), startOff);
    // (v20: not a role told with the person's age, which makes them a patient: "A 20-year-old university student, Yusuf
    // Danjuma, from …")
    // (v29: nor the head of a household or family: "The head of the household, Haji Sher Zaman, met us"; v32: nor one
    // who is then admitted: "The porter, Rafiq, was admitted with burns")
    if (STAFF_BEFORE.test(b) && !/\b(?:his|her|their|patient'?s?)\s+(?:sister|nurse|attendants?)\s*[,:]?\s*$/i.test(b) && !HOUSEHOLD_HEAD_BEFORE.test(b) && !INDEFINITE_ROLE_BEFORE.test(b) && !AGED_ROLE_BEFORE.test(b) && !AGE_AFTER_NAME.test(text.slice(endOff, endOff + 16)) && !ADMITTED_AFTER.test(text.slice(endOff, endOff + 40))) return true;
    if (COORDINATED_STAFF_BEFORE.test(b) || STAFF_AMONG_BEFORE.test(b) || ROLE_WHO_BEFORE.test(b) || ROLE_PLAYER_BEFORE.test(text.slice(Math.max(0, startOff - 90), startOff)) || NOT_A_PERSON_NAMED_BEFORE.test(b)) return true;
    if ((ADDRESSEE_BEFORE.test(b) && !(DEAR_BEFORE.test(b) && (isLetter ??= letterToPatient(text)))) || ROLE_PAIR_BEFORE.test(b) || GREETED_BEFORE.test(b) || BYLINE_BEFORE.test(b) || MY_GROUP_BEFORE.test(b) || OUTING_WITH_BEFORE.test(b) || MY_ACRONYM_BEFORE.test(b) || VALEDICTION_BEFORE.test(b)) return true;
    if (reply && startOff < 600 && REPLY_ADDRESSEE_BEFORE.test(text.slice(0, startOff))) return true;
    if (replyHandleWords.size > 0 && (text.slice(startOff, endOff).toLowerCase().match(/\p{L}{3,}/gu) ?? []).some((w) => replyHandleWords.has(w))) return true;
    if (text.length - endOff <= SIGN_OFF_REACH && !PATIENT_HONORIFIC_START.test(text.slice(startOff, startOff + 8))) {
      const rest = text.slice(endOff);
      if ((SIGN_OFF_BEFORE.test(b) && SIGN_OFF_AFTER.test(rest)) || (SIGNATURE_BEFORE.test(b) && SIGNATURE_AFTER.test(rest))) return true;
    }
    // v14: a signature: a name alone on its line in the last lines of the text ("…\nHannah Clarke\nFY1, Leeds").
    if (text.length - endOff <= 80 && !TITLE_AT.test(text.slice(startOff, startOff + 6)) && SIGNATURE_LINE_BEFORE.test(b) && /^\s*[,.]?[ \t]*(?:\n|$)/.test(text.slice(endOff, endOff + 8)) && !/\n[^\n]*\n[^\n]*\n/.test(text.slice(endOff))) return true;
    // v14: someone the writer works beside, named without a title: "Lerato and I talked it over", "Claire, who was on
    // nights with me,". A patient is named with a title here ("Mrs Khan and I went through her tablets").
    if (!TITLE_AT.test(text.slice(startOff, startOff + 6)) && (COMPANION_AFTER.test(text.slice(endOff, endOff + 60)) || /\bI\s+and\s+$/.test(b))) return true;
    // v14: what a colleague is called is theirs too ('Dr Abdelrahman, whom we call "Bodi"').
    const nick = NICKNAME_OF_BEFORE.exec(b) ?? CALL_STAFF_BEFORE.exec(b);
    if (nick && staffKeys.has(keyOf(nick[1] ?? ""))) return true;
    const a0 = text.slice(endOff, endOff + 80);
    if (reply && /,\s+$/.test(b) && VOCATIVE_AFTER.test(a0)) {
      // Speed: only the sentence before the comma is read for "you" (one pass over at most 100 characters).
      const w = text.slice(Math.max(0, startOff - 100), startOff);
      const from = Math.max(w.lastIndexOf("."), w.lastIndexOf("!"), w.lastIndexOf("?"), w.lastIndexOf("\n")) + 1;
      if (YOU_RE.test(w.slice(from))) return true;
    }
    // fb2: one of a group of the writer's own people, named ("One of the interns, Arjun,", "The interns were quiet. One of
    // them, Arjun, said …"), when the sentence before names that group and nothing of a patient.
    const one = ONE_OF_BEFORE.exec(b);
    if (one !== null) {
      if (one[1] !== undefined) return true;
      const before = text.slice(Math.max(0, startOff - one[0].length - 220), startOff - one[0].length);
      const prevSentence = before.slice(Math.max(before.lastIndexOf(". ", before.length - 3), before.lastIndexOf("\n", before.length - 3)) + 1);
      if (GROUP_OF_STAFF.test(prevSentence) && !patientOrCareWord(prevSentence) && !PATIENT_ROSTER.test(prevSentence)) return true;
    }
    // fb2: "Rhys will be thrilled you wrote this up — he has been banging that drum since he was my registrar": the role
    // said later of a pronoun, with no other name and nothing of a patient between.
    const later = PRONOUN_ROLE_LATER.exec(text.slice(endOff, endOff + 160));
    if (later !== null && !/(?<![\p{L}'’-])(?!I\b)\p{Lu}/u.test(later[1] as string) && !patientOrCareWord(later[1] as string)) return true;
    if (ROLE_PREDICATE_AFTER.test(a0) || THANKED_FOR_TEACHING_AFTER.test(a0) || (WITH_WRITER_AFTER.test(a0) && ownWorkSentence(text, startOff, endOff))) return true;
    if (TAUGHT_CLAUSE_AFTER.test(a0) || STUDIED_WITH_BEFORE.test(b) || CHW_BEFORE.test(b) || CREWED_WITH_BEFORE.test(b)) return true;
    if ((RAN_IT_AFTER.test(a0) && writerOwnSentence(text, startOff, endOff)) || PRESENTED_TO_BEFORE.test(text.slice(Math.max(0, startOff - 70), startOff))) return true;
    const joined = STAFF_AND_ROLE_BEFORE.exec(text.slice(Math.max(0, startOff - 80), startOff));
    if (joined !== null && !PATIENT_PHRASE.test(joined[1] ?? "")) return true;
    if (STAFF_PLACED_BEFORE.test(text.slice(Math.max(0, startOff - 90), startOff))) return true;
    if (STAFF_CLAUSE_AFTER.test(a0) || UNIT_WORK_CLAUSE_AFTER.test(a0) || BARE_ROLE_AFTER.test(a0) || SERVICE_FROM_AFTER.test(a0) || OFFICE_FROM_AFTER.test(a0)) return true;
    const our = OUR_APPOSITION_AFTER.exec(a0);
    if (our && !PATIENT_PHRASE.test(our[1] ?? "")) return true;
    if (TEACHING_BEFORE.test(b) || STAFF_DOING_AFTER.test(text.slice(endOff, endOff + 60))) return true;
    // A sign-off: "— Hannah, 4th year", "Tom, final-year student".
    if (/^\s*,\s*(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final)[- ]year\b/i.test(text.slice(endOff, endOff + 20))) return true;
    const a = text.slice(endOff, endOff + 70);
    const m = STAFF_AFTER.exec(a);
    // v14: a titled person described by a trade outside the hospital ("Mrs Adeyemi-Okoro, a teacher, had
    // pre-eclampsia", "Mr Danso, an engineer, …") is a patient described, unless the text says they teach us.
    if (m !== null && TITLE_AT.test(text.slice(startOff, startOff + 6)) && OUTSIDE_TRADE.test(m[0]) && !TEACHES_US.test(text.slice(endOff, endOff + 100))) return false;
    // ("sister" alone may be kin; v36: a ward's sister is staff, "— Becky, ED sister"; v37: a care home's resident with
    // something wrong is a patient, "Mme Lefèvre, a resident with blistering on her arms")
    if (m !== null && /\bresidents?$/i.test(m[0]) && RESIDENT_PATIENT_AFTER_RE.test(a.slice(m[0].length))) return false;
    return m !== null && !NOT_STAFF.test(m[0]) && (!/\bsister\b/i.test(m[0].slice(-7)) || UNIT_SISTER_RE.test(m[0])) ? true : false;
  };
  const titledPatient = (startOff: number, endOff: number): boolean =>
    PATIENT_OF_BEFORE.test(text.slice(Math.max(0, startOff - 30), startOff)) || PATIENT_EVENT_AFTER.test(text.slice(endOff, endOff + 100)) || ADMITTED_AFTER.test(text.slice(endOff, endOff + 40));
  // v26: "Allah" is an ordinary word alone, and the first part of a name before another ("Haji Allah Bux", "Allah Ditta").
  const theophoricName = (i: number): boolean => {
    const t = toks[i] as Token;
    const next = toks[i + 1];
    return t.key === "allah" && next !== undefined && nameShaped(next) && SPACE_GAP.test(text.slice(t.end, next.start)) && !hasF(next, F_COMMON | F_HARD);
  };
  // v14: a name after a religious or historical title, or that title itself, is a figure's ("Guru Nanak's birthday",
  // "the Prophet Muhammad", "Pope Francis", "Saint Jude").
  const afterFigureTitle = (i: number): boolean => {
    const t = toks[i] as Token;
    if (FIGURE_TITLES.has(t.key) && t.cap) return true;
    const prev = toks[i - 1];
    return prev !== undefined && prev.cap && FIGURE_TITLES.has(prev.key) && SPACE_GAP.test(text.slice(prev.end, t.start));
  };
  const lowercaseName = (i: number): boolean => {
    const t = toks[i] as Token;
    if (isEnglishWord(t.key) || NOT_NAME_WORDS.has(t.key)) return false;
    const next = toks[i + 1];
    const after = text.slice(t.end, t.end + 50);
    const told =
      (possessiveCut(i) && PATIENT_POSSESSION_AFTER.test(after)) ||
      (next !== undefined && (hasF(next, F_PVERB) || MORE_PATIENT_VERBS.has(next.key)) && /^\s{1,2}$/.test(text.slice(t.end, next.start))) ||
      HUMAN_VERB_AFTER.test(after) ||
      PERSON_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
    return told && cues.near(t.start);
  };
  // v8: a run of capitalised words right after "the", an organisation's acronym or a year is a title
  // ("the Hui Whakaoranga", "the 2016 WHO Pocket Book"), unless it starts with a title or kinship word.
  const titleOfThing = (from: number, to: number, startOff: number): boolean => {
    if (to <= from) return false;
    const k = (toks[from] as Token).key;
    if (PATIENT_HONORIFICS.has(k) || WEAK_HONORIFICS.has(k) || KINSHIP_TITLES.has(k) || STAFF_TITLES.has(k)) return false;
    return THING_BEFORE.test(text.slice(Math.max(0, startOff - 12), startOff));
  };
  // v17: a team, a report, a sign, a model, a textbook or a title in quotes, named like a person.
  const notAPerson = (from: number, to: number, startOff: number, endOff: number): boolean => {
    // v20: who made a model, a tool or a report is its author ("the Fonofale model, developed by Fuimaono Karl
    // Pulotu-Endemann", "reports by Human Rights Watch")
    if (CREATOR_BEFORE.test(text.slice(Math.max(0, startOff - 40), startOff))) return true;
    // v22: a famous name someone wants to be, or thinks of ("wanted to be the next Faith Kipyegon", "made me think of José
    // Rizal, who was an ophthalmologist"): a public figure
    if (from < to && (NEXT_FAMOUS_BEFORE.test(text.slice(Math.max(0, startOff - 40), startOff)) || (THINK_OF_BEFORE.test(text.slice(Math.max(0, startOff - 30), startOff)) && FAMOUS_WHO_AFTER.test(text.slice(endOff, endOff + 60))))) return true;
    const after = text.slice(endOff, endOff + 80);
    const first = toks[from] as Token;
    const titled = hasF(first, F_PATIENT_HONORIFIC | F_WEAK_HONORIFIC | F_KINSHIP_TITLE);
    if (titled) {
      // "my PA Dan", "our CNS Ruth": a role's acronym after my/our that is also a kinship word (Pa, Ma) is the role
      if (first.allCaps && first.text.length > 1 && MY_BEFORE.test(text.slice(Math.max(0, startOff - 8), startOff))) return true;
    } else {
      // a team, a sign, a model or a report: what a titled name never is
      if (SPORTS_RESULT_AFTER.test(after) || TEAM_WORDS.has((toks[to] as Token).key) || NATIONAL_TEAMS.test(text.slice(startOff, startOff + 24))) return true;
      if (EPONYM_PAIR_AFTER.test(after) || EPONYM_HEAD_AFTER.test(after) || THEORIST_WORK_AFTER.test(after)) return true;
      if (from === to && PUBLICATION_AFTER.test(after)) return true;
      // fb: where the writer or a colleague matched, trained or works ("I matched at Emory", "my registrar at the Heath")
      if (from === to && !/^['’]/.test(after) && WORKPLACE_AT_BEFORE.test(text.slice(Math.max(0, startOff - 40), startOff))) return true;
    }
    const nearFrom = Math.max(0, startOff - 24);
    const book = TEXTBOOK_PAIRS.exec(text.slice(nearFrom, endOff + 24));
    if (book !== null && nearFrom + book.index <= startOff && nearFrom + book.index + book[0].length >= endOff) return true;
    // in quotes, after a verb of reading or singing: the whole quotation is a title
    if (insideQuote(text, startOff)) {
      const quoteFrom = Math.max(0, startOff - 60);
      const window = text.slice(quoteFrom, startOff);
      const open = quoteFrom + Math.max(window.lastIndexOf('"'), window.lastIndexOf("“"));
      if (open >= quoteFrom && WORK_QUOTE_BEFORE.test(text.slice(Math.max(0, open - 24), open + 1))) return true;
    }
    // a work after a verb of reading, with its author's possessive: "read Kathryn Mannix's With the End in Mind"
    // (fb: or a hashtag or a quoted title: "has read Kate Granger's #hellomynameis")
    if (!titled && /^['’]s?\s+[\p{Lu}#"“]/u.test(after) && WORK_VERB_BEFORE.test(text.slice(Math.max(0, startOff - 16), startOff)) && !PATIENT_POSSESSION_AFTER.test(after)) return true;
    // fb2: and wherever it stands, a name's possessive before a title in quotes, every word capitalised ("Judith Herman's
    // "Trauma and Recovery" talks about …", "at the moment Tim Winton's "Cloudstreet""): the author.
    // Not words a patient says ('Rosa's "Thank You" card').
    if (!titled) {
      const title = AUTHOR_TITLE_AFTER.exec(after);
      if (title !== null && !SPOKEN_WORDS.test(title[0])) return true;
    }
    // fb: a name used as a word describing a thing after "a/an" ("a David Attenborough documentary", "a Muay Thai
    // fighter", "an Ed Sheeran song"): a kind of thing, not a person.
    return !titled && A_BEFORE.test(text.slice(Math.max(0, startOff - 4), startOff)) && ATTRIBUTIVE_AFTER.test(after);
  };
  // v18: `weak`: found only because listed names stand near a clinical cue, with nothing said of the person. Such a name
  // is soft unless its own sentence has a patient or relative word or an event of care: colleagues, friends and public
  // figures are named in clinical posts as often as patients are ("Ray let me run it", "read Kate Granger's blog").
  const emit = (from: number, to: number, startOff: number, endOff: number, reason: string, suggestion: string, weak = false): void => {
    // A possessive is a person's ("I read Mrs Hollis's letter"), never a title.
    // v9: what follows "<Dr Name> from" is where the clinician works ("Dr. Linda Chen from Stanford"), not a person.
    if (CLINICIAN_FROM_BEFORE.test(text.slice(Math.max(0, startOff - 60), startOff))) {
      for (let k = from; k <= to; k++) covered[k] = 1;
      return;
    }
    const work = WORK_VERB_BEFORE.test(text.slice(Math.max(0, startOff - 16), startOff)) && !/^['’]s?\b/.test(text.slice(endOff, endOff + 3));
    // v10: a festival is a day, not a person ("Hari Raya Aidilfitri").
    const festival = HOLIDAY_START_RE.test(text.slice(startOff, startOff + 40)) || FESTIVAL_START_RE.test(text.slice(startOff, startOff + 40));
    // v14: "Mr X", "Baby X", "whom I will call Mrs Z": a placeholder or a made-up name, not the patient's.
    const madeUp = PLACEHOLDER_NAME.test(text.slice(startOff, endOff)) || PSEUDONYM_BEFORE.test(text.slice(Math.max(0, startOff - 40), startOff));
    if (madeUp) {
      // Later mentions of a made-up name are made up too.
      for (let k = from; k <= to; k++) {
        const key = (toks[k] as Token).key;
        if (PATIENT_HONORIFICS.has(key) || KINSHIP_TITLES.has(key)) continue;
        patientKeys.delete(key);
        staffKeys.add(key);
      }
    }
    if (titleOfThing(from, to, startOff) || work || festival || madeUp || notAPerson(from, to, startOff, endOff)) {
      for (let k = from; k <= to; k++) covered[k] = 1;
      return;
    }
    for (let k = from; k <= to; k++) covered[k] = 1;
    // (a weak name yields to the same words found by a stronger rule: priority 43, below v13's names)
    // (the writer's own people, "my brother", "my parents", are no patient's: "My father wants to know if … will play")
    const soft = weak && !strongPatientBesidesWriter(text, startOff, endOff) && !SENTENCE_CLINICAL_CUE.test(sentenceBesidesWriter(text, startOff, endOff));
    out.push({ start: startOff, end: endOff, type: "NAME", reason, suggestion, priority: soft ? 43 : 45, ...(soft ? { soft: true } : {}) });
  };
  const remember = (set: Set<string>, from: number, to: number): void => {
    for (let k = from; k <= to; k++) {
      const t = toks[k] as Token;
      if (t.text.length > 1 && !hasF(t, F_PATIENT_HONORIFIC) && !hasF(t, F_WEAK_HONORIFIC) && !hasF(t, F_STAFF_TITLE)) set.add(t.key);
    }
  };
  const allAuthor = (from: number, to: number): boolean => {
    if (authorKeys.size === 0) return false;
    let any = false;
    for (let k = from; k <= to; k++) {
      const t = toks[k] as Token;
      if (hasF(t, F_PATIENT_HONORIFIC) || hasF(t, F_WEAK_HONORIFIC)) continue;
      if (!authorKeys.has(t.key)) return false;
      any = true;
    }
    return any;
  };
  const titleRunsOn = (j: number): boolean => {
    const a = toks[j + 1];
    const b = toks[j + 2];
    if (!a || !SPACE_GAP.test(text.slice(toks[j]!.end, a.start))) return false;
    if (a.cap && hasF(a, F_INST)) return true;
    return b !== undefined && a.cap && b.cap && hasF(b, F_INST) && SPACE_GAP.test(text.slice(a.end, b.start));
  };
  // v14: a name listed right after a colleague's ("my colleagues Sarah, Tom and Priya", "Dr Eze, Ngozi and Tunde") is
  // one of the same list of colleagues.
  const listedAfterStaff = (i: number): boolean => {
    const and = toks[i - 1]?.key === "and" ? 1 : 0;
    const p = toks[i - 1 - and];
    return p !== undefined && staffKeys.has(p.key) && LIST_GAP.test(text.slice(p.end, (toks[i] as Token).start));
  };
  // fb: a colleague's name with an ordinary word before it ("Big Davy", "Old Joe") is the colleague's nickname.
  const staffNickname = (from: number, to: number): boolean => {
    let staff = false;
    for (let k = from; k <= to; k++) {
      const t = toks[k] as Token;
      if (staffKeys.has(t.key)) staff = true;
      else if (patientKeys.has(t.key) || !(hasF(t, F_COMMON) || (!hasF(t, F_KNOWN) && isEnglishWord(t.key)))) return false;
    }
    return staff;
  };
  // v19: after a relative word, a first word that is also a common or a held-back word is still a name when a name that
  // is neither follows it ("her daughter-in-law, Park Mi-young", "his father, Allah Ditta").
  const fullNameRunsOn = (j: number): boolean => {
    const a = toks[j];
    const b = toks[j + 1];
    return a !== undefined && b !== undefined && a.cap && nameShaped(b) && !hasF(b, F_HARD) && !hasF(b, F_COMMON) && !hasF(b, F_PLACE) && SPACE_GAP.test(text.slice(a.end, b.start));
  };
  const allIn = (set: Set<string>, from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (!set.has((toks[k] as Token).key)) return false;
    return true;
  };
  /**
   * Something said of the name [from, to] that only a patient or relative has: a person's verb after it (not one anyone
   * does: "was", "said", "wrote"), an age or person in apposition, a personal detail it owns, a ward or bed it is in, or
   * something done to it as to a patient ("we reviewed …").
   */
  const toldAsPerson = (from: number, to: number): boolean => {
    const t = toks[from] as Token;
    const last = toks[to] as Token;
    const after = text.slice(last.end, last.end + 30);
    const nextTok = toks[to + 1];
    if (nextTok !== undefined && (hasF(nextTok, F_PVERB) || MORE_PATIENT_VERBS.has(nextTok.key)) && !GENERIC_VERBS.has(nextTok.key) && /^\s{1,2}$/.test(text.slice(last.end, nextTok.start))) return true;
    if ((PERSON_APPOSITION_AFTER.test(after) && !APPOSED_THING_AFTER.test(after)) || APPOSITION_AFTER.test(text.slice(last.end, last.end + 60))) return true;
    if (DETAIL_AFTER.test(after) || IN_WARD_AFTER.test(text.slice(last.end, last.end + 50))) return true;
    const b = text.slice(Math.max(0, t.start - 24), t.start);
    return PERSON_VERB_BEFORE.test(b) || MET_BEFORE.test(b);
  };
  /** Extend a name from token j over following capitalised name words (at most `max` more). */
  const extend = (j: number, max: number): number => {
    let e = j;
    for (let k = 0; k < max; k++) {
      if (possessiveCut(e)) break;
      let nx = toks[e + 1];
      let step = 1;
      const gap = nx ? text.slice(toks[e]!.end, nx.start) : "";
      // A particle inside one name: "Nurul Aisyah binti Rahman", "Pieter van Wyk".
      if (nx && hasF(nx, F_PARTICLE) && SPACE_GAP.test(gap) && (!nx.cap || nameShaped(toks[e + 2]))) {
        // v14: two particles in a row: "Pieter van der Berg", "Maria de la Cruz", "Nguyen van de Ven".
        const two = toks[e + 2] !== undefined && hasF(toks[e + 2]!, F_PARTICLE) && !toks[e + 2]!.cap && SPACE_GAP.test(text.slice(nx.end, toks[e + 2]!.start)) ? 1 : 0;
        const after = toks[e + 2 + two];
        if (nameShaped(after) && SPACE_GAP.test(text.slice(toks[e + 1 + two]!.end, after.start)) && !hasF(after, F_HARD)) {
          nx = after;
          step = 2 + two;
        } else break;
      } else if (nx && /^\s["“‘']$/.test(gap) && nameShaped(nx)) {
        // A quoted nickname inside the name: Mr. Harlan "Buzz" Petrakis.
        const close = text.slice(nx.end, nx.end + 1);
        const after = toks[e + 2];
        if (/["”’']/.test(close) && nameShaped(after) && /^["”’']\s$/.test(text.slice(nx.end, after.start)) && !hasF(after, F_HARD)) {
          nx = after;
          step = 2;
        } else break;
      } else if (!nameShaped(nx) || !SPACE_GAP.test(gap)) break;
      if (!nameShaped(nx) || (hasF(nx, F_HARD) && !NAME_FINAL.has(nx.key))) break;
      // Ordinary words end the name unless they are also a listed surname ("Mr Hemi Walker").
      if (hasF(nx, F_COMMON) && !(hasF(nx, F_SUR) && !sentenceInitial(e + step))) break;
      if (!hasF(nx, F_KNOWN) && sentenceInitial(e + step)) break;
      e += step;
    }
    return e;
  };
  const possessiveCut = (k: number): boolean => {
    // A token whose raw match ran past its name (a possessive) ends the name there.
    const t = toks[k] as Token;
    const c = text.charCodeAt(t.end);
    return c === 39 || c === 0x2019;
  };
  /** Initials after a title: "J.K.", "J. K.", "AB", "A". Returns [last token index, end offset] or null. */
  const initials = (j: number): [number, number] | null => {
    const t = toks[j];
    if (!t || !t.allCaps || t.text.length > 3) return null;
    if (t.text.length > 1) {
      if (hasF(t, F_ACRO) || ORGANISATIONS.has(t.key)) return null;
      return [j, t.end];
    }
    let e = j;
    let end = t.end;
    let dotted = false;
    while (text[end] === ".") {
      const nx = toks[e + 1];
      const gap = nx ? text.slice(toks[e]!.end, nx.start) : "";
      // (v23: not the pronoun opening the next sentence: "than the MST. I can help")
      if (nx && nx.allCaps && nx.text.length === 1 && /^\. ?$/.test(gap) && e - j < 3 && !(nx.text === "I" && gap === ". " && /^\s[a-z]/.test(text.slice(nx.end, nx.end + 2)))) {
        e++;
        end = nx.end;
        dotted = true;
        continue;
      }
      if (dotted) end += 1; // "J.K." keeps its last dot
      break;
    }
    return [e, end];
  };

  // v22: a name said anywhere to be a standardised patient or an actor is a role-player's, wherever it stands ('Case:
  // "Linda, 45, with headache." Linda was of course a standardized patient').
  for (const m of text.matchAll(ROLE_PLAYER_DECLARED_RE)) staffKeys.add(nameKey(m[1] ?? m[2] ?? ""));

  // v20: a capitalised run said before a role, after an article, names a service or a charity the role belongs to, not a
  // person: "a Well Child Tamariki Ora nurse", "a Macmillan nurse", "our Marie Curie volunteer". Read by no rule below.
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (!t.cap || covered[i] === 1 || !SERVICE_ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    let last = i;
    while (last - i < 4 && toks[last + 1]?.cap && SPACE_GAP.test(text.slice(toks[last]!.end, toks[last + 1]!.start))) last++;
    const role = toks[last + 1];
    if (role === undefined || role.cap || !SPACE_GAP.test(text.slice(toks[last]!.end, role.start)) || !SERVICE_ROLE_AFTER.test(text.slice(role.start, role.start + 30))) continue;
    for (let k = i; k <= last; k++) covered[k] = 1;
    i = last;
  }

  // fb: colleagues and friends named without a title, known before any rule below reads a name: a word right after the
  // writer's own role-holder ("My classmate Efosa, who grew up in Benin City", "our preceptor, Tash,"), or after "crewed
  // with", "on nights with", "revised with" ("crewed with Davy (everyone calls him Big Davy)"), listed or not.
  for (let i = 1; i < n; i++) {
    const t = toks[i] as Token;
    const p = toks[i - 1] as Token;
    if (p.cap || !nameShaped(t) || t.text.length < 2 || hasF(t, F_HARD) || !(p.key === "with" || ROLE_WORDS.has(p.key))) continue;
    const b = text.slice(Math.max(0, t.start - 60), t.start);
    // fb2: or after "with" in a clause about the writer's own study or work with nothing of a patient in it ("use the
    // mannequin in the skills lab on Saturday with Chioma and Emeka").
    if (p.key === "with" ? CREWED_WITH_BEFORE.test(b) || STUDIED_WITH_BEFORE.test(b) || (ownWorkClause(text, t.start, t.end, true) && !DESCRIBED_AFTER.test(text.slice(t.end, t.end + 12))) : MY_ROLE_BEFORE.test(b)) staffKeys.add(t.key);
  }

  for (let i = 0; i < n; i++) {
    if (covered[i] === 1) continue;
    const t = toks[i] as Token;
    const next = toks[i + 1];
    const gapNext = next ? text.slice(t.end, next.start) : "";

    // Staff titles: remember the name, flag nothing.
    if ((t.cap || t.key === "ma'am" || t.key === "maam" || t.key === "sir") && hasF(t, F_STAFF_TITLE) && next && SMALL_GAP.test(gapNext) && nameShaped(next) && !hasF(next, F_PATIENT_HONORIFIC)) {
      const e = extend(i + 1, 3);
      // v7: "Sr. Evaristo Fonseca, 93,", "Sister Bernadette, 94,": a titled person given an age is the patient
      // (Senhor/Señor, or a nun on the ward), not a colleague.
      // v14: so is one told to be the patient ("Our patient, Dr Mensah, …", "Dr Haworth, a retired GP admitted with
      // urosepsis", "Fr Donnelly, the parish priest, was our patient this time").
      // v26: "Sr." before a Portuguese or Spanish name is Senhor/Señor, a patient's title, not Sister ("Sr. João Batista
      // Nascimento, a fisherman"): a name with ã, õ or ç, or joined by "da/de/dos/das", is no British ward sister's.
      if (
        (!/^(?:dr|doctor|prof|professor)\.?$/.test(t.key) && /^,\s(?:\d{2,3}|aged|age)\b/.test(text.slice(toks[e]!.end, toks[e]!.end + 10))) ||
        titledPatient(t.start, toks[e]!.end) ||
        (t.key === "sr" && /[ãõçÃÕÇ]|\s(?:da|de|do|dos|das)\s/.test(text.slice(next.start, toks[e]!.end + 6)))
      ) {
        remember(patientKeys, i + 1, e);
        emit(i, e, t.start, toks[e]!.end, R_HONORIFIC, S_PATIENT);
        i = e;
        continue;
      }
      remember(staffKeys, i + 1, e);
      for (let k = i; k <= e; k++) covered[k] = 1;
      i = e;
      continue;
    }

    // 1. Honorific + initials or surname.
    // "Sri Lanka", "Sri Lankan": the country, not the honorific "Sri".
    // v14: a lower-case title before a listed name that is no English word ("saw mrs okafor again", "mr patel").
    if (!t.cap && hasF(t, F_LOWERCASE_TITLE) && next && !next.cap && SMALL_GAP.test(gapNext) && hasF(next, F_KNOWN) && !hasF(next, F_COMMON) && !hasF(next, F_HARD) && !hasF(next, F_PLACE) && !isEnglishWord(next.key)) {
      if (!isStaffAt(t.start, next.end) && !staffKeys.has(next.key) && !allAuthor(i + 1, i + 1)) {
        patientKeys.add(next.key);
        emit(i, i + 1, t.start, next.end, R_HONORIFIC, S_PATIENT);
      }
      i++;
      continue;
    }
    // (v20: the Spanish, Italian and French titles are written in lower case before a name: "la señora Rosa Aguilera")
    // (v23: "MST" in capitals is an acronym, the Malnutrition Screening Tool, not "Mst." before a name)
    // (v26: nor is "MR" in capitals before an ordinary word: "repeat MR. Please share …", menstrual regulation)
    if ((t.cap || (LOWER_CASE_HONORIFICS.has(t.key) && next?.cap === true)) && !(t.allCaps && (t.key === "mst" || t.key === "mstr")) && hasF(t, F_PATIENT_HONORIFIC) && next && SMALL_GAP.test(gapNext) && !(t.key === "sri" && /^lank/.test(next.key)) && !(t.allCaps && t.text.length > 1 && hasF(next, F_COMMON))) {
      // v14: "Mr X", "Mrs Y, as I will call her": a placeholder letter, not an initial.
      if (next.text.length === 1 && PLACEHOLDER_LETTERS.has(next.text) && text.charCodeAt(next.end) !== 46) {
        covered[i] = 1;
        covered[i + 1] = 1;
        i++;
        continue;
      }
      const ini = initials(i + 1);
      let last = -1;
      let endOff = -1;
      let reason = R_HONORIFIC;
      let suggestion = S_PATIENT;
      if (ini) {
        [last, endOff] = ini;
        reason = R_INITIALS;
        suggestion = S_INITIALS;
        // "Mr J. Smith": a surname after the initials.
        const after = toks[last + 1];
        if (after && nameShaped(after) && /^\.? $/.test(text.slice(toks[last]!.end, after.start)) && !hasF(after, F_HARD) && !hasF(after, F_COMMON)) {
          last = last + 1;
          endOff = after.end;
          reason = R_HONORIFIC;
          suggestion = S_PATIENT;
        }
      } else if (nameShaped(next) && !hasF(next, F_STAFF_TITLE) && !hasF(next, F_PATIENT_HONORIFIC) && !CALENDAR.has(next.key) && !HEADINGS.has(next.key)) {
        last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 3);
        endOff = (toks[last] as Token).end;
      }
      if (last >= 0) {
        if ((isStaffAt(t.start, endOff) && !titledPatient(t.start, endOff)) || allIn(staffKeys, i + 1, last)) {
          remember(staffKeys, i + 1, last);
          for (let k = i; k <= last; k++) covered[k] = 1;
        } else if (!allAuthor(i + 1, last)) {
          remember(patientKeys, i + 1, last);
          emit(i, last, t.start, endOff, reason, suggestion);
        }
        i = last;
        continue;
      }
    }

    // 1a. Kinship or community title used as part of a name, any culture: "Mama Ijeoma",
    // "Mzee Kiprotich", "Haji Ghulam Rasool", "Baby Nakato". The name need not be on a list.
    if (
      (t.cap || hasF(t, F_LOWERCASE_KIN)) && hasF(t, F_KINSHIP_TITLE) && nameShaped(next) && SMALL_GAP.test(gapNext) && !possessiveCut(i) &&
      !hasF(next, F_HARD) && (!hasF(next, F_COMMON) || theophoricName(i + 1)) && !PLACE_PREFIX.has(next.key) && (!hasF(next, F_PLACE) || hasF(next, F_FIRST)) && !staffKeys.has(next.key) &&
      // An unlisted word that looks like a plural or an adverb/adjective ("Mama Kits", "Baby Friendly") is not a name,
      // nor is a title that runs on into a programme or product name ("Baby Friendly Initiative").
      (hasF(next, F_KNOWN) || !/(?:s|ly|ing|ed)$/.test(next.key)) && !titleRunsOn(i + 1) &&
      // v14: after "the", a community title and the word after it are an office ("the village head, the Mai Unguwa"),
      // not a person's name.
      !(t.key !== "baby" && THE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)))
    ) {
      const last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 2);
      // (v20: a colleague's nickname is the colleague's: "our ward sister, whom we all call "Mama T"")
      if (isStaffAt(t.start, toks[last]!.end) || STAFF_NICKNAMED_BEFORE.test(text.slice(Math.max(0, t.start - 70), t.start))) {
        remember(staffKeys, i + 1, last);
        for (let k = i; k <= last; k++) covered[k] = 1;
      } else if (!allAuthor(i + 1, last)) {
        remember(patientKeys, i + 1, last);
        emit(i, last, t.start, toks[last]!.end, R_HONORIFIC, S_PATIENT);
      }
      i = last;
      continue;
    }

    // 1b. Kinship or community title + known name ("Baba Tunde", "Auntie Grace", "Alhaji Musa").
    // v20: or a kinship title before a name on no list, no word of English ("Granny Mags", "Nana Allah Bux", "Auntie Bisi")
    const unlistedKinName =
      next !== undefined && hasF(t, F_KINSHIP_TITLE) && !hasF(next, F_KNOWN | F_COMMON | F_HARD | F_PLACE | F_ACRO | F_DEPT | F_INST) && !next.allCaps && next.text.length > 2 && !isEnglishWord(next.key) && !CALENDAR.has(next.key) &&
      // (with "the" before it, a title of office: "the Mai Unguwa", "the Baba Loja")
      !/\bthe\s$/i.test(text.slice(Math.max(0, t.start - 4), t.start));
    if (t.cap && hasF(t, F_WEAK_HONORIFIC) && nameShaped(next) && SMALL_GAP.test(gapNext) && (hasF(next, F_KNOWN) || unlistedKinName) && !hasF(next, F_HARD)) {
      const last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 1);
      // v10: "Chief" in a text about a fire, EMS or police service is a rank ("Chief Dale Hoskins said we had three channels").
      const rank = t.key === "chief" && SERVICE_RANK_CONTEXT.test(text.slice(Math.max(0, t.start - 300), t.start + 300));
      // v20: and a colleague's nickname ("our ward sister, whom we all call "Mama T"")
      const colleagueNickname = STAFF_NICKNAMED_BEFORE.test(text.slice(Math.max(0, t.start - 70), t.start));
      if (rank || colleagueNickname || isStaffAt(t.start, toks[last]!.end)) {
        remember(staffKeys, i + 1, last);
        for (let k = i; k <= last; k++) covered[k] = 1;
      } else if (!allAuthor(i + 1, last) && !allIn(staffKeys, i + 1, last)) {
        remember(patientKeys, i + 1, last);
        emit(i, last, t.start, toks[last]!.end, R_HONORIFIC, S_PATIENT);
      }
      i = last;
      continue;
    }

    // v10: the writer's own relative ("My son Hamza started school") is the writer's family, not a patient's, unless
    // the words are quoted or reported from a family's post ('"please pray for my husband Stuart …"', "the message
    // read: help my brother …"). Not "our": "our brother X" is how a community appeal names a patient.
    if (hasF(t, F_RELATIVE) && (/\bmy\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) || MY_DESCRIBED_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) && !insideQuote(text, t.start) && !REPORTED_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start)) && nameShaped(next) && /^,?\s{1,2}$/.test(gapNext) && !hasF(next, F_HARD) && !patientKeys.has(next.key)) {
      const last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 2);
      remember(staffKeys, i + 1, last);
      for (let k = i; k <= last; k++) covered[k] = 1;
      i = last;
      continue;
    }
    // 2. Relative + name: "his wife, Mary", "her son Kwame", "the patient's daughter (Aisha)".
    // (v22: or opening a sentence in notes: "Wife Lorraine phoned the beach at 05:15")
    if ((!t.cap || (sentenceInitial(i) && /^[\p{Lu}][\p{Ll}]+$/u.test(t.text))) && hasF(t, F_RELATIVE) && next && !MY_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) {
      let j = i + 1;
      if ((toks[j]?.key === "called" || toks[j]?.key === "named" || TL_POSSESSIVE.has(toks[j]?.key ?? "")) && !/[.!?\n]/.test(gapNext)) j++;
      if (toks[j]?.key === "si" && !toks[j]!.cap) j++;
      const cand = toks[j];
      const gap = cand ? text.slice(toks[j - 1]!.end, cand.start) : "";
      if (
        nameShaped(cand) &&
        /^(?:\s*[,:(–—-])?\s*["“‘']?$/.test(gap) &&
        !/\n/.test(gap) &&
        // v19: a month that is also a given name, after "his wife" or "her daughter", is her name ("His wife June had
        // asked"), unless a day follows it ("her son, June 12").
        (!hasF(cand, F_HARD) || (MONTH_GIVEN_NAMES.has(cand.key) && !/^\s*\d/.test(text.slice(cand.end, cand.end + 4))) || fullNameRunsOn(j)) &&
        (!hasF(cand, F_COMMON) || hasF(cand, F_FIRST) || fullNameRunsOn(j)) &&
        !(cand.allCaps && cand.text.length > 1)
      ) {
        const last = possessiveCut(j) ? j : extend(j, 2);
        const follow = toks[last + 1];
        const institution = follow !== undefined && hasF(follow, F_INST) && SPACE_GAP.test(text.slice(toks[last]!.end, follow.start));
        if (!institution && !isStaffAt(cand.start, toks[last]!.end) && !allAuthor(j, last)) {
          remember(patientKeys, j, last);
          emit(j, last, cand.start, toks[last]!.end, R_RELATIVE, S_RELATIVE);
        }
        i = last;
        continue;
      }
    }

    // 3. "called / named / known as / nicknamed / goes by" + name (quotes allowed, not included).
    const calledCue =
      (!t.cap && (t.key === "called" || t.key === "named" || t.key === "nicknamed")) ||
      // v20: "she introduced herself as Marisol"
      (t.key === "as" && (toks[i - 1]?.key === "herself" || toks[i - 1]?.key === "himself" || toks[i - 1]?.key === "themselves") && toks[i - 2]?.key === "introduced") ||
      (t.key === "as" && toks[i - 1]?.key === "known") ||
      (t.key === "by" && toks[i - 1]?.key === "goes");
    // (v20: "I called Lifeline's number", "we called Priya back": after its subject, "called" is phoning, unless quoted)
    const phoned = t.key === "called" && /\b(?:I|we|he|she|they|you|someone|nobody)\s+(?:then\s+|also\s+|just\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) && !/["“‘']/.test(gapNext);
    if (calledCue && !phoned && nameShaped(next) && /^\s{1,2}["“‘']?$/.test(gapNext) && !hasF(next, F_HARD) && (!hasF(next, F_COMMON) || hasF(next, F_FIRST) || /["“‘']/.test(gapNext))) {
      const last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 2);
      const cueStart = toks[i - (t.key === "called" || t.key === "named" || t.key === "nicknamed" ? 0 : 1)]!.start;
      // v10: "Enfermeira Rosângela, called Rô by everyone": the nickname of someone already known as staff.
      const staffBefore = toks[i - 1] !== undefined && staffKeys.has(toks[i - 1]!.key) && /^,?\s$/.test(text.slice(toks[i - 1]!.end, t.start));
      if (staffBefore || isStaffAt(cueStart, cueStart) || isStaffAt(next.start, toks[last]!.end)) remember(staffKeys, i + 1, last);
      else if (!allAuthor(i + 1, last)) {
        remember(patientKeys, i + 1, last);
        emit(i + 1, last, next.start, toks[last]!.end, R_CALLED, S_PATIENT);
      }
      i = last;
      continue;
    }

    // v20: a nickname in quotes after "call(s)/called him/her" or "everyone calls": "the staff all call him "Wee Shug"",
    // "a station hand everyone calls "Bluey"", "the patient everyone called "the Colonel"" ("the" inside the quotes is
    // part of the nickname). Quotes are needed: "call him back", "called her GP" are not names.
    if (!t.cap && (t.key === "call" || t.key === "calls" || t.key === "called") && next !== undefined) {
      let j = i + 1;
      if (!next.cap && (next.key === "him" || next.key === "her" || next.key === "them")) j = i + 2;
      const q = toks[j];
      const qGap = q ? text.slice(toks[j - 1]!.end, q.start) : "";
      if (q !== undefined && /^\s{1,2}["“‘]$/.test(qGap)) {
        let from = j;
        if (!q.cap && q.key === "the" && toks[j + 1]?.cap && SPACE_GAP.test(text.slice(q.end, toks[j + 1]!.start))) from = j + 1;
        const head = toks[from] as Token;
        if (head.cap && !(head.allCaps && head.text.length > 1) && !hasF(head, F_DEPT) && !hasF(head, F_INST) && !CALENDAR.has(head.key)) {
          let last = from;
          while (last - from < 2 && toks[last + 1]?.cap && SPACE_GAP.test(text.slice(toks[last]!.end, toks[last + 1]!.start))) last++;
          // (the nickname of a colleague is not a patient's: "My consultant, whom we all call "the Boss"")
          // (nor is a mannequin's, a pet's or a thing's: "a mannequin everyone calls "Stan"", "a group called "The Coven"")
          const colleague =
            STAFF_NICKNAMED_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) ||
            NOT_A_PERSON_NAMED_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.end + 2)) ||
            ROLE_PLAYER_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.end + 1)) ||
            THING_CALLED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
          // (a title alone is a form of address, not a name: 'I called him "Dr" twice')
          const titleAlone = from === last && hasF(head, F_STAFF_TITLE | F_PATIENT_HONORIFIC);
          if (/^["”’]/.test(text.slice(toks[last]!.end, toks[last]!.end + 1)) && !colleague && !titleAlone && !allAuthor(from, last)) {
            remember(patientKeys, from, last);
            if (from > j) theNicknames.add((toks[from] as Token).key);
            covered[j] = 1;
            emit(from, last, q.start, toks[last]!.end, R_CALLED, S_PATIENT);
            i = last;
            continue;
          }
        }
      }
    }

    // 3b. A name introduced as a name: "his name was Zubair Afridi", "her full name, Nurul Aisyah
    // binti Rahman", "name: Pooja Kumari", "roommate's name, Jordan Pierce".
    const jn = next !== undefined && (next.key === "was" || next.key === "is" || next.key === "being") ? i + 2 : i + 1;
    const nameTok = toks[jn];
    const nameGap = nameTok ? text.slice(toks[jn - 1]!.end, nameTok.start) : "";
    // (v23: not a pet's: "I bought a dog. His name is Rex.")
    const petNamed = (t.key === "name" || t.key === "names") && PET_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start));
    if (!t.cap && !petNamed && (t.key === "name" || t.key === "names") && nameShaped(nameTok) && !/\n/.test(nameGap) && NAME_INTRO_GAP.test(nameGap) && !hasF(nameTok, F_HARD) && !(nameTok.allCaps && nameTok.text.length > 1) && (!hasF(nameTok, F_COMMON) || hasF(nameTok, F_KNOWN))) {
      const last = possessiveCut(jn) ? jn : extend(jn, 3);
      if (!allIn(staffKeys, jn, last) && !isStaffAt(nameTok.start, toks[last]!.end) && !allAuthor(jn, last) && !MY_NAME_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) {
        remember(patientKeys, jn, last);
        emit(jn, last, nameTok.start, toks[last]!.end, R_CALLED, S_PATIENT);
      }
      i = last;
      continue;
    }

    // 3c. A name in apposition to a patient noun: "A toddler, Lwazi, was admitted", "A toddler on
    // our ward, Lily-Mae, had…", "an elderly farmer, Ramesh Yadav, …".
    if (nameShaped(t) && t.text.length > 1 && !hasF(t, F_HARD) && !hasF(t, F_INST) && (!hasF(t, F_COMMON) || hasF(t, F_FIRST)) && !staffKeys.has(t.key) && !hasF(t, F_PLACE)) {
      const b = commaSpaceBefore(text, t.start) ? text.slice(Math.max(0, t.start - 70), t.start) : "";
      if (b !== "" && PATIENT_NOUN_BEFORE.test(b)) {
        let last = possessiveCut(i) ? i : extend(i, 3);
        // v7: in apposition, ordinary words that are surnames too ("A six-year-old, Kayden Marsh, came…") stay in the name.
        while (last - i < 3 && !possessiveCut(last)) {
          const nx = toks[last + 1];
          if (!nameShaped(nx) || !SPACE_GAP.test(text.slice(toks[last]!.end, nx.start)) || hasF(nx, F_HARD) || hasF(nx, F_PVERB) || sentenceInitial(last + 1)) break;
          last++;
        }
        const a = text.slice(toks[last]!.end, toks[last]!.end + 20);
        if (/^(?:['’]s)?\s*(?:[,)–—]|\.(?:\s|$)|\s(?:was|is|had|has|came|presented|arrived|needed|developed|delivered|refused|said|told|cried|died)\b)/.test(a) && !isStaffAt(t.start, toks[last]!.end) && !allAuthor(i, last)) {
          remember(patientKeys, i, last);
          emit(i, last, t.start, toks[last]!.end, R_FIRST, S_PATIENT);
          i = last;
          continue;
        }
      }
    }

    // 4. Initials as a label: "patient AB", "Pt J.K.".
    // (v23: a dot only after "pt": "the patient. GBS patients have …" is two sentences, and an acronym before "patients"
    // is a condition)
    if ((t.key === "patient" || t.key === "pt" || t.key === "client" || t.key === "resident") && next && (t.key === "pt" ? /^\.?\s{1,2}$/ : /^\s{1,2}$/).test(gapNext)) {
      const ini = initials(i + 1);
      if (ini && (ini[0] > i + 1 || next.text.length > 1) && !/^\s+(?:patients|cases|children|babies|mothers|women|men|kids|clients|residents|care|pathway|bundle|score|clinic|ward|unit)\b/i.test(text.slice(ini[1], ini[1] + 14))) {
        emit(i + 1, ini[0], next.start, ini[1], R_INITIALS, S_INITIALS);
        i = ini[0];
        continue;
      }
    }

    // 4b. v7: a nickname in quotes inside a full name, any culture: Sipho "Bra Si" Ndlovu, Marguerite "Maggie" Thibodeaux.
    // The quoted part and the names either side need not be on any list; the shape is the signal.
    if (nameShaped(t) && t.text.length > 1 && !hasF(t, F_HARD) && !hasF(t, F_COMMON) && !staffKeys.has(t.key) && /^\s["“]$/.test(gapNext) && nameShaped(next)) {
      let q = i + 1;
      while (q < i + 3 && toks[q + 1] && SPACE_GAP.test(text.slice(toks[q]!.end, toks[q + 1]!.start)) && nameShaped(toks[q + 1])) q++;
      const after = toks[q + 1];
      if (after && /^["”]\s$/.test(text.slice(toks[q]!.end, after.start)) && nameShaped(after) && !hasF(after, F_HARD) && !hasF(after, F_COMMON)) {
        const last = possessiveCut(q + 1) ? q + 1 : extend(q + 1, 1);
        if (isStaffAt(t.start, toks[last]!.end)) {
          // v10: the nickname inside a colleague's name is theirs too ('Pharm. Chukwuemeka "Emeka" Obi').
          remember(staffKeys, i, last);
          for (let k = i; k <= last; k++) covered[k] = 1;
        } else if (!allAuthor(i, last)) {
          remember(patientKeys, i, last);
          emit(i, last, t.start, toks[last]!.end, R_FULL, S_PATIENT);
        }
        i = last;
        continue;
      }
    }

    // 5. Full name: known given name + known name ("Tom Harris", "Aisha Bello").
    // v14: a given name and a particle-led surname ("Maria de la Cruz", "Pieter van der Berg", "Ahmad bin Ismail").
    if (nameShaped(t) && next && !next.cap && hasF(next, F_PARTICLE) && SPACE_GAP.test(gapNext) && !possessiveCut(i) && hasF(t, F_FIRST) && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE)) {
      const last = extend(i, 3);
      if (last > i + 1) {
        if (isStaffAt(t.start, toks[last]!.end) || allIn(staffKeys, i, last)) remember(staffKeys, i, last);
        else if (!allAuthor(i, last)) {
          remember(patientKeys, i, last);
          emit(i, last, t.start, toks[last]!.end, R_FULL, S_PATIENT);
        }
        i = last;
        continue;
      }
    }
    if (nameShaped(t) && nameShaped(next) && SPACE_GAP.test(gapNext) && t.end === t.start + t.text.length && !possessiveCut(i) && hasF(t, F_FIRST) && hasF(next, F_KNOWN)) {
      const prev = toks[i - 1];
      const bothCommon = hasF(t, F_COMMON) && hasF(next, F_COMMON);
      const bothPlaces = (hasF(t, F_PLACE) && hasF(next, F_PLACE)) || PLACE_PHRASES.has(`${t.key} ${next.key}`);
      const after = toks[i + 2];
      const headAfter = after !== undefined && SPACE_GAP.test(text.slice(next.end, after.start)) && (EPONYM_HEADS.has(after.key) || FACILITY_OR_STREET.has(after.key));
      const prefixed = prev !== undefined && PLACE_PREFIX.has(prev.key) && /^\.?\s$/.test(text.slice(prev.end, t.start));
      if (!hasF(t, F_HARD) && !hasF(next, F_HARD) && !bothCommon && !bothPlaces && !headAfter && !prefixed) {
        const last = possessiveCut(i + 1) ? i + 1 : extend(i + 1, 2);
        // v7: an unlisted first part before the listed two ("Sayed Mohamed Khalil", "Princess Joy Dela Cruz").
        let first = i;
        const p = toks[i - 1];
        if (p && covered[i - 1] !== 1 && multiOk(p) && SPACE_GAP.test(text.slice(p.end, t.start)) && !possessiveCut(i - 1) && !sentenceInitial(i - 1) && !hasF(p, F_PLACE) && !staffKeys.has(p.key)) first = i - 1;
        const f0 = toks[first] as Token;
        if (isStaffAt(f0.start, toks[last]!.end) || allIn(staffKeys, first === i ? i + 1 : first, last) || staffNickname(first, last) || listedAfterStaff(first)) remember(staffKeys, first, last);
        else if (!allAuthor(first, last)) {
          // (a name that opens its sentence is its subject, as a patient's is: weak only in a sentence about the writer)
          const weak = !toldAsPerson(first, last) && (!sentenceInitial(first) || writerOwnSentence(text, f0.start, toks[last]!.end));
          if (!weak || strongPatientInSentence(text, f0.start, toks[last]!.end)) remember(patientKeys, first, last);
          emit(first, last, f0.start, toks[last]!.end, R_FULL, S_PATIENT, weak);
        }
        i = last;
        continue;
      }
    }
  }

  // 5b. A multi-word name that is not (all) on the lists, told by what follows it: "Grace Achieng
  // came for her ART refill", "Aroha Te Rangi, a rangatahi with…", "Gul Bano refused drops".
  for (let i = 0; i < n; i++) {
    if (covered[i] === 1) continue;
    const t = toks[i] as Token;
    if (!multiOk(t) || afterFigureTitle(i)) continue;
    let last = i;
    while (last - i < 3) {
      const nx = toks[last + 1];
      if (!nx || covered[last + 1] === 1 || possessiveCut(last) || !SPACE_GAP.test(text.slice(toks[last]!.end, nx.start)) || !(multiOk(nx) || (nx.cap && NAME_FINAL.has(nx.key)))) break;
      last++;
    }
    // v10: a run that ends in a compass word is a region or a company ("Canadian North", "Air West"), one that starts
    // with a saint or a feature of the land is a place or an institution ("St Thomas'", "Mount Elgon"), not a person.
    if (last === i || titleRunsOn(last) || COMPASS.has((toks[last] as Token).key) || PLACE_FIRST.has(t.key)) {
      i = last;
      continue;
    }
    // A capitalised run before a tool or clinical head word is the tool's title: "the Kessler Psychological Distress Scale".
    const headNext = toks[last + 1];
    if (headNext && SPACE_GAP.test(text.slice(toks[last]!.end, headNext.start)) && EPONYM_HEADS.has(headNext.key) && headNext.cap) {
      i = last;
      continue;
    }
    let anyKnown = false;
    let allPlaces = true;
    let anyPlace = false;
    for (let k = i; k <= last; k++) {
      const x = toks[k] as Token;
      if (hasF(x, F_KNOWN)) anyKnown = true;
      if (!hasF(x, F_PLACE)) allPlaces = false;
      else anyPlace = true;
    }
    // v14: a place name of several words written whole ("São Paulo", "Santa Ana") is the place.
    if (!allPlaces && last > i && PLACE_PHRASES.has(`${t.key} ${(toks[i + 1] as Token).key}`)) allPlaces = true;
    const prev = toks[i - 1];
    if (allPlaces || (prev && PLACE_PREFIX.has(prev.key) && /^\.?\s$/.test(text.slice(prev.end, t.start)))) {
      i = last;
      continue;
    }
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && !anyKnown) {
      i = last;
      continue;
    }
    const after = text.slice(toks[last]!.end, toks[last]!.end + 30);
    const nextTok = toks[last + 1];
    const verbNext = nextTok !== undefined && (hasF(nextTok, F_PVERB) || MORE_PATIENT_VERBS.has(nextTok.key)) && /^\s{1,2}$/.test(text.slice(toks[last]!.end, nextTok.start));
    const apposition = CLINICAL_APPOSITION_AFTER.test(after) || (APPOSITION_5B.test(after) && !APPOSED_THING_AFTER.test(after));
    // "Corwin Baptiste's DOB", "… 's address": a possessive name before a personal detail.
    const ageApposition = /^,\s+\d{1,3}(?:\s+(?:years?|yrs?|y)(?:\s+old)?)?,/.test(after);
    const detailAfter = DETAIL_AFTER.test(after);
    // "our brother Chidozie Anyanwu at Female Medical Ward": a person placed in a ward or bed is a patient.
    const inWard = IN_WARD_AFTER.test(text.slice(toks[last]!.end, toks[last]!.end + 50));
    const initial = sentenceInitial(i);
    // v7: "Dona Cida (Maria Aparecida dos Santos)", "Koro Hemi (Hemi Tamihana)": the full name in brackets right after a
    // name already found is the same person.
    const prevFound = toks[i - 1];
    if (prevFound && covered[i - 1] === 1 && /^\s?\($/.test(text.slice(prevFound.end, t.start))) {
      const e = extend(i, 4);
      if (/^\)/.test(text.slice(toks[e]!.end, toks[e]!.end + 1))) {
        remember(patientKeys, i, e);
        emit(i, e, t.start, toks[e]!.end, R_FULL, S_PATIENT);
        i = e;
        continue;
      }
    }
    // On the lists alone (no verb or apposition after it), a phrase with a place word in it is read as a place ("Nova Scotia").
    // "We reviewed Chathurika Wijesinghe": a multi-word name as the object of something done to a patient.
    const objectBefore = PERSON_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && !anyPlace;
    if (!((anyKnown && !anyPlace && !initial) || verbNext || apposition || detailAfter || inWard || objectBefore)) {
      i = last;
      continue;
    }
    const titled = (hasF(t, F_KINSHIP_TITLE) || hasF(t, F_WEAK_HONORIFIC)) && last > i;
    if ((!detailAfter && !ageApposition && !cues.near(t.start)) || isStaffAt(t.start, toks[last]!.end) || allIn(staffKeys, titled ? i + 1 : i, last) || staffNickname(i, last) || allAuthor(i, last)) {
      i = last;
      continue;
    }
    // (a verb anyone does, "was", "said", "described", "will", says nothing of a patient: only the sentence can)
    const patientVerbNext = verbNext && nextTok !== undefined && !GENERIC_VERBS.has(nextTok.key);
    const weak = !(patientVerbNext || apposition || detailAfter || inWard || objectBefore || ageApposition);
    if (!weak || strongPatientInSentence(text, t.start, toks[last]!.end)) remember(patientKeys, i, last);
    emit(i, last, t.start, toks[last]!.end, R_FULL, S_PATIENT, weak);
    i = last;
  }

  // 6 and 7: single words.
  let lowerWriter: boolean | null = null;
  for (let i = 0; i < n; i++) {
    if (covered[i] === 1) continue;
    const t = toks[i] as Token;
    // v14: a writer who does not capitalise ("tunde was discharged this morning", "saw priya again, her sats were
    // better"): a listed given name that is no English word, told by a verb of care before it, a person's verb after it
    // or a patient's possession, with a clinical cue near.
    if (!t.cap && (t.f & (F_FIRST | F_COMMON | F_HARD | F_PLACE | F_ACRO | F_DEPT | F_INST)) === F_FIRST && t.text.length > 2 && (lowerWriter ??= writesInLowerCase(text))) {
      if (lowercaseName(i) && !staffKeys.has(t.key) && !isStaffAt(t.start, t.end) && !allAuthor(i, i)) {
        patientKeys.add(t.key);
        emit(i, i, t.start, t.end, R_FIRST, S_PATIENT);
      }
      continue;
    }
    if (!nameShaped(t) || t.text.length < 2 || staffKeys.has(t.key) || afterFigureTitle(i)) continue;
    // v19: "Co. Mayo", "Co. Durham": the county's abbreviation before its name is part of a place, not a person.
    if (t.key === "co" && /^\.\s\p{Lu}/u.test(text.slice(t.end, t.end + 3))) continue;
    const known = patientKeys.has(t.key);
    // An unlisted word is read as a name only as the object of something done to or with a person
    // ("I sat with Thandeka while…", "we examined Kiri and…"; v26: or of meeting, "I met Tamika again"), mid-sentence, with
    // a clinical cue near (or "again" after it: objectOfCare below).
    const personObject =
      !known && !hasF(t, F_FIRST) && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !hasF(t, F_ACRO) && !hasF(t, F_DEPT) &&
      !t.allCaps && (PERSON_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || MET_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) &&
      /^(?:['’]s\b|\s*[,.;:!?)]|\s+(?:while|and|about|how|if|that|who|when|as|after|before|because|until|for|again|today|yesterday|overnight|again|alone|later|first|through|with|on|in|at|to)\b)/.test(text.slice(t.end, t.end + 12));
    // An unlisted word as the subject of an admission, transfer or message: "Nolwazi was admitted…",
    // "Rosamund also wrote that…". Not departments, drugs (no such verbs), places or acronyms.
    const subjectOfCare =
      !known && !personObject && !hasF(t, F_FIRST) && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !hasF(t, F_ACRO) && !hasF(t, F_DEPT) &&
      !t.allCaps && !INDEFINITE_PRONOUNS.has(t.key) && !possessiveCut(i) && SUBJECT_OF_CARE_AFTER.test(text.slice(t.end, t.end + 50));
    // v7: an unlisted word in apposition to an age or a patient ("Nomvula, nineteen,", "Leilani, a 9-year-old", "Mehmet,
    // an Afghan teenager"), after a possessed kinship word of any language ("His mokopuna, Wiremu,"), before a kinship word
    // written after the name ("Kusumawathie amma", "Ramprasad ji"), or quoted as what the family calls them.
    const prevTok = toks[i - 1];
    const plainUnknown =
      !known && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !hasF(t, F_ACRO) && !hasF(t, F_DEPT) && !t.allCaps && !INDEFINITE_PRONOUNS.has(t.key) &&
      // not an acronym's plural ("LPs"), not the last word of a longer proper noun ("Lluidas Vale"), not a place after "in/from"
      !/^\p{Lu}{2,}s$/u.test(t.text) &&
      !(prevTok && nameShaped(prevTok) && SPACE_GAP.test(text.slice(prevTok.end, t.start)) && !sentenceInitial(i)) &&
      !LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start));
    const nextTok = toks[i + 1];
    // v14: a listed given name that is also a word ("Hunter, a four-year-old,", "Joy's haemoglobin") is told the same way.
    const wordName = !known && hasF(t, F_FIRST) && hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps && !NOT_NAME_WORDS.has(t.key);
    const nameLike = (): boolean =>
      plainUnknown ? !isEnglishWord(t.key) && /\p{Ll}/u.test(t.text) && !CONTRACTION.test(t.key) : hasF(t, F_FIRST) && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps;
    const apposed = (plainUnknown || wordName) && !possessiveCut(i) && (APPOSITION_AFTER.test(text.slice(t.end, t.end + 60)) || (CLINICAL_APPOSITION_AFTER.test(text.slice(t.end, t.end + 30)) && (wordName || nameLike())));
    // v17: "Letchumi is a tea plucker", "Tolu is like 19": a listed given name or an unlisted word that is no English word
    const predicated =
      !possessiveCut(i) && (plainUnknown || (hasF(t, F_FIRST) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps)) &&
      PREDICATE_PERSON_AFTER.test(text.slice(t.end, t.end + 120)) && (!plainUnknown || (!isEnglishWord(t.key) && /\p{Ll}/u.test(t.text)));
    const possessed = (() => {
      if (!plainUnknown || possessiveCut(i)) return false;
      const pm = POSSESSED_NOUN_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
      if (!pm || NOT_PERSON_NOUN.test(pm[1] ?? "") || STAFF_ROLE_WORD.test(pm[1] ?? "")) return false;
      return /^(?:['’]s\b|\s?[,(]|\s(?:who|and)\b)/.test(text.slice(t.end, t.end + 6)) || (nextTok !== undefined && (hasF(nextTok, F_PVERB) || MORE_PATIENT_VERBS.has(nextTok.key) || /ed$/.test(nextTok.key)));
    })();
    // (v22: and after a listed name too: "the announcements for Ram Prasad ji")
    const postposed = (plainUnknown || (hasF(t, F_KNOWN) && !hasF(t, F_COMMON) && !hasF(t, F_HARD))) && nextTok !== undefined && (!nextTok.cap || CAPITAL_POSTPOSED.has(nextTok.key)) && POSTPOSED_TITLES.has(nextTok.key) && /^[ \t-]$/.test(text.slice(t.end, nextTok.start)) && !FIRST_NAMES.has(nextTok.key.replace(/^./, "")) && !isStaffAt(t.start, nextTok.end);
    const familyQuoted = plainUnknown && /["“‘']$/.test(text.slice(Math.max(0, t.start - 1), t.start)) && QUOTED_FAMILY_AFTER.test(text.slice(t.end, t.end + 20));
    // v14: a name told by what it owns ("Tunde's sats dropped", "Bilal's mum arrived") or by a verb only a person does
    // ("Gulalai did not want to…", "Nomvula refused the transfusion"): a listed given name, or an unlisted word that is
    // no English word.
    // (Speed: the cheap tests first; the English-word test only for a word that owns something or does a person's thing.)
    const possession = possessiveCut(i) && (plainUnknown || wordName || hasF(t, F_FIRST)) && PATIENT_POSSESSION_AFTER.test(text.slice(t.end, t.end + 40)) && (wordName || nameLike());
    const humanSubject = plainUnknown && !possessiveCut(i) && HUMAN_VERB_AFTER.test(text.slice(t.end, t.end + 50)) && nameLike() && cues.near(t.start);
    // v20: a name with its record number or age in brackets after it: "Dean (prison number A4417KT) came in", "Tayo (MRN
    // 448213) was", "Rhiannon (17) told me"
    const bracketDetail =
      !possession && !humanSubject && !possessiveCut(i) && (plainUnknown || (hasF(t, F_FIRST) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps)) &&
      !ORGANISATIONS.has(t.key) && BRACKETED_DETAIL_AFTER.test(text.slice(t.end, t.end + 60)) && (hasF(t, F_FIRST) || nameLike());
    // v20: a name in brackets after the patient word ("the patient (Jolene) was anxious", "his wife (Grace)")
    const bracketed =
      !possession && !humanSubject && !bracketDetail && (plainUnknown || (hasF(t, F_FIRST) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps)) && !ORGANISATIONS.has(t.key) &&
      PATIENT_BRACKET_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && /^\)/.test(text.slice(t.end, t.end + 1)) && (hasF(t, F_FIRST) || nameLike());
    // v20: a name and the family with it ("I spent the shift with Tamati and his whānau", "Gulalai and her mother"):
    // weak, as a friend's would be, unless its sentence is about care.
    if (
      !possession && !humanSubject && !bracketDetail && !bracketed && !possessiveCut(i) && (plainUnknown || (hasF(t, F_FIRST) && !hasF(t, F_COMMON) && !hasF(t, F_HARD) && !hasF(t, F_PLACE) && !t.allCaps)) &&
      !ORGANISATIONS.has(t.key) && AND_FAMILY_AFTER.test(text.slice(t.end, t.end + 40)) && (hasF(t, F_FIRST) || nameLike()) && cues.near(t.start) &&
      !isStaffAt(t.start, t.end) && !(prevTok && hasF(prevTok, F_STAFF_TITLE)) && !allAuthor(i, i) && !MY_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
      SENTENCE_CLINICAL_CUE.test(sentenceBesidesWriter(text, t.start, t.end))
    ) {
      emit(i, i, t.start, t.end, R_FIRST, S_PATIENT, true);
      continue;
    }
    if ((possession || humanSubject || bracketDetail || bracketed) && !isStaffAt(t.start, t.end) && !(prevTok && hasF(prevTok, F_STAFF_TITLE)) && !allAuthor(i, i)) {
      patientKeys.add(t.key);
      emit(i, i, t.start, t.end, R_FIRST, S_PATIENT);
      continue;
    }
    if (postposed && nextTok) {
      patientKeys.add(t.key);
      // (v22: with the given name before it: "Ram Prasad ji")
      let first = i;
      while (first > i - 2 && first > 0 && covered[first - 1] !== 1 && nameShaped(toks[first - 1]) && !hasF(toks[first - 1]!, F_HARD) && !hasF(toks[first - 1]!, F_COMMON) && SPACE_GAP.test(text.slice(toks[first - 1]!.end, toks[first]!.start)) && !sentenceInitial(first)) first--;
      emit(first, i + 1, (toks[first] as Token).start, nextTok.end, R_FIRST, S_PATIENT);
      i++;
      continue;
    }
    if (apposed || possessed || familyQuoted || predicated) {
      if (!isStaffAt(t.start, t.end) && !(toks[i - 1] && hasF(toks[i - 1]!, F_STAFF_TITLE))) {
        patientKeys.add(t.key);
        emit(i, i, t.start, t.end, possessed ? R_RELATIVE : R_FIRST, possessed ? S_RELATIVE : S_PATIENT);
      }
      continue;
    }
    if (!known && !personObject && !subjectOfCare && (!hasF(t, F_FIRST) || hasF(t, F_COMMON) || hasF(t, F_HARD))) continue;
    // v7: a brand or item in a bracketed list ("(Panadol, Calpol, Tylenol)") is not a person.
    if (!known && /\([^()\n]{0,60}$/.test(text.slice(Math.max(0, t.start - 60), t.start)) && /^[^()\n]{0,60}\)/.test(text.slice(t.end, t.end + 60))) {
      const open = text.lastIndexOf("(", t.start);
      const close = text.indexOf(")", t.end);
      if ((text.slice(open, close).match(/,/g) ?? []).length >= 2) continue;
    }
    if (known && hasF(t, F_HARD)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const gapPrev = prev ? text.slice(prev.end, t.start) : "";
    const gapNext = next ? text.slice(t.end, next.start) : "";
    if (prev && PLACE_PREFIX.has(prev.key) && /^\.?\s$/.test(gapPrev)) continue;
    // v26: a country alone before an auxiliary is the country ("one of the things Kenya has trusted nurses to do"); a
    // verb only a person does keeps the given name ("Chad refused his tablets"), and so does what a person owns ("Kenya's
    // mum").
    if (!known && COUNTRIES.has(t.key) && (next === undefined || COUNTRY_AUXILIARY.test(next.key)) && !(possessiveCut(i) && PATIENT_POSSESSION_AFTER.test(text.slice(t.end, t.end + 50)))) continue;
    if (hasF(t, F_PLACE) && !known) {
      // "London", "Sydney", "Florence": a place unless a verb about a person follows.
      if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
      if (!(next !== undefined && hasF(next, F_PVERB) && /^\s{1,2}$/.test(gapNext)) && !possessiveCut(i)) continue;
    }
    if (next && /^(?:['’]s?)?\s{1,2}$/.test(gapNext) && (EPONYM_HEADS.has(next.key) || FACILITY_OR_STREET.has(next.key))) continue;
    if (!known && EPONYM_WORK_AFTER.test(text.slice(t.end, t.end + 48))) continue;
    // v10: a word before a capitalised institution word is part of its name ("the Canadian Society of …").
    if (!known && next && next.cap && hasF(next, F_INST) && SPACE_GAP.test(gapNext)) continue;
    // v10: "my Lola", "our Nan": a kinship title after my/our is the writer's own relative, not a patient's name.
    if (!known && (hasF(t, F_KINSHIP_TITLE) || hasF(t, F_WEAK_HONORIFIC)) && MY_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && !(next && nameShaped(next) && SPACE_GAP.test(gapNext))) continue;
    if (next && nameShaped(next) && SPACE_GAP.test(gapNext) && !known) continue; // part of an unknown multi-word proper noun
    // ("Today Ahmad, …": a sentence-initial adverb or weekday before a name is not part of it.)
    if (prev && nameShaped(prev) && SPACE_GAP.test(gapPrev) && !sentenceInitial(i) && !known && !(sentenceInitial(i - 1) && (hasF(prev, F_COMMON) || CALENDAR.has(prev.key)))) continue;
    if (DOSE_AFTER.test(text.slice(t.end + (text[t.end] === "'" || text[t.end] === "’" ? 2 : 0), t.end + 14))) continue;
    const initial = sentenceInitial(i);
    if (initial && !known) {
      const verbNext = next !== undefined && hasF(next, F_PVERB) && /^\s{1,2}$/.test(gapNext);
      const possessive = possessiveCut(i);
      if (!verbNext && !possessive && !subjectOfCare && !/^,/.test(gapNext)) continue;
    }
    if (isStaffAt(t.start, t.end) || listedAfterStaff(i)) {
      staffKeys.add(t.key);
      continue;
    }
    // v14: a listed given name as the object of care ("I cannulated Eilidh", "I consented Darius") needs no other cue.
    // v26: so is one met or seen "again", the way a comment speaks of the post's patient ("I met Tamika again yesterday").
    const objectOfCare =
      (hasF(t, F_FIRST) && PERSON_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) ||
      (MET_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && AGAIN_AFTER.test(text.slice(t.end, t.end + 8)) &&
        (hasF(t, F_FIRST) || ((t.f & (F_COMMON | F_HARD | F_PLACE | F_ACRO | F_DEPT | F_INST)) === 0 && !t.allCaps && !isEnglishWord(t.key))));
    if (!known && !objectOfCare) {
      if (!cues.near(t.start)) continue;
    }
    const toldAfter = APPOSITION_AFTER.test(text.slice(t.end, t.end + 60)) || PREDICATE_PERSON_AFTER.test(text.slice(t.end, t.end + 120)) || CLINICAL_APPOSITION_AFTER.test(text.slice(t.end, t.end + 30));
    emit(i, i, t.start, t.end, R_FIRST, S_PATIENT, !known && !objectOfCare && !subjectOfCare && !personObject && !toldAfter);
  }
  // v8: a patronymic joined by a connector is part of the name: "Ravi a/l Muniandy" (anak lelaki), "Kavitha a/p Suppiah",
  // "Imran s/o Rashid", "Shazia d/o Akbar", "Rukhsana w/o Tariq".
  for (const c of out) {
    const m = CONNECTOR_AFTER.exec(text.slice(c.end, c.end + 60));
    if (m) c.end += m[0].length;
  }
  // v20: a nickname with "the" in it ("the Colonel") is said with it again: "The Colonel is ready for clears."
  if (theNicknames.size > 0) {
    for (const c of out) {
      if (c.start >= 4 && /^[Tt]he\s$/.test(text.slice(c.start - 4, c.start)) && theNicknames.has(nameKey(text.slice(c.start, c.end).split(/\s/)[0] ?? ""))) c.start -= 4;
    }
  }
  lastPeople = { text, notPatients: staffKeys, patients: patientKeys };
  return out;
}
