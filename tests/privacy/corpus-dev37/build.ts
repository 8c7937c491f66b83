/**
 * Builds corpus-dev37.jsonl, a DEVELOPMENT corpus on rural, remote and community primary care (written by an engineer
 * who never read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev37/build.ts           write corpus-dev37.jsonl
 *   node tests/privacy/corpus-dev37/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev37.jsonl by hand: corpus-dev37.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV37_SOURCES } from "./sources/index.ts";

export const DEV37_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev37.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV37_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV37_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke tz zm mw et pe bo vn pg mn no fi ca");

/** The dev37 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev37Corpus(sources: readonly SourceItem[] = DEV37_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV37_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev37Corpus(), DEV37_SOURCES, DEV37_CORPUS_PATH);
