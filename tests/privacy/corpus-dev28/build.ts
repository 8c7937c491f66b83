/**
 * Builds corpus-dev28.jsonl, a DEVELOPMENT corpus on cancer and the end of life (written blind: by an engineer who never
 * read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev28/build.ts           write corpus-dev28.jsonl
 *   node tests/privacy/corpus-dev28/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev28.jsonl by hand: corpus-dev28.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV28_SOURCES } from "./sources/index.ts";

export const DEV28_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev28.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV28_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV28_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au mx br ar co jp kr ph lb eg tr pl ro ke za");

/** The dev28 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev28Corpus(sources: readonly SourceItem[] = DEV28_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV28_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev28Corpus(), DEV28_SOURCES, DEV28_CORPUS_PATH);
