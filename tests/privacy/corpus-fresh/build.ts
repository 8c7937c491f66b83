/**
 * Builds corpus-fresh.jsonl, the held-out corpus written without seeing the detector, from ./sources.
 *
 *   node tests/privacy/corpus-fresh/build.ts           write corpus-fresh.jsonl
 *   node tests/privacy/corpus-fresh/build.ts --stats   also print coverage counts
 *
 * Same marker format, span rules (../corpus/ANNOTATION.md) and JSONL line format as the main corpus; the
 * marker parser and serialiser are imported from ../corpus/build.ts. Only the region table differs.
 * Never edit corpus-fresh.jsonl by hand: corpus-fresh.test.ts rebuilds it.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseMarked, serialiseCorpus, wordCount } from "../corpus/build.ts";
import type { CorpusItem, Kind, SourceItem } from "../corpus/types.ts";
import { FRESH_SOURCES } from "./sources/index.ts";

export const FRESH_CORPUS_PATH = fileURLToPath(new URL("./corpus-fresh.jsonl", import.meta.url));

export const FRESH_REGIONS: Record<string, string> = {
  uk: "UK",
  us: "US",
  in: "IN",
  pk: "PK",
  ng: "NG",
  nz: "NZ",
  ph: "PH",
  eg: "EG",
  bd: "BD",
  lk: "LK",
  zw: "ZW",
  jm: "JM",
  sg: "SG",
  ae: "AE",
  br: "BR",
  pt: "PT",
};
const STRUCTURES = new Set(["gibbs", "what", "free", "comment"]);

function toItem(src: SourceItem): CorpusItem {
  const [prefix, structure] = src.id.split("-");
  const region = FRESH_REGIONS[prefix ?? ""];
  if (!region || !structure || !STRUCTURES.has(structure) || !/^[a-z]{2}-[a-z]+-\d{3}$/.test(src.id)) {
    throw new Error(`bad id ${src.id}`);
  }
  const kind: Kind = structure === "comment" ? "comment" : "post";
  const { text, spans } = parseMarked(src.text, src.id);
  return { id: src.id, kind, region, text, spans, phi: spans.length > 0 };
}

/** The fresh corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildFreshCorpus(sources: readonly SourceItem[] = FRESH_SOURCES): CorpusItem[] {
  const items = sources.map(toItem);
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.id)) throw new Error(`duplicate id ${i.id}`);
    seen.add(i.id);
  }
  return items;
}

function tally(keys: readonly string[]): string {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ");
}

if (import.meta.main) {
  const items = buildFreshCorpus();
  writeFileSync(FRESH_CORPUS_PATH, serialiseCorpus(items));
  console.log(`wrote ${items.length} items to ${FRESH_CORPUS_PATH}`);
  const problems: string[] = [];
  for (const i of items) {
    const w = wordCount(i.text);
    const [lo, hi] = i.kind === "post" ? [80, 400] : [40, 150];
    if (w < lo || w > hi) problems.push(`${i.id}: ${w} words (${i.kind} needs ${lo}–${hi})`);
  }
  if (problems.length > 0) console.log(`word-count problems:\n  ${problems.join("\n  ")}`);
  if (process.argv.includes("--stats")) {
    const phi = items.filter((i) => i.phi).length;
    console.log(`phi ${phi} / ${items.length}; comments ${items.filter((i) => i.kind === "comment").length}`);
    console.log(`regions: ${tally(items.map((i) => i.region))}`);
    console.log(`regions (phi): ${tally(items.filter((i) => i.phi).map((i) => i.region))}`);
    console.log(`structures: ${tally(items.map((i) => i.id.split("-")[1] ?? ""))}`);
    console.log(`settings: ${tally(FRESH_SOURCES.map((s) => s.setting))}`);
    console.log(`roles: ${tally(FRESH_SOURCES.map((s) => s.role))}`);
    console.log(`span types: ${tally(items.flatMap((i) => i.spans.map((s) => s.type)))}`);
    console.log(`items per span type: ${tally(items.flatMap((i) => [...new Set(i.spans.map((s) => s.type))]))}`);
    const words = items.map((i) => wordCount(i.text));
    console.log(`words: total ${words.reduce((a, b) => a + b, 0)}, min ${Math.min(...words)}, max ${Math.max(...words)}`);
  }
}
