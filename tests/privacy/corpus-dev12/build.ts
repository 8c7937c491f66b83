/**
 * Builds corpus-dev12.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev12/build.ts           write corpus-dev12.jsonl
 *   node tests/privacy/corpus-dev12/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev12.jsonl by hand: corpus-dev12.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV12_SOURCES } from "./sources/index.ts";

export const DEV12_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev12.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV12_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV12_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ca ie za ke gh eg bd np ph br mx jo sd zw");

/** The dev12 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev12Corpus(sources: readonly SourceItem[] = DEV12_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV12_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev12Corpus(), DEV12_SOURCES, DEV12_CORPUS_PATH);
