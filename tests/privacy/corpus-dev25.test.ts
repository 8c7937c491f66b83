import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV25_CORPUS_PATH, DEV25_MAIN_REGIONS, DEV25_REGIONS, buildDev25Corpus } from "./corpus-dev25/build.ts";
import { DEV25_SOURCES } from "./corpus-dev25/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV25_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "South African ID"] as const;

describe("dev25 blind privacy corpus (sexual and reproductive health, HIV, TB, GBV, school health)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, { ...devCorpusMix(DEV25_REGIONS), mainRegions: DEV25_MAIN_REGIONS });
  builtCorpusTests(RAW, ITEMS, DEV25_SOURCES, buildDev25Corpus);

  it("has at most 100 items and 10–20% peer or mentor comments", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    const share = ITEMS.filter((i) => i.kind === "comment").length / ITEMS.length;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, Luhn)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
