import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV37_CORPUS_PATH, DEV37_REGIONS, buildDev37Corpus } from "./corpus-dev37/build.ts";
import { DEV37_SOURCES } from "./corpus-dev37/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV37_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"] as const;

describe("dev37 development privacy corpus (rural, remote and community primary care)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV37_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV37_SOURCES, buildDev37Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
