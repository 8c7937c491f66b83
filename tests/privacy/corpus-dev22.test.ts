import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV22_CORPUS_PATH, DEV22_MAIN_REGIONS, DEV22_REGIONS, buildDev22Corpus } from "./corpus-dev22/build.ts";
import { nhiIsValidHere } from "./corpus-dev22/gen.ts";
import { DEV22_SOURCES } from "./corpus-dev22/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV22_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI"];

describe("dev22 development privacy corpus (hospital medicine on call)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, { ...devCorpusMix(DEV22_REGIONS), mainRegions: DEV22_MAIN_REGIONS });
  builtCorpusTests(RAW, ITEMS, DEV22_SOURCES, buildDev22Corpus);

  it("has 90–100 items, 10–20% of them comments", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, CHECKED);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid NHI (by this folder's own check) wherever one is marked in a New Zealand item", () => {
    const nhis = IDS.filter((s) => s.item.region === "NZ" && /^[A-Z]{3}\d{4}$/.test(s.text));
    expect(nhis.length).toBeGreaterThanOrEqual(1);
    expect(nhis.filter((s) => !nhiIsValidHere(s.text)).map((s) => s.text)).toEqual([]);
    expect(nhiIsValidHere("ZZZ0016")).toBe(true);
  });

  it("has at least 25 items from at least eight countries outside the six main regions, and long posts of 300+ words", () => {
    const elsewhere = ITEMS.filter((i) => !DEV22_MAIN_REGIONS.includes(i.region));
    expect(elsewhere.length).toBeGreaterThanOrEqual(25);
    expect(new Set(elsewhere.map((i) => i.region)).size).toBeGreaterThanOrEqual(8);
    const words = (t: string): number => t.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(ITEMS.filter((i) => words(i.text) >= 300).length).toBeGreaterThanOrEqual(3);
  });
});
