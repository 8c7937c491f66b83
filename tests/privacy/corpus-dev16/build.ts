/**
 * Builds corpus-dev16.jsonl, a DEVELOPMENT corpus (written blind: by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: acute and procedural care written by the whole team.
 *
 *   node tests/privacy/corpus-dev16/build.ts           write corpus-dev16.jsonl
 *   node tests/privacy/corpus-dev16/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev16.jsonl by hand: corpus-dev16.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV16_SOURCES } from "./sources/index.ts";

export const DEV16_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev16.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV16_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV16_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie ca nz za ke gh sg ph lk br de eg np");

/** The dev16 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev16Corpus(sources: readonly SourceItem[] = DEV16_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV16_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev16Corpus(), DEV16_SOURCES, DEV16_CORPUS_PATH);
