import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests } from "./corpus/checks.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV2_CORPUS_PATH, buildDev2Corpus } from "./corpus-dev2/build.ts";

const RAW = readFileSync(DEV2_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);

describe("dev2 privacy corpus (development set for rounds-detector/8)", () => {
  corpusStructureTests(ITEMS, 70);

  it("aims at the weak types: LOCATION, DEVICE, DATE, ADDRESS, FACILITY_ROOM and OTHER each have several spans", () => {
    const count = (t: string): number => ITEMS.reduce((n, i) => n + i.spans.filter((s) => s.type === t).length, 0);
    expect(count("LOCATION")).toBeGreaterThanOrEqual(20);
    expect(count("DEVICE")).toBeGreaterThanOrEqual(10);
    expect(count("DATE")).toBeGreaterThanOrEqual(15);
    expect(count("ADDRESS")).toBeGreaterThanOrEqual(6);
    expect(count("FACILITY_ROOM")).toBeGreaterThanOrEqual(6);
    expect(count("OTHER")).toBeGreaterThanOrEqual(5);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev2.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev2Corpus()));
  });
});
