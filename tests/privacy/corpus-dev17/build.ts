/**
 * Builds corpus-dev17.jsonl, a BLIND development corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: long-term and relational care (paediatrics and
 * neonates, mental health, palliative care, older people, primary care, learning disability, addiction, prison and
 * refugee health), with threaded replies, mentor feedback, letters, diary entries and poems.
 *
 *   node tests/privacy/corpus-dev17/build.ts           write corpus-dev17.jsonl
 *   node tests/privacy/corpus-dev17/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev17.jsonl by hand: corpus-dev17.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV17_SOURCES } from "./sources/index.ts";

export const DEV17_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev17.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV17_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV17_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ca ie ke za nz gh ph bd de se lb");

/** The dev17 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev17Corpus(sources: readonly SourceItem[] = DEV17_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV17_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev17Corpus(), DEV17_SOURCES, DEV17_CORPUS_PATH);
