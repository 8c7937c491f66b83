import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV41_CORPUS_PATH, DEV41_REGIONS, buildDev41Corpus } from "./corpus-dev41/build.ts";
import { rut, teudatZehut } from "./corpus-dev41/gen.ts";
import { DEV41_SOURCES } from "./corpus-dev41/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV41_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds this corpus uses; every one must appear at least once. */
const USED: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NRIC", "Emirates ID", "PPSN"];

describe("dev41 development privacy corpus (allied health, pharmacy, laboratory and imaging)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV41_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV41_SOURCES, buildDev41Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare, Luhn, NRIC, PPSN)", () => {
    const { counts, invalid } = checkIds(IDS, USED);
    expect(invalid).toEqual([]);
    for (const name of USED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has no ID span that looks like another checksummed kind and fails its check", () => {
    const all = Object.keys(checksummedIdKinds) as IdKindName[];
    expect(checkIds(IDS, all).invalid).toEqual([]);
  });

  it("has a valid Chilean RUT and a valid Israeli teudat zehut wherever one is marked", () => {
    const ruts = IDS.filter((s) => /^\d{1,2}\.\d{3}\.\d{3}-[\dK]$/.test(s.text));
    const tzs = IDS.filter((s) => s.item.region === "IL" && /^\d{9}$/.test(s.text));
    expect(ruts.length).toBeGreaterThanOrEqual(1);
    expect(tzs.length).toBeGreaterThanOrEqual(1);
    expect(ruts.filter((s) => rut(s.text.slice(0, -2)) !== s.text).map((s) => s.text)).toEqual([]);
    expect(tzs.filter((s) => teudatZehut(s.text.slice(0, 8)) !== s.text).map((s) => s.text)).toEqual([]);
  });
});
