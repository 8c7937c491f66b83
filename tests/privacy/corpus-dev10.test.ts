import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, regionalCorpusTests, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV10_CORPUS_PATH, DEV10_MAIN_REGIONS, DEV10_REGIONS, buildDev10Corpus } from "./corpus-dev10/build.ts";
import { DEV10_SOURCES } from "./corpus-dev10/sources/index.ts";

const RAW = readFileSync(DEV10_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("dev10 development privacy corpus (two thirds clean)", () => {
  corpusStructureTests(ITEMS, 85, [0.3, 0.4]);

  regionalCorpusTests(ITEMS, {
    mainRegions: DEV10_MAIN_REGIONS,
    regions: DEV10_REGIONS,
    withAndWithout: 2,
    perLargeMain: 10,
    perOtherMain: 8,
    elsewhere: 25,
    otherCountries: 8,
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV10_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSA-voided SSN)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    for (const name of ["NHS/CHI", "Aadhaar", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(2);
    expect(counts.SSN).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev10.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev10Corpus()));
  });
});
