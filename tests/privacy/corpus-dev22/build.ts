/**
 * Builds corpus-dev22.jsonl, a DEVELOPMENT corpus (written by an engineer who never read the detector, its tests,
 * its results or any earlier corpus's items), from ./sources. Theme: hospital medicine on call (admissions, nights,
 * handovers, discharge, deterioration, escalation, complaints, candour, and the people on a ward).
 *
 *   node tests/privacy/corpus-dev22/build.ts           write corpus-dev22.jsonl
 *   node tests/privacy/corpus-dev22/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev22.jsonl by hand: corpus-dev22.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV22_SOURCES } from "./sources/index.ts";

export const DEV22_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev22.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV22_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV22_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au ke za ie ca nz ph eg gh lk");

/** The dev22 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev22Corpus(sources: readonly SourceItem[] = DEV22_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV22_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev22Corpus(), DEV22_SOURCES, DEV22_CORPUS_PATH);
