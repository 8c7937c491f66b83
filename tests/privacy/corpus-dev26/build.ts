/**
 * Builds corpus-dev26.jsonl, a DEVELOPMENT corpus on mental health and addiction services (written blind: the author
 * never read the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev26/build.ts           write corpus-dev26.jsonl
 *   node tests/privacy/corpus-dev26/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev26.jsonl by hand: corpus-dev26.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV26_SOURCES } from "./sources/index.ts";

export const DEV26_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev26.jsonl", import.meta.url));

/** This corpus's six main regions (the brief's: Canada in place of Pakistan), each with items with and without identifiers. */
export const DEV26_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "NG", "AU", "CA"];

/** Id prefix → region: the six main regions, Pakistan, then the other "elsewhere" countries. */
export const DEV26_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in ng au ca pk ie za ke gh ug nz ph jm sg lk");

/** The dev26 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev26Corpus(sources: readonly SourceItem[] = DEV26_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV26_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev26Corpus(), DEV26_SOURCES, DEV26_CORPUS_PATH);
