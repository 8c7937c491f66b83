/**
 * Builds corpus-dev43.jsonl, a DEVELOPMENT corpus on paediatrics, neonatology and adolescent health (written by an
 * engineer who never read the detector, its tests, its results or any earlier corpus's items), from ./sources.
 *
 *   node tests/privacy/corpus-dev43/build.ts           write corpus-dev43.jsonl
 *   node tests/privacy/corpus-dev43/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix. Never edit corpus-dev43.jsonl by hand:
 * corpus-dev43.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV43_SOURCES } from "./sources/index.ts";

export const DEV43_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev43.jsonl", import.meta.url));

/** Id prefix → region: the six main regions, then the twelve "elsewhere" countries. */
export const DEV43_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au de nl tr sa jp kr my ke et co ca ie");

/** The dev43 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev43Corpus(sources: readonly SourceItem[] = DEV43_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV43_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev43Corpus(), DEV43_SOURCES, DEV43_CORPUS_PATH);
