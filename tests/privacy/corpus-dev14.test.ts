import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV14_CORPUS_PATH, DEV14_MAIN_REGIONS, DEV14_REGIONS, buildDev14Corpus } from "./corpus-dev14/build.ts";
import { hkidIsValid, luhnOk, nhiLocalIsValid, rutIsValid } from "./corpus-dev14/gen.ts";
import { DEV14_SOURCES } from "./corpus-dev14/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV14_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds ../corpus/id-kinds.ts knows that this corpus uses, each at least once. */
const SHARED_KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "NHI", "NRIC", "Emirates ID"] as const;

describe("dev14 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV14_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV14_SOURCES, buildDev14Corpus);

  it("has 90–100 items and the six main regions it declares", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    expect([...DEV14_MAIN_REGIONS].sort()).toEqual(["AU", "IN", "NG", "PK", "UK", "US"]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, NHI, NRIC, Luhn)", () => {
    const { counts, invalid } = checkIds(IDS, [...SHARED_KINDS]);
    expect(invalid).toEqual([]);
    for (const name of SHARED_KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has an NHI that also passes this folder's own NHI rule", () => {
    const nhis = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    expect(nhis.length).toBeGreaterThanOrEqual(1);
    expect(nhis.filter((s) => !nhiLocalIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("has a valid HKID, Saudi national ID and Chilean RUN wherever one is marked", () => {
    const hkids = IDS.filter((s) => /^[A-Z]\d{6}\([0-9A]\)$/.test(s.text));
    const saudi = IDS.filter((s) => s.item.region === "SA" && /^[12]\d{9}$/.test(s.text));
    const runs = IDS.filter((s) => /^\d{1,2}\.\d{3}\.\d{3}-[0-9K]$/.test(s.text));
    expect(hkids.length).toBeGreaterThanOrEqual(1);
    expect(saudi.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(hkids.filter((s) => !hkidIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(saudi.filter((s) => !luhnOk(s.digits)).map((s) => s.text)).toEqual([]);
    expect(runs.filter((s) => !rutIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
