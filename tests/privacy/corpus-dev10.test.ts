import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV10_CORPUS_PATH, DEV10_REGIONS, buildDev10Corpus } from "./corpus-dev10/build.ts";
import { DEV10_SOURCES } from "./corpus-dev10/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV10_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev10 development privacy corpus (two thirds clean)", () => {
  corpusStructureTests(ITEMS, 85, [0.3, 0.4]);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV10_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV10_SOURCES, buildDev10Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSA-voided SSN)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    for (const name of ["NHS/CHI", "Aadhaar", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(2);
    expect(counts.SSN).toBeGreaterThanOrEqual(1);
  });
});
