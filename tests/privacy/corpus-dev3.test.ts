import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests } from "./corpus/checks.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV3_CORPUS_PATH, buildDev3Corpus } from "./corpus-dev3/build.ts";

const RAW = readFileSync(DEV3_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);

describe("dev3 privacy corpus (development set for rounds-detector/9)", () => {
  corpusStructureTests(ITEMS, 50);

  it("aims at false blocks and at NAME, DATE and LOCATION: many clean items and several spans of each", () => {
    const count = (t: string): number => ITEMS.reduce((n, i) => n + i.spans.filter((s) => s.type === t).length, 0);
    expect(ITEMS.filter((i) => !i.phi).length).toBeGreaterThanOrEqual(25);
    expect(count("NAME")).toBeGreaterThanOrEqual(30);
    expect(count("DATE")).toBeGreaterThanOrEqual(15);
    expect(count("LOCATION")).toBeGreaterThanOrEqual(12);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev3.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev3Corpus()));
  });
});
