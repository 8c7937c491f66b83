/**
 * Builds corpus-dev19.jsonl, a BLIND evaluation corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: care away from the big hospital — humanitarian and
 * disaster work, visiting surgical teams, military and austere medicine, ships, rigs and aircraft, mines, events and
 * sport, expeditions, and One Health.
 *
 *   node tests/privacy/corpus-dev19/build.ts           write corpus-dev19.jsonl
 *   node tests/privacy/corpus-dev19/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev19.jsonl by hand: corpus-dev19.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV19_SOURCES } from "./sources/index.ts";

export const DEV19_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev19.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV19_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV19_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie sg za ph gh ke ca tt np");

/** The dev19 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev19Corpus(sources: readonly SourceItem[] = DEV19_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV19_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev19Corpus(), DEV19_SOURCES, DEV19_CORPUS_PATH);
