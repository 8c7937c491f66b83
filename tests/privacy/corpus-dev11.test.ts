import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, regionalCorpusTests, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV11_CORPUS_PATH, DEV11_MAIN_REGIONS, DEV11_REGIONS, buildDev11Corpus } from "./corpus-dev11/build.ts";
import { codiceFiscaleIsValid, peselIsValid } from "./corpus-dev11/gen.ts";
import { DEV11_SOURCES } from "./corpus-dev11/sources/index.ts";

const RAW = readFileSync(DEV11_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("dev11 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  regionalCorpusTests(ITEMS, {
    mainRegions: DEV11_MAIN_REGIONS,
    regions: DEV11_REGIONS,
    withAndWithout: 2,
    perLargeMain: 10,
    perOtherMain: 8,
    elsewhere: 25,
    otherCountries: 8,
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV11_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]);
    expect(invalid).toEqual([]);
    for (const name of ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid PESEL and a valid codice fiscale wherever one is marked", () => {
    const pesels = IDS.filter((s) => s.item.region === "PL" && /^\d{11}$/.test(s.text));
    const cfs = IDS.filter((s) => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s.text));
    expect(pesels.length).toBeGreaterThanOrEqual(1);
    expect(cfs.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cfs.filter((s) => !codiceFiscaleIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev11.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev11Corpus()));
  });
});
