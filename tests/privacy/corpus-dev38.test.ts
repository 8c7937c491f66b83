import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV38_CORPUS_PATH, DEV38_REGIONS, buildDev38Corpus } from "./corpus-dev38/build.ts";
import { personnummerOk, thaiIdOk } from "./corpus-dev38/gen.ts";
import { DEV38_SOURCES } from "./corpus-dev38/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV38_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev38 development privacy corpus (living with chronic illness over years)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV38_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV38_SOURCES, buildDev38Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, PPSN mod 23)", () => {
    const kinds = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "PPSN"] as const;
    const { counts, invalid } = checkIds(IDS, kinds);
    expect(invalid).toEqual([]);
    for (const name of kinds) expect(counts[name], name).toBeGreaterThanOrEqual(1);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
  });

  it("has a valid Thai national ID and a valid Swedish personnummer wherever one is marked", () => {
    const thai = IDS.filter((s) => s.item.region === "TH" && /^\d-\d{4}-\d{5}-\d{2}-\d$/.test(s.text));
    const swedish = IDS.filter((s) => s.item.region === "SE" && /^\d{6}[-+]\d{4}$/.test(s.text));
    expect(thai.length).toBeGreaterThanOrEqual(1);
    expect(swedish.length).toBeGreaterThanOrEqual(1);
    expect(thai.filter((s) => !thaiIdOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(swedish.filter((s) => !personnummerOk(s.text)).map((s) => s.text)).toEqual([]);
  });
});
