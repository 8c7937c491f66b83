/**
 * Builds corpus-dev42.jsonl, a DEVELOPMENT corpus on infection, public health and outbreaks (written by an author who
 * never read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev42/build.ts           write corpus-dev42.jsonl
 *   node tests/privacy/corpus-dev42/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other corpora;
 * the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code, never by
 * hand. Regions are the upper-cased id prefix ("id" is Indonesia). Never edit corpus-dev42.jsonl by hand:
 * corpus-dev42.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV42_SOURCES } from "./sources/index.ts";

export const DEV42_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev42.jsonl", import.meta.url));

/** Id prefix → region: the six main regions, then the twelve "elsewhere" countries. */
export const DEV42_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au br mx pe ph id vn ug zm eg ir pl ro");

/** The dev42 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev42Corpus(sources: readonly SourceItem[] = DEV42_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV42_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev42Corpus(), DEV42_SOURCES, DEV42_CORPUS_PATH);
