/**
 * Builds corpus-dev10.jsonl, a DEVELOPMENT corpus that is two thirds clean (written by an engineer who never read the
 * detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev10/build.ts           write corpus-dev10.jsonl
 *   node tests/privacy/corpus-dev10/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev10.jsonl by hand: corpus-dev10.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV10_SOURCES } from "./sources/index.ts";

export const DEV10_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev10.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV10_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries (sa is Saudi Arabia). */
export const DEV10_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au cl co pe sa om qa ma th jp kr");

/** The dev10 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev10Corpus(sources: readonly SourceItem[] = DEV10_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV10_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev10Corpus(), DEV10_SOURCES, DEV10_CORPUS_PATH);
