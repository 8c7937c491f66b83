/**
 * Builds corpus-dev6.jsonl, the sixth development corpus, from ./sources.
 *
 *   node tests/privacy/corpus-dev6/build.ts           write corpus-dev6.jsonl
 *   node tests/privacy/corpus-dev6/build.ts --stats   also print coverage counts
 *
 * A development set written blind (the author never read the detector, its tests, its results or any other corpus's
 * items) so that the detector's first score on it is an honest "before tuning" figure; after that first score its misses
 * may be read and tuned on. Aimed at small places (villages, chaks, barangays, kampungs, hollers, estates, landmarks),
 * free-form addresses, ages 90+ in every phrasing, labelled and unlabelled ID numbers, one-of-a-kind details and names
 * in odd forms; and at clean posts full of eponyms, drugs, scores, guideline years and the writer's own life. Same
 * marker format, span rules (../corpus/ANNOTATION.md) and JSONL line format as the main corpus. Never edit
 * corpus-dev6.jsonl by hand: corpus-dev6.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV6_SOURCES } from "./sources/index.ts";

export const DEV6_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev6.jsonl", import.meta.url));

/** The six main regions first, then thirteen others. */
export const DEV6_REGIONS = regionTable("uk us pk in ng au gh ke ph my ie ca nz za eg bd lk jm br");

/** The dev6 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev6Corpus(sources: readonly SourceItem[] = DEV6_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV6_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev6Corpus(), DEV6_SOURCES, DEV6_CORPUS_PATH);
