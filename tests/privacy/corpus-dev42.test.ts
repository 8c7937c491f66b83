import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV42_CORPUS_PATH, DEV42_REGIONS, buildDev42Corpus } from "./corpus-dev42/build.ts";
import { cnpOk, iranCodeOk, peselOk } from "./corpus-dev42/gen.ts";
import { DEV42_SOURCES } from "./corpus-dev42/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV42_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds from ../corpus/id-kinds.ts that this corpus uses. */
const USED_KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "CPF"];

describe("dev42 development privacy corpus (infection, public health and outbreaks)", () => {
  corpusStructureTests(ITEMS, 90);
  regionalCorpusTests(ITEMS, devCorpusMix(DEV42_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV42_SOURCES, buildDev42Corpus);

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

  it("has a valid PESEL, Romanian CNP and Iranian national code wherever one is marked", () => {
    const of = (region: string, shape: RegExp) => IDS.filter((s) => s.item.region === region && shape.test(s.text));
    const pesels = of("PL", /^\d{11}$/);
    const cnps = of("RO", /^\d{13}$/);
    const codes = of("IR", /^\d{10}$/);
    for (const found of [pesels, cnps, codes]) expect(found.length).toBeGreaterThanOrEqual(1);
    expect(pesels.filter((s) => !peselOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(cnps.filter((s) => !cnpOk(s.text)).map((s) => s.text)).toEqual([]);
    expect(codes.filter((s) => !iranCodeOk(s.text)).map((s) => s.text)).toEqual([]);
  });
});
