import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV15_CORPUS_PATH, DEV15_MAIN_REGIONS, DEV15_REGIONS, buildDev15Corpus } from "./corpus-dev15/build.ts";
import { nhiFormatIsValid } from "./corpus-dev15/gen.ts";
import { DEV15_SOURCES } from "./corpus-dev15/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV15_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "NHI"] as const;

describe("dev15 development privacy corpus (community, rural and remote care; mixed-language writing)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV15_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV15_SOURCES, buildDev15Corpus);

  it("has 90–100 items and the six main regions it names", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    for (const region of DEV15_MAIN_REGIONS) expect(ITEMS.some((i) => i.region === region), region).toBe(true);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, Luhn, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has its NHI in the ZZZ test range, passing this folder's own check as well", () => {
    const nhis = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    expect(nhis.length).toBeGreaterThanOrEqual(1);
    for (const s of nhis) {
      expect(s.text.startsWith("ZZZ"), s.text).toBe(true);
      expect(nhiFormatIsValid(s.text), s.text).toBe(true);
    }
  });
});
