import type { Candidate } from "../types.ts";
import { eachMatch, hasPatientWord, patientInSentence, sentenceAround, writerSentence } from "../context.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { PLACES, keyOf } from "../lexicon/names.ts";
import { RangeMemo } from "../range-memo.ts";
import {
  CALENDAR, CLINICAL_ACRONYMS, COMMON_WORDS, EPONYM_HEADS, EPONYMS, HEADINGS, KINSHIP_TITLES, ORGANISATIONS, PATIENT_HONORIFICS, RELATIVES, STAFF_ROLES,
  STAFF_TITLES, WEAK_HONORIFICS,
} from "../lexicon/terms.ts";

/**
 * v12: proper nouns nobody listed. A reviewer who meets a capitalised word that is not a word of the language, not a
 * drug, eponym, organisation, language or known city, in the middle of a sentence about a patient, reads it as a name
 * or a place: a place after "in/from/near/at/outside" ("one lady … from Pudur", "his chemist in the Gorbals"), a name
 * otherwise ("Reminded me of little Alfie in side room 2"). Such a reading is a guess, so these findings are soft:
 * reported only in a text that something else already ties to a patient, where they finish the job (a post held for
 * "Mrs Okafor" should not go out with her village still in it). Staff (after a title or role), the writer's own
 * sentences, words at the start of a sentence and multi-word names of institutions are left alone.
 */

// A run of one to three capitalised words (a word must have lower-case letters after its capital: "PrEP", "ICU" and
// "SpO2" are not names), joined by single spaces.
// Latin letters by explicit ranges (upper: A-Z, À-Þ and Latin Extended; lower: a-z, ß-ÿ, Latin Extended): an order of
// magnitude faster than Unicode property classes over a whole post. A word with a decomposed accent (a combining mark
// after its letter, rare after normalise.ts) is not matched at all: these findings are guesses, not the floor.
const PROPER_RUN_RE =
  /[A-Z\u00C0-\u00DE\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F][a-z\u00DF-\u00FF\u0100-\u024F]*)*(?:\s[A-Z\u00C0-\u00DE\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F][a-z\u00DF-\u00FF\u0100-\u024F]*)*){0,2}(?![A-Za-z\u00C0-\u024F\d&@]|[\u0300-\u036F])/g;
// A run must not continue a word, a number, a handle or a path.
const GLUED_BEFORE_RE = /[\p{L}\p{M}\d'’&@#/.-]/u;
const PLACE_BEFORE_RE = /\b(?:in|from|near|at|outside|to|into|around|towards|past|beyond|behind|off)\s+(?:the\s+)?$/i;
// The start of a sentence, a heading, a list item or a quotation: a capital there says nothing.
const SENTENCE_START_BEFORE_RE = /(?:^|[.!?:;\n]["'”’)\]*_]*\s*|[\n#>*-]\s*|["“‘(]\s*|\*\*\s*)$/;
// Staff: a role word right before the name ("our preceptor, Nomsa", "the registrar Tunde"; not "her sister Nomsa", a
// relative, nor "his sister in …"), or a title before up to three capitalised words ("Dr. Seán Ó Murchú"). Looked up
// word by word in sets: a regex of all the roles anchored at the end of a window is slow on long texts.
const ROLE_WORDS = new Set(
  STAFF_ROLES.split("|").flatMap((alt) => {
    const w = alt.replace(/\\s\+/g, " ").split(" ").pop() ?? "";
    return /\?$/.test(w) ? [w.slice(0, -1), w.slice(0, -2)] : /^[\p{L}-]+$/u.test(w) ? [w] : [];
  }),
);
const TITLE_WORDS = new Set("dr dra prof profa professor sister sr nurse matron doc pharm sir ma'am maam madam".split(" "));
const POSSESSIVE_WORDS = new Set(["his", "her", "their"]);
function staffBefore(b: string): boolean {
  const toks = b.split(/\s+/).filter((t) => t !== "").slice(-5);
  const last = toks[toks.length - 1];
  if (last === undefined) return false;
  const lastKey = keyOf(last.replace(/[.,:]+$/, ""));
  if (ROLE_WORDS.has(lastKey) && !POSSESSIVE_WORDS.has(keyOf(toks[toks.length - 2] ?? ""))) return true;
  for (let i = toks.length - 1; i >= 0 && i >= toks.length - 4; i--) {
    const t = (toks[i] ?? "").replace(/[.,]+$/, "");
    if (TITLE_WORDS.has(keyOf(t))) return true;
    if (!/^\p{Lu}/u.test(t)) return false;
  }
  return false;
}
const STAFF_AFTER_RE = new RegExp(String.raw`^,?\s+(?:(?:the|our|my|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${STAFF_ROLES})\b|^\s+(?:ma['’]?am|sir)\b`, "u");
// Words after a proper noun that make it an institution, a building, a street or a thing rather than a person or a
// small place of its own ("Mater Hospital", "Pemberton's sign", "Theraband loop"): the other detectors judge those.
const THING_AFTER = new Set(
  ("hospital hospitals infirmary clinic clinics ward wards unit units centre center hospice surgery practice school college university academy " +
    "institute institution foundation trust council society association board ministry department service services programme program group " +
    "church mosque temple chapel cathedral airport station stadium hotel restaurant cafe café mall plaza bank company ltd inc pharmacy chemist " +
    "street st road rd lane avenue ave drive close way crescent terrace court gardens grove square boulevard highway " +
    "brand tablets tablet capsules syrup cream gel spray app website platform system scale score test tests model method protocol").split(" "),
);
const NOT_A_NAME = new Set(
  ("wi-fi wifi hib hb apgars act acts " +
    "mum mom mam dad nan gran granny grandma grandpa papa mama baba ma pa aunty auntie uncle sir madam lord god allah jesus christ lord's god's " +
    "english british american african asian european indian irish scottish welsh kenyan nigerian ghanaian pakistani filipino filipina " +
    "muslim muslims hindu hindus christian christians catholic sikh buddhist jewish islam islamic quran bible " +
    "covid omicron delta gp gps whatsapp facebook instagram tiktok google zoom teams youtube twitter").split(" "),
);

// Languages by their English names, from the runtime's own CLDR data ("Urdu", "Kannada", "Tagalog", "Twi"): writers say
// which language they spoke with a patient, and a language is not a person or a place.
const LANGUAGES = ((): Set<string> => {
  const out = new Set<string>();
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  const codes =
    "aa ab af ak am ar as ay az ba be bg bi bm bn bo br bs ca ce ch co cs cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc om or os pa pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi wo xh yi yo za zh zu " +
    "fil haw hmn kok mai mni sat tet tpi bho awa mag hne sck ceb ilo hil war pam bik pag krio pcm twi fat ewe gaa dag nso tsn sot ven tso nbl ssw swa luo kam mer kik luy yue cmn hak nan wuu";
  for (const code of codes.split(" ")) {
    try {
      const n = names.of(code);
      if (n !== undefined && n !== code) for (const w of n.split(/[\s,()]+/)) if (w.length > 2) out.add(keyOf(w));
    } catch {
      // an unknown code: skip it
    }
  }
  for (const w of "dari bahasa bangla hindko saraiki pashto kiswahili isizulu isixhosa sesotho setswana afrikaans patois creole pidgin taglish hinglish sheng tok pisin".split(" ")) out.add(w);
  return out;
})();

// Word endings of the language's abstract and clinical vocabulary ("Postnatal", "Palliative", "Anti-Discrimination"),
// which the common-word list does not hold in full and which no given name or village has.
const WORD_SUFFIX_RE = /(?:tion|sion|ology|itis|osis|ism|ive|ical|atal|ment|ness|ity|ship|able|ible|ular)$/;
// Time words before a proper noun make it a festival or season, not a person or a place ("after Carnaval", "during
// Matariki", "the feast of the Black Nazarene").
const TIME_BEFORE_RE = /\b(?:after|before|during|since|until|till|throughout|feast\s+of(?:\s+the)?|festival\s+of|eve\s+of)\s+$/i;
// A destination is where a patient is sent (a referral town), not where they live: "flown to Cairns", "go to Ennis".
// …but "home to", "back to", "moved to" name where the patient lives ("driven home to Oxenhope").
const DESTINATION_BEFORE_RE = /(?<!\b(?:home|back|moved|moving|returned|returning|relocated)\s)\b(?:to|into|towards)\s+(?:the\s+)?$/i;
// A citation: a bracket that closes after a year ("(three delays model, Thaddeus and Maine, 1994)").
const LANDMARK_AFTER_RE =
  /^\s(?:bus\s+(?:stop|stand|station|park)|taxi\s+rank|market|bazaar|temple|mandir|mosque|masjid|church|chapel|gurdwara|school|junction|roundabout|bridge|well|borehole|shop|store|factory|mill|estate|farm|camp|settlement|park|stage|crossroads|petrol\s+station|filling\s+station|post\s+office)\b/;
const CITATION_AFTER_RE = /^[^()\n]{0,60}\b(?:19|20)\d{2}[a-z]?\)|^\s+et\s+al\b/;

const UNKNOWN = 0;
const ORDINARY = 1;
const PLACE_OR_ORG = 2;
const VETO = 3;
// Word classes are pure functions of the word, and the same words recur across posts: memoised (bounded). Speed
// (session 8): looked up in place by a word's position (range-memo.ts), so a run's words need no split.
const WORD_CLASS = new RangeMemo<number>(20_000);

function wordClass(word: string): number {
  return wordClassAt(word, 0, word.length);
}

/** The class of the word text[start..end). */
function wordClassAt(text: string, start: number, end: number): number {
  return WORD_CLASS.get(text, start, end) ?? classify(start === 0 && end === text.length ? text : text.slice(start, end));
}

function classify(word: string): number {
  const key = keyOf(word);
  const bare = key.replace(/'s?$/, "");
  let c = UNKNOWN;
  if (NOT_A_NAME.has(key) || LANGUAGES.has(key) || STAFF_TITLES.has(key) || PATIENT_HONORIFICS.has(key)) c = VETO;
  else if (PLACES.has(bare) || ORGANISATIONS.has(bare)) c = PLACE_OR_ORG;
  else if (
    isEnglishWord(word) || WORD_SUFFIX_RE.test(bare) || EPONYMS.has(bare) || EPONYMS.has(bare.replace(/s$/, "")) || EPONYM_HEADS.has(bare) ||
    HEADINGS.has(bare) || CALENDAR.has(bare) || CALENDAR.has(bare.replace(/s$/, "")) || COMMON_WORDS.has(bare) || CLINICAL_ACRONYMS.has(bare) ||
    WEAK_HONORIFICS.has(bare) || KINSHIP_TITLES.has(bare) || LANGUAGES.has(bare) || NOT_A_NAME.has(bare) || THING_AFTER.has(bare)
  ) c = ORDINARY;
  WORD_CLASS.set(word, c);
  return c;
}

/** The run starts a sentence, heading, list item or quotation: its capital says nothing. */
function sentenceStart(text: string, at: number): boolean {
  return SENTENCE_START_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at));
}

// The person words of PERSON_NOUN_BEFORE_RE that are not patient words in context.ts, for the sentence filter.
// A title and a name ("Mr B", "Mrs Okafor") is a person in the sentence too, whoever the pronouns point to.
const PERSON_WORD_RE = /\b(?:gentleman|infant|newborn|toddler|teenager|teen|widow|widower|granny|grandma|grandpa|little|wee|pt)\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s[A-Z]/;

function personInSentence(text: string, start: number, end: number): boolean {
  return patientInSentence(text, start, end) || PERSON_WORD_RE.test(sentenceAround(text, start, end));
}
const PERSON_NOUN_BEFORE_RE =
  /\b(?:lady|man|woman|gentleman|boy|girl|baby|infant|newborn|child|toddler|teenager|teen|patient|pt|widow|widower|granny|grandma|grandpa|little|wee)\s$/;
const MINE_BEFORE_RE = /\b(?:my|our)\s+(?:[a-z]+\s+)?[a-z]+\s$/i;
const R_APPOSED_NAME = "A name given right after 'the lady', 'the boy' or 'little' is the patient's own name.";
const R_UNKNOWN_NAME = "A name-like word in a sentence about the patient, in a post that already points to them, may be their name or a relative's.";
const R_UNKNOWN_PLACE = "A small named place in a sentence about the patient, in a post that already points to them, narrows the story to a few families.";
const S_UNKNOWN_NAME = "If this is the patient's or a relative's name, use a role instead ('the patient', 'her son').";
const S_UNKNOWN_PLACE = "If this is where the patient lives or comes from, write 'a nearby village' or 'a rural area' instead.";

// "Her nephew PJ rang", "his brother TJ": initials used as a relative's name, right after a possessed kinship word. Not a
// clinical or service acronym ("her son's GP", "his daughter ED …" are excluded by the acronym lists).
const KIN_INITIALS_RE = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|the\s+patient['’]s)\s+(?:${RELATIVES})\s+([A-Z]{2,3})(?![\p{L}\d&/-])`, "gu");
const R_KIN_INITIALS = "A relative's initials or nickname identify the family, and through them the patient.";
const S_KIN_INITIALS = "Write the relationship without the name: 'her nephew', 'his son'.";

/**
 * Whether the sentence at a position has a patient or person word, one test per sentence however many proper nouns it holds
 * (a cheap first filter before the windowed tests in context.ts). Sentences end at . ! ? ; before a space, or at a
 * newline, and are cut every 400 characters so that a text without stops is still looked at in small pieces.
 */
function sentenceTable(text: string): { patient: (at: number) => boolean } {
  let ends: number[] | null = null;
  const memo = new Map<number, boolean>();
  const build = (): number[] => {
    const out: number[] = [];
    const re = /[.!?;](?=\s)|\n/g;
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      while (m.index - last > 400) out.push((last += 400));
      out.push((last = m.index + 1));
    }
    while (text.length - last > 400) out.push((last += 400));
    out.push(text.length);
    return out;
  };
  return {
    patient(at: number): boolean {
      ends ??= build();
      let lo = 0;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ends[mid] as number) <= at) lo = mid + 1;
        else hi = mid;
      }
      const cached = memo.get(lo);
      if (cached !== undefined) return cached;
      const from = lo === 0 ? 0 : (ends[lo - 1] as number);
      const piece = text.slice(from, ends[lo] as number);
      const v = hasPatientWord(piece) || PERSON_WORD_RE.test(piece);
      memo.set(lo, v);
      return v;
    },
  };
}

export function detectUnknownProperNouns(text: string): Candidate[] {
  const out: Candidate[] = [];
  const sentences = sentenceTable(text);
  eachMatch(KIN_INITIALS_RE, text, (m) => {
    const g = m[1] ?? "";
    const k = g.toLowerCase();
    if (CLINICAL_ACRONYMS.has(k) || ORGANISATIONS.has(k) || STAFF_TITLES.has(k) || NOT_A_NAME.has(k) || /^(?:GP|ED|ER|ICU|HDU|NHS|OT|PT|SLT|CT|MRI|ECG|TB|HIV|BP|A&E|DNA|ID|IV|OK)$/.test(g)) return;
    const start = m.index + m[0].length - g.length;
    out.push({ start, end: start + g.length, type: "NAME", reason: R_KIN_INITIALS, suggestion: S_KIN_INITIALS, priority: 30 });
  });
  eachMatch(PROPER_RUN_RE, text, (m) => {
    let start = m.index;
    let run = m[0];
    // Most runs are words of the language or of the lexicons ("The", "He", "Hospital"): one memoised look-up each
    // settles them before anything else is read.
    let anyUnknown = false;
    // (the words of run.split(" "), read in place)
    const runEnd = start + run.length;
    for (let a = start; a <= runEnd; ) {
      let b = text.indexOf(" ", a);
      if (b < 0 || b > runEnd) b = runEnd;
      if (wordClassAt(text, a, b) === UNKNOWN) anyUnknown = true;
      a = b + 1;
    }
    if (!anyUnknown) return;
    if (start > 0 && GLUED_BEFORE_RE.test(text[start - 1] ?? "")) return;
    // The first word of a sentence is capitalised anyway: judge the rest of the run, if any.
    if (sentenceStart(text, start)) {
      const sp = run.indexOf(" ");
      if (sp < 0) return;
      start += sp + 1;
      run = run.slice(sp + 1);
    }
    const words = run.split(" ");
    // At least one word that is not a word of the language or of the lexicons ("Pine Hollow" is two English words and is
    // left to the landmark rules; "Hope" and "Grace" are words too); none that is a title, a language or a known
    // non-name; and, in a run of several, no known place or organisation ("Palliative Care Australia", "Edinburgh
    // Postnatal …": an organisation or instrument named after a place).
    let unknown = false;
    for (const w of words) {
      const c = wordClass(w);
      if (c === VETO || (c === PLACE_OR_ORG && words.length > 1)) return;
      if (c === UNKNOWN) unknown = true;
    }
    if (!unknown) return;
    // Every finding below needs a sentence about a patient or a person word before the name; the per-sentence test is
    // memoised (asked only for the few runs with an unlisted word in them).
    if (!sentences.patient(start)) return;
    // A run ending in an institution's or a thing's head word ("Mater Hospital", "Theraband loop") is judged elsewhere.
    if (words.length > 1 && THING_AFTER.has(keyOf(words[words.length - 1] ?? ""))) return;
    const b = text.slice(Math.max(0, start - 40), start);
    // Only a name after a person word is judged outside a patient sentence; everything else needs one (the per-sentence
    // test is memoised, so it goes first).
    const apposed = words.length <= 2 && PERSON_NOUN_BEFORE_RE.test(b) && !MINE_BEFORE_RE.test(b);
    const end = start + run.length;
    const after = text.slice(end, end + 40);
    const nextWord = /^(?:['’]s)?\s+([\p{L}'’-]+)/u.exec(after)?.[1];
    if (nextWord !== undefined && (THING_AFTER.has(keyOf(nextWord)) || EPONYM_HEADS.has(keyOf(nextWord)))) return;
    // A proper noun that qualifies the common noun after it is an adjective of kind, people or scheme, not a person or a
    // place of its own ("a Samburu mother", "Afghan families", "the Sehat card", "Matariki week", "the Anganwadi worker").
    // A named local landmark is a place, though: "near the Chamundi Vihar bus stop", "behind the Olonde market".
    const plainNext = /^\s([a-z][a-z'’-]+)/.exec(after)?.[1];
    const landmark = LANDMARK_AFTER_RE.exec(after);
    if (landmark === null && plainNext !== undefined && isEnglishWord(plainNext) && !COMMON_WORDS.has(plainNext) && !/(?:ed|ly)$/.test(plainNext)) return;
    // A label before a number ("her Aadhaar, 4821 …", "Eircode D15 …", "Hib, PCV20"): an identifier's name or a code.
    // So is a town before a state code and postcode ("Parramatta NSW 2150"): the address finding covers the line.
    if (/^(?:\s(?:is|was|number|no\.?|num|#))?[,:]?\s?(?:[A-Z]{2,3},?\s)?(?:[A-Z]{1,4}\d|\d)/.test(after)) return;
    if (CITATION_AFTER_RE.test(after)) return;
    if (staffBefore(b) || STAFF_AFTER_RE.test(after)) return;
    // Right after a word for a person ("one lady Lakshmi", "little Alfie", "the boy Tinashe"), a name-like word is that
    // person's name in apposition: a finding on its own, so a post that names its patient only so is still held. Not the
    // writer's own ("my little Kai").
    if (apposed) {
      out.push({ start, end, type: "NAME", reason: R_APPOSED_NAME, suggestion: S_UNKNOWN_NAME, priority: 30 });
      return;
    }
    if (!patientInSentence(text, start, end) || writerSentence(text, start, end)) return;
    if (TIME_BEFORE_RE.test(b) || DESTINATION_BEFORE_RE.test(b)) return;
    const place = landmark !== null || PLACE_BEFORE_RE.test(b);
    out.push({
      start,
      end: landmark !== null ? end + landmark[0].length : end,
      type: place ? "LOCATION" : "NAME",
      reason: place ? R_UNKNOWN_PLACE : R_UNKNOWN_NAME,
      suggestion: place ? S_UNKNOWN_PLACE : S_UNKNOWN_NAME,
      priority: 8,
      soft: true,
    });
  });
  return out;
}

/**
 * v12: a description of what the patient is or was, with something that makes it theirs alone: a trade or office tied to
 * a named place or institution, a superlative, or a length of service ("He is a talking drummer for the Olubadan's palace
 * in Ibadan", "who used to be the lighthouse keeper on Flat Holm", "He was the imam of the village masjid for sixty
 * years", "the last living member of the 1951 … group from Bemidji"). The people who know the patient know that
 * description. Read after "he/she/who is/was/had been/used to be a|an|the" or in apposition (", the …", "— the …"), to
 * the end of the clause, in a sentence about a patient that is not the writer's. Soft: a description is a quasi-
 * identifier, reported only in a text that already points to a patient.
 */
const DESCRIPTION_RE =
  /(?:\b(?:(?:he|she|who|and)\s+)?(?:had\s+been|used\s+to\s+be|['’]d\s+been)|\b(?:he|she|who)\s+(?:is|was|has\s+been)|[,—–])\s+(a|an|the)\s+([^.;:!?\n—–(),]{6,140})/gi;
const ROLE_WORDS_RE =
  /\b(?:keeper|pilot|drummer|teacher|headteacher|headmaster|headmistress|imam|hafiz|muezzin|midwife|member|cutter|driver|farmer|fisherman|shepherd|chief|chieftain|pastor|priest|vicar|nun|monk|headman|singer|musician|player|footballer|cricketer|boxer|champion|captain|veteran|soldier|sailor|miner|blacksmith|carpenter|potter|weaver|tailor|butcher|baker|publican|landlord|landlady|shopkeeper|owner|founder|mayor|councillor|chairman|chairwoman|president|principal|coach|referee|jockey|postman|postmistress|postmaster|ferryman|boatman|ranger|warden|gamekeeper|herbalist|sangoma|healer|dancer|actor|actress|artist|painter|poet|photographer|journalist|broadcaster|chef|caretaker|sexton|organist|choirmaster|bandmaster|conductor|engineer|architect|lawyer|judge|magistrate|senator|politician|guard|watchman|matriarch|patriarch|elder|queen|king|princess|prince|survivor|girl|woman|man)s?\b/i;
// An agent noun before what it serves or where it works ("a canoe builder for …", "the ferryman on …").
const AGENT_NOUN_RE = /\b[a-z]{3,}(?:er|or|ist|man|woman|ess)s?\s+(?:for|of|on|at|in|from|who|with|to)\b/;
const DWELLING_DESC_RE =
  /^(?:(?:only|last|first|second|third|old|big|small|little|blue|green|red|white|yellow|stone|mud|tin|wooden|brick|thatched|\S+-roofed)\s){0,2}(?:house|houses|home|hut|huts|hamlet|village|compound|farm|farmhouse|cottage|shack|cabin|homestead|tent|shelter|stall|plot|building|block|bungalow|caravan|trailer|fale|kraal|stilt\s+house)\s(?:before|after|past|behind|beyond|of|on|at|near|beside|by|up|down|with|along|above|below|towards?|next\s+to|opposite|closest|nearest)\s/;
const SUPERLATIVE_RE = /\b(?:only|last|first|oldest|youngest|sole)\b/i;
const SERVICE_YEARS_RE = /\bfor\s+(?:\d{1,2}|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|many)\s+years\b/i;
const PROPER_INSIDE_RE = /\s[A-Z][a-z'’]+/;
const R_DESCRIPTION = "A description of what the patient is or was, tied to a named place, a first or a last, singles them out to people who know them.";
const S_DESCRIPTION = "Keep the description general ('a retired fisherman', 'a respected elder') or leave it out.";

export function detectDescriptions(text: string): Candidate[] {
  const out: Candidate[] = [];
  const sentences = sentenceTable(text);
  eachMatch(DESCRIPTION_RE, text, (m) => {
    // The clause ends where a new subject starts ("… from Bemidji and he kept the photograph …").
    const raw = m[2] ?? "";
    const cut = /\s(?:and|but|so|while|when|because|then)\s(?:he|she|they|I|we|it|his|her|their)\b/.exec(raw);
    const desc = (cut ? raw.slice(0, cut.index) : raw).replace(/\s+$/, "");
    const start = m.index + m[0].length - raw.length - (m[1] ?? "").length - 1;
    if (!sentences.patient(start)) return;
    // v19: "…, the last hamlet before the forest gate", "…, the house after the temple": a home, which the landmark rules
    // read with the place before it, not what a person is.
    if (DWELLING_DESC_RE.test(desc)) return;
    const role = ROLE_WORDS_RE.test(desc) || AGENT_NOUN_RE.test(desc);
    if (!role && !SUPERLATIVE_RE.test(desc)) return;
    const proper = PROPER_INSIDE_RE.test(` ${desc.replace(/^\S+\s*/, "")}`);
    const anchored = proper || SUPERLATIVE_RE.test(desc) || SERVICE_YEARS_RE.test(desc);
    if (!anchored || !(role || proper)) return;
    const end = start + (m[1] ?? "").length + 1 + desc.length;
    if (!personInSentence(text, start, end) || writerSentence(text, start, end)) return;
    out.push({ start, end, type: "OTHER", reason: R_DESCRIPTION, suggestion: S_DESCRIPTION, priority: 9, soft: true });
  });
  return out;
}
