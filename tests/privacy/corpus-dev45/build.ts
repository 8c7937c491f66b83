/**
 * Builds corpus-dev45.jsonl, a DEVELOPMENT corpus on first jobs and electives (interns' and residents' nights,
 * handovers, hospital-at-night, rural postings and house jobs, electives abroad, errors and near misses), written by
 * an author who never read the detector, its tests, its results or any other corpus's items, from ./sources.
 *
 *   node tests/privacy/corpus-dev45/build.ts           write corpus-dev45.jsonl
 *   node tests/privacy/corpus-dev45/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev45.jsonl by hand: corpus-dev45.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV45_SOURCES } from "./sources/index.ts";

export const DEV45_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev45.jsonl", import.meta.url));

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV45_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au mx cu br ua hu rs lb jo iq tw vn fj pg sd");

/** The dev45 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev45Corpus(sources: readonly SourceItem[] = DEV45_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV45_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev45Corpus(), DEV45_SOURCES, DEV45_CORPUS_PATH);
