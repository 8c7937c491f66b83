/**
 * Builds corpus-dev23.jsonl, a DEVELOPMENT corpus on rural and small-town general practice and family medicine
 * (written by an engineer who never read the detector, its tests, its results or any earlier corpus's items), from
 * ./sources.
 *
 *   node tests/privacy/corpus-dev23/build.ts           write corpus-dev23.jsonl
 *   node tests/privacy/corpus-dev23/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev23.jsonl by hand: corpus-dev23.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV23_SOURCES } from "./sources/index.ts";

export const DEV23_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev23.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV23_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV23_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ca ie br no nz za ke ph np gh mw fj");

/** The dev23 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev23Corpus(sources: readonly SourceItem[] = DEV23_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV23_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev23Corpus(), DEV23_SOURCES, DEV23_CORPUS_PATH);
