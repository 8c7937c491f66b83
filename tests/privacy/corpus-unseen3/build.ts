/**
 * Builds corpus-unseen3.jsonl, the fourth held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen3/build.ts           write corpus-unseen3.jsonl
 *   node tests/privacy/corpus-unseen3/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-unseen3.jsonl by hand: corpus-unseen3.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { UNSEEN3_SOURCES } from "./sources/index.ts";

export const UNSEEN3_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen3.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const UNSEEN3_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const UNSEEN3_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au lk bd np jm tt zm zw et sd sg hk ae sa mx");

/** The unseen3 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseen3Corpus(sources: readonly SourceItem[] = UNSEEN3_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, UNSEEN3_REGIONS);
}

if (import.meta.main) writeCorpus(buildUnseen3Corpus(), UNSEEN3_SOURCES, UNSEEN3_CORPUS_PATH);
