/**
 * Scores `scanText` on every development corpus at once, without timing: one line per corpus and a total.
 *
 *   node bench/score-all.ts
 *
 * The quick check while changing the detector (bench/privacy.ts gives the full table, the misses and the speed of one
 * corpus). Never reads a held-out corpus: only DEV_CORPUS_FILES. A measurement, not a test: exits 0 whatever the figures.
 */
import { readFileSync } from "node:fs";
import { scanText } from "../src/privacy/detector/index.ts";
import { DEV_CORPUS_FILES, parseCorpus, score, type Score } from "./lib/privacy-score.ts";

const pct = (n: number, d: number): string => (d === 0 ? "   - " : ((100 * n) / d).toFixed(1).padStart(5));
const line = (name: string, s: Score): string =>
  `${name.padEnd(8)} span ${pct(s.overall.found, s.overall.gold)}  block ${pct(s.blockedPhi, s.phiItems)}  false-block ${pct(s.blockedNonPhi, s.nonPhiItems)} (${s.blockedNonPhi}/${s.nonPhiItems})  char-prec ${pct(s.overall.findingCharsInGold, s.overall.findingChars)}`;

const total = { found: 0, gold: 0, phi: 0, blockedPhi: 0, clean: 0, blockedClean: 0 };
for (const [name, file] of Object.entries(DEV_CORPUS_FILES)) {
  const items = parseCorpus(readFileSync(new URL(file, import.meta.url), "utf8"));
  const s = score(items, (t) => scanText(t, "body"));
  console.log(line(name, s));
  total.found += s.overall.found;
  total.gold += s.overall.gold;
  total.phi += s.phiItems;
  total.blockedPhi += s.blockedPhi;
  total.clean += s.nonPhiItems;
  total.blockedClean += s.blockedNonPhi;
}
console.log(`ALL      span ${pct(total.found, total.gold)}  block ${pct(total.blockedPhi, total.phi)}  false-block ${pct(total.blockedClean, total.clean)} (${total.blockedClean}/${total.clean})`);
