import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV13_CORPUS_PATH, DEV13_REGIONS, buildDev13Corpus } from "./corpus-dev13/build.ts";
import { iranCodeIsValid, tcKimlikIsValid } from "./corpus-dev13/gen.ts";
import { DEV13_SOURCES } from "./corpus-dev13/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV13_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED: IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"];

describe("dev13 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV13_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV13_SOURCES, buildDev13Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN)", () => {
    const { counts, invalid } = checkIds(IDS, CHECKED);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid Turkish T.C. Kimlik No and a valid Iranian national code wherever one is marked", () => {
    const kimlik = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    const melli = IDS.filter((s) => s.item.region === "IR" && /^\d{3}-\d{6}-\d$/.test(s.text));
    expect(kimlik.length).toBeGreaterThanOrEqual(1);
    expect(melli.length).toBeGreaterThanOrEqual(1);
    expect(kimlik.filter((s) => !tcKimlikIsValid(s.digits)).map((s) => s.text)).toEqual([]);
    expect(melli.filter((s) => !iranCodeIsValid(s.digits)).map((s) => s.text)).toEqual([]);
  });

  it("has the public example numbers the check-digit makers were checked against", () => {
    expect(tcKimlikIsValid("10000000146")).toBe(true);
    expect(iranCodeIsValid("0499370899")).toBe(true);
    expect(tcKimlikIsValid("10000000147")).toBe(false);
    expect(iranCodeIsValid("0499370898")).toBe(false);
  });
});
