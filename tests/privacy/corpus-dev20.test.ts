import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV20_CORPUS_PATH, DEV20_MAIN_REGIONS, DEV20_REGIONS, buildDev20Corpus } from "./corpus-dev20/build.ts";
import { DEV20_SOURCES } from "./corpus-dev20/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV20_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds dev20 uses, each at least once. */
const KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NRIC", "Emirates ID", "CPF", "PPSN", "NHI"];

describe("dev20 development privacy corpus (teachers and teaching)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, { ...devCorpusMix(DEV20_REGIONS), mainRegions: DEV20_MAIN_REGIONS });
  builtCorpusTests(RAW, ITEMS, DEV20_SOURCES, buildDev20Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers of twelve kinds, each passing its check", () => {
    const { counts, invalid } = checkIds(IDS, KINDS);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
