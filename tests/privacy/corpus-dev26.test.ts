import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV26_CORPUS_PATH, DEV26_MAIN_REGIONS, DEV26_REGIONS, buildDev26Corpus } from "./corpus-dev26/build.ts";
import { DEV26_SOURCES } from "./corpus-dev26/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV26_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKSUMMED: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "PPSN", "NHI"];

describe("dev26 development privacy corpus (mental health and addiction services)", () => {
  corpusStructureTests(ITEMS, 90);

  describe("regional mix with the brief's six main regions (UK, US, IN, NG, AU, CA)", () => {
    regionalCorpusTests(ITEMS, { ...devCorpusMix(DEV26_REGIONS), mainRegions: DEV26_MAIN_REGIONS });
  });

  describe("regional mix as the other dev corpora define it (UK, US, IN, PK, NG, AU)", () => {
    regionalCorpusTests(ITEMS, devCorpusMix(DEV26_REGIONS));
  });

  it("has at most 100 items and at least 8 from Canada", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    expect(ITEMS.filter((i) => i.region === "CA").length).toBeGreaterThanOrEqual(8);
  });

  builtCorpusTests(RAW, ITEMS, DEV26_SOURCES, buildDev26Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, PPSN, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, CHECKSUMMED);
    expect(invalid).toEqual([]);
    for (const name of CHECKSUMMED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
