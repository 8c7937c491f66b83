/**
 * Builds corpus-dev13.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: the informal end — short posts written fast after
 * a shift, text-speak and clipped shorthand, writers of English as a second or third language, and peer comments.
 *
 *   node tests/privacy/corpus-dev13/build.ts           write corpus-dev13.jsonl
 *   node tests/privacy/corpus-dev13/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev13.jsonl by hand: corpus-dev13.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV13_SOURCES } from "./sources/index.ts";

export const DEV13_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev13.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV13_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV13_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au my id vn lk fj tr ir sa ug tz et cm zm tt ar");

/** The dev13 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev13Corpus(sources: readonly SourceItem[] = DEV13_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV13_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev13Corpus(), DEV13_SOURCES, DEV13_CORPUS_PATH);
