/**
 * Builds corpus-dev39.jsonl, a DEVELOPMENT corpus ("learning moments on the wards"), written by an engineer who never
 * read the detector, its tests, its results or any other corpus's items, from ./sources.
 *
 *   node tests/privacy/corpus-dev39/build.ts           write corpus-dev39.jsonl
 *   node tests/privacy/corpus-dev39/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev39.jsonl by hand: corpus-dev39.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV39_SOURCES } from "./sources/index.ts";

export const DEV39_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev39.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV39_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV39_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ca br tr lb eg nz sg hk np cm et sl");

/** The dev39 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev39Corpus(sources: readonly SourceItem[] = DEV39_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV39_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev39Corpus(), DEV39_SOURCES, DEV39_CORPUS_PATH);
