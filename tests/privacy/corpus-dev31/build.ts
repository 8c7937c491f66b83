/**
 * Builds corpus-dev31.jsonl, a DEVELOPMENT corpus on infection and public health (written blind: the author never
 * read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev31/build.ts           write corpus-dev31.jsonl
 *   node tests/privacy/corpus-dev31/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev31.jsonl by hand: corpus-dev31.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV31_SOURCES } from "./sources/index.ts";

export const DEV31_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev31.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV31_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV31_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au br pe uz kz eg ma fj vu za mw zw bd");

/** The dev31 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev31Corpus(sources: readonly SourceItem[] = DEV31_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV31_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev31Corpus(), DEV31_SOURCES, DEV31_CORPUS_PATH);
