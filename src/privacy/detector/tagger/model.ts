/**
 * A learned token tagger (an averaged perceptron, greedy left to right): each token is labelled O or one of the 13
 * identifier types, from hashed features (features.ts) and the labels of the two tokens before it. Runs of tokens with
 * the same label are its spans.
 */
import type { FindingType } from "../types.ts";
import { OWN_TEMPLATES, STATIC_FEATURES, mix, type WordInfo } from "./features.ts";
import { NUMBER, PUNCT, WORD, type Tokens } from "./tokens.ts";
import type { SparseWeights } from "./weights-file.ts";

export const LABELS = ["O", "NAME", "DATE", "AGE", "ID", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "FACILITY_ROOM", "URL", "IP", "DEVICE", "OTHER"] as const;
export const CLASSES = LABELS.length;
export const FEATURES_PER_TOKEN = STATIC_FEATURES + 3;

// The label features' buckets, computed once: the label before, and the two labels before.
const PREV_BUCKET = Int32Array.from({ length: CLASSES }, (_, p) => mix(17, p));
const PREV2_BUCKET = Int32Array.from({ length: CLASSES * CLASSES }, (_, k) => mix(18, Math.floor(k / CLASSES), k % CLASSES));

/**
 * The bucket numbers of token i's features: its static ones, then three from the labels before it. The one definition
 * of a token's features, for training (bench/tagger/lib.ts) and for decoding alike.
 */
export function tokenFeatures(stat: Int32Array, i: number, prev: number, prev2: number, into: Int32Array): Int32Array {
  const o = i * STATIC_FEATURES;
  for (let k = 0; k < STATIC_FEATURES; k++) into[k] = stat[o + k] as number;
  into[STATIC_FEATURES] = PREV_BUCKET[prev] as number;
  into[STATIC_FEATURES + 1] = PREV2_BUCKET[prev2 * CLASSES + prev] as number;
  // the label before, with this token's shape (a capitalised word after a NAME token is likely more of the name)
  into[STATIC_FEATURES + 2] = mix(19, prev, stat[o + 2] as number);
  return into;
}

/** The label of every token, greedy left to right, with the shipped byte weights; `oPenalty` in byte steps. */
export function decode(weights: SparseWeights, stat: Int32Array, count: number, oPenalty: number, active: Uint8Array, infos?: readonly WordInfo[]): Uint8Array {
  const labels = new Uint8Array(count);
  const feats = new Int32Array(FEATURES_PER_TOKEN);
  const scores = new Int32Array(CLASSES);
  const penalty = Math.round(oPenalty);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < count; i++) {
    if (active[i] === 0) {
      prev2 = prev;
      prev = 0;
      continue;
    }
    tokenFeatures(stat, i, prev, prev2, feats);
    const info = infos?.[i + 2];
    if (info !== undefined) {
      // the word's own features, summed once per word and weights (the same integers, added in another order)
      let own = info.scores;
      if (own === undefined || info.scoresOf !== weights) {
        own = new Int32Array(CLASSES);
        for (const k of OWN_TEMPLATES) addRow(weights, feats[k] as number, own);
        info.scores = own;
        info.scoresOf = weights;
      }
      scores.set(own);
    } else {
      scores.fill(0);
    }
    scores[0] = (scores[0] as number) - penalty;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) if (info === undefined || IS_OWN[k] === 0) addRow(weights, feats[k] as number, scores);
    let best = 0;
    let bestScore = scores[0] as number;
    for (let c = 1; c < CLASSES; c++) {
      if ((scores[c] as number) > bestScore) {
        best = c;
        bestScore = scores[c] as number;
      }
    }
    labels[i] = best;
    prev2 = prev;
    prev = best;
  }
  return labels;
}

/** Tokens this far before a cue and after it are read; the rest are O without being scored. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 3;

/**
 * The tokens worth reading: those near a cue, a capitalised word that does not start a sentence, or a number. Identifiers
 * are made of such words or sit next to them ("bed 14", "Mrs Ọládèlé", "the outstation past Umbakumba"); prose far from
 * any is left unscored, which keeps the tagger to a fraction of a post's tokens.
 */
export function activeTokens(tokens: Tokens, before = WINDOW_BEFORE, after = WINDOW_AFTER): Uint8Array {
  const active = new Uint8Array(tokens.count);
  let last = -1;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kinds[i];
    const c = tokens.text.charCodeAt(tokens.starts[i] as number);
    let cue = kind === NUMBER;
    if (!cue && kind === WORD && ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) {
      // not after . ! ? : # * (a sentence, a heading or a list item starts there)
      const p = i === 0 ? 46 : tokens.kinds[i - 1] === PUNCT ? tokens.text.charCodeAt(tokens.starts[i - 1] as number) : 0;
      cue = p !== 46 && p !== 33 && p !== 63 && p !== 58 && p !== 35 && p !== 42;
    }
    if (!cue) continue;
    active.fill(1, Math.max(i - before, last + 1), Math.min(i + after + 1, tokens.count));
    last = Math.min(i + after, tokens.count - 1);
  }
  return active;
}

const IS_OWN = Uint8Array.from({ length: FEATURES_PER_TOKEN }, (_, k) => (OWN_TEMPLATES.includes(k) ? 1 : 0));

function addRow(weights: SparseWeights, bucket: number, scores: Int32Array): void {
  const { rows, labels, values } = weights;
  const end = rows[bucket + 1] as number;
  for (let j = rows[bucket] as number; j < end; j++) {
    const c = labels[j] as number;
    scores[c] = (scores[c] as number) + (values[j] as number);
  }
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: FindingType;
}

/**
 * Runs of tokens with one label, in normalised offsets. Punctuation at either end of a run is left out ("Pugh," → "Pugh");
 * a run may cross punctuation inside it ("Co. Mayo").
 */
export function spansOf(tokens: Tokens, labels: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = 0;
  while (i < tokens.count) {
    const label = labels[i] as number;
    if (label === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.count && labels[j + 1] === label) j++;
    let a = i;
    let b = j;
    while (a <= b && tokens.kinds[a] === PUNCT) a++;
    while (b >= a && tokens.kinds[b] === PUNCT) b--;
    if (a <= b) out.push({ start: tokens.starts[a] as number, end: tokens.ends[b] as number, type: LABELS[label] as FindingType });
    i = j + 1;
  }
  return out;
}
