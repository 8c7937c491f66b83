import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV39_CORPUS_PATH, DEV39_REGIONS, buildDev39Corpus } from "./corpus-dev39/build.ts";
import { hkidValid, tcKimlikValid } from "./corpus-dev39/gen.ts";
import { DEV39_SOURCES } from "./corpus-dev39/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV39_CORPUS_PATH);
const IDS = idSpans(ITEMS);
const CHECKED = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "NRIC", "CPF", "NHI"] as const;

describe("dev39 development privacy corpus (learning moments on the wards)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV39_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV39_SOURCES, buildDev39Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (NHS/CHI, Aadhaar, SSN, CNIC, Medicare, OHIP, NRIC, CPF, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, [...CHECKED]);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid HKID and a valid T.C. Kimlik No wherever one is marked", () => {
    const hkids = IDS.filter((s) => /^[A-Z]{1,2}\d{6}\([0-9A]\)$/.test(s.text));
    const kimliks = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    expect(hkids.length).toBeGreaterThanOrEqual(1);
    expect(kimliks.length).toBeGreaterThanOrEqual(1);
    expect(hkids.filter((s) => !hkidValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(kimliks.filter((s) => !tcKimlikValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
