import { describe, expect, it } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV45_CORPUS_PATH, DEV45_REGIONS, buildDev45Corpus } from "./corpus-dev45/build.ts";
import { curpOk, jmbgOk, tajOk, twIdOk } from "./corpus-dev45/gen.ts";
import { DEV45_SOURCES } from "./corpus-dev45/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV45_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The shared checksummed kinds this corpus uses, each at least once. */
const USED_KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "CPF"];

describe("dev45 development privacy corpus (first jobs and electives)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV45_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV45_SOURCES, buildDev45Corpus);

  it("has at most 100 items", () => {
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers of every kind it uses, each passing its check (mod 11, Verhoeff, SSN, CNIC, Medicare, CPF)", () => {
    const { counts, invalid } = checkIds(IDS, USED_KINDS);
    expect(invalid).toEqual([]);
    for (const name of USED_KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("has no ID span that looks like another checksummed kind and fails that kind's check", () => {
    const all = Object.keys(checksummedIdKinds) as IdKindName[];
    expect(checkIds(IDS, all).invalid).toEqual([]);
  });

  it("has a valid JMBG, Taiwanese ID, Hungarian TAJ and Mexican CURP wherever one is marked", () => {
    const jmbgs = IDS.filter((s) => s.item.region === "RS" && /^\d{13}$/.test(s.text));
    const twIds = IDS.filter((s) => /^[A-Z][12]\d{8}$/.test(s.text));
    const tajs = IDS.filter((s) => s.item.region === "HU" && /^\d{3} \d{3} \d{3}$/.test(s.text));
    const curps = IDS.filter((s) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(s.text));
    for (const [name, spans] of [["JMBG", jmbgs], ["Taiwan ID", twIds], ["TAJ", tajs], ["CURP", curps]] as const) {
      expect(spans.length, name).toBeGreaterThanOrEqual(1);
    }
    expect(jmbgs.filter((s) => !jmbgOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(twIds.filter((s) => !twIdOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(tajs.filter((s) => !tajOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(curps.filter((s) => !curpOk(s.text)).map((s) => s.text)).toEqual([]);
  });
});
