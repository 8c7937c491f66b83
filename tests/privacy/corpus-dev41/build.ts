/**
 * Builds corpus-dev41.jsonl, a DEVELOPMENT corpus on allied health, pharmacy, laboratory and imaging (written by an
 * engineer who never read the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev41/build.ts           write corpus-dev41.jsonl
 *   node tests/privacy/corpus-dev41/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev41.jsonl by hand: corpus-dev41.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV41_SOURCES } from "./sources/index.ts";

export const DEV41_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev41.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV41_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV41_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ca ie pt cl il ae za ke gh np lk my sg jp kr fj");

/** The dev41 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev41Corpus(sources: readonly SourceItem[] = DEV41_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV41_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev41Corpus(), DEV41_SOURCES, DEV41_CORPUS_PATH);
