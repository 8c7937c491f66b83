/**
 * Speed of `scanText` on the development posts (the same 1,500-word post bench/privacy.ts times), interleaved so
 * that load from other processes falls on every post alike: several rounds, each timing every post in turn.
 *
 *   node bench/scan-speed.ts [rounds]   (default 5; prints each post's median over all rounds, in ms)
 *
 * A measurement, not a test; the held-out corpora are never timed here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scanText } from "../src/privacy/detector/detect.ts";
import { DEV_CORPUS_FILES, median, speedPost } from "./lib/privacy-score.ts";

const rounds = Number(process.argv[2] ?? "5");
const RUNS_PER_ROUND = 60;

const posts = Object.entries(DEV_CORPUS_FILES).map(([name, rel]) => {
  const items = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return { name, post: speedPost(items), times: [] as number[] };
});

for (const p of posts) for (let i = 0; i < 30; i++) scanText(p.post);
for (let r = 0; r < rounds; r++) {
  for (const p of posts) {
    for (let i = 0; i < RUNS_PER_ROUND; i++) {
      const t0 = performance.now();
      scanText(p.post);
      p.times.push(performance.now() - t0);
    }
  }
}
console.log(posts.map((p) => `${p.name} ${median(p.times).toFixed(3)}`).join("  "));
