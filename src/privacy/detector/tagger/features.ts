/**
 * Features of each token for the learned tagger, hashed into a fixed table (no vocabulary to ship): the word, its shape,
 * prefix and suffix, its neighbours two either side, word pairs, what the lexicons say of it, and whether it starts a
 * sentence. The labels of the two tokens before it are added while decoding (model.ts), since they are only known then.
 *
 * Hashing is FNV-1a over the template's number and the value's characters, folded into 2^BITS buckets: collisions cost a
 * little accuracy and no correctness (the tagger's findings are soft guesses, see model.ts).
 */
import { isEnglishWord } from "../lexicon/english.ts";
import { FIRST_NAMES, PLACES, SURNAMES, keyOf } from "../lexicon/names.ts";
import { EPONYMS, PATIENT_HONORIFICS, STAFF_TITLES } from "../lexicon/terms.ts";
import { RangeMemo } from "../range-memo.ts";
import { NUMBER, PUNCT, type Tokens } from "./tokens.ts";

export const BITS = 16;
export const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;
/** Static features per token (the decoder adds the label features). */
export const STATIC_FEATURES = 17;

/** FNV-1a over a string: a word's number, computed once per distinct word (memoised below). */
export function hashString(value: string): number {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A feature's bucket: the template's number and up to three values mixed (murmur3's finaliser steps), no strings built. */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h ^= h >>> 15;
  return h & MASK;
}

/** "Lakshmi" → "Xx", "ICU" → "X", "07700" → "d". Runs collapse, so length does not split shapes. */
function shapeOf(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const s = c >= 48 && c <= 57 ? "d" : (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? "X" : (c >= 97 && c <= 122) || c >= 0xdf ? "x" : word[i] as string;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** What a token is, as numbers: its lower-cased form (numbers by digit count), shape, suffix, prefix and lexicon flags. */
export interface WordInfo {
  readonly form: number;
  readonly shape: number;
  readonly suffix: number;
  readonly prefix: number;
  readonly lexicon: number;
  /** The buckets of the features that depend on the word alone (templates 1–4 and 11), computed once per word. */
  readonly own: readonly [number, number, number, number, number];
  /**
   * The sum of those features' weights and the bias's, per label, for the weights in `scoresOf` (model.ts fills it on
   * first use): a word seen before costs one row of sums instead of six rows of weights.
   */
  scores?: Int32Array;
  scoresOf?: object;
}

/** Templates whose bucket depends on the word alone (with the bias, 0): their sums are kept per word (WordInfo.scores). */
export const OWN_TEMPLATES: readonly number[] = [0, 1, 2, 3, 4, 11];

// The same words recur across posts: memoised, bounded so a flood of invented words cannot grow it without end. Speed
// (session 8): looked up by the token's place in the text (range-memo.ts), so a word seen before costs no new string.
const WORD_MEMO = new RangeMemo<WordInfo>(50_000);

/** The WordInfo of token i (a token's kind follows from its text, so the text alone keys the memo). */
function tokenInfo(tokens: Tokens, i: number): WordInfo {
  const start = tokens.starts[i] as number;
  const end = tokens.ends[i] as number;
  return WORD_MEMO.get(tokens.text, start, end) ?? wordInfo(tokens.text.slice(start, end), tokens.kinds[i] as number);
}

/** What a word is, computed (on a memo miss) and memoised. */
function wordInfo(word: string, kind: number): WordInfo {
  let info: WordInfo;
  if (kind === NUMBER) {
    const form = hashString(`#${Math.min(word.length, 12)}`);
    info = withOwn({ form, shape: hashString(shapeOf(word)), suffix: form, prefix: form, lexicon: 0 });
  } else {
    const lower = (word.length > 24 ? word.slice(0, 24) : word).toLowerCase();
    let lexicon = 0;
    if (kind !== PUNCT) {
      const key = keyOf(lower);
      lexicon =
        (FIRST_NAMES.has(key) ? 1 : 0) | (SURNAMES.has(key) ? 2 : 0) | (PLACES.has(key) ? 4 : 0) | (isEnglishWord(key) ? 8 : 0) |
        (EPONYMS.has(key) ? 16 : 0) | (PATIENT_HONORIFICS.has(key) ? 32 : 0) | (STAFF_TITLES.has(key) ? 64 : 0);
    }
    info = withOwn({
      form: hashString(lower),
      shape: hashString(shapeOf(word)),
      suffix: hashString(lower.length > 3 ? lower.slice(-3) : lower),
      prefix: hashString(lower.length > 3 ? lower.slice(0, 3) : lower),
      lexicon,
    });
  }
  WORD_MEMO.set(word, info);
  return info;
}

function withOwn(w: Omit<WordInfo, "own" | "scores" | "scoresOf">): WordInfo {
  // Every field written here, the decoder's memo too (as undefined), so all WordInfos share one shape and the decoder's
  // reads of them stay monomorphic (speed, session 8).
  return {
    form: w.form,
    shape: w.shape,
    suffix: w.suffix,
    prefix: w.prefix,
    lexicon: w.lexicon,
    own: [mix(1, w.form), mix(2, w.shape), mix(3, w.suffix), mix(4, w.prefix), mix(11, w.lexicon, w.shape)],
    scores: undefined,
    scoresOf: undefined,
  };
}

const EDGE: WordInfo = withOwn({ form: hashString("<edge>"), shape: hashString("<edge>"), suffix: 0, prefix: 0, lexicon: 0 });
const BIAS = mix(0, 0);

/**
 * `count * STATIC_FEATURES` bucket numbers, token by token; only for the tokens marked active (the rest stay 0). If
 * `infos` is given, token i's WordInfo is left in infos[i + 2] (two edge entries either side).
 */
export function staticFeatures(text: string, tokens: Tokens, active: Uint8Array, infos: WordInfo[] = []): Int32Array {
  const n = tokens.count;
  const out = new Int32Array(n * STATIC_FEATURES);
  infos.length = n + 4;
  infos[0] = EDGE;
  infos[1] = EDGE;
  infos[n + 2] = EDGE;
  infos[n + 3] = EDGE;
  for (let i = 0; i < n; i++) {
    // a token's neighbours two either side are read, so their words are looked up too
    const near = active[i] === 1 || active[i - 1] === 1 || active[i - 2] === 1 || active[i + 1] === 1 || active[i + 2] === 1;
    infos[i + 2] = near ? tokenInfo(tokens, i) : EDGE;
  }
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    const me = infos[i + 2] as WordInfo;
    const prev = infos[i + 1] as WordInfo;
    const next = infos[i + 3] as WordInfo;
    // A sentence starts after . ! ? : or a line break (a capital there says little).
    let startsSentence = i === 0;
    if (!startsSentence) {
      const p = tokens.kinds[i - 1] === PUNCT ? text.charCodeAt(tokens.starts[i - 1] as number) : 0;
      startsSentence = p === 46 || p === 33 || p === 63 || p === 58; // . ! ? :
      for (let k = tokens.ends[i - 1] as number; !startsSentence && k < (tokens.starts[i] as number); k++) if (text.charCodeAt(k) === 10) startsSentence = true;
    }
    const o = i * STATIC_FEATURES;
    const own = me.own;
    out[o] = BIAS;
    out[o + 1] = own[0];
    out[o + 2] = own[1];
    out[o + 3] = own[2];
    out[o + 4] = own[3];
    out[o + 5] = mix(5, prev.form);
    out[o + 6] = mix(6, next.form);
    out[o + 7] = mix(7, (infos[i] as WordInfo).form);
    out[o + 8] = mix(8, (infos[i + 4] as WordInfo).form);
    out[o + 9] = mix(9, prev.shape, me.shape);
    out[o + 10] = mix(10, me.shape, next.shape);
    out[o + 11] = own[4];
    out[o + 12] = mix(12, prev.form, me.form);
    out[o + 13] = mix(13, me.form, next.form);
    out[o + 14] = mix(14, startsSentence ? 1 : 0, me.shape, me.lexicon);
    out[o + 15] = mix(15, prev.form, me.shape, me.lexicon);
    out[o + 16] = mix(16, me.shape, me.lexicon, next.form);
  }
  return out;
}
