import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV11_CORPUS_PATH, DEV11_REGIONS, buildDev11Corpus } from "./corpus-dev11/build.ts";
import { codiceFiscaleIsValid, peselIsValid } from "./corpus-dev11/gen.ts";
import { DEV11_SOURCES } from "./corpus-dev11/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV11_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev11 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV11_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV11_SOURCES, buildDev11Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]);
    expect(invalid).toEqual([]);
    for (const name of ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has a valid PESEL and a valid codice fiscale wherever one is marked", () => {
    const pesels = IDS.filter((s) => s.item.region === "PL" && /^\d{11}$/.test(s.text));
    const cfs = IDS.filter((s) => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s.text));
    expect(pesels.length).toBeGreaterThanOrEqual(1);
    expect(cfs.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cfs.filter((s) => !codiceFiscaleIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
