import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV28_CORPUS_PATH, DEV28_REGIONS, buildDev28Corpus } from "./corpus-dev28/build.ts";
import { peselIsValid } from "./corpus-dev11/gen.ts";
import { tcKimlikOk } from "./corpus-dev28/gen.ts";
import { DEV28_SOURCES } from "./corpus-dev28/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV28_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev28 development privacy corpus (cancer and the end of life)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV28_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV28_SOURCES, buildDev28Corpus);

  it("has 90–100 items", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  const KINDS = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "South African ID", "CPF"] as const;
  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare weights, Luhn, CPF)", () => {
    const { counts, invalid } = checkIds(IDS, [...KINDS]);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid PESEL and a valid Turkish T.C. Kimlik No wherever one is marked", () => {
    const pesels = IDS.filter((s) => s.item.region === "PL" && /^\d{11}$/.test(s.text));
    const kimliks = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    expect(pesels.length).toBeGreaterThanOrEqual(1);
    expect(kimliks.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(kimliks.filter((s) => !tcKimlikOk(s.text)).map((s) => s.text)).toEqual([]);
  });
});
