import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { UNSEEN2_CORPUS_PATH, UNSEEN2_REGIONS, buildUnseen2Corpus } from "./corpus-unseen2/build.ts";
import { UNSEEN2_SOURCES } from "./corpus-unseen2/sources/index.ts";

const RAW = readFileSync(UNSEEN2_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);

describe("unseen2 held-out privacy corpus", () => {
  corpusStructureTests(ITEMS, 110);

  it("has items with and without identifiers from every one of its 19 regions", () => {
    expect(Object.keys(UNSEEN2_REGIONS)).toHaveLength(19);
    for (const region of Object.values(UNSEEN2_REGIONS)) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it("has about 20 comments, each of 40–80 words", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(18);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, UNSEEN2_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers of 12 kinds, each passing its check (mod 11, Verhoeff, Luhn, …)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "SSN", "CNIC", "Medicare", "OHIP", "SIN", "South African ID", "CPF", "CNS", "PPSN", "NHI"]);
    expect(invalid).toEqual([]);
    expect(counts["NHS/CHI"]).toBeGreaterThanOrEqual(4);
    for (const name of ["PPSN", "NHI"]) expect(counts[name], name).toBeGreaterThanOrEqual(2);
    for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThanOrEqual(1);
  });

  it("uses only the SSA-voided SSN, 555 or fictional-range phones and documentation-range IPs", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
  });

  it("matches what the build script produces from the sources (never edit corpus-unseen2.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildUnseen2Corpus()));
  });
});
