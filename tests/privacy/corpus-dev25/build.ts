/**
 * Builds corpus-dev25.jsonl, a BLIND evaluation corpus (written by an engineer who never read the detector, its
 * tests, its results or any other corpus's items), from ./sources. Theme: sexual and reproductive health, HIV and TB
 * programmes, family planning, antenatal and postnatal care, adolescent health, gender-based violence and school health.
 *
 *   node tests/privacy/corpus-dev25/build.ts           write corpus-dev25.jsonl
 *   node tests/privacy/corpus-dev25/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev25.jsonl by hand: corpus-dev25.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV25_SOURCES } from "./sources/index.ts";

export const DEV25_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev25.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV25_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV25_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke za ug mw zw et gh bd np ph");

/** The dev25 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev25Corpus(sources: readonly SourceItem[] = DEV25_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV25_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev25Corpus(), DEV25_SOURCES, DEV25_CORPUS_PATH);
