import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV21_CORPUS_PATH, DEV21_MAIN_REGIONS, DEV21_REGIONS, buildDev21Corpus } from "./corpus-dev21/build.ts";
import { cpfCheckIsValid, nhiCheckIsValid, nricCheckIsValid } from "./corpus-dev21/gen.ts";
import { DEV21_SOURCES } from "./corpus-dev21/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV21_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "CNIC", "Medicare", "OHIP", "South African ID", "NRIC", "CPF", "NHI"] as const;

describe("dev21 development privacy corpus (the professions around the doctor)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV21_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV21_SOURCES, buildDev21Corpus);

  it("uses the six main regions it declares", () => {
    expect([...DEV21_MAIN_REGIONS].sort()).toEqual(["AU", "IN", "NG", "PK", "UK", "US"]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, CNIC, Medicare, Luhn, NRIC, CPF, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid NRIC, CPF and NHI by this folder's own check-digit helpers too", () => {
    const nrics = IDS.filter((s) => /^[ST]\d{7}[A-Z]$/.test(s.text));
    const cpfs = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const nhis = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    expect(nrics.length).toBeGreaterThanOrEqual(1);
    expect(cpfs.length).toBeGreaterThanOrEqual(1);
    expect(nhis.length).toBeGreaterThanOrEqual(1);
    expect(nrics.filter((s) => !nricCheckIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cpfs.filter((s) => !cpfCheckIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(nhis.filter((s) => !nhiCheckIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
