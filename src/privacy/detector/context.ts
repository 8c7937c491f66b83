/** Small helpers shared by the pattern modules. All bounded, all linear. */
import { STAFF_ROLES } from "./lexicon/terms.ts";
import { digitPositions, keyedOf, startsFor, wordStarts } from "./word-starts.ts";
import type { Keyed } from "./word-starts.ts";

/** Texts shorter than this are scanned whole: indexing their word starts would cost about as much. */
const KEYED_MIN_LENGTH = 256;
let keyedMatching = true;

/**
 * Turn the word-start search below on (the default) or off. Off, every regex scans the whole text as it always did:
 * `node bench/lib/detector-fingerprint.ts --plain` must print the same TOTAL as without it (check it after a merge
 * that adds or changes patterns).
 */
export function setKeyedMatching(on: boolean): void {
  keyedMatching = on;
}
const KEYED_TRY_COST = 12;

/**
 * Iterate a global regex over `text` from the start (resets lastIndex; guards zero-length matches).
 * Speed: a regex whose matches can only start at a word start with certain first two characters (word-starts.ts proves
 * it from the regex's source) is tried only at those word starts, with a sticky copy. Every match starts at one of
 * them, so the first one (at or after where the last match ended) where the sticky copy matches is the match a global
 * exec would find: the matches, and `re.lastIndex` as the callback sees it, are exactly those of the plain loop.
 */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  const keyed = keyedMatching && text.length >= KEYED_MIN_LENGTH ? keyedOf(re) : null;
  if (keyed !== null) {
    // A sticky try costs about as much as scanning a few dozen characters: with too many word starts to try, scan.
    const starts = startsFor(wordStarts(text), keyed, text.length / KEYED_TRY_COST);
    if (starts !== null) {
      eachMatchAt(re, keyed.sticky, starts, text, fn);
      return;
    }
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** eachMatch, trying `re` (as its sticky copy) only at `starts` (ascending), where all its matches start. */
function eachMatchAt(re: RegExp, sticky: RegExp, starts: readonly number[], text: string, fn: (m: RegExpExecArray) => void): void {
  const length = starts.length;
  let from = 0; // where a global exec would resume (re.lastIndex)
  for (let i = 0; i < length; i++) {
    const s = starts[i] as number;
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    // A keyed regex cannot match the empty string (word-starts.ts), so a match always moves on.
    if (m === null) continue;
    re.lastIndex = s + m[0].length;
    fn(m);
    from = re.lastIndex;
    if (from <= s) {
      // The callback moved the regex back: resume from there, as exec would.
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      i = lo - 1;
    }
  }
  re.lastIndex = 0;
}

/**
 * A global regex whose every match contains an occurrence of `anchor` (a cheap regex: a keyword list, a "@") that starts
 * at most `reach` UTF-16 units after the match's own start. `eachMatchNear` gives exactly the matches `eachMatch` gives,
 * but tries the expensive regex only at start positions within `reach` before an anchor occurrence: a match starting
 * anywhere else would have no anchor in reach. `startOk` (optional) is a necessary condition for a match to start at s.
 * Reach must be an upper bound (count a \p{L} in a "u" regex as two units): too small a reach loses matches. It may be
 * a function of the anchor's position p giving the earliest start a match could have (for a reach counted in words).
 */
export interface NearMatcher {
  readonly sticky: RegExp;
  readonly anchor: RegExp;
  readonly reach: number | ((text: string, p: number) => number);
  readonly startOk: ((text: string, s: number) => boolean) | undefined;
  readonly unicode: boolean;
  /** The regex's own word-start key (word-starts.ts), when the analysis proves one. */
  readonly keyed: Keyed | null;
}

export function nearMatcher(
  re: RegExp,
  anchor: RegExp,
  reach: number | ((text: string, p: number) => number),
  startOk?: (text: string, s: number) => boolean,
): NearMatcher {
  if (!re.global || re.sticky || !anchor.global || anchor.sticky) throw new Error("nearMatcher: both regexes must be global, not sticky");
  return { sticky: new RegExp(re.source, re.flags.replace("g", "") + "y"), anchor, reach, startOk, unicode: re.unicode, keyed: keyedOf(re) };
}

/**
 * The start of the first match of a global `anchor` at or after a position, as `anchor.exec` from there would find it;
 * -1 when there is none. Positions asked for never decrease. Speed: /\d/ is answered from the text's digit positions,
 * a keyed anchor (word-starts.ts) by trying it only at its word starts, in order: every match starts at one of them.
 */
/**
 * Anchors known to match only from an ASCII digit ("(?<![\d.])(?:9\d|1[01]\d|12[0-5])(?!\d)", the ages' anchor): their
 * look-behind keeps word-starts.ts from proving it, so the caller says so (digitLedAnchor) and they are tried only at the
 * text's digit positions, with a sticky copy. Session 6: two such anchors scanned every post whole, once per pattern.
 */
const DIGIT_LED = new WeakMap<RegExp, RegExp>();

/** Marks a global anchor whose every match starts with an ASCII digit (the caller's promise; the fingerprint checks it). */
export function digitLedAnchor(anchor: RegExp): RegExp {
  if (!anchor.global || anchor.sticky) throw new Error("digitLedAnchor: the anchor must be global, not sticky");
  DIGIT_LED.set(anchor, new RegExp(anchor.source, anchor.flags.replace("g", "") + "y"));
  return anchor;
}

/**
 * Where a digit-led anchor matches in a text: the digit positions where its sticky copy matches, ascending. Session 7:
 * the ages' anchor serves some forty patterns (ages.ts, v13.ts), each of which tried it at every digit of the post; the
 * positions are now found once per text and anchor source and shared (only the last text is kept).
 */
const DIGIT_LED_HITS = new Map<string, { text: string; hits: readonly number[] }>();

function digitLedHits(anchor: RegExp, digitLed: RegExp, text: string): readonly number[] {
  const key = `${anchor.flags}/${anchor.source}`;
  const cached = DIGIT_LED_HITS.get(key);
  if (cached !== undefined && cached.text === text) return cached.hits;
  const hits: number[] = [];
  for (const s of digitPositions(text)) {
    digitLed.lastIndex = s;
    if (digitLed.test(text)) hits.push(s);
  }
  DIGIT_LED_HITS.set(key, { text, hits });
  return hits;
}

function anchorFinder(anchor: RegExp, text: string): (pos: number) => number {
  const digitLed = DIGIT_LED.get(anchor);
  if (digitLed !== undefined && keyedMatching && text.length >= KEYED_MIN_LENGTH) {
    // The first hit at or after pos (asked for at positions that never decrease).
    const hits = digitLedHits(anchor, digitLed, text);
    let i = 0;
    return (pos) => {
      while (i < hits.length && (hits[i] as number) < pos) i++;
      return i < hits.length ? (hits[i] as number) : -1;
    };
  }
  if (keyedMatching && text.length >= KEYED_MIN_LENGTH) {
    const keyed = anchor.source === "\\d" && anchor.flags === "g" ? null : keyedOf(anchor);
    const starts =
      keyed === null
        ? anchor.source === "\\d" && anchor.flags === "g" ? digitPositions(text) : null
        : startsFor(wordStarts(text), keyed, text.length / KEYED_TRY_COST);
    if (starts !== null) {
      const test = keyed === null ? null : keyed.sticky;
      let i = 0;
      return (pos) => {
        while (i < starts.length) {
          const s = starts[i] as number;
          if (s >= pos) {
            if (test === null) return s;
            test.lastIndex = s;
            if (test.test(text)) return s;
          }
          i++;
        }
        return -1;
      };
    }
  }
  return (pos) => {
    anchor.lastIndex = pos;
    const a = anchor.exec(text);
    return a === null ? -1 : a.index;
  };
}

/** Every match of the matcher's regex in `text`, as `eachMatch` would give them (see nearMatcher). */
export function eachMatchNear(nm: NearMatcher, text: string, fn: (m: RegExpExecArray) => void): void {
  const { sticky, anchor, reach, startOk, unicode, keyed } = nm;
  if (keyed !== null && keyedMatching && text.length >= KEYED_MIN_LENGTH) {
    const starts = startsFor(wordStarts(text), keyed, text.length / KEYED_TRY_COST);
    if (starts !== null) {
      eachMatchNearKeyed(nm, starts, text, fn);
      return;
    }
  }
  const nextAnchor = anchorFinder(anchor, text);
  let pos = 0; // every start position before pos has been tried (or skipped by a match)
  for (;;) {
    const p = nextAnchor(pos);
    if (p < 0) return;
    let found: RegExpExecArray | null = null;
    const lo = typeof reach === "number" ? p - reach : reach(text, p);
    for (let s = lo > pos ? lo : pos; s <= p; s++) {
      if (startOk !== undefined && !startOk(text, s)) continue;
      const c = text.charCodeAt(s);
      // A "u" regex never starts inside a surrogate pair.
      if (unicode && c >= 0xdc00 && c <= 0xdfff && s > 0) {
        const b = text.charCodeAt(s - 1);
        if (b >= 0xd800 && b <= 0xdbff) continue;
      }
      sticky.lastIndex = s;
      found = sticky.exec(text);
      if (found !== null) break;
    }
    if (found === null) {
      pos = p + 1;
      continue;
    }
    if (found[0].length === 0) {
      pos = found.index + 1;
      continue;
    }
    fn(found);
    pos = found.index + found[0].length;
  }
}

const LETTER = /^\p{L}$/u;

/**
 * The matches of /(?:w1|w2|…)(?![\p{L}-])/gu over `text` for a list of words, in order, as `eachMatch` would give them
 * (the first word in the list that matches at a position wins; the search resumes after each match, a code point at a
 * time), without building and compiling a regex for each text: `fn` gets each match's start and word. Speed: a
 * per-text list of names (v13.ts propagateNames) made a new regex per scan, which V8 compiled and word-starts.ts
 * analysed every time. One pass over the text; only positions whose unit starts a listed word are compared.
 */
export function eachListedWord(text: string, words: readonly string[], fn: (start: number, word: string) => void): void {
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    const list = byFirst.get(c);
    if (list === undefined) byFirst.set(c, [w]);
    else list.push(w);
  }
  if (byFirst.size === 0) return;
  // Speed: the first units of the words below 256 in a table, the rest looked up only at non-Latin-1 units.
  const latin1 = new Uint8Array(256);
  for (const c of byFirst.keys()) if (c < 256) latin1[c] = 1;
  const n = text.length;
  let s = 0;
  while (s < n) {
    const c = text.charCodeAt(s);
    const list = (c < 256 ? latin1[c] === 1 : byFirst.has(c)) ? byFirst.get(c) : undefined;
    let found: string | undefined;
    if (list !== undefined) {
      for (const w of list) {
        if (text.startsWith(w, s) && !letterOrHyphenAt(text, s + w.length)) {
          found = w;
          break;
        }
      }
    }
    if (found !== undefined) {
      fn(s, found);
      s += found.length;
      continue;
    }
    // A "u" search moves on a code point at a time: a surrogate pair is one.
    s += c >= 0xd800 && c <= 0xdbff && s + 1 < n && (text.charCodeAt(s + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
}

/** What (?=[\p{L}-]) tests at i in a "u" regex: the code point there is a letter or a hyphen. */
function letterOrHyphenAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i) as number;
  if (cp < 128) return cp === 45 || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * eachMatchNear for a regex that is keyed itself (word-starts.ts: its matches start only at word starts with certain
 * first two characters, here few): in each anchor's window only those starts are tried, not every position, and a text
 * with none of them is not searched for anchors at all.
 */
function eachMatchNearKeyed(nm: NearMatcher, starts: readonly number[], text: string, fn: (m: RegExpExecArray) => void): void {
  if (starts.length === 0) return;
  const { sticky, anchor, reach, startOk } = nm;
  const nextAnchor = anchorFinder(anchor, text);
  let pos = 0; // every start position before pos has been tried (or skipped by a match)
  for (;;) {
    const p = nextAnchor(pos);
    if (p < 0) return;
    let found: RegExpExecArray | null = null;
    const lo = typeof reach === "number" ? p - reach : reach(text, p);
    const from = lo > pos ? lo : pos;
    // The first start at or after `from`: the window's starts lie in [from, p].
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((starts[mid] as number) < from) a = mid + 1;
      else b = mid;
    }
    for (let j = a; j < starts.length; j++) {
      const s = starts[j] as number;
      if (s > p) break;
      if (startOk !== undefined && !startOk(text, s)) continue;
      sticky.lastIndex = s;
      found = sticky.exec(text);
      if (found !== null) break;
    }
    if (found === null) {
      pos = p + 1;
      continue;
    }
    // A keyed regex never matches the empty string (word-starts.ts).
    fn(found);
    pos = found.index + found[0].length;
  }
}

/** A superset of the regex class \s (every C0 control, space and the Unicode spaces). */
export function isSpaceLike(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The earliest start of `words` whitespace-separated words ending just before `at`, where each word is preceded by
 * exactly one space-like character: walks back over (one space-like unit, then every unit that is not space-like)
 * at most `words` times. Every run of up to `words` words of non-space characters, each after one \s, before `at`
 * starts at or after the result.
 */
export function wordsBefore(text: string, at: number, words: number): number {
  let k = at;
  for (let w = 0; w < words; w++) {
    if (k === 0 || !isSpaceLike(text.charCodeAt(k - 1))) break;
    k--;
    while (k > 0 && !isSpaceLike(text.charCodeAt(k - 1))) k--;
  }
  return k;
}

/** s starts the text or follows a character other than an ASCII letter or digit (a `(?<![A-Za-z0-9])`, "i" or not). */
export function afterNonAlnum(text: string, s: number): boolean {
  if (s === 0) return true;
  const c = text.charCodeAt(s - 1);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** An ASCII letter starts at s after a \b of a non-"u" regex: the unit before s (if any) is not [A-Za-z0-9_]. */
export function asciiLetterWordStart(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  if (s === 0) return true;
  const b = text.charCodeAt(s - 1);
  return !((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);
}

/** The UTF-16 unit at s is an ASCII capital (A–Z). */
export function asciiCapAt(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  return c >= 65 && c <= 90;
}

/** The UTF-16 unit at s is in `chars` (a string of ASCII characters), or s starts the text when `chars` has "^". */
export function charIn(chars: string): (text: string, s: number) => boolean {
  const set = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) set[chars.charCodeAt(k)] = 1;
  return (text, s) => {
    const c = text.charCodeAt(s);
    return c < 128 && set[c] === 1;
  };
}

/** s starts the text or follows a character that is not in `chars` (ASCII): a cheap `(?<![chars])`. */
export function notAfter(chars: string): (text: string, s: number) => boolean {
  const set = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) set[chars.charCodeAt(k)] = 1;
  return (text, s) => {
    if (s === 0) return true;
    const c = text.charCodeAt(s - 1);
    return c >= 128 || set[c] !== 1;
  };
}

/** Up to `span` characters immediately before `index`. */
export function before(text: string, index: number, span: number): string {
  return text.slice(Math.max(0, index - span), index);
}

/** Up to `span` characters immediately after `index`. */
export function after(text: string, index: number, span: number): string {
  return text.slice(index, index + span);
}

// v10: not after a title's abbreviation ("My mentor Ms. Tanaka retired from …" is one sentence).
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Profa|Dra|Sr|Sra|St|Mt|Fr|Rev|Pharm|Jr|No|vs))[.!?;](?=\s)|\n/g;

/**
 * The sentence-ish window around [start, end): at most `reach` characters each side,
 * cut at a full stop/!/?/; followed by whitespace, or at a newline.
 */
export function sentenceAround(text: string, start: number, end: number, reach = 100): string {
  const [left, right] = sentenceParts(text, start, end, reach);
  return left + text.slice(start, end) + right;
}

/** The parts of the sentence-ish window before and after [start, end) (see sentenceAround). */
export function sentenceParts(text: string, start: number, end: number, reach = 100): [string, string] {
  const lo = Math.max(0, start - reach);
  const hi = Math.min(text.length, end + reach);
  const left = text.slice(lo, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(left)) !== null) cut = m.index + m[0].length;
  const right = text.slice(end, hi);
  SENTENCE_END.lastIndex = 0;
  const r = SENTENCE_END.exec(right);
  const rightCut = r ? r.index : right.length;
  return [left.slice(cut), right.slice(0, rightCut)];
}

/** The digits of a string, separators dropped. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, "");
}

// v9: a sentence about the author's own work, study, teaching or training, with no patient or relative in it.
// Used to spare hospitals, rooms, dates and names that belong to the writer's life ("I attended a lecture at LUTH",
// "Next drill is booked for 6 June at …", "My co-examiner was Dr … from Hospital Kuala Lumpur"). Any patient word
// in the sentence keeps the finding: when unsure, flag.
// v12: split into the patient words proper and the pronouns and rosters, so that a sentence whose pronouns point back to
// staff or to the writer's own people ("Dr Heba put her hand on my shoulder") can be told from one about a patient.
const PATIENT_CORE = String.raw`patients?|pts?|clients?|admit\w*|discharg\w*|born|birth(?!day)\w*|(?<!\bmy\s(?:\d{1,3}(?:st|nd|rd|th)\s)?)birthday|DOB|died|death|dying|passed\s+away|deliver\w*(?!\s+(?:the|a|an|his|her|our|their)\s+(?:[\w-]+\s+){0,2}(?:lecture|talk|keynote|speech|session|presentation|teaching|course|workshop|address|sermon)s?\b)|operat\w*|(?<!\b(?:ever|never|have|had|I['’]ve|we['’]ve)\s)seen|(?<!\b(?:I|we|We)\s(?:also\s)?)presented|collapsed|brought|came\s+in|(?<!\b(?:I|we|We)\s(?:finally\s|then\s|just\s|also\s)?)went\s+home|sent\s+home|referr\w*`;
const PATIENT_KIN = String.raw`mum|mom|mother|father|dad|son|daughter|wife|husband|baby|boy|girl|man|woman|lady|child|kid|family|relatives?|bed|cot|pakcik|makcik|gogo|nan|koro`;
const PATIENT_IN_SENTENCE = new RegExp(String.raw`\b(?:${PATIENT_CORE}|his|her|him|he|she|hers|${PATIENT_KIN}|shifts?|on[\s-]call)\b`, "i");
const OWN_WORK_WORDS = (
  [
    "lectures?|talk|course|conference|congress|convention|symposium|workshop|webinar|CNE|CME|exams?|OSCE|viva|finals|long\\s+case|written\\s+paper",
    "internship|residency|rotation|rotat(?:e|es|ed|ing)|fellowship|house\\s+job|housemanship|community\\s+service\\s+year|NYSC|rural\\s+service|observership|placement|my\\s+elective|training|interview|appointment\\s+list|first\\s+choice|matched|deadline|revalidation",
    "drills?|sim|simulation|mannequin|manikin|mock|skills\\s+lab|teaching|journal\\s+club|party|hostel|roommate|in-charge|stock|ran\\s+out",
    // v10: more of the writer's own calendar: demos, graduations, meetings, forums, seminars, research days, potlucks,
    // board exams, audits and presentations, their own birthday, and where they are based
    "(?:return\\s+)?demo|graduation|graduate|meeting|forum|seminar|research\\s+day|assessment|potluck|board\\s+exams?|boards|licensure\\s+exam|audit",
    "present(?:ing)?\\s+(?:our|my|the|a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:findings|audit|data|numbers|poster|case|project|research|work|results)",
    "(?:I|we)\\s+presented|my\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?birthday|based\\s+(?:at|in|out\\s+of)",
    "(?:my|our)\\s+(?:folks['’]?|parents['’]?|family['’]s|own|grandparents['’]?)\\s+(?:farm|house|home|place|flat|apartment)|I\\s+(?:still\\s+)?(?:live|grew\\s+up)",
    "staff\\s+room|(?:during|on)\\s+my\\s+break|(?:my|our)\\s+(?:parents|family|folks|kids|children)\\s+(?:flew|drove|came|travelled|traveled|visited|moved)|(?:I|we)\\s+(?:drove|went|travelled|traveled|flew|hiked|walked\\s+up)\\s+(?:up\\s+|down\\s+|out\\s+)?(?:to|from)|(?:I|we)\\s+(?:took|take|catch|caught|ride|rode)\\s+the\\s+(?:metro|bus|train|tube|subway|ferry|tram|matatu|jeepney|trotro|tro-tro|boda|taxi|MRT|LRT)",
    "co-examiner|examiner|supervisor|advisor|adviser|mentor|tutor|preceptor|lecturer|instructor|clinical\\s+instructor|educator|my\\s+(?:senior|friend|colleague|consultant|boss)",
    "our\\s+(?:[a-z]+\\s+)?(?:unit|department|team|hospital\\s+pharmacy|practice|surgery|skills\\s+lab)\\s+(?:at|in)",
    "I\\s+(?:work|worked|am\\s+working|was\\s+working|left|joined|moved|started|start|commute)",
    "I(?:['’]m|\\s+am|\\s+was)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:at|in)",
    // v14: postgraduate and licensing exams by name and part ("did MRCP Part 1 together", "FCPS Part I in March")
    "MRCP|MRCS|MRCOG|MRCPCH|MRCPsych|MRCGP|MRCEM|FRCS|FRCA|FRCR|FCPS|FWACS|FWACP|FMCP\\w*|PLAB|USMLE|COMLEX|NCLEX|NAPLEX|NEET(?:\\s+PG)?|FMGE|AMC|MCCQE|AKT|PACES|DNB|(?:Part|Step)\\s+(?:[1-3]|I{1,3}|A|B)",
  ].join("|")
);
const OWN_WORK_RE = new RegExp(`\\b(?:${OWN_WORK_WORDS})\\b`, "i");

// v14: and "family" as a specialty or a service ("my residency in Family Medicine", "the family planning clinic") is nobody's family.
const MY_PEOPLE_RE = /\b(?:my|our)\s+(?:whole\s+|own\s+|little\s+)?(?:family|families|mum|mom|mam|mother|father|dad|son|sons|daughter|daughters|wife|husband|baby|kids?|children|parents|folks)\b|\bfamily\s+(?:medicine|practice|physicians?|doctors?|planning|health|welfare)\b/gi;

/** v12: a patient or relative word anywhere in `s` (the test patientInSentence applies to a window). */
// (and what only a patient has: a symptom, a test, a treatment, a visit)
const PATIENT_HAS = String.raw`pain|cough\w*|fever\w*|vomit\w*|bleed\w*|rash|breathless\w*|wounds?|ulcers?|fractures?|seizures?|confus\w*|sats|obs|bloods|scan\w*|x-?rays?|cannula\w*|catheter\w*|drips?|medications?|medicines?|tablets?|insulin|doses?|symptoms?|complain\w*|presented|presenting|history|visit\w*|to\s+see|went\s+to\s+see|home\s+visit|house\s+call|swallow\w*|dressing|pregnan\w*|labou?r|contractions|antenatal|postnatal|vaccin\w*|jab|in\s+(?:the\s+)?(?:clinic|A&E|ED|resus|majors|triage)|viral\s+load|results|HbA1c|blood\s+pressure|temperature|sugar|neighbou?rs?|carers?|caregivers?|on\s+the\s+floor|grandson|granddaughter|nephew|niece|aunt|uncle|sister|brother|cousin|widow\w*|arms?|legs?|hips?|knees?|hands?|feet|foot|eyes?|belly|stomach|abdomen|eat|eats|eating|eaten|ate|drinking|sleeping|slept|urine|stools?|bowels?|weight|weak\w*|numb\w*|dizz\w*|faint\w*|breath\w*|lumps?|bruis\w*|febrile|biops\w*|overdose`;
const STRONG_PATIENT_RE = new RegExp(String.raw`\b(?:${PATIENT_CORE}|${PATIENT_KIN}|${PATIENT_HAS})\b`, "i");
/** v18: a patient or relative word, an event of care or what only a patient has, not just a pronoun (which a colleague has too). */
export function strongPatientInSentence(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  return STRONG_PATIENT_RE.test(s) || CARE_EVENT_RE.test(s);
}

// fb: the writer's own people and birth ("my little brother wants to be …", "my father supports them", "since before I
// was born"): what the writer says of their own life is no patient's.
const WRITER_OWN_RE =
  /\b(?:my|our)\s+(?:whole\s+|own\s+|little\s+|big\s+|older\s+|younger\s+|elder\s+|baby\s+|late\s+)?(?:family|families|mum|mom|mam|mother|father|dad|son|sons|daughter|daughters|wife|husband|kids?|children|parents|folks|brothers?|sisters?|siblings?|grandmother|grandfather|grandma|grandpa|gran|granny|nan|nana|grandparents|cousins?|aunt|auntie|aunty|uncle|niece|nephew|partner|boyfriend|girlfriend|fianc[ée]e?)\b|\bI\s+was\s+born\b/gi;

/**
 * fb: the sentence around [start, end), leaving out the writer's own people, has a patient or relative word, an event of
 * care or what only a patient has (strongPatientInSentence without "my brother", "my parents", "I was born").
 */
export function strongPatientBesidesWriter(text: string, start: number, end: number): boolean {
  const s = sentenceBesidesWriter(text, start, end);
  return STRONG_PATIENT_RE.test(s) || CARE_EVENT_RE.test(s);
}

/**
 * fb: the sentence around [start, end) without the writer's own people (see strongPatientBesidesWriter), nor the words
 * of [start, end) themselves (the name "Son Heung-min" is no son).
 */
export function sentenceBesidesWriter(text: string, start: number, end: number): string {
  const [left, right] = sentenceParts(text, start, end);
  return `${left} … ${right}`.replace(WRITER_OWN_RE, " ");
}

export function hasPatientWord(s: string): boolean {
  return PATIENT_IN_SENTENCE.test(s);
}

/** v9: the sentence around [start, end) has a patient or relative word in it. */
export function patientInSentence(text: string, start: number, end: number): boolean {
  return PATIENT_IN_SENTENCE.test(sentenceAround(text, start, end));
}

/** With `anyFrame`, only the absence of a patient word is asked for (the caller has its own frame). */
export function ownWorkSentence(text: string, start: number, end: number, anyFrame = false): boolean {
  const [left, right] = sentenceParts(text, start, end);
  // v10: the finding's own words are not asked about ("Moi Teaching and Referral Hospital" is not a referral).
  // v10: the writer's own people ("my whole family is coming") are not a patient's.
  if (!anyFrame && !OWN_WORK_RE.test(left + text.slice(start, end) + right)) return false;
  const rest = `${left} … ${right}`.replace(MY_PEOPLE_RE, " ");
  return !PATIENT_IN_SENTENCE.test(rest);
}

// v12: who a sentence is about. A reviewer reads "I took the metro from Vila Madalena", "Prof. Samir visited on 10 March",
// "we had the same problem on St Brigid's ward" as the writer's own life or the staff's, whatever the place or date: the
// sentence has the writer (I, we, my, our, me, us) or a member of staff (a title or a role) in it and no patient in it.
// A third-person pronoun counts as a patient unless a member of staff or one of the writer's own people ("my mama says
// she …", "Dr Heba put her hand …") comes before it in the sentence. Rosters ("before my next shift") are not patients.
const FIRST_PERSON_RE = /(?<![\p{L}\d'’-])(?:I(?:['’](?:m|ve|ll|d))?|[Ll]et['’]s|[Mm]e|[Mm]y|[Mm]ine|[Ww]e(?:['’](?:re|ve|ll|d))?|[Oo]ur|[Oo]urs|[Uu]s)(?![\p{L}\d'’-])/u;
const STAFF_WORD_RE = new RegExp(String.raw`\b(?:${STAFF_ROLES}|R[1-6]|PGY-?\d|Dr|Dra|Prof|Profa|Professor|Sister|Matron)\b`);
const PATIENT_WORD_RE = new RegExp(String.raw`\b(?:${PATIENT_CORE}|${PATIENT_KIN})\b`, "i");
// Events of care that only happen to a patient: a sentence with one is about a patient even when the writer or a nurse
// is its subject ("On March 3rd we got a call to a farm collision", "The district nurse will change the dressing").
const CARE_EVENT_RE =
  /\b(?:implant\w*|insert\w*|fitted|intubat\w*|extubat\w*|resuscitat\w*|fell|fallen|collision|crash(?:ed)?|RTA|RTC|MVA|MVC|overdos\w*|seiz\w*|stroke|bleed\w*|bled|labou?r|dressings?|wounds?|transferr\w*|diagnos\w*|biops\w*|handed\s+(?:him|her|them\s+)?over|handover|call(?:ed)?\s+out|(?:got|get|took)\s+(?:a|the)\s+call|injur\w*|accident|stabbed|bitten|drown\w*|snakebite|anaesthetic|anesthetic|sutur\w*|stitch\w*|cannula\w*|catheter\w*)\b/i;
const PRONOUN_RE = /\b(?:he|she|him|his|her|hers)\b/i;
const ANTECEDENT_RE = new RegExp(String.raw`\b(?:${STAFF_ROLES}|Dr|Dra|Prof|Profa|Professor|Sister|Matron|Nurse)\b|\b(?:[Mm]y|[Oo]ur)\s+(?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+`, "iu");

// An action plan written as orders to oneself ("**Action plan.** Read the AVERT paper and ask Tegan for …"): a
// sentence that opens, after any heading, with a verb of study or planning has the writer as its subject.
const HEADING_START_RE = /^[\s*#_>-]*(?:[A-Za-z][A-Za-z ?]{0,24}[.:?][*_]*\s+)?/;
const PLAN_VERB_START_RE =
  /^(?:Read|Re-read|Ask|Discuss|Attend|Practi[cs]e|Learn|Revise|Book|Complete|Write|Talk|Speak|Find|Look|Reflect|Improve|Keep|Make|Start|Try|Plan|Join|Seek|Observe|Shadow|Watch|Study|Prepare|Meet|Email|Contact|Arrange|Present|Sign\s+up|Register|Enrol|Enroll|Follow|Remember|Spend|Get|Set|Use|Take|Go|Do)\b/;

/** fb2: a patient or relative word, or an event of care, in `s` (no pronouns, nothing a colleague has too). */
export function patientOrCareWord(s: string): boolean {
  return PATIENT_WORD_RE.test(s.replace(MY_PEOPLE_RE, " ")) || CARE_EVENT_RE.test(s);
}

/**
 * v12: the sentence around [start, end) is about the writer or staff, with no patient in it (see above).
 * fb2: `knownPerson` (optional) tells a name the text has shown to be no patient (a classmate, a colleague): such a name
 * before a pronoun is its antecedent too ("instead of going to Jordan's party, which he says proves his point").
 */
export function writerSentence(text: string, start: number, end: number, knownPerson?: (word: string) => boolean): boolean {
  const [left, right] = sentenceParts(text, start, end);
  const rest = `${left} … ${right}`;
  // Patient words first: most findings sit in a sentence about a patient, and the answer is then no at once.
  if (PATIENT_WORD_RE.test(rest.replace(MY_PEOPLE_RE, " ")) || CARE_EVENT_RE.test(rest)) return false;
  if (!FIRST_PERSON_RE.test(rest) && !STAFF_WORD_RE.test(rest) && !PLAN_VERB_START_RE.test(left.replace(HEADING_START_RE, ""))) return false;
  const p = PRONOUN_RE.exec(rest);
  if (p === null) return true;
  const head = rest.slice(0, p.index);
  if (ANTECEDENT_RE.test(head)) return true;
  // (only in a sentence with nothing a patient has or undergoes: "Jordan and I went to see him, and he was septic")
  if (knownPerson === undefined || STRONG_PATIENT_RE.test(rest)) return false;
  let last = "";
  for (const m of head.matchAll(CAPITALISED_WORD_RE)) last = m[1] as string;
  return last !== "" && knownPerson(last);
}
const CAPITALISED_WORD_RE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+?)(?:['’]s)?(?![\p{L}'’-])/gu;

// fb2: a clause is a sentence cut at a dash, a semicolon or a colon (and, for a list of plans, at commas when asked).
const CLAUSE_BREAK = /\s[—–]\s|\s-\s|[;:]\s/g;
const CLAUSE_OR_COMMA_BREAK = /\s[—–]\s|\s-\s|[;:,]\s/g;
/** The clause around [start, end): its parts before and after (see sentenceParts), cut at a dash, ";" or ":" (and ","). */
function clauseParts(text: string, start: number, end: number, commas: boolean): [string, string] {
  const [left, right] = sentenceParts(text, start, end, 160);
  const re = commas ? CLAUSE_OR_COMMA_BREAK : CLAUSE_BREAK;
  let cut = 0;
  for (const m of left.matchAll(re)) cut = m.index + m[0].length;
  re.lastIndex = 0;
  const r = re.exec(right);
  re.lastIndex = 0;
  return [left.slice(cut), r === null ? right : right.slice(0, r.index)];
}

/**
 * fb2: the clause around [start, end) is about the writer's own work or study (ownWorkSentence's words), with the writer
 * in it and nothing of a patient (no patient or relative word, pronoun, event of care or what only a patient has):
 * "I have also booked onto the aEEG teaching in Glasgow on 19 June — my own diary, not the baby's", "use the mannequin
 * in the skills lab on Saturday with Chioma and Emeka, and read …". With `commas`, commas end a clause too (a list of
 * plans).
 */
export function ownWorkClause(text: string, start: number, end: number, commas = false): boolean {
  const [left, right] = clauseParts(text, start, end, commas);
  const clause = `${left} … ${right}`;
  if (!OWN_WORK_RE.test(clause) || PATIENT_IN_SENTENCE.test(clause.replace(MY_PEOPLE_RE, " ")) || STRONG_PATIENT_RE.test(clause.replace(WRITER_OWN_RE, " ")) || CARE_EVENT_RE.test(clause)) return false;
  const lead = left.replace(HEADING_START_RE, "").replace(/^(?:and|then)\s+/i, "");
  return FIRST_PERSON_RE.test(clause) || PLAN_VERB_START_RE.test(lead.charAt(0).toUpperCase() + lead.slice(1));
}

/** fb: writerSentence, with the writer in it ("I", "my", "we"): a member of staff alone does not make it the writer's life. */
export function writerOwnSentence(text: string, start: number, end: number): boolean {
  const [left, right] = sentenceParts(text, start, end);
  return FIRST_PERSON_RE.test(`${left} … ${right}`) && writerSentence(text, start, end);
}
