import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV29_CORPUS_PATH, DEV29_REGIONS, buildDev29Corpus } from "./corpus-dev29/build.ts";
import { peselIsValid } from "./corpus-dev29/gen.ts";
import { DEV29_SOURCES } from "./corpus-dev29/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV29_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev29 development privacy corpus (pregnancy and birth)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV29_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV29_SOURCES, buildDev29Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]);
    expect(invalid).toEqual([]);
    for (const name of ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid PESEL wherever one is marked", () => {
    const pesels = IDS.filter((s) => s.item.region === "PL" && /^\d{11}$/.test(s.text));
    expect(pesels.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
