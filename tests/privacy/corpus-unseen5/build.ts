/**
 * Builds corpus-unseen5.jsonl, the sixth held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen5/build.ts           write corpus-unseen5.jsonl
 *   node tests/privacy/corpus-unseen5/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-unseen5.jsonl by hand: corpus-unseen5.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { UNSEEN5_SOURCES } from "./sources/index.ts";

export const UNSEEN5_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen5.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const UNSEEN5_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries (sa is Saudi Arabia). */
export const UNSEEN5_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au lk bd np sg ae sa fj ug tz zw et jm tt");

/** The unseen5 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseen5Corpus(sources: readonly SourceItem[] = UNSEEN5_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, UNSEEN5_REGIONS);
}

if (import.meta.main) writeCorpus(buildUnseen5Corpus(), UNSEEN5_SOURCES, UNSEEN5_CORPUS_PATH);
