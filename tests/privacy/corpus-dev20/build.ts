/**
 * Builds corpus-dev20.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: teachers and teaching (supervisors, tutors,
 * simulation leads, programme directors, deans), with trainees replying.
 *
 *   node tests/privacy/corpus-dev20/build.ts           write corpus-dev20.jsonl
 *   node tests/privacy/corpus-dev20/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev20.jsonl by hand: corpus-dev20.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV20_SOURCES } from "./sources/index.ts";

export const DEV20_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev20.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV20_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV20_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie ca nz za ke gh sg ae br ph eg np");

/** The dev20 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev20Corpus(sources: readonly SourceItem[] = DEV20_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV20_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev20Corpus(), DEV20_SOURCES, DEV20_CORPUS_PATH);
