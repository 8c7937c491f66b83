import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV44_CORPUS_PATH, DEV44_REGIONS, buildDev44Corpus } from "./corpus-dev44/build.ts";
import { cnIdIsValid, dniIsValid, nirIsValid, rutIsValid, thaiIdIsValid } from "./corpus-dev44/gen.ts";
import { DEV44_SOURCES } from "./corpus-dev44/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV44_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The shared checksummed kinds this corpus uses: each appears at least once, and every one passes its check. */
const USED_KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "South African ID"];

describe("dev44 development privacy corpus (outpatient specialties and remote care)", () => {
  corpusStructureTests(ITEMS, 90);
  regionalCorpusTests(ITEMS, devCorpusMix(DEV44_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV44_SOURCES, buildDev44Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers of every kind it uses, each passing its check", () => {
    const { counts, invalid } = checkIds(IDS, USED_KINDS);
    expect(invalid).toEqual([]);
    for (const name of USED_KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has no ID span that looks like another checksummed kind and fails that kind's check", () => {
    const names = Object.keys(checksummedIdKinds) as IdKindName[];
    expect(checkIds(IDS, names).invalid).toEqual([]);
  });

  it("has a valid Chilean RUT, Spanish DNI, Chinese resident ID, Thai ID and French NIR wherever one is marked", () => {
    const ruts = IDS.filter((s) => s.item.region === "CL" && /^[\d.]+-[\dK]$/.test(s.text));
    const dnis = IDS.filter((s) => s.item.region === "ES" && /^\d{8}[A-Z]$/.test(s.text));
    const cnIds = IDS.filter((s) => /^\d{17}[\dX]$/.test(s.text));
    const thaiIds = IDS.filter((s) => /^\d-\d{4}-\d{5}-\d{2}-\d$/.test(s.text));
    const nirs = IDS.filter((s) => s.item.region === "FR" && /^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/.test(s.text));
    for (const [name, spans] of [["RUT", ruts], ["DNI", dnis], ["CN ID", cnIds], ["Thai ID", thaiIds], ["NIR", nirs]] as const) {
      expect(spans.length, name).toBeGreaterThanOrEqual(1);
    }
    expect(ruts.filter((s) => !rutIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(dnis.filter((s) => !dniIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(cnIds.filter((s) => !cnIdIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(thaiIds.filter((s) => !thaiIdIsValid(s.text)).map((s) => s.text)).toEqual([]);
    expect(nirs.filter((s) => !nirIsValid(s.text)).map((s) => s.text)).toEqual([]);
  });

  it("checks its own check-digit makers against independently known examples", () => {
    // Public worked examples: RUT 30.686.957-4, DNI 12345678Z, Chinese ID 11010519491231002X.
    expect(rutIsValid("30.686.957-4")).toBe(true);
    expect(rutIsValid("30.686.957-5")).toBe(false);
    expect(dniIsValid("12345678Z")).toBe(true);
    expect(cnIdIsValid("11010519491231002X")).toBe(true);
    expect(cnIdIsValid("110105194912310021")).toBe(false);
  });
});
