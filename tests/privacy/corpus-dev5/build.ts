/**
 * Builds corpus-dev5.jsonl, the fifth development corpus, from ./sources.
 *
 *   node tests/privacy/corpus-dev5/build.ts           write corpus-dev5.jsonl
 *   node tests/privacy/corpus-dev5/build.ts --stats   also print coverage counts
 *
 * A development set written blind (the author never read the detector, its tests, its results or any other corpus's
 * items) so that the detector's first score on it is an honest "before tuning" figure; after that first score its misses
 * may be read and tuned on. Aimed at the identifiers patterns find hard: dates as people write them, ages 90+ in every
 * form, small places, named wards, bays and beds, one-of-a-kind details; and at clean posts full of the writer's own
 * life, named staff, eponyms, scores, drugs and guideline years. Same marker format, span rules (../corpus/ANNOTATION.md)
 * and JSONL line format as the main corpus. Never edit corpus-dev5.jsonl by hand: corpus-dev5.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV5_SOURCES } from "./sources/index.ts";

export const DEV5_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev5.jsonl", import.meta.url));

export const DEV5_REGIONS = regionTable("uk us pk in ng au ie za nz");

/** The dev5 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev5Corpus(sources: readonly SourceItem[] = DEV5_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV5_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev5Corpus(), DEV5_SOURCES, DEV5_CORPUS_PATH);
