/**
 * Builds corpus-fresh.jsonl, the held-out corpus written without seeing the detector, from ./sources.
 *
 *   node tests/privacy/corpus-fresh/build.ts           write corpus-fresh.jsonl
 *   node tests/privacy/corpus-fresh/build.ts --stats   also print coverage counts
 *
 * Same marker format, span rules (../corpus/ANNOTATION.md) and JSONL line format as the main corpus; the
 * marker parser and serialiser are imported from ../corpus/build.ts. Only the region table differs.
 * Never edit corpus-fresh.jsonl by hand: corpus-fresh.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { FRESH_SOURCES } from "./sources/index.ts";

export const FRESH_CORPUS_PATH = fileURLToPath(new URL("./corpus-fresh.jsonl", import.meta.url));

export const FRESH_REGIONS = regionTable("uk us in pk ng nz ph eg bd lk zw jm sg ae br pt");

/** The fresh corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildFreshCorpus(sources: readonly SourceItem[] = FRESH_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, FRESH_REGIONS);
}

if (import.meta.main) writeCorpus(buildFreshCorpus(), FRESH_SOURCES, FRESH_CORPUS_PATH);
