/**
 * Builds corpus-dev7.jsonl, the seventh development corpus, from ./sources.
 *
 *   node tests/privacy/corpus-dev7/build.ts           write corpus-dev7.jsonl
 *   node tests/privacy/corpus-dev7/build.ts --stats   also print coverage counts
 *
 * A development set written blind (the author never read the detector, its tests, its results or any other corpus's
 * items) so that the detector's first score on it is an honest "before tuning" figure; after that first score its misses
 * may be read and tuned on. Unlike the earlier corpora, about two thirds of its items carry no identifier, so that the
 * false-block rate is measured on many clean items full of hard negatives: named clinicians and teachers, the writer's
 * own name, career dates and exams, eponyms, drug brands, guideline years, generic departments, teaching venues,
 * universities, cities and patient pseudonyms. Same marker format, span rules (../corpus/ANNOTATION.md) and JSONL line
 * format as the main corpus. Never edit corpus-dev7.jsonl by hand: corpus-dev7.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV7_SOURCES } from "./sources/index.ts";

export const DEV7_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev7.jsonl", import.meta.url));

/** The six main regions first, then eleven others. */
export const DEV7_REGIONS = regionTable("uk us pk in ng au ie ca bd lk ke gh za ug nz ph my");

/** The dev7 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev7Corpus(sources: readonly SourceItem[] = DEV7_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV7_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev7Corpus(), DEV7_SOURCES, DEV7_CORPUS_PATH);
