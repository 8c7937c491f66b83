/**
 * Builds corpus-unseen2.jsonl, the third held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen2/build.ts           write corpus-unseen2.jsonl
 *   node tests/privacy/corpus-unseen2/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Only the region table differs: Scotland and Wales have their own
 * ISO 3166-2 codes (id prefixes "sc" and "wl"), the rest of the UK is "UK".
 * Never edit corpus-unseen2.jsonl by hand: corpus-unseen2.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { UNSEEN2_SOURCES } from "./sources/index.ts";

export const UNSEEN2_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen2.jsonl", import.meta.url));

export const UNSEEN2_REGIONS: Readonly<Record<string, string>> = {
  ...regionTable("ke gh ug ng za eg ph my in pk ie uk nz au ca us br"),
  sc: "GB-SCT",
  wl: "GB-WLS",
};

/** The unseen2 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseen2Corpus(sources: readonly SourceItem[] = UNSEEN2_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, UNSEEN2_REGIONS);
}

if (import.meta.main) writeCorpus(buildUnseen2Corpus(), UNSEEN2_SOURCES, UNSEEN2_CORPUS_PATH);
