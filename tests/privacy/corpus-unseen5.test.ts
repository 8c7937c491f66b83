import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, regionalCorpusTests, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { UNSEEN5_CORPUS_PATH, UNSEEN5_MAIN_REGIONS, UNSEEN5_REGIONS, buildUnseen5Corpus } from "./corpus-unseen5/build.ts";
import { UNSEEN5_SOURCES } from "./corpus-unseen5/sources/index.ts";

const RAW = readFileSync(UNSEEN5_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("unseen5 held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 100);

  regionalCorpusTests(ITEMS, {
    mainRegions: UNSEEN5_MAIN_REGIONS,
    regions: UNSEEN5_REGIONS,
    withAndWithout: 2,
    perLargeMain: 12,
    perOtherMain: 10,
    elsewhere: 25,
    otherCountries: 10,
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, UNSEEN5_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Luhn, Medicare weights, …)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
    expect(counts.CNIC).toBeGreaterThanOrEqual(2);
    for (const name of ["Aadhaar", "SSN", "Medicare", "NRIC", "FIN", "Emirates ID"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen5.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseen5Corpus()));
  });
});
