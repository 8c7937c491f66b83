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
 *     no-break and thin spaces); Unicode dashes become "-", fraction/division slashes "/".
 *  4. Cyrillic and Greek letters that look Latin become the Latin letter.
 * Then two passes over the result:
 *  5. Inside digit runs, O/o become 0 and l/I/| become 1 ("O77OO 9OO123").
 *  6. Runs of seven or more single digits separated by one space, dot or dash
 *     ("9 4 3 4 7 6 5 9 1 9") are joined.
 *  7. Markdown inside and around words is dropped: "*" touching a letter or digit
 *     ("Mrs *Ade*yemi", "**Tom**", "077*00*900"), "_" at a word's edge ("_Priya_"), and
 *     backslash escapes ("J\\_ohn").
 *     Underscores between letters without a backslash stay (handles, file names).
 *  8. Letters spaced out one by one ("J o h n  S m i t h", "M r s  K h a n") are joined
 *     when a run of three or more mixes capitals and small letters; a wider gap (two or
 *     more spaces) between runs stays as the word break.
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

const nfkcCache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  if (isDropped(cp)) return "";
  const look = LOOKALIKES[ch];
  if (look !== undefined) return look;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63 || cp === 0xff0d) return "-";
  if (cp === 0x2044 || cp === 0x2215) return "/";
  let folded = nfkcCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize("NFKC");
    if (nfkcCache.size < 4096) nfkcCache.set(ch, folded);
  }
  if (folded.length === 1 && folded !== ch) {
    // NFKC may land on a look-alike or a dash (e.g. full-width forms).
    return foldCodePoint(folded);
  }
  return folded;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigitLookalike(ch: string): boolean {
  return ch === "O" || ch === "o" || ch === "l" || ch === "I" || ch === "|";
}

const LETTER_RE = /\p{L}/u;

function isLetterish(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122); // ASCII fast path (v3: most text is ASCII)
  return LETTER_RE.test(ch);
}

export function normalise(original: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k] as string);
      starts.push(from);
      ends.push(to);
    }
  };

  let i = 0;
  const n = original.length;
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
          for (const ch of decoded) push(foldCodePoint(ch), i, end);
          i = end;
          continue;
        }
      }
    }
    if (code < 0x80) {
      out.push(original[i] as string);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    push(foldCodePoint(original.slice(i, i + width)), i, i + width);
    i += width;
  }

  // 5. Look-alike letters inside digit runs.
  const len = out.length;
  let r = 0;
  while (r < len) {
    const ch = out[r] as string;
    if (!isDigit(ch.charCodeAt(0)) && !isDigitLookalike(ch)) {
      r++;
      continue;
    }
    let e = r;
    let digits = 0;
    let looks = 0;
    while (e < len) {
      const c = out[e] as string;
      if (isDigit(c.charCodeAt(0))) digits++;
      else if (isDigitLookalike(c)) looks++;
      else break;
      e++;
    }
    if (looks > 0 && (digits >= 2 || (digits > 0 && digits >= looks)) && !isLetterish(out[r - 1]) && !isLetterish(out[e])) {
      for (let k = r; k < e; k++) {
        const c = out[k] as string;
        if (c === "O" || c === "o") out[k] = "0";
        else if (c === "l" || c === "I" || c === "|") out[k] = "1";
      }
    }
    r = e;
  }

  // 6. Join spaced-out single digits (7 or more).
  const keep = new Uint8Array(len).fill(1);
  let p = 0;
  while (p < len) {
    if (!isSingleDigitAt(out, p, len)) {
      p++;
      continue;
    }
    // p is a digit not preceded by a digit; walk "d s d s d".
    let q = p;
    let count = 1;
    while (q + 2 < len && isSep(out[q + 1]) && isDigit((out[q + 2] as string).charCodeAt(0)) && !isDigitAt(out, q + 3, len)) {
      q += 2;
      count++;
    }
    if (count >= 7 && !isDigitAt(out, p + 1, len)) {
      for (let k = p + 1; k < q; k += 2) keep[k] = 0;
    }
    p = q + 1;
  }

  dropMarkdown(out, keep, len);
  joinSpacedLetters(out, keep, len);

  // Nothing dropped (the usual case): no second copy of the arrays.
  if (keep.indexOf(0) < 0) return { text: out.join(""), starts, ends, originalLength: n };
  const text: string[] = [];
  const s2: number[] = [];
  const e2: number[] = [];
  for (let k = 0; k < len; k++) {
    if (keep[k] === 0) continue;
    text.push(out[k] as string);
    s2.push(starts[k] as number);
    e2.push(ends[k] as number);
  }
  return { text: text.join(""), starts: s2, ends: e2, originalLength: n };
}

function isDigitAt(out: readonly string[], k: number, len: number): boolean {
  return k >= 0 && k < len && isDigit((out[k] as string).charCodeAt(0));
}

function isSingleDigitAt(out: readonly string[], k: number, len: number): boolean {
  return isDigitAt(out, k, len) && !isDigitAt(out, k - 1, len) && !isDigitAt(out, k + 1, len);
}

function isSep(ch: string | undefined): boolean {
  return ch === " " || ch === "." || ch === "-";
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** Map a normalised span back to original offsets. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = norm.starts[start] ?? norm.originalLength;
  const e = end > start ? (norm.ends[end - 1] ?? norm.originalLength) : s;
  return { start: s, end: e };
}

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;

function isLetterAt(out: readonly string[], k: number, len: number): boolean {
  return k >= 0 && k < len && isLetterish(out[k]);
}

function isAlnumAt(out: readonly string[], k: number, len: number): boolean {
  return isLetterAt(out, k, len) || isDigitAt(out, k, len);
}

/** Step 7: Markdown emphasis and escapes that touch a letter. */
function dropMarkdown(out: readonly string[], keep: Uint8Array, len: number): void {
  let k = 0;
  while (k < len) {
    const ch = out[k];
    if (ch === "\\" && k + 1 < len && ASCII_PUNCT.test(out[k + 1] as string)) {
      const next = out[k + 1];
      keep[k] = 0;
      // An escaped emphasis marker inside a word ("J\_ohn") goes too.
      if ((next === "_" || next === "*") && (isLetterAt(out, k - 1, len) || isLetterAt(out, k + 2, len))) keep[k + 1] = 0;
      k += 2;
      continue;
    }
    if (ch === "*" || ch === "_") {
      let e = k;
      while (e < len && out[e] === ch && e - k < 3) e++;
      const prevLetter = isLetterAt(out, k - 1, len);
      const nextLetter = isLetterAt(out, e, len);
      let drop: boolean;
      // "*" touching a letter or digit ("Mrs *Ade*yemi", "077*00*900"); "_" only at a word's edge.
      if (ch === "*") drop = prevLetter || nextLetter || isDigitAt(out, k - 1, len) || isDigitAt(out, e, len);
      else drop = (prevLetter && !isAlnumAt(out, e, len)) || (nextLetter && !isAlnumAt(out, k - 1, len));
      if (drop) for (let q = k; q < e; q++) keep[q] = 0;
      k = e;
      continue;
    }
    k++;
  }
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** Step 8: "J o h n" → "John" (runs of three or more single letters, mixed case). */
function joinSpacedLetters(out: readonly string[], keep: Uint8Array, len: number): void {
  let k = 0;
  while (k < len) {
    // A single letter: a letter with no letter either side.
    if (!isLetterAt(out, k, len) || isLetterAt(out, k - 1, len) || isLetterAt(out, k + 1, len)) {
      k++;
      continue;
    }
    let q = k;
    let count = 1;
    let upper = UPPER_RE.test(out[k] as string);
    let lower = LOWER_RE.test(out[k] as string);
    while (q + 2 < len && out[q + 1] === " " && isLetterAt(out, q + 2, len) && !isLetterAt(out, q + 3, len)) {
      q += 2;
      count++;
      const c = out[q] as string;
      if (UPPER_RE.test(c)) upper = true;
      if (LOWER_RE.test(c)) lower = true;
    }
    if (count >= 3 && upper && lower) {
      for (let p = k + 1; p < q; p += 2) keep[p] = 0;
    }
    k = q + 1;
  }
}
