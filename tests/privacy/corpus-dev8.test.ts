import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV8_CORPUS_PATH, DEV8_REGIONS, buildDev8Corpus } from "./corpus-dev8/build.ts";
import { DEV8_SOURCES } from "./corpus-dev8/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV8_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev8 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  regionalCorpusTests(ITEMS, devCorpusMix(DEV8_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV8_SOURCES, buildDev8Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Luhn, Medicare weights, …)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts.CNIC).toBeGreaterThanOrEqual(2);
    for (const name of ["NHS/CHI", "Aadhaar", "SSN", "Medicare", "OHIP", "South African ID", "NHI", "PPSN"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
