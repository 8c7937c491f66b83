import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV24_CORPUS_PATH, DEV24_MAIN_REGIONS, DEV24_REGIONS, buildDev24Corpus } from "./corpus-dev24/build.ts";
import { cpfOk, personnummerIsValid, ppsnOk, tcKimlikIsValid } from "./corpus-dev24/gen.ts";
import { DEV24_SOURCES } from "./corpus-dev24/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV24_CORPUS_PATH);
const IDS = idSpans(ITEMS);

const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "CPF", "PPSN"] as const;

describe("dev24 development privacy corpus (surgery and the surgical specialties)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV24_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV24_SOURCES, buildDev24Corpus);

  it("names the same six main regions as the shared mix", () => {
    expect([...DEV24_MAIN_REGIONS].sort()).toEqual(["AU", "IN", "NG", "PK", "UK", "US"]);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, CPF, PPSN)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid T.C. Kimlik No, personnummer, CPF and PPSN wherever one is marked (this folder's gen.ts)", () => {
    const tc = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    const pnr = IDS.filter((s) => s.item.region === "SE" && /^\d{6}[-+]\d{4}$/.test(s.text));
    const cpfs = IDS.filter((s) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s.text));
    const ppsns = IDS.filter((s) => s.item.region === "IE" && /^\d{7}[A-W]$/.test(s.text));
    expect(tc.length).toBeGreaterThanOrEqual(1);
    expect(pnr.length).toBeGreaterThanOrEqual(1);
    expect(cpfs.length).toBeGreaterThanOrEqual(2);
    expect(ppsns.length).toBeGreaterThanOrEqual(1);
    expect(tc.filter((s) => !tcKimlikIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(pnr.filter((s) => !personnummerIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cpfs.filter((s) => !cpfOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(ppsns.filter((s) => !ppsnOk(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("has at least two items with and two without identifiers in each of the six main regions", () => {
    for (const region of DEV24_MAIN_REGIONS) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(2);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(2);
    }
  });
});
