import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV23_CORPUS_PATH, DEV23_MAIN_REGIONS, DEV23_REGIONS, buildDev23Corpus } from "./corpus-dev23/build.ts";
import { DEV23_SOURCES } from "./corpus-dev23/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV23_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** The checksummed kinds the dev23 sources use (each made by a helper that computes the check character). */
const KINDS: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NHI", "CPF", "PPSN"];

describe("dev23 development privacy corpus (rural and small-town general practice)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV23_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV23_SOURCES, buildDev23Corpus);

  it("has the six main regions the brief asked for, and 90–100 items", () => {
    expect(devCorpusMix(DEV23_REGIONS).mainRegions).toEqual(DEV23_MAIN_REGIONS);
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
  });

  it("has checksummed identifiers, each passing its check (mod 11, Verhoeff, Medicare weights, CNIC, SSN, Luhn, NHI, CPF, PPSN)", () => {
    const { counts, invalid } = checkIds(IDS, KINDS);
    expect(invalid).toEqual([]);
    for (const name of KINDS) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
