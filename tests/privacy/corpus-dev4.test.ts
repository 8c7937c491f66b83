import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests } from "./corpus/checks.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV4_CORPUS_PATH, buildDev4Corpus } from "./corpus-dev4/build.ts";

const RAW = readFileSync(DEV4_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);

describe("dev4 privacy corpus (development set for rounds-detector/10)", () => {
  corpusStructureTests(ITEMS, 44);

  it("aims at the weak types and at false blocks: many clean items and several spans of each weak type", () => {
    const count = (t: string): number => ITEMS.reduce((n, i) => n + i.spans.filter((s) => s.type === t).length, 0);
    expect(ITEMS.filter((i) => !i.phi).length).toBeGreaterThanOrEqual(20);
    expect(count("LOCATION")).toBeGreaterThanOrEqual(10);
    expect(count("DATE")).toBeGreaterThanOrEqual(15);
    expect(count("ADDRESS")).toBeGreaterThanOrEqual(6);
    expect(count("OTHER")).toBeGreaterThanOrEqual(10);
    expect(count("FACILITY_ROOM")).toBeGreaterThanOrEqual(8);
    expect(count("DEVICE")).toBeGreaterThanOrEqual(4);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev4.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev4Corpus()));
  });
});
