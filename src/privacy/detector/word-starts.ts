/**
 * Speed: a per-text index of word starts, and for a regex that can only match from a word start, the set of the first
 * two characters its matches can begin with, so that `eachMatch` (context.ts) tries such a regex only at the word
 * starts where it could match instead of scanning the whole text with it.
 *
 * Most detector regexes are a word boundary and a long keyword list ("\b(?:admit\w*|admission|born|…)"). Scanning a
 * 1,500-word post with each of them costs tens of microseconds, however few words they match; trying each at the
 * ~1,500 word starts whose first two letters one of its keywords has costs a few.
 *
 * The analysis is derived from the regex's own source when it is first used, so it follows any change to a pattern. It
 * is conservative: anything it does not understand makes the regex "not keyed" and it is run the ordinary way.
 *
 * The index (buildWordStarts) holds every position s where text[s] is an ASCII letter, "_", ſ (U+017F) or K (U+212A)
 * and the unit before s is not an ASCII letter, or text[s] is a digit and the unit before is not an ASCII letter or
 * digit. What the analysis proves, for a keyed regex R: every match of R starts at such an s (or one unit before one,
 * for a regex led by "\s"), with a pair (class of text[s], class of text[s + 1]) that R's matches can begin with.
 *   - Every character R can consume first is an ASCII letter, digit or "_" (or, in an "iu" regex, ſ or K, which fold
 *     to s and k), and before it, on every path, R has a zero-width guarantee about the unit before: `\b` (before a
 *     word character: no letter, digit or "_"), or a negative look-behind of one class holding all ASCII letters
 *     ((?<![A-Za-z]), (?<![\p{L}'’-])) or all letters and digits ((?<![A-Za-z0-9.]), (?<![\p{L}\d])). With only the
 *     letters excluded, R's first character must not be a digit. Or R is "\s" followed by such characters: the unit
 *     after the space starts a word whatever came before.
 *   - Classes: a–z, A–Z, digit, anything else (in an "i" regex a letter stands for both cases; in an "iu" regex also
 *     for "anything else"). A match one character long allows any second class. Look-arounds and assertions are
 *     treated as matching nothing and backreferences anything, so the pair sets are supersets of the real ones.
 * A regex that can match the empty string is never keyed.
 */

// Classes of UTF-16 units: 0–25 a–z, 26–51 A–Z, 52 digits, 53 anything else. Sets of classes are bigints (the
// analysis runs once per regex).
const DIGIT = 52;
const OTHER = 53;
const NCLASS = 54;
const ALL = (1n << BigInt(NCLASS)) - 1n;
const BITS: readonly bigint[] = Array.from({ length: NCLASS }, (_, k) => 1n << BigInt(k));
const bit = (k: number): bigint => BITS[k] as bigint;
const has = (m: bigint, k: number): boolean => (m & (BITS[k] as bigint)) !== 0n;

/** Class of a UTF-16 unit (see above). */
function classOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65 + 26;
  if (c >= 48 && c <= 57) return DIGIT;
  return OTHER;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Word starts of one text: positions s with text[s] an ASCII letter, digit, "_", ſ or K, not after an ASCII letter or
 * digit, in text order (`pos`), and their ordinals grouped by the classes of their first two units (the pair
 * classOf(text[s]) * 54 + classOf(text[s + 1]), OTHER past the end): the ordinals with pair p are
 * byPair[from[p] .. from[p + 1]). `present` lists the pairs that occur.
 */
export interface WordStarts {
  readonly text: string;
  readonly pos: Int32Array;
  readonly byPair: Int32Array;
  readonly from: Int32Array;
  readonly present: Uint16Array;
  /** Positions of the ASCII digits, ascending (made when first asked for: digitPositions). */
  digits: readonly number[] | null;
}

function buildWordStarts(text: string): WordStarts {
  const n = text.length;
  const NP = NCLASS * NCLASS;
  const pos = new Int32Array(n);
  const pair = new Uint16Array(n);
  const count = new Int32Array(NP + 1);
  let k = 0;
  let prev = 0; // 0: the unit before s is no ASCII letter or digit; 1: a digit; 2: a letter
  for (let s = 0; s < n; s++) {
    const c = text.charCodeAt(s);
    const kind = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : c >= 48 && c <= 57 ? 1 : 0;
    // A letter (or "_", ſ, K) not after a letter; a digit not after a letter or digit.
    if (kind === 2 || c === 95 || c === 0x17f || c === 0x212a ? prev !== 2 : kind === 1 && prev === 0) {
      const p = classOf(c) * NCLASS + (s + 1 < n ? classOf(text.charCodeAt(s + 1)) : OTHER);
      pos[k] = s;
      pair[k] = p;
      count[p + 1] = (count[p + 1] as number) + 1;
      k++;
    }
    prev = kind;
  }
  const present: number[] = [];
  for (let p = 0; p < NP; p++) {
    if ((count[p + 1] as number) > 0) present.push(p);
    count[p + 1] = (count[p + 1] as number) + (count[p] as number);
  }
  const from = count; // now prefix sums
  const fill = from.slice(0, NP);
  const byPair = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    const p = pair[j] as number;
    byPair[fill[p] as number] = j;
    fill[p] = (fill[p] as number) + 1;
  }
  return { text, pos: pos.slice(0, k), byPair, from, present: Uint16Array.from(present), digits: null };
}

/**
 * The word starts of `ws` a keyed regex is to be tried at, in text order, or null when there are more than `max` of
 * them (scanning is then cheaper). Their ordinals are set in a bit set and read back in order: no sort.
 * Speed (session 7): some 150 regexes ask this once each per scan, so it allocates only its answer. The pairs to read
 * are found by walking the shorter of the regex's pair list and the text's (a keyword list has a few dozen pairs, a
 * post a few hundred), remembered from the counting pass for the filling one, and the bit set is a buffer shared by
 * every call (it runs to completion, and leaves the buffer cleared). The answer is a plain array: a typed array that
 * size is allocated outside the heap, which cost more than filling it.
 */
export function startsFor(ws: WordStarts, keyed: Keyed, max: number): readonly number[] | null {
  const { pos, byPair, from, present } = ws;
  const { pairs, list, offset } = keyed;
  const found = FOUND_PAIRS;
  let np = 0;
  let k = 0;
  if (list.length < present.length) {
    for (let j = 0; j < list.length; j++) {
      const p = list[j] as number;
      const c = (from[p + 1] as number) - (from[p] as number);
      if (c > 0) {
        found[np++] = p;
        k += c;
      }
    }
  } else {
    for (let j = 0; j < present.length; j++) {
      const p = present[j] as number;
      if (pairs[p] === 1) {
        found[np++] = p;
        k += (from[p + 1] as number) - (from[p] as number);
      }
    }
  }
  if (k > max) return null;
  if (k === 0) return NO_STARTS;
  const words = (pos.length + 31) >>> 5;
  if (bitBuffer.length < words) bitBuffer = new Int32Array(Math.max(words, bitBuffer.length * 2));
  const bits = bitBuffer;
  for (let j = 0; j < np; j++) {
    const p = found[j] as number;
    const e = from[p + 1] as number;
    for (let q = from[p] as number; q < e; q++) {
      const o = byPair[q] as number;
      bits[o >>> 5] = (bits[o >>> 5] as number) | (1 << (o & 31));
    }
  }
  // Speed (session 8): the answer's length is known (k, or one less), so it is made that long at once; grown by push,
  // its copies were a third of the bytes a scan allocated.
  const out = new Array<number>(k);
  let n = 0;
  for (let w = 0; w < words; w++) {
    let b = bits[w] as number;
    if (b === 0) continue;
    bits[w] = 0;
    while (b !== 0) {
      const low = b & -b;
      const s = (pos[(w << 5) + 31 - Math.clz32(low)] as number) - offset;
      // A "\s"-led regex cannot match before the text's first unit.
      if (s >= 0) out[n++] = s;
      b ^= low;
    }
  }
  if (n < k) out.length = n;
  return out;
}

// startsFor's scratch: the pairs found in its counting pass, and its bit set (all zero between calls).
const FOUND_PAIRS = new Uint16Array(NCLASS * NCLASS);
let bitBuffer = new Int32Array(256);
const NO_STARTS: readonly number[] = [];

// The last two texts indexed: the detectors all scan one normalised text, a few helpers another.
let cacheA: WordStarts | null = null;
let cacheB: WordStarts | null = null;

export function wordStarts(text: string): WordStarts {
  if (cacheA !== null && cacheA.text === text) return cacheA;
  if (cacheB !== null && cacheB.text === text) {
    const t = cacheA;
    cacheA = cacheB;
    cacheB = t;
    return cacheA;
  }
  cacheB = cacheA;
  cacheA = buildWordStarts(text);
  return cacheA;
}

/** The positions of the ASCII digits (what /\d/ matches) in the text, ascending. */
export function digitPositions(text: string): readonly number[] {
  const ws = wordStarts(text);
  if (ws.digits !== null) return ws.digits;
  // Speed (session 8): stored before the loop fills it, and nothing after the loop but returning it. The loop is
  // compiled while it runs (on-stack replacement) before the code after it has ever run, and V8 reused that compiled
  // loop on each new text, leaving it at a property store it had no type feedback for: a deoptimisation each text.
  const out: number[] = [];
  ws.digits = out;
  for (let s = 0; s < text.length; s++) {
    const c = text.charCodeAt(s);
    if (c >= 48 && c <= 57) out.push(s);
  }
  return out;
}

// ---------- regex analysis ----------

/** What a piece of a regex can match, as far as its first two characters go. */
interface Lead {
  /** Can match the empty string. */
  nullable: boolean;
  /** Classes of the characters of matches that are exactly one character long. */
  one: bigint;
  /** (first, second) class pairs of matches at least two characters long: sets of second classes, by first class. */
  two: bigint[];
  /** Some first character may be outside [A-Za-z0-9] (and ſ, K under "iu"): a word start is not implied. */
  bad: boolean;
  /**
   * What the piece guarantees, on every path, about the unit before its match's start (before anything it consumes):
   * NONE, NO_LETTER (not an ASCII letter: a look-behind such as (?<![A-Za-z])) or NO_ALNUM (not an ASCII letter or
   * digit: `\b` before a word character, (?<![A-Za-z0-9]), (?<![\p{L}\d]) …).
   */
  bounded: number;
}

class Unsupported extends Error {}

const NONE = 0;
const NO_LETTER = 1;
const NO_ALNUM = 2;

// Shared by the pieces that have no two-character matches; never written to (concat, union and repeat make new arrays).
const NO_TWO: readonly bigint[] = new Array<bigint>(NCLASS).fill(0n);

function empty(nullable: boolean): Lead {
  return { nullable, one: 0n, two: NO_TWO as bigint[], bad: false, bounded: NONE };
}

function firstOf(l: Lead): bigint {
  let m = l.one;
  for (let a = 0; a < NCLASS; a++) if (l.two[a] !== 0n) m |= bit(a);
  return m;
}

function atom(mask: bigint, bad: boolean): Lead {
  return { nullable: false, one: mask, two: NO_TWO as bigint[], bad, bounded: NONE };
}

function anything(): Lead {
  const two = new Array<bigint>(NCLASS).fill(ALL);
  return { nullable: true, one: ALL, two, bad: true, bounded: NONE };
}

function concat(a: Lead, b: Lead): Lead {
  // Every match of a is at least two characters long: what follows cannot change its first two (nor the rest below).
  if (!a.nullable && a.one === 0n) return a;
  const two = new Array<bigint>(NCLASS).fill(0n);
  const bFirst = firstOf(b);
  for (let x = 0; x < NCLASS; x++) {
    let m = a.two[x] as bigint;
    if (has(a.one, x)) m |= bFirst;
    if (a.nullable) m |= b.two[x] as bigint;
    two[x] = m;
  }
  return {
    nullable: a.nullable && b.nullable,
    one: (b.nullable ? a.one : 0n) | (a.nullable ? b.one : 0n),
    two,
    bad: a.bad || (a.nullable && b.bad),
    // Zero-width pieces before the boundary (look-arounds) leave it at the match's start.
    // Zero-width pieces (look-arounds, assertions) before another: both hold at the match's start.
    bounded: a.nullable && firstOf(a) === 0n && !a.bad ? Math.max(a.bounded, b.bounded) : a.bounded,
  };
}

function union(a: Lead, b: Lead): Lead {
  const two = new Array<bigint>(NCLASS).fill(0n);
  for (let x = 0; x < NCLASS; x++) two[x] = (a.two[x] as bigint) | (b.two[x] as bigint);
  return { nullable: a.nullable || b.nullable, one: a.one | b.one, two, bad: a.bad || b.bad, bounded: Math.min(a.bounded, b.bounded) };
}

function repeat(l: Lead, min: number, max: number): Lead {
  const two = new Array<bigint>(NCLASS).fill(0n);
  const first = firstOf(l);
  for (let x = 0; x < NCLASS; x++) two[x] = (l.two[x] as bigint) | (max >= 2 && has(l.one, x) ? first : 0n);
  return { nullable: min === 0 || l.nullable, one: l.one, two, bad: l.bad, bounded: min > 0 ? l.bounded : NONE };
}

const LETTERS = (1n << 52n) - 1n;

class Parser {
  private i = 0;
  private readonly src: string;
  private readonly ci: boolean;
  private readonly uni: boolean;
  constructor(src: string, flags: string) {
    this.src = src;
    this.ci = flags.includes("i");
    this.uni = flags.includes("u") || flags.includes("v");
    if (flags.includes("v") || flags.includes("m") || flags.includes("s")) throw new Unsupported();
  }

  /** A regex "\s" + one sequence (no top-level "|"), as the sequence after the "\s"; null for any other regex. */
  parseSpaceLed(): Lead | null {
    if (!this.src.startsWith("\\s") || /[*+?{]/.test(this.src[2] ?? "")) return null;
    this.i = 2;
    const l = this.sequence();
    if (this.i !== this.src.length) return null;
    return l;
  }

  parse(): Lead {
    const l = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported();
    return l;
  }

  // Whether the last term, sequence or alternation parsed must end with a \s (for a look-behind: see term).
  private termEndsSpace = false;
  private seqEndsSpace = false;
  private altEndsSpace = false;

  private alternation(): Lead {
    let l = this.sequence();
    let endsSpace = this.seqEndsSpace;
    while (this.src[this.i] === "|") {
      this.i++;
      l = union(l, this.sequence());
      endsSpace &&= this.seqEndsSpace;
    }
    this.altEndsSpace = endsSpace;
    return l;
  }

  private sequence(): Lead {
    let l = empty(true);
    let first = true;
    let endsSpace = false;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const t = this.quantified();
      endsSpace = this.termEndsSpace;
      if (first) {
        l = t;
        first = false;
      } else l = concat(l, t);
    }
    this.seqEndsSpace = endsSpace;
    return l;
  }

  private quantified(): Lead {
    const start = this.i;
    const t = this.term();
    const space = this.i === start + 2 && this.src.startsWith("\\s", start);
    const s = this.src;
    let min = -1;
    let max = -1;
    const c = s[this.i];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m === null) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    }
    this.termEndsSpace = space && min !== 0; // a \s, once or more
    if (min < 0) return t.lead;
    this.i++;
    if (s[this.i] === "?") this.i++;
    // A look-around or assertion made optional may not hold: it no longer bounds the match.
    if (t.zeroWidth) return min === 0 ? empty(true) : t.lead;
    return repeat(t.lead, min, max);
  }

  private term(): { lead: Lead; zeroWidth: boolean } {
    const s = this.src;
    const c = s[this.i] as string;
    if (c === "(") {
      const behind = this.negativeClassBehind();
      if (behind !== NONE) {
        const l = empty(true);
        l.bounded = behind;
        return { lead: l, zeroWidth: true };
      }
      let look = false;
      let positiveBehind = false;
      if (s.startsWith("(?:", this.i)) this.i += 3;
      else if (s.startsWith("(?=", this.i) || s.startsWith("(?!", this.i)) {
        this.i += 3;
        look = true;
      } else if (s.startsWith("(?<=", this.i) || s.startsWith("(?<!", this.i)) {
        positiveBehind = s[this.i + 3] === "=";
        this.i += 4;
        look = true;
      } else if (s.startsWith("(?<", this.i)) {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else if (s.startsWith("(?", this.i)) throw new Unsupported(); // modifiers
      else this.i += 1;
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new Unsupported();
      this.i++;
      // A look-behind that must end with a \s puts a space-like unit (no ASCII letter or digit) before the match.
      if (look && positiveBehind && this.altEndsSpace) {
        const l = empty(true);
        l.bounded = NO_ALNUM;
        return { lead: l, zeroWidth: true };
      }
      return look ? { lead: empty(true), zeroWidth: true } : { lead: inner, zeroWidth: false };
    }
    if (c === "[") return { lead: this.charClass(), zeroWidth: false };
    if (c === ".") {
      this.i++;
      return { lead: atom(ALL, true), zeroWidth: false };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { lead: empty(true), zeroWidth: true };
    }
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{") throw new Unsupported();
    if (c === "\\") return this.escape();
    this.i++;
    return { lead: this.literal(c.charCodeAt(0)), zeroWidth: false };
  }

  /** One literal UTF-16 unit (or code point). */
  private literal(code: number): Lead {
    return atom(this.maskOf(code), this.badOf(code));
  }

  private maskOf(code: number): bigint {
    const k = classOf(code);
    if (k < 52 && this.ci) {
      // Both cases; under "iu" also ſ and K (they fold to s and k), which are indexed as OTHER.
      const both = bit(k % 26) | bit((k % 26) + 26);
      return this.uni ? both | bit(OTHER) : both;
    }
    if (code >= 0x80 && this.ci && this.uni) return ALL; // a non-ASCII letter may fold to an ASCII one (K → k)
    return bit(k);
  }

  private badOf(code: number): boolean {
    return !isAsciiAlnum(code);
  }

  private escape(): { lead: Lead; zeroWidth: boolean } {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported();
    if (e === "b") {
      this.i += 2;
      // Before a word character (the first consumed character is checked to be one) \b means a non-word unit before.
      const l = empty(true);
      l.bounded = NO_ALNUM;
      return { lead: l, zeroWidth: true };
    }
    if (e === "B") {
      this.i += 2;
      return { lead: empty(true), zeroWidth: true };
    }
    const cls = this.classEscape();
    if (cls !== null) return { lead: atom(cls.mask, cls.bad), zeroWidth: false };
    if (/[1-9]/.test(e) || e === "k") {
      // A backreference: anything, possibly empty.
      this.i += 2;
      if (e === "k") {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else while (/\d/.test(s[this.i] ?? "")) this.i++;
      return { lead: anything(), zeroWidth: false };
    }
    const code = this.escapedCode();
    return { lead: this.literal(code), zeroWidth: false };
  }

  /** \d \D \w \W \s \S \p{…} \P{…} at this.i: their mask and badness, or null. Advances past it. */
  private classEscape(): { mask: bigint; bad: boolean } | null {
    const s = this.src;
    const e = s[this.i + 1];
    switch (e) {
      case "d":
        this.i += 2;
        return { mask: bit(DIGIT), bad: false };
      case "w":
        this.i += 2;
        // [A-Za-z0-9_] (and ſ, K under "iu"): all indexed when they start a word.
        return { mask: LETTERS | bit(DIGIT) | bit(OTHER), bad: false };
      case "s":
        this.i += 2;
        return { mask: bit(OTHER), bad: true };
      case "D":
      case "W":
      case "S":
        this.i += 2;
        return { mask: ALL, bad: true };
      case "p":
      case "P": {
        if (!this.uni || s[this.i + 2] !== "{") throw new Unsupported();
        const close = s.indexOf("}", this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
        return { mask: ALL, bad: true };
      }
      default:
        return null;
    }
  }

  /** The code of an escaped literal at this.i (\., \n, \u00C0, \x41, \/ …). Advances past it. */
  private escapedCode(): number {
    const s = this.src;
    const e = s[this.i + 1] as string;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    if (e in simple) {
      if (e === "0" && /\d/.test(s[this.i + 2] ?? "")) throw new Unsupported();
      this.i += 2;
      return simple[e] as number;
    }
    if (e === "u") {
      const m = /^\\u(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]+)\})/.exec(s.slice(this.i));
      if (m === null || (m[2] !== undefined && !this.uni)) throw new Unsupported();
      this.i += m[0].length;
      return Number.parseInt(m[1] ?? m[2] ?? "", 16);
    }
    if (e === "x") {
      const m = /^\\x([0-9A-Fa-f]{2})/.exec(s.slice(this.i));
      if (m === null) throw new Unsupported();
      this.i += 4;
      return Number.parseInt(m[1] ?? "", 16);
    }
    if (e === "c") throw new Unsupported();
    if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(); // an escape this analysis does not know
    this.i += 2;
    return e.charCodeAt(0);
  }

  /**
   * At "(?<![…])" with one plain class whose every member is listed (ranges, single characters, \d, \w, \p{L}):
   * NO_ALNUM when it holds all ASCII letters and digits, NO_LETTER when all ASCII letters; advances past it. Else NONE.
   */
  private negativeClassBehind(): number {
    const s = this.src;
    if (!s.startsWith("(?<![", this.i) || s[this.i + 5] === "^") return NONE;
    const covered = new Uint8Array(128);
    let k = this.i + 5;
    while (k < s.length && s[k] !== "]") {
      let lo: number;
      if (s[k] === "\\") {
        const e = s[k + 1] ?? "";
        if (e === "d" || e === "w") {
          for (let c = 48; c <= 57; c++) covered[c] = 1;
          if (e === "w") for (let c = 0; c < 26; c++) covered[65 + c] = covered[97 + c] = 1;
          k += 2;
          continue;
        }
        if (e === "p" && this.uni && s.startsWith("{L}", k + 2)) {
          for (let c = 0; c < 26; c++) covered[65 + c] = covered[97 + c] = 1;
          k += 5;
          continue;
        }
        if (e === "p" && this.uni && s[k + 2] === "{") {
          const close = s.indexOf("}", k);
          if (close < 0) return NONE;
          k = close + 1; // another property: covers nothing this needs
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) return NONE;
        lo = e.charCodeAt(0);
        k += 2;
      } else {
        lo = s.charCodeAt(k);
        k += 1;
      }
      let hi = lo;
      if (s[k] === "-" && s[k + 1] !== "]" && k + 1 < s.length) {
        if (s[k + 1] === "\\") return NONE;
        hi = s.charCodeAt(k + 1);
        k += 2;
      }
      for (let c = lo; c <= Math.min(hi, 127); c++) covered[c] = 1;
    }
    if (!s.startsWith("])", k)) return NONE;
    let letters = true;
    let digits = true;
    for (let c = 0; c < 26; c++) if (covered[65 + c] !== 1 || covered[97 + c] !== 1) letters = false;
    for (let c = 48; c <= 57; c++) if (covered[c] !== 1) digits = false;
    if (!letters) return NONE;
    this.i = k + 2;
    return digits ? NO_ALNUM : NO_LETTER;
  }

  private charClass(): Lead {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === "^") {
      negated = true;
      this.i++;
    }
    let mask = 0n;
    let bad = false;
    // In a JS regex "]" always closes a class ("[]" matches nothing, "[^]" anything).
    while (this.i < s.length && s[this.i] !== "]") {
      let lo: number;
      if (s[this.i] === "\\") {
        const cls = this.classEscape();
        if (cls !== null) {
          mask |= cls.mask;
          bad ||= cls.bad;
          continue;
        }
        if (s[this.i + 1] === "b") throw new Unsupported();
        lo = this.escapedCode();
      } else {
        const cp = s.codePointAt(this.i) as number;
        lo = cp;
        this.i += cp > 0xffff ? 2 : 1;
      }
      let hi = lo;
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        if (s[this.i] === "\\") {
          if (this.classEscapeAhead()) throw new Unsupported();
          hi = this.escapedCode();
        } else {
          const cp = s.codePointAt(this.i) as number;
          hi = cp;
          this.i += cp > 0xffff ? 2 : 1;
        }
      }
      if (hi < lo) throw new Unsupported();
      for (let c = lo; c <= Math.min(hi, 127); c++) {
        mask |= this.maskOf(c);
        bad ||= this.badOf(c);
      }
      if (hi >= 128) {
        mask |= this.ci && this.uni ? ALL : bit(OTHER);
        bad = true;
      }
    }
    if (s[this.i] !== "]") throw new Unsupported();
    this.i++;
    if (negated) return atom(ALL, true);
    return atom(mask, bad);
  }

  private classEscapeAhead(): boolean {
    return /[dDwWsSpP]/.test(this.src[this.i + 1] ?? "");
  }
}

/** A regex keyed to word starts: the sticky copy to try, and which (first, second) class pairs may start a match. */
export interface Keyed {
  readonly sticky: RegExp;
  /** pairs[a * 54 + b] = 1 when a match may start with classes a, b. */
  readonly pairs: Uint8Array;
  /** The same pairs as a list, ascending. */
  readonly list: Uint16Array;
  /** 1 for a regex led by "\s": its matches start one unit before the word start. */
  readonly offset: number;
}

const KEYED = new WeakMap<RegExp, Keyed | null>();

/** The keyed form of a global regex, or null when the analysis cannot prove its matches start at word starts. */
export function keyedOf(re: RegExp): Keyed | null {
  let k = KEYED.get(re);
  if (k === undefined) {
    k = analyse(re);
    KEYED.set(re, k);
  }
  return k;
}

export function analyse(re: RegExp): Keyed | null {
  if (!re.global || re.sticky) return null;
  let lead: Lead;
  let offset = 0;
  try {
    // "\s" then a word: the word starts right after the space, so the match starts one unit before a word start.
    const spaced = new Parser(re.source, re.flags).parseSpaceLed();
    if (spaced !== null && !spaced.nullable && !spaced.bad) {
      lead = spaced;
      offset = 1;
    } else lead = new Parser(re.source, re.flags).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (lead.nullable || lead.bad) return null;
  // Before a first character that may be a digit only "not after a letter or digit" puts the start in the index.
  if (offset === 0 && (lead.bounded === NONE || (lead.bounded === NO_LETTER && has(firstOf(lead), DIGIT)))) return null;
  const pairs = new Uint8Array(NCLASS * NCLASS);
  for (let a = 0; a < NCLASS; a++) {
    const m = (lead.two[a] as bigint) | (has(lead.one, a) ? ALL : 0n);
    for (let b = 0; b < NCLASS; b++) {
      if (has(m, b)) pairs[a * NCLASS + b] = 1;
    }
  }
  const list: number[] = [];
  for (let p = 0; p < pairs.length; p++) if (pairs[p] === 1) list.push(p);
  return { sticky: new RegExp(re.source, re.flags.replace("g", "") + "y"), pairs, list: Uint16Array.from(list), offset };
}

