/**
 * Builds corpus-dev38.jsonl, a DEVELOPMENT corpus on living with chronic illness over years (written by an engineer who
 * never read the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev38/build.ts           write corpus-dev38.jsonl
 *   node tests/privacy/corpus-dev38/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other corpora;
 * the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code, never by
 * hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev38.jsonl by hand: corpus-dev38.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV38_SOURCES } from "./sources/index.ts";

export const DEV38_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev38.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV38_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV38_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie ke rw zw bw jo th ar tt se");

/** The dev38 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev38Corpus(sources: readonly SourceItem[] = DEV38_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV38_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev38Corpus(), DEV38_SOURCES, DEV38_CORPUS_PATH);
