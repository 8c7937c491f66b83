import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV18_CORPUS_PATH, DEV18_MAIN_REGIONS, DEV18_REGIONS, buildDev18Corpus } from "./corpus-dev18/build.ts";
import { cpfCheck, nhiCheck, ppsnCheck } from "./corpus-dev18/gen.ts";
import { DEV18_SOURCES } from "./corpus-dev18/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV18_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev18 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, { ...devCorpusMix(DEV18_REGIONS), mainRegions: DEV18_MAIN_REGIONS });
  builtCorpusTests(RAW, ITEMS, DEV18_SOURCES, buildDev18Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  const KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF"] as const;

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, NHI, PPSN, CPF)", () => {
    const { counts, invalid } = checkIds(IDS, KINDS);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid NHI, PPSN and CPF by this folder's own check as well", () => {
    const nhis = IDS.filter((s) => /^[A-Z]{3}\d{4}$/.test(s.text));
    const ppsns = IDS.filter((s) => /^\d{7}[A-W][A-IW]?$/.test(s.text));
    const cpfs = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    for (const group of [nhis, ppsns, cpfs]) expect(group.length).toBeGreaterThanOrEqual(1);
    expect(nhis.filter((s) => !nhiCheck(s.text)).map((s) => s.text)).toEqual([]);
    expect(ppsns.filter((s) => !ppsnCheck(s.text)).map((s) => s.text)).toEqual([]);
    expect(cpfs.filter((s) => !cpfCheck(s.text)).map((s) => s.text)).toEqual([]);
  });
});
