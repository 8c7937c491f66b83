/**
 * Builds corpus-dev44.jsonl, a DEVELOPMENT corpus on outpatient specialties and remote care (dentistry, ENT,
 * ophthalmology, dermatology, audiology, telemedicine, teledermatology photos, WhatsApp and other patient messages),
 * written by an engineer who never read the detector, its tests, its results or any other corpus's items.
 *
 *   node tests/privacy/corpus-dev44/build.ts           write corpus-dev44.jsonl
 *   node tests/privacy/corpus-dev44/build.ts --stats   also print coverage counts
 *
 * Same marker format (⟦TYPE|text⟧), span rules (../corpus/ANNOTATION.md) and JSONL line format as the other corpora;
 * the marker parser and serialiser come from ../corpus/build.ts, so offsets are computed by code, never by hand.
 * Regions are the upper-cased id prefix. Never edit corpus-dev44.jsonl by hand: corpus-dev44.test.ts rebuilds it.
 */
import { fileURLToPath } from "node:url";
import { buildRegionalCorpus, regionTable, writeCorpus } from "../corpus/build.ts";
import type { CorpusItem, SourceItem } from "../corpus/types.ts";
import { DEV44_SOURCES } from "./sources/index.ts";

export const DEV44_CORPUS_PATH = fileURLToPath(new URL("./corpus-dev44.jsonl", import.meta.url));

/** Id prefix → region: the six main regions, then the "elsewhere" countries. */
export const DEV44_REGIONS: Readonly<Record<string, string>> = regionTable("uk us in pk ng au cl ar za gh tz lk bd np th cn it es fr");

/** The dev44 corpus as the sources define it. Throws on malformed markers, ids or duplicates. */
export function buildDev44Corpus(sources: readonly SourceItem[] = DEV44_SOURCES): CorpusItem[] {
  return buildRegionalCorpus(sources, DEV44_REGIONS);
}

if (import.meta.main) writeCorpus(buildDev44Corpus(), DEV44_SOURCES, DEV44_CORPUS_PATH);
