import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV32_CORPUS_PATH, DEV32_REGIONS, buildDev32Corpus } from "./corpus-dev32/build.ts";
import { DEV32_SOURCES } from "./corpus-dev32/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV32_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "South African ID"] as const;

describe("dev32 development privacy corpus (disability and rehabilitation)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV32_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV32_SOURCES, buildDev32Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn)", () => {
    const { counts, invalid } = checkIds(IDS, [...KINDS]);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
