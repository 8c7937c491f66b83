/**
 * Train the learned tagger (src/privacy/detector/tagger/) on the development corpora, and measure it honestly first.
 *
 *   node bench/tagger/train.ts --loco [--show-gains]   leave one corpus out: for each development corpus, train on the
 *                                         others and score it: the rules alone, the rules with the tagger exactly as a
 *                                         scan runs it, and the tagger alone; --show-gains lists the spans it gained or lost
 *   node bench/tagger/train.ts --write    train on every development corpus and write src/privacy/detector/tagger/weights.bin
 *   node bench/tagger/train.ts --stats    how many tokens the tagger reads, and how sparse the trained table is
 *   --epochs=N, --o-penalty=X             try other settings (LOCO only; the shipped ones are EPOCHS and O_PENALTY)
 *
 * Never given a held-out corpus (unseen*): it reads only DEV_CORPUS_FILES. A measurement: exits 0 whatever the figures,
 * 1 on an unknown argument.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scanText } from "../../src/privacy/detector/index.ts";
import type { Finding } from "../../src/privacy/detector/types.ts";
import { BITS } from "../../src/privacy/detector/tagger/features.ts";
import { O_PENALTY as SHIPPED_O_PENALTY, setTaggerEnabled, useTaggerWeights } from "../../src/privacy/detector/tagger/index.ts";
import { CLASSES, decode, spansOf } from "../../src/privacy/detector/tagger/model.ts";
import { quantise, toSparse, type SparseWeights } from "../../src/privacy/detector/tagger/weights-file.ts";
import { TYPES, score } from "../lib/privacy-score.ts";
import type { Score } from "../lib/privacy-score.ts";
import { EPOCHS as SHIPPED_EPOCHS, devCorpora, prepareAll, shippedWeightsFile, train, type Prepared } from "./lib.ts";

const KNOWN = /^--(?:loco|show-gains|write|stats|epochs=\d+|o-penalty=\d+(?:\.\d+)?)$/;
const unknown = process.argv.slice(2).filter((a) => !KNOWN.test(a));
if (unknown.length > 0 || process.argv.length <= 2) {
  console.error(`bench/tagger/train.ts: ${unknown.length > 0 ? `unknown argument ${unknown.join(" ")}` : "nothing to do"}; use --loco [--show-gains], --write or --stats (and --epochs=N, --o-penalty=X)`);
  process.exit(1);
}

function taggerFindings(q: SparseWeights, p: Prepared): Finding[] {
  const labels = decode(q, p.stat, p.count, O_PENALTY / q.scale, p.active);
  const out: Finding[] = [];
  // spans in original offsets: the prepared token starts and ends are already mapped back
  for (const s of spansOf({ count: p.count, starts: p.starts, ends: p.ends, kinds: p.kinds, text: "" }, labels)) {
    out.push({ field: "body", start: s.start, end: s.end, type: s.type, text: p.item.text.slice(s.start, s.end), reason: "tagger", suggestion: "" });
  }
  return out;
}

function pct(n: number, d: number): string {
  return d === 0 ? "  -  " : `${((100 * n) / d).toFixed(1)}`;
}

function summary(label: string, s: Score): string {
  const o = s.overall;
  return `${label.padEnd(22)} span ${pct(o.found, o.gold).padStart(5)}  block ${pct(s.blockedPhi, s.phiItems).padStart(5)}  false-block ${pct(s.blockedNonPhi, s.nonPhiItems).padStart(5)}  char-prec ${pct(o.findingCharsInGold, o.findingChars).padStart(5)}`;
}

const corpora = devCorpora();
const prepared = prepareAll(corpora);
const O_PENALTY = Number(process.argv.find((a) => a.startsWith("--o-penalty="))?.slice(12) ?? SHIPPED_O_PENALTY);
const EPOCHS = Number(process.argv.find((a) => a.startsWith("--epochs="))?.slice(9) ?? SHIPPED_EPOCHS);

if (process.argv.includes("--loco")) {
  setTaggerEnabled(false);
  const totals = { rules: [] as Score[], both: [] as Score[], alone: [] as Score[] };
  const gainedByType = new Map<string, number>();
  for (const c of corpora) {
    const trainSet = prepared.filter((p) => p.corpus !== c.name);
    const testSet = prepared.filter((p) => p.corpus === c.name);
    const weights = toSparse(quantise(train(trainSet, EPOCHS), BITS, CLASSES));
    const rulesOf = new Map(testSet.map((p) => [p.item.id, scanText(p.item.text, "body")]));
    const taggedOf = new Map(testSet.map((p) => [p.item.id, taggerFindings(weights, p)]));
    const byText = new Map(testSet.map((p) => [p.item.text, p.item.id]));
    const rules = score(c.items, (text) => rulesOf.get(byText.get(text) as string) ?? []);
    // rules + tagger exactly as a scan runs them, with this fold's weights
    useTaggerWeights(weights, O_PENALTY);
    setTaggerEnabled(true);
    const both = score(c.items, (text) => scanText(text, "body"));
    setTaggerEnabled(false);
    const alone = score(c.items, (text) => taggedOf.get(byText.get(text) as string) ?? []);
    console.log(`\n${c.name} (${c.items.length} items; trained on ${trainSet.length})`);
    console.log(summary("  rules", rules));
    console.log(summary("  rules + soft tagger", both));
    console.log(summary("  tagger alone", alone));
    for (const t of TYPES) {
      const g = both.perType[t].found - rules.perType[t].found;
      if (g !== 0) gainedByType.set(t, (gainedByType.get(t) ?? 0) + g);
    }
    if (process.argv.includes("--show-gains")) {
      const missed = new Set(rules.misses.map((m) => `${m.id}|${m.context}`));
      const stillMissed = new Set(both.misses.map((m) => `${m.id}|${m.context}`));
      for (const m of rules.misses) if (!stillMissed.has(`${m.id}|${m.context}`)) console.log(`    gained ${m.id} ${m.type} ${m.context}`);
      for (const m of both.misses) if (!missed.has(`${m.id}|${m.context}`)) console.log(`    LOST ${m.id} ${m.type} ${m.context}`);
    }
    totals.rules.push(rules);
    totals.both.push(both);
    totals.alone.push(alone);
  }
  const sum = (ss: Score[], f: (s: Score) => number): number => ss.reduce((a, s) => a + f(s), 0);
  for (const [k, ss] of Object.entries(totals)) {
    console.log(
      `ALL ${k.padEnd(6)} span ${pct(sum(ss, (s) => s.overall.found), sum(ss, (s) => s.overall.gold))} ` +
        `false-block ${pct(sum(ss, (s) => s.blockedNonPhi), sum(ss, (s) => s.nonPhiItems))} ` +
        `char-prec ${pct(sum(ss, (s) => s.overall.findingCharsInGold), sum(ss, (s) => s.overall.findingChars))}`,
    );
  }
  console.log("spans gained by type:", JSON.stringify(Object.fromEntries(gainedByType)));
}

if (process.argv.includes("--stats")) {
  let active = 0;
  let all = 0;
  let goldOut = 0;
  for (const p of prepared) {
    all += p.count;
    for (let i = 0; i < p.count; i++) {
      active += p.active[i] as number;
      if (p.active[i] === 0 && p.gold[i] !== 0) goldOut++;
    }
  }
  console.log({ tokens: all, active, share: active / all, goldTokensOutsideWindows: goldOut });
  const w = train(prepared, EPOCHS);
  let nz = 0;
  let max = 0;
  const hist = new Map<number, number>();
  for (const v of w) {
    if (v !== 0) nz++;
    max = Math.max(max, Math.abs(v));
    const b = Math.round(Math.log2(Math.abs(v) + 1e-9));
    if (v !== 0) hist.set(b, (hist.get(b) ?? 0) + 1);
  }
  const buckets = new Set<number>();
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) buckets.add(Math.floor(i / CLASSES));
  console.log({ nz, max, buckets: buckets.size, hist: [...hist].sort((a, b) => a[0] - b[0]) });
}

if (process.argv.includes("--write")) {
  const file = shippedWeightsFile();
  const to = new URL("../../src/privacy/detector/tagger/weights.bin", import.meta.url);
  writeFileSync(to, file);
  console.log(`wrote ${fileURLToPath(to)} (${file.length} bytes; ${prepared.length} items, ${SHIPPED_EPOCHS} epochs)`);
}
