import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV36_CORPUS_PATH, DEV36_REGIONS, buildDev36Corpus } from "./corpus-dev36/build.ts";
import { cpfCheckIsRight, ppsnCheckIsRight } from "./corpus-dev36/gen.ts";
import { DEV36_SOURCES } from "./corpus-dev36/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV36_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "CPF", "PPSN"] as const;

describe("dev36 development privacy corpus (surgery, anaesthesia and older people)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV36_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV36_SOURCES, buildDev36Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, CPF, PPSN)", () => {
    const { counts, invalid } = checkIds(IDS, [...KINDS]);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a CPF and a PPSN whose check characters this folder's own makers agree with", () => {
    const cpfs = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const ppsns = IDS.filter((s) => s.item.region === "IE" && /^\d{7}[A-W][A-IW]?$/.test(s.text));
    expect(cpfs.length).toBeGreaterThanOrEqual(1);
    expect(ppsns.length).toBeGreaterThanOrEqual(1);
    expect(cpfs.filter((s) => !cpfCheckIsRight(s.text)).map((s) => s.text)).toEqual([]);
    expect(ppsns.filter((s) => !ppsnCheckIsRight(s.text)).map((s) => s.text)).toEqual([]);
  });
});
