/**
 * Builds corpus-dev35.jsonl, a DEVELOPMENT corpus on inclusion health in cities (street medicine, hostels and night
 * shelters, asylum seekers and refugees, undocumented migrants, sex workers' clinics, Roma and Traveller health, people
 * leaving prison, food banks and social prescribing), written blind (the author never read the detector, its tests,
 * its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev35/build.ts           write corpus-dev35.jsonl
 *   node tests/privacy/corpus-dev35/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev35.jsonl by hand: corpus-dev35.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV35_SOURCES } from "./sources/index.ts";

export const DEV35_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev35.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV35_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV35_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au gr de ie ro lb co my za");

/** The dev35 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev35Corpus(sources: readonly SourceItem[] = DEV35_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV35_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev35Corpus(), DEV35_SOURCES, DEV35_CORPUS_PATH);
