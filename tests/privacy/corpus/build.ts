/**
 * Builds corpus.jsonl from the marked-up sources in ./sources.
 *
 *   node tests/privacy/corpus/build.ts           write corpus.jsonl
 *   node tests/privacy/corpus/build.ts --stats   also print coverage counts
 *
 * Markers: ⟦TYPE|annotated text⟧. The build removes the markers and records the span's
 * UTF-16 offsets into the final text. Never edit corpus.jsonl by hand: a test rebuilds it.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SOURCES } from "./sources/index.ts";
import { SPAN_TYPES } from "./types.ts";
import type { CorpusItem, Kind, SourceItem, Span, SpanType } from "./types.ts";

export const CORPUS_PATH = fileURLToPath(new URL("./corpus.jsonl", import.meta.url));

const REGIONS: Record<string, string> = {
  uk: "UK",
  us: "US",
  pk: "PK",
  in: "IN",
  ng: "NG",
  au: "AU",
  nz: "NZ",
  ca: "CA",
  ie: "IE",
  za: "ZA",
  ke: "KE",
  gh: "GH",
  ug: "UG",
  my: "MY",
};
const STRUCTURES = new Set(["gibbs", "what", "free", "comment"]);
const MARKER = /⟦([A-Z_]+)\|([^⟦⟧]*)⟧/g;

/** Strip ⟦TYPE|…⟧ markers; return the plain text and the spans' offsets in it. */
export function parseMarked(source: string, where = "source"): { text: string; spans: Span[] } {
  const trimmed = source.trim();
  const spans: Span[] = [];
  let text = "";
  let last = 0;
  for (const m of trimmed.matchAll(MARKER)) {
    const type = m[1] as SpanType;
    const inner = m[2] ?? "";
    if (!SPAN_TYPES.includes(type)) throw new Error(`${where}: unknown span type ${m[1]}`);
    if (inner.length === 0 || inner.trim() !== inner) throw new Error(`${where}: span ${JSON.stringify(inner)} is empty or has outer whitespace`);
    text += trimmed.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + inner.length, type });
    text += inner;
    last = m.index + m[0].length;
  }
  text += trimmed.slice(last);
  if (/[⟦⟧]/.test(text)) throw new Error(`${where}: unbalanced marker bracket`);
  return { text, spans };
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function toItem(src: SourceItem, regions: Readonly<Record<string, string>>): CorpusItem {
  const [prefix, structure] = src.id.split("-");
  const region = regions[prefix ?? ""];
  if (!region || !structure || !STRUCTURES.has(structure) || !/^[a-z]{2}-[a-z]+-\d{3}$/.test(src.id)) {
    throw new Error(`bad id ${src.id}`);
  }
  const kind: Kind = structure === "comment" ? "comment" : "post";
  const { text, spans } = parseMarked(src.text, src.id);
  return { id: src.id, kind, region, text, spans, phi: spans.length > 0 };
}

/** Region codes by id prefix, for prefixes that are the code in lower case: "ke gh uk" → {ke: "KE", gh: "GH", uk: "UK"}. */
export function regionTable(prefixes: string): Record<string, string> {
  return Object.fromEntries(prefixes.split(/\s+/).filter(Boolean).map((prefix) => [prefix, prefix.toUpperCase()]));
}

/**
 * A corpus from marked sources whose ids are `<region>-<structure>-<nnn>` (every corpus here uses that shape):
 * each item's region from `regions` (id prefix → region code), its kind from the structure. Throws on a
 * malformed marker or id, or a duplicate id.
 */
export function buildRegionalCorpus(sources: readonly SourceItem[], regions: Readonly<Record<string, string>>): CorpusItem[] {
  const items = sources.map((src) => toItem(src, regions));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`duplicate id ${item.id}`);
    seen.add(item.id);
  }
  return items;
}

/** The corpus as the sources define it. Throws on malformed markers or ids. */
export function buildCorpus(sources: readonly SourceItem[] = SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, REGIONS);
}

/** JSONL exactly as written to disk. */
export function serialiseCorpus(items: readonly CorpusItem[]): string {
  return items.map((i) => JSON.stringify({ id: i.id, kind: i.kind, region: i.region, text: i.text, spans: i.spans, phi: i.phi })).join("\n") + "\n";
}

function tally(keys: readonly string[]): string {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ");
}

/** Writes a corpus's JSONL and reports word-count problems (and, with --stats, its make-up). */
export function writeCorpus(items: readonly CorpusItem[], sources: readonly { setting: string; role: string }[], path: string): void {
  writeFileSync(path, serialiseCorpus(items));
  console.log(`wrote ${items.length} items to ${path}`);
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
    console.log(`settings: ${tally(sources.map((s) => s.setting))}`);
    console.log(`roles: ${tally(sources.map((s) => s.role))}`);
    console.log(`span types: ${tally(items.flatMap((i) => i.spans.map((s) => s.type)))}`);
    console.log(`items per span type: ${tally(items.flatMap((i) => [...new Set(i.spans.map((s) => s.type))]))}`);
    const words = items.map((i) => wordCount(i.text));
    console.log(`words: total ${words.reduce((a, b) => a + b, 0)}, min ${Math.min(...words)}, max ${Math.max(...words)}`);
  }
}

if (import.meta.main) writeCorpus(buildCorpus(), SOURCES, CORPUS_PATH);
