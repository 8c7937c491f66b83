import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV19_CORPUS_PATH, DEV19_MAIN_REGIONS, DEV19_REGIONS, buildDev19Corpus } from "./corpus-dev19/build.ts";
import { DEV19_SOURCES } from "./corpus-dev19/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV19_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds dev19 uses, each at least once. */
const KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "SIN", "South African ID", "NRIC", "PPSN"];

describe("dev19 blind privacy corpus (care away from the big hospital)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV19_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV19_SOURCES, buildDev19Corpus);

  it("keeps the six main regions in its region table", () => {
    for (const region of DEV19_MAIN_REGIONS) expect(Object.values(DEV19_REGIONS)).toContain(region);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare, Luhn, NRIC, PPSN)", () => {
    const { counts, invalid } = checkIds(IDS, KINDS);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has between 90 and 100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });
});
