import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV30_CORPUS_PATH, DEV30_REGIONS, buildDev30Corpus } from "./corpus-dev30/build.ts";
import { personnummerIsValid } from "./corpus-dev30/gen.ts";
import { DEV30_SOURCES } from "./corpus-dev30/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV30_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "NRIC", "Emirates ID"] as const;

describe("dev30 development privacy corpus (intensive care)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV30_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV30_SOURCES, buildDev30Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare, NRIC, Emirates ID)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid Swedish personnummer wherever one is marked", () => {
    const pnrs = IDS.filter((s) => s.item.region === "SE" && /^\d{6}[-+]\d{4}$/.test(s.text));
    expect(pnrs.length).toBeGreaterThanOrEqual(1);
    expect(pnrs.filter((s) => !personnummerIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
