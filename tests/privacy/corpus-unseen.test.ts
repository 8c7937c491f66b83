import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus } from "./corpus/build.ts";
import { corpusStructureTests, idSpans } from "./corpus/checks.ts";
import { checkIds, checksummedIdKinds, type IdKindName } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { UNSEEN_CORPUS_PATH, UNSEEN_REGIONS, buildUnseenCorpus } from "./corpus-unseen/build.ts";

const RAW = readFileSync(UNSEEN_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("unseen privacy corpus (held out up to v16, development since v17)", () => {
  corpusStructureTests(ITEMS, 120);

  it("has items with and without identifiers from every one of its 21 regions", () => {
    for (const region of Object.values(UNSEEN_REGIONS)) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it("has checksummed identifiers of 15 kinds, each passing its check (mod 11, Verhoeff, Luhn, …)", () => {
    const { counts, invalid } = checkIds(IDS, Object.keys(checksummedIdKinds) as IdKindName[]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
    for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThanOrEqual(1);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseenCorpus()));
  });
});
