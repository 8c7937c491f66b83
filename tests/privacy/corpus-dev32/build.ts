/**
 * Builds corpus-dev32.jsonl, a DEVELOPMENT corpus on disability and rehabilitation (written blind: the author never
 * read the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev32/build.ts           write corpus-dev32.jsonl
 *   node tests/privacy/corpus-dev32/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev32.jsonl by hand: corpus-dev32.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV32_SOURCES } from "./sources/index.ts";

export const DEV32_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev32.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV32_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV32_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie nl jo lb gt za zw bw ph vn");

/** The dev32 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev32Corpus(sources: readonly SourceItem[] = DEV32_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV32_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev32Corpus(), DEV32_SOURCES, DEV32_CORPUS_PATH);
