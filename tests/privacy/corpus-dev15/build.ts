/**
 * Builds corpus-dev15.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: community, rural and remote care, and
 * mixed-language writing.
 *
 *   node tests/privacy/corpus-dev15/build.ts           write corpus-dev15.jsonl
 *   node tests/privacy/corpus-dev15/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev15.jsonl by hand: corpus-dev15.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV15_SOURCES } from "./sources/index.ts";

export const DEV15_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev15.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV15_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV15_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke ug gh sl lk bd np ph pg fj nz ca mx gt bo ht");

/** The dev15 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev15Corpus(sources: readonly SourceItem[] = DEV15_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV15_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev15Corpus(), DEV15_SOURCES, DEV15_CORPUS_PATH);
