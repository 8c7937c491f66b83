/**
 * Builds corpus-dev24.jsonl, a DEVELOPMENT corpus on surgery and the surgical specialties (written by an author who
 * never read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev24/build.ts           write corpus-dev24.jsonl
 *   node tests/privacy/corpus-dev24/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev24.jsonl by hand: corpus-dev24.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV24_SOURCES } from "./sources/index.ts";

export const DEV24_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev24.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV24_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV24_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke gh za ca br ie eg bd np ph tr se");

/** The dev24 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev24Corpus(sources: readonly SourceItem[] = DEV24_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV24_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev24Corpus(), DEV24_SOURCES, DEV24_CORPUS_PATH);
