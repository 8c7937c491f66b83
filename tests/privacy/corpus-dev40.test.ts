import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV40_CORPUS_PATH, DEV40_REGIONS, buildDev40Corpus } from "./corpus-dev40/build.ts";
import { peselIsValid } from "./corpus-dev11/gen.ts";
import { DEV40_SOURCES } from "./corpus-dev40/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV40_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKSUMMED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"] as const;

describe("dev40 development privacy corpus (women's and sexual health)", () => {
  corpusStructureTests(ITEMS, 90);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  regionalCorpusTests(ITEMS, devCorpusMix(DEV40_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV40_SOURCES, buildDev40Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKSUMMED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKSUMMED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid PESEL wherever one is marked", () => {
    const pesels = IDS.filter((s) => s.item.region === "PL" && /^\d{11}$/.test(s.text));
    expect(pesels.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
