/**
 * Builds corpus-unseen4.jsonl, the fifth held-out corpus (written by an engineer who never read the
 * detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-unseen4/build.ts           write corpus-unseen4.jsonl
 *   node tests/privacy/corpus-unseen4/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the
 * other corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are
 * computed by code, never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-unseen4.jsonl by hand: corpus-unseen4.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { UNSEEN4_SOURCES } from "./sources/index.ts";

export const UNSEEN4_CORPUS_PATH = fileURLToPath(new URL("./corpus-unseen4.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const UNSEEN4_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const UNSEEN4_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke gh za ph my ie ca nz eg br");

/** The unseen4 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildUnseen4Corpus(sources: readonly SourceItem[] = UNSEEN4_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, UNSEEN4_REGIONS);
}

if (import.meta.main) writeCorpus(buildUnseen4Corpus(), UNSEEN4_SOURCES, UNSEEN4_CORPUS_PATH);
