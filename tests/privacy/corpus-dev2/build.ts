/**
 * Builds corpus-dev2.jsonl, the second development corpus (written for rounds-detector/8), from ./sources.
 *
 *   node tests/privacy/corpus-dev2/build.ts           write corpus-dev2.jsonl
 *   node tests/privacy/corpus-dev2/build.ts --stats   also print coverage counts
 *
 * A development set, not a held-out one: it was written to aim at the detector's weak types (LOCATION, DEVICE,
 * DATE, ADDRESS, OTHER) and at clean posts full of hard negatives, and v8 was tuned while reading its misses.
 * Same marker format, span rules (../corpus/ANNOTATION.md) and JSONL line format as the main corpus; the marker
 * parser and serialiser are imported from ../corpus/build.ts. Never edit corpus-dev2.jsonl by hand:
 * corpus-dev2.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV2_SOURCES } from "./sources/index.ts";

export const DEV2_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev2.jsonl", import.meta.url));

export const DEV2_REGIONS = regionTable("ke gh ng eg za ph my sg bd lk pk in ae ie uk us ca jm br nz au");

/** The dev2 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev2Corpus(sources: readonly SourceItem[] = DEV2_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV2_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev2Corpus(), DEV2_SOURCES, DEV2_CORPUS_PATH);
