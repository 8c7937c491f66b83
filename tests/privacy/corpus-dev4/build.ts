/**
 * Builds corpus-dev4.jsonl, the fourth development corpus (written for rounds-detector/10), from ./sources.
 *
 *   node tests/privacy/corpus-dev4/build.ts           write corpus-dev4.jsonl
 *   node tests/privacy/corpus-dev4/build.ts --stats   also print coverage counts
 *
 * A development set, not a held-out one: written before v10's detector work began, in voices the other corpora lack
 * (paramedics, midwives, pharmacists, dental and physiotherapy students; Kenya, the Philippines, Egypt, Brazil, Canada,
 * New Zealand, Ireland, the rural US; text-speak comments and ESL), aimed at LOCATION, DATE, ADDRESS, DEVICE, OTHER and
 * FACILITY_ROOM and at clean posts that invite false blocks. rounds-detector/9 was scored on it once before any tuning
 * (bench/README.md); v10 was then tuned while reading its misses. Same marker format, span rules
 * (../corpus/ANNOTATION.md) and JSONL line format as the main corpus. Never edit corpus-dev4.jsonl by hand:
 * corpus-dev4.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV4_SOURCES } from "./sources/index.ts";

export const DEV4_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev4.jsonl", import.meta.url));

export const DEV4_REGIONS = regionTable("ke ph eg br ca nz ie us");

/** The dev4 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev4Corpus(sources: readonly SourceItem[] = DEV4_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV4_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev4Corpus(), DEV4_SOURCES, DEV4_CORPUS_PATH);
