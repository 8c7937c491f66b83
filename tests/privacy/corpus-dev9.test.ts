import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import { DEV9_CORPUS_PATH, DEV9_REGIONS, buildDev9Corpus } from "./corpus-dev9/build.ts";
import { hkidIsValid, iranCodeIsValid, tcknIsValid } from "./corpus-dev9/gen.ts";
import { DEV9_SOURCES } from "./corpus-dev9/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV9_CORPUS_PATH);
const IDS = idSpans(ITEMS);

describe("dev9 development privacy corpus", () => {
  corpusStructureTests(ITEMS, 85);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV9_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV9_SOURCES, buildDev9Corpus);

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Luhn, Medicare weights, CPF, CNIC)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "PPSN", "CPF", "NRIC", "FIN", "Emirates ID", "SIN", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
    for (const name of ["Aadhaar", "CNIC", "Medicare"]) expect(counts[name], name).toBeGreaterThanOrEqual(2);
    for (const name of ["SSN", "CPF"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has its Hong Kong ID, Turkish T.C. Kimlik and Iranian national code numbers passing their checks", () => {
    const hk = IDS.filter((s) => /^[A-Z]{1,2}\d{6}\([0-9A]\)$/.test(s.text));
    const tr = IDS.filter((s) => s.item.region === "TR" && /^\d{11}$/.test(s.text));
    const ir = IDS.filter((s) => s.item.region === "IR" && /^\d{3}-\d{6}-\d$/.test(s.text));
    expect(hk.length).toBeGreaterThanOrEqual(1);
    expect(tr.length).toBeGreaterThanOrEqual(1);
    expect(ir.length).toBeGreaterThanOrEqual(1);
    expect(hk.filter((s) => !hkidIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(tr.filter((s) => !tcknIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(ir.filter((s) => !iranCodeIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });
});
