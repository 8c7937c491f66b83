/**
 * Builds corpus-dev40.jsonl, a DEVELOPMENT corpus on women's and sexual health (written by an engineer who never read
 * the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev40/build.ts           write corpus-dev40.jsonl
 *   node tests/privacy/corpus-dev40/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev40.jsonl by hand: corpus-dev40.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV40_SOURCES } from "./sources/index.ts";

export const DEV40_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev40.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV40_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV40_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au gh sn cd so af iq ma mx gt ht ph pl");

/** The dev40 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev40Corpus(sources: readonly SourceItem[] = DEV40_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV40_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev40Corpus(), DEV40_SOURCES, DEV40_CORPUS_PATH);
