/**
 * Builds corpus-dev9.jsonl, a DEVELOPMENT corpus (written blind to the detector by someone who never read it, its
 * tests, its results or any other corpus's items; the lead scores it once, records that first score, then may list its
 * misses and tune on it), from ./sources.
 *
 *   node tests/privacy/corpus-dev9/build.ts           write corpus-dev9.jsonl
 *   node tests/privacy/corpus-dev9/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other corpora;
 * the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code, never by
 * hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev9.jsonl by hand: corpus-dev9.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV9_SOURCES } from "./sources/index.ts";

export const DEV9_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev9.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV9_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries (id is Indonesia). */
export const DEV9_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au br mx ir tr lb id vn hk mw rw pg");

/** The dev9 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev9Corpus(sources: readonly SourceItem[] = DEV9_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV9_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev9Corpus(), DEV9_SOURCES, DEV9_CORPUS_PATH);
