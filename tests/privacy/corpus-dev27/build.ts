/**
 * Builds corpus-dev27.jsonl, a DEVELOPMENT corpus on children and newborns (written blind: the author never read the
 * detector, its tests, its results or any other corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev27/build.ts           write corpus-dev27.jsonl
 *   node tests/privacy/corpus-dev27/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev27.jsonl by hand: corpus-dev27.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV27_SOURCES } from "./sources/index.ts";

export const DEV27_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev27.jsonl", import.meta.url));

/** This corpus's six main regions (not the shared SIX_MAIN_REGIONS): each with at least two items with and two without identifiers. */
export const DEV27_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "KE", "PH", "NZ"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV27_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in ke ph nz ng za ug mw pk au bd ca ie my np br");

/** The dev27 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev27Corpus(sources: readonly SourceItem[] = DEV27_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV27_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev27Corpus(), DEV27_SOURCES, DEV27_CORPUS_PATH);
