import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, regionalCorpusTests, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV9_CORPUS_PATH, DEV9_MAIN_REGIONS, DEV9_REGIONS, buildDev9Corpus } from "./corpus-dev9/build.ts";
import { hkidIsValid, iranCodeIsValid, tcknIsValid } from "./corpus-dev9/gen.ts";
import { DEV9_SOURCES } from "./corpus-dev9/sources/index.ts";

const RAW = readFileSync(DEV9_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("dev9 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  regionalCorpusTests(ITEMS, {
    mainRegions: DEV9_MAIN_REGIONS,
    regions: DEV9_REGIONS,
    withAndWithout: 2,
    perLargeMain: 10,
    perOtherMain: 8,
    elsewhere: 25,
    otherCountries: 8,
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV9_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Luhn, Medicare weights, CPF, CNIC)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
    for (const name of ["Aadhaar", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(2);
    for (const name of ["SSN", "CPF"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has its Hong Kong ID, Turkish T.C. Kimlik and Iranian national code numbers passing their checks", () => {
    const hk = IDS.filter((s) => /^[A-Z]{1,2}\d{6}\([0-9A]\)$/.test(s.text));
    const tr = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    const ir = IDS.filter((s) => s.item.region === "IR" && /^\d{3}-\d{6}-\d$/.test(s.text));
    expect(hk.length).toBeGreaterThanOrEqual(1);
    expect(tr.length).toBeGreaterThanOrEqual(1);
    expect(ir.length).toBeGreaterThanOrEqual(1);
    expect(hk.filter((s) => !hkidIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(tr.filter((s) => !tcknIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(ir.filter((s) => !iranCodeIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev9.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev9Corpus()));
  });
});
