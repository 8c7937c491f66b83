/**
 * Builds corpus-dev30.jsonl, a DEVELOPMENT corpus on intensive care (written blind: the author never read the detector,
 * its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev30/build.ts           write corpus-dev30.jsonl
 *   node tests/privacy/corpus-dev30/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev30.jsonl by hand: corpus-dev30.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV30_SOURCES } from "./sources/index.ts";

export const DEV30_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev30.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV30_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV30_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au se no dk ae sa qa om ph sg vn ke tz rw jm tt");

/** The dev30 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev30Corpus(sources: readonly SourceItem[] = DEV30_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV30_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev30Corpus(), DEV30_SOURCES, DEV30_CORPUS_PATH);
