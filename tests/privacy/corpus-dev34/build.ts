/**
 * Builds corpus-dev34.jsonl, a DEVELOPMENT corpus (written blind: by an engineer who never read the detector, its
 * tests, its results or any other corpus's items), from ./sources. Theme: emergencies outside and at the door of the
 * hospital (ambulance, retrieval, rescue, collisions, disasters, triage, custody and forensic work).
 *
 *   node tests/privacy/corpus-dev34/build.ts           write corpus-dev34.jsonl
 *   node tests/privacy/corpus-dev34/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev34.jsonl by hand: corpus-dev34.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV34_SOURCES } from "./sources/index.ts";

export const DEV34_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev34.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV34_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV34_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au tr np mz ht it cl id ca nz");

/** The dev34 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev34Corpus(sources: readonly SourceItem[] = DEV34_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV34_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev34Corpus(), DEV34_SOURCES, DEV34_CORPUS_PATH);
