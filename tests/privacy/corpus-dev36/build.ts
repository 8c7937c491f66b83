/**
 * Builds corpus-dev36.jsonl, a DEVELOPMENT corpus on surgery, theatres, anaesthesia and the care of older people
 * (written by an engineer who never read the detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev36/build.ts           write corpus-dev36.jsonl
 *   node tests/privacy/corpus-dev36/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev36.jsonl by hand: corpus-dev36.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV36_SOURCES } from "./sources/index.ts";

export const DEV36_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev36.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV36_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV36_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie lk bd gh ug ph my eg br jm");

/** The dev36 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev36Corpus(sources: readonly SourceItem[] = DEV36_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV36_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev36Corpus(), DEV36_SOURCES, DEV36_CORPUS_PATH);
