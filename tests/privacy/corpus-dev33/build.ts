/**
 * Builds corpus-dev33.jsonl, a DEVELOPMENT corpus (written blind by an engineer who never read the detector, its tests,
 * its results or any other corpus's items), from ./sources. Theme: eyes, ears, skin and teeth — eye clinics and
 * cataract camps, diabetic retinopathy screening, audiology, ENT, dermatology and teledermatology, leprosy and skin
 * NTDs, dental surgeries and community oral health, school vision and hearing screening.
 *
 *   node tests/privacy/corpus-dev33/build.ts           write corpus-dev33.jsonl
 *   node tests/privacy/corpus-dev33/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other
 * corpora; the marker parser and serialiser are imported from ../corpus/build.ts, so offsets are computed by code,
 * never by hand. Regions are the upper-cased id prefix; the UK (all four nations) is "UK".
 * Never edit corpus-dev33.jsonl by hand: corpus-dev33.test.ts rebuilds it and compares.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV33_SOURCES } from "./sources/index.ts";

export const DEV33_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev33.jsonl", import.meta.url));

/** The six main regions, each with at least two items with and two without identifiers. */
export const DEV33_MAIN_REGIONS: readonly string[] = ["UK", "US", "IN", "PK", "NG", "AU"];

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV33_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au pl ro ua pe bo gh sn sl et np bt fj pg ws");

/** The dev33 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev33Corpus(sources: readonly SourceItem[] = DEV33_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV33_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev33Corpus(), DEV33_SOURCES, DEV33_CORPUS_PATH);
