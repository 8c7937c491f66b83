import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { UNSEEN3_CORPUS_PATH, UNSEEN3_MAIN_REGIONS, UNSEEN3_REGIONS, buildUnseen3Corpus } from "./corpus-unseen3/build.ts";
import { UNSEEN3_SOURCES } from "./corpus-unseen3/sources/index.ts";

const RAW = readFileSync(UNSEEN3_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("unseen3 held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 100);

  it("has at least two items with and two without identifiers in each of the six main regions", () => {
    for (const region of UNSEEN3_MAIN_REGIONS) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(2);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(2);
    }
  });

  it("has at least 10 items each from the UK, US and India, 8 each from Pakistan, Nigeria and Australia, and about 25 from elsewhere", () => {
    const count = (region: string): number => ITEMS.filter((i) => i.region === region).length;
    for (const region of ["UK", "US", "IN"]) expect(count(region), region).toBeGreaterThanOrEqual(10);
    for (const region of ["PK", "NG", "AU"]) expect(count(region), region).toBeGreaterThanOrEqual(8);
    const elsewhere = ITEMS.filter((i) => !UNSEEN3_MAIN_REGIONS.includes(i.region));
    expect(elsewhere.length).toBeGreaterThanOrEqual(22);
    for (const i of ITEMS) expect(Object.values(UNSEEN3_REGIONS), i.id).toContain(i.region);
  });

  it("has about 20 comments of 40–80 words, and at least 15 posts over 250 words", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(18);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
    expect(ITEMS.filter((i) => i.kind === "post" && wordCount(i.text) > 250).length).toBeGreaterThanOrEqual(15);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, UNSEEN3_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers of 7 kinds, each passing its check (mod 11, Verhoeff, Luhn, …)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "NRIC", "Emirates ID", "FIN", "PPSN", "NHI", "OHIP", "SIN", "CPF", "CNS"]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(2);
    for (const name of ["Aadhaar", "SSN", "CNIC", "Medicare", "NRIC", "Emirates ID"]) expect(counts[name], name).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen3.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseen3Corpus()));
  });
});
