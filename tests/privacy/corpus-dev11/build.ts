/**
 * Builds corpus-dev11.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev11/build.ts           write corpus-dev11.jsonl
 *   node tests/privacy/corpus-dev11/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev11.jsonl by hand: corpus-dev11.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV11_SOURCES } from "./sources/index.ts";

export const DEV11_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev11.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV11_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV11_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au cn tw th kh la ws to sb gr it pl ro ua jm gy");

/** The dev11 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev11Corpus(sources: readonly SourceItem[] = DEV11_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV11_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev11Corpus(), DEV11_SOURCES, DEV11_CORPUS_PATH);
