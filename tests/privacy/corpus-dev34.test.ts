import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { codiceFiscaleIsValid } from "./corpus-dev11/gen.ts";
import { DEV34_CORPUS_PATH, DEV34_REGIONS, buildDev34Corpus } from "./corpus-dev34/build.ts";
import { rutIsValid, tcKimlikIsValid } from "./corpus-dev34/gen.ts";
import { DEV34_SOURCES } from "./corpus-dev34/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV34_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP"] as const;

describe("dev34 development privacy corpus (emergencies outside and at the door of the hospital)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV34_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV34_SOURCES, buildDev34Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, Luhn)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid T.C. Kimlik No, Chilean RUT and codice fiscale wherever one is marked", () => {
    const kimlik = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    const ruts = IDS.filter((s) => /^\d{1,2}\.\d{3}\.\d{3}-[\dK]$/.test(s.text));
    const cfs = IDS.filter((s) => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s.text));
    for (const found of [kimlik, ruts, cfs]) expect(found.length).toBeGreaterThanOrEqual(1);
    expect(kimlik.filter((s) => !tcKimlikIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(ruts.filter((s) => !rutIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cfs.filter((s) => !codiceFiscaleIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
