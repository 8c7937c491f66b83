/**
 * Builds corpus-dev14.jsonl, a DEVELOPMENT corpus (written blind: by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: reflections written for assessment and portfolios
 * by students and trainees in surgery, anaesthesia, emergency medicine, general practice, psychiatry, obstetrics,
 * paediatrics and dentistry, plus supervisors' comments.
 *
 *   node tests/privacy/corpus-dev14/build.ts           write corpus-dev14.jsonl
 *   node tests/privacy/corpus-dev14/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (England, Scotland and Wales here) is "UK".
 * Never edit corpus-dev14.jsonl by hand: corpus-dev14.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV14_SOURCES } from "./sources/index.ts";

export const DEV14_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev14.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV14_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV14_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au nz sg hk my sa ae qa om lb ma et rw jm cl");

/** The dev14 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev14Corpus(sources: readonly SourceItem[] = DEV14_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV14_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev14Corpus(), DEV14_SOURCES, DEV14_CORPUS_PATH);
