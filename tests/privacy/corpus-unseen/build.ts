/**
 * Builds corpus-unseen.jsonl, the second held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or the earlier corpora's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen/build.ts           write corpus-unseen.jsonl
 *   node tests/privacy/corpus-unseen/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Only the region table differs.
 * Never edit corpus-unseen.jsonl by hand: corpus-unseen.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { parseMarked, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, Kind, SourceItem } from "../corpus/types.ts";
import { UNSEEN_SOURCES } from "./sources/index.ts";

export const UNSEEN_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen.jsonl", import.meta.url));

export const UNSEEN_REGIONS: Record<string, string> = {
  ke: "KE",
  gh: "GH",
  ng: "NG",
  eg: "EG",
  za: "ZA",
  ie: "IE",
  nz: "NZ",
  ca: "CA",
  ph: "PH",
  my: "MY",
  sg: "SG",
  bd: "BD",
  lk: "LK",
  pk: "PK",
  in: "IN",
  jm: "JM",
  ae: "AE",
  br: "BR",
  uk: "UK",
  us: "US",
  au: "AU",
};
const STRUCTURES = new Set(["gibbs", "what", "free", "comment"]);

function toItem(src: SourceItem): CorpusItem {
  const [prefix, structure] = src.id.split("-");
  const region = UNSEEN_REGIONS[prefix ?? ""];
  if (!region || !structure || !STRUCTURES.has(structure) || !/^[a-z]{2}-[a-z]+-\d{3}$/.test(src.id)) {
    throw new Error(`bad id ${src.id}`);
  }
  const kind: Kind = structure === "comment" ? "comment" : "post";
  const { text, spans } = parseMarked(src.text, src.id);
  return { id: src.id, kind, region, text, spans, phi: spans.length > 0 };
}

/** The unseen corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseenCorpus(sources: readonly SourceItem[] = UNSEEN_SOURCES): CorpusItem[] {
  const items = sources.map(toItem);
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.id)) throw new Error(`duplicate id ${i.id}`);
    seen.add(i.id);
  }
  return items;
}

if (import.meta.main) writeCorpus(buildUnseenCorpus(), UNSEEN_SOURCES, UNSEEN_CORPUS_PATH);
