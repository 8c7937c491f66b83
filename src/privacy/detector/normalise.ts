/**
 * Normalisation with an offset map back to the original text.
 *
 * The patterns run on `text`; every normalised UTF-16 unit i came from the original
 * range [starts[i], ends[i]). A normalised span [s, e) therefore maps back to the
 * original range [starts[s], ends[e - 1]).
 *
 * Steps, in one left-to-right pass over the original:
 *  1. HTML character references (`&#48;`, `&#x30;`, `&nbsp;`, a small named set) are decoded.
 *  2. Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are dropped.
 *  3. Each non-ASCII code point is NFKC-normalised on its own (full-width digits, ligatures,
 *     no-break and thin spaces); Unicode dashes become "-", fraction/division slashes "/" (the decimal
 *     digits of other scripts, Arabic-Indic "٩٥", Devanagari "९५"…, become ASCII digits in step 4b).
 *  4. Cyrillic and Greek letters that look Latin become the Latin letter.
 *  4b. Every code unit of the result is below U+0100 (Latin-1), whatever the input (foldToLatin1): curly quotes and
 *     primes become ' and ", letters with diacritics their base letter ("Ọlá" → "Olá", "ş" → "s"), combining marks
 *     join the letter before them, digits of other scripts ("۰۳۰۰", "०९") their ASCII digit, bidi and other invisible
 *     format controls are dropped, and what is left stands in by its kind: a letter of another script "Ð"/"ð"/"ª"
 *     (upper/lower/caseless), punctuation "·", a symbol or emoji "¦", another space " ". Two reasons: V8 runs a
 *     regex on a one-byte string far faster than on a two-byte one, and a single curly apostrophe anywhere makes the
 *     whole string two-byte (a 1,500-word post took 7.2 ms instead of 4.4 ms); and writing with ’ or ‘ must meet the
 *     same patterns as writing with '.
 * Then two passes over the result:
 *  5. Inside digit runs, O/o become 0 and l/I/| become 1 ("O77OO 9OO123").
 *  6. Runs of seven or more single digits separated by one space, dot or dash
 *     ("9 4 3 4 7 6 5 9 1 9") are joined.
 *  7. Markdown inside and around words is dropped: "*" touching a letter or digit
 *     ("Mrs *Ade*yemi", "**Tom**", "077*00*900"), "_" at a word's edge ("_Priya_"), and
 *     backslash escapes ("J\\_ohn").
 *     Underscores between letters without a backslash stay (handles, file names).
 *  8. Text spelt out one character at a time is joined: mixed-case letter runs ("J o h n  S m i t h",
 *     "M r s  K h a n"), runs of four or more small letters ("a d m i t t e d"), and spaced-out phrases of
 *     several runs ("M r   T h i s t l e", "L S 6   3 Q T"); the word gap between joined runs becomes one space.
 *  9. An email address spelt out character by character ("a m a r a @ g m a i l . c o m") is joined.
 */
export interface NormalisedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly originalLength: number;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  shy: "\u00AD",
  ndash: "-",
  mdash: "-",
  minus: "-",
  hyphen: "-",
  dash: "-",
  period: ".",
  comma: ",",
  colon: ":",
  sol: "/",
  commat: "@",
  plus: "+",
  lpar: "(",
  rpar: ")",
  num: "#",
  zwj: "",
  zwnj: "",
  zwsp: "",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
};

// Sticky: tried only at an "&".
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;

const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041A": "K", "\u041C": "M", "\u041D": "H",
  "\u041E": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0405": "S",
  "\u0406": "I", "\u0408": "J", "\u0417": "3",
  // Cyrillic small
  "\u0430": "a", "\u0435": "e", "\u043E": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y",
  "\u0445": "x", "\u0455": "s", "\u0456": "i", "\u0458": "j", "\u04BB": "h", "\u0501": "d",
  // Greek capitals
  "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I",
  "\u039A": "K", "\u039C": "M", "\u039D": "N", "\u039F": "O", "\u03A1": "P", "\u03A4": "T",
  "\u03A5": "Y", "\u03A7": "X",
  // Greek small
  "\u03BF": "o", "\u03B1": "a", "\u03B9": "i", "\u03BD": "v", "\u03C1": "p", "\u03C5": "u",
  "\u03BA": "k",
};

function isDropped(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || cp === 0x00ad;
}

const foldCache = new Map<string, string>();

/** One code point of the original as it is scanned: see steps 2–4b above. Cached (non-ASCII text repeats its characters). */
function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldToLatin1(foldUncached(ch, cp));
    if (foldCache.size < 8192) foldCache.set(ch, folded);
  }
  return folded;
}

function foldUncached(ch: string, cp: number): string {
  if (isDropped(cp)) return "";
  const look = LOOKALIKES[ch];
  if (look !== undefined) return look;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63 || cp === 0xff0d) return "-";
  if (cp === 0x2044 || cp === 0x2215) return "/";
  const folded = ch.normalize("NFKC");
  if (folded.length === 1 && folded !== ch) {
    // NFKC may land on a look-alike or a dash (e.g. full-width forms).
    const again = folded.codePointAt(0) ?? 0;
    return again < 0x80 ? folded : foldUncached(folded, again);
  }
  return folded;
}

/** Letters that do not decompose into a base letter and a mark, and their plain forms. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "œ": "oe", "Œ": "OE", "ŧ": "t", "Ŧ": "T",
  "ŋ": "n", "Ŋ": "N", "ƒ": "f", "ɖ": "d", "Ɖ": "D", "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ƙ": "k", "Ƙ": "K",
  "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƴ": "y", "Ƴ": "Y", "ș": "s", "Ș": "S", "ț": "t", "Ț": "T",
};
const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u2035", "\u02BC", "\u02BB", "\u02B9", "\u2039", "\u203A", "\uFF07"]);
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2036", "\u02BA", "\u3003"]);
const MARK_RE = /^\p{M}$/u;
const FORMAT_RE = /^\p{Cf}$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const SPACE_RE = /^\p{Zs}$/u;
const LINE_BREAK_RE = /^[\p{Zl}\p{Zp}]$/u;
const PUNCT_RE = /^\p{P}$/u;
const LOWER_LETTER_RE = /^\p{Ll}$/u;
const UPPER_LETTER_RE = /^[\p{Lu}\p{Lt}]$/u;
const ANY_LETTER_RE = /^\p{L}$/u;
const BASE_AND_MARKS_RE = /^([ -\u00FF])\p{M}+$/u; // a printable Latin-1 base letter and its marks

/** A combining mark: it joins the unit before it (its range is added to that unit's), see normalise. */
const COMBINING = "\u0000";

/** Step 4b: the same text with every code unit below U+0100. */
function foldToLatin1(s: string): string {
  let out = "";
  for (const ch of s) out += (ch.codePointAt(0) ?? 0) < 0x100 ? ch : latin1StandIn(ch);
  return out;
}

function latin1StandIn(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (MARK_RE.test(ch)) return COMBINING;
  // Bidi controls (U+202A–202E, U+2066–2069, U+200E/F …) hide or reorder text on screen: dropped, like zero-width ones.
  if (FORMAT_RE.test(ch)) return "";
  if (DIGIT_RE.test(ch)) return String(digitValue(ch));
  if (SPACE_RE.test(ch)) return " ";
  if (LINE_BREAK_RE.test(ch)) return "\n";
  const plain = PLAIN_LETTERS[ch];
  if (plain !== undefined) return plain;
  if (ANY_LETTER_RE.test(ch)) {
    const base = BASE_AND_MARKS_RE.exec(ch.normalize("NFD"));
    if (base !== null) return base[1] as string;
    if (LOWER_LETTER_RE.test(ch)) return "\u00F0"; // ð
    if (UPPER_LETTER_RE.test(ch)) return "\u00D0"; // Ð
    return "\u00AA"; // ª, a letter without case
  }
  if (PUNCT_RE.test(ch)) return "\u00B7"; // ·
  return "\u00A6"; // ¦: symbols, emoji, private use, unpaired surrogates
}

/** The value of a decimal digit of any script: Unicode puts each script's 0–9 in one run of ten code points. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  let first = cp;
  // Some scripts' runs touch (mathematical digits: five runs of ten in a row), so walk to the start of the whole block.
  while (first > cp - 100 && DIGIT_RE.test(String.fromCodePoint(first - 1))) first--;
  return (cp - first) % 10;
}

const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

// v10: the passes work on UTF-16 code units in typed arrays (one string per character was the slowest part of a scan).
// Every test below reads one code unit, as the string version did.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** O o l I | */
function isDigitLookalike(c: number): boolean {
  return c === 79 || c === 111 || c === 108 || c === 73 || c === 124;
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122; // ASCII fast path (v3: most text is ASCII)
  return LETTER_RE.test(String.fromCharCode(c));
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isUpperCode(c: number): boolean {
  return c < 0x80 ? c >= 65 && c <= 90 : UPPER_RE.test(String.fromCharCode(c));
}

function isLowerCode(c: number): boolean {
  return c < 0x80 ? c >= 97 && c <= 122 : LOWER_RE.test(String.fromCharCode(c));
}

// Session 7: the passes below read their neighbours through these module functions rather than closures made afresh
// for each text (a new closure per call kept V8 from optimising the passes well: they cost several ns a unit).
/** out[k] is a letter (false outside [0, len)). */
function letterAt(out: Uint16Array, len: number, k: number): boolean {
  return k >= 0 && k < len && isLetterCode(out[k] as number);
}

/** out[k] is an ASCII digit (false outside [0, len)). */
function digitAt(out: Uint16Array, len: number, k: number): boolean {
  return k >= 0 && k < len && isDigit(out[k] as number);
}

/** Code units, each with the original range it came from; typed arrays grown by doubling. */
class Units {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, from: number, to: number): void {
    if (this.len === this.codes.length) this.grow();
    this.codes[this.len] = code;
    this.starts[this.len] = from;
    this.ends[this.len] = to;
    this.len++;
  }

  /**
   * A folded code point (foldCodePoint): its units, except that a combining mark's stand-in (COMBINING) adds the mark's
   * original range to the unit before it, so that a finding ending in "é" written as e + U+0301 covers the accent.
   */
  pushFolded(s: string, from: number, to: number): void {
    for (let k = 0; k < s.length; k++) {
      const code = s.charCodeAt(k);
      if (code !== 0) this.push(code, from, to);
      else if (this.len > 0) this.ends[this.len - 1] = Math.max(this.ends[this.len - 1] as number, to);
    }
  }

  private grow(): void {
    const cap = this.codes.length * 2 + 16;
    const codes = new Uint16Array(cap);
    const starts = new Int32Array(cap);
    const ends = new Int32Array(cap);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * The result keeps its offset maps as typed arrays, which toOriginal reads directly; `starts` and `ends` become plain
 * arrays only when someone asks for them (a scan never does).
 */
class Normalised implements NormalisedText {
  readonly text: string;
  readonly originalLength: number;
  readonly startAt: Int32Array;
  readonly endAt: Int32Array;

  constructor(text: string, startAt: Int32Array, endAt: Int32Array, originalLength: number) {
    this.text = text;
    this.startAt = startAt;
    this.endAt = endAt;
    this.originalLength = originalLength;
  }

  get starts(): number[] {
    return Array.from(this.startAt);
  }

  get ends(): number[] {
    return Array.from(this.endAt);
  }
}

// UTF-16 code units back to a string in one native call. An unpaired surrogate becomes U+FFFD, also one unit, so
// offsets are unchanged (findings quote the original text, never this one).
// A Uint16Array's bytes are little-endian on every platform Node ships for; elsewhere, build the string in chunks.
const UTF16 = new TextDecoder("utf-16le");
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decode(codes: Uint16Array, len: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(codes.subarray(0, len));
  let s = "";
  for (let k = 0; k < len; k += 8192) s += String.fromCharCode(...codes.subarray(k, Math.min(len, k + 8192)));
  return s;
}

export function normalise(original: string): NormalisedText {
  const n = original.length;
  const u = new Units(n + 16);
  // Whether the text differs from the original so far (entities, folded characters, look-alike digits).
  let changed = false;

  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code === 38 /* & */) {
      ENTITY_RE.lastIndex = i;
      const m = ENTITY_RE.exec(original);
      if (m) {
        let decoded: string | undefined;
        if (m[1] !== undefined) decoded = safeFromCodePoint(Number.parseInt(m[1], 10));
        else if (m[2] !== undefined) decoded = safeFromCodePoint(Number.parseInt(m[2], 16));
        else if (m[3] !== undefined) decoded = NAMED_ENTITIES[m[3].toLowerCase()];
        if (decoded !== undefined) {
          const end = i + m[0].length;
          for (const ch of decoded) u.pushFolded(foldCodePoint(ch), i, end);
          i = end;
          changed = true;
          continue;
        }
      }
    }
    if (code < 0x80) {
      u.push(code, i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const raw = original.slice(i, i + width);
    const folded = foldCodePoint(raw);
    if (folded !== raw) changed = true;
    u.pushFolded(folded, i, i + width);
    i += width;
  }

  const out = u.codes;
  const len = u.len;
  const keep = new Uint8Array(len).fill(1);
  const needed = passesNeeded(out, len);
  if ((needed & NEEDS_LOOKALIKES) !== 0) {
    if (fixLookalikeDigits(out, len)) changed = true;
    // Digits made from look-alikes may join: step 6 is not skipped on the pre-pass's word.
    joinSpacedDigits(out, keep, len);
  } else if ((needed & NEEDS_SPACED_DIGITS) !== 0) joinSpacedDigits(out, keep, len);
  if ((needed & NEEDS_MARKDOWN) !== 0) dropMarkdown(out, keep, len);
  joinSpacedLetters(out, keep, len);
  joinSpacedEmails(out, keep, len);

  // Nothing dropped (the usual case): no compaction.
  if (keep.indexOf(0) < 0) return new Normalised(changed ? decode(out, len) : original, u.starts.subarray(0, len), u.ends.subarray(0, len), n);
  let w = 0;
  for (let k = 0; k < len; k++) {
    if (keep[k] === 0) continue;
    out[w] = out[k] as number;
    u.starts[w] = u.starts[k] as number;
    u.ends[w] = u.ends[k] as number;
    w++;
  }
  return new Normalised(decode(out, w), u.starts.subarray(0, w), u.ends.subarray(0, w), n);
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** Map a normalised span back to original offsets. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const starts = norm instanceof Normalised ? norm.startAt : norm.starts;
  const ends = norm instanceof Normalised ? norm.endAt : norm.ends;
  const s = starts[start] ?? norm.originalLength;
  const e = end > start ? (ends[end - 1] ?? norm.originalLength) : s;
  return { start: s, end: e };
}

// Which of steps 5–7 can change anything (passesNeeded).
const NEEDS_LOOKALIKES = 1;
const NEEDS_SPACED_DIGITS = 2;
const NEEDS_MARKDOWN = 4;

/**
 * Speed (session 7): one pass over the units tells which of steps 5–7 can do anything, instead of a pass each. Step 5
 * changes a run only if a digit and a look-alike stand side by side in it; step 6 joins only where a digit, a separator
 * and a digit follow each other; step 7 acts only at "*", "_" and "\".
 */
function passesNeeded(out: Uint16Array, len: number): number {
  let needed = 0;
  for (let k = 0; k < len; k++) {
    const c = out[k] as number;
    if (c === 42 || c === 95 || c === 92) needed |= NEEDS_MARKDOWN;
    else if (isDigit(c)) {
      if (k + 1 >= len) continue;
      const d = out[k + 1] as number;
      if (isDigitLookalike(d)) needed |= NEEDS_LOOKALIKES;
      else if (isSep(d) && k + 2 < len && isDigit(out[k + 2] as number)) needed |= NEEDS_SPACED_DIGITS;
    } else if (isDigitLookalike(c) && k + 1 < len && isDigit(out[k + 1] as number)) needed |= NEEDS_LOOKALIKES;
  }
  return needed;
}

/** Step 5: look-alike letters inside digit runs. Whether any unit changed. */
function fixLookalikeDigits(out: Uint16Array, len: number): boolean {
  let changed = false;
  let r = 0;
  while (r < len) {
    const ch = out[r] as number;
    if (!isDigit(ch) && !isDigitLookalike(ch)) {
      r++;
      continue;
    }
    let e = r;
    let digits = 0;
    let looks = 0;
    while (e < len) {
      const c = out[e] as number;
      if (isDigit(c)) digits++;
      else if (isDigitLookalike(c)) looks++;
      else break;
      e++;
    }
    if (looks > 0 && (digits >= 2 || (digits > 0 && digits >= looks)) && !letterAt(out, len, r - 1) && !letterAt(out, len, e)) {
      for (let k = r; k < e; k++) {
        const c = out[k] as number;
        if (c === 79 || c === 111) out[k] = 48;
        else if (c === 108 || c === 73 || c === 124) out[k] = 49;
      }
      changed = true;
    }
    r = e;
  }
  return changed;
}

function isSep(c: number): boolean {
  return c === 32 || c === 46 || c === 45;
}

/** Step 6: join spaced-out single digits (7 or more). */
function joinSpacedDigits(out: Uint16Array, keep: Uint8Array, len: number): void {
  let p = 0;
  while (p < len) {
    // A single digit: no digit either side.
    if (!(digitAt(out, len, p) && !digitAt(out, len, p - 1) && !digitAt(out, len, p + 1))) {
      p++;
      continue;
    }
    // p is a digit not preceded by a digit; walk "d s d s d".
    let q = p;
    let count = 1;
    while (q + 2 < len && isSep(out[q + 1] as number) && isDigit(out[q + 2] as number) && !digitAt(out, len, q + 3)) {
      q += 2;
      count++;
    }
    if (count >= 7 && !digitAt(out, len, p + 1)) {
      for (let k = p + 1; k < q; k += 2) keep[k] = 0;
    }
    p = q + 1;
  }
}

/** Step 7: Markdown emphasis and escapes that touch a letter. */
function dropMarkdown(out: Uint16Array, keep: Uint8Array, len: number): void {
  let k = 0;
  while (k < len) {
    const ch = out[k] as number;
    if (ch === 92 /* \ */ && k + 1 < len && isAsciiPunct(out[k + 1] as number)) {
      const next = out[k + 1] as number;
      keep[k] = 0;
      // An escaped emphasis marker inside a word ("J\_ohn") goes too.
      if ((next === 95 || next === 42) && (letterAt(out, len, k - 1) || letterAt(out, len, k + 2))) keep[k + 1] = 0;
      k += 2;
      continue;
    }
    if (ch === 42 /* * */ || ch === 95 /* _ */) {
      let e = k;
      while (e < len && out[e] === ch && e - k < 3) e++;
      const prevLetter = letterAt(out, len, k - 1);
      const nextLetter = letterAt(out, len, e);
      let drop: boolean;
      // "*" touching a letter or digit ("Mrs *Ade*yemi", "077*00*900"); "_" only at a word's edge.
      if (ch === 42) drop = prevLetter || nextLetter || digitAt(out, len, k - 1) || digitAt(out, len, e);
      else drop = (prevLetter && !alnumAt(out, len, e)) || (nextLetter && !alnumAt(out, len, k - 1));
      if (drop) for (let q = k; q < e; q++) keep[q] = 0;
      k = e;
      continue;
    }
    k++;
  }
}

/**
 * Step 8: text spelt out one character at a time is joined back into words. A run is a stretch of single letters or
 * digits (no letter or digit either side) separated by single spaces. A run is joined when
 *  - it has three or more letters mixing capitals and small letters ("J o h n", "M r s"), or
 *  - it has four or more letters, all small ("a d m i t t e d", "b o r n"): English never writes four one-letter words
 *    in a row, or
 *  - it belongs to a spaced-out phrase: two or more runs, each next to the other across a word gap of two or three
 *    spaces, six or more characters in all ("M r   T h i s t l e", "L S 6   3 Q T", "M R N   4 0 7 1 8 2 9 3").
 * Inside a joined run, the space between a small letter and a capital stays ("M r s O k o n k w o" → "Mrs Okonkwo"):
 * that is where the writer's words met. A word gap between two joined runs becomes one space. One pass finds the runs,
 * one joins them: linear.
 */
function alnumAt(out: Uint16Array, len: number, k: number): boolean {
  return letterAt(out, len, k) || digitAt(out, len, k);
}

function joinSpacedLetters(out: Uint16Array, keep: Uint8Array, len: number): void {
  const unitAt = (k: number): boolean => alnumAt(out, len, k);
  const runs: { from: number; to: number; count: number; letters: number; upper: boolean; lower: boolean }[] = [];
  let k = 0;
  while (k < len) {
    if (!unitAt(k)) {
      k++;
      continue;
    }
    if (unitAt(k - 1) || unitAt(k + 1)) {
      // Inside a word: none of the word's units stands alone, so the word is skipped whole (speed).
      while (k < len && unitAt(k)) k++;
      continue;
    }
    const run = { from: k, to: k, count: 0, letters: 0, upper: false, lower: false };
    let q = k;
    for (;;) {
      const c = out[q] as number;
      run.count++;
      if (letterAt(out, len, q)) run.letters++;
      if (isUpperCode(c)) run.upper = true;
      if (isLowerCode(c)) run.lower = true;
      if (q + 2 < len && out[q + 1] === 32 && unitAt(q + 2) && !unitAt(q + 3)) q += 2;
      else break;
    }
    run.to = q;
    // A lone unit ("a", "I", "3") matters only inside a spaced-out phrase, next to a word gap: most are skipped here,
    // which keeps this pass cheap on ordinary text.
    if (run.count > 1 || (out[q + 1] === 32 && out[q + 2] === 32) || (out[k - 1] === 32 && out[k - 2] === 32)) runs.push(run);
    k = q + 1;
  }
  /** Two or three spaces, and nothing else, between run i's end and run i + 1's start. */
  const gapAfter = (i: number): number => {
    const a = runs[i];
    const b = runs[i + 1];
    if (a === undefined || b === undefined) return 0;
    const gap = b.from - a.to - 1;
    if (gap < 2 || gap > 3) return 0;
    for (let p = a.to + 1; p < b.from; p++) if (out[p] !== 32) return 0;
    return gap;
  };
  const join = new Uint8Array(runs.length);
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as (typeof runs)[number];
    const lettersOnly = r.letters === r.count;
    if (lettersOnly && ((r.count >= 3 && r.upper && r.lower) || (r.count >= 4 && !r.upper))) join[i] = 1;
  }
  // Spaced-out phrases: maximal chains of runs linked by word gaps.
  for (let i = 0; i < runs.length; ) {
    let j = i;
    let total = (runs[i] as (typeof runs)[number]).count;
    while (gapAfter(j) > 0) {
      j++;
      total += (runs[j] as (typeof runs)[number]).count;
    }
    if (j > i && total >= 6) for (let m = i; m <= j; m++) join[m] = 1;
    i = j + 1;
  }
  for (let i = 0; i < runs.length; i++) {
    if (join[i] !== 1) continue;
    const r = runs[i] as (typeof runs)[number];
    for (let p = r.from + 1; p < r.to; p += 2) {
      if (isLowerCode(out[p - 1] as number) && isUpperCode(out[p + 1] as number)) continue;
      keep[p] = 0;
    }
    const gap = gapAfter(i);
    if (gap > 0 && join[i + 1] === 1) for (let p = r.to + 2; p <= r.to + gap; p++) keep[p] = 0;
  }
}

/**
 * Step 9: an email address spelt out one character at a time ("a m a r a @ g m a i l . c o m") is joined: a run of six
 * or more single characters (ASCII letters, digits, ".", "_", "-", "@") separated by single spaces, with an "@" that has a
 * "." after it. Nothing but an address has that shape, whatever the case of its letters.
 */
function isAddressChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 64 || c === 46;
}

function joinSpacedEmails(out: Uint16Array, keep: Uint8Array, len: number): void {
  // Most texts have no "@ " or " @" at all: nothing to join.
  let at = out.indexOf(64);
  while (at >= 0 && at < len && out[at - 1] !== 32 && out[at + 1] !== 32) at = out.indexOf(64, at + 1);
  if (at < 0 || at >= len) return;
  const part = (k: number): boolean => {
    if (k < 0 || k >= len) return false;
    const c = out[k] as number;
    // A full stop stuck to the character before it and followed by no address character ends the sentence, not the
    // address ("… c o m."); the dots of a spaced-out address stand apart ("g m a i l . c o m").
    if (c === 46) return !(k > 0 && out[k - 1] !== 32 && !(k + 1 < len && isAddressChar(out[k + 1] as number)));
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 64;
  };
  let k = 0;
  while (k < len) {
    if (!part(k) || part(k - 1) || part(k + 1)) {
      k++;
      continue;
    }
    let q = k;
    let count = 1;
    let at = out[k] === 64 ? k : -1;
    let dotAfterAt = false;
    while (q + 2 < len && out[q + 1] === 32 && part(q + 2) && !part(q + 3)) {
      q += 2;
      count++;
      if (out[q] === 64) at = q;
      else if (out[q] === 46 && at >= 0) dotAfterAt = true;
    }
    if (count >= 6 && at > k && dotAfterAt) {
      for (let p = k + 1; p < q; p += 2) keep[p] = 0;
    }
    k = q + 1;
  }
}
