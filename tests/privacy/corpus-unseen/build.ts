/**
 * Builds corpus-unseen.jsonl, the second held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or the earlier corpora's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen/build.ts           write corpus-unseen.jsonl
 *   node tests/privacy/corpus-unseen/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Only the region table differs.
 * Never edit corpus-unseen.jsonl by hand: corpus-unseen.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { UNSEEN_SOURCES } from "./sources/index.ts";

export const UNSEEN_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen.jsonl", import.meta.url));

export const UNSEEN_REGIONS = regionTable("ke gh ng eg za ie nz ca ph my sg bd lk pk in jm ae br uk us au");

/** The unseen corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseenCorpus(sources: readonly SourceItem[] = UNSEEN_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, UNSEEN_REGIONS);
}

if (import.meta.main) writeCorpus(buildUnseenCorpus(), UNSEEN_SOURCES, UNSEEN_CORPUS_PATH);
