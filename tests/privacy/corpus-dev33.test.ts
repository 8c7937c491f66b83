import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV33_CORPUS_PATH, DEV33_REGIONS, buildDev33Corpus } from "./corpus-dev33/build.ts";
import { DEV33_SOURCES } from "./corpus-dev33/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV33_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev33 development privacy corpus (eyes, ears, skin and teeth)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV33_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV33_SOURCES, buildDev33Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN)", () => {
    const kinds = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"] as const;
    const { counts, invalid } = checkIds(IDS, kinds);
    expect(invalid).toEqual([]);
    for (const name of kinds) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has no more than 100 items, and its elsewhere items come from Eastern Europe, the Andes, West Africa, the Himalaya and Oceania", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    const regions = new Set(ITEMS.map((i) => i.region));
    for (const group of [["PL", "RO", "UA"], ["PE", "BO"], ["GH", "SN", "SL"], ["NP", "BT"], ["FJ", "PG", "WS"]]) {
      expect(group.some((r) => regions.has(r)), group.join("/")).toBe(true);
    }
  });
});
