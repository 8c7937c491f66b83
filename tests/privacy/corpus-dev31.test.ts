import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV31_CORPUS_PATH, DEV31_REGIONS, buildDev31Corpus } from "./corpus-dev31/build.ts";
import { cpfCheck } from "./corpus-dev31/gen.ts";
import { DEV31_SOURCES } from "./corpus-dev31/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV31_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev31 development privacy corpus (infection and public health)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV31_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV31_SOURCES, buildDev31Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, CPF)", () => {
    const kinds = ["NHS/CHI", "Aadhaar", "CNIC", "Medicare", "South African ID", "CPF"] as const;
    const { counts, invalid } = checkIds(IDS, [...kinds, "SSN"]);
    expect(invalid).toEqual([]);
    for (const name of kinds) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has every CPF passing this folder's own check too", () => {
    const cpfs = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    expect(cpfs.length).toBeGreaterThanOrEqual(1);
    expect(cpfs.filter((s) => !cpfCheck(s.text)).map((s) => s.text)).toEqual([]);
  });
});
