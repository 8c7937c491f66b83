/**
 * Builds corpus-dev21.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: the professions around the doctor (pharmacists,
 * therapists, dietitians, podiatrists, optometrists, dental therapists, audiologists, lab scientists, radiographers).
 *
 *   node tests/privacy/corpus-dev21/build.ts           write corpus-dev21.jsonl
 *   node tests/privacy/corpus-dev21/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev21.jsonl by hand: corpus-dev21.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV21_SOURCES } from "./sources/index.ts";

export const DEV21_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev21.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV21_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV21_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ie ca nz za ke gh ph bd lk sg eg br");

/** The dev21 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev21Corpus(sources: readonly SourceItem[] = DEV21_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV21_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev21Corpus(), DEV21_SOURCES, DEV21_CORPUS_PATH);
