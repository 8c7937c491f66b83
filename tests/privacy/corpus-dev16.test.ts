import { describe, it, expect } from "vitest";
import { builtCorpusTests, corpusStructureTests, devCorpusMix, idSpans, readCorpus, regionalCorpusTests } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { IdKindName } from "./corpus/id-kinds.ts";
import { DEV16_CORPUS_PATH, DEV16_MAIN_REGIONS, DEV16_REGIONS, buildDev16Corpus } from "./corpus-dev16/build.ts";
import { DEV16_SOURCES } from "./corpus-dev16/sources/index.ts";

const { raw: RAW, items: ITEMS } = readCorpus(DEV16_CORPUS_PATH);
const IDS = idSpans(ITEMS);

/** Every checksummed kind the dev16 sources use; each must occur at least once and pass its check. */
const CHECKED: readonly IdKindName[] = ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "South African ID", "NRIC", "CPF", "PPSN", "NHI"];

describe("dev16 development privacy corpus (acute and procedural care)", () => {
  corpusStructureTests(ITEMS, 90);

  regionalCorpusTests(ITEMS, devCorpusMix(DEV16_REGIONS));
  builtCorpusTests(RAW, ITEMS, DEV16_SOURCES, buildDev16Corpus);

  it("uses the six main regions it declares", () => {
    expect(DEV16_MAIN_REGIONS).toEqual(["UK", "US", "IN", "PK", "NG", "AU"]);
  });

  it("has 90–100 items, 45–55% with identifiers and 10–20% comments", () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(90);
    expect(ITEMS.length).toBeLessThanOrEqual(100);
    const comments = ITEMS.filter((i) => i.kind === "comment").length / ITEMS.length;
    expect(comments).toBeGreaterThanOrEqual(0.1);
    expect(comments).toBeLessThanOrEqual(0.2);
  });

  it("has checksummed identifiers of every kind it uses, each passing its check", () => {
    const { counts, invalid } = checkIds(IDS, CHECKED);
    expect(invalid).toEqual([]);
    for (const name of CHECKED) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });
});
