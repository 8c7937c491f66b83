/**
 * Training of the learned tagger (src/privacy/detector/tagger/): the development corpora made into token features and
 * gold labels, and an averaged perceptron over them. Deterministic (seeded shuffles), so the shipped weights can be
 * rebuilt exactly: tests/privacy/tagger.test.ts checks that src/privacy/detector/tagger/weights.bin is what this makes.
 * Reads only DEV_CORPUS_FILES, never a held-out corpus.
 */
import { readFileSync } from "node:fs";
import { normalise, toOriginal } from "../../src/privacy/detector/normalise.ts";
import type { FindingType } from "../../src/privacy/detector/types.ts";
import { tokenise } from "../../src/privacy/detector/tagger/tokens.ts";
import { BITS, BUCKETS, staticFeatures } from "../../src/privacy/detector/tagger/features.ts";
import { CLASSES, FEATURES_PER_TOKEN, LABELS, activeTokens, tokenFeatures } from "../../src/privacy/detector/tagger/model.ts";
import { encodeWeights, quantise } from "../../src/privacy/detector/tagger/weights-file.ts";
import { DEV_CORPUS_FILES, parseCorpus } from "../lib/privacy-score.ts";
import type { GoldItem } from "../lib/privacy-score.ts";

/** Passes over the training data (bench/tagger/README.md: chosen by leaving each corpus out). */
export const EPOCHS = 8;

export interface Prepared {
  item: GoldItem;
  corpus: string;
  stat: Int32Array;
  active: Uint8Array;
  kinds: Uint8Array;
  gold: Uint8Array;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

function labelIndex(type: FindingType): number {
  return (LABELS as readonly string[]).indexOf(type);
}

export function prepare(item: GoldItem, corpus: string): Prepared {
  const norm = normalise(item.text);
  const tokens = tokenise(norm.text);
  const active = activeTokens(tokens);
  const stat = staticFeatures(norm.text, tokens, active);
  const gold = new Uint8Array(tokens.count);
  const starts = new Int32Array(tokens.count);
  const ends = new Int32Array(tokens.count);
  let k = 0;
  for (let i = 0; i < tokens.count; i++) {
    const { start, end } = toOriginal(norm, tokens.starts[i] as number, tokens.ends[i] as number);
    starts[i] = start;
    ends[i] = end;
    while (k < item.spans.length && (item.spans[k]?.end as number) <= start) k++;
    const s = item.spans[k];
    if (s !== undefined && s.start < end && s.end > start) gold[i] = labelIndex(s.type);
  }
  return { item, corpus, stat, active, kinds: tokens.kinds, gold, count: tokens.count, starts, ends };
}

/** Deterministic shuffle (mulberry32), so a run can be repeated exactly. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The best label for one token's features, with the float weights of training. */
function bestLabel(weights: Float32Array, feats: Int32Array, scores: Float64Array): number {
  scores.fill(0);
  for (let k = 0; k < feats.length; k++) {
    const base = (feats[k] as number) * CLASSES;
    for (let c = 0; c < CLASSES; c++) scores[c] = (scores[c] as number) + (weights[base + c] as number);
  }
  let best = 0;
  for (let c = 1; c < CLASSES; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}

/** Averaged perceptron, greedy decoding with its own previous labels (as at run time). */
export function train(data: readonly Prepared[], epochs: number): Float32Array {
  const w = new Float32Array(BUCKETS * CLASSES);
  const acc = new Float64Array(BUCKETS * CLASSES);
  const feats = new Int32Array(FEATURES_PER_TOKEN);
  const scores = new Float64Array(CLASSES);
  let t = 1;
  for (let e = 0; e < epochs; e++) {
    for (const p of shuffled(data, 1234 + e)) {
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < p.count; i++) {
        if (p.active[i] === 0) {
          prev2 = prev;
          prev = 0;
          continue;
        }
        tokenFeatures(p.stat, i, prev, prev2, feats);
        const guess = bestLabel(w, feats, scores);
        const truth = p.gold[i] as number;
        if (guess !== truth) {
          for (let k = 0; k < feats.length; k++) {
            const base = (feats[k] as number) * CLASSES;
            w[base + truth] = (w[base + truth] as number) + 1;
            acc[base + truth] = (acc[base + truth] as number) + t;
            w[base + guess] = (w[base + guess] as number) - 1;
            acc[base + guess] = (acc[base + guess] as number) - t;
          }
        }
        prev2 = prev;
        prev = guess;
        t++;
      }
    }
  }
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = (w[i] as number) - (acc[i] as number) / t;
  return avg;
}


export interface DevCorpus {
  name: string;
  items: GoldItem[];
}

export function devCorpora(): DevCorpus[] {
  return Object.entries(DEV_CORPUS_FILES).map(([name, file]) => ({
    name,
    items: parseCorpus(readFileSync(new URL(`../${file}`, import.meta.url), "utf8")),
  }));
}

export function prepareAll(corpora: readonly DevCorpus[]): Prepared[] {
  return corpora.flatMap((c) => c.items.map((item) => prepare(item, c.name)));
}

/** The weights file as shipped: trained on every development corpus, quantised, encoded. */
export function shippedWeightsFile(epochs = EPOCHS): Buffer {
  return encodeWeights(quantise(train(prepareAll(devCorpora()), epochs), BITS, CLASSES));
}
