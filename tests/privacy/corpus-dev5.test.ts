import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV5_CORPUS_PATH, DEV5_REGIONS, buildDev5Corpus } from "./corpus-dev5/build.ts";
import { DEV5_SOURCES } from "./corpus-dev5/sources/index.ts";

const RAW = readFileSync(DEV5_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("dev5 privacy corpus (development set, written blind)", () => {
  corpusStructureTests(ITEMS, 50);

  it("has items with and without identifiers from the six main regions, and some from elsewhere", () => {
    for (const region of ["UK", "US", "PK", "IN", "NG", "AU"]) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(2);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(2);
    }
    const others = new Set(Object.values(DEV5_REGIONS).filter((r) => !["UK", "US", "PK", "IN", "NG", "AU"].includes(r)));
    expect(ITEMS.filter((i) => others.has(i.region)).length).toBeGreaterThanOrEqual(4);
  });

  it("has about 12 comments of 40–80 words and several posts over 250 words", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(10);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
    expect(ITEMS.filter((i) => i.kind === "post" && wordCount(i.text) > 250).length).toBeGreaterThanOrEqual(4);
  });

  it("is rich in the hard types: dates, ages 90+, places, rooms and one-of-a-kind details", () => {
    const count = (t: string): number => ITEMS.reduce((n, i) => n + i.spans.filter((s) => s.type === t).length, 0);
    expect(count("DATE")).toBeGreaterThanOrEqual(15);
    expect(count("AGE")).toBeGreaterThanOrEqual(8);
    expect(count("LOCATION")).toBeGreaterThanOrEqual(10);
    expect(count("FACILITY_ROOM")).toBeGreaterThanOrEqual(10);
    expect(count("OTHER")).toBeGreaterThanOrEqual(5);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV5_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers passing their checks (NHS mod 11, Aadhaar Verhoeff, Medicare, SSN, CNIC)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare"]);
    expect(invalid).toEqual([]);
    for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-dev5.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev5Corpus()));
  });
});
