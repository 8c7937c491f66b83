import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { serialiseCorpus, wordCount } from "./corpus/build.ts";
import { corpusStructureTests, idSpans, sourceOffsetProblems, unsafeNumberProblems } from "./corpus/checks.ts";
import { checkIds } from "./corpus/id-kinds.ts";
import type { CorpusItem } from "./corpus/types.ts";
import { DEV7_CORPUS_PATH, DEV7_REGIONS, buildDev7Corpus } from "./corpus-dev7/build.ts";
import { DEV7_SOURCES } from "./corpus-dev7/sources/index.ts";

const RAW = readFileSync(DEV7_CORPUS_PATH, "utf8");
const ITEMS: CorpusItem[] = RAW.trimEnd().split("\n").map((line) => JSON.parse(line) as CorpusItem);
const IDS = idSpans(ITEMS);
const MAIN = ["UK", "US", "PK", "IN", "NG", "AU"];

describe("dev7 privacy corpus (development set, written blind, two thirds clean)", () => {
  corpusStructureTests(ITEMS, 80, [0.28, 0.38]);

  it("has about two thirds of its items identifier-free, so the false-block rate rests on 50 or more clean items", () => {
    expect(ITEMS.filter((i) => !i.phi).length).toBeGreaterThanOrEqual(50);
  });

  it("has items with and without identifiers from each of the six main regions, and eleven other regions", () => {
    for (const region of MAIN) {
      const mine = ITEMS.filter((i) => i.region === region);
      expect(mine.filter((i) => i.phi).length, region).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => !i.phi).length, region).toBeGreaterThanOrEqual(5);
    }
    const others = Object.values(DEV7_REGIONS).filter((r) => !MAIN.includes(r));
    expect(others.length).toBe(11);
    for (const region of others) expect(ITEMS.some((i) => i.region === region), region).toBe(true);
  });

  it("has 8–16 comments of 40–80 words, each a fediverse reply opening with @user@server", () => {
    const comments = ITEMS.filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThanOrEqual(8);
    expect(comments.length).toBeLessThanOrEqual(16);
    expect(comments.filter((i) => wordCount(i.text) > 80).map((i) => i.id)).toEqual([]);
    expect(comments.filter((i) => !/^@\w+@[\w.-]+\s/.test(i.text)).map((i) => i.id)).toEqual([]);
  });

  it("never marks a fediverse mention as an identifier", () => {
    const marked = ITEMS.flatMap((i) => i.spans.map((s) => i.text.slice(s.start, s.end)));
    expect(marked.filter((t) => /^@\w+@[\w.-]+$/.test(t))).toEqual([]);
  });

  it("has every span's offsets pointing at exactly the text that was marked in the source", () => {
    expect(sourceOffsetProblems(ITEMS, DEV7_SOURCES)).toEqual([]);
  });

  it("has checksummed identifiers passing their checks (NHS, Aadhaar, CNIC, Medicare, OHIP, SA ID, SSN, NHI)", () => {
    const { counts, invalid } = checkIds(IDS, ["NHS/CHI", "Aadhaar", "CNIC", "Medicare", "OHIP", "South African ID", "SSN", "NHI"]);
    expect(invalid).toEqual([]);
    for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThanOrEqual(1);
  });

  it("uses only fictional-range phones and documentation-range IPs, and invented email domains", () => {
    expect(unsafeNumberProblems(ITEMS)).toEqual([]);
    for (const i of ITEMS) {
      for (const s of i.spans.filter((sp) => sp.type === "EMAIL")) expect(i.text.slice(s.start, s.end), i.id).toMatch(/@examplemail\.(?:com|co\.uk)$/);
    }
  });

  it("matches what the build script produces from the sources (never edit corpus-dev7.jsonl by hand)", () => {
    expect(RAW).toBe(serialiseCorpus(buildDev7Corpus()));
  });
});
