import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV12_CORPUS_PATH, DEV12_REGIONS, buildDev12Corpus } from "./corpus-dev12/build.ts";
import { curpIsValid } from "./corpus-dev12/gen.ts";
import { DEV12_SOURCES } from "./corpus-dev12/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV12_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "CPF"] as const;

describe("dev12 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV12_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV12_SOURCES, buildDev12Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, Luhn, CPF mod 11)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid CURP wherever one is marked", () => {
    const curps = IDS.filter((s) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(s.text));
    expect(curps.length).toBeGreaterThanOrEqual(1);
    expect(curps.filter((s) => !curpIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });
});
