import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, regionalCorpusTests, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV8_CORPUS_PATH, DEV8_MAIN_REGIONS, DEV8_REGIONS, buildDev8Corpus } from "./corpus-dev8/build.ts";
import { DEV8_SOURCES } from "./corpus-dev8/sources/index.ts";

const RAW = readFileSync(DEV8_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("dev8 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  regionalCorpusTests(ITEMS, {
    mainRegions: DEV8_MAIN_REGIONS,
    regions: DEV8_REGIONS,
    withAndWithout: 2,
    perLargeMain: 10,
    perOtherMain: 8,
    elsewhere: 25,
    otherCountries: 8,
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV8_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Luhn, Medicare weights, …)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts.CNIC).toBeGreaterThanOrEqual(2);
    for (const name of ["NHS/CHI", "Aadhaar", "SSN", "Medicare", "OHIP", "South African ID", "NHI", "PPSN"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev8.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev8Corpus()));
  });
});
