/**
 * Old against new in one process: `scanText` from another checkout of src/ (a baseline tree, e.g. made with
 * `git archive <commit> src | tar -x -C /tmp/base`) and from this one, timed alternately on the development posts'
 * 1,500-word posts, so that load from other processes falls on both alike. Also checks both give the same findings.
 *
 *   node bench/scan-ab.ts /tmp/base [rounds] [--rotate] [--changed]   (default 8 rounds)
 *
 * With --rotate, every scan is of another post than the one before (as a server scans posts), so nothing kept from the
 * last text (the word-start index, the digit positions) is reused; without it each post is scanned several times in a
 * row, as bench/privacy.ts times it.
 *
 * With --changed, the two detectors may give different findings (a new detector version against the last one): the
 * check is skipped and only the times are compared.
 *
 * Prints each post's median for both and the ratio new/old. A measurement, not a test; never given a held-out corpus.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scanText as scanNew } from "../src/privacy/detector/detect.ts";
import { DEV_CORPUS_FILES, median, speedPost } from "./lib/privacy-score.ts";

const baseDir = process.argv[2];
if (baseDir === undefined) {
  console.error("scan-ab: give the baseline tree's directory (holding src/)");
  process.exit(1);
}
const rounds = Number(process.argv[3] ?? "8") || 8;
const CHANGED = process.argv.includes("--changed");
const RUNS = 25;
const old = (await import(pathToFileURL(`${baseDir}/src/privacy/detector/detect.ts`).href)) as { scanText: typeof scanNew };

const posts = Object.entries(DEV_CORPUS_FILES).map(([name, rel]) => {
  const items = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return { name, post: speedPost(items), old: [] as number[], now: [] as number[] };
});

for (const p of posts) {
  if (!CHANGED && JSON.stringify(old.scanText(p.post)) !== JSON.stringify(scanNew(p.post))) throw new Error(`scan-ab: findings differ on ${p.name}`);
  for (let i = 0; i < 20; i++) {
    old.scanText(p.post);
    scanNew(p.post);
  }
}
const timeOne = (fn: (t: string) => unknown, text: string, into: number[]): void => {
  const t0 = performance.now();
  fn(text);
  into.push(performance.now() - t0);
};
const rotate = process.argv.includes("--rotate");
for (let r = 0; r < rounds; r++) {
  if (rotate) {
    for (let i = 0; i < RUNS; i++) {
      for (const p of posts) timeOne(i % 2 === 0 ? old.scanText : scanNew, p.post, i % 2 === 0 ? p.old : p.now);
      for (const p of posts) timeOne(i % 2 === 0 ? scanNew : old.scanText, p.post, i % 2 === 0 ? p.now : p.old);
    }
    continue;
  }
  for (const p of posts) {
    for (let i = 0; i < RUNS; i++) {
      // alternate which goes first, so neither always runs on the other's warm caches
      if (i % 2 === 0) {
        timeOne(old.scanText, p.post, p.old);
        timeOne(scanNew, p.post, p.now);
      } else {
        timeOne(scanNew, p.post, p.now);
        timeOne(old.scanText, p.post, p.old);
      }
    }
  }
}
let logSum = 0;
for (const p of posts) {
  const o = median(p.old);
  const n = median(p.now);
  logSum += Math.log(n / o);
  console.log(`${p.name.padEnd(6)} old ${o.toFixed(3)}  new ${n.toFixed(3)}  ratio ${(n / o).toFixed(3)}`);
}
console.log(`geometric mean ratio ${Math.exp(logSum / posts.length).toFixed(3)}`);
