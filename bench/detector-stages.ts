/**
 * Where a scan's time goes: times each stage of `scanText` on the same 1,500-word post `npm run bench:privacy` uses.
 *
 *   node bench/detector-stages.ts [main|fresh|dev2|dev3|dev4|dev5|dev6|dev7]   (default dev3)
 *
 * Two columns, medians in ms: "alone" runs one stage by itself many times over (its regexes stay hot), "in scan" times
 * the same stage inside a full sequence of stages as scanText runs them (normalise, the 13 detectors, the growing
 * passes, unlisted proper nouns and descriptions), which is what a scan really pays: running some 300 regexes in a row
 * costs more than each alone. The last rows give the sum of the in-scan stages and a plain scanText for comparison (the
 * difference is resolveOverlaps, the v13 joins, the writer-sentence softening and mapping offsets back). A measurement, not a test;
 * never pass it a held-out corpus (it refuses to).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalise } from "../src/privacy/detector/normalise.ts";
import { scanText } from "../src/privacy/detector/detect.ts";
import { extendChains } from "../src/privacy/detector/chains.ts";
import { extendLandmarks } from "../src/privacy/detector/landmarks.ts";
import { detectEmails } from "../src/privacy/detector/patterns/email.ts";
import { detectUrls } from "../src/privacy/detector/patterns/url.ts";
import { detectIps } from "../src/privacy/detector/patterns/ip.ts";
import { detectIds } from "../src/privacy/detector/patterns/ids.ts";
import { detectPhones } from "../src/privacy/detector/patterns/phone.ts";
import { detectDates } from "../src/privacy/detector/patterns/dates.ts";
import { detectAges } from "../src/privacy/detector/patterns/ages.ts";
import { detectAddresses } from "../src/privacy/detector/patterns/addresses.ts";
import { detectNames } from "../src/privacy/detector/patterns/names.ts";
import { detectFacilities, detectLocations } from "../src/privacy/detector/patterns/facilities.ts";
import { detectDevices } from "../src/privacy/detector/patterns/devices.ts";
import { detectQuasi } from "../src/privacy/detector/patterns/quasi.ts";
import { detectDescriptions, detectUnknownProperNouns } from "../src/privacy/detector/patterns/unknowns.ts";
import type { Candidate, ScanOptions } from "../src/privacy/detector/types.ts";
import { DEV_CORPUS_FILES, speedPost, wordsOf } from "./lib/privacy-score.ts";
import { detectV13 } from "../src/privacy/detector/v13.ts";

const CORPORA: Record<string, string> = DEV_CORPUS_FILES;
const corpus = process.argv[2] ?? "dev3";
const rel = CORPORA[corpus];
if (rel === undefined) {
  console.error(`detector-stages: corpus must be one of ${Object.keys(CORPORA).join(", ")} (held-out corpora are not timed here)`);
  process.exit(1);
}

// The same post as bench/privacy.ts: whole items until 1,500 words, cut to exactly 1,500.
const items = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { text: string }).text);
const post = speedPost(items);

const DETECTORS: [string, (text: string, options: ScanOptions) => Candidate[]][] = [
  ["emails", detectEmails],
  ["urls", detectUrls],
  ["ips", detectIps],
  ["ids", detectIds],
  ["phones", detectPhones],
  ["dates", detectDates],
  ["ages", detectAges],
  ["addresses", detectAddresses],
  ["names", detectNames],
  ["facilities", detectFacilities],
  ["locations", detectLocations],
  ["devices", detectDevices],
  ["quasi", detectQuasi],
  ["v13", (text) => detectV13(text)],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

// ---- alone ----
const norm = normalise(post).text;
const alone = new Map<string, number>();
function timeAlone(name: string, fn: () => unknown): void {
  for (let i = 0; i < 50; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  alone.set(name, median(ts));
}
timeAlone("normalise", () => normalise(post));
for (const [name, d] of DETECTORS) timeAlone(name, () => d(norm, {}));
timeAlone("unknowns", () => detectUnknownProperNouns(norm));
timeAlone("descriptions", () => detectDescriptions(norm));

// ---- in scan ----
const inScan = new Map<string, number[]>();
const lap = (name: string, t0: number): number => {
  const t = performance.now();
  (inScan.get(name) ?? inScan.set(name, []).get(name))?.push(t - t0);
  return t;
};
for (let i = 0; i < 250; i++) {
  const record = i >= 50;
  const start = performance.now();
  let t = start;
  const n = normalise(post);
  t = record ? lap("normalise", t) : performance.now();
  const candidates: Candidate[] = [];
  for (const [name, d] of DETECTORS) {
    for (const c of d(n.text, {})) if (c.end > c.start) candidates.push(c);
    t = record ? lap(name, t) : performance.now();
  }
  const grown = extendLandmarks(n.text, extendChains(n.text, candidates));
  t = record ? lap("chains+landmarks", t) : performance.now();
  for (const c of detectUnknownProperNouns(n.text)) grown.push(c);
  t = record ? lap("unknowns", t) : performance.now();
  detectDescriptions(n.text);
  if (record) lap("descriptions", t);
  if (record) lap("sum of stages", start);
  const s0 = performance.now();
  scanText(post);
  if (record) lap("scanText", s0);
}

console.log(`detector stages, ${corpus} post (${wordsOf(post)} words, ${post.length} chars), medians in ms`);
console.log(`${"stage".padEnd(18)} ${"alone".padStart(7)} ${"in scan".padStart(8)}`);
for (const [name, ts] of inScan) {
  const a = alone.get(name);
  console.log(`${name.padEnd(18)} ${(a === undefined ? "" : a.toFixed(3)).padStart(7)} ${median(ts).toFixed(3).padStart(8)}`);
}
