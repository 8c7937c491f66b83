/**
 * Builds corpus-dev3.jsonl, the third development corpus (written for rounds-detector/9), from ./sources.
 *
 *   node tests/privacy/corpus-dev3/build.ts           write corpus-dev3.jsonl
 *   node tests/privacy/corpus-dev3/build.ts --stats   also print coverage counts
 *
 * A development set, not a held-out one: written in voices unlike dev2's (tired nurses, text-speak comments, ESL
 * students, proud consultants) to aim at false blocks (clean posts dense with institutions, named staff, simulation
 * bays, the author's own dates, ages and places) and at identifiers embedded in unusual ways; v9 was tuned while
 * reading its misses. Same marker format, span rules (../corpus/ANNOTATION.md) and JSONL line format as the main
 * corpus. Never edit corpus-dev3.jsonl by hand: corpus-dev3.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV3_SOURCES } from "./sources/index.ts";

export const DEV3_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev3.jsonl", import.meta.url));

export const DEV3_REGIONS = regionTable("ke gh ng eg za ph my sg bd lk pk in ae ie uk us ca jm br nz au");

/** The dev3 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev3Corpus(sources: readonly SourceItem[] = DEV3_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV3_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev3Corpus(), DEV3_SOURCES, DEV3_CORPUS_PATH);
